"""The persistent graph: an on-disk Oxigraph store behind the rdflib API, and SPARQL over it.

Each article lives in its own named graph, so building an article again replaces
its graph (one atomic SPARQL update) and removing it removes its triples; the
actors graph holds what is known of every actor still named by some article.
Query parameters are bound as RDF terms (SEP-0007 substitution), never pasted
into the query text.

    with GraphStore.open(Path("output/store")) as store:
        store.query("SELECT ?a WHERE { ?a kg:attacks actor:us_forces }")
"""

import csv
import gc
import io
import re
import sys
from difflib import get_close_matches
from functools import cache, cached_property
from dataclasses import dataclass
from datetime import date
from importlib import resources
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Iterable

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import RDF, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.events import EventDate, Report, event_predicates, group_reports
from kg.namespace import (ACTOR, ACTORS_GRAPH, EVENTS_GRAPH, KG, ONTOLOGY_GRAPH, OWN_PREFIXES, PREFIX_IRIS, PREFIXES,
                          RUNS_GRAPH, SUMMARY_GRAPH, article_graph_iri, local_name)
from kg.rdf import bind_prefixes, event_quads, oxigraph_quad, to_oxigraph
from kg.serialization import read_quads
from kg.relations import Relation

__all__ = ["QueryResult", "QueryDataset", "GraphStore", "StoreError", "compact_iri",
           "resolve_query", "saved_queries", "parse_param", "check_query_size", "service_targets", "query_structure",
           "MAX_QUERY_DEPTH", "MAX_QUERY_LENGTH"]

@cache
def _event_predicate_nodes() -> frozenset[ox.NamedNode]:
    return frozenset(ox.NamedNode(str(KG[name])) for name in event_predicates())


def _event_triples(quads: Iterable[ox.Quad]) -> set[tuple[ox.NamedNode, ...]]:
    """The actor-to-actor event triples among `quads`."""
    predicates = _event_predicate_nodes()
    return {(q.subject, q.predicate, q.object) for q in quads if q.predicate in predicates}


def _article_graphs(nquads: Path, prefix: str) -> list[str]:
    """The article graphs (names starting with `prefix`) of an N-Quads file, read a quad at a time: an archive's
    quads are never all held."""
    return sorted({name for quad in read_quads(nquads) if (name := quad.graph_name.value).startswith(prefix)})


def _reports_query(restriction: str) -> str:
    """Every statement of an event predicate (those `restriction`, a VALUES clause, allows), with its article
    and the date and place its sentence gives."""
    predicates = " ".join(f"<{KG[name]}>" for name in sorted(event_predicates()))
    return f"""
SELECT ?id ?subject ?predicate ?object ?evidence ?start ?end ?confidence ?date ?precision ?place WHERE {{
  {restriction}
  VALUES ?predicate {{ {predicates} }}
  ?statement a <{KG.RelationStatement}> ; <{RDF.subject}> ?subject ; <{RDF.predicate}> ?predicate ;
      <{RDF.object}> ?object ; <{KG.evidenceText}> ?evidence ; <{KG.startOffset}> ?start ;
      <{KG.endOffset}> ?end ; <{KG.confidence}> ?confidence ; <{PROV.wasDerivedFrom}> ?article .
  ?article <{KG.articleId}> ?id .
  OPTIONAL {{ ?statement <{KG.eventDate}> ?date ; <{KG.datePrecision}> ?precision }}
  OPTIONAL {{ ?statement <{KG.place}> ?place }}
}}"""


# Quads per call of Oxigraph's bulk loader (GraphStore.bulk_load): for 645k quads, batches of 100,000 held 151 MB
# more than the process before, of 25,000 52 MB, and loaded fastest (4.3 s against 5.1 s).
_LOAD_BATCH = 25_000
# A relation statement is what an article's graph says rdf:subject and rdf:object of (the events graph says them of
# events): telling them apart by graph, not by their type, recounts 1.35M quads in 0.1 s, not 2.1 s.
_SUMMARY_UPDATE = f"""
DROP SILENT GRAPH <{SUMMARY_GRAPH}> ;
INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?actor <{KG.relationCount}> ?relations }} }}
WHERE {{
  SELECT ?actor (COUNT(*) AS ?relations)
  WHERE {{
    VALUES ?side {{ <{RDF.subject}> <{RDF.object}> }}
    GRAPH ?article {{ ?statement ?side ?actor }}
    FILTER (?article NOT IN ({", ".join(f"<{g}>" for g in (ACTORS_GRAPH, EVENTS_GRAPH, RUNS_GRAPH, ONTOLOGY_GRAPH,
                                                                SUMMARY_GRAPH))}))
  }}
  GROUP BY ?actor
}}
"""
_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][\w-]*):(?P<local>[\w.-]*)$")


class StoreError(RuntimeError):
    """The store cannot be opened or used (missing, locked by another process, ...)."""


@dataclass
class QueryResult:
    """A SELECT's columns and rows of RDF terms (None where unbound), an ASK's answer, or a CONSTRUCT's graph."""

    columns: list[str]
    rows: list[list[Node | None]]
    boolean: bool | None = None
    graph: Graph | None = None

    def records(self) -> list[dict[str, str]]:
        """The rows as records of text by column, IRIs in kg's namespaces as prefixed names: a table for pandas
        (``pd.DataFrame(result.records())``) or a CSV writer."""
        return [dict(zip(self.columns, row)) for row in self.text_rows(compact=True)]

    def text_rows(self, compact: bool = False) -> list[list[str]]:
        """The rows as text; with `compact`, IRIs in kg's namespaces as prefixed names (actor:houthis)."""
        return [["" if term is None else compact_iri(term) if compact else str(term) for term in row]
                for row in self.rows]

    def to_csv(self) -> str:
        """The result as SPARQL 1.1 Query Results CSV: a header of the columns, or of "boolean" for an ASK."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        if self.boolean is not None:
            writer.writerows([["boolean"], ["true" if self.boolean else "false"]])
        else:
            writer.writerow(self.columns)
            writer.writerows(self.text_rows())
        return buffer.getvalue()


def compact_iri(term: Node) -> str:
    """ "actor:houthis" for an IRI in one of kg's namespaces; other terms as they are."""
    if isinstance(term, URIRef):
        for prefix in OWN_PREFIXES:
            namespace = str(PREFIXES[prefix])
            if str(term).startswith(namespace):
                return f"{prefix}:{str(term)[len(namespace):]}"
    return str(term)


class GraphStore:
    """kg's graph in Oxigraph, through an rdflib Dataset whose default graph is the union of all graphs."""

    def __init__(self, inner: ox.Store, path: Path | None = None, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self.inner = inner

    @cached_property
    def dataset(self) -> Dataset:
        """The store as an rdflib Dataset, made when first asked for: a build never needs it, and letting go of
        one takes a full garbage collection (see ``close``)."""
        return bind_prefixes(Dataset(store=OxigraphStore(store=self.inner), default_union=True))

    @classmethod
    def open(cls, path: Path | None = None, read_only: bool = False) -> "GraphStore":
        """The store at `path` (created if missing, unless read-only), or a new in-memory store."""
        if path is None:
            return cls(ox.Store())
        if read_only and not path.exists():
            raise StoreError(f"there is no store at {path}: run 'kg build --out {path.parent}' first")
        try:
            inner = ox.Store.read_only(str(path)) if read_only else ox.Store(str(path))
        except OSError as error:
            raise StoreError(f"cannot open the store at {path}: {error}") from None
        return cls(inner, path, read_only)

    @classmethod
    def open_copy(cls, source: Path | None, path: Path) -> "GraphStore":
        """A new store at `path` holding what the store at `source` holds (an empty one where `source` is None);
        `source` is only read, and on the same file system the copy shares its immutable files."""
        if source is not None:
            try:
                ox.Store.read_only(str(source)).backup(str(path))
            except OSError as error:
                raise StoreError(f"cannot copy the store at {source}: {error}") from None
        return cls.open(path)

    def __enter__(self) -> "GraphStore":
        return self

    def __exit__(self, kind: type | None, value: BaseException | None, traceback: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Flush and let go of the store, releasing its lock for the next process or build."""
        if self.path is not None and not self.read_only:
            self.inner.flush()
        del self.inner
        if "dataset" in self.__dict__:
            self.dataset.close()
            del self.dataset
            # RocksDB's lock is released only when the last reference to the store is gone, and rdflib's Dataset
            # holds one in a reference cycle
            gc.collect()

    # -- writing

    def select(self, query: str, **params: str) -> QueryResult:
        """A saved query by its name, or SPARQL text, with `params` bound as ``kg query --param`` binds them:
        ``store.select("attackers_of", target="us_forces")``. ValueError says what is wrong with a parameter."""
        text = resolve_query(query)
        return self.query(text, bind_params(text, [f"{name}={value}" for name, value in params.items()], self))

    @classmethod
    def in_memory(cls, quads: list[ox.Quad]) -> "GraphStore":
        """A store in memory holding `quads`: Oxigraph's engine over a build's graph before it is published."""
        store = cls(ox.Store())
        store.inner.extend(quads)
        return store

    def load(self, nquads: Path, ontology: Graph | None = None, article_ids: list[str] | None = None) -> list[str]:
        """Put a build's quads (an N-Quads file) in the store, through Oxigraph's bulk loader: each article's graph
        replaces the one it had, the runs graph grows, the actors graph holds the actors the articles in the store
        name, and the events of the actors it touches are grouped again; returns the articles' ids. A caller that
        knows the ids of the articles the file holds gives them (`article_ids`), and the file is read once."""
        prefix = str(article_graph_iri(""))
        articles = sorted(str(article_graph_iri(a)) for a in article_ids) if article_ids is not None else (
            _article_graphs(nquads, prefix))
        loaded = [local_name(name, prefix) for name in articles]
        # a build of every article the store holds (a rebuild of its folder, or the first) brings the store's
        # events itself: grouping them again from the store would find the same
        covered = set(self.article_ids()) <= set(loaded)
        replaced = None if covered else self._event_triples_of(articles)
        if covered:
            # every article graph, the actors and the events are replaced (an actor or alias an earlier reading of
            # the articles found is gone with it): emptying the store and loading back the graphs that grow is much
            # faster than removing 260 graphs one by one
            growing = [q for graph in (RUNS_GRAPH, ONTOLOGY_GRAPH)
                       for q in self.inner.quads_for_pattern(None, None, None, to_oxigraph(graph))]
            self.inner.clear()
            self.inner.bulk_extend(growing)
        else:
            for name in articles:
                self.inner.remove_graph(ox.NamedNode(name))
        # the bulk loader writes without a transaction: a build loads into a copy no one reads until it is
        # published whole (kg.layout), so nothing can see half of it
        self.bulk_load(nquads)
        if ontology is not None:
            target = ox.NamedNode(str(ONTOLOGY_GRAPH))
            self.inner.remove_graph(target)
            self.inner.extend(oxigraph_quad(triple, target) for triple in ontology)
        if not covered:
            self._drop_unnamed_actors()  # those only the articles' earlier readings named
        self.refresh_summary()
        if replaced is not None:
            # the events between the actors the articles' readings joined, before and now
            self.refresh_events(replaced | self._event_triples_of(articles))
        return loaded

    def bulk_load(self, nquads: Path) -> None:
        """Add the quads of an N-Quads file through Oxigraph's bulk loader, a batch at a time: loading an archive's
        file in one call holds all of it in memory (601 MB for 630k quads, against 179 MB in batches, and faster).
        """
        quads = read_quads(nquads)
        while batch := list(islice(quads, _LOAD_BATCH)):
            self.inner.bulk_extend(batch)

    def remove_articles(self, article_ids: list[str]) -> list[str]:
        """Remove articles' graphs, and the actors no article names any more; returns the ids that were there."""
        present = set(self.article_ids())
        removed = [a for a in article_ids if a in present]
        touched = self._event_triples_of([str(article_graph_iri(a)) for a in removed])
        for article_id in removed:
            self.inner.update(f"DROP SILENT GRAPH <{article_graph_iri(article_id)}>")
        if removed:
            self._drop_unnamed_actors()
            self.refresh_summary()
            self.refresh_events(touched)
        return removed

    def _drop_unnamed_actors(self) -> None:
        """Take out of the actors graph the actors no article in the store names."""
        self.inner.update(
            f"DELETE {{ GRAPH <{ACTORS_GRAPH}> {{ ?actor ?p ?o }} }} WHERE {{ GRAPH <{ACTORS_GRAPH}> "
            f"{{ ?actor ?p ?o }} FILTER NOT EXISTS {{ GRAPH ?g {{ ?article <{KG.mentions}> ?actor }} }} }}")

    def _event_triples_of(self, graphs: list[str]) -> set[tuple[ox.NamedNode, ...]]:
        """The actor-to-actor event triples the named graphs `graphs` hold now."""
        return _event_triples(q for name in graphs
                              for q in self.inner.quads_for_pattern(None, None, None, ox.NamedNode(name)))

    def refresh_events(self, touched: set[tuple[ox.NamedNode, ...]] | None = None) -> None:
        """Group the reports in the store into events, as a build groups its own, so the events graph holds
        the store's events, whichever builds brought their articles: all of them, or (`touched`) those between
        the actors of these event triples."""
        if touched is not None and not touched:
            return
        # a symmetric relation's events are kept one way round: touch both
        keys = "" if touched is None else " ".join(
            f"(<{a.value}> <{p.value}> <{b.value}>) (<{b.value}> <{p.value}> <{a.value}>)" for a, p, b in touched)
        restriction = f"VALUES (?subject ?predicate ?object) {{ {keys} }}" if keys else ""
        reports = [
            Report(row["id"].value,
                   Relation(local_name(row["subject"].value, ACTOR), local_name(row["predicate"].value, KG._NS),
                            local_name(row["object"].value, ACTOR), row["evidence"].value, int(row["start"].value),
                            int(row["end"].value), float(row["confidence"].value), ""),
                   EventDate(date.fromisoformat(row["date"].value), row["precision"].value) if row["date"] else None,
                   local_name(row["place"].value, ACTOR) if row["place"] else None)
            for row in self.inner.query(_reports_query(restriction), use_default_graph_as_union=True)
        ]
        within = {(local_name(row["a"].value, ACTOR), local_name(row["b"].value, ACTOR)) for row in self.inner.query(
            f"SELECT ?a ?b WHERE {{ ?a <{KG.located_in}> ?b }}", use_default_graph_as_union=True)}
        if touched is None:
            self.inner.remove_graph(to_oxigraph(EVENTS_GRAPH))
        else:
            self.inner.update(
                f"DELETE {{ GRAPH <{EVENTS_GRAPH}> {{ ?event ?p ?o }} }} WHERE {{ GRAPH <{EVENTS_GRAPH}> {{ "
                f"{restriction} ?event <{RDF.subject}> ?subject ; <{RDF.predicate}> ?predicate ; "
                f"<{RDF.object}> ?object ; ?p ?o }} }}")
        self.inner.bulk_extend(event_quads(group_reports(reports, within)))

    def refresh_summary(self) -> None:
        """Recount each actor's relation statements (kg:relationCount) in the summary graph."""
        self.inner.update(_SUMMARY_UPDATE)

    # -- reading

    def article_ids(self) -> list[str]:
        prefix = str(article_graph_iri(""))
        return sorted(local_name(g.value, prefix) for g in self.inner.named_graphs() if g.value.startswith(prefix))

    def actor_ids(self) -> list[str]:
        """The ids of the actors the store describes."""
        prefix = str(ACTOR[""])
        return sorted({local_name(quad.subject.value, prefix) for quad in self.inner.quads_for_pattern(
            None, None, None, ox.NamedNode(str(ACTORS_GRAPH))) if quad.subject.value.startswith(prefix)})

    def values(self, query: str) -> tuple[list[str], list[list[str | None]]]:
        """A SELECT query's columns and rows over the union of every graph, each term as its text (an IRI's, a
        literal's lexical form): what reads a build's graph back needs, without an rdflib term for every value.
        Each text is one object however many rows hold it (an actor's IRI, an evidence sentence the build holds
        already)."""
        check_query_size(query)
        result = self.inner.query(query, prefixes=PREFIX_IRIS, use_default_graph_as_union=True)
        columns = [variable.value for variable in result.variables]
        return columns, [[None if (term := solution[column]) is None else sys.intern(term.value)
                          for column in columns] for solution in result]

    def query(self, query: str, params: dict[str, Node] | None = None, max_rows: int | None = None,
              dataset: "QueryDataset | None" = None) -> QueryResult:
        """Run a SPARQL query on Oxigraph's own engine; `params` are bound to the query's variables as terms.

        The default graph is the union of every graph, unless `dataset` names the graphs to query (as the SPARQL
        Protocol's default-graph-uri and named-graph-uri do). With `max_rows`, at most one row more than that is
        read, so a caller can tell a cut result. A query longer or nesting deeper than the engine is given
        raises ValueError.
        """
        check_query_size(query)
        options: dict = {"prefixes": PREFIX_IRIS,
                         "substitutions": {ox.Variable(name): to_oxigraph(term) for name, term in
                                           (params or {}).items()}}
        if dataset is None:
            options["use_default_graph_as_union"] = True
        else:
            options["default_graph"] = [ox.NamedNode(iri) for iri in dataset.default_graphs] or ox.DefaultGraph()
            options["named_graphs"] = [ox.NamedNode(iri) for iri in dataset.named_graphs]
        result = self.inner.query(query, **options)
        if isinstance(result, ox.QueryBoolean):
            return QueryResult([], [], boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            graph = bind_prefixes(Graph())
            for triple in result:
                graph.add((_from_oxigraph(triple.subject), _from_oxigraph(triple.predicate),
                           _from_oxigraph(triple.object)))
            return QueryResult([], [], graph=graph)
        columns = [variable.value for variable in result.variables]
        rows = [[_from_oxigraph(solution[column]) for column in columns]
                for solution in islice(result, None if max_rows is None else max_rows + 1)]
        return QueryResult(columns, rows)


@dataclass(frozen=True)
class QueryDataset:
    """The graphs a query reads: the IRIs whose merge is its default graph, and those it may name in GRAPH."""

    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def _from_oxigraph(term) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


# How deeply a query may nest brackets, and how long it may be: past these the engine's recursive parser can run
# out of stack and take the process with it, so a query is refused before it reaches the engine.
MAX_QUERY_DEPTH = 100
MAX_QUERY_LENGTH = 200_000
# What a query's structure is read from: its text with strings, IRIs and comments blanked.
_QUERY_LITERALS = re.compile(
    r'"""(?:.|\n)*?"""|' r"'''(?:.|\n)*?'''|"  # long strings
    r'"(?:\\.|[^"\\\n])*"|' r"'(?:\\.|[^'\\\n])*'|"  # short strings
    r'<[^<>"{}|^`\s]*>|'  # IRIs
    r"#[^\n]*"  # comments
)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE\s+(?:SILENT\s+)?(\S+)", re.IGNORECASE)


def query_structure(query: str) -> str:
    """The query with its strings, IRIs and comments blanked: what is left is keywords, names and brackets.

    >>> query_structure('SELECT * WHERE { ?s ?p "a { b" } # }')
    'SELECT * WHERE { ?s ?p " }  '
    """
    return _QUERY_LITERALS.sub(lambda match: match.group(0)[0] if match.group(0)[0] in "\"'" else " ", query)


def check_query_size(query: str) -> None:
    """Raise ValueError, saying why, for a query longer or nesting deeper than the engine is given."""
    if len(query) > MAX_QUERY_LENGTH:
        raise ValueError(f"the query is {len(query):,} characters long; at most {MAX_QUERY_LENGTH:,} are taken")
    depth = deepest = 0
    for character in query_structure(query):
        if character in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif character in ")}]":
            depth -= 1
    if deepest > MAX_QUERY_DEPTH:
        raise ValueError(f"the query nests {deepest} brackets deep; at most {MAX_QUERY_DEPTH} are taken")


def service_targets(query: str) -> list[str]:
    """The endpoints a query's SERVICE clauses would call (a variable where it names none).

    >>> service_targets('SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }')
    ['http://127.0.0.1:9/']
    """
    blank_strings = _QUERY_LITERALS.sub(lambda match: match.group(0) if match.group(0)[0] == "<" else " ", query)
    return [target.strip("<>") for target in _SERVICE.findall(blank_strings)]


def saved_queries() -> dict[str, str]:
    """The saved queries shipped with kg, by name."""
    folder = resources.files("kg").joinpath("queries")
    return {entry.name.removesuffix(".rq"): entry.read_text(encoding="utf-8")
            for entry in folder.iterdir() if entry.name.endswith(".rq")}


def resolve_query(text_or_path: str) -> str:
    """A query given as SPARQL text, a .rq file, or the name of a saved query."""
    saved = saved_queries()
    if text_or_path in saved:
        return saved[text_or_path]
    if text_or_path.endswith(".rq"):
        path = Path(text_or_path)
        if not path.exists():
            raise FileNotFoundError(f"no query file {path}")
        return path.read_text(encoding="utf-8")
    return text_or_path


def parse_param(assignment: str, store: GraphStore | None = None) -> tuple[str, Node]:
    """ "name=value" as a variable and an RDF term.

    ``<iri>`` is an IRI, ``prefix:name`` an IRI with one of kg's prefixes, a bare
    id of an actor in the store (``kataib_hezbollah``) that actor's IRI, a day
    (``2024-01-31``) an ``xsd:date``, a whole number an integer, and anything
    else a plain literal.
    """
    name, sep, value = assignment.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise ValueError(f"parameter {assignment!r} is not of the form name=value")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if (match := _PREFIXED.match(value)) and match["prefix"] in PREFIXES:
        return name, URIRef(str(PREFIXES[match["prefix"]]) + match["local"])
    if store is not None and re.fullmatch(r"[a-z0-9_]+", value) and (ACTOR[value], None, None) in store.dataset:
        return name, ACTOR[value]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return name, Literal(value, datatype=XSD.date)  # compares with kg:eventDate and dcterms:date
    if re.fullmatch(r"-?\d+", value):
        return name, Literal(int(value))
    return name, Literal(value)


# A saved query's first line names the variables it needs: "(bind ?target, e.g. --param target=us_forces)"; those
# it can do without are "optionally bind ?from".
_DECLARED_PARAMETER = re.compile(r"(?<!optionally )bind \?(\w+)(?:, e\.g\. (--param \w+=[\w:]+))?")
# Oxigraph binds only the variables a SELECT projects.
_PROJECTION = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?(.*?)\s*(?:(?<![?$])\bWHERE\b|(?<![?$])\bFROM\b|\{)",
                         re.IGNORECASE | re.DOTALL)


def declared_parameters(query: str) -> dict[str, str]:
    """The variables a query's opening comment asks to bind, each with its example (or "")."""
    first = query.lstrip().splitlines()[0] if query.strip() else ""
    return {name: example for name, example in _DECLARED_PARAMETER.findall(first)} if first.startswith("#") else {}


def bind_params(query: str, assignments: list[str], store: GraphStore) -> dict[str, Node]:
    """The ``name=value`` assignments as terms bound to the query's variables; ValueError, saying what to give
    instead, for a parameter the query has no variable for, a declared one left out, or an actor not in the
    store."""
    params = dict(parse_param(assignment, store) for assignment in assignments)
    variables = set(re.findall(r"[?$](\w+)", query_structure(query)))
    projection = _PROJECTION.search(query_structure(query))
    projected = None if projection is None or "*" in projection[1] else set(re.findall(r"[?$](\w+)", projection[1]))
    for name in params:
        if name not in variables:
            raise ValueError(f"the query has no variable ?{name} to bind --param {name}= to; its variables: "
                             f"{', '.join(sorted(variables)) or 'none'}")
        if projected is not None and name not in projected:
            raise ValueError(f"--param {name}= binds ?{name}, which the query must SELECT: add ?{name} after SELECT")
    for name, example in declared_parameters(query).items():
        if name not in params:
            raise ValueError(f"this query needs --param {name}=ACTOR_ID" + (f" (e.g. {example})" if example else ""))
        if isinstance(params[name], Literal):
            close = get_close_matches(str(params[name]), store.actor_ids(), n=3)
            hint = f"did you mean {', '.join(close)}? " if close else ""
            raise ValueError(f"there is no actor {str(params[name])!r} in the store; {hint}"
                             "see kg query most_connected for actor ids")
    return params
