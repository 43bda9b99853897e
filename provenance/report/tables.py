"""The human-readable report: text and Markdown tables, and the rows behind them.

Rows come from generators (:func:`claim_rows`, :func:`source_rows`,
:func:`corpus_source_rows`) and go through one table helper (:func:`table`),
so every format shows the same facts.  Article text in a cell is shown with
its hidden characters made visible (:func:`provenance.printable.visible`),
paths on one line (:func:`provenance.printable.one_line`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from tabulate import tabulate

from provenance.errors import InputError
from provenance.model import Attribution, Citation, Claim, Document, SourceKind, source_key
from provenance.printable import one_line, visible

__all__ = [
    "SOURCE_COLUMNS",
    "TextStream",
    "claim_rows",
    "corpus_source_rows",
    "cut",
    "document_lines",
    "render_text",
    "source_rows",
    "table",
    "tally_sources",
    "unsourced_share",
]

#: Widest claim text shown in a text table before it is cut with "…".
CLAIM_WIDTH = 78

#: Widest cell of each column of a text table before it is cut with "…".
COLUMN_WIDTHS = {"claim": CLAIM_WIDTH, "said by": 40, "cited to": 40, "date": 24}

#: How the sources table groups source kinds.
KIND_GROUPS = {
    SourceKind.PERSON: "people",
    SourceKind.ANONYMOUS: "anonymous",
}


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
            "cited to": "; ".join(c.source.name or UNNAMED_CELL for c in cited),
            "date": "; ".join(c.date or "undated" for c in cited),
            "hedged": "yes" if claim.hedged else "",
        }


#: What the "cited to" column shows for a date in parentheses whose source nobody names.
UNNAMED_CELL = "(unnamed)"

#: Columns of the per-article sources table.
SOURCE_COLUMNS = ("source", "kind", "citations", "attributions", "first", "last")


def tally_sources(pairs: Iterable[tuple[str | None, Citation | Attribution]]) -> dict[str, dict]:
    """Count ``(document path, evidence)`` pairs by source key, in order of first use.

    An attribution counts for its resolved speaker when there is one, so that
    ``Ruiz``, ``she`` and ``Ana Ruiz`` make one row.  ``first`` and ``last``
    are the earliest and latest citation dates, ``dates`` counts citations by
    date (None: undated), ``documents`` the documents the source appears in.
    """
    seen: dict[str, dict] = {}
    counted: set[tuple] = set()  # an attribution is in the evidence of every claim it covers: count it once
    for path, e in pairs:
        if not e.source.name:
            continue  # a date alone names no source
        if isinstance(e, Attribution):
            if (path, e.start, e.cue_start, e.content_start) in counted:
                continue
            counted.add((path, e.start, e.cue_start, e.content_start))
        speaker = e.speaker if isinstance(e, Attribution) else None
        key = source_key(speaker) if speaker else e.source.key
        row = seen.setdefault(
            key,
            {
                "source": speaker or e.source.name,
                "kind": e.source.kind.value,
                "citations": 0,
                "attributions": 0,
                "documents": 0,
                "first": None,
                "last": None,
                "paths": [],
                "dates": {},
            },
        )
        if path not in row["paths"]:
            row["paths"].append(path)
            row["documents"] += 1
        if isinstance(e, Citation):
            row["citations"] += 1
            row["dates"][e.date] = row["dates"].get(e.date, 0) + 1
            if e.date:
                row["first"] = min(filter(None, [row["first"], e.date]))
                row["last"] = max(filter(None, [row["last"], e.date_end or e.date]))
        else:
            row["attributions"] += 1
    return seen


def source_rows(doc: Document, article: int | None = None) -> Iterator[dict]:
    """Rows of the sources table of one document (or one of its articles), in order of first use."""
    pairs = ((doc.path, e) for c in doc.claims if article is None or c.article == article for e in c.evidence)
    for row in tally_sources(pairs).values():
        yield {k: row[k] for k in SOURCE_COLUMNS}


def unsourced_share(claims: Sequence[Claim]) -> tuple[int, int]:
    """``(unsourced, total)`` over ``claims``."""
    return sum(1 for c in claims if not c.sourced), len(claims)


def table(rows: list[dict], tablefmt: str, widths: dict[str, int] | None = None, *, markdown: bool = False) -> str:
    if not rows:
        return ""
    rows = [{k: visible(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    if markdown:  # a "|" inside a cell would end it
        rows = [{k: v.replace("|", "\\|") if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    if widths:
        rows = [{k: cut(v, widths[k]) if k in widths else v for k, v in r.items()} for r in rows]
    return tabulate(rows, headers="keys", tablefmt=tablefmt, disable_numparse=True)


def cut(value: str, width: int) -> str:
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


def corpus_source_rows(docs: Iterable[Document]) -> Iterator[dict]:
    """Rows of the sources table over all ``docs``: each source once, by key.

    Most cited first, then most attributed, then by name; besides
    :data:`SOURCE_COLUMNS`, ``documents`` and ``dates`` (see :func:`tally_sources`).
    """
    pairs = ((doc.path, e) for doc in docs for c in doc.claims for e in c.evidence)
    rows = sorted(
        tally_sources(pairs).values(), key=lambda r: (-r["citations"], -r["attributions"], r["source"].casefold())
    )
    for row in rows:
        del row["paths"]
        yield row


def document_lines(doc: Document, *, tablefmt: str = "simple", markdown: bool = False) -> list[str]:
    """The lines of one document's part of the human-readable report."""
    out: list[str] = []
    h1, h2 = ("## ", "### ") if markdown else ("", "")
    widths = None if markdown else COLUMN_WIDTHS
    published = doc.published or "unknown"
    out.append(f"{h1}{one_line(doc.path or doc.stem)} (published {published})")
    out.append("")
    for index, article in enumerate(doc.articles):
        title = one_line(article.title) or f"Article {index + 1}"
        byline = f" by {one_line(article.author)}" if article.author else ""
        out.append(f"{h2}{title}{byline}")
        out.append("")
        claims = [c for c in doc.claims if c.article == index]
        rows = _drop_empty_columns(list(claim_rows(doc, index)), keep=("#", "claim", "cited to"))
        if rows:
            out.append(table(rows, tablefmt, widths, markdown=markdown))
            out.append("")
        sources = list(source_rows(doc, index))
        if sources:
            out.append(f"Sources ({_kind_counts(sources)}):")
            out.append("")
            out.append(table(_drop_empty_columns(sources, keep=("source", "citations")), tablefmt, markdown=markdown))
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
    return out


class TextStream:
    """The human-readable report (text or Markdown), one document at a time.

    The parts joined are exactly :func:`render_text`'s output: the blank
    lines that end a document are held back until the next one, so the
    report ends with one line end.
    """

    def __init__(self, *, tablefmt: str = "simple", markdown: bool = False):
        self.tablefmt, self.markdown = tablefmt, markdown
        self.pending: str | None = None
        """The line ends held back after the last document written (None: none written)."""

    def head(self) -> str:
        return ""

    def document(self, doc: Document) -> str:
        joined = "\n".join(document_lines(doc, tablefmt=self.tablefmt, markdown=self.markdown))
        body = joined.rstrip("\n")
        before = "" if self.pending is None else self.pending + "\n"
        self.pending = joined[len(body) :]
        return before + body

    def tail(self, errors: Sequence[InputError] = ()) -> str:
        return "" if self.pending is None else "\n"


def render_text(docs: Iterable[Document], *, tablefmt: str = "simple", markdown: bool = False) -> str:
    """The human-readable report: per article a claims table, a sources table, the unsourced share."""
    stream = TextStream(tablefmt=tablefmt, markdown=markdown)
    return stream.head() + "".join(stream.document(d) for d in docs) + stream.tail()
