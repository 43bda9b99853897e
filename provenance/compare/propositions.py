"""The proposition model: what a statement denies, what it negates, and under which polarity.

A denial relates two statements only when one asserts what the other denies,
so each denial cue gets a :class:`Target`, the span of text it denies:

* a clause: ``denied that he had fled``, ``dismissed reports that the mayor
  resigned``, ``it is not true that ...``, ``no evidence that ...``,
  ``denied fleeing the city`` (a gerund, said of the one who denies);
* an object: ``denied the reports of a coup``, ``debunked Esquire's panel
  story`` (the outlet whose story it is is kept: ``by``), ``refuted claims
  by Ruiz``;
* an anaphor: ``refuted those reports``, ``denied it``: it points back to an
  earlier claim of its own article and to nothing else;
* a subject judged by a verdict: ``reports that he fled are false``, ``the
  story is a hoax``, ``Ruiz death hoax`` (the words before the verdict);
* in a short statement (a headline) with nothing better, the whole statement.

Polarity composes: a target that holds a negation ("denied that she was not
paid") asserts the positive; a claim that negates what the other denies ("she
is not suspended" / "denied reports that she was suspended") agrees with it.

Negated predicates, which carry the contradictions that have no denial cue
(``was not arrested`` / ``was arrested``), are read by
:mod:`provenance.compare.negation` with the clause helpers of this module.

Questions and hypotheticals deny nothing: a cue in a sentence that ends with a
question mark, under a modal ("may be fake"), in an alternative ("real or
hoax", "would not confirm or deny") gets no target.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence

import attrs
import regex

from provenance import lexicon
from provenance.compare.attachment import (
    ADJECTIVE_VERDICTS,
    STORY_NOUNS,
    attributive,
    in_relative_clause,
    relative_that,
)
from provenance.compare.keys import CUE_STEMS, LIGHT_KEYS, REPORT_WORDS, SAYING_WORDS, content_keys, verb_key, word_key
from provenance.features import Features
from provenance.features.cues import DENIAL, NEGATION_IDIOM, REPORT_OBJECT, Cue, CueKind
from provenance.features.text import fold, stem
from provenance.features.words import FUNCTION_WORDS

__all__ = [
    "Target",
    "denial_targets",
    "verb_key",
]

#: Statements of at most this many words (headlines, short claims) may be
#: denied as a whole when a verdict names no narrower target ("Ruiz dead? Another hoax").
SHORT_STATEMENT = 16

# The end of a clause: a sentence or clause mark, or a conjunction that starts
# another clause with its own verb ("and said", ", saying", "but").
#   "denied those reports and claimed that he remained" -> cut before "and claimed"
CLAUSE_END = regex.compile(
    r"""
    [.;!?:]\s | [.;!?]$ | \s[-\u2013\u2014]+\s
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

# What a verdict is passed on, right before it: a copula and its modifiers.
#   "Reports that he fled are false" -> "are"; "the story was a complete hoax" -> "was a complete"
COPULA_BEFORE = regex.compile(
    r"""
    (?:\b(?:is|are|was|were|be|been|being|seems?|seemed|appears?|appeared|proved|proves|proven|
          remains?|remained|turned\s+out\s+to\s+be|exposed\s+as|revealed\s+as|dismissed\s+as|called|labell?ed)
       |'s|'re)
    \s+(?:(?:a|an|the|all|just|largely|completely|totally|entirely|absolutely|patently|simply|clearly|
            another|complete|total|utter|elaborate|cruel|sick|big|online|internet|viral|internet's)\s+)*
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What introduces the content of a verdict or a report noun right after it.
#   "false reports that ..." "no evidence that ..." "a hoax claiming ..." "fake news of ..."
CONTENT_AFTER = regex.compile(
    r"""
    \A\s*(?:(?:reports?|claims?|rumou?rs?|news|stories|story|allegations?|suggestions?|assertions?|
               accounts?|speculation|headlines?|tweets?|posts?|articles?|videos?|photos?|pictures?|images?)\s+)?
    (?:that|of|about|claiming|saying|suggesting|alleging|which\s+(?:says|said|claims|claimed))\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A gerund right after a denial verb: the denier denies doing it.
#   "denied fleeing the city" "denies ever having met him"
GERUND_AFTER = regex.compile(r"\A\s*(?:(?:ever|having|any|all|knowingly)\s+)?[a-z]+ing\b", regex.IGNORECASE)

# Adverbs between a denial verb and what it denies.
#   "firmly denied" -> skip "firmly" in "denied firmly that"
ADVERBS_AFTER = regex.compile(r"\A(?:\s*(?:\w+ly|again|once\s+more|outright|on\s+\w+day)\b)*", regex.IGNORECASE)

# An alternative or a withheld answer around a cue: "real or hoax", "would not
# confirm or deny", "neither confirmed nor denied".
#   "would not confirm or deny" -> "or " before "deny"
ALTERNATIVE_BEFORE = regex.compile(r"(?:\bor|\bnor|\bwhether)\s+(?:(?:not|to)\s+)?\Z", regex.IGNORECASE)
ALTERNATIVE_AFTER = regex.compile(r"\A\s*(?:or|nor)\b", regex.IGNORECASE)

# A hypothetical or a future around a cue: "may be fake", "could deny", "if it is a hoax".
#   "the photo may be fake" -> "may be"
HYPOTHETICAL_BEFORE = regex.compile(
    r"""
    \b(?:may|might|could|would|should|will|can|if|unless|whether|likely\s+to|expected\s+to|
        plans?\s+to|wants?\s+to|refused\s+to|declined\s+to|asked\s+(?:\w+\s+)?to)
    \s+(?:\w+\s+){0,3}\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words that make a denial's object point back rather than say something.
#   "denied the allegations", "rejected such claims", "denied it"
POINTING_WORDS = frozenset("it this that these those the such them they any all".split())

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

# Verdicts that are verbs with an object: "debunked the claims".
VERDICT_VERB = regex.compile(r"debunk(?:s|ed|ing)?|exposed", regex.IGNORECASE)

# A preposition or determiner before a cue that makes it a noun: "to questions", "the denial".
NOUN_BEFORE = regex.compile(
    r"\b(?:to|about|of|with|amid|over|the|these|those|any|some|no|their|his|her|its)\s+\Z", regex.IGNORECASE
)
#: Cues that are also nouns.
NOUN_CUES = frozenset("questions doubts doubt denial denials dispute disputes".split())
#: Doubt verbs: they deny what follows only as a report or a that-clause ("doubted that ...").
DOUBT_VERBS = frozenset("doubt doubts doubted".split())

# An adverb in -ly, skipped between a negation and what it negates ("cannot independently verify").
ADVERB = regex.compile(r"[\p{L}]{3,}ly", regex.IGNORECASE)
# A condition: what follows it in its clause is not said to be so.
#   "if the demands were not met" "unless they were met" "whether he had left"
CONDITION = regex.compile(r"\b(?:if|unless|whether|suppose|supposing|imagine|in\s+case)\b", regex.IGNORECASE)

# "Made up of": what something consists of, not a verdict that it was invented.
MADE_OF = regex.compile(r"made\s+up\s+(?:of|for|the|mostly|largely|entirely|primarily)\b", regex.IGNORECASE)

# "No" as an answer (features.cues.NO_ANSWER): the statement after it is the answer.
NO_ANSWER_WORD = regex.compile(r"no|nope|nah", regex.IGNORECASE)
# A verdict that is a hedged "not" ("probably not", "most likely not"): a verdict only as an
# answer, at the end of its clause ("Real? Probably not."); with words after it, it negates them.
HEDGED_NO = regex.compile(r"\bnot$", regex.IGNORECASE)
# The end of a clause right after a cue: punctuation, a closing quotation mark, or the end of the text.
ANSWER_END = regex.compile(r"\s*(?:[.,;:!?\"\u201d\u2019)\]]|$)")

# A run of letters (a word), for walking the words of a clause.
WORD_RUN = regex.compile(r"[\p{L}][\p{L}\p{N}'\-]*")


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
    see :mod:`provenance.compare.state_targets`)."""
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


def _words(text: str, start: int, end: int) -> frozenset[str]:
    return content_keys(text[start:end]) - CUE_STEMS - REPORT_WORDS - SAYING_WORDS


# A denial cue right after a negation, which it cancels: "not a hoax", "never denied".
NEGATED_DENIAL = regex.compile(
    r"\s+(?:(?:a|an|any|the|really|actually|even|be|been)\s+)?(?:" + DENIAL.pattern + ")", regex.IGNORECASE
)


def _has_negation(text: str, start: int, end: int) -> bool:
    return any(negates_here(text, m) for m in VERBAL_NEGATION.finditer(folded_text(text), start, end))


def negates_here(text: str, m: regex.Match) -> bool:
    """Is this verbal negation a denial of what follows (not "not only", "not a hoax")?"""
    folded = folded_text(text)
    if NEGATION_IDIOM.match(folded, m.start()):
        return False
    return not NEGATED_DENIAL.match(folded, m.end())


def is_question(text: str, pos: int) -> bool:
    """Does the sentence running at ``pos`` end with a question mark (within :data:`CLAUSE_REACH` characters)?"""
    end = SENTENCE_END.search(text, pos, pos + CLAUSE_REACH)
    return bool(end and end.group().startswith("?"))


# The end of a sentence.
SENTENCE_END = regex.compile(r"[.!?](?:\s|$)")


def _withheld(folded: str, cue: Cue) -> bool:
    """Is the cue asked, alternative or hypothetical ("real or hoax?", "would not confirm or deny", "may be fake")?"""
    before = folded[max(0, cue.start - 40) : cue.start]
    if ALTERNATIVE_BEFORE.search(before) or ALTERNATIVE_AFTER.match(folded[cue.end :]):
        return True
    if HYPOTHETICAL_BEFORE.search(before[-30:]):
        return True
    return is_question(folded, cue.end)


def _report_object(f: Features, start: int, end: int) -> regex.Match | None:
    """A report noun phrase starting within the first four words of ``[start, end)``."""
    folded = folded_text(f.text)
    for m in REPORT_OBJECT.finditer(folded, start, end):
        if len(folded[start : m.start()].split()) <= 4:
            return m
        return None
    return None


def _names_in(f: Features, start: int, end: int) -> tuple[str, ...]:
    return tuple(e.key for e in f.entities if start <= e.start and e.end <= end)


def span_target(cue: Cue, kind: str, f: Features, start: int, end: int, by: tuple[str, ...] = ()) -> Target | None:
    """The target of ``cue`` over ``[start, end)`` of the statement, spaces and closing marks trimmed; None if empty."""
    text = f.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " \t\n,\"'\u201d\u2019":
        end -= 1
    if end <= start:
        return None
    return Target(cue, kind, start, end, _words(text, start, end), _has_negation(text, start, end), by)


def _verb_target(f: Features, cue: Cue) -> Target | None:
    """The target of a denial verb: its that-clause, report object, gerund or object."""
    text, folded = f.text, folded_text(f.text)
    end = clause_end(text, cue.end)
    adverbs = ADVERBS_AFTER.match(folded[cue.end : end])
    pos = cue.end + (adverbs.end() if adverbs else 0)
    rest = folded[pos:end]
    that = regex.match(r"\s*(?:about\s+|over\s+)?(?:that|whether|if)\b", rest, regex.IGNORECASE)
    if that:
        return span_target(cue, "clause", f, pos + that.end(), end)
    obj = _report_object(f, pos, end)
    if obj is not None:
        between = folded[pos : obj.start()]
        by = _names_in(f, pos, obj.end())
        after_obj = regex.match(
            r"\s*(?:(?:brought|made|put|published|circulated|spread|carried|levell?ed|posted)\s+(?:forth\s+|out\s+|forward\s+)?)?by\s+",
            folded[obj.end() : end],
            regex.IGNORECASE,
        )
        content = relative_that(text, obj.end()) if (obj.group("that") or "").casefold() == "that" else obj.end()
        if content is None:
            # "denied reports that were published by the tabloid": a relative clause says which reports, not what
            # they say; the object is the reports (and whose they are).
            after_obj = regex.search(r"\bby\s+", folded[obj.end() : end])
            end = obj.end("noun")
        if after_obj:
            by += _names_in(f, obj.end() + after_obj.end(), clause_end(text, obj.end()))
        if obj.group("that") and content is not None:
            return span_target(cue, "clause", f, content, end, by)
        if not obj.group("det") and not obj.group("pronoun") and not after_obj and _words(text, obj.end(), end):
            return span_target(cue, "clause", f, obj.end(), end, by)  # "denies report it will delay the launch"
        said = _words(text, pos, obj.end())
        if not said and not by and not set(between.casefold().split()) - POINTING_WORDS - FUNCTION_WORDS:
            return Target(cue, "anaphoric", obj.start(), obj.end(), frozenset(), False, ())
        return span_target(cue, "object", f, pos, end, by)
    if cue.kind == CueKind.WEAK:
        return None  # "rejected the proposal" denies no report
    if GERUND_AFTER.match(rest):
        return span_target(cue, "clause", f, pos, end)
    words = _words(text, pos, end)
    if not words:
        if set(rest.casefold().split()) <= POINTING_WORDS | FUNCTION_WORDS:
            return Target(cue, "anaphoric", pos, max(pos, end), frozenset(), False, ())
        return None
    return span_target(cue, "object", f, pos, end)


def _qualifies_only(f: Features, cue: Cue) -> bool:
    """Does a verdict only qualify a thing, passing no verdict on a claim?

    A verdict adjective before a noun that is not a story ("fabricated evidence
    was presented", "the fake account posted"), or before a story whose relative
    clause says nothing it reported ("a bogus tweet that was circulated").
    """
    if cue.text.casefold() in ADJECTIVE_VERDICTS and attributive(f.text, cue.end) == "other":
        return True
    content = CONTENT_AFTER.match(folded_text(f.text)[cue.end : clause_end(f.text, cue.end)])
    return bool(content and content.group().endswith("that") and relative_that(f.text, cue.end + content.end()) is None)


def _verdict_target(f: Features, cue: Cue, aside: Callable[[str], bool]) -> Target | None:
    """The target of a verdict: what follows it, the subject it is said of, or the words before it."""
    text, folded = f.text, folded_text(f.text)
    end = clause_end(text, cue.end)
    start = clause_start(text, cue.start)
    after = folded[cue.end : end]
    content = CONTENT_AFTER.match(after)
    if content:
        said = relative_that(text, cue.end + content.end()) if content.group().endswith("that") else None
        return span_target(cue, "clause", f, said if said is not None else cue.end + content.end(), end)
    if FAKE_SITE.match(after):
        return None  # "a fake news website", "a fake @handle account": what kind of site, not a denial
    word = regex.match(r"\s+([\p{L}\-']+)", after)
    if word and cue.text.casefold() in ADJECTIVE_VERDICTS:
        noun = word.group(1).casefold()
        if noun not in FUNCTION_WORDS and noun not in STORY_NOUNS and not aside(noun):
            return None  # "fake passports": the verdict qualifies something else
    weak = " ".join(cue.text.casefold().split()) in WEAK_VERDICTS
    copula = COPULA_BEFORE.search(folded, start, cue.start)
    if copula is not None and regex.search(r"\bthere\s*\Z", folded[start : copula.start()], regex.IGNORECASE):
        rest = regex.match(r"\s*(?:(?:at\s+all|whatsoever)\s+)?(?:of|that|for|to\s+support)\b", after)
        return (
            span_target(cue, "clause", f, cue.end + rest.end(), end) if rest else None
        )  # "there was no evidence of ..."
    if copula is not None:
        # "exposed the story to be a hoax": the subject starts after the verb that passes the verdict.
        start = max([start, *(c.end for c in f.denials if start <= c.start and c.end <= copula.start() and c != cue)])
        subject = span_target(cue, "subject", f, start, copula.start())
        if subject is not None and subject.words:
            inner = regex.search(r"\bthat\b", folded[start : copula.start()])
            if inner:
                return span_target(cue, "clause", f, start + inner.end(), copula.start())
            if weak and not REPORT_NOUN.search(folded, start, copula.start()):
                return None  # "the airdrop was wrong" judges a deed, not a report
            return subject
        if subject is None or not subject.words:
            return Target(cue, "anaphoric", start, max(start, copula.start()), frozenset(), False, ())
    if copula is None:
        # Headline ellipsis: "Reports of X likely exaggerated", "Acme calls rumour that X wildly inaccurate".
        report = REPORT_SUBJECT.match(folded, start) or CALLS_REPORT.search(folded, start, cue.start)
        tail = VERDICT_TAIL.search(folded, start, cue.start)
        if report is not None and tail is not None and report.end() < tail.start():
            return span_target(cue, "clause", f, report.end(), tail.start())
    if weak or cue.text.casefold() not in COMPOUND_VERDICTS:
        return None
    # A noun compound before the verdict: "Ruiz death hoax", "Putin bird video hoax".
    words = list(regex.finditer(r"[\p{L}\p{N}][\p{L}\p{N}'\-]*", folded[start : cue.start]))
    first = len(words)
    while (
        first > 0 and len(words) - first < COMPOUND_WORDS and words[first - 1].group().casefold() not in FUNCTION_WORDS
    ):
        first -= 1
    if first < len(words) and not regex.search(r"[,;:]", folded[start + words[first].start() : cue.start]):
        before = span_target(cue, "subject", f, start + words[first].start(), cue.start)
        if before is not None and len(before.words) >= 2:
            return before
    return None


# The kind of site or account a verdict describes: "fake news website", "fake @handle account".
FAKE_SITE = regex.compile(
    r"\A\s+(?:news\s+|@\w+\s+|twitter\s+|facebook\s+)*(?:sites?|websites?|outlets?|accounts?|pages?|profiles?)\b",
    regex.IGNORECASE,
)

#: Verdicts that judge a report only when said of one ("the report is wrong", "these
#: claims are nonsense"), never of the words before them ("a phone scam", "lies near").
WEAK_VERDICTS = frozenset(
    """
    wrong misleading exaggerated incorrect inaccurate erroneous nonsense rubbish scam prank lies lied bs bullshit
    fooled fools trolled trolling misinformation disinformation fiction fictional satire satirical parody spoof
    busted doubt doubts doubted
    """.split()
) | {"probably not", "most likely not", "a lie", "too good to check", "too good to be true"}
#: Words of a noun compound before a verdict that it judges ("Macaulay Culkin death hoax").
COMPOUND_WORDS = 4
#: Verdicts that judge the noun compound before them: one hoax about one thing ("Ruiz death
#: hoax"), not a kind of thing ("a long line of death hoaxes").
COMPOUND_VERDICTS = frozenset({"hoax", "fake", "fabrication", "myth"})
# A report noun, in the subject of a weak verdict.
REPORT_NOUN = regex.compile(
    r"\b(?:reports?|claims?|rumou?rs?|stor(?:y|ies)|news|allegations?|accounts?|articles?|headlines?|"
    r"videos?|photos?|pictures?|images?|tweets?|posts?|statements?|suggestions?|assertions?|it|this|that)\b",
    regex.IGNORECASE,
)


# A report opening a clause, whose verdict comes with no copula (a headline's ellipsis).
#   "Reports of iPhones pulling out hair likely exaggerated" -> "Reports of "
REPORT_SUBJECT = regex.compile(
    r"\s*(?:the\s+)?(?:reports?|claims?|rumou?rs?|stories|story|allegations?|news)\s+(?:of|that|about)\s+",
    regex.IGNORECASE,
)
# A verb that passes a verdict on its object, and the object a report with its content.
#   "Acme calls rumour that it cuts users off wildly inaccurate" -> "calls rumour that "
CALLS_REPORT = regex.compile(
    r"""
    \b(?:calls?|called|labels?|labell?ed|brands?|branded|deems?|deemed)\s+
    (?:(?:the|a|an|these|those|such|all)\s+)?(?:[\p{L}\-']+\s+){0,2}?
    (?:reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?)\s+(?:that|of|about)\s+
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# What may stand between a report's content and the verdict passed on it: a comma, adverbs.
#   "..., likely exaggerated" "... wildly inaccurate"
VERDICT_TAIL = regex.compile(
    r"[\s,]*(?:(?:likely|probably|most\s+likely|greatly|grossly|wildly|largely|totally|completely|entirely|"
    r"absolutely|utterly|simply|just|all|very|highly)\s+)*\Z",
    regex.IGNORECASE,
)


# A headline's own word that it answers a report: "..., despite reports", "contrary to claims".
#   "Iraq says the wife has not been arrested, despite Lebanon insisting ..." -> "despite Lebanon insisting"
ANSWERS_REPORT = regex.compile(
    r"""
    \b(?:despite|contrary\s+to|in\s+spite\s+of)\s+(?:[\p{L}'\-]+\s+){0,4}?
    (?:reports?|claims?|rumou?rs?|allegations?|speculation|suggestions?|insisting|saying|claiming)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def answers_report(text: str) -> bool:
    """Does a statement say it answers a report ("..., despite reports", "contrary to claims")?

    A headline that does may be long and still deny flatly what it negates, or what its state
    of someone contradicts ("X says she is fine, despite kidnap reports").
    """
    return ANSWERS_REPORT.search(folded_text(text)) is not None


def denial_targets(
    f: Features,
    cues: Sequence[Cue],
    *,
    objects: Sequence[Cue] = (),
    negated: Sequence[tuple[int, int]] = (),
    whole: bool = True,
    aside: Callable[[str], bool] = lambda word: False,
) -> tuple[Target, ...]:
    """The targets of the denial cues of a statement, one at most per cue, in cue order.

    Args:
        f: the statement's features.
        cues: its effective denial cues (an attribution's cue has offsets 0-0:
            the statement is its content).
        objects: report objects outside the text ("denied [those reports]
            and said ..."), for an attribution's cue.
        negated: spans under a negation (:func:`~provenance.compare.negation.negated_spans`): a cue inside
            one denies nothing ("Ruiz wasn't arrested and exposed as ...").
        whole: may a short statement be denied as a whole (a headline: "Ruiz
            dead? Another hoax"), when a verdict names no narrower target?
        aside: is this word something the verdict before it may judge anyway
            (a word of the other statement)?  Default: no.

    Returns:
        The targets.

    >>> from provenance.features import features
    >>> def targets(text):
    ...     f = features(text)
    ...     return [(t.kind, f.text[t.start : t.end]) for t in denial_targets(f, f.denials, whole=False)]
    >>> targets("The mayor denied that she had resigned on Friday.")
    [('clause', 'she had resigned on Friday')]
    >>> targets("Ruiz refuted those reports and claimed that he remained in the valley.")
    [('anaphoric', 'those reports')]
    >>> targets("Reports that the bridge collapsed are false, officials said.")
    [('clause', 'the bridge collapsed')]
    >>> targets("The spokesman would neither confirm nor deny the report.")
    []
    >>> targets("Is the photo of the flood a hoax?")
    []
    """
    text, folded = f.text, folded_text(f.text)
    out: list[Target] = []
    short = whole and len(text.split()) <= SHORT_STATEMENT
    for cue in cues:
        if cue.start == cue.end:
            if any(o.kind == CueKind.ANAPHORIC for o in objects):
                out.append(Target(cue, "anaphoric", 0, 0, frozenset(), False, ()))
            else:
                target = span_target(cue, "statement", f, 0, len(text))
                if target is not None:
                    out.append(target)
            continue
        if _withheld(folded, cue) or any(s < cue.start < e for s, e in negated):
            continue
        if MADE_OF.match(folded, cue.start):
            continue  # "a forum made up of retired officials" says what it is, no verdict
        if cue.kind == CueKind.VERDICT and HEDGED_NO.search(cue.text) and not ANSWER_END.match(text, cue.end):
            verdict = DENIAL.match(folded, cue.end - len("not"))
            if verdict is None or verdict.end() <= cue.end:
                continue  # "it is probably not under pressure to move": a hedged negation, no verdict on anything
            cue = attrs.evolve(cue, text=text[cue.start : verdict.end()], end=verdict.end())  # "probably not true"
        if cue.kind == CueKind.VERDICT and NO_ANSWER_WORD.fullmatch(cue.text):
            rest = span_target(cue, "clause", f, cue.end + 1, clause_end(text, cue.end + 1))
            if rest is not None:
                out.append(attrs.evolve(rest, negated=False))  # "No, Ruiz has not resigned": the answer is the negation
            continue
        low = " ".join(cue.text.casefold().split())
        if NOUN_BEFORE.search(folded[max(0, cue.start - 12) : cue.start]) and low in NOUN_CUES:
            continue  # "responding to questions about", "amid doubts": a noun, nobody denies
        if low in DOUBT_VERBS:
            cue = attrs.evolve(cue, kind=CueKind.WEAK)
        verb = cue.kind != CueKind.VERDICT or VERDICT_VERB.fullmatch(cue.text)
        if not verb and _qualifies_only(f, cue):
            continue  # "fabricated evidence was presented", "a bogus tweet that went viral": no verdict on a claim
        target = _verb_target(f, cue) if verb else _verdict_target(f, cue, aside)
        if target is None and short and cue.kind == CueKind.VERDICT and low not in WEAK_VERDICTS:
            target = span_target(cue, "statement", f, 0, len(text))
        if target is not None and target.kind == "anaphoric" and short and not objects:
            # "Rumour debunked: robots are not patrolling the campus": a short statement has no
            # earlier claim to point back to; the report it denies is what the rest of it is about.
            whole_target = span_target(cue, "statement", f, 0, len(text))
            target = attrs.evolve(whole_target, negated=False) if whole_target is not None else None
        if target is not None and (target.words or target.kind == "anaphoric" or target.by):
            out.append(target)
    if (short or (whole and answers_report(text))) and not out:
        out.extend(_negation_targets(f))  # a long headline says what it answers: "X has not ..., despite reports"
    out = _answered(f, cues, out)
    # A whole short statement is denied only when no cue names a narrower target: "Teacher tape
    # exposed as a fake" denies the tape (what "fake" is said of), "Debunk: No, Acme didn't ..." what "No" answers.
    fallback = [t for t in out if t.kind == "statement" and t.cue.end > t.cue.start]
    if fallback and len(fallback) < len(out):
        out = [t for t in out if t not in fallback]
    # A denial of a denial affirms: "denies surgery hoax claims", "dismissed reports that it was fake".
    cancelled: set[int] = set()
    cue_starts = [t.cue.start for t in out]  # in cue order
    for i, t in enumerate(out):
        # The cues after t's own that fall inside what t denies.
        j = bisect.bisect_left(cue_starts, max(t.start, t.cue.start + 1))
        while j < len(out) and out[j].cue.start < t.end:
            if out[j] is not t and t.cue.start < out[j].cue.start:
                if _names_the_report(text, t, out[j]):
                    cancelled.add(i)  # "debunks the myth that ...": one denial, the narrower target says what
                else:
                    cancelled |= {i, j}
            j += 1
    return tuple(t for i, t in enumerate(out) if i not in cancelled)


# What may stand between a denial verb and a verdict noun that heads its object: determiners and modifiers.
#   "debunks [the right-wing] fiction that ..." "denied [this latest] lie that ..."
LABEL_BEFORE = regex.compile(r"\A(?:\s*[\p{L}\-']+){0,3}\s*\Z")


def _names_the_report(text: str, outer: Target, inner: Target) -> bool:
    """Is the inner verdict the noun that heads what the outer cue denies, with the content after it?

    "Debunks the fiction that ISIS crossed the border", "denied the lie that he
    fled": the denier calls the report a fiction; one denial, of what the
    fiction says.  Not "denies hoax claims" (the claims are about a hoax: a
    denial of a denial) nor "dismissed reports that it was fake".
    """
    return (
        outer.kind == "object"
        and inner.kind == "clause"
        and inner.cue.kind == CueKind.VERDICT
        and inner.start - inner.cue.end <= len(" claiming ")
        and LABEL_BEFORE.match(text[outer.start : inner.cue.start]) is not None
        and REPORT_NOUN.search(text, outer.start, inner.cue.start) is None
    )


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


def _answered(f: Features, cues: Sequence[Cue], out: list[Target]) -> list[Target]:
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
    if _has_negation(text, q_start, q_end):
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


#   "Banksy has not been arrested" "The photo isn't real" "Ruiz never left the city"
# ("refused to", "no longer": a refusal or a change, not a denial of a report).
DENYING_NEGATION = regex.compile(
    r"(?<![\w'])(?:not|never|cannot|failed\ to|fails\ to)(?!\w)|(?<=\w)n't(?!\w)", regex.IGNORECASE
)
#: Heads after a negation that say what someone feels or knows, not what happened ("isn't sure", "not happy").
UNSURE_HEADS = frozenset("sure certain happy aware clear able convinced pleased keen interested".split())
# A subordinating word: a negation after it is in a subordinate clause ("so he won't ...", "if it is not ...").
SUBORDINATE = regex.compile(
    r"\b(?:so|because|since|unless|until|although|though|while|whereas|if|when|whenever|after|before|lest|as)\b",
    regex.IGNORECASE,
)
# A speaker's label before a colon, and the first person after it: who says "I" is the one the
# label names ("Omar Vale: I didn't take the money", "White House: We did not threaten them").
SPEAKER_LABEL = regex.compile(r"(?:^|(?<=[.!?]\s))(?P<label>[^.!?:\n]*\p{L}[^.!?:\n]*):\s*\Z")
#: Words before a colon that label, not name a speaker ("Update:", "Photo:"; ``colon_labels.txt``).
COLON_LABELS = lexicon.words("colon_labels.txt")
FIRST_PERSON = regex.compile(
    r"\s*(?:i|we)(?:\s+(?:do|does|did|have|has|had|am|was|were|will|would|could|can))?\s*", regex.IGNORECASE
)
# A hedge right before a negation: "may not", "might not have": a possibility, no denial.
HEDGED_BEFORE = regex.compile(r"\b(?:may|might|could|perhaps|maybe|probably)\s+\Z", regex.IGNORECASE)


# "No" as a determiner opening a headline, what a label says or an existential: "No gender segregation
# on the airline", "Ministry: No troops on the border", "There were no injuries"; not an idiom ("No one",
# "No comment") nor a want of evidence ("No hard evidence of ...": a doubt, read as a denial cue if at all).
NO_OPENING = regex.compile(
    r"""
    (?:^|(?<=:\s)|(?<=\bthere(?:'s|\s+(?:is|are|was|were))\s))no
    (?=\s+(?!(?:one|body|longer|more|comment|comments|word|surprise|thanks|kidding|joke|problem|questions?|big\s+deal)\b)
          (?!(?:[\p{L}\-]+\s+)?(?:evidence|proof|signs?|confirmation|indication)\b)
          [\p{L}\p{N}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# An existential subject before a negation: "There was never a panel", "There are no plans".
THERE_IS = regex.compile(r"\s*there(?:'s|\s+(?:is|are|was|were|will\s+be|(?:has|have|had)\s+been))\s*")


def _denying_negations(folded: str) -> list[regex.Match]:
    """The flat negations of a short statement: verbal ones, and "No" opening it (:data:`NO_OPENING`), in order."""
    found = [*DENYING_NEGATION.finditer(folded), *NO_OPENING.finditer(folded)]
    return sorted(found, key=lambda m: m.start())


def _negation_targets(f: Features) -> list[Target]:
    """What a short statement's flat negations deny: the clause around each ("Banksy has not been arrested").

    A headline that negates a predicate denies the report of it as a verb
    would: "Ruiz has not resigned" answers "Ruiz resigned".  The negation is
    the denial, so the target is the clause with its own polarity positive.
    Not under a question, a condition, an alternative ("real or not"), a
    hedge ("may not"), not "not fake" (a negated verdict confirms), and not
    when only light words follow ("did not comment").
    """
    text, folded = f.text, folded_text(f.text)
    out = []
    for m in _denying_negations(folded):
        if not negates_here(text, m) or is_question(text, m.end()) or conditional(text, m.start()):
            continue
        before = folded[max(0, m.start() - 30) : m.start()]
        if (
            ALTERNATIVE_BEFORE.search(before)
            or HEDGED_BEFORE.search(before)
            or ALTERNATIVE_AFTER.match(folded[m.end() :])
        ):
            continue
        end = clause_end(text, m.end())
        comma = folded.find(",", m.end(), end)
        end = end if comma < 0 else comma  # "not missing, just having surgery": what is negated ends at the comma
        head = next(
            (
                w
                for w in WORD_RUN.finditer(folded, m.end(), end)
                if w.group().casefold() not in SKIPPED_AFTER_NEGATION and not ADVERB.fullmatch(w.group())
            ),
            None,
        )
        if head is None or head.group().casefold() in UNSURE_HEADS:
            continue  # "isn't sure": nothing is denied
        light = _light_predicate(folded, head, end) if verb_key(head.group()) in LIGHT_KEYS else "negation"
        if light is None:
            continue  # "did not comment", "did not say when": nothing is denied
        kind = light
        start = clause_start(text, m.start())
        start = max(start, folded.rfind(",", start, m.start()) + 1)
        speaker = SPEAKER_LABEL.search(folded, max(0, start - CLAUSE_REACH), start)
        if (
            speaker
            and FIRST_PERSON.fullmatch(folded, start, m.start())
            and any(speaker.start("label") <= e.start and e.end <= speaker.end("label") for e in f.entities)
            and speaker.group("label").split()[0].casefold() not in COLON_LABELS
        ):
            start = speaker.start("label")  # "Omar Vale: I didn't take the money": the one named denies it
        opening = m.re is NO_OPENING or THERE_IS.fullmatch(folded, start, m.start()) is not None
        if (not opening and not content_keys(text[start : m.start()])) or SUBORDINATE.search(folded, start, m.start()):
            continue  # "Don't reset", "a ticket, not arrest", "adopted a son so he won't ...": no flat denial
        if in_relative_clause(text, start, m.start()):
            continue  # "Path, that social app you don't use": says which app, denies nothing
        # "X did not say Y": whoever writes it judges the report that X said Y; X denies nothing.
        cue = Cue(text[m.start() : m.end()], m.start(), m.end(), CueKind.VERDICT if kind == "clause" else CueKind.PLAIN)
        target = span_target(cue, kind, f, start, end)
        if target is not None and target.words:
            said = word_key(stem(head.group())) if kind == "negation" else ""  # what was said need not be "said"
            out.append(attrs.evolve(target, negated=False, head=said))
    return out


#: Light heads that report speech: negated before what was said, they deny the report that it was said
#: ("X did not say pets go to heaven", "did not tell the boy heaven has room").
SAYING_HEADS = frozenset(verb_key(w) for w in ("say", "tell"))
#: Light heads that carry a predicate when their object says something: a figure or a named thing
#: ("I didn't make $72M", "did not take part in the talks"), not "make it", "take questions".
OBJECT_HEADS = frozenset(verb_key(w) for w in ("make", "take"))
# What opens no content after a verb of saying: a question word, "so", "anything", a preposition.
#   "did not say when", "did not say so", "did not tell reporters about the deal"
NO_CONTENT = regex.compile(
    r"\s*(?:who|whom|whose|what|when|where|why|how|which|whether|if|so|anything|much|more|a\s+word|about|of|for|to|"
    r"it|this|that\s*[.,;:]|publicly|immediately)\b",
    regex.IGNORECASE,
)
# A finite verb within the first words after a verb of saying (and its object): what was said is a clause.
#   "did not say [our pets are going] to heaven" "did not tell [the boy heaven has] room"
FINITE_SOON = regex.compile(
    r"\A\s*(?:that\b|(?:[\p{L}\p{N}'\-]+\s+){0,4}?(?:is|are|was|were|has|have|had|will|would|can|could|should|"
    r"did|does|do|must|may|might)\b)",
    regex.IGNORECASE,
)


def _light_predicate(folded: str, head: regex.Match, end: int) -> str | None:
    """The kind of target a negated light head carries, or None when it denies nothing.

    A verb of saying followed by a content clause denies that it was said
    (``clause``); "make" or "take" with an object that holds a figure or two
    content words is a predicate like another (``negation``).
    """
    key = verb_key(head.group())
    rest = folded[head.end() : end]
    if key in SAYING_HEADS:
        if NO_CONTENT.match(rest) or not FINITE_SOON.match(rest) or len(content_keys(rest)) < 2:
            return None
        return "clause"
    said = bool(regex.search(r"\p{N}", rest)) or len(content_keys(rest)) >= 2
    return "negation" if key in OBJECT_HEADS and not NO_CONTENT.match(rest) and said else None
