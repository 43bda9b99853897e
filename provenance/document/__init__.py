"""Reading inputs and laying a decoded text out into articles.

This stage owns everything before sentences: which paths to read, turning bytes
into text (UTF-8 with or without BOM, no newline translation, so offsets index
the decoded text exactly), and the layout of that text: where each article
starts and ends, its title and byline, which lines are boilerplate that yields
no claims, and when the document was published.

Layout works line by line.  Patterns are applied only to lines of bounded
length (:data:`MAX_SHORT_LINE`); a longer line is always body text.  So the cost
is linear in the size of the text whatever its shape (one 5 MB line, or a
million short ones), and no pattern ever backtracks over the whole text.

The package, one module a concern: :mod:`~provenance.document.inputs` (paths
and bytes to text), :mod:`~provenance.document.words` (limits and word lists),
:mod:`~provenance.document.grammar` (the line patterns),
:mod:`~provenance.document.lines` (lines and their kinds) and
:mod:`~provenance.document.articles` (articles, boilerplate and the
publication date).
"""

from __future__ import annotations

from provenance.document.articles import Layout, layout
from provenance.document.inputs import (
    ARTICLE_EXTENSIONS,
    AUTO_ENCODING,
    MAX_INPUT_BYTES,
    check_encoding,
    decode,
    iter_inputs,
    read_input,
)
from provenance.document.lines import LineKind, title_case

__all__ = [
    "ARTICLE_EXTENSIONS",
    "AUTO_ENCODING",
    "MAX_INPUT_BYTES",
    "Layout",
    "LineKind",
    "check_encoding",
    "decode",
    "iter_inputs",
    "layout",
    "read_input",
    "title_case",
]
