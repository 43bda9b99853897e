"""The one table helper of the text and Markdown outputs, and how values read in them.

Every table of ``report``, ``contested`` and ``rules`` goes through
:func:`table`: cells are made printable, white space inside a cell is
squeezed (a claim keeps its words, not its line breaks), and with a width
the long columns wrap so that the table fits it.  Without a width a table
keeps every cell whole, so piped output and files hold the full text.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from tabulate import multiline_formats, tabulate

from provenance.lexicon import MONTH_NAMES
from provenance.model import PartialDate
from provenance.printable import visible

__all__ = ["MIN_WRAPPED", "cut", "drop_empty_columns", "human_date", "squeeze", "table", "wrap_widths"]

#: Narrowest a wrapping column becomes when a table is fitted to a width
#: (narrower, a claim turns into a column of single words).
MIN_WRAPPED = 12

#: Longest word a wrapping column keeps whole when the table is fitted (a
#: handle such as ``Twitter/@BBCYaldaHakim``); longer words are broken.
LONGEST_WHOLE_WORD = 24


def squeeze(value: str) -> str:
    """``value`` on one line: every run of white space (line breaks too) one space."""
    return " ".join(value.split())


def cut(value: str, width: int) -> str:
    """``value`` on one line and at most ``width`` characters, ending in "…" when cut.

    >>> cut("The bridge was closed on Monday.", 16)
    'The bridge was…'
    """
    value = squeeze(value)
    return value if len(value) <= width else value[: width - 1].rstrip() + "…"


def human_date(iso: str | None) -> str:
    """An ISO date as the text outputs show it: a date without a year spelled
    out (``--02-25`` reads as a range of dashes), every other date as it is.

    JSON and CSV keep the ISO form of the contract; this is for readers.

    >>> human_date("--02-25"), human_date("--09"), human_date("2021-09-04"), human_date(None)
    ('Feb 25 (year unknown)', 'Sep (year unknown)', '2021-09-04', '')
    """
    if not iso:
        return ""
    if not iso.startswith("--"):
        return iso
    try:
        date = PartialDate.parse(iso)
    except ValueError:
        return iso
    month = MONTH_NAMES[(date.month or 1) - 1][:3]
    day = f" {date.day}" if date.day is not None else ""
    return f"{month}{day} (year unknown)"


def drop_empty_columns(rows: list[dict], keep: Sequence[str]) -> list[dict]:
    """``rows`` without the columns that are empty in every row, except ``keep``."""
    empty = [k for k in (rows[0] if rows else {}) if k not in keep and not any(r[k] for r in rows)]
    return [{k: v for k, v in r.items() if k not in empty} for r in rows]


def table(
    rows: list[dict],
    tablefmt: str,
    *,
    width: int | None = None,
    wrap: Mapping[str, int] | Iterable[str] = (),
    markdown: bool = False,
) -> str:
    """Render ``rows`` (dicts with the same keys, the headers) as one table.

    Args:
        rows: the rows; string cells may hold line breaks, kept as lines of
            the cell in text tables and joined with spaces in Markdown.
        tablefmt: one of tabulate's table styles.
        width: fit the table in this many columns by wrapping the ``wrap``
            columns (see :func:`wrap_widths`); None keeps every cell whole.
        wrap: the columns that may wrap (the long, free-text ones), each with
            its weight: its share of the room they have, relative to the others
            (a plain list weighs them alike).
        markdown: escape ``|`` in cells, and keep each cell on one line.

    Returns:
        The table, without a final line break; ``""`` when there are no rows.
    """
    if not rows:
        return ""
    multiline = not markdown and tablefmt in multiline_formats
    cells = [{k: _cell(v, multiline=multiline, markdown=markdown) for k, v in r.items()} for r in rows]
    widths = _fitted(cells, tablefmt, width, wrap) if width and multiline else None
    return tabulate(cells, headers="keys", tablefmt=tablefmt, disable_numparse=True, maxcolwidths=widths)


def _cell(value, *, multiline: bool, markdown: bool):
    if not isinstance(value, str):
        return value
    lines = [squeeze(visible(line)) for line in value.split("\n")]
    text = "\n".join(line for line in lines if line) if multiline else " ".join(line for line in lines if line)
    return text.replace("|", "\\|") if markdown else text  # a "|" inside a Markdown cell would end it


def _natural(cells: list[dict], key: str) -> int:
    lines = [key, *(line for r in cells for line in str(r[key]).split("\n"))]
    return max(len(line) for line in lines)


def _narrowest(cells: list[dict], key: str) -> int:
    """The narrowest a wrapping column becomes: its longest word (up to
    :data:`LONGEST_WHOLE_WORD`), at least :data:`MIN_WRAPPED`."""
    words = [len(w) for r in cells for w in str(r[key]).split()]
    return max(MIN_WRAPPED, min(LONGEST_WHOLE_WORD, max(words, default=0)))


def wrap_widths(
    natural: Mapping[str, int], weights: Mapping[str, int], room: int, narrowest: Mapping[str, int] | None = None
) -> dict[str, int]:
    """Widths for the wrapping columns that share ``room`` characters.

    Each column gets ``c * weight`` for one ``c`` chosen so that the widths
    fill the room, but never more than its natural width (what it needs
    unwrapped) nor less than its ``narrowest`` (default :data:`MIN_WRAPPED`;
    its natural width when that is smaller): a column with a small natural
    width keeps it, and the heaviest long columns take the rest.

    >>> wrap_widths({"claim": 300, "said by": 40, "date": 10}, {"claim": 3, "said by": 1, "date": 1}, 76)
    {'claim': 50, 'said by': 16, 'date': 10}
    """
    floor = {k: min(natural[k], (narrowest or {}).get(k, MIN_WRAPPED)) for k in weights}

    def widths(c: float) -> dict[str, int]:
        return {k: max(floor[k], min(natural[k], int(c * w))) for k, w in weights.items()}

    lo, hi = 0.0, float(max((natural[k] / w for k, w in weights.items()), default=0)) + 1
    for _ in range(50):  # bisection on c: the widths grow with it
        mid = (lo + hi) / 2
        if sum(widths(mid).values()) <= room:
            lo = mid
        else:
            hi = mid
    return widths(lo)


def _fitted(
    cells: list[dict], tablefmt: str, width: int, wrap: Mapping[str, int] | Iterable[str]
) -> list[int | None] | None:
    """``maxcolwidths`` for tabulate that make the table at most ``width`` wide,
    or None when it fits already (the other columns keep their widths)."""
    keys = list(cells[0])
    weights = dict(wrap) if isinstance(wrap, Mapping) else dict.fromkeys(wrap, 1)
    weights = {k: w for k, w in weights.items() if k in keys}
    natural = {k: _natural(cells, k) for k in keys}
    rendered = tabulate(cells, headers="keys", tablefmt=tablefmt, disable_numparse=True)
    total = max(len(line) for line in rendered.split("\n"))
    if total <= width or not weights:
        return None
    chrome = total - sum(natural.values())  # padding and rules of this table style
    room = width - chrome - sum(natural[k] for k in keys if k not in weights)
    # Long words (handles, names) stay whole unless that costs a column more
    # than a quarter of its fair share of the room; then only MIN_WRAPPED holds.
    given = wrap_widths(natural, weights, room, {k: _narrowest(cells, k) for k in weights})
    fair = {k: min(natural[k], room * w // sum(weights.values())) for k, w in weights.items()}
    if sum(given.values()) > room or any(4 * given[k] < 3 * fair[k] for k in weights):
        given = wrap_widths(natural, weights, room)
    return [given.get(k) for k in keys]
