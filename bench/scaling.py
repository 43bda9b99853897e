"""Corpus scaling: indexing and ``contested``-style comparison on 150, 1,500 and 15,000 documents.

Documents are FNC-1 article bodies written as files, repeated under different
names once the 1,683 bodies run out (so the 15,000 corpus holds each body about
nine times).  For each size, each stage runs in a fresh process, so its peak
memory (``ru_maxrss``) is its own:

1. **index** — ``Store.index`` on every core: extraction, then one transaction
   per document (what ``provenance index`` does);
2. **compare** — read every document back from the store and run
   :func:`provenance.compare.compare_documents` over all of them (what ``contested`` does);
3. **incremental** — change one document, re-index, and compare only it with
   the stored documents that share a blocking key with it
   (``Store.related``), as ``contested --db`` is meant to.

Printed: time, peak memory and counts per size, and the growth of time for 10x
documents (the target is at most 15x).  A stage that runs past ``--timeout``
seconds is stopped and reported as such.  Figures are printed, never asserted.

Usage::

    python bench/scaling.py [--data DIR] [--sizes 150,1500,15000] [--jobs N] [--timeout S]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _fnc1 import DEFAULT_DATA, ROOT, load_bodies, write_bodies

from provenance import corpus
from provenance.store import Store


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB (Linux: KiB units)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def stage_index(data: Path, folder: Path, db: Path, size: int, jobs: int) -> dict:
    bodies = load_bodies(data)
    copies = -(-size // len(bodies))
    write_bodies(bodies, folder, copies=copies, limit=size)
    start = time.perf_counter()
    with Store(db) as store:
        for _ in corpus.index(store, [str(folder)], jobs=jobs):
            pass
        run = store.last_run()
        claims = store.db.execute("SELECT count(*) FROM claims").fetchone()[0]
    seconds = time.perf_counter() - start
    own, children = peak_mb()
    return {
        "seconds": seconds,
        "documents": run.added,
        "claims": claims,
        "peak_mb": own,
        "worker_peak_mb": children,
        "db_mb": os.path.getsize(db) / 1e6,
    }


def stage_compare(db: Path) -> dict:
    from provenance.compare import Stats, compare_documents

    start = time.perf_counter()
    with Store(db) as store:
        docs = list(store.documents())
    read = time.perf_counter() - start
    stats = Stats()
    start = time.perf_counter()
    relations = compare_documents(docs, stats=stats)
    seconds = time.perf_counter() - start
    own, _ = peak_mb()
    return {
        "read_seconds": read,
        "seconds": seconds,
        "relations": len(relations),
        "claims": stats.claims,
        "comparisons": stats.comparisons,
        "stop_keys": len(stats.stop_keys),
        "peak_mb": own,
    }


def stage_incremental(folder: Path, db: Path, jobs: int) -> dict:
    from provenance.compare import compare_documents

    changed = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2]
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nTroops left Calder (Reuters, May 2, 2021).\n", encoding="utf-8"
    )
    start = time.perf_counter()
    with Store(db) as store:
        for _ in corpus.index(store, [str(folder)], jobs=jobs):
            pass
        index_seconds = time.perf_counter() - start
        keyed_start = time.perf_counter()
        corpus.fill_entities(store, jobs=jobs)  # once per corpus; later runs key only what changed
        keying = time.perf_counter() - keyed_start
        start = time.perf_counter()
        mine = [store.get(p) for p in store.changed_since(store.last_run().id - 1)]
        others = list(corpus.related(store, [d.path for d in mine]))
        relations = [r for r in compare_documents([*mine, *others]) if {r.a.doc, r.b.doc} & {d.path for d in mine}]
        seconds = time.perf_counter() - start
    own, _ = peak_mb()
    return {
        "index_seconds": index_seconds,
        "keying_seconds": keying,
        "seconds": seconds,
        "changed": len(mine),
        "related": len(others),
        "relations": len(relations),
        "peak_mb": own,
    }


def child(args) -> int:
    folder, db = Path(args.work) / f"n{args.size}", Path(args.work) / f"n{args.size}.db"
    if args.stage == "index":
        out = stage_index(args.data, folder, db, args.size, args.jobs)
    elif args.stage == "compare":
        out = stage_compare(db)
    else:
        out = stage_incremental(folder, db, args.jobs)
    print(json.dumps(out))
    return 0


def run_stage(stage: str, size: int, work: str, args) -> dict | None:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        "--stage",
        stage,
        "--size",
        str(size),
        "--work",
        work,
        "--data",
        str(args.data),
        "--jobs",
        str(args.jobs),
    ]
    env = dict(os.environ, PROVENANCE_BENCH_CODE=str(Path(work) / "code"))
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, env=env)
    except subprocess.TimeoutExpired:
        print(f"  {stage:<12} stopped after {args.timeout} s (--timeout)")
        return None
    if done.returncode != 0:
        print(f"  {stage:<12} failed:\n{done.stderr}")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--sizes", default="150,1500,15000", help="corpus sizes, comma-separated")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="extraction processes [cores]")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per stage [1800]")
    parser.add_argument(
        "--stages",
        default="index,compare,incremental",
        help="stages to run, comma-separated [index,compare,incremental]",
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args)
    if load_bodies(args.data) is None:
        return 0
    try:
        import provenance.compare  # noqa: F401
    except ImportError:
        print("provenance.compare is not available: only indexing is measured")
        stages = ("index",)
    else:
        stages = tuple(s for s in args.stages.split(",") if s)

    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, dict[int, dict]] = {s: {} for s in stages}
    print(f"jobs={args.jobs}, {os.cpu_count()} cores; FNC-1 bodies repeated under new names past 1,683\n")
    with tempfile.TemporaryDirectory(prefix="provenance-scaling-") as work:
        # Every stage measures this copy of the code: the extraction fingerprint
        # stays the same for the whole run even if the tree is edited meanwhile.
        shutil.copytree(
            ROOT / "provenance", Path(work) / "code" / "provenance", ignore=shutil.ignore_patterns("__pycache__")
        )
        for size in sizes:
            print(f"{size} documents")
            for stage in stages:
                out = run_stage(stage, size, work, args)
                if out is None:
                    break
                results[stage][size] = out
                print(
                    f"  {stage:<12} "
                    + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in out.items())
                )
    print("\ntime growth for 10x documents (target <= 15x):")
    for stage in stages:
        done = results[stage]
        for small, big in itertools.pairwise(sizes):
            if small in done and big in done:
                ratio = done[big]["seconds"] / done[small]["seconds"]
                scale = big / small
                verdict = "ok" if ratio <= 1.5 * scale else "OVER"
                print(f"  {stage:<12} {small:>6} -> {big:<6} ({scale:.0f}x docs): {ratio:6.1f}x time  {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
