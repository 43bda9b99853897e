"""How well :func:`provenance.compare.relate` tells denials from reports.

Two public stance corpora (see ``shared/data/README.md``):

* **Emergent** (Ferreira & Vlachos, NAACL 2016), train split: rumoured claim /
  news headline pairs labelled ``for``, ``against``, ``observing``.  We run
  ``relate(claimHeadline, articleHeadline, assume_related=True)`` (every pair
  in the corpus is about its claim) and map contested -> against,
  corroborated -> for, neutral -> observing.  Printed: 3-class accuracy and
  contested precision, recall and F1.  Reference: their trained classifier
  reached 0.73 accuracy.
* **FNC-1** (Fake News Challenge stage 1), train split: headline / article
  body pairs.  On the related pairs (stance other than ``unrelated``) we run
  ``relate(headline, sentence, assume_related=True)`` on the body's three
  sentences most similar to the headline; the pair is contested when one of
  them is.  Printed: precision, recall and F1 of contested against
  ``disagree``.

No rule is fitted to this data: relate() uses the general cue lexicons in
``provenance/data/``; held-out splits of both corpora check it independently.

Usage::

    python bench/relate.py [--data DIR] [--limit N] [--errors N]

The data is looked for in ``../shared/data`` beside the repository; when it
is absent the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import csv
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.compare import relate  # noqa: E402
from provenance.features import content_words  # noqa: E402
from provenance.segment import sentences  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"

#: Emergent label for each relation.
EMERGENT_LABEL = {"contested": "against", "corroborated": "for", "neutral": "observing", "unrelated": "observing"}
"""(``unrelated`` cannot happen with ``assume_related=True``; it would count as "cannot tell".)"""
#: Body sentences of an FNC-1 article compared with its headline.
FNC_SENTENCES = 3


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def emergent(data: Path, limit: int | None, errors: int) -> None:
    path = data / "emergent-train" / "emergent-train.csv"
    if not path.exists():
        print(f"Emergent: {path} not found, skipped")
        return
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))[:limit]
    start = time.perf_counter()
    confusion: collections.Counter = collections.Counter()
    wrong = []
    for row in rows:
        r = relate(row["claimHeadline"], row["articleHeadline"], assume_related=True)
        predicted = EMERGENT_LABEL[r.relation]
        gold = row["articleHeadlineStance"]
        confusion[(gold, predicted)] += 1
        if predicted != gold:
            wrong.append((gold, predicted, row["claimHeadline"], row["articleHeadline"], r.evidence))
    elapsed = time.perf_counter() - start
    n = sum(confusion.values())
    correct = sum(v for (g, p), v in confusion.items() if g == p)
    tp = confusion[("against", "against")]
    fp = sum(v for (g, p), v in confusion.items() if p == "against" and g != "against")
    fn = sum(v for (g, p), v in confusion.items() if g == "against" and p != "against")
    p, r, f1 = prf(tp, fp, fn)
    print(f"Emergent train: {n} pairs in {elapsed:.1f}s")
    print(f"  3-class accuracy  {correct / n:.3f}   (Ferreira & Vlachos 2016: 0.73)")
    print(f"  contested         P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    labels = ["for", "against", "observing"]
    print("  confusion (rows gold, columns predicted): " + "  ".join(f"{x:>9}" for x in labels))
    for g in labels:
        print(f"  {g:>41}: " + "  ".join(f"{confusion[(g, x)]:>9}" for x in labels))
    for gold, predicted, claim, headline, why in wrong[:errors]:
        print(f"  ! {gold} -> {predicted}: {claim!r} | {headline!r} | {why}")


def fnc1(data: Path, limit: int | None, errors: int) -> None:
    stances_path = data / "fnc1-train" / "train_stances.csv"
    bodies_path = data / "fnc1-train" / "train_bodies.csv"
    if not stances_path.exists() or not bodies_path.exists():
        print(f"FNC-1: {stances_path.parent} not found, skipped")
        return
    with open(bodies_path, encoding="utf-8", newline="") as f:
        bodies = {row["Body ID"]: row["articleBody"] for row in csv.DictReader(f)}
    with open(stances_path, encoding="utf-8", newline="") as f:
        rows = [row for row in csv.DictReader(f) if row["Stance"] != "unrelated"][:limit]
    split: dict[str, list[tuple[str, frozenset[str]]]] = {}
    start = time.perf_counter()
    tp = fp = fn = 0
    per_class: collections.Counter = collections.Counter()
    wrong = []
    for row in rows:
        body_id = row["Body ID"]
        if body_id not in split:
            text = bodies.get(body_id, "")
            split[body_id] = [(text[s.start : s.end], content_words(text[s.start : s.end])) for s in sentences(text)]
        chosen = _most_similar(row["Headline"], split[body_id], FNC_SENTENCES)
        contested = None
        for sentence in chosen:
            r = relate(row["Headline"], sentence, assume_related=True)
            if r.relation == "contested":
                contested = r
                break
        gold = row["Stance"] == "disagree"
        per_class[(row["Stance"], contested is not None)] += 1
        if contested and gold:
            tp += 1
        elif contested:
            fp += 1
            if len(wrong) < errors:
                wrong.append((row["Stance"], row["Headline"], contested.b.text, contested.evidence))
        elif gold:
            fn += 1
    elapsed = time.perf_counter() - start
    p, r, f1 = prf(tp, fp, fn)
    print(
        f"FNC-1 train, related pairs: {len(rows)} in {elapsed:.1f}s "
        f"(top {FNC_SENTENCES} body sentences by overlap with the headline)"
    )
    print(f"  disagree          P {p:.3f}  R {r:.3f}  F1 {f1:.3f}")
    for stance in ("agree", "disagree", "discuss"):
        total = per_class[(stance, True)] + per_class[(stance, False)]
        print(f"  {stance:>9}: {per_class[(stance, True)]:>5} of {total:>5} called contested")
    for stance, headline, sentence, why in wrong:
        print(f"  ! {stance} -> contested: {headline!r} | {sentence[:160]!r} | {why}")


def _most_similar(headline: str, body: list[tuple[str, frozenset[str]]], k: int) -> list[str]:
    words = content_words(headline)
    if not words:
        return []
    scored = []
    for n, (sentence, sw) in enumerate(body):
        if not sw:
            continue
        overlap = len(words & sw)
        if overlap:
            scored.append((-overlap / math.sqrt(len(words) * len(sw)), n, sentence))
    scored.sort()
    return [s for _, _, s in scored[:k]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help="folder holding emergent-train/ and fnc1-train/"
    )
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pairs of each corpus")
    parser.add_argument("--errors", type=int, default=0, help="print N misclassified pairs")
    parser.add_argument("--only", choices=["emergent", "fnc1"], default=None)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no benchmark data at {args.data}; skipped (use --data)")
        return 0
    if args.only in (None, "emergent"):
        emergent(args.data, args.limit, args.errors)
    if args.only in (None, "fnc1"):
        fnc1(args.data, args.limit, args.errors)
    return 0


if __name__ == "__main__":
    sys.exit(main())
