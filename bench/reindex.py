"""Incremental indexing: the work of a re-index is proportional to the change.

Writes the 1,683 FNC-1 article bodies as files into a temporary directory,
runs ``Store.index`` on them (what ``provenance index`` does), runs it again
unchanged, then changes one file and runs it once more.  Printed for each run:
documents extracted (added + updated), skipped, and the time.  The figures are
printed, not asserted: this is a benchmark, not a test.

Usage::

    python bench/reindex.py [--data DIR] [--jobs N]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from _fnc1 import DEFAULT_DATA, load_bodies, megabytes, write_bodies

from provenance import corpus
from provenance.store import Store


def run(store: Store, folder: Path, jobs: int | None, label: str) -> None:
    start = time.perf_counter()
    events = list(corpus.index(store, [str(folder)], jobs=jobs))
    seconds = time.perf_counter() - start
    run = store.last_run()
    extracted = run.added + run.updated
    print(
        f"{label:<22} {extracted:>6} re-extracted {run.unchanged:>6} unchanged {run.errors:>3} errors "
        f"{seconds:8.2f} s  ({len(events)} inputs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--jobs", type=int, default=os.cpu_count(), help="extraction processes [cores]")
    args = parser.parse_args()
    bodies = load_bodies(args.data)
    if bodies is None:
        return 0
    with tempfile.TemporaryDirectory(prefix="provenance-reindex-") as tmp:
        folder = Path(tmp) / "fnc1"
        paths = write_bodies(bodies, folder)
        print(f"FNC-1: {len(paths)} files, {megabytes(t for _, t in bodies):.2f} MB; jobs={args.jobs}")
        with Store(Path(tmp) / "provenance.db") as store:
            run(store, folder, args.jobs, "index (empty store)")
            run(store, folder, args.jobs, "re-index, no change")
            changed = paths[len(paths) // 2]
            changed.write_text(
                changed.read_text(encoding="utf-8") + "\nTroops left (Reuters, May 2, 2021).\n", encoding="utf-8"
            )
            run(store, folder, args.jobs, "re-index, 1 changed")
        print(f"database: {os.path.getsize(Path(tmp) / 'provenance.db') / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
