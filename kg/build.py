"""Build: a corpus in, the graph's files out (RDF, JSONL, HTML, the store). The stages in order, nothing more.

Every output of a build is written into a new set in the build folder and published at once (see kg.layout):
a build that fails or is killed leaves the previous set whole.

    report = build([Path("data/articles")], Path("output"))
    report.outputs[0]
    PosixPath('output/graph.ttl')
"""

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset, Graph
from spacy.language import Language

from kg import __version__
from kg.actors import load_registry
from kg.corpus import Article, CorpusProblem, read_corpus
from kg.exports import remove_from_exports, write_graph_files, write_jsonl_exports, write_relations_csv
from kg.extraction import Extraction, extract, make_pipeline
from kg.files import atomic_write_text
from kg.graph import actor_graph
from kg.layout import STORE_DIRNAME, SUMMARY_FILE, VIEW_FILE, OutputFolder
from kg.lexicon import load_lexicon
from kg.ontology import load_ontology
from kg.rdf import RDF_FORMATS, RunInfo, serialize_stable, to_dataset, union_graph, without_articles
from kg.scorer import ScorerModelError, scorer_version
from kg.store import GraphStore
from kg.view import write_view

__all__ = ["BuildError", "BuildReport", "build", "remove_articles"]

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
        return next(p for p in self.outputs if p.name == VIEW_FILE)


def build(paths: Iterable[Path], out_dir: Path, model: str | None = None,
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None, nlp: Language | None = None,
          wait: bool = True, on_wait: Callable[[str], None] | None = None,
          scorer: Path | None = None) -> BuildReport:
    """Read the articles under `paths` and write the graph's files into `out_dir`.

    `nlp`, a pipeline from ``make_pipeline``, saves loading one when building often; `scorer` is a relation
    scorer model written by ``kg train --output`` (default: the package's). Another process writing to
    `out_dir` is waited for (`on_wait` is told who it is) or, without `wait`, a FolderBusy error.
    """
    if scorer is not None and not Path(scorer).is_file():
        raise BuildError(f"there is no scorer model at {scorer}: write one with 'kg train --output {scorer}'")
    articles, problems = read_corpus(paths)
    if not articles:
        reasons = "; ".join(str(p) for p in problems) or "no .txt files"
        raise BuildError(f"no article could be read ({reasons})")
    try:
        nlp = nlp or make_pipeline(model, scorer_path=str(scorer) if scorer else None)
    except ScorerModelError as error:
        raise BuildError(str(error)) from None
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
    graph = actor_graph(union)
    with OutputFolder(out_dir).writing("kg build", wait, on_wait) as next_set:
        folder = next_set.path
        written = []
        written.extend(_write_rdf(folder, dataset, union))
        written.extend(write_jsonl_exports(extraction, folder))
        written.append(write_relations_csv(extraction, folder / "relations.csv"))
        written.extend(write_graph_files(graph, folder))
        written.append(write_view(graph, folder / VIEW_FILE))
        with GraphStore.open_copy(_base_store(next_set.base), folder / STORE_DIRNAME) as store:
            store.load(dataset, ontology=load_ontology())
        written.append(folder / STORE_DIRNAME)
        written.append(_write_summary(folder / SUMMARY_FILE, run, extraction, problems))
    logger.info("built %d articles into %s", len(articles), out_dir)
    return BuildReport(extraction, problems, [out_dir / path.name for path in written])


def remove_articles(out_dir: Path, article_ids: list[str], wait: bool = True,
                    on_wait: Callable[[str], None] | None = None) -> list[str]:
    """Remove articles from the build's store and from every file, with the actors no other article names; the
    view is drawn again. Returns the ids that were there."""
    with OutputFolder(out_dir).writing("kg remove", wait, on_wait) as next_set:
        source = _base_store(next_set.base)
        if source is None:
            raise BuildError(f"there is no store in {out_dir}: run 'kg build --out {out_dir}' first")
        with GraphStore.open_copy(source, next_set.path / STORE_DIRNAME) as store:
            removed = store.remove_articles(article_ids)
        folder, base = next_set.path, next_set.base
        dataset = Dataset()
        dataset.parse(base / "graph.trig", format="trig")
        dataset = without_articles(dataset, set(removed))
        union = union_graph(dataset)
        graph = actor_graph(union)
        _write_rdf(folder, dataset, union)
        kept = remove_from_exports(base, folder, set(removed))
        write_graph_files(graph, folder)
        write_view(graph, folder / VIEW_FILE)
        summary = json.loads((base / SUMMARY_FILE).read_text(encoding="utf-8"))
        summary.update(kept)
        atomic_write_text(folder / SUMMARY_FILE, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return removed


def _write_rdf(folder: Path, dataset: Dataset, union: Graph) -> list[Path]:
    """The dataset in each RDF format (Turtle holds the union of its graphs)."""
    paths = []
    for name, rdf_format in RDF_FORMATS.items():
        (folder / name).write_bytes(serialize_stable(union if rdf_format == "turtle" else dataset, rdf_format))
        paths.append(folder / name)
    return paths


def _base_store(base: Path | None) -> Path | None:
    store = None if base is None else base / STORE_DIRNAME
    return store if store is not None and store.is_dir() else None


def _write_summary(path: Path, run: RunInfo, extraction: Extraction, problems: list[CorpusProblem]) -> Path:
    """What the build read, made and skipped, for people and scripts: counts, versions and each problem."""
    summary = {
        "kg": __version__, "run": run.id, "pipeline": run.pipeline, "registry": run.registry_version,
        "lexicon": run.lexicon_version, "scorer": run.scorer_version,
        "articles": len(extraction.articles), "actors": len({m.actor for m in extraction.mentions}),
        "relations": len(extraction.best_relations()),
        "problems": [{"path": str(problem.path), "reason": problem.reason} for problem in problems],
    }
    atomic_write_text(path, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    return path
