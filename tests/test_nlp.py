"""Loading the trained pipeline: a clear message when there is none."""

from kg.cli import main


def test_missing_pipeline_says_how_to_get_one(tmp_path, monkeypatch, capsys):
    (tmp_path / "a.txt").write_text("Kataib Hezbollah attacked US forces.\n", encoding="utf-8")
    monkeypatch.setenv("KG_SPACY_MODEL", str(tmp_path / "no_such_pipeline"))
    assert main(["build", str(tmp_path / "a.txt"), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err
    assert "python -m spacy download en_core_web_sm" in error and "KG_SPACY_MODEL" in error
    assert not (tmp_path / "out").exists()
