"""How commands read articles: publication dates per file (``--dates``, the
configuration's ``published``), ``--encoding``, PATHS and the store."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys

import pytest

from provenance.cli import main
from provenance.errors import ConfigError
from provenance.published import read_dates_table

CITED = "The dam burst (Valley News, April 30).\n"
FRONT_MATTER = "---\ntitle: Dam\ndate: 2020-05-01\n---\n\n" + CITED


def run(runner, *args):
    return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def published(runner, *args) -> dict[str, tuple[str | None, str | None]]:
    """``{path: (published, first citation's date)}`` of ``provenance report --format json ARGS``."""
    result = run(runner, "report", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return {
        d["path"]: (d["published"], d["claims"][0]["evidence"][0]["date"])
        for d in json.loads(result.stdout)["documents"]
    }


@pytest.fixture
def articles(tmp_path, monkeypatch):
    """Three articles in the working directory: two without a date, one with front matter."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "a.txt").write_text(CITED, encoding="utf-8")
    (tmp_path / "briefs" / "b.md").write_text(CITED, encoding="utf-8")
    (tmp_path / "dated.md").write_text(FRONT_MATTER, encoding="utf-8")
    return tmp_path


# -- the --dates table -----------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, rules",
    [
        # CSV, a path and a glob
        (
            "d.csv",
            "path,date\nbriefs/a.txt,2020-06-01\n*.md,2020-07-01\n",
            [("briefs/a.txt", "2020-06-01"), ("*.md", "2020-07-01")],
        ),
        # TSV by its extension, header in the other order and in capitals
        ("d.tsv", "Date\tPath\n2020-06-01\tbriefs/*\n", [("briefs/*", "2020-06-01")]),
        # TSV by the tab in its header, whatever its extension
        ("d.txt", "path\tdate\nbriefs/a.txt\t2020-06-01\n", [("briefs/a.txt", "2020-06-01")]),
        # a byte order mark, CRLF line ends, blank lines and spaces around cells
        ("d.csv", "\ufeffpath,date\r\n\r\n briefs/a.txt , 2020-06-01 \r\n", [("briefs/a.txt", "2020-06-01")]),
        # a quoted path holding a comma
        ("d.csv", 'path,date\n"briefs/a, b.txt",2020-06-01\n', [("briefs/a, b.txt", "2020-06-01")]),
    ],
)
def test_dates_tables_read(tmp_path, name, content, rules):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8", newline="")
    table = read_dates_table(str(path))
    assert [(r.glob, r.date) for r in table.rules] == rules
    assert {r.root for r in table.rules} <= {str(tmp_path)}


@pytest.mark.parametrize(
    "content, problem",
    [
        ("", ":1: expected the header row 'path,date'"),  # nothing at all
        ("file,day\na.txt,2020-06-01\n", ":1: expected the header row 'path,date'"),  # another header
        ("path,date\na.txt,June 1\n", ":2: 'a.txt': 'June 1' is not a date in the form YYYY-MM-DD"),  # a date in words
        ("path,date\na.txt,2020-02-30\n", ":2: 'a.txt': '2020-02-30' is not a date"),  # no such day
        ("path,date\na.txt\n", ":2: expected 2 fields"),  # a row without its date
        ("path,date\n[z-a].txt,2020-06-01\n", ":2: '[z-a].txt' is not a valid glob"),  # a glob that does not compile
        ("path,date\n,2020-06-01\n", ":2: empty path or glob"),  # a date for no path
    ],
)
def test_bad_dates_tables_name_the_file_and_line(tmp_path, content, problem):
    path = tmp_path / "d.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        read_dates_table(str(path))
    assert str(raised.value).startswith(str(path))
    assert problem in str(raised.value)


def test_dates_give_each_file_its_own_date(runner, articles):
    (articles / "dates.csv").write_text("path,date\nbriefs/*,2020-06-01\nbriefs/b.md,2021-06-01\n", encoding="utf-8")
    dates = published(runner, "--dates", "dates.csv", "briefs", "dated.md")
    assert dates == {
        "briefs/a.txt": ("2020-06-01", "2020-04-30"),  # the glob
        "briefs/b.md": ("2021-06-01", "2021-04-30"),  # the later, more specific row wins
        "dated.md": ("2020-05-01", "2020-04-30"),  # front matter wins over the table
    }


def test_published_wins_over_everything(runner, articles):
    (articles / "dates.csv").write_text("path,date\n**,2020-06-01\n", encoding="utf-8")
    dates = published(runner, "--published", "2019-05-05", "--dates", "dates.csv", "briefs/a.txt", "dated.md")
    assert set(dates.values()) == {("2019-05-05", "2019-04-30")}


def test_dates_paths_are_relative_to_the_table(runner, articles, monkeypatch):
    (articles / "briefs" / "dates.tsv").write_text("path\tdate\na.txt\t2020-06-01\n", encoding="utf-8")
    monkeypatch.chdir(articles / "briefs")
    assert published(runner, "--dates", "dates.tsv", "a.txt") == {"a.txt": ("2020-06-01", "2020-04-30")}


@pytest.mark.parametrize(
    "config, expected",
    [
        # one date for every article without one
        ('published = "2020-06-01"\n', {"briefs/a.txt": "2020-06-01", "briefs/b.md": "2020-06-01"}),
        # a date per glob, like per-file-ignores, the later match winning
        (
            '[published]\n"**" = "2020-06-01"\n"*.md" = 2021-06-01\n',
            {"briefs/a.txt": "2020-06-01", "briefs/b.md": "2021-06-01"},
        ),
    ],
)
@pytest.mark.parametrize("command", ["report", "lint", "contested"])
def test_the_configured_dates_apply_on_every_command(runner, articles, config, expected, command):
    (articles / ".provenance.toml").write_text(config, encoding="utf-8")
    assert {path: date for path, (date, _) in published(runner, "briefs").items()} == expected
    if command != "report":  # the others read it too: a date after publication is a lint finding
        result = run(runner, command, "--format", "json", "briefs")
        assert result.exit_code in (0, 1), result.output


def test_dates_win_over_the_configuration(runner, articles):
    (articles / ".provenance.toml").write_text('published = "2020-06-01"\n', encoding="utf-8")
    (articles / "dates.csv").write_text("path,date\nbriefs/a.txt,2021-06-01\n", encoding="utf-8")
    dates = published(runner, "--dates", "dates.csv", "briefs")
    assert dates["briefs/a.txt"][0] == "2021-06-01" and dates["briefs/b.md"][0] == "2020-06-01"


def test_lint_judges_citation_dates_against_the_table(runner, articles):
    (articles / "late.txt").write_text("The dam burst (Valley News, July 30, 2020).\n", encoding="utf-8")
    (articles / "dates.csv").write_text("path,date\nlate.txt,2020-06-01\n", encoding="utf-8")
    result = run(runner, "lint", "--dates", "dates.csv", "late.txt")
    assert result.exit_code == 1
    assert "PV002" in result.stdout  # a citation dated after publication


def test_a_bad_table_is_a_usage_error_before_anything_is_read(runner, articles):
    (articles / "dates.csv").write_text("file,when\n", encoding="utf-8")
    for command in ("report", "lint", "contested", "export", "index"):
        extra = ["--db", "c.db"] if command == "index" else []
        result = run(runner, command, *extra, "--dates", "dates.csv", "briefs")
        assert result.exit_code == 2, command
        assert "dates.csv:1: expected the header row 'path,date'" in result.output
    assert not (articles / "c.db").exists()


def test_the_store_extracts_again_when_a_files_date_changes(runner, articles):
    (articles / "dates.csv").write_text("path,date\nbriefs/a.txt,2020-06-01\n", encoding="utf-8")
    first = run(runner, "index", "--db", "c.db", "--jobs", 1, "--dates", "dates.csv", "briefs")
    assert first.exit_code == 0 and "2 added" in first.stdout
    again = run(runner, "index", "--db", "c.db", "--jobs", 1, "--dates", "dates.csv", "briefs")
    assert "0 added, 0 updated, 2 unchanged" in again.stdout
    (articles / "dates.csv").write_text("path,date\nbriefs/a.txt,2021-06-01\n", encoding="utf-8")
    changed = run(runner, "index", "--db", "c.db", "--jobs", 1, "--dates", "dates.csv", "briefs")
    assert "updated: briefs/a.txt" in changed.stdout and "1 updated, 1 unchanged" in changed.stdout
    stored = published(runner, "--db", "c.db")
    assert stored["briefs/a.txt"] == ("2021-06-01", "2021-04-30")


# -- --encoding ------------------------------------------------------------------------

WINDOWS = "The caf\u00e9 closed \u2013 for good (Le Monde, May 2, 2020).\n"


LATIN = "Caf\u00e9 cr\u00e8me prices rose (Le Monde, May 2, 2020).\n"


@pytest.mark.parametrize(
    "encoding, text, written_as",
    [
        ("cp1252", WINDOWS, "cp1252"),  # a codec named: Windows-1252 (its en dash is 0x96)
        ("Latin-1", LATIN, "latin-1"),  # another spelling of a codec
        ("utf-16", WINDOWS, "utf-16"),  # with its byte order mark; its NUL bytes do not make it binary
        ("auto", WINDOWS, "utf-8"),  # auto: UTF-8 stays UTF-8
        ("auto", WINDOWS, "utf-16"),  # auto: UTF-16 found by its byte order mark
    ],
)
def test_encodings(runner, tmp_path, encoding, text, written_as):
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode(written_as))
    result = run(runner, "report", "--format", "json", "--encoding", encoding, path)
    assert result.exit_code == 0, result.output
    (claim,) = json.loads(result.stdout)["documents"][0]["claims"]
    assert claim["text"] == text.split(" (")[0]
    assert text[claim["start"] : claim["end"]] == claim["text"]  # offsets index the decoded text, BOM left out


def test_auto_detects_a_single_byte_encoding(runner, tmp_path):
    text = "Les \u00e9lus ont vot\u00e9 contre le projet de r\u00e9forme des retraites (Le Monde, 2 mai 2020).\n" * 3
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("cp1252"))
    assert run(runner, "report", path).exit_code == 2  # not UTF-8: refused by default
    result = run(runner, "report", "--format", "json", "--encoding", "auto", path)
    assert result.exit_code == 0, result.output
    assert "\u00e9lus ont vot\u00e9" in json.loads(result.stdout)["documents"][0]["claims"][0]["text"]


@pytest.mark.parametrize(
    "encoding, problem",
    [
        ("utf-8", "not UTF-8: invalid byte 0xe9 at offset 7"),  # the default, as ever
        ("ascii", "not ascii: invalid byte 0xe9 at offset 7"),  # a codec named, the same message
    ],
)
def test_a_file_that_does_not_decode_is_named_with_its_first_bad_byte(runner, tmp_path, encoding, problem):
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes("The caf\u00e9 closed (Le Monde, May 2, 2020).\n".encode("latin-1"))
    good.write_text("The bridge closed (Le Monde, May 2, 2020).\n", encoding="utf-8")
    result = runner.invoke(main, ["report", "--format", "json", "--encoding", encoding, str(bad), str(good)])
    assert result.exit_code == 2
    assert f"provenance: error: {bad}: {problem}" in result.stderr
    assert [d["path"] for d in json.loads(result.stdout)["documents"]] == [str(good)]


def test_an_unknown_encoding_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(main, ["lint", "--encoding", "klingon", str(tmp_path)])
    assert result.exit_code == 2
    assert "'klingon' is not an encoding" in result.output


# -- PATHS and the store ------------------------------------------------------------------


@pytest.mark.parametrize("command", ["report", "contested", "lint", "export"])
def test_without_paths_every_command_reads_the_current_directory(runner, articles, command):
    result = run(runner, command, *(["--format", "json"] if command != "export" else []))
    assert result.exit_code in (0, 1), result.output
    if command == "report":
        paths = [d["path"] for d in json.loads(result.stdout)["documents"]]
        assert paths == ["./briefs/a.txt", "./briefs/b.md", "./dated.md"]


def test_index_needs_a_store(runner, articles):
    result = run(runner, "index", "briefs")
    assert result.exit_code == 2
    assert "Missing option '--db'" in result.output
    assert not (articles / "provenance.db").exists()


def test_configured_aliases_apply_to_the_report(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "Prices rose (VN, May 2, 2020). Rents rose too (Valley News, May 3, 2020).\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    assert "Sources (2 outlets)" in run(runner, "report", "a.txt").stdout
    (tmp_path / ".provenance.toml").write_text('[aliases]\n"Valley News" = ["VN"]\n', encoding="utf-8")
    assert "Sources (1 outlet)" in run(runner, "report", "a.txt").stdout  # one source, cited twice


# -- progress on a terminal ---------------------------------------------------------------


@pytest.mark.parametrize(
    "command, label",
    [
        (["report"], "extracting"),  # the report's extraction
        (["contested"], "extracting"),  # the comparison's extraction
        (["lint"], "linting"),  # lint, which reads article by article
        (["index", "--db", "c.db"], "indexing"),  # as before
    ],
)
def test_long_runs_show_progress_on_a_terminal_only(tmp_path, command, label):
    corpus = tmp_path / "many"
    corpus.mkdir()
    for n in range(25):  # more than PROGRESS_MIN_FILES
        (corpus / f"a{n:02}.txt").write_text(f"Article {n}\n\nThe dam burst (Valley News, May {n % 28 + 1}, 2020).\n")
    args = [sys.executable, "-m", "provenance", *command, "--jobs", "1", str(corpus)]
    controller, terminal = pty.openpty()
    try:
        done = subprocess.run(args, cwd=tmp_path, stdout=subprocess.PIPE, stderr=terminal, timeout=300, check=False)
        os.close(terminal)
        shown = b""
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the terminal is closed: all is read
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(controller)
    assert done.returncode in (0, 1)
    assert label.encode() in shown  # a bar on the terminal
    assert label.encode() not in done.stdout  # never in the output
    piped = subprocess.run(args, cwd=tmp_path, capture_output=True, timeout=300, check=False)
    assert label.encode() not in piped.stderr  # no bar when stderr is not a terminal
