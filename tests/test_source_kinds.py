"""Source kinds: outlets are not persons when the registry does not know them, and the
shipped registry knows the major wires and state media of the world."""

from __future__ import annotations

import pytest

from provenance import extract
from provenance.sources import default_registry, press_title


def kinds(text: str) -> list[tuple[str, str]]:
    """``(source as written, kind)`` of every attribution of ``text``."""
    return [(a.source.name, a.source.kind.value) for a in extract(text).attributions]


OUTLETS_IN_PROSE = [
    # a newspaper word in Russian
    ("Nezavisimaya Gazeta reported that the mills had closed.", [("Nezavisimaya Gazeta", "outlet")]),
    # in German
    ("The Abendpost Zeitung said that the mills had closed.", [("The Abendpost Zeitung", "outlet")]),
    # a newspaper name that is the word alone
    ("Izvestiya said that the mills had closed.", [("Izvestiya", "outlet")]),
    # a title of the foreign press
    ("Le Courrier du Sud said that the mills had closed.", [("Le Courrier du Sud", "outlet")]),
    # a name that broadcast or carried a report
    ("Kanal Sever broadcast a statement saying that the mills had closed.", [("Kanal Sever", "outlet")]),
    # one word that reported
    ("Zorya reported that the mills had closed.", [("Zorya", "outlet")]),
    # a name the article cites in parentheses elsewhere
    (
        "The mills closed (Vecherny Yug, 4 May). Vecherny Yug said that they would reopen.",
        [("Vecherny Yug", "outlet")],
    ),
    # twins: people stay people
    ("Ivan Petrov said that the mills had closed.", [("Ivan Petrov", "person")]),
    ("Marie Le Roux spoke first. Le Roux said that the mills had closed.", [("Le Roux", "person")]),
    ("Ivan Petrov spoke first. Petrov reported that the mills had closed.", [("Petrov", "person")]),
]


@pytest.mark.parametrize("text, expected", OUTLETS_IN_PROSE)
def test_outlets_in_prose(text, expected):
    assert kinds(text) == expected


DESCRIBED_PEOPLE = [
    # a plural role with adjectives before it
    ("Local politicians said that the bridge was closed.", [("Local politicians", "person")]),
    # a science
    ("An epidemiologist said the outbreak had peaked.", [("An epidemiologist", "person")]),
    # public life and the professions
    ("Two councillors said the vote was delayed.", [("Two councillors", "person")]),
    ("A pharmacist said the shelves were empty.", [("A pharmacist", "person")]),
    # sport and the arts
    ("The coach said the team would appeal.", [("The coach", "person")]),
    ("The novelist said the book was finished.", [("The novelist", "person")]),
    # an age written as a noun, and a role with what it has
    ("The 26-year-old told the paper that she was afraid.", [("The 26-year-old", "person")]),
    ("Two 17-year-olds said they saw the attack.", [("Two 17-year-olds", "person")]),
    ("The father-of-four said the house was gone.", [("The father-of-four", "person")]),
    # a surname ending like an adjective ("-ic"), before a verb that is no noun
    ("Babic said that the mills had closed.", [("Babic", "person")]),
    # people of an occasion
    ("One guest said the party went on until dawn.", [("One guest", "person")]),
    # an acronym spelled like a function word, after "the"
    ("The US said it had tried a rescue.", [("The US", "official")]),
    # twins: a thing that says nothing is no speaker
    ("The 200-year-old bridge said to be unsafe was closed.", []),
    ("Officials told us the bridge was closed.", [("Officials", "anonymous")]),
    # an adjective before a verb form that is also a plural noun
    ("Democratic claims of fraud were rejected.", []),
    ("The bridge said to be closed was reopened.", []),
    ("Local politics said little about the vote.", []),
]


@pytest.mark.parametrize("text, expected", DESCRIBED_PEOPLE)
def test_people_described_by_role(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(
    "name, canonical, kind",
    [
        # wires
        ("Jiji", "Jiji Press", "wire"),
        ("ANA-MPA", "Athens-Macedonian News Agency", "wire"),
        # state media, with their acronyms and other spellings
        ("ITAR-TASS", "TASS", "state-media"),
        ("ITAR TASS", "TASS", "state-media"),
        ("MTI", "Hungarian News Agency", "state-media"),
        ("Renmin Ribao", "People’s Daily", "state-media"),
        ("SANA", "Syrian Arab News Agency", "state-media"),
        ("IRIB", "Islamic Republic of Iran Broadcasting", "state-media"),
        ("Prensa Latina", "Prensa Latina", "state-media"),
        # broadcasters and outlets analysts cite
        ("BBC/M", "BBC Monitoring", "outlet"),
        ("Izvestiya", "Izvestia", "outlet"),
    ],
)
def test_registry_knows_the_wires_and_state_media(name, canonical, kind):
    source = default_registry().source(name)
    assert (source.canonical, source.kind.value) == (canonical, kind)


@pytest.mark.parametrize(
    "name",
    # acronyms that spell a common word are left out of the registry: keys ignore case
    ["map", "spa", "app", "tap"],
)
def test_common_words_are_no_agencies(name):
    assert default_registry().source(name).canonical is None


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Le Monde", True),  # French
        ("Die Tageszeitung", True),  # German
        ("La Nación", True),  # Spanish
        ("L’Orient-Le Jour", True),  # elided article
        ("Leeds", False),  # a word that starts like an article
        ("Le monde", False),  # the title is capitalised
    ],
)
def test_press_title(name, expected):
    assert press_title(name) is expected
