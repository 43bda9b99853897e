"""Comparing the claims of many documents: prepare, block, judge each candidate pair."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol

from provenance.compare.blocking import Stats, candidate_pairs
from provenance.compare.copies import copies
from provenance.compare.judge import judge_pair
from provenance.compare.prepare import Documents, prepare
from provenance.compare.statement import MIN_SCORE
from provenance.compare.story import story_relations
from provenance.model import Relation


def compare_documents(
    claims_by_doc: Documents,
    *,
    published: Mapping[str | None, str | None] | None = None,
    max_block: int = 50,
    max_days: int = 30,
    window: int = 3,
    min_score: float = MIN_SCORE,
    stats: Stats | None = None,
    story: bool = True,
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
        story: also report the denials of a story that the rules do not relate
            (:mod:`provenance.compare.story`, a learned model).

    Returns:
        Contested and corroborated relations, ranked by :func:`rank`: highest
        score first, then by the position of ``a`` and ``b`` (documents in the
        order given).

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
    candidates = candidate_pairs(items, max_block=max_block, window=window, stats=stats)
    found: list[tuple[int, int, Relation]] = []
    for i, j in candidates.pairs:
        r = judge_pair(
            items[i], items[j], anaphora=(i, j) in candidates.anaphoric, max_days=max_days, min_score=min_score
        )
        if r is not None:
            found.append((i, j, r))
    if story:
        found += [
            t
            for t in story_relations(items, skip={(i, j) for i, j, _ in found}, max_block=max_block)
            if t[2].score >= min_score
        ]
    return [r for _, _, r in rank(items, found)]


class Ranked(Protocol):
    """What :func:`rank` reads of a claim: its document and the marks of a copy
    (a :class:`~provenance.compare.prepare.PreparedClaim` has them)."""

    @property
    def doc_index(self) -> int: ...
    @property
    def shingles(self) -> frozenset[int]: ...
    @property
    def marks(self) -> frozenset[str]: ...


def rank(items: Sequence[Ranked], found: Sequence[tuple[int, int, Relation]]) -> list[tuple[int, int, Relation]]:
    """The relations worth showing, best first: copies folded, fan-out collapsed.

    * A relation across two documents is dropped when one of them holds a copy
      of the other's claim (the dispute is inside one copy of a wire story), and
      a relation between copies of two claims already related is dropped.
    * A claim's relations of one type to the claims of one other document are
      collapsed to the best one (a denial does not pair with every sentence of
      a report), and likewise within its own document.

    Args:
        items: the prepared claims (or what :class:`Ranked` reads of them), in corpus order.
        found: ``(i, j, relation)`` for each related pair of ``items``.

    Returns:
        The ``(i, j, relation)`` kept, highest score first, then by the position of ``a`` and ``b``.
    """
    twins = copies([it.shingles for it in items], [it.marks for it in items])
    docs_of_copies = {i: {items[k].doc_index for k in ks} for i, ks in twins.items()}
    # A claim and its copies count as one: the first of them stands for all.
    rep = {i: min(ks | {i}) for i, ks in twins.items()}
    kept: list[tuple[int, int, Relation]] = []
    taken: set[tuple[int, int, str]] = set()
    seen: set[frozenset[int]] = set()
    for i, j, r in sorted(found, key=lambda t: (-t[2].score, t[0], t[1])):
        a, b = items[i], items[j]
        if a.doc_index != b.doc_index and (
            b.doc_index in docs_of_copies.get(i, ()) or a.doc_index in docs_of_copies.get(j, ())
        ):
            continue
        keys = {(i, b.doc_index, str(r.relation)), (j, a.doc_index, str(r.relation))}
        if keys & taken:
            continue
        taken |= keys
        # Both claims copied (a wire story and its reprint): the relation is found once.
        family = frozenset((rep[i], rep[j])) if i in rep and j in rep else None
        if family is not None and family in seen:
            continue
        if family is not None:
            seen.add(family)
        kept.append((i, j, r))
    return kept
