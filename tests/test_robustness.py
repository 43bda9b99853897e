"""Extraction finishes in linear time and bounded memory.

Two measures of work.  For pathological text (deep nesting, stray
parentheses), the number of function calls (Python and C, regex matches
included) the whole pipeline makes, counted with :func:`sys.setprofile`:
deterministic, but blind to work done inside one C call (a set copied per
attribution is one call).  For megabytes of ordinary prose, CPU time of the
process on 1, 2, 4 and 8 MB: it sees all the work, and the bounds leave room
for a noisy machine while catching anything quadratic (which would cost 64x,
not 8x, from 1 to 8 MB).  Doubling the input may at most about double the work.
"""

from __future__ import annotations

import gc
import itertools
import math
import sys
import time
import tracemalloc

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


#: Real-looking news prose, one long paragraph: citations, narrative attributions,
#: quotations cut up by the sentence splitter, anonymous sources and speakers to resolve.
PROSE = (
    "The {city} council voted on Monday to close the old bridge (Harbour Times, May 3). ",
    "“We will not leave,” {name} told reporters. “Not this week, not next.” ",
    "According to officials, the repairs would cost $4 million over two years. ",
    "{name}, a former transport minister, said the plan had been rushed, and she warned of delays. ",
    "Critics questioned the figures, and the council denied reports that it had run out of money "
    "(Kestrel News, May 4; Reuters, May 5). ",
    "“It is a disaster,” said {name}, who runs a bakery near the river. “Nobody asked us.” ",
    "Sources close to the mayor say the vote could be delayed until the autumn. ",
    "In an interview with the Valley Courier, {name} said the city had no other choice. ",
)
NAMES = ("Ana Ruiz", "Tomas Brandt", "Mira Castell", "Petra Lindqvist", "Jonas Weber", "Lena Okafor")
CITIES = ("Calder", "Port Meridian", "Norland", "Kiruna")


def prose(size: int) -> str:
    """``size`` characters of :data:`PROSE` in one paragraph, its names varying."""
    out: list[str] = []
    length = 0
    for k, sentence in enumerate(itertools.cycle(PROSE)):
        piece = sentence.format(name=NAMES[k % len(NAMES)], city=CITIES[k % len(CITIES)])
        out.append(piece)
        length += len(piece)
        if length >= size:
            return "".join(out)[:size]
    raise AssertionError("unreachable")


def cpu_seconds(fn, *args) -> float:
    gc.collect()  # every size starts from the same heap, not from the garbage of the one before
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def growth_exponent(seconds: dict[int, float]) -> float:
    """The slope of log time over log size, fitted by least squares: 1 when time grows
    linearly, 2 when quadratically; one noisy size moves it little."""
    xs = [math.log2(size) for size in seconds]
    ys = [math.log2(max(s, 1e-9)) for s in seconds.values()]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


#: Largest growth exponent accepted: linear time with the noise of a shared machine
#: (timings of one size vary by a third there) stays under it, n log n (about 1.1 over
#: these sizes) too, and quadratic time (2) is far above it.
LINEAR = 1.3


def test_extraction_grows_linearly_on_megabytes_of_prose():
    megabyte = 1_000_000
    extract(prose(megabyte // 10))  # warm the caches of chains and patterns
    seconds = {mb: cpu_seconds(extract, prose(mb * megabyte)) for mb in (1, 2, 4, 8)}
    exponent = growth_exponent(seconds)
    print(
        "\nextract CPU seconds: "
        + ", ".join(f"{mb} MB {s:.2f}" for mb, s in seconds.items())
        + f"; growth exponent {exponent:.2f}"
    )
    assert exponent <= LINEAR, seconds


def test_extraction_memory_is_a_small_multiple_of_the_text():
    peaks = {}
    for mb in (1, 2):
        text = prose(mb * 1_000_000)
        tracemalloc.start()
        try:
            extract(text)
            peaks[mb] = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    print(f"\nextract peak memory: 1 MB text {peaks[1] / 1e6:.1f} MB, 2 MB text {peaks[2] / 1e6:.1f} MB")
    assert peaks[2] <= 2.5 * peaks[1]
    # the document holds every claim's text and evidence: a few times the text, never its square
    assert peaks[1] <= 40 * sys.getsizeof(prose(1_000_000))
