"""Clauses of a statement and the span a denial targets: where a clause starts and ends, whether it
is asked or said under a condition, whether a negation in it negates, and :class:`Target`.

The helpers the readers of denials (:mod:`provenance.compare.propositions`,
:mod:`provenance.compare.verdicts`, :mod:`provenance.compare.answered`,
:mod:`provenance.compare.negation_targets`) and of negated predicates
(:mod:`provenance.compare.negation`) share.
"""

from __future__ import annotations

import functools

import attrs
import regex

from provenance.compare.keys import CUE_STEMS, LIGHT_KEYS, REPORT_WORDS, SAYING_WORDS, content_keys, verb_key, word_key
from provenance.features import Features
from provenance.features.cues import DENIAL, NEGATION_IDIOM, Cue
from provenance.features.text import fold, stem
from provenance.features.words import FUNCTION_WORDS

#: Statements of at most this many words (headlines, short claims) may be
#: denied as a whole when a verdict names no narrower target ("Ruiz dead? Another hoax").
SHORT_STATEMENT = 16

# The end of a clause: a sentence or clause mark, or a conjunction that starts
# another clause with its own verb ("and said", ", saying", "but").
#   "denied those reports and claimed that he remained" -> cut before "and claimed"
CLAUSE_END = regex.compile(
    r"""
    (?<!\b\p{Lu}\.\p{Lu})[.;!?:]\s | [.;!?]$ | \s[-\u2013\u2014]+\s  # not "U.S. Border Patrol": an initialism ...
    | (?<=\b\p{Lu}\.\p{Lu})\.\s(?=(?:he|she|it|they|we|i|you|the|a|an|this|that|these|those|there|his|her|their|its|
                                     but|and|in|on|at|after|when)\s)  # ... unless a sentence opens after it
    | \s(?:and|but|while|although|though|whereas)\s+(?:(?:also|later|then)\s+)?
      (?:said|says|told|tells|added|adds|insisted|insists|claimed|claims|stressed|explained|noted|
         argued|maintained|called|described|accused|urged|vowed|pledged)\b
    | ,\s*(?:saying|adding|insisting|claiming|stressing|explaining|noting|calling)\b
    | \sbut\s | ,\s*(?:while|although|though|whereas)\s
    | ,\s*(?:[\w'\-]+\s+){0,5}?(?:said|says|told|tells|reported|reports|added|adds|claimed|claims)\b  # ", sources said"
    | ,\s*according\s+to\b
    | \sas\s+(?:(?:a|an|the|completely|totally|entirely|largely)\s+)*(?={denial})  # "dismissed ... as false"
    """.replace("{denial}", DENIAL.pattern),
    regex.VERBOSE | regex.IGNORECASE,
)

# An alternative or a withheld answer around a cue: "real or hoax", "would not
# confirm or deny", "neither confirmed nor denied".
#   "would not confirm or deny" -> "or " before "deny"
ALTERNATIVE_BEFORE = regex.compile(r"(?:\bor|\bnor|\bwhether)\s+(?:(?:not|to)\s+)?\Z", regex.IGNORECASE)
ALTERNATIVE_AFTER = regex.compile(r"\A\s*(?:or|nor)\b", regex.IGNORECASE)

# Negations that open a negated predicate, with the implicatives that work the same way.
#   "was not arrested" "didn't receive" "never left" "failed to receive" "no longer works"
VERBAL_NEGATION = regex.compile(
    r"""
    (?<![\w'])(?:not|never|cannot|no\ longer|failed\ to|fails\ to|refused\ to|refuses\ to)(?!\w)
    | (?<=\w)n't(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words skipped between a negation and the predicate it negates.
#   "has not yet been formally charged" -> "charged"
SKIPPED_AFTER_NEGATION = frozenset(
    """
    be been being is are was were am have has had do does did to yet ever even actually really currently
    officially formally publicly personally always necessarily so as also still quite entirely fully
    a an the any just only immediately
    """.split()
)

# An adverb in -ly, skipped between a negation and what it negates ("cannot independently verify").
ADVERB = regex.compile(r"[\p{L}]{3,}ly", regex.IGNORECASE)
# A condition: what follows it in its clause is not said to be so.
#   "if the demands were not met" "unless they were met" "whether he had left"
CONDITION = regex.compile(r"\b(?:if|unless|whether|suppose|supposing|imagine|in\s+case)\b", regex.IGNORECASE)

# A run of letters (a word), for walking the words of a clause.
WORD_RUN = regex.compile(r"[\p{L}][\p{L}\p{N}'\-]*")
# The function words as one alternation, longest first, for patterns of the words of a noun compound
# ("(?!(?:FUNCTION_WORD)\s)": a word that is not one): "the Iraq helicopter story", "false Batmobile theft".
FUNCTION_WORD = "|".join(sorted((regex.escape(w) for w in FUNCTION_WORDS), key=len, reverse=True))


@attrs.frozen
class Target:
    """What a denial cue denies: a span of the statement, and what it says."""

    cue: Cue
    """The denial cue (``denied``, ``hoax``; offsets 0-0 for an attribution's cue)."""
    kind: str
    """``clause``, ``object``, ``anaphoric`` (points back: "those reports"), ``subject``
    (what a verdict judges), ``statement`` (a short statement denied as a whole),
    ``negation`` (what a short statement flatly negates: "Ruiz has not resigned") or
    ``question`` (what a yes-no question answered in the negative asks: "Ruiz dead? Another hoax") or
    ``state`` (what a short statement's present state of someone denies: "Ruiz says she is safe",
    see :mod:`provenance.compare.state_targets`) or ``corrected`` (what a statement takes back
    in place: "The Batmobile was stolen UPDATE: Nope", see :mod:`provenance.compare.answered`)."""
    start: int
    """Offset of the denied span in the statement."""
    end: int
    """Offset one past its end."""
    words: frozenset[str]
    """Content-word stems of the denied span, cue and report words left out."""
    negated: bool = False
    """The denied span holds a negation ("denied that she was not paid")."""
    by: tuple[str, ...] = ()
    """Keys of the names whose report is denied ("esquire" in "Esquire's story", "ruiz" in "claims by Ruiz")."""
    keys: frozenset[str] = frozenset()
    """Canonical keys of the entities in the denied span (set by the statement, which knows the aliases)."""
    head: str = ""
    """For a negation, the :func:`word_key` of the word it negates ("arrested" in "has not been arrested"):
    the other statement must say it ("not a U.S.-only launch" does not deny "the launch")."""


def clause_end(text: str, pos: int) -> int:
    """Where the clause running at ``pos`` ends (see :data:`CLAUSE_END`)."""
    m = CLAUSE_END.search(folded_text(text), pos)
    return m.start() if m else len(text.rstrip())


def clause_start(text: str, pos: int) -> int:
    """Where the clause running at ``pos`` starts: after the last sentence or clause mark before it.

    A clause is looked for at most :data:`CLAUSE_REACH` characters back.
    """
    folded = folded_text(text)
    floor = max(0, pos - CLAUSE_REACH)
    best = floor
    for m in CLAUSE_MARK.finditer(folded, floor, pos):
        best = m.end()
    return best


#: Characters at most that a clause runs back from a word.
CLAUSE_REACH = 600
# A mark that starts a clause after it.
CLAUSE_MARK = regex.compile(r"[.;!?:](?:\s|$)|\s[-\u2013\u2014]+\s|\bbut\s")

#: The folded copy of the last texts looked at (the helpers above are called many times per statement).
folded_text = functools.lru_cache(maxsize=64)(fold)


def conditional(text: str, pos: int) -> bool:
    """Is the word at ``pos`` said under a condition in its clause ("if ...", "unless ...")?"""
    return CONDITION.search(folded_text(text), clause_start(text, pos), pos) is not None


def target_words(text: str, start: int, end: int) -> frozenset[str]:
    return content_keys(text[start:end]) - CUE_STEMS - REPORT_WORDS - SAYING_WORDS


# A denial cue right after a negation, which it cancels: "not a hoax", "never denied".
NEGATED_DENIAL = regex.compile(
    r"\s+(?:(?:a|an|any|the|really|actually|even|be|been)\s+)?(?:" + DENIAL.pattern + ")", regex.IGNORECASE
)


def has_negation(text: str, start: int, end: int) -> bool:
    return any(negates_here(text, m) for m in VERBAL_NEGATION.finditer(folded_text(text), start, end))


def negates_here(text: str, m: regex.Match) -> bool:
    """Is this verbal negation a denial of what follows (not "not only", "not a hoax")?"""
    folded = folded_text(text)
    if NEGATION_IDIOM.match(folded, m.start()):
        return False
    return not NEGATED_DENIAL.match(folded, m.end())


def is_question(text: str, pos: int) -> bool:
    """Does the sentence running at ``pos`` end with a question mark (within :data:`CLAUSE_REACH` characters)?

    Not a statement that a follow-up question ends: "Ruiz didn't resign, so why did she go?"
    """
    end = SENTENCE_END.search(text, pos, pos + CLAUSE_REACH)
    if not (end and end.group().startswith("?")):
        return False
    follow_up = FOLLOW_UP_QUESTION.search(text, pos, end.end())
    if follow_up is None or follow_up.start() <= pos or "?" in text[pos : follow_up.start()]:
        return True
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, pos)), default=0)
    return QUESTION_OPENING.match(text, start) is not None  # "Was it a hoax, and why did it spread?"


# The end of a sentence.
SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")

# A question that follows up a statement in its own sentence, opened by a conjunction and a
# question word: the question mark is the follow-up's, the statement before it stands.
#   "Ruiz didn't resign to avoid a scandal, so why did she go?" -> ", so why did she go?"
FOLLOW_UP_QUESTION = regex.compile(
    r"(?:,\s*|\s+)(?:so|but|and|then)\s+(?:who|what|why|how|where|when|which)\b[^.!?]*\?+[\"'\u201d\u2019)]*\s*\Z",
    regex.IGNORECASE,
)

# A sentence that opens as a question: an auxiliary or a question word first.
#   "Was the video a hoax, and why did it spread?" -> "Was"
QUESTION_OPENING = regex.compile(
    r"""\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|
           isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hasn't|haven't|won't|
           who|whom|whose|what|when|where|why|how|which)\b""",
    regex.VERBOSE | regex.IGNORECASE,
)


def follow_up_question(text: str) -> int:
    """Where a follow-up question at the end of the text starts ("..., so what did she do?"); else its length.

    >>> text = "The mayor didn't resign over the audit, so why did she go?"
    >>> text[: follow_up_question(text)]
    "The mayor didn't resign over the audit"
    """
    m = FOLLOW_UP_QUESTION.search(text, max(0, len(text) - CLAUSE_REACH))
    if m is None or m.start() == 0 or "?" in text[: m.start()] or QUESTION_OPENING.match(text):
        return len(text)
    return m.start()


def span_target(cue: Cue, kind: str, f: Features, start: int, end: int, by: tuple[str, ...] = ()) -> Target | None:
    """The target of ``cue`` over ``[start, end)`` of the statement, spaces and closing marks trimmed; None if empty."""
    text = f.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,\"'\u201d\u2019":
        end -= 1
    if end <= start:
        return None
    head = negated_head(text, start, end) if kind == "clause" else ""
    return Target(cue, kind, start, end, target_words(text, start, end), has_negation(text, start, end), by, head=head)


def negated_head(text: str, start: int, end: int) -> str:
    """The :func:`word_key` of the word the first verbal negation in ``[start, end)`` negates, else "".

    A denied clause that holds a negation denies that predicate: the other
    statement must say it ("No, militants have not been caught" is about a catch).
    """
    folded = folded_text(text)
    for m in VERBAL_NEGATION.finditer(folded, start, end):
        if not negates_here(text, m):
            continue
        if INNER_CLAUSE.search(folded, start, m.start()):
            return ""  # "denies taking a selfie as she says she will not comment": another clause's negation
        for w in WORD_RUN.finditer(folded, m.end(), end):
            if w.group().casefold() not in SKIPPED_AFTER_NEGATION and not ADVERB.fullmatch(w.group()):
                light = verb_key(w.group()) in LIGHT_KEYS  # "will not comment": no predicate to restate
                return "" if light else word_key(stem(w.group()))
        return ""
    return ""


# A word that opens a clause of its own inside a denied span: a negation after it is that clause's.
#   "taking a selfie as she releases a statement saying she will not comment"
INNER_CLAUSE = regex.compile(
    r"\b(?:as|saying|while|after|before|because|since|when|if|unless|which|who|where|so)\b", regex.IGNORECASE
)
