"""The bundled corpus built end to end: exports, RDF, the page, queries and the evaluation floors."""

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

from conftest import CORPUS
from rdflib import Dataset, Graph

from kg.build import build
from kg.cli import main
from kg.evaluate import evaluate, load_gold, load_prediction
from kg.exports import ACTOR_KEYS, MENTION_KEYS, RELATION_KEYS
from kg.namespace import KG
from kg.vocabulary import load_predicates
from kg.ontology import undeclared_terms
from kg.layout import STORE_DIRNAME
from kg.store import GraphStore, parse_param, resolve_query


def _jsonl(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_exports_have_exactly_the_documented_keys(built):
    for name, keys in (("actors.jsonl", ACTOR_KEYS), ("mentions.jsonl", MENTION_KEYS),
                       ("relations.jsonl", RELATION_KEYS)):
        records = _jsonl(built / name)
        assert records, name
        assert all(tuple(record) == keys for record in records), name


def test_every_relation_names_actors_mentioned_in_its_article(built):
    mentioned = {(m["article"], m["actor"]) for m in _jsonl(built / "mentions.jsonl")}
    known = {a["id"] for a in _jsonl(built / "actors.jsonl")}
    predicates = set(load_predicates())
    for relation in _jsonl(built / "relations.jsonl"):
        assert (relation["article"], relation["subject"]) in mentioned
        assert (relation["article"], relation["object"]) in mentioned
        assert {relation["subject"], relation["object"]} <= known
        assert relation["predicate"] in predicates
        assert 0.0 <= relation["confidence"] <= 1.0


def test_mention_offsets_point_at_the_mention(built):
    from tests.conftest import CORPUS
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for mention in _jsonl(built / "mentions.jsonl"):
        assert texts[mention["article"]][mention["start"]:mention["end"]] == mention["text"]


def test_evidence_offsets_point_at_the_sentence(built):
    from tests.conftest import CORPUS
    texts = {p.stem: p.read_text(encoding="utf-8") for p in CORPUS.glob("*.txt")}
    for relation in _jsonl(built / "relations.jsonl"):
        assert relation["evidence"] in texts[relation["article"]][relation["start"]:relation["end"]]


def test_rdf_files_parse_and_agree(built):
    turtle = Graph().parse(built / "graph.ttl", format="turtle")
    dataset = Dataset()
    dataset.parse(built / "graph.trig", format="trig")
    assert len(turtle) > 100
    assert len(turtle) == len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})
    statements = set(turtle.subjects(predicate=None, object=KG.RelationStatement))
    assert len(statements) >= len(_jsonl(built / "relations.jsonl"))


def test_which_actors_attack_us_forces(built):
    """The question of the issue, as a user asks it, with its rows."""
    query = """
        SELECT DISTINCT ?attacker ?label WHERE {
          ?attacker kg:attacks actor:us_forces ; skos:prefLabel ?label .
        } ORDER BY ?label
    """
    with GraphStore.open(built / STORE_DIRNAME, read_only=True) as store:
        result = store.query(query)
    attackers = {row[0] for row in result.text_rows(compact=True)}
    assert "actor:iran_backed_militias" in attackers
    assert result.columns == ["attacker", "label"]


def test_saved_query_with_a_bound_parameter(built):
    with GraphStore.open(built / STORE_DIRNAME, read_only=True) as store:
        name, term = parse_param("target=us_forces", store)
        rows = store.query(resolve_query("attackers_of"), {name: term}).rows
    assert rows and all(row[3] for row in rows)  # every row carries its evidence sentence


def test_parameter_values_are_terms_not_query_text(built):
    with GraphStore.open(built / STORE_DIRNAME, read_only=True) as store:
        name, term = parse_param('target=us_forces } UNION { ?s ?p ?o', store)
        assert store.query(resolve_query("attackers_of"), {name: term}).rows == []


def test_every_class_and_property_used_is_declared(built):
    assert undeclared_terms(Graph().parse(built / "graph.ttl", format="turtle")) == set()


def test_cli_query_prints_a_table(built, capsys):
    assert main(["query", "who_attacks_whom", "--out", str(built)]) == 0
    out = capsys.readouterr().out
    assert "attackerLabel" in out and "US forces" in out and "row(s)" in out


def test_cli_query_csv_has_full_iris(built, capsys):
    assert main(["query", "who_attacks_whom", "--format", "csv", "--out", str(built)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "attacker,attackerLabel,target,targetLabel,articles"
    assert any(line.startswith("https://w3id.org/kg-armed-actors/actor/iran_backed_militias,") for line in lines)


def test_cli_query_reports_a_bad_query(built, capsys):
    assert main(["query", "SELECT ?x WHERE {", "--out", str(built)]) == 2
    assert "query failed" in capsys.readouterr().err


def test_page_is_written(built):
    page = (built / "graph.html").read_text(encoding="utf-8")
    assert "vis.Network" in page and "kg-data" in page
    assert "https://" not in page.split("kg-data", 1)[0].split("<script>", 1)[0]


def test_seed_scores_hold_their_floors(built, seed_gold):
    predictions, types = load_prediction(built)
    report = evaluate(load_gold(seed_gold), predictions, types)
    assert report.actors.f1 >= 0.92, report.actors
    assert report.type_accuracy >= 0.95
    assert report.relations.f1 >= 0.70, report.relations


def test_confident_relations_are_more_often_right(built, seed_gold):
    predictions, types = load_prediction(built)
    report = evaluate(load_gold(seed_gold), predictions, types)
    assert report.at_confidence[0.6].precision >= report.at_confidence[0.0].precision
    assert report.at_confidence[0.8].precision >= report.at_confidence[0.6].precision


def test_two_builds_with_source_date_epoch_are_byte_identical(tmp_path, nlp, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first, second = tmp_path / "first", tmp_path / "second"
    build([CORPUS], first, nlp=nlp)
    build([CORPUS], second, nlp=nlp)
    files = sorted(p.name for p in first.iterdir() if p.is_file())
    assert "graph.trig" in files and "graph.html" in files
    assert [n for n in files if (first / n).read_bytes() != (second / n).read_bytes()] == []


def test_the_wheel_carries_every_file_the_package_reads_and_builds(tmp_path):
    """A user installs kg with pip, not from a checkout: every data file kg opens must be inside the wheel."""
    root = Path(__file__).resolve().parent.parent
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert completed.returncode == 0, completed.stderr[-2000:]
    [wheel] = tmp_path.glob("kg-*.whl")
    packaged = set(zipfile.ZipFile(wheel).namelist())
    read_by_kg = {str(p.relative_to(root)) for p in (root / "kg").rglob("*")
                  if p.is_file() and p.suffix in {".yaml", ".json", ".ttl", ".rq", ".html"}}
    assert read_by_kg and read_by_kg <= packaged, read_by_kg - packaged
    # installed into a fresh venv (its dependencies seen through a path file, not reinstalled), it builds
    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(fresh)], check=True, timeout=120)
    python = fresh / "bin" / "python"
    install = subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                             capture_output=True, text=True, timeout=300)
    assert install.returncode == 0, install.stderr[-2000:]
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    ours = next(p for p in sys.path if p.endswith("site-packages"))
    (Path(site) / "dependencies.pth").write_text(ours + "\n", encoding="utf-8")
    where = subprocess.run([str(python), "-c", "import kg; print(kg.__file__)"], capture_output=True, text=True,
                           cwd=tmp_path, check=True).stdout.strip()
    assert where.startswith(site)
    built = subprocess.run([str(fresh / "bin" / "kg"), "build", str(CORPUS), "--out", str(tmp_path / "out")],
                           capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    assert (tmp_path / "out" / "relations.jsonl").read_text(encoding="utf-8").count("\n") > 10


def test_kg_says_what_it_is_its_version_and_its_commands(capsys):
    from kg import __version__

    assert main([]) == 0
    shown = " ".join(capsys.readouterr().out.split())
    assert "kg reads news articles about armed conflict and builds a knowledge graph" in shown
    assert all(command in shown for command in ("build", "query", "eval", "train", "view", "serve", "push",
                                                "remove"))
    for command in ("view", "remove", "build", "query"):
        try:
            main([command, "--help"])
        except SystemExit:
            pass
    helps = " ".join(capsys.readouterr().out.split())
    assert "Draw the graph of everything the store holds" in helps
    assert "Remove articles from the store and from every file" in helps
    assert "relations.csv" in helps and "summary.json" in helps and "store/" in helps  # what a build writes
    assert "dcterms: xsd:" in helps  # every predefined prefix
    done = subprocess.run([str(Path(sys.executable).parent / "kg"), "--version"], capture_output=True, text=True)
    assert done.stdout.strip() == f"kg {__version__}"


def test_the_kg_command_leaves_with_its_output_whole_and_its_status(built, tmp_path):
    """The `kg` command exits without the interpreter's teardown (kg.cli.run): what a command printed still
    reaches a pipe in full, and the exit status is the command's."""
    buffered = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    kg_command = str(Path(sys.executable).parent / "kg")
    every_quad = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    done = subprocess.run([kg_command, "query", every_quad, "--format", "csv", "--out", str(built)],
                          capture_output=True, text=True, env=buffered)
    assert done.returncode == 0, done.stderr
    with GraphStore.open(built / STORE_DIRNAME, read_only=True) as store:
        held = len(store.inner)
    assert held > 1000 and len(done.stdout.splitlines()) == held + 1  # a header, then every quad
    missing = subprocess.run([kg_command, "query", every_quad, "--out", str(tmp_path / "never-built")],
                             capture_output=True, text=True, env=buffered)
    assert missing.returncode == 2 and "never-built" in missing.stderr
    helped = subprocess.run([kg_command], stdout=subprocess.PIPE, text=True, env=buffered)  # argparse's own print
    assert helped.returncode == 0 and "usage: kg" in helped.stdout and "build" in helped.stdout
