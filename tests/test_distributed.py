"""A Dask cluster gives the single-process answers: extraction, comparison, the CLI's bytes, after a worker dies.

Every test compares the cluster's output with the single-process output of
the same code, so the tests hold whatever the extraction and the comparator
find.  Real text: the samples, and 300 bodies of the research corpora in
``../shared/data`` (PolNeAR dev articles and FNC-1 bodies; those tests skip
without it).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import shutil
import signal
import sys

import attrs
import pytest
from click.testing import CliRunner
from conftest import SEEDS, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.cli import main
from provenance.compare import Stats, candidate_pairs, compare_documents, prepare
from provenance.errors import InputError
from provenance.features.aliases import AliasEvidence, AliasTable
from provenance.pipeline import extract, extract_paths
from provenance.report.contract import REPORT_VERSION
from provenance.store import Store

distributed_ = pytest.importorskip("distributed", reason="the dask extra is not installed")
cloudpickle = pytest.importorskip("cloudpickle")

from provenance import distributed  # noqa: E402
from provenance.distributed import comparison  # noqa: E402

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))

#: Real bodies for the equality tests: every PolNeAR dev article, then FNC-1 bodies up to this many.
REAL_BODIES = 300


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.fixture(scope="module")
def client():
    """One local cluster of two worker processes for the library tests."""
    with distributed.connect("local:2") as c:
        yield c


@pytest.fixture
def corpus(tmp_path):
    """The samples in nested folders, with bad inputs among them."""
    folder = tmp_path / "corpus"
    for sub in ("a", "b/c"):
        (folder / sub).mkdir(parents=True)
        for name in SEED_NAMES[:3] if sub == "a" else SEED_NAMES[2:]:
            shutil.copy(SEEDS / name, folder / sub / name)
    (folder / "a" / "empty.txt").write_bytes(b"")
    (folder / "b" / "latin1.txt").write_bytes("Caf\xe9 closed (Herald, May 1, 2020).".encode("latin-1"))
    (folder / "b" / "short.md").write_text("It snowed (Courier, May 2, 2020).\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def real_bodies(tmp_path_factory):
    """300 real articles as files: the PolNeAR dev texts, then FNC-1 bodies."""
    data = SHARED / "data"
    polnear = sorted((data / "polnear-dev" / "text").glob("*.txt"))
    bodies = data / "fnc1-train" / "train_bodies.csv"
    if not polnear or not bodies.exists():
        pytest.skip(f"research corpora not found under {data}")
    folder = tmp_path_factory.mktemp("real")
    for path in polnear[:REAL_BODIES]:
        shutil.copy(path, folder / f"polnear-{path.name}")
    csv.field_size_limit(sys.maxsize)
    with open(bodies, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[: REAL_BODIES - min(len(polnear), REAL_BODIES)]
    for row in rows:
        (folder / f"fnc1-{int(row['Body ID']):05d}.txt").write_text(row["articleBody"], encoding="utf-8")
    assert len(list(folder.iterdir())) == REAL_BODIES
    return folder


def shown(items):
    """Documents as they are, errors by their message (exceptions compare by identity)."""
    return [str(i) if isinstance(i, InputError) else i for i in items]


# -- the alias table as a reduction ---------------------------------------------------------

#: Invented sentences with full names, surnames, acronyms and "X, or Y" aliases.
ALIAS_TEXTS = [
    "Ana Ruiz left Calder on Monday.",
    "Ruiz said she would return.",
    "The River Guard in Calder Province (RGCP) struck a convoy.",
    "RG-C, or sometimes RGCP, grew in the north.",
    "Tomas Brandt and Tomas Erik Brandt disagreed.",
    "Brandt declined to comment.",
    "The Harbour Workers Front, also known as the Second Front, marched.",
    "Officials of the Port Meridian Authority (PMA) said nothing.",
]


@pytest.mark.parametrize(
    "split",
    [
        0,  # everything on one side
        1,  # a full name apart from its surname
        3,  # an acronym's definition apart from its other alias
        5,  # ambiguous surnames split across partitions
    ],
)
def test_alias_evidence_merged_from_parts_is_the_table_of_the_whole(split):
    left, right = AliasEvidence.of(ALIAS_TEXTS[:split]), AliasEvidence.of(ALIAS_TEXTS[split:])
    assert AliasTable.from_evidence(left.merge(right)) == AliasTable.build(ALIAS_TEXTS)
    assert AliasTable.from_evidence(right.merge(left)) == AliasTable.build(ALIAS_TEXTS)


@given(st.lists(st.sampled_from(ALIAS_TEXTS), max_size=10), st.lists(st.integers(0, 10), max_size=4))
def test_alias_table_does_not_depend_on_how_texts_are_split(texts, cuts):
    bounds = sorted({0, len(texts), *(min(c, len(texts)) for c in cuts)})
    merged = AliasEvidence()
    for lo, hi in itertools.pairwise(bounds):
        merged = AliasEvidence.of(texts[lo:hi]).merge(merged)
    assert AliasTable.from_evidence(merged) == AliasTable.build(texts)


# -- the library ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, expected",
    [
        ("local:2", 2),  # two local workers
        ("local", 1),  # one by default
        (" tcp://10.1.2.3:8786 ", "tcp://10.1.2.3:8786"),  # a scheduler address, blanks trimmed
        ("scheduler.example:8786", "scheduler.example:8786"),  # host:port without a protocol
    ],
)
def test_parse_scheduler(spec, expected):
    assert distributed.parse_scheduler(spec) == expected


@pytest.mark.parametrize(
    "spec",
    [
        "local:0",  # no worker
        "",  # nothing
        "tcp://a b:1",  # blanks inside an address
    ],
)
def test_parse_scheduler_refuses(spec):
    with pytest.raises(distributed.SchedulerError):
        distributed.parse_scheduler(spec)


def test_extract_paths_on_a_cluster_gives_the_same_values_in_order(client, corpus):
    one = shown(extract_paths([str(corpus), str(corpus / "missing.txt")]))
    assert shown(distributed.extract_paths(client, [str(corpus), str(corpus / "missing.txt")])) == one
    assert shown(distributed.extract_paths(client, [str(corpus)], partition_size=1)) == one[:-1]
    assert sum(isinstance(i, str) for i in one) == 3  # empty, latin-1, missing


@pytest.mark.parametrize("partition_size", [1, 3, distributed.PARTITION_SIZE])
def test_compare_on_a_cluster_is_compare_documents(client, seed_documents, partition_size):
    docs = list(seed_documents.values())
    single, cluster = Stats(), distributed.ClusterStats()
    expected = compare_documents(docs, stats=single)
    corpus = distributed.scatter_documents(client, docs, partition_size=partition_size)
    assert distributed.compare_partitions(corpus, stats=cluster) == expected
    assert (cluster.claims, cluster.keys, cluster.blocks, cluster.comparisons) == (
        single.claims,
        single.keys,
        single.blocks,
        single.comparisons,
    )
    assert sorted(cluster.stop_keys) == sorted(single.stop_keys)
    assert cluster.shuffled >= cluster.claims  # a record per key of each claim


def test_compare_on_a_cluster_of_nothing(client):
    assert distributed.compare_documents(client, []) == []


#: Invented articles in which blocking meets all its cases at a low ``max_block``: a name shared by
#: more claims than that (a stop-key, split by compound keys with each claim's words), pairs that share
#: a name and one word (they meet only through the compound key), claims that share several words and
#: no name (they meet through words), one shared word only (they do not meet), and a word of too many
#: claims (a stop-key among the words, which forms no compound key).
BLOCKING_TEXTS = {
    "front.txt": """Front line

The Northern Front shelled the border town of Velmar, killing four soldiers (Kestrel News, May 3, 2021).

The Northern Front denied shelling the border town and said no soldiers died (Harbour Post, May 4, 2021).

The Northern Front seized the hydroelectric dam near Orsk (Kestrel News, May 5, 2021).

The Northern Front never seized the hydroelectric dam, a spokesman said (Harbour Post, May 6, 2021).

The Northern Front mined the border crossing at dawn (Kestrel News, May 7, 2021).
""",
    "rumour.txt": """Rumours

A woman in Tarn has had a third arm implanted by surgeons (Kestrel News, May 3, 2021).

The story of the third arm implanted in a woman is a hoax (Harbour Post, May 4, 2021).

Farmers near Orsk blamed the drought for the failed harvest (Kestrel News, May 7, 2021).

The harvest festival in Kell drew large crowds (Harbour Post, May 7, 2021).
""",
}


@pytest.fixture(scope="module")
def blocking_documents():
    return [extract(text, path=path, published="2021-05-08") for path, text in BLOCKING_TEXTS.items()]


def claim_index(items, doc, text):
    """The index of the prepared claim of ``doc`` that starts with ``text``."""
    (index,) = [it.index for it in items if it.claim.id.startswith(doc) and it.claim.text.startswith(text)]
    return index


@pytest.mark.parametrize(
    "a, b, paired",
    [
        (("front", "The Northern Front seized"), ("front", "The Northern Front never"), True),  # name and words
        (("front", "The Northern Front shelled"), ("front", "The Northern Front mined"), True),  # compound key only
        (("rumour", "A woman"), ("rumour", "The story"), True),  # words, no name
        (("rumour", "Farmers"), ("rumour", "The harvest"), False),  # one word only
        (("front", "The Northern Front seized"), ("rumour", "Farmers"), True),  # a name that is no stop-key
        (("front", "The Northern Front seized"), ("front", "The Northern Front mined"), False),  # a stop-key only
    ],
)
def test_the_blocking_corpus_meets_every_case(blocking_documents, a, b, paired):
    items = prepare(blocking_documents)
    candidates = candidate_pairs(items, max_block=3)
    assert candidates.stop_keys == ("northern front",)
    pair = tuple(sorted((claim_index(items, *a), claim_index(items, *b))))
    assert (pair in candidates.pairs) == paired


@pytest.mark.parametrize(
    "max_block, partition_size",
    [
        (3, 1),  # the name is a stop-key split by compound keys; a document per partition
        (3, 2),  # the same, both documents in one partition
        (2, 1),  # also words of three claims are stop-keys
        (50, 1),  # no stop-key: every name pairs
        (0, 1),  # every key a stop-key: no pair but the anaphoric ones
    ],
)
def test_compare_on_a_cluster_blocks_as_compare_documents(client, blocking_documents, max_block, partition_size):
    single, cluster = Stats(), distributed.ClusterStats()
    expected = compare_documents(blocking_documents, max_block=max_block, stats=single)
    corpus = distributed.scatter_documents(client, blocking_documents, partition_size=partition_size)
    assert distributed.compare_partitions(corpus, max_block=max_block, stats=cluster) == expected
    assert attrs.astuple(cluster)[: len(attrs.astuple(single))] == attrs.astuple(single)
    print(f"max_block {max_block}: {single}")


@settings(max_examples=60)
@given(st.lists(st.sampled_from(sorted(BLOCKING_TEXTS)), min_size=1, max_size=4), st.integers(0, 6), st.data())
def test_the_blocks_emit_the_candidate_pairs_once(blocking_documents, paths, max_block, data):
    """The cluster's steps run here on any split of the documents: every candidate pair, each once."""
    by_path = {d.path: d for d in blocking_documents}
    docs = [by_path[p] for p in paths]
    items = prepare(docs)
    cuts = sorted(data.draw(st.sets(st.integers(1, len(docs)), max_size=3)) | {0, len(docs)})
    aliases = AliasTable.build(c.text for d in docs for c in d.claims)
    sizes = [(hi - lo, sum(len(d.claims) for d in docs[lo:hi])) for lo, hi in itertools.pairwise(cuts)]
    records = [
        r
        for k, (lo, hi) in enumerate(itertools.pairwise(cuts))
        for r in comparison._prepare_partition(docs[lo:hi], [k], sizes, aliases, 3)
    ]
    assert [r.claim for r in records] == items
    groups: dict[str, list] = {}
    for r in records:
        for key, record in comparison._keyed(r):
            groups.setdefault(key, []).append((key, record))
    keys = [comparison._block(group, max_block) for group in groups.items()]
    stop = comparison._stop_keys(keys)
    blocks = keys + comparison._compound_blocks(keys, stop)
    emitted = [
        (a.index, b.index)
        for a, b, _ in comparison._block_candidates(blocks, stop) + comparison._anaphoric_candidates(records)
    ]
    assert sorted(emitted) == list(candidate_pairs(items, max_block=max_block).pairs)


# -- the CLI: byte-identical output -----------------------------------------------------------


@pytest.mark.parametrize("command", ["report", "contested"])
def test_cli_local_2_is_byte_identical_on_the_samples(command, corpus, tmp_path):
    args = [command, "--format", "json", corpus, tmp_path / "nope.txt", SEEDS / SEED_NAMES[0]]
    one = invoke(*args)
    two = invoke(*args, "--scheduler", "local:2")
    assert one.exit_code == two.exit_code == 2  # the bad inputs are reported, the others processed
    assert two.stdout == one.stdout
    assert two.stderr == one.stderr
    assert "empty file" in one.stderr and "not UTF-8" in one.stderr and "no such file" in one.stderr


@pytest.mark.parametrize("command", ["report", "contested"])
def test_cli_local_2_is_byte_identical_on_real_bodies(command, real_bodies):
    one = invoke(command, "--format", "json", real_bodies)
    two = invoke(command, "--format", "json", "--scheduler", "local:2", real_bodies)
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout
    assert json.loads(one.stdout)["version"] == (REPORT_VERSION if command == "report" else 1)


def test_cli_reads_stdin_on_a_cluster():
    text = (SEEDS / SEED_NAMES[1]).read_text(encoding="utf-8")
    args = ["report", "--format", "json", SEEDS / SEED_NAMES[0], "-"]
    one = invoke(*args, input=text)
    two = invoke(*args, "--scheduler", "local:2", input=text)
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout


def test_cli_out_dir_writes_claims_evidence_and_relations(corpus, tmp_path):
    out = tmp_path / "out"
    result = invoke("contested", "--format", "json", "--scheduler", "local:2", "--out-dir", out, corpus)
    assert result.exit_code == 2  # the bad inputs
    expected = json.loads(invoke("contested", "--format", "json", corpus).stdout)["relations"]
    report = json.loads(invoke("report", "--format", "json", corpus).stdout)["documents"]

    def rows(name):
        parts = sorted((out / name).glob("part-*.jsonl"))
        assert parts, name
        return [json.loads(line) for part in parts for line in part.read_text(encoding="utf-8").splitlines()]

    claims = [c for d in report for c in d["claims"]]
    assert [(r["doc"], r["id"], r["start"], r["end"]) for r in rows("claims")] == [
        (d["path"], c["id"], c["start"], c["end"]) for d in report for c in d["claims"]
    ]
    assert len(rows("evidence")) == sum(len(c["evidence"]) for c in claims)
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731
    assert sorted(map(key, rows("relations"))) == sorted(map(key, expected))


def test_report_out_dir_refuses_stale_partitions(tmp_path):
    out = tmp_path / "out"
    (out / "claims").mkdir(parents=True)
    (out / "claims" / "part-00000.jsonl").write_text("{}\n")
    result = invoke("report", "--scheduler", "local:1", "--out-dir", out, SEEDS / SEED_NAMES[0])
    assert result.exit_code == 2
    assert "not empty" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--out-dir", "x"], "give --scheduler too"),  # only workers write partitions
        (["--scheduler", "local:1", "--jobs", "2"], "give one of them"),  # two answers to "where"
        (["--scheduler", "local:0"], "at least one worker"),  # an empty cluster
    ],
)
def test_cli_refuses_conflicting_cluster_options(args, message):
    result = invoke("report", *args, SEEDS / SEED_NAMES[0])
    assert result.exit_code == 2
    assert message in result.stderr


def test_index_on_a_cluster_stores_what_one_process_stores(corpus, tmp_path):
    assert invoke("index", "--db", tmp_path / "one.db", "--jobs", "1", corpus).exit_code == 2
    result = invoke("index", "--db", tmp_path / "two.db", "--scheduler", "local:2", corpus)
    assert result.exit_code == 2  # the bad inputs
    with Store(tmp_path / "one.db") as one, Store(tmp_path / "two.db") as two:
        assert list(two.documents()) == list(one.documents())
        assert len(one) == len(SEED_NAMES) + 2  # one sample is in both folders; short.md


def test_lint_on_a_cluster_finds_what_one_process_finds(corpus):
    args = ["lint", "--format", "json", "--corpus", SEEDS, corpus / "a"]
    one = invoke(*args)
    two = invoke(*args, "--scheduler", "local:2")
    assert one.exit_code == two.exit_code == 2  # empty.txt
    assert two.stdout == one.stdout
    assert "PV201" in one.stdout


# -- a worker killed mid-run ------------------------------------------------------------------


class KillOnce(distributed_.WorkerPlugin):
    """Kills its worker's process when it starts the first task named ``prefix``; once in the whole cluster."""

    def __init__(self, prefix: str, marker: str):
        self.prefix, self.marker = prefix, marker

    def transition(self, key, start, finish, **kwargs):
        name = key[0] if isinstance(key, tuple) else key
        if finish != "executing" or not str(name).startswith(self.prefix):
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


@pytest.mark.parametrize(
    "prefix",
    [
        "_extract_partition",  # during extraction
        "_prepare_partition",  # during comparison, after the alias reduction
    ],
)
def test_a_worker_killed_mid_run_changes_nothing(prefix, seed_documents, tmp_path):
    cloudpickle.register_pickle_by_value(sys.modules[__name__])
    marker = tmp_path / "killed"
    paths = [str(SEEDS / name) for name in SEED_NAMES]
    local = list(extract_paths(paths))
    with distributed.connect("local:2") as c:
        c.register_plugin(KillOnce(prefix, str(marker)))
        corpus = distributed.extract_corpus(c, paths, partition_size=1)
        assert list(corpus.results()) == local
        assert distributed.compare_partitions(corpus) == compare_documents(local)
    assert marker.exists()  # a worker was killed
