"""``provenance relate``: judge pairs of statements read as JSON Lines."""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import json
import math
import sys
from collections.abc import Iterator

import click

from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import min_score_option, output_options, plan_outputs
from provenance.cli.runs import UsageError
from provenance.errors import ProvenanceError
from provenance.printable import one_line

__all__ = ["MAX_RELATE_LINE", "RELATE_FORMATS", "relate_command"]

#: Output formats of ``provenance relate``: one judgement a line, one JSON document, a table.
RELATE_FORMATS = ("jsonl", "json", "csv")

#: Fields of each judgement, in output order.
JUDGEMENT_FIELDS = ("id", "relation", "kind", "score", "evidence")

#: Longest line ``relate`` reads, in bytes: a line holds two statements, not
#: articles.  A longer line is reported as bad and skipped.
MAX_RELATE_LINE = 1_000_000

#: How far ``relate`` looks for the end of an overlong line before it stops
#: reading (input with no line ends, such as a device, would never end).
MAX_RELATE_SKIP = 50_000_000


def _relate_lines(stream, name: str) -> Iterator[tuple[int, dict | str]]:
    """``(line number, pair)`` for each non-blank line of ``stream``, or
    ``(line number, problem)`` for a bad one; every line is read at most once."""
    number = 0
    while True:
        raw = stream.readline(MAX_RELATE_LINE + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_RELATE_LINE and not raw.endswith(b"\n"):
            skipped = len(raw)
            while raw and not raw.endswith(b"\n") and skipped <= MAX_RELATE_SKIP:
                raw = stream.readline(MAX_RELATE_LINE + 1)
                skipped += len(raw)
            if raw and not raw.endswith(b"\n"):
                yield number, f"no line end in {MAX_RELATE_SKIP:,} bytes; the rest of {name} is not read"
                return
            yield number, f"line longer than {MAX_RELATE_LINE:,} bytes"
            continue
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8) :]
        if not raw.strip():
            continue
        yield number, _relate_pair(raw)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"number {text} is out of range")
    return value


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _relate_pair(raw: bytes) -> dict | str:
    """One ``relate`` input line parsed, or what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return f"not UTF-8: invalid byte 0x{raw[e.start]:02x} at offset {e.start}"
    try:
        item = json.loads(text, parse_float=_finite, parse_constant=_no_constant)
        # Lone surrogates (\ud800) parse, but are not text: refuse them anywhere.
        json.dumps(item, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except RecursionError:
        return "JSON nested too deeply"
    except UnicodeEncodeError as e:
        return f"lone surrogate \\u{ord(e.object[e.start]):04x} in a string"
    except ValueError as e:
        return f"not JSON: {e}"
    if not isinstance(item, dict) or not isinstance(item.get("a"), str) or not isinstance(item.get("b"), str):
        return 'expected an object with string fields "a" and "b"'
    return item


class _Judgements:
    """Judgements written as they come, in one of :data:`RELATE_FORMATS`."""

    def __init__(self, output, fmt: str):
        self.output, self.fmt, self.count = output, fmt, 0
        if fmt == "json":
            output.write('{"version": 1, "judgements": [')
        elif fmt == "csv":
            self._row(JUDGEMENT_FIELDS)

    def _row(self, values) -> None:
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(values)
        self.output.write(buf.getvalue())

    def write(self, judgement: dict) -> None:
        if self.fmt == "csv":
            self._row([("" if judgement[k] is None else judgement[k]) for k in JUDGEMENT_FIELDS])
            return
        line = json.dumps(judgement, ensure_ascii=False, allow_nan=False)
        if self.fmt == "json":
            line = ("\n  " if self.count == 0 else ",\n  ") + line
        else:
            line += "\n"
        self.output.write(line)
        self.count += 1

    def close(self) -> None:
        if self.fmt == "json":
            self.output.write("\n]}\n" if self.count else "]}\n")


def _judgement(item: dict, relation, min_score: float) -> dict:
    """One output line; a contested or corroborated judgement scored below
    ``min_score`` is written as neutral, saying so."""
    kind, evidence, verdict = relation.kind, relation.evidence, str(relation.relation)
    if verdict in ("contested", "corroborated") and relation.score < min_score:
        verdict, kind = "neutral", None
        evidence = f"{evidence} (scored below --min-score {min_score:g})"
    return {
        "id": item.get("id"),
        "relation": verdict,
        "kind": str(kind) if kind else None,
        "score": round(relation.score, 3),
        "evidence": evidence,
    }


@main.command("relate")
@click.argument("source", default="-", type=click.Path(dir_okay=False, allow_dash=True))
@output_options(RELATE_FORMATS)
@min_score_option
def relate_command(source, fmt, outputs, min_score):
    """Judge pairs of statements read as JSON Lines from SOURCE (default: stdin).

    Each input line is {"id": ..., "a": "...", "b": "..."}; each judgement is
    {"id", "relation", "kind", "score", "evidence"}, where relation is
    contested, corroborated, neutral (b is about a but neither supports nor
    denies it) or unrelated; a contested or corroborated judgement scored
    below --min-score is written as neutral.  A bad line is reported on stderr
    with its number and the others are still judged; the exit code is then 2.

    \b
    Example:
        echo '{"id": 1, "a": "The mayor resigned.", "b": "The mayor denied resigning."}' | provenance relate
        provenance relate docs/examples/pairs.jsonl -o judged.csv
    """
    from provenance.compare import relate
    from provenance.lint.config import discover_config

    try:
        floor = runs.min_score(min_score, discover_config())
    except ProvenanceError as e:
        raise UsageError(str(e)) from None
    bad = 0
    name = "<stdin>" if source == "-" else one_line(source)
    plan = plan_outputs(fmt, outputs, RELATE_FORMATS)
    with runs.outputs(plan, lambda: [source]) as opened:
        writers = [_Judgements(out, chosen) for out, chosen in opened]
        try:
            stream = contextlib.nullcontext(sys.stdin.buffer) if source == "-" else open(source, "rb")  # noqa: SIM115
        except OSError as e:
            raise UsageError(f"{name}: cannot read: {e.strerror}") from None
        with stream as lines:
            for number, item in _relate_lines(lines, name):
                if isinstance(item, dict):
                    try:
                        r = relate(item["a"], item["b"])
                    except ProvenanceError as e:
                        item = f"cannot judge: {e}"
                if isinstance(item, str):
                    click.echo(f"provenance: error: {name}:{number}: {item}", err=True)
                    bad += 1
                    continue
                judgement = _judgement(item, r, floor)
                for writer in writers:
                    writer.write(judgement)
        for writer in writers:
            writer.close()
    if bad:
        sys.exit(2)
