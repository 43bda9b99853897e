"""Construction family: stance predicates, what a person or a body holds about something.

``Ruiz has been critical of the plan``, ``aides were coy about whether …``, ``she is a
staunch opponent of the tax``, ``Ruiz, a longtime critic of the mayor, said …``, ``the party
is in favor of the bill``: an adjective or a role noun of ``data/stance_predicates.txt``
after a form of *be* (or *seem*, *remain*, *become* …) whose subject is a person or a body,
or a role noun in apposition to one.  The content is what its preposition, that-clause or
to-infinitive introduces, to the end of its clause.  A stance is a position the source holds,
not something it said: it is reported as a belief (stance ``belief``), the weaker kind.
"""

from __future__ import annotations

import functools

import attrs

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.nouns import complement_end, infinitive, owner_of, subject_owner
from provenance.attribution.phrases import Phrase, phrase_after, phrase_before
from provenance.attribution.sentence import Sentence, sentence_initial
from provenance.attribution.subjects import is_agent, subject_before
from provenance.attribution.words import DASHES, DETERMINERS, STOP_WORDS
from provenance.lexicon import AUXILIARIES, BE_FORMS, lines
from provenance.model import Stance


@attrs.frozen
class Predicate:
    """A stance predicate of the lexicon."""

    words: tuple[str, ...]
    """Its words, lower case (``("critical",)``, ``("in", "favor")``)."""
    noun: bool
    """A role noun (``critic``) rather than an adjective (``critical``)."""
    links: frozenset[str]
    """The words that may introduce its content (``of``, ``that``, ``to``)."""
    owned: bool = False
    """A noun of attitude whose possessive is the holder (``their disdain for``)."""
    infinitive: bool = False
    """Its ``to`` introduces a to-infinitive (``eager to talk``), not a noun phrase (``opposed to the tax``)."""


@functools.cache
def predicates() -> dict[str, tuple[Predicate, ...]]:
    """``stance_predicates.txt``: the first word of each predicate (a noun's plural too) -> its entries."""
    out: dict[str, tuple[Predicate, ...]] = {}
    for line in lines("stance_predicates.txt"):
        fields = line.split()
        words = tuple(w.lower() for w in fields if w[0] not in ":+")
        flags = [w[1:] for w in fields if w.startswith(":")]
        if flags not in (["adj"], ["noun"], ["owned"]) or not words:
            raise ValueError(f"stance_predicates.txt: {line!r}: one flag, :adj, :noun or :owned")
        links = [w[1:] for w in fields if w[0] == "+"]
        entry = Predicate(
            words=words,
            noun=flags == ["noun"],
            owned=flags == ["owned"],
            links=frozenset(w.removesuffix("-verb") for w in links),
            infinitive="to-verb" in links,
        )
        forms = [words[0], words[0] + "s"] if entry.noun or entry.owned else [words[0]]
        for form in forms:
            shaped = attrs.evolve(entry, words=(form, *words[1:]))
            out[form] = (*out.get(form, ()), shaped)
    return out


@functools.cache
def _needles() -> frozenset[str]:
    """The last word of every predicate (its plural too): a sentence without one holds none
    ("favor" for "in favor", not the "in" of every sentence)."""
    return frozenset(e.words[-1] for entries in predicates().values() for e in entries)


#: Verbs that link a subject to a stance adjective as "be" does ("seems wary of", "grew
#: frustrated with", "remains opposed to").
LINKING_VERBS = frozenset(
    """
    seem seems seemed seeming appear appears appeared remain remains remained remaining
    become becomes became becoming grow grows grew grown growing stay stays stayed
    """.split()
)

#: Words of degree and time that may stand between the verb and the predicate ("weren't
#: too concerned", "has long been critical", "is increasingly wary", "not quite as on board").
DEGREE_WORDS = frozenset(
    """
    very too so quite as more most less least all also still long always never not n't now almost such
    ever even already somewhat rather fairly pretty increasingly deeply openly publicly
    privately highly particularly especially equally sharply fiercely strongly vocally
    clearly notably generally largely broadly visibly initially
    """.split()
)

#: How many modifiers may stand between the article and a role noun ("a consistent and
#: outspoken supporter of").
MAX_NOUN_MODIFIERS = 4

#: How many degree words may stand before the predicate ("has not always been quite so critical").
MAX_DEGREE_WORDS = 4

#: Words that open an indirect question after the preposition of a stance ("coy about whether …").
CLAUSE_OPENERS = frozenset("whether if how why what when where who which".split())

#: Possessive pronouns that may own a noun of attitude: a person or a group ("his determination
#: to", "their disdain for"); "its" is as often a thing's ("its hope of survival").
OWNER_PRONOUNS = frozenset("his her their".split())

#: Verbs that make a noun of attitude their subject's: "express" and its kin, and "have"
#: ("expressed concern that", "signaled willingness to", "showed support for", "have had
#: reservations about").
EXPRESS = frozenset(
    """
    express expressed expresses expressing voice voiced voices voicing signal signals signaled signalled
    signaling signalling show shows showed shown showing have has had having
    """.split()
)

#: Nouns in -ly, which are no adverbs in a verb group ("Lawyers for the family have been critical").
LY_NOUNS = frozenset("family ally rally assembly supply reply bully anomaly monopoly homily italy daily weekly".split())

#: Reflexive pronouns: "sure of himself" says what someone is like, not what they hold.
REFLEXIVES = frozenset("himself herself themselves itself myself ourselves yourself".split())

#: Pronouns that may hold a stance: a person or a body the article has named.
HOLDER_PRONOUNS = frozenset("he she they who".split())


def stance_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for stance predicates ("has been critical of", "is a staunch opponent of")."""
    if _needles().isdisjoint(s.lows):
        return
    table = predicates()
    toks = s.toks
    for i in [i for i, t in enumerate(toks) if t.low in table]:
        t = toks[i]
        entries = table[t.low]
        if i in consumed or i == 0 or (s.quoted and s.quoted[i]):
            continue
        if t.cap and not sentence_initial(s, i):
            continue  # a headline in title case ("Voters Wary Of …") or a name
        for entry in sorted(entries, key=lambda e: -len(e.words)):
            found = _at(s, i, entry, lex)
            if found is None:
                continue
            src, cue_first, link_at = found
            if _describes_speaker(s, cue_first, drafts):
                continue
            if link_at + 1 > s.last or toks[link_at + 1].text in ",;:.)" or toks[link_at + 1].text in DASHES:
                continue  # "the film, which Sony has high hopes for, …": the object stands before
            link = toks[link_at].low
            # "coy about whether they would …": an indirect question has verbs of its own, as a that-clause
            if link == "that" or toks[link_at + 1].low in CLAUSE_OPENERS:
                end = s.last  # a clause runs on over its own commas ("incensed that the deals, which …, were")
            else:
                end = complement_end(s, link_at + 1, link, lex)
            if end == link_at + 1 and toks[end].low in REFLEXIVES:
                continue  # "confident of himself": a trait, not a position on something
            content = content_span(s, link_at + 1, end)
            if content is None:
                continue
            drafts.append(
                Draft(
                    src=src,
                    cue=(toks[cue_first].start, toks[link_at].end),
                    content=content,
                    stance=Stance.BELIEF,
                    anchor=src.start,
                    content_after=True,
                )
            )
            consumed.update(range(cue_first, link_at + 1))
            break


def _describes_speaker(s: Sentence, k: int, drafts: list) -> bool:
    """Does token ``k`` stand between the source of a statement and its cue ("Ana Ruiz, a former
    minister who is a critic of the plan, suggests …")?  A stance there says who the speaker is."""
    at = s.toks[k].start
    return any(
        d.src is not None and d.stance is not Stance.BELIEF and s.toks[d.src.start].start <= at < d.cue[0]
        for d in drafts
    )


def _at(s: Sentence, i: int, entry: Predicate, lex: Lexicon) -> tuple[Phrase, int, int] | None:
    """The holder, the first token of the cue and the token of the link word when ``entry``
    stands at token ``i`` as a stance of a person or a body; None otherwise."""
    toks = s.toks
    k = i + len(entry.words)
    if k > s.last or [toks[i + n].low for n in range(1, len(entry.words))] != list(entry.words[1:]):
        return None
    link = toks[k].low
    if link not in entry.links:
        return None
    if link == "to" and entry.infinitive and not (k + 1 <= s.last and infinitive(s, k + 1, lex)):
        return None  # "eager to" takes a verb: "eager to the end" is no stance
    if entry.owned:
        verb = _expressed(s, i)
        if verb is not None:  # "Ruiz has expressed deep concern about": the attitude is the subject's
            first = _group_start(s, verb)
            holder = subject_before(s, first - 1, 0, lex) if first > 0 else None
            if holder is not None and _holder(s, holder, lex):
                return holder, first, k
        owner = owner_of(s, i, lex)  # "the board's disdain for", "his determination to"
        if owner is None or not (_holder(s, owner, lex) or s.toks[owner.head].low in OWNER_PRONOUNS):
            return None
        return subject_owner(s, owner, lex), i, k
    before = i - 1
    if entry.noun:
        start = _noun_start(s, i)
        if start is None:
            return None
        before = start
        if before < 0 or (before == 0 and s.opens[0]):
            holder = _opener_holder(s, i, k, lex)  # "A longtime critic of the plan, Ruiz said …"
            return None if holder is None else (holder, before + 1, k)
        if toks[before].text == "," and toks[before + 1].low in ("a", "an", "the", "one"):
            holder = phrase_before(s, before - 1, 0, lex)  # "Ruiz, a longtime critic of the mayor,"
            if holder is None or not _holder(s, holder, lex):
                return None
            return holder, before + 1, k
    verb = _linking_verb(s, before)
    if verb is None:
        return None
    first = _group_start(s, verb)  # "has long been", "would not be"
    holder = subject_before(s, first - 1, 0, lex)
    if holder is None or not _holder(s, holder, lex):
        return None
    return holder, first, k


def _opener_holder(s: Sentence, i: int, k: int, lex: Lexicon) -> Phrase | None:
    """The subject after a role noun phrase that opens the sentence ("A passionate defender of
    the network, Ruiz has …"): the first noun phrase after the comma that closes it."""
    toks = s.toks
    comma = next((x for x in range(k + 1, s.last + 1) if toks[x].text in ",;:" or toks[x].text == "."), None)
    if comma is None or toks[comma].text != "," or comma + 1 > s.last:
        return None
    holder = phrase_after(s, comma + 1, lex)
    return holder if holder is not None and _holder(s, holder, lex) else None


def _group_start(s: Sentence, verb: int) -> int:
    """The first token of the verb group ending at token ``verb``: its auxiliaries and adverbs
    ("has long been", "would not be", "almost universally expressed")."""
    toks = s.toks
    first = verb
    while first - 1 >= 0 and (
        toks[first - 1].low in AUXILIARIES
        or toks[first - 1].low in DEGREE_WORDS
        or _adverb(toks[first - 1].low, toks[first - 1].cap)
    ):
        first -= 1
    return first


def _adverb(low: str, cap: bool) -> bool:
    """Is the word an adverb in -ly ("openly", "almost universally"), not a noun ("family")?"""
    return low.endswith("ly") and not cap and low not in LY_NOUNS


def _expressed(s: Sentence, i: int) -> int | None:
    """The token of a form of "express" before the noun of attitude at token ``i``, over a few
    modifiers ("expressed deep concern", "express some reservations"); None."""
    toks = s.toks
    k = i - 1
    while k >= 0 and i - k <= MAX_NOUN_MODIFIERS:
        low = toks[k].low
        if low in EXPRESS:
            return k
        if not toks[k].word or toks[k].cap or (low in STOP_WORDS and low not in ("some", "no", "any")):
            return None
        if low.endswith("ed"):
            return None  # "have raised concerns": the verb is "raise", and what it does is cause them
        k -= 1
    return None


def _noun_start(s: Sentence, i: int) -> int | None:
    """The token before the article of the role noun at token ``i`` ("is | a staunch opponent",
    "Ruiz | , a longtime critic"); a plural may go without one ("are | longtime supporters");
    -1 when the article opens the sentence."""
    toks = s.toks
    k = i - 1
    while k >= 0 and i - k <= MAX_NOUN_MODIFIERS + 1:
        low = toks[k].low
        if low in ("a", "an", "the", "one"):
            return k - 1
        if toks[k].text == "," and toks[i].low.endswith("s"):
            return None
        if not toks[k].word and toks[k].text != ",":
            return None
        if _be(low) or low in LINKING_VERBS:
            return k if toks[i].low.endswith("s") else None  # "are longtime supporters of"
        if low in DETERMINERS or low in AUXILIARIES:
            return None  # "his critics", "their supporters": someone else's
        k -= 1
    return None


def _linking_verb(s: Sentence, k: int) -> int | None:
    """The token of "be" or a linking verb that ends at or before token ``k`` over degree words; None."""
    toks = s.toks
    for _ in range(MAX_DEGREE_WORDS + 1):
        if k < 0:
            return None
        low = toks[k].low
        if _be(low) or low in LINKING_VERBS:
            return k
        if low not in DEGREE_WORDS and not _adverb(low, toks[k].cap):
            return None
        k -= 1
    return None


def _be(low: str) -> bool:
    """Is ``low`` a form of "be", contracted or negated ("'s", "'re", "weren't")?"""
    return low in BE_FORMS or low in ("'s", "'re", "'m") or low.removesuffix("n't") in BE_FORMS


def _holder(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
    """Can the phrase hold a position: a person or a body (a name, a role, an institution, a
    pronoun that stands for one)?  A document, a thing or an idea cannot ("the bridge is
    critical to …", "the report is critical of …": what a document says is a statement)."""
    if p.pronoun:
        return s.toks[p.head].low in HOLDER_PRONOUNS
    return is_agent(s, p, lex)
