"""Provenance graphs out: W3C PROV (PROV-JSON, PROV-N, PROV-XML, Turtle) and
schema.org ClaimReview.

One module per concern: :mod:`~provenance.export.graph` maps documents and
relations to a graph with stable identifiers, :mod:`~provenance.export.provdm`
writes it as PROV through the optional ``prov`` package,
:mod:`~provenance.export.claimreview` writes contested pairs as ClaimReview
JSON-LD.  docs/prov.md documents the mapping.

>>> from provenance import extract
>>> doc = extract("Troops left the city (Kestrel News, May 2, 2021).", path="brief.txt")
>>> print(render_export([doc], [], "claimreview"), end="")
{
 "@context": {
  "@vocab": "https://schema.org/",
  "pv": "urn:provenance:vocab:"
 },
 "@graph": []
}
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from provenance.export.claimreview import claim_reviews
from provenance.export.graph import Counts, Graph, build_graph
from provenance.export.provdm import PROV_FORMATS, prov_document, read_prov, read_turtle, require, serialize_prov
from provenance.model import Document, Relation
from provenance.sources import Registry

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "Counts",
    "Graph",
    "build_graph",
    "claim_reviews",
    "prov_document",
    "read_prov",
    "read_turtle",
    "render_export",
    "require",
]

#: Export formats: the PROV serialisations, then ClaimReview.
FORMATS = (*PROV_FORMATS, "claimreview")

#: Export format by file-name ending (the longest matching ending wins).
EXTENSIONS = {
    ".prov.json": "prov-json",
    ".json": "prov-json",
    ".provn": "prov-n",
    ".prov.xml": "prov-xml",
    ".provx": "prov-xml",
    ".xml": "prov-xml",
    ".ttl": "turtle",
    ".claimreview.json": "claimreview",
    ".jsonld": "claimreview",
}


def render_export(
    docs: Sequence[Document], relations: Iterable[Relation], fmt: str, *, registry: Registry | None = None
) -> str:
    """``docs`` and the relations between their claims in one of :data:`FORMATS`.

    Args:
        docs: extracted documents, in the order they were read.
        relations: their contested and corroborated pairs
            (:func:`provenance.compare_documents`).
        fmt: one of :data:`FORMATS`.
        registry: the source registry (kinds of outlets that carry a
            statement without being cited; default: the shipped one).

    Returns:
        The export as text ending with a newline; the same input always
        gives the same text.

    Raises:
        MissingExtraError: a PROV format without the ``prov`` extra installed.
    """
    relations = list(relations)
    graph = build_graph(docs, relations, registry=registry)
    if fmt == "claimreview":
        return json.dumps(claim_reviews(docs, relations, graph, registry=registry), ensure_ascii=False, indent=1) + "\n"
    if fmt not in PROV_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    return serialize_prov(graph, fmt)
