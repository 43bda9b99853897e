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

from provenance.citations.dates import last_day, resolve_year
from provenance.citations.grammar import STATS, ScanStats
from provenance.citations.groups import UNNAMED, unnamed
from provenance.citations.parse import find_citations, parse_parenthetical
from provenance.citations.rendering import render
from provenance.citations.words import (
    ASIDE_LEADS,
    CREDIT_LABELS,
    MONTH_NAMES,
    MONTHS,
    PARTICLES,
    PROSE_WORDS,
    WEEKDAYS,
)

__all__ = [
    "ASIDE_LEADS",
    "CREDIT_LABELS",
    "MONTHS",
    "MONTH_NAMES",
    "PARTICLES",
    "PROSE_WORDS",
    "STATS",
    "UNNAMED",
    "WEEKDAYS",
    "ScanStats",
    "find_citations",
    "last_day",
    "parse_parenthetical",
    "render",
    "resolve_year",
    "unnamed",
]
