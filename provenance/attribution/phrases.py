"""Noun phrases: sources and subjects read left or right of a cue.

A source phrase is a head noun (a name, a role, an institution, a document)
with its modifiers, determiners and up to three link words
(``the police chief of Norland``); a subject may be separated from its verb
by asides, appositives, relative clauses and time adverbials.
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from provenance.attribution.cues import Lexicon
from provenance.attribution.sentence import Sentence, bare_word, lexical
from provenance.attribution.words import (
    ADVERBIAL_PREPS,
    ASIDE_PHRASES,
    ASIDE_WORDS,
    COMMON_VERBS,
    CUE_ADVERBS,
    DASHES,
    DETERMINERS,
    FINITE_AUXILIARIES,
    LINKS,
    MAX_ASIDE,
    MAX_INTRO,
    MAX_PHRASE,
    NOT_PARTICIPLES,
    NUMBER_WORDS,
    QUANTITY_WORDS,
    SHARE_WORDS,
    STOP_WORDS,
    VAGUE_MODIFIERS,
)
from provenance.features.words import IRREGULAR_VERBS
from provenance.lexicon import OBJECT_PRONOUNS, RELATIVE_PRONOUNS, SUBJECT_PRONOUNS
from provenance.model import source_key


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
    label = _label_before(s, j, lo)
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


def _aside_ok(s: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Is tokens ``a..b`` a parenthetical between a subject and its verb?

    ", meanwhile,", ", for example,", ", an associate director,", ", 32,",
    ", who spoke on condition of anonymity,".
    """
    if a > b:
        return False
    toks = s.toks
    first = toks[a].low
    words = " ".join(t.low for t in toks[a : b + 1])
    if words in ASIDE_PHRASES or (
        b - a < 3 and all(t.low in ASIDE_WORDS or t.low in STOP_WORDS for t in toks[a : b + 1])
    ):
        return True
    if first in ("who", "which", "whose", "whom"):
        return True
    if first in DETERMINERS or first in QUANTITY_WORDS or toks[a].text[:1].isdigit():
        # ", the company that owns it," and ", a minister who is a critic," are appositives;
        # ", the losses would outstrip the gains," is a clause
        for k in range(a + 1, b + 1):
            if toks[k].low in ("who", "that", "which"):
                return True
            if toks[k].low in FINITE_AUXILIARIES:
                return False
        return True
    return _aside_rest(s, a, b, lex)


def _aside_rest(s: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """The other shapes of an aside (see :func:`_aside_ok`): a role, a party label, a participle
    or a prepositional phrase."""
    toks = s.toks
    first = toks[a].low
    if any(
        bare_word(t.low) in lex.persons or t.low in lex.titles or bare_word(t.low).rsplit("-", 1)[-1] in lex.persons
        for t in toks[a : min(b, a + 2) + 1]
    ):
        return True  # ", director of the institute,", ", Democrat of California,", ", senior associate at X,"
    if PARTY_LABEL.match(toks[a].text) and b - a <= 2:
        return True  # a party and state: ", R-Ky.,", ", D-N.Y.,"
    if not toks[a].cap and (first.endswith("ed") or first in lex.past) and b > a:
        return True  # "–published by The Harbour Times–", ", based in Port Meridian,"
    if (
        not toks[a].cap
        and first.endswith("ing")
        and b > a
        and (first not in lex.verbs or toks[a + 1].low in ASIDE_PREPS)
    ):
        # ", opening the new museum on Saturday,", ", speaking to the group,": a participle clause, not a report
        return True
    # ", of Ashton,", ", from Ohio,", ", at a later news conference,", ", like the mayor,"
    return bool(first in ("for", "in", "at", "as", "of", "from", "like", "unlike") and b - a < MAX_PREPOSITIONAL_ASIDE)


#: The most tokens of a relative clause set off by commas between a subject and its verb (other
#: asides: MAX_ASIDE).
MAX_RELATIVE_ASIDE = 40
#: How many asides may stand between a subject and its verb: an age, a home town with its
#: state and a relative clause ("Dana Ortiz, 59, of Ashton, Md., who watched the ceremony, said").
MAX_ASIDES = 4
#: Prepositions after a speech participle that make it a circumstance, not a report:
#: ", speaking to the group,", ", writing in the journal,", ", testifying before the panel,".
ASIDE_PREPS = frozenset("to at in on before with from during after".split())
#: Quantifiers that float between a plural subject and its verb ("they all said").
FLOATING_QUANTIFIERS = frozenset("all both each".split())
#: Quantifiers before "of whom" that make it a relative source ("many of whom say").
PARTITIVES = frozenset("many most some all several few both each one none half two three".split())
#: Indefinite pronouns that can be a source by themselves ("some say", "one said",
#: "those close to him say").
INDEFINITE_SOURCES = frozenset("some others many one another few those all each both someone somebody".split())
#: The most tokens of a prepositional aside between a subject and its verb (", at a later news conference,").
MAX_PREPOSITIONAL_ASIDE = 6
#: The longest abbreviation (without its period) read as a place in an aside (", Md.,", ", Calif.,").
MAX_ABBREVIATION = 5


def _state(s: Sentence, a: int, b: int) -> bool:
    """Are tokens ``a..b`` the state or country after a town: ", Ohio,", ", Md.,", ", Calif.,"?"""
    t = s.toks[a]
    if a == b:
        return bool(s.name_words[a]) and t.text.isalpha()
    return (
        b == a + 1
        and _abbreviation_period(s, b)
        and t.text.isalpha()  # not a party label ("R-Ky.")
        and t.cap
        and len(t.text) <= MAX_ABBREVIATION
    )


def _aside_before(s: Sentence, k: int, lo: int, lex: Lexicon) -> bool:
    """Does the comma at ``k`` close an aside opened by an earlier comma: an age, a party label,
    a home town or its state (", 59,", ", R-Ky.,", ", of Ashton,", ", Md.,")?"""
    toks = s.toks
    c = k - 1
    while c > lo and k - c <= MAX_ASIDE and toks[c].text != ",":
        if toks[c].text in ".;:" and not _abbreviation_period(s, c):
            return False
        c -= 1
    if c <= lo or toks[c].text != "," or c + 1 > k - 1:
        return False
    if _state(s, c + 1, k - 1) and _home_town(s, c - 1, lo) is not None:
        return True  # ", Md.," after "of Ashton"
    if k - 1 == c + 1 and (toks[c + 1].text.isdigit() or PARTY_LABEL.match(toks[c + 1].text)):
        return True  # ", 59,", ", R-Ky.,"
    return _home_town(s, k - 1, lo) == c + 1  # ", of Ashton,"


def _home_town(s: Sentence, j: int, lo: int) -> int | None:
    """The preposition of a home town ending at ``j`` ("of Ashton", "from Port Meridian"), or None."""
    k = j
    while k > lo and j - k < 3 and s.name_words[k]:
        k -= 1
    if k < j and s.toks[k].low in ("of", "from", "in"):
        return k
    return None


def _abbreviation_period(s: Sentence, k: int) -> bool:
    """Is token ``k`` the period of an abbreviation inside a phrase ("R-Ky.,", "Md.,", "(D-N.Y.)")?

    It is joined to the capitalised word before it and followed by a comma or a
    closing parenthesis, so it ends no sentence.
    """
    toks = s.toks
    return (
        toks[k].text == "."
        and 0 < k < len(toks) - 1
        and toks[k - 1].end == toks[k].start
        and toks[k - 1].word
        and toks[k - 1].text[:1].isupper()
        and toks[k + 1].text in ",)"
    )


# A party and state label after a politician's name (US news style).
#   "Mitch McConnell, R-Ky., said" -> "R-Ky"
PARTY_LABEL = regex.compile(r"\p{Lu}-\p{Lu}[\p{L}.]*\Z")


def subject_before(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """The subject of a verb whose first token follows ``j``.

    Skips time adverbials, parenthetical remarks, appositives and relative
    clauses between the subject and the verb (``MAX_ASIDES`` at most):
    "Schiff, 56, who has served on the committee, told ...".
    """
    toks = s.toks
    verb_at = j
    j = skip_time_back(s, j, lo, lex)
    adverbial = j != verb_at
    if j > lo and toks[j].low in FLOATING_QUANTIFIERS and (toks[j - 1].word or toks[j - 1].text == ")"):
        j -= 1  # "They all said", "Smith and Jones both said"
    if j >= lo and s.opens[j]:
        j -= 1  # a partial quotation starts at the verb: who "say they're ..."
    if j >= lo and s.closes[j] and j - 1 >= lo and toks[j - 1].low in RELATIVE_PRONOUNS:
        j -= 1
    if j < lo:
        return None
    if _label_before(s, j, lo) is not None:
        return _appositive_owner(s, phrase_before(s, j, lo, lex), lo, lex)  # "... Province (FCMN)"
    for _ in range(MAX_ASIDES):
        label = _label_before(s, j, lo) if toks[j].text == ")" else None
        if label is not None and label - 1 >= lo:
            j = label - 1  # "Roy Cooper (D), the governor's opponent, called": the label is an aside too
            continue
        closer = toks[j].text
        if not (closer in (",", ")") or closer in DASHES):
            break
        opener_text = "(" if closer == ")" else closer
        k = j - 1
        while k > lo and j - k <= MAX_RELATIVE_ASIDE and toks[k].text != opener_text:
            if (toks[k].text in ".;:" and not _abbreviation_period(s, k)) or (closer == ")" and toks[k].text == ")"):
                return None
            k -= 1
        if k <= lo or toks[k].text != opener_text:
            return None
        if j - k > MAX_ASIDE and toks[k + 1].low not in ("who", "which"):
            return None  # only a relative clause runs longer: "Ana Ruiz, who as a Navy captain was …, said"
        inner_a, inner_b = k + 1, j - 1
        town = _home_town(s, k - 1, lo)
        if town is not None and closer == "," and _state(s, inner_a, inner_b):
            # "Ana Ruiz, 59, of Ashton, Md., said": the home town and its state are one aside
            j = town - 1
            if toks[j].text == "," and not any(toks[x].text == "," for x in range(max(lo, j - MAX_ASIDE), j)):
                j -= 1  # the comma opens this aside ("Ana Ruiz, of Ashton, Md.,"), not another before it
            continue
        if inner_a <= inner_b and _aside_ok(s, inner_a, inner_b, lex):
            # the comma that opens this aside may close another before it ("Ana Ruiz, 59, of
            # Ashton, Md., who watched the ceremony, said")
            j = k if closer == "," and _aside_before(s, k, lo, lex) else skip_time_back(s, k - 1, lo, lex)
            continue
        if inner_a <= inner_b and all(
            s.name_words[x] or toks[x].low in ("al", "bin", "ibn", "de", "van", "von")
            for x in range(inner_a, inner_b + 1)
        ):
            before = phrase_before(s, k - 1, lo, lex)
            if before is not None and not before.pronoun and not s.name_words[before.head]:
                # "the police chief of Norland, Petra Lindqvist," -> both
                return before._replace(end=inner_b, name=(inner_a, inner_b))
        return None
    contact = _contact_clause(s, j, lo, lex)
    if contact is not None:
        owner = phrase_before(s, contact, lo, lex)
        if owner is not None and not owner.pronoun:
            return owner._replace(end=j)  # "the experts I interviewed said": a relative clause without "who"
    if (
        adverbial
        and j - 1 >= lo
        and not toks[j].cap
        and (toks[j].low.endswith("ed") or toks[j].low in lex.past)
        and head_ok(s, j - 1, lex)
    ):
        j -= 1  # a reduced relative: "A poll released in late August found"
    p = phrase_before(s, j, lo, lex)
    if p is not None and not p.pronoun:
        p = _relative_owner(s, p, lo, lex)
    if p is None or toks[p.start - 1 if p.start > lo else p.start].low in ("with", "to", "on", "about"):
        # "people familiar with the matter", "officials briefed on the talks"
        for f in range(j - 1, max(lo, j - 8) - 1, -1):
            if (
                toks[f].low in ("familiar", "close", "briefed", "knowledgeable")
                and f + 1 <= j
                and toks[f + 1].low in ("with", "to", "on", "about")
            ):
                owner = phrase_before(s, f - 1, lo, lex)
                if owner is not None and not owner.pronoun:
                    p = Phrase(owner.start, j, owner.head, affiliated=False)
                break
    if p is None or (p.start > lo and toks[p.start - 1].low == "by"):
        # "Video of the incident shows", "documents from his tax return show", "a study by a professor found"
        p = _document_of(s, j, lo, lex) or p
    if p is None or (p.start > lo and toks[p.start - 1].low in PREP_BEFORE_OBJECT | {"and", "or"}):
        # "Protesters marching through the streets chanted", "residents who live near the plant say"
        p = _modified_subject(s, j, lo, lex) or p
    if p is None:
        # a short aside right before: "Schiff, 56, who ..., told"
        c = j
        while c > lo and j - c <= 6 and toks[c].text != ",":
            c -= 1
        first = toks[c + 1] if c + 1 <= j else None
        if (
            c > lo
            and toks[c].text == ","
            and first is not None
            and (first.text[:1].isdigit() or first.low in DETERMINERS or bare_word(first.low) in lex.persons)
            and _aside_ok(s, c + 1, j, lex)
        ):
            p = phrase_before(s, c - 1, lo, lex)
    return _appositive_owner(s, p, lo, lex)


#: Prepositions whose object may end a participle or relative clause that modifies a subject
#: ("protesters marching through the streets", "voters living near the plant").
PREP_BEFORE_OBJECT = frozenset("in on at to with through from over by near across around into for about of".split())
#: Words after which a subject opens its clause: conjunctions and subordinators ("since other
#: emails combed through by reporters suggest").
CLAUSE_OPENERS = frozenset(
    "and but so as when while if although though after before since because unless once until whereas".split()
)
#: How many tokens a participle or relative clause after a subject may run.
MAX_MODIFIER = 14


def _modified_subject(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A subject with a participle, a relative clause or a prepositional phrase after it, ending
    at token ``j``.

    News often names a group by what it is doing or where it is: "Protesters marching through
    the streets chanted", "Voters living near the plant said", "research conducted by the center
    found", "Residents who live near the plant say", "Residents in the area said".  The owner is
    a person, body or document noun (or a name) that opens its clause; the modifier holds no
    punctuation and no reporting verb.  A prepositional phrase that names where the words were
    said ("Ruiz in an interview said", "The company in its filing acknowledged") is an adverbial:
    the source is the owner alone.
    """
    toks = s.toks
    last = toks[j].low.replace("’", "'")
    if not toks[j].word or last in STOP_WORDS or last.endswith("'s") or last in lex.past:
        return None  # "Scott beamed and asked", "seized on Trump's claim": no noun ends the modifier
    for k in range(j - 1, max(lo, j - MAX_MODIFIER), -1):
        t = toks[k]
        if not t.word or t.low in lex.verbs:
            return None
        relative = t.low in ("who", "that")
        # a past participle only with its agent: "research conducted by the center" (not "seized on")
        participle = not t.cap and (
            (t.low.endswith("ing") and t.low not in NOT_PARTICIPLES)
            or ((t.low.endswith("ed") or t.low in lex.past) and "by" in (toks[k + 1].low, toks[k + 2].low))
        )
        place = t.low in SUBJECT_PREPS and _plain_phrase(s, k + 1, j, lex)
        if not (relative or participle or place) or k - 1 < lo:
            continue
        owner = phrase_before(s, k - 1, lo, lex)
        if owner is None or not _opens_clause(s, owner, lo, lex):
            if place:
                continue  # "residents who live near the plant": the preposition is inside the clause
            return None
        if place and any(_venue(toks[x].low, lex) for x in range(k + 1, j + 1)):
            return owner  # "Ruiz in an interview said": where it was said, not who
        return Phrase(owner.start, j, owner.head)
    return None


def _opens_clause(s: Sentence, owner: Phrase, lo: int, lex: Lexicon) -> bool:
    """Is ``owner`` a person, body, document or name (no pronoun) that opens its clause?"""
    if owner.pronoun:
        return False
    toks = s.toks
    if not (s.name_words[owner.head] or lexical(bare_word(toks[owner.head].low), lex)):
        return False
    before = owner.start - 1
    return before < lo or toks[before].text == "," or toks[before].low in CLAUSE_OPENERS


def _plain_phrase(s: Sentence, a: int, b: int, lex: Lexicon) -> bool:
    """Are tokens ``a..b`` a short noun phrase with no verb ("the area", "an interview Friday",
    "the Oversight Committee"), the object of a preposition after a subject?"""
    if b < a or b - a >= MAX_PLACE_PHRASE:
        return False
    for t in s.toks[a : b + 1]:
        low = t.low
        if not t.word or low in lex.past or low in COMMON_VERBS or low in IRREGULAR_VERBS:
            return False
        if low in STOP_WORDS and low not in DETERMINERS and low not in ("of", "and"):
            return False
    return True


#: The most tokens of the object of a preposition between a subject and its verb.
MAX_PLACE_PHRASE = 6


def _venue(low: str, lex: Lexicon) -> bool:
    """Is ``low`` a noun of where words are said or written (a statement, an interview, a filing)?"""
    word = bare_word(low)
    return word in lex.publications or word in lex.message_nouns or word in lex.documents or word in VENUES


#: Prepositions whose phrase may stand between a subject and its verb without commas: where the
#: subject is ("Residents in the area said") or where it spoke ("Ruiz in an interview said").
SUBJECT_PREPS = frozenset("in at on during from near across around outside inside throughout via".split())
#: Occasions of speech that the shared lists of documents and messages do not hold.
VENUES = frozenset("interview interviews conference conferences hearing hearings briefing briefings".split())


def _contact_clause(s: Sentence, j: int, lo: int, lex: Lexicon) -> int | None:
    """The last token of the noun before a relative clause without a pronoun of its own that ends
    at ``j`` ("the experts | I interviewed", "the people | we spoke to"), or None."""
    toks = s.toks
    k = j
    if toks[k].low in ("to", "with") and k - 1 >= lo:
        k -= 1  # a stranded preposition: "the officials we spoke to"
    verb = toks[k]
    if verb.cap or not (verb.low.endswith("ed") or verb.low in lex.past or verb.low in IRREGULAR_VERBS):
        return None
    if k - 2 < lo or toks[k - 1].low not in CONTACT_PRONOUNS:
        return None
    noun = k - 2
    if not head_ok(s, noun, lex) and toks[noun].low not in ("everyone", "everybody", "all"):
        return None
    return noun


#: Subject pronouns that open a relative clause without "who" ("the experts I interviewed").
CONTACT_PRONOUNS = frozenset("i we he she they".split())


#: Link words after a document noun that the rest of its phrase hangs on.
DOCUMENT_LINKS = frozenset("of from on about in by with".split())
#: How far back a document noun may stand from its verb, in tokens.
MAX_DOCUMENT_PHRASE = 10


def _document_of(s: Sentence, j: int, lo: int, lex: Lexicon) -> Phrase | None:
    """A document or data noun with what it is of, ending at token ``j``: "Video of the
    incident", "leaked documents from his 1995 tax return", "a poll by the university"."""
    toks = s.toks
    if j < lo or not toks[j].word or toks[j].low in STOP_WORDS:
        return None  # "analyzed the filings and found": a coordinated verb, whose subject is the clause's
    for k in range(j - 1, max(lo, j - MAX_DOCUMENT_PHRASE) - 1, -1):
        t = toks[k]
        if not t.word or t.low in lex.verbs or t.low in COMMON_VERBS:
            return None  # punctuation or a verb between: not one phrase
        if toks[k + 1].low in DOCUMENT_LINKS and bare_word(t.low) in lex.documents:
            owner = phrase_before(s, k, lo, lex)
            if owner is None or owner.pronoun:
                return None
            return Phrase(owner.start, j, k)
    return None


def _relative_owner(s: Sentence, p: Phrase, lo: int, lex: Lexicon) -> Phrase:
    """The noun a relative clause without commas hangs on, when ``p`` ends that clause.

    "A 2014 study that appeared in the British Medical Journal found" -> "A 2014 study";
    "the man who attacked police said" -> "the man".
    """
    toks = s.toks
    a = p.start - 1
    if a < lo or not toks[a].word or toks[a].cap or toks[a].low in DETERMINERS:
        return p
    if not (
        toks[a].low in STOP_WORDS
        or toks[a].low.endswith(("ed", "s"))
        or toks[a].low in lex.past
        or toks[a].low in IRREGULAR_VERBS  # "one of the doctors who sent the letter called …"
    ):
        return p
    k = a
    while k > lo and a - k < 10:
        t = toks[k]
        if not t.word:
            return p
        if t.low in ("that", "who", "which") and k > a - 10 and k < a + 1:
            if k == a:
                return p  # "the report that Clinton said": an object relative
            owner = phrase_before(s, k - 1, lo, lex)
            if owner is not None and not owner.pronoun:
                return owner
            return p
        k -= 1
    return p


def _label_before(s: Sentence, j: int, lo: int) -> int | None:
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


def _appositive_owner(s: Sentence, p: Phrase | None, lo: int, lex: Lexicon) -> Phrase | None:
    """The name a role phrase is in apposition to: "Mira Castell, an associate director"."""
    toks = s.toks
    if p is None or p.pronoun:
        return p
    a = p.start - 1
    first = toks[p.start].low
    role = not s.name_words[p.head] and bare_word(toks[first_head(s, p, lex)].low) in lex.persons
    if a - 1 >= lo and toks[a].text == "," and role and (first in DETERMINERS or bare_word(first) in lex.persons):
        owner = phrase_before(s, a - 1, lo, lex)
        if (
            owner is not None
            and not owner.pronoun
            # "At a news conference in Ashton, the mayor said": the object of an introductory phrase
            and not (owner.start > lo and toks[owner.start - 1].low in ADVERBIAL_PREPS)
            and s.name_words[owner.head]
            and not any(
                bare_word(t.low) in lex.org_words or bare_word(t.low) in lex.outlet_words
                for t in toks[owner.start : owner.end + 1]
            )
            and not (
                s.registry is not None
                and s.registry.entries.get(source_key(s.text[toks[owner.start].start : toks[owner.end].end]))
            )
        ):
            return owner
    return p


def clause_subject(s: Sentence, lo: int, hi: int, lex: Lexicon) -> Phrase | None:
    """The subject at the start of the sentence, after an introductory phrase and its comma."""
    toks = s.toks
    i = lo
    while i < hi and (
        s.opens[i] or toks[i].low in ("and", "but", "so", "yet", "then", "also", "now") or toks[i].text == ","
    ):
        i += 1
    if i >= hi:
        return None
    if (
        toks[i].low in ASIDE_WORDS
        or (toks[i].low in STOP_WORDS and toks[i].low not in SUBJECT_PRONOUNS and toks[i].low not in POSSESSIVES)
        or is_time(s, i, lex)
        or toks[i].text[:1].isdigit()
        or toks[i].low in ("given", "following", "covering")
        or _participle_opener(s, i, lex)
    ):
        start = i
        for _ in range(3):
            k = i
            while k < hi and k - start < MAX_INTRO and toks[k].text != ",":
                k += 1
            if k >= hi or toks[k].text != ",":
                return None
            i = k + 1
            if i < hi and toks[i].low not in INTRO_GOES_ON:
                break
            i += 1  # "Chastened by the analyses, as well as the costs, Trump …": the opener goes on
    subject = phrase_after(s, i, lex)
    if subject is None or subject.pronoun:
        return subject
    # an appositive: "The Norwegian ambassador to Norland, Tomas Brandt, ..."
    e = subject.end
    if e + 2 < hi and toks[e + 1].text == ",":
        k = e + 2
        while k < hi and k - e <= 6 and (s.name_words[k] or toks[k].low in ("al", "bin", "de", "van", "von")):
            k += 1
        if k > e + 2 and k < hi and toks[k].text == "," and not s.name_words[subject.head]:
            return subject._replace(end=k - 1, name=(e + 2, k - 1))
    return subject


#: Possessive determiners, which open a subject ("Her aides say …"), not an introductory phrase.
POSSESSIVES = frozenset("his her its their our my your".split())
#: Words after a comma that carry an introductory phrase on ("…, as well as …", "…, and …").
INTRO_GOES_ON = frozenset("as and or along including especially not".split())


def _participle_opener(s: Sentence, i: int, lex: Lexicon) -> bool:
    """Does a participle open the clause at token ``i`` ("Chastened by the costs, …", "Facing
    criticism, …")?  Not a name ("Sterling") nor a gerund subject before its verb."""
    toks = s.toks
    t = toks[i]
    if not t.word or i + 1 >= len(toks) or (s.name_words[i] and not t.low.endswith(("ing", "ed"))):
        return False
    low = t.low
    if not ((low.endswith("ing") and len(low) > 4) or low.endswith("ed") or low in lex.past):
        return False
    nxt = toks[i + 1]
    if nxt.cap or not nxt.word:
        return False
    if nxt.low in ADVERBIAL_PREPS or nxt.low in DETERMINERS or nxt.low in ("by", "about", "as"):
        return True
    # "Facing criticism, the mayor …"; not "Rising prices will hurt farmers, …", a gerund subject
    k = i + 1
    while k < len(toks) and k - i <= MAX_INTRO and toks[k].text != ",":
        if toks[k].low in FINITE_AUXILIARIES or toks[k].low in lex.past or toks[k].low in lex.verbs:
            return False
        k += 1
    return low.endswith("ing") and k < len(toks) and toks[k].text == ","


def first_head(s: Sentence, p: Phrase, lex: Lexicon) -> int:
    """The noun before a phrase's first link word ("director" in "director of the institute")."""
    for x in range(p.start, p.end + 1):
        if s.toks[x].low in LINKS and x > p.start:
            return x - 1
    return p.head
