"""The :class:`Store`: one SQLite file of extracted documents, runs and changes."""

from __future__ import annotations

import datetime
import hashlib
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Self

import attrs

from provenance.errors import StoreError
from provenance.model import (
    Article,
    Attribution,
    Claim,
    Continuation,
    Document,
    Evidence,
    Malformed,
    Source,
    SourceKind,
    Span,
)
from provenance.store.rows import EVIDENCE_COLUMNS, evidence_row, evidence_value
from provenance.store.schema import (
    BUSY_TIMEOUT,
    NULL_VALUE,
    QUICK_CHECK_LIMIT,
    SCHEMA_V1,
    SCHEMA_V2,
    SCHEMA_V3,
    SCHEMA_VERSION,
    damaged,
    expected_schema,
    problem,
    statements,
)

__all__ = ["MIGRATIONS", "Run", "Store", "content_hash", "document_key", "path_order"]

log = logging.getLogger(__name__)


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
        for statement in statements(script):
            self.db.execute(statement)

    def _migrate_0(self) -> None:
        self._script(SCHEMA_V1)

    def _migrate_1(self) -> None:
        # Documents start unkeyed; corpus.fill_entities() computes their keys when needed.
        self._script(SCHEMA_V2)

    def _migrate_2(self) -> None:
        self._script(SCHEMA_V3)

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
            doc_id = _rowid(
                self.db.execute(
                    "INSERT INTO documents (key, path, hash, params, extractor, published, title, text, run_id, keyed) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (key, doc.path, digest, params, extractor, doc.published, title, doc.text, run_id, int(keyed)),
                )
            )
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
            'INSERT INTO malformed (doc_id, seq, start, "end", text, reason, slip) VALUES (?, ?, ?, ?, ?, ?, ?)',
            [(doc_id, n, m.start, m.end, m.text, m.reason, int(m.slip)) for n, m in enumerate(doc.malformed)],
        )
        db.executemany(
            'INSERT INTO skipped (doc_id, seq, start, "end") VALUES (?, ?, ?, ?)',
            [(doc_id, n, s.start, s.end) for n, s in enumerate(doc.skipped)],
        )
        evidence: list[tuple] = []
        entity_rows: list[tuple[int, str]] = []
        for n, c in enumerate(doc.claims):
            stored_text = None if text[c.start : c.end] == c.text else c.text
            claim_pk = _rowid(
                db.execute(
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
                )
            )
            for m, e in enumerate(c.evidence):
                evidence.append((claim_pk, m, *evidence_row(e, self._source_id(e.source, added))))
            if keys is not None:
                entity_rows.extend((claim_pk, k) for k in keys[n])
        columns = ", ".join(f'"{c}"' for c in ("claim_id", "seq", *EVIDENCE_COLUMNS))
        marks = ", ".join("?" * (2 + len(EVIDENCE_COLUMNS)))
        db.executemany(f"INSERT INTO evidence ({columns}) VALUES ({marks})", evidence)
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
            "JOIN sources s ON s.id = e.source_id WHERE c.doc_id = ? AND e.kind <> 'citation' "
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
            return _rowid(self.db.execute("INSERT INTO runs (started) VALUES (?)", (_now(),)))

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
        run = self.run(run_id)
        if run is None:  # removed meanwhile by another process
            raise StoreError(self.path, f"run {run_id} is gone")
        return run

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
            Malformed(start, end, mtext, reason, bool(slip))
            for start, end, mtext, reason, slip in db.execute(
                'SELECT start, "end", text, reason, slip FROM malformed WHERE doc_id = ? ORDER BY seq', (doc_id,)
            )
        ]
        skipped = [
            Span(start, end)
            for start, end in db.execute('SELECT start, "end" FROM skipped WHERE doc_id = ? ORDER BY seq', (doc_id,))
        ]
        sources: dict[int, Source] = {}
        evidence: dict[int, list] = {}
        # a continuation points to the claim that holds its attribution, stored before it
        claim_ids = dict(db.execute("SELECT id, claim_id FROM claims WHERE doc_id = ?", (doc_id,)))
        holders: dict[Attribution, int] = {}
        columns = ", ".join(f'e."{c}"' for c in EVIDENCE_COLUMNS)
        for claim_pk, *values, name, source_kind, canonical in db.execute(
            f"SELECT e.claim_id, {columns}, s.name, s.kind, s.canonical "
            "FROM evidence e JOIN claims c ON c.id = e.claim_id JOIN sources s ON s.id = e.source_id "
            "WHERE c.doc_id = ? ORDER BY c.seq, e.seq",
            (doc_id,),
        ):
            source_id = values[EVIDENCE_COLUMNS.index("source_id")]
            source = sources.get(source_id)
            if source is None:
                source = sources[source_id] = Source(name, SourceKind(source_kind), canonical or None)
            item: Evidence = evidence_value(values, source)
            if isinstance(item, Attribution):
                holder = holders.setdefault(item, claim_pk)
                if values[EVIDENCE_COLUMNS.index("kind")] == "continuation" and holder != claim_pk:
                    item = Continuation(item, claim_ids[holder])
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


def _rowid(cursor: sqlite3.Cursor) -> int:
    """The rowid of the row an INSERT just added."""
    rowid = cursor.lastrowid
    if rowid is None:
        raise sqlite3.DatabaseError("an INSERT added no row")
    return rowid


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


#: ``MIGRATIONS[n]`` takes a store from schema version ``n`` to ``n + 1``.
MIGRATIONS: dict[int, Callable[[Store], None]] = {0: Store._migrate_0, 1: Store._migrate_1, 2: Store._migrate_2}
