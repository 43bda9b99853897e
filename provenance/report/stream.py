"""Reports written one document at a time.

:func:`report_stream` gives, for a format, an object whose ``head()``,
``document(doc)`` for each document in turn, and ``tail(errors)`` return the
report's parts; joined, they are what :func:`provenance.report.render_report`
gives for the same documents.  JSON and CSV hold nothing but the document
being written, so a report of any corpus takes the memory of its largest
document.  Text, Markdown and HTML open with a summary of the whole run that
counts the contested pairs (and the page shows them), so their streams hold
the documents and write at the end.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from typing import Protocol

from provenance.errors import InputError
from provenance.model import Document
from provenance.report.contract import REPORT_VERSION, document_json, errors_json
from provenance.report.text import CSV_FIELDS, csv_rows

__all__ = ["CsvStream", "JsonStream", "ReportStream", "WholeReport", "report_stream"]

#: ``relations(docs) -> (docs, relations)``: the documents kept and the
#: contested and corroborated pairs among them.
Relations = Callable[[list[Document]], tuple[list[Document], Sequence | None]]


class ReportStream(Protocol):
    """A report written one document at a time: ``head()``, ``document(doc)``
    for each document, then ``tail(errors)``; the parts joined are the report."""

    def head(self) -> str: ...

    def document(self, doc: Document) -> str: ...

    def tail(self, errors: Sequence[InputError] = ()) -> str: ...


def _indent(text: str, prefix: str) -> str:
    """``prefix`` before every line of JSON ``text`` that is not empty.

    Lines end at ``\n`` only: JSON written with ``ensure_ascii=False`` keeps
    U+0085, U+2028 and other characters that ``str.splitlines`` (and so
    ``textwrap.indent``) takes for line ends, and indenting after them would
    change the strings.
    """
    return "\n".join(prefix + line if line else line for line in text.split("\n"))


class JsonStream:
    """``{"version": 2, "documents": [...], "errors": [...]}``, one document at a
    time: exactly ``json.dumps(report_json(docs, errors), indent=2)``."""

    def __init__(self) -> None:
        self.count = 0

    def head(self) -> str:
        return f'{{\n  "version": {REPORT_VERSION},\n  "documents": ['

    def document(self, doc: Document) -> str:
        text = json.dumps(document_json(doc), ensure_ascii=False, indent=2)
        self.count += 1
        return ("\n" if self.count == 1 else ",\n") + _indent(text, "    ")

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        out = "\n  ]" if self.count else "]"
        if errors:
            listed = json.dumps(errors_json(errors), ensure_ascii=False, indent=2)
            out += ',\n  "errors": ' + _indent(listed, "  ")[2:]
        return out + "\n}\n"


class CsvStream:
    """The CSV report (:func:`~provenance.report.text.render_csv`), one document at a time."""

    def __init__(self) -> None:
        self.buffer = io.StringIO()
        self.writer = csv.DictWriter(self.buffer, fieldnames=CSV_FIELDS, lineterminator="\n")

    def _taken(self) -> str:
        out = self.buffer.getvalue()
        self.buffer.seek(0)
        self.buffer.truncate()
        return out

    def head(self) -> str:
        self.writer.writeheader()
        return self._taken()

    def document(self, doc: Document) -> str:
        self.writer.writerows(csv_rows(doc))
        return self._taken()

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        return ""


class WholeReport:
    """A report that needs every document before it starts (text, Markdown and
    HTML: the summary and the page count the contested pairs): the documents
    are held as they come and the report is written by :meth:`tail`."""

    def __init__(self, fmt: str, *, tablefmt: str | None, width: int | None, relations: Relations | None):
        self.fmt, self.tablefmt, self.width, self.relations = fmt, tablefmt, width, relations
        self.docs: list[Document] = []

    def head(self) -> str:
        return ""

    def document(self, doc: Document) -> str:
        self.docs.append(doc)
        return ""

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        from provenance.report import render_report

        docs, relations = self.relations(self.docs) if self.relations else (self.docs, None)
        self.docs = []
        return render_report(
            docs, self.fmt, tablefmt=self.tablefmt, width=self.width, errors=errors, relations=relations
        )


def report_stream(
    fmt: str, *, tablefmt: str | None = None, width: int | None = None, relations: Relations | None = None
) -> ReportStream:
    """The stream of a report in one of :data:`provenance.report.FORMATS`.

    Args:
        fmt: the format.
        tablefmt: tabulate's table style, for text and Markdown.
        width: fit text tables in this many columns (None: every cell whole).
        relations: for text, Markdown and HTML, ``relations(docs) -> (docs,
            relations)``; None compares the documents when the report is written.

    >>> import json, provenance
    >>> stream = report_stream("json")
    >>> doc = provenance.extract("It rained (Herald, May 1, 2020).")
    >>> len(json.loads(stream.head() + stream.document(doc) + stream.tail())["documents"])
    1
    """
    if fmt == "json":
        return JsonStream()
    if fmt == "csv":
        return CsvStream()
    return WholeReport(fmt, tablefmt=tablefmt, width=width, relations=relations)
