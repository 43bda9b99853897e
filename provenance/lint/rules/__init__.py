"""The lint rules, one module per family, registered in code order on import.

* :mod:`~provenance.lint.rules.citations`: PV0, citations as written;
* :mod:`~provenance.lint.rules.sourcing`: PV1, claims and their sources;
* :mod:`~provenance.lint.rules.contested`: PV2, claims across documents;
* :mod:`~provenance.lint.rules.linter`: PV9, the linter itself.
"""

from provenance.lint.rules import citations, contested, linter, sourcing

__all__ = ["citations", "contested", "linter", "sourcing"]
