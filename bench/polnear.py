#!/usr/bin/env python3
"""Attribution accuracy on the PolNeAR development split.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates attributions in
political news: a Source, a Cue and a Content span tied together by an event
line, in BRAT standoff files ``attributions/<article>_<annotator>.ann`` next to
``text/<article>.txt``.  Where an article has several annotators, the first
annotation file in sorted order is used.

For every article, :func:`provenance.attribution.find_attributions` runs over
the sentences of the whole text.  A predicted attribution matches a gold one
when its source span overlaps the gold source span and its content span covers
at least half of the gold content's words; matching is one to one, greedy,
best coverage first.  An annotation whose source and cue are swapped (the verb
marked as source, the name as cue) is read with them put back (:func:`unswap`).
Printed: precision, recall and F1 of the statements (the
attributions whose stance is not ``belief``), then with beliefs counted too (a
separate, weaker kind: ``wants``, ``fears``, ``their plan to``), then per part the
precision and recall of source spans and cue spans (a span counts when it
overlaps one on the other side), then precision, recall and F1 per
construction family.

The family of an attribution, gold or predicted, comes from the shape of its
cue and source (:func:`family`): ``according to``; a colon or dash; a document
or data noun as source (``polls show``); a stance predicate of
``data/stance_predicates.txt`` with one of its link words (``has been critical
of``, ``a staunch opponent of``); else the last word of the cue that is
a verb of the cue lexicon decides between a belief or intention (``wants``),
a passive (``is reported``), a verb whose content is its object
(``condemned the strike``) and any other reporting verb; a cue with no verb of
the lexicon but a verb of the communicative acts (``attacked``, ``laid out``,
``is doubling down on``) is a communicative act; any other cue is a noun cue or
other.  Recall of a family counts its gold attributions, precision its predicted ones; since the lexicon decides the
family, a verb added to it moves its gold attributions to that verb's family.

``--sentence-content`` measures with ``span_quotations=False``
 (content kept inside the cue's sentence): PolNeAR's content of
``"A. B," she said. "C."`` is the whole quotation, which that covers only in part.

Usage: python bench/polnear.py [--data DIR] [--sentence-content] [--verbose N [--family NAME]]

Exits 0 with a message when the data directory is absent.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from provenance import extract  # noqa: E402
from provenance.attribution import Lexicon, find_attributions, lexicon  # noqa: E402
from provenance.attribution.stance import predicates  # noqa: E402
from provenance.model import Stance  # noqa: E402
from provenance.segment import sentences  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear-dev"
WORD = re.compile(r"\w+")
ANNOTATOR = re.compile(r"_[^_]*\.ann$")


@dataclass
class Gold:
    source: list = field(default_factory=list)
    cue: list = field(default_factory=list)
    content: list = field(default_factory=list)


def unswap(text: str, g: Gold, lex: Lexicon) -> Gold:
    """The annotation with source and cue put back when the annotator swapped them.

    In an inverted report (``…, said David Plouffe``) a few annotations mark the
    verb as the source and the name as the cue; a source made only of words of
    the cue lexicon with a cue that holds none is such a swap.
    """
    source = [w.lower() for s, e in g.source for w in WORD.findall(text, s, e)]
    cue = [w.lower() for s, e in g.cue for w in WORD.findall(text, s, e)]
    cue_words = lex.verbs.keys() | {"according", "to"}
    if source and cue and all(w in cue_words for w in source) and not any(w in cue_words for w in cue):
        return Gold(source=g.cue, cue=g.source, content=g.content)
    return g


def parse_ann(path: Path) -> list[Gold]:
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("T"):
            tid, info, _text = line.split("\t", 2)
            kind, offsets = info.split(" ", 1)
            spans[tid] = (kind, [tuple(map(int, part.split())) for part in offsets.split(";")])
        elif line.startswith("E"):
            events.append(dict(part.split(":", 1) for part in line.split("\t")[1].split()))
    out = []
    for event in events:
        g = Gold()
        for role, attr in (("Source", "source"), ("Cue", "cue"), ("Content", "content")):
            if role in event and event[role] in spans:
                setattr(g, attr, spans[event[role]][1])
        out.append(g)
    return out


def overlaps(a: tuple[int, int], fragments: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in fragments)


def coverage(text: str, content: tuple[int, int], fragments: list[tuple[int, int]]) -> float:
    words = [m.span() for s, e in fragments for m in WORD.finditer(text, s, e)]
    if not words:
        return 0.0
    inside = sum(1 for s, e in words if content[0] <= s and e <= content[1])
    return inside / len(words)


def fragments(text: str, spans: list[tuple[int, int]]) -> str:
    return " … ".join(text[s:e] for s, e in spans)[:80]


def articles(data: Path) -> list[tuple[Path, Path]]:
    chosen: dict[str, Path] = {}
    for ann in sorted((data / "attributions").glob("*.ann")):
        chosen.setdefault(ANNOTATOR.sub("", ann.name), ann)
    return [(data / "text" / f"{stem}.txt", ann) for stem, ann in sorted(chosen.items())]


BE_FORMS = frozenset("is are was were be been being am 's".split())
#: The families whose misses with a found cue the bench counts (the largest two).
BOUNDARY_FAMILIES = frozenset(("reporting verb", "object content"))
FAMILIES = (
    "reporting verb",
    "object content",
    "communicative act",
    "passive",
    "belief or intention",
    "stance",
    "document or data",
    "according to",
    "colon or dash",
    "noun cue and other",
)


def family(text: str, source: list[tuple[int, int]], cue: list[tuple[int, int]], lex: Lexicon) -> str:
    """The construction family of an attribution with these source and cue spans."""
    words = [w.lower().replace("’", "'") for s, e in cue for w in WORD.findall(text, s, e)]
    if not words:
        return "colon or dash"
    if words[:2] == ["according", "to"]:
        return "according to"
    source_words = [w.lower().replace("’", "'") for s, e in source for w in WORD.findall(text, s, e)]
    if source_words and source_words[-1].removesuffix("'s") in lex.documents:
        return "document or data"
    if _stance(words):
        return "stance"
    verbs = [k for k, w in enumerate(words) if w in lex.verbs]
    if not verbs:
        return "communicative act" if any(w in lex.acts for w in words) else "noun cue and other"
    verb = lex.verbs[words[verbs[-1]]]
    if "belief" in verb.flags:
        return "belief or intention"
    if any(w in BE_FORMS for w in words[: verbs[-1]]) and words[verbs[-1]] in lex.past:
        return "passive"
    if "content" in verb.flags:
        return "object content"
    return "reporting verb"


def _stance(words: list[str]) -> bool:
    """Does the cue hold a stance predicate followed by one of its link words ("has been critical of")?"""
    table = predicates()
    for k, w in enumerate(words):
        for entry in table.get(w, ()):
            n = len(entry.words)
            if words[k : k + n] == list(entry.words) and k + n < len(words) and words[k + n] in entry.links:
                return True
    return False


def match(text: str, gold: list[Gold], pred: list) -> tuple[set[int], set[int]]:
    """Matched gold and predicted indexes: one to one, greedy, best content coverage first."""
    candidates = []
    for gi, g in enumerate(gold):
        if not g.source or not g.content:
            continue
        for pi, a in enumerate(pred):
            if not overlaps((a.start, a.end), g.source):
                continue
            c = coverage(text, (a.content_start, a.content_end), g.content)
            if c >= 0.5:
                candidates.append((-c, gi, pi))
    candidates.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _c, gi, pi in candidates:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
    return used_g, used_p


def boundary_miss(text: str, g: Gold, pred: list) -> str | None:
    """Why a missed gold attribution failed when a prediction has its cue: ``source`` (the source
    span misses the gold's), ``content`` (it covers under half of the gold content's words) or
    ``both``; None when no prediction has its cue (a miss of the cue itself)."""
    found = [a for a in pred if overlaps((a.cue_start, a.cue_end), g.cue)]
    if not found or not g.source:
        return None
    a = found[0]
    source_ok = overlaps((a.start, a.end), g.source)
    content_ok = coverage(text, (a.content_start, a.content_end), g.content) >= 0.5
    return "source" if content_ok else "content" if source_ok else "both"


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the polnear-dev directory")
    parser.add_argument("--verbose", type=int, default=0, metavar="N", help="print N misses and N spurious predictions")
    parser.add_argument(
        "--family",
        choices=FAMILIES,
        metavar="NAME",
        help="with --verbose, print only the misses and spurious predictions of this construction family",
    )
    parser.add_argument(
        "--pipeline",
        action="store_true",
        help="take the attributions of the whole pipeline (layout lines left out, articles split)",
    )
    parser.add_argument(
        "--sentence-content",
        action="store_true",
        help="keep content inside the cue's sentence (span_quotations=False)",
    )
    args = parser.parse_args(argv)
    if not (args.data / "text").is_dir() or not (args.data / "attributions").is_dir():
        print(f"PolNeAR data not found at {args.data}; skipping.")
        return 0
    lex = lexicon()
    n_gold = n_pred = tp = 0
    n_statements = tp_statements = 0
    by_family = {f: [0, 0, 0, 0] for f in FAMILIES}  # matched gold, gold, matched predicted, predicted
    src_pred_ok = src_pred = src_gold_ok = src_gold = 0
    cue_pred_ok = cue_pred = cue_gold_ok = cue_gold = 0
    no_source = 0
    misses: list[str] = []
    spurious: list[str] = []
    boundaries: dict[str, list[str]] = {"source": [], "content": [], "both": []}
    pairs = articles(args.data)
    for text_path, ann_path in pairs:
        text = text_path.read_text(encoding="utf-8")
        gold = [unswap(text, g, lex) for g in parse_ann(ann_path)]
        if args.pipeline:
            pred = list(dict.fromkeys(a for c in extract(text).claims for a in c.attributions))
        else:
            pred = list(find_attributions(text, sentences(text), span_quotations=not args.sentence_content))
        n_gold += len(gold)
        n_pred += len(pred)
        no_source += sum(1 for g in gold if not g.source)
        used_g, used_p = match(text, gold, pred)
        tp += len(used_g)
        statements = [a for a in pred if a.stance is not Stance.BELIEF]
        n_statements += len(statements)
        statement_match = match(text, gold, statements)[0]
        tp_statements += len(statement_match)
        for gi, g in enumerate(gold):
            row = by_family[family(text, g.source, g.cue, lex)]
            row[0] += gi in used_g
            row[1] += 1
        for pi, a in enumerate(pred):
            row = by_family[family(text, [(a.start, a.end)], [(a.cue_start, a.cue_end)], lex)]
            row[2] += pi in used_p
            row[3] += 1
        gold_sources = [g.source for g in gold if g.source]
        gold_cues = [g.cue for g in gold if g.cue]
        src_pred += len(pred)
        src_pred_ok += sum(1 for a in pred if any(overlaps((a.start, a.end), s) for s in gold_sources))
        src_gold += len(gold_sources)
        src_gold_ok += sum(1 for s in gold_sources if any(overlaps((a.start, a.end), s) for a in pred))
        cue_pred += len(pred)
        cue_pred_ok += sum(1 for a in pred if any(overlaps((a.cue_start, a.cue_end), c) for c in gold_cues))
        cue_gold += len(gold_cues)
        cue_gold_ok += sum(1 for c in gold_cues if any(overlaps((a.cue_start, a.cue_end), c) for a in pred))
        for gi, g in enumerate(gold):
            if gi in statement_match or not g.cue or family(text, g.source, g.cue, lex) not in BOUNDARY_FAMILIES:
                continue
            why = boundary_miss(text, g, statements)
            if why is not None:
                source, cue, content = (fragments(text, spans) for spans in (g.source, g.cue, g.content))
                boundaries[why].append(f"{text_path.stem[:30]}: {source!r} {cue!r} -> {content!r}")
        if args.verbose:
            for gi, g in enumerate(gold):
                if gi not in used_g and g.cue and args.family in (None, family(text, g.source, g.cue, lex)):
                    source, cue, content = (fragments(text, spans) for spans in (g.source, g.cue, g.content))
                    misses.append(f"{text_path.stem[:30]}: {source!r} {cue!r} -> {content!r}")
            for pi, a in enumerate(pred):
                spans = [(a.start, a.end)], [(a.cue_start, a.cue_end)]
                if pi not in used_p and args.family in (None, family(text, *spans, lex)):
                    content = text[a.content_start : a.content_end][:80]
                    spurious.append(f"{text_path.stem[:30]}: {text[a.start : a.end]!r} {a.cue!r} -> {content!r}")
    if args.verbose:
        print("misses with their cue found (reporting verb and object content; the span that failed):")
        for why, rows in boundaries.items():
            for m in rows[: args.verbose]:
                print(f"  [{why}] {m}")
        print("misses:")
        for m in misses[: args.verbose]:
            print("  " + m)
        print("spurious:")
        for s in spurious[: args.verbose]:
            print("  " + s)
    p, r, f = prf(tp, n_pred, n_gold)
    mode = "content within its sentence" if args.sentence_content else "content over whole quotations"
    print(
        f"PolNeAR dev ({mode}): {len(pairs)} articles, gold={n_gold} (without a source: {no_source}) "
        f"predicted={n_statements} matched={tp_statements} (with beliefs {n_pred}, {tp})"
    )
    sp_, sr_, sf_ = prf(tp_statements, n_statements, n_gold)
    print(f"attributions: P={sp_:.3f} R={sr_:.3f} F1={sf_:.3f}")
    print(f"with beliefs (stance belief, a separate kind): P={p:.3f} R={r:.3f} F1={f:.3f}")
    n_beliefs, tp_beliefs = n_pred - n_statements, tp - tp_statements
    bp = tp_beliefs / n_beliefs if n_beliefs else 0.0
    print(f"beliefs (what they add): predicted={n_beliefs} matched={tp_beliefs} P={bp:.3f}")
    # The extractor reports no attribution without a source ("It is estimated that ..." is a hedge,
    # not a report); PolNeAR annotates such content with no source span, which no prediction can match.
    sourced = n_gold - no_source
    print(f"statements against the gold with a source ({sourced}): R={tp_statements / sourced if sourced else 0.0:.3f}")
    sp, sr = (src_pred_ok / src_pred if src_pred else 0.0), (src_gold_ok / src_gold if src_gold else 0.0)
    cp, cr = (cue_pred_ok / cue_pred if cue_pred else 0.0), (cue_gold_ok / cue_gold if cue_gold else 0.0)
    counts = ", ".join(f"{why} {len(rows)}" for why, rows in boundaries.items())
    print(f"reporting verb and object content misses whose cue was found, by the span that failed: {counts}")
    print(f"source spans: P={sp:.3f} R={sr:.3f}")
    print(f"cue spans: P={cp:.3f} R={cr:.3f}")
    print("by construction family:")
    for name, (g_ok, g_all, p_ok, p_all) in by_family.items():
        fp, fr = (p_ok / p_all if p_all else 0.0), (g_ok / g_all if g_all else 0.0)
        ff = 2 * fp * fr / (fp + fr) if fp + fr else 0.0
        print(f"  {name:<20} gold={g_all:<4} predicted={p_all:<4} P={fp:.3f} R={fr:.3f} F1={ff:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
