"""Learn the related words of :mod:`provenance.compare.paraphrase` from headlines that tell one rumour.

Emergent gives, for each rumour (``claimId``), its claim headline and the
headlines of the articles that report or deny it: they tell one thing in other
words ("Third boob likely a hoax" / "Woman has third breast implanted").  For
two headlines of one rumour, each word that one says and the other does not is
paired with each word that the other says and the one does not.  A pair met in
a single rumour is mostly that rumour's topic; a pair met in the headlines of
at least :data:`MIN_RUMOURS` rumours is a way news writes one thing in other
words.  Its similarity is the number of rumours it is met in over the number of
rumours whose headlines hold the rarer of its two words (how often, when that
word is there, the other stands for it), and pairs from :data:`FLOOR` are kept.

What it is trained on: the Emergent train headlines (claim and article
headlines) of every rumour, for the shipped file.  ``bench/train_story.py``
measures the story model by cross-validation by rumour, and learns the related
words of each fold from the other folds' headlines only (:func:`train` on those
rumours), so that no figure it prints is of a rumour whose headlines taught the
related words.  FNC-1 bodies are not used: PPMI neighbours over the FNC-1
train bodies (windows of 2 and 5 words) were tried, and were mostly words of
the same topic ("doctor" / "stomach"); they moved recall by under 0.01.

The result is deterministic (sorted iteration, no randomness): the same
headlines give the same file.

Usage::

    python bench/train_paraphrase.py [--data DIR] [--write]   # --write replaces provenance/data/paraphrases.tsv
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.compare.keys import content_keys  # noqa: E402
from provenance.compare.paraphrase import FILE, dumps  # noqa: E402

SHARED = ROOT.parent / "shared"
OUT = ROOT / "provenance" / "data" / FILE

#: A pair must be met in the headlines of this many rumours: in one, it is that rumour's topic
#: ("breast" / "hoax"); at 3 too few pairs were left on half of the rumours (102), and the story
#: model lost recall.
MIN_RUMOURS = 2
#: The lowest similarity kept: under it, the rarer word is mostly met without the other.  Chosen on
#: half of the rumours (0.3, 0.5 and 0.7 tried; 0.3 found the most disputes there).
FLOOR = 0.3


def rumour_headlines(emergent: Path) -> dict[str, list[str]]:
    """The headlines (claim and articles) of each rumour of the Emergent split: claim id -> sorted headlines."""
    out: dict[str, set[str]] = {}
    with open(emergent, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.setdefault(r["claimId"], set()).update((r["claimHeadline"], r["articleHeadline"]))
    return {k: sorted(v) for k, v in sorted(out.items())}


def associations(rumours: Mapping[str, Iterable[str]]) -> dict[tuple[str, str], float]:
    """The related pairs ``(a, b)``, ``a < b``, of the headlines of each rumour, with their similarity."""
    met: dict[tuple[str, str], set[str]] = {}
    holding: Counter[str] = Counter()
    for rumour, headlines in sorted(rumours.items()):
        keys = [content_keys(h) for h in headlines]
        holding.update(frozenset().union(*keys))
        for one, other in itertools.combinations(keys, 2):
            for a in one - other:
                for b in other - one:
                    if a != b:
                        met.setdefault((min(a, b), max(a, b)), set()).add(rumour)
    out = {}
    for (a, b), where in met.items():
        s = len(where) / min(holding[a], holding[b])
        if len(where) >= MIN_RUMOURS and s >= FLOOR:
            out[(a, b)] = round(s, 3)
    return out


def train(rumours: Mapping[str, Iterable[str]]) -> str:
    """The data file's text for the related words of the headlines of ``rumours`` (claim id -> headlines)."""
    return dumps(associations(rumours))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data")
    parser.add_argument("--write", action="store_true", help=f"write the related words to provenance/data/{FILE}")
    args = parser.parse_args(argv)
    emergent = args.data / "emergent-train" / "emergent-train.csv"
    if not emergent.exists():
        print(f"no Emergent train split at {emergent}; skipped")
        return 0
    rumours = rumour_headlines(emergent)
    text = train(rumours)
    lines = text.count("\n") - 1
    print(f"  {len(rumours)} rumours; {lines} related pairs, {len(text.encode('utf-8'))} bytes")
    if args.write:
        OUT.write_text(text, encoding="utf-8")
        print(f"  written to {OUT.relative_to(ROOT)}")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
