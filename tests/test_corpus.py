"""Reading articles: furniture dropped, offsets kept, bad files reported by name and skipped."""

from pathlib import Path

import pytest

from kg.cli import main
from kg.corpus import is_furniture, read_article, read_corpus

GOOD = "Iraq Condemns Strike\nThe militia attacked US forces in Anbar on Monday.\n"


@pytest.mark.parametrize("line, furniture", [
    ("Leave a Reply", True),
    ("Your email address will not be published. Required fields are marked *", True),
    ("SHARE THIS ARTICLE", True),
    ("Copyright 2024 Example Media Inc. All rights reserved.", True),
    ("ALSO READ: Something else happened", True),
    ("News   /   Iraq   /   Military", True),
    ("The militia attacked US forces in Anbar on Monday.", False),
    ("Share prices fell after the strike.", False),
])
def test_furniture_lines(line, furniture):
    assert is_furniture(line) is furniture


def test_furniture_is_blanked_and_offsets_kept(tmp_path):
    text = "Headline Here\nThe group said it fired rockets.\nLeave a Reply\nSource » somepaper\n"
    path = tmp_path / "a1.txt"
    path.write_text(text, encoding="utf-8")
    article = read_article(path)
    assert article.id == "a1"
    assert article.title == "Headline Here"
    assert article.source == "somepaper"
    assert len(article.text) == len(text)
    assert "Leave a Reply" not in article.text
    start = text.index("The group")
    assert article.text[start:start + 9] == "The group"


def test_dateline_and_date(tmp_path):
    path = tmp_path / "a2.txt"
    path.write_text("BAGHDAD (Example News) - March 3, 2024\nThe group said so.\n", encoding="utf-8")
    article = read_article(path)
    assert article.source == "Example News"
    assert article.date == "2024-03-03"


def _bad_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "good_one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good_two.txt").write_text("Kataib Hezbollah threatened US forces in Iraq.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Le ministre a condamné la frappe.".encode("latin-1"))


def test_read_corpus_reports_each_bad_file(tmp_path):
    folder = tmp_path / "articles"
    _bad_corpus(folder)
    articles, problems = read_corpus([folder])
    assert sorted(a.id for a in articles) == ["good_one", "good_two"]
    reasons = {p.path.name: p.reason for p in problems}
    assert set(reasons) == {"empty.txt", "binary.txt", "latin1.txt"}
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]


def test_build_goes_on_past_bad_files(tmp_path, capsys):
    folder = tmp_path / "articles"
    _bad_corpus(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 0
    captured = capsys.readouterr()
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert name in captured.err
    mentions = (out / "mentions.jsonl").read_text(encoding="utf-8")
    assert '"good_one"' in mentions and '"good_two"' in mentions
    assert (out / "graph.html").exists()


def test_build_with_nothing_readable_keeps_earlier_outputs(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("# an earlier build\n", encoding="utf-8")
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    assert main(["build", str(folder), "--out", str(out)]) == 2
    assert "empty.txt" in capsys.readouterr().err
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "# an earlier build\n"
