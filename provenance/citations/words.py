"""Word lists of the citation grammar: months, weekdays, name particles, aside leads, credit labels."""

from __future__ import annotations

from provenance import lexicon

__all__ = [
    "ASIDE_LEADS",
    "CREDIT_LABELS",
    "DOCUMENTS",
    "LEADS",
    "MONTHS",
    "MONTH_NAMES",
    "PARTICLES",
    "PROSE_WORDS",
    "SMALL_WORDS",
    "SPEECH_NOUNS",
    "STRONG_LEADS",
    "TAILS",
    "TIME_GLOSSED",
    "WEEKDAYS",
]


#: English month names in order (rendering, fuzzy matching): the lexicon's.
MONTH_NAMES: tuple[str, ...] = lexicon.MONTH_NAMES

#: Every spelling of a month a citation may use (compared case-insensitively,
#: without a trailing full stop), to its number: the lexicon's.
MONTHS: dict[str, int] = lexicon.MONTHS

#: Weekday names and abbreviations that may precede a date ("Monday, May 3").
WEEKDAYS: frozenset[str] = frozenset(lexicon.WEEKDAYS)

#: Nouns of the documents a source issues, which a citation may name after it in small
#: letters ("TSO press release", "Media-Yug annual report", "GDF, monitoring reports",
#: "Decision No. 58"): the publication nouns of the lexicon and the documents of bodies.
DOCUMENTS: tuple[str, ...] = tuple(
    sorted(
        lexicon.words("publication_nouns.txt")
        | frozenset(
            "data figures survey surveys study studies report reports bulletin release releases "
            "decision decisions resolution resolutions order decree law directive ruling transcript "
            "website site blog newsletter yearbook counter".split()
        ),
        key=lambda w: (-len(w), w),
    )
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

#: Lead-ins that say the group is cited, whatever it names: "(according to X)",
#: "(as reported by X on 8 February)", "(citing X)".  Undated, they make any
#: name a citation; an aside may stand before them ("12 million, according to X").
STRONG_LEADS: tuple[str, ...] = (
    "according to",
    "as reported by",
    "as reported in",
    "as broadcast by",
    "as carried by",
    "as quoted by",
    "as quoted in",
    "as cited by",
    "as cited in",
    "reported by",
    "reported in",
    "broadcast by",
    "carried by",
    "quoted by",
    "quoted in",
    "cited by",
    "cited in",
    "citing",
    "via",
)

#: Every lead-in a group may open with before its sources: the strong ones and the
#: pointers analysts put before a dated source ("see", "for example,", "cf.").  A
#: pointer alone does not make an undated name a citation ("(see below)").
LEADS: tuple[str, ...] = (
    *STRONG_LEADS,
    "for example",
    "for instance",
    "see, for example",
    "see for example",
    "see also",
    "see",
    "e.g",
    "eg",
    "cf",
    "compare",
    "also",
    "and",
)

#: Words that close a group after its date and belong to no source:
#: "(…, 23 September 1992, respectively)".
TAILS: tuple[str, ...] = (
    "respectively",
    "among others",
    "inter alia",
    "passim",
    "and elsewhere",
    "et seq",
    "etc",
)

#: Nouns of speech before a speaker in a group: "(interviews by the deputy
#: chairman in X, 28 March)", "(a statement by the ministry to X, 2 May)".
SPEECH_NOUNS: tuple[str, ...] = (
    "interviews",
    "interview",
    "statements",
    "statement",
    "remarks",
    "comments",
    "comment",
    "articles",
    "article",
    "letters",
    "letter",
    "speeches",
    "speech",
    "op-ed",
    "briefing",
    "address",
)

#: Small words an acronym may leave out of the name it abbreviates ("Conventional
#: Armed Forces in Europe" -> CFE): the name particles and short prepositions.
SMALL_WORDS: frozenset[str] = PARTICLES | frozenset("in on at to by with".split())

#: Words of time that a date in parentheses glosses rather than cites:
#: "on Thursday (November 6, 2014)", "tonight (21 Oct)".
#: Only words whose date a reader would need ("the next night (1 June)" cites).
TIME_GLOSSED: frozenset[str] = WEEKDAYS | frozenset("today yesterday tonight tomorrow".split())
