"""Dates and years of citation items: what a date match says, year resolution against the
publication date, two-digit years, impossible days and ranges."""

from __future__ import annotations

import calendar
import datetime

import attrs
import regex

from provenance.citations.grammar import DATE_ITEMS, DATE_VALUE, fullmatch
from provenance.citations.words import MONTHS
from provenance.errors import ConfigError
from provenance.model import PartialDate

__all__ = ["BadDate", "When", "last_day", "published_date", "read_dates", "resolve_year"]

# A letter O typed or scanned for a zero in a number: "1O", "2O", "199O".
O_FOR_ZERO = regex.compile(r"(?<=\d)[Oo]|[Oo](?=\d)")


def number(written: str) -> int:
    """The value of a day or year as written, a letter O read as a zero ("1O" -> 10)."""
    return int(O_FOR_ZERO.sub("0", written))


def o_for_zero(written: str) -> bool:
    """Whether a date as written has a letter O for a zero ("1O July", "2O September").

    >>> o_for_zero("1O July"), o_for_zero("10 July"), o_for_zero("October 1")
    (True, False, False)
    """
    return O_FOR_ZERO.search(written) is not None


class BadDate(Exception):
    """A date that reads as a date but cannot be one (internal)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def last_day(date: str) -> datetime.date:
    """The last day an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) can mean.

    Raises ValueError for anything else.

    >>> last_day("2021-09"), last_day("2020-02"), last_day("2021")
    (datetime.date(2021, 9, 30), datetime.date(2020, 2, 29), datetime.date(2021, 12, 31))
    """
    return PartialDate.parse(date[:10]).last_day()


def published_date(published: str | None) -> datetime.date | None:
    """The publication date; a month or year of publication counts as its last day."""
    if published is None:
        return None
    try:
        return last_day(published)
    except (ValueError, TypeError):
        raise ConfigError(f"published date is not ISO YYYY-MM-DD, YYYY-MM or YYYY: {published!r}") from None


def resolve_year(month: int, day: int | None, published: str | None) -> int | None:
    """Year-less date -> the year of the latest such date not after ``published``.

    A month without a day counts from its first day.  Returns None when
    ``published`` is None or the day never occurs in that month.

    Args:
        month: 1-12.
        day: day of the month, or None for a whole month.
        published: ISO ``YYYY-MM-DD`` date of publication, or None.

    Raises:
        ConfigError: ``published`` is not an ISO date.

    >>> resolve_year(6, 8, "2021-09-12")
    2021
    >>> resolve_year(12, 20, "2022-01-10")
    2021
    >>> resolve_year(2, 29, "2023-03-01")
    2020
    >>> resolve_year(6, None, "2021-05-31"), resolve_year(6, 8, None)
    (2020, None)
    """
    pub = published_date(published)
    if pub is None or not 1 <= month <= 12:
        return None
    try:
        when = PartialDate(None, month, day)
    except ValueError:  # a day that never occurs in that month
        return None
    resolved = when.resolve(pub)
    return resolved.year if resolved is not None else None


def _expand_year(written: str, published: str | None) -> int:
    """ "2021" -> 2021; "93" -> 1993; "05" -> 2005 (pivot: not after next year)."""
    digits = written.lstrip("'’")
    if len(digits) == 4:
        return number(digits)
    pub = published_date(published)
    reference = pub.year if pub else datetime.date.today().year
    century = 2000 + int(digits)
    return century if century <= reference + 1 else century - 100


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    """The ISO form of a date as precise as written (never a day it does not give)."""
    return str(PartialDate(year, month, day))


def _days_in(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


@attrs.frozen
class When:
    """A date read from a citation: ISO forms of its first and last day."""

    date: str | None
    """``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD`` or ``--MM``."""
    date_end: str | None = None
    """Last day of a range, same forms; None when not a range."""

    @classmethod
    def from_match(cls, m: regex.Match, published: str | None) -> tuple[When, ...]:
        """The dates a :data:`DATE_VALUE` match says (several for "4, 12 January").

        Raises:
            BadDate: an impossible day, month or range (the reason names it).
        """
        written = m.group(0)
        if m.group("n1"):
            year, month = int(m.group("y1")), int(m.group("n1"))
            day = int(m.group("d1")) if m.group("d1") else None
            if not 1 <= month <= 12:
                raise BadDate(f"invalid month: {written}")
            if day is not None and not 1 <= day <= _days_in(year, month):
                raise BadDate(f"invalid day: {written}")
            return (cls(_iso(year, month, day)),)

        def year_of(name: str) -> int | None:
            value = m.group(name)
            return _expand_year(value, published) if value else None

        def month_of(name: str) -> int | None:
            value = m.group(name)
            return MONTHS[value.casefold()] if value else None

        y1, y2, m1, m2 = year_of("y1"), year_of("y2"), month_of("m1"), month_of("m2")
        if m.captures("dl"):
            return tuple(cls._single(y1, m1, number(day), written, published) for day in m.captures("dl"))
        d1 = number(m.group("d1")) if m.group("d1") else None
        d2 = number(m.group("d2")) if m.group("d2") else None
        if m1 is None and m2 is None:  # years only
            return (cls(_iso(y1), _iso(y2) if y2 is not None else None),)
        if d2 is None and m2 is None:  # one day or one month
            return (cls._single(y1 if y1 is not None else y2, m1, d1, written, published),)
        return (cls._range(y1, m1 or m2, d1, y2, m2 or m1, d2, written, published),)

    @classmethod
    def _single(cls, year, month, day, written, published) -> When:
        if day is not None and not 1 <= day <= _days_in(year, month):
            raise BadDate(f"invalid day: {written}")
        if year is None:
            year = resolve_year(month, day, published)
        return cls(_iso(year, month, day))

    @classmethod
    def _range(cls, ys, ms, ds, ye, me, de, written, published) -> When:
        for year, month, day in ((ys, ms, ds), (ye, me, de)):
            if day is not None and not 1 <= day <= _days_in(year, month):
                raise BadDate(f"invalid day: {written}")
        if ms == me and ds is not None and de is not None and ds > de:
            raise BadDate(f"invalid date range: {written}")
        forward = (ms, ds or 1) <= (me, de or 1)  # else it runs into the next year
        if ys is None and ye is not None:
            ys = ye if forward else ye - 1
        elif ye is None and ys is not None:
            ye = ys if forward else ys + 1
        elif ys is None and published is not None:
            ys = resolve_year(ms, ds, published)
            ye = None if ys is None else ys if forward else ys + 1
        if ys is not None and ye is not None and (ys, ms, ds or 1) > (ye, me, de or 1):
            raise BadDate(f"invalid date range: {written}")
        if (ys, ms, ds) == (ye, me, de):
            return cls(_iso(ys, ms, ds))
        return cls(_iso(ys, ms, ds), _iso(ye, me, de))


def read_dates(text: str, start: int, end: int, published: str | None) -> tuple[When, ...]:
    """The dates of ``text[start:end]``, a :data:`~provenance.citations.grammar.DATES` match, in order.

    Analysts list the dates of one source in time order and write the year once,
    after the last date of that year: "29 January, 11 March 1992" is two dates of
    1992, and "28 December, 3 January 1994" runs from 1993 into 1994.  So the last
    date resolves against ``published`` when it has no year, and each date before
    it without a year is the latest such day not after the date that follows it.

    Raises:
        BadDate: a date is impossible (or, which cannot happen, unreadable).

    >>> [w.date for w in read_dates("4, 14 January, 24 February 1994", 0, 31, None)]
    ['1994-01-04', '1994-01-14', '1994-02-24']
    >>> [w.date for w in read_dates("28 December, 3 January 1994", 0, 27, "2000-01-01")]
    ['1993-12-28', '1994-01-03']
    """
    items = fullmatch(DATE_ITEMS, text, start, end)
    if items is None:
        raise BadDate(f"unreadable date: {text[start:end]}")
    dates: list[When] = []
    anchor: str | None = None  # the first day of the next date, when its year is known
    for item_start, item_end in reversed(list(zip(items.starts("one"), items.ends("one"), strict=True))):
        m = fullmatch(DATE_VALUE, text, item_start, item_end)
        if m is None:
            raise BadDate(f"unreadable date: {text[item_start:item_end]}")
        has_year = bool(m.group("y1") or m.group("y2"))
        whens = When.from_match(m, published if has_year or anchor is None else anchor)
        first = whens[0].date
        anchor = first if first and first[:1].isdigit() else None
        dates[:0] = whens
    return tuple(dates)
