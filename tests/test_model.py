"""The shared values (provenance/model.py): partial dates and validation at construction."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.model import Article, Attribution, Citation, Claim, Document, Malformed, PartialDate, Source, Span

# --------------------------------------------------------------------------
# Partial dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, precision",
    [
        ("2021-09-04", PartialDate(2021, 9, 4), "day"),  # a full date
        ("2021-06", PartialDate(2021, 6), "month"),  # a month of a year
        ("2021", PartialDate(2021), "year"),  # a year
        ("--09-04", PartialDate(None, 9, 4), "day"),  # a day without a year
        ("--09", PartialDate(None, 9), "month"),  # a month without a year
        ("--02-29", PartialDate(None, 2, 29), "day"),  # 29 February without a year: some year has it
        ("2020-02-29", PartialDate(2020, 2, 29), "day"),  # a leap day
    ],
)
def test_parse_and_format(text, expected, precision):
    date = PartialDate.parse(text)
    assert date == expected
    assert str(date) == text
    assert date.precision.value == precision


@pytest.mark.parametrize(
    "text",
    [
        "2021-02-29",  # no such day in a common year
        "2021-13",  # no such month
        "2021-09-31",  # September has 30 days
        "--00-04",  # month zero
        "-",  # neither year nor month
        "21-09-04",  # a two-digit year
        "2021-9-4",  # unpadded month and day
        "2021-09-04T10:00",  # a time
        "",  # nothing
        "September 4",  # words
    ],
)
def test_parse_rejects(text):
    with pytest.raises(ValueError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    "text, first, last",
    [
        ("2021-06", datetime.date(2021, 6, 1), datetime.date(2021, 6, 30)),  # a month is the whole month
        ("2020-02", datetime.date(2020, 2, 1), datetime.date(2020, 2, 29)),  # February of a leap year
        ("2021", datetime.date(2021, 1, 1), datetime.date(2021, 12, 31)),  # a year is the whole year
        ("2021-09-04", datetime.date(2021, 9, 4), datetime.date(2021, 9, 4)),  # a day is itself
    ],
)
def test_a_date_covers_every_day_it_can_mean(text, first, last):
    assert PartialDate.parse(text).days() == (first, last)


def test_a_month_never_becomes_a_day():
    june = PartialDate.parse("2021-06")
    assert june.day is None
    assert june.days_apart(PartialDate.parse("2021-06-15")) == 0
    assert june.days_apart(PartialDate.parse("2021-06-01")) == 0
    assert june.days_apart(PartialDate.parse("2021-07-31")) == 31


def test_year_less_dates_have_no_days():
    with pytest.raises(ValueError, match="no year"):
        PartialDate.parse("--09-04").first_day()


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("--06-08", datetime.date(2021, 9, 12), "2021-06-08"),  # earlier in the year of publication
        ("--12-20", datetime.date(2022, 1, 10), "2021-12-20"),  # after the publication day: the year before
        ("--02-29", datetime.date(2023, 3, 1), "2020-02-29"),  # a leap day: the last leap year
        ("--06", datetime.date(2021, 5, 31), "2020-06"),  # a month counts from its first day
        ("--09-04", datetime.date(2021, 9, 4), "2021-09-04"),  # the publication day itself
        ("2019-03", datetime.date(2021, 9, 4), "2019-03"),  # a date with a year is kept
    ],
)
def test_resolve_against_the_publication_date(text, published, expected):
    assert str(PartialDate.parse(text).resolve(published)) == expected


dates = st.one_of(
    st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)).map(PartialDate.of),
    st.builds(PartialDate, st.integers(1, 9999), st.integers(1, 12)),
    st.builds(PartialDate, st.integers(1, 9999)),
    st.dates(datetime.date(2000, 1, 1), datetime.date(2000, 12, 31)).map(lambda d: PartialDate(None, d.month, d.day)),
    st.builds(PartialDate, st.none(), st.integers(1, 12)),
)


@given(dates)
def test_parse_of_format_is_identity(date):
    assert PartialDate.parse(str(date)) == date


@given(dates.filter(lambda d: d.has_year), dates.filter(lambda d: d.has_year))
def test_days_apart_is_symmetric_and_zero_when_overlapping(a, b):
    assert a.days_apart(b) == b.days_apart(a) >= 0
    assert a.first_day() <= a.last_day()
    if a.first_day() <= b.last_day() and b.first_day() <= a.last_day():
        assert a.days_apart(b) == 0


# --------------------------------------------------------------------------
# Dates on the values that carry them
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "date",
    [
        "2021-9-4",  # not the ISO form
        "September 4",  # words
        "2021-02-30",  # no such day
    ],
)
def test_citation_dates_are_validated(date):
    with pytest.raises(ValueError, match="date"):
        Citation(0, 4, "AFP", Source("AFP"), date=date)
    with pytest.raises(ValueError, match="date_end"):
        Citation(0, 4, "AFP", Source("AFP"), date="2021-02-01", date_end=date)


def test_citation_reads_its_dates():
    c = Citation(0, 4, "AFP", Source("AFP"), date="--10-14", date_end="--10-15")
    assert (c.when, c.when_end) == (PartialDate(None, 10, 14), PartialDate(None, 10, 15))
    assert Citation(0, 4, "AFP", Source("AFP")).when is None


def test_document_published_is_validated():
    assert Document("text", published="2021-09").published_date == PartialDate(2021, 9)
    with pytest.raises(ValueError, match="published"):
        Document("text", published="07/09/2021")


# --------------------------------------------------------------------------
# Offsets
# --------------------------------------------------------------------------

SOURCE = Source("AFP")


@pytest.mark.parametrize(
    "build, field",
    [
        (lambda: Citation(5, 4, "AFP", SOURCE), "end"),  # the item ends before it starts
        (lambda: Citation(-1, 4, "AFP", SOURCE), "start"),  # a negative offset
        (lambda: Citation(1, 4, "AFP", SOURCE, paren_start=5, paren_end=0), "paren_end"),  # parentheses reversed
        (lambda: Citation(1, 4, "AFP", SOURCE, paren_start=-1), "paren_start"),  # a negative parenthesis
        (lambda: Attribution(0, 3, SOURCE, "said", 9, 4, 10, 20), "cue_end"),  # the cue reversed
        (lambda: Attribution(0, 3, SOURCE, "said", -4, 0, 10, 20), "cue_start"),  # a negative cue
        (lambda: Attribution(0, 3, SOURCE, "said", 4, 8, 20, 10), "content_end"),  # the content reversed
        (lambda: Attribution(0, 3, SOURCE, "said", 4, 8, -1, 10), "content_start"),  # a negative content start
        (lambda: Claim("t:1", 0, 4, "Rain", sentence_start=9, sentence_end=2), "sentence_end"),  # sentence reversed
        (lambda: Claim("t:1", 0, 4, "Rain", sentence_start=-2), "sentence_start"),  # a negative sentence
        (lambda: Article(0, 10, body_start=-1), "body_start"),  # a negative body
        (lambda: Malformed(3, 1, "(", "unclosed"), "end"),  # a reversed candidate
        (lambda: Span(2, 1), "end"),  # a reversed span
    ],
)
def test_every_offset_is_validated(build, field):
    with pytest.raises(ValueError, match=f"^{field} "):
        build()


def test_valid_offsets_are_kept():
    a = Attribution(0, 3, SOURCE, "said", 4, 8, 9, 20)
    assert (a.span, a.content) == (Span(0, 3), Span(9, 20))
