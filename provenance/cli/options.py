"""Every option of the ``provenance`` command, defined once.

Commands take options only from here, so that an option means the same
thing everywhere: the same name, default, type and help.  ``tests/test_cli_options.py``
walks every command and checks it.

- Articles read: PATHS (``paths_argument``) and :func:`reading_options`
  (``--published``, ``--dates``, ``--config``, ``--encoding``,
  ``--max-bytes``, ``-j/--jobs``, ``--db``), handed to the command as one
  :class:`~provenance.cli.runs.Reading` value.
- Output: :func:`output_options` (``--format``, ``-o/--output`` and, for
  commands that print tables, ``--fmt`` and ``--width``).
- Relations: ``--min-score``.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Mapping, Sequence

import click
from tabulate import tabulate_formats

from provenance.compare.statement import MIN_SCORE
from provenance.document import AUTO_ENCODING, MAX_INPUT_BYTES, check_encoding
from provenance.errors import ConfigError
from provenance.published import iso_date

__all__ = [
    "EXTENSIONS",
    "endings",
    "min_score_option",
    "output_options",
    "paths_argument",
    "plan_outputs",
    "reading_options",
]

#: Output formats inferred from a file's extension (the longest matching ending wins).
EXTENSIONS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
    ".sarif": "sarif",
}


def endings(formats: Sequence[str], extensions: Mapping[str, str] = EXTENSIONS) -> str:
    """The file endings that choose each of ``formats``, as the help of ``-o`` lists them.

    >>> endings(("text", "json", "github"))
    '.txt (text), .json (json)'
    """
    shown = []
    for fmt in formats:
        names = [e for e, f in extensions.items() if f == fmt]
        if names:
            shown.append(f"{' or '.join(names)} ({fmt})")
    return ", ".join(shown)


def plan_outputs(
    fmt: str | None,
    outputs: Sequence[str],
    formats: Sequence[str],
    extensions: Mapping[str, str] = EXTENSIONS,
) -> list[tuple[str, str]]:
    """Pair each output destination with its format; fail early on conflicts.

    A file's format is ``fmt``, else the one its longest matching ending in
    ``extensions`` names (``.prov.json`` before ``.json``), else the first of
    ``formats``.  An ending that names a format the command does not write is
    a usage error naming the file.
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
        named = next((extensions[e] for e in sorted(extensions, key=len, reverse=True) if name.endswith(e)), None)
        chosen = fmt or named or formats[0]
        if chosen not in formats:
            raise click.UsageError(
                f"--output {path}: this command does not write {chosen}; its formats: {', '.join(formats)}"
            )
        plan.append((path, chosen))
    return plan


def _stack(*decorators: Callable) -> Callable:
    """One decorator applying ``decorators`` (the first outermost, as written above a function)."""

    def decorate(f):
        for d in reversed(decorators):
            f = d(f)
        return f

    return decorate


# -- output ------------------------------------------------------------------


def _format_option(formats: Sequence[str]) -> Callable:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(formats),
        default=None,
        help="Output format [default: the first one listed, or for each --output file the one its extension names].",
    )


def _output_option(formats: Sequence[str], extensions: Mapping[str, str]) -> Callable:
    return click.option(
        "-o",
        "--output",
        "outputs",
        multiple=True,
        metavar="FILE",
        type=click.Path(dir_okay=False, writable=True, allow_dash=True),
        help="Write to FILE instead of standard output (- is standard output); repeat it to write "
        f"several files, each in the format its extension names: {endings(formats, extensions)}.",
    )


_fmt_option = click.option(
    "--fmt",
    "tablefmt",
    type=click.Choice(tabulate_formats),
    default=None,
    metavar="STYLE",
    help="Table style of text and Markdown tables, any of tabulate's: " + ", ".join(tabulate_formats) + ".",
)

_width_option = click.option(
    "--width",
    type=click.IntRange(min=20),
    default=None,
    metavar="N",
    help="Fit text tables in N columns, wrapping long cells [default: the terminal's width on a "
    "terminal; piped output and files keep every cell whole].",
)


def output_options(
    formats: Sequence[str], *, tables: bool = False, extensions: Mapping[str, str] = EXTENSIONS
) -> Callable:
    """``--format`` (one of ``formats``) and ``-o/--output`` (repeatable, the
    format from each file's extension); with ``tables``, also ``--fmt`` and
    ``--width`` for the tables of text and Markdown output.

    The command gets ``fmt``, ``outputs`` and, with ``tables``, ``tablefmt``
    and ``width``.
    """
    table_options = (_fmt_option, _width_option) if tables else ()
    return _stack(_format_option(formats), _output_option(formats, extensions), *table_options)


# -- reading articles ----------------------------------------------------------

#: PATHS of the commands that read articles.
paths_argument = click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))


def _iso_date(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return iso_date(value, param.name)
    except ConfigError:
        raise click.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _encoding(ctx, param, value: str) -> str:
    try:
        return check_encoding(value)
    except LookupError:
        raise click.BadParameter(f"{value!r} is not an encoding Python knows (see the codecs module)") from None


_published_option = click.option(
    "--published",
    callback=_iso_date,
    metavar="YYYY-MM-DD",
    help="Publication date of every article read, over any date found in it, --dates and the configuration.",
)

_dates_option = click.option(
    "--dates",
    "dates_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Publication dates per file: a CSV or TSV table with the header row path,date and a "
    "path or glob per row (relative to FILE's directory; the last matching row wins).  An "
    "article's own date wins over it; it wins over the configuration's published key.",
)

_config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Read the configuration from FILE instead of the nearest .provenance.toml or "
    "pyproject.toml [tool.provenance] above PATHS.",
)

_encoding_option = click.option(
    "--encoding",
    default="utf-8",
    show_default=True,
    callback=_encoding,
    metavar="NAME",
    help=f"How the articles' bytes are decoded: any codec Python knows (cp1252, latin-1, utf-16), "
    f"or {AUTO_ENCODING} to detect each file's (UTF-8 first, else charset-normalizer's guess).  "
    "A file that does not decode is an input error naming it and the first bad byte.",
)

_max_bytes_option = click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=MAX_INPUT_BYTES,
    show_default=True,
    metavar="N",
    help="Refuse an input larger than N bytes (an input error, exit 2); pipes and "
    "devices are read up to N bytes and no further.",
)

_jobs_option = click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Extract on N processes [default: the number of cores]; "
    "the output is the same, in the same order, whatever N is.",
)

_scheduler_option = click.option(
    "--scheduler",
    metavar="ADDRESS|local:N",
    default=None,
    help="Extract and compare on a Dask cluster: the address of a running `dask scheduler` "
    "(tcp://host:8786) or local:N for N worker processes here; the output is the same as "
    "without it.  Needs `pip install 'provenance[dask]'`; workers must read the same files.",
)

#: ``--out-dir DIR`` of report and contested: partitioned JSON Lines written by a cluster's workers.
out_dir_option = click.option(
    "--out-dir",
    type=click.Path(file_okay=False),
    metavar="DIR",
    default=None,
    help="With --scheduler, the workers also write claims/, evidence/ (and for contested "
    "relations/) under DIR as JSON Lines partitions part-00000.jsonl, ... in input order.",
)

_db_option = click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="The corpus store, an SQLite file (see `provenance index`); there is no default store.",
)


def reading_options(f: Callable) -> Callable:
    """The options of every command that reads articles, handed to it as one
    ``reading`` argument (a :class:`~provenance.cli.runs.Reading`)."""
    from provenance.cli.runs import Reading

    @_stack(
        _published_option,
        _dates_option,
        _config_option,
        _encoding_option,
        _max_bytes_option,
        _jobs_option,
        _scheduler_option,
        _db_option,
    )
    @functools.wraps(f)
    def command(*args, published, dates_path, config_path, encoding, max_bytes, jobs, scheduler, db_path, **kwargs):
        reading = Reading(
            published=published,
            dates_path=dates_path,
            config_path=config_path,
            encoding=encoding,
            max_bytes=max_bytes,
            jobs=jobs,
            db_path=db_path,
            scheduler=scheduler,
        )
        return f(*args, reading=reading, **kwargs)

    return command


# -- relations -----------------------------------------------------------------

#: ``--min-score SCORE`` of the commands that report relations.
min_score_option = click.option(
    "--min-score",
    type=click.FloatRange(0, 1),
    default=None,
    metavar="SCORE",
    help="Report only relations the comparator scores at least SCORE (0-1) [default: the min-score "
    f"key of the configuration, else the comparator's threshold, {MIN_SCORE}].",
)
