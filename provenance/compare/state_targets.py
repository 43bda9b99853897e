"""Denials by a state: a headline that someone is safe or alive denies that they were taken or killed.

A short statement that reports someone *in* the state of being alive or free,
in the present ("Kidnapped aid worker says she is safe", "Vale is alive and
well"), is news because a report said otherwise: it denies the report of the
opposite state.  Its target is what the statement says of the one concerned,
with the opposite state as its head, which the other statement must say
("kidnapped", "killed": one class of ``state_predicates.txt``; the opposites
are in ``antonyms.txt``).

A change of state is no denial: "freed", "released", "escaped", "survived"
report what happened after the report, not that it was wrong.  Neither is a
state under a negation, a modal, a question or a condition, nor one said of
nothing named ("the bridge is safe").
"""

from __future__ import annotations

import attrs
import regex

from provenance.compare.propositions import Target, clause_start, conditional, is_question, span_target
from provenance.features import Features
from provenance.features.cues import Cue, CueKind
from provenance.features.words import ANTONYMS

__all__ = ["state_targets"]

#: The classes of a present state that deny a report of their opposite ("is safe", "alive").
DENYING_STATES = frozenset({"alive", "free"})
#: Predicates of those classes that report a change, not a state: no denial of what came before.
CHANGES = frozenset({"survived", "released", "freed", "escaped", "set free", "walked free"})


# A participle right before "alive": the manner of a deed, not a state ("buried alive", "eaten alive").
PARTICIPLE_BEFORE = regex.compile(r"\b\p{L}+(?:ed|en|nt)\s+\Z", regex.IGNORECASE)
# What makes the words no state of someone after a report: a cause of survival ("alive thanks to"),
# a price or a freedom to do something ("free on Kindle", "free to use", "free of charge").
NOT_A_STATE_AFTER = regex.compile(
    r"\s+(?:thanks\s+to|because|due\s+to|on|to|for|of|with|from|at\s+last)\b", regex.IGNORECASE
)


# A copula and its adverbs before the state, left out of what is said of the one concerned.
#   "Mara Quell [is still] alive"
COPULA_END = regex.compile(
    r"(?:\s+(?:is|are|was|were|am|remains?|remained|still|now|very|much|actually))+\s*\Z", regex.I
)


def state_targets(f: Features) -> list[Target]:
    """What a short statement's present state of someone named denies: one target per opposite state.

    >>> from provenance.features import features
    >>> [(t.kind, t.head) for t in state_targets(features("Kidnapped aid worker Ana Ruiz says she is safe."))]
    [('state', '@dead'), ('state', '@captured')]
    >>> state_targets(features("Aid worker Ana Ruiz freed by her captors."))
    []
    """
    text = f.text
    out: list[Target] = []
    heads: set[str] = set()
    for p in f.predicates:
        if p.cls not in DENYING_STATES or p.negated or p.modal or " ".join(p.text.casefold().split()) in CHANGES:
            continue
        if is_question(text, p.end) or conditional(text, p.start):
            continue
        if PARTICIPLE_BEFORE.search(text, 0, p.start) or NOT_A_STATE_AFTER.match(text, p.end):
            continue  # "buried alive", "alive thanks to the rescuers", "free on Kindle": no state denying a report
        start = clause_start(text, p.start)
        if not any(start <= e.start and e.end <= p.start for e in f.entities):
            continue  # "the bridge is safe": a state of nothing named
        cue = Cue(text[p.start : p.end], p.start, p.end, CueKind.VERDICT)
        copula = COPULA_END.search(text, start, p.start)
        said = span_target(cue, "state", f, start, copula.start() if copula else p.start)
        if said is None or not said.words:
            continue
        for opposite in sorted(x for pair in ANTONYMS if p.cls in pair for x in pair if x != p.cls):
            head = "@" + opposite
            if head not in heads:
                heads.add(head)
                out.append(attrs.evolve(said, words=said.words | {head}, negated=False, head=head))
    return out
