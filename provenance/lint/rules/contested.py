"""Cross-document rules (PV2): claims that another article contests."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from provenance.lint.rule import Context, Hit, norm_path, rule
from provenance.model import Level

# Which side of a denial does the denying, as :mod:`provenance.compare` words
# its evidence: "b denies a (…)".
DENIER = regex.compile(r"^(?P<denier>[ab]) denies [ab]\b")


@rule("PV201", "contested-claim", Level.WARNING)
def contested_claim(ctx: Context) -> Iterator[Hit]:
    """A claim that another article contests, with no word of the dispute.

    ## What it does
    Flags a claim that a claim in another linted article (or in the reference
    corpus given with `--corpus`) denies or contradicts, or whose numbers it
    does not match.  Nothing is reported when the article acknowledges the
    dispute: when the claim is itself the denial, or when the article also
    carries a claim that contests it.

    ## Why is this bad?
    Publishing one side of a disputed fact as settled misleads readers, and
    the contradiction is usually already in the newsroom's own archive.

    ## Example
    ```text
    The former mayor arrived in Norland on October 8.
    ```
    (while another article says he "is still in the city")

    ## Use instead
    ```text
    The former mayor reportedly arrived in Norland on October 8 (Kestrel
    News, October 8); he denied it and said he remained in the city
    (Twitter/@meridiandesk, October 9).
    ```
    """
    here = norm_path(ctx.document.path)
    contested = [r for r in ctx.relations if getattr(r, "relation", None) == "contested"]
    acknowledged = {
        (side.start, side.end)
        for r in contested
        if norm_path(r.a.doc) == here and norm_path(r.b.doc) == here
        for side in (r.a, r.b)
    }
    found: dict[tuple[int, int], list] = {}
    for r in contested:
        denier = _denier(r)
        for name, side, other in (("a", r.a, r.b), ("b", r.b, r.a)):
            span = (side.start, side.end)
            if norm_path(side.doc) != here or norm_path(other.doc) == here or name == denier or span in acknowledged:
                continue
            found.setdefault(span, []).append((r, other))
    for (start, end), against in sorted(found.items()):
        against.sort(key=lambda ro: (-(ro[0].score or 0), norm_path(ro[1].doc), ro[1].start))
        relation, other = against[0]
        snippet = " ".join((other.text or "").split())
        snippet = snippet if len(snippet) <= 80 else snippet[:79].rstrip() + "…"
        more = f" (and {len(against) - 1} more)" if len(against) > 1 else ""
        yield Hit(start, end, f"Contested ({relation.kind}) by {other.doc}: “{snippet}”{more}")


def _denier(relation) -> str | None:
    """``"a"`` or ``"b"``: the side of a denial that denies (``b`` unless the evidence says otherwise)."""
    if getattr(relation, "kind", None) != "denial":
        return None
    m = DENIER.match(getattr(relation, "evidence", "") or "")
    return m.group("denier") if m else "b"
