"""The ``provenance`` command's entry point.

Importing the command line takes a moment (the extractors, their patterns and
word lists).  A Ctrl-C in that moment would otherwise end the run with a
Python traceback; here it ends as a Ctrl-C during a run does (see
:mod:`provenance.cli.group`): a one-line message and exit code 130.  This module
imports nothing of the project until it runs, and the package itself loads its
public names lazily, so the window left to the interpreter's own start is small.
"""

from __future__ import annotations

import sys

#: Exit code of a run stopped by Ctrl-C (128 + SIGINT); the same as
#: :data:`provenance.cli.group.INTERRUPTED`, kept here so that nothing is imported.
INTERRUPTED = 130


#: Exit code of a run that cannot start: a package the project needs is not installed (a
#: configuration error, as the README's exit codes say).
BROKEN_INSTALL = 2


def main() -> None:
    """Run the ``provenance`` command group."""
    try:
        from provenance.cli import main as group
    except KeyboardInterrupt:
        sys.stderr.write("provenance: interrupted\n")
        sys.exit(INTERRUPTED)
    except ModuleNotFoundError as e:
        if not e.name or e.name.split(".")[0] == "provenance":
            raise  # the project itself is broken: a traceback is what helps
        # Run from a checkout whose dependencies were never installed: say which, and how to get them.
        sys.stderr.write(
            f"provenance: the package {e.name!r} it needs is not installed; "
            "install the project with its dependencies: python -m pip install .\n"
        )
        sys.exit(BROKEN_INSTALL)
    group(prog_name="provenance")
