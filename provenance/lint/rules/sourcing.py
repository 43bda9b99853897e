"""Sourcing rules (PV1): statistics, anonymous sources and hedges without a source."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from provenance.lint.rule import Context, Hit, rule
from provenance.lint.statistics import statistics
from provenance.model import Level

# A quotation: straight, curly or guillemet quotes, within one paragraph.
QUOTATION = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")


@rule("PV101", "unsourced-statistic", Level.WARNING)
def unsourced_statistic(ctx: Context) -> Iterator[Hit]:
    """A number, count or percentage stated with no citation or attribution.

    ## What it does
    Flags a claim that states a statistic (a count such as `injured 140
    passengers`, a percentage such as `64% of voters`, an amount such as `$3
    billion`, or a spelled-out quantity such as `half a million tourists` or
    `dozens of families`) when no citation and no named attribution
    supports it.  Dates, years, times, ages (`Ruiz, 41,`), ordinals,
    durations (`two years later`), distances (`80 miles from Port Meridian`) and
    identifiers (`Resolution 1840`, `No. 10`) are not statistics.  A figure
    inside a quotation in a sentence that names its speaker is sourced.

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
    covered = [(a.content_start, a.content_end) for a in doc.attributions if not a.anonymous]
    named_sentences = {
        (c.sentence_start, c.sentence_end) for c in doc.claims if any(not a.anonymous for a in c.attributions)
    }
    for claim in doc.claims:
        if claim.sourced:
            continue
        quotes = None
        found = []
        for s, e in statistics(text, claim.start, claim.end):
            if _inside(covered, s):
                continue
            if (claim.sentence_start, claim.sentence_end) in named_sentences:
                if quotes is None:
                    quotes = _quotations(text, claim.sentence_start, claim.sentence_end or claim.end)
                if _inside(quotes, s):
                    continue
            found.append(" ".join(text[s:e].split()))
        if found:
            shown = ", ".join(f"“{f}”" for f in dict.fromkeys(found))
            yield Hit(claim.start, claim.end, f"Statistic without a source: {shown}; cite or attribute it")


@rule("PV102", "anonymous-source", Level.WARNING)
def anonymous_source(ctx: Context) -> Iterator[Hit]:
    """A claim resting only on anonymous sources.

    ## What it does
    Flags a claim whose only support is an anonymous attribution ("reports
    emerged", "some reports suggest", "sources said") with no citation.

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
    text = ctx.document.text
    for claim in ctx.document.claims:
        attributions = claim.attributions
        if attributions and not claim.citations and all(a.anonymous for a in attributions):
            said = [_source_and_cue(text, a) for a in attributions]
            said = [p for p in dict.fromkeys(said) if not any(p != q and p in q for q in said)]
            yield Hit(
                claim.start, claim.end, f"Claim rests only on an anonymous source ({', '.join(said)}); cite the reports"
            )


def _source_and_cue(text: str, a) -> str:
    """The source and cue as written: ``Some reports suggest``, or ``Sources … told``."""
    start, end = min(a.start, a.cue_start), max(a.end, a.cue_end)
    if end - start <= len(a.source.name) + len(a.cue) + 12:
        return " ".join(text[start:end].split())
    return f"{a.source.name} … {a.cue}"


@rule("PV103", "hedged-unsourced", Level.INFO)
def hedged_unsourced(ctx: Context) -> Iterator[Hit]:
    """A hedged claim ("reportedly", "allegedly") with no source at all.

    ## What it does
    Flags a claim carrying a hedge ("reportedly", "allegedly", "is said to")
    that has neither a citation nor an attribution.

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
    for claim in ctx.document.claims:
        if claim.hedged and not claim.evidence:
            yield Hit(claim.start, claim.end, "Hedged claim without a source; say who reported it")


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTATION.finditer(text, start, end, timeout=5)]


def _inside(spans: Iterable[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
