"""The provenance graph as a W3C PROV document, through the ``prov`` package.

``prov`` (and ``lxml`` for PROV-XML, ``rdflib`` for Turtle) come with the
optional extra ``provenance[prov]``; without them these functions raise
:class:`~provenance.errors.MissingExtraError` naming the extra.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import re
import warnings
from typing import Any

import attrs

from provenance.errors import MissingExtraError
from provenance.export.graph import NAMESPACES, EdgeKind, Graph, NodeKind, iri

__all__ = ["PROV_FORMATS", "prov_document", "read_prov", "read_turtle", "require", "serialize_prov"]

#: The W3C PROV namespace.
PROV_NS = "http://www.w3.org/ns/prov#"

#: Export format -> (``prov`` serializer name, its options, extra modules it needs).
#: PROV-JSON is indented (one attribute a line) so that two exports diff line by line.
PROV_FORMATS: dict[str, tuple[str, dict[str, Any], tuple[str, ...]]] = {
    "prov-json": ("json", {"indent": 1, "ensure_ascii": False}, ()),
    "prov-n": ("provn", {}, ()),
    "prov-xml": ("xml", {}, ("lxml",)),
    "turtle": ("rdf", {}, ("rdflib",)),
}

#: Characters XML 1.0 cannot hold at all (most C0 controls, surrogates, U+FFFE/U+FFFF).
#: PROV-XML writes each as U+FFFD, one character for one, so spans keep their offsets.
NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

#: The extra that installs what PROV export needs.
EXTRA = "prov"


def _require(feature: str, *modules: str) -> None:
    """Import ``modules`` or raise :class:`MissingExtraError` naming the first one missing."""
    for name in modules:
        try:
            importlib.import_module(name)
        except ImportError:
            raise MissingExtraError(feature, name.split(".")[0], EXTRA) from None


def require(fmt: str) -> None:
    """Check that what writing ``fmt`` needs is installed, before any work is done.

    Raises:
        MissingExtraError: ``prov`` or the package the format needs is not installed.
    """
    if fmt in PROV_FORMATS:
        _require(f"{fmt} export", "prov", *PROV_FORMATS[fmt][2])


def prov_document(graph: Graph) -> Any:
    """The graph as a ``prov.model.ProvDocument``: every node and edge, with its identifier.

    Raises:
        MissingExtraError: the ``prov`` package is not installed.
    """
    _require("PROV export", "prov")
    from prov.model import PROV, ProvDocument

    document = ProvDocument()
    namespaces = {prefix: document.add_namespace(prefix, uri) for prefix, uri in NAMESPACES.items()}
    namespaces["prov"] = PROV

    def qname(identifier: str) -> Any:
        prefix, local = identifier.split(":", 1)
        return namespaces[prefix][local]

    def attributes(types, pairs) -> list:
        out = [("prov:type", qname(t)) for t in types]
        return out + [(name, value) for name, value in pairs]

    for node in graph.nodes:
        make = document.entity if node.kind is NodeKind.ENTITY else document.agent
        make(qname(node.id), attributes(node.types, node.attributes))
    for edge in graph.edges:
        extra = attributes(edge.types, edge.attributes) or None
        subject, obj, identifier = qname(edge.subject), qname(edge.object), qname(edge.id)
        if edge.kind is EdgeKind.WAS_DERIVED_FROM:
            document.wasDerivedFrom(subject, obj, identifier=identifier, other_attributes=extra)
        elif edge.kind is EdgeKind.HAD_PRIMARY_SOURCE:
            document.hadPrimarySource(subject, obj, identifier=identifier, other_attributes=extra)
        elif edge.kind is EdgeKind.WAS_ATTRIBUTED_TO:
            document.wasAttributedTo(subject, obj, identifier=identifier, other_attributes=extra)
        else:
            document.wasInfluencedBy(subject, obj, identifier=identifier, other_attributes=extra)
    return document


def serialize_prov(graph: Graph, fmt: str) -> str:
    """The graph in one of :data:`PROV_FORMATS`, as text ending with a newline.

    Turtle is PROV-O with both forms of each relation: the qualified node
    under the relation's identifier (``prov:qualifiedDerivation``, carrying
    its attributes), as ``prov`` writes it, and the plain triple
    (``prov:wasDerivedFrom``) that PROV-O queries use.

    Raises:
        MissingExtraError: ``prov`` or the package the format needs is not installed.
    """
    require(fmt)
    name, options, _ = PROV_FORMATS[fmt]
    document = prov_document(_xml_safe(graph) if fmt == "prov-xml" else graph)
    with _quiet_rdflib():
        text = _turtle(graph, document) if fmt == "turtle" else document.serialize(format=name, **options)
    return text if text.endswith("\n") else text + "\n"


def _xml_safe(graph: Graph) -> Graph:
    """The graph with every character XML cannot hold in its text values replaced by U+FFFD."""

    def safe(attributes):
        return tuple((k, NOT_XML.sub("\ufffd", v) if isinstance(v, str) else v) for k, v in attributes)

    nodes = tuple(attrs.evolve(n, attributes=safe(n.attributes)) for n in graph.nodes)
    edges = tuple(attrs.evolve(e, attributes=safe(e.attributes)) for e in graph.edges)
    return attrs.evolve(graph, nodes=nodes, edges=edges)


def _turtle(graph: Graph, document: Any) -> str:
    """PROV-O Turtle of ``document`` (made from ``graph``), with the plain triple of each relation."""
    from prov.serializers.provrdf import ProvRDFSerializer
    from rdflib import URIRef

    rdf = ProvRDFSerializer(document).encode_document(document)
    for edge in graph.edges:
        rdf.add((URIRef(iri(edge.subject)), URIRef(PROV_NS + edge.kind.value), URIRef(iri(edge.object))))
    return rdf.serialize(format="turtle")


def read_prov(text: str, fmt: str) -> Any:
    """Read a PROV-JSON, PROV-N or PROV-XML export back as a ``prov.model.ProvDocument`` (``prov.read``).

    Turtle is read with rdflib instead (:func:`read_turtle`): ``prov``'s RDF
    reader takes a relation written in both PROV-O forms for two relations.

    Raises:
        MissingExtraError: ``prov`` or the package the format needs is not installed.
    """
    if fmt not in PROV_FORMATS or fmt == "turtle":
        raise ValueError(f"read_prov reads prov-json, prov-n and prov-xml, not {fmt!r}")
    name, _, needs = PROV_FORMATS[fmt]
    _require(f"reading {fmt}", "prov", *needs)
    import prov

    return prov.read(io.StringIO(text), format=name)


def read_turtle(text: str) -> Any:
    """Read a Turtle export back as an ``rdflib.Graph``.

    Raises:
        MissingExtraError: rdflib is not installed.
    """
    _require("reading turtle", "rdflib")
    import rdflib

    return rdflib.Graph().parse(data=text, format="turtle")


@contextlib.contextmanager
def _quiet_rdflib():
    """Silence rdflib's deprecation warnings about how ``prov`` calls it (one per
    record): they concern the two packages, not the export or its reader."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"rdflib\.")
        yield
