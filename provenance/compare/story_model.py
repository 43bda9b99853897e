"""The story model: a logistic regression over the measures of a denial and a claim of its story.

A pair's probability of being a dispute is ``1 / (1 + exp(-w . x))``: one weight
per measure (:data:`~provenance.compare.story.FEATURES`), which counts the same
in a folder of a few headlines as in a pile of thousands.  Boosted trees were
tried in its place: cross-validated by rumour on the Emergent headlines they
found as many disputes (P 0.896 R 0.524 against P 0.881 R 0.524, at the
thresholds each chose), but on a small invented corpus they scored a headline
that only shared a beach's name with a hoax above the report the hoax denied: a
split learned from large stories of many denials does not carry to a few
headlines; a weight does.

The model is fitted by :func:`fit` (an L2-penalised logistic regression solved
by Newton's method: a few exact steps, deterministic) in ``bench/train_story.py``
and shipped as text (``provenance/data/story_model.tsv``): ``name<TAB>weight``.

>>> m = Model((-1.0, 4.0), ("bias", "similarity"))
>>> round(m.probability((1.0, 0.0)), 3), round(m.probability((1.0, 0.5)), 3)
(0.269, 0.731)
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

import attrs

__all__ = ["Model", "Scorer", "fit"]

#: The L2 penalty per row on each weight but the bias: small, so that a measure that never varies among
#: the rows fitted, or always goes with a dispute, gets a finite weight.
L2 = 1e-3
#: Newton steps at most, and the change in the weights under which the fit has converged.
STEPS, TOLERANCE = 50, 1e-9


class Scorer(Protocol):
    """What scores a pair: the shipped :class:`Model`, or a stand-in when measuring."""

    def probability(self, x: Sequence[float]) -> float: ...


@attrs.frozen
class Model:
    """A logistic regression: the probability is ``1 / (1 + exp(-w . x))``."""

    weights: tuple[float, ...]
    """One weight per measure, in the order of :attr:`features`."""
    features: tuple[str, ...]
    """The names of the measures, in the order of a feature vector."""

    def probability(self, x: Sequence[float]) -> float:
        """The probability that the pair with the feature values ``x`` is a dispute."""
        z = sum(w * v for w, v in zip(self.weights, x, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def dumps(self) -> str:
        """The model as the text of its data file (``name<TAB>weight`` lines)."""
        lines = ["# feature\tweight (logistic regression; see bench/train_story.py)"]
        lines += [f"{n}\t{w:.6f}" for n, w in zip(self.features, self.weights, strict=True)]
        return "\n".join(lines) + "\n"

    @classmethod
    def loads(cls, text: str, features: Sequence[str]) -> Model:
        """Read a model written by :meth:`dumps` for the measures ``features``; every one must have a weight.

        Raises:
            ValueError: a feature without a weight, an unknown one, one given twice, or a weight
                that is not a number (the message names the line).
        """
        weights: dict[str, float] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, _, value = line.partition("\t")
            if name not in features:
                raise ValueError(f"unknown feature {name!r} in the story model, line {number}")
            if name in weights:
                raise ValueError(f"feature {name!r} given twice in the story model, line {number}")
            try:
                weights[name] = float(value)
            except ValueError:
                raise ValueError(f"the weight of {name!r} is not a number, line {number}: {value!r}") from None
        missing = [n for n in features if n not in weights]
        if missing:
            raise ValueError(f"the story model has no weight for {', '.join(missing)}")
        return cls(tuple(weights[n] for n in features), tuple(features))


def fit(rows: Sequence[tuple[Sequence[float], int]], features: Sequence[str]) -> Model:
    """The L2-penalised logistic regression of ``(feature values, label 0/1)`` rows, by Newton's method.

    The first measure is the bias (always 1) and is not penalised.  Deterministic: the
    same rows give the same model.

    >>> rows = [((1.0, v / 10), int(v > 5)) for v in range(11)] * 4
    >>> m = fit(rows, ("bias", "x"))
    >>> m.probability((1.0, 0.1)) < 0.2 < 0.8 < m.probability((1.0, 0.9))
    True
    """
    if not rows:
        raise ValueError("no rows to fit the story model on")
    d = len(features)
    penalty = [0.0] + [L2 * len(rows)] * (d - 1)
    w = [0.0] * d
    for _ in range(STEPS):
        grad = [-p * wk for p, wk in zip(penalty, w, strict=True)]
        hess = [[0.0] * d for _ in range(d)]
        for k in range(d):
            hess[k][k] = penalty[k]
        for x, y in rows:
            z = max(-30.0, min(30.0, sum(a * b for a, b in zip(w, x, strict=True))))
            p = 1.0 / (1.0 + math.exp(-z))
            e, c = y - p, max(p * (1.0 - p), 1e-9)
            for a in range(d):
                xa = x[a]
                if xa:
                    grad[a] += e * xa
                    row, cx = hess[a], c * xa
                    for b in range(a, d):
                        row[b] += cx * x[b]
        for a in range(d):
            for b in range(a):
                hess[a][b] = hess[b][a]
        step = _solve(hess, grad)
        w = [wk + s for wk, s in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < TOLERANCE:
            break
    return Model(tuple(round(v, 6) for v in w), tuple(features))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``x`` with ``a x = b`` (Gaussian elimination with partial pivoting; ``a`` is positive definite)."""
    n = len(b)
    m = [[*row, b[k]] for k, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue  # a measure that never varies: its weight stays
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x
