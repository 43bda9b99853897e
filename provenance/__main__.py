"""``python -m provenance``."""

from provenance.entry import main

main()
