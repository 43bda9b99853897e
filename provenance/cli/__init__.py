"""The ``provenance`` command.  Thin: parses options, calls the library, renders.

One module per command (:mod:`~provenance.cli.report`,
:mod:`~provenance.cli.contested`, :mod:`~provenance.cli.lint` with ``rules``
and ``rule``, :mod:`~provenance.cli.index`, :mod:`~provenance.cli.relate`,
:mod:`~provenance.cli.export`), every option defined once in
:mod:`~provenance.cli.options`, and what the commands share when they run
(reading articles, writing outputs, progress, errors) in
:mod:`~provenance.cli.runs`.  The group is :mod:`~provenance.cli.group`.
"""

from __future__ import annotations

# The command modules register their commands on the group as they are imported.
from provenance.cli import contested, export, index, lint, relate, report  # noqa: F401
from provenance.cli.group import main

__all__ = ["main"]
