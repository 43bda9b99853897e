"""What the lint reads: the articles to lint, the files changed in git, and the
relations PV201 needs."""

from __future__ import annotations

import logging
import os
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence

from provenance import document
from provenance.errors import ConfigError, InputError
from provenance.lint.config import Config
from provenance.model import Document
from provenance.pipeline import extract_path
from provenance.published import PublishedDates

__all__ = ["changed_files", "contested_relations", "load_documents"]

log = logging.getLogger(__name__)


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
    max_bytes: int = document.MAX_INPUT_BYTES,
    published: str | None = None,
    dates: PublishedDates | None = None,
    encoding: str = "utf-8",
    extract: Callable[..., Iterator[Document | InputError]] | None = None,
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
        max_bytes: the largest input read (``--max-bytes``).
        published: publication date of every article (``--published``),
            over any date found in them.
        dates: publication dates by path for articles that name none
            (default: the configuration's ``published``).
        encoding: how the articles' bytes are decoded (``--encoding``).
        extract: extracts the selected inputs instead of this process:
            called with :func:`~provenance.pipeline.extract_paths`' keyword
            arguments but ``jobs``, it yields a document or an error per
            input, in order (a cluster's, :func:`provenance.distributed.extract_paths`).

    Returns:
        Documents and, in place of bad inputs, their :class:`InputError`.
    """
    config = config or Config()
    registry = config.registry()
    dates = config.dates() if dates is None else dates
    selected = _select(paths, config, only, exclude)
    if extract is not None:
        yield from extract(
            list(selected),
            published=published,
            registry=registry,
            max_bytes=max_bytes,
            dates=dates,
            encoding=encoding,
        )
        return
    for item in selected:
        if isinstance(item, InputError):
            yield item
            continue
        try:
            yield extract_path(
                item,
                published=published,
                registry=registry,
                fallback=dates.date_for(item),
                max_bytes=max_bytes,
                encoding=encoding,
            )
        except InputError as e:
            yield e


def _select(
    paths: Sequence[str], config: Config, only: Iterable[str] | None, exclude: bool
) -> Iterator[str | InputError]:
    """The inputs :func:`load_documents` extracts, in order: each file once, excluded and unchanged ones left out."""
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
        yield item


def contested_relations(
    documents: Sequence[Document],
    reference: Sequence[Document] = (),
    *,
    compare: Callable[[list[Document]], Iterable] | None = None,
) -> tuple:
    """Relations between the claims of ``documents`` and a ``reference`` corpus,
    from :func:`provenance.compare.compare_documents`, as :func:`lint` takes them.

    Reference documents that are also linted are compared once.  Empty (and
    logged) when the comparator is not available.  ``compare`` replaces
    ``compare_documents`` (a cluster's, :func:`provenance.distributed.compare_documents`).
    """
    if compare is None:
        try:
            from provenance.compare import compare_documents
        except ImportError:
            log.info("provenance.compare is not available: PV201 (contested-claim) finds nothing")
            return ()
        compare = compare_documents
    linted = {os.path.realpath(d.path) for d in documents if d.path and d.path != "-"}
    extra = [d for d in reference if not d.path or os.path.realpath(d.path) not in linted]
    return tuple(compare([*documents, *extra]))
