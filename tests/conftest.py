"""Shared fixtures and Hypothesis profiles.

Profiles: ``dev`` (default) and ``ci`` (derandomised, no deadline), chosen by
the ``HYPOTHESIS_PROFILE`` environment variable.
"""

from __future__ import annotations

import json
import os
import pathlib

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("dev", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=200, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "tests" / "gold"
SHARED = ROOT.parent / "shared"


def load_gold(name: str) -> list[dict]:
    with open(GOLD / f"{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="session")
def seed_documents():
    """The five sample articles, extracted once per session, by file name."""
    from provenance import extract_path

    return {p.name: extract_path(str(p)) for p in sorted(SEEDS.glob("*.txt"))}
