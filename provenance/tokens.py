"""Tokens: the one tokeniser of the project.

A token is a dotted acronym (``U.S.``), a word or number with inner joiners
(``el-Hadi``, ``Ruiz’s``, ``50/50``) or one other character; an abbreviation
of :data:`provenance.segment.ABBREVIATIONS` and a single capital letter take
their period (``Mr.``, ``J.``).  A personal or relative pronoun and the
auxiliary contracted onto it are two tokens (``He’s`` -> ``He`` ``’s``,
``who've`` -> ``who`` ``'ve``), as in the Penn Treebank: the pronoun is the
subject, the contraction a verb ("He’s said that ...").  Every token carries its
offsets into the text.

>>> [t.text for t in tokenize("Mr. Ruiz’s “plan”, said el-Hadi.", 0, 33)]
['Mr.', 'Ruiz’s', '“', 'plan', '”', ',', 'said', 'el-Hadi', '.']
>>> [t.text for t in tokenize("She’s said they'd go.", 0, 21)]
['She', '’s', 'said', 'they', "'d", 'go', '.']
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from provenance.segment import ABBREVIATIONS, TITLE_OR_STATE, title_not_state

__all__ = ["TOKEN", "Tok", "tokenize"]

# A token: a dotted acronym, a word with inner joiners, or one other character;
# with the spaces before it, so that ``findall`` (which gives strings, no offsets) can
# still place it.
#   "U.S. envoy’s el-Hadi Stage/Screen 50/50 “plan” he’s"
#   -> U.S. | envoy’s | el-Hadi | Stage/Screen | 50/50 | “ | plan | ” | he | ’s
TOKEN = regex.compile(
    r"""
    (?P<space>\s*)                         # the spaces before it
    (?:
      (?P<word>
        (?:\p{Lu}\.){2,}                   # a dotted acronym: U.S.  U.N.
      | (?i:he|she|it|they|we|i|you|who|there)  # a pronoun before a contracted auxiliary: he’s
        (?=['’](?:s|re|ve|d|ll|m)(?![\p{L}\p{M}\p{N}]))
      | (?<=(?<![\p{L}\p{M}\p{N}])(?i:he|she|it|they|we|i|you|who|there))
        ['’](?i:s|re|ve|d|ll|m)(?![\p{L}\p{M}\p{N}])  # ... and the auxiliary: ’s 're 've 'd 'll 'm
      | [\p{L}\p{N}][\p{L}\p{M}\p{N}]*     # a word or number ...
        (?:[-'’/.&@]+[\p{L}\p{M}\p{N}]+)*  # ... with joined parts: el-Hadi, Ruiz’s, 50/50
      )
    | (?P<other>--|\S)                      # a typewriter dash "--", or any other character alone
    )
    """,
    regex.VERBOSE,
)


class Tok(NamedTuple):
    """A token of a sentence with its offsets into the text."""

    text: str
    start: int
    end: int
    low: str
    """Lower case, with curly apostrophes made straight."""
    cap: bool
    """Starts with an upper-case letter."""
    word: bool
    """A word or number (not punctuation)."""


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of ``text[start:end]``, in order, with offsets into ``text``.

    Args:
        text: the whole text; offsets index it.
        start: where to start.
        end: where to stop (no token runs past it).

    Returns:
        One :class:`Tok` per token.
    """
    # TOKEN is linear and unambiguous (each alternative consumes what it starts), so it
    # runs without a timeout: the timeout would make this, the hottest loop, 2.5x slower.
    # For the same reason it runs through findall, which makes no match objects.
    out: list[Tok] = []
    append = out.append
    new = tuple.__new__  # what Tok._make calls, without its checks
    e = start  # where the previous token ended
    period_taken = False
    for space, word, other in TOKEN.findall(text, start, end):
        if period_taken:  # the period of an abbreviation, already taken (and counted in e)
            period_taken = False
            continue
        s = e + len(space)
        tok = word or other
        e = s + len(tok)
        if (
            word
            and e < end
            and text[e] == "."
            and word[-1] != "."
            and (
                word.casefold() in ABBREVIATIONS
                or (len(word) == 1 and word.isupper())
                or (word.casefold() in TITLE_OR_STATE and title_not_state(text, s))  # "Del. Ana Ruiz"
            )
        ):
            tok += "."  # "Mr." "Gen." "J."
            e += 1
            period_taken = True
        append(new(Tok, (tok, s, e, tok.lower().replace("’", "'"), tok[0].isupper(), not other)))
    return out
