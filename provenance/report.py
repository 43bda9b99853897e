"""Rendering documents as citation reports: text, Markdown, JSON, CSV and HTML,
and relations as contested-claims tables.

Rows come from generators (:func:`claim_rows`, :func:`source_rows`) and go
through one table helper, so every format shows the same facts.
"""

from __future__ import annotations

import csv
import enum
import functools
import io
import json
import math
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs
import jinja2
import markupsafe
from tabulate import tabulate

from provenance.errors import InputError
from provenance.model import Article, Attribution, Citation, Claim, Document, SourceKind, source_key
from provenance.printable import one_line, visible

__all__ = [
    "FORMATS",
    "RELATION_FORMATS",
    "claim_rows",
    "claim_status",
    "corpus_source_rows",
    "document_json",
    "relation_json",
    "relation_rows",
    "render_html",
    "render_relations",
    "render_report",
    "report_json",
    "source_rows",
]

#: Output formats of ``provenance report``.
FORMATS = ("text", "markdown", "json", "csv", "html")

#: Widest claim text shown in a text table before it is cut with "…".
CLAIM_WIDTH = 78

#: Widest cell of each column of a text table before it is cut with "…".
COLUMN_WIDTHS = {"claim": CLAIM_WIDTH, "said by": 40, "cited to": 40, "date": 24}

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
            "source": e.source.name or None,  # None: a date alone, its source named nowhere
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
        "articles": [{"title": a.title, "author": a.author, "start": a.start, "end": a.end} for a in doc.articles],
        "claims": [claim_json(c) for c in doc.claims],
        "malformed": [attrs.asdict(m) for m in doc.malformed],
    }


def versioned_json(key: str, items: list, errors: Sequence[InputError] = ()) -> dict:
    """``{"version": 1, key: items}``, plus ``errors`` only when there were any."""
    out: dict = {"version": 1, key: items}
    if errors:
        out["errors"] = [{"path": e.path, "problem": e.problem} for e in errors]
    return out


def report_json(docs: Iterable[Document], errors: Sequence[InputError] = ()) -> dict:
    """The whole report as a JSON-ready dict (the contract's version 1)."""
    return versioned_json("documents", [document_json(d) for d in docs], errors)


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


def _tally_sources(pairs: Iterable[tuple[str | None, Citation | Attribution]]) -> dict[str, dict]:
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
    for row in _tally_sources(pairs).values():
        yield {k: row[k] for k in SOURCE_COLUMNS}


def unsourced_share(claims: Sequence[Claim]) -> tuple[int, int]:
    """``(unsourced, total)`` over ``claims``."""
    return sum(1 for c in claims if not c.sourced), len(claims)


def _table(rows: list[dict], tablefmt: str, widths: dict[str, int] | None = None, *, markdown: bool = False) -> str:
    if not rows:
        return ""
    rows = [{k: visible(v) if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    if markdown:  # a "|" inside a cell would end it
        rows = [{k: v.replace("|", "\\|") if isinstance(v, str) else v for k, v in r.items()} for r in rows]
    if widths:
        rows = [{k: _cut(v, widths[k]) if k in widths else v for k, v in r.items()} for r in rows]
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
    widths = None if markdown else COLUMN_WIDTHS
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
            rows = _drop_empty_columns(list(claim_rows(doc, index)), keep=("#", "claim", "cited to"))
            if rows:
                out.append(_table(rows, tablefmt, widths, markdown=markdown))
                out.append("")
            sources = list(source_rows(doc, index))
            if sources:
                out.append(f"Sources ({_kind_counts(sources)}):")
                out.append("")
                out.append(
                    _table(_drop_empty_columns(sources, keep=("source", "citations")), tablefmt, markdown=markdown)
                )
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
    """One row per claim and piece of evidence (claims without evidence get one row)."""
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
                    else:
                        row.update(speaker=e.speaker, raw=e.cue)
                writer.writerow(row)
    return buf.getvalue()


def render_report(
    docs: Sequence[Document],
    fmt: str = "text",
    *,
    tablefmt: str | None = None,
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
    if fmt == "html":
        return render_html(docs, _html_relations(docs), errors=errors)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# -- HTML -------------------------------------------------------------------
#
# One self-contained page (inline CSS and SVG, no scripts, nothing fetched):
# the articles with every claim highlighted by status, the contested and
# corroborated pairs side by side, and the sources with a chart of citations
# per source and date.  Jinja2 templates in ``provenance/templates``, with
# autoescaping on: every piece of article text reaches the page escaped.


#: Claim statuses of the HTML report, in legend order, with what each means.
#: A claim in a contested pair is "contested" whatever its evidence.
STATUSES = {
    "cited": "bound to a parenthetical citation",
    "attributed": "attributed to a named speaker or outlet, without a citation",
    "unsourced": "no citation and no named source (anonymous attributions count here)",
    "contested": "denied, contradicted or given a different number by another claim",
}

#: Geometry of the citations chart, in pixels.
CHART_ROW = 18
CHART_COLUMN = 24
CHART_TOP = 10
CHART_AXIS = 92
"""Room under the plot for the rotated date labels."""
CHART_LABEL_CHARS = 30
"""Longest source label before it is cut with "…" (the full name is its tooltip)."""
CHART_BAR_UNIT = 10
CHART_BAR_MAX = 120

_ANCHOR_UNSAFE = re.compile(r"[^A-Za-z0-9_-]+")


def _shown(value: Any) -> Any:
    """Every value the templates print: text with its hidden characters made
    visible (:func:`~provenance.printable.visible`: bidi overrides, terminal
    controls, invisible format characters), before autoescaping."""
    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return visible(value)
    return value


@functools.cache
def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("provenance", "templates"),
        autoescape=True,
        finalize=_shown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def claim_status(claim: Claim, contested: bool = False) -> str:
    """The highlight of ``claim`` in the HTML report: one of :data:`STATUSES`.

    >>> from provenance.model import Claim
    >>> claim_status(Claim("d:1", 0, 4, "Text"))
    'unsourced'
    """
    if contested:
        return "contested"
    if claim.citations:
        return "cited"
    if claim.sourced:
        return "attributed"
    return "unsourced"


@attrs.frozen
class _Side:
    """One side of a relation as the page shows it."""

    text: str
    doc: str | None
    sources: tuple[str, ...]
    claim: str | None
    anchor: str | None
    """Id of the claim's highlight in the page, None when the claim is not on it."""


@attrs.frozen
class _Relation:
    number: int
    anchor: str
    relation: str
    kind: str
    score: str
    evidence: str
    a: _Side
    b: _Side


@attrs.frozen
class _Link:
    """A relation seen from one of its claims: the relation and the other side."""

    relation: _Relation
    other: _Side


@attrs.frozen
class _ClaimView:
    claim: Claim
    anchor: str
    status: str
    links: tuple[_Link, ...] = ()


@attrs.frozen
class _Mark:
    """A highlighted claim in the text: its view and what it encloses (strings and marks)."""

    claim: _ClaimView
    children: tuple


@attrs.frozen
class _ArticleView:
    anchor: str
    title: str
    author: str | None
    counts: dict
    nodes: tuple


@attrs.frozen
class _DocView:
    anchor: str
    path: str
    published: str | None
    articles: tuple[_ArticleView, ...]


class _Anchors:
    """Unique, deterministic element ids made from names."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def __call__(self, prefix: str, name: str) -> str:
        base = f"{prefix}-{_ANCHOR_UNSAFE.sub('-', name).strip('-') or 'x'}"
        anchor, n = base, 1
        while anchor in self.used:
            n += 1
            anchor = f"{base}-{n}"
        self.used.add(anchor)
        return anchor


def _label(value: Any) -> str:
    return value.value if isinstance(value, enum.Enum) else str(value)


def _marked(text: str, lo: int, hi: int, claims: Sequence[_ClaimView]) -> tuple:
    """``text[lo:hi]`` as strings and nested :class:`_Mark` values, one mark per claim.

    A claim inside another is nested in it; one that overlaps another's end
    starts where the other ends.  No character is lost or repeated.
    """
    root: list = []
    stack: list[tuple[int, _ClaimView | None, list]] = [(hi, None, root)]
    pos = lo

    def close() -> None:
        nonlocal pos
        end, view, children = stack.pop()
        if pos < end:
            children.append(text[pos:end])
            pos = end
        stack[-1][2].append(_Mark(view, tuple(children)))

    for view in sorted(claims, key=lambda v: (v.claim.start, -v.claim.end, v.anchor)):
        start, end = max(view.claim.start, lo), min(view.claim.end, hi)
        while len(stack) > 1 and (stack[-1][0] <= start or stack[-1][0] < end):
            close()
        start = max(start, pos)
        end = max(end, start)
        if pos < start:
            stack[-1][2].append(text[pos:start])
            pos = start
        stack.append((end, view, []))
    while len(stack) > 1:
        close()
    if pos < hi:
        root.append(text[pos:hi])
    return tuple(root)


def _article_range(text: str, article: Article, claims: Sequence[Claim]) -> tuple[int, int]:
    """The part of the text shown for an article: its body, widened to hold all its claims."""
    lo = article.body_start if article.start <= article.body_start <= article.end else article.start
    hi = article.end
    if claims:
        lo = min(lo, *(c.start for c in claims))
        hi = max(hi, *(c.end for c in claims))
        first, last = min(c.start for c in claims), max(c.end for c in claims)
    else:
        first, last = hi, lo
    while lo < min(hi, first) and text[lo].isspace():
        lo += 1
    while hi > max(lo, last) and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _relation_views(relations, claim_anchors: dict) -> list[_Relation]:
    def side(s) -> _Side:
        doc, claim = getattr(s, "doc", None), getattr(s, "claim", None)
        anchor = claim_anchors.get((doc, "id", claim)) or claim_anchors.get((doc, s.start, s.end))
        return _Side(s.text, doc, tuple(s.sources), claim, anchor)

    views = []
    numbers = {"contested": 0, "corroborated": 0}
    for r in relations:
        relation = _label(r.relation)
        if relation not in numbers:
            continue
        numbers[relation] += 1
        n = numbers[relation]
        views.append(
            _Relation(
                n, f"{relation}-{n}", relation, _label(r.kind), f"{r.score:.2f}", r.evidence, side(r.a), side(r.b)
            )
        )
    return views


def corpus_source_rows(docs: Iterable[Document]) -> Iterator[dict]:
    """Rows of the sources table over all ``docs``: each source once, by key.

    Most cited first, then most attributed, then by name; besides
    :data:`SOURCE_COLUMNS`, ``documents`` and ``dates`` (see :func:`_tally_sources`).
    """
    pairs = ((doc.path, e) for doc in docs for c in doc.claims for e in c.evidence)
    rows = sorted(
        _tally_sources(pairs).values(), key=lambda r: (-r["citations"], -r["attributions"], r["source"].casefold())
    )
    for row in rows:
        del row["paths"]
        yield row


def _chart(rows: Sequence[dict]) -> dict:
    """Geometry of the citations-per-source-and-date chart (an inline SVG)."""
    cited = [r for r in rows if r["citations"]]
    dates = sorted({d for r in cited for d in r["dates"] if d})
    undated = any(None in r["dates"] for r in cited)
    columns = dates + ([None] if undated else [])
    label_width = 7 * min(CHART_LABEL_CHARS, max((len(r["source"]) for r in cited), default=0)) + 12
    plot_left = label_width + 8
    plot_top = CHART_TOP
    plot_bottom = plot_top + CHART_ROW * len(cited)
    plot_right = plot_left + CHART_COLUMN * len(columns)
    bar_left = plot_right + 14
    x_of = {d: plot_left + CHART_COLUMN * i + CHART_COLUMN / 2 for i, d in enumerate(columns)}
    out_rows, dots = [], []
    for j, r in enumerate(cited):
        y = plot_top + CHART_ROW * j + CHART_ROW / 2
        bar = min(CHART_BAR_MAX, CHART_BAR_UNIT * r["citations"])
        label = _cut(r["source"], CHART_LABEL_CHARS)
        out_rows.append(
            {
                "y": f"{y:g}",
                "label": label,
                "source": r["source"],
                "total": r["citations"],
                "bar_y": f"{y - 5:g}",
                "bar_width": bar,
                "total_x": f"{bar_left + bar + 4:g}",
            }
        )
        for d in columns:
            n = r["dates"].get(d, 0)
            if n:
                radius = min(CHART_ROW / 2 - 0.5, 3.5 + 2.5 * (math.sqrt(n) - 1))
                noun = "citation" if n == 1 else "citations"
                dots.append(
                    {
                        "x": f"{x_of[d]:g}",
                        "y": f"{y:g}",
                        "r": f"{radius:.1f}",
                        "title": f"{r['source']}, {d or 'undated'}: {n} {noun}",
                    }
                )
    return {
        "rows": out_rows,
        "columns": [{"x": f"{x_of[d]:g}", "label": d or "undated"} for d in columns],
        "dots": dots,
        "label_right": label_width,
        "plot_left": plot_left,
        "plot_right": plot_right,
        "plot_top": plot_top,
        "plot_bottom": plot_bottom,
        "axis_y": plot_bottom + 8,
        "bar_left": bar_left,
        "bar_height": 10,
        "width": bar_left + CHART_BAR_MAX + 40,
        "height": plot_bottom + CHART_AXIS,
    }


def render_html(docs: Iterable[Document], relations: Iterable = (), *, errors: Sequence[InputError] = ()) -> str:
    """The report as one self-contained HTML page.

    Args:
        docs: the documents, shown in the order given.
        relations: contested and corroborated pairs, e.g. from
            :func:`provenance.compare.compare_documents`; anything with ``relation``,
            ``kind``, ``score``, ``evidence`` and sides ``a``/``b`` (``doc``,
            ``start``, ``end``, ``text``, ``sources``, optionally ``claim``).
            Relations of other types (neutral, unrelated) are left out.
        errors: unreadable inputs, listed at the top.

    Returns:
        The page: inline CSS and SVG, no scripts, nothing fetched from
        elsewhere; article text escaped; the same input gives the same page.

    >>> import provenance
    >>> page = render_html([provenance.extract("The bridge was closed (Reuters, March 3, 2020).")])
    >>> page.count('<mark class="claim cited"')
    1
    """
    docs = list(docs)
    anchors = _Anchors()
    claim_anchors: dict = {}
    for doc in docs:
        for claim in doc.claims:
            anchor = anchors("claim", claim.id)
            claim_anchors[(doc.path, "id", claim.id)] = anchor
            claim_anchors.setdefault((doc.path, claim.start, claim.end), anchor)
    relation_views = _relation_views(relations, claim_anchors)
    links: dict[str, list[_Link]] = {}
    for r in relation_views:
        for this, other in ((r.a, r.b), (r.b, r.a)):
            if this.anchor and not (this.anchor == other.anchor and this is r.b):
                links.setdefault(this.anchor, []).append(_Link(r, other))
    contested_anchors = {s.anchor for r in relation_views if r.relation == "contested" for s in (r.a, r.b)}

    totals = dict.fromkeys(STATUSES, 0) | {"claims": 0, "hedged": 0}
    doc_views = []
    for doc in docs:
        articles = list(doc.articles) or [Article(0, len(doc.text))]
        by_article: dict[int, list[_ClaimView]] = {}
        for claim in doc.claims:
            anchor = claim_anchors[(doc.path, "id", claim.id)]
            view = _ClaimView(
                claim, anchor, claim_status(claim, anchor in contested_anchors), tuple(links.get(anchor, ()))
            )
            by_article.setdefault(min(claim.article, len(articles) - 1), []).append(view)
            totals[view.status] += 1
            totals["claims"] += 1
            totals["hedged"] += claim.hedged
        doc_anchor = anchors("doc", doc.stem)
        article_views = []
        for index, article in enumerate(articles):
            views = by_article.get(index, [])
            lo, hi = _article_range(doc.text, article, [v.claim for v in views])
            counts = dict.fromkeys(STATUSES, 0)
            for v in views:
                counts[v.status] += 1
            article_views.append(
                _ArticleView(
                    f"{doc_anchor}-article-{index + 1}",
                    article.title or f"Article {index + 1}",
                    article.author,
                    counts,
                    _marked(doc.text, lo, hi, views),
                )
            )
        doc_views.append(_DocView(doc_anchor, doc.path or doc.stem, doc.published, tuple(article_views)))

    sources = list(corpus_source_rows(docs))
    return (
        _templates()
        .get_template("report.html.j2")
        .render(
            docs=doc_views,
            statuses=STATUSES,
            totals=totals,
            contested=[r for r in relation_views if r.relation == "contested"],
            corroborated=[r for r in relation_views if r.relation == "corroborated"],
            sources=sources,
            chart=_chart(sources),
            errors=errors,
        )
    )


def _html_relations(docs: Sequence[Document]) -> list:
    """Contested and corroborated pairs among ``docs`` for the HTML report."""
    from provenance.compare import compare_documents

    return compare_documents(docs)


# -- contested-claims tables --------------------------------------------------

#: Output formats of ``provenance contested``.
RELATION_FORMATS = ("text", "markdown", "json", "csv")

#: Widest claim text shown in a contested-claims table cell.
RELATION_CLAIM_WIDTH = 60


def side_json(side) -> dict:
    """One side of a relation in the JSON contract's shape."""
    return {"doc": side.doc, "start": side.start, "end": side.end, "text": side.text, "sources": list(side.sources)}


def relation_json(r) -> dict:
    """One relation in the JSON contract's shape (version 1)."""
    return {
        "relation": str(r.relation),
        "kind": str(r.kind) if r.kind else None,
        "score": round(r.score, 3),
        "a": side_json(r.a),
        "b": side_json(r.b),
        "evidence": r.evidence,
    }


def _side_cell(side, width: int | None) -> str:
    text = _cut(side.text, width) if width else " ".join(side.text.split())
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
