"""The ``provenance`` command.  Thin: parses options, calls the library, renders."""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys

import click
from tabulate import tabulate_formats

from provenance import __version__
from provenance.errors import InputError, ProvenanceError
from provenance.pipeline import extract_paths
from provenance.report import FORMATS, render_report

__all__ = ["main"]


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


def output_options(formats: tuple[str, ...]):
    """``--format``, ``--fmt`` and ``-o/--output``, shared by the reporting commands."""

    def decorate(f):
        @click.option("--format", "fmt", type=click.Choice(formats), default=None,
                      help=f"Output format [default: {formats[0]}, or from each --output file's extension].")
        @click.option("--fmt", "tablefmt", type=click.Choice(tabulate_formats), default=None,
                      metavar="STYLE",
                      help="Table style for text output, any of tabulate's: " + ", ".join(tabulate_formats) + ".")
        @click.option("-o", "--output", "outputs", multiple=True,
                      type=click.Path(dir_okay=False, writable=True, allow_dash=True),
                      help="Write the output to this file instead of stdout; repeat it to write several "
                           "files, each in the format its extension names (.txt, .md, .json, .csv).")
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            return f(*args, **kwargs)

        return wrapper

    return decorate


#: Output formats inferred from a file extension.
EXTENSIONS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".json": "json", ".csv": "csv",
              ".html": "html", ".htm": "html", ".sarif": "sarif"}


def plan_outputs(fmt: str | None, outputs: tuple[str, ...], formats: tuple[str, ...]) -> list[tuple[str, str]]:
    """Pair each output destination with its format; fail early on conflicts."""
    if not outputs:
        return [("-", fmt or formats[0])]
    if fmt and len(outputs) > 1:
        raise click.UsageError("--format names one format but several --output files were given; "
                               "drop --format and let each file's extension choose")
    plan = []
    for path in outputs:
        chosen = fmt or EXTENSIONS.get(os.path.splitext(path)[1].lower())
        if chosen is None:
            chosen = formats[0]
        if chosen not in formats:
            raise click.UsageError(f"--output {path}: format {chosen!r} is not one of {', '.join(formats)}")
        plan.append((path, chosen))
    return plan


def _write(path: str, content: str) -> None:
    if path == "-":
        click.echo(content, nl=False)
        return
    try:
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)
    except OSError as e:
        raise UsageError(f"{path}: cannot write: {e.strerror}") from None


def _report_errors(errors: list[InputError]) -> None:
    for e in errors:
        click.echo(f"provenance: error: {e}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def main() -> None:
    """Find where every statement in an article comes from, and where sources disagree."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True))
@output_options(FORMATS)
@click.option("--published", callback=_iso_date, metavar="YYYY-MM-DD",
              help="Publication date of the articles; overrides dates found in them.")
def report(paths, fmt, tablefmt, outputs, published):
    """Report every claim of the articles in PATHS with its citations and sources.

    PATHS are files, directories (searched for .txt, .md and .markdown files)
    or - for standard input.  Unreadable inputs are reported on stderr and the
    run goes on; the exit code is then 2.

    \b
    Example:
        provenance report seeds/
        provenance report --format json seeds/
        provenance report seeds/ -o reports/seeds-citations.md -o reports/seeds-citations.json
    """
    plan = plan_outputs(fmt, outputs, FORMATS)
    docs, errors = [], []
    for item in extract_paths(paths, published=published):
        (errors if isinstance(item, InputError) else docs).append(item)
    for path, chosen in plan:
        try:
            rendered = render_report(docs, chosen, tablefmt=tablefmt, errors=errors)
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
        _write(path, rendered)
    _report_errors(errors)
    if errors:
        sys.exit(2)
