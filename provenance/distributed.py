"""Extraction and comparison on a Dask cluster: the same answers as on one machine, over many.

This is the pipeline of ``docs/scaling.md`` as code.  Nothing here schedules,
retries or moves data by itself: Dask does (a task whose worker dies is run
again on another worker), and every step calls the one implementation the
single-process path uses.

1. **Extract.**  Inputs go to the workers in partitions of
   :data:`PARTITION_SIZE` documents; each task runs
   :func:`~provenance.pipeline.extract_path` per input, and a bad input comes
   back as its :class:`~provenance.errors.InputError` in place.  Results are
   read back in input order (:func:`extract_paths`, :meth:`Corpus.results`).
2. **Aliases.**  Each partition gathers the
   :class:`~provenance.features.aliases.AliasEvidence` of its claims; a tree
   reduction merges them into the corpus
   :class:`~provenance.features.aliases.AliasTable`, which every task of the
   next step receives (Dask sends it to each worker once).
3. **Prepare.**  :func:`~provenance.compare.prepare` per partition, with the
   corpus table; claim indexes are offset so that every prepared claim is
   the one ``prepare`` gives on the whole corpus.  Anaphoric denials ("denied
   those reports") are found here, per document
   (:func:`~provenance.compare.anaphoric_pairs`).
4. **Shuffle.**  ``(key, claim)`` records, one per
   :func:`~provenance.compare.blocking_keys` of each claim, grouped by key: the
   only all-to-all step.  A key shared by more than ``max_block`` claims is a
   stop-key and pairs no one; the stop-keys are a small reduction over the
   blocks, which every task of the next steps receives.
5. **Pairs.**  As :func:`~provenance.compare.candidate_pairs` pairs them: two
   claims meet through a name or counted thing they share, or through
   :data:`~provenance.compare.blocking.WORDS_TO_MEET` content words (``~word``
   keys) they share.  The block of a stop-key that is a name splits itself into
   its compound blocks (:func:`~provenance.compare.blocking.compound_keys`:
   ``isis&~border`` holds the claims of the ``isis`` block that have the word),
   with no second shuffle.  Each pair is emitted once, by one block, from the
   keys of the two claims alone: the smallest name or compound key they share,
   else the smallest word when they share enough words (stop-keys left out), so
   no shuffle deduplicates or counts pairs.  Anaphoric pairs are emitted once,
   by their partition.
6. **Judge.**  :func:`~provenance.compare.judge_pair` on each candidate pair.
7. **Rank.**  The relations come back to the client with what finds a claim's
   copies (its shingles and marks, not the claim), and
   :func:`~provenance.compare.documents.rank` folds copies and fan-out and
   orders them as :func:`~provenance.compare.compare_documents` does.

The result equals ``compare_documents`` on the same documents, relation for
relation and in the same order (``tests/test_distributed.py`` checks it on
the samples and on real corpora).

Dask is an optional dependency (``pip install 'provenance[dask]'``); this
module imports it only when a cluster is used.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import os
import pickle
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

import attrs
import regex

from provenance import document
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
from provenance.errors import InputError, ProvenanceError
from provenance.features.aliases import AliasEvidence, AliasTable
from provenance.model import Document, Relation
from provenance.pipeline import analysed, extract
from provenance.published import PublishedDates
from provenance.report.contract import claim_json, evidence_json, relation_json
from provenance.sources import Registry

if TYPE_CHECKING:
    from distributed import Client, Future

__all__ = [
    "PARTITION_SIZE",
    "ClusterStats",
    "Corpus",
    "OutDirError",
    "SchedulerError",
    "compare_documents",
    "compare_partitions",
    "connect",
    "extract_corpus",
    "extract_paths",
    "parse_scheduler",
    "prepare_out_dir",
    "scatter_documents",
    "write_datasets",
]

log = logging.getLogger(__name__)

#: Documents per extraction task.  A task costs the scheduler about a
#: millisecond and a round trip; a few documents per task make that small
#: beside extraction (tens of milliseconds a document), while tasks stay many
#: enough for every worker to get its share (``bench/distributed.py``).
PARTITION_SIZE = 8

#: Extraction partitions merged into one comparison partition.  Preparing a
#: claim for comparison costs milliseconds, and every partition is a task in
#: each step of the comparison and a source and target of the shuffle: larger
#: partitions make the shuffle's task count (partitions squared) small.
COMPARE_MERGE = 8

#: Extraction tasks in flight per worker while results stream back in input
#: order (:func:`extract_paths`): workers stay busy, memory stays bounded.
TASKS_AHEAD_PER_WORKER = 4

#: ``local`` or ``local:N``: a cluster of N worker processes on this machine.
LOCAL = regex.compile(r"local(?::(?P<workers>[0-9]{1,4}))?")

#: Seconds to wait for a scheduler to answer before giving up.
CONNECT_TIMEOUT = 30

#: The datasets ``--out-dir`` writes, one folder each of JSON Lines partitions.
DATASETS = ("claims", "evidence", "relations")


class SchedulerError(ProvenanceError):
    """The cluster cannot be used: Dask is not installed, or the scheduler does not answer."""


class OutDirError(ProvenanceError):
    """The ``--out-dir`` folder cannot take the datasets: not writable, or holding earlier partitions."""


@attrs.define
class ClusterStats(Stats):
    """What :func:`compare_partitions` did: :class:`~provenance.compare.Stats` and the size of the shuffle."""

    shuffled: int = 0
    """``(key, claim)`` records sent through the shuffle."""
    shuffled_bytes: int = 0
    """Their size pickled one by one, as the shuffle sends them between workers."""
    anaphoric: int = 0
    """Anaphoric pairs ("denied those reports"), found per document, outside the shuffle."""


# --------------------------------------------------------------------------
# The cluster
# --------------------------------------------------------------------------


def parse_scheduler(spec: str) -> int | str:
    """What ``--scheduler`` names: a number of local workers, or a scheduler's address.

    >>> parse_scheduler("local:2"), parse_scheduler("local"), parse_scheduler("tcp://10.0.0.5:8786")
    (2, 1, 'tcp://10.0.0.5:8786')
    >>> parse_scheduler("local:0")
    Traceback (most recent call last):
    ...
    provenance.distributed.SchedulerError: --scheduler local:0: a local cluster needs at least one worker
    """
    spec = spec.strip()
    m = LOCAL.fullmatch(spec)
    if m:
        workers = int(m.group("workers") or 1)
        if workers < 1:
            raise SchedulerError(f"--scheduler {spec}: a local cluster needs at least one worker")
        return workers
    if not spec or any(c.isspace() for c in spec):
        raise SchedulerError(f"--scheduler {spec!r}: expected local:N or a scheduler address such as tcp://host:8786")
    return spec


def _dask() -> Any:
    try:
        import dask.bag  # noqa: F401
        import distributed
    except ImportError as e:
        raise SchedulerError(
            f"--scheduler needs Dask ({e.name} is not installed): pip install 'provenance[dask]'"
        ) from None
    return distributed


@contextlib.contextmanager
def connect(scheduler: str) -> Iterator[Client]:
    """A Dask client for ``scheduler``; a ``local:N`` cluster is started and stopped with it.

    Args:
        scheduler: ``local:N`` (N worker processes of one thread each on this
            machine) or the address of a running ``dask scheduler``
            (``tcp://host:8786``).

    Raises:
        SchedulerError: Dask is missing, or the scheduler cannot be reached.
    """
    distributed = _dask()
    target = parse_scheduler(scheduler)
    with contextlib.ExitStack() as stack:
        try:
            if isinstance(target, int):
                cluster = stack.enter_context(
                    distributed.LocalCluster(
                        n_workers=target,
                        threads_per_worker=1,
                        processes=True,
                        dashboard_address=":0",
                        silence_logs=logging.ERROR,
                    )
                )
                client = stack.enter_context(distributed.Client(cluster))
            else:
                client = stack.enter_context(distributed.Client(target, timeout=CONNECT_TIMEOUT))
        except (OSError, TimeoutError, ValueError) as e:
            raise SchedulerError(f"--scheduler {scheduler}: cannot connect: {e}") from None
        yield client


def _workers(client: Client) -> int:
    return max(1, len(client.scheduler_info().get("workers", {})))


# --------------------------------------------------------------------------
# Extraction
# --------------------------------------------------------------------------

#: An input as a task receives it: ``(path as given, absolute path, False,
#: fallback date)`` (workers started in another folder still find the file;
#: the document keeps the path as given), ``("-", text, True, fallback date)``
#: for standard input (read here), or the error found while listing it.
Entry = tuple[str, str, bool, str | None] | InputError


def _entries(
    items: Iterable[str | InputError], dates: PublishedDates, max_bytes: int, encoding: str
) -> Iterator[Entry]:
    for item in items:
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            try:
                text = document.read_input(item, max_bytes=max_bytes, encoding=encoding)
                yield (item, text, True, dates.date_for(item))
            except InputError as e:
                yield e
        else:
            yield (item, os.path.abspath(item), False, dates.date_for(item))


def _extract_partition(
    entries: Sequence[Entry], published: str | None, registry: Registry | None, max_bytes: int, encoding: str
) -> list[Document | InputError]:
    """Extract a partition of inputs on a worker: a document or an error per input, in order."""
    out: list[Document | InputError] = []
    for entry in entries:
        if isinstance(entry, InputError):
            out.append(entry)
            continue
        path, where, is_text, fallback = entry
        try:
            try:
                text = where if is_text else document.read_input(where, max_bytes=max_bytes, encoding=encoding)
            except InputError as e:
                raise InputError(path, e.problem) from None
            out.append(
                analysed(path, extract, text, path=path, published=published, registry=registry, fallback=fallback)
            )
        except InputError as e:
            out.append(e)
    return out


def _chunks(entries: Iterable[Entry], size: int) -> Iterator[list[Entry]]:
    it = iter(entries)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _submit_extraction(
    client: Client,
    paths: Sequence[str | InputError],
    published: str | None,
    registry: Registry | None,
    dates: PublishedDates | None,
    partition_size: int,
    max_bytes: int,
    encoding: str,
) -> Iterator[Future]:
    """Futures of extraction partitions, submitted as the caller takes them."""
    # A custom registry is sent to every worker once, not with every task.
    shared = client.scatter(registry, broadcast=True) if registry is not None else None
    inputs = itertools.chain.from_iterable(
        [p] if isinstance(p, InputError) else document.iter_inputs([p]) for p in paths
    )
    entries = _entries(inputs, dates or PublishedDates(), max_bytes, encoding)
    for chunk in _chunks(entries, partition_size):
        yield client.submit(_extract_partition, chunk, published, shared, max_bytes, encoding, pure=False)


def extract_paths(
    client: Client,
    paths: Sequence[str | InputError],
    *,
    published: str | None = None,
    registry: Registry | None = None,
    dates: PublishedDates | None = None,
    partition_size: int = PARTITION_SIZE,
    max_bytes: int = document.MAX_INPUT_BYTES,
    encoding: str = "utf-8",
) -> Iterator[Document | InputError]:
    """:func:`provenance.pipeline.extract_paths` on a cluster: every input, in input order.

    A bounded window of tasks is in flight (:data:`TASKS_AHEAD_PER_WORKER`
    per worker), so documents stream back as the workers finish them and the
    caller (``index`` writing its store) can keep up with an archive of any
    size.  Files are read by the workers: on a cluster of several hosts the
    paths must name the same files there (a shared filesystem).

    Args:
        client: a client of the cluster (:func:`connect`).
        paths: files, directories (searched recursively), ``-``, or errors
            already found for an input (passed through in place).
        published: ISO publication date for every input (``--published``).
        registry: the source registry (default: the shipped one).
        dates: publication dates by path for inputs that name none (``--dates``).
        partition_size: documents per task.
        max_bytes: the largest input read (``--max-bytes``).
        encoding: how the inputs' bytes are decoded (``--encoding``).

    Returns:
        Documents and, in place of bad inputs, their :class:`InputError`.
    """
    ahead = TASKS_AHEAD_PER_WORKER * _workers(client)
    window: deque[Future] = deque()
    try:
        futures = _submit_extraction(client, paths, published, registry, dates, partition_size, max_bytes, encoding)
        for future in futures:
            window.append(future)
            while len(window) > ahead:
                yield from _take(window.popleft())
        while window:
            yield from _take(window.popleft())
    finally:
        if window:
            client.cancel(list(window))


def _take(future: Future) -> list[Document | InputError]:
    result = future.result()
    future.release()
    return result


@attrs.define
class Corpus:
    """Documents extracted on a cluster and kept there, partition by partition in input order.

    Comparison (:func:`compare_partitions`) and ``--out-dir`` read the
    partitions where they are; :meth:`results` brings them back only when the
    caller needs the documents themselves.
    """

    client: Client
    """The client of the cluster that holds the partitions."""
    partitions: list[Future]
    """Futures of the partitions: lists of documents and input errors."""

    def results(self) -> Iterator[Document | InputError]:
        """Every document and input error, in input order, as the partitions finish."""
        for future in self.partitions:
            yield from future.result()

    def errors(self) -> list[InputError]:
        """The input errors, in input order (only they travel back)."""
        found = self.client.map(_errors_of, self.partitions, pure=False)
        return [e for part in self.client.gather(found) for e in part]


def _errors_of(partition: Sequence[Document | InputError]) -> list[InputError]:
    return [item for item in partition if isinstance(item, InputError)]


def _documents_of(partition: Sequence[Document | InputError]) -> list[Document]:
    return [item for item in partition if isinstance(item, Document)]


def extract_corpus(
    client: Client,
    paths: Sequence[str | InputError],
    *,
    published: str | None = None,
    registry: Registry | None = None,
    dates: PublishedDates | None = None,
    partition_size: int = PARTITION_SIZE,
    max_bytes: int = document.MAX_INPUT_BYTES,
    encoding: str = "utf-8",
) -> Corpus:
    """Extract every input on the cluster and keep the documents there (see :func:`extract_paths`)."""
    futures = _submit_extraction(client, paths, published, registry, dates, partition_size, max_bytes, encoding)
    return Corpus(client, list(futures))


def scatter_documents(client: Client, documents: Iterable[Document], partition_size: int = PARTITION_SIZE) -> Corpus:
    """Documents already in this process, sent to the cluster as a :class:`Corpus`."""
    chunks = [list(chunk) for chunk in _chunks(documents, partition_size)]  # type: ignore[arg-type]
    # Keys of their own (hash=False), not named by the documents: scattering the same documents again
    # would reuse the keys of an earlier corpus that is being released, and the tasks that read them
    # would be cancelled ("lost dependencies").
    return Corpus(client, client.scatter(chunks, hash=False) if chunks else [])


# --------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------


@attrs.frozen
class _Record:
    """A prepared claim as the shuffle carries it."""

    claim: PreparedClaim
    """The claim, its index counted over the whole corpus."""
    antecedents: frozenset[int]
    """Indexes of the earlier claims it denies anaphorically ("denied those reports")."""


def _alias_evidence(partition: Sequence[Document | InputError]) -> AliasEvidence:
    return AliasEvidence.of(c.text for d in _documents_of(partition) for c in d.claims)


def _merge_evidence(parts: Iterable[AliasEvidence]) -> AliasEvidence:
    merged = AliasEvidence()
    for part in parts:
        merged = merged.merge(part)
    return merged


def _sizes(partition: Sequence[Document | InputError]) -> list[tuple[int, int]]:
    docs = _documents_of(partition)
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
    local = prepare(_documents_of(partition), aliases=aliases)
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
    n = min(len(corpus.partitions), max(2 * _workers(client), -(-len(corpus.partitions) // COMPARE_MERGE)))
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
        wanted.append(_write_graph(docs, out_dir))
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
            written.map_partitions(_file_text, relation_lines).to_textfiles(
                os.path.join(relations_folder, "part-*.jsonl"),
                name_function=_part_name,
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


# --------------------------------------------------------------------------
# Partitioned JSON Lines
# --------------------------------------------------------------------------


def claim_lines(partition: Sequence[Document | InputError]) -> list[str]:
    """A JSON line per claim: the report's claim fields without evidence, with its document and article."""
    out = []
    for doc in _documents_of(partition):
        for claim in doc.claims:
            row = {"doc": doc.path, **claim_json(claim), "article": claim.article}
            del row["evidence"]
            out.append(_line(row))
    return out


def evidence_lines(partition: Sequence[Document | InputError]) -> list[str]:
    """A JSON line per evidence item: the report's evidence fields, with its document and claim id."""
    return [
        _line({"doc": doc.path, "claim": claim.id, **evidence_json(e)})
        for doc in _documents_of(partition)
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


def _part_name(i: int) -> str:
    return f"{i:05d}"


def _write_graph(docs: Any, out_dir: str) -> list:
    """The tasks that write the claims and evidence datasets: one file per partition, written by the workers."""
    folders = prepare_out_dir(out_dir, DATASETS[:2])
    return [
        docs.map_partitions(_file_text, lines).to_textfiles(
            os.path.join(folder, "part-*.jsonl"), name_function=_part_name, encoding="utf-8", compute=False
        )
        for lines, folder in zip((claim_lines, evidence_lines), folders, strict=True)
    ]


def _file_text(partition: Iterable, lines: Callable[[Any], list[str]]) -> list[str]:
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
    corpus.client.compute(_write_graph(docs, out_dir), sync=True)
