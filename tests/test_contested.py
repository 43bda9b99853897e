"""``provenance contested`` and ``provenance relate`` through click's runner, and the gold pairs."""

from __future__ import annotations

import json
import os

import pytest
from conftest import SEEDS, load_gold
from hypothesis import given
from scoring import overlap
from strategies import news_articles, news_statements

import provenance
from provenance.cli import main
from provenance.compare.statement import MIN_SCORE

#: An editor's attention is scarce: at most this many contested pairs in the samples.
MAX_CONTESTED = 5
#: The gold corroborated pairs are not asserted: one is a single claim citing two outlets in
#: one parenthesis, which is not two confirmations of itself, and the other two pair a cited
#: claim with the writer's own line, which is no independent source (on news, such lines are
#: mostly the day's report relayed).  Every corroboration reported names a source on both sides.

DENIAL = (
    "Reports emerged on Monday that the mayor had resigned (City Herald, May 3, 2021). "
    "The mayor denied those reports and said she remained in office (Valley Courier, May 3, 2021).\n"
)


def _matches(gold_side: dict, side: dict) -> bool:
    return os.path.basename(side["doc"]) == gold_side["doc"] and overlap(gold_side["claim"], side["text"]) >= 0.5


def _found(gold: dict, relations: list[dict]) -> bool:
    return any(
        r["relation"] == gold["relation"]
        and (
            (_matches(gold["a"], r["a"]) and _matches(gold["b"], r["b"]))
            or (_matches(gold["a"], r["b"]) and _matches(gold["b"], r["a"]))
        )
        for r in relations
    )


def test_gold_relations_on_the_samples(runner):
    result = runner.invoke(main, ["contested", "--format", "json", str(SEEDS)])
    assert result.exit_code == 0, result.output
    relations = json.loads(result.stdout)["relations"]
    gold = load_gold("relations")
    contested = [r for r in relations if r["relation"] == "contested"]
    found = {
        rel: sum(_found(g, relations) for g in gold if g["relation"] == rel) for rel in ("contested", "corroborated")
    }
    total = {rel: sum(g["relation"] == rel for g in gold) for rel in found}
    print(
        f"\ncontested: {found['contested']}/{total['contested']} gold found, {len(contested)} predicted; "
        f"corroborated: {found['corroborated']}/{total['corroborated']} gold found"
    )
    assert found["contested"] == total["contested"]
    assert len(contested) <= MAX_CONTESTED
    assert all(r["a"]["sources"] and r["b"]["sources"] for r in relations if r["relation"] == "corroborated")


def test_contested_table_and_exit_code(runner, tmp_path):
    path = tmp_path / "mayor.txt"
    path.write_text(DENIAL, encoding="utf-8")
    result = runner.invoke(main, ["contested", str(path)])
    assert result.exit_code == 0, result.output
    assert "denial" in result.stdout
    assert "1 contested" in result.stdout


def test_contested_json_contract(runner, tmp_path):
    path = tmp_path / "mayor.txt"
    path.write_text(DENIAL, encoding="utf-8")
    result = runner.invoke(main, ["contested", "--format", "json", str(path)])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["version"] == 1
    (r,) = data["relations"]
    assert set(r) == {"relation", "kind", "score", "a", "b", "evidence"}
    assert (r["relation"], r["kind"]) == ("contested", "denial")
    assert 0 <= r["score"] <= 1
    for side in (r["a"], r["b"]):
        assert set(side) == {"doc", "start", "end", "text", "sources"}
        assert DENIAL[side["start"] : side["end"]] == side["text"]
    assert r["a"]["sources"] == ["City Herald"] and r["b"]["sources"] == ["Valley Courier"]


def test_min_score_and_csv(runner, tmp_path):
    path = tmp_path / "mayor.txt"
    path.write_text(DENIAL, encoding="utf-8")
    high = runner.invoke(main, ["contested", "--min-score", "1", str(path)])
    assert high.exit_code == 0
    assert high.stdout == "No contested claims.\n"
    csv_out = runner.invoke(main, ["contested", "--format", "csv", str(path)])
    assert csv_out.exit_code == 0
    assert csv_out.stdout.splitlines()[0].startswith("relation,kind,score,subject,evidence,a_doc")


def test_contested_bad_input_exit_2(runner, tmp_path):
    good = tmp_path / "mayor.txt"
    good.write_text(DENIAL, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00\x01")
    result = runner.invoke(main, ["contested", "--format", "json", str(bad), str(good)])
    assert result.exit_code == 2
    assert f"{bad}:" in result.stderr
    assert len(json.loads(result.stdout)["relations"]) == 1


def test_relate_jsonl(runner):
    lines = [
        {"id": 1, "a": "The mayor resigned on Friday.", "b": "The mayor denied that she had resigned."},
        {"id": "x", "a": "The bridge collapsed in the storm.", "b": "Wheat prices rose in Kansas."},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + "\n"
    result = runner.invoke(main, ["relate"], input=text)
    assert result.exit_code == 0, result.output
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "x"]
    assert set(out[0]) == {"id", "relation", "kind", "score", "evidence"}
    assert out[0]["relation"] == "contested"
    assert out[1]["relation"] == "unrelated"


def test_relate_bad_line_is_reported_and_others_judged(runner, tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"id": 1, "a": "It rained.", "b": "It did not rain."}\nnot json\n{"id": 3}\n', encoding="utf-8")
    result = runner.invoke(main, ["relate", str(path)])
    assert result.exit_code == 2
    assert f"{path}:2:" in result.stderr and f"{path}:3:" in result.stderr
    assert [json.loads(x)["id"] for x in result.stdout.splitlines()] == [1]


def test_library_verbs():
    r = provenance.relate("The mayor resigned on Friday.", "The mayor denied that she had resigned.")
    assert r.relation == "contested"
    doc = provenance.extract(DENIAL)
    assert [x.kind for x in provenance.compare_documents([doc])] == ["denial"]


# ---------------------------------------------------------------------------
# Pairs of invented articles: what is contested, what is not, and why
# ---------------------------------------------------------------------------


def _relations(*texts: str, min_score: float = MIN_SCORE) -> list[tuple[str, str]]:
    """``(relation, kind)`` of the relations among articles given as texts (one file each)."""
    docs = [provenance.extract(text, path=f"article-{n}.txt") for n, text in enumerate(texts)]
    return [(str(r.relation), str(r.kind)) for r in provenance.compare_documents(docs, min_score=min_score)]


@pytest.mark.parametrize(
    "first, second, expected",
    [
        # a denial whose target (the that-clause) restates the report
        (
            "Reports said the harbour master, Lena Okafor, had resigned on Monday (Kestrel News, May 3, 2021).",
            "Lena Okafor denied that she had resigned as harbour master (Harbour Times, May 4, 2021).",
            [("contested", "denial")],
        ),
        # a denial without a target of its own ("denied the reports") points back in its own
        # article only: it contests nothing in another one
        (
            "Lena Okafor resigned as harbour master on Monday (Kestrel News, May 3, 2021).",
            "The port authority said on Tuesday that Okafor denied the reports (Harbour Times, May 4, 2021).",
            [],
        ),
        # a denial of something else about the same person
        (
            "Lena Okafor opened the new ferry terminal in Calder on Monday (Kestrel News, May 3, 2021).",
            "Lena Okafor denied that the port would close next year (Harbour Times, May 4, 2021).",
            [],
        ),
        # polarity composes: a denial of a report and a negation of the same thing agree
        (
            "The striker Tomas Brandt is not suspended, his club said (Kestrel News, May 3, 2021).",
            "Tomas Brandt's agent denied reports that Brandt was suspended (Harbour Times, May 4, 2021).",
            [],
        ),
        # "would neither confirm nor deny" is no denial
        (
            "A rival club claimed that Tomas Brandt was suspended for a month (Kestrel News, May 3, 2021).",
            "The league would neither confirm nor deny that Tomas Brandt was suspended (Harbour Times, May 4, 2021).",
            [],
        ),
        # a question is no denial
        (
            "A rival club claimed that Tomas Brandt was suspended for a month (Kestrel News, May 3, 2021).",
            "Is the story that Tomas Brandt was suspended a hoax? (Harbour Times, May 4, 2021).",
            [],
        ),
        # "not accurate" is a verdict: a report called inaccurate and a rumour rebuffed agree ...
        (
            "Reports that the singer Tomas Brandt died on Sunday are not accurate, his agent said "
            "(Kestrel News, May 3, 2021).",
            "Tomas Brandt rebuffed rumours that he had died on Sunday (Harbour Times, May 4, 2021).",
            [],
        ),
        # ... and it denies the report it judges
        (
            "A website reported that the singer Tomas Brandt died in his home on Sunday (Kestrel News, May 3, 2021).",
            "Reports that Tomas Brandt died in his home are not accurate, his agent said (Harbour Times, May 4, 2021).",
            [("contested", "denial")],
        ),
        # a hedged negation with words after it ("probably not under pressure to") judges nothing
        (
            "Acme has agreed to lease all of the Calder campus, an office campus under construction "
            "(Kestrel News, May 3, 2021).",
            "Acme's expansion elsewhere means it is probably not under immediate pressure to occupy the Calder "
            "campus (Harbour Times, May 4, 2021).",
            [],
        ),
        # names aside, whatever their endings: a dateline or a caption that restates only the
        # place named in a denial restates nothing of what is denied ...
        (
            "RIVERS COUNTY, Norland.",
            "Reports that Rivers County was flooded on Monday were false, a county spokeswoman said "
            "(Harbour Times, May 4, 2021).",
            [],
        ),
        (
            "Police in Kansas City sealed off a building on Monday (Kestrel News, May 3, 2021).",
            "Reports of a suspected measles case in the Kansas City area were erroneous, a hospital spokeswoman "
            "said (Harbour Times, May 4, 2021).",
            [],
        ),
        # ... while a report of the case itself is what the denial answers
        (
            "A patient in Kansas City was treated for a suspected measles case on Monday, a local station "
            "reported (Kestrel News, May 3, 2021).",
            "Reports of a suspected measles case in the Kansas City area were erroneous, a hospital spokeswoman "
            "said (Harbour Times, May 4, 2021).",
            [("contested", "denial")],
        ),
        # the one who denies is the other claim's source: one party twice, no dispute ...
        (
            "\u201cAcme has heard that people are saying we launched a pumpkin soda,\u201d Acme said in an official "
            "statement (Kestrel News, May 3, 2021).",
            "Acme has squashed all rumours that a pumpkin soda has ever existed (Harbour Times, May 4, 2021).",
            [],
        ),
        (
            "Acme said in a statement that people are saying it launched a pumpkin soda (Kestrel News, May 3, 2021).",
            "Acme has squashed all rumours that it launched a pumpkin soda (Harbour Times, May 4, 2021).",
            [],
        ),
        # ... while the bloggers who reported it are disputed by it
        (
            "Beverage blogs reported that Acme launched a pumpkin soda this autumn (Kestrel News, May 3, 2021).",
            "Acme has squashed rumours that it launched a pumpkin soda this autumn (Harbour Times, May 4, 2021).",
            [("contested", "denial")],
        ),
        # a dateline's place is not who denies: the leader of a group in Nigeria denies the
        # government of Nigeria
        (
            "Last month, Nigeria\u2019s government had claimed that the group had agreed to a truce while it took "
            "part in peace talks.",
            "ABUJA, Nigeria \u2014 The leader of Nigeria's rebel group dashed hopes for the release of the hostages "
            "on Saturday, denying reports of a truce with the government.",
            [("contested", "denial")],
        ),
        # a contradiction without any denial cue: one predicate asserted and denied
        (
            "Omar Idris was arrested in Calder on Monday, police said (Kestrel News, May 3, 2021).",
            "Omar Idris was not arrested, his lawyer said on Monday (Harbour Times, May 3, 2021).",
            [("contested", "contradiction")],
        ),
        # "failed to receive" against "received", the same subject and object
        (
            "The Gazette reported that Ana Ruiz received the Harbour Prize on Friday (Kestrel News, May 3, 2021).",
            "Ana Ruiz pointedly failed to receive the Harbour Prize on Friday (Harbour Times, May 4, 2021).",
            [("contested", "contradiction")],
        ),
        # counts of the same event that differ
        (
            "The blast at the Calder pit killed 12 miners on Tuesday (Kestrel News, May 3, 2021).",
            "Officials said the blast at the Calder pit on Tuesday killed 40 miners (Harbour Times, May 3, 2021).",
            [("contested", "quantity")],
        ),
        # people killed and people displaced are not counts of one thing
        (
            "The floods in Norland killed 40 people on Sunday (Kestrel News, May 3, 2021).",
            "The floods in Norland on Sunday displaced 40,000 people (Harbour Times, May 3, 2021).",
            [],
        ),
        # a total since some year and a total for this year count different periods
        (
            "The militia has killed 13,000 civilians in Norland since 2009 (Kestrel News, May 3, 2021).",
            "The militia has killed some 2,000 civilians in Norland this year (Harbour Times, May 3, 2021).",
            [],
        ),
    ],
)
def test_pairs_of_articles(first, second, expected):
    assert _relations(first, second) == expected


def test_a_syndicated_copy_adds_no_relation():
    # a wire story and its reprint: the denial inside it is found once, and the copy of each
    # claim neither contests nor corroborates the original
    story = (
        "Reports said the harbour master, Lena Okafor, had resigned on Monday (Kestrel News, May 3, 2021). "
        "Lena Okafor denied those reports and said she remained in office (Harbour Times, May 3, 2021).\n"
    )
    assert _relations(story) == [("contested", "denial")]
    assert _relations(story, story) == [("contested", "denial")]


def test_a_heading_line_is_related_to_nothing():
    # headings and section labels carry no proposition: at most they name a subject
    first = "Harbour Strike\n\nDock workers in Calder walked out on Monday (Kestrel News, May 3, 2021).\n"
    second = "Harbour Strike\n\nThe Calder port reopened on Friday after talks (Harbour Times, May 7, 2021).\n"
    assert _relations(first, second) == []


# ---------------------------------------------------------------------------
# Properties
# ---------------------------------------------------------------------------


@given(news_statements(), news_statements())
def test_swapping_the_two_articles_never_changes_a_relations_kind(first, second):
    assert sorted(_relations(first, second)) == sorted(_relations(second, first))


@given(news_articles)
def test_an_exact_copy_of_an_article_adds_no_relation(text):
    # whatever the article says, its reprint neither contests nor corroborates it: the
    # relations are the article's own, found once
    assert _relations(text, text) == _relations(text)


def test_a_surname_two_people_share_restates_neither():
    # the agent of one Brandt calls reports of his death inaccurate; "Brandt" found dead
    # elsewhere is that man only while no other Brandt is in the texts (a denial of a short
    # report restating part of it is right less than half the time: its calibrated score is under 0.5)
    denial = "Reports of the singer Tomas Brandt's death are not accurate, his agent said (Kestrel News, May 3, 2021)."
    report = (
        "Police found Brandt dead at his home in Calder on Sunday, a website reported (Harbour Times, May 3, 2021)."
    )
    other = "The painter Ada Brandt opened a gallery in Norland on Friday (Valley Courier, May 1, 2021)."
    assert _relations(denial, report, min_score=0.0) == [("contested", "denial")]
    assert _relations(denial, report, other, min_score=0.0) == []
