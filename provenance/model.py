"""Values shared by the pipeline stages.

Every value that came from text carries ``start``/``end`` offsets into the exact
document text as decoded (``text[start:end]`` is the thing itself).  Values are
frozen; derive changed copies with :func:`attrs.evolve`.
"""

from __future__ import annotations

import calendar
import datetime
import enum
import functools
import re
import unicodedata
from collections.abc import Iterable

import attrs

__all__ = [
    "RULE_CODE",
    "Article",
    "Attribution",
    "Citation",
    "Claim",
    "DatePrecision",
    "Document",
    "EvidenceKind",
    "Finding",
    "Kind",
    "Level",
    "Malformed",
    "PartialDate",
    "Relation",
    "RelationType",
    "Side",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "claim_source_names",
    "partial_date",
    "source_key",
]


# Converters of sequence fields to tuples, one per element type: typed, so that the
# type checker sees what each field takes (``converter=tuple`` hides it).


def _evidence(items: Iterable[Citation | Attribution]) -> tuple[Citation | Attribution, ...]:
    return tuple(items)


def _articles(items: Iterable[Article]) -> tuple[Article, ...]:
    return tuple(items)


def _claims(items: Iterable[Claim]) -> tuple[Claim, ...]:
    return tuple(items)


def _malformed(items: Iterable[Malformed]) -> tuple[Malformed, ...]:
    return tuple(items)


def _spans(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _strings(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _non_negative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _not_before(start_field: str):
    """A validator: the field is an offset ``>= 0`` and not before the offset ``start_field``."""

    def check(instance, attribute, value):
        _non_negative(instance, attribute, value)
        start = getattr(instance, start_field)
        if value < start:
            raise ValueError(f"{attribute.name} ({value}) must be >= {start_field} ({start})")

    return check


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of a document's text."""

    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character."""
    end: int = attrs.field(validator=_not_before("start"))
    """Offset one past the last character."""

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


class DatePrecision(enum.StrEnum):
    """The smallest unit a :class:`PartialDate` names (equal to its value: ``DatePrecision.DAY == "day"``)."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


#: The year a year-less date is checked against: a leap year, so that "--02-29" is a date.
_LEAP_YEAR = 2000

# The ISO-like forms of a partial date: "2021-09-04", "2021-09", "2021", "--09-04", "--09".
_PARTIAL_DATE = re.compile(r"(?:(?P<year>\d{4})|-)(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?", re.ASCII)


def _month_or_none(instance, attribute, value):
    if value is not None and not 1 <= value <= 12:
        raise ValueError(f"month must be 1-12, got {value}")


@attrs.frozen
class PartialDate:
    """A date as precise as the text says it: a year, a month of a year, a day,
    or a month or day without a year (``--09-04``).

    It never becomes more precise than written: a month is the whole month
    (:meth:`first_day` to :meth:`last_day`), never its 1st or 15th.  The string
    form is the one of the JSON contract.

    >>> PartialDate.parse("2021-06")
    PartialDate(year=2021, month=6, day=None)
    >>> str(PartialDate(None, 9, 4)), str(PartialDate(2021))
    ('--09-04', '2021')
    >>> PartialDate.parse("2021-06").last_day()
    datetime.date(2021, 6, 30)
    >>> PartialDate.parse("--09-04").resolve(datetime.date(2022, 1, 10))
    PartialDate(year=2021, month=9, day=4)
    """

    year: int | None = attrs.field(default=None)
    """The year (1-9999), or None when the text gives none."""
    month: int | None = attrs.field(default=None, validator=_month_or_none)
    """The month (1-12), or None for a whole year."""
    day: int | None = attrs.field(default=None)
    """The day of the month, or None for a whole month or year."""

    @year.validator
    def _check_year(self, attribute, value):
        if value is not None and not 1 <= value <= 9999:
            raise ValueError(f"year must be 1-9999, got {value}")

    @day.validator
    def _check_day(self, attribute, value):
        if self.year is None and self.month is None:
            raise ValueError("a partial date needs a year or a month")
        if value is None:
            return
        if self.month is None:
            raise ValueError("a day needs a month")
        days = calendar.monthrange(self.year if self.year is not None else _LEAP_YEAR, self.month)[1]
        if not 1 <= value <= days:
            raise ValueError(f"day must be 1-{days} in month {self.month}, got {value}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Read ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``--MM-DD`` or ``--MM``.

        Raises:
            ValueError: ``text`` is none of these forms, or no such day.

        >>> PartialDate.parse("2021-02-29")
        Traceback (most recent call last):
        ...
        ValueError: day must be 1-28 in month 2, got 29
        """
        m = _PARTIAL_DATE.fullmatch(text) if isinstance(text, str) else None
        if m is None or (m["year"] is None and m["month"] is None):
            raise ValueError(f"not a date (YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or --MM): {text!r}")
        return cls(*(int(v) if v is not None else None for v in (m["year"], m["month"], m["day"])))

    @classmethod
    def of(cls, day: datetime.date) -> PartialDate:
        """The partial date of a full calendar day."""
        return cls(day.year, day.month, day.day)

    def __str__(self) -> str:
        head = f"{self.year:04d}" if self.year is not None else "-"
        if self.month is None:
            return head
        return f"{head}-{self.month:02d}" + (f"-{self.day:02d}" if self.day is not None else "")

    isoformat = __str__

    @property
    def precision(self) -> DatePrecision:
        """The smallest unit the date names."""
        if self.day is not None:
            return DatePrecision.DAY
        return DatePrecision.MONTH if self.month is not None else DatePrecision.YEAR

    @property
    def has_year(self) -> bool:
        return self.year is not None

    def with_year(self, year: int) -> PartialDate:
        """This date in ``year`` (a year-less date made full)."""
        return attrs.evolve(self, year=year)

    def first_day(self) -> datetime.date:
        """The first day the date can mean.

        Raises:
            ValueError: the date has no year (resolve it first).
        """
        year = self._year()
        return datetime.date(year, self.month or 1, self.day or 1)

    def last_day(self) -> datetime.date:
        """The last day the date can mean (the month's last day for a month).

        Raises:
            ValueError: the date has no year (resolve it first).
        """
        year = self._year()
        month = self.month or 12
        return datetime.date(year, month, self.day or calendar.monthrange(year, month)[1])

    def days(self) -> tuple[datetime.date, datetime.date]:
        """``(first_day(), last_day())``."""
        return self.first_day(), self.last_day()

    def days_apart(self, other: PartialDate) -> int:
        """Days between the nearest days the two dates can mean; 0 when they overlap.

        >>> PartialDate.parse("2021-06").days_apart(PartialDate.parse("2021-07-30"))
        30
        >>> PartialDate.parse("2021").days_apart(PartialDate.parse("2021-07-30"))
        0
        """
        (a0, a1), (b0, b1) = self.days(), other.days()
        if a1 < b0:
            return (b0 - a1).days
        if b1 < a0:
            return (a0 - b1).days
        return 0

    def resolve(self, published: datetime.date, *, years_back: int = 8) -> PartialDate | None:
        """A year-less date in the year of the latest such date not after ``published``.

        A month without a day counts from its first day; a date with a year is
        returned unchanged.  None when the day does not occur in the
        ``years_back`` years before (29 February).
        """
        if self.year is not None:
            return self
        for year in range(published.year, published.year - years_back - 1, -1):
            try:
                candidate = self.with_year(year)
            except ValueError:
                continue
            if candidate.first_day() <= published:
                return candidate
        return None

    def _year(self) -> int:
        if self.year is None:
            raise ValueError(f"{self} has no year")
        return self.year


def partial_date(text: str | None) -> PartialDate | None:
    """:meth:`PartialDate.parse` that passes None through."""
    return None if text is None else PartialDate.parse(text)


def _partial_date_or_none(instance, attribute, value):
    if value is not None:
        try:
            PartialDate.parse(value)
        except ValueError as e:
            raise ValueError(f"{attribute.name}: {e}") from None


class SourceKind(enum.Enum):
    """What kind of thing a source is; decides how the report counts it."""

    WIRE = "wire"
    STATE_MEDIA = "state-media"
    SOCIAL = "social"
    OFFICIAL = "official"
    OUTLET = "outlet"
    PERSON = "person"
    ANONYMOUS = "anonymous"
    UNKNOWN = "unknown"


class EvidenceKind(enum.Enum):
    CITATION = "citation"
    ATTRIBUTION = "attribution"


class Stance(enum.Enum):
    """The stance a reporting cue takes toward what it reports."""

    ASSERT = "assert"
    DENY = "deny"
    CONFIRM = "confirm"
    HEDGE = "hedge"
    BELIEF = "belief"
    """A belief, wish, intention or attitude (``wants``, ``fears``, ``expects``,
    ``supports``): what the source holds, not what it said; weaker evidence than a
    statement, shown apart from statements."""


_SOCIAL_DOT_COM = re.compile(r"(?i)^(twitter|x|facebook|instagram|telegram|t\.me|youtube|tiktok|vk)\.com(?=/)")
_LEADING_THE = re.compile(r"(?i)^the\s+")
_SPACES = re.compile(r"\s+")


def source_key(name: str) -> str:
    """Normalise a source as written to the key under which it is "the same".

    Case-folded, Unicode-normalised, white space squeezed, a leading "The"
    dropped, and ``Twitter.com/@x`` treated as ``Twitter/@x``.

    >>> source_key("The Harbour  Times [Norland]")
    'harbour times [norland]'
    >>> source_key("Twitter.com/@Handle") == source_key("twitter/@handle")
    True
    """
    key = unicodedata.normalize("NFKC", name).replace("\u00a0", " ").strip()
    key = _SPACES.sub(" ", key)
    key = _LEADING_THE.sub("", key)
    key = _SOCIAL_DOT_COM.sub(lambda m: m.group(1), key)
    key = key.replace("/ @", "/@")
    return key.casefold()


@attrs.frozen
class Source:
    """A source as written in the text, with the key that identifies it."""

    name: str
    """The source exactly as written (``Twitter.com/@harbourdesk``)."""
    kind: SourceKind = SourceKind.UNKNOWN
    """What kind of source this is, when known."""
    canonical: str | None = None
    """The registry's canonical name when the name is a known alias."""

    @property
    def key(self) -> str:
        """Normalised identity: two sources with equal keys are the same source."""
        return source_key(self.canonical or self.name)


@attrs.frozen
class Citation:
    """One item of a parenthetical citation, e.g. ``Kestrel News, October 14``.

    A group ``(AFP, March 5; Harbour Times, March 13)`` gives two
    citations sharing ``paren_start``/``paren_end``.
    """

    start: int = attrs.field(validator=_non_negative)
    """Offset of the item's first character (inside the parentheses)."""
    end: int = attrs.field(validator=_not_before("start"))
    """Offset one past the item's last character."""
    raw: str
    """The item as written (``text[start:end]``)."""
    source: Source
    """Who is cited."""
    date: str | None = attrs.field(default=None, validator=_partial_date_or_none)
    """ISO date: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``; year-less ``--MM-DD`` / ``--MM``; or None
    (the :class:`PartialDate` forms; :attr:`when` reads it)."""
    date_end: str | None = attrs.field(default=None, validator=_partial_date_or_none)
    """Last day of a date range, same forms as ``date``; None when not a range."""
    paren_start: int = attrs.field(default=0, validator=_non_negative)
    """Offset of the opening parenthesis of the citation this item belongs to."""
    paren_end: int = attrs.field(default=0, validator=_not_before("paren_start"))
    """Offset one past the closing parenthesis."""
    locator: str | None = None
    """Issue or page locator written with the item (``No. 47``, ``p. 3``)."""
    speaker: str | None = None
    """A person quoted in or speaking to the cited outlet (``Ivanov in Izvestiya``)."""

    kind = EvidenceKind.CITATION

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def key(self) -> tuple[str, str | None]:
        return (self.source.key, self.date)

    @property
    def when(self) -> PartialDate | None:
        """:attr:`date` as a :class:`PartialDate`."""
        return partial_date(self.date)

    @property
    def when_end(self) -> PartialDate | None:
        """:attr:`date_end` as a :class:`PartialDate`."""
        return partial_date(self.date_end)


@attrs.frozen
class Malformed:
    """A parenthetical that looks like a citation but does not parse."""

    start: int = attrs.field(validator=_non_negative)
    """Offset of the opening parenthesis (or of the suspect text)."""
    end: int = attrs.field(validator=_not_before("start"))
    text: str
    """The candidate exactly as written."""
    reason: str
    """Why it does not parse, e.g. ``invalid day: September 31``."""
    slip: bool = False
    """A typing or scanning slip that was read through (``(Kurier 4 May)``, ``1O July``):
    the candidate's citation items are kept as well, with the dates it means."""


@attrs.frozen
class Attribution:
    """A narrative attribution: a source, a reporting cue, and what is attributed."""

    start: int = attrs.field(validator=_non_negative)
    """Start of the source mention as written (``he``, ``the official``)."""
    end: int = attrs.field(validator=_not_before("start"))
    source: Source
    """The source mention as written."""
    cue: str
    """The reporting cue as written (``said``, ``according to``)."""
    cue_start: int = attrs.field(validator=_non_negative)
    """Start of the cue (``text[cue_start:cue_end]`` is :attr:`cue`)."""
    cue_end: int = attrs.field(validator=_not_before("cue_start"))
    """Offset one past the cue's last character."""
    content_start: int = attrs.field(validator=_non_negative)
    """Start of the attributed content (the reported proposition)."""
    content_end: int = attrs.field(validator=_not_before("content_start"))
    """Offset one past the content's last character."""
    speaker: str | None = None
    """Resolved speaker name within the article, or None when unresolved."""
    via: str | None = None
    """The outlet that carried the statement (a citation or ``in an op-ed for X``)."""
    stance: Stance = Stance.ASSERT
    """What the cue says about the content: asserted, denied, confirmed, hedged."""

    kind = EvidenceKind.ATTRIBUTION

    @property
    def anonymous(self) -> bool:
        return self.source.kind is SourceKind.ANONYMOUS

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def content(self) -> Span:
        return Span(self.content_start, self.content_end)


Evidence = Citation | Attribution


@attrs.frozen
class Claim:
    """A statement of an article and the evidence that supports it."""

    id: str
    """``<document stem>:<n>``, n counting claims in document order from 1."""
    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_not_before("start"))
    text: str
    """``document.text[start:end]``."""
    evidence: tuple[Citation | Attribution, ...] = attrs.field(converter=_evidence, factory=tuple)
    """Citations and attributions bound to this claim, in text order."""
    hedged: bool = False
    """The claim carries "reportedly", "allegedly", "reports emerged" and the like."""
    article: int = 0
    """Index of the article (within the document) the claim belongs to."""
    sentence_start: int = attrs.field(default=0, validator=_non_negative)
    """Start of the sentence the claim comes from."""
    sentence_end: int = attrs.field(default=0, validator=_not_before("sentence_start"))
    """End of that sentence (including any citation placed after its full stop)."""

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(e for e in self.evidence if isinstance(e, Citation))

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        return tuple(e for e in self.evidence if isinstance(e, Attribution))

    @property
    def sourced(self) -> bool:
        """Bound to a citation that names its source or to a named (not anonymous) attribution."""
        return any(bool(e.source.name) if isinstance(e, Citation) else not e.anonymous for e in self.evidence)


# The subject named in a relation's evidence string.
#   'b denies a ("denied those reports"), same subject: Ana Ruiz' -> "Ana Ruiz"
SUBJECT_IN_EVIDENCE = re.compile(r"same\ subject:\ (?P<subject>[^,;]+)", re.VERBOSE)


class RelationType(enum.StrEnum):
    """How one statement stands to another."""

    CONTESTED = "contested"
    CORROBORATED = "corroborated"
    NEUTRAL = "neutral"
    UNRELATED = "unrelated"


class Kind(enum.StrEnum):
    """What made a pair contested or corroborated."""

    DENIAL = "denial"
    CONTRADICTION = "contradiction"
    QUANTITY = "quantity"
    AGREEMENT = "agreement"


def _score(instance, attribute, value):
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"score must be in [0, 1], got {value}")


@attrs.frozen
class Side:
    """One side of a relation: a statement and where it comes from."""

    text: str
    """The statement (a claim's text)."""
    doc: str | None = None
    """Path of the document it comes from; None for a bare string."""
    start: int = attrs.field(default=0, validator=_non_negative)
    """Offset of the statement in its document."""
    end: int = attrs.field(
        default=attrs.Factory(lambda self: self.start + len(self.text), takes_self=True), validator=_not_before("start")
    )
    """Offset one past its end."""
    sources: tuple[str, ...] = attrs.field(converter=_strings, factory=tuple)
    """Sources as written (citations, else the attribution's outlet or speaker)."""
    claim: str | None = None
    """The claim id (``stem:n``), when the side is a claim."""
    date: str | None = None
    """ISO date used for the time check: citation date, else published date."""

    @classmethod
    def of_claim(cls, claim: Claim, doc: str | None = None, date: str | None = None) -> Side:
        """The side for ``claim`` of document ``doc``."""
        return cls(claim.text, doc, claim.start, claim.end, claim_source_names(claim), claim.id, date)


def claim_source_names(claim: Claim) -> tuple[str, ...]:
    """The sources of ``claim`` as written: its citations, else its attributions' outlets or speakers."""
    names = [c.source.name for c in claim.citations]
    if not names:
        names = [a.via or a.source.name for a in claim.attributions]
    return tuple(dict.fromkeys(names))


@attrs.frozen
class Relation:
    """How statement ``b`` stands to statement ``a``, and why."""

    relation: RelationType
    """Contested, corroborated, neutral or unrelated."""
    kind: Kind | None
    """Denial, contradiction, quantity or agreement; None for neutral and unrelated."""
    score: float = attrs.field(validator=_score)
    """Confidence in [0, 1]."""
    a: Side
    """The first statement (the earlier one in :func:`~provenance.compare.compare_documents`)."""
    b: Side
    """The second statement."""
    evidence: str
    """What triggered the relation, for a reader: ``b denies a ("denied those reports"), same subject: Ruiz``."""

    @property
    def subject(self) -> str | None:
        """What both statements are about, as the evidence names it (``same subject: X``)."""
        m = SUBJECT_IN_EVIDENCE.search(self.evidence)
        return m.group("subject") if m else None

    @property
    def contested(self) -> bool:
        return self.relation is RelationType.CONTESTED


@attrs.frozen
class Article:
    """One article of a document (a file may hold several, e.g. briefs)."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=_not_before("start"))
    title: str | None = None
    author: str | None = None
    body_start: int = attrs.field(default=0, validator=_non_negative)
    """Where the article's body (after title and byline) starts."""


@attrs.frozen
class Document:
    """A decoded file (or text) with what the pipeline found in it."""

    text: str
    path: str | None = None
    published: str | None = attrs.field(default=None, validator=_partial_date_or_none)
    """ISO date the document was published (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``), or None when unknown."""
    articles: tuple[Article, ...] = attrs.field(converter=_articles, factory=tuple)
    claims: tuple[Claim, ...] = attrs.field(converter=_claims, factory=tuple)
    malformed: tuple[Malformed, ...] = attrs.field(converter=_malformed, factory=tuple)
    skipped: tuple[Span, ...] = attrs.field(converter=_spans, factory=tuple)
    """Spans recognised as boilerplate (comment forms, image credits, file names)."""

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(c for claim in self.claims for c in claim.citations)

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        return tuple(a for claim in self.claims for a in claim.attributions)

    @property
    def published_date(self) -> PartialDate | None:
        """:attr:`published` as a :class:`PartialDate`."""
        return partial_date(self.published)

    @property
    def stem(self) -> str:
        if not self.path or self.path == "-":
            return "stdin" if self.path == "-" else "text"
        name = self.path.replace("\\", "/").rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name


@functools.total_ordering
class Level(enum.Enum):
    """How serious a lint finding is: ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0, 1 or 2, in order of seriousness."""
        return _LEVEL_RANKS[self]

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank


_LEVEL_RANKS = {Level.INFO: 0, Level.WARNING: 1, Level.ERROR: 2}

#: A lint rule's code: "PV" and three digits (one hundred per family).
RULE_CODE = re.compile(r"PV\d{3}")


@attrs.frozen(order=False)
class Finding:
    """One problem the lint found in one document, with its span; line and column come at rendering."""

    path: str | None
    """The document's path as given (``-`` for stdin)."""
    start: int = attrs.field(validator=_non_negative)
    """Offset of the flagged span in the document text."""
    end: int = attrs.field(validator=_not_before("start"))
    """Offset one past the flagged span."""
    code: str = attrs.field(validator=attrs.validators.matches_re(RULE_CODE.pattern))
    """The rule's code."""
    rule: str
    """The rule's name."""
    severity: Level
    """The rule's configured level."""
    text: str
    """The flagged span as written."""
    message: str
    """What is wrong and what to do, in one line."""
    fingerprint: str = ""
    """Stable identity of the finding within its file (rule, normalised text and
    occurrence), so CI can tell new findings from known ones; set by the lint."""
