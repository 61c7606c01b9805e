"""The build folder under crashes and concurrent use: real kg processes killed with SIGKILL, a real endpoint
answering while builds and removals publish, two writers at once, and runaway queries stopped."""

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from rdflib import Graph

from kg.build import build
from kg.cli import main
from kg.layout import STORE_DIRNAME, OutputFolder
from kg.server import EndpointSettings, make_server
from kg.store import GraphStore

KG = str(Path(sys.executable).parent / "kg")
ARTICLES = {
    "a": "Kataib Hezbollah fired rockets at US forces in Syria. The Pentagon condemned the attack.\n",
    "b": "Harakat al-Nujaba threatened to strike US bases. Iraq urged Washington to withdraw its troops.\n",
    "c": "Asaib Ahl al-Haq attacked a Turkish base in Nineveh. Turkey condemned Asaib Ahl al-Haq.\n",
}


def _corpus(folder: Path, names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / f"{name}.txt").write_text(ARTICLES[name], encoding="utf-8")
    return folder


def _articles_in_files(out: Path) -> set[str]:
    mentions = [json.loads(line) for line in (out / "mentions.jsonl").read_text(encoding="utf-8").splitlines()]
    return {m["article"] for m in mentions}


def _articles_in_store(out: Path) -> set[str]:
    with OutputFolder(out).reading() as current, GraphStore.open(current / STORE_DIRNAME, read_only=True) as store:
        return set(store.article_ids())


def _whole(out: Path) -> set[str]:
    """Check every output of the folder reads, and that files and store describe one build; its articles."""
    Graph().parse(out / "graph.ttl", format="turtle")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    in_files = _articles_in_files(out)
    assert summary["articles"] == len(in_files)
    assert _articles_in_store(out) == in_files
    return in_files


def _leftovers(out: Path) -> list[str]:
    current = OutputFolder(out).current()
    builds = [p for p in (out / ".kg" / "builds").iterdir() if p.resolve() != current]
    temporary = [p for p in out.rglob("*.tmp")]
    return [str(p) for p in builds + temporary]


def test_a_build_killed_at_any_moment_leaves_the_previous_outputs_whole(tmp_path, nlp):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    second = _corpus(tmp_path / "second", "abc")
    started = time.monotonic()
    subprocess.run([KG, "build", str(second), "--out", str(tmp_path / "timed")], check=True, capture_output=True,
                   timeout=300)
    duration = time.monotonic() - started
    seen = set()
    for fraction in (0.3, 0.6, 0.8, 0.9, 0.95, 0.98):
        process = subprocess.Popen([KG, "build", str(second), "--out", str(out)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        articles = _whole(out)
        assert articles in ({"a", "b"}, {"a", "b", "c"})
        seen.add(frozenset(articles))
        if articles == {"a", "b", "c"}:  # it got through: start again from the first corpus
            build([tmp_path / "first"], out, nlp=nlp)
            main(["remove", "c", "--out", str(out)])
    assert frozenset({"a", "b"}) in seen
    build([second], out, nlp=nlp)
    assert _whole(out) == {"a", "b", "c"}
    assert _leftovers(out) == []


def test_a_cache_entry_a_killed_build_was_writing_goes_with_the_next_build(tmp_path, nlp):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    cache = OutputFolder(out).cache
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True).stdout.strip()
    abandoned = cache / "ab" / f".abc.json.{dead}.q1w2e3.tmp"
    writing = cache / "ab" / f".abd.json.{os.getpid()}.r4t5y6.tmp"  # a live build's entry, still being written
    abandoned.parent.mkdir(parents=True, exist_ok=True)
    abandoned.write_text("{", encoding="utf-8")
    writing.write_text("{", encoding="utf-8")
    build([_corpus(tmp_path / "second", "abc")], out, nlp=nlp)
    assert not abandoned.exists() and writing.exists()
    assert _whole(out) == {"a", "b", "c"}


def test_a_folder_named_relatively_keeps_its_current_set(tmp_path, nlp, monkeypatch):
    monkeypatch.chdir(tmp_path)
    first = _corpus(Path("first"), "ab")
    for _ in range(2):
        build([first], Path("out"), nlp=nlp, use_cache=False)  # each build publishes a set of its own
        assert _whole(Path("out")) == {"a", "b"}
        assert _leftovers(Path("out")) == []


def test_a_failing_stage_leaves_the_previous_set_and_says_so(tmp_path, nlp, monkeypatch, capsys):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    before = {name: (out / name).read_bytes() for name in ("graph.ttl", "relations.jsonl", "graph.html")}

    def broken_load(self, dataset, ontology=None, article_ids=None):
        raise OSError("the disk is full")

    monkeypatch.setattr(GraphStore, "load", broken_load)
    assert main(["build", str(_corpus(tmp_path / "second", "abc")), "--out", str(out)]) == 3
    assert "the disk is full" in capsys.readouterr().err
    monkeypatch.undo()
    assert {name: (out / name).read_bytes() for name in before} == before
    assert _whole(out) == {"a", "b"}
    assert _leftovers(out) == []


def test_a_second_writer_waits_or_names_the_first(tmp_path, nlp, capsys):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    holding, release = threading.Event(), threading.Event()

    def first_writer():
        with pytest.raises(InterruptedError), OutputFolder(out).writing("kg build"):
            holding.set()
            release.wait(30)
            raise InterruptedError  # a build that fails: it publishes nothing

    thread = threading.Thread(target=first_writer)
    thread.start()
    holding.wait(10)
    assert main(["remove", "a", "--no-wait", "--out", str(out)]) == 2
    message = capsys.readouterr().err
    assert f"kg build (pid {os.getpid()}) is writing to {out}" in message and "Traceback" not in message
    timer = threading.Timer(1.0, release.set)
    timer.start()
    assert main(["remove", "a", "--out", str(out)]) == 0  # waits for the first, then removes
    assert "waiting" in capsys.readouterr().err
    thread.join()
    assert _articles_in_store(out) == {"b"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(endpoint: str, query: str, timeout: float = 10) -> tuple[int, str]:
    request = urllib.request.Request(f"{endpoint}/sparql", data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def _served_articles(endpoint: str) -> set[str]:
    status, body = _ask(endpoint, "SELECT ?a WHERE { ?a a kg:Article }")
    assert status == 200, body
    return {b["a"]["value"].rsplit("/", 1)[-1] for b in json.loads(body)["results"]["bindings"]}


def _eventually(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


def test_serve_answers_from_the_store_as_builds_and_removals_leave_it(tmp_path, nlp, capsys):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    port = _free_port()
    server = subprocess.Popen([KG, "serve", "--out", str(out), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        assert _eventually(lambda: _ready(endpoint), 30)
        assert _served_articles(endpoint) == {"a", "b"}
        assert main(["build", str(_corpus(tmp_path / "second", "c")), "--out", str(out)]) == 0
        assert _eventually(lambda: _served_articles(endpoint) == {"a", "b", "c"})
        assert main(["remove", "a", "--out", str(out)]) == 0
        assert _eventually(lambda: _served_articles(endpoint) == {"b", "c"})
        capsys.readouterr()
        assert main(["query", "SELECT ?a WHERE { ?a a kg:Article }", "--format", "csv", "--out", str(out)]) == 0
        assert {line.rsplit("/", 1)[-1] for line in capsys.readouterr().out.split()[1:]} == {"b", "c"}
        with urllib.request.urlopen(f"{endpoint}/graph.html", timeout=10) as response:
            assert "Asaib Ahl al-Haq" in response.read().decode("utf-8")
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert "Traceback" not in stderr
    assert main(["remove", "b", "--out", str(out)]) == 0
    assert _leftovers(out) == []  # the sets the server's workers held are gone once no one reads them


def _ready(endpoint: str) -> bool:
    try:
        return _ask(endpoint, "ASK {}", timeout=2)[0] == 200
    except OSError:
        return False


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def test_a_client_that_hangs_up_before_its_answer_leaves_no_traceback(tmp_path, nlp):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "ab")], out, nlp=nlp)
    port = _free_port()
    server = subprocess.Popen([KG, "serve", "--out", str(out), "--port", str(port), "--timeout", "1"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    endpoint = f"http://127.0.0.1:{port}"
    try:
        assert _eventually(lambda: _ready(endpoint), 30)
        body = RUNAWAY.encode("utf-8")
        with socket.create_connection(("127.0.0.1", port)) as client:
            client.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           b"Content-Type: application/sparql-query\r\n"
                           + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
        # the runaway is stopped after its second and answered to no one; the endpoint goes on
        time.sleep(2)
        assert _ask(endpoint, "ASK {}")[0] == 200
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=30)
    assert "Traceback" not in stderr


def test_runaway_queries_are_stopped_and_the_endpoint_goes_on(tmp_path, nlp):
    out = tmp_path / "out"
    build([_corpus(tmp_path / "first", "abc")], out, nlp=nlp)
    server = make_server(out, port=0, settings=EndpointSettings(timeout=1.0))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    endpoint = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        answers = []
        runaways = [threading.Thread(target=lambda: answers.append(_ask(endpoint, RUNAWAY))) for _ in range(4)]
        for thread in runaways:
            thread.start()
        for thread in runaways:
            thread.join(30)
        assert [status for status, _ in answers] == [503] * 4
        assert all("stopped" in body for _, body in answers)
        status, body = _ask(endpoint, "ASK {}")
        assert status == 200 and json.loads(body)["boolean"] is True
        deep = "SELECT * WHERE " + "{" * 5000 + "}" * 5000
        assert _ask(endpoint, deep)[0] == 400
        assert _ask(endpoint, "ASK {}")[0] == 200
    finally:
        server.shutdown()
        server.server_close()
