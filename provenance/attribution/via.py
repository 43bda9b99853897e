"""Outlets and platforms that carried a statement: the ``via`` of an attribution.

``in an op-ed for the Harbour Times``, ``told Reuters``, ``on its YouTube
channel``, ``in a tweet``.
"""

from __future__ import annotations

import functools

import regex

from provenance import patterns
from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.phrases import Phrase
from provenance.attribution.sentence import Sentence, bare_word, finditer_if
from provenance.attribution.words import OUTLET_KINDS
from provenance.model import SourceKind, source_key
from provenance.sources import Registry

# A piece or interview naming the outlet that carried it.
#   "In an op-ed for the Harbour Times, Ruiz ..." -> outlet "Harbour Times"
#   "said in an interview with Kestrel News" -> outlet "Kestrel News"
VIA_PIECE_TEMPLATE = r"""
    (?<![\w-])(?:in|during)\s+(?:an?|the|his|her|its|their)\s+
    (?:[\p{L}-]+\s+){0,2}?                                       # "exclusive", "recent"
    (?:\L<publications>|appearance)                              # the piece
    \s+(?:for|with|to|in|on|published\s+(?:by|in))\s+            # ... for the outlet
    (?:the\s+)?
    (?P<outlet>(?-i:\p{Lu}[\p{L}\p{N}’'.&/-]*                     # a capitalised name ...
      (?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}’'.&/-]*){0,5}))     # ... of up to six words
"""

# A social platform that carried a statement.
#   "claimed responsibility on its YouTube channel" -> platform "YouTube"
ON_PLATFORM = regex.compile(
    r"""
    (?<![\w-])(?:on|via|through)\s+
    (?:(?:its|his|her|their|the|an?)\s+)?(?:official\s+)?
    (?P<platform>\p{Lu}[\p{L}.]*)                                # the platform's name
    (?P<account>\s+(?:account|accounts|channel|channels|page|feed|profile|handle))?
    """,
    regex.VERBOSE,
)

# A tweet names its platform by itself.
#   "said in a tweet" -> "Twitter"
IN_A_TWEET = regex.compile(r"(?<![\w-])in\s+an?\s+(?:\w+\s+)?tweet(?![\w-])", regex.IGNORECASE)

#: Words IN_A_TWEET needs.
IN_A_TWEET_NEEDS = frozenset({"tweet"})


@functools.cache
def _patterns() -> dict:
    """Patterns built from the lexicons, compiled once."""
    return {
        "via_piece": regex.compile(
            VIA_PIECE_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, publications=sorted(lexicon().publications)
        ),
    }


def outlet_text(s: Sentence, p: Phrase, lex: Lexicon) -> str | None:
    """The phrase as an outlet name when it looks like one ("the Harbour Times" -> "Harbour Times")."""
    toks = s.toks
    a = p.start
    if toks[a].low == "the":
        a += 1
    if a > p.end or not toks[a].cap:
        return None
    name = s.text[toks[a].start : toks[p.end].end]
    if s.registry is not None:
        found = s.registry.entries.get(source_key(name))
        if found and found[1] in OUTLET_KINDS:
            return name
    last = bare_word(toks[p.end].low)
    if last in lex.outlet_words or (
        "." in toks[p.end].text and any(c.isalpha() for c in toks[p.end].text.rsplit(".", 1)[-1])
    ):
        return name
    return None


def sentence_via(s: Sentence, registry: Registry) -> str | None:
    """An outlet or platform named in the sentence as carrying a statement."""
    lex = lexicon()
    for m in finditer_if(s, _patterns()["via_piece"], lex.publications | {"appearance"}):
        outlet = m.group("outlet").rstrip(".,")
        if outlet.split()[0].lower() not in lex.time_words:
            return outlet
    for m in patterns.finditer(ON_PLATFORM, s.text, s.span.start, s.span.end):
        known = registry.entries.get(source_key(m.group("platform")))
        if known and known[1] is SourceKind.SOCIAL:
            return m.group("platform")
    if any(finditer_if(s, IN_A_TWEET, IN_A_TWEET_NEEDS)):
        return "Twitter"
    return None
