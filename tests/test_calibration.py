"""Score calibration (provenance.compare.calibration) and independent sources (provenance.compare.independence)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.compare import CONFIDENT_SCORE, compare_documents
from provenance.compare.calibration import MIN_JUDGED, PRIOR_WEIGHT, Calibration, calibration
from provenance.compare.independence import sound_alike, soundex
from provenance.model import Attribution, Claim, Kind, Source

TABLE = Calibration.from_rows(
    [
        ("denial", "0.85", "yes", "18", "20"),  # a well judged class
        ("denial", "0.8", "no", "2", "4"),  # too few on its own
        ("denial", "0.7", "no", "1", "3"),  # too few on its own; with the row above, 3/7 for denials without subject
        ("quantity", "0.6", "yes", "1", "1"),  # too few, and too few for its kind
    ]
)


@pytest.mark.parametrize(
    "kind, raw, subject, expected",
    [
        # enough verdicts: the judged share, the raw score worth PRIOR_WEIGHT verdicts
        (Kind.DENIAL, 0.85, True, round((18 + PRIOR_WEIGHT * 0.85) / (20 + PRIOR_WEIGHT), 3)),
        # too few of its own: its kind's counts with the same subject feature (3 right of 7)
        (Kind.DENIAL, 0.8, False, round((3 + PRIOR_WEIGHT * 0.8) / (7 + PRIOR_WEIGHT), 3)),
        # a class never judged borrows its kind's counts too
        (Kind.DENIAL, 0.5, False, round((3 + PRIOR_WEIGHT * 0.5) / (7 + PRIOR_WEIGHT), 3)),
        # too few for the kind as well: the raw score stands
        (Kind.QUANTITY, 0.6, True, 0.6),
        # nothing judged of the kind: the raw score stands
        (Kind.CONTRADICTION, 0.85, True, 0.85),
    ],
)
def test_calibrated_score(kind, raw, subject, expected):
    assert TABLE.score(kind, raw, subject=subject) == expected


def test_rows_round_trip():
    assert Calibration.from_rows(TABLE.rows()) == TABLE


@given(
    st.integers(min_value=0, max_value=200),
    st.integers(min_value=0, max_value=200),
    st.sampled_from([0.5, 0.65, 0.7, 0.8, 0.85]),
)
def test_score_is_a_share_and_grows_with_what_was_right(right, wrong, raw):
    judged = right + wrong
    score = Calibration({("denial", raw, True): (right, judged)}).score(Kind.DENIAL, raw, subject=True)
    assert 0.0 <= score <= 1.0
    if judged >= MIN_JUDGED and wrong:
        better = Calibration({("denial", raw, True): (right + 1, judged)}).score(Kind.DENIAL, raw, subject=True)
        assert better >= score


def test_shipped_table_is_read():
    table = calibration()
    assert table.counts, "provenance/data/calibration.tsv holds no class"
    for (kind, raw, _), (right, judged) in table.counts.items():
        assert Kind(kind) and 0 < raw <= 1 and 0 <= right <= judged


def test_shipped_table_keeps_what_it_calls_confident_right():
    # The classes scored at or above CONFIDENT_SCORE were, together, right at least 9 times in 10 when judged.
    table = calibration()
    high = [v for (k, raw, s), v in table.counts.items() if table.score(Kind(k), raw, subject=s) >= CONFIDENT_SCORE]
    right, judged = sum(v[0] for v in high), sum(v[1] for v in high)
    print(f"classes scored >= {CONFIDENT_SCORE}: {right}/{judged} judged right")
    assert judged and right / judged >= 0.9


# ---------------------------------------------------------------------------
# one person, two spellings
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, code",
    [
        ("Robert", "R163"),  # the textbook example
        ("Rupert", "R163"),  # ... and its twin
        ("Ashcraft", "A261"),  # h between two letters of one code: one digit
        ("Tymczak", "T522"),  # a vowel between two letters of one code: two digits
        ("Pfister", "P236"),  # the second letter has the first one's code
        ("Rachdouk", "R232"),  # a transliteration ...
        ("Rashduq", "R232"),  # ... and another
        ("Lee", "L000"),  # padded with zeros
        ("", ""),  # nothing to code
    ],
)
def test_soundex(word, code):
    assert soundex(word) == code


@pytest.mark.parametrize(
    "a, b, same",
    [
        # one minister's name transliterated two ways
        ("nabil rachdouk", "nabeel rashduq", True),
        # a leader's first name spelled two ways
        ("muammar jalloud", "moammar jalloud", True),
        # one code, other letters: two people
        ("ana ruiz", "ana ross", False),
        # a surname alone is never enough
        ("rachdouk", "rashduq", False),
        # other first names
        ("ana ruiz", "elena ruiz", False),
        # one name twice is not "spelled two ways" (keys_meet tells that)
        ("ana ruiz", "ana ruiz", False),
        # two adjacent letters of the surname swapped: a slip of the keyboard, one person
        ("mr castell", "mr catsell", True),
        # ... but not in a short surname, where two people can differ so
        ("mr elba", "mr ebla", False),
        # ... nor letters swapped further apart
        ("mr adams", "mr sdama", False),
        # ... nor with another first name
        ("ana castell", "omar catsell", False),
    ],
)
def test_sound_alike(a, b, same):
    assert sound_alike(frozenset({a}), frozenset({b})) is same


def _said(n: int, text: str, speaker: str, doc: str) -> Claim:
    start = n * 1000
    said = Attribution(0, len(speaker), Source(speaker), "said", 0, 1, 2, 3, speaker=speaker)
    return Claim(f"{doc}:{n}", start, start + len(text), text, (said,), sentence_start=start, sentence_end=start + 999)


@pytest.mark.parametrize(
    "speaker_b, corroborated",
    [
        # another person saying the same: two origins
        ("Ana Ruiz", True),
        # the same minister under another transliteration: one origin
        ("Nabeel Rashduq", False),
    ],
)
def test_one_speaker_spelled_two_ways_is_one_origin(speaker_b, corroborated):
    text1 = "The Bank of Ghana raised its key interest rate to 29 percent on Monday."
    text2 = "On Monday the Bank of Ghana raised the key interest rate to 29 percent."
    docs = {"x": [_said(1, text1, "Nabil Rachdouk", "x")], "y": [_said(1, text2, speaker_b, "y")]}
    assert any(r.kind is Kind.AGREEMENT for r in compare_documents(docs)) is corroborated
