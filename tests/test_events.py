"""Events: reports dated by their sentences and merged across articles, written as events.jsonl and RDF."""

import json
from datetime import date

import pytest

from kg.build import build
from kg.corpus import METADATA_FILE, read_article, read_corpus
from kg.events import EventDate, sentence_date
from kg.store import GraphStore

from conftest import DEV_CORPUS

# Three reports of one attack, each dated its own way, and a second attack by another group.
ARTICLES = {
    "wire.txt": "BAGHDAD, March 12, 2024 (Reuters) - Kataib Hezbollah fired rockets at US forces at Ain al-Asad "
                "airbase on Monday night, a US official said.\n",
    "pentagon.txt": "WASHINGTON, March 14, 2024 - Kataib Hezbollah attacked US forces at Ain al-Asad airbase on "
                    "March 11, the Pentagon said. Kataib Hezbollah also attacked US forces in January.\n",
    "weekly.txt": "Officials said Kataib Hezbollah struck US forces at Ain al-Asad airbase on Monday.\n\n"
                  "On Thursday, Harakat al-Nujaba launched drones at US forces in Syria.\n",
}


@pytest.fixture(scope="module")
def events_built(tmp_path_factory, nlp):
    corpus = tmp_path_factory.mktemp("corpus")
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    # the weekly's date is known only from the archive's metadata: Friday 15 March 2024
    (corpus / METADATA_FILE).write_text(json.dumps({"article": "weekly", "date": "2024-03-15"}) + "\n",
                                        encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    build([corpus], out, nlp=nlp)
    return out


def _events(out):
    return [json.loads(line) for line in (out / "events.jsonl").read_text(encoding="utf-8").splitlines()]


def test_reports_of_one_attack_are_one_event_with_every_source(events_built):
    shared = [e for e in _events(events_built) if (e["subject"], e["predicate"], e["object"]) ==
              ("kataib_hezbollah", "attacks", "us_forces") and e["date"] == "2024-03-11"]
    assert len(shared) == 1
    assert sorted(s["article"] for s in shared[0]["sources"]) == ["pentagon", "weekly", "wire"]
    assert shared[0]["date_precision"] == "day"
    assert all(s["evidence"] and s["end"] > s["start"] for s in shared[0]["sources"])


def test_another_attack_stays_apart(events_built):
    events = _events(events_built)
    nujaba = [e for e in events if e["subject"] == "harakat_al_nujaba" and e["predicate"] == "attacks"]
    assert [(e["date"], len(e["sources"])) for e in nujaba] == [("2024-03-14", 1)]
    earlier = [e for e in events if e["subject"] == "kataib_hezbollah" and e["date"] == "2024-01-01"]
    assert [(e["date_precision"], [s["article"] for s in e["sources"]]) for e in earlier] == [("month", ["pentagon"])]
    dates = [e["date"] for e in events if e["date"]]
    assert dates == sorted(dates)


def test_events_are_resources_with_their_sources_in_the_store(events_built):
    with GraphStore.open(events_built / "store", read_only=True) as store:
        rows = store.select("""
            SELECT ?event ?date ?count (COUNT(?statement) AS ?reports) WHERE {
              GRAPH graph:events { ?event a kg:Event ; rdf:subject actor:kataib_hezbollah ;
                                          rdf:predicate kg:attacks ; kg:eventDate ?date ; kg:sourceCount ?count ;
                                          prov:wasDerivedFrom ?statement }
              GRAPH ?article { ?statement a kg:RelationStatement }
            } GROUP BY ?event ?date ?count ORDER BY ?date""").records()
    assert [(str(r["date"]), int(r["count"]), int(r["reports"])) for r in rows] == [
        ("2024-01-01", 1, 1), ("2024-03-11", 3, 3)]


def test_removing_an_article_takes_its_reports_out_of_its_events(events_built, tmp_path, nlp):
    from kg.build import remove_articles
    import shutil
    out = tmp_path / "out"
    shutil.copytree(events_built, out, symlinks=True)
    remove_articles(out, ["weekly"])
    shared = [e for e in _events(out) if e["subject"] == "kataib_hezbollah" and e["date"] == "2024-03-11"]
    assert [sorted(s["article"] for s in e["sources"]) for e in shared] == [["pentagon", "wire"]]
    assert not [e for e in _events(out) if e["subject"] == "harakat_al_nujaba"]


@pytest.mark.parametrize("sentence, published, expected", [
    ("The base was hit on Sunday.", date(2024, 3, 12), EventDate(date(2024, 3, 10), "day")),
    ("The base was hit yesterday.", date(2024, 3, 12), EventDate(date(2024, 3, 11), "day")),
    ("The base was hit on 4 March.", date(2024, 3, 12), EventDate(date(2024, 3, 4), "day")),
    ("The base was hit last month.", date(2024, 3, 12), EventDate(date(2024, 2, 1), "month")),
    ("The base was hit in December.", date(2024, 1, 3), EventDate(date(2023, 12, 1), "month")),
    ("The group was listed in 2018.", None, EventDate(date(2018, 1, 1), "year")),
    ("The base was hit on Sunday.", None, None),
])
def test_sentence_dates_resolve_against_the_article_date(sentence, published, expected):
    assert sentence_date(sentence, published) == expected


def test_every_dev_article_is_dated_and_its_dateline_agrees_with_the_metadata():
    listed = {json.loads(line)["article"]: json.loads(line)["date"]
              for line in (DEV_CORPUS / METADATA_FILE).read_text(encoding="utf-8").splitlines() if line.strip()}
    articles, problems = read_corpus([DEV_CORPUS])
    assert not problems
    assert {a.id: a.date for a in articles} == {a.id: listed[a.id] for a in articles}
    from_text = {path.stem: read_article(path).date for path in sorted(DEV_CORPUS.glob("*.txt"))}
    read = {article: day for article, day in from_text.items() if day}
    assert read, "no dev article's dateline was read"
    assert read == {article: listed[article] for article in read}


def test_a_bad_metadata_line_is_named_and_the_rest_are_read(tmp_path):
    (tmp_path / "a.txt").write_text("Kataib Hezbollah attacked US forces.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Harakat al-Nujaba attacked US forces.\n", encoding="utf-8")
    (tmp_path / METADATA_FILE).write_text('{"article": "a", "date": "2024-02-30"}\n'
                                          '{"article": "b", "date": "2024-02-03"}\n', encoding="utf-8")
    articles, problems = read_corpus([tmp_path])
    assert {a.id: a.date for a in articles} == {"a": None, "b": "2024-02-03"}
    assert len(problems) == 1 and "line 1" in problems[0].reason and str(problems[0].path).endswith(METADATA_FILE)


def test_the_view_counts_events_not_reports_and_filters_them_by_date(events_built):
    from tests.browser import chromium

    with chromium() as browser:
        page = browser.new_page(bypass_csp=True)
        page.goto((events_built / "graph.html").resolve().as_uri())
        page.wait_for_function("window.kgDrawn !== undefined", timeout=20_000)
        assert page.inner_text("#event-count") == "3 events shown, from 5 reports"
        label = page.evaluate("window.kgData.edges.get().find(e => e.from === 'kataib_hezbollah' "
                              "&& e.to === 'us_forces').label")
        assert label == "attacks (2)"  # the March attack, reported three times, and the January one
        for end, day in (("from", "2024-03-01"), ("to", "2024-03-12")):
            page.fill(f"#date-{end}", day)
            page.dispatch_event(f"#date-{end}", "change")
        assert page.inner_text("#event-count") == "1 events shown, from 3 reports"
        # what is left is framed: every actor still shown lies inside the canvas
        outside = page.evaluate("""() => {
            const net = window.kgNetwork, box = document.querySelector('#network').getBoundingClientRect();
            const shown = window.kgData.nodes.get({filter: n => !n.hidden}).map(n => n.id);
            return shown.filter(id => { const p = net.canvasToDOM(net.getPosition(id));
                return p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height; }).length;
        }""")
        assert outside == 0
        assert page.evaluate("window.kgData.edges.get().find(e => e.from === 'harakat_al_nujaba').hidden")
        page.fill("#search", "Kataib Hezbollah")
        page.dispatch_event("#search", "change")
        when = page.locator("#panel .when").all_inner_texts()
        assert "2024-03-11 (day) · 3 sources" in when
        assert not any("2024-01-01" in text for text in when)
        page.close()


@pytest.mark.parametrize("params, expected", [
    ({}, {("Kata'ib Hezbollah", "2024-01-01"), ("Kata'ib Hezbollah", "2024-03-11"),
          ("Harakat al-Nujaba", "2024-03-14")}),
    ({"from": "2024-03-01", "to": "2024-03-12"}, {("Kata'ib Hezbollah", "2024-03-11")}),
    ({"actor": "harakat_al_nujaba"}, {("Harakat al-Nujaba", "2024-03-14")}),
])
def test_saved_query_events_takes_an_optional_date_range_and_actor(events_built, params, expected):
    with GraphStore.open(events_built / "store", read_only=True) as store:
        rows = store.select("events", **params).records()
    assert {(r["subjectLabel"], r["date"]) for r in rows if r["predicate"] == "kg:attacks"} == expected


def test_saved_queries_corroborated_and_timeline(events_built):
    with GraphStore.open(events_built / "store", read_only=True) as store:
        corroborated = store.select("corroborated").records()
        assert [(r["subjectLabel"], r["sources"]) for r in corroborated] == [("Kata'ib Hezbollah", "3")]
        assert store.select("corroborated", min="4").records() == []
        timeline = {(r["month"], r["subjectLabel"], r["events"]) for r in store.select("event_timeline").records()
                    if r["predicate"] == "kg:attacks"}
        assert timeline == {("2024-01", "Kata'ib Hezbollah", "1"), ("2024-03", "Kata'ib Hezbollah", "1"),
                            ("2024-03", "Harakat al-Nujaba", "1")}


def test_dev_build_has_dated_events_and_roles_dated_by_their_articles(dev_built):
    listed = {json.loads(line)["date"]
              for line in (DEV_CORPUS / METADATA_FILE).read_text(encoding="utf-8").splitlines() if line.strip()}
    with GraphStore.open(dev_built / "store", read_only=True) as store:
        events = store.select("events").records()
        roles = store.select("roles_over_time", organisation="kataib_hezbollah").records()
    dated = [e for e in events if e["date"]]
    assert len(dated) > 100 and len(dated) == len(events)
    assert roles and all(r["first"] <= r["last"] for r in roles)
    assert {r["first"] for r in roles} | {r["last"] for r in roles} <= listed


def test_the_store_groups_the_reports_of_every_build_into_events(tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    build([corpus / "wire.txt"], out, nlp=nlp)
    build([corpus / "pentagon.txt"], out, nlp=nlp)
    with GraphStore.open(out / "store", read_only=True) as store:
        rows = store.select("corroborated").records()
    assert [(r["subjectLabel"], r["date"], r["sources"]) for r in rows] == [("Kata'ib Hezbollah", "2024-03-11", "2")]
