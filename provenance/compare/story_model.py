"""The story model: boosted regression trees over the measures of a denial and a claim of its story.

A pair's probability of being a dispute is ``1 / (1 + exp(-z))``, where ``z`` is
a base value plus the sum of small regression trees, each a few splits on one
measure at a time ("similarity above 0.21", "the other claim asks").  Trees are
used rather than one weight per measure because the measures act together: a
close wording says little in a story of two claims and much in a story of
twenty; a weight per measure cannot say that, a split under a split can.

The model is fitted by :func:`fit` (gradient boosting with the logistic loss,
each tree grown on binned values of the measures, deterministic) in
``bench/train_story.py`` and shipped as text (``provenance/data/story_model.tsv``):
a ``base`` and a ``rate`` line, then each tree's nodes, one line each::

    tree    0
    0       similarity      0.21    1       2      # node 0 splits: x[similarity] <= 0.21 goes to node 1, else 2
    1       leaf    -0.35                           # node 1 is a leaf

>>> m = Model(0.0, 1.0, (((1, 0.5, 1, 2), (-2.0,), (2.0,)),), ("bias", "similarity"))
>>> round(m.probability((1.0, 0.2)), 3), round(m.probability((1.0, 0.9)), 3)
(0.119, 0.881)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

import attrs

__all__ = ["Model", "Node", "Scorer", "fit"]

#: A node of a tree: a split ``(feature index, threshold, left node, right node)``, or a leaf ``(value,)``.
Node = tuple[int, float, int, int] | tuple[float]

#: Rounds of boosting (trees), their depth, the learning rate, and the fewest rows a leaf holds: the
#: usual small settings for a few thousand rows, set before measuring.  Cross-validated by rumour on the
#: Emergent rumours (bench/train_story.py), 50 to 200 rounds and depths 2 to 4 moved the contested
#: table's precision and recall by 0.01 at most: the figures do not hang on these values.
ROUNDS, DEPTH, RATE, MIN_LEAF = 100, 3, 0.1, 10
#: The L2 penalty on a leaf's value (in rows' worth of curvature): a leaf of a few rows moves little.
LAMBDA = 1.0
#: Each measure's values are cut into at most this many bins (at its quantiles) where a split may fall.
BINS = 32


class Scorer(Protocol):
    """What scores a pair: the shipped :class:`Model`, or a stand-in when measuring (out-of-fold scores)."""

    def probability(self, x: Sequence[float]) -> float: ...


@attrs.frozen
class Model:
    """Boosted regression trees: ``z = base + rate * sum(tree(x))``, probability ``1 / (1 + exp(-z))``."""

    base: float
    """The log-odds before any tree (the share of disputes among the rows fitted)."""
    rate: float
    """What each tree's value counts for."""
    trees: tuple[tuple[Node, ...], ...]
    """The trees, each its nodes; node 0 is the root."""
    features: tuple[str, ...]
    """The names of the measures, in the order of a feature vector."""

    def probability(self, x: Sequence[float]) -> float:
        """The probability that the pair with the feature values ``x`` is a dispute."""
        z = self.base + self.rate * sum(_value(tree, x) for tree in self.trees)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def dumps(self) -> str:
        """The model as the text of its data file."""
        lines = [
            "# Boosted regression trees (logistic loss), written by bench/train_story.py; see",
            "# provenance/compare/story_model.py.  A split: node, feature, threshold (<= goes left), left, right.",
            f"base\t{self.base:.6f}",
            f"rate\t{self.rate:g}",
        ]
        for k, tree in enumerate(self.trees):
            lines.append(f"tree\t{k}")
            for n, node in enumerate(tree):
                if len(node) == 1:
                    lines.append(f"{n}\tleaf\t{node[0]:.6f}")
                else:
                    f, t, left, right = node
                    lines.append(f"{n}\t{self.features[int(f)]}\t{t:.6g}\t{left}\t{right}")
        return "\n".join(lines) + "\n"

    @classmethod
    def loads(cls, text: str, features: Sequence[str]) -> Model:
        """Read a model written by :meth:`dumps` for the measures ``features``.

        Raises:
            ValueError: a line that is not one of the model's, a feature the code does not measure,
                a node out of order or pointing outside its tree, a value that is not a number,
                or no ``base``/``rate``.
        """
        names = {n: k for k, n in enumerate(features)}
        head: dict[str, float] = {}
        trees: list[list[Node]] = []
        for number, raw in enumerate(text.splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            fields = line.split("\t")
            try:
                if fields[0] in ("base", "rate") and len(fields) == 2:
                    head[fields[0]] = float(fields[1])
                elif fields[0] == "tree" and len(fields) == 2:
                    trees.append([])
                elif trees and len(fields) == 3 and fields[1] == "leaf" and int(fields[0]) == len(trees[-1]):
                    trees[-1].append((float(fields[2]),))
                elif trees and len(fields) == 5 and int(fields[0]) == len(trees[-1]):
                    if fields[1] not in names:
                        raise ValueError(f"unknown feature {fields[1]!r}")
                    left, right = int(fields[3]), int(fields[4])
                    if not len(trees[-1]) < left and len(trees[-1]) < right:
                        raise ValueError("a split must point to later nodes")
                    trees[-1].append((names[fields[1]], float(fields[2]), left, right))
                else:
                    raise ValueError("not a line of the story model")
            except ValueError as e:
                raise ValueError(f"story model, line {number}: {e}: {raw!r}") from None
        if set(head) != {"base", "rate"}:
            raise ValueError("the story model has no base or no rate")
        for k, tree in enumerate(trees):
            if not tree or any(len(n) == 4 and max(n[2], n[3]) >= len(tree) for n in tree):
                raise ValueError(f"story model, tree {k}: a split points outside the tree")
        return cls(head["base"], head["rate"], tuple(tuple(t) for t in trees), tuple(features))


def _value(tree: Sequence[Node], x: Sequence[float]) -> float:
    node = tree[0]
    while len(node) == 4:
        f, t, left, right = node
        node = tree[left if x[f] <= t else right]
    return node[0]


def fit(rows: Sequence[tuple[Sequence[float], int]], features: Sequence[str]) -> Model:
    """Gradient-boosted regression trees with the logistic loss on ``(feature values, label 0/1)`` rows.

    Deterministic: the same rows give the same model.  Each measure's values are
    cut once at their quantiles (:data:`BINS`); each tree is grown level by level
    to :data:`DEPTH`, splitting where the gain in the second-order loss is
    highest, with leaves of at least :data:`MIN_LEAF` rows.

    >>> rows = [((1.0, v / 10), int(v > 5)) for v in range(11)] * 4
    >>> m = fit(rows, ("bias", "x"))
    >>> m.probability((1.0, 0.1)) < 0.3 < 0.7 < m.probability((1.0, 0.9))
    True
    """
    if not rows:
        raise ValueError("no rows to fit the story model on")
    xs = [tuple(x) for x, _ in rows]
    ys = [y for _, y in rows]
    share = min(max(sum(ys) / len(ys), 1e-6), 1 - 1e-6)
    base = math.log(share / (1 - share))
    cuts = [_cuts([x[f] for x in xs]) for f in range(len(features))]
    binned = [[_bin(cuts[f], x[f]) for f in range(len(features))] for x in xs]
    z = [base] * len(xs)
    trees = []
    for _ in range(ROUNDS):
        p = [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, v)))) for v in z]
        g = [pi - yi for pi, yi in zip(p, ys, strict=True)]
        h = [max(pi * (1 - pi), 1e-6) for pi in p]
        tree = _grow(binned, cuts, g, h)
        trees.append(tree)
        z = [v + RATE * _value(tree, x) for v, x in zip(z, xs, strict=True)]
    return Model(round(base, 6), RATE, tuple(trees), tuple(features))


def _cuts(values: list[float]) -> list[float]:
    """The thresholds where a measure may be split: its distinct quantiles, at most :data:`BINS`."""
    distinct = sorted(set(values))
    if len(distinct) <= BINS:
        return distinct[:-1]
    ordered = sorted(values)
    picked = sorted({ordered[(k * (len(ordered) - 1)) // BINS] for k in range(1, BINS)})
    return [c for c in picked if c < distinct[-1]]


def _bin(cuts: list[float], v: float) -> int:
    """The bin of ``v``: how many cuts are below it (``v <= cuts[k]`` is bin ``k`` or less)."""
    lo, hi = 0, len(cuts)
    while lo < hi:
        mid = (lo + hi) // 2
        if v <= cuts[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _grow(binned: list[list[int]], cuts: list[list[float]], g: list[float], h: list[float]) -> tuple[Node, ...]:
    """One regression tree on the gradients ``g`` and curvatures ``h``, grown breadth first to :data:`DEPTH`."""
    nodes: list[Node] = []
    queue: list[tuple[list[int], int, int]] = [(list(range(len(g))), 0, 0)]  # rows, depth, node index
    nodes.append((0.0,))
    while queue:
        rows, depth, at = queue.pop(0)
        gs, hs = sum(g[i] for i in rows), sum(h[i] for i in rows)
        split = _best_split(binned, g, h, rows, gs, hs, len(cuts)) if depth < DEPTH else None
        if split is None:
            nodes[at] = (round(-gs / (hs + LAMBDA), 6),)
            continue
        f, b = split
        left = [i for i in rows if binned[i][f] <= b]
        right = [i for i in rows if binned[i][f] > b]
        nodes[at] = (f, cuts[f][b], len(nodes), len(nodes) + 1)
        nodes += [(0.0,), (0.0,)]
        queue += [(left, depth + 1, len(nodes) - 2), (right, depth + 1, len(nodes) - 1)]
    return tuple(nodes)


def _best_split(
    binned: list[list[int]], g: list[float], h: list[float], rows: list[int], gs: float, hs: float, n_features: int
) -> tuple[int, int] | None:
    """The (feature, bin) whose split of ``rows`` gains the most, or None when no split gains."""
    if len(rows) < 2 * MIN_LEAF:
        return None
    parent = gs * gs / (hs + LAMBDA)
    best, gain = None, 1e-9
    for f in range(n_features):
        sums: dict[int, list[float]] = {}
        for i in rows:
            s = sums.setdefault(binned[i][f], [0.0, 0.0, 0])
            s[0] += g[i]
            s[1] += h[i]
            s[2] += 1
        gl = hl = 0.0
        nl = 0
        for b in sorted(sums)[:-1]:
            s = sums[b]
            gl, hl, nl = gl + s[0], hl + s[1], nl + int(s[2])
            if nl < MIN_LEAF or len(rows) - nl < MIN_LEAF:
                continue
            gr, hr = gs - gl, hs - hl
            value = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent
            if value > gain:
                best, gain = (f, b), value
    return best
