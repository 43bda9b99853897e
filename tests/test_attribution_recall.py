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
        "The fund warned that the merger would cut payouts.",
        [("The fund", "warned", "the merger would cut payouts", "assert")],
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
        "The governor, opening the new bridge on Monday, said it would ease traffic.",
        [("The governor", "said", "it would ease traffic", "assert")],
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


SUBJECTS = [
    # a pronoun with a contracted auxiliary is the subject ("He’s" is "he has")
    ("He’s claimed that the count was rigged.", [("He", "’s claimed", "the count was rigged", "assert")]),
    ("She's been saying the plan will fail.", [("She", "'s been saying", "the plan will fail", "assert")]),
    ("They've argued the levy is unfair.", [("They", "'ve argued", "the levy is unfair", "assert")]),
    ("It's reported that the dam failed.", []),  # twin: "it’s" is "it is", an impersonal passive
    ("They're told the vote was delayed.", []),  # twin: "they’re" is "they are", a passive with no agent
    # a negated progressive still reports (an editor marks what someone declines to say)
    (
        "The prosecutor isn't saying whether charges will follow.",
        [("The prosecutor", "isn't saying", "whether charges will follow", "assert")],
    ),
    # a year after a preposition between a relative pronoun and its verb
    (
        "They met Ortiz, who in 2010 said the mill would close.",
        [("who", "said", "the mill would close", "assert")],
    ),
    ("Prices in 2010 said little.", []),  # twin: no source before the year
    # a sentence that opens with the verb: only before a quotation or a colon
    ('Said the mayor: "We will not leave."', [("the mayor", "Said", '"We will not leave."', "assert")]),
    ("Said to be the richest man in town, Ruiz left.", []),  # twin: a participle opener, no quotation
    # a verb coordinated with another takes its subject, not the object of the first
    (
        "The senator called for an audit of the agency and warned against new hires.",
        [
            ("The senator", "called for", "an audit of the agency", "assert"),
            ("The senator", "warned", "new hires", "assert"),
        ],
    ),
    (
        "The authors read the filings of the firms and found that most paid no tax.",
        [("The authors", "found", "most paid no tax", "assert")],
    ),
    # a word in -ly after a possessive is a noun, not an adverb of the cue
    (
        "The victim's family has called for calm in the city.",
        [("The victim's family", "has called for", "calm in the city", "assert")],
    ),
    # a floating quantifier between the subject and the verb
    ("They all suggested that the vote was rigged.", [("They", "suggested", "the vote was rigged", "assert")]),
    # a comma, then an adverb, then a speech participle: the subject of the main clause
    (
        "The senator complained about the count, even suggesting the vote was rigged.",
        [
            ("The senator", "complained", "the count", "assert"),
            ("The senator", "even suggesting", "the vote was rigged", "assert"),
        ],
    ),
    # a speech participle before a preposition is a circumstance, whatever follows the preposition
    (
        "The mayor, speaking to the council, said the bridge was safe.",
        [("The mayor", "said", "the bridge was safe", "assert")],
    ),
    # a typewriter dash "--" sets off an aside as an em dash does
    (
        "Ana Ruiz, the chair of the board -- the body that runs the port -- said the fees would rise.",
        [("Ana Ruiz", "said", "the fees would rise", "assert")],
    ),
    # a clause between commas before an inverted cue is content, not an aside of the source
    (
        "Rates will rise, but for some, the losses will be small, said Ortiz.",
        [("Ortiz", "said", "Rates will rise, but for some, the losses will be small", "assert")],
    ),
    # twin: an appositive with a relative clause stays an aside
    (
        "Ana Ruiz, a former minister who is a critic of the plan, suggests that it will fail.",
        [("Ana Ruiz", "suggests", "it will fail", "assert")],
    ),
    # a role noun in an appositive between the name and the verb
    (
        "Dana Cole, senior associate at the institute, said parents want local schools.",
        [("Dana Cole", "said", "parents want local schools", "assert")],
    ),
]


OBJECTS = [
    # an object pronoun before what is said of it, a possessive before a noun
    ("Ruiz blasted him for skipping the vote.", [("Ruiz", "blasted", "him for skipping the vote", "assert")]),
    ("Several mayors echoed her concerns.", [("Several mayors", "echoed", "her concerns", "assert")]),
    ("Ruiz blasted it.", []),  # twin: a bare pronoun says nothing
    # "it" and a finite verb open a clause, not an object
    ("She acknowledged it was too late.", [("She", "acknowledged", "it was too late", "confirm")]),
    ("She acknowledged it.", []),  # twin: "it" alone is an object
    # a document with an indirect question
    (
        "The ad questioned whether the senator was ready.",
        [("The ad", "questioned", "whether the senator was ready", "assert")],
    ),
]


OPENERS = [
    # a speech participle that opens the sentence: the main clause's subject says it
    (
        "Insisting that the vote was fair, the minister refused to resign.",
        [("the minister", "Insisting", "the vote was fair", "assert")],
    ),
    ("Citing a new poll, Ruiz left the race.", [("Ruiz", "Citing", "a new poll", "assert")]),
    ("Hoping to win, the mayor campaigned hard.", []),  # twin: a wish, not a report
    ("Adding insult to injury, the storm hit the coast.", []),  # twin: an idiom, and no person after it
    # an introductory clause before the source is not what the cue reports
    (
        "As the vote neared, the senator blasted the plan as a giveaway.",
        [("the senator", "blasted", "the plan as a giveaway", "assert")],
    ),
    ("If elected, I will cut taxes, he said.", [("he", "said", "If elected, I will cut taxes", "assert")]),
    # twin: a gerund subject with its verb is a clause, and the content
    (
        "Rising prices will hurt farmers, the minister said.",
        [("the minister", "said", "Rising prices will hurt farmers", "assert")],
    ),
    # "accused X of Y": what X is accused of
    ("Ruiz accused the board of hiding the losses.", [("Ruiz", "accused", "of hiding the losses", "assert")]),
]


BELIEFS = [
    # a belief whose object is the noun before its subject says nothing of its own
    ("The loopholes she might seek to close are many.", []),
    ("It was what many expect to be a quiet meeting.", []),
    ("They feel that way about the plan.", []),  # "that way": a determiner, no clause
    ("The council plans to appeal the ruling.", [("The council", "plans", "appeal the ruling", "belief")]),  # twin
]


MORE_VERBS = [
    # documents that refer to something, and what a letter or sign says word for word
    ("The ad then references a vote she cast.", [("The ad", "then references", "a vote she cast", "assert")]),
    ('"Stay calm," the letter reads.', [("the letter", "reads", '"Stay calm,"', "assert")]),
    ("The students read the report.", []),  # twin: reading is no report without a quotation
    ("Most people just read the headline and shared it.", []),  # twin: an anonymous reader is no source either
    # an object pronoun before a colon or a quotation: the quotation is the content
    ('The senator scolded him: "You misled us."', [("The senator", "scolded", '"You misled us."', "assert")]),
    # a person as object before a that-clause
    (
        "Ruiz warned voters that the fund was empty.",
        [("Ruiz", "warned", "the fund was empty", "assert")],
    ),
    ("Ruiz warned the plan that was unveiled.", []),  # twin: a relative clause after a thing
    # a time word between "called" and its preposition
    ("The mayor called Friday for an inquiry.", [("The mayor", "called Friday for", "an inquiry", "assert")]),
    # "by saying" with a clause: the main clause's subject says it
    (
        "Ruiz opened by saying she would veto the bill.",
        [("Ruiz", "saying", "she would veto the bill", "assert")],
    ),
    ("He was fined for saying the judge was biased.", []),  # twin: another preposition, no report
]


CONTENT = [
    # a past verb joined by "and" inside the clause a present-tense verb reports belongs to that clause
    (
        "Police say the driver ignored the signal and refused to stop.",
        [("Police", "say", "the driver ignored the signal and refused to stop", "assert")],
    ),
    # twin: an auxiliary on the first verb is shared by the second, which reports on its own
    (
        "The mayor has said the bridge is safe and warned that repairs would take years.",
        [
            ("The mayor", "has said", "the bridge is safe", "assert"),
            ("The mayor", "warned", "repairs would take years", "assert"),
        ],
    ),
    # twin: a comma before "but" closes the reported clause
    (
        "Marchers said they want answers, but pledged to stay calm.",
        [
            ("Marchers", "said", "they want answers", "assert"),
            ("Marchers", "pledged", "stay calm", "assert"),
        ],
    ),
]


PHRASES = [
    # a role after the base form of a cue verb used as a noun ("press secretary")
    (
        "“The talks went well,” press secretary Lena Hart said at a briefing Monday.",
        [("press secretary Lena Hart", "said", "“The talks went well,”", "assert")],
    ),
    # twin: before a noun that is no role, "press" stays out of the source
    ("Ruiz said press coverage was unfair.", [("Ruiz", "said", "press coverage was unfair", "assert")]),
    # experts on a subject: the experts are the source, whatever the subject
    (
        "Experts on the Arctic and polar shipping said the ice could return.",
        [("Experts on the Arctic and polar shipping", "said", "the ice could return", "assert")],
    ),
    ("Analysts on Tuesday said the deal failed.", [("Analysts", "said", "the deal failed", "hedge")]),  # twin: a time
    # the object of an introductory phrase is no appositive owner of the subject
    (
        "At a rally in Ashton, the mayor also said that the bridge would reopen.",
        [("the mayor", "also said", "the bridge would reopen", "assert")],
    ),
    # an adverb before a time adverbial between the subject and the verb
    (
        "The bank just this month announced it would end the fees.",
        [("The bank", "announced", "it would end the fees", "assert")],
    ),
]


CUE_ASIDES = [
    # an aside between the cue and its that-clause
    (
        "Several economists cautioned, as did the bank itself, that rates might rise.",
        [("Several economists", "cautioned", "rates might rise", "assert")],
    ),
    ("Ruiz said, however, that the plan failed.", [("Ruiz", "said", "the plan failed", "assert")]),
    (
        "The mayor continues to insist, most recently in an interview, that the bridge is safe.",
        [("The mayor", "continues to insist", "the bridge is safe", "assert")],
    ),
    # a place with its state after an adverbial
    (
        "Ruiz said at a rally in Dayton, Ohio, that the plant would stay open.",
        [("Ruiz", "said", "the plant would stay open", "assert")],
    ),
    ("Ruiz spoke at a rally in Dayton, Ohio, with her aides.", []),  # twin: no clause after the place
    # "says of X" before a quotation or a that-clause
    (
        "The governor says of her rival, “She has no plan.”",
        [("The governor", "says", "“She has no plan.”", "assert")],
    ),
    ("Ruiz said of the plan that it would fail.", [("Ruiz", "said", "it would fail", "assert")]),
    ("The group reports of arrests in the city.", []),  # twin: a noun of saying before "of"
]


PARTICIPLES = [
    # a participle after a quotation that closes after its comma
    (
        'Ruiz said: "The plant was a success," adding that its sales doubled.',
        [
            ("Ruiz", "said", '"The plant was a success,"', "assert"),
            ("Ruiz", "adding", "its sales doubled", "assert"),
        ],
    ),
    # "going on to say" after a comma
    (
        '"It is wrong," Ruiz said, going on to say that the vote was rigged.',
        [
            ("Ruiz", "said", '"It is wrong,"', "assert"),
            ("Ruiz", "going on to say", "the vote was rigged", "assert"),
        ],
    ),
    # a preposition and a speech participle open the sentence: the main clause's subject says it
    (
        "After saying her knee was injured, she withdrew from the race.",
        [("she", "saying", "her knee was injured", "assert")],
    ),
    (
        "While insisting that the vote was fair, the minister resigned.",
        [("the minister", "insisting", "the vote was fair", "assert")],
    ),
    ("After saying goodbye, she left.", []),  # twin: no clause, no report
    ("While speaking to reporters, the minister smiled.", []),  # twin: speaking reports nothing by itself
    # "by saying" with a clause led by a possessive
    (
        "The senator answered the critics by saying his vote was a mistake.",
        [("The senator", "saying", "his vote was a mistake", "assert")],
    ),
]


RELATIVES = [
    # a relative clause between dashes or commas: its content ends where the clause closes
    (
        "Ana Ruiz — who has called for a wealth tax — criticized the plan.",
        [("who", "has called for", "a wealth tax", "assert"), ("Ana Ruiz", "criticized", "the plan", "assert")],
    ),
    (
        "Ana Ruiz, who has called for a wealth tax, criticized the plan.",
        [("who", "has called for", "a wealth tax", "assert"), ("Ana Ruiz", "criticized", "the plan", "assert")],
    ),
    # twin: a relative clause nested in the content does not close it
    (
        "Ruiz, who said the levy, which passed, was unfair, is running.",
        [("who", "said", "the levy, which passed, was unfair", "assert")],
    ),
    # a quantifier and "of whom" are the source
    (
        "The farmers, many of whom say the levy is unfair, met on Monday.",
        [("many of whom", "say", "the levy is unfair", "assert")],
    ),
    ("The farmers, most of whom live nearby, met on Monday.", []),  # twin: no cue in the clause
    # a verb coordinated inside a relative or subordinate clause takes that clause's subject
    (
        "The video angered residents, who have marched for days and called for its release.",
        [("who", "called for", "its release", "assert")],
    ),
    (
        "The governor described Ruiz as a disgrace after she visited the plant and blamed the owners for the spill.",
        [
            ("The governor", "described", "Ruiz as a disgrace", "assert"),
            ("she", "blamed", "the owners for the spill", "assert"),
        ],
    ),
    # twin: an object content keeps the clause of a to-infinitive inside it
    (
        "He suggested a way for parents to save money before their children turn 18.",
        [("He", "suggested", "a way for parents to save money before their children turn 18", "assert")],
    ),
]


CLAUSES_MORE = [
    # a prepositional aside of comparison between the subject and the verb
    (
        "The senator, like the governor, has urged farmers to sell early.",
        [("The senator", "has urged", "sell early", "assert")],
    ),
    # a verb with its own that-clause after "but" is a report of its own, not part of the present-tense clause
    (
        "Her aides say it is too early to decide but noted that she won twice.",
        [
            ("Her aides", "say", "it is too early to decide", "assert"),
            ("Her aides", "noted", "she won twice", "assert"),
        ],
    ),
    # a participle opener is no subject of the coordinated participle
    (
        "Chastened by the polls, as well as the costs, the mayor changed the plan, promising to cut fees.",
        [("the mayor", "promising", "cut fees", "assert")],
    ),
    (
        "Facing criticism, the mayor changed course, saying the plan was flawed.",
        [("the mayor", "saying", "the plan was flawed", "assert")],
    ),
]


MORE_SHAPES = [
    # a parenthetical cue between a subject and its verb: the content takes both sides
    (
        "The bridge, the mayor said, would reopen in May.",
        [("the mayor", "said", "The bridge, the mayor said, would reopen in May", "assert")],
    ),
    ("In 2010, the mayor said, the bridge closed.", [("the mayor", "said", "the bridge closed", "assert")]),  # twin
    # a relative clause without "who" between the subject and its verb
    (
        "All the farmers I interviewed said the levy was unfair.",
        [("the farmers I interviewed", "said", "the levy was unfair", "assert")],
    ),
    (
        "The officials we spoke to said the dam was safe.",
        [("The officials we spoke to", "said", "the dam was safe", "hedge")],
    ),
    # twin: "to" before the base form is an infinitive, no report of its own
    ("He wants to say more.", [("He", "wants", "say more", "belief")]),
    # a relative clause with an irregular verb is no subject
    (
        "One of the doctors who sent the letter called the cure a fraud.",
        [("One of the doctors", "called", "the cure a fraud", "assert")],
    ),
    # "as X put it"
    (
        "The levy is a tax on farming, as one economist put it.",
        [("one economist", "put it", "The levy is a tax on farming", "assert")],
    ),
    ("As the report puts it, the dam is unsafe.", [("the report", "puts it", "the dam is unsafe", "assert")]),
    ("As prices rose, the board put it to a vote.", []),  # twin: "put it" after a clause, not a source
]


PASSIVES = [
    # a passive naming verb with the name before its agent
    (
        "The senator has been called a liar by her rivals.",
        [("her rivals", "has been called", "The senator has been called a liar", "assert")],
    ),
    ("The senator was called to testify by noon.", []),  # twin: no agent after "by"
    # an agent that is a quantity of people
    (
        "His views were echoed by a number of economists.",
        [("a number of economists", "were echoed", "His views", "assert")],
    ),
]


CIRCUMSTANCES = [
    # a subordinate clause of the writer's right after the cue is not what was said
    (
        "“Europe must defend itself,” the president said Friday as he entered the talks.",
        [("the president", "said", "“Europe must defend itself,”", "assert")],
    ),
    ("The vote failed, Ruiz said as she left.", [("Ruiz", "said", "The vote failed", "assert")]),
    # twins: a time phrase before the content, a question, a complement
    (
        "Ruiz said after the vote she would resign.",
        [("Ruiz", "said", "after the vote she would resign", "assert")],
    ),
    (
        "Lawmakers have not said when they would vote.",
        [("Lawmakers", "have not said", "when they would vote", "assert")],
    ),
    (
        "Everyone I asked criticized as needlessly complicated the new levy.",
        [("Everyone I asked", "criticized", "as needlessly complicated the new levy", "assert")],
    ),
    # a participle after a noun ends the phrase read after a cue
    (
        "An analysis of the filings, released Monday, shows small donors outpacing large ones.",
        [("An analysis of the filings", "shows", "small donors outpacing large ones", "assert")],
    ),
]


LAST = [
    # a local government speaks as one body
    (
        "The city of Ashton is demanding that the company stop the work.",
        [("The city of Ashton", "is demanding", "the company stop the work", "assert")],
    ),
    ("The county said the road would reopen.", [("The county", "said", "the road would reopen", "assert")]),
    # a speech participle after "can be heard": the subject of the perception verb says it
    (
        "The driver can be heard yelling to the officers that he was unarmed.",
        [("The driver", "yelling", "he was unarmed", "assert")],
    ),
    ("The driver can be heard on the tape.", []),  # twin: no participle, no report
    # a relative clause after an adverbial is no that-clause
    ("The mayor spoke in a cottage that overlooked the bay.", []),
    ("The mayor told reporters after the meeting that prices rose.", [("The mayor", "told", "prices rose", "assert")]),
    # a superlative before a cue word makes it a noun
    (
        "This shows the greatest fear I have seen, the mayor said.",
        [("the mayor", "said", "This shows the greatest fear I have seen", "assert")],
    ),
]


LABELS = [
    ("The Latest: Storm hits the coast.", []),  # a series title before a colon is no speaker
]


@pytest.mark.parametrize(
    "text, expected",
    LEXICON
    + SOURCES
    + CLAUSES
    + SUBJECTS
    + OBJECTS
    + OPENERS
    + BELIEFS
    + MORE_VERBS
    + CONTENT
    + PHRASES
    + CUE_ASIDES
    + PARTICIPLES
    + RELATIVES
    + CLAUSES_MORE
    + MORE_SHAPES
    + PASSIVES
    + CIRCUMSTANCES
    + LAST
    + LABELS,
)
def test_recall(text, expected):
    assert found(text) == expected
