"""The interactive HTML view of the actor graph: one self-contained, offline page drawn by pyvis's vis-network.

Nodes are coloured by actor type and sized by degree centrality; the relations
between a pair of actors are drawn as one arrowed edge, coloured by kind
(conflict, cooperation, structural), labelled by predicate, as wide as they are
many. Every string from an article reaches the page as JSON data and is put on
the page as text, never as markup.

    write_view(actor_graph(store), Path("output/graph.html"))
"""

import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

import networkx as nx
from jinja2 import Environment, PackageLoader, select_autoescape
from pyvis.network import Network

from kg.files import atomic_write_text
from kg.graph import sampled_spring_layout
from kg.relations import load_predicates

__all__ = ["TYPE_COLOURS", "KIND_COLOURS", "render_view", "write_view"]

TYPE_COLOURS = {
    "Country": "#1f77b4", "GovernmentBody": "#17becf", "ArmedForce": "#2ca02c", "Militia": "#d62728",
    "Official": "#ff7f0e", "Person": "#bcbd22", "Media": "#9467bd", "Organization": "#8c564b", "Place": "#7f7f7f",
}
KIND_COLOURS = {"conflict": "#c0392b", "cooperation": "#27ae60", "structural": "#7f8c8d"}
# Above this many nodes the layout is computed here and physics is off, so a large page opens drawn.
STATIC_LAYOUT_FROM = 300


def _vis_asset(name: str) -> str:
    return resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_text(encoding="utf-8")


def _script_safe(data: object) -> str:
    """JSON that cannot close the <script> element it is written into."""
    return (json.dumps(data, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _network(graph: nx.MultiDiGraph) -> Network:
    """A pyvis network of the actor graph: nodes by actor, one edge per related pair."""
    predicates = load_predicates()
    net = Network(directed=True, cdn_resources="in_line")
    centrality = nx.degree_centrality(graph) if len(graph) > 1 else {n: 0.0 for n in graph}
    positions = {}
    if len(graph) > STATIC_LAYOUT_FROM:
        positions = {node: (x * 40, y * 40) for node, (x, y) in sampled_spring_layout(nx.Graph(graph)).items()}
    for node, data in graph.nodes(data=True):
        kwargs = {}
        if node in positions:
            kwargs = {"x": float(positions[node][0]), "y": float(positions[node][1]), "physics": False}
        net.add_node(
            node, label=data["label"], color=TYPE_COLOURS.get(data["type"], "#999999"),
            size=12 + 40 * centrality.get(node, 0.0), actor_type=data["type"], aliases=data.get("aliases", []),
            **kwargs,
        )
    pairs: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for subject, obj, data in graph.edges(data=True):
        pairs[(subject, obj)].append({
            "predicate": data["predicate"], "evidence": data["evidence"], "article": data["article"],
            "confidence": data["confidence"],
        })
    for (subject, obj), relations in pairs.items():
        names = sorted({r["predicate"] for r in relations})
        kinds = {predicates[name].kind for name in names}
        kind = "conflict" if "conflict" in kinds else "cooperation" if "cooperation" in kinds else "structural"
        label = ", ".join(predicates[name].label for name in names)
        net.add_edge(
            subject, obj, label=label + (f" ({len(relations)})" if len(relations) > 1 else ""),
            color=KIND_COLOURS[kind], width=1 + min(len(relations), 8), kind=kind, predicates=names,
            relations=relations, arrows="to",
        )
    net.toggle_physics(len(graph) <= STATIC_LAYOUT_FROM)
    return net


def render_view(graph: nx.MultiDiGraph, title: str = "kg actor graph") -> str:
    """The page for `graph` as one HTML string with every script and style inlined."""
    net = _network(graph)
    nodes, edges, _, _, _, options = net.get_network_data()
    environment = Environment(loader=PackageLoader("kg", "templates"), autoescape=select_autoescape(["html"]))
    template = environment.get_template("graph.html")
    predicates = load_predicates()
    return template.render(
        title=title,
        vis_js=_vis_asset("vis-network.min.js"),
        vis_css=_vis_asset("vis-network.css"),
        data_json=_script_safe({
            "nodes": nodes, "edges": edges, "options": json.loads(options),
            "types": TYPE_COLOURS, "kinds": KIND_COLOURS,
            "predicates": {name: p.label for name, p in predicates.items()},
            "articles": graph.graph.get("articles", {}),
            "large": len(graph) > STATIC_LAYOUT_FROM,
        }),
    )


def write_view(graph: nx.MultiDiGraph, path: Path, title: str = "kg actor graph") -> Path:
    """Write the page for `graph` to `path` (atomically) and return the path."""
    atomic_write_text(path, render_view(graph, title))
    return path
