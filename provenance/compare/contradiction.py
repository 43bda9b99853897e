"""Contradiction: incompatible predicates of the same subject, or a negation of what the other asserts."""

from __future__ import annotations


import regex

from provenance.features.cues import DENIAL, Cue
from provenance.features.predicates import Predicate
from provenance.features.text import content_words, fold
from provenance.features.words import (
    ANTONYMS,
)
from provenance.compare.statement import (
    CUE_STEMS,
    Statement,
    Verdict,
    clause_about,
    negation_scope,
    squash,
    subject_phrase,
)
from provenance.model import Kind, RelationType


def _same_subject(pa: Predicate, pb: Predicate, shared: frozenset[str], strict: bool) -> tuple[bool, float]:
    if pa.subject and pb.subject:
        if pa.subject == pb.subject:
            return (True, 1.0)
        # "Omar Idris al-Nouri" / "Harbour Guild leader al-Nouri"
        return (not strict and pa.subject.split()[-1] == pb.subject.split()[-1], 0.8)
    if strict:
        return (False, 0.0)
    # Short statements (headlines) often leave the subject implicit.
    return (bool(shared), 0.6)


def contradiction(a: Statement, b: Statement, shared: frozenset[str], *, strict: bool) -> Verdict | None:
    best: tuple[float, str] | None = None
    for pa in a.predicates:
        for pb in b.predicates:
            if pa.modal or pb.modal:
                continue
            same, weight = _same_subject(pa, pb, shared, strict)
            if not same:
                continue
            score, why = 0.0, ""
            if pa.cls == pb.cls and pa.negated != pb.negated and pa.place == pb.place:
                score, why = 0.8, f"{pa.cls} vs not {pa.cls}"
            elif pa.negated == pb.negated is False:
                condition = ANTONYMS.get(frozenset((pa.cls, pb.cls)))
                if condition == "always":
                    score, why = 0.8, f"{pa.cls} vs {pb.cls}"
                elif condition == "same-place" and pa.place and pa.place == pb.place:
                    score, why = 0.85, f"{pa.cls} vs {pb.cls} {_place(pa.place)}"
                elif condition == "other-place" and pa.place and pb.place and pa.place != pb.place:
                    generic = pa.place.startswith("@") or pb.place.startswith("@")
                    score = 0.7 if generic else 0.8
                    why = f"{pa.cls} {_place(pa.place)} vs {pb.cls} {_place(pb.place)}"
            if score:
                score *= weight
                if best is None or score > best[0]:
                    subject = pa.subject or pb.subject
                    who = a.names.get(subject, subject) if subject else None
                    text = f'a: "{squash(a.f.text[pa.start : pa.end])}", b: "{squash(b.f.text[pb.start : pb.end])}" ({why})'
                    best = (score, text + (f", same subject: {who}" if who else subject_phrase(b, shared)))
    if best is None:
        return None
    return Verdict(RelationType.CONTESTED, Kind.CONTRADICTION, round(best[0], 3), best[1])


def _place(key: str) -> str:
    return "the " + key[1:] if key.startswith("@") else key.title()


def negation_mismatch(a: Statement, b: Statement, sim: float) -> Verdict | None:
    """``b`` negates what ``a`` asserts ("Banksy has not been arrested"; "No, ...")."""
    if not b.f.negations:
        return None
    denied_in_a = frozenset().union(*(content_words(negation_scope(a.f.text, n)) for n in a.f.negations))
    best: tuple[float, str] | None = None
    for n in b.f.negations:
        if not _negates(b, n):
            continue
        head = negation_scope(b.f.text, n)
        hit = (content_words(head) - CUE_STEMS) & (a.words - denied_in_a)
        if not hit or not clause_about(b, a, n):
            continue
        score = 0.6 + 0.3 * min(1.0, 2 * sim)
        if best is None or score > best[0]:
            best = (score, squash(b.f.text[n.start : n.end] + " " + head))
    if best is None:
        return None
    return Verdict(
        RelationType.CONTESTED, Kind.CONTRADICTION, round(min(best[0], 0.9), 3), f'b negates a ("{best[1]}")'
    )


# A denial cue right after a negation: "not deny", "no hoax", "not a hoax".
DENIAL_AFTER_NEGATION = regex.compile(
    r"\s+(?:(?:a|an|any|the|really|actually|even)\s+)?(?:" + DENIAL.pattern + ")",
    regex.IGNORECASE,
)

#: Negation cues too loose to oppose a whole statement ("without consent").
LOOSE_NEGATIONS = frozenset(["without", "nor", "neither", "none", "nothing", "nobody", "nowhere"])


def _negates(view: Statement, n: Cue) -> bool:
    """Does this negation deny something rather than negate a verdict or pose an alternative?

    Not "not fake" / "no hoax" (that confirms), not "or not", not "without".
    """
    text = view.f.text
    if n.text.casefold() in LOOSE_NEGATIONS:
        return False
    if regex.search(r"\bor\s*$", text[max(0, n.start - 4) : n.start], regex.IGNORECASE):
        return False
    if any(d.start >= n.end and len(text[n.end : d.start].split()) <= 1 for d in view.f.denials if d.kind == "verdict"):
        return False
    # "did not deny", "no hoax": a negated denial (features leave it out of the denials)
    return not DENIAL_AFTER_NEGATION.match(fold(text), n.end)


def conflict(pa: Predicate, pb: Predicate) -> bool:
    if not (pa.subject and pa.subject == pb.subject) or pa.modal or pb.modal:
        return False
    if pa.cls == pb.cls:
        return pa.negated != pb.negated and pa.place == pb.place
    return ANTONYMS.get(frozenset((pa.cls, pb.cls))) is not None and pa.negated == pb.negated
