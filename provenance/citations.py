"""Parenthetical citations: ``(Interfax, March 14)`` and the shapes analysts write.

The ``citations`` stage finds every parenthetical of a text in one linear pass
(an explicit stack, never a regex over nested parentheses), reads each
innermost one with a grammar composed below from named patterns, and returns
:class:`~provenance.model.Citation` items and
:class:`~provenance.model.Malformed` near-misses, in text order.

What it reads, item by item (groups are separated by ``;``)::

    (Interfax, March 14)                    one source, one date
    (Kurier, 14 October 2021)               British order, with a year
    (Kurier, Oct. 14) (Kurier, June 2021)   abbreviated month, month only
    (AFP, October 14–15) (AFP, 4-5 May)     ranges, en dash or hyphen
    (Minsk News, 28 Dec 93-3 Jan 94)       two-digit years, across years
    (Za Vilnu Ukrainu, 4, 12 January)       one source, several days
    (Interfax, Minsk radio, 25 February)   several sources, one date
    (Reuters, 2021-10-14)                   ISO dates
    (Kommersant, No. 47, March 3)           issue and page locators
    (Ivanov in Izvestiya, 3 March)          a speaker and the outlet
    (according to Reuters, May 2)           "according to" inside
    (AFP, May 5; Kurier, June 8)            several groups
    (AFP)                                   undated, see below

Spans.  An item's ``start``/``end`` cover its whole ``;``-separated group,
white space trimmed (``Interfax, Minsk radio, 25 February``), so when a
group yields several items (several sources, or several days) they all share
the group's span and ``raw``; ``paren_start``/``paren_end`` cover the
parentheses.  Offsets always index the text as given: no normalisation is
applied (non-breaking and other Unicode spaces match as white space, curly
apostrophes as apostrophes).

Undated parentheticals.  A parenthetical without any date is a citation only
when all of these hold (``_bare_citation``):

* it is a single source name: a domain (``kurier.at``), a handle
  (``Twitter/@x``), an all-caps token (``AFP``, ``BBC/M``), a multi-word
  capitalised name (``Le Monde``), or a single capitalised word under the
  stricter conditions below; or it says ``according to`` / ``via``;
* it ends a clause: the text before ``(`` ends in a word, a closing quote or
  a full stop, and ``)`` is followed by ``.``, ``;``, ``,``, ``!``, ``?``, a
  line end or the end of the text (a single capitalised word such as
  ``(Reuters)`` needs ``.``/``;``/``!``/``?``/line end and a lower-case word
  before it, so that glosses like ``Dari (Persian),`` stay asides);
* it is not an acronym expansion: an acronym whose letters are the initials
  of the words just before it (``Organization of American States (OAS)``),
  any plural acronym (``(NGOs)``), or a name right after an acronym (``OSCE
  (Organization for Security and Co-operation in Europe)``);
* it is not a gloss or translation: it shares a word with the three words
  before it (``Pokrovsk (Pokrovsk District)``), and it is not inside an open
  quotation (``“Zakhysnyky (Defenders of Kyiv)”``).

Malformed candidates are reported conservatively: a group that is a
source-like name and a date without the comma, a month misspelled within two
edits (one for short names) in the date position, an impossible day, an empty
source before a date, or a ``(`` never closed within its paragraph whose text
up to the end of the sentence reads as a dated citation.

>>> cs, bad = find_citations("Rain fell (Interfax, March 14; Kurier, 5 June 2021).", published="2022-06-01")
>>> [(c.raw, c.source.name, c.date) for c in cs]
[('Interfax, March 14', 'Interfax', '2022-03-14'), ('Kurier, 5 June 2021', 'Kurier', '2021-06-05')]
"""

from __future__ import annotations

import calendar
import datetime
import logging
from collections.abc import Iterator, Sequence

import attrs
import regex

from provenance.errors import ConfigError
from provenance.model import Citation, Malformed, Source

__all__ = ["STATS", "ScanStats", "find_citations", "parse_parenthetical", "render", "resolve_year"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

#: English month names in order (rendering, fuzzy matching).
MONTH_NAMES: tuple[str, ...] = tuple(calendar.month_name)[1:]

#: Every spelling of a month a citation may use (compared case-insensitively,
#: without a trailing full stop), to its number.
MONTHS: dict[str, int] = {
    **{name.casefold(): number for number, name in enumerate(MONTH_NAMES, 1)},
    **{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8},
    **{"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12},
}

#: Weekday names and abbreviations that may precede a date ("Monday, May 3").
WEEKDAYS: frozenset[str] = frozenset(
    [name.casefold() for name in calendar.day_name] + ["mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun"]
)

#: Lower-case words that may appear inside a source name ("Voice of the People",
#: "Le Monde", "Johnson & Johnson") without making it read as prose.
PARTICLES: frozenset[str] = frozenset(
    "of the a an and & for de du des la le les el al y e di da del della van von der den het und et".split()
)

#: First words of parentheticals that are asides, never sources
#: ("(e.g. …)", "(see below)", "(who was …)", "(one of …)", "(in Russian)").
ASIDE_LEADS: frozenset[str] = frozenset(
    """e.g eg i.e ie cf see viz also and or but not nor who whom whose which that what when where while
    whereas if since until till before after during from between in at by as with without about around
    approximately roughly nearly almost over under formerly now then née aka a.k.a literally meaning
    including excluding such like for one some many most all both each this these those it he she they
    we i his her their its our my your there here so because although though only even just still yet
    more less than once twice sic ibid emphasis translation translated original updated to on""".split()
)

#: Words that make a would-be source or speaker read as a clause.
PROSE_WORDS: frozenset[str] = frozenset(
    """is was were are am be been being has had have having will would shall should can could must might
    did does do said says say which who whom whose that this these those when where while because not
    than there it he she they we its his her their""".split()
)

#: Labels of image credits and captions: "(Source: Ministry of Defence)", "(Photo: AFP)".
CREDIT_LABELS: tuple[str, ...] = (
    "photo credit",
    "image credit",
    "image source",
    "photograph",
    "screenshot",
    "screengrab",
    "illustration",
    "courtesy",
    "caption",
    "graphic",
    "footage",
    "picture",
    "source",
    "credit",
    "image",
    "photo",
    "video",
    "file",
    "map",
    "pic",
)

# --------------------------------------------------------------------------
# Grammar.  Fragments are verbose-mode strings composed into the compiled
# patterns below; named lists: \L<months>, \L<weekdays>, \L<credits>.
# --------------------------------------------------------------------------

#: Longest content between parentheses that may still be a citation.
MAX_PAREN = 500
#: Seconds a single match over untrusted text may take before it is abandoned.
MATCH_TIMEOUT = 0.5

# A dash joining the ends of a range: "-", "‐", "‑", "‒", "–", "—", "―", "−".
DASH = r"[\-\u2010-\u2015\u2212]"

# A month word: "September", "Sept.", "sep", "Jan." -- not "Mayor", "Mar-a-Lago" or "jul.com".
MONTH_WORD = r"""
    (?i:\L<months>)         # a month name or abbreviation, any case
    (?![\p{L}\-]|\.\p{L})   # not the start of a longer word or a domain
"""

# A day of the month: "4", "04", "31", "4th"; its value is checked later.
DAY_NUMBER = r"""
    \d{1,2}                 # one or two digits
"""
DAY_SUFFIX = r"""
    (?i:st|nd|rd|th)?       # optional ordinal suffix: "4th"
    (?!\d)                  # not part of a longer number
"""

# A year in British order: "2021", "93", "’93".
YEAR_ANY = r"""
    (?:\d{4}|['’]?\d{2})    # four digits, or two (optionally after an apostrophe)
    (?!\d)                  # not part of a longer number
"""

# A year in American order: "2021" or "’93" (a bare "93" would read as a day).
YEAR_US = r"""
    (?:\d{4}|['’]\d{2})     # four digits, or an apostrophe and two
    (?!\d)                  # not part of a longer number
"""

# A weekday before a date: "Monday, ", "Fri. ".
WEEKDAY_PREFIX = r"""
    (?:(?i:\L<weekdays>)\.?,?\s+)?   # optional weekday and comma
"""


def _named(fragment: str, name: str) -> str:
    """``fragment`` as the named group ``name``."""
    return f"(?P<{name}>{fragment})"


def _month(name: str) -> str:
    return _named(MONTH_WORD, name) + r"\.?"


def _day(name: str) -> str:
    return _named(DAY_NUMBER, name) + DAY_SUFFIX


# The date of an item, in every form recognised.  Group names repeat across
# alternatives: y1/m1/d1 the first day (n1: numeric month), y2/m2/d2 the last
# day of a range, dl each day of a list of days.  Longest alternatives first.
#   "2021-10-14"                       ISO date
#   "2021-10"                          ISO month
#   "December 28, 1993–January 3, 1994"
#   "October 30–November 2, 2021"      "October 14–15"
#   "October 14, 22, 2021"             several days, American order
#   "Oct. 14, 2021"  "October 14"
#   "28 Dec 93-3 Jan 94"
#   "30 October–2 November 2021"       "14-15 October"
#   "4, 12 January"  "4 and 12 January"
#   "14 October 2021"  "3 Nov 93"
#   "December 2020–January 2021"  "June–July 2021"  "June 2021"  "June"
#   "2019–2021"  "2021"
DATE = rf"""
    {WEEKDAY_PREFIX}
    (?:
        (?P<y1>\d{{4}})-(?P<n1>\d{{2}})-(?P<d1>\d{{2}})(?!\d)       # ISO date
      | (?P<y1>\d{{4}})-(?P<n1>\d{{2}})(?![\d\-])                  # ISO month
      | {_month("m1")}\s+{_day("d1")},?\s+{_named(YEAR_US, "y1")}   # first day and year ...
        \s*{DASH}\s*
        {_month("m2")}\s+{_day("d2")},?\s+{_named(YEAR_US, "y2")}   # ... last day and year
      | {_month("m1")}\s+{_day("d1")}                               # first day ...
        \s*{DASH}\s*(?:{_month("m2")}\s+)?{_day("d2")}              # ... last day, month if it changes
        (?:,?\s+{_named(YEAR_US, "y2")})?                           # optional year
      | {_month("m1")}\s+{_day("dl")}                               # first of several days ...
        (?:(?:\s*,\s*|\s*,?\s+and\s+){_day("dl")})+                 # ... the others
        (?:,\s+{_named(YEAR_US, "y1")})?                            # optional year
      | {_month("m1")}\s+{_day("d1")}                               # one day ...
        (?:,?\s+{_named(YEAR_US, "y1")})?                           # ... optional year
      | {_day("d1")}\s+{_month("m1")}\s+{_named(YEAR_ANY, "y1")}    # first day, month, year ...
        \s*{DASH}\s*
        {_day("d2")}\s+{_month("m2")}\s+{_named(YEAR_ANY, "y2")}    # ... last day, month, year
      | {_day("d1")}(?:\s+{_month("m1")})?                          # first day, month if it changes ...
        \s*{DASH}\s*{_day("d2")}\s+{_month("m2")}                   # ... last day and month
        (?:,?\s+{_named(YEAR_ANY, "y2")})?                          # optional year
      | {_day("dl")}                                                # first of several days ...
        (?:(?:\s*,\s*|\s*,?\s+and\s+){_day("dl")})+                 # ... the others
        \s+{_month("m1")}(?:,?\s+{_named(YEAR_ANY, "y1")})?         # month, optional year
      | {_day("d1")}\s+{_month("m1")}                               # day and month ...
        (?:,?\s+{_named(YEAR_ANY, "y1")})?                          # ... optional year
      | {_month("m1")}\s+{_named(YEAR_US, "y1")}                    # first month and year ...
        \s*{DASH}\s*{_month("m2")}\s+{_named(YEAR_US, "y2")}        # ... last month and year
      | {_month("m1")}\s*{DASH}\s*{_month("m2")}                     # month range ...
        (?:,?\s+{_named(YEAR_US, "y2")})?                           # ... optional year
      | {_month("m1")}(?:,?\s+{_named(YEAR_US, "y1")})?             # month, optional year
      | (?P<y1>\d{{4}})\s*{DASH}\s*(?P<y2>\d{{4}})(?!\d)            # year range
      | (?P<y1>\d{{4}})(?!\d)                                       # year
    )
"""

# A locator: "No. 47", "no 47", "#47", "№ 47", "p. 3", "pp. 3–5", "Vol. 2", "Issue 12".
LOCATOR = rf"""
    (?:
        (?i:numbers?|nos?|nr|volume|vol|issue|iss|pages?|pp?|col|para|sec|ch)\.?   # a locator word ...
      | [\#№§]                                                     # ... or sign
    )
    \s*\d+\p{{L}}?                                                 # a number: "47", "3a"
    (?:\s*{DASH}\s*\d+\p{{L}}?)?                                   # optional range: "3–5"
    (?![\p{{L}}\p{{N}}])                                           # and nothing glued on
"""

# One word of a source name:
#   "AFP"  "Ouest-France"  "kurier.com.pk"  "Twitter.com/@handle"  "BBC/M"
#   "AT&T"  "&"  "Jane’s"  "Коммерсантъ"  "الجزيرة"  "[Singapore]"  "[South Africa]"
SOURCE_WORD = rf"""
    (?!{MONTH_WORD})                                   # never a month ("AFP May 4")
    (?!(?i:\L<weekdays>)\.?,?\s+(?:{MONTH_WORD}|\d))   # nor a weekday starting a date
    (?!{LOCATOR})                                      # nor a locator ("No. 47")
    (?!\d{{1,2}}\s+{MONTH_WORD})                       # nor a day starting a date ("4 May")
    (?!\d{{4}}(?![\p{{L}}\d]))                         # nor a year or ISO date
    (?:
        \[[^\[\]();\n]{{1,60}}\]                       # a bracketed qualifier
      | [\p{{L}}\p{{N}}@\#&]                           # a letter, digit, @, # or & ...
        (?:[\p{{L}}\p{{M}}\p{{N}}_'’&.\-/@\#+]|:(?=\S))*   # ... then word characters ("https://" too)
    )
"""

# A source name: up to ten words, the first with a letter in it.
#   "Göteborgs-Posten"  "The Straits Times [Singapore]"  "Facebook.com/City Fire Department"
SOURCE = rf"""
    (?=[^\s,;]*[\p{{L}}@])                 # the first word has a letter (or is a handle)
    {SOURCE_WORD}                          # first word
    (?:\s+{SOURCE_WORD}){{0,9}}            # more words
"""

# Who spoke to or wrote in the outlet: "the minister", "Ivanov", "a ministry spokesman".
SPEAKER = r"""
    \p{L}[\p{L}\p{M}'’.\-]*                 # a first word
    (?:\s+\p{L}[\p{L}\p{M}'’.\-]*){0,4}     # up to four more
"""

# How a speaker is tied to the outlet: "to", "in", "told", "speaking to" ...
SPEAKER_LINK = r"""
    (?:speaking\ to|writing\ in|interviewed\ by|quoted\ by|quoted\ in|cited\ by|told|to|in)
"""

# A lead-in that says the group is a citation: "according to", "via".
LEAD_IN = r"""
    (?:(?P<lead>(?i:according\ to|via))\s+)?     # optional "according to"
"""

# Where the date starts: ", " or " on " ("the minister to Interfax on 5 January").
DATE_SEPARATOR = r"""
    (?:\s*,\s*|\s+on\s+)
"""

# Locators after the sources or after the date: ", No. 47", ", p. 3".
LOCATORS = rf"""
    (?:\s*,\s*{_named(LOCATOR, "locator")})*
"""


def _uncaptured(fragment: str) -> str:
    """``fragment`` with its named groups made non-capturing (for embedding)."""
    return regex.sub(r"\(\?P<\w+>", "(?:", fragment)


_LISTS = {"months": list(MONTHS), "weekdays": sorted(WEEKDAYS), "credits": list(CREDIT_LABELS)}


def _compile(pattern: str) -> regex.Pattern:
    """Compile a verbose pattern with the named lists (\\L<months> ...) it may use."""
    return regex.compile(pattern, regex.VERBOSE | regex.VERSION0, ignore_unused=True, **_LISTS)


#: Reads a date and names its parts (see :data:`DATE`).
DATE_VALUE = _compile(DATE)

# A group with a speaker: "Ivanov in Izvestiya, 3 March",
# "the minister to Interfax on 5 January", "the minister to Interfax, No. 2, 5 January".
SPEAKER_GROUP = _compile(
    rf"""
    {LEAD_IN}
    (?P<speaker>{SPEAKER})\s+{SPEAKER_LINK}\s+    # speaker and link word
    (?P<source>{SOURCE})                          # the outlet
    {LOCATORS}                                    # locators
    {DATE_SEPARATOR}(?P<date>{_uncaptured(DATE)}) # the date
    {LOCATORS}                                    # locators after the date
    """
)

# A dated group: "AFP, May 4", "Interfax, Minsk radio, 25 February",
# "Kommersant, No. 47, March 3", "Za Vilnu Ukrainu, 4, 12 January".
DATED_GROUP = _compile(
    rf"""
    {LEAD_IN}
    (?P<source>{SOURCE})                          # a source ...
    (?:\s*,\s*(?P<source>{SOURCE}))*?             # ... and the fewest more that let a date follow
    {LOCATORS}                                    # locators
    {DATE_SEPARATOR}(?P<date>{_uncaptured(DATE)}) # the date
    {LOCATORS}                                    # locators after the date
    """
)

# An undated group: "AFP", "Reuters, AP", "Kommersant, No. 47".
UNDATED_GROUP = _compile(
    rf"""
    {LEAD_IN}
    (?P<source>{SOURCE})                          # a source ...
    (?:\s*,\s*(?P<source>{SOURCE}))*              # ... and more
    {LOCATORS}                                    # locators
    """
)

# A date with no source before it: ", October 14".
EMPTY_SOURCE = _compile(
    rf"""
    ,\s*{_uncaptured(DATE)}                       # a comma, then straight to the date
    """
)

# A date that lost its comma: "AFP May 4", "Minsk News 28 Dec 93".
MISSING_COMMA = _compile(
    rf"""
    {LEAD_IN}
    (?P<source>{SOURCE})\s+                       # a source, white space only ...
    (?P<date>{_uncaptured(DATE)})                 # ... then the date
    {LOCATORS}
    """
)

# A month that is almost a month: "AFP, Setpember 14", "AFP, 14 Setpember 2021".
MISSPELLED_MONTH = _compile(
    rf"""
    {LEAD_IN}
    (?P<source>{SOURCE})(?:\s*,\s*(?P<source>{SOURCE}))*?   # sources
    {LOCATORS}
    \s*,\s*
    (?:
        (?P<word>\p{{L}}{{3,}})\.?\s+{DAY_NUMBER}{DAY_SUFFIX}        # "Setpember 4" ...
        (?:,?\s+{YEAR_US})?                                         # ... optional year
      | {DAY_NUMBER}{DAY_SUFFIX}\s+(?P<word>\p{{L}}{{3,}})\.?         # "4 Setpember" ...
        (?:,?\s+{YEAR_ANY})?                                        # ... optional year
    )
    {LOCATORS}
    """
)


def _fuzzy_month(name: str) -> str:
    edits = 2 if len(name) >= 7 else 1
    return f"(?:{name}){{e<={edits}}}"


#: Near-misses of month names: two edits for long names ("Setpember"), one for
#: four to six letters ("Agust", "Jume"), none for "May".
FUZZY_MONTH = regex.compile("(?i)(?:" + "|".join(_fuzzy_month(name) for name in MONTH_NAMES if len(name) > 3) + ")")


def _misspelled_month(word: str) -> bool:
    """A capitalised word that is not a month but nearly one: within :data:`FUZZY_MONTH`'s
    edits, or two neighbouring letters swapped ("Mrach", "Juen").

    >>> [_misspelled_month(w) for w in ["Setpember", "Mrach", "Agust", "March", "Match", "Mark", "Mya"]]
    [True, True, True, False, True, False, False]
    """
    folded = word.casefold()
    if not word[:1].isupper() or folded in MONTHS or len(word) < 4:
        return False
    if FUZZY_MONTH.fullmatch(word):
        return True
    swaps = (folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :] for i in range(len(folded) - 1))
    return any(swap in MONTHS and len(swap) > 3 for swap in swaps)


# A credit or caption: "Source: …", "Photo credit: …", "Courtesy of …", "Photo by …",
# "AFP Photo/Jane Doe", "Agency Images/John Doe".
CREDIT = _compile(
    r"""
      \s*(?i:\L<credits>)                        # a credit label ...
      (?:\s*:|\s+(?i:of|by)\s)                   # ... then a colon, "of" or "by"
    | [^;,/]{0,40}?                              # or an agency ...
      (?i:photos?|images|pictures)\s*/           # ... "Photo/" and the photographer
    """
)

# A paragraph break: a line that is empty or white space only, or U+2029.
PARAGRAPH_BREAK = r"(?:\n[^\S\n]*\n|\u2029)"

#: What the scanner stops at.
SCAN_EVENT = _compile(
    rf"""
      (?P<open>\()                 # an opening parenthesis
    | (?P<close>\))                # a closing parenthesis
    | (?P<para>{PARAGRAPH_BREAK})  # a paragraph break
    """
)

#: Nested parentheses or a paragraph break inside a candidate.
NOT_FLAT = _compile(rf"[()] | {PARAGRAPH_BREAK}")

# Where the sentence of an unclosed "(" ends: "." before a capital, a line end, the end.
#   "(AFP, May 4. Next sentence"    -> ends before ". Next"
#   "(AFP, Oct. 14 ..."             -> "Oct." is no sentence end (a digit follows)
SENTENCE_END = _compile(
    r"""
      [.!?]["”’»]?(?=\s+["“‘«]?\p{Lu}|\s*$)   # a full stop before a capital or the end
    | \n                                    # a line end
    """
)

# A word, for the words before a parenthetical: "Organization", "Bank’s", "Co-operation".
WORD = _compile(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*")

# An acronym: "OSCE", "UN", "BBC/M", "AT&T", "G7", "NGOs" (plural).
ACRONYM = _compile(
    r"""
    (?=(?:[^\p{Lu}]*\p{Lu}){2})      # at least two capitals
    [\p{Lu}\p{N}&/.\-]+              # capitals, digits, & / . -
    (?P<plural>s)?                   # optional plural s
    """
)

# A domain name: "kurier.com.pk", "News.example.com", "kurier.at", "Facebook.com/Page".
DOMAIN = _compile(
    r"""
    (?:https?://)?(?:www\.)?                 # optional scheme
    [\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*    # labels
    \.\p{L}{2,6}                             # top-level domain
    (?:/\S*)?                                # optional path
    """
)

# Small patterns used when judging names and context.
NAME_WORD = _compile(r"\[[^\]]*\] | \S+")  # a word of a name; "[South Africa]" is one
LETTER = _compile(r"\p{L}")  # any letter
DIGIT = _compile(r"\d")  # any digit
CAPITALISED = _compile(r"\p{Lu}\p{Ll}")  # "Reuters", not "AFP" or "reuters"
NOT_CAPITAL = _compile(r"[^\p{Lu}]")  # to keep an acronym's capitals
POSSESSIVE = _compile(r"['’]s$")  # "State’s" -> "State"
LAST_PARAGRAPH_BREAK = _compile(r"(?r)" + PARAGRAPH_BREAK)  # searching backwards
LAST_CLAUSE_BREAK = _compile(r"(?r)[.;:!?()\n]\s")  # punctuation ending a clause, backwards
LINK_WORD = _compile(r"\s(?:to|in|told|by)\s")  # a speaker's link word may be present

# ---------------------------------------------------------------------------
# Work accounting
# ---------------------------------------------------------------------------


@attrs.define
class ScanStats:
    """Work counters, for tests that bound the work done on hostile input."""

    events: int = 0
    """Scanner stops (parentheses and paragraph breaks) seen."""
    matches: int = 0
    """Regex matches attempted on candidate text."""

    def reset(self) -> None:
        self.events = 0
        self.matches = 0


#: Work done since the last :meth:`ScanStats.reset` (process-wide).
STATS = ScanStats()


def _guarded(method: str, pattern: regex.Pattern, text: str, pos: int, endpos: int):
    """``pattern.<method>`` on ``text[pos:endpos]``, counted, with a timeout (None on timeout)."""
    STATS.matches += 1
    try:
        return getattr(pattern, method)(text, pos, endpos, timeout=MATCH_TIMEOUT)
    except TimeoutError:
        log.debug("%s timed out at %d", method, pos)
        return None


def _fullmatch(pattern: regex.Pattern, text: str, pos: int, endpos: int):
    """The whole of ``text[pos:endpos]`` matched, or None."""
    return _guarded("fullmatch", pattern, text, pos, endpos)


def _match(pattern: regex.Pattern, text: str, pos: int, endpos: int):
    """A match starting at ``pos``, or None."""
    return _guarded("match", pattern, text, pos, endpos)


def _search(pattern: regex.Pattern, text: str, pos: int, endpos: int):
    """The first match in ``text[pos:endpos]``, or None."""
    return _guarded("search", pattern, text, pos, endpos)


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


class _BadDate(Exception):
    """A date that reads as a date but cannot be one (internal)."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def last_day(date: str) -> datetime.date:
    """The last day an ISO date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) can mean.

    Raises ValueError for anything else.

    >>> last_day("2021-09"), last_day("2020-02"), last_day("2021")
    (datetime.date(2021, 9, 30), datetime.date(2020, 2, 29), datetime.date(2021, 12, 31))
    """
    if len(date) == 7 and date[4] == "-":
        year, month = int(date[:4]), int(date[5:7])
        return datetime.date(year, month, calendar.monthrange(year, month)[1])
    if len(date) == 4:
        return datetime.date(int(date), 12, 31)
    return datetime.date.fromisoformat(date[:10])


def _published_date(published: str | None) -> datetime.date | None:
    """The publication date; a month or year of publication counts as its last day."""
    if published is None:
        return None
    try:
        return last_day(published)
    except (ValueError, TypeError):
        raise ConfigError(f"published date is not ISO YYYY-MM-DD, YYYY-MM or YYYY: {published!r}") from None


def resolve_year(month: int, day: int | None, published: str | None) -> int | None:
    """Year-less date -> the year of the latest such date not after ``published``.

    A month without a day counts from its first day.  Returns None when
    ``published`` is None or the day never occurs in that month.

    Args:
        month: 1-12.
        day: day of the month, or None for a whole month.
        published: ISO ``YYYY-MM-DD`` date of publication, or None.

    Raises:
        ConfigError: ``published`` is not an ISO date.

    >>> resolve_year(6, 8, "2021-09-12")
    2021
    >>> resolve_year(12, 20, "2022-01-10")
    2021
    >>> resolve_year(2, 29, "2023-03-01")
    2020
    >>> resolve_year(6, None, "2021-05-31"), resolve_year(6, 8, None)
    (2020, None)
    """
    pub = _published_date(published)
    if pub is None or not 1 <= month <= 12:
        return None
    for year in range(pub.year, pub.year - 9, -1):
        try:
            when = datetime.date(year, month, day or 1)
        except ValueError:
            continue
        if when <= pub:
            return year
    return None


def _expand_year(written: str, published: str | None) -> int:
    """ "2021" -> 2021; "93" -> 1993; "05" -> 2005 (pivot: not after next year)."""
    digits = written.lstrip("'’")
    if len(digits) == 4:
        return int(digits)
    pub = _published_date(published)
    reference = pub.year if pub else datetime.date.today().year
    century = 2000 + int(digits)
    return century if century <= reference + 1 else century - 100


def _iso(year: int | None, month: int | None = None, day: int | None = None) -> str:
    head = f"{year:04d}" if year is not None else "-"
    if month is None:
        return head
    return f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")


def _days_in(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]


@attrs.frozen
class When:
    """A date read from a citation: ISO forms of its first and last day."""

    date: str | None
    """``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD`` or ``--MM``."""
    date_end: str | None = None
    """Last day of a range, same forms; None when not a range."""

    @classmethod
    def from_match(cls, m: regex.Match, published: str | None) -> tuple[When, ...]:
        """The dates a :data:`DATE_VALUE` match says (several for "4, 12 January").

        Raises:
            _BadDate: an impossible day, month or range (the reason names it).
        """
        written = m.group(0)
        if m.group("n1"):
            year, month = int(m.group("y1")), int(m.group("n1"))
            day = int(m.group("d1")) if m.group("d1") else None
            if not 1 <= month <= 12:
                raise _BadDate(f"invalid month: {written}")
            if day is not None and not 1 <= day <= _days_in(year, month):
                raise _BadDate(f"invalid day: {written}")
            return (cls(_iso(year, month, day)),)

        def year_of(name: str) -> int | None:
            value = m.group(name)
            return _expand_year(value, published) if value else None

        def month_of(name: str) -> int | None:
            value = m.group(name)
            return MONTHS[value.casefold()] if value else None

        y1, y2, m1, m2 = year_of("y1"), year_of("y2"), month_of("m1"), month_of("m2")
        if m.captures("dl"):
            return tuple(cls._single(y1, m1, int(day), written, published) for day in m.captures("dl"))
        d1 = int(m.group("d1")) if m.group("d1") else None
        d2 = int(m.group("d2")) if m.group("d2") else None
        if m1 is None and m2 is None:  # years only
            return (cls(_iso(y1), _iso(y2) if y2 is not None else None),)
        if d2 is None and m2 is None:  # one day or one month
            return (cls._single(y1 if y1 is not None else y2, m1, d1, written, published),)
        return (cls._range(y1, m1 or m2, d1, y2, m2 or m1, d2, written, published),)

    @classmethod
    def _single(cls, year, month, day, written, published) -> When:
        if day is not None and not 1 <= day <= _days_in(year, month):
            raise _BadDate(f"invalid day: {written}")
        if year is None:
            year = resolve_year(month, day, published)
        return cls(_iso(year, month, day))

    @classmethod
    def _range(cls, ys, ms, ds, ye, me, de, written, published) -> When:
        for year, month, day in ((ys, ms, ds), (ye, me, de)):
            if day is not None and not 1 <= day <= _days_in(year, month):
                raise _BadDate(f"invalid day: {written}")
        if ms == me and ds is not None and de is not None and ds > de:
            raise _BadDate(f"invalid date range: {written}")
        forward = (ms, ds or 1) <= (me, de or 1)  # else it runs into the next year
        if ys is None and ye is not None:
            ys = ye if forward else ye - 1
        elif ye is None and ys is not None:
            ye = ys if forward else ys + 1
        elif ys is None and published is not None:
            ys = resolve_year(ms, ds, published)
            ye = None if ys is None else ys if forward else ys + 1
        if ys is not None and ye is not None and (ys, ms, ds or 1) > (ye, me, de or 1):
            raise _BadDate(f"invalid date range: {written}")
        if (ys, ms, ds) == (ye, me, de):
            return cls(_iso(ys, ms, ds))
        return cls(_iso(ys, ms, ds), _iso(ye, me, de))


# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------


def _words(name: str) -> list[str]:
    """Words of a name, a bracketed qualifier counting as one word."""
    return NAME_WORD.findall(name)


def _key(word: str) -> str:
    return word.casefold().strip(".,:'’")


def _is_handle_or_domain(word: str) -> bool:
    return "@" in word or ("." in word and DOMAIN.fullmatch(word) is not None)


def _first_letter(word: str) -> str | None:
    m = LETTER.search(word)
    return m.group(0) if m else None


def _lower_word(word: str) -> bool:
    """A word that starts with a lower-case letter and is not a particle, domain or handle."""
    if word.startswith("[") or _key(word) in PARTICLES or _is_handle_or_domain(word):
        return False
    return word.lstrip("\"'‘“")[:1].islower()


def _name_ok(name: str) -> bool:
    """A source as analysts write it, not a clause.

    At most ten words; no aside lead ("see", "e.g.", "who") first; no verb-like
    word ("is", "was", "said", a lower-case "-ed" word); at most one lower-case
    word besides particles ("Minsk radio"); at least one capitalised word,
    domain or handle; does not end with a particle.

    >>> [_name_ok(n) for n in ["Minsk radio", "kurier.com.pk", "who was a mayor", "reporters"]]
    [True, True, False, False]
    """
    words = _words(name)
    if not words or len(words) > 10 or (_key(words[0]) in ASIDE_LEADS and not _acronym_shape(words[0])):
        return False
    if len(words) > 1 and _key(words[-1]) in PARTICLES:
        return False
    lower = 0
    named = False
    for word in words:
        key = _key(word)
        if key in PROSE_WORDS and not _acronym_shape(word):  # "WHO" is no "who"
            return False
        if _lower_word(word):
            if key.endswith(("ed", "ing")):
                return False
            lower += 1
        elif (
            word.startswith("[")
            or _is_handle_or_domain(word)
            or (key not in PARTICLES and _first_letter(word) is not None)
        ):
            named = True
    return named and lower <= 1


def _proper_name(name: str) -> bool:
    """Every word capitalised (or a particle inside, a qualifier, domain, handle, number).

    >>> _proper_name("Voice of the People"), _proper_name("Minsk radio"), _proper_name("of People")
    (True, False, False)
    """
    words = _words(name)
    if not words or not _name_ok(name):
        return False
    for i, word in enumerate(words):
        if _key(word) in PARTICLES:  # "of", "&", "de": inside only, unless capitalised ("The")
            if i in (0, len(words) - 1) and not word[:1].isupper():
                return False
        elif _lower_word(word):
            return False
    return True


def _speaker_ok(speaker: str) -> bool:
    """A person as written: "the minister", "Ivanov", "a ministry spokesman"."""
    words = speaker.split()
    if len(words) > 5 or _key(words[0]) in ASIDE_LEADS:
        return False
    lower = 0
    for word in words:
        key = _key(word)
        if key in PROSE_WORDS or key in PARTICLES - {"the", "a", "an"}:
            return False
        if word[:1].islower() and key not in ("the", "a", "an"):
            if key.endswith(("ed", "ing")):
                return False
            lower += 1
    return lower <= 2


def _acronym_shape(word: str) -> bool:
    m = ACRONYM.fullmatch(word)
    return m is not None and not m.group("plural")


def _bare_shape(name: str) -> str | None:
    """Which outlet-like shape an undated name has: "domain", "handle",
    "acronym", "name" (several capitalised words), "word" (one), or None."""
    words = _words(name)
    if len(words) == 1 and "@" in name:
        return "handle"
    if len(words) == 1 and DOMAIN.fullmatch(name):
        return "domain"
    if len(words) == 1 and _acronym_shape(name):
        return "acronym"
    if len(words) > 1 and _proper_name(name) and not any(w.isdigit() for w in words):
        return "name"  # not "Figure 2", "Resolution 2254"
    if len(words) == 1 and _proper_name(name) and CAPITALISED.match(name):
        return "word"
    return None


# ---------------------------------------------------------------------------
# Groups
# ---------------------------------------------------------------------------


@attrs.frozen
class GroupReading:
    """What one ``;``-separated group of a parenthetical says."""

    start: int
    """Start of the group (white space trimmed)."""
    end: int
    sources: tuple[str, ...]
    """Sources as written, in order."""
    whens: tuple[When, ...] = ()
    """Dates, in order; empty when undated."""
    locator: str | None = None
    speaker: str | None = None
    lead: str | None = None
    """"according to" or "via" when the group says so."""

    @classmethod
    def from_match(cls, m: regex.Match, published: str | None) -> GroupReading:
        """Read a :data:`SPEAKER_GROUP`, :data:`DATED_GROUP` or :data:`UNDATED_GROUP` match.

        Raises:
            _BadDate: the date is impossible.
        """
        whens: tuple[When, ...] = ()
        if "date" in m.re.groupindex and m.group("date") is not None:
            dm = _fullmatch(DATE_VALUE, m.string, m.start("date"), m.end("date"))
            if dm is None:  # cannot happen: the same pattern matched inside the group
                raise _BadDate(f"unreadable date: {m.group('date')}")
            whens = When.from_match(dm, published)
        speaker = m.group("speaker") if "speaker" in m.re.groupindex else None
        return cls(
            start=m.start(),
            end=m.end(),
            sources=tuple(m.captures("source")),
            whens=whens,
            locator=", ".join(m.captures("locator")) or None,
            speaker=speaker,
            lead=m.group("lead"),
        )

    def acceptable(self) -> bool:
        """Sources (and speaker) read as names, not as prose."""
        if self.speaker is not None and not _speaker_ok(self.speaker):
            return False
        return all(_name_ok(s) for s in self.sources)

    def citations(self, text: str, paren_start: int, paren_end: int) -> tuple[Citation, ...]:
        """One citation per source and date, in order, all spanning the group."""
        raw = text[self.start : self.end]
        return tuple(
            Citation(
                start=self.start,
                end=self.end,
                raw=raw,
                source=Source(name=name),
                date=when.date,
                date_end=when.date_end,
                paren_start=paren_start,
                paren_end=paren_end,
                locator=self.locator,
                speaker=self.speaker,
            )
            for name in self.sources
            for when in (self.whens or (When(None),))
        )


@attrs.frozen
class _Problem:
    """A group that is almost a citation (internal)."""

    reason: str


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _read_group(text: str, start: int, end: int, published: str | None) -> GroupReading | _Problem | None:
    """Read ``text[start:end]`` (trimmed) as a citation group, a near-miss, or nothing."""
    group = text[start:end]
    patterns = []
    if LINK_WORD.search(group):
        patterns.append(SPEAKER_GROUP)
    if "," in group or "on" in group:  # a date follows ", " or " on "
        patterns.append(DATED_GROUP)
    for pattern in patterns:
        m = _fullmatch(pattern, text, start, end)
        if m is None:
            continue
        try:
            reading = GroupReading.from_match(m, published)
        except _BadDate as e:
            if _names_ok_for_problem(m):
                return _Problem(e.reason)
            continue
        misspelled = _misspelled_day(reading.sources)
        if misspelled:
            return _Problem(f'misspelled month "{misspelled}"')
        if reading.acceptable():
            return reading
    problem = _near_miss(text, start, end)
    if problem is not None:
        return problem
    m = _fullmatch(UNDATED_GROUP, text, start, end)
    if m is not None:
        reading = GroupReading.from_match(m, published)
        if reading.acceptable():
            return reading
    return None


def _misspelled_day(sources) -> str | None:
    """A "source" that is really a misspelled month and a day ("Setpember 4"), or None.

    Several sources may share one date (``Interfax, Minsk radio, 25 February``),
    so a misspelled date before a year reads as one more source; catch it.
    """
    for name in sources:
        words = _words(name)
        if len(words) == 2 and words[1].isdigit() and _misspelled_month(words[0]):
            return words[0]
        if len(words) == 2 and words[0].isdigit() and _misspelled_month(words[1]):
            return words[1]
    return None


def _names_ok_for_problem(m: regex.Match) -> bool:
    """The names of a group with a bad date read as names (so the date is what is wrong)."""
    if "speaker" in m.re.groupindex and m.group("speaker") is not None and not _speaker_ok(m.group("speaker")):
        return False
    return all(_name_ok(s) for s in m.captures("source"))


def _near_miss(text: str, start: int, end: int) -> _Problem | None:
    """Why a group that is not a citation is almost one, or None."""
    group = text[start:end]
    if DIGIT.search(group) is None:  # every near-miss has a day
        return None
    if group.startswith(",") and _fullmatch(EMPTY_SOURCE, text, start, end):
        return _Problem("empty source")
    m = _fullmatch(MISSPELLED_MONTH, text, start, end) if "," in group else None
    if m is not None and all(_name_ok(s) for s in m.captures("source")):
        word = m.group("word")
        if _misspelled_month(word):
            return _Problem(f'misspelled month "{word}"')
    m = _fullmatch(MISSING_COMMA, text, start, end)
    if m is not None:
        source = m.group("source")
        has_day = DIGIT.search(m.group("date")) and LETTER.search(m.group("date"))
        if has_day and len(_words(source)) <= 5 and _proper_name(source):
            return _Problem("missing comma between source and date")
    return None


def _groups(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The ``;``-separated groups of ``text[start:end]``, trimmed, empty ones skipped."""
    pos = start
    while pos <= end:
        cut = text.find(";", pos, end)
        if cut < 0:
            cut = end
        g_start, g_end = _trimmed(text, pos, cut)
        if g_end > g_start:
            yield g_start, g_end
        pos = cut + 1


# ---------------------------------------------------------------------------
# Context of undated parentheticals
# ---------------------------------------------------------------------------

_CLOSING_QUOTES = '”’"»'


def _before(text: str, pos: int, floor: int = 0) -> int:
    """Index of the last non-space character before ``pos`` on its line, or -1."""
    i = pos - 1
    while i >= floor and text[i].isspace() and text[i] != "\n":
        i -= 1
    return i if i >= floor and text[i] != "\n" else -1


def _after(text: str, pos: int) -> str:
    """The first non-space character at or after ``pos`` on its line ('' at a line end or the end)."""
    i = pos
    while i < len(text) and text[i].isspace() and text[i] != "\n":
        i += 1
    return "" if i >= len(text) or text[i] == "\n" else text[i]


def _inside_quotation(text: str, pos: int) -> bool:
    """An opening quotation mark before ``pos`` in its paragraph is still open."""
    floor = max(0, pos - 2000)
    m = LAST_PARAGRAPH_BREAK.search(text, floor, pos)
    if m is not None:
        floor = m.end()
    window = text[floor:pos]
    last_open = max(window.rfind(q) for q in "“«")
    last_close = max(window.rfind(q) for q in "”»")
    if last_open > last_close:
        return True
    return window.count('"') % 2 == 1


def _words_before(text: str, pos: int) -> list[str]:
    """Up to twelve words before ``pos`` in the same clause, possessive "’s" dropped."""
    floor = max(0, pos - 200)
    m = LAST_CLAUSE_BREAK.search(text, floor, pos)
    if m is not None:
        floor = m.end()
    words = WORD.findall(text, floor, pos)[-12:]
    return [POSSESSIVE.sub("", w) for w in words]


def _initials(words: Sequence[str], capitalised_only: bool, split_hyphens: bool) -> str:
    out = []
    for word in words:
        parts = word.split("-") if split_hyphens else [word]
        for part in parts:
            if not part:
                continue
            if _acronym_shape(part):
                out.append(NOT_CAPITAL.sub("", part))
            elif not capitalised_only or part[:1].isupper():
                out.append(part[:1])
    return "".join(out).upper()


def _is_expansion(text: str, open_: int, name: str) -> bool:
    """The parenthetical expands, abbreviates or glosses the words before it.

    >>> _is_expansion("the Organization of American States (OAS)", 36, "OAS")
    True
    >>> _is_expansion("non-governmental organisations (NGOs)", 31, "NGOs")
    True
    >>> _is_expansion("the bridge was closed (AFP)", 22, "AFP")
    False
    """
    words = _words_before(text, open_)
    m = ACRONYM.fullmatch(name)
    if m is not None:
        if m.group("plural"):
            return True
        letters = NOT_CAPITAL.sub("", name)
        for k in range(1, len(words) + 1):
            tail = words[-k:]
            for split in (False, True):
                if _initials(tail, True, split) == letters:
                    return True
                if len(letters) >= 3 and _initials(tail, False, split) == letters:
                    return True
        return False
    if words and _acronym_shape(words[-1]):
        return True
    near = {w.casefold() for w in words[-3:] if len(w) >= 3}
    return any(len(w) >= 3 and w.casefold() in near for w in WORD.findall(name))


def _bare_citation(text: str, open_: int, close: int, reading: GroupReading) -> bool:
    """Whether an undated one-source group stands as a citation in its context (see module doc)."""
    if len(reading.sources) != 1 or reading.speaker is not None:
        return False
    name = reading.sources[0]
    if reading.lead is not None:
        return _name_ok(name)
    shape = _bare_shape(name)
    if shape is None and reading.locator is None:
        return False
    prev = _before(text, open_)
    if prev < 0:
        return False
    prev_char = text[prev]
    if not (prev_char.isalnum() or prev_char in _CLOSING_QUOTES + ".%)]!?"):
        return False
    next_char = _after(text, close)
    if shape == "word":
        if next_char not in ("", ".", ";", "!", "?"):
            return False
        words = _words_before(text, open_)
        if not words or not words[-1][:1].islower():
            return False
    elif next_char not in ("", ".", ";", ",", "!", "?"):
        return False
    if _inside_quotation(text, open_):
        return False
    return not _is_expansion(text, open_, name)


# ---------------------------------------------------------------------------
# Parentheticals
# ---------------------------------------------------------------------------


def _read_parenthetical(
    text: str, open_: int, close: int, published: str | None, *, unclosed: bool = False
) -> tuple[tuple[Citation, ...], Malformed | None] | None:
    """Read the parenthetical ``text[open_:close]``.

    Returns None when it is not a citation at all, else the citations of its
    well-formed groups and the first problem found (or None).  With
    ``unclosed``, ``close`` is where the candidate text ends (there is no
    ``)``) and only dated groups count.
    """
    inner_start, inner_end = open_ + 1, close if unclosed else close - 1
    if inner_end - inner_start > MAX_PAREN or inner_end <= inner_start:
        return None
    inner = text[inner_start:inner_end]
    if "(" in inner or ")" in inner or "\u2029" in inner or ("\n" in inner and NOT_FLAT.search(inner)):
        return None  # nested parentheses or a paragraph break
    if LETTER.search(inner) is None:
        return None  # numbers only: "(2001)", "(5%)"
    if inner.islower() and not any(mark in inner for mark in ",;.@") and DIGIT.search(inner) is None:
        return None  # lower-case words only: an aside ("(sic)", "(a)")
    if _match(CREDIT, text, inner_start, inner_end):
        return None  # an image credit: "(Photo: AFP)"
    groups = list(_groups(text, inner_start, inner_end))
    readings: list[GroupReading] = []
    problem: _Problem | None = None
    for g_start, g_end in groups:
        found = _read_group(text, g_start, g_end, published)
        if isinstance(found, _Problem):
            problem = problem or found
        elif found is not None:
            readings.append(found)
    if unclosed:  # only a parenthetical that is wholly a dated citation
        if problem is None and len(readings) == len(groups) and all(r.whens for r in readings):
            return (), Malformed(open_, close, text[open_:close], 'unbalanced parenthesis: "(" is never closed')
        return None
    malformed = None if problem is None else Malformed(open_, close, text[open_:close], problem.reason)
    if any(r.whens for r in readings):
        return tuple(c for r in readings for c in r.citations(text, open_, close)), malformed
    if malformed is not None:
        return (), malformed
    if len(groups) == 1 and len(readings) == 1 and _bare_citation(text, open_, close, readings[0]):
        return readings[0].citations(text, open_, close), None
    return None


def parse_parenthetical(
    text: str, open_: int, close: int, *, published: str | None = None
) -> tuple[Citation, ...] | Malformed | None:
    """Parse the parenthetical ``text[open_:close]`` (``(`` at ``open_``, ``)`` at ``close - 1``).

    The text around the parenthetical is read too, to tell an undated
    citation ``(AFP)`` from an acronym or an aside (see the module doc).

    Args:
        text: the whole text; offsets in the result index it.
        open_: offset of ``(``.
        close: offset one past ``)``.
        published: ISO publication date, to give year-less dates a year.

    Returns:
        The citation items, in order; a :class:`~provenance.model.Malformed`
        when the parenthetical is almost a citation (when one group of several
        is malformed, the whole parenthetical is reported); None when it is not
        a citation (asides, acronyms, numbers, credits, nested parentheses).

    >>> t = "Velda fell (Reuters, Aug. 17, 2019)."
    >>> [(c.source.name, c.date, c.raw) for c in parse_parenthetical(t, 11, 35)]
    [('Reuters', '2019-08-17', 'Reuters, Aug. 17, 2019')]
    >>> parse_parenthetical("(AFP, Setpember 14)", 0, 19).reason
    'misspelled month "Setpember"'
    >>> print(parse_parenthetical("the Organization of American States (OAS)", 36, 41))
    None
    """
    if not (0 <= open_ < close <= len(text)) or text[open_] != "(" or text[close - 1] != ")":
        return None
    result = _read_parenthetical(text, open_, close, published)
    if result is None:
        return None
    citations, malformed = result
    return malformed if malformed is not None else citations


def _scan(text: str, start: int, end: int) -> Iterator[tuple[bool, int, int]]:
    """Candidates of ``text[start:end]`` in one pass with an explicit stack.

    Yields ``(True, open, close)`` for each balanced parenthetical without
    parentheses inside it and within one paragraph, and ``(False, open,
    limit)`` for each ``(`` never closed within its paragraph, ``limit`` being
    the next parenthesis or paragraph break after it.  Linear in the length.
    """
    stack: list[list] = []  # [offset of "(", has nested parentheses, limit]
    last_open: list | None = None
    for m in SCAN_EVENT.finditer(text, start, end):
        STATS.events += 1
        if last_open is not None:
            last_open[2] = m.start()
            last_open = None
        kind = m.lastgroup
        if kind == "open":
            if stack:
                stack[-1][1] = True
            last_open = [m.start(), False, None]
            stack.append(last_open)
        elif kind == "close":
            if stack:
                entry = stack.pop()
                if not entry[1]:
                    yield True, entry[0], m.end()
        else:
            for entry in stack:
                yield False, entry[0], entry[2] if entry[2] is not None else m.start()
            stack.clear()
    for entry in stack:
        yield False, entry[0], entry[2] if entry[2] is not None else end


def _unclosed(text: str, open_: int, limit: int, published: str | None) -> Malformed | None:
    """A never-closed ``(`` whose sentence reads as a dated citation, as Malformed."""
    limit = min(limit, open_ + 1 + MAX_PAREN)
    if limit <= open_ + 1:
        return None
    m = _search(SENTENCE_END, text, open_ + 1, limit)
    stop = m.start() if m is not None else limit
    _, stop = _trimmed(text, open_ + 1, stop)
    if stop <= open_ + 1:
        return None
    result = _read_parenthetical(text, open_, stop, published, unclosed=True)
    return result[1] if result is not None else None


def find_citations(
    text: str, start: int = 0, end: int | None = None, *, published: str | None = None
) -> tuple[tuple[Citation, ...], tuple[Malformed, ...]]:
    """Scan ``text[start:end]`` for parenthetical citations.

    One pass with an explicit stack finds the innermost parentheticals; each
    is read by :func:`parse_parenthetical`.  A parenthetical with parentheses
    inside it, or crossing a paragraph break, is not a citation.  Work is
    linear in the length of the text (see :data:`STATS`).

    Args:
        text: the whole text; offsets in the result index it.
        start: where to start scanning.
        end: where to stop scanning (default: the end of the text).
        published: ISO publication date, to give year-less dates a year.

    Returns:
        The citation items in text order (items of one group share its span),
        and the malformed candidates in text order.  The well-formed groups of
        a parenthetical with a malformed group are kept as citations.

    >>> cs, bad = find_citations("It rained (Kurier, June 8). It snowed (AFP May 4).", published="2022-06-01")
    >>> [(c.source.name, c.date) for c in cs], [(m.text, m.reason) for m in bad]
    ([('Kurier', '2021-06-08')], [('(AFP May 4)', 'missing comma between source and date')])
    """
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    _published_date(published)  # fail early on a bad date
    citations: list[Citation] = []
    malformed: list[Malformed] = []
    for closed, open_, close in _scan(text, start, end):
        if closed:
            result = _read_parenthetical(text, open_, close, published)
            if result is not None:
                citations.extend(result[0])
                if result[1] is not None:
                    malformed.append(result[1])
        else:
            problem = _unclosed(text, open_, close, published)
            if problem is not None:
                malformed.append(problem)
    citations.sort(key=lambda c: c.start)
    malformed.sort(key=lambda m: m.start)
    return tuple(citations), tuple(malformed)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

_ISO_PARTS = regex.compile(r"(?:(?P<y>\d{4})|-)(?:-(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?")


def _parts(iso: str) -> tuple[int | None, int | None, int | None]:
    m = _ISO_PARTS.fullmatch(iso)
    if m is None:
        return None, None, None
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    return (int(y) if y else None, int(mo) if mo else None, int(d) if d else None)


def _render_date(date: str, date_end: str | None) -> str:
    y1, m1, d1 = _parts(date)
    if m1 is None:
        return date if date_end is None else f"{date}–{date_end}"
    name1 = MONTH_NAMES[m1 - 1]
    year1 = f" {y1}" if y1 is not None else ""
    if date_end is None:
        if d1 is None:
            return f"{name1}{year1}"
        return f"{name1} {d1}" + (f", {y1}" if y1 is not None else "")
    y2, m2, d2 = _parts(date_end)
    if m2 is None:
        return f"{date}–{date_end}"
    name2 = MONTH_NAMES[m2 - 1]
    if d1 is None or d2 is None:
        if y1 != y2:
            return f"{name1}{year1}–{name2}" + (f" {y2}" if y2 is not None else "")
        return f"{name1}–{name2}" + (f" {y2}" if y2 is not None else "")
    if y1 is not None and y2 is not None and y1 != y2:
        return f"{name1} {d1}, {y1}–{name2} {d2}, {y2}"
    tail = f", {y2}" if y2 is not None else ""
    if m1 == m2:
        return f"{name1} {d1}–{d2}{tail}"
    return f"{name1} {d1}–{name2} {d2}{tail}"


def render(citations: Sequence[Citation]) -> str:
    """Render citation items as one parenthetical, one ``;``-separated group per item.

    Parsing the result gives the same sources, dates, locators and speakers
    (years stay as given: year-less dates are rendered year-less).

    >>> from provenance.model import Source
    >>> render([Citation(0, 0, "", Source("A"), date="--10-14"),
    ...         Citation(0, 0, "", Source("B"), date="2020-03-05")])
    '(A, October 14; B, March 5, 2020)'
    >>> s = render([Citation(0, 0, "", Source("AFP"), date="2021-10-14", date_end="2021-10-15")])
    >>> s, [(c.source.name, c.date, c.date_end) for c in parse_parenthetical(s, 0, len(s))]
    ('(AFP, October 14–15, 2021)', [('AFP', '2021-10-14', '2021-10-15')])
    """
    items = []
    for c in citations:
        head = f"{c.speaker} to {c.source.name}" if c.speaker else c.source.name
        parts = [head]
        if c.locator:
            parts.append(c.locator)
        if c.date:
            parts.append(_render_date(c.date, c.date_end))
        items.append(", ".join(parts))
    return "(" + "; ".join(items) + ")"
