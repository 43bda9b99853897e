"""Stances and beliefs: what a person or a body holds, reported apart from what it said.

Every row is an invented sentence in a shape news prose uses; the twin after it is the
nearest shape that holds no position (a thing "critical to" a plan, a building "opposed"
to nothing, a document), or a belief that a statement already reports.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.attribution import find_attributions
from provenance.attribution.stance import predicates
from provenance.lexicon import lines
from provenance.segment import sentences


def found(text: str) -> list[tuple[str, str, str, str]]:
    """(source, cue, content, stance) of each attribution of ``text``, in order."""
    return [
        (text[a.start : a.end], a.cue, text[a.content_start : a.content_end], a.stance.value)
        for a in find_attributions(text, sentences(text))
    ]


STANCES = [
    # an adjective of judgement after "be", its content the noun phrase after the preposition
    ("Ruiz has been critical of the plan.", [("Ruiz", "has been critical of", "the plan", "belief")]),
    ("The bridge is critical to the plan.", []),  # twin: "critical to" is importance, and a bridge holds nothing
    ("The report is critical of the agency.", []),  # twin: a document's view is what it says, not a stance
    # negation and degree words between "be" and the adjective
    (
        "The senators weren't too concerned about the delay.",
        [("The senators", "weren't too concerned about", "the delay", "belief")],
    ),
    ("The matter is of concern to the senators.", []),  # twin: no stance predicate
    # an indirect question runs on over its verbs
    (
        "The mayor's aides were coy about whether they would run again.",
        [("The mayor's aides", "were coy about", "whether they would run again", "belief")],
    ),
    # a that-clause runs on over the commas of its own clauses
    (
        "The farmers were frustrated that the council, which met twice, did nothing.",
        [("The farmers", "were frustrated that", "the council, which met twice, did nothing", "belief")],
    ),
    # a fixed phrase of position
    ("The union is in favor of the new contract.", [("The union", "is in favor of", "the new contract", "belief")]),
    ("The court ruled in favor of the tenants.", []),  # twin: no "be", a ruling is no stance
    # "opposed to" a noun phrase; "as opposed to" compares
    ("The governor remains opposed to the tax.", [("The governor", "remains opposed to", "the tax", "belief")]),
    ("The old hall, as opposed to the new one, stayed open.", []),  # twin: no holder, a comparison
    ("The building is opposed to the station.", []),  # twin: a building holds no position
    # a to-infinitive only where the adjective takes one
    (
        "The ministers are eager to settle the dispute.",
        [("The ministers", "are eager to", "settle the dispute", "belief")],
    ),
    ("The ministers are eager to the end.", []),  # twin: "to" with a noun after an infinitive adjective
    # a role noun after "be", over its modifiers
    (
        "She has been a consistent and outspoken supporter of the treaty.",
        [("She", "has been a consistent and outspoken supporter of", "the treaty", "belief")],
    ),
    ("His supporters of the treaty met Friday.", []),  # twin: someone else's supporters, no "be"
    # a role noun in apposition to a named person, its content up to the comma that closes it
    (
        "Ana Ruiz, a longtime critic of the mayor, lost the vote.",
        [("Ana Ruiz", "a longtime critic of", "the mayor", "belief")],
    ),
    # a role noun phrase that opens the sentence describes the subject after its comma
    (
        "A fierce opponent of the dam, Ruiz has led the campaign for years.",
        [("Ruiz", "A fierce opponent of", "the dam", "belief")],
    ),
    # a relative clause
    ("Officials, who are wary of the plan, met Monday.", [("who", "are wary of", "the plan", "belief")]),
    # a reflexive object is a trait, not a position
    ("He is very confident of himself.", []),
    # a title-case headline is no sentence of prose
    ("Voters Wary Of New Tax Plan", []),
]


@pytest.mark.parametrize(("text", "expected"), STANCES)
def test_stance_predicates(text: str, expected: list) -> None:
    assert found(text) == expected


NESTED = [
    # a belief inside the content of a statement is part of what was said
    ("Ruiz said she hopes the bridge will reopen.", [("Ruiz", "said", "she hopes the bridge will reopen", "assert")]),
    ("Ruiz hopes that the bridge will reopen.", [("Ruiz", "hopes", "the bridge will reopen", "belief")]),  # twin
    (
        "The mayor told reporters he plans to run again.",
        [("The mayor", "told", "he plans to run again", "assert")],
    ),
    # a stance inside a statement, likewise
    (
        "Ruiz said the senators are critical of the plan.",
        [("Ruiz", "said", "the senators are critical of the plan", "assert")],
    ),
    # a stance in apposition to the speaker says who the speaker is
    (
        "“The delay is a disgrace,” said Ana Ruiz, a longtime critic of the mayor.",
        [("Ana Ruiz", "said", "“The delay is a disgrace,”", "assert")],
    ),
    # a stance in a relative clause between the speaker and the cue, likewise
    (
        "Ana Ruiz, an economist who is a critic of the levy, warned that it will fail.",
        [("Ana Ruiz", "warned", "it will fail", "assert")],
    ),
    # a coordinated belief shares the subject of the verb before it, and stands
    (
        "He proposes a new tax, and plans to cut the rates.",
        [("He", "proposes", "a new tax", "assert"), ("He", "plans", "cut the rates", "belief")],
    ),
]


OWNED = [
    # a noun of attitude owned by a named body or a person
    (
        "The editors' disdain for the nominee was plain.",
        [("The editors", "disdain for", "the nominee", "belief")],
    ),
    ("The bridge's support for the deck failed.", []),  # twin: a thing's support is no attitude
    # its to-infinitive, and the noun phrase the content goes on with after a comma
    (
        "His determination to act alone, especially on trade, angered his allies.",
        [("His", "determination to", "act alone, especially on trade", "belief")],
    ),
    ("His determination to the end was clear.", []),  # twin: "to" with a noun, no infinitive
    # a list of nouns is one content
    (
        "His obsession with Mexico, China and the trade deal shaped the plan.",
        [("His", "obsession with", "Mexico, China and the trade deal", "belief")],
    ),
    # the possessive pronoun of the clause's subject: the subject is the source a reader names
    (
        "The senator continues her attacks and her support for the embargo.",
        [("The senator", "support for", "the embargo", "belief")],
    ),
    # but not across a verb of saying: the noun is inside what was said
    (
        "The senator said her support for the embargo was firm.",
        [("The senator", "said", "her support for the embargo was firm", "assert")],
    ),
]


EXPRESSED = [
    # a noun of attitude after "express" and its kin is the subject's, over adverbs and modifiers
    (
        "Rights groups have almost universally expressed deep concern about the policy.",
        [("Rights groups", "have almost universally expressed deep concern about", "the policy", "belief")],
    ),
    (
        "The ministry has publicly signaled willingness to change the rule.",
        [("The ministry", "has publicly signaled willingness to", "change the rule", "belief")],
    ),
    (
        "Many voters have had reservations about the plan.",
        [("Many voters", "have had reservations about", "the plan", "belief")],
    ),
    # "has no illusions about" X: the holder sees X as it is
    (
        "The senator has no illusions about the regime's threat to its neighbours.",
        [("The senator", "has no illusions about", "the regime's threat to its neighbours", "belief")],
    ),
    # "raised concerns for" someone: the verb "raise" causes the concern, nobody holds it here
    ("The deal would have raised concerns for the farmers.", []),
    # a noun in -ly is no adverb of the verb group
    (
        "Lawyers for the family have been critical of the ruling.",
        [("Lawyers for the family", "have been critical of", "the ruling", "belief")],
    ),
    # the object stands before: the preposition is stranded
    ("The film, which the studio has high hopes for, opens Friday.", []),
    # a place is open to visitors: no stance
    ("The park is open to the public.", []),
]


@pytest.mark.parametrize(("text", "expected"), EXPRESSED)
def test_expressed_attitudes(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWNED)
def test_owned_attitudes(text: str, expected: list) -> None:
    assert found(text) == expected


SIDES = [
    # the verbs of taking a side take a bare object from a person or a body
    ("The union supports the new contract.", [("The union", "supports", "the new contract", "belief")]),
    ("The beams support the roof.", []),  # twin: beams hold no position
    ("Ruiz opposes the tax.", [("Ruiz", "opposes", "the tax", "belief")]),
    ("Voters want a change.", []),  # twin: a wish with a bare object names no position
]


BELIEF_CLAUSES = [
    # a verb of belief with a clause without "that"
    (
        "The mayor hoped the bridge would reopen in May.",
        [("The mayor", "hoped", "the bridge would reopen in May", "belief")],
    ),
    ("Farmers felt the agency was not listening.", [("Farmers", "felt", "the agency was not listening", "belief")]),
    ("The minister knew the town well.", []),  # twin: an object, no clause
    # an object and its to-infinitive after "expect" and "want"
    ("Analysts expect prices to fall.", [("Analysts", "expect", "prices to fall", "belief")]),
    (
        "The minister wants the mayor to resign.",
        [("The minister", "wants", "the mayor to resign", "belief")],
    ),
    ("The minister wants the bridge closed.", []),  # twin: no infinitive, no clause
    ("The council expects a decision by Friday.", []),  # twin: a bare object
]


@pytest.mark.parametrize(("text", "expected"), BELIEF_CLAUSES)
def test_beliefs_with_a_clause_or_an_infinitive(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_taking_a_side(text: str, expected: list) -> None:
    assert found(text) == expected


NOUN_CUES = [
    # nouns of saying whose to-infinitive is what was said
    ("The minister's threat to resign shocked the party.", [("The minister's", "threat", "to resign", "assert")]),
    ("The minister's message to reassure voters fell flat.", []),  # twin: a purpose, not what was said
    # a that-clause runs on over its commas
    (
        "The mayor's admission that, to pay for it, the city must borrow surprised no one.",
        [("The mayor's", "admission", "to pay for it, the city must borrow surprised no one", "assert")],
    ),
    # a noun phrase that is a verb's object is reported by the verb alone
    (
        "Ruiz repeated her claim that the vote was rigged.",
        [("Ruiz", "repeated", "her claim that the vote was rigged", "assert")],
    ),
    # a phrase of time between the noun and its link word
    (
        "Voters were swayed by the mayor's announcement in 2019 of a new tax.",
        [("the mayor's", "announcement", "of a new tax", "assert")],
    ),
    (
        "Her remarks last week about the budget angered donors.",
        [("Her", "remarks", "about the budget", "assert")],
    ),
    ("His comments on Tuesday drew anger.", []),  # twin: only a time after the noun, no content
    # no verb between the clause's first word and the possessive: the possessive is the owner
    (
        "Contrary to his claim that the vote was rigged, turnout was normal.",
        [("his", "claim", "the vote was rigged, turnout was normal", "assert")],
    ),
    # "by X's own account" sources the clause it is set off from
    (
        "By her own admission, the minister never read the report.",
        [("her", "own admission", "the minister never read the report", "assert")],
    ),
    (
        "The agency spent four million on the project, by its own estimate.",
        [("its", "own estimate", "The agency spent four million on the project", "assert")],
    ),
    ("The minister was driven by her own account of events.", []),  # twin: no comma sets it off
    ("By the end of the count, the minister had resigned.", []),  # twin: no possessive owner
    # a plural's apostrophe standing apart still makes an owner
    (
        "The senators’ criticism of the plan grew.",
        [("The senators", "criticism", "of the plan", "assert")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_CUES)
def test_noun_cues(text: str, expected: list) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NESTED)
def test_beliefs_inside_statements(text: str, expected: list) -> None:
    assert found(text) == expected


def test_lexicon_entries_are_well_formed() -> None:
    """Every line of the data file has one flag and at least one link word."""
    for line in lines("stance_predicates.txt"):
        fields = line.split()
        assert sum(f.startswith(":") for f in fields) == 1, line
        assert any(f.startswith("+") for f in fields), line
    assert predicates()["critics"][0].noun  # a role noun's plural
    assert predicates()["in"][0].words == ("in", "favor") or any(e.words[0] == "in" for e in predicates()["in"])


@given(
    name=st.sampled_from(["Ruiz", "The mayor", "The union", "She"]),
    entry=st.sampled_from(sorted(w for w, es in predicates().items() if not any(e.noun or e.owned for e in es))),
)
@settings(max_examples=40, deadline=None)
def test_stance_adjectives_with_a_named_holder(name: str, entry: str) -> None:
    """Any adjective of the lexicon after "is", with a preposition it takes and a noun phrase,
    is a stance of the named holder, and its content never holds the preposition."""
    e = predicates()[entry][0]
    link = sorted(e.links - {"that", "to"} or e.links)[0]
    rest = "settle the dispute" if link == "to" and e.infinitive else "the new plan"
    if link == "that":
        rest = "the plan will fail"
    text = f"{name} is {' '.join(e.words)} {link} {rest}."
    got = found(text)
    assert len(got) == 1, (text, got)
    source, _cue, content, stance = got[0]
    assert (source, content, stance) == (name, rest, "belief")
