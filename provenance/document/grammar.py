"""The patterns of layout, compiled once and applied only to lines of bounded length
(:data:`~provenance.document.words.MAX_SHORT_LINE`).
"""

from __future__ import annotations

import regex

from provenance.document.words import (
    CREDIT_WORDS,
    FILE_EXTENSIONS,
    HEADER_FIELDS,
    LINK_LABELS,
    NAME_PARTICLES,
    PHOTO_AGENCIES,
    SHARE_PLATFORMS,
    WIDGET_ITEMS,
)
from provenance.lexicon import MONTHS, WEEKDAYS

# --------------------------------------------------------------------------
# Patterns (all compiled once; applied only to lines of bounded length)
# --------------------------------------------------------------------------

LINE_BREAK = regex.compile(
    r"""
    \r\n        # Windows
    | \r        # old Mac
    | \n        # Unix
    """,
    regex.VERBOSE,
)
"""What ends a line: CRLF, lone CR or LF (kept in the text, never translated)."""

# The parts of a date, shared by the patterns below.  Repeated group names across
# alternatives give one ``year``/``month``/``month_name``/``day`` whatever the form.
#   2019-03-12 · March 12, 2019 · Mar. 12th 2019 · 12 March 2019 · March 2019
#   and the same with "-" or "_" between the parts, as in file names:
#   HR-March-12-2019-Issue.pdf · HR_March 26 2019.PDF
_DATE_PARTS = r"""
    (?:
        (?P<year>\d{4}) - (?P<month>\d{1,2}) (?!\d)             # ISO year-month: 2019-03
        (?: - (?P<day>\d{1,2}) (?!\d) )?                         # and day: -12
      | (?P<month_name>\L<months>) \.? [\s_\-]+                  # March / Mar.
        (?P<day>\d{1,2}) (?:st|nd|rd|th)? ,? [\s_\-]+            # 12 / 12th,
        (?P<year>\d{4}) (?!\d)                                   # 2019
      | (?P<day>\d{1,2}) (?:st|nd|rd|th)? [\s_\-]+ (?:of\s+)?    # 12 / 12th of
        (?P<month_name>\L<months>) \.? ,? [\s_\-]+               # March,
        (?P<year>\d{4}) (?!\d)                                   # 2019
      | (?P<month_name>\L<months>) \.? ,? [\s_\-]+               # March
        (?P<year>\d{4}) (?!\d)                                   # 2019
    )
"""

# A date anywhere in a short line: "Published: March 12, 2019", "HR-March-12-2019-Issue.pdf".
DATE = regex.compile(
    rf"""
    (?<![\p{{L}}\p{{N}}])         # not inside a word or number
    {_DATE_PARTS}
    (?! (?!T\d) \p{{L}} )         # not running into a word, but 2019-03-12T10:00 is a date
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
)

# A line that is only a date: "March 12, 2019", "Tuesday, 12 March 2019 10:32 AM EST".
DATELINE = regex.compile(
    rf"""
    ^
    (?: \L<weekdays> \.? ,? \s+ )?                   # Tuesday,
    {_DATE_PARTS}                                    # March 12, 2019
    (?:                                              # optional time of day
        \s* (?: [|,·•–—\-] | at )? \s*               # , / at / |
        \d{{1,2}} [:.] \d{{2}}                       # 10:32
        (?: \s* [ap] \.? m \.? )?                    # AM / p.m.
        (?: \s+ \p{{Lu}}{{2,5}} )?                   # EST
    )?
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    months=list(MONTHS),
    weekdays=list(WEEKDAYS),
)

# Parts of a header line separated by a bar or bullet: "Harbour Review | March 12, 2019".
HEADER_PART_SEPARATOR = regex.compile(
    r"""
    \s* [|•·] \s*       # a bar or a bullet between parts
    """,
    regex.VERBOSE,
)

# A "Field: value" header line: "Publication: Harbour Review Volume: 7 Issue: 42".
HEADER_FIELD = regex.compile(
    r"""
    ^
    (?P<field>\L<fields>)      # Publication / Date / Published / Author ...
    \s* :                      # :
    \s* (?P<value>.*?) \s*     # the rest of the line
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    fields=list(HEADER_FIELDS),
)

# An agency photo credit: "AP Photo/Lena Okafor", "Getty Images", "AFP/Getty Images", "Reuters Pictures".
_AGENCY_CREDIT = r"""
    (?-i:
        (?: [\p{Lu}\p{N}] [\p{L}\p{N}.&/\-]* \s+ ){0,3}       # AP / Agence France-Presse / AFP/Getty
        (?: Photos? | Images | Pictures | Photography )       # Photo / Images
        (?: \s* / \s* [^\s()] [^()]{0,80} )?                  # /Lena Okafor
    )
"""

# An image caption ending in a credit:
#   Norland Coast Guard (Source: Harbour Archive) · Dock workers in Port Meridian (AP Photo/Lena Okafor)
CAPTION = regex.compile(
    rf"""
    ^
    (?P<caption>.*?) \s*                          # Norland Coast Guard
    \( \s*
    (?:
        (?P<kind>\L<credits>)                     # Source / Photo / Image credit
        \s* (?: : | \bby\b )                      # : or "by"
        \s* (?P<credit>[^()]+?)                   # Harbour Archive
      | {_AGENCY_CREDIT}                          # AP Photo/Lena Okafor
    )
    \s* \)
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    credits=list(CREDIT_WORDS),
)

# A line that is only a photo credit:
#   Photo: Reuters · Photo by Jane Doe · (Image/AFP) · AP Photo/Lena Okafor · Getty Images · AFP/Getty Images
CREDIT_LINE = regex.compile(
    rf"""
    ^ \(?
    (?:
        \L<credits> \s* (?: : | \bby\b | / ) \s*    # Photo: / Photo by / Image/
        [^\s()] [^()]{{0,100}}                        # Reuters
      | {_AGENCY_CREDIT}                              # AP Photo/Lena Okafor
    )
    \)? $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    credits=list(CREDIT_WORDS),
)

# A photo credit after a caption or alone: "Photo: AP", "Photo courtesy of Mira Vale",
# "Picture by: Lena Okafor/Getty Images", "AP Photo/Lena Okafor", "Getty Images photo",
# "Rick Vale / Reuters" (a photographer's name and a picture agency).
_PHOTO_CREDIT = (
    r"""
    (?:
        (?: photo | picture | image | photograph ) s? (?: \s+ credit s? )? \s*   # Photo / Image credit
        (?: : | \bby\b \s* :? | \bcourtesy\b (?: \s+ of )? \s* :? | \bfrom\b )   # : / by / courtesy of / from
        \s* [^\s()\[\]] [^()\[\]]{0,80}                                          # AP / Mira Vale
      | """
    + _AGENCY_CREDIT
    + r""" (?: \s+ (?:photo|picture|image) s? )?       # AP Photo/Lena Okafor, Getty Images photo
      | (?-i: \p{Lu} [\p{L}.'’\-]* (?: \s+ \p{Lu} [\p{L}.'’\-]* ){0,3} )          # Rick Vale
        \s* / \s* \L<agencies>                                                   # / Reuters
    )
"""
)

# A line that is only a photo credit, in brackets or not, maybe after a hat tip:
#   "(Photo courtesy: YouTube)" · "[Photo by: Lena Okafor/Getty Images]" · "Rick Vale / Reuters" ·
#   "[h/t Harbour Times, Photo: Mira Vale]"
PHOTO_CREDIT_LINE = regex.compile(
    rf"""
    ^ [\[(]? \s*
    (?: (?: h/t | hat \s+ tip ) \s* :? \s+ [^,()\[\]]{{1,60}} , \s* )?           # h/t Harbour Times,
    {_PHOTO_CREDIT}
    \s* [\])]? $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    agencies=list(PHOTO_AGENCIES),
)

# A caption ending in a photo credit, which no sentence of prose does: the credit in
# brackets, or after a sentence's end, or after two spaces, or a capitalised "Photo:":
#   "Dock workers in Port Meridian. (Photo courtesy: Harbour Archive)" ·
#   "A crater near the airport. Photo: AP" · "Guards at the gate.  Rick Vale / Reuters" ·
#   "The letter Picture: Imgur"
CREDITED_CAPTION = regex.compile(
    rf"""
    ^ (?P<caption> .*? \S )
    (?:
        \s* [\[(] \s* {_PHOTO_CREDIT} \s* [\])]                                 # (Photo: AP)
      | (?<= [.!?"”’] ) \s+ {_PHOTO_CREDIT}                                       # . Photo: AP
      | \s{{2,}} {_PHOTO_CREDIT}                                         # two spaces, Rick Vale / Reuters
      | \s+ (?-i: Photo | Picture | Image ) s? : \s* [^()\[\]]{{1,60}}             # The letter Picture: Imgur
    )
    \s* $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    agencies=list(PHOTO_AGENCIES),
)

# The contributors' note of a wire story: "Additional reporting by Ana Ruiz in Kyiv; Editing by
# Tom Hale", "With a file from Reuters", "Reporting by Ana Ruiz" -- names only, never a sentence
# ("Reporting by the BBC showed ..." is prose).
_CONTRIBUTORS = r"""
    (?: (?i: with \s+ )? (?i: additional \s+ )?
        (?i: reporting | writing | editing | research | files? | a \s+ file ) \s+ (?i: by | from ) \s+
        \p{Lu} [\p{L}.'’\-]* (?: (?: \s+ | \s* [,&] \s* ) (?: \p{Lu} [\p{L}.'’\-]* | (?i: and | in ) ) ){0,12}
    )
"""
CONTRIBUTORS = regex.compile(
    rf"""
    ^ \(? {_CONTRIBUTORS} (?: \s* [;,] \s* {_CONTRIBUTORS} ){{0,4}} \s* \)? \.? $
    """,
    regex.VERBOSE,
)

# A line pointing to other stories: a link label, a colon or an arrow, then a headline:
#   "MORE: Ferry capsizes off the coast" · "RELATED: What to expect" · "See also: The first day" ·
#   "Also read: Harbour reopens" · "Related roundup: Elections"
# or a label alone heading a list of headlines: "RELATED ARTICLES" · "More from Sport" · "Read more" ·
# "Read more about the vote here."
LINK_LINE = regex.compile(
    r"""
    ^ [\[(]? \s*
    (?:
        (?P<label> \L<labels> ) \s* (?: : | » | \u203a | >> | \| ) \s* \S .*      # MORE: <headline>
      | (?P<list> \L<labels> ) \s* :? \s* [\])]? \s*                                    # RELATED ARTICLES
      | (?P<list> more \s+ (?: from | on ) ) \s+ [^.!?:]{1,40}                          # More from Sport
      | (?P<list> read \s+ more ) \s+ (?: about | on | from | at | here | below | in ) \b [^:]{0,80}   # Read more on it
    )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    labels=sorted(LINK_LABELS, key=len, reverse=True),
)

# A lone file name: "HR-March-12-2019-Issue.pdf", "HR_March 26 2019.PDF".
FILE_NAME = regex.compile(
    r"""
    ^
    (?P<name> [^\s<>"|?*()] [^<>"|?*()]{0,200}? )     # HR_March 26 2019
    \. (?P<ext>\L<extensions>)                         # .PDF
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    extensions=list(FILE_EXTENSIONS),
)

# A line separating articles: "***", "* * *", "⁂".
SEPARATOR = regex.compile(
    r"""
    ^
    (?: (?: \* \s* ){3,}       # *** / * * *
      | ⁂                      # asterism
    )
    $
    """,
    regex.VERBOSE,
)

# A horizontal rule or setext underline that is not a separator: "---", "___", "===".
RULE = regex.compile(
    r"""
    ^
    (?: (?: - \s* ){3,}        # --- / - - -
      | (?: _ \s* ){3,}        # ___
      | (?: = \s* ){3,}        # ===
    )
    $
    """,
    regex.VERBOSE,
)

# A Markdown ATX heading: "# Title", "## Section ##".
MARKDOWN_HEADING = regex.compile(
    r"""
    ^
    (?P<hashes>\#{1,6})                  # # to ######
    (?: [\ \t]+ (?P<text>.*?) )?         # the heading text
    (?: [\ \t]+ \#+ )?                   # optional closing hashes
    [\ \t]*
    $
    """,
    regex.VERBOSE,
)

# A line that opens a blog comment form; it and everything after it is boilerplate.
#   Leave a Reply · Fill in your details below or click an icon to log in:
#   You are commenting using your WordPress.com account. · Connecting to %s
#   This site uses Akismet to reduce spam. Learn how your comment data is processed.
COMMENT_FORM = regex.compile(
    r"""
    ^
    (?:
        leave \s+ a \s+ (?:reply|comment|response) \b .{0,100}       # Leave a Reply (Cancel reply)
      | fill \s+ in \s+ your \s+ details \s+ below \b .{0,100}       # Fill in your details below...
      | you \s+ are \s+ commenting \s+ using \s+ your \b .{0,120}    # You are commenting using your X account.
      | connecting \s+ to \s+ %s                                     # Connecting to %s
      | this \s+ site \s+ uses \s+ akismet \b .{0,200}               # This site uses Akismet...
      | comments \s+ are \s+ closed \W{0,3}                          # Comments are closed.
      | (?:post|add|write) \s+ a \s+ comment \W{0,3}                 # Post a Comment
      | \d+ \s+ (?:comments?|responses?|replies)                     # 3 comments / 2 responses to "X"
        (?: \s+ (?:to|on) \b .{0,120} )?
    )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A line of a share or like widget, boilerplate wherever it stands.
#   Share this: · Like this: · Click to share on Twitter (Opens in new window) · Loading... · Like Loading...
SHARE_WIDGET = regex.compile(
    r"""
    ^
    (?:
        (?:share|like) \s+ this (?: \s+ (?:article|story|post|page) )? \s* :?   # Share this: / Like this:
      | share \s* (?: on | via )? \s* :                                         # Share: / Share on:
      | click \s+ to \s+ (?:share|email|print|tweet) \b .{0,100}                # Click to share on Twitter (...)
      | (?: like \s+ )? loading \s* (?: \.{3} | … )                             # Loading... / Like Loading...
      | (?:share|post|tweet) \s+ (?:on|to|via) \s+ \L<platforms> \b .{0,60}     # Share on Facebook
      | \( \s* opens \s+ in \s+ (?:a \s+)? new \s+ window \s* \)                # (Opens in new window)
    )
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    platforms=list(SHARE_PLATFORMS),
)

# A lone item under "Share this:": "Twitter", "Facebook", "Email (Opens in new window)", "Like".
WIDGET_ITEM = regex.compile(
    r"""
    ^
    (?: \L<items> )                                               # Twitter / Like
    (?: \s* \( \s* opens \s+ in \s+ (?:a \s+)? new \s+ window \s* \) )?   # (Opens in new window)
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
    items=list(SHARE_PLATFORMS) + list(WIDGET_ITEMS),
)

# Any decimal digit: a line without one holds no date.
DIGIT = regex.compile(r"\d")

# One word of a title or name: letters and digits with inner apostrophes and hyphens.
#   Norland’s · Anti-Union · RGCP · 50/50 counts as two words
WORD = regex.compile(
    r"""
    [\p{L}\p{N}]                 # starts with a letter or digit
    [\p{L}\p{N}\p{M}'’\-]*       # Norland’s / Anti-Union
    """,
    regex.VERBOSE,
)

# One word of a personal name: "Mira", "O’Brien", "Al-Tamimi", "J.", "MIRA".
_NAME_WORD = r"""
    (?: \p{Lu} [\p{L}\p{M}'’\-]* [\p{L}\p{M}]    # Mira / O’Brien
      | \p{Lu} \.?                               # J. / J
    )
"""

# A byline: "Mira Castell", "By Mira Castell and Lucas Webber", "by J. R. Smith, Ann Roe".
BYLINE = regex.compile(
    rf"""
    ^
    (?P<by> (?i: by ) \s* :? \s+ )?                                    # By
    (?P<names>
        {_NAME_WORD} (?: \s+ (?: (?i: \L<particles> ) \s+ )? {_NAME_WORD} ){{0,5}}     # Mira Castell
        (?:
            (?: \s* , \s* (?: and \s+ )? | \s* & \s* | \s+ and \s+ )   # , / & / and
            {_NAME_WORD} (?: \s+ (?: (?i: \L<particles> ) \s+ )? {_NAME_WORD} ){{0,5}} # Lucas Webber
        ){{0,3}}
    )
    $
    """,
    regex.VERBOSE,
    particles=list(NAME_PARTICLES),
)

# What separates co-authors in a byline: "Mira Castell, Ann Roe and Lucas Webber".
NAME_SEPARATOR = regex.compile(
    r"""
    \s* , \s* (?: and \s+ )?     # , / , and
    | \s* & \s*                  # &
    | \s+ and \s+                # and
    """,
    regex.VERBOSE,
)

# The separator before a date at the end of a byline: "Mira Castell | March 12, 2019".
BYLINE_DATE_SEPARATOR = regex.compile(
    r"""
    (?: \s* [|•·,–—\-] \s* | \s+ on \s+ )     # | / , / – / on
    $
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A YAML front matter entry: "title: Norland's Harbour Strike", "date: 2019-03-12".
FRONT_MATTER_ENTRY = regex.compile(
    r"""
    ^
    (?P<key>[A-Za-z_][\w\-]*)     # title / date / author
    \s* : \s*                     # :
    (?P<value>.*?) \s*            # the value, maybe quoted
    $
    """,
    regex.VERBOSE,
)

# A YAML list item under a front matter key: "- Mira Castell".
FRONT_MATTER_ITEM = regex.compile(
    r"""
    ^
    - \s+ (?P<value>.+?) \s*      # - Mira Castell
    $
    """,
    regex.VERBOSE,
)

# Characters that may close a line after its final punctuation: quotes and brackets.
CLOSING_MARKS = "\"'”’»)]*_"

# Punctuation that ends a sentence (or a label) and so cannot end a title.
NON_TITLE_ENDINGS = ".!…:;,"

# Characters that start list items and quotations, never titles.
NON_TITLE_STARTS = "-–—*•·>|+"
