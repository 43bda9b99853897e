"""The embedded corpus store: extracted documents in one SQLite file.

A corpus run (``provenance index``, ``report --db``) extracts each article once
and keeps what the pipeline found, so later runs read claims back instead of
parsing the archive again.  The store is incremental by content: a file whose
decoded text, extraction options and extraction code are unchanged is skipped;
a changed file is replaced; with ``prune``, stored files that are gone are
dropped.

Reading a document back gives a :class:`~provenance.model.Document` equal to
what :func:`~provenance.pipeline.extract` produced (text, articles, claims with
their evidence and offsets, malformed candidates, skipped spans), so a report
from the store is the report from the files.

Safety:

* Each document is written in one ``BEGIN IMMEDIATE`` transaction (old rows
  deleted, new rows inserted, the change logged), so a process killed at any
  point leaves every document either as it was or as it is now; a re-run
  completes the work.
* The database is in WAL mode with a busy timeout: several processes may read
  while one writes, and concurrent ``index`` runs queue for the write lock
  instead of failing.  Each re-checks the stored hash inside its transaction,
  so two runs indexing the same file store it once.
* The schema is versioned (``PRAGMA user_version``).  Older versions this code
  knows are migrated on open; a newer (unknown) version is refused with
  :class:`~provenance.errors.StoreError` rather than misread.

Tables (schema version 2):

============  ===============================================================
documents     one row per file: ``key`` (absolute path), ``path`` as given,
              ``hash`` (SHA-256 of the decoded text), ``params`` (extraction
              options), ``extractor`` (fingerprint of the extraction code),
              ``published``, ``title`` (first article's), ``text``, ``run_id``
articles      the document's articles (offsets, title, author, body start)
claims        the claims in document order (offsets; ``text`` only when it is
              not ``documents.text[start:end]``), hedged, article, sentence
evidence      citations and attributions of each claim, in order
sources       each distinct source as written (name, kind, canonical, key)
entities      blocking keys of each claim (entity keys, surnames of multi-word
              names, speakers, counted events), for finding the claims a
              changed document could relate to; filled in lazily
              (``documents.keyed``), on every core, by :meth:`Store.fill_entities`
malformed     malformed citation candidates
skipped       boilerplate spans
runs          one row per ``index`` run: start, finish, counts
changes       which documents each run added, updated or removed
============  ===============================================================

>>> import tempfile, os
>>> from provenance import extract
>>> with tempfile.TemporaryDirectory() as tmp, Store(os.path.join(tmp, "c.db")) as store:
...     doc = extract("Troops left (Reuters, May 2, 2021).", path=os.path.join(tmp, "a.txt"))
...     store.put(doc)
...     store.get(doc.path) == doc
'added'
True
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources

import attrs

from provenance import document as document_
from provenance.errors import InputError, StoreError
from provenance.model import (
    Article,
    Attribution,
    Citation,
    Claim,
    Document,
    Malformed,
    Source,
    SourceKind,
    Span,
    Stance,
)
from provenance.pipeline import extract_paths
from provenance.sources import Registry, default_registry

__all__ = ["SCHEMA_VERSION", "IndexEvent", "Run", "Store", "content_hash", "extractor_fingerprint"]

log = logging.getLogger(__name__)

#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = 2

#: Seconds a connection waits for another process's write lock before failing.
BUSY_TIMEOUT = 120.0

#: Modules and data whose code decides what extraction finds: a change to any
#: of them makes every stored document stale.
EXTRACTION_MODULES = (
    "attribution", "citations", "claims", "document", "lexicon", "model", "patterns", "pipeline", "segment",
    "sources", "tokens",
)  # fmt: skip

# Version 1: documents and everything extracted from them, runs and changes.
SCHEMA_V1 = """
CREATE TABLE documents (
    id        INTEGER PRIMARY KEY,
    key       TEXT NOT NULL UNIQUE,     -- absolute path: one row per file
    path      TEXT NOT NULL,            -- the path as given (Document.path)
    hash      TEXT NOT NULL,            -- SHA-256 of the decoded text
    params    TEXT NOT NULL,            -- extraction options (--published, registry)
    extractor TEXT NOT NULL,            -- fingerprint of the extraction code
    published TEXT,
    title     TEXT,
    text      TEXT NOT NULL,
    run_id    INTEGER
);
CREATE TABLE articles (
    doc_id     INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    title      TEXT,
    author     TEXT,
    body_start INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    doc_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,
    claim_id       TEXT NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           TEXT,                -- NULL when documents.text[start:end]
    hedged         INTEGER NOT NULL,
    article        INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end   INTEGER NOT NULL,
    UNIQUE (doc_id, seq)
);
CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    canonical TEXT NOT NULL,            -- '' when the name is not a known alias
    key       TEXT NOT NULL,
    UNIQUE (name, kind, canonical)
);
CREATE INDEX sources_key ON sources (key);
CREATE TABLE evidence (
    claim_id      INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL,
    kind          TEXT NOT NULL,        -- 'citation' or 'attribution'
    source_id     INTEGER NOT NULL REFERENCES sources(id),
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    raw           TEXT,
    date          TEXT,
    date_end      TEXT,
    paren_start   INTEGER,
    paren_end     INTEGER,
    locator       TEXT,
    speaker       TEXT,
    cue           TEXT,
    cue_start     INTEGER,
    cue_end       INTEGER,
    content_start INTEGER,
    content_end   INTEGER,
    via           TEXT,
    stance        TEXT,
    PRIMARY KEY (claim_id, seq)
) WITHOUT ROWID;
CREATE INDEX evidence_source ON evidence (source_id);
CREATE TABLE malformed (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    text   TEXT NOT NULL,
    reason TEXT NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE skipped (
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    PRIMARY KEY (doc_id, seq)
) WITHOUT ROWID;
CREATE TABLE runs (
    id        INTEGER PRIMARY KEY,
    started   TEXT NOT NULL,
    finished  TEXT,                     -- NULL: the run was interrupted
    added     INTEGER NOT NULL DEFAULT 0,
    updated   INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    removed   INTEGER NOT NULL DEFAULT 0,
    errors    INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE changes (
    run_id INTEGER NOT NULL,
    key    TEXT NOT NULL,
    path   TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('added', 'updated', 'removed')),
    PRIMARY KEY (run_id, key)
);
CREATE INDEX changes_key ON changes (key);
"""

# Version 2: blocking keys of claims, for comparing only what changed.
SCHEMA_V2 = """
ALTER TABLE documents ADD COLUMN keyed INTEGER NOT NULL DEFAULT 0;  -- entities filled in
CREATE TABLE entities (
    claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    key      TEXT NOT NULL,
    PRIMARY KEY (key, claim_id)
) WITHOUT ROWID;
CREATE INDEX entities_claim ON entities (claim_id);
"""


@attrs.frozen
class Run:
    """One ``index`` run and what it did."""

    id: int
    started: str
    """ISO timestamp (UTC)."""
    finished: str | None
    """ISO timestamp, or None when the run was interrupted (or is going on)."""
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: int = 0


@attrs.frozen
class IndexEvent:
    """What :meth:`Store.index` did with one input."""

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


def content_hash(text: str) -> str:
    """SHA-256 of a decoded text: what decides whether a file changed.

    >>> content_hash("Calder")[:12]
    'd98a41c2e303'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def extractor_fingerprint() -> str:
    """A digest of the extraction code and its data files.

    Stored with each document; when it differs from the running code's, the
    document is extracted again on the next ``index``.
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


def _params(published: str | None, registry: Registry | None) -> str:
    """The extraction options a stored document depends on, as one string."""
    params = f"published={published or ''}"
    if registry is not None and registry != default_registry():
        entries = repr(sorted((k, v[0], v[1].value) for k, v in registry.entries.items()))
        params += f";registry={hashlib.sha256(entries.encode()).hexdigest()[:16]}"
    return params


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def _key(path: str) -> str:
    """A stored document's key: its absolute, normalised path (symbolic links are
    not followed, so a link is its own document, as it is for ``report``)."""
    return os.path.abspath(path)


#: Speakers that name no one; the comparator does not block on them.
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})


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
    keys |= {name_key(s) for s in speakers if s and s.casefold() not in PRONOUNS}
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


class Store:
    """A corpus store in one SQLite file; a context manager that closes it.

    Args:
        path: the database file; created (with its directory's permissions) when absent.
        timeout: seconds to wait for another process's write lock.

    Raises:
        StoreError: the file is not a provenance store, is damaged, or was
            written by a newer provenance (an unknown schema version).
    """

    def __init__(self, path: str | os.PathLike, *, timeout: float = BUSY_TIMEOUT):
        self.path = os.fspath(path)
        self._sources: dict[tuple[str, str, str], int] = {}
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(self.path, f"cannot open: {e}") from None
        try:
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.db.execute("PRAGMA journal_mode = WAL")
            self.db.execute("PRAGMA synchronous = NORMAL")
            self.db.execute("PRAGMA foreign_keys = ON")
            self._prepare()
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise StoreError(self.path, f"not a provenance store: {e}") from None
        except StoreError:
            self.db.close()
            raise

    # -- life cycle ---------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _transaction(self):
        return _Transaction(self.db)

    @property
    def version(self) -> int:
        """The schema version of the file."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def _prepare(self) -> None:
        """Create the schema in a new file, migrate a known older one, refuse a newer one."""
        with self._transaction():
            version = self.version
            if version > SCHEMA_VERSION:
                raise StoreError(
                    self.path,
                    f"schema version {version} is newer than this provenance reads ({SCHEMA_VERSION}); "
                    "upgrade provenance or index into a new database",
                )
            if version == 0:
                tables = self.db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
                if tables:
                    raise StoreError(self.path, "not a provenance store (it holds other tables)")
            for step in range(version, SCHEMA_VERSION):
                log.info("%s: migrating the store from schema %d to %d", self.path, step, step + 1)
                MIGRATIONS[step](self)
            if version != SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _script(self, script: str) -> None:
        """Run DDL statements inside the current transaction (``executescript`` would commit)."""
        for statement in script.split(";"):
            lines = [line.split("--", 1)[0] for line in statement.splitlines()]
            statement = "\n".join(lines).strip()
            if statement:
                self.db.execute(statement)

    def _migrate_0(self) -> None:
        self._script(SCHEMA_V1)

    def _migrate_1(self) -> None:
        # Documents start unkeyed; fill_entities() computes their keys when needed.
        self._script(SCHEMA_V2)

    # -- writing ------------------------------------------------------------

    def put(
        self,
        doc: Document,
        *,
        params: str | None = None,
        run_id: int | None = None,
        entities: bool = False,
    ) -> str:
        """Store ``doc`` in one transaction, replacing the stored version of its file.

        Args:
            doc: an extracted document with a path.
            params: the extraction options it was extracted with (default: none).
            run_id: the :meth:`begin_run` run to log the change under.
            entities: also store the blocking keys of its claims now (otherwise
                :meth:`fill_entities` does, when they are needed).

        Returns:
            ``added``, ``updated``, or ``unchanged`` when the stored document has
            the same text, options and extraction code (another run stored it).
        """
        if not doc.path or doc.path == "-":
            raise StoreError(self.path, "only documents read from files can be stored")
        params = _params(None, None) if params is None else params
        key = _key(doc.path)
        digest = content_hash(doc.text)
        extractor = extractor_fingerprint()
        keys = [sorted(claim_keys(c.text, _speakers(c))) for c in doc.claims] if entities else None
        added_sources: dict[tuple[str, str, str], int] = {}
        with self._transaction():
            row = self.db.execute(
                "SELECT id, hash, params, extractor, path FROM documents WHERE key = ?", (key,)
            ).fetchone()
            if row and (row[1], row[2], row[3]) == (digest, params, extractor):
                if row[4] != doc.path:
                    self.db.execute("UPDATE documents SET path = ? WHERE id = ?", (doc.path, row[0]))
                return "unchanged"
            if row:
                self.db.execute("DELETE FROM documents WHERE id = ?", (row[0],))
            action = "updated" if row else "added"
            title = doc.articles[0].title if doc.articles else None
            doc_id = self.db.execute(
                "INSERT INTO documents (key, path, hash, params, extractor, published, title, text, run_id, keyed) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (key, doc.path, digest, params, extractor, doc.published, title, doc.text, run_id, int(entities)),
            ).lastrowid
            self._insert_parts(doc_id, doc, keys, added_sources)
            if run_id is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO changes (run_id, key, path, action) VALUES (?, ?, ?, ?)",
                    (run_id, key, doc.path, action),
                )
        self._sources.update(added_sources)
        return action

    def _source_id(self, source: Source, added: dict) -> int:
        ident = (source.name, source.kind.value, source.canonical or "")
        found = self._sources.get(ident) or added.get(ident)
        if found is None:
            self.db.execute(
                "INSERT OR IGNORE INTO sources (name, kind, canonical, key) VALUES (?, ?, ?, ?)",
                (*ident, source.key),
            )
            found = self.db.execute(
                "SELECT id FROM sources WHERE name = ? AND kind = ? AND canonical = ?", ident
            ).fetchone()[0]
            added[ident] = found  # cached once the transaction commits
        return found

    def _insert_parts(self, doc_id: int, doc: Document, keys: list | None, added: dict) -> None:
        db, text = self.db, doc.text
        db.executemany(
            'INSERT INTO articles (doc_id, seq, start, "end", title, author, body_start) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(doc_id, n, a.start, a.end, a.title, a.author, a.body_start) for n, a in enumerate(doc.articles)],
        )
        db.executemany(
            'INSERT INTO malformed (doc_id, seq, start, "end", text, reason) VALUES (?, ?, ?, ?, ?, ?)',
            [(doc_id, n, m.start, m.end, m.text, m.reason) for n, m in enumerate(doc.malformed)],
        )
        db.executemany(
            'INSERT INTO skipped (doc_id, seq, start, "end") VALUES (?, ?, ?, ?)',
            [(doc_id, n, s.start, s.end) for n, s in enumerate(doc.skipped)],
        )
        evidence, entity_rows = [], []
        for n, c in enumerate(doc.claims):
            stored_text = None if text[c.start : c.end] == c.text else c.text
            claim_pk = db.execute(
                'INSERT INTO claims (doc_id, seq, claim_id, start, "end", text, hedged, article, '
                "sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    doc_id,
                    n,
                    c.id,
                    c.start,
                    c.end,
                    stored_text,
                    int(c.hedged),
                    c.article,
                    c.sentence_start,
                    c.sentence_end,
                ),
            ).lastrowid
            for m, e in enumerate(c.evidence):
                source_id = self._source_id(e.source, added)
                if isinstance(e, Citation):
                    evidence.append(
                        (
                            claim_pk,
                            m,
                            "citation",
                            source_id,
                            e.start,
                            e.end,
                            e.raw,
                            e.date,
                            e.date_end,
                            e.paren_start,
                            e.paren_end,
                            e.locator,
                            e.speaker,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                        )
                    )
                else:
                    evidence.append(
                        (
                            claim_pk,
                            m,
                            "attribution",
                            source_id,
                            e.start,
                            e.end,
                            None,
                            None,
                            None,
                            None,
                            None,
                            None,
                            e.speaker,
                            e.cue,
                            e.cue_start,
                            e.cue_end,
                            e.content_start,
                            e.content_end,
                            e.via,
                            e.stance.value,
                        )
                    )
            if keys is not None:
                entity_rows.extend((claim_pk, k) for k in keys[n])
        db.executemany(
            'INSERT INTO evidence (claim_id, seq, kind, source_id, start, "end", raw, date, date_end, '
            "paren_start, paren_end, locator, speaker, cue, cue_start, cue_end, content_start, content_end, "
            "via, stance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            evidence,
        )
        db.executemany("INSERT INTO entities (claim_id, key) VALUES (?, ?)", entity_rows)

    def remove(self, path: str, *, run_id: int | None = None) -> bool:
        """Drop the stored document of ``path``; whether there was one."""
        key = _key(path)
        with self._transaction():
            row = self.db.execute("SELECT id, path FROM documents WHERE key = ?", (key,)).fetchone()
            if row is None:
                return False
            self.db.execute("DELETE FROM documents WHERE id = ?", (row[0],))
            if run_id is not None:
                self.db.execute(
                    "INSERT OR REPLACE INTO changes (run_id, key, path, action) VALUES (?, ?, ?, 'removed')",
                    (run_id, key, row[1]),
                )
        return True

    # -- runs ---------------------------------------------------------------

    def begin_run(self) -> int:
        """Start logging a run; its id."""
        with self._transaction():
            return self.db.execute("INSERT INTO runs (started) VALUES (?)", (_now(),)).lastrowid

    def finish_run(self, run_id: int, counts: dict[str, int]) -> Run:
        with self._transaction():
            self.db.execute(
                "UPDATE runs SET finished = ?, added = ?, updated = ?, unchanged = ?, removed = ?, errors = ? "
                "WHERE id = ?",
                (
                    _now(),
                    counts.get("added", 0),
                    counts.get("updated", 0),
                    counts.get("unchanged", 0),
                    counts.get("removed", 0),
                    counts.get("error", 0),
                    run_id,
                ),
            )
        return self.run(run_id)

    def run(self, run_id: int) -> Run | None:
        row = self.db.execute(
            "SELECT id, started, finished, added, updated, unchanged, removed, errors FROM runs WHERE id = ?",
            (run_id,),
        ).fetchone()
        return Run(*row) if row else None

    def runs(self) -> list[Run]:
        """Every run, oldest first."""
        rows = self.db.execute(
            "SELECT id, started, finished, added, updated, unchanged, removed, errors FROM runs ORDER BY id"
        ).fetchall()
        return [Run(*row) for row in rows]

    def last_run(self) -> Run | None:
        """The latest finished run."""
        row = self.db.execute("SELECT max(id) FROM runs WHERE finished IS NOT NULL").fetchone()
        return self.run(row[0]) if row and row[0] is not None else None

    def changes(self, run_id: int) -> dict[str, list[str]]:
        """What run ``run_id`` did: ``{"added": [paths], "updated": [...], "removed": [...]}``, paths sorted."""
        out: dict[str, list[str]] = {"added": [], "updated": [], "removed": []}
        for path, action in self.db.execute(
            "SELECT path, action FROM changes WHERE run_id = ? ORDER BY key", (run_id,)
        ):
            out[action].append(path)
        return out

    def changed_since(self, run_id: int | None) -> list[str]:
        """Paths of the stored documents added or updated by runs after ``run_id``
        (all of them when None), in stored order.  Removed documents are not listed."""
        rows = self.db.execute(
            "SELECT d.path FROM documents d WHERE d.key IN "
            "(SELECT key FROM changes WHERE run_id > ? AND action != 'removed')",
            (run_id if run_id is not None else -1,),
        ).fetchall()
        return sorted((r[0] for r in rows), key=_order)

    # -- reading ------------------------------------------------------------

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def __contains__(self, path: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE key = ?", (_key(path),)).fetchone() is not None

    def paths(self) -> list[str]:
        """The stored documents' paths, in stored order (by path, as a directory is read)."""
        return sorted((r[0] for r in self.db.execute("SELECT path FROM documents")), key=_order)

    def get(self, path: str) -> Document | None:
        """The stored document of ``path`` (any spelling of it), or None."""
        row = self.db.execute("SELECT id, path, published, text FROM documents WHERE key = ?", (_key(path),)).fetchone()
        return self._load(*row) if row else None

    def documents(self, paths: Iterable[str] | None = None) -> Iterator[Document]:
        """Stored documents, one at a time.

        Args:
            paths: files or directories; a directory gives the stored documents
                under it.  Default: every stored document.

        Returns:
            Documents in stored order (by path components, as
            :func:`~provenance.document.iter_inputs` reads a directory), each once.
        """
        rows = self.db.execute("SELECT id, key, path FROM documents").fetchall()
        if paths is not None:
            roots = [_key(p) for p in paths]
            rows = [
                r for r in rows if any(r[1] == root or r[1].startswith(root.rstrip(os.sep) + os.sep) for root in roots)
            ]
        for doc_id, _, _ in sorted(rows, key=lambda r: _order(r[2])):
            row = self.db.execute("SELECT id, path, published, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:  # not removed meanwhile
                yield self._load(*row)

    def fill_entities(self, *, jobs: int | None = 1) -> int:
        """Compute and store the blocking keys of every document that lacks them.

        Runs on ``jobs`` processes (None: every core); each document's keys
        are written in one transaction.  Returns how many documents were keyed.
        """
        jobs = (os.cpu_count() or 1) if jobs is None else jobs
        todo = [r[0] for r in self.db.execute("SELECT id FROM documents WHERE keyed = 0 ORDER BY id")]
        if not todo:
            return 0

        def payloads() -> Iterator[tuple[int, list]]:
            for doc_id in todo:
                row = self.db.execute("SELECT text FROM documents WHERE id = ? AND keyed = 0", (doc_id,)).fetchone()
                if row is None:
                    continue
                text = row[0]
                speakers: dict[int, list[str]] = {}
                for pk, speaker, name in self.db.execute(
                    "SELECT e.claim_id, e.speaker, s.name FROM evidence e JOIN claims c ON c.id = e.claim_id "
                    "JOIN sources s ON s.id = e.source_id WHERE c.doc_id = ? AND e.kind = 'attribution' "
                    "ORDER BY c.seq, e.seq",
                    (doc_id,),
                ):
                    speakers.setdefault(pk, []).append(speaker or name)
                claims = [
                    (pk, text[start:end] if ctext is None else ctext, speakers.get(pk, []))
                    for pk, start, end, ctext in self.db.execute(
                        'SELECT id, start, "end", text FROM claims WHERE doc_id = ? ORDER BY seq', (doc_id,)
                    )
                ]
                yield doc_id, claims

        def write(doc_id: int, keyed: list[tuple[int, list[str]]]) -> None:
            with self._transaction():
                if self.db.execute("SELECT keyed FROM documents WHERE id = ?", (doc_id,)).fetchone() != (0,):
                    return  # replaced, removed or keyed by another process meanwhile
                self.db.executemany(
                    "INSERT OR IGNORE INTO entities (claim_id, key) VALUES (?, ?)",
                    [(pk, k) for pk, keys in keyed for k in keys],
                )
                self.db.execute("UPDATE documents SET keyed = 1 WHERE id = ?", (doc_id,))

        done = 0
        if jobs == 1 or len(todo) == 1:
            for doc_id, claims in payloads():
                write(doc_id, _keys_of(claims))
                done += 1
            return done
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            window: list = []
            for doc_id, claims in payloads():
                window.append((doc_id, pool.submit(_keys_of, claims)))
                if len(window) >= jobs * 4:
                    doc, future = window.pop(0)
                    write(doc, future.result())
                    done += 1
            for doc, future in window:
                write(doc, future.result())
                done += 1
        return done

    def related(
        self, items: Iterable[str | Document], *, max_block: int = 50, jobs: int | None = 1
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
        (:meth:`fill_entities`, on ``jobs`` processes).  The keys are taken
        before the comparator's alias merging, with surnames added, so the
        result includes every document the comparator would pair by a name,
        a speaker or a counted event; only an acronym whose expansion appears
        in neither document may be missed.

        Returns:
            Documents in stored order, not including those of ``paths``.
        """
        self.fill_entities(jobs=jobs)
        items = list(items)
        keys = sorted({_key(i if isinstance(i, str) else i.path or "-") for i in items})
        given = sorted(
            {k for i in items if isinstance(i, Document) for c in i.claims for k in claim_keys(c.text, _speakers(c))}
        )
        if not keys:
            return
        marks = ",".join("?" * len(keys))
        given_marks = ",".join("?" * len(given)) or "NULL"
        rows = self.db.execute(
            f"""
            WITH mine AS (SELECT id FROM documents WHERE key IN ({marks})),
                 wanted AS (
                    SELECT DISTINCT e.key FROM entities e JOIN claims c ON c.id = e.claim_id
                    WHERE c.doc_id IN mine
                    UNION SELECT value FROM json_each(json_array({given_marks}))),
                 usable AS (
                    SELECT e.key FROM entities e WHERE e.key IN wanted
                    GROUP BY e.key HAVING count(*) <= ?)
            SELECT DISTINCT d.id, d.path FROM entities e
              JOIN claims c ON c.id = e.claim_id
              JOIN documents d ON d.id = c.doc_id
             WHERE e.key IN usable AND d.id NOT IN mine
            """,
            (*keys, *given, max_block),
        ).fetchall()
        for doc_id, _ in sorted(rows, key=lambda r: _order(r[1])):
            row = self.db.execute("SELECT id, path, published, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                yield self._load(*row)

    def changed_and_related(
        self, run_id: int | None = None, *, max_block: int = 50, jobs: int | None = 1
    ) -> tuple[list[Document], frozenset[str]]:
        """What ``contested --db`` compares: the documents run ``run_id`` added
        or updated (default: the last finished run) and the stored documents
        related to them (:meth:`related`).

        Returns:
            The documents, in stored order, and the paths of the changed ones:
            keep the relations with a side in a changed document.
        """
        if run_id is None:
            last = self.last_run()
            if last is None:
                return [], frozenset()
            run_id = last.id
        changes = self.changes(run_id)
        mine = [d for d in (self.get(p) for p in changes["added"] + changes["updated"]) if d is not None]
        others = list(self.related([d.path for d in mine], max_block=max_block, jobs=jobs))
        docs = sorted([*mine, *others], key=lambda d: _order(d.path))
        return docs, frozenset(d.path for d in mine)

    def _load(self, doc_id: int, path: str, published: str | None, text: str) -> Document:
        db = self.db
        articles = [
            Article(start, end, title, author, body_start)
            for start, end, title, author, body_start in db.execute(
                'SELECT start, "end", title, author, body_start FROM articles WHERE doc_id = ? ORDER BY seq',
                (doc_id,),
            )
        ]
        malformed = [
            Malformed(start, end, mtext, reason)
            for start, end, mtext, reason in db.execute(
                'SELECT start, "end", text, reason FROM malformed WHERE doc_id = ? ORDER BY seq', (doc_id,)
            )
        ]
        skipped = [
            Span(start, end)
            for start, end in db.execute('SELECT start, "end" FROM skipped WHERE doc_id = ? ORDER BY seq', (doc_id,))
        ]
        sources: dict[int, Source] = {}
        evidence: dict[int, list] = {}
        for row in db.execute(
            'SELECT e.claim_id, e.kind, e.source_id, e.start, e."end", e.raw, e.date, e.date_end, '
            "e.paren_start, e.paren_end, e.locator, e.speaker, e.cue, e.cue_start, e.cue_end, "
            "e.content_start, e.content_end, e.via, e.stance, s.name, s.kind, s.canonical "
            "FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN sources s ON s.id = e.source_id "
            "WHERE c.doc_id = ? ORDER BY c.seq, e.seq",
            (doc_id,),
        ):
            (claim_pk, kind, source_id, start, end, raw, date, date_end, paren_start, paren_end, locator,
             speaker, cue, cue_start, cue_end, content_start, content_end, via, stance,
             name, source_kind, canonical) = row  # fmt: skip
            source = sources.get(source_id)
            if source is None:
                source = sources[source_id] = Source(name, SourceKind(source_kind), canonical or None)
            if kind == "citation":
                item = Citation(start, end, raw, source, date, date_end, paren_start, paren_end, locator, speaker)
            else:
                item = Attribution(
                    start,
                    end,
                    source,
                    cue,
                    cue_start,
                    cue_end,
                    content_start,
                    content_end,
                    speaker,
                    via,
                    Stance(stance),
                )
            evidence.setdefault(claim_pk, []).append(item)
        claims = [
            Claim(
                claim_id,
                start,
                end,
                text[start:end] if ctext is None else ctext,
                tuple(evidence.get(pk, ())),
                bool(hedged),
                article,
                sentence_start,
                sentence_end,
            )
            for pk, claim_id, start, end, ctext, hedged, article, sentence_start, sentence_end in db.execute(
                'SELECT id, claim_id, start, "end", text, hedged, article, sentence_start, sentence_end '
                "FROM claims WHERE doc_id = ? ORDER BY seq",
                (doc_id,),
            )
        ]
        return Document(
            text=text,
            path=path,
            published=published,
            articles=articles,
            claims=claims,
            malformed=malformed,
            skipped=skipped,
        )

    # -- indexing -----------------------------------------------------------

    def index(
        self,
        paths: Sequence[str],
        *,
        published: str | None = None,
        registry: Registry | None = None,
        jobs: int | None = 1,
        prune: bool = False,
        progress: Callable[[int, int], None] | None = None,
        extract: Callable[..., Iterator[Document | InputError]] | None = None,
    ) -> Iterator[IndexEvent]:
        """Add or update the documents named by ``paths``; skip unchanged ones.

        Every input is read and its decoded text hashed; only inputs whose
        hash, options or extraction code differ from the stored ones are
        extracted (on ``jobs`` processes) and written, each in its own
        transaction as it arrives.  The run and its changes are logged
        (:meth:`changes`, :meth:`changed_since`).

        Args:
            paths: files and directories (``-`` cannot be indexed).
            published: publication date for every input (``--published``).
            registry: the source registry (default: the shipped one).
            jobs: worker processes for extraction (None: every core).
            prune: drop stored documents under ``paths`` that were not found
                (deleted files).  Inputs that could not be read are kept.
            progress: called as ``progress(done, total)`` after each input.
            extract: extracts the changed inputs instead of
                :func:`~provenance.pipeline.extract_paths` on ``jobs`` processes:
                called as ``extract(paths, published=..., registry=...)``, it
                yields a document or an error per path, in order (a cluster's,
                :func:`provenance.distributed.extract_paths`).  The store is
                written here, as results arrive.

        Returns:
            An event per input: ``unchanged`` and ``error`` ones as the inputs
            are read, then ``added`` and ``updated`` ones in input order, then
            ``removed`` ones.  ``IndexEvent.position`` gives the input order.
        """
        params = _params(published, registry)
        extractor = extractor_fingerprint()
        run_id = self.begin_run()
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
            key = _key(item)
            if key in seen:
                yield tick(IndexEvent(item, "unchanged", position, key))
                continue
            seen.add(key)
            try:
                digest = content_hash(document_.read_input(item))
            except InputError as e:
                yield tick(IndexEvent(item, "error", position, key, e))
                continue
            row = self.db.execute(
                "SELECT hash, params, extractor, path FROM documents WHERE key = ?", (key,)
            ).fetchone()
            if row and row[:3] == (digest, params, extractor):
                if row[3] != item:
                    with self._transaction():
                        self.db.execute("UPDATE documents SET path = ? WHERE key = ?", (item, key))
                yield tick(IndexEvent(item, "unchanged", position, key))
            else:
                todo.append((position, item))

        if extract is None:
            extract = functools.partial(extract_paths, jobs=jobs)
        extracted = extract([p for _, p in todo], published=published, registry=registry)
        for (position, item), result in zip(todo, extracted):
            if isinstance(result, InputError):
                yield tick(IndexEvent(item, "error", position, _key(item), result))
                continue
            action = self.put(result, params=params, run_id=run_id)
            yield tick(IndexEvent(item, action, position, _key(item)))

        if prune:
            roots = [_key(p) for p in paths if p != "-"]
            for key, path in self.db.execute("SELECT key, path FROM documents").fetchall():
                if key in seen or not any(key == r or key.startswith(r.rstrip(os.sep) + os.sep) for r in roots):
                    continue
                if self.remove(key, run_id=run_id):
                    yield tick(IndexEvent(path, "removed", None, key))
        self.finish_run(run_id, counts)


def _order(path: str) -> tuple[str, ...]:
    """Sort key of a stored path: by its components, as a directory is read."""
    return tuple(path.replace("\\", "/").split("/"))


class _Transaction:
    """``BEGIN IMMEDIATE`` … ``COMMIT`` (``ROLLBACK`` on an exception)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            self.db.execute("COMMIT")
        else:
            self.db.execute("ROLLBACK")
        return False


#: ``MIGRATIONS[n]`` takes a store from schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Callable[[Store], None]] = {0: Store._migrate_0, 1: Store._migrate_1}
