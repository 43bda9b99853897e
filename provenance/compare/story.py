"""Story-level denials: a denial contests the claims of its story that its rules do not reach.

Two headlines about one rumour rarely share enough wording for the rules of
:mod:`provenance.compare.denial` to match what one denies to what the other
says ("Woman has third breast implanted" / "Three-breasted woman a hoax").  This
module scores such pairs with a small learned model: a denial (a statement whose
denial cue has a target, see :mod:`provenance.compare.propositions`) against a
claim of the same story, the story being told by the idf-weighted similarity of
their names and content words, a word said in a related word counting too
(:mod:`provenance.compare.paraphrase`).

* The idf is computed at run time from the claims being compared, never from
  any training data: a word that many claims share says little about which
  story a claim belongs to.
* Candidates: the claims are grouped into stories (:mod:`provenance.compare.stories`);
  each denial meets the claims of its story and those that share one of its
  words or names held by at most ``max_block`` claims (an inverted index, so the
  cost grows with the size of the blocks, not with the square of the claims).
  The other claim must say a word of what the denial denies beyond its names
  (which words are names, the claims compared tell by how they write them: :func:`casing`).
* The model is a logistic regression over general measures of the pair and
  of its story (:data:`FEATURES`, :mod:`provenance.compare.story_model`),
  trained by ``bench/train_story.py`` on the rumours of the Emergent train
  split and measured there by cross-validation by rumour (each rumour related
  by a model and related words learned without it; its threshold chosen on
  those relations); its weights are a text file (``provenance/data/story_model.tsv``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from functools import cache
from importlib import resources

import attrs
import regex

from provenance.compare.copies import is_copy
from provenance.compare.independence import denier_speaks, one_speaker
from provenance.compare.keys import PREDICATE_CLASS_OF
from provenance.compare.paraphrase import Related
from provenance.compare.paraphrase import related as shipped_related
from provenance.compare.prepare import PreparedClaim
from provenance.compare.propositions import word_key
from provenance.compare.statement import Statement, squash
from provenance.compare.stories import average_link
from provenance.compare.story_model import Model, Scorer
from provenance.compare.story_scores import score_table
from provenance.features.cues import CueKind
from provenance.features.text import content_words, stem
from provenance.model import Kind, Relation, RelationType

#: The names of the features, in the order of :meth:`StoryIndex.features` (and of the model file).
FEATURES = (
    "bias",
    "similarity",  # idf-weighted cosine of the two claims' words and names
    "denial_cohesion",  # the denial's mean similarity to the other claims of its story
    "other_cohesion",  # the other claim's mean similarity to the rest of the denial's story
    "story_size",  # log of the number of claims of the denial's story
    "denial_share",  # share of the story's claims that are denials
    "same_story",  # the other claim is of the denial's story (else only a neighbour of it)
    "story",  # through a close paraphrase: min(similarity(d, k), similarity(k, o)) at best over d's nearest k
    "target_cover",  # share (idf-weighted) of what the denial denies that the other claim says
    "name_cover",  # share (idf-weighted) of the denial's names that the other claim names
    "shared_rare",  # how many rare words (idf above RARE) the two share, log-scaled
    "other_negated",  # the other claim holds a negation: it may deny the rumour too
    "other_denies",  # the other claim holds a denial cue (without a target the rules could use)
    "other_question",  # the other claim asks: it may doubt the rumour rather than report it
    "other_hedged",  # the other claim reports with a hedge ("reportedly", "claims")
    "negation_unmet",  # the denial flatly negates a word ("X has not resigned") the other claim does not say
    "verdict",  # the denial is a verdict ("a hoax", "fake") rather than a denial verb
    "story_denial",  # the other claim's similarity to another denial of the story
    "near_denial",  # the other claim's similarity to another denial of the corpus: a story that is disputed
    "shared_neighbours",  # share of the other claim's close reports that are near the denial too: one dense story
)

#: The keys of the state classes (``@dead``, ``@captured``): a denial that someone is in no such state ("X is
#: not dead") contests only a claim that says a state of that class, even in its own story, where the
#: other claims tell of the same people in other ways ("X's wife detained"); a word-level head ("not
#: among the bodies", "didn't make 72M") may be met in other words by a report of the story.
STATES = frozenset(PREDICATE_CLASS_OF.values())

#: How much a word said in a related word counts, against the same word (times their similarity): as
#: much, the similarity saying how often one stands for the other.  Measured on rumours the related words
#: were not learned from (half of the rumours, a model of boosted trees at threshold 0.4): without related
#: words P 0.860 R 0.463; at 0.25 P 0.858 R 0.469; at 0.5 P 0.844 R 0.464; at 1 P 0.886 R 0.509.
RELATED_WEIGHT = 1.0

#: Claim -> {linked claim: idf-weighted similarity}.
Graph = dict[int, dict[int, float]]

#: How many of a denial's nearest claims carry its story to theirs, and how near they must be.
HOPS, HOP_SIMILARITY = 3, 0.3
#: Below this similarity two claims share only a common word or two: no link between them.
LINK = 0.05
#: From this similarity two claims are close reports of one story (for "shared_neighbours").
NEIGHBOUR = 0.2
#: A word this rare (idf, natural log) is a sign of one story: held by at most 1 claim in about 50.
RARE = math.log(50)

# A report or rumour named in a claim: it relays what the denial denies.
#   "Reports say the star has died" "Rumours of a split"
REPORT_WORD = regex.compile(r"\b(?:reports?|reportedly|rumou?rs?|rumou?red|claims?|allegedly|alleged)\b", regex.I)


@cache
def model() -> Model:
    """The shipped model (``provenance/data/story_model.tsv``)."""
    text = resources.files("provenance.data").joinpath("story_model.tsv").read_text(encoding="utf-8")
    return Model.loads(text, FEATURES)


@cache
def parts(word: str) -> frozenset[str]:
    """The keys of the parts of a hyphenated compound, none for a plain word.

    Headlines coin compounds for what another writes in two words ("a three-breasted woman" /
    "a woman with a third breast", "stomach-spider" / "a spider in his stomach"): the parts let
    the two meet.

    >>> sorted(parts("three-breast")), sorted(parts("3-boob")), sorted(parts("stomach-spid")), parts("spider")
    (['#3', 'breast'], ['#3', 'boob'], ['spid', 'stomach'], frozenset())
    """
    if "-" not in word:
        return frozenset()
    numbers = {f"#{int(w)}" for w in word.split("-") if w.isdigit()}  # "3-boob": the number's key
    return frozenset(word_key(w) for w in content_words(word.replace("-", " "))) | numbers


def with_parts(words: frozenset[str]) -> frozenset[str]:
    """``words`` and the parts of those that are compounds (:func:`parts`)."""
    extra = [parts(w) for w in words if "-" in w]
    return words.union(*extra) if extra else words


def is_denial(view: Statement) -> bool:
    """Does the statement deny something that can be matched (a denial cue with a non-anaphoric target)?"""
    return any(t.kind != "anaphoric" for t in view.targets)


#: In a title-case headline every capitalised run reads as a name ("Doctor Denies Taking Selfie"):
#: only keys this short are taken for names there (a first name and a surname, a place).
SHORT_NAME = 2


#: Share of its uses inside sentence-case sentences that a word is capitalised from which it is a name
#: ("Batmobile", "Zack"), not a common word that title case capitalised ("Stolen", "Priest").
NAME_SHARE = 0.5

# A word: letters, with inner apostrophes and hyphens ("McDonald's", "Jong-un").
WORD = regex.compile(r"\p{L}[\p{L}\p{M}'\u2019\-]*")
#: What ends the text before a word capitalised whatever it is: a sentence's end, a colon, an
#: opening quotation mark or parenthesis, a dash.
OPENERS = frozenset('.:;!?"\u201c\u2018(\u2014\u2013-|')


def casing(items: Sequence[PreparedClaim]) -> dict[str, tuple[int, int]]:
    """How the claims compared write each word inside their sentence-case sentences.

    Returns:
        :func:`~provenance.compare.propositions.word_key` of a word's stem -> (times capitalised, times
        not), counting only words inside a sentence (not its first, nor after a colon or a quotation
        mark) of claims that are not written in title case.
    """
    out: dict[str, list[int]] = {}
    for item in items:
        if item.view.title_case:
            continue
        text = item.view.f.text
        for m in WORD.finditer(text):
            k = m.start() - 1
            while k >= 0 and text[k].isspace():
                k -= 1
            if k < 0 or text[k] in OPENERS:
                continue  # a sentence's first word
            counts = out.setdefault(word_key(stem(m.group())), [0, 0])
            counts[0 if m.group()[0].isupper() else 1] += 1
    return {k: (a, b) for k, (a, b) in out.items()}


def denied_words(view: Statement, case: dict[str, tuple[int, int]] | None = None) -> frozenset[str]:
    """The content words of what a statement denies, beyond its names.

    A word the claims compared write in sentence case (``case``, see :func:`casing`) is a name when
    they mostly capitalise it there.  Other words: in a title-case statement, only the words of its
    short keys count as names; else the words of its names.
    """
    words = with_parts(frozenset().union(*(t.words for t in view.targets if t.kind != "anaphoric")))
    if not view.title_case:
        names = view.name_words
    else:
        short = [w for k in view.keys if len(k.split()) <= SHORT_NAME for w in k.split()]
        names = frozenset({word_key(stem(w)) for w in short} | {word_key(w) for w in short})
    case = case or {}
    return frozenset(w for w in words if (case[w][0] < NAME_SHARE * sum(case[w]) if w in case else w not in names))


def _denied(view: Statement) -> frozenset[str]:
    """The words and names of what a statement denies (its non-anaphoric targets)."""
    return frozenset().union(*(with_parts(t.words) | t.keys for t in view.targets if t.kind != "anaphoric"))


@attrs.frozen
class StoryIndex:
    """The idf of the tokens of the claims compared, and an inverted index of them."""

    idf: dict[str, float]
    """Token -> ``log(claims / claims holding it)``."""
    postings: dict[str, tuple[int, ...]]
    """Token -> indexes of the claims holding it, ascending."""
    norms: tuple[float, ...]
    """Euclidean norm of each claim's idf vector."""
    words: tuple[frozenset[str], ...] = ()
    """Each claim's content words with the parts of its compounds (:func:`with_parts`)."""
    tokens: tuple[frozenset[str], ...] = ()
    """What tells each claim's story: its :attr:`words` and its entity keys."""
    case: dict[str, tuple[int, int]] = attrs.field(factory=dict)
    """How the claims write each word inside sentence-case sentences (:func:`casing`)."""
    cache: dict[tuple[int, int], dict[int, float]] = attrs.field(factory=dict)
    """``(claim, max_block)`` -> its :meth:`neighbours` (filled as needed)."""
    related: Related = attrs.field(factory=dict)
    """The related words a word may be said in (:mod:`~provenance.compare.paraphrase`)."""

    @classmethod
    def build(cls, items: Sequence[PreparedClaim], *, related: Related | None = None) -> StoryIndex:
        """Index the prepared claims (``items[k].index == k``), with ``related`` words (default: the shipped ones)."""
        words = tuple(with_parts(item.view.words) for item in items)
        toks = tuple(w | item.view.keys for w, item in zip(words, items, strict=True))
        postings: dict[str, list[int]] = {}
        for item, held in zip(items, toks, strict=True):
            for t in held:
                postings.setdefault(t, []).append(item.index)
        n = max(1, len(items))
        idf = {t: math.log(n / len(p)) for t, p in postings.items()}
        norms = tuple(math.sqrt(sum(idf[t] ** 2 for t in held)) or 1.0 for held in toks)
        table = shipped_related() if related is None else related
        return cls(idf, {t: tuple(p) for t, p in postings.items()}, norms, words, toks, casing(items), related=table)

    def similarity(self, i: int, j: int, items: Sequence[PreparedClaim]) -> float:
        """The idf-weighted cosine of claims ``i`` and ``j``, a word said by the other in a related word counting too.

        Two headlines of one rumour often say it in other words ("militants" / "fighters",
        "mom" / "mother"): the related words (:mod:`~provenance.compare.paraphrase`) let them meet,
        each in both directions, symmetric.  At most 1.
        """
        shared = self.tokens[i] & self.tokens[j]
        a, b = self.tokens[i] - shared, self.tokens[j] - shared
        soft = RELATED_WEIGHT * (self._related(a, b) + self._related(b, a)) / 2
        return min(1.0, (self._weight(shared) + soft) / (self.norms[i] * self.norms[j]))

    def _related(self, part: frozenset[str], words: frozenset[str]) -> float:
        """What ``words`` add to the dot product by saying ``part``'s words in related words.

        A word met only in a related word counts its idf times the related word's, times their similarity
        (the closest of its related words that ``words`` hold); :meth:`similarity` weighs it by
        :data:`RELATED_WEIGHT`.
        """
        table = self.related
        out = 0.0
        for w in part:
            row = table.get(w)
            if row:
                out += self.idf.get(w, 0.0) * max((row.get(v, 0.0) * self.idf.get(v, 0.0) for v in words), default=0.0)
        return out

    def neighbours(self, i: int, items: Sequence[PreparedClaim], *, max_block: int = 50) -> dict[int, float]:
        """The claims sharing a token held by at most ``max_block`` claims with claim ``i``, and their similarity."""
        key = (i, max_block)
        if key not in self.cache:
            met: set[int] = set()
            for t in self.tokens[i]:
                p = self.postings.get(t, ())
                if len(p) <= max_block:
                    met.update(p)
            met.discard(i)
            self.cache[key] = {j: self.similarity(i, j, items) for j in sorted(met)}
        return self.cache[key]

    def graph(self, items: Sequence[PreparedClaim], among: Iterable[int], *, max_block: int = 50) -> Graph:
        """The similarity links among the claims ``among`` (see :meth:`neighbours`), symmetric, from :data:`LINK`."""
        keep = frozenset(among)
        return {
            i: {j: s for j, s in self.neighbours(i, items, max_block=max_block).items() if j in keep and s >= LINK}
            for i in keep
        }

    def pairs(
        self, items: Sequence[PreparedClaim], *, max_block: int = 50, among: Container[int] | None = None
    ) -> Iterator[tuple[int, int, tuple[float, ...]]]:
        """``(denial, other, features)`` for each denial and the claims of its story.

        The claims (``among`` them only, when given) are grouped into stories
        (:func:`~provenance.compare.stories.average_link`); a denial meets the
        claims of its story, the claims that share with it a token held by at
        most ``max_block`` claims (a token held by more names the corpus's
        subject, not a story), and the neighbours of its :data:`HOPS` nearest
        claims when they are close paraphrases of it (:data:`HOP_SIMILARITY`).
        The other claim is never a denial itself, and when the denial flatly
        negates a word ("X has not resigned") the other claim must say that word
        unless it is of the denial's story.
        """
        inside = [k for k in range(len(items)) if among is None or k in among]
        if not any(is_denial(items[k].view) for k in inside):
            return
        graph = self.graph(items, inside, max_block=max_block)
        stories = average_link(inside, graph)
        for d in inside:
            if not is_denial(items[d].view):
                continue
            near = graph[d]
            hops = sorted(((s, k) for k, s in near.items() if s >= HOP_SIMILARITY and not is_denial(items[k].view)))
            via = [(s, graph[k]) for s, k in reversed(hops[-HOPS:])]
            met = (set(near) | stories[d]).union(*(n for _, n in via)) - {d}
            heads = {t.head for t in items[d].view.targets if t.kind != "anaphoric"}
            said = denied_words(items[d].view, self.case)
            for o in sorted(met):
                if is_denial(items[o].view):
                    continue
                said_there = self.words[o]
                if "" not in heads and not heads & said_there and (o not in stories[d] or heads <= STATES):
                    continue
                if not said & said_there:
                    continue  # the other claim says nothing of what is denied but names
                story = max((min(s, n.get(o, 0.0)) for s, n in via), default=0.0)
                yield d, o, self.features(items, d, o, graph, stories[d], story)

    def _weight(self, words: frozenset[str]) -> float:
        return sum(self.idf.get(w, 0.0) ** 2 for w in words)

    def _cover(self, part: frozenset[str], words: frozenset[str]) -> float:
        """The idf-weighted share of ``part`` that ``words`` hold."""
        return self._weight(part & words) / (self._weight(part) or 1.0)

    def features(
        self,
        items: Sequence[PreparedClaim],
        d: int,
        o: int,
        graph: Graph,
        members: frozenset[int],
        story: float,
    ) -> tuple[float, ...]:
        """The values of :data:`FEATURES` for denial ``d`` against claim ``o``.

        Args:
            items: the prepared claims.
            d: the denial's index.
            o: the other claim's index.
            graph: the similarity links among the claims compared (:meth:`graph`).
            members: the claims of the denial's story.
            story: their similarity through a close paraphrase.
        """
        dv, ov = items[d].view, items[o].view
        near, theirs = graph[d], graph.get(o, {})
        shared = self.tokens[d] & self.tokens[o]
        denied = _denied(dv)
        rare = sum(1 for w in shared if self.idf.get(w, 0.0) >= RARE)
        reports = {k for k, s in theirs.items() if s >= NEIGHBOUR and k != d and not is_denial(items[k].view)}
        common = sum(1 for k in reports if near.get(k, 0.0) >= NEIGHBOUR)
        denials = {k for k in members if is_denial(items[k].view)}
        rest = members - {d, o}
        heads = {t.head for t in dv.targets if t.kind != "anaphoric"}
        text = ov.f.text
        return (
            1.0,
            near.get(o, 0.0),
            sum(near.get(k, 0.0) for k in members - {d}) / max(1, len(members) - 1),
            sum(theirs.get(k, 0.0) for k in rest) / max(1, len(rest)),
            math.log(len(members)),
            len(denials) / len(members),
            float(o in members),
            story,
            self._cover(denied, self.tokens[o]),
            self._cover(dv.keys, ov.keys),
            math.log1p(rare),
            float(bool(ov.f.negations or ov.negations or ov.negated)),
            float(bool(ov.f.denials or ov.denials)),
            float("?" in text),
            float(bool(ov.f.hedges or REPORT_WORD.search(text))),
            float("" not in heads and not heads & ov.words),
            float(all(t.cue.kind is CueKind.VERDICT for t in dv.targets if t.kind != "anaphoric")),
            max((theirs.get(k, 0.0) for k in denials - {d}), default=0.0),
            max((s for k, s in theirs.items() if k != d and is_denial(items[k].view)), default=0.0),
            common / len(reports) if reports else 0.0,
        )


#: The probability from which the model's pair is reported: chosen by bench/train_story.py on the
#: out-of-fold scores of the Emergent rumours (each scored by a model fitted without it), the lowest
#: where its pairs were right at least 8 times in 10, the table as a whole (rules and model) kept a
#: precision of 0.85, and whose score (how often the pairs of that probability were right,
#: :mod:`~provenance.compare.story_scores`) is not under the table's output threshold; lower, the
#: pairs of another story about the same names come in.
THRESHOLD = 0.35


def standalone(items: Sequence[PreparedClaim]) -> frozenset[int]:
    """The claims that stand alone: the only claim of their article (a headline, a one-line report).

    The model was fitted and measured on such statements.  Between the sentences
    of article bodies, reading showed its pairs mostly wrong (a denial paired
    with a sentence that agrees with it, a joke "not true" with another joke):
    a body sentence's story is its article's, which similarity of two sentences
    does not tell.
    """
    count: dict[tuple[str | None, int], int] = {}
    for item in items:
        k = (item.doc, item.claim.article)
        count[k] = count.get(k, 0) + 1
    return frozenset(item.index for item in items if count[(item.doc, item.claim.article)] == 1)


def story_relations(
    items: Sequence[PreparedClaim],
    *,
    skip: Container[tuple[int, int]] = (),
    max_block: int = 50,
    threshold: float = THRESHOLD,
    story_model: Scorer | None = None,
    scores: Callable[[float], float] | None = None,
    related: Related | None = None,
) -> list[tuple[int, int, Relation]]:
    """The denials of a story that the rules did not relate: ``(i, j, relation)`` with ``i < j``.

    Args:
        items: prepared claims, ``items[k].index == k``.
        skip: pairs ``(i, j)`` already related (by the rules): left alone.
        max_block: a token held by more claims than this pairs no one.
        threshold: the lowest probability reported.
        story_model: the model (default: the shipped one).
        scores: the probability -> the reported score (default: the shipped table,
            :func:`~provenance.compare.story_scores.score_table`, at most ``MAX_SCORE``).
        related: the related words (default: the shipped ones, :mod:`~provenance.compare.paraphrase`).

    Returns:
        Contested denials between claims that stand alone (:func:`standalone`), one voice
        never disputing itself, scored by how often pairs of their probability were right.
    """
    m = story_model or model()
    scored = scores or score_table().score
    alone = standalone(items)
    if not any(is_denial(items[k].view) for k in alone):
        return []
    index = StoryIndex.build(items, related=related)
    out = []
    for d, o, x in index.pairs(items, max_block=max_block, among=alone):
        i, j = min(d, o), max(d, o)
        if (i, j) in skip or not (d in alone and o in alone):
            continue
        p = m.probability(x)
        if p < threshold:
            continue
        a, b, denier, other = items[i], items[j], items[d], items[o]
        if a.marks == b.marks and is_copy(a.shingles, b.shingles):
            continue
        if (a.doc == b.doc and a.view.sources == b.view.sources) or one_speaker(a, b) or denier_speaks(denier, other):
            continue  # one voice does not dispute itself
        cue = next(t.cue for t in denier.view.targets if t.kind != "anaphoric")
        label = "b denies a" if d == j else "a denies b"
        size = round(math.exp(x[FEATURES.index("story_size")]))
        evidence = (
            f'{label} ("{squash(cue.text)}"), same story: similarity {x[1]:.2f}, a story of {size} claims,'
            f" model probability {p:.2f}"
        )
        out.append((i, j, Relation(RelationType.CONTESTED, Kind.DENIAL, round(scored(p), 3), a.side, b.side, evidence)))
    return out
