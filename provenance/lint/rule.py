"""The rule machinery: codes, levels, the registry and what a rule's check sees.

A rule is a check function registered with :func:`rule`; its docstring is the
rule's documentation (a summary line, then *What it does / Why is this bad? /
Example / Use instead*), checked at registration.  Rules live one family per
module in :mod:`provenance.lint.rules`.
"""

from __future__ import annotations

import bisect
import difflib
import inspect
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
import regex

from provenance.errors import ConfigError
from provenance.model import RULE_CODE, Document, Level

__all__ = [
    "DOC_SECTIONS",
    "RULES",
    "Context",
    "Hit",
    "LineIndex",
    "Rule",
    "find_rule",
    "known_selector",
    "norm_path",
    "quoted",
    "rule",
    "selector",
]

# A rule selector: a rule code (``RULE_CODE``) or any prefix of one ("PV1").
SELECTOR = regex.compile(r"PV\d{0,3}")
# A rule name: lower-case words joined by hyphens ("unsourced-statistic").
RULE_NAME = regex.compile(r"[a-z]+(?:-[a-z]+)*")
# A documentation section heading in a rule docstring ("## What it does").
DOC_SECTION = regex.compile(r"^## (?P<title>.+)$", regex.MULTILINE)

#: The sections every rule's documentation has, in order.
DOC_SECTIONS = ("What it does", "What it does not flag", "Why is this bad?", "Example", "Use instead")


@attrs.frozen
class Hit:
    """What a rule's check yields: a span of the document and a message."""

    start: int
    end: int
    message: str


class LineIndex:
    """Offsets to 1-based line and column (in characters) for one text."""

    def __init__(self, text: str):
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        """``(line, column)`` of ``offset``, both 1-based.

        >>> LineIndex("ab\\ncd").position(4)
        (2, 2)
        """
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1


def _hits(hits: Iterable[Hit]) -> tuple[Hit, ...]:
    return tuple(hits)


def _relations(relations: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(relations)


@attrs.frozen
class Context:
    """What a rule's check sees of one document."""

    document: Document
    published: str | None = None
    """The document's publication date, or the configured fallback."""
    relations: tuple[Any, ...] = attrs.field(converter=_relations, factory=tuple)
    """Relations (from :mod:`provenance.compare`) with a side in this document."""
    unused: tuple[Hit, ...] = attrs.field(converter=_hits, factory=tuple)
    """Suppression comments that suppressed nothing (for PV900)."""
    min_score: float | None = None
    """Lowest comparator score PV201 reports (None: its default)."""
    texts: Mapping[str, str] = attrs.field(factory=dict, repr=False)
    """Texts of the linted and reference documents by normalised path (for lines in messages)."""
    corpus: tuple[Document, ...] = attrs.field(factory=tuple, repr=False, eq=False)
    """Every document of the run, linted and reference (for what the corpus establishes)."""
    shared: dict[str, Any] = attrs.field(factory=dict, repr=False, eq=False)
    """Values computed once per run over :attr:`corpus`, shared by the contexts of one run."""
    _lines: dict[str, LineIndex] = attrs.field(factory=dict, init=False, repr=False, eq=False)

    def line(self, path: str | None, offset: int) -> int | None:
        """The 1-based line of ``offset`` in the document at ``path``, when its text is known."""
        key = norm_path(path)
        if key not in self._lines:
            if key not in self.texts:
                return None
            self._lines[key] = LineIndex(self.texts[key])
        return self._lines[key].position(offset)[0]


@attrs.frozen
class Rule:
    """A lint rule: code, name, default level, documentation and check."""

    code: str = attrs.field(validator=attrs.validators.matches_re(RULE_CODE.pattern))
    """Stable code, ``PV`` and three digits."""
    name: str = attrs.field(validator=attrs.validators.matches_re(RULE_NAME.pattern))
    """Kebab-case name."""
    level: Level
    """Default level."""
    doc: str
    """Markdown documentation: a summary line, then the four sections."""
    check: Callable[[Context], Iterable[Hit]] = attrs.field(eq=False, repr=False)
    """Yields the rule's hits in one document."""
    after_suppression: bool = False
    """Runs after comment suppressions are applied (and cannot be suppressed by them)."""
    default: bool = True
    """In the default selection; when False the rule runs only when ``select`` names its code
    (as ruff leaves some rules out of its defaults): its precision on real articles is too low
    for every repository, though some editors want it."""

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.doc.split("\n", 1)[0].strip()

    def section(self, title: str) -> str:
        """The text of one ``## title`` section of the documentation."""
        found = list(DOC_SECTION.finditer(self.doc))
        for i, m in enumerate(found):
            if m.group("title") == title:
                end = found[i + 1].start() if i + 1 < len(found) else len(self.doc)
                return self.doc[m.end() : end].strip()
        return ""


#: Every rule, by code, in code order.
RULES: dict[str, Rule] = {}


def rule(code: str, name: str, level: Level, *, after_suppression: bool = False, default: bool = True):
    """Register the decorated check as a rule; its docstring is the rule's documentation.
    With ``default=False`` it runs only when selected by its code (:attr:`Rule.default`)."""

    def register(check: Callable[[Context], Iterable[Hit]]):
        doc = inspect.cleandoc(check.__doc__ or "")
        missing = [s for s in DOC_SECTIONS if f"## {s}" not in doc]
        if missing:
            raise ValueError(f"{code}: documentation lacks {', '.join(missing)}")
        if code in RULES:
            raise ValueError(f"{code}: registered twice")
        registered = sorted({**RULES, code: Rule(code, name, level, doc, check, after_suppression, default)}.items())
        RULES.clear()
        RULES.update(registered)  # in code order, whatever order the rule modules are imported in
        return check

    return register


#: How much of a configured value an error message quotes.
QUOTED = 60


def quoted(value: object) -> str:
    """``repr(value)`` cut to :data:`QUOTED` characters: a configured value may be megabytes long."""
    text = repr(value)
    return text if len(text) <= QUOTED else text[: QUOTED - 1] + "…"


def known_selector(code: str, *, exact: bool = False) -> bool:
    """Is ``code`` a rule's code or (unless ``exact``) a prefix of one (``PV1``)?"""
    if exact:
        return code in RULES
    return SELECTOR.fullmatch(code) is not None and any(c.startswith(code) for c in RULES)


def selector(item: str, where: str, *, exact: bool = False) -> str:
    """``item`` as a known rule code or prefix, upper-cased.

    Raises:
        ConfigError: no rule has this code (or prefix); the message names ``where``.
    """
    code = item.strip().upper()
    if not known_selector(code, exact=exact):
        hint = difflib.get_close_matches(code, list(RULES), n=1)
        also = f"; did you mean {hint[0]}?" if hint else ""
        raise ConfigError(f"{where}: unknown rule code {quoted(item)}{also}")
    return code


def find_rule(code_or_name: str, rules: Mapping[str, Rule] = RULES) -> Rule | None:
    """The rule with this code (any case) or kebab-case name."""
    key = code_or_name.strip()
    return rules.get(key.upper()) or next((r for r in rules.values() if r.name == key.lower()), None)


def norm_path(path: str | None) -> str:
    """A document path normalised for comparison (``-`` and None kept as ``-`` and ``""``)."""
    return os.path.normpath(path) if path and path != "-" else (path or "")
