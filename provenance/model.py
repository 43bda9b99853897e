"""Values shared by the pipeline stages.

Every value that came from text carries ``start``/``end`` offsets into the exact
document text as decoded (``text[start:end]`` is the thing itself).  Values are
frozen; derive changed copies with :func:`attrs.evolve`.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata

import attrs

__all__ = [
    "Article",
    "Attribution",
    "Citation",
    "Claim",
    "Document",
    "EvidenceKind",
    "Finding",
    "Level",
    "Malformed",
    "RULE_CODE",
    "Source",
    "SourceKind",
    "Span",
    "Stance",
    "source_key",
]


def _non_negative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


def _not_before_start(instance, attribute, value):
    if value < instance.start:
        raise ValueError(f"end ({value}) must be >= start ({instance.start})")


@attrs.frozen(order=True)
class Span:
    """A half-open range ``[start, end)`` of a document's text."""

    start: int = attrs.field(validator=_non_negative)
    """Offset of the first character."""
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
    """Offset one past the last character."""

    def slice(self, text: str) -> str:
        """The text this span covers."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


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
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
    """Offset one past the item's last character."""
    raw: str
    """The item as written (``text[start:end]``)."""
    source: Source
    """Who is cited."""
    date: str | None = None
    """ISO date: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``; year-less ``--MM-DD`` / ``--MM``; or None."""
    date_end: str | None = None
    """Last day of a date range, same forms as ``date``; None when not a range."""
    paren_start: int = 0
    """Offset of the opening parenthesis of the citation this item belongs to."""
    paren_end: int = 0
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


@attrs.frozen
class Malformed:
    """A parenthetical that looks like a citation but does not parse."""

    start: int = attrs.field(validator=_non_negative)
    """Offset of the opening parenthesis (or of the suspect text)."""
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
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
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
    source: Source
    """The source mention as written."""
    cue: str
    """The reporting cue as written (``said``, ``according to``)."""
    cue_start: int
    cue_end: int
    content_start: int
    """Start of the attributed content (the reported proposition)."""
    content_end: int
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
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
    text: str
    """``document.text[start:end]``."""
    evidence: tuple = attrs.field(converter=tuple, factory=tuple)
    """Citations and attributions bound to this claim, in text order."""
    hedged: bool = False
    """The claim carries "reportedly", "allegedly", "reports emerged" and the like."""
    article: int = 0
    """Index of the article (within the document) the claim belongs to."""
    sentence_start: int = 0
    """Start of the sentence the claim comes from."""
    sentence_end: int = 0
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


@attrs.frozen
class Article:
    """One article of a document (a file may hold several, e.g. briefs)."""

    start: int = attrs.field(validator=_non_negative)
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
    title: str | None = None
    author: str | None = None
    body_start: int = 0
    """Where the article's body (after title and byline) starts."""


@attrs.frozen
class Document:
    """A decoded file (or text) with what the pipeline found in it."""

    text: str
    path: str | None = None
    published: str | None = None
    """ISO date the document was published, or None when unknown."""
    articles: tuple[Article, ...] = attrs.field(converter=tuple, factory=tuple)
    claims: tuple[Claim, ...] = attrs.field(converter=tuple, factory=tuple)
    malformed: tuple[Malformed, ...] = attrs.field(converter=tuple, factory=tuple)
    skipped: tuple[Span, ...] = attrs.field(converter=tuple, factory=tuple)
    """Spans recognised as boilerplate (comment forms, image credits, file names)."""

    @property
    def citations(self) -> tuple[Citation, ...]:
        return tuple(c for claim in self.claims for c in claim.citations)

    @property
    def attributions(self) -> tuple[Attribution, ...]:
        return tuple(a for claim in self.claims for a in claim.attributions)

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
    end: int = attrs.field(validator=[_non_negative, _not_before_start])
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
    """What is wrong, in one line."""
