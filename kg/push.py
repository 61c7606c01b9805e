"""Push the store into any SPARQL 1.1 triple store with the Graph Store Protocol, one named graph per article.

Each graph is sent with HTTP PUT, which replaces the graph of that name on the
server, so pushing again updates the server instead of duplicating triples.

    push_store(store, "http://127.0.0.1:7878/store")
"""

import logging
import re
from typing import Callable
from urllib.error import HTTPError, URLError
from urllib.parse import quote
from urllib.request import Request, urlopen

from rdflib import Graph

from kg.store import GraphStore

__all__ = ["PushError", "push_graph", "push_store"]

logger = logging.getLogger(__name__)


# What to check, by the status a server answers a push with.
_ENDPOINT_HINT = ("give the server's Graph Store Protocol address (Oxigraph: http://HOST:7878/store, "
                  "Fuseki: http://HOST:3030/DATASET/data); kg serve is read-only and takes no pushes")
_HINTS = {
    400: "the server could not read the graph it was sent",
    401: "the server wants credentials",
    403: "the server does not let this client write",
    404: _ENDPOINT_HINT,
    405: _ENDPOINT_HINT,
    501: _ENDPOINT_HINT,
}


def _one_line(body: str, limit: int = 160) -> str:
    """A server's error page as one short line of its text: markup dropped, whitespace folded."""
    text = " ".join(re.sub(r"<[^>]*>", " ", body).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class PushError(RuntimeError):
    """The triple store refused a graph or could not be reached."""


def push_graph(endpoint: str, name: str, graph: Graph, timeout: float = 60.0) -> None:
    """Replace the graph `name` at a Graph Store Protocol `endpoint` with `graph`."""
    separator = "&" if "?" in endpoint else "?"
    url = f"{endpoint}{separator}graph={quote(name, safe='')}"
    request = Request(url, data=graph.serialize(format="nt", encoding="utf-8"), method="PUT",
                      headers={"Content-Type": "application/n-triples"})
    try:
        with urlopen(request, timeout=timeout) as response:
            response.read()
    except HTTPError as error:
        detail = _one_line(error.read().decode("utf-8", errors="replace"))
        hint = _HINTS.get(error.code, "")
        raise PushError(f"{endpoint} refused graph <{name}>: HTTP {error.code} {error.reason}"
                        + (f" ({detail})" if detail else "") + (f"; {hint}" if hint else "")) from None
    except URLError as error:
        raise PushError(f"cannot reach {endpoint}: {error.reason}") from None


def push_store(store: GraphStore, endpoint: str, timeout: float = 60.0,
               on_graph: Callable[[str], None] | None = None) -> list[str]:
    """Push every named graph of the store; returns the names pushed."""
    pushed = []
    for graph in store.dataset.graphs():
        name = str(graph.identifier)
        if name.startswith("urn:x-rdflib:"):  # rdflib's own default graph
            continue
        copy = Graph()
        for triple in graph:
            copy.add(triple)
        push_graph(endpoint, name, copy, timeout)
        pushed.append(name)
        logger.info("pushed %s (%d triples)", name, len(copy))
        if on_graph is not None:
            on_graph(name)
    return pushed
