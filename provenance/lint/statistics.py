"""Statistics for PV101: numbers that count something, not dates, ages or labels.

:func:`statistics` finds the spans of a text that state a count, amount or
percentage.  Digits that do not state a quantity (dates, years, times, ages,
ordinals, identifiers) are masked first, so ``October 8`` never reaches the
statistic pattern.
"""

from __future__ import annotations

import regex

from provenance import document

__all__ = ["NOT_A_QUANTITY", "STATISTIC", "statistics"]

#: Month names and their abbreviations (the document stage's list), capitalised:
#: lower-case "may" and "march" are verbs.
MONTHS = [name.capitalize() for name in document.MONTHS]

#: Spelled-out numbers too small to be a statistic on their own ("two new
#: schools"), but one after a quantifier ("at least eight boats").
SMALL_NUMBERS = "one two three four five six seven eight nine".split()

#: Spelled-out numbers that state a count by themselves ("Twelve people died").
NUMBER_WORDS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety"
).split()

#: Scale words after a number ("1.5 million", "two hundred").
SCALES = "hundred thousand million billion trillion".split()

#: Abbreviated scales written right after digits ("$3bn", "5m").
SCALE_ABBREVIATIONS = "bn mn tn m k".split()

#: Vague counts that still state a quantity ("dozens of civilians").
VAGUE_COUNTS = "dozens hundreds thousands millions billions".split()

#: Words that make a small spelled-out number a count ("at least eight").
QUANTIFIERS = (
    "at least",
    "at most",
    "more than",
    "fewer than",
    "less than",
    "no less than",
    "no fewer than",
    "no more than",
    "as many as",
    "as few as",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "an estimated",
    "estimated",
    "a total of",
    "some",
    "exactly",
    "precisely",
)

#: Units that make a number a duration, not a statistic ("two years after").
TIME_UNITS = (
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "decade decades century centuries night nights"
).split()

#: Words that make the number after them a label or identifier ("Resolution 2593").
LABELS = (
    "no nos number vol volume issue article section chapter resolution flight route highway "
    "room page p pp table figure fig episode season part phase level grade category class "
    "paragraph clause item case docket lot act amendment protocol platform terminal gate "
    "version model round stage week day"
).split()

#: Capitalised words that may stand right before a count at a sentence start
#: ("About 300 people"); any other capitalised word makes the number a label
#: ("Volume 7", "Meridian 2").
FUNCTION_WORDS = frozenset(
    """
    a about after against all almost along among an and another any around as at before between
    but by during each every few for from in into just last many more most nearly next of on only
    or other over past per roughly since some than that the their these this those through to
    under until up while with within without approximately exactly precisely
    """.split()
)

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 170 | 1,500 | 3.5
_CURRENCY = r"(?:US\$|A\$|C\$|\$|€|£|¥|₹)"

# Spans that hold digits without stating a quantity: dates, years, times,
# ordinals, slashed numbers, ages, labels, footnote marks.  Tried first at each
# position, so "October 8" or "November 12 to 19" never reach STATISTIC.
#   "On October 8, 2019 at 10:30"   -> "October 8, 2019", "10:30"
#   "Ana Ruiz, 41, said"            -> "41"
#   "Volume: 7 Issue: 42"           -> "Volume: 7", "Issue: 42"
NOT_A_QUANTITY = regex.compile(
    rf"""
    (?:\b\L<months>\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b          # October 8
       (?:\s*(?:-|–|—|to|and|through|until)\s*                # ... to 19 / – November 2
          (?:\L<months>\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b)?
       (?:,?\s+\d{{4}}\b)?)                                   # ..., 2021
    |(?:\b\d{{1,2}}(?:st|nd|rd|th)?                           # 8 October, 12-19 November
       (?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?
       \s+(?:of\s+)?\L<months>\b(?:,?\s+\d{{4}}\b)?)
    |(?:\b\L<months>\.?,?\s+\d{{4}}\b)                        # April 1998
    |(?:\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b)                      # 2019-10-08
    |(?:(?<![\p{{N}},.]|{_CURRENCY})                           # 2019, 1990s, 2019-20
       \b(?:1[5-9]|20)\d\d(?:s\b|(?:[-–/](?:\d\d){{1,2}})\b)?
       (?!\d|,\d|\.\d|\s*(?:%|percent|per\s+cent)))
    |(?:'\d0s\b)                                              # '90s
    |(?:\b\d{{1,2}}(?::\d\d)+(?:\s*[ap]\.?m\.?)?)              # 10:30, 10:30 p.m.
    |(?:\b\d{{1,2}}\s*(?:[ap]\.m\.|(?:am|pm|AM|PM)\b))           # 3 p.m., 3 pm
    |(?:\b\d+(?:/\d+)+)                                        # 50/50, 3/4, 08/10/2019
    |(?:\b\d+(?:st|nd|rd|th)\b)                                # 21st
    |(?:(?<=\p{{Lu}}[\p{{L}}.'’-]*,\s)\d{{1,3}}(?=,))           # an age in an appositive: "Ruiz, 41,"
    |(?:\b(?:aged?|ages)\s+\d{{1,3}}\b)                        # aged 41
    |(?:(?i:\b\L<labels>)\.?:?\s*\#?\d+(?:\.\d+)*\b)           # No. 10, Article 5, Volume: 7
    |(?:\#\d+)                                                 # #1
    |(?:\[\d+\])                                               # [1] footnote
    """,
    regex.VERBOSE,
    months=MONTHS,
    labels=LABELS,
)

# A statement of quantity.
#   "injured 140 passengers"            -> "140"
#   "up to 64% of voters"               -> "64%"
#   "nearly half a million tourists"    -> "half a million"
#   "at least eight boats"              -> "at least eight"
#   "hundreds of thousands of fans"     -> "hundreds of thousands of"
#   "a third of the population"         -> "a third of the"
STATISTIC = regex.compile(
    rf"""
    (?P<percent>
        (?:{_NUMBER}|\L<numbers>|\L<small>)\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)
    )
    |(?P<fraction>
        (?<!(?:first|second|third|latter|former|other|last)\s)
        (?:half|a\s+third|one[-\s]third|two[-\s]thirds|a\s+quarter|one[-\s]quarter
           |three[-\s]quarters|a\s+fifth|one[-\s]fifth)
        (?:\s+of\s+(?:the|all|its|their|those|these)\b|\s+(?:a|an)\s+(?:million|billion|dozen)\b)
    )
    |(?P<amount>
        (?<![\p{{L}}\p{{N}}/@#.:_-]){_CURRENCY}?{_NUMBER}
        (?:[\s-]?(?:\L<scales>)\b|(?:\L<abbreviations>)\b)?
        (?![\p{{L}}\p{{N}}]|\.\d)
    )
    |(?P<words>
        \b(?:(?:\L<quantifiers>)\s+(?:\L<small>|a|one)\s+(?:\L<scales>|dozen)\b   # at least two million
           |(?:\L<quantifiers>)\s+\L<small>\b                                   # at least eight
           |(?:a|one|\L<small>)\s+(?:\L<scales>|dozen)\b                         # a million, two hundred
           |\L<numbers>(?:-\L<small>)?\b(?!-\w*(?:st|nd|rd|th)\b)                  # twenty, seventy-seven
           |\L<vague>\s+of\b(?:\s+\L<vague>\s+of\b)?                             # hundreds of thousands of
           |tens\s+of\s+thousands\s+of\b)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    numbers=NUMBER_WORDS,
    small=SMALL_NUMBERS,
    scales=SCALES,
    abbreviations=SCALE_ABBREVIATIONS,
    quantifiers=QUANTIFIERS,
    vague=VAGUE_COUNTS,
)

# What follows a number that makes it a duration or a distance, not a count.
#   "two years after", "80 miles from Port Meridian", "a 12-year lease"
NOT_A_COUNT_AFTER = regex.compile(
    r"""
    \A(?:[-\s]+                                               # two years, a 12-year lease, 41-year-old,
         (?:(?:more|other|straight|consecutive|long|full)\s+)?  # 20 more days
         \L<time>\b
      |\s+(?:miles?|kilomet(?:re|er)s?|km|mi)\s+               # 80 miles from
         (?:from|away|north|south|east|west|outside|of)\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
    time=TIME_UNITS,
)

# The word just before a number ("Volume 7" -> "Volume").
WORD_BEFORE = regex.compile(r"(?r)(?P<word>[\p{L}][\p{L}.'’-]*)\s+\Z")

#: How far back and forward a statistic's context is read.
_CONTEXT = 40


def statistics(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that state a count, amount or percentage.

    >>> t = "On October 8, 2019, Ruiz, 41, said 140 people and up to 64% of voters left."
    >>> [t[s:e] for s, e in statistics(t)]
    ['140', '64%']
    >>> t = "Nearly half a million trees fell in 2017, two years after Resolution 1840."
    >>> [t[s:e] for s, e in statistics(t)]
    ['half a million']
    """
    end = len(text) if end is None else end
    masked = [(m.start(), m.end()) for m in NOT_A_QUANTITY.finditer(text, start, end, timeout=5)]
    out = []
    for m in STATISTIC.finditer(text, start, end, timeout=5):
        s, e = m.span()
        if any(ms < e and s < me for ms, me in masked):
            continue
        if NOT_A_COUNT_AFTER.match(text[e : e + _CONTEXT]):
            continue
        if m.group("amount") and (_after_label(text, s) or _list_marker(text, s, e)):
            continue
        out.append((s, e))
    return out


def _after_label(text: str, start: int) -> bool:
    """Is the number at ``start`` right after a capitalised word that is not a
    function word (``Brigade 21``, ``Meridian 2``), i.e. part of a name?"""
    m = WORD_BEFORE.search(text, max(0, start - _CONTEXT), start)
    if not m:
        return False
    word = m.group("word")
    return word[0].isupper() and word.casefold().rstrip(".") not in FUNCTION_WORDS


def _list_marker(text: str, start: int, end: int) -> bool:
    """Is the number a list item's marker (``1.`` or ``2)`` at a line start)?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end : end + 1] in (".", ")")
