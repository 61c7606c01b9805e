"""The RDF side against real stores: the ontology, the Oxigraph store, the endpoint over HTTP, a pushed server."""

import http.server
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.build import build
from kg.cli import main
from kg.namespace import ACTORS_GRAPH, KG, RUNS_GRAPH, actor_iri, article_graph_iri
from kg.ontology import build_ontology, load_ontology, undeclared_terms
from kg.serialization import RdfFilesError, other_formats_aside, read_quads, serialize_quads
from kg.server import EndpointSettings, make_server
from kg.layout import RDF_FORMATS, STORE_DIRNAME
from kg.store import GraphStore
from outputs import assert_same_outputs

ARTICLE_A = "Kataib Hezbollah fired rockets at US forces in Syria. The Pentagon condemned the attack.\n"
ARTICLE_B = "Harakat al-Nujaba threatened to strike US bases. Iraq urged Washington to withdraw its troops.\n"


def test_shipped_ontology_is_the_generated_one():
    assert isomorphic(load_ontology(), build_ontology())


def test_ontology_writer_answers_help_and_writes_where_told(tmp_path, monkeypatch, capsys):
    from kg.ontology import main as write_ontology

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as asked_for_help:
        write_ontology(["--help"])
    assert asked_for_help.value.code == 0 and "Turtle" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
    assert write_ontology([str(tmp_path / "ontology.ttl")]) == 0
    assert isomorphic(Graph().parse(tmp_path / "ontology.ttl", format="turtle"), build_ontology())


def test_ontology_declares_every_predicate_with_plover_domain_and_range():
    ontology = load_ontology()
    for name in ("attacks", "threatens", "accuses", "demands", "supports", "negotiates_with"):
        assert (KG[name], KG.ploverCategory, None) in ontology
    for name in ("attacks", "deployed_in", "quoted_by"):
        assert (KG[name], URIRef("http://www.w3.org/2000/01/rdf-schema#domain"), None) in ontology
        assert (KG[name], URIRef("http://www.w3.org/2000/01/rdf-schema#range"), None) in ontology


def test_undeclared_terms_are_caught():
    graph = Graph()
    graph.add((actor_iri("x"), URIRef(str(KG.attacks) + "_often"), actor_iri("y")))
    assert undeclared_terms(graph) == {URIRef(str(KG.attacks) + "_often")}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    return folder


def _count(store: GraphStore, query: str) -> int:
    return int(store.query(query).rows[0][0])


ALL_BUT_RUNS = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER (?g != <{RUNS_GRAPH}>) }}"


def test_building_again_replaces_an_article_never_duplicates(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
        first = _count(store, ALL_BUT_RUNS)
        assert store.article_ids() == ["a", "b"]
    build([corpus / "a.txt"], out, nlp=nlp)
    with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
        assert store.article_ids() == ["a", "b"]
        assert _count(store, ALL_BUT_RUNS) == first
        assert _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?run a kg:ExtractionRun }") == 2


@pytest.mark.parametrize("arguments, said", [
    (["who_attack_whom"], "there is no saved query 'who_attack_whom'; did you mean who_attacks_whom?"),
    (["attackers_of", "--param", "target=kataib_hizbollah"],
     "there is no actor 'kataib_hizbollah' in the store; did you mean kataib_hezbollah?"),
    (["attackers_of"], "this query needs --param target=ACTOR_ID (e.g. --param target=us_forces)"),
    (["attackers_of", "--param", "target=us_forces", "--param", "foo=1"],
     "the query has no variable ?foo to bind --param foo= to"),
    (["SELECT ?a WHERE { ?a kg:attacks ?t }", "--param", "t=us_forces"],
     "--param t= binds ?t, which the query must SELECT"),
])
def test_a_query_s_mistakes_are_named_with_the_way_out(built, capsys, arguments, said):
    assert main(["query", *arguments, "--out", str(built)]) == 2
    error = " ".join(capsys.readouterr().err.split())
    assert said in error and "Traceback" not in error


def test_a_build_says_when_the_store_holds_more_than_it_built(corpus, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(corpus / "a.txt"), "--out", str(out), "--jobs", "1"]) == 0
    assert "also holds" not in capsys.readouterr().out
    assert main(["build", str(corpus / "b.txt"), "--out", str(out), "--jobs", "1"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert "also holds 1 article(s) of earlier builds" in said


def test_changed_article_replaces_its_graph(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    (corpus / "a.txt").write_text("Hadi al-Amiri met Mohammed Shia al-Sudani in Baghdad.\n", encoding="utf-8")
    build([corpus / "a.txt"], out, nlp=nlp)
    with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
        attacks = store.query(f"SELECT ?s WHERE {{ GRAPH <{article_graph_iri('a')}> {{ ?s kg:attacks ?o }} }}")
        assert attacks.rows == []


def test_an_actor_no_article_names_any_more_leaves_the_store_and_the_graph(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    (corpus / "a.txt").write_text("Hadi al-Amiri met Mohammed Shia al-Sudani in Baghdad.\n", encoding="utf-8")
    # the changed article alone (the store keeps the other), then every article again
    for paths in ([corpus / "a.txt"], [corpus]):
        build(paths, out, nlp=nlp)
        with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
            assert (actor_iri("kataib_hezbollah"), None, None) not in store.dataset
            assert (actor_iri("hadi_al_amiri"), None, None) in store.dataset
        assert "kataib_hezbollah" not in nx.read_graphml(out / "graph.graphml")


def test_removing_an_article_removes_its_triples_and_orphan_actors(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    assert main(["remove", "a", "--out", str(out)]) == 0
    with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
        assert store.article_ids() == ["b"]
        assert (actor_iri("kataib_hezbollah"), None, None) not in store.dataset
        assert (actor_iri("harakat_al_nujaba"), None, None) in store.dataset
    assert main(["remove", "nope", "--out", str(out)]) == 1


def test_removing_an_article_leaves_the_files_of_a_build_without_it(corpus, tmp_path, nlp, capsys):
    out, alone = tmp_path / "out", tmp_path / "alone"
    build([corpus], out, nlp=nlp)
    build([corpus / "b.txt"], alone, nlp=nlp)
    assert main(["remove", "a", "--out", str(out)]) == 0
    assert_same_outputs(out, alone)
    assert "kataib_hezbollah" not in (out / "graph.html").read_text(encoding="utf-8")
    assert json.loads((out / "summary.json").read_text())["articles"] == 1
    assert main(["eval", str(_gold_of(tmp_path, "a")), "--out", str(out)]) == 0
    assert "1 of 1 annotated article(s) are not in the build" in " ".join(capsys.readouterr().err.split())


def _gold_of(tmp_path: Path, article: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"article": article, "actors": [], "relations": []}) + "\n", encoding="utf-8")
    return path


def test_store_answers_saved_queries_with_bound_parameters(corpus, tmp_path, capsys, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    assert main(["query", "--list", "--out", str(out)]) == 0
    assert "attackers_of" in capsys.readouterr().out
    assert main(["query", "attackers_of", "--param", "target=us_forces", "--format", "json", "--out", str(out)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {row["attacker"].rsplit("/", 1)[-1] for row in rows} == {"kataib_hezbollah"}
    assert main(["query", "x", "--param", "no-equals-sign", "--out", str(out)]) == 2


def test_rdf_serialisations_keep_named_graphs(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    for name, rdf_format in (("graph.trig", "trig"), ("graph.nq", "nquads")):
        dataset = Dataset()
        dataset.parse(out / name, format=rdf_format)
        names = {str(g.identifier) for g in dataset.graphs()}
        assert str(article_graph_iri("a")) in names and str(article_graph_iri("b")) in names
    Graph().parse(out / "graph.jsonld", format="json-ld")


def test_formats_written_aside_are_the_quads_serializers_write_here(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    quads = list(read_quads(out / "graph.nq"))
    # a literal that needs escaping, a language tag and a datatype, as a build's quads hold them
    quads.append(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/p"),
                         ox.Literal('a "quoted"\nline \\ é', language="en"), ox.NamedNode("https://example.org/g")))
    quads.append(ox.Quad(ox.NamedNode("https://example.org/s"), ox.NamedNode("https://example.org/q"),
                         ox.Literal("0.5", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal"))))
    aside, here = tmp_path / "aside", tmp_path / "here"
    aside.mkdir(), here.mkdir()
    serialize_quads(quads, "nquads", aside / "graph.nq")
    with other_formats_aside(aside) as written:
        for name, rdf_format in RDF_FORMATS.items():
            serialize_quads(quads, rdf_format, here / name)
    assert sorted(p.name for p in written) == ["graph.jsonld", "graph.trig", "graph.ttl"]
    for name in RDF_FORMATS:
        assert (aside / name).read_bytes() == (here / name).read_bytes()
    assert set(read_quads(aside / "graph.nq")) == set(quads)
    assert len(Graph().parse(aside / "graph.ttl", format="turtle")) == len({q.triple for q in quads})


def test_formats_that_cannot_be_written_aside_are_an_error_naming_the_folder(tmp_path):
    (tmp_path / "graph.nq").write_text("<https://example.org/s> <https://example.org/p> .\n", encoding="utf-8")
    with pytest.raises(RdfFilesError, match=str(tmp_path)):
        with other_formats_aside(tmp_path):
            pass
    with pytest.raises(KeyError):  # the block's own error stops the process and is the one raised
        with other_formats_aside(tmp_path / "missing"):
            raise KeyError("the block's")


def test_graph_exports_for_other_tools(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    graphml = nx.read_graphml(out / "graph.graphml")
    assert graphml.nodes["kataib_hezbollah"]["type"] == "Militia"
    assert any(d["predicate"] == "attacks" for _, _, d in graphml.edges(data=True))
    gexf = nx.read_gexf(out / "graph.gexf")
    assert "us_forces" in gexf
    # a relation's offsets are attributes of its own, not the time span GEXF reserves "start" and "end" for
    edges = [d for _, _, d in gexf.edges(data=True)]
    assert edges and all(isinstance(d["evidence_start"], int) and "start" not in d for d in edges)
    assert len({d["id"] for d in edges}) == len(edges)  # each edge one relation statement
    header = (out / "relations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("article,subject,predicate,object,subject_label,object_label,evidence")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def endpoint(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    server = make_server(out, port=0, settings=EndpointSettings(timeout=5.0, max_rows=3))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()


def _get(url: str, accept: str = "application/sparql-results+json"):
    request = urllib.request.Request(url, headers={"Accept": accept})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read().decode("utf-8")


def test_endpoint_answers_the_sparql_protocol(endpoint):
    query = urllib.parse.quote("SELECT ?a WHERE { ?a kg:attacks actor:us_forces }")
    status, headers, body = _get(f"{endpoint}/sparql?query={query}")
    assert status == 200 and headers["Content-Type"].startswith("application/sparql-results+json")
    values = [b["a"]["value"] for b in json.loads(body)["results"]["bindings"]]
    assert values == [str(actor_iri("kataib_hezbollah"))]
    status, headers, body = _get(f"{endpoint}/sparql?query={query}", accept="text/csv")
    assert body.splitlines()[0] == "a"
    status, headers, body = _get(f"{endpoint}/sparql?query={query}", accept="application/sparql-results+xml")
    assert "<sparql" in body and "kataib_hezbollah" in body
    request = urllib.request.Request(f"{endpoint}/sparql", data=b"ASK { ?s kg:attacks ?o }", method="POST",
                                     headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert json.loads(response.read())["boolean"] is True


def test_a_real_sparql_client_gets_every_format_and_the_dataset_it_names(endpoint):
    from SPARQLWrapper import JSON, TSV, TURTLE, SPARQLWrapper

    def count(default_graphs=(), named_graphs=(), query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"):
        client = SPARQLWrapper(f"{endpoint}/sparql", returnFormat=JSON)
        for graph in default_graphs:
            client.addDefaultGraph(str(graph))
        for graph in named_graphs:
            client.addNamedGraph(str(graph))
        client.setQuery(query)
        return int(client.queryAndConvert()["results"]["bindings"][0]["n"]["value"])

    everything = count()
    actors = count(default_graphs=[ACTORS_GRAPH])
    assert 0 < actors < everything
    assert count(named_graphs=[article_graph_iri("a")]) == 0  # the default graph is then empty
    in_named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert count(named_graphs=[article_graph_iri("a")], query=in_named) == 1
    client = SPARQLWrapper(f"{endpoint}/sparql", returnFormat=TSV)
    client.setQuery("SELECT ?a WHERE { ?a kg:attacks actor:us_forces }")
    response = client.query().response
    assert response.headers["Content-Type"].startswith("text/tab-separated-values")
    assert response.read().decode().splitlines() == ["?a", f"<{actor_iri('kataib_hezbollah')}>"]
    client = SPARQLWrapper(f"{endpoint}/sparql", returnFormat=TURTLE)
    client.setQuery("CONSTRUCT { ?a kg:attacks ?b } WHERE { ?a kg:attacks ?b }")
    turtle = client.query().response.read().decode()
    assert "kg:attacks" in turtle and "ns1:" not in turtle


def test_endpoint_is_read_only_and_limited(endpoint):
    for data, content_type in ((b"DROP ALL", "application/sparql-update"),
                               (b"update=DROP%20ALL", "application/x-www-form-urlencoded")):
        request = urllib.request.Request(f"{endpoint}/sparql", data=data, method="POST",
                                         headers={"Content-Type": content_type})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403
    query = urllib.parse.quote("SELECT ?s WHERE { ?s ?p ?o }")
    status, headers, body = _get(f"{endpoint}/sparql?query={query}")
    assert len(json.loads(body)["results"]["bindings"]) == 3 and headers["X-KG-Truncated"] == "true"
    with pytest.raises(urllib.error.HTTPError) as bad:
        _get(f"{endpoint}/sparql?query=" + urllib.parse.quote("SELECT WHERE {"))
    assert bad.value.code == 400


def test_endpoint_serves_the_query_page_and_the_view(endpoint):
    status, _, page = _get(f"{endpoint}/", accept="text/html")
    assert status == 200 and "attackers_of" in page
    status, _, view = _get(f"{endpoint}/graph.html", accept="text/html")
    assert status == 200 and "Kataib Hezbollah" in view


def test_endpoint_listens_on_loopback_by_default(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    server = make_server(out, port=0)
    assert server.server_address[0] == "127.0.0.1"
    server.server_close()


def _oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        pytest.fail("the oxigraph server (pip package 'oxigraph') is not installed; make test installs it")
    return found


@pytest.fixture
def oxigraph_server(tmp_path):
    port = _free_port()
    process = subprocess.Popen([_oxigraph_binary(), "serve", "--location", str(tmp_path / "server"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    else:
        process.kill()
        pytest.fail("the oxigraph server did not start")
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_push_to_a_real_triple_store_and_query_it_back(corpus, tmp_path, oxigraph_server, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    for _ in range(2):  # pushing twice replaces, never duplicates
        assert main(["push", "--endpoint", f"{oxigraph_server}/store", "--out", str(out)]) == 0
    with GraphStore.open(out / STORE_DIRNAME, read_only=True) as store:
        local = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    query = urllib.parse.quote("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    _, _, body = _get(f"{oxigraph_server}/query?query={query}")
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == local
    query = urllib.parse.quote(f"ASK {{ GRAPH <{article_graph_iri('a')}> {{ <{actor_iri('kataib_hezbollah')}> "
                               f"<{KG.attacks}> <{actor_iri('us_forces')}> }} }}")
    _, _, body = _get(f"{oxigraph_server}/query?query={query}")
    assert json.loads(body)["boolean"] is True


def test_push_names_an_unreachable_endpoint(corpus, tmp_path, capsys, nlp):
    out = tmp_path / "out"
    build([corpus], out, nlp=nlp)
    assert main(["push", "--endpoint", f"http://127.0.0.1:{_free_port()}/store", "--out", str(out)]) == 2
    assert "cannot reach" in capsys.readouterr().err


def test_a_push_the_server_refuses_is_one_line_with_what_to_check(endpoint, tmp_path, capsys):
    # kg's own endpoint is read-only: it answers a push with an error page, which must not reach the terminal
    assert main(["push", "--endpoint", f"{endpoint}/store", "--out", str(tmp_path / "out")]) == 2
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and not re.search(r"<(html|body|!doctype|p|h1)\b", message, re.I)
    assert "HTTP " in message and "Graph Store Protocol" in message


def _post(url: str, query: str, headers: dict | None = None):
    request = urllib.request.Request(url, data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query", **(headers or {})})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.read().decode("utf-8")


def test_endpoint_fetches_nothing_on_a_querys_behalf(endpoint):
    calls = []

    class Listener(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            calls.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    listener = http.server.HTTPServer(("127.0.0.1", 0), Listener)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    target = f"http://127.0.0.1:{listener.server_address[1]}/sparql"
    try:
        with pytest.raises(urllib.error.HTTPError) as refused:
            _post(f"{endpoint}/sparql", f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}")
        assert refused.value.code == 403 and "SERVICE" in refused.value.read().decode()
        assert calls == []
    finally:
        listener.shutdown()
        listener.server_close()


def test_endpoint_answers_only_to_its_own_names(endpoint):
    port = urllib.parse.urlparse(endpoint).port
    for headers, code in (({"Host": f"attacker.example:{port}"}, 421),
                          ({"Origin": "http://attacker.example"}, 403)):
        with pytest.raises(urllib.error.HTTPError) as refused:
            _post(f"{endpoint}/sparql", "ASK {}", headers)
        assert refused.value.code == code
    assert _post(f"{endpoint}/sparql", "ASK {}", {"Host": f"localhost:{port}"})[0] == 200


def test_endpoint_refuses_a_query_nesting_too_deep_and_lives(endpoint):
    with pytest.raises(urllib.error.HTTPError) as refused:
        _post(f"{endpoint}/sparql", "ASK { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }")
    assert refused.value.code == 400 and "nests" in refused.value.read().decode()
    assert _post(f"{endpoint}/sparql", "ASK {}")[0] == 200


def test_endpoint_answers_a_bad_content_length_with_400(endpoint):
    host, port = urllib.parse.urlparse(endpoint).hostname, urllib.parse.urlparse(endpoint).port
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                           b"Content-Length: twelve\r\n\r\nASK {}")
        status_line = connection.recv(200).split(b"\r\n")[0]
    assert b" 400 " in status_line
