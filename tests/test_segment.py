"""Paragraphs and sentences."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.segment import paragraphs, sentences


def split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # plain full stops
        ("The road was shut. Trucks waited.", ["The road was shut.", "Trucks waited."]),
        # question and exclamation marks
        ("Who fired first? Nobody knows! Talks go on.", ["Who fired first?", "Nobody knows!", "Talks go on."]),
        # titles and ranks are not sentence ends
        (
            "Lt. Col. Brown and Dr. Okafor met Gen. Diaz. They talked.",
            ["Lt. Col. Brown and Dr. Okafor met Gen. Diaz.", "They talked."],
        ),
        # "Del." is a title before a name, a state after a town or in a party label
        (
            "State Del. Ana Ruiz spoke. She lives in Dover, Del. Sen. Tom Carper, D-Del. Left early.",
            ["State Del. Ana Ruiz spoke.", "She lives in Dover, Del.", "Sen. Tom Carper, D-Del.", "Left early."],
        ),
        # dotted acronyms stay inside the sentence
        (
            "The U.S. Army and the U.N. mission left. Then rain came.",
            ["The U.S. Army and the U.N. mission left.", "Then rain came."],
        ),
        # initials
        ("J. R. Smith wrote it. It sold well.", ["J. R. Smith wrote it.", "It sold well."]),
        # decimals never split
        ("Inflation hit 3.5 percent. Prices rose.", ["Inflation hit 3.5 percent.", "Prices rose."]),
        # an ellipsis before a lower-case word continues the sentence
        ("He paused... then went on. Done.", ["He paused... then went on.", "Done."]),
        # an ellipsis before a capital ends it
        ("It was over… The crowd left.", ["It was over…", "The crowd left."]),
        # a closing quote after the stop belongs to the sentence
        ("She said “we will stay.” The army left.", ["She said “we will stay.”", "The army left."]),
        # a quoted question followed by a lower-case attribution continues
        ("“Who is next?” he asked. Silence.", ["“Who is next?” he asked.", "Silence."]),
        # never split inside parentheses
        (
            "Prices fell (by 2.5 p.c. Overall. Really.) last year. Yes.",
            ["Prices fell (by 2.5 p.c. Overall. Really.) last year.", "Yes."],
        ),
        # never split inside brackets
        ("He said “the [U.S. Army. Navy] agreed.” Next.", ["He said “the [U.S. Army. Navy] agreed.”", "Next."]),
        # a speaker tag after a quotation that ends with its own stop belongs to it
        ("“Can we trust him?” Abana said. Silence.", ["“Can we trust him?” Abana said.", "Silence."]),
        ("“The talks are over.” Mutasa said on Monday.", ["“The talks are over.” Mutasa said on Monday."]),
        (
            "“We lost.” A spokesman for the party told reporters.",
            ["“We lost.” A spokesman for the party told reporters."],
        ),
        # ... but a sentence with content of its own after the quotation does not
        ("“We lost.” The mayor said it was close.", ["“We lost.”", "The mayor said it was close."]),
        # ... nor a tag after a sentence that is no quotation
        ("The talks are over. Mutasa said so.", ["The talks are over.", "Mutasa said so."]),
        # a citation after the full stop belongs to the sentence before it
        (
            "The mayor resigned. (City Herald, May 3). A vote follows.",
            ["The mayor resigned. (City Herald, May 3).", "A vote follows."],
        ),
        # ... also at the end of a paragraph without a final stop
        ("The mayor resigned. (City Herald, May 3)", ["The mayor resigned. (City Herald, May 3)"]),
        # paragraphs never share a sentence
        ("No stop here\n\nNew paragraph.", ["No stop here", "New paragraph."]),
        # a heading line ends at its line break
        ("Markets Rally\nStocks rose today.", ["Markets Rally", "Stocks rose today."]),
        # a hard-wrapped sentence continues over a line break
        ("The minister said the plan\nwould go ahead. Fine.", ["The minister said the plan\nwould go ahead.", "Fine."]),
        # a domain at the end of a sentence is not an abbreviation
        ("Read it on example.com. Then call.", ["Read it on example.com.", "Then call."]),
        # non-breaking spaces count as white space
        ("One.\u00a0Two.", ["One.", "Two."]),
        # a stray opening parenthesis protects nothing
        ("It broke (badly. Then it rained. End.", ["It broke (badly.", "Then it rained.", "End."]),
        # numbered sentence starts
        ("Casualties rose. 12 people died.", ["Casualties rose.", "12 people died."]),
        # a long line ending with a quotation signed with a dash ends at its line break
        (
            "“We were promised a fair count and we did not get one, not here.” ― Ana M. Ruiz\n“Next one.” ― Tom",
            ["“We were promised a fair count and we did not get one, not here.” ― Ana M. Ruiz", "“Next one.” ― Tom"],
        ),
        # ... but a long hard-wrapped line with a dash and no signed quotation goes on
        (
            "The minister said that the plan, which had been drafted in May -- and revised\ntwice -- would go ahead.",
            ["The minister said that the plan, which had been drafted in May -- and revised\ntwice -- would go ahead."],
        ),
    ],
)
def test_sentences(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # blank lines
        ("a\n\nb", ["a", "b"]),
        # lines of spaces and NBSP are blank
        ("a\n \u00a0 \nb\n\n\n", ["a", "b"]),
        # CRLF
        ("a\r\n\r\nb", ["a", "b"]),
        # a single line break is not a paragraph break
        ("a\nb", ["a\nb"]),
    ],
)
def test_paragraphs(text, expected):
    assert [text[s.start : s.end] for s in paragraphs(text)] == expected


def test_sentences_within_bounds():
    text = "Skip this. Keep this one. And this."
    got = [text[s.start : s.end] for s in sentences(text, 11, len(text))]
    assert got == ["Keep this one.", "And this."]


@given(st.text())
def test_spans_slice_back_sorted_and_disjoint(text):
    spans = sentences(text)
    assert list(spans) == sorted(spans)
    for a, b in itertools.pairwise(spans):
        assert a.end <= b.start
    for s in spans:
        piece = text[s.start : s.end]
        assert piece and piece == piece.strip()


@given(st.text(alphabet="()[]. Aa\n", max_size=300))
def test_bracket_soup_never_crashes(text):
    for s in sentences(text):
        assert 0 <= s.start < s.end <= len(text)


def test_pathological_parentheses_are_linear():
    # 200,000 nested and unbalanced parentheses: the splitter is one pass plus a stack
    for text in ("(" * 200_000 + "x. Y." + ")" * 200_000, "(" * 200_000 + " A. B.", "A. " + ")" * 200_000):
        spans = sentences(text)
        assert all(text[s.start : s.end] for s in spans)
