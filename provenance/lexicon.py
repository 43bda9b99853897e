"""The shared word lists, and the one loader of the data files they come from.

Every list of words that more than one stage needs lives here once: month and
weekday names, number words, function words, pronouns and auxiliaries.  Lists
that one stage alone uses stay with that stage (as a data file under
``provenance/data/`` read through :func:`rows`, or one constant with a comment
saying why).

Data files are UTF-8 text, one entry a line, fields separated by tabs; blank
lines and lines starting with ``#`` are comments.  They are read once per
process.

>>> MONTHS["sept"], MONTHS["december"]
(9, 12)
>>> "thurs" in WEEKDAYS
True
>>> NUMBER_WORDS["seventeen"], NUMBER_WORDS["dozen"]
(17.0, 12.0)
"""

from __future__ import annotations

import functools
from importlib import resources

__all__ = [
    "AUXILIARIES",
    "BE_FORMS",
    "CARDINAL_WORDS",
    "COUNT_PLURALS",
    "FIRST_SECOND_PERSON",
    "FUNCTION_WORDS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "NUMBER_WORDS",
    "OBJECT_PRONOUNS",
    "PRONOUNS",
    "PRONOUN_CONTRACTIONS",
    "RELATIVE_PRONOUNS",
    "SCALE_WORDS",
    "SUBJECT_PRONOUNS",
    "WEEKDAYS",
    "WEEKDAY_NAMES",
    "lines",
    "read_text",
    "rows",
    "words",
]

#: The package whose ``data/`` folder holds the shipped data files.
PACKAGE = "provenance"


# --------------------------------------------------------------------------
# The loader
# --------------------------------------------------------------------------


@functools.cache
def read_text(name: str) -> str:
    """The whole text of the shipped data file ``provenance/data/<name>``.

    For files with their own format (``sources.tsv`` reports errors by line
    number); word lists use :func:`rows`, :func:`lines` or :func:`words`.

    Raises:
        FileNotFoundError: no data file of that name is shipped.
    """
    return resources.files(PACKAGE).joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a data file, one stripped line each, comments and blank lines skipped.

    >>> lines("months.txt")[:2]
    ('january\\t1', 'february\\t2')
    """
    return tuple(line.strip() for line in read_text(name).splitlines() if line.strip() and not _comment(line))


@functools.cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a data file, one tuple of tab-separated, stripped fields each.

    >>> ("hundreds", "200", "999") in rows("quantifiers.txt")
    True
    """
    return tuple(tuple(field.strip() for field in line.split("\t")) for line in lines(name))


@functools.cache
def words(name: str) -> frozenset[str]:
    """The first field of every entry of a data file, case-folded.

    >>> "although" in words("function_words.txt")
    True
    """
    return frozenset(row[0].casefold() for row in rows(name))


@functools.cache
def verb_entries(name: str) -> tuple[tuple[tuple[str, ...], frozenset[str], frozenset[str]], ...]:
    """The verbs of a verb list (``reporting_verbs.txt``): per line, its forms (base form
    first, lower case), its ``:flags`` and its ``+prepositions``, without their marks.

    >>> forms, flags, preps = verb_entries("reporting_verbs.txt")[0]
    >>> forms[:2], "passive" in flags
    (('say', 'said'), True)
    """
    out = []
    for line in lines(name):
        fields = line.split()
        out.append(
            (
                tuple(w.lower() for w in fields if w[0] not in ":+"),
                frozenset(w[1:] for w in fields if w.startswith(":")),
                frozenset(w[1:] for w in fields if w.startswith("+")),
            )
        )
    return tuple(out)


def _comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _first_per_value(names: dict[str, int]) -> tuple[str, ...]:
    """The first name of each value, in value order (data files list full names first)."""
    first: dict[int, str] = {}
    for name, value in names.items():
        first.setdefault(value, name)
    return tuple(first[v] for v in sorted(first))


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

#: Month names and abbreviations, case-folded and without a full stop, to the
#: month's number (``months.txt``): "sept" -> 9.
MONTHS: dict[str, int] = {row[0]: int(row[1]) for row in rows("months.txt")}

#: The full English month names in calendar order, capitalised ("January" ... "December").
MONTH_NAMES: tuple[str, ...] = tuple(name.capitalize() for name in _first_per_value(MONTHS))

#: The abbreviations of :data:`MONTHS` (every spelling that is not a full name):
#: they take a full stop without ending a sentence ("Sept. 4").
MONTH_ABBREVIATIONS: frozenset[str] = frozenset(MONTHS) - {name.casefold() for name in MONTH_NAMES}

#: Weekday names and abbreviations, case-folded and without a full stop, to the
#: ISO weekday (Monday 1) (``weekdays.txt``).
WEEKDAYS: dict[str, int] = {row[0]: int(row[1]) for row in rows("weekdays.txt")}

#: The full English weekday names, Monday first, capitalised.
WEEKDAY_NAMES: tuple[str, ...] = tuple(name.capitalize() for name in _first_per_value(WEEKDAYS))


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------

#: Numbers written as words, to their value (``number_words.txt``): the
#: cardinals one to ninety and the scale words ("dozen", "hundred" ... "trillion").
NUMBER_WORDS: dict[str, float] = {row[0]: float(row[1]) for row in rows("number_words.txt")}

#: Scale words: they multiply the number before them ("two hundred", "1.5 million")
#: and alone are a vague count only in the plural ("hundreds").
SCALE_WORDS: frozenset[str] = frozenset(w for w, v in NUMBER_WORDS.items() if v >= 100 or w == "dozen")

#: The cardinals written as one word: one to nineteen and the tens ("seventy").
#: Compound numbers join two of them with a hyphen ("seventy-seven").
CARDINAL_WORDS: frozenset[str] = frozenset(NUMBER_WORDS) - SCALE_WORDS

#: Plural scale words that state a count by themselves ("dozens of", "thousands fled").
COUNT_PLURALS: frozenset[str] = frozenset(w + "s" for w in SCALE_WORDS)


# --------------------------------------------------------------------------
# Function words (closed classes of English grammar)
# --------------------------------------------------------------------------

#: Function words (``function_words.txt``): determiners, prepositions,
#: conjunctions, pronouns and auxiliaries that carry no content; ignored when
#: measuring how much two statements overlap.
FUNCTION_WORDS: frozenset[str] = words("function_words.txt")

# The pronoun and auxiliary classes are small, closed and part of the grammar
# (the attribution grammar reads them), so they are constants, one class each.

#: Pronouns that can be the subject of a verb.
SUBJECT_PRONOUNS: frozenset[str] = frozenset("he she they we i it you".split())
#: Pronouns that can be the object of a verb ("told him").
OBJECT_PRONOUNS: frozenset[str] = frozenset("him her them us me you it".split())
#: Subject pronouns of the writer or the addressee ("I think", "you say").
FIRST_SECOND_PERSON: frozenset[str] = frozenset("i we you".split())
#: Relative pronouns that can be the subject of a clause ("officials who said").
RELATIVE_PRONOUNS: frozenset[str] = frozenset("who which".split())
#: Personal pronouns in any case: they name no one by themselves.
PRONOUNS: frozenset[str] = SUBJECT_PRONOUNS | OBJECT_PRONOUNS
#: Pronoun contractions that start a clause ("say they're prepared"), and
#: existential "there".
PRONOUN_CONTRACTIONS: frozenset[str] = frozenset(
    "he's she's it's they're we're i'm you're there's they've we've i've he'd she'd they'd we'd i'd "
    "they'll we'll he'll she'll it'll i'll there".split()
)
#: Auxiliaries, modals and negations, with their contractions ("has said", "did not say").
AUXILIARIES: frozenset[str] = frozenset(
    "has have had having did does do will would could can may might should must shall is was are were "
    "be been being am not n't never didn't doesn't don't hasn't haven't hadn't won't wouldn't couldn't "
    "isn't wasn't weren't aren't can't cannot".split()
)
#: Forms of "be": a past participle after one of these is passive.
BE_FORMS: frozenset[str] = frozenset("is was are were be been being am".split())
