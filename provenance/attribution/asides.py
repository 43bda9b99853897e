"""Asides between a subject and its verb.

Commas, dashes and parentheses may set off an age, a party label, a home town
and its state, a role, a participle clause or a relative clause between a
source and its reporting verb (``Ana Ruiz, 59, of Ashton, Md., who watched the
ceremony, said``); these predicates say whether a stretch of tokens is one.
"""

from __future__ import annotations

import regex

from provenance.attribution.cues import Lexicon
from provenance.attribution.sentence import Sentence, bare_word
from provenance.attribution.words import (
    ASIDE_PHRASES,
    ASIDE_WORDS,
    DETERMINERS,
    FINITE_AUXILIARIES,
    MAX_ASIDE,
    QUANTITY_WORDS,
    STOP_WORDS,
)


def aside_ok(s: Sentence, a: int, b: int, lex: Lexicon) -> bool:
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
    """The other shapes of an aside (see :func:`aside_ok`): a role, a party label, a participle
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


#: Prepositions after a speech participle that make it a circumstance, not a report:
#: ", speaking to the group,", ", writing in the journal,", ", testifying before the panel,".
ASIDE_PREPS = frozenset("to at in on before with from during after".split())


#: The most tokens of a prepositional aside between a subject and its verb (", at a later news conference,").
MAX_PREPOSITIONAL_ASIDE = 6


#: The longest abbreviation (without its period) read as a place in an aside (", Md.,", ", Calif.,").
MAX_ABBREVIATION = 5


def is_state(s: Sentence, a: int, b: int) -> bool:
    """Are tokens ``a..b`` the state or country after a town: ", Ohio,", ", Md.,", ", Calif.,"?"""
    t = s.toks[a]
    if a == b:
        return bool(s.name_words[a]) and t.text.isalpha()
    return (
        b == a + 1
        and abbreviation_period(s, b)
        and t.text.isalpha()  # not a party label ("R-Ky.")
        and t.cap
        and len(t.text) <= MAX_ABBREVIATION
    )


def aside_before(s: Sentence, k: int, lo: int, lex: Lexicon) -> bool:
    """Does the comma at ``k`` close an aside opened by an earlier comma: an age, a party label,
    a home town or its state (", 59,", ", R-Ky.,", ", of Ashton,", ", Md.,")?"""
    toks = s.toks
    c = k - 1
    while c > lo and k - c <= MAX_ASIDE and toks[c].text != ",":
        if toks[c].text in ".;:" and not abbreviation_period(s, c):
            return False
        c -= 1
    if c <= lo or toks[c].text != "," or c + 1 > k - 1:
        return False
    if is_state(s, c + 1, k - 1) and home_town(s, c - 1, lo) is not None:
        return True  # ", Md.," after "of Ashton"
    if k - 1 == c + 1 and (toks[c + 1].text.isdigit() or PARTY_LABEL.match(toks[c + 1].text)):
        return True  # ", 59,", ", R-Ky.,"
    return home_town(s, k - 1, lo) == c + 1  # ", of Ashton,"


def home_town(s: Sentence, j: int, lo: int) -> int | None:
    """The preposition of a home town ending at ``j`` ("of Ashton", "from Port Meridian"), or None."""
    k = j
    while k > lo and j - k < 3 and s.name_words[k]:
        k -= 1
    if k < j and s.toks[k].low in ("of", "from", "in"):
        return k
    return None


def abbreviation_period(s: Sentence, k: int) -> bool:
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
