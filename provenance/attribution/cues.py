"""The cue lexicon: reporting verbs and the nouns a source is made of, loaded from data files.

``data/reporting_verbs.txt`` gives each verb's forms and flags (``:that`` for
weak verbs, ``:object`` for ``told``, ``:deny``, ``:passive`` …); the noun
lists say which heads are people, institutions, documents, anonymous or vague.
"""

from __future__ import annotations

import functools

import attrs
import regex

from provenance.lexicon import MONTHS, WEEKDAY_NAMES, lines, verb_entries
from provenance.model import Stance


@attrs.frozen
class Verb:
    """A reporting verb of the lexicon."""

    lemma: str
    """Base form (``say``)."""
    flags: frozenset = frozenset()
    """``that``, ``object``, ``speech``, ``deny``, ``confirm``, ``hedge``, ``passive``."""
    preps: frozenset = frozenset()
    """Prepositions that may introduce the content of a weak verb (``warned of``)."""

    @property
    def weak(self) -> bool:
        return "that" in self.flags

    @property
    def stance(self) -> Stance:
        if "deny" in self.flags:
            return Stance.DENY
        if "confirm" in self.flags:
            return Stance.CONFIRM
        if "hedge" in self.flags:
            return Stance.HEDGE
        if "belief" in self.flags:
            return Stance.BELIEF
        return Stance.ASSERT


@attrs.frozen
class Act:
    """A communicative act of the lexicon: a verb whose object is what was communicated."""

    lemma: str
    """Base form (``attack``)."""
    particles: tuple = ()
    """What must follow the verb, in order: a set of words each (``({"down"}, {"on", "upon"})``)."""
    kind: str = "any"
    """What its object must be, one of :data:`ACT_KINDS` (see ``communicative_acts.txt``)."""


#: What the object of a communicative act may be: anything, anything but a person, a message,
#: a message or a person attacked for something, a person or body (or a message), an object
#: that goes on with "as", "to" or "with", or (a fixed phrase of saying) what was said.
ACT_KINDS = frozenset(("any", "thing", "message", "target", "person", "as", "to", "with", "said"))


@attrs.frozen
class Lexicon:
    """The word lists of ``provenance/data`` that drive the recogniser."""

    verbs: dict
    """Verb form (lower case) -> :class:`Verb`."""
    past: frozenset
    """Past forms of the reporting verbs (``said``, ``told``, ``written``)."""
    participles: frozenset
    """-ing forms of the reporting verbs (``saying``)."""
    persons: frozenset
    """Role nouns of people, singular and plural (``official``, ``commanders``), and the
    compounds news writes of a person (:class:`PersonNouns`)."""
    institutions: frozenset
    """Nouns of bodies that speak as one (``ministry``, ``police``)."""
    documents: frozenset
    """Nouns of documents that can be a source (``report``, ``poll``)."""
    anonymous: frozenset
    """Heads that make a source anonymous whatever qualifies them (``sources``)."""
    vague: frozenset
    """Plural roles that are anonymous unless named or affiliated (``officials``)."""
    report_nouns: frozenset
    cue_nouns: dict
    """Nouns that report what their possessive owner said or holds -> the stance they take."""
    """What a denial rejects (``claims``, ``allegations``)."""
    publications: frozenset
    """What a source publishes or issues (``op-ed``, ``edict``)."""
    titles: frozenset
    """Title words before a name (``minister``, ``gen``)."""
    org_words: frozenset
    """Words that make a capitalised name an organisation or place (``watch``, ``valley``)."""
    outlet_words: frozenset
    """Words that make a capitalised name a news outlet (``news``, ``times``)."""
    places: frozenset
    """Countries and their demonyms, lower case (``norway``, ``norwegian``)."""
    colon_labels: frozenset
    """Words before a colon that are labels, not speakers (``update``, ``photo``)."""
    time_words: frozenset
    """Words of time adverbials (``monday``, ``week``, ``earlier``)."""
    acts: dict
    """Verb form (lower case) of a communicative act -> its :class:`Act` entries (``went`` ->
    ``go after``, ``go on about``)."""
    message_nouns: frozenset
    """What a communicative act puts forward, singular and plural (``speech``, ``proposals``)."""


# An age written as a noun: "the 26-year-old", "two nine-year-olds".
AGE_NOUN = regex.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-olds?")


class PersonNouns(frozenset):
    """Role nouns of people, that also hold the compounds news writes of a person: a role and
    what it has ("father-of-four", "mother-of-two": the role before "-of-"), an age written
    as a noun ("the 26-year-old"), and a role with a prefix ("ex-wife", "co-founder": the
    last part)."""

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or "-" not in word:
            return False
        if "-of-" in word:
            return frozenset.__contains__(self, word.split("-of-", 1)[0])
        return AGE_NOUN.fullmatch(word) is not None or frozenset.__contains__(self, word.rsplit("-", 1)[1])


def _plurals(word: str) -> set[str]:
    forms = {word}
    if word.endswith("man") and not word.endswith("human"):
        forms.add(word[:-3] + "men")
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith("sis"):
        forms.add(word[:-3] + "ses")  # "analysis" -> "analyses", "diagnosis" -> "diagnoses"
    elif word.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


def _cue_nouns() -> dict[str, Stance]:
    """``cue_nouns.txt``: each noun and its plurals -> its stance."""
    marks = {"deny": Stance.DENY}
    out: dict[str, Stance] = {}
    for line in lines("cue_nouns.txt"):
        word, *mark = line.split()
        for form in _plurals(word.lower()):
            out[form] = marks[mark[0]] if mark else Stance.ASSERT
    return out


def _acts(verbs: dict) -> dict[str, tuple[Act, ...]]:
    """``communicative_acts.txt``: each form -> its :class:`Act` entries; a form of a reporting verb stays one."""
    out: dict[str, tuple[Act, ...]] = {}
    for line in lines("communicative_acts.txt"):
        words = line.split()
        forms = [w.lower() for w in words if w[0] not in ":+"]
        kinds = [w[1:] for w in words if w.startswith(":")]
        if len(kinds) > 1 or not set(kinds) <= ACT_KINDS:
            raise ValueError(f"communicative_acts.txt: {line!r}: one flag of {sorted(ACT_KINDS)} at most")
        act = Act(
            lemma=forms[0],
            particles=tuple(frozenset(w[1:].lower().split("|")) for w in words if w.startswith("+")),
            kind=kinds[0] if kinds else "any",
        )
        for form in forms:
            if form not in verbs:
                out[form] = (*out.get(form, ()), act)
    return out


def _nouns(name: str) -> frozenset:
    return frozenset(f for w in lines(name) for f in _plurals(w.lower()))


@functools.cache
def lexicon() -> Lexicon:
    """The lexicons shipped in ``provenance/data``, loaded once.

    >>> lex = lexicon()
    >>> lex.verbs["told"].lemma, sorted(lex.verbs["told"].flags)
    ('tell', ['object'])
    >>> "officials" in lex.vague and "sources" in lex.anonymous
    True
    """
    verbs: dict[str, Verb] = {}
    past: set[str] = set()
    participles: set[str] = set()
    for forms, flags, preps in verb_entries("reporting_verbs.txt"):
        verb = Verb(lemma=forms[0], flags=flags, preps=preps)
        base = forms[0]
        third_person = {base + "s", base + "es", base[:-1] + "ies"}
        for form in forms:
            verbs[form] = verb
            if form.endswith("ing"):
                participles.add(form)
            elif form != base and form not in third_person:
                past.add(form)
    anonymous: set[str] = set()
    vague: set[str] = set()
    for line in lines("anonymous_nouns.txt"):
        word, *mark = line.split()
        (vague if mark == ["?"] else anonymous).add(word.lower())
    places: set[str] = set()
    for line in lines("places.txt"):
        places.update(v.strip().lower() for v in line.split("|") if v.strip())
    return Lexicon(
        verbs=verbs,
        past=frozenset(past),
        participles=frozenset(participles),
        persons=PersonNouns(_nouns("person_nouns.txt")),
        institutions=_nouns("institution_nouns.txt"),
        documents=_nouns("document_nouns.txt"),
        anonymous=frozenset(anonymous),
        vague=frozenset(vague),
        report_nouns=frozenset(w.lower() for w in lines("report_nouns.txt")),
        cue_nouns=_cue_nouns(),
        publications=frozenset(w.lower() for w in lines("publication_nouns.txt")),
        titles=frozenset(w.lower() for w in lines("titles.txt")),
        org_words=frozenset(w.lower() for w in lines("org_words.txt")),
        outlet_words=frozenset(w.lower() for w in lines("outlet_words.txt")),
        places=frozenset(places),
        colon_labels=frozenset(w.lower() for w in lines("colon_labels.txt")),
        time_words=frozenset(w.lower() for w in lines("time_words.txt"))
        | frozenset(MONTHS)
        | {name.casefold() for name in WEEKDAY_NAMES},
        acts=_acts(verbs),
        message_nouns=_nouns("message_nouns.txt"),
    )
