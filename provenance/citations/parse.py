"""Parentheticals: the linear scan of a text for them, and reading each one as citation
items, a malformed candidate or nothing."""

from __future__ import annotations

from collections.abc import Iterator

import attrs

from provenance.citations.context import bare_citation, glosses_time
from provenance.citations.dates import published_date
from provenance.citations.grammar import (
    CREDIT,
    DIGIT,
    LETTER,
    MAX_PAREN,
    NOT_FLAT,
    SCAN_EVENT,
    SENTENCE_END,
    STATS,
    match,
    search,
)
from provenance.citations.groups import GroupReading, read_group, split_groups, trimmed
from provenance.citations.malformed import Problem
from provenance.model import Citation, Malformed

__all__ = ["find_citations", "parse_parenthetical"]


def _read_parenthetical(
    text: str, open_: int, close: int, published: str | None, *, unclosed: bool = False
) -> tuple[tuple[Citation, ...], Malformed | None] | None:
    """Read the parenthetical ``text[open_:close]``.

    Returns None when it is not a citation at all, else the citations of its
    well-formed groups and the first problem found (or None).  With
    ``unclosed``, ``close`` is where the candidate text ends (there is no
    ``)``) and only dated groups count.
    """
    inner_start, inner_end = open_ + 1, close if unclosed else close - 1
    if inner_end - inner_start > MAX_PAREN or inner_end <= inner_start:
        return None
    inner = text[inner_start:inner_end]
    if "(" in inner or ")" in inner or "\u2029" in inner or ("\n" in inner and NOT_FLAT.search(inner)):
        return None  # nested parentheses or a paragraph break
    if LETTER.search(inner) is None:
        return None  # numbers only: "(2001)", "(5%)"
    if inner.islower() and not any(mark in inner for mark in ",;.@") and DIGIT.search(inner) is None:
        return None  # lower-case words only: an aside ("(sic)", "(a)")
    if match(CREDIT, text, inner_start, inner_end):
        return None  # an image credit: "(Photo: AFP)"
    groups = list(split_groups(text, inner_start, inner_end))
    readings: list[GroupReading] = []
    problem: Problem | None = None
    for g_start, g_end in groups:
        found = read_group(text, g_start, g_end, published)
        if isinstance(found, Problem):
            problem = problem or found
        elif found is not None:
            if not found.sources and readings and readings[-1].sources:
                # "(Kurier, 3 May; 5 May)": dates alone after a source are that source's
                found = attrs.evolve(found, sources=readings[-1].sources[-1:])
            readings.append(found)
    if unclosed:  # only a parenthetical that is wholly a dated citation
        if problem is None and len(readings) == len(groups) and all(r.whens and r.sources for r in readings):
            return (), Malformed(open_, close, text[open_:close], 'unbalanced parenthesis: "(" is never closed')
        return None
    malformed = None
    if problem is not None:
        malformed = Malformed(open_, close, text[open_:close], problem.reason)
    else:
        slip = next((r.slip for r in readings if r.slip), None)
        if slip is not None:
            malformed = Malformed(open_, close, text[open_:close], slip, slip=True)
    if readings and all(not r.sources for r in readings) and glosses_time(text, open_):
        return None  # "on Thursday (November 6)": the date glosses a word of time
    if any(r.whens for r in readings):
        return tuple(c for r in readings for c in r.citations(text, open_, close)), malformed
    if malformed is not None and not malformed.slip:
        return (), malformed
    if len(groups) == 1 and len(readings) == 1 and bare_citation(text, open_, close, readings[0]):
        return readings[0].citations(text, open_, close), None
    return None


def parse_parenthetical(
    text: str, open_: int, close: int, *, published: str | None = None
) -> tuple[Citation, ...] | Malformed | None:
    """Parse the parenthetical ``text[open_:close]`` (``(`` at ``open_``, ``)`` at ``close - 1``).

    The text around the parenthetical is read too, to tell an undated
    citation ``(AFP)`` from an acronym or an aside (see the module doc).

    Args:
        text: the whole text; offsets in the result index it.
        open_: offset of ``(``.
        close: offset one past ``)``.
        published: ISO publication date, to give year-less dates a year.

    Returns:
        The citation items, in order (also when a slip was read through:
        ``(AFP May 4)``, ``1O July``); a :class:`~provenance.model.Malformed`
        when the parenthetical is almost a citation (when one group of several
        is malformed, the whole parenthetical is reported); None when it is not
        a citation (asides, acronyms, numbers, credits, nested parentheses).

    >>> t = "Velda fell (Reuters, Aug. 17, 2019)."
    >>> [(c.source.name, c.date, c.raw) for c in parse_parenthetical(t, 11, 35)]
    [('Reuters', '2019-08-17', 'Reuters, Aug. 17, 2019')]
    >>> parse_parenthetical("(AFP, Setpember 14)", 0, 19).reason
    'misspelled month "Setpember"'
    >>> print(parse_parenthetical("the Organization of American States (OAS)", 36, 41))
    None
    """
    if not (0 <= open_ < close <= len(text)) or text[open_] != "(" or text[close - 1] != ")":
        return None
    result = _read_parenthetical(text, open_, close, published)
    if result is None:
        return None
    citations, malformed = result
    return malformed if malformed is not None and not malformed.slip else citations


def _scan(text: str, start: int, end: int) -> Iterator[tuple[bool, int, int]]:
    """Candidates of ``text[start:end]`` in one pass with an explicit stack.

    Yields ``(True, open, close)`` for each balanced parenthetical without
    parentheses inside it and within one paragraph, and ``(False, open,
    limit)`` for each ``(`` never closed within its paragraph, ``limit`` being
    the next parenthesis or paragraph break after it.  Linear in the length.
    """
    stack: list[list] = []  # [offset of "(", has nested parentheses, limit]
    last_open: list | None = None
    # SCAN_EVENT is linear by construction (single characters and a blank line): no time limit.
    for m in SCAN_EVENT.finditer(text, start, end):
        STATS.events += 1
        if last_open is not None:
            last_open[2] = m.start()
            last_open = None
        kind = m.lastgroup
        if kind == "open":
            if stack:
                stack[-1][1] = True
            last_open = [m.start(), False, None]
            stack.append(last_open)
        elif kind == "close":
            if stack:
                entry = stack.pop()
                if not entry[1]:
                    yield True, entry[0], m.end()
        else:
            for entry in stack:
                yield False, entry[0], entry[2] if entry[2] is not None else m.start()
            stack.clear()
    for entry in stack:
        yield False, entry[0], entry[2] if entry[2] is not None else end


def _unclosed(text: str, open_: int, limit: int, published: str | None) -> Malformed | None:
    """A never-closed ``(`` whose sentence reads as a dated citation, as Malformed."""
    limit = min(limit, open_ + 1 + MAX_PAREN)
    if limit <= open_ + 1:
        return None
    m = search(SENTENCE_END, text, open_ + 1, limit)
    stop = m.start() if m is not None else limit
    _, stop = trimmed(text, open_ + 1, stop)
    if stop <= open_ + 1:
        return None
    result = _read_parenthetical(text, open_, stop, published, unclosed=True)
    return result[1] if result is not None else None


def find_citations(
    text: str, start: int = 0, end: int | None = None, *, published: str | None = None
) -> tuple[tuple[Citation, ...], tuple[Malformed, ...]]:
    """Scan ``text[start:end]`` for parenthetical citations.

    One pass with an explicit stack finds the innermost parentheticals; each
    is read by :func:`parse_parenthetical`.  A parenthetical with parentheses
    inside it, or crossing a paragraph break, is not a citation.  Work is
    linear in the length of the text (see :data:`STATS`).

    Args:
        text: the whole text; offsets in the result index it.
        start: where to start scanning.
        end: where to stop scanning (default: the end of the text).
        published: ISO publication date, to give year-less dates a year.

    Returns:
        The citation items in text order (items of one group share its span),
        and the malformed candidates in text order.  The well-formed groups of
        a parenthetical with a malformed group are kept as citations, and so are
        the items of a slip read through (its candidate has ``slip`` set).

    >>> cs, bad = find_citations("It rained (Kurier, June 8). It snowed (AFP May 4).", published="2022-06-01")
    >>> [(c.source.name, c.date) for c in cs]
    [('Kurier', '2021-06-08'), ('AFP', '2022-05-04')]
    >>> [(m.text, m.reason, m.slip) for m in bad]
    [('(AFP May 4)', 'missing comma between source and date', True)]
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    published_date(published)  # fail early on a bad date
    citations: list[Citation] = []
    malformed: list[Malformed] = []
    for closed, open_, close in _scan(text, start, end):
        if closed:
            result = _read_parenthetical(text, open_, close, published)
            if result is not None:
                citations.extend(result[0])
                if result[1] is not None:
                    malformed.append(result[1])
        else:
            problem = _unclosed(text, open_, close, published)
            if problem is not None:
                malformed.append(problem)
    citations.sort(key=lambda c: c.start)
    malformed.sort(key=lambda m: m.start)
    return tuple(citations), tuple(malformed)
