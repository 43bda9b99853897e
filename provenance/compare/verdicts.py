"""Verdicts: what "a hoax", "false", "fake", "not true" judge in a statement.

A verdict judges what follows it ("false reports that ..."), the subject it is
said of ("the story is a hoax"), a report a headline names without a copula
("Reports of X likely exaggerated", "Acme calls rumour that X inaccurate"), or
the noun compound before it ("Ruiz death hoax").
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from provenance import lexicon
from provenance.compare.attachment import ADJECTIVE_VERDICTS, STORY_NOUNS, attributive, relative_that
from provenance.compare.clauses import FUNCTION_WORD, Target, clause_end, clause_start, folded_text, span_target
from provenance.features import Features
from provenance.features.cues import Cue, CueKind
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
        if false_event(f.text, cue) is not None:
            return False  # "police report false Batmobile theft": the theft did not happen
        return FALSE_REPORT.match(folded_text(f.text), cue.end) is None  # "false alarms of X" judges the alarms
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
    reported = FALSE_REPORT.match(folded, cue.end) if cue.text.casefold() in ADJECTIVE_VERDICTS else None
    if reported is not None and reported.group("of"):
        # "false alarms of Castro's death": what the alarms said
        return span_target(cue, "clause", f, reported.end(), clause_end(text, reported.end()))
    if reported is not None and reported.group("compound").strip():
        # "erroneous urination reports": the compound says what the reports said
        return span_target(cue, "object", f, reported.start("compound"), reported.end("compound"))
    event = false_event(text, cue)
    if event is not None:
        return span_target(cue, "object", f, event.start("event"), event.end("event"))  # "false Batmobile theft"
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
# A falsity adjective's report noun, after at most three words of a compound that say what it
# reported, or with an of-phrase that does: the adjective judges the report.  Not a site or an
# account ("fake BBC News website": :data:`FAKE_SITE`), not a noun the adjective qualifies
# ("fake passports"), nothing across a comma or a function word ("false, reports say").
#   "Erroneous urination reports" -> compound "urination "
#   "false alarms of Castro's death" -> "alarms of "
FALSE_REPORT = regex.compile(
    r"""
    \s+(?P<compound>(?:(?!(?:{function})\s)[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*\s+){0,3}?)
    (?:reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?|alarms?)
    (?:\s+(?P<of>of|that|about)\b\s*|(?=\s*(?:[,.;:!?)\]\u2014\u2013-]|\s(?:with|in|on|at|by|from|over|after|amid|as|for|to)\b|$)))
    """.replace("{function}", FUNCTION_WORD),
    regex.VERBOSE | regex.IGNORECASE,
)

# A falsity adjective before an event noun that ends its phrase, with at most two words of a compound
# between: the event did not happen ("police report false Batmobile theft", "fake Vale kidnapping").
# Events that are reported, not kinds of thing ("fake passports"); not "arrest" ("false arrest" is
# a wrongful one, which happened), not "flag" ("false flag attack" says who did it).
FALSE_EVENT = regex.compile(
    r"""
    \s+(?P<event>(?:(?!(?:flag|{function})\s)[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*\s+){0,2}?
    (?:theft|death|kidnapping|abduction|sighting|shooting|bombing|attack|crash|resignation|pregnancy|
       engagement|marriage|divorce|split|breakup|hack|heist|robbery)s?)
    (?=\s*(?:[,.;:!?)\]\u2014\u2013-]|$)|\s+(?:with|in|on|at|by|from|over|after|amid|as|for|to|of|goes|went|spreads)\b)
    """.replace("{function}", FUNCTION_WORD),
    regex.VERBOSE | regex.IGNORECASE,
)
#: The verdicts that call an event unreal when said before it.
EVENT_VERDICTS = frozenset("false fake faked fabricated bogus phony phoney".split())


def false_event(text: str, cue: Cue) -> regex.Match | None:
    """The event a falsity adjective calls unreal ("false Batmobile theft"), else None."""
    if cue.text.casefold() not in EVENT_VERDICTS:
        return None
    return FALSE_EVENT.match(folded_text(text), cue.end)


#: What someone calls a report when they deny it ("absurd", "completely crazy"; ``dismissive_words.txt``).
DISMISSIVE_WORDS = lexicon.lines("dismissive_words.txt")
# A verb of calling, a report noun as its object, and a dismissive word for it: the report's
# content is the compound before the noun ("calls macabre selfie claims completely crazy") or
# its that/of-clause ("calls rumours that he quit absurd").  The object must be a report:
# "calls the senator crazy" denies nothing.
#   "Minister calls the kidnapping rumours absurd" -> content "kidnapping ", verdict "absurd"
CALLED_DISMISSED = regex.compile(
    r"""
    \b(?:calls?|called|calling|labels?|labell?ed|brands?|branded|deems?|deemed|dubs?|dubbed|terms?|termed)\s+
    (?:(?:the|these|those|such|all|a|an|this|that)\s+)?
    (?P<content>(?:[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*\s+){0,5}?)                 # what the report says
    (?:reports?|claims?|rumou?rs?|stor(?:y|ies)|allegations?|accusations?|speculation|suggestions?)
    (?:\s+(?:that|of|about)\s+(?P<clause>[^,;:.!?]{1,200}?))?                         # or its content clause
    \s*,?\s+(?:(?:as|both|completely|totally|utterly|entirely|absolutely|simply|just|pure|patently|
               categorically|wholly|outright|frankly|quite|really|very|so|downright|plain|likely|probably|
               most\s+likely|greatly|grossly|wildly|largely|all|highly)\s+)*
    (?P<verdict>{words})(?![\w'])
    """.replace("{words}", "|".join(sorted((regex.escape(w) for w in DISMISSIVE_WORDS), key=len, reverse=True))),
    regex.VERBOSE | regex.IGNORECASE,
)


def called_dismissed(f: Features, withheld: Callable[[Cue], bool] = lambda cue: False) -> list[Target]:
    """Reports a statement says someone calls absurd, crazy, baseless: the target is what they say.

    ``withheld`` tells a verb of calling that is asked or hypothetical ("Will the minister
    call the rumours absurd?"): it passes no verdict.

    >>> from provenance.features import features
    >>> f = features("Minister calls the kidnapping rumours absurd.")
    >>> [(t.kind, f.text[t.start : t.end]) for t in called_dismissed(f)]
    [('object', 'kidnapping')]
    """
    text, folded = f.text, folded_text(f.text)
    out = []
    for m in CALLED_DISMISSED.finditer(folded):
        if withheld(Cue(text[m.start() : m.start("content")], m.start(), m.start("content"))):
            continue
        cue = Cue(text[m.start("verdict") : m.end("verdict")], m.start("verdict"), m.end("verdict"), CueKind.VERDICT)
        if m.group("clause"):
            target = span_target(cue, "clause", f, m.start("clause"), m.end("clause"))
        elif m.group("content").strip():
            target = span_target(cue, "object", f, m.start("content"), m.end("content"))
        else:
            target = Target(cue, "anaphoric", m.start("content"), m.start("content"), frozenset(), False, ())
        if target is not None:
            out.append(target)
    return out


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
