"""Word lists of the claim features, loaded from ``provenance/data/*.txt``.

One entry a line, ``#`` comments, tab-separated fields; each list is one
constant here, read once at import.
"""

from __future__ import annotations

from provenance import lexicon


def load_lexicon(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a shipped word list, one tuple of tab-separated fields each.

    Read through :func:`provenance.lexicon.rows` (blank lines and ``#`` comments
    skipped, fields stripped).

    >>> ("hundreds", "200", "999") in load_lexicon("quantifiers.txt")
    True
    """
    return lexicon.rows(name)


#: Words ignored when measuring overlap (``function_words.txt``).
FUNCTION_WORDS = lexicon.FUNCTION_WORDS
#: Capitalised words that do not start a name (``name_stopwords.txt``).
NAME_STOPWORDS = lexicon.words("name_stopwords.txt")
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
NUMBER_WORDS = lexicon.NUMBER_WORDS
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
#: Personal pronouns that stand for a person named earlier (not "it", not the addressee).
PRONOUNS = lexicon.PRONOUNS - {"it", "you"}
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

#: Words of the names of countries and their demonyms (``places.txt``, variants separated
#: by "|"): a name holding one is a place or a people, not a person ("North Korea").
PLACE_WORDS = frozenset(
    word for line in lexicon.lines("places.txt") for variant in line.split("|") for word in variant.casefold().split()
)

#: Irregular past and participle forms to their base (``irregular_verbs.txt``): "took" -> "take".
IRREGULAR_VERBS = {row[0]: row[1] for row in load_lexicon("irregular_verbs.txt")}
