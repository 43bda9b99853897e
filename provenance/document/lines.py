"""Lines and what each is on its own (:class:`LineKind`): the first step of layout."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import regex

from provenance.document.grammar import (
    BYLINE,
    BYLINE_DATE_SEPARATOR,
    CAPTION,
    CLOSING_MARKS,
    COMMENT_FORM,
    CONTRIBUTORS,
    CREDIT_LINE,
    CREDITED_CAPTION,
    DATE,
    DATELINE,
    DIGIT,
    FILE_NAME,
    HEADER_FIELD,
    HEADER_PART_SEPARATOR,
    LINE_BREAK,
    LINK_LINE,
    MARKDOWN_HEADING,
    NAME_SEPARATOR,
    NON_TITLE_ENDINGS,
    NON_TITLE_STARTS,
    PHOTO_CREDIT_LINE,
    RULE,
    SEPARATOR,
    SHARE_WIDGET,
    WORD,
)
from provenance.document.words import (
    MAX_CAPTION_WORDS,
    MAX_CREDITED_CAPTION_WORDS,
    MAX_FILE_NAME_TOKENS,
    MAX_LINK_ITEM_WORDS,
    MAX_SHORT_LINE,
    MAX_TITLE_CHARS,
    MAX_TITLE_WORDS,
    NAME_PARTICLES,
    SECTION_CONNECTORS,
    SECTION_WORDS,
    SMALL_WORDS,
    SPACE_CHARS,
    TITLE_CASE_RATIO,
)
from provenance.lexicon import MONTHS
from provenance.model import PartialDate


class LineKind(enum.StrEnum):
    """What a line of text is on its own, before layout looks at its neighbours."""

    TEXT = "text"
    """Prose, or anything else (every line longer than :data:`~provenance.document.words.MAX_SHORT_LINE`)."""
    SEPARATOR = "separator"
    """A line separating articles: ``***``, ``* * *``, ``⁂``."""
    RULE = "rule"
    """A horizontal rule or setext underline: ``---``, ``===``."""
    COMMENT_FORM = "comment-form"
    """The opening of a comment form: it and all after it are boilerplate."""
    WIDGET = "widget"
    """A share or like widget line."""
    HEADING = "heading"
    """A Markdown heading: ``## Section``."""
    FIELD = "field"
    """A ``Field: value`` header line."""
    CAPTION = "caption"
    """An image caption ending in a credit."""
    CREDIT = "credit"
    """A photo credit alone."""
    FILE_NAME = "file-name"
    """A lone file name: ``HR-March-12-2019-Issue.pdf``."""
    DATELINE = "dateline"
    """A line that is only a date."""
    LINK = "link"
    """A line pointing to another story: ``MORE: <headline>``, ``SEE ALSO: <headline>``."""
    LINK_LIST = "link-list"
    """A label heading a list of headlines: ``RELATED ARTICLES``, ``More from Sport``, ``Read more``."""


@attrs.frozen
class _Line:
    """One line holding text (not only white space)."""

    start: int
    """Offset of the first character that is not white space."""
    end: int
    """Offset one past the last character that is not white space."""
    text: str
    """``text[start:end]``."""
    kind: LineKind
    """What the line is on its own: see :func:`_kind`."""
    gap: int
    """How many blank lines stand between this line and the previous text line."""
    spacer: bool
    """Whether one of those blank lines holds white space (a no-break space paragraph)."""


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of every line, line terminators (LF, CRLF, lone CR) excluded."""
    if "\r" not in text:
        start = 0
        for piece in text.split("\n"):
            yield start, start + len(piece)
            start += len(piece) + 1
        return
    start = 0
    for match in LINE_BREAK.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _text_lines(text: str) -> list[_Line]:
    """The lines of ``text`` that hold text, stripped, classified, with their gaps."""
    result = []
    gap = 0
    spacer = False
    for start, end in _lines(text):
        raw = text[start:end]
        stripped = raw.strip(SPACE_CHARS)
        if not stripped:
            gap += 1
            spacer = spacer or bool(raw)
            continue
        lead = len(raw) - len(raw.lstrip(SPACE_CHARS))
        s = start + lead
        result.append(_Line(s, s + len(stripped), stripped, _kind(stripped), gap, spacer))
        gap = 0
        spacer = False
    return result


def _kind(text: str) -> LineKind:
    """What a stripped line is on its own."""
    if len(text) > MAX_SHORT_LINE:
        return LineKind.CAPTION if len(text) <= 2 * MAX_SHORT_LINE and _credited_caption(text) else LineKind.TEXT
    first = text[0]
    if first in "*⁂" and SEPARATOR.match(text):
        return LineKind.SEPARATOR
    if first in "-_=" and RULE.match(text):
        return LineKind.RULE
    if first == "#" and MARKDOWN_HEADING.match(text):
        return LineKind.HEADING
    if COMMENT_FORM.match(text):
        return LineKind.COMMENT_FORM
    if SHARE_WIDGET.match(text):
        return LineKind.WIDGET
    if ":" in text and HEADER_FIELD.match(text):
        return LineKind.FIELD
    if text.endswith(")") and _caption(text):
        return LineKind.CAPTION
    if CREDIT_LINE.match(text) or PHOTO_CREDIT_LINE.match(text) or CONTRIBUTORS.match(text):
        return LineKind.CREDIT
    if _credited_caption(text):
        return LineKind.CAPTION
    if (link := LINK_LINE.match(text)) is not None:
        return LineKind.LINK_LIST if link["list"] else LineKind.LINK
    if _file_name(text):
        return LineKind.FILE_NAME
    if _dateline(text):
        return LineKind.DATELINE
    return LineKind.TEXT


def _caption(text: str) -> bool:
    """Whether ``text`` is an image caption ending in a credit ``(Source: X)``."""
    match = CAPTION.match(text)
    if not match:
        return False
    caption = match["caption"]
    return len(WORD.findall(caption)) <= MAX_CAPTION_WORDS and not caption.endswith(tuple(".!?;:"))


def _credited_caption(text: str) -> bool:
    """Whether ``text`` is a caption ending in a photo credit (``A crater near the airport. Photo: AP``)."""
    tail = text[-120:].casefold()
    if not any(word in tail for word in ("photo", "picture", "image", "/")):
        return False  # no credit can close the line: spare the pattern
    match = CREDITED_CAPTION.match(text)
    return match is not None and len(WORD.findall(match["caption"])) <= MAX_CREDITED_CAPTION_WORDS


def _file_name(text: str) -> bool:
    """Whether ``text`` is a lone file name (``HR_March 26 2019.PDF``)."""
    match = FILE_NAME.match(text)
    if not match:
        return False
    name = match["name"]
    return len(name.split()) <= MAX_FILE_NAME_TOKENS and ". " not in name and not name.endswith(tuple(".,;:!?"))


def _dateline(text: str) -> str | None:
    """The ISO date of a line that is only a date, or of a bar-separated part of one."""
    if not DIGIT.search(text):
        return None
    parts = HEADER_PART_SEPARATOR.split(text) if ("|" in text or "•" in text or "·" in text) else [text]
    for part in parts:
        match = DATELINE.match(part)
        if match:
            iso = _iso(match)
            if iso:
                return iso
    return None


def _iso(match: regex.Match) -> str | None:
    """The ISO date of a :data:`DATE` or :data:`DATELINE` match, None if no such day."""
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else MONTHS[match["month_name"].casefold()]
    day = int(match["day"]) if match["day"] else None
    if not 1800 <= year <= 2199:
        return None
    try:
        return str(PartialDate(year, month, day))
    except ValueError:  # no such month or day
        return None


def _find_date(text: str) -> str | None:
    """The first full date (or month and year) in a short piece of text."""
    if len(text) > MAX_SHORT_LINE:
        return None
    for match in DATE.finditer(text):
        iso = _iso(match)
        if iso:
            return iso
    return None


def _clean(text: str) -> str:
    """Squeeze white space (no-break spaces too) to single spaces."""
    return " ".join(text.split())


def _same(a: str, b: str) -> bool:
    return _clean(a).casefold() == _clean(b).casefold()


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def title_case(text: str) -> bool:
    """Whether most significant words are capitalised ("Steps up Patrols Along the Coast").

    Also what makes a line inside a body a heading (:mod:`provenance.layout`).
    """
    words = _words(text)
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False
    significant = [w for w in words if w.casefold() not in SMALL_WORDS]
    if not significant:
        return False
    capitalised = sum(1 for w in significant if w[0].isupper() or w[0].isdigit())
    return capitalised >= TITLE_CASE_RATIO * len(significant)


def _title_like(line: _Line) -> bool:
    """A short line without sentence-final punctuation that could be a title.

    A title may end with a question mark only when it is in Title Case.
    """
    text = line.text
    if line.kind != LineKind.TEXT or len(text) > MAX_TITLE_CHARS:
        return False
    if text[0] in NON_TITLE_STARTS or text[0].islower() or "://" in text:
        return False
    words = _words(text)
    if not words or len(words) > MAX_TITLE_WORDS or not any(ch.isalpha() for ch in text):
        return False
    ending = text.rstrip(CLOSING_MARKS + SPACE_CHARS)
    if not ending or ending[-1] in NON_TITLE_ENDINGS or ending.endswith("..."):
        return False
    return not (ending[-1] == "?" and not title_case(text))


def _link_item(line: _Line) -> bool:
    """Whether a line under a label such as ``RELATED ARTICLES`` is one of its headlines.

    A headline is a short text line that does not end a sentence with a full stop,
    colon or comma ("Ferry capsizes off the coast", "Is this the end of the line?");
    the first line that is not one ends the list.
    """
    text = line.text
    if line.kind != LineKind.TEXT or len(text) > MAX_TITLE_CHARS or len(_words(text)) > MAX_LINK_ITEM_WORDS:
        return False
    ending = text.rstrip(CLOSING_MARKS + SPACE_CHARS)
    return bool(ending) and ending[-1] not in ".:;," and not ending.endswith("...")


def _byline(line: _Line) -> str | None:
    """The author named by a byline ("Mira Castell", "By Jane Roe | May 2, 2021"), or None."""
    text = line.text
    if line.kind not in (LineKind.TEXT, LineKind.DATELINE) or len(text) > MAX_TITLE_CHARS or text.endswith("."):
        return None
    text = _without_trailing_date(text)
    match = BYLINE.match(text)
    if not match:
        return None
    names = [n for n in NAME_SEPARATOR.split(match["names"]) if n]
    has_by = bool(match["by"])
    low, high = (1, 5) if has_by else (2, 4)
    for name in names:
        words = [w for w in name.split() if w.casefold() not in NAME_PARTICLES]
        if not low <= len(words) <= high:
            return None
        if any(w.casefold().strip(".") in SMALL_WORDS or w.casefold() in SECTION_WORDS for w in words):
            return None
        if any(w.casefold().rstrip(".") in MONTHS for w in words):
            return None
    return _clean(match["names"])


def _without_trailing_date(text: str) -> str:
    """``text`` without a date closing it after a separator ("Jane Roe | May 2, 2021")."""
    if not DIGIT.search(text):
        return text
    last = None
    for match in DATE.finditer(text):
        last = match
    if last is None or last.end() != len(text) or not _iso(last):
        return text
    head = text[: last.start()]
    separator = BYLINE_DATE_SEPARATOR.search(head)
    return head[: separator.start()] if separator else text


def _section_label(text: str) -> bool:
    """Whether a line is a section label made of section words ("Business & Economy")."""
    words = text.replace("&", " & ").replace("/", " / ").split()
    return 0 < len(words) <= 4 and all(
        w.casefold() in SECTION_WORDS or w.casefold() in SECTION_CONNECTORS for w in words
    )


def _kind_match(pattern: regex.Pattern[str], line: _Line) -> regex.Match[str]:
    """The match of ``pattern`` on a line whose kind says it matches (a field line, a heading)."""
    match = pattern.match(line.text)
    if match is None:  # a line's kind was given by this pattern: never
        raise ValueError(f"line at {line.start} does not match {pattern.pattern!r}")
    return match


def _heading(line: _Line) -> tuple[int, str]:
    """Level and text of a Markdown heading line."""
    match = _kind_match(MARKDOWN_HEADING, line)
    return len(match["hashes"]), _clean(match["text"] or "")


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    if value.startswith("[") and value.endswith("]"):
        value = ", ".join(_unquote(v) for v in value[1:-1].split(",") if v.strip())
    return _clean(value)
