"""The store's schema: its tables, how each version is created, and how a
damaged file is recognised and described."""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Iterator

__all__ = [
    "BUSY_TIMEOUT",
    "NULL_VALUE",
    "QUICK_CHECK_LIMIT",
    "SCHEMAS",
    "SCHEMA_V1",
    "SCHEMA_V2",
    "SCHEMA_V3",
    "SCHEMA_VERSION",
    "damaged",
    "expected_schema",
    "problem",
    "statements",
]

#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = 3

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
    kind          TEXT NOT NULL,        -- 'citation', 'attribution', 'belief' or 'continuation'
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

# Version 3: whether a malformed candidate is a slip read through (Malformed.slip).
# Documents stored before it lost that flag: their extractor fingerprint is cleared,
# so the next index extracts them again.
SCHEMA_V3 = """
ALTER TABLE malformed ADD COLUMN slip INTEGER NOT NULL DEFAULT 0;
UPDATE documents SET extractor = '';
"""

#: ``SCHEMAS[n]`` is the DDL that takes a store from schema version ``n`` to ``n + 1``.
SCHEMAS = (SCHEMA_V1, SCHEMA_V2, SCHEMA_V3)


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


@functools.cache
def expected_schema(version: int) -> dict[str, tuple[str, ...]]:
    """The tables of schema ``version`` and their columns, as the migrations create them."""
    db = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in range(version):
            for statement in statements(SCHEMAS[step]):
                db.execute(statement)
        names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: tuple(r[1] for r in db.execute(f'PRAGMA table_info("{name}")')) for name in names}
    finally:
        db.close()


def statements(script: str) -> Iterator[str]:
    """The statements of a DDL script, comments removed."""
    for statement in script.split(";"):
        lines = [line.split("--", 1)[0] for line in statement.splitlines()]
        statement = "\n".join(lines).strip()
        if statement:
            yield statement
