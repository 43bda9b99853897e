"""Lint articles the way ruff and Vale lint code and prose.

Rules have stable codes (``PV`` + three digits, one hundred per family: ``PV0``
citations, ``PV1`` sourcing, ``PV2`` cross-document, ``PV9`` the linter itself),
a kebab-case name, a default level and a docstring in four sections (*What it
does / Why is this bad? / Example / Use instead*) that ``provenance rule CODE``
prints and SARIF's ``rules[]`` carries.

The stages, each a pure function over the pipeline's values, one module each:

* :mod:`~provenance.lint.config`: :func:`load_config` / :func:`discover_config`
  read ``.provenance.toml`` or ``[tool.provenance]`` in ``pyproject.toml`` into
  a :class:`Config`;
* :mod:`~provenance.lint.inputs`: :func:`load_documents` extracts the files to
  lint (exclusions, source aliases and the ``published`` fallback applied),
  :func:`changed_files` lists what git says changed, :func:`contested_relations`
  gives PV201 its relations;
* :mod:`~provenance.lint.rules`: the rules, one module per family, on the
  machinery of :mod:`~provenance.lint.rule`;
* :mod:`~provenance.lint.engine`: :func:`lint_documents` runs the rules and
  drops what ``<!-- provenance: … -->`` comments suppress
  (:mod:`~provenance.lint.suppression`), returning
  :class:`~provenance.model.Finding` values in document order;
* :mod:`~provenance.lint.baseline`: fingerprints, and :func:`new_findings`
  leaves out the findings of a saved baseline (:func:`load_baseline`);
* :mod:`~provenance.lint.output`: :func:`render` prints findings as ``text``,
  ``json``, ``github`` or ``sarif``.  Line and column are derived from
  offsets only there.
"""

from provenance.lint import rules
from provenance.lint.baseline import load_baseline, new_findings
from provenance.lint.config import CONFIG_FILES, Config, discover_config, load_config
from provenance.lint.engine import exit_code, lint_documents
from provenance.lint.inputs import changed_files, contested_relations, load_documents
from provenance.lint.output import FORMATS, RULE_FORMATS, RULES_FORMATS, render, render_rule, render_rules
from provenance.lint.rule import RULES, Rule, find_rule
from provenance.model import Finding, Level

__all__ = [
    "CONFIG_FILES",
    "FORMATS",
    "RULES",
    "RULES_FORMATS",
    "RULE_FORMATS",
    "Config",
    "Finding",
    "Level",
    "Rule",
    "changed_files",
    "contested_relations",
    "discover_config",
    "exit_code",
    "find_rule",
    "lint_documents",
    "load_baseline",
    "load_config",
    "load_documents",
    "new_findings",
    "render",
    "render_rule",
    "render_rules",
    "rules",
]
