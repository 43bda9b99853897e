"""The embedded corpus store: extracted documents in one SQLite file.

A corpus run (``provenance index``, ``report --db``) extracts each article once
and keeps what the pipeline found, so later runs read claims back instead of
parsing the archive again.  This module is persistence only; what to extract,
and when a stored document is stale, is decided by :mod:`provenance.corpus`
(incremental by content: a file whose decoded text, extraction options and
extraction code are unchanged is skipped).

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
* Every open checks the file (``PRAGMA quick_check``) and its schema (each
  table with its columns): a damaged store (pages overwritten, a table
  dropped) is a :class:`~provenance.errors.StoreError` naming the file, never
  a wrong answer; :func:`rebuild` makes a new one in its place.

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
              (``documents.keyed``), on every core, by
              :func:`provenance.corpus.fill_entities`
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

import contextlib
import datetime
import functools
import hashlib
import logging
import os
import re
import sqlite3
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Self

import attrs

from provenance.errors import StoreError
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

__all__ = [
    "SCHEMA_VERSION",
    "Run",
    "Store",
    "content_hash",
    "damaged",
    "document_key",
    "path_order",
    "problem",
    "rebuilding",
]

log = logging.getLogger(__name__)

#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = 2

#: Seconds a connection waits for another process's write lock before failing.
BUSY_TIMEOUT = 120.0

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


def content_hash(text: str) -> str:
    """SHA-256 of a decoded text: what decides whether a file changed.

    >>> content_hash("Calder")[:12]
    'd98a41c2e303'
    """
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")


def document_key(path: str) -> str:
    """A stored document's key: its absolute, normalised path (symbolic links are
    not followed, so a link is its own document, as it is for ``report``)."""
    return os.path.abspath(path)


def damaged(problem: str) -> str:
    """The message of a damaged store: what is wrong and how to recover."""
    return f"damaged corpus store ({problem}); rebuild it with `provenance index --rebuild --db FILE PATHS`"


def problem(error: sqlite3.Error) -> str:
    """What an SQLite error says about a store, for a :class:`StoreError`."""
    text = str(error)
    if "file is not a database" in text:
        return "not a provenance store (not an SQLite database)"
    if isinstance(error, sqlite3.OperationalError) and ("locked" in text or "busy" in text):
        return f"busy: another process holds it ({text})"
    if isinstance(error, sqlite3.OperationalError) and not text.startswith(("no such table", "no such column")):
        return f"cannot use it: {text}"
    return damaged(text)


#: Problems ``PRAGMA quick_check`` lists at most.  Damage to the file's pages
#: is reported before row-level problems.
QUICK_CHECK_LIMIT = 100

#: A NOT NULL problem in a quick check.  SQLite 3.40 reports one for every
#: row of a WITHOUT ROWID table whose primary key lists its columns in another
#: order than the table does (the ``entities`` table), although SQLite refuses
#: NULL in such a column on insert: these reports are disregarded.
NULL_VALUE = re.compile(r"NULL value in (\w+)\.(\w+)")

#: The first bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


@contextlib.contextmanager
def rebuilding(path: str | os.PathLike, *, timeout: float = BUSY_TIMEOUT) -> Iterator[Store]:
    """A new, empty store that takes the place of ``path`` when the block ends normally.

    The new store is built in a temporary file next to ``path``; until it
    replaces ``path``, the old file (damaged or not) stays as it was, so a
    failed or interrupted rebuild loses nothing.  The old file's WAL and
    shared-memory files are removed with it.

    Raises:
        StoreError: ``path`` is not an SQLite file (it may be anything: it is
            not replaced), or is another program's database.
    """
    path = os.fspath(path)
    _check_replaceable(path)
    directory = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(prefix=f".{os.path.basename(path)}.", suffix=".rebuild", dir=directory)
    os.close(fd)
    store = None
    try:
        store = Store(temp, timeout=timeout)
        yield store
        store.close()
        for suffix in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(path + suffix)
        os.replace(temp, path)
    finally:
        if store is not None:
            store.close()
        for leftover in (temp, temp + "-wal", temp + "-shm"):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(leftover)


def _check_replaceable(path: str) -> None:
    """Refuse to rebuild over a file that is not a provenance store."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as e:
        raise StoreError(path, f"cannot open: {e.strerror}") from None
    if head and head != SQLITE_MAGIC:
        raise StoreError(path, "not an SQLite database; refusing to replace it (remove it, or choose another file)")
    try:
        db = sqlite3.connect(f"file:{urllib.parse.quote(os.path.abspath(path))}?mode=ro", uri=True)
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            tables = db.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return  # damaged beyond reading: what rebuilding is for
    if version == 0 and tables:
        raise StoreError(path, "not a provenance store (it holds other tables); refusing to replace it")


@functools.cache
def expected_schema(version: int) -> dict[str, tuple[str, ...]]:
    """The tables of schema ``version`` and their columns, as the migrations create them."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(version):
            for statement in _statements(SCHEMAS[step]):
                db.execute(statement)
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: tuple(r[1] for r in db.execute(f'PRAGMA table_info("{name}")')) for name in names}
    finally:
        db.close()


def _statements(script: str) -> Iterator[str]:
    """The statements of a DDL script, comments removed."""
    for statement in script.split(";"):
        lines = [line.split("--", 1)[0] for line in statement.splitlines()]
        statement = "\n".join(lines).strip()
        if statement:
            yield statement


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
            raise StoreError(self.path, problem(e)) from None
        except StoreError:
            self.db.close()
            raise

    # -- life cycle ---------------------------------------------------------

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
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
            if version:
                self._check(version)
            for step in range(version, SCHEMA_VERSION):
                log.info("%s: migrating the store from schema %d to %d", self.path, step, step + 1)
                MIGRATIONS[step](self)
            if version != SCHEMA_VERSION:
                self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _key_columns(self) -> set[tuple[str, str]]:
        """``(table, column)`` of the primary key columns of the WITHOUT ROWID tables."""
        found = set()
        for name, sql in self.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
            if sql and "WITHOUT ROWID" in sql.upper():
                found |= {(name, r[1]) for r in self.db.execute(f'PRAGMA table_info("{name}")') if r[5]}
        return found

    def _check(self, version: int) -> None:
        """Refuse a damaged store: the file's pages and indexes, then each table of schema ``version``."""
        ignored = self._key_columns()
        problems = []
        for (found,) in self.db.execute(f"PRAGMA quick_check({QUICK_CHECK_LIMIT})"):
            null = NULL_VALUE.fullmatch(found)
            if found != "ok" and not (null and null.groups() in ignored):
                problems.append(found)
        if problems:
            raise StoreError(self.path, damaged("; ".join(dict.fromkeys(problems[:3]))))
        for table, columns in expected_schema(version).items():
            found = [r[1] for r in self.db.execute(f'PRAGMA table_info("{table}")')]
            if not found:
                raise StoreError(self.path, damaged(f"table {table} is missing"))
            missing = [c for c in columns if c not in found]
            if missing:
                raise StoreError(self.path, damaged(f"table {table} lacks column {', '.join(missing)}"))

    def _script(self, script: str) -> None:
        """Run DDL statements inside the current transaction (``executescript`` would commit)."""
        for statement in _statements(script):
            self.db.execute(statement)

    def _migrate_0(self) -> None:
        self._script(SCHEMA_V1)

    def _migrate_1(self) -> None:
        # Documents start unkeyed; corpus.fill_entities() computes their keys when needed.
        self._script(SCHEMA_V2)

    # -- writing ------------------------------------------------------------

    def put(
        self,
        doc: Document,
        *,
        params: str = "",
        extractor: str = "",
        run_id: int | None = None,
        keys: Sequence[Iterable[str]] | None = None,
    ) -> str:
        """Store ``doc`` in one transaction, replacing the stored version of its file.

        Args:
            doc: an extracted document with a path.
            params: the extraction options it was extracted with, as one string.
            extractor: a fingerprint of the extraction code that produced it.
                :func:`provenance.corpus.index` re-extracts a document whose
                hash, ``params`` or ``extractor`` differ from its own.
            run_id: the :meth:`begin_run` run to log the change under.
            keys: the blocking keys of each claim, in claim order, when known
                (otherwise :func:`provenance.corpus.fill_entities` computes
                them when they are needed).

        Returns:
            ``added``, ``updated``, or ``unchanged`` when the stored document has
            the same text, options and extraction code (another run stored it).
        """
        if not doc.path or doc.path == "-":
            raise StoreError(self.path, "only documents read from files can be stored")
        key = document_key(doc.path)
        digest = content_hash(doc.text)
        keyed = keys is not None
        keys = [sorted(k) for k in keys] if keys is not None else None
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
                (key, doc.path, digest, params, extractor, doc.published, title, doc.text, run_id, int(keyed)),
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
        key = document_key(path)
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

    def state(self, path: str) -> tuple[str, str, str, str] | None:
        """``(hash, params, extractor, path as stored)`` of the stored document of ``path``, or None."""
        row = self.db.execute(
            "SELECT hash, params, extractor, path FROM documents WHERE key = ?", (document_key(path),)
        ).fetchone()
        return tuple(row) if row else None

    def rename(self, path: str) -> None:
        """Record ``path`` as the spelling of its stored document's path."""
        with self._transaction():
            self.db.execute("UPDATE documents SET path = ? WHERE key = ?", (path, document_key(path)))

    # -- blocking keys --------------------------------------------------------

    def unkeyed(self) -> list[int]:
        """Ids of the stored documents whose claims' blocking keys are not stored yet."""
        return [r[0] for r in self.db.execute("SELECT id FROM documents WHERE keyed = 0 ORDER BY id")]

    def claims_to_key(self, doc_id: int) -> list[tuple[int, str, list[str]]] | None:
        """``(claim id, text, speakers)`` of each claim of an unkeyed document,
        or None when it is keyed, replaced or removed meanwhile."""
        row = self.db.execute("SELECT text FROM documents WHERE id = ? AND keyed = 0", (doc_id,)).fetchone()
        if row is None:
            return None
        text = row[0]
        speakers: dict[int, list[str]] = {}
        for pk, speaker, name in self.db.execute(
            "SELECT e.claim_id, e.speaker, s.name FROM evidence e JOIN claims c ON c.id = e.claim_id "
            "JOIN sources s ON s.id = e.source_id WHERE c.doc_id = ? AND e.kind = 'attribution' "
            "ORDER BY c.seq, e.seq",
            (doc_id,),
        ):
            speakers.setdefault(pk, []).append(speaker or name)
        return [
            (pk, text[start:end] if ctext is None else ctext, speakers.get(pk, []))
            for pk, start, end, ctext in self.db.execute(
                'SELECT id, start, "end", text FROM claims WHERE doc_id = ? ORDER BY seq', (doc_id,)
            )
        ]

    def set_keys(self, doc_id: int, keyed: Iterable[tuple[int, Iterable[str]]]) -> bool:
        """Store the blocking keys of a document's claims (``(claim id, keys)``)
        in one transaction; False when the document was keyed, replaced or
        removed meanwhile (nothing is written then)."""
        with self._transaction():
            if self.db.execute("SELECT keyed FROM documents WHERE id = ?", (doc_id,)).fetchone() != (0,):
                return False
            self.db.executemany(
                "INSERT OR IGNORE INTO entities (claim_id, key) VALUES (?, ?)",
                [(pk, k) for pk, keys in keyed for k in keys],
            )
            self.db.execute("UPDATE documents SET keyed = 1 WHERE id = ?", (doc_id,))
        return True

    def related_by_keys(
        self, paths: Iterable[str], keys: Iterable[str] = (), *, max_block: int = 50
    ) -> Iterator[Document]:
        """Stored documents, other than those of ``paths``, with a claim holding
        a blocking key that a claim of ``paths`` holds, or one of ``keys``.

        Keys held by more than ``max_block`` claims are stop-keys and are not
        followed.  Documents come in stored order.
        """
        stored = sorted({document_key(p) for p in paths})
        given = sorted(set(keys))
        if not stored and not given:
            return
        marks = ",".join("?" * len(stored)) or "NULL"
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
            (*stored, *given, max_block),
        ).fetchall()
        for doc_id, _ in sorted(rows, key=lambda r: path_order(r[1])):
            row = self.db.execute("SELECT id, path, published, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:
                yield self._load(*row)

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
        return sorted((r[0] for r in rows), key=path_order)

    # -- reading ------------------------------------------------------------

    def __len__(self) -> int:
        return self.db.execute("SELECT count(*) FROM documents").fetchone()[0]

    def __contains__(self, path: str) -> bool:
        return self.db.execute("SELECT 1 FROM documents WHERE key = ?", (document_key(path),)).fetchone() is not None

    def entries(self) -> list[tuple[str, str]]:
        """``(key, path)`` of every stored document, in no particular order."""
        return [tuple(r) for r in self.db.execute("SELECT key, path FROM documents")]

    def paths(self) -> list[str]:
        """The stored documents' paths, in stored order (by path, as a directory is read)."""
        return sorted((r[0] for r in self.db.execute("SELECT path FROM documents")), key=path_order)

    def get(self, path: str) -> Document | None:
        """The stored document of ``path`` (any spelling of it), or None."""
        row = self.db.execute(
            "SELECT id, path, published, text FROM documents WHERE key = ?", (document_key(path),)
        ).fetchone()
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
            roots = [document_key(p) for p in paths]
            rows = [
                r for r in rows if any(r[1] == root or r[1].startswith(root.rstrip(os.sep) + os.sep) for root in roots)
            ]
        for doc_id, _, _ in sorted(rows, key=lambda r: path_order(r[2])):
            row = self.db.execute("SELECT id, path, published, text FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row:  # not removed meanwhile
                yield self._load(*row)

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


def path_order(path: str) -> tuple[str, ...]:
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


#: ``SCHEMAS[n]`` is the DDL that takes a store from schema version ``n`` to ``n + 1``.
SCHEMAS = (SCHEMA_V1, SCHEMA_V2)

#: ``MIGRATIONS[n]`` takes a store from schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Callable[[Store], None]] = {0: Store._migrate_0, 1: Store._migrate_1}
