"""Word keys: the forms under which the words of two statements meet.

Two statements are compared on the content words they share, so each word is
keyed: inflections meet (``received`` / ``receiving``), irregular verbs meet
their base (``took`` / ``taking``), the words of one state class meet
(``detained`` / ``arrested``) and number words meet their figures (``three`` /
``third`` / ``3rd``).  Cue words, report nouns and verbs of saying are set
apart, for they say how a thing is reported, not what.
"""

from __future__ import annotations

import regex

from provenance.features.text import content_words, stem
from provenance.features.words import (
    CONFIRMATION_CUES,
    DENIAL_CUES,
    HEDGE_CUES,
    IRREGULAR_VERBS,
    MODAL_CUES,
    NEGATION_CUES,
    NUMBER_WORDS,
    STATE_PREDICATES,
)

__all__ = ["CUE_STEMS", "LIGHT_KEYS", "REPORT_WORDS", "SAYING_WORDS", "content_keys", "verb_key", "word_key"]

#: Heads too general to carry a contradiction ("did not say", "has not commented").
LIGHT_HEADS = frozenset(
    """
    say tell comment confirm deny know think believe want expect respond return answer clear reveal
    disclose identify specify elaborate explain name release mention see seem appear go come get make
    take give know like need mean intend plan try wish hear remember recall understand agree specify
    provide immediately rule include exclude exist happen
    """.split()
)


def verb_key(word: str) -> str:
    """The form of a word under which its inflections meet: ``received``, ``receive`` and ``receiving`` -> ``receiv``.

    Irregular forms go through their base (``took`` -> ``tak``, like ``taking``).

    >>> [verb_key(w) for w in ["received", "receive", "receiving", "took", "taking", "found", "finds", "died"]]
    ['receiv', 'receiv', 'receiv', 'tak', 'tak', 'find', 'find', 'di']
    """
    return _key_of_stem(stem(word))


def _key_of_stem(s: str) -> str:
    base = IRREGULAR_VERBS.get(s)
    if base is not None:
        s = stem(base)
    if len(s) > 2 and s.endswith("e"):
        return s[:-1]  # "receive" / "received"
    if len(s) > 2 and s.endswith("y"):
        return s[:-1] + "i"  # "deny" / "denied", "selfies" / "selfie"
    return s


#: Single words of one state-predicate class, to the class: "detained" and
#: "arrested" both say someone is held (``state_predicates.txt``).
_CLASS_OF: dict[str, set[str]] = {}
for _phrase, _cls, _flags in STATE_PREDICATES:
    if " " not in _phrase and "'" not in _phrase:
        _CLASS_OF.setdefault(_key_of_stem(stem(_phrase)), set()).add(_cls)
PREDICATE_CLASS_OF = {k: "@" + next(iter(v)) for k, v in _CLASS_OF.items() if len(v) == 1}


def word_key(s: str) -> str:
    """The key under which a content-word stem meets its other forms and synonyms in a state class.

    >>> [word_key(stem(w)) for w in ["detained", "arrested", "took", "takes", "graves", "three", "third", "3rd"]]
    ['@captured', '@captured', 'tak', 'tak', 'grav', '#3', '#3', '#3']
    """
    number = NUMBER_KEYS.get(s)
    if number is not None:
        return number
    k = _key_of_stem(s)
    return PREDICATE_CLASS_OF.get(k, k)


#: Cardinal and ordinal number words (and "3rd"-style ordinals) to one key per value:
#: "three", "third" and "3rd" say the same number (``number_words.txt``, :data:`ORDINALS`).
#: ("one" and "first", "second" left out: "one of", "at first", "a second" say no number.)
ORDINALS = ("", "", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth")
NUMBER_KEYS = {
    **{stem(w): f"#{int(v)}" for w, v in NUMBER_WORDS.items() if v == int(v) and 2 <= v < 100},
    **{w: f"#{n}" for n, w in enumerate(ORDINALS, 1) if w},
    **{f"{n}{suffix}": f"#{n}" for n in range(2, 100) for suffix in ("nd", "rd", "th")},
}


# A noun compound whose head is a state word that holds no one: "cardiac arrest" stops a heart,
# it arrests nobody.  Joined into one word, the compound keeps no state class.
#   "died of cardiac arrest" "suffered a heart arrest" "respiratory arrest"
MEDICAL_ARREST = regex.compile(
    r"\b(cardiac|heart|respiratory|cardiopulmonary|cardio-respiratory)\s+(arrests?)\b", regex.IGNORECASE
)


def content_keys(text: str) -> frozenset[str]:
    """:func:`word_key` of the content words of ``text``: what two statements are compared on.

    >>> sorted(content_keys("The doctor took a selfie; she denies taking selfies."))
    ['deni', 'doctor', 'selfi', 'tak']
    >>> sorted(content_keys("He died of cardiac arrest"))
    ['@dead', 'cardiac', 'cardiac-arrest']
    """
    if MEDICAL_ARREST.search(text):
        text = MEDICAL_ARREST.sub(r"\1 \1-\2", text)
    return frozenset(word_key(w) for w in content_words(text))


#: Stems of cue words, left out of the overlap between two statements.
CUE_STEMS = frozenset(
    w
    for phrases in (DENIAL_CUES, HEDGE_CUES, CONFIRMATION_CUES, MODAL_CUES, NEGATION_CUES)
    for p in phrases
    for w in content_keys(p)
)

# Nouns for a report, left out of what a target says ("those reports", "the claims").
REPORT_WORDS = frozenset(
    content_keys(
        "report reports claim claims rumour rumours rumor rumors allegation allegations account accounts "
        "speculation story stories news suggestion suggestions assertion assertions statement statements "
        "headline headlines article articles piece item"
    )
)


# Verbs of saying, left out of what a target says ("police told reporters there was no evidence").
SAYING_WORDS = frozenset(
    content_keys("say said says told tell tells stated states state announced announces added adds reported reports")
)


#: :func:`verb_key` of the light heads.
LIGHT_KEYS = frozenset(verb_key(w) for w in LIGHT_HEADS)
