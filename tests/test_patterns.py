"""The one time-out policy for patterns over untrusted text (provenance/patterns.py)."""

from __future__ import annotations

import pytest
import regex
from click.testing import CliRunner

from provenance import cli, patterns, pipeline
from provenance.errors import InputError, PatternTimeout, ProvenanceError

# A pattern that backtracks exponentially on a run of "a" with no "b" after it.
SLOW = regex.compile(r"(?:(?:a|aa)+)+b")
SLOW_TEXT = "a" * 40


@pytest.fixture
def tight_limit(monkeypatch):
    """A time limit small enough for SLOW to run past it at once."""
    monkeypatch.setattr(patterns, "BASE_SECONDS", 0.01)
    monkeypatch.setattr(patterns, "SECONDS_PER_CHAR", 0.0)


@pytest.mark.parametrize(
    "length, seconds",
    [
        (0, patterns.BASE_SECONDS),  # an empty range: the base limit
        (100_000, patterns.BASE_SECONDS + 2.0),  # 100 kB: two more seconds
        (-5, patterns.BASE_SECONDS),  # an empty range written backwards
    ],
)
def test_time_limit_grows_with_the_range(length, seconds):
    assert patterns.time_limit(length) == pytest.approx(seconds)


@pytest.mark.parametrize(
    "helper, pos, endpos, expected",
    [
        (patterns.search, 5, 11, (6, 8)),  # the first match after pos
        (patterns.match, 5, 11, None),  # no match right at pos
        (patterns.match, 6, 7, (6, 7)),  # a match at pos, cut at endpos
        (patterns.fullmatch, 6, 8, (6, 8)),  # the whole range
        (patterns.fullmatch, 6, 9, None),  # not the whole range
    ],
)
def test_single_match_helpers_honour_pos_and_endpos(helper, pos, endpos, expected):
    m = helper(regex.compile(r"\d+"), "ab 12 34 cd", pos, endpos)
    assert (m.span() if m else None) == expected


def test_finditer_honours_the_range():
    assert [m.group() for m in patterns.finditer(regex.compile(r"\d+"), "1 22 333", 2)] == ["22", "333"]
    assert [m.group() for m in patterns.finditer(regex.compile(r"\d+"), "1 22 333", 0, 4)] == ["1", "22"]


@pytest.mark.parametrize("helper", [patterns.search, patterns.match, patterns.fullmatch])
def test_past_the_limit_raises_a_provenance_error(tight_limit, helper):
    with pytest.raises(PatternTimeout) as caught:
        helper(SLOW, SLOW_TEXT)
    assert isinstance(caught.value, ProvenanceError)
    assert (caught.value.start, caught.value.end) == (0, len(SLOW_TEXT))


def test_finditer_past_the_limit_raises(tight_limit):
    with pytest.raises(PatternTimeout, match="limit over characters 0-40"):
        list(patterns.finditer(SLOW, SLOW_TEXT))


# A claim with a hedge: the claim stage runs its hedge pattern through the helpers.
HEDGED = "The bridge was reportedly closed (Reuters, March 3, 2020).\n"


@pytest.fixture
def no_time(monkeypatch):
    """A time limit every pattern run through the helpers runs past."""
    monkeypatch.setattr(patterns, "BASE_SECONDS", 1e-9)
    monkeypatch.setattr(patterns, "SECONDS_PER_CHAR", 0.0)


def test_extract_raises_the_timeout(no_time):
    with pytest.raises(PatternTimeout):
        pipeline.extract(HEDGED)


def test_the_document_boundary_names_the_file(tmp_path, no_time):
    """A time-out fails its document as an InputError naming the file."""
    slow = tmp_path / "slow.txt"
    slow.write_text(HEDGED, encoding="utf-8")
    (result,) = pipeline.extract_paths([str(slow)])
    assert isinstance(result, InputError)
    assert result.path == str(slow)
    assert result.problem.startswith("too hard to analyse: pattern")


def test_cli_exit_code_on_a_timed_out_file(tmp_path, no_time):
    slow = tmp_path / "slow.txt"
    slow.write_text(HEDGED, encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["report", "--jobs", "1", str(slow)])
    assert result.exit_code == 2
    assert "slow.txt" in result.stderr and "too hard to analyse" in result.stderr
