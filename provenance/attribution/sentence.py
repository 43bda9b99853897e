"""One sentence as the attribution grammar reads it: tokens and facts about them computed once.

Also the guarded pattern scan (:func:`finditer_if`: the project's time limit
over the sentence, see :mod:`provenance.patterns`, and no scan at all when the
sentence lacks a word the pattern needs).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator

import attrs
import regex

from provenance import patterns
from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.words import (
    CLOSING_QUOTES,
    DETERMINERS,
    DOUBLE_QUOTES,
    NUMBER_WORDS,
    OPENING_QUOTES,
    QUOTES,
    STOP_WORDS,
    TRAILING_PUNCT,
)
from provenance.lexicon import SUBJECT_PRONOUNS
from provenance.model import Span
from provenance.sources import Registry
from provenance.tokens import tokenize


@functools.cache
def _needles(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` that contain no other: finding one of them is finding one of ``words``."""
    return tuple(w for w in sorted(words) if not any(v != w and v in w for v in words))


def finditer_if(s: Sentence, pattern: regex.Pattern, *needs: frozenset[str]):
    """Matches of ``pattern`` in sentence ``s``; none, without running it, when
    the sentence lacks one of each of ``needs`` (words the pattern cannot match without)."""
    for words in needs:
        if not s.may_contain(words):
            return iter(())
    return patterns.finditer(pattern, s.text, s.span.start, s.span.end)


@attrs.define
class Sentence:
    """One sentence: its tokens and facts about them computed once."""

    text: str
    span: Span
    toks: list
    starts: list
    last: int
    """Index of the last token of content (before final punctuation and citations)."""
    opens: list
    """For each token, whether it opens a quotation."""
    closes: list
    quoted: list = attrs.Factory(list)
    """For each token, whether it stands inside a double-quoted quotation."""
    words_before: list = attrs.Factory(list)
    """For each token index i (and len(toks)), how many word tokens precede it."""
    quote_open_after: bool = False
    """Whether a double-quoted quotation is still open at the end of the sentence."""
    registry: Registry | None = None
    """The source registry, to tell outlets from other names."""
    lows: frozenset = frozenset()
    """The lower-case forms of the tokens, to skip searches for words the sentence lacks."""
    name_words: list = attrs.Factory(list)
    """For each token, whether it is a capitalised word that can be part of a name."""
    folded: str | None = None
    """The sentence case-folded, when folding maps it character for character (else None)."""
    texts: tuple = ()
    """The text of each token."""

    def may_contain(self, words: frozenset[str]) -> bool:
        """Could a case-insensitive pattern that needs one of ``words`` match here?

        A cheap test that lets a sentence skip a pattern.  Every character that the
        ``regex`` module matches case-insensitively with an ASCII letter case-folds
        to that letter, except ``İ`` (which folds to two characters): so in text
        that folds character for character, a match implies the folded word.
        """
        folded = self.folded
        if folded is None:
            return True
        for w in _needles(words):  # noqa: SIM110 - a loop, not any(): this runs for every pattern and sentence
            if w in folded:
                return True
        return False

    def mark_quotations(self, open_before: bool) -> None:
        """Track double quotation marks (“ ” " and '') from the state ``open_before``."""
        inside = open_before
        toks = self.toks
        if self.lows.isdisjoint(DOUBLE_QUOTES):
            self.quoted = [inside] * len(toks)
            self.quote_open_after = inside
            return
        quoted = []
        i = 0
        while i < len(toks):
            ch = toks[i].text
            double = ch in '“”"' or (
                ch == "'" and i + 1 < len(toks) and toks[i + 1].text == "'" and toks[i + 1].start == toks[i].end
            )
            if double:
                opening = ch == "“" or self.opens[i]
                if opening and not inside:
                    inside = True
                elif not opening and inside:
                    quoted.append(False)
                    inside = False
                    if ch == "'":
                        quoted.append(False)
                        i += 1
                    i += 1
                    continue
            quoted.append(inside)
            if double and ch == "'":
                quoted.append(inside)
                i += 1
            i += 1
        self.quoted = quoted
        self.quote_open_after = inside

    @classmethod
    def build(cls, text: str, span: Span, registry: Registry | None = None) -> Sentence:
        toks = tokenize(text, span.start, span.end)
        n = len(toks)
        # the columns of the tokens, transposed at C speed: this runs for every sentence
        texts, starts, _, lows, caps, words = zip(*toks, strict=True) if toks else ((),) * 6
        opens, closes = [False] * n, [False] * n
        for i in itertools.compress(range(n), map(QUOTES.__contains__, texts)):
            t = toks[i]
            ch = t.text
            if ch in OPENING_QUOTES:
                opens[i] = True
            elif ch == "”" and i == 0 and t.end < span.end and text[t.end].isalnum():
                opens[i] = True  # a closing mark typed to open a paragraph's quotation: ”Fear. I am …
            elif ch in CLOSING_QUOTES:
                closes[i] = True
            else:
                before = text[t.start - 1] if t.start > span.start else " "
                after = text[t.end] if t.end < span.end else " "
                opens_after = before.isspace() or before in "([{—–-'\""
                is_open = opens_after and not (after.isspace() or after in ".,;:!?)")
                opens[i], closes[i] = is_open, not is_open
        s = cls(text, span, toks, list(starts), n - 1, opens, closes, registry=registry)
        s.last = s._content_last()
        s.lows = frozenset(lows)
        lex = lexicon()
        # the first test of _is_name_word, in bulk: a word that starts with a capital or a digit
        digit = map(str.isdigit, map(operator.itemgetter(0), texts))
        candidates = map(operator.and_, words, map(operator.or_, caps, digit))
        s.name_words = [False] * n
        for i in itertools.compress(range(n), candidates):
            s.name_words[i] = _is_name_word(s, i, lex)
        folded = text[span.start : span.end].casefold()
        s.folded = folded if len(folded) == span.end - span.start else None
        s.words_before = list(itertools.accumulate(words, initial=0))
        s.texts = texts
        return s

    def words(self, a: int, b: int) -> int:
        """How many word tokens tokens ``a..b`` (inclusive) hold."""
        if b < a:
            return 0
        return self.words_before[b + 1] - self.words_before[a]

    def _content_last(self) -> int:
        """Index of the last token before final punctuation and trailing parentheticals."""
        toks = self.toks
        e = len(toks) - 1
        while e >= 0:
            if toks[e].text in TRAILING_PUNCT:
                e -= 1
            elif toks[e].text == ")":
                depth, k = 0, e
                while k >= 0:
                    if toks[k].text == ")":
                        depth += 1
                    elif toks[k].text == "(":
                        depth -= 1
                        if depth == 0:
                            break
                    k -= 1
                if k <= 0:
                    break
                e = k - 1
            else:
                break
        return e

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)


def sentence_initial(s: Sentence, i: int) -> bool:
    return i == 0 or s.opens[i - 1] or s.toks[i - 1].text in ":—–"


def lexical(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a noun of the source lexicons (a role, a body, a document, an anonymous or vague source)?

    Person nouns hold the compounds of a role ("ex-wife", "father-of-four", "the
    26-year-old"): see :class:`~provenance.attribution.cues.PersonNouns`.
    """
    return (
        low in lex.persons
        or low in lex.institutions
        or low in lex.documents
        or low in lex.anonymous
        or low in lex.vague
    )


def _is_name_word(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is token ``i`` a capitalised word that can be part of a name?"""
    t = s.toks[i]
    if not t.word or not (t.cap or (t.text[:1].isdigit() and any(c.isupper() for c in t.text))):
        return False
    if t.low in NUMBER_WORDS:
        return False  # "Two floods ...", "Hundreds of ..."
    if t.low in STOP_WORDS or t.low in DETERMINERS:
        if t.text.isupper() and len(t.text) > 1 and i > 0 and s.toks[i - 1].low == "the":
            return True  # an acronym spelled like a function word after "the": "the US", "the WHO"
        return (
            not sentence_initial(s, i)
            and t.low not in ("i", "the", "a", "an")
            and len(t.low) > 2
            and t.low not in SUBJECT_PRONOUNS
        )
    # a verb, or a common noun capitalised because it starts the sentence ("Officials said"), is no name
    return not (sentence_initial(s, i) and (t.low in lex.verbs or lexical(bare_word(t.low), lex)))


def bare_word(low: str) -> str:
    """A word without its possessive ending."""
    if low.endswith("'s"):
        return low[:-2]
    if low.endswith("s'"):
        return low[:-1]
    return low
