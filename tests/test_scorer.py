"""The relation scorer: candidates, features, the model file, vetoes; training; floors on the development set."""

import json

import pytest
from conftest import CORPUS, DEV_GOLD, SEED_GOLD

from kg.cli import main
from kg.evaluate import evaluate, load_gold, load_prediction
from kg.lexicon import load_lexicon
from kg.vocabulary import load_predicates
from kg.scorer import SCORER_NAME, RelationScorer, ScorerModel, candidates, instances, load_model
from kg.training import train


def test_a_pair_is_a_candidate_when_a_pattern_read_it(nlp):
    doc = nlp("Kataib Hezbollah and Iraq were mentioned in one breath. Kataib Hezbollah attacked Iraq.")
    read = {(r.subject, r.object, r.start) for r in doc._.readings}
    pairs = {(c.subject, c.object, c.sentence.start_char) for c in candidates(doc, load_lexicon(), doc._.readings)}
    assert pairs == read == {("kataib_hezbollah", "iraq", list(doc.sents)[1].start_char)}


def test_a_candidate_describes_the_path_and_the_cues_between_the_pair(nlp):
    doc = nlp("Kataib Hezbollah attacked US forces near the border.")
    candidate = next(c for c in candidates(doc, load_lexicon(), doc._.readings)
                     if (c.subject, c.object) == ("kataib_hezbollah", "us_forces"))
    assert candidate.features["cue_top=attacks"] == 1.0
    assert candidate.features["roles:attacks=nsubj>dobj"] == 1.0
    assert [r.pattern for r in candidate.readings] == ["active_verb"]


def test_the_confidence_of_a_kept_relation_is_the_models_probability(nlp):
    doc = nlp("Kataib Hezbollah attacked US forces near the border.")
    model = load_model()
    attack = next(r for r in doc._.relations if r[:3] == ("kataib_hezbollah", "attacks", "us_forces"))
    features = next(f for c, p, f in instances(doc, load_lexicon(), load_predicates())
                    if (c.subject, p, c.object) == attack[:3])
    assert attack.confidence == round(model.probability("attacks", features), 3)
    assert model.keeps(model.probability("attacks", features), features)


@pytest.mark.parametrize("text, ruled_out", [
    ("Kataib Hezbollah did not attack US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Kataib Hezbollah will attack US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
    ("Kataib Hezbollah suspended its attacks on US forces.", ("kataib_hezbollah", "attacks", "us_forces")),
])
def test_what_the_grammar_rules_out_the_scorer_never_keeps(nlp, text, ruled_out):
    doc = nlp(text)
    assert ruled_out in {(s, p, o) for _, s, p, o in doc._.vetoes}
    assert ruled_out not in {(r.subject, r.predicate, r.object) for r in doc._.relations}


def test_a_denial_rules_out_its_own_act_not_the_same_act_another_clause_asserts(nlp):
    supply = ("iran", "supports", "houthis")
    denied = nlp("Iran denies arming the Houthis, and says it respects Yemen's sovereignty.")
    assert supply in {(s, p, o) for _, s, p, o in denied._.vetoes}
    asserted = nlp("Iran denies arming the Houthis, but US officials say Tehran supplies them with missiles.")
    assert supply not in {(s, p, o) for _, s, p, o in asserted._.vetoes}
    assert supply in {(r.subject, r.predicate, r.object) for r in asserted._.relations}


@pytest.mark.parametrize("text, left_out, kept", [
    # conflict between a state and its own official
    ("Iraqi Prime Minister Mustafa al-Kadhimi urged Iraqis to stay calm.", ("mustafa_al_kadhimi", "demands", "iraq"),
     None),
    # and one the registry says heads its government, with a bare title
    ("Prime Minister Mustafa al-Kadhimi urged Iraqis to stay calm.", ("mustafa_al_kadhimi", "demands", "iraq"), None),
    # a state's support of its own forces
    ("Defense Secretary Lloyd Austin said the United States does not seek conflict with Iran but will defend its "
     "personnel. US forces were attacked 60 times.", ("united_states", "supports", "us_forces"), None),
    # the membership of one the text says leads the group
    ("Badr's Amiri calls for calm\n\nBAGHDAD — Badr Organization leader Hadi al-Amiri urged the factions to stop "
     "their attacks.", ("hadi_al_amiri", "member_of", "badr_organization"),
     ("hadi_al_amiri", "leads", "badr_organization")),
])
def test_what_a_pattern_read_the_scorer_leaves_out(nlp, text, left_out, kept):
    doc = nlp(text)
    relations = {(r.subject, r.predicate, r.object) for r in doc._.relations}
    assert left_out in {(r.subject, r.predicate, r.object) for r in doc._.readings}  # the pattern read it
    assert left_out not in relations
    assert kept is None or kept in relations


def test_without_a_model_the_patterns_readings_pass_through(nlp):
    scorer = RelationScorer(nlp, model=None, lexicon=load_lexicon(), predicates=load_predicates())
    with nlp.select_pipes(disable=[SCORER_NAME]):
        doc = nlp("Kataib Hezbollah attacked US forces near the border.")
    assert scorer(doc)._.relations == doc._.readings


def test_the_model_file_round_trips(tmp_path):
    model = ScorerModel("test", {"attacks|bias": 1.5, "any|rule": 2.0}, {"attacks": -1.0}, 0.3, {"note": "x"})
    path = tmp_path / "model.json"
    model.to_file(path)
    again = ScorerModel.from_file(path)
    features = {"attacks|bias": 1.0, "any|rule": 1.0}
    assert again.probability("attacks", features) == model.probability("attacks", features) > 0.9
    assert again.probability("kills", features) < 0.01  # no bias learned: the predicate is never read


def test_training_chooses_a_setting_by_cross_validation_and_writes_a_model(nlp, tmp_path):
    report = train([CORPUS], [SEED_GOLD], nlp=nlp)
    assert report.cross_validated.f1 > 0.2
    chosen = (report.model.metadata["regularisation"], report.model.threshold, report.model.read_threshold)
    assert chosen in report.by_setting
    assert len(report.model.metadata["trained_on"]) == 5
    path = tmp_path / "model.json"
    report.model.to_file(path)
    assert json.loads(path.read_text())["weights"]


def test_the_shipped_model_is_recorded_in_the_builds_provenance(built):
    runs = (built / "graph.trig").read_text(encoding="utf-8")
    assert f'kg:scorerVersion "{load_model().version}"' in runs


def test_eval_takes_several_gold_files_and_scores_by_predicate(built, capsys):
    assert main(["eval", str(SEED_GOLD), str(DEV_GOLD["tune"]), "--by-predicate", "--out", str(built)]) == 0
    captured = capsys.readouterr()
    assert "by predicate" in captured.out and "attacks" in captured.out
    assert "28 of 33 annotated article(s) are not in the build" in captured.err


@pytest.fixture(scope="module")
def check_report(dev_built):
    predictions, types = load_prediction(dev_built)
    return evaluate(load_gold(DEV_GOLD["check"]), predictions, types)


def test_check_split_scores_hold_their_floors(check_report):
    # the check split is never fitted on: these floors are what kg does on text nobody wrote rules for
    assert check_report.actors.f1 >= 0.89, check_report.actors
    assert check_report.type_accuracy >= 0.93
    assert check_report.relations.f1 >= 0.38, check_report.relations


def test_confidence_tracks_precision_on_the_check_split(check_report):
    # a floor, like the scores' above: the target (precision rising at every cut-off, 0.85 at 0.8) is reported in
    # the README; the suite holds that confident relations are the surer ones, no cut-off losing more precision than
    # one relation of the dozen articles can move it
    scores = [check_report.at_confidence[c] for c in sorted(check_report.at_confidence)]
    for lower, higher in zip(scores, scores[1:]):
        assert higher.precision >= lower.precision - 1 / max(1, higher.predicted), (lower, higher)
    assert scores[-1].precision > scores[0].precision
    assert check_report.at_confidence[0.8].precision >= 0.8
