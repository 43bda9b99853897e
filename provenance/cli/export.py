"""``provenance export``: claims, sources and relations as a provenance graph."""

from __future__ import annotations

import functools
import sys

from provenance import export as export_
from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import min_score_option, output_options, paths_argument, plan_outputs, reading_options
from provenance.cli.runs import UsageError, documents, isolating, report_errors
from provenance.errors import ProvenanceError

__all__ = ["export_command"]


@main.command("export")
@paths_argument
@output_options(export_.FORMATS, extensions=export_.EXTENSIONS)
@min_score_option
@reading_options
def export_command(paths, fmt, outputs, min_score, reading):
    """Export the claims of the articles in PATHS, their sources and the
    relations between them as a provenance graph: W3C PROV (prov-json,
    prov-n, prov-xml, turtle) or schema.org ClaimReview for each contested
    pair (claimreview).  docs/prov.md describes the mapping.

    Identifiers are stable (the claim ids of `provenance report --format
    json`), so two exports of the same articles are identical.  The PROV
    formats need the extra: pip install 'provenance[prov]'.  Unreadable
    inputs are reported on stderr and the others exported; the exit code is
    then 2.  With --db and no PATHS, every stored document is exported.

    \b
    Example:
        provenance export seeds/ -o seeds.prov.json
        provenance export --format prov-n seeds/
        provenance export seeds/ -o seeds.ttl -o seeds.claimreview.json
        provenance export --db provenance.db --format turtle
    """
    articles = reading.resolve(paths, store_without_paths=True)
    plan = plan_outputs(fmt, outputs, export_.FORMATS, export_.EXTENSIONS)
    try:
        for _, chosen in plan:
            export_.require(chosen)
    except ProvenanceError as e:
        raise UsageError(str(e)) from None
    from provenance.compare import compare_documents

    compare = functools.partial(compare_documents, min_score=articles.min_score(min_score))
    with runs.outputs(plan, articles.inputs) as opened:
        docs, errors = documents(articles)
        docs, relations = isolating(compare, docs, errors)
        for output, chosen in opened:
            output.write(export_.render_export(docs, relations, chosen))
    report_errors(errors)
    if errors:
        sys.exit(2)
