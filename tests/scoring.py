"""The gold-matching rules of the shared scorer, for the project's accuracy tests.

A predicted citation matches a gold one in the same document when the sources
are equal (white space and case folded) and the gold item's text is within the
predicted ``raw``; binding is right when the predicted claim holds >= 80 % of
the gold claim's content words and those make >= 60 % of its own.  An
attribution matches when speaker words overlap and the predicted claim holds
>= 60 % of the gold claim's content words.
"""

from __future__ import annotations

import os
import re

WORD = re.compile(r"\w+")
STOP = {"the", "a", "an", "of", "and", "that", "to", "in", "on", "for", "by", "his", "its", "it"}


def words(s: str | None) -> set[str]:
    return {w.lower() for w in WORD.findall(s or "")} - STOP


def squash(s: str | None) -> str:
    return " ".join((s or "").replace("\u00a0", " ").split()).lower()


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def overlap(gold: str, pred: str) -> float:
    g = words(gold)
    return len(g & words(pred)) / len(g) if g else 0.0


def binding_ok(gold: str, pred: str) -> bool:
    g, p = words(gold), words(pred)
    return bool(g and p) and len(g & p) / len(g) >= 0.8 and len(g & p) / len(p) >= 0.6


def evidence(report: dict, kind: str):
    for d in report["documents"]:
        for c in d["claims"]:
            for e in c["evidence"]:
                if e["kind"] == kind:
                    yield os.path.basename(d["path"]), c, e


def score_citations(gold: list[dict], report: dict) -> dict:
    pred = list(evidence(report, "citation"))
    used: set[int] = set()
    tp = dates = bound = 0
    misses = []
    for g in gold:
        hit = next(
            (
                i
                for i, (doc, c, e) in enumerate(pred)
                if i not in used
                and doc == g["doc"]
                and squash(e["source"]) == squash(g["source"])
                and squash(g["text"]) in squash(e["raw"])
            ),
            None,
        )
        if hit is None:
            misses.append(f"missed {g['doc']}: {g['text']}")
            continue
        used.add(hit)
        tp += 1
        _, c, e = pred[hit]
        dates += e["date"] == g["date"]
        bound += binding_ok(g["claim"], c["text"])
        if not binding_ok(g["claim"], c["text"]):
            misses.append(f"binding {g['doc']}: {g['text']} -> {c['text'][:80]!r}")
    misses += [f"spurious {doc}: {e['raw']}" for i, (doc, c, e) in enumerate(pred) if i not in used]
    p, r, f = prf(tp, len(pred), len(gold))
    n = len(gold) or 1
    return {"precision": p, "recall": r, "f1": f, "dates": dates / n, "binding": bound / n, "misses": misses}


def score_attributions(gold: list[dict], report: dict) -> dict:
    # the gold holds reporting cues: beliefs (stance "belief") are a separate kind, scored apart
    pred = [p for p in evidence(report, "attribution") if p[2].get("stance") != "belief"]
    used: set[int] = set()
    tp = 0
    misses = []
    for g in gold:
        gs = words(g["source"])
        hit = next(
            (
                i
                for i, (doc, c, e) in enumerate(pred)
                if i not in used
                and doc == g["doc"]
                and gs & words(f"{e.get('source') or ''} {e.get('speaker') or ''}")
                and overlap(g["claim"], c["text"]) >= 0.6
            ),
            None,
        )
        if hit is None:
            misses.append(f"missed {g['doc']}: {g['source']} {g['cue']}")
        else:
            used.add(hit)
            tp += 1
    misses += [f"spurious {doc}: {e['source']} {e['cue']}" for i, (doc, c, e) in enumerate(pred) if i not in used]
    p, r, f = prf(tp, len(pred), len(gold))
    return {"precision": p, "recall": r, "f1": f, "misses": misses}
