"""Claims prepared for comparison: each with its statement, date and side, and the aliases of the corpus."""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping, Sequence

import attrs
import regex

from provenance.compare.statement import Statement, squash, statement
from provenance.features.aliases import AliasTable
from provenance.features.cues import Cue
from provenance.model import Claim, Document, Side, Stance, source_key

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
    date: datetime.date | None
    """Its first citation's date, else its document's published date."""
    side: Side
    """The side it is in a relation."""


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
        for claim in claims:
            date = _claim_date(claim, pub)
            view = _claim_view(claim, path, text, aliases)
            side = Side.of_claim(claim, path, date.isoformat() if date else None)
            items.append(PreparedClaim(len(items), path, doc_index, claim, view, date, side))
    return items


def _documents(claims_by_doc, published: Mapping) -> list[tuple[str | None, str | None, Sequence[Claim], str | None]]:
    out = []
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


def _claim_view(claim: Claim, path: str | None, text: str | None, aliases: AliasTable) -> Statement:
    speakers, extra, objects = [], [], []
    for e in claim.attributions:
        name = e.speaker or e.source.name
        if name and name.casefold() not in ("he", "she", "they", "it", "i", "we"):
            speakers.append(name)
        if e.stance is Stance.DENY:
            extra.append(Cue(e.cue, 0, 0, "verb"))
            if text is not None and e.cue_end <= e.content_start <= len(text):
                between = text[e.cue_end : e.content_start]
                if regex.search(r"\b(?:reports?|claims?|rumou?rs?|allegations?|it)\b", between, regex.IGNORECASE):
                    # "denied [those reports] and said that ...": the object sits between cue and content.
                    anaphoric = regex.search(r"\b(?:those|these|the|such|this|that|it)\b", between, regex.IGNORECASE)
                    objects.append(Cue(squash(between), 0, 0, "anaphoric" if anaphoric else ""))
    return statement(
        claim.text,
        aliases,
        speakers=speakers,
        extra_denials=extra,
        extra_objects=objects,
        sources=_source_keys(claim, path),
    )


def _source_keys(claim: Claim, path: str | None) -> frozenset[str]:
    keys = {c.source.key for c in claim.citations}
    for a in claim.attributions:
        keys.add(a.source.key)
        if a.via:
            keys.add(source_key(a.via))
    return frozenset(keys) if keys else frozenset({f"doc:{path}"})


def _claim_date(claim: Claim, published: str | None) -> datetime.date | None:
    for c in claim.citations:
        d = _to_date(c.date, published)
        if d:
            return d
    return _to_date(published, None)


def _to_date(iso: str | None, published: str | None) -> datetime.date | None:
    if not iso:
        return None
    if iso.startswith("--"):
        if not published or not regex.match(r"\d{4}", published):
            return None
        iso = published[:4] + iso[1:]
    m = regex.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", iso)
    if not m:
        return None
    try:
        return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 15))
    except ValueError:
        return None
