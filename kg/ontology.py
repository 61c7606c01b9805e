"""kg's ontology: the classes and properties of the ``kg:`` namespace as OWL, and a check that a graph uses only them.

The relation properties come from the predicate vocabulary (kg/data/predicates.yaml)
with their PLOVER categories, domains and ranges; ``kg/ontology.ttl`` is this graph
written out (``python -m kg.ontology`` writes it; a test holds it in step).

    undeclared_terms(graph)
    set()
"""

import argparse
import sys
from importlib import resources
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.namespace import KG, ONTOLOGY_IRI
from kg.rdf import bind_prefixes
from kg.vocabulary import load_actor_types, load_predicates

__all__ = ["build_ontology", "load_ontology", "undeclared_terms", "ontology_path"]


_CLASSES = {
    KG.Actor: ("actor", "Anything that acts or is acted on in the news: a state, a force, a group, a person.", None),
    **{KG[name]: (actor_type.label, actor_type.definition, KG.Actor)
       for name, actor_type in load_actor_types().items()},
    KG.Article: ("article", "A news article kg read.", PROV.Entity),
    KG.RelationStatement: ("relation statement", "One reading of a relation from one sentence of an article.",
                           RDF.Statement),
    KG.ExtractionRun: ("extraction run", "One run of kg build.", PROV.Activity),
    KG.Event: ("event", "One real-world event, with every report of it (rdf:subject, rdf:predicate and rdf:object "
                        "say who did what to whom; prov:wasDerivedFrom names each report's statement).",
               PROV.Entity),
}

# annotation and provenance properties: (label, definition, domain, range)
_DATA_PROPERTIES = {
    KG.evidenceText: ("evidence text", "The sentence a statement is read from.", KG.RelationStatement, XSD.string),
    KG.startOffset: ("start offset", "Character offset where the evidence sentence starts in the article text.",
                     KG.RelationStatement, XSD.integer),
    KG.endOffset: ("end offset", "Character offset where the evidence sentence ends in the article text.",
                   KG.RelationStatement, XSD.integer),
    KG.confidence: ("confidence", "The extractor's confidence in a statement, or that at least one report of an "
                    "event is right, in [0, 1].", (KG.RelationStatement, KG.Event), XSD.decimal),
    KG.pattern: ("pattern", "The grammar pattern that read a statement.", KG.RelationStatement, XSD.string),
    KG.registered: ("registered", "True for an actor from kg's curated registry.", KG.Actor, XSD.boolean),
    KG.relationCount: ("relation count", "How many relation statements the actor takes part in, across the store; "
                       "kept up to date by kg on every change.", KG.Actor, XSD.integer),
    KG.articleId: ("article id", "The id of an article: its file's stem.", KG.Article, XSD.string),
    KG.spacyPipeline: ("spaCy pipeline", "The spaCy pipeline of an extraction run, with its version.",
                       KG.ExtractionRun, XSD.string),
    KG.registryVersion: ("registry version", "The version of the actor registry of an extraction run.",
                         KG.ExtractionRun, XSD.integer),
    KG.lexiconVersion: ("lexicon version", "The version of the lexicon of an extraction run.", KG.ExtractionRun,
                        XSD.integer),
    KG.scorerVersion: ("scorer version", "The version of the relation scorer model of an extraction run.",
                       KG.ExtractionRun, XSD.string),
    KG.eventDate: ("event date", "The day an event happened, as precisely as its reports give it (a month's "
                   "events are dated the first of the month).", KG.Event, XSD.date),
    KG.datePrecision: ("date precision", "How precisely the reports date an event: day, week, month, year, or "
                       "article when only the date of the article reporting it is known.", KG.Event, XSD.string),
    KG.sourceCount: ("source count", "How many articles report an event.", KG.Event, XSD.integer),
    KG.reportCount: ("report count", "How many sentences report an event.", KG.Event, XSD.integer),
}
_ANNOTATION_PROPERTIES = {
    KG.ploverCategory: ("PLOVER category", "The PLOVER event category of a relation property."),
    KG.relationKind: ("relation kind", "Conflict, cooperation or structural: how the view draws a relation."),
}
_OBJECT_PROPERTIES = {
    KG.mentions: ("mentions", "An article names the actor.", KG.Article, KG.Actor),
    KG.place: ("place", "Where an event happened, as a report names it.", KG.Event, KG.Place),
}


def _union(graph: Graph, classes: list[URIRef]) -> URIRef | BNode:
    if len(classes) == 1:
        return classes[0]
    node = BNode()
    members = BNode()
    Collection(graph, members, classes)
    graph.add((node, RDF.type, OWL.Class))
    graph.add((node, OWL.unionOf, members))
    return node


def build_ontology() -> Graph:
    """The ontology as an rdflib graph."""
    graph = bind_prefixes(Graph())
    graph.add((ONTOLOGY_IRI, RDF.type, OWL.Ontology))
    graph.add((ONTOLOGY_IRI, RDFS.label, Literal("kg: armed actors in the news", lang="en")))
    graph.add((ONTOLOGY_IRI, DCTERMS.description, Literal(
        "Actors of armed conflict (states, forces, militias, officials, media) and what they do to one another, "
        "with the provenance of every reading.", lang="en")))
    for term, (label, definition, parent) in _CLASSES.items():
        _describe(graph, term, OWL.Class, label, definition)
        if parent is not None:
            graph.add((term, RDFS.subClassOf, parent))
    _describe(graph, KG.relationProperty, OWL.ObjectProperty, "relation", "What one actor does to, or is to, another.")
    for name, predicate in load_predicates().items():
        term = KG[name]
        _describe(graph, term, OWL.ObjectProperty, predicate.label, predicate.definition)
        if predicate.symmetric:
            graph.add((term, RDF.type, OWL.SymmetricProperty))
        graph.add((term, RDFS.subPropertyOf, KG.relationProperty))
        graph.add((term, KG.relationKind, Literal(predicate.kind)))
        if predicate.plover:
            graph.add((term, KG.ploverCategory, Literal(predicate.plover)))
        graph.add((term, RDFS.domain, _union(graph, [KG[t] for t in sorted(predicate.subject_types)])))
        graph.add((term, RDFS.range, _union(graph, [KG[t] for t in sorted(predicate.object_types)])))
    for properties, kind in ((_DATA_PROPERTIES, OWL.DatatypeProperty), (_OBJECT_PROPERTIES, OWL.ObjectProperty)):
        for term, (label, definition, domain, range_) in properties.items():
            _describe(graph, term, kind, label, definition)
            graph.add((term, RDFS.domain, _union(graph, list(domain)) if isinstance(domain, tuple) else domain))
            graph.add((term, RDFS.range, range_))
    for term, (label, definition) in _ANNOTATION_PROPERTIES.items():
        _describe(graph, term, OWL.AnnotationProperty, label, definition)
    return graph


def _describe(graph: Graph, term: URIRef, kind: URIRef, label: str, definition: str) -> None:
    graph.add((term, RDF.type, kind))
    graph.add((term, RDFS.label, Literal(label, lang="en")))
    graph.add((term, SKOS.definition, Literal(definition, lang="en")))
    graph.add((term, RDFS.isDefinedBy, ONTOLOGY_IRI))


def ontology_path() -> Path:
    """Where the shipped ontology file is."""
    return Path(str(resources.files("kg").joinpath("ontology.ttl")))


def load_ontology() -> Graph:
    """The shipped ontology file, parsed."""
    return Graph().parse(ontology_path(), format="turtle")


def undeclared_terms(graph: Graph, ontology: Graph | None = None) -> set[URIRef]:
    """The kg: classes and properties a graph uses that the ontology does not declare."""
    ontology = ontology if ontology is not None else load_ontology()
    declared = set(ontology.subjects(RDF.type, None))
    namespace = str(KG._NS)
    used = {p for p in graph.predicates() if str(p).startswith(namespace)}
    used |= {o for o in graph.objects(None, RDF.type) if str(o).startswith(namespace)}
    return used - declared


def main(argv: list[str] | None = None) -> int:
    """Write the ontology as Turtle (``python -m kg.ontology [PATH]``)."""
    parser = argparse.ArgumentParser(prog="python -m kg.ontology",
                                     description="Write kg's ontology, made from the predicate vocabulary, as Turtle.")
    parser.add_argument("path", nargs="?", type=Path, default=ontology_path(),
                        help="where to write it (default: the package's kg/ontology.ttl)")
    args = parser.parse_args(argv)
    build_ontology().serialize(destination=str(args.path), format="turtle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
