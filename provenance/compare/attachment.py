"""What a word attaches to: the noun a verdict qualifies, the relative clause a negation stands in.

Two facts of English grammar keep a denial cue or a negation from denying a
proposition of its statement:

* A verdict adjective before a noun that is not a story qualifies that noun
  ("fabricated evidence was presented", "the fake account posted threats",
  "caught with fake passports"): the statement says something *with* a fake
  thing in it, it passes no verdict on a report.  Before a story noun it does
  ("a fake Banksy arrest report", "fabricated Iraq helicopter story").
* A relative clause says which thing is meant, it asserts nothing to deny:
  "Path, that social app you don't use" negates nothing anyone reported, and
  in "a bogus tweet that was circulated" the words after "that" are no
  content of the tweet (a content clause has its own subject: "reports that
  the mayor resigned").

>>> attributive("the fake account posted threats", 9)
'other'
>>> attributive("a fake Banksy arrest report", 6)
'story'
>>> attributive("the photo is fake.", 17) is None
True
>>> in_relative_clause("Path, that social app you don't use", 6, 29)
True
>>> in_relative_clause("The mayor says she didn't resign", 0, 22)
False
"""

from __future__ import annotations

import regex

from provenance import lexicon
from provenance.features.text import fold

__all__ = [
    "ADJECTIVE_VERDICTS",
    "SITE_NOUNS",
    "STORY_NOUNS",
    "attributive",
    "in_relative_clause",
    "relative_that",
]

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
#: Nouns for who publishes, not what is published: a fake one is an impostor, no verdict on a
#: report ("a fake Banksy account reposted it", "fake BBC News website set up").
SITE_NOUNS = frozenset(
    "site sites website websites outlet outlets account accounts page pages profile profiles".split()
)
#: Words of a noun phrase after an attributive verdict, at most ("fake Lisa Bonet tweet").
PHRASE_WORDS = 4
#: Words before a verdict that make it predicative ("is probably fabricated shite", "was a fake video").
COPULA_WORDS = frozenset("is are was were be been being 's seems seemed appears appeared proved".split())
#: Words that may stand between a copula and a predicative verdict ("is probably a fake").
PREDICATE_FILLERS = frozenset(
    "a an the just probably likely clearly completely totally entirely simply another complete total utter".split()
)

#: Forms of the reporting verbs (``reporting_verbs.txt``): "says", "insisted", "thinks" take a
#: content clause, so a "that" after one opens no relative clause.
REPORTING_FORMS = frozenset(
    w.casefold() for line in lexicon.lines("reporting_verbs.txt") for w in line.split() if w[0] not in ":+"
)
#: Nouns that take a content clause ("reports that ...", "the fact that ...", "no sign that ..."):
#: a "that" after one opens what it says, not a relative clause.  The report nouns of the
#: attribution grammar (``report_nouns.txt``) and the nouns of knowing and expecting.
COMPLEMENT_NOUNS = frozenset(w.casefold() for w in lexicon.lines("report_nouns.txt")) | frozenset(
    """
    news evidence fact facts sign signs proof hope hopes fear fears belief beliefs idea ideas word
    possibility chance impression indication indications confirmation assurance assurances warning
    warnings message suggestion rumour rumours rumor rumors
    """.split()
)
#: Determiners that open a noun phrase (a relative clause follows a noun phrase).
DETERMINERS = frozenset("the a an this that these those his her its their our your my any every each some".split())
#: Words after "that" that show the clause has no subject of its own, so "that" is a relative
#: pronoun ("a tweet that was circulated", "stories that sound true", "a report that went viral").
SUBJECTLESS_HEADS = lexicon.AUXILIARIES | frozenset(
    """
    sound sounds sounded seem seems seemed appear appears appeared look looks looked go goes went
    make makes made spread spreads circulate circulates circulated surface surfaces surfaced
    emerge emerges emerged purport purports purported turn turns turned
    """.split()
)

# A run of letters (a word).
WORD = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}'\-]*")
# Punctuation that ends a noun phrase.
PHRASE_BREAK = regex.compile(r"[,;:.!?()\"\u201c\u201d\u2014\u2013]|\s-\s")


def attributive(text: str, end: int) -> str | None:
    """What a verdict adjective ending at ``end`` qualifies, when a noun phrase follows it.

    Returns:
        ``"story"`` when a story noun heads the phrase ("fake Banksy arrest report"),
        ``"other"`` when it qualifies something else ("fake passports", "the fake
        account posted"), None when no phrase follows it or the verdict is
        predicative ("the photo is fake.", "is probably fabricated shite").
    """
    folded = fold(text).casefold()
    before = [w.group() for w in WORD.finditer(folded, max(0, end - 80), end)][:-1]
    for word in reversed(before[-3:]):
        if word in COPULA_WORDS or word in lexicon.PRONOUN_CONTRACTIONS or word in ("that's", "what's"):
            return None  # "X is a fake video", "it's a fake photo": a verdict on X
        if word not in PREDICATE_FILLERS:
            break
    run: list[tuple[str, int]] = []
    pos = end
    for w in WORD.finditer(folded, end):
        if PHRASE_BREAK.search(folded, pos, w.start()) or len(run) == PHRASE_WORDS:
            break
        word = w.group()
        if word in lexicon.FUNCTION_WORDS or (word in REPORTING_FORMS and word not in STORY_NOUNS):
            break  # "fake passports found", "fake, says": the phrase ends
        run.append((word, w.end()))
        pos = w.end()
    if not run:
        return None
    for word, stop in run:
        if word in SITE_NOUNS and not regex.match(r"\s+(?:of|that|about|claiming|saying)\b", folded[stop:]):
            return "other"  # "a fake Banksy account reposted it": an impostor
    if any(word in STORY_NOUNS for word, _ in run):
        return "story"
    if all(w in PREDICATE_FILLERS for w in before) and not WORD.search(folded, run[-1][1]):
        return None  # "A bogus Banksy.": a headline that is the phrase alone passes its verdict on it
    return "other"


def relative_that(text: str, pos: int) -> int | None:
    """Where the content of a clause opened by "that" (ending at ``pos``) starts, or None for a relative clause.

    "Reports that the mayor resigned": the content starts at ``pos``.  "A tweet
    that was circulated", "stories that sound true": "that" is the subject of
    its clause, no content follows (None).  "A report that said he had died":
    the content is what the relative clause says was said ("he had died").
    """
    text = fold(text)
    m = WORD.search(text, pos)
    if m is None:
        return pos
    word = m.group().casefold()
    if word in SUBJECTLESS_HEADS:
        return None
    if word in REPORTING_FORMS:
        rest = regex.match(r"\s+that\b", text[m.end() :])
        return m.end() + (rest.end() if rest else 0)
    return pos


def in_relative_clause(text: str, start: int, pos: int) -> bool:
    """Does the word at ``pos`` stand in a relative clause that opens after ``start`` (the start of its clause)?

    A relative clause opens with a relative pronoun ("a priest who never
    existed", "the man whom police did not charge"), with "that" after a noun
    that takes no content clause ("the app that users don't use"), or with a
    subject pronoun right after a noun phrase ("that social app you don't use").
    The word at ``pos`` stands in it when only the clause's subject and
    auxiliaries come between: in "the image that everyone is sharing isn't
    real" the negation is the main clause's.  Not "that" after a reporting
    verb or a report noun ("says that it won't", "reports that he didn't").
    """
    words = [w.group().casefold() for w in WORD.finditer(fold(text), start, pos)]
    for i, w in enumerate(words):
        if w in lexicon.RELATIVE_PRONOUNS or w in ("whom", "whose"):
            opens = i + 1
        elif w == "that" or (w in lexicon.SUBJECT_PRONOUNS and w != "it"):
            determiner = next((d for d in range(i - 1, max(-1, i - 5), -1) if words[d] in DETERMINERS), None)
            if determiner is None or i - determiner < 2:
                continue  # no noun phrase right before
            phrase = words[determiner + 1 : i]
            if any(p in REPORTING_FORMS or p in lexicon.FUNCTION_WORDS for p in phrase):
                continue  # "the company said that ...": a verb, not a noun phrase
            if w == "that" and phrase[-1] in COMPLEMENT_NOUNS:
                continue  # "reports that he didn't ...": what the reports say
            opens = i + 1 if w == "that" else i
        else:
            continue
        rest = words[opens:]
        subject = 0
        while subject < len(rest) and rest[subject] not in lexicon.AUXILIARIES:
            subject += 1
        if subject <= 3 and all(x in lexicon.AUXILIARIES for x in rest[subject:]):
            return True
    return False
