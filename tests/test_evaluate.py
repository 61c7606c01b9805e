"""The evaluation's match rules, on small gold and predictions written for the test."""

import json

from kg.cli import main
from kg.evaluate import Gold, Prediction, evaluate, match_actors


def test_actors_match_by_shared_surface_forms_one_to_one():
    gold = {"iraq": {"Iraq", "Baghdad"}, "baghdad": {"Baghdad"}}
    predicted = {"iraq_state": {"Iraq", "Baghdad"}, "city": {"Baghdad"}, "other": {"Tehran"}}
    assert match_actors(gold, predicted) == {"iraq_state": "iraq", "city": "baghdad"}


def test_forms_match_across_case_apostrophes_and_articles():
    assert match_actors({"kh": {"Kata'ib Hezbollah"}}, {"x": {"the Kata’ib Hezbollah"}}) == {"x": "kh"}


def _gold():
    return {"a1": Gold(
        forms={"kh": {"Kataib Hezbollah"}, "us": {"US"}, "iq": {"Iraq"}},
        types={"kh": "Militia", "us": "Country", "iq": "Country"},
        relations={("kh", "attacks", "us"): "KH attacked the US.", ("iq", "negotiates_with", "us"): "Talks."},
    )}


def test_relations_match_through_the_actor_pairing_and_talks_either_way():
    prediction = Prediction(
        forms={"k": {"Kataib Hezbollah"}, "u": {"US"}, "i": {"Iraq"}},
        relations={("k", "attacks", "u"): (0.9, "KH attacked the US."), ("u", "negotiates_with", "i"): (0.4, "Talks."),
                   ("k", "threatens", "u"): (0.3, "KH warned.")},
    )
    report = evaluate(_gold(), {"a1": prediction}, {"k": "Militia", "u": "Country", "i": "GovernmentBody"})
    assert (report.actors.tp, report.actors.predicted, report.actors.gold) == (3, 3, 3)
    assert report.types_right == 2
    assert (report.relations.tp, report.relations.predicted, report.relations.gold) == (2, 3, 2)
    assert report.at_confidence[0.8].tp == 1 and report.at_confidence[0.8].predicted == 1
    assert {(e.kind, e.triple[1]) for e in report.errors} == {("spurious", "threatens")}


def test_missing_article_scores_zero_recall():
    report = evaluate(_gold(), {}, {})
    assert report.relations.recall == 0.0 and report.actors.recall == 0.0


def test_eval_command_names_a_missing_build(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"article": "a1", "actors": [], "relations": []}) + "\n", encoding="utf-8")
    assert main(["eval", str(gold), "--out", str(tmp_path / "nowhere")]) == 2
    assert "kg build" in capsys.readouterr().err
