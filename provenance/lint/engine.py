"""Running the rules: :func:`lint_documents` and the exit code."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import attrs

from provenance.lint import suppression
from provenance.lint.baseline import fingerprinted
from provenance.lint.config import Config
from provenance.lint.rule import RULES, Context, Hit, Rule, norm_path
from provenance.model import Document, Finding, Level

__all__ = ["exit_code", "lint_documents"]


def lint_documents(
    documents: Iterable[Document],
    config: Config | None = None,
    *,
    relations: Iterable = (),
    reference: Iterable[Document] = (),
    rules: Mapping[str, Rule] = RULES,
) -> tuple[Finding, ...]:
    """Check ``documents`` and return the findings, in document then text order.

    Args:
        documents: the articles to lint.
        config: rule selection, levels, per-file ignores and the ``published``
            fallback (default: every rule at its default level).
        relations: relations between claims, as :func:`provenance.compare.compare_documents`
            returns them, over these documents and any reference corpus; PV201
            reports the ``contested`` ones that cross documents.
        reference: the reference corpus the relations were found in (its
            texts give the line of the other claim in PV201 messages).
        rules: the rules to run (default: :data:`RULES`).

    Returns:
        The findings that no suppression comment covers, plus PV900 findings
        for suppression comments that covered nothing.

    >>> from provenance.model import Malformed
    >>> doc = Document(text="Troops left (Reuters, Setpember 14).", path="a.txt",
    ...                malformed=[Malformed(12, 35, "(Reuters, Setpember 14)", "unknown month: Setpember")])
    >>> [(f.code, f.text) for f in lint_documents([doc])]
    [('PV001', '(Reuters, Setpember 14)')]
    """
    config = config or Config()
    documents = list(documents)
    corpus = (*documents, *reference)
    texts = {norm_path(d.path): d.text for d in corpus if d.path}
    shared: dict = {}
    by_path: dict[str, list] = {}
    for relation in relations:
        for side in {norm_path(relation.a.doc), norm_path(relation.b.doc)}:
            by_path.setdefault(side, []).append(relation)
    out: list[Finding] = []
    for doc in documents:
        context = Context(
            doc,
            doc.published or config.published_for(doc.path),
            by_path.get(norm_path(doc.path), ()),
            min_score=config.min_score,
            texts=texts,
            corpus=corpus,
            shared=shared,
        )
        out.extend(_lint_document(context, config, rules))
    return tuple(out)


def _lint_document(context: Context, config: Config, rules: Mapping[str, Rule]) -> list[Finding]:
    doc = context.document
    enabled = config.enabled(doc.path, rules)
    active = [r for r in rules.values() if r.code in enabled]

    def findings(rule: Rule, hits: Iterable[Hit]) -> Iterator[Finding]:
        level = config.level(rule)
        for h in hits:
            yield Finding(doc.path, h.start, h.end, rule.code, rule.name, level, doc.text[h.start : h.end], h.message)

    found = [f for r in active if not r.after_suppression for f in findings(r, r.check(context))]
    ranges, problems = suppression.suppressions(doc.text, suppression.directives(doc.text))
    kept, used = suppression.apply(found, ranges)
    context = attrs.evolve(context, unused=problems + suppression.unused(ranges, used))
    kept.extend(f for r in active if r.after_suppression for f in findings(r, r.check(context)))
    kept.sort(key=lambda f: (f.start, f.end, f.code))
    return fingerprinted(kept)


def exit_code(findings: Iterable[Finding], fail_on: Level, *, errors: bool = False, exit_zero: bool = False) -> int:
    """The linter's exit code: 2 on input or usage errors (even with ``exit_zero``),
    1 when a finding is at or above ``fail_on`` (unless ``exit_zero``), else 0.

    >>> exit_code([], Level.ERROR), exit_code([], Level.ERROR, errors=True, exit_zero=True)
    (0, 2)
    """
    if errors:
        return 2
    if not exit_zero and any(f.severity >= fail_on for f in findings):
        return 1
    return 0
