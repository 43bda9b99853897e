"""The judge of one pair of statements, and :func:`relate` for pairs of plain strings."""

from __future__ import annotations


from provenance.features.aliases import AliasTable
from provenance.compare.agreement import agreement
from provenance.compare.contradiction import contradiction, negation_mismatch
from provenance.compare.denial import denial
from provenance.compare.quantity import quantity_mismatch
from provenance.compare.prepare import PreparedClaim
from provenance.compare.statement import (
    MIN_SCORE,
    RELATED_SIMILARITY,
    UNRELATED,
    Statement,
    Verdict,
    similarity,
    statement,
)
from provenance.model import Relation, RelationType, Side


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
    # Documents: either claim may deny the other.  A pair of strings: b's stance on a.
    for target, denier, label in ((a, b, "b denies a"), (b, a, "a denies b"))[: 2 if strict else 1]:
        verdict = denial(target, denier, label, shared, sim, strict=strict, anaphora=anaphora, related=related)
        if verdict:
            return verdict
    if not related:
        return UNRELATED
    if time_ok:
        verdict = contradiction(a, b, shared, strict=strict)
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


def judge_pair(
    a: PreparedClaim,
    b: PreparedClaim,
    *,
    anaphora: bool = False,
    max_days: int = 30,
    min_score: float = MIN_SCORE,
) -> Relation | None:
    """How claim ``b`` stands to claim ``a``: a pure function of the two, the unit of a distributed run.

    Args:
        a: the earlier claim (prepared with :func:`~provenance.compare.prepare`).
        b: the later claim.
        anaphora: ``b`` denies "those reports" and ``a`` is what it points back to
            (see :func:`~provenance.compare.blocking.anaphoric_pairs`).
        max_days: claims further apart in time are not contradictions.
        min_score: relations scoring lower are dropped.

    Returns:
        The contested or corroborated relation, or None when there is none to report.
    """
    same_sentence = (
        a.doc == b.doc
        and a.claim.sentence_end > 0
        and (a.claim.sentence_start, a.claim.sentence_end) == (b.claim.sentence_start, b.claim.sentence_end)
    )
    same_voice = a.doc == b.doc and a.view.sources == b.view.sources
    time_ok = not (a.date and b.date and abs((a.date - b.date).days) > max_days)
    v = judge(a.view, b.view, strict=True, anaphora=anaphora, time_ok=time_ok)
    if v.relation is RelationType.CONTESTED and same_voice:
        return None
    if v.relation is RelationType.CORROBORATED and (
        same_sentence
        or a.view.sources & b.view.sources
        or (a.doc == b.doc and not (a.claim.citations and b.claim.citations))
    ):
        return None  # a restatement, one source twice, or the article's own background
    if v.relation in (RelationType.CONTESTED, RelationType.CORROBORATED) and v.score >= min_score:
        return Relation(v.relation, v.kind, v.score, a.side, b.side, v.evidence)
    return None
