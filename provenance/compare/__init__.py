"""Relations between claims: denials, contradictions, mismatched numbers, agreement.

Two levels share one set of tests:

* :func:`relate` judges a pair of statements given as plain strings: is ``b``
  *contested* with ``a`` (it denies it, contradicts it, or gives an
  incompatible number), *corroborated* (it says the same), *neutral* (it is
  about the same thing but only reports it, hedged or attributed without
  endorsement, or as a question), or *unrelated*.
* :func:`compare_documents` finds the contested and corroborated pairs among the claims
  of many documents, with their sources, dates and spans.

The tests, in the order they are tried on a pair (the first that fires wins):

1. **denial** — one side carries a denial cue (``denied``, ``refuted``,
   ``hoax``, ``not true``; or an attribution whose stance is
   :attr:`~provenance.model.Stance.DENY`) and its object is the other side:
   an earlier report named anaphorically (``denied those reports`` — in
   :func:`compare_documents`, only the nearest earlier claim of the same article that
   shares a name) or a restatement of it (``denied that he had fled``).
   Weak verbs (``rejected``, ``dismissed``) deny only a report or a
   that-clause; a negated verdict (``not fake``) confirms instead.
2. **contradiction** — incompatible predicates of the same subject, none of
   them modal: a location conflict (``fled Calder`` / ``in the Calder``;
   ``arrived in Norland`` / ``still in the city``), antonyms (killed /
   alive, captured / released), or one predicate asserted and denied
   (``was arrested`` / ``was not arrested``).  :func:`relate` also counts a
   negation in one text whose scope repeats the other's words.
3. **quantity** — the same event and counted noun with counts whose ranges do
   not overlap: ``killed 140 miners`` / ``killed dozens of miners``
   (dozens is 24–99); ``385`` and ``about 400`` agree.
4. **agreement** — the same statement (shared names, much shared wording or
   the same predicate of the same subject) from independent sources.

**Blocking.** :func:`compare_documents` never scores all pairs.  It indexes claims by
blocking keys — canonical entity keys (surnames and acronyms merged with full
names by :class:`~provenance.features.AliasTable`) and counted things
(``killed/miner``) — skips *stop-keys* shared by more than ``max_block``
claims (``River Guard`` in a corpus about Calder), and scores only pairs that
share a block, plus each anaphoric denial with the few claims before it.  The
cost grows with the number of claims sharing a name, not with the square of
all claims; :class:`Stats` counts the comparisons made.

**Distributing.** :func:`compare_documents` is :func:`prepare` (one
:class:`PreparedClaim` per claim, with the alias table of the corpus), then
:func:`blocking_keys` of each claim, :func:`block_pairs` over the key index
(stop-keys dropped) plus :func:`anaphoric_pairs`, then :func:`judge_pair` on
each candidate pair: a pure function of two prepared claims.  The same steps
map onto a distributed engine (a bag of claims, a group-by on keys, a map of
the judge over pairs).

**Modules.** :mod:`~provenance.compare.statement` (what the tests know of a
statement), :mod:`~provenance.compare.prepare`,
:mod:`~provenance.compare.blocking`, one module per relation kind
(:mod:`~provenance.compare.denial`, :mod:`~provenance.compare.contradiction`,
:mod:`~provenance.compare.quantity`, :mod:`~provenance.compare.agreement`),
:mod:`~provenance.compare.judge` (the order of the tests, :func:`relate`,
:func:`judge_pair`), :mod:`~provenance.compare.calibration` (what a score means:
the share of relations of its class a reader judged right) and
:mod:`~provenance.compare.documents`.

**Time.** A claim's date is its first citation's date, else its document's
published date.  Claims more than ``max_days`` (30) apart are not reported as
contradictions or quantity mismatches: facts change (someone fled later, the
death toll rose), and a later account is not a denial of an earlier one.
Explicit denials and agreement are kept whatever the dates.

**Sources.** A relation needs two sides with different sources: claims of one
article with the same sources (or both unsourced, i.e. the author's) are not
contested with each other, and agreement needs independent sources — two
outlets, not one outlet twice, nor a claim and its restatement in the same
sentence.  A claim that cites two independent sources at once (``(AFP,
March 5; Harbour Times, March 13)``) is corroborated by itself.
"""

from provenance.compare.blocking import Candidates, Stats, anaphoric_pairs, block_pairs, blocking_keys, candidate_pairs
from provenance.compare.documents import compare_documents
from provenance.compare.judge import judge_pair, relate
from provenance.compare.prepare import PreparedClaim, prepare
from provenance.model import Kind, Relation, RelationType, Side

#: The score from which a relation is confident enough to be a finding.  Scores are
#: calibrated to the share of such relations a reader judged right on real articles
#: (:mod:`provenance.compare.calibration`); the classes scored this high were right at
#: least 9 times in 10 together: the lint's contested-claim rule (PV201) reports
#: relations scored this high by default.
CONFIDENT_SCORE = 0.8

__all__ = [
    "CONFIDENT_SCORE",
    "Candidates",
    "Kind",
    "PreparedClaim",
    "Relation",
    "RelationType",
    "Side",
    "Stats",
    "anaphoric_pairs",
    "block_pairs",
    "blocking_keys",
    "candidate_pairs",
    "compare_documents",
    "judge_pair",
    "prepare",
    "relate",
]
