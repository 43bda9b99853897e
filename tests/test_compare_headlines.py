"""Headlines against headlines: a one-line article that denies what another reports, and its negative twin.

Each row is a pair of invented headlines, each written as its own one-line
article, with the relation expected; the row after it is its twin that must
not be contested (or the other way round).  Written from how news headlines
deny: a flat negation ("X has not been arrested"), a verdict on the report
named only by a noun ("Rumour debunked: ..."), a number written as a word.
"""

from __future__ import annotations

import pytest

import provenance
from provenance.compare.keys import word_key
from provenance.compare.propositions import denial_targets
from provenance.features import features
from provenance.features.text import stem


def _relations(*headlines: str) -> list[tuple[str, str]]:
    """``(relation, kind)`` of the relations among one-headline articles."""
    docs = [
        provenance.extract(f"Article {n}\n\n{text}\n", path=f"headline-{n}.txt") for n, text in enumerate(headlines)
    ]
    return [(str(r.relation), str(r.kind)) for r in provenance.compare_documents(docs)]


@pytest.mark.parametrize(
    "report, answer, expected",
    [
        # a headline that flatly negates the reported predicate contradicts the report ...
        (
            "Street painter Corvin Vale arrested in Calder.",
            "Street painter Corvin Vale has not been arrested.",
            [("contested", "contradiction")],
        ),
        # ... its twin negates something the report does not say (he was not charged)
        (
            "Street painter Corvin Vale arrested in Calder.",
            "Street painter Corvin Vale has not been charged.",
            [],
        ),
        # a negation with its subject: "the singer is not dead" answers "the singer found dead"
        (
            "Mara Quell found dead in her Calder flat.",
            "Don't worry, Mara Quell is not dead.",
            [("contested", "contradiction")],
        ),
        # ... but two headlines that both negate it agree
        (
            "Mara Quell is not dead, her agent says.",
            "Don't worry, Mara Quell is not dead.",
            [],
        ),
        # a negation in a subordinate clause is no flat denial ("so he won't ...")
        (
            "Governor Ilse Brandt adopts a godson so he will not turn into a werewolf.",
            "Governor Ilse Brandt adopts a godson to keep him from turning into a werewolf.",
            [],
        ),
        # a contrast ("a fine, not an arrest") denies nothing of the report
        (
            "Drivers caught speeding in Calder face arrest.",
            "Drivers caught speeding in Calder may face a fine, not arrest.",
            [],
        ),
        # only light words after the negation ("won't say") deny nothing
        (
            "Calder council threatened the harbour families over the ransom.",
            "Calder council won't say if the harbour families were threatened over the ransom.",
            [],
        ),
        # what the negation negates must be what the report says: "not a nationwide launch" does not
        # deny that the launch happens
        (
            "The Orbit Watch will launch in Norland in March.",
            "The Orbit Watch won't be a Norland-only launch.",
            [],
        ),
        # a denial that names the report only by a noun denies what the rest of its headline says ...
        (
            "Security robots now patrol the Kestrel campus in Calder.",
            "Rumour debunked: security robots are not patrolling the Kestrel campus.",
            [("contested", "denial")],
        ),
        # ... and nothing when the rest of the headline is about something else
        (
            "Security robots now patrol the Kestrel campus in Calder.",
            "Rumour debunked: the Kestrel canteen will stay open.",
            [],
        ),
        # a number written as a word or an ordinal is one number: "third" and "three"
        (
            "Calder woman has a third arm implanted by surgeons.",
            "The Calder woman with three arms is a hoax.",
            [("contested", "denial")],
        ),
        # ... and two different numbers are not restated
        (
            "Calder woman has a third arm implanted by surgeons.",
            "The Calder man with two dogs is a hoax.",
            [],
        ),
    ],
)
def test_headline_pairs(report, answer, expected):
    assert _relations(report, answer) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a flat negation: the clause is denied, its own polarity positive
        ("Corvin Vale has not been arrested.", [("negation", "Corvin Vale has not been arrested", False)]),
        # an imperative has no subject: nothing is denied
        ("Don't reset your phone before the update.", []),
        # a question denies nothing
        ("Has Corvin Vale not been arrested?", []),
        # a hedged negation ("may not") denies nothing
        ("Corvin Vale may not have been arrested.", []),
        # what someone feels is not denied ("isn't sure")
        ("The plumber isn't sure how the truck reached Norland.", []),
        # "not a hoax" confirms: a negated verdict is no negation target
        ("The Calder video is not a hoax.", []),
    ],
)
def test_negation_targets(text, expected):
    f = features(text)
    targets = denial_targets(f, f.denials)
    assert [(t.kind, text[t.start : t.end], t.negated) for t in targets] == expected


@pytest.mark.parametrize(
    "first, second, same",
    [
        ("three", "third", True),  # a cardinal and its ordinal
        ("third", "3rd", True),  # the ordinal in figures
        ("three", "two", False),  # two numbers
        ("second", "two", False),  # "a second" is mostly time, not a number
        ("one", "first", False),  # "one of", "at first" say no number
    ],
)
def test_number_words_meet(first, second, same):
    assert (word_key(stem(first)) == word_key(stem(second))) is same


@pytest.mark.parametrize(
    "report, answer, expected",
    [
        # a claim that restates only the modifiers of a report noun names the report, it does not tell it
        (
            "Vale wants the anchor fired over the Calder ferry story.",
            "Vale wants the anchor fired over the fabricated Calder ferry story.",
            [],
        ),
        # twin: a claim that tells what the report said is denied
        (
            "The anchor rode the Calder ferry through the storm.",
            "Vale wants the anchor fired over the fabricated Calder ferry story.",
            [("contested", "denial")],
        ),
        # a heart that stops arrests nobody: "cardiac arrest" is no arrest of anyone
        ("Calder singer died of cardiac arrest at the harbour.", "Calder singer was not arrested at the harbour.", []),
        # twin: an arrest negated is
        (
            "Calder singer arrested at the harbour.",
            "Calder singer was not arrested at the harbour.",
            [("contested", "contradiction")],
        ),
        # advice denies no fact
        (
            "Calder mayor fed fears over the harbour gunmen.",
            "The Calder mayor shouldn't feed fears over the harbour gunmen.",
            [],
        ),
        # twin: a negated fact does
        (
            "Calder mayor fed fears over the harbour gunmen.",
            "The Calder mayor didn't feed fears over the harbour gunmen.",
            [("contested", "contradiction")],
        ),
        # a denied negated clause must be met by its predicate
        (
            "Calder mayor sold the harbour ferries to Vale.",
            "No, Calder gunmen have not been caught by the harbour police.",
            [],
        ),
        (
            "Calder gunmen caught by the harbour police.",
            "No, Calder gunmen have not been caught by the harbour police.",
            [("contested", "denial")],
        ),
    ],
)
def test_named_reports_advice_and_predicates(report, answer, expected):
    assert _relations(report, answer) == expected
