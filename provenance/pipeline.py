"""The pipeline: text in, :class:`~provenance.model.Document` out.

Each stage is a pure function of the previous stage's values (see DESIGN.md):
document layout, sentences, citations, then claims.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

import attrs

from provenance import claims as claims_
from provenance import citations as citations_
from provenance import attribution, document, segment
from provenance.errors import InputError
from provenance.model import Document, Span
from provenance.sources import Registry, default_registry

__all__ = ["extract", "extract_path", "extract_paths"]

log = logging.getLogger(__name__)


def extract(
    text: str,
    *,
    path: str | None = None,
    published: str | None = None,
    registry: Registry | None = None,
) -> Document:
    """Find the articles, sentences, citations and claims of ``text``.

    Args:
        text: the decoded document text; every offset in the result indexes it.
        path: where the text came from, used in claim ids and reports.
        published: ISO publication date; overrides any date found in the text.
        registry: the source registry (default: the shipped one).

    Returns:
        The document with its articles, claims (in document order) and
        malformed citation candidates.

    >>> doc = extract("Troops left the city (Reuters, May 2, 2021). Nobody knows why.")
    >>> [(c.text, [e.source.name for e in c.evidence]) for c in doc.claims]
    [('Troops left the city', ['Reuters']), ('Nobody knows why.', [])]
    """
    registry = registry or default_registry()
    lay = document.layout(text, published=published)
    stem = Document(text=text, path=path).stem
    claims: list = []
    malformed: list = []
    for index, article in enumerate(lay.articles):
        article_claims: list = []
        article_sentences: list = []
        for start, end in _regions(article.body_start, article.end, lay.skipped):
            spans = segment.sentences(text, start, end)
            found, bad = citations_.find_citations(text, start, end, published=lay.published)
            found = [attrs.evolve(c, source=registry.source(c.source.name)) for c in found]
            malformed.extend(bad)
            article_sentences.extend(spans)
            article_claims.extend(
                claims_.bind(text, spans, found, stem=stem, article=index,
                             first_id=len(claims) + len(article_claims) + 1)
            )
        said = attribution.find_attributions(text, article_sentences, registry=registry)
        claims.extend(claims_.attach(article_claims, said))
    return Document(
        text=text,
        path=path,
        published=lay.published,
        articles=lay.articles,
        claims=claims,
        malformed=malformed,
        skipped=lay.skipped,
    )


def extract_path(path: str, *, published: str | None = None, registry: Registry | None = None) -> Document:
    """Read ``path`` (``-`` for stdin) and :func:`extract` it.

    Raises:
        InputError: the file cannot be read, is binary, not UTF-8 or empty.
    """
    return extract(document.read_input(path), path=path, published=published, registry=registry)


def extract_paths(
    paths: Sequence[str], *, published: str | None = None, registry: Registry | None = None
) -> Iterator[Document | InputError]:
    """Extract every input named by ``paths`` (files, directories, ``-``), in order.

    A bad input yields its :class:`InputError` in place, so callers report it
    and go on with the other files.
    """
    for item in document.iter_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield extract_path(item, published=published, registry=registry)
        except InputError as e:
            log.debug("skipping %s: %s", item, e.problem)
            yield e


def _regions(start: int, end: int, skipped: Sequence[Span]) -> Iterator[tuple[int, int]]:
    """``[start, end)`` minus the skipped spans, as ordered ranges."""
    pos = start
    for span in skipped:
        if span.end <= pos or span.start >= end:
            continue
        if span.start > pos:
            yield pos, span.start
        pos = max(pos, span.end)
    if pos < end:
        yield pos, end
