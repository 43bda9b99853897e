"""Word lists of the citation grammar: months, weekdays, name particles, aside leads, credit labels."""

from __future__ import annotations

import calendar

__all__ = ["ASIDE_LEADS", "CREDIT_LABELS", "MONTHS", "MONTH_NAMES", "PARTICLES", "PROSE_WORDS", "WEEKDAYS"]


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
