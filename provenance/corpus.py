"""Corpus indexing: extracting an archive into a corpus store, incrementally.

The store (:mod:`provenance.store`) is persistence only; this module decides
what to extract and what to compare:

* :func:`index` reads every input, hashes its decoded text and extracts only
  the new and changed ones (on ``jobs`` processes), writing each document in
  its own transaction as it arrives.  A document is stale when its text, the
  extraction options (:func:`options_key`) or the extraction code
  (:func:`extractor_fingerprint`) changed.
* :func:`claim_keys` gives the blocking keys of a claim, as the comparator
  blocks; :func:`fill_entities` stores them for every document lacking them;
  :func:`related` and :func:`changed_and_related` find the stored documents a
  changed one could relate to, without loading the store.

>>> import os, tempfile
>>> from provenance.store import Store
>>> with tempfile.TemporaryDirectory() as tmp:
...     article = os.path.join(tmp, "a.txt")
...     with open(article, "w", encoding="utf-8") as f:
...         _ = f.write("Troops left the town (Reuters, May 2, 2021).")
...     with Store(os.path.join(tmp, "c.db")) as store:
...         print([e.action for e in index(store, [article])], [e.action for e in index(store, [article])])
['added'] ['unchanged']
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources

import attrs

from provenance import document as document_
from provenance.errors import InputError
from provenance.lexicon import SUBJECT_PRONOUNS
from provenance.model import Claim, Document
from provenance.pipeline import extract_paths
from provenance.published import PublishedDates
from provenance.sources import Registry, default_registry
from provenance.store import Store, content_hash, document_key, path_order
from provenance.workers import process_pool

__all__ = [
    "EXTRACTION_MODULES",
    "IndexEvent",
    "changed_and_related",
    "claim_keys",
    "extractor_fingerprint",
    "fill_entities",
    "index",
    "options_key",
    "related",
]

#: Modules and data whose code decides what extraction finds: a change to any
#: of them makes every stored document stale.
EXTRACTION_MODULES = (
    "attribution", "citations", "claims", "document", "layout", "lexicon", "model", "patterns", "pipeline",
    "segment", "sources", "tokens",
)  # fmt: skip


#: Documents handed to each worker ahead of the one being keyed.
KEYS_IN_FLIGHT_PER_JOB = 4


@attrs.frozen
class IndexEvent:
    """What :func:`index` did with one input."""

    path: str
    """The input as given (or, for a removed document, as stored)."""
    action: str
    """``added``, ``updated``, ``unchanged``, ``removed`` or ``error``."""
    position: int | None = None
    """Index of the input among the expanded inputs, in their order (None for ``removed``)."""
    key: str | None = None
    """The document's key in the store (its absolute path)."""
    error: InputError | None = None
    """The problem, for ``error``."""


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the extraction code and its data files.

    Stored with each document; when it differs from the running code's, the
    document is extracted again on the next :func:`index`.
    """
    digest = hashlib.sha256()
    package = resources.files("provenance")
    for name in EXTRACTION_MODULES:
        digest.update(name.encode())
        module = package.joinpath(f"{name}.py")
        if module.is_file():
            digest.update(module.read_bytes())
            continue
        # A stage that is a package (provenance/citations/): each of its modules.
        for entry in sorted(package.joinpath(name).iterdir(), key=lambda e: e.name):
            if entry.name.endswith(".py"):
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
    data = package.joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if entry.is_file():
            digest.update(entry.name.encode())
            digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


def options_key(published: str | None, registry: Registry | None, fallback: str | None = None) -> str:
    """The extraction options a stored document depends on, as one string
    (``fallback``: its date from ``--dates`` or the configuration)."""
    params = f"published={published or ''}"
    if fallback and not published:
        params += f";fallback={fallback}"
    if registry is not None and registry != default_registry():
        entries = repr(sorted((k, v[0], v[1].value) for k, v in registry.entries.items()))
        params += f";registry={hashlib.sha256(entries.encode()).hexdigest()[:16]}"
    return params


def index(
    store: Store,
    paths: Sequence[str],
    *,
    published: str | None = None,
    registry: Registry | None = None,
    jobs: int | None = 1,
    prune: bool = False,
    progress: Callable[[int, int], None] | None = None,
    max_bytes: int = document_.MAX_INPUT_BYTES,
    dates: PublishedDates | None = None,
    encoding: str = "utf-8",
    extract: Callable[..., Iterator[Document | InputError]] | None = None,
) -> Iterator[IndexEvent]:
    """Add or update the documents named by ``paths`` in ``store``; skip unchanged ones.

    Every input is read and its decoded text hashed; only inputs whose
    hash, options or extraction code differ from the stored ones are
    extracted (on ``jobs`` processes) and written, each in its own
    transaction as it arrives.  The run and its changes are logged
    (:meth:`Store.changes`, :meth:`Store.changed_since`); an interrupted run
    stays unfinished in the log, and every document is either as it was or
    as it is now.

    Args:
        store: the corpus store.
        paths: files and directories (``-`` cannot be indexed).
        published: publication date for every input (``--published``).
        registry: the source registry (default: the shipped one).
        jobs: worker processes for extraction (None: every core).
        prune: drop stored documents under ``paths`` that were not found
            (deleted files).  Inputs that could not be read are kept.
        progress: called as ``progress(done, total)`` after each input.
        max_bytes: the largest input read.
        dates: publication dates by path (``--dates``, the configuration's
            ``published``) for inputs that name none; a changed date is a
            changed option, so the file is extracted again.
        encoding: how the inputs' bytes are decoded (``--encoding``); the
            stored hash is of the decoded text.
        extract: extracts the changed inputs instead of
            :func:`~provenance.pipeline.extract_paths` on ``jobs`` processes:
            called with ``extract_paths``' keyword arguments but ``jobs``, it
            yields a document or an error per path, in order (a cluster's,
            :func:`provenance.distributed.extract_paths`).  The store is
            written here, as results arrive.

    Returns:
        An event per input: ``unchanged`` and ``error`` ones as the inputs
        are read, then ``added`` and ``updated`` ones in input order, then
        ``removed`` ones.  ``IndexEvent.position`` gives the input order.
    """
    dates = dates or PublishedDates()
    extractor = extractor_fingerprint()
    run_id = store.begin_run()
    counts: dict[str, int] = {}
    inputs = list(document_.iter_inputs(paths))
    total, done = len(inputs), 0

    def tick(event: IndexEvent) -> IndexEvent:
        nonlocal done
        counts[event.action] = counts.get(event.action, 0) + 1
        if event.position is not None:
            done += 1
            if progress:
                progress(done, total)
        return event

    seen: set[str] = set()
    todo: list[tuple[int, str]] = []
    for position, item in enumerate(inputs):
        if isinstance(item, InputError):
            yield tick(IndexEvent(item.path, "error", position, error=item))
            continue
        if item == "-":
            error = InputError("-", "standard input cannot be indexed; save it to a file")
            yield tick(IndexEvent(item, "error", position, error=error))
            continue
        key = document_key(item)
        if key in seen:
            yield tick(IndexEvent(item, "unchanged", position, key))
            continue
        seen.add(key)
        try:
            digest = content_hash(document_.read_input(item, max_bytes=max_bytes, encoding=encoding))
        except InputError as e:
            yield tick(IndexEvent(item, "error", position, key, e))
            continue
        stored = store.state(item)
        params = options_key(published, registry, dates.date_for(item))
        if stored and stored[:3] == (digest, params, extractor):
            if stored[3] != item:
                store.rename(item)
            yield tick(IndexEvent(item, "unchanged", position, key))
        else:
            todo.append((position, item))

    if extract is None:
        extract = functools.partial(extract_paths, jobs=jobs)
    extracted = extract(
        [p for _, p in todo],
        published=published,
        registry=registry,
        max_bytes=max_bytes,
        dates=dates,
        encoding=encoding,
    )
    for (position, item), result in zip(todo, extracted, strict=True):
        if isinstance(result, InputError):
            yield tick(IndexEvent(item, "error", position, document_key(item), result))
            continue
        params = options_key(published, registry, dates.date_for(item))
        action = store.put(result, params=params, extractor=extractor, run_id=run_id)
        yield tick(IndexEvent(item, action, position, document_key(item)))

    if prune:
        roots = [document_key(p) for p in paths if p != "-"]
        for key, stored_path in store.entries():
            if key in seen or not any(key == r or key.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                continue
            if store.remove(key, run_id=run_id):
                yield tick(IndexEvent(stored_path, "removed", None, key))
    store.finish_run(run_id, counts)


def claim_keys(text: str, speakers: Iterable[str] = ()) -> set[str]:
    """Blocking keys of a claim, as the comparator blocks (before alias merging).

    Entity keys of the text, the names of its speakers, counted events
    (``#killed/miner``), and the last word of every multi-word key, so that
    "Ruiz" finds "Ana Ruiz" as the comparator's alias table would merge them.

    >>> sorted(claim_keys("Ana Ruiz said 140 miners were killed."))
    ['#killed/miner', 'ana ruiz', 'ruiz']
    """
    from provenance.features import features, keys_of, name_key

    f = features(text)
    keys = set(keys_of(f.entities))
    keys |= {name_key(s) for s in speakers if s and s.casefold() not in SUBJECT_PRONOUNS}  # speakers that name no one
    keys |= {q.blocking_key for q in f.quantities if q.blocking_key}
    for key in list(keys):
        words = key.split()
        if len(words) > 1 and not key.startswith("#"):
            keys.add(words[-1])
    keys.discard("")
    return keys


def _speakers(claim: Claim) -> list[str]:
    return [a.speaker or a.source.name for a in claim.attributions]


def _keys_of(claims: list[tuple[int, str, list[str]]]) -> list[tuple[int, list[str]]]:
    """:func:`claim_keys` of ``(claim id, text, speakers)`` rows, in a worker process."""
    return [(pk, sorted(claim_keys(text, speakers))) for pk, text, speakers in claims]


def fill_entities(store: Store, *, jobs: int | None = 1) -> int:
    """Compute and store the blocking keys of every stored document that lacks them.

    Runs on ``jobs`` processes (None: every core); each document's keys are
    written in one transaction.  Returns how many documents were keyed.
    """
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    todo = store.unkeyed()
    if not todo:
        return 0

    def payloads() -> Iterator[tuple[int, list]]:
        for doc_id in todo:
            claims = store.claims_to_key(doc_id)
            if claims is not None:
                yield doc_id, claims

    done = 0
    if jobs == 1 or len(todo) == 1:
        for doc_id, claims in payloads():
            store.set_keys(doc_id, _keys_of(claims))
            done += 1
        return done
    with process_pool(jobs) as pool:
        window: list = []
        for doc_id, claims in payloads():
            window.append((doc_id, pool.submit(_keys_of, claims)))
            if len(window) >= jobs * KEYS_IN_FLIGHT_PER_JOB:
                doc, future = window.pop(0)
                store.set_keys(doc, future.result())
                done += 1
        for doc, future in window:
            store.set_keys(doc, future.result())
            done += 1
    return done


def related(
    store: Store, items: Iterable[str | Document], *, max_block: int = 50, jobs: int | None = 1
) -> Iterator[Document]:
    """Other stored documents with a claim sharing a blocking key with a claim of ``items``.

    ``items`` are stored paths, or documents (stored or not: a file being
    linted against the store), whose keys are then computed here.

    This is the comparator's blocking done in SQL: comparing changed
    documents with what ``related`` gives finds the same relations as
    comparing them with the whole store, without loading it.  Keys held by
    more than ``max_block`` claims in the store are stop-keys and are not
    followed (the comparator skips them too).

    Blocking keys missing from the store are computed first
    (:func:`fill_entities`, on ``jobs`` processes).  The keys are taken
    before the comparator's alias merging, with surnames added, so the
    result includes every document the comparator would pair by a name,
    a speaker or a counted event; only an acronym whose expansion appears
    in neither document may be missed.

    Returns:
        Documents in stored order, not including those of ``items``.
    """
    fill_entities(store, jobs=jobs)
    items = list(items)
    if not items:
        return iter(())
    paths = [i if isinstance(i, str) else i.path or "-" for i in items]
    given = {k for i in items if isinstance(i, Document) for c in i.claims for k in claim_keys(c.text, _speakers(c))}
    return store.related_by_keys(paths, given, max_block=max_block)


def changed_and_related(
    store: Store, run_id: int | None = None, *, max_block: int = 50, jobs: int | None = 1
) -> tuple[list[Document], frozenset[str]]:
    """What ``contested --db`` compares: the documents run ``run_id`` added
    or updated (default: the last finished run) and the stored documents
    related to them (:func:`related`).

    Returns:
        The documents, in stored order, and the paths of the changed ones:
        keep the relations with a side in a changed document.
    """
    if run_id is None:
        last = store.last_run()
        if last is None:
            return [], frozenset()
        run_id = last.id
    changes = store.changes(run_id)
    mine = [d for d in (store.get(p) for p in changes["added"] + changes["updated"]) if d is not None]
    others = list(related(store, [d.path for d in mine if d.path], max_block=max_block, jobs=jobs))
    docs = sorted([*mine, *others], key=lambda d: path_order(d.path or ""))
    return docs, frozenset(d.path for d in mine if d.path)
