#!/usr/bin/env python3
"""Attribution accuracy on the seed articles against tests/gold/attributions.jsonl.

The rule is the attributions part of ``shared/tools/score.py``: a predicted
attribution matches a gold one (one to one, greedy, in gold order) when it is
in the same document, the content words of ``source + " " + speaker`` overlap
the gold source's words, and at least 60% of the gold claim's content words
are in the predicted claim text.  As in the product, where the lead binds an
attribution to the sentence its content falls in, the predicted claim text is
the sentence that contains the start of the attribution's content.

Beliefs (stance ``belief``: ``wants``, ``fears``, ``their plan to``) are a separate,
weaker kind than the reporting cues the gold holds: they are counted apart, not scored.

Usage: python bench/attribution_gold.py [-v]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

from provenance.attribution import find_attributions  # noqa: E402
from provenance.segment import sentences  # noqa: E402

WORD = re.compile(r"\w+", re.UNICODE)
STOP = {"the", "a", "an", "of", "and", "that", "to", "in", "on", "for", "by", "his", "its", "it"}


def toks(s: str) -> list[str]:
    return [w.lower() for w in WORD.findall(s or "")]


def content(s: str) -> set[str]:
    return {w for w in toks(s) if w not in STOP}


def overlap(gold_claim: str, pred_claim: str) -> float:
    g = content(gold_claim)
    return len(g & content(pred_claim)) / len(g) if g else 0.0


def predictions(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    spans = sentences(text)
    out = []
    for a in find_attributions(text, spans):
        sentence = next((sp for sp in spans if sp.start <= a.content_start < sp.end), None)
        claim = text[sentence.start : sentence.end] if sentence else text[a.content_start : a.content_end]
        out.append(
            {
                "doc": path.name,
                "source": text[a.start : a.end],
                "speaker": a.speaker,
                "cue": a.cue,
                "claim": claim,
                "content": text[a.content_start : a.content_end],
                "kind": a.source.kind.value,
                "stance": a.stance.value,
                "via": a.via,
            }
        )
    return out


def score(gold: list[dict], pred: list[dict], verbose: bool = False) -> tuple[float, float, float]:
    used: set[int] = set()
    tp = 0
    for g in gold:
        gs = content(g["source"]) or set(toks(g["source"]))
        hit = None
        for i, p in enumerate(pred):
            if i in used or p["doc"] != g["doc"]:
                continue
            said_by = f"{p['source'] or ''} {p['speaker'] or ''}"
            ps = content(said_by) or set(toks(said_by))
            if gs & ps and overlap(g["claim"], p["claim"]) >= 0.6:
                hit = i
                break
        if hit is None:
            if verbose:
                print(f"  missed {g['doc']}: {g['source']!r} {g['cue']!r}")
        else:
            used.add(hit)
            tp += 1
    if verbose:
        for i, p in enumerate(pred):
            if i not in used:
                print(f"  spurious {p['doc']}: {p['source']!r} {p['cue']!r} -> {p['content'][:70]!r}")
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold) if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(
        f"attributions: gold={len(gold)} predicted={len(pred)} matched={tp} "
        f"P={precision:.3f} R={recall:.3f} F1={f1:.3f}"
    )
    return precision, recall, f1


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    with open(ROOT / "tests" / "gold" / "attributions.jsonl", encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    pred = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        pred.extend(predictions(path))
    if "--dump" in argv:
        for p in pred:
            print(json.dumps(p, ensure_ascii=False))
    statements = [p for p in pred if p["stance"] != "belief"]
    score(gold, statements, verbose)
    print(f"beliefs (stance belief, a separate kind the gold leaves out): {len(pred) - len(statements)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
