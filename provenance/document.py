"""Reading inputs and laying a decoded text out into articles.

This stage owns everything before sentences: which paths to read, turning bytes
into text (UTF-8 with or without BOM, no newline translation, so offsets index
the decoded text exactly), and the layout of that text: where each article
starts and ends, its title and byline, which lines are boilerplate that yields
no claims, and when the document was published.

Layout works line by line.  Patterns are applied only to lines of bounded
length (:data:`MAX_SHORT_LINE`); a longer line is always body text.  So the cost
is linear in the size of the text whatever its shape (one 5 MB line, or a
million short ones), and no pattern ever backtracks over the whole text.
"""

from __future__ import annotations

import codecs
import collections
import logging
import os
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO

import attrs
import regex

from provenance.errors import InputError
from provenance.lexicon import MONTHS, WEEKDAYS
from provenance.model import Article, PartialDate, Span

__all__ = [
    "AUTO_ENCODING",
    "MAX_INPUT_BYTES",
    "Layout",
    "check_encoding",
    "decode",
    "iter_inputs",
    "layout",
    "read_input",
    "title_case",
]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Limits
# --------------------------------------------------------------------------

ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown")
"""File name endings kept when a directory is expanded (case-insensitive)."""

BINARY_PROBE_BYTES = 8192

#: Largest input read by default, in bytes (``--max-bytes``): far beyond any
#: article, and a bound on what a pipe or a device can make a run read.
MAX_INPUT_BYTES = 50 * 1024 * 1024
"""How many leading bytes are searched for a NUL byte to call a file binary."""

MAX_SHORT_LINE = 300
"""Lines longer than this (in characters) are body text; no pattern sees them."""

MAX_TITLE_CHARS = 200
"""A title, byline or caption is never longer than this."""

MAX_TITLE_WORDS = 20
"""A title has at most this many words."""

MIN_BOUNDARY_TITLE_WORDS = 3
"""A title that starts an article without a separator line has at least this many words."""

MAX_CAPTION_WORDS = 25
"""The text before an image credit ``(Source: X)`` has at most this many words."""

TITLE_CASE_RATIO = 0.8
"""Share of significant words that must be capitalised for a line to be in Title Case."""

MAX_FRONT_MATTER_LINES = 200
"""Front matter must close (``---``) within this many lines of its opening."""

MAX_FILE_NAME_TOKENS = 6
"""A trailing file-name line has at most this many space-separated parts."""

SPACE_CHARS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
    "\u180e\u200b\u200c\u200d\u2060\ufeff"
)
"""White space and invisible characters: a line of only these is a spacer, not text."""

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

# Month and weekday names (case-folded, with their abbreviations) are the shared
# lists of :mod:`provenance.lexicon`: ``MONTHS`` (name -> number) and ``WEEKDAYS``,
# which may open a dateline (``Tuesday, March 12, 2019``).

SMALL_WORDS = frozenset(
    """a an the and or but nor for so yet of in on at to by up as from with into onto
    over via vs per off out its than upon amid near past down if is are was be""".split()
)
"""Words a Title Case line may leave in lower case ("Steps up Patrols Along the Coast")."""

SECTION_WORDS = frozenset(
    """briefs brief news politics opinion opinions analysis commentary comment world
    features feature editorial editorials op-ed oped blog blogs column columns culture
    business economy security defense defence international national local asia europe
    africa americas middle east region regions science technology tech health sport
    sports investigation investigations explainer interview interviews review reviews
    latest breaking update updates report reports special focus insight insights""".split()
)
"""Words of section labels ("Analysis", "Business & Economy") that sit above a title."""

SECTION_CONNECTORS = frozenset({"&", "and", "/", "|", "+"})
"""Words that join section words in a label ("Business & Economy")."""

NAME_PARTICLES = (
    "al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "del", "della", "der",
    "den", "du", "la", "le", "di", "dos", "das", "ter", "st.",
)  # fmt: skip
"""Lower-case parts of personal names ("Karim al Nouri", "Ludwig van Beethoven")."""

HEADER_FIELDS = (
    "publication date", "date published", "published on", "published", "publication",
    "date", "dated", "posted on", "posted", "updated", "last updated", "modified",
    "volume", "issue", "edition", "section", "category", "categories", "tags", "topics",
    "topic", "filed under", "author", "authors", "byline", "written by", "by", "title",
)  # fmt: skip
"""Names of ``Field: value`` header lines (``Publication: Harbour Review Volume: 7``)."""

DATE_FIELDS = frozenset(
    {"publication date", "date published", "published on", "published", "date", "dated", "posted on", "posted"}
)
"""Header fields whose value is the publication date (``Published: March 12, 2019``)."""

NON_PUBLICATION_DATE_FIELDS = frozenset({"updated", "last updated", "modified"})
"""Header fields whose date is not the publication date."""

AUTHOR_FIELDS = frozenset({"author", "authors", "byline", "written by", "by"})
"""Header fields whose value is the author."""

TITLE_FIELDS = frozenset({"title"})
"""Header fields whose value is the title."""

TRAILER_FIELDS = frozenset({"tags", "topics", "topic", "categories", "category", "filed under"})
"""Fields that are boilerplate wherever they stand (``Tags: Norland, fisheries``)."""

FRONT_MATTER_TITLE_KEYS = frozenset({"title", "headline"})
"""Front matter keys giving the title."""

FRONT_MATTER_DATE_KEYS = frozenset({"date", "published", "pubdate", "publishdate", "publish_date", "date_published"})
"""Front matter keys giving the publication date."""

FRONT_MATTER_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "by"})
"""Front matter keys giving the author."""

CREDIT_WORDS = (
    "photo credit", "image credit", "picture credit", "photograph", "photography",
    "photos", "photo", "images", "image", "picture", "credit", "credits", "source",
    "courtesy", "illustration", "graphic", "map", "video", "via",
)  # fmt: skip
"""Words that introduce an image credit: ``(Source: X)``, ``Photo: Reuters``."""

SHARE_PLATFORMS = (
    "twitter", "x", "facebook", "linkedin", "reddit", "whatsapp", "telegram", "pinterest",
    "tumblr", "pocket", "email", "e-mail", "print", "mastodon", "threads", "bluesky",
    "skype", "messenger", "flipboard", "more",
)  # fmt: skip
"""Names that stand on their own lines in a share widget."""

WIDGET_ITEMS = ("like", "tweet", "share", "related", "reblog", "subscribe")
"""Other lone words of share and like widgets."""

FILE_EXTENSIONS = ("pdf", "docx", "doc", "html", "htm", "rtf", "odt")
"""Endings of trailing file-name lines (``HR-March-12-2019-Issue.pdf``)."""

# --------------------------------------------------------------------------
# Patterns (all compiled once; applied only to lines of bounded length)
# --------------------------------------------------------------------------

LINE_BREAK = regex.compile(
    r"""
    \r\n        # Windows
    | \r        # old Mac
    | \n        # Unix
    """,
    regex.VERBOSE,
)
"""What ends a line: CRLF, lone CR or LF (kept in the text, never translated)."""

# The parts of a date, shared by the patterns below.  Repeated group names across
# alternatives give one ``year``/``month``/``month_name``/``day`` whatever the form.
#   2019-03-12 · March 12, 2019 · Mar. 12th 2019 · 12 March 2019 · March 2019
#   and the same with "-" or "_" between the parts, as in file names:
#   HR-March-12-2019-Issue.pdf · HR_March 26 2019.PDF
_DATE_PARTS = r"""
    (?:
        (?P<year>\d{4}) - (?P<month>\d{1,2}) (?!\d)             # ISO year-month: 2019-03
        (?: - (?P<day>\d{1,2}) (?!\d) )?                         # and day: -12
      | (?P<month_name>\L<months>) \.? [\s_\-]+                  # March / Mar.
        (?P<day>\d{1,2}) (?:st|nd|rd|th)? ,? [\s_\-]+            # 12 / 12th,
        (?P<year>\d{4}) (?!\d)                                   # 2019
      | (?P<day>\d{1,2}) (?:st|nd|rd|th)? [\s_\-]+ (?:of\s+)?    # 12 / 12th of
        (?P<month_name>\L<months>) \.? ,? [\s_\-]+               # March,
        (?P<year>\d{4}) (?!\d)                                   # 2019
      | (?P<month_name>\L<months>) \.? ,? [\s_\-]+               # March
        (?P<year>\d{4}) (?!\d)                                   # 2019
    )
"""

# A date anywhere in a short line: "Published: March 12, 2019", "HR-March-12-2019-Issue.pdf".
DATE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])         # not inside a word or number
    {_DATE_PARTS}
    (?! (?!T\d) \p{{L}} )         # not running into a word, but 2019-03-12T10:00 is a date
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
)

# A line that is only a date: "March 12, 2019", "Tuesday, 12 March 2019 10:32 AM EST".
DATELINE = regex.compile(
    rf"""
    ^
    (?: \L<weekdays> \.? ,? \s+ )?                   # Tuesday,
    {_DATE_PARTS}                                    # March 12, 2019
    (?:                                              # optional time of day
        \s* (?: [|,·•–—\-] | at )? \s*               # , / at / |
        \d{{1,2}} [:.] \d{{2}}                       # 10:32
        (?: \s* [ap] \.? m \.? )?                    # AM / p.m.
        (?: \s+ \p{{Lu}}{{2,5}} )?                   # EST
    )?
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
    weekdays=list(WEEKDAYS),
)

# Parts of a header line separated by a bar or bullet: "Harbour Review | March 12, 2019".
HEADER_PART_SEPARATOR = regex.compile(
    r"""
    \s* [|•·] \s*       # a bar or a bullet between parts
    """,
    regex.VERBOSE,
)

# A "Field: value" header line: "Publication: Harbour Review Volume: 7 Issue: 42".
HEADER_FIELD = regex.compile(
    r"""
    ^
    (?P<field>\L<fields>)      # Publication / Date / Published / Author ...
    \s* :                      # :
    \s* (?P<value>.*?) \s*     # the rest of the line
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    fields=list(HEADER_FIELDS),
)

# An agency photo credit: "AP Photo/Lena Okafor", "Getty Images", "AFP/Getty Images", "Reuters Pictures".
_AGENCY_CREDIT = r"""
    (?-i:
        (?: [\p{Lu}\p{N}] [\p{L}\p{N}.&/\-]* \s+ ){0,3}       # AP / Agence France-Presse / AFP/Getty
        (?: Photos? | Images | Pictures | Photography )       # Photo / Images
        (?: \s* / \s* [^\s()] [^()]{0,80} )?                  # /Lena Okafor
    )
"""

# An image caption ending in a credit:
#   Norland Coast Guard (Source: Harbour Archive) · Dock workers in Port Meridian (AP Photo/Lena Okafor)
CAPTION = regex.compile(
    rf"""
    ^
    (?P<caption>.*?) \s*                          # Norland Coast Guard
    \( \s*
    (?:
        (?P<kind>\L<credits>)                     # Source / Photo / Image credit
        \s* (?: : | \bby\b )                      # : or "by"
        \s* (?P<credit>[^()]+?)                   # Harbour Archive
      | {_AGENCY_CREDIT}                          # AP Photo/Lena Okafor
    )
    \s* \)
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    credits=list(CREDIT_WORDS),
)

# A line that is only a photo credit:
#   Photo: Reuters · Photo by Jane Doe · (Image/AFP) · AP Photo/Lena Okafor · Getty Images · AFP/Getty Images
CREDIT_LINE = regex.compile(
    rf"""
    ^ \(?
    (?:
        \L<credits> \s* (?: : | \bby\b | / ) \s*    # Photo: / Photo by / Image/
        [^\s()] [^()]{{0,100}}                        # Reuters
      | {_AGENCY_CREDIT}                              # AP Photo/Lena Okafor
    )
    \)? $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    credits=list(CREDIT_WORDS),
)

# A lone file name: "HR-March-12-2019-Issue.pdf", "HR_March 26 2019.PDF".
FILE_NAME = regex.compile(
    r"""
    ^
    (?P<name> [^\s<>"|?*()] [^<>"|?*()]{0,200}? )     # HR_March 26 2019
    \. (?P<ext>\L<extensions>)                         # .PDF
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    extensions=list(FILE_EXTENSIONS),
)

# A line separating articles: "***", "* * *", "⁂".
SEPARATOR = regex.compile(
    r"""
    ^
    (?: (?: \* \s* ){3,}       # *** / * * *
      | ⁂                      # asterism
    )
    $
    """,
    regex.VERBOSE,
)

# A horizontal rule or setext underline that is not a separator: "---", "___", "===".
RULE = regex.compile(
    r"""
    ^
    (?: (?: - \s* ){3,}        # --- / - - -
      | (?: _ \s* ){3,}        # ___
      | (?: = \s* ){3,}        # ===
    )
    $
    """,
    regex.VERBOSE,
)

# A Markdown ATX heading: "# Title", "## Section ##".
MARKDOWN_HEADING = regex.compile(
    r"""
    ^
    (?P<hashes>\#{1,6})                  # # to ######
    (?: [\ \t]+ (?P<text>.*?) )?         # the heading text
    (?: [\ \t]+ \#+ )?                   # optional closing hashes
    [\ \t]*
    $
    """,
    regex.VERBOSE,
)

# A line that opens a blog comment form; it and everything after it is boilerplate.
#   Leave a Reply · Fill in your details below or click an icon to log in:
#   You are commenting using your WordPress.com account. · Connecting to %s
#   This site uses Akismet to reduce spam. Learn how your comment data is processed.
COMMENT_FORM = regex.compile(
    r"""
    ^
    (?:
        leave \s+ a \s+ (?:reply|comment|response) \b .{0,100}       # Leave a Reply (Cancel reply)
      | fill \s+ in \s+ your \s+ details \s+ below \b .{0,100}       # Fill in your details below...
      | you \s+ are \s+ commenting \s+ using \s+ your \b .{0,120}    # You are commenting using your X account.
      | connecting \s+ to \s+ %s                                     # Connecting to %s
      | this \s+ site \s+ uses \s+ akismet \b .{0,200}               # This site uses Akismet...
      | comments \s+ are \s+ closed \W{0,3}                          # Comments are closed.
      | (?:post|add|write) \s+ a \s+ comment \W{0,3}                 # Post a Comment
      | \d+ \s+ (?:comments?|responses?|replies)                     # 3 comments / 2 responses to "X"
        (?: \s+ (?:to|on) \b .{0,120} )?
    )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A line of a share or like widget, boilerplate wherever it stands.
#   Share this: · Like this: · Click to share on Twitter (Opens in new window) · Loading... · Like Loading...
SHARE_WIDGET = regex.compile(
    r"""
    ^
    (?:
        (?:share|like) \s+ this (?: \s+ (?:article|story|post|page) )? \s* :?   # Share this: / Like this:
      | share \s* (?: on | via )? \s* :                                         # Share: / Share on:
      | click \s+ to \s+ (?:share|email|print|tweet) \b .{0,100}                # Click to share on Twitter (...)
      | (?: like \s+ )? loading \s* (?: \.{3} | … )                             # Loading... / Like Loading...
      | (?:share|post|tweet) \s+ (?:on|to|via) \s+ \L<platforms> \b .{0,60}     # Share on Facebook
      | \( \s* opens \s+ in \s+ (?:a \s+)? new \s+ window \s* \)                # (Opens in new window)
    )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    platforms=list(SHARE_PLATFORMS),
)

# A lone item under "Share this:": "Twitter", "Facebook", "Email (Opens in new window)", "Like".
WIDGET_ITEM = regex.compile(
    r"""
    ^
    (?: \L<items> )                                               # Twitter / Like
    (?: \s* \( \s* opens \s+ in \s+ (?:a \s+)? new \s+ window \s* \) )?   # (Opens in new window)
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    items=list(SHARE_PLATFORMS) + list(WIDGET_ITEMS),
)

# Any decimal digit: a line without one holds no date.
DIGIT = regex.compile(r"\d")

# One word of a title or name: letters and digits with inner apostrophes and hyphens.
#   Norland’s · Anti-Union · RGCP · 50/50 counts as two words
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]                 # starts with a letter or digit
    [\p{L}\p{N}\p{M}'’\-]*       # Norland’s / Anti-Union
    """,
    regex.VERBOSE,
)

# One word of a personal name: "Mira", "O’Brien", "Al-Tamimi", "J.", "MIRA".
_NAME_WORD = r"""
    (?: \p{Lu} [\p{L}\p{M}'’\-]* [\p{L}\p{M}]    # Mira / O’Brien
      | \p{Lu} \.?                               # J. / J
    )
"""

# A byline: "Mira Castell", "By Mira Castell and Lucas Webber", "by J. R. Smith, Ann Roe".
BYLINE = regex.compile(
    rf"""
    ^
    (?P<by> (?i: by ) \s* :? \s+ )?                                    # By
    (?P<names>
        {_NAME_WORD} (?: \s+ (?: (?i: \L<particles> ) \s+ )? {_NAME_WORD} ){{0,5}}     # Mira Castell
        (?:
            (?: \s* , \s* (?: and \s+ )? | \s* & \s* | \s+ and \s+ )   # , / & / and
            {_NAME_WORD} (?: \s+ (?: (?i: \L<particles> ) \s+ )? {_NAME_WORD} ){{0,5}} # Lucas Webber
        ){{0,3}}
    )
    $
    """,
    regex.VERBOSE,
    particles=list(NAME_PARTICLES),
)

# What separates co-authors in a byline: "Mira Castell, Ann Roe and Lucas Webber".
NAME_SEPARATOR = regex.compile(
    r"""
    \s* , \s* (?: and \s+ )?     # , / , and
    | \s* & \s*                  # &
    | \s+ and \s+                # and
    """,
    regex.VERBOSE,
)

# The separator before a date at the end of a byline: "Mira Castell | March 12, 2019".
BYLINE_DATE_SEPARATOR = regex.compile(
    r"""
    (?: \s* [|•·,–—\-] \s* | \s+ on \s+ )     # | / , / – / on
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A YAML front matter entry: "title: Norland's Harbour Strike", "date: 2019-03-12".
FRONT_MATTER_ENTRY = regex.compile(
    r"""
    ^
    (?P<key>[A-Za-z_][\w\-]*)     # title / date / author
    \s* : \s*                     # :
    (?P<value>.*?) \s*            # the value, maybe quoted
    $
    """,
    regex.VERBOSE,
)

# A YAML list item under a front matter key: "- Mira Castell".
FRONT_MATTER_ITEM = regex.compile(
    r"""
    ^
    - \s+ (?P<value>.+?) \s*      # - Mira Castell
    $
    """,
    regex.VERBOSE,
)

# Characters that may close a line after its final punctuation: quotes and brackets.
CLOSING_MARKS = "\"'”’»)]*_"

# Punctuation that ends a sentence (or a label) and so cannot end a title.
NON_TITLE_ENDINGS = ".!…:;,"

# Characters that start list items and quotations, never titles.
NON_TITLE_STARTS = "-–—*•·>|+"


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


def _is_article_file(name: str) -> bool:
    return name.casefold().endswith(ARTICLE_EXTENSIONS)


def _walk(directory: str) -> Iterator[str | InputError]:
    """Article files under ``directory``, and errors for unreadable subdirectories.

    Hidden files and directories (``.git``) are left out, and so is anything
    that is not a regular file (a named pipe, a device or a socket named
    ``*.txt`` would block or never end).  Entries come sorted by their path
    components, so ``a.txt`` < ``b/c.txt`` < ``d.txt``.
    """
    found: list[tuple[tuple[str, ...], str | InputError]] = []

    def on_error(error: OSError) -> None:
        where = error.filename or directory
        found.append((_parts(directory, where), InputError(where, f"cannot read: {error.strerror or error}")))

    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and _is_article_file(name):
                path = os.path.join(root, name)
                if _regular_or_missing(path):
                    found.append((_parts(directory, path), path))
    found.sort(key=lambda item: item[0])
    return iter([entry for _, entry in found])


def _regular_or_missing(path: str) -> bool:
    """Whether ``path`` is a regular file (a link is followed), or cannot be
    examined: reading it then reports the problem (a dangling link)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _parts(directory: str, path: str) -> tuple[str, ...]:
    rel = os.path.relpath(path, directory)
    return tuple(rel.replace(os.sep, "/").split("/"))


def iter_inputs(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Expand command-line arguments into input paths, in a deterministic order.

    A file is yielded as given (whatever its name); a directory is searched
    recursively, keeping files whose names end ``.txt``, ``.md`` or ``.markdown``
    (any case), sorted by path and leaving out hidden files and directories;
    ``-`` stands for standard input.  A bad argument never stops the others: its
    :class:`InputError` is yielded in its place for the caller to report.

    Args:
        paths: Files, directories, or ``-``, in the order given.

    Returns:
        An iterator of paths (``str``) and :class:`InputError` values: ``no such
        file or directory`` for a missing path, ``no articles (.txt, .md,
        .markdown) in directory`` for a directory without article files,
        ``cannot read: <reason>`` for a subdirectory that cannot be listed.

    >>> list(iter_inputs(["-"]))
    ['-']
    >>> [str(e) for e in iter_inputs(["/no/such/file.txt"])]
    ['/no/such/file.txt: no such file or directory']
    """
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            yield path
        elif os.path.isdir(path):
            entries = list(_walk(path))
            if not entries:
                yield InputError(path, "no articles (.txt, .md, .markdown) in directory")
            else:
                yield from entries
        elif os.path.exists(path):
            yield path
        else:
            yield InputError(path, "no such file or directory")


#: The ``--encoding`` value that detects each file's encoding.
AUTO_ENCODING = "auto"

#: Byte order marks of the encodings whose text holds NUL bytes (UTF-16, UTF-32).
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_encoding(name: str) -> str:
    """``name`` as :func:`decode` takes it: ``auto``, or a codec Python knows.

    Raises:
        LookupError: no such codec.

    >>> check_encoding("Latin-1"), check_encoding("AUTO")
    ('iso8859-1', 'auto')
    """
    if name.strip().lower() == AUTO_ENCODING:
        return AUTO_ENCODING
    return codecs.lookup(name).name


def _wide(encoding: str) -> bool:
    """Whether text in ``encoding`` holds NUL bytes (so NUL bytes do not make a file binary)."""
    return encoding.startswith(("utf-16", "utf-32"))


def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """Turn a file's bytes into its text.

    The text is UTF-8 by default, with or without a byte order mark; a
    leading BOM is removed, and offsets then index the text without it.
    ``encoding`` names another codec (``cp1252``, ``utf-16``), or ``auto``:
    UTF-8 when the bytes are UTF-8, else the encoding ``charset-normalizer``
    finds most likely.  Line ends (CRLF, lone CR) are kept as they are: no
    newline translation, so offsets index the decoded text exactly.

    Args:
        data: The file's contents.
        path: The file's name, for error messages.
        encoding: ``utf-8``, ``auto`` or any codec name (see :func:`check_encoding`).

    Returns:
        The decoded text.

    Raises:
        InputError: ``empty file``; ``binary file (NUL bytes)`` when a NUL byte
            occurs in the first 8 KiB (unless the encoding is UTF-16 or
            UTF-32); ``not UTF-8: invalid byte 0xff at offset N`` (N counts
            bytes from the start of the file; ``not cp1252: …`` for another
            encoding); ``cannot tell the encoding`` when ``auto`` finds none;
            ``no text`` when there is only white space.

    >>> decode(b"\\xef\\xbb\\xbfVelda\\r\\n", "a.txt")
    'Velda\\r\\n'
    >>> decode(b"Velda \\xff", "a.txt")
    Traceback (most recent call last):
    ...
    provenance.errors.InputError: a.txt: not UTF-8: invalid byte 0xff at offset 6
    >>> decode(b"Caf\\xe9 Velda", "a.txt", "cp1252")
    'Café Velda'
    """
    if not data:
        raise InputError(path, "empty file")
    encoding = check_encoding(encoding) if encoding != "utf-8" else encoding
    wide = _wide(encoding) or (encoding == AUTO_ENCODING and data.startswith(_WIDE_BOMS))
    if not wide and b"\x00" in data[:BINARY_PROBE_BYTES]:
        raise InputError(path, "binary file (NUL bytes)")
    if encoding == AUTO_ENCODING:
        text = _detected(data, path)
    elif encoding == "utf-8":
        skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        text = _decoded(data, skip, "utf-8", path)
    else:
        text = _decoded(data, 0, encoding, path)
        if text.startswith("\ufeff"):  # a byte order mark the codec kept (utf-8 named otherwise)
            text = text[1:]
    if not text:
        raise InputError(path, "empty file")
    if not text.strip(SPACE_CHARS):
        raise InputError(path, "no text")
    return text


def _decoded(data: bytes, skip: int, encoding: str, path: str) -> str:
    """``data[skip:]`` decoded strictly; a failure names the first bad byte and its offset."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = skip + error.start
        name = "UTF-8" if encoding == "utf-8" else encoding
        raise InputError(path, f"not {name}: invalid byte 0x{data[offset]:02x} at offset {offset}") from None


def _detected(data: bytes, path: str) -> str:
    """``data`` decoded as UTF-8 when it is UTF-8, else as charset-normalizer finds best."""
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(data, len(codecs.BOM_UTF8), "utf-8", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "cannot tell the encoding (--encoding auto); name it with --encoding")
    text = str(best)
    log.debug("%s: read as %s", path, best.encoding)
    return text[1:] if text.startswith("\ufeff") else text


def read_input(
    path: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_INPUT_BYTES, encoding: str = "utf-8"
) -> str:
    """Read and decode one input.

    Args:
        path: A file name, or ``-`` for standard input.
        stdin: The stream ``-`` reads; ``sys.stdin.buffer`` by default.
        max_bytes: The largest input read.  A regular file is measured before
            it is read; a pipe, a device or standard input is read up to this
            and refused beyond it, so ``/dev/zero`` or an endless pipe cannot
            exhaust memory.
        encoding: How the bytes are decoded (see :func:`decode`).

    Returns:
        The decoded text (see :func:`decode`).

    Raises:
        InputError: ``no such file or directory``; ``cannot read: <reason>``
            when the file cannot be read (permissions, a directory, any
            ``OSError``); ``larger than N bytes (--max-bytes)``; ``binary file
            (NUL bytes)`` as soon as the first 8 KiB show it; or any problem
            :func:`decode` finds.

    >>> import io
    >>> read_input("-", stdin=io.BytesIO("Velda\\u00a0fell.".encode()))
    'Velda\\xa0fell.'
    >>> read_input("-", stdin=io.BytesIO(b"Velda fell."), max_bytes=5)
    Traceback (most recent call last):
    ...
    provenance.errors.InputError: -: larger than 5 bytes (--max-bytes)
    """
    try:
        if path == "-":
            stream: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
            if stream is None:
                raise InputError(path, "cannot read: no standard input")
            data = _read_capped(stream, path, max_bytes, encoding)
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogateescape")
        else:
            with open(path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                    raise InputError(path, _too_large(max_bytes))
                data = _read_capped(handle, path, max_bytes, encoding)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    return decode(data, path, encoding)


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes (--max-bytes)"


def _read_capped(stream: BinaryIO, path: str, max_bytes: int, encoding: str = "utf-8") -> bytes:
    """At most ``max_bytes`` from ``stream``; a binary probe first, so that a
    stream of NUL bytes (``/dev/zero``) is refused at once (unless the
    encoding is one whose text holds NUL bytes)."""
    data = stream.read(min(BINARY_PROBE_BYTES, max_bytes + 1))
    wide = _wide(encoding) or (encoding == AUTO_ENCODING and isinstance(data, bytes) and data.startswith(_WIDE_BOMS))
    if isinstance(data, bytes) and b"\x00" in data and not wide:
        raise InputError(path, "binary file (NUL bytes)")
    if len(data) == min(BINARY_PROBE_BYTES, max_bytes + 1):
        data += stream.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise InputError(path, _too_large(max_bytes))
    return data


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


@attrs.frozen
class _Line:
    """One line holding text (not only white space)."""

    start: int
    """Offset of the first character that is not white space."""
    end: int
    """Offset one past the last character that is not white space."""
    text: str
    """``text[start:end]``."""
    kind: str
    """What the line is on its own: see :func:`_kind`."""
    gap: int
    """How many blank lines stand between this line and the previous text line."""
    spacer: bool
    """Whether one of those blank lines holds white space (a no-break space paragraph)."""


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


def _kind(text: str) -> str:
    """What a stripped line is on its own.

    One of ``text``, ``separator``, ``rule``, ``comment-form``, ``widget``,
    ``heading``, ``field``, ``caption``, ``credit``, ``file-name``, ``dateline``.
    """
    if len(text) > MAX_SHORT_LINE:
        return "text"
    first = text[0]
    if first in "*⁂" and SEPARATOR.match(text):
        return "separator"
    if first in "-_=" and RULE.match(text):
        return "rule"
    if first == "#" and MARKDOWN_HEADING.match(text):
        return "heading"
    if COMMENT_FORM.match(text):
        return "comment-form"
    if SHARE_WIDGET.match(text):
        return "widget"
    if ":" in text and HEADER_FIELD.match(text):
        return "field"
    if text.endswith(")") and _caption(text):
        return "caption"
    if CREDIT_LINE.match(text):
        return "credit"
    if _file_name(text):
        return "file-name"
    if _dateline(text):
        return "dateline"
    return "text"


def _caption(text: str) -> bool:
    """Whether ``text`` is an image caption ending in a credit ``(Source: X)``."""
    match = CAPTION.match(text)
    if not match:
        return False
    caption = match["caption"]
    return len(WORD.findall(caption)) <= MAX_CAPTION_WORDS and not caption.endswith(tuple(".!?;:"))


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
    if line.kind != "text" or len(text) > MAX_TITLE_CHARS:
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


def _byline(line: _Line) -> str | None:
    """The author named by a byline ("Mira Castell", "By Jane Roe | May 2, 2021"), or None."""
    text = line.text
    if line.kind not in ("text", "dateline") or len(text) > MAX_TITLE_CHARS or text.endswith("."):
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
            if kind == "field":
                self.field(line)
                match = _kind_match(HEADER_FIELD, line)
                name, value = match["field"].casefold(), _clean(match["value"])
                if name in AUTHOR_FIELDS and author is None and value:
                    author = value
                elif name in TITLE_FIELDS and (title is None or label) and value:
                    title, label, title_words = value, False, len(_words(value))
            elif kind in ("caption", "credit", "widget", "rule", "file-name"):
                self.other(line)
            elif kind == "dateline":
                found.date(_RANK_HEADER, line.start, _dateline(line.text))
                if title is not None and author is None and (name := _byline(line)):
                    author, kept = name, i  # By Jane Roe | May 2, 2021
            elif kind == "heading":
                level, text = _heading(line)
                if text and (title is None or label):
                    title, label, title_words = text, _section_label(text), len(_words(text))
                    kept = i
                elif not (text and title and _same(text, title)):
                    break
            elif kind != "text":
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
        while i < len(lines):
            line = lines[i]
            kind = line.kind
            if kind == "heading":
                level, _ = _heading(line)
                if level == 1 and i > first:
                    break
                found.skip(line)
            elif kind in ("caption", "credit", "rule", "file-name"):
                self.other(line)
            elif kind == "widget":
                found.skip(line)
                in_widget = True
                i += 1
                continue
            elif in_widget and len(line.text) <= MAX_SHORT_LINE and WIDGET_ITEM.match(line.text):
                found.skip(line)
                i += 1
                continue
            elif (
                kind == "field" and _kind_match(HEADER_FIELD, line)["field"].casefold() in TRAILER_FIELDS
            ) or kind == "dateline":
                found.skip(line)
            elif body is not None and self.starts_article(i):
                break
            else:
                if body is None:
                    body = i
                kept = i
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
        if line.kind == "file-name":
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
        while j < len(lines) and lines[j].kind in ("caption", "credit"):
            j += 1
        if j >= len(lines) or lines[j].kind != "text":
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
        if line.kind == "separator":
            found.skip(line)
            block = []
            blocks.append(block)
        else:
            block.append(line)

    title, author = front.title, front.author
    for block in blocks:
        cut = next((k for k, line in enumerate(block) if line.kind == "comment-form"), None)
        if cut is not None:
            found.skipped.append(Span(block[cut].start, block[-1].end))
            for line in block[cut:]:
                if line.kind == "file-name":
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
