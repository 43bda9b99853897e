"""What one cue yields before its speaker is resolved (:class:`Draft`), and the
cue helpers every construction family shares: the words around a cue
(auxiliaries, adverbs, adverbials) and what follows it.
"""

from __future__ import annotations

import attrs

from provenance.attribution.content import After
from provenance.attribution.cues import Lexicon
from provenance.attribution.phrases import Phrase, head_ok, is_time, modifier_ok, phrase_after
from provenance.attribution.sentence import Sentence
from provenance.attribution.via import outlet_text
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    ASIDE_WORDS,
    COMMON_VERBS,
    CONTRACTED_AUXILIARIES,
    CONTRACTED_BE,
    CUE_ADVERBS,
    DETERMINERS,
    HEDGE_ADVERBS,
    IS_PRONOUNS,
    LINKS,
    MAX_ADVERBIAL,
    NOT_PARTICIPLES,
)
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import AUXILIARIES, BE_FORMS
from provenance.model import Stance
from provenance.tokens import Tok


@attrs.define
class Draft:
    src: Phrase | None
    """The source phrase; None until a coordinated cue takes the subject before it."""
    cue: tuple
    """Character span of the cue."""
    content: tuple | None
    """Character span of the content, or None for "the next paragraph"."""
    stance: Stance = Stance.ASSERT
    via: str | None = None
    coordinated: bool = False
    anchor: int = 0
    """Token index where this attribution's own words start (for cutting an earlier content)."""
    content_after: bool = False
    antecedent: Phrase | None = None
    it_source: bool = False
    """A word-of-mouth source (``word out of X is that``): anonymous."""
    label: bool = False
    """A standalone outlet label (``Harbour Times:``)."""
    where: str = "here"
    """Where the content is when ``content`` is None: the ``next`` paragraph or the ``previous`` sentence."""
    according: bool = False
    """An ``according to X`` cue: a report inside its content is carried by X."""
    form: str = ""
    """Tense of the cue's first word (``past``, ``present``, ``base``, ``ing``), for coordination."""


def after_cue(s: Sentence, i: int, lex: Lexicon) -> tuple[int, After, str | None]:
    """Skip adverbials after a cue at token ``i``: returns (index, what follows, via outlet).

    What follows is an :class:`~provenance.attribution.content.After`.
    """
    toks = s.toks
    n = s.last + 1
    via = None
    skipped = False
    for _ in range(3):
        if i >= n:
            break
        t = toks[i]
        if t.text == ":":
            break
        if t.low in CUE_ADVERBS or (t.low.endswith("ly") and not t.cap and t.low not in lex.persons):
            i += 1
            continue
        if is_time(s, i, lex):
            k = i
            while k < n and k - i < 4 and (is_time(s, k, lex) or toks[k].text[:1].isdigit()):
                k += 1
            i = k
            continue
        end = _adverbial_end(s, i) if t.low == "of" else i
        if end != i and (_introduces(s, end) or (end <= s.last and toks[end].low == "that")):
            i = end  # "said of the plan, “…”": "of" only before the quotation or clause it introduces
            skipped = True
            continue
        if t.low in ADVERBIAL_PREPS:
            k = i + 1
            while (
                k < n
                and k - i <= MAX_ADVERBIAL
                and toks[k].word
                and toks[k].low != "that"
                and not s.opens[k]
                and (
                    modifier_ok(s, k, lex)
                    or head_ok(s, k, lex)
                    or toks[k].low in DETERMINERS
                    or toks[k].low in LINKS
                    or toks[k].low in ADVERBIAL_PREPS
                    or is_time(s, k, lex)
                )
            ):
                k += 1
            stop = toks[k] if k < n else None
            if (
                k >= n
                or (stop is not None and (stop.low == "that" or stop.text in ",:" or s.opens[k]))
                or all(
                    is_time(s, x, lex) or toks[x].text[:1].isdigit() or toks[x].low in DETERMINERS
                    for x in range(i + 1, k)
                )
            ):
                obj = phrase_after(s, i + 1, lex, relaxed=True)
                if obj is not None and t.low in ("in", "to", "for", "with"):
                    via = via or outlet_text(s, obj, lex)
                i = k
                skipped = True
                continue
        break
    if i < len(toks) and toks[i].text == ":":
        return i + 1, After.COLON, via  # "He said:" -- the colon may end the sentence
    if i >= n:
        return i, After.END, via
    t = toks[i]
    if t.low == "that":
        nxt = toks[i + 1].low if i + 1 < n else ""
        if nxt == "way":
            return i, After.END, via  # "who feel that way": a determiner, no clause
        if skipped and (nxt in AUXILIARIES or nxt in COMMON_VERBS or nxt.endswith("ed") or nxt in IRREGULAR_VERBS):
            return i, After.END, via  # "told reporters after the meeting that was held ...": a relative clause
        return i + 1, After.THAT, via
    if t.text == ":":
        return i + 1, After.COLON, via
    if s.opens[i]:
        return i, After.QUOTE, via
    if t.text == ",":
        if i + 1 < n and s.opens[i + 1]:
            return i + 1, After.QUOTE, via
        close = _aside_after(s, i, lex, place=skipped)
        if close is not None:  # "cautioned, as did the board, that …", "said, in an interview, “…”"
            nxt_i, nxt_kind, _ = after_cue(s, close + 1, lex)
            return nxt_i, nxt_kind, via
        return i + 1, After.COMMA, via
    if not t.word or s.closes[i]:
        return i, After.END, via
    return i, After.BARE, via


#: Words that open an aside between a cue and its that-clause or quotation: a preposition, "as",
#: a degree word ("said, most recently in an interview, that …").
ASIDE_OPENERS = ADVERBIAL_PREPS | frozenset("as of most again once according citing".split())
#: Longest aside between a cue and its that-clause or quotation, in tokens.
MAX_CUE_ASIDE = 12


def _introduces(s: Sentence, k: int) -> bool:
    """Does a that-clause or a quotation start at token ``k``, after a comma or a colon there?"""
    toks = s.toks
    if k > s.last or toks[k].text not in ",:":
        return False
    if toks[k].text == ":":
        return True
    return k + 1 <= s.last and (toks[k + 1].low == "that" or s.opens[k + 1])


def _adverbial_end(s: Sentence, i: int) -> int:
    """The first token after the words of a preposition at ``i`` ("of the plan" -> the token after "plan")."""
    toks = s.toks
    k = i + 1
    while k <= s.last and k - i <= MAX_ADVERBIAL and toks[k].word and toks[k].low != "that" and not s.opens[k]:
        k += 1
    return k


def _aside_after(s: Sentence, i: int, lex: Lexicon, place: bool = False) -> int | None:
    """The comma that closes an aside opened by the comma at token ``i`` after a cue, when a
    that-clause or a quotation follows it ("cautioned, as did the board, that …", "said,
    however, that …"), or None.  After an adverbial (``place``) the aside may be the state or
    country of the place it names ("said at a rally in Toledo, Ohio, that …")."""
    toks = s.toks
    first = i + 1
    if first > s.last:
        return None
    t = toks[first]
    opener = t.low in ASIDE_OPENERS or t.low in ASIDE_WORDS or t.low in CUE_ADVERBS or is_time(s, first, lex)
    if place and s.name_words[first]:
        k = first
        while k <= s.last and k - first < 3 and (s.name_words[k] or toks[k].text == "."):
            k += 1
        return k if _introduces(s, k) else None
    if not (opener or t.low.endswith("ly")):
        return None
    for k in range(first + 1, min(s.last, first + MAX_CUE_ASIDE) + 1):
        if toks[k].text in ".;:" or s.opens[k] or toks[k].low == "that":
            return None
        if toks[k].text == ",":
            return k if _introduces(s, k) else None
    return None


def tense(low: str, lex: Lexicon) -> str:
    """The tense of a verb or auxiliary: ``past``, ``present``, ``ing`` or ``base``."""
    if low in ("did", "was", "were", "had") or low in lex.past or low.endswith("ed"):
        return "past"
    if low.endswith("ing"):
        return "ing"
    if low in ("does", "is", "has") or (low.endswith("s") and not low.endswith("ss")):
        return "present"
    return "base"


def word_count(s: Sentence, span: tuple[int, int]) -> int:
    a, b = s.index_at(span[0]), s.index_at(span[1])
    return s.words(a, b - 1)


def _is_participle(t: Tok) -> bool:
    return t.low.endswith("ing") and len(t.low) > 4 and t.low not in NOT_PARTICIPLES and not t.cap


def participle_at(s: Sentence, k: int, first: int, lex: Lexicon) -> bool:
    """Is token ``k`` a participle that carries the content of a cue ending before ``first``?

    "…, posting: “…”", "a decree banning …", "an op-ed in the Courier urging …";
    not "the morning briefing", "last week's shooting".
    """
    t = s.toks[k]
    if not _is_participle(t):
        return False
    prev = s.toks[k - 1]
    if prev.text == "," or k == first:
        return True
    if prev.low in DETERMINERS or prev.low.endswith(("'s", "s'")):
        return False
    return t.low in lex.verbs or prev.cap


def cue_extension(s: Sentence, i: int, lo: int) -> tuple[int, bool, bool]:
    """Extend a cue at token ``i`` left over auxiliaries and adverbs.

    Returns (first token of the cue, passive?, hedged?).
    """
    toks = s.toks
    k = i
    passive = hedged = False
    while k - 1 >= lo and i - (k - 1) <= 4:
        p = toks[k - 1]
        adverb = (
            p.low.endswith("ly")
            and not p.cap
            and p.word
            and len(p.low) > 4
            # after a determiner or a possessive, a word in -ly is a noun: "Scott's family", "the ally"
            and not (k - 2 >= lo and (toks[k - 2].low in DETERMINERS or toks[k - 2].low.endswith(("'s", "s'"))))
        )
        degree = p.low in ("most", "more", "very", "so") and k < i and toks[k].low.endswith("ly")
        contracted = p.low in CONTRACTED_AUXILIARIES
        if p.low in AUXILIARIES or p.low in CUE_ADVERBS or adverb or degree or contracted:
            k -= 1
            if p.low in HEDGE_ADVERBS:
                hedged = True
            if p.low in BE_FORMS or p.low in CONTRACTED_BE:
                passive = True
            elif contracted and p.low == "'s" and k - 1 >= lo and toks[k - 1].low in IS_PRONOUNS:
                passive = True  # "it’s reported": is, not has
        else:
            break
    return k, passive, hedged


def anonymous_head(s: Sentence, p: Phrase, lex: Lexicon) -> bool:
    head = s.toks[p.head].low
    if head in lex.anonymous and not (
        head in ("some", "many", "most", "several", "others")
        and p.head != p.end
        and p.end - p.start > 0
        and s.toks[p.end].low not in lex.anonymous
    ):
        return True
    return head in lex.vague and not p.affiliated
