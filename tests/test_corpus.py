"""Reading articles: furniture dropped, offsets kept, bad files reported by name and skipped."""

import json
import os
import stat
from pathlib import Path

import pytest
from rdflib import Graph
from spacy.language import Language

from kg.build import build
from kg.cli import main
from kg.corpus import Article, is_furniture, read_article, read_corpus
from kg.extraction import PIECE_LENGTH, extract, read_articles, text_pieces

GOOD = "Iraq Condemns Strike\nThe militia attacked US forces in Anbar on Monday.\n"


@pytest.mark.parametrize("line, furniture", [
    ("Leave a Reply", True),
    ("Your email address will not be published. Required fields are marked *", True),
    ("SHARE THIS ARTICLE", True),
    ("Copyright 2024 Example Media Inc. All rights reserved.", True),
    ("Read more", True),
    # a linked headline is the outlet's own text, and annotated as the article's
    ("ALSO READ: Who are the Iran-backed factions inside Iraq's PMF?", False),
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


@pytest.mark.parametrize("byline, source", [("By Reuters staff", "Reuters"), ("By Staff Writer", None),
                                            ("By an Al-Monitor correspondent", "Al-Monitor"), ("By our staff", None)])
def test_a_byline_of_an_outlet_s_staff_names_the_publisher(tmp_path, byline, source):
    path = tmp_path / "a1.txt"
    path.write_text(f"Iran moved missiles to Iraq\n\n{byline}\n\nIran has given missiles to its allies.\n",
                    encoding="utf-8")
    assert read_article(path).source == source


def test_dateline_and_date(tmp_path):
    path = tmp_path / "a2.txt"
    path.write_text("BAGHDAD (Example News) - March 3, 2024\nThe group said so.\n", encoding="utf-8")
    article = read_article(path)
    assert article.source == "Example News"
    assert article.date == "2024-03-03"


@pytest.mark.parametrize("first_line, source, date", [
    ("BAGHDAD, March 4 (Reuters) - A US official told Reuters the base was hit.", "Reuters", None),
    ("WASHINGTON, Jan. 5, 2024 - The Pentagon said the base was hit.", None, "2024-01-05"),
    ("ERBIL, Sept. 12, 2023 (Rudaw) - The base was hit.", "Rudaw", "2023-09-12"),
    ("Shafaq News/ The Iraqi parliament met on Sunday.", "Shafaq News", None),
    ("By Jane Doe, Reuters", "Reuters", None),
    ("US - Iraq talks resume in Baghdad.", None, None),
    ("Published March 4, 2024 at 10:31 am", None, "2024-03-04"),
    ("2024-03-04T10:31:00Z", None, "2024-03-04"),
    ("SULAIMANI, Kurdistan Region, July 12 - Fighters burned their weapons.", None, None),
    ("The Iran/Iraq border is closed.", None, None),
    ("Al-Monitor: Will the coalition leave Iraq?", "Al-Monitor", None),
    ("Hussein: We have agreed with the Americans on a timeline.", None, None),
])
def test_datelines_and_bylines_name_the_publisher_and_the_day(tmp_path, first_line, source, date):
    path = tmp_path / "wire.txt"
    path.write_text(f"{first_line}\nThe group said so.\n", encoding="utf-8")
    article = read_article(path)
    assert (article.source, article.date) == (source, date)


def test_the_wire_in_the_dateline_is_never_quoted(nlp, tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("BAGHDAD, March 4 (Reuters) - Kataib Hezbollah fired rockets at US forces, "
                    "a US official told Reuters.\n", encoding="utf-8")
    article = read_article(path)
    relations = extract([article], nlp).relations
    assert relations and not [r for r in relations if r.relation.predicate == "quoted_by"]


def _bad_corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "good_one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "good_two.txt").write_text("Kataib Hezbollah threatened US forces in Iraq.\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "latin1.txt").write_bytes("Le ministre a condamné la frappe.".encode("latin-1"))
    (folder / "utf16.txt").write_bytes("Iraq condemned the strike on Erbil.\n".encode("utf-16"))
    (folder / "crlf.txt").write_bytes("\ufeffAsaib Ahl al-Haq\r\nAsaib Ahl al-Haq warned Turkey.\r\n".encode("utf-8"))
    (folder / "page.txt").write_text("<!DOCTYPE html><html><body><p>Share this</p></body></html>", encoding="utf-8")
    (folder / "good_two_again.txt").write_text("Kataib Hezbollah threatened US forces in Iraq.\n", encoding="utf-8")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "folder.txt").mkdir()
    (folder / "report 1 \"<draft>\".txt").write_text("Harakat al-Nujaba attacked US forces in Syria.\n",
                                                       encoding="utf-8")
    (folder / "cyrillic.txt").write_text("Катаиб Хезболла и Асаиб Ахль аль-Хакк.\n", encoding="utf-8")
    (folder / "arabic.txt").write_text("قالت كتائب حزب الله إنها استهدفت القوات الأمريكية.\n", encoding="utf-8")
    (folder / "blank.txt").write_text("  \n\t\n", encoding="utf-8")
    (folder / "cp1256.txt").write_bytes("قالت كتائب حزب الله".encode("cp1256"))
    (folder / "nul.txt").write_bytes(b"Kataib Hezbollah\x00 attacked US forces.")
    os.mkfifo(folder / "pipe.txt")
    # many paragraphs, the last of them far into the file
    (folder / "paragraphs.txt").write_text("Officials met in Baghdad on Monday and talked for hours.\n\n" * 5_200
                                           + "Asaib Ahl al-Haq threatened US forces.\n", encoding="utf-8")
    # one line longer than a piece kg parses at once: read in pieces, offsets still into the file
    (folder / "long.txt").write_text("Nothing of note happened that day. " * 7_000
                                     + "Kataib Hezbollah attacked US forces in Syria.", encoding="utf-8")


BAD_FILES = {"empty.txt", "blank.txt", "binary.txt", "latin1.txt", "cp1256.txt", "nul.txt", "page.txt",
             "good_two_again.txt", "dangling.txt", "loop.txt", "pipe.txt"}


def test_read_corpus_reports_each_bad_file(tmp_path):
    folder = tmp_path / "articles"
    _bad_corpus(folder)
    articles, problems = read_corpus([folder])
    assert sorted(a.id for a in articles) == ["arabic", "crlf", "cyrillic", "good_one", "good_two", "long",
                                              "paragraphs", 'report 1 "<draft>"', "utf16"]
    reasons = {p.path.name: p.reason for p in problems}
    assert set(reasons) == BAD_FILES
    assert "empty" in reasons["blank.txt"] and "UTF-8" in reasons["cp1256.txt"] and "NUL" in reasons["nul.txt"]
    assert "not a regular file" in reasons["pipe.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "binary" in reasons["binary.txt"]
    assert "UTF-8" in reasons["latin1.txt"]
    assert "HTML" in reasons["page.txt"]
    assert "good_two.txt" in reasons["good_two_again.txt"]
    assert "symbolic link" in reasons["dangling.txt"] and "symbolic link" in reasons["loop.txt"]


def test_build_goes_on_past_bad_files(tmp_path, capsys):
    folder = tmp_path / "articles"
    _bad_corpus(folder)
    out = tmp_path / "out"
    assert main(["build", str(folder), "--out", str(out)]) == 1  # built, some skipped
    captured = capsys.readouterr()
    for name in BAD_FILES:
        assert name in captured.err
    assert "Traceback" not in captured.err + captured.out
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert {Path(problem["path"]).name for problem in summary["problems"]} == BAD_FILES
    assert all(problem["reason"] for problem in summary["problems"])
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    built = {m["article"] for m in mentions}
    assert {"good_one", "good_two", "long", "paragraphs", 'report 1 "<draft>"', "utf16", "crlf"} <= built
    relations = [json.loads(line) for line in (out / "relations.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"good_one", "good_two", "long", "paragraphs"} <= {r["article"] for r in relations}
    long_text = (folder / "long.txt").read_text(encoding="utf-8")
    assert all(long_text[m["start"]:m["end"]] == m["text"] for m in mentions if m["article"] == "long")
    assert max(m["start"] for m in mentions if m["article"] == "long") > 2 * PIECE_LENGTH  # read to its end
    assert (out / "graph.html").exists()
    Graph().parse(out / "graph.ttl", format="turtle")  # every IRI, from any file name, is valid


def test_names_in_other_scripts_are_distinct_actors(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for number, name in enumerate(["Катаиб Хезболла", "Катаиб Хизбалла", "Асаиб Ахль аль-Хакк"]):
        (folder / f"a{number}.txt").write_text(f"{name} said so.\n{name} attacked the convoy.\n", encoding="utf-8")
    out = tmp_path / "out"
    build([folder], out)
    actors = [json.loads(line) for line in (out / "actors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len({a["id"] for a in actors}) == len(actors)
    assert all(a["id"] != "actor" for a in actors)


def test_outputs_honour_the_umask(built):
    previous = os.umask(0o022)
    os.umask(previous)
    for name in ("graph.ttl", "graph.html", "relations.jsonl"):
        assert stat.S_IMODE((built / name).stat().st_mode) == 0o666 & ~previous


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


FAULT_MARK = "Faultline"


@Language.component("kg_test_fails_on_a_mark")
def _fails_on_a_mark(doc):
    # a stage that fails on some text, as a fault in kg would (one did, on an unregistered state's "government")
    if FAULT_MARK in doc.text:
        raise KeyError(FAULT_MARK.lower())
    return doc


@pytest.fixture(scope="module")
def faulty_nlp():
    from kg.extraction import make_pipeline

    nlp = make_pipeline()
    nlp.add_pipe("kg_test_fails_on_a_mark", after="kg_actor_linker")
    return nlp


def test_an_article_kg_fails_on_is_a_failed_reading_and_the_others_are_read(faulty_nlp):
    long_faulty = "Nothing of note happened that day. " * 1_000 + f"{FAULT_MARK}. " + "Nothing more. " * 2_000
    articles = [Article(name, Path(f"{name}.txt"), text) for name, text in [
        ("first_faulty", f"{FAULT_MARK} struck."), ("good", GOOD), ("long_faulty", long_faulty),
        ("good_too", "Kataib Hezbollah attacked US forces in Syria."), ("last_faulty", f"{FAULT_MARK} again.")]]
    assert len(text_pieces(long_faulty)) > 2  # its middle piece fails
    readings = list(read_articles(articles, faulty_nlp))
    assert [r.article.id for r in readings] == [a.id for a in articles]
    failures = {r.article.id: r.failure for r in readings if r.failure}
    assert set(failures) == {"first_faulty", "long_faulty", "last_faulty"}
    assert all("kg_test_fails_on_a_mark" in why and "KeyError" in why for why in failures.values())
    good = {r.article.id: r for r in readings if not r.failure}
    assert ("kataib_hezbollah", "attacks", "us_forces") in {
        (x.subject, x.predicate, x.object) for x in good["good_too"].relations}
    with pytest.raises((KeyError, ValueError)):  # outside a reading, the pipeline raises as it did (spaCy wraps a
        # KeyError in a ValueError)
        faulty_nlp(f"{FAULT_MARK} once more.")


def test_a_build_goes_on_past_an_article_kg_fails_on_and_tries_it_again(tmp_path, faulty_nlp, capsys):
    folder, out = tmp_path / "articles", tmp_path / "out"
    folder.mkdir()
    (folder / "good.txt").write_text("Kataib Hezbollah attacked US forces in Syria.\n", encoding="utf-8")
    (folder / "faulty.txt").write_text(f"{FAULT_MARK}: Kataib Hezbollah attacked US forces in Iraq.\n",
                                       encoding="utf-8")
    report = build([folder], out, nlp=faulty_nlp)
    assert report.articles == 1 and [p.path.name for p in report.problems] == ["faulty.txt"]
    assert "kg could not read it" in report.problems[0].reason
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert [Path(p["path"]).name for p in summary["problems"]] == ["faulty.txt"]
    assert {json.loads(line)["article"] for line in (out / "relations.jsonl").read_text().splitlines()} == {"good"}
    again = build([folder], out, nlp=faulty_nlp)
    assert not again.up_to_date and [p.path.name for p in again.problems] == ["faulty.txt"]
