"""The HTML page: one self-contained page (inline CSS and SVG, no scripts,
nothing fetched) of the articles with every claim highlighted by status, the
contested and corroborated pairs side by side and linked to the claims in
context, and the sources with a chart of citations per source and date.

``provenance report --format html`` shows every section; ``provenance
contested --format html`` the relations and the articles that hold their
claims.  Jinja2 templates in ``provenance/templates``, with autoescaping on:
every piece of article text reaches the page escaped.
"""

from __future__ import annotations

import enum
import functools
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
import jinja2
import markupsafe

from provenance.errors import InputError
from provenance.model import Article, Claim, Document
from provenance.printable import visible
from provenance.report.tables import cut, human_date
from provenance.report.tally import corpus_source_rows

__all__ = ["CONTESTED_SECTIONS", "REPORT_SECTIONS", "STATUSES", "claim_status", "render_html"]

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

#: Sections of the page, in page order: the relations, the sources table and
#: chart, the articles with their claims highlighted.
REPORT_SECTIONS = ("contested", "corroborated", "sources", "articles")

#: Sections of the contested-claims page: the pairs, linked to their claims in context.
CONTESTED_SECTIONS = ("contested", "corroborated", "articles")

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
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("provenance", "templates"),
        autoescape=True,
        finalize=_shown,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = human_date
    return env


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
        assert view is not None  # the root (no claim) is never closed here
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
        label = cut(r["source"], CHART_LABEL_CHARS)
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
                        "title": f"{r['source']}, {human_date(d) or 'undated'}: {n} {noun}",
                    }
                )
    return {
        "rows": out_rows,
        "columns": [{"x": f"{x_of[d]:g}", "label": human_date(d) or "undated"} for d in columns],
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


def render_html(
    docs: Iterable[Document],
    relations: Iterable = (),
    *,
    errors: Sequence[InputError] = (),
    title: str = "Provenance report",
    sections: Sequence[str] = REPORT_SECTIONS,
) -> str:
    """The report as one self-contained HTML page.

    Args:
        docs: the documents, shown in the order given.
        relations: contested and corroborated pairs, e.g. from
            :func:`provenance.compare.compare_documents`; anything with ``relation``,
            ``kind``, ``score``, ``evidence`` and sides ``a``/``b`` (``doc``,
            ``start``, ``end``, ``text``, ``sources``, optionally ``claim``).
            Relations of other types (neutral, unrelated) are left out.
        errors: unreadable inputs, listed at the top.
        title: the page's title and heading.
        sections: which of :data:`REPORT_SECTIONS` the page shows, in page order.

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
            title=title,
            sections=tuple(sections),
        )
    )
