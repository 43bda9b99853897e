"""Answered questions: a yes-no question answered in the negative denies what it asks ("Ruiz dead? Another hoax")."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from provenance.compare.clauses import Target, clause_start, has_negation, span_target
from provenance.features import Features
from provenance.features.cues import Cue, CueKind

# A yes-no question and what follows it: "Ruiz dead? Another hoax", "Did Acme close? Probably not."
# (A question asked with a question word is no yes-no question: "No" does not answer it.)
#   "Ruiz dead? Another hoax." -> question "Ruiz dead", answer "Another hoax."
QUESTION_THEN_ANSWER = regex.compile(
    r"""
    (?P<question>[^.!?]*[\p{L}\p{N}][^.!?]*)\?+["'\u201d\u2019)\]]*\s+
    (?=[^?]*[\p{L}][^?]*$)   # the answer: the rest of the text, no question itself
    """,
    regex.VERBOSE,
)
# A question word that opens a question no "no" answers: "How did ...?", "Why is ...?".
WH_QUESTION = regex.compile(r"\W*(?:\w+\s*:\s*)?(?:who|whom|whose|what|when|where|why|how|which)\b", regex.IGNORECASE)
# An answer that opens with "no" or a hedged "not": "No.", "Nope, the story is fake", "Probably not."
NO_ANSWER_OPENING = regex.compile(
    r"\s*(?:no|nope|nah|not\s+(?:really|quite|true|so)|(?:probably|most\s+likely|almost\s+certainly|likely)\s+not)"
    r"(?=\s*(?:[.,;:!\-\u2013\u2014]|$))",  # an interjection: "No word yet" is no answer
    regex.IGNORECASE,
)


def answered_questions(f: Features, cues: Sequence[Cue], out: list[Target]) -> list[Target]:
    """A yes-no question answered in the negative denies what it asks: its target is the question's content.

    "Ruiz dead? Another hoax.", "Did Acme close the plant? Probably not.",
    "Acme to close the plant? Nope, the story is fake.": the answer's "no",
    or a verdict in it that names no narrower target ("another hoax", "it is
    fake", "the story is fake"), denies the proposition asked.  Not when the
    question asks about a verdict or a negation ("Was it a hoax? No." affirms
    it), nor a question asked with a question word, nor an answer that is no
    denial ("Ruiz dead? Fans wait for news.").
    """
    m = next(reversed(list(QUESTION_THEN_ANSWER.finditer(f.text))), None)  # the last question
    if m is None:
        return out
    text = f.text
    q_start, q_end, a_start = m.start("question"), m.end("question"), m.end()
    q_start = max(q_start, clause_start(text, q_end))
    if WH_QUESTION.match(text, q_start) or any(q_start <= c.start < q_end for c in cues):
        return out  # "How did ...?", "Was it a hoax?": no "no" denies what is asked
    if has_negation(text, q_start, q_end):
        return out  # "Didn't Ruiz resign? No.": the polarity of the answer is unclear
    opening = NO_ANSWER_OPENING.match(text, a_start)
    bare = [t for t in out if t.cue.start >= a_start and t.kind in ("anaphoric", "statement")]
    if opening is None and not bare:
        return out
    if opening is not None:
        first = a_start + len(opening.group()) - len(opening.group().lstrip())
        cue = Cue(text[first : opening.end()], first, opening.end(), CueKind.VERDICT)  # "No", "Probably not"
    else:
        cue = bare[0].cue  # "Another hoax", "It's fake"
    asked = span_target(cue, "question", f, q_start, q_end)
    if asked is None or not asked.words:
        return out
    kept = [t for t in out if t not in bare]
    return [attrs.evolve(asked, negated=False), *kept]


# A statement that corrects itself: a label of an update, then a "no" or a verdict that ends it
# (what was said is all the text before the label).
#   "The Batmobile might have been stolen in Detroit UPDATE: Nope." -> said "The Batmobile ... Detroit"
CORRECTED_BY_UPDATE = regex.compile(
    r"""
    [\s(\[\-\u2013\u2014]*
    \b(?:update[ds]?|correction|edit|editor'?s\ note)\s*[:\-\u2013\u2014]\s*  # "UPDATE:", "Correction -"
    (?P<answer>no|nope|nah|not\ (?:true|so|really|quite)|false|untrue|wrong|fake|a\ hoax
       |(?:it's|it\ is|it\ was|this\ is|that's)\ (?:not\ true|false|fake|a\ hoax))
    [\s.!)\]]*\Z                                                                # nothing after it
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An update label that continues the sentence with its negation: the sentence, negated.
#   "Paul Rudd was UPDATE: not one of the heroes" -> said "Paul Rudd was", rest "one of the heroes"
CORRECTED_NEGATION = regex.compile(
    r"\s+\b(?:update[ds]?|correction)\s*:\s*(?P<answer>not|never)\s+",  # "UPDATE: Not"
    regex.IGNORECASE,
)
# A statement answered by a "no" and a negated auxiliary at its end: the writer takes it back.
#   "Paul Rudd was one of the heroes. No he wasn't." -> said "Paul Rudd was one of the heroes"
TRAILING_NO = regex.compile(
    r"""
    [\s.,!;:\-\u2013\u2014]+
    (?P<answer>(?:no|nope|nah)[,.!]?\s+(?:he|she|it|they|we|i|you|this|that|there)\s+
      (?:wasn't|weren't|isn't|aren't|didn't|doesn't|don't|hasn't|haven't|won't|can't|ain't
         |(?:was|were|is|are|did|does|do|has|have|will|can)\s+not))
    [\s.!]*\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Characters at most of a correction at the end of a statement (its label and answer).
CORRECTION_REACH = 80
# A letter: what was said must hold one.
LETTER = regex.compile(r"\p{L}")


def corrections(f: Features, out: list[Target]) -> list[Target]:
    """A statement that takes back what it said denies it: the target is what it said (kind ``corrected``).

    Headlines correct themselves in place: "The Batmobile might have been stolen
    in Detroit UPDATE: Nope.", "Ruiz was one of the heroes No he wasn't.",
    "Ruiz was UPDATE: Not one of the heroes".  Not a question ("Was it
    stolen? UPDATE: No" is an answered question), nor an update that adds
    news ("UPDATE: police say ...").

    >>> from provenance.features import features
    >>> f = features("The mayor may have resigned UPDATE: Nope.")
    >>> [(t.kind, f.text[t.start : t.end]) for t in corrections(f, [])]
    [('corrected', 'The mayor may have resigned')]
    """
    text = f.text
    tail = max(0, len(text) - CORRECTION_REACH)
    m = CORRECTED_BY_UPDATE.search(text, tail) or TRAILING_NO.search(text, tail)
    negated = CORRECTED_NEGATION.search(text) if m is None else None
    hit = m or negated
    if hit is None or "?" in text[: hit.start()] or not LETTER.search(text, 0, hit.start()):
        return out
    if negated is not None and ("?" in text[negated.end() :] or not LETTER.search(text, negated.end())):
        return out
    cue = Cue(text[hit.start("answer") : hit.end("answer")], hit.start("answer"), hit.end("answer"), CueKind.VERDICT)
    said = span_target(cue, "corrected", f, 0, hit.start())
    if said is None:
        return out
    words = said.words
    if negated is not None:
        rest = span_target(cue, "corrected", f, negated.end(), len(text.rstrip(" .!")))
        if rest is None:
            return out
        said = attrs.evolve(said, end=rest.end)  # the sentence the update negates, label and all
        words = words | rest.words
    if not words:
        return out
    kept = [t for t in out if t.cue.start < cue.start]  # what the answer's own cues say is the correction's
    return [*kept, attrs.evolve(said, words=words, negated=False)]
