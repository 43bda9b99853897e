"""Rules about the linter itself (PV9): suppression comments that suppress nothing."""

from __future__ import annotations

from collections.abc import Iterator

from provenance.lint.rule import Context, Hit, rule
from provenance.model import Level


@rule("PV900", "unused-suppression", Level.WARNING, after_suppression=True)
def unused_suppression(ctx: Context) -> Iterator[Hit]:
    """A suppression comment that suppresses nothing.

    ## What it does
    Flags `<!-- provenance: ignore … -->` and `<!-- provenance: disable … -->`
    comments (for each code they name) that cover no finding, an `enable`
    that ends no `disable`, unknown actions and unknown rule codes.  It cannot
    itself be suppressed by a comment; turn it off in the configuration.

    ## What it does not flag
    - a suppression that covers at least one finding of each code it names;
    - a `disable` closed by an `enable` (or left open to the end of the
      article) that covers a finding.

    ## Why is this bad?
    A stale suppression hides the next real problem in the same paragraph,
    and a misspelt one silently suppresses nothing.

    ## Example
    ```text
    <!-- provenance: ignore PV101 -->
    The ministry opened on Monday.
    ```

    ## Use instead
    ```text
    The ministry opened on Monday.
    ```
    """
    yield from ctx.unused
