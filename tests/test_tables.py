"""Text tables: fitted to a width by wrapping, whole without one; dates as readers read them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.report.relations import conflict
from provenance.report.tables import MIN_WRAPPED, human_date, table, wrap_widths


@pytest.mark.parametrize(
    "iso, shown",
    [
        ("--02-25", "Feb 25 (year unknown)"),  # a day without a year
        ("--12", "Dec (year unknown)"),  # a month without a year
        ("1993-12-16", "1993-12-16"),  # a full date stays ISO
        ("2021-06", "2021-06"),  # a month of a year stays ISO
        ("1993", "1993"),  # a year alone
        (None, ""),  # no date
        ("--13-01", "--13-01"),  # not a date: shown as written, never a crash
    ],
)
def test_human_date(iso, shown):
    assert human_date(iso) == shown


@pytest.mark.parametrize(
    "evidence, shown",
    [
        # a quantity mismatch: both numbers, the subject left to its column
        ("a: 170 killed, b: dozens (24-99) killed, same subject: ISKP", "a: 170 killed, b: dozens (24-99) killed"),
        # a denial: the denying words
        ('b denies a ("refuted those reports"), same subject: Saleh', 'b denies a ("refuted those reports")'),
        # a contradiction with the subject in the middle
        ('a: "left", b: "stayed", same subject: the mayor, in May', 'a: "left", b: "stayed", in May'),
        # no subject named: the evidence as it is
        ("same statement from independent sources", "same statement from independent sources"),
    ],
)
def test_conflict_is_the_evidence_without_its_subject(evidence, shown):
    assert conflict(evidence) == shown


CLAIM = (
    "The harbour authority said on Monday that the strike had cost the port more than four million euros in lost "
    "fees, and that ships were still waiting outside the breakwater."
)
ROWS = [
    {"#": 1, "claim": CLAIM, "cited to": "Port Gazette", "date": "2020-03-03"},
    {"#": 2, "claim": "Nobody knows the cost.", "cited to": "", "date": ""},
]


def _words(text: str) -> str:
    return "".join(text.split())


def test_without_a_width_every_cell_is_whole():
    out = table(ROWS, "simple", wrap=("claim",))
    assert CLAIM in out
    assert len(out.split("\n")) == 4  # header, rule, one line per row


@pytest.mark.parametrize("width", [60, 80, 100, 120])
def test_a_width_wraps_the_long_columns_to_fit(width):
    out = table(ROWS, "simple", width=width, wrap={"claim": 3, "cited to": 1})
    assert max(len(line) for line in out.split("\n")) <= width
    assert _words(CLAIM) in _words(out.replace("Port Gazette", "").replace("2020-03-03", ""))


def test_a_table_that_fits_is_left_as_it_is():
    narrow = [{"#": 1, "claim": "Short.", "date": "2020-03-03"}]
    assert table(narrow, "simple", width=200, wrap=("claim",)) == table(narrow, "simple")


def test_markdown_cells_stay_on_one_line_and_escape_bars():
    rows = [{"claim": "One line\nand the next | with a bar"}]
    out = table(rows, "github", width=20, wrap=("claim",), markdown=True)
    assert "One line and the next \\| with a bar" in out


def test_wrap_widths_share_the_room_by_weight():
    natural = {"claim": 300, "said by": 40, "date": 10}
    widths = wrap_widths(natural, {"claim": 3, "said by": 1, "date": 1}, 76)
    assert widths["date"] == 10  # a short column keeps its natural width
    assert widths["claim"] >= 3 * widths["said by"] - 3  # the heavier column takes its share
    assert sum(widths.values()) <= 76


_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=14)
_CELL = st.lists(_WORD, min_size=0, max_size=40).map(" ".join)


@given(
    cells=st.lists(st.tuples(_CELL, _CELL, _CELL), min_size=1, max_size=6),
    width=st.integers(min_value=40, max_value=200),
)
def test_fitted_tables_fit_and_keep_every_word(cells, width):
    rows = [{"#": n, "claim": a, "said by": b, "cited to": c} for n, (a, b, c) in enumerate(cells, 1)]
    out = table(rows, "simple", width=width, wrap={"claim": 4, "said by": 1, "cited to": 1})
    # Three wrapping columns of at least MIN_WRAPPED, the "#" column and the padding fit 40 columns.
    assert max(len(line) for line in out.split("\n")) <= max(width, 3 * MIN_WRAPPED + 12)
    assert _read_back(out) == [[_words(a), _words(b), _words(c)] for a, b, c in cells]


def _read_back(out: str) -> list[list[str]]:
    """The cells of a "simple" table whose first column numbers the rows, each
    cell's lines joined without white space, the "#" column left out."""
    lines = out.split("\n")
    rule = lines[1]
    spans, pos = [], 0
    for dashes in rule.split():
        start = rule.index(dashes, pos)
        spans.append((start, start + len(dashes)))
        pos = start + len(dashes)
    rows: list[list[str]] = []
    for line in lines[2:]:
        parts = [line[a:b] if i + 1 < len(spans) else line[a:] for i, (a, b) in enumerate(spans)]
        if parts[0].strip():
            rows.append([""] * (len(spans) - 1))
        for i, part in enumerate(parts[1:]):
            rows[-1][i] += _words(part)
    return rows
