"""Rendering: documents as citation reports (text, Markdown, JSON, CSV, HTML)
and relations as contested-claims tables (text, Markdown, JSON, CSV, HTML).

One module per concern: :mod:`~provenance.report.contract` the JSON contract,
:mod:`~provenance.report.tables` the one table helper (width, wrapping, dates
as readers read them), :mod:`~provenance.report.tally` the source counts,
:mod:`~provenance.report.text` the text, Markdown and CSV report,
:mod:`~provenance.report.relations` the contested-claims outputs and
:mod:`~provenance.report.html` the HTML page.  Rows come from generators
(:func:`claim_rows`, :func:`source_rows`, :func:`relation_rows`) and go
through one table helper, so every format shows the same facts.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from provenance.errors import InputError
from provenance.model import Document
from provenance.report.contract import document_json, relation_json, report_json
from provenance.report.html import STATUSES, claim_status, render_html
from provenance.report.relations import RELATION_FORMATS, relation_rows, render_relations
from provenance.report.tables import human_date
from provenance.report.tally import corpus_source_rows, source_rows
from provenance.report.text import claim_rows, render_csv, render_text, summary_rows

__all__ = [
    "FORMATS",
    "RELATION_FORMATS",
    "STATUSES",
    "claim_rows",
    "claim_status",
    "corpus_source_rows",
    "document_json",
    "human_date",
    "relation_json",
    "relation_rows",
    "render_html",
    "render_relations",
    "render_report",
    "report_json",
    "source_rows",
    "summary_rows",
]

#: Output formats of ``provenance report``.
FORMATS = ("text", "markdown", "json", "csv", "html")


def render_report(
    docs: Sequence[Document],
    fmt: str = "text",
    *,
    tablefmt: str | None = None,
    width: int | None = None,
    errors: Sequence[InputError] = (),
    relations: Sequence | None = None,
) -> str:
    """Render ``docs`` in one of :data:`FORMATS`.

    Args:
        docs: the documents, in the order reported.
        fmt: the output format.
        tablefmt: tabulate's table style for text and Markdown.
        width: fit text tables in this many columns (None: every cell whole).
        errors: unreadable inputs (JSON and HTML list them).
        relations: the contested and corroborated pairs among ``docs``
            (:func:`provenance.compare.compare_documents`), for the summary
            and the HTML page; None compares ``docs`` when a format needs them.
    """
    if fmt == "json":
        return json.dumps(report_json(docs, errors), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(docs)
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    if relations is None:
        from provenance.compare import compare_documents

        relations = compare_documents(docs)
    if fmt == "html":
        return render_html(docs, relations, errors=errors)
    markdown = fmt == "markdown"
    style = tablefmt or ("github" if markdown else "simple")
    return render_text(docs, tablefmt=style, markdown=markdown, width=width, relations=relations)
