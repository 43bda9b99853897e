"""Dates in parentheses whose source the prose names: the reporter of the same sentence
or clause becomes the citation's source (provenance.attribution.prose_sources)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from provenance import extract
from provenance.cli import main

#: Publication date of every row.
PUBLISHED = "1994-01-01"


def cited(text: str) -> list[tuple[str, str | None, str | None]]:
    """``(source, speaker, date)`` of every citation item of ``text``."""
    doc = extract(text, published=PUBLISHED)
    return [(c.source.name, c.speaker, c.date) for c in doc.citations]


NAMED_IN_PROSE = [
    # an outlet that reported
    ("Radio Yug reported that the talks had stalled (12 March).", [("Radio Yug", None, "1993-03-12")]),
    # twin: the outlet in the parentheses
    ("The talks had stalled (Radio Yug, 12 March).", [("Radio Yug", None, "1993-03-12")]),
    # a person who told an outlet: the outlet is the source, the person its speaker
    (
        "Deputy Prime Minister Ivan Petrov told Radio Yug that the mills would close (4 May).",
        [("Radio Yug", "Ivan Petrov", "1993-05-04")],
    ),
    # an outlet the article cites elsewhere, told something
    (
        "The mills closed (Zorya, 3 May). The mayor told Zorya that they would reopen (4 May).",
        [("Zorya", None, "1993-05-03"), ("Zorya", "The mayor", "1993-05-04")],
    ),
    # a newspaper word in another language makes the name an outlet
    ("Nezavisimaya Gazeta reported that the mills closed (4 May).", [("Nezavisimaya Gazeta", None, "1993-05-04")]),
    # the cue after the clause
    ("The mills closed, Kanal Sever said (4 May).", [("Kanal Sever", None, "1993-05-04")]),
    # two clauses, two reporters
    (
        "Radio Yug reported that the talks had stalled (12 March), but Kanal Sever said they went on (13 March).",
        [("Radio Yug", None, "1993-03-12"), ("Kanal Sever", None, "1993-03-13")],
    ),
    # a week, a person as the reporter
    ("Ivan Petrov said that prices would rise (3-9 May 93).", [("Ivan Petrov", None, "1993-05-03")]),
    # an anonymous speaker who told an outlet: the outlet
    ("Officials told Vlast.kz that the volume was higher (3 October).", [("Vlast.kz", None, "1993-10-03")]),
    # "told the newspaper X": the noun says it is an outlet (anonymous analysts are no speaker)
    (
        "Analysts told the newspaper Khabar-e-Nau that the police lacked training (6 March).",
        [("Khabar-e-Nau", None, "1993-03-06")],
    ),
    # any name a person told, dated in parentheses, is the medium ...
    (
        "The owner told Ekspress that he bought papers to make money (4-10 April 93).",
        [("Ekspress", "The owner", "1993-04-04")],
    ),
    # ... unless it names a person: twin
    (
        "Ivan Petrov chairs the committee. The minister told Petrov that prices would rise (4 May).",
        [("The minister", None, "1993-05-04")],
    ),
    # an outlet that carried or broadcast something
    ("Radio Yug carried a debate between the candidates (9 March).", [("Radio Yug", None, "1993-03-09")]),
    (
        "Kanal Sever broadcast an interview with the chairman, Pyotr Zuyev, who said the offer was low (1 February).",
        [("Kanal Sever", "Pyotr Zuyev", "1993-02-01")],
    ),
    # nobody named: an anonymous reporter, or no reporter at all
    ("Officials said the mills would close (4 May).", [("", None, "1993-05-04")]),
    ("No agreement was reached during the visit (14, 15 June).", [("", None, "1993-06-14"), ("", None, "1993-06-15")]),
]


@pytest.mark.parametrize("text, expected", NAMED_IN_PROSE)
def test_named_in_prose(text, expected):
    assert cited(text) == expected


def test_a_date_alone_is_no_source_and_no_statistic(tmp_path):
    path = tmp_path / "visit.txt"
    path.write_text(
        "Published: 2 January 1994\n\nNo agreement was reached during the visit (14, 15 June).\n", encoding="utf-8"
    )
    runner = CliRunner()
    report = runner.invoke(main, ["report", "--format", "json", str(path)])
    assert report.exit_code == 0, report.output
    claims = json.loads(report.output)["documents"][0]["claims"]
    evidence = [e for c in claims for e in c["evidence"]]
    assert [(e["source"], e["date"]) for e in evidence] == [(None, "1993-06-14"), (None, "1993-06-15")]
    text = runner.invoke(main, ["report", str(path)])
    assert "(unnamed)" in text.output and "Sources (" not in text.output
    lint = runner.invoke(main, ["lint", "--format", "json", str(path)])
    assert lint.exit_code == 0, lint.output
    assert json.loads(lint.output)["findings"] == []
