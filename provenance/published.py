"""Publication dates given from outside the articles: a ``--dates`` table and
the ``published`` key of the configuration, each a date per path or glob.

An article's own date (front matter, a date line in its header, the file
name line) wins over these; ``--published`` wins over everything.  Between
two rules that match a file, the later one wins (as in ``.gitattributes``),
and the ``--dates`` table comes after the configuration.

A ``--dates`` table is CSV or TSV with a header row ``path,date``::

    path,date
    briefs/*.md,2021-09-07
    briefs/2021-09-08-tajikistan.md,2021-09-08

Paths and globs are relative to the table's directory (the configuration's
for its ``published`` key); globs work as in ``per-file-ignores``
(:mod:`provenance.globs`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
from collections.abc import Iterable

import attrs

from provenance.errors import ConfigError
from provenance.globs import glob_matches, glob_pattern, relative_path
from provenance.model import DatePrecision, PartialDate

__all__ = ["EVERYTHING", "DateRule", "PublishedDates", "iso_date", "read_dates_table"]

#: The header row of a ``--dates`` table (in any case, either order).
DATES_HEADER = ("path", "date")

#: The glob of a rule for every file (and standard input).
EVERYTHING = "**"

#: Largest ``--dates`` table read, in bytes: a table of paths, not a corpus.
MAX_TABLE_BYTES = 20 * 1024 * 1024


def iso_date(value, where: str) -> str:
    """``value`` (a string, or a date as TOML reads it) as ``YYYY-MM-DD``.

    Raises:
        ConfigError: not a date in that form; the message names ``where``.

    >>> iso_date("2021-09-07", "x"), iso_date(dt.date(2021, 9, 7), "x")
    ('2021-09-07', '2021-09-07')
    """
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    # Read as every date is read (PartialDate); a publication date names its day.
    try:
        date = PartialDate.parse(str(value).strip())
    except ValueError:
        date = None
    if date is None or date.precision is not DatePrecision.DAY:
        raise ConfigError(f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None
    return str(date)


@attrs.frozen
class DateRule:
    """One row: files matching ``glob`` were published on ``date``."""

    glob: str
    """A path or glob, relative to :attr:`root`."""
    date: str
    """ISO date ``YYYY-MM-DD``."""
    root: str
    """The directory the glob is relative to (absolute)."""
    origin: str
    """Where the rule was written, for messages: ``dates.csv:3``, ``.provenance.toml: published``."""


@attrs.frozen
class PublishedDates:
    """Publication dates by path or glob; the last rule that matches a file wins.

    >>> dates = PublishedDates.of([("**", "2021-01-01"), ("*.md", "2021-09-07")], root="/news", origin="x")
    >>> dates.date_for("/news/a.md"), dates.date_for("/news/b.txt"), dates.date_for("-")
    ('2021-09-07', '2021-01-01', '2021-01-01')
    """

    rules: tuple[DateRule, ...] = ()

    def date_for(self, path: str | None) -> str | None:
        """The date of the file at ``path``, or None when no rule matches it.

        Standard input (``-``) has no path: only a rule for everything (``**``) matches it.
        """
        for rule in reversed(self.rules):
            if rule.glob == EVERYTHING or (
                path and path != "-" and glob_matches(rule.glob, relative_path(path, rule.root))
            ):
                return rule.date
        return None

    def __or__(self, other: PublishedDates) -> PublishedDates:
        """These rules, then ``other``'s (which win where both match)."""
        return PublishedDates(self.rules + other.rules)

    def __bool__(self) -> bool:
        return bool(self.rules)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str, object]], *, root: str, origin: str) -> PublishedDates:
        """Rules from ``(glob, date)`` pairs written at ``origin``; each glob must compile
        and each date be ``YYYY-MM-DD``."""
        rules: list[DateRule] = []
        for glob, value in pairs:
            where = f"{origin}: {glob!r}"
            if not isinstance(glob, str) or not glob.strip():
                raise ConfigError(f"{origin}: empty path or glob")
            try:
                glob_pattern(glob.strip().strip("/"))
            except ConfigError as e:
                raise ConfigError(f"{origin}: {e}") from None
            rules.append(DateRule(glob.strip(), iso_date(value, where), os.path.abspath(root), origin))
        return cls(tuple(rules))


def read_dates_table(path: str) -> PublishedDates:
    """Read a ``--dates`` table: CSV, or TSV (a ``.tsv`` file, or a header with a tab).

    Raises:
        ConfigError: the file cannot be read, is not UTF-8, has no ``path,date``
            header, or a row has no path, a bad glob or a date not in the form
            ``YYYY-MM-DD`` (the message names the file and line).
    """
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_TABLE_BYTES + 1)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read the dates table: {e.strerror or e}") from None
    if len(data) > MAX_TABLE_BYTES:
        raise ConfigError(f"{path}: a dates table larger than {MAX_TABLE_BYTES:,} bytes")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: not UTF-8 (byte 0x{data[e.start]:02x} at offset {e.start})") from None
    first = text.split("\n", 1)[0]
    delimiter = "\t" if path.lower().endswith(".tsv") or "\t" in first else ","
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip().lower() for h in next(rows, [])]
    if sorted(header) != sorted(DATES_HEADER):
        shown = delimiter.join(header) if header else "nothing"
        raise ConfigError(f"{path}:1: expected the header row 'path,date', found {shown!r}")
    at = {name: header.index(name) for name in DATES_HEADER}
    root = os.path.dirname(os.path.abspath(path))
    rules: list[DateRule] = []
    for row in rows:
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise ConfigError(f"{path}:{line}: expected {len(header)} fields (path, date), found {len(row)}")
        pair = (row[at["path"]], row[at["date"]])
        rules.extend(PublishedDates.of([pair], root=root, origin=f"{path}:{line}").rules)
    return PublishedDates(tuple(rules))
