"""The ``provenance`` command.  Thin: parses options, calls the library, renders."""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import functools
import json
import logging
import math
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from typing import Self

import attrs
import click
from tabulate import tabulate_formats

from provenance import __version__, lint
from provenance import export as export_
from provenance.corpus import changed_and_related, related
from provenance.document import MAX_INPUT_BYTES
from provenance.errors import InputError, OutputError, ProvenanceError, StoreError
from provenance.model import Document
from provenance.outputs import ENCODING_ERRORS, AtomicOutput, check_outputs
from provenance.pipeline import extract_paths
from provenance.printable import one_line
from provenance.report import FORMATS, RELATION_FORMATS, render_relations, render_report

__all__ = ["main"]

log = logging.getLogger(__name__)


class UsageError(click.ClickException):
    """A usage, configuration or input error: exit code 2."""

    exit_code = 2


def _iso_date(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def format_option(formats: tuple[str, ...]):
    """``--format``: one of ``formats``, the first by default or each output file's own."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(formats),
        default=None,
        help=f"Output format [default: {formats[0]}, or from each --output file's extension].",
    )


def output_option(what: str, endings: str):
    """``-o/--output FILE``, repeatable, each file in the format its ending names."""
    return click.option(
        "-o",
        "--output",
        "outputs",
        multiple=True,
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        help=f"Write {what} to this file instead of stdout; repeat it to write several "
        f"files, each in the format its extension names ({endings}).",
    )


#: ``--published YYYY-MM-DD`` of the commands that extract articles.
published_option = click.option(
    "--published",
    callback=_iso_date,
    metavar="YYYY-MM-DD",
    help="Publication date of the articles; overrides dates found in them.",
)


#: ``--width N`` of the commands that print tables.
width_option = click.option(
    "--width",
    type=click.IntRange(min=20),
    default=None,
    metavar="N",
    help="Fit text tables in N columns, wrapping long cells [default: the terminal's width on a "
    "terminal; piped output and files keep every cell whole].",
)


def table_width(width: int | None, path: str) -> int | None:
    """The width the tables written to ``path`` fit: ``--width``, else the
    terminal's for standard output on a terminal, else None (cells whole)."""
    if width is not None:
        return width
    if path == "-" and sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def output_options(formats: tuple[str, ...]):
    """``--format``, ``--fmt`` and ``-o/--output``, shared by the reporting commands."""

    def decorate(f):
        @format_option(formats)
        @click.option(
            "--fmt",
            "tablefmt",
            type=click.Choice(tabulate_formats),
            default=None,
            metavar="STYLE",
            help="Table style for text output, any of tabulate's: " + ", ".join(tabulate_formats) + ".",
        )
        @output_option("the output", ".txt, .md, .json, .csv")
        @width_option
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return f(*args, **kwargs)

        return wrapper

    return decorate


#: Output formats inferred from a file extension.
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".sarif": "sarif",
}


def plan_outputs(
    fmt: str | None, outputs: tuple[str, ...], formats: tuple[str, ...], extensions: dict[str, str] = EXTENSIONS
) -> list[tuple[str, str]]:
    """Pair each output destination with its format; fail early on conflicts.

    A file's format is ``fmt``, else the one its longest matching ending in
    ``extensions`` names (``.prov.json`` before ``.json``), else the first of ``formats``.
    """
    if not outputs:
        return [("-", fmt or formats[0])]
    if fmt and len(outputs) > 1:
        raise click.UsageError(
            "--format names one format but several --output files were given; "
            "drop --format and let each file's extension choose"
        )
    plan = []
    for path in outputs:
        name = os.path.basename(path).lower()
        chosen = fmt or next(
            (extensions[e] for e in sorted(extensions, key=len, reverse=True) if name.endswith(e)), None
        )
        if chosen is None:
            chosen = formats[0]
        if chosen not in formats:
            raise click.UsageError(f"--output {path}: format {chosen!r} is not one of {', '.join(formats)}")
        plan.append((path, chosen))
    return plan


class _Stdout:
    """Standard output as an output: text goes out as it comes, nothing to commit."""

    path = "-"

    def write(self, text: str) -> None:
        sys.stdout.flush()
        sys.stdout.buffer.write(text.encode("utf-8", ENCODING_ERRORS))

    def commit(self) -> None:
        sys.stdout.buffer.flush()

    def discard(self) -> None:
        self.commit()


def _input_files(paths=(), *files: str | None) -> list[str]:
    """The files a run reads: ``paths`` expanded as the commands expand them, and ``files``."""
    from provenance.document import iter_inputs

    found = [item for item in iter_inputs(paths) if isinstance(item, str)]
    return found + [f for f in files if f]


@contextlib.contextmanager
def _outputs(plan: list[tuple[str, str]], inputs=lambda: ()):
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
            check_outputs(files, inputs())
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


def _write(path: str, content: str) -> None:
    """Write ``content`` whole to ``path`` (``-``: stdout), atomically."""
    with _outputs([(path, "")]) as ((output, _),):
        output.write(content)


def _report_errors(errors: list[InputError]) -> None:
    for e in errors:
        click.echo(f"provenance: error: {e}", err=True)


#: Exit code of a run stopped by Ctrl-C (128 + SIGINT, as shells report it).
INTERRUPTED = 130


class _Group(click.Group):
    """The command group: a Ctrl-C stops any command with exit code 130 and a
    one-line message (outputs and the store are left consistent by the
    commands), and a closed standard output (``| head``) ends the run quietly."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("provenance: interrupted", err=True)
            ctx.exit(INTERRUPTED)
        except BrokenPipeError:
            # Whatever is still buffered for the closed pipe goes nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def main() -> None:
    """Find where every statement in an article comes from, and where sources disagree."""


#: Runs over fewer input files than this show no progress bar.
PROGRESS_MIN_FILES = 20


class _Progress:
    """A ``click.progressbar`` on stderr, shown only on a terminal and for many files.

    Called as ``progress(done, total)``; the bar starts on the first call.
    """

    def __init__(self, label: str):
        self.label, self.bar, self.shown = label, None, 0

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


def jobs_option(f):
    """``-j/--jobs N``: extraction processes, default one per core."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        help="Extract on N processes [default: the number of cores]; "
        "the output is the same, in the same order, whatever N is.",
    )(f)


def max_bytes_option(f):
    """``--max-bytes N``: the largest input read, for every command that reads articles."""
    return click.option(
        "--max-bytes",
        type=click.IntRange(min=1),
        default=MAX_INPUT_BYTES,
        show_default=True,
        metavar="N",
        help="Refuse an input larger than N bytes (an input error, exit 2); pipes and "
        "devices are read up to N bytes and no further.",
    )(f)


def scheduler_option(f):
    """``--scheduler ADDRESS|local:N``: extract and compare on a Dask cluster."""
    return click.option(
        "--scheduler",
        metavar="ADDRESS|local:N",
        default=None,
        help="Extract and compare on a Dask cluster: the address of a running `dask scheduler` "
        "(tcp://host:8786) or local:N for N worker processes here; the output is the same as "
        "without it.  Needs `pip install 'provenance[dask]'`; workers must read the same files.",
    )(f)


def out_dir_option(f):
    """``--out-dir DIR``: partitioned JSON Lines written by the cluster's workers."""
    return click.option(
        "--out-dir",
        type=click.Path(file_okay=False),
        metavar="DIR",
        default=None,
        help="With --scheduler, the workers also write claims/, evidence/ (and for contested "
        "relations/) under DIR as JSON Lines partitions part-00000.jsonl, ... in input order.",
    )(f)


@contextlib.contextmanager
def _cluster(scheduler: str | None, jobs: int | None = None, out_dir: str | None = None):
    """A Dask client for ``--scheduler`` (None without it); conflicting options fail first."""
    if scheduler is None:
        if out_dir is not None:
            raise click.UsageError("--out-dir is written by a cluster's workers: give --scheduler too")
        yield None
        return
    if jobs is not None:
        raise click.UsageError("--jobs and --scheduler both say where to extract: give one of them")
    from provenance import distributed

    try:
        if out_dir is not None:
            distributed.prepare_out_dir(out_dir, distributed.DATASETS[:2])
        with distributed.connect(scheduler) as client:
            yield client
    except (distributed.SchedulerError, distributed.OutDirError) as e:
        raise UsageError(str(e)) from None


def _extractor(client):
    """The cluster's :func:`~provenance.distributed.extract_paths` bound to ``client``, or None."""
    if client is None:
        return None
    from provenance import distributed

    return functools.partial(distributed.extract_paths, client)


def _extract_inputs(
    paths, published: str | None, jobs: int | None, label: str, max_bytes: int = MAX_INPUT_BYTES, client=None, keep=None
):
    """Documents and input errors for ``paths``, in input order, with a progress bar.

    With a Dask ``client`` the documents are extracted on its cluster, and the
    :class:`~provenance.distributed.Corpus` that holds them there is appended to ``keep``.
    """
    from provenance.document import iter_inputs

    inputs = list(iter_inputs(paths))
    files = [i for i in inputs if not isinstance(i, InputError)]
    if client is not None:
        from provenance import distributed

        corpus = distributed.extract_corpus(client, files, published=published, max_bytes=max_bytes)
        if keep is not None:
            keep.append(corpus)
        results = corpus.results()
    else:
        results = extract_paths(files, published=published, jobs=jobs, max_bytes=max_bytes)
    with _Progress(label) as progress:
        done = 0
        for item in inputs:
            if isinstance(item, InputError):
                yield item
                continue
            yield next(results)
            done += 1
            progress(done, len(files))


@contextlib.contextmanager
def _open_store(db_path: str, *, rebuild: bool = False):
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


def _isolating(analyse, docs: list, errors: list):
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


def _require_store(db_path: str | None, paths) -> None:
    """With --db and nothing to index, the store must already exist."""
    if db_path and not paths and not os.path.exists(db_path):
        raise UsageError(f"{db_path}: no such corpus store; create it with `provenance index --db {db_path} PATHS`")


def _index_events(
    store, paths, *, published, jobs, max_bytes, prune=False, registry=None, label="indexing", client=None
):
    """Run :func:`provenance.corpus.index` with a progress bar; its events in input order (removals last)."""
    from provenance import corpus

    with _Progress(label) as progress:
        try:
            events = list(
                corpus.index(
                    store,
                    paths,
                    published=published,
                    registry=registry,
                    jobs=jobs,
                    prune=prune,
                    progress=progress,
                    max_bytes=max_bytes,
                    extract=_extractor(client),
                )
            )
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
    return sorted(events, key=lambda e: (e.position is None, e.position or 0))


def store_option(done: str):
    """``--db FILE`` of the commands that read documents through :func:`_documents`."""
    return click.option(
        "--db",
        "db_path",
        type=click.Path(dir_okay=False),
        metavar="FILE",
        help="Use this corpus store (see `provenance index`): PATHS are indexed into it first "
        f"and read back from it; without PATHS, every stored document is {done}.",
    )


def _check_documents(paths, published: str | None, db_path: str | None, verb: str) -> None:
    """Fail early on options :func:`_documents` cannot serve (``verb``: what the command does)."""
    if not paths and not db_path:
        raise click.UsageError(f"Missing argument 'PATHS...' (or --db FILE to {verb} every stored document)")
    if published and db_path and not paths:
        raise click.UsageError(
            "--published applies to PATHS being extracted; with --db and no PATHS "
            "nothing is extracted: drop --published"
        )
    _require_store(db_path, paths)


def _documents(
    paths, published: str | None, db_path: str | None, jobs: int | None, max_bytes: int, client=None, keep=None
):
    """``(documents, input errors)`` of ``report`` and ``export``: PATHS extracted,
    or with --db indexed into the store and read back from it (every stored
    document when there are no PATHS).  With a Dask ``client``, extracted on its
    cluster (see :func:`_extract_inputs` for ``keep``)."""
    docs: list[Document] = []
    errors: list[InputError] = []
    if db_path:
        with _open_store(db_path) as store:
            if not paths:
                docs = list(store.documents())
            indexed = (
                _index_events(store, paths, published=published, jobs=jobs, max_bytes=max_bytes, client=client)
                if paths
                else ()
            )
            for event in indexed:
                if event.action == "error":
                    errors.append(event.error)
                elif event.action != "removed":
                    doc = store.get(event.key)
                    docs.append(doc if doc.path == event.path else attrs.evolve(doc, path=event.path))
    else:
        for item in _extract_inputs(paths, published, jobs, "extracting", max_bytes, client, keep):
            (errors if isinstance(item, InputError) else docs).append(item)
    return docs, errors


def _write_datasets(client, kept: list, docs: list, out_dir: str) -> None:
    """``--out-dir``: the claims and evidence of the documents, written by the workers."""
    from provenance import distributed

    corpus = kept[0] if kept else distributed.scatter_documents(client, docs)
    try:
        distributed.write_datasets(corpus, out_dir)
    except ProvenanceError as e:
        raise UsageError(str(e)) from None


def _relations_for(docs, errors, formats, compare=None):
    """``(docs, relations)``: the contested and corroborated pairs among
    ``docs``, once for all the outputs whose ``formats`` show them (the
    summary, the HTML page), else None; a document whose comparison fails is
    left out and reported in ``errors``.  ``compare`` replaces
    ``compare_documents`` (a cluster's, :func:`_cluster_compare`)."""
    if not any(f in ("text", "markdown", "html") for f in formats):
        return docs, None
    if compare is None:
        from provenance.compare import compare_documents as compare

    return _isolating(compare, docs, errors)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@output_options(FORMATS)
@published_option
@store_option("reported")
@jobs_option
@max_bytes_option
@scheduler_option
@out_dir_option
def report(paths, fmt, tablefmt, outputs, width, published, db_path, jobs, max_bytes, scheduler, out_dir):
    """Report every claim of the articles in PATHS with its citations and sources.

    PATHS are files, directories (searched for .txt, .md and .markdown files)
    or - for standard input.  Unreadable inputs are reported on stderr and the
    run goes on; the exit code is then 2.

    With --db FILE the documents come from a corpus store: PATHS, if any,
    are indexed into it first (only new and changed files are extracted),
    and the report is the same as without --db.

    \b
    Example:
        provenance report seeds/
        provenance report --format json seeds/
        provenance report seeds/ -o reports/seeds-citations.md -o reports/seeds-citations.json
        provenance report --db provenance.db --format json
        provenance report --scheduler local:4 --format json archive/ -o archive.json
        provenance report --scheduler tcp://scheduler:8786 --out-dir /shared/provenance /shared/archive/
    """
    _check_documents(paths, published, db_path, "report")
    plan = plan_outputs(fmt, outputs, FORMATS)
    with _outputs(plan, lambda: _input_files(paths, db_path)) as opened, _cluster(scheduler, jobs, out_dir) as client:
        kept: list = []
        docs, errors = _documents(paths, published, db_path, jobs, max_bytes, client, kept)
        if out_dir:
            _write_datasets(client, kept, docs, out_dir)
        compare = None if client is None else _cluster_compare(client, kept, None)
        docs, relations = _relations_for(docs, errors, [chosen for _, chosen in opened], compare)
        for output, chosen in opened:
            try:
                rendered = render_report(
                    docs,
                    chosen,
                    tablefmt=tablefmt,
                    width=table_width(width, output.path),
                    errors=errors,
                    relations=relations,
                )
            except ProvenanceError as e:
                raise UsageError(str(e)) from None
            output.write(rendered)
    _report_errors(errors)
    if errors:
        sys.exit(2)


# -- lint -------------------------------------------------------------------


@main.command("lint")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(lint.FORMATS),
    default=None,
    help="Output format [default: text, or from each --output file's extension].",
)
@click.option(
    "-o",
    "--output",
    "outputs",
    multiple=True,
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    help="Write the findings to this file instead of stdout; repeat it to write several "
    "files, each in the format its extension names (.txt, .json, .sarif).",
)
@click.option(
    "--fail-on",
    type=click.Choice([level.value for level in lint.Level]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this level.",
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even when findings reach --fail-on (input and configuration errors still exit 2).",
)
@click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Read the configuration from FILE instead of the nearest .provenance.toml or "
    "pyproject.toml [tool.provenance].",
)
@click.option(
    "--changed-since",
    metavar="REV",
    help="Lint only the files in PATHS changed since the git revision REV (and untracked "
    "ones); files named explicitly are always linted.",
)
@click.option(
    "--corpus",
    multiple=True,
    type=click.Path(),
    metavar="PATH",
    help="Articles to compare against for PV201 (contested-claim) without linting them; repeatable.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Compare against this corpus store (see `provenance index`) for PV201: only the stored "
    "documents that share a subject with the linted ones are read; --corpus PATHs are "
    "indexed into it first.",
)
@click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=None,
    metavar="SCORE",
    help="PV201 reports only relations the comparator scores at least SCORE (0-1) [default: the "
    "min-score configuration key, else the comparator's calibrated threshold].",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Report only findings not in FILE, a saved `provenance lint --format json` output "
    "(findings are matched by path and fingerprint).",
)
@jobs_option
@max_bytes_option
@scheduler_option
def lint_command(
    paths,
    fmt,
    outputs,
    fail_on,
    exit_zero,
    config_path,
    changed_since,
    corpus,
    db_path,
    min_score,
    baseline_path,
    jobs,
    max_bytes,
    scheduler,
):
    """Check articles for malformed citations, impossible dates, unsourced
    statistics, anonymous sources and claims contested elsewhere.

    PATHS are files, directories (searched for .txt, .md and .markdown files)
    or - for standard input; the default is the current directory.  Findings
    go to stdout; unreadable inputs are reported on stderr and the other files
    are still linted.

    Exit status: 0 no finding at or above --fail-on, 1 findings at or above
    it, 2 usage, configuration or input errors (even with --exit-zero).

    \b
    Example:
        provenance lint articles/
        provenance lint --fail-on warning --format github --changed-since origin/main articles/
        provenance lint --corpus archive/ -o lint.sarif new-article.md
        provenance lint --db archive.db new-article.md
        provenance lint --format json -o baseline.json articles/
        provenance lint --baseline baseline.json articles/
        provenance lint --scheduler tcp://scheduler:8786 --corpus /shared/archive/ new-article.md
    """
    plan = plan_outputs(fmt, outputs, lint.FORMATS)
    paths = paths or (".",)
    docs, errors = [], []
    with (
        _outputs(plan, lambda: _input_files((*paths, *corpus), db_path, config_path)) as opened,
        _cluster(scheduler, jobs) as client,
    ):
        extract = _extractor(client)
        try:
            config = lint.load_config(config_path) if config_path else lint.discover_config(paths)
            if min_score is not None:
                config = attrs.evolve(config, min_score=min_score)
            baseline = lint.load_baseline(baseline_path) if baseline_path else None
            only = lint.changed_files(changed_since) if changed_since is not None else None
            for item in lint.load_documents(paths, config, only=only, max_bytes=max_bytes, extract=extract):
                (errors if isinstance(item, InputError) else docs).append(item)
            reference = []
            pv201 = any("PV201" in config.enabled(d.path) for d in docs)
            if pv201 and db_path:
                with _open_store(db_path) as store:
                    if corpus:
                        indexed = _index_events(
                            store,
                            corpus,
                            published=None,
                            jobs=jobs,
                            max_bytes=max_bytes,
                            registry=config.registry(),
                            client=client,
                        )
                        errors.extend(event.error for event in indexed if event.action == "error")
                    linted = {os.path.realpath(d.path) for d in docs if d.path and d.path != "-"}
                    reference = [
                        r
                        for r in related(store, docs, jobs=jobs)
                        if not r.path or os.path.realpath(r.path) not in linted
                    ]
            elif pv201 and corpus:
                for item in lint.load_documents(corpus, config, exclude=False, max_bytes=max_bytes, extract=extract):
                    (errors if isinstance(item, InputError) else reference).append(item)

            compare = None if client is None else _cluster_compare(client, [], None)

            def check(linted):
                relations = lint.contested_relations(linted, reference, compare=compare) if pv201 else ()
                return lint.lint_documents(linted, config, relations=relations, reference=reference)

            docs, findings = _isolating(check, docs, errors)
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
        known = 0
        if baseline is not None:
            new = lint.new_findings(findings, baseline)
            known, findings = len(findings) - len(new), new
        for output, chosen in opened:
            output.write(lint.render(findings, docs, chosen, known=known))
    _report_errors(errors)
    sys.exit(lint.exit_code(findings, lint.Level(fail_on), errors=bool(errors), exit_zero=exit_zero))


#: Output formats of ``provenance rules``.
RULES_FORMATS = ("text", "markdown", "json")


@main.command("rules")
@output_options(RULES_FORMATS)
def rules_command(fmt, tablefmt, outputs, width):
    """List every lint rule: code, name, default level and summary.

    \b
    Example:
        provenance rules
        provenance rules --format markdown
    """
    with _outputs(plan_outputs(fmt, outputs, RULES_FORMATS)) as opened:
        for output, chosen in opened:
            output.write(lint.render_rules(chosen, tablefmt=tablefmt))


@main.command("rule")
@click.argument("code")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="Output format: the documentation as Markdown, or a JSON object.",
)
def rule_command(code, fmt):
    """Explain the lint rule CODE (a code such as PV101, or a name such as
    unsourced-statistic): what it does, why it matters, an example and the fix.

    \b
    Example:
        provenance rule PV101
        provenance rule contested-claim
    """
    found = lint.find_rule(code)
    if found is None:
        raise UsageError(f"unknown rule {code!r}; `provenance rules` lists them")
    click.echo(lint.render_rule(found, fmt), nl=False)


# -- index ------------------------------------------------------------------


@main.command("index")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--db",
    "db_path",
    default="provenance.db",
    show_default=True,
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The corpus store (an SQLite file; created when absent).",
)
@published_option
@click.option("--prune", is_flag=True, help="Drop stored documents under PATHS whose files are gone.")
@click.option(
    "--rebuild",
    is_flag=True,
    help="Build the store anew from PATHS (everything extracted again) and put it in place of "
    "FILE when done, e.g. when FILE is damaged; until then FILE stays as it was.",
)
@jobs_option
@max_bytes_option
@scheduler_option
def index_command(paths, db_path, published, prune, rebuild, jobs, max_bytes, scheduler):
    """Add the articles in PATHS to a corpus store, or update them.

    Only new and changed files (by content) are extracted; unchanged ones are
    skipped, so re-indexing an archive costs in proportion to what changed.
    Each document is written in its own transaction: an interrupted run
    leaves a consistent store that the next run completes, and several runs
    may share one store.  `report`, `lint` and `contested` read it with --db.
    A store found damaged is an error (exit 2) naming it: --rebuild makes a
    new one from PATHS.

    PATHS are files or directories (searched for .txt, .md and .markdown
    files).  Prints what was done; unreadable inputs are reported on stderr
    and the exit code is then 2.

    \b
    Example:
        provenance index archive/
        provenance index --db corpus.db --prune --jobs 8 archive/
        provenance index --db corpus.db --rebuild archive/
        provenance report --db corpus.db --format json
        provenance index --db corpus.db --scheduler tcp://scheduler:8786 /shared/archive/
    """
    with _cluster(scheduler, jobs) as client, _open_store(db_path, rebuild=rebuild) as store:
        events = _index_events(
            store, paths, published=published, jobs=jobs, max_bytes=max_bytes, prune=prune, client=client
        )
        run = store.last_run()
    errors = [e.error for e in events if e.action == "error"]
    for e in events:
        if e.action in ("added", "updated", "removed"):
            click.echo(f"{e.action}: {one_line(e.path)}")
    click.echo(
        f"{one_line(db_path)}: {run.added} added, {run.updated} updated, {run.unchanged} unchanged, "
        f"{run.removed} removed, {run.errors} errors (run {run.id})"
    )
    _report_errors(errors)
    if errors:
        sys.exit(2)


# -- contested and relate ----------------------------------------------------


@main.command("contested")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@output_options(RELATION_FORMATS)
@click.option("--all", "show_all", is_flag=True, help="Also list corroborated claims (JSON always includes them).")
@click.option(
    "--min-score",
    type=click.FloatRange(0.0, 1.0),
    default=0.0,
    show_default=True,
    help="Leave out relations scored below this.",
)
@published_option
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Use this corpus store (see `provenance index`): PATHS, if any, are indexed into it "
    "first; then only the documents the last index run added or changed are compared, "
    "with the stored documents that share a name or counted event with them.",
)
@jobs_option
@max_bytes_option
@scheduler_option
@out_dir_option
def contested_command(
    paths, fmt, tablefmt, outputs, width, show_all, min_score, published, jobs, max_bytes, db_path, scheduler, out_dir
):
    """List claims that other claims contest, within and across the articles in PATHS.

    A pair is contested when one claim denies another, states an incompatible
    fact about the same subject and time, or gives an incompatible number for
    the same event.  With --all, claims that independent sources corroborate
    are listed too.

    \b
    Example:
        provenance contested seeds/
        provenance contested --all --format markdown seeds/
        provenance contested --format json seeds/ -o contested.json
        provenance contested --db provenance.db new-articles/
        provenance contested --scheduler local:4 --format json archive/ -o contested.json
        provenance contested --scheduler tcp://scheduler:8786 --out-dir /shared/provenance /shared/archive/
    """
    from provenance.compare import compare_documents

    if not paths and not db_path:
        raise click.UsageError(
            "Missing argument 'PATHS...' (or --db FILE to compare what the last `provenance index` changed)"
        )
    _require_store(db_path, paths)
    plan = plan_outputs(fmt, outputs, RELATION_FORMATS)
    docs, errors = [], []
    changed = None
    with _outputs(plan, lambda: _input_files(paths, db_path)) as opened, _cluster(scheduler, jobs, out_dir) as client:
        kept: list = []
        if db_path:
            with _open_store(db_path) as store:
                if paths:
                    indexed = _index_events(
                        store, paths, published=published, jobs=jobs, max_bytes=max_bytes, client=client
                    )
                    errors.extend(event.error for event in indexed if event.action == "error")
                docs, changed = changed_and_related(store, jobs=jobs)
        else:
            for item in _extract_inputs(paths, published, jobs, "extracting", max_bytes, client, kept):
                (errors if isinstance(item, InputError) else docs).append(item)
        compare = compare_documents if client is None else _cluster_compare(client, kept, out_dir)
        docs, compared = _isolating(compare, docs, errors)
        relations = [
            r
            for r in compared
            if r.score >= min_score and (changed is None or r.a.doc in changed or r.b.doc in changed)
        ]
        for output, chosen in opened:
            chosen_relations = relations if show_all or chosen == "json" else [r for r in relations if r.contested]
            output.write(
                render_relations(
                    chosen_relations,
                    chosen,
                    tablefmt=tablefmt,
                    width=table_width(width, output.path),
                    errors=errors,
                    docs=docs,
                    corroborated=show_all,
                )
            )
    _report_errors(errors)
    if errors:
        sys.exit(2)


def _cluster_compare(client, kept: list, out_dir: str | None):
    """``compare_documents`` on the cluster, called as :func:`_isolating` calls it.

    The first call compares the corpus the cluster extracted (``kept``), where
    it is, and writes ``--out-dir``; a later call (one document failed the
    comparison) sends the documents it is given.
    """
    from provenance import distributed

    calls = []

    def compare(docs):
        first = not calls
        calls.append(len(docs))
        corpus = kept[0] if first and kept else distributed.scatter_documents(client, docs)
        return distributed.compare_partitions(corpus, out_dir=out_dir if first else None)

    return compare


#: Longest line ``relate`` reads, in bytes: a line holds two statements, not
#: articles.  A longer line is reported as bad and skipped.
MAX_RELATE_LINE = 1_000_000

#: How far ``relate`` looks for the end of an overlong line before it stops
#: reading (input with no line ends, such as a device, would never end).
MAX_RELATE_SKIP = 50_000_000


def _relate_lines(stream, name: str) -> Iterator[tuple[int, dict | str]]:
    """``(line number, pair)`` for each non-blank line of ``stream``, or
    ``(line number, problem)`` for a bad one; every line is read at most once."""
    number = 0
    while True:
        raw = stream.readline(MAX_RELATE_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_RELATE_LINE and not raw.endswith(b"\n"):
            skipped = len(raw)
            while raw and not raw.endswith(b"\n") and skipped <= MAX_RELATE_SKIP:
                raw = stream.readline(MAX_RELATE_LINE + 1)
                skipped += len(raw)
            if raw and not raw.endswith(b"\n"):
                yield number, f"no line end in {MAX_RELATE_SKIP:,} bytes; the rest of {name} is not read"
                return
            yield number, f"line longer than {MAX_RELATE_LINE:,} bytes"
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        yield number, _relate_pair(raw)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _relate_pair(raw: bytes) -> dict | str:
    """One ``relate`` input line parsed, or what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"not UTF-8: invalid byte 0x{raw[e.start]:02x} at offset {e.start}"
    try:
        item = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
        # Lone surrogates (\ud800) parse, but are not text: refuse them anywhere.
        json.dumps(item, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except RecursionError:
        return "JSON nested too deeply"
    except UnicodeEncodeError as e:
        return f"lone surrogate \\u{ord(e.object[e.start]):04x} in a string"
    except ValueError as e:
        return f"not JSON: {e}"
    if not isinstance(item, dict) or not isinstance(item.get("a"), str) or not isinstance(item.get("b"), str):
        return 'expected an object with string fields "a" and "b"'
    return item


@main.command("relate")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "-o",
    "--output",
    default="-",
    type=click.Path(dir_okay=False, writable=True, allow_dash=True),
    help="Write the JSON Lines here instead of stdout.",
)
def relate_command(source, output):
    """Judge pairs of statements read as JSON Lines from SOURCE (default: stdin).

    Each input line is {"id": ..., "a": "...", "b": "..."}; each output line is
    {"id", "relation", "kind", "score", "evidence"}, where relation is
    contested, corroborated, neutral (b is about a but neither supports nor
    denies it) or unrelated.  A bad line is reported on stderr with its number
    and the others are still judged; the exit code is then 2.

    \b
    Example:
        echo '{"id": 1, "a": "The mayor resigned.", "b": "The mayor denied resigning."}' | provenance relate
    """
    from provenance.compare import relate

    bad = 0
    name = "<stdin>" if source == "-" else one_line(source)
    with _outputs([(output, "jsonl")], lambda: [source]) as ((out, _),):
        try:
            stream = contextlib.nullcontext(sys.stdin.buffer) if source == "-" else open(source, "rb")  # noqa: SIM115
        except OSError as e:
            raise UsageError(f"{name}: cannot read: {e.strerror}") from None
        with stream as lines:
            for number, item in _relate_lines(lines, name):
                if isinstance(item, dict):
                    try:
                        r = relate(item["a"], item["b"])
                    except ProvenanceError as e:
                        item = f"cannot judge: {e}"
                if isinstance(item, str):
                    click.echo(f"provenance: error: {name}:{number}: {item}", err=True)
                    bad += 1
                    continue
                line = {
                    "id": item.get("id"),
                    "relation": str(r.relation),
                    "kind": str(r.kind) if r.kind else None,
                    "score": round(r.score, 3),
                    "evidence": r.evidence,
                }
                out.write(json.dumps(line, ensure_ascii=False, allow_nan=False) + "\n")
    if bad:
        sys.exit(2)


# -- export -----------------------------------------------------------------


@main.command("export")
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@format_option(export_.FORMATS)
@output_option("the export", ".prov.json or .json, .provn, .prov.xml or .xml, .ttl, .claimreview.json or .jsonld")
@published_option
@store_option("exported")
@jobs_option
@max_bytes_option
def export_command(paths, fmt, outputs, published, db_path, jobs, max_bytes):
    """Export the claims of the articles in PATHS, their sources and the
    relations between them as a provenance graph: W3C PROV (prov-json,
    prov-n, prov-xml, turtle) or schema.org ClaimReview for each contested
    pair (claimreview).  docs/prov.md describes the mapping.

    Identifiers are stable (the claim ids of `provenance report --format
    json`), so two exports of the same articles are identical.  The PROV
    formats need the extra: pip install 'provenance[prov]'.  Unreadable
    inputs are reported on stderr and the others exported; the exit code is
    then 2.

    \b
    Example:
        provenance export seeds/ -o seeds.prov.json
        provenance export --format prov-n seeds/
        provenance export seeds/ -o seeds.ttl -o seeds.claimreview.json
        provenance export --db provenance.db --format turtle
    """
    _check_documents(paths, published, db_path, "export")
    plan = plan_outputs(fmt, outputs, export_.FORMATS, export_.EXTENSIONS)
    try:
        for _, chosen in plan:
            export_.require(chosen)
    except ProvenanceError as e:
        raise UsageError(str(e)) from None
    from provenance.compare import compare_documents

    with _outputs(plan, lambda: _input_files(paths, db_path)) as opened:
        docs, errors = _documents(paths, published, db_path, jobs, max_bytes)
        docs, relations = _isolating(compare_documents, docs, errors)
        for output, chosen in opened:
            output.write(export_.render_export(docs, relations, chosen))
    _report_errors(errors)
    if errors:
        sys.exit(2)
