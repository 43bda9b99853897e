"""Making untrusted strings safe to print: file names and article text.

A file name may hold a newline, an escape sequence or a bidi override; so may
an article.  Printed raw, a crafted name starts a new line that a CI system
reads as a workflow command (``::error …``), an ``ESC [`` sequence rewrites
the terminal, and a right-to-left override shows text in an order other than
the one it has (the "Trojan Source" class of attacks).  Every path printed in
text, Markdown or CSV output goes through :func:`one_line`, and article
text shown in a terminal table or an HTML page goes through :func:`visible`.
JSON keeps the text as it is (its offsets index it), and JSON string escaping
already makes any character safe there.

Both functions write a character they escape as a Python-style escape
(``\\n``, ``\\x1b``, ``\\u202e``, ``\\U000e0041``): visible, unambiguous and
still searchable.
"""

from __future__ import annotations

import regex

__all__ = ["BIDI_CONTROLS", "INVISIBLE", "one_line", "visible"]

#: Bidirectional formatting characters: embeddings, overrides, isolates and
#: the implicit marks.  They change the order in which text is displayed
#: without being seen themselves.
BIDI_CONTROLS = (
    "\u061c"  # ARABIC LETTER MARK
    "\u200e\u200f"  # LEFT-TO-RIGHT MARK, RIGHT-TO-LEFT MARK
    "\u202a\u202b\u202c\u202d\u202e"  # LRE, RLE, PDF, LRO, RLO
    "\u2066\u2067\u2068\u2069"  # LRI, RLI, FSI, PDI
)

#: Format characters that show nothing and join, hide or smuggle text.  Left
#: out on purpose: ZERO WIDTH NON-JOINER and ZERO WIDTH JOINER (needed to
#: write Persian, Indic scripts and emoji) and SOFT HYPHEN (common in web text
#: and shown as a hyphen where the line breaks).
INVISIBLE = (
    "\u200b"  # ZERO WIDTH SPACE
    "\u2060\u2061\u2062\u2063\u2064"  # WORD JOINER, invisible operators
    "\ufeff"  # ZERO WIDTH NO-BREAK SPACE (a byte order mark inside the text)
    "\ufff9\ufffa\ufffb"  # interlinear annotation anchors
)

# Escaped in article text: C0 controls except tab, line feed and carriage
# return (an article's own line breaks), DEL and C1 controls, lone surrogates,
# bidi controls, invisible format characters and tag characters
# (U+E0000..U+E007F, which can spell hidden ASCII).
_TEXT_UNSAFE = regex.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff"
    + regex.escape(BIDI_CONTROLS + INVISIBLE)
    + r"\U000e0000-\U000e007f]"
)

# Escaped in paths and one-line messages: everything escaped in text, and
# every line break (tab, line feed, carriage return, LINE and PARAGRAPH
# SEPARATOR) besides: what is printed on one line stays on one line.
_LINE_UNSAFE = regex.compile(
    r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff"
    + regex.escape(BIDI_CONTROLS + INVISIBLE)
    + r"\U000e0000-\U000e007f]"
)

#: Short escapes for the common control characters.
_SHORT = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(match: regex.Match) -> str:
    char = match[0]
    if char in _SHORT:
        return _SHORT[char]
    code = ord(char)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def one_line(text: str | None) -> str:
    """``text`` (a path, a message) as one printable line: line breaks,
    control, bidi and invisible characters escaped.

    A lone surrogate (how Python spells a file name's byte that is not
    UTF-8) is escaped too, so printing never fails on it.  ``None`` gives
    ``""``.

    >>> one_line("news/a.md")
    'news/a.md'
    >>> one_line("a\\n::error::x.md")
    'a\\\\n::error::x.md'
    >>> one_line("cv\\u202eexe.md")
    'cv\\\\u202eexe.md'
    """
    if not text:
        return text or ""
    return _LINE_UNSAFE.sub(_escape, text)


def visible(text: str) -> str:
    """``text`` with characters that hide or reorder it made visible as escapes.

    Line breaks and tabs are kept (they are the article's layout); terminal
    controls (``ESC``, backspace), bidi controls and invisible format
    characters become escapes such as ``\\x1b`` or ``\\u202e``.

    >>> visible("The minister said\\u202e he resigned.")
    'The minister said\\\\u202e he resigned.'
    >>> visible("Line one\\nline two")
    'Line one\\nline two'
    """
    return _TEXT_UNSAFE.sub(_escape, text) if text else text
