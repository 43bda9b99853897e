"""Paragraphs and sentences as spans over the original text.

The splitter is a single left-to-right pass (plus a stack pass to pair
brackets), so it runs in linear time on any input, including megabyte lines
and deeply nested or unbalanced parentheses.

Rules, in the order they apply:

* a paragraph ends at a blank line (a line holding only white space, including
  non-breaking spaces);
* inside a paragraph, a line break ends a sentence when the line before it
  ends with sentence punctuation or a colon, is a short heading-like line, or
  ends with a quotation signed with a dash (``“…” ― Ana Ruiz``: the name
  closes the quotation, and the next line is another one);
* ``.``, ``!``, ``?`` and ``…`` end a sentence when followed (after any closing
  quotes or brackets) by white space and a capital letter, digit, opening quote
  or opening bracket, unless the word before the full stop is an abbreviation
  (``Gen.``, ``U.S.``), an initial (``J.``) or the period is part of an
  ellipsis followed by a lower-case word;
* nothing splits inside a matched pair of ``()`` or ``[]``;
* a sentence made only of a parenthetical (``(Reuters, May 2).``) belongs to
  the sentence before it: writers often place the citation after the stop;
* a sentence made only of a speaker tag (``Abana said.``, ``The mayor added
  on Monday.``) after a quotation that ends with its own stop (``"Can we
  trust him?" Abana said.``) belongs to the quotation: the tag says who spoke it.
"""

from __future__ import annotations

import regex

from provenance.lexicon import MONTH_ABBREVIATIONS, verb_entries
from provenance.model import Span

__all__ = ["ABBREVIATIONS", "TITLE_OR_STATE", "paragraphs", "sentences", "title_not_state"]

#: Words that take a full stop without ending a sentence (compared case-folded,
#: without the final period).  Titles, ranks, months (the shared list), and Latin abbreviations.
ABBREVIATIONS = (
    frozenset(
        """
    mr mrs ms dr prof sr jr st mt ft rev hon pres gov sen rep amb gen lt col maj capt cpt sgt cpl pvt
    adm cmdr cdr brig insp supt det cmdt gens lts cols
    no nos vol vols p pp ch sec art fig figs para
    inc co corp ltd llc plc bros dept univ assn est approx
    vs etc al cf viz ca ibid
    e.g i.e a.m p.m
    """.split()
    )
    | MONTH_ABBREVIATIONS
)

#: Abbreviations that are a title before a name ("state Del. Ana Ruiz", a delegate) or a US state
#: after a town or a party ("Dover, Del.", "D-Del."): a stop after a state may end the sentence.
TITLE_OR_STATE = frozenset({"del"})

#: Opening characters that may start a sentence besides letters and digits.
SENTENCE_OPENERS = "\"'“‘«([¿¡—-*•"
#: Closing characters that may follow the final punctuation of a sentence.
SENTENCE_CLOSERS = "\"'”’»)]"
#: Characters that end a sentence.
TERMINATORS = ".!?…"

# A blank line: a line break, then only horizontal white space (incl. NBSP),
# then another line break or the end.
#   "one.\n \u00a0\ntwo." -> the break between "one." and "two."
BLANK_LINE = regex.compile(
    r"""
    \r?\n           # the end of a line of text
    (?:[^\S\r\n]*   # a line of nothing but spaces, tabs, NBSP...
       \r?\n)+      # ... one or more of them
    """,
    regex.VERBOSE,
)

# Where a sentence may end: a run of terminators, or a line break.
#   "Who? Me!" -> "?", "!"
CANDIDATE = regex.compile(r"[.!?…]+|\n")

# A bracket that may protect a span from splitting.
BRACKET = regex.compile(r"[()\[\]]")

# The word just before a full stop: letters, possibly with inner dots
# ("U.S", "e.g", "Lt").  Matched backwards from the stop, bounded length.
WORD_BEFORE_STOP = regex.compile(r"(?r)(?:\p{L}+\.)*\p{L}+\Z")

_MAX_WORD = 24


def paragraphs(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Split ``text[start:end]`` into paragraphs at blank lines.

    Spans are trimmed of surrounding white space; empty paragraphs are dropped.

    >>> t = "First line.\\n\\nSecond one.\\n"
    >>> [t[s.start:s.end] for s in paragraphs(t)]
    ['First line.', 'Second one.']
    """
    end = len(text) if end is None else end
    out: list[Span] = []
    pos = start
    for m in BLANK_LINE.finditer(text, start, end):
        _append_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _append_trimmed(text, pos, end, out)
    return tuple(out)


def sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Split ``text[start:end]`` into sentence spans, in document order.

    >>> t = "Gen. Smith said U.S. forces left. They did (Reuters, May 2). (AP, May 3)."
    >>> [t[s.start:s.end] for s in sentences(t)]
    ['Gen. Smith said U.S. forces left.', 'They did (Reuters, May 2). (AP, May 3).']
    """
    out: list[Span] = []
    for para in paragraphs(text, start, end):
        out.extend(
            _merge_speaker_tags(
                text, _merge_trailing_parentheticals(text, _split_paragraph(text, para.start, para.end))
            )
        )
    return tuple(out)


def _append_trimmed(text: str, start: int, end: int, out: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(start, end))


def _protected(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Outermost matched ``()``/``[]`` pairs of ``text[start:end]``, as sorted ranges.

    Only bracket characters are visited, and each bracket kind has its own
    stack, so every bracket costs O(1).  Unmatched brackets protect nothing:
    one stray ``(`` cannot swallow a paragraph.
    """
    stacks: dict[str, list[int]] = {"(": [], "[": []}
    closing = {")": "(", "]": "["}
    pairs: list[tuple[int, int]] = []
    for m in BRACKET.finditer(text, start, end):
        ch = m.group()
        if ch in stacks:
            stacks[ch].append(m.start())
        elif stacks[closing[ch]]:
            pairs.append((stacks[closing[ch]].pop(), m.end()))
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for pair in pairs:
        if not outer or pair[0] >= outer[-1][1]:
            outer.append(pair)
    return outer


def _split_paragraph(text: str, start: int, end: int) -> list[Span]:
    """Sentences of one paragraph: only candidate boundaries are visited."""
    protected = _protected(text, start, end)
    out: list[Span] = []
    sent_start = start
    p = 0  # index into protected
    pos = start  # candidates before this were consumed
    for m in CANDIDATE.finditer(text, start, end):
        i = m.start()
        if i < pos:
            continue
        while p < len(protected) and protected[p][1] <= i:
            p += 1
        if p < len(protected) and protected[p][0] <= i:
            continue  # inside brackets
        if m.group() == "\n":
            if _line_break_ends_sentence(text, sent_start, i, end):
                _append_trimmed(text, sent_start, i, out)
                sent_start = i + 1
            continue
        j = m.end()
        while j < end and text[j] in SENTENCE_CLOSERS:
            j += 1
        if j >= end:
            break
        if text[j].isspace() and _starts_sentence(text, j, end) and not _is_abbreviation(text, i, j, end):
            _append_trimmed(text, sent_start, j, out)
            sent_start = j
        pos = j
    _append_trimmed(text, sent_start, end, out)
    return out


def _starts_sentence(text: str, j: int, end: int) -> bool:
    """After white space at ``j``, does the next word look like a sentence start?"""
    k = j
    while k < end and text[k].isspace():
        k += 1
    if k >= end:
        return True
    ch = text[k]
    return ch.isupper() or ch.isdigit() or ch in SENTENCE_OPENERS or (ch.isalpha() and not ch.islower())


def title_not_state(text: str, start: int) -> bool:
    """Is the word of :data:`TITLE_OR_STATE` at ``start`` a title ("state Del. Ana Ruiz"), not a
    state after a town or a party ("Dover, Del.", "D-Del.")?"""
    before = text[max(0, start - 2) : start]
    return not (before.endswith("-") or before.rstrip().endswith(","))


def _is_abbreviation(text: str, stop: int, after: int, end: int) -> bool:
    """Is the ``.`` at ``stop`` part of an abbreviation or initial, not a sentence end?"""
    if text[stop] != ".":
        return False
    if stop + 1 < end and text[stop + 1] == ".":
        return False  # an ellipsis "..." followed by a capital: a sentence end
    lo = max(0, stop - _MAX_WORD)
    m = WORD_BEFORE_STOP.search(text, lo, stop)
    if not m:
        return False
    word = m.group()
    if m.start() > 0 and text[m.start() - 1] in ".@/":
        return False  # part of a domain or handle: "example.com."
    folded = word.casefold()
    if folded in ABBREVIATIONS:
        return True
    if folded in TITLE_OR_STATE:
        return title_not_state(text, m.start())
    if len(word) == 1 and word.isupper():
        return True  # an initial: "J. Smith", "Ana M. Ruiz"
    # dotted acronyms (U.S., U.N., U.K.) usually sit mid-sentence
    return "." in word and all(len(part) <= 2 for part in word.split("."))


#: Longest line treated as a heading when it lacks final punctuation.
HEADING_MAX = 80

# A line that ends with a signed quotation: a closing quotation mark, a long dash and a
# short name with no sentence punctuation after it.  A list of reader quotes prints one
# per line, each signed, with no full stop after the name:
#   "…about.”― Pamela Padilla" -> the line break after the name ends the sentence
SIGNED_LINE_END = regex.compile(r"[”\"'’]\s*(?:―|—|–|--)\s*[^\s.!?”\"][^\n!?”\"―—]{0,60}\Z")


def _line_break_ends_sentence(text: str, sent_start: int, nl: int, end: int) -> bool:
    line_start = text.rfind("\n", sent_start, nl) + 1 or sent_start
    line_start = max(line_start, sent_start)
    line = text[line_start:nl].rstrip()
    if not line:
        return False
    if line[-1] in TERMINATORS + SENTENCE_CLOSERS + ":":
        return True
    if SIGNED_LINE_END.search(line, max(0, len(line) - HEADING_MAX)):
        return True
    # a short line without final punctuation followed by a capitalised line is a heading
    return len(line) <= HEADING_MAX and _starts_sentence(text, nl + 1, end)


def _merge_trailing_parentheticals(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for span in spans:
        body = text[span.start : span.end]
        if out and body.startswith("(") and _closing_of(body) in (len(body), len(body) - 1):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


def _closing_of(body: str) -> int:
    """Index one past the ``)`` that closes ``body[0]``, or -1 when unbalanced."""
    depth = 0
    for i, ch in enumerate(body):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


#: Flags of reporting verbs (``data/reporting_verbs.txt``) whose verbs tag no quotation: what a
#: source holds (``hopes``), what data shows (``found``), what a document reads.
NOT_TAG_FLAGS = frozenset({"belief", "evidence", "document"})

#: Verbs of a speaker tag set after a quotation ("Abana said.", "the mayor added"): the finite
#: forms of the project's reporting verbs.
SPEAKER_TAG_VERBS = tuple(
    sorted(
        {
            form
            for forms, flags, _ in verb_entries("reporting_verbs.txt")
            if not flags & NOT_TAG_FLAGS
            for form in forms
            if not form.endswith("ing")
        }
    )
)

#: Words that may open what follows the verb of a speaker tag: when, where or to whom it
#: was said ("on Monday", "in a statement", "later", "told reporters") -- never a clause,
#: which would be content ("The mayor said it was close.").
SPEAKER_TAG_TAIL_WORDS = (
    "on in at to from during after before last this yesterday today tonight later earlier then "
    "again afterwards afterward recently reporters journalists"
).split()

# A sentence that is only a speaker tag: a subject of at most six words (a name, "The
# mayor", "A spokesman for the ministry"), a verb of the tag, maybe one capitalised word
# ("Monday", "AFP") or a phrase of when, where or to whom, and the stop.
SPEAKER_TAG = regex.compile(
    r"""
    \p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+[\p{L}\p{M}'’.\-]+){0,5}     # the subject
    \s+\L<verbs>                                            # the verb
    (?:\s+\p{Lu}[\p{L}\p{M}'’\-]*                                # "Monday", "AFP"
      |\s+\L<tail>(?:\s+[\p{L}\p{N}'’\-]+){0,3})?                 # "on Monday", "in a statement"
    \s*[.!]
    """,
    regex.VERBOSE,
    verbs=SPEAKER_TAG_VERBS,
    tail=SPEAKER_TAG_TAIL_WORDS,
)

#: A quotation that ends a sentence with its own stop: '…?"', '….”', '…!’'.
QUOTATION_END = regex.compile(r"[.!?…][”\"’']\s*\Z")


def _merge_speaker_tags(text: str, spans: list[Span]) -> list[Span]:
    """Join a sentence that is only a speaker tag to the quotation before it (see the module doc)."""
    out: list[Span] = []
    for span in spans:
        if (
            out
            and span.end - span.start <= 120
            and SPEAKER_TAG.fullmatch(text, span.start, span.end) is not None
            and QUOTATION_END.search(text, max(out[-1].start, out[-1].end - 4), out[-1].end) is not None
        ):
            out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out
