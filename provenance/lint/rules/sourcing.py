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
from provenance.lint.neighbourhood import Neighbourhood, headline, identified, impersonal
from provenance.lint.rule import Context, Hit, norm_path, rule
from provenance.lint.statistics import figure_key, statistics
from provenance.model import Attribution, Claim, Document, Level

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
# fact to source: a conditional or a verb of intention earlier in its clause.
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

# The start of a clause: a stop, a colon or semicolon, a dash or a parenthesis.
CLAUSE_START = regex.compile(r"(?r)[.;:!?—–(]")

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
    Flags a claim that states a statistic (a count such as `injured 140
    passengers`, a percentage such as `64% of voters`, an amount such as `$3
    billion`, or a spelled-out quantity such as `half a million tourists` or
    `dozens of families`) when nothing in its sentence sources it: no
    citation and no attribution.  Each figure is reported once, at its first
    unsourced statement in the article.

    ## What it does not flag
    - numbers that count nothing: dates, years, times (`10:30`, a live blog's
      `12.09`), ages (`Ruiz, 41,`, `who is 70`, `in their 20s`), ordinals,
      durations (`two years later`), sizes and distances (`a 12m-wide
      crater`, `215 feet`, `within 60 miles`), compound descriptions (`a
      57-member council`, `a 46-page report`), tallies (`a 5-4 ruling`),
      phone numbers, identifiers and product names (`Resolution 1840`, `No.
      10`, `iPhone 6`) and list markers;
    - a figure in a sentence with a citation or an attribution ("…, the
      agency reported", "officials said 40 …"; an anonymous one is PV102's
      finding, and an impersonal "it is estimated that" names no one),
      inside the content of an attribution, or inside a quotation of a named
      speaker;
    - a figure in a run of figures that a sourced sentence opens: the
      sentences after one that states sourced figures or is sourced to a
      document or data ("according to the poll"), as long as each states
      figures; and a figure whose next sentence sources it by pointing back
      ("That is according to the ministry");
    - the terms of a plan, a rule or a supposition: a figure after "would",
      "if", "let's say", a verb of intention ("wants to", "proposed",
      "pledged", "requires") or "under the … plan" in its clause;
    - a figure the article sources elsewhere (the same value stated in a
      sourced sentence), and a repeat of a figure already flagged;
    - a sentence in title case: a headline, a title or a related-story link;
    - vague magnitudes of a unit (`millions of dollars`, `thousands of
      tons`, `hundreds of times`), and a source named without a verb ("by
      one estimate") is an attribution;
    - a well-established figure: the same value of the same thing stated by
      at least two other documents of the linted articles or reference corpus.

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
    covered = [(a.content_start, a.content_end) for a in doc.attributions if not impersonal(a)]
    figures = {claim.id: _figures(text, claim, covered) for claim in doc.claims}
    stated = {claim.id: _figures(text, claim, []) for claim in doc.claims}  # sourced or not
    sourced_ids = {c.id for c in doc.claims if _sourced(near, c)}
    sourced_figures = [f for c in doc.claims if c.id in sourced_ids for f in stated[c.id] if f.key is not None]
    continued = _runs(near, stated, sourced_ids)
    flagged: list[Figure] = []
    for claim in doc.claims:
        if claim.id in sourced_ids or claim.id in continued or _sourced_by_next(near, claim) or headline(claim.text):
            continue
        found = []
        for f in figures[claim.id]:
            if f.key is not None:
                if any(f.same(g) for g in (*sourced_figures, *flagged)) or _established(ctx, f):
                    continue
                flagged.append(f)
            found.append(f.shown)
        if found:
            listed = ", ".join(f"“{f}”" for f in dict.fromkeys(found))
            yield Hit(claim.start, claim.end, f"Statistic without a source: {listed}; cite or attribute it")


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
    for s, e in statistics(text, claim.start, claim.end):
        if _inside(covered, s) or _terms(text, claim, s):
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
        out.append(Figure(shown, figure_key(shown), q.noun if q else None, q.event if q else None))
    return out


def _terms(text: str, claim: Claim, at: int) -> bool:
    """Is the figure at ``at`` the terms of a plan, a rule or a supposition (:data:`TERMS_OF`)?"""
    m = patterns.search(CLAUSE_START, text, claim.sentence_start, at)
    start = m.end() if m else claim.sentence_start
    return patterns.search(TERMS_OF, text, start, at) is not None


def _sourced(near: Neighbourhood, claim: Claim) -> bool:
    """Is the claim's sentence cited or attributed?  An anonymous attribution counts: PV102 reports it."""
    if claim.citations or any(not impersonal(a) for a in claim.attributions):
        return True
    return near.sentence(claim).attributed


def _runs(near: Neighbourhood, figures: Mapping[str, list[Figure]], sourced: set[str]) -> set[str]:
    """Claims that continue a run of figures opened by a sourced sentence.

    A sourced sentence that states figures, or that is sourced to a document
    or data ("according to the poll"), opens a run; each following sentence
    that states figures continues it; a sentence without figures ends it.
    """
    out: set[str] = set()
    open_run = False
    for sentence in near.sentences:
        ids = [c.id for c in sentence.claims]
        has_figures = any(figures[i] for i in ids)
        if open_run and has_figures:
            out.update(ids)
        opens = sentence.documented or (has_figures and any(i in sourced for i in ids))
        open_run = opens or (open_run and has_figures)
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


@rule("PV102", "anonymous-source", Level.WARNING)
def anonymous_source(ctx: Context) -> Iterator[Hit]:
    """A claim resting only on anonymous sources.

    ## What it does
    Flags a claim whose only support is an anonymous attribution ("reports
    emerged", "some reports suggest", "sources said", "experts say") with
    no citation, when neither its sentence nor the sentences next to it in the
    paragraph name a source.

    ## What it does not flag
    - routine official attribution that names an institution or a place
      ("police officials said", "Norland officials said", "the ministry
      said"), and anonymous sources carried by a named outlet ("told the
      Harbour Times", "the site's sources");
    - an anonymous source whose anonymity the sentence explains ("who asked
      not to be identified", "on condition of anonymity", "not authorized to
      speak");
    - a claim whose sentence, or the sentence before or after it in the same
      paragraph, cites or names a source.

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
    for claim in doc.claims:
        attributions = claim.attributions
        if not attributions or claim.citations or any(identified(a, text) for a in attributions):
            continue
        if headline(claim.text):
            continue
        if near.sentence(claim).sourced or any(s.sourced for s in near.neighbours(claim)):
            continue
        if near.explains_anonymity(claim):
            continue
        said = [_source_and_cue(text, a) for a in attributions]
        said = [p for p in dict.fromkeys(said) if not any(p != q and p in q for q in said)]
        yield Hit(
            claim.start,
            claim.end,
            f"Claim rests only on an anonymous source ({', '.join(said)}); "
            "name or cite the source, or say why it cannot be named",
        )


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
