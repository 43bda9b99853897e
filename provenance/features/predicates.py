"""Locations and state predicates of a statement, with their subjects and places."""

from __future__ import annotations

import bisect

import attrs
import regex

from provenance.features.cues import Cue
from provenance.features.entities import NAME_WORD, Entity, EntityKind, person_like
from provenance.features.text import Token, finditer, lexicon_pattern, name_key
from provenance.features.words import (
    AUXILIARIES,
    BE_AUXILIARIES,
    FUNCTION_WORDS,
    NAME_STOPWORDS,
    PLACE_GENERICS,
    PLACE_NOUNS,
    PRONOUNS,
    STATE_PREDICATES,
)

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
PREDICATE = lexicon_pattern(p for p, _, _ in STATE_PREDICATES)
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
    key = name_key(place)
    words = key.split()
    if len(words) == 1 and words[0] in PLACE_NOUNS:
        return "@" + words[0]
    while len(words) > 1 and words[-1] in PLACE_GENERICS:
        words.pop()
    return " ".join(words)


def find_locations(text: str, folded: str) -> tuple[Location, ...]:
    out = []
    for m in finditer(LOCATION, folded):
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


def find_predicates(
    text: str,
    folded: str,
    tokens: list[Token],
    entities: tuple[Entity, ...],
    negations: tuple[Cue, ...],
    modals: tuple[Cue, ...],
) -> tuple[Predicate, ...]:
    out: list[Predicate] = []
    for m in finditer(PREDICATE, folded):
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
    tokens: list[Token],
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
    before = [e for e in entities if e.end <= at and e.kind is EntityKind.NAME and person_like(e)]
    for e in reversed(before):
        if len(e.words) >= 2:
            return e.key
    return before[-1].key if before else None
