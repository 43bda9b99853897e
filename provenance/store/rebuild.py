"""Rebuilding a store in place: a new store is built next to the old file
and takes its place only when it is complete."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
import urllib.parse
from collections.abc import Iterator

from provenance.errors import StoreError
from provenance.store.database import Store
from provenance.store.schema import BUSY_TIMEOUT

__all__ = ["SQLITE_MAGIC", "rebuilding"]


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
