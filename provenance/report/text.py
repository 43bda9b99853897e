"""The citation report for readers (text and Markdown) and as CSV.

A report opens with a summary of the run (documents, articles, claims,
citations, attributions, contested pairs); then, per article, a claims table,
a sources table and the unsourced share.  Text tables fit a width when one is
given (the terminal's, or ``--width``) and keep every cell whole otherwise.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence

from tabulate import tabulate

from provenance.model import Attribution, Citation, Claim, Document, Stance
from provenance.printable import one_line
from provenance.report.tables import drop_empty_columns, human_date, table
from provenance.report.tally import attribution_key, kind_counts, source_rows

__all__ = [
    "CSV_FIELDS",
    "UNNAMED_CELL",
    "claim_rows",
    "render_csv",
    "render_text",
    "summary_rows",
    "unsourced_share",
]

#: What the "cited to" column shows for a date in parentheses whose source nobody names.
UNNAMED_CELL = "(unnamed)"

#: Columns of the claims table that wrap to fit a width, with their shares of
#: the room: the claim is what is read, the rest says where it comes from.
CLAIM_WRAP = {"claim": 4, "said by": 1, "cited to": 1, "date": 1}

#: Columns of the sources table that wrap to fit a width.
SOURCE_WRAP = {"source": 1}


def _said_by(claim: Claim) -> str:
    parts = []
    for a in claim.attributions:
        who = a.speaker or a.source.name
        if a.stance is Stance.BELIEF:
            who = f"{who} (belief)"  # what the source holds, not what it said: shown apart
        parts.append(f"{who} via {a.via}" if a.via else who)
    return "; ".join(dict.fromkeys(parts))


def claim_rows(doc: Document, article: int) -> Iterator[dict]:
    """Rows of the claims table of one article, in document order; dates as readers read them."""
    for n, claim in enumerate((c for c in doc.claims if c.article == article), 1):
        cited = claim.citations
        yield {
            "#": n,
            "claim": claim.text,
            "said by": _said_by(claim),
            "cited to": "; ".join(c.source.name or UNNAMED_CELL for c in cited),
            "date": "; ".join(human_date(c.date) or "undated" for c in cited),
            "hedged": "yes" if claim.hedged else "",
        }


def unsourced_share(claims: Sequence[Claim]) -> tuple[int, int]:
    """``(unsourced, total)`` over ``claims``."""
    return sum(1 for c in claims if not c.sourced), len(claims)


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "0%"


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def summary_rows(docs: Sequence[Document], relations: Sequence | None = None) -> list[tuple[str, int, str]]:
    """``(what, count, note)`` rows of the report's summary: articles, claims,
    citations, attributions and, when ``relations`` are given, the contested
    and corroborated pairs among them.

    >>> import provenance
    >>> summary_rows([provenance.extract("The bridge was closed (Reuters, March 3, 2020).")])[:3]
    [('articles', 1, ''), ('claims', 1, '0 unsourced (0%)'), ('citations', 1, '')]
    """
    claims = [c for d in docs for c in d.claims]
    unsourced, total = unsourced_share(claims)
    attributions = {attribution_key(d.path, e) for d in docs for e in d.attributions}
    rows = [
        ("articles", sum(len(d.articles) or 1 for d in docs), ""),
        ("claims", total, f"{unsourced} unsourced ({_share(unsourced, total)})"),
        ("citations", sum(len(d.citations) for d in docs), ""),
        ("attributions", len(attributions), ""),
    ]
    if relations is not None:
        contested = sum(1 for r in relations if str(r.relation) == "contested")
        corroborated = sum(1 for r in relations if str(r.relation) == "corroborated")
        rows.append(("contested pairs", contested, "listed by `provenance contested`" if contested else ""))
        rows.append(
            ("corroborated pairs", corroborated, "listed by `provenance contested --all`" if corroborated else "")
        )
    return rows


def _summary(docs: Sequence[Document], relations: Sequence | None, *, markdown: bool) -> list[str]:
    rows = summary_rows(docs, relations)
    title = f"Summary of {_plural(len(docs), 'document')}"
    if markdown:
        body = tabulate([(w, n, note) for w, n, note in rows], headers=("", "count", ""), tablefmt="github")
        return [f"## {title}", "", body, ""]
    body = tabulate(rows, tablefmt="plain", colalign=("left", "right", "left"), disable_numparse=True)
    return [f"{title}:", "", "\n".join("  " + line.rstrip() for line in body.split("\n")), ""]


def render_text(
    docs: Iterable[Document],
    *,
    tablefmt: str = "simple",
    markdown: bool = False,
    width: int | None = None,
    relations: Sequence | None = None,
) -> str:
    """The human-readable report: a summary first, then per article a claims
    table, a sources table and the unsourced share.

    Args:
        docs: the documents, reported in the order given.
        tablefmt: tabulate's table style.
        markdown: Markdown headings and cells (every cell whole, on one line).
        width: wrap the long columns of the text tables to fit this many
            columns; None keeps every cell whole.
        relations: the contested and corroborated pairs among ``docs``,
            counted in the summary (None: not counted).
    """
    docs = list(docs)
    if not docs:
        return ""
    out: list[str] = _summary(docs, relations, markdown=markdown)
    h1, h2 = ("## ", "### ") if markdown else ("", "")
    width = None if markdown else width
    for doc in docs:
        published = doc.published or "unknown"
        out.append(f"{h1}{one_line(doc.path or doc.stem)} (published {published})")
        out.append("")
        for index, article in enumerate(doc.articles):
            title = one_line(article.title) or f"Article {index + 1}"
            byline = f" by {one_line(article.author)}" if article.author else ""
            out.append(f"{h2}{title}{byline}")
            out.append("")
            claims = [c for c in doc.claims if c.article == index]
            rows = drop_empty_columns(list(claim_rows(doc, index)), keep=("#", "claim", "cited to"))
            if rows:
                out.append(table(rows, tablefmt, width=width, wrap=CLAIM_WRAP, markdown=markdown))
                out.append("")
            sources = [
                r | {"first": human_date(r["first"]), "last": human_date(r["last"])} for r in source_rows(doc, index)
            ]
            if sources:
                out.append(f"Sources ({kind_counts(sources)}):")
                out.append("")
                rows = drop_empty_columns(sources, keep=("source", "citations"))
                out.append(table(rows, tablefmt, width=width, wrap=SOURCE_WRAP, markdown=markdown))
                out.append("")
            unsourced, total = unsourced_share(claims)
            out.append(f"Unsourced: {unsourced} of {total} claims ({_share(unsourced, total)})")
            out.append("")
        if doc.malformed:
            out.append(f"Malformed citations ({len(doc.malformed)}):")
            for m in doc.malformed:
                out.append(f"  {m.text!r}: {m.reason}")
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


#: Columns of the CSV report: one row per claim and piece of evidence.
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


def render_csv(docs: Iterable[Document]) -> str:
    """One row per claim and piece of evidence (claims without evidence get one row); dates in ISO form."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for doc in docs:
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
                    elif isinstance(e, Attribution):
                        row.update(speaker=e.speaker, raw=e.cue)
                writer.writerow(row)
    return buf.getvalue()
