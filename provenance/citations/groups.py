"""Groups: one ``;``-separated part of a parenthetical, read as sources, speaker, locators
and dates, or as a near-miss."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import regex

from provenance.citations.dates import BadDate, When, o_for_zero, read_dates
from provenance.citations.grammar import (
    AND_JOIN,
    DATE_FIRST_GROUP,
    DATE_ONLY_GROUP,
    DATED_GROUP,
    DIGIT,
    LINK_WORD,
    MISSING_COMMA,
    SPEAKER_GROUP,
    UNDATED_GROUP,
    fullmatch,
    search,
)
from provenance.citations.malformed import Problem, missing_comma, misspelled_day, names_ok_for_problem, near_miss
from provenance.citations.names import name_ok, repaired, speaker_ok
from provenance.citations.words import STRONG_LEADS
from provenance.model import Citation, Source, SourceKind

#: The source of a dated reference whose source the parentheses do not name
#: ("(12 March)"): the prose names it, or nobody does (see :func:`unnamed`).
UNNAMED = Source(name="", kind=SourceKind.UNKNOWN)


def unnamed(citation: Citation) -> bool:
    """Whether a citation item names no source (a date in parentheses, the source in the prose)."""
    return not citation.source.name


def _has_day(when: When) -> bool:
    """Whether a date gives a day ("2022-03-14", "--03-14"), not only a month or a year."""
    date = when.date or ""
    return len(date) == 10 or (date.startswith("--") and len(date) == 7)


@attrs.frozen
class GroupReading:
    """What one ``;``-separated group of a parenthetical says."""

    start: int
    """Start of the group (white space trimmed; an aside before "according to" left out)."""
    end: int
    """End of the group (a tail such as "respectively" left out)."""
    sources: tuple[str, ...]
    """Sources as written, in order; empty for dates alone ("12 March")."""
    whens: tuple[When, ...] = ()
    """Dates, in order; empty when undated."""
    locator: str | None = None
    speaker: str | None = None
    lead: str | None = None
    """The lead-in as written ("according to", "see", "for example"), or None."""
    slip: str | None = None
    """A typing or scanning slip read through ("missing comma between source and date")."""
    more: tuple[GroupReading, ...] = ()
    """Parts joined to this one by ", and" ("Trud, 3 September, and Izvestiya, 10 September")."""

    @classmethod
    def from_match(cls, m: regex.Match, published: str | None, slip: str | None = None) -> GroupReading:
        """Read a match of one of the group patterns of :mod:`~provenance.citations.grammar`.

        Raises:
            BadDate: a date is impossible.
        """
        whens: tuple[When, ...] = ()
        groups = m.re.groupindex
        text = m.string
        if "date" in groups and m.group("date") is not None:
            whens = read_dates(text, m.start("date"), m.end("date"), published)
            if slip is None and o_for_zero(m.group("date")):
                slip = f'letter O for zero in date "{m.group("date")}"'
        start, end = m.start(), m.end()
        if "aside" in groups and m.group("aside") is not None:
            start = m.start("lead")
        if "tail" in groups and m.group("tail") is not None:
            end = m.start("tail")
            while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
                end -= 1
        return cls(
            start=start,
            end=end,
            sources=tuple(m.captures("source")) if "source" in groups else (),
            whens=whens,
            locator=", ".join(m.captures("locator")) or None,
            speaker=m.group("speaker") if "speaker" in groups else None,
            lead=m.group("lead") if "lead" in groups else None,
            slip=slip,
        )

    @property
    def cited(self) -> bool:
        """Whether a lead-in says the group is cited ("according to X", not "see X")."""
        return self.lead is not None and " ".join(self.lead.casefold().split()) in STRONG_LEADS

    def acceptable(self) -> bool:
        """Sources (and speaker) read as names, not as prose; dates alone give a day."""
        if self.speaker is not None and not speaker_ok(self.speaker):
            return False
        if not self.sources:
            return bool(self.whens) and all(_has_day(w) for w in self.whens)
        return all(name_ok(s) for s in self.sources) and all(part.acceptable() for part in self.more)

    def citations(self, text: str, paren_start: int, paren_end: int) -> tuple[Citation, ...]:
        """One citation per source and date, in order, all spanning the group (each part
        joined by ", and" spans itself)."""
        raw = text[self.start : self.end]
        sources = [Source(name=repaired(name)) for name in self.sources] or [UNNAMED]
        own = tuple(
            Citation(
                start=self.start,
                end=self.end,
                raw=raw,
                source=source,
                date=when.date,
                date_end=when.date_end,
                paren_start=paren_start,
                paren_end=paren_end,
                locator=self.locator,
                speaker=self.speaker,
            )
            for source in sources
            for when in (self.whens or (When(None),))
        )
        return own + tuple(c for part in self.more for c in part.citations(text, paren_start, paren_end))


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


#: The patterns a group is read with, in order, and the test each needs to be tried at all.
def _patterns(group: str) -> list[regex.Pattern]:
    patterns = []
    if LINK_WORD.search(group):
        patterns.append(SPEAKER_GROUP)
    if "," in group or "on" in group:  # a date follows ", " or " on "
        patterns.append(DATED_GROUP)
    if "," in group:
        patterns.append(DATE_FIRST_GROUP)
    if DIGIT.search(group):
        patterns.append(DATE_ONLY_GROUP)
    return patterns


def read_group(text: str, start: int, end: int, published: str | None) -> GroupReading | Problem | None:
    """Read ``text[start:end]`` (trimmed) as a citation group, a near-miss, or nothing.

    Tried in order: a speaker and an outlet, sources then dates, dates then
    sources, dates alone; then near-misses (empty source, misspelled month);
    then a source and a date without their comma, read with the slip noted;
    then sources without a date.
    """
    group = text[start:end]
    for pattern in _patterns(group):
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
    joined = _joined(text, start, end, published)
    if joined is not None:
        return joined
    problem = near_miss(text, start, end)
    if problem is not None:
        return problem
    m = fullmatch(MISSING_COMMA, text, start, end) if DIGIT.search(group) else None
    if m is not None and missing_comma(m):
        try:
            reading = GroupReading.from_match(m, published, slip="missing comma between source and date")
        except BadDate as e:
            return Problem(e.reason)
        if reading.acceptable():
            return reading
    m = fullmatch(UNDATED_GROUP, text, start, end)
    if m is not None:
        reading = GroupReading.from_match(m, published)
        if reading.acceptable():
            return reading
    return None


def _joined(text: str, start: int, end: int, published: str | None) -> GroupReading | None:
    """A group of dated parts joined by ", and", each read alone, or None.

    "(interviews by the minister in Trud, 3 September, and in Izvestiya, 10 September
    1992)": a part after "and" may open with the speaker's link word and keeps the
    speaker of the part before it; the year written once at the end runs back over
    the parts before it, as in a list of dates.
    """
    m = search(AND_JOIN, text, start, end) if DIGIT.search(text, start, end) else None
    if m is None:
        return None
    tail = read_group(text, m.end(), end, published)
    if not isinstance(tail, GroupReading) or not tail.whens or not tail.sources:
        return None
    anchor = tail.whens[0].date if tail.whens[0].date and tail.whens[0].date[:1].isdigit() else None
    head_start, head_end = trimmed(text, start, m.start())
    head = read_group(text, head_start, head_end, anchor or published)
    if not isinstance(head, GroupReading) or not head.whens or not head.sources or head.more:
        return None
    if tail.speaker is None and head.speaker is not None:
        tail = attrs.evolve(tail, speaker=head.speaker)
    return attrs.evolve(head, more=(tail, *tail.more), slip=head.slip or tail.slip)


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
