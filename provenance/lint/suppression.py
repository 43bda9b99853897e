"""Suppression comments: ``<!-- provenance: ignore|disable|enable CODE… -->``.

:func:`directives` finds the comments, :func:`suppressions` turns them into
suppressed ranges (and problems with them into PV900 hits), :func:`apply`
drops the findings they cover and :func:`unused` reports the ones that
covered nothing.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs
import regex

from provenance import patterns, segment
from provenance.lint.rule import Hit, known_selector
from provenance.model import Finding

__all__ = ["ACTIONS", "Directive", "Suppression", "apply", "directives", "suppressions", "unused"]

# A suppression comment, its body parsed afterwards so that a misspelt one is
# reported rather than ignored.
#   "<!-- provenance: ignore PV101, PV102 -->" -> body "ignore PV101, PV102"
SUPPRESSION = regex.compile(
    r"""
    <!--\s*
    provenance\s*:\s*       # the tool's name
    (?P<body>.*?)           # action and codes
    \s*-->
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

#: Suppression actions: ``ignore`` (a paragraph), ``disable``/``enable`` (a range).
ACTIONS = ("ignore", "disable", "enable")


@attrs.frozen
class Directive:
    """One suppression comment."""

    start: int
    end: int
    action: str
    """``ignore``, ``disable``, ``enable`` (or what was written instead)."""
    codes: tuple[str, ...]
    """Codes or prefixes as written, upper-cased; empty for every rule."""


@attrs.frozen
class Suppression:
    """One code of one directive over the range of text it covers."""

    directive: Directive
    code: str
    """A code or prefix; ``""`` for every rule."""
    start: int
    end: int

    def covers(self, finding: Finding) -> bool:
        return self.start <= finding.start < self.end and finding.code.startswith(self.code)


def directives(text: str) -> list[Directive]:
    """The suppression comments of ``text``, in order.

    >>> [(d.action, d.codes) for d in directives("a <!-- provenance: ignore PV101,PV2 --> b")]
    [('ignore', ('PV101', 'PV2'))]
    """
    out = []
    for m in patterns.finditer(SUPPRESSION, text):
        words = m.group("body").replace(",", " ").split()
        action = words[0].lower() if words else ""
        out.append(Directive(m.start(), m.end(), action, tuple(w.upper() for w in words[1:])))
    return out


def suppressions(text: str, found: Sequence[Directive]) -> tuple[list[Suppression], list[Hit]]:
    """Turn directives into suppressed ranges; problems with them become PV900 hits.

    ``ignore`` covers the paragraph the comment stands in or, when the comment
    stands alone, the next paragraph; ``disable`` runs to the ``enable`` that
    names the same code (a bare ``enable`` closes every open ``disable``) or to
    the end of the text.
    """
    out: list[Suppression] = []
    problems: list[Hit] = []
    paragraphs = segment.paragraphs(text)
    open_: list[Suppression] = []
    for d in found:
        codes = []
        for code in d.codes:
            if code == "PV900":
                problems.append(
                    Hit(d.start, d.end, "PV900 cannot be suppressed by a comment; turn it off in the configuration")
                )
            elif not known_selector(code):
                problems.append(
                    Hit(d.start, d.end, f"Unknown rule code {code} in suppression comment; correct or remove it")
                )
            else:
                codes.append(code)
        if d.codes and not codes:
            continue
        codes = codes or [""]
        if d.action == "ignore":
            start, end = _ignore_scope(text, d, paragraphs, found)
            out.extend(Suppression(d, code, start, end) for code in codes)
        elif d.action == "disable":
            open_.extend(Suppression(d, code, d.end, len(text)) for code in codes)
        elif d.action == "enable":
            closing = [s for s in open_ if not d.codes or s.code in codes]
            if not closing:
                what = " ".join(("enable", *d.codes))
                problems.append(Hit(d.start, d.end, f"`{what}` ends no `disable`; remove it"))
            for s in closing:
                open_.remove(s)
                out.append(attrs.evolve(s, end=d.start))
        else:
            problems.append(
                Hit(d.start, d.end, f"Unknown suppression action {d.action!r}; write one of {', '.join(ACTIONS)}")
            )
    out.extend(open_)
    return out, problems


def _ignore_scope(text: str, d: Directive, paragraphs, found: Sequence[Directive]) -> tuple[int, int]:
    index = bisect.bisect_right([p.start for p in paragraphs], d.start) - 1
    for p in paragraphs[max(index, 0) :]:
        if p.end <= d.start:
            continue
        rest = text[p.start : p.end]
        for other in reversed(found):
            if p.start <= other.start and other.end <= p.end:
                rest = rest[: other.start - p.start] + rest[other.end - p.start :]
        if rest.strip():
            return p.start, p.end
    return d.end, d.end


def apply(findings: Sequence[Finding], ranges: Sequence[Suppression]) -> tuple[list[Finding], set[int]]:
    kept, used = [], set()
    for f in findings:
        hits = [i for i, s in enumerate(ranges) if s.covers(f)]
        used.update(hits)
        if not hits:
            kept.append(f)
    return kept, used


def unused(ranges: Sequence[Suppression], used: set[int]) -> list[Hit]:
    by_directive: dict[Directive, list[str]] = {}
    for i, s in enumerate(ranges):
        if i not in used:
            by_directive.setdefault(s.directive, []).append(s.code or "all rules")
    return [
        Hit(d.start, d.end, f"Unused suppression ({', '.join(codes)}): it suppresses nothing; remove it")
        for d, codes in by_directive.items()
    ]
