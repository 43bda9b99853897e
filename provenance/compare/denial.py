"""Denial: one statement denies the other (a denial cue whose object is the other statement)."""

from __future__ import annotations

import functools

import regex

from provenance.compare.attachment import ADJECTIVE_VERDICTS, STORY_NOUNS
from provenance.compare.clauses import FUNCTION_WORD, Target
from provenance.compare.keys import content_keys, word_key
from provenance.compare.statement import (
    CUE_STEMS,
    LONG_STATEMENT,
    RESTATEMENT_SIMILARITY,
    Statement,
    Verdict,
    clause_about,
    common_names,
    keys_meet,
    negation_scope,
    squash,
    subject_phrase,
)
from provenance.compare.verdicts import answers_report
from provenance.features.cues import Cue, CueKind
from provenance.features.text import fold, stem
from provenance.features.words import (
    FUNCTION_WORDS,
)
from provenance.model import Kind, RelationType


def denial(
    target: Statement,
    denier: Statement,
    label: str,
    shared: frozenset[str],
    sim: float,
    *,
    strict: bool,
    anaphora: bool,
    related: bool = False,
) -> Verdict | None:
    if target.denials:
        return None  # both deny: they agree
    cues = denier.denials
    if not cues:
        return None
    if any(content_keys(negation_scope(target.f.text, n)) & denier.words for n in target.f.negations):
        return None  # "X is not Y's wife" / "denied that X is Y's wife": both deny
    text = denier.f.text
    for cue in cues:
        obj = object_after(denier, cue)
        if cue.kind == CueKind.WEAK and obj is None and not regex.match(r"\s+that\b", text[cue.end : cue.end + 6]):
            continue
        if cue.kind == CueKind.VERDICT and not _verdict_applies(denier, target, cue):
            continue
        if not strict and cue.end > cue.start and not clause_about(denier, target, cue):
            continue
        phrase = text[cue.start : obj.end] if obj is not None and cue.start < cue.end <= obj.start else cue.text
        anaphoric = obj is not None and obj.kind == CueKind.ANAPHORIC
        if anaphoric:
            # "those reports" points at one earlier claim (found by compare), not at any.
            if anaphora and (shared or sim > 0):
                score = 0.85 + (0.08 if shared else 0.0)
                return Verdict(
                    RelationType.CONTESTED,
                    Kind.DENIAL,
                    round(min(score, 0.97), 3),
                    f'{label} ("{squash(phrase)}"){subject_phrase(denier, shared)}',
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
        return Verdict(
            RelationType.CONTESTED,
            Kind.DENIAL,
            round(min(score, 0.97), 3),
            f'{label} ("{squash(phrase)}"){subject_phrase(denier, shared)}',
        )
    return None


def _verdict_applies(denier: Statement, target: Statement, cue: Cue) -> bool:
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
            if word not in FUNCTION_WORDS and word not in STORY_NOUNS and word_key(stem(word)) not in target.words:
                return False
    return True


def _denied_content(view: Statement, cue: Cue) -> frozenset[str]:
    """Content words of what a denial cue denies: the rest of its clause (the whole text for an attribution's cue)."""
    text = view.f.text
    if cue.start == cue.end:
        return view.words
    end = regex.search(r"[.;!?]|$", text[cue.end :])
    return content_keys(text[cue.end : cue.end + (end.start() if end else 0)]) - CUE_STEMS


def object_after(view: Statement, cue: Cue) -> Cue | None:
    """A report object at most four words after the cue ("denied those reports")."""
    for obj in view.report_objects:
        between = view.f.text[cue.end : obj.start]
        if obj.start >= cue.end and len(between.split()) <= 4 and not regex.search(r"[.;!?]", between):
            return obj
    return None


# --------------------------------------------------------------------------
# Claims of documents: a denial needs a target
# --------------------------------------------------------------------------

#: Share of what a target says (names aside) the other statement must restate.
TARGET_COVERAGE = 1 / 3
#: The score of a denial by the kind of evidence, calibrated on the judged sample of real
#: articles (``bench/judged_relations.jsonl``): each is about the share of such relations a
#: reader judged right.  "Restated": the other claim restates at least :data:`WELL_RESTATED`
#: of what the target says; "report": the other claim is attributed, cited or hedged (a
#: report is what a denial answers); "negated": it carries a negation of its own, and often
#: turns out to say the same as the denial.
DENIAL_SCORES = {
    "restated, report": 0.85,  # 44/52 judged right; 61/71 with the relations judged since
    "restated": 0.8,  # 32/38; 32/42 with the relations judged since
    "anaphoric": 0.7,  # 11/16: "denied those reports" and the claim before it
    "short": 0.65,  # a headline restating part of a short target (headline corpus)
    "negated": 0.5,  # 4/9
}
#: Share of a target's words the other claim must restate to count as restating it well.
WELL_RESTATED = 0.6


def _negated_in(view: Statement, words: frozenset[str]) -> bool:
    """Do the words fall under one of the statement's verbal negations ("she is not suspended")?"""
    text = view.f.text
    return any(content_keys(text[s:e]) & words for s, e in view.negated)


def _restates(t: Target, other: Statement, denier: Statement, shared: frozenset[str]) -> frozenset[str] | None:
    """The words of target ``t`` that ``other`` restates, when it restates enough of it.

    Besides the names both statements share, a third of what the target says
    must be restated (one word at least, two words in all), and the names must
    agree: a name of the target in ``other`` (unless either is written in
    title case, where names run into the words around them), and no two
    different people where both name someone.
    """
    names = content_keys(" ".join(common_names(denier.keys, other.keys)))  # keyed as the words are
    said = t.words - names
    common = t.words & other.words
    common_said = said & other.words
    if t.head and t.head not in other.words and not (t.kind == "clause" and _paraphrased(common_said, said)):
        return None  # a negation denies only a statement of what it negates
    if len(common) < 2 or not common_said or len(common_said) < TARGET_COVERAGE * len(said):
        return None
    if common_said <= report_modifiers(other.f.text):
        return None  # "fired over the Iraq helicopter story": it names the story, it does not tell it
    if len(other.f.text.split()) > LONG_STATEMENT and (len(common_said) < 2 or len(common_said) < 0.5 * len(said)):
        return None  # a body sentence says many things: it must restate more of what is denied
    title = denier.title_case or other.title_case
    if t.keys and not title and not keys_meet(t.keys, other.keys):
        return None  # the denied span names someone the other statement does not
    if not names and (len(common_said) < 3 or len(common_said) < 0.5 * len(said)):
        return None  # nothing named in common: what is said must match the more
    if denier.persons and other.persons and not keys_meet(denier.persons, other.persons):
        return None  # two different people
    if _surname_only(denier, other):
        return None  # "Judd Nelson" against a bare "Nelson" that names two people in the texts: who is meant?
    if _hypothetical(other, common_said):
        return None
    return common


# A report noun and the words of a compound before it, which say what the report is about
# (at most three, no function word): "over the Iraq helicopter story", "the stolen Batmobile rumor".
# Not before a colon and a clause, where a label names the report and the rest of the line tells it
# (a colon and one word is a source's tag: "Iraq Helicopter Story: Report").
REPORT_COMPOUND = regex.compile(
    r"""
    (?P<compound>(?:(?!(?:{function})\s)[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*\s+){1,3})
    (?:stor(?:y|ies)|rumou?rs?|reports?|claims?|allegations?|tales?)\b
    (?!\s*:\s*[\p{L}\p{N}'\-]+\s+\S)  # "NHL expansion rumors: Las Vegas gets a team": a label, the rumour told after it
    """.replace("{function}", FUNCTION_WORD),
    regex.VERBOSE | regex.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)  # the same claims meet many denials
def report_modifiers(text: str) -> frozenset[str]:
    """Content keys of the words that modify a report noun ("Iraq helicopter" of "the Iraq helicopter story").

    A claim that restates only these names a report, it does not assert what the report says.
    """
    folded = fold(text)
    return frozenset().union(*(content_keys(m.group("compound")) for m in REPORT_COMPOUND.finditer(folded)))


def _paraphrased(common_said: frozenset[str], said: frozenset[str]) -> bool:
    """Does the other claim restate most of a denied clause but its predicate (said in other words)?

    "No, a spider didn't crawl through a man's body for days" and "spider burrows under a man's
    skin, lives there for days": two words and half of what is said, the verb aside.
    """
    return len(common_said) >= 2 and len(common_said) >= 0.5 * len(said)


def _surname_only(denier: Statement, other: Statement) -> bool:
    """Does ``other`` name someone of the denial only by a surname two people share in the texts?"""
    return any(
        f" {a} " in f" {p} " and not keys_meet(frozenset({p}), other.persons)
        for p in denier.persons - denier.ambiguous
        for a in other.ambiguous
    )


# A condition or a wish before what a statement says: it asserts nothing.
#   "If only a bird really did ..." "What if the mayor resigned"
CONDITION = regex.compile(r"\b(?:if|unless|whether|suppose|supposing|imagine)\b", regex.IGNORECASE)


def _hypothetical(view: Statement, words: frozenset[str]) -> bool:
    """Are these words of the statement said under a condition ("if only ...")?"""
    text = view.f.text
    first = min(
        (m.start() for m in regex.finditer(r"[\p{L}']+", text) if word_key(stem(m.group())) in words), default=None
    )
    if first is None:
        return False
    start = max((m.end() for m in regex.finditer(r"[.;!?:]\s", text[:first])), default=0)
    return CONDITION.search(text, start, first) is not None


def denial_of(
    target: Statement, denier: Statement, label: str, shared: frozenset[str], *, anaphora: bool
) -> Verdict | None:
    """Does ``denier`` deny what ``target`` asserts?  The denied span must restate ``target``.

    Returns a contested verdict, a neutral one when both say the same thing
    (both deny it, or ``target`` negates what ``denier`` denies), or None.
    """
    if not denier.targets:
        return None
    if target.targets or target.f.denials or answers_report(target.f.text):
        # "..., despite government claims that it agreed a truce": a line that answers a report sides with its denial
        return Verdict(RelationType.NEUTRAL, None, 0.0, "both deny or doubt it")
    text = denier.f.text
    for t in denier.targets:
        phrase = squash(text[t.cue.start : t.end] if t.cue.end > t.cue.start and t.end > t.cue.start else t.cue.text)
        if t.kind == "anaphoric":
            if anaphora:
                return Verdict(
                    RelationType.CONTESTED,
                    Kind.DENIAL,
                    DENIAL_SCORES["anaphoric"],
                    f'{label} ("{phrase}"){subject_phrase(denier, shared)}',
                )
            continue
        common = _restates(t, target, denier, shared)
        by = frozenset(t.by) & target.speakers
        if common is None and not (by and anaphora):
            continue
        if common is not None and _negated_in(target, common) != t.negated:
            return Verdict(RelationType.NEUTRAL, None, 0.0, "both say it is not so")
        coverage = len(common) / len(t.words) if common else 0.0
        if target.negated:
            score = DENIAL_SCORES["negated"]
        elif coverage >= WELL_RESTATED:
            reported = bool(target.sources - {k for k in target.sources if k.startswith("doc:")} or target.f.hedges)
            score = DENIAL_SCORES["restated, report" if reported else "restated"]
        elif len(target.f.text.split()) <= LONG_STATEMENT:
            score = DENIAL_SCORES["short"]
        else:
            continue  # a body sentence restating little of the target: mostly about something else
        if t.kind == "negation":
            # "Ruiz was not arrested" against "Ruiz was arrested": one predicate asserted and negated.
            said = "b negates a" if label.startswith("b") else "a negates b"
            return Verdict(
                RelationType.CONTESTED,
                Kind.CONTRADICTION,
                score,
                f'{said} ("{phrase}"){subject_phrase(denier, shared)}',
            )
        return Verdict(
            RelationType.CONTESTED,
            Kind.DENIAL,
            score,
            f'{label} ("{phrase}"){subject_phrase(denier, shared)}',
        )
    return None
