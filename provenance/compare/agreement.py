"""Agreement: the same statement from independent sources, and reports that do not endorse it."""

from __future__ import annotations

import itertools
import math

import regex

from provenance.compare.contradiction import conflict
from provenance.compare.keys import content_keys, word_key
from provenance.compare.statement import (
    AGREEMENT_SIMILARITY,
    CUE_STEMS,
    MIN_AGREEMENT_WORDS,
    VERBATIM_SIMILARITY,
    Statement,
    Verdict,
    squash,
    subject_phrase,
)
from provenance.features import Features
from provenance.features.cues import Cue
from provenance.features.quantities import Quantity
from provenance.features.text import stem
from provenance.features.words import (
    FUNCTION_WORDS,
)
from provenance.model import Kind, RelationType

# A run of letters or digits, for comparing wording.
LETTER_RUN = regex.compile(r"[\p{L}\p{N}]+")


def _similarity_without_names(a: Statement, b: Statement) -> float:
    """Similarity of what two statements say, names left out."""
    names = a.name_words | b.name_words
    wa, wb = a.words - names, b.words - names
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / math.sqrt(len(wa) * len(wb))


def _verbatim(a: Statement, b: Statement) -> bool:
    """Are the two the same text (a quotation or a copied paragraph), word pairs in the same order?"""

    def pairs(text: str) -> set[tuple[str, str]]:
        words = [w.casefold() for w in LETTER_RUN.findall(text)]
        return set(itertools.pairwise(words))

    pa, pb = pairs(a.f.text), pairs(b.f.text)
    if not pa or not pb:
        return False
    return len(pa & pb) / min(len(pa), len(pb)) >= VERBATIM_SIMILARITY


def _different_counts(qa: Quantity, qb: Quantity) -> bool:
    """Do two counts of the same noun say different things (another event, or numbers that cannot agree)?"""
    if not (qa.noun and qa.noun == qb.noun):
        return False
    return qa.event != qb.event or not qa.compatible(qb)


def agreement(a: Statement, b: Statement, shared: frozenset[str], sim: float, *, strict: bool) -> Verdict:
    same_predicate = any(
        pa.cls == pb.cls
        and pa.subject
        and pa.subject == pb.subject
        and pa.negated == pb.negated
        and pa.place == pb.place
        for pa in a.predicates
        for pb in b.predicates
    )
    if strict:
        neutral = Verdict(RelationType.NEUTRAL, None, round(sim, 3), "about the same thing")
        if a.f.modal or b.f.modal or a.f.question or b.f.question or a.f.negated != b.f.negated:
            return neutral
        if a.targets or b.targets or a.f.denials or b.f.denials or _hedged(a) or _hedged(b):
            return neutral  # a denial, a doubt or a rumour confirms nothing
        if a.persons and b.persons and not (a.persons <= b.persons or b.persons <= a.persons):
            return neutral  # about different people ("Rogen will play Wozniak" / "Bale will play Jobs")
        if min(len(a.words), len(b.words)) < MIN_AGREEMENT_WORDS or _verbatim(a, b):
            return neutral  # a heading, or the same words copied: no independent account
        if any(conflict(pa, pb) for pa in a.predicates for pb in b.predicates):
            return neutral  # "fled" / "still in": whatever the dates, not the same statement
        if any(_different_counts(qa, qb) for qa in a.f.quantities for qb in b.f.quantities):
            return neutral  # "killed 40" / "displaced 40,000": not the same statement
        # What is said must match, not only who it is about.
        said = _similarity_without_names(a, b)
        strong = (sim >= AGREEMENT_SIMILARITY and said >= AGREEMENT_SIMILARITY and len(shared) >= 1) or (
            same_predicate and len(shared) >= 2 and sim >= 0.2
        )
        if not strong:
            return Verdict(RelationType.NEUTRAL, None, round(sim, 3), "about the same thing")
        score = min(0.95, 0.45 + 0.6 * sim + (0.15 if same_predicate else 0.0))
        return Verdict(
            RelationType.CORROBORATED,
            Kind.AGREEMENT,
            round(score, 3),
            f"same statement from independent sources (similarity {sim:.2f}){subject_phrase(b, shared)}",
        )
    cues = _unendorsed(a, b)
    if cues:
        return Verdict(
            RelationType.NEUTRAL,
            None,
            round(min(1.0, 0.5 + sim / 2), 3),
            f'b reports a without endorsing it ("{squash(cues[0])}")',
        )
    score = min(0.95, 0.5 + 0.5 * sim + (0.1 if same_predicate else 0.0))
    return Verdict(
        RelationType.CORROBORATED,
        Kind.AGREEMENT,
        round(score, 3),
        f"b says what a says (similarity {sim:.2f}){subject_phrase(b, shared)}",
    )


#: Hedges that withhold the writer's word: a claim so hedged corroborates nothing.
STRONG_HEDGES = frozenset(
    """
    reportedly allegedly purportedly supposedly apparently ostensibly rumoured rumored rumour rumor rumours
    rumors speculation speculate unconfirmed unverified alleged purported suspected possibly seemingly feared
    """.split()
) | {
    "is said to",
    "are said to",
    "was said to",
    "were said to",
    "is believed to",
    "are believed to",
    "is thought to",
    "is reported to",
    "are reported to",
    "said to be",
    "believed",
}


def _hedged(view: Statement) -> bool:
    if IMPERSONAL_HEDGE.search(view.f.text):
        return True  # "it is claimed", "it is understood"
    return any(" ".join(c.text.casefold().split()) in STRONG_HEDGES for c in view.f.hedges)


# An impersonal report: nobody vouches for what it says.
#   "..., it is claimed."  "It is understood that ..."
IMPERSONAL_HEDGE = regex.compile(
    r"\bit\s+(?:is|was|has\s+been)\s+(?:claimed|understood|reported|alleged|rumou?red|believed|thought|said)\b",
    regex.IGNORECASE,
)


#: Reporting verbs: "claims" in b only hedges when a does not report a saying itself.
REPORTING_VERBS = frozenset(
    """say says said saying claim claims claimed claiming tell tells told declare declares declared
    announce announces announced reveal reveals revealed insist insists insisted""".split()
)
#: Hedges that qualify the noun after them ("alleged rapist"): they withhold
#: endorsement of the other statement only when that noun is part of it.
ADJECTIVE_HEDGES = frozenset(
    "alleged suspected suspect purported reported rumoured rumored leaked possible apparent".split()
)
#: Modals that do not by themselves withhold endorsement ("would", "should").
WEAK_MODALS = frozenset("would should".split())


def _unendorsed(a: Statement, b: Statement) -> list[str]:
    """The cues with which ``b`` reports without vouching: hedges, modals, a question.

    A reporting verb that ``a`` uses too ("says he met God" / "claims God is
    a woman") reports the same saying; a confirmation ("confirms") vouches.
    """
    if any(not negated_cue(b.f, c) for c in b.f.confirmations):
        return []
    a_reports = any(w.casefold().strip(".,:;") in REPORTING_VERBS for w in a.f.text.split())
    cues = [
        c.text
        for c in b.f.hedges
        if not (a_reports and c.text.casefold() in REPORTING_VERBS) and not _qualifies_other(b, a, c)
    ]
    cues += [c.text for c in b.f.modals if c.text.casefold() not in WEAK_MODALS]
    if b.f.question and _asks_about(b, a):
        cues.append("?")
    return cues


def _qualifies_other(b: Statement, a: Statement, cue: Cue) -> bool:
    """Is the hedge an adjective of a noun that ``a`` does not mention ("alleged rapist")?"""
    if cue.text.casefold() not in ADJECTIVE_HEDGES:
        return False
    nxt = regex.match(r"\s+([\p{L}\-']+)", b.f.text[cue.end :])
    if not nxt or nxt.group(1).casefold() in FUNCTION_WORDS:
        return False
    return word_key(stem(nxt.group(1))) not in a.words


def _asks_about(b: Statement, a: Statement) -> bool:
    """Is the question in ``b`` about ``a``, not a teaser before a statement?

    ("Comfort eating? Woman spends a week in KFC": the question only opens the story.)
    """
    text = b.f.text
    last = text.rfind("?")
    after = text[last + 1 :]
    if len(after.split()) < 4:
        return True
    asked = content_keys(text[: last + 1]) - CUE_STEMS
    told = content_keys(after) - CUE_STEMS
    return len(asked & a.words) >= max(2, len(told & a.words))


def negated_cue(f: Features, cue: Cue) -> bool:
    return any(n.end <= cue.start and len(f.text[n.end : cue.start].split()) <= 3 for n in f.negations)
