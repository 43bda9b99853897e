"""Verdicts: what "a hoax", "false", "fake", "not true" judge in a statement.

A verdict judges what follows it ("false reports that ..."), the subject it is
said of ("the story is a hoax"), a report a headline names without a copula
("Reports of X likely exaggerated", "Acme calls rumour that X inaccurate"), or
the noun compound before it ("Ruiz death hoax").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance.compare.attachment import ADJECTIVE_VERDICTS, STORY_NOUNS, attributive, relative_that
from provenance.compare.clauses import Target, clause_end, clause_start, folded_text, span_target
from provenance.features import Features
from provenance.features.cues import Cue
from provenance.features.words import FUNCTION_WORDS

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


def qualifies_only(f: Features, cue: Cue) -> bool:
    """Does a verdict only qualify a thing, passing no verdict on a claim?

    A verdict adjective before a noun that is not a story ("fabricated evidence
    was presented", "the fake account posted"), or before a story whose relative
    clause says nothing it reported ("a bogus tweet that was circulated").
    """
    if cue.text.casefold() in ADJECTIVE_VERDICTS and attributive(f.text, cue.end) == "other":
        return True
    content = CONTENT_AFTER.match(folded_text(f.text)[cue.end : clause_end(f.text, cue.end)])
    return bool(content and content.group().endswith("that") and relative_that(f.text, cue.end + content.end()) is None)


def verdict_target(f: Features, cue: Cue, aside: Callable[[str], bool]) -> Target | None:
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
