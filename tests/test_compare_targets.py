"""What a denial denies: targets of denial cues and flat negations, each row with its negative twin.

Rows are invented sentences in the shapes news prose takes.  A target is
``(kind, denied text)``; the twin of each row is a sentence of the same shape
that must deny nothing (or the other way round).
"""

from __future__ import annotations

import pytest

import provenance
from provenance.compare import prepare
from provenance.compare.attachment import attributive, in_relative_clause, relative_that
from provenance.compare.propositions import denial_targets
from provenance.features import features


def _targets(text: str, *, whole: bool = True) -> list[tuple[str, str]]:
    f = features(text)
    return [(t.kind, text[t.start : t.end]) for t in denial_targets(f, f.denials, whole=whole)]


def _relations(*headlines: str) -> list[tuple[str, str]]:
    """``(relation, kind)`` of the relations among one-headline articles."""
    docs = [
        provenance.extract(f"Article {n}\n\n{text}\n", path=f"headline-{n}.txt") for n, text in enumerate(headlines)
    ]
    return [(str(r.relation), str(r.kind)) for r in provenance.compare_documents(docs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negation in a relative clause says which thing is meant: "the app you don't use" denies nothing ...
        ("Orbitel may buy Chirp, that photo app you don't use.", []),
        # ... nor with "that" after a noun ...
        ("Orbitel will retire the chat app that most people don't open.", []),
        # ... nor with a relative pronoun
        ("A bishop who never existed claims he met the pope.", []),
        # twin: the same negation in the main clause is a flat denial
        ("Orbitel has not bought Chirp.", [("negation", "Orbitel has not bought Chirp")]),
        # twin: a negation after a relative clause that has ended is the main clause's
        (
            "The mural that everyone is sharing isn't by Vale.",
            [("negation", "The mural that everyone is sharing isn't by Vale")],
        ),
        # twin: "that" after a report noun opens what is reported, no relative clause
        (
            "The news that Vale has not been arrested",
            [("negation", "The news that Vale has not been arrested")],
        ),
    ],
)
def test_negation_in_a_relative_clause(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verdict adjective before a noun that is no story qualifies the noun: no verdict on the claim
        ("Fabricated evidence was presented at the Calder trial.", []),
        # ... nor is an impostor account a verdict on what it posted
        ("The fake account posted threats against the Calder mayor.", []),
        ("A fake Orbitel account reposted the cartoon.", []),
        # ... in a body sentence too
        ("Police said fabricated documents were used to open the accounts at the bank.", []),
        # twin: before a story noun it judges the story ("a fake report claiming ...")
        (
            "A fake report claiming the Calder mayor resigned spread online.",
            [("clause", "the Calder mayor resigned spread online")],
        ),
        # twin: said of a subject it judges the subject
        (
            "The evidence presented at the Calder trial was fabricated.",
            [("subject", "The evidence presented at the Calder trial")],
        ),
    ],
)
def test_verdict_adjective_that_qualifies_a_noun(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "that" with no subject of its own is a relative pronoun: the words after it are no content
        ("The rumour spread through a bogus tweet that was shared by thousands in Calder.", []),
        ("Readers shared fake stories that sound true about the Calder floods.", []),
        # twin: a content clause has its own subject
        (
            "Readers shared fake stories that the Calder dam had burst.",
            [("clause", "the Calder dam had burst")],
        ),
        # a relative clause of saying carries the content: "a false report that said ..."
        (
            "A false report that said the Calder dam had burst was shared widely.",
            [("clause", "the Calder dam had burst was shared widely")],
        ),
        # a denial of reports described by a relative clause denies the reports, not the clause
        ("The ministry denied reports that were published by the Calder Gazette.", [("object", "reports")]),
        # twin: the content clause of the reports is what is denied
        (
            "The ministry denied reports that the Calder Gazette had been closed.",
            [("clause", "the Calder Gazette had been closed")],
        ),
    ],
)
def test_relative_clause_after_a_report_noun(text, expected):
    assert _targets(text, whole=False) == expected


@pytest.mark.parametrize(
    "report, answer, expected",
    [
        # a headline about an app "you don't use" does not contradict a report that people use it
        ("Millions use Chirp, the photo app, every day.", "Orbitel may buy Chirp, that photo app you don't use.", []),
        # twin: a flat negation of the same predicate does
        (
            "Orbitel bought Chirp, the photo app.",
            "Orbitel has not bought Chirp, the photo app.",
            [("contested", "contradiction")],
        ),
        # a headline with fabricated evidence in it does not deny a report of the trial
        (
            "Evidence was presented at the Calder bribery trial on Monday.",
            "Fabricated evidence was presented at the Calder bribery trial.",
            [],
        ),
        # twin: a verdict on the report of the trial does
        (
            "Evidence was presented at the Calder bribery trial on Monday.",
            "Report that evidence was presented at the Calder bribery trial is false.",
            [("contested", "denial")],
        ),
    ],
)
def test_headline_pairs_with_modifiers_and_relative_clauses(report, answer, expected):
    assert _relations(report, answer) == expected


@pytest.mark.parametrize(
    "text, end, expected",
    [
        # a noun that is no story: the verdict qualifies it
        ("fake passports were found", 4, "other"),
        # a story noun heads the phrase: a verdict on a story
        ("a fake Calder arrest report", 6, "story"),
        # an impostor site or account
        ("a fake Calder News website", 6, "other"),
        # "account of" is a story
        ("a false account of the raid", 7, "story"),
        # predicative: after a copula, or with nothing after it
        ("the video is a fake clip", 19, None),
        ("the video is fake.", 17, None),
        # a headline that is the phrase alone is a verdict on it
        ("A bogus Vale mural.", 7, None),
    ],
)
def test_attributive(text, end, expected):
    assert attributive(text, end) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a content clause has a subject: its content starts right after "that"
        ("reports that the mayor resigned", len("reports that")),
        # a subjectless clause is a relative clause: no content
        ("a tweet that went viral", None),
        # a relative clause of saying: its content follows the verb
        ("a report that said the mayor resigned", len("a report that said")),
    ],
)
def test_relative_that(text, expected):
    pos = text.index("that") + len("that")
    assert relative_that(text, pos) == expected


@pytest.mark.parametrize(
    "text, inside",
    [
        ("the man whom police did not", True),  # a relative pronoun
        ("the app that users don't", True),  # "that" after a noun that takes no content clause
        ("that photo app you don't", True),  # a subject pronoun right after a noun phrase
        ("the mural that everyone is sharing isn't", False),  # the relative clause ended before
        ("the minister said that he would not", False),  # "that" after a reporting verb
        ("reports that he did not", False),  # "that" after a report noun
        ("the woman says she hasn't", False),  # a verb, not a noun phrase, before the pronoun
    ],
)
def test_in_relative_clause(text, inside):
    end = min(i for i in (text.find(" not"), text.find("n't")) if i >= 0)
    assert in_relative_clause(text, 0, end) is inside


@pytest.mark.parametrize(
    "text, expected",
    [
        # a yes-no question answered "no" denies what it asks ...
        ("Did the Calder mayor resign? Probably not.", [("question", "Did the Calder mayor resign")]),
        ("Acme to close the Calder plant? Nope, the story is fake.", [("question", "Acme to close the Calder plant")]),
        # ... and so does an answer that is a verdict with no target of its own
        ("Mara Quell dead? Another hoax fools her fans.", [("question", "Mara Quell dead")]),
        (
            "That story about the Calder bishop? It's almost certainly fake.",
            [("question", "That story about the Calder bishop")],
        ),
        # twin: a plain question denies nothing
        ("Is Mara Quell dead?", []),
        # twin: an answer that is no denial
        ("Is Mara Quell dead? Fans wait for news.", []),
        # twin: "No" opening a noun phrase is no answer
        ("Is Mara Quell dead? No word yet from her family.", []),
        # twin: "no" to a question about a verdict affirms what the verdict was about
        ("Was the Quell video a hoax? No.", []),
        # twin: a question word asks for something no "no" answers
        ("How did the fake site fool the Calder press? Nobody knows.", []),
    ],
)
def test_question_answered_in_the_negative(text, expected):
    assert [t for t in _targets(text) if t[0] == "question" or not expected] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the one a label names denies in the first person: the label is the subject
        (
            "Stock trader Omar Vale: I didn't steal the money.",
            [("negation", "Stock trader Omar Vale: I didn't steal the money")],
        ),
        (
            "Calder council: We did not threaten the harbour families.",
            [("negation", "Calder council: We did not threaten the harbour families")],
        ),
        # twin: a label that names nobody ("Update:") makes no subject of "we"
        ("Update: We have not changed the schedule.", []),
        # twin: the first person with no label is still no flat denial of a report
        ("I didn't steal the money.", []),
    ],
)
def test_first_person_denial_after_a_speaker_label(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "report, answer, expected",
    [
        # the rumour asked and answered "no" in a headline, against the report of it
        (
            "Acme to close the Calder plant in January.",
            "Acme to close the Calder plant? Nope, the story is fake.",
            [("contested", "denial")],
        ),
        # twin: the question alone contests nothing
        ("Acme to close the Calder plant in January.", "Acme to close the Calder plant?", []),
        # twin: a question answered with worry, not with a denial
        ("Acme to close the Calder plant in January.", "Acme to close the Calder plant? Workers fear the worst.", []),
        # the headline's death rumour asked and called a hoax
        (
            "Calder singer Mara Quell found dead in her flat.",
            "Mara Quell dead? Viral hoax fools fans.",
            [("contested", "denial")],
        ),
        # twin: "no" to whether it was a hoax is no denial of the report
        ("Vale posted a tribute to the Calder victims.", "Was Vale's tribute to the Calder victims a hoax? No.", []),
    ],
)
def test_headline_questions_answered(report, answer, expected):
    assert _relations(report, answer) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verdict that names what it is said of wins over the whole headline: one verdict in two cues
        ("Calder council video exposed as a fake by local reporters.", [("subject", "Calder council video")]),
        # twin: a single verdict with no narrower target denies the short statement as a whole
        (
            "Calder council video of the flood: another hoax.",
            [("statement", "Calder council video of the flood: another hoax.")],
        ),
        # a label and the "No" that answers: the answer says what is denied, the label agrees with it
        (
            "Debunked: No, Acme didn't move the Calder plant to Norland.",
            [("clause", "Acme didn't move the Calder plant to Norland")],
        ),
        # a verdict noun heading what a denial verb denies names the report: one denial, of what it says
        (
            "Ministry debunks the fiction that troops crossed the Calder border.",
            [("clause", "troops crossed the Calder border")],
        ),
        # twin: a verdict noun that modifies the report noun is a denial of a denial (it affirms)
        ("The Calder mayor denies surgery hoax claims.", []),
        # twin: a verdict inside what a denial verb denies cancels it
        ("The mayor dismissed reports that the Calder video was fake.", []),
    ],
)
def test_one_verdict_in_two_cues(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of saying negated before what was said (a clause: its verb is finite) denies the report of it
        (
            "Bishop Vale did not say dogs are going to heaven.",
            [("clause", "Bishop Vale did not say dogs are going to heaven")],
        ),
        # twin: a noun phrase said, not a clause, is no report denied
        ("Bishop Vale did not say the name of the choir master.", []),
        # ... with the one told in between
        (
            "Bishop Vale did not tell the choir heaven has room for dogs.",
            [("clause", "Bishop Vale did not tell the choir heaven has room for dogs")],
        ),
        # twin: what was not said is asked, not stated
        ("Bishop Vale did not say when the choir would return.", []),
        # twin: nothing said after the verb
        ("Bishop Vale did not say so.", []),
        # "make" or "take" with a figure or a thing named is a predicate like another
        (
            "Teen trader Omar Vale: I didn't actually make $72 million.",
            [("negation", "Teen trader Omar Vale: I didn't actually make $72 million")],
        ),
        (
            "Bishop Vale turns out not to have made the dogs in heaven remark.",
            [("negation", "Bishop Vale turns out not to have made the dogs in heaven remark")],
        ),
        # twin: a light verb with a light object denies nothing
        ("Calder striker Omar Vale did not make it to the final.", []),
        ("The Calder minister did not take questions.", []),
    ],
)
def test_negated_light_verbs(text, expected):
    assert _targets(text) == expected


def _article_targets(text: str) -> list[tuple[str, str]]:
    """``(kind, denied text)`` of the targets of the claims of a one-article document."""
    items = prepare([provenance.extract(f"Article\n\n{text}\n", path="article.txt")])
    return [(t.kind, it.view.f.text[t.start : t.end]) for it in items for t in it.view.targets]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline of two short sentences is a headline: its flat negation denies the report
        (
            "Sorry, dog owners. Bishop Vale did not say dogs are going to heaven.",
            [("clause", "Bishop Vale did not say dogs are going to heaven")],
        ),
        # twin: the same sentence after a long one is a line of an article, no flat denial of a report
        (
            "Dog owners across the Calder valley gathered on Sunday for the blessing of the animals at the "
            "cathedral. Bishop Vale did not say dogs are going to heaven.",
            [],
        ),
        # twin: a denial pointing back in a short article points to the sentence before it
        ("Reports said Omar Vale fled to Norland. Vale refuted those reports.", [("anaphoric", "those reports")]),
    ],
)
def test_headline_of_two_short_sentences(text, expected):
    assert _article_targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "No" as a determiner opening a headline flatly negates what follows
        ("No gender segregation on Calder Air flights.", [("negation", "No gender segregation on Calder Air flights")]),
        # ... after a speaker's label
        ("Calder police: No gunmen at the harbour.", [("negation", "No gunmen at the harbour")]),
        # ... and in an existential
        (
            "There were no injuries in the Calder blast.",
            [("negation", "There were no injuries in the Calder blast")],
        ),
        # twin: "No one", "No comment" are idioms, no negation of a thing reported
        ("No one was hurt in the Calder blast.", []),
        ("No comment from the Calder mayor on the harbour deal.", []),
        # twin: a want of evidence is a doubt, not a flat negation of what follows
        ("No hard evidence of the Calder harbour kidnapping.", []),
        # twin: "no" inside a clause is no opening ("a plan with no end")
        ("The Calder harbour plan has no end date.", []),
    ],
)
def test_no_opening_a_headline(text, expected):
    assert _targets(text) == expected


def _state_targets(text: str) -> list[tuple[str, str, str]]:
    """``(kind, text, head)`` of what a one-headline article denies."""
    items = prepare([provenance.extract(f"Article\n\n{text}\n", path="headline.txt")])
    return [(t.kind, it.view.f.text[t.start : t.end], t.head) for it in items for t in it.view.targets]


@pytest.mark.parametrize(
    "text, expected",
    [
        # someone named reported safe denies the report that they were taken or killed
        (
            "Kidnapped aid worker Ana Ruiz says she is safe.",
            [
                ("state", "Kidnapped aid worker Ana Ruiz says she", "@dead"),
                ("state", "Kidnapped aid worker Ana Ruiz says she", "@captured"),
            ],
        ),
        # ... and reported alive, that they were killed
        ("Calder singer Mara Quell is alive and well.", [("state", "Calder singer Mara Quell", "@dead")]),
        # twin: a change of state reports what came after, not that the report was wrong
        ("Aid worker Ana Ruiz freed by her captors in Norland.", []),
        ("Calder singer Mara Quell survived the crash.", []),
        # twin: a state under a negation, a modal or a question denies nothing
        ("Is Calder singer Mara Quell alive?", []),
        ("Calder singer Mara Quell may be alive.", []),
        # twin: a manner ("buried alive"), a cause of survival, a price: no state denying a report
        ("Calder farmer Omar Vale buried alive by a landslide.", []),
        ("Calder farmer Omar Vale is alive thanks to his dog.", []),
        ("The Calder Gazette is now free on e-readers.", []),
        # twin: a long line of an article is no headline
        (
            "Calder singer Mara Quell is alive and well, her agent told reporters on Monday, after a week in "
            "which fans had waited for news from the hospital.",
            [],
        ),
        # ... unless it says it answers a report
        (
            "Calder singer Mara Quell is alive and well, her agent told reporters on Monday, despite reports "
            "in which fans had read of her death at the hospital.",
            [("state", "Calder singer Mara Quell", "@dead")],
        ),
    ],
)
def test_a_state_denies_its_opposite(text, expected):
    assert _state_targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline's ellipsis: a report and the verdict on it with no copula
        (
            "Calder update: Reports of the dam leaking water, mud, likely exaggerated.",
            [("clause", "the dam leaking water, mud")],
        ),
        # a verb that passes the verdict on a report and its content
        (
            "Acme calls rumour that it cuts off Calder users wildly inaccurate.",
            [("clause", "it cuts off Calder users")],
        ),
        # twin: a verdict adjective in the middle of a clause about something else passes no verdict on a report
        ("A report of flooding in Calder, misleading officials say, was filed late.", []),
        # twin: with a copula the subject is judged as before
        ("Reports of the Calder flood were exaggerated.", [("subject", "Reports of the Calder flood")]),
    ],
)
def test_verdict_on_a_report_without_copula(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a long headline that says it answers a report still denies flatly what it negates
        (
            "Calder police say the mayor's driver has not been arrested, despite reports from the harbour that "
            "officers took him away in a van on Sunday night.",
            [("negation", "the mayor's driver has not been arrested")],
        ),
        # twin: the same long headline without the word that it answers a report is a line like another
        (
            "Calder police say the mayor's driver has not been arrested, and officers from the harbour will "
            "question him again in a van on Sunday night.",
            [],
        ),
        # twin: "despite" a hardship, not a report
        (
            "Calder police say the mayor's driver has not been arrested, despite the storm that kept officers "
            "from the harbour road all through Sunday night.",
            [],
        ),
    ],
)
def test_long_headline_answering_a_report(text, expected):
    assert _targets(text) == expected


def _heads(text: str) -> list[tuple[str, str, str]]:
    f = features(text)
    return [(t.kind, text[t.start : t.end], t.head) for t in denial_targets(f, f.denials, whole=True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the head of "No <noun phrase>" is its head noun, the last word before a preposition ...
        ("Harbour police: No Calder gunmen at the pier.", [("negation", "No Calder gunmen at the pier", "gunmen")]),
        # ... or before its verb
        (
            "No threats were made against the Vale family.",
            [("negation", "No threats were made against the Vale family", "threat")],
        ),
        # ... or before a participle that follows the noun
        (
            "No Calder tourists injured in the ferry fire.",
            [("negation", "No Calder tourists injured in the ferry fire", "tourist")],
        ),
        # twin: a noun phrase of one word is its own head
        ("No gunmen at the Calder pier.", [("negation", "No gunmen at the Calder pier", "gunmen")]),
    ],
)
def test_head_of_no_and_a_noun_phrase(text, expected):
    assert _heads(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the words of "X says" before a negated clause are the speaker's, not what is denied ...
        (
            "Calder police say gunmen haven't crossed the harbour wall.",
            [("negation", "gunmen haven't crossed the harbour wall")],
        ),
        ("The ministry insists Vale was not arrested.", [("negation", "Vale was not arrested")]),
        ("The mayor claimed that the ferry did not sink.", [("negation", "the ferry did not sink")]),
        # ... and of "Name:" before it
        (
            "Calder police: gunmen haven't crossed the harbour wall.",
            [("negation", "gunmen haven't crossed the harbour wall")],
        ),
        # twin: with no subject of its own after "says", the speaker is the subject of the negation
        ("Vale says won't resign over the audit.", [("negation", "Vale says won't resign over the audit")]),
    ],
)
def test_the_speaker_is_not_what_is_denied(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a deontic negation gives advice, it denies no fact
        ("Politicians shouldn't feed fears over the Calder gunmen.", []),
        ("Fans must not panic over the Vale transfer.", []),
        ("Calder residents need not worry about the harbour leak.", []),
        ("Councillors ought not to cut the ferry budget.", []),
        # an imperative is a plea
        ("Please do not share the Calder harbour video.", []),
        ("Hands up, don't shoot.", []),
        # twin: a negation of what happened is a denial
        (
            "Politicians didn't feed fears over the Calder gunmen.",
            [("negation", "Politicians didn't feed fears over the Calder gunmen")],
        ),
        # twin: "do not" after a subject is no imperative
        ("Calder ferries do not run on Sundays.", [("negation", "Calder ferries do not run on Sundays")]),
    ],
)
def test_advice_and_pleas_deny_no_fact(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a denied clause that holds a negation carries the word it negates ...
        (
            "No, Calder gunmen have not been caught by harbour police.",
            [("clause", "Calder gunmen have not been caught by harbour police", "catch")],
        ),
        # ... not a negation of another clause inside the span
        # ... nor a light verb, which names no predicate ("will not comment")
        # twin: a denied clause without a negation has no head
        ("Vale denied that the ferry sank.", [("clause", "the ferry sank", "")]),
    ],
)
def test_a_denied_negated_clause_carries_its_head(text, expected):
    assert _heads(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the period of an initialism ends no clause: what is negated runs on after "U.S."
        ("Calder police: No gunmen on U.S. soil.", [("negation", "No gunmen on U.S. soil")]),
        (
            "No, Vale has not been caught by U.S. Border Patrol.",
            [("clause", "Vale has not been caught by U.S. Border Patrol")],
        ),
        # twin: a sentence that opens after it is another sentence
        ("Vale was not deported to the U.S. He stayed in Calder.", [("negation", "Vale was not deported to the U.S")]),
    ],
)
def test_an_initialism_ends_no_clause(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rumour verb before a pointing word ("that") takes no rumour and denies nothing
        ("killed Saleh that", []),
        # twin: before a rumour it denies it
        ("Calder police killed the rumour that Vale fled.", [("clause", "Vale fled")]),
    ],
)
def test_a_rumour_verb_before_a_pointing_word(text, expected):
    assert _targets(text) == expected
