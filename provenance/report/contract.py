"""The JSON contract (version 1, DESIGN.md): documents with their claims and
evidence, relations with their two sides, and the errors of a run.

JSON keeps the text as decoded and dates in ISO form: its offsets index the
text, and a program reads the dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from provenance.errors import InputError
from provenance.model import Attribution, Citation, Claim, Document

__all__ = [
    "claim_json",
    "document_json",
    "evidence_json",
    "relation_json",
    "report_json",
    "side_json",
    "versioned_json",
]


def evidence_json(e: Citation | Attribution) -> dict:
    """One evidence item in the JSON contract's shape."""
    if isinstance(e, Citation):
        return {
            "kind": "citation",
            "source": e.source.name or None,  # None: a date alone, its source named nowhere
            "date": e.date,
            "date_end": e.date_end,
            "raw": e.raw,
            "start": e.start,
            "end": e.end,
        }
    out = {
        "kind": "attribution",
        "source": e.source.name,
        "speaker": e.speaker,
        "cue": e.cue,
        "start": e.start,
        "end": e.end,
        "cue_start": e.cue_start,
        "cue_end": e.cue_end,
        "content_start": e.content_start,
        "content_end": e.content_end,
        "anonymous": e.anonymous,
        "stance": e.stance.value,
    }
    if e.via:
        out["via"] = e.via
    return out


def claim_json(claim: Claim) -> dict:
    """One claim in the JSON contract's shape."""
    return {
        "id": claim.id,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "hedged": claim.hedged,
        "evidence": [evidence_json(e) for e in claim.evidence],
    }


def document_json(doc: Document) -> dict:
    """One document in the JSON contract's shape (version 1)."""
    return {
        "path": doc.path,
        "published": doc.published,
        "articles": [{"title": a.title, "author": a.author, "start": a.start, "end": a.end} for a in doc.articles],
        "claims": [claim_json(c) for c in doc.claims],
        "malformed": [attrs.asdict(m) for m in doc.malformed],
    }


def versioned_json(key: str, items: list, errors: Sequence[InputError] = ()) -> dict:
    """``{"version": 1, key: items}``, plus ``errors`` only when there were any."""
    out: dict = {"version": 1, key: items}
    if errors:
        out["errors"] = [{"path": e.path, "problem": e.problem} for e in errors]
    return out


def report_json(docs: Iterable[Document], errors: Sequence[InputError] = ()) -> dict:
    """The whole report as a JSON-ready dict (the contract's version 1)."""
    return versioned_json("documents", [document_json(d) for d in docs], errors)


def side_json(side) -> dict:
    """One side of a relation in the JSON contract's shape."""
    return {"doc": side.doc, "start": side.start, "end": side.end, "text": side.text, "sources": list(side.sources)}


def relation_json(r) -> dict:
    """One relation in the JSON contract's shape (version 1)."""
    return {
        "relation": str(r.relation),
        "kind": str(r.kind) if r.kind else None,
        "score": round(r.score, 3),
        "a": side_json(r.a),
        "b": side_json(r.b),
        "evidence": r.evidence,
    }
