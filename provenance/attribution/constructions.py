"""Every construction family over one sentence, then coordination between their drafts."""

from __future__ import annotations

from provenance.attribution.according import according_drafts
from provenance.attribution.acts import act_drafts
from provenance.attribution.colon import colon_draft
from provenance.attribution.content import SUBORDINATORS
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.nouns import account_drafts, noun_drafts, reaction_drafts
from provenance.attribution.passive import passive_drafts
from provenance.attribution.phrases import Phrase, phrase_before
from provenance.attribution.publish import publish_drafts
from provenance.attribution.sentence import Sentence
from provenance.attribution.signature import signature_drafts
from provenance.attribution.stance import stance_drafts
from provenance.attribution.subjects import clause_subject
from provenance.attribution.verbs import verb_drafts
from provenance.attribution.words import CUE_ADVERBS, DASHES, TRAILING_PUNCT
from provenance.lexicon import AUXILIARIES, RELATIVE_PRONOUNS
from provenance.model import Stance
from provenance.sources import Registry


def _carrier(s: Sentence, p: Phrase) -> str:
    """The name of the source phrase ``p`` as a carrier, without a leading article."""
    toks = s.toks
    first = p.start + 1 if p.start < p.end and toks[p.start].low == "the" else p.start
    return s.text[toks[first].start : toks[p.end].end]


def _in_reported_clause(s: Sentence, d: Draft, previous: Draft) -> bool:
    """Is the coordinated cue ``d`` a verb of the clause that the present-tense cue before it reports?

    A reporting verb in the present ("say", "says") takes a clause; a verb in the past joined
    by "and" inside that clause cannot share the present verb's subject, so it goes on the
    reported clause: "Police say he posed a threat and refused to drop the gun".  A cue with
    an auxiliary ("has said ... and warned") shares it with the coordinated verb: not this.
    """
    if (
        previous.form not in ("present", "base")
        or d.form != "past"
        or not previous.content_after
        or not previous.content
    ):
        return False
    if not previous.content[0] <= d.cue[0] < previous.content[1]:
        return False
    if previous.stance is Stance.BELIEF:
        return False  # "they want justice and pledged to stay": a belief takes no clause of its own
    toks = s.toks
    after = s.index_at(d.cue[1])
    if after <= s.last and toks[after].low == "that":
        return False  # "aides say it is too early but noted that …": a that-clause of its own is a report
    k = s.index_at(d.cue[0])
    if k >= 2 and toks[k - 1].low in ("and", "but", "or"):
        c = k - 2
        while c > 0 and s.closes[c]:
            c -= 1
        if toks[c].text == ",":
            return False  # "say they want “justice,” but pledged to remain civil": the comma closes the clause
    first = s.index_at(previous.cue[0])
    while toks[first].low in CUE_ADVERBS and first + 1 < len(toks):
        first += 1
    return toks[first].low not in AUXILIARIES


def _inner_subject(s: Sentence, d: Draft, lex: Lexicon) -> tuple[Phrase, Phrase | None] | None:
    """The subject of the clause that a coordinated cue goes on, when that clause is a relative
    clause or a subordinate one: its relative pronoun with the antecedent ("demonstrators, who
    have marched for days and called for the video" -> "who") or the pronoun after its
    subordinator ("after she attacked the police and blamed …" -> "she").  None when a comma,
    a semicolon or a dash comes first."""
    toks = s.toks
    k = d.anchor - 1
    while k > 0:
        t = toks[k]
        if t.text in ",;:" or t.text in DASHES or s.closes[k] or s.opens[k]:
            break
        if t.low in RELATIVE_PRONOUNS and toks[k - 1].text in {","} | DASHES:
            a = k - 2
            while a >= 0 and s.closes[a]:
                a -= 1
            antecedent = phrase_before(s, a, 0, lex) if a >= 0 else None
            return Phrase(k, k, k, pronoun=True), antecedent
        if t.low in CLAUSE_PRONOUNS and toks[k - 1].low in SUBORDINATORS:
            return Phrase(k, k, k, pronoun=True), None
        k -= 1
    return None


#: How many reports before a coordinated cue it may cut the content of (a bound that keeps the
#: pass linear on a sentence of thousands of cues).
MAX_CUT_BACK = 4


def _nested_belief(s: Sentence, d: Draft, drafts: list[Draft], lex: Lexicon) -> bool:
    """Is ``d`` a belief inside the content or the source of a statement of the same sentence?

    "Ruiz said she hopes the bridge will reopen", "the mayor told reporters he believes …":
    the statement reports the belief and already sources what it holds; the belief is part of
    what was said, not a second, weaker source of it.  "…, said Ana Ruiz, a longtime critic of
    the plan": a stance in apposition to the speaker says who the speaker is.
    """
    if d.stance is not Stance.BELIEF:
        return False
    if d.src is not None and _after_saying(s, d.src.start, lex):
        return True
    for o in drafts:
        if o is d or o.stance is Stance.BELIEF:
            continue
        if o.content is not None and o.content[0] <= d.cue[0] < o.content[1]:
            return True
        if o.src is None or d.src is None or o.coordinated or d.coordinated:
            continue  # "He proposes …, and plans to …": a coordinated verb shares the subject, no more
        if o.src.start <= d.src.end and d.src.start <= o.src.end and not d.src.pronoun:
            return True  # "said Ana Ruiz, a longtime critic of the plan": the speaker's description
    return False


def _after_saying(s: Sentence, k: int, lex: Lexicon) -> bool:
    """Does the clause of token ``k`` follow a verb of saying with nothing but "that" between
    ("by saying | his refusal to …", "admitting that | he had his doubts")?"""
    toks = s.toks
    j = k - 1
    if j >= 0 and toks[j].low == "that":
        j -= 1
    if j < 0:
        return False
    verb = lex.verbs.get(toks[j].low)
    return verb is not None and not verb.weak and verb.stance is not Stance.BELIEF


#: Subject pronouns that a subordinate clause may open with ("after she attacked …").
CLAUSE_PRONOUNS = frozenset("he she they".split())


def sentence_drafts(s: Sentence, lex: Lexicon, registry: Registry, para_start: bool = False) -> list[Draft]:
    consumed: set = set()
    drafts: list[Draft] = []
    colon_draft(s, lex, consumed, drafts, registry, para_start)
    signature_drafts(s, lex, consumed, drafts)
    passive_drafts(s, lex, consumed, drafts)
    publish_drafts(s, lex, consumed, drafts)
    according_drafts(s, lex, consumed, drafts)
    verb_drafts(s, lex, consumed, drafts)
    act_drafts(s, lex, consumed, drafts)
    noun_drafts(s, lex, consumed, drafts)
    account_drafts(s, lex, consumed, drafts)
    reaction_drafts(s, lex, consumed, drafts)
    stance_drafts(s, lex, consumed, drafts)
    drafts.sort(key=lambda d: d.cue[0])
    # coordinated cues: the subject of the previous attribution, else of the clause
    previous = main = None
    for d in drafts:
        if d.coordinated and d.src is None and previous is not None and _in_reported_clause(s, d, previous):
            continue  # "Police say he posed a threat and refused to drop it": he refused, the police say so
        if d.coordinated and d.src is None:
            clause = _inner_subject(s, d, lex)
            if clause is not None and (previous is None or previous.cue[0] < s.toks[clause[0].start].start):
                # "protesters, who have marched for days and called for …", "after she attacked X and blamed Y"
                d.src, d.antecedent = clause
            elif d.form == "ing" and main is not None and main.src is not None:
                # "Ruiz said he doubted it, arguing that …": the participle is the main clause's, not
                # that of a cue nested in its content
                d.src = main.src
                d.antecedent = main.antecedent
            elif previous is not None and previous.src is not None and previous.form == d.form:
                d.src = previous.src
                d.antecedent = previous.antecedent
            elif d.form != "base":
                d.src = clause_subject(s, 0, len(s.toks), lex)
        if main is None or main.content is None or not (main.content[0] <= d.cue[0] < main.content[1]):
            main = d
        previous = d
    drafts = [d for d in drafts if d.src is not None]
    # "According to X, Y said Z": Y's report is carried by X
    for outer in drafts:
        if outer.according and outer.content is not None and outer.src is not None:
            a, b = outer.content
            carrier = _carrier(s, outer.src)
            for inner in drafts:
                if inner is not outer and inner.via is None and a <= inner.cue[0] < b:
                    inner.via = carrier
    # an attribution's content stops where a coordinated one starts ("denied those reports and
    # said ...", "said P, and he warned Q"); a cue nested in the content ("said A told him B") does not cut
    toks = s.toks
    # a coordinated cue (no subject of its own) cuts the content of each of the few reports
    # before it that it falls in, a joined clause with its own subject only the one just before it
    for n, b in enumerate(drafts):
        joined = b.anchor >= 2 and (
            toks[b.anchor - 1].text == ";"
            or (toks[b.anchor - 1].low in ("and", "but") and toks[b.anchor - 2].text == ",")
        )
        if not b.coordinated and not joined:
            continue
        for a in drafts[max(0, n - MAX_CUT_BACK) : n] if b.coordinated else drafts[max(0, n - 1) : n]:
            if a.content is None or not a.content_after:
                continue
            cut = s.toks[b.anchor].start if b.anchor < len(s.toks) else None
            if cut is not None and a.content[0] < cut < a.content[1]:
                end_i = s.index_at(cut) - 1
                while end_i >= 0 and (
                    s.toks[end_i].text in TRAILING_PUNCT or s.toks[end_i].low in ("and", "but", "or")
                ):
                    end_i -= 1
                if end_i >= 0 and s.toks[end_i].end > a.content[0]:
                    a.content = (a.content[0], s.toks[end_i].end)
    return [d for d in drafts if not _nested_belief(s, d, drafts, lex)]
