"""The judge of one pair of statements, and :func:`relate` for pairs of plain strings."""

from __future__ import annotations

from provenance.compare.agreement import agreement
from provenance.compare.calibration import Calibration, calibration
from provenance.compare.contradiction import contradiction, negated_predicate, negation_mismatch
from provenance.compare.copies import is_copy
from provenance.compare.denial import denial, denial_of
from provenance.compare.independence import denier_speaks, independent, one_speaker
from provenance.compare.prepare import PreparedClaim
from provenance.compare.quantity import quantity_mismatch
from provenance.compare.statement import (
    MIN_SCORE,
    RELATED_SIMILARITY,
    UNRELATED,
    Statement,
    Verdict,
    similarity,
    statement,
)
from provenance.features.aliases import AliasTable
from provenance.model import Kind, Relation, RelationType, Side


def judge(
    a: Statement,
    b: Statement,
    *,
    strict: bool,
    anaphora: bool = True,
    time_ok: bool = True,
    assume_related: bool = False,
) -> Verdict:
    """How ``b`` stands to ``a``.

    ``strict`` (documents) asks for explicit subjects and skips word-level
    negation; ``anaphora`` allows "those reports" to point at ``a``;
    ``time_ok`` is False when the two are too far apart in time to contradict;
    ``assume_related`` takes the two as being about the same thing.
    """
    shared = a.keys & b.keys
    sim = similarity(a, b)
    common = a.words & b.words
    related = assume_related or bool(shared) or sim >= RELATED_SIMILARITY or len(common) >= 3
    # Documents: either claim may deny the other, and only what it restates.  A pair of strings: b's stance on a.
    if strict:
        for target, denier, label in ((a, b, "b denies a"), (b, a, "a denies b")):
            verdict = denial_of(target, denier, label, shared, anaphora=anaphora)
            if verdict:
                return verdict
    else:
        verdict = denial(a, b, "b denies a", shared, sim, strict=False, anaphora=anaphora, related=related)
        if verdict:
            return verdict
    if not related:
        return UNRELATED
    if time_ok:
        verdict = contradiction(a, b, shared, strict=strict)
        if verdict:
            return verdict
        if strict:
            verdict = negated_predicate(a, b) or negated_predicate(b, a)
            if verdict:
                return verdict
        verdict = quantity_mismatch(a, b, shared, sim, strict=strict)
        if verdict:
            return verdict
        if not strict:
            verdict = negation_mismatch(a, b, sim)
            if verdict:
                return verdict
    return agreement(a, b, shared, sim, strict=strict)


# --------------------------------------------------------------------------
# Pairs of strings
# --------------------------------------------------------------------------


def relate(a: str, b: str, *, aliases: AliasTable | None = None, assume_related: bool = False) -> Relation:
    """How statement ``b`` stands to statement ``a``.

    Args:
        a: a statement (a claim, a headline).
        b: another statement.
        aliases: entity aliases to use (default: those found in ``a`` and ``b``).
        assume_related: the caller knows both are about the same thing (a
            claim and the headline of an article about it): never answer
            *unrelated*, judge the stance however little wording they share.

    Returns:
        The relation, with ``a`` and ``b`` as document-less :class:`Side` values.

    >>> r = relate("Ruiz had fled Calder", "Ruiz denied those reports and said she remained in the city")
    >>> print(r.relation, r.kind)
    contested denial
    >>> r.evidence
    'b denies a ("denied those reports"), same subject: Ruiz'
    >>> print(relate("Explosions killed 140 miners in Port Meridian",
    ...              "The Port Meridian blast killed dozens of miners").kind)
    quantity
    >>> print(relate("The minister resigned on Friday", "The minister reportedly resigned").relation)
    neutral
    >>> print(relate("The bridge collapsed", "Apple released a new phone").relation)
    unrelated
    """
    aliases = aliases if aliases is not None else AliasTable.build([a, b])
    va, vb = statement(a, aliases), statement(b, aliases)
    v = judge(va, vb, strict=False, assume_related=assume_related)
    return Relation(v.relation, v.kind, v.score, Side(a), Side(b), v.evidence)


# --------------------------------------------------------------------------
# Pairs of claims
# --------------------------------------------------------------------------


#: The score of a relation between claims by kind before calibration (denials are scored by
#: their evidence in :mod:`provenance.compare.denial`); :mod:`provenance.compare.calibration`
#: turns it into the share of such relations a reader judged right.
KIND_SCORES = {
    Kind.CONTRADICTION: 0.85,  # a predicate asserted and denied, or incompatible states
    Kind.QUANTITY: 0.6,  # counts of the same event that differ
    Kind.AGREEMENT: 0.55,  # independent named sources saying the same thing remain rare and hard to tell
}


def judge_pair(
    a: PreparedClaim,
    b: PreparedClaim,
    *,
    anaphora: bool = False,
    max_days: int = 30,
    min_score: float = MIN_SCORE,
    table: Calibration | None = None,
) -> Relation | None:
    """How claim ``b`` stands to claim ``a``: a pure function of the two, the unit of a distributed run.

    Args:
        a: the earlier claim (prepared with :func:`~provenance.compare.prepare`).
        b: the later claim.
        anaphora: ``b`` denies "those reports" and ``a`` is what it points back to
            (see :func:`~provenance.compare.blocking.anaphoric_pairs`).
        max_days: claims further apart in time are not contradictions.
        min_score: relations scoring lower (after calibration) are dropped.
        table: the calibration (default: the shipped table; an empty
            :class:`~provenance.compare.calibration.Calibration` keeps raw scores).

    Returns:
        The contested or corroborated relation, or None when there is none to report.
    """
    if a.marks == b.marks and is_copy(a.shingles, b.shingles):
        return None  # one account twice: a reprint, a quotation repeated
    if a.answered or b.answered:
        return None  # a question its own article denies reports nothing
    same_sentence = (
        a.doc == b.doc
        and a.claim.sentence_end > 0
        and (a.claim.sentence_start, a.claim.sentence_end) == (b.claim.sentence_start, b.claim.sentence_end)
    )
    same_voice = a.doc == b.doc and a.view.sources == b.view.sources
    time_ok = not (a.date and b.date and a.date.days_apart(b.date) > max_days)
    v = judge(a.view, b.view, strict=True, anaphora=anaphora, time_ok=time_ok)
    if v.relation is RelationType.CONTESTED and (
        same_voice or one_speaker(a, b) or denier_speaks(a, b) or denier_speaks(b, a)
    ):
        return None  # one voice does not dispute itself
    score = v.score
    if v.kind is not None:
        raw = KIND_SCORES.get(v.kind, v.score)
        score = (table if table is not None else calibration()).score(
            v.kind, raw, subject=bool(a.view.keys & b.view.keys)
        )
    if v.relation is RelationType.CORROBORATED:
        if same_sentence or (a.doc == b.doc and not (a.claim.citations and b.claim.citations)):
            return None  # a restatement, or the article's own background
        if not independent(a, b):
            return None  # one source twice, one article relaying another, or a side that names no source
    if v.relation in (RelationType.CONTESTED, RelationType.CORROBORATED) and score >= min_score:
        return Relation(v.relation, v.kind, round(score, 3), a.side, b.side, v.evidence)
    return None
