"""Statement recall: reporting verbs, their sources and their content, each row with a negative twin.

Every row is an invented sentence or passage in a shape news prose uses; the twin after it is
the nearest shape that attributes nothing (or something else), so a rule that is too loose
fails as surely as one that is missing.
"""

from __future__ import annotations

import pytest
from test_attribution_recall import found  # (source, cue, content, stance) of each attribution

HEADLINES = [
    # a title-case headline names its speaker bare, with no article
    (
        "Mayor Says Bridge Will Reopen In May",
        [("Mayor", "Says", "Bridge Will Reopen In May", "assert")],
    ),
    (
        "Former Navy Doctor Says Senator Hid Past Illness.",
        [("Former Navy Doctor", "Says", "Senator Hid Past Illness", "assert")],
    ),
    # the speaker after the content and its comma
    (
        "Senator Hid Past Illness, Former Navy Doctor Says.",
        [("Former Navy Doctor", "Says", "Senator Hid Past Illness", "assert")],
    ),
    # twin: a capitalised verb after a word that names no speaker is part of a name
    ("The Free State Claims Victory In Final", []),
    # the base form after a plural speaker
    (
        "Residents Say Water Is Dirty",
        [("Residents", "Say", "Water Is Dirty", "assert")],
    ),
    ("Ohio State Claim Title", []),  # twin: the base form after a singular is a noun's
    # a document or data noun, bare, after the content
    (
        "Guns Kill More People Than Cars, Study Shows",
        [("Study", "Shows", "Guns Kill More People Than Cars", "assert")],
    ),
    # twin: a capitalised verb form after a word that names no speaker is a noun
    ("Art Shows Return To Main Street", []),
]


SUBJECTS = [
    # a relative clause set off by commas that reports nothing: the main clause's verb after it
    # is no content of the clause's verb
    (
        "A senior official, who spoke on condition of anonymity, said the talks had stalled.",
        [("A senior official", "said", "the talks had stalled", "assert")],
    ),
    (
        "Two aides, who spoke anonymously, said the plan was dropped.",
        [("Two aides", "said", "the plan was dropped", "assert")],
    ),
    # twin: a relative clause that does report something keeps it, cut where the clause closes
    (
        "Ruiz, who said the vote was rigged, lambasted the board.",
        [("who", "said", "the vote was rigged", "assert"), ("Ruiz", "lambasted", "the board", "assert")],
    ),
    # a participle phrase after the subject, before the verb
    (
        "Voters living near the plant said the water was dirty.",
        [("Voters living near the plant", "said", "the water was dirty", "assert")],
    ),
    (
        'Protesters marching through the streets chanted "No curfew!"',
        [("Protesters marching through the streets", "chanted", '"No curfew!"', "assert")],
    ),
    # a relative clause without commas
    (
        "Residents who live near the plant say the water is dirty.",
        [("Residents who live near the plant", "say", "the water is dirty", "assert")],
    ),
    # a past participle with its agent: the document, not the agent, is the source
    (
        "Research conducted by the institute found the agency rated one party higher.",
        [("Research conducted by the institute", "found", "the agency rated one party higher", "assert")],
    ),
    (
        "The host has no critics, since other emails combed through by reporters suggest that he put sales first.",
        [("other emails combed through by reporters", "suggest", "he put sales first", "assert")],
    ),
    # twin: a past participle with its agent inside an adverbial, no reporting verb
    ("The board met at the hotel owned by the mayor's family.", []),
    # twin: a participle phrase after a subject that names no speaker
    ("Trucks carrying the grain said nothing.", []),
    # a prepositional phrase of place after the subject is part of it
    (
        "Residents in the area said the water was dirty.",
        [("Residents in the area", "said", "the water was dirty", "assert")],
    ),
    # a prepositional phrase of where it was said is an adverbial: the source is the subject alone
    ("Ruiz in an interview said that the plan had failed.", [("Ruiz", "said", "the plan had failed", "assert")]),
    (
        "The company in its filing acknowledged that sales fell.",
        [("The company", "acknowledged", "sales fell", "confirm")],
    ),
    # twin: a verb inside the phrase after the subject ends it ("met with … to discuss")
    ("The panel on the committee met with the mayor to discuss document requests.", []),
    # a long relative clause set off by commas between the subject and the verb
    (
        "Dr. Ana Ruiz, who as a navy captain was the chief physician of the fleet in the years of the"
        " war and later retired from the service as an admiral, said that the mayor hid the report.",
        [("Dr. Ana Ruiz", "said", "the mayor hid the report", "assert")],
    ),
    # twin: an aside as long that is no relative clause keeps the verb from the name before it
    (
        "Dr. Ana Ruiz, as a navy captain the chief physician of the fleet in the years of the war"
        " and later an admiral of the reserve and a member of the board, said that the mayor hid it.",
        [],
    ),
    # a party label, then an aside, before the verb
    (
        "Sen. Ana Ruiz (D), the governor's rival in the election, called Friday for releasing the videos.",
        [("Sen. Ana Ruiz", "called Friday for", "releasing the videos", "assert")],
    ),
    # an indefinite pronoun as the subject
    (
        "To varying degrees, all agreed that the plan would raise taxes.",
        [("all", "agreed", "the plan would raise taxes", "assert")],
    ),
    ("Then someone asked how the mayor could win.", [("someone", "asked", "the mayor could win", "assert")]),
    ("It was all said and done by noon.", []),  # twin: "all" in an idiom, no subject
    # a Greek plural of a document noun
    (
        "Independent analyses agree the plan would help the rich most.",
        [("Independent analyses", "agree", "the plan would help the rich most", "assert")],
    ),
    # a campaign's surrogates speak for it
    ("His surrogates called him a genius.", [("His surrogates", "called", "him a genius", "assert")]),
]


PARTICIPLES = [
    # an indefinite subject of its own before a speech participle (an absolute construction)
    (
        "The two vied for the title, each saying the other lacked the judgment to lead.",
        [("each", "saying", "the other lacked the judgment to lead", "assert")],
    ),
    # twin: a participle after a comma with no subject of its own is the main clause's
    (
        "The mayor said the plan would fail, arguing that costs were too high.",
        [
            ("The mayor", "said", "the plan would fail", "assert"),
            ("The mayor", "arguing", "costs were too high", "assert"),
        ],
    ),
    # "with" gives a speech participle its subject
    (
        "The report drew fire, with the mayor saying that the numbers were wrong.",
        [("the mayor", "saying", "the numbers were wrong", "assert")],
    ),
    ("He left the hall with the crowd saying nothing.", []),  # twin: no clause after the participle
    # a participle after a publishing act that reports nothing is still the main clause's
    (
        "Ruiz called for releasing the videos, saying that openness builds trust.",
        [
            ("Ruiz", "called for", "releasing the videos", "assert"),
            ("Ruiz", "saying", "openness builds trust", "assert"),
        ],
    ),
    # a quoted word inside the participle's clause does not join the quotation before the cue
    (
        '"We need change," Ruiz said, arguing that he will bring a "common-sense" approach.',
        [
            ("Ruiz", "said", '"We need change,"', "assert"),
            ("Ruiz", "arguing", 'he will bring a "common-sense" approach', "assert"),
        ],
    ),
    # twin: a quotation that resumes after the participle's comma is the same quotation
    (
        "“It is over,” Ruiz said, referring to the bill, “and we lost.”",
        [
            ("Ruiz", "said", "“It is over,” Ruiz said, referring to the bill, “and we lost.”", "assert"),
            ("Ruiz", "referring", "“and we lost.”", "assert"),
        ],
    ),
    # the participle is the main clause's, not that of a cue nested in its content
    (
        "Ruiz said she did not believe the figures, arguing that the count was rushed.",
        [
            ("Ruiz", "said", "she did not believe the figures", "assert"),
            ("Ruiz", "arguing", "the count was rushed", "assert"),
        ],
    ),
]


OBJECTS = [
    # a verb of warning with a person or body object and a to-infinitive
    (
        "The agency warned states to boost their election security.",
        [("The agency", "warned", "states to boost their election security", "assert")],
    ),
    ("The mayor warned the plan to lawmakers.", []),  # twin: no person object, no infinitive
    # a name in apposition to the object, before what the verb goes on with
    (
        'The ministry accused the rival leader, Ana Ruiz, of "reckless" moves.',
        [("The ministry", "accused", 'of "reckless" moves', "assert")],
    ),
]


CALLED = [
    # "called" with an object and an adjective: what the object was called
    (
        "The senator called the charges baseless.",
        [("The senator", "called", "the charges baseless", "assert")],
    ),
    (
        "The campaign called the claims unsubstantiated and fabricated.",
        [("The campaign", "called", "the claims unsubstantiated and fabricated", "assert")],
    ),
    ("The mayor called the police immediately.", []),  # twin: an adverb after the object
    ("The governor called the legislature back into session.", []),  # twin: a particle, no quality
]


DOCUMENTS = [
    # a document that reads, after its quotation, in the verb's base form
    (
        "“Leaders honored him yesterday,” the article read.",
        [("the article", "read", "“Leaders honored him yesterday,”", "assert")],
    ),
    ("“Leaders honored him yesterday,” a Donald Trump tweet.", []),  # twin: a noun, not a verb
]


SIGNED = [
    # reader quotations, one a line, each signed with a dash: each covers its whole quotation
    (
        "“The debate was a mess. He never answered.” ― Ana Ruiz\n“I am afraid. We deserve better.” ― Tom Ames",
        [
            ("Ana Ruiz", "―", "“The debate was a mess. He never answered.”", "assert"),
            ("Tom Ames", "―", "“I am afraid. We deserve better.”", "assert"),
        ],
    ),
    # a paragraph's quotation opened with a closing mark typed by mistake
    (
        "Readers wrote in.\n\n”Fear. I am truly afraid.” ― Ana Ruiz",
        [("Ana Ruiz", "―", "”Fear. I am truly afraid.”", "assert")],
    ),
    # twin: a dash after a quotation with no name is no signature
    ("“The debate was a mess.” ― and then it ended.", []),
]


APPOSITIONS = [
    # a role the lexicon does not know, in apposition to a name between commas: the name speaks
    (
        "The mayor's running mate, Ana Ruiz, said the bridge would reopen.",
        [("Ana Ruiz", "said", "the bridge would reopen", "assert")],
    ),
    # a known role keeps the whole phrase
    (
        "The mayor's chief of staff, Ana Ruiz, said the bridge would reopen.",
        [("The mayor's chief of staff, Ana Ruiz", "said", "the bridge would reopen", "assert")],
    ),
    # twin: an introductory phrase and its comma, no apposition
    ("In Ashton, Ruiz said the bridge would reopen.", [("Ruiz", "said", "the bridge would reopen", "assert")]),
    # "Del." before a name is a title (a delegate): no sentence ends after it
    (
        "State Del. Ana Ruiz said the bridge would reopen.",
        [("Del. Ana Ruiz", "said", "the bridge would reopen", "assert")],
    ),
    # twin: after a town and its comma "Del." is a state, and the sentence may end there
    (
        "Ana Ruiz lives in Dover, Del. She said the bridge would reopen.",
        [("She", "said", "the bridge would reopen", "assert")],
    ),
]


BELIEF_OBJECTS = [
    # a belief verb with a person or body as object, then a to-infinitive
    (
        "Voters expect the mayor to win a second term.",
        [("Voters", "expect", "the mayor to win a second term", "belief")],
    ),
    # twin: a bare object is no belief content
    ("Voters expect a close race.", []),
]


AS_REPORTS = [
    # "as X said": the clause beside it is what was said
    (
        "The bridge will reopen in May, as the mayor has said.",
        [("the mayor", "said", "The bridge will reopen in May", "assert")],
    ),
    (
        "The bridge will reopen in May, as the mayor said on Tuesday.",
        [("the mayor", "said", "The bridge will reopen in May", "assert")],
    ),
    ("As the report noted, the bridge is old.", [("the report", "noted", "the bridge is old", "assert")]),
    # twin: "as they say" is an idiom that names nobody
    ("The bridge is old but, as they say, old bridges last.", []),
    # twins: "as soon as", "as old as" are a time and a comparison
    ("The bridge reopened as soon as the mayor said so.", []),
    ("The bridge is as old as the mayor said.", []),
]


ACCORDING = [
    # the object of "according to" runs to its comma over words the phrase reader does not take
    (
        "According to longtime talk radio host Ana Ruiz, the bridge is unsafe.",
        [("longtime talk radio host Ana Ruiz", "According to", "the bridge is unsafe", "assert")],
    ),
    (
        "According to a new study by the institute, the bridge is unsafe.",
        [("a new study by the institute", "According to", "the bridge is unsafe", "assert")],
    ),
    # an apposition or relative clause on the source after its comma is not content
    (
        "The bridge is unsafe, according to Ana Ruiz, a former city engineer.",
        [("Ana Ruiz", "according to", "The bridge is unsafe", "assert")],
    ),
    (
        "The bridge is unsafe, according to Ana Ruiz, who inspected it in May.",
        [("Ana Ruiz", "according to", "The bridge is unsafe", "assert")],
    ),
    # twin: the rest of the content the cue interrupts is content
    (
        "The bridge, according to engineers, could fail within a week.",
        [("engineers", "according to", "The bridge, according to engineers, could fail within a week", "assert")],
    ),
]


PREPOSITION_PARTICIPLES = [
    # a speech participle after "before", "after", "while": the main clause's subject speaks
    (
        'The mayor stood up before asking her, "Who approved this?"',
        [("The mayor", "asking", '"Who approved this?"', "assert")],
    ),
    (
        "The mayor left the room after saying that the vote was rigged.",
        [("The mayor", "saying", "the vote was rigged", "assert")],
    ),
    (
        'Protesters marched through the city while chanting, "No justice, no peace."',
        [("Protesters", "chanting", '"No justice, no peace."', "assert")],
    ),
    # twins: "for saying" makes it the reason, "without saying" says it was not said
    ("The mayor was fired for saying that the vote was rigged.", []),
    ("The mayor resigned without saying that the vote was rigged.", []),
    # twin: no clause or quotation after the participle
    ("The mayor stood up before asking her for the floor.", []),
    # an occasion of speech before the participle: its speaker is the main clause's
    (
        "The mayor spoke at a news conference announcing that the bridge would reopen.",
        [("The mayor", "announcing", "the bridge would reopen", "assert")],
    ),
    # twin: no that-clause
    ("The mayor spoke at a news conference announcing the reopening.", []),
]


RULINGS_AND_HEADLINES = [
    # a court rules against something: the ruling is reported
    (
        "A federal court ruled Friday against the state's voting law.",
        [("A federal court", "ruled", "the state's voting law", "assert")],
    ),
    # twin: "ruled out" reports nothing
    ("The court ruled out a retrial.", []),
    # a headline capitalises the verb of a to-infinitive
    ("Ruiz Vows To Rebuild The Bridge", [("Ruiz", "Vows", "Rebuild The Bridge", "assert")]),
    # twin: in running text a capitalised word after "to" is a name, not a verb
    ("Ruiz vowed to Rebuild Ashton.", []),
    # research named by what was done to it is still the document
    (
        "Research conducted by the institute found the bridge had been neglected for years.",
        [("Research conducted by the institute", "found", "the bridge had been neglected for years", "assert")],
    ),
]


INTRODUCTORY_CLAUSES = [
    # a cue inside a subordinate clause that opens the sentence reports up to the clause's comma
    (
        "While Ruiz has said the plan is flawed, she voted for it.",
        [("Ruiz", "has said", "the plan is flawed", "assert")],
    ),
    (
        "Although the mayor insisted that the bridge, which is old, was safe, engineers closed it.",
        [("the mayor", "insisted", "the bridge, which is old, was safe", "assert")],
    ),
    # twin: a subordinate clause inside the content is part of what was said
    (
        "Ruiz said that when the plan failed, the council laughed.",
        [("Ruiz", "said", "when the plan failed, the council laughed", "assert")],
    ),
]


@pytest.mark.parametrize(
    "text, expected",
    HEADLINES
    + SUBJECTS
    + PARTICIPLES
    + OBJECTS
    + CALLED
    + DOCUMENTS
    + SIGNED
    + APPOSITIONS
    + BELIEF_OBJECTS
    + AS_REPORTS
    + ACCORDING
    + PREPOSITION_PARTICIPLES
    + RULINGS_AND_HEADLINES
    + INTRODUCTORY_CLAUSES,
)
def test_statements(text, expected):
    assert found(text) == expected
