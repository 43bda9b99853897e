"""``provenance report``: every claim with its citations and sources."""

from __future__ import annotations

import sys

from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import out_dir_option, output_options, paths_argument, plan_outputs, reading_options
from provenance.cli.runs import UsageError, documents, isolating, report_errors, table_width
from provenance.errors import ProvenanceError
from provenance.report import FORMATS, render_report

__all__ = ["report"]

#: Formats whose output shows the contested pairs (the summary, the HTML page).
SHOWS_RELATIONS = ("text", "markdown", "html")


def relations_for(docs: list, errors: list, formats, compare=None):
    """``(docs, relations)``: the contested and corroborated pairs among
    ``docs``, once for all the outputs whose ``formats`` show them, else None;
    a document whose comparison fails is left out and reported in ``errors``.
    ``compare`` replaces ``compare_documents`` (a cluster's, :func:`~provenance.cli.runs.cluster_compare`)."""
    if not any(f in SHOWS_RELATIONS for f in formats):
        return docs, None
    if compare is None:
        from provenance.compare import compare_documents as compare

    return isolating(compare, docs, errors)


@main.command()
@paths_argument
@output_options(FORMATS, tables=True)
@reading_options
@out_dir_option
def report(paths, fmt, outputs, tablefmt, width, reading, out_dir):
    """Report every claim of the articles in PATHS with its citations and sources.

    The text report opens with a summary (articles, claims, citations,
    attributions, contested pairs), then gives per article a claims table and
    a sources table.  On a terminal the tables fit its width; piped output
    and files keep every cell whole.  Unreadable inputs are reported on stderr
    and the run goes on; the exit code is then 2.

    With --db FILE the documents come from a corpus store: PATHS, if any,
    are indexed into it first (only new and changed files are extracted),
    and the report is the same as without --db; without PATHS, every stored
    document is reported.

    \b
    Example:
        provenance report seeds/
        provenance report --format json seeds/
        provenance report seeds/ -o reports/seeds-citations.md -o reports/seeds.html
        provenance report --dates dates.csv --width 100 briefs/
        provenance report --db provenance.db --format json
        provenance report --scheduler local:4 --format json archive/ -o archive.json
        provenance report --scheduler tcp://scheduler:8786 --out-dir /shared/provenance /shared/archive/
    """
    articles = reading.resolve(paths, store_without_paths=True)
    plan = plan_outputs(fmt, outputs, FORMATS)
    with runs.outputs(plan, articles.inputs) as opened, runs.cluster(articles, out_dir) as articles:
        docs, errors = documents(articles)
        if out_dir:
            runs.write_datasets(articles, docs, out_dir)
        compare = runs.cluster_compare(articles)
        docs, relations = relations_for(docs, errors, [chosen for _, chosen in opened], compare)
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
    report_errors(errors)
    if errors:
        sys.exit(2)
