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
from provenance.attribution.phrases import first_head as first_head_of
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.subjects import clause_subject
from provenance.attribution.words import COMMON_VERBS, DASHES, DETERMINERS, STOP_WORDS
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import AUXILIARIES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS

#: Possessive pronouns and the subject pronoun each stands for.
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}
#: Nouns of saying whose to-infinitive is what was said ("her threat to resign", "his call to
#: boycott"); after the others a to-infinitive gives a purpose ("her message to fact-check him",
#: "his statement to reassure voters").
INFINITIVE_NOUNS = frozenset(
    """
    threat threats promise promises pledge pledges vow vows call calls demand demands warning warnings
    plea pleas recommendation recommendations claim claims
    """.split()
)
#: Words that introduce the complement of a noun cue.
NOUN_LINKS = frozenset("that to about on of over for against".split())
#: Words that open a clause of its own between a subject and a possessive ("Ruiz, who backed her call").
CLAUSE_WORDS = frozenset("that which who whom whose when while after before because although if as".split())
#: Words after a comma that go on with the noun phrase before it ("…, especially the young").
ELABORATIONS = frozenset("especially particularly including notably mostly mainly".split())
#: Words of degree before a participle used as an adjective ("a more limited bill", "so divided").
DEGREE_BEFORE = frozenset("more most less least very so too well better best".split())
#: Most words of one item of a list in a complement ("Mexico, the trade deal and …").
MAX_LIST_ITEM = 6
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
        if link == "to" and (bare_word(t.low) not in INFINITIVE_NOUNS or not infinitive(s, i + 2, lex)):
            continue  # "her call to the ministry": a noun after "to"; "her message to check him": a purpose
        owner = owner_of(s, i, lex)
        if owner is None:
            continue
        if any(d.content is not None and d.content[0] == toks[owner.start].start for d in drafts):
            continue  # "Ruiz repeated | her claim that …": the object a verb reports, already held
        owner = subject_owner(s, owner, lex)
        # a that-clause runs on over its own commas ("her admission that, to pay for it, she …")
        end = s.last if link == "that" else complement_end(s, i + 2, link, lex)
        content = content_span(s, i + 2 if link == "that" else i + 1, end)
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
    while end <= s.last and toks[end].text not in ";:" and toks[end].text not in DASHES:
        if toks[end].text == ",":
            if not _list_goes_on(s, end, lex):
                break
        elif link != "that" and (
            (_finite(toks[end].low, lex) and _verb_after(toks[end - 1].low, toks[end].low, lex))
            or _past_after_noun(s, end)
        ):
            break
        end += 1
    return end - 1


def _list_goes_on(s: Sentence, comma: int, lex: Lexicon) -> bool:
    """Does the comma at token ``comma`` go on with a list of nouns ("Mexico, China and the
    trade deal"): words without a verb, up to an "and" or "or" with a word after it?"""
    toks = s.toks
    k = comma + 1
    if k <= s.last and toks[k].low in ELABORATIONS:
        return True  # "with black voters, especially younger ones": the noun phrase goes on
    words = 0
    while k <= s.last and k - comma <= MAX_LIST_ITEM:
        low = toks[k].low
        if low in ("and", "or"):
            return words > 0 and k + 1 <= s.last and toks[k + 1].word
        if not toks[k].word and toks[k].text != ",":
            return False
        if _finite(low, lex) or low in STOP_WORDS - DETERMINERS:
            return False
        words += toks[k].word
        k += 1
    return False


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
    if before in DETERMINERS or before in SUBJECT_PRONOUNS or before in RELATIVE_PRONOUNS:
        return False  # "the sway | he has", "people | who had": a clause of its own inside the complement
    base = low in COMMON_VERBS and not low.endswith(("s", "ed")) and low not in lex.past
    return not base or low in AUXILIARIES or (before.endswith("s") and not before.endswith("ss"))


def _past_after_noun(s: Sentence, k: int) -> bool:
    """Is token ``k`` a past verb right after a noun: the verb the noun phrase around the
    complement is the subject of ("his criticism of the plan | angered …", "the minister's
    threat to resign | shocked …")?  Not after an article, an adverb or an auxiliary ("the
    proposed plan", "a widely praised plan", "a more limited bill", "was approved")."""
    t, before = s.toks[k], s.toks[k - 1]
    if t.cap or not (t.low.endswith("ed") or IRREGULAR_VERBS.get(t.low, t.low) != t.low):
        return False
    return (
        before.word
        and not before.low.endswith("ly")
        and before.low not in STOP_WORDS
        and before.low not in AUXILIARIES
        and before.low not in DETERMINERS
        and before.low not in DEGREE_BEFORE  # "a more limited bill"
    )


def _finite(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a verb that a noun phrase could be the subject of ("is", "says", "did")?"""
    return low in AUXILIARIES or (low in lex.verbs and low != lex.verbs[low].lemma) or low in COMMON_VERBS


def subject_owner(s: Sentence, owner: Phrase, lex: Lexicon) -> Phrase:
    """The subject of the clause when a possessive pronoun owner is that subject's own ("Ruiz
    repeated her claim that …", "Trump continues his praise of …"): the source a reader names.
    The owner itself when the subject is not a person or a body, is a pronoun, comes after it,
    does not agree in number ("the senators renewed her call"), or a clause boundary stands
    between them."""
    toks = s.toks
    if not owner.pronoun or toks[owner.start].low not in ("his", "her", "their"):
        return owner
    subject = clause_subject(s, 0, owner.start, lex)
    if subject is None or subject.pronoun or subject.end >= owner.start:
        return owner
    if any(
        toks[k].text in ",;:" or toks[k].text in DASHES or toks[k].low in CLAUSE_WORDS or _says(toks[k].low, lex)
        for k in range(subject.end + 1, owner.start)
    ):
        return owner  # "Ruiz said her plan …": the noun is inside what she said
    head = bare_word(toks[first_head_of(s, subject, lex)].low)
    if not (s.name_words[subject.head] or head in lex.persons or head in lex.institutions):
        return owner
    plural = any(toks[k].low == "and" for k in range(subject.start, subject.end + 1)) or (
        head.endswith("s") and not s.name_words[subject.head]
    )
    return subject if plural == (toks[owner.start].low == "their") else owner


def _says(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a strong reporting verb ("said", "saying"), whose clause is what was said?"""
    return low in lex.verbs and "that" not in lex.verbs[low].flags


def owner_of(s: Sentence, i: int, lex: Lexicon) -> Phrase | None:
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
    if t.text in ("'", "’") and k > 0 and toks[k - 1].low.endswith("s") and not s.opens[k]:
        owner = phrase_before(s, k - 1, 0, lex)  # "editorial boards’ disdain": a plural's apostrophe apart
        return owner if owner is not None and not owner.pronoun and head_ok(s, owner.head, lex) else None
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
