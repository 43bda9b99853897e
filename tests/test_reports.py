"""The committed reports in ``reports/`` are what the documented command makes now."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import ROOT

from provenance.cli import main

#: The README's command that regenerates the reports, as arguments.
COMMAND = [
    "report",
    "seeds/",
    "-o",
    "{out}/seeds-citations.md",
    "-o",
    "{out}/seeds-citations.json",
    "-o",
    "{out}/seeds.html",
]
REPORTS = ("seeds-citations.md", "seeds-citations.json", "seeds.html")


def test_reports_are_current(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    args = [a.format(out=tmp_path) for a in COMMAND]
    result = CliRunner().invoke(main, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    for name in REPORTS:
        committed = ROOT / "reports" / name
        if not committed.exists():
            pytest.fail(f"reports/{name} is missing; run: provenance {' '.join(COMMAND).format(out='reports')}")
        fresh = (tmp_path / name).read_text(encoding="utf-8")
        assert committed.read_text(encoding="utf-8") == fresh, (
            f"reports/{name} is stale; run: provenance {' '.join(COMMAND).format(out='reports')}"
        )
