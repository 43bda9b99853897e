"""The committed reports in ``reports/`` and the export golden files in
``tests/golden/`` are what the documented commands make now."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import ROOT

from provenance.cli import main

#: The README's commands that regenerate the reports and the exports, as
#: arguments, each with the files it writes (relative to the project root).
COMMANDS = [
    # the citation reports: Markdown, JSON, HTML
    (
        [
            "report",
            "seeds/",
            "-o",
            "{out}/seeds-citations.md",
            "-o",
            "{out}/seeds-citations.json",
            "-o",
            "{out}/seeds.html",
        ],
        ("reports/seeds-citations.md", "reports/seeds-citations.json", "reports/seeds.html"),
    ),
    # the provenance graph in every export format, each format from the file's extension
    (
        [
            "export",
            "seeds/",
            "-o",
            "{out}/seeds.prov.json",
            "-o",
            "{out}/seeds.claimreview.json",
            "-o",
            "{gold}/seeds.provn",
            "-o",
            "{gold}/seeds.prov.xml",
            "-o",
            "{gold}/seeds.ttl",
        ],
        (
            "reports/seeds.prov.json",
            "reports/seeds.claimreview.json",
            "tests/golden/seeds.provn",
            "tests/golden/seeds.prov.xml",
            "tests/golden/seeds.ttl",
        ),
    ),
]


@pytest.mark.parametrize("command, files", COMMANDS, ids=lambda value: value[0] if isinstance(value, list) else None)
def test_reports_are_current(tmp_path, monkeypatch, command, files):
    monkeypatch.chdir(ROOT)
    args = [a.format(out=tmp_path, gold=tmp_path) for a in command]
    regenerate = "provenance " + " ".join(command).format(out="reports", gold="tests/golden")
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in files:
        committed = ROOT / name
        if not committed.exists():
            pytest.fail(f"{name} is missing; run: {regenerate}")
        fresh = (tmp_path / name.rsplit("/", 1)[-1]).read_text(encoding="utf-8")
        assert committed.read_text(encoding="utf-8") == fresh, f"{name} is stale; run: {regenerate}"
