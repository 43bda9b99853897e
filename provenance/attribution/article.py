"""The public verb: every attribution of one article, sentence by sentence."""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from provenance.attribution.constructions import sentence_drafts
from provenance.attribution.content import previous_quote, stretch_quotations
from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import first_head
from provenance.attribution.sentence import Sentence, bare_word
from provenance.attribution.speakers import ArticleState, ChainIndex, classify, find_chains, resolve, update_state
from provenance.attribution.via import sentence_via
from provenance.attribution.words import LABEL_PARAGRAPHS, OUTLET_KINDS
from provenance.lexicon import RELATIVE_PRONOUNS
from provenance.model import Attribution, SourceKind, Span, Stance, source_key
from provenance.segment import BLANK_LINE
from provenance.sources import Registry, default_registry


def find_attributions(
    text: str, sentences: Sequence[Span], *, registry: Registry | None = None, span_quotations: bool = True
) -> tuple[Attribution, ...]:
    """Narrative attributions in the given sentences of ONE article, in text order.

    Speaker resolution (``he`` -> last named speaker, ``Brandt`` -> ``Tomas
    Brandt``, ``the police chief`` -> its earlier full mention) runs over these
    sentences in order, so pass one article's sentences at a time.

    Args:
        text: the document text; every offset in the result indexes it.
        sentences: the article's sentence spans, in order (from
            :func:`provenance.segment.sentences`).
        registry: the source registry that names and classifies sources
            (default: the shipped one).
        span_quotations: let quoted content run over all the sentences of its
            quotation (``“A. B,” she said. “C.”`` -> ``“A. B,” … “C.”``).  When
            False, the content of an attribution stays inside the cue's sentence,
            except for the paragraph a label introduces and a quotation the
            sentence splitter cut off before its cue.  The claims binder attaches
            an attribution to the claim its content starts in, so either way
            works downstream.

    Returns:
        One :class:`~provenance.model.Attribution` per reporting cue, ordered by
        the cue's position: ``start``/``end`` cover the source mention as written,
        ``cue_start``/``cue_end`` the cue, ``content_start``/``content_end`` the
        attributed content (inside the sentence, or the paragraph an outlet label
        introduces).

    >>> from provenance.segment import sentences
    >>> t = "Tomas Brandt spoke first. Brandt said the talks had failed, and he warned of a long strike."
    >>> [(t[a.start:a.end], a.cue, t[a.content_start:a.content_end], a.speaker)
    ...  for a in find_attributions(t, sentences(t))]
    [('Brandt', 'said', 'the talks had failed', 'Tomas Brandt'), ('he', 'warned', 'a long strike', 'Tomas Brandt')]
    >>> t = "Reports emerged that the dam had burst. Officials denied the reports."
    >>> [(a.source.name, a.source.kind.value, a.stance.value) for a in find_attributions(t, sentences(t))]
    [('Reports', 'anonymous', 'hedge'), ('Officials', 'anonymous', 'deny')]
    """
    registry = registry or default_registry()
    lex = lexicon()
    spans = sorted(sentences, key=lambda sp: (sp.start, sp.end))
    state = ArticleState()
    out: list[Attribution] = []
    paragraph_of = _paragraph_numbers(text, spans)
    label_via: tuple[str, int] | None = None  # (outlet, last paragraph it covers)
    quote_open = False
    open_at_start = [False] * len(spans)
    for k, span in enumerate(spans):
        if span.end > len(text) or span.start >= span.end:
            continue
        # a pattern past its time limit raises PatternTimeout: the document is reported, nothing dropped
        s = Sentence.build(text, span, registry)
        para_start = k == 0 or paragraph_of[k - 1] != paragraph_of[k]
        s.mark_quotations(False if para_start else quote_open)
        open_at_start[k] = not para_start and quote_open
        quote_open = s.quote_open_after
        drafts = sentence_drafts(s, lex, registry, para_start)
        chains = ChainIndex.of(find_chains(s, lex, registry))
        via = sentence_via(s, registry) if drafts else None  # it only marks what the drafts produce
        if label_via is not None and paragraph_of[k] > label_via[1]:
            label_via = None
        produced = []
        for d in sorted(drafts, key=lambda d: d.src.start if d.src is not None else -1):
            a = _finish(text, s, d, state, chains, lex, registry, spans, k, paragraph_of)
            if a is None:
                continue
            if d.label:
                label_via = (a.source.name, paragraph_of[k] + LABEL_PARAGRAPHS)
            elif label_via is not None and a.via is None and a.source.kind not in OUTLET_KINDS:
                a = attrs.evolve(a, via=label_via[0])
            elif a.source.kind in OUTLET_KINDS or a.via is not None:
                label_via = None
            produced.append(a)
        if via is not None:
            produced = [attrs.evolve(a, via=via) if a.via is None and a.source.name != via else a for a in produced]
        out.extend(produced)
        update_state(s, state, chains, lex, registry)
    out.sort(key=lambda a: (a.cue_start, a.start))
    if span_quotations:
        out = stretch_quotations(text, spans, paragraph_of, open_at_start, out)
    return tuple(out)


def _paragraph_numbers(text: str, spans: list[Span]) -> list[int]:
    numbers = []
    para = 0
    for k, span in enumerate(spans):
        if k and BLANK_LINE.search(text, spans[k - 1].end, max(spans[k - 1].end, span.start)):
            para += 1
        numbers.append(para)
    return numbers


def _finish(
    text: str,
    s: Sentence,
    d: Draft,
    state: ArticleState,
    chains: ChainIndex,
    lex: Lexicon,
    registry: Registry,
    spans: list[Span],
    k: int,
    paragraph_of: list[int],
) -> Attribution | None:
    toks = s.toks
    p = d.src
    if p is None or p.end >= len(toks) or p.start > p.end:
        return None
    start, end = toks[p.start].start, toks[p.end].end
    content = d.content
    if content is None and d.where == "next":
        # the next paragraph: a label ("Harbour Times:") or a cue ending in a colon
        if k + 1 >= len(spans):
            return None
        nxt = k + 1
        last = nxt
        while last + 1 < len(spans) and paragraph_of[last + 1] == paragraph_of[nxt]:
            last += 1
        content = (spans[nxt].start, spans[last].end)
    elif content is not None and d.where == "paragraph":
        last = k
        while last + 1 < len(spans) and paragraph_of[last + 1] == paragraph_of[k]:
            last += 1
        content = (content[0], max(content[1], spans[last].end))
    elif content is None and d.where == "previous":
        # "“…?” Trump said.": a quotation the sentence splitter cut off before its cue
        if k == 0 or paragraph_of[k - 1] != paragraph_of[k]:
            return None
        content = previous_quote(text, spans[k - 1])
    if content is None:
        return None
    if not (0 <= content[0] < content[1] <= len(text)):
        return None
    if p.pronoun and toks[p.head].low in RELATIVE_PRONOUNS and d.antecedent is not None:
        speaker, is_person = resolve(s, d.antecedent, state, chains, lex, registry)
        if speaker is None and not d.antecedent.pronoun:
            speaker = s.text[toks[d.antecedent.start].start : toks[d.antecedent.end].end]
    elif d.it_source:
        speaker, is_person = None, False
    else:
        speaker, is_person = resolve(s, p, state, chains, lex, registry)
    kind = classify(s, p, d.it_source, d.cue, speaker, is_person, lex, registry)
    if kind is SourceKind.ANONYMOUS:
        speaker = None
    name = text[start:end]
    if registry.entries.get(source_key(name)) and kind not in (SourceKind.PERSON, SourceKind.ANONYMOUS):
        source = registry.source(name)
    else:
        source = registry.source(name, kind)
    stance = d.stance
    if kind is SourceKind.ANONYMOUS and stance is Stance.ASSERT:
        stance = Stance.HEDGE
    # remember who spoke
    if kind is SourceKind.PERSON and toks[p.head].low not in ("they", "we", "i", "you"):
        state.clock += 1
        if speaker:
            state.spoken[speaker] = state.clock
        single = not toks[p.head].low.endswith("s") or s.name_words[p.head] or p.pronoun
        if speaker:
            state.salient = speaker
        elif single and toks[p.start].low in ("a", "an"):
            state.salient = name
        if not p.pronoun and toks[p.start].low in ("a", "an") and p.name is None:
            role = bare_word(toks[first_head(s, p, lex)].low)
            if role in lex.persons:
                state.roles[role] = name
    cue = text[d.cue[0] : d.cue[1]]
    return Attribution(
        start=start,
        end=end,
        source=source,
        cue=cue,
        cue_start=d.cue[0],
        cue_end=d.cue[1],
        content_start=content[0],
        content_end=content[1],
        speaker=speaker,
        via=d.via,
        stance=stance,
    )
