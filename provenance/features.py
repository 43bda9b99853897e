"""Claim features: what a statement is about and what it says about it.

Pure functions over one string (a claim's text).  Everything found carries
``start``/``end`` offsets into that string.  The comparator
(:mod:`provenance.compare`) uses the features to block candidate pairs and to
decide how two statements relate:

* **entities** — chains of capitalised words (``Ana Ruiz``,
  ``River Guard in Calder Province``), acronyms (``RGCP``, ``U.N.``) and
  titles (``the police chief``), each with a normalised ``key``;
  :class:`AliasTable` merges keys across a set of texts (a surname with the one
  full name that ends with it, an acronym with the expansion written beside it);
* **quantities** — counts as ranges with their counted noun and event
  (``killed 140 miners`` → 140 ``miner`` ``killed``; ``dozens`` → 24–99;
  ``at least 15`` → 15–∞; ``about 400`` → 360–440);
* **cues** — negation, modality, hedges, denial and confirmation words;
* **locations** — ``in Norland``, ``to Eastmarch``, ``in the country``;
* **predicates** — states that can contradict each other (fled X / still in
  X, killed / alive, captured / released), with their subject and place.

Word lists live in ``provenance/data/*.txt`` (one entry a line, ``#``
comments, tab-separated fields); patterns are compiled once at import.  All
matching runs on a *folded* copy of the text of the same length (curly quotes
straightened, brackets and ellipses blanked), so offsets never shift.
"""

from __future__ import annotations

import bisect
import enum
import functools
import importlib.resources
import math
import unicodedata
from collections.abc import Iterable, Iterator, Mapping

import attrs
import regex

from provenance.errors import InputError

__all__ = [
    "AliasTable",
    "Cue",
    "Entity",
    "EntityKind",
    "Features",
    "Location",
    "Predicate",
    "Quantity",
    "content_words",
    "entity_keys",
    "features",
    "fold",
    "keys_of",
    "load_lexicon",
    "name_key",
    "stem",
]

# --------------------------------------------------------------------------
# Lexicons (provenance/data/*.txt)
# --------------------------------------------------------------------------


def load_lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a shipped word list, one tuple of tab-separated fields each.

    Blank lines and ``#`` comments are skipped; fields are stripped.

    >>> ("hundreds", "200", "999") in load_lexicon("quantifiers.txt")
    True
    """
    resource = importlib.resources.files("provenance").joinpath("data", name)
    rows = []
    for line in resource.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)


def _words(name: str) -> frozenset[str]:
    return frozenset(row[0].casefold() for row in load_lexicon(name))


#: Words ignored when measuring overlap (``function_words.txt``).
FUNCTION_WORDS = _words("function_words.txt")
#: Capitalised words that do not start a name (``name_stopwords.txt``).
NAME_STOPWORDS = _words("name_stopwords.txt")
#: Titles naming a person by office (``person_titles.txt``).
PERSON_TITLES = tuple(row[0] for row in load_lexicon("person_titles.txt"))
#: Single words of titles, stripped from the front of names ("President Okafor").
TITLE_WORDS = frozenset(w for t in PERSON_TITLES for w in t.replace("-", " ").split()) | {
    "former",
    "deputy",
    "acting",
    "first",
    "late",
    "ex",
    "lt",
    "gen",
    "col",
    "maj",
    "capt",
    "sgt",
    "dr",
    "mr",
    "mrs",
    "ms",
    "sir",
    "lord",
    "lady",
    "rev",
    "st",
}
#: Written numbers: word -> value (``number_words.txt``).
NUMBER_WORDS = {row[0]: float(row[1]) for row in load_lexicon("number_words.txt")}
#: Vague quantifiers: phrase -> (low, high) (``quantifiers.txt``).
VAGUE_QUANTITIES = {row[0]: (float(row[1]), float(row[2])) for row in load_lexicon("quantifiers.txt")}
#: Range modifiers: phrase -> ``min`` / ``max`` / ``approx`` (``quantity_modifiers.txt``).
QUANTITY_MODIFIERS = {row[0]: row[1] for row in load_lexicon("quantity_modifiers.txt")}
#: Event words: word -> event counted (``event_words.txt``).
EVENT_WORDS = {row[0]: row[1] for row in load_lexicon("event_words.txt")}
#: Negation cues (``negation_cues.txt``).
NEGATION_CUES = tuple(row[0] for row in load_lexicon("negation_cues.txt"))
#: Modal cues (``modal_cues.txt``).
MODAL_CUES = tuple(row[0] for row in load_lexicon("modal_cues.txt"))
#: Hedge cues (``hedge_cues.txt``).
HEDGE_CUES = tuple(row[0] for row in load_lexicon("hedge_cues.txt"))
#: Denial cues: phrase -> ``verb`` or ``verdict`` (``denial_cues.txt``).
DENIAL_CUES = {row[0]: row[1] for row in load_lexicon("denial_cues.txt")}
#: Confirmation cues (``confirmation_cues.txt``).
CONFIRMATION_CUES = tuple(row[0] for row in load_lexicon("confirmation_cues.txt"))
#: State predicates: (phrase, class, flags) (``state_predicates.txt``).
STATE_PREDICATES = tuple(
    (row[0], row[1], frozenset(row[2].split(",")) if len(row) > 2 else frozenset())
    for row in load_lexicon("state_predicates.txt")
)
#: Conflicting predicate classes: frozenset({class, class}) -> condition (``antonyms.txt``).
ANTONYMS = {frozenset((row[0], row[1])): row[2] for row in load_lexicon("antonyms.txt")}

#: Words that end a place name without being part of its key ("Calder Valley" = "Calder").
PLACE_GENERICS = frozenset(
    "valley province district region city town village county state capital area country republic".split()
)
#: Lower-case nouns that name a place by reference ("in the country").
PLACE_NOUNS = ("country", "valley", "capital", "city", "region", "province", "area", "town", "village")
#: Words that do not name a person, so never take part in surname aliasing.
ORGANISATION_WORDS = frozenset(
    """
    state states province front army party council ministry nations union group alliance agency
    court police forces force government republic kingdom bank university college school
    valley city district region airport hotel mosque news times post press journal network
    company corporation inc ltd media channel radio service services committee movement
    organization organisation association institute center centre department office house
    brigade corps command navy guard guards """.split()
)
#: Words of the cue lexicons: a capitalised one ends a name ("Banksy Arrested").
NAME_BREAKERS = frozenset(
    w.casefold()
    for phrases in (
        [p for p, _, _ in STATE_PREDICATES],
        EVENT_WORDS,
        NEGATION_CUES,
        MODAL_CUES,
        HEDGE_CUES,
        DENIAL_CUES,
        CONFIRMATION_CUES,
    )
    for p in phrases
    for w in p.split()
    if w.isalpha() and w.casefold() not in ("dead", "safe", "free")
)
#: Personal pronouns that stand for a person named earlier.
PRONOUNS = frozenset("he she they him her them i we".split())
#: Auxiliaries and adverbs skipped when looking left from a predicate for its subject.
AUXILIARIES = frozenset(
    """
    had has have was were is are be been being would will could may might shall should can
    did does do also still then reportedly allegedly apparently later finally already now just
    subsequently eventually never not n't once soon since actually really indeed himself herself
    themselves itself""".split()
)
#: Auxiliaries that make a participle passive ("was killed").
BE_AUXILIARIES = frozenset("is are was were be been being got gets get".split())
#: Irregular plural and verb forms for :func:`stem`.
IRREGULAR = {
    "people": "person",
    "persons": "person",
    "men": "man",
    "women": "woman",
    "children": "child",
    "personnel": "personnel",
    "troops": "troop",
    "feet": "foot",
    "mice": "mouse",
    "lives": "life",
    "died": "die",
    "dies": "die",
    "dead": "die",
    "death": "die",
    "deaths": "die",
    "killed": "kill",
    "says": "say",
    "said": "say",
    "news": "news",
    "series": "series",
    "species": "species",
}

# --------------------------------------------------------------------------
# Folding and tokens
# --------------------------------------------------------------------------

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

#: Seconds a single pattern may run over one text before giving up.
TIMEOUT = 5.0


def _finditer(pattern: regex.Pattern, text: str, pos: int = 0) -> Iterator[regex.Match]:
    try:
        yield from pattern.finditer(text, pos, timeout=TIMEOUT)
    except TimeoutError:
        raise InputError("<claim>", f"text too hard to analyse ({len(text)} characters)") from None


@attrs.frozen
class _Token:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.casefold()


class _Tokens(list):
    """The tokens of a text, with their start offsets kept for bisecting."""

    def __init__(self, tokens: Iterable[_Token]):
        super().__init__(tokens)
        self.starts = [t.start for t in self]


def _tokens(folded: str) -> _Tokens:
    # WORD is linear and unambiguous (a joiner is never a letter): no timeout, which would
    # make the commonest match several times slower.
    return _Tokens(_Token(m.group(), m.start(), m.end()) for m in WORD.finditer(folded))


def stem(word: str) -> str:
    """A crude stem for overlap: case-folded, possessive and plural dropped.

    >>> [stem(w) for w in ["Civilians", "people", "Ruiz's", "killed", "reports", "bodies"]]
    ['civilian', 'person', 'ruiz', 'kill', 'report', 'body']
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
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "ls":
            w = w[:-1]
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


def _phrases(phrases: Iterable[str]) -> str:
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
        groups = [r"(?<![\w'\-])(?:" + "|".join(words) + r")(?![\w'\-])"] + others
    return "|".join(groups)


def _lexicon_pattern(phrases: Iterable[str]) -> regex.Pattern:
    return regex.compile(f"(?:{_phrases(phrases)})", regex.IGNORECASE)


# --------------------------------------------------------------------------
# Cues
# --------------------------------------------------------------------------

# Any negation cue; "n't" also at the end of a word.
#   "No, Banksy has not been arrested" -> "No", "not"
NEGATION = regex.compile(
    r"""
    (?<=\w)n't(?!\w)        # didn't, isn't, won't
    | {cues}                # not, never, no, without ... (negation_cues.txt)
    """.replace("{cues}", _phrases(c for c in NEGATION_CUES if c != "n't")),
    regex.VERBOSE | regex.IGNORECASE,
)
#: Phrases that open with a negation word without negating anything.
NEGATION_IDIOMS = (
    "no doubt",
    "not only",
    "not just",
    "no matter",
    "no less than",
    "no more than",
    "no fewer than",
    "not less than",
    "not more than",
    "nothing but",
    "no sooner",
    "without doubt",
    "if not",
    "not least",
    "no wonder",
    "not to mention",
    "none other than",
    "not far from",
    "no stranger",
    "no idea",
    "no way",
    "no mistake",
    "no limit",
    "no end",
    "never been better",
    "not bad",
)
# A negation idiom at a cue's position.
#   "no less than 64 strikes" -> not a negation
NEGATION_IDIOM = regex.compile(_phrases(NEGATION_IDIOMS), regex.IGNORECASE)

#: Any modal cue (``modal_cues.txt``).
MODAL = _lexicon_pattern(MODAL_CUES)
#: Any hedge (``hedge_cues.txt``).
HEDGE = _lexicon_pattern(HEDGE_CUES)
#: Any denial cue (``denial_cues.txt``).
DENIAL = _lexicon_pattern(DENIAL_CUES)

# A negation right before a denial cue, which then denies nothing.
#   "did not deny" "never denied" "no doubt" "without doubt" "not a hoax" "isn't fake"
NEGATED_CUE = regex.compile(
    r"""
    (?:\bno|\bnot|\bnever|\bwithout|\bbeyond|n't)     # a negation
    \s+(?:(?:a|an|any|the|really|actually|even)\s+)?   # at most a determiner or adverb
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "No" as an answer opening a sentence: a verdict on what came before.
#   "No, Banksy has not been arrested"  "Brian Williams: No, our meteorologist ..."
NO_ANSWER = regex.compile(
    r"""
    (?:^|(?<=[:.?!"]\s{0,3}))     # at the start of the text or of a sentence
    (?:no|nope|nah)                # the answer
    (?=\s*[,.!:])                  # followed by punctuation, not a noun ("No one")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Any confirmation cue (``confirmation_cues.txt``).
CONFIRMATION = _lexicon_pattern(CONFIRMATION_CUES)

# An earlier report as the object of a denial, with or without a determiner
# that points back at it ("those reports" is anaphoric, "reports that ..."
# and "Internet rumors" are not).
#   "Ruiz refuted those rumours" -> "those rumours" (det "those")
#   "shoots down congressman's claims" -> "congressman's claims"
#   "dismissed claims that he had fled" -> "claims that"
REPORT_OBJECT = regex.compile(
    r"""
    (?<!\w)
    (?:
        (?:(?P<det>those|these|the|such|this|that)\s+)?           # a determiner pointing back
        (?:(?:earlier|recent|media|press|online|news|internet|social\s+media|viral|widespread|\w+'s)\s+)?  # a modifier
        (?P<noun>reports?|claims?|rumou?rs?|allegations?|accounts?|speculation|stories|story|
                 suggestions?|assertions?|statements?)
        (?:\s+(?P<that>that|of|about))?                          # what they say follows
      | (?P<pronoun>it|this|that)(?=\s*[.,;]|\s*$)                   # "denied it."
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Headline attribution: the statement is someone's, not the outlet's.
#   "Apple to split in two -- report"  "Tesla picks Nevada: sources"
#   "Analysts: iPhone sales slow"  "Tim Cook: I wear my watch in the shower"
#   "Wife detained in Lebanon, officials say"
HEDGE_ATTRIBUTION = regex.compile(
    r"""
    (?:\s(?:--?|\u2014)\s?|:\s*)(?i:reports?|sources?|analysts?|officials?|police|study|experts?)\s*[.!]?\s*$  # "-- report"
    | \s--?\s?\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s*$                                  # "-CNBC", "- DJ"
    | ^[^:]{0,40}\b(?i:reports?|sources?|officials?|analysts?|police|study|experts?|witness(?:es)?|{titles})\s*:  # "Sources: ..."
    | :\s*["']?(?:I|We|My|Our)\b                                                            # "Tim Cook: I ..."
    | ,\s+(?:\w+\s){0,3}?(?i:say|says|said|claims?)\s*[.!]?\s*$                                # ", officials say"
    | :\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*$                                          # "...: SITE", ": ABC"
    """.replace("{titles}", "|".join(regex.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))),
    regex.VERBOSE,
)


@attrs.frozen
class Cue:
    """A cue word or phrase found in a text."""

    text: str
    """The cue as written."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    kind: str = ""
    """A sub-kind from the lexicon (``verb`` / ``verdict`` for denials), else empty."""


def _cues(pattern: regex.Pattern, text: str, folded: str, kinds: Mapping[str, str] | None = None) -> tuple[Cue, ...]:
    out = []
    for m in _finditer(pattern, folded):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if end <= start:
            continue
        kind = ""
        if kinds is not None:
            kind = kinds.get(" ".join(folded[start:end].casefold().split()), "")
        out.append(Cue(text[start:end], start, end, kind))
    return tuple(out)


def _report_objects(text: str, folded: str) -> tuple[Cue, ...]:
    """Report objects, kind ``anaphoric`` ("those reports", "it"), ``that`` ("claims that") or empty."""
    out = []
    for m in _finditer(REPORT_OBJECT, folded):
        if m.group("det") and m.group("det").casefold() in ("this", "that") and not m.group("noun"):
            continue
        kind = "anaphoric" if m.group("det") or m.group("pronoun") else ("that" if m.group("that") else "")
        out.append(Cue(text[m.start() : m.end()], m.start(), m.end(), kind))
    return tuple(out)


# --------------------------------------------------------------------------
# Entities
# --------------------------------------------------------------------------


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
    """.replace("{titles}", _phrases(PERSON_TITLES)),
    regex.VERBOSE | regex.IGNORECASE,
)

# "Expansion (ACR)" or "ACR (the expansion)": an acronym defined in the text.
#   "River Guard in Calder Province (RGCP)"  "RGCP (River Guard in Calder Province)"
PARENTHESIS = regex.compile(r"\((?:the\s+)?(?P<inside>[^()]{2,100})\)")

# Two names given as the same thing.
#   "RG-C, or sometimes RGCP"  "the Harbour Workers Front, or the Second Front"
#   "Liga el-Nour, also known as LEN"
ALIAS_OR = regex.compile(
    r"""
    (?<![\p{L}\p{N}'\-])
    (?P<a>{chain})                                   # a name or acronym
    \)?                                              # closing "Name (ACR), or ..."
    (?:
        ,\ +or\ +(?:sometimes\ +|simply\ +|also\ +)?    # ", or sometimes"
      | ,?\ +(?:also\ +)?known\ +as\ +               # "also known as"
      | ,?\ +a\.?k\.?a\.?\ +                          # "aka"
    )
    (?:the\ +)?
    (?P<b>{chain})                                   # its other name
    (?![\p{L}\p{N}])
    """.replace("{chain}", NAME_CHAIN_BODY),
    regex.VERBOSE,
)


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


def _is_shouting(tokens: list[_Token]) -> bool:
    """Is the text written in capitals (so capitals say nothing about names)?"""
    letters = [t for t in tokens if any(c.isalpha() for c in t.text)]
    caps = [t for t in letters if t.text.isupper() and len(t.text) > 1]
    return len(letters) >= 4 and len(caps) * 2 > len(letters)


def _entities(text: str, folded: str, tokens: list[_Token]) -> tuple[Entity, ...]:
    found: dict[tuple[int, int], Entity] = {}
    shouting = _is_shouting(tokens)
    for m in _finditer(NAME_CHAIN, folded):
        for start, end in _trim_chain(folded, m.start(), m.end()):
            words = folded[start:end].split()
            if len(words) == 1 and ACRONYM.fullmatch(folded, start, end):
                continue  # an acronym, found below
            if len(words) == 1 and (words[0].casefold() in NUMBER_WORDS or len(words[0]) < 2):
                continue  # "Two explosions ...", the "U" of "U.S."
            if shouting:
                continue
            found[(start, end)] = Entity(text[start:end], start, end, EntityKind.NAME, _key(text[start:end]))
    if shouting:
        return ()  # capitals say nothing about names in "MAN BITES DOG"
    for m in _finditer(ACRONYM, folded):
        raw = m.group()
        bare = raw[:-2] if raw.endswith("'s") else raw
        low = bare.casefold()
        if low in FUNCTION_WORDS or low in NAME_STOPWORDS or _negation_word(low):
            if shouting or low in ("no", "not", "nope", "never"):
                continue
        if shouting and low not in FUNCTION_WORDS and len(bare) > 5:
            continue
        found[(m.start(), m.start() + len(bare))] = Entity(
            text[m.start() : m.start() + len(bare)],
            m.start(),
            m.start() + len(bare),
            EntityKind.ACRONYM,
            _key(bare),
        )
    for m in _finditer(TITLE, folded):
        s, e = m.span("title")
        if not any(s < x[1] and x[0] < e for x in found):
            found[(s, e)] = Entity(text[s:e], s, e, EntityKind.TITLE, _key(m.group("title")))
    return tuple(found[k] for k in sorted(found))


def _negation_word(low: str) -> bool:
    return low in ("no", "not", "never", "none", "nope") or low.endswith("n't")


# A word between spaces, for splitting a chain of names.
NON_SPACE_RUN = regex.compile(r"\S+")


def _trim_chain(folded: str, start: int, end: int) -> list[tuple[int, int]]:
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
    low = _key(word)
    if not word[:1].isupper():
        return False  # a particle: "of", "al", "bin"
    return low in FUNCTION_WORDS or low in NAME_STOPWORDS or low.endswith("n't") or low in NAME_BREAKERS


def _trim_segment(folded: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    i = 0
    while i < len(words):
        low = _key(folded[words[i][0] : words[i][1]])
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
    if all(_key(folded[s:e]) in TITLE_WORDS | NAME_STOPWORDS for s, e in words[i:j]):
        return []
    # A possessive ends a name: "Norland's Coast Guard Service" is two.
    out, first = [], i
    for k in range(i, j):
        if folded[words[k][0] : words[k][1]].endswith("'s") and k + 1 < j:
            out.append((words[first][0], words[k][1] - 2))
            first = k + 1
    out.append((words[first][0], words[j - 1][1]))
    return out


def _merge_in_chains(entities: tuple[Entity, ...], text: str, folded: str) -> tuple[Entity, ...]:
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
                Entity(text[prev.start : e.end], prev.start, e.end, EntityKind.NAME, _key(text[prev.start : e.end]))
            )
            continue
        out.append(e)
    return tuple(out)


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def _acronym_letters(acronym: str) -> str:
    return "".join(c for c in acronym if c.isalpha() and c.isupper())


def _defined_acronyms(folded: str) -> list[tuple[str, str]]:
    """``(acronym key, expansion key)`` pairs defined with parentheses in the text."""
    pairs = []
    for m in _finditer(PARENTHESIS, folded):
        inside = m.group("inside").strip()
        before = folded[: m.start()].rstrip()
        if ACRONYM.fullmatch(inside):
            letters = _acronym_letters(inside)
            words = regex.findall(r"[\p{L}\p{N}'\-]+", before[-200:])
            # The shortest run of words before "(" whose capitals spell the acronym.
            for n in range(1, min(len(words), len(letters) + 4) + 1):
                run = words[-n:]
                if run[0][:1].isupper() and _initials(run).upper() == letters:
                    pairs.append((_key(inside), _key(" ".join(run))))
                    break
        else:
            words = inside.split()
            tail = regex.search(r"(\p{Lu}[\p{Lu}\p{N}]+(?:-\p{Lu}+)?)(?:'s)?$", before)
            if tail and len(words) >= 2 and _initials(words).upper() == _acronym_letters(tail.group(1)):
                pairs.append((_key(tail.group(1)), _key(inside)))
    return pairs


# --------------------------------------------------------------------------
# Aliases
# --------------------------------------------------------------------------


@attrs.frozen
class AliasTable:
    """Entity keys that name the same thing across a set of texts.

    Build it with :meth:`build`; :meth:`canonical` maps a key to the key that
    stands for all its aliases (the longest, then the alphabetically first).
    """

    mapping: Mapping[str, str] = attrs.field(factory=dict, converter=lambda m: dict(sorted(m.items())), hash=False)
    """Alias key -> canonical key (keys that are their own canonical are absent)."""
    expansions: tuple[str, ...] = attrs.field(factory=tuple, converter=tuple)
    """Canonical multi-word names, also looked for inside longer capitalised runs."""

    def canonical(self, key: str) -> str:
        """The canonical key for ``key`` (``key`` itself when it has no alias).

        >>> t = AliasTable.build(["Ana Ruiz spoke.", "Ruiz left."])
        >>> t.canonical("ruiz")
        'ana ruiz'
        """
        return self.mapping.get(key, key)

    @classmethod
    def build(cls, texts: Iterable[str]) -> "AliasTable":
        """Find aliases across ``texts``.

        * A surname used alone is the full name that ends with it, when
          exactly one full name in the texts does (``Ruiz`` = ``Ana
          Ruiz``; ``Brandt`` stays ambiguous between ``Tomas Brandt`` and
          ``Tomas Erik Brandt``).
        * An acronym defined in parentheses is its expansion
          (``River Guard in Calder Province (RGCP)``), and two names joined
          by ``, or`` / ``also known as`` are one (``RG-C, or sometimes RGCP``).

        Args:
            texts: the texts whose entities may refer to each other.

        Returns:
            The alias table.

        >>> t = AliasTable.build(["River Guard in Calder Province (RGCP) struck.",
        ...                       "RG-C, or sometimes RGCP, grew."])
        >>> t.canonical("rgcp") == t.canonical("rg c") == "river guard in calder province"
        True
        """
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            while parent.get(k, k) != k:
                k = parent[k]
            return k

        def union(a: str, b: str) -> None:
            ra, rb = find(a), find(b)
            if ra == rb:
                return
            # The longer (more words, then longer, then alphabetically first) key wins.
            best = min((ra, rb), key=lambda k: (-len(k.split()), -len(k), k))
            other = rb if best == ra else ra
            parent[other] = best
            parent.setdefault(best, best)

        surnames: dict[str, set[str]] = {}
        for text in texts:
            folded = fold(text)
            for e in _merge_in_chains(_entities(text, folded, _tokens(folded)), text, folded):
                words = e.words
                if e.kind is EntityKind.NAME and 2 <= len(words) <= 4 and _person_like(e):
                    surnames.setdefault(words[-1], set()).add(e.key)
            for acronym, expansion in _defined_acronyms(folded):
                union(acronym, expansion)
            for m in _finditer(ALIAS_OR, folded):
                if regex.search(r",\s*$", folded[max(0, m.start() - 3) : m.start()]):
                    continue  # "A, B, or C" is a list, not an alias
                a, b = (_alias_key(folded, *m.span(g)) for g in ("a", "b"))
                if a and b:
                    union(a, b)
        for surname, fulls in sorted(surnames.items()):
            if len(fulls) == 1:
                union(surname, next(iter(fulls)))
        mapping = {k: find(k) for k in sorted(parent) if find(k) != k}
        expansions = tuple(sorted({v for v in mapping.values() if len(v.split()) >= 2}))
        return cls(mapping, expansions)


def _alias_key(folded: str, start: int, end: int) -> str | None:
    spans = _trim_chain(folded, start, end)
    return _key(folded[spans[-1][0] : spans[-1][1]]) if spans else None


def _person_like(e: Entity) -> bool:
    """Could this multi-word name be a person's (so its last word a surname)?"""
    words = e.text.split()
    return all(w[:1].isupper() for w in words) and not any(_key(w) in ORGANISATION_WORDS for w in words)


def entity_keys(text: str, aliases: AliasTable | None = None) -> frozenset[str]:
    """The keys of the entities of ``text``, mapped through ``aliases``.

    Args:
        text: a claim's text.
        aliases: aliases across the texts being compared (none by default).

    Returns:
        Canonical keys of the names, acronyms and titles mentioned.

    >>> sorted(entity_keys("Former President Okafor met the police chief in Port Meridian."))
    ['okafor', 'police chief', 'port meridian']
    >>> t = AliasTable.build(["Ana Ruiz is in Calder."])
    >>> sorted(entity_keys("Ruiz's aides said so.", t))
    ['ana ruiz']
    """
    folded = fold(text)
    return keys_of(_merge_in_chains(_entities(text, folded, _tokens(folded)), text, folded), aliases)


def keys_of(entities: Iterable[Entity], aliases: AliasTable | None = None) -> frozenset[str]:
    """The keys of ``entities`` (from :func:`features`), mapped through ``aliases``: see :func:`entity_keys`."""
    keys = set()
    for e in entities:
        keys.add(aliases.canonical(e.key) if aliases else e.key)
        if e.kind is EntityKind.NAME and len(e.words) > 1 and aliases:
            # "River Guard in Calder Province Steps Up" still names the expansion.
            low = e.key
            padded = f" {low} "
            keys.update(p for p in aliases.expansions if p != low and f" {p} " in padded)
    return frozenset(keys)


# --------------------------------------------------------------------------
# Quantities
# --------------------------------------------------------------------------

_NUMBER_WORD = "(?:{})(?!\\p{{L}})".format(
    "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 100 and w != "dozen"), key=len, reverse=True))
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"

# A count: a modifier, then a vague quantifier or a number (digits or words)
# with a scale, a percent sign, or a range.
#   "at least 15" "no less than 64" "up to 64%" "half a million" "dozens"
#   "1.5 million" "nearly 700" "between 10 and 20" "two dozen" "seven"
QUANTITY = regex.compile(
    r"""
    (?<![\w'\-/.,])                                       # not inside a word or number
    (?:(?P<modifier>{modifiers})\s+)?                     # at least, up to, about ...
    (?:
        (?P<vague>{vague})                                # dozens, hundreds, several ...
      | (?P<between>between\s+)?
        (?P<number>
            (?P<half>half\s+a|a\s+half)\s+(?P<half_scale>{scale})          # half a million
          | (?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)      # 397, 1,200, 1.5
            | (?P<words>(?:{numbers})(?:[\s\-]+(?:{numbers}))?|an?(?=\s+(?:dozen|hundred|thousand|million|billion)\b)))
            (?:\s*(?P<scale>{scale}|dozen|bn)(?!\w))?                        # million, dozen, bn
          )
        (?:\s*(?:-|to|(?(between)and|(?!)))\s*(?P<upper>\d+(?:\.\d+)?)(?![\d,]))?  # a range: 10-20, between 10 and 20
        (?P<percent>\s*(?:%|per\s?cent\b|percent\b))?                    # a percentage
    )
    (?![\w/])
    """.replace("{modifiers}", _phrases(QUANTITY_MODIFIERS))
    .replace("{vague}", _phrases(VAGUE_QUANTITIES))
    .replace("{scale}", _SCALE_WORD)
    .replace("{numbers}", _NUMBER_WORD),
    regex.VERBOSE | regex.IGNORECASE,
)

# A total over a period rather than one occasion, anywhere in the count's sentence.
#   "In the period from March 2018 to the end of June, ... 385 miners"
#   "no less than 64 strikes in the first three weeks of 2018"
AGGREGATE = regex.compile(
    r"""
    (?<!\w)
    (?:
        period | so\ far | to\ date | in\ total | altogether | cumulative(?:ly)? | overall
      | since\ (?:the\ )?\w+                                   # since March, since the merger
      | over\ the\ (?:past|last|next|previous)\ \w+              # over the past year
      | in\ the\ (?:first|past|last|previous)\ (?:\w+\ )?(?:days|weeks|months|years|quarter|half)
      | from\ \w+(?:\ \d{4})?\ (?:to|until|through)\b            # from March 2018 to ...
      | this\ year | last\ year | per\ (?:day|week|month|year) | a\ year | annually | each\ year
      | every\ (?:day|week|month|year)
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Month names (for telling dates from counts).
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0, "bn": 1e9}


@attrs.frozen
class Quantity:
    """A count as a range, with what it counts.

    ``low``/``high`` bound the count: an exact number gives ``low == high``,
    ``at least 15`` gives ``[15, inf)``, ``dozens`` ``[24, 99]``.
    """

    text: str
    """The quantity as written (``at least 15``)."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    low: float
    """Smallest count the text allows."""
    high: float
    """Largest count the text allows (``math.inf`` when open)."""
    noun: str | None = None
    """Stem of the counted noun (``civilian``), or None."""
    event: str | None = None
    """The event counted (``killed``, ``wounded``), or None."""
    percent: bool = False
    """A percentage (``64%``)."""
    exact: bool = True
    """Written as an exact number, not vague nor modified."""
    aggregate: bool = False
    """A total over a period ("since March", "in the period from ... to"), not one occasion."""

    @property
    def key(self) -> tuple[str | None, str | None]:
        """What is counted: ``(event, noun)``."""
        return (self.event, self.noun)

    @property
    def blocking_key(self) -> str | None:
        """The key under which counts of the same thing meet (``#killed/miner``), or None."""
        return f"#{self.event}/{self.noun}" if self.event and self.noun else None

    def compatible(self, other: "Quantity") -> bool:
        """Can both counts be true of the same thing?

        Exact numbers must be equal; ranges must overlap.

        >>> q = features("killed 140 miners").quantities[0]
        >>> q.compatible(features("killed dozens of miners").quantities[0])
        False
        >>> features("385 died").quantities[0].compatible(features("about 400 died").quantities[0])
        True
        """
        if self.percent != other.percent:
            return True
        return self.low <= other.high and other.low <= self.high


def _quantities(text: str, folded: str, tokens: list[_Token]) -> tuple[Quantity, ...]:
    starts = tokens.starts
    out: list[Quantity] = []
    for m in _finditer(QUANTITY, folded):
        if not m.group().strip():
            continue
        value = _value(m)
        if value is None:
            continue
        low, high = value
        percent = bool(m.group("percent"))
        modifier = " ".join((m.group("modifier") or "").casefold().split())
        if modifier and not m.group("vague") and not m.group("upper"):
            kind = QUANTITY_MODIFIERS.get(modifier)
            if kind == "min":
                high = math.inf
            elif kind == "max":
                low = 0.0
            elif kind == "approx":
                low, high = low * 0.9, high * 1.1
        elif modifier and m.group("vague"):
            kind = QUANTITY_MODIFIERS.get(modifier)
            if kind == "min":
                high = math.inf
        exact = not modifier and not m.group("vague") and not m.group("upper")
        index = bisect.bisect_left(starts, m.end())
        if _is_date_or_label(folded, m, tokens, index, low):
            continue
        if index < len(tokens) and tokens[index].low == "of" and (m.group("words") or "").casefold() == "one":
            continue  # "one of the vice presidents" counts nothing
        noun, noun_end = _counted_noun(tokens, index, folded)
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        sentence_start = max(folded.rfind(c, 0, start) for c in ".!?") + 1
        sentence_end = min((i for i in (folded.find(c, m.end()) for c in ".!?") if i >= 0), default=len(folded))
        aggregate = AGGREGATE.search(folded, sentence_start, sentence_end) is not None
        out.append(Quantity(text[start : m.end()], start, m.end(), low, high, noun, None, percent, exact, aggregate))
        out[-1] = attrs.evolve(out[-1], event=_event(tokens, folded, out[-1], noun_end))
    # "arrested 14 dockers and detained 9": an elliptic count takes the noun before it.
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if (
            q.noun is None
            and prev.noun
            and regex.fullmatch(r"[\w\s,]{0,40}", folded[prev.end : q.start])
            and " and " in folded[prev.end : q.start] + " "
        ):
            out[i] = attrs.evolve(q, noun=prev.noun)
        if (
            out[i].event is None
            and prev.event
            and regex.fullmatch(r"\s*[\w\s]{0,40}?\s*(?:,\s*)?and\s*", folded[prev.end : q.start])
        ):
            out[i] = attrs.evolve(out[i], event=prev.event)
    return tuple(out)


def _value(m: regex.Match) -> tuple[float, float] | None:
    if m.group("vague"):
        return VAGUE_QUANTITIES[" ".join(m.group("vague").casefold().split())]
    if m.group("half"):
        v = 0.5 * _SCALES[m.group("half_scale").casefold()]
        return v, v
    if m.group("digits"):
        v = float(m.group("digits").replace(",", ""))
    elif m.group("words"):
        parts = regex.split(r"[\s\-]+", m.group("words").casefold())
        if parts[0] in ("a", "an"):
            v = 1.0
        else:
            v = sum(NUMBER_WORDS.get(p, 0.0) for p in parts)
    else:
        return None
    if m.group("scale"):
        v *= _SCALES[m.group("scale").casefold()]
    if m.group("upper"):
        upper = float(m.group("upper"))
        if m.group("scale"):
            upper *= _SCALES[m.group("scale").casefold()]
        return (v, upper) if upper >= v else (v, v)
    return v, v


def _is_date_or_label(folded: str, m: regex.Match, tokens: list[_Token], index: int, low: float) -> bool:
    """Years, days of the month, ages and times are not counts of anything."""
    before = folded[max(0, m.start() - 12) : m.start()].casefold().split()
    after = folded[m.end() : m.end() + 12].casefold().split()
    if before and before[-1] in MONTHS:
        return True  # "October 14" (not "Since January, 385")
    if after and after[0].strip(",.") in MONTHS:
        return True  # "14 October"
    digits = m.group("digits")
    if digits and regex.fullmatch(r"1[5-9]\d\d|20\d\d", digits) and not m.group("percent"):
        # A year unless a plural noun follows at once ("1900 troops").
        nxt = regex.match(r" +([a-z][a-z\-]*s)\b", folded[m.end() :])
        if not nxt or nxt.group(1) in FUNCTION_WORDS or nxt.group(1) in EVENT_WORDS:
            return True
    if after and after[0] in ("am", "pm", "a.m.", "p.m.", "o'clock", "hours", "gmt"):
        return True
    return False


def _counted_noun(tokens: list[_Token], index: int, folded: str) -> tuple[str | None, int]:
    """Stem of the noun a count counts: the last word of the noun phrase after it."""
    i = index
    if i < len(tokens) and tokens[i].low in ("of", "more"):
        i += 1
        if i < len(tokens) and tokens[i].low in ("the", "them", "those", "these", "their"):
            i += 1 if tokens[i].low != "them" else 0
    noun, end, n = None, -1, 0
    prev_end = tokens[index - 1].end if index > 0 else 0
    while i < len(tokens) and n < 4:
        t = tokens[i]
        gap = folded[prev_end : t.start]
        if any(c in gap for c in ',.;:()"!?') or gap.count(" ") > 2 and n:
            break
        low = t.low
        if (
            (low in FUNCTION_WORDS and not t.text.isupper())
            or low in EVENT_WORDS
            or _negation_word(low)
            or not t.text[0].isalpha()
        ):
            if low == "them":
                noun, end = "them", t.end
            break
        if n and (low.endswith("ed") and len(low) > 4):
            break
        noun, end = stem(low), t.end
        prev_end = t.end
        i += 1
        n += 1
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3 and not t.text.isupper():
            break  # a plural noun ends the phrase: "workers lost their jobs"
    return noun, end


#: Tokens between a count and its event word that end the search (a new clause).
_CLAUSE_BREAK = regex.compile(r"[.;:!?()\"]|\s-\s|\b(?:who|which|that|while|but|after|before|when)\b", regex.IGNORECASE)


def _event(tokens: list[_Token], folded: str, q: Quantity, noun_end: int) -> str | None:
    """The event word nearest a count in its clause: before it (6 words) or after (5 words)."""
    starts = tokens.starts
    first = bisect.bisect_left(starts, q.start)
    best: tuple[int, str] | None = None
    for distance, i in enumerate(range(first - 1, max(-1, first - 7), -1), start=1):
        if _CLAUSE_BREAK.search(folded, tokens[i].end, q.start):
            break
        event = _event_at(tokens, i)
        if event:
            best = (distance, event)
            break
    after = bisect.bisect_left(starts, max(q.end, noun_end))
    for distance, i in enumerate(range(after, min(len(tokens), after + 5)), start=1):
        if _CLAUSE_BREAK.search(folded, max(q.end, noun_end), tokens[i].start):
            break
        event = _event_at(tokens, i)
        if event:
            if best is None or distance < best[0]:
                best = (distance, event)
            break
    return best[1] if best else None


def _event_at(tokens: list[_Token], i: int) -> str | None:
    low = tokens[i].low
    if i + 1 < len(tokens) and f"{low} {tokens[i + 1].low}" in EVENT_WORDS:
        return EVENT_WORDS[f"{low} {tokens[i + 1].low}"]
    return EVENT_WORDS.get(low)


# --------------------------------------------------------------------------
# Locations and predicates
# --------------------------------------------------------------------------

# A place after a preposition: a capitalised name or "the country".
#   "in Norland" "to the Czech Republic" "in the Calder" "in the country"
PLACE = r"""
    ["'\s]*(?:the\s+)?["'\s]*                    # "the", quotes
    (?P<place>
        (?-i:{chain})                            # a name, case-sensitive: Norland, Calder Valley
      | (?:{nouns})(?!\w)                        # a place by reference: the country
    )
""".replace("{chain}", NAME_WORD + r"(?:[ ]+(?:of[ ]+)?" + NAME_WORD + ")*").replace("{nouns}", "|".join(PLACE_NOUNS))

# A location: a preposition of place or direction and a place.
#   "arrived in Norland" -> ("in", "Norland"); "fled to Eastmarch" -> ("to", "Eastmarch")
LOCATION = regex.compile(
    r"""
    (?<!\w)
    (?P<prep>in|inside|to|into|from|at|near|across|toward|towards)
    \s+
    {place}
    """.replace("{place}", PLACE),
    regex.VERBOSE | regex.IGNORECASE,
)

# A state predicate (state_predicates.txt), longest first.
#   "had fled Calder" -> "fled"; "is still in the city" -> "still in"
PREDICATE = _lexicon_pattern(p for p, _, _ in STATE_PREDICATES)
_PREDICATE_CLASSES: dict[str, list[tuple[str, frozenset[str]]]] = {}
for _phrase, _cls, _flags in STATE_PREDICATES:
    _PREDICATE_CLASSES.setdefault(_phrase, []).append((_cls, _flags))

# The place right after a predicate: "fled Calder", "arrived in Norland", "still in the city".
PLACE_AFTER = regex.compile(
    r"""
    \G
    (?:\s+(?:from|to|into|in|at|for))?     # a preposition the phrase did not include
    \s+{place}
    """.replace("{place}", PLACE),
    regex.VERBOSE | regex.IGNORECASE,
)


@attrs.frozen
class Location:
    """A place with the preposition that introduces it."""

    text: str
    """The place as written (``Norland``, ``country``)."""
    start: int
    """Offset of the place's first character."""
    end: int
    """Offset one past its last character."""
    prep: str
    """The preposition, lower case (``in``, ``to``, ``from``)."""
    key: str
    """Normalised place (``calder`` for "the Calder Valley"; ``@country`` for "the country")."""


def _place_key(place: str) -> str:
    key = _key(place)
    words = key.split()
    if len(words) == 1 and words[0] in PLACE_NOUNS:
        return "@" + words[0]
    while len(words) > 1 and words[-1] in PLACE_GENERICS:
        words.pop()
    return " ".join(words)


def _locations(text: str, folded: str) -> tuple[Location, ...]:
    out = []
    for m in _finditer(LOCATION, folded):
        s, e = m.span("place")
        place = folded[s:e]
        if place.split()[0].casefold() in NAME_STOPWORDS and place.split()[0][0].isupper():
            continue
        out.append(Location(text[s:e], s, e, m.group("prep").casefold(), _place_key(place)))
    return tuple(out)


@attrs.frozen
class Predicate:
    """A state or change of state said of a subject: where someone is, alive or dead, held or free."""

    text: str
    """The predicate as written (``fled``, ``still in``)."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    cls: str
    """Its class in ``state_predicates.txt``: departed, arrived, stayed, at, dead, alive, captured, free."""
    subject: str | None = None
    """Key of who it is said of (``ruiz``; ``@he`` for an unresolved pronoun), or None."""
    place: str | None = None
    """Place key for departed/arrived/stayed/at (``norland``, ``@country``)."""
    negated: bool = False
    """A negation cue governs it ("was not arrested")."""
    modal: bool = False
    """A modal cue governs it ("could flee")."""


def _predicates(
    text: str,
    folded: str,
    tokens: list[_Token],
    entities: tuple[Entity, ...],
    negations: tuple[Cue, ...],
    modals: tuple[Cue, ...],
) -> tuple[Predicate, ...]:
    out: list[Predicate] = []
    for m in _finditer(PREDICATE, folded):
        phrase = " ".join(m.group().casefold().split())
        for cls, flags in _PREDICATE_CLASSES.get(phrase, ()):
            place = None
            if "place" in flags:
                after = PLACE_AFTER.match(folded, m.end())
                if not after:
                    continue
                place = _place_key(after.group("place"))
                if cls == "departed" and regex.match(r"\s+(?:to|into)\b", folded[m.end() :], regex.IGNORECASE):
                    cls = "arrived"  # "fled to Eastmarch"
            negated = _governed(negations, folded, m.start(), 4)
            modal = _governed(modals, folded, m.start(), 4)
            subject = _subject(folded, tokens, entities, m.start(), m.end(), cls, flags, out)
            out.append(Predicate(text[m.start() : m.end()], m.start(), m.end(), cls, subject, place, negated, modal))
    return tuple(out)


def _governed(cues: tuple[Cue, ...], folded: str, start: int, words: int) -> bool:
    """Is there a cue at most ``words`` words before ``start`` in the same clause?"""
    for c in cues:
        if c.end <= start and not regex.search(r"[.;:!?,]|\bbut\b", folded[c.end : start]):
            if len(folded[c.end : start].split()) <= words:
                return True
    return False


def _subject(
    folded: str,
    tokens: list[_Token],
    entities: tuple[Entity, ...],
    start: int,
    end: int,
    cls: str,
    flags: frozenset[str],
    earlier: list[Predicate],
) -> str | None:
    """Who a predicate is said of: the name left of it, or its object when active and transitive.

    Auxiliaries and adverbs are skipped ("had reportedly fled"), appositives and
    parentheticals jumped ("Ruiz, one of the deputy mayors, is still in"), a
    coordinated predicate takes the subject of the one before ("fled X and
    arrived in Y"), a pronoun the nearest name before it.
    """
    starts = tokens.starts
    i = bisect.bisect_left(starts, start) - 1
    pos = start
    passive = False
    while i >= 0 and _is_auxiliary(tokens[i].low) and not folded[tokens[i].end : pos].strip(" \"'"):
        passive = passive or tokens[i].low.removesuffix("n't").removesuffix("n") in BE_AUXILIARIES
        pos = tokens[i].start
        i -= 1
    if "transitive" in flags and not passive and not regex.match(r"\s+by\b", folded[end : end + 6]):
        # Active voice: the one affected is the object ("killed Brandt").
        for e in entities:
            if e.start >= end:
                adjacent = not folded[end : e.start].strip(" \"'")
                nxt = regex.match(r"\s+([a-z][\w\-]*)", folded[e.end : e.end + 30])
                modifier = nxt and nxt.group(1) not in FUNCTION_WORDS  # "United Nations staff"
                return e.key if adjacent and not modifier else None
        return None
    by_end = {e.end: e for e in entities}
    relative = False
    for _ in range(16):
        if i < 0:
            return None
        t = tokens[i]
        gap = folded[t.end : pos]
        if relative and gap.strip() == ",":
            gap = ""  # "Tomas Erik Brandt, who was assassinated"
        relative = False
        if "," in gap or ")" in gap:
            # An aside: ", one of the city's two deputy mayors," or "( ... )".
            opener = _aside_start(folded, t.end + max(gap.find(","), gap.find(")")))
            if opener is None:
                return None
            pos = opener
            i = bisect.bisect_left(starts, opener) - 1
            continue
        if regex.search(r"[.;:!?\-]", gap):
            return None
        if t.end in by_end:
            return by_end[t.end].key
        low = t.low
        if low in ("and", "or"):
            if (
                earlier
                and earlier[-1].end <= t.start
                and not regex.search(r"[.;:!?]", folded[earlier[-1].end : t.start])
            ):
                return earlier[-1].subject
            return None
        if low in PRONOUNS:
            return _resolve_pronoun(entities, t.start) or "@" + low
        if low in ("who", "which", "that"):
            pos = t.start
            i -= 1
            relative = True
            continue
        return None
    return None


def _is_auxiliary(low: str) -> bool:
    return low in AUXILIARIES or low.endswith("n't") or (low.endswith("ly") and len(low) > 4)


def _aside_start(folded: str, at: int) -> int | None:
    """Start of the aside that ends at ``at`` (a comma or closing parenthesis), or None.

    An aside is a parenthetical or a comma-delimited phrase that starts in lower
    case or with "one of", "along with", "a", "the", "former"...
    """
    depth = 0
    k = at
    if folded[k] == ",":
        k -= 1
        while k >= 0 and folded[k] == " ":
            k -= 1
    limit = max(0, at - 300)
    while k >= limit:
        c = folded[k]
        if c == ")":
            depth += 1
        elif c == "(":
            depth -= 1
            if depth == 0 and folded[at] == ")":
                return k
            if depth < 0:
                return None
        elif depth == 0 and c in ".;:!?":
            return None
        elif depth == 0 and c == ",":
            aside = folded[k + 1 : at].strip()
            first = aside.split()[0].casefold() if aside else ""
            if aside and (aside[0].islower() or first in ASIDE_OPENERS):
                return k
            return None
        k -= 1
    if depth == 0 and folded[at] == ",":
        # A closing parenthesis right before the comma: "(...)," with the aside opened by "(".
        return None
    return None


#: Capitalised words that may open an appositive (", One of ...," is rare; ", Former ...").
ASIDE_OPENERS = frozenset("one along a an the former who which together then now".split())


def _resolve_pronoun(entities: tuple[Entity, ...], at: int) -> str | None:
    """The nearest full personal name before ``at``, else the nearest single name."""
    before = [e for e in entities if e.end <= at and e.kind is EntityKind.NAME and _person_like(e)]
    for e in reversed(before):
        if len(e.words) >= 2:
            return e.key
    return before[-1].key if before else None


# --------------------------------------------------------------------------
# Features
# --------------------------------------------------------------------------


@attrs.frozen
class Features:
    """What the comparator needs to know about one statement."""

    text: str
    """The statement."""
    entities: tuple[Entity, ...] = attrs.field(converter=tuple, factory=tuple)
    """Names, acronyms and titles, in text order."""
    quantities: tuple[Quantity, ...] = attrs.field(converter=tuple, factory=tuple)
    """Counts, in text order."""
    locations: tuple[Location, ...] = attrs.field(converter=tuple, factory=tuple)
    """Places with their prepositions, in text order."""
    predicates: tuple[Predicate, ...] = attrs.field(converter=tuple, factory=tuple)
    """State predicates (fled, still in, killed, alive, captured, released), in text order."""
    negations: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Negation cues (not, no, never, n't, without)."""
    modals: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Modal cues (could, may, might, would)."""
    hedges: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Hedges (reportedly, allegedly, is said to, claims)."""
    denials: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Denial cues (denied, refuted, hoax, not true), kind ``verb``, ``weak`` or ``verdict``;
    negated ones ("did not deny", "no doubt", "not a hoax") are left out."""
    confirmations: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Confirmation cues (confirmed, verified)."""
    report_objects: tuple[Cue, ...] = attrs.field(converter=tuple, factory=tuple)
    """Mentions of an earlier report ("those reports": kind ``anaphoric``; "claims that": ``that``)."""
    words: frozenset[str] = attrs.field(converter=frozenset, factory=frozenset)
    """Content-word stems, for overlap."""
    question: bool = False
    """The statement asks something (has a ``?``)."""

    @property
    def negated(self) -> bool:
        return bool(self.negations)

    @property
    def hedged(self) -> bool:
        return bool(self.hedges)

    @property
    def modal(self) -> bool:
        return bool(self.modals)

    @property
    def entity_keys(self) -> frozenset[str]:
        return frozenset(e.key for e in self.entities)


@functools.lru_cache(maxsize=4096)
def features(text: str) -> Features:
    """Find the features of one statement.

    Args:
        text: a claim's text (any string).

    Returns:
        Entities, quantities, locations, predicates, cues and content words,
        with offsets into ``text``.

    >>> f = features("Ruiz had left Calder and reportedly landed in Norland.")
    >>> [(p.cls, p.subject, p.place) for p in f.predicates]
    [('departed', 'ruiz', 'calder'), ('arrived', 'ruiz', 'norland')]
    >>> [h.text for h in f.hedges]
    ['reportedly']
    >>> q = features("explosions that killed 140 miners").quantities[0]
    >>> (q.low, q.high, q.noun, q.event)
    (140.0, 140.0, 'miner', 'killed')
    """
    folded = fold(text)
    tokens = _tokens(folded)
    entities = _merge_in_chains(_entities(text, folded, tokens), text, folded)
    negations = tuple(c for c in _cues(NEGATION, text, folded) if not NEGATION_IDIOM.match(folded, c.start))
    modals = _cues(MODAL, text, folded)
    hedges = _cues(HEDGE, text, folded) + tuple(
        attrs.evolve(c, kind="attribution") for c in _cues(HEDGE_ATTRIBUTION, text, folded)
    )
    denials = tuple(
        c
        for c in _cues(DENIAL, text, folded, DENIAL_CUES)
        if not NEGATED_CUE.search(folded[max(0, c.start - 24) : c.start])
    ) + tuple(attrs.evolve(c, kind="verdict") for c in _cues(NO_ANSWER, text, folded))
    return Features(
        text=text,
        entities=entities,
        quantities=_quantities(text, folded, tokens),
        locations=_locations(text, folded),
        predicates=_predicates(text, folded, tokens, entities, negations, modals),
        negations=negations,
        modals=modals,
        hedges=hedges,
        denials=denials,
        confirmations=_cues(CONFIRMATION, text, folded),
        report_objects=_report_objects(text, folded),
        words=content_words(text),
        question="?" in text,
    )
