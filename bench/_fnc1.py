"""The FNC-1 article bodies, shared by the corpus benchmarks.

FNC-1 (Fake News Challenge stage 1) training set: 1,683 news article bodies,
about 3.7 MB, in ``train_bodies.csv`` (``Body ID,articleBody``).  See
``shared/data/README.md``; the data stays outside the repository, and a
benchmark without it says so and exits 0.
"""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: A frozen copy of the code to measure (set by bench/scaling.py for its stages,
#: so that edits to the tree during a long run do not change what is measured).
CODE = Path(os.environ.get("PROVENANCE_BENCH_CODE", ROOT))
if str(CODE) not in sys.path:
    sys.path.insert(0, str(CODE))

#: Where the shared data is looked for by default (``--data`` overrides it).
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def bodies_csv(data: Path) -> Path:
    return Path(data) / "fnc1-train" / "train_bodies.csv"


def load_bodies(data: Path) -> list[tuple[str, str]] | None:
    """``(body id, text)`` in file order, or None (with a message) when the data is absent."""
    path = bodies_csv(data)
    if not path.exists():
        print(f"FNC-1 bodies not found at {path}: benchmark skipped (give --data DIR)")
        return None
    csv.field_size_limit(sys.maxsize)
    with open(path, encoding="utf-8", newline="") as f:
        return [(row["Body ID"], row["articleBody"]) for row in csv.DictReader(f)]


def write_bodies(bodies: list[tuple[str, str]], folder: Path, copies: int = 1, limit: int | None = None) -> list[Path]:
    """Write bodies as ``.txt`` files (``copies`` times, under different names); their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(copies):
        for body_id, text in bodies:
            if limit is not None and len(paths) >= limit:
                return paths
            path = folder / f"fnc1-{n:03d}-{int(body_id):05d}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
    return paths


def megabytes(texts) -> float:
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6
