"""Quantity mismatch: counts of the same event and counted thing that cannot both be true."""

from __future__ import annotations

import math

from provenance.compare.independence import known_outlet
from provenance.compare.keys import word_key
from provenance.compare.statement import Statement, Verdict, subject_phrase
from provenance.features.quantities import Quantity
from provenance.features.text import stem
from provenance.model import Kind, RelationType


def quantity_mismatch(
    a: Statement, b: Statement, shared: frozenset[str], sim: float, *, strict: bool
) -> Verdict | None:
    if a.f.modal or b.f.modal:
        return None
    if strict:
        # The occasion is named by the claim, not by who reports it ("..., Reuters said").
        shared = frozenset(k for k in shared - _source_names(a) - _source_names(b) if not known_outlet(k))
    for qa in a.f.quantities:
        for qb in b.f.quantities:
            if not (qa.event and qa.event == qb.event and qa.noun and qa.noun == qb.noun and qa.noun != "them"):
                continue
            if qa.percent != qb.percent or qa.aggregate != qb.aggregate or qa.compatible(qb):
                continue  # a total over a period is no count of one occasion
            if strict and (qa.aggregate or qb.aggregate):
                continue  # totals over periods ("since 2009", "this year") need the same period, which is not known
            if strict and (qa.partial or qb.partial):
                continue  # "eight more", "including 60": a part says nothing of the whole
            # The same occasion: a name and a content word besides the count in common, or four words.
            others = (a.words & b.words) - {word_key(qa.noun), word_key(stem(qa.event)), "@dead"} - a.name_words
            if strict and not ((shared and len(others) >= 1) or len(others) >= 4):
                continue
            if not strict and not (shared or others):
                continue
            lo = max(qa.low, qb.low)
            hi = min(qa.high, qb.high)
            gap = (lo - hi) / lo if lo > 0 else 1.0
            score = 0.55 + 0.25 * min(1.0, gap) + (0.1 if shared else 0.0) + 0.05 * min(1.0, sim * 2)
            return Verdict(
                RelationType.CONTESTED,
                Kind.QUANTITY,
                round(min(score, 0.95), 3),
                f"a: {_describe(qa)}, b: {_describe(qb)}{subject_phrase(b, shared)}",
            )
    return None


def _source_names(view: Statement) -> frozenset[str]:
    return frozenset(k.removeprefix("name:") for k in view.sources if k.startswith("name:"))


def _describe(q: Quantity) -> str:
    def num(x: float) -> str:
        return "inf" if math.isinf(x) else (str(int(x)) if x == int(x) else f"{x:g}")

    value = q.text if q.exact else f"{q.text} ({num(q.low)}-{num(q.high)})"
    return f"{value} {q.noun} {q.event}"
