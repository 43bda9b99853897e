"""``provenance index``: add articles to a corpus store, or update them."""

from __future__ import annotations

import sys

import click

from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import paths_argument, reading_options
from provenance.cli.runs import index_events, open_store, report_errors
from provenance.printable import one_line

__all__ = ["index_command"]


@main.command("index")
@paths_argument
@click.option("--prune", is_flag=True, help="Drop stored documents under PATHS whose files are gone.")
@click.option(
    "--rebuild",
    is_flag=True,
    help="Build the store anew from PATHS (everything extracted again) and put it in place of "
    "the --db FILE when done, e.g. when it is damaged; until then it stays as it was.",
)
@reading_options
def index_command(paths, prune, rebuild, reading):
    """Add the articles in PATHS to the corpus store --db FILE (created when
    absent), or update them.

    Only new and changed files (by content, and by the options that change
    what is extracted: --published, --dates, the configuration) are extracted;
    unchanged ones are skipped, so re-indexing an archive costs in proportion
    to what changed.  Each document is written in its own transaction: an
    interrupted run leaves a consistent store that the next run completes, and
    several runs may share one store.  `report`, `lint`, `contested` and
    `export` read it with --db.  A store found damaged is an error (exit 2)
    naming it: --rebuild makes a new one from PATHS.

    Prints what was done; unreadable inputs are reported on stderr and the
    exit code is then 2.

    \b
    Example:
        provenance index --db corpus.db archive/
        provenance index --db corpus.db --prune --jobs 8 archive/
        provenance index --db corpus.db --rebuild archive/
        provenance report --db corpus.db --format json
        provenance index --db corpus.db --scheduler tcp://scheduler:8786 /shared/archive/
    """
    if not reading.db_path:
        raise click.UsageError("Missing option '--db': name the corpus store to add the articles to")
    articles = reading.resolve(paths)
    with runs.cluster(articles) as articles, open_store(reading.db_path, rebuild=rebuild) as store:
        events = index_events(store, articles, prune=prune)
        run = store.last_run()
    errors = [e.error for e in events if e.action == "error"]
    for e in events:
        if e.action in ("added", "updated", "removed"):
            click.echo(f"{e.action}: {one_line(e.path)}")
    click.echo(
        f"{one_line(reading.db_path)}: {run.added} added, {run.updated} updated, {run.unchanged} unchanged, "
        f"{run.removed} removed, {run.errors} errors (run {run.id})"
    )
    report_errors(errors)
    if errors:
        sys.exit(2)
