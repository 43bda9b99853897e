"""``provenance contested``: claims that other claims contest, or corroborate."""

from __future__ import annotations

import functools
import sys

import click

from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import (
    min_score_option,
    out_dir_option,
    output_options,
    paths_argument,
    plan_outputs,
    reading_options,
)
from provenance.cli.runs import (
    extract_inputs,
    index_events,
    isolating,
    open_store,
    report_errors,
    sort_out,
    table_width,
)
from provenance.errors import InputError
from provenance.report import RELATION_FORMATS, render_relations

__all__ = ["contested_command"]


@main.command("contested")
@paths_argument
@output_options(RELATION_FORMATS, tables=True)
@click.option("--all", "show_all", is_flag=True, help="Also list corroborated claims (JSON always includes them).")
@min_score_option
@reading_options
@out_dir_option
def contested_command(paths, fmt, outputs, tablefmt, width, show_all, min_score, reading, out_dir):
    """List claims that other claims contest, within and across the articles in PATHS.

    A pair is contested when one claim denies another, states an incompatible
    fact about the same subject and time, or gives an incompatible number for
    the same event; the table shows what conflicts (the words or numbers of
    each side).  With --all, claims that independent sources corroborate are
    listed too.  The HTML page shows the pairs side by side, each linked to
    its claim highlighted in its article.

    With --db FILE, PATHS (if any) are indexed into the store first; then the
    documents the last index run added or changed are compared with the
    stored documents that share a name or counted event with them.

    \b
    Example:
        provenance contested seeds/
        provenance contested --all --format markdown seeds/
        provenance contested seeds/ -o contested.json -o contested.html
        provenance contested --db provenance.db new-articles/
        provenance contested --scheduler local:4 --format json archive/ -o contested.json
        provenance contested --scheduler tcp://scheduler:8786 --out-dir /shared/provenance /shared/archive/
    """
    from provenance.compare import compare_documents
    from provenance.corpus import changed_and_related

    articles = reading.resolve(paths, store_without_paths=True)
    plan = plan_outputs(fmt, outputs, RELATION_FORMATS)
    docs: list = []
    errors: list[InputError] = []
    changed = None
    with runs.outputs(plan, articles.inputs) as opened, runs.cluster(articles, out_dir) as articles:
        if articles.db_path:
            with open_store(articles.db_path) as store:
                if articles.paths:
                    indexed = index_events(store, articles)
                    errors.extend(event.error for event in indexed if event.action == "error")
                docs, changed = changed_and_related(store, jobs=reading.jobs)
        else:
            sort_out(extract_inputs(articles), docs, errors)
        compare = runs.cluster_compare(articles, out_dir, min_score=articles.min_score(min_score)) or (
            functools.partial(compare_documents, min_score=articles.min_score(min_score))
        )
        docs, compared = isolating(compare, docs, errors)
        relations = [r for r in compared if changed is None or r.a.doc in changed or r.b.doc in changed]
        for output, chosen in opened:
            shown = relations if show_all or chosen == "json" else [r for r in relations if r.contested]
            output.write(
                render_relations(
                    shown,
                    chosen,
                    tablefmt=tablefmt,
                    width=table_width(width, output.path),
                    errors=errors,
                    docs=docs,
                    corroborated=show_all,
                )
            )
    report_errors(errors)
    if errors:
        sys.exit(2)
