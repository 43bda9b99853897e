"""The statement model of the comparator: what the relation tests need to know about one statement."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import attrs
import regex

from provenance.features import Features, features
from provenance.features.aliases import AliasTable, keys_of
from provenance.features.cues import Cue
from provenance.features.predicates import Predicate
from provenance.features.text import content_words, name_key, stem
from provenance.features.words import (
    CONFIRMATION_CUES,
    DENIAL_CUES,
    HEDGE_CUES,
    MODAL_CUES,
    NEGATION_CUES,
)
from provenance.model import Kind, RelationType

# --------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------

#: Similarity (cosine over content words) above which two texts are about the same thing.
RELATED_SIMILARITY = 0.2
#: Share of the denied words that must restate the other claim (documents).
RESTATEMENT_SIMILARITY = 0.2
#: Similarity for agreement between documents.
AGREEMENT_SIMILARITY = 0.5
#: Content words a claim needs to corroborate another (not a heading).
MIN_AGREEMENT_WORDS = 4
#: Share of word pairs from which two claims are copies of one text, not two accounts.
VERBATIM_SIMILARITY = 0.9
#: Lowest score :func:`~provenance.compare.compare_documents` reports.
MIN_SCORE = 0.5
#: Statements longer than this many words (body sentences, not headlines) must
#: have a denial's or negation's own clause about the other statement.
LONG_STATEMENT = 20
#: Words after a negation cue that it governs.
NEGATION_SCOPE = 5

# --------------------------------------------------------------------------
# Views: a statement with what the tests need
# --------------------------------------------------------------------------


@attrs.frozen
class Statement:
    """A statement with what the relation tests need: its features, canonical keys, cues and sources."""

    f: Features
    """The features of its text."""
    keys: frozenset[str]
    """Canonical entity keys, speakers included."""
    names: Mapping[str, str]
    """Canonical key -> a surface form, for evidence."""
    denials: tuple[Cue, ...]
    """Effective denial cues (negated verdicts removed, attribution cues added)."""
    report_objects: tuple[Cue, ...]
    """Mentions of an earlier report ("those reports"), the attribution's own included."""
    words: frozenset[str]
    """Content words without cue words."""
    predicates: tuple[Predicate, ...]
    """Predicates with canonical, pronoun-resolved subjects."""
    sources: frozenset[str] = frozenset()
    """Source keys for independence."""
    name_words: frozenset[str] = frozenset()
    """Stems of the words of the names, and the words of the keys."""


#: Stems of cue words, left out of the overlap between two statements.
CUE_STEMS = frozenset(
    w
    for phrases in (DENIAL_CUES, HEDGE_CUES, CONFIRMATION_CUES, MODAL_CUES, NEGATION_CUES)
    for p in phrases
    for w in content_words(p)
)


def statement(
    text: str,
    aliases: AliasTable,
    *,
    speakers: Sequence[str] = (),
    extra_denials: Sequence[Cue] = (),
    extra_objects: Sequence[Cue] = (),
    sources: frozenset[str] = frozenset(),
) -> Statement:
    """The statement of ``text``, its keys mapped through ``aliases``.

    Args:
        text: the statement.
        aliases: the alias table of the texts being compared.
        speakers: who says it (an attribution's speaker): a key, and the
            subject of its pronoun predicates ("he is still in the city").
        extra_denials: denial cues outside the text (an attribution's "denied").
        extra_objects: report objects outside the text ("denied [those reports] and said ...").
        sources: source keys, for independence.

    Returns:
        The statement.
    """
    f = features(text)
    names: dict[str, str] = {}
    for e in f.entities:
        names.setdefault(aliases.canonical(e.key), e.text)
    speaker_keys = []
    for s in speakers:
        k = aliases.canonical(name_key(s))
        speaker_keys.append(k)
        names.setdefault(k, s)
    keys = set(names)
    keys |= keys_of(f.entities, aliases)
    denials = f.denials + tuple(extra_denials)
    preds = []
    for p in f.predicates:
        subject = p.subject
        if subject and subject.startswith("@"):
            subject = speaker_keys[0] if len(speaker_keys) == 1 else None
        elif subject:
            subject = aliases.canonical(subject)
        preds.append(attrs.evolve(p, subject=subject))
    name_words = frozenset(stem(w) for e in f.entities for w in e.text.split()) | frozenset(
        w for k in keys for w in k.split()
    )
    return Statement(
        f=f,
        keys=frozenset(keys),
        names=names,
        denials=denials,
        report_objects=f.report_objects + tuple(extra_objects),
        words=f.words - CUE_STEMS,
        predicates=tuple(preds),
        sources=sources,
        name_words=name_words,
    )


@attrs.frozen
class Verdict:
    """What a relation test found: the relation, its kind, a score and the evidence for a reader."""

    relation: RelationType
    kind: Kind | None
    score: float
    evidence: str


UNRELATED = Verdict(RelationType.UNRELATED, None, 0.0, "no shared names or wording")


def similarity(a: Statement, b: Statement) -> float:
    """Cosine similarity of the content words of two statements (cue words left out)."""
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / math.sqrt(len(a.words) * len(b.words))


def subject_phrase(view: Statement, shared: frozenset[str]) -> str:
    if not shared:
        return ""
    best = sorted(shared, key=lambda k: (-len(k.split()), k))[0]
    return f", same subject: {view.names.get(best, best)}"


def squash(s: str) -> str:
    return " ".join(s.split())


def clause_about(view: Statement, other: Statement, cue: Cue) -> bool:
    """Is the clause around ``cue`` about ``other``: two of its content words, or all when it has fewer?

    In a long sentence a denial or negation often bears on something else
    ("there were no immediate details of the deal").
    """
    text = view.f.text
    if len(text.split()) <= LONG_STATEMENT:
        return True
    left = max((m.end() for m in regex.finditer(r"[.;:!?]|\bbut\b|\bwhile\b", text[: cue.start])), default=0)
    right_match = regex.search(r"[.;:!?]|\bbut\b|\bwhile\b", text[cue.end :])
    right = cue.end + right_match.start() if right_match else len(text)
    shared = (content_words(text[left:right]) - CUE_STEMS) & other.words
    return len(shared) >= min(2, len(other.words))


def negation_scope(text: str, n: Cue) -> str:
    """The words a negation governs: up to five, to the end of the clause."""
    scope = text[n.end :]
    cut = regex.search(r"[.;:!?,]|\bbut\b", scope)
    scope = scope[: cut.start()] if cut else scope
    return " ".join(scope.split()[:NEGATION_SCOPE])
