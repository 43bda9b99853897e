"""Entities of a statement: names, acronyms and titles, each with a normalised key."""

from __future__ import annotations

import enum

import attrs
import regex

from provenance.features.text import Token, alternation, finditer, name_key
from provenance.features.words import (
    FUNCTION_WORDS,
    NAME_BREAKERS,
    NAME_STOPWORDS,
    NUMBER_WORDS,
    ORGANISATION_WORDS,
    PERSON_TITLES,
    TITLE_WORDS,
)


class EntityKind(enum.StrEnum):
    """What kind of mention an entity is."""

    NAME = "name"
    ACRONYM = "acronym"
    TITLE = "title"


# One capitalised word of a name, with an optional Arabic-style particle.
#   "Ruiz" "el-Nour" "El-Nour" "McDonald's" "RG-C" "Bury-on-Calder"
NAME_WORD = r"""
    (?:(?:al|el|ad|as|an|ibn|bin|abu|de|di|da|van|von)-)?   # particle joined by a hyphen
    \p{Lu}[\p{L}\p{M}]*                                       # a capitalised word
    (?:['\-][\p{L}\p{M}]+)*                                   # -Calder, 's, -C
"""

# A chain of capitalised words with lower-case particles inside.
#   "Jonas Hale Whitaker" "Harbour Workers Front of Norland" "Vila e Calder"
NAME_CHAIN_BODY = r"""
    {word}                               # the first capitalised word
    (?:
        (?:[ ]+(?:of|de|du|da|del|der|van|von|bin|ibn|e|al|el|y|i))?  # a particle
        [ ]+{word}                       # another capitalised word
    )*
""".replace("{word}", NAME_WORD)

NAME_CHAIN = regex.compile(
    r"""
    (?<![\p{L}\p{N}'\-])                 # not inside a word
    {chain}
    (?![\p{L}\p{N}])                     # whole words only
    """.replace("{chain}", NAME_CHAIN_BODY),
    regex.VERBOSE,
)

# An acronym: two or more capitals (digits, a hyphenated suffix), or dotted initials.
#   "RGCP" "RG-C" "UN" "U.S." "G7"
ACRONYM = regex.compile(
    r"""
    (?<![\p{L}\p{N}'.])
    (?:
        (?:\p{Lu}\.){2,}                       # U.S.  U.N.
      | \p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*(?:-\p{Lu}+)?  # RGCP, RG-C, G7
    )
    (?:'s)?                                    # a possessive
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
)

# A title naming a person by office, with its determiner.
#   "the police chief" "Norland's president" "the former vice president"
TITLE = regex.compile(
    r"""
    (?<!\w)
    (?:the|its|his|her|their|a)\s+             # a determiner
    (?:(?:former|then|late|new|acting|deputy|current)\s+)?   # a qualifier
    (?P<title>{titles})                         # a title (person_titles.txt)
    (?!\w)
    """.replace("{titles}", alternation(PERSON_TITLES)),
    regex.VERBOSE | regex.IGNORECASE,
)


# "Expansion (ACR)" or "ACR (the expansion)": an acronym defined in the text.
#   "River Guard in Calder Province (RGCP)"  "RGCP (River Guard in Calder Province)"
@attrs.frozen
class Entity:
    """A named thing mentioned in a text."""

    text: str
    """The mention as written (titles and particles before a name removed)."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    kind: EntityKind
    """Name, acronym or title."""
    key: str
    """Normalised identity (``ana ruiz``, ``rgcp``, ``police chief``)."""

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.key.split())


def _is_shouting(tokens: list[Token]) -> bool:
    """Is the text written in capitals (so capitals say nothing about names)?"""
    letters = [t for t in tokens if any(c.isalpha() for c in t.text)]
    caps = [t for t in letters if t.text.isupper() and len(t.text) > 1]
    return len(letters) >= 4 and len(caps) * 2 > len(letters)


def find_entities(text: str, folded: str, tokens: list[Token]) -> tuple[Entity, ...]:
    found: dict[tuple[int, int], Entity] = {}
    shouting = _is_shouting(tokens)
    for m in finditer(NAME_CHAIN, folded):
        for start, end in trim_chain(folded, m.start(), m.end()):
            words = folded[start:end].split()
            if len(words) == 1 and ACRONYM.fullmatch(folded, start, end):
                continue  # an acronym, found below
            if len(words) == 1 and (words[0].casefold() in NUMBER_WORDS or len(words[0]) < 2):
                continue  # "Two explosions ...", the "U" of "U.S."
            if shouting:
                continue
            found[(start, end)] = Entity(text[start:end], start, end, EntityKind.NAME, name_key(text[start:end]))
    if shouting:
        return ()  # capitals say nothing about names in "MAN BITES DOG"
    for m in finditer(ACRONYM, folded):
        raw = m.group()
        bare = raw[:-2] if raw.endswith("'s") else raw
        low = bare.casefold()
        if low in FUNCTION_WORDS or low in NAME_STOPWORDS or negation_word(low):
            if shouting or low in ("no", "not", "nope", "never"):
                continue
        if shouting and low not in FUNCTION_WORDS and len(bare) > 5:
            continue
        found[(m.start(), m.start() + len(bare))] = Entity(
            text[m.start() : m.start() + len(bare)],
            m.start(),
            m.start() + len(bare),
            EntityKind.ACRONYM,
            name_key(bare),
        )
    for m in finditer(TITLE, folded):
        s, e = m.span("title")
        if not any(s < x[1] and x[0] < e for x in found):
            found[(s, e)] = Entity(text[s:e], s, e, EntityKind.TITLE, name_key(m.group("title")))
    return tuple(found[k] for k in sorted(found))


def negation_word(low: str) -> bool:
    return low in ("no", "not", "never", "none", "nope") or low.endswith("n't")


# A word between spaces, for splitting a chain of names.
NON_SPACE_RUN = regex.compile(r"\S+")


def trim_chain(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the names in a capitalised chain, without openers, titles and verbs.

    "Despite Ruiz" -> "Ruiz"; "Former President Lena Okafor" -> "Lena Okafor";
    in a title-case headline, "Banksy Wasn't Arrested" -> "Banksy".
    """
    words = [m.span() for m in NON_SPACE_RUN.finditer(folded, start, end)]
    out: list[tuple[int, int]] = []
    segment: list[tuple[int, int]] = []
    for w in words + [None]:
        if w is None or _breaks_name(folded[w[0] : w[1]]):
            out.extend(_trim_segment(folded, segment))
            segment = []
        else:
            segment.append(w)
    return out


def _breaks_name(word: str) -> bool:
    """A capitalised word that cannot be inside a name: "The", "Wasn't", "Arrested"."""
    low = name_key(word)
    if not word[:1].isupper():
        return False  # a particle: "of", "al", "bin"
    return low in FUNCTION_WORDS or low in NAME_STOPWORDS or low.endswith("n't") or low in NAME_BREAKERS


def _trim_segment(folded: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    i = 0
    while i < len(words):
        low = name_key(folded[words[i][0] : words[i][1]])
        if low in NAME_STOPWORDS or (low in TITLE_WORDS and i + 1 < len(words)):
            i += 1
            continue
        break
    # Particles may not end a name ("of" in "Bank of"); "al-Baghdadi" may.
    j = len(words)
    while j > i and not any(c.isupper() for c in folded[words[j - 1][0] : words[j - 1][1]]):
        j -= 1
    if i >= j:
        return []
    if all(name_key(folded[s:e]) in TITLE_WORDS | NAME_STOPWORDS for s, e in words[i:j]):
        return []
    # A possessive ends a name: "Norland's Coast Guard Service" is two.
    out, first = [], i
    for k in range(i, j):
        if folded[words[k][0] : words[k][1]].endswith("'s") and k + 1 < j:
            out.append((words[first][0], words[k][1] - 2))
            first = k + 1
    out.append((words[first][0], words[j - 1][1]))
    return out


def merge_in_chains(entities: tuple[Entity, ...], text: str, folded: str) -> tuple[Entity, ...]:
    """Join "River Guard" + " in " + "Calder Province" when both sides have two words or more."""
    out: list[Entity] = []
    for e in entities:
        if (
            out
            and e.kind is EntityKind.NAME
            and out[-1].kind is EntityKind.NAME
            and len(out[-1].words) >= 2
            and len(e.words) >= 2
            and regex.fullmatch(r"\s+in\s+", folded[out[-1].end : e.start])
        ):
            prev = out.pop()
            out.append(
                Entity(text[prev.start : e.end], prev.start, e.end, EntityKind.NAME, name_key(text[prev.start : e.end]))
            )
            continue
        out.append(e)
    return tuple(out)


def person_like(e: Entity) -> bool:
    """Could this multi-word name be a person's (so its last word a surname)?"""
    words = e.text.split()
    return all(w[:1].isupper() for w in words) and not any(name_key(w) in ORGANISATION_WORDS for w in words)
