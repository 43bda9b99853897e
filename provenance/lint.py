"""Lint articles the way ruff and Vale lint code and prose.

Rules have stable codes (``PV`` + three digits, one hundred per family: ``PV0``
citations, ``PV1`` sourcing, ``PV2`` cross-document, ``PV9`` the linter itself),
a kebab-case name, a default level and a docstring in four sections (*What it
does / Why is this bad? / Example / Use instead*) that ``provenance rule CODE``
prints and SARIF's ``rules[]`` carries.

The stages, each a pure function over the pipeline's values:

* :func:`load_config` / :func:`discover_config` read ``.provenance.toml`` or
  ``[tool.provenance]`` in ``pyproject.toml`` into a :class:`Config`;
* :func:`load_documents` extracts the files to lint (exclusions, source
  aliases and the ``published`` fallback applied);
* :func:`lint` runs the rules, drops what ``<!-- provenance: … -->`` comments
  suppress and returns :class:`Finding` values in document order;
* :func:`render` prints findings as ``text``, ``json``, ``github`` or ``sarif``.
  Line and column are derived from offsets only here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import enum
import functools
import inspect
import json
import logging
import os
import pathlib
import subprocess
import tomllib
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import attrs
import regex
from tabulate import tabulate

from provenance import document, segment
from provenance.citations import last_day
from provenance.errors import ConfigError, InputError
from provenance.model import Document
from provenance.pipeline import extract_path
from provenance.printable import one_line
from provenance.sources import Registry, default_registry

__all__ = [
    "CONFIG_FILES",
    "FORMATS",
    "RULES",
    "Config",
    "Finding",
    "Level",
    "Rule",
    "changed_files",
    "contested_relations",
    "discover_config",
    "exit_code",
    "lint",
    "load_config",
    "load_documents",
    "render",
    "render_rule",
    "render_rules",
]

log = logging.getLogger(__name__)

#: Output formats of ``provenance lint``.
FORMATS = ("text", "json", "github", "sarif")

#: Configuration files looked for in each directory, the first found winning.
CONFIG_FILES = (".provenance.toml", "pyproject.toml")


# --------------------------------------------------------------------------
# Levels, rules and findings
# --------------------------------------------------------------------------


@functools.total_ordering
class Level(enum.Enum):
    """How serious a finding is: ``info < warning < error``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __lt__(self, other: "Level") -> bool:
        if not isinstance(other, Level):
            return NotImplemented
        return self.rank < other.rank


_RANKS = {Level.INFO: 0, Level.WARNING: 1, Level.ERROR: 2}

#: SARIF ``level`` and GitHub workflow command for each level.
SARIF_LEVELS = {Level.INFO: "note", Level.WARNING: "warning", Level.ERROR: "error"}
GITHUB_COMMANDS = {Level.INFO: "notice", Level.WARNING: "warning", Level.ERROR: "error"}

# A rule code: "PV" and three digits.  A selector may be any prefix ("PV1").
CODE = regex.compile(r"PV\d{3}")
SELECTOR = regex.compile(r"PV\d{0,3}")
# A rule name: lower-case words joined by hyphens ("unsourced-statistic").
RULE_NAME = regex.compile(r"[a-z]+(?:-[a-z]+)*")
# A documentation section heading in a rule docstring ("## What it does").
DOC_SECTION = regex.compile(r"^## (?P<title>.+)$", regex.MULTILINE)

#: The sections every rule's documentation has, in order.
DOC_SECTIONS = ("What it does", "Why is this bad?", "Example", "Use instead")


@attrs.frozen
class Hit:
    """What a rule's check yields: a span of the document and a message."""

    start: int
    end: int
    message: str


@attrs.frozen
class Context:
    """What a rule's check sees of one document."""

    document: Document
    published: str | None = None
    """The document's publication date, or the configured fallback."""
    relations: tuple = attrs.field(converter=tuple, factory=tuple)
    """Relations (from :mod:`provenance.compare`) with a side in this document."""
    unused: tuple[Hit, ...] = attrs.field(converter=tuple, factory=tuple)
    """Suppression comments that suppressed nothing (for PV900)."""


@attrs.frozen
class Rule:
    """A lint rule: code, name, default level, documentation and check."""

    code: str = attrs.field(validator=attrs.validators.matches_re(CODE.pattern))
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


def rule(code: str, name: str, level: Level, *, after_suppression: bool = False):
    """Register the decorated check as a rule; its docstring is the rule's documentation."""

    def register(check: Callable[[Context], Iterable[Hit]]):
        doc = inspect.cleandoc(check.__doc__ or "")
        missing = [s for s in DOC_SECTIONS if f"## {s}" not in doc]
        if missing:
            raise ValueError(f"{code}: documentation lacks {', '.join(missing)}")
        RULES[code] = Rule(code, name, level, doc, check, after_suppression)
        return check

    return register


def _non_negative(instance, attribute, value):
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value}")


@attrs.frozen(order=False)
class Finding:
    """One problem found in one document, with its span; line and column come at rendering."""

    path: str | None
    """The document's path as given (``-`` for stdin)."""
    start: int = attrs.field(validator=_non_negative)
    """Offset of the flagged span in the document text."""
    end: int = attrs.field(validator=_non_negative)
    """Offset one past the flagged span."""
    code: str = attrs.field(validator=attrs.validators.matches_re(CODE.pattern))
    """The rule's code."""
    rule: str
    """The rule's name."""
    severity: Level
    """The rule's configured level."""
    text: str
    """The flagged span as written."""
    message: str
    """What is wrong, in one line."""

    @end.validator
    def _end_after_start(self, attribute, value):
        if value < self.start:
            raise ValueError(f"end ({value}) must be >= start ({self.start})")


# --------------------------------------------------------------------------
# Configuration
# --------------------------------------------------------------------------


def _level(value, where: str) -> Level:
    try:
        return Level(value)
    except ValueError:
        levels = ", ".join(level.value for level in Level)
        raise ConfigError(f"{where}: unknown level {value!r} (one of {levels})") from None


def _selectors(value, where: str, *, exact: bool = False) -> tuple[str, ...]:
    """Validate a list of rule codes (or, unless ``exact``, code prefixes)."""
    if isinstance(value, str) or not isinstance(value, list):
        raise ConfigError(f"{where}: expected a list of rule codes, got {value!r}")
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ConfigError(f"{where}: expected a rule code, got {item!r}")
        out.append(_selector(item, where, exact=exact))
    return tuple(out)


def known_selector(code: str, *, exact: bool = False) -> bool:
    """Is ``code`` a rule's code or (unless ``exact``) a prefix of one (``PV1``)?"""
    if exact:
        return code in RULES
    return SELECTOR.fullmatch(code) is not None and any(c.startswith(code) for c in RULES)


def _selector(item: str, where: str, *, exact: bool = False) -> str:
    code = item.strip().upper()
    if not known_selector(code, exact=exact):
        hint = difflib.get_close_matches(code, list(RULES), n=1)
        also = f"; did you mean {hint[0]}?" if hint else ""
        raise ConfigError(f"{where}: unknown rule code {item!r}{also}")
    return code


def _iso(value, where: str) -> str:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ConfigError(f"{where}: {value!r} is not a date in the form YYYY-MM-DD") from None


def _strings(value, where: str, what: str = "glob patterns") -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of {what}, got {value!r}")
    return tuple(value)


def _aliases(value, where: str) -> dict[str, tuple[str, ...]]:
    out = {}
    for canonical, names in _table(value, where).items():
        names = _strings([names] if isinstance(names, str) else names, f"{where}.{canonical!r}", "source names")
        bad = [n for n in (canonical, *names) if not n.strip() or any(ch in n for ch in "\t\n|")]
        if bad:
            raise ConfigError(f"{where}.{canonical!r}: {bad[0]!r} is not a source name (empty, or holds a tab or '|')")
        out[canonical] = names
    return out


def _table(value, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table, got {value!r}")
    return value


@functools.cache
def _glob_pattern(glob: str):
    """Compile a glob: ``**`` spans directories, ``*`` and ``?`` stay within one."""
    out, i = [], 0
    while i < len(glob):
        if glob.startswith("**/", i):
            out.append(r"(?:.*/)?")
            i += 3
        elif glob.startswith("**", i):
            out.append(r".*")
            i += 2
        elif glob[i] == "*":
            out.append(r"[^/]*")
            i += 1
        elif glob[i] == "?":
            out.append(r"[^/]")
            i += 1
        elif glob[i] == "[" and "]" in glob[i + 1 :]:
            close = glob.index("]", i + 1)
            body = glob[i + 1 : close]
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body).replace("\\", "\\\\") + "]")
            i = close + 1
        else:
            out.append(regex.escape(glob[i]))
            i += 1
    return regex.compile("".join(out))


def glob_matches(glob: str, path: str) -> bool:
    """Does ``glob`` match the relative ``path`` or one of its parent directories?

    A glob without ``/`` matches any single component (``drafts`` excludes every
    ``drafts`` folder, ``*.md`` every Markdown file); one with ``/`` matches from
    the configuration file's directory.

    >>> glob_matches("drafts", "news/drafts/a.md"), glob_matches("news/*.md", "news/a.md")
    (True, True)
    >>> glob_matches("**/old-*.txt", "a/b/old-1.txt"), glob_matches("news/*.md", "sport/a.md")
    (True, False)
    """
    pattern = _glob_pattern(glob.strip("/"))
    parts = path.split("/")
    if "/" not in glob.strip("/"):
        return any(pattern.fullmatch(part) for part in parts)
    return any(pattern.fullmatch("/".join(parts[:n])) for n in range(1, len(parts) + 1))


@attrs.frozen
class Config:
    """Lint configuration: which rules run, at which level, on which files.

    Selection works like ruff's: a rule runs when the longest ``select``
    selector matching its code is longer than the longest matching ``ignore``
    selector (``ignore = ["PV1"]`` with ``select = ["PV", "PV101"]`` keeps
    PV101 only), and no ``per-file-ignores`` entry matching the file names it.
    """

    select: tuple[str, ...] = ("PV",)
    """Rule codes or prefixes to run (default: every rule)."""
    ignore: tuple[str, ...] = ()
    """Rule codes or prefixes not to run."""
    levels: Mapping[str, Level] = attrs.field(factory=dict)
    """Level per rule code, overriding the rule's default."""
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """``(glob, selectors)``: rules not run on files the glob matches."""
    exclude: tuple[str, ...] = ()
    """Globs of files never linted."""
    published: str | None = None
    """ISO date used as publication date of an article that has none."""
    aliases: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Extra source aliases: canonical name -> names as written."""
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
            for code in rules
            if _longest(code, self.select) > _longest(code, self.ignore) and _longest(code, ignored) < 0
        )

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
            _selector(code, f"{where}.{code}", exact=True): _level(level, f"{where}.{code}")
            for code, level in _table(v, where).items()
        },
    ),
    "per-file-ignores": (
        "per_file_ignores",
        lambda v, where: tuple(
            (glob, _selectors(codes, f"{where}.{glob!r}")) for glob, codes in _table(v, where).items()
        ),
    ),
    "exclude": ("exclude", _strings),
    "published": ("published", _iso),
    "aliases": ("aliases", _aliases),
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
            raise ConfigError(f"{origin}unknown key {prefix + key!r}{also}")
        name, read = CONFIG_KEYS[key]
        fields[name] = read(value, where)
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
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read configuration: {e.strerror}") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: invalid TOML: {e}") from None
    if os.path.basename(path) == "pyproject.toml":
        table = data.get("tool", {}).get("provenance")
        if table is None:
            raise ConfigError(f"{path}: no [tool.provenance] table")
        return config_from_dict(_table(table, f"{path}: tool.provenance"), path=path, prefix="tool.provenance.")
    return config_from_dict(data, path=path)


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
        with open(path, "rb") as f:
            return "provenance" in tomllib.load(f).get("tool", {})
    except (OSError, tomllib.TOMLDecodeError):
        return True  # let load_config report what is wrong with it


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


# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------


def changed_files(rev: str, cwd: str | None = None) -> frozenset[str]:
    """Real paths of the files changed since the git revision ``rev``.

    Changed means added, modified, renamed or copied between ``rev`` and the
    working tree (``git diff --name-only --diff-filter=d COMMIT --``), plus files
    not yet tracked (and not ignored), so a new article counts before it is
    committed.  ``rev`` is resolved to a commit first
    (``git rev-parse --verify --end-of-options REV^{commit}``) and only the
    commit id reaches ``git diff``, so a value such as ``--output=FILE`` is a
    bad revision, never a git option.

    Raises:
        ConfigError: git is missing, ``cwd`` is not in a repository, or ``rev``
            does not name a commit.
    """
    found = _git(["rev-parse", "--show-toplevel"], cwd, check=False)
    if found.returncode:
        where = os.path.abspath(cwd or os.curdir)
        raise ConfigError(f"--changed-since: {where} is not inside a git repository")
    top = found.stdout.strip()
    commit = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], top, check=False)
    if commit.returncode or not commit.stdout.strip():
        raise ConfigError(f"--changed-since: {rev!r} is not a commit of the git repository at {top}")
    args = ["diff", "--name-only", "-z", "--diff-filter=d", "--end-of-options", commit.stdout.strip(), "--"]
    names = _git(args, top).stdout.split("\0")
    names += _git(["ls-files", "--others", "--exclude-standard", "-z"], top).stdout.split("\0")
    return frozenset(os.path.realpath(os.path.join(top, n)) for n in names if n)


def _git(args: list[str], cwd: str | None, *, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run ``git ARGS`` in ``cwd``; with ``check``, a failure is a :class:`ConfigError`."""
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    except OSError as e:
        raise ConfigError(f"--changed-since: cannot run git: {e.strerror}") from None
    if check and done.returncode:
        problem = done.stderr.strip().splitlines()[0] if done.stderr.strip() else f"exit {done.returncode}"
        raise ConfigError(f"--changed-since: git {args[0]} failed: {problem}")
    return done


def load_documents(
    paths: Sequence[str],
    config: Config | None = None,
    *,
    only: Iterable[str] | None = None,
    exclude: bool = True,
) -> Iterator[Document | InputError]:
    """Extract the articles named by ``paths`` for linting, in order.

    Args:
        paths: files, directories (searched for .txt, .md and .markdown files)
            or ``-``.  Each file once, even when named twice.
        config: supplies ``exclude`` globs, source ``aliases`` and the
            ``published`` fallback (default: :class:`Config` defaults).
        only: real paths (see :func:`changed_files`); files found in
            directories are kept only when listed.  Files named explicitly
            are always kept.
        exclude: apply the configuration's ``exclude`` globs (not for a
            reference corpus).

    Returns:
        Documents and, in place of bad inputs, their :class:`InputError`.
    """
    config = config or Config()
    registry = config.registry()
    keep = None if only is None else frozenset(only)
    explicit = {os.path.realpath(p) for p in paths if p != "-" and not os.path.isdir(p)}
    seen: set[str] = set()
    for item in document.iter_inputs(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if item != "-":
            item = os.path.normpath(item)
        real = item if item == "-" else os.path.realpath(item)
        if real in seen or (exclude and config.excluded(item)):
            continue
        seen.add(real)
        if keep is not None and real not in explicit and real not in keep:
            continue
        try:
            yield extract_path(item, registry=registry, fallback=config.published)
        except InputError as e:
            yield e


def contested_relations(documents: Sequence[Document], reference: Sequence[Document] = ()) -> tuple:
    """Relations between the claims of ``documents`` and a ``reference`` corpus,
    from :func:`provenance.compare.compare`, as :func:`lint` takes them.

    Reference documents that are also linted are compared once.  Empty (and
    logged) when the comparator is not available.
    """
    try:
        from provenance.compare import compare
    except ImportError:
        log.info("provenance.compare is not available: PV201 (contested-claim) finds nothing")
        return ()
    linted = {os.path.realpath(d.path) for d in documents if d.path and d.path != "-"}
    extra = [d for d in reference if not d.path or os.path.realpath(d.path) not in linted]
    return tuple(compare([*documents, *extra]))


# --------------------------------------------------------------------------
# Suppression comments
# --------------------------------------------------------------------------

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
    for m in SUPPRESSION.finditer(text, timeout=5):
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
                problems.append(Hit(d.start, d.end, "PV900 cannot be suppressed by a comment"))
            elif not known_selector(code):
                problems.append(Hit(d.start, d.end, f"Unknown rule code {code} in suppression comment"))
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
                problems.append(Hit(d.start, d.end, f"`{what}` ends no `disable`"))
            for s in closing:
                open_.remove(s)
                out.append(attrs.evolve(s, end=d.start))
        else:
            problems.append(
                Hit(d.start, d.end, f"Unknown suppression action {d.action!r} (expected {', '.join(ACTIONS)})")
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


def _apply_suppressions(findings: Sequence[Finding], ranges: Sequence[Suppression]) -> tuple[list[Finding], set[int]]:
    kept, used = [], set()
    for f in findings:
        hits = [i for i, s in enumerate(ranges) if s.covers(f)]
        used.update(hits)
        if not hits:
            kept.append(f)
    return kept, used


def _unused(ranges: Sequence[Suppression], used: set[int]) -> list[Hit]:
    by_directive: dict[Directive, list[str]] = {}
    for i, s in enumerate(ranges):
        if i not in used:
            by_directive.setdefault(s.directive, []).append(s.code or "all rules")
    return [
        Hit(d.start, d.end, f"Unused suppression ({', '.join(codes)}): it suppresses nothing")
        for d, codes in by_directive.items()
    ]


# --------------------------------------------------------------------------
# Linting
# --------------------------------------------------------------------------


def lint(
    documents: Iterable[Document],
    config: Config | None = None,
    *,
    relations: Iterable = (),
    rules: Mapping[str, Rule] = RULES,
) -> tuple[Finding, ...]:
    """Check ``documents`` and return the findings, in document then text order.

    Args:
        documents: the articles to lint.
        config: rule selection, levels, per-file ignores and the ``published``
            fallback (default: every rule at its default level).
        relations: relations between claims, as :func:`provenance.compare.compare`
            returns them, over these documents and any reference corpus; PV201
            reports the ``contested`` ones that cross documents.
        rules: the rules to run (default: :data:`RULES`).

    Returns:
        The findings that no suppression comment covers, plus PV900 findings
        for suppression comments that covered nothing.

    >>> from provenance.model import Malformed
    >>> doc = Document(text="Troops left (Reuters, Setpember 14).", path="a.txt",
    ...                malformed=[Malformed(12, 35, "(Reuters, Setpember 14)", "unknown month: Setpember")])
    >>> [(f.code, f.text, f.message) for f in lint([doc])]
    [('PV001', '(Reuters, Setpember 14)', 'Malformed citation: unknown month: Setpember')]
    """
    config = config or Config()
    by_path: dict[str, list] = {}
    for relation in relations:
        for side in {_norm(relation.a.doc), _norm(relation.b.doc)}:
            by_path.setdefault(side, []).append(relation)
    out: list[Finding] = []
    for doc in documents:
        context = Context(doc, doc.published or config.published, by_path.get(_norm(doc.path), ()))
        out.extend(_lint_document(context, config, rules))
    return tuple(out)


def _lint_document(context: Context, config: Config, rules: Mapping[str, Rule]) -> list[Finding]:
    doc = context.document
    enabled = config.enabled(doc.path, rules)
    active = [r for r in rules.values() if r.code in enabled]

    def findings(rule: Rule, hits: Iterable[Hit]) -> Iterator[Finding]:
        level = config.level(rule)
        for h in hits:
            yield Finding(doc.path, h.start, h.end, rule.code, rule.name, level, doc.text[h.start : h.end], h.message)

    found = [f for r in active if not r.after_suppression for f in findings(r, r.check(context))]
    ranges, problems = suppressions(doc.text, directives(doc.text))
    kept, used = _apply_suppressions(found, ranges)
    context = attrs.evolve(context, unused=problems + _unused(ranges, used))
    kept.extend(f for r in active if r.after_suppression for f in findings(r, r.check(context)))
    kept.sort(key=lambda f: (f.start, f.end, f.code))
    return kept


def _norm(path: str | None) -> str:
    return os.path.normpath(path) if path and path != "-" else (path or "")


def exit_code(findings: Iterable[Finding], fail_on: Level, *, errors: bool = False, exit_zero: bool = False) -> int:
    """The linter's exit code: 2 on input or usage errors (even with ``exit_zero``),
    1 when a finding is at or above ``fail_on`` (unless ``exit_zero``), else 0.

    >>> exit_code([], Level.ERROR), exit_code([], Level.ERROR, errors=True, exit_zero=True)
    (0, 2)
    """
    if errors:
        return 2
    if not exit_zero and any(f.severity >= fail_on for f in findings):
        return 1
    return 0


# --------------------------------------------------------------------------
# Statistics (PV101): numbers that count something, not dates or labels
# --------------------------------------------------------------------------

#: Month names and their abbreviations (the document stage's list), capitalised:
#: lower-case "may" and "march" are verbs.
MONTHS = [name.capitalize() for name in document.MONTHS]

#: Spelled-out numbers too small to be a statistic on their own ("two new
#: schools"), but one after a quantifier ("at least eight boats").
SMALL_NUMBERS = "one two three four five six seven eight nine".split()

#: Spelled-out numbers that state a count by themselves ("Twelve people died").
NUMBER_WORDS = (
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
    "twenty thirty forty fifty sixty seventy eighty ninety"
).split()

#: Scale words after a number ("1.5 million", "two hundred").
SCALES = "hundred thousand million billion trillion".split()

#: Abbreviated scales written right after digits ("$3bn", "5m").
SCALE_ABBREVIATIONS = "bn mn tn m k".split()

#: Vague counts that still state a quantity ("dozens of civilians").
VAGUE_COUNTS = "dozens hundreds thousands millions billions".split()

#: Words that make a small spelled-out number a count ("at least eight").
QUANTIFIERS = (
    "at least",
    "at most",
    "more than",
    "fewer than",
    "less than",
    "no less than",
    "no fewer than",
    "no more than",
    "as many as",
    "as few as",
    "up to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "an estimated",
    "estimated",
    "a total of",
    "some",
    "exactly",
    "precisely",
)

#: Units that make a number a duration, not a statistic ("two years after").
TIME_UNITS = (
    "year years month months week weeks day days hour hours minute minutes second seconds "
    "decade decades century centuries night nights"
).split()

#: Words that make the number after them a label or identifier ("Resolution 2593").
LABELS = (
    "no nos number vol volume issue article section chapter resolution flight route highway "
    "room page p pp table figure fig episode season part phase level grade category class "
    "paragraph clause item case docket lot act amendment protocol platform terminal gate "
    "version model round stage week day"
).split()

#: Capitalised words that may stand right before a count at a sentence start
#: ("About 300 people"); any other capitalised word makes the number a label
#: ("Volume 7", "Meridian 2").
FUNCTION_WORDS = frozenset(
    """
    a about after against all almost along among an and another any around as at before between
    but by during each every few for from in into just last many more most nearly next of on only
    or other over past per roughly since some than that the their these this those through to
    under until up while with within without approximately exactly precisely
    """.split()
)

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # 170 | 1,500 | 3.5
_CURRENCY = r"(?:US\$|A\$|C\$|\$|€|£|¥|₹)"

# Spans that hold digits without stating a quantity: dates, years, times,
# ordinals, slashed numbers, ages, labels, footnote marks.  Tried first at each
# position, so "October 8" or "November 12 to 19" never reach STATISTIC.
#   "On October 8, 2019 at 10:30"   -> "October 8, 2019", "10:30"
#   "Ana Ruiz, 41, said"            -> "41"
#   "Volume: 7 Issue: 42"           -> "Volume: 7", "Issue: 42"
NOT_A_QUANTITY = regex.compile(
    rf"""
    (?:\b\L<months>\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b          # October 8
       (?:\s*(?:-|–|—|to|and|through|until)\s*                # ... to 19 / – November 2
          (?:\L<months>\.?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b)?
       (?:,?\s+\d{{4}}\b)?)                                   # ..., 2021
    |(?:\b\d{{1,2}}(?:st|nd|rd|th)?                           # 8 October, 12-19 November
       (?:\s*(?:-|–|to|and)\s*\d{{1,2}}(?:st|nd|rd|th)?)?
       \s+(?:of\s+)?\L<months>\b(?:,?\s+\d{{4}}\b)?)
    |(?:\b\L<months>\.?,?\s+\d{{4}}\b)                        # April 1998
    |(?:\b\d{{4}}-\d{{2}}(?:-\d{{2}})?\b)                      # 2019-10-08
    |(?:(?<![\p{{N}},.]|{_CURRENCY})                           # 2019, 1990s, 2019-20
       \b(?:1[5-9]|20)\d\d(?:s\b|(?:[-–/](?:\d\d){{1,2}})\b)?
       (?!\d|,\d|\.\d|\s*(?:%|percent|per\s+cent)))
    |(?:'\d0s\b)                                              # '90s
    |(?:\b\d{{1,2}}(?::\d\d)+(?:\s*[ap]\.?m\.?)?)              # 10:30, 10:30 p.m.
    |(?:\b\d{{1,2}}\s*(?:[ap]\.m\.|(?:am|pm|AM|PM)\b))           # 3 p.m., 3 pm
    |(?:\b\d+(?:/\d+)+)                                        # 50/50, 3/4, 08/10/2019
    |(?:\b\d+(?:st|nd|rd|th)\b)                                # 21st
    |(?:(?<=\p{{Lu}}[\p{{L}}.'’-]*,\s)\d{{1,3}}(?=,))           # an age in an appositive: "Ruiz, 41,"
    |(?:\b(?:aged?|ages)\s+\d{{1,3}}\b)                        # aged 41
    |(?:(?i:\b\L<labels>)\.?:?\s*\#?\d+(?:\.\d+)*\b)           # No. 10, Article 5, Volume: 7
    |(?:\#\d+)                                                 # #1
    |(?:\[\d+\])                                               # [1] footnote
    """,
    regex.VERBOSE,
    months=MONTHS,
    labels=LABELS,
)

# A statement of quantity.
#   "injured 140 passengers"            -> "140"
#   "up to 64% of voters"               -> "64%"
#   "nearly half a million tourists"    -> "half a million"
#   "at least eight boats"              -> "at least eight"
#   "hundreds of thousands of fans"     -> "hundreds of thousands of"
#   "a third of the population"         -> "a third of the"
STATISTIC = regex.compile(
    rf"""
    (?P<percent>
        (?:{_NUMBER}|\L<numbers>|\L<small>)\s?(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)
    )
    |(?P<fraction>
        (?<!(?:first|second|third|latter|former|other|last)\s)
        (?:half|a\s+third|one[-\s]third|two[-\s]thirds|a\s+quarter|one[-\s]quarter
           |three[-\s]quarters|a\s+fifth|one[-\s]fifth)
        (?:\s+of\s+(?:the|all|its|their|those|these)\b|\s+(?:a|an)\s+(?:million|billion|dozen)\b)
    )
    |(?P<amount>
        (?<![\p{{L}}\p{{N}}/@#.:_-]){_CURRENCY}?{_NUMBER}
        (?:[\s-]?(?:\L<scales>)\b|(?:\L<abbreviations>)\b)?
        (?![\p{{L}}\p{{N}}]|\.\d)
    )
    |(?P<words>
        \b(?:(?:\L<quantifiers>)\s+(?:\L<small>|a|one)\s+(?:\L<scales>|dozen)\b   # at least two million
           |(?:\L<quantifiers>)\s+\L<small>\b                                   # at least eight
           |(?:a|one|\L<small>)\s+(?:\L<scales>|dozen)\b                         # a million, two hundred
           |\L<numbers>(?:-\L<small>)?\b(?!-\w*(?:st|nd|rd|th)\b)                  # twenty, seventy-seven
           |\L<vague>\s+of\b(?:\s+\L<vague>\s+of\b)?                             # hundreds of thousands of
           |tens\s+of\s+thousands\s+of\b)
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
    numbers=NUMBER_WORDS,
    small=SMALL_NUMBERS,
    scales=SCALES,
    abbreviations=SCALE_ABBREVIATIONS,
    quantifiers=QUANTIFIERS,
    vague=VAGUE_COUNTS,
)

# What follows a number that makes it a duration or a distance, not a count.
#   "two years after", "80 miles from Port Meridian", "a 12-year lease"
NOT_A_COUNT_AFTER = regex.compile(
    r"""
    \A(?:[-\s]+                                               # two years, a 12-year lease, 41-year-old,
         (?:(?:more|other|straight|consecutive|long|full)\s+)?  # 20 more days
         \L<time>\b
      |\s+(?:miles?|kilomet(?:re|er)s?|km|mi)\s+               # 80 miles from
         (?:from|away|north|south|east|west|outside|of)\b)
    """,
    regex.VERBOSE | regex.IGNORECASE,
    time=TIME_UNITS,
)

# The word just before a number ("Volume 7" -> "Volume").
WORD_BEFORE = regex.compile(r"(?r)(?P<word>[\p{L}][\p{L}.'’-]*)\s+\Z")

# A quotation: straight, curly or guillemet quotes, within one paragraph.
QUOTATION = regex.compile(r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»")

#: How far back and forward a statistic's context is read.
_CONTEXT = 40


def statistics(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of ``text[start:end]`` that state a count, amount or percentage.

    >>> t = "On October 8, 2019, Ruiz, 41, said 140 people and up to 64% of voters left."
    >>> [t[s:e] for s, e in statistics(t)]
    ['140', '64%']
    >>> t = "Nearly half a million trees fell in 2017, two years after Resolution 1840."
    >>> [t[s:e] for s, e in statistics(t)]
    ['half a million']
    """
    end = len(text) if end is None else end
    masked = [(m.start(), m.end()) for m in NOT_A_QUANTITY.finditer(text, start, end, timeout=5)]
    out = []
    for m in STATISTIC.finditer(text, start, end, timeout=5):
        s, e = m.span()
        if any(ms < e and s < me for ms, me in masked):
            continue
        if NOT_A_COUNT_AFTER.match(text[e : e + _CONTEXT]):
            continue
        if m.group("amount") and (_after_label(text, s) or _list_marker(text, s, e)):
            continue
        out.append((s, e))
    return out


def _after_label(text: str, start: int) -> bool:
    """Is the number at ``start`` right after a capitalised word that is not a
    function word (``Brigade 21``, ``Meridian 2``), i.e. part of a name?"""
    m = WORD_BEFORE.search(text, max(0, start - _CONTEXT), start)
    if not m:
        return False
    word = m.group("word")
    return word[0].isupper() and word.casefold().rstrip(".") not in FUNCTION_WORDS


def _list_marker(text: str, start: int, end: int) -> bool:
    """Is the number a list item's marker (``1.`` or ``2)`` at a line start)?"""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip() and text[end : end + 1] in (".", ")")


def _quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in QUOTATION.finditer(text, start, end, timeout=5)]


def _inside(spans: Iterable[tuple[int, int]], offset: int) -> bool:
    return any(s <= offset < e for s, e in spans)


# --------------------------------------------------------------------------
# The rules
# --------------------------------------------------------------------------


@rule("PV001", "malformed-citation", Level.ERROR)
def malformed_citation(ctx: Context) -> Iterator[Hit]:
    """A parenthetical that is almost a citation but does not parse.

    ## What it does
    Flags parentheticals that look like a citation and fail its grammar
    `(Source, Month Day)`: a missing comma (`(Reuters October 8)`), a
    misspelt month (`Setpember 14`), a day the month does not have
    (`September 31`), an empty source (`(, October 8)`), or an unbalanced
    parenthesis around a citation (`(Kestrel News, October 8`).

    ## Why is this bad?
    A citation that does not parse is not counted as a source: the claim it
    supports looks unsourced in reports, and its date cannot be checked.
    Readers cannot trust a date that does not exist.

    ## Example
    ```text
    Ruiz reportedly arrived in Norland (Kestrel News, Setpember 14).
    The bridge was closed (Reuters September 31).
    ```

    ## Use instead
    ```text
    Ruiz reportedly arrived in Norland (Kestrel News, September 14).
    The bridge was closed (Reuters, September 30).
    ```
    """
    for m in ctx.document.malformed:
        yield Hit(m.start, m.end, f"Malformed citation: {m.reason}")


#: A citation written without a year is read as the latest such date not after
#: publication, so "March 24" in an issue of March 10 becomes last
#: year's.  PV002 still reports it when, read in the publication year, it falls
#: this many days or fewer after publication: most likely a mistyped day.
YEARLESS_WINDOW_DAYS = 31

# A year as written in a citation ("2021", "’21").
WRITTEN_YEAR = regex.compile(r"(?<!\d)(?:\d{4}|['’]\d\d)(?!\d)")


@rule("PV002", "citation-after-publication", Level.ERROR)
def citation_after_publication(ctx: Context) -> Iterator[Hit]:
    """A citation dated after the article was published.

    ## What it does
    Flags a citation whose date (or the end of its date range) falls after the
    article's publication date: from the article's header or file name, or
    else the `published` date of the configuration.  A date written without a
    year is read as the latest such date before publication; it is still
    flagged when, in the publication year, it would fall up to 31 days after
    publication (`March 24` in an issue of March 10).

    ## Why is this bad?
    An article cannot cite what had not been published yet: the date is a
    typo (wrong month or day) or the year was resolved wrongly, and readers
    looking for the source will not find it.

    ## Example
    ```text
    Publication date: March 10, 2019

    The harbour office reopened (Twitter/@meridiandesk, March 24, 2019).
    ```

    ## Use instead
    ```text
    Publication date: March 10, 2019

    The harbour office reopened (Twitter/@meridiandesk, March 4, 2019).
    ```
    """
    latest = _latest_day(ctx.published)
    if latest is None:
        return
    for claim in ctx.document.claims:
        for c in claim.citations:
            message = _after_publication(c, ctx.published, latest)
            if message:
                yield Hit(c.start, c.end, message)


def _after_publication(c, published: str, latest: str) -> str | None:
    for label, date in (("dated", c.date), ("ending", c.date_end)):
        earliest = _earliest_day(date)
        if earliest is not None and earliest > latest:
            return f"Citation {label} {date} is after the publication date {published}"
    if c.date and len(c.date) == 10 and len(latest) == 10 and not WRITTEN_YEAR.search(c.raw):
        pub = dt.date.fromisoformat(latest)
        try:
            this_year = dt.date(pub.year, int(c.date[5:7]), int(c.date[8:10]))
        except ValueError:
            return None
        if pub < this_year <= pub + dt.timedelta(days=YEARLESS_WINDOW_DAYS):
            return (
                f"Citation date without a year falls after the publication date {published} "
                f"(read as {c.date}); check the day or write the year"
            )
    return None


def _earliest_day(date: str | None) -> str | None:
    """First day an ISO date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) can mean; None without a year."""
    if not date or date.startswith("--"):
        return None
    return (date + "-01-01")[:10] if len(date) < 10 else date[:10]


def _latest_day(date: str | None) -> str | None:
    """Last day an ISO date can mean (as a comparable string); None without a year."""
    if not date or date.startswith("--"):
        return None
    try:
        return last_day(date).isoformat()
    except ValueError:
        return None


@rule("PV003", "undated-citation", Level.WARNING)
def undated_citation(ctx: Context) -> Iterator[Hit]:
    """A citation without a date in an article whose citations carry dates.

    ## What it does
    Flags a citation with neither a date nor a locator (`No. 47`, `p. 3`) in an
    article where at least half of the citations are dated.

    ## Why is this bad?
    The article's own convention is to date its sources; an undated one is
    usually a date left out by mistake, and without it readers cannot find
    the item or judge how current it was.

    ## Example
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP).
    ```

    ## Use instead
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP, May 3).
    ```
    """
    by_article: dict[int, list] = {}
    for claim in ctx.document.claims:
        by_article.setdefault(claim.article, []).extend(claim.citations)
    for cited in by_article.values():
        undated = [c for c in cited if not c.date and not c.locator]
        if undated and 2 * (len(cited) - len(undated)) >= len(cited):
            for c in undated:
                yield Hit(c.start, c.end, f"Citation of {c.source.name} has no date; this article dates its citations")


@rule("PV004", "inconsistent-source-name", Level.WARNING)
def inconsistent_source_name(ctx: Context) -> Iterator[Hit]:
    """The same source cited under two names in one article.

    ## What it does
    Flags a citation whose source is the same as an earlier citation's in the
    same article (same registry entry or the same name up to case, spacing, a
    leading "The" or `.com` on a social platform) but written differently:
    `Twitter/@x` and `Twitter.com/@x`, `AFP` and `Agence France-Presse`.  Add your own aliases in the `aliases` table of the configuration.

    ## Why is this bad?
    Readers (and source counts in reports) take two spellings for two sources;
    house style wants one name per source.

    ## Example
    ```text
    Ferries stopped (AFP, March 2). Norland shut (Agence France-Presse, March 5).
    ```

    ## Use instead
    ```text
    Ferries stopped (AFP, March 2). Norland shut (AFP, March 5).
    ```
    """
    first: dict[tuple[int, str], str] = {}
    for claim in ctx.document.claims:
        for c in claim.citations:
            name = c.source.name
            written = first.setdefault((claim.article, c.source.key), name)
            if written != name:
                end = c.start + len(name) if c.raw.startswith(name) else c.end
                yield Hit(c.start, end, f"Source {name!r} is cited as {written!r} earlier in this article")


@rule("PV101", "unsourced-statistic", Level.WARNING)
def unsourced_statistic(ctx: Context) -> Iterator[Hit]:
    """A number, count or percentage stated with no citation or attribution.

    ## What it does
    Flags a claim that states a statistic (a count such as `injured 140
    passengers`, a percentage such as `64% of voters`, an amount such as `$3
    billion`, or a spelled-out quantity such as `half a million tourists` or
    `dozens of families`) when no citation and no named attribution
    supports it.  Dates, years, times, ages (`Ruiz, 41,`), ordinals,
    durations (`two years later`), distances (`80 miles from Port Meridian`) and
    identifiers (`Resolution 1840`, `No. 10`) are not statistics.  A figure
    inside a quotation in a sentence that names its speaker is sourced.

    ## Why is this bad?
    Figures are what readers repeat and fact-checkers test first.  A figure
    without a source cannot be checked, updated or corrected, and it reads as
    the publication's own finding.

    ## Example
    ```text
    Since the floods at least two million people have left their homes.
    ```

    ## Use instead
    ```text
    Since the floods at least two million people have left their homes,
    according to the International Organization for Migration (IOM, January 19).
    ```
    """
    doc = ctx.document
    text = doc.text
    covered = [(a.content_start, a.content_end) for a in doc.attributions if not a.anonymous]
    named_sentences = {
        (c.sentence_start, c.sentence_end) for c in doc.claims if any(not a.anonymous for a in c.attributions)
    }
    for claim in doc.claims:
        if claim.sourced:
            continue
        quotes = None
        found = []
        for s, e in statistics(text, claim.start, claim.end):
            if _inside(covered, s):
                continue
            if (claim.sentence_start, claim.sentence_end) in named_sentences:
                if quotes is None:
                    quotes = _quotations(text, claim.sentence_start, claim.sentence_end or claim.end)
                if _inside(quotes, s):
                    continue
            found.append(" ".join(text[s:e].split()))
        if found:
            shown = ", ".join(f"“{f}”" for f in dict.fromkeys(found))
            yield Hit(claim.start, claim.end, f"Statistic without a source: {shown}; cite or attribute it")


@rule("PV102", "anonymous-source", Level.WARNING)
def anonymous_source(ctx: Context) -> Iterator[Hit]:
    """A claim resting only on anonymous sources.

    ## What it does
    Flags a claim whose only support is an anonymous attribution ("reports
    emerged", "some reports suggest", "sources said") with no citation.

    ## Why is this bad?
    Readers cannot weigh a source they cannot identify.  When the reports
    exist, cite them; when the sources must stay anonymous, say why and how
    the publication verified them.

    ## Example
    ```text
    Some reports suggest that the mayor has left the city.
    ```

    ## Use instead
    ```text
    Some reports suggest that the mayor has left the city (Kestrel News,
    October 8).
    ```
    """
    text = ctx.document.text
    for claim in ctx.document.claims:
        attributions = claim.attributions
        if attributions and not claim.citations and all(a.anonymous for a in attributions):
            said = [_source_and_cue(text, a) for a in attributions]
            said = [p for p in dict.fromkeys(said) if not any(p != q and p in q for q in said)]
            yield Hit(
                claim.start, claim.end, f"Claim rests only on an anonymous source ({', '.join(said)}); cite the reports"
            )


def _source_and_cue(text: str, a) -> str:
    """The source and cue as written: ``Some reports suggest``, or ``Sources … told``."""
    start, end = min(a.start, a.cue_start), max(a.end, a.cue_end)
    if end - start <= len(a.source.name) + len(a.cue) + 12:
        return " ".join(text[start:end].split())
    return f"{a.source.name} … {a.cue}"


@rule("PV103", "hedged-unsourced", Level.INFO)
def hedged_unsourced(ctx: Context) -> Iterator[Hit]:
    """A hedged claim ("reportedly", "allegedly") with no source at all.

    ## What it does
    Flags a claim carrying a hedge ("reportedly", "allegedly", "is said to")
    that has neither a citation nor an attribution.

    ## Why is this bad?
    "Reportedly" says someone reported it; the reader should learn who.  A
    hedge without a source cannot be checked and spreads rumour while seeming
    careful.

    ## Example
    ```text
    The mayor reportedly fled to Norland.
    ```

    ## Use instead
    ```text
    The mayor reportedly fled to Norland (Kestrel News, October 8).
    ```
    """
    for claim in ctx.document.claims:
        if claim.hedged and not claim.evidence:
            yield Hit(claim.start, claim.end, "Hedged claim without a source; say who reported it")


# Which side of a denial does the denying, as :mod:`provenance.compare` words
# its evidence: "b denies a (…)".
DENIER = regex.compile(r"^(?P<denier>[ab]) denies [ab]\b")


@rule("PV201", "contested-claim", Level.WARNING)
def contested_claim(ctx: Context) -> Iterator[Hit]:
    """A claim that another article contests, with no word of the dispute.

    ## What it does
    Flags a claim that a claim in another linted article (or in the reference
    corpus given with `--corpus`) denies or contradicts, or whose numbers it
    does not match.  Nothing is reported when the article acknowledges the
    dispute: when the claim is itself the denial, or when the article also
    carries a claim that contests it.

    ## Why is this bad?
    Publishing one side of a disputed fact as settled misleads readers, and
    the contradiction is usually already in the newsroom's own archive.

    ## Example
    ```text
    The former mayor arrived in Norland on October 8.
    ```
    (while another article says he "is still in the city")

    ## Use instead
    ```text
    The former mayor reportedly arrived in Norland on October 8 (Kestrel
    News, October 8); he denied it and said he remained in the city
    (Twitter/@meridiandesk, October 9).
    ```
    """
    here = _norm(ctx.document.path)
    contested = [r for r in ctx.relations if getattr(r, "relation", None) == "contested"]
    acknowledged = {
        (side.start, side.end)
        for r in contested
        if _norm(r.a.doc) == here and _norm(r.b.doc) == here
        for side in (r.a, r.b)
    }
    found: dict[tuple[int, int], list] = {}
    for r in contested:
        denier = _denier(r)
        for name, side, other in (("a", r.a, r.b), ("b", r.b, r.a)):
            span = (side.start, side.end)
            if _norm(side.doc) != here or _norm(other.doc) == here or name == denier or span in acknowledged:
                continue
            found.setdefault(span, []).append((r, other))
    for (start, end), against in sorted(found.items()):
        against.sort(key=lambda ro: (-(ro[0].score or 0), _norm(ro[1].doc), ro[1].start))
        relation, other = against[0]
        snippet = " ".join((other.text or "").split())
        snippet = snippet if len(snippet) <= 80 else snippet[:79].rstrip() + "…"
        more = f" (and {len(against) - 1} more)" if len(against) > 1 else ""
        yield Hit(start, end, f"Contested ({relation.kind}) by {other.doc}: “{snippet}”{more}")


def _denier(relation) -> str | None:
    """``"a"`` or ``"b"``: the side of a denial that denies (``b`` unless the evidence says otherwise)."""
    if getattr(relation, "kind", None) != "denial":
        return None
    m = DENIER.match(getattr(relation, "evidence", "") or "")
    return m.group("denier") if m else "b"


@rule("PV900", "unused-suppression", Level.WARNING, after_suppression=True)
def unused_suppression(ctx: Context) -> Iterator[Hit]:
    """A suppression comment that suppresses nothing.

    ## What it does
    Flags `<!-- provenance: ignore … -->` and `<!-- provenance: disable … -->`
    comments (for each code they name) that cover no finding, an `enable`
    that ends no `disable`, unknown actions and unknown rule codes.  It cannot
    itself be suppressed by a comment; turn it off in the configuration.

    ## Why is this bad?
    A stale suppression hides the next real problem in the same paragraph,
    and a misspelt one silently suppresses nothing.

    ## Example
    ```text
    <!-- provenance: ignore PV101 -->
    The ministry opened on Monday.
    ```

    ## Use instead
    ```text
    The ministry opened on Monday.
    ```
    """
    yield from ctx.unused


# --------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------


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
    }


def _render_text(located: list[_Located], files: int) -> str:
    lines = [
        f"{one_line(loc.finding.path)}:{loc.line}:{loc.column}: {loc.finding.code} {one_line(loc.finding.message)}"
        for loc in located
    ]
    checked = f"{files} file{'s' if files != 1 else ''} checked"
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
) -> str:
    """Render ``findings`` in one of :data:`FORMATS`.

    Args:
        findings: as :func:`lint` returns them.
        documents: the linted documents (their texts give lines and columns,
            their number the text summary).
        fmt: ``text``, ``json``, ``github`` or ``sarif``.
        rules: the rule table for SARIF's ``rules[]``.

    >>> doc = Document(text="a\\nbc", path="a.md")
    >>> f = Finding("a.md", 3, 4, "PV101", "unsourced-statistic", Level.WARNING, "c", "msg")
    >>> print(render([f], [doc]), end="")
    a.md:2:2: PV101 msg
    Found 1 finding: 1 warning (1 file checked).
    """
    located = _locate(findings, documents)
    if fmt == "text":
        return _render_text(located, len(documents))
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


def find_rule(code_or_name: str, rules: Mapping[str, Rule] = RULES) -> Rule | None:
    """The rule with this code (any case) or kebab-case name."""
    key = code_or_name.strip()
    return rules.get(key.upper()) or next((r for r in rules.values() if r.name == key.lower()), None)


def _rule_markdown(r: Rule) -> str:
    body = r.doc.split("\n", 1)[1].strip() if "\n" in r.doc else ""
    return f"# {r.name} ({r.code})\n\n{r.summary}\n\nDefault level: {r.level.value}\n\n{body}\n"


def render_rule(r: Rule, fmt: str = "text") -> str:
    """A rule's documentation: Markdown (``text``) or a JSON object."""
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
    return _rule_markdown(r)


def render_rules(fmt: str = "text", *, tablefmt: str | None = None, rules: Mapping[str, Rule] = RULES) -> str:
    """The table of rules: code, name, default level and summary."""
    rows = [{"code": r.code, "name": r.name, "level": r.level.value, "summary": r.summary} for r in rules.values()]
    if fmt == "json":
        return json.dumps({"version": 1, "rules": rows}, ensure_ascii=False, indent=2) + "\n"
    default = "github" if fmt == "markdown" else "simple"
    return tabulate(rows, headers="keys", tablefmt=tablefmt or default, disable_numparse=True) + "\n"
