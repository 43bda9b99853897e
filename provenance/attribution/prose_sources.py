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

from provenance.attribution.cues import lexicon
from provenance.attribution.words import OUTLET_KINDS
from provenance.citations import unnamed
from provenance.model import Attribution, Citation, Claim, SourceKind, source_key
from provenance.sources import Registry, press_title

__all__ = ["name_sources"]

#: Personal pronouns: a reporter written so names nobody unless resolved.
PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "him", "her", "them"])

# An outlet told something right after the cue: "told Trud", "told the Kanal 5 programme".
#   "told Trud that ..." -> "Trud"
TOLD_OUTLET = regex.compile(
    r"""
    \s+(?:the\s+)?                                   # after "told", an optional "the"
    (?P<outlet>\p{Lu}[\p{L}\p{N}’'.&/\-]*            # a capitalised name ...
      (?:\s+(?:\p{Lu}|\d)[\p{L}\p{N}’'.&/\-]*){0,4})   # ... of up to five words
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
    if a is None or a.source.kind is SourceKind.ANONYMOUS:
        return citation
    mention = a.source.name
    pronoun = mention.casefold() in PRONOUNS
    person = a.speaker or (None if pronoun else mention)
    outlet = a.via or _told_outlet(text, a, registry)
    if outlet is not None and outlet != mention:
        name, speaker, kind = outlet, person, None
    elif person is not None:
        name = person if pronoun or a.source.kind is SourceKind.PERSON else mention
        speaker, kind = None, a.source.kind
    else:
        return citation
    source = registry.source(name)
    if kind is not None and registry.entries.get(source.key) is None and kind is not SourceKind.UNKNOWN:
        source = attrs.evolve(source, kind=kind)
    return attrs.evolve(citation, source=source, speaker=speaker)


def _told_outlet(text: str, a: Attribution, registry: Registry) -> str | None:
    """The outlet right after a "told" cue, when the registry (or the article's own
    citations) knows it as an outlet or its name says so: "the minister told Trud
    that ...", "told Radio Yug that ..."."""
    if not a.cue.casefold().startswith("told"):
        return None
    m = TOLD_OUTLET.match(text, a.cue_end, min(len(text), a.cue_end + 120))
    if m is None:
        return None
    words = m.group("outlet").split()
    outlet_words = lexicon().outlet_words
    for n in range(len(words), 0, -1):  # the longest name that reads as an outlet
        name = " ".join(words[:n]).rstrip(".,")
        known = registry.entries.get(source_key(name))
        if known is not None:
            if known[1] in OUTLET_KINDS:
                return name
        elif press_title(name) or any(w.casefold().strip(".,") in outlet_words for w in name.split()):
            return name
    return None
