"""Writing output files safely: never onto an input, never half-written.

* :func:`check_outputs` refuses, before anything is read, an output that
  resolves (through symbolic links, or as a hard link) to one of the inputs,
  or two outputs that are one file.
* :class:`AtomicOutput` writes into a temporary file in the output's
  directory, flushes it to disk and renames it over the output only when the
  run succeeds: a run that fails, is interrupted or killed leaves the previous
  file (or none) in place, never a truncated one.  An output that is not a
  regular file (``/dev/null``, a terminal, a named pipe) cannot be replaced and
  is written directly.

Text is encoded as UTF-8; a character UTF-8 cannot encode (a lone surrogate,
from a file name that is not UTF-8) is written as a backslash escape, which
is also a valid escape inside a JSON string.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable
from typing import BinaryIO, Self

from provenance.errors import OutputError
from provenance.printable import one_line

__all__ = ["ENCODING_ERRORS", "AtomicOutput", "check_outputs", "same_file"]

#: How text that UTF-8 cannot encode is written: as a backslash escape.
ENCODING_ERRORS = "backslashreplace"


def same_file(a: str, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name one file: the same real path, or
    (both existing) the same device and inode, as a hard link does."""
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_outputs(outputs: Iterable[str], inputs: Iterable[str]) -> None:
    """Refuse outputs that would overwrite an input or each other.

    Args:
        outputs: the output paths (``-``, standard output, is always fine).
        inputs: every file the run reads: articles (with directories already
            expanded), stores, configuration files.  ``-`` is left out.

    Raises:
        OutputError: an output is an input, or two outputs are one file.
    """
    files = [o for o in outputs if o != "-"]
    sources = [i for i in inputs if i and i != "-"]
    real_inputs = {os.path.realpath(i): i for i in sources}
    for n, out in enumerate(files):
        real = os.path.realpath(out)
        same = real_inputs.get(real) or next((i for i in sources if same_file(out, i)), None)
        if same is not None:
            named = "" if same == out else f" ({one_line(same)})"
            raise OutputError(out, f"is an input of this run; refusing to overwrite it{named}")
        for earlier in files[:n]:
            if same_file(out, earlier):
                raise OutputError(out, f"is named twice as an output (also as {one_line(earlier)})")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicOutput:
    """A text output file written whole or not at all.

    Opened on construction (so an unwritable destination fails before the
    run does any work); :meth:`write` appends text; :meth:`commit` makes it
    the output; :meth:`discard` (or leaving a ``with`` block on an
    exception) removes the temporary file and leaves the output as it was.

    Args:
        path: the output file.  A symbolic link is followed: the file it
            points to is replaced and the link kept.

    Raises:
        OutputError: the directory does not exist or cannot be written, or
            the path is a directory.
    """

    def __init__(self, path: str):
        self.path = path
        self.target = os.path.realpath(path)
        self.temp: str | None = None
        self.stream: BinaryIO
        try:
            info = os.stat(self.target)
        except FileNotFoundError:
            info = None
        except OSError as e:
            raise OutputError(path, f"cannot write: {e.strerror}") from None
        try:
            if info is not None and stat.S_ISDIR(info.st_mode):
                raise OutputError(path, "cannot write: is a directory")
            if info is not None and not stat.S_ISREG(info.st_mode):
                # A device, terminal or pipe: nothing to replace atomically.
                self.stream = open(self.target, "wb")  # noqa: SIM115 - closed by commit/discard
                return
            directory = os.path.dirname(self.target) or os.curdir
            fd, self.temp = tempfile.mkstemp(prefix=f".{os.path.basename(self.target)}.", suffix=".tmp", dir=directory)
            mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask()
            os.fchmod(fd, mode)
            self.stream = os.fdopen(fd, "wb")
        except OSError as e:
            raise OutputError(path, f"cannot write: {e.strerror}") from None

    def write(self, text: str) -> None:
        """Append ``text`` (UTF-8; see :data:`ENCODING_ERRORS`)."""
        try:
            self.stream.write(text.encode("utf-8", ENCODING_ERRORS))
        except OSError as e:
            self.discard()
            raise OutputError(self.path, f"cannot write: {e.strerror}") from None

    def commit(self) -> None:
        """Flush the text to disk and put it in place of the output."""
        try:
            self.stream.flush()
            if self.temp is not None:
                os.fsync(self.stream.fileno())
            self.stream.close()
            if self.temp is not None:
                os.replace(self.temp, self.target)
                self.temp = None
                _sync_directory(os.path.dirname(self.target) or os.curdir)
        except OSError as e:
            self.discard()
            raise OutputError(self.path, f"cannot write: {e.strerror}") from None

    def discard(self) -> None:
        """Drop what was written; the output keeps its previous content."""
        if not self.stream.closed:
            self.stream.close()
        if self.temp is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(self.temp)
            self.temp = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.discard()


def _sync_directory(directory: str) -> None:
    """Make a rename in ``directory`` durable (where the platform allows it)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
