"""Evidence as stored rows: a :class:`~provenance.model.Citation`, an
:class:`~provenance.model.Attribution` or a :class:`~provenance.model.Continuation`
to the columns of the ``evidence`` table, and back.

A continuation is stored with the fields of the attribution it continues and
kind ``continuation``; reading a document back makes it a continuation again,
pointing at the claim that stored the same attribution first."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.model import Attribution, Citation, Continuation, Source, Stance

__all__ = ["EVIDENCE_COLUMNS", "evidence_row", "evidence_value"]

#: Columns of the ``evidence`` table after its key (``claim_id``, ``seq``),
#: in table order: the kind and source, then the citation's fields, then the
#: attribution's (a column a kind does not have is NULL).
EVIDENCE_COLUMNS = (
    "kind", "source_id", "start", "end",
    "raw", "date", "date_end", "paren_start", "paren_end", "locator",
    "speaker", "cue", "cue_start", "cue_end", "content_start", "content_end", "via", "stance",
)  # fmt: skip


def evidence_row(e: Citation | Attribution | Continuation, source_id: int) -> tuple:
    """The :data:`EVIDENCE_COLUMNS` values of one piece of evidence."""
    row: dict = {"source_id": source_id, "start": e.start, "end": e.end, "speaker": e.speaker}
    if isinstance(e, Citation):
        row |= {"kind": "citation", "raw": e.raw, "date": e.date, "date_end": e.date_end}
        row |= {"paren_start": e.paren_start, "paren_end": e.paren_end, "locator": e.locator}
    else:
        kind = e.kind.value
        if isinstance(e, Continuation):
            e = e.attribution
        row |= {"kind": kind, "cue": e.cue, "cue_start": e.cue_start, "cue_end": e.cue_end}
        row |= {"content_start": e.content_start, "content_end": e.content_end, "via": e.via}
        row["stance"] = e.stance.value
    return tuple(row.get(column) for column in EVIDENCE_COLUMNS)


def evidence_value(values: Sequence, source: Source) -> Citation | Attribution:
    """The evidence of a row of :data:`EVIDENCE_COLUMNS` values, with its ``source``."""
    r = dict(zip(EVIDENCE_COLUMNS, values, strict=True))
    if r["kind"] == "citation":
        return Citation(
            r["start"], r["end"], r["raw"], source, r["date"], r["date_end"],
            r["paren_start"], r["paren_end"], r["locator"], r["speaker"],
        )  # fmt: skip
    return Attribution(
        r["start"], r["end"], source, r["cue"], r["cue_start"], r["cue_end"],
        r["content_start"], r["content_end"], r["speaker"], r["via"], Stance(r["stance"]),
    )  # fmt: skip
