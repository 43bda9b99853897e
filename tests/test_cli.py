"""The ``provenance report`` command, through click's runner, on real files."""

from __future__ import annotations

import csv
import io
import json

import pytest

from provenance import __version__
from provenance.cli import main

ARTICLE = (
    "Harbour Strike Ends\n\n"
    "Dock workers returned to work on Monday (Port Gazette, March 3, 2020). "
    "The union said talks would go on. Nobody knows the cost.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def test_version(runner):
    result = run(runner, "--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_has_example(runner):
    result = run(runner, "report", "-h")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_text_report(runner, article):
    result = run(runner, "report", article)
    assert result.exit_code == 0, result.output
    assert "Port Gazette" in result.output
    assert "2020-03-03" in result.output
    assert "Unsourced: 1 of 3 claims (33%)" in result.output  # "The union said" is attributed


def test_json_report_follows_contract(runner, article):
    result = run(runner, "report", "--format", "json", article)
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["version"] == 1
    (doc,) = data["documents"]
    assert doc["path"] == str(article)
    claim = doc["claims"][0]
    assert set(claim) == {"id", "start", "end", "text", "hedged", "evidence"}
    (e,) = claim["evidence"]
    assert {k: e[k] for k in ("kind", "source", "date", "date_end", "raw")} == {
        "kind": "citation",
        "source": "Port Gazette",
        "date": "2020-03-03",
        "date_end": None,
        "raw": "Port Gazette, March 3, 2020",
    }
    text = article.read_text(encoding="utf-8")
    assert text[e["start"] : e["end"]] == e["raw"]
    assert text[claim["start"] : claim["end"]] == claim["text"]


def test_markdown_and_fmt(runner, article):
    md = run(runner, "report", "--format", "markdown", article)
    assert md.exit_code == 0
    assert "| Port Gazette" in md.output or "Port Gazette |" in md.output
    grid = run(runner, "report", "--fmt", "grid", article)
    assert grid.exit_code == 0
    assert "+====" in grid.output or "+===" in grid.output


def test_csv_report(runner, article):
    result = run(runner, "report", "--format", "csv", article)
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["kind"], r["source"]) for r in rows] == [
        ("citation", "Port Gazette"),
        ("attribution", "The union"),
        ("", ""),
    ]


def test_output_file(runner, article, tmp_path):
    out = tmp_path / "out.json"
    result = run(runner, "report", "--format", "json", "-o", out, article)
    assert result.exit_code == 0
    assert result.output == ""
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]


def test_stdin(runner):
    result = run(runner, "report", "--format", "json", "-", input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert json.loads(result.output)["documents"][0]["path"] == "-"


def test_published_overrides_and_validates(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The dam burst (Valley News, December 20).\n", encoding="utf-8")
    result = run(runner, "report", "--format", "json", "--published", "2022-01-10", path)
    assert result.exit_code == 0
    doc = json.loads(result.output)["documents"][0]
    assert doc["published"] == "2022-01-10"
    assert doc["claims"][0]["evidence"][0]["date"] == "2021-12-20"
    bad = run(runner, "report", "--published", "2022-13-40", path)
    assert bad.exit_code == 2
    assert "YYYY-MM-DD" in bad.output


def test_year_less_dates_stay_year_less_without_publication_date(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The dam burst (Valley News, December 20).\n", encoding="utf-8")
    doc = json.loads(run(runner, "report", "--format", "json", path).output)["documents"][0]
    assert doc["published"] is None
    assert doc["claims"][0]["evidence"][0]["date"] == "--12-20"


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("binary.txt", b"\x00\x01\x02PK\x03\x04", "binary"),  # NUL bytes
        ("latin1.txt", "Caf\u00e9 au lait.".encode("latin-1"), "not UTF-8"),  # wrong encoding
        ("empty.txt", b"", "empty"),  # zero bytes
    ],
)
def test_bad_input_is_named_and_others_still_reported(runner, article, tmp_path, name, content, problem):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = runner.invoke(main, ["report", "--format", "json", str(bad), str(article)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.stderr and problem in result.stderr
    data = json.loads(result.stdout)
    assert [d["path"] for d in data["documents"]] == [str(article)]
    assert data["errors"][0]["path"] == str(bad)


def test_missing_path_and_empty_directory(runner, article, tmp_path):
    empty = tmp_path / "empty-dir"
    empty.mkdir()
    result = runner.invoke(main, ["report", str(tmp_path / "nope.txt"), str(empty), str(article)])
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert "empty-dir: no articles" in result.stderr
    assert "Port Gazette" in result.stdout


def test_directory_is_searched_recursively(runner, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.md").write_text("It rained (Herald, May 1, 2020).\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("It snowed (Courier, May 2, 2020).\n", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    result = run(runner, "report", "--format", "json", tmp_path)
    assert result.exit_code == 0
    paths = [d["path"] for d in json.loads(result.output)["documents"]]
    assert [p.rsplit("/", 1)[-1] for p in paths] == ["one.md", "two.txt"]


def test_no_paths_reads_the_current_directory(runner, article, monkeypatch):
    monkeypatch.chdir(article.parent)
    result = run(runner, "report", "--format", "json")
    assert result.exit_code == 0
    assert [d["path"] for d in json.loads(result.output)["documents"]] == ["./strike.txt"]


def test_markdown_escapes_pipes(runner, tmp_path):
    path = tmp_path / "pipes.md"
    path.write_text("Costs rose | a lot (Herald, May 1, 2020).\n", encoding="utf-8")
    result = run(runner, "report", "--format", "markdown", path)
    assert result.exit_code == 0
    assert "Costs rose \\| a lot" in result.output


def test_several_outputs_by_extension(runner, article, tmp_path):
    md, js = tmp_path / "r.md", tmp_path / "r.json"
    result = run(runner, "report", article, "-o", md, "-o", js)
    assert result.exit_code == 0
    assert md.read_text(encoding="utf-8").startswith("## ")
    assert json.loads(js.read_text(encoding="utf-8"))["version"] == 1
    clash = run(runner, "report", "--format", "json", article, "-o", md, "-o", js)
    assert clash.exit_code == 2
    assert "--format" in clash.output


# -- what a reader sees first, and how wide ------------------------------------

LONG_CLAIM = (
    "The strike cost the port more than four million euros in lost fees, and dozens of ships were still waiting "
    "outside the breakwater on Tuesday morning"
)


@pytest.fixture
def long_article(tmp_path, monkeypatch):
    """A short file name in the working directory, and a claim longer than any terminal."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "harbour.txt").write_text(f"Harbour Costs\n\n{LONG_CLAIM} (Port Gazette, March 4, 2020).\n")
    return "harbour.txt"


def test_report_opens_with_a_summary(runner, article):
    result = run(runner, "report", article)
    assert result.exit_code == 0
    head = result.output.split("\n\n", 2)
    assert head[0] == "Summary of 1 document:"
    for line in ("articles ", "claims ", "citations ", "attributions ", "contested pairs "):
        assert line in head[1]
    assert "3  1 unsourced (33%)" in head[1]  # three claims, one unsourced
    assert result.output.index("Summary of") < result.output.index("Port Gazette")


def test_piped_report_keeps_every_claim_whole(runner, long_article):
    result = run(runner, "report", long_article)
    assert result.exit_code == 0
    assert LONG_CLAIM in result.output


@pytest.mark.parametrize("width", [60, 100])
def test_width_wraps_tables_to_fit(runner, long_article, width):
    result = run(runner, "report", "--width", width, long_article)
    assert result.exit_code == 0
    assert LONG_CLAIM not in result.output
    assert max(len(line) for line in result.output.splitlines()) <= width
    shown = result.output.split()
    assert all(word in shown for word in LONG_CLAIM.split())  # wrapped between words, none lost


def test_width_below_twenty_is_refused(runner, article):
    assert run(runner, "report", "--width", "5", article).exit_code == 2


def test_year_less_dates_read_as_such_in_text_and_stay_iso_in_json(runner, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("The dam burst (Valley News, December 20).\n", encoding="utf-8")
    text = run(runner, "report", path).output
    assert "Dec 20 (year unknown)" in text and "--12-20" not in text
    assert '"date": "--12-20"' in run(runner, "report", "--format", "json", path).output


def test_contested_table_shows_what_conflicts(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(
        "Toll\n\nTwelve people died in the flood in Marlow on Monday (Herald, May 2, 2020).\n"
    )
    (tmp_path / "b.txt").write_text(
        "Toll\n\nForty people died in the flood in Marlow on Monday (Courier, May 3, 2020).\n"
    )
    result = run(runner, "contested", "--width", "80", "a.txt", "b.txt")
    assert result.exit_code == 0
    header = result.output.splitlines()[1]
    assert [h.strip() for h in header.strip("|").split("|")] == [
        "subject",
        "kind",
        "conflict",
        "claim A",
        "claim B",
        "score",
    ]
    assert max(len(line) for line in result.output.splitlines()) <= 80
    whole = run(runner, "contested", "a.txt", "b.txt").output
    assert "a: Twelve" in whole and "b: Forty" in whole  # the numbers that disagree, side by side


# -- the same output options on lint, rules, rule and relate -----------------------------

UNSOURCED = "Harbour Strike Ends\n\nThe strike cost the port 4 million euros in lost fees.\n"


@pytest.fixture
def unsourced(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "strike.txt").write_text(UNSOURCED, encoding="utf-8")
    return "strike.txt"


def test_lint_findings_as_a_table(runner, unsourced):
    lines = run(runner, "lint", "--fmt", "grid", unsourced).output.splitlines()
    assert lines[0].startswith("+") and [h.strip() for h in lines[1].strip("|").split("|")] == [
        "where",
        "code",
        "level",
        "message",
    ]
    assert any("strike.txt:3:1" in line and "PV101" in line for line in lines)
    assert lines[-1].startswith("Found 1 finding")


def test_lint_markdown_for_a_pull_request(runner, unsourced, tmp_path):
    result = run(runner, "lint", unsourced, "-o", tmp_path / "lint.md", "-o", tmp_path / "lint.json")
    assert result.exit_code == 0  # a warning, below --fail-on error
    markdown = (tmp_path / "lint.md").read_text(encoding="utf-8")
    assert markdown.startswith("| where") and "| strike.txt:3:1 | PV101  | warning |" in markdown
    assert json.loads((tmp_path / "lint.json").read_text(encoding="utf-8"))["findings"][0]["code"] == "PV101"


def test_rules_as_csv_and_rule_to_a_file(runner, tmp_path):
    rows = list(csv.DictReader(io.StringIO(run(runner, "rules", "--format", "csv").output)))
    assert rows[0].keys() == {"code", "name", "level", "summary"} and rows[0]["code"] == "PV001"
    result = run(runner, "rule", "PV101", "-o", tmp_path / "pv101.md", "-o", tmp_path / "pv101.txt")
    assert result.exit_code == 0 and result.output == ""
    assert (tmp_path / "pv101.md").read_text(encoding="utf-8").startswith("# unsourced-statistic (PV101)")
    assert (tmp_path / "pv101.txt").read_text(encoding="utf-8").startswith("unsourced-statistic (PV101)\n===")


PAIRS = (
    '{"id": 1, "a": "The mayor resigned.", "b": "The mayor denied resigning."}\n'
    '{"id": 2, "a": "The bridge collapsed.", "b": "Apple released a new phone."}\n'
)


def test_relate_writes_every_format(runner, tmp_path):
    source = tmp_path / "pairs.jsonl"
    source.write_text(PAIRS, encoding="utf-8")
    outs = [tmp_path / f"judged.{ext}" for ext in ("jsonl", "json", "csv")]
    result = run(runner, "relate", source, *[a for out in outs for a in ("-o", out)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in outs[0].read_text(encoding="utf-8").splitlines()]
    assert [(j["id"], j["relation"]) for j in lines] == [(1, "contested"), (2, "unrelated")]
    assert json.loads(outs[1].read_text(encoding="utf-8")) == {"version": 1, "judgements": lines}
    rows = list(csv.DictReader(io.StringIO(outs[2].read_text(encoding="utf-8"))))
    assert [(r["id"], r["relation"], r["kind"]) for r in rows] == [("1", "contested", "denial"), ("2", "unrelated", "")]


def test_relate_min_score_writes_a_weaker_judgement_as_neutral(runner, tmp_path):
    source = tmp_path / "pairs.jsonl"
    source.write_text(PAIRS.splitlines()[0] + "\n", encoding="utf-8")
    (judged,) = [json.loads(line) for line in run(runner, "relate", source).output.splitlines()]
    strict = json.loads(run(runner, "relate", "--min-score", 1.0, source).output)
    assert judged["relation"] == "contested" and judged["score"] < 1.0
    assert strict["relation"] == "neutral" and strict["kind"] is None and "below --min-score" in strict["evidence"]


def test_an_empty_relate_input_is_an_empty_json_document(runner, tmp_path):
    source = tmp_path / "none.jsonl"
    source.write_text("\n", encoding="utf-8")
    assert json.loads(run(runner, "relate", "--format", "json", source).output) == {"version": 1, "judgements": []}
