"""Stories: the claims that stand alone, grouped by what they tell.

A rumour is told by many headlines, and denied by a few; a denial and a report
of one rumour often share little wording ("Woman has third breast implanted" /
"Three-breasted woman a hoax"), while the reports share much with each other.
Grouping the claims into stories lets a denial reach every report of its story
through the reports it resembles (:mod:`provenance.compare.story`).

* The graph: two claims are linked by their idf-weighted cosine
  (:meth:`~provenance.compare.story.StoryIndex.similarity`) when they share a
  token held by at most ``max_block`` claims (an inverted index: the cost grows
  with the blocks, not with the square of the claims).
* The grouping: average-link agglomerative clustering.  Two stories merge while
  the mean similarity of all their cross pairs (a missing link counting 0) is at
  least the threshold.  A single shared name links two claims but does not merge
  two stories: every claim of one must on average resemble every claim of the
  other, so stories do not chain through one person or one place.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping

#: Mean similarity from which two groups of claims are one story.  On half of the
#: Emergent rumours (bench/train_story.py), 0.12 kept most reports of a rumour together while
#: splitting rumours about one person or one company; lower merged them, higher split rumours.
STORY_SIMILARITY = 0.12


def average_link(
    nodes: Iterable[int], graph: Mapping[int, Mapping[int, float]], threshold: float = STORY_SIMILARITY
) -> dict[int, frozenset[int]]:
    """Group ``nodes`` into stories by average-link clustering over a sparse similarity ``graph``.

    Args:
        nodes: the claims to group.
        graph: claim -> {linked claim: similarity}, symmetric; a missing link is similarity 0.
        threshold: two groups merge while the mean similarity of their cross pairs is at least this.

    Returns:
        Each node -> the members of its story (itself included).

    >>> g = {1: {2: 0.5}, 2: {1: 0.5, 3: 0.05}, 3: {2: 0.05}}
    >>> sorted(average_link([1, 2, 3], g, 0.1)[1])
    [1, 2]
    >>> sorted(average_link([1, 2, 3], g, 0.1)[3])
    [3]
    """
    groups = {n: {n} for n in nodes}
    total: dict[tuple[int, int], float] = {}
    links: dict[int, set[int]] = {n: set() for n in groups}
    for i, row in graph.items():
        for j, s in row.items():
            if i < j and i in groups and j in groups:
                total[(i, j)] = s
                links[i].add(j)
                links[j].add(i)
    heap = [(-s, a, b) for (a, b), s in total.items()]
    heapq.heapify(heap)
    while heap:
        score, a, b = heapq.heappop(heap)
        if a not in groups or b not in groups or -score < threshold:
            if -score < threshold:
                break
            continue
        if total.get((a, b), 0.0) / (len(groups[a]) * len(groups[b])) != -score:
            continue  # a stale entry: one of the groups grew since
        groups[a] |= groups.pop(b)
        total.pop((a, b))
        for c in links.pop(b) - {a}:
            s = total.pop((min(b, c), max(b, c)))
            key = (min(a, c), max(a, c))
            total[key] = total.get(key, 0.0) + s
            links[c].discard(b)
            links[c].add(a)
            links[a].add(c)
        links[a].discard(b)
        for c in links[a]:
            key = (min(a, c), max(a, c))
            heapq.heappush(heap, (-total[key] / (len(groups[a]) * len(groups[c])), *key))
    out: dict[int, frozenset[int]] = {}
    for members in groups.values():
        frozen = frozenset(members)
        for n in members:
            out[n] = frozen
    return out
