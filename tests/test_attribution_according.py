"""``according to X``: the source's description may carry a relative clause before the content
(provenance.attribution.according)."""

from __future__ import annotations

import pytest

from provenance import extract


def found(text: str) -> list[tuple[str, str]]:
    """``(source, content)`` of every attribution of ``text``."""
    doc = extract(text)
    return [(a.source.name, text[a.content_start : a.content_end]) for a in doc.attributions]


ACCORDING = [
    # a relative clause describing the source, then the content
    (
        "According to a military expert who has just returned from the front, the rebels have a new weapon.",
        [("a military expert", "the rebels have a new weapon")],
    ),
    (
        "According to an official who spoke to reporters, the bridge was closed.",
        [("an official", "the bridge was closed")],
    ),
    # the content's own commas stay in it
    ("According to a man who saw it, the bridge, which was old, fell.", [("a man", "the bridge, which was old, fell")]),
    # the clause set off by commas, as before
    (
        "According to the ministry, which runs the port, the bridge was closed.",
        [("the ministry", "the bridge was closed")],
    ),
    # twin: no comma closes the clause, so no content can be told from it
    ("According to a man who saw it the bridge fell.", []),
    # twin: after its content, the relative clause belongs to the source and the content comes first
    (
        "The bridge was closed, according to an official who spoke to reporters.",
        [("an official", "The bridge was closed")],
    ),
]


@pytest.mark.parametrize("text, expected", ACCORDING)
def test_according_to(text, expected):
    assert found(text) == expected
