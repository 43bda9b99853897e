"""How far an editor can trust the contested-claims table: two corpora of real news.

* **Headline corpus** (known answers): every Emergent train headline written as
  its own one-sentence article (``../shared/tools/headline_corpus.py build``), so
  that the comparator must find, among all pairs, a rumour's report and its
  denial.  Printed: the tool's precision and recall of contested pairs on the
  whole corpus (whose rumours the story model, :mod:`provenance.compare.story`,
  was fitted on), and cross-validated by rumour: each rumour's pairs scored by a
  model fitted without it (``bench/train_story.py``), the figure to trust.
* **Judged relations** (read by a person): ``contested --all`` over the FNC-1
  train bodies, one file per body (``../shared/tools/judged.py corpus``), scored
  against the verdicts recorded in ``bench/judged_relations.jsonl`` (key, kind,
  verdict, reason: no text of the articles).  Printed: precision per kind among
  the relations still produced that have a verdict, the number without one (a
  change that produces new relations leaves them unjudged: judge them), and
  the calibration of the score (precision at or above 0.8, by score band) on
  the half of the verdicts the table was fitted on and on the held-out half
  (:func:`provenance.compare.calibration.fitted_on`, see ``bench/calibrate.py``).
  ``--sample N`` writes N unjudged relations drawn with ``--seed`` (with their
  context, for reading) to ``--to-judge``.  ``--funnel`` prints where the pairs
  the agreement test finds alike are dropped before any is reported corroborated.

Usage::

    python bench/contested.py [--data DIR] [--only headlines|judged] [--funnel]
                              [--sample N] [--seed S] [--to-judge FILE]

The data and tools are looked for in ``../shared`` beside the repository; when
they are absent the benchmark says so and exits 0.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "bench"))  # the other bench scripts, also when this one is loaded as a module

import train_story  # noqa: E402

from provenance.compare import Stats, candidate_pairs, compare_documents, judge_pair, prepare  # noqa: E402
from provenance.compare.calibration import fitted_on  # noqa: E402
from provenance.compare.copies import is_copy  # noqa: E402
from provenance.compare.documents import rank  # noqa: E402
from provenance.compare.independence import independent, named  # noqa: E402
from provenance.compare.judge import judge  # noqa: E402
from provenance.compare.story import THRESHOLD, story_relations  # noqa: E402
from provenance.errors import InputError  # noqa: E402
from provenance.model import RelationType  # noqa: E402
from provenance.pipeline import extract_paths  # noqa: E402
from provenance.report import render_relations  # noqa: E402

SHARED = ROOT.parent / "shared"
#: The recorded verdicts.
JUDGED = ROOT / "bench" / "judged_relations.jsonl"
#: Score bands for the calibration table.
BANDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def _tool(name: str):
    """A tool of ``../shared/tools`` as a module (its functions, not its command line)."""
    path = SHARED / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def contested_json(folder: Path, out: Path, jobs: int) -> tuple[int, float, Stats, list]:
    """``contested --all --format json`` over the ``.txt`` files of ``folder``, written to ``out``; the documents."""
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    start = time.perf_counter()
    docs = [d for d in extract_paths(paths, jobs=jobs) if not isinstance(d, InputError)]
    stats = Stats()
    relations = compare_documents(docs, stats=stats)
    seconds = time.perf_counter() - start
    out.write_text(render_relations(relations, "json"), encoding="utf-8")
    return len(docs), seconds, stats, docs


def recall_funnel(docs: list, key: dict[str, dict[str, str]]) -> collections.Counter:
    """Where the gold disputed pairs of the headline corpus are lost, stage by stage.

    A gold pair is two headlines of one rumour, one ``against`` it and the other
    reporting it (``for`` or ``observing``).  Each is counted at the first stage
    it does not pass: ``no claim`` (a headline yields no claim), ``not a candidate``
    (blocking never pairs the two claims),
    ``no relation`` (judged, but neither denial nor contradiction nor quantity),
    a pair found by the story model counts as ``found`` whatever the blocking,
    ``other relation`` (judged corroborated or neutral), ``below threshold``
    (contested, scored under the output threshold), ``folded`` (contested and
    scored high enough, but dropped by the ranking: fan-out, copies), ``found``.
    """
    items = prepare(docs)
    by_name: dict[str, list[int]] = collections.defaultdict(list)
    for item in items:
        by_name[Path(item.doc or "").name].append(item.index)
    names = sorted(key)
    gold = set()
    for x, a in enumerate(names):
        for b in names[x + 1 :]:
            ka, kb = key[a], key[b]
            if (
                ka["claim"] == kb["claim"]
                and "against" in (ka["stance"], kb["stance"])
                and ka["stance"] != kb["stance"]
            ):
                gold.add((a, b))
    candidates = candidate_pairs(items)
    pairs = set(candidates.pairs)
    found = []
    for i, j in candidates.pairs:
        r = judge_pair(items[i], items[j], anaphora=(i, j) in candidates.anaphoric)
        if r is not None:
            found.append((i, j, r))
    found += story_relations(items, skip={(i, j) for i, j, _ in found})
    kept = {(i, j) for i, j, r in rank(items, found) if r.relation is RelationType.CONTESTED}
    funnel: collections.Counter = collections.Counter()
    for a, b in gold:
        if not by_name[a] or not by_name[b]:
            funnel["no claim"] += 1
            continue
        ij = [(min(i, j), max(i, j)) for i in by_name[a] for j in by_name[b]]
        judged_ij = [p for p in ij if p in pairs]
        if any(p in kept for p in ij):
            funnel["found"] += 1
            continue
        if not judged_ij:
            funnel["not a candidate"] += 1
            continue
        if any(p in kept for p in judged_ij):
            funnel["found"] += 1
            continue
        low = [
            judge_pair(items[i], items[j], anaphora=(i, j) in candidates.anaphoric, min_score=0.0) for i, j in judged_ij
        ]
        kinds = {r.relation for r in low if r is not None}
        if RelationType.CONTESTED in kinds:
            high = any(r is not None and r.relation is RelationType.CONTESTED and r.score >= 0.5 for r in low)
            funnel["folded" if high else "below threshold"] += 1
        elif kinds:
            funnel["other relation"] += 1
        else:
            funnel["no relation"] += 1
    return funnel


def headlines(data: Path, work: Path, jobs: int) -> None:
    emergent = data / "emergent-train" / "emergent-train.csv"
    tool = SHARED / "tools" / "headline_corpus.py"
    if not emergent.exists() or not tool.exists():
        print(f"headline corpus: {emergent} or {tool} not found, skipped")
        return
    corpus = work / "headlines"
    subprocess.run([sys.executable, str(tool), "build", str(emergent), str(corpus)], check=True, capture_output=True)
    out = work / "headlines.json"
    n, seconds, stats, docs = contested_json(corpus / "articles", out, jobs)
    score = subprocess.run([sys.executable, str(tool), "score", str(corpus), str(out)], capture_output=True, text=True)
    print(
        f"Headline corpus (Emergent train): {n} one-headline articles in {seconds:.1f}s, "
        f"{stats.comparisons} pairs judged"
    )
    for line in score.stdout.splitlines():
        print("  " + line)
    prepared = train_story.load(corpus, emergent)
    oof, table = train_story.validated(prepared)
    _, (p, r, n) = train_story.measure(oof, prepared, table, THRESHOLD)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"  cross-validated by rumour ({train_story.FOLDS} folds over {len(prepared.headlines)} rumours,"
        " each related by a story model and related words learned without it; see bench/train_story.py):"
    )
    print(f"    SCORE precision={p:.3f} recall={r:.3f} f1={f1:.3f} predicted={n}")
    funnel = recall_funnel(docs, json.loads((corpus / "key.json").read_text(encoding="utf-8")))
    total = sum(funnel.values())
    print(f"  recall funnel of the {total} gold disputed pairs (where each is lost):")
    for stage in ("no claim", "not a candidate", "no relation", "other relation", "below threshold", "folded", "found"):
        print(f"    {stage:16s} {funnel[stage]:5d}  {funnel[stage] / total if total else 0:.2f}")


def corroboration_funnel(docs: list) -> collections.Counter:
    """Where the pairs the agreement test finds alike are dropped before they are reported corroborated.

    Each pair the judge calls corroborated (before independence) is counted at the first
    stage it fails: ``copy`` (near-duplicates), ``same article``, ``same source`` (a source in
    common), ``unnamed source`` (a side that names no source: the writer's own line), ``not
    independent`` (one relays the other, one person under two names, a quotation), ``below
    threshold`` (calibrated score under the output threshold), ``reported``.
    """
    items = prepare(docs)
    candidates = candidate_pairs(items)
    funnel: collections.Counter = collections.Counter()
    for i, j in candidates.pairs:
        a, b = items[i], items[j]
        v = judge(a.view, b.view, strict=True, anaphora=(i, j) in candidates.anaphoric)
        if v.relation is not RelationType.CORROBORATED:
            continue
        if a.marks == b.marks and is_copy(a.shingles, b.shingles):
            funnel["copy"] += 1
        elif a.doc == b.doc:
            funnel["same article"] += 1
        elif a.view.sources & b.view.sources:
            funnel["same source"] += 1
        elif not (named(a) and named(b)):
            funnel["unnamed source"] += 1
        elif not independent(a, b):
            funnel["not independent"] += 1
        elif judge_pair(a, b, anaphora=(i, j) in candidates.anaphoric) is None:
            funnel["below threshold"] += 1
        else:
            funnel["reported"] += 1
    return funnel


def judged(data: Path, work: Path, jobs: int, sample: int, seed: int, to_judge: Path | None, funnel: bool) -> None:
    bodies = data / "fnc1-train" / "train_bodies.csv"
    if not bodies.exists() or not (SHARED / "tools" / "judged.py").exists():
        print(f"judged relations: {bodies} or the judged.py tool not found, skipped")
        return
    tool = _tool("judged")
    corpus = work / "fnc1"
    subprocess.run(
        [sys.executable, str(SHARED / "tools" / "judged.py"), "corpus", str(bodies), str(corpus), "100000"],
        check=True,
        capture_output=True,
    )
    out = work / "fnc1.json"
    n, seconds, stats, docs = contested_json(corpus, out, jobs)
    verdicts = {}
    if JUDGED.exists():
        for line in JUDGED.read_text(encoding="utf-8").splitlines():
            if line.strip():
                o = json.loads(line)
                verdicts[o["key"]] = o["verdict"] == "true"
    produced = collections.Counter()
    per_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    # (band, half) -> [right, judged]; half is "fitted" or "held out"
    bands: dict[tuple[float, str], list[int]] = collections.defaultdict(lambda: [0, 0])
    unjudged = []
    seen = set()
    for key, kind, relation in tool.items("contested", str(out)):
        if key in seen:
            continue
        seen.add(key)
        produced[kind] += 1
        if key not in verdicts:
            unjudged.append(key)
            continue
        per_kind[kind][0] += verdicts[key]
        per_kind[kind][1] += 1
        band = max(b for b in BANDS if relation["score"] >= b - 1e-9)
        half = "fitted" if fitted_on(key) else "held out"
        bands[band, half][0] += verdicts[key]
        bands[band, half][1] += 1
    print(f"Judged relations (FNC-1 train bodies): {n} articles in {seconds:.1f}s, {stats.comparisons} pairs judged")
    print("  kind                          produced  judged  right  precision")
    for kind in sorted(produced):
        right, total = per_kind.get(kind, [0, 0])
        p = f"{right / total:.2f}" if total else "-"
        print(f"  {kind:28s}  {produced[kind]:8d}  {total:6d}  {right:5d}  {p:>9}")
    right = sum(v[0] for v in per_kind.values())
    total = sum(v[1] for v in per_kind.values())
    print(f"  all judged: {right}/{total} right; unjudged relations: {len(unjudged)}")
    print("  calibration, right/judged by score band: on the half of the verdicts the scores were fitted on,")
    print("  on the held-out half (bench/calibrate.py), and on all")
    print("    band       fitted         held out       all")

    def share(cells: list[list[int]]) -> str:
        r, t = sum(c[0] for c in cells), sum(c[1] for c in cells)
        return f"{r}/{t}" + (f" = {r / t:.2f}" if t else "")

    halves = ("fitted", "held out")
    for band in BANDS:
        cells = [share([bands[band, h]]) for h in halves] + [share([bands[band, h] for h in halves])]
        print(f"    >= {band:.1f}{' ' if band < 0.9 else '+'}    " + "".join(f"{c:15s}" for c in cells))
    high = {h: [bands[b, h] for b in BANDS if b >= 0.8] for h in halves}
    print(
        f"  score >= 0.8: held out {share(high['held out'])} right (aim: at least 0.90); "
        f"fitted half {share(high['fitted'])}; all {share(high['fitted'] + high['held out'])}"
    )
    if funnel:
        stages = corroboration_funnel(docs)
        print(f"  corroboration funnel: {sum(stages.values())} pairs judged alike, where each is dropped:")
        for stage in (
            "copy",
            "same article",
            "same source",
            "unnamed source",
            "not independent",
            "below threshold",
            "reported",
        ):
            print(f"    {stage:16s} {stages[stage]:6d}")
    if sample and to_judge:
        keys = set(random.Random(seed).sample(unjudged, min(sample, len(unjudged))))
        with open(to_judge, "w", encoding="utf-8") as f:
            for key, kind, relation in tool.items("contested", str(out)):
                if key in keys:
                    keys.discard(key)
                    f.write(
                        json.dumps(
                            {
                                "key": key,
                                "kind": kind,
                                "score": relation["score"],
                                "evidence": relation["evidence"],
                                "a": tool.context(
                                    relation["a"]["doc"], relation["a"]["start"], relation["a"]["end"], 300
                                ),
                                "b": tool.context(
                                    relation["b"]["doc"], relation["b"]["start"], relation["b"]["end"], 300
                                ),
                                "a_sources": relation["a"].get("sources"),
                                "b_sources": relation["b"].get("sources"),
                            },
                            ensure_ascii=False,
                        )
                        + "\n"
                    )
        print(f"  {min(sample, len(unjudged))} unjudged relations (seed {seed}) written to {to_judge} for reading")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--data", type=Path, default=SHARED / "data", help="folder holding emergent-train/ and fnc1-train/"
    )
    parser.add_argument("--only", choices=["headlines", "judged"], default=None)
    parser.add_argument("--jobs", type=int, default=None, help="extraction processes (default: all cores)")
    parser.add_argument("--sample", type=int, default=0, help="write N unjudged relations for reading")
    parser.add_argument("--seed", type=int, default=11, help="seed of the sample (default 11)")
    parser.add_argument("--to-judge", type=Path, default=None, help="where the sample goes (JSON Lines)")
    parser.add_argument(
        "--funnel", action="store_true", help="print where the pairs judged alike are dropped (slow: judges again)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpora and outputs in this folder")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"no benchmark data at {args.data}; skipped (use --data)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        if args.only in (None, "headlines"):
            headlines(args.data, work, args.jobs)
        if args.only in (None, "judged"):
            judged(args.data, work, args.jobs, args.sample, args.seed, args.to_judge, args.funnel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
