"""Rendering documents as citation reports (text, Markdown, JSON, CSV and HTML)
and relations as contested-claims tables.

One module per concern: :mod:`~provenance.report.contract` (the JSON
contract's shapes), :mod:`~provenance.report.tables` (rows, text and Markdown
tables), :mod:`~provenance.report.data` (JSON and CSV),
:mod:`~provenance.report.page` (the HTML page) and
:mod:`~provenance.report.relations` (contested-claims tables).

Reports stream: :func:`report_stream` gives, for a format, an object whose
``head()``, ``document(doc)`` for each document in turn, and
``tail(errors)`` return the report's parts, so a report of any corpus is
written one document at a time and memory depends on the largest document,
not on the corpus.  The HTML page is the exception: it compares the
documents with each other, so its stream holds them.  :func:`render_report`
joins the parts for a list of documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from provenance.errors import InputError
from provenance.model import Document
from provenance.report.contract import document_json, relation_json, report_json, versioned_json
from provenance.report.data import CsvStream, JsonStream, render_csv
from provenance.report.page import STATUSES, HtmlStream, claim_status, render_html
from provenance.report.relations import RELATION_FORMATS, relation_rows, render_relations
from provenance.report.tables import TextStream, claim_rows, corpus_source_rows, render_text, source_rows

__all__ = [
    "FORMATS",
    "RELATION_FORMATS",
    "STATUSES",
    "ReportStream",
    "claim_rows",
    "claim_status",
    "corpus_source_rows",
    "document_json",
    "relation_json",
    "relation_rows",
    "render_csv",
    "render_html",
    "render_relations",
    "render_report",
    "render_text",
    "report_json",
    "report_stream",
    "source_rows",
    "versioned_json",
]

#: Output formats of ``provenance report``.
FORMATS = ("text", "markdown", "json", "csv", "html")


class ReportStream(Protocol):
    """A report written one document at a time: ``head()``, then
    ``document(doc)`` for each document, then ``tail(errors)``; the parts
    joined are the report."""

    def head(self) -> str: ...

    def document(self, doc: Document) -> str: ...

    def tail(self, errors: Sequence[InputError] = ()) -> str: ...


def report_stream(fmt: str, *, tablefmt: str | None = None, compare=None) -> ReportStream:
    """The stream of a report in one of :data:`FORMATS`.

    Args:
        fmt: the format.
        tablefmt: tabulate's table style, for ``text`` and ``markdown``.
        compare: for ``html``, ``compare(docs) -> (docs, relations)`` (see
            :class:`~provenance.report.page.HtmlStream`).

    >>> import provenance
    >>> stream = report_stream("json")
    >>> parts = [stream.head(), stream.document(provenance.extract("It rained (Herald, May 1, 2020).")), stream.tail()]
    >>> import json; len(json.loads("".join(parts))["documents"])
    1
    """
    if fmt == "json":
        return JsonStream()
    if fmt == "csv":
        return CsvStream()
    if fmt == "markdown":
        return TextStream(tablefmt=tablefmt or "github", markdown=True)
    if fmt == "text":
        return TextStream(tablefmt=tablefmt or "simple")
    if fmt == "html":
        return HtmlStream(compare)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def render_report(
    docs: Iterable[Document],
    fmt: str = "text",
    *,
    tablefmt: str | None = None,
    errors: Sequence[InputError] = (),
) -> str:
    """Render ``docs`` in one of :data:`FORMATS` (the parts of :func:`report_stream`, joined)."""
    stream = report_stream(fmt, tablefmt=tablefmt)
    return stream.head() + "".join(stream.document(d) for d in docs) + stream.tail(errors)
