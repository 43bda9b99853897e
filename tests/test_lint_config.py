"""Fuzzing the lint configuration: any configuration file is read or refused with a ConfigError, never a crash.

Configuration files are generated from the configuration's own keys (with valid and invalid values of every
shape, glob metacharacters, deep nesting) and as raw bytes, then read the way the CLI reads them: found by
walking up (``discover_config``) or named (``load_config``), and used (selection, exclusion, source aliases).
Through the CLI the same files exit 0, 1 or 2, never with a traceback.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import tempfile

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.cli import main
from provenance.errors import ConfigError
from provenance.lint import Config, discover_config, load_config
from provenance.lint.config import CONFIG_KEYS

# -- a small TOML writer (the standard library only reads TOML) ----------------------


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value)  # JSON string escapes are TOML basic-string escapes (a lone surrogate is not)
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    return "{" + ", ".join(f"{json.dumps(k)} = {toml_value(v)}" for k, v in value.items()) + "}"


def toml_document(table: dict) -> str:
    return "".join(f"{json.dumps(k)} = {toml_value(v)}\n" for k, v in table.items())


# -- strategies -------------------------------------------------------------------------

# Rule codes and prefixes, valid and not, in any case.
codes = st.sampled_from(["PV", "PV1", "PV101", "pv102", "PV2", "PV900", "PV999", "PV0001", "XX1", "", " PV101 "])
# Globs built from the characters that mean something in a glob or a regular expression.
globs = st.text(alphabet="ab/*?[]!^-\\.{}()|+$", max_size=12)
levels = st.sampled_from(["info", "warning", "error", "fatal", "", "INFO"])
scalars = st.one_of(
    st.text(max_size=20),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    codes,
    globs,
    levels,
)
# Any TOML value, nested a few levels.
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=12,
)
# A value for each configuration key: well typed (with good or bad items), or else anything at all.
well_typed = {
    "select": st.lists(codes, max_size=4),
    "ignore": st.lists(codes, max_size=4),
    "levels": st.dictionaries(codes, levels | values, max_size=3),
    "per-file-ignores": st.dictionaries(globs, st.lists(codes, max_size=3) | values, max_size=3),
    "exclude": st.lists(globs, max_size=4),
    "published": st.dates() | st.text(max_size=12),
    "min-score": st.floats(-1, 2) | st.integers(-2, 3) | st.booleans(),
    "aliases": st.dictionaries(st.text(max_size=10), st.text(max_size=10) | st.lists(st.text(max_size=10)), max_size=3),
}
assert set(well_typed) == set(CONFIG_KEYS)
tables = st.dictionaries(
    st.sampled_from(sorted(CONFIG_KEYS)) | st.text(max_size=8),
    st.none(),
    max_size=5,
).flatmap(
    lambda keys: st.fixed_dictionaries(
        {k: st.one_of(well_typed[k], values) if k in well_typed else values for k in keys}
    )
)


@st.composite
def config_files(draw) -> tuple[str, bytes]:
    """A configuration file name and its bytes: a generated table, its text mutated, or raw bytes."""
    name = draw(st.sampled_from([".provenance.toml", "pyproject.toml"]))
    table = draw(tables)
    if name == "pyproject.toml":
        tool = draw(st.sampled_from(["table", "other", "scalar", "none"]))
        if tool == "table":
            table = {"tool": {"provenance": table}}
        elif tool == "other":
            table = {"tool": {"black": table}}
        elif tool == "scalar":
            table = {"tool": draw(scalars)}
    text = toml_document(table).encode("utf-8", "surrogatepass")
    how = draw(st.sampled_from(["as is", "as is", "cut", "insert", "nested", "bytes"]))
    if how == "cut" and text:
        text = text[: draw(st.integers(0, len(text) - 1))]
    elif how == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.binary(max_size=8)) + text[at:]
    elif how == "nested":
        depth = draw(st.integers(1, 3000))
        text += b"deep = " + b"[" * depth + b"]" * depth + b"\n"
    elif how == "bytes":
        text = draw(st.binary(max_size=64))
    return name, text


def use(config: Config) -> None:
    """Everything the CLI does with a configuration after reading it."""
    config.enabled("news/a.md")
    config.excluded(os.path.join(config.root, "news", "a.md"))
    config.registry()


# -- properties ------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(config_files())
def test_any_configuration_file_is_read_or_refused_with_a_config_error(tmp_path, file):
    name, content = file
    # a folder of its own per example: one named after the content held the file of an earlier
    # example with the same content and another name, which the discovery then found first
    folder = pathlib.Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / name
    path.write_bytes(content)
    for read in (lambda: load_config(str(path)), lambda: discover_config([str(folder)])):
        try:
            use(read())
        except ConfigError as e:
            message = str(e)
            assert message.startswith(str(path) + ": ")  # names the file
            assert "\n" not in message.strip() and len(message) < 400  # one short line


CLEAN = "# Harbour news\n\nDock workers returned to work on Monday (Port Gazette, March 3, 2020).\n"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], max_examples=60)
@given(config_files())
def test_any_configuration_file_exits_0_or_2_through_the_cli(tmp_path, monkeypatch, file):
    name, content = file
    # a folder of its own per example: one named after the content held the file of an earlier
    # example with the same content and another name, which the discovery then found first
    folder = pathlib.Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / name).write_bytes(content)
    (folder / "a.md").write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, ["lint", "--exit-zero", "a.md"])  # findings (a published date) exit 0
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2)
    if result.exit_code == 1:
        assert "Found 1 finding" in result.stdout
    if result.exit_code == 2:
        assert result.stderr.startswith(f"Error: {folder / name}: ")


@pytest.mark.parametrize(
    "select, ignore",
    [
        (["PV1"], ["PV1"]),  # the same prefix
        (["PV101", "PV2"], ["pv101"]),  # the same code in another case
    ],
)
def test_select_and_ignore_naming_the_same_code_is_an_error(select, ignore):
    from provenance.lint.config import config_from_dict

    with pytest.raises(ConfigError, match="select and ignore both name"):
        config_from_dict({"select": select, "ignore": ignore})
    config_from_dict({"select": ["PV"], "ignore": ["PV1"]})  # a longer ignore inside a select: fine
