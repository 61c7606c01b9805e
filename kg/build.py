"""Build: a corpus in, the graph's files out (RDF, JSONL, HTML). The stages in order, nothing more.

    report = build([Path("data/articles")], Path("output"))
    report.outputs[0]
    PosixPath('output/graph.ttl')
"""

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language

from kg.actors import load_registry
from kg.corpus import Article, CorpusProblem, read_corpus
from kg.exports import write_graph_files, write_jsonl_exports, write_relations_csv
from kg.extraction import Extraction, extract, make_pipeline
from kg.files import atomic_open
from kg.graph import actor_graph
from kg.lexicon import load_lexicon
from kg.ontology import load_ontology
from kg.rdf import RDF_FORMATS, RunInfo, serialize_stable, to_dataset, union_graph
from kg.scorer import scorer_version
from kg.store import STORE_DIRNAME, GraphStore
from kg.view import write_view

__all__ = ["BuildError", "BuildReport", "build"]

logger = logging.getLogger(__name__)


class BuildError(RuntimeError):
    """The build could not produce a graph (its earlier outputs are left as they were)."""


@dataclass
class BuildReport:
    """What a build read and wrote."""

    extraction: Extraction
    problems: list[CorpusProblem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)

    @property
    def view(self) -> Path:
        return next(p for p in self.outputs if p.suffix == ".html")


def build(paths: Iterable[Path], out_dir: Path, model: str | None = None,
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None, nlp: Language | None = None) -> BuildReport:
    """Read the articles under `paths` and write the graph's files into `out_dir`.

    `nlp`, a pipeline from ``make_pipeline``, saves loading one when building often.
    """
    articles, problems = read_corpus(paths)
    if not articles:
        reasons = "; ".join(str(p) for p in problems) or "no .txt files"
        raise BuildError(f"no article could be read ({reasons})")
    nlp = nlp or make_pipeline(model)
    if on_start is not None:
        on_start(len(articles))
    extraction = extract(articles, nlp, on_article=on_article)
    run = RunInfo.now(
        pipeline=f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}",
        registry_version=load_registry().version, lexicon_version=load_lexicon().version,
        scorer_version=scorer_version(nlp),
    )
    dataset = to_dataset(extraction, run)
    union = union_graph(dataset)
    outputs = []
    for name, rdf_format in RDF_FORMATS.items():
        path = out_dir / name
        source = union if rdf_format == "turtle" else dataset
        with atomic_open(path, "wb") as stream:
            stream.write(serialize_stable(source, rdf_format))
        outputs.append(path)
    outputs.extend(write_jsonl_exports(extraction, out_dir))
    outputs.append(write_relations_csv(extraction, out_dir / "relations.csv"))
    graph = actor_graph(union)
    outputs.extend(write_graph_files(graph, out_dir))
    outputs.append(write_view(graph, out_dir / "graph.html"))
    with GraphStore.open(out_dir / STORE_DIRNAME) as store:
        store.load(dataset, ontology=load_ontology())
    outputs.append(out_dir / STORE_DIRNAME)
    logger.info("built %d articles into %s", len(articles), out_dir)
    return BuildReport(extraction, problems, outputs)
