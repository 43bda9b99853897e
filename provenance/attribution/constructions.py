"""Every construction family over one sentence, then coordination between their drafts."""

from __future__ import annotations

import itertools

from provenance.attribution.according import according_drafts
from provenance.attribution.acts import act_drafts
from provenance.attribution.colon import colon_draft
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.nouns import noun_drafts
from provenance.attribution.passive import passive_drafts
from provenance.attribution.phrases import Phrase, clause_subject
from provenance.attribution.publish import publish_drafts
from provenance.attribution.sentence import Sentence
from provenance.attribution.signature import signature_drafts
from provenance.attribution.verbs import verb_drafts
from provenance.attribution.words import CUE_ADVERBS, TRAILING_PUNCT
from provenance.lexicon import AUXILIARIES
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
    drafts.sort(key=lambda d: d.cue[0])
    # coordinated cues: the subject of the previous attribution, else of the clause
    previous = None
    for d in drafts:
        if d.coordinated and d.src is None and previous is not None and _in_reported_clause(s, d, previous):
            continue  # "Police say he posed a threat and refused to drop it": he refused, the police say so
        if d.coordinated and d.src is None:
            if previous is not None and previous.src is not None and (previous.form == d.form or d.form == "ing"):
                d.src = previous.src
                d.antecedent = previous.antecedent
            elif d.form != "base":
                d.src = clause_subject(s, 0, len(s.toks), lex)
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
    for a, b in itertools.pairwise(drafts):
        joined = b.anchor >= 2 and (
            toks[b.anchor - 1].text == ";"
            or (toks[b.anchor - 1].low in ("and", "but") and toks[b.anchor - 2].text == ",")
        )
        if a.content is not None and a.content_after and (b.coordinated or joined):
            cut = s.toks[b.anchor].start if b.anchor < len(s.toks) else None
            if cut is not None and a.content[0] < cut < a.content[1]:
                end_i = s.index_at(cut) - 1
                while end_i >= 0 and (
                    s.toks[end_i].text in TRAILING_PUNCT or s.toks[end_i].low in ("and", "but", "or")
                ):
                    end_i -= 1
                if end_i >= 0 and s.toks[end_i].end > a.content[0]:
                    a.content = (a.content[0], s.toks[end_i].end)
    return drafts
