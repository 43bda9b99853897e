"""Peak memory of ``provenance report`` against the size of the corpus.

Writes the FNC-1 article bodies as files, once (1x, about 3.7 MB) and four
times over under other names (4x), and runs ``provenance report`` on each in
its own process, one format at a time, writing to a file.  Printed for each
run: the corpus size, the peak resident memory of the process (its
``ru_maxrss``) and that peak over the corpus size.  A report that streams
documents has about the same peak for 1x and 4x; one that holds the corpus
grows with it.  The figures are printed, not asserted: this is a benchmark,
not a test.

Usage::

    python bench/memory.py [--data DIR] [--copies 1,4] [--formats json,text,csv,markdown]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _fnc1 import CODE, DEFAULT_DATA, load_bodies, megabytes, write_bodies

#: Run in a fresh interpreter: runs ``provenance ARGS`` as its only child and
#: prints the child's peak resident memory in kilobytes (Linux ``ru_maxrss``).
MEASURE = """
import resource, subprocess, sys
done = subprocess.run([sys.executable, "-m", "provenance", *sys.argv[1:]], stdout=subprocess.DEVNULL)
print(done.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def peak_rss(args: list[str], cwd: str) -> tuple[int, float]:
    """``(exit code, peak MB)`` of ``provenance ARGS`` in a process of its own.

    It runs in ``cwd``, outside the project: ``python -m`` puts the working
    directory first on the module path, and the code measured is ``CODE``.
    """
    env = dict(os.environ, PYTHONPATH=str(CODE) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, env=env, check=True, cwd=cwd
    )
    code, kilobytes = done.stdout.split()
    return int(code), int(kilobytes) / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--copies", default="1,4", help="corpus sizes, as copies of the bodies [1,4]")
    parser.add_argument("--formats", default="json,text", help="report formats to measure [json,text]")
    args = parser.parse_args()
    bodies = load_bodies(args.data)
    if bodies is None:
        return 0
    copies = [int(c) for c in args.copies.split(",")]
    formats = args.formats.split(",")
    size = megabytes(t for _, t in bodies)
    peaks: dict[str, list[float]] = {f: [] for f in formats}
    with tempfile.TemporaryDirectory(prefix="provenance-memory-") as tmp:
        baseline = peak_rss(["--version"], tmp)[1]
        print(f"FNC-1: {len(bodies)} bodies, {size:.2f} MB; an idle interpreter with provenance: {baseline:.0f} MB")
        print(f"{'corpus':>14} {'format':>8} {'peak RSS':>10} {'peak/corpus':>12} {'exit':>5}")
        for n in copies:
            folder = Path(tmp) / f"x{n}"
            write_bodies(bodies, folder, copies=n)
            for fmt in formats:
                out = Path(tmp) / f"report-{n}.{fmt}"
                code, peak = peak_rss(["report", "--jobs", "1", "--format", fmt, "-o", str(out), str(folder)], tmp)
                peaks[fmt].append(peak)
                print(f"{n}x {size * n:7.1f} MB {fmt:>8} {peak:7.0f} MB {peak / (size * n):11.1f}x {code:>5}")
                out.unlink(missing_ok=True)
    for fmt, found in peaks.items():
        if len(found) > 1:
            print(f"{fmt}: peak at {copies[-1]}x / peak at {copies[0]}x = {found[-1] / found[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
