"""Pathological text finishes in linear time.

Work is measured, not wall time: the number of function calls (Python and C,
regex matches included) the whole pipeline makes, counted with
:func:`sys.setprofile`.  Doubling the input may at most about double the work.
"""

from __future__ import annotations

import sys

import pytest

from provenance import extract

#: Allowed growth of work when the input doubles (2.0 is exactly linear).
GROWTH = 2.5


def calls(fn, *args) -> int:
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
    return count


def _nested(n: int) -> str:
    return "Prices rose " + "(" * n + "Reuters, May 2" + ")" * n + ". Then fell."


def _unbalanced(n: int) -> str:
    return "It broke " + "(TASS, September 4 " * (n // 20) + "and ((( more" + " (x" * (n // 4)


def _one_line(n: int) -> str:
    unit = "Troops left the city (Reuters, May 2, 2021), and U.S. officials said it was calm. "
    return (unit * (n // len(unit) + 1))[:n]


def _closers(n: int) -> str:
    return "A claim. " + ")" * n + " (AP, May 1)."


@pytest.mark.parametrize(
    "make, n",
    [
        (_nested, 100_000),  # 200,000 nested parentheses
        (_unbalanced, 200_000),  # unbalanced openers and near-citations
        (_closers, 200_000),  # stray closing parentheses
        (_one_line, 2_500_000),  # a 5 MB single line at 2n
    ],
)
def test_work_grows_linearly(make, n):
    small = calls(extract, make(n // 2))
    large = calls(extract, make(n))
    print(f"\n{make.__name__}: {small} calls at n/2, {large} at n ({large / max(small, 1):.2f}x)")
    assert large <= GROWTH * small + 10_000


def test_five_megabyte_line_keeps_offsets():
    text = _one_line(5_000_000)
    doc = extract(text)
    assert doc.claims
    for claim in doc.claims[:: max(1, len(doc.claims) // 50)]:
        assert text[claim.start : claim.end] == claim.text
