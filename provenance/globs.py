"""Globs over relative paths, as the configuration and the ``--dates`` table write them.

``**`` spans directories, ``*`` and ``?`` stay within one, ``[...]`` is a
character class (``[!...]`` negated).  A glob without ``/`` matches any single
path component (``drafts`` every ``drafts`` folder, ``*.md`` every Markdown
file); one with ``/`` matches from the directory it is relative to.
"""

from __future__ import annotations

import functools
import os

import regex

from provenance.errors import ConfigError

__all__ = ["glob_matches", "glob_pattern", "relative_path"]


@functools.cache
def glob_pattern(glob: str) -> regex.Pattern:
    """Compile a glob: ``**`` spans directories, ``*`` and ``?`` stay within one.

    Raises:
        ConfigError: the glob does not compile (``[z-a]``, ``[!]``).
    """
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
    try:
        return regex.compile("".join(out))
    except regex.error as e:
        raise ConfigError(f"{glob!r} is not a valid glob: {getattr(e, 'msg', e)}") from None


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
    pattern = glob_pattern(glob.strip("/"))
    parts = path.split("/")
    if "/" not in glob.strip("/"):
        return any(pattern.fullmatch(part) for part in parts)
    return any(pattern.fullmatch("/".join(parts[:n])) for n in range(1, len(parts) + 1))


def relative_path(path: str, root: str) -> str:
    """``path`` relative to the directory ``root``, with forward slashes.

    >>> relative_path("/news/2021/a.md", "/news")
    '2021/a.md'
    """
    return os.path.relpath(os.path.abspath(path), root).replace(os.sep, "/")
