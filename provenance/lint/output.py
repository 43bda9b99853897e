"""Output formats: findings as ``text``, ``markdown``, ``json``, ``github`` or ``sarif``; rule documentation.

Line and column are derived from offsets only at rendering (:class:`LineIndex`).
"""

from __future__ import annotations

import csv
import io
import json
import os
import pathlib
import urllib.parse
from collections.abc import Iterable, Mapping, Sequence

import attrs

from provenance.lint.baseline import FINGERPRINT_VERSION
from provenance.lint.rule import DOC_SECTIONS, RULES, LineIndex, Rule
from provenance.model import Document, Finding, Level
from provenance.printable import one_line
from provenance.report.tables import table

__all__ = [
    "FORMATS",
    "RULES_FORMATS",
    "RULE_FORMATS",
    "finding_json",
    "render",
    "render_rule",
    "render_rules",
    "rule_json",
]

#: Output formats of ``provenance lint``.
FORMATS = ("text", "markdown", "json", "github", "sarif")

#: Output formats of ``provenance rules``.
RULES_FORMATS = ("text", "markdown", "json", "csv")

#: Output formats of ``provenance rule``: plain text for a terminal, Markdown, JSON.
RULE_FORMATS = ("text", "markdown", "json")

#: Columns of the findings table that wrap to fit a width, with their shares of the room.
FINDING_WRAP = {"where": 1, "message": 3}

#: SARIF ``level`` and GitHub workflow command for each level.
SARIF_LEVELS = {Level.INFO: "note", Level.WARNING: "warning", Level.ERROR: "error"}
GITHUB_COMMANDS = {Level.INFO: "notice", Level.WARNING: "warning", Level.ERROR: "error"}


@attrs.frozen
class _Located:
    finding: Finding
    line: int
    column: int
    end_line: int
    end_column: int


def _locate(findings: Iterable[Finding], documents: Iterable[Document]) -> list[_Located]:
    indexes: dict[str | None, LineIndex] = {}
    texts = {d.path: d.text for d in documents}
    out = []
    for f in findings:
        index = indexes.get(f.path)
        if index is None:
            index = indexes[f.path] = LineIndex(texts.get(f.path, ""))
        out.append(_Located(f, *index.position(f.start), *index.position(f.end)))
    return out


def finding_json(loc: _Located) -> dict:
    """One finding in the JSON contract's shape (version 1)."""
    f = loc.finding
    return {
        "path": f.path,
        "line": loc.line,
        "column": loc.column,
        "start": f.start,
        "end": f.end,
        "code": f.code,
        "rule": f.rule,
        "severity": f.severity.value,
        "text": f.text,
        "message": f.message,
        "fingerprint": f.fingerprint,
    }


def _where(loc: _Located) -> str:
    return f"{one_line(loc.finding.path)}:{loc.line}:{loc.column}"


def _render_table(located: list[_Located], tablefmt: str, width: int | None, *, markdown: bool) -> list[str]:
    """The findings as one table (``--fmt``, ``--format markdown``): where, code, level, message."""
    rows = [
        {
            "where": _where(loc),
            "code": loc.finding.code,
            "level": loc.finding.severity.value,
            "message": loc.finding.message,
        }
        for loc in located
    ]
    return [table(rows, tablefmt, width=width, wrap=FINDING_WRAP, markdown=markdown), ""] if rows else []


def _render_text(
    located: list[_Located], files: int, known: int, *, tablefmt: str | None = None, width: int | None = None
) -> str:
    if tablefmt:
        lines = _render_table(located, tablefmt, width, markdown=tablefmt in ("github", "pipe"))
    else:
        lines = [f"{_where(loc)}: {loc.finding.code} {one_line(loc.finding.message)}" for loc in located]
    checked = f"{files} file{'s' if files != 1 else ''} checked"
    if known:
        checked += f", {known} known finding{'s' if known != 1 else ''} in the baseline not shown"
    if not located:
        lines.append(f"No findings ({checked}).")
    else:
        counts = {level: sum(1 for loc in located if loc.finding.severity is level) for level in Level}
        parts = [
            f"{n} {level.value}{'s' if n != 1 and level is not Level.INFO else ''}"
            for level, n in sorted(counts.items(), reverse=True)
            if n
        ]
        total = len(located)
        lines.append(f"Found {total} finding{'s' if total != 1 else ''}: {', '.join(parts)} ({checked}).")
    return "\n".join(lines) + "\n"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")


def _render_github(located: list[_Located]) -> str:
    """GitHub Actions workflow commands, one annotation a finding."""
    lines = []
    for loc in located:
        f = loc.finding
        props = {
            "file": f.path or "",
            "line": loc.line,
            "col": loc.column,
            "endLine": loc.end_line,
            "endColumn": loc.end_column,
            "title": f"{f.code} {f.rule}",
        }
        joined = ",".join(f"{k}={_escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{GITHUB_COMMANDS[f.severity]} {joined}::{_escape_data(f.message)}")
    return "".join(line + "\n" for line in lines)


def rule_json(r: Rule) -> dict:
    """One rule as SARIF's ``reportingDescriptor``."""
    return {
        "id": r.code,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": _unwrap(r.section("What it does"))},
        "help": {"text": _rule_markdown(r), "markdown": _rule_markdown(r)},
        "defaultConfiguration": {"level": SARIF_LEVELS[r.level]},
    }


def _unwrap(text: str) -> str:
    """Join the wrapped lines of each paragraph (for plain-text descriptions)."""
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))


def _uri(path: str | None) -> str:
    if not path or path == "-":
        return "stdin"
    if os.path.isabs(path):
        return pathlib.Path(path).as_uri()
    return urllib.parse.quote(path.replace(os.sep, "/"))


def _render_sarif(located: list[_Located], rules: Mapping[str, Rule]) -> str:
    from provenance import __version__

    order = {code: i for i, code in enumerate(rules)}
    results = []
    for loc in located:
        f = loc.finding
        results.append(
            {
                "ruleId": f.code,
                "ruleIndex": order[f.code],
                "level": SARIF_LEVELS[f.severity],
                "message": {"text": f.message},
                "partialFingerprints": {FINGERPRINT_VERSION: f.fingerprint},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": _uri(f.path)},
                            "region": {
                                "startLine": loc.line,
                                "startColumn": loc.column,
                                "endLine": loc.end_line,
                                "endColumn": loc.end_column,
                                "charOffset": f.start,
                                "charLength": f.end - f.start,
                                "snippet": {"text": f.text},
                            },
                        }
                    }
                ],
            }
        )
    sarif = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "provenance",
                        "version": __version__,
                        "rules": [rule_json(r) for r in rules.values()],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"


def render(
    findings: Sequence[Finding],
    documents: Sequence[Document],
    fmt: str = "text",
    *,
    rules: Mapping[str, Rule] = RULES,
    known: int = 0,
    tablefmt: str | None = None,
    width: int | None = None,
) -> str:
    """Render ``findings`` in one of :data:`FORMATS`.

    Args:
        findings: as :func:`~provenance.lint.lint_documents` returns them.
        documents: the linted documents (their texts give lines and columns,
            their number the text summary).
        fmt: ``text``, ``json``, ``github`` or ``sarif``.
        rules: the rule table for SARIF's ``rules[]``.
        known: how many findings a baseline left out (the text summary says so).
        tablefmt: a tabulate table style: the text output is then a table of
            the findings in that style (``markdown`` is always a table, by
            default GitHub's).
        width: fit the table in this many columns (None: every cell whole).

    >>> doc = Document(text="a\\nbc", path="a.md")
    >>> f = Finding("a.md", 3, 4, "PV101", "unsourced-statistic", Level.WARNING, "c", "msg")
    >>> print(render([f], [doc]), end="")
    a.md:2:2: PV101 msg
    Found 1 finding: 1 warning (1 file checked).
    """
    located = _locate(findings, documents)
    if fmt == "text":
        return _render_text(located, len(documents), known, tablefmt=tablefmt, width=width)
    if fmt == "markdown":
        return _render_text(located, len(documents), known, tablefmt=tablefmt or "github")
    if fmt == "json":
        return (
            json.dumps({"version": 1, "findings": [finding_json(loc) for loc in located]}, ensure_ascii=False, indent=2)
            + "\n"
        )
    if fmt == "github":
        return _render_github(located)
    if fmt == "sarif":
        return _render_sarif(located, rules)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _rule_markdown(r: Rule) -> str:
    body = r.doc.split("\n", 1)[1].strip() if "\n" in r.doc else ""
    selection = (
        "" if r.default else f'Not in the default selection: select it by its code (`select = ["PV", "{r.code}"]`).\n\n'
    )
    return f"# {r.name} ({r.code})\n\n{r.summary}\n\nDefault level: {r.level.value}\n\n{selection}{body}\n"


def _rule_text(r: Rule) -> str:
    """A rule's documentation as plain text: headings underlined, code blocks
    indented, no Markdown marks."""
    out: list[str] = []
    fenced = False
    for line in _rule_markdown(r).split("\n"):
        if line.startswith("```"):
            fenced = not fenced
            continue
        if fenced:
            out.append("    " + line)
        elif line.startswith("#"):
            heading = line.lstrip("#").strip()
            out += [heading, ("=" if line.startswith("# ") else "-") * len(heading)]
        else:
            out.append(line.replace("`", ""))
    return "\n".join(out)


def render_rule(r: Rule, fmt: str = "text") -> str:
    """A rule's documentation in one of :data:`RULE_FORMATS`: plain text, Markdown or a JSON object."""
    if fmt == "json":
        return (
            json.dumps(
                {
                    "code": r.code,
                    "name": r.name,
                    "level": r.level.value,
                    "summary": r.summary,
                    **{s: r.section(s) for s in DOC_SECTIONS},
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt == "markdown":
        return _rule_markdown(r)
    if fmt == "text":
        return _rule_text(r)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(RULE_FORMATS)}")


def render_rules(
    fmt: str = "text", *, tablefmt: str | None = None, width: int | None = None, rules: Mapping[str, Rule] = RULES
) -> str:
    """The table of rules (code, name, default level and summary) in one of :data:`RULES_FORMATS`."""
    rows = [{"code": r.code, "name": r.name, "level": r.level.value, "summary": r.summary} for r in rules.values()]
    if fmt == "json":
        return json.dumps({"version": 1, "rules": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else [], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()
    markdown = fmt == "markdown"
    style = tablefmt or ("github" if markdown else "simple")
    return table(rows, style, width=None if markdown else width, wrap={"summary": 1}, markdown=markdown) + "\n"
