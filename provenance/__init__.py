"""provenance: where every statement in an article comes from, and where sources disagree.

>>> import provenance
>>> doc = provenance.extract("The bridge was closed (Reuters, March 3, 2020).")
>>> doc.claims[0].evidence[0].date
'2020-03-03'

The public names are loaded on first use (PEP 562), so ``import provenance``
and the command's entry point cost almost nothing until a name is needed:
a Ctrl-C while the command starts can then be answered like one during a run.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.compare import compare_documents, relate
    from provenance.errors import ConfigError, InputError, ProvenanceError
    from provenance.lint import lint_documents
    from provenance.model import Document
    from provenance.pipeline import extract, extract_path, extract_paths

__version__ = "0.1.0"

#: Each public name and the module that defines it.
_HOMES = {
    "ConfigError": "provenance.errors",
    "Document": "provenance.model",
    "InputError": "provenance.errors",
    "ProvenanceError": "provenance.errors",
    "compare_documents": "provenance.compare",
    "extract": "provenance.pipeline",
    "extract_path": "provenance.pipeline",
    "extract_paths": "provenance.pipeline",
    "lint_documents": "provenance.lint",
    "relate": "provenance.compare",
}

__all__ = [
    "ConfigError",
    "Document",
    "InputError",
    "ProvenanceError",
    "__version__",
    "compare_documents",
    "extract",
    "extract_path",
    "extract_paths",
    "lint_documents",
    "relate",
]


def __getattr__(name: str) -> Any:
    """A public name, imported from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'provenance' has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
