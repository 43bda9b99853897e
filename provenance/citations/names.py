"""Source and speaker names: whether a would-be source reads as a name analysts write
(``Minsk radio``, ``kurier.com.pk``) or as a clause (``who was a mayor``), and its shape."""

from __future__ import annotations

import regex

from provenance.citations.grammar import ACRONYM, CAPITALISED, DOMAIN, LETTER, NAME_WORD
from provenance.citations.words import ASIDE_LEADS, DOCUMENTS, PARTICLES, PROSE_WORDS


def name_words(name: str) -> list[str]:
    """Words of a name, a bracketed qualifier counting as one word."""
    return NAME_WORD.findall(name)


def word_key(word: str) -> str:
    return word.casefold().strip(".,:'’")


def _is_handle_or_domain(word: str) -> bool:
    return "@" in word or ("." in word and DOMAIN.fullmatch(word) is not None)


def _first_letter(word: str) -> str | None:
    m = LETTER.search(word)
    return m.group(0) if m else None


def _lower_word(word: str) -> bool:
    """A word that starts with a lower-case letter and is not a particle, domain or handle."""
    if word.startswith("[") or word_key(word) in PARTICLES or _is_handle_or_domain(word):
        return False
    return word.lstrip("\"'‘“")[:1].islower()


#: The single words of :data:`~provenance.citations.words.DOCUMENTS` ("release" of "press release").
_DOCUMENT_WORDS = frozenset(w for d in DOCUMENTS for w in d.split())


def _without_document(words: list[str]) -> list[str]:
    """The words of a name without the document noun phrase closing it in small letters:
    "TSO press release" -> "TSO", "Media-Yug annual report" -> "Media-Yug"."""
    if len(words) < 2 or not _lower_word(words[-1]) or word_key(words[-1]) not in _DOCUMENT_WORDS:
        return words
    k = len(words) - 1
    while k > 1 and len(words) - k < 3 and _lower_word(words[k - 1]):
        k -= 1
    return words[:k]


def name_ok(name: str) -> bool:
    """A source as analysts write it, not a clause.

    At most ten words; no aside lead ("see", "e.g.", "who") first; no verb-like
    word ("is", "was", "said", a lower-case "-ed" word); at most one lower-case
    word besides particles ("Minsk radio") and a closing document noun phrase
    ("TSO press release"); at least one capitalised word, domain or handle;
    does not end with a particle.

    >>> [name_ok(n) for n in ["Minsk radio", "kurier.com.pk", "who was a mayor", "reporters", "TSO press release"]]
    [True, True, False, False, True]
    """
    words = _without_document(name_words(name))
    if not words or len(words) > 10 or (word_key(words[0]) in ASIDE_LEADS and not acronym_shape(words[0])):
        return False
    if len(words) > 1 and word_key(words[-1]) in PARTICLES:
        return False
    lower = 0
    named = False
    for word in words:
        key = word_key(word)
        if key in PROSE_WORDS and not acronym_shape(word):  # "WHO" is no "who"
            return False
        if _lower_word(word):
            if key.endswith(("ed", "ing")):
                return False
            lower += 1
        elif (
            word.startswith("[")
            or _is_handle_or_domain(word)
            or (key not in PARTICLES and _first_letter(word) is not None)
        ):
            named = True
    return named and lower <= 1


def proper_name(name: str) -> bool:
    """Every word capitalised (or a particle inside, a qualifier, domain, handle, number).

    >>> proper_name("Voice of the People"), proper_name("Minsk radio"), proper_name("of People")
    (True, False, False)
    """
    words = name_words(name)
    if not words or not name_ok(name):
        return False
    for i, word in enumerate(words):
        if word_key(word) in PARTICLES:  # "of", "&", "de": inside only, unless capitalised ("The")
            if i in (0, len(words) - 1) and not word[:1].isupper():
                return False
        elif _lower_word(word):
            return False
    return True


def speaker_ok(speaker: str) -> bool:
    """A person as written: "the minister", "Ivanov", "a ministry spokesman"."""
    words = speaker.split()
    if len(words) > 5 or word_key(words[0]) in ASIDE_LEADS:
        return False
    lower = 0
    for word in words:
        key = word_key(word)
        if key in PROSE_WORDS or key in PARTICLES - {"the", "a", "an"}:
            return False
        if word[:1].islower() and key not in ("the", "a", "an"):
            if key.endswith(("ed", "ing")):
                return False
            lower += 1
    return lower <= 2


def acronym_shape(word: str) -> bool:
    m = ACRONYM.fullmatch(word)
    return m is not None and not m.group("plural")


def bare_shape(name: str) -> str | None:
    """Which outlet-like shape an undated name has: "domain", "handle",
    "acronym", "name" (several capitalised words), "word" (one), or None."""
    words = name_words(name)
    if len(words) == 1 and "@" in name:
        return "handle"
    if len(words) == 1 and DOMAIN.fullmatch(name):
        return "domain"
    if len(words) == 1 and acronym_shape(name):
        return "acronym"
    if len(words) > 1 and proper_name(name) and not any(w.isdigit() for w in words):
        return "name"  # not "Figure 2", "Resolution 2254"
    if len(words) == 1 and proper_name(name) and CAPITALISED.match(name):
        return "word"
    return None


# A hyphen that a line break split from the rest of its word: "ITAR- TASS", "Komsomol-\nskaya".
BROKEN_HYPHEN = regex.compile(r"(?<=\p{L})[\-\u2010\u00ad]\s+(?=\p{L})")


def repaired(name: str) -> str:
    r"""A source name with its line-break hyphens mended: a capital after the break keeps the
    hyphen ("ITAR- TASS" -> "ITAR-TASS"), a small letter joins the word ("Komsomol- skaya"
    -> "Komsomolskaya").

    >>> repaired("ITAR- TASS"), repaired("Komsomol-\nskaya Pravda"), repaired("Radio Free Europe")
    ('ITAR-TASS', 'Komsomolskaya Pravda', 'Radio Free Europe')
    """
    if "-" not in name and "\u2010" not in name and "\u00ad" not in name:
        return name
    return BROKEN_HYPHEN.sub(lambda m: "" if m.string[m.end()].islower() else "-", name)
