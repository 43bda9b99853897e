"""Write the score calibration from the judged relations: ``provenance/data/calibration.tsv``.

Every candidate pair of claims of the FNC-1 train bodies (one file per body,
``../shared/tools/judged.py corpus``) is judged with raw scores, and each
relation whose key has a verdict in ``bench/judged_relations.jsonl`` (read by a
person) counts for its class.  A class is the kind, the raw score and whether a subject is named in both
claims (see :mod:`provenance.compare.calibration`).  The table holds, per
class, how many relations were judged and how many right; the comparator turns
that into the score.  Only the verdicts of one half are counted
(:func:`provenance.compare.calibration.fitted_on`, a fixed split by the
relation's key): the other half is held out, for ``bench/contested.py`` to
measure the table on relations it was not fitted on.  Printed: the table, and a
two-fold check before ranking (fitted on either half, how often the other
half's relations scored 0.8 or more are right).

Usage::

    python bench/calibrate.py [--data DIR] [--check]

``--check`` prints the table without writing it.  The data and tools are looked
for in ``../shared`` beside the repository; when they are absent the script says
so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.compare import candidate_pairs, judge_pair, prepare  # noqa: E402
from provenance.compare.calibration import MIN_JUDGED, TABLE, Calibration, fitted_on  # noqa: E402
from provenance.errors import InputError  # noqa: E402
from provenance.model import Kind, Relation  # noqa: E402
from provenance.pipeline import extract_paths  # noqa: E402

SHARED = ROOT.parent / "shared"
JUDGED = ROOT / "bench" / "judged_relations.jsonl"
OUT = ROOT / "provenance" / "data" / TABLE
HEADER = """\
# Score calibration: judged relations by class, written by bench/calibrate.py from
# bench/judged_relations.jsonl (never edited by hand).  See provenance/compare/calibration.py.
# Fitted on the verdicts of one half (by the parity of the relation's key); the other half is held out.
# kind <TAB> raw score <TAB> subject named in both (yes/no) <TAB> judged right <TAB> judged
"""
#: The score from which a relation counts as confident (``CONFIDENT_SCORE``, lint PV201's default).
CONFIDENT = 0.8


def key(r: Relation) -> str:
    """The key of a relation in the verdict file (as ``judged.py`` computes it)."""
    sides = sorted(
        (os.path.basename(side.doc or ""), " ".join((side.text or "").split()).strip().lower()) for side in (r.a, r.b)
    )
    return hashlib.sha1(f"{r.relation}|{sides}".encode()).hexdigest()[:16]


def judged_pairs(folder: Path, verdict) -> list[tuple[tuple[str, float, bool], bool]]:
    """``(class, right)`` for each relation, judged with raw scores among the candidate pairs of the
    ``.txt`` files of ``folder``, that ``verdict(relation)`` knows (it returns True, False or None)."""
    return [(cls, right) for _, cls, right in keyed_judged_pairs(folder, verdict)]


def keyed_judged_pairs(folder: Path, verdict) -> list[tuple[str, tuple[str, float, bool], bool]]:
    """``(key, class, right)`` for each relation of :func:`judged_pairs`."""
    docs = [d for d in extract_paths(sorted(str(p) for p in folder.glob("*.txt"))) if not isinstance(d, InputError)]
    items = prepare(docs)
    candidates = candidate_pairs(items)
    raw = Calibration()
    found = []
    for i, j in candidates.pairs:
        r = judge_pair(items[i], items[j], anaphora=(i, j) in candidates.anaphoric, min_score=0.0, table=raw)
        if r is None or r.kind is None:
            continue
        right = verdict(r)
        if right is None:
            continue
        found.append((key(r), (r.kind.value, round(r.score, 3), bool(items[i].view.keys & items[j].view.keys)), right))
    return found


def fit(pairs) -> Calibration:
    """The table of the ``(key, class, right)`` triples."""
    counts: dict[tuple[str, float, bool], list[int]] = collections.defaultdict(lambda: [0, 0])
    for _, cls, right in pairs:
        counts[cls][0] += right
        counts[cls][1] += 1
    return Calibration({k: (v[0], v[1]) for k, v in counts.items()})


def confident(table: Calibration, pairs) -> tuple[int, int]:
    """Right and all among the ``(key, class, right)`` triples that ``table`` scores :data:`CONFIDENT` or more."""
    hits = [
        right for _, (kind, raw, subject), right in pairs if table.score(Kind(kind), raw, subject=subject) >= CONFIDENT
    ]
    return sum(hits), len(hits)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data")
    parser.add_argument("--check", action="store_true", help="print the table, do not write it")
    args = parser.parse_args(argv)
    bodies = args.data / "fnc1-train" / "train_bodies.csv"
    tool = SHARED / "tools" / "judged.py"
    if not bodies.exists() or not tool.exists():
        print(f"calibration: {bodies} or {tool} not found, skipped")
        return 0
    verdicts = {}
    for line in JUDGED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            o = json.loads(line)
            verdicts[o["key"]] = o["verdict"] == "true"
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "fnc1"
        subprocess.run([sys.executable, str(tool), "corpus", str(bodies), str(corpus), "100000"], check=True)
        seen: set[str] = set()

        def fnc_verdict(r: Relation) -> bool | None:
            k = key(r)
            if k in seen or k not in verdicts:
                return None  # unjudged, or counted once already
            seen.add(k)
            return verdicts[k]

        pairs = keyed_judged_pairs(corpus, fnc_verdict)
    fitted = [p for p in pairs if fitted_on(p[0])]
    held = [p for p in pairs if not fitted_on(p[0])]
    table = fit(fitted)
    print(
        f"{len(pairs)} judged relations; the table is fitted on the {len(fitted)} of one half "
        f"({len(held)} held out), in {len(table.counts)} classes (a class needs {MIN_JUDGED} to stand on its own)"
    )
    print("  kind           raw  subject  right/judged  score")
    for kind, raw_score, subject, right, judged in table.rows():
        score = table.score(Kind(kind), float(raw_score), subject=subject == "yes")
        print(f"  {kind:13s} {raw_score:>5s}  {subject:7s}  {right:>5s}/{judged:<6s}  {score:.3f}")
    # Two-fold check before ranking: fitted on either half, the other half's confident relations.
    for name, train, test in (("this half", fitted, held), ("the other half", held, fitted)):
        right, total = confident(fit(train), test)
        share = f" = {right / total:.2f}" if total else ""
        print(f"  fitted on {name}: the held-out half's relations scored >= {CONFIDENT}: {right}/{total} right{share}")
    if not args.check:
        OUT.write_text(HEADER + "".join("\t".join(row) + "\n" for row in table.rows()), encoding="utf-8")
        print(f"written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
