"""Binding evidence to claim spans, and the features of a claim.

A claim is a sentence of an article, or a part of one: a parenthetical citation
supports the sentence it ends or, when it stands mid-sentence, the clause since
the sentence start or since the previous citation.  Every sentence becomes at
least one claim, sourced or not, so that unsourced statements are visible.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import attrs
import regex

from provenance import patterns
from provenance.model import Attribution, Citation, Claim, Span

__all__ = ["HEDGES", "HEDGE_NEEDLES", "attach", "bind", "is_hedged"]

#: Cues that a statement is reported second-hand or not vouched for: the
#: claim-level ``hedged`` flag (lint PV103, the report's "hedged" column).
#: One phrase a line, matched case-insensitively on word boundaries.  The
#: comparator's stance lexicon (``data/hedge_cues.txt``) is deliberately
#: broader: it also counts reporting verbs ("says", "claims") that leave a
#: headline neutral toward a claim, which would make every attributed
#: sentence "hedged" here.
HEDGES = (
    "reportedly",
    "allegedly",
    "purportedly",
    "supposedly",
    "ostensibly",
    "reports emerged",
    "reports have emerged",
    "reports suggest",
    "reports said",
    "unconfirmed reports?",
    "it is said",
    "(?:is|are|was|were) said to",
    "(?:is|are|was|were) (?:reported|rumou?red|believed|thought|alleged) to",
    "it is (?:reported|rumou?red|believed|alleged|claimed) that",
    "rumou?rs? (?:have |has )?(?:emerged|circulated|spread)",
    "according to (?:unconfirmed|unverified) reports",
    "could not be (?:independently )?(?:verified|confirmed)",
)

# Any hedge, as a whole word or phrase.
#   "and reportedly landed in Norland" -> "reportedly"
HEDGE = regex.compile(
    r"""
    (?<!\w)                 # starts a word
    (?:{alternatives})      # one of HEDGES, longest first
    (?!\w)                  # ends a word
    """.replace("{alternatives}", "|".join(h.replace(" ", r"\s+") for h in sorted(HEDGES, key=len, reverse=True))),
    regex.VERBOSE | regex.IGNORECASE,
)

#: Every phrase of :data:`HEDGES` contains one of these (lower case), so text
#: whose case-folded form has none of them carries no hedge, and the pattern,
#: which tries every position, need not run (most sentences).  Case folding
#: is what makes this sound: every character that :data:`HEDGE` matches with
#: an ASCII letter, ignoring case, folds to that letter (the long s, U+017F,
#: to "s", the Kelvin sign to "k").  ``tests/test_claims.py`` checks the list against
#: the phrases.
HEDGE_NEEDLES = (
    "report",
    "alleg",
    "purport",
    "suppos",
    "ostensib",
    "said",
    "rumo",
    "believ",
    "thought",
    "claimed",
    "verified",
    "confirmed",
)


def is_hedged(text: str) -> bool:
    """Does ``text`` carry a hedge ("reportedly", "is said to", "reports emerged", …)?

    >>> is_hedged("He reportedly arrived on Monday.")
    True
    >>> is_hedged("He arrived on Monday.")
    False
    """
    folded = text.casefold()
    for needle in HEDGE_NEEDLES:  # a loop, not any(): this runs for every claim
        if needle in folded:
            return patterns.search(HEDGE, text) is not None
    return False


def bind(
    text: str,
    sentences: Iterable[Span],
    citations: Sequence[Citation],
    *,
    stem: str,
    article: int = 0,
    first_id: int = 1,
) -> list[Claim]:
    """Turn sentences and the citations inside them into claims, in document order.

    Args:
        text: the whole document text (offsets index it).
        sentences: sentence spans, in order.
        citations: citations found in those sentences, in order.
        stem: the document's name, used in claim ids (``stem:n``).
        article: index of the article the sentences belong to.
        first_id: number of the first claim.

    Returns:
        Claims whose text excludes the citations that support them.

    >>> t = "Troops left (AP, May 2), and rain fell (BBC, May 3). It was cold."
    >>> from provenance.model import Source
    >>> cs = [Citation(13, 22, "AP, May 2", Source("AP"), paren_start=12, paren_end=23),
    ...       Citation(40, 50, "BBC, May 3", Source("BBC"), paren_start=39, paren_end=51)]
    >>> [(c.text, [e.raw for e in c.evidence]) for c in bind(t, [Span(0, 52), Span(53, 65)], cs, stem="t")]
    [('Troops left', ['AP, May 2']), ('and rain fell', ['BBC, May 3']), ('It was cold.', [])]
    """
    claims: list[Claim] = []
    index = 0
    n = first_id
    for sentence in sentences:
        while index < len(citations) and citations[index].paren_start < sentence.start:
            index += 1
        inside: list[Citation] = []
        while index < len(citations) and citations[index].paren_end <= sentence.end:
            inside.append(citations[index])
            index += 1
        for start, end, evidence in _clauses(text, sentence, inside):
            claims.append(
                Claim(
                    id=f"{stem}:{n}",
                    start=start,
                    end=end,
                    text=text[start:end],
                    evidence=evidence,
                    hedged=is_hedged(text[start:end]),
                    article=article,
                    sentence_start=sentence.start,
                    sentence_end=sentence.end,
                )
            )
            n += 1
    return claims


def attach(claims: Sequence[Claim], attributions: Iterable[Attribution]) -> list[Claim]:
    """Add each attribution to every claim its content covers, keeping claims' citations.

    An attribution is one attributed statement: a quotation over several
    sentences (``"We will not leave," the mayor said. "Not this week."``) is
    the mayor's in each of its sentences, so each claim that the content
    overlaps carries the attribution; content that begins in a gap between
    claims (an opening quote, a citation) belongs to the next claim.

    An attribution whose claim also carries citations is that speaker's
    statement *as carried by* the cited outlet: its ``via`` names the first
    cited source unless the attribution already names one (``in an op-ed for X``).

    Args:
        claims: claims of one article, in document order.
        attributions: attributions found in the same article.

    Returns:
        The claims, in the same order, with attributions added to their evidence
        in text order.

    >>> from provenance.model import Source
    >>> t = "“We will not leave,” the mayor said. “Not this week.” Rain fell."
    >>> cs = bind(t, [Span(0, 36), Span(37, 53), Span(54, 64)], [], stem="t")
    >>> said = Attribution(21, 30, Source("the mayor"), "said", 31, 35, 0, 53)
    >>> [[e.cue for e in c.evidence] for c in attach(cs, [said])]
    [['said'], ['said'], []]
    """
    claims = list(claims)
    starts = [c.start for c in claims]
    extra: dict[int, list[Attribution]] = {}
    for a in attributions:
        for i in _claims_in(claims, starts, a.content_start, a.content_end):
            extra.setdefault(i, []).append(a)
    for i, found in extra.items():
        claim = claims[i]
        cited = [c for c in claim.citations if c.source.name]  # a date alone names no outlet
        if cited:
            via = cited[0].source.name
            found = [a if a.via or a.source.name == via else attrs.evolve(a, via=via) for a in found]
        evidence = sorted((*claim.evidence, *found), key=lambda e: (e.start, e.end))
        claims[i] = attrs.evolve(claim, evidence=evidence)
    return claims


def _claims_in(claims: Sequence[Claim], starts: list[int], start: int, end: int) -> range:
    """Indexes of the claims that content ``start..end`` covers: the claim holding
    ``start`` (content that begins in a gap between claims, an opening quote or a
    citation, belongs to the next claim) and every later claim that begins before ``end``."""
    i = bisect.bisect_right(starts, start) - 1
    if not (i >= 0 and start < claims[i].end):
        if i + 1 < len(claims) and claims[i + 1].start < end:
            i += 1
        elif not (i >= 0 and start < claims[i].sentence_end):
            return range(0)
    last = bisect.bisect_left(starts, end) - 1
    return range(i, max(i, last) + 1)


def _clauses(text: str, sentence: Span, citations: Sequence[Citation]):
    """Yield ``(start, end, evidence)`` for each claim of one sentence.

    Each parenthetical closes the clause running from the previous one (or the
    sentence start); back-to-back parentheticals support the same clause; a
    parenthetical with no words before it supports the words after it.
    """
    pos = sentence.start
    pending: tuple[int, int, list[Citation]] | None = None
    leading: list[Citation] = []
    for paren_start, paren_end, items in _group_by_parenthesis(citations):
        start, end = _trim(text, pos, paren_start)
        if _has_words(text, start, end):
            if pending:
                yield pending[0], pending[1], tuple(pending[2])
            pending = (start, end, leading + items)
            leading = []
        elif pending:
            pending[2].extend(items)
        else:
            leading.extend(items)
        pos = paren_end
    if pending:
        yield pending[0], pending[1], tuple(pending[2])
    start, end = _trim(text, pos, sentence.end)
    if _has_words(text, start, end):
        yield start, end, tuple(leading)


def _group_by_parenthesis(citations: Sequence[Citation]):
    groups: list[tuple[int, int, list[Citation]]] = []
    for c in citations:
        if groups and groups[-1][0] == c.paren_start:
            groups[-1][2].append(c)
        else:
            groups.append((c.paren_start, c.paren_end, [c]))
    return groups


#: Characters trimmed from the ends of a claim: white space and the commas,
#: semicolons and dashes that joined it to the next clause.
_TRIM = " \t\r\n\u00a0,;:—–-"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in _TRIM or text[start] in ".)]"):
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _has_words(text: str, start: int, end: int) -> bool:
    return end > start and any(ch.isalnum() for ch in text[start:end])
