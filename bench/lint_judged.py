#!/usr/bin/env python3
"""Precision of the lint's findings on real articles, judged by reading them.

The corpus: the 84 PolNeAR development texts and 320 FNC-1 training bodies
(every 4th row of ``train_bodies.csv``, written as ``bNNNNN.txt``, as
``judged.py corpus`` writes them), 404 articles of news and comment: as many as
it takes for the lint to find more than 250 problems (60 articles, the first
plan, now give about 50 findings, too few for a sample of 250).  They are linted as ``provenance lint``
lints a folder: the rules of the default selection, the linted articles compared with each other for
PV201.  The rules outside the default selection (PV103) are measured apart, on their own sample:
their figures tell whether a rule may join the defaults, and they count in no default figure.

A random sample of the findings (fixed seed, 250 by default: all of them when
there are fewer) was read, each with its context, and judged: is it a real
problem that an editor applying news style would act on?  The verdicts, with
a one-line reason each, are in ``bench/lint_judged.jsonl`` (``key``, ``kind``,
``verdict``, ``reason``; the key is a hash of the file name, the code and the
flagged text, so no third-party text is stored).

Printed: for the findings the lint produces now, precision per rule over the
judged ones, how many are not judged yet (new findings after a change), and
the aims (0.90 for error-level rules, 0.80 for each warning rule, 0.85 over
all).  ``--to-judge`` prints the unjudged findings of the sample with their
context instead, for reading; their verdicts go into the JSONL file.

Usage: python bench/lint_judged.py [--data DIR] [--size N] [--seed N] [--to-judge]

Exits 0 with a message when the data directory is absent.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from provenance.lint import (  # noqa: E402
    RULES,
    Config,
    Finding,
    contested_relations,
    lint_documents,
    load_documents,
)
from provenance.model import Document, Level  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"
JUDGED = ROOT / "bench" / "lint_judged.jsonl"
#: FNC-1 bodies linted, and the stride between them in the file (every PolNeAR dev text is linted).
FNC1_BODIES = 320
FNC1_STRIDE = 4
#: Aims: precision of error-level rules, of each warning rule, over all findings.
AIMS = {Level.ERROR: 0.90, Level.WARNING: 0.80}
AIM_OVERALL = 0.85
#: Characters of context shown on each side of a finding to judge.
CONTEXT = 400


def corpus(data: Path, folder: Path) -> list[Path] | None:
    """Write the 404 articles into ``folder``; their paths, or None when the data is absent."""
    texts = data / "polnear-dev" / "text"
    bodies = data / "fnc1-train" / "train_bodies.csv"
    if not texts.is_dir() or not bodies.is_file():
        print(f"PolNeAR or FNC-1 data not found under {data}: benchmark skipped (give --data DIR)")
        return None
    paths = []
    for source in sorted(texts.glob("*.txt")):
        target = folder / source.name
        target.write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
        paths.append(target)
    csv.field_size_limit(sys.maxsize)
    with open(bodies, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows[::FNC1_STRIDE][:FNC1_BODIES]:
        target = folder / f"b{int(row['Body ID']):05d}.txt"
        target.write_text(row["articleBody"].strip() + "\n", encoding="utf-8")
        paths.append(target)
    return paths


def lint(paths: list[Path]) -> tuple[list[Finding], dict[str, Document]]:
    """The findings of ``provenance lint`` over the articles, every rule selected (those outside
    the default selection too), and the articles by path."""
    config = Config(select=tuple(RULES))
    docs = [d for d in load_documents([str(p) for p in paths], config) if isinstance(d, Document)]
    findings = lint_documents(docs, config, relations=contested_relations(docs))
    return list(findings), {d.path or "": d for d in docs}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip().lower()


def key(f: Finding) -> str:
    """The judged key of a finding (as ``judged.py`` computes it): file name, code, flagged text."""
    name = Path(f.path or "").name
    return hashlib.sha1(f"{name}|{f.code}|{_norm(f.text)}".encode()).hexdigest()[:16]


def sample(findings: list[Finding], size: int, seed: int) -> list[Finding]:
    """``size`` findings with distinct keys, drawn with a fixed seed."""
    shuffled = list(findings)
    random.Random(seed).shuffle(shuffled)
    out: list[Finding] = []
    seen: set[str] = set()
    for f in shuffled:
        if key(f) not in seen and len(out) < size:
            seen.add(key(f))
            out.append(f)
    return out


def load_judged(path: Path) -> dict[str, dict]:
    if not path.exists():
        return {}
    with open(path, encoding="utf-8") as f:
        return {o["key"]: o for o in map(json.loads, filter(str.strip, f))}


def report(findings: list[Finding], drawn: list[Finding], judged: dict[str, dict], *, opt_in: bool = False) -> None:
    keys = {key(f) for f in drawn}
    per: dict[str, list[int]] = {}
    unjudged = 0
    for f in drawn:
        verdict = judged.get(key(f))
        if verdict is None:
            unjudged += 1
            continue
        per.setdefault(f.code, [0, 0])
        per[f.code][0] += verdict["verdict"] == "true"
        per[f.code][1] += 1
    print(f"findings: {len(findings)} ({len(keys)} distinct in the sample), judged {len(drawn) - unjudged}")
    print(f"{'rule':8} {'level':8} {'precision':>10} {'judged':>8}  aim")
    for code in sorted(per):
        good, n = per[code]
        level = RULES[code].level
        aim = AIMS.get(level)
        mark = "" if aim is None else (f">= {aim:.2f} " + ("met" if good / n >= aim else "NOT MET"))
        print(f"{code:8} {level.value:8} {good / n:10.3f} {n:8}  {mark}")
    good = sum(v[0] for v in per.values())
    n = sum(v[1] for v in per.values())
    overall = good / n if n else 0.0
    mark = "met" if overall >= AIM_OVERALL else "NOT MET"
    if opt_in:
        print(f"not judged yet: {unjudged}")
        return
    print(f"{'all':8} {'':8} {overall:10.3f} {n:8}  >= {AIM_OVERALL:.2f} {mark}")
    print(f"not judged yet: {unjudged}")
    print(f"SCORE precision={overall:.3f} judged={n} unjudged={unjudged}")


def to_judge(drawn: list[Finding], docs: dict[str, Document], judged: dict[str, dict]) -> None:
    for f in drawn:
        if key(f) in judged:
            continue
        text = docs[f.path or ""].text
        context = text[max(0, f.start - CONTEXT) : f.start] + "[[" + f.text + "]]" + text[f.end : f.end + CONTEXT]
        item = {"key": key(f), "kind": f.code, "path": Path(f.path or "").name, "message": f.message}
        print(json.dumps({**item, "context": " ".join(context.split())}, ensure_ascii=False))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    parser.add_argument("--size", type=int, default=250, help="findings in the judged sample (default 250)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the sample (default 13)")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the verdicts (JSON Lines)")
    parser.add_argument("--to-judge", action="store_true", help="print the unjudged findings of the sample")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        paths = corpus(args.data, Path(folder))
        if paths is None:
            return 0
        every, docs = lint(paths)
        findings = [f for f in every if RULES[f.code].default]  # what a user sees by default
        opted = [f for f in every if not RULES[f.code].default]
        drawn = sample(findings, args.size, args.seed)
        drawn_opted = sample(opted, args.size, args.seed)
        judged = load_judged(args.judged)
        if args.to_judge:
            to_judge(drawn + drawn_opted, docs, judged)
        else:
            report(findings, drawn, judged)
            if opted:
                print("\nrules outside the default selection (select them by code):")
                report(opted, drawn_opted, judged, opt_in=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
