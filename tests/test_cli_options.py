"""One command line: the same options mean the same thing on every command.

Walks every command of the click group: a shared option has the same names,
default, type and help wherever it appears; every command that reads articles,
writes, prints tables or reports relations has the options that go with it;
every ``-o`` ending a help text names is accepted.
"""

from __future__ import annotations

import json
import re

import click
import pytest

from provenance.cli import main

COMMANDS = dict(sorted(main.commands.items()))

#: Options of every command that reads articles.
READING = {"--published", "--dates", "--config", "--encoding", "--max-bytes", "--jobs", "--db"}

#: Commands that read articles (PATHS).
READS = {"report", "contested", "lint", "index", "export"}

#: Commands that write an output (everything but index, which writes the store).
WRITES = set(COMMANDS) - {"index"}

#: Commands whose text or Markdown output has tables.
TABLES = {"report", "contested", "lint", "rules"}

#: Commands that report relations between claims.
RELATIONS = {"contested", "lint", "relate", "export"}


def _options(command: click.Command) -> dict[str, click.Option]:
    return {
        p.opts[-1] if p.opts[-1].startswith("--") else p.opts[0]: p
        for p in command.params
        if isinstance(p, click.Option)
    }


def _long_names(command: click.Command) -> set[str]:
    return {name for p in command.params if isinstance(p, click.Option) for name in p.opts if name.startswith("--")}


# The list of endings after "extension names:" and the choices of --format
# depend on the command's formats; everything else is the one definition.
_ENDINGS = re.compile(r"(extension names: ).*$")


def _signature(option: click.Option) -> tuple:
    info = option.type.to_info_dict()
    if option.name == "fmt":
        info.pop("choices", None)
    return (
        tuple(option.opts),
        tuple(option.secondary_opts),
        option.name,
        option.default,
        json.dumps(info, sort_keys=True, default=str),
        option.metavar,
        option.multiple,
        option.is_flag,
        option.required,
        option.show_default,
        _ENDINGS.sub(r"\1…", option.help or ""),
    )


def _shared() -> dict[str, dict[str, click.Option]]:
    """Each option name on more than one command, with each command's option."""
    found: dict[str, dict[str, click.Option]] = {}
    for name, command in COMMANDS.items():
        for option in command.params:
            if isinstance(option, click.Option):
                found.setdefault(option.opts[-1], {})[name] = option
    return {name: by for name, by in found.items() if len(by) > 1}


@pytest.mark.parametrize("name", sorted(_shared()))
def test_a_shared_option_is_the_same_everywhere(name):
    by_command = _shared()[name]
    signatures = {command: _signature(option) for command, option in by_command.items()}
    first = next(iter(signatures.values()))
    different = {command: s for command, s in signatures.items() if s != first}
    assert not different, f"{name} differs between commands: {signatures}"


@pytest.mark.parametrize(
    "commands, options",
    [
        # every command that reads articles reads them the same way
        (READS, READING),
        # every command that writes takes --format and a repeatable -o
        (WRITES, {"--format", "--output"}),
        # every command that prints tables takes a table style and a width
        (TABLES, {"--fmt", "--width"}),
        # every command that reports relations takes --min-score
        (RELATIONS, {"--min-score"}),
    ],
)
def test_options_go_with_what_a_command_does(commands, options):
    for name in sorted(commands):
        missing = options - _long_names(COMMANDS[name])
        assert not missing, f"provenance {name} lacks {', '.join(sorted(missing))}"


@pytest.mark.parametrize("name", sorted(WRITES))
def test_output_is_repeatable_with_a_file_placeholder(name):
    output = _options(COMMANDS[name])["--output"]
    assert output.multiple and output.metavar == "FILE" and output.opts == ["-o", "--output"]


@pytest.mark.parametrize("name", sorted(READS))
def test_paths_are_optional_everywhere(name):
    (paths,) = [p for p in COMMANDS[name].params if isinstance(p, click.Argument)]
    assert paths.name == "paths" and paths.nargs == -1 and not paths.required


# -- every ending a help text names is accepted ---------------------------------

ARTICLE = "Harbour Strike Ends\n\nDock workers returned to work on Monday (Port Gazette, March 3, 2020).\n"
PAIR = '{"id": 1, "a": "The mayor resigned.", "b": "The mayor denied resigning."}\n'


def _endings(command: click.Command) -> list[str]:
    """The file endings the help of ``-o`` names."""
    text = _options(command)["--output"].help.split("extension names:", 1)[1]
    return re.findall(r"(\.[a-z.]+)\b", text)


def _cases() -> list[tuple[str, str]]:
    return [(name, ending) for name in sorted(WRITES) for ending in _endings(COMMANDS[name])]


@pytest.mark.parametrize("name, ending", _cases())
def test_every_ending_named_in_a_help_is_accepted(runner, tmp_path, monkeypatch, name, ending):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "strike.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "pairs.jsonl").write_text(PAIR, encoding="utf-8")
    args = {"relate": ["pairs.jsonl"], "rule": ["PV101"], "rules": []}.get(name, ["strike.txt"])
    out = tmp_path / f"out{ending}"
    result = runner.invoke(main, [name, *args, "-o", str(out)])
    assert result.exit_code in (0, 1), result.output  # lint exits 1 on findings
    assert out.read_text(encoding="utf-8").strip()


def test_an_ending_of_a_format_the_command_does_not_write_is_refused(runner, tmp_path):
    result = runner.invoke(main, ["rules", "-o", str(tmp_path / "rules.html")])
    assert result.exit_code == 2
    assert "does not write html" in result.output
