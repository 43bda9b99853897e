"""Negated predicates: the contradictions that have no denial cue.

"Was not arrested" / "was arrested", "failed to receive the award" /
"received the award": a :class:`Negation` is a verbal negation with the head
word of the predicate it negates and what follows it in its clause, so that
:mod:`provenance.compare.contradiction` can match it against the same
predicate said positively.  :func:`negated_spans` gives the reach of every
negation, verbal or not ("no plans", "nobody"), for the polarity of what a
statement says.  The clause helpers come from :mod:`provenance.compare.clauses`, the word keys
from :mod:`provenance.compare.keys`.
"""

from __future__ import annotations

import attrs
import regex

from provenance.compare.clauses import (
    ADVERB,
    SKIPPED_AFTER_NEGATION,
    VERBAL_NEGATION,
    WORD_RUN,
    clause_end,
    conditional,
    folded_text,
    negates_here,
)
from provenance.compare.keys import LIGHT_KEYS, content_keys, verb_key
from provenance.features import Features
from provenance.features.cues import Cue
from provenance.features.words import FUNCTION_WORDS

__all__ = ["Negation", "negated_spans", "negations"]

#: Words after a negation that it governs, at most (to the end of its clause).
NEGATION_REACH = 6
#: Words of what a negated predicate says of its object, at most.
OBJECT_REACH = 6

# Any negation for the polarity of what follows it: the verbal ones, and "no plans",
# "nothing", "nobody", "neither", "nor".
POLARITY_NEGATION = regex.compile(
    VERBAL_NEGATION.pattern + r"| (?<![\w'])(?:no|none|nothing|nobody|neither|nor|nowhere)(?![\w'])",
    regex.VERBOSE | regex.IGNORECASE,
)


# A deontic modal right before a negation: advice or a rule, no fact negated.
#   "Politicians should not feed fears" "Fans mustn't panic" "You need not worry" "ought not to"
DEONTIC_BEFORE = regex.compile(r"\b(?:should|shall|must|need|ought)\s*\Z", regex.IGNORECASE)
# "Do" opening a clause right before a negation: an imperative, which has no subject ("hands up,
# don't shoot", "Please do not share").  At a sentence's start, after a comma, colon or quotation mark.
IMPERATIVE_BEFORE = regex.compile(r"(?:\A|[,;:!?\"\u201c\u2018(]|[.!?]\s)\s*(?:please\s+)?do\s*\Z", regex.IGNORECASE)


def advice_before(folded: str, pos: int) -> bool:
    """Is the negation at ``pos`` advice or a plea ("shouldn't feed fears", "please do not share",
    "hands up, don't shoot"), which negates no fact?"""
    return bool(DEONTIC_BEFORE.search(folded, max(0, pos - 10), pos) or IMPERATIVE_BEFORE.search(folded, 0, pos))


@attrs.frozen
class Negation:
    """A negated predicate: "was not arrested", "failed to receive the award"."""

    cue: Cue
    """The negation."""
    head: str
    """:func:`verb_key` of the predicate's head word (``arrest``, ``receiv``)."""
    head_start: int
    """Offset of the head word."""
    head_end: int
    """Offset one past it."""
    objects: frozenset[str]
    """Content-word stems of what follows the head in its clause."""


def negations(f: Features) -> tuple[Negation, ...]:
    """The negated predicates of a statement: each verbal negation with the head word it negates.

    >>> from provenance.features import features
    >>> [(n.head, sorted(n.objects)) for n in negations(features("Ruiz failed to receive the award, sources said."))]
    [('receiv', ['award'])]
    >>> [n.head for n in negations(features("The minister has not yet been formally charged."))]
    ['charg']
    """
    text, folded = f.text, folded_text(f.text)
    out = []
    for m in VERBAL_NEGATION.finditer(folded):
        if not negates_here(text, m):
            continue
        end = clause_end(text, m.end())
        words = [w for w in WORD_RUN.finditer(folded, m.end(), end)][:NEGATION_REACH]
        head = next(
            (
                w
                for w in words
                if w.group().casefold() not in SKIPPED_AFTER_NEGATION and not ADVERB.fullmatch(w.group())
            ),
            None,
        )
        if conditional(text, m.start()):
            continue  # "unless the demands were not met": nothing is said to be so
        if advice_before(folded, m.start()):
            continue  # "politicians shouldn't feed fears", "don't shoot": advice or a plea, no fact negated
        if head is None or (head.group()[0].isupper() and head.start() > m.end() + 1):
            continue
        key = verb_key(head.group())
        if key in LIGHT_KEYS or head.group().casefold() in FUNCTION_WORDS:
            continue
        if m.group().casefold().startswith("no "):
            continue  # "no longer plays": a change, which an earlier "plays" does not contradict
        comma = folded.find(",", head.end(), end)
        rest = " ".join(w.group() for w in WORD_RUN.finditer(folded, head.end(), end if comma < 0 else comma))
        objects = content_keys(" ".join(rest.split()[:OBJECT_REACH]))
        cue = Cue(text[m.start() : m.end()], m.start(), m.end())
        out.append(Negation(cue, key, head.start(), head.end(), objects))
    return tuple(out)


def negated_spans(f: Features) -> tuple[tuple[int, int], ...]:
    """The spans that negations govern: from the negation to the end of its clause, at most
    :data:`NEGATION_REACH` words ("has not been charged", "we have no plans to", "my client nor I")."""
    text, folded = f.text, folded_text(f.text)
    out = []
    for m in POLARITY_NEGATION.finditer(folded):
        if not negates_here(text, m):
            continue
        end = clause_end(text, m.end())
        words = list(WORD_RUN.finditer(folded, m.end(), end))[:NEGATION_REACH]
        out.append((m.start(), words[-1].end() if words else m.end()))
    return tuple(out)
