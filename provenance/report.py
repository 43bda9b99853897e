"""Rendering documents as citation reports: text, Markdown, JSON and CSV.

Rows come from generators (:func:`claim_rows`, :func:`source_rows`) and go
through one table helper, so every format shows the same facts.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator, Sequence

import attrs
from tabulate import tabulate

from provenance.errors import InputError
from provenance.model import Attribution, Citation, Claim, Document, SourceKind

__all__ = [
    "FORMATS",
    "claim_rows",
    "document_json",
    "render_report",
    "report_json",
    "source_rows",
]

#: Output formats of ``provenance report``.
FORMATS = ("text", "markdown", "json", "csv")

#: Widest claim text shown in a text table before it is cut with "…".
CLAIM_WIDTH = 78

#: How the sources table groups source kinds.
KIND_GROUPS = {
    SourceKind.PERSON: "people",
    SourceKind.ANONYMOUS: "anonymous",
}


def evidence_json(e: Citation | Attribution) -> dict:
    """One evidence item in the JSON contract's shape."""
    if isinstance(e, Citation):
        return {
            "kind": "citation",
            "source": e.source.name,
            "date": e.date,
            "date_end": e.date_end,
            "raw": e.raw,
            "start": e.start,
            "end": e.end,
        }
    out = {
        "kind": "attribution",
        "source": e.source.name,
        "speaker": e.speaker,
        "cue": e.cue,
        "start": e.start,
        "end": e.end,
        "cue_start": e.cue_start,
        "cue_end": e.cue_end,
        "content_start": e.content_start,
        "content_end": e.content_end,
        "anonymous": e.anonymous,
        "stance": e.stance.value,
    }
    if e.via:
        out["via"] = e.via
    return out


def claim_json(claim: Claim) -> dict:
    return {
        "id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "hedged": claim.hedged,
        "evidence": [evidence_json(e) for e in claim.evidence],
    }


def document_json(doc: Document) -> dict:
    """One document in the JSON contract's shape (version 1)."""
    return {
        "path": doc.path,
        "published": doc.published,
        "articles": [
            {"title": a.title, "author": a.author, "start": a.start, "end": a.end} for a in doc.articles
        ],
        "claims": [claim_json(c) for c in doc.claims],
        "malformed": [attrs.asdict(m) for m in doc.malformed],
    }


def report_json(docs: Iterable[Document], errors: Sequence[InputError] = ()) -> dict:
    """The whole report as a JSON-ready dict; ``errors`` only when there were any."""
    out: dict = {"version": 1, "documents": [document_json(d) for d in docs]}
    if errors:
        out["errors"] = [{"path": e.path, "problem": e.problem} for e in errors]
    return out


def _said_by(claim: Claim) -> str:
    parts = []
    for a in claim.attributions:
        who = a.speaker or a.source.name
        parts.append(f"{who} via {a.via}" if a.via else who)
    return "; ".join(dict.fromkeys(parts))


def claim_rows(doc: Document, article: int) -> Iterator[dict]:
    """Rows of the claims table of one article, in document order."""
    for n, claim in enumerate((c for c in doc.claims if c.article == article), 1):
        cited = claim.citations
        yield {
            "#": n,
            "claim": claim.text,
            "said by": _said_by(claim),
            "cited to": "; ".join(c.source.name for c in cited),
            "date": "; ".join(c.date or "undated" for c in cited),
            "hedged": "yes" if claim.hedged else "",
        }


def source_rows(doc: Document, article: int | None = None) -> Iterator[dict]:
    """Rows of the sources table: each source once, by key, in order of first use."""
    seen: dict[str, dict] = {}
    for claim in doc.claims:
        if article is not None and claim.article != article:
            continue
        for e in claim.evidence:
            key = e.source.key
            row = seen.setdefault(
                key,
                {"source": e.source.name, "kind": e.source.kind.value, "citations": 0, "attributions": 0,
                 "first": None, "last": None},
            )
            if isinstance(e, Citation):
                row["citations"] += 1
                if e.date:
                    row["first"] = min(filter(None, [row["first"], e.date]))
                    row["last"] = max(filter(None, [row["last"], e.date_end or e.date]))
            else:
                row["attributions"] += 1
    yield from seen.values()


def unsourced_share(claims: Sequence[Claim]) -> tuple[int, int]:
    """``(unsourced, total)`` over ``claims``."""
    return sum(1 for c in claims if not c.sourced), len(claims)


def _table(rows: list[dict], tablefmt: str, width: int | None = None) -> str:
    if not rows:
        return ""
    if width:
        rows = [{k: _cut(v, width) if k == "claim" else v for k, v in r.items()} for r in rows]
    return tabulate(rows, headers="keys", tablefmt=tablefmt, disable_numparse=True)


def _cut(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1].rstrip() + "…"


def _drop_empty_columns(rows: list[dict], keep: Sequence[str]) -> list[dict]:
    empty = [k for k in (rows[0] if rows else {}) if k not in keep and not any(r[k] for r in rows)]
    return [{k: v for k, v in r.items() if k not in empty} for r in rows]


def _kind_counts(rows: list[dict]) -> str:
    groups: dict[str, int] = {}
    for r in rows:
        group = KIND_GROUPS.get(SourceKind(r["kind"]), "outlets")
        groups[group] = groups.get(group, 0) + 1
    return ", ".join(f"{n} {g}" for g, n in sorted(groups.items()))


def render_text(docs: Iterable[Document], *, tablefmt: str = "simple", markdown: bool = False) -> str:
    """The human-readable report: per article a claims table, a sources table, the unsourced share."""
    out: list[str] = []
    h1, h2 = ("## ", "### ") if markdown else ("", "")
    width = None if markdown else CLAIM_WIDTH
    for doc in docs:
        published = doc.published or "unknown"
        out.append(f"{h1}{doc.path or doc.stem} (published {published})")
        out.append("")
        for index, article in enumerate(doc.articles):
            title = article.title or f"Article {index + 1}"
            byline = f" by {article.author}" if article.author else ""
            out.append(f"{h2}{title}{byline}")
            out.append("")
            claims = [c for c in doc.claims if c.article == index]
            rows = _drop_empty_columns(list(claim_rows(doc, index)), keep=("#", "claim", "cited to"))
            if rows:
                out.append(_table(rows, tablefmt, width))
                out.append("")
            sources = list(source_rows(doc, index))
            if sources:
                out.append(f"Sources ({_kind_counts(sources)}):")
                out.append("")
                out.append(_table(_drop_empty_columns(sources, keep=("source", "citations")), tablefmt))
                out.append("")
            unsourced, total = unsourced_share(claims)
            share = f"{unsourced / total:.0%}" if total else "0%"
            out.append(f"Unsourced: {unsourced} of {total} claims ({share})")
            out.append("")
        if doc.malformed:
            out.append(f"Malformed citations ({len(doc.malformed)}):")
            for m in doc.malformed:
                out.append(f"  {m.text!r}: {m.reason}")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n" if out else ""


CSV_FIELDS = (
    "path", "article", "claim_id", "claim_start", "claim_end", "claim", "hedged",
    "kind", "source", "speaker", "date", "date_end", "raw", "start", "end",
)


def render_csv(docs: Iterable[Document]) -> str:
    """One row per claim and piece of evidence (claims without evidence get one row)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for doc in docs:
        for claim in doc.claims:
            base = {
                "path": doc.path, "article": claim.article + 1, "claim_id": claim.id,
                "claim_start": claim.start, "claim_end": claim.end, "claim": claim.text,
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
                writer.writerow(row)
    return buf.getvalue()


def render_report(
    docs: Sequence[Document], fmt: str = "text", *, tablefmt: str | None = None,
    errors: Sequence[InputError] = (),
) -> str:
    """Render ``docs`` in one of :data:`FORMATS`."""
    if fmt == "json":
        return json.dumps(report_json(docs, errors), ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return render_csv(docs)
    if fmt == "markdown":
        return render_text(docs, tablefmt=tablefmt or "github", markdown=True)
    if fmt == "text":
        return render_text(docs, tablefmt=tablefmt or "simple")
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
