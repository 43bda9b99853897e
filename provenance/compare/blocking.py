"""Blocking: which pairs of claims are worth judging.

A claim's blocking keys are its canonical entity keys and counted things
(``#killed/miner``); claims meet only when they share a key.  A key shared by
more than ``max_block`` claims is a *stop-key* (``River Guard`` in a corpus
about Calder) and pairs no one.  An anaphoric denial ("denied those reports")
also meets the nearest earlier claim of its article that shares a name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import attrs

from provenance.compare.denial import object_after
from provenance.compare.prepare import PreparedClaim


@attrs.define
class Stats:
    """What :func:`~provenance.compare.compare_documents` did: an accumulator passed in by the caller."""

    claims: int = 0
    """Claims indexed."""
    keys: int = 0
    """Distinct blocking keys."""
    stop_keys: list[str] = attrs.Factory(list)
    """Keys skipped because too many claims share them."""
    blocks: int = 0
    """Blocks (keys) whose claims were paired."""
    comparisons: int = 0
    """Distinct pairs of claims scored."""


@attrs.frozen
class Candidates:
    """The pairs of claims to judge, as ``(i, j)`` indexes with ``i < j``."""

    pairs: tuple[tuple[int, int], ...]
    """Every pair to judge, sorted."""
    anaphoric: frozenset[tuple[int, int]]
    """The pairs where ``j`` denies "those reports" and ``i`` is what it points back to."""
    stop_keys: tuple[str, ...]
    """Keys shared by too many claims to pair them, sorted."""


def blocking_keys(claim: PreparedClaim) -> frozenset[str]:
    """The keys under which a prepared claim meets others: entity keys and counted things.

    Args:
        claim: a claim from :func:`~provenance.compare.prepare`.

    Returns:
        Canonical entity keys (speakers included) and ``#event/noun`` keys of its counts.
    """
    view = claim.view
    return frozenset(view.keys) | {q.blocking_key for q in view.f.quantities if q.blocking_key}


def block_pairs(
    index: Mapping[str, Sequence[int]], *, max_block: int = 50, stats: Stats | None = None
) -> tuple[set[tuple[int, int]], list[str]]:
    """The pairs of claims that share a key, and the stop-keys left out.

    Args:
        index: blocking key -> the indexes of the claims that have it, ascending.
        max_block: a key shared by more claims than this is a stop-key.
        stats: an accumulator for the counts of blocks and stop-keys.

    Returns:
        ``(pairs, stop_keys)``: pairs ``(i, j)`` with ``i < j``; stop-keys in key order.

    >>> block_pairs({"ruiz": [0, 2], "calder": [0, 1, 2], "#killed/miner": [1]}, max_block=2)
    ({(0, 2)}, ['calder'])
    """
    pairs: set[tuple[int, int]] = set()
    stop: list[str] = []
    for key in sorted(index):
        members = index[key]
        if len(members) > max_block:
            stop.append(key)
            continue
        if len(members) < 2:
            continue
        if stats is not None:
            stats.blocks += 1
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))
    return pairs, stop


def candidate_pairs(
    items: Sequence[PreparedClaim], *, max_block: int = 50, window: int = 3, stats: Stats | None = None
) -> Candidates:
    """The pairs of prepared claims to judge: shared keys (stop-keys skipped) and anaphoric denials.

    Args:
        items: prepared claims, ``items[k].index == k``.
        max_block: a key shared by more claims than this is a stop-key.
        window: how many claims back an anaphoric denial ("those reports") looks.
        stats: an accumulator that receives counts of keys, blocks and comparisons.

    Returns:
        The candidate pairs.
    """
    index: dict[str, list[int]] = {}
    for item in items:
        for key in sorted(blocking_keys(item)):
            index.setdefault(key, []).append(item.index)
    pairs, stop = block_pairs(index, max_block=max_block, stats=stats)
    antecedents = anaphoric_pairs(items, window)
    pairs |= antecedents
    if stats is not None:
        stats.keys += len(index)
        stats.stop_keys.extend(stop)
        stats.comparisons += len(pairs)
    return Candidates(tuple(sorted(pairs)), frozenset(antecedents), tuple(stop))


def anaphoric_pairs(items: Sequence[PreparedClaim], window: int = 3) -> set[tuple[int, int]]:
    """``(a, b)`` pairs where ``b`` denies "those reports" and ``a`` is the nearest earlier claim sharing a name."""
    out = set()
    for b in items:
        if not b.view.denials or not b.view.report_objects:
            continue
        if not any(object_after(b.view, c) or c.start == c.end for c in b.view.denials):
            continue
        for k in range(b.index - 1, max(-1, b.index - 1 - window), -1):
            a = items[k]
            if a.doc != b.doc or a.claim.article != b.claim.article:
                break
            if a.view.keys & b.view.keys:
                out.add((a.index, b.index))
                break
    return out
