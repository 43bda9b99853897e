"""Comparing the claims of many documents: prepare, block, judge each candidate pair."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from provenance.compare.blocking import Stats, candidate_pairs
from provenance.compare.judge import judge_pair
from provenance.compare.prepare import Documents, PreparedClaim, prepare
from provenance.compare.statement import MIN_SCORE
from provenance.model import Kind, Relation, RelationType


def compare_documents(
    claims_by_doc: Documents,
    *,
    published: Mapping[str | None, str | None] | None = None,
    max_block: int = 50,
    max_days: int = 30,
    window: int = 3,
    min_score: float = MIN_SCORE,
    stats: Stats | None = None,
) -> list[Relation]:
    """Find contested and corroborated pairs among the claims of many documents.

    Args:
        claims_by_doc: document path -> its claims (or the :class:`Document`),
            or an iterable of documents.  Claims are taken in document order.
        published: document path -> ISO published date, for claims without a
            dated citation (documents given as :class:`Document` bring their own).
        max_block: a blocking key shared by more claims than this is a stop-key.
        max_days: claims further apart in time are not contradictions.
        window: how many claims back an anaphoric denial ("those reports") looks.
        min_score: relations scoring lower are dropped.
        stats: an accumulator that receives counts of what was done.

    Returns:
        Contested and corroborated relations, ordered by the position of ``a``
        then ``b`` (documents in the order given).

    >>> from provenance.model import Claim, Citation, Source
    >>> def claim(n, text, source, date):
    ...     c = Citation(0, 1, source, Source(source), date)
    ...     return Claim(f"d:{n}", 0, len(text), text, (c,))
    >>> rels = compare_documents({"d.txt": [
    ...     claim(1, "Reports emerged that Ruiz had fled Calder", "Kestrel News", "2019-10-08"),
    ...     claim(2, "Ruiz denied those reports", "Twitter/@x", "2019-10-08")]})
    >>> [(str(r.relation), str(r.kind), r.a.claim, r.b.claim) for r in rels]
    [('contested', 'denial', 'd:1', 'd:2')]
    """
    stats = stats if stats is not None else Stats()
    items = prepare(claims_by_doc, published=published)
    stats.claims += len(items)
    found: list[tuple[int, int, Relation]] = [(it.index, it.index, r) for it, r in self_corroborations(items)]
    candidates = candidate_pairs(items, max_block=max_block, window=window, stats=stats)
    for i, j in candidates.pairs:
        r = judge_pair(
            items[i], items[j], anaphora=(i, j) in candidates.anaphoric, max_days=max_days, min_score=min_score
        )
        if r is not None:
            found.append((i, j, r))
    found.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in found]


def self_corroborations(items: list[PreparedClaim]) -> list[tuple[PreparedClaim, Relation]]:
    """A claim citing two independent sources at once corroborates itself."""
    out = []
    for it in items:
        by_key: dict[str, str] = {}
        for c in it.claim.citations:
            by_key.setdefault(c.source.key, c.source.name)
        if len(by_key) < 2:
            continue
        names = list(by_key.values())
        a = attrs.evolve(it.side, sources=(names[0],))
        b = attrs.evolve(it.side, sources=tuple(names[1:]))
        out.append(
            (
                it,
                Relation(
                    RelationType.CORROBORATED,
                    Kind.AGREEMENT,
                    0.8,
                    a,
                    b,
                    f"one claim, independent sources: {'; '.join(names)}",
                ),
            )
        )
    return out
