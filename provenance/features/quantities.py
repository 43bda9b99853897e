"""The quantity grammar of the project: counts as ranges, with the noun and event they count.

``killed 140 miners`` -> 140 ``miner`` ``killed``; ``dozens`` -> 24-99;
``at least 15`` -> 15-inf; ``about 400`` -> 360-440.  The comparator matches
counts of the same thing; the lint's unsourced-statistic rule finds counts.
"""

from __future__ import annotations

import bisect
import math

import attrs
import regex

from provenance import lexicon
from provenance.features.entities import negation_word
from provenance.features.text import Token, Tokens, alternation, finditer, fold, stem, word_tokens
from provenance.features.words import (
    EVENT_WORDS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    QUANTITY_MODIFIERS,
    VAGUE_QUANTITIES,
)

_NUMBER_WORD = "(?:{})(?!\\p{{L}})".format(
    "|".join(sorted((w for w in NUMBER_WORDS if NUMBER_WORDS[w] < 100 and w != "dozen"), key=len, reverse=True))
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion)"

# A count: a modifier, then a vague quantifier or a number (digits or words)
# with a scale, a percent sign, or a range.
#   "at least 15" "no less than 64" "up to 64%" "half a million" "dozens"
#   "1.5 million" "nearly 700" "between 10 and 20" "two dozen" "seven"
QUANTITY = regex.compile(
    r"""
    (?<![\w'\-/.,])                                       # not inside a word or number
    (?:(?P<modifier>{modifiers})\s+)?                     # at least, up to, about ...
    (?:
        (?P<vague>{vague})                                # dozens, hundreds, several ...
      | (?P<between>between\s+)?
        (?P<number>
            (?P<half>half\s+a|a\s+half)\s+(?P<half_scale>{scale})          # half a million
          | (?:(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)      # 397, 1,200, 1.5
            | (?P<words>(?:{numbers})(?:[\s\-]+(?:{numbers}))?|an?(?=\s+(?:dozen|hundred|thousand|million|billion)\b)))
            (?:\s*(?P<scale>{scale}|dozen|bn)(?!\w))?                        # million, dozen, bn
          )
        (?:\s*(?:-|to|(?(between)and|(?!)))\s*(?P<upper>\d+(?:\.\d+)?)(?![\d,]))?  # a range: 10-20, between 10 and 20
        (?P<percent>\s*(?:%|per\s?cent\b|percent\b))?                    # a percentage
    )
    (?![\w/])
    """.replace("{modifiers}", alternation(QUANTITY_MODIFIERS))
    .replace("{vague}", alternation(VAGUE_QUANTITIES))
    .replace("{scale}", _SCALE_WORD)
    .replace("{numbers}", _NUMBER_WORD),
    regex.VERBOSE | regex.IGNORECASE,
)

# A total over a period rather than one occasion, anywhere in the count's sentence.
#   "In the period from March 2018 to the end of June, ... 385 miners"
#   "no less than 64 strikes in the first three weeks of 2018"
AGGREGATE = regex.compile(
    r"""
    (?<!\w)
    (?:
        period | so\ far | to\ date | in\ total | altogether | cumulative(?:ly)? | overall
      | since\ (?:the\ )?\w+                                   # since March, since the merger
      | over\ the\ (?:past|last|next|previous)\ \w+              # over the past year
      | in\ the\ (?:first|past|last|previous)\ (?:\w+\ )?(?:days|weeks|months|years|quarter|half)
      | from\ \w+(?:\ \d{4})?\ (?:to|until|through)\b            # from March 2018 to ...
      | this\ year | last\ year | per\ (?:day|week|month|year) | a\ year | annually | each\ year
      | every\ (?:day|week|month|year)
      | in\ recent\ (?:days|weeks|months|years)                   # in recent years
    )
    (?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

#: Month names and abbreviations (for telling dates from counts).
MONTHS = frozenset(lexicon.MONTHS)
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0, "bn": 1e9}


@attrs.frozen
class Quantity:
    """A count as a range, with what it counts.

    ``low``/``high`` bound the count: an exact number gives ``low == high``,
    ``at least 15`` gives ``[15, inf)``, ``dozens`` ``[24, 99]``.
    """

    text: str
    """The quantity as written (``at least 15``)."""
    start: int
    """Offset of its first character."""
    end: int
    """Offset one past its last character."""
    low: float
    """Smallest count the text allows."""
    high: float
    """Largest count the text allows (``math.inf`` when open)."""
    noun: str | None = None
    """Stem of the counted noun (``civilian``), or None."""
    event: str | None = None
    """The event counted (``killed``, ``wounded``), or None."""
    percent: bool = False
    """A percentage (``64%``)."""
    exact: bool = True
    """Written as an exact number, not vague nor modified."""
    partial: bool = False
    """A part or an increment of another count ("eight more", "another 40", "including 60",
    "300 out of 400"): it says nothing of the whole."""
    aggregate: bool = False
    """A total over a period ("since March", "in the period from ... to"), not one occasion."""

    @property
    def key(self) -> tuple[str | None, str | None]:
        """What is counted: ``(event, noun)``."""
        return (self.event, self.noun)

    @property
    def blocking_key(self) -> str | None:
        """The key under which counts of the same thing meet (``#killed/miner``), or None."""
        return f"#{self.event}/{self.noun}" if self.event and self.noun else None

    def compatible(self, other: Quantity) -> bool:
        """Can both counts be true of the same thing?

        Exact numbers must be equal; ranges must overlap.

        >>> q = quantities("killed 140 miners")[0]
        >>> q.compatible(quantities("killed dozens of miners")[0])
        False
        >>> quantities("385 died")[0].compatible(quantities("about 400 died")[0])
        True
        """
        if self.percent != other.percent:
            return True
        return self.low <= other.high and other.low <= self.high


def quantities(text: str) -> tuple[Quantity, ...]:
    """The counts of ``text``, in text order, each with what it counts.

    Args:
        text: any statement.

    Returns:
        Its quantities, offsets into ``text``.

    >>> [(q.text, q.low, q.high, q.noun, q.event) for q in quantities("Floods killed at least 15 people.")]
    [('at least 15', 15.0, inf, 'person', 'killed')]
    """
    folded = fold(text)
    return find_quantities(text, folded, word_tokens(folded))


# A time unit right after a count: a duration or an age, not a count of anything.
#   "five years", "18 months ago", "a 33-year-old", "two weeks"
DURATION_AFTER = regex.compile(
    r"\A[\s\-]*(?:(?:more|other|full|long|straight|consecutive)\s+)?"
    r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|nights?)\b",
    regex.IGNORECASE,
)
# Words that make a count a part or an increment of another one.
#   "another 40", "including 60", "among them 12", "eight more", "300 out of 400", "two of them"
PARTIAL_BEFORE = regex.compile(
    r"\b(?:another|other|additional|further|extra|including|included|among\s+them|among\s+whom|of\s+whom|out\s+of|"
    r"a\s+further|an\s+additional)\s+(?:\w+\s+)?\Z",
    regex.IGNORECASE,
)
PARTIAL_AFTER = regex.compile(r"\A\s+(?:more|other|others|additional|of\s+them|of\s+whom|of\s+the)\b", regex.IGNORECASE)


def find_quantities(text: str, folded: str, tokens: Tokens) -> tuple[Quantity, ...]:
    starts = tokens.starts
    out: list[Quantity] = []
    # Sentence ends and aggregate phrases found once (a long text has many counts).
    ends = [m.start() for m in regex.finditer(r"[.!?]", folded)]
    totals = [m.start() for m in finditer(AGGREGATE, folded)]
    for m in finditer(QUANTITY, folded):
        if not m.group().strip():
            continue
        value = _value(m)
        if value is None:
            continue
        low, high = value
        percent = bool(m.group("percent"))
        modifier = " ".join((m.group("modifier") or "").casefold().split())
        if modifier and not m.group("vague") and not m.group("upper"):
            kind = QUANTITY_MODIFIERS.get(modifier)
            if kind == "min":
                high = math.inf
            elif kind == "max":
                low = 0.0
            elif kind == "approx":
                low, high = low * 0.9, high * 1.1
        elif modifier and m.group("vague"):
            kind = QUANTITY_MODIFIERS.get(modifier)
            if kind == "min":
                high = math.inf
        exact = not modifier and not m.group("vague") and not m.group("upper")
        index = bisect.bisect_left(starts, m.end())
        if _is_date_or_label(folded, m, tokens, index, low):
            continue
        if index < len(tokens) and tokens[index].low == "of" and (m.group("words") or "").casefold() == "one":
            continue  # "one of the vice presidents" counts nothing
        if not percent and DURATION_AFTER.match(folded[m.end() : m.end() + 40]):
            continue  # "five years", "a 33-year-old"
        noun, noun_end = _counted_noun(tokens, index, folded)
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        k = bisect.bisect_left(ends, start)
        sentence_start = ends[k - 1] + 1 if k else 0
        sentence_end = ends[k] if k < len(ends) and ends[k] >= m.end() else len(folded)
        j = bisect.bisect_left(totals, sentence_start)
        aggregate = j < len(totals) and totals[j] < sentence_end
        partial = bool(
            PARTIAL_BEFORE.search(folded, max(0, start - 30), start)
            or PARTIAL_AFTER.match(folded[m.end() : m.end() + 20])
        )
        q = Quantity(text[start : m.end()], start, m.end(), low, high, noun, None, percent, exact, partial, aggregate)
        out.append(attrs.evolve(q, event=_event(tokens, folded, q, noun_end)))
    # "killed 300 out of 400 soldiers": the count takes the noun of the total after it.
    for i in range(len(out) - 1):
        if out[i].noun is None and regex.fullmatch(r"\s+out\s+of\s+", folded[out[i].end : out[i + 1].start]):
            out[i] = attrs.evolve(out[i], noun=out[i + 1].noun)
    # "arrested 14 dockers and detained 9": an elliptic count takes the noun before it.
    for i in range(1, len(out)):
        q, prev = out[i], out[i - 1]
        if (
            q.noun is None
            and prev.noun
            and regex.fullmatch(r"[\w\s,]{0,40}", folded[prev.end : q.start])
            and " and " in folded[prev.end : q.start] + " "
        ):
            out[i] = attrs.evolve(q, noun=prev.noun)
        if (
            out[i].event is None
            and prev.event
            and regex.fullmatch(r"\s*[\w\s]{0,40}?\s*(?:,\s*)?and\s*", folded[prev.end : q.start])
        ):
            out[i] = attrs.evolve(out[i], event=prev.event)
    return tuple(out)


def _value(m: regex.Match) -> tuple[float, float] | None:
    if m.group("vague"):
        return VAGUE_QUANTITIES[" ".join(m.group("vague").casefold().split())]
    if m.group("half"):
        v = 0.5 * _SCALES[m.group("half_scale").casefold()]
        return v, v
    if m.group("digits"):
        try:
            v = float(m.group("digits").replace(",", ""))
        except ValueError:
            return None  # a digit of a script this Python's Unicode tables do not know yet
    elif m.group("words"):
        parts = regex.split(r"[\s\-]+", m.group("words").casefold())
        v = 1.0 if parts[0] in ("a", "an") else sum(NUMBER_WORDS.get(p, 0.0) for p in parts)
    else:
        return None
    if m.group("scale"):
        v *= _SCALES[m.group("scale").casefold()]
    if m.group("upper"):
        try:
            upper = float(m.group("upper"))
        except ValueError:
            return None
        if m.group("scale"):
            upper *= _SCALES[m.group("scale").casefold()]
        return (v, upper) if upper >= v else (v, v)
    return v, v


# An age before a number: "aged 41", "aged from infancy to 65", "ages 12 to".
AGE_BEFORE = regex.compile(r"\b(?:aged?|ages)\b(?:\s+[\w\-]+){0,3}?\s*(?:to|and|-)?\s*\Z", regex.IGNORECASE)


def _is_date_or_label(folded: str, m: regex.Match, tokens: list[Token], index: int, low: float) -> bool:
    """Years, days of the month, ages and times are not counts of anything."""
    before = folded[max(0, m.start() - 12) : m.start()].casefold().split()
    after = folded[m.end() : m.end() + 12].casefold().split()
    if before and before[-1] in MONTHS:
        return True  # "October 14" (not "Since January, 385")
    if AGE_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
        return True  # "aged 41", "aged from infancy to 65"
    if after and after[0].strip(",.") in MONTHS:
        return True  # "14 October"
    digits = m.group("digits")
    if digits and regex.fullmatch(r"1[5-9]\d\d|20\d\d", digits) and not m.group("percent"):
        # A year unless a plural noun follows at once ("1900 troops").
        nxt = regex.match(r" +([a-z][a-z\-]*s)\b", folded[m.end() :])
        if not nxt or nxt.group(1) in FUNCTION_WORDS or nxt.group(1) in EVENT_WORDS:
            return True
    return bool(after and after[0] in ("am", "pm", "a.m.", "p.m.", "o'clock", "hours", "gmt"))


def _counted_noun(tokens: list[Token], index: int, folded: str) -> tuple[str | None, int]:
    """Stem of the noun a count counts: the last word of the noun phrase after it."""
    i = index
    if i < len(tokens) and tokens[i].low in ("of", "more"):
        i += 1
        if i < len(tokens) and tokens[i].low in ("the", "them", "those", "these", "their"):
            i += 1 if tokens[i].low != "them" else 0
    noun, end, n = None, -1, 0
    prev_end = tokens[index - 1].end if index > 0 else 0
    while i < len(tokens) and n < 4:
        t = tokens[i]
        gap = folded[prev_end : t.start]
        if any(c in gap for c in ',.;:()"!?') or (gap.count(" ") > 2 and n):
            break
        low = t.low
        if (
            (low in FUNCTION_WORDS and not t.text.isupper())
            or low in EVENT_WORDS
            or negation_word(low)
            or not t.text[0].isalpha()
        ):
            if low == "them":
                noun, end = "them", t.end
            break
        if n and (low.endswith("ed") and len(low) > 4):
            break
        noun, end = stem(low), t.end
        prev_end = t.end
        i += 1
        n += 1
        if low.endswith("s") and not low.endswith("ss") and len(low) > 3 and not t.text.isupper():
            break  # a plural noun ends the phrase: "workers lost their jobs"
    return noun, end


#: Tokens between a count and its event word that end the search (a new clause).
_CLAUSE_BREAK = regex.compile(r"[.;:!?()\"]|\s-\s|\b(?:who|which|that|while|but|after|before|when)\b", regex.IGNORECASE)


def _event(tokens: Tokens, folded: str, q: Quantity, noun_end: int) -> str | None:
    """The event word nearest a count in its clause: before it (6 words) or after (5 words)."""
    starts = tokens.starts
    first = bisect.bisect_left(starts, q.start)
    best: tuple[int, str] | None = None
    for distance, i in enumerate(range(first - 1, max(-1, first - 7), -1), start=1):
        if _CLAUSE_BREAK.search(folded, tokens[i].end, q.start) or (tokens[i].low in ("and", "or") and i < first - 1):
            break  # "killed thousands and displaced hundreds of thousands": each count its own verb
        event = _event_at(tokens, i)
        if event:
            best = (distance, event)
            break
    after = bisect.bisect_left(starts, max(q.end, noun_end))
    for distance, i in enumerate(range(after, min(len(tokens), after + 5)), start=1):
        if (
            _CLAUSE_BREAK.search(folded, max(q.end, noun_end), tokens[i].start)
            or "," in folded[q.end : tokens[i].start]
        ):
            break
        event = _event_at(tokens, i)
        if event:
            if event in AGENT_EVENTS and _active(tokens, i) and not _passive(tokens, after, i):
                break  # "the two brothers killed an officer": the count is who did it
            if best is None or distance < best[0]:
                best = (distance, event)
            break
    return best[1] if best else None


#: Events whose active subject is the one who acts, not the one counted ("two brothers killed an officer").
AGENT_EVENTS = frozenset("killed wounded arrested captured kidnapped rescued deported evacuated".split())


def _active(tokens: list[Token], i: int) -> bool:
    """Does the event word at ``i`` take an object right after it ("killed an officer", "kidnapped Ruiz")?"""
    if i + 1 >= len(tokens):
        return False
    if tokens[i].low in ("died", "dead", "dying", "death", "deaths", "fatalities"):
        return False
    nxt = tokens[i + 1]
    return nxt.low in ("a", "an", "the", "his", "her", "their", "its", "two", "three") or nxt.text[:1].isupper()


def _passive(tokens: list[Token], first: int, i: int) -> bool:
    """Is there a form of "be" between the count and its event word ("were killed")?"""
    return any(tokens[k].low in ("was", "were", "been", "being", "is", "are", "be", "got") for k in range(first, i))


def _event_at(tokens: list[Token], i: int) -> str | None:
    low = tokens[i].low
    if i + 1 < len(tokens) and f"{low} {tokens[i + 1].low}" in EVENT_WORDS:
        return EVENT_WORDS[f"{low} {tokens[i + 1].low}"]
    return EVENT_WORDS.get(low)
