"""Contradiction: incompatible predicates of the same subject, or a negation of what the other asserts."""

from __future__ import annotations

import regex

from provenance.compare.keys import content_keys, verb_key
from provenance.compare.negation import OBJECT_REACH
from provenance.compare.propositions import clause_end, clause_start, conditional, is_question
from provenance.compare.statement import (
    CUE_STEMS,
    Statement,
    Verdict,
    clause_about,
    negation_scope,
    squash,
    subject_phrase,
)
from provenance.features.cues import DENIAL, Cue, CueKind
from provenance.features.predicates import Predicate
from provenance.features.text import fold
from provenance.features.words import ANTONYMS, IRREGULAR_VERBS
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


def _asserted(view: Statement, p: Predicate) -> bool:
    """Is the predicate asserted: not asked, and not in a statement that denies or doubts something?"""
    return not (view.targets or view.f.denials or is_question(view.f.text, p.end))


def contradiction(a: Statement, b: Statement, shared: frozenset[str], *, strict: bool) -> Verdict | None:
    best: tuple[float, str] | None = None
    for pa in a.predicates:
        for pb in b.predicates:
            if pa.modal or pb.modal:
                continue
            if strict and not (_asserted(a, pa) and _asserted(b, pb)):
                continue
            same, weight = _same_subject(pa, pb, shared, strict)
            if not same or (strict and (pa.subject in a.ambiguous or pb.subject in b.ambiguous)):
                continue  # "Nelson" for two people is no one subject
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
                    said_a, said_b = squash(a.f.text[pa.start : pa.end]), squash(b.f.text[pb.start : pb.end])
                    text = f'a: "{said_a}", b: "{said_b}" ({why})'
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
    denied_in_a = frozenset().union(*(content_keys(negation_scope(a.f.text, n)) for n in a.f.negations))
    best: tuple[float, str] | None = None
    for n in b.f.negations:
        if not _negates(b, n):
            continue
        head = negation_scope(b.f.text, n)
        hit = (content_keys(head) - CUE_STEMS) & (a.words - denied_in_a)
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
    if any(
        d.start >= n.end and len(text[n.end : d.start].split()) <= 1
        for d in view.f.denials
        if d.kind == CueKind.VERDICT
    ):
        return False
    # "did not deny", "no hoax": a negated denial (features leave it out of the denials)
    return not DENIAL_AFTER_NEGATION.match(fold(text), n.end)


def conflict(pa: Predicate, pb: Predicate) -> bool:
    if not (pa.subject and pa.subject == pb.subject) or pa.modal or pb.modal:
        return False
    if pa.cls == pb.cls:
        return pa.negated != pb.negated and pa.place == pb.place
    return ANTONYMS.get(frozenset((pa.cls, pb.cls))) is not None and pa.negated == pb.negated


#: Words between a subject and its predicate that keep the subject ("Ruiz, the mayor, has ...").
_SUBJECT_GAP = regex.compile(r"[^.;:!?]{0,80}")


def _subject_at(view: Statement, pos: int) -> str | None:
    """Who the predicate at ``pos`` is said of: the nearest name before it in its clause, else the speaker.

    A quotation starts a clause of its own: in ``saying "don't shoot"`` no name says who.
    """
    text = view.f.text
    start = max([clause_start(text, pos), *(m.end() for m in OPENING_QUOTE.finditer(text, 0, pos))])
    before = [(e, k) for s, e, k in view.mentions if start <= s and e <= pos]
    if before:
        end, key = before[-1]
        if len(text[end:pos].split()) > SUBJECT_REACH or key in view.ambiguous:
            return None  # too far to be its subject ("Nikolai says ... fireman wasn't helping"), or two people
        return key
    if len(view.speakers) == 1 and regex.search(r"\b(?:he|she|they|i|we)\b", text[start:pos], regex.IGNORECASE):
        return next(iter(view.speakers))
    return None


def _positive_uses(view: Statement, head: str) -> list[tuple[int, int]]:
    """Where the statement uses ``head`` as a verb without a negation, a modal or a question.

    As a verb: a past form ("received", "took") or after an auxiliary ("has
    received", "is to play"), not a noun ("ISIS recruits").
    """
    text = view.f.text
    out = []
    for m in regex.finditer(r"[\p{L}][\p{L}'\-]*", text):
        if verb_key(m.group()) != head:
            continue
        word = m.group().casefold()
        if not (word.endswith("ed") or word in IRREGULAR_VERBS or AUXILIARY_BEFORE.search(text, 0, m.start())):
            continue
        if any(s <= m.start() < e for s, e in view.negated):
            continue
        if any(c.end <= m.start() and len(text[c.end : m.start()].split()) <= 3 for c in view.f.modals):
            continue
        if is_question(text, m.end()) or conditional(text, m.start()):
            continue
        out.append(m.span())
    return out


#: Words at most between a subject and its predicate ("Ruiz has not yet been formally charged").
SUBJECT_REACH = 6

# An opening quotation mark: what follows is someone's words, with its own subject.
OPENING_QUOTE = regex.compile(r"(?:^|(?<=[\s(\[]))[\"\u201c\u2018']")
# An auxiliary right before a word, which makes it a verb: "has received", "is to play".
AUXILIARY_BEFORE = regex.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|having|did|does|do|will|shall|(?:is|are|was|were)\s+to)"
    r"\s+(?:\w+ly\s+)?\Z",
    regex.IGNORECASE,
)


def negated_predicate(a: Statement, b: Statement) -> Verdict | None:
    """``b`` says of someone that they did not do what ``a`` says they did ("failed to receive" / "received").

    The same head word and subject on both sides, the object shared when the
    negated side has one, neither side asked, modal or denying something else.
    """
    if a.targets or a.f.denials:
        return None
    text_a, text_b = a.f.text, b.f.text
    for n in b.negations:
        subject = _subject_at(b, n.cue.start)
        if subject is None:
            continue
        for start, end in _positive_uses(a, n.head):
            if _subject_at(a, start) != subject:
                continue
            stop = clause_end(text_a, end)
            comma = text_a.find(",", end, stop)
            after = content_keys(" ".join(text_a[end : stop if comma < 0 else comma].split()[:OBJECT_REACH]))
            if n.objects and len(n.objects & after) < min(2, (len(n.objects) + 1) // 2):
                continue
            who = b.names.get(subject, subject)
            return Verdict(
                RelationType.CONTESTED,
                Kind.CONTRADICTION,
                0.8,
                f'a: "{squash(text_a[start:end])}", b: "{squash(text_b[n.cue.start : n.head_end])}" '
                f"(one predicate asserted and denied), same subject: {who}",
            )
    return None
