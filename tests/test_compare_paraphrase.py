"""Related words (provenance.compare.paraphrase): the data file, the cover measure, and its training."""

from __future__ import annotations

import importlib.util

import pytest
from conftest import ROOT

import provenance
from provenance.compare import prepare
from provenance.compare.keys import content_keys
from provenance.compare.paraphrase import dumps, loads, related
from provenance.compare.story import StoryIndex


def _trainer():
    spec = importlib.util.spec_from_file_location("train_paraphrase", ROOT / "bench" / "train_paraphrase.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    "text, message",
    [
        ("held\t@captured\n", "expected key<TAB>key<TAB>similarity"),  # a field missing
        ("held\t@captured\t0.5\textra\n", "expected key<TAB>key<TAB>similarity"),  # a field too many
        ("\t@captured\t0.5\n", "expected key<TAB>key<TAB>similarity"),  # an empty key
        ("held\theld\t0.5\n", "paired with itself"),  # a word is not its own neighbour
        ("held\t@captured\tclose\n", "is not a number"),  # a similarity in words
        ("held\t@captured\t0\n", r"not in \(0, 1\]"),  # a relation of nothing
        ("held\t@captured\t1.5\n", r"not in \(0, 1\]"),  # more than the same word
        ("held\t@captured\t0.5\n@captured\theld\t0.4\n", "given twice"),  # one pair, both ways
    ],
)
def test_loads_rejects_a_malformed_file_naming_the_line(text, message):
    with pytest.raises(ValueError, match=message) as error:
        loads("# header\n" + text)
    assert "line " in str(error.value)


@pytest.mark.parametrize(
    "pairs",
    [
        {("held", "@captured"): 0.5},  # one pair
        {("fighter", "militant"): 0.41, ("hoax", "prank"): 0.3, ("isil", "isis"): 0.25},  # several, sorted on writing
        {},  # no pair at all
    ],
)
def test_dumps_loads_round_trip_and_symmetry(pairs):
    table = loads(dumps(pairs))
    for (a, b), s in pairs.items():
        assert table[a][b] == table[b][a] == pytest.approx(s)
    assert sum(len(v) for v in table.values()) == 2 * len(pairs)


def test_the_shipped_file_loads_symmetric_and_small():
    table = related()
    assert table, "no related words shipped"
    assert all(table[b][a] == s for a, row in table.items() for b, s in row.items())
    size = (ROOT / "provenance" / "data" / "paraphrases.tsv").stat().st_size
    assert size < 2_000_000
    assert related() is table  # read once


TABLE = loads("fighter\tmilitant\t0.5\nmom\tmother\t0.8\n")
PLACES = ["Aldmere", "Brackwater", "Coldharbour", "Dunmoor", "Elmstead", "Farrowgate"]
#: Headlines about other things, so that the words of the pairs below are rare, as in a pile of headlines.
FILLERS = [f"{p} {t}." for p in PLACES for t in ("council approves a budget", "bakery wins a prize", "rail reopens")]


def _similarity(a: str, b: str, table=TABLE) -> float:
    texts = [*FILLERS, a, b]
    items = prepare([provenance.extract(f"Article {n}\n\n{t}\n", path=f"h-{n}.txt") for n, t in enumerate(texts)])
    index = StoryIndex.build(items, related=table)
    i, j = len(items) - 2, len(items) - 1
    assert index.similarity(i, j, items) == pytest.approx(index.similarity(j, i, items))  # symmetric
    return index.similarity(i, j, items)


@pytest.mark.parametrize(
    "a, b",
    [
        # one raid told with "militants" and with "fighters"
        ("Militants seize the dam near Varrow", "Fighters seize the dam near Varrow, officials say"),
        # a human-interest story: "mom" and "mother"
        ("Mom of eight wins the lottery twice", "Mother of eight wins lottery again"),
    ],
)
def test_a_related_word_brings_two_headlines_of_one_story_nearer(a, b):
    without = _similarity(a, b, table={})
    assert _similarity(a, b) > without


@pytest.mark.parametrize(
    "a, b",
    [
        # no related word between them: nothing changes
        ("Militants seize the dam near Varrow", "Storm floods the dam near Varrow"),
        # the same words: already met, nothing added
        ("Militants seize the dam near Varrow", "Militants seize dam near Varrow"),
    ],
)
def test_no_related_word_leaves_the_similarity_as_it_was(a, b):
    assert _similarity(a, b) == pytest.approx(_similarity(a, b, table={}))


def test_similarity_is_at_most_one():
    table = loads("fighter\tmilitant\t1.0\n")
    assert _similarity("Militants seize dam", "Fighters seize dam", table) <= 1.0


@pytest.mark.parametrize(
    "text, keys",
    [
        ("Rebels detained two journalists", ["rebel", "@captured", "#2", "journalist"]),  # state class, number
        ("The minister didn't resign", ["minister", "resign"]),  # function words and contractions left out
    ],
)
def test_training_keys_words_as_the_comparator_does(text, keys):
    assert content_keys(text) == frozenset(keys)


#: Tiny rumours: "militants" and "fighters" stand for each other in two of them; "dam" and
#: "bridge" only in one (a topic, not a way of writing).
RUMOURS = {
    "a": ["Militants seize the dam", "Fighters seize the dam", "Militants hold dam"],
    "b": ["Militants attack the bridge", "Fighters attack the bridge"],
    "c": ["Storm hits the dam", "Storm hits the bridge"],
}


def test_training_is_reproducible_on_a_tiny_corpus():
    trainer = _trainer()
    first = trainer.train(RUMOURS)
    assert first == trainer.train(dict(reversed(list(RUMOURS.items()))))
    table = loads(first)
    assert "militant" in table.get("fighter", {})  # met in two rumours
    assert "bridge" not in table.get("dam", {})  # met in one only
