"""Groups: one ``;``-separated part of a parenthetical, read as sources, speaker, locators
and dates, or as a near-miss."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from provenance.citations.dates import BadDate, When
from provenance.citations.grammar import DATE_VALUE, DATED_GROUP, LINK_WORD, SPEAKER_GROUP, UNDATED_GROUP, fullmatch
from provenance.citations.malformed import Problem, misspelled_day, names_ok_for_problem, near_miss
from provenance.citations.names import name_ok, speaker_ok
from provenance.model import Citation, Source


@attrs.frozen
class GroupReading:
    """What one ``;``-separated group of a parenthetical says."""

    start: int
    """Start of the group (white space trimmed)."""
    end: int
    sources: tuple[str, ...]
    """Sources as written, in order."""
    whens: tuple[When, ...] = ()
    """Dates, in order; empty when undated."""
    locator: str | None = None
    speaker: str | None = None
    lead: str | None = None
    """"according to" or "via" when the group says so."""

    @classmethod
    def from_match(cls, m: regex.Match, published: str | None) -> GroupReading:
        """Read a :data:`SPEAKER_GROUP`, :data:`DATED_GROUP` or :data:`UNDATED_GROUP` match.

        Raises:
            BadDate: the date is impossible.
        """
        whens: tuple[When, ...] = ()
        if "date" in m.re.groupindex and m.group("date") is not None:
            dm = fullmatch(DATE_VALUE, m.string, m.start("date"), m.end("date"))
            if dm is None:  # cannot happen: the same pattern matched inside the group
                raise BadDate(f"unreadable date: {m.group('date')}")
            whens = When.from_match(dm, published)
        speaker = m.group("speaker") if "speaker" in m.re.groupindex else None
        return cls(
            start=m.start(),
            end=m.end(),
            sources=tuple(m.captures("source")),
            whens=whens,
            locator=", ".join(m.captures("locator")) or None,
            speaker=speaker,
            lead=m.group("lead"),
        )

    def acceptable(self) -> bool:
        """Sources (and speaker) read as names, not as prose."""
        if self.speaker is not None and not speaker_ok(self.speaker):
            return False
        return all(name_ok(s) for s in self.sources)

    def citations(self, text: str, paren_start: int, paren_end: int) -> tuple[Citation, ...]:
        """One citation per source and date, in order, all spanning the group."""
        raw = text[self.start : self.end]
        return tuple(
            Citation(
                start=self.start,
                end=self.end,
                raw=raw,
                source=Source(name=name),
                date=when.date,
                date_end=when.date_end,
                paren_start=paren_start,
                paren_end=paren_end,
                locator=self.locator,
                speaker=self.speaker,
            )
            for name in self.sources
            for when in (self.whens or (When(None),))
        )


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def read_group(text: str, start: int, end: int, published: str | None) -> GroupReading | Problem | None:
    """Read ``text[start:end]`` (trimmed) as a citation group, a near-miss, or nothing."""
    group = text[start:end]
    patterns = []
    if LINK_WORD.search(group):
        patterns.append(SPEAKER_GROUP)
    if "," in group or "on" in group:  # a date follows ", " or " on "
        patterns.append(DATED_GROUP)
    for pattern in patterns:
        m = fullmatch(pattern, text, start, end)
        if m is None:
            continue
        try:
            reading = GroupReading.from_match(m, published)
        except BadDate as e:
            if names_ok_for_problem(m):
                return Problem(e.reason)
            continue
        misspelled = misspelled_day(reading.sources)
        if misspelled:
            return Problem(f'misspelled month "{misspelled}"')
        if reading.acceptable():
            return reading
    problem = near_miss(text, start, end)
    if problem is not None:
        return problem
    m = fullmatch(UNDATED_GROUP, text, start, end)
    if m is not None:
        reading = GroupReading.from_match(m, published)
        if reading.acceptable():
            return reading
    return None


def split_groups(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``;``-separated groups of ``text[start:end]``, trimmed, empty ones skipped."""
    pos = start
    while pos <= end:
        cut = text.find(";", pos, end)
        if cut < 0:
            cut = end
        g_start, g_end = trimmed(text, pos, cut)
        if g_end > g_start:
            yield g_start, g_end
        pos = cut + 1
