"""The citation grammar: named pattern fragments composed into compiled patterns, and the
guarded way every pattern is run over untrusted text (counted, under the time-out policy
of :mod:`provenance.patterns`)."""

from __future__ import annotations

from typing import Any

import attrs
import regex

from provenance import patterns
from provenance.citations.words import (
    CREDIT_LABELS,
    DOCUMENTS,
    LEADS,
    MONTHS,
    SPEECH_NOUNS,
    STRONG_LEADS,
    TAILS,
    WEEKDAYS,
)

# --------------------------------------------------------------------------
# Grammar.  Fragments are verbose-mode strings composed into the compiled
# patterns below; named lists: \L<months>, \L<weekdays>, \L<credits>.
# --------------------------------------------------------------------------

#: Longest content between parentheses that may still be a citation.
MAX_PAREN = 500
# A dash joining the ends of a range: "-", "‐", "‑", "‒", "–", "—", "―", "−".
DASH = r"[\-\u2010-\u2015\u2212]"

# A month word: "September", "Sept.", "sep", "Jan.", "April" in "26 April-2 May" --
# not "Mayor", "Mar-a-Lago" or "jul.com".
MONTH_WORD = r"""
    (?i:\L<months>)              # a month name or abbreviation, any case
    (?!\p{L}|-\p{L}|\.\p{L})     # not the start of a longer word or a domain
"""

# A day of the month: "4", "04", "31", "4th"; its value is checked later.  A letter O
# typed or scanned for a zero ("1O", "2O", "O4") is read too; the group reports it as a slip.
DAY_NUMBER = r"""
    (?:\d{1,2}|\d[Oo]|[Oo][1-9])   # one or two digits, or a digit and a letter O
"""
DAY_SUFFIX = r"""
    (?i:st|nd|rd|th)?       # optional ordinal suffix: "4th"
    (?!\d)                  # not part of a longer number
"""

# Four digits of a year: "2021", or with a letter O for a zero ("199O", "2OO1": a slip).
YEAR_DIGITS = r"""
    (?:\d{4}|(?:19|2[0Oo])[\dOo]{2}(?![\p{L}\d]))   # digits, or a year of the 1900s or 2000s with O
"""

# A year in British order: "2021", "93", "’93".
YEAR_ANY = rf"""
    (?:{YEAR_DIGITS}|['’]?\d{{2}})    # four digits, or two (optionally after an apostrophe)
    (?!\d)                           # not part of a longer number
"""

# A year in American order: "2021" or "’93" (a bare "93" would read as a day).
YEAR_US = rf"""
    (?:{YEAR_DIGITS}|['’]\d{{2}})     # four digits, or an apostrophe and two
    (?!\d)                           # not part of a longer number
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

# A locator: "No. 47", "no 47", "#47", "№ 47", "p. 3", "pp. 3–5", "Vol. 2", "Issue 12",
# and a numbered document: "Decision No. 58", "Resolution 2254".
LOCATOR = rf"""
    (?:(?i:\L<documents>)\s+(?=(?i:nos?|nr)\.?\s*\d|\d))?   # optional document: "Decision No. 58"
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
    (?!{DAY_NUMBER}\s+{MONTH_WORD})                     # nor a day starting a date ("4 May", "1O May")
    (?!{YEAR_DIGITS}(?![\p{{L}}\d]))                    # nor a year or ISO date
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

# How a speaker is tied to the outlet: "to", "in", "told", "speaking to", "cited in" ...
#   "KPMG study cited in Kapital.kz, 7 February"  "Goskomstat figures published in Trud, May 1992"
SPEAKER_LINK = r"""
    (?:speaking\ to|writing\ in|interviewed\ by|quoted\ by|quoted\ in|cited\ by|cited\ in
      |published\ in|published\ by|reported\ in|reported\ by|told|to|in)
"""

# Who spoke to or wrote in the outlet: "the minister", "Ivanov", "a ministry spokesman",
# "KPMG study" -- its words stop at the link word.
SPEAKER = rf"""
    \p{{L}}[\p{{L}}\p{{M}}'’.\-]*                              # a first word
    (?:\s+(?!{SPEAKER_LINK}\s)\p{{L}}[\p{{L}}\p{{M}}'’.\-]*){{0,4}}   # up to four more, none a link word
"""

# A lead-in before the sources: "according to", "via", "as reported by", "see",
# "for example,", "e.g." (words in :data:`~provenance.citations.words.LEADS`).
LEAD_IN = r"""
    (?:(?P<lead>(?i:\L<leads>))\.?,?\s+)?      # optional lead-in, its stop and comma
"""

# What an analyst writes before "according to" inside the parentheses:
#   "(12 million, according to Interfax, 14 January)" -> "12 million, "
ASIDE_BEFORE_LEAD = r"""
    (?:
        (?P<aside>[^;]{1,120}?)\s*,\s+          # a short aside and a comma ...
        (?=(?i:\L<strong_leads>)\s)             # ... only before a lead that says "cited"
    )?
"""

# A tail after the date: "(…, 23 September 1992, respectively)".
TAIL = r"""
    (?:\s*,?\s+(?P<tail>(?i:\L<tails>))\.?)?   # optional tail word
"""

# A noun of speech before a speaker: "interviews by the deputy chairman in X",
# "a statement by the ministry to X", "remarks of the mayor in X".
SPEECH_LEAD = r"""
    (?:
        (?i:an?\s+|the\s+)?                   # optional article
        (?i:\L<speech_nouns>)                  # "interview", "statement" ...
        (?:\s+(?i:given|made))?                # optional "given"
        \s+(?i:by|with|from|of)\s+             # then the speaker's preposition
    )?
"""

# Where the date starts: ", " or " on " ("the minister to Interfax on 5 January").
DATE_SEPARATOR = r"""
    (?:\s*,\s*|\s+on\s+)
"""

# What document of the source is cited, in small letters after a comma:
#   "GDF, monitoring reports, 2004"  "Borealgaz, press release, 2 May"
DOCUMENT = r"""
    (?:\p{Ll}[\p{L}\-]*\s+){0,2}         # up to two words before the noun: "annual", "monitoring"
    (?i:\L<documents>)                    # a document noun: "report", "press release"
    (?![\p{L}\-])
"""

# Locators after the sources or after the date: ", No. 47", ", p. 3", ", monitoring reports".
LOCATORS = rf"""
    (?:\s*,\s*(?:{_named(LOCATOR, "locator")}|{_named(DOCUMENT, "locator")}))*
"""

# A locator right after a source name, without a comma: "Tribuna No. 7, February 1992".
GLUED_LOCATOR = rf"""
    (?:\s+{_named(LOCATOR, "locator")})?
"""

# Dates of one source, each a :data:`DATE`, separated by commas or "and":
#   "29 January, 11 March 1992"   "4, 14 January, 24 February 1994"
#   "5 May 1992, 3 December 1992 and 17 April 1993"
DATE_LIST_SEPARATOR = r"""
    (?:\s*,\s*(?:and\s+)?|\s+and\s+)
"""


def _uncaptured(fragment: str) -> str:
    """``fragment`` with its named groups made non-capturing (for embedding)."""
    return regex.sub(r"\(\?P<\w+>", "(?:", fragment)


_LISTS: dict[str, Any] = {
    "months": list(MONTHS),
    "weekdays": sorted(WEEKDAYS),
    "credits": list(CREDIT_LABELS),
    "leads": list(LEADS),
    "strong_leads": list(STRONG_LEADS),
    "tails": list(TAILS),
    "speech_nouns": list(SPEECH_NOUNS),
    "documents": list(DOCUMENTS),
}


def _compile(pattern: str) -> regex.Pattern:
    """Compile a verbose pattern with the named lists (\\L<months> ...) it may use."""
    return regex.compile(pattern, regex.VERBOSE | regex.VERSION0, ignore_unused=True, **_LISTS)


#: Reads a date and names its parts (see :data:`DATE`).
DATE_VALUE = _compile(DATE)

# The dates of a group, one or several (see :data:`DATE_LIST_SEPARATOR`).
DATES = rf"""
    {_uncaptured(DATE)}
    (?:{DATE_LIST_SEPARATOR}{_uncaptured(DATE)})*
"""

#: Splits :data:`DATES` into its dates: each is a capture of the group "one".
DATE_ITEMS = _compile(
    rf"""
    (?P<one>{_uncaptured(DATE)})                              # the first date ...
    (?:{DATE_LIST_SEPARATOR}(?P<one>{_uncaptured(DATE)}))*    # ... and the others
    """
)

# A group with a speaker: "Ivanov in Izvestiya, 3 March",
# "the minister to Interfax on 5 January", "the minister to Interfax, No. 2, 5 January".
#   "interviews by the deputy chairman in Izvestiya, 28 March 1992".
SPEAKER_GROUP = _compile(
    rf"""
    {ASIDE_BEFORE_LEAD}
    {LEAD_IN}
    {SPEECH_LEAD}
    (?P<speaker>{SPEAKER})\s+{SPEAKER_LINK}\s+    # speaker and link word
    (?P<source>{SOURCE})                          # the outlet
    {GLUED_LOCATOR}{LOCATORS}                     # locators
    {DATE_SEPARATOR}(?P<date>{DATES})             # the dates
    {LOCATORS}                                    # locators after the dates
    {TAIL}
    """
)

# A dated group: "AFP, May 4", "Interfax, Minsk radio, 25 February",
# "Kommersant, No. 47, March 3", "Za Vilnu Ukrainu, 4, 12 January",
# "see Kurier, 29 January, 11 March 1992", "as reported by Kanal 5 on 8 February".
DATED_GROUP = _compile(
    rf"""
    {ASIDE_BEFORE_LEAD}
    {LEAD_IN}
    (?P<source>{SOURCE})                          # a source ...
    (?:\s*,\s*(?P<source>{SOURCE}))*?             # ... and the fewest more that let a date follow
    {GLUED_LOCATOR}{LOCATORS}                     # locators
    {DATE_SEPARATOR}(?P<date>{DATES})             # the dates
    {LOCATORS}                                    # locators after the dates
    {TAIL}
    """
)

# The date first: "26 February, Kanal 5", "3 May 1994, Kurier, No. 12".
DATE_FIRST_GROUP = _compile(
    rf"""
    {LEAD_IN}
    (?P<date>{DATES})                             # the dates ...
    \s*,\s*(?P<source>{SOURCE})                   # ... then a source
    (?:\s*,\s*(?P<source>{SOURCE}))*?             # ... and more
    {GLUED_LOCATOR}{LOCATORS}                     # locators
    {TAIL}
    """
)

# Dates alone, the source named in the prose: "12 March", "3-9 May 93", "on 14, 15 June".
DATE_ONLY_GROUP = _compile(
    rf"""
    (?:(?i:on)\s+)?                               # optional "on"
    (?P<date>{DATES})                             # the dates
    {LOCATORS}
    {TAIL}
    """
)

# An undated group: "AFP", "Reuters, AP", "Kommersant, No. 47".
UNDATED_GROUP = _compile(
    rf"""
    {ASIDE_BEFORE_LEAD}
    {LEAD_IN}
    (?P<source>{SOURCE})                          # a source ...
    (?:\s*,\s*(?P<source>{SOURCE}))*              # ... and more
    {GLUED_LOCATOR}{LOCATORS}                     # locators
    """
)

# A date with no source before it: ", October 14".
EMPTY_SOURCE = _compile(
    rf"""
    ,\s*{_uncaptured(DATE)}                       # a comma, then straight to the date
    """
)

# Where a dated part of a group ends and another begins with ", and", the speaker's link
# word after it left out: "Trud, 3 September, and in Izvestiya, 10 September 1992".
AND_JOIN = _compile(
    r"""
    (?<=\d|\p{L}\.?)                            # after a date (or a locator) ...
    \s*,\s+and\s+                               # ... ", and"
    (?:(?:in|to|by)\s+)?                         # ... the link word of a speaker
    (?=\p{Lu}|\d)                                 # ... then a name or a date
    """
)

# A date that lost its comma: "AFP May 4", "Minsk News 28 Dec 93", and in a list of
# sources sharing the date, "Kurier, Radio Four 4 March".
MISSING_COMMA = _compile(
    rf"""
    {LEAD_IN}
    (?:(?P<source>{SOURCE})\s*,\s*)*?             # sources with their commas ...
    (?P<source>{SOURCE})\s+                       # ... the last, white space only ...
    (?P<date>{DATES})                             # ... then the dates
    {LOCATORS}
    {TAIL}
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


def _guarded(method: str, pattern: regex.Pattern, text: str, pos: int, endpos: int) -> regex.Match | None:
    """``pattern.<method>`` on ``text[pos:endpos]``, counted, under the project's time-out
    policy (:mod:`provenance.patterns`: past the limit, the document is an input error)."""
    STATS.matches += 1
    return getattr(patterns, method)(pattern, text, pos, endpos)


def fullmatch(pattern: regex.Pattern, text: str, pos: int, endpos: int) -> regex.Match | None:
    """The whole of ``text[pos:endpos]`` matched, or None."""
    return _guarded("fullmatch", pattern, text, pos, endpos)


def match(pattern: regex.Pattern, text: str, pos: int, endpos: int) -> regex.Match | None:
    """A match starting at ``pos``, or None."""
    return _guarded("match", pattern, text, pos, endpos)


def search(pattern: regex.Pattern, text: str, pos: int, endpos: int) -> regex.Match | None:
    """The first match in ``text[pos:endpos]``, or None."""
    return _guarded("search", pattern, text, pos, endpos)
