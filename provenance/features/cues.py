"""Cue words of a statement: negation, modality, hedges, denials, confirmations, report objects."""

from __future__ import annotations

import enum
from collections.abc import Mapping

import attrs
import regex

from provenance.features.text import alternation, finditer, lexicon_pattern
from provenance.features.words import (
    CONFIRMATION_CUES,
    DENIAL_CUES,
    HEDGE_CUES,
    MODAL_CUES,
    NEGATION_CUES,
    PERSON_TITLES,
)

# Any negation cue; "n't" also at the end of a word.
#   "No, Banksy has not been arrested" -> "No", "not"
NEGATION = regex.compile(
    r"""
    (?<=\w)n't(?!\w)        # didn't, isn't, won't
    | {cues}                # not, never, no, without ... (negation_cues.txt)
    """.replace("{cues}", alternation(c for c in NEGATION_CUES if c != "n't")),
    regex.VERBOSE | regex.IGNORECASE,
)
#: Phrases that open with a negation word without negating anything.
NEGATION_IDIOMS = (
    "no doubt",
    "not only",
    "not just",
    "no matter",
    "no less than",
    "no more than",
    "no fewer than",
    "not less than",
    "not more than",
    "nothing but",
    "no sooner",
    "without doubt",
    "if not",
    "not least",
    "no wonder",
    "not to mention",
    "none other than",
    "not far from",
    "no stranger",
    "no idea",
    "no way",
    "no mistake",
    "no limit",
    "no end",
    "never been better",
    "not bad",
)
# A negation idiom at a cue's position.
#   "no less than 64 strikes" -> not a negation
NEGATION_IDIOM = regex.compile(alternation(NEGATION_IDIOMS), regex.IGNORECASE)

#: Any modal cue (``modal_cues.txt``).
MODAL = lexicon_pattern(MODAL_CUES)
#: Any hedge (``hedge_cues.txt``).
HEDGE = lexicon_pattern(HEDGE_CUES)
#: Any denial cue (``denial_cues.txt``).
DENIAL = lexicon_pattern(DENIAL_CUES)

# A negation right before a denial cue, which then denies nothing.
#   "did not deny" "never denied" "no doubt" "without doubt" "not a hoax" "isn't fake"
NEGATED_CUE = regex.compile(
    r"""
    (?:\bno|\bnot|\bnever|\bwithout|\bbeyond|n't)     # a negation
    \s+(?:(?:a|an|any|the|really|actually|even)\s+)?   # at most a determiner or adverb
    \Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "No" as an answer opening a sentence: a verdict on what came before.
#   "No, Banksy has not been arrested"  "Brian Williams: No, our meteorologist ..."
NO_ANSWER = regex.compile(
    r"""
    (?:^|(?<=[:.?!"]\s{0,3}))     # at the start of the text or of a sentence
    (?:no|nope|nah)                # the answer
    (?=\s*[,.!:])                  # followed by punctuation, not a noun ("No one")
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
#: Any confirmation cue (``confirmation_cues.txt``).
CONFIRMATION = lexicon_pattern(CONFIRMATION_CUES)

# An earlier report as the object of a denial, with or without a determiner
# that points back at it ("those reports" is anaphoric, "reports that ..."
# and "Internet rumors" are not).
#   "Ruiz refuted those rumours" -> "those rumours" (det "those")
#   "shoots down congressman's claims" -> "congressman's claims"
#   "dismissed claims that he had fled" -> "claims that"
REPORT_OBJECT = regex.compile(
    r"""
    (?<!\w)
    (?:
        (?:(?P<det>those|these|the|such|this|that)\s+)?           # a determiner pointing back
        (?:(?:earlier|recent|media|press|online|news|internet|social\s+media|viral|widespread|\w+'s)\s+)?  # a modifier
        (?P<noun>reports?|claims?|rumou?rs?|allegations?|accounts?|speculation|stories|story|
                 suggestions?|assertions?|statements?)
        (?:\s+(?P<that>that|of|about))?                          # what they say follows
      | (?P<pronoun>it|this|that)(?=\s*[.,;]|\s*$)                   # "denied it."
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Headline attribution: the statement is someone's, not the outlet's.
#   "Apple to split in two -- report"  "Tesla picks Nevada: sources"
#   "Analysts: iPhone sales slow"  "Tim Cook: I wear my watch in the shower"
#   "Wife detained in Lebanon, officials say"
HEDGE_ATTRIBUTION = regex.compile(
    r"""
    # "-- report"
    (?:\s(?:--?|\u2014)\s?|:\s*)(?i:reports?|sources?|analysts?|officials?|police|study|experts?)\s*[.!]?\s*$
    | \s--?\s?\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?\s*$                                  # "-CNBC", "- DJ"
    # "Sources: ..."
    | ^[^:]{0,40}\b(?i:reports?|sources?|officials?|analysts?|police|study|experts?|witness(?:es)?|{titles})\s*:
    | :\s*["']?(?:I|We|My|Our)\b                                                            # "Tim Cook: I ..."
    | ,\s+(?:\w+\s){0,3}?(?i:say|says|said|claims?)\s*[.!]?\s*$                                # ", officials say"
    | :\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?\s*$                                          # "...: SITE", ": ABC"
    """.replace("{titles}", "|".join(regex.escape(t) for t in sorted(PERSON_TITLES, key=len, reverse=True))),
    regex.VERBOSE,
)


class CueKind(enum.StrEnum):
    """The sub-kind of a cue, from its lexicon (denials) or from the pattern that found it."""

    PLAIN = ""
    """No sub-kind."""
    VERB = "verb"
    """A denial verb with a target: "denied that ...", "dismissed reports ..."."""
    VERDICT = "verdict"
    """A verdict on a story: "a hoax", "fake", "not true"."""
    WEAK = "weak"
    """A verb that denies only with its object or that-clause: "questioned", "disputed"."""
    ATTRIBUTION = "attribution"
    """A hedge that attributes: "is said to", "reportedly"."""
    ANAPHORIC = "anaphoric"
    """A report object that points back: "those reports", "it"."""
    THAT = "that"
    """A report object followed by its content: "claims that"."""


@attrs.frozen
class Cue:
    """A cue word or phrase found in a text."""

    text: str
    """The cue as written."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    kind: CueKind = attrs.field(default=CueKind.PLAIN, converter=CueKind)
    """A sub-kind from the lexicon (``verb`` / ``verdict`` / ``weak`` for denials), else plain."""


def find_cues(
    pattern: regex.Pattern, text: str, folded: str, kinds: Mapping[str, str] | None = None
) -> tuple[Cue, ...]:
    out = []
    for m in finditer(pattern, folded):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end() - (len(m.group()) - len(m.group().rstrip()))
        if end <= start:
            continue
        kind = CueKind.PLAIN
        if kinds is not None:
            kind = CueKind(kinds.get(" ".join(folded[start:end].casefold().split()), ""))
        out.append(Cue(text[start:end], start, end, kind))
    return tuple(out)


def find_report_objects(text: str, folded: str) -> tuple[Cue, ...]:
    """Report objects, kind ``anaphoric`` ("those reports", "it"), ``that`` ("claims that") or empty."""
    out = []
    for m in finditer(REPORT_OBJECT, folded):
        if m.group("det") and m.group("det").casefold() in ("this", "that") and not m.group("noun"):
            continue
        if m.group("det") or m.group("pronoun"):
            kind = CueKind.ANAPHORIC
        else:
            kind = CueKind.THAT if m.group("that") else CueKind.PLAIN
        out.append(Cue(text[m.start() : m.end()], m.start(), m.end(), kind))
    return tuple(out)
