"""Lint configuration: ``.provenance.toml`` or ``[tool.provenance]`` in ``pyproject.toml``.

:func:`discover_config` finds the nearest configuration file above the linted
paths, :func:`load_config` reads one, :func:`config_from_dict` checks every key
and value (a problem is a :class:`~provenance.errors.ConfigError` naming the
file and the key) and returns a frozen :class:`Config`.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence

import attrs

from provenance.errors import ConfigError
from provenance.globs import glob_matches
from provenance.globs import glob_pattern as _glob_pattern
from provenance.lint.rule import RULES, Rule, quoted, selector
from provenance.model import Level
from provenance.published import EVERYTHING, PublishedDates, iso_date
from provenance.sources import Registry, default_registry

__all__ = [
    "CONFIG_FILES",
    "CONFIG_KEYS",
    "Config",
    "config_from_dict",
    "discover_config",
    "find_config",
    "glob_matches",
    "load_config",
]

#: Configuration files looked for in each directory, the first found winning.
CONFIG_FILES = (".provenance.toml", "pyproject.toml")


def _level(value, where: str) -> Level:
    try:
        return Level(value)
    except (ValueError, TypeError):
        levels = ", ".join(level.value for level in Level)
        raise ConfigError(f"{where}: unknown level {quoted(value)} (one of {levels})") from None


def _selectors(value, where: str, *, exact: bool = False) -> tuple[str, ...]:
    """Validate a list of rule codes (or, unless ``exact``, code prefixes)."""
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of rule codes, got {quoted(value)}")
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: expected a rule code, got {quoted(item)}")
        out.append(selector(item, where, exact=exact))
    return tuple(out)


def _strings(value, where: str, what: str = "source names") -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of {what}, got {quoted(value)}")
    return tuple(value)


def _globs(value, where: str) -> tuple[str, ...]:
    """A list of globs, each checked to compile."""
    globs = _strings(value, where, "glob patterns")
    for glob in globs:
        _glob(glob, where)
    return globs


def _glob(glob: str, where: str) -> str:
    try:
        _glob_pattern(glob.strip("/"))
    except ConfigError as e:
        raise ConfigError(f"{where}: {e}") from None
    return glob


def _aliases(value, where: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for canonical, names in _table(value, where).items():
        names = _strings([names] if isinstance(names, str) else names, f"{where}.{quoted(canonical)}")
        bad = [n for n in (canonical, *names) if not n.strip() or any(ch in n for ch in "\t\n|")]
        if bad:
            raise ConfigError(
                f"{where}.{quoted(canonical)}: {quoted(bad[0])} is not a source name (empty, or holds a tab or '|')"
            )
        out[canonical] = names
    return out


def _published(value, where: str) -> str | tuple[tuple[str, str], ...]:
    """``published = DATE`` (every file), or a table of globs and dates."""
    if not isinstance(value, dict):
        return iso_date(value, where)
    for glob, date in value.items():
        _glob(glob, where)
        iso_date(date, f"{where}.{quoted(glob)}")
    return tuple((glob, iso_date(date, where)) for glob, date in value.items())


def score(value, where: str) -> float:
    """A comparator score: a number from 0 to 1.

    Raises:
        ConfigError: ``value`` is not a number in [0, 1]; the message names ``where``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"{where}: expected a score from 0 to 1, got {quoted(value)}")
    return float(value)


def _table(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table, got {quoted(value)}")
    return value


@attrs.frozen
class Config:
    """Lint configuration: which rules run, at which level, on which files.

    Selection works like ruff's: a rule runs when the longest ``select``
    selector matching its code is longer than the longest matching ``ignore``
    selector (``ignore = ["PV1"]`` with ``select = ["PV", "PV101"]`` keeps
    PV101 only), and no ``per-file-ignores`` entry matching the file names it.
    A rule outside the default selection (:attr:`Rule.default`, PV103) runs only
    when ``select`` names its code: ``select = ["PV", "PV103"]``.
    """

    select: tuple[str, ...] = ("PV",)
    """Rule codes or prefixes to run (default: every rule of the default selection)."""
    ignore: tuple[str, ...] = ()
    """Rule codes or prefixes not to run."""
    levels: Mapping[str, Level] = attrs.field(factory=dict)
    """Level per rule code, overriding the rule's default."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """``(glob, selectors)``: rules not run on files the glob matches."""
    exclude: tuple[str, ...] = ()
    """Globs of files never linted."""
    published: str | None = None
    """ISO date used as publication date of an article that has none (``published = DATE``)."""
    published_globs: tuple[tuple[str, str], ...] = ()
    """``(glob, ISO date)``: publication dates of the files a glob matches, the
    last match winning (``[published]`` table)."""
    aliases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Extra source aliases: canonical name -> names as written."""
    min_score: float | None = None
    """Lowest comparator score PV201 reports (None: the comparator's calibrated threshold)."""
    path: str | None = None
    """The file this configuration came from, if any."""
    root: str = attrs.field(factory=os.getcwd)
    """The directory globs are relative to (the configuration file's)."""

    def relative(self, path: str) -> str:
        """``path`` relative to :attr:`root`, with forward slashes."""
        return os.path.relpath(os.path.abspath(path), self.root).replace(os.sep, "/")

    def excluded(self, path: str) -> bool:
        if path == "-" or not self.exclude:
            return False
        rel = self.relative(path)
        return any(glob_matches(g, rel) for g in self.exclude)

    def enabled(self, path: str | None, rules: Mapping[str, Rule] = RULES) -> frozenset[str]:
        """Codes of the rules that run on the file at ``path``."""
        ignored: list[str] = []
        if path and path != "-" and self.per_file_ignores:
            rel = self.relative(path)
            for glob, selectors in self.per_file_ignores:
                if glob_matches(glob, rel):
                    ignored.extend(selectors)
        return frozenset(
            code
            for code, r in rules.items()
            if (r.default or code in self.select)
            and _longest(code, self.select) > _longest(code, self.ignore)
            and _longest(code, ignored) < 0
        )

    def dates(self) -> PublishedDates:
        """The configured publication dates: ``published = DATE`` for every
        file, then the ``[published]`` globs (see :mod:`provenance.published`)."""
        plain = [(EVERYTHING, self.published)] if self.published else []
        origin = f"{self.path or 'configuration'}: published"
        return PublishedDates.of([*plain, *self.published_globs], root=self.root, origin=origin)

    def published_for(self, path: str | None) -> str | None:
        """The configured publication date of the file at ``path``, if any."""
        return self.dates().date_for(path)

    def level(self, rule: Rule) -> Level:
        return self.levels.get(rule.code, rule.level)

    def registry(self) -> Registry:
        """The shipped source registry extended by :attr:`aliases`."""
        registry = default_registry()
        if not self.aliases:
            return registry
        lines = [
            "\t".join((canonical, registry.source(canonical).kind.value, " | ".join(names)))
            for canonical, names in self.aliases.items()
        ]
        return registry.extended(lines, origin=f"{self.path or 'configuration'}: aliases")


def _longest(code: str, selectors: Iterable[str]) -> int:
    """Length of the longest selector that ``code`` starts with, -1 when none."""
    return max((len(s) for s in selectors if code.startswith(s)), default=-1)


#: Configuration keys and how each is read: ``(value, where) -> field value``.
CONFIG_KEYS: dict[str, tuple[str, Callable]] = {
    "select": ("select", _selectors),
    "ignore": ("ignore", _selectors),
    "levels": (
        "levels",
        lambda v, where: {
            selector(code, f"{where}.{code}", exact=True): _level(level, f"{where}.{code}")
            for code, level in _table(v, where).items()
        },
    ),
    "per-file-ignores": (
        "per_file_ignores",
        lambda v, where: tuple(
            (_glob(glob, where), _selectors(codes, f"{where}.{quoted(glob)}"))
            for glob, codes in _table(v, where).items()
        ),
    ),
    "exclude": ("exclude", _globs),
    "published": ("published", lambda v, where: _published(v, where)),
    "aliases": ("aliases", _aliases),
    "min-score": ("min_score", lambda v, where: score(v, where)),
}


def config_from_dict(data: Mapping, *, path: str | None = None, prefix: str = "") -> Config:
    """A :class:`Config` from a parsed TOML table; unknown keys are errors.

    >>> config_from_dict({"ignore": ["PV1"], "levels": {"PV003": "error"}}).ignore
    ('PV1',)
    >>> config_from_dict({"selct": ["PV"]}, path="x.toml")
    Traceback (most recent call last):
    ...
    provenance.errors.ConfigError: x.toml: unknown key 'selct'; did you mean 'select'?
    """
    origin = f"{path}: " if path else ""
    fields: dict = {}
    for key, value in data.items():
        where = f"{origin}{prefix}{key}"
        if key not in CONFIG_KEYS:
            hint = difflib.get_close_matches(key, list(CONFIG_KEYS), n=1)
            also = f"; did you mean {hint[0]!r}?" if hint else f" (known keys: {', '.join(CONFIG_KEYS)})"
            raise ConfigError(f"{origin}unknown key {quoted(prefix + key)}{also}")
        name, read = CONFIG_KEYS[key]
        fields[name] = read(value, where)
    both = sorted(set(fields.get("select", ())) & set(fields.get("ignore", ())))
    if both:
        raise ConfigError(f"{origin}{prefix}select and {prefix}ignore both name {', '.join(both)}; keep one")
    if isinstance(fields.get("published"), tuple):  # the per-glob table of the published key
        fields["published_globs"] = fields.pop("published")
    if path:
        fields.update(path=path, root=os.path.dirname(os.path.abspath(path)))
    return Config(**fields)


def load_config(path: str) -> Config:
    """Read the configuration file at ``path``.

    A file named ``pyproject.toml`` is read from its ``[tool.provenance]``
    table; any other file is read whole.

    Raises:
        ConfigError: the file cannot be read, is not TOML, or holds an unknown
            key, rule code or level (the message names the file and the key).
    """
    data = _read_toml(path)
    if os.path.basename(path) == "pyproject.toml":
        table = _table(data.get("tool", {}), f"{path}: tool").get("provenance")
        if table is None:
            raise ConfigError(f"{path}: no [tool.provenance] table")
        return config_from_dict(_table(table, f"{path}: tool.provenance"), path=path, prefix="tool.provenance.")
    return config_from_dict(data, path=path)


def _read_toml(path: str) -> dict:
    """The parsed TOML file at ``path``; any problem is a :class:`ConfigError` naming it."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as e:
        raise ConfigError(f"{path}: cannot read configuration: {e.strerror}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: not UTF-8 (byte 0x{raw[e.start]:02x} at offset {e.start})") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    except RecursionError:
        raise ConfigError(f"{path}: invalid TOML: arrays or tables nested too deeply") from None


def find_config(start: str) -> str | None:
    """The nearest configuration file in ``start`` or a directory above it.

    In one directory ``.provenance.toml`` wins over ``pyproject.toml``; a
    ``pyproject.toml`` without ``[tool.provenance]`` does not count.
    """
    directory = os.path.abspath(start)
    while True:
        for name in CONFIG_FILES:
            candidate = os.path.join(directory, name)
            if os.path.isfile(candidate) and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
        parent = os.path.dirname(directory)
        if parent == directory:
            return None
        directory = parent


def _has_tool_table(path: str) -> bool:
    try:
        tool = _read_toml(path).get("tool", {})
    except ConfigError:
        return True  # let load_config report what is wrong with it
    return not isinstance(tool, dict) or "provenance" in tool  # a malformed ``tool`` is reported too


def discover_config(paths: Sequence[str] = ()) -> Config:
    """The configuration for linting ``paths``: found by walking up from their
    common directory (or the working directory), else the defaults."""
    places = [os.path.abspath(p) for p in paths if p != "-"]
    if places:
        start = os.path.commonpath(places)
        if not os.path.isdir(start):
            start = os.path.dirname(start)
    else:
        start = os.getcwd()
    found = find_config(start)
    return load_config(found) if found else Config()
