"""A read-only SPARQL 1.1 Protocol endpoint for a build folder's store, with a query page and the viewer.

Listens on 127.0.0.1 unless told otherwise; answers only requests addressed to
it by a name it knows (Host and Origin checked); refuses updates (the store
changes only through kg build and kg remove) and SERVICE calls to other
endpoints unless their hosts are named; refuses queries longer or nesting
deeper than the engine is given; cuts a result at a row limit.

Each query runs in a worker process reading the folder's current set of outputs,
so the endpoint answers from the store as the last build or removal left it, and
a query past its time limit is stopped by killing its worker (a new one takes its
place at once), never left running.

    server = make_server(Path("output"), port=0)
    server.serve_forever()
"""

import json
import logging
import multiprocessing
import queue
import time
from contextlib import ExitStack
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable, NamedTuple
from urllib.parse import parse_qs, urlparse
from xml.sax.saxutils import escape, quoteattr

from rdflib import BNode, Literal, URIRef

from kg.layout import STORE_DIRNAME, VIEW_FILE, OutputFolder
from kg.store import GraphStore, QueryDataset, QueryResult, StoreError, saved_queries, service_targets
from kg.view import script_json

__all__ = ["EndpointSettings", "EndpointServer", "EndpointHandler", "QueryPool", "Answer", "make_server",
           "results_json", "results_tsv", "results_xml", "accepted_hosts", "refused_service"]

logger = logging.getLogger(__name__)

JSON_TYPE = "application/sparql-results+json"
XML_TYPE = "application/sparql-results+xml"
CSV_TYPE = "text/csv"
TSV_TYPE = "text/tab-separated-values"
TURTLE_TYPE = "text/turtle"
_UPDATE_TYPES = ("application/sparql-update",)
_MAX_BODY = 1_000_000


@dataclass(frozen=True)
class EndpointSettings:
    """How the endpoint answers: its time and row limits, the names it may be addressed by besides the address it
    listens on, and the hosts a query's SERVICE clause may call (none unless named)."""

    timeout: float = 10.0
    max_rows: int = 10_000
    allowed_hosts: frozenset[str] = frozenset()
    allowed_services: frozenset[str] = frozenset()


_LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def accepted_hosts(listening_on: str, settings: EndpointSettings) -> frozenset[str]:
    """The host names a request may address the server by: where it listens (the loopback names when that is
    loopback), and the names it was told to accept. Anything else is a DNS-rebinding page or a misdirected
    request."""
    names = {listening_on, *settings.allowed_hosts}
    if listening_on in _LOOPBACK_NAMES:
        names |= _LOOPBACK_NAMES
    return frozenset(name.lower() for name in names)


def refused_service(query: str, settings: EndpointSettings) -> str | None:
    """Why a query's SERVICE clause is refused (the endpoint fetches nothing on a query's behalf unless told to),
    or None."""
    for target in service_targets(query):
        host = urlparse(target).hostname
        if host is None or host.lower() not in settings.allowed_services:
            return (f"SERVICE {target} is refused: this endpoint calls no other endpoint unless started with "
                    "--allow-service naming its host")
    return None


def _term_json(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    value = {"type": "literal", "value": str(term)}
    if isinstance(term, Literal) and term.language:
        value["xml:lang"] = term.language
    elif isinstance(term, Literal) and term.datatype:
        value["datatype"] = str(term.datatype)
    return value


def results_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: _term_json(term) for name, term in zip(result.columns, row) if term is not None}
                for row in result.rows]
    return json.dumps({"head": {"vars": result.columns}, "results": {"bindings": bindings}}, ensure_ascii=False)


def _term_tsv(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term).translate(_TSV_ESCAPES)
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"})


def results_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: terms in their Turtle form, so IRIs and literals stay apart."""
    if result.boolean is not None:
        return f"?boolean\n{'true' if result.boolean else 'false'}\n"
    lines = ["\t".join(f"?{column}" for column in result.columns)]
    lines += ["\t".join(_term_tsv(term) for term in row) for row in result.rows]
    return "\n".join(lines) + "\n"


def results_xml(result: QueryResult) -> str:
    """SPARQL Query Results XML."""
    out = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.boolean is not None:
        out.append(f"<head/><boolean>{'true' if result.boolean else 'false'}</boolean></sparql>")
        return "".join(out)
    out.append("<head>" + "".join(f"<variable name={quoteattr(c)}/>" for c in result.columns) + "</head><results>")
    for row in result.rows:
        out.append("<result>")
        for name, term in zip(result.columns, row):
            if term is None:
                continue
            if isinstance(term, URIRef):
                value = f"<uri>{escape(str(term))}</uri>"
            elif isinstance(term, BNode):
                value = f"<bnode>{escape(str(term))}</bnode>"
            else:
                attributes = ""
                if term.language:
                    attributes = f" xml:lang={quoteattr(term.language)}"
                elif term.datatype:
                    attributes = f" datatype={quoteattr(str(term.datatype))}"
                value = f"<literal{attributes}>{escape(str(term))}</literal>"
            out.append(f"<binding name={quoteattr(name)}>{value}</binding>")
        out.append("</result>")
    out.append("</results></sparql>")
    return "".join(out)


_WRITERS: dict[str, Callable[[QueryResult], str]] = {JSON_TYPE: results_json, CSV_TYPE: QueryResult.to_csv,
                                                      TSV_TYPE: results_tsv, XML_TYPE: results_xml}


def _negotiate(accept: str) -> str:
    for part in (p.split(";")[0].strip() for p in accept.split(",")):
        if part in _WRITERS:
            return part
        if part in {"application/json", "text/json"}:
            return JSON_TYPE
        if part in {"application/xml", "text/xml"}:
            return XML_TYPE
    return JSON_TYPE


def _query_page() -> str:
    page = resources.files("kg").joinpath("templates", "query.html").read_text(encoding="utf-8")
    examples = script_json(saved_queries())
    return page.replace("/*SAVED_QUERIES*/{}", examples)


class _Request(NamedTuple):
    """A query as the SPARQL protocol carries it: its text and the dataset its parameters name."""

    query: str
    dataset: QueryDataset | None


def _protocol_request(params: dict[str, list[str]], query: str | None = None) -> _Request | None:
    """The query (from `params` unless given) and its protocol dataset: default-graph-uri and named-graph-uri,
    which replace the store's own dataset when either is given."""
    query = query if query is not None else (params.get("query") or [None])[0]
    if query is None:
        return None
    defaults, named = params.get("default-graph-uri", []), params.get("named-graph-uri", [])
    dataset = QueryDataset(tuple(defaults), tuple(named)) if defaults or named else None
    return _Request(query, dataset)


class EndpointHandler(BaseHTTPRequestHandler):
    """One request to the endpoint: the query page at /, the viewer at /graph.html, the SPARQL protocol at
    /sparql. Requests addressed by a name the server does not answer to are refused first."""

    server: "EndpointServer"
    server_version = "kg-sparql"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the name http.server gives it
        logger.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        if not self._addressed_rightly():
            return
        url = urlparse(self.path)
        route = {"/": self._query_page, "/graph.html": self._view, "/sparql": self._sparql_get}.get(url.path)
        if route is None:
            self._error(HTTPStatus.NOT_FOUND, "not found: try /, /sparql or /graph.html")
        else:
            route(parse_qs(url.query))

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        if not self._addressed_rightly():
            return
        url = urlparse(self.path)
        if url.path != "/sparql":
            self._error(HTTPStatus.NOT_FOUND, "not found: POST queries to /sparql")
            return
        body = self._body()
        if body is None:
            return
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if content_type in _UPDATE_TYPES:
            self._refuse_update()
        elif content_type == "application/sparql-query":
            self._answer(_protocol_request(parse_qs(url.query), body))
        elif content_type == "application/x-www-form-urlencoded":
            self._sparql_get(parse_qs(body))
        else:
            self._error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                        "send application/sparql-query or application/x-www-form-urlencoded")

    # -- routes

    def _query_page(self, _: dict) -> None:
        self._send(HTTPStatus.OK, _query_page(), "text/html",
                   {"Content-Security-Policy": "default-src 'self'; script-src 'unsafe-inline'; "
                                               "style-src 'unsafe-inline'"})

    def _view(self, _: dict) -> None:
        folder = self.server.folder
        try:
            self._send(HTTPStatus.OK, (folder.root / VIEW_FILE).read_text(encoding="utf-8"), "text/html")
        except FileNotFoundError:
            self._error(HTTPStatus.NOT_FOUND, f"no view yet: run 'kg build --out {folder.root}'")

    def _sparql_get(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._refuse_update()
        elif (request := _protocol_request(params)) is None:
            self._error(HTTPStatus.BAD_REQUEST, "give the query as query=")
        else:
            self._answer(request)

    # -- helpers

    def _body(self) -> str | None:
        length_header = self.headers.get("Content-Length") or "0"
        if not length_header.isdigit():
            self.close_connection = True
            self._error(HTTPStatus.BAD_REQUEST, f"Content-Length {length_header!r} is not a length")
            return None
        if int(length_header) > _MAX_BODY:
            self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "the request is too large")
            return None
        return self.rfile.read(int(length_header)).decode("utf-8", errors="replace")

    def _send(self, status: HTTPStatus, body: str, content_type: str, headers: dict | None = None) -> None:
        data = body.encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", f"{content_type}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("X-Content-Type-Options", "nosniff")
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            # a client that stopped waiting (its own timeout) is no fault of the server's
            logger.info("%s went away before its %d answer was sent", self.client_address[0], status)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, message + "\n", "text/plain")

    def _addressed_rightly(self) -> bool:
        """The Host (and Origin, when sent) name this server; else answer 421 or 403 and say no."""
        hosts = self.server.hosts
        host = urlparse(f"//{self.headers.get('Host') or ''}").hostname or ""
        if host.lower() not in hosts:
            self._error(HTTPStatus.MISDIRECTED_REQUEST, f"this server does not answer to the host {host!r}")
            return False
        origin = self.headers.get("Origin")
        if origin and (urlparse(origin).hostname or "").lower() not in hosts:
            self._error(HTTPStatus.FORBIDDEN, f"requests from {origin} are refused")
            return False
        return True

    def _refuse_update(self) -> None:
        # the store changes only through kg build and kg remove, which keep its graphs consistent
        self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")

    def _answer(self, request: _Request) -> None:
        settings = self.server.settings
        if reason := refused_service(request.query, settings):
            self._error(HTTPStatus.FORBIDDEN, reason)
            return
        content_type = _negotiate(self.headers.get("Accept") or "")
        answer = self.server.pool.run(request, content_type, settings.timeout)
        self._send(answer.status, answer.body, answer.content_type, answer.headers)


class EndpointServer(ThreadingHTTPServer):
    """The endpoint's HTTP server: what its handlers share (the folder, the names it answers to, the limits and
    the query workers). ``server_close`` stops the workers too."""

    daemon_threads = True

    def __init__(self, out_dir: Path, host: str, port: int, settings: EndpointSettings) -> None:
        super().__init__((host, port), EndpointHandler)
        self.folder = OutputFolder(out_dir)
        self.hosts = accepted_hosts(host, settings)
        self.settings = settings
        self.pool = QueryPool(out_dir, settings.max_rows)

    def server_close(self) -> None:
        super().server_close()
        self.pool.close()


def make_server(out_dir: Path, *, host: str = "127.0.0.1", port: int = 7878,
                settings: EndpointSettings = EndpointSettings()) -> EndpointServer:
    """An HTTP server for the build folder `out_dir`: the SPARQL protocol at /sparql, the query page at /, the
    viewer at /graph.html."""
    return EndpointServer(out_dir, host, port, settings)


@dataclass(frozen=True)
class Answer:
    """An HTTP answer to a query, made in a worker process."""

    status: HTTPStatus
    body: str
    content_type: str
    headers: dict[str, str]


def _plain(status: HTTPStatus, message: str) -> Answer:
    return Answer(status, message + "\n", "text/plain", {})


@dataclass
class _Worker:
    process: multiprocessing.Process
    connection: Connection


class QueryPool:
    """Worker processes answering queries on a build folder's current store, one query at a time each.

    A query that runs past its time limit is stopped by killing its worker, and a new worker takes the place at
    once: runaway queries never pile up. The workers are forked from a server process that has already imported
    kg, so a new one is ready in milliseconds.
    """

    def __init__(self, out_dir: Path, max_rows: int, size: int = 4) -> None:
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload([__name__])
        self._out_dir, self._max_rows = str(out_dir), max_rows
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._workers: list[_Worker] = []
        for _ in range(size):
            self._idle.put(self._start())

    def _start(self) -> _Worker:
        ours, theirs = self._context.Pipe()
        process = self._context.Process(target=_answer_queries, args=(theirs, self._out_dir, self._max_rows),
                                        daemon=True, name="kg-query")
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self._workers.append(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.connection.close()
        self._workers.remove(worker)
        self._idle.put(self._start())

    def run(self, request: "_Request", content_type: str, timeout: float) -> Answer:
        """Answer `request` in `content_type` (a SPARQL results format), or 503 when it is not done in
        `timeout`."""
        deadline = time.monotonic() + timeout
        late = _plain(HTTPStatus.SERVICE_UNAVAILABLE, f"the query ran past the time limit of {timeout:g} s "
                                                      "and was stopped")
        try:
            worker = self._idle.get(timeout=timeout)
        except queue.Empty:
            return late
        try:
            worker.connection.send((request, content_type))
            if worker.connection.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.connection.recv()
                self._idle.put(worker)
                return answer
        except (EOFError, OSError):
            self._replace(worker)
            return _plain(HTTPStatus.BAD_REQUEST, "the query stopped the engine")
        self._replace(worker)
        return late

    def close(self) -> None:
        """Stop every worker."""
        for worker in list(self._workers):
            worker.process.kill()
            worker.process.join()
            worker.connection.close()
        self._workers.clear()


def _answer_queries(connection: Connection, out_dir: str, max_rows: int) -> None:
    """A worker's life: answer each query on the folder's current set, opening the newer set when one is
    published, and holding the set it reads so that no writer deletes it meanwhile."""
    folder = OutputFolder(Path(out_dir))
    held, store, reading = ExitStack(), None, None
    while True:
        try:
            request, content_type = connection.recv()
        except (EOFError, KeyboardInterrupt):
            held.close()
            return
        if store is None or (folder.current() or folder.root) != reading:
            held.close()
            held = ExitStack()
            reading = held.enter_context(folder.reading())
            try:
                store = held.enter_context(GraphStore.open(reading / STORE_DIRNAME, read_only=True))
            except StoreError as error:
                store = None
                connection.send(_plain(HTTPStatus.SERVICE_UNAVAILABLE, str(error)))
                continue
        connection.send(_answer(store, request, content_type, max_rows))


def _answer(store: GraphStore, request: _Request, content_type: str, max_rows: int) -> Answer:
    try:
        result = store.query(request.query, max_rows=max_rows, dataset=request.dataset)
    except (SyntaxError, ValueError) as error:
        return _plain(HTTPStatus.BAD_REQUEST, f"bad query: {error}")
    except Exception as error:  # noqa: BLE001 - an engine error is the query's, not the server's, to report
        return _plain(HTTPStatus.BAD_REQUEST, f"the query failed: {error}")
    headers = {}
    if len(result.rows) > max_rows:
        result.rows = result.rows[:max_rows]
        headers["X-KG-Truncated"] = "true"
    if result.graph is not None:
        return Answer(HTTPStatus.OK, result.graph.serialize(format="turtle"), TURTLE_TYPE, headers)
    return Answer(HTTPStatus.OK, _WRITERS[content_type](result), content_type, headers)
