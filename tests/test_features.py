"""Claim features: quantities, entities and aliases, cues, locations, predicates."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.errors import ProvenanceError
from provenance.features import AliasTable, content_words, entity_keys, features, fold, stem

INF = math.inf


def quantity(text: str, index: int = 0):
    qs = features(text).quantities
    assert len(qs) > index, f"no quantity #{index} in {text!r}: {qs}"
    q = qs[index]
    return (q.low, q.high, q.noun, q.event)


# ---------------------------------------------------------------------------
# Quantities
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, index, expected",
    [
        # an exact count with its noun and the event before it
        ("The blast killed 41 people in the market.", 0, (41, 41, "person", "killed")),
        # the event after the counted noun
        ("Officials said 212 civilians had been killed since Monday.", 0, (212, 212, "civilian", "killed")),
        # a noun phrase: the counted noun is its last word
        ("Militants wounded 13 US service personnel.", 0, (13, 13, "personnel", "wounded")),
        # coordinated counts share the event
        ("The strike killed 9 soldiers and 4 police officers.", 1, (4, 4, "officer", "killed")),
        # an elliptic count takes the noun of the one before it
        ("Rebels captured 20 soldiers and killed 30 near the pass.", 1, (30, 30, "soldier", "killed")),
        # written numbers
        ("Seven journalists were arrested at the border.", 0, (7, 7, "journalist", "arrested")),
        ("Police detained twenty-five protesters.", 0, (25, 25, "protester", "arrested")),
        # digits with thousands separators and scales
        ("The storm displaced 1,200 families.", 0, (1200, 1200, "family", "displaced")),
        ("Some 1.5 million refugees crossed into Poland.", 0, (1.35e6, 1.65e6, "refugee", None)),
        ("At least half a million workers lost their jobs.", 0, (5e5, INF, "worker", None)),
        # percentages
        ("Turnout reached 62% in the capital.", 0, (62, 62, None, None)),
        ("Up to 97% of households could fall below the poverty line.", 0, (0, 97, "household", None)),
        # modifiers turn numbers into ranges
        ("The attack killed at least 12 worshippers.", 0, (12, INF, "worshipper", "killed")),
        ("The group carried out no less than 77 attacks.", 0, (77, INF, "attack", None)),
        ("More than 300 migrants were rescued at sea.", 0, (300, INF, "migrant", "rescued")),
        ("Fewer than 40 people were injured.", 0, (0, 40, "person", "wounded")),
        ("About 400 people died in the floods.", 0, (360, 440, "person", "killed")),
        ("Nearly 600 soldiers crossed the border.", 0, (540, 660, "soldier", None)),
        ("Around 3,000 troops were deployed.", 0, (2700, 3300, "troop", None)),
        # explicit ranges
        ("Between 10 and 20 people were killed.", 0, (10, 20, "person", "killed")),
        ("The fire killed 15-20 workers.", 0, (15, 20, "worker", "killed")),
        # vague quantifiers as ranges
        ("The raid killed dozens of civilians.", 0, (24, 99, "civilian", "killed")),
        ("Hundreds of protesters were arrested.", 0, (200, 999, "protester", "arrested")),
        ("Thousands of residents were evacuated.", 0, (2000, 9999, "resident", "evacuated")),
        ("Hundreds of thousands of people fled the city.", 0, (2e5, 999999, "person", "fled")),
        ("Several journalists were wounded.", 0, (3, 9, "journalist", "wounded")),
        ("A few soldiers were captured.", 0, (2, 6, "soldier", "captured")),
        ("The explosion wounded scores of bystanders.", 0, (40, 99, "bystander", "wounded")),
        ("Two dozen activists were detained.", 0, (24, 24, "activist", "arrested")),
    ],
)
def test_quantities(text, index, expected):
    low, high, noun, event = quantity(text, index)
    assert (low, high) == pytest.approx(expected[:2])
    assert (noun, event) == expected[2:]


@pytest.mark.parametrize(
    "text",
    [
        # days of the month and years are not counts
        "The talks resumed on March 3 in Geneva.",
        "The ceasefire collapsed on 4 September.",
        "The mission ended in 2014.",
        "Elections are due in 2024, officials said.",
        # "one of" counts nothing
        "She is one of the few remaining witnesses.",
        # numbers inside words and names
        "The G7 summit opened and Covid-19 cases rose; AK-47s were seized.",
        "The 9/11 attacks changed the agency; guards work 24/7.",
    ],
)
def test_not_quantities(text):
    assert features(text).quantities == ()


@pytest.mark.parametrize(
    "a, b, compatible",
    [
        # 170 is not "dozens" (24-99)
        ("killed 170 civilians", "killed dozens of civilians", False),
        # 397 is "about 400"
        ("397 people died", "about 400 people died", True),
        # "at least 12" allows 15
        ("killed at least 12 people", "killed 15 people", True),
        # "up to 50" does not allow 80
        ("up to 50 people were hurt", "80 people were hurt", False),
        # two exact counts must be equal
        ("killed 13 soldiers", "killed 11 soldiers", False),
        # hundreds vs thousands
        ("hundreds of people fled", "thousands of people fled", False),
        # a percentage says nothing about a count
        ("80% of voters", "2,000 voters", True),
    ],
)
def test_quantity_compatibility(a, b, compatible):
    qa, qb = features(a).quantities[0], features(b).quantities[0]
    assert qa.compatible(qb) is compatible
    assert qb.compatible(qa) is compatible


@pytest.mark.parametrize(
    "text, aggregate",
    [
        # one occasion
        ("The bombing killed 60 people.", False),
        # totals over a period
        ("Since January, 397 civilians have been killed.", True),
        ("The group launched 77 attacks in the first four months of the year.", True),
        ("Covering the period from May to July, the report counted 120 deaths.", True),
    ],
)
def test_aggregate_counts(text, aggregate):
    assert features(text).quantities[0].aggregate is aggregate


# ---------------------------------------------------------------------------
# Entities and aliases
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # a proper-name chain
        ("Amina Yusuf arrived in Nairobi on Monday.", ["Amina Yusuf", "Nairobi"]),
        # sentence openers and titles are not part of names
        ("However, Prime Minister Jacinda Ardern spoke first.", ["Jacinda Ardern"]),
        ("Former President Ashraf Ghani left.", ["Ashraf Ghani"]),
        # particles inside names
        ("The Bank of England raised rates.", ["Bank of England"]),
        ("US troops hunted Abu Bakr al-Baghdadi.", ["US", "Abu Bakr al-Baghdadi"]),
        # "X in Y" between two multi-word names
        ("Islamic State in West Africa Province claimed it.", ["Islamic State in West Africa Province"]),
        # a possessive ends a name
        ("Pakistan's Inter-Services Intelligence denied it.", ["Pakistan", "Inter-Services Intelligence"]),
        # acronyms, dotted or with a suffix
        ("The UN and the U.S. condemned ISIS-K.", ["UN", "U.S.", "ISIS-K"]),
        # titles naming a person by office
        ("The grand mufti met the president.", ["grand mufti", "president"]),
        # month names and numbers are no names
        ("On September 4, Two explosions shook the city.", []),
        # a title-case headline: verbs and function words break the chain
        ("Banksy Wasn't Arrested And Exposed As A Fraud", ["Banksy", "Fraud"]),
        # shouting headlines give no names
        ("MAN BITES DOG IN CITY CENTRE", []),
    ],
)
def test_entities(text, expected):
    assert [e.text for e in features(text).entities] == expected


@pytest.mark.parametrize(
    "texts, alias, canonical",
    [
        # a surname alone is the one full name that ends with it
        (["Amina Yusuf arrived.", "Yusuf left on Tuesday."], "yusuf", "amina yusuf"),
        # two full names ending alike leave the surname ambiguous
        (["Ahmad Massoud spoke.", "Ahmad Shah Massoud died.", "Massoud left."], "massoud", "massoud"),
        # an acronym defined after its expansion
        (["The Democratic Republic of the Congo (DRC) voted."], "drc", "democratic republic of the congo"),
        # an expansion given after the acronym
        (["NATO (North Atlantic Treaty Organization) met."], "nato", "north atlantic treaty organization"),
        # "X, or sometimes Y" joins two names of one thing
        (
            ["The Islamic State in Khorasan Province (ISKP), or sometimes ISIS-K, struck."],
            "isis k",
            "islamic state in khorasan province",
        ),
        # possessives and case do not matter
        (["Amina Yusuf arrived.", "YUSUF's aides"], "yusuf", "amina yusuf"),
        # organisations do not give surnames
        (["The Northern Alliance fought.", "Alliance members met."], "alliance", "alliance"),
    ],
)
def test_aliases(texts, alias, canonical):
    assert AliasTable.build(texts).canonical(alias) == canonical


def test_entity_keys_through_aliases():
    table = AliasTable.build(["Islamic State in Khorasan Province (ISKP) claimed the attack."])
    assert entity_keys("ISKP claimed another one.", table) == {"islamic state in khorasan province"}
    # a headline that runs the name into other capitalised words still names it
    assert "islamic state in khorasan province" in entity_keys(
        "Islamic State in Khorasan Province Ramps Up Attacks", table
    )


# ---------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, negations, modals, hedges, denials",
    [
        # negation words, including n't inside a word
        ("The minister did not resign.", ["not"], [], [], []),
        ("Officials say he didn't leave.", ["n't"], [], ["say"], []),
        ("He never returned to Kabul.", ["never"], [], [], []),
        # idioms that look negative are not
        ("No less than 50 people came, no doubt about it.", [], [], [], []),
        # modality
        ("The ceasefire could collapse and talks may fail.", [], ["could", "may"], [], []),
        # hedges
        ("The general was reportedly wounded.", [], [], ["reportedly"], []),
        ("He is said to have fled the capital.", [], [], ["is said to"], []),
        ("Unconfirmed reports suggest a coup.", [], [], ["Unconfirmed", "reports suggest"], []),
        # denial verbs and verdicts
        ("The ministry denied the reports.", [], [], ["reports"], ["denied"]),
        ("The video is a hoax.", [], [], [], ["hoax"]),
        ("That story is not true.", ["not"], [], [], ["is not true"]),
        # a negated denial denies nothing
        ("The army did not deny it; the photo is not a hoax.", ["not", "not"], [], [], []),
        # "No," answering a question is a verdict
        ("No, the mayor has not resigned.", ["No", "not"], [], [], ["No"]),
    ],
)
def test_cues(text, negations, modals, hedges, denials):
    f = features(text)
    assert [c.text for c in f.negations] == negations
    assert [c.text for c in f.modals] == modals
    assert [c.text for c in f.hedges if c.kind != "attribution"] == hedges
    assert [c.text for c in f.denials] == denials


@pytest.mark.parametrize(
    "text, kind",
    [
        # headline attribution forms
        ("Telecom giant to cut 5,000 jobs -- report", "attribution"),
        ("Minister to resign: sources", "attribution"),
        ("Analysts: inflation will slow", "attribution"),
        ("Wife of rebel leader detained, officials say", "attribution"),
    ],
)
def test_headline_attribution(text, kind):
    assert kind in [c.kind for c in features(text).hedges]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("The spokesman refuted those reports.", "anaphoric"),
        ("She dismissed claims that she had resigned.", "that"),
        ("The police shot down the congressman's claims.", "anaphoric"),
        ("She rebuffed internet rumours about her health.", "that"),
        ("Officials dismissed internet rumours.", ""),
    ],
)
def test_report_objects(text, kind):
    assert [c.kind for c in features(text).report_objects] == [kind]


# ---------------------------------------------------------------------------
# Locations and predicates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He arrived in Tajikistan on Friday.", [("in", "tajikistan")]),
        ("They fled to Uzbekistan.", [("to", "uzbekistan")]),
        ("Fighting continued in the Panjshir Valley.", [("in", "panjshir")]),
        ("He is still in the country.", [("in", "@country")]),
    ],
)
def test_locations(text, expected):
    assert [(loc.prep, loc.key) for loc in features(text).locations] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a motion predicate with its place; a coordinated one keeps the subject
        (
            "Reports said Governor Ali Rahimi had fled Herat and reportedly arrived in Iran.",
            [("departed", "ali rahimi", "herat", False), ("arrived", "ali rahimi", "iran", False)],
        ),
        # an appositive between subject and predicate is skipped
        (
            "Maria Lopez, the former interior minister, is still in the country.",
            [("stayed", "maria lopez", "@country", False)],
        ),
        # "fled to X" is an arrival
        ("The president fled to Oman.", [("arrived", "president", "oman", False)]),
        # passive: the one killed is the subject
        ("Omar Farouk was killed in an air strike.", [("dead", "omar farouk", None, False)]),
        # active: the one killed is the object
        ("Gunmen killed Omar Farouk on Sunday.", [("dead", "omar farouk", None, False)]),
        # a relative pronoun points back
        ("They mourned Omar Farouk, who was assassinated in 2019.", [("dead", "omar farouk", None, False)]),
        # a pronoun takes the last full name
        ("Omar Farouk said he remained in Mosul.", [("stayed", "omar farouk", "mosul", False)]),
        # negation
        ("Omar Farouk was not arrested.", [("captured", "omar farouk", None, True)]),
        # modality is recorded
        ("Omar Farouk could be released.", [("free", "omar farouk", None, False)]),
        # "left" without a place is no motion ("left us no choice")
        ("The war left us no choice.", []),
    ],
)
def test_predicates(text, expected):
    got = [(p.cls, p.subject, p.place, p.negated) for p in features(text).predicates]
    assert got == expected


def test_modal_predicate():
    (p,) = features("Omar Farouk could be released.").predicates
    assert p.modal


# ---------------------------------------------------------------------------
# Helpers and properties
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "word, expected",
    [
        ("Civilians", "civilian"),
        ("people", "person"),
        ("Saleh's", "saleh"),
        ("reports", "report"),
        ("casualties", "casualty"),
        ("killed", "kill"),
        ("wounded", "wound"),
        # a consonant doubled before -ing or -ed is the word's own once: "shutting" meets "shut"
        ("shutting", "shut"),
        ("stopped", "stop"),
        # and kept where English writes it doubled in the word itself
        ("stuffed", "stuff"),
        ("calling", "call"),
        ("passing", "pass"),
    ],
)
def test_stem(word, expected):
    assert stem(word) == expected


def test_content_words_skip_function_words_and_numbers():
    assert content_words("The 3 ministers met in the capital.") == {"minister", "met", "capital"}


def test_fold_keeps_length():
    text = "“He said [Panjshir]…”\u00a0ok"
    assert len(fold(text)) == len(text)


@given(st.text(max_size=300))
def test_features_never_crash_and_spans_slice_back(text):
    try:
        f = features(text)
    except ProvenanceError:
        return
    for item in (
        *f.entities,
        *f.quantities,
        *f.locations,
        *f.predicates,
        *f.negations,
        *f.modals,
        *f.hedges,
        *f.denials,
        *f.confirmations,
        *f.report_objects,
    ):
        assert 0 <= item.start <= item.end <= len(text)
        assert text[item.start : item.end] == item.text
    for q in f.quantities:
        assert q.low <= q.high


@given(
    st.lists(
        st.sampled_from(
            [
                "Saleh",
                "Amrullah",
                "ISKP",
                "(ISKP)",
                "Islamic",
                "State",
                "in",
                "Khorasan",
                "Province",
                ",",
                "or",
                "sometimes",
                "the",
                "UN",
                "fled",
                "to",
                "Kabul",
                "said",
                "12",
                "dozens",
                "of",
                "civilians",
                "not",
            ]
        ),
        max_size=40,
    )
)
def test_alias_table_never_crashes(words):
    text = " ".join(words)
    table = AliasTable.build([text, text.upper()])
    for key in entity_keys(text, table):
        assert table.canonical(table.canonical(key)) == table.canonical(key)


def test_a_claim_of_100000_characters_is_analysed_in_linear_time():
    # names, titles, counts, negations and predicates all over one long claim: every lookup
    # of a neighbour is a bisection, so the patterns stay within their time budget
    unit = (
        "The police chief said Ana Ruiz, the mayor of Port Meridian, told the minister that 14 miners "
        "were killed in Calder and the president was not arrested, but he denied that the bridge had collapsed, "
    )
    text = unit * (100_000 // len(unit) + 1)
    f = features(text)
    assert len(f.entities) > 1000
    assert len(f.quantities) > 400
