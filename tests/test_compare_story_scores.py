"""The scores of story denials: the table of reported pairs by band of probability, and what it gives."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare.statement import MIN_SCORE
from provenance.compare.story import THRESHOLD
from provenance.compare.story_scores import BAND, MAX_SCORE, PRIOR_WEIGHT, ScoreTable, bands, score_table


@pytest.mark.parametrize(
    ("rows", "probability", "expected"),
    [
        # a band's share right, with the band's middle as a prior worth PRIOR_WEIGHT pairs
        ([("0.4", "7", "10")], 0.42, round((7 + PRIOR_WEIGHT * 0.425) / 14, 3)),
        # a band counted once: the prior carries most of it
        ([("0.4", "1", "1")], 0.44, round((1 + PRIOR_WEIGHT * 0.425) / 5, 3)),
        # under the lowest band: the probability stands
        ([("0.4", "7", "10")], 0.31, 0.31),
        # above the last band: the last band's score
        ([("0.4", "7", "10")], 0.62, round((7 + PRIOR_WEIGHT * 0.425) / 14, 3)),
        # never above MAX_SCORE, however often the band was right
        ([("0.9", "50", "50")], 0.95, MAX_SCORE),
        # a band right less often than the one under it is pooled with it: scores never fall
        ([("0.4", "9", "10"), ("0.45", "1", "10")], 0.47, round((9 + 1 + PRIOR_WEIGHT * (0.425 + 0.475)) / 28, 3)),
        ([("0.4", "9", "10"), ("0.45", "1", "10")], 0.41, round((9 + 1 + PRIOR_WEIGHT * (0.425 + 0.475)) / 28, 3)),
        # no bands at all: the probability, capped
        ([], 0.6, 0.6),
        ([], 0.9, MAX_SCORE),
    ],
)
def test_score(rows, probability, expected):
    assert ScoreTable.from_rows(rows).score(probability) == pytest.approx(expected, abs=1e-3)


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([("0.4", "7")], "3 fields"),
        ([("0.4", "11", "10")], "11 right of 10"),
        ([("0.4", "-1", "10")], "-1 right of 10"),
        ([("0.5", "1", "2"), ("0.4", "1", "2")], "ascending"),
        ([("0.4", "1", "2"), ("0.4", "1", "2")], "ascending"),
    ],
)
def test_bad_rows_are_refused(rows, message):
    with pytest.raises(ValueError, match=message):
        ScoreTable.from_rows(rows)


def test_bands_count_by_lowest_probability():
    pairs = [(0.30, True), (0.349, False), (0.35, True), (0.5, False), (0.999, True), (1.0, True)]
    assert bands(pairs) == [(0.3, 1, 2), (0.35, 1, 1), (0.5, 0, 1), (0.95, 1, 1), (1.0, 1, 1)]


def test_table_round_trips_through_its_text():
    table = ScoreTable(((0.3, 5, 20), (0.35, 9, 12), (0.5, 30, 31)))
    lines = [line.split("\t") for line in table.dumps().splitlines() if not line.startswith("#")]
    assert ScoreTable.from_rows(lines) == table


@given(st.lists(st.tuples(st.floats(0.0, 1.0), st.booleans()), max_size=60), st.floats(0.0, 1.0), st.floats(0, 1))
def test_scores_never_fall_with_the_probability(pairs, p, q):
    table = ScoreTable(tuple(bands(pairs)))
    low, high = sorted((p, q))
    assert table.score(low) <= table.score(high) + 1e-9 or low < (table.rows[0][0] if table.rows else 2)
    assert 0.0 <= table.score(high) <= MAX_SCORE


def test_shipped_table_is_read_and_scores_the_threshold_as_reported():
    table = score_table()
    assert table.rows, "the shipped table has bands"
    assert all(n > 0 and 0 <= r <= n for _, r, n in table.rows)
    assert all(round(b[0] - a[0], 2) >= BAND for a, b in zip(table.rows, table.rows[1:], strict=False))
    # the shipped threshold was chosen so that its pairs' score is one the table reports
    assert table.score(THRESHOLD) >= MIN_SCORE
    assert list(table.scores) == sorted(table.scores)
