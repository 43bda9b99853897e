"""Binding citations to claims, and hedges."""

from __future__ import annotations

import re

import pytest
import regex
from conftest import citation
from hypothesis import given
from hypothesis import strategies as st

from provenance.claims import HEDGE, HEDGE_NEEDLES, HEDGES, bind, is_hedged
from provenance.segment import sentences


def claims_of(text: str, *items: str) -> list[tuple[str, list[str]]]:
    cites = sorted((citation(text, i) for i in items), key=lambda c: c.start)
    out = bind(text, sentences(text), cites, stem="t")
    for c in out:
        assert text[c.start : c.end] == c.text
    return [(c.text, [e.raw for e in c.evidence]) for c in out]


@pytest.mark.parametrize(
    "text, items, expected",
    [
        # a citation ending its sentence supports the whole sentence, without the citation
        (
            "Troops crossed the river (Reuters, May 2). Rain fell.",
            ["Reuters, May 2"],
            [("Troops crossed the river", ["Reuters, May 2"]), ("Rain fell.", [])],
        ),
        # a citation placed after the full stop
        (
            "The suspect was freed. (City Police, June 1).",
            ["City Police, June 1"],
            [("The suspect was freed.", ["City Police, June 1"])],
        ),
        # a mid-sentence citation supports the clause before it; the rest is its own claim
        (
            "Prices rose (AFP, May 1), while wages fell.",
            ["AFP, May 1"],
            [("Prices rose", ["AFP, May 1"]), ("while wages fell.", [])],
        ),
        # two citations split a sentence into two clauses
        (
            "Prices rose (AFP, May 1), and wages fell (Le Monde, May 2).",
            ["AFP, May 1", "Le Monde, May 2"],
            [("Prices rose", ["AFP, May 1"]), ("and wages fell", ["Le Monde, May 2"])],
        ),
        # a group of items supports one clause
        (
            "The talks failed (AP, May 1; BBC, May 2).",
            ["AP, May 1", "BBC, May 2"],
            [("The talks failed", ["AP, May 1", "BBC, May 2"])],
        ),
        # back-to-back parentheticals support the same clause
        (
            "The talks failed (AP, May 1) (BBC, May 2).",
            ["AP, May 1", "BBC, May 2"],
            [("The talks failed", ["AP, May 1", "BBC, May 2"])],
        ),
        # a sentence without citations is an unsourced claim
        ("Nobody was hurt.", [], [("Nobody was hurt.", [])]),
        # a citation at the start of a sentence supports what follows it
        ("(Kyodo, March 3) The plant was shut.", ["Kyodo, March 3"], [("The plant was shut.", ["Kyodo, March 3"])]),
    ],
)
def test_binding(text, items, expected):
    assert claims_of(text, *items) == expected


def test_claim_ids_count_from_first_id():
    text = "One. Two. Three."
    assert [c.id for c in bind(text, sentences(text), [], stem="doc", first_id=5)] == ["doc:5", "doc:6", "doc:7"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The convoy reportedly left at dawn.", True),  # adverb
        ("He allegedly paid the guards.", True),  # adverb
        ("Reports emerged that the dam had burst.", True),  # reports emerged
        ("The general is said to have fled.", True),  # is said to
        ("They were believed to be hiding in the hills.", True),  # passive belief
        ("It is rumoured that talks resumed.", True),  # British spelling
        ("The claim could not be independently verified.", True),  # verification caveat
        ("The convoy left at dawn.", False),  # plain statement
        ("He reported for duty.", False),  # "reported" as a verb, not a hedge
        ("Unreportedly is not a word.", False),  # no match inside a word
    ],
)
def test_hedges(text, expected):
    assert is_hedged(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Troops REPORTEDLY crossed the river.",  # upper case
        "Troops repoſtedly crossed.",  # not a hedge: a long s is not an r
        "It is ſaid that the bridge fell.",  # long s folds to s: still a hedge
        "They were\nbelieved to be\tsafe.",  # line breaks and tabs between the words
    ],
)
def test_needle_screen_agrees_with_the_pattern(text):
    assert is_hedged(text) is (HEDGE.search(text) is not None)


@pytest.mark.parametrize("phrase", HEDGES)
@given(data=st.data())
def test_every_hedge_contains_a_needle(phrase, data):
    """The screen in is_hedged never hides a hedge: whatever a phrase of HEDGES
    matches (any case, any spaces) contains one of HEDGE_NEEDLES once case-folded."""
    pattern = regex.compile(phrase.replace(" ", r"\s+"), regex.IGNORECASE)
    generator = re.compile(phrase.replace(" ", "[ \t\n\u00a0\u2009]+"), re.IGNORECASE)
    sample = data.draw(st.from_regex(generator, fullmatch=True))
    variant = data.draw(st.sampled_from([sample, sample.upper(), sample.title()]))
    assert pattern.fullmatch(variant)
    assert any(needle in variant.casefold() for needle in HEDGE_NEEDLES)
