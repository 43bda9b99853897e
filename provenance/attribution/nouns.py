"""Construction family: noun cues with a possessive owner.

``the minister's threat to resign``, ``her comments on the tape``, ``Trump's claim
that the vote was rigged``, ``their fear that the dam will fail``: a reporting or
noun of saying (``data/cue_nouns.txt``) whose possessive names the source, and a
complement that is the content (a that-clause, a to-infinitive, or ``about``,
``on``, ``of``, ``over``, ``for``, ``against`` and what follows), up to the end of
its clause.  Nouns of belief or intention (``its intention to``) are left out:
an attitude is too weak to source the sentence it stands in.  ``By her own
admission, …`` and ``…, by its own estimate`` source the clause they are set off
from (:func:`account_drafts`).
"""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import Phrase, head_ok, is_time, phrase_after, phrase_before
from provenance.attribution.phrases import first_head as first_head_of
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.subjects import clause_subject
from provenance.attribution.words import COMMON_VERBS, DASHES, DETERMINERS, STOP_WORDS
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import AUXILIARIES, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from provenance.model import Stance

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
        at = link_at(s, i, lex)
        if (s.quoted and s.quoted[i]) or at + 1 > s.last or toks[at].low not in NOUN_LINKS:
            continue
        link = toks[at].low
        if link == "to" and (bare_word(t.low) not in INFINITIVE_NOUNS or not infinitive(s, at + 1, lex)):
            continue  # "her call to the ministry": a noun after "to"; "her message to check him": a purpose
        owner = owner_of(s, i, lex)
        if owner is None:
            continue
        if any(d.content is not None and d.content[0] == toks[owner.start].start for d in drafts):
            continue  # "Ruiz repeated | her claim that …": the object a verb reports, already held
        owner = subject_owner(s, owner, lex)
        # a that-clause runs on over its own commas ("her admission that, to pay for it, she …")
        end = s.last if link == "that" else complement_end(s, at + 1, link, lex)
        content = content_span(s, at + 1 if link == "that" else at, end)
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


#: Most tokens of a phrase of time between a noun cue and its link word ("his announcement
#: in 2014 of …", "her remarks last week about …").
MAX_TIME_TOKENS = 3
#: Words that open a phrase of time after a noun ("in 2014", "on Tuesday", "last week").
TIME_OPENERS = frozenset("in on last this earlier late early".split())


def link_at(s: Sentence, i: int, lex: Lexicon) -> int:
    """The token after the noun at token ``i`` and a phrase of time after it, if any, where its
    link word stands: "announcement | of", "announcement in 2014 | of", "remarks last week | about"."""
    toks = s.toks
    k = i + 1
    while k <= s.last and k - i <= MAX_TIME_TOKENS:
        nxt = k + 1 <= s.last and (is_time(s, k + 1, lex) or _year(toks[k + 1].text))
        if not (is_time(s, k, lex) or _year(toks[k].text) or (toks[k].low in TIME_OPENERS and nxt)):
            break
        k += 1
    return k


def _year(text: str) -> bool:
    """Is the token a year ("2014")?"""
    return len(text) == 4 and text.isdigit() and text[:2] in ("19", "20")


#: Nouns of a reaction that the subject of "draw", "face", "win" … gets from someone: "the plan
#: drew criticism from farmers" is the farmers' criticism of the plan, as "was criticized by".
REACTION_NOUNS = frozenset(
    """
    criticism criticisms praise condemnation condemnations rebuke rebukes scorn ridicule derision
    applause plaudits complaints objections protests pushback
    """.split()
)
#: Verbs whose subject gets a reaction named by its object ("drew criticism from", "faced
#: condemnation from", "won praise from", "came under fire from").
REACTION_VERBS = frozenset(
    """
    draw draws drew drawn drawing face faces faced facing receive receives received receiving
    win wins won winning earn earns earned earning attract attracts attracted attracting
    """.split()
)
#: Adverbs between a subject and its verb ("Ruiz also faced …").
SUBJECT_ADVERBS = frozenset("also too already again now later then still recently soon".split())
#: Most modifiers between a reaction verb and its noun ("drew sharp bipartisan criticism").
MAX_REACTION_MODIFIERS = 3


def reaction_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for a reaction the subject gets from a source: "the plan drew sharp criticism from
    farmers", "the mayor faced condemnation from the union", "the bill won praise from the
    governor" -> the source after "from", the subject as content (as in the passive "was
    criticized by")."""
    toks = s.toks
    if "from" not in s.lows or REACTION_NOUNS.isdisjoint(s.lows):
        return
    for i, t in enumerate(toks):
        if t.low not in REACTION_NOUNS or i in consumed or i + 2 > s.last or toks[i + 1].low != "from":
            continue
        v = i - 1
        while v > 0 and i - v <= MAX_REACTION_MODIFIERS and toks[v].low not in REACTION_VERBS:
            if not toks[v].word or toks[v].cap or (toks[v].low in STOP_WORDS and toks[v].low not in ("a", "some")):
                break
            v -= 1
        if v <= 0 or toks[v].low not in REACTION_VERBS:
            continue
        source = phrase_after(s, i + 2, lex)
        if source is None or source.pronoun:
            continue
        start = v - 1
        while start >= 0 and toks[start].text not in ",;:" and toks[start].text not in DASHES:
            start -= 1
        end = v - 1
        while end > start + 1 and (toks[end].low in SUBJECT_ADVERBS or toks[end].low.endswith("ly")):
            end -= 1  # "Ruiz also | faced criticism": the adverb is the verb's
        content = content_span(s, start + 1 if start + 1 < end else 0, end)
        first = s.index_at(content[0]) if content is not None else v
        if content is None or any(_clause_word(s, k, lex) for k in range(first, v)):
            continue  # "Officials said the plan drew …": a verb before, the subject is no plain noun phrase
        drafts.append(
            Draft(
                src=source,
                cue=(toks[v].start, t.end),
                content=content,
                stance=Stance.ASSERT,
                anchor=v,
                content_after=False,
            )
        )
        consumed.update(range(v, i + 2))


def _clause_word(s: Sentence, k: int, lex: Lexicon) -> bool:
    """Is token ``k`` a verb or a word that opens a clause, which no plain subject holds ("said",
    "which"; not the noun of "the plan")?"""
    low = s.toks[k].low
    if low in CLAUSE_WORDS:
        return True
    before = s.toks[k - 1].low if k > 0 else ""
    return (_finite(low, lex) or low in lex.acts) and _verb_after(before, low, lex)


#: Nouns of an account after "by" and a possessive that source the clause they are set off
#: from ("By his own admission, he …", "…, by their own count"): a writer's way of saying
#: that the claim is the owner's.
ACCOUNT_NOUNS = frozenset("admission admissions account accounts count estimate estimates reckoning telling".split())


def account_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "by X's own account" set off by a comma at the start or the end of a
    sentence: the clause on the other side of the comma is what X said ("By her own account,
    she spent …" -> her, content "she spent …")."""
    toks = s.toks
    if ACCOUNT_NOUNS.isdisjoint(s.lows) or "by" not in s.lows:
        return
    for i, t in enumerate(toks):
        if t.low not in ACCOUNT_NOUNS or i in consumed or i < 2:
            continue
        owner = owner_of(s, i, lex)
        if owner is None:
            continue
        by = owner.start - 1
        if by < 0 or toks[by].low != "by" or any(toks[k].low not in ("own",) for k in range(owner.end + 1, i)):
            continue  # "by his own account", "by the minister's account": nothing else between
        opener = by == 0 or (by == 1 and s.opens[0])
        if opener and i + 1 <= s.last and toks[i + 1].text == ",":
            content = content_span(s, i + 2, s.last)
            content_after = True
        elif by > 1 and toks[by - 1].text == "," and all(not toks[k].word for k in range(i + 1, s.last + 1)):
            content = content_span(s, 0, by - 2)  # "…, by her own account."
            content_after = False
        else:
            continue
        if content is None:
            continue
        drafts.append(
            Draft(
                src=owner,
                cue=(toks[owner.end + 1].start, t.end),
                content=content,
                stance=Stance.ASSERT,
                anchor=owner.start,
                content_after=content_after,
            )
        )
        consumed.update(range(by, i + 1))


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
    if all(toks[k].low in STOP_WORDS for k in range(subject.end + 1, owner.start)):
        return owner  # "Contrary to his claim …", "Despite her warning …": no verb makes the subject hers
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
