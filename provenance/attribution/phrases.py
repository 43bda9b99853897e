"""Noun phrases: source phrases read left or right of a cue.

A source phrase is a head noun (a name, a role, an institution, a document)
with its modifiers, determiners and up to three link words
(``the police chief of Norland``).  The subject of a verb, which may stand
behind asides, appositives, relative clauses and time adverbials, is read by
:mod:`provenance.attribution.subjects`.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from provenance.attribution.cues import Lexicon
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    COMMON_VERBS,
    CUE_ADVERBS,
    DASHES,
    DETERMINERS,
    LINKS,
    MAX_PHRASE,
    NUMBER_WORDS,
    QUANTITY_WORDS,
    SHARE_WORDS,
    STOP_WORDS,
    VAGUE_MODIFIERS,
)
from provenance.lexicon import OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS


class Phrase(NamedTuple):
    """A noun phrase: tokens ``start..end`` inclusive, and the index of its head."""

    start: int
    end: int
    head: int
    pronoun: bool = False
    name: tuple | None = None
    """Token range of an appositive name (``the police chief of X, <name>``)."""
    affiliated: bool = False


def is_time(s: Sentence, i: int, lex: Lexicon) -> bool:
    t = s.toks[i]
    if t.low not in lex.time_words:
        return False
    if not t.cap or i == 0:
        return True
    # A capitalised month is a name unless a preposition or number is next to it ("Theresa May").
    prev = s.toks[i - 1].low
    nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
    return (
        prev in ADVERBIAL_PREPS
        or prev in lex.time_words
        or (nxt is not None and nxt.text[:1].isdigit())
        or t.low.endswith("day")
    )


def head_ok(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Can token ``i`` head a source phrase?"""
    t = s.toks[i]
    if not t.word:
        return False
    if s.name_words[i]:
        return not is_time(s, i, lex) and not t.text[:1].isdigit()
    if t.low in SHARE_WORDS:
        return i > 0 and (s.toks[i - 1].text[:1].isdigit() or s.toks[i - 1].low in NUMBER_WORDS)  # "52 percent said"
    return lexical(t.low, lex)


def modifier_ok(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Can token ``i`` modify the head of a source phrase ("former", "Norwegian", "Trump's")?"""
    t = s.toks[i]
    if not t.word:
        return t.text == "&"
    if s.name_words[i]:
        return True
    low = t.low
    if low in lex.verbs and _noun_before_role(s, i, lex):
        return True  # "press secretary", "report author": the base form of a cue verb as a noun before a role
    if low in STOP_WORDS or low in DETERMINERS or low in COMMON_VERBS or low in lex.verbs:
        return False
    if low.endswith("ly") and not lexical(low, lex):
        nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
        return (
            nxt is not None
            and nxt.word
            and not nxt.cap
            and (nxt.low.endswith("ed") or nxt.low in lex.past)
            and nxt.low not in lex.verbs
        )
    return True


def _noun_before_role(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Is the cue verb at token ``i`` a noun that modifies the role after it ("press secretary")?

    Only the base form, lower case, straight before a lower-case person noun: "said press
    secretary" would need an inflected verb, and "they press officials" a pronoun before it.
    """
    toks = s.toks
    t = toks[i]
    if t.cap or i + 1 >= len(toks) or t.low != lex.verbs[t.low].lemma:
        return False
    nxt = toks[i + 1]
    if nxt.cap or bare_word(nxt.low) not in lex.persons:
        return False
    return i == 0 or toks[i - 1].low not in SUBJECT_PRONOUNS


def _link_ok(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does link word ``i`` join two parts of one source phrase ("minister of defence")?"""
    toks = s.toks
    if i <= 0 or i + 1 >= len(toks):
        return False
    low, prev, nxt = toks[i].low, toks[i - 1], toks[i + 1]
    if low == "of":
        return modifier_ok(s, i - 1, lex) or head_ok(s, i - 1, lex)
    if low == "to":
        return (prev.low == "close" or bare_word(prev.low) in lex.persons) and (
            nxt.low in DETERMINERS or s.name_words[i + 1]
        )
    if low == "with":
        return prev.low == "familiar"
    if low == "on":
        # "experts on North Korea", "analysts on the region"; not "officials on Tuesday"
        return (
            bare_word(prev.low) in lex.persons
            and not is_time(s, i + 1, lex)
            and (nxt.low in DETERMINERS or s.name_words[i + 1] or modifier_ok(s, i + 1, lex))
        )
    if low in ("in", "at", "from", "for"):
        if not (head_ok(s, i - 1, lex) or prev.low == "close"):
            return False
        return s.name_words[i + 1] or (low != "in" and nxt.low in DETERMINERS)
    return False


def _semantic_head(s: Sentence, start: int, end: int, links: list[int], lex: Lexicon) -> int:
    """The head of a phrase with link words: the noun before the first link,
    or after it when that noun is a quantity ("Hundreds of Norwegians")."""
    if not links:
        return end
    first = links[0]
    head = first - 1
    if s.toks[first].low == "to" and s.toks[head].low == "close":
        head -= 1
    if s.toks[head].low in QUANTITY_WORDS and s.toks[first].low == "of":
        nxt = links[1] - 1 if len(links) > 1 else end
        return nxt
    return max(head, start)


def phrase_before(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The source phrase ending at token ``j``, read right to left, or None."""
    toks = s.toks
    if j < lo:
        return None
    end = j
    label = label_before(s, j, lo)
    if label is not None:
        j = label - 1  # a parenthesised acronym or party label: "... Province (FCMN)", "Graham (R-S.C.)"
        if j < lo:
            return None
    t = toks[j]
    if t.low == "whom" and j == end and j - 2 >= lo and toks[j - 1].low == "of" and toks[j - 2].low in PARTITIVES:
        return Phrase(j - 2, end, j, pronoun=True)  # "victims' families, many of whom say …"
    if t.low in RELATIVE_PRONOUNS and (
        j == 0
        or s.opens[j - 1]
        or not (toks[j - 1].word or toks[j - 1].text == "," or toks[j - 1].text in DASHES or s.closes[j - 1])
    ):
        return None  # "Who would have believed ...?": a question, not a relative clause
    if t.low in SUBJECT_PRONOUNS or t.low in RELATIVE_PRONOUNS:
        return Phrase(j, end, j, pronoun=True) if j == end else None
    if t.low in INDEFINITE_SOURCES and j == end:
        return Phrase(j, end, j)
    last_ok = head_ok(s, j, lex)
    if not last_ok and not (toks[j].word and not toks[j].cap and modifier_ok(s, j, lex)):
        return None  # a plain noun may end the phrase only after a link: "experts on nuclear policy"
    k = j
    links: list[int] = []
    joined = False
    while k > lo and end - k < MAX_PHRASE:
        p = toks[k - 1]
        if modifier_ok(s, k - 1, lex):
            k -= 1
        elif (
            p.low in ("and", "&")
            and not joined
            and k - 2 >= lo
            and (head_ok(s, k - 2, lex) or modifier_ok(s, k - 2, lex))
            and toks[k - 2].low not in lex.verbs
        ):
            k -= 1  # "Mr. Grassley and Mr. Leahy", "Federal and state officials"
            joined = True
        elif p.low in DETERMINERS and not (p.low in ("that", "this", "these", "those") and toks[k].cap):
            k -= 1
            if k > lo and len(links) < 3 and toks[k - 1].low in LINKS and _link_ok(s, k - 1, lex):
                k -= 1
                links.insert(0, k)
                continue
            break
        elif p.low in LINKS and len(links) < 3 and _link_ok(s, k - 1, lex):
            k -= 1
            links.insert(0, k)
        else:
            break
    while k < j and toks[k].low in LINKS:
        links = [x for x in links if x != k]
        k += 1
    head = _semantic_head(s, k, j, links, lex)
    if head == j and not last_ok:
        return None
    if head != j and not (head_ok(s, head, lex) or toks[head].low in QUANTITY_WORDS):
        return None
    return Phrase(k, end, head, affiliated=_affiliated(s, k, end, head, links, lex))


def phrase_after(s: Sentence, i: int, lex: Lexicon, *, relaxed: bool = False, depth: int = 0) -> Phrase | None:
    """The source phrase starting at token ``i``, read left to right, or None.

    ``relaxed`` accepts any noun-like head (for objects: "told a news conference").
    """
    toks = s.toks
    n = len(toks)
    if i >= n or not toks[i].word:
        return None
    t = toks[i]
    owner = t.low == "her" and i + 1 < n and head_ok(s, i + 1, lex)  # "her aides": a possessive, not an object
    if (t.low in SUBJECT_PRONOUNS or t.low in OBJECT_PRONOUNS) and not owner:
        return Phrase(i, i, i, pronoun=True)
    k = i + 1 if ((t.low in DETERMINERS or owner) and not s.name_words[i]) else i
    j = k
    while j < n and j - i < MAX_PHRASE and (modifier_ok(s, j, lex) or head_ok(s, j, lex)):
        if j > k and is_time(s, j, lex) and not toks[j].cap:
            break
        if j > k and not toks[j].cap and toks[j].low.endswith(("ed", "ing")) and head_ok(s, j - 1, lex):
            break  # "groups granted ...", "groups outpacing ...": a verb after the head
        j += 1
    h = j - 1
    if j == k + 1 and toks[k].low in QUANTITY_WORDS and j < n and toks[j].low == "of" and depth < 2:
        sub = phrase_after(s, j + 1, lex, depth=depth + 1)  # "a number of tax experts", "a group of doctors"
        if sub is not None and not sub.pronoun:
            return Phrase(i, sub.end, sub.head, affiliated=sub.affiliated)
    while h >= k and not (head_ok(s, h, lex) or (relaxed and modifier_ok(s, h, lex) and toks[h].word)):
        h -= 1
    if h < k:
        if t.low in INDEFINITE_SOURCES and k == i + 1:
            return Phrase(i, i, i)
        return None
    end = h
    if end + 2 < n and toks[end + 1].text == "(":
        close = end + 2
        while (
            close < n
            and close - end <= 6
            and toks[close].text != ")"
            and (not toks[close].word or any(c.isupper() for c in toks[close].text))
        ):
            close += 1
        if close < n and toks[close].text == ")" and close > end + 2:
            end = close
    links: list[int] = []
    if depth < 2 and end + 1 < n and toks[end + 1].low in LINKS and _link_ok(s, end + 1, lex):
        sub = phrase_after(s, end + 2, lex, relaxed=True, depth=depth + 1)
        if sub is not None and not sub.pronoun:
            links.append(end + 1)
            end = sub.end
    head = h
    if links and toks[h].low in QUANTITY_WORDS and toks[links[0]].low == "of":
        head = end
    return Phrase(i, end, head, affiliated=_affiliated(s, i, end, head, links, lex))


def _affiliated(s: Sentence, start: int, end: int, head: int, links: list[int], lex: Lexicon) -> bool:
    """Does a name, possessive or named body qualify the phrase ("U.S. officials")?"""
    toks = s.toks
    for i in range(start, end + 1):
        if i == head:
            continue
        t = toks[i]
        if i in links:
            continue
        if t.low.endswith("'s") or t.low.endswith("s'"):
            return True
        if s.name_words[i] and t.low not in VAGUE_MODIFIERS:
            return True
    for link in links:
        if toks[link].low in ("of", "at", "from", "in", "for") and not (link > 0 and toks[link - 1].low == "close"):
            return True
    return False


def skip_time_back(s: Sentence, j: int, lo: int, lex: Lexicon) -> int:
    """Skip a time adverbial ending at ``j`` ("last week", "on Tuesday") right to left."""
    toks = s.toks
    k = j
    while k >= lo and k > j - 5 and (is_time(s, k, lex) or toks[k].text[:1].isdigit()):
        k -= 1
    prep = k < j and k >= lo and toks[k].low in ("on", "in", "at", "during", "since", "earlier", "late")
    if prep:
        k -= 1
    if k < j and any(is_time(s, x, lex) for x in range(k + 1, j + 1)):
        if k > lo and toks[k].low in CUE_ADVERBS and toks[k].low not in ("not", "never"):
            k -= 1  # "Wells Fargo just this month announced", "she also last week said"
        return k
    if prep and k + 2 == j and YEAR.fullmatch(toks[j].text):
        return k  # "who in 2010 said": a year after a preposition
    return j


#: A year, read as a time after a preposition ("in 2010", "since 1998").
YEAR = regex.compile(r"1[89]\d\d|20\d\d")


#: Quantifiers before "of whom" that make it a relative source ("many of whom say").
PARTITIVES = frozenset("many most some all several few both each one none half two three".split())


#: Indefinite pronouns that can be a source by themselves ("some say", "one said",
#: "those close to him say").
INDEFINITE_SOURCES = frozenset("some others many one another few those all each both someone somebody".split())


def label_before(s: Sentence, j: int, lo: int) -> int | None:
    """Start of a short parenthesised label ending at ``j``: "(FCMN)", "(R-S.C.)", "(D-N.Y.)"."""
    toks = s.toks
    if toks[j].text != ")":
        return None
    k = j - 1
    while k >= lo and j - k <= 5 and toks[k].text != "(":
        if toks[k].word and not any(c.isupper() for c in toks[k].text):
            return None
        k -= 1
    if k < lo or toks[k].text != "(" or k == j - 1:
        return None
    return k


def first_head(s: Sentence, p: Phrase, lex: Lexicon) -> int:
    """The noun before a phrase's first link word ("director" in "director of the institute")."""
    for x in range(p.start, p.end + 1):
        if s.toks[x].low in LINKS and x > p.start:
            # a head before a modifier clause keeps its place: "research | conducted by the center"
            return p.head if p.head < x - 1 else x - 1
    return p.head
