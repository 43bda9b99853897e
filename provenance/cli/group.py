"""The ``provenance`` command group: ``-h/--help``, ``--version``, and how a
run ends when it is interrupted or its output is closed."""

from __future__ import annotations

import contextlib
import os
import sys

import click

from provenance import __version__
from provenance.entry import INTERRUPTED

__all__ = ["INTERRUPTED", "main"]


class _Group(click.Group):
    """The command group: a Ctrl-C stops any command with exit code 130 and a
    one-line message (outputs and the store are left consistent by the
    commands), and a closed standard output (``| head``) ends the run quietly."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("provenance: interrupted", err=True)
            ctx.exit(INTERRUPTED)
        except BrokenPipeError:
            # Whatever is still buffered for the closed pipe goes nowhere.
            devnull = os.open(os.devnull, os.O_WRONLY)
            with contextlib.suppress(OSError, ValueError):
                os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="provenance")
def main() -> None:
    """Find where every statement in an article comes from, and where sources disagree.

    Every command that reads articles takes PATHS (files, directories searched
    for .txt, .md and .markdown files, or - for standard input; without PATHS,
    the current directory) and the same reading options: --published, --dates,
    --config, --encoding, --max-bytes, --jobs and --db.  Every command that
    writes takes --format and a repeatable -o FILE whose extension chooses the
    format; the commands that print tables take --fmt and --width.  Exit codes:
    0 done, 1 lint findings at or above --fail-on, 2 usage, configuration or
    input errors.  docs/cli.md describes every command and option.
    """
