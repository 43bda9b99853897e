"""The static checks are part of the test suite: lint, format and types, as configured in pyproject.toml.

They run here, not beside the tests, so that the README's test command (which CI
runs as it is) fails on a finding the way it fails on a broken test.  The test
extra installs the tools.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT

#: Each check as the developer runs it from the project root, with what it checks.
CHECKS = [
    pytest.param(["ruff", "check", "."], id="ruff-check"),  # lint rules of pyproject.toml
    pytest.param(["ruff", "format", "--check", "."], id="ruff-format"),  # one formatting
    pytest.param(["mypy"], id="mypy"),  # types of the provenance package
]


@pytest.mark.parametrize("command", CHECKS)
def test_static_check_passes(command):
    done = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=900, check=False
    )
    assert done.returncode == 0, f"{' '.join(command)} found problems:\n{done.stdout}{done.stderr}"
