"""Layout inside an article's body: the lines that are not prose, so not claims.

Analyses and monitoring reports carry lines that state nothing: section headings
and box titles, ``SUMMARY`` / ``END SUMMARY`` markers, datelines, bylines, and
author or contact footers.  They are layout: no claims, no speakers, no lint
findings.  :func:`layout_lines` finds them; the pipeline leaves them out of the
sentences (so attribution never takes a heading for a speaker) and records them
in :attr:`~provenance.model.Document.skipped`.  Other stages ask
:func:`is_layout` about a span.

What is layout, line by line (a *line* is a run of text between line breaks):

* a **heading**: a line standing as its own paragraph (a blank line or the
  start of the body before it, a blank line or the end after it), short
  (:data:`MAX_HEADING_WORDS`), without final sentence punctuation, in Title
  Case or capitals, or numbered (``2. The Economy``, ``II. POLITICS``,
  ``Box 1: Key Dates``); a capitalised or numbered line followed directly by
  the paragraph it heads is one too;
* a **summary marker**: ``SUMMARY``, ``BEGIN SUMMARY``, ``END SUMMARY`` as a
  line, or ``SUMMARY:`` opening a paragraph and ``END SUMMARY.`` closing one
  (then only the marker is layout);
* a **dateline** opening a paragraph: a place in capitals and a date, maybe an
  agency, then a dash or colon (``ALMATY, 4 March (Interfax) --``); a place
  and a news agency or outlet the source registry knows, then a dash
  (``KYIV (AP) —``); or a line that is only such a place and date;
* a **byline**: ``By`` and one to four names (``By Ivan Petrov and Ana Ruiz``);
* a **footer**: a line with a telephone number or an e-mail address, or that
  opens with a contact label (``Prepared by``, ``Contact:``, ``Tel.``), and
  the short name and office lines standing with it at the end of the body;
  and the author's note closing the body, a short last paragraph that opens
  with an author's name and "is" (``Mira Castell is an energy analyst ...``);
* a **page label**: what a web page leaves between paragraphs when it is copied
  as text, widget text, counters and rules (``Advertisement``, ``Video loading``,
  ``VIEW GALLERY``, ``+12``, ``___``): a line of at most :data:`MAX_LABEL_WORDS`
  words without final sentence punctuation (in lower case, only a single word:
  ``youtube.com``, ``banksy-mugshot``), or a line with no letter, standing
  between sentences (the line above ends one, or is a label too; the line below
  does not go on in lower case).  The first line of a body is never a label (a
  one-line headline is a claim), nor a line that opens with a dash, a bullet, a
  quotation mark or a parenthesis (a signature ``― Ana Ruiz``, a list item, a
  quotation, a citation on its own line), nor one with a colon (``MORE:``,
  ``Harbour Times:`` introduce what follows).

>>> t = "Background\\n\\nPrices rose (Zorya, 4 May).\\n\\n"
>>> t += "Prepared by: Ana Ruiz\\nEurasia Desk\\nTel. (555) 010-2030\\n"
>>> for line in layout_lines(t):
...     print(line.kind.value, t[line.start:line.end])
heading Background
footer Prepared by: Ana Ruiz
footer Eurasia Desk
footer Tel. (555) 010-2030
"""

from __future__ import annotations

import bisect
import enum
import functools
from collections.abc import Iterator, Sequence

import attrs
import regex

from provenance import patterns
from provenance.document import title_case
from provenance.lexicon import MONTHS
from provenance.model import SourceKind, Span, source_key
from provenance.sources import default_registry

__all__ = ["LayoutKind", "LayoutLine", "authors_of", "is_layout", "layout_lines"]

#: Most words a heading, byline or footer line has.
MAX_HEADING_WORDS = 12
#: Most characters such a line has.
MAX_HEADING_CHARS = 100
#: Most words a page label has: widget text and counters are a word or three
#: ("Advertisement", "Video loading", "VIEW GALLERY"); a line of four words
#: without a full stop is as often a short headline or a claim.
MAX_LABEL_WORDS = 3
#: How many lines at the end of the body a footer may take.
MAX_FOOTER_LINES = 8

#: Labels that open an author line with a name after them ("Prepared by Ana Ruiz").
BY_LABELS = (
    "prepared by",
    "drafted by",
    "written by",
    "compiled by",
    "cleared by",
    "approved by",
    "edited by",
    "reported by",
)

#: Labels that open a contact line with a colon ("Contact: …", "Analyst: Ana Ruiz"),
#: the telephone ones with a number instead ("Tel. (555) 010-2030").
CONTACT_LABELS = (
    "author",
    "authors",
    "analyst",
    "analysts",
    "contact",
    "contacts",
    "for further information",
    "for more information",
    "questions",
    "comments",
    "inquiries",
    "enquiries",
    "telephone",
    "phone",
    "tel",
    "fax",
    "e-mail",
    "email",
)


class LayoutKind(enum.Enum):
    """What a layout line is."""

    HEADING = "heading"
    SUMMARY = "summary-marker"
    DATELINE = "dateline"
    BYLINE = "byline"
    FOOTER = "footer"
    LABEL = "label"


@attrs.frozen
class LayoutLine:
    """A line, or the marker part of one, that is layout and not prose."""

    start: int
    """Offset of its first character (not white space)."""
    end: int
    """Offset one past its last character (not white space)."""
    kind: LayoutKind

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


def _compile(pattern: str) -> regex.Pattern:
    return regex.compile(
        pattern,
        regex.VERBOSE,
        ignore_unused=True,
        months=sorted(MONTHS),
        labels=sorted(CONTACT_LABELS),
        by_labels=sorted(BY_LABELS),
    )


# A summary marker that is a whole line: "SUMMARY", "END SUMMARY.", "Begin Summary".
SUMMARY_LINE = _compile(
    r"""
    (?:\d+\.\s*)?(?:\([A-Z/]{1,4}\)\s*)?     # optional paragraph number and marking: "1. (U) "
    (?i:(?:begin|end)\s+)?(?i:summary)       # the marker
    \s*[.:]?                                 # optional stop or colon
    """
)

# A summary marker opening a paragraph: "SUMMARY: ", "1. (C) Summary. ".
SUMMARY_OPENING = _compile(
    r"""
    (?:\d+\.\s*)?(?:\([A-Z/]{1,4}\)\s*)?     # optional paragraph number and marking
    (?:SUMMARY|Summary)\s*[.:]\s+            # the marker, a stop or colon, then the text
    """
)

# A summary marker closing a paragraph: " END SUMMARY.", " End summary."
SUMMARY_CLOSING = _compile(r"(?<=\s)(?:END\ SUMMARY|End\ (?i:summary))\s*\.?\s*$")

# A date in a dateline: "4 March", "March 4", "4 March 1993", "Mar. 4, 1993".
_DATE = r"""
    (?:\d{1,2}\s+(?i:\L<months>)\.?|(?i:\L<months>)\.?\s+\d{1,2})   # day and month, either order
    (?:,?\s+\d{4})?                                                # optional year
"""

# A dateline's place in capitals and an optional region: "KYIV", "ODESA, Ukraine".
_PLACE = r"""
    (?P<place>\p{Lu}[\p{Lu}'’.\-]+(?:\s+\p{Lu}[\p{Lu}'’.\-]+){0,3})          # a place in capitals
    (?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+)?)?                           # optional region: ", Ukraine"
"""

# A dateline opening a paragraph: "ALMATY, 4 March (Interfax) -- ", "KYIV, March 4 — ",
# "MOSCOW, 12 Mar 93: ", "ODESA (4 March 1994) ", "(Nov. 26, 2014) – ".
DATELINE = _compile(
    rf"""
    (?:
        {_PLACE}
        (?:,?\s+{_DATE}|\s*\({_DATE}\))                                        # the date, maybe in parentheses
      | \({_DATE}\)(?=\s*(?:--|[-–—]))                                         # or the date alone, then a dash
    )
    (?:\s*\([^()\n]{{1,40}}\))?                                              # optional agency
    (?:\s*(?:--|[-–—:])\s*|\s+(?=\p{{Lu}})|\s*$)                            # a dash or colon, a sentence, the end
    """
)

# A dateline without a date, a wire story's: a place in capitals, maybe a region,
# the agency in parentheses, then a dash: "KYIV (AP) — ", "WASHINGTON (Reuters) - ",
# "KYIV, Ukraine (AP) — ".  Without a date, the parentheses must name a news agency
# or outlet the source registry knows (see _agency_dateline), or "NATO (the alliance) —" would be one.
AGENCY_DATELINE = _compile(
    rf"""
    {_PLACE}
    \s*\((?P<agency>[^()\n]{{1,40}})\)                                          # the agency
    \s*(?:--|[-–—])\s*                                                        # a dash
    """
)

#: Kinds of source that write datelines: news agencies and outlets.
DATELINE_SOURCE_KINDS = frozenset({SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.OUTLET})


@functools.cache
def _agencies() -> frozenset[str]:
    """Keys of the registry's sources of :data:`DATELINE_SOURCE_KINDS`, aliases included."""
    return frozenset(key for key, (_, kind) in default_registry().entries.items() if kind in DATELINE_SOURCE_KINDS)


def _agency_dateline(text: str) -> regex.Match | None:
    m = patterns.match(AGENCY_DATELINE, text)
    return m if m is not None and source_key(m["agency"]) in _agencies() else None


# A byline: "By Ivan Petrov", "By Ana Ruiz and Ivan Petrov", "BY IVAN PETROV".
BYLINE = _compile(
    r"""
    (?i:by)\s+
    \p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}                      # a name
    (?:(?:\s*,\s*|\s+and\s+)\p{Lu}[\p{L}.'’\-]*(?:\s+\p{Lu}[\p{L}.'’\-]*){0,3}){0,3}   # more names
    (?:\s*,\s*[^,\n]{1,60})?                                                # optional role: ", Senior Analyst"
    """
)

# A telephone number: "(555) 010-2030", "+7 495 123-45-67", "555-010-2030", "tel. 0171 930 1234".
PHONE = _compile(
    r"""
    (?<![\w/])
    (?:\+\d{1,3}[\s.\-]?)?                       # country code
    (?:\(\d{2,5}\)[\s.\-]?|\d{2,5}[\s.\-])       # area code
    \d{2,4}(?:[\s.\-]\d{2,4}){1,2}               # the number
    (?![\w/])
    """
)

# An e-mail address.
EMAIL = _compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")

# A contact label opening a line: "Prepared by: O. Ruiz", "Prepared by the Desk", "Contact: ",
# "Tel. (555)", "Fax +7" -- not "Analysts said" or "Comments were few".
CONTACT_LABEL = _compile(
    r"""
      (?i:\L<by_labels>)\s*:?\s+(?=\p{Lu}|the\s)     # "Prepared by", then a name or "the ..."
    | (?i:\L<labels>)\.?\s*:                          # "Contact:", "Analyst:", "Tel.:"
    | (?i:tel|telephone|phone|fax)\.?\s*(?=[+(\d])     # "Tel. (555) ...", "Fax +7 ..."
    """
)

# A numbered heading: "2. The Economy", "II. POLITICS", "A. Background", "Box 1: Key Dates".
NUMBERED = _compile(
    r"""
    (?:(?i:box|table|figure|annex|appendix|part|section|chapter)\s+[\dIVXA-Z]{1,4}[.:]?\s+
      |(?:\d{1,2}|[IVX]{1,5}|[A-H])[.)]\s+)
    """
)

# A word, for counting and for Title Case.
WORD = _compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*")

# A line break (LF, CRLF or CR).
LINE_BREAK = _compile(r"\r\n|\r|\n")

#: Closing quotation marks and brackets, looked past for a sentence's final punctuation.
CLOSING_QUOTES = "\"'”’»)]"

#: Characters that end a sentence (a heading has none at its end).  A line ending in a
#: colon is no heading either: "Harbour Times:" introduces the paragraph after it, which
#: the attribution stage reads as that outlet's.
SENTENCE_END = ".!?;,:"


@attrs.frozen
class _Line:
    start: int
    end: int
    text: str
    blank_before: bool
    blank_after: bool


def _lines(text: str, start: int, end: int) -> list[_Line]:
    """The non-blank lines of ``text[start:end]``, stripped, with the blank lines around them."""
    raw: list[tuple[int, int]] = []
    pos = start
    for m in patterns.finditer(LINE_BREAK, text, start, end):
        raw.append((pos, m.start()))
        pos = m.end()
    raw.append((pos, end))
    out: list[_Line] = []
    blank = True  # the body's start counts as a blank line before
    for s, e in raw:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            blank = True
            if out:
                out[-1] = attrs.evolve(out[-1], blank_after=True)
            continue
        out.append(_Line(s, e, text[s:e], blank, True))
        blank = False
        if len(out) > 1 and not out[-1].blank_before:
            out[-2] = attrs.evolve(out[-2], blank_after=False)
    return out


def _short(line: _Line) -> list[str] | None:
    """The words of a short line (a heading, byline or footer line can be one), else None."""
    if len(line.text) > MAX_HEADING_CHARS:
        return None
    words = WORD.findall(line.text)
    return words if 0 < len(words) <= MAX_HEADING_WORDS else None


#: Characters that open a line that is no heading nor page label: dashes (a signature "― Ana Ruiz"), bullets
#: and list marks, quotation marks (a quotation) and an opening parenthesis (a citation alone).
NOT_LABEL_OPENERS = "-‐‑‒–—―*•·>|(\"“‘'«„"


def _heading(line: _Line, nxt: _Line | None) -> bool:
    """A section heading or box title (see the module doc)."""
    words = _short(line)
    ending = line.text.rstrip(CLOSING_QUOTES)
    if words is None or not line.blank_before or not ending or ending[-1] in SENTENCE_END:
        return False
    if line.text[0] in NOT_LABEL_OPENERS + "+":
        return False
    numbered = NUMBERED.match(line.text) is not None
    capitals = line.text.upper() == line.text and any(ch.isalpha() for ch in line.text)
    if not (numbered or capitals or title_case(line.text)):
        return False
    if line.blank_after or nxt is None:
        return True
    # straight above its paragraph: only a clearly marked heading, not a wrapped line
    return (numbered or capitals) and nxt.text[:1].isupper()


#: Characters that end a sentence for a page label's neighbour above.
FULL_STOPS = ".!?…"


def _ends_sentence(line: _Line) -> bool:
    ending = line.text.rstrip(CLOSING_QUOTES)
    return bool(ending) and ending[-1] in FULL_STOPS


def _label(line: _Line, prev: _Line | None, prev_label: bool, nxt: _Line | None) -> bool:
    """A page label (see the module doc)."""
    text = line.text
    if prev is None or len(text) > MAX_HEADING_CHARS or ":" in text or text[0] in NOT_LABEL_OPENERS:
        return False
    if not (prev_label or _ends_sentence(prev)):
        return False
    if nxt is not None and nxt.text[0].islower():
        return False  # the line below goes on with a sentence: a wrapped line
    if not any(ch.isalpha() for ch in text):
        return True
    if text[0].islower() and any(ch.isspace() for ch in text):
        return False  # words in lower case may be a sentence without its full stop: "prices rose again"
    ending = text.rstrip(CLOSING_QUOTES)
    return len(WORD.findall(text)) <= MAX_LABEL_WORDS and bool(ending) and ending[-1] not in SENTENCE_END


def _contact(line: _Line) -> bool:
    """A line of an author or contact footer: a telephone number, an e-mail address, a label."""
    if len(line.text) > 2 * MAX_HEADING_CHARS:
        return False
    return (
        PHONE.search(line.text) is not None
        or EMAIL.search(line.text) is not None
        or CONTACT_LABEL.match(line.text) is not None
    )


def _footer(lines: Sequence[_Line]) -> list[_Line]:
    """The footer at the end of the body: the last lines from the first contact line on,
    every one of them a contact line or a short name or office line."""
    tail = lines[-MAX_FOOTER_LINES:]
    for k, line in enumerate(tail):
        if not _contact(line):
            continue
        rest = tail[k:]
        if all(_contact(x) or _name_line(x) for x in rest):
            # name or office lines straight above the first contact line belong to it
            while k > 0 and not tail[k].blank_before and _name_line(tail[k - 1]):
                k -= 1
            return list(tail[k:])
    return []


#: Most lines and characters of an author's note.
MAX_NOTE_LINES = 3
MAX_NOTE_CHARS = 400


def _author_note(lines: Sequence[_Line], authors: Sequence[str]) -> list[_Line]:
    """The last paragraph when it is an author's note: short, opening with an author's
    name and "is" or "are" ("Ana Ruiz is a senior analyst at ...")."""
    if not lines or not authors:
        return []
    k = len(lines) - 1
    while k > 0 and not lines[k].blank_before:
        k -= 1
    note = lines[k:]
    if len(note) > MAX_NOTE_LINES or sum(len(line.text) for line in note) > MAX_NOTE_CHARS:
        return []
    first = note[0].text
    for author in authors:
        if author and first.startswith(author) and regex.match(r"\s+(?:is|are|was|,)\s", first[len(author) :]):
            return list(note)
    return []


def authors_of(byline: str | None) -> tuple[str, ...]:
    """The names in an article's byline: "Ana Ruiz and Ivan Petrov" -> ("Ana Ruiz", "Ivan Petrov").

    >>> authors_of("Ana Ruiz and Ivan Petrov"), authors_of(None)
    (('Ana Ruiz', 'Ivan Petrov'), ())
    """
    if not byline:
        return ()
    return tuple(n.strip() for n in regex.split(r",|&|\band\b", byline) if n.strip())


def _name_line(line: _Line) -> bool:
    """A short line naming a person or an office: Title Case, no final full stop."""
    words = _short(line)
    return words is not None and line.text[-1] not in SENTENCE_END and title_case(line.text)


def layout_lines(
    text: str, start: int = 0, end: int | None = None, *, authors: Sequence[str] = ()
) -> tuple[LayoutLine, ...]:
    """The layout of ``text[start:end]`` (an article's body), in text order.

    Args:
        text: the document text; offsets index it.
        start: where the body starts.
        end: where it ends (default: the end of the text).
        authors: the article's authors by name, to find their note closing the body.

    Returns:
        Layout lines (or marker parts of lines), sorted and disjoint.
    """
    end = len(text) if end is None else min(end, len(text))
    lines = _lines(text, start, end)
    found: list[LayoutLine] = []
    footer = {line.start for line in _footer(lines) + _author_note(lines, authors)}
    prev_label = False
    for k, line in enumerate(lines):
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        laid = list(_line_layout(line, nxt, line.start in footer))
        if not laid and _label(line, lines[k - 1] if k else None, prev_label, nxt):
            laid = [LayoutLine(line.start, line.end, LayoutKind.LABEL)]
        prev_label = bool(laid) and laid[-1].kind is LayoutKind.LABEL
        found.extend(laid)
    return tuple(found)


def _line_layout(line: _Line, nxt: _Line | None, in_footer: bool) -> Iterator[LayoutLine]:
    text, s, e = line.text, line.start, line.end
    if in_footer:
        yield LayoutLine(s, e, LayoutKind.FOOTER)
        return
    if SUMMARY_LINE.fullmatch(text):
        yield LayoutLine(s, e, LayoutKind.SUMMARY)
        return
    if line.blank_before and (m := DATELINE.match(text) or _agency_dateline(text)) is not None:
        if m.end() == len(text):
            yield LayoutLine(s, e, LayoutKind.DATELINE)
            return
        yield LayoutLine(s, s + len(text[: m.end()].rstrip()), LayoutKind.DATELINE)
    elif line.blank_before and _short(line) and BYLINE.fullmatch(text):
        yield LayoutLine(s, e, LayoutKind.BYLINE)
        return
    elif _heading(line, nxt):
        yield LayoutLine(s, e, LayoutKind.HEADING)
        return
    elif _short(line) is not None and _contact(line) and (PHONE.search(text) or EMAIL.search(text)):
        yield LayoutLine(s, e, LayoutKind.FOOTER)
        return
    if "UMMARY" not in text and "ummary" not in text:
        return
    if line.blank_before and (m := SUMMARY_OPENING.match(text)) is not None:
        yield LayoutLine(s, s + len(text[: m.end()].rstrip()), LayoutKind.SUMMARY)
    if (m := patterns.search(SUMMARY_CLOSING, text)) is not None:
        yield LayoutLine(s + m.start(), e, LayoutKind.SUMMARY)


def is_layout(lines: Sequence[LayoutLine], start: int, end: int) -> bool:
    """Whether the span ``start..end`` lies within one of ``lines`` (sorted, from :func:`layout_lines`).

    >>> t = "SUMMARY: Prices rose."
    >>> lines = layout_lines(t)
    >>> is_layout(lines, 0, 8), is_layout(lines, 9, 21)
    (True, False)
    """
    i = bisect.bisect_right([line.start for line in lines], start) - 1
    return i >= 0 and lines[i].start <= start and end <= lines[i].end
