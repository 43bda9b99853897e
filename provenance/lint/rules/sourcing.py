"""Sourcing rules (PV1): statistics, anonymous sources and hedges without a source.

What counts as sourced is decided in :mod:`provenance.lint.neighbourhood`
(a claim's sentence and its neighbours) and, for figures, in
:mod:`provenance.lint.statistics`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs
import regex

from provenance import claims as claims_
from provenance import patterns
from provenance.features.quantities import Quantity, quantities
from provenance.features.text import stem
from provenance.lint.neighbourhood import (
    ROUTINE_OFFICIAL_HEADS,
    Neighbourhood,
    headline,
    identified,
    impersonal,
    reports,
)
from provenance.lint.rule import Context, Hit, norm_path, rule
from provenance.lint.statistics import figure_key, statistics
from provenance.model import Attribution, Claim, Document, Level

# A note of the publication about the article, not a claim of it: "Editor's note:",
# "Correction:", "Update:".
NOTE = regex.compile(r"\W*(?:editor['’]?s\s+note|correction|clarification|update|disclosure)\s*:", regex.I)

# A quotation: straight, curly or guillemet quotes, within one paragraph.
QUOTATION = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")

# A sentence that points back at the figures before it and names where they
# come from: "That is according to the ministry", "The figures come from the
# census", "Those numbers were released by the port authority".
POINTS_BACK = regex.compile(
    r"""
    \W*
    (?:that|this|these|those|the\ (?:figures?|numbers?|data|estimates?|tally|toll|count|statistics))\b
    [^.!?]{0,40}?
    \b(?:according\ to|comes?\ from|came\ from|(?:compiled|released|published|provided|given)\ by)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What makes a figure the terms of a plan, a rule or a supposition rather than a
# fact to source: a conditional or a verb of intention in its clause.
#   "she would impose a 4 percent surcharge", "Norland wants to hire 5,000 nurses",
#   "under the mayor's plan, fares fall to $2", "let's say a degree costs $160,000",
#   "the law requires a permit above $25,000"
TERMS_OF = regex.compile(
    r"""
    \b(?:would|'d|’d|if|suppose|let['’]?s\ say
       | (?:wants?|wanted|plans?|planned|aims?|aimed|seeks?|sought|intends?|intended|hopes?|hoped)\ to
       | propos(?:es?|ed|ing)|promis(?:es?|ed|ing)|pledg(?:es?|ed|ing)|vow(?:s|ed)?|designed\ to
       | requir(?:es?|ed|ing))\b
    | \bunder\ (?:[\p{L}.'’-]+\ ){1,3}
      (?:plan|proposal|bill|law|rule|deal|agreement|program|programme|scheme|policy)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The start and the end of a clause inside a sentence: a colon or semicolon, a dash or a parenthesis.
CLAUSE_START = regex.compile(r"(?r)[;:!?—–(]")
CLAUSE_END = regex.compile(r"[;:!?—–)]")

# A figure that an online platform counts and shows on the page: views, shares,
# followers, subscribers of a video, a post or an account.  It is its own source:
# the reader can see the counter where the article says it is.
#   "27 million views", "shared over 130,000 times", "1 million followers",
#   "13,000 new subscribers", "some 25,000 people from sharing it"
PLATFORM_COUNT_AFTER = regex.compile(
    r"""
    \s*(?:new\s+|more\s+|unique\s+|total\s+)?
    (?:(?:views|shares|followers|subscribers|likes|retweets|hits|plays|streams|downloads|comments)\b
      | (?:(?:people|users|viewers|others)\s+(?:from\s+)?)?
        (?:view(?:ing|ed)?|shar(?:ing|ed)|watch(?:ing|ed)|retweet(?:ing|ed)|lik(?:ing|ed))\b
      | times?\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The verb of a platform count written "shared N times", "viewed N times".
PLATFORM_VERB_BEFORE = regex.compile(
    r"(?i)\b(?:shared|viewed|watched|retweeted|liked|played|streamed|downloaded)\b[^.;]{0,40}\Z"
)

# A figure that counts nothing in its clause:
#   "a 100 percent fake story" (an intensifier: "100 percent" before an adjective),
#   "1366 x 768" (a resolution or a size), "addressed from 1200 to 1900 Seaport
#   Boulevard" (street numbers: the figure before a capitalised street name).
NOT_A_MEASURE_AFTER = regex.compile(
    r"""
    \s*(?:[x\N{MULTIPLICATION SIGN}]\s*\d
      | (?:to\s+\d[\d,]*\s+)?\p{Lu}\p{L}+\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Lane|Drive|Way)\b)
    """,
    regex.VERBOSE,
)
INTENSIFIER = regex.compile(
    r"""(?i)100\s*(?:per\s*cent|percent|%)\s+(?:fake|false|true|real|sure|certain|wrong|right|correct
    |accurate|genuine|legit(?:imate)?|committed|behind|safe|natural|pure|honest|confident|serious|clear
    |fine|bogus|made\ up)\b""",
    regex.VERBOSE,
)

# A place's population given as background, a reference fact rather than a claim
# of the story: "a town of 200,000 people", "a city of 1.2 million",
# "About 1.5 million people live in the capital".
POPULATION_BEFORE = regex.compile(
    r"""(?i)\b(?:city|town|village|country|nation|island|capital|province|region|district|state|bloc|municipality)
    \s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+)?\Z""",
    regex.VERBOSE,
)
POPULATION_AFTER = regex.compile(r"(?i)\s*(?:people|residents|inhabitants)?\s+(?:live|lives|living)\s+(?:in|on)\b")

# Program code that a web page's text carries (an ad script, a comment):
# "google_ad_channel = "0054321535";", "CasaleArgs.casaleID = 159339;".  Its numbers are no claims.
CODE = regex.compile(r"\b[\w.]+\s*=\s*(?:[\"'\d]|new\b)[^;]{0,80};")

#: How many other documents of the corpus must state a figure (the same value
#: of the same thing) for it to count as well established: a completed deal's
#: price or a confirmed death toll reported everywhere needs no attribution
#: in news style.
ESTABLISHED_DOCUMENTS = 2

# A hedge that is not a missing source: "allegedly" in an accusation ("arrested
# for allegedly stealing": news style for a charge not yet proven), and the
# writer saying what could not be verified.
NOT_A_MISSING_SOURCE = regex.compile(
    r"""
    \b(?:for|of|with|after|while)\s+allegedly\b
    | \bcould\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@rule("PV101", "unsourced-statistic", Level.WARNING)
def unsourced_statistic(ctx: Context) -> Iterator[Hit]:
    """A number, count or percentage stated with no citation or attribution.

    ## What it does
    Flags a claim that states a statistic, a figure that measures a
    population or a phenomenon (a share such as `64% of voters` or `a third
    of the clinics`, a large count such as `half a million tourists` or
    `thousands of families`, a large amount such as `$3 billion`, or a toll
    of harm or incidents such as `injured 14 passengers` or `77 attacks`),
    when nothing in its sentence sources it: no citation and no attribution.
    Each figure is reported once, at its first unsourced statement in the
    article.

    ## What it does not flag
    - details of the story rather than statistics: a small count of things
      one can name (`27 states`, `his 16 opponents`, `10 judges`: under
      1,000, unless it is a toll of harm or of incidents, `11 wounded`, `77
      attacks`) and a small sum (a price, a wage: under a million);
    - numbers that count nothing: dates, years, times (`10:30`, a live blog's
      `12.09`), ages (`Ruiz, 41,`, `who is 70`, `in their 20s`), ordinals,
      durations (`two years later`), sizes and distances (`a 12m-wide
      crater`, `215 feet`, `within 60 miles`), compound descriptions (`a
      57-member council`, `a 46-page report`), tallies (`a 5-4 ruling`),
      phone numbers, identifiers and product names (`Resolution 1840`, `No.
      10`, `iPhone 6`) and list markers;
    - a figure in a sentence with a citation or an attribution ("…, the
      agency reported", "officials said 40 …"; an anonymous one is PV102's
      finding; an impersonal "it is estimated that" and what unnamed people
      believe or expect name no one),
      inside the content of an attribution, or inside a quotation of a named
      speaker;
    - a figure in a run of figures that a sourced sentence opens: the
      sentences after one that states sourced figures or is sourced to a
      document or data ("according to the poll"), as long as each states
      figures; and a figure whose next sentence sources it by pointing back
      ("That is according to the ministry");
    - the terms of a plan, a rule or a supposition: a figure in a clause
      with "would", "if", "let's say", a verb of intention ("wants to",
      "proposed", "pledged", "requires") or "under the … plan", and a
      figure in a question;
    - a figure the article sources elsewhere (the same value stated in a
      sourced sentence), and a repeat of a figure already flagged;
    - a sentence in title case: a headline, a title or a related-story link;
      and the publication's notes ("Editor's note:", "Correction:");
    - vague magnitudes of a unit (`millions of dollars`, `thousands of
      tons`, `hundreds of times`), and a source named without a verb ("by
      one estimate") is an attribution;
    - a well-established figure: the same value of the same thing stated by
      at least two other documents of the linted articles or reference corpus.
    - a platform's own counter (`27 million views`, `shared 130,000 times`,
      `a million followers`): the reader sees it where the article says;
      "100 percent" as an intensifier (`a 100 percent fake story`); sizes and
      street numbers (`1440 x 900`, `1200 Seaport Boulevard`); a place's
      population (`a town of 200,000 people`); program code of the page (an
      ad script's `ad_channel = "0054321535";`);
    - a figure in a sentence that names a source with a reporting verb the
      attribution grammar may miss ("9to5Mac claims", "Reuters quoted the
      ministry as saying", "a study by Norland University found", "according
      to the … Tax Foundation") or ends "…, residents said Thursday."

    ## Why is this bad?
    Figures are what readers repeat and fact-checkers test first.  A figure
    without a source cannot be checked, updated or corrected, and it reads as
    the publication's own finding.

    ## Example
    ```text
    Since the floods at least two million people have left their homes.
    ```

    ## Use instead
    ```text
    Since the floods at least two million people have left their homes,
    according to the International Organization for Migration (IOM, January 19).
    ```
    """
    doc = ctx.document
    text = doc.text
    near = Neighbourhood(doc)
    covered = [(a.content_start, a.content_end) for a in doc.attributions if reports(a)]
    figures = {claim.id: _figures(text, claim, covered) for claim in doc.claims}
    stated = {claim.id: _figures(text, claim, []) for claim in doc.claims}  # sourced or not
    sourced_ids = {c.id for c in doc.claims if _sourced(near, c)}
    sourced_figures = [f for c in doc.claims if c.id in sourced_ids for f in stated[c.id] if f.key is not None]
    continued = _runs(near, stated, sourced_ids)
    flagged: list[Figure] = []
    for claim in doc.claims:
        if claim.id in sourced_ids or claim.id in continued or _sourced_by_next(near, claim) or headline(claim.text):
            continue
        if NOTE.match(claim.text):
            continue  # the publication's note about the article
        found = []
        for f in figures[claim.id]:
            if not f.measures:
                continue
            if f.key is not None:
                if any(f.same(g) for g in (*sourced_figures, *flagged)) or _established(ctx, f):
                    continue
                flagged.append(f)
            found.append(f.shown)
        if found:
            listed = ", ".join(f"“{f}”" for f in dict.fromkeys(found))
            yield Hit(claim.start, claim.end, f"Statistic without a source: {listed}; cite or attribute it")


#: A count from which a number measures a population rather than counting
#: things one can name: "1.2 million users", "5,000 displaced", not "27 states"
#: or "his 16 opponents".
LARGE_COUNT = 1000
#: An amount of money from which it is a figure to source: a fine, a budget, a
#: loss; smaller amounts are prices, wages and details of the story.
LARGE_AMOUNT = 1_000_000

#: Counted nouns of incidents: a count of them is a toll that needs a source
#: whatever its size ("no less than 77 attacks", "12 airstrikes").
INCIDENT_NOUNS = frozenset(
    stem(w)
    for w in (
        "attacks strikes airstrikes bombings raids explosions blasts clashes shootings assaults incidents "
        "cases infections executions violations"
    ).split()
)

# A share: a percentage or a fraction of a whole.
SHARE = regex.compile(
    r"%|\bper\s*cent\b|\bpercent|\bpercentage\b|\b(?:half|third|thirds|quarter|quarters|fifth)\s+of\b", regex.I
)

# A vague count that is large by itself: "thousands of", "tens of thousands of".
LARGE_VAGUE = regex.compile(r"\b(?:thousands|millions|billions|trillions)\b", regex.IGNORECASE)


@attrs.frozen
class Figure:
    """A statistic of a claim: as written, its value and what it counts."""

    shown: str
    """The statistic as written, white space squeezed."""
    key: tuple[str, float] | None
    """Its unit and value (:func:`~provenance.lint.statistics.figure_key`); None for a vague count."""
    noun: str | None
    """Stem of the counted noun, when the quantity grammar finds one."""
    event: str | None = None
    """The event counted (``killed``, ``wounded``), when the quantity grammar finds one."""
    low: float | None = None
    """The smallest count the quantity grammar reads in it (``dozens`` is 24), when it reads one."""

    @property
    def measures(self) -> bool:
        """Does the figure measure a population or a phenomenon, the statistics a reader needs
        sourced: a share, a large count or amount, or a toll of harm or incidents?  A small count
        of things one can name ("27 states", "his 16 opponents", "10 judges") and a small sum (a
        price, a wage) are details of the story.

        >>> Figure("64%", ("%", 64.0), None).measures, Figure("27", ("", 27.0), "state").measures
        (True, False)
        >>> Figure("11", ("", 11.0), None, "wounded").measures, Figure("$349", ("$", 349.0), None).measures
        (True, False)
        """
        if SHARE.search(self.shown):
            return True
        if self.event is not None or (self.noun is not None and self.noun in INCIDENT_NOUNS):
            return True
        if self.key is None:
            return bool(LARGE_VAGUE.search(self.shown)) or (self.low or 0) >= LARGE_COUNT
        unit, value = self.key
        return value >= (LARGE_AMOUNT if unit else LARGE_COUNT)

    def same(self, other: Figure) -> bool:
        """Do both state the same figure: the same unit and value, and no different noun or event?

        >>> Figure("13", ("", 13.0), "personnel", "killed").same(Figure("13", ("", 13.0), None, "wounded"))
        False
        """
        return (
            self.key == other.key
            and (self.noun is None or other.noun is None or self.noun == other.noun)
            and (self.event is None or other.event is None or self.event == other.event)
        )


def _figures(text: str, claim: Claim, covered: list[tuple[int, int]]) -> list[Figure]:
    """The statistics of ``claim`` not inside an attribution's content or a named speaker's quotation."""
    quotes: list[tuple[int, int]] | None = None
    counted: list[Quantity] | None = None
    out = []
    if patterns.search(CODE, text, claim.start, claim.end) is not None:
        return []  # a script or a comment of the page, not prose
    for s, e in statistics(text, claim.start, claim.end):
        if _inside(covered, s) or _terms(text, claim, s) or _counts_nothing(text, claim, s, e):
            continue
        if any(not a.anonymous for a in claim.attributions):
            if quotes is None:
                quotes = _quotations(text, claim.sentence_start, claim.sentence_end or claim.end)
            if _inside(quotes, s):
                continue
        if counted is None:
            counted = list(quantities(claim.text))
        q = next((q for q in counted if q.start < e - claim.start and s - claim.start < q.end), None)
        shown = " ".join(text[s:e].split())
        out.append(
            Figure(shown, figure_key(shown), q.noun if q else None, q.event if q else None, q.low if q else None)
        )
    return out


def _counts_nothing(text: str, claim: Claim, s: int, e: int) -> bool:
    """Is the figure ``text[s:e]`` a platform's counter, an intensifier, a size or address, or a
    place's population: a number that is no statistic to source?"""
    before_start = max(claim.sentence_start, s - 60)
    after_end = min(claim.sentence_end or claim.end, e + 60)
    if patterns.match(PLATFORM_COUNT_AFTER, text, e, after_end) is not None:
        after = patterns.match(PLATFORM_COUNT_AFTER, text, e, after_end)
        if after is not None and not after.group().strip().casefold().startswith("time"):
            return True
        if patterns.search(PLATFORM_VERB_BEFORE, text, before_start, s) is not None:
            return True  # "shared over 130,000 times"
    if patterns.match(NOT_A_MEASURE_AFTER, text, e, after_end) is not None:
        return True
    if patterns.match(INTENSIFIER, text, s, after_end) is not None:
        return True
    if patterns.search(POPULATION_BEFORE, text, before_start, s) is not None:
        return True
    return patterns.match(POPULATION_AFTER, text, e, after_end) is not None


def _terms(text: str, claim: Claim, at: int) -> bool:
    """Is the figure at ``at`` the terms of a plan, a rule or a supposition (:data:`TERMS_OF` in
    its clause), or part of a question?"""
    end = claim.sentence_end or claim.end
    if text[claim.sentence_start : end].rstrip(" \t\n\"'”’)").endswith("?"):
        return True  # a question states no figure
    m = patterns.search(CLAUSE_START, text, claim.sentence_start, at)
    start = m.end() if m else claim.sentence_start
    m = patterns.search(CLAUSE_END, text, at, end)
    return patterns.search(TERMS_OF, text, start, m.start() if m else end) is not None


def _sourced(near: Neighbourhood, claim: Claim) -> bool:
    """Is the claim's sentence cited or attributed?  An anonymous attribution counts: PV102 reports it."""
    if claim.citations or any(reports(a) for a in claim.attributions):
        return True
    return near.sentence(claim).attributed


def _runs(near: Neighbourhood, figures: Mapping[str, list[Figure]], sourced: set[str]) -> set[str]:
    """Claims that continue a run of figures opened by a sourced sentence.

    A sourced sentence that states figures, or that is sourced to a document
    or data ("according to the poll"), opens a run; each following sentence
    that states figures continues it; a sentence without figures ends it,
    unless it ends with a colon and introduces the next.
    """
    out: set[str] = set()
    open_run = False
    for sentence in near.sentences:
        ids = [c.id for c in sentence.claims]
        has_figures = any(figures[i] for i in ids)
        if open_run and has_figures:
            out.update(ids)
        opens = sentence.documented or (has_figures and any(i in sourced for i in ids))
        introduces = near.text[sentence.start : sentence.end].rstrip().endswith(":")  # "…, the same:"
        open_run = opens or (open_run and (has_figures or introduces))
    return out


def _sourced_by_next(near: Neighbourhood, claim: Claim) -> bool:
    """Does the next sentence of the paragraph source the claim's figures by pointing back at them?"""
    i = near.index(claim)
    if i + 1 >= len(near.sentences):
        return False
    here, nxt = near.sentences[i], near.sentences[i + 1]
    return nxt.paragraph == here.paragraph and patterns.match(POINTS_BACK, near.text, nxt.start, nxt.end) is not None


def _established(ctx: Context, figure: Figure) -> bool:
    """Do at least :data:`ESTABLISHED_DOCUMENTS` other documents of the corpus state this figure?

    The same amount or percentage, or the same count of the same thing (when
    both documents name what is counted).
    """
    if figure.key is None or not (figure.noun or figure.key[0]):
        return False
    index = ctx.shared.get("PV101 figures")
    if index is None:
        index = ctx.shared["PV101 figures"] = _figure_index(ctx.corpus)
    here = norm_path(ctx.document.path)
    unit = figure.key[0]
    others = {
        path
        for path, noun in index.get(figure.key, ())
        if path != here and (noun == figure.noun or (unit and (figure.noun is None or noun is None)))
    }
    return len(others) >= ESTABLISHED_DOCUMENTS


def _figure_index(corpus: Iterable[Document]) -> dict[tuple[str, float], set[tuple[str, str | None]]]:
    """Which documents state each figure: ``(unit, value) -> {(path, counted noun)}``."""
    index: dict[tuple[str, float], set[tuple[str, str | None]]] = {}
    for doc in corpus:
        for claim in doc.claims:
            for f in _figures(doc.text, claim, []):
                if f.key is not None:
                    index.setdefault(f.key, set()).add((norm_path(doc.path), f.noun))
    return index


# Cues that are no report when unnamed people are their subject: a modal ("some
# might say", "few people would have described") and verbs of an attitude or a
# reaction ("People are joking about", "enough people complained", "some pointed
# advice", "several question marks").
NOT_A_REPORT_CUE = regex.compile(
    r"(?i)\b(?:might|would|could|may|should)\b"
    r"|\b(?:jok|complain|question|point|find|found|remark)\w*\s*$"
)


# The writer rejects what the unnamed reports say: the claim does not rest on them.
#   "reports that she was a teacher proved to be false", "many have speculated …,
#   that's not quite right"
REJECTED = regex.compile(
    r"(?i)\b(?:proved|proven|turned\s+out)\s+(?:to\s+be\s+)?(?:false|untrue|wrong)\b"
    r"|\b(?:is|was|that['’]s|are|were)\s+not\s+(?:quite\s+)?(?:right|true|correct)\b"
)


def _anonymous_report(a: Attribution) -> bool:
    """Is ``a`` an anonymous report PV102 weighs: a source conveying the claim, not an
    impersonal passive, nor unnamed people's attitude (:data:`NOT_A_REPORT_CUE`)?"""
    if not (reports(a) or impersonal(a)):
        return False
    return not (a.anonymous and NOT_A_REPORT_CUE.search(a.cue))


@rule("PV102", "anonymous-source", Level.WARNING)
def anonymous_source(ctx: Context) -> Iterator[Hit]:
    """A claim resting only on anonymous sources.

    ## What it does
    Flags a claim whose only support is an anonymous attribution ("reports
    emerged", "some reports suggest", "sources said", "experts say") with
    no citation, when neither its sentence nor the sentences next to it in the
    paragraph name a source.

    ## What it does not flag
    - what unnamed people believe, expect or understand ("many expect",
      "few people would have described"): an attitude, not a source;
    - routine official attribution that names an institution or a place
      ("police officials said", "Norland officials said", "the ministry
      said"), and anonymous sources carried by a named outlet ("told the
      Harbour Times", "the site's sources");
    - an anonymous source whose anonymity the sentence explains ("who asked
      not to be identified", "on condition of anonymity", "not authorized to
      speak"), and "the source" of an article that explains it once;
    - unnamed people's attitudes and reactions ("people are joking", "some
      might say") and reports the writer rejects ("reports that … proved to
      be false");
    - "officials said" after the article has named whose officials they are
      ("Security officials in Lebanon said …"), and the sources of someone
      just named ("its source" after "Gawker's latest update");
    - a claim whose sentence, or the sentence before or after it in the same
      paragraph (or the one opening the next paragraph: "Said Ellis: …"),
      cites or names a source.

    ## Why is this bad?
    Readers cannot weigh a source they cannot identify.  When the reports
    exist, cite them; when the sources must stay anonymous, say why and how
    the publication verified them.

    ## Example
    ```text
    Some reports suggest that the mayor has left the city.
    ```

    ## Use instead
    ```text
    Some reports suggest that the mayor has left the city (Kestrel News,
    October 8).
    ```
    """
    doc = ctx.document
    text = doc.text
    near = Neighbourhood(doc)
    named_officials = [a.start for a in doc.attributions if _official_head(text, a) and identified(a, text)]
    for claim in doc.claims:
        attributions = [
            a
            for a in claim.attributions
            if _anonymous_report(a) and not (_official_head(text, a) and any(s < a.start for s in named_officials))
        ]
        if not attributions or claim.citations or any(identified(a, text) for a in claim.attributions):
            continue
        if headline(claim.text) or patterns.search(REJECTED, text, claim.start, claim.end):
            continue
        if near.sentence(claim).sourced or any(s.sourced for s in near.neighbours(claim, next_paragraph=True)):
            continue
        if near.explains_anonymity(claim, anywhere=all(_refers_back(text, a) for a in attributions)):
            continue
        said = [_source_and_cue(text, a) for a in attributions]
        said = [p for p in dict.fromkeys(said) if not any(p != q and p in q for q in said)]
        yield Hit(
            claim.start,
            claim.end,
            f"Claim rests only on an anonymous source ({', '.join(said)}); "
            "name or cite the source, or say why it cannot be named",
        )


def _official_head(text: str, a: Attribution) -> bool:
    """Is the source of ``a`` officials or authorities ("officials", "security officials in Lebanon")?
    After the article has named whose officials they are, "officials said" refers back to them:
    routine official attribution (:data:`~provenance.lint.neighbourhood.ROUTINE_OFFICIAL_HEADS`)."""
    return any(w.casefold().strip(".,") in ROUTINE_OFFICIAL_HEADS for w in text[a.start : a.end].split())


# A definite mention of one source, which refers back to a source the article has
# introduced: "the source", "The insider", "the official".
REFERS_BACK = regex.compile(r"(?i)the\s+(?:[\p{L}-]+\s+)?(?:source|insider|official|person)\b")


def _refers_back(text: str, a: Attribution) -> bool:
    """Is ``a``'s source "the source": the one source the article follows, whose anonymity it
    may explain in another sentence ("…, the source told Reuters on condition of anonymity")?"""
    return REFERS_BACK.match(text, a.start, a.end) is not None


def _source_and_cue(text: str, a: Attribution) -> str:
    """The source and cue as written: ``Some reports suggest``, or ``Sources … told``."""
    start, end = min(a.start, a.cue_start), max(a.end, a.cue_end)
    if end - start <= len(a.source.name) + len(a.cue) + 12:
        return " ".join(text[start:end].split())
    return f"{a.source.name} … {a.cue}"


@rule("PV103", "hedged-unsourced", Level.INFO)
def hedged_unsourced(ctx: Context) -> Iterator[Hit]:
    """A hedged claim ("reportedly", "allegedly") with no source at all.

    ## What it does
    Flags a claim carrying a hedge ("reportedly", "is said to", "is believed
    to") that has neither a citation nor an attribution, when the sentences
    next to it in the paragraph name no source either.

    ## What it does not flag
    - "allegedly" in an accusation ("arrested for allegedly stealing"): news
      style for a charge not yet proven, not a missing source;
    - the writer saying what could not be verified ("could not be
      independently verified");
    - a claim whose sentence before or after cites or names a source ("The
      mayor reportedly fled.  The Harbour Times first reported …"; the one
      after may open the next paragraph), and the hedged sentences that
      follow such a claim: a run of reported details.

    ## Why is this bad?
    "Reportedly" says someone reported it; the reader should learn who.  A
    hedge without a source cannot be checked and spreads rumour while seeming
    careful.

    ## Example
    ```text
    The mayor reportedly fled to Norland.
    ```

    ## Use instead
    ```text
    The mayor reportedly fled to Norland (Kestrel News, October 8).
    ```
    """
    doc = ctx.document
    text = doc.text
    if not any(c.hedged for c in doc.claims):
        return
    near = Neighbourhood(doc)
    covered: set[int] = set()  # sentences whose hedges a named source covers
    for i, sentence in enumerate(near.sentences):
        hedged = [c for c in sentence.claims if c.hedged and not headline(c.text)]
        follows = i - 1 in covered and near.sentences[i - 1].paragraph == sentence.paragraph
        named_nearby = hedged and any(s.sourced for s in near.neighbours(hedged[0], next_paragraph=True))
        if sentence.sourced or (hedged and follows) or named_nearby:
            covered.add(i)
        if i in covered:
            continue
        for claim in hedged:
            if not claim.evidence and _missing_source_hedge(text, claim):
                yield Hit(claim.start, claim.end, "Hedged claim without a source; say who reported it")


def _missing_source_hedge(text: str, claim: Claim) -> bool:
    """Does the claim carry a hedge that calls for a source (not an accusation's "allegedly")?"""
    excused = [m.span() for m in patterns.finditer(NOT_A_MISSING_SOURCE, text, claim.start, claim.end)]
    for m in patterns.finditer(claims_.HEDGE, text, claim.start, claim.end):
        if not any(s <= m.start() < e for s, e in excused):
            return True
    return False


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in patterns.finditer(QUOTATION, text, start, end)]


def _inside(spans: Iterable[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
