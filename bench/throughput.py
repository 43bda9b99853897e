"""Extraction throughput on real news text, beside peers that do less work.

Text: the 1,683 FNC-1 article bodies (about 3.7 MB; see ``_fnc1.py``).
Measured in one process, one core each, on the same text:

* **provenance** — full extraction (:func:`provenance.extract`: layout,
  sentences, citations, attributions, claims);
* **blingfire** — sentence splitting only (``blingfire.text_to_sentences``);
* **spaCy** — a blank English pipeline with the rule-based ``sentencizer``;
* **pysbd** — rule-based sentence boundaries, on the first ``--pysbd-limit``
  bodies only (it is slow), its rate scaled as MB/s like the others.

Each is timed after a warm-up call (imports, pattern compilation and model
set-up are not counted), best of ``--repeat`` runs.  Printed: MB/s (UTF-8
bytes) for each, and provenance's ratio to each peer; then three stages of
provenance's extraction measured alone (its sentence splitter, the tokens that
attribution analysis needs for every sentence, and the bare token pattern),
which bound what any rework around them can reach.  The floor for this
project: at least 0.25x blingfire and faster than spaCy's sentencizer; the aim
is 0.5x blingfire.  These are printed figures, never a timed test.

A missing peer (``pip install -e .[bench]``) is skipped with a message; so
is the whole benchmark when the data is absent.

Usage::

    python bench/throughput.py [--data DIR] [--repeat N] [--pysbd-limit N] [--jobs N] [--profile N]

``--jobs N`` also measures provenance on N processes (files in a temporary
directory, through ``extract_paths(jobs=N)``); ``--profile N`` prints a
cProfile of provenance's extraction of the first N bodies, by function and by
module.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from _fnc1 import DEFAULT_DATA, load_bodies, megabytes, write_bodies

import provenance
from provenance.pipeline import extract_paths

FLOOR_BLINGFIRE = 0.25
AIM_BLINGFIRE = 0.5


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Shortest wall time of ``repeat`` runs of ``work``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def provenance_runner(texts: list[str]) -> Callable[[], object]:
    provenance.extract(texts[0], path="warm-up.txt")
    return lambda: [provenance.extract(t, path=f"fnc1-{n}.txt") for n, t in enumerate(texts)]


def blingfire_runner(texts: list[str]) -> Callable[[], object] | None:
    try:
        import blingfire
    except ImportError:
        return None
    blingfire.text_to_sentences(texts[0])
    return lambda: [blingfire.text_to_sentences(t) for t in texts]


def spacy_runner(texts: list[str]) -> Callable[[], object] | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp(texts[0])
    return lambda: [[s.text for s in doc.sents] for doc in nlp.pipe(texts)]


def pysbd_runner(texts: list[str]) -> Callable[[], object] | None:
    if not texts:  # --pysbd-limit 0: leave the peer out
        return None
    try:
        import pysbd
    except ImportError:
        return None
    segmenter = pysbd.Segmenter(language="en", clean=False)
    segmenter.segment(texts[0])
    return lambda: [segmenter.segment(t) for t in texts]


def articles(texts: list[str]) -> list[tuple[str, list]]:
    """``(text, sentence spans)`` for every article of ``texts``, as extraction finds them."""
    from provenance import document, segment

    return [(t, segment.sentences(t, a.body_start, a.end)) for t in texts for a in document.layout(t).articles]


def stage_runners(texts: list[str], parts: list[tuple[str, list]]) -> list[tuple[str, Callable[[], object]]]:
    """Parts of provenance's extraction, each alone on the same text (``parts``:
    its articles, from :func:`articles`).

    They bound what any rework of the pipeline around them can reach:
    ``sentences`` does the peers' job (layout and sentence splitting only);
    ``tokens`` is the tokenisation that attribution analysis needs for every
    sentence before it looks at a single word; ``token pattern`` is the bare
    regular-expression scan inside it, with no Python work per token.
    """
    from provenance import tokens

    return [
        ("sentences (layout + splitter)", lambda: articles(texts)),
        (
            "tokens of every sentence",
            lambda: [tokens.tokenize(t, sp.start, sp.end) for t, ss in parts for sp in ss],
        ),
        (
            "token pattern alone (findall)",
            lambda: [tokens.TOKEN.findall(t, sp.start, sp.end) for t, ss in parts for sp in ss],
        ),
    ]


def print_bound(
    texts: list[str],
    parts: list[tuple[str, list]],
    full: float,
    repeat: int,
    blingfire: float | None,
    spacy: float | None,
) -> None:
    """The most that skipping sentences without a reporting cue could give.

    Attribution analysis runs over every sentence, because who spoke last and
    which names came before (for "he said", "Brandt said") build up over all of
    them.  Suppose it cost nothing on the sentences where it finds no cue:
    full extraction (``full`` seconds, as measured above) would then take the
    time of everything but attribution, plus attribution on the cue sentences
    alone.  That bound is printed; it is not reachable (the speaker state would
    still have to be built).  A sentence counts as cued when its own drafts,
    read alone (no quotation or paragraph carried in), hold a cue.
    """
    from provenance import attribution
    from provenance.attribution.constructions import sentence_drafts
    from provenance.attribution.sentence import Sentence
    from provenance.sources import default_registry

    lex, registry = attribution.lexicon(), default_registry()

    def cued(text: str, sp) -> bool:
        sentence = Sentence.build(text, sp, registry)
        sentence.mark_quotations(False)
        return bool(sentence_drafts(sentence, lex, registry))

    with_cue = [(t, [sp for sp in ss if cued(t, sp)]) for t, ss in parts]
    all_seconds = best_of(repeat, lambda: [attribution.find_attributions(t, ss) for t, ss in parts])
    cue_seconds = best_of(repeat, lambda: [attribution.find_attributions(t, ss) for t, ss in with_cue])
    n_all, n_cued = sum(len(ss) for _, ss in parts), sum(len(ss) for _, ss in with_cue)
    rate = megabytes(texts) / (full - all_seconds + cue_seconds)
    print(
        f"\nAttribution takes {all_seconds:.2f} s of {full:.2f} s; {n_cued} of {n_all} sentences have a cue "
        f"({cue_seconds:.2f} s alone)."
    )
    print(f"Bound if cue-less sentences cost nothing: {rate:.2f} MB/s{versus(rate, blingfire, spacy)}")


def versus(rate: float, blingfire: float | None, spacy: float | None) -> str:
    """``rate`` as ratios to the peers that ran."""
    ratios = ([f"{rate / blingfire:.3f}x blingfire"] if blingfire else []) + (
        [f"{rate / spacy:.2f}x spaCy"] if spacy else []
    )
    return f"  ({', '.join(ratios)})" if ratios else ""


def profile(texts: list[str], limit: int) -> None:
    """Where extraction spends its time: top functions, and own time by module."""
    texts = texts[:limit]
    provenance.extract(texts[0], path="warm-up.txt")
    profiler = cProfile.Profile()
    profiler.enable()
    for n, t in enumerate(texts):
        provenance.extract(t, path=f"fnc1-{n}.txt")
    profiler.disable()
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(f"\nProfile of provenance.extract on {len(texts)} bodies ({total:.2f} s under cProfile)")
    by_module: dict[str, float] = collections.Counter()
    for (filename, _, _), (_, _, tottime, _, _) in stats.stats.items():
        name = (
            Path(filename).name
            if "provenance" in filename
            else ("regex (C matching)" if filename == "~" else Path(filename).name)
        )
        by_module[name] += tottime
    print("own time by file:")
    for name, seconds in sorted(by_module.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {name:<28} {seconds:6.2f} s  {seconds / total:5.1%}")
    print("cumulative, top provenance functions:")
    rows = [
        (cum, f"{Path(f).name}:{line} {func}")
        for (f, line, func), (_, _, _, cum, _) in stats.stats.items()
        if "/provenance/" in f
    ]
    for cum, where in sorted(rows, reverse=True)[:15]:
        print(f"  {cum:6.2f} s  {cum / total:5.1%}  {where}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data directory")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, best counts [3]")
    parser.add_argument("--pysbd-limit", type=int, default=200, help="bodies given to pysbd [200]")
    parser.add_argument("--jobs", type=int, default=None, help="also measure provenance on N processes")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="profile extraction of N bodies")
    args = parser.parse_args()

    bodies = load_bodies(args.data)
    if bodies is None:
        return 0
    texts = [t for _, t in bodies]
    size = megabytes(texts)
    print(f"FNC-1 train bodies: {len(texts)} articles, {size:.2f} MB; best of {args.repeat} runs, one core each\n")

    figures: dict[str, float] = {}
    peers = [
        ("provenance (full extraction)", provenance_runner, texts),
        ("blingfire text_to_sentences", blingfire_runner, texts),
        ("spaCy blank('en') + sentencizer", spacy_runner, texts),
        (f"pysbd (first {min(args.pysbd_limit, len(texts))} bodies)", pysbd_runner, texts[: args.pysbd_limit]),
    ]
    for name, make, sample in peers:
        runner = make(sample)
        if runner is None:
            print(f"{name:<36} skipped: not installed (pip install -e .[bench])")
            continue
        seconds = best_of(args.repeat, runner)
        if name.startswith("provenance"):
            full_seconds = seconds
        figures[name] = megabytes(sample) / seconds
        print(f"{name:<36} {figures[name]:8.2f} MB/s  ({seconds:.2f} s for {megabytes(sample):.2f} MB)")

    ours = figures["provenance (full extraction)"]
    print()
    for name, rate in figures.items():
        if not name.startswith("provenance"):
            print(f"provenance / {name:<36} {ours / rate:6.3f}x")
    blingfire = next((r for n, r in figures.items() if n.startswith("blingfire")), None)
    spacy = next((r for n, r in figures.items() if n.startswith("spaCy")), None)
    if blingfire:
        verdict = "met" if ours >= FLOOR_BLINGFIRE * blingfire else "NOT met"
        print(f"floor >= {FLOOR_BLINGFIRE}x blingfire: {verdict} ({ours / blingfire:.3f}x; aim {AIM_BLINGFIRE}x)")
    if spacy:
        print(f"floor faster than spaCy's sentencizer: {'met' if ours > spacy else 'NOT met'} ({ours / spacy:.2f}x)")

    print("\nStages of provenance's extraction, each alone (same text, one core):")
    parts = articles(texts)
    for name, runner in stage_runners(texts, parts):
        runner()  # warm-up
        rate = size / best_of(args.repeat, runner)
        print(f"  {name:<34} {rate:8.2f} MB/s{versus(rate, blingfire, spacy)}")

    print_bound(texts, parts, full_seconds, args.repeat, blingfire, spacy)

    if args.jobs:
        with tempfile.TemporaryDirectory(prefix="provenance-throughput-") as tmp:
            write_bodies(bodies, Path(tmp))
            start = time.perf_counter()
            n = sum(1 for _ in extract_paths([tmp], jobs=args.jobs))
            seconds = time.perf_counter() - start
        print(
            f"\nprovenance extract_paths(jobs={args.jobs}) on {n} files: {size / seconds:.2f} MB/s "
            f"({seconds:.2f} s; {os.cpu_count()} cores)"
        )

    if args.profile:
        profile(texts, args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
