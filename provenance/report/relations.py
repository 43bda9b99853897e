"""Relations as contested-claims tables: text, Markdown, JSON and CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Sequence

from tabulate import tabulate

from provenance.errors import InputError
from provenance.printable import one_line, visible
from provenance.report.contract import relation_json, versioned_json
from provenance.report.tables import cut

__all__ = ["RELATION_CLAIM_WIDTH", "RELATION_FORMATS", "relation_rows", "render_relations"]


#: Output formats of ``provenance contested``.
RELATION_FORMATS = ("text", "markdown", "json", "csv")

#: Widest claim text shown in a contested-claims table cell.
RELATION_CLAIM_WIDTH = 60


def _side_cell(side, width: int | None) -> str:
    text = cut(side.text, width) if width else " ".join(side.text.split())
    sources = ", ".join(side.sources) or "unsourced"
    where = one_line(os.path.basename(side.doc)) if side.doc else ""
    return (
        f"{text}\n— {sources}, {side.date or 'undated'}\n  {where}"
        if width
        else (f"{text} — {sources}, {side.date or 'undated'}, {where}")
    )


def relation_rows(relations, *, width: int | None = RELATION_CLAIM_WIDTH) -> Iterator[dict]:
    """Rows of the contested-claims table, in the relations' order."""
    for r in relations:
        yield {
            "subject": r.subject or "",
            "claim A": _side_cell(r.a, width),
            "claim B": _side_cell(r.b, width),
            "kind": str(r.kind),
            "score": f"{r.score:.2f}",
            "why": r.evidence,
        }


def render_relations(
    relations, fmt: str = "text", *, tablefmt: str | None = None, errors: Sequence[InputError] = ()
) -> str:
    """Render relations in one of :data:`RELATION_FORMATS`."""
    relations = list(relations)
    if fmt == "json":
        out = versioned_json("relations", [relation_json(r) for r in relations], errors)
        return json.dumps(out, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
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
    if fmt not in ("text", "markdown"):
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(RELATION_FORMATS)}")
    if not relations:
        return "No contested claims.\n"
    markdown = fmt == "markdown"
    rows = [
        {k: visible(v) for k, v in r.items()}
        for r in relation_rows(relations, width=None if markdown else RELATION_CLAIM_WIDTH)
    ]
    if markdown:
        rows = [{k: v.replace("|", "\\|") for k, v in r.items()} for r in rows]
    table = tabulate(
        rows,
        headers="keys",
        tablefmt=tablefmt or ("github" if markdown else "grid"),
        disable_numparse=True,
        maxcolwidths=None if markdown else [16, None, None, 13, 5, 40],
    )
    counts: dict[str, int] = {}
    for r in relations:
        counts[str(r.relation)] = counts.get(str(r.relation), 0) + 1
    summary = ", ".join(f"{n} {rel}" for rel, n in sorted(counts.items()))
    return f"{table}\n\n{summary}\n"
