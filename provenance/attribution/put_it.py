"""Construction family: "as X put it", a report of the words beside it.

``…, as one analyst put it``; ``As the memo puts it, “…”``.
"""

from __future__ import annotations

from provenance.attribution.content import After, choose_content, content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import (
    Draft,
    after_cue,
)
from provenance.attribution.phrases import (
    phrase_after,
)
from provenance.attribution.sentence import Sentence, sentence_initial
from provenance.attribution.words import (
    CUE_ADVERBS,
)
from provenance.lexicon import (
    FIRST_SECOND_PERSON,
)


def put_it_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "as X put it", a report of the words beside it: "…, as one analyst put it",
    "As the memo puts it, “…”".  The content is the clause before it, or after its comma when it
    opens the sentence."""
    toks = s.toks
    for k in range(s.last - 2):
        if toks[k].low != "as" or k in consumed:
            continue
        src = phrase_after(s, k + 1, lex)
        if src is None or (src.pronoun and toks[src.start].low in FIRST_SECOND_PERSON):
            continue
        v = src.end + 1
        while v <= s.last and (toks[v].low in CUE_ADVERBS or toks[v].low.endswith("ly")):
            v += 1
        if v + 1 > s.last or toks[v].low not in PUT or toks[v + 1].low != "it":
            continue
        after_i, after_kind, _ = after_cue(s, v + 2, lex)
        if sentence_initial(s, k) and after_kind == After.COMMA:
            content, content_after, where = content_span(s, after_i, s.last), True, "here"  # "As X put it, …"
        else:
            content, content_after, where = choose_content(s, k, after_i, after_kind, False)
        if content is None:
            continue
        drafts.append(
            Draft(
                src=src,
                cue=(toks[v].start, toks[v + 1].end),
                content=content,
                anchor=k,
                content_after=content_after,
                form="past",
                where=where,
            )
        )
        consumed.update(range(k, v + 2))


#: Forms of "put" in "as X put it".
PUT = frozenset("put puts".split())
