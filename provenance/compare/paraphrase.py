"""Related words: which word keys say the same thing, or tell of one thing, in other words.

The reports of a rumour and its denial are often written in other words ("shut
down" / "end", "held" / "detained", "ISIL" / "ISIS", "boob" / "breast"): the
story similarity (:meth:`provenance.compare.story.StoryIndex.similarity`), which
compares exact word keys, misses that they meet.  This module ships what was
learned from text about which keys are related.

* The relation is learned by ``bench/train_paraphrase.py`` (words that headlines
  of one rumour say in each other's place, in the headlines of several rumours)
  and shipped as a text file, ``provenance/data/paraphrases.tsv``: one pair a
  line, ``key<TAB>key<TAB>similarity``.  No word list is written by hand.
* The keys are those the comparator compares
  (:func:`~provenance.compare.keys.content_keys`), so that a claim's
  :attr:`~provenance.compare.statement.Statement.words` can be looked up as they are.
* The relation is symmetric: a pair holds both ways, with one similarity.
* Loading is cached (:func:`related`): the file is read once per process.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources

__all__ = ["Related", "dumps", "loads", "related"]

#: Key -> {related key: similarity in (0, 1]}; symmetric.
Related = Mapping[str, Mapping[str, float]]

#: The data file, in ``provenance/data``.
FILE = "paraphrases.tsv"


def dumps(pairs: Mapping[tuple[str, str], float]) -> str:
    """The text of the data file for ``pairs`` (``(a, b)`` with ``a < b`` -> similarity), sorted."""
    lines = ["# key\tkey\tsimilarity (related words, symmetric; see bench/train_paraphrase.py)"]
    lines += [f"{a}\t{b}\t{s:.3f}" for (a, b), s in sorted(pairs.items())]
    return "\n".join(lines) + "\n"


def loads(text: str) -> dict[str, dict[str, float]]:
    """Read a file written by :func:`dumps` into a symmetric mapping.

    Raises:
        ValueError: a line without three tab-separated fields, a key paired with itself, a
            similarity that is not a number in (0, 1], or a pair given twice; the message names the line.
    """
    out: dict[str, dict[str, float]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 3 or not fields[0] or not fields[1]:
            raise ValueError(f"line {number} of the related words: expected key<TAB>key<TAB>similarity, got {line!r}")
        a, b, value = fields
        if a == b:
            raise ValueError(f"line {number} of the related words: {a!r} is paired with itself")
        try:
            s = float(value)
        except ValueError:
            raise ValueError(f"line {number} of the related words: similarity {value!r} is not a number") from None
        if not 0.0 < s <= 1.0:
            raise ValueError(f"line {number} of the related words: similarity {s} is not in (0, 1]")
        if b in out.get(a, {}):
            raise ValueError(f"line {number} of the related words: the pair {a!r} / {b!r} is given twice")
        out.setdefault(a, {})[b] = s
        out.setdefault(b, {})[a] = s
    return out


@cache
def related() -> Related:
    """The shipped related words (``provenance/data/paraphrases.tsv``), read once."""
    return loads(resources.files("provenance.data").joinpath(FILE).read_text(encoding="utf-8"))
