"""``--jobs``: extraction on several processes gives the same output, in the same order."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner
from conftest import SEEDS

from provenance.cli import main
from provenance.errors import InputError
from provenance.pipeline import extract_paths
from provenance.store import Store

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture
def corpus(tmp_path):
    """The seeds twice over, plus bad inputs among them, in nested directories."""
    folder = tmp_path / "corpus"
    for sub in ("a", "b/c"):
        (folder / sub).mkdir(parents=True)
        for name in SEED_NAMES:
            shutil.copy(SEEDS / name, folder / sub / name)
    (folder / "a" / "empty.txt").write_bytes(b"")
    (folder / "b" / "latin1.txt").write_bytes("Caf\xe9 closed (Herald, May 1, 2020).".encode("latin-1"))
    (folder / "b" / "short.md").write_text("It snowed (Courier, May 2, 2020).\n", encoding="utf-8")
    return folder


def invoke(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


@pytest.mark.parametrize("fmt", ["json", "text", "csv"])
def test_report_jobs_2_is_jobs_1(corpus, tmp_path, fmt):
    args = ["report", "--format", fmt, corpus, tmp_path / "nope.txt", SEEDS / SEED_NAMES[0]]
    one = invoke(*args, "--jobs", "1")
    two = invoke(*args, "--jobs", "2")
    assert one.exit_code == two.exit_code == 2  # the bad inputs
    assert two.output == one.output
    assert "empty file" in one.output and "not UTF-8" in one.output


def test_report_jobs_reads_stdin_in_order(corpus):
    text = (SEEDS / SEED_NAMES[1]).read_text(encoding="utf-8")
    args = ["report", "--format", "json", SEEDS / SEED_NAMES[0], "-", corpus / "b" / "short.md"]
    one = invoke(*args, "--jobs", "1", input=text)
    two = invoke(*args, "--jobs", "2", input=text)
    assert one.exit_code == two.exit_code == 0
    assert two.output == one.output


def test_extract_paths_jobs_gives_the_same_values_in_order(corpus):
    def shown(items):
        return [str(i) if isinstance(i, InputError) else i for i in items]

    one = shown(extract_paths([str(corpus)], jobs=1))
    assert shown(extract_paths([str(corpus)], jobs=2)) == one
    assert shown(extract_paths([str(corpus)], jobs=3)) == one
    assert len(one) == 2 * len(SEED_NAMES) + 3


def test_index_jobs_2_stores_what_jobs_1_stores(corpus, tmp_path):
    for jobs in ("1", "2"):
        result = invoke("index", "--db", tmp_path / f"jobs{jobs}.db", "--jobs", jobs, corpus)
        assert result.exit_code == 2  # the bad inputs
    with Store(tmp_path / "jobs1.db") as one, Store(tmp_path / "jobs2.db") as two:
        assert list(two.documents()) == list(one.documents())
        assert len(one) == 2 * len(SEED_NAMES) + 1


def test_report_db_jobs_2_is_report_jobs_1(corpus, tmp_path):
    direct = invoke("report", "--format", "json", "--jobs", "1", corpus)
    stored = invoke("report", "--db", tmp_path / "c.db", "--format", "json", "--jobs", "2", corpus)
    assert direct.exit_code == stored.exit_code == 2
    assert stored.output == direct.output
