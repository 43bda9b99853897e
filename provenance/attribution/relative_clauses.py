"""Reporting verbs inside relative clauses.

A cue in a relative clause set off by commas or dashes reports only up to where
the clause closes (``Ruiz, who has called for X, lambasted Y``); a relative
clause whose object is missing (``policies she supported``) reports nothing
after its verb.
"""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.phrases import Phrase
from provenance.attribution.sentence import Sentence
from provenance.attribution.words import COMMON_VERBS, DASHES, DETERMINERS, STOP_WORDS
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import AUXILIARIES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from provenance.tokens import Tok


def relative_content(s: Sentence, src: Phrase, content: tuple[int, int], lex: Lexicon) -> tuple[int, int] | None:
    """The content of a cue in a relative clause set off by commas or dashes, cut where the
    clause closes: at the dash that pairs with the one before the pronoun ("Ruiz — who has
    called for X — lambasted Y"), or at a comma before a finite verb, where the main clause
    goes on ("Ruiz, who has called for X, lambasted Y").  None when the content starts where
    the clause has already closed: the cue reports nothing ("X, who spoke anonymously, said …")."""
    toks = s.toks
    opener = toks[src.start - 1].text if src.start > 0 else ""
    if opener != "," and opener not in DASHES:
        return content
    a, b = s.index_at(content[0]), s.index_at(content[1]) - 1

    def closes(k: int) -> bool:
        return toks[k].text in DASHES if opener in DASHES else toks[k].text == ","

    def finite(nxt: Tok) -> bool:
        return (
            nxt.low in AUXILIARIES
            or (not nxt.cap and (nxt.low in lex.past or nxt.low.endswith("ed") or nxt.low in IRREGULAR_VERBS))
            or (nxt.low in lex.verbs and nxt.low not in lex.participles)
        )

    if a > src.end + 1 and closes(a - 1) and finite(toks[a]):
        return None  # "X, who spoke anonymously, said …": the clause closed before it, the main clause goes on
    nested = 0  # relative clauses opened inside the content ("said the plan, which failed, was …")
    for k in range(a + 1, min(b, s.last - 1) + 1):
        if not closes(k):
            continue
        nxt = toks[k + 1]
        if opener not in DASHES and nxt.low in RELATIVE_PRONOUNS:
            nested += 1
            continue
        verb = finite(nxt)
        if verb and nested:
            nested -= 1
        elif opener in DASHES or verb:
            cut = content_span(s, a, k - 1)
            return cut if cut is not None else content
    return content


#: Words that open a relative clause or a free relative whose object is missing after its
#: verb: "what many expect to be ...", "where they planned to take refuge".
GAP_OPENERS = frozenset("what where which whom whatever".split())


def object_gap(s: Sentence, src: Phrase, lex: Lexicon) -> bool:
    """Does the source open a relative clause whose object is missing ("policies she supported",
    "the bill which he wants to pass", "what many expect to be")?  The verb's object is the
    noun before, so what follows the verb is no content of its own."""
    toks = s.toks
    a = src.start - 1
    if a < 0:
        return False
    prev = toks[a]
    if prev.low in GAP_OPENERS:
        return True
    # a noun right before a pronoun subject, without a comma or "that": a reduced relative
    return (
        src.pronoun
        and toks[src.start].low in SUBJECT_PRONOUNS
        and prev.word
        and not prev.cap
        and prev.low not in STOP_WORDS
        and prev.low not in DETERMINERS
        and prev.low not in lex.verbs
        and prev.low not in COMMON_VERBS
        and not prev.low.endswith(("ly", "ed"))
    )
