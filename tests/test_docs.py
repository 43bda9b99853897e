"""The project's own documentation says what the code does now.

- ``docs/architecture.md`` names every module of the package;
- every command's help ends with an ``Example:`` whose lines run that command
  with options it has;
- the README's ``$ provenance ...`` transcripts print what the commands print
  (regenerate them with ``python tests/transcripts.py``);
- ``docs/cli.md`` is the manual the click commands make now (regenerate it
  with ``python tests/cli_manual.py``).
"""

from __future__ import annotations

import pkgutil
import shlex

import click
import pytest
import transcripts
from conftest import ROOT

import provenance
from provenance.cli import main

ARCHITECTURE = ROOT / "docs" / "architecture.md"


def _modules() -> list[str]:
    """Every module of the package as a path from the project root (``provenance/lint/rule.py``)."""
    found = ["provenance/__init__.py"]
    for info in pkgutil.walk_packages(provenance.__path__, "provenance."):
        path = info.name.replace(".", "/")
        found.append(f"{path}/__init__.py" if info.ispkg else f"{path}.py")
    return sorted(found)


@pytest.mark.parametrize("module", _modules())
def test_architecture_names_every_module(module):
    assert f"`{module}`" in ARCHITECTURE.read_text(encoding="utf-8"), (
        f"docs/architecture.md does not describe {module}: add a row saying what it owns"
    )


def test_architecture_names_no_module_that_is_gone():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    named = {part.strip("`") for part in text.split() if part.startswith("`provenance/") and part.endswith(".py`")}
    assert named <= set(_modules())


# --------------------------------------------------------------------------
# Help examples
# --------------------------------------------------------------------------


def _example(help_text: str) -> list[list[str]]:
    """The command lines of the ``Example:`` block of a help text, as argument lists."""
    lines = help_text.split("Example:", 1)[1].splitlines() if "Example:" in help_text else []
    examples = []
    for line in lines[1:]:
        if line and not line.startswith(" "):
            break  # the next section ("Options:")
        command = line.strip().rsplit("| provenance ", 1)  # "echo … | provenance relate"
        command_line = "provenance " + command[1] if len(command) == 2 else command[0]
        if command_line.startswith("provenance "):
            examples.append(shlex.split(command_line, comments=True))
    return examples


def _option_names(command: click.Command) -> set[str]:
    return {name for p in command.params if isinstance(p, click.Option) for name in p.opts + p.secondary_opts}


@pytest.mark.parametrize("name", sorted(main.commands))
def test_every_command_help_has_an_example(runner, name):
    result = runner.invoke(main, [name, "-h"])
    assert result.exit_code == 0
    examples = _example(result.stdout)
    assert examples, f"provenance {name} -h has no Example: block of command lines"
    own = [args for args in examples if args[1] == name]
    assert own, f"the example of provenance {name} never runs it"
    for args in own:
        options = {a.split("=", 1)[0] for a in args[2:] if a.startswith("-") and a != "-"}
        unknown = options - _option_names(main.commands[name])
        assert not unknown, f"the example of provenance {name} uses options it does not have: {sorted(unknown)}"


def test_the_group_help_lists_every_command(runner):
    result = runner.invoke(main, ["-h"])
    assert result.exit_code == 0
    for name in main.commands:
        assert f"  {name} " in result.stdout


# --------------------------------------------------------------------------
# README transcripts
# --------------------------------------------------------------------------

README = transcripts.transcripts(transcripts.README.read_text(encoding="utf-8"))


def test_the_readme_has_transcripts_of_the_main_commands():
    commands = {t.command.split()[1] for t in README}
    assert {"report", "contested", "relate", "lint"} <= commands


@pytest.mark.parametrize("transcript", README, ids=[t.command for t in README])
def test_readme_transcript_is_current(transcript):
    assert transcripts.run(transcript.command) == transcript.output, (
        f"README transcript of `{transcript.command}` is stale: run python tests/transcripts.py"
    )


def test_cli_manual_is_current():
    import cli_manual

    assert cli_manual.MANUAL.read_text(encoding="utf-8") == cli_manual.manual(), (
        "docs/cli.md is stale: run python tests/cli_manual.py"
    )
