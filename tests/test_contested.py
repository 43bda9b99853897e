"""``provenance contested`` and ``provenance relate`` through click's runner, and the gold pairs."""

from __future__ import annotations

import json
import os

from conftest import SEEDS, load_gold
from scoring import overlap

import provenance
from provenance.cli import main

#: An editor's attention is scarce: at most this many contested pairs in the samples.
MAX_CONTESTED = 5
#: Share of the gold corroborated pairs that must be found.
CORROBORATED_RECALL = 2 / 3

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
    assert found["corroborated"] / total["corroborated"] >= CORROBORATED_RECALL


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
