"""What the commands share when they run: reading articles (files or the
corpus store), writing outputs safely, progress on a terminal, and errors.

Rules every command follows:

- **PATHS.** Without PATHS a command reads the articles under the current
  directory (as ``ruff check`` does); with ``--db``, ``report``, ``contested``
  and ``export`` read the corpus store instead, as it is.
- **The store.** ``--db FILE`` has no default: a command uses a store only
  when one is named (``index`` needs one).
- **Dates.** ``--published`` wins over everything; then an article's own
  date; then ``--dates``; then the configuration's ``published`` key.
- **Configuration.** The nearest ``.provenance.toml`` (or ``pyproject.toml``
  with ``[tool.provenance]``) above PATHS, or ``--config FILE``: its
  ``published`` dates, source ``aliases`` and ``min-score`` apply to every
  command; its rule keys to ``lint``.
- **Outputs.** ``-o FILE`` is repeatable and each file's extension chooses
  its format; an output that would overwrite an input is refused, and files
  are written whole or not at all.  Tables fit the terminal on a terminal
  (``--width N`` sets a width) and keep every cell whole in files and pipes.
  Text shows a date without a year as ``Feb 25 (year unknown)``; JSON and CSV
  keep the ISO form ``--02-25``.
- **Errors.** An input that cannot be read is named on stderr, the others
  are still processed, and the exit code is 2; usage, configuration and
  output errors exit 2 before any input is read.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Self

import attrs
import click

from provenance.document import MAX_INPUT_BYTES, iter_inputs
from provenance.errors import InputError, OutputError, ProvenanceError, StoreError
from provenance.lint.config import Config, discover_config, load_config
from provenance.model import Document
from provenance.outputs import ENCODING_ERRORS, AtomicOutput, check_outputs
from provenance.pipeline import extract_paths
from provenance.printable import one_line
from provenance.published import PublishedDates, read_dates_table
from provenance.sources import Registry

__all__ = [
    "Articles",
    "Progress",
    "Reading",
    "UsageError",
    "documents",
    "extract_inputs",
    "index_events",
    "isolating",
    "iter_documents",
    "open_store",
    "outputs",
    "report_errors",
    "sort_out",
    "table_width",
]

log = logging.getLogger(__name__)


class UsageError(click.ClickException):
    """A usage, configuration or input error: exit code 2."""

    exit_code = 2


# -- reading -------------------------------------------------------------------


@attrs.frozen
class Reading:
    """The reading options of a command, as given (see :func:`~provenance.cli.options.reading_options`)."""

    published: str | None = None
    dates_path: str | None = None
    config_path: str | None = None
    encoding: str = "utf-8"
    max_bytes: int = MAX_INPUT_BYTES
    jobs: int | None = None
    db_path: str | None = None
    scheduler: str | None = None

    def resolve(self, paths: Sequence[str], *, store_without_paths: bool = False) -> Articles:
        """The articles to read: ``paths`` (the current directory when there
        are none, unless ``store_without_paths`` and ``--db`` name a store to
        read as it is), with the configuration and dates that apply to them.

        Raises:
            UsageError: the configuration or the ``--dates`` table is bad, or
                an option applies to nothing (``--published`` with only a store).
        """
        from_store = not paths and bool(self.db_path) and store_without_paths
        paths = tuple(paths) if paths or from_store else (".",)
        if from_store:
            for name, value in (("--published", self.published), ("--dates", self.dates_path)):
                if value:
                    raise click.UsageError(
                        f"{name} applies to PATHS being extracted; with --db and no PATHS nothing is "
                        f"extracted: drop {name}"
                    )
            if not os.path.exists(self.db_path or ""):
                raise UsageError(
                    f"{self.db_path}: no such corpus store; create it with `provenance index --db {self.db_path} PATHS`"
                )
        try:
            config = load_config(self.config_path) if self.config_path else discover_config(paths)
            dates = config.dates()
            if self.dates_path:
                dates = dates | read_dates_table(self.dates_path)
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
        return Articles(paths, self, config, dates)


@attrs.frozen
class Articles:
    """Resolved reading: what to read and how."""

    paths: tuple[str, ...]
    """Files, directories and ``-``; empty when the store is read as it is."""
    reading: Reading
    config: Config
    dates: PublishedDates
    client: Any = None
    """The Dask client of ``--scheduler`` (see :func:`cluster`), or None: extract on this machine."""
    kept: list = attrs.field(factory=list, eq=False)
    """The :class:`~provenance.distributed.Corpus` the cluster extracted, kept there for the comparison."""

    @property
    def db_path(self) -> str | None:
        return self.reading.db_path

    @property
    def registry(self) -> Registry:
        """The source registry: the shipped one with the configuration's aliases."""
        return self.config.registry()

    def min_score(self, given: float | None) -> float:
        """The lowest relation score reported (see :func:`min_score`)."""
        return min_score(given, self.config)

    def inputs(self) -> list[str]:
        """The files this run reads (to refuse an output that would overwrite one)."""
        found = [item for item in iter_inputs(self.paths) if isinstance(item, str)]
        extra = (self.reading.db_path, self.reading.dates_path, self.reading.config_path, self.config.path)
        return found + [f for f in extra if f]

    def extract_options(self) -> dict:
        """The keyword options of :func:`~provenance.pipeline.extract_paths` and
        :func:`~provenance.corpus.index`, as this run reads."""
        return {
            "published": self.reading.published,
            "registry": self.registry,
            "jobs": self.reading.jobs,
            "max_bytes": self.reading.max_bytes,
            "dates": self.dates,
            "encoding": self.reading.encoding,
        }


def min_score(given: float | None, config: Config) -> float:
    """The lowest relation score reported: ``--min-score``, else the
    configuration's ``min-score``, else the comparator's threshold."""
    from provenance.compare.statement import MIN_SCORE

    return next((v for v in (given, config.min_score) if v is not None), MIN_SCORE)


#: Runs over fewer input files than this show no progress bar.
PROGRESS_MIN_FILES = 20


class Progress:
    """A ``click.progressbar`` on stderr, shown only on a terminal and for many files.

    Called as ``progress(done, total)``; the bar starts on the first call.
    """

    def __init__(self, label: str):
        self.label, self.shown = label, 0
        self.bar: Any = None

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
                return
            self.bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self.bar.__enter__()
        self.bar.update(done - self.shown)
        self.shown = done

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


def progressed(items: Iterable, total: int, label: str) -> Iterator:
    """``items`` as they come, with a progress bar of ``total`` steps (see :class:`Progress`)."""
    with Progress(label) as progress:
        for done, item in enumerate(items, 1):
            progress(min(done, total), total)
            yield item


def extract_inputs(articles: Articles, label: str = "extracting") -> Iterator[Document | InputError]:
    """Documents and input errors for the articles' paths, in input order, with a progress bar.

    On a cluster (``articles.client``) the documents stay there too, as a
    :class:`~provenance.distributed.Corpus` in ``articles.kept``, for the comparison.
    """
    inputs = list(iter_inputs(articles.paths))
    files = [i for i in inputs if not isinstance(i, InputError)]
    if articles.client is not None:
        from provenance import distributed

        options = articles.extract_options()
        del options["jobs"]
        corpus = distributed.extract_corpus(articles.client, files, **options)
        articles.kept.append(corpus)
        results = corpus.results()
    else:
        results = extract_paths(files, **articles.extract_options())
    with Progress(label) as progress:
        done = 0
        for item in inputs:
            if isinstance(item, InputError):
                yield item
                continue
            yield next(results)
            done += 1
            progress(done, len(files))


@contextlib.contextmanager
def open_store(db_path: str, *, rebuild: bool = False):
    """The corpus store at ``db_path`` (with ``rebuild``, a new one that replaces
    it at the end); a damaged or unusable store is a usage error (exit 2)
    naming the file, whenever SQLite finds the damage."""
    from provenance.store import Store, problem, rebuilding

    try:
        with rebuilding(db_path) if rebuild else Store(db_path) as store:
            yield store
    except StoreError as e:
        raise UsageError(str(e)) from None
    except sqlite3.DatabaseError as e:
        raise UsageError(f"{one_line(db_path)}: {problem(e)}") from None


def index_events(store, articles: Articles, paths: Sequence[str] | None = None, *, prune=False, label="indexing"):
    """Run :func:`provenance.corpus.index` on ``paths`` (default: the articles')
    with a progress bar; its events in input order (removals last)."""
    from provenance import corpus

    with Progress(label) as progress:
        try:
            events = list(
                corpus.index(
                    store,
                    articles.paths if paths is None else paths,
                    prune=prune,
                    progress=progress,
                    extract=extractor(articles),
                    **articles.extract_options(),
                )
            )
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
    return sorted(events, key=lambda e: (e.position is None, e.position or 0))


@contextlib.contextmanager
def cluster(articles: Articles, out_dir: str | None = None) -> Iterator[Articles]:
    """The articles with the Dask client of ``--scheduler`` (unchanged without
    it); conflicting options fail first, ``--out-dir`` is checked before any work."""
    scheduler = articles.reading.scheduler
    if scheduler is None:
        if out_dir is not None:
            raise click.UsageError("--out-dir is written by a cluster's workers: give --scheduler too")
        yield articles
        return
    if articles.reading.jobs is not None:
        raise click.UsageError("--jobs and --scheduler both say where to extract: give one of them")
    from provenance import distributed

    try:
        if out_dir is not None:
            distributed.prepare_out_dir(out_dir, distributed.DATASETS[:2])
        with distributed.connect(scheduler) as client:
            yield attrs.evolve(articles, client=client)
    except (distributed.SchedulerError, distributed.OutDirError) as e:
        raise UsageError(str(e)) from None


def extractor(articles: Articles) -> Callable | None:
    """The cluster's :func:`~provenance.distributed.extract_paths` for ``extract=`` seams, or None."""
    if articles.client is None:
        return None
    from provenance import distributed

    def extract(paths, *, jobs=None, **options):
        return distributed.extract_paths(articles.client, paths, **options)

    return extract


def cluster_compare(articles: Articles, out_dir: str | None = None, **options) -> Callable | None:
    """``compare_documents`` on the cluster, called as :func:`isolating` calls it, or None without one.

    The first call compares the corpus the cluster extracted, where it is, and
    writes ``--out-dir``; a later call (a document failed the comparison)
    sends the documents it is given.
    """
    if articles.client is None:
        return None
    from provenance import distributed

    calls: list[int] = []

    def compare(docs):
        first = not calls
        calls.append(len(docs))
        kept = articles.kept
        corpus = kept[0] if first and kept else distributed.scatter_documents(articles.client, docs)
        return distributed.compare_partitions(corpus, out_dir=out_dir if first else None, **options)

    return compare


def write_datasets(articles: Articles, docs: list, out_dir: str) -> None:
    """``--out-dir``: the claims and evidence of the documents, written by the cluster's workers."""
    from provenance import distributed

    kept = articles.kept
    corpus = kept[0] if kept else distributed.scatter_documents(articles.client, docs)
    try:
        distributed.write_datasets(corpus, out_dir)
    except ProvenanceError as e:
        raise UsageError(str(e)) from None


def iter_documents(articles: Articles, errors: list[InputError]) -> Iterator[Document]:
    """The documents of ``report`` and ``export``, one at a time: the articles
    extracted, or with --db indexed into the store and read back from it
    (every stored document when the store is read as it is).  Input errors
    are added to ``errors`` as they come."""
    if articles.db_path:
        with open_store(articles.db_path) as store:
            if not articles.paths:
                yield from store.documents()
                return
            for event in index_events(store, articles):
                if event.action == "error":
                    errors.append(event.error)
                elif event.action != "removed":
                    doc = store.get(event.key)
                    yield doc if doc.path == event.path else attrs.evolve(doc, path=event.path)
    else:
        for item in extract_inputs(articles):
            if isinstance(item, InputError):
                errors.append(item)
            else:
                yield item


def documents(articles: Articles) -> tuple[list[Document], list[InputError]]:
    """``(documents, input errors)`` of :func:`iter_documents`, as lists."""
    errors: list[InputError] = []
    docs = list(iter_documents(articles, errors))
    return docs, errors


def sort_out(items: Iterable[Document | InputError], docs: list[Document], errors: list[InputError]) -> None:
    """Each of ``items`` onto ``errors`` when it is an input error, else onto ``docs``, in order."""
    for item in items:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            docs.append(item)


def isolating(analyse: Callable, docs: list, errors: list):
    """``(docs, analyse(docs))``, with a per-document error boundary.

    When the analysis of the whole set fails, each document is analysed
    alone; those that fail are reported as input errors (exit 2), and the
    analysis runs again without them.  A failure no single document causes
    is not hidden.
    """
    try:
        return docs, analyse(docs)
    except Exception:
        bad = []
        for doc in docs:
            try:
                analyse([doc])
            except Exception as e:
                log.debug("analysing %s failed", doc.path, exc_info=True)
                problem = e.problem if isinstance(e, InputError) else f"{type(e).__name__}: {e}"
                errors.append(InputError(doc.path or "-", f"cannot analyse: {problem}"))
                bad.append(id(doc))
        if not bad:
            raise
    kept = [d for d in docs if id(d) not in bad]
    return kept, analyse(kept)


def report_errors(errors: Iterable[InputError]) -> None:
    """Name each unreadable input on stderr."""
    for e in errors:
        click.echo(f"provenance: error: {e}", err=True)


# -- writing -------------------------------------------------------------------


class _Stdout:
    """Standard output as an output: text goes out as it comes, nothing to commit."""

    path = "-"

    def write(self, text: str) -> None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", ENCODING_ERRORS))

    def flush(self) -> None:
        sys.stdout.buffer.flush()

    def commit(self) -> None:
        self.flush()

    def discard(self) -> None:
        self.commit()


@contextlib.contextmanager
def outputs(plan: list[tuple[str, str]], inputs: Callable[[], Iterable[str]] = lambda: ()):
    """Open every planned output before any input is read; yield ``[(output, format)]``.

    An output that resolves to an input (``inputs()`` lists them; it is only
    called when some output is a file) or to another output is refused with
    exit 2.  Files are written atomically: each takes its place when the block
    ends normally, and a failed or interrupted run leaves them as they were.
    """
    files = [path for path, _ in plan if path != "-"]
    opened: list = []
    try:
        if files:
            check_outputs(files, list(inputs()))
        for path, chosen in plan:
            opened.append((_Stdout() if path == "-" else AtomicOutput(path), chosen))
        yield opened
        for output, _ in opened:
            output.commit()
    except OutputError as e:
        for output, _ in opened:
            output.discard()
        raise UsageError(str(e)) from None
    except BaseException:
        for output, _ in opened:
            output.discard()
        raise


def table_width(width: int | None, path: str) -> int | None:
    """The width the tables written to ``path`` fit: ``--width``, else the
    terminal's for standard output on a terminal, else None (cells whole)."""
    if width is not None:
        return width
    if path == "-" and sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None
