"""Citation rules (PV0): malformed, future-dated, undated and inconsistently named citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from provenance.lint.rule import Context, Hit, rule
from provenance.model import Citation, Level, PartialDate, partial_date


@rule("PV001", "malformed-citation", Level.ERROR)
def malformed_citation(ctx: Context) -> Iterator[Hit]:
    """A parenthetical that is almost a citation but does not parse.

    ## What it does
    Flags parentheticals that look like a citation and fail its grammar
    `(Source, Month Day)`: a missing comma (`(Reuters October 8)`), a
    misspelt month (`Setpember 14`), a day the month does not have
    (`September 31`), an empty source (`(, October 8)`), or an unbalanced
    parenthesis around a citation (`(Kestrel News, October 8`).

    ## Why is this bad?
    A citation that does not parse is not counted as a source: the claim it
    supports looks unsourced in reports, and its date cannot be checked.
    Readers cannot trust a date that does not exist.

    ## Example
    ```text
    Ruiz reportedly arrived in Norland (Kestrel News, Setpember 14).
    The bridge was closed (Reuters September 31).
    ```

    ## Use instead
    ```text
    Ruiz reportedly arrived in Norland (Kestrel News, September 14).
    The bridge was closed (Reuters, September 30).
    ```
    """
    for m in ctx.document.malformed:
        yield Hit(m.start, m.end, f"Malformed citation: {m.reason}; {_repair(m.reason)}")


#: What to do about a malformed citation, by the start of the parser's reason;
#: the last entry is the default.
REPAIRS = (
    ("unbalanced parenthesis", "close the parenthesis"),
    ("empty source", "name the source"),
    ("misspelled month", "correct the spelling"),
    ("missing comma", "add the comma"),
    ("invalid", "check the date: that day does not exist"),
    ("unreadable date", "write the date as Month Day or Day Month"),
    ("", "write it as (Source, Month Day)"),
)


def _repair(reason: str) -> str:
    return next(advice for start, advice in REPAIRS if reason.startswith(start))


#: A citation written without a year is read as the latest such date not after
#: publication, so "March 24" in an issue of March 10 becomes last
#: year's.  PV002 still reports it when, read in the publication year, it falls
#: this many days or fewer after publication: most likely a mistyped day.
YEARLESS_WINDOW_DAYS = 31

# A year as written in a citation ("2021", "’21").
WRITTEN_YEAR = regex.compile(r"(?<!\d)(?:\d{4}|['’]\d\d)(?!\d)")


@rule("PV002", "citation-after-publication", Level.ERROR)
def citation_after_publication(ctx: Context) -> Iterator[Hit]:
    """A citation dated after the article was published.

    ## What it does
    Flags a citation whose date (or the end of its date range) falls after the
    article's publication date: from the article's header or file name, or
    else the `published` date of the configuration.  A date written without a
    year is read as the latest such date before publication; it is still
    flagged when, in the publication year, it would fall up to 31 days after
    publication (`March 24` in an issue of March 10).

    ## Why is this bad?
    An article cannot cite what had not been published yet: the date is a
    typo (wrong month or day) or the year was resolved wrongly, and readers
    looking for the source will not find it.

    ## Example
    ```text
    Publication date: March 10, 2019

    The harbour office reopened (Twitter/@meridiandesk, March 24, 2019).
    ```

    ## Use instead
    ```text
    Publication date: March 10, 2019

    The harbour office reopened (Twitter/@meridiandesk, March 4, 2019).
    ```
    """
    published = _partial(ctx.published)
    if published is None or not published.has_year:
        return
    for claim in ctx.document.claims:
        for c in claim.citations:
            message = _after_publication(c, published)
            if message:
                yield Hit(c.start, c.end, message)


def _partial(date: str | None) -> PartialDate | None:
    try:
        return partial_date(date)
    except ValueError:
        return None


def _after_publication(c: Citation, published: PartialDate) -> str | None:
    latest = published.last_day()
    for label, when in (("dated", _partial(c.date)), ("ending", _partial(c.date_end))):
        if when is not None and when.has_year and when.first_day() > latest:
            return f"Citation {label} {when} is after the publication date {published}; check the date"
    when = _partial(c.date)
    if when is None or not when.has_year or when.precision != "day" or published.precision != "day":
        return None  # only a day the parser resolved to a year before publication
    if WRITTEN_YEAR.search(c.raw):
        return None
    assert when.month is not None and when.day is not None
    try:
        this_year = dt.date(latest.year, when.month, when.day)
    except ValueError:  # 29 February
        return None
    if latest < this_year <= latest + dt.timedelta(days=YEARLESS_WINDOW_DAYS):
        return (
            f"Citation date without a year falls after the publication date {published} "
            f"(read as {when}); check the day or write the year"
        )
    return None


@rule("PV003", "undated-citation", Level.WARNING)
def undated_citation(ctx: Context) -> Iterator[Hit]:
    """A citation without a date in an article whose citations carry dates.

    ## What it does
    Flags a citation with neither a date nor a locator (`No. 47`, `p. 3`) in an
    article where at least half of the citations are dated.

    ## Why is this bad?
    The article's own convention is to date its sources; an undated one is
    usually a date left out by mistake, and without it readers cannot find
    the item or judge how current it was.

    ## Example
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP).
    ```

    ## Use instead
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP, May 3).
    ```
    """
    by_article: dict[int, list] = {}
    for claim in ctx.document.claims:
        by_article.setdefault(claim.article, []).extend(claim.citations)
    for cited in by_article.values():
        undated = [c for c in cited if not c.date and not c.locator]
        if undated and 2 * (len(cited) - len(undated)) >= len(cited):
            for c in undated:
                yield Hit(
                    c.start,
                    c.end,
                    (f"Citation of {c.source.name} has no date, while this article dates its citations; add the date"),
                )


@rule("PV004", "inconsistent-source-name", Level.WARNING)
def inconsistent_source_name(ctx: Context) -> Iterator[Hit]:
    """The same source cited under two names in one article.

    ## What it does
    Flags a citation whose source is the same as an earlier citation's in the
    same article (same registry entry or the same name up to case, spacing, a
    leading "The" or `.com` on a social platform) but written differently:
    `Twitter/@x` and `Twitter.com/@x`, `AFP` and `Agence France-Presse`.  Add
    your own aliases in the `aliases` table of the configuration.

    ## Why is this bad?
    Readers (and source counts in reports) take two spellings for two sources;
    house style wants one name per source.

    ## Example
    ```text
    Ferries stopped (AFP, March 2). Norland shut (Agence France-Presse, March 5).
    ```

    ## Use instead
    ```text
    Ferries stopped (AFP, March 2). Norland shut (AFP, March 5).
    ```
    """
    first: dict[tuple[int, str], str] = {}
    for claim in ctx.document.claims:
        for c in claim.citations:
            name = c.source.name
            written = first.setdefault((claim.article, c.source.key), name)
            if written != name:
                end = c.start + len(name) if c.raw.startswith(name) else c.end
                yield Hit(
                    c.start,
                    end,
                    (f"Source {name!r} is cited as {written!r} earlier in this article; use one name for one source"),
                )
