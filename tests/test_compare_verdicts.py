"""How news and headlines write a denial with a target, each row with its non-denial lookalikes.

Rows are invented sentences in the shapes news prose takes: a verdict passed on a report
("calls the rumours absurd"), doubt cast on a report, a rumour killed, a falsity adjective
on a report, a headline that corrects itself, a negation before a follow-up question, and
long one-clause headlines that negate.  A target is ``(kind, denied text)``.
"""

from __future__ import annotations

import pytest

from provenance.compare.propositions import denial_targets
from provenance.features import features


def _targets(text: str, *, whole: bool = True) -> list[tuple[str, str]]:
    f = features(text)
    return [(t.kind, text[t.start : t.end]) for t in denial_targets(f, f.denials, whole=whole)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dismissive word on a report noun: the compound before the noun says what it reported
        ("Minister calls the kidnapping rumours absurd.", [("object", "kidnapping")]),
        # ... with adverbs before the verdict
        ("Club doctor calls knee surgery claims completely crazy.", [("object", "knee surgery")]),
        # ... or a that-clause after the noun
        ("Acme calls rumours that it will close the plant ridiculous.", [("clause", "it will close the plant")]),
        # ... or an of-phrase, with another verb of calling
        ("The mayor labelled reports of a secret deal laughable.", [("clause", "a secret deal")]),
        # not a person called crazy: the object must be a report
        ("Minister calls the senator crazy.", []),
        # not a thing called absurd
        ("Critics call the new stadium absurd.", []),
        # not asked
        ("Will the minister call the kidnapping rumours absurd?", []),
        # not a hypothetical
        ("The minister may call the kidnapping rumours absurd.", []),
    ],
)
def test_a_report_called_absurd(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # doubt cast on a story: the possessor and the compound are what it said
        ("Expert casts doubt on Calder man's glowing-moth story.", [("object", "Calder man's glowing-moth story")]),
        # cold water poured on a report with a that-clause
        (
            "Scientists pour cold water on reports that the lake is drying up.",
            [("clause", "the lake is drying up")],
        ),
        # the reports after "but" point back to the report before it in the same sentence
        (
            "Blast near the harbour blamed on a gas leak, but engineers cast doubt on the reports.",
            [("clause", "Blast near the harbour blamed on a gas leak")],
        ),
        # twin: the clause before "but" reports nothing, so the claims point back to an earlier sentence
        (
            "He was arrested on Monday, but his lawyer disputed the claims.",
            [("anaphoric", "the claims")],
        ),
        # not doubt cast on a thing that is no report
        ("The storm cast doubt over the harbour festival.", []),
    ],
)
def test_doubt_cast_on_a_report(text, expected):
    assert _targets(text, whole=False) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a rumour killed: the compound before the noun, not the photo it was killed with
        ("Singer kills divorce rumours with beach photo.", [("object", "divorce rumours")]),
        # scotched rumours with a that-clause
        ("Coach scotches rumours that he will quit.", [("clause", "he will quit")]),
        # an end put to speculation about something
        ("Studio puts an end to speculation about a sequel.", [("clause", "a sequel")]),
        # not a bill killed
        ("Senate kills the farm bill.", []),
        # not a death with a report after it
        ("Miner killed by falling rock, reports say.", []),
        # not a report the verb does not take as its object
        ("Boy almost killed by lightning claims he can see in the dark.", []),
        # not across a comma
        ("The rebels killed two guards, by some accounts.", []),
        # not a report the object only mentions: the object is the reporter
        ("Gunmen killed the reporter covering the story.", []),
        # not accounts shut down or an account closed: a rumour must head the object
        ("Bank nixes the account of the activist.", []),
        ("Comedian mocks the statement from the palace.", []),
    ],
)
def test_a_rumour_killed(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a falsity adjective on a report compound
        ("Star demands apology over erroneous drunk-driving reports.", [("object", "drunk-driving")]),
        # ... or on alarms with an of-phrase
        ("Fatigue sets in at false alarms of the general's death.", [("clause", "the general's death")]),
        # not a fake site: a real fake thing, no denial of any content
        ("Fake BBC News website spreads conspiracy theories.", []),
        # not a thing the adjective qualifies
        ("Police seize fake passports at the border.", []),
    ],
)
def test_a_falsity_adjective_on_a_report(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an update that says no takes back what the headline said
        (
            "The mayor may have resigned on Friday UPDATE: Nope.",
            [("corrected", "The mayor may have resigned on Friday")],
        ),
        # a trailing "No he wasn't"
        ("Calder star was one of the rescuers No he wasn't.", [("corrected", "Calder star was one of the rescuers")]),
        # an update that negates the rest of the sentence
        (
            "Vale was UPDATE: Not one of the rescuers at the station.",
            [("corrected", "Vale was UPDATE: Not one of the rescuers at the station")],
        ),
        # not an update that adds news
        ("The mayor resigned on Friday UPDATE: police say he left town.", []),
    ],
)
def test_a_headline_that_corrects_itself(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the question mark is the follow-up's: the negation before it stands
        (
            "The mayor didn't resign over the audit, so why did she leave?",
            [("negation", "The mayor didn't resign over the audit")],
        ),
        # not a sentence that opens as a question
        ("Didn't the mayor resign over the audit, and why did she leave?", []),
        ("Was the video a hoax, and why did it spread?", []),
        # not a plain question
        ("Did the mayor resign over the audit?", []),
    ],
)
def test_a_negation_before_a_follow_up_question(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker's label, a colon and "No X were made": what the label's speaker denies
        (
            "Calder chief of staff Ana Ruiz: No threats were made to the families over the ransom talks.",
            [("negation", "No threats were made to the families over the ransom talks")],
        ),
        # "There was never a": an existential negation, in any case
        (
            "There was never a panel on domestic violence planned for the network's Monday night pregame show.",
            [
                (
                    "negation",
                    "There was never a panel on domestic violence planned for the network's Monday night pregame show",
                )
            ],
        ),
        # a comma between two names of a list does not end what is negated
        (
            "Minister: No threats were made to the Foley, Sotloff families.",
            [("negation", "No threats were made to the Foley, Sotloff families")],
        ),
        # twin: a comma before an adjunct does
        ("Ruiz is not missing, just having surgery.", [("negation", "Ruiz is not missing")]),
        # twin: a long line with a second clause after a comma says more than a denial
        (
            "The mayor's driver has not been arrested, and officers will question him again at the harbour on Sunday.",
            [],
        ),
    ],
)
def test_a_long_one_clause_headline_that_negates(text, expected):
    assert _targets(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a falsity adjective before an event noun says the event did not happen
        ("Calder police report false Batmobile theft.", [("object", "Batmobile theft")]),
        ("Calder fans mourn after fake Vale death rumor.", [("object", "Vale death")]),
        ("Harbour police expose fake Vale kidnapping in Calder.", [("object", "Vale kidnapping")]),
        # twin: a false flag attack happened (the words say who did it)
        ("Calder bloggers call the harbour blast a false flag attack on the ferry.", []),
        # twin: a false arrest is a wrongful one, which happened
        ("Vale sues Calder police over false arrest.", []),
        # twin: a fake thing is no event ("fake passports")
        ("Calder police seize fake passports at the harbour.", []),
    ],
)
def test_a_falsity_adjective_before_an_event(text, expected):
    assert _targets(text, whole=False) == expected
