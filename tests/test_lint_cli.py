"""``provenance lint``, ``rules`` and ``rule`` through click's runner, on real files."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
import sys
import types

import pytest
from click.testing import CliRunner
from conftest import ROOT

from provenance import __version__
from provenance.cli import main

CORPUS = ROOT / "tests" / "lint_corpus"
GOLDEN = ROOT / "tests" / "golden"

CLEAN = "# Harbour news\n\nDock workers returned to work on Monday (Port Gazette, March 3, 2020).\n"
WARNING = "# Harbour news\n\nThe strike cost the port 40% of its trade.\n"  # PV101, a warning
ERROR = "# Harbour news\n\nDock workers returned to work (Port Gazette, Setpember 3).\n"  # PV001, an error
INFO = "# Harbour news\n\nThe union leader reportedly resigned.\n"  # PV103, info


@pytest.fixture
def project(tmp_path, monkeypatch):
    """An empty directory with an empty configuration, as the working directory."""
    (tmp_path / ".provenance.toml").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: pathlib.Path, text: str) -> pathlib.Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(runner, *args, input=None):
    return runner.invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def findings(result) -> list[tuple[str, str]]:
    return [(os.path.basename(f["path"]), f["code"]) for f in json.loads(result.stdout)["findings"]]


# -- exit codes -----------------------------------------------------------------


def test_clean_file_exits_0(runner, project):
    result = run(runner, "lint", write(project / "a.md", CLEAN))
    assert result.exit_code == 0
    assert result.stdout == "No findings (1 file checked).\n"
    assert result.stderr == ""


def test_error_finding_exits_1(runner, project):
    write(project / "a.md", ERROR)
    result = run(runner, "lint", "a.md")
    assert result.exit_code == 1
    assert result.stdout == (
        'a.md:3:31: PV001 Malformed citation: misspelled month "Setpember"; correct the spelling\n'
        "Found 1 finding: 1 error (1 file checked).\n"
    )


@pytest.mark.parametrize(
    "text, fail_on, expected",
    [
        (WARNING, None, 0),  # the default bar is error
        (WARNING, "warning", 1),
        (WARNING, "error", 0),
        (INFO, "warning", 0),
        (INFO, "info", 1),
        (ERROR, "warning", 1),
    ],
)
def test_fail_on(runner, project, text, fail_on, expected):
    write(project / ".provenance.toml", 'select = ["PV", "PV103"]\n')  # the info rule, selected by its code
    path = write(project / "a.md", text)
    args = ["lint", path] + (["--fail-on", fail_on] if fail_on else [])
    assert run(runner, *args).exit_code == expected


def test_exit_zero(runner, project):
    result = run(runner, "lint", "--exit-zero", write(project / "a.md", ERROR))
    assert result.exit_code == 0
    assert "PV001" in result.stdout


def test_unknown_fail_on_level_is_a_usage_error(runner, project):
    result = run(runner, "lint", "--fail-on", "fatal", write(project / "a.md", CLEAN))
    assert result.exit_code == 2
    assert "'fatal' is not one of" in result.stderr


def test_binary_file_among_good_files(runner, project):
    write(project / "news" / "a.md", WARNING)
    (project / "news" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(project / "news" / "b.md", ERROR)
    result = run(runner, "lint", "--format", "json", "news")
    assert result.exit_code == 2
    assert findings(result) == [("a.md", "PV101"), ("b.md", "PV001")]
    assert "provenance: error: news/photo.txt:" in result.stderr
    assert "binary" in result.stderr


def test_input_errors_exit_2_even_with_exit_zero(runner, project):
    write(project / "a.md", CLEAN)
    (project / "latin1.txt").write_bytes("Caf\xe9 prices rose.".encode("latin-1"))
    result = run(runner, "lint", "--exit-zero", "a.md", "latin1.txt", "missing.md")
    assert result.exit_code == 2
    assert "No findings (1 file checked)." in result.stdout
    errors = result.stderr.splitlines()
    assert [line.split(":")[2].strip() for line in errors] == ["latin1.txt", "missing.md"]
    assert "UTF-8" in errors[0]


def test_stdin(runner, project):
    result = run(runner, "lint", "-", input=WARNING)
    assert result.exit_code == 0
    assert result.stdout.startswith("-:3:1: PV101 ")


def test_default_path_is_the_working_directory(runner, project):
    write(project / "news" / "a.md", ERROR)
    result = run(runner, "lint")
    assert result.exit_code == 1
    assert result.stdout.startswith("news/a.md:3:31: PV001")


# -- configuration ---------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        (".provenance.toml", 'selct = ["PV"]\n', ".provenance.toml: unknown key 'selct'; did you mean 'select'?"),
        (".provenance.toml", 'ignore = ["PV999"]\n', ".provenance.toml: ignore: unknown rule code 'PV999'"),
        (".provenance.toml", '[levels]\nPV101 = "fatal"\n', ".provenance.toml: levels.PV101: unknown level 'fatal'"),
        (".provenance.toml", "select = [\n", ".provenance.toml: invalid TOML"),
        (
            "pyproject.toml",
            '[tool.provenance]\nexlude = ["x"]\n',
            "pyproject.toml: unknown key 'tool.provenance.exlude'; did you mean 'exclude'?",
        ),
        # a glob whose character class runs backwards
        (".provenance.toml", 'exclude = ["drafts/[z-a]*"]\n', "x: exclude: 'drafts/[z-a]*' is not a valid glob"),
        # the same in a per-file-ignores key
        (
            ".provenance.toml",
            '[per-file-ignores]\n"[z-a].md" = ["PV1"]\n',
            "x: per-file-ignores: '[z-a].md' is not a valid glob: bad character range",
        ),
        # a character class never closed
        (".provenance.toml", 'exclude = ["[!]"]\n', "x: exclude: '[!]' is not a valid glob: unterminated"),
        # a byte that is not UTF-8
        (".provenance.toml", b'select = ["PV"]\n\xff\n', "x: invalid TOML: not UTF-8 (byte 0xff at offset 16)"),
        # arrays nested deeper than the parser recurses
        (".provenance.toml", "x = " + "[" * 5000 + "]" * 5000 + "\n", "x: invalid TOML: arrays or tables nested"),
        # `tool` a string, not a table
        ("pyproject.toml", 'tool = "provenance"\n', "x: tool: expected a table, got 'provenance'"),
        # `tool` a number
        ("pyproject.toml", "tool = 5\n", "x: tool: expected a table, got 5"),
        # `tool.provenance` a number
        ("pyproject.toml", "[tool]\nprovenance = 5\n", "x: tool.provenance: expected a table, got 5"),
        # select and ignore naming the same code: an error, not a silent no-op
        (".provenance.toml", 'select = ["PV101"]\nignore = ["pv101"]\n', "x: select and ignore both name PV101"),
        # a level that is not a string
        (".provenance.toml", "[levels]\nPV101 = [1]\n", "x: levels.PV101: unknown level [1]"),
        # a huge value is quoted short
        (".provenance.toml", 'ignore = ["' + "P" * 100_000 + '"]\n', "x: ignore: unknown rule code 'PPPPP"),
    ],
)
def test_configuration_errors_exit_2(runner, tmp_path, monkeypatch, name, content, message):
    monkeypatch.chdir(tmp_path)
    if isinstance(content, bytes):
        (tmp_path / name).write_bytes(content)
    else:
        write(tmp_path / name, content)
    write(tmp_path / "a.md", ERROR)
    result = run(runner, "lint", "--exit-zero", "a.md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("Error: " + str(tmp_path / name) + ": ")
    assert message.split(": ", 1)[1] in result.stderr
    assert len(result.stderr) < 300  # one line, whatever the size of the value
    assert run(runner, "lint", "--config", name, "a.md").exit_code == 2  # named explicitly: the same error


def test_explicit_config_file(runner, project):
    write(project / "a.md", WARNING)
    write(project / "strict.toml", '[levels]\nPV101 = "error"\n')
    assert run(runner, "lint", "a.md").exit_code == 0
    assert run(runner, "lint", "--config", "strict.toml", "a.md").exit_code == 1
    missing = run(runner, "lint", "--config", "nope.toml", "a.md")
    assert missing.exit_code == 2
    assert "nope.toml: cannot read configuration" in missing.stderr


def test_config_found_walking_up_and_provenance_toml_wins(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "pyproject.toml", '[tool.provenance]\n[tool.provenance.levels]\nPV101 = "error"\n')
    write(tmp_path / "news" / "deep" / "a.md", WARNING)
    assert run(runner, "lint", "news/deep/a.md").exit_code == 1  # pyproject.toml, two levels up
    write(tmp_path / ".provenance.toml", 'ignore = ["PV101"]\n')
    assert run(runner, "lint", "--fail-on", "info", "news/deep/a.md").exit_code == 0  # .provenance.toml wins


def test_pyproject_without_table_is_skipped(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path / ".provenance.toml", '[levels]\nPV101 = "error"\n')
    write(tmp_path / "news" / "pyproject.toml", "[tool.black]\nline-length = 100\n")
    write(tmp_path / "news" / "a.md", WARNING)
    assert run(runner, "lint", "news/a.md").exit_code == 1


def test_select_ignore_per_file_ignores_and_exclude(runner, project):
    write(project / "news" / "a.md", WARNING + "\nThe union leader reportedly resigned.\n")
    write(project / "briefs" / "b.md", WARNING)
    write(project / "drafts" / "c.md", ERROR)
    write(
        project / ".provenance.toml",
        'ignore = ["PV103"]\nexclude = ["drafts"]\n[per-file-ignores]\n"briefs/*.md" = ["PV1"]\n',
    )
    result = run(runner, "lint", "--format", "json", ".")
    assert result.exit_code == 0
    assert findings(result) == [("a.md", "PV101")]


def test_published_fallback(runner, project):
    text = "# Harbour news\n\nDock workers returned (Port Gazette, March 9, 2020).\n"
    write(project / "a.md", text)
    assert run(runner, "lint", "a.md").exit_code == 0
    write(project / ".provenance.toml", "published = 2020-03-05\n")
    result = run(runner, "lint", "a.md")
    assert result.exit_code == 1
    assert "PV002 Citation dated 2020-03-09 is after the publication date 2020-03-05" in result.stdout


def test_aliases(runner, project):
    text = (
        "# Harbour news\n\nShips left (Port Gazette, March 3, 2020). "
        "Ships came back (The Harbour Gazette, March 4, 2020).\n"
    )
    write(project / "a.md", text)
    assert run(runner, "lint", "--fail-on", "warning", "a.md").exit_code == 0
    write(project / ".provenance.toml", '[aliases]\n"Port Gazette" = ["The Harbour Gazette", "PG"]\n')
    result = run(runner, "lint", "--fail-on", "warning", "a.md")
    assert result.exit_code == 1
    assert "PV004 Source 'The Harbour Gazette' is cited as 'Port Gazette' earlier in this article" in result.stdout


# -- suppression --------------------------------------------------------------------


def test_suppression_and_unused_suppression(runner, project):
    text = (
        "# Harbour news\n\n"
        "<!-- provenance: ignore PV101 -->\nThe strike cost the port 40% of its trade.\n\n"
        "<!-- provenance: ignore PV101 -->\nDock workers returned on Monday.\n\n"
        "<!-- provenance: disable PV1 -->\nThe strike cost 40% of the trade.\n\nAnd 50% of the jobs.\n"
        "<!-- provenance: enable PV1 -->\n\nIt cost 60% of the ships.\n"
    )
    write(project / "a.md", text)
    result = run(runner, "lint", "a.md")
    assert result.exit_code == 0
    assert result.stdout == (
        "a.md:6:1: PV900 Unused suppression (PV101): it suppresses nothing; remove it\n"
        "a.md:15:1: PV101 Statistic without a source: “60%”; cite or attribute it\n"
        "Found 2 findings: 2 warnings (1 file checked).\n"
    )
    write(project / ".provenance.toml", 'ignore = ["PV900"]\n')
    assert "PV900" not in run(runner, "lint", "a.md").stdout


# -- formats --------------------------------------------------------------------------


def normalise(text: str) -> str:
    return text.replace(f'"version": "{__version__}"', '"version": "{version}"')


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_golden_output(runner, monkeypatch, fmt):
    """Pinned output of every format; set PROVENANCE_UPDATE_GOLDEN=1 to rewrite the files."""
    monkeypatch.chdir(CORPUS)
    result = run(runner, "lint", "--config", "golden.toml", "--format", fmt, "golden.md")
    assert result.exit_code == 1
    golden = GOLDEN / f"lint.{fmt}"
    if os.environ.get("PROVENANCE_UPDATE_GOLDEN"):
        golden.write_text(normalise(result.stdout), encoding="utf-8")
    assert normalise(result.stdout) == golden.read_text(encoding="utf-8")


def test_outputs_by_extension(runner, project):
    write(project / "a.md", WARNING)
    result = run(runner, "lint", "a.md", "-o", "out.sarif", "-o", "out.json", "-o", "out.txt")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads((project / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert json.loads((project / "out.json").read_text(encoding="utf-8"))["findings"][0]["code"] == "PV101"
    assert (project / "out.txt").read_text(encoding="utf-8").startswith("a.md:3:1: PV101")


def test_format_and_several_outputs_conflict(runner, project):
    result = run(runner, "lint", "--format", "json", "-o", "a.json", "-o", "b.json", write(project / "a.md", CLEAN))
    assert result.exit_code == 2
    assert "--format names one format" in result.stderr


def test_baseline_reports_only_new_findings(runner, project):
    write(project / "a.md", WARNING)
    assert run(runner, "lint", "--format", "json", "-o", "baseline.json", "a.md").exit_code == 0
    saved = json.loads((project / "baseline.json").read_text(encoding="utf-8"))
    assert [len(f["fingerprint"]) for f in saved["findings"]] == [20]
    sarif = json.loads(run(runner, "lint", "--format", "sarif", "a.md").stdout)
    assert sarif["runs"][0]["results"][0]["partialFingerprints"] == {
        "provenance/v1": saved["findings"][0]["fingerprint"]
    }

    result = run(runner, "lint", "--baseline", "baseline.json", "--fail-on", "warning", "a.md")
    assert (result.exit_code, result.stdout) == (
        0,
        "No findings (1 file checked, 1 known finding in the baseline not shown).\n",
    )

    write(project / "a.md", "Intro.\n\n" + WARNING + "\nA third of the clinics shut.\n")  # moved down, one new
    result = run(runner, "lint", "--baseline", "baseline.json", "--fail-on", "warning", "a.md")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "a.md:7:1: PV101 Statistic without a source: “A third of the”; cite or attribute it",
        "Found 1 finding: 1 warning (1 file checked, 1 known finding in the baseline not shown).",
    ]


@pytest.mark.parametrize(
    "content, message",
    [
        (None, "missing.json: cannot read baseline"),  # no such file
        ("not json", "baseline is not JSON"),  # not JSON
        ('{"version": 1, "relations": []}', "no findings list"),  # the output of another command
    ],
)
def test_bad_baseline_exits_2(runner, project, content, message):
    write(project / "a.md", WARNING)
    name = "missing.json" if content is None else "baseline.json"
    if content is not None:
        write(project / name, content)
    result = run(runner, "lint", "--baseline", name, "--exit-zero", "a.md")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert message in result.stderr


@pytest.mark.parametrize(
    "args, config, message",
    [
        (["--min-score", "1.5"], None, "1.5 is not in the range 0<=x<=1"),  # out of range on the command line
        ([], "min-score = 2\n", "min-score: expected a score from 0 to 1, got 2"),  # out of range in the file
        ([], 'min-score = "high"\n', "min-score: expected a score from 0 to 1, got 'high'"),  # not a number
    ],
)
def test_bad_min_score_exits_2(runner, project, args, config, message):
    write(project / "a.md", WARNING)
    if config:
        write(project / ".provenance.toml", config)
    result = run(runner, "lint", *args, "a.md")
    assert result.exit_code == 2
    assert message in result.stderr


# -- PV201 with a reference corpus -----------------------------------------------------


def test_contested_claim_across_documents(runner, project, monkeypatch):
    write(project / "news" / "a.md", "# Valley\n\nThe commander fled to Tajikistan on Saturday.\n")
    write(project / "archive" / "b.md", "# Valley\n\nThe commander is still in the valley.\n")

    def compare(documents):
        by_name = {os.path.basename(d.path): d for d in documents}
        assert sorted(by_name) == ["a.md", "b.md"]
        a, b = by_name["a.md"], by_name["b.md"]

        def side(doc):
            claim = doc.claims[0]
            return types.SimpleNamespace(doc=doc.path, start=claim.start, end=claim.end, text=claim.text)

        return [
            types.SimpleNamespace(
                relation="contested", kind="contradiction", score=0.8, evidence="", a=side(a), b=side(b)
            )
        ]

    monkeypatch.setitem(sys.modules, "provenance.compare", types.SimpleNamespace(compare_documents=compare))
    result = run(runner, "lint", "--corpus", "archive", "news/a.md")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        "news/a.md:3:1: PV201 Contested (contradiction) by archive/b.md:3: “The commander is still in the valley.”; "
        "say that it is disputed and source both sides, or correct it"
    )
    ignored = run(
        runner,
        "lint",
        "--corpus",
        "archive",
        "--fail-on",
        "info",
        "news/a.md",
        "--config",
        write(project / "x.toml", 'ignore = ["PV2"]\n'),
    )
    assert ignored.exit_code == 0
    assert ignored.stdout == "No findings (1 file checked).\n"


def test_contested_claim_with_the_comparator(runner, project):
    pytest.importorskip("provenance.compare")
    report = "Amrullah Saleh fled Panjshir and arrived in Tajikistan on September 4 (TASS, September 4)."
    denial = (
        "Saleh refuted those reports and said he remained in the Panjshir valley (Twitter/@BBCYaldaHakim, September 4)."
    )
    write(project / "news" / "one-side.md", f"# Valley\n\n{report}\n")
    write(project / "news" / "both-sides.md", f"# Valley\n\n{report} {denial}\n")
    write(
        project / "archive" / "b.md",
        "# Valley\n\nAmrullah Saleh is still in the Panjshir valley, leading "
        "the resistance (Twitter/@BBCYaldaHakim, September 4).\n",
    )
    result = run(runner, "lint", "--format", "json", "--corpus", "archive", "news")
    assert findings(result) == [("one-side.md", "PV201")]


# -- --changed-since ---------------------------------------------------------------------


def git(cwd: pathlib.Path, *args: str) -> None:
    subprocess.run(
        ["git", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
        env={
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
        },
    )


@pytest.fixture
def repo(project):
    git(project, "init", "-q", "-b", "main")
    write(project / "news" / "old.md", ERROR)
    write(project / "news" / "edited.md", CLEAN)
    write(project / "news" / "gone.md", CLEAN)
    write(project / "notes.txt", ERROR)
    git(project, "add", ".")
    git(project, "commit", "-q", "-m", "articles")
    write(project / "news" / "edited.md", ERROR)  # modified
    (project / "news" / "gone.md").unlink()  # deleted: nothing to lint
    write(project / "news" / "new.md", ERROR)  # untracked
    write(project / ".gitignore", "*.tmp.md\n")
    write(project / "news" / "scratch.tmp.md", ERROR)  # ignored by git
    return project


def test_changed_since_lints_changed_and_new_articles(runner, repo):
    result = run(runner, "lint", "--format", "json", "--changed-since", "HEAD", "news")
    assert result.exit_code == 1
    assert findings(result) == [("edited.md", "PV001"), ("new.md", "PV001")]


def test_changed_since_always_lints_explicit_files(runner, repo):
    result = run(runner, "lint", "--format", "json", "--changed-since", "HEAD", "news", "news/old.md")
    assert sorted(findings(result)) == [("edited.md", "PV001"), ("new.md", "PV001"), ("old.md", "PV001")]


def test_changed_since_restricted_to_paths(runner, repo):
    write(repo / "notes.txt", ERROR + "\nMore.\n")  # changed, but not under news/
    result = run(runner, "lint", "--format", "json", "--changed-since", "HEAD", "news")
    assert ("notes.txt", "PV001") not in findings(result)


def test_changed_since_nothing_changed(runner, repo):
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "more")
    result = run(runner, "lint", "--changed-since", "HEAD", "news")
    assert result.exit_code == 0
    assert result.stdout == "No findings (0 files checked).\n"


def test_changed_since_errors(runner, repo, tmp_path_factory, monkeypatch):
    bad = run(runner, "lint", "--changed-since", "no-such-rev", "news")
    assert bad.exit_code == 2
    assert "--changed-since: 'no-such-rev' is not a commit of the git repository at" in bad.stderr
    elsewhere = tmp_path_factory.mktemp("not-a-repo")
    write(elsewhere / "a.md", CLEAN)
    monkeypatch.chdir(elsewhere)
    outside = run(runner, "lint", "--changed-since", "HEAD", "a.md")
    assert outside.exit_code == 2
    assert f"--changed-since: {elsewhere} is not inside a git repository" in outside.stderr


# -- rules and rule ------------------------------------------------------------------------


def test_rules_lists_every_rule(runner):
    result = run(runner, "rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["code", "name", "level", "summary"]
    assert any(line.startswith("PV101   unsourced-statistic         warning") for line in lines)
    data = json.loads(run(runner, "rules", "--format", "json").stdout)
    assert [r["code"] for r in data["rules"]][:2] == ["PV001", "PV002"]
    assert run(runner, "rules", "--format", "markdown").stdout.startswith("| code")


@pytest.mark.parametrize("name", ["PV101", "pv101", "unsourced-statistic"])
def test_rule_prints_documentation(runner, name):
    result = run(runner, "rule", "--format", "markdown", name)
    assert result.exit_code == 0
    text = result.stdout
    assert text.startswith("# unsourced-statistic (PV101)\n")
    for section in ("## What it does", "## Why is this bad?", "## Example", "## Use instead"):
        assert section in text


def test_rule_text_is_plain_text(runner):
    text = run(runner, "rule", "PV101").stdout
    assert text.startswith("unsourced-statistic (PV101)\n===========================\n")
    for section in ("What it does", "Why is this bad?", "Example", "Use instead"):
        assert f"\n{section}\n{'-' * len(section)}\n" in text
    assert "```" not in text and "`" not in text and "\n#" not in text
    assert "\n    Since the floods" in text  # the example, indented as a block


def test_rule_json_and_unknown(runner):
    data = json.loads(run(runner, "rule", "--format", "json", "PV900").stdout)
    assert data["name"] == "unused-suppression" and data["level"] == "warning"
    unknown = run(runner, "rule", "PV999")
    assert unknown.exit_code == 2
    assert "unknown rule 'PV999'" in unknown.stderr


def test_help_has_examples(runner):
    for command in ("lint", "rules", "rule"):
        assert "Example:" in run(runner, command, "-h").stdout


def test_pre_commit_hook_definition():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    assert "- id: provenance-lint\n" in text
    assert "entry: provenance lint\n" in text
    assert "language: python\n" in text
    assert "types_or: [markdown, text]\n" in text


def test_month_of_publication_is_its_last_day(tmp_path):
    # a header naming only the month: a citation later that month is fine, the next month is not
    path = tmp_path / "partial.txt"
    path.write_text(
        "Published: September 2021\n\nHarbour Strike Ends\n\n"
        "Dock workers returned (Port Gazette, September 30). "
        "Later it was calm (Kestrel News, October 2, 2021).\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(main, ["lint", "--format", "json", str(path)])
    assert result.exit_code == 1, result.output
    found = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "PV002"]
    assert [f["text"] for f in found] == ["Kestrel News, October 2, 2021"]
