"""The one family of errors the library raises."""

from __future__ import annotations

from provenance.printable import one_line


class ProvenanceError(Exception):
    """Base class of every error provenance raises on purpose."""


class FileError(ProvenanceError):
    """An error about one file: ``path`` and ``problem``, printed as
    ``path: problem`` with the path on one line (see :func:`provenance.printable.one_line`)."""

    def __init__(self, path: str, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{one_line(path)}: {problem}")

    def __reduce__(self):
        # Pickled by its two arguments, so that an error found in another process (a pool worker,
        # a cluster worker) comes back as the same error.
        return (type(self), (self.path, self.problem))


class InputError(FileError):
    """An input cannot be read as an article: names the file and the problem.

    >>> str(InputError("a.txt", "not UTF-8: invalid byte 0xff at offset 3"))
    'a.txt: not UTF-8: invalid byte 0xff at offset 3'
    """


class OutputError(FileError):
    """An output cannot be written, or writing it would destroy an input: names the file.

    >>> str(OutputError("a.md", "is an input of this run; refusing to overwrite it"))
    'a.md: is an input of this run; refusing to overwrite it'
    """


class ConfigError(ProvenanceError):
    """A configuration file or option is invalid."""


class StoreError(FileError):
    """The corpus store cannot be used: not a provenance database, written by a
    newer provenance (unknown schema version), or damaged.  Names the file.

    >>> str(StoreError("corpus.db", "schema version 9 is newer than this provenance reads (2)"))
    'corpus.db: schema version 9 is newer than this provenance reads (2)'
    """


class PatternTimeout(ProvenanceError):
    """A pattern ran past its time limit over some text (see :mod:`provenance.patterns`).

    The patterns are meant to be linear, so this guards against the unforeseen.
    The text is not analysed further: the per-document boundary
    (:func:`provenance.pipeline.extract_path`) turns this into an
    :class:`InputError` naming the file, and the other files are still processed.

    >>> str(PatternTimeout("STATISTIC", 120, 3500, 5.07))
    'pattern STATISTIC ran past its 5.07 s limit over characters 120-3500'
    """

    def __init__(self, pattern: str, start: int, end: int, seconds: float):
        self.pattern = pattern
        self.start = start
        self.end = end
        self.seconds = seconds
        super().__init__(f"pattern {pattern} ran past its {seconds:.2f} s limit over characters {start}-{end}")


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
