"""Blocking: which pairs of claims are worth judging.

A claim's blocking keys are its canonical entity keys and counted things
(``#killed/miner``), which pair two claims when they share one, and its
content words (``~selfi``), which pair two claims when they share
:data:`WORDS_TO_MEET` of them (two headlines about one rumour need not share
a name: "Woman has third breast implanted" / "Three-breasted woman a hoax").
A key shared by more than ``max_block`` claims is a *stop-key* (``River
Guard`` in a corpus about Calder, ``~report``) and pairs no one.  An anaphoric
denial ("denied those reports") also meets the nearest earlier claim of its
article that shares a name.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence

import attrs
import regex

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


#: Prefix of a content-word key: such keys pair two claims only when they share several.
WORD_KEY = "~"
#: Content-word keys two claims must share to meet through words alone.
WORDS_TO_MEET = 2
#: Joins a name that is a stop-key and a content word into a compound key (``isis&~border``).
COMPOUND = "&"


def blocking_keys(claim: PreparedClaim) -> frozenset[str]:
    """The keys under which a prepared claim meets others: entity keys, counted things and content words.

    Args:
        claim: a claim from :func:`~provenance.compare.prepare`.

    Returns:
        Canonical entity keys (speakers included), ``#event/noun`` keys of its
        counts, and ``~word`` keys of its content words (names aside, they are keys
        already, unless the claim is in title case, where names run into other words).
    """
    view = claim.view
    return (
        frozenset(view.keys)
        | {q.blocking_key for q in view.f.quantities if q.blocking_key}
        | {WORD_KEY + w for w in (view.words if view.title_case else view.words - view.name_words)}
    )


def block_pairs(
    index: Mapping[str, Sequence[int]], *, max_block: int = 50, stats: Stats | None = None
) -> tuple[set[tuple[int, int]], list[str]]:
    """The pairs of claims that share a key (or :data:`WORDS_TO_MEET` word keys), and the stop-keys left out.

    Args:
        index: blocking key -> the indexes of the claims that have it, ascending.
        max_block: a key shared by more claims than this is a stop-key.
        stats: an accumulator for the counts of blocks and stop-keys.

    Returns:
        ``(pairs, stop_keys)``: pairs ``(i, j)`` with ``i < j``; stop-keys in key order.

    >>> block_pairs({"ruiz": [0, 2], "calder": [0, 1, 2], "#killed/miner": [1]}, max_block=2)
    ({(0, 2)}, ['calder'])
    >>> block_pairs({"~selfi": [0, 1, 2], "~doctor": [1, 2], "~biopsi": [0, 3]})
    ({(1, 2)}, [])
    """
    pairs: set[tuple[int, int]] = set()
    words: dict[tuple[int, int], int] = {}
    stop: list[str] = []
    index = {**index, **_compound_keys(index, max_block)}
    for key in sorted(index):
        members = index[key]
        if len(members) > max_block:
            stop.append(key)
            continue
        if len(members) < 2:
            continue
        if stats is not None:
            stats.blocks += 1
        weak = key.startswith(WORD_KEY)
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pair = (members[x], members[y])
                if not weak:
                    pairs.add(pair)
                else:
                    words[pair] = words.get(pair, 0) + 1
    pairs.update(p for p, n in words.items() if n >= WORDS_TO_MEET)
    return pairs, stop


def _compound_keys(index: Mapping[str, Sequence[int]], max_block: int) -> dict[str, list[int]]:
    """Keys that split a name shared by too many claims: the name with each content word of a claim.

    "ISIS" in a corpus about ISIS pairs no one, but "ISIS" with "~border" pairs
    the claims about ISIS and a border.
    """
    stops = {k for k, m in index.items() if len(m) > max_block}
    if not any(not k.startswith(WORD_KEY) for k in stops):
        return {}
    keys_of: dict[int, list[str]] = {}
    for key, members in index.items():
        for m in members:
            keys_of.setdefault(m, []).append(key)
    out: dict[str, list[int]] = {}
    for m in sorted(keys_of):
        for key in compound_keys(keys_of[m], stops):
            out.setdefault(key, []).append(m)
    return out


def compound_keys(keys: Iterable[str], stops: Container[str]) -> list[str]:
    """The compound keys of a claim: each of its stop-keys that is a name with each of its words that is not a stop-key.

    A compound key pairs the claims that share both its parts (and is a
    stop-key in turn when too many do).

    Args:
        keys: the claim's :func:`blocking_keys`.
        stops: the stop-keys of the corpus (keys shared by more than ``max_block`` claims).

    Returns:
        ``name&~word`` keys, sorted.

    >>> compound_keys({"isis", "iraq", "~border", "~report"}, {"isis", "~report"})
    ['isis&~border']
    """
    keys = sorted(keys)
    words = [k for k in keys if k.startswith(WORD_KEY) and k not in stops]
    return [f"{name}{COMPOUND}{w}" for name in keys if name in stops and not name.startswith(WORD_KEY) for w in words]


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


# A report, rumour or accusation in a claim: what a "denied the report" points back at.
REPORTED = regex.compile(
    r"\b(?:reports?|reported|reportedly|rumou?rs?|rumou?red|claims?|claimed|allegations?|alleged|allegedly|"
    r"accusations?|accused|story|stories|said\s+to|according\s+to)\b",
    regex.IGNORECASE,
)


def _reports(item: PreparedClaim) -> bool:
    return bool(item.claim.attributions or item.claim.citations or REPORTED.search(item.claim.text))


def anaphoric_pairs(items: Sequence[PreparedClaim], window: int = 3) -> set[tuple[int, int]]:
    """``(a, b)`` pairs where ``b`` denies "those reports" and ``a`` is the nearest earlier claim sharing a name."""
    out = set()
    for b in items:
        if not b.view.denials or not b.view.report_objects:
            continue
        if not any(object_after(b.view, c) or c.start == c.end for c in b.view.denials):
            continue
        candidates = []
        for k in range(b.index - 1, max(-1, b.index - 1 - window), -1):
            a = items[k]
            if a.doc != b.doc or a.claim.article != b.claim.article:
                break
            if a.view.targets or a.view.f.denials:
                continue  # a denial is on the denier's side, not what it points back to
            if a.view.keys & b.view.keys:
                candidates.append(a)
        # "Denied the report" points back at a report: the nearest claim that reports something
        # ("reports said", "an accusation that", "reportedly"), else the nearest one.
        reports = [a for a in candidates if _reports(a)]
        if candidates:
            out.add(((reports or candidates)[0].index, b.index))
    return out
