"""Construction family: noun cues with a possessive owner.

``the minister's threat to resign``, ``her comments on the tape``, ``Trump's claim
that the vote was rigged``, ``their fear that the dam will fail``: a reporting or
noun of saying (``data/cue_nouns.txt``) whose possessive names the source, and a
complement that is the content (a that-clause, a to-infinitive, or ``about``,
``on``, ``of``, ``over``, ``for``, ``against`` and what follows), up to the end of
its clause.  Nouns of belief or intention (``its intention to``) are left out:
an attitude is too weak to source the sentence it stands in.
"""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import Phrase, head_ok, is_time, phrase_before
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.words import COMMON_VERBS, DASHES, DETERMINERS, STOP_WORDS
from provenance.lexicon import AUXILIARIES

#: Possessive pronouns and the subject pronoun each stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Words that introduce the complement of a noun cue.
NOUN_LINKS = frozenset("that to about on of over for against".split())
#: Most modifiers between the possessive and its noun ("his repeated public calls").
MAX_NOUN_MODIFIERS = 2


def noun_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for noun cues owned by a possessive."""
    toks = s.toks
    if lex.cue_nouns.keys().isdisjoint(s.lows):
        return
    for i, t in enumerate(toks):
        if t.low not in lex.cue_nouns or i in consumed or i == 0 or i + 2 > s.last:
            continue
        if (s.quoted and s.quoted[i]) or toks[i + 1].low not in NOUN_LINKS:
            continue
        link = toks[i + 1].low
        if link == "to" and not infinitive(s, i + 2, lex):
            continue  # "her call to the ministry": a noun after "to", not an infinitive
        owner = _owner(s, i, lex)
        if owner is None:
            continue
        content = content_span(s, i + 2 if link == "that" else i + 1, complement_end(s, i + 2, link, lex))
        if content is None:
            continue
        drafts.append(
            Draft(
                src=owner,
                cue=(t.start, t.end),
                content=content,
                stance=lex.cue_nouns[t.low],
                anchor=owner.start,
                content_after=True,
            )
        )
        consumed.update(range(owner.start, i + 1))


def complement_end(s: Sentence, k: int, link: str, lex: Lexicon) -> int:
    """The last token of a complement whose words start at token ``k`` after its link word.

    It runs to the end of its clause: punctuation, or (unless it is a that-clause, which has
    verbs of its own) the verb the noun phrase around it is the subject of ("her comments on
    the tape | were ...").
    """
    toks = s.toks
    end = k + 1
    while end <= s.last and toks[end].text not in ",;:" and toks[end].text not in DASHES:
        if link != "that" and _finite(toks[end].low, lex) and _verb_after(toks[end - 1].low, toks[end].low, lex):
            break
        end += 1
    return end - 1


def infinitive(s: Sentence, k: int, lex: Lexicon) -> bool:
    """Does token ``k``, after "to", open a to-infinitive ("to resign", "to say")?"""
    t = s.toks[k]
    return (
        t.word
        and not t.cap
        and t.low not in STOP_WORDS
        and t.low not in DETERMINERS
        and not lexical(t.low, lex)
        and not t.low.endswith(("ed", "ing"))
    )


def _verb_after(before: str, low: str, lex: Lexicon) -> bool:
    """Is the verb form ``low`` a verb after the word ``before``, not a noun?  Not after an article
    or a possessive ("the plan", "his call"); a base form only after a plural ("the rules | need
    …"), since after an adjective it is a noun ("the new plan")."""
    if before in DETERMINERS:
        return False
    base = low in COMMON_VERBS and not low.endswith(("s", "ed")) and low not in lex.past
    return not base or low in AUXILIARIES or (before.endswith("s") and not before.endswith("ss"))


def _finite(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a verb that a noun phrase could be the subject of ("is", "says", "did")?"""
    return low in AUXILIARIES or (low in lex.verbs and low != lex.verbs[low].lemma) or low in COMMON_VERBS


def _owner(s: Sentence, i: int, lex: Lexicon) -> Phrase | None:
    """The possessive that owns the noun at token ``i``, over at most two modifiers."""
    toks = s.toks
    k = i - 1
    while k > 0 and i - k <= MAX_NOUN_MODIFIERS and toks[k].word and not toks[k].low.endswith(("'s", "s'")):
        if toks[k].low in POSSESSIVE_PRONOUNS or toks[k].cap or toks[k].low in lex.verbs:
            break
        k -= 1
    t = toks[k]
    if t.low in POSSESSIVE_PRONOUNS:
        return Phrase(k, k, k, pronoun=True)
    if not t.low.endswith(("'s", "s'")) or is_time(s, k, lex) or bare_word(t.low) in lex.time_words:
        return None  # "last week's statement": a time, not an owner
    owner = phrase_before(s, k, 0, lex)
    if owner is None and (s.name_words[k] or lexical(bare_word(t.low), lex)):
        start = k - 1 if k > 0 and toks[k - 1].low in DETERMINERS else k  # "the minister's"
        owner = Phrase(start, k, k)
    if owner is None or owner.pronoun or not (head_ok(s, owner.head, lex) or owner.head == k):
        return None
    if bare_word(toks[owner.head].low) in lex.documents:
        return None  # "the report's conclusion": the document is no speaker
    return owner
