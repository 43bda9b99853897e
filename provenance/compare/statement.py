"""The statement model of the comparator: what the relation tests need to know about one statement."""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence

import attrs
import regex

from provenance.compare.keys import CUE_STEMS, content_keys, word_key
from provenance.compare.negation import Negation, negated_spans, negations
from provenance.compare.propositions import SHORT_STATEMENT, Target, answers_report, denial_targets
from provenance.compare.state_targets import state_targets
from provenance.features import Features, features
from provenance.features.aliases import AliasTable, keys_of
from provenance.features.cues import Cue
from provenance.features.entities import EntityKind, person_like
from provenance.features.predicates import Predicate
from provenance.features.text import name_key, stem
from provenance.features.words import FUNCTION_WORDS, PLACE_WORDS
from provenance.model import Kind, RelationType

# --------------------------------------------------------------------------
# Thresholds
# --------------------------------------------------------------------------

#: Similarity (cosine over content words) above which two texts are about the same thing.
RELATED_SIMILARITY = 0.2
#: Share of the denied words that must restate the other claim (documents).
RESTATEMENT_SIMILARITY = 0.2
#: Similarity for agreement between documents (what two named sources say, names aside, must mostly match).
AGREEMENT_SIMILARITY = 0.6
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
    targets: tuple[Target, ...] = ()
    """What its denial cues deny (see :mod:`provenance.compare.propositions`), with canonical keys."""
    negations: tuple[Negation, ...] = ()
    """Its negated predicates ("was not arrested")."""
    negated: tuple[tuple[int, int], ...] = ()
    """The spans its verbal negations govern."""
    mentions: tuple[tuple[int, int, str], ...] = ()
    """``(start, end, canonical key)`` of each entity, in text order."""
    speakers: frozenset[str] = frozenset()
    """Canonical keys of who says it (an attribution's speaker)."""
    persons: frozenset[str] = frozenset()
    """Canonical keys of the people it names (full names, and surnames that stand for one)."""
    ambiguous: frozenset[str] = frozenset()
    """Its keys that are surnames of more than one person in the texts compared ("nelson")."""
    title_case: bool = False
    """Written in title case, as headlines are: its entity keys run names into other words."""


def statement(
    text: str,
    aliases: AliasTable,
    *,
    speakers: Sequence[str] = (),
    extra_denials: Sequence[Cue] = (),
    extra_objects: Sequence[Cue] = (),
    sources: frozenset[str] = frozenset(),
    headline: bool = True,
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
        headline: the statement stands alone (a headline, a one-line article):
            a verdict in it may deny it as a whole.

    Returns:
        The statement.
    """
    f = features(text)
    if any(_says_a_state(e.text) for e in f.entities):
        f = attrs.evolve(f, entities=tuple(e for e in f.entities if not _says_a_state(e.text)))
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
    # An attribution's own cue counts only when the text does not carry a denial cue itself
    # ("Ruiz refuted those reports and said ...": the text's "refuted" says what is denied).
    denials = f.denials + (tuple(extra_denials) if not f.denials else ())
    mentions = tuple((e.start, e.end, aliases.canonical(e.key)) for e in f.entities)
    negated = negated_spans(f)
    starts = [s for s, _, _ in mentions]
    targets = tuple(
        _resolved(
            t,
            f,
            mentions,
            frozenset(
                k
                for s, e, k in mentions[bisect.bisect_left(starts, t.start) : bisect.bisect_left(starts, t.end)]
                if e <= t.end
            ),
        )
        for t in _targets(f, denials, tuple(extra_objects), negated, whole=headline or is_title_case(f))
    )
    persons = frozenset(
        aliases.canonical(e.key)
        for e in f.entities
        if e.kind is EntityKind.NAME
        and person_like(e)
        and not any(w in PLACE_WORDS for w in e.words)
        and (2 <= len(e.text.split()) <= 4 or aliases.canonical(e.key) != e.key)
    )
    preds = []
    for p in f.predicates:
        subject = p.subject
        if subject and subject.startswith("@"):
            subject = speaker_keys[0] if len(speaker_keys) == 1 else None
        elif subject:
            subject = aliases.canonical(subject)
        preds.append(attrs.evolve(p, subject=subject))
    name_words = frozenset(word_key(stem(w)) for e in f.entities for w in e.text.split()) | frozenset(
        word_key(w) for k in keys for w in k.split()
    )
    return Statement(
        f=f,
        keys=frozenset(keys),
        names=names,
        denials=denials,
        report_objects=f.report_objects + tuple(extra_objects),
        words=content_keys(f.text) - CUE_STEMS,  # in context: "cardiac arrest" holds no one
        predicates=tuple(preds),
        sources=sources,
        name_words=name_words,
        targets=targets,
        negations=negations(f),
        negated=negated,
        mentions=mentions,
        speakers=frozenset(speaker_keys),
        persons=persons,
        title_case=is_title_case(f),
        ambiguous=frozenset(keys) & aliases.ambiguous,
    )


def _targets(
    f: Features,
    denials: tuple[Cue, ...],
    objects: tuple[Cue, ...],
    negated: tuple[tuple[int, int], ...],
    *,
    whole: bool,
) -> tuple[Target, ...]:
    """What the statement denies: its denial cues' targets, else (a short statement) what a state of someone denies."""
    targets = denial_targets(f, denials, objects=objects, negated=negated, whole=whole)
    if not targets and whole and (len(f.text.split()) <= SHORT_STATEMENT or answers_report(f.text)):
        return tuple(state_targets(f))  # "Kidnapped aid worker says she is safe"
    return targets


# A pronoun opening what a denial denies: it stands for the one who denies.
#   "The mayor denied reports that [she] had resigned"
PRONOUN_SUBJECT = regex.compile(r"\s*(?:he|she|they|it|we|i)\b", regex.IGNORECASE)


def mention_before(mentions: Sequence[tuple[int, int, str]], pos: int) -> tuple[int, int, str] | None:
    """The last of ``mentions`` (``(start, end, key)`` in text order) that ends by ``pos``, or None."""
    return next((m for m in reversed(mentions) if m[1] <= pos), None)


def _resolved(t: Target, f: Features, mentions: Sequence[tuple[int, int, str]], keys: frozenset[str]) -> Target:
    """A target with its canonical keys; a pronoun opening it stands for the name before the cue."""
    if t.kind in ("clause", "object") and PRONOUN_SUBJECT.match(f.text, t.start) and t.cue.start > 0:
        before = mention_before(mentions, t.cue.start)
        if before is not None:
            s, e, k = before
            return attrs.evolve(t, keys=keys | {k}, words=t.words | content_keys(f.text[s:e]))
    return attrs.evolve(t, keys=keys)


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
    shared = (content_keys(text[left:right]) - CUE_STEMS) & other.words
    return len(shared) >= min(2, len(other.words))


def negation_scope(text: str, n: Cue) -> str:
    """The words a negation governs: up to five, to the end of the clause."""
    scope = text[n.end :]
    cut = regex.search(r"[.;:!?,]|\bbut\b", scope)
    scope = scope[: cut.start()] if cut else scope
    return " ".join(scope.split()[:NEGATION_SCOPE])


def _says_a_state(name: str) -> bool:
    """Is a capitalised run only words of a state ("Dead", "Not Dead", "Alive"): a title-case
    headline's predicate, no name of anyone ("Leader ... Is Dead" and "X Not Dead" share no subject)?"""
    words = [w for w in regex.findall(r"[\p{L}][\p{L}'\-]*", name) if w.casefold() not in FUNCTION_WORDS]
    return bool(words) and all(word_key(stem(w)).startswith("@") for w in words)


def keys_meet(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of entity keys name something in common: the same key, or one inside the other?

    A title-case headline runs a name into the words around it ("Robert Plant
    Ripped Up"), so a key that holds another as whole words names it too.

    >>> keys_meet(frozenset({"robert plant ripped"}), frozenset({"robert plant"}))
    True
    >>> keys_meet(frozenset({"robert plant"}), frozenset({"plantation"}))
    False
    """
    if a & b:
        return True
    return any(f" {x} " in f" {y} " or f" {y} " in f" {x} " for x in a for y in b)


def common_names(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    """The keys of ``a`` and ``b`` that meet (:func:`keys_meet`), the shorter of each meeting pair.

    >>> sorted(common_names(frozenset({"robert plant ripped", "calder"}), frozenset({"robert plant", "norland"})))
    ['robert plant']
    """
    out = set(a & b)
    for x in a:
        for y in b:
            if x != y and (f" {x} " in f" {y} " or f" {y} " in f" {x} "):
                out.add(x if len(x) <= len(y) else y)
    return frozenset(out)


#: Share of a statement's words written with a capital from which it is in title case.
TITLE_CASE_SHARE = 0.9


def is_title_case(f: Features) -> bool:
    """Is the statement written in title case ("Banksy Arrested In London"), so capitals say little about names?"""
    words = [w for w in regex.findall(r"[\p{L}][\p{L}'\-]*", f.text) if w.casefold() not in FUNCTION_WORDS]
    caps = [w for w in words if w[0].isupper()]
    return len(words) >= 4 and len(caps) >= TITLE_CASE_SHARE * len(words)
