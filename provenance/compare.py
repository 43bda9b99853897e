"""Relations between claims: denials, contradictions, mismatched numbers, agreement.

Two levels share one set of tests:

* :func:`relate` judges a pair of statements given as plain strings: is ``b``
  *contested* with ``a`` (it denies it, contradicts it, or gives an
  incompatible number), *corroborated* (it says the same), *neutral* (it is
  about the same thing but only reports it, hedged or attributed without
  endorsement, or as a question), or *unrelated*.
* :func:`compare` finds the contested and corroborated pairs among the claims
  of many documents, with their sources, dates and spans.

The tests, in the order they are tried on a pair (the first that fires wins):

1. **denial** — one side carries a denial cue (``denied``, ``refuted``,
   ``hoax``, ``not true``; or an attribution whose stance is
   :attr:`~provenance.model.Stance.DENY`) and its object is the other side:
   an earlier report named anaphorically (``denied those reports`` — in
   :func:`compare`, only the nearest earlier claim of the same article that
   shares a name) or a restatement of it (``denied that he had fled``).
   Weak verbs (``rejected``, ``dismissed``) deny only a report or a
   that-clause; a negated verdict (``not fake``) confirms instead.
2. **contradiction** — incompatible predicates of the same subject, none of
   them modal: a location conflict (``fled Calder`` / ``in the Calder``;
   ``arrived in Norland`` / ``still in the city``), antonyms (killed /
   alive, captured / released), or one predicate asserted and denied
   (``was arrested`` / ``was not arrested``).  :func:`relate` also counts a
   negation in one text whose scope repeats the other's words.
3. **quantity** — the same event and counted noun with counts whose ranges do
   not overlap: ``killed 140 miners`` / ``killed dozens of miners``
   (dozens is 24–99); ``385`` and ``about 400`` agree.
4. **agreement** — the same statement (shared names, much shared wording or
   the same predicate of the same subject) from independent sources.

**Blocking.** :func:`compare` never scores all pairs.  It indexes claims by
blocking keys — canonical entity keys (surnames and acronyms merged with full
names by :class:`~provenance.features.AliasTable`) and counted things
(``killed/miner``) — skips *stop-keys* shared by more than ``max_block``
claims (``River Guard`` in a corpus about Calder), and scores only pairs that
share a block, plus each anaphoric denial with the few claims before it.  The
cost grows with the number of claims sharing a name, not with the square of
all claims; :class:`Stats` counts the comparisons made.

**Time.** A claim's date is its first citation's date, else its document's
published date.  Claims more than ``max_days`` (30) apart are not reported as
contradictions or quantity mismatches: facts change (someone fled later, the
death toll rose), and a later account is not a denial of an earlier one.
Explicit denials and agreement are kept whatever the dates.

**Sources.** A relation needs two sides with different sources: claims of one
article with the same sources (or both unsourced, i.e. the author's) are not
contested with each other, and agreement needs independent sources — two
outlets, not one outlet twice, nor a claim and its restatement in the same
sentence.  A claim that cites two independent sources at once (``(AFP,
March 5; Harbour Times, March 13)``) is corroborated by itself.
"""

from __future__ import annotations

import datetime
import enum
import math
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from provenance.features import (
    ANTONYMS,
    CONFIRMATION_CUES,
    DENIAL,
    DENIAL_CUES,
    FUNCTION_WORDS,
    HEDGE_CUES,
    MODAL_CUES,
    NEGATION_CUES,
    AliasTable,
    Cue,
    Features,
    Predicate,
    Quantity,
    content_words,
    features,
    fold,
    keys_of,
    name_key,
    stem,
)
from provenance.model import Claim, Document, Stance, source_key

__all__ = ["Kind", "Relation", "RelationType", "Side", "Stats", "compare", "relate"]


# The subject named in a relation's evidence string.
#   'b denies a ("denied those reports"), same subject: Ana Ruiz' -> "Ana Ruiz"
SUBJECT_IN_EVIDENCE = regex.compile(r"same\ subject:\ (?P<subject>[^,;]+)", regex.VERBOSE)
# A run of letters or digits, for comparing wording.
LETTER_RUN = regex.compile(r"[\p{L}\p{N}]+")


class RelationType(enum.StrEnum):
    """How one statement stands to another."""

    CONTESTED = "contested"
    CORROBORATED = "corroborated"
    NEUTRAL = "neutral"
    UNRELATED = "unrelated"


class Kind(enum.StrEnum):
    """What made a pair contested or corroborated."""

    DENIAL = "denial"
    CONTRADICTION = "contradiction"
    QUANTITY = "quantity"
    AGREEMENT = "agreement"


def _score(instance, attribute, value):
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"score must be in [0, 1], got {value}")


@attrs.frozen
class Side:
    """One side of a relation: a statement and where it comes from."""

    text: str
    """The statement (a claim's text)."""
    doc: str | None = None
    """Path of the document it comes from; None for a bare string."""
    start: int = 0
    """Offset of the statement in its document."""
    end: int = attrs.field(default=attrs.Factory(lambda self: self.start + len(self.text), takes_self=True))
    """Offset one past its end."""
    sources: tuple[str, ...] = attrs.field(converter=tuple, factory=tuple)
    """Sources as written (citations, else the attribution's outlet or speaker)."""
    claim: str | None = None
    """The claim id (``stem:n``), when the side is a claim."""
    date: str | None = None
    """ISO date used for the time check: citation date, else published date."""

    @classmethod
    def of_claim(cls, claim: Claim, doc: str | None = None, date: str | None = None) -> "Side":
        """The side for ``claim`` of document ``doc``."""
        return cls(claim.text, doc, claim.start, claim.end, _source_names(claim), claim.id, date)


@attrs.frozen
class Relation:
    """How statement ``b`` stands to statement ``a``, and why."""

    relation: RelationType
    """Contested, corroborated, neutral or unrelated."""
    kind: Kind | None
    """Denial, contradiction, quantity or agreement; None for neutral and unrelated."""
    score: float = attrs.field(validator=_score)
    """Confidence in [0, 1]."""
    a: Side
    """The first statement (the earlier one in :func:`compare`)."""
    b: Side
    """The second statement."""
    evidence: str
    """What triggered the relation, for a reader: ``b denies a ("denied those reports"), same subject: Ruiz``."""

    @property
    def subject(self) -> str | None:
        """What both statements are about, as the evidence names it (``same subject: X``)."""
        m = SUBJECT_IN_EVIDENCE.search(self.evidence)
        return m.group("subject") if m else None

    @property
    def contested(self) -> bool:
        return self.relation is RelationType.CONTESTED


@attrs.define
class Stats:
    """What :func:`compare` did: an accumulator passed in by the caller."""

    claims: int = 0
    """Claims indexed."""
    keys: int = 0
    """Distinct blocking keys."""
    stop_keys: list[str] = attrs.Factory(list)
    """Keys skipped because too many claims share them."""
    blocks: int = 0
    """Blocks (keys) whose claims were paired."""
    comparisons: int = 0
    """Distinct pairs of claims scored."""


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
#: Lowest score :func:`compare` reports.
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
class _View:
    f: Features
    keys: frozenset[str]
    """Canonical entity keys, speakers included."""
    names: Mapping[str, str]
    """Canonical key -> a surface form, for evidence."""
    denials: tuple[Cue, ...]
    """Effective denial cues (negated verdicts removed, attribution cues added)."""
    report_objects: tuple[Cue, ...]
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


def _view(
    text: str,
    aliases: AliasTable,
    *,
    speakers: Sequence[str] = (),
    extra_denials: Sequence[Cue] = (),
    extra_objects: Sequence[Cue] = (),
    sources: frozenset[str] = frozenset(),
) -> _View:
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
    return _View(
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


# --------------------------------------------------------------------------
# The tests
# --------------------------------------------------------------------------


@attrs.frozen
class _Verdict:
    relation: RelationType
    kind: Kind | None
    score: float
    evidence: str


_UNRELATED = _Verdict(RelationType.UNRELATED, None, 0.0, "no shared names or wording")


def _similarity(a: _View, b: _View) -> float:
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / math.sqrt(len(a.words) * len(b.words))


def _judge(
    a: _View, b: _View, *, strict: bool, anaphora: bool = True, time_ok: bool = True, assume_related: bool = False
) -> _Verdict:
    """How ``b`` stands to ``a``.

    ``strict`` (documents) asks for explicit subjects and skips word-level
    negation; ``anaphora`` allows "those reports" to point at ``a``;
    ``time_ok`` is False when the two are too far apart in time to contradict;
    ``assume_related`` takes the two as being about the same thing.
    """
    shared = a.keys & b.keys
    sim = _similarity(a, b)
    common = a.words & b.words
    related = assume_related or bool(shared) or sim >= RELATED_SIMILARITY or len(common) >= 3
    # Documents: either claim may deny the other.  A pair of strings: b's stance on a.
    for target, denier, label in ((a, b, "b denies a"), (b, a, "a denies b"))[: 2 if strict else 1]:
        verdict = _denial(target, denier, label, shared, sim, strict=strict, anaphora=anaphora, related=related)
        if verdict:
            return verdict
    if not related:
        return _UNRELATED
    if time_ok:
        verdict = _contradiction(a, b, shared, strict=strict)
        if verdict:
            return verdict
        verdict = _quantity(a, b, shared, sim, strict=strict)
        if verdict:
            return verdict
        if not strict:
            verdict = _negation_mismatch(a, b, sim)
            if verdict:
                return verdict
    return _agreement(a, b, shared, sim, strict=strict)


def _subject_phrase(view: _View, shared: frozenset[str]) -> str:
    if not shared:
        return ""
    best = sorted(shared, key=lambda k: (-len(k.split()), k))[0]
    return f", same subject: {view.names.get(best, best)}"


def _denial(
    target: _View,
    denier: _View,
    label: str,
    shared: frozenset[str],
    sim: float,
    *,
    strict: bool,
    anaphora: bool,
    related: bool = False,
) -> _Verdict | None:
    if target.denials:
        return None  # both deny: they agree
    cues = denier.denials
    if not cues:
        return None
    if any(content_words(_scope(target.f.text, n)) & denier.words for n in target.f.negations):
        return None  # "X is not Y's wife" / "denied that X is Y's wife": both deny
    text = denier.f.text
    for cue in cues:
        obj = _object_after(denier, cue)
        if cue.kind == "weak" and obj is None and not regex.match(r"\s+that\b", text[cue.end : cue.end + 6]):
            continue
        if cue.kind == "verdict" and not _verdict_applies(denier, target, cue):
            continue
        if not strict and cue.end > cue.start and not _clause_about(denier, target, cue):
            continue
        phrase = text[cue.start : obj.end] if obj is not None and cue.start < cue.end <= obj.start else cue.text
        anaphoric = obj is not None and obj.kind == "anaphoric"
        if anaphoric:
            # "those reports" points at one earlier claim (found by compare), not at any.
            if anaphora and (shared or sim > 0):
                score = 0.85 + (0.08 if shared else 0.0)
                return _Verdict(
                    RelationType.CONTESTED,
                    Kind.DENIAL,
                    round(min(score, 0.97), 3),
                    f'{label} ("{_squash(phrase)}"){_subject_phrase(denier, shared)}',
                )
            if strict:
                continue
        if strict:
            # What is denied (the words after the cue) restates the other claim.
            denied = _denied_content(denier, cue)
            common = denied & target.words
            if not (shared and len(common) >= 2 and len(common) >= RESTATEMENT_SIMILARITY * len(denied)):
                continue
        elif not (related or shared or sim > 0):
            continue
        score = 0.6 + 0.3 * min(1.0, 2 * sim) + (0.05 if shared else 0.0)
        return _Verdict(
            RelationType.CONTESTED,
            Kind.DENIAL,
            round(min(score, 0.97), 3),
            f'{label} ("{_squash(phrase)}"){_subject_phrase(denier, shared)}',
        )
    return None


#: Verdicts that qualify the noun after them ("fake passports"): they deny the
#: other statement only when that noun is in it or is a generic word for a story.
ADJECTIVE_VERDICTS = frozenset(
    "fake faked false fabricated bogus phony phoney doctored photoshopped satirical fictional "
    "misleading inaccurate incorrect erroneous exaggerated".split()
)
#: Nouns for a story itself: "fake video", "false rumours".
STORY_NOUNS = frozenset(
    "story stories report reports news video videos photo photos picture pictures image images "
    "claim claims rumor rumors rumour rumours account accounts tweet tweets post posts article "
    "articles headline headlines site website quote quotes letter email emails tape footage "
    "clip account statement".split()
)


def _verdict_applies(denier: _View, target: _View, cue: Cue) -> bool:
    """Does a verdict ("hoax", "fake") judge the other statement?

    Not when it is asked ("Real or hoax?", "Hoax?"), nor when it qualifies
    something else ("caught with fake passports").
    """
    text = denier.f.text
    sentence_end = regex.search(r"[.!?]|$", text[cue.end :])
    if sentence_end and sentence_end.group() == "?":
        return False
    if regex.search(r"\bor\s*$", text[max(0, cue.start - 5) : cue.start], regex.IGNORECASE) or regex.match(
        r"\s+or\b", text[cue.end : cue.end + 4], regex.IGNORECASE
    ):
        return False
    if cue.text.casefold() in ADJECTIVE_VERDICTS:
        nxt = regex.match(r"\s+([\p{L}\-']+)", text[cue.end :])
        if nxt:
            word = nxt.group(1).casefold()
            if word not in FUNCTION_WORDS and word not in STORY_NOUNS and stem(word) not in target.words:
                return False
    return True


def _denied_content(view: _View, cue: Cue) -> frozenset[str]:
    """Content words of what a denial cue denies: the rest of its clause (the whole text for an attribution's cue)."""
    text = view.f.text
    if cue.start == cue.end:
        return view.words
    end = regex.search(r"[.;!?]|$", text[cue.end :])
    return content_words(text[cue.end : cue.end + (end.start() if end else 0)]) - CUE_STEMS


def _object_after(view: _View, cue: Cue) -> Cue | None:
    """A report object at most four words after the cue ("denied those reports")."""
    for obj in view.report_objects:
        if obj.start >= cue.end and len(view.f.text[cue.end : obj.start].split()) <= 4:
            if not regex.search(r"[.;!?]", view.f.text[cue.end : obj.start]):
                return obj
    return None


def _squash(s: str) -> str:
    return " ".join(s.split())


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


def _contradiction(a: _View, b: _View, shared: frozenset[str], *, strict: bool) -> _Verdict | None:
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
                    text = f'a: "{_squash(a.f.text[pa.start : pa.end])}", b: "{_squash(b.f.text[pb.start : pb.end])}" ({why})'
                    best = (score, text + (f", same subject: {who}" if who else _subject_phrase(b, shared)))
    if best is None:
        return None
    return _Verdict(RelationType.CONTESTED, Kind.CONTRADICTION, round(best[0], 3), best[1])


def _place(key: str) -> str:
    return "the " + key[1:] if key.startswith("@") else key.title()


def _quantity(a: _View, b: _View, shared: frozenset[str], sim: float, *, strict: bool) -> _Verdict | None:
    if a.f.modal or b.f.modal:
        return None
    for qa in a.f.quantities:
        for qb in b.f.quantities:
            if not (qa.event and qa.event == qb.event and qa.noun and qa.noun == qb.noun and qa.noun != "them"):
                continue
            if qa.percent != qb.percent or qa.aggregate != qb.aggregate or qa.compatible(qb):
                continue  # a total over a period is no count of one occasion
            # The same occasion: a name or two content words besides the count in common.
            others = (a.words & b.words) - {qa.noun, stem(qa.event), "kill", "die"}
            if strict and not (shared and len(others) >= 1 or len(others) >= 3):
                continue
            if not strict and not (shared or others):
                continue
            lo = max(qa.low, qb.low)
            hi = min(qa.high, qb.high)
            gap = (lo - hi) / lo if lo > 0 else 1.0
            score = 0.55 + 0.25 * min(1.0, gap) + (0.1 if shared else 0.0) + 0.05 * min(1.0, sim * 2)
            return _Verdict(
                RelationType.CONTESTED,
                Kind.QUANTITY,
                round(min(score, 0.95), 3),
                f"a: {_describe(qa)}, b: {_describe(qb)}{_subject_phrase(b, shared)}",
            )
    return None


def _describe(q: Quantity) -> str:
    def num(x: float) -> str:
        return "inf" if math.isinf(x) else (str(int(x)) if x == int(x) else f"{x:g}")

    value = q.text if q.exact else f"{q.text} ({num(q.low)}-{num(q.high)})"
    return f"{value} {q.noun} {q.event}"


def _negation_mismatch(a: _View, b: _View, sim: float) -> _Verdict | None:
    """``b`` negates what ``a`` asserts ("Banksy has not been arrested"; "No, ...")."""
    if not b.f.negations:
        return None
    denied_in_a = frozenset().union(*(content_words(_scope(a.f.text, n)) for n in a.f.negations))
    best: tuple[float, str] | None = None
    for n in b.f.negations:
        if not _negates(b, n):
            continue
        head = _scope(b.f.text, n)
        hit = (content_words(head) - CUE_STEMS) & (a.words - denied_in_a)
        if not hit or not _clause_about(b, a, n):
            continue
        score = 0.6 + 0.3 * min(1.0, 2 * sim)
        if best is None or score > best[0]:
            best = (score, _squash(b.f.text[n.start : n.end] + " " + head))
    if best is None:
        return None
    return _Verdict(
        RelationType.CONTESTED, Kind.CONTRADICTION, round(min(best[0], 0.9), 3), f'b negates a ("{best[1]}")'
    )


def _clause_about(view: _View, other: _View, cue: Cue) -> bool:
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


def _scope(text: str, n: Cue) -> str:
    """The words a negation governs: up to five, to the end of the clause."""
    scope = text[n.end :]
    cut = regex.search(r"[.;:!?,]|\bbut\b", scope)
    scope = scope[: cut.start()] if cut else scope
    return " ".join(scope.split()[:NEGATION_SCOPE])


# A denial cue right after a negation: "not deny", "no hoax", "not a hoax".
DENIAL_AFTER_NEGATION = regex.compile(
    r"\s+(?:(?:a|an|any|the|really|actually|even)\s+)?(?:" + DENIAL.pattern + ")",
    regex.IGNORECASE,
)

#: Negation cues too loose to oppose a whole statement ("without consent").
LOOSE_NEGATIONS = frozenset(["without", "nor", "neither", "none", "nothing", "nobody", "nowhere"])


def _negates(view: _View, n: Cue) -> bool:
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


def _similarity_without_names(a: _View, b: _View) -> float:
    """Similarity of what two statements say, names left out."""
    names = a.name_words | b.name_words
    wa, wb = a.words - names, b.words - names
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / math.sqrt(len(wa) * len(wb))


def _verbatim(a: _View, b: _View) -> bool:
    """Are the two the same text (a quotation or a copied paragraph), word pairs in the same order?"""

    def pairs(text: str) -> set[tuple[str, str]]:
        words = [w.casefold() for w in LETTER_RUN.findall(text)]
        return set(zip(words, words[1:]))

    pa, pb = pairs(a.f.text), pairs(b.f.text)
    if not pa or not pb:
        return False
    return len(pa & pb) / min(len(pa), len(pb)) >= VERBATIM_SIMILARITY


def _conflict(pa: Predicate, pb: Predicate) -> bool:
    if not (pa.subject and pa.subject == pb.subject) or pa.modal or pb.modal:
        return False
    if pa.cls == pb.cls:
        return pa.negated != pb.negated and pa.place == pb.place
    return ANTONYMS.get(frozenset((pa.cls, pb.cls))) is not None and pa.negated == pb.negated


def _agreement(a: _View, b: _View, shared: frozenset[str], sim: float, *, strict: bool) -> _Verdict:
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
        neutral = _Verdict(RelationType.NEUTRAL, None, round(sim, 3), "about the same thing")
        if a.f.modal or b.f.modal or a.f.question or b.f.question or a.f.negated != b.f.negated:
            return neutral
        if min(len(a.words), len(b.words)) < MIN_AGREEMENT_WORDS or _verbatim(a, b):
            return neutral  # a heading, or the same words copied: no independent account
        if any(_conflict(pa, pb) for pa in a.predicates for pb in b.predicates):
            return neutral  # "fled" / "still in": whatever the dates, not the same statement
        # What is said must match, not only who it is about.
        said = _similarity_without_names(a, b)
        strong = (sim >= AGREEMENT_SIMILARITY and said >= AGREEMENT_SIMILARITY and len(shared) >= 1) or (
            same_predicate and len(shared) >= 2 and sim >= 0.2
        )
        if not strong:
            return _Verdict(RelationType.NEUTRAL, None, round(sim, 3), "about the same thing")
        score = min(0.95, 0.45 + 0.6 * sim + (0.15 if same_predicate else 0.0))
        return _Verdict(
            RelationType.CORROBORATED,
            Kind.AGREEMENT,
            round(score, 3),
            f"same statement from independent sources (similarity {sim:.2f}){_subject_phrase(b, shared)}",
        )
    cues = _unendorsed(a, b)
    if cues:
        return _Verdict(
            RelationType.NEUTRAL,
            None,
            round(min(1.0, 0.5 + sim / 2), 3),
            f'b reports a without endorsing it ("{_squash(cues[0])}")',
        )
    score = min(0.95, 0.5 + 0.5 * sim + (0.1 if same_predicate else 0.0))
    return _Verdict(
        RelationType.CORROBORATED,
        Kind.AGREEMENT,
        round(score, 3),
        f"b says what a says (similarity {sim:.2f}){_subject_phrase(b, shared)}",
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


def _unendorsed(a: _View, b: _View) -> list[str]:
    """The cues with which ``b`` reports without vouching: hedges, modals, a question.

    A reporting verb that ``a`` uses too ("says he met God" / "claims God is
    a woman") reports the same saying; a confirmation ("confirms") vouches.
    """
    if any(not _negated_cue(b.f, c) for c in b.f.confirmations):
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


def _qualifies_other(b: _View, a: _View, cue: Cue) -> bool:
    """Is the hedge an adjective of a noun that ``a`` does not mention ("alleged rapist")?"""
    if cue.text.casefold() not in ADJECTIVE_HEDGES:
        return False
    nxt = regex.match(r"\s+([\p{L}\-']+)", b.f.text[cue.end :])
    if not nxt or nxt.group(1).casefold() in FUNCTION_WORDS:
        return False
    return stem(nxt.group(1)) not in a.words


def _asks_about(b: _View, a: _View) -> bool:
    """Is the question in ``b`` about ``a``, not a teaser before a statement ("Comfort eating? Woman spends a week in KFC")?"""
    text = b.f.text
    last = text.rfind("?")
    after = text[last + 1 :]
    if len(after.split()) < 4:
        return True
    asked = content_words(text[: last + 1]) - CUE_STEMS
    told = content_words(after) - CUE_STEMS
    return len(asked & a.words) >= max(2, len(told & a.words))


def _negated_cue(f: Features, cue: Cue) -> bool:
    return any(n.end <= cue.start and len(f.text[n.end : cue.start].split()) <= 3 for n in f.negations)


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
    va, vb = _view(a, aliases), _view(b, aliases)
    v = _judge(va, vb, strict=False, assume_related=assume_related)
    return Relation(v.relation, v.kind, v.score, Side(a), Side(b), v.evidence)


# --------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------


@attrs.frozen
class _Item:
    index: int
    doc: str | None
    doc_index: int
    claim: Claim
    view: _View
    date: datetime.date | None
    side: Side


def compare(
    claims_by_doc: Mapping[str | None, Sequence[Claim] | Document] | Iterable[Document],
    *,
    published: Mapping[str | None, str | None] | None = None,
    max_block: int = 50,
    max_days: int = 30,
    window: int = 3,
    min_score: float = MIN_SCORE,
    stats: Stats | None = None,
) -> list[Relation]:
    """Find contested and corroborated pairs among the claims of many documents.

    Args:
        claims_by_doc: document path -> its claims (or the :class:`Document`),
            or an iterable of documents.  Claims are taken in document order.
        published: document path -> ISO published date, for claims without a
            dated citation (documents given as :class:`Document` bring their own).
        max_block: a blocking key shared by more claims than this is a stop-key.
        max_days: claims further apart in time are not contradictions.
        window: how many claims back an anaphoric denial ("those reports") looks.
        min_score: relations scoring lower are dropped.
        stats: an accumulator that receives counts of what was done.

    Returns:
        Contested and corroborated relations, ordered by the position of ``a``
        then ``b`` (documents in the order given).

    >>> from provenance.model import Claim, Citation, Source
    >>> def claim(n, text, source, date):
    ...     c = Citation(0, 1, source, Source(source), date)
    ...     return Claim(f"d:{n}", 0, len(text), text, (c,))
    >>> rels = compare({"d.txt": [
    ...     claim(1, "Reports emerged that Ruiz had fled Calder", "Kestrel News", "2019-10-08"),
    ...     claim(2, "Ruiz denied those reports", "Twitter/@x", "2019-10-08")]})
    >>> [(str(r.relation), str(r.kind), r.a.claim, r.b.claim) for r in rels]
    [('contested', 'denial', 'd:1', 'd:2')]
    """
    stats = stats if stats is not None else Stats()
    docs = _documents(claims_by_doc, published or {})
    aliases = AliasTable.build(c.text for _, _, claims, _ in docs for c in claims)
    items: list[_Item] = []
    for doc_index, (path, text, claims, pub) in enumerate(docs):
        for claim in claims:
            date = _claim_date(claim, pub)
            view = _claim_view(claim, path, text, aliases)
            side = Side.of_claim(claim, path, date.isoformat() if date else None)
            items.append(_Item(len(items), path, doc_index, claim, view, date, side))
    stats.claims += len(items)

    found: list[tuple[int, int, Relation]] = [(it.index, it.index, r) for it, r in _self_corroborations(items)]

    # Blocking: key -> claims; pairs only within blocks, stop-keys skipped.
    index: dict[str, list[int]] = {}
    for item in items:
        for key in _blocking_keys(item.view):
            index.setdefault(key, []).append(item.index)
    stats.keys += len(index)
    pairs: set[tuple[int, int]] = set()
    for key in sorted(index):
        members = index[key]
        if len(members) > max_block:
            stats.stop_keys.append(key)
            continue
        if len(members) < 2:
            continue
        stats.blocks += 1
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                pairs.add((members[x], members[y]))

    # Anaphoric denials: "those reports" points at the nearest earlier claim sharing a name.
    antecedents = _antecedents(items, window)
    pairs |= set(antecedents)
    stats.comparisons += len(pairs)

    for i, j in sorted(pairs):
        a, b = items[i], items[j]
        same_sentence = (
            a.doc == b.doc
            and a.claim.sentence_end > 0
            and (a.claim.sentence_start, a.claim.sentence_end) == (b.claim.sentence_start, b.claim.sentence_end)
        )
        same_voice = a.doc == b.doc and a.view.sources == b.view.sources
        time_ok = not (a.date and b.date and abs((a.date - b.date).days) > max_days)
        v = _judge(a.view, b.view, strict=True, anaphora=(i, j) in antecedents, time_ok=time_ok)
        if v.relation is RelationType.CONTESTED and same_voice:
            continue
        if v.relation is RelationType.CORROBORATED and (
            same_sentence
            or a.view.sources & b.view.sources
            or (a.doc == b.doc and not (a.claim.citations and b.claim.citations))
        ):
            continue  # a restatement, one source twice, or the article's own background
        if v.relation in (RelationType.CONTESTED, RelationType.CORROBORATED) and v.score >= min_score:
            found.append((i, j, Relation(v.relation, v.kind, v.score, a.side, b.side, v.evidence)))
    found.sort(key=lambda t: (t[0], t[1]))
    return [r for _, _, r in found]


def _documents(claims_by_doc, published: Mapping) -> list[tuple[str | None, str | None, Sequence[Claim], str | None]]:
    out = []
    if isinstance(claims_by_doc, Mapping):
        entries = list(claims_by_doc.items())
    else:
        entries = [(d.path, d) for d in claims_by_doc]
    for path, value in entries:
        if isinstance(value, Document):
            out.append(
                (
                    path if path is not None else value.path,
                    value.text,
                    tuple(value.claims),
                    value.published or published.get(path),
                )
            )
        else:
            out.append((path, None, tuple(value), published.get(path)))
    return out


def _claim_view(claim: Claim, path: str | None, text: str | None, aliases: AliasTable) -> _View:
    speakers, extra, objects = [], [], []
    for e in claim.attributions:
        name = e.speaker or e.source.name
        if name and name.casefold() not in ("he", "she", "they", "it", "i", "we"):
            speakers.append(name)
        if e.stance is Stance.DENY:
            extra.append(Cue(e.cue, 0, 0, "verb"))
            if text is not None and e.cue_end <= e.content_start <= len(text):
                between = text[e.cue_end : e.content_start]
                if regex.search(r"\b(?:reports?|claims?|rumou?rs?|allegations?|it)\b", between, regex.IGNORECASE):
                    # "denied [those reports] and said that ...": the object sits between cue and content.
                    anaphoric = regex.search(r"\b(?:those|these|the|such|this|that|it)\b", between, regex.IGNORECASE)
                    objects.append(Cue(_squash(between), 0, 0, "anaphoric" if anaphoric else ""))
    return _view(
        claim.text,
        aliases,
        speakers=speakers,
        extra_denials=extra,
        extra_objects=objects,
        sources=_source_keys(claim, path),
    )


def _source_names(claim: Claim) -> tuple[str, ...]:
    names = [c.source.name for c in claim.citations]
    if not names:
        names = [a.via or a.source.name for a in claim.attributions]
    return tuple(dict.fromkeys(names))


def _source_keys(claim: Claim, path: str | None) -> frozenset[str]:
    keys = {c.source.key for c in claim.citations}
    for a in claim.attributions:
        keys.add(a.source.key)
        if a.via:
            keys.add(source_key(a.via))
    return frozenset(keys) if keys else frozenset({f"doc:{path}"})


def _blocking_keys(view: _View) -> set[str]:
    return set(view.keys) | {q.blocking_key for q in view.f.quantities if q.blocking_key}


def _antecedents(items: list[_Item], window: int) -> set[tuple[int, int]]:
    """``(a, b)`` pairs where ``b`` denies "those reports" and ``a`` is the nearest earlier claim sharing a name."""
    out = set()
    for b in items:
        if not b.view.denials or not b.view.report_objects:
            continue
        if not any(_object_after(b.view, c) or c.start == c.end for c in b.view.denials):
            continue
        for k in range(b.index - 1, max(-1, b.index - 1 - window), -1):
            a = items[k]
            if a.doc != b.doc or a.claim.article != b.claim.article:
                break
            if a.view.keys & b.view.keys:
                out.add((a.index, b.index))
                break
    return out


def _self_corroborations(items: list[_Item]) -> list[tuple[_Item, Relation]]:
    """A claim citing two independent sources at once corroborates itself."""
    out = []
    for it in items:
        by_key: dict[str, str] = {}
        for c in it.claim.citations:
            by_key.setdefault(c.source.key, c.source.name)
        if len(by_key) < 2:
            continue
        names = list(by_key.values())
        a = attrs.evolve(it.side, sources=(names[0],))
        b = attrs.evolve(it.side, sources=tuple(names[1:]))
        out.append(
            (
                it,
                Relation(
                    RelationType.CORROBORATED,
                    Kind.AGREEMENT,
                    0.8,
                    a,
                    b,
                    f"one claim, independent sources: {'; '.join(names)}",
                ),
            )
        )
    return out


def _claim_date(claim: Claim, published: str | None) -> datetime.date | None:
    for c in claim.citations:
        d = _to_date(c.date, published)
        if d:
            return d
    return _to_date(published, None)


def _to_date(iso: str | None, published: str | None) -> datetime.date | None:
    if not iso:
        return None
    if iso.startswith("--"):
        if not published or not regex.match(r"\d{4}", published):
            return None
        iso = published[:4] + iso[1:]
    m = regex.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))
    except ValueError:
        return None
