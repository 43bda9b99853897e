"""Who speaks in a claim, for the rule that one voice does not dispute itself (:func:`one_speaker`).

The rows are invented headlines, each with a twin that turns the answer.
"""

from __future__ import annotations

import pytest

import provenance
from provenance.compare import prepare
from provenance.compare.independence import one_speaker


def _pair(a: str, b: str):
    """The prepared claims of two one-line articles."""
    docs = [provenance.extract(f"Article {n}\n\n{t}\n", path=f"s-{n}.txt") for n, t in enumerate((a, b))]
    items = prepare(docs)
    assert len(items) == 2, [i.claim.text for i in items]
    return items


@pytest.mark.parametrize(
    "a, b, same",
    [
        # a denial by a doctor and an unsourced report about her: the report is the writer's, a dispute stands
        ("Dr Hela Marsk denies taking a selfie in the theatre.", "Dr Hela Marsk took a selfie in the theatre.", False),
        # its twin: she is the source of both lines
        (
            "Dr Hela Marsk denies taking a selfie in the theatre.",
            "Dr Hela Marsk said she took a selfie in the theatre.",
            True,
        ),
        # a fighter's own post and an unsourced report that she was captured: two voices
        ("Corin Dale says she is safe, in a post on Facebook.", "Corin Dale captured by militants near Kessa.", False),
        # its twin: the report of her capture is hers too
        ("Corin Dale says she is safe, in a post on Facebook.", "Corin Dale said she was captured near Kessa.", True),
        # two unsourced lines name no speaker at all
        ("Orvane Motors will close its Dunmoor plant.", "Orvane Motors will keep its Dunmoor plant open.", False),
    ],
)
def test_an_unsourced_claim_is_not_said_by_the_people_it_names(a, b, same):
    x, y = _pair(a, b)
    assert one_speaker(x, y) is same
    assert one_speaker(y, x) is same


@pytest.mark.parametrize(
    "a, b, same",
    [
        # a spokesman speaks for the body named before his title: its denial is his side too
        (
            '"There is no case in Kessa," ministry spokesman Tor Valen said.',
            "The country's health ministry has denied the reports of a case in Kessa.",
            True,
        ),
        # its twin: another ministry's spokesman is another voice
        (
            '"There is no case in Kessa," defence ministry spokesman Tor Valen said.',
            "The country's health ministry has denied the reports of a case in Kessa.",
            False,
        ),
        # a spokeswoman of a named company and the company
        (
            '"We have no plans to close the plant," an Orvane Motors spokeswoman said.',
            "Orvane Motors has denied reports that it will close its Dunmoor plant.",
            True,
        ),
    ],
)
def test_a_spokesperson_speaks_for_their_body(a, b, same):
    x, y = _pair(a, b)
    assert one_speaker(x, y) is same
    assert one_speaker(y, x) is same
