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

Tables (schema version 3):

============  ===============================================================
documents     one row per file: ``key`` (absolute path), ``path`` as given,
              ``hash`` (SHA-256 of the decoded text), ``params`` (extraction
              options), ``extractor`` (fingerprint of the extraction code),
              ``published``, ``title`` (first article's), ``text``, ``run_id``
articles      the document's articles (offsets, title, author, body start)
claims        the claims in document order (offsets; ``text`` only when it is
              not ``documents.text[start:end]``), hedged, article, sentence
evidence      citations, attributions and continuations of each claim, in order
              (a continuation: the fields of the attribution it continues)
sources       each distinct source as written (name, kind, canonical, key)
entities      blocking keys of each claim (entity keys, surnames of multi-word
              names, speakers, counted events), for finding the claims a
              changed document could relate to; filled in lazily
              (``documents.keyed``), on every core, by
              :func:`provenance.corpus.fill_entities`
malformed     malformed citation candidates, and whether each is a slip read through
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

from provenance.store.database import MIGRATIONS, Run, Store, content_hash, document_key, path_order
from provenance.store.rebuild import rebuilding
from provenance.store.schema import SCHEMA_VERSION, damaged, problem

__all__ = [
    "MIGRATIONS",
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
