"""``provenance report``: every claim with its citations and sources."""

from __future__ import annotations

import sys

from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import out_dir_option, output_options, paths_argument, plan_outputs, reading_options
from provenance.cli.runs import UsageError, isolating, iter_documents, report_errors, table_width
from provenance.errors import InputError, ProvenanceError
from provenance.report import FORMATS, report_stream

__all__ = ["report"]


def relations_once(errors: list, compare=None):
    """``relations(docs) -> (docs, relations)`` for the reports that show the
    contested pairs (the summary, the HTML page): computed once for all of
    them, with the per-document boundary (a document whose comparison fails is
    left out and reported in ``errors``).  ``compare`` replaces
    ``compare_documents`` (a cluster's: :func:`~provenance.cli.runs.cluster_compare`)."""
    done: list = []

    def relations(docs):
        if not done:
            from provenance.compare import compare_documents

            done.append(isolating(compare or compare_documents, docs, errors))
        return done[0]

    return relations


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
    errors: list[InputError] = []
    with runs.outputs(plan, articles.inputs) as opened, runs.cluster(articles, out_dir) as articles:
        # One document at a time through every output (JSON and CSV hold no
        # other).  Text, Markdown and HTML open with totals over the whole run,
        # so they are written at the end, and first: documents whose
        # comparison fails are then listed as errors in the JSON too.
        relations = relations_once(errors, runs.cluster_compare(articles))
        streams = [
            (
                output,
                report_stream(chosen, tablefmt=tablefmt, width=table_width(width, output.path), relations=relations),
            )
            for output, chosen in sorted(opened, key=lambda o: o[1] in ("json", "csv"))
        ]
        try:
            for output, stream in streams:
                output.write(stream.head())
            # For --out-dir, documents the cluster does not already hold (read from --db) are
            # kept here and sent to it at the end; extracted ones stay on the workers.
            written = []
            for doc in iter_documents(articles, errors):
                if out_dir and not articles.kept:
                    written.append(doc)
                for output, stream in streams:
                    output.write(stream.document(doc))
                    output.flush()
            if out_dir:
                runs.write_datasets(articles, written, out_dir)
            for output, stream in streams:
                output.write(stream.tail(errors))
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
    report_errors(errors)
    if errors:
        sys.exit(2)
