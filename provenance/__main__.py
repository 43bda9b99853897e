"""``python -m provenance``."""

from provenance.cli import main

main(prog_name="provenance")
