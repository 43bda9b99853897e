"""Independent sources: when two claims that say the same thing are two confirmations, not one.

News relays news: the same quotation, the same agency statement, the same
tabloid story appear in many articles, reworded or not.  Two claims corroborate
each other only when they come from different origins:

* a **named** source on both sides: a citation, an outlet or official body
  the registry knows, or a person or body named in full ("Human Rights
  Watch", "Ana Ruiz"), not "the official", "a report", "he", nor the
  writer's own word (an unsourced line in a news article is most often the
  day's news relayed);
* no origin in common: not the same source, nor the same person under two
  descriptions ("HCA spokeswoman Chris Hamele" / "HCA vice president Chris Hamele")
  or two spellings of a transliterated name ("Nabil Rachdouk" / "Nabeel Rashduq");
* neither relays the other: neither names the other's source, in the claim or
  anywhere in its article ("..., the Post reported");
* not one wording: no quotation (a quotation is one speaker's words, however
  many articles carry it).
"""

from __future__ import annotations

import difflib

import regex

from provenance.compare.prepare import NAME_ORIGIN, PreparedClaim
from provenance.compare.statement import keys_meet, mention_before
from provenance.features.cues import CueKind
from provenance.features.words import FUNCTION_WORDS, NUMBER_WORDS, PLACE_WORDS
from provenance.model import SourceKind, source_key
from provenance.sources import default_registry

__all__ = ["denier_speaks", "independent", "named", "one_speaker", "sound_alike", "soundex"]

#: Words inside quotation marks from which a claim carries someone's words.
QUOTED_WORDS = 4

# A quotation: words between quotation marks, or from an opening mark to the end of the
# claim (a quotation that runs on into the next sentence is quoted all the same).
#   'said: "We will not resign."' -> "We will not resign."
#   'told The Sun: ‘She was determined to find him.' -> British single marks, left open
# A single closing mark followed by a letter is an apostrophe ("she’s"), not the end.
QUOTATION = regex.compile(
    r"[\"\u201c\u201d\u00ab\u00bb]([^\"\u201c\u201d\u00ab\u00bb]+)(?:[\"\u201c\u201d\u00ab\u00bb]|\Z)"
    r"|(?<!\p{L})\u2018((?:[^\u2018\u2019\u201c\u201d]|\u2019(?=\p{L}))+)(?:\u2019|\Z)"
)
# A name in full: two capitalised words ("Human Rights Watch", "Ana Ruiz").
FULL_NAME = regex.compile(r"\p{Lu}[\p{L}\-'.]+(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}\-'.]+)+")

# An acronym of two capitals or more: "BBC", "AFP", "KLAS-TV".
ACRONYM = regex.compile(r"(?<![\p{L}])\p{Lu}{2,}(?![\p{Ll}])")
# A capitalised word.
CAPITALISED = regex.compile(r"\p{Lu}[\p{L}\-']*")

#: Source kinds that name who speaks whatever the words ("Reuters", "the Pentagon").
NAMED_KINDS = frozenset({SourceKind.WIRE, SourceKind.STATE_MEDIA, SourceKind.OUTLET, SourceKind.OFFICIAL})


def named(item: PreparedClaim) -> bool:
    """Does the claim name where it comes from: a citation, or an attribution to a proper name?

    A proper name: two capitalised words ("Human Rights Watch", "Lindsey
    Graham"), an acronym ("BBC"), or one capitalised word the registry knows as
    an outlet or body ("Reuters"); not "the official", "three outlets", "his office".
    """
    claim = item.claim
    if claim.citations:
        return True
    for a in claim.attributions:
        if a.anonymous:
            continue
        for name in (a.source.name, a.speaker, a.via):
            if name and _proper(name, a.source.kind):
                return True
    return False


def _proper(name: str, kind: SourceKind) -> bool:
    """Is ``name`` a proper name: two capitalised words not all of places or peoples, or one
    word (an acronym among them) of a kind the registry knows as an outlet or body?"""
    for m in FULL_NAME.finditer(name):
        words = [w.casefold() for w in CAPITALISED.findall(m.group())]
        if any(w not in PLACE_WORDS and w not in FUNCTION_WORDS for w in words):
            return True
    words = [
        w
        for w in CAPITALISED.findall(name)
        if w.casefold() not in FUNCTION_WORDS and w.casefold() not in NUMBER_WORDS and w.casefold() not in PLACE_WORDS
    ]
    return len(words) == 1 and known_outlet(name)


def known_outlet(name: str) -> bool:
    """Does the source registry know ``name`` as an outlet, wire or official body ("Reuters", "AFP")?"""
    found = default_registry().entries.get(source_key(name))
    return found is not None and found[1] in NAMED_KINDS


def _quotes(text: str) -> bool:
    return any(len((m.group(1) or m.group(2)).split()) >= QUOTED_WORDS for m in QUOTATION.finditer(text))


def _names(item: PreparedClaim) -> frozenset[str]:
    return frozenset(k.removeprefix(NAME_ORIGIN) for k in item.view.sources if k.startswith(NAME_ORIGIN))


def _relays(a: PreparedClaim, b: PreparedClaim) -> bool:
    """Does ``b`` (or its article) name ``a``'s source ("..., the Post reported")?"""
    names = _names(a)
    cited = frozenset(k.removeprefix(NAME_ORIGIN) for k in b.cited)
    return bool(names) and (keys_meet(names, b.view.keys) or keys_meet(names, cited))


#: Share of letters two spellings of one surname have in common at least ("Rachdouk" / "Rashduq" 0.67).
SURNAME_LIKENESS = 0.6

#: Soundex digits by letter: letters that sound alike in names share a digit; vowels and y
#: (0) separate repeats, h and w (absent) do not.  "Rachdouk" and "Rashduq" are both R232.
SOUNDEX = {
    **dict.fromkeys("bfpv", "1"),
    **dict.fromkeys("cgjkqsxz", "2"),
    **dict.fromkeys("dt", "3"),
    "l": "4",
    **dict.fromkeys("mn", "5"),
    "r": "6",
    **dict.fromkeys("aeiouy", "0"),
}


def soundex(word: str) -> str:
    """The Soundex code of a name: its first letter and three digits for how the rest sounds.

    >>> soundex("Rachdouk"), soundex("Rashduq"), soundex("Ruiz")
    ('R232', 'R232', 'R200')
    """
    letters = [ch for ch in word.casefold() if ch.isascii() and ch.isalpha()]
    if not letters:
        return ""
    code, last = [], SOUNDEX.get(letters[0], "")
    for ch in letters[1:]:
        digit = SOUNDEX.get(ch)
        if digit is None:
            continue  # h, w: the digits around them count as one
        if digit != last and digit != "0":
            code.append(digit)
        last = digit
    return (letters[0].upper() + "".join(code) + "000")[:4]


def sound_alike(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two sets of names hold one person's full name spelled two ways ("Nabil Rachdouk" / "Nabeel Rashduq")?

    Names written in another alphabet come transliterated many ways; two full
    names (two words or more) whose words sound alike one by one (:func:`soundex`)
    and whose surnames share most of their letters (:data:`SURNAME_LIKENESS`) are
    one person.  A single word is never enough: too many surnames share a code.

    >>> sound_alike(frozenset({"nabil rachdouk"}), frozenset({"nabeel rashduq"}))
    True
    >>> sound_alike(frozenset({"ana ruiz"}), frozenset({"ana ross"}))  # one code, other letters
    False

    A surname typed with two adjacent letters swapped, the other words the same, is one
    person too ("Mr Castell" / "Mr Catsell").
    """
    for x in a:
        for y in b:
            wx, wy = x.split(), y.split()
            if len(wx) < 2 or len(wx) != len(wy) or x == y:
                continue
            if wx[:-1] == wy[:-1] and _transposed(wx[-1], wy[-1]):
                return True
            if all(soundex(u) == soundex(v) for u, v in zip(wx, wy, strict=True)) and (
                difflib.SequenceMatcher(None, wx[-1], wy[-1]).ratio() >= SURNAME_LIKENESS
            ):
                return True
    return False


#: Letters a surname has at least for two adjacent letters swapped to be taken for a slip of
#: the keyboard: short names differ so by chance ("Ruiz" / "Riuz" could be two people).
TRANSPOSED_LENGTH = 5


def _transposed(u: str, v: str) -> bool:
    """Is ``v`` the surname ``u`` typed with two adjacent letters swapped ("Castell" / "Catsell")?"""
    if len(u) != len(v) or len(u) < TRANSPOSED_LENGTH:
        return False
    diff = [k for k in range(len(u)) if u[k] != v[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and u[diff[0]] == v[diff[1]] and u[diff[1]] == v[diff[0]]


def one_speaker(a: PreparedClaim, b: PreparedClaim) -> bool:
    """Do ``a`` and ``b`` come from the same speaker ("Lin" / "Paler Lin", "Durex" / "a Durex spokesperson")?

    Both must name who speaks.  A claim without a source is the writer's, not
    said by the people it is about: "Acme's doctor took a selfie" is a report
    about the doctor, which the doctor's denial disputes.  (What a person does
    that says something, "Lin bristled at the suggestion ...", is an
    attribution to Lin, so it has its source.)
    """
    if _speaks_for(a, b) or _speaks_for(b, a):
        return True
    na, nb = _names(a), _names(b)
    if not (na and nb):
        return False
    return keys_meet(na, nb) or sound_alike(na, nb)


# A spokesperson and the body named before the word, which they speak for ("ministry spokesman
# Ahmed Rudaini", "a health ministry spokeswoman"): up to three words of it.
SPOKESPERSON = regex.compile(
    r"(?P<body>(?:[\p{L}'\u2019\-]+\s+){1,3}?)(?:spokes(?:man|woman|person)|press\s+secretary)\b"
)
# What a body's words leave out: articles and possessives ("the country's health ministry").
BODY_FILLER = regex.compile(r"\b(?:the|a|an|its|their)\b|['\u2019]s?\b")


def _speaks_for(a: PreparedClaim, b: PreparedClaim) -> bool:
    """Is a source of ``a`` a spokesperson of a body that is a source of ``b`` ("ministry spokesman X" /
    "the health ministry")?  Every word of the body before the title must name ``b``'s source."""
    theirs = [
        frozenset(BODY_FILLER.sub(" ", k).split()) for k in b.view.sources if not k.startswith(("doc:", NAME_ORIGIN))
    ]
    for k in a.view.sources:
        m = SPOKESPERSON.search(k)
        if m is None:
            continue
        body = frozenset(BODY_FILLER.sub(" ", m.group("body")).split())
        if body and any(body <= words for words in theirs):
            return True
    return False


# What stands between a denial verb and its subject: at most three auxiliaries or adverbs, no
# possessive, no comma, no clause break.  "Acme [has] squashed", "Acme [has now firmly] denied";
# not "ABUJA, Nigeria — The leader of the group denied" (a dateline before the dash).
SUBJECT_BEFORE_VERB = regex.compile(r"(?:\s+[\p{Ll}]+){0,3}\s+")


def denier_speaks(denier: PreparedClaim, other: PreparedClaim) -> bool:
    """Is who denies in ``denier`` the named source of ``other``: one party twice, not a dispute?

    ("Durex has squashed all rumours that ..." / "... a Pumpkin Spice condom," Durex said.)
    Only a denial verb has a subject that denies; a verdict ("reports that Acme
    will close are false") judges what stands before it.
    """
    names = _names(other)
    if not names:
        return False
    text = denier.view.f.text
    for t in denier.view.targets:
        if t.cue.end <= t.cue.start or t.cue.kind == CueKind.VERDICT:
            continue  # an attribution's cue (its speaker is the claim's source), or a verdict
        before = mention_before(denier.view.mentions, t.cue.start)
        if before is None:
            continue
        _, end, subject = before
        if not SUBJECT_BEFORE_VERB.fullmatch(text[end : t.cue.start]):
            continue  # "the leader of Nigeria's group ... denied": Nigeria is not who denies
        if any(n == subject or f" {n} " in f" {subject} " for n in names):
            return True
    return False


def independent(a: PreparedClaim, b: PreparedClaim) -> bool:
    """Are ``a`` and ``b`` two origins, so that saying the same thing they confirm each other?"""
    na, nb = _names(a), _names(b)
    if a.view.sources & b.view.sources or keys_meet(na, nb) or sound_alike(na, nb) or not (named(a) and named(b)):
        return False
    if _relays(a, b) or _relays(b, a):
        return False
    return not (_quotes(a.claim.text) or _quotes(b.claim.text))
