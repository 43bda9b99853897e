"""The figures of a claim for PV101: which statistics it states, which of them are
background rather than claims to source, and which the corpus establishes.

A figure is a statistic (:mod:`provenance.lint.statistics`) with what it counts.
News style states some figures without a source: the terms of a plan, a rate a
law sets, a public price, an organisation's membership, an order of magnitude,
a figure reported everywhere.  This module tells those apart; what sources a
figure is decided in :mod:`provenance.lint.rules.sourcing`.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs
import regex

from provenance import lexicon, patterns
from provenance.features.quantities import Quantity, quantities
from provenance.features.text import stem
from provenance.lint.rule import Context, norm_path
from provenance.lint.statistics import figure_key, statistics
from provenance.model import Claim, Document

__all__ = ["Figure", "established", "figures", "recap"]

# A quotation: straight, curly or guillemet quotes, within one paragraph.
QUOTATION = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")

# What makes a figure the terms of a plan, a rule or a supposition rather than a
# fact to source: a conditional or a verb of intention in its clause.
#   "she would impose a 4 percent surcharge", "Norland wants to hire 5,000 nurses",
#   "under the mayor's plan, fares fall to $2", "let's say a degree costs $160,000",
#   "the law requires a permit above $25,000"
TERMS_OF = regex.compile(
    r"""
    \b(?:would|'d|’d|if|suppose|let['’]?s\ say
       | (?:wants?|wanted|plans?|planned|aims?|aimed|seeks?|sought|intends?|intended|hopes?|hoped)\ to
       | propos(?:es?|ed|ing)|promis(?:es?|ed|ing)|pledg(?:es?|ed|ing)|vow(?:s|ed)?|designed\ to
       | requir(?:es?|ed|ing))\b
    | \bunder\ (?:[\p{L}.'’-]+\ ){1,3}
      (?:plan|proposal|bill|law|rule|deal|agreement|program|programme|scheme|policy)\b
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The start and the end of a clause inside a sentence: a colon or semicolon, a dash or a parenthesis;
# a clause of cause or concession ends one too ("killed 25 of them because they would have …":
# its "would" makes no term of the figure before it).
CLAUSE_START = regex.compile(r"(?r)[;:!?—–(]")
CLAUSE_END = regex.compile(r"[;:!?—–)]|\b(?:because|although|though|whereas)\b")

# A figure that an online platform counts and shows on the page: views, shares,
# followers, subscribers of a video, a post or an account.  It is its own source:
# the reader can see the counter where the article says it is.
#   "27 million views", "shared over 130,000 times", "1 million followers",
#   "13,000 new subscribers", "some 25,000 people from sharing it"
PLATFORM_COUNT_AFTER = regex.compile(
    r"""
    \s*(?:new\s+|more\s+|unique\s+|total\s+)?
    (?:(?:views|shares|followers|subscribers|likes|retweets|hits|plays|streams|downloads|comments)\b
      | (?:(?:people|users|viewers|others)\s+(?:from\s+)?)?
        (?:view(?:ing|ed)?|shar(?:ing|ed)|watch(?:ing|ed)|retweet(?:ing|ed)|lik(?:ing|ed))\b
      | times?\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The verb of a platform count written "shared N times", "viewed N times".
PLATFORM_VERB_BEFORE = regex.compile(
    r"(?i)\b(?:shared?|viewed|watched|retweet(?:ed)?|liked|played|streamed|downloaded)\b[^.;]{0,40}\Z"
)

# A figure that counts nothing in its clause:
#   "a 100 percent fake story" (an intensifier: "100 percent" before an adjective),
#   "1366 x 768" (a resolution or a size), "addressed from 1200 to 1900 Seaport
#   Boulevard" (street numbers: the figure before a capitalised street name).
NOT_A_MEASURE_AFTER = regex.compile(
    r"""
    \s*(?:[x\N{MULTIPLICATION SIGN}]\s*\d
      | (?:to\s+\d[\d,]*\s+)?\p{Lu}\p{L}+\s+(?:Street|St\.|Avenue|Ave\.|Boulevard|Blvd\.|Road|Rd\.|Lane|Drive|Way)\b)
    """,
    regex.VERBOSE,
)
INTENSIFIER = regex.compile(
    r"""(?i)100\s*(?:per\s*cent|percent|%)\s+(?:fake|false|true|real|sure|certain|wrong|right|correct
    |accurate|genuine|legit(?:imate)?|committed|behind|safe|natural|pure|honest|confident|serious|clear
    |fine|bogus|made\ up)\b""",
    regex.VERBOSE,
)

# A place's population given as background, a reference fact rather than a claim
# of the story: "a town of 200,000 people", "a city of 1.2 million",
# "About 1.5 million people live in the capital".
POPULATION_BEFORE = regex.compile(
    r"""(?i)\b(?:city|town|village|country|nation|island|capital|province|region|district|state|bloc|municipality)
    \s+of\s+(?:about\s+|some\s+|around\s+|nearly\s+|roughly\s+|more\s+than\s+|over\s+|almost\s+)?\Z""",
    regex.VERBOSE,
)
POPULATION_AFTER = regex.compile(r"(?i)\s*(?:people|residents|inhabitants)?\s+(?:live|lives|living)\s+(?:in|on)\b")

# Program code that a web page's text carries (an ad script, a comment):
# "google_ad_channel = "0054321535";", "CasaleArgs.casaleID = 159339;".  Its numbers are no claims.
CODE = regex.compile(r"\b[\w.]+\s*=\s*(?:[\"'\d]|new\b)[^;]{0,80};")

# A rate or a threshold that a law, a rule or a body sets, not a measurement: "the
# corporate tax rate, which, at 35 percent", "the additional 3.8 percent surtax", "the
# commission's 15 percent polling threshold", "the alliance's recommended 2 percent of
# GDP", a poll's "margin of error +/- 4 percent".  "The unemployment rate was 18.7
# percent" is measured: a statistic.
SET_RATE_BEFORE = regex.compile(
    r"""(?i)\b(?:tax\s+rates?|surtax\s+of|thresholds?\s+of|statutory|recommended
    |margin\s+of\s+error|legal\s+limit|minimum\s+wage|cap\s+of)\b[^.;!?]{0,25}\Z""",
    regex.VERBOSE,
)
SET_RATE_AFTER = regex.compile(r"(?i)\s*(?:[\p{L}-]+\s+){0,2}?(?:surtax|tax\s+rate|threshold|margin\s+of\s+error)\b")

# A price or a pay that is public where the thing is sold or the contract signed, a detail
# of the story rather than a statistic: "a car priced at $2.5 million", "sold for £1
# million", "an annual salary of $6 million", "his cap hit is $5.25 million", "a 1m peso
# reward"; and an amount describing a good ("the $2.5 million car", "a £1 million home",
# :data:`PRICED_GOODS`).  "A $9.1 million loan from the state" is no price: a statistic.
PRICE_BEFORE = regex.compile(
    r"""(?i)\b(?:priced\s+at|price\s+(?:tag\s+)?of|(?:sells?|sold|selling|retails?|retailing|goes)\s+for
    |salary\s+of|salary\s+is|pay\s+of|cap\s+hit\s+(?:of|is)|reward\s+of|bounty\s+of|prize\s+of)
    \s+(?:about\s+|around\s+|an?\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|up\s+to\s+|some\s+)?\Z""",
    regex.VERBOSE,
)
PRICE_AFTER = regex.compile(
    r"(?i)\s*(?:[\p{L}]+\s+)?(?:\([^)]{0,20}\)\s*)?(?:reward|bounty|prize|salary|price\s+tag)\b"
)

#: Goods whose price an amount before them gives ("the $2.5 million car", "a £1 million
#: home"): a list price or a market value, public where the thing is sold.
PRICED_GOODS = (
    "car cars supercar home homes house houses mansion mansions apartment apartments flat condo condominium "
    "penthouse estate property properties yacht yachts jet jets watch watches ring necklace painting paintings "
    "dress handbag bag ticket tickets"
).split()
PRICED_GOOD_AFTER = regex.compile(
    r"(?i)(?<=\p{Sc}[\d.,]+(?:[\s-]?(?:million|billion|thousand|m|bn|k))?)"  # an amount of money, just read
    r"\)?\s*(?:\([^)]{0,20}\)\s*)?(?:[\p{L}-]+\s+){0,2}?(?:\L<goods>)\b",
    goods=PRICED_GOODS,
)

# A product's price given before its name, a list price public where it is sold: "a £1.5
# million Bugatti Veyron is being shared", "the $10,000 Apple Watch Edition".  The name ends
# the noun phrase: "a $9.1 million Norland loan" counts money lent, a statistic.
PRICED_NAME_AFTER = regex.compile(
    r"(?<=\p{Sc}[\d.,]+(?:[\s-]?(?:million|billion|thousand|m|bn|k))?)"  # an amount of money, just read
    r"(?:\s+\p{Lu}[\p{L}\d'’-]*){1,4}(?=\s*(?:[,.;:)]|\s(?:is|was|are|were|has|had|that|which|with|in|on)\b))"
)

# A price given as a share of another price, which is a price too, a detail of the story: "she can
# study the same things for less than a third of the retail cost", "bought at half the price".
# The share is paid ("for", "at"); "Fees cover a third of the cost" measures.
RELATIVE_PRICE_BEFORE = regex.compile(
    r"(?i)\b(?:for|at)\s+(?:less\s+than\s+|more\s+than\s+|about\s+|around\s+|just\s+|only\s+|roughly\s+)?\Z"
)
RELATIVE_PRICE_AFTER = regex.compile(r"(?i)\s*(?:[\p{L}-]+\s+)?(?:cost|price|fare|fee)s?\b")

# The writer's own arithmetic on figures the sentence gives: "38 mm and 42 mm sizes, a
# difference of about 20%", "the four-year number, $25,000, that equals a quarter of the
# total cost", "which works out to 3 percent".  It restates figures, it reports none.
ARITHMETIC_BEFORE = regex.compile(
    r"""(?i)\b(?:a\s+difference\s+of|(?:that|which)\s+equals|equal\s+to|works?\s+out\s+to|worked\s+out\s+to)
    \s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+|just\s+(?:over|under)\s+)?\Z""",
    regex.VERBOSE,
)

#: Verbs that open advice given as an imperative: "Save a quarter of the cost", "Pay another
#: quarter out of income", "Put 10 percent of each paycheck aside".  Advice states no fact.
IMPERATIVE_VERBS = (
    "save spend pay borrow buy sell invest put set keep take give add cut use budget allow assume "
    "expect aim plan divide multiply double subtract reserve limit leave start stop try"
).split()

# A sentence that is advice, opening with an imperative (:data:`IMPERATIVE_VERBS`) and its
# object: "Save a quarter of the cost.", "Don't borrow more than half of it."  "Pay rose 3
# percent" has no object after the word: a noun, a statistic.
IMPERATIVE = regex.compile(
    r"""(?i)\A\W*(?:(?:don['’]t|do\s+not|never|always|just|then|now|first|next|finally),?\s+)?
    (?:\L<verbs>)\s+(?:a|an|the|another|your|some|all|half|no|at\s+least|up\s+to|more|less|\d|\p{Sc})\b""",
    regex.VERBOSE,
    verbs=IMPERATIVE_VERBS,
)

# A definition of a unit or a grade, a fact of reference rather than a claim to source:
# "18-karat gold contains 75% pure gold", "A troy ounce equals 31.1 grams", "One acre is
# equal to 43,560 square feet".  Its subject is a number compound or one unit ("a", "one",
# "each"); "The river contains 75% more lead" is a measurement.
DEFINITION = regex.compile(
    r"""(?i)\A\W*
    (?:(?:an?|one|each|every)\s+(?:[\p{L}-]+\s+){0,2}
      | (?:the\s+)?\d+(?:\.\d+)?-?\p{L}+\s+(?:[\p{L}-]+\s+){0,2})
    (?:contains|equals|is\s+equal\s+to|is\s+equivalent\s+to|is\s+defined\s+as|consists\s+of|means)\s""",
    regex.VERBOSE,
)

# The membership of an organisation, which it publishes: "The union represents almost
# 50,000 workers", "a membership of 40,000".
MEMBERSHIP_BEFORE = regex.compile(
    r"(?i)\b(?:represents?|representing|membership\s+of)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|over\s+|some\s+)?\Z"
)

#: Words a quotation needs to be a quoted statement (whoever the article says made it),
#: not a scare quote: figures inside it are someone's words.
QUOTED_STATEMENT_WORDS = 6

#: How many other documents of the corpus must state a figure (the same value
#: of the same thing) for it to count as well established: a completed deal's
#: price or a confirmed death toll reported everywhere needs no attribution
#: in news style.
ESTABLISHED_DOCUMENTS = 2
#: How many other documents stating the same count of the same named thing (and event)
#: establish it: "killed more than 2,000 civilians" in an independent article.
CORROBORATED_DOCUMENTS = 1
#: Share of their words (of the words of either) two claims share when one copies the other.
COPY_OVERLAP = 0.6

#: A count from which a number measures a population rather than counting
#: things one can name: "1.2 million users", "5,000 displaced", not "27 states"
#: or "his 16 opponents".
LARGE_COUNT = 1000
#: An amount of money from which it is a figure to source: a fine, a budget, a
#: loss; smaller amounts are prices, wages and details of the story.
LARGE_AMOUNT = 1_000_000

#: Counted nouns of incidents: a count of them is a toll that needs a source
#: whatever its size ("no less than 77 attacks", "12 airstrikes").
INCIDENT_NOUNS = frozenset(
    stem(w)
    for w in (
        "attacks strikes airstrikes bombings raids explosions blasts clashes shootings assaults incidents "
        "cases infections executions violations"
    ).split()
)

# A share: a percentage or a fraction of a whole.
SHARE = regex.compile(
    r"%|\bper\s*cent\b|\bpercent|\bpercentage\b|\b(?:half|third|thirds|quarter|quarters|fifth)\s+of\b", regex.I
)

# A vague count: "dozens of", "thousands of", "tens of thousands of", an order of magnitude.
VAGUE = regex.compile(r"\b(?:\L<vague>)\s+of\b", regex.IGNORECASE, vague=sorted(lexicon.COUNT_PLURALS))


@attrs.frozen
class Figure:
    """A statistic of a claim: as written, its value and what it counts."""

    shown: str
    """The statistic as written, white space squeezed."""
    key: tuple[str, float] | None
    """Its unit and value (:func:`~provenance.lint.statistics.figure_key`); None for a vague count."""
    noun: str | None
    """Stem of the counted noun, when the quantity grammar finds one."""
    event: str | None = None
    """The event counted (``killed``, ``wounded``), when the quantity grammar finds one."""
    low: float | None = None
    """The smallest count the quantity grammar reads in it (``dozens`` is 24), when it reads one."""

    @property
    def measures(self) -> bool:
        """Does the figure measure a population or a phenomenon, the statistics a reader needs
        sourced: a share, a large count or amount, or a toll of harm or incidents?  A small count
        of things one can name ("27 states", "his 16 opponents", "10 judges") and a small sum (a
        price, a wage) are details of the story.

        >>> Figure("64%", ("%", 64.0), None).measures, Figure("27", ("", 27.0), "state").measures
        (True, False)
        >>> Figure("11", ("", 11.0), None, "wounded").measures, Figure("$349", ("$", 349.0), None).measures
        (True, False)
        """
        if SHARE.search(self.shown):
            return True
        if self.key is None and VAGUE.search(self.shown):
            # "thousands of", "millions of": an order of magnitude, which news style states
            # without a source ("has killed thousands"), unless it counts incidents.
            return self.noun is not None and self.noun in INCIDENT_NOUNS
        if self.event is not None or (self.noun is not None and self.noun in INCIDENT_NOUNS):
            return True
        if self.key is None:
            return (self.low or 0) >= LARGE_COUNT  # "half a million"
        unit, value = self.key
        return value >= (LARGE_AMOUNT if unit else LARGE_COUNT)

    def same(self, other: Figure) -> bool:
        """Do both state the same figure: the same unit and value, and no different noun or event?

        >>> Figure("13", ("", 13.0), "personnel", "killed").same(Figure("13", ("", 13.0), None, "wounded"))
        False
        """
        return (
            self.key == other.key
            and (self.noun is None or other.noun is None or self.noun == other.noun)
            and (self.event is None or other.event is None or self.event == other.event)
        )


def figures(text: str, claim: Claim, covered: list[tuple[int, int]], *, quoted: bool = False) -> list[Figure]:
    """The statistics of ``claim`` not inside an attribution's content or (unless ``quoted``) a named
    speaker's quotation."""
    quotes: list[tuple[int, int]] | None = None
    counted: list[Quantity] | None = None
    named = any(not a.anonymous for a in claim.attributions)
    out = []
    if patterns.search(CODE, text, claim.start, claim.end) is not None:
        return []  # a script or a comment of the page, not prose
    sentence = text[claim.sentence_start : claim.sentence_end or claim.end]
    if sentence.rstrip(" \t\n\"'”’)").endswith("?"):
        return []  # a question states no figure
    if patterns.match(IMPERATIVE, sentence) is not None or patterns.match(DEFINITION, sentence) is not None:
        return []  # advice, or the definition of a unit: no claim of fact
    for s, e in statistics(text, claim.start, claim.end):
        if _inside(covered, s) or _terms(text, claim, s) or _counts_nothing(text, claim, s, e):
            continue
        if quotes is None:
            quotes = _quotations(text, claim.sentence_start, claim.sentence_end or claim.end)
        if not quoted and any(q[0] <= s < q[1] and _statement(text, q, named) for q in quotes):
            continue  # someone's words: an unattributed quotation is no unsourced statistic
        if counted is None:
            counted = list(quantities(claim.text))
        q = next((q for q in counted if q.start < e - claim.start and s - claim.start < q.end), None)
        shown = " ".join(text[s:e].split())
        noun = q.noun if q and q.noun not in lexicon.PRONOUNS else None  # "25 of them" names no counted thing
        out.append(Figure(shown, figure_key(shown), noun, q.event if q else None, q.low if q else None))
    return out


def _counts_nothing(text: str, claim: Claim, s: int, e: int) -> bool:
    """Is the figure ``text[s:e]`` a platform's counter, an intensifier, a size or address, or
    background (:data:`_BACKGROUND`): a number that is no statistic to source?"""
    before_start = max(claim.sentence_start, s - 60)
    after_end = min(claim.sentence_end or claim.end, e + 60)
    after = patterns.match(PLATFORM_COUNT_AFTER, text, e, after_end)
    if after is not None and (
        not after.group().strip().casefold().startswith("time")
        or patterns.search(PLATFORM_VERB_BEFORE, text, before_start, s) is not None  # "shared over 130,000 times"
    ):
        return True
    if patterns.match(NOT_A_MEASURE_AFTER, text, e, after_end) is not None:
        return True
    if patterns.match(INTENSIFIER, text, s, after_end) is not None:
        return True
    if (
        patterns.search(RELATIVE_PRICE_BEFORE, text, before_start, s) is not None
        and patterns.match(RELATIVE_PRICE_AFTER, text, e, after_end) is not None
    ):
        return True  # "for a third of the retail cost": a price
    return any(
        (ahead is not None and patterns.search(ahead, text, before_start, s) is not None)
        or (behind is not None and patterns.match(behind, text, e, after_end) is not None)
        for ahead, behind in _BACKGROUND
    )


#: What makes a figure background rather than a statistic, read just before it and just
#: after it: a place's population, a rate or threshold set by a rule, a price or a pay,
#: an organisation's membership, a product's list price, the writer's own arithmetic.
_BACKGROUND = (
    (POPULATION_BEFORE, POPULATION_AFTER),
    (SET_RATE_BEFORE, SET_RATE_AFTER),
    (PRICE_BEFORE, PRICE_AFTER),
    (None, PRICED_GOOD_AFTER),
    (MEMBERSHIP_BEFORE, None),
    (None, PRICED_NAME_AFTER),
    (ARITHMETIC_BEFORE, None),
)


def _terms(text: str, claim: Claim, at: int) -> bool:
    """Is the figure at ``at`` the terms of a plan, a rule or a supposition (:data:`TERMS_OF` in
    its clause)?"""
    end = claim.sentence_end or claim.end
    m = patterns.search(CLAUSE_START, text, claim.sentence_start, at)
    start = m.end() if m else claim.sentence_start
    m = patterns.search(CLAUSE_END, text, at, end)
    return patterns.search(TERMS_OF, text, start, m.start() if m else end) is not None


def established(ctx: Context, claim: Claim, figure: Figure) -> bool:
    """Is the figure well established: stated by other documents of the corpus that do not copy
    the claim (:data:`COPY_OVERLAP`)?

    Either :data:`ESTABLISHED_DOCUMENTS` of them state the same amount or percentage, or the
    same count of the same thing (when both name what is counted); or
    :data:`CORROBORATED_DOCUMENTS` state the same count of the same named thing, the same
    event when both say what happened ("killed 2,000 civilians").
    """
    if figure.key is None or not (figure.noun or figure.key[0]):
        return False
    index = ctx.shared.get("PV101 figures")
    if index is None:
        index = ctx.shared["PV101 figures"] = _figure_index(ctx.corpus)
    here = norm_path(ctx.document.path)
    words = _words(claim.text)
    unit = figure.key[0]
    loose: set[str] = set()
    strict: set[str] = set()
    for path, other, other_words in index.get(figure.key, ()):
        if path == here or _copy(words, other_words):
            continue
        if other.noun == figure.noun or (unit and (figure.noun is None or other.noun is None)):
            loose.add(path)
        if _same_toll(figure, other) or (
            _same_head(figure.noun, other.noun)
            and (figure.event is None or other.event is None or figure.event == other.event)
        ):
            strict.add(path)
    return len(loose) >= ESTABLISHED_DOCUMENTS or len(strict) >= CORROBORATED_DOCUMENTS


#: Stems of counted nouns that name no one in particular: a toll of "29 people wounded" counts the
#: same victims as one of "29 commuters wounded" in another article.
GENERIC_NOUNS = frozenset({"person", "people"})


def _same_toll(a: Figure, b: Figure) -> bool:
    """Do two figures of the same value count the same harm: the same event, one of them counting
    people in general (:data:`GENERIC_NOUNS`)?

    >>> _same_toll(Figure("29", ("", 29.0), "person", "wounded"), Figure("29", ("", 29.0), "commuter", "wounded"))
    True
    >>> _same_toll(Figure("29", ("", 29.0), "person", "wounded"), Figure("29", ("", 29.0), "commuter", "killed"))
    False
    """
    if a.event is None or a.event != b.event or a.noun is None or b.noun is None:
        return False
    return a.noun in GENERIC_NOUNS or b.noun in GENERIC_NOUNS


# A sentence that recounts an earlier event as background: it opens with a past year ("In
# 2000, they attacked the ship, killing 17 sailors.") or dates the event to a past period
# ("… were killed in an airstrike in the same province last month", "two years ago").  A
# toll of harm there is the record of that event, reported when it happened, not news of
# the story to source.
RECAP = regex.compile(
    r"""(?i)\A\W*in\s+(?:19|20)\d\d\s*,
    | \b(?:last|the\s+previous)\s+(?:month|year|summer|winter|spring|autumn|fall)\b
    | \b(?:\p{L}+|\d+)\s+(?:years|months|decades)\s+ago\b""",
    regex.VERBOSE,
)


def recap(text: str, claim: Claim, figure: Figure) -> bool:
    """Is ``figure`` a toll of harm in a sentence recounting an earlier event (:data:`RECAP`)?"""
    if figure.event is None:
        return False
    return patterns.search(RECAP, text[claim.sentence_start : claim.sentence_end or claim.end]) is not None


#: Letters a counted noun needs for a compound ending in it to count the same thing.
HEAD_LETTERS = 4


def _same_head(a: str | None, b: str | None) -> bool:
    """Do two counted nouns (stems) name the same thing: equal, or one a compound ending in the
    other ("schoolgirl", "girl")?

    >>> _same_head("schoolgirl", "girl"), _same_head("girl", "soldier"), _same_head(None, "girl")
    (True, False, False)
    """
    if a is None or b is None:
        return False
    short, long = sorted((a, b), key=len)
    return short == long or (len(short) >= HEAD_LETTERS and long.endswith(short))


# A word, for telling a copy of a sentence from an independent statement.
WORD = regex.compile(r"\w+")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in WORD.findall(text))


def _copy(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two claims share :data:`COPY_OVERLAP` of their words: one copies the other (a syndicated
    story, a rewrite), so the second is no independent statement of the figure?"""
    return bool(a and b) and len(a & b) / len(a | b) >= COPY_OVERLAP


def _figure_index(corpus: Iterable[Document]) -> dict[tuple[str, float], list[tuple[str, Figure, frozenset[str]]]]:
    """Which documents state each figure: ``(unit, value) -> [(path, figure, words of its claim)]``."""
    index: dict[tuple[str, float], list[tuple[str, Figure, frozenset[str]]]] = {}
    for doc in corpus:
        for claim in doc.claims:
            for f in figures(doc.text, claim, []):
                if f.key is not None:
                    index.setdefault(f.key, []).append((norm_path(doc.path), f, _words(claim.text)))
    return index


def _statement(text: str, quote: tuple[int, int], named: bool) -> bool:
    """Is the quotation someone's words: any quotation in a sentence a named speaker is
    attributed, else one of :data:`QUOTED_STATEMENT_WORDS` words or more (not a scare quote)?"""
    return named or len(text[quote[0] : quote[1]].split()) >= QUOTED_STATEMENT_WORDS


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in patterns.finditer(QUOTATION, text, start, end)]


def _inside(spans: Iterable[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)
