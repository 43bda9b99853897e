"""``provenance lint``, ``rules`` and ``rule``: checking articles the way ruff checks code."""

from __future__ import annotations

import os
import sys

import attrs
import click

from provenance import lint
from provenance.cli import runs
from provenance.cli.group import main
from provenance.cli.options import min_score_option, output_options, paths_argument, plan_outputs, reading_options
from provenance.cli.runs import (
    UsageError,
    index_events,
    isolating,
    open_store,
    progressed,
    report_errors,
    sort_out,
    table_width,
)
from provenance.document import iter_inputs
from provenance.errors import InputError, ProvenanceError

__all__ = ["lint_command", "rule_command", "rules_command"]


@main.command("lint")
@paths_argument
@output_options(lint.FORMATS, tables=True)
@click.option(
    "--fail-on",
    type=click.Choice([level.value for level in lint.Level]),
    default="error",
    show_default=True,
    help="Exit 1 when a finding is at or above this level.",
)
@click.option(
    "--exit-zero",
    is_flag=True,
    help="Exit 0 even when findings reach --fail-on (input and configuration errors still exit 2).",
)
@click.option(
    "--changed-since",
    metavar="REV",
    help="Lint only the files in PATHS changed since the git revision REV (and untracked "
    "ones); files named explicitly are always linted.",
)
@click.option(
    "--corpus",
    multiple=True,
    type=click.Path(),
    metavar="PATH",
    help="Articles to compare against for PV201 (contested-claim) without linting them; repeatable.",
)
@min_score_option
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    metavar="FILE",
    help="Report only findings not in FILE, a saved `provenance lint --format json` output "
    "(findings are matched by path and fingerprint).",
)
@reading_options
def lint_command(
    paths, fmt, outputs, tablefmt, width, fail_on, exit_zero, changed_since, corpus, min_score, baseline_path, reading
):
    """Check articles for malformed citations, impossible dates, unsourced
    statistics, anonymous sources and claims contested elsewhere.

    Findings go to stdout, one a line (path:line:column: CODE message), or as
    a table with --fmt STYLE or --format markdown.  Unreadable inputs are
    reported on stderr and the other files are still linted.  With --db FILE,
    PV201 compares the linted articles with the stored documents that share a
    subject with them (--corpus PATHs are indexed into the store first).

    Exit status: 0 no finding at or above --fail-on, 1 findings at or above
    it, 2 usage, configuration or input errors (even with --exit-zero).

    \b
    Example:
        provenance lint articles/
        provenance lint --fail-on warning --format github --changed-since origin/main articles/
        provenance lint --corpus archive/ -o lint.sarif new-article.md
        provenance lint --db archive.db --dates dates.csv new-article.md
        provenance lint --format json -o baseline.json articles/
        provenance lint --baseline baseline.json --format markdown articles/
        provenance lint --scheduler tcp://scheduler:8786 --corpus /shared/archive/ new-article.md
    """
    articles = reading.resolve(paths)
    config = articles.config if min_score is None else attrs.evolve(articles.config, min_score=min_score)
    plan = plan_outputs(fmt, outputs, lint.FORMATS)
    docs: list = []
    errors: list[InputError] = []
    options = {
        "max_bytes": reading.max_bytes,
        "dates": articles.dates,
        "encoding": reading.encoding,
    }
    with (
        runs.outputs(plan, lambda: [*articles.inputs(), *_files(corpus)]) as opened,
        runs.cluster(articles) as articles,
    ):
        options["extract"] = runs.extractor(articles)
        compare = runs.cluster_compare(articles)
        try:
            baseline = lint.load_baseline(baseline_path) if baseline_path else None
            only = lint.changed_files(changed_since) if changed_since is not None else None
            total = sum(1 for item in iter_inputs(articles.paths) if not isinstance(item, InputError))
            loaded = lint.load_documents(articles.paths, config, only=only, published=reading.published, **options)
            sort_out(progressed(loaded, total, "linting"), docs, errors)
            reference: list = []
            pv201 = any("PV201" in config.enabled(d.path) for d in docs)
            if pv201 and articles.db_path:
                from provenance.corpus import related

                with open_store(articles.db_path) as store:
                    if corpus:
                        unpublished = attrs.evolve(articles, reading=attrs.evolve(reading, published=None))
                        indexed = index_events(store, unpublished, paths=corpus)
                        errors.extend(event.error for event in indexed if event.action == "error")
                    linted = {os.path.realpath(d.path) for d in docs if d.path and d.path != "-"}
                    reference = [
                        r
                        for r in related(store, docs, jobs=reading.jobs)
                        if not r.path or os.path.realpath(r.path) not in linted
                    ]
            elif pv201 and corpus:
                sort_out(lint.load_documents(corpus, config, exclude=False, **options), reference, errors)

            def check(linted):
                relations = lint.contested_relations(linted, reference, compare=compare) if pv201 else ()
                return lint.lint_documents(linted, config, relations=relations, reference=reference)

            docs, findings = isolating(check, docs, errors)
        except ProvenanceError as e:
            raise UsageError(str(e)) from None
        known = 0
        if baseline is not None:
            new = lint.new_findings(findings, baseline)
            known, findings = len(findings) - len(new), new
        for output, chosen in opened:
            rendered = lint.render(
                findings, docs, chosen, known=known, tablefmt=tablefmt, width=table_width(width, output.path)
            )
            output.write(rendered)
    report_errors(errors)
    sys.exit(lint.exit_code(findings, lint.Level(fail_on), errors=bool(errors), exit_zero=exit_zero))


def _files(paths) -> list[str]:
    return [item for item in iter_inputs(paths) if isinstance(item, str)]


@main.command("rules")
@output_options(lint.RULES_FORMATS, tables=True)
def rules_command(fmt, outputs, tablefmt, width):
    """List every lint rule: code, name, default level and summary.

    \b
    Example:
        provenance rules
        provenance rules --format markdown -o rules.md
    """
    with runs.outputs(plan_outputs(fmt, outputs, lint.RULES_FORMATS)) as opened:
        for output, chosen in opened:
            output.write(lint.render_rules(chosen, tablefmt=tablefmt, width=table_width(width, output.path)))


@main.command("rule")
@click.argument("code")
@output_options(lint.RULE_FORMATS)
def rule_command(code, fmt, outputs):
    """Explain the lint rule CODE (a code such as PV101, or a name such as
    unsourced-statistic): what it does, why it matters, an example and the fix.

    \b
    Example:
        provenance rule PV101
        provenance rule contested-claim --format markdown -o docs/contested-claim.md
    """
    found = lint.find_rule(code)
    if found is None:
        raise UsageError(f"unknown rule {code!r}; `provenance rules` lists them")
    with runs.outputs(plan_outputs(fmt, outputs, lint.RULE_FORMATS)) as opened:
        for output, chosen in opened:
            output.write(lint.render_rule(found, chosen))
