"""Contested pairs as schema.org ``ClaimReview`` (JSON-LD).

One review per contested pair: the disputed claim (``a``, the earlier one) is
the ``itemReviewed`` ``Claim`` with its ``appearance`` (the article and the
claim's character span in it) and its ``author`` (who said it); the
contesting claim (``b``) and its source are what the review ``isBasedOn``;
the ``reviewRating`` says "disputed by <source>".  It never gives a truth
verdict: the tool finds disputes, it does not decide who is right.

The context is written out (schema.org as the vocabulary, ``pv:`` for the
tool's own terms), so the file is read without fetching anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from provenance.export.graph import VOCABULARY, Graph, build_graph, iri
from provenance.model import Article, Claim, Document, Relation, SourceKind
from provenance.sources import Registry, default_registry

__all__ = ["CONTEXT", "REVIEWS", "claim_reviews", "disputed_by", "sources"]

#: The JSON-LD context of the export: schema.org terms, and ``pv:`` for spans, kind and score.
CONTEXT = {"@vocab": "https://schema.org/", "pv": VOCABULARY}

#: Namespace of the reviews' identifiers (``<contesting claim>/contests/<disputed claim>``).
REVIEWS = "urn:provenance:review:"


def claim_reviews(
    docs: Sequence[Document],
    relations: Iterable[Relation],
    graph: Graph | None = None,
    *,
    registry: Registry | None = None,
) -> dict:
    """A JSON-LD document with one ``ClaimReview`` per contested relation, in the relations' order.

    Args:
        docs: the documents the relations' claims come from.
        relations: relations from :func:`provenance.compare_documents`;
            corroborated ones are left out.
        graph: the provenance graph of ``docs`` (built when not given), whose
            claim and article identifiers the reviews reuse.
        registry: the source registry (kinds of outlets that carry a
            statement without being cited; default: the shipped one).

    Returns:
        ``{"@context": …, "@graph": [review, …]}``, ready for :func:`json.dumps`.
    """
    relations = [r for r in relations if r.contested]
    graph = graph or build_graph(docs, relations, registry=registry)
    found: dict[tuple[str | None, str | None], tuple[Document, Claim]] = {}
    for doc in docs:
        for claim in doc.claims:
            found[(doc.path, claim.id)] = (doc, claim)
    reviews = []
    for r in relations:
        a, b = found.get((r.a.doc, r.a.claim)), found.get((r.b.doc, r.b.claim))
        if a is None or b is None:
            continue  # a side that is not a claim of these documents
        disputed, contesting = _claim(graph, *a, registry), _claim(graph, *b, registry)
        local = f"{contesting['@id'].removeprefix('urn:provenance:claim:')}/contests/"
        local += disputed["@id"].removeprefix("urn:provenance:claim:")
        reviews.append(
            {
                "@type": "ClaimReview",
                "@id": REVIEWS + local,
                "claimReviewed": a[1].text,
                "itemReviewed": disputed,
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": f"disputed by {disputed_by(*b, registry)}",
                    "ratingExplanation": r.evidence,
                },
                "isBasedOn": contesting,
                "pv:kind": str(r.kind),
                "pv:score": round(r.score, 3),
            }
        )
    return {"@context": CONTEXT, "@graph": reviews}


def _article(doc: Document, claim: Claim) -> Article | None:
    return doc.articles[claim.article] if 0 <= claim.article < len(doc.articles) else None


def sources(doc: Document, claim: Claim, registry: Registry | None = None) -> list[tuple[str, SourceKind, str]]:
    """Who a claim comes from, as ``(name, kind, label)``, the most direct first:
    its named speakers (labelled with the outlet that carried them), else its
    cited sources and carrying outlets, else its anonymous sources.

    >>> from provenance import extract
    >>> doc = extract("Reports emerged that the mayor resigned (Kestrel News, May 2, 2021).", path="brief.txt")
    >>> [label for _, _, label in sources(doc, doc.claims[0])]
    ['Kestrel News']
    """
    registry = registry or default_registry()
    named = [
        (
            a.speaker or a.source.name,
            a.source.kind,
            f"{a.speaker or a.source.name} via {a.via}" if a.via else a.speaker or a.source.name,
        )
        for a in claim.attributions
        if not a.anonymous
    ]
    cited = [(c.source.name, c.source.kind, c.source.name) for c in claim.citations]
    cited += [(a.via, registry.source(a.via).kind, a.via) for a in claim.attributions if a.via]
    anonymous = [(a.source.name, a.source.kind, a.source.name) for a in claim.attributions if a.anonymous]
    once: dict[str, tuple[str, SourceKind, str]] = {}
    for name, kind, label in named or cited or anonymous:
        once.setdefault(name, (name, kind, label))
    return list(once.values())


def disputed_by(doc: Document, claim: Claim, registry: Registry | None = None) -> str:
    """Who a claim comes from, for "disputed by …" (see :func:`sources`), or the
    article it is an unsourced claim of."""
    labels = list(dict.fromkeys(label for _, _, label in sources(doc, claim, registry)))
    if labels:
        return "; ".join(labels)
    article = _article(doc, claim)
    where = (article.title if article else None) or doc.path or doc.stem
    return f"an unsourced claim of “{where}”"


def _authors(doc: Document, claim: Claim, registry: Registry | None) -> list[dict]:
    """The claim's sources (see :func:`sources`), else the article's author."""
    authors = [
        {"@type": "Person" if kind is SourceKind.PERSON else "Organization", "name": name}
        for name, kind, _ in sources(doc, claim, registry)
    ]
    article = _article(doc, claim)
    if not authors and article and article.author:
        authors.append({"@type": "Person", "name": article.author})
    return authors


def _claim(graph: Graph, doc: Document, claim: Claim, registry: Registry | None) -> dict:
    """A ``Claim``: its text, author, and where it appears (article and span)."""
    article = _article(doc, claim)
    article_id = graph.article_ids.get((doc.path, claim.article)) or graph.article_ids.get((doc.path, 0))
    work: dict = {"@type": "Article"}
    if article_id:
        work["@id"] = iri(article_id)
    work.update(
        {
            key: value
            for key, value in (
                ("name", article.title if article else None),
                ("author", {"@type": "Person", "name": article.author} if article and article.author else None),
                ("datePublished", doc.published),
                ("pv:path", doc.path),
            )
            if value
        }
    )
    out: dict = {"@type": "Claim", "@id": iri(graph.claim_ids[(doc.path, claim.id)]), "text": claim.text}
    authors = _authors(doc, claim, registry)
    if authors:
        out["author"] = authors if len(authors) > 1 else authors[0]
    out["appearance"] = {"@type": "CreativeWork", "isPartOf": work, "pv:start": claim.start, "pv:end": claim.end}
    return out
