"""Hypothesis strategies shared by the tests.

Citations: :func:`source_names`, :func:`date_values`, :func:`citation_values`,
:func:`prose`, :func:`citationish_text`.
"""

from __future__ import annotations

import datetime

import regex
from hypothesis import strategies as st

from provenance import citations
from provenance.model import Citation, Source

# ---------------------------------------------------------------------------
# Citations
# ---------------------------------------------------------------------------

_UPPER = "ABCDEFGHIJKLMNOPRSTUVWZÄÖÜÉŁБГДЖЗИКЛПФЦЧШЭЮЯΔΘΛΞΠΣΦΨΩ"
_LOWER = "abcdefghijklmnopqrstuvwxyzäöüéłбгджзиклпфцчшэюяδθλξπσφψω"

#: Words a source name may not consist of: months, weekdays, particles,
#: aside leads, prose words, lead-ins ("via", "according"), credit labels.
_RESERVED = (
    set(citations.MONTHS)
    | citations.WEEKDAYS
    | citations.PARTICLES
    | citations.ASIDE_LEADS
    | citations.PROSE_WORDS
    | {"via", "according"}
    | {label for label in citations.CREDIT_LABELS if " " not in label}
)


def _allowed(word: str) -> bool:
    """No part of the word is a month, weekday or other word the grammar reads as prose or a date
    ("JAN/AA" is as ambiguous to a reader as to the grammar)."""
    parts = regex.split(r"[/&]", word.casefold().strip("."))
    return not any(part in _RESERVED for part in parts)


#: Written words of real-looking outlets, in several scripts.
_KNOWN_WORDS = st.sampled_from(
    [
        "Herald",
        "Gazette",
        "Morning",
        "Kurier",
        "Zeitung",
        "Süddeutsche",
        "Monde",
        "Коммерсантъ",
        "Известия",
        "الجزيرة",
        "Ελευθεροτυπία",
        "Ouest-Éclair",
        "Jane’s",
        "O'Brien",
        "Al-Ahram",
        "L’Orient-Le",
        "Ouest-France",
        "Göteborgs-Posten",
        "Dziennik",
        "Vedomosti",
        "Hürriyet",
        "Tribune",
        "Observer",
    ]
)

_GENERATED_WORDS = st.builds(
    lambda first, rest: first + rest,
    st.sampled_from(_UPPER),
    st.text(alphabet=_LOWER, min_size=2, max_size=9),
)

#: One capitalised word of a name.
capitalised_words = st.one_of(_KNOWN_WORDS, _GENERATED_WORDS).filter(_allowed)

#: An acronym: "TASS", "RFE/RL", "AT&T".
acronyms = st.one_of(
    st.from_regex(r"[A-Z]{2,5}", fullmatch=True),
    st.from_regex(r"[A-Z]{2,4}/[A-Z]{2}", fullmatch=True),
    st.from_regex(r"[A-Z]{1,2}&[A-Z]{1,2}", fullmatch=True),
).filter(_allowed)

#: A domain: "kurier.com.pk", "Vedomosti.ru".
domains = st.builds(
    lambda word, tld: f"{word}.{tld}",
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=12),
    st.sampled_from(["com", "net", "org", "tj", "com.pk", "co.uk", "ru", "in"]),
)

#: A social-media handle: "Twitter/@osint_1", "Twitter.com/@osint_1".
handles = st.builds(
    lambda platform, handle: f"{platform}/@{handle}",
    st.sampled_from(["Twitter", "Twitter.com", "Telegram", "X.com", "Instagram"]),
    st.from_regex(r"[A-Za-z][A-Za-z0-9_]{0,11}", fullmatch=True),
)


@st.composite
def multi_word_names(draw) -> str:
    """ "Morning Herald", "Times of Gazette", "Procter & Gamble", "Kurier [Austria]"."""
    words = draw(st.lists(capitalised_words, min_size=1, max_size=3))
    if len(words) >= 2 and draw(st.booleans()):
        words.insert(1, draw(st.sampled_from(["of", "&", "de", "and", "for"])))
    name = " ".join(words)
    if draw(st.booleans()):
        name += " [" + " ".join(draw(st.lists(capitalised_words, min_size=1, max_size=2))) + "]"
    return name


#: A source name as people write it.
source_names = st.one_of(acronyms, domains, handles, multi_word_names())

#: Locators written with an item.
locators = st.one_of(
    st.builds(lambda n: f"No. {n}", st.integers(1, 400)),
    st.builds(lambda n: f"p. {n}", st.integers(1, 99)),
    st.builds(lambda a, b: f"pp. {a}–{a + b}", st.integers(1, 90), st.integers(1, 9)),
    st.builds(lambda n: f"Vol. {n}", st.integers(1, 40)),
)

#: People quoted in an outlet.
speakers = st.sampled_from(["the minister", "Ivanov", "a spokesman", "Foreign Minister Petrov", "an official"])

_DAYS = st.dates(min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2099, 12, 31))


def _year_less(day: datetime.date) -> str:
    return f"--{day.month:02d}-{day.day:02d}"


@st.composite
def date_values(draw) -> tuple[str, str | None]:
    """``(date, date_end)`` in every form the parser returns without a publication date."""
    kind = draw(
        st.sampled_from(
            [
                "day",
                "year-less day",
                "month",
                "year-less month",
                "year",
                "range",
                "year-less range",
                "month range",
                "year-less month range",
                "year range",
            ]
        )
    )
    day = draw(_DAYS)
    if kind == "day":
        return day.isoformat(), None
    if kind == "year-less day":
        return _year_less(day), None
    if kind == "month":
        return f"{day.year:04d}-{day.month:02d}", None
    if kind == "year-less month":
        return f"--{day.month:02d}", None
    if kind == "year":
        return f"{day.year:04d}", None
    if kind in ("range", "year-less range"):
        day = min(day, datetime.date(2099, 10, 1))
        last = day + datetime.timedelta(days=draw(st.integers(1, 60)))
        if kind == "range":
            return day.isoformat(), last.isoformat()
        return _year_less(day), _year_less(last)
    if kind in ("month range", "year-less month range"):
        # A range ends after it starts: the first month leaves room before December 2099.
        first = min(day.year * 12 + day.month - 1, 2099 * 12 + 10)
        last = min(first + draw(st.integers(1, 13)), 2099 * 12 + 11)
        if kind == "month range":
            return f"{first // 12:04d}-{first % 12 + 1:02d}", f"{last // 12:04d}-{last % 12 + 1:02d}"
        if first % 12 == last % 12:
            last += 1
        return f"--{first % 12 + 1:02d}", f"--{last % 12 + 1:02d}"
    first_year = day.year if day.year < 2099 else 2098
    return f"{first_year:04d}", f"{draw(st.integers(first_year + 1, 2099)):04d}"


@st.composite
def citation_values(draw) -> Citation:
    """A dated citation item (offsets zero), as :func:`provenance.citations.render` takes it."""
    date, date_end = draw(date_values())
    return Citation(
        start=0,
        end=0,
        raw="",
        source=Source(name=draw(source_names)),
        date=date,
        date_end=date_end,
        locator=draw(st.none() | locators),
        speaker=draw(st.none() | speakers),
    )


#: Prose without parentheses: words, punctuation, Unicode spaces, line and paragraph breaks.
prose = st.lists(
    st.one_of(
        st.sampled_from(["the", "convoy", "Kherson", "left", "on", "March", "4,", "2021.", "“quoted”", "U.S.", "—"]),
        st.text(alphabet=_LOWER + _UPPER, min_size=1, max_size=8),
        st.sampled_from([" ", "\u00a0", "\n", "\n\n", "\t", "\u202f"]),
    ),
    max_size=12,
).map(" ".join)

_FRAGMENTS = st.sampled_from(
    [
        "(",
        ")",
        "(",
        ")",
        "TASS",
        "Dawn",
        ", ",
        "; ",
        "September",
        "Setpember",
        "4",
        "31",
        "2021",
        "93",
        "–",
        "-",
        "[UAE]",
        "\n\n",
        "\n",
        "\u00a0",
        "“",
        "”",
        '"',
        ".",
        "according to ",
        " to ",
        " in ",
        "No. 47",
        "p. 3",
        "@x",
        ".com",
        "ISKP",
        "Islamic State",
        "’s",
        "Source: ",
        "e.g. ",
        " ",
        "Sept.",
        "’93",
    ]
)

#: Text made of citation-ish fragments: near-citations, stray parentheses, breaks.
citationish_text = st.one_of(
    st.lists(_FRAGMENTS, max_size=40).map("".join),
    st.lists(st.one_of(_FRAGMENTS, st.text(max_size=5)), max_size=30).map("".join),
)


# ---------------------------------------------------------------------------
# News statements for the comparator: reports, denials, negations, counts
# ---------------------------------------------------------------------------

_PEOPLE = ["Lena Okafor", "Tomas Brandt", "Ana Ruiz", "Omar Idris"]
_OUTLETS = ["Kestrel News", "Harbour Times", "Valley Courier", "AFP"]
_PREDICATES = [
    "resigned as harbour master",
    "was arrested in Calder",
    "fled to Norland",
    "received the Harbour Prize",
    "is still in the city",
]


@st.composite
def news_statements(draw) -> str:
    """A sentence of news about a named person, with a citation: a report, a denial, a negation or a count.

    >>> from hypothesis import find
    >>> find(news_statements(), lambda s: "denied" in s).count("(") == 1
    True
    """
    who = draw(st.sampled_from(_PEOPLE))
    what = draw(st.sampled_from(_PREDICATES))
    shape = draw(st.sampled_from(["plain", "report", "denial", "negation", "count", "hoax"]))
    if shape == "report":
        body = f"Reports said {who} {what}"
    elif shape == "denial":
        body = f"{who} denied that {draw(st.sampled_from(['she', 'he']))} {what}"
    elif shape == "negation":
        verb, _, rest = what.partition(" ")
        body = f"{who} {'was not' if verb == 'was' else 'is not' if verb == 'is' else 'did not'} " + (
            rest if verb in ("was", "is") else f"{verb.removesuffix('ed').removesuffix('d')} {rest}".strip()
        )
    elif shape == "count":
        n = draw(st.integers(min_value=2, max_value=400))
        body = f"The blast at the Calder pit killed {n} miners, {who} said"
    elif shape == "hoax":
        body = f"The story that {who} {what} is a hoax"
    else:
        body = f"{who} {what}"
    day = draw(st.integers(min_value=1, max_value=28))
    return f"{body} ({draw(st.sampled_from(_OUTLETS))}, May {day}, 2021)."


news_articles = st.lists(news_statements(), min_size=1, max_size=5).map(" ".join)
