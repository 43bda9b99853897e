"""Denial: one statement denies the other (a denial cue whose object is the other statement)."""

from __future__ import annotations


import regex

from provenance.features.cues import Cue
from provenance.features.text import content_words, stem
from provenance.features.words import (
    FUNCTION_WORDS,
)
from provenance.compare.statement import (
    CUE_STEMS,
    RESTATEMENT_SIMILARITY,
    Statement,
    Verdict,
    clause_about,
    negation_scope,
    squash,
    subject_phrase,
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
    if any(content_words(negation_scope(target.f.text, n)) & denier.words for n in target.f.negations):
        return None  # "X is not Y's wife" / "denied that X is Y's wife": both deny
    text = denier.f.text
    for cue in cues:
        obj = object_after(denier, cue)
        if cue.kind == "weak" and obj is None and not regex.match(r"\s+that\b", text[cue.end : cue.end + 6]):
            continue
        if cue.kind == "verdict" and not _verdict_applies(denier, target, cue):
            continue
        if not strict and cue.end > cue.start and not clause_about(denier, target, cue):
            continue
        phrase = text[cue.start : obj.end] if obj is not None and cue.start < cue.end <= obj.start else cue.text
        anaphoric = obj is not None and obj.kind == "anaphoric"
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
            if word not in FUNCTION_WORDS and word not in STORY_NOUNS and stem(word) not in target.words:
                return False
    return True


def _denied_content(view: Statement, cue: Cue) -> frozenset[str]:
    """Content words of what a denial cue denies: the rest of its clause (the whole text for an attribution's cue)."""
    text = view.f.text
    if cue.start == cue.end:
        return view.words
    end = regex.search(r"[.;!?]|$", text[cue.end :])
    return content_words(text[cue.end : cue.end + (end.start() if end else 0)]) - CUE_STEMS


def object_after(view: Statement, cue: Cue) -> Cue | None:
    """A report object at most four words after the cue ("denied those reports")."""
    for obj in view.report_objects:
        if obj.start >= cue.end and len(view.f.text[cue.end : obj.start].split()) <= 4:
            if not regex.search(r"[.;!?]", view.f.text[cue.end : obj.start]):
                return obj
    return None
