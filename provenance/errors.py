"""The one family of errors the library raises."""

from __future__ import annotations

from provenance.printable import one_line


class ProvenanceError(Exception):
    """Base class of every error provenance raises on purpose."""


class InputError(ProvenanceError):
    """An input cannot be read as an article: names the file and the problem.

    >>> str(InputError("a.txt", "not UTF-8: invalid byte 0xff at offset 3"))
    'a.txt: not UTF-8: invalid byte 0xff at offset 3'
    """

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{one_line(path)}: {problem}")


class OutputError(ProvenanceError):
    """An output cannot be written, or writing it would destroy an input: names the file.

    >>> str(OutputError("a.md", "is an input of this run; refusing to overwrite it"))
    'a.md: is an input of this run; refusing to overwrite it'
    """

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{one_line(path)}: {problem}")


class ConfigError(ProvenanceError):
    """A configuration file or option is invalid."""


class StoreError(ProvenanceError):
    """The corpus store cannot be used: not a provenance database, written by a
    newer provenance (unknown schema version), or damaged.  Names the file.

    >>> str(StoreError("corpus.db", "schema version 9 is newer than this provenance reads (2)"))
    'corpus.db: schema version 9 is newer than this provenance reads (2)'
    """

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{one_line(path)}: {problem}")


class MissingExtraError(ProvenanceError):
    """An optional feature needs a package that is not installed: names the
    feature, the package and the extra that installs it.

    >>> str(MissingExtraError("prov-xml export", "lxml", "prov"))
    "prov-xml export needs the lxml package: pip install 'provenance[prov]'"
    """

    def __init__(self, feature: str, package: str, extra: str):
        self.feature = feature
        self.package = package
        self.extra = extra
        super().__init__(f"{feature} needs the {package} package: pip install 'provenance[{extra}]'")
