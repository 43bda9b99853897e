"""Accuracy against the hand-checked gold annotations of the sample articles.

Each test prints its figures (run with ``-s`` to see them) and fails below a floor.
"""

from __future__ import annotations

from conftest import load_gold
from scoring import score_citations

from provenance.report import report_json

#: Floors for citation extraction on the samples.
CITATION_F1 = 0.97
DATES = 0.97
BINDING = 0.90


def test_citation_accuracy(seed_documents):
    report = report_json(seed_documents.values())
    score = score_citations(load_gold("citations"), report)
    print(
        f"\ncitations: P={score['precision']:.3f} R={score['recall']:.3f} F1={score['f1']:.3f} "
        f"dates={score['dates']:.3f} binding={score['binding']:.3f}"
    )
    for miss in score["misses"]:
        print("  " + miss)
    assert score["f1"] >= CITATION_F1
    assert score["dates"] >= DATES
    assert score["binding"] >= BINDING
