"""The story model's trees: their text format, their reading of it, and how they are fitted."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare.story_model import Model, fit

NAMES = ("bias", "similarity", "asked")
#: A tree of one split: similarity <= 0.3 goes left (value -1), else right (value 2).
ONE_SPLIT = "base\t0\nrate\t1\ntree\t0\n0\tsimilarity\t0.3\t1\t2\n1\tleaf\t-1\n2\tleaf\t2\n"


def test_one_split_reads_and_scores_both_sides():
    m = Model.loads(ONE_SPLIT, NAMES)
    assert m.trees == (((1, 0.3, 1, 2), (-1.0,), (2.0,)),)
    assert m.probability((1.0, 0.3, 0.0)) == pytest.approx(1 / (1 + 2.718281828**1))  # at the threshold: left
    assert m.probability((1.0, 0.31, 0.0)) == pytest.approx(1 / (1 + 2.718281828**-2))
    assert Model.loads(m.dumps(), NAMES) == m


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("rate\t1\ntree\t0\n0\tleaf\t1\n", "no base"),
        ("base\t0\ntree\t0\n0\tleaf\t1\n", "no rate"),
        ("base\tzero\nrate\t1\n", "line 1"),
        ("base\t0\nrate\t1\ntree\t0\n0\tsize\t0.3\t1\t2\n1\tleaf\t0\n2\tleaf\t0\n", "unknown feature 'size'"),
        ("base\t0\nrate\t1\ntree\t0\n0\tsimilarity\t0.3\t0\t2\n1\tleaf\t0\n2\tleaf\t0\n", "later nodes"),
        ("base\t0\nrate\t1\ntree\t0\n0\tsimilarity\t0.3\t1\t5\n1\tleaf\t0\n2\tleaf\t0\n", "outside the tree"),
        ("base\t0\nrate\t1\ntree\t0\n1\tleaf\t0\n", "line 4"),  # node numbers must count from 0
        ("base\t0\nrate\t1\n0\tleaf\t0\n", "not a line of the story model"),  # a node before any tree
        ("base\t0\nrate\t1\ntree\t0\n", "outside the tree"),  # a tree without nodes
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


def test_fit_learns_two_measures_together_and_is_deterministic():
    rows = _rows(7)
    m = fit(rows, NAMES)
    assert fit(rows, NAMES) == m
    assert m.probability((1.0, 0.9, 0.0)) > 0.8
    assert m.probability((1.0, 0.9, 1.0)) < 0.3  # close, but asked: the split under the split says so
    assert m.probability((1.0, 0.1, 0.0)) < 0.2
    back = Model.loads(m.dumps(), NAMES)
    for x, _ in rows[:50]:
        assert back.probability(x) == pytest.approx(m.probability(x), abs=1e-4)


def test_fit_refuses_no_rows():
    with pytest.raises(ValueError, match="no rows"):
        fit([], NAMES)


@given(st.integers(0, 10_000), st.lists(st.floats(-3, 3), min_size=3, max_size=3))
def test_probability_is_a_probability_and_survives_its_text(seed, x):
    m = fit(_rows(seed, 60), NAMES)
    p = m.probability(x)
    assert 0.0 <= p <= 1.0
    assert Model.loads(m.dumps(), NAMES).probability(x) == pytest.approx(p, abs=1e-4)
