"""Text primitives of the claim features: folding, word tokens, stems, keys and phrase patterns.

All matching runs on a *folded* copy of the text of the same length (curly
quotes straightened, brackets and ellipses blanked), so offsets never shift.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator

import attrs
import regex

from provenance import patterns
from provenance.features.words import FUNCTION_WORDS, IRREGULAR

#: One-for-one replacements that make matching simpler without moving offsets.
_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\t": " ",
        "\r": " ",
        "\n": " ",
        "[": " ",
        "]": " ",
        "\u2026": " ",
        "\u2013": "-",
        "\u2212": "-",
    }
)


def fold(text: str) -> str:
    """A copy of ``text`` of the same length that the patterns match against.

    Curly quotes become straight, non-breaking spaces and line breaks become
    spaces, editorial brackets and ellipses become spaces.

    >>> fold("she stayed in \\u201cthe [Calder] valley\\u2026\\u201d")
    'she stayed in "the  Calder  valley "'
    """
    return text.translate(_FOLD)


# A word: letters and digits, with inner apostrophes, hyphens and dots.
#   "didn't" "el-Nour" "U.S" "50/50" "1,200"
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]+                  # letters or digits
    (?:['\-./,][\p{L}\p{N}]+)*     # inner ' - . / , joining more of them
    """,
    regex.VERBOSE,
)


def finditer(pattern: regex.Pattern, text: str, pos: int = 0) -> Iterator[regex.Match]:
    """The matches of ``pattern`` in ``text`` from ``pos``, under the project's time-out policy.

    Raises:
        PatternTimeout: the pattern ran past :func:`provenance.patterns.time_limit` of the text.
    """
    return patterns.finditer(pattern, text, pos)


@attrs.frozen
class Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()


class Tokens(list):
    """The tokens of a text, with their start offsets kept for bisecting."""

    def __init__(self, tokens: Iterable[Token]):
        super().__init__(tokens)
        self.starts = [t.start for t in self]


def word_tokens(folded: str) -> Tokens:
    # WORD is linear and unambiguous (a joiner is never a letter): no timeout, which would
    # make the commonest match several times slower.
    return Tokens(Token(m.group(), m.start(), m.end()) for m in WORD.finditer(folded))


#: Consonants English writes doubled in the word itself ("call", "pass", "stuff", "buzz"), kept before an ending.
KEPT_DOUBLES = "lsfz"


def stem(word: str) -> str:
    """A crude stem for overlap: case-folded, possessive and plural dropped.

    >>> [stem(w) for w in ["Civilians", "people", "Ruiz's", "killed", "reports", "bodies", "shutting", "stuffed"]]
    ['civilian', 'person', 'ruiz', 'kill', 'report', 'body', 'shut', 'stuff']
    """
    w = word.casefold().replace("\u2019", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.rstrip("'")
    if w in IRREGULAR:
        return IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        w = w[:-1]
    if len(w) > 5 and w.endswith("ing"):
        w = w[:-3]
    elif len(w) > 4 and w.endswith("ed"):
        w = w[:-2]
    else:
        return w
    if len(w) > 2 and w[-1] == w[-2] and w[-1] not in KEPT_DOUBLES:
        w = w[:-1]  # "shutting", "stopped": the consonant doubled before the ending
    return w


def content_words(text: str) -> frozenset[str]:
    """Stems of the words of ``text`` that carry content (no function words, no numbers).

    >>> sorted(content_words("Ruiz refuted the rumours and claimed that she remained"))
    ['claim', 'refut', 'remain', 'ruiz', 'rumour']
    """
    out = set()
    for m in WORD.finditer(fold(text)):  # no timeout: see _tokens
        w = m.group().casefold()
        if w in FUNCTION_WORDS or w.endswith("n't") or not any(c.isalpha() for c in w):
            continue
        s = stem(w)
        if len(s) > 1 and s not in FUNCTION_WORDS:
            out.add(s)
    return frozenset(out)


def name_key(text: str) -> str:
    """Normalised identity of a name as written: no accents, case, possessive, hyphens or dots.

    >>> name_key("Ruiz\u2019s"), name_key("El-Nour"), name_key("U.S."), name_key("Tomas  Erik Brandt")
    ('ruiz', 'el nour', 'u s', 'tomas erik brandt')
    """
    return _key(text)


# What a key drops: a possessive ending, and the separators it turns into one space.
#   "ruiz's" -> "ruiz"; "el-nour", "u.s." -> "el nour", "u s "
KEY_POSSESSIVE = regex.compile(r"'s\b|'$")
KEY_SEPARATORS = regex.compile(r"[\-\s.]+")


def _key(text: str) -> str:
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = t.casefold().replace("\u2019", "'")
    t = KEY_POSSESSIVE.sub("", t)
    t = KEY_SEPARATORS.sub(" ", t).strip()
    return t


def alternation(phrases: Iterable[str]) -> str:
    """An alternation of phrases, longest first, words joined by any white space.

    Phrases that start and end with a letter are matched as whole words; the
    boundary checks are shared by the whole group so each position is tested once.
    """
    words, others = [], []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):
        body = r"\s+".join(regex.escape(w) for w in phrase.split())
        if phrase[0].isalnum() and phrase[-1].isalnum():
            words.append(body)
        else:
            left = r"(?<![\w'\-])" if phrase[0].isalnum() else ""
            right = r"(?![\w'\-])" if phrase[-1].isalnum() else ""
            others.append(left + body + right)
    groups = others
    if words:
        groups = [r"(?<![\w'\-])(?:" + "|".join(words) + r")(?![\w'\-])", *others]
    return "|".join(groups)


def lexicon_pattern(phrases: Iterable[str]) -> regex.Pattern:
    return regex.compile(f"(?:{alternation(phrases)})", regex.IGNORECASE)
