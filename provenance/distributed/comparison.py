"""Comparison on the cluster: prepare, shuffle by blocking key, pair, judge, rank."""

from __future__ import annotations

import os
import pickle
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from provenance.compare.blocking import (
    WORD_KEY,
    WORDS_TO_MEET,
    Stats,
    anaphoric_pairs,
    blocking_keys,
    compound_keys,
)
from provenance.compare.documents import rank
from provenance.compare.judge import judge_pair
from provenance.compare.prepare import PreparedClaim, prepare
from provenance.compare.statement import MIN_SCORE
from provenance.distributed.cluster import worker_count
from provenance.distributed.datasets import DATASETS, file_text, part_name, prepare_out_dir, relation_lines, write_graph
from provenance.distributed.extraction import Corpus, documents_of, scatter_documents
from provenance.errors import InputError
from provenance.features.aliases import AliasEvidence, AliasTable
from provenance.model import Document, Relation

if TYPE_CHECKING:
    from distributed import Client

#: Extraction partitions merged into one comparison partition.  Preparing a
#: claim for comparison costs milliseconds, and every partition is a task in
#: each step of the comparison and a source and target of the shuffle: larger
#: partitions make the shuffle's task count (partitions squared) small.
COMPARE_MERGE = 8


@attrs.define
class ClusterStats(Stats):
    """What :func:`compare_partitions` did: :class:`~provenance.compare.Stats` and the size of the shuffle."""

    shuffled: int = 0
    """``(key, claim)`` records sent through the shuffle."""
    shuffled_bytes: int = 0
    """Their size pickled one by one, as the shuffle sends them between workers."""
    anaphoric: int = 0
    """Anaphoric pairs ("denied those reports"), found per document, outside the shuffle."""


@attrs.frozen
class _Record:
    """A prepared claim as the shuffle carries it."""

    claim: PreparedClaim
    """The claim, its index counted over the whole corpus."""
    antecedents: frozenset[int]
    """Indexes of the earlier claims it denies anaphorically ("denied those reports")."""


def _alias_evidence(partition: Sequence[Document | InputError]) -> AliasEvidence:
    return AliasEvidence.of(c.text for d in documents_of(partition) for c in d.claims)


def _merge_evidence(parts: Iterable[AliasEvidence]) -> AliasEvidence:
    merged = AliasEvidence()
    for part in parts:
        merged = merged.merge(part)
    return merged


def _sizes(partition: Sequence[Document | InputError]) -> list[tuple[int, int]]:
    docs = documents_of(partition)
    return [(len(docs), sum(len(d.claims) for d in docs))]


def _concat(parts: Iterable[list]) -> list:
    return [x for part in parts for x in part]


def _prepare_partition(
    partition: Sequence[Document | InputError],
    number: Sequence[int],
    sizes: Sequence[tuple[int, int]],
    aliases: AliasTable,
    window: int,
) -> list[_Record]:
    """The prepared claims of one partition, numbered as ``prepare`` numbers the whole corpus."""
    (k,) = number
    doc_offset = sum(n for n, _ in sizes[:k])
    claim_offset = sum(n for _, n in sizes[:k])
    local = prepare(documents_of(partition), aliases=aliases)
    back: dict[int, set[int]] = {}
    for i, j in anaphoric_pairs(local, window):  # within one document, so within this partition
        back.setdefault(j, set()).add(i + claim_offset)
    return [
        _Record(
            attrs.evolve(c, index=c.index + claim_offset, doc_index=c.doc_index + doc_offset),
            frozenset(back.get(c.index, ())),
        )
        for c in local
    ]


def _keyed(record: _Record) -> list[tuple[str, _Record]]:
    return [(key, record) for key in sorted(blocking_keys(record.claim))]


def _key(item: tuple[str, _Record]) -> str:
    return item[0]


@attrs.frozen
class _Block:
    """The claims that share a key: a block of the shuffle, or a compound block split from a stop-key's."""

    key: str
    """The blocking key, or the compound key (``isis&~border``)."""
    members: tuple[_Record, ...]
    """The claims that have it, by index."""
    stop: bool
    """Shared by more than ``max_block`` claims: it pairs no one."""


def _block(group: tuple[str, list[tuple[str, _Record]]], max_block: int) -> _Block:
    key, items = group
    members = tuple(sorted((r for _, r in items), key=lambda r: r.claim.index))
    return _Block(key, members, len(members) > max_block)


def _stop_keys(blocks: Sequence[_Block]) -> list[str]:
    return sorted(b.key for b in blocks if b.stop)


def _compound_blocks(blocks: Sequence[_Block], stop: Sequence[str]) -> list[_Block]:
    """The compound blocks of the stop-keys that are names among ``blocks``, with two members or more.

    The claims of a compound key ``name&~word`` are those of the block of
    ``name`` that have the word, so each stop-key's block splits itself: no
    second shuffle.  A compound key is never a stop-key: its claims are a part
    of those of a word that is not one.
    """
    stops = frozenset(stop)
    out: list[_Block] = []
    for block in blocks:
        if not block.stop or block.key.startswith(WORD_KEY):
            continue
        groups: dict[str, list[_Record]] = {}
        for r in block.members:
            words = (k for k in blocking_keys(r.claim) if k.startswith(WORD_KEY))
            for key in compound_keys((block.key, *words), stops):
                groups.setdefault(key, []).append(r)
        out.extend(_Block(key, tuple(members), False) for key, members in sorted(groups.items()) if len(members) > 1)
    return out


def _emitter(shared: Iterable[str]) -> str | None:
    """The block that emits a pair sharing these keys (stop-keys left out): its smallest name or compound key,
    else its smallest word when it shares :data:`~provenance.compare.blocking.WORDS_TO_MEET` of them, else none.
    """
    shared = sorted(shared)
    names = [k for k in shared if not k.startswith(WORD_KEY)]
    if names:
        return names[0]
    return shared[0] if len(shared) >= WORDS_TO_MEET else None


def _block_candidates(blocks: Sequence[_Block], stop: Sequence[str]) -> list[tuple[PreparedClaim, PreparedClaim, bool]]:
    """The pairs of each block that this block is the one to emit (:func:`_emitter`)."""
    stops = frozenset(stop)
    out: list[tuple[PreparedClaim, PreparedClaim, bool]] = []
    for block in blocks:
        if block.stop or len(block.members) < 2:
            continue
        keys: dict[int, frozenset[str]] = {}
        for r in block.members:
            own = blocking_keys(r.claim)
            keys[r.claim.index] = (own - stops).union(compound_keys(own, stops))
        for x, a in enumerate(block.members):
            for b in block.members[x + 1 :]:
                if a.claim.index in b.antecedents:
                    continue  # an anaphoric pair: emitted by its partition, judged with anaphora
                if _emitter(keys[a.claim.index] & keys[b.claim.index]) == block.key:
                    out.append((a.claim, b.claim, False))
    return out


def _anaphoric_candidates(records: Iterable[_Record]) -> list[tuple[PreparedClaim, PreparedClaim, bool]]:
    records = list(records)
    by_index = {r.claim.index: r.claim for r in records}
    return [(by_index[i], r.claim, True) for r in records for i in sorted(r.antecedents)]


def _judge(
    candidate: tuple[PreparedClaim, PreparedClaim, bool], max_days: int, min_score: float
) -> tuple[int, int, Relation] | None:
    a, b, anaphora = candidate
    r = judge_pair(a, b, anaphora=anaphora, max_days=max_days, min_score=min_score)
    return None if r is None else (a.index, b.index, r)


@attrs.frozen
class _Ranked:
    """What :func:`~provenance.compare.documents.rank` reads of a prepared claim: all the client gathers of it."""

    index: int
    doc_index: int
    shingles: frozenset[int]
    marks: frozenset[str]


def _ranked(record: _Record) -> _Ranked:
    c = record.claim
    return _Ranked(c.index, c.doc_index, c.shingles, c.marks)


def _not_none(x: Any) -> bool:
    return x is not None


def _paired(block: _Block) -> bool:
    return not block.stop and len(block.members) > 1


def _pickled_size(item: Any) -> int:
    return len(pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL))


def _antecedent_count(record: _Record) -> int:
    return len(record.antecedents)


def compare_partitions(
    corpus: Corpus,
    *,
    max_block: int = 50,
    max_days: int = 30,
    window: int = 3,
    min_score: float = MIN_SCORE,
    stats: ClusterStats | None = None,
    out_dir: str | None = None,
) -> list[Relation]:
    """:func:`provenance.compare.compare_documents` over the documents of a :class:`Corpus`, on its cluster.

    Args:
        corpus: documents on the cluster (:func:`extract_corpus`, :func:`scatter_documents`).
        max_block: a blocking key shared by more claims than this is a stop-key.
        max_days: claims further apart in time are not contradictions.
        window: how many claims back an anaphoric denial ("those reports") looks.
        min_score: relations scoring lower are dropped.
        stats: an accumulator for the counts of what was done, the shuffle included.
        out_dir: also write the claims, evidence and relations as JSON Lines
            partitions under this folder (:func:`write_datasets`), from the workers.

    Returns:
        The relations ``compare_documents`` finds, in its order.
    """
    import dask
    import dask.bag as db

    client = corpus.client
    if not corpus.partitions:
        if out_dir:
            prepare_out_dir(out_dir)
        return []
    # Comparison works on fewer, larger partitions than extraction: its tasks are cheaper per document.
    n = min(len(corpus.partitions), max(2 * worker_count(client), -(-len(corpus.partitions) // COMPARE_MERGE)))
    # Each collection that several steps read is persisted (computed once, kept on the workers):
    # computed together as separate outputs, each would compute its own copy of what they share.
    docs = client.persist(db.from_delayed([dask.delayed(f) for f in corpus.partitions]).repartition(npartitions=n))
    aliases = docs.reduction(_alias_evidence, _merge_evidence).apply(AliasTable.from_evidence)
    sizes = docs.map_partitions(_sizes).reduction(list, _concat)
    numbers = db.from_sequence(range(n), npartitions=n)
    records = client.persist(db.map_partitions(_prepare_partition, docs, numbers, sizes, aliases, window))
    keyed = records.map(_keyed).flatten()
    keys = client.persist(keyed.groupby(_key, shuffle="tasks").map(_block, max_block))
    stop = client.persist(keys.reduction(_stop_keys, _concat))
    blocks = db.concat([keys, client.persist(keys.map_partitions(_compound_blocks, stop))])
    candidates = client.persist(
        db.concat([blocks.map_partitions(_block_candidates, stop), records.map_partitions(_anaphoric_candidates)])
    )
    judged = candidates.map(_judge, max_days, min_score).filter(_not_none)
    relations = client.persist(judged)
    ranked = records.map(_ranked)
    counted: dict[str, Any] = (
        {}
        if stats is None
        else {
            "claims": records.count(),
            "keys": keys.count(),
            "blocks": blocks.filter(_paired).count(),
            "comparisons": candidates.count(),
            "shuffled": keyed.count(),
            "shuffled_bytes": keyed.map(_pickled_size).sum(),
            "anaphoric": records.map(_antecedent_count).sum(),
        }
    )
    wanted: list = [relations, ranked, stop, counted]
    if out_dir:
        # Claims and evidence are written with the comparison; relations once ranked, below.
        (relations_folder,) = prepare_out_dir(out_dir, DATASETS[2:])
        wanted.append(write_graph(docs, out_dir))
    found, items, stop_keys, counts, *_ = client.compute(wanted, sync=True)
    if stats is not None:
        stats.claims += counts["claims"]
        stats.keys += counts["keys"]
        stats.stop_keys.extend(sorted(stop_keys))
        stats.blocks += counts["blocks"]
        stats.comparisons += counts["comparisons"]
        stats.shuffled += counts["shuffled"]
        stats.shuffled_bytes += int(counts["shuffled_bytes"])
        stats.anaphoric += int(counts["anaphoric"])
    # Ranking folds copies and fan-out across the whole corpus: it runs here, on what
    # each claim's copies are found by (its shingles and marks), not on the claims.
    items.sort(key=lambda it: it.index)
    kept = rank(items, found)
    if out_dir:
        size = max(1, -(-len(kept) // n))
        parts = [kept[k : k + size] for k in range(0, len(kept), size)] or [[]]
        written = db.from_delayed([dask.delayed(list)(part) for part in parts])
        client.compute(
            written.map_partitions(file_text, relation_lines).to_textfiles(
                os.path.join(relations_folder, "part-*.jsonl"),
                name_function=part_name,
                encoding="utf-8",
                compute=False,
            ),
            sync=True,
        )
    return [r for _, _, r in kept]


def compare_documents(client: Client, documents: Iterable[Document], **options: Any) -> list[Relation]:
    """:func:`provenance.compare.compare_documents` on a cluster, for documents in this process.

    Args:
        client: a client of the cluster (:func:`connect`).
        documents: the documents, in order.
        options: ``max_block``, ``max_days``, ``window``, ``min_score``,
            ``stats`` as :func:`compare_partitions` takes them.

    Returns:
        The same relations as :func:`provenance.compare.compare_documents`, in the same order.
    """
    return compare_partitions(scatter_documents(client, documents), **options)
