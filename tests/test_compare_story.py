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
from provenance.compare.stories import average_link
from provenance.compare.story import (
    FEATURES,
    THRESHOLD,
    Model,
    StoryIndex,
    casing,
    denied_words,
    model,
    standalone,
    story_relations,
)
from provenance.compare.story_scores import MAX_SCORE

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
    for i, j, x in StoryIndex.build(items).pairs(items, among=standalone(items)):
        if (i, j) == (d, o):
            return model().probability(x)
    return 0.0


def _vector(**values: float) -> tuple[float, ...]:
    """A feature vector: the named values, 0 elsewhere, bias 1."""
    return tuple(values.get(n, 1.0 if n == "bias" else 0.0) for n in FEATURES)


def test_shipped_model_loads_and_scores_a_close_pair_above_its_twin():
    m = model()
    assert m.features == FEATURES
    assert Model.loads(m.dumps(), FEATURES) == m
    # an invented pair: close wording, of one story, what is denied said by the other, a disputed story
    close = _vector(
        similarity=0.5,
        denial_cohesion=0.3,
        other_cohesion=0.4,
        story_size=1.6,
        denial_share=0.2,
        same_story=1.0,
        target_cover=0.8,
        story_denial=0.4,
        near_denial=0.4,
        shared_neighbours=0.8,
    )
    assert m.probability(close) >= THRESHOLD
    # its twin, a neighbour outside the denial's story of five, says nothing of what is denied
    twin = _vector(similarity=0.06, story_size=1.6, denial_share=0.2)
    assert m.probability(twin) < THRESHOLD - 0.3


#: A story told by three headlines, a debunk of it, and a twin: a debunk of another story about the
#: same person or company, which must pair with none of the reports.
STORIES = [
    # a death rumour and the agent's denial; the twin denies a record deal of the same singer
    (
        (
            "Singer Mara Quill dies at 52, reports say.",
            "Mara Quill found dead at her home.",
            "Tributes pour in after Mara Quill's death.",
        ),
        "Mara Quill is alive and well, her agent says, calling death reports a hoax.",
        {0, 1, 2},
        "Mara Quill did not sign a record deal with Brightwave, her agent says.",
    ),
    # a plant closure and a council calling the report false; the twin calls another report on the company false
    (
        (
            "Ostel Motors to close its Dunmoor plant.",
            "Ostel Motors plans to shut Dunmoor car plant.",
            "Dunmoor plant of Ostel Motors will close next year.",
        ),
        "Dunmoor council says report of Ostel Motors plant closure is false.",
        {0, 1, 2},
        "Dunmoor council says report that Ostel Motors chief will resign is false.",
    ),
    # a transfer and the club's denial ("joins" does not say the "signing" denied: left out); the twin is the
    # player's denial of a car crash
    (
        (
            "Footballer Teo Valdane signs for Brackwater United.",
            "Teo Valdane joins Brackwater United in record move.",
            "Brackwater United complete signing of Teo Valdane.",
        ),
        "Brackwater United deny signing Teo Valdane.",
        {0, 2},
        "Teo Valdane denies he crashed his car in Elmstead.",
    ),
    # a verdict on a sighting; the twin is a verdict on another sighting at the same beach
    (
        (
            "Giant squid washes up on Varrow beach.",
            "Walkers find a giant squid on Varrow beach.",
            "Giant squid found on Varrow beach stuns walkers.",
        ),
        "Varrow beach squid is a hoax, say marine experts.",
        {0, 1, 2},
        "Marine experts say claims of a Varrow shark are a hoax.",
    ),
    # a title-case debunk whose capitalised "Stolen Lifeboat" the sentence-case reports write as common words;
    # the twin, in the same case, denies another plan of the harbour master
    (
        (
            "Lifeboat stolen from Varrow harbour, police say.",
            "Police hunt for the stolen Varrow lifeboat.",
            "Varrow lifeboat stolen overnight by thieves.",
        ),
        "Varrow Harbour Master Denies Stolen Lifeboat Report.",
        {0, 1, 2},
        "Varrow Harbour Master Denies Plan To Sell Ferry Company.",
    ),
]


@pytest.mark.parametrize("reports, debunk, paired, twin", STORIES)
def test_a_debunk_pairs_with_the_reports_of_its_story_and_its_twin_with_none(reports, debunk, paired, twin):
    first = len(FILLERS)
    items = _items(*reports, debunk)
    found = story_relations(items)
    assert {i - first for i, j, _ in found} == paired and {j for _, j, _ in found} <= {first + len(reports)}
    assert all(r.score <= MAX_SCORE and "same story" in r.evidence for _, _, r in found)
    assert story_relations(_items(*reports, twin)) == []


@pytest.mark.parametrize(
    "corpus, denial, said, names",
    [
        # title case capitalises every word: the sentence-case lines tell the common words from the name
        (
            ("Police say the lifeboat was stolen from Varrow.",),
            "Varrow Council Denies Stolen Lifeboat Report.",
            {"steal", "lifeboat"},
            {"varrow"},
        ),
        # its twin: without sentence-case lines to tell, a short key of a title-case denial counts as a name
        ((), "Varrow Council Denies Stolen Lifeboat Report.", set(), {"steal", "lifeboat", "varrow"}),
        # a common noun opening a sentence-case denial is no name when the lines write it in lower case
        (
            ("A captain says he saw a whale near Dunmoor.",),
            "Captain claim of a whale dismissed as hoax.",
            {"whal"},
            set(),
        ),
    ],
)
def test_denied_words_are_told_from_names_by_how_the_claims_write_them(corpus, denial, said, names):
    items = _items(*corpus, denial)
    got = denied_words(items[-1].view, casing(items))
    assert said <= got and not names & got


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
    found = story_relations(items)
    assert {(i, j) for i, j, _ in found} == {(len(FILLERS), len(FILLERS) + 2), (len(FILLERS) + 1, len(FILLERS) + 2)}
    assert all(str(r.kind) == "denial" and r.score <= 0.75 and "same story" in r.evidence for _, _, r in found)
    # pairs the rules related already are left to them
    assert story_relations(items, skip={(i, j) for i, j, _ in found}) == []


@pytest.mark.parametrize(
    "graph, threshold, stories",
    [
        # two close pairs, linked by one weak link: two stories
        ({1: {2: 0.6, 3: 0.1}, 2: {1: 0.6}, 3: {1: 0.1, 4: 0.5}, 4: {3: 0.5}}, 0.12, [{1, 2}, {3, 4}]),
        # a chain of close links does not make one story when its ends are unlinked (average link, not single)
        ({1: {2: 0.2}, 2: {1: 0.2, 3: 0.2}, 3: {2: 0.2}}, 0.12, [{1, 2}, {3}]),
        # three claims that all resemble each other are one story
        ({1: {2: 0.3, 3: 0.3}, 2: {1: 0.3, 3: 0.3}, 3: {1: 0.3, 2: 0.3}}, 0.12, [{1, 2, 3}]),
        # an unlinked claim is a story of its own
        ({1: {}, 2: {}}, 0.12, [{1}, {2}]),
    ],
)
def test_average_link_groups_claims_into_stories(graph, threshold, stories):
    got = average_link(sorted(graph), graph, threshold)
    assert sorted(map(sorted, set(got.values()))) == sorted(map(sorted, stories))


@st.composite
def _graphs(draw):
    """A symmetric similarity graph over a few claims."""
    n = draw(st.integers(1, 8))
    graph: dict[int, dict[int, float]] = {i: {} for i in range(n)}
    for i in range(n):
        for j in range(i + 1, n):
            s = draw(st.sampled_from([0.0, 0.05, 0.1, 0.2, 0.4, 0.8]))
            if s:
                graph[i][j] = graph[j][i] = s
    return graph


@given(_graphs(), st.floats(0.01, 0.9), st.floats(0.01, 0.9))
def test_stories_are_a_partition_that_a_higher_threshold_only_splits(graph, t1, t2):
    low, high = sorted((t1, t2))
    coarse, fine = average_link(graph, graph, low), average_link(graph, graph, high)
    for node in graph:
        assert node in coarse[node] and all(coarse[m] == coarse[node] for m in coarse[node])
        assert fine[node] <= coarse[node]


def test_story_relations_leave_body_sentences_alone():
    items = _items("Giant squid washes up on Varrow beach.", DENIAL, body=True)
    assert len(standalone(items)) == len(FILLERS)
    assert story_relations(items, threshold=0.0) == []


def test_a_compound_meets_its_parts_written_apart():
    # "three-kidneyed" is what the reports write as "a third kidney": the parts of the compound meet them
    reports = (
        "Surgeons fit a Dunmoor pensioner with a third kidney.",
        "Dunmoor pensioner lives with a third kidney.",
    )
    items = _items(*reports, "Three-kidneyed Dunmoor man is a fake.")
    first = len(FILLERS)
    assert {i - first for i, _, _ in story_relations(items, threshold=0.5)} == {0, 1}


def test_a_denied_state_contests_only_a_claim_of_that_state():
    # "not dead" answers the report of a death, not the reports of the same story about his wife's arrest
    reports = (
        "Dunmoor mayor Ellis Crane killed in a crash.",
        "Wife of Dunmoor mayor Ellis Crane detained at the border.",
        "Dunmoor mayor Ellis Crane's wife detained by police.",
    )
    items = _items(*reports, "Dunmoor mayor Ellis Crane is not dead, aides say.")
    first = len(FILLERS)
    found = {i - first for i, _, _ in story_relations(items, threshold=0.0)}
    assert 0 in found and not found & {1, 2}
