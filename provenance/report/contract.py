"""The JSON contract (DESIGN.md): documents with their claims and evidence
(version 2: continuations), relations with their two sides and lint findings
(version 1), and the errors of a run.

JSON keeps the text as decoded and dates in ISO form: its offsets index the
text, and a program reads the dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from provenance.errors import InputError
from provenance.model import Attribution, Citation, Claim, Continuation, Document, Evidence

__all__ = [
    "REPORT_VERSION",
    "VERSION",
    "claim_json",
    "document_json",
    "errors_json",
    "evidence_json",
    "relation_json",
    "report_json",
    "side_json",
    "versioned_json",
]

#: The version of the report's JSON (``documents``).  Version 2 added the
#: evidence kinds ``continuation`` (an attribution is held once, by the first
#: claim of its content, and the later claims of that content point to it)
#: and ``belief`` (an attribution of what a source holds, not of what it said).
REPORT_VERSION = 2

#: The version of the other JSON outputs (``relations``, ``findings``), whose shape is unchanged.
VERSION = 1


def evidence_json(e: Evidence) -> dict:
    """One evidence item in the JSON contract's shape.

    A continuation carries the fields of the attribution it continues, its
    ``kind`` is ``continuation`` and ``claim`` names the claim that holds the
    attribution: a reader that counts attributions counts ``attribution`` items.
    A belief (``wants``, ``fears``: stance ``belief``) has the fields of an
    attribution and the kind ``belief``.
    """
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
    if isinstance(e, Continuation):
        return {**_attribution_json(e.attribution), "kind": "continuation", "claim": e.claim}
    return _attribution_json(e)


def _attribution_json(e: Attribution) -> dict:
    out = {
        "kind": e.kind.value,  # "attribution", or "belief": what a source holds, a weaker kind
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
    """One document in the JSON contract's shape (version 2)."""
    return {
        "path": doc.path,
        "published": doc.published,
        "articles": [{"title": a.title, "author": a.author, "start": a.start, "end": a.end} for a in doc.articles],
        "claims": [claim_json(c) for c in doc.claims],
        "malformed": [attrs.asdict(m) for m in doc.malformed],
    }


def versioned_json(key: str, items: list, errors: Sequence[InputError] = (), *, version: int = VERSION) -> dict:
    """``{"version": version, key: items}``, plus ``errors`` only when there were any."""
    out: dict = {"version": version, key: items}
    if errors:
        out["errors"] = errors_json(errors)
    return out


def errors_json(errors: Sequence[InputError]) -> list[dict]:
    """Unreadable inputs as the contract lists them: ``{"path", "problem"}`` each."""
    return [{"path": e.path, "problem": e.problem} for e in errors]


def report_json(docs: Iterable[Document], errors: Sequence[InputError] = ()) -> dict:
    """The whole report as a JSON-ready dict (version :data:`REPORT_VERSION`)."""
    return versioned_json("documents", [document_json(d) for d in docs], errors, version=REPORT_VERSION)


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
