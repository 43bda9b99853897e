"""The shared word lists and the one data-file loader (provenance/lexicon.py)."""

from __future__ import annotations

import calendar
import pkgutil

import pytest

import provenance
from provenance import lexicon


@pytest.mark.parametrize(
    "word, number",
    [
        ("january", 1),  # a full name
        ("sept", 9),  # the four-letter abbreviation
        ("sep", 9),  # the three-letter one
        ("may", 5),  # a name that is its own abbreviation
        ("dec", 12),  # the last month
    ],
)
def test_months(word, number):
    assert lexicon.MONTHS[word] == number


def test_month_and_weekday_names_are_the_calendar_names():
    assert tuple(calendar.month_name)[1:] == lexicon.MONTH_NAMES
    assert tuple(calendar.day_name) == lexicon.WEEKDAY_NAMES


def test_every_month_spelling_starts_its_full_name():
    for word, number in lexicon.MONTHS.items():
        assert lexicon.MONTH_NAMES[number - 1].casefold().startswith(word)


def test_every_weekday_spelling_starts_its_full_name():
    for word, number in lexicon.WEEKDAYS.items():
        assert lexicon.WEEKDAY_NAMES[number - 1].casefold().startswith(word)


def test_month_abbreviations_are_the_short_spellings():
    assert {w for w in lexicon.MONTHS if w.capitalize() not in lexicon.MONTH_NAMES} == lexicon.MONTH_ABBREVIATIONS
    assert "may" not in lexicon.MONTH_ABBREVIATIONS


@pytest.mark.parametrize(
    "word, value",
    [
        ("one", 1),  # the smallest cardinal
        ("thirteen", 13),  # a teen
        ("ninety", 90),  # the largest ten
        ("dozen", 12),  # a scale word below a hundred
        ("trillion", 1e12),  # the largest scale
    ],
)
def test_number_words(word, value):
    assert lexicon.NUMBER_WORDS[word] == value


def test_number_classes_partition_the_number_words():
    assert set(lexicon.NUMBER_WORDS) == lexicon.CARDINAL_WORDS | lexicon.SCALE_WORDS
    assert not lexicon.CARDINAL_WORDS & lexicon.SCALE_WORDS
    assert len(lexicon.CARDINAL_WORDS) == 19 + 8  # one to nineteen, twenty to ninety
    assert {"dozens", "hundreds", "millions"} <= lexicon.COUNT_PLURALS


def test_pronoun_classes():
    assert lexicon.FIRST_SECOND_PERSON <= lexicon.SUBJECT_PRONOUNS
    assert lexicon.PRONOUNS == lexicon.SUBJECT_PRONOUNS | lexicon.OBJECT_PRONOUNS
    assert lexicon.BE_FORMS <= lexicon.AUXILIARIES


def test_every_data_file_loads():
    data = pkgutil.get_data("provenance", "data/months.txt")
    assert data is not None
    for name in sorted(p.name for p in (lexicon.resources.files("provenance") / "data").iterdir()):
        if name.endswith(".txt"):
            rows = lexicon.rows(name)
            assert rows, name  # no empty word list
            assert all(field == field.strip() and field for row in rows for field in row), name


def test_rows_skip_comments_and_blank_lines():
    assert all(not line.startswith("#") and line for line in lexicon.lines("number_words.txt"))


def test_missing_data_file_names_it():
    with pytest.raises(FileNotFoundError, match="no-such-list"):
        lexicon.read_text("no-such-list.txt")


def test_lists_are_frozen():
    for name in lexicon.__all__:
        value = getattr(lexicon, name)
        if name.isupper() and not callable(value):
            assert isinstance(value, frozenset | tuple | dict), name


def test_the_package_is_importable_without_cycles():
    assert provenance.extract("A sentence.").claims
