"""Statistics for PV101: numbers that count something, not dates, ages or labels.

:func:`statistics` finds the spans of a text that state a count, amount or
percentage.  Digits that do not state a quantity (dates, years, times, ages,
ordinals, identifiers) are masked first, so ``October 8`` never reaches the
statistic pattern.
"""

from __future__ import annotations

import regex

from provenance import lexicon, patterns
from provenance.features.words import QUANTITY_MODIFIERS

__all__ = ["NOT_A_QUANTITY", "STATISTIC", "figure_key", "statistics"]

#: Month names and their abbreviations, capitalised: lower-case "may" and
#: "march" are verbs.
MONTHS = sorted({name.capitalize() for name in lexicon.MONTHS})

#: Spelled-out numbers too small to be a statistic on their own ("two new
#: schools"), but one after a quantifier ("at least eight boats").
SMALL_NUMBERS = sorted(w for w in lexicon.CARDINAL_WORDS if lexicon.NUMBER_WORDS[w] < 10)

#: Spelled-out numbers that state a count by themselves ("Twelve people died").
NUMBER_WORDS = sorted(w for w in lexicon.CARDINAL_WORDS if lexicon.NUMBER_WORDS[w] >= 10)

#: Scale words after a number ("1.5 million", "two hundred").
SCALES = sorted(lexicon.SCALE_WORDS - {"dozen"})

#: Abbreviated scales written right after digits ("$3bn", "5m"), and their values.
SCALE_ABBREVIATIONS = {"bn": 1e9, "mn": 1e6, "tn": 1e12, "m": 1e6, "k": 1e3}

#: Vague counts that still state a quantity ("dozens of civilians").
VAGUE_COUNTS = sorted(lexicon.COUNT_PLURALS)

#: Words that make a small spelled-out number a count ("at least eight"): the
#: shared range modifiers, and phrases that only announce a total.
QUANTIFIERS = sorted({*QUANTITY_MODIFIERS, "a total of", "exactly", "precisely"}, key=len, reverse=True)

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
FUNCTION_WORDS = lexicon.FUNCTION_WORDS | {w for q in QUANTIFIERS for w in q.split()}

#: Units of length and size: a number with one describes the size of a thing
#: ("a 12m-wide crater", "215 feet above the creek", "an 11-inch screen", a building's
#: "934,200 square feet"), not a count that needs a source.  Amounts (money, tons,
#: acres) are not here.
LENGTH_UNITS = (
    "km cm mm ft yd mi metre metres meter meters kilometre kilometres kilometer kilometers "
    "centimetre centimetres centimeter centimeters millimetre millimetres foot feet inch inches "
    "yard yards mile miles mph kph storey storeys story stories megapixel megapixels"
).split()

#: Words after "N-" that make a count part of what is counted, not a description:
#: "a 300-strong crowd", "a 12-point lead", "a $5-million fine".
COUNTING_COMPOUNDS = ("strong", "point", "points", "percent", "fold", *SCALES)

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
    |(?:(?<=\p{{Lu}}[\p{{L}}.'’-]*,\s)\d{{1,2}}(?=\s+(?:was|is|has|had|who)\b))  # no comma: "Ruiz, 41 was"
    |(?:\b\d{{1,2}}\s?(?:k|kt|karat|carat)\b(?=\s+(?:\p{{L}}+\s+)?gold\b))  # a gold's purity: 18k gold, 18k pink gold
    |(?:\b(?:aged?|ages)\s+\d{{1,3}}\b)                        # aged 41
    |(?:(?i:\b\L<labels>)\.?:?\s*\#?\d+(?:\.\d+)*\b)           # No. 10, Article 5, Volume: 7
    |(?:\#\d+)                                                 # #1
    |(?:\[\d+\])                                               # [1] footnote
    |(?:\b(?:who|which)\s+(?:is|was|turns|turned|will\s+be)\s+\d{{1,3}}(?!\s*\w))   # an age: "Ruiz, who is 70."
    |(?:\b(?:the\s+)?ages?\s+of\s+\d{{1,3}}\b)                # the age of 15
    |(?:\b(?:early|mid|late)?-?[1-9]0s\b)                      # in their 20s, mid-30s
    |(?:\b\d['’]\s?\d{{1,2}}(?:"|”|''|\s?in)?)                 # a height: 6'3"
    |(?:(?:\+\d{{1,3}}[\s.-]?)?(?:\(\d{{3}}\)\s?|\b\d{{3}}[-.\s])\d{{3}}[-.]\d{{4}}\b)     # a phone number
    |(?:\b1?-?8\d\d-\d{{3}}-\d{{4}}\b)                          # 1-800-273-8255
    |(?:(?<=(?:^|[.!?:"”]\s)\s*)\d{{1,2}}[.:][0-5]\d(?=\s+\p{{Lu}}))   # a live blog's time stamp: "12.09 The minister"
    |(?:(?<![\p{{L}}\p{{N}}])(?:\d+(?:\.\d+)?|(?i:\L<numbers>(?:-\L<small>)?))     # a compound modifier: a 57-member
       -(?!(?:\L<counting>|\L<small>|\L<numbers>)\b)\p{{L}}+(?:-\p{{L}}+)*(?=\s+\p{{L}}))   # council, a 46-page report
    |(?:(?<![\p{{L}}\p{{N}}$€£¥₹.,])\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?\s?           # 215 feet, 934,200 square feet
       (?:(?:square|sq\.?|cubic)\s+)?(?:\L<lengths>)\b(?:-\p{{L}}+)?)
    |(?:(?<![\p{{L}}\p{{N}}$€£¥₹.,])\d+(?:\.\d+)?m-(?:wide|long|high|tall|deep)\b)           # 12m-wide
    """,
    regex.VERBOSE,
    months=MONTHS,
    labels=LABELS,
    numbers=NUMBER_WORDS,
    small=SMALL_NUMBERS,
    counting=list(COUNTING_COMPOUNDS),
    lengths=LENGTH_UNITS,
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
        (?:(?<=[-–]){_CURRENCY}|(?<![\p{{L}}\p{{N}}/@#.:_\-–$€£¥₹]){_CURRENCY}?)   # "$4,000-$5,000": $5,000
        {_NUMBER}
        (?:[\s-]?(?:\L<scales>)\b|(?:\L<abbreviations>)\b)?
        (?![\p{{L}}\p{{N}}]|\.\d)
    )
    |(?P<words>
        \b(?:(?:\L<quantifiers>)\s+(?:\L<small>|a|one)\s+(?:\L<scales>|dozen)\b   # at least two million
           |(?:\L<quantifiers>)\s+\L<small>\b                                   # at least eight
           |(?:a|one|\L<small>|\L<numbers>(?:-\L<small>)?)\s+(?:\L<scales>|dozen)\b   # a million, twelve thousand
           |\L<numbers>(?:-\L<small>)?\b(?!-\w*(?:st|nd|rd|th)\b)                  # twenty, seventy-seven
           |\L<vague>\s+of\b(?:\s+\L<vague>\s+of\b)?                             # hundreds of thousands of
           |tens\s+of\s+thousands\s+of\b)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    numbers=NUMBER_WORDS,
    small=SMALL_NUMBERS,
    scales=SCALES,
    abbreviations=list(SCALE_ABBREVIATIONS),
    quantifiers=QUANTIFIERS,
    vague=VAGUE_COUNTS,
)

# Two numbers joined by a dash or "to": a range ("10-20 people") when the first
# is the smaller, a tally ("a 5-4 ruling", "an 80-19 vote", "split 4 to 1") otherwise.
TALLY = regex.compile(
    r"""
    (?<![\p{N},.$€£-])
    (?P<first>\d{1,3})(?:\s?[-–]\s?|\s+to\s+)(?P<second>\d{1,3})
    (?![\p{N},.%]|\s*(?:percent|per\s+cent|million|billion|thousand)\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Units a vague count may measure: "millions of dollars", "thousands of tons",
#: "hundreds of times" give an order of magnitude, not a count to check.
MAGNITUDE_UNITS = (
    "dollars euros pounds yen rupees yuan francs tons tonnes acres hectares miles kilometres kilometers "
    "gallons litres liters barrels times hours years pages words"
).split()

# What follows a number that makes it a duration, a distance or a magnitude, not a count.
#   "two years after", "80 miles from Port Meridian", "a 12-year lease", "millions of dollars"
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

# A vague count of a unit: an order of magnitude.
#   "hundreds of" + " environmental violations" -> a count;  "millions of" + " tons of coal" -> a magnitude
MAGNITUDE_AFTER = regex.compile(r"\s*(?:\L<units>)\b", regex.IGNORECASE, units=MAGNITUDE_UNITS)

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
    masked = [m.span() for m in patterns.finditer(NOT_A_QUANTITY, text, start, end)]
    masked += [m.span() for m in patterns.finditer(TALLY, text, start, end) if int(m["first"]) >= int(m["second"])]
    out = []
    for m in patterns.finditer(STATISTIC, text, start, end):
        s, e = m.span()
        if any(ms < e and s < me for ms, me in masked):
            continue
        if patterns.match(NOT_A_COUNT_AFTER, text[e : e + _CONTEXT]):
            continue
        if m.group("words") and m.group().casefold().endswith("of") and patterns.match(MAGNITUDE_AFTER, text, e):
            continue  # "millions of dollars": a magnitude
        if m.group("amount") and (_after_label(text, s) or _list_marker(text, s, e)):
            continue
        out.append((s, e))
    return out


def _after_label(text: str, start: int) -> bool:
    """Is the number at ``start`` right after a capitalised word that is not a
    function word (``Brigade 21``, ``Meridian 2``), i.e. part of a name?"""
    m = patterns.search(WORD_BEFORE, text, max(0, start - _CONTEXT), start)
    if not m:
        return False
    word = m.group("word")
    if word.casefold().rstrip(".") in FUNCTION_WORDS:
        return False
    return word[0].isupper() or any(ch.isupper() for ch in word[1:])  # "Brigade 21", "iPhone 6"


def _list_marker(text: str, start: int, end: int) -> bool:
    """Is the number a list item's marker (``1.`` or ``2)`` at a line start)?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end : end + 1] in (".", ")")


# The number of a statistic as written, for telling whether two statistics state the same figure.
#   "$72 million" -> "$", "72", "million";  "72,000,000" -> "", "72,000,000", None;  "40 per cent" -> "%"
FIGURE = regex.compile(
    rf"""
    (?P<currency>{_CURRENCY})?
    (?P<number>{_NUMBER}|\L<numbers>(?:-\L<small>)?|\L<small>)
    (?:[\s-]?(?P<scale>\L<scales>|dozen)\b|(?P<abbreviation>\L<abbreviations>)\b)?
    (?P<percent>\s?(?:%|percent\b|per\s+cent\b))?
    """,
    regex.VERBOSE | regex.IGNORECASE,
    numbers=NUMBER_WORDS,
    small=SMALL_NUMBERS,
    scales=SCALES,
    abbreviations=list(SCALE_ABBREVIATIONS),
)


def figure_key(statistic: str) -> tuple[str, float] | None:
    """What a statistic states, to tell the same figure written two ways: the unit
    (a currency, ``%`` or nothing) and the value; None for a vague count.

    >>> figure_key("$72 million") == figure_key("$72,000,000"), figure_key("40 per cent")
    (True, ('%', 40.0))
    >>> figure_key("dozens of") is None
    True
    """
    m = patterns.search(FIGURE, statistic)
    if m is None:
        return None
    number = m["number"].casefold()
    if number[0].isdigit():
        value = float(number.replace(",", ""))
    else:
        value = sum(lexicon.NUMBER_WORDS.get(part, 0.0) for part in number.split("-"))
    if m["scale"]:
        value *= lexicon.NUMBER_WORDS[m["scale"].casefold()]
    elif m["abbreviation"]:
        value *= SCALE_ABBREVIATIONS[m["abbreviation"].casefold()]
    unit = "%" if m["percent"] else (m["currency"] or "")
    return unit, value
