"""Accuracy on analyst-style articles written for these tests (``tests/analyst/``):
1990s monitoring reports and later analyses in several house styles, with headings,
summary markers, datelines and footers, and the citation forms analysts use.

The articles and their gold (``tests/gold/analyst_*.jsonl``, the format of the
sample articles' gold) are invented; the grammar is written from the general
forms, never from names in these articles.  Each test prints its figures (run
with ``-s``) and fails below a floor.
"""

from __future__ import annotations

import json

import pytest
from conftest import GOLD, ROOT
from scoring import score_citations

from provenance import extract_path
from provenance.report import report_json

ANALYST = ROOT / "tests" / "analyst"

#: Floors on the analyst articles.
CITATION_F1 = 0.98
DATES = 0.98
BINDING = 0.95


def _gold(name: str) -> list[dict]:
    with open(GOLD / f"analyst_{name}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


@pytest.fixture(scope="module")
def analyst_documents():
    return {p.name: extract_path(str(p)) for p in sorted(ANALYST.glob("*.txt"))}


def test_citation_accuracy_on_analyst_articles(analyst_documents):
    gold = _gold("citations")
    score = score_citations(gold, report_json(analyst_documents.values()))
    print(
        f"\nanalyst articles ({len(analyst_documents)}, {len(gold)} citation items): "
        f"P={score['precision']:.3f} R={score['recall']:.3f} F1={score['f1']:.3f} "
        f"dates={score['dates']:.3f} binding={score['binding']:.3f}"
    )
    for miss in score["misses"]:
        print("  " + miss)
    assert len(analyst_documents) >= 6 and len(gold) >= 200
    assert score["f1"] >= CITATION_F1
    assert score["dates"] >= DATES
    assert score["binding"] >= BINDING


def test_no_claims_on_layout_lines(analyst_documents):
    overlapping = []
    for line in _gold("layout"):
        doc = analyst_documents[line["doc"]]
        start = doc.text.index(line["text"])
        end = start + len(line["text"])
        overlapping += [(line["doc"], line["text"], c.text) for c in doc.claims if c.start < end and start < c.end]
    print(f"\nlayout lines: {len(_gold('layout'))}, claims on them: {len(overlapping)}")
    for found in overlapping:
        print("  ", found)
    assert overlapping == []
