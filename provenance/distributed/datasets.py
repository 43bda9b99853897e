"""Partitioned JSON Lines: the claims, evidence and relations datasets ``--out-dir`` writes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from provenance.distributed.extraction import documents_of
from provenance.errors import InputError, ProvenanceError
from provenance.model import Document, Relation
from provenance.report.contract import claim_json, evidence_json, relation_json

if TYPE_CHECKING:
    from provenance.distributed.extraction import Corpus

#: The datasets ``--out-dir`` writes, one folder each of JSON Lines partitions.
DATASETS = ("claims", "evidence", "relations")


class OutDirError(ProvenanceError):
    """The ``--out-dir`` folder cannot take the datasets: not writable, or holding earlier partitions."""


def claim_lines(partition: Sequence[Document | InputError]) -> list[str]:
    """A JSON line per claim: the report's claim fields without evidence, with its document and article."""
    out = []
    for doc in documents_of(partition):
        for claim in doc.claims:
            row = {"doc": doc.path, **claim_json(claim), "article": claim.article}
            del row["evidence"]
            out.append(_line(row))
    return out


def evidence_lines(partition: Sequence[Document | InputError]) -> list[str]:
    """A JSON line per evidence item: the report's evidence fields, with its document and claim id."""
    return [
        _line({"doc": doc.path, "claim": claim.id, **evidence_json(e)})
        for doc in documents_of(partition)
        for claim in doc.claims
        for e in claim.evidence
    ]


def relation_lines(found: Sequence[tuple[int, int, Relation]]) -> list[str]:
    """A JSON line per relation (the contested table's JSON shape), in comparison order."""
    return [_line(relation_json(r)) for _, _, r in sorted(found, key=lambda t: (t[0], t[1]))]


def _line(row: dict) -> str:
    return json.dumps(row, ensure_ascii=False, allow_nan=False)


def prepare_out_dir(out_dir: str, datasets: Sequence[str] = DATASETS) -> list[str]:
    """Create ``out_dir/<dataset>`` folders; refuse ones that already hold files (stale partitions).

    Raises:
        OutDirError: a folder cannot be created, or is not empty.
    """
    folders = []
    for name in datasets:
        folder = os.path.join(os.path.abspath(out_dir), name)
        try:
            os.makedirs(folder, exist_ok=True)
            stale = os.listdir(folder)
        except OSError as e:
            raise OutDirError(f"{folder}: cannot write: {e.strerror}") from None
        if stale:
            raise OutDirError(f"{folder}: not empty; choose a new --out-dir or empty it first")
        folders.append(folder)
    return folders


def part_name(i: int) -> str:
    return f"{i:05d}"


def write_graph(docs: Any, out_dir: str) -> list:
    """The tasks that write the claims and evidence datasets: one file per partition, written by the workers."""
    folders = prepare_out_dir(out_dir, DATASETS[:2])
    return [
        docs.map_partitions(file_text, lines).to_textfiles(
            os.path.join(folder, "part-*.jsonl"), name_function=part_name, encoding="utf-8", compute=False
        )
        for lines, folder in zip((claim_lines, evidence_lines), folders, strict=True)
    ]


def file_text(partition: Iterable, lines: Callable[[Any], list[str]]) -> list[str]:
    """A partition's file as one string: a line each, every line ended (an empty file for none)."""
    return ["".join(line + "\n" for line in lines(list(partition)))]


def write_datasets(corpus: Corpus, out_dir: str) -> None:
    """Write the claims and evidence of a corpus as JSON Lines partitions under ``out_dir``, from the workers.

    ``out_dir/claims/part-00000.jsonl`` holds the claims of the first partition
    of documents, and so on in input order; ``evidence/`` likewise.  The folder
    must be one the workers can write (a shared filesystem on a cluster).
    """
    import dask
    import dask.bag as db

    if not corpus.partitions:
        prepare_out_dir(out_dir, DATASETS[:2])
        return
    docs = db.from_delayed([dask.delayed(f) for f in corpus.partitions])
    corpus.client.compute(write_graph(docs, out_dir), sync=True)
