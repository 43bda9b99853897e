"""What a story denial's score means: how often the model's pairs of its probability were right.

The story model (:mod:`provenance.compare.story`) gives each pair a probability,
fitted on the candidate pairs of the Emergent rumours.  That probability is not
the share of the *reported* pairs that are right, on rumours the model never
saw: the pairs it reports have passed the checks that follow it (a copy, one
voice disputing itself, a claim's relations to one document folded into the
best), and a model is surer of the rumours it was fitted on than of others.
A score must mean how often it is right (see :mod:`provenance.compare.calibration`
for the rules' relations), so the reported score is read from a table written by
``bench/train_story.py``: the pairs reported with out-of-fold probabilities (each
rumour scored by a model fitted without it) counted by band of probability,
right and in all (``provenance/data/story_scores.tsv``, never edited by hand).

* A band's score is its share right with the band's middle probability as a
  prior worth :data:`PRIOR_WEIGHT` pairs, so a band of few pairs moves towards
  what was counted, not all the way.
* The scores are made non-decreasing in the probability (pool adjacent
  violators, weighted by the pairs counted): a more probable pair never scores
  lower than a less probable one.
* No score exceeds :data:`MAX_SCORE`: out of fold, its most probable pairs
  were right 88 to 95 times in 100, short of the 9 in 10 a confident finding
  (score 0.8) promises on real articles, where no story denial was read.
* A probability under the table's lowest band keeps its probability as score.

>>> t = ScoreTable.from_rows([("0.4", "7", "10"), ("0.5", "6", "10"), ("0.6", "30", "32")])
>>> t.score(0.42), t.score(0.55), t.score(0.97), t.score(0.3)
(0.6, 0.6, 0.75, 0.3)
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence

import attrs

from provenance import lexicon

__all__ = ["BAND", "MAX_SCORE", "PRIOR_WEIGHT", "TABLE", "ScoreTable", "bands", "score_table"]

#: The width of a band of probability: about 20 to 50 reported pairs in each band under 0.75 out of
#: fold, enough to count a share; narrower bands held a handful of pairs each.
BAND = 0.05
#: How many pairs a band's middle probability counts as (a Beta prior centred on it), as for the rules.
PRIOR_WEIGHT = 4
#: The highest score of a story denial (see the module doc).
MAX_SCORE = 0.75
#: The shipped table.
TABLE = "story_scores.tsv"


def bands(pairs: Iterable[tuple[float, bool]]) -> list[tuple[float, int, int]]:
    """Count reported pairs ``(probability, right)`` by band: ``(lowest probability, right, pairs)``, ascending.

    >>> bands([(0.41, True), (0.44, False), (0.52, True)])
    [(0.4, 1, 2), (0.5, 1, 1)]
    """
    counts: dict[float, list[int]] = {}
    for p, right in pairs:
        low = round(math.floor(p / BAND + 1e-9) * BAND, 2)  # 0.3 / 0.05 is 5.999...: band 0.3
        c = counts.setdefault(low, [0, 0])
        c[0] += int(right)
        c[1] += 1
    return [(low, r, n) for low, (r, n) in sorted(counts.items())]


def _pooled(values: Sequence[float], weights: Sequence[float]) -> list[float]:
    """``values`` made non-decreasing by pooling adjacent violators (weighted means)."""
    blocks: list[list[float]] = []  # [value, weight, count]
    for v, w in zip(values, weights, strict=True):
        blocks.append([v, w, 1])
        while len(blocks) > 1 and blocks[-2][0] > blocks[-1][0]:
            b = blocks.pop()
            a = blocks[-1]
            a[0] = (a[0] * a[1] + b[0] * b[1]) / (a[1] + b[1])
            a[1] += b[1]
            a[2] += b[2]
    return [v for v, _, n in blocks for _ in range(int(n))]


@attrs.frozen
class ScoreTable:
    """The reported pairs (out of fold) by band of probability, and the scores they give."""

    rows: tuple[tuple[float, int, int], ...] = ()
    """``(lowest probability of the band, pairs right, pairs)``, ascending."""
    scores: tuple[float, ...] = attrs.field(init=False)
    """Each band's score (see the module doc)."""

    def __attrs_post_init__(self) -> None:
        raw = [(r + PRIOR_WEIGHT * (low + BAND / 2)) / (n + PRIOR_WEIGHT) for low, r, n in self.rows]
        pooled = _pooled(raw, [n + PRIOR_WEIGHT for _, _, n in self.rows])
        object.__setattr__(self, "scores", tuple(round(min(MAX_SCORE, s), 3) for s in pooled))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, ...]]) -> ScoreTable:
        """A table from rows ``lowest probability, right, pairs`` (the data file's fields).

        Raises:
            ValueError: a row without three fields, a count that is not a whole number, more right
                than counted, or bands out of order.
        """
        out = []
        for row in rows:
            if len(row) != 3:
                raise ValueError(f"a story score row needs 3 fields (probability, right, pairs), not {row!r}")
            low, right, n = float(row[0]), int(row[1]), int(row[2])
            if not 0 <= right <= n:
                raise ValueError(f"a story score band counts {right} right of {n} pairs")
            out.append((low, right, n))
        if [r[0] for r in out] != sorted({r[0] for r in out}):
            raise ValueError("the story score bands must be ascending and distinct")
        return cls(tuple(out))

    def score(self, probability: float) -> float:
        """The score of a reported pair of this probability (see the module doc)."""
        k = next((x for x in range(len(self.rows) - 1, -1, -1) if self.rows[x][0] <= probability + 1e-9), None)
        if k is None:
            return round(min(MAX_SCORE, probability), 3)
        return self.scores[k]

    def dumps(self) -> str:
        """The table as the text of its data file."""
        lines = [
            "# Story denials reported out of fold, by band of the model's probability: written by",
            "# bench/train_story.py --write (never edited by hand).  See provenance/compare/story_scores.py.",
            "# lowest probability <TAB> right <TAB> pairs",
        ]
        lines += [f"{low:.2f}\t{r}\t{n}" for low, r, n in self.rows]
        return "\n".join(lines) + "\n"


@functools.cache
def score_table() -> ScoreTable:
    """The shipped table (``provenance/data/story_scores.tsv``)."""
    return ScoreTable.from_rows(lexicon.rows(TABLE))
