"""The layout of a decoded text: where each article starts and ends, its title and byline,
the boilerplate that yields no claims, and the publication date.
"""

from __future__ import annotations

import collections
from collections.abc import Iterable

import attrs

from provenance.document.grammar import FRONT_MATTER_ENTRY, FRONT_MATTER_ITEM, HEADER_FIELD, WIDGET_ITEM
from provenance.document.lines import (
    LineKind,
    _byline,
    _clean,
    _dateline,
    _find_date,
    _heading,
    _kind_match,
    _Line,
    _link_item,
    _same,
    _section_label,
    _text_lines,
    _title_like,
    _unquote,
    _words,
    title_case,
)
from provenance.document.words import (
    AUTHOR_FIELDS,
    DATE_FIELDS,
    FRONT_MATTER_AUTHOR_KEYS,
    FRONT_MATTER_DATE_KEYS,
    FRONT_MATTER_TITLE_KEYS,
    MAX_FRONT_MATTER_LINES,
    MAX_SHORT_LINE,
    MIN_BOUNDARY_TITLE_WORDS,
    NON_PUBLICATION_DATE_FIELDS,
    TITLE_FIELDS,
    TRAILER_FIELDS,
)
from provenance.model import Article, Span

# --------------------------------------------------------------------------
# Layout
# --------------------------------------------------------------------------


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


@attrs.frozen
class Layout:
    """Where the articles of a text are, what to skip, and when it was published."""

    articles: tuple[Article, ...] = attrs.field(converter=_articles, factory=tuple)
    """The articles in text order, each spanning its title, byline and body."""
    skipped: tuple[Span, ...] = attrs.field(converter=_spans, factory=tuple)
    """Lines that are not article text (headers, titles, bylines, captions,
    separators, comment forms, share widgets, file names), sorted and disjoint.
    Callers leave them out when making sentences."""
    published: str | None = None
    """ISO date (``YYYY-MM-DD``, or ``YYYY-MM`` if only the month is known), or None."""


# Rank of each way of finding the publication date: lower wins, then text order.
_RANK_FIELD = 2
_RANK_HEADER = 3
_RANK_FILE_NAME = 4


@attrs.define
class _Found:
    """Accumulates what layout finds while walking the lines."""

    articles: list[Article] = attrs.Factory(list)
    skipped: list[Span] = attrs.Factory(list)
    dates: list[tuple[int, int, str]] = attrs.Factory(list)

    def skip(self, line: _Line) -> None:
        self.skipped.append(Span(line.start, line.end))

    def date(self, rank: int, offset: int, iso: str | None) -> None:
        if iso:
            self.dates.append((rank, offset, iso))


@attrs.frozen
class _FrontMatter:
    """What YAML front matter at the top of a text says."""

    end: int
    """Index of the first text line after the front matter."""
    title: str | None = None
    author: str | None = None
    date: str | None = None


def _front_matter(lines: list[_Line], found: _Found) -> _FrontMatter:
    """Parse ``---`` front matter at the very top; mark it skipped."""
    if not lines or lines[0].text != "---" or lines[0].start != 0 or lines[0].gap:
        return _FrontMatter(0)
    if len(lines) < 2 or not FRONT_MATTER_ENTRY.match(lines[1].text):
        return _FrontMatter(0)
    for close in range(1, min(len(lines), MAX_FRONT_MATTER_LINES)):
        if lines[close].text in ("---", "..."):
            break
    else:
        return _FrontMatter(0)
    values: dict[str, list[str]] = {}
    key = None
    for line in lines[1:close]:
        entry = FRONT_MATTER_ENTRY.match(line.text) if len(line.text) <= MAX_SHORT_LINE else None
        if entry:
            key = entry["key"].casefold()
            value = _unquote(entry["value"])
            values.setdefault(key, [])
            if value:
                values[key].append(value)
            continue
        item = FRONT_MATTER_ITEM.match(line.text) if len(line.text) <= MAX_SHORT_LINE else None
        if item and key is not None:
            values[key].append(_unquote(item["value"]))

    def first(keys: frozenset[str]) -> str | None:
        for k, v in values.items():
            if k in keys and v:
                return ", ".join(v)
        return None

    found.skipped.append(Span(lines[0].start, lines[close].end))
    date_value = first(FRONT_MATTER_DATE_KEYS)
    date = _find_date(date_value) if date_value else None
    found.date(_RANK_FIELD, lines[0].start, date)
    return _FrontMatter(
        close + 1, title=first(FRONT_MATTER_TITLE_KEYS), author=first(FRONT_MATTER_AUTHOR_KEYS), date=date
    )


@attrs.define
class _Articles:
    """Walks the text lines of one block (between separators) and finds its articles."""

    lines: list[_Line]
    """The block's text lines, in order."""
    found: _Found
    """Where articles, skipped spans and dates go."""
    typical_gap: int
    """The usual number of blank lines between paragraphs; more is a spacer."""

    def run(self, title: str | None = None, author: str | None = None) -> None:
        i = 0
        while i < len(self.lines):
            i = self.article(i, title, author)
            title = author = None

    def article(self, i: int, title: str | None, author: str | None) -> int:
        """Read one article from line ``i``; return the index after it."""
        lines, found = self.lines, self.found
        first = i
        kept: int | None = None  # last line that belongs to the article (title, byline, body)
        preset = title is not None
        title_words = len(_words(title)) if title else 0
        label = False

        # The header: labels, fields, captions, title, repeated title, byline.
        while i < len(lines):
            line = lines[i]
            kind = line.kind
            if kind == LineKind.FIELD:
                self.field(line)
                match = _kind_match(HEADER_FIELD, line)
                name, value = match["field"].casefold(), _clean(match["value"])
                if name in AUTHOR_FIELDS and author is None and value:
                    author = value
                elif name in TITLE_FIELDS and (title is None or label) and value:
                    title, label, title_words = value, False, len(_words(value))
            elif kind in (LineKind.CAPTION, LineKind.CREDIT, LineKind.WIDGET, LineKind.RULE, LineKind.FILE_NAME):
                self.other(line)
            elif kind == LineKind.DATELINE:
                found.date(_RANK_HEADER, line.start, _dateline(line.text))
                if title is not None and author is None and (name := _byline(line)):
                    author, kept = name, i  # By Jane Roe | May 2, 2021
            elif kind == LineKind.HEADING:
                level, text = _heading(line)
                if text and (title is None or label):
                    title, label, title_words = text, _section_label(text), len(_words(text))
                    kept = i
                elif not (text and title and _same(text, title)):
                    break
            elif kind != LineKind.TEXT:
                break
            elif title is None:
                if not _title_like(line):
                    break
                title, label, title_words = _clean(line.text), _section_label(line.text), len(_words(line.text))
                kept = i
            elif _same(line.text, title):
                pass  # the title repeated
            elif author is None and label and _title_like(line):
                title, label, title_words = _clean(line.text), _section_label(line.text), len(_words(line.text))
                kept = i
            elif author is None and (name := _byline(line)):
                author = name
                kept = i
            elif not preset and author is None and title_words == 1 and _title_like(line) and _words(line.text)[1:]:
                # One word over a longer title is a section label ("Dispatches" above "Port Meridian Floods").
                title, label, title_words = _clean(line.text), False, len(_words(line.text))
                kept = i
            else:
                break
            found.skip(line)
            i += 1

        # The body, up to a heading, or a title standing alone after a spacer.
        body: int | None = None
        in_widget = False
        in_links = False  # under a label heading a list of headlines ("RELATED ARTICLES")
        while i < len(lines):
            line = lines[i]
            kind = line.kind
            if kind == LineKind.HEADING:
                level, _ = _heading(line)
                if level == 1 and i > first:
                    break
                found.skip(line)
            elif kind in (LineKind.CAPTION, LineKind.CREDIT, LineKind.RULE, LineKind.FILE_NAME):
                self.other(line)
            elif kind == LineKind.WIDGET:
                found.skip(line)
                in_widget = True
                i += 1
                continue
            elif in_widget and len(line.text) <= MAX_SHORT_LINE and WIDGET_ITEM.match(line.text):
                found.skip(line)
                i += 1
                continue
            elif kind in (LineKind.LINK, LineKind.LINK_LIST):
                found.skip(line)
                in_links = kind == LineKind.LINK_LIST
                i += 1
                continue
            elif in_links and _link_item(line):
                found.skip(line)
                i += 1
                continue
            elif (
                kind == LineKind.FIELD and _kind_match(HEADER_FIELD, line)["field"].casefold() in TRAILER_FIELDS
            ) or kind == LineKind.DATELINE:
                found.skip(line)
            elif body is not None and self.starts_article(i):
                break
            else:
                if body is None:
                    body = i
                kept = i
                in_links = False
            in_widget = False
            i += 1

        if label and not preset:
            title = None  # only a section label ("Analysis") stood above the body
        if kept is not None and (body is not None or title is not None):
            end = lines[kept].end
            body_start = lines[body].start if body is not None else end
            found.articles.append(
                Article(start=lines[first].start, end=end, title=title, author=author, body_start=body_start)
            )
        return max(i, first + 1)

    def field(self, line: _Line) -> None:
        """Take a date from a header field line."""
        match = _kind_match(HEADER_FIELD, line)
        name = match["field"].casefold()
        if name in NON_PUBLICATION_DATE_FIELDS:
            return
        rank = _RANK_FIELD if name in DATE_FIELDS else _RANK_HEADER
        self.found.date(rank, line.start, _find_date(match["value"]))

    def other(self, line: _Line) -> None:
        """Skip a caption, credit, rule or file-name line; take a date from a file name."""
        self.found.skip(line)
        if line.kind == LineKind.FILE_NAME:
            self.found.date(_RANK_FILE_NAME, line.start, _find_date(line.text))

    def starts_article(self, i: int) -> bool:
        """Whether line ``i`` is a title starting a new article without a separator.

        It must stand after a spacer paragraph (a line of only white space, or a
        wider gap than usual), be a short Title Case line without sentence-final
        punctuation, and be followed by a byline or a body paragraph.
        """
        lines = self.lines
        line = lines[i]
        if not (line.spacer or line.gap > self.typical_gap):
            return False
        if not _title_like(line) or not title_case(line.text):
            return False
        if len(_words(line.text)) < MIN_BOUNDARY_TITLE_WORDS:
            return False
        j = i + 1
        while j < len(lines) and lines[j].kind in (LineKind.CAPTION, LineKind.CREDIT):
            j += 1
        if j >= len(lines) or lines[j].kind != LineKind.TEXT:
            return False
        following = lines[j]
        return bool(_byline(following)) or not _title_like(following)


def layout(text: str, *, published: str | None = None) -> Layout:
    """Find the articles, their titles and authors, the boilerplate, and the publication date.

    Articles are separated by a line of ``***`` or ``* * *``, by a Markdown
    ``# Heading``, or by a short Title Case line standing alone after a spacer
    paragraph (a line of only white space or no-break spaces) and followed by a
    byline or a paragraph.  An article's title is its first title-like line (short,
    no sentence-final punctuation) after section labels ("Analysis", "Business &
    Economy"), header fields (``Publication: ...``) and image captions; its
    author a byline of two to four capitalised names after the title (or ``By
    Name``).  Front matter (``---`` ... ``---``) at the top gives title, author
    and date.

    The publication date is, in order: ``published``; a front matter date or a
    ``Date:``/``Published:`` header line; a dateline or a date in another header
    field; a date in a file-name line (``HR-March-12-2019-Issue.pdf``); else None.

    Args:
        text: The decoded text.
        published: The publication date to use (``--published``); taken as given.

    Returns:
        The :class:`Layout`: articles in text order (non-overlapping, inside the
        text), skipped spans sorted and disjoint, and the publication date.

    >>> doc = layout(
    ...     "Analysis\\n\\nA Quiet Week in Port Meridian\\n\\nJane Roe\\n\\nShops opened.\\n\\nHR-May-3-2019.pdf\\n"
    ... )
    >>> [(a.title, a.author) for a in doc.articles]
    [('A Quiet Week in Port Meridian', 'Jane Roe')]
    >>> doc.published
    '2019-05-03'
    """
    found = _Found()
    lines = _text_lines(text)
    front = _front_matter(lines, found)
    lines = lines[front.end :]
    gaps = collections.Counter(line.gap for line in lines[1:])
    typical_gap = max(gaps.most_common(1)[0][0], 1) if gaps else 1

    block: list[_Line] = []
    blocks = [block]
    for line in lines:
        if line.kind == LineKind.SEPARATOR:
            found.skip(line)
            block = []
            blocks.append(block)
        else:
            block.append(line)

    title, author = front.title, front.author
    for block in blocks:
        cut = next((k for k, line in enumerate(block) if line.kind == LineKind.COMMENT_FORM), None)
        if cut is not None:
            found.skipped.append(Span(block[cut].start, block[-1].end))
            for line in block[cut:]:
                if line.kind == LineKind.FILE_NAME:
                    found.date(_RANK_FILE_NAME, line.start, _find_date(line.text))
            block = block[:cut]
        before = len(found.articles)
        _Articles(block, found, typical_gap).run(title, author)
        if len(found.articles) > before:
            title = author = None

    if published is None and found.dates:
        published = min(found.dates)[2]
    return Layout(articles=found.articles, skipped=_disjoint(found.skipped), published=published)


def _disjoint(spans: list[Span]) -> list[Span]:
    """Sort spans and merge any that overlap."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end:
            if span.end > merged[-1].end:
                merged[-1] = Span(merged[-1].start, span.end)
        else:
            merged.append(span)
    return merged
