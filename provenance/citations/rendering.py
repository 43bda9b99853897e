"""Rendering citation items back to one parenthetical (the inverse of parsing)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from provenance.citations.words import MONTH_NAMES
from provenance.model import Citation

__all__ = ["render"]


_ISO_PARTS = regex.compile(r"(?:(?P<y>\d{4})|-)(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?")


def _parts(iso: str) -> tuple[int | None, int | None, int | None]:
    m = _ISO_PARTS.fullmatch(iso)
    if m is None:
        return None, None, None
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    return (int(y) if y else None, int(mo) if mo else None, int(d) if d else None)


def _render_date(date: str, date_end: str | None) -> str:
    y1, m1, d1 = _parts(date)
    if m1 is None:
        return date if date_end is None else f"{date}–{date_end}"
    name1 = MONTH_NAMES[m1 - 1]
    year1 = f" {y1}" if y1 is not None else ""
    if date_end is None:
        if d1 is None:
            return f"{name1}{year1}"
        return f"{name1} {d1}" + (f", {y1}" if y1 is not None else "")
    y2, m2, d2 = _parts(date_end)
    if m2 is None:
        return f"{date}–{date_end}"
    name2 = MONTH_NAMES[m2 - 1]
    if d1 is None or d2 is None:
        if y1 != y2:
            return f"{name1}{year1}–{name2}" + (f" {y2}" if y2 is not None else "")
        return f"{name1}–{name2}" + (f" {y2}" if y2 is not None else "")
    if y1 is not None and y2 is not None and y1 != y2:
        return f"{name1} {d1}, {y1}–{name2} {d2}, {y2}"
    tail = f", {y2}" if y2 is not None else ""
    if m1 == m2:
        return f"{name1} {d1}–{d2}{tail}"
    return f"{name1} {d1}–{name2} {d2}{tail}"


def render(citations: Sequence[Citation]) -> str:
    """Render citation items as one parenthetical, one ``;``-separated group per item.

    Parsing the result gives the same sources, dates, locators and speakers
    (years stay as given: year-less dates are rendered year-less).

    >>> from provenance.citations import parse_parenthetical
    >>> from provenance.model import Source
    >>> render([Citation(0, 0, "", Source("A"), date="--10-14"),
    ...         Citation(0, 0, "", Source("B"), date="2020-03-05")])
    '(A, October 14; B, March 5, 2020)'
    >>> s = render([Citation(0, 0, "", Source("AFP"), date="2021-10-14", date_end="2021-10-15")])
    >>> s, [(c.source.name, c.date, c.date_end) for c in parse_parenthetical(s, 0, len(s))]
    ('(AFP, October 14–15, 2021)', [('AFP', '2021-10-14', '2021-10-15')])
    """
    items = []
    for c in citations:
        head = f"{c.speaker} to {c.source.name}" if c.speaker else c.source.name
        parts = [head]
        if c.locator:
            parts.append(c.locator)
        if c.date:
            parts.append(_render_date(c.date, c.date_end))
        items.append(", ".join(parts))
    return "(" + "; ".join(items) + ")"
