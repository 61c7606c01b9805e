"""The interactive HTML view of the actor graph: one self-contained, offline page drawn by pyvis's vis-network.

Nodes are coloured by actor type and sized by degree (the hubs' names shown first); the relations
between a pair of actors are drawn as one arrowed edge, coloured by kind
(conflict, cooperation, structural), labelled by predicate, as wide as they are
many (an event once, however many articles report it). Every string from an
article reaches the page as JSON data and is put on the page as text, never as
markup.

    write_view(actor_graph(store), Path("output/graph.html"))
"""

import json
from collections import defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterator

import networkx as nx
import numpy as np
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.files import atomic_open
from kg.vocabulary import load_actor_types, load_predicates

__all__ = ["sampled_spring_layout", "TYPE_COLOURS", "KIND_COLOURS", "render_view", "write_view", "script_json"]

TYPE_COLOURS = {name: actor_type.colour for name, actor_type in load_actor_types().items()}
KIND_COLOURS = {"conflict": "#c0392b", "cooperation": "#27ae60", "structural": "#7f8c8d"}
# Above this many nodes the layout is computed here and physics is off, so a large page opens drawn.
STATIC_LAYOUT_FROM = 300


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


# What JSON may hold that would close, or end a line of, the <script> element it is written into.
_SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028",
                                 "\u2029": "\\u2029"})


def script_json(data: object) -> str:
    """JSON that cannot close the <script> element it is written into."""
    return "".join(_script_json_chunks(data))


def _script_json_chunks(data: object) -> Iterator[str]:
    """`script_json` in pieces: an archive's page data is never one string."""
    for chunk in _json_pieces(data):
        yield chunk.translate(_SCRIPT_ESCAPES)


def _json_pieces(data: object, depth: int = 0) -> Iterator[str]:
    """The JSON of `data`, the same text as one `json.dumps` of it, in pieces: the members of the page data and of
    its lists and maps each encoded whole by the C encoder (Python's piecewise encoder took longer than the rest of
    the page).

    >>> "".join(_json_pieces({"nodes": [{"id": "kh"}], "articles": {"a": {"title": "é"}}, "large": False}))
    '{"nodes": [{"id": "kh"}], "articles": {"a": {"title": "é"}}, "large": false}'
    """
    if depth < 2 and isinstance(data, dict) and all(isinstance(key, str) for key in data):
        yield "{"
        for number, (key, value) in enumerate(data.items()):
            yield f"{', ' if number else ''}{json.dumps(key, ensure_ascii=False)}: "
            yield from _json_pieces(value, depth + 1)
        yield "}"
    elif depth < 2 and isinstance(data, list):
        yield "["
        for number, value in enumerate(data):
            yield f"{', ' if number else ''}{json.dumps(value, ensure_ascii=False)}"
        yield "]"
    else:
        yield json.dumps(data, ensure_ascii=False)


def _network(graph: nx.MultiDiGraph) -> Network:
    """A pyvis network of the actor graph: nodes by actor, one edge per related pair."""
    predicates = load_predicates()
    net = Network(directed=True, cdn_resources="in_line")
    positions = {}
    if len(graph) > STATIC_LAYOUT_FROM:
        positions = {node: (x * 40, y * 40) for node, (x, y) in sampled_spring_layout(nx.Graph(graph)).items()}
    for node, data in graph.nodes(data=True):
        kwargs = {}
        if node in positions:
            kwargs = {"x": float(positions[node][0]), "y": float(positions[node][1]), "physics": False}
        net.add_node(
            node, label=data["label"], color=TYPE_COLOURS.get(data["type"], "#999999"),
            value=1 + graph.degree(node), actor_type=data["type"], aliases=data.get("aliases", []), **kwargs,
        )
    pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for subject, obj, data in graph.edges(data=True):
        pairs[(subject, obj)].append({
            "predicate": data["predicate"], "evidence": data["evidence"], "article": data["article"],
            "confidence": data["confidence"], "event": data.get("event"),
        })
    for (subject, obj), relations in pairs.items():
        names = sorted({r["predicate"] for r in relations})
        kinds = {predicates[name].kind for name in names}
        kind = "conflict" if "conflict" in kinds else "cooperation" if "cooperation" in kinds else "structural"
        label = ", ".join(predicates[name].label for name in names)
        # an event counts once however many articles report it; a standing relation once per predicate
        count = len({r["event"] or r["predicate"] for r in relations})
        net.add_edge(
            subject, obj, label=label + (f" ({count})" if count > 1 else ""),
            color=KIND_COLOURS[kind], value=min(count, 8), kind=kind, predicates=names,
            relations=relations, arrows="to",
        )
    net.toggle_physics(len(graph) <= STATIC_LAYOUT_FROM)
    return net


def render_view(graph: nx.MultiDiGraph, title: str = "kg actor graph") -> str:
    """The page for `graph` as one HTML string with every script and style inlined."""
    return "".join(_page(graph, title))


def write_view(graph: nx.MultiDiGraph, path: Path, title: str = "kg actor graph") -> Path:
    """Write the page for `graph` to `path` (atomically), piece by piece, and return the path."""
    with atomic_open(path) as stream:
        stream.writelines(_page(graph, title))
    return path


def _page(graph: nx.MultiDiGraph, title: str) -> Iterator[str]:
    """The page's HTML in pieces: the template around its data, and the data's JSON as it is encoded."""
    net = _network(graph)
    nodes, edges, _, _, _, options = net.get_network_data()
    environment = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    predicates = load_predicates()
    # the template is rendered around a mark that no JSON or page text holds, where the data goes
    mark = "\x00kg-data\x00"
    head, tail = environment.get_template("graph.html").render(
        title=title, vis_js=_vis_asset("vis-network.min.js"), vis_css=_vis_asset("vis-network.css"),
        data_json=mark).split(mark)
    yield head
    yield from _script_json_chunks({
        "nodes": nodes, "edges": edges, "options": json.loads(options),
        "types": TYPE_COLOURS, "kinds": KIND_COLOURS,
        "predicates": {name: p.label for name, p in predicates.items()},
        "articles": graph.graph.get("articles", {}),
        "events": graph.graph.get("events", {}),
        "large": len(graph) > STATIC_LAYOUT_FROM,
    })
    yield tail


# How strongly the layout pulls every actor towards the centre.
_GRAVITY = 0.2


def sampled_spring_layout(graph: nx.Graph, iterations: int = 60, sample: int = 128,
                          seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions by Fruchterman-Reingold forces, each node repelled by a random sample of the others.

    Exact repulsion costs n² a step; a sample of s nodes costs n·s and, rescaled, pulls
    the same way on average, so archives of thousands of actors lay out in seconds.

    >>> positions = sampled_spring_layout(nx.path_graph(5))
    >>> sorted(positions) == [0, 1, 2, 3, 4]
    True
    """
    nodes = list(graph)
    count = len(nodes)
    if count == 0:
        return {}
    rng = np.random.default_rng(seed)
    position = rng.uniform(-1.0, 1.0, size=(count, 2)) * np.sqrt(count)
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    ideal = 1.0  # the edge length forces settle towards, in layout units
    temperature = np.sqrt(count) / 5
    for step in range(iterations):
        chosen = rng.choice(count, size=min(sample, count), replace=False)
        delta = position[:, None, :] - position[None, chosen, :]
        distance = np.maximum(np.linalg.norm(delta, axis=2), 0.01)
        push = (delta * (ideal**2 / distance**2)[:, :, None]).sum(axis=1) * (count / len(chosen))
        if len(edges):
            pull_delta = position[edges[:, 0]] - position[edges[:, 1]]
            pull_length = np.linalg.norm(pull_delta, axis=1, keepdims=True)
            pull = pull_delta * pull_length / ideal
            np.add.at(push, edges[:, 0], -pull)
            np.add.at(push, edges[:, 1], pull)
        push -= _GRAVITY * position  # keeps actors without relations from drifting off
        length = np.maximum(np.linalg.norm(push, axis=1, keepdims=True), 1e-9)
        cooling = temperature * (1 - step / iterations)
        position += push / length * np.minimum(length, cooling)
    position -= position.mean(axis=0)
    # bring the few actors the first hot steps threw far back to the edge of the drawing
    radius = np.linalg.norm(position, axis=1, keepdims=True)
    edge = np.percentile(radius, 95)
    position *= np.minimum(1.0, edge / np.maximum(radius, 1e-9))
    return {node: (float(x), float(y)) for node, (x, y) in zip(nodes, position)}
