#!/usr/bin/env python3
"""Citation mistakes planted into real articles: how many the lint catches, and its false alarms.

The articles are the 60 of ``bench/lint_judged.py`` (30 PolNeAR development
texts, 30 FNC-1 bodies).  Into each, every mistake of ``tests/planted.py`` is
planted once, as a paragraph of its own after a paragraph of the body (a fixed
seed chooses which): a misspelt month, a missing comma, an impossible day, an
empty source, an unclosed parenthesis, a letter O for a zero, a date after
publication, a second name for one source.  Printed: the share caught by the
expected rule on the planted citation, the false alarms (citation findings
the article without the plant does not have), and per mistake what was missed.

Usage: python bench/lint_planted.py [--data DIR] [--seed N]

Exits 0 with a message when the data directory is absent.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
for folder in (ROOT, ROOT / "tests", ROOT / "bench"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

import planted  # noqa: E402
from lint_judged import DEFAULT_DATA, corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--seed", type=int, default=19, help="seed of the places planted (default 19)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = corpus(args.data, Path(folder))
        if paths is None:
            return 0
        articles = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
        result = planted.run(articles, seed=args.seed)
    rate = result.caught / result.planted
    print(f"articles: {len(articles)}, mistakes planted: {result.planted}")
    print(f"caught: {result.caught} ({rate:.3f})")
    print(f"false alarms: {len(result.false_alarms)}")
    for f in result.false_alarms[:10]:
        print(f"  {f.path}: {f.code} {f.message}")
    missed = Counter(m.split(": ", 1)[1] for m in result.missed)
    for name, n in missed.most_common():
        print(f"  missed {name}: {n}")
    print(f"SCORE caught={rate:.3f} planted={result.planted} false_alarms={len(result.false_alarms)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
