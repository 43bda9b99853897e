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

from provenance.distributed.cluster import SchedulerError, connect, parse_scheduler
from provenance.distributed.comparison import ClusterStats, compare_documents, compare_partitions
from provenance.distributed.datasets import DATASETS, OutDirError, prepare_out_dir, write_datasets
from provenance.distributed.extraction import (
    PARTITION_SIZE,
    Corpus,
    extract_corpus,
    extract_paths,
    scatter_documents,
)

__all__ = [
    "DATASETS",
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
