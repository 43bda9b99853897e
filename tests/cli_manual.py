"""``docs/cli.md``: the manual of the ``provenance`` command, made from its click commands.

Every command's usage, description, examples and options come from the
commands themselves (what ``provenance COMMAND -h`` prints), and the rules
every command follows from :mod:`provenance.cli.runs`.  ``tests/test_docs.py``
fails when the file is stale; regenerate it with::

    python tests/cli_manual.py
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

ROOT = Path(__file__).resolve().parent.parent
MANUAL = ROOT / "docs" / "cli.md"

HEADER = """\
# The `provenance` command

<!-- Made by `python tests/cli_manual.py` from the click commands; tests/test_docs.py checks it is current. -->

"""


def _paragraphs(text: str) -> list[str]:
    """A click help text as Markdown paragraphs: a ``\\b`` paragraph (kept as
    written, such as an ``Example:`` block) becomes a code block."""
    out = []
    for block in inspect.cleandoc(text).split("\n\n"):
        if block.startswith("\b"):
            title, _, body = block.lstrip("\b\n").partition("\n")
            out.append(f"{title}\n\n```console\n{inspect.cleandoc(body)}\n```")
        else:
            out.append(" ".join(block.split()))
    return out


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _options(command: click.Command, ctx: click.Context) -> str:
    rows = ["| option | meaning |", "|---|---|"]
    for param in command.get_params(ctx):
        record = param.get_help_record(ctx) if isinstance(param, click.Option) else None
        if record is None:
            continue  # an argument: the description says what it is
        names, meaning = record
        rows.append(f"| `{_cell(names)}` | {_cell(meaning)} |")
    return "\n".join(rows)


def _command(name: str, command: click.Command, parent: click.Context) -> str:
    ctx = click.Context(command, info_name=name, parent=parent, help_option_names=["-h", "--help"])
    usage = command.get_usage(ctx).removeprefix("Usage: ")
    parts = [f"## provenance {name}", "", f"`{usage}`", ""]
    for paragraph in _paragraphs(command.help or ""):
        parts += [paragraph, ""]
    parts += [_options(command, ctx), ""]
    return "\n".join(parts)


def manual() -> str:
    """The whole manual, from the commands as they are now."""
    from provenance.cli import main, runs

    root = click.Context(main, info_name="provenance")
    parts = [HEADER]
    for paragraph in _paragraphs(main.help or ""):
        parts.append(paragraph + "\n\n")
    rules = inspect.cleandoc(runs.__doc__ or "").split("Rules every command follows:", 1)[1].strip()
    parts.append("## Rules every command follows\n\n" + rules.replace("``", "`") + "\n\n")
    parts.append("## Commands\n\n")
    parts.append(
        "".join(
            f"- [`provenance {name}`](#provenance-{name}): {cmd.get_short_help_str(200)}\n"
            for name, cmd in sorted(main.commands.items())
        )
    )
    parts.append("\n")
    for name, command in sorted(main.commands.items()):
        parts.append(_command(name, command, root) + "\n")
    return "".join(parts).rstrip("\n") + "\n"


def main() -> int:
    fresh = manual()
    if not MANUAL.exists() or MANUAL.read_text(encoding="utf-8") != fresh:
        MANUAL.write_text(fresh, encoding="utf-8")
        print(f"{MANUAL.relative_to(ROOT)} regenerated")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
