"""Counting sources: who is cited and attributed how often, when, and in which documents.

The per-article sources table of the text report, the corpus sources table
and chart of the HTML page, and the summary all count with :func:`tally_sources`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from provenance.model import Attribution, Citation, Document, SourceKind, source_key

__all__ = ["KIND_GROUPS", "SOURCE_COLUMNS", "corpus_source_rows", "kind_counts", "source_rows", "tally_sources"]

#: Columns of the per-article sources table.
SOURCE_COLUMNS = ("source", "kind", "citations", "attributions", "first", "last")

#: How the sources table groups source kinds, one and several (every other kind is an outlet).
KIND_GROUPS = {
    SourceKind.PERSON: ("person", "people"),
    SourceKind.ANONYMOUS: ("anonymous", "anonymous"),
}

#: The group of every kind :data:`KIND_GROUPS` does not name.
OTHER_GROUP = ("outlet", "outlets")


def attribution_key(path: str | None, e: Attribution) -> tuple:
    """What makes one attributed statement: an attribution is in the evidence
    of every claim its content covers, and counts once."""
    return (path, e.start, e.cue_start, e.content_start)


def tally_sources(pairs: Iterable[tuple[str | None, Citation | Attribution]]) -> dict[str, dict]:
    """Count ``(document path, evidence)`` pairs by source key, in order of first use.

    An attribution counts for its resolved speaker when there is one, so that
    ``Ruiz``, ``she`` and ``Ana Ruiz`` make one row.  ``first`` and ``last``
    are the earliest and latest citation dates, ``dates`` counts citations by
    date (None: undated), ``documents`` the documents the source appears in.
    """
    seen: dict[str, dict] = {}
    counted: set[tuple] = set()
    for path, e in pairs:
        if not e.source.name:
            continue  # a date alone names no source
        if isinstance(e, Attribution):
            if attribution_key(path, e) in counted:
                continue
            counted.add(attribution_key(path, e))
        speaker = e.speaker if isinstance(e, Attribution) else None
        key = source_key(speaker) if speaker else e.source.key
        row = seen.setdefault(
            key,
            {
                "source": speaker or e.source.name,
                "kind": e.source.kind.value,
                "citations": 0,
                "attributions": 0,
                "documents": 0,
                "first": None,
                "last": None,
                "paths": [],
                "dates": {},
            },
        )
        if path not in row["paths"]:
            row["paths"].append(path)
            row["documents"] += 1
        if isinstance(e, Citation):
            row["citations"] += 1
            row["dates"][e.date] = row["dates"].get(e.date, 0) + 1
            if e.date:
                row["first"] = min(filter(None, [row["first"], e.date]))
                row["last"] = max(filter(None, [row["last"], e.date_end or e.date]))
        else:
            row["attributions"] += 1
    return seen


def source_rows(doc: Document, article: int | None = None) -> Iterator[dict]:
    """Rows of the sources table of one document (or one of its articles), in order of first use."""
    pairs = ((doc.path, e) for c in doc.claims if article is None or c.article == article for e in c.evidence)
    for row in tally_sources(pairs).values():
        yield {k: row[k] for k in SOURCE_COLUMNS}


def corpus_source_rows(docs: Iterable[Document]) -> Iterator[dict]:
    """Rows of the sources table over all ``docs``: each source once, by key.

    Most cited first, then most attributed, then by name; besides
    :data:`SOURCE_COLUMNS`, ``documents`` and ``dates`` (see :func:`tally_sources`).
    """
    pairs = ((doc.path, e) for doc in docs for c in doc.claims for e in c.evidence)
    rows = sorted(
        tally_sources(pairs).values(), key=lambda r: (-r["citations"], -r["attributions"], r["source"].casefold())
    )
    for row in rows:
        del row["paths"]
        yield row


def kind_counts(rows: Iterable[dict]) -> str:
    """``"1 anonymous, 10 outlets, 2 people"``: source rows counted by :data:`KIND_GROUPS`.

    >>> kind_counts([{"kind": "person"}, {"kind": "outlet"}, {"kind": "wire"}])
    '2 outlets, 1 person'
    """
    groups: dict[tuple[str, str], int] = {}
    for r in rows:
        group = KIND_GROUPS.get(SourceKind(r["kind"]), OTHER_GROUP)
        groups[group] = groups.get(group, 0) + 1
    return ", ".join(
        f"{n} {one if n == 1 else several}" for (one, several), n in sorted(groups.items(), key=lambda g: g[0][1])
    )
