"""Citation mistakes planted into real articles, and whether the lint catches them.

Each plant is an invented sentence with a citation written wrong in one of the
ways writers get citations wrong, inserted as a paragraph of its own between
two paragraphs of an article (a fixed seed chooses where).  It is *caught* when
the lint reports the expected rule on the planted citation; a *false alarm* is
a citation finding (PV0) in the planted article that the article without the
plant does not have and that is not on a plant.

Used by ``tests/test_lint_planted.py`` (the sample articles) and
``bench/lint_planted.py`` (real articles of the development corpora).
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import attrs

from provenance import extract
from provenance.lint import Config, Finding, lint_documents
from provenance.segment import paragraphs


@attrs.frozen
class Plant:
    """A citation mistake: the sentence to insert, the citation as written, the rule that must catch it."""

    name: str
    sentence: str
    citation: str
    code: str


#: The mistakes, one sentence each; a pair plants two sentences (the second is the mistake).
PLANTS = (
    Plant("misspelt month", "Ferry services to the islands stopped ({c}).", "Harbour Times, Setpember 14", "PV001"),
    Plant("missing comma", "The harbour office closed for a week ({c}).", "Harbour Times September 14", "PV001"),
    Plant("impossible day", "Fishing crews stayed in port ({c}).", "Harbour Times, September 31", "PV001"),
    Plant("empty source", "The ferry company cut its timetable ({c}).", ", September 14", "PV001"),
    Plant("unclosed parenthesis", "Port workers walked out on Monday ({c}.", "Harbour Times, September 14", "PV001"),
    Plant("letter O for zero", "The coast guard closed the bay ({c}).", "Harbour Times, September 1O", "PV005"),
    Plant("after publication", "The new quay opened to traffic ({c}).", "Harbour Times, December 30, 2099", "PV002"),
    Plant("two names", "Ferries stopped ({c}).", "Agence France-Presse, September 3", "PV004"),
)

#: What the "two names" plant writes first, so that its citation is a second name for one source.
FIRST_NAME = "Ships left the bay (AFP, September 2)."

#: Publication date given to articles without one, so that a date after it can be planted.
PUBLISHED = "2030-01-01"


@attrs.frozen
class Result:
    caught: int
    planted: int
    false_alarms: list[Finding]
    missed: list[str]


def plant(text: str, p: Plant, rng: random.Random) -> tuple[str, int, int]:
    """``text`` with the plant inserted after a paragraph of the article's body (one that holds
    a claim, not a comment form or a footer); the offsets of its citation."""
    claims = extract(text, fallback=PUBLISHED).claims
    spans = [s for s in paragraphs(text) if any(s.start <= c.start < s.end for c in claims)] or paragraphs(text)
    at = spans[rng.randrange(len(spans))].end if spans else len(text)
    sentence = p.sentence.format(c=p.citation)
    before = "\n\n" + (FIRST_NAME + "\n\n" if p.name == "two names" else "")
    planted = text[:at] + before + sentence + text[at:]
    start = at + len(before) + sentence.index(p.citation)
    return planted, start, start + len(p.citation)


def citation_findings(text: str, path: str) -> list[Finding]:
    config = Config(published=PUBLISHED)
    return [f for f in lint_documents([extract(text, path=path, fallback=PUBLISHED)], config) if f.code < "PV1"]


def run(articles: Sequence[tuple[str, str]], seed: int = 19) -> Result:
    """Plant every mistake once into each ``(path, text)`` article and lint it."""
    rng = random.Random(seed)
    caught, planted, false_alarms, missed = 0, 0, [], []
    for path, text in articles:
        before = {(f.code, " ".join(f.text.split())) for f in citation_findings(text, path)}
        for p in PLANTS:
            changed, start, end = plant(text, p, rng)
            found = citation_findings(changed, path)
            planted += 1
            if any(f.code == p.code and f.start < end and start < f.end for f in found):
                caught += 1
            else:
                missed.append(f"{path}: {p.name}")
            first = changed.find(FIRST_NAME) if p.name == "two names" else -1
            for f in found:
                on_plant = (f.start < end and start < f.end) or (
                    first >= 0 and first <= f.start < first + len(FIRST_NAME)
                )
                if not on_plant and (f.code, " ".join(f.text.split())) not in before:
                    false_alarms.append(f)
    return Result(caught, planted, false_alarms, missed)
