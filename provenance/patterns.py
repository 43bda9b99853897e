"""The one time-out policy for patterns run over untrusted text.

Every module that matches a pattern over text it did not write goes through
these helpers instead of passing ``timeout=`` itself:

* a match may take :data:`BASE_SECONDS` plus :data:`SECONDS_PER_CHAR` for each
  character of the range it searches (:func:`time_limit`), so long but honest
  input is never cut off, while a pattern that backtracks without end is;
* for :func:`finditer` the limit covers the whole iteration (that is how the
  ``regex`` package counts it), over the whole range;
* past the limit the helper raises :class:`~provenance.errors.PatternTimeout`.
  Nothing is silently dropped: the document is reported as an input error
  naming the file (the pipeline's per-document boundary), and the other files
  are still processed.  A caller that can lose one candidate without losing
  evidence may catch it, log it and go on, and says so where it does.

Patterns that are linear and unambiguous by construction (a tokeniser whose
alternatives each consume what they start) may run without a limit, with a
comment saying so: the limit costs time on the hottest loops.

>>> import regex
>>> [m.group() for m in finditer(regex.compile(r"\\d+"), "3 of 45")]
['3', '45']
>>> search(regex.compile(r"of"), "3 of 45").span()
(2, 4)
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from provenance.errors import PatternTimeout

__all__ = ["BASE_SECONDS", "SECONDS_PER_CHAR", "finditer", "fullmatch", "match", "search", "time_limit"]

#: Seconds any match may take whatever the length of the text searched.
BASE_SECONDS = 5.0
#: Seconds added for each character of the range searched: 20 s for a 1 MB range.
SECONDS_PER_CHAR = 2e-5


def time_limit(length: int) -> float:
    """The seconds a match over ``length`` characters may take.

    >>> time_limit(0), time_limit(1_000_000)
    (5.0, 25.0)
    """
    return BASE_SECONDS + max(0, length) * SECONDS_PER_CHAR


def _bounds(text: str, pos: int, endpos: int | None) -> tuple[int, int]:
    end = len(text) if endpos is None else min(endpos, len(text))
    return pos, end


def _name(pattern: regex.Pattern) -> str:
    """The start of the pattern, to name it in the error."""
    return repr(" ".join(pattern.pattern.split())[:40])


def finditer(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match]:
    """The matches of ``pattern`` in ``text[pos:endpos]``, in order, within the time limit.

    Raises:
        PatternTimeout: the iteration ran past :func:`time_limit` of the range.
    """
    start, end = _bounds(text, pos, endpos)
    limit = time_limit(end - start)
    try:
        yield from pattern.finditer(text, start, end, timeout=limit)
    except TimeoutError:
        raise PatternTimeout(_name(pattern), start, end, limit) from None


def _once(method: str, pattern: regex.Pattern, text: str, pos: int, endpos: int | None) -> regex.Match | None:
    start, end = _bounds(text, pos, endpos)
    limit = time_limit(end - start)
    try:
        return getattr(pattern, method)(text, start, end, timeout=limit)
    except TimeoutError:
        raise PatternTimeout(_name(pattern), start, end, limit) from None


def search(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    """The first match of ``pattern`` in ``text[pos:endpos]``, or None.

    Raises:
        PatternTimeout: the search ran past :func:`time_limit` of the range.
    """
    return _once("search", pattern, text, pos, endpos)


def match(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    """A match of ``pattern`` at ``pos``, or None.

    Raises:
        PatternTimeout: the match ran past :func:`time_limit` of the range.
    """
    return _once("match", pattern, text, pos, endpos)


def fullmatch(pattern: regex.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> regex.Match | None:
    """A match of ``pattern`` covering all of ``text[pos:endpos]``, or None.

    Raises:
        PatternTimeout: the match ran past :func:`time_limit` of the range.
    """
    return _once("fullmatch", pattern, text, pos, endpos)
