"""Passive reports with their agent: "was criticised by the union", "has been confirmed by police".

Every row is an invented sentence in a shape news prose uses; the twin after it is the nearest
shape that reports nothing (a negated passive, a person greeted, a verb that reports nothing),
so a rule that is too loose fails as surely as one that is missing.
"""

from __future__ import annotations

import pytest

from provenance.attribution import find_attributions
from provenance.segment import sentences


def found(text: str) -> list[tuple[str, str, str, str]]:
    """(source, cue, content, stance) of each attribution of ``text``, in order."""
    return [
        (text[a.start : a.end], a.cue, text[a.content_start : a.content_end], a.stance.value)
        for a in find_attributions(text, sentences(text))
    ]


AGENTS = [
    # the agent after "by" is the source, the passive subject the content
    ("The plan was criticised by the union.", [("the union", "was criticised", "The plan", "assert")]),
    # the whole verb group is the cue, an adverb in -ly inside it
    (
        "The mayor has been harshly criticized by the union.",
        [("the union", "has been harshly criticized", "The mayor", "assert")],
    ),
    # what the criticism was for is no part of the agent
    (
        "The budget was criticized by the council for its cuts.",
        [("the council", "was criticized", "The budget", "assert")],
    ),
    # verbs of attack and blame in the passive
    ("The proposal was slammed by farmers.", [("farmers", "was slammed", "The proposal", "assert")]),
    (
        "The plan was blasted by the governor.",
        [("the governor", "was blasted", "The plan", "assert")],
    ),
    # a relative clause: the antecedent is the content
    (
        "The attack, which has been confirmed by the ministry, killed ten people.",
        [("the ministry", "has been confirmed", "The attack", "confirm")],
    ),
    # twin: negated, nobody reported it
    ("The attack has not been confirmed by the ministry.", []),
    ("The story, which was never confirmed by the ministry, spread.", []),
    # twin: a person greeted is no report
    ("The refugees were welcomed by villagers.", []),
    # twin: a verb that reports nothing
    ("The bridge was built by the army.", []),
]


@pytest.mark.parametrize(("text", "expected"), AGENTS)
def test_passives_with_their_agent(text: str, expected: list) -> None:
    assert found(text) == expected


REACTIONS = [
    # a reaction the subject gets from a source, as in the passive: the source after "from"
    (
        "The plan drew sharp criticism from the union.",
        [("the union", "drew sharp criticism", "The plan", "assert")],
    ),
    ("The bill won praise from the governor.", [("the governor", "won praise", "The bill", "assert")]),
    # the clause before the comma is no part of the subject; an adverb before the verb is the verb's
    (
        "After the vote, the mayor also faced protests from residents.",
        [("residents", "faced protests", "the mayor", "assert")],
    ),
    # twin: no source after "from", only a place
    ("The exhibit drew crowds from across the region.", []),
    # twin: no noun phrase after "from", only where the criticism came from
    ("He faced criticism from within his own party.", []),
    # twin: the subject holds a verb, the report is the outer one
    (
        "Officials said the plan drew criticism from farmers.",
        [("Officials", "said", "the plan drew criticism from farmers", "hedge")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REACTIONS)
def test_reactions_from_a_source(text: str, expected: list) -> None:
    assert found(text) == expected
