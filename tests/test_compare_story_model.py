"""The story model: its text format, its reading of it, and how it is fitted."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare.story_model import Model, fit

NAMES = ("bias", "similarity", "asked")


def test_weights_read_and_score():
    m = Model.loads("# a comment\nbias\t-1\nsimilarity\t4\nasked\t-2\n", NAMES)
    assert m.weights == (-1.0, 4.0, -2.0)
    assert m.probability((1.0, 0.5, 0.0)) == pytest.approx(1 / (1 + 2.718281828**-1))
    assert Model.loads(m.dumps(), NAMES) == m


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bias\t1\nsimilarity\t1\n", "no weight for asked"),
        ("bias\t1\nsimilarity\t1\nasked\t0\nsize\t2\n", "unknown feature 'size'.*line 4"),
        ("bias\t1\nsimilarity\tmuch\nasked\t0\n", "not a number, line 2"),
        ("bias\t1\nbias\t2\nsimilarity\t1\nasked\t0\n", "given twice.*line 2"),
    ],
)
def test_model_file_errors_name_the_problem(text, message):
    with pytest.raises(ValueError, match=message):
        Model.loads(text, NAMES)


def _rows(seed: int, n: int = 300) -> list[tuple[tuple[float, ...], int]]:
    """Invented rows: a dispute when similar and not asked, with some noise."""
    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        sim, asked = rng.random(), float(rng.random() < 0.3)
        y = int((sim > 0.5 and not asked) != (rng.random() < 0.05))
        rows.append(((1.0, round(sim, 3), asked), y))
    return rows


def test_fit_learns_the_measures_and_is_deterministic():
    rows = _rows(7)
    m = fit(rows, NAMES)
    assert fit(rows, NAMES) == m
    assert m.weights[1] > 0 > m.weights[2]  # similar: a dispute; asked: none
    assert m.probability((1.0, 0.9, 0.0)) > 0.8 > 0.2 > m.probability((1.0, 0.1, 0.0))


def test_a_measure_that_never_varies_gets_a_finite_weight():
    rows = [((1.0, v / 10, 0.0), int(v > 5)) for v in range(11)] * 3  # "asked" always 0
    m = fit(rows, NAMES)
    assert m.weights[2] == 0.0
    assert all(abs(w) < 100 for w in m.weights)


def test_fit_refuses_no_rows():
    with pytest.raises(ValueError, match="no rows"):
        fit([], NAMES)


@given(st.lists(st.floats(-5, 5), min_size=3, max_size=3), st.floats(0, 1))
def test_probability_is_a_probability_and_grows_with_a_positive_weight(weights, sim):
    m = Model(tuple(weights), NAMES)
    x = [1.0, sim, 0.5]
    p = m.probability(x)
    assert 0.0 <= p <= 1.0
    assert Model.loads(m.dumps(), NAMES).probability(x) == pytest.approx(p, abs=1e-4)
    if weights[1] >= 0:
        assert m.probability([1.0, min(1.0, sim + 0.1), 0.5]) >= p
