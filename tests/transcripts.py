"""The README's ``$ provenance ...`` transcripts: find them, run them, rewrite them.

A transcript is a ``console`` code block whose first line is ``$ provenance ARGS``;
the lines after it, up to the closing fence, are what the command prints on
standard output, run from the project root.  ``tests/test_docs.py`` fails when
one is stale; regenerate them all with::

    python tests/transcripts.py
"""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import sys
from collections.abc import Iterator
from pathlib import Path

import attrs
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"

# A console block opening with a provenance command:
#   ```console
#   $ provenance report seeds/terrorism-monitor-19-17.txt
#   ...output...
#   ```
TRANSCRIPT = re.compile(
    r"""
    ^```console\n
    \$\ (?P<command>provenance\ [^\n]*)\n   # the command line
    (?P<output>(?:(?!```)[^\n]*\n)*?)       # what it prints, line by line
    ```$                                    # the closing fence
    """,
    re.MULTILINE | re.VERBOSE,
)


@attrs.frozen
class Transcript:
    """One command of a document and the output written under it."""

    command: str
    """The command line after ``$ ``."""
    output: str
    """The output as written, each line ending in a line break."""
    start: int
    """Offset of the output in the document."""
    end: int


def transcripts(text: str) -> list[Transcript]:
    """The transcripts of a Markdown document, in order."""
    return [
        Transcript(m["command"], m["output"], m.start("output"), m.end("output")) for m in TRANSCRIPT.finditer(text)
    ]


def run(command: str) -> str:
    """What ``command`` prints on standard output, run from the project root."""
    from provenance.cli import main

    args = shlex.split(command)[1:]
    with _chdir(ROOT):
        result = CliRunner().invoke(main, args, catch_exceptions=False)
    return result.stdout


def regenerate(text: str) -> str:
    """``text`` with the output of every transcript replaced by a fresh run."""
    out, pos = [], 0
    for t in transcripts(text):
        out += [text[pos : t.start], run(t.command)]
        pos = t.end
    return "".join(out) + text[pos:]


@contextlib.contextmanager
def _chdir(path: Path) -> Iterator[None]:
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    fresh = regenerate(text)
    if fresh != text:
        README.write_text(fresh, encoding="utf-8")
        print(f"{README.name}: {len(transcripts(text))} transcripts regenerated")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
