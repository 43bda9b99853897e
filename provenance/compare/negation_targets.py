"""Negation targets: what a short statement's flat negations deny ("Banksy has not been arrested").

The negation is the denial: a headline that negates a predicate denies the
report of it as a denial verb would.
"""

from __future__ import annotations

import attrs
import regex

from provenance import lexicon
from provenance.compare.attachment import in_relative_clause
from provenance.compare.clauses import (
    ADVERB,
    ALTERNATIVE_AFTER,
    ALTERNATIVE_BEFORE,
    CLAUSE_REACH,
    SKIPPED_AFTER_NEGATION,
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
)
from provenance.compare.keys import LIGHT_KEYS, content_keys, verb_key, word_key
from provenance.compare.negation import advice_before
from provenance.features import Features
from provenance.features.cues import Cue, CueKind
from provenance.features.text import stem
from provenance.features.words import FUNCTION_WORDS

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
# A verb of saying after the one who says it, before the clause said: its words are the speaker's,
# not what is denied ("Homeland Security says terrorists haven't crossed the border").
SPEAKER_VERB = regex.compile(
    r"(?<=[\p{L}\p{N}.'\u2019]\s+)(?:says?|said|insists?|insisted|claims?|claimed|maintains?|maintained)\s+(?:that\s+)?",
    regex.IGNORECASE,
)


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
THERE_IS = regex.compile(
    r"\s*there(?:'s|\s+(?:is|are|was|were|will\s+be|(?:has|have|had)\s+been))\s*", regex.IGNORECASE
)


def _denying_negations(folded: str) -> list[regex.Match]:
    """The flat negations of a short statement: verbal ones, and "No" opening it (:data:`NO_OPENING`), in order."""
    found = [*DENYING_NEGATION.finditer(folded), *NO_OPENING.finditer(folded)]
    return sorted(found, key=lambda m: m.start())


# A comma and the spaces after it.
COMMA = regex.compile(r",\s*")


def _in_list(f: Features, comma: regex.Match) -> bool:
    """Does the comma join two names of a list ("threats to the Foley, Sotloff families")?"""
    return any(e.end == comma.start() for e in f.entities) and any(e.start == comma.end() for e in f.entities)


def negation_targets(f: Features) -> list[Target]:
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
            or advice_before(folded, m.start())  # "politicians shouldn't feed fears", "please do not share"
            or ALTERNATIVE_AFTER.match(folded[m.end() :])
        ):
            continue
        end = min(clause_end(text, m.end()), follow_up_question(text))  # not "so what did she do?"
        comma = next((c.start() for c in COMMA.finditer(folded, m.end(), end) if not _in_list(f, c)), -1)
        end = end if comma < 0 else comma  # "not missing, just having surgery": what is negated ends at the comma
        head = next(
            (
                w
                for w in WORD_RUN.finditer(folded, m.end(), end)
                if w.group().casefold() not in SKIPPED_AFTER_NEGATION and not ADVERB.fullmatch(w.group())
            ),
            None,
        )
        if m.re is NO_OPENING and head is not None:
            head = noun_head(folded, head, end)  # "No ISIL fighters on the border" negates fighters
        if head is None or head.group().casefold() in UNSURE_HEADS:
            continue  # "isn't sure": nothing is denied
        light = _light_predicate(folded, head, end) if verb_key(head.group()) in LIGHT_KEYS else "negation"
        if light is None:
            continue  # "did not comment", "did not say when": nothing is denied
        kind = light
        start = clause_start(text, m.start())
        start = max(start, folded.rfind(",", start, m.start()) + 1)
        said_by = max(SPEAKER_VERB.finditer(folded, start, m.start()), key=lambda v: v.start(), default=None)
        if said_by is not None and content_keys(_words_before(text, said_by.end(), m)):
            start = said_by.end()  # "X says terrorists haven't crossed": X speaks, what X says is denied
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


def _words_before(text: str, start: int, m: regex.Match) -> str:
    """The words from ``start`` to the negation ``m``, less the word "n't" is written onto ("wo" of "won't")."""
    words = text[start : m.start()]
    if not m.group().startswith("n'"):
        return words
    parts = words.rsplit(None, 1)
    return parts[0] if len(parts) == 2 else ""


# What ends the noun phrase after "No": a function word, a verb form, a clause mark.
#   "No ISIL fighters [on] the border" "No threats [were] made" "No Americans [killed] in the attack"
PARTICIPLE = regex.compile(r"[\p{L}]{3,}ed", regex.IGNORECASE)


def noun_head(folded: str, first: regex.Match, end: int) -> regex.Match:
    """The head noun of the phrase after "No" that opens at ``first``: its last word before what ends it.

    "No ISIL fighters on the border" -> "fighters"; "No threats were made" -> "threats".
    """
    head = first
    for w in WORD_RUN.finditer(folded, first.end(), end):
        between = folded[head.end() : w.start()]
        word = w.group().casefold()
        if between.strip() or word in FUNCTION_WORDS or word.endswith("n't") or PARTICIPLE.fullmatch(word):
            break  # a mark between, or the phrase has ended
        head = w
    return head


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
