"""Citation mistakes planted into the sample articles: the lint catches them, and raises no false alarm."""

from __future__ import annotations

import planted
from conftest import SEEDS

#: Share of the planted mistakes the citation rules must catch.
CAUGHT = 0.97


def test_planted_citation_mistakes_are_caught_without_false_alarms():
    articles = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(SEEDS.glob("*.txt"))]
    result = planted.run(articles)
    rate = result.caught / result.planted
    print(
        f"\nplanted citation mistakes on seeds: {result.caught}/{result.planted} caught ({rate:.3f}), "
        f"{len(result.false_alarms)} false alarms; missed: {result.missed}"
    )
    assert rate >= CAUGHT
    assert result.false_alarms == []


def test_every_plant_is_a_rule_of_its_own_family():
    assert {p.code for p in planted.PLANTS} == {"PV001", "PV002", "PV004", "PV005"}
