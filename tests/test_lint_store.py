"""``provenance lint --db``: PV201 against a corpus store, on real files and a real database."""

from __future__ import annotations

from click.testing import CliRunner

from provenance.cli import main

REPORT = "The mayor resigned on Friday (City Herald, May 3, 2021). The council met later.\n"
DENIAL = "The mayor denied reports that she had resigned (Valley Courier, May 4, 2021).\n"
UNRELATED = "Wheat prices rose in the north (Farm Weekly, May 4, 2021).\n"


def test_lint_against_a_store(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "denial.txt").write_text(DENIAL, encoding="utf-8")
    (archive / "wheat.txt").write_text(UNRELATED, encoding="utf-8")
    new = tmp_path / "new.txt"  # reports what the archive denies, without saying so
    new.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "archive.db"
    runner = CliRunner()
    indexed = runner.invoke(main, ["index", "--db", str(db), str(archive)])
    assert indexed.exit_code == 0, indexed.output
    result = runner.invoke(main, ["lint", "--db", str(db), "--format", "json", str(new)])
    assert result.exit_code == 0, result.output
    assert '"PV201"' in result.stdout and "denial.txt" in result.stdout
    # the same finding as comparing against the files themselves
    direct = runner.invoke(main, ["lint", "--corpus", str(archive), "--format", "json", str(new)])
    assert direct.stdout == result.stdout


def test_lint_db_indexes_the_corpus_first(tmp_path):
    (tmp_path / "denial.txt").write_text(DENIAL, encoding="utf-8")
    new = tmp_path / "new.txt"
    new.write_text(REPORT, encoding="utf-8")
    db = tmp_path / "fresh.db"
    result = CliRunner().invoke(
        main, ["lint", "--db", str(db), "--corpus", str(tmp_path / "denial.txt"), "--format", "json", str(new)]
    )
    assert result.exit_code == 0, result.output
    assert '"PV201"' in result.stdout
    assert db.exists()
