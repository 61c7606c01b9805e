"""Exports for other tools: JSONL of actors, mentions and relations (exactly the documented keys), a CSV of
relations, and the actor graph as GraphML and GEXF for Gephi, yEd or Cytoscape."""

import csv
import json
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

import networkx as nx
from lxml import etree

from kg.events import Event, without_articles
from kg.extraction import Extraction
from kg.files import atomic_open
from kg.layout import ACTORS_FILE, EVENTS_FILE, GRAPH_FILES, MENTIONS_FILE, RELATIONS_CSV, RELATIONS_FILE

__all__ = ["write_jsonl_exports", "write_events", "read_events", "write_relations_csv", "write_graph_files",
           "write_gexf", "remove_from_exports", "ACTOR_KEYS", "MENTION_KEYS", "RELATION_KEYS"]

ACTOR_KEYS = ("id", "label", "type", "aliases")
MENTION_KEYS = ("article", "actor", "text", "start", "end")
RELATION_KEYS = ("article", "subject", "predicate", "object", "evidence", "start", "end", "confidence")


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with atomic_open(path) as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_jsonl_exports(extraction: Extraction, out_dir: Path) -> list[Path]:
    """Write actors.jsonl, mentions.jsonl and relations.jsonl into `out_dir`; return their paths."""
    used = {m.actor for m in extraction.mentions}
    actors = (
        dict(zip(ACTOR_KEYS, (a.id, a.name, a.type, sorted(set(a.aliases) - {a.name}))))
        for a in sorted(extraction.actors.values(), key=lambda a: a.id) if a.id in used
    )
    mentions = (dict(zip(MENTION_KEYS, m)) for m in extraction.mentions)
    relations = (
        dict(zip(RELATION_KEYS, (item.article, r.subject, r.predicate, r.object, r.evidence, r.start, r.end,
                                 r.confidence)))
        for item in extraction.best_relations() for r in [item.relation]
    )
    paths = [out_dir / ACTORS_FILE, out_dir / MENTIONS_FILE, out_dir / RELATIONS_FILE]
    for path, records in zip(paths, (actors, mentions, relations)):
        _write_jsonl(path, records)
    return paths


def write_events(events: list[Event], out_dir: Path) -> Path:
    """events.jsonl: one line per event, in the order given (by date)."""
    path = out_dir / EVENTS_FILE
    _write_jsonl(path, (event.to_json() for event in events))
    return path


def read_events(folder: Path) -> list[Event]:
    """The events a set's events.jsonl holds (none before a build wrote one)."""
    path = folder / EVENTS_FILE
    return [Event.from_json(record) for record in _records(path)] if path.is_file() else []


def write_relations_csv(extraction: Extraction, out_dir: Path) -> Path:
    """relations.csv: every distinct relation of each article, with the actors' labels."""
    path = out_dir / RELATIONS_CSV
    labels = {actor.id: actor.name for actor in extraction.actors.values()}
    with atomic_open(path) as stream:
        writer = csv.writer(stream)
        writer.writerow([*RELATION_KEYS[:4], "subject_label", "object_label", *RELATION_KEYS[4:]])
        for item in extraction.best_relations():
            r = item.relation
            writer.writerow([item.article, r.subject, r.predicate, r.object, labels.get(r.subject, r.subject),
                             labels.get(r.object, r.object), r.evidence, r.start, r.end, r.confidence])
    return path


def _records(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as stream:
        yield from (json.loads(line) for line in stream if line.strip())


def remove_from_exports(base: Path, folder: Path, article_ids: set[str]) -> tuple[dict[str, int], list[Event]]:
    """Copy the JSONL and CSV exports from the set `base` to `folder` without the articles `article_ids`, the
    actors only they named and the events only they reported; returns the counts left (articles, actors,
    relations, events) and the events."""
    mentions = [m for m in _records(base / MENTIONS_FILE) if m["article"] not in article_ids]
    relations = [r for r in _records(base / RELATIONS_FILE) if r["article"] not in article_ids]
    named = {m["actor"] for m in mentions}
    _write_jsonl(folder / ACTORS_FILE, (a for a in _records(base / ACTORS_FILE) if a["id"] in named))
    _write_jsonl(folder / MENTIONS_FILE, mentions)
    _write_jsonl(folder / RELATIONS_FILE, relations)
    with open(base / RELATIONS_CSV, encoding="utf-8", newline="") as source, \
            atomic_open(folder / RELATIONS_CSV) as stream:
        writer = csv.writer(stream)
        writer.writerows(row for number, row in enumerate(csv.reader(source))
                         if number == 0 or row[0] not in article_ids)
    events = without_articles(read_events(base), article_ids)
    write_events(events, folder)
    articles = {m["article"] for m in mentions} | {r["article"] for r in relations}
    counts = {"actors": len(named), "relations": len(relations), "articles": len(articles), "events": len(events)}
    return counts, events


@contextmanager
def _flat(graph: nx.MultiDiGraph) -> Iterator[nx.MultiDiGraph]:
    """The graph as GraphML and GEXF hold it, only scalars: its nodes' list attributes joined, without the
    graph's own (the articles and events the page shows); put back after. Only nodes hold lists, so an archive's
    edges are not copied."""
    lists = {node: {k: v for k, v in data.items() if isinstance(v, list)} for node, data in graph.nodes(data=True)}
    own = dict(graph.graph)
    try:
        graph.graph.clear()
        for node, found in lists.items():
            graph.nodes[node].update({k: "; ".join(v) for k, v in found.items()})
        yield graph
    finally:
        graph.graph.update(own)
        for node, found in lists.items():
            graph.nodes[node].update(found)


def write_graph_files(graph: nx.MultiDiGraph, out_dir: Path) -> list[Path]:
    """graph.graphml and graph.gexf of the actor graph."""
    paths = [out_dir / name for name in GRAPH_FILES]
    with _flat(graph) as flat:
        for path, write in zip(paths, (nx.write_graphml, write_gexf)):
            with atomic_open(path, "wb") as stream:
                write(flat, stream)
    return paths


_GEXF_NS = "http://www.gexf.net/1.2draft"
# GEXF's names for Python's types of attribute values.
_GEXF_TYPES = {str: "string", float: "double", int: "integer", bool: "boolean"}
# Attributes GEXF reserves for an edge's time span: a relation's character offsets are not one.
_GEXF_RENAMED = {"start": "evidence_start", "end": "evidence_end"}


def write_gexf(graph: nx.MultiDiGraph, stream: BinaryIO) -> None:
    """The graph as static GEXF 1.2, written element by element (networkx builds the whole XML tree first, an
    archive's edges held twice over). Nodes carry their label and attributes, edges their statement as id and
    their attributes; a relation's character offsets are `evidence_start` and `evidence_end`.

    >>> import io
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kh", label="Kataib Hezbollah", type="Militia")
    >>> g.add_edge("kh", "kh", key="s1", predicate="attacks", start=3, end=9)
    's1'
    >>> out = io.BytesIO(); write_gexf(g, out)
    >>> read = nx.read_gexf(io.BytesIO(out.getvalue()))
    >>> read.nodes["kh"]["label"], [d["evidence_start"] for _, _, d in read.edges(data=True)]
    ('Kataib Hezbollah', [3])
    """
    node_fields = _gexf_fields((data for _, data in graph.nodes(data=True)), skip={"label"})
    edge_fields = _gexf_fields(data for _, _, data in graph.edges(data=True))
    with etree.xmlfile(stream, encoding="utf-8") as xml:
        xml.write_declaration()
        with xml.element("gexf", xmlns=_GEXF_NS, version="1.2"), xml.element(
                "graph", defaultedgetype="directed", mode="static"):
            for kind, fields in (("node", node_fields), ("edge", edge_fields)):
                with xml.element("attributes", {"class": kind, "mode": "static"}):
                    for title, (number, kind_of_value) in fields.items():
                        xml.write(etree.Element("attribute", id=str(number), title=_GEXF_RENAMED.get(title, title),
                                                type=kind_of_value))
            with xml.element("nodes"):
                for node, data in graph.nodes(data=True):
                    element = etree.Element("node", id=str(node), label=str(data.get("label", node)))
                    _gexf_values(element, data, node_fields)
                    xml.write(element)
            with xml.element("edges"):
                for subject, obj, key, data in graph.edges(keys=True, data=True):
                    element = etree.Element("edge", id=str(key), source=str(subject), target=str(obj))
                    _gexf_values(element, data, edge_fields)
                    xml.write(element)


def _gexf_fields(records: Iterable[dict], skip: frozenset[str] | set[str] = frozenset()) -> dict[str, tuple[int, str]]:
    """Each attribute the records hold, in the order first met, with its number and GEXF type."""
    fields: dict[str, tuple[int, str]] = {}
    for record in records:
        for name, value in record.items():
            if name not in fields and name not in skip and type(value) in _GEXF_TYPES:
                fields[name] = (len(fields), _GEXF_TYPES[type(value)])
    return fields


def _gexf_values(element: etree._Element, data: dict, fields: dict[str, tuple[int, str]]) -> None:
    values = etree.SubElement(element, "attvalues")
    for name, (number, kind_of_value) in fields.items():
        if name in data:
            value = data[name]
            text = ("true" if value else "false") if kind_of_value == "boolean" else str(value)
            etree.SubElement(values, "attvalue", {"for": str(number), "value": text})
