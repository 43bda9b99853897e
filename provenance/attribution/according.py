"""Construction family: ``according to X``, before, after or around its content."""

from __future__ import annotations

from provenance.attribution.content import content_span
from provenance.attribution.cues import Lexicon
from provenance.attribution.draft import Draft
from provenance.attribution.phrases import Phrase, phrase_after
from provenance.attribution.sentence import Sentence
from provenance.attribution.words import ASIDE_WORDS, DASHES, FINITE_AUXILIARIES
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS

#: Words that open a relative clause describing the source of an opening "according to":
#: "According to an expert who has just returned from the front, …", "According to the
#: ministry, which runs the port, …".
RELATIVE_OPENERS = RELATIVE_PRONOUNS | {"whose", "whom"}


def _relative_clause_end(s: Sentence, i: int) -> int | None:
    """The comma closing a relative clause that opens at token ``i``, straight or after a
    comma, and describes the source ("who has just returned from the front,"), or None when
    none opens there."""
    if i <= s.last and s.toks[i].text == ",":
        i += 1
    if i > s.last or s.toks[i].low not in RELATIVE_OPENERS:
        return None
    return next((j for j in range(i + 2, s.last) if s.toks[j].text == ","), None)


def according_drafts(s: Sentence, lex: Lexicon, consumed: set, drafts: list) -> None:
    """Drafts for "according to X", before or after its content."""
    toks = s.toks
    if "according" not in s.lows:
        return
    for i in range(len(toks) - 2):
        if toks[i].low != "according" or toks[i + 1].low != "to" or i in consumed:
            continue
        src = _bounded_source(s, i + 2, phrase_after(s, i + 2, lex), lex)
        if src is None:
            continue
        if src.pronoun and toks[src.start].low in OBJECT_PRONOUNS - SUBJECT_PRONOUNS - {"him", "her", "them"}:
            continue
        k = i - 1
        while k >= 0 and (
            s.opens[k] or toks[k].low in ("and", "but", "yet", "so", "also") or toks[k].low in ASIDE_WORDS
        ):
            k -= 1
        at_start = (
            k < 0
            or toks[k].text in (";", ":")
            or (toks[k].text == "," and k + 1 < i and toks[k + 1].low in ("and", "but", "yet", "so"))
        )
        after = None
        comma = _relative_clause_end(s, src.end + 1) if at_start else None
        if comma is not None:
            after = content_span(s, comma + 1, s.last)  # "According to an expert who has just returned, …"
        elif src.end + 1 <= s.last and toks[src.end + 1].text == ",":
            after = content_span(s, src.end + 2, s.last)
        before = None
        b = i - 1
        while b >= 0 and (toks[b].text in (",", ";") or toks[b].text in DASHES or toks[b].low in ("and", "but")):
            b -= 1
        if b >= 0:
            before = content_span(s, 0, b)
        if at_start or before is None:
            content, content_after = after, True
        elif after is not None and s.words(src.end + 2, s.last) >= 2 and _goes_on(s, src.end + 2, lex):
            content, content_after = (before[0], after[1]), False  # "The dam, according to X, could fail"
        else:
            content, content_after = before, False
        if content is None:
            continue
        drafts.append(
            Draft(
                src=src,
                cue=(toks[i].start, toks[i + 1].end),
                content=content,
                anchor=i,
                content_after=content_after,
                according=True,
            )
        )
        consumed.update((i, i + 1))


#: The most tokens of the object of "according to" read up to its comma.
MAX_ACCORDING_OBJECT = 10


def _bounded_source(s: Sentence, a: int, src: Phrase | None, lex: Lexicon) -> Phrase | None:
    """The object of "according to" at token ``a``, read up to the comma that closes it.

    "According to conservative talk radio host Rush Limbaugh, …", "According to a new report
    by Politico, …": a phrase the noun-phrase reader stops short of the comma in (a noun it does
    not know, a link it does not take) runs on to the comma when the words between hold no verb
    and a source phrase ends right before it; the head is that last phrase's.
    """
    toks = s.toks
    if src is not None and (src.pronoun or src.end + 1 > s.last or toks[src.end + 1].text == ","):
        return src
    comma = a
    while comma <= s.last and comma - a < MAX_ACCORDING_OBJECT and toks[comma].text != ",":
        t = toks[comma]
        verb = lex.verbs.get(t.low)
        if not t.word or t.low in FINITE_AUXILIARIES or t.low in lex.past or (verb is not None and t.low != verb.lemma):
            return src  # a verb: a clause, no longer the object ("talk radio" is a noun)
        comma += 1
    if comma > s.last or toks[comma].text != "," or comma == a:
        return src
    for x in range((src.end + 1) if src is not None else a, comma):
        last = phrase_after(s, x, lex)
        if last is not None and not last.pronoun and last.end == comma - 1:
            return Phrase(a, last.end, last.head, name=last.name, affiliated=last.affiliated)
    return src


def _goes_on(s: Sentence, k: int, lex: Lexicon) -> bool:
    """Does the clause the cue interrupts go on at token ``k``, with its verb ("The dam, according
    to X, could fail", "…, according to X, rose")?  Not an apposition, a relative clause or a
    comparison on the source ("…, according to Ruiz, a former aide", "…, according to the group,
    more than twice …")."""
    t = s.toks[k]
    return not t.cap and (
        t.low in FINITE_AUXILIARIES or t.low in lex.past or t.low in IRREGULAR_VERBS or t.low.endswith("ed")
    )
