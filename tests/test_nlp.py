"""The trained pipeline and the sentence bounds kg gives it: a clear message when there is none."""

from kg.cli import main
from conftest import CORPUS, DEV_CORPUS


def test_missing_pipeline_says_how_to_get_one(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Kataib Hezbollah attacked US forces.\n", encoding="utf-8")
    monkeypatch.setenv("KG_SPACY_MODEL", str(tmp_path / "no_such_pipeline"))
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "python -m spacy download en_core_web_sm" in error and "KG_SPACY_MODEL" in error
    assert not (tmp_path / "out").exists()


def test_a_timeline_date_set_off_by_a_colon_is_a_label_before_the_sentence():
    from kg.nlp import PARAGRAPHS_NAME, load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    doc = nlp("Timeline\n\n2003-2007: Kataib Hezbollah emerges.\n\nDecember 2019: Protesters storm the embassy. "
              "They leave: the siege ends.")
    assert [s.text.strip() for s in doc.sents] == [
        "Timeline", "2003-2007:", "Kataib Hezbollah emerges.", "December 2019:", "Protesters storm the embassy.",
        "They leave: the siege ends."]


def test_gated_parse_repairs_put_right_what_every_repair_run_on_every_token_does(monkeypatch):
    from spacy.attrs import DEP, HEAD, TAG
    from spacy.tokens import Doc

    import kg.nlp
    from kg.nlp import PARAGRAPHS_NAME, load_pipeline, tags_from_parse

    nlp = load_pipeline()
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    parsed = [doc.to_bytes() for doc in nlp.pipe(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))]

    def repaired() -> list:
        return [tags_from_parse(Doc(nlp.vocab).from_bytes(data)).to_array([TAG, DEP, HEAD]).tolist() for data in parsed]

    gated = repaired()
    monkeypatch.setattr(kg.nlp, "_repairs_for", lambda tag, dep: tuple(range(len(kg.nlp._PARSE_REPAIRS))))
    assert repaired() == gated
    assert sum(len(doc) for doc in gated) > 2000


def test_a_parse_repair_leaves_alone_every_token_its_gate_leaves_out():
    """A gate only spares calls: each repair makes its own tests, so called on a token of another tag or arc it
    changes nothing (on the bundled and the development articles, whose parses hold such tokens)."""
    from spacy.attrs import DEP, HEAD, TAG

    import kg.nlp
    from kg.nlp import PARAGRAPHS_NAME, load_pipeline

    nlp = load_pipeline()
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")) + sorted(DEV_CORPUS.glob("*.txt"))]
    gates = [getattr(repair, "gate", (None, None)) for repair in kg.nlp._PARSE_REPAIRS]
    acted = []
    for doc in nlp.pipe(texts):
        for token in doc:
            before = doc.to_array([TAG, DEP, HEAD])
            tag, dep = token.tag_, token.dep_
            for repair, (tags, deps) in zip(kg.nlp._PARSE_REPAIRS, gates):
                if tags is not None and tag not in tags or deps is not None and dep not in deps:
                    repair(token)
            if (doc.to_array([TAG, DEP, HEAD]) != before).any():
                acted.append(f"{token.text!r} ({tag}, {dep}) in {token.sent.text[:80]!r}")
                break
    assert acted == []
