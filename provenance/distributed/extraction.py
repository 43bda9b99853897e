"""Extraction on the cluster: inputs in partitions, documents back in input order or kept there."""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

import attrs

from provenance import document
from provenance.distributed.cluster import worker_count
from provenance.errors import InputError
from provenance.model import Document
from provenance.pipeline import analysed, extract
from provenance.published import PublishedDates
from provenance.sources import Registry

if TYPE_CHECKING:
    from distributed import Client, Future

#: Documents per extraction task.  A task costs the scheduler about a
#: millisecond and a round trip; a few documents per task make that small
#: beside extraction (tens of milliseconds a document), while tasks stay many
#: enough for every worker to get its share (``bench/distributed.py``).
PARTITION_SIZE = 8

#: Extraction tasks in flight per worker while results stream back in input
#: order (:func:`extract_paths`): workers stay busy, memory stays bounded.
TASKS_AHEAD_PER_WORKER = 4


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
    ahead = TASKS_AHEAD_PER_WORKER * worker_count(client)
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


def documents_of(partition: Sequence[Document | InputError]) -> list[Document]:
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
