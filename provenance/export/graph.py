"""The provenance graph of a corpus: articles, claims, reports, statements and
sources as nodes, and how each came from the others as edges.

The graph is built from the library's values only (documents and the
relations of :func:`provenance.compare_documents`) and names every node and
edge with a stable identifier, so the same corpus always gives the same
graph.  It is independent of any serialisation: :mod:`provenance.export.provdm`
turns it into a W3C PROV document, :mod:`provenance.export.claimreview`
reuses its identifiers.  docs/prov.md describes the mapping.

>>> from provenance import extract
>>> doc = extract("Troops left the city (Kestrel News, May 2, 2021).", path="brief.txt")
>>> graph = build_graph([doc])
>>> [node.id for node in graph.nodes]
['article:brief', 'claim:brief:1', 'report:kestrel%20news/2021-05-02', 'source:kestrel%20news']
>>> for edge in graph.edges:
...     print(edge.kind.value, edge.subject, edge.object)
wasDerivedFrom claim:brief:1 article:brief
wasAttributedTo report:kestrel%20news/2021-05-02 source:kestrel%20news
hadPrimarySource claim:brief:1 report:kestrel%20news/2021-05-02
"""

from __future__ import annotations

import collections
import enum
from collections.abc import Iterable, Iterator, Sequence

import attrs

from provenance.model import (
    Attribution,
    Citation,
    Claim,
    Continuation,
    Document,
    Relation,
    RelationType,
    SourceKind,
    source_key,
)
from provenance.sources import Registry, default_registry

__all__ = [
    "NAMESPACES",
    "VOCABULARY",
    "Counts",
    "Edge",
    "EdgeKind",
    "Graph",
    "Node",
    "NodeKind",
    "build_graph",
    "iri",
    "local_name",
]

#: The tool's own vocabulary: node types (``pv:Claim``), source kinds
#: (``pv:StateMedia``), relation types (``pv:Contestation``) and attributes
#: (``pv:start``).  A URN, because the terms name no web page.
VOCABULARY = "urn:provenance:vocab:"

#: Prefix -> namespace of every identifier the graph uses; the local part
#: after the prefix is the node's stable key (see :func:`local_name`).
NAMESPACES = {
    "pv": VOCABULARY,
    "article": "urn:provenance:article:",
    "claim": "urn:provenance:claim:",
    "report": "urn:provenance:report:",
    "statement": "urn:provenance:statement:",
    "source": "urn:provenance:source:",
    "relation": "urn:provenance:relation:",
}

#: The ``pv:`` type of an agent of each source kind.
KIND_TYPES = {
    SourceKind.WIRE: "pv:Wire",
    SourceKind.STATE_MEDIA: "pv:StateMedia",
    SourceKind.SOCIAL: "pv:Social",
    SourceKind.OFFICIAL: "pv:Official",
    SourceKind.OUTLET: "pv:Outlet",
    SourceKind.PERSON: "pv:Person",
    SourceKind.ANONYMOUS: "pv:Anonymous",
    SourceKind.UNKNOWN: "pv:Unknown",
}

#: The PROV agent class of the source kinds that have one: a person is a
#: ``prov:Person``; wires, state media and outlets are organisations.
#: Officials (a minister, a ministry), social accounts and anonymous sources
#: may be either, so they get only their ``pv:`` type.
PROV_AGENT_TYPES = {
    SourceKind.PERSON: "prov:Person",
    SourceKind.WIRE: "prov:Organization",
    SourceKind.STATE_MEDIA: "prov:Organization",
    SourceKind.OUTLET: "prov:Organization",
}

#: Characters kept as they are in a local name besides letters and digits;
#: everything else is percent-encoded (UTF-8), so identifiers are valid in
#: PROV-N, PROV-XML and Turtle alike.  ``/`` separates the parts of a
#: composite key, ``:`` is the separator of the JSON contract's claim ids.
LOCAL_SAFE = frozenset("-_.~:/@")

#: The date part of the key of a report cited without a date.
UNDATED = "undated"

#: Separates the two ends of a date range in a report key (ISO 8601's ``/``
#: is already the key separator).
RANGE = ".."

Value = str | int | float | bool
Attributes = tuple[tuple[str, Value], ...]


class NodeKind(enum.Enum):
    """The PROV class of a node."""

    ENTITY = "entity"
    AGENT = "agent"


class EdgeKind(enum.Enum):
    """The PROV relation an edge is, named as PROV-N names it."""

    WAS_DERIVED_FROM = "wasDerivedFrom"
    HAD_PRIMARY_SOURCE = "hadPrimarySource"
    WAS_ATTRIBUTED_TO = "wasAttributedTo"
    WAS_INFLUENCED_BY = "wasInfluencedBy"


@attrs.frozen
class Node:
    """An entity or agent of the graph."""

    id: str
    """``prefix:local``: a prefix of :data:`NAMESPACES` and a :func:`local_name`."""
    kind: NodeKind
    types: tuple[str, ...]
    """Values of ``prov:type`` (``pv:Claim``; ``prov:Person``, ``pv:Person``)."""
    attributes: Attributes = ()
    """Other attributes as ``(name, value)`` pairs in a fixed order; names are ``prefix:local``."""


@attrs.frozen
class Edge:
    """A PROV relation between two nodes."""

    id: str
    """``relation:local``: stable, made of the identifiers it joins."""
    kind: EdgeKind
    subject: str
    """The derived, attributed or influenced node (PROV's first argument)."""
    object: str
    """What it was derived from, attributed to or influenced by (PROV's second argument)."""
    types: tuple[str, ...] = ()
    """Values of ``prov:type`` (``pv:Contestation``)."""
    attributes: Attributes = ()


@attrs.frozen
class Counts:
    """How many entities, agents and relations a graph has."""

    entities: int
    agents: int
    relations: int


@attrs.frozen
class Graph:
    """Nodes and edges in a fixed order: documents in input order, each claim's
    evidence in text order, then the relations between claims."""

    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]
    claim_ids: dict = attrs.field(factory=dict, eq=False)
    """``(document path, claim id)`` -> the claim's node identifier."""
    article_ids: dict = attrs.field(factory=dict, eq=False)
    """``(document path, article index)`` -> the article's node identifier."""

    @property
    def counts(self) -> Counts:
        kinds = collections.Counter(node.kind for node in self.nodes)
        return Counts(kinds[NodeKind.ENTITY], kinds[NodeKind.AGENT], len(self.edges))


def local_name(key: str) -> str:
    """``key`` as the local part of an identifier: letters, digits and
    :data:`LOCAL_SAFE` kept, the rest percent-encoded; a leading ``-`` or a
    trailing ``.`` (not allowed there in PROV-N) encoded too.

    >>> local_name("Twitter/@handle")
    'Twitter/@handle'
    >>> local_name("harbour times [norland]")
    'harbour%20times%20%5Bnorland%5D'
    >>> local_name("u.s.")
    'u.s%2E'
    """
    out = [ch if ch.isalnum() or ch in LOCAL_SAFE else _percent(ch) for ch in key]
    if out and out[0] == "-":
        out[0] = _percent("-")
    if out and out[-1] == ".":
        out[-1] = _percent(".")
    return "".join(out)


def _percent(ch: str) -> str:
    return "".join(f"%{byte:02X}" for byte in ch.encode("utf-8"))


def iri(identifier: str) -> str:
    """The full IRI of a ``prefix:local`` identifier.

    >>> iri("claim:brief:1")
    'urn:provenance:claim:brief:1'
    """
    prefix, local = identifier.split(":", 1)
    return NAMESPACES[prefix] + local


def document_keys(docs: Sequence[Document]) -> list[str]:
    """The key of each document in identifiers, unique among ``docs``: its stem
    (the prefix of its claim ids) when no other document has that stem, else
    its path without the extension; ``~2``, ``~3`` … set apart what is still
    alike (texts without a path)."""
    stems = collections.Counter(doc.stem for doc in docs)
    keys = []
    for doc in docs:
        key = doc.stem
        if stems[doc.stem] > 1 and doc.path and doc.path != "-":
            path = doc.path.replace("\\", "/")
            key = path.rsplit(".", 1)[0] if "." in path.rsplit("/", 1)[-1] else path
        keys.append(key)
    used: set[str] = set()
    unique = []
    for key in keys:
        candidate, n = key, 1
        while candidate in used:
            n += 1
            candidate = f"{key}~{n}"
        used.add(candidate)
        unique.append(candidate)
    return unique


def claim_key(claim: Claim, doc_key: str, stem: str) -> str:
    """The claim's id of the JSON contract, its document part replaced by
    ``doc_key`` when that is not the stem."""
    if doc_key == stem or not claim.id.startswith(stem + ":"):
        return claim.id
    return doc_key + claim.id[len(stem) :]


def _date_part(date: str | None, date_end: str | None) -> str:
    if not date:
        return UNDATED
    return f"{date}{RANGE}{date_end}" if date_end else date


@attrs.define
class _Builder:
    """Accumulates nodes and edges once each, in order of first mention."""

    registry: Registry
    nodes: dict[str, Node] = attrs.Factory(dict)
    edges: dict[str, Edge] = attrs.Factory(dict)
    statements: dict[Attribution, str] = attrs.Factory(dict)
    """The statement node of each attribution, for the claims that continue it."""

    def node(self, node: Node) -> str:
        self.nodes.setdefault(node.id, node)
        return node.id

    def edge(
        self, kind: EdgeKind, id_: str, subject: str, obj: str, types: tuple[str, ...] = (), attributes: Attributes = ()
    ) -> None:
        if id_ in self.edges:
            n = 2
            while f"{id_}~{n}" in self.edges:
                n += 1
            id_ = f"{id_}~{n}"
        self.edges[id_] = Edge(id_, kind, subject, obj, types, attributes)

    def agent(self, name: str, kind: SourceKind, key: str | None = None) -> str:
        """The agent of a source (by key; the first name and kind given win)."""
        types = tuple(t for t in (PROV_AGENT_TYPES.get(kind), KIND_TYPES[kind]) if t)
        node_id = "source:" + local_name(key or source_key(name))
        return self.node(Node(node_id, NodeKind.AGENT, types, (("prov:label", name), ("pv:kind", kind.value))))

    def report(
        self, source_name: str, key: str, kind: SourceKind, date: str | None, date_end: str | None, citing: str
    ) -> str:
        """The report of a source on a date (the entity a citation names), attributed to the source.

        A citation that names no source (``(12 March)``, the prose naming none)
        is a report of its own, attributed to no one: unnamed citations are not
        one source.  ``citing`` (the citation's place: claim and number) names it.
        """
        date_part = _date_part(date, date_end)
        node_id = f"report:{local_name(key) if key else 'unnamed/' + local_name(citing)}/{local_name(date_part)}"
        if node_id not in self.nodes:
            label = f"{source_name or '(unnamed)'}, {date_part}"
            attributes: list[tuple[str, Value]] = [("prov:label", label), ("pv:source", source_name)]
            attributes += [(name, value) for name, value in (("pv:date", date), ("pv:dateEnd", date_end)) if value]
            self.node(Node(node_id, NodeKind.ENTITY, ("pv:Report",), tuple(attributes)))
            if key:
                agent = self.agent(source_name, kind, key)
                self.edge(EdgeKind.WAS_ATTRIBUTED_TO, "relation:" + node_id.replace(":", "/", 1), node_id, agent)
        return node_id


def build_graph(docs: Iterable[Document], relations: Iterable = (), *, registry: Registry | None = None) -> Graph:
    """The provenance graph of ``docs`` and of the ``relations`` between their claims.

    Args:
        docs: extracted documents, in the order they were read.
        relations: contested and corroborated pairs among their claims
            (:func:`provenance.compare_documents`), in its order.
        registry: names the kind of an outlet that carries a statement
            without being cited (default: the shipped registry).

    Returns:
        The graph, nodes and edges in a fixed order (see :class:`Graph`).
    """
    docs = list(docs)
    builder = _Builder(registry or default_registry())
    claim_ids: dict = {}
    article_ids: dict = {}
    for doc, key in zip(docs, document_keys(docs), strict=True):
        articles = _articles(builder, doc, key)
        article_ids.update({(doc.path, i): node_id for i, node_id in enumerate(articles)})
        for claim in doc.claims:
            claim_id = _claim(builder, doc, claim, claim_key(claim, key, doc.stem), articles)
            claim_ids[(doc.path, claim.id)] = claim_id
    for relation in relations:
        _relation(builder, relation, claim_ids)
    return Graph(tuple(builder.nodes.values()), tuple(builder.edges.values()), claim_ids, article_ids)


def _articles(builder: _Builder, doc: Document, key: str) -> list[str]:
    """The article entities of ``doc`` (one when the file holds one article)."""
    articles = doc.articles or ()
    ids = []
    for index, article in enumerate(articles):
        node_id = "article:" + local_name(key if len(articles) == 1 else f"{key}/{index + 1}")
        attributes: list[tuple[str, Value]] = [("prov:label", article.title or doc.path or key)]
        attributes += [
            (name, value)
            for name, value in (
                ("pv:path", doc.path),
                ("pv:title", article.title),
                ("pv:author", article.author),
                ("pv:published", doc.published),
            )
            if value
        ]
        attributes += [("pv:start", article.start), ("pv:end", article.end)]
        ids.append(builder.node(Node(node_id, NodeKind.ENTITY, ("pv:Article",), tuple(attributes))))
    if not ids:  # text with no article found still has a place for its claims
        fallback: Attributes = (("prov:label", doc.path or key),) + ((("pv:path", doc.path),) if doc.path else ())
        ids.append(builder.node(Node("article:" + local_name(key), NodeKind.ENTITY, ("pv:Article",), fallback)))
    return ids


def _claim(builder: _Builder, doc: Document, claim: Claim, key: str, articles: Sequence[str]) -> str:
    """The claim entity, derived from its article, its cited reports and its speakers' statements."""
    local = local_name(key)
    node_id = builder.node(
        Node(
            "claim:" + local,
            NodeKind.ENTITY,
            ("pv:Claim",),
            (("prov:value", claim.text), ("pv:start", claim.start), ("pv:end", claim.end), ("pv:hedged", claim.hedged)),
        )
    )
    article = articles[claim.article] if 0 <= claim.article < len(articles) else articles[0]
    builder.edge(EdgeKind.WAS_DERIVED_FROM, f"relation:{local}/article", node_id, article)
    reports: dict[str, str] = {}
    for n, e in enumerate(claim.evidence, 1):
        if isinstance(e, Citation):
            report = builder.report(e.source.name, e.source.key, e.source.kind, e.date, e.date_end, f"{local}/{n}")
            if e.source.key:
                reports.setdefault(e.source.key, report)
            span: Attributes = (("pv:raw", e.raw), ("pv:start", e.start), ("pv:end", e.end))
            builder.edge(EdgeKind.HAD_PRIMARY_SOURCE, f"relation:{local}/cites/{n}", node_id, report, (), span)
    for n, e in enumerate(claim.evidence, 1):
        if isinstance(e, Attribution):
            _statement(builder, e, local, n, node_id, reports)
        elif isinstance(e, Continuation):
            statement = builder.statements.get(e.attribution)
            if statement is None:  # the claim that holds it was left out
                _statement(builder, e.attribution, local, n, node_id, reports)
            else:
                builder.edge(EdgeKind.WAS_DERIVED_FROM, f"relation:{local}/continues/{n}", node_id, statement)
        elif e.speaker:
            _carried(builder, e, local, n, reports[e.source.key])
    return node_id


def _statement(builder: _Builder, a: Attribution, local: str, n: int, claim_id: str, reports: dict) -> None:
    """What a speaker said, attributed to the speaker; the claim derives from
    it, and so does the report of the outlet that carried it."""
    who = a.speaker or a.source.name
    agent = builder.agent(who, a.source.kind, source_key(a.speaker) if a.speaker else a.source.key)
    statement = builder.node(
        Node(
            f"statement:{local}/{n}",
            NodeKind.ENTITY,
            ("pv:Statement",),
            (
                ("prov:label", f"{who}: {a.cue}"),
                ("pv:cue", a.cue),
                ("pv:stance", a.stance.value),
                ("pv:start", a.start),
                ("pv:end", a.end),
                ("pv:contentStart", a.content_start),
                ("pv:contentEnd", a.content_end),
            ),
        )
    )
    builder.statements.setdefault(a, statement)
    builder.edge(EdgeKind.WAS_ATTRIBUTED_TO, f"relation:{local}/{n}/said-by", statement, agent)
    builder.edge(EdgeKind.WAS_DERIVED_FROM, f"relation:{local}/says/{n}", claim_id, statement)
    if a.via:
        outlet = builder.registry.source(a.via)
        report = reports.get(outlet.key) or builder.report(a.via, outlet.key, outlet.kind, None, None, f"{local}/{n}")
        builder.edge(EdgeKind.WAS_DERIVED_FROM, f"relation:{local}/{n}/carried-by", report, statement)


def _carried(builder: _Builder, c: Citation, local: str, n: int, report: str) -> None:
    """A speaker named in a citation (``Ivanov in Izvestiya``): the speaker's
    statement, and the cited report derived from it."""
    speaker = c.speaker or ""
    agent = builder.agent(speaker, SourceKind.UNKNOWN)
    statement = builder.node(
        Node(
            f"statement:{local}/{n}",
            NodeKind.ENTITY,
            ("pv:Statement",),
            (("prov:label", f"{speaker} in {c.source.name}"), ("pv:start", c.start), ("pv:end", c.end)),
        )
    )
    builder.edge(EdgeKind.WAS_ATTRIBUTED_TO, f"relation:{local}/{n}/said-by", statement, agent)
    builder.edge(EdgeKind.WAS_DERIVED_FROM, f"relation:{local}/{n}/carried-by", report, statement)


#: The ``prov:type`` of a relation between claims (a kind of PROV influence),
#: and the verb its identifier reads with.
RELATION_TYPES = {
    RelationType.CONTESTED: ("pv:Contestation", "contests"),
    RelationType.CORROBORATED: ("pv:Corroboration", "corroborates"),
}


def _relation(builder: _Builder, relation: Relation, claim_ids: dict) -> None:
    """``b`` contests (or corroborates) ``a``: ``b`` wasInfluencedBy ``a``, typed, with score and evidence."""
    a = claim_ids.get((relation.a.doc, relation.a.claim))
    b = claim_ids.get((relation.b.doc, relation.b.claim))
    if a is None or b is None:
        return  # a side that is not a claim of these documents (a bare statement)
    kind = str(relation.relation)
    type_, verb = RELATION_TYPES.get(relation.relation, ("pv:" + kind.capitalize(), kind))
    attributes: list[tuple[str, Value]] = [("pv:kind", str(relation.kind)), ("pv:score", round(relation.score, 3))]
    attributes.append(("pv:evidence", relation.evidence))
    edge_id = f"relation:{b.split(':', 1)[1]}/{verb}/{a.split(':', 1)[1]}"
    builder.edge(EdgeKind.WAS_INFLUENCED_BY, edge_id, b, a, (type_,), tuple(attributes))


def dangling(graph: Graph) -> Iterator[str]:
    """Identifiers that edges use but no node defines (none in a well-formed graph)."""
    defined = {node.id for node in graph.nodes}
    for edge in graph.edges:
        for end in (edge.subject, edge.object):
            if end not in defined:
                yield end
