"""Properties of the whole pipeline: any text in, a consistent Document out."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from strategies import citationish_text, prose

import provenance
from provenance.errors import ProvenanceError
from provenance.model import Attribution, Citation, Continuation

articles = st.one_of(
    st.text(),
    citationish_text,
    st.lists(st.one_of(prose, citationish_text), max_size=8).map("\n\n".join),
)


def check(doc: provenance.Document) -> None:
    text = doc.text
    previous = -1
    held: dict[Attribution, str] = {}
    for claim in doc.claims:
        assert text[claim.start : claim.end] == claim.text
        assert claim.start >= previous  # claims in document order, never overlapping
        previous = claim.end
        for e in claim.evidence:
            assert 0 <= e.start <= e.end <= len(text)
            if isinstance(e, Citation):
                assert text[e.start : e.end] == e.raw
                assert e.paren_start <= e.start and e.end <= e.paren_end
                continue
            if isinstance(e, Continuation):
                assert held[e.attribution] == e.claim  # an earlier claim holds what it continues
                a = e.attribution
            else:
                assert isinstance(e, Attribution)
                assert e not in held  # each attribution is held once
                held[e] = claim.id
                a = e
            assert text[a.cue_start : a.cue_end] == a.cue
            assert 0 <= a.content_start <= a.content_end <= len(text)
    for m in doc.malformed:
        assert text[m.start : m.end] == m.text
    for a in doc.articles:
        assert 0 <= a.start <= a.body_start <= a.end <= len(text) or a.body_start == a.end


@given(articles)
def test_extract_never_crashes_and_spans_slice_back(text):
    try:
        doc = provenance.extract(text)
    except ProvenanceError:
        return
    check(doc)


@given(articles, st.sampled_from([None, "2021-09-07", "2000-01-01"]))
def test_extract_is_deterministic(text, published):
    assert provenance.extract(text, published=published) == provenance.extract(text, published=published)


def test_seeds_are_consistent(seed_documents):
    for doc in seed_documents.values():
        check(doc)


def test_fallback_date_only_when_the_text_names_none():
    undated = provenance.extract("The dam burst (Valley News, December 20).", fallback="2022-01-10")
    assert undated.published == "2022-01-10"
    assert undated.claims[0].evidence[0].date == "2021-12-20"
    dated = provenance.extract(
        "---\ndate: 2020-05-01\n---\nThe dam burst (Valley News, April 20).", fallback="2022-01-10"
    )
    assert dated.published == "2020-05-01"
