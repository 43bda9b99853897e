"""Limits and word lists of reading and layout: sizes that bound the work, and the closed
lists of words layout reads (header fields, section words, credit words).
"""

from __future__ import annotations

# --------------------------------------------------------------------------
# Limits
# --------------------------------------------------------------------------

MAX_SHORT_LINE = 300
"""Lines longer than this (in characters) are body text; no pattern sees them."""

MAX_TITLE_CHARS = 200
"""A title, byline or caption is never longer than this."""

MAX_TITLE_WORDS = 20
"""A title has at most this many words."""

MIN_BOUNDARY_TITLE_WORDS = 3
"""A title that starts an article without a separator line has at least this many words."""

MAX_CAPTION_WORDS = 25
"""The text before an image credit ``(Source: X)`` has at most this many words."""

TITLE_CASE_RATIO = 0.8
"""Share of significant words that must be capitalised for a line to be in Title Case."""

MAX_FRONT_MATTER_LINES = 200
"""Front matter must close (``---``) within this many lines of its opening."""

MAX_FILE_NAME_TOKENS = 6
"""A trailing file-name line has at most this many space-separated parts."""

SPACE_CHARS = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
    "\u180e\u200b\u200c\u200d\u2060\ufeff"
)
"""White space and invisible characters: a line of only these is a spacer, not text."""

# --------------------------------------------------------------------------
# Word lists
# --------------------------------------------------------------------------

# Month and weekday names (case-folded, with their abbreviations) are the shared
# lists of :mod:`provenance.lexicon`: ``MONTHS`` (name -> number) and ``WEEKDAYS``,
# which may open a dateline (``Tuesday, March 12, 2019``).

SMALL_WORDS = frozenset(
    """a an the and or but nor for so yet of in on at to by up as from with into onto
    over via vs per off out its than upon amid near past down if is are was be""".split()
)
"""Words a Title Case line may leave in lower case ("Steps up Patrols Along the Coast")."""

SECTION_WORDS = frozenset(
    """briefs brief news politics opinion opinions analysis commentary comment world
    features feature editorial editorials op-ed oped blog blogs column columns culture
    business economy security defense defence international national local asia europe
    africa americas middle east region regions science technology tech health sport
    sports investigation investigations explainer interview interviews review reviews
    latest breaking update updates report reports special focus insight insights""".split()
)
"""Words of section labels ("Analysis", "Business & Economy") that sit above a title."""

SECTION_CONNECTORS = frozenset({"&", "and", "/", "|", "+"})
"""Words that join section words in a label ("Business & Economy")."""

NAME_PARTICLES = (
    "al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "del", "della", "der",
    "den", "du", "la", "le", "di", "dos", "das", "ter", "st.",
)  # fmt: skip
"""Lower-case parts of personal names ("Karim al Nouri", "Ludwig van Beethoven")."""

HEADER_FIELDS = (
    "publication date", "date published", "published on", "published", "publication",
    "date", "dated", "posted on", "posted", "updated", "last updated", "modified",
    "volume", "issue", "edition", "section", "category", "categories", "tags", "topics",
    "topic", "filed under", "author", "authors", "byline", "written by", "by", "title",
)  # fmt: skip
"""Names of ``Field: value`` header lines (``Publication: Harbour Review Volume: 7``)."""

DATE_FIELDS = frozenset(
    {"publication date", "date published", "published on", "published", "date", "dated", "posted on", "posted"}
)
"""Header fields whose value is the publication date (``Published: March 12, 2019``)."""

NON_PUBLICATION_DATE_FIELDS = frozenset({"updated", "last updated", "modified"})
"""Header fields whose date is not the publication date."""

AUTHOR_FIELDS = frozenset({"author", "authors", "byline", "written by", "by"})
"""Header fields whose value is the author."""

TITLE_FIELDS = frozenset({"title"})
"""Header fields whose value is the title."""

TRAILER_FIELDS = frozenset({"tags", "topics", "topic", "categories", "category", "filed under"})
"""Fields that are boilerplate wherever they stand (``Tags: Norland, fisheries``)."""

FRONT_MATTER_TITLE_KEYS = frozenset({"title", "headline"})
"""Front matter keys giving the title."""

FRONT_MATTER_DATE_KEYS = frozenset({"date", "published", "pubdate", "publishdate", "publish_date", "date_published"})
"""Front matter keys giving the publication date."""

FRONT_MATTER_AUTHOR_KEYS = frozenset({"author", "authors", "byline", "by"})
"""Front matter keys giving the author."""

CREDIT_WORDS = (
    "photo credit", "image credit", "picture credit", "photograph", "photography",
    "photos", "photo", "images", "image", "picture", "credit", "credits", "source",
    "courtesy", "illustration", "graphic", "map", "video", "via",
)  # fmt: skip
"""Words that introduce an image credit: ``(Source: X)``, ``Photo: Reuters``."""

SHARE_PLATFORMS = (
    "twitter", "x", "facebook", "linkedin", "reddit", "whatsapp", "telegram", "pinterest",
    "tumblr", "pocket", "email", "e-mail", "print", "mastodon", "threads", "bluesky",
    "skype", "messenger", "flipboard", "more",
)  # fmt: skip
"""Names that stand on their own lines in a share widget."""

WIDGET_ITEMS = ("like", "tweet", "share", "related", "reblog", "subscribe")
"""Other lone words of share and like widgets."""

FILE_EXTENSIONS = ("pdf", "docx", "doc", "html", "htm", "rtf", "odt")
"""Endings of trailing file-name lines (``HR-March-12-2019-Issue.pdf``)."""

LINK_LABELS = (
    "read more", "read also", "also read", "read next", "see also", "also see", "related", "related stories",
    "related articles", "related coverage", "related content", "related reading", "related links",
    "related roundup", "related video", "more", "more stories", "more news", "more from", "more on", "watch",
    "watch video", "watch now", "recommended", "recommended stories", "you may also like", "don't miss",
    "further reading", "most read", "most popular", "top stories", "editor's picks", "trending",
)  # fmt: skip
"""Labels of the link lines news pages put between paragraphs: ``MORE: <headline>``,
``RELATED: <headline>``, ``SEE ALSO: <headline>``, and of the lines heading a list of
headlines (``RELATED ARTICLES``, ``MORE FROM GOLF``).  Such lines point to other stories:
they claim nothing."""

PHOTO_AGENCIES = (
    "getty images", "getty", "reuters", "ap", "associated press", "afp", "agence france-presse", "epa", "pa",
    "press association", "bloomberg", "xinhua", "anadolu", "shutterstock", "alamy", "corbis", "sipa", "zuma",
    "rex features", "rex", "ap images", "afp/getty images", "epa-efe", "efe", "tass", "ria novosti",
)  # fmt: skip
"""Picture agencies named after a photographer in a credit: ``Rick Vale / Reuters``."""

MAX_CREDITED_CAPTION_WORDS = 60
"""A caption ending in a photo credit (``Photo: AP``, ``(AP Photo/Lena Okafor)``) has at most this many words."""

MAX_LINK_ITEM_WORDS = MAX_TITLE_WORDS
"""A headline in a list of links (under ``RELATED ARTICLES``) has at most this many words."""
