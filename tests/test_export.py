"""``provenance export``: the provenance graph as W3C PROV and contested pairs as ClaimReview.

Every PROV export is read back (``prov.read``) and must hold the very graph
that was written, with as many entities, agents and relations as the report
shows; ClaimReview is read back as JSON-LD with rdflib.  Invented articles
only; the seeds are covered by the golden files of tests/test_reports.py.
"""

from __future__ import annotations

import collections
import json
import re
import sys

import pytest
import rdflib
from conftest import ROOT
from hypothesis import given, settings
from hypothesis import strategies as st
from prov.model import ProvAgent, ProvEntity, ProvRelation
from strategies import citationish_text, prose

from provenance import compare_documents, extract, extract_paths
from provenance.cli import main
from provenance.export import (
    FORMATS,
    build_graph,
    claim_reviews,
    prov_document,
    read_prov,
    read_turtle,
    render_export,
)
from provenance.export.graph import NodeKind, dangling, document_keys, local_name
from provenance.model import Attribution, Continuation, Document, source_key
from provenance.report import corpus_source_rows
from provenance.sources import default_registry

#: The formats ``prov.read`` reads back; Turtle is read with rdflib.
PROV_READ = ["prov-json", "prov-n", "prov-xml"]

#: An invented article: a cited report, its denial by the person it is about,
#: a mayor carried by an outlet she wrote for, an anonymous source, a speaker
#: named in a citation, and a date range.
HARBOUR = (
    "Calder Port Reopens\n\n"
    "By Mira Osei\n\n"
    "Reports emerged on May 2 that harbour master Tomas Varga had fled Calder (Kestrel News, May 2). "
    "Varga refuted those reports and said that he remained in charge of the port (Twitter/@calderport, May 3). "
    "In an op-ed for the Harbour Times, Mayor Ana Ruiz wrote that the port would reopen in June. "
    "Officials said 40 ships were waiting outside the harbour. "
    "The minister promised new cranes (Ivanov in Coast Courier, May 4). "
    "Dock fees rose in April (Port Gazette, April 28–30).\n"
)

#: A second invented article that contradicts the first about the same person.
FERRY = (
    "Ferry Line Extends Service\n\n"
    "Harbour master Tomas Varga is still in Calder, the ferry company said (Coast Courier, May 3). "
    "Fares will stay the same (Coast Courier, May 5).\n"
)


@pytest.fixture
def corpus(tmp_path):
    """The two invented articles as files, in a directory."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "calder.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "ferry.txt").write_text(FERRY, encoding="utf-8")
    return folder


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def _documents(*paths) -> list[Document]:
    return [d for d in extract_paths([str(p) for p in paths]) if isinstance(d, Document)]


def _harbour() -> Document:
    return extract(HARBOUR, path="news/calder.txt", published="2021-05-06")


# -- what the report shows, counted independently of the exporter ------------


def report_counts(docs: list[Document], relations) -> tuple[int, int, int]:
    """``(entities, agents, relations)`` the export must hold, from the report's own values.

    Entities: each article, each claim, each statement (an attribution, or a
    speaker named in a citation) and each cited report (a source on a date;
    an outlet that carries a statement without a citation is an undated
    report).  Agents: the rows of the report's sources table, plus outlets
    and citation speakers that the table does not count.  Relations: per
    claim its article; per citation one primary source; per report its
    source; per statement its speaker, the claim it feeds (attributions)
    and the report that carries it; per continuation the statement its claim
    goes on with; and each contested or corroborated pair.
    """
    registry = default_registry()
    articles = sum(max(1, len(d.articles)) for d in docs)
    claims = [c for d in docs for c in d.claims]
    citations = [e for c in claims for e in c.citations]
    attributions = [e for c in claims for e in c.evidence if isinstance(e, Attribution)]  # each once
    continuations = [e for c in claims for e in c.continuations]
    spoken = [e for e in citations if e.speaker]
    reports = {(e.source.key, e.date, e.date_end) for e in citations}
    for c in claims:
        cited = {e.source.key for e in c.citations}
        carriers = {registry.source(e.via).key for e in c.evidence if isinstance(e, Attribution) and e.via}
        reports |= {(key, None, None) for key in carriers - cited}
    statements = len(attributions) + len(spoken)
    entities = articles + len(claims) + statements + len(reports)
    tallied = {
        source_key(e.speaker) if isinstance(e, Attribution) and e.speaker else e.source.key
        for c in claims
        for e in c.evidence
        if not isinstance(e, Continuation)
    }
    assert len(tallied) == len(list(corpus_source_rows(docs)))  # the sources table, row for row
    extra = {registry.source(a.via).key for a in attributions if a.via} | {source_key(e.speaker) for e in spoken}
    agents = len(tallied | extra)
    edges = len(claims) + len(citations) + len(reports) + 2 * statements
    edges += sum(1 for a in attributions if a.via) + len(continuations) + len(list(relations))
    return entities, agents, edges


def read_counts(document) -> tuple[int, int, int]:
    """Entities, agents and relations of a document read back by ``prov``."""
    records = document.get_records()
    return (
        sum(isinstance(r, ProvEntity) for r in records),
        sum(isinstance(r, ProvAgent) for r in records),
        sum(isinstance(r, ProvRelation) for r in records),
    )


PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")

#: The PROV-O classes of the relations the export writes, and their plain predicates.
RELATION_CLASSES = {
    "Derivation": "wasDerivedFrom",
    "PrimarySource": "hadPrimarySource",
    "Attribution": "wasAttributedTo",
    "Influence": "wasInfluencedBy",
}


def turtle_counts(rdf: rdflib.Graph) -> tuple[int, int, int]:
    """Entities, agents and relations (qualified nodes) of a Turtle export read back by rdflib;
    each relation must also be there as its plain triple."""
    relations = 0
    for cls, predicate in RELATION_CLASSES.items():
        nodes = set(rdf.subjects(rdflib.RDF.type, PROV[cls]))
        assert len(nodes) == len(set(rdf.subject_objects(PROV[predicate])))
        relations += len(nodes)
    entities = set(rdf.subjects(rdflib.RDF.type, PROV.Entity))
    return len(entities), len(set(rdf.subjects(rdflib.RDF.type, PROV.Agent))), relations


# -- round trips ----------------------------------------------------------------


@pytest.mark.parametrize("fmt", PROV_READ)
def test_prov_round_trip_holds_the_graph_and_the_report_counts(fmt):
    doc = _harbour()
    relations = compare_documents([doc])
    back = read_prov(render_export([doc], relations, fmt), fmt)
    assert back == prov_document(build_graph([doc], relations))
    counts = read_counts(back)
    print(f"{fmt}: {counts[0]} entities, {counts[1]} agents, {counts[2]} relations")
    assert counts == report_counts([doc], relations)


def test_turtle_round_trip_has_the_report_counts():
    doc = _harbour()
    relations = compare_documents([doc])
    counts = turtle_counts(read_turtle(render_export([doc], relations, "turtle")))
    print(f"turtle: {counts[0]} entities, {counts[1]} agents, {counts[2]} relations")
    assert counts == report_counts([doc], relations)


@pytest.mark.parametrize("fmt", [*PROV_READ, "turtle"])
def test_round_trip_across_articles_on_files(fmt, corpus):
    docs = _documents(corpus)
    relations = compare_documents(docs)
    assert any(r.contested and r.a.doc != r.b.doc for r in relations)  # the ferry article contradicts the harbour one
    text = render_export(docs, relations, fmt)
    counts = turtle_counts(read_turtle(text)) if fmt == "turtle" else read_counts(read_prov(text, fmt))
    assert counts == report_counts(docs, relations)


@pytest.mark.parametrize("fmt", [*PROV_READ, "turtle"])
def test_control_characters_round_trip(fmt):
    # a form feed and a backspace in an article (old text files have them): XML 1.0 cannot hold
    # them, so PROV-XML writes U+FFFD, one character for one; the other formats keep them
    text = "Fees rose\x0c in April (Port Gazette, April 28, 2021). The\x08 mayor said nothing."
    doc = extract(text, path="fees.txt")
    export = render_export([doc], [], fmt)
    if fmt == "turtle":
        values = {str(v) for v in read_turtle(export).objects(None, PROV.value)}
    else:
        back = read_prov(export, fmt)
        assert read_counts(back) == report_counts([doc], [])
        values = {str(v) for r in back.get_records(ProvEntity) for v in r.get_attribute("prov:value")}
    expected = {
        c.text.replace("\x0c", "\ufffd").replace("\x08", "\ufffd") if fmt == "prov-xml" else c.text for c in doc.claims
    }
    assert values == expected


def test_seeds_round_trip_in_every_prov_format(seed_documents):
    docs = list(seed_documents.values())
    relations = compare_documents(docs)
    expected = report_counts(docs, relations)
    print(f"samples: {expected[0]} entities, {expected[1]} agents, {expected[2]} relations")
    for fmt in [*PROV_READ, "turtle"]:
        text = render_export(docs, relations, fmt)
        counts = turtle_counts(read_turtle(text)) if fmt == "turtle" else read_counts(read_prov(text, fmt))
        assert counts == expected, fmt


@pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")  # rdflib's JSON-LD parser about its own classes
def test_claimreview_reads_back_as_json_ld_one_review_per_contested_pair(corpus):
    docs = _documents(corpus)
    relations = compare_documents(docs)
    contested = [r for r in relations if r.contested]
    graph = rdflib.Graph().parse(data=render_export(docs, relations, "claimreview"), format="json-ld")
    schema = rdflib.Namespace("https://schema.org/")
    reviews = list(graph.subjects(rdflib.RDF.type, schema.ClaimReview))
    assert len(reviews) == len(contested) >= 2
    ratings = sorted(str(v) for v in graph.objects(None, schema.alternateName))
    assert all(r.startswith("disputed by ") for r in ratings)
    assert not list(graph.objects(None, schema.ratingValue))  # no truth verdict


# -- the mapping -------------------------------------------------------------------


def _edges(graph) -> set[tuple[str, str, str]]:
    return {(e.kind.value, e.subject, e.object) for e in graph.edges}


@pytest.mark.parametrize(
    "edge",
    [
        # every claim derives from its article
        ("wasDerivedFrom", "claim:calder:6", "article:calder"),
        # a cited report is the claim's primary source, attributed to its outlet
        ("hadPrimarySource", "claim:calder:1", "report:kestrel%20news/2021-05-02"),
        ("wasAttributedTo", "report:kestrel%20news/2021-05-02", "source:kestrel%20news"),
        # a date range keeps both ends in the report's key
        ("hadPrimarySource", "claim:calder:6", "report:port%20gazette/2021-04-28..2021-04-30"),
        # an attribution chain: the speaker's statement, the outlet's report derived from it
        ("wasAttributedTo", "statement:calder:2/1", "source:tomas%20varga"),
        ("wasDerivedFrom", "claim:calder:2", "statement:calder:2/1"),
        ("wasDerivedFrom", "report:twitter/@calderport/2021-05-03", "statement:calder:2/1"),
        # an outlet that carries a statement without a citation: an undated report of it
        ("wasDerivedFrom", "report:harbour%20times/undated", "statement:calder:3/1"),
        ("wasAttributedTo", "report:harbour%20times/undated", "source:harbour%20times"),
        # an anonymous source is an agent too
        ("wasAttributedTo", "statement:calder:4/1", "source:officials"),
        # a speaker named in a citation: the cited report derives from the speaker's statement
        # (statement 1 of the claim is the minister's promise, an attribution of its own)
        ("wasDerivedFrom", "report:coast%20courier/2021-05-04", "statement:calder:5/2"),
        ("wasAttributedTo", "statement:calder:5/2", "source:ivanov"),
        # a denial: the denying claim is influenced by the claim it contests
        ("wasInfluencedBy", "claim:calder:2", "claim:calder:1"),
    ],
)
def test_mapping(edge):
    doc = _harbour()
    assert edge in _edges(build_graph([doc], compare_documents([doc])))


@pytest.mark.parametrize(
    "node_id, types",
    [
        # articles, claims, reports and statements are typed in the tool's vocabulary
        ("article:calder", ("pv:Article",)),
        ("claim:calder:1", ("pv:Claim",)),
        ("report:kestrel%20news/2021-05-02", ("pv:Report",)),
        ("statement:calder:2/1", ("pv:Statement",)),
        # a person is a prov:Person; an outlet a prov:Organization; each also has its kind
        ("source:tomas%20varga", ("prov:Person", "pv:Person")),
        ("source:kestrel%20news", ("prov:Organization", "pv:Outlet")),
        ("source:twitter/@calderport", ("pv:Social",)),
        ("source:officials", ("pv:Anonymous",)),
    ],
)
def test_node_types(node_id, types):
    graph = build_graph([_harbour()])
    (node,) = [n for n in graph.nodes if n.id == node_id]
    assert node.types == types


def test_article_and_claim_attributes():
    graph = build_graph([_harbour()])
    nodes = {n.id: dict(n.attributes) for n in graph.nodes}
    article = nodes["article:calder"]
    assert {k: article[k] for k in ("pv:path", "pv:title", "pv:author", "pv:published")} == {
        "pv:path": "news/calder.txt",
        "pv:title": "Calder Port Reopens",
        "pv:author": "Mira Osei",
        "pv:published": "2021-05-06",
    }
    claim = nodes["claim:calder:1"]
    assert HARBOUR[claim["pv:start"] : claim["pv:end"]] == claim["prov:value"]
    assert claim["pv:hedged"] is True  # "reports emerged"


def test_relation_attributes_score_and_evidence():
    doc = _harbour()
    (edge,) = [e for e in build_graph([doc], compare_documents([doc])).edges if e.kind.value == "wasInfluencedBy"]
    assert edge.id == "relation:calder:2/contests/calder:1"
    assert edge.types == ("pv:Contestation",)
    attributes = dict(edge.attributes)
    assert attributes["pv:kind"] == "denial"
    assert 0.5 < attributes["pv:score"] <= 1.0
    assert "refuted those reports" in attributes["pv:evidence"]


@pytest.mark.parametrize(
    "paths, keys",
    [
        # stems are the claim ids' prefix
        (["a/harbour.txt", "b/ferry.md"], ["harbour", "ferry"]),
        # the same stem in two folders: the paths tell them apart
        (["a/harbour.txt", "b/harbour.txt"], ["a/harbour", "b/harbour"]),
        # texts without a path: numbered
        ([None, None], ["text", "text~2"]),
    ],
)
def test_document_keys_are_unique(paths, keys):
    docs = [Document(text="", path=p) for p in paths]
    assert document_keys(docs) == keys


def test_claims_of_documents_with_one_stem_get_distinct_ids():
    docs = [extract("The bridge closed (Kestrel News, May 2, 2021).", path=p) for p in ("a/x.txt", "b/x.txt")]
    claims = [n.id for n in build_graph(docs).nodes if n.kind is NodeKind.ENTITY and n.id.startswith("claim:")]
    assert claims == ["claim:a/x:1", "claim:b/x:1"]


@pytest.mark.parametrize(
    "key, local",
    [
        # letters, digits and -_.~:/@ stay
        ("twitter/@calderport", "twitter/@calderport"),
        ("calder:12", "calder:12"),
        # spaces and brackets are percent-encoded
        ("harbour times [norland]", "harbour%20times%20%5Bnorland%5D"),
        # letters of any script stay; a combining mark is encoded
        ("süddeutsche", "süddeutsche"),
        ("e\u0301", "e%CC%81"),
        # "%" itself is encoded, so that encoding is one-to-one
        ("50%", "50%25"),
        # a leading "-" and a trailing "." are not allowed there in PROV-N
        ("-x", "%2Dx"),
        ("u.s.", "u.s%2E"),
    ],
)
def test_local_name(key, local):
    assert local_name(key) == local


# -- ClaimReview -------------------------------------------------------------------


def test_claimreview_of_a_denial():
    doc = _harbour()
    (review,) = claim_reviews([doc], compare_documents([doc]))["@graph"]
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == doc.claims[0].text
    item = review["itemReviewed"]
    assert item["@id"] == "urn:provenance:claim:calder:1"
    assert item["author"] == {"@type": "Organization", "name": "Kestrel News"}  # not the anonymous "reports"
    appearance = item["appearance"]
    assert HARBOUR[appearance["pv:start"] : appearance["pv:end"]] == item["text"]
    assert appearance["isPartOf"]["name"] == "Calder Port Reopens"
    assert review["isBasedOn"]["author"] == {"@type": "Person", "name": "Tomas Varga"}
    assert review["reviewRating"] == {
        "@type": "Rating",
        "alternateName": "disputed by Tomas Varga via Twitter/@calderport",
        "ratingExplanation": 'b denies a ("refuted those reports"), same subject: Varga',
    }
    assert (review["pv:kind"], review["pv:score"]) == ("denial", round(compare_documents([doc])[0].score, 3))


def test_claimreview_leaves_corroborations_out():
    # two outlets saying the same thing (one claim citing two outlets is no corroboration of itself)
    docs = [
        extract(
            "The bridge over the Calder closed on May 2 after the storm (Kestrel News, May 2, 2021).", path="a.txt"
        ),
        extract(
            "On May 2 the bridge over the Calder closed after the storm (Port Gazette, May 2, 2021).", path="b.txt"
        ),
    ]
    relations = compare_documents(docs)
    assert [str(r.relation) for r in relations] == ["corroborated"]
    assert claim_reviews(docs, relations)["@graph"] == []


# -- the command ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, first_line",
    [
        # each format from the file name's ending, the longest ending first
        ("out.prov.json", "{"),
        ("out.json", "{"),
        ("out.provn", "document"),
        ("out.prov.xml", "<?xml version='1.0' encoding='ASCII'?>"),
        ("out.ttl", "@prefix article: <urn:provenance:article:> ."),
        ("out.claimreview.json", "{"),
    ],
)
def test_output_format_from_extension(runner, corpus, tmp_path, name, first_line):
    result = run(runner, "export", corpus, "-o", tmp_path / name)
    assert result.exit_code == 0, result.output
    text = (tmp_path / name).read_text(encoding="utf-8")
    assert text.splitlines()[0] == first_line
    assert ("@graph" in text) == name.endswith("claimreview.json")


def test_two_exports_are_identical_whatever_the_jobs(runner, corpus):
    one = run(runner, "export", "--format", "prov-n", "--jobs", "1", corpus)
    two = run(runner, "export", "--format", "prov-n", "--jobs", "2", corpus)
    assert one.exit_code == two.exit_code == 0
    assert one.output == two.output


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_from_the_store_is_the_export_of_the_files(runner, corpus, tmp_path, fmt):
    db = tmp_path / "corpus.db"
    assert run(runner, "index", "--db", db, "--jobs", "1", corpus).exit_code == 0
    stored = run(runner, "export", "--db", db, "--format", fmt)
    files = run(runner, "export", "--format", fmt, "--jobs", "1", corpus)
    assert stored.exit_code == files.exit_code == 0
    assert stored.output == files.output


def test_bad_input_is_named_and_the_others_exported(runner, corpus, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe\x00binary")
    result = runner.invoke(main, ["export", "--format", "claimreview", str(corpus), str(bad)])
    assert result.exit_code == 2
    assert f"provenance: error: {bad}" in result.stderr
    assert json.loads(result.stdout)["@graph"]  # the contested pair of the readable files


@pytest.mark.parametrize(
    "args, message",
    [
        # one --format for several files
        (["--format", "prov-n", "-o", "a.provn", "-o", "b.ttl"], "--format names one format"),
        # an ending whose format this command does not write
        (["-o", "out.html"], None),
        # a dates table that cannot be read
        (["--dates", "nope.csv"], "cannot read the dates table"),
    ],
)
def test_usage_errors_exit_2(runner, corpus, tmp_path, args, message):
    paths = [] if not args else [str(corpus)]
    result = runner.invoke(main, ["export", *[a.replace("out.", f"{tmp_path}/out.") for a in args], *paths])
    if message is None:  # .html is not an export format: the default format is used
        assert result.exit_code == 0
        assert (tmp_path / "out.html").read_text(encoding="utf-8").startswith("{")
        return
    assert result.exit_code == 2
    assert message in result.output


@pytest.mark.parametrize("fmt, package", [("prov-json", "prov"), ("turtle", "rdflib"), ("prov-xml", "lxml")])
def test_missing_extra_is_named_before_any_work(runner, corpus, monkeypatch, fmt, package):
    monkeypatch.setitem(sys.modules, package, None)  # as if not installed: importing it fails
    result = runner.invoke(main, ["export", "--format", fmt, str(corpus)])
    assert result.exit_code == 2
    assert f"{fmt} export needs the {package} package: pip install 'provenance[prov]'" in result.output


def test_claimreview_needs_no_extra(runner, corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "prov", None)
    result = runner.invoke(main, ["export", "--format", "claimreview", str(corpus)])
    assert result.exit_code == 0, result.output


def test_help_has_example(runner):
    result = run(runner, "export", "-h")
    assert result.exit_code == 0
    assert "Example:" in result.output


# -- properties ----------------------------------------------------------------------

#: A name, a source or an outlet in a generated sentence (invented; some with
#: characters that identifiers must encode).
_NAMES = st.sampled_from(["Ana Ruiz", "Tomas Varga", "the minister", "Officials", "Dr. Lee"])
_OUTLETS = st.sampled_from(
    ["Kestrel News", "Port Gazette", "The Harbour Times [Norland]", "Twitter/@calder_port", "AT&T"]
)
_MONTHS = st.sampled_from(["May", "June", "September"])

#: Sentences in the shapes articles give claims and their evidence.
_SENTENCES = st.one_of(
    st.builds(
        lambda n, o, m, d: f"{n} said the port would close ({o}, {m} {d}).",
        _NAMES,
        _OUTLETS,
        _MONTHS,
        st.integers(1, 28),
    ),
    st.builds(
        lambda o, m, d: f"Reports emerged that the ferry sank ({o}, {m} {d}).", _OUTLETS, _MONTHS, st.integers(1, 28)
    ),
    st.builds(lambda n: f"{n} denied those reports.", _NAMES),
    st.builds(lambda n, o: f"In an op-ed for {o}, {n} wrote that fares would rise.", _NAMES, _OUTLETS),
    st.builds(lambda o, n: f"Fees doubled, according to {o}. {n} in {o}, May 4.", _OUTLETS, _NAMES),
    st.builds(lambda n, o: f"The bridge reopened ({n} to {o}, 5 January).", _NAMES, _OUTLETS),
    prose,
    citationish_text,
)

#: An article: an optional title line, then sentences.
articles = st.builds(
    lambda title, sentences: (title + "\n\n" if title else "") + " ".join(sentences),
    st.sampled_from(["", "Calder Port Closes", "Ferry News"]),
    st.lists(_SENTENCES, min_size=1, max_size=6),
)

#: Paths, some sharing a stem, some with characters identifiers must encode.
paths = st.sampled_from(
    ["news/calder.txt", "archive/calder.txt", "ferry notes (draft).md", "-", "50% off.txt", "über.txt"]
)


@settings(max_examples=60)
@given(st.lists(st.tuples(articles, paths), min_size=1, max_size=3))
def test_no_dangling_identifier_and_claim_spans_slice_back(corpus_items):
    docs = [extract(text, path=path) for text, path in corpus_items]
    relations = compare_documents(docs)
    graph = build_graph(docs, relations)
    assert list(dangling(graph)) == []
    ids = [n.id for n in graph.nodes] + [e.id for e in graph.edges]
    assert len(ids) == len(set(ids))
    texts = collections.defaultdict(list)
    for doc in docs:
        texts[doc.path].append(doc.text)
    nodes = {n.id: dict(n.attributes) for n in graph.nodes}
    for (path, _), node_id in graph.claim_ids.items():
        claim = nodes[node_id]
        assert any(text[claim["pv:start"] : claim["pv:end"]] == claim["prov:value"] for text in texts[path])
    # written and read back, the PROV-N export is the same graph: no identifier lost or left dangling
    back = read_prov(render_export(docs, relations, "prov-n"), "prov-n")
    assert back == prov_document(graph)


@settings(max_examples=20)
@given(st.lists(st.tuples(articles, paths), min_size=1, max_size=2), st.sampled_from(FORMATS))
def test_export_is_deterministic(corpus_items, fmt):
    docs = [extract(text, path=path) for text, path in corpus_items]
    assert render_export(docs, compare_documents(docs), fmt) == render_export(docs, compare_documents(docs), fmt)


# -- the documentation -----------------------------------------------------------------

DOCS = ROOT / "docs" / "prov.md"


def _blocks(markdown: str) -> list[str]:
    """The fenced code blocks of a Markdown text, without their fences."""
    return re.findall(r"^```[a-z]*\n(.*?)^```$", markdown, flags=re.MULTILINE | re.DOTALL)


@pytest.mark.parametrize("fmt", ["prov-n", "claimreview"])
def test_worked_example_in_the_docs_is_current(runner, tmp_path, monkeypatch, fmt):
    blocks = _blocks(DOCS.read_text(encoding="utf-8"))
    (article,) = [b for b in blocks if b.startswith("Calder Port Reopens")]
    command = f"$ provenance export --published 2021-05-06 --format {fmt} calder.txt\n"
    (transcript,) = [b for b in blocks if b.startswith(command)]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "calder.txt").write_text(article, encoding="utf-8")
    result = run(runner, *command.split()[2:])
    assert result.exit_code == 0, result.output
    assert transcript[len(command) :] == result.output, f"docs/prov.md: the {fmt} example is stale"


def test_unnamed_citations_are_reports_of_their_own_attributed_to_no_one():
    # Two documents cite a date alone on the same day: two reports, no shared "unnamed" source.
    docs = [extract("Troops left the city (May 3, 2021).", path=name) for name in ("a.txt", "b.txt")]
    graph = build_graph(docs)
    reports = [n for n in graph.nodes if n.id.startswith("report:")]
    assert len(reports) == 2 and all(n.id.startswith("report:unnamed/") for n in reports)
    assert [n for n in graph.nodes if n.id == "source:"] == []
    assert not [e for e in graph.edges if e.kind.value == "wasAttributedTo" and e.subject.startswith("report:")]
    # a named twin is attributed to its source
    named = build_graph([extract("Troops left the city (Reuters, May 3, 2021).", path="c.txt")])
    assert ("wasAttributedTo", "report:reuters/2021-05-03", "source:reuters") in _edges(named)
