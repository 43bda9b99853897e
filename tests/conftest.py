"""Shared fixtures, value factories and Hypothesis profiles.

Profiles: ``dev`` (default) and ``ci`` (derandomised, no deadline), chosen by
the ``HYPOTHESIS_PROFILE`` environment variable.

The factories build model values anchored in a text: each finds its span by
searching the text for the words given, so a test row reads as the sentence
and the parts of it that matter, with defaults for everything else.
"""

from __future__ import annotations

import json
import os
import pathlib

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, settings

from provenance.model import Article, Attribution, Citation, Claim, Document, Source, SourceKind, Stance

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"


def load_gold(name: str) -> list[dict]:
    with open(GOLD / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_documents():
    """The five sample articles, extracted once per session, by file name."""
    from provenance import extract_path

    return {p.name: extract_path(str(p)) for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture
def runner() -> CliRunner:
    """The one click runner of the CLI tests (stdout and stderr kept apart)."""
    return CliRunner()


# --------------------------------------------------------------------------
# Factories
# --------------------------------------------------------------------------


def find(text: str, part: str, occurrence: int = 0) -> int:
    """Offset of the ``occurrence``-th (from 0) ``part`` in ``text``."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return start


def citation(
    text: str,
    raw: str,
    *,
    source: str | None = None,
    date: str | None = None,
    kind: SourceKind = SourceKind.UNKNOWN,
    occurrence: int = 0,
    **fields,
) -> Citation:
    """The citation item ``raw`` as it stands in ``text`` (inside its parentheses when it has them).

    The source defaults to what ``raw`` has before its first comma.
    """
    start = find(text, raw, occurrence)
    end = start + len(raw)
    opening, closing = text.rfind("(", 0, start), text.find(")", end)
    inside = opening >= 0 and closing >= 0 and ")" not in text[opening:start]
    return Citation(
        start,
        end,
        raw,
        Source(source or raw.split(",")[0], kind),
        date=date,
        paren_start=opening if inside else start,
        paren_end=closing + 1 if inside else end,
        **fields,
    )


def attribution(
    text: str,
    who: str,
    cue: str = "said",
    content: str | None = None,
    *,
    anonymous: bool = False,
    kind: SourceKind | None = None,
    speaker: str | None = None,
    via: str | None = None,
    stance: Stance = Stance.ASSERT,
) -> Attribution:
    """``who`` attributing ``content`` (default: all the text after the cue) with ``cue``."""
    start, cue_at = find(text, who), find(text, cue)
    content_start = find(text, content) if content is not None else cue_at + len(cue)
    content_end = content_start + len(content) if content is not None else len(text)
    kind = kind or (SourceKind.ANONYMOUS if anonymous else SourceKind.PERSON)
    return Attribution(
        start,
        start + len(who),
        Source(who, kind),
        cue,
        cue_at,
        cue_at + len(cue),
        content_start,
        content_end,
        speaker=speaker,
        via=via,
        stance=stance,
    )


def claim(
    text: str,
    span: str,
    *evidence,
    n: int | None = None,
    stem: str = "t",
    hedged: bool = False,
    article: int = 0,
    occurrence: int = 0,
) -> Claim:
    """The claim ``span`` of ``text`` (one sentence of its own; the ``occurrence``-th from 0) with
    ``evidence``; id ``stem:n``, ``n`` defaulting to the claim's offset."""
    start = find(text, span, occurrence)
    end = start + len(span)
    return Claim(
        f"{stem}:{start if n is None else n}",
        start,
        end,
        span,
        evidence,
        hedged=hedged,
        article=article,
        sentence_start=start,
        sentence_end=end,
    )


def document(
    text: str,
    claims=(),
    *,
    path: str = "a.txt",
    published: str | None = "2021-09-07",
    title: str | None = "A title",
    author: str | None = None,
) -> Document:
    """A one-article document of ``text`` with ``claims``."""
    return Document(text, path, published, (Article(0, len(text), title, author),), claims)


def pytest_collection_modifyitems(session, config, items):
    """The static checks (tests/test_static.py) run before the other tests, as a gate runs before a build."""
    items.sort(key=lambda item: item.path.name != "test_static.py")
