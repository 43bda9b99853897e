"""The pipeline: text in, :class:`~provenance.model.Document` out.

Each stage is a pure function of the previous stage's values (see DESIGN.md):
document layout, sentences, citations, then claims.
"""

from __future__ import annotations

import collections
import itertools
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

import attrs

from provenance import attribution, document, layout, segment
from provenance import citations as citations_
from provenance import claims as claims_
from provenance.attribution import prose_sources
from provenance.errors import InputError, PatternTimeout
from provenance.model import Document, Span
from provenance.published import PublishedDates
from provenance.sources import Registry, default_registry
from provenance.workers import process_pool

__all__ = ["extract", "extract_path", "extract_paths"]

log = logging.getLogger(__name__)

T = TypeVar("T")


def extract(
    text: str,
    *,
    path: str | None = None,
    published: str | None = None,
    registry: Registry | None = None,
    fallback: str | None = None,
) -> Document:
    """Find the articles, sentences, citations and claims of ``text``.

    Args:
        text: the decoded document text; every offset in the result indexes it.
        path: where the text came from, used in claim ids and reports.
        published: ISO publication date; overrides any date found in the text.
        registry: the source registry (default: the shipped one).
        fallback: ISO publication date used only when the text names none.

    Returns:
        The document with its articles, claims (in document order) and
        malformed citation candidates.

    >>> doc = extract("Troops left the city (Reuters, May 2, 2021). Nobody knows why.")
    >>> [(c.text, [e.source.name for e in c.evidence]) for c in doc.claims]
    [('Troops left the city', ['Reuters']), ('Nobody knows why.', [])]
    """
    registry = registry or default_registry()
    lay = document.layout(text, published=published)
    if lay.published is None and fallback:
        lay = attrs.evolve(lay, published=fallback)
    stem = Document(text=text, path=path).stem
    claims: list = []
    malformed: list = []
    # Headings, summary markers, datelines, bylines, footers and page labels inside the bodies are no prose.
    body_layout = [
        line.span
        for a in lay.articles
        for line in layout.layout_lines(text, a.body_start, a.end, authors=layout.authors_of(a.author))
    ]
    skipped = _merged([*lay.skipped, *body_layout]) if body_layout else list(lay.skipped)
    for index, article in enumerate(lay.articles):
        article_claims: list = []
        article_sentences: list = []
        cited: list[str] = []
        for start, end in _regions(article.body_start, article.end, skipped):
            spans = segment.sentences(text, start, end)
            written, bad = citations_.find_citations(text, start, end, published=lay.published)
            found = [
                c if citations_.unnamed(c) else attrs.evolve(c, source=registry.source(c.source.name)) for c in written
            ]
            cited.extend(c.source.name for c in found if not citations_.unnamed(c))
            malformed.extend(bad)
            article_sentences.extend(spans)
            article_claims.extend(
                claims_.bind(
                    text, spans, found, stem=stem, article=index, first_id=len(claims) + len(article_claims) + 1
                )
            )
        # The article's cited sources are outlets to its prose too ("Kanal 5 said").
        known = registry.with_cited(cited)
        said = attribution.find_attributions(text, article_sentences, registry=known)
        article_claims = prose_sources.name_sources(text, article_claims, said, known)
        claims.extend(claims_.attach(article_claims, said))
    return Document(
        text=text,
        path=path,
        published=lay.published,
        articles=lay.articles,
        claims=claims,
        malformed=malformed,
        skipped=skipped,
    )


def extract_path(
    path: str,
    *,
    published: str | None = None,
    registry: Registry | None = None,
    fallback: str | None = None,
    max_bytes: int = document.MAX_INPUT_BYTES,
    encoding: str = "utf-8",
) -> Document:
    """Read ``path`` (``-`` for stdin) and :func:`extract` it.

    This is the per-document error boundary: whatever goes wrong while one
    input is read or analysed is an :class:`InputError` naming that input, so
    a run reports it and goes on with the others.

    Args:
        max_bytes: the largest input read (see :func:`~provenance.document.read_input`).
        encoding: how its bytes are decoded: ``utf-8``, ``auto`` or a codec
            name (see :func:`~provenance.document.decode`).

    Raises:
        InputError: the file cannot be read, is binary, not UTF-8, empty or
            larger than ``max_bytes``; a pattern ran past its time limit
            (``too hard to analyse: …``, see
            :class:`~provenance.errors.PatternTimeout`); or its analysis
            failed otherwise (``cannot analyse: …``).
    """
    text = document.read_input(path, max_bytes=max_bytes, encoding=encoding)
    return analysed(path, extract, text, path=path, published=published, registry=registry, fallback=fallback)


def analysed(path: str | None, analyse: Callable[..., T], /, *args, **kwargs) -> T:
    """``analyse(*args, **kwargs)``, with any failure turned into an
    :class:`InputError` naming ``path``: the per-document error boundary.

    An analysis that fails (a pattern over its time budget, an unforeseen
    error in a stage) fails for its document only.  The error keeps its
    cause, and its traceback is logged at debug level.
    """
    try:
        return analyse(*args, **kwargs)
    except PatternTimeout as e:
        raise InputError(path or "-", f"too hard to analyse: {e}") from e
    except InputError as e:
        if e.path == path:
            raise
        raise InputError(path or "-", f"cannot analyse: {e.problem}") from e
    except Exception as e:  # the boundary: one document fails, not the run
        log.debug("analysing %s failed", path, exc_info=True)
        raise InputError(path or "-", f"cannot analyse: {type(e).__name__}: {e}") from e


def extract_paths(
    paths: Sequence[str],
    *,
    published: str | None = None,
    registry: Registry | None = None,
    jobs: int | None = 1,
    max_bytes: int = document.MAX_INPUT_BYTES,
    dates: PublishedDates | None = None,
    encoding: str = "utf-8",
) -> Iterator[Document | InputError]:
    """Extract every input named by ``paths`` (files, directories, ``-``), in order.

    A bad input yields its :class:`InputError` in place, so callers report it
    and go on with the other files.

    Args:
        paths: files, directories (searched recursively) or ``-``.
        published: ISO publication date for every input (``--published``).
        registry: the source registry (default: the shipped one).
        jobs: worker processes; ``1`` extracts in this process, ``None`` uses
            every core (:func:`os.cpu_count`).  The order of the results is the
            order of the inputs whatever ``jobs`` is, and documents stream: at
            most a few per worker are in flight at once.  Workers end with
            this process (see :mod:`provenance.workers`).
        max_bytes: the largest input read.
        dates: publication dates by path (``--dates``, the configuration's
            ``published``), for the inputs that name none themselves.
        encoding: how the inputs' bytes are decoded (``--encoding``).
    """
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    options = _Options(published, registry, max_bytes, dates or PublishedDates(), encoding)
    if jobs > 1:
        yield from _extract_parallel(document.iter_inputs(paths), options, jobs)
    else:
        yield from _extract_serial(document.iter_inputs(paths), options)


@attrs.frozen
class _Options:
    """The extraction options of :func:`extract_paths`, as its workers get them."""

    published: str | None
    registry: Registry | None
    max_bytes: int
    dates: PublishedDates = attrs.field(factory=PublishedDates)
    encoding: str = "utf-8"

    def extract_path(self, path: str) -> Document:
        """:func:`extract_path` with these options."""
        return extract_path(
            path,
            published=self.published,
            registry=self.registry,
            fallback=self.dates.date_for(path),
            max_bytes=self.max_bytes,
            encoding=self.encoding,
        )

    def extract_text(self, path: str, text: str) -> Document:
        """:func:`extract` of ``path``'s text, already read, with these options."""
        fallback = self.dates.date_for(path)
        return analysed(
            path, extract, text, path=path, published=self.published, registry=self.registry, fallback=fallback
        )


def _extract_serial(items: Iterable[str | InputError], options: _Options) -> Iterator[Document | InputError]:
    """:func:`extract_paths` in this process."""
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield options.extract_path(item)
        except InputError as e:
            log.debug("skipping %s: %s", item, e.problem)
            yield e


#: Inputs handed to each worker process ahead of the one being read, so that
#: workers stay busy while memory stays bounded.
IN_FLIGHT_PER_JOB = 4

_worker_options = _Options(None, None, document.MAX_INPUT_BYTES)


def _init_worker(options: _Options) -> None:
    global _worker_options
    _worker_options = options


def _extract_in_worker(path: str, text: str | None) -> Document | tuple[str, str]:
    """Extract one input in a worker; an error comes back as ``(path, problem)``.

    (:class:`InputError` does not survive pickling, its constructor takes two arguments.)
    """
    try:
        if text is None:
            return _worker_options.extract_path(path)
        return _worker_options.extract_text(path, text)
    except InputError as e:
        return (e.path, e.problem)


def _extract_parallel(
    items: Iterator[str | InputError], options: _Options, jobs: int
) -> Iterator[Document | InputError]:
    """:func:`extract_paths` on ``jobs`` processes, results in input order.

    A bounded window of futures (``jobs * IN_FLIGHT_PER_JOB``) keeps memory
    independent of the number of inputs.  Standard input is read here and its
    text sent to a worker.
    """
    # One input (or none) is not worth starting processes for.
    ahead: list[str | InputError] = []
    for item in items:
        ahead.append(item)
        if sum(1 for i in ahead if not isinstance(i, InputError)) > 1:
            break
    else:
        yield from _extract_serial(ahead, options)
        return

    def finished(entry) -> Document | InputError:
        if isinstance(entry, InputError):
            return entry
        result = entry.result()
        return InputError(*result) if isinstance(result, tuple) else result

    window: collections.deque = collections.deque()
    with process_pool(jobs, _init_worker, (options,)) as pool:
        for item in itertools.chain(ahead, items):
            if isinstance(item, InputError):
                window.append(item)
            elif item == "-":
                try:
                    text = document.read_input(item, max_bytes=options.max_bytes, encoding=options.encoding)
                    window.append(pool.submit(_extract_in_worker, item, text))
                except InputError as e:
                    window.append(e)
            else:
                window.append(pool.submit(_extract_in_worker, item, None))
            while len(window) > jobs * IN_FLIGHT_PER_JOB:
                yield finished(window.popleft())
        while window:
            yield finished(window.popleft())


def _merged(spans: Sequence[Span]) -> list[Span]:
    """Spans sorted, overlapping ones merged."""
    out: list[Span] = []
    for span in sorted(spans):
        if out and span.start <= out[-1].end:
            if span.end > out[-1].end:
                out[-1] = Span(out[-1].start, span.end)
        else:
            out.append(span)
    return out


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
