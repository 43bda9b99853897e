"""Construction family: publishing acts that carry content.

``published an op-ed … urging calm``, ``issued a decree banning …``,
``is running stories praising …``.
"""

from __future__ import annotations

import functools

import regex

from provenance.attribution.content import INTRODUCED, After, choose_content
from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.draft import Draft, after_cue, cue_extension, participle_at, tense
from provenance.attribution.phrases import phrase_after
from provenance.attribution.sentence import Sentence, finditer_if
from provenance.attribution.subjects import subject_before
from provenance.attribution.via import outlet_text
from provenance.attribution.words import MAX_ADVERBIAL
from provenance.model import Stance

# A publishing act: a verb, up to three modifiers and a publication noun.
#   "published an op-ed in the Courier urging calm" -> cue "published an op-ed"
#   "is running short stories praising her campaign" -> cue "running short stories"
PUBLISH_TEMPLATE = r"""
    (?<![\w-])
    (?P<cue>
      (?:publish(?:ed|es|ing)?|issu(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|post(?:ed|s|ing)?
        |ran|run(?:s|ning)?|air(?:ed|s|ing)?|carr(?:y|ied|ies|ying)|broadcast(?:s|ing)?
        |sen[dt](?:s|ing)?|put(?:s|ting)?\s+out)                 # the publishing verb
      \s+(?:(?:a|an|the|its|his|her|their|several|many|some|two|three|a\s+series\s+of)\s+)?
      (?:[\p{L}\p{N}’'-]+\s+){0,3}?                              # up to three modifiers
      \L<publications>                                           # what was published
    )
    (?![\w-])
"""

#: Words PUBLISH_TEMPLATE needs, one of: the stems of its publishing verbs (and a publication).
PUBLISH_NEEDS = frozenset(
    {"publish", "issu", "releas", "post", "ran", "run", "air", "carr", "broadcast", "send", "sent", "put"}
)


@functools.cache
def _patterns() -> dict:
    """Patterns built from the lexicons, compiled once."""
    return {
        "publish": regex.compile(
            PUBLISH_TEMPLATE, regex.VERBOSE | regex.IGNORECASE, publications=sorted(lexicon().publications)
        ),
    }


def publish_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for publishing acts that carry content ("issued a decree banning ...")."""
    toks = s.toks
    for m in finditer_if(s, _patterns()["publish"], PUBLISH_NEEDS, lex.publications):
        first = s.index_at(m.start("cue"))
        last = s.index_at(m.end("cue")) - 1
        if first in consumed or last >= len(toks):
            continue
        cue_first, passive, hedged = cue_extension(s, first, 0)
        if passive and toks[first].low.endswith("ed"):
            continue
        # content: after adverbials, a participle, that-clause, colon or quotation
        k = last + 1
        found: tuple[int, After] | None = None
        said_by = None  # "issued a statement saying ...": the participle gives the statement's content
        while k <= s.last and k - last <= MAX_ADVERBIAL + 2:
            t = toks[k]
            if participle_at(s, k, last + 1, lex):
                if t.low in lex.verbs:
                    said_by = k
                    nxt, what, _ = after_cue(s, k + 1, lex)
                    says = lex.verbs[t.low].lemma in ("say", "state", "claim", "tell")
                    found = (nxt, what) if what in INTRODUCED or (says and what == After.BARE) else (k, After.BARE)
                else:
                    found = (k, After.BARE)
                break
            if t.low == "that" or t.text == ":" or s.opens[k]:
                found = after_cue(s, k, lex)[:2]
                break
            if t.text in ".;" or (t.word and t.low in lex.verbs):
                break
            k += 1
        if found is None:
            continue
        src = subject_before(s, cue_first - 1, 0, lex)
        coordinated = False
        if src is None:
            j = cue_first - 1
            if j >= 0 and toks[j].low in ("and", "but"):
                coordinated = True
            else:
                continue
        content, content_after, where = choose_content(
            s, cue_first if coordinated or src is None else src.start, found[0], found[1], True
        )
        if content is None:
            continue
        via_m = None
        for x in range(last + 1, min(k, s.last + 1)):
            if toks[x].low in ("in", "on", "for") and x + 1 <= s.last:
                obj = phrase_after(s, x + 1, lex, relaxed=True)
                if obj is not None:
                    via_m = outlet_text(s, obj, lex)
                    if via_m:
                        break
        drafts.append(
            Draft(
                src=src,
                cue=(toks[cue_first].start, toks[last].end),
                content=content,
                stance=Stance.HEDGE if hedged else Stance.ASSERT,
                via=via_m,
                coordinated=coordinated,
                anchor=cue_first - 1 if coordinated or src is None else src.start,
                content_after=content_after,
                form=tense(toks[cue_first].low, lex),
                where=where,
            )
        )
        consumed.update(range(cue_first, last + 1))
        if said_by is not None:
            consumed.add(said_by)  # only once the act reports: "called for releasing the videos, saying …"
