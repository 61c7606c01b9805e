"""The actor graph as networkx: read from the store's RDF, one node per actor, one edge per relation statement
(with the event it reports, if any).

    graph = actor_graph(store)
    graph.nodes["kataib_hezbollah"]["type"]
    'Militia'
"""

from collections import defaultdict, namedtuple

import networkx as nx

from kg.namespace import ACTOR, ARTICLE, EVENT, KG, local_name
from kg.store import GraphStore
from kg.vocabulary import ACTOR_TYPES

__all__ = ["actor_graph", "ego_graph"]

_ACTORS_QUERY = """
SELECT ?actor ?type ?label ?alias WHERE {
  ?actor a ?type ; skos:prefLabel ?label .
  OPTIONAL { ?actor skos:altLabel ?alias }
}
"""

# A statement and its evidence are in one article's graph: matched within each graph, Oxigraph joins them about
# three times faster than over the union of the graphs (half a second of a 260-article rebuild).
_STATEMENTS_QUERY = """
SELECT ?statement ?subject ?predicate ?object ?evidence ?article ?confidence ?start ?end WHERE {
  GRAPH ?article_graph {
    ?statement a kg:RelationStatement ;
        rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
        kg:evidenceText ?evidence ; kg:confidence ?confidence ;
        kg:startOffset ?start ; kg:endOffset ?end ;
        prov:wasDerivedFrom ?article .
  }
}
"""

_EVENTS_QUERY = """
SELECT ?event ?statement ?date ?precision ?sources WHERE {
  GRAPH graph:events {
    ?event a kg:Event ; prov:wasDerivedFrom ?statement ; kg:sourceCount ?sources .
    OPTIONAL { ?event kg:eventDate ?date ; kg:datePrecision ?precision }
  }
}
"""

_ARTICLES_QUERY = """
SELECT ?article ?id ?title ?date WHERE {
  ?article a kg:Article ; kg:articleId ?id .
  OPTIONAL { ?article dcterms:title ?title }
  OPTIONAL { ?article dcterms:date ?date }
}
"""



def actor_graph(store: GraphStore) -> nx.MultiDiGraph:
    """A multigraph of actors (nodes with label, type, aliases) and relation statements (edges), from every graph
    of the store."""
    result = nx.MultiDiGraph()
    aliases: dict[str, set[str]] = defaultdict(set)
    type_iris = {str(KG[name]): name for name in ACTOR_TYPES}
    for row in _rows(store, _ACTORS_QUERY):
        if row.type not in type_iris:
            continue
        actor = local_name(row.actor, ACTOR)
        result.add_node(actor, label=str(row.label), type=type_iris[row.type])
        if row.alias is not None:
            aliases[actor].add(str(row.alias))
    for actor, names in aliases.items():
        result.nodes[actor]["aliases"] = sorted(names)
    events, event_of = {}, {}
    for row in _rows(store, _EVENTS_QUERY):
        event = local_name(row.event, EVENT)
        event_of[row.statement] = event
        events[event] = {"date": str(row.date) if row.date else None,
                         "precision": str(row.precision) if row.precision else None, "sources": int(row.sources)}
    for row in _rows(store, _STATEMENTS_QUERY):
        subject, obj = local_name(row.subject, ACTOR), local_name(row.object, ACTOR)
        if subject not in result or obj not in result:
            continue
        result.add_edge(
            subject, obj, key=str(row.statement),
            predicate=local_name(row.predicate, KG._NS), evidence=str(row.evidence),
            article=local_name(row.article, ARTICLE), confidence=float(row.confidence),
            start=int(row.start), end=int(row.end),
            # GraphML and GEXF hold no None: a relation that reports no event has no event attribute
            **({"event": event_of[row.statement]} if row.statement in event_of else {}),
        )
    for node in result.nodes:
        result.nodes[node].setdefault("aliases", [])
    result.graph["events"] = events
    result.graph["articles"] = {
        str(row.id): {"title": str(row.title or row.id), "date": str(row.date) if row.date else None}
        for row in _rows(store, _ARTICLES_QUERY)
    }
    return result


def _rows(store: GraphStore, query: str) -> list:
    """A query's rows, each with its variables as attributes, sorted, so the same graph gives the same node and
    edge order, and the same files, every time."""
    columns, rows = store.values(query)
    row = namedtuple("Row", columns)
    return sorted((row(*values) for values in rows), key=lambda values: tuple(value or "" for value in values))


def ego_graph(graph: nx.MultiDiGraph, actor: str, depth: int = 1) -> nx.MultiDiGraph:
    """The actors within `depth` relations of `actor`, in either direction, and the relations among them."""
    if actor not in graph:
        raise KeyError(f"no actor {actor!r} in the graph")
    ego = nx.ego_graph(graph, actor, radius=depth, undirected=True)
    ego.graph.update(graph.graph)
    return ego
