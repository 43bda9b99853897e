"""What a score means: the share of relations of its class that a reader judged right.

The judges of :mod:`provenance.compare` score a relation by its kind and by the
evidence that triggered it (the *raw* score: a denial restating most of a report,
a denial pointing back to "those reports", a contradiction, a count mismatch).
Calibration replaces the raw score by what reading showed: relations are sorted
into classes, and a class's score is the share of its relations a reader judged
right in ``bench/judged_relations.jsonl`` (contested and corroborated relations
over real news articles, read one by one).  So a score of 0.9 means "right about
9 times in 10 on the judged sample", and ``--min-score 0.8`` keeps what is right
at least 4 times in 5.

A class is the relation's kind, its raw score (which names the evidence), and
whether the two claims name a subject in common (a denial that restates a claim
about the same named person or body is right far more often than one that only
shares wording).  The table is data (``provenance/data/calibration.tsv``) written
by ``bench/calibrate.py`` from the verdicts, never edited by hand.  It is fitted on
half of the verdicts (:func:`fitted_on`, a fixed split by the relation's key); the
other half is held out, and ``bench/contested.py`` prints how often the relations
of that half scored 0.8 or more are right, next to the figure on the fitted half.

The score of a class is its judged share with the raw score as a prior worth
:data:`PRIOR_WEIGHT` verdicts, so that a class read a few times moves towards
what reading showed, not all the way.  A class read fewer than
:data:`MIN_JUDGED` times borrows the counts of its kind with the same subject
feature (all raw scores together); when those are too few as well, the raw
score stands.

>>> table = Calibration.from_rows([("denial", "0.85", "yes", "18", "20"), ("denial", "0.8", "no", "1", "4")])
>>> table.score(Kind.DENIAL, 0.85, subject=True)  # (18 + 4 * 0.85) / (20 + 4)
0.892
>>> table.score(Kind.DENIAL, 0.7, subject=False)  # 4 judged: too few, the raw score stands
0.7
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import attrs

from provenance import lexicon
from provenance.model import Kind

__all__ = ["MIN_JUDGED", "PRIOR_WEIGHT", "Calibration", "RelationClass", "calibration", "fitted_on"]

#: Fewest verdicts a class needs to be calibrated on its own (else its kind's counts are used).
MIN_JUDGED = 5
#: How many verdicts the raw score counts as (a Beta prior centred on it): a class judged
#: a few times moves from its raw score towards what reading showed, not all the way.
PRIOR_WEIGHT = 4
#: The shipped table.
TABLE = "calibration.tsv"


@attrs.frozen
class RelationClass:
    """The class of a relation: what calibration tells apart."""

    kind: Kind
    """The relation's kind: denial, contradiction, quantity, agreement."""
    raw: float
    """The judge's score, which names the evidence ("restated, report" 0.85, "anaphoric" 0.7, ...)."""
    subject: bool
    """Whether the two claims name a subject in common."""

    @property
    def key(self) -> tuple[str, float, bool]:
        return (self.kind.value, round(self.raw, 3), self.subject)


@attrs.frozen
class Calibration:
    """Judged counts by relation class, and the calibrated score they give."""

    counts: dict[tuple[str, float, bool], tuple[int, int]] = attrs.field(factory=dict)
    """Class key -> (judged right, judged)."""

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, ...]]) -> Calibration:
        """A table from rows ``kind, raw score, subject (yes/no), right, judged``."""
        counts = {}
        for kind, raw, subject, right, judged in rows:
            counts[(Kind(kind).value, round(float(raw), 3), subject == "yes")] = (int(right), int(judged))
        return cls(counts)

    def score(self, kind: Kind, raw: float, *, subject: bool) -> float:
        """The calibrated score of a relation of this class (see the module doc)."""
        right, judged = self.counts.get(RelationClass(kind, raw, subject).key, (0, 0))
        if judged < MIN_JUDGED:
            pooled = [v for (k, _, s), v in self.counts.items() if k == kind.value and s == subject]
            right, judged = sum(v[0] for v in pooled), sum(v[1] for v in pooled)
        if judged < MIN_JUDGED:
            return raw
        return round((right + PRIOR_WEIGHT * raw) / (judged + PRIOR_WEIGHT), 3)

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        """The table as rows, sorted (for writing :data:`TABLE`)."""
        return [
            (kind, f"{raw:g}", "yes" if subject else "no", str(right), str(judged))
            for (kind, raw, subject), (right, judged) in sorted(self.counts.items())
        ]


def fitted_on(key: str) -> bool:
    """Is the verdict of the relation with this key (``bench/judged_relations.jsonl``) one the table is fitted on?

    The verdicts are split once and for all in two halves by the parity of
    their key, which is a hash of the relation (its kind and its two sides):
    the table is fitted on one half, and ``bench/contested.py`` measures it on
    the other, so that "right 9 times in 10" is measured on relations the
    scores were not fitted on.

    >>> fitted_on("8650e74dc56c4b81"), fitted_on("8650e74dc56c4b82")
    (False, True)
    """
    return int(key, 16) % 2 == 0


@functools.cache
def calibration() -> Calibration:
    """The shipped table (``provenance/data/calibration.tsv``)."""
    return Calibration.from_rows(lexicon.rows(TABLE))
