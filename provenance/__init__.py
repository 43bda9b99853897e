"""provenance: where every statement in an article comes from, and where sources disagree.

>>> import provenance
>>> doc = provenance.extract("The bridge was closed (Reuters, March 3, 2020).")
>>> doc.claims[0].evidence[0].date
'2020-03-03'
"""

from provenance.compare import compare_documents, relate
from provenance.errors import ConfigError, InputError, ProvenanceError
from provenance.lint import lint_documents
from provenance.model import Document
from provenance.pipeline import extract, extract_path, extract_paths

__version__ = "0.1.0"

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
