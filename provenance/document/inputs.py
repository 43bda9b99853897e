"""Which paths to read and how bytes become text: directories give regular article files
only, every input is read up to a size cap, and decoding keeps offsets exact (no newline
translation).
"""

from __future__ import annotations

import codecs
import logging
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from provenance.document.words import SPACE_CHARS
from provenance.errors import InputError

log = logging.getLogger("provenance.document")

# --------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------

ARTICLE_EXTENSIONS = (".txt", ".md", ".markdown")
"""File name endings kept when a directory is expanded (case-insensitive)."""

BINARY_PROBE_BYTES = 8192
"""How many leading bytes are searched for a NUL byte to call a file binary."""

#: Largest input read by default, in bytes (``--max-bytes``): far beyond any
#: article, and a bound on what a pipe or a device can make a run read.
MAX_INPUT_BYTES = 50 * 1024 * 1024


def _is_article_file(name: str) -> bool:
    return name.casefold().endswith(ARTICLE_EXTENSIONS)


def _walk(directory: str) -> Iterator[str | InputError]:
    """Article files under ``directory``, and errors for unreadable subdirectories.

    Hidden files and directories (``.git``) are left out, and so is anything
    that is not a regular file (a named pipe, a device or a socket named
    ``*.txt`` would block or never end).  Entries come sorted by their path
    components, so ``a.txt`` < ``b/c.txt`` < ``d.txt``.
    """
    found: list[tuple[tuple[str, ...], str | InputError]] = []

    def on_error(error: OSError) -> None:
        where = error.filename or directory
        found.append((_parts(directory, where), InputError(where, f"cannot read: {error.strerror or error}")))

    for root, dirs, files in os.walk(directory, onerror=on_error):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and _is_article_file(name):
                path = os.path.join(root, name)
                if _regular_or_missing(path):
                    found.append((_parts(directory, path), path))
    found.sort(key=lambda item: item[0])
    return iter([entry for _, entry in found])


def _regular_or_missing(path: str) -> bool:
    """Whether ``path`` is a regular file (a link is followed), or cannot be
    examined: reading it then reports the problem (a dangling link)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True


def _parts(directory: str, path: str) -> tuple[str, ...]:
    rel = os.path.relpath(path, directory)
    return tuple(rel.replace(os.sep, "/").split("/"))


def iter_inputs(paths: Sequence[str]) -> Iterator[str | InputError]:
    """Expand command-line arguments into input paths, in a deterministic order.

    A file is yielded as given (whatever its name); a directory is searched
    recursively, keeping files whose names end ``.txt``, ``.md`` or ``.markdown``
    (any case), sorted by path and leaving out hidden files and directories;
    ``-`` stands for standard input.  A bad argument never stops the others: its
    :class:`InputError` is yielded in its place for the caller to report.

    Args:
        paths: Files, directories, or ``-``, in the order given.

    Returns:
        An iterator of paths (``str``) and :class:`InputError` values: ``no such
        file or directory`` for a missing path, ``no articles (.txt, .md,
        .markdown) in directory`` for a directory without article files,
        ``cannot read: <reason>`` for a subdirectory that cannot be listed.

    >>> list(iter_inputs(["-"]))
    ['-']
    >>> [str(e) for e in iter_inputs(["/no/such/file.txt"])]
    ['/no/such/file.txt: no such file or directory']
    """
    for path in paths:
        path = os.fspath(path)
        if path == "-":
            yield path
        elif os.path.isdir(path):
            entries = list(_walk(path))
            if not entries:
                yield InputError(path, "no articles (.txt, .md, .markdown) in directory")
            else:
                yield from entries
        elif os.path.exists(path):
            yield path
        else:
            yield InputError(path, "no such file or directory")


#: The ``--encoding`` value that detects each file's encoding.
AUTO_ENCODING = "auto"

#: Byte order marks of the encodings whose text holds NUL bytes (UTF-16, UTF-32).
_WIDE_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def check_encoding(name: str) -> str:
    """``name`` as :func:`decode` takes it: ``auto``, or a codec Python knows.

    Raises:
        LookupError: no such codec.

    >>> check_encoding("Latin-1"), check_encoding("AUTO")
    ('iso8859-1', 'auto')
    """
    if name.strip().lower() == AUTO_ENCODING:
        return AUTO_ENCODING
    return codecs.lookup(name).name


def _wide(encoding: str) -> bool:
    """Whether text in ``encoding`` holds NUL bytes (so NUL bytes do not make a file binary)."""
    return encoding.startswith(("utf-16", "utf-32"))


def decode(data: bytes, path: str, encoding: str = "utf-8") -> str:
    """Turn a file's bytes into its text.

    The text is UTF-8 by default, with or without a byte order mark; a
    leading BOM is removed, and offsets then index the text without it.
    ``encoding`` names another codec (``cp1252``, ``utf-16``), or ``auto``:
    UTF-8 when the bytes are UTF-8, else the encoding ``charset-normalizer``
    finds most likely.  Line ends (CRLF, lone CR) are kept as they are: no
    newline translation, so offsets index the decoded text exactly.

    Args:
        data: The file's contents.
        path: The file's name, for error messages.
        encoding: ``utf-8``, ``auto`` or any codec name (see :func:`check_encoding`).

    Returns:
        The decoded text.

    Raises:
        InputError: ``empty file``; ``binary file (NUL bytes)`` when a NUL byte
            occurs in the first 8 KiB (unless the encoding is UTF-16 or
            UTF-32); ``not UTF-8: invalid byte 0xff at offset N`` (N counts
            bytes from the start of the file; ``not cp1252: …`` for another
            encoding); ``cannot tell the encoding`` when ``auto`` finds none;
            ``no text`` when there is only white space.

    >>> decode(b"\\xef\\xbb\\xbfVelda\\r\\n", "a.txt")
    'Velda\\r\\n'
    >>> decode(b"Velda \\xff", "a.txt")
    Traceback (most recent call last):
    ...
    provenance.errors.InputError: a.txt: not UTF-8: invalid byte 0xff at offset 6
    >>> decode(b"Caf\\xe9 Velda", "a.txt", "cp1252")
    'Café Velda'
    """
    if not data:
        raise InputError(path, "empty file")
    encoding = check_encoding(encoding) if encoding != "utf-8" else encoding
    wide = _wide(encoding) or (encoding == AUTO_ENCODING and data.startswith(_WIDE_BOMS))
    if not wide and b"\x00" in data[:BINARY_PROBE_BYTES]:
        raise InputError(path, "binary file (NUL bytes)")
    if encoding == AUTO_ENCODING:
        text = _detected(data, path)
    elif encoding == "utf-8":
        skip = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
        text = _decoded(data, skip, "utf-8", path)
    else:
        text = _decoded(data, 0, encoding, path)
        if text.startswith("\ufeff"):  # a byte order mark the codec kept (utf-8 named otherwise)
            text = text[1:]
    if not text:
        raise InputError(path, "empty file")
    if not text.strip(SPACE_CHARS):
        raise InputError(path, "no text")
    return text


def _decoded(data: bytes, skip: int, encoding: str, path: str) -> str:
    """``data[skip:]`` decoded strictly; a failure names the first bad byte and its offset."""
    try:
        return data[skip:].decode(encoding)
    except UnicodeDecodeError as error:
        offset = skip + error.start
        name = "UTF-8" if encoding == "utf-8" else encoding
        raise InputError(path, f"not {name}: invalid byte 0x{data[offset]:02x} at offset {offset}") from None


def _detected(data: bytes, path: str) -> str:
    """``data`` decoded as UTF-8 when it is UTF-8, else as charset-normalizer finds best."""
    if data.startswith(codecs.BOM_UTF8):
        return _decoded(data, len(codecs.BOM_UTF8), "utf-8", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(path, "cannot tell the encoding (--encoding auto); name it with --encoding")
    text = str(best)
    log.debug("%s: read as %s", path, best.encoding)
    return text[1:] if text.startswith("\ufeff") else text


def read_input(
    path: str, *, stdin: BinaryIO | None = None, max_bytes: int = MAX_INPUT_BYTES, encoding: str = "utf-8"
) -> str:
    """Read and decode one input.

    Args:
        path: A file name, or ``-`` for standard input.
        stdin: The stream ``-`` reads; ``sys.stdin.buffer`` by default.
        max_bytes: The largest input read.  A regular file is measured before
            it is read; a pipe, a device or standard input is read up to this
            and refused beyond it, so ``/dev/zero`` or an endless pipe cannot
            exhaust memory.
        encoding: How the bytes are decoded (see :func:`decode`).

    Returns:
        The decoded text (see :func:`decode`).

    Raises:
        InputError: ``no such file or directory``; ``cannot read: <reason>``
            when the file cannot be read (permissions, a directory, any
            ``OSError``); ``larger than N bytes (--max-bytes)``; ``binary file
            (NUL bytes)`` as soon as the first 8 KiB show it; or any problem
            :func:`decode` finds.

    >>> import io
    >>> read_input("-", stdin=io.BytesIO("Velda\\u00a0fell.".encode()))
    'Velda\\xa0fell.'
    >>> read_input("-", stdin=io.BytesIO(b"Velda fell."), max_bytes=5)
    Traceback (most recent call last):
    ...
    provenance.errors.InputError: -: larger than 5 bytes (--max-bytes)
    """
    try:
        if path == "-":
            stream: Any = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
            if stream is None:
                raise InputError(path, "cannot read: no standard input")
            data = _read_capped(stream, path, max_bytes, encoding)
            if isinstance(data, str):
                data = data.encode("utf-8", "surrogateescape")
        else:
            with open(path, "rb") as handle:
                info = os.fstat(handle.fileno())
                if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                    raise InputError(path, _too_large(max_bytes))
                data = _read_capped(handle, path, max_bytes, encoding)
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    return decode(data, path, encoding)


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes (--max-bytes)"


def _read_capped(stream: BinaryIO, path: str, max_bytes: int, encoding: str = "utf-8") -> bytes:
    """At most ``max_bytes`` from ``stream``; a binary probe first, so that a
    stream of NUL bytes (``/dev/zero``) is refused at once (unless the
    encoding is one whose text holds NUL bytes)."""
    data = stream.read(min(BINARY_PROBE_BYTES, max_bytes + 1))
    wide = _wide(encoding) or (encoding == AUTO_ENCODING and isinstance(data, bytes) and data.startswith(_WIDE_BOMS))
    if isinstance(data, bytes) and b"\x00" in data and not wide:
        raise InputError(path, "binary file (NUL bytes)")
    if len(data) == min(BINARY_PROBE_BYTES, max_bytes + 1):
        data += stream.read(max_bytes + 1 - len(data))
    if len(data) > max_bytes:
        raise InputError(path, _too_large(max_bytes))
    return data
