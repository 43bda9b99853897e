"""The machine-readable report: JSON (the contract, version 1) and CSV, one
document at a time.

A stream's parts joined are one valid document however many documents go
through it: the JSON is exactly what ``json.dumps(report_json(docs),
indent=2)`` gives, written as each document comes.
"""

from __future__ import annotations

import csv
import io
import json
import textwrap
from collections.abc import Iterable, Sequence

from provenance.errors import InputError
from provenance.model import Citation, Document
from provenance.printable import one_line
from provenance.report.contract import document_json, errors_json

__all__ = ["CSV_FIELDS", "CsvStream", "JsonStream", "render_csv"]


class JsonStream:
    """``{"version": 1, "documents": [...], "errors": [...]}``, one document at a time."""

    def __init__(self) -> None:
        self.count = 0

    def head(self) -> str:
        return '{\n  "version": 1,\n  "documents": ['

    def document(self, doc: Document) -> str:
        text = json.dumps(document_json(doc), ensure_ascii=False, indent=2)
        self.count += 1
        return ("\n" if self.count == 1 else ",\n") + textwrap.indent(text, "    ")

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        out = "\n  ]" if self.count else "]"
        if errors:
            listed = json.dumps(errors_json(errors), ensure_ascii=False, indent=2)
            out += ',\n  "errors": ' + textwrap.indent(listed, "  ")[2:]
        return out + "\n}\n"


CSV_FIELDS = (
    "path",
    "article",
    "claim_id",
    "claim_start",
    "claim_end",
    "claim",
    "hedged",
    "kind",
    "source",
    "speaker",
    "date",
    "date_end",
    "raw",
    "start",
    "end",
)


class CsvStream:
    """One row per claim and piece of evidence (claims without evidence get one
    row), one document at a time."""

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
        for claim in doc.claims:
            base = {
                "path": one_line(doc.path),
                "article": claim.article + 1,
                "claim_id": one_line(claim.id),
                "claim_start": claim.start,
                "claim_end": claim.end,
                "claim": claim.text,
                "hedged": claim.hedged,
            }
            for e in claim.evidence or (None,):
                row = dict(base)
                if e is not None:
                    row.update(kind=e.kind.value, source=e.source.name, start=e.start, end=e.end)
                    if isinstance(e, Citation):
                        row.update(date=e.date, date_end=e.date_end, raw=e.raw)
                    else:
                        row.update(speaker=e.speaker, raw=e.cue)
                self.writer.writerow(row)
        return self._taken()

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        return ""


def render_csv(docs: Iterable[Document]) -> str:
    """One row per claim and piece of evidence (claims without evidence get one row)."""
    stream = CsvStream()
    return stream.head() + "".join(stream.document(d) for d in docs) + stream.tail()
