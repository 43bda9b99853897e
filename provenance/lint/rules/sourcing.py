"""Sourcing rules (PV1): statistics, anonymous sources and hedges without a source.

What counts as sourced is decided in :mod:`provenance.lint.neighbourhood`
(a claim's sentence and its neighbours); which figures a claim states, and
which of them are background or well established, in
:mod:`provenance.lint.figures` and :mod:`provenance.lint.statistics`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import regex

from provenance import claims as claims_
from provenance import patterns
from provenance.lint.figures import Figure, established, figures, recap
from provenance.lint.neighbourhood import (
    ROUTINE_OFFICIAL_HEADS,
    Neighbourhood,
    any_between,
    headline,
    identified,
    impersonal,
    reports,
)
from provenance.lint.rule import Context, Hit, rule
from provenance.model import Attribution, Claim, Document, Level, SourceKind

# A note of the publication about the article, not a claim of it: "Editor's note:",
# "Correction:", "Update:".
NOTE = regex.compile(r"\W*(?:editor['’]?s\s+note|correction|clarification|update|disclosure)\s*:", regex.I)

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

# A figure given as a party's own estimate or forecast names its source: "the IMF's
# estimate of global growth", "it edged up its forecast … to 4.2 percent".
OWN_ESTIMATE = regex.compile(
    r"""(?:\b\p{Lu}[\p{L}.&-]*['’]s?|\b[Ii]ts|\b[Tt]heir)\s+(?:[\p{L}-]+\s+){0,3}?
    (?:estimates?|forecasts?|projections?|outlook|tally|count|calculations?)\b""",
    regex.VERBOSE,
)

# The source line of a chart or a table, after its figures: "Source: NATO."
SOURCE_LINE_AT = regex.compile(r"(?:^|(?<=[.!?]\s))[ \t]*(?i:sources?)\s*:\s*\p{Lu}", regex.MULTILINE)
#: How many sentences before it a source line covers.
SOURCE_LINE_REACH = 3

#: How many sentences after a sentence sourced to a document (a poll, a filing, an
#: analysis) the article goes on restating it: its figures are the document's.
DOCUMENT_REACH = 3
#: Sentences of an article's lead (its headlines included): a document named there as the
#: source of its figures ("…, a USA TODAY analysis of filings shows", "according to a new
#: poll") sources the figures of the same kind (percentages, amounts) throughout: the
#: article restates that document.
LEAD_SENTENCES = 5

#: Kinds of source that publish reports: a hedge after one names restates it.
MEDIA_KINDS = frozenset({SourceKind.OUTLET, SourceKind.WIRE, SourceKind.STATE_MEDIA})
#: Nouns of a published report ("a new report from TechLedger", "the story").
REPORT_NOUNS = frozenset({"report", "story", "article", "investigation", "profile", "interview"})
#: How many paragraphs after the one naming a published report its hedged details may run
#: ("The device is reportedly …", "It is said to …"): an article restating one report.  A
#: report named in the lead (:data:`LEAD_SENTENCES`) is the article's: it covers them all.
REPORT_REACH = 2

# A hedge that is not a missing source: "allegedly" in an accusation ("arrested
# for allegedly stealing": news style for a charge not yet proven), the writer
# saying what could not be verified, and "purportedly" describing what a video
# or a photo shows ("a video purportedly showing the execution", "photos
# purportedly of the hostage"): the writer's caution about the footage, which the
# sentence names.
NOT_A_MISSING_SOURCE = regex.compile(
    r"""
    \b(?:for|of|with|after|while)\s+allegedly\b
    | \bcould\s+not\s+be\s+(?:independently\s+)?(?:verified|confirmed)\b
    | \bpurportedly\s+(?:show(?:s|ing|ed|n)?|depict(?:s|ing|ed)?|of)\b
    | \b(?:videos?|photos?|photographs?|images?|pictures?|footage|clips?|recordings?|stills?)\b
      [^.;!?]{0,60}\bpurportedly\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@rule("PV101", "unsourced-statistic", Level.WARNING)
def unsourced_statistic(ctx: Context) -> Iterator[Hit]:
    """A number, count or percentage stated with no citation or attribution.

    ## What it does
    Flags a claim that states a statistic, a figure that measures a
    population or a phenomenon (a share such as `64% of voters` or `a third
    of the clinics`, a large count such as `half a million tourists`, a
    large amount such as `$3 billion`, or a toll of harm or incidents such
    as `injured 14 passengers`, `77 attacks` or `hundreds of violations`),
    when nothing in its sentence sources it: no citation and no attribution.
    Each figure is reported once, at its first unsourced statement in the
    article.

    ## What it does not flag
    - details of the story rather than statistics: a small count of things
      one can name (`27 states`, `his 16 opponents`, `10 judges`: under
      1,000, unless it is a toll of harm or of incidents, `11 wounded`, `77
      attacks`) and a small sum (a price, a wage: under a million; a price range,
      `$4,000-$5,000`, too);
    - numbers that count nothing: dates, years, times (`10:30`, a live blog's
      `12.09`), ages (`Ruiz, 41,`, `who is 70`, `in their 20s`), ordinals,
      durations (`two years later`), a gold's purity (`18k gold`), sizes
      and distances (`a 12m-wide crater`, `215 feet`, `within 60 miles`, a
      building's `934,200 square feet`),
      compound descriptions (`a 57-member council`, `a 46-page report`),
      tallies (`a 5-4 ruling`),
      phone numbers, identifiers and product names (`Resolution 1840`, `No.
      10`, `iPhone 6`) and list markers;
    - a figure in a sentence with a citation or an attribution ("…, the
      agency reported", "officials said 40 …"; an anonymous one is PV102's
      finding; an impersonal "it is estimated that" and what unnamed people
      believe or expect name no one),
      inside the content of an attribution, inside a quotation of a named
      speaker, or inside a quoted statement of six words or more (someone's
      words: whether the quotation is attributed is another matter);
    - a figure given as a party's own estimate or forecast ("the IMF's
      estimate of global growth", "it raised its forecast to 4.2 percent");
    - a figure in a run of figures that a sourced sentence opens: the
      sentences after one that states sourced figures or is sourced to a
      document or data ("according to the poll"), as long as each states
      figures; a figure whose next sentence sources it by pointing back
      ("That is according to the ministry"); the article's lead sentence when
      the next sentence names a source (news style attributes the lead in the
      second sentence);
    - figures that restate a document the article names as their source:
      the three sentences after one sourced to a document ("according to an
      SEC filing", figures of the kinds it gives), every figure of the kind
      (a percentage, an amount) that a document named in the lead gives ("…,
      a new poll shows: 46% …" sources the poll's percentages throughout the
      article), and the three sentences before a chart's source line
      ("Source: NATO.");
    - the terms of a plan, a rule or a supposition: a figure in a clause
      with "would", "if", "let's say", a verb of intention ("wants to",
      "proposed", "pledged", "requires") or "under the … plan", and a
      figure in a question;
    - sentences that state no fact: advice given as an imperative ("Save a
      quarter of the cost", "Don't borrow more than half"), the definition
      of a unit or a grade ("18-karat gold contains 75% gold", "A troy ounce
      equals 31.1 grams"), and the writer's own arithmetic on the figures
      given ("38 mm and 42 mm, a difference of about 20%", "$25,000, that
      equals a quarter of the cost");
    - a figure the article sources elsewhere (the same value stated in a
      sourced sentence, in a quotation too: "“We killed 25 of them,” an
      officer said"), and a repeat of a figure already flagged;
    - the same number stated in a sourced sentence (a quotation too) within
      two sentences in the paragraph, the noun varied ("At least 25 rebels
      were killed. … “Our men gunned down 25 of the insurgents,” the officer
      said."); a forecast ("is expected to make up 55 percent") next to a
      sentence of its paragraph that names a forecaster; a price given as a
      share of another ("for less than a third of the retail cost");
    - a toll of harm in a sentence recounting an earlier event, one that
      opens with its year ("In 2000, gunmen attacked the ferry, killing 17
      sailors") or dates it "last month" or "two years ago": the record of
      that event, reported when it happened;
    - a sentence in title case: a headline, a title or a related-story link;
      and the publication's notes ("Editor's note:", "Correction:");
    - vague orders of magnitude (`millions of Americans`, `thousands of
      people`, `millions of dollars`): news style states them without a
      source, and a reader cannot check one; a vague count of incidents
      (`hundreds of violations`, `dozens of attacks`) is flagged;
    - a source named without a verb ("by one estimate") is an attribution;
    - a well-established figure, stated by other documents of the linted
      articles or reference corpus that do not copy the claim (sharing 60%
      of its words): the same value of the same thing in at least two of
      them, or the same count of the same named thing and event in one
      ("killed more than 2,000 civilians"; "300 schoolgirls" counts "300
      girls"; a toll of people in general, "29 people wounded", counts "the 29
      commuters wounded").  News style does not attribute a death toll reported
      everywhere or a completed deal's price;
    - background figures that are no measurement: a rate or threshold set
      by a law or a body (`the corporate tax rate, at 35 percent`, `a 3.8
      percent surtax`, `the 15 percent polling threshold`, `the recommended 2
      percent`, a poll's `margin of error`), a public price or pay (`priced
      at`, `sold for`, `an annual salary of $6 million`, `a 1m peso reward`,
      `the $2.5 million car`, `a £1 million home`, a product's price before
      its name: `a £1.5 million Kestrel Roadster is …`), an organisation's
      membership (`represents almost 50,000 workers`);
    - a platform's own counter (`27 million views`, `shared 130,000 times`,
      `a million followers`): the reader sees it where the article says;
      "100 percent" as an intensifier (`a 100 percent fake story`); sizes and
      street numbers (`1440 x 900`, `1200 Seaport Boulevard`); a place's
      population (`a town of 200,000 people`); program code of the page (an
      ad script's `ad_channel = "0054321535";`);
    - a figure in a sentence that names a source with a reporting verb the
      attribution grammar may miss ("TechLedger claims", "Reuters quoted the
      ministry as saying", "a study by Norland University found", "according
      to the … Tax Foundation", an explosion "that Mayor Ruiz described as
      …") or ends "…, residents said Thursday."; an official act of a named
      body ("a $100 million penalty imposed by the Consumer Protection
      Bureau", "figures released by the Port Authority"); a document named
      with its maker ("according to a civil complaint filed by the Securities
      and Exchange Commission") or a statement made in one ("…,” the firm
      said in the filing"), which source the three sentences after them.

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
    unquoted = {claim.id: figures(text, claim, covered) for claim in doc.claims}
    stated = {claim.id: figures(text, claim, []) for claim in doc.claims}  # sourced or not
    sourced_ids = {c.id for c in doc.claims if _sourced(near, c)}
    # the figures of sourced sentences, their quotations too ("“We killed 25 of them,” an officer said")
    said = {c.id: figures(text, c, [], quoted=True) for c in doc.claims if c.id in sourced_ids}
    sourced_figures = [f for found in said.values() for f in found if f.key is not None]
    continued = _runs(near, stated, sourced_ids) | _restated(near, stated)
    flagged: list[Figure] = []
    for claim in doc.claims:
        if claim.id in sourced_ids or claim.id in continued or _sourced_by_next(near, claim) or headline(claim.text):
            continue
        if _forecast_of_neighbour(near, claim):
            continue
        if NOTE.match(claim.text):
            continue  # the publication's note about the article
        found = []
        for f in unquoted[claim.id]:
            if not f.measures or recap(text, claim, f):
                continue
            if f.key is not None:
                if any(f.same(g) for g in (*sourced_figures, *flagged)) or established(ctx, claim, f):
                    continue
                if any(f.key == g.key for g in _nearby_figures(near, claim, said)):
                    continue  # the same number in a sourced sentence nearby: the writer varied the noun
                flagged.append(f)
            found.append(f.shown)
        if found:
            listed = ", ".join(f"“{f}”" for f in dict.fromkeys(found))
            yield Hit(claim.start, claim.end, f"Statistic without a source: {listed}; cite or attribute it")


def _sourced(near: Neighbourhood, claim: Claim) -> bool:
    """Is the claim's sentence cited or attributed?  An anonymous attribution counts: PV102 reports it."""
    if claim.citations or any(reports(a) for a in claim.attributions):
        return True
    sentence = near.sentence(claim)
    return sentence.attributed or patterns.search(OWN_ESTIMATE, near.text, sentence.start, sentence.end) is not None


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


def _restated(near: Neighbourhood, figures: Mapping[str, list[Figure]]) -> set[str]:
    """Claims whose figures restate a document the article names as their source.

    - the :data:`DOCUMENT_REACH` sentences after a sentence sourced to a document
      ("according to an SEC filing", "the poll found"), figures or not between them;
    - every sentence whose figures are all of a kind (a percentage, an amount in one
      currency) that the document named in the lead (:data:`LEAD_SENTENCES`) gives, in its
      sentence or the ones after it;
    - the :data:`SOURCE_LINE_REACH` sentences before a chart's source line ("Source: NATO.").
    """
    out: set[str] = set()
    units: set[str] = set()
    sentences = near.sentences
    for i, sentence in enumerate(sentences):
        if not sentence.documented:
            continue
        after = sentences[i + 1 : i + 1 + DOCUMENT_REACH]
        own = _kinds(f for c in sentence.claims for f in figures[c.id])
        # the document's figures are of the kinds its sentence gives (any, when it gives none)
        out.update(c.id for s in after for c in s.claims if not own or _kinds(figures[c.id]) <= own)
        if i < LEAD_SENTENCES:
            units.update(f.key[0] for s in (sentence, *after) for c in s.claims for f in figures[c.id] if f.key)
    for sentence in sentences:
        for c in sentence.claims:
            kinds = _kinds(figures[c.id])
            if kinds and kinds <= units:
                out.add(c.id)
    for m in patterns.finditer(SOURCE_LINE_AT, near.text):
        before = [s for s in sentences if s.end <= m.start()][-SOURCE_LINE_REACH:]
        out.update(c.id for s in before for c in s.claims)
    return out


def _kinds(figures: Iterable[Figure]) -> set[str | None]:
    """The kinds of the figures: their units (a currency, ``%``, ``""`` for a count; None for a vague count)."""
    return {f.key[0] if f.key else None for f in figures}


#: How many sentences before and after a claim, in its paragraph, a sourced sentence stating the
#: same number sources its figure: "At least 25 militants were killed.  An officer said …  “Our
#: men gunned down 25 of the insurgents,” he said."  News writing varies the noun it repeats.
RESTATED_REACH = 2


def _nearby_figures(near: Neighbourhood, claim: Claim, said: Mapping[str, list[Figure]]) -> list[Figure]:
    """The figures, quotations included, of the sourced sentences within :data:`RESTATED_REACH` of the
    claim's in its paragraph."""
    i = near.index(claim)
    here = near.sentences[i]
    around = near.sentences[max(0, i - RESTATED_REACH) : i + RESTATED_REACH + 1]
    return [f for s in around if s.paragraph == here.paragraph for c in s.claims for f in said.get(c.id, ())]


# A forecast: "is expected to make up 55 percent of sales", "are projected to reach $2 billion".
# A forecast is someone's; in a paragraph that names a forecaster in the sentence before or
# after ("but Munster believes Apple might sell 10,000"), it is that forecaster's.
FORECAST = regex.compile(
    r"(?i)\b(?:is|are|was|were|be)\s+(?:\p{L}+ly\s+)?(?:expected|projected|forecast|predicted|estimated|likely)\s+to\b"
)


def _forecast_of_neighbour(near: Neighbourhood, claim: Claim) -> bool:
    """Is the claim's sentence a forecast (:data:`FORECAST`) next to a sourced sentence of its paragraph?"""
    sentence = near.sentence(claim)
    if patterns.search(FORECAST, near.text, sentence.start, sentence.end) is None:
        return False
    return any(s.sourced for s in near.neighbours(claim))


def _sourced_by_next(near: Neighbourhood, claim: Claim) -> bool:
    """Does the next sentence source the claim's figures: by pointing back at them in the same
    paragraph ("That is according to the ministry"), or by naming a source after the article's
    lead sentence (news style states the news first and attributes it in the next sentence:
    "Google paid $585 million for six buildings.  Google bought them …, according to Bloomberg
    News.")?"""
    i = near.index(claim)
    if i + 1 >= len(near.sentences):
        return False
    here, nxt = near.sentences[i], near.sentences[i + 1]
    if i == near.lead and nxt.sourced:
        return True
    return nxt.paragraph == here.paragraph and patterns.match(POINTS_BACK, near.text, nxt.start, nxt.end) is not None


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


#: Quantifiers that may stand alone as an anonymous source ("Many said", "Some believe") and
#: open a noun phrase ("most confirmed cases").
BARE_QUANTIFIERS = frozenset("most many some several few all".split())

# What follows a verb that reports: a determiner or a pronoun, "that", "to", a verb in -ing, or
# punctuation ("Some confirmed the attack", "Many reported seeing lights").  After "most
# confirmed" anything else is a noun the participle describes: "most confirmed Ebola cases have".
REPORTED_AFTER = regex.compile(
    r"(?i)\s*(?:[^\w\s]|$|(?:the|a|an|this|that|these|those|his|her|its|their|it|he|she|they|to|on|in)\b|\w+ing\b)"
)


def _anonymous_report(text: str, a: Attribution) -> bool:
    """Is ``a`` an anonymous report PV102 weighs: a source conveying the claim, not an
    impersonal passive, nor unnamed people's attitude (:data:`NOT_A_REPORT_CUE`), nor a
    participle inside the subject ("most confirmed cases have originated")?"""
    if not (reports(a) or impersonal(a)):
        return False
    if a.anonymous and NOT_A_REPORT_CUE.search(a.cue):
        return False
    participle = text[a.start : a.end].casefold().strip() in BARE_QUANTIFIERS and a.cue.casefold().endswith("ed")
    return not (participle and patterns.match(REPORTED_AFTER, text, a.cue_end) is None)


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
    - a participle inside the subject, which reports nothing ("most
      confirmed cases began in the south");
    - "experts say" when one of the two sentences after it quotes a named
      expert with the expertise ("…,” said Ana Ruiz, an independent
      researcher"): the writer names one of them;
    - the sources of the one the sentence has just named ("a blog claiming
      sources told it"), as "its sources";
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
            if _anonymous_report(text, a)
            and not (_official_head(text, a) and any(s < a.start for s in named_officials))
        ]
        if not attributions or claim.citations or any(identified(a, text) for a in claim.attributions):
            continue
        if headline(claim.text) or patterns.search(REJECTED, text, claim.start, claim.end):
            continue
        if near.sentence(claim).sourced or any(s.sourced for s in near.neighbours(claim, next_paragraph=True)):
            continue
        if near.explains_anonymity(claim, anywhere=all(_refers_back(text, a) for a in attributions)):
            continue
        if all(_experts(text, a) for a in attributions) and _expert_named_after(near, claim):
            continue
        said = [_source_and_cue(text, a) for a in attributions]
        said = [p for p in dict.fromkeys(said) if not any(p != q and p in q for q in said)]
        yield Hit(
            claim.start,
            claim.end,
            f"Claim rests only on an anonymous source ({', '.join(said)}); "
            "name or cite the source, or say why it cannot be named",
        )


#: Heads of an anonymous mention of experts: "experts say", "analysts said", "some scientists believe".
EXPERT_HEADS = frozenset(
    "experts analysts scientists researchers economists specialists scholars historians academics".split()
)

# A named expert quoted, with the expertise the article gives: "…,” said Jean Ruiz, an independent
# researcher who specializes in chemical weapons", "according to Ana Li, a professor of law".
EXPERT_NAMED = regex.compile(
    r"""\b(?:said|says|according\s+to|explained|added|noted)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?
    \p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3},\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}
    (?:researcher|analyst|expert|professor|scientist|specialist|economist|historian|scholar|consultant|academic)\b""",
    regex.VERBOSE,
)
#: How many sentences after "experts say" the article may quote a named one of them.
EXPERT_REACH = 2


def _experts(text: str, a: Attribution) -> bool:
    """Is the source of ``a`` unnamed experts ("experts say", "chemical weapons experts")?"""
    words = text[a.start : a.end].casefold().split()
    return bool(words) and words[-1].strip(".,") in EXPERT_HEADS


def _expert_named_after(near: Neighbourhood, claim: Claim) -> bool:
    """Does one of the :data:`EXPERT_REACH` sentences after the claim quote a named expert
    (:data:`EXPERT_NAMED`)?  News writing says "experts say" and then quotes one of them by name."""
    i = near.index(claim)
    return any(
        patterns.search(EXPERT_NAMED, near.text, s.start, s.end) is not None
        for s in near.sentences[i + 1 : i + 1 + EXPERT_REACH]
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


@rule("PV103", "hedged-unsourced", Level.INFO, default=False)
def hedged_unsourced(ctx: Context) -> Iterator[Hit]:
    """A hedged claim ("reportedly", "allegedly") with no source at all.

    ## What it does
    Flags a claim carrying a hedge ("reportedly", "is said to", "is believed
    to") that has neither a citation nor an attribution, when the sentences
    next to it in the paragraph name no source either.

    Not in the default selection: on real news articles about six of its
    findings in ten are real problems (0.61 on a judged sample of 36), too
    few for every repository; an editor who wants every hedge sourced selects
    it by its code (`select = ["PV", "PV103"]`).

    ## What it does not flag
    - "allegedly" in an accusation ("arrested for allegedly stealing"): news
      style for a charge not yet proven, not a missing source;
    - the writer saying what could not be verified ("could not be
      independently verified"), and "purportedly" describing what a video or
      a photo shows ("a video purportedly showing the execution");
    - a claim whose sentence before or after cites or names a source ("The
      mayor reportedly fled.  The Harbour Times first reported …"; the one
      after may open the next paragraph, the one before may close the
      previous paragraph), and the hedged sentences that follow such a claim:
      a run of reported details;
    - the hedged details of a published report the article names (an outlet,
      a named outlet's sources, "a new report from …", "Stone reports") in the
      same paragraph or the two before, or anywhere after it when the lead
      names it: the article restates that report.

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
    reported = _media_reports(near, doc)  # paragraphs of sentences that name a published report
    for i, sentence in enumerate(near.sentences):
        hedged = [c for c in sentence.claims if c.hedged and not headline(c.text)]
        follows = i - 1 in covered and near.sentences[i - 1].paragraph == sentence.paragraph
        named_nearby = hedged and any(s.sourced for s in near.neighbours(hedged[0], next_paragraph=True))
        restates = any(r <= i and (r < LEAD_SENTENCES or sentence.paragraph - p <= REPORT_REACH) for r, p in reported)
        after_source = i > 0 and near.sentences[i - 1].sourced  # the sentence before, even across a paragraph break
        if sentence.sourced or (hedged and follows) or named_nearby or restates or after_source:
            covered.add(i)
        if i in covered:
            continue
        for claim in hedged:
            if not claim.evidence and _missing_source_hedge(text, claim):
                yield Hit(claim.start, claim.end, "Hedged claim without a source; say who reported it")


def _media_reports(near: Neighbourhood, doc: Document) -> list[tuple[int, int]]:
    """The sentences (index, paragraph) that name a published report as a source: an outlet
    ("the International Business Times claimed"), a named outlet's sources ("TechLedger's sources
    say"), a report ("according to a new report from …") or someone who reports ("Brad Stone
    reports").  The hedges after one restate that report: "The device is reportedly …"."""
    text = doc.text
    spans = sorted(
        a.cue_start
        for a in doc.attributions
        if identified(a, text)
        and (
            a.source.kind in MEDIA_KINDS
            or a.anonymous
            or a.cue.casefold().startswith("report")
            or any(w.casefold().rstrip("s") in REPORT_NOUNS for w in text[a.start : a.end].split())
        )
    )
    return [(i, s.paragraph) for i, s in enumerate(near.sentences) if any_between(spans, s.start, s.end)]


def _missing_source_hedge(text: str, claim: Claim) -> bool:
    """Does the claim carry a hedge that calls for a source (not an accusation's "allegedly")?"""
    excused = [m.span() for m in patterns.finditer(NOT_A_MISSING_SOURCE, text, claim.start, claim.end)]
    for m in patterns.finditer(claims_.HEDGE, text, claim.start, claim.end):
        if not any(s <= m.start() < e for s, e in excused):
            return True
    return False
