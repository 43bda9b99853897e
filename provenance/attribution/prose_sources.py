"""Sources named in the prose for dates in parentheses.

Analysts often name the reporter in the sentence and put only the date in
parentheses::

    Radio Yug reported that the talks had stalled (12 March).
    The minister told Trud that prices would rise (3-9 May 93).
    In an interview with Zorya, the mayor said the mills would close (4 May).

The citation stage reads each such date as a dated reference that names no
source (:func:`provenance.citations.unnamed`).  :func:`name_sources` gives it the
outlet or speaker that the same sentence names as the reporter, from the
attribution analysis of that sentence: the attribution whose cue is nearest
before the parentheses (or, when none is before them, the one whose content
the parentheses close), its outlet when it names one (``told Trud``, ``in an
interview with Zorya``: the outlet is the source and the person its speaker),
else its named source or resolved speaker.  Anonymous reporters (``officials
said``) and unresolved pronouns name nobody: the date stays a dated reference
with an unknown source.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs
import regex

from provenance import patterns
from provenance.attribution.cues import lexicon
from provenance.attribution.words import OUTLET_KINDS
from provenance.citations import unnamed
from provenance.lexicon import PRONOUNS
from provenance.model import Attribution, Citation, Claim, SourceKind, source_key
from provenance.sources import Registry, press_title

__all__ = ["name_sources"]


#: Verbs an outlet takes as the subject of a report: "Radio Yug carried a debate",
#: "Zorya reported that", "Kanal 5 broadcast an interview".
OUTLET_VERBS = frozenset(
    "reported reports carried carries broadcast broadcasts aired airs published publishes printed prints ran runs "
    "wrote writes said says noted notes claimed claims quoted quotes cited cites added adds".split()
)

# A name in the prose: capitalised words, digits and the particles inside names.
#   "Radio Yug"  "Kanal 7"  "Zemlya i Lyudi"  "Khabar-e-Roz"  "Vlast.kz"
_NAME = r"""
    \p{Lu}[\p{L}\p{N}’'.&/\-]*                                 # a capitalised word ...
    (?:\s+(?:(?:of|i|de|la|le|du|del|al|the|and)\s+)?             # ... then, past a particle,
      (?:\p{Lu}|\d)[\p{L}\p{N}’'.&/\-]*){0,4}                   # ... up to four more words
"""

# Where a clause names the outlet that carried a statement, and so the source of a
# date in parentheses after it:
#   "told Trud", "told the newspaper Khabar", "in an interview with Radio Yug",
#   "speaking to Kanal 5", "writing in Zorya", "quoted by Interfax".
MEDIUM = regex.compile(
    rf"""
    (?<![\w-])
    (?:
        told
      | (?:in|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\p{{Ll}}-]+\s+)?interview\s+(?:with|to|for|on)
      | (?:speaking|talking)\s+(?:to|on)
      | writing\s+in
      | (?:quoted|cited)\s+(?:by|in)
    )
    \s+(?:the\s+)?(?:(?P<noun>\p{{Ll}}+)\s+)?                  # "the newspaper", "the weekly"
    (?P<name>{_NAME})
    """,
    regex.VERBOSE,
)

# An outlet as the subject of the clause: "Radio Yug reported that", "the weekly Zorya wrote".
SUBJECT_OUTLET = regex.compile(
    rf"""
    (?:(?:but|and|while|whereas|although|though|as|yet)\s+)?       # a clause after another
    (?:the\s+)?(?:(?P<noun>\p{{Ll}}+)\s+)?                      # "the weekly"
    (?P<name>{_NAME})
    \s+(?:\p{{Ll}}+ly\s+|also\s+|later\s+|again\s+)?            # "later", "also"
    (?P<verb>\p{{Ll}}+)(?!\w)
    """,
    regex.VERBOSE,
)


def name_sources(
    text: str, claims: Sequence[Claim], attributions: Sequence[Attribution], registry: Registry
) -> list[Claim]:
    """Give each dated reference without a source the reporter its sentence names.

    Args:
        text: the document text (offsets index it).
        claims: claims of one article, in document order.
        attributions: the attributions found in the same article.
        registry: the source registry (an article's cited outlets included).

    Returns:
        The claims in the same order; citations that named no source carry the
        reporter as their source (and a person as their speaker) when the
        sentence names one, and are unchanged otherwise.

    >>> from provenance import extract
    >>> doc = extract("Radio Yug reported that the talks had stalled (12 March).", published="1994-01-01")
    >>> [(c.source.name, c.date) for c in doc.citations]
    [('Radio Yug', '1993-03-12')]
    """
    out = list(claims)
    for i, claim in enumerate(out):
        if not any(unnamed(c) for c in claim.citations):
            continue
        in_sentence = [a for a in attributions if claim.sentence_start <= a.cue_start < claim.sentence_end]
        evidence = []
        for e in claim.evidence:
            if isinstance(e, Citation) and unnamed(e):
                e = _named(text, e, claim, in_sentence, registry)
            evidence.append(e)
        out[i] = attrs.evolve(claim, evidence=evidence)
    return out


def _reporter(citation: Citation, claim: Claim, attributions: Sequence[Attribution]) -> Attribution | None:
    """The attribution that reports what the parentheses date: the nearest cue before them,
    else the first whose content the parentheses close."""
    before = [a for a in attributions if a.cue_end <= citation.paren_start]
    if before:
        return max(before, key=lambda a: a.cue_start)
    closing = [a for a in attributions if a.content_start <= claim.start and claim.end <= a.content_end + 1]
    return min(closing, key=lambda a: a.cue_start) if closing else None


def _named(
    text: str, citation: Citation, claim: Claim, attributions: Sequence[Attribution], registry: Registry
) -> Citation:
    a = _reporter(citation, claim, attributions)
    person = None
    if a is not None and a.source.kind is not SourceKind.ANONYMOUS:
        mention = a.source.name
        pronoun = mention.casefold() in PRONOUNS
        person = a.speaker or (None if pronoun else mention)
    outlet = _medium(text, max(claim.start, _clause_start(claim, citation)), citation.paren_start, registry)
    if outlet is None and a is not None and a.via and _outlet_like(a.via, registry):
        outlet = a.via
    if outlet is not None:
        speaker = person if person is not None and source_key(person) != source_key(outlet) else None
        return attrs.evolve(citation, source=registry.source(outlet), speaker=speaker)
    if a is None or person is None:
        return citation
    name = person if pronoun or a.source.kind is SourceKind.PERSON else mention
    source = registry.source(name)
    if registry.entries.get(source.key) is None and a.source.kind is not SourceKind.UNKNOWN:
        source = attrs.evolve(source, kind=a.source.kind)
    return attrs.evolve(citation, source=source)


def _clause_start(claim: Claim, citation: Citation) -> int:
    """Where the clause of ``citation`` starts: after the last parentheses before it in its sentence."""
    ends = [c.paren_end for c in claim.citations if c.paren_end <= citation.paren_start]
    return max(ends, default=claim.sentence_start)


def _outlet_like(name: str, registry: Registry) -> bool:
    """Whether ``name`` is an outlet: the registry (or the article's citations) says so,
    or its words or its title do ("Radio Yug", "Le Courrier du Sud")."""
    known = registry.entries.get(source_key(name))
    if known is not None:
        return known[1] in OUTLET_KINDS
    words = lexicon().outlet_words
    return press_title(name) or any(w.casefold().strip(".,") in words for w in name.split())


def _not_an_outlet(text: str, name: str, before: int, registry: Registry) -> bool:
    """Whether a capitalised name is a person, a place or a body, not a medium: the
    registry says so, it is a place or starts with a title or an institution noun, or
    an earlier name of a person ends with it ("Ivan Petrov" ... "told Petrov")."""
    known = registry.entries.get(source_key(name))
    if known is not None:
        return known[1] not in OUTLET_KINDS
    lex = lexicon()
    first = name.split()[0].casefold().rstrip(".")
    if name.casefold() in lex.places or first in lex.titles or first in lex.institutions or first in lex.persons:
        return True
    earlier = regex.compile(r"\p{Lu}\p{Ll}+\s+" + regex.escape(name) + r"(?!\w)")
    return earlier.search(text, max(0, before - 20_000), before) is not None


def _medium(text: str, start: int, end: int, registry: Registry) -> str | None:
    """The outlet the clause ``text[start:end]`` names as carrying its statement, or None.

    A name after "told", "in an interview with", "speaking to", "writing in" or
    "quoted by" is the medium unless it is a person, place or body (a date in
    parentheses after such a clause dates the outlet's report, not a meeting);
    the last such name before the parentheses wins.  Failing that, an outlet-like
    name that reported, carried or broadcast something as the subject of the
    clause is the medium.
    """
    lex = lexicon()
    found: tuple[int, str] | None = None
    for m in patterns.finditer(MEDIUM, text, start, end):
        name = m.group("name").rstrip(".,")
        noun = (m.group("noun") or "").casefold()
        if noun and noun not in lex.outlet_words:
            continue  # "told the press conference"
        if (noun or _outlet_like(name, registry) or not _not_an_outlet(text, name, start, registry)) and (
            found is None or m.start() > found[0]
        ):
            found = (m.start(), name)
    subject = patterns.match(SUBJECT_OUTLET, text, start, end) if found is None else None
    if subject is not None and subject.group("verb") in OUTLET_VERBS:
        noun = (subject.group("noun") or "").casefold()
        name = _longest_outlet(subject.group("name"), registry)
        if name is not None and (not noun or noun in lex.outlet_words):
            found = (subject.start(), name)
    return found[1] if found is not None else None


def _longest_outlet(name: str, registry: Registry) -> str | None:
    """The longest leading words of ``name`` that are outlet-like, or None."""
    words = name.split()
    for n in range(len(words), 0, -1):
        if _outlet_like(" ".join(words[:n]), registry):
            return " ".join(words[:n])
    return None
