"""Near-duplicate statements: syndicated wire copy, reprints, a quotation repeated.

A statement and its copy are one account, not two: they neither contest nor
corroborate each other, and a dispute found inside one copy of a wire story
is not found again across its reprints.

Statements are compared on their word 5-gram shingles (hashed): two are copies
when the Jaccard similarity of their shingle sets reaches
:data:`COPY_JACCARD`, or when the shorter one's shingles are nearly all in the
longer one (:data:`COPY_CONTAINMENT`: a sentence quoted inside another).
Statements shorter than five words are one shingle of all their words.  To
find copies among many statements without comparing all pairs, each statement
looks up the :data:`SKETCH` smallest hashes of its shingles (a bottom-k
MinHash sketch) among the shingles of all statements: a copy, or a longer
statement holding it, has some of them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import regex

__all__ = ["COPY_CONTAINMENT", "COPY_JACCARD", "SHINGLE", "copies", "is_copy", "marks", "shingles"]

#: Words in a shingle.
SHINGLE = 5
#: Jaccard similarity of shingle sets from which two statements are copies.
COPY_JACCARD = 0.5
#: Share of the shorter statement's shingles found in the longer one from which it is a copy.
COPY_CONTAINMENT = 0.8
#: Smallest shingle hashes of a statement looked up among all shingles, to find its copies.
SKETCH = 4
#: Statements holding one shingle past which it is a stock phrase, not a sign of a copy.
MAX_HOLDERS = 200

# A word for shingling: letters and digits, case and punctuation ignored.
SHINGLE_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def shingles(text: str) -> frozenset[int]:
    """Hashes of the word 5-grams of ``text`` (one of all its words when it has fewer).

    >>> len(shingles("The mayor denied the reports on Monday.")), len(shingles("Denied."))
    (3, 1)
    """
    words = [w.casefold() for w in SHINGLE_WORD.findall(text)]
    if not words:
        return frozenset()
    if len(words) < SHINGLE:
        return frozenset({_hash(" ".join(words))})
    return frozenset(_hash(" ".join(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


# What a copy may not change: its numbers, its negations ("killed 12" / "killed 40" are
# two versions of a count, not one text twice) and its question mark (a question asks what
# the other asserts: "Acme to close the plant?" is no copy of "Acme to close the plant").
#   "Twelve people did not die" -> {"twelve", "not"}
MARK = regex.compile(
    r"\d+(?:[.,]\d+)*|\b(?:not|no|never|none|nobody|nothing|neither|nor|without|cannot)\b|n't\b|\?"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?)\b",
    regex.IGNORECASE,
)


def marks(text: str) -> frozenset[str]:
    """The numbers, negations and question marks of ``text``: two texts that differ in them are no copies.

    >>> sorted(marks("Twelve people did not die, not 40."))
    ['40', 'not', 'twelve']
    """
    return frozenset(m.group().casefold() for m in MARK.finditer(text))


def is_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    """Are two statements, given by their :func:`shingles`, copies of one text?

    >>> a = shingles("Ruiz denied the reports that she had fled the city, her office said on Monday.")
    >>> is_copy(a, shingles("Ruiz denied the reports that she had fled the city, her office said on Monday night."))
    True
    >>> is_copy(a, shingles("Ruiz said on Monday that she had never left the city."))
    False
    """
    if not a or not b:
        return False
    common = len(a & b)
    if not common:
        return False
    return common / len(a | b) >= COPY_JACCARD or common / min(len(a), len(b)) >= COPY_CONTAINMENT


def copies(sets: Sequence[frozenset[int]], marked: Sequence[frozenset[str]] | None = None) -> dict[int, frozenset[int]]:
    """For each statement with a copy among ``sets``, the indexes of its copies.

    Args:
        sets: the :func:`shingles` of each statement.
        marked: the :func:`marks` of each statement, when given: statements that
            differ in them are no copies.

    Returns:
        Index -> the other indexes that are copies of it (statements without one are absent).

    >>> copies([shingles("Officials said the bridge was closed on Monday after the storm."),
    ...         shingles("The minister resigned."),
    ...         shingles("Officials said the bridge was closed on Monday after the storm, AFP reported.")])
    {0: frozenset({2}), 2: frozenset({0})}
    """
    holders: dict[int, list[int]] = {}
    for i, s in enumerate(sets):
        for h in s:
            holders.setdefault(h, []).append(i)
    found: dict[int, set[int]] = {}
    for i, s in enumerate(sets):
        for h in sorted(s)[:SKETCH]:
            others = holders[h]
            if len(others) > MAX_HOLDERS:
                continue  # a stock phrase ("according to a statement from the"), not a copy
            for j in others:
                if marked is not None and marked[i] != marked[j]:
                    continue
                if j != i and j not in found.get(i, ()) and is_copy(s, sets[j]):
                    found.setdefault(i, set()).add(j)
                    found.setdefault(j, set()).add(i)
    return {i: frozenset(v) for i, v in sorted(found.items())}
