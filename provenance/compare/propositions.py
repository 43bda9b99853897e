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
from collections.abc import Callable, Sequence

import attrs
import regex

from provenance import lexicon
from provenance.compare.answered import answered_questions, corrections
from provenance.compare.attachment import ADJECTIVE_VERDICTS, STORY_NOUNS, relative_that
from provenance.compare.clauses import (
    ADVERB,
    ALTERNATIVE_AFTER,
    ALTERNATIVE_BEFORE,
    CLAUSE_REACH,
    SHORT_STATEMENT,
    SKIPPED_AFTER_NEGATION,
    VERBAL_NEGATION,
    WORD_RUN,
    Target,
    clause_end,
    clause_start,
    conditional,
    folded_text,
    follow_up_question,
    is_question,
    negates_here,
    span_target,
    target_words,
)
from provenance.compare.keys import verb_key, word_key
from provenance.compare.negation_targets import negation_targets
from provenance.compare.verdicts import (
    REPORT_NOUN,
    WEAK_VERDICTS,
    answers_report,
    called_dismissed,
    qualifies_only,
    verdict_target,
)
from provenance.features import Features
from provenance.features.cues import DENIAL, NEGATED_CUE, REPORT_OBJECT, Cue, CueKind
from provenance.features.text import lexicon_pattern
from provenance.features.words import FUNCTION_WORDS

# The clause helpers, the verdict, answer and negation readers live in their own modules
# (clauses, verdicts, answered, negation_targets); their names stay importable from here.
__all__ = [
    "ADJECTIVE_VERDICTS",
    "ADVERB",
    "SHORT_STATEMENT",
    "SKIPPED_AFTER_NEGATION",
    "STORY_NOUNS",
    "VERBAL_NEGATION",
    "WORD_RUN",
    "Target",
    "answers_report",
    "clause_end",
    "clause_start",
    "conditional",
    "denial_targets",
    "folded_text",
    "is_question",
    "negates_here",
    "span_target",
    "verb_key",
    "word_key",
]


def _one_clause_headline(text: str) -> bool:
    """Is the statement a headline of at most :data:`HEADLINE_WORDS` words and one clause?

    No comma opens another clause or an adjunct ("..., despite the storm", "..., and officers
    will question him"): a long line like that says more than a denial.
    """
    folded = folded_text(text)
    return len(text.split()) <= HEADLINE_WORDS and not any(
        w.casefold() in FUNCTION_WORDS or w.casefold() in ADJUNCT_OPENERS for w in AFTER_COMMA.findall(folded)
    )


# The word after a comma.
AFTER_COMMA = regex.compile(r",\s*([\p{L}']+)")
#: Words that open an adjunct or a clause after a comma, besides the function words.
ADJUNCT_OPENERS = frozenset("despite amid after before since following saying adding according unlike".split())

#: Verbs that deny a report by ending it or casting doubt on it ("kills the rumour", "pours cold
#: water on claims"; ``rumour_verbs.txt``): weak denial cues of the denial reading only.
RUMOUR_VERB = lexicon_pattern(lexicon.lines("rumour_verbs.txt"))


def rumour_verbs(f: Features) -> list[Cue]:
    """Weak denial cues of :data:`RUMOUR_VERB` in a statement, not negated ("didn't kill the rumour").

    >>> from provenance.features import features
    >>> [c.text for c in rumour_verbs(features("Snyder kills stolen Batmobile rumor with photo"))]
    ['kills']
    """
    folded = folded_text(f.text)
    return [
        Cue(f.text[m.start() : m.end()], m.start(), m.end(), CueKind.WEAK)
        for m in RUMOUR_VERB.finditer(folded)
        if not NEGATED_CUE.search(folded[max(0, m.start() - 24) : m.start()])
    ]


#: A statement that stands alone (a headline) of at most this many words denies what it flatly
#: negates, as a short one does: "There was never a panel on domestic violence planned for the
#: network's pregame show", "Chief of staff Ana Ruiz: No threats were made to the families".
HEADLINE_WORDS = 24

# A gerund right after a denial verb: the denier denies doing it.
#   "denied fleeing the city" "denies ever having met him"
GERUND_AFTER = regex.compile(r"\A\s*(?:(?:ever|having|any|all|knowingly)\s+)?[a-z]+ing\b", regex.IGNORECASE)

# Adverbs between a denial verb and what it denies.
#   "firmly denied" -> skip "firmly" in "denied firmly that"
ADVERBS_AFTER = regex.compile(r"\A(?:\s*(?:\w+ly|again|once\s+more|outright|on\s+\w+day)\b)*", regex.IGNORECASE)

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

# "Made up of": what something consists of, not a verdict that it was invented.
MADE_OF = regex.compile(r"made\s+up\s+(?:of|for|the|mostly|largely|entirely|primarily)\b", regex.IGNORECASE)

# "No" as an answer (features.cues.NO_ANSWER): the statement after it is the answer.
NO_ANSWER_WORD = regex.compile(r"no|nope|nah", regex.IGNORECASE)
# A verdict that is a hedged "not" ("probably not", "most likely not"): a verdict only as an
# answer, at the end of its clause ("Real? Probably not."); with words after it, it negates them.
HEDGED_NO = regex.compile(r"\bnot$", regex.IGNORECASE)
# The end of a clause right after a cue: punctuation, a closing quotation mark, or the end of the text.
ANSWER_END = regex.compile(r"\s*(?:[.,;:!?\"\u201d\u2019)\]]|$)")


def _withheld(folded: str, cue: Cue) -> bool:
    """Is the cue asked, alternative or hypothetical ("real or hoax?", "would not confirm or deny", "may be fake")?"""
    before = folded[max(0, cue.start - 40) : cue.start]
    if ALTERNATIVE_BEFORE.search(before) or ALTERNATIVE_AFTER.match(folded[cue.end :]):
        return True
    if HYPOTHETICAL_BEFORE.search(before[-30:]):
        return True
    return is_question(folded, cue.end)


#: Words at most before the report noun that heads a denial's object ("denied the latest
#: tabloid reports"), and, when they are all one noun phrase (no function word, no
#: punctuation), before the noun that ends it ("casts doubt on Bunbury man Dylan Thomas's
#: burrowing stomach-spider story").
OBJECT_REACH, COMPOUND_REACH = 4, 7
#: Function words that may open the object of a weak denial cue ("dismissed the claims", "kills
#: his divorce rumours"); any other ("killed by shock claims ...") leaves the report out of its object.
OBJECT_DETERMINERS = frozenset("the a an these those this that such all any his her their its our my your".split())
#: The report nouns a rumour verb takes as its object ("kills the rumours", "scotches speculation"); not
#: "accounts" or "statements", which are things one shuts down or mocks without denying them.
RUMOUR_NOUNS = frozenset(
    "rumour rumours rumor rumors report reports claim claims speculation story stories allegation allegations "
    "suggestion suggestions".split()
)
# A word of a noun phrase before its head: letters, digits, inner apostrophes and hyphens.
COMPOUND_WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*")


def _report_object(f: Features, start: int, end: int, *, weak: bool = False, head: bool = False) -> regex.Match | None:
    """A report noun phrase starting within the first :data:`OBJECT_REACH` words of ``[start, end)``,
    or heading a noun phrase of at most :data:`COMPOUND_REACH` words there.

    A weak cue takes no report across a comma ("killed two guards, by some accounts" kills no
    account); with ``head``, a rumour (:data:`RUMOUR_NOUNS`) must head the object, with no
    function word but a determiner and no verb in -ing before it ("killed by shock claims ...",
    "killed the reporter covering the story", "shuts down accounts" kill no report).
    """
    folded = folded_text(f.text)
    for m in REPORT_OBJECT.finditer(folded, start, end):
        between = folded[start : m.start()].split()
        if (weak and regex.search(r"[,;:()]", folded[start : m.start()])) or (
            head
            and (
                (m.group("noun") or "").casefold() not in RUMOUR_NOUNS  # "killed Saleh that": a pointer, no rumour
                or any(w.casefold() in FUNCTION_WORDS and w.casefold() not in OBJECT_DETERMINERS for w in between)
                or any(w.casefold().endswith("ing") for w in between)
            )
        ):
            return None  # "killed two guards, by some accounts", "killed by shock claims ...": no report object
        if len(between) <= OBJECT_REACH:
            return m
        if len(between) <= COMPOUND_REACH and all(
            COMPOUND_WORD.fullmatch(w) and w.casefold() not in FUNCTION_WORDS for w in between
        ):
            return m
        return None
    return None


# What may follow a report noun that ends a denial's object: a preposition opening an adjunct,
# a clause or sentence mark, or the end.
#   "kills stolen Batmobile rumor [with] new photo" "shoots down divorce rumours[.]"
OBJECT_TAIL = regex.compile(
    r"\s*(?:[,.;:!?)\]\u2014\u2013]|\s-\s|$)|\s+(?:with|in|on|at|by|via|from|over|after|amid|as|for|during|using)\b",
    regex.IGNORECASE,
)


def _names_in(f: Features, start: int, end: int) -> tuple[str, ...]:
    return tuple(e.key for e in f.entities if start <= e.start and e.end <= end)


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
    obj = _report_object(f, pos, end, weak=cue.kind == CueKind.WEAK, head=RUMOUR_VERB.fullmatch(cue.text) is not None)
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
        said = target_words(text, pos, obj.end())
        if said and not obj.group("that") and not after_obj and OBJECT_TAIL.match(folded, obj.end()):
            # "kills stolen Batmobile rumor with photo": the compound before the noun says what the rumour said
            return span_target(cue, "object", f, pos, obj.end(), by)
        if not obj.group("det") and not obj.group("pronoun") and not after_obj and target_words(text, obj.end(), end):
            return span_target(cue, "clause", f, obj.end(), end, by)  # "denies report it will delay the launch"
        if not said and not by and not set(between.casefold().split()) - POINTING_WORDS - FUNCTION_WORDS:
            return Target(cue, "anaphoric", obj.start(), obj.end(), frozenset(), False, ())
        return span_target(cue, "object", f, pos, end, by)
    if cue.kind == CueKind.WEAK:
        return None  # "rejected the proposal" denies no report
    if GERUND_AFTER.match(rest):
        return span_target(cue, "clause", f, pos, end)
    words = target_words(text, pos, end)
    if not words:
        if set(rest.casefold().split()) <= POINTING_WORDS | FUNCTION_WORDS:
            return Target(cue, "anaphoric", pos, max(pos, end), frozenset(), False, ())
        return None
    return span_target(cue, "object", f, pos, end)


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
    follow_up = follow_up_question(text)
    short = whole and len(text[:follow_up].split()) <= SHORT_STATEMENT  # "X didn't ..., so what did she do?"
    dismissed = called_dismissed(f, lambda cue: _withheld(folded, cue))
    own = [c for c in rumour_verbs(f) if not any(c.start < d.end and d.start < c.end for d in cues)]  # not overlapping
    for cue in sorted([*cues, *own], key=lambda c: c.start):
        if any(t.cue.start <= cue.start < t.cue.end for t in dismissed):
            continue  # "calls the claims baseless": read with the report it judges (called_dismissed)
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
        if not verb and qualifies_only(f, cue):
            continue  # "fabricated evidence was presented", "a bogus tweet that went viral": no verdict on a claim
        target = _verb_target(f, cue) if verb else verdict_target(f, cue, aside)
        if target is None and short and cue.kind == CueKind.VERDICT and low not in WEAK_VERDICTS:
            target = span_target(cue, "statement", f, 0, len(text))
        out.extend(_pointing_here(f, target, short=short and not objects))
    for t in dismissed:
        out.extend(_pointing_here(f, t, short=short and not objects))
    out.sort(key=lambda t: t.cue.start)  # in cue order
    if (short or (whole and (answers_report(text) or _one_clause_headline(text)))) and not out:
        out.extend(negation_targets(f))  # a long headline says what it answers: "X has not ..., despite reports"
    out = corrections(f, answered_questions(f, cues, out))
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


def _pointing_here(f: Features, target: Target | None, *, short: bool) -> list[Target]:
    """The target, an anaphor resolved within the statement when it can be; empty when it denies nothing.

    "Explosion attributed to a meteorite, but experts cast doubt on claims": "claims"
    after "but" points back to the clause before it, when that clause reports
    (:data:`REPORTED`).  A short statement (a headline) has no earlier claim to point back
    to: "Rumour debunked: robots are not patrolling the campus" denies what the rest of it
    is about.
    """
    if target is None:
        return []
    if target.kind == "anaphoric":
        folded = folded_text(f.text)
        floor = max(0, target.cue.start - CLAUSE_REACH)
        start = max((m.end() for m in SENTENCE_MARK.finditer(folded, floor, target.cue.start)), default=floor)
        but = max((m for m in BUT.finditer(folded, start, target.cue.start)), key=lambda m: m.start(), default=None)
        if but is not None and not REPORTED.search(folded, start, but.start()):
            but = None  # "He was arrested, but denied the charges": the arrest is no report he denies
        clause = span_target(target.cue, "clause", f, start, but.start()) if but is not None else None
        if clause is not None and clause.words:
            return [attrs.evolve(clause, negated=False)]
        if short:
            whole_target = span_target(target.cue, "statement", f, 0, len(f.text))
            target = attrs.evolve(whole_target, negated=False) if whole_target is not None else None
    if target is not None and (target.words or target.kind == "anaphoric" or target.by):
        return [target]
    return []


# A report in a clause: a verb or adverb of reporting, or a report noun.
#   "Explosion reported near the capital" "Reports said Acme would occupy the campus"
REPORTED = regex.compile(
    r"\b(?:report(?:s|ed)?|reportedly|said|says|claim(?:s|ed)?|alleg(?:es|ed|edly|ations?)|attributed|"
    r"rumou?r(?:s|ed)?|according\s+to|suggest(?:s|ed)|purported(?:ly)?|blamed)\b",
    regex.IGNORECASE,
)
# The end of a sentence or of a clause that a colon or semicolon closes.
SENTENCE_MARK = regex.compile(r"[.;!?:](?:\s|$)")
# "But" opening the clause of a denial whose object points back: the object is the clause
# before it in the sentence ("attributed to meteorite impact, but experts cast doubt on claims").
#   "Blast blamed on a meteorite, but experts doubt the reports" -> clause "Blast blamed on a meteorite"
BUT = regex.compile(r"\s*,?\s+but\s+", regex.IGNORECASE)


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
