"""Citation rules (PV0): malformed, future-dated, undated and inconsistently named citations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from provenance import lexicon, patterns
from provenance.lint.rule import Context, Hit, rule
from provenance.model import Citation, Level, PartialDate, partial_date, source_key


@rule("PV001", "malformed-citation", Level.ERROR)
def malformed_citation(ctx: Context) -> Iterator[Hit]:
    """A parenthetical that is almost a citation but does not parse.

    ## What it does
    Flags parentheticals that look like a citation and fail its grammar
    `(Source, Month Day)`: a missing comma (`(Reuters October 8)`, also
    after other sources sharing the date: `(AFP, Radio Norland 4 March)`), a
    misspelt month (`Setpember 14`), a day the month does not have
    (`September 31`), an empty source (`(, October 8)`), or an unbalanced
    parenthesis around a citation (`(Kestrel News, October 8`).

    ## What it does not flag
    - parentheticals that are not citations: acronym expansions (`(ISKP)`),
      translations and asides, bare numbers, image credits (`(Source:
      Wikimedia Commons)`);
    - a parenthetical without a day in it (every near miss has one);
    - citations the grammar reads, whatever their style (`(Kestrel News,
      8 October)`, `(AP, 2021-10-08)`, `(Dawn, June 2021)`).

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
    slips = [(s, e) for s, e, _ in date_slips(ctx.document.text)]
    for m in ctx.document.malformed:
        if m.slip and any(m.start <= s and e <= m.end for s, e in slips) and _only_letter_slip(m.reason):
            continue  # a letter for a digit: PV005's finding
        yield Hit(m.start, m.end, f"Malformed citation: {m.reason}; {_repair(m.reason)}")


def _only_letter_slip(reason: str) -> bool:
    """Is the parser's reason a letter for a digit, nothing else (PV005 reports those)?"""
    return reason.casefold().startswith("letter ")


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

    ## What it does not flag
    - any citation of an article whose publication date is unknown (give
      `published` in the configuration to check them);
    - a date written without a year that falls more than 31 days after
      publication in the publication year: it is read as last year's;
    - a date in the publication's own month or year when the publication
      date is only a month or a year (it counts as its last day).

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


#: Dated citations an article needs before dating is its convention: one or two
#: dated citations beside undated ones show no style.
CONVENTION = 3


@rule("PV003", "undated-citation", Level.WARNING)
def undated_citation(ctx: Context) -> Iterator[Hit]:
    """A citation without a date in an article whose citations carry dates.

    ## What it does
    Flags a citation with neither a date nor a locator (`No. 47`, `p. 3`) in an
    article where at least half of the citations, and at least three, are
    dated.

    ## What it does not flag
    - a citation with a locator instead of a date (`(Kommersant, No. 47)`);
    - undated citations in an article where fewer than half of the citations
      carry dates, or fewer than three: one or two dated citations make no
      convention, and undated is that article's style;
    - each article of a file is judged on its own citations.

    ## Why is this bad?
    The article's own convention is to date its sources; an undated one is
    usually a date left out by mistake, and without it readers cannot find
    the item or judge how current it was.

    ## Example
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP).
    Aid arrived (UNHCR, May 4). Markets reopened (Dawn, May 5).
    ```

    ## Use instead
    ```text
    Troops left the city (Reuters, May 2). The border closed (AP, May 3).
    Aid arrived (UNHCR, May 4). Markets reopened (Dawn, May 5).
    ```
    """
    by_article: dict[int, list] = {}
    for claim in ctx.document.claims:
        by_article.setdefault(claim.article, []).extend(claim.citations)
    for cited in by_article.values():
        undated = [c for c in cited if not c.date and not c.locator]
        dated = len(cited) - len(undated)
        if undated and dated >= CONVENTION and 2 * dated >= len(cited):
            for c in undated:
                yield Hit(
                    c.start,
                    c.end,
                    (f"Citation of {c.source.name} has no date, while this article dates its citations; add the date"),
                )


# White space around the punctuation inside a name: "ITAR- TASS", "RFE / RL".
SPACED_PUNCTUATION = regex.compile(r"\s*([-‐‑–/&.])\s*")


def _loose_key(key: str) -> str:
    """A source key that also ignores white space around hyphens, slashes, ampersands and full stops.

    >>> _loose_key("itar- tass") == _loose_key("itar-tass") == _loose_key("itar -tass")
    True
    """
    return SPACED_PUNCTUATION.sub(lambda m: "-" if m.group(1) in "-‐‑–" else m.group(1), key)


#: What may stand between two characters of a name written on one line.
LINE_GAP = r"[^\S\n]*"


def _as_written(c: Citation) -> str:
    """The citation's source name as the text spells it.

    The parser repairs a name that a line break split ("ITAR-" at a line's end,
    "TASS" on the next) and, with it, the same gap typed within a line
    ("ITAR- TASS"): the first is how wrapped text looks, the second a spelling
    the article should not have.

    >>> from provenance.model import Source
    >>> _as_written(Citation(0, 19, "ITAR- TASS, March 5", Source("ITAR-TASS")))
    'ITAR- TASS'
    >>> _as_written(Citation(0, 19, "ITAR-" + chr(10) + "TASS, March 5", Source("ITAR-TASS")))
    'ITAR-TASS'
    """
    name = c.source.name
    if c.raw.startswith(name):
        return name
    # The name's letters in order, with spaces or tabs (never a line break) between any two.
    m = regex.match(LINE_GAP.join(regex.escape(ch) for ch in name if not ch.isspace()), c.raw)
    return m.group() if m else name


@rule("PV004", "inconsistent-source-name", Level.WARNING)
def inconsistent_source_name(ctx: Context) -> Iterator[Hit]:
    """The same source cited under two names in one article.

    ## What it does
    Flags a citation whose source is the same as an earlier citation's in the
    same article (same registry entry or the same name up to case, spacing
    (also around a hyphen or slash: `ITAR- TASS`), a leading "The" or `.com`
    on a social platform) but written differently:
    `Twitter/@x` and `Twitter.com/@x`, `AFP` and `Agence France-Presse`.  Add
    your own aliases in the `aliases` table of the configuration.

    ## What it does not flag
    - two different sources with similar names (`Radio Norland` and `Radio
      Norland International` are two registry entries);
    - the same source written two ways in two different articles of one file;
    - the first spelling in an article: only the later, different ones.

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
            name = _as_written(c)
            keys = [(claim.article, _loose_key(k)) for k in (c.source.key, source_key(c.source.name))]
            written = next((first[k] for k in keys if k in first), name)
            for k in keys:
                first.setdefault(k, written)
            if written != name:
                end = c.start + len(name) if c.raw.startswith(name) else c.end
                yield Hit(
                    c.start,
                    end,
                    (f"Source {name!r} is cited as {written!r} earlier in this article; use one name for one source"),
                )


#: Month names and abbreviations, capitalised ("may" and "march" are verbs).
MONTH_WORDS = sorted({m.capitalize() for m in lexicon.MONTHS}, key=len, reverse=True)

#: Letters typed or scanned for a digit: O for a zero, l and I for a one.
DIGIT_LOOKALIKES = {"O": "0", "o": "0", "l": "1", "I": "1"}

# A day or a year written with a letter for a digit, next to a month name: the
# date a reader means, which neither a citation nor a date parser reads.
#   "1O July", "July 1O", "3l March", "4 March 2O21", "Sept. 199O"
DATE_SLIP = regex.compile(
    r"""
    (?<![\p{L}\p{N}])
    (?:
        (?P<day>(?=\w*[OolI])(?:[0-3][OolI]|[Oo][1-9]|[lI][0-9]))(?:st|nd|rd|th)?    # 1O, O4, l2
        \s+(?:of\s+)?(?:\L<months>)(?:\.?,?\s+(?P<year>\d{4}|(?:19|2[0Oo])[\dOolI]{2}))?
      | (?:\L<months>)\.?\s+
        (?:(?P<day>(?=\w*[OolI])(?:[0-3][OolI]|[Oo][1-9]|[lI][0-9]))(?:st|nd|rd|th)?
           (?:,?\s+(?P<year>\d{4}|(?:19|2[0Oo])[\dOolI]{2}))?
          | \d{1,2}(?:st|nd|rd|th)?,?\s+(?P<year>(?=\w*[OolI])(?:19|2[0Oo])[\dOolI]{2})
          | (?P<year>(?=\w*[OolI])(?:19|2[0Oo])[\dOolI]{2}))
      | \d{1,2}(?:st|nd|rd|th)?\s+(?:\L<months>)\.?,?\s+(?P<year>(?=\w*[OolI])(?:19|2[0Oo])[\dOolI]{2})
    )
    (?![\p{L}\p{N}])
    """,
    regex.VERBOSE,
    months=MONTH_WORDS,
)


def date_slips(text: str) -> list[tuple[int, int, str]]:
    """Dates written with a letter for a digit: ``(start, end, the date as meant)``.

    >>> t = "Troops left on 1O July (TASS, July 3, 2O21)."
    >>> [(t[s:e], meant) for s, e, meant in date_slips(t)]
    [('1O July', '10 July'), ('July 3, 2O21', 'July 3, 2021')]
    """
    out = []
    for m in patterns.finditer(DATE_SLIP, text):
        meant = list(m.group())
        for group in ("day", "year"):
            for start, end in m.spans(group):
                for i in range(start, end):
                    meant[i - m.start()] = DIGIT_LOOKALIKES.get(text[i], text[i])
        out.append((m.start(), m.end(), "".join(meant)))
    return out


@rule("PV005", "letter-in-date", Level.WARNING)
def letter_in_date(ctx: Context) -> Iterator[Hit]:
    """A date written with a letter for a digit.

    ## What it does
    Flags a day or a year next to a month name that has a letter typed or
    scanned for a digit: the letter O for a zero (`1O July`, `July 3, 2O21`),
    a lower-case l or a capital I for a one (`3l March`), in a citation or in
    the prose.  The message gives the date as meant.

    ## What it does not flag
    - letters and digits that make no date next to a month (`the O2 arena`,
      `IO 15`);
    - a month name written in lower case (`may 1O`): "may" and "march" are
      verbs;
    - a date the parser cannot read for another reason: that is PV001's
      finding (a letter slip in a citation is reported here, not there).

    ## Why is this bad?
    Search, sorting and the citation parser read `1O` as no number at all:
    the date is lost for every tool, and readers of a screen reader hear
    "one oh".

    ## Example
    ```text
    Troops left the city on 1O July (Kestrel News, July 11).
    ```

    ## Use instead
    ```text
    Troops left the city on 10 July (Kestrel News, July 11).
    ```
    """
    for start, end, meant in date_slips(ctx.document.text):
        yield Hit(start, end, f"Date written with a letter for a digit: “{meant}” is meant; write the digits")
