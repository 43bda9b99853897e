"""Contested and corroborated pairs: the contested-claims table (text,
Markdown), JSON, CSV and the HTML page.

The table puts what conflicts first (subject, kind, and the words or numbers
that disagree), then the two claims with their sources, dates and documents.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence

from provenance.errors import InputError
from provenance.model import SUBJECT_IN_EVIDENCE, Document
from provenance.printable import one_line
from provenance.report.contract import relation_json, versioned_json
from provenance.report.html import CONTESTED_SECTIONS, render_html
from provenance.report.tables import human_date, squeeze, table

__all__ = ["RELATION_FORMATS", "conflict", "relation_rows", "render_relations"]

#: Output formats of ``provenance contested``.
RELATION_FORMATS = ("text", "markdown", "json", "csv", "html")

#: Columns of the contested-claims table that wrap to fit a width, with their
#: shares of the room: the two claims most, what conflicts next.
RELATION_WRAP = {"subject": 2, "conflict": 2, "claim A": 3, "claim B": 3}


# The subject part of a relation's evidence, with the separator before it:
#   'a: "left", b: "stayed", same subject: the mayor, in May' -> ', same subject: the mayor'
_SUBJECT_PART = re.compile(r"[,;]?\ *(?:" + SUBJECT_IN_EVIDENCE.pattern + ")", re.VERBOSE)


def conflict(evidence: str) -> str:
    """What disagrees, from a relation's evidence: the words or numbers of
    each side, without the subject the table shows in its own column.

    >>> conflict('a: 170 civilian killed, b: dozens (24-99) civilian killed, same subject: ISKP')
    'a: 170 civilian killed, b: dozens (24-99) civilian killed'
    >>> conflict('b denies a ("refuted those reports"), same subject: Saleh')
    'b denies a ("refuted those reports")'
    """
    return _SUBJECT_PART.sub("", evidence).strip()


def _side_cell(side, multiline: bool) -> str:
    sources = ", ".join(side.sources) or "unsourced"
    where = one_line(os.path.basename(side.doc)) if side.doc else ""
    said = f"{sources}, {human_date(side.date) or 'undated'}"
    if multiline:
        return f"{squeeze(side.text)}\n— {said}\n  {where}"
    return f"{squeeze(side.text)} — {said}, {where}"


def relation_rows(relations, *, multiline: bool = True) -> Iterator[dict]:
    """Rows of the contested-claims table, in the relations' order.

    Args:
        relations: the pairs (:class:`~provenance.model.Relation` or alike).
        multiline: each claim cell as its text, then its sources and date,
            then its document, on lines of their own; else on one line.
    """
    for r in relations:
        yield {
            "subject": r.subject or "",
            "kind": str(r.kind),
            "conflict": conflict(r.evidence),
            "claim A": _side_cell(r.a, multiline),
            "claim B": _side_cell(r.b, multiline),
            "score": f"{r.score:.2f}",
        }


def _csv(relations: Sequence) -> str:
    buf = io.StringIO()
    fields = ("relation", "kind", "score", "subject", "evidence")
    sides = ("doc", "start", "end", "text", "sources", "date")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow([*fields, *(f"{s}_{k}" for s in "ab" for k in sides)])
    for r in relations:
        row = [str(r.relation), str(r.kind), f"{r.score:.3f}", r.subject or "", r.evidence]
        for side in (r.a, r.b):
            row += [one_line(side.doc), side.start, side.end, side.text, "; ".join(side.sources), side.date]
        writer.writerow(row)
    return buf.getvalue()


def _involved(docs: Iterable[Document], relations: Sequence) -> list[Document]:
    """The documents that hold a side of one of ``relations``, in the order given."""
    paths = {side.doc for r in relations for side in (r.a, r.b)}
    return [d for d in docs if d.path in paths]


def render_relations(
    relations,
    fmt: str = "text",
    *,
    tablefmt: str | None = None,
    width: int | None = None,
    errors: Sequence[InputError] = (),
    docs: Iterable[Document] = (),
    corroborated: bool = False,
) -> str:
    """Render relations in one of :data:`RELATION_FORMATS`.

    Args:
        relations: the pairs, in the order shown.
        fmt: the output format.
        tablefmt: tabulate's table style for text and Markdown.
        width: fit the text table in this many columns (None: every cell whole).
        errors: unreadable inputs (JSON lists them; the HTML page too).
        docs: the documents the relations come from: the HTML page shows
            those that hold a claim of a pair, with the claims in context.
        corroborated: the HTML page has a section for corroborated pairs.
    """
    relations = list(relations)
    if fmt == "json":
        out = versioned_json("relations", [relation_json(r) for r in relations], errors)
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return _csv(relations)
    if fmt == "html":
        sections = CONTESTED_SECTIONS if corroborated else tuple(s for s in CONTESTED_SECTIONS if s != "corroborated")
        return render_html(
            _involved(docs, relations), relations, errors=errors, title="Contested claims", sections=sections
        )
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(RELATION_FORMATS)}")
    if not relations:
        return "No contested claims.\n"
    markdown = fmt == "markdown"
    rows = list(relation_rows(relations, multiline=not markdown))
    style = tablefmt or ("github" if markdown else "grid")
    rendered = table(rows, style, width=None if markdown else width, wrap=RELATION_WRAP, markdown=markdown)
    counts: dict[str, int] = {}
    for r in relations:
        counts[str(r.relation)] = counts.get(str(r.relation), 0) + 1
    summary = ", ".join(f"{n} {rel}" for rel, n in sorted(counts.items()))
    return f"{rendered}\n\n{summary}\n"
