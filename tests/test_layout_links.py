"""Web news layout that states nothing: link lines, lists of headlines, photo captions and credits.

Each row is a line as news pages print it between paragraphs, and its prose twin
that must stay a claim.  Rows are invented in the shapes such pages use.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance import extract
from provenance.document.lines import LineKind, _kind

BEFORE = "Harbour Reopens\n\nThe port of Norland reopened on Monday, officials said.\n\n"
AFTER = "\n\nShips queued outside the harbour for a second day.\n"


def claim_texts(text: str) -> list[str]:
    return [c.text for c in extract(text).claims]


@pytest.mark.parametrize(
    "line, kind",
    [
        # a link line: a label, a colon, a headline
        ("MORE: Ferry capsizes off the coast of Norland", LineKind.LINK),
        # the same with a lower-case label and an arrow
        ("Read more » Floods close the northern road", LineKind.LINK),
        # "See also" and "Also read"
        ("SEE ALSO:  A customer tried to cancel and was put on hold", LineKind.LINK),
        ("Also read: Harbour master confirms the reopening date", LineKind.LINK),
        # a labelled roundup of links
        ("Related roundup: Elections, Tag: harbourtimes.example", LineKind.LINK),
        # a video link
        ("WATCH: Crowds cheer as the first ship docks", LineKind.LINK),
        # labels alone, heading a list of headlines
        ("RELATED ARTICLES", LineKind.LINK_LIST),
        ("Related coverage", LineKind.LINK_LIST),
        ("MORE FROM SPORT", LineKind.LINK_LIST),
        ("Read more", LineKind.LINK_LIST),
        ("Read more about the vote here.", LineKind.LINK_LIST),
        # a photo credit alone, in brackets or not
        ("(Photo courtesy: Harbour Archive)", LineKind.CREDIT),
        ("[Photo by: Lena Okafor/Getty Images]", LineKind.CREDIT),
        ("Rick Vale / Reuters", LineKind.CREDIT),
        ("Photo credit: Getty Images", LineKind.CREDIT),
        # a hat tip and a photo credit
        ("[h/t Harbour Times, Photo: Mira Vale/Flickr]", LineKind.CREDIT),
        # a wire story's contributors
        ("Additional reporting by Ana Ruiz in Kyiv; Editing by Tom Hale", LineKind.CREDIT),
        ("With a file from Reuters", LineKind.CREDIT),
        # captions ending in a credit, which no sentence of prose does
        ("A crater near the airport. Photo: AP", LineKind.CAPTION),
        ("Guards at the gate of the port in Norland.  Rick Vale / Reuters", LineKind.CAPTION),
        ("The harbour master, Ana Ruiz. (Photo courtesy: Harbour Archive)", LineKind.CAPTION),
        ("The first ship docks at dawn (AP Photo/Lena Okafor)", LineKind.CAPTION),
        ("A view of the harbour at night. (Getty Images photo)", LineKind.CAPTION),
        ("The letter sent in 1974 Picture: Imgur", LineKind.CAPTION),
        # prose twins: the same words in sentences stay text
        ("More than 40 people died, officials said.", LineKind.TEXT),
        ("More details: the plan costs $5m, the ministry said.", LineKind.TEXT),
        ("Related research suggests the drug works.", LineKind.TEXT),
        ("Watch expert Ana Ruiz told the Times the case was gold.", LineKind.TEXT),
        ("He posted a photo by Lena Okafor on Monday.", LineKind.TEXT),
        ("Police released a photo from the scene.", LineKind.TEXT),
        ("Reporting by the BBC showed that the minister lied.", LineKind.TEXT),
        ("The minister resigned (Reuters, May 2).", LineKind.TEXT),
    ],
)
def test_line_kinds(line, kind):
    assert _kind(line) == kind


@pytest.mark.parametrize(
    "layout, kept",
    [
        # a link line between paragraphs
        ("MORE: Ferry capsizes off the coast of Norland", []),
        # a list of headlines under its label, ended by the first sentence of prose
        (
            "RELATED ARTICLES\nFerry capsizes off the coast\nIs this the end of the line?\n"
            'Ms Ruiz said: "The port will reopen soon."',
            ['Ms Ruiz said: "The port will reopen soon."'],
        ),
        # headlines of a list separated by blank lines
        ("MORE STORIES\n\nFUNDING CUTS: Is this the end for the harbour?\n\nTEARFUL APOLOGY: Captain breaks down", []),
        # a caption with its credit, and a credit alone
        ("A crater near the airport. Photo: AP\n\nRick Vale / Reuters", []),
        # a short line that is no link list: its text stays
        ("Ferry capsizes off the coast", ["Ferry capsizes off the coast"]),
        # prose opening with a link label's words stays a claim
        ("More than 40 people died, officials said.", ["More than 40 people died, officials said."]),
    ],
)
def test_layout_between_paragraphs_is_no_claim(layout, kept):
    texts = claim_texts(BEFORE + layout + AFTER)
    assert texts[0] == "The port of Norland reopened on Monday, officials said."
    assert texts[-1] == "Ships queued outside the harbour for a second day."
    assert texts[1:-1] == kept


@given(st.sampled_from(["MORE: ", "RELATED: ", "See also: "]), st.text(min_size=1, max_size=80))
def test_a_link_line_is_never_a_claim(label, headline):
    headline = " ".join(headline.split()) or "x"
    text = BEFORE + label + headline + AFTER
    starts = {c.start for c in extract(text).claims}
    assert not any(len(BEFORE) <= s < len(BEFORE) + len(label) + len(headline) for s in starts)
