"""The story-level denial model: its data file, its features and where it applies.

The corpus is invented: filler headlines about unrelated towns (so that the
words of a story are rare, as in a real pile of headlines), and one story told
by several headlines, with a denial.  Each row of the table has a twin that
must score lower.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import provenance
from provenance.compare import prepare
from provenance.compare.story import FEATURES, THRESHOLD, Model, StoryIndex, model, standalone, story_relations

PLACES = ["Aldmere", "Brackwater", "Coldharbour", "Dunmoor", "Elmstead", "Farrowgate", "Glenhollow", "Hartwell"]
THINGS = [
    "council approves a budget for schools",
    "bakery wins a regional prize",
    "library extends its opening hours",
    "rail line reopens after works",
    "market moves to a new square",
    "museum shows a collection of old maps",
]
#: Headlines about other things: they make the words of the story rare.
FILLERS = [f"{p} {t}." for p in PLACES for t in THINGS]
DENIAL = "Varrow beach squid is a hoax, say marine experts."


def _items(*headlines: str, body: bool = False):
    """Prepared claims of the fillers and ``headlines``, each its own one-line article (or one body, ``body``)."""
    texts = [*FILLERS, *headlines]
    if body:
        docs = [provenance.extract(f"Article {n}\n\n{t}\n", path=f"h-{n}.txt") for n, t in enumerate(FILLERS)]
        docs.append(provenance.extract("Article\n\n" + " ".join(headlines) + "\n", path="body.txt"))
    else:
        docs = [provenance.extract(f"Article {n}\n\n{t}\n", path=f"h-{n}.txt") for n, t in enumerate(texts)]
    return prepare(docs)


def _probability(denial: str, other: str, *story: str) -> float:
    """The model's probability that ``denial`` disputes ``other`` in a corpus of fillers and ``story``."""
    items = _items(*story, other, denial)
    d, o = len(items) - 1, len(items) - 2
    for i, j, x in StoryIndex.build(items).pairs(items):
        if (i, j) == (d, o):
            return model().probability(x)
    return 0.0


def test_shipped_model_loads_with_a_weight_per_feature():
    m = model()
    assert len(m.weights) == len(FEATURES)
    assert Model.loads(m.dumps()) == m
    # an invented pair: close wording, what is denied said by the other, one dense story with a denial
    x = (1.0, 0.6, 0.6, 1.0, 0.3, 1.1, 0.0, 0.0, 0.0, 0.0, 1.0, 0.5, 0.8)
    assert m.probability(x) >= THRESHOLD
    # its twin shares nothing with the denial
    assert m.probability((1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0)) < 0.1


@pytest.mark.parametrize(
    "other, twin",
    [
        # the report of the story scores above a headline about something else that names the beach
        ("Giant squid washes up on Varrow beach.", "Varrow beach car park to charge fees from June."),
        # a report scores above a headline that negates the story itself (it sides with the denial)
        ("Walkers find a giant squid on Varrow beach.", "No giant squid was ever found on Varrow beach."),
        # a close paraphrase scores above a loose one
        ("Giant squid found on Varrow beach stuns walkers.", "Walkers stunned on Varrow beach."),
    ],
)
def test_story_scores_the_report_above_its_twin(other, twin):
    story = ("Giant squid washes up on Varrow beach, walkers say.",)
    assert _probability(DENIAL, other, *story) > _probability(DENIAL, twin, *story)


def test_story_relations_pair_a_denial_with_reports_it_is_left_to():
    items = _items("Giant squid washes up on Varrow beach.", "Walkers find a giant squid on Varrow beach.", DENIAL)
    found = story_relations(items, threshold=0.5)
    assert {(i, j) for i, j, _ in found} == {(len(FILLERS), len(FILLERS) + 2), (len(FILLERS) + 1, len(FILLERS) + 2)}
    assert all(str(r.kind) == "denial" and r.score <= 0.75 and "same story" in r.evidence for _, _, r in found)
    # pairs the rules related already are left to them
    assert story_relations(items, threshold=0.5, skip={(i, j) for i, j, _ in found}) == []


def test_story_relations_leave_body_sentences_alone():
    items = _items("Giant squid washes up on Varrow beach.", DENIAL, body=True)
    assert len(standalone(items)) == len(FILLERS)
    assert story_relations(items, threshold=0.0) == []


@pytest.mark.parametrize(
    "text, message",
    [
        ("bias\t1\n", "no weight"),  # a feature without a weight
        ("\n".join(f"{n}\t0" for n in FEATURES) + "\nsize\t2\n", "unknown feature"),  # a feature the code lacks
    ],
)
def test_model_file_errors_name_the_problem(text, message):
    with pytest.raises(ValueError, match=message):
        Model.loads(text)


@given(st.lists(st.floats(-5, 5), min_size=len(FEATURES), max_size=len(FEATURES)), st.floats(0, 1))
def test_probability_is_a_probability_and_grows_with_similarity(weights, sim):
    m = Model(tuple(weights))
    x = [1.0, sim] + [0.5] * (len(FEATURES) - 2)
    p = m.probability(x)
    assert 0.0 <= p <= 1.0
    assert Model.loads(m.dumps()).probability(x) == pytest.approx(p, abs=1e-4)
    if weights[1] >= 0:
        assert m.probability([1.0, min(1.0, sim + 0.1), *x[2:]]) >= p
