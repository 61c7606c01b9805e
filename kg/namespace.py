"""kg's IRIs, one home for them: the closed namespace of the project's classes and properties, the namespaces of
its resources and their prefixes, the named graphs, and every function that makes an IRI."""

import hashlib
from urllib.parse import quote, unquote

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, DefinedNamespace

__all__ = ["KG", "ACTOR", "ARTICLE", "STATEMENT", "RUN", "EVENT", "GRAPH", "OWN_PREFIXES", "PREFIXES", "PREFIX_IRIS",
           "BASE", "ACTORS_GRAPH", "RUNS_GRAPH", "EVENTS_GRAPH", "ONTOLOGY_GRAPH", "SUMMARY_GRAPH", "ONTOLOGY_IRI",
           "actor_iri", "article_iri", "article_graph_iri", "statement_iri", "software_iri", "iri_safe", "local_name"]

BASE = "https://w3id.org/kg-armed-actors/"


class KG(DefinedNamespace):
    """Classes and properties of kg's ontology (declared in kg/ontology.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # Classes: actors by the types of the annotation guidelines
    Actor: URIRef  # anything that acts or is acted on in the news: a state, a force, a group, a person
    Country: URIRef  # a state as a political actor
    GovernmentBody: URIRef  # a ministry, office, parliament, government as an institution
    ArmedForce: URIRef  # a state's or coalition's military
    Militia: URIRef  # an armed group that is not a state's regular army
    Official: URIRef  # a person who holds or held a public or group office
    Person: URIRef  # any other named person
    Media: URIRef  # a news outlet or agency
    Organization: URIRef  # any other organisation
    Place: URIRef  # a city, region, base or border crossing

    # Classes: provenance
    Article: URIRef  # a news article kg read
    RelationStatement: URIRef  # one reading of a relation from one sentence
    ExtractionRun: URIRef  # one run of kg build
    Event: URIRef  # one real-world event, however many articles and sentences report it

    # Relation properties: the closed predicate vocabulary
    attacks: URIRef  # carried out an attack, strike, rocket or drone fire on
    kills: URIRef  # killed or assassinated
    threatens: URIRef  # threatened with force or consequences
    accuses: URIRef  # condemned, criticised, blamed or accused
    demands: URIRef  # demanded, urged or called on to act
    opposes: URIRef  # rejects or opposes
    supports: URIRef  # backs, arms, funds or supports
    negotiates_with: URIRef  # holds talks with
    member_of: URIRef  # is part of, or serves under
    leads: URIRef  # leads or commands
    spokesperson_for: URIRef  # speaks officially for
    official_of: URIRef  # holds an office in
    deployed_in: URIRef  # (an armed force) is stationed in
    located_in: URIRef  # (a place) lies in
    quoted_by: URIRef  # had a statement reported by (a news outlet)

    # Provenance properties
    relationProperty: URIRef  # the super-property of every relation property
    ploverCategory: URIRef  # the PLOVER event category a relation property belongs to
    relationKind: URIRef  # conflict, cooperation or structural
    evidenceText: URIRef  # the sentence a statement is read from
    startOffset: URIRef  # character offset where the evidence sentence starts in the article
    endOffset: URIRef  # character offset where the evidence sentence ends in the article
    confidence: URIRef  # the extractor's confidence in a statement, in [0, 1]
    pattern: URIRef  # the grammar pattern that read a statement
    registered: URIRef  # true for an actor from kg's curated registry
    articleId: URIRef  # the id of an article (its file's stem)
    mentions: URIRef  # an article names an actor
    relationCount: URIRef  # how many relation statements an actor takes part in, across the store
    spacyPipeline: URIRef  # the spaCy pipeline of an extraction run (name and version)
    registryVersion: URIRef  # the version of the actor registry of an extraction run
    lexiconVersion: URIRef  # the version of the lexicon of an extraction run
    scorerVersion: URIRef  # the version of the relation scorer model of an extraction run

    # Event properties
    eventDate: URIRef  # the day an event happened, as precisely as its reports give it
    datePrecision: URIRef  # day, week, month, year, or article (the date of the article that reports it)
    sourceCount: URIRef  # how many articles report an event
    reportCount: URIRef  # how many sentences report an event
    place: URIRef  # where an event happened, when a report names the place


ACTOR = Namespace(BASE + "actor/")
ARTICLE = Namespace(BASE + "article/")
STATEMENT = Namespace(BASE + "statement/")
RUN = Namespace(BASE + "run/")
EVENT = Namespace(BASE + "event/")
# named graphs: graph:actors, graph:runs, graph:events, graph:ontology, graph:summary, graph:article/<id>
GRAPH = Namespace(BASE + "graph/")
ACTORS_GRAPH = GRAPH.actors
RUNS_GRAPH = GRAPH.runs
EVENTS_GRAPH = GRAPH.events
ONTOLOGY_GRAPH = GRAPH.ontology
# Aggregates kept up to date on every change, so the queries that rank actors need not count the archive.
SUMMARY_GRAPH = GRAPH.summary
ONTOLOGY_IRI = URIRef(BASE + "ontology")

# kg's own prefixes, then the standard ones; prefix -> namespace, every one a plain Namespace (SPARQL engines want
# strings, not DefinedNamespace classes)
OWN_PREFIXES = {"kg": KG, "actor": ACTOR, "article": ARTICLE, "statement": STATEMENT, "run": RUN, "event": EVENT,
                "graph": GRAPH}
PREFIXES = {
    prefix: Namespace(str(namespace)) for prefix, namespace in {
        **OWN_PREFIXES,
        "rdf": RDF, "rdfs": RDFS, "owl": OWL, "skos": SKOS, "prov": PROV, "dcterms": DCTERMS, "xsd": XSD,
    }.items()
}
# The same, as the IRI text Oxigraph's parsers and serializers take.
PREFIX_IRIS = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def iri_safe(local: str) -> str:
    """A local name (an article's file stem, an id) made safe for an IRI: all but unreserved characters are
    percent-encoded, so any file name gives a valid, distinct IRI.

    >>> iri_safe("report 1 <draft>")
    'report%201%20%3Cdraft%3E'
    """
    return quote(local, safe="-._~")


def local_name(iri: str, namespace: str) -> str:
    """The local name an IRI holds after its namespace, decoded.

    >>> local_name(article_iri("report 1"), ARTICLE)
    'report 1'
    """
    return unquote(str(iri)[len(str(namespace)):])


def actor_iri(actor_id: str) -> URIRef:
    """The IRI of an actor."""
    return ACTOR[iri_safe(actor_id)]


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article."""
    return ARTICLE[iri_safe(article_id)]


def article_graph_iri(article_id: str) -> URIRef:
    """The named graph that holds one article's triples."""
    return GRAPH["article/" + iri_safe(article_id)]


def statement_iri(article_id: str, subject: str, predicate: str, obj: str, start: int, end: int) -> URIRef:
    """A stable IRI for one reading: the same article, triple and sentence give the same IRI."""
    digest = hashlib.sha1(f"{article_id}|{subject}|{predicate}|{obj}|{start}|{end}".encode()).hexdigest()[:16]
    return STATEMENT[f"{iri_safe(article_id)}-{digest}"]


def software_iri(version: str) -> URIRef:
    """The IRI of one version of kg, the agent of its extraction runs."""
    return URIRef(BASE + "software/kg/" + version)
