"""The corpus store: round trips, incremental indexing, schema versions, crash and
concurrency safety, and ``report --db`` / ``index`` through the CLI.

Every test uses a real SQLite file in ``tmp_path``; the crash and concurrency
tests run real ``provenance index`` processes.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import sqlite3
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner
from conftest import ROOT, SEEDS

from provenance import corpus as corpus_
from provenance import extract, extract_path
from provenance.cli import main
from provenance.errors import StoreError
from provenance.model import (
    Article,
    Attribution,
    Citation,
    Claim,
    Document,
    Malformed,
    Source,
    SourceKind,
    Span,
    Stance,
)
from provenance.store import SCHEMA_VERSION, Store, content_hash

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "corpus.db")


@pytest.fixture
def corpus(tmp_path):
    """A copy of the seeds in a directory of its own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in SEED_NAMES:
        shutil.copy(SEEDS / name, folder / name)
    return folder


def many_files(folder, copies: int) -> list[str]:
    """``copies`` renamed copies of each seed (a bigger corpus from real text)."""
    folder.mkdir(exist_ok=True)
    paths = []
    for n in range(copies):
        for name in SEED_NAMES:
            path = folder / f"{n:03d}-{name}"
            path.write_text((SEEDS / name).read_text(encoding="utf-8"), encoding="utf-8")
            paths.append(str(path))
    return paths


def run_index(*args, cwd):
    """``provenance index`` in a real process (not started: a ``Popen``)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    return subprocess.Popen(
        [sys.executable, "-m", "provenance", "index", *map(str, args)],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


#: How long a test waits for a running index to commit its first documents.
POLL_SECONDS = 300


def stored_count(db: str) -> int:
    """Documents committed so far, read as another process would."""
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
    except sqlite3.OperationalError:
        return 0
    try:
        return con.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        con.close()


def assert_consistent(db: str) -> list[str]:
    """The file passes SQLite's integrity check and every stored document is
    exactly what extracting its file gives; the stored paths."""
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    with Store(db) as store:
        paths = store.paths()
        for doc in store.documents():
            assert doc == extract_path(doc.path), doc.path
    return paths


# -- round trips ----------------------------------------------------------


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_round_trip(db, name):
    doc = extract_path(str(SEEDS / name))
    with Store(db) as store:
        assert store.put(doc) == "added"
    with Store(db) as store:  # read back by a fresh connection
        back = store.get(str(SEEDS / name))
    assert back == doc
    assert back.claims and all(back.text[c.start : c.end] == c.text for c in back.claims)


def test_index_round_trip_equals_extract(db, corpus):
    with Store(db) as store:
        events = list(corpus_.index(store, [str(corpus)]))
        assert [e.action for e in events] == ["added"] * len(SEED_NAMES)
        stored = list(store.documents())
    assert stored == [extract_path(str(corpus / name)) for name in SEED_NAMES]


def test_every_field_round_trips(db, tmp_path):
    text = "Title\n\nSaleh said the pass was open (TASS, No. 4, September 4-5) and (Sept 31).\n"
    tass = Source("TASS", SourceKind.STATE_MEDIA, "TASS")
    saleh = Source("Saleh", SourceKind.PERSON)
    cite = Citation(54, 79, text[54:79], tass, "--09-04", "--09-05", 53, 80, "No. 4", "Ivanov")
    said = Attribution(7, 12, saleh, "said", 13, 17, 18, 40, "Amrullah Saleh", "Twitter/@x", Stance.DENY)
    doc = Document(
        text=text,
        path=str(tmp_path / "every.txt"),
        published="2021-09-07",
        articles=(Article(0, len(text) - 1, "Title", None, 7),),
        claims=(
            Claim("every:1", 18, 40, text[18:40], (said, cite), True, 0, 7, 81),
            # A claim whose text is not a plain slice (kept as given).
            Claim("every:2", 0, 5, "Title (normalised)", (), False, 0, 0, 5),
        ),
        malformed=(Malformed(85, 96, "(Sept 31)", "invalid day: September 31"),),
        skipped=(Span(0, 6),),
    )
    with Store(db) as store:
        store.put(doc)
        assert store.get(doc.path) == doc


def test_put_refuses_a_document_without_a_file(db):
    with Store(db) as store, pytest.raises(StoreError, match="read from files"):
        store.put(extract("It rained (Herald, May 1, 2020)."))


# -- incremental indexing -------------------------------------------------


def actions(events) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in events:
        out.setdefault(e.action, []).append(os.path.basename(e.path))
    return out


def test_reindex_skips_unchanged_replaces_changed_and_prunes(db, corpus):
    with Store(db) as store:
        first = list(corpus_.index(store, [str(corpus)]))
        assert actions(first) == {"added": SEED_NAMES}

        assert actions(corpus_.index(store, [str(corpus)])) == {"unchanged": SEED_NAMES}

        changed = corpus / SEED_NAMES[0]
        changed.write_text(
            changed.read_text(encoding="utf-8") + "\nTroops left (Reuters, May 2, 2021).\n", encoding="utf-8"
        )
        (corpus / "new.md").write_text("It rained (Herald, May 1, 2020).\n", encoding="utf-8")
        os.remove(corpus / SEED_NAMES[1])
        events = list(corpus_.index(store, [str(corpus)]))
        assert actions(events) == {"unchanged": SEED_NAMES[2:], "added": ["new.md"], "updated": [SEED_NAMES[0]]}
        assert str(corpus / SEED_NAMES[1]) in store  # kept without --prune
        assert store.get(str(changed)) == extract_path(str(changed))
        run = store.last_run()
        assert store.changes(run.id) == {"added": [str(corpus / "new.md")], "updated": [str(changed)], "removed": []}

        events = list(corpus_.index(store, [str(corpus)], prune=True))
        assert actions(events) == {
            "unchanged": sorted([*SEED_NAMES[2:], "new.md", SEED_NAMES[0]]),
            "removed": [SEED_NAMES[1]],
        }
        assert str(corpus / SEED_NAMES[1]) not in store
        assert len(store) == len(SEED_NAMES)
        assert [(r.added, r.updated, r.unchanged, r.removed) for r in store.runs()] == [
            (5, 0, 0, 0),
            (0, 0, 5, 0),
            (1, 1, 3, 0),
            (0, 0, 5, 1),
        ]
        # What changed after the second run: the updated and the added file (removed ones are gone).
        assert store.changed_since(2) == sorted([str(changed), str(corpus / "new.md")])
    assert_consistent(db)


def test_prune_drops_only_under_the_paths_given(db, corpus, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("It snowed (Courier, May 2, 2020).\n", encoding="utf-8")
    with Store(db) as store:
        list(corpus_.index(store, [str(corpus), str(other)]))
        os.remove(other)
        assert actions(corpus_.index(store, [str(corpus)], prune=True)) == {"unchanged": SEED_NAMES}
        assert str(other) in store
        events = list(corpus_.index(store, [str(other)], prune=True))
        assert [(e.action, os.path.basename(e.path)) for e in events] == [
            ("error", "other.txt"),
            ("removed", "other.txt"),
        ]


def test_changed_extraction_options_reextract(db, corpus):
    path = str(corpus / SEED_NAMES[0])
    with Store(db) as store:
        list(corpus_.index(store, [path]))
        assert [e.action for e in corpus_.index(store, [path], published="2020-01-01")] == ["updated"]
        assert store.get(path) == extract_path(path, published="2020-01-01")
        assert [e.action for e in corpus_.index(store, [path], published="2020-01-01")] == ["unchanged"]


def test_bad_inputs_are_events_not_crashes(db, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    with Store(db) as store:
        events = list(corpus_.index(store, [str(tmp_path / "empty.txt"), str(tmp_path / "nope.txt"), "-"]))
    assert [(e.action, str(e.error)) for e in events] == [
        ("error", f"{tmp_path / 'empty.txt'}: empty file"),
        ("error", f"{tmp_path / 'nope.txt'}: no such file or directory"),
        ("error", "-: standard input cannot be indexed; save it to a file"),
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_related_documents_share_an_entity(db, jobs):
    with Store(db) as store:
        list(corpus_.index(store, [str(SEEDS)]))
        target = [str(SEEDS / "terrorism-monitor-19-17.txt")]
        related = [os.path.basename(d.path) for d in corpus_.related(store, target, jobs=jobs)]
        assert [os.path.basename(d.path) for d in corpus_.related(store, target)] == related
    # "Saleh" in the running example; the other article that contradicts claim 1.
    assert "taliban-faces-insurgency.txt" in related
    assert "terrorism-monitor-19-17.txt" not in related


def test_content_hash_is_of_the_decoded_text(tmp_path):
    with_bom = tmp_path / "bom.txt"
    with_bom.write_bytes(b"\xef\xbb\xbfKabul fell.\n")
    assert content_hash(extract_path(str(with_bom)).text) == content_hash("Kabul fell.\n")


# -- schema versions ------------------------------------------------------


def test_new_store_has_the_current_schema_in_wal_mode(db):
    Store(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {
        "documents",
        "articles",
        "claims",
        "evidence",
        "sources",
        "entities",
        "malformed",
        "skipped",
        "runs",
        "changes",
    } <= tables


def test_slips_read_through_are_stored(db):
    # A missing comma and a letter O for a zero: malformed, and read through (slip).
    doc = extract("Troops left (Kurier 4 May). Aid came (Reuters, 1O July 2021).", path="a.txt")
    assert [m.slip for m in doc.malformed] == [True, True]
    with Store(db) as store:
        store.put(doc)
        assert store.get("a.txt") == doc


def _stored_as_an_older_version(db, version: int, *undo: str) -> tuple[str, Document]:
    """A sample stored (with extractor ``code``), then made what schema ``version`` wrote by the ``undo`` statements."""
    path = str(SEEDS / "terrorism-monitor-19-17.txt")
    doc = extract_path(path)
    with Store(db) as store:
        store.put(doc, extractor="code")
    con = sqlite3.connect(db)
    for statement in undo:
        con.execute(statement)
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()
    return path, doc


def test_version_2_store_is_migrated_and_its_documents_extracted_again(db):
    path, doc = _stored_as_an_older_version(db, 2, "ALTER TABLE malformed DROP COLUMN slip")
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert store.get(path) == doc
        # Slips were not stored by version 2: the document is no longer current.
        assert store.db.execute("SELECT extractor FROM documents").fetchall() == [("",)]


def test_version_1_store_is_migrated(db):
    # What version 1 wrote: no entities table, no slips.
    path, doc = _stored_as_an_older_version(
        db,
        1,
        "DROP TABLE entities",
        "ALTER TABLE documents DROP COLUMN keyed",
        "ALTER TABLE malformed DROP COLUMN slip",
    )
    with Store(db) as store:
        assert store.version == SCHEMA_VERSION
        assert store.get(path) == doc
        assert corpus_.fill_entities(store) == 1
        assert corpus_.fill_entities(store) == 0
        keys = {r[0] for r in store.db.execute("SELECT key FROM entities")}
    assert "saleh" in keys


def test_future_schema_is_refused(db, corpus):
    Store(db).close()
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version = 99")
    con.close()
    with pytest.raises(
        StoreError, match=rf"schema version 99 is newer than this provenance reads \({SCHEMA_VERSION}\)"
    ):
        Store(db)
    result = CliRunner().invoke(main, ["report", "--db", db])
    assert result.exit_code == 2
    assert "schema version 99 is newer" in result.output
    result = CliRunner().invoke(main, ["index", "--db", db, str(corpus)])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "setup, problem",
    [
        # some other SQLite database
        (lambda p: sqlite3.connect(p).execute("CREATE TABLE t (x)"), "holds other tables"),
        # not a database at all
        (
            lambda p: pathlib.Path(p).write_bytes(b"this is not a database, just some text" * 100),
            "not a provenance store",
        ),
    ],
)
def test_not_a_store_is_refused(db, setup, problem):
    setup(db)
    with pytest.raises(StoreError, match=problem):
        Store(db)


# -- crashes and concurrency ----------------------------------------------


def test_killed_index_leaves_a_consistent_store_that_a_rerun_completes(tmp_path):
    paths = many_files(tmp_path / "many", copies=40)
    db = str(tmp_path / "corpus.db")
    proc = run_index("--db", db, "--jobs", "1", tmp_path / "many", cwd=tmp_path)
    deadline = time.monotonic() + POLL_SECONDS  # a failure to read, never a hang, on a loaded machine
    try:
        while proc.poll() is None and stored_count(db) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
    finally:
        proc.kill()  # SIGKILL: no clean-up of any kind
        proc.wait()
    stored = assert_consistent(db)
    print(f"killed after {len(stored)} of {len(paths)} documents")
    assert 0 < len(stored) <= len(paths)
    with Store(db) as store:
        interrupted = store.runs()[-1]
        if len(stored) < len(paths):
            assert interrupted.finished is None

    rerun = run_index("--db", db, "--jobs", "1", tmp_path / "many", cwd=tmp_path)
    _out, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert assert_consistent(db) == sorted(paths, key=lambda p: p.split("/"))
    with Store(db) as store:
        last = store.last_run()
    # The documents committed before the kill are not added again.  (They are
    # "updated" instead of "unchanged" only if the extraction code changed
    # between the runs: the store re-extracts when the code's fingerprint differs.)
    assert last.added == len(paths) - len(stored)
    assert last.unchanged + last.updated == len(stored)


def test_concurrent_index_runs_do_not_corrupt_the_store(tmp_path):
    paths = many_files(tmp_path / "many", copies=8)
    db = str(tmp_path / "corpus.db")  # created by the runs themselves
    procs = [run_index("--db", db, "--jobs", "1", tmp_path / "many", cwd=tmp_path) for _ in range(2)]
    for proc in procs:
        _out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err.decode()
    assert assert_consistent(db) == sorted(paths, key=lambda p: p.split("/"))
    with Store(db) as store:
        runs = store.runs()
    assert len(runs) == 2 and all(r.finished for r in runs)
    # Each file stored once: what one run added the other found unchanged.
    assert sum(r.added for r in runs) == len(paths)
    assert all(r.added + r.updated + r.unchanged == len(paths) and r.errors == 0 for r in runs)


# -- the CLI --------------------------------------------------------------


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "csv"])
def test_report_from_the_store_is_the_report_from_the_files(runner, db, corpus, fmt):
    direct = runner.invoke(main, ["report", "--format", fmt, "--jobs", "1", str(corpus)])
    indexed = runner.invoke(main, ["index", "--db", db, "--jobs", "1", str(corpus)])
    assert indexed.exit_code == 0, indexed.output
    stored = runner.invoke(main, ["report", "--db", db, "--format", fmt])
    both = runner.invoke(main, ["report", "--db", db, "--format", fmt, "--jobs", "1", str(corpus)])
    assert direct.exit_code == stored.exit_code == both.exit_code == 0
    assert stored.output == direct.output
    assert both.output == direct.output


def test_report_db_with_paths_indexes_them_first(runner, db, corpus, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("It snowed (Courier, May 2, 2020).\n", encoding="utf-8")
    result = runner.invoke(main, ["report", "--db", db, "--format", "json", "--jobs", "1", str(other)])
    assert result.exit_code == 0
    assert [d["path"] for d in json.loads(result.output)["documents"]] == [str(other)]
    with Store(db) as store:
        assert store.paths() == [str(other)]


def test_report_db_with_a_bad_input_reports_the_others(runner, db, corpus, tmp_path):
    args = ["report", "--format", "json", "--jobs", "1", str(tmp_path / "nope.txt"), str(corpus)]
    direct = runner.invoke(main, args)
    stored = runner.invoke(main, [*args[:1], "--db", db, *args[1:]])
    assert direct.exit_code == stored.exit_code == 2
    assert stored.output == direct.output


def test_index_prints_what_it_did(runner, db, corpus):
    result = runner.invoke(main, ["index", "--db", db, "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        *(f"added: {corpus / name}" for name in SEED_NAMES),
        f"{db}: 5 added, 0 updated, 0 unchanged, 0 removed, 0 errors (run 1)",
    ]
    os.remove(corpus / SEED_NAMES[0])
    result = runner.invoke(main, ["index", "--db", db, "--prune", str(corpus)])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        f"removed: {corpus / SEED_NAMES[0]}",
        f"{db}: 0 added, 0 updated, 4 unchanged, 1 removed, 0 errors (run 2)",
    ]


def test_index_bad_input_exits_2(runner, db, tmp_path):
    result = runner.invoke(main, ["index", "--db", db, str(tmp_path / "nope.txt")])
    assert result.exit_code == 2
    assert f"provenance: error: {tmp_path / 'nope.txt'}: no such file or directory" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        # --dates with nothing to extract
        (["--db", "{tmp}/missing.db", "--dates", "{tmp}/dates.csv"], "drop --dates"),
        # a store that does not exist, and nothing to index into it
        (["--db", "{tmp}/missing.db"], "no such corpus store"),
        # --published with nothing to extract
        (["--db", "{tmp}/missing.db", "--published", "2021-01-01"], "drop --published"),
    ],
)
def test_report_usage_errors(runner, tmp_path, args, message):
    result = runner.invoke(main, ["report", *(a.format(tmp=tmp_path) for a in args)])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "missing.db").exists()


def test_related_covers_every_document_the_comparator_pairs_with(db):
    compare = pytest.importorskip("provenance.compare").compare_documents
    docs = [extract_path(str(SEEDS / name)) for name in SEED_NAMES]
    pairs = {(r.a.doc, r.b.doc) for r in compare(docs) if r.a.doc != r.b.doc}
    assert pairs  # the seeds contest each other (the running example)
    with Store(db) as store:
        for doc in docs:
            store.put(doc)
        for doc in docs:
            partners = {b for a, b in pairs if a == doc.path} | {a for a, b in pairs if b == doc.path}
            assert partners <= {d.path for d in corpus_.related(store, [doc.path])}, doc.path


def relations_of(output: str) -> list[dict]:
    return json.loads(output)["relations"]


def test_contested_db_compares_what_changed_with_the_rest(runner, db, corpus):
    if "contested" not in main.commands:
        pytest.skip("no contested command")
    full = runner.invoke(main, ["contested", "--format", "json", "--jobs", "1", str(corpus)])
    first = runner.invoke(main, ["contested", "--db", db, "--format", "json", "--jobs", "1", str(corpus)])
    assert full.exit_code == first.exit_code == 0
    assert first.output == full.output  # everything was new
    again = runner.invoke(main, ["contested", "--db", db, "--format", "json", "--jobs", "1", str(corpus)])
    assert relations_of(again.output) == []  # nothing changed

    changed = corpus / "taliban-faces-insurgency.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe valley fell on Monday.\n", encoding="utf-8")
    result = runner.invoke(main, ["contested", "--db", db, "--format", "json", "--jobs", "1", str(corpus)])
    assert result.exit_code == 0
    expected = [
        r
        for r in relations_of(runner.invoke(main, ["contested", "--format", "json", str(corpus)]).output)
        if str(changed) in (r["a"]["doc"], r["b"]["doc"])
    ]
    assert expected  # the running example: it contradicts terrorism-monitor-19-17
    assert relations_of(result.output) == expected
    # Without PATHS: what the last index run changed.
    assert relations_of(runner.invoke(main, ["contested", "--db", db, "--format", "json"]).output) == expected
