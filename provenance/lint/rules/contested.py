"""Cross-document rules (PV2): claims that another article contests."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from provenance import patterns, segment
from provenance.compare import CONFIDENT_SCORE
from provenance.lint.rule import Context, Hit, norm_path, rule
from provenance.model import Claim, Document, Level, Stance

#: The comparator score below which PV201 does not report a relation, unless
#: ``--min-score`` or the ``min-score`` key says otherwise: the comparator's
#: calibrated threshold for a confident relation.
DEFAULT_MIN_SCORE = CONFIDENT_SCORE

# Which side of a denial does the denying, as :mod:`provenance.compare` words
# its evidence: "b denies a (…)".
DENIER = regex.compile(r"^(?P<denier>[ab]) denies [ab]\b")


# A claim that reports a rumour or what people are convinced of, not the fact
# itself: "people are convinced that the actor died", "rumours that the actor
# died have flourished", "an online rumor claimed".  It contests nothing: the article stating the fact and
# the one reporting the rumour may well agree.  A hoax alert states the fact.
BELIEF_REPORTED = regex.compile(r"(?i)\brumou?r(?:s|ed)?\b|\bconvinced\b")

# A quoted rebuttal, the shortest way news writing reports a denial: "“A lie,” the leader
# said.", "“That's false,” the ministry said.", "“Total nonsense,” he said."  The reporting
# verb is neutral; the words deny.
REBUTTAL = regex.compile(
    r"""(?i)\A[\W_]*(?:(?:that['’]?s|it['’]?s|this\s+is|that\s+is|a|an|all|total|complete|utter|simply|just)\s+)*
    (?:lies?|false|untrue|not\s+true|nonsense|rubbish|fake|baseless|fabricated|a\s+fabrication|propaganda|hoax)
    [\W_]*\Z""",
    regex.VERBOSE,
)

# The article reports the earlier or other version of what it states, as an update does:
# "the spokesman had said the group agreed", "Variety had previously reported", "This comes
# after the writer confirmed that the actor would play the role".  It tells the reader the
# account changed: the dispute is in the article.
EARLIER_VERSION = regex.compile(
    r"""(?i)
    \bhad\s+(?:previously\s+|earlier\s+|initially\s+|also\s+)?(?:said|claimed|reported|announced|confirmed|stated)\b
    | \b(?:previously|earlier|initially|originally)\s+(?:reported|said|claimed|announced|confirmed)\b
    | \b(?:is\s+coming|comes|came)\s+(?:just\s+)?(?:[\p{L}]+\s+)?after\b[^.!?]{0,100}?
      \b(?:confirmed|said|announced|reported|claimed)\b
    """,
    regex.VERBOSE,
)

#: How many paragraphs after a claim the article may report the earlier version it updates.
EARLIER_VERSION_REACH = 2

#: How long a quotation of the other claim a PV201 message carries.
SNIPPET = 80


@rule("PV201", "contested-claim", Level.WARNING)
def contested_claim(ctx: Context) -> Iterator[Hit]:
    """A claim that another article contests, stated as settled.

    ## What it does
    Flags a claim that a claim in another linted article (or in the reference
    corpus given with `--corpus` or `--db`) denies or contradicts, or whose
    numbers it does not match, when the comparator is confident of the
    relation (its score at least `--min-score`, by default the comparator's
    calibrated threshold, 0.8: relations scored that high were right at
    least 9 times in 10 on judged real articles).  The message names the other claim, its article
    and line.

    ## What it does not flag
    - relations scored below `--min-score` (or the `min-score` key);
    - a claim that is itself the denial;
    - a claim the article does not state as settled: hedged ("reportedly",
      "allegedly") or attributed with a hedging or denying cue ("claimed",
      "denied");
    - a claim whose article acknowledges the dispute: it also carries a claim
      that contests it, or a denial in the same paragraph or the next (a
      quoted rebuttal too: "“A lie,” the leader said."), or an earlier
      version of the account there ("the spokesman had said …", "This comes
      after the writer confirmed …"): an update that says what it updates;
    - a relation where one side reports a rumour or what people are
      convinced of ("rumours that the actor died have spread"): it states
      no fact to contest;
    - disputes between two claims of the same article (they are the
      article's own account of the dispute).

    ## Why is this bad?
    Publishing one side of a disputed fact as settled misleads readers, and
    the contradiction is usually already in the newsroom's own archive.

    ## Example
    ```text
    The former mayor arrived in Norland on October 8.
    ```
    while another article says:
    ```text
    The former mayor denied that he had arrived in Norland (Harbour Times,
    October 9).
    ```

    ## Use instead
    ```text
    The former mayor reportedly arrived in Norland on October 8 (Kestrel
    News, October 8); he denied it and said he remained in the city
    (Twitter/@meridiandesk, October 9).
    ```
    """
    doc = ctx.document
    here = norm_path(doc.path)
    floor = DEFAULT_MIN_SCORE if ctx.min_score is None else ctx.min_score
    contested = [r for r in ctx.relations if getattr(r, "relation", None) == "contested"]
    acknowledged = {
        (side.start, side.end)
        for r in contested
        if norm_path(r.a.doc) == here and norm_path(r.b.doc) == here
        for side in (r.a, r.b)
    }
    claims = {(c.start, c.end): c for c in doc.claims}
    denials = _denial_paragraphs(doc)
    found: dict[tuple[int, int], list] = {}
    for r in contested:
        if (r.score or 0) < floor:
            continue
        denier = _denier(r)
        for name, side, other in (("a", r.a, r.b), ("b", r.b, r.a)):
            span = (side.start, side.end)
            if norm_path(side.doc) != here or norm_path(other.doc) == here or name == denier or span in acknowledged:
                continue
            claim = claims.get(span)
            if claim is not None and (not _stated_as_settled(claim) or _paragraph(denials, claim.start)):
                continue
            if BELIEF_REPORTED.search(side.text or "") or BELIEF_REPORTED.search(other.text or ""):
                continue  # one side reports what people believe or rumour, not the fact
            found.setdefault(span, []).append((r, other))
    for (start, end), against in sorted(found.items()):
        against.sort(key=lambda ro: (-(ro[0].score or 0), norm_path(ro[1].doc), ro[1].start))
        relation, other = against[0]
        snippet = " ".join((other.text or "").split())
        snippet = snippet if len(snippet) <= SNIPPET else snippet[: SNIPPET - 1].rstrip() + "…"
        more = f" (and {len(against) - 1} more)" if len(against) > 1 else ""
        where = other.doc or "another article"
        line = ctx.line(other.doc, other.start)
        where += f":{line}" if line else ""
        yield Hit(
            start,
            end,
            f"Contested ({_kind(relation)}) by {where}: “{snippet}”{more}; "
            "say that it is disputed and source both sides, or correct it",
        )


#: Attribution stances that keep a claim from being stated as settled.
UNSETTLED = frozenset({Stance.HEDGE, Stance.DENY})


def _stated_as_settled(claim: Claim) -> bool:
    """Does the article state ``claim`` as fact (no hedge, no hedging or denying cue)?"""
    return not claim.hedged and not any(a.stance in UNSETTLED for a in claim.attributions)


def _denial_paragraphs(doc: Document) -> list[tuple[int, int]]:
    """The paragraphs of ``doc`` that report a denial (:data:`REBUTTAL` too), or whose next paragraph
    does (a claim, then "“A lie,” the leader said."), and those that report an earlier version of the
    account (:data:`EARLIER_VERSION`) or whose next :data:`EARLIER_VERSION_REACH` paragraphs do (an
    update states the news, its source, then what it supersedes)."""
    text = doc.text
    denying = [a.cue_start for a in doc.attributions if a.stance is Stance.DENY]
    denying += [
        a.cue_start for a in doc.attributions if REBUTTAL.match(text[a.content_start : a.content_end]) is not None
    ]
    earlier = [m.start() for m in patterns.finditer(EARLIER_VERSION, text)]
    if not denying and not earlier:
        return []
    paragraphs = segment.paragraphs(doc.text)
    out = []
    for i, p in enumerate(paragraphs):
        for offsets, reach in ((denying, 1), (earlier, EARLIER_VERSION_REACH)):
            after = paragraphs[min(i + reach, len(paragraphs) - 1)]
            if any(p.start <= d < after.end for d in offsets):  # it may come right after the claim
                out.append((p.start, p.end))
                break
    return out


def _paragraph(paragraphs: list[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in paragraphs)


def _kind(relation) -> str:
    kind = getattr(relation, "kind", None)
    return str(getattr(kind, "value", kind) or "contested")


def _denier(relation) -> str | None:
    """``"a"`` or ``"b"``: the side of a denial that denies (``b`` unless the evidence says otherwise)."""
    if getattr(relation, "kind", None) != "denial":
        return None
    m = DENIER.match(getattr(relation, "evidence", "") or "")
    return m.group("denier") if m else "b"
