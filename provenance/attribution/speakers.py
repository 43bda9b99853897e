"""Speakers and chains: who a source phrase refers to, and what kind of source it is.

Chains are runs of capitalised words (names of people, organisations,
places); the article state remembers who spoke and which roles were named,
so that ``he``, ``Brandt`` and ``the police chief`` resolve to earlier mentions.
"""

from __future__ import annotations

import bisect
import functools
import itertools
from typing import NamedTuple

import attrs
import regex

from provenance.attribution.cues import Lexicon, lexicon
from provenance.attribution.draft import anonymous_head
from provenance.attribution.phrases import Phrase, first_head, is_time, phrase_after, phrase_before
from provenance.attribution.sentence import Sentence, bare_word
from provenance.attribution.subjects import clause_subject
from provenance.attribution.words import DETERMINERS, STOP_WORDS
from provenance.model import SourceKind, source_key
from provenance.sources import OUTLET_CUES, Registry, press_title


@attrs.define
class ArticleState:
    """What the article has said so far, for resolving speakers (an accumulator)."""

    people: dict = attrs.Factory(dict)
    """Surname (lower case) -> full names ending with it, in order seen."""
    spoken: dict = attrs.Factory(dict)
    """Full name -> order in which it last spoke or was a subject."""
    roles: dict = attrs.Factory(dict)
    """Role noun (lower case) -> the name or description it refers back to."""
    salient: str | None = None
    """The last person who spoke or was a subject: a name or a description."""
    org_previous: str | None = None
    """The first organisation or place named in the previous sentence."""
    clock: int = 0


class Chain(NamedTuple):
    """A run of capitalised words in a sentence (a tuple, like :class:`Tok`: there are many)."""

    start: int
    end: int
    text: str
    person: str | None
    """The person's name without titles, when the chain names a person."""
    role: str | None
    """The title word before the name (lower case), if any."""
    org: bool


def find_chains(s: Sentence, lex: Lexicon, registry: Registry) -> list[Chain]:
    toks = s.toks
    n = len(toks)
    out = []
    free = 0  # the first token not yet in a chain
    for i in itertools.compress(range(n), s.name_words):
        if i < free or is_time(s, i, lex):
            continue
        j = i
        while j + 1 < n:
            if s.name_words[j + 1] and not is_time(s, j + 1, lex) and not toks[j].low.endswith("'s"):
                j += 1
            elif (
                j + 2 < n
                and toks[j + 1].low
                in ("of", "al", "bin", "ibn", "de", "van", "von", "da", "del", "der", "la", "le", "in", "&")
                and s.name_words[j + 2]
            ):
                j += 2
            else:
                break
        out.append(make_chain(s, i, j, registry))
        free = j + 1
    return out


#: :func:`~provenance.model.source_key` for chains of capitalised words, which recur
#: within an article and across articles.
_chain_key = functools.lru_cache(maxsize=1 << 16)(source_key)


def make_chain(s: Sentence, i: int, j: int, registry: Registry | None) -> Chain:
    toks = s.toks
    text = s.text[toks[i].start : toks[j].end]
    known = registry is not None and bool(registry.entries.get(_chain_key(text)))
    person, role, org = _chain_facts(text, s.texts[i : j + 1], known)
    return Chain(i, j, text, person, role, org)


@functools.lru_cache(maxsize=1 << 16)
def _chain_facts(text: str, words: tuple[str, ...], known: bool) -> tuple[str | None, str | None, bool]:
    """The person, role and whether an organisation, of a chain: ``text``, made of the
    tokens ``words``, a ``known`` source or not.  Chains recur, so this is worked out once each."""
    lex = lexicon()
    lows = [bare_word(w.lower().replace("’", "'")).rstrip(".") for w in words]
    last_title = max((x for x, w in enumerate(lows) if w in lex.titles), default=-1)
    role = lows[last_title] if last_title >= 0 else None
    org = bool(
        known
        or any(w in lex.org_words or w in lex.outlet_words for w in lows)
        or text.lower() in lex.places
        or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1)
        or any(c.isdigit() for c in text)
    )
    person = None
    nw = lows[last_title + 1 :]
    if (
        nw
        and not (known and last_title < 0)
        and (
            not any(w in lex.org_words or w in lex.outlet_words for w in nw)
            and not any(w in ("of", "in", "&") or w in STOP_WORDS for w in nw)
            and nw[0] not in lex.places
            and " ".join(nw) not in lex.places
            and not all(w.isupper() for w in words[last_title + 1 :])
            and len(nw) <= 4
            and (len(nw) >= 2 or last_title >= 0)
        )
    ):
        at = first = 0
        for w in words[: last_title + 2]:  # up to the name's first token
            first = text.index(w, at)  # only spaces come between tokens
            at = first + len(w)
        person = text[first:]
        if person.endswith(("’s", "'s")):
            person = person[:-2]
        org = False
    return person, role, org and person is None


@attrs.define
class ChainIndex:
    """A sentence's chains with lookups that cost O(log n), whatever their number."""

    chains: list
    starts: list = attrs.Factory(list)
    person_ends: list = attrs.Factory(list)
    persons: list = attrs.Factory(list)
    first_org: Chain | None = None

    @classmethod
    def of(cls, chains: list[Chain]) -> ChainIndex:
        index = cls(chains, [c.start for c in chains])
        for c in chains:
            if c.person:
                index.persons.append(c)
                index.person_ends.append(c.end)
            if c.org and index.first_org is None:
                index.first_org = c
        return index

    def last_person_before(self, i: int) -> Chain | None:
        k = bisect.bisect_left(self.person_ends, i) - 1
        return self.persons[k] if k >= 0 else None

    def within(self, a: int, b: int) -> list[Chain]:
        out = []
        k = bisect.bisect_left(self.starts, a)
        while k < len(self.chains) and self.chains[k].start <= b:
            if self.chains[k].end <= b:
                out.append(self.chains[k])
            k += 1
        return out


def _register_people(state: ArticleState, chains: list[Chain]) -> None:
    for c in chains:
        if c.person and " " in c.person:
            surname = c.person.rsplit(" ", 1)[1].lower()
            names = state.people.setdefault(surname, [])
            if c.person not in names:
                names.append(c.person)
        if c.person and c.role:
            state.roles[c.role] = c.person


def _register_appositives(s: Sentence, state: ArticleState, chains: list[Chain], lex: Lexicon) -> None:
    """``Firstname Lastname, the minister`` and ``the police chief of X, Firstname Lastname`` -> roles."""
    toks = s.toks
    for c in chains:
        if not c.person or " " not in c.person:
            continue
        a, b = c.end + 1, c.start - 1
        # name, then ", [age,] det ... role ..."
        if a + 1 < len(toks) and toks[a].text == ",":
            k = a + 1
            if toks[k].text[:1].isdigit() and k + 2 < len(toks) and toks[k + 1].text == ",":
                k += 2
            if toks[k].low in DETERMINERS:
                p = phrase_after(s, k, lex)
                if p is not None and not p.pronoun:
                    head = bare_word(toks[first_head(s, p, lex)].low)
                    if head in lex.persons:
                        state.roles[head] = c.person
        # "det ... role (of X), name"
        if b >= 1 and toks[b].text == ",":
            p = phrase_before(s, b - 1, 0, lex)
            if p is not None and not p.pronoun and toks[p.start].low in DETERMINERS:
                head = bare_word(toks[p.head].low)
                if head in lex.persons:
                    state.roles[head] = c.person


def _surname(state: ArticleState, word: str) -> str | None:
    names = state.people.get(word.lower())
    if not names:
        return None
    spoken = [n for n in names if n in state.spoken]
    if spoken:
        return max(spoken, key=lambda n: state.spoken[n])
    return names[0]


def resolve(
    s: Sentence, p: Phrase, state: ArticleState, chains: ChainIndex, lex: Lexicon, registry: Registry
) -> tuple[str | None, bool]:
    """The speaker a phrase refers to, and whether it is a person."""
    toks = s.toks
    head = toks[p.head].low
    if p.pronoun:
        if head in ("he", "she", "his", "her"):
            before = chains.last_person_before(p.start)
            if before is not None and before.person:
                name = before.person
                return (_surname(state, name) or name) if " " not in name else name, True
            return state.salient, True
        if head in ("it", "which", "its"):
            first = chains.first_org
            if first is not None and first.end < p.start:
                return first.text, False
            return state.org_previous, False
        return None, head not in ("it", "which", "its")
    if p.name is not None:
        name = s.text[toks[p.name[0]].start : toks[p.name[1]].end]
        return name, True
    inside = chains.within(p.start, p.end)
    persons = [c.person for c in inside if c.person and c.start <= p.head <= c.end]
    if persons:
        name = persons[-1]
        if " " not in name:
            return _surname(state, name), True
        return name, True
    if inside and any(c.start <= p.head <= c.end for c in inside):
        chain = next(c for c in inside if c.start <= p.head <= c.end)
        if chain.org:
            return None, False
        word = bare_word(toks[p.head].low)
        return _surname(state, word), True
    first = toks[p.start].low
    role = bare_word(toks[first_head(s, p, lex)].low)
    if first in ("the", "this", "that") and role in state.roles:
        return state.roles[role], role in lex.persons or role.rstrip("s") in lex.persons
    return None, role in lex.persons


def classify(
    s: Sentence,
    p: Phrase,
    it_source: bool,
    cue: tuple[int, int],
    speaker: str | None,
    is_person: bool,
    lex: Lexicon,
    registry: Registry,
) -> SourceKind:
    """The kind of source phrase ``p`` with the cue at ``cue`` (``it_source``: an expletive "it" or word of mouth)."""
    toks = s.toks
    if it_source:
        return SourceKind.ANONYMOUS
    head = toks[p.head].low
    if p.pronoun:
        if head in ("it", "which", "its"):
            if speaker:
                known = registry.entries.get(source_key(speaker))
                return known[1] if known else SourceKind.OFFICIAL
            return SourceKind.UNKNOWN
        return SourceKind.PERSON
    if anonymous_head(s, p, lex):
        return SourceKind.ANONYMOUS
    name = s.text[toks[p.start].start : toks[p.end].end]
    known = registry.entries.get(source_key(name))
    if known:
        return known[1]
    if speaker in (None, name) and _outlet_by_title_or_cue(s, cue, name, lex):
        return SourceKind.OUTLET
    if p.name is not None or (is_person and speaker is not None):
        return SourceKind.PERSON  # "Press secretary Karine Jean-Pierre", "House Speaker Mike Johnson"
    role = bare_word(toks[first_head(s, p, lex)].low)
    if not s.name_words[p.head] or toks[p.head].low in lex.persons:
        if role in ("officials", "authorities") or head in ("officials", "authorities"):
            return SourceKind.OFFICIAL  # affiliated: "U.S. officials", "Norwegian authorities"
        if role in lex.persons or head in lex.persons:
            return SourceKind.PERSON
        if role in lex.institutions or role in lex.vague:
            return SourceKind.OFFICIAL
        if role in lex.documents:
            return SourceKind.UNKNOWN
    words = [bare_word(toks[x].low) for x in range(p.start, p.end + 1)]
    if any(w in lex.outlet_words for w in words) or "." in toks[p.head].text.strip("."):
        return SourceKind.OUTLET
    if role in lex.persons:
        return SourceKind.PERSON
    if role in lex.institutions:
        return SourceKind.OFFICIAL  # "The Kremlin", "the Pentagon"
    chain_text = " ".join(t.text for t in toks[p.start : p.end + 1] if t.low not in DETERMINERS)
    if (
        any(w in lex.org_words for w in words)
        or chain_text.lower() in lex.places
        or (toks[p.head].text.isupper() and len(toks[p.head].text) > 1)
        or any(c.isdigit() for c in toks[p.head].text)
        or ("-" in toks[p.head].text and toks[p.head].text.split("-")[-1].isupper())
    ):
        return SourceKind.OFFICIAL
    return SourceKind.PERSON


def _outlet_by_title_or_cue(s: Sentence, cue: tuple[int, int], name: str, lex: Lexicon) -> bool:
    """An unknown name that reads as an outlet: a foreign press title ("Le Monde", "Die Welt")
    that no earlier name of a person ends with ("Marie Le Roux"), a name that "carried" or
    "broadcast" a report, or one word that "reported" and is no place."""
    if press_title(name):
        return (
            regex.search(r"\p{Lu}\p{Ll}+\s+" + regex.escape(name) + r"(?!\w)", s.text, pos=0, endpos=s.span.start)
            is None
        )
    first = s.text[cue[0] : cue[1]].split()[:1]
    word = first[0].casefold() if first else ""
    if word in OUTLET_CUES:
        return True
    return word in ("reported", "reports") and " " not in name and name[:1].isupper() and name.lower() not in lex.places


def update_state(s: Sentence, state: ArticleState, chains: ChainIndex, lex: Lexicon, registry: Registry) -> None:
    _register_people(state, chains.chains)
    _register_appositives(s, state, chains.chains, lex)
    subject = clause_subject(s, 0, len(s.toks), lex)
    if subject is not None and not subject.pronoun:
        inside = [c.person for c in chains.within(subject.start, subject.end) if c.person]
        head = s.toks[subject.head].low
        if subject.name is not None:
            state.salient = s.text[s.toks[subject.name[0]].start : s.toks[subject.name[1]].end]
        elif inside:
            person = inside[-1]
            state.salient = person if " " in person else (_surname(state, person) or person)
            state.clock += 1
            state.spoken[state.salient] = state.clock
        elif head in lex.persons and not head.endswith("s") and s.toks[subject.start].low in ("a", "an"):
            state.salient = s.text[s.toks[subject.start].start : s.toks[subject.end].end]
    state.org_previous = chains.first_org.text if chains.first_org is not None else None
