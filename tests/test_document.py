"""Tests of provenance.document: reading inputs, decoding, and article layout."""

from __future__ import annotations

import io
import os
import pathlib
import sys

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from provenance.document import Layout, decode, iter_inputs, layout, read_input
from provenance.errors import InputError, ProvenanceError
from provenance.model import Article

SEEDS = pathlib.Path(__file__).resolve().parent.parent / "seeds"

ISO_DATE = regex.compile(r"^\d{4}-\d{2}(?:-\d{2})?$")

NBSP = "\u00a0"


# --------------------------------------------------------------------------
# Factories and views
# --------------------------------------------------------------------------


def heads(text: str, **kwargs) -> list[tuple[str | None, str | None]]:
    """(title, author) of each article layout finds."""
    return [(a.title, a.author) for a in layout(text, **kwargs).articles]


def skipped_texts(text: str) -> list[str]:
    """The text of every skipped span."""
    return [s.slice(text) for s in layout(text).skipped]


def bodies(text: str) -> list[str]:
    """Each article's body with the skipped spans left out, as the pipeline reads it."""
    lay = layout(text)
    result = []
    for article in lay.articles:
        pos, parts = article.body_start, []
        for span in lay.skipped:
            if span.end <= pos or span.start >= article.end:
                continue
            parts.append(text[pos : max(pos, span.start)])
            pos = max(pos, span.end)
        parts.append(text[pos : max(pos, article.end)])
        result.append(" ".join(" ".join(parts).split()))
    return result


def tree(root: pathlib.Path, *names: str) -> pathlib.Path:
    """Create files (and their directories) under ``root``."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Kabul fell.\n", encoding="utf-8")
    return root


def as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


# --------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, expected",
    [
        # plain ASCII
        (b"Kabul fell.", "Kabul fell."),
        # UTF-8 letters and punctuation
        ("Taliban’s “victory” — Kabul".encode(), "Taliban’s “victory” — Kabul"),
        # a leading BOM is removed
        (b"\xef\xbb\xbfKabul fell.", "Kabul fell."),
        # a BOM inside the text is kept
        (b"Kabul\xef\xbb\xbf fell.", "Kabul\ufeff fell."),
        # CRLF kept as it is
        (b"Title\r\n\r\nBody.\r\n", "Title\r\n\r\nBody.\r\n"),
        # lone CR kept as it is
        (b"Title\r\rBody.\r", "Title\r\rBody.\r"),
        # no-break spaces kept
        (b"its\xc2\xa0own\n\xc2\xa0\n", "its\u00a0own\n\u00a0\n"),
        # a NUL byte after the first 8 KiB is not looked for
        (b"a" * 9000 + b"\x00", "a" * 9000 + "\x00"),
    ],
)
def test_decode(data, expected):
    assert decode(data, "a.txt") == expected


@pytest.mark.parametrize(
    "data, problem",
    [
        # nothing at all
        (b"", "empty file"),
        # only a BOM
        (b"\xef\xbb\xbf", "empty file"),
        # only white space and no-break spaces
        (b" \n\t\xc2\xa0\r\n", "no text"),
        # a BOM and white space
        (b"\xef\xbb\xbf\n\n", "no text"),
        # NUL bytes: binary
        (b"%PDF\x00\x01\x02", "binary file (NUL bytes)"),
        # UTF-16 has NUL bytes too
        ("Kabul".encode("utf-16"), "binary file (NUL bytes)"),
        # Latin-1: the byte and its offset
        (b"Kabul \xff fell", "not UTF-8: invalid byte 0xff at offset 6"),
        # Windows-1252 curly quote
        (b"It\x92s over", "not UTF-8: invalid byte 0x92 at offset 2"),
        # the offset counts the BOM (it is a file offset)
        (b"\xef\xbb\xbfab\xc0", "not UTF-8: invalid byte 0xc0 at offset 5"),
        # a sequence cut off at the end
        (b"caf\xc3", "not UTF-8: invalid byte 0xc3 at offset 3"),
    ],
)
def test_decode_errors(data, problem):
    with pytest.raises(InputError) as caught:
        decode(data, "dir/a.txt")
    assert caught.value.path == "dir/a.txt"
    assert caught.value.problem == problem
    assert str(caught.value) == f"dir/a.txt: {problem}"


# --------------------------------------------------------------------------
# read_input
# --------------------------------------------------------------------------


def test_read_input_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfTitle\r\n\r\nBody.\r\n")
    assert read_input(str(path)) == "Title\r\n\r\nBody.\r\n"


def test_read_input_stdin_argument():
    assert read_input("-", stdin=io.BytesIO(b"Kabul fell.\n")) == "Kabul fell.\n"


def test_read_input_stdin_default(monkeypatch):
    stream = io.TextIOWrapper(io.BytesIO("Kabul\u00a0fell.".encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stream)
    assert read_input("-") == "Kabul\u00a0fell."


def test_read_input_stdin_errors_name_stdin():
    with pytest.raises(InputError, match=r"^-: binary file \(NUL bytes\)$"):
        read_input("-", stdin=io.BytesIO(b"\x00\x01"))


@pytest.mark.parametrize(
    "make, problem",
    [
        # a missing file
        (lambda p: p / "missing.txt", "no such file or directory"),
        # a directory
        (lambda p: p, "cannot read: Is a directory"),
        # an empty file: decode's error, naming the file
        (lambda p: (p / "empty.txt", (p / "empty.txt").write_bytes(b""))[0], "empty file"),
    ],
)
def test_read_input_errors(tmp_path, make, problem):
    path = str(make(tmp_path))
    with pytest.raises(InputError) as caught:
        read_input(path)
    assert (caught.value.path, caught.value.problem) == (path, problem)


@pytest.mark.skipif(as_root(), reason="root can read files whatever their mode")
def test_read_input_unreadable(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Kabul fell.")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match=r"secret\.txt: cannot read: Permission denied$"):
            read_input(str(path))
    finally:
        path.chmod(0o644)


# --------------------------------------------------------------------------
# iter_inputs
# --------------------------------------------------------------------------


def test_iter_inputs_directory_recursive_sorted_filtered(tmp_path):
    tree(
        tmp_path,
        "z.txt",
        "a.txt",
        "B.MD",
        "c.Markdown",
        "notes.pdf",
        "image.png",
        "sub/d.txt",
        "sub/deeper/e.md",
        "sub/skip.html",
        "a-b.txt",
        ".hidden/x.txt",
        ".dotfile.txt",
    )
    found = list(iter_inputs([str(tmp_path)]))
    rel = [os.path.relpath(p, tmp_path) for p in found]
    assert rel == ["B.MD", "a-b.txt", "a.txt", "c.Markdown", "sub/d.txt", "sub/deeper/e.md", "z.txt"]
    assert all(p.startswith(str(tmp_path)) for p in found)


def test_iter_inputs_keeps_argument_order_and_errors_in_place(tmp_path):
    tree(tmp_path, "one.txt", "dir/two.md", "empty/readme.rst", "report.pdf")
    (tmp_path / "void").mkdir()
    args = [
        str(tmp_path / "report.pdf"),  # a file is kept as given, whatever its name
        str(tmp_path / "nope.txt"),  # missing
        "-",  # stdin
        str(tmp_path / "dir"),  # a directory
        str(tmp_path / "empty"),  # a directory without article files
        str(tmp_path / "void"),  # an empty directory
        str(tmp_path / "one.txt"),  # a file after the errors
    ]
    out = [(x.path, x.problem) if isinstance(x, InputError) else x for x in iter_inputs(args)]
    assert out == [
        args[0],
        (args[1], "no such file or directory"),
        "-",
        str(tmp_path / "dir" / "two.md"),
        (args[4], "no articles (.txt, .md, .markdown) in directory"),
        (args[5], "no articles (.txt, .md, .markdown) in directory"),
        args[6],
    ]


def test_iter_inputs_is_lazy_and_never_raises(tmp_path):
    items = iter_inputs([str(tmp_path / "missing"), str(tmp_path / "also-missing")])
    assert [type(x) for x in items] == [InputError, InputError]


def test_iter_inputs_accepts_path_objects(tmp_path):
    tree(tmp_path, "a.txt")
    assert list(iter_inputs([tmp_path / "a.txt"])) == [str(tmp_path / "a.txt")]


@pytest.mark.skipif(as_root(), reason="root can list directories whatever their mode")
def test_iter_inputs_unreadable_subdirectory(tmp_path):
    tree(tmp_path, "a.txt", "locked/b.txt", "z.txt")
    locked = tmp_path / "locked"
    locked.chmod(0)
    try:
        out = list(iter_inputs([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert out[0] == str(tmp_path / "a.txt")
    assert isinstance(out[1], InputError) and out[1].problem.startswith("cannot read: ")
    assert out[2] == str(tmp_path / "z.txt")


# --------------------------------------------------------------------------
# layout: articles, titles and bylines
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # one article, title and body
        ("Kabul Falls\n\nThe city fell on Sunday.\n", [("Kabul Falls", None)]),
        # a sentence-case title at the top is still a title
        (
            "Now the rebels face a test of their own\n\nThe war goes on.\n",
            [("Now the rebels face a test of their own", None)],
        ),
        # no title: the first line is a sentence
        ("The city fell on Sunday.\n\nShops closed.\n", [(None, None)]),
        # a title asking a question
        ("Did the Siege Break the Valley?\n\nNobody knows.\n", [("Did the Siege Break the Valley?", None)]),
        # a byline of two names
        ("Kabul Falls\n\nMaria Lopez\n\nThe city fell.\n", [("Kabul Falls", "Maria Lopez")]),
        # a byline with By and two authors
        (
            "Kabul Falls\n\nBy Maria Lopez and Tom O’Neil\n\nThe city fell.\n",
            [("Kabul Falls", "Maria Lopez and Tom O’Neil")],
        ),
        # a byline with an initial and a particle
        ("Kabul Falls\n\nAhmad J. al Rashid\n\nThe city fell.\n", [("Kabul Falls", "Ahmad J. al Rashid")]),
        # a byline with a date after a bar
        ("Kabul Falls\n\nBy Maria Lopez | May 2, 2021\n\nThe city fell.\n", [("Kabul Falls", "Maria Lopez")]),
        # an Author: header field
        ("Author: Maria Lopez\n\nKabul Falls\n\nThe city fell.\n", [("Kabul Falls", "Maria Lopez")]),
        # a name ending with a period is not a byline
        ("Kabul Falls\n\nMaria Lopez.\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # a section label above the title
        ("Briefs\n\nKabul Falls to the Rebels\n\nThe city fell.\n", [("Kabul Falls to the Rebels", None)]),
        # a two-word section label
        ("News & Politics\n\nKabul Falls\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # a short unknown label above a longer title
        ("Dispatches\n\nKabul Falls to the Rebels\n\nThe city fell.\n", [("Kabul Falls to the Rebels", None)]),
        # a line after a two-word title is not a label: it is the body
        ("Kabul Falls\n\nThe Rebels Enter the Capital Without a Fight\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # only a section label: no article
        ("Briefs\n", []),
        # only a section label above the body: no title
        ("Analysis\n\nThe city fell.\n", [(None, None)]),
        # issue header, caption, title, byline
        (
            "Briefs\n\nPublication: Desert Review Volume: 3 Issue: 9\n\nA market in Herat (Source: Flickr)\n\n"
            "Traders Return to Herat\n\nAnna Berg\n\nShops reopened.\n",
            [("Traders Return to Herat", "Anna Berg")],
        ),
        # the title repeated on the next line, then a photo credit
        ("Kabul Falls\n\nKabul Falls\nAP Photo/Jane Doe\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # a Markdown heading
        ("# Kabul Falls\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # a Markdown heading with closing hashes
        ("# Kabul Falls #\n\nThe city fell.\n", [("Kabul Falls", None)]),
        # two Markdown articles
        ("# One\n\nFirst.\n\n## Detail\n\nMore.\n\n# Two\n\nSecond.\n", [("One", None), ("Two", None)]),
        # front matter gives title and author
        (
            '---\ntitle: "Kabul Falls"\nauthor: Maria Lopez\ndate: 2021-08-15\n---\n\nThe city fell.\n',
            [("Kabul Falls", "Maria Lopez")],
        ),
        # front matter with a list of authors, then the same heading
        (
            "---\ntitle: Kabul Falls\nauthors:\n  - Maria Lopez\n  - Tom Reed\n---\n# Kabul Falls\n\nThe city fell.\n",
            [("Kabul Falls", "Maria Lopez, Tom Reed")],
        ),
        # no-break spaces in a title are squeezed
        (f"Its{NBSP}Own War\n\nThe city fell.\n", [("Its Own War", None)]),
        # CRLF line ends
        ("Kabul Falls\r\n\r\nMaria Lopez\r\n\r\nThe city fell.\r\n", [("Kabul Falls", "Maria Lopez")]),
        # lone CR line ends
        ("Kabul Falls\r\rMaria Lopez\r\rThe city fell.\r", [("Kabul Falls", "Maria Lopez")]),
        # a line ending with a colon is not a title
        ("Washington Post:\n\nThe city fell.\n", [(None, None)]),
    ],
)
def test_titles_and_bylines(text, expected):
    assert heads(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a *** separator
        ("One Story\n\nFirst.\n\n***\n\nTwo Story\n\nSecond.\n", ["One Story", "Two Story"]),
        # a * * * separator with spacer paragraphs around it
        (f"One Story\n\nFirst.\n\n{NBSP}\n\n* * *\n\n{NBSP}\n\nTwo Story\n\nSecond.\n", ["One Story", "Two Story"]),
        # the story after a separator may be a question
        ("One Story\n\nFirst.\n\n***\n\nWhy Did It Fall?\n\nSecond.\n", ["One Story", "Why Did It Fall?"]),
        # --- is a rule, not a separator
        ("One Story\n\nFirst.\n\n---\n\nMore of the first.\n", ["One Story"]),
        # a separator at the end makes no empty article
        ("One Story\n\nFirst.\n\n***\n", ["One Story"]),
        # no separator: a Title Case line alone after a no-break-space paragraph
        (
            f"One Story\n\nFirst paragraph.\n\n{NBSP}\n\n"
            "Rebels Retake Three Districts in the North\n\nSecond paragraph.\n",
            ["One Story", "Rebels Retake Three Districts in the North"],
        ),
        # no separator: a wider gap than usual, then a title and a byline
        (
            "One Story\n\nFirst paragraph.\n\nStill first.\n\n\n\n"
            "Rebels Retake Three Districts\n\nAnna Berg\n\nSecond.\n",
            ["One Story", "Rebels Retake Three Districts"],
        ),
        # a Title Case line after an ordinary gap is not a new article
        ("One Story\n\nFirst paragraph.\n\nRebels Retake Three Districts\n\nMore.\n", ["One Story"]),
        # a sentence-case line after a spacer is not a new article
        (f"One Story\n\nFirst paragraph.\n\n{NBSP}\n\nMeanwhile, there is another angle\n\nMore.\n", ["One Story"]),
        # a line ending with an ellipsis after a spacer is not a title
        (f"One Story\n\nFirst paragraph.\n\n{NBSP}\n\nThe More Things Change…\n\n", ["One Story"]),
        # a title-like line followed by another title-like line is not a new article
        (f"One Story\n\nFirst.\n\n{NBSP}\n\nRelated Stories From Kabul\n\nMore From the Region\n", ["One Story"]),
        # a short subheading (two words) after a spacer is not a new article
        (f"One Story\n\nFirst.\n\n{NBSP}\n\nThe Aftermath\n\nMore.\n", ["One Story"]),
    ],
)
def test_article_boundaries(text, expected):
    assert [title for title, _ in heads(text)] == expected


def test_article_spans_and_body_start():
    text = (
        "Briefs\n\nKabul Falls\n\nAnna Berg\n\nThe city fell.\n\n***\n\n"
        "Herat Holds\n\nThe city held.\n\nTM-May-3-2021.pdf\n"
    )
    one, two = layout(text).articles
    assert one == Article(start=0, end=text.index("fell.") + 5, title="Kabul Falls", author="Anna Berg",
                          body_start=text.index("The city fell"))  # fmt: skip
    assert two == Article(start=text.index("Herat Holds"), end=text.index("held.") + 5, title="Herat Holds",
                          body_start=text.index("The city held"))  # fmt: skip


def test_title_only_article():
    text = "Kabul Falls\n"
    (article,) = layout(text).articles
    assert (article.start, article.end, article.body_start, article.title) == (0, 11, 11, "Kabul Falls")


# --------------------------------------------------------------------------
# layout: boilerplate
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # section label and header fields
        (
            "Briefs\n\nPublication: Desert Review Volume: 3 Issue: 9\n\nKabul Falls\n\nThe city fell.\n",
            ["Briefs", "Publication: Desert Review Volume: 3 Issue: 9", "Kabul Falls"],
        ),
        # an image caption with (Source: X) and with (Photo: X)
        (
            "A market in Herat (Source: Flickr)\n\nKabul Falls\n\nThe city fell.\n\n"
            "Guards at a gate (Photo: Anna Berg)\n\nMore.\n",
            ["A market in Herat (Source: Flickr)", "Kabul Falls", "Guards at a gate (Photo: Anna Berg)"],
        ),
        # photo credit lines anywhere
        (
            "Kabul Falls\n\nPhoto: Reuters\n\nThe city fell.\n\nGetty Images\n\nMore.\n\nAFP/Getty Images\n",
            ["Kabul Falls", "Photo: Reuters", "Getty Images", "AFP/Getty Images"],
        ),
        # the title, its repetition and a byline
        ("Kabul Falls\n\nKabul Falls\n\nAnna Berg\n\nThe city fell.\n", ["Kabul Falls", "Kabul Falls", "Anna Berg"]),
        # a comment form: everything from "Leave a Reply" on
        (
            "Kabul Falls\n\nThe city fell.\n\nLeave a Reply\n\n"
            "Fill in your details below or click an icon to log in:\n\n"
            "Google photo\n\nYou are commenting using your Google account. Log Out / Change )\n\nConnecting to %s\n",
            [
                "Kabul Falls",
                "Leave a Reply\n\nFill in your details below or click an icon to log in:\n\nGoogle photo\n\n"
                "You are commenting using your Google account. Log Out / Change )\n\nConnecting to %s",
            ],
        ),
        # a comment form starting with "Leave a comment"
        ("Kabul Falls\n\nThe city fell.\n\nLeave a comment\n\nName\n", ["Kabul Falls", "Leave a comment\n\nName"]),
        # an Akismet line on its own
        (
            "Kabul Falls\n\nThe city fell.\n\n"
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.\n",
            ["Kabul Falls", "This site uses Akismet to reduce spam. Learn how your comment data is processed."],
        ),
        # share and like widgets
        (
            "Kabul Falls\n\nThe city fell.\n\nShare this:\n\nClick to share on Twitter (Opens in new window)\n\n"
            "Facebook\n\nLike this:\n\nLike Loading...\n\nThe siege goes on.\n",
            [
                "Kabul Falls",
                "Share this:",
                "Click to share on Twitter (Opens in new window)",
                "Facebook",
                "Like this:",
                "Like Loading...",
            ],
        ),
        # trailing file names
        (
            "Kabul Falls\n\nThe city fell.\n\n"
            "DR-May-3-2021-Issue.pdf\n\nDR_May 3 2021.PDF\n\nnotes.docx\n\nindex.html\n",
            ["Kabul Falls", "DR-May-3-2021-Issue.pdf", "DR_May 3 2021.PDF", "notes.docx", "index.html"],
        ),
        # separators and rules
        ("Kabul Falls\n\nThe city fell.\n\n---\n\n* * *\n\nMore.\n", ["Kabul Falls", "---", "* * *"]),
        # front matter
        (
            "---\ntitle: Kabul Falls\ndate: 2021-08-15\n---\n\nThe city fell.\n",
            ["---\ntitle: Kabul Falls\ndate: 2021-08-15\n---"],
        ),
        # Markdown subheadings and trailing tags
        (
            "# Kabul Falls\n\nThe city fell.\n\n## Aftermath\n\nMore.\n\nTags: Kabul, Taliban\n",
            ["# Kabul Falls", "## Aftermath", "Tags: Kabul, Taliban"],
        ),
        # spacer paragraphs are not text, and not skipped either
        (f"Kabul Falls\n\n{NBSP}\n\nThe city fell.\n\n{NBSP}{NBSP}\n", ["Kabul Falls"]),
        # a sentence with "Source:" in it is body
        ("Kabul Falls\n\nThe city fell, a source said (Reuters, May 2).\n", ["Kabul Falls"]),
    ],
)
def test_skipped(text, expected):
    assert skipped_texts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # comment form and file name leave only the body
        (
            "Kabul Falls\n\nAnna Berg\n\nThe city fell.\n\nLeave a Reply\n\nConnecting to %s\n\nDR-May-3-2021.pdf\n",
            ["The city fell."],
        ),
        # a caption between paragraphs is left out of the body
        ("Kabul Falls\n\nThe city fell.\n\nGuards at a gate (Photo: Anna Berg)\n\nMore.\n", ["The city fell. More."]),
        # widgets between paragraphs are left out
        ("Kabul Falls\n\nOne.\n\nShare this:\n\nTwitter\n\nTwo.\n", ["One. Two."]),
        # a lone line "Twitter" outside a widget is body
        ("Kabul Falls\n\nOne.\n\nTwitter\n\nTwo.\n", ["One. Twitter Two."]),
    ],
)
def test_bodies_leave_out_boilerplate(text, expected):
    assert bodies(text) == expected


# --------------------------------------------------------------------------
# layout: publication date
# --------------------------------------------------------------------------

FRONT = "---\ntitle: Kabul Falls\ndate: 2021-08-15\n---\n"
HEADER = "Published: August 16, 2021\n\n"
FILE = "\n\nDR-August-17-2021-Issue.pdf\n"
BODY = "Kabul Falls\n\nThe city fell.\n"


@pytest.mark.parametrize(
    "text, published, expected",
    [
        # the argument wins over everything
        (FRONT + HEADER + BODY + FILE, "2020-01-02", "2020-01-02"),
        # the argument is taken as given
        (BODY, "2021-08", "2021-08"),
        # front matter before a header line and a file name
        (FRONT + HEADER + BODY + FILE, None, "2021-08-15"),
        # a header line before a file name
        (HEADER + BODY + FILE, None, "2021-08-16"),
        # a file name line at the end
        (BODY + FILE, None, "2021-08-17"),
        # nothing: None
        (BODY, None, None),
        # a Date: field line before a dateline further down the header
        ("Kabul Falls\n\nMonday, August 16, 2021\n\nDate: 2021-08-18\n\nThe city fell.\n", None, "2021-08-18"),
    ],
)
def test_published_precedence(text, published, expected):
    assert layout(text, published=published).published == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # front matter ISO date with a time
        ("---\ntitle: A\ndate: 2021-09-07T10:30:00Z\n---\nBody.\n", "2021-09-07"),
        # front matter date quoted, in words
        ('---\ntitle: A\ndate: "September 7, 2021"\n---\nBody.\n', "2021-09-07"),
        # front matter "published" key
        ("---\ntitle: A\npublished: 7 September 2021\n---\nBody.\n", "2021-09-07"),
        # Date: header line, ISO
        ("Date: 2021-09-07\n\nKabul Falls\n\nBody.\n", "2021-09-07"),
        # Published: header line, abbreviated month
        ("Published: Sept. 7, 2021\n\nKabul Falls\n\nBody.\n", "2021-09-07"),
        # Posted on: header line, day first
        ("Posted on: 7th September 2021\n\nKabul Falls\n\nBody.\n", "2021-09-07"),
        # a dateline with a weekday and a time
        ("Kabul Falls\n\nTuesday, September 7, 2021 10:32 AM EST\n\nBody.\n", "2021-09-07"),
        # a dateline with only month and year
        ("Kabul Falls\n\nSeptember 2021\n\nBody.\n", "2021-09"),
        # a date in a bar-separated header line
        ("Desert Review | September 7, 2021\n\nKabul Falls\n\nBody.\n", "2021-09-07"),
        # a date inside another header field
        ("Publication: Desert Review, September 7, 2021\n\nKabul Falls\n\nBody.\n", "2021-09-07"),
        # Updated: is not the publication date
        ("Updated: September 9, 2021\n\nKabul Falls\n\nBody.\n", None),
        # a year alone in a title is not a date
        ("What Changed in 2021\n\nBody.\n", None),
        # a full date in a title is not the publication date either
        ("The Fall of Kabul on August 15, 2021\n\nBody.\n", None),
        # a date in the body is not the publication date
        ("Kabul Falls\n\nThe city fell on August 15, 2021.\n", None),
        # a day that does not exist
        ("Published: February 30, 2021\n\nKabul Falls\n\nBody.\n", None),
        # file name: month-day-year with hyphens
        ("Kabul Falls\n\nBody.\n\nTM-September-7-2021-Issue.pdf\n", "2021-09-07"),
        # file name: underscore and spaces, upper-case extension
        ("Kabul Falls\n\nBody.\n\nTM_September 24 2021.PDF\n", "2021-09-24"),
        # file name: abbreviated month
        ("Kabul Falls\n\nBody.\n\nreview_Sep_7_2021.docx\n", "2021-09-07"),
        # file name: ISO date
        ("Kabul Falls\n\nBody.\n\nreport-2021-09-07.html\n", "2021-09-07"),
        # file name: day first
        ("Kabul Falls\n\nBody.\n\n7-Sept-2021.doc\n", "2021-09-07"),
        # file name after a comment form
        ("Kabul Falls\n\nBody.\n\nLeave a Reply\n\nTM-September-7-2021.pdf\n", "2021-09-07"),
        # file name without a date
        ("Kabul Falls\n\nBody.\n\nissue-19.pdf\n", None),
        # a file name in the middle of a word is not a date ("Mayor")
        ("Kabul Falls\n\nBody.\n\nMayor-7-2021.pdf\n", None),
    ],
)
def test_published_found(text, expected):
    assert layout(text).published == expected


# --------------------------------------------------------------------------
# layout: the seeds
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, expected, published",
    [
        # an issue of briefs: label, publication, caption, titles, bylines, separator, file name
        (
            "terrorism-monitor-19-17.txt",
            [
                ("Anti-Taliban Resistance in Afghanistan’s Panjshir Finds Support in Tajikistan", "Jacob Zenn"),
                (
                    "Did the Taliban’s Conquests in Afghanistan Inspire Terrorism in the United States "
                    "and New Zealand?",
                    "Jacob Zenn",
                ),
            ],
            "2021-09-07",
        ),
        # briefs without a separator: the second title follows a no-break-space paragraph
        (
            "terrorism-monitor-19-18.txt",
            [
                ("Uzbekistan and Tajikistan Calibrate Approaches to the Taliban", None),
                (
                    "Islamic State in Khorasan Province Ramps up Attacks Against the Taliban and Wins Global Support",
                    None,
                ),
            ],
            "2021-09-24",
        ),
        # section label, repeated title, photo credit
        (
            "armed-resistance-first-successes.txt",
            [("Afghanistan's Armed Resistance to the Taliban Enjoys First Successes", None)],
            None,
        ),
        # a plain op-ed
        ("confronting-the-taliban.txt", [("Confronting The Taliban – OpEd", None)], None),
        # a blog post with a comment form
        ("taliban-faces-insurgency.txt", [("Now the Taliban faces an insurgency of its own", None)], None),
    ],
)
def test_seeds(name, expected, published):
    text = read_input(str(SEEDS / name))
    lay = layout(text)
    assert [(a.title, a.author) for a in lay.articles] == expected
    assert lay.published == published
    check_invariants(text, lay)


def test_seed_boilerplate():
    text = read_input(str(SEEDS / "taliban-faces-insurgency.txt"))
    lay = layout(text)
    tail = lay.skipped[-1].slice(text)
    assert tail.startswith("Leave a Reply") and tail.endswith("Learn how your comment data is processed.")
    assert lay.articles[0].end <= lay.skipped[-1].start
    assert text[: lay.articles[0].end].endswith("The more things change…")

    text = read_input(str(SEEDS / "terrorism-monitor-19-17.txt"))
    assert skipped_texts(text) == [
        "Briefs",
        "Publication: Terrorism Monitor Volume: 19 Issue: 17",
        "Tajik National Army (Source: Wikimedia Commons)",
        "Anti-Taliban Resistance in Afghanistan’s Panjshir Finds Support in Tajikistan",
        "Jacob Zenn",
        "***",
        "Did the Taliban’s Conquests in Afghanistan Inspire Terrorism in the United States and New Zealand?",
        "Jacob Zenn",
        "TM-September-7-2021-Issue.pdf",
    ]

    text = read_input(str(SEEDS / "armed-resistance-first-successes.txt"))
    assert skipped_texts(text) == [
        "News & Politics",
        "Afghanistan's Armed Resistance to the Taliban Enjoys First Successes",
        "Afghanistan's Armed Resistance to the Taliban Enjoys First Successes",
        "AP Photo/Zabi Karimi",
    ]


# --------------------------------------------------------------------------
# layout: robustness
# --------------------------------------------------------------------------


def check_invariants(text: str, lay: Layout) -> None:
    assert isinstance(lay, Layout)
    previous_end = 0
    for article in lay.articles:
        assert previous_end <= article.start <= article.body_start <= article.end <= len(text)
        assert article.title is None or article.title.strip()
        assert article.author is None or article.author.strip()
        previous_end = article.end
    previous_end = 0
    for span in lay.skipped:
        assert previous_end <= span.start < span.end <= len(text)
        previous_end = span.end
    assert lay.published is None or ISO_DATE.match(lay.published)


@pytest.mark.parametrize(
    "text",
    [
        # a 5 MB line of letters
        "a" * 5_000_000,
        # a 5 MB line of words
        "Jacob Zenn " * 450_000,
        # a 5 MB line of open parentheses
        "(" * 5_000_000,
        # a 5 MB line of stars and spaces
        "* " * 2_500_000,
        # a 5 MB line of digits and hyphens
        "2021-" * 1_000_000,
    ],
)
def test_huge_single_line(text):
    check_invariants(text, layout(text))


LINES = [
    "***",
    "* * *",
    "---",
    "# Heading",
    "## Sub",
    "Briefs",
    "News & Politics",
    "Publication: Terrorism Monitor Volume: 19 Issue: 17",
    "Published: September 7, 2021",
    "Date: 2021-02-30",
    "Tajik National Army (Source: Wikimedia Commons)",
    "AP Photo/Zabi Karimi",
    "Rebels Retake Three Districts in the North",
    "Did the Siege Break the Valley?",
    "Jacob Zenn",
    "By Jane Roe | May 2, 2021",
    "The city fell on Sunday (Reuters, May 2).",
    "Leave a Reply",
    "Share this:",
    "Twitter",
    "TM-September-7-2021-Issue.pdf",
    "title: X",
    NBSP,
    "",
]


@st.composite
def documents(draw) -> str:
    pieces = draw(
        st.lists(
            st.one_of(
                st.sampled_from(LINES),
                st.text(alphabet=st.sampled_from("aZ #*-:()./\u00a0\u2028\r\n\t\ufeff1?…“")),
                st.text(max_size=30),
            ),
            max_size=25,
        )
    )
    line_ends = st.sampled_from(["\n", "\n\n", "\r\n", "\r", "\n\u00a0\n"])
    ends = draw(st.lists(line_ends, min_size=len(pieces), max_size=len(pieces)))
    return "".join(p + e for p, e in zip(pieces, ends, strict=False))


@given(documents())
def test_layout_never_raises_and_spans_are_sane(text):
    check_invariants(text, layout(text))


@given(st.text())
def test_layout_on_any_text(text):
    check_invariants(text, layout(text))


@given(st.binary(max_size=200))
def test_decode_raises_only_input_errors(data):
    try:
        text = decode(data, "x")
    except ProvenanceError as error:
        assert isinstance(error, InputError)
    else:
        check_invariants(text, layout(text))
