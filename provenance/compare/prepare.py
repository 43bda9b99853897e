"""Claims prepared for comparison: each with its statement, date and side, and the aliases of the corpus."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from provenance.compare.answered import NO_ANSWER_OPENING
from provenance.compare.copies import marks, shingles
from provenance.compare.propositions import SHORT_STATEMENT
from provenance.compare.statement import Statement, squash, statement
from provenance.features import features
from provenance.features.aliases import AliasTable
from provenance.features.cues import Cue, CueKind
from provenance.features.entities import EntityKind
from provenance.lexicon import SUBJECT_PRONOUNS
from provenance.model import Claim, Document, PartialDate, Side, Stance, source_key

#: What :func:`prepare` accepts: document path -> its claims (or the document), or documents.
Documents = Mapping[str | None, Sequence[Claim] | Document] | Iterable[Document]


@attrs.frozen
class PreparedClaim:
    """A claim ready to be blocked and judged: a picklable value, the unit of work of a distributed run."""

    index: int
    """Position of the claim among all the claims prepared together."""
    doc: str | None
    """Path of its document."""
    doc_index: int
    """Position of its document among the documents."""
    claim: Claim
    """The claim itself."""
    view: Statement
    """What the relation tests need to know about its text."""
    date: PartialDate | None
    """Its first citation's date, else its document's published date."""
    side: Side
    """The side it is in a relation."""
    shingles: frozenset[int] = frozenset()
    """Hashes of its word 5-grams, to tell copies (:mod:`provenance.compare.copies`)."""
    marks: frozenset[str] = frozenset()
    """Its numbers and negations: a near-copy that changes them is another version, not a copy."""
    cited: frozenset[str] = frozenset()
    """``name:`` keys of every source its document cites: a document citing an outlet relays it."""
    answered: bool = False
    """A question its own article answers with a denial ("Ruiz dead? Another hoax."): it reports nothing."""


def prepare(
    claims_by_doc: Documents,
    *,
    published: Mapping[str | None, str | None] | None = None,
    aliases: AliasTable | None = None,
) -> list[PreparedClaim]:
    """Prepare the claims of many documents for comparison, in document order.

    Args:
        claims_by_doc: document path -> its claims (or the :class:`Document`),
            or an iterable of documents.  Claims are taken in document order.
        published: document path -> ISO published date, for claims without a
            dated citation (documents given as :class:`Document` bring their own).
        aliases: the alias table of the corpus (default: built from these claims).

    Returns:
        One :class:`PreparedClaim` per claim, ``index`` counting from 0.
    """
    docs = _documents(claims_by_doc, published or {})
    if aliases is None:
        aliases = AliasTable.build(c.text for _, _, claims, _ in docs for c in claims)
    items: list[PreparedClaim] = []
    for doc_index, (path, text, claims, pub) in enumerate(docs):
        first = len(items)
        per_article: dict[int, int] = {}
        words: dict[int, int] = {}
        for claim in claims:
            per_article[claim.article] = per_article.get(claim.article, 0) + 1
            words[claim.article] = words.get(claim.article, 0) + len(claim.text.split())
        for claim in claims:
            date = _claim_date(claim, pub)
            view = _claim_view(claim, path, text, aliases, headline=per_article[claim.article] == 1)
            # A few short sentences together read as a headline ("Sorry, Fido. Pope Francis did not
            # say pets go to heaven."), but "refuted those reports" points back to the one before it.
            if (
                per_article[claim.article] > 1
                and words[claim.article] <= SHORT_STATEMENT
                and not any(t.kind == "anaphoric" for t in view.targets)
            ):
                view = _claim_view(claim, path, text, aliases, headline=True)
            question = _question_before(claim, text)
            if question is not None and (view.f.denials or NO_ANSWER_OPENING.match(claim.text)):
                # "Willie Nelson dead? Viral hoax fools internet.": the answer denies what the question asks.
                asked = _claim_view(claim, path, text, aliases, headline=True, prefix=question)
                if any(t.kind == "question" for t in asked.targets):
                    view = asked
                    _mark_answered(items, first, claim)
            side = Side.of_claim(claim, path, date.isoformat() if date else None)
            items.append(
                PreparedClaim(
                    len(items), path, doc_index, claim, view, date, side, shingles(claim.text), marks(claim.text)
                )
            )
        cited = frozenset(k for it in items[first:] for k in it.view.sources if k.startswith(NAME_ORIGIN))
        for k in range(first, len(items)):
            items[k] = attrs.evolve(items[k], cited=cited)
    return items


def _mark_answered(items: list[PreparedClaim], first: int, answer: Claim) -> None:
    """Mark as answered the question claim of ``answer``'s article right before it (if it is one).

    A question the article goes on to deny ("Macaulay Culkin dead? Another death hoax") is the
    writer's device, not a report of the rumour: paired with a denial elsewhere it would be
    contested by what its own article says.
    """
    for k in range(len(items) - 1, first - 1, -1):
        c = items[k].claim
        if c.article != answer.article or c.end > answer.start:
            continue
        if c.text.rstrip().rstrip("\"'\u201d\u2019)").endswith("?"):
            items[k] = attrs.evolve(items[k], answered=True)
        return


def _documents(claims_by_doc, published: Mapping) -> list[tuple[str | None, str | None, Sequence[Claim], str | None]]:
    out: list[tuple[str | None, str | None, Sequence[Claim], str | None]] = []
    if isinstance(claims_by_doc, Mapping):
        entries = list(claims_by_doc.items())
    else:
        entries = [(d.path, d) for d in claims_by_doc]
    for path, value in entries:
        if isinstance(value, Document):
            out.append(
                (
                    path if path is not None else value.path,
                    value.text,
                    tuple(value.claims),
                    value.published or published.get(path),
                )
            )
        else:
            out.append((path, None, tuple(value), published.get(path)))
    return out


def _claim_view(
    claim: Claim,
    path: str | None,
    text: str | None,
    aliases: AliasTable,
    *,
    headline: bool = False,
    prefix: str = "",
) -> Statement:
    speakers, extra, objects = [], [], []
    for e in claim.attributions:
        name = e.speaker or e.source.name
        if name and name.casefold() not in SUBJECT_PRONOUNS:
            speakers.append(name)
        if e.stance is Stance.DENY:
            pointing = False
            if text is not None and e.cue_end <= e.content_start <= len(text):
                between = text[e.cue_end : e.content_start]
                if regex.search(r"\b(?:reports?|claims?|rumou?rs?|allegations?|it)\b", between, regex.IGNORECASE):
                    # "denied [those reports] and said that ...": the object sits between cue and content.
                    anaphoric = regex.search(r"\b(?:those|these|the|such|this|that|it)\b", between, regex.IGNORECASE)
                    objects.append(Cue(squash(between), 0, 0, CueKind.ANAPHORIC if anaphoric else CueKind.PLAIN))
                    pointing = True
            if text is None or pointing or DENIED_CONTENT.fullmatch(text, e.cue_end, e.content_start):
                extra.append(Cue(e.cue, 0, 0, CueKind.VERB))  # the content is what the cue denies
    return statement(
        f"{prefix} {claim.text}" if prefix else claim.text,
        aliases,
        speakers=speakers,
        extra_denials=extra,
        extra_objects=objects,
        sources=_source_keys(claim, path) | _source_names(claim, aliases),
        headline=headline,
    )


# A yes-no question right before a claim in its paragraph, and nothing but spaces between.
#   "Willie Nelson dead? Viral hoax fools internet." -> "Willie Nelson dead?"
QUESTION_BEFORE = regex.compile(
    r"(?:^|(?<=[.!?:]\s)|(?<=\n))(?P<question>[^\n.!?:]*\p{L}[^\n.!?:]*\?+)[\"'\u201d\u2019)]*[ \t]+\Z"
)
#: Characters a question is looked for before a claim, at most.
QUESTION_REACH = 300


def _question_before(claim: Claim, text: str | None) -> str | None:
    """The question that a claim follows in its paragraph ("Ruiz dead? Another hoax."), or None."""
    if text is None:
        return None
    start = claim.sentence_start if claim.sentence_end > claim.sentence_start else claim.start
    m = QUESTION_BEFORE.search(text, max(0, start - QUESTION_REACH), start)
    return m.group("question").strip() if m else None


# What may stand between a denial verb and the content it denies, for the content to be
# what is denied: "denied [that] ...", "denied [reports that] ...", "denied [the claims of] ...".
#   "Ruiz denied that she had fled" -> " that "
DENIED_CONTENT = regex.compile(
    r"""
    [\s,:"\u201c]*
    (?:(?:the|those|these|such|any|all|earlier|recent|media|press)\s+)*
    (?:(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|accounts?)\s*)?
    (?:that|of|about)?
    [\s,:"\u201c]*
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _source_names(claim: Claim, aliases: AliasTable) -> frozenset[str]:
    """``name:`` keys of the names inside a claim's sources, so that "HCA spokeswoman Chris
    Hamele" and "HCA vice president Chris Hamele" are one source."""
    names = [c.source.name for c in claim.citations]
    for a in claim.attributions:
        names += [n for n in (a.source.name, a.speaker, a.via) if n]
    out = set()
    for name in names:
        for e in features(name).entities:
            if e.kind is not EntityKind.TITLE:
                out |= {NAME_ORIGIN + e.key, NAME_ORIGIN + aliases.canonical(e.key)}
    return frozenset(out)


#: Prefix of a name found inside a source ("name:chris hamele").
NAME_ORIGIN = "name:"


def _source_keys(claim: Claim, path: str | None) -> frozenset[str]:
    # A citation that names no source ("(12 March)") is the document's: unnamed
    # citations of two documents are not one source.
    keys = {c.source.key or f"doc:{path}" for c in claim.citations}
    for a in claim.attributions:
        keys.add(a.source.key)
        if a.via:
            keys.add(source_key(a.via))
    return frozenset(keys) if keys else frozenset({f"doc:{path}"})


def _claim_date(claim: Claim, published: str | None) -> PartialDate | None:
    for c in claim.citations:
        d = _to_date(c.date, published)
        if d:
            return d
    return _to_date(published, None)


def _to_date(iso: str | None, published: str | None) -> PartialDate | None:
    """The date ``iso`` means, as precise as written (a month stays a month); a
    date without a year is put in the year that makes it the latest not after
    ``published``, and is None without a published year."""
    if not iso:
        return None
    try:
        date = PartialDate.parse(iso)
    except ValueError:
        return None
    if date.has_year:
        return date
    try:
        anchor = PartialDate.parse(published) if published else None
    except ValueError:
        return None
    if anchor is None or not anchor.has_year:
        return None
    return date.resolve(anchor.last_day())
