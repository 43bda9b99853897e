"""Attribution recall: constructions of English news attribution, each with a negative twin.

Every row is an invented sentence in a shape news prose uses; the twin right after
it is the nearest shape that attributes nothing (or less), so a rule that is too
loose fails as surely as one that is missing.
"""

from __future__ import annotations

import pytest

from provenance.attribution import find_attributions
from provenance.segment import sentences


def found(text: str) -> list[tuple[str, str, str, str]]:
    """(source, cue, content, stance) of each attribution of ``text``, in order."""
    return [
        (text[a.start : a.end], a.cue, text[a.content_start : a.content_end], a.stance.value)
        for a in find_attributions(text, sentences(text))
    ]


LEXICON = [
    # "now" between the subject and the verb, as "also" and "later"
    ("Ruiz now says she opposes the plan.", [("Ruiz", "now says", "she opposes the plan", "assert")]),
    ("Ruiz now heads the agency.", []),  # twin: "now" before a verb that reports nothing
    # a court rules, with a that-clause
    (
        "The appeals court ruled Friday that the ban was void.",
        [("The appeals court", "ruled", "the ban was void", "assert")],
    ),
    ("The board ruled out a second vote.", []),  # twin: "ruled out" reports nothing
    ("Officials have ruled that out.", []),  # twin: "that" is the object of "ruled out", no clause
    # verbs of raised voice, with a quotation or a that-clause
    ('Protesters chanted "No justice, no peace."', [("Protesters", "chanted", '"No justice, no peace."', "assert")]),
    ("She yelled that her brother was unarmed.", [("She", "yelled", "her brother was unarmed", "assert")]),
    ("He shouted at the officer.", []),  # twin: no content
    # verbs that name what someone is or is like: the object is what was said
    (
        "The senator branded the bill a giveaway.",
        [("The senator", "branded", "the bill a giveaway", "assert")],
    ),
    ("He likened the rules to a tax on farmers.", [("He", "likened", "the rules to a tax on farmers", "assert")]),
    ("Stores sold products labeled organic at a premium.", []),  # twin: a label on goods, no speaker
    # nouns of saying owned by a possessive
    (
        "The court's ruling that the ban is void angered farmers.",
        [("The court's", "ruling", "the ban is void angered farmers", "assert")],
    ),
    (
        "Ruiz's conclusion that the dam is safe was disputed.",
        [("Ruiz's", "conclusion", "the dam is safe was disputed", "assert")],
    ),
    ("The report's conclusion that the dam is safe was disputed.", []),  # twin: a document owns it, no speaker
]


SOURCES = [
    # a party and state label with its abbreviation period, between the name and the verb
    (
        '"The veto will fail," Senate leader Tom Harlan, R-Ky., said Tuesday.',
        [("Senate leader Tom Harlan", "said", '"The veto will fail,"', "assert")],
    ),
    (
        "Rep. Ana Ruiz (D-N.Y.), chair of the caucus, said members will help.",
        [("Rep. Ana Ruiz", "said", "members will help", "assert")],
    ),
    # an age and a home town with its state abbreviation
    (
        "Dana Ortiz, 59, of Ashton, Md., said the event brought back memories.",
        [("Dana Ortiz", "said", "the event brought back memories", "assert")],
    ),
    (
        "Lee Park, of Dayton, Ohio, said he had served twice.",
        [("Lee Park", "said", "he had served twice", "assert")],
    ),
    ("Dana Ortiz, of Ashton. Md. said nothing.", []),  # twin: a sentence ends at the period, no aside
    # a hyphenated role, a body, people close to someone
    (
        "His ex-wife also contended that she should keep her privacy.",
        [("His ex-wife", "also contended", "she should keep her privacy", "assert")],
    ),
    (
        "The fund warned that the exit will raise questions.",
        [("The fund", "warned", "the exit will raise questions", "assert")],
    ),
    ("Those close to him say that he will run.", [("Those close to him", "say", "he will run", "assert")]),
    ("The anti-tax warned that taxes rise.", []),  # twin: a hyphenated word whose last part names no person
]


CLAUSES = [
    # a clause without "that" after a weak verb: a noun phrase, then a finite auxiliary or modal
    (
        "An arbitration panel found the treaty was broken.",
        [("An arbitration panel", "found", "the treaty was broken", "assert")],
    ),
    (
        "The committee concluded the program had failed.",
        [("The committee", "concluded", "the program had failed", "assert")],
    ),
    ("The panel found the document in a drawer.", []),  # twin: an object and a place, no clause
    # a document "by" someone: the document is the source, not its author
    (
        "A 2014 study by a law professor found 31 cases of fraud.",
        [("A 2014 study by a law professor", "found", "31 cases of fraud", "assert")],
    ),
    # a participle or a prepositional phrase as an aside between subject and verb
    (
        "The president, opening the museum on Saturday, said it would tell a story.",
        [("The president", "said", "it would tell a story", "assert")],
    ),
    (
        'The senator, at a later news conference, said, "I have been briefed."',
        [("The senator", "said", '"I have been briefed."', "assert")],
    ),
    # twin: a speech participle in that aside reports nothing of its own
    (
        "The mayor, speaking to reporters, said the bridge was safe.",
        [("The mayor", "said", "the bridge was safe", "assert")],
    ),
    # "continues to" and "went on to" before the verb belong to the cue
    (
        "The nominee continues to insist that the audit is real.",
        [("The nominee", "continues to insist", "the audit is real", "assert")],
    ),
    (
        "Ruiz went on to say that the war was lost.",
        [("Ruiz", "went on to say", "the war was lost", "assert")],
    ),
    ("He continued to work at the plant.", []),  # twin: "continued to" before a verb that reports nothing
    # "appeared to" and "seemed to" hedge the verb after them
    (
        "The minister appeared to blame junior staff for the leak.",
        [("The minister", "appeared to blame", "junior staff for the leak", "hedge")],
    ),
    ("The storm appeared to weaken overnight.", []),  # twin: before a verb that reports nothing
    # a campaign ad or a film says what its makers say
    (
        "The ad also mentions a pardon the governor granted.",
        [("The ad", "also mentions", "a pardon the governor granted", "assert")],
    ),
    # promises and threats with a to-infinitive
    ("The council vowed to appeal the ruling.", [("The council", "vowed", "appeal the ruling", "assert")]),
    ("Ruiz pledged to push for an amendment.", [("Ruiz", "pledged", "push for an amendment", "assert")]),
    ("The rebels threatened to storm the city.", [("The rebels", "threatened", "storm the city", "assert")]),
    ("The pledge to the flag was read.", []),  # twin: a noun, no speaker
]


@pytest.mark.parametrize("text, expected", LEXICON + SOURCES + CLAUSES)
def test_recall(text, expected):
    assert found(text) == expected
