"""RDF: an extraction as Oxigraph quads, one named graph per article (kg.serialization writes
them to files).

Actors are typed resources (``kg:Militia``, ...) with a SKOS preferred label and
their aliases as alternative labels, in the actors graph. Each article's named
graph holds the article (DCTERMS), the relations read from it as direct triples
between actors, and one ``kg:RelationStatement`` per reading, reified with
``rdf:subject``/``rdf:predicate``/``rdf:object`` and carrying its evidence
sentence, offsets, confidence and the extraction run (PROV-O).
"""

import os
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache, partial
from types import SimpleNamespace
from typing import Callable, Iterable, Iterator, TypeVar

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

import kg
from kg.actors import Actor
from kg.corpus import Article
from kg.events import Event, Report
from kg.extraction import Extraction, Mention
from kg.relations import Relation
from kg.namespace import (ACTOR, ACTORS_GRAPH, EVENT, EVENTS_GRAPH, KG, PREFIXES, RUN, RUNS_GRAPH,
                          actor_iri, article_graph_iri, article_iri, iri_safe, software_iri, statement_iri)
from kg.vocabulary import load_predicates

__all__ = ["RunInfo", "rdf_graphs", "in_graph_order", "event_quads", "without_articles", "bind_prefixes",
           "oxigraph_quad", "to_oxigraph"]


@dataclass(frozen=True)
class RunInfo:
    """What made a build: kg's version, the spaCy pipeline, the data versions, the time."""

    pipeline: str
    registry_version: int
    lexicon_version: int
    scorer_version: str
    started: datetime

    @property
    def id(self) -> str:
        return self.started.strftime("%Y%m%dT%H%M%S%fZ")

    @classmethod
    def now(cls, pipeline: str, registry_version: int, lexicon_version: int, scorer_version: str) -> "RunInfo":
        """A run starting now, or at $SOURCE_DATE_EPOCH where it is set (the reproducible-builds convention):
        two builds of one corpus with the same versions then write the same bytes."""
        epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
        started = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch.isdigit() else datetime.now(timezone.utc)
        return cls(pipeline, registry_version, lexicon_version, scorer_version, started)



AnyGraph = TypeVar("AnyGraph", bound=Graph)


def bind_prefixes(graph: AnyGraph) -> AnyGraph:
    """Bind kg's prefixes (and the standard ones it uses) on a graph or dataset; returns it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


class _NamedGraph:
    """One named graph's triples, written straight into Oxigraph quads: rdflib's in-memory graph costs more
    than the parse for an archive."""

    def __init__(self, name: URIRef, quads: set[ox.Quad]) -> None:
        self.name = to_oxigraph(name)
        self.quads = quads

    def add(self, triple: tuple[Node, Node, Node]) -> None:
        self.quads.add(oxigraph_quad(triple, self.name))

    def add_quads(self, *triples: tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]) -> None:
        """Triples of Oxigraph terms, which need no conversion."""
        self.quads.update(ox.Quad(*triple, self.name) for triple in triples)


def _actor_triples(graph: _NamedGraph, actor: Actor) -> None:
    node = actor_iri(actor.id)
    graph.add((node, RDF.type, KG[actor.type]))
    graph.add((node, SKOS.prefLabel, Literal(actor.name, lang="en")))
    graph.add((node, RDFS.label, Literal(actor.name, lang="en")))
    graph.add((node, KG.registered, Literal(actor.registered)))
    for alias in actor.aliases:
        if alias != actor.name:
            graph.add((node, SKOS.altLabel, Literal(alias, lang="en")))


def _article_triples(graph: _NamedGraph, article: Article, run: URIRef) -> URIRef:
    node = article_iri(article.id)
    graph.add((node, RDF.type, KG.Article))
    graph.add((node, RDF.type, PROV.Entity))
    graph.add((node, KG.articleId, Literal(article.id)))
    graph.add((node, DCTERMS.title, Literal(article.title or article.id)))
    graph.add((node, DCTERMS.identifier, Literal(article.path.name)))
    if article.source:
        graph.add((node, DCTERMS.source, Literal(article.source)))
    if article.date:
        graph.add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    graph.add((run, PROV.used, node))
    return node



def _run_triples(graph: _NamedGraph, run: RunInfo) -> URIRef:
    node = RUN[run.id]
    graph.add((node, RDF.type, KG.ExtractionRun))
    graph.add((node, RDF.type, PROV.Activity))
    graph.add((node, PROV.startedAtTime, Literal(run.started.isoformat(), datatype=XSD.dateTime)))
    agent = software_iri(kg.__version__)
    graph.add((node, PROV.wasAssociatedWith, agent))
    graph.add((agent, RDF.type, PROV.SoftwareAgent))
    graph.add((agent, RDFS.label, Literal(f"kg {kg.__version__}")))
    graph.add((node, KG.spacyPipeline, Literal(run.pipeline)))
    graph.add((node, KG.registryVersion, Literal(run.registry_version)))
    graph.add((node, KG.lexiconVersion, Literal(run.lexicon_version)))
    graph.add((node, KG.scorerVersion, Literal(run.scorer_version)))
    return node


def rdf_graphs(extraction: Extraction, run: RunInfo, reports: list[Report] = (),
               events: list[Event] = ()) -> Iterator[list[ox.Quad]]:
    """The extraction as RDF, one named graph's quads at a time: actors, runs, events and one graph per article,
    whose statements that report an event carry the report's date and place. The graphs come in the order of
    their names and each graph's quads in order (``in_graph_order``), so a build writes the same bytes every time
    without ever holding an archive's quads all at once. The files, the store and the actor graph are all made
    from them."""
    run_node = RUN[run.id]
    mentions, statements, dated = defaultdict(list), defaultdict(list), defaultdict(list)
    for mention in extraction.mentions:
        mentions[mention.article].append(mention)
    for item in extraction.relations:
        statements[item.article].append(item.relation)
    for report in reports:
        dated[report.article].append(report)
    makers: dict[str, Callable[[_NamedGraph], object]] = {
        str(RUNS_GRAPH): partial(_run_triples, run=run),
        str(ACTORS_GRAPH): partial(_actors_graph, actors=list(extraction.actors.values())),
    }
    for article in extraction.articles:
        makers[str(article_graph_iri(article.id))] = partial(
            _article_graph, article=article, run_node=run_node, mentions=mentions[article.id],
            statements=statements[article.id], reports=dated[article.id])
    for name in sorted([*makers, str(EVENTS_GRAPH)]):
        if name == str(EVENTS_GRAPH):
            yield from _events_in_order(events)  # an archive's events graph is its largest: an event at a time
            continue
        graph = _NamedGraph(URIRef(name), set())
        makers[name](graph)
        yield _in_order(graph.quads)


def _actors_graph(graph: _NamedGraph, actors: list[Actor]) -> None:
    for actor in actors:
        _actor_triples(graph, actor)


def _article_graph(graph: _NamedGraph, article: Article, run_node: URIRef, mentions: list[Mention],
                   statements: list[Relation], reports: list[Report]) -> None:
    """An article's graph: the article, the actors it mentions, its statements and the events they report."""
    node = _article_triples(graph, article, run_node)
    mentions_term = _oxigraph_terms().mentions
    graph.add_quads(*((_named_node(node), mentions_term, _actor_node(mention.actor)) for mention in mentions))
    for relation in statements:
        _statement_triples(graph, article.id, relation, run_node)
    for report in reports:
        _report_triples(graph, report)


def in_graph_order(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads in the order ``rdf_graphs`` gives them: by the name of their graph, then each quad's text."""
    return sorted(quads, key=lambda quad: (quad.graph_name.value, str(quad)))


def _statement_triples(graph: _NamedGraph, article_id: str, r: Relation, run_node: URIRef) -> None:
    """A relation as a triple, and as a reified statement with its evidence and provenance."""
    terms = _oxigraph_terms()
    subject, predicate, obj = _actor_node(r.subject), _predicate_node(r.predicate), _actor_node(r.object)
    node = _named_node(statement_iri(article_id, r.subject, r.predicate, r.object, r.start, r.end))
    graph.add_quads((subject, predicate, obj),
                    (node, terms.type, terms.relation_statement),
                    (node, terms.type, terms.statement),
                    (node, terms.subject, subject),
                    (node, terms.predicate, predicate),
                    (node, terms.object, obj),
                    (node, terms.evidence_text, ox.Literal(r.evidence)),
                    (node, terms.start_offset, ox.Literal(str(r.start), datatype=terms.integer)),
                    (node, terms.end_offset, ox.Literal(str(r.end), datatype=terms.integer)),
                    (node, terms.confidence, ox.Literal(str(float(r.confidence)), datatype=terms.decimal)),
                    (node, terms.pattern, ox.Literal(r.pattern)),
                    (node, terms.derived_from, _named_node(article_iri(article_id))),
                    (node, terms.generated_by, _named_node(run_node)))


@lru_cache(maxsize=1)
def _oxigraph_terms() -> SimpleNamespace:
    """The Oxigraph terms that statements, mentions, reports and events name, looked up once: a DefinedNamespace's
    attribute lookup and the term's conversion, done for each of an archive's hundred thousand quads, cost a third
    of its RDF."""
    return SimpleNamespace(**{name: ox.NamedNode(str(term)) for name, term in {
        "type": RDF.type, "statement": RDF.Statement, "relation_statement": KG.RelationStatement,
        "subject": RDF.subject, "predicate": RDF.predicate, "object": RDF.object,
        "evidence_text": KG.evidenceText, "start_offset": KG.startOffset, "end_offset": KG.endOffset,
        "confidence": KG.confidence, "pattern": KG.pattern, "derived_from": PROV.wasDerivedFrom,
        "generated_by": PROV.wasGeneratedBy, "integer": XSD.integer, "decimal": XSD.decimal, "date": XSD.date,
        "event": KG.Event, "plover_category": KG.ploverCategory, "event_date": KG.eventDate,
        "date_precision": KG.datePrecision, "place": KG.place, "source_count": KG.sourceCount,
        "report_count": KG.reportCount, "mentions": KG.mentions}.items()})


@lru_cache(maxsize=1 << 12)
def _actor_node(actor_id: str) -> ox.NamedNode:
    return ox.NamedNode(str(actor_iri(actor_id)))


@lru_cache(maxsize=64)
def _predicate_node(predicate: str) -> ox.NamedNode:
    return ox.NamedNode(str(KG[predicate]))


def event_quads(events: list[Event]) -> list[ox.Quad]:
    """The events as resources of the events graph, each derived from its reports' statements."""
    return [quad for quads in _events_in_order(events) for quad in quads]


def _events_in_order(events: list[Event]) -> Iterator[list[ox.Quad]]:
    """The events graph's quads in the order of their text, one event's at a time: every quad of an event begins
    with its node, so the events in the order of their nodes' text give the graph's quads sorted."""
    predicates = load_predicates()
    for event in sorted(events, key=lambda e: f"<{EVENT[iri_safe(e.id)]}>"):
        graph = _NamedGraph(EVENTS_GRAPH, set())
        _event_triples(graph, event, predicates)
        yield _in_order(graph.quads)


def _event_triples(graph: _NamedGraph, event: Event, predicates: dict) -> None:
    """An event as a resource of the events graph, derived from its reports' statements."""
    terms = _oxigraph_terms()
    node = _named_node(EVENT[iri_safe(event.id)])
    graph.add_quads((node, terms.type, terms.event),
                    (node, terms.subject, _actor_node(event.subject)),
                    (node, terms.predicate, _predicate_node(event.predicate)),
                    (node, terms.object, _actor_node(event.object)))
    if plover := predicates[event.predicate].plover:
        graph.add_quads((node, terms.plover_category, ox.Literal(plover)))
    if event.date is not None:
        graph.add_quads((node, terms.event_date, ox.Literal(event.date.day.isoformat(), datatype=terms.date)),
                        (node, terms.date_precision, ox.Literal(event.date.precision)))
    if event.place:
        graph.add_quads((node, terms.place, _actor_node(event.place)))
    graph.add_quads((node, terms.source_count, ox.Literal(str(len(event.articles)), datatype=terms.integer)),
                    (node, terms.report_count, ox.Literal(str(len(event.reports)), datatype=terms.integer)),
                    (node, terms.confidence, to_oxigraph(Literal(event.confidence, datatype=XSD.decimal))))
    graph.add_quads(*((node, terms.derived_from, _named_node(statement_iri(
        report.article, report.relation.subject, report.relation.predicate, report.relation.object,
        report.relation.start, report.relation.end))) for report in event.reports))


def _in_order(quads: set[ox.Quad]) -> list[ox.Quad]:
    """One graph's quads in the order every build writes them in; the set is emptied first, so they are not held
    twice while they are sorted."""
    ordered = list(quads)
    quads.clear()
    ordered.sort(key=str)
    return ordered


def _report_triples(graph: _NamedGraph, report: Report) -> None:
    """The date and place a statement's sentence gives the event it reports: what the store groups events by."""
    terms, r = _oxigraph_terms(), report.relation
    node = _named_node(statement_iri(report.article, r.subject, r.predicate, r.object, r.start, r.end))
    if report.date is not None:
        graph.add_quads((node, terms.event_date, ox.Literal(report.date.day.isoformat(), datatype=terms.date)),
                        (node, terms.date_precision, ox.Literal(report.date.precision)))
    if report.place:
        graph.add_quads((node, terms.place, _actor_node(report.place)))


def without_articles(quads: list[ox.Quad], article_ids: set[str]) -> list[ox.Quad]:
    """The quads without the graphs of `article_ids`, and without the actors no remaining article mentions."""
    removed = {to_oxigraph(article_graph_iri(a)) for a in article_ids}
    kept = [quad for quad in quads if quad.graph_name not in removed]
    mentions = to_oxigraph(KG.mentions)
    mentioned = {quad.object for quad in kept if quad.predicate == mentions}
    actors, actor_prefix = to_oxigraph(ACTORS_GRAPH), str(ACTOR)
    return [quad for quad in kept if quad.graph_name != actors or quad.subject in mentioned
            or not quad.subject.value.startswith(actor_prefix)]


def oxigraph_quad(triple: tuple[Node, Node, Node], graph_name: ox.NamedNode) -> ox.Quad:
    """An rdflib triple as the Oxigraph quad that puts it in the graph `graph_name`."""
    subject, predicate, obj = triple
    return ox.Quad(to_oxigraph(subject), to_oxigraph(predicate), to_oxigraph(obj), graph_name)


@lru_cache(maxsize=1 << 16)
def _named_node(iri: URIRef) -> ox.NamedNode:
    # a build names the same predicates, types and actors hundreds of thousands of times
    return ox.NamedNode(str(iri))


def to_oxigraph(term: Node | ox.NamedNode | ox.Literal):
    """An rdflib term as the Oxigraph term it names (an Oxigraph term as itself)."""
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return term
    if isinstance(term, URIRef):
        return _named_node(term)
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)
    raise TypeError(f"{term!r} is not an RDF term Oxigraph holds")

