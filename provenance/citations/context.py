"""The context of an undated parenthetical: whether ``(AFP)`` stands as a citation where it
is, or is an acronym expansion, a gloss or an aside."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from provenance.citations.grammar import (
    ACRONYM,
    LAST_CLAUSE_BREAK,
    LAST_PARAGRAPH_BREAK,
    NOT_CAPITAL,
    POSSESSIVE,
    WORD,
)
from provenance.citations.groups import GroupReading
from provenance.citations.names import acronym_shape, bare_shape, name_ok
from provenance.citations.words import SMALL_WORDS, TIME_GLOSSED

_CLOSING_QUOTES = '”’"»'


def _before(text: str, pos: int, floor: int = 0) -> int:
    """Index of the last non-space character before ``pos`` on its line, or -1."""
    i = pos - 1
    while i >= floor and text[i].isspace() and text[i] != "\n":
        i -= 1
    return i if i >= floor and text[i] != "\n" else -1


def _after(text: str, pos: int) -> str:
    """The first non-space character at or after ``pos`` on its line ('' at a line end or the end)."""
    i = pos
    while i < len(text) and text[i].isspace() and text[i] != "\n":
        i += 1
    return "" if i >= len(text) or text[i] == "\n" else text[i]


def _inside_quotation(text: str, pos: int) -> bool:
    """An opening quotation mark before ``pos`` in its paragraph is still open."""
    floor = max(0, pos - 2000)
    m = LAST_PARAGRAPH_BREAK.search(text, floor, pos)
    if m is not None:
        floor = m.end()
    window = text[floor:pos]
    last_open = max(window.rfind(q) for q in "“«")
    last_close = max(window.rfind(q) for q in "”»")
    if last_open > last_close:
        return True
    return window.count('"') % 2 == 1


def _words_before(text: str, pos: int) -> list[str]:
    """Up to twelve words before ``pos`` in the same clause, possessive "’s" dropped."""
    floor = max(0, pos - 200)
    m = LAST_CLAUSE_BREAK.search(text, floor, pos)
    if m is not None:
        floor = m.end()
    words = WORD.findall(text, floor, pos)[-12:]
    return [POSSESSIVE.sub("", w) for w in words]


def _initials(words: Sequence[str], capitalised_only: bool, split_hyphens: bool) -> str:
    out = []
    for word in words:
        parts = word.split("-") if split_hyphens else [word]
        for part in parts:
            if not part:
                continue
            if acronym_shape(part):
                out.append(NOT_CAPITAL.sub("", part))
            elif not capitalised_only or part[:1].isupper():
                out.append(part[:1])
    return "".join(out).upper()


def _spelled_by(letters: str, words: Sequence[str]) -> bool:
    """Whether an acronym's ``letters`` abbreviate capitalised ``words`` letter by letter.

    Each word gives the acronym one or more of its letters, in order; the first
    word gives its first letter first; at most one word may give only letters
    from inside it, as compounds do ("Nuclear Nonproliferation Treaty" -> NPT),
    and at most one word may give none ("Conventional Armed Forces in Europe"
    -> CFE).  Particles ("of", "the", "and") may give nothing.

    >>> _spelled_by("NPT", ["Nuclear", "Nonproliferation", "Treaty"])
    True
    >>> _spelled_by("CFE", ["Conventional", "Armed", "Forces", "in", "Europe"])
    True
    >>> _spelled_by("TASS", ["Interior", "Minister", "Tkach"])
    False
    """
    folded = [w.casefold() for w in words]
    particles = [w in SMALL_WORDS for w in folded]
    if len(words) < 2 or any(not p and not w[:1].isupper() for w, p in zip(words, particles, strict=True)):
        return False
    letters = letters.casefold()

    @functools.cache
    def spell(i: int, j: int, inside: int, skipped: int) -> bool:
        """letters[i:] spelled by words[j:]; ``inside`` and ``skipped`` count the words so far
        that gave only inner letters, or none."""
        if j == len(words):
            return i == len(letters)
        if particles[j] and spell(i, j + 1, inside, skipped):
            return True
        if j > 0 and not particles[j] and not skipped and spell(i, j + 1, inside, 1):
            return True
        word = folded[j]
        for first in [0] if j == 0 or inside else range(len(word)):
            if i >= len(letters) or word[first] != letters[i]:
                continue
            k, pos = i + 1, first + 1
            while True:  # take one more letter of this word at a time
                if spell(k, j + 1, inside + (first > 0), skipped):
                    return True
                pos = word.find(letters[k], pos) if k < len(letters) else -1
                if pos < 0:
                    break
                k, pos = k + 1, pos + 1
        return False

    return spell(0, 0, 0, 0)


def is_expansion(text: str, open_: int, name: str) -> bool:
    """The parenthetical expands, abbreviates or glosses the words before it.

    >>> is_expansion("the Organization of American States (OAS)", 36, "OAS")
    True
    >>> is_expansion("non-governmental organisations (NGOs)", 31, "NGOs")
    True
    >>> is_expansion("the bridge was closed (AFP)", 22, "AFP")
    False
    """
    words = _words_before(text, open_)
    m = ACRONYM.fullmatch(name)
    if m is not None:
        if m.group("plural"):
            return True
        letters = NOT_CAPITAL.sub("", name)
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            for split in (False, True):
                if _initials(tail, True, split) == letters:
                    return True
                if len(letters) >= 3 and _initials(tail, False, split) == letters:
                    return True
            if len(letters) >= 3 and _spelled_by(letters, tail):
                return True
        return False
    if words and acronym_shape(words[-1]):
        return True
    near = {w.casefold() for w in words[-3:] if len(w) >= 3}
    return any(len(w) >= 3 and w.casefold() in near for w in WORD.findall(name))


def bare_citation(text: str, open_: int, close: int, reading: GroupReading) -> bool:
    """Whether an undated one-source group stands as a citation in its context (see module doc)."""
    if len(reading.sources) != 1 or reading.speaker is not None:
        return False
    name = reading.sources[0]
    if reading.lead is not None:  # "(according to Reuters)" yes, "(see Reuters)" no
        return reading.cited and name_ok(name)
    shape = bare_shape(name)
    if shape is None and reading.locator is None:
        return False
    prev = _before(text, open_)
    if prev < 0:
        return False
    prev_char = text[prev]
    if not (prev_char.isalnum() or prev_char in _CLOSING_QUOTES + ".%)]!?"):
        return False
    next_char = _after(text, close)
    if shape == "word":
        if next_char not in ("", ".", ";", "!", "?"):
            return False
        words = _words_before(text, open_)
        if not words or not words[-1][:1].islower():
            return False
    elif next_char not in ("", ".", ";", ",", "!", "?"):
        return False
    if _inside_quotation(text, open_):
        return False
    return not is_expansion(text, open_, name)


def glosses_time(text: str, open_: int) -> bool:
    """Whether the word right before ``(`` is a word of time that a date would gloss.

    >>> glosses_time("on Thursday (November 6)", 12), glosses_time("the talks stalled (12 March)", 18)
    (True, False)
    """
    words = _words_before(text, open_)
    return bool(words) and words[-1].casefold() in TIME_GLOSSED
