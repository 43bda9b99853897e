"""Malformed candidates: groups that are almost citations (missing comma, misspelled month,
empty source, impossible date), kept for the lint."""

from __future__ import annotations

import attrs
import regex

from provenance.citations.grammar import DIGIT, EMPTY_SOURCE, LETTER, MISSPELLED_MONTH, fullmatch
from provenance.citations.names import name_ok, name_words, proper_name, speaker_ok
from provenance.citations.words import MONTH_NAMES, MONTHS


def _fuzzy_month(name: str) -> str:
    edits = 2 if len(name) >= 7 else 1
    return f"(?:{name}){{e<={edits}}}"


#: Near-misses of month names: two edits for long names ("Setpember"), one for
#: four to six letters ("Agust", "Jume"), none for "May".
FUZZY_MONTH = regex.compile("(?i)(?:" + "|".join(_fuzzy_month(name) for name in MONTH_NAMES if len(name) > 3) + ")")


def misspelled_month(word: str) -> bool:
    """A capitalised word that is not a month but nearly one: within :data:`FUZZY_MONTH`'s
    edits, or two neighbouring letters swapped ("Mrach", "Juen").

    >>> [misspelled_month(w) for w in ["Setpember", "Mrach", "Agust", "March", "Match", "Mark", "Mya"]]
    [True, True, True, False, True, False, False]
    """
    folded = word.casefold()
    if not word[:1].isupper() or folded in MONTHS or len(word) < 4:
        return False
    if FUZZY_MONTH.fullmatch(word):
        return True
    swaps = (folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :] for i in range(len(folded) - 1))
    return any(swap in MONTHS and len(swap) > 3 for swap in swaps)


@attrs.frozen
class Problem:
    """A group that is almost a citation (internal)."""

    reason: str


def misspelled_day(sources) -> str | None:
    """A "source" that is really a misspelled month and a day ("Setpember 4"), or None.

    Several sources may share one date (``Interfax, Minsk radio, 25 February``),
    so a misspelled date before a year reads as one more source; catch it.
    """
    for name in sources:
        words = name_words(name)
        if len(words) == 2 and words[1].isdigit() and misspelled_month(words[0]):
            return words[0]
        if len(words) == 2 and words[0].isdigit() and misspelled_month(words[1]):
            return words[1]
    return None


def names_ok_for_problem(m: regex.Match) -> bool:
    """The names of a group with a bad date read as names (so the date is what is wrong)."""
    if "speaker" in m.re.groupindex and m.group("speaker") is not None and not speaker_ok(m.group("speaker")):
        return False
    sources = m.captures("source") if "source" in m.re.groupindex else []  # a date alone names no source
    return all(name_ok(s) for s in sources)


def near_miss(text: str, start: int, end: int) -> Problem | None:
    """Why a group that is not a citation is almost one, or None."""
    group = text[start:end]
    if DIGIT.search(group) is None:  # every near-miss has a day
        return None
    if group.startswith(",") and fullmatch(EMPTY_SOURCE, text, start, end):
        return Problem("empty source")
    m = fullmatch(MISSPELLED_MONTH, text, start, end) if "," in group else None
    if m is not None and all(name_ok(s) for s in m.captures("source")):
        word = m.group("word")
        if misspelled_month(word):
            return Problem(f'misspelled month "{word}"')
    return None


def missing_comma(m: regex.Match) -> bool:
    """Whether a :data:`~provenance.citations.grammar.MISSING_COMMA` match is a source and a
    day that lost their comma ("Kyiv Post March 14"): names read as names, the last a proper
    name of at most five words, and the date gives a day."""
    source = m.captures("source")[-1]
    date = m.group("date")
    has_day = DIGIT.search(date) is not None and LETTER.search(date) is not None
    return (
        has_day
        and len(name_words(source)) <= 5
        and proper_name(source)
        and all(name_ok(s) for s in m.captures("source"))
    )
