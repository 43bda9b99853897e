"""Layout inside a body: headings, summary markers, datelines, bylines and footers are
no claims, no speakers and no lint findings (provenance.layout)."""

from __future__ import annotations

import itertools
import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from provenance import extract
from provenance.cli import main
from provenance.layout import LayoutKind, is_layout, layout_lines

#: A paragraph of prose that every row puts around the line it tests.
PROSE = "Grain prices rose by a third in the spring (Zorya, 4 May)."


def kinds(text: str) -> list[tuple[str, str]]:
    return [(line.kind.value, text[line.start : line.end]) for line in layout_lines(text)]


LAYOUT = [
    # a section heading in Title Case, its own paragraph
    (f"{PROSE}\n\nThe Regional Press\n\n{PROSE}", [("heading", "The Regional Press")]),
    # in capitals
    (f"{PROSE}\n\nREGIONAL PRESS\n\n{PROSE}", [("heading", "REGIONAL PRESS")]),
    # numbered, straight above its paragraph
    (f"{PROSE}\n\n2. The Economy\n{PROSE}", [("heading", "2. The Economy")]),
    (f"{PROSE}\n\nII. POLITICS\n{PROSE}", [("heading", "II. POLITICS")]),
    # a box title
    (f"{PROSE}\n\nBox 1: Key Dates of the Dispute\n\n{PROSE}", [("heading", "Box 1: Key Dates of the Dispute")]),
    # summary markers as lines
    (
        f"SUMMARY\n\n{PROSE}\n\nEND SUMMARY\n\n{PROSE}",
        [("summary-marker", "SUMMARY"), ("summary-marker", "END SUMMARY")],
    ),
    # summary markers opening and closing a paragraph: only the marker
    (f"SUMMARY: {PROSE} END SUMMARY.", [("summary-marker", "SUMMARY:"), ("summary-marker", "END SUMMARY.")]),
    (f"1. (U) Summary. {PROSE}", [("summary-marker", "1. (U) Summary.")]),
    # a dateline opening a paragraph, with an agency
    (f"ALMATY, 4 March (Interfax) -- {PROSE}", [("dateline", "ALMATY, 4 March (Interfax) --")]),
    # with a region and a colon
    (f"ODESA, Ukraine, March 4, 1994: {PROSE}", [("dateline", "ODESA, Ukraine, March 4, 1994:")]),
    # a dateline alone on its line
    (f"KHARKIV, 12 May 1993\n\n{PROSE}", [("dateline", "KHARKIV, 12 May 1993")]),
    # a wire story's dateline: a place and a news agency, no date
    (f"KYIV (AP) — {PROSE}", [("dateline", "KYIV (AP) —")]),
    # with a region, an outlet and a hyphen for the dash
    (f"LVIV, Ukraine (Reuters) - {PROSE}", [("dateline", "LVIV, Ukraine (Reuters) -")]),
    # a byline
    (f"By Ivan Petrov and Ana Ruiz\n\n{PROSE}", [("byline", "By Ivan Petrov and Ana Ruiz")]),
    # a footer: names, an office, a telephone number, an e-mail address
    (
        f"{PROSE}\n\nPrepared by: Ivan Petrov\nRegional Analysis Office\n(555) 010-2030\nipetrov@example.org\n",
        [
            ("footer", "Prepared by: Ivan Petrov"),
            ("footer", "Regional Analysis Office"),
            ("footer", "(555) 010-2030"),
            ("footer", "ipetrov@example.org"),
        ],
    ),
    # a name and office over the contact line
    (
        f"{PROSE}\n\nAna Ruiz\nEurasia Desk\nTel. +1 555 010 2030\n",
        [("footer", "Ana Ruiz"), ("footer", "Eurasia Desk"), ("footer", "Tel. +1 555 010 2030")],
    ),
    # page labels a web page leaves between paragraphs, one paragraph a line
    (f"{PROSE}\nAdvertisement\n{PROSE}", [("label", "Advertisement")]),
    (f"{PROSE}\nVideo loading\n{PROSE}", [("label", "Video loading")]),
    (f"{PROSE}\nPoll loading …\n{PROSE}", [("label", "Poll loading …")]),
    # a gallery button and its counter: the counter stands under a label, not a sentence
    (f"{PROSE}\nVIEW GALLERY\n+12\n{PROSE}", [("label", "VIEW GALLERY"), ("label", "+12")]),
    # a rule of underscores, then a link label under it
    (f"{PROSE}\n___\nRelated Coverage\n{PROSE}", [("label", "___"), ("label", "Related Coverage")]),
    # a lone image or site name in lower case
    (f"{PROSE}\nharbour-fire-photo\n{PROSE}", [("label", "harbour-fire-photo")]),
    # a figure standing over the paragraph that explains it
    (f"{PROSE}\n$19 billion\nThe value of the port deal.", [("label", "$19 billion")]),
    # at the end of the body
    (f"{PROSE}\nMore to come", [("label", "More to come")]),
]


@pytest.mark.parametrize("text, expected", LAYOUT)
def test_layout(text, expected):
    assert kinds(text) == expected


PROSE_TWINS = [
    # a sentence on its own line ends with a full stop: no heading
    f"{PROSE}\n\nThe regional press reported the rise.\n\n{PROSE}",
    # a short lower-case line: no heading
    f"{PROSE}\n\nprices rose again\n\n{PROSE}",
    # a label that introduces the next paragraph is no heading
    f"{PROSE}\n\nHarbour Times:\n\n{PROSE}",
    # "summary" inside a sentence
    f"{PROSE} The summary of the talks was brief.",
    # a place in capitals without a date: no dateline
    f"NATO said that prices rose. {PROSE}",
    # capitals, parentheses and a dash without a date: a dateline only when they name an agency
    f"NATO (the alliance) — said that prices rose. {PROSE}",
    # "by" in prose
    f"By contrast, prices fell. {PROSE}",
    # a number that is no telephone number, and prose after it
    f"{PROSE}\n\nThe plant employs 1,200 people and made 30,000 tonnes in 1993.",
    # a last line that opens with a word of a contact label but is prose
    f"{PROSE}\n\nAnalysts said that prices would rise again.",
    f"{PROSE}\n\nComments from the ministry were few.",
    # a wrapped line of a paragraph in Title Case words
    "Prices rose in the Krai Region\nand in the Southern Districts (Zorya, 4 May).",
    # page labels' twins: a one-line headline is the body's first line, a claim
    "Port Deal Collapses\nGrain prices rose by a third.",
    # a short line under a line that does not end a sentence is part of it
    "Grain prices rose in the\nSouthern Districts\nafter the harvest failed.",
    # a short line above a line that goes on in lower case is a wrapped line
    f"{PROSE}\nThe governor\nsaid reserves would last.",
    # a signature under a quotation, a list item, a citation on its own line, a label with a colon
    f"{PROSE}\n“We will rebuild.”\n― Ana Ruiz",
    f"{PROSE}\n- Grain reserves\n{PROSE}",
    f"{PROSE}\n(Zorya, 4 May)\n{PROSE}",
    f"{PROSE}\nSEE ALSO:\n{PROSE}",
    # four words without a full stop may be a claim
    f"{PROSE}\nPrices Rose Again Today\n{PROSE}",
]


@pytest.mark.parametrize("text", PROSE_TWINS)
def test_prose_is_no_layout(text):
    assert kinds(text) == []


REPORT = """Grain and the Regional Press

SUMMARY: Regional papers reported a grain shortage in the spring. END SUMMARY.

The Southern Districts

ODESA, 4 March (Interfax) -- Grain prices rose by a third (Zorya, 4 May). Governor Ana Ruiz said that
reserves would last until June (Radio Yug, 5 May).

Reactions

She noted that the mills had closed (Zorya, 6 May).

Prepared by: Ivan Petrov
Regional Analysis Office
(555) 010-2030
"""


def test_layout_lines_give_no_claims_and_no_speakers():
    doc = extract(REPORT, published="1994-06-01")
    texts = [c.text for c in doc.claims]
    assert not any(
        w in t
        for t in texts
        for w in ("SUMMARY", "Southern Districts", "Reactions", "ODESA", "Prepared", "Office", "(555)")
    )
    said = {(a.cue, a.speaker) for a in doc.attributions}
    # "She noted" after the heading "Reactions" resolves to the last person named
    assert ("noted", "Ana Ruiz") in said
    assert all(a.source.name not in ("Reactions", "The Southern Districts") for a in doc.attributions)
    assert [(c.source.name, c.date) for c in doc.citations] == [
        ("Zorya", "1994-05-04"),
        ("Radio Yug", "1994-05-05"),
        ("Zorya", "1994-05-06"),
    ]
    # the skipped spans of the document hold the layout lines
    for marker in ("SUMMARY:", "Reactions", "(555) 010-2030"):
        start = REPORT.index(marker)
        assert any(s.start <= start and start + len(marker) <= s.end for s in doc.skipped)


def test_no_lint_findings_on_layout(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    result = CliRunner().invoke(main, ["lint", "--format", "json", str(path)])
    lines = {REPORT[: f["start"]].count("\n") + 1 for f in json.loads(result.output)["findings"]}
    layout_rows = {
        n for n, line in enumerate(REPORT.splitlines(), 1) if line.startswith(("Prepared", "(555)", "ODESA"))
    }
    assert not lines & layout_rows


def test_an_authors_note_closing_the_body_is_a_footer():
    text = "Transit Fees\n\nBy Mira Castell\n\nFlows fell (Reuters, May 2).\n\nMira Castell is an energy analyst.\n"
    doc = extract(text)
    assert [c.text for c in doc.claims] == ["Flows fell"]
    # twin: a last paragraph about someone else is prose
    other = text.replace("Mira Castell is an", "Ana Ruiz is an")
    assert [c.text for c in extract(other).claims][-1] == "Ana Ruiz is an energy analyst."


def test_is_layout():
    text = f"SUMMARY: {PROSE}"
    lines = layout_lines(text)
    assert is_layout(lines, 0, 8)
    assert not is_layout(lines, 9, len(text))
    assert not is_layout((), 0, 1)


@given(st.text(alphabet=st.sampled_from("AZaz19 .,:()-\n@"), max_size=300))
def test_layout_lines_slice_back_sorted_and_disjoint(text):
    lines = layout_lines(text)
    assert all(0 <= a.start < a.end <= len(text) for a in lines)
    assert all(a.end <= b.start for a, b in itertools.pairwise(lines))
    assert all(text[a.start : a.end] == text[a.start : a.end].strip() for a in lines)
    assert all(isinstance(a.kind, LayoutKind) for a in lines)
