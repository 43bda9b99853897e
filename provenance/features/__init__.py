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

import functools
from collections.abc import Iterable

import attrs
import regex

from provenance.features.aliases import AliasTable, entity_keys, keys_of
from provenance.features.cues import (
    CONFIRMATION,
    DENIAL,
    HEDGE,
    HEDGE_ATTRIBUTION,
    MODAL,
    NEGATED_CUE,
    NEGATION,
    NEGATION_IDIOM,
    NO_ANSWER,
    Cue,
    CueKind,
    find_cues,
    find_report_objects,
)
from provenance.features.entities import Entity, EntityKind, find_entities, merge_in_chains
from provenance.features.predicates import Location, Predicate, find_locations, find_predicates
from provenance.features.quantities import Quantity, find_quantities
from provenance.features.text import content_words, fold, name_key, stem, word_tokens
from provenance.features.words import DENIAL_CUES, load_lexicon

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


# Converters of sequence fields, one per element type: typed, so that the type checker
# sees what each field takes (``converter=tuple`` hides it).
def _entities(items: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(items)


def _quantities(items: Iterable[Quantity]) -> tuple[Quantity, ...]:
    return tuple(items)


def _locations(items: Iterable[Location]) -> tuple[Location, ...]:
    return tuple(items)


def _predicates(items: Iterable[Predicate]) -> tuple[Predicate, ...]:
    return tuple(items)


def _cues(items: Iterable[Cue]) -> tuple[Cue, ...]:
    return tuple(items)


def _words(items: Iterable[str]) -> frozenset[str]:
    return frozenset(items)


@attrs.frozen
class Features:
    """What the comparator needs to know about one statement."""

    text: str
    """The statement."""
    entities: tuple[Entity, ...] = attrs.field(converter=_entities, factory=tuple)
    """Names, acronyms and titles, in text order."""
    quantities: tuple[Quantity, ...] = attrs.field(converter=_quantities, factory=tuple)
    """Counts, in text order."""
    locations: tuple[Location, ...] = attrs.field(converter=_locations, factory=tuple)
    """Places with their prepositions, in text order."""
    predicates: tuple[Predicate, ...] = attrs.field(converter=_predicates, factory=tuple)
    """State predicates (fled, still in, killed, alive, captured, released), in text order."""
    negations: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Negation cues (not, no, never, n't, without)."""
    modals: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Modal cues (could, may, might, would)."""
    hedges: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Hedges (reportedly, allegedly, is said to, claims)."""
    denials: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Denial cues (denied, refuted, hoax, not true), kind ``verb``, ``weak`` or ``verdict``;
    negated ones ("did not deny", "no doubt", "not a hoax") are left out."""
    confirmations: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Confirmation cues (confirmed, verified)."""
    report_objects: tuple[Cue, ...] = attrs.field(converter=_cues, factory=tuple)
    """Mentions of an earlier report ("those reports": kind ``anaphoric``; "claims that": ``that``)."""
    words: frozenset[str] = attrs.field(converter=_words, factory=frozenset)
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


# The month May where a modal "may" could be read: before or after a day, or capitalised
# inside a sentence ("on May 2", "2 May", "in May").
#   "The bridge closed on May 2" -> the month
MONTH_MAY = regex.compile(
    r"May(?=\s+\d|\s+of\b)|(?<=\d\s+)May\b|(?<=\b(?i:in|of|since|until|early|late|mid|last|next)\s+)May\b"
)


def _month(folded: str, cue: Cue) -> bool:
    """Is this "may" the month, not the modal?"""
    return cue.text.casefold() == "may" and MONTH_MAY.match(folded, cue.start) is not None


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
    tokens = word_tokens(folded)
    entities = merge_in_chains(find_entities(text, folded, tokens), text, folded)
    negations = tuple(c for c in find_cues(NEGATION, text, folded) if not NEGATION_IDIOM.match(folded, c.start))
    modals = tuple(c for c in find_cues(MODAL, text, folded) if not _month(folded, c))
    hedges = find_cues(HEDGE, text, folded) + tuple(
        attrs.evolve(c, kind=CueKind.ATTRIBUTION) for c in find_cues(HEDGE_ATTRIBUTION, text, folded)
    )
    denials = tuple(
        c
        for c in find_cues(DENIAL, text, folded, DENIAL_CUES)
        if not NEGATED_CUE.search(folded[max(0, c.start - 24) : c.start])
    ) + tuple(attrs.evolve(c, kind=CueKind.VERDICT) for c in find_cues(NO_ANSWER, text, folded))
    return Features(
        text=text,
        entities=entities,
        quantities=find_quantities(text, folded, tokens),
        locations=find_locations(text, folded),
        predicates=find_predicates(text, folded, tokens, entities, negations, modals),
        negations=negations,
        modals=modals,
        hedges=hedges,
        denials=denials,
        confirmations=find_cues(CONFIRMATION, text, folded),
        report_objects=find_report_objects(text, folded),
        words=content_words(text),
        question="?" in text,
    )
