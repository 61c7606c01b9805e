"""The built graph as a SPARQL-queryable store, and queries with parameters bound as RDF terms.

>>> dataset = open_dataset(Path("output"))  # doctest: +SKIP
>>> result = run_query(dataset, "SELECT ?s WHERE { ?s kg:attacks actor:us_forces }")  # doctest: +SKIP
"""

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from kg.namespace import ACTOR, PREFIXES
from kg.rdf import bind_prefixes

__all__ = ["QueryResult", "compact_iri", "open_dataset", "run_query", "resolve_query", "saved_queries", "parse_param"]

_PREFIXED = re.compile(r"^(?P<prefix>[A-Za-z][\w-]*):(?P<local>[\w.-]*)$")


@dataclass
class QueryResult:
    """A SELECT's columns and rows of RDF terms (None where unbound), or an ASK's answer."""

    columns: list[str]
    rows: list[list[Node | None]]
    boolean: bool | None = None

    def text_rows(self, compact: bool = False) -> list[list[str]]:
        """The rows as text; with `compact`, IRIs in kg's namespaces as prefixed names (actor:houthis)."""
        return [["" if term is None else compact_iri(term) if compact else str(term) for term in row]
                for row in self.rows]


def compact_iri(term: Node) -> str:
    """ "actor:houthis" for an IRI in one of kg's namespaces; other terms as they are."""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(term).startswith(str(namespace)) and prefix in {"kg", "actor", "article", "statement", "run"}:
                return f"{prefix}:{str(term)[len(str(namespace)):]}"
    return str(term)


def open_dataset(out_dir: Path) -> Dataset:
    """The graph built into `out_dir`, every named graph visible to queries."""
    path = out_dir / "graph.trig"
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run 'kg build --out {out_dir}' first")
    dataset = Dataset(default_union=True)
    dataset.parse(path, format="trig")
    bind_prefixes(dataset)
    return dataset


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
    path = Path(text_or_path)
    if text_or_path.endswith(".rq"):
        if not path.exists():
            raise FileNotFoundError(f"no query file {path}")
        return path.read_text(encoding="utf-8")
    return text_or_path


def parse_param(assignment: str, dataset: Dataset | None = None) -> tuple[str, Node]:
    """ "name=value" as a variable and an RDF term.

    ``<iri>`` is an IRI, ``prefix:name`` an IRI with one of kg's prefixes, a bare
    id of an actor in the graph (``kataib_hezbollah``) that actor's IRI, and
    anything else a plain literal.
    """
    name, sep, value = assignment.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"\w+", name):
        raise ValueError(f"parameter {assignment!r} is not of the form name=value")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if (match := _PREFIXED.match(value)) and match["prefix"] in PREFIXES:
        return name, URIRef(str(PREFIXES[match["prefix"]]) + match["local"])
    if dataset is not None and re.fullmatch(r"[a-z0-9_]+", value) and (ACTOR[value], None, None) in dataset:
        return name, ACTOR[value]
    return name, Literal(value)


def run_query(dataset: Dataset, query: str, params: dict[str, Node] | None = None) -> QueryResult:
    """Run a SELECT or ASK query; `params` are bound to the query's variables as terms."""
    result = dataset.query(query, initNs=PREFIXES, initBindings=params or {})
    if result.type == "ASK":
        return QueryResult([], [], bool(result.askAnswer))
    if result.type != "SELECT":
        raise ValueError("only SELECT and ASK queries are answered here")
    return QueryResult([str(v) for v in result.vars], [list(row) for row in result])
