"""Construction family: a speaker and a colon at the start of a sentence.

``Name: "…"``, transcripts (``SENATOR: …``), headlines
(``Pat Caddell: Voters Worried …``) and outlet labels alone
(``Harbour Times:``, whose content is the next paragraph).
"""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import Phrase, phrase_after
from provenance.attribution.sentence import Sentence, bare_word
from provenance.attribution.speakers import make_chain
from provenance.model import source_key
from provenance.sources import Registry


def colon_draft(s: Sentence, lex: Lexicon, consumed: set, drafts: list, registry: Registry, para_start: bool) -> None:
    """A speaker and a colon at the start of the sentence.

    ``Name: "…"``; ``PENCE: Well, look, …`` (a transcript: at the start of a
    paragraph, the content runs to the paragraph's end); ``Pat Caddell: Voters
    Worried …`` (a headline); ``Harbour Times:`` alone (a label: the content
    is the next paragraph).
    """
    toks = s.toks
    first = 1 if toks and s.opens[0] else 0  # a quoted transcript: "WALLACE: Let's start ...
    if ":" not in s.lows or len(toks) < first + 2 or toks[first].low in lex.colon_labels:
        return
    src = phrase_after(s, first, lex)
    if src is None or src.pronoun or src.end + 1 >= len(toks) or toks[src.end + 1].text != ":":
        return
    colon = src.end + 1
    head = toks[src.head]
    verb_form = head.low in lex.verbs and not head.cap  # "McCrummen reports:" is a cue, not a label
    document = bare_word(head.low) in lex.documents and not verb_form
    transcript = src.start == src.end and head.text.isupper() and len(head.text) > 1  # "SENATOR: ..."
    if colon in consumed or not (s.name_words[src.head] or document or transcript) or verb_form:
        return
    if any(toks[x].low in lex.colon_labels for x in range(src.start, src.end + 1)):
        return
    rest = colon + 1
    label = rest > s.last and not s.words(rest, len(toks) - 1)
    if label:
        content, where = None, "next"
    else:
        quoted = s.opens[rest] if rest < len(toks) else False
        name = s.text[toks[src.start].start : toks[src.end].end]
        known = registry.entries.get(source_key(name)) is not None
        chain = make_chain(s, src.start, src.end, registry)
        transcript = transcript and not _org_like(s, src, lex, registry)
        single = (
            src.start == src.end
            and head.cap
            and not _org_like(s, src, lex, registry)
            and head.low not in lex.time_words
        )
        if not (quoted or known or document or chain.person or transcript or single):
            return
        content, where = content_span(s, rest, s.last), ("paragraph" if para_start else "here")
        if content is None:
            return
    drafts.append(
        Draft(
            src=src,
            cue=(toks[colon].start, toks[colon].end),
            content=content,
            anchor=src.start,
            content_after=True,
            label=label,
            where=where,
        )
    )
    consumed.add(colon)


def _org_like(s: Sentence, p: Phrase, lex: Lexicon, registry: Registry) -> bool:
    toks = s.toks
    name = s.text[toks[p.start].start : toks[p.end].end]
    if registry.entries.get(source_key(name)):
        return True
    words = [bare_word(toks[x].low) for x in range(p.start, p.end + 1)]
    return any(w in lex.org_words or w in lex.outlet_words for w in words) or name.lower() in lex.places
