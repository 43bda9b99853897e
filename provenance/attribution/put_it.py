"""Construction family: "as X put it" and "as X said", a report of the words beside it.

``…, as one analyst put it``; ``As the memo puts it, “…”``; ``…, as police have said``;
``As the report noted, …``.  Not ``as soon as``, ``as old as`` nor the idiom ``as they say``.
"""

from __future__ import annotations

from provenance.attribution.content import After, choose_content, content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft, after_cue
from provenance.attribution.phrases import is_time, phrase_after
from provenance.attribution.sentence import Sentence, sentence_initial
from provenance.attribution.words import ADVERBIAL_PREPS, CUE_ADVERBS
from provenance.lexicon import FIRST_SECOND_PERSON
from provenance.model import Stance


def put_it_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "as X put it" and "as X said", a report of the words beside it: "…, as one
    analyst put it", "As the memo puts it, “…”", "…, as police have said".  The content is the
    clause before it, or after its comma when it opens the sentence."""
    toks = s.toks
    for k in range(s.last - 2):
        if toks[k].low != "as" or k in consumed:
            continue
        src = phrase_after(s, k + 1, lex)
        if src is None or (src.pronoun and toks[src.start].low in FIRST_SECOND_PERSON):
            continue
        v = src.end + 1
        while v <= s.last and (
            toks[v].low in CUE_ADVERBS or toks[v].low.endswith("ly") or toks[v].low in AS_AUXILIARIES
        ):
            v += 1
        if v > s.last:
            continue
        if v + 1 <= s.last and toks[v].low in PUT and toks[v + 1].low == "it":
            cue_last = v + 1
        elif not (src.pronoun and toks[src.start].low in GENERIC_PRONOUNS) and _reported_as(s, k, v, lex):
            cue_last = v  # "…, as police have said", "As the report noted, …"
        else:
            continue
        after_i, after_kind, _ = after_cue(s, cue_last + 1, lex)
        if sentence_initial(s, k) and after_kind == After.COMMA:
            content, content_after, where = content_span(s, after_i, s.last), True, "here"  # "As X put it, …"
        else:
            content, content_after, where = choose_content(s, k, after_i, after_kind, False)
        if content is None:
            continue
        drafts.append(
            Draft(
                src=src,
                cue=(toks[v].start, toks[cue_last].end),
                stance=lex.verbs[toks[v].low].stance if toks[v].low in lex.verbs else Stance.ASSERT,
                content=content,
                anchor=k,
                content_after=content_after,
                form="past",
                where=where,
            )
        )
        consumed.update(range(k, cue_last + 1))


#: Forms of "put" in "as X put it".
PUT = frozenset("put puts".split())


#: Auxiliaries between the subject and the verb of "as X said": "as police have said".
AS_AUXILIARIES = frozenset("has have had did does do".split())
#: Pronouns that name nobody in "as they say", "as you know": an idiom, no report.
GENERIC_PRONOUNS = frozenset("they you we".split())
#: Words before "as" that make it part of a comparison or a time, not a report: "as soon as",
#: "as long as", "such as", "the same as", "as well as".
NOT_REPORT_AS = frozenset("soon long such same well far much".split())


def _reported_as(s: Sentence, k: int, v: int, lex: Lexicon) -> bool:
    """Is the verb at ``v`` a reporting verb whose clause "as X said" at ``k`` ends with it?

    "…, as police have said", "as the report noted on Tuesday": nothing follows the verb but
    punctuation, a time or a prepositional phrase, so what is reported is the clause beside it.
    """
    toks = s.toks
    verb = lex.verbs.get(toks[v].low)
    if verb is None or toks[v].low in lex.participles or verb.flags & {"object", "speech", "call"}:
        return False
    if k > 0 and (toks[k - 1].low in NOT_REPORT_AS or any(toks[x].low == "as" for x in range(max(0, k - 3), k))):
        return False  # "as soon as", "as strong as"
    nxt = v + 1
    while nxt <= s.last and is_time(s, nxt, lex):
        nxt += 1
    return nxt > s.last or not toks[nxt].word or toks[nxt].low in ADVERBIAL_PREPS
