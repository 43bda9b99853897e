"""Extraction and comparison on a local Dask cluster beside the single-process run.

Writes the 1,683 FNC-1 article bodies as files, then measures:

* **Extraction**, documents per second: in this process
  (:func:`provenance.pipeline.extract_paths`, ``jobs=1``), then on a
  ``local:1`` and a ``local:2`` cluster (:func:`provenance.distributed.extract_paths`,
  what ``--scheduler`` runs), and on ``local:1`` with one document per task
  (the overhead of a task).  Each cluster is started and warmed up before
  the clock starts (starting one takes seconds; see the printed start-up).
  Beside wall time, the CPU seconds of this process and of every worker:
  on a shared machine the wall time says how busy the machine was, the CPU
  time what the work cost.
* **Comparison**: :func:`provenance.compare.compare_documents` in this process,
  then :func:`provenance.distributed.compare_partitions` on ``local:2``: the
  time, and the shuffle (``(key, claim)`` records and their pickled size)
  against the candidate-pair count.  The relations are checked equal.

The figures are printed, not asserted: this is a benchmark, not a test.

Usage::

    python bench/distributed.py [--data DIR] [--limit N] [--workers 1,2] [--no-compare]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from _fnc1 import DEFAULT_DATA, load_bodies, megabytes, write_bodies

# This file's name is the Dask package's: `import distributed` must find the package before this script
# (its folder goes last on the path, where the worker processes still find _fnc1 when they import it).
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:] = [p for p in sys.path if os.path.abspath(p or os.curdir) != HERE] + [HERE]

from provenance import distributed  # noqa: E402
from provenance.compare import Stats, compare_documents  # noqa: E402
from provenance.model import Document  # noqa: E402
from provenance.pipeline import extract_paths  # noqa: E402


def own_cpu() -> float:
    """CPU seconds of this process and of its finished children."""
    mine, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return mine.ru_utime + mine.ru_stime + children.ru_utime + children.ru_stime


def _worker_cpu() -> float:
    import psutil

    t = psutil.Process().cpu_times()
    return t.user + t.system


def workers_cpu(client) -> float:
    """CPU seconds so far of every worker process of the cluster."""
    return sum(client.run(_worker_cpu).values())


def loadavg() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "?"


def row(label: str, docs: int, wall: float, cpu: float, base: float | None) -> None:
    rate = docs / wall
    versus = f"{base / wall:5.2f}x" if base else "   1x"
    print(f"| {label:<34} | {rate:8.1f} | {wall:7.2f} | {cpu:7.2f} | {1000 * cpu / docs:6.2f} | {versus} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N bodies")
    parser.add_argument("--workers", default="1,2", help="local cluster sizes to measure [1,2]")
    parser.add_argument("--no-compare", action="store_true", help="measure extraction only")
    args = parser.parse_args()
    bodies = load_bodies(args.data)
    if bodies is None:
        return 0
    bodies = bodies[: args.limit] if args.limit else bodies
    sizes = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="provenance-distributed-") as tmp:
        paths = [str(p) for p in write_bodies(bodies, Path(tmp) / "fnc1")]
        n = len(paths)
        print(f"FNC-1: {n} bodies, {megabytes(t for _, t in bodies):.2f} MB; {os.cpu_count()} cores")
        print(f"load average before: {loadavg()}\n")
        print("| extraction                         |   docs/s |  wall s |   CPU s | CPU ms/doc | vs 1 process |")
        print("|---|---:|---:|---:|---:|---:|")
        cpu0, start = own_cpu(), time.perf_counter()
        docs = list(extract_paths(paths, jobs=1))
        base = time.perf_counter() - start
        row("one process (jobs=1)", n, base, own_cpu() - cpu0, None)
        runs = [(w, distributed.PARTITION_SIZE) for w in sizes] + [(1, 1)]
        for workers, partition in runs:
            began = time.perf_counter()
            with distributed.connect(f"local:{workers}") as client:
                startup = time.perf_counter() - began
                list(distributed.extract_paths(client, paths[:2], partition_size=1))  # imports on every worker
                cpu0, wcpu0, start = own_cpu(), workers_cpu(client), time.perf_counter()
                found = list(distributed.extract_paths(client, paths, partition_size=partition))
                wall = time.perf_counter() - start
                cpu = own_cpu() - cpu0 + workers_cpu(client) - wcpu0
            assert found == docs, "the cluster extracted something else"
            label = f"local:{workers}, {partition} doc{'s' if partition > 1 else ''}/task (start {startup:.1f} s)"
            row(label, n, wall, cpu, base)
        print(f"\nload average after extraction: {loadavg()}")
        if args.no_compare:
            return 0
        documents = [d for d in docs if isinstance(d, Document)]
        print("\n| comparison | wall s | relations |")
        print("|---|---:|---:|")
        single = Stats()
        start = time.perf_counter()
        expected = compare_documents(documents, stats=single)
        row_wall = time.perf_counter() - start
        print(f"| one process | {row_wall:.2f} | {len(expected)} |")
        cluster = distributed.ClusterStats()
        with distributed.connect(f"local:{max(sizes)}") as client:
            corpus = distributed.scatter_documents(client, documents)
            start = time.perf_counter()
            found = distributed.compare_partitions(corpus, stats=cluster)
            wall = time.perf_counter() - start
        assert found == expected, "the cluster found other relations"
        print(f"| local:{max(sizes)} | {wall:.2f} | {len(found)} (equal) |")
        print(
            f"\nclaims {cluster.claims:,}; shuffle: {cluster.shuffled:,} (key, claim) records, "
            f"{cluster.shuffled_bytes / 1e6:.1f} MB pickled ({cluster.shuffled / max(1, cluster.claims):.2f} "
            f"per claim, {cluster.shuffled_bytes / max(1, cluster.shuffled):,.0f} bytes each); "
            f"{cluster.keys:,} keys, {len(cluster.stop_keys)} stop-keys, {cluster.blocks:,} blocks paired; "
            f"candidate pairs {cluster.comparisons:,} ({cluster.anaphoric} anaphoric), "
            f"{cluster.comparisons / max(1, cluster.shuffled):.2f} per shuffled record"
        )
        print(f"load average after comparison: {loadavg()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
