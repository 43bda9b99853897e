"""Fingerprints and baselines: telling new findings from known ones.

Each finding gets a stable :attr:`~provenance.model.Finding.fingerprint`: a
hash of its rule code, the flagged text normalised (Unicode compatibility
forms, case and white space do not count) and, when the same rule flags the
same text more than once in a file, the occurrence number.  Line numbers and
offsets are left out on purpose: editing a paragraph above a finding does not
make it new.

A baseline is the JSON output of ``provenance lint`` saved once
(``provenance lint --format json -o lint-baseline.json``); with
``--baseline FILE`` only findings whose path and fingerprint are not in it are
reported, as ruff, mypy and Vale users do with theirs.
"""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from collections.abc import Iterable, Sequence

import attrs

from provenance.errors import ConfigError
from provenance.model import Finding

__all__ = ["FINGERPRINT_VERSION", "fingerprint", "fingerprinted", "load_baseline", "new_findings"]

#: The fingerprint scheme; SARIF names it in ``partialFingerprints``.
FINGERPRINT_VERSION = "provenance/v1"


def _normalised(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def fingerprint(code: str, text: str, occurrence: int = 1) -> str:
    """The fingerprint of the ``occurrence``-th finding of rule ``code`` on ``text`` in a file.

    >>> fingerprint("PV101", "Twelve  schools closed.") == fingerprint("PV101", "twelve schools closed.")
    True
    >>> fingerprint("PV101", "Twelve schools closed.") == fingerprint("PV101", "Twelve schools closed.", 2)
    False
    """
    key = f"{code}\0{_normalised(text)}" + (f"\0{occurrence}" if occurrence > 1 else "")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:20]


def fingerprinted(findings: Iterable[Finding]) -> list[Finding]:
    """``findings`` (of one file, in order) with their fingerprints set."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for f in findings:
        key = (f.code, _normalised(f.text))
        seen[key] = seen.get(key, 0) + 1
        out.append(attrs.evolve(f, fingerprint=fingerprint(f.code, f.text, seen[key])))
    return out


def _path_key(path: str | None) -> str:
    return os.path.normpath(path) if path and path != "-" else (path or "")


def load_baseline(path: str) -> frozenset[tuple[str, str]]:
    """The ``(path, fingerprint)`` pairs of a saved ``provenance lint --format json`` output.

    Raises:
        ConfigError: the file cannot be read, is not JSON, or is not lint output
            with fingerprints (the message names the file and what is wrong).
    """
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise ConfigError(f"{path}: cannot read baseline: {e.strerror}") from None
    except (UnicodeDecodeError, ValueError, RecursionError) as e:
        raise ConfigError(f"{path}: baseline is not JSON: {str(e)[:100]}") from None
    findings = data.get("findings") if isinstance(data, dict) else None
    if not isinstance(findings, list):
        raise ConfigError(f"{path}: baseline is not `provenance lint --format json` output (no findings list)")
    out = set()
    for n, item in enumerate(findings, 1):
        if not (isinstance(item, dict) and isinstance(item.get("fingerprint"), str) and item["fingerprint"]):
            raise ConfigError(f"{path}: findings[{n - 1}] has no fingerprint; save the baseline again")
        where = item.get("path")
        out.add((_path_key(where if isinstance(where, str) else None), item["fingerprint"]))
    return frozenset(out)


def new_findings(findings: Sequence[Finding], baseline: frozenset[tuple[str, str]]) -> tuple[Finding, ...]:
    """The findings not in ``baseline`` (as :func:`load_baseline` reads it), in order."""
    return tuple(f for f in findings if (_path_key(f.path), f.fingerprint) not in baseline)
