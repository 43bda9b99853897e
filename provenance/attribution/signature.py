"""Construction family: a quotation signed with a dash (``“…” ― Ana Ruiz``)."""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import phrase_after
from provenance.attribution.sentence import Sentence
from provenance.attribution.words import DASHES


def signature_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """A quotation signed with a dash: ``“…” ― Sonya Herridge``."""
    toks = s.toks
    if s.lows.isdisjoint(DASHES):
        return
    for i in range(1, len(toks) - 1):
        if toks[i].text not in DASHES or not s.closes[i - 1] or i in consumed:
            continue
        src = phrase_after(s, i + 1, lex)
        if src is None or src.pronoun or not s.name_words[src.head]:
            continue
        if (
            src.end < s.last
            and toks[src.end + 1].text not in ",("
            and "\n" not in s.text[toks[src.end].end : toks[src.end + 1].start]
        ):
            continue
        content = content_span(s, 0, i - 1)
        if content is None:
            continue
        drafts.append(Draft(src=src, cue=(toks[i].start, toks[i].end), content=content, anchor=i))
        consumed.add(i)
