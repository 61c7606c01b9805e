"""Build: a corpus in, the graph's files out (RDF, JSONL, HTML, the store). The stages in order, nothing more.

Every output of a build is written into a new set in the build folder and published at once (see kg.layout):
a build that fails or is killed leaves the previous set whole.

    report = build([Path("data/articles")], Path("output"))
    report.outputs[0]
    PosixPath('output/graph.ttl')
"""

import json
import logging
import tempfile
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from itertools import chain
from pathlib import Path
from typing import Callable, Iterable, Iterator

import networkx as nx
import pyoxigraph as ox
from spacy.language import Language

from kg import __version__
from kg.actors import load_registry
from kg.corpus import Article, CorpusProblem, read_corpus
from kg.events import find_events
from kg.exports import remove_from_exports, write_events, write_graph_files, write_jsonl_exports, write_relations_csv
from kg.cache import ReadingCache, build_fingerprint
from kg.extraction import ArticleReading, Extraction, combine, read_articles, shared
from kg.files import atomic_write_text
from kg.graph import actor_graph
from kg.layout import INPUTS_FILE, NQUADS_FILE, RDF_FORMATS, STORE_DIRNAME, SUMMARY_FILE, VIEW_FILE, OutputFolder
from kg.lexicon import load_lexicon
from kg.ontology import load_ontology
from kg.namespace import EVENTS_GRAPH
from kg.rdf import RunInfo, event_quads, in_graph_order, rdf_graphs, to_oxigraph, without_articles
from kg.serialization import other_formats_aside, read_quads, serialize_quads
from kg.nlp import pipeline_identity
from kg.scorer import ScorerModelError, scorer_version
from kg.store import GraphStore
from kg.view import write_view
from kg.workers import ClusterError, PipelineSpec, read_in_processes, read_on_cluster

__all__ = ["BuildError", "BuildReport", "build", "remove_articles"]

logger = logging.getLogger(__name__)
# Up to this many characters of articles to parse, starting worker processes' pipelines costs more than they save.
_IN_PROCESS_UP_TO = 100_000


class BuildError(RuntimeError):
    """The build could not produce a graph (its earlier outputs are left as they were)."""


@dataclass
class BuildReport:
    """What a build read and wrote."""

    up_to_date: bool  # the folder was built from these very articles already; nothing was read or written
    problems: list[CorpusProblem] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)
    articles: int = 0
    actors: int = 0
    relations: int = 0
    events: int = 0
    stored_articles: int = 0  # in the folder's store, which keeps the articles of earlier builds too

    @property
    def view(self) -> Path:
        return next(p for p in self.outputs if p.name == VIEW_FILE)


def build(paths: Iterable[Path], out_dir: Path, model: str | None = None,
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None, nlp: Language | None = None,
          wait: bool = True, on_wait: Callable[[str], None] | None = None,
          scorer: Path | None = None, jobs: int = 1, cluster: str | None = None,
          use_cache: bool = True) -> BuildReport:
    """Read the articles under `paths` and write the graph's files into `out_dir`.

    Articles this folder's builds have read before, unchanged, come from its cache (not with `use_cache`
    False); the others are parsed here (`nlp`, a pipeline from ``make_pipeline``, saves loading one), in `jobs`
    local processes, or on the Dask cluster whose scheduler is at `cluster`. `scorer` is a relation scorer
    written by ``kg train --output`` (default: the package's). Another process writing to `out_dir` is waited
    for (`on_wait` is told who it is) or, without `wait`, a FolderBusy error.
    """
    articles, problems = _inputs(paths, scorer)
    spec = PipelineSpec(model, str(scorer) if scorer else None)
    output = OutputFolder(out_dir)
    cache = ReadingCache(output.cache, build_fingerprint(model, scorer))
    inputs = json.dumps({"articles": [[a.id, cache.key(a), a.date] for a in articles],
                         "problems": [str(p) for p in problems]})
    if use_cache and _built_from(output, inputs):
        logger.info("%s is up to date: %d article(s), as the last build read them", out_dir, len(articles))
        return BuildReport(True, problems, [out_dir / name for name in _published(output)], len(articles))
    try:
        run = RunInfo.now(pipeline=pipeline_identity(model), registry_version=load_registry().version,
                          lexicon_version=load_lexicon().version, scorer_version=scorer_version(spec.scorer))
        if on_start is not None:
            on_start(len(articles))
        readings = _read(articles, cache, spec, nlp, jobs, cluster, use_cache, on_article)
    except (ScorerModelError, ClusterError) as error:
        raise BuildError(str(error)) from None
    readings, failed = _split_failures(readings)
    problems += failed
    with output.writing("kg build", wait, on_wait) as next_set, ExitStack() as aside:
        counts, written = _write_extraction(next_set.path, combine(readings), run, aside)
        read_ids = [reading.article.id for reading in readings]
        # the graph's files and page are drawn from the store, once the readings are let go: an archive's readings
        # and its actor graph are not held at once
        del readings
        stored, graph = _write_store(next_set.base, next_set.path, read_ids)
        written += [*write_graph_files(graph, next_set.path), write_view(graph, next_set.path / VIEW_FILE),
                    next_set.path / STORE_DIRNAME,
                    _write_summary(next_set.path / SUMMARY_FILE, run, counts, problems)]
        if not failed:  # (a folder some articles failed in is not up to date: the next build tries them again)
            atomic_write_text(next_set.path / INPUTS_FILE, inputs)
    logger.info("built %d articles into %s", len(articles), out_dir)
    return BuildReport(False, problems, [out_dir / path.name for path in written], stored_articles=stored, **counts)


def _write_extraction(folder: Path, extraction: Extraction, run: RunInfo,
                      aside: ExitStack) -> tuple[dict[str, int], list[Path]]:
    """What is written from the merged readings themselves: the RDF (the formats but N-Quads by another process,
    which `aside` waits for), the JSONL and CSV exports and the events; with the build's counts."""
    reports, events = find_events(extraction)
    counts = {"articles": len(extraction.articles), "actors": len({m.actor for m in extraction.mentions}),
              "relations": len(extraction.best_relations()), "events": len(events)}
    written = _write_rdf(folder, chain.from_iterable(rdf_graphs(extraction, run, reports, events)), aside)
    written += [*write_jsonl_exports(extraction, folder), write_events(events, folder),
                write_relations_csv(extraction, folder)]
    return counts, written


def _built_from(output: OutputFolder, inputs: str) -> bool:
    """Whether the folder's current set is a build of exactly these inputs (and so would be written again)."""
    current = output.current()
    try:
        return current is not None and (current / INPUTS_FILE).read_text(encoding="utf-8") == inputs
    except OSError:
        return False


def _published(output: OutputFolder) -> list[str]:
    current = output.current()
    return sorted(p.name for p in current.iterdir() if not p.name.startswith(".")) if current else []


def remove_articles(out_dir: Path, article_ids: list[str], wait: bool = True,
                    on_wait: Callable[[str], None] | None = None) -> list[str]:
    """Remove articles from the build's store and from every file, with the actors no other article names; the
    view is drawn again. Returns the ids that were there."""
    with OutputFolder(out_dir).writing("kg remove", wait, on_wait) as next_set, ExitStack() as aside:
        source = _base_store(next_set.base)
        if source is None:
            raise BuildError(f"there is no store in {out_dir}: run 'kg build --out {out_dir}' first")
        folder, base = next_set.path, next_set.base
        with GraphStore.open_copy(source, folder / STORE_DIRNAME) as store:
            removed = store.remove_articles(article_ids)
        kept, kept_events = remove_from_exports(base, folder, set(removed))
        events = event_quads(kept_events)
        events_graph = to_oxigraph(EVENTS_GRAPH)
        quads = without_articles(list(read_quads(base / NQUADS_FILE)), set(removed))
        _write_rdf(folder, in_graph_order([q for q in quads if q.graph_name != events_graph] + events), aside)
        graph = _drawn(folder)
        write_graph_files(graph, folder)
        write_view(graph, folder / VIEW_FILE)
        summary = json.loads((base / SUMMARY_FILE).read_text(encoding="utf-8"))
        _write_json(folder / SUMMARY_FILE, {**summary, **kept})
    return removed


def _inputs(paths: Iterable[Path], scorer: Path | None) -> tuple[list[Article], list[CorpusProblem]]:
    """The articles under `paths` and the files that could not be read; a BuildError when nothing can be built."""
    if scorer is not None and not Path(scorer).is_file():
        raise BuildError(f"there is no scorer model at {scorer}: write one with 'kg train --output {scorer}'")
    articles, problems = read_corpus(paths)
    if not articles:
        reasons = "; ".join(str(p) for p in problems) or "no .txt files"
        raise BuildError(f"no article could be read ({reasons})")
    return articles, problems


def _write_rdf(folder: Path, quads: Iterable[ox.Quad], aside: ExitStack) -> list[Path]:
    """The quads as N-Quads, written as they come, and in each other RDF format (Turtle holds the union of their
    graphs), written from the N-Quads by another process while the rest of the set is (`aside` waits for it)."""
    serialize_quads(quads, RDF_FORMATS[NQUADS_FILE], folder / NQUADS_FILE)
    aside.enter_context(other_formats_aside(folder))
    return [folder / name for name in RDF_FORMATS]


def _drawn(folder: Path) -> nx.MultiDiGraph:
    """The actor graph of the quads in the folder's N-Quads, queried from a scratch store on disk (one in memory
    would hold an archive's quads whole)."""
    with tempfile.TemporaryDirectory(dir=folder) as scratch, GraphStore.open(Path(scratch)) as drawn:
        drawn.bulk_load(folder / NQUADS_FILE)
        return actor_graph(drawn)


def _read(articles: list[Article], cache: ReadingCache, spec: PipelineSpec, nlp: Language | None, jobs: int,
          cluster: str | None, use_cache: bool,
          on_article: Callable[[Article], None] | None) -> list[ArticleReading]:
    """Each article's reading, in order: from the folder's cache where a build read this very text before,
    else parsed (here, in `jobs` processes or on `cluster`) and kept in the cache."""
    cached: list[ArticleReading] = []
    for article in articles:
        if use_cache and (reading := cache.get(article)) is not None:
            # the same text read before; its date may have come since, from the archive's metadata
            cached.append(replace(reading, article=article))
    read = {reading.article.id for reading in cached}
    unread = [article for article in articles if article.id not in read]

    def arriving() -> Iterator[ArticleReading]:
        yield from cached
        if cluster and unread:
            parsed = read_on_cluster(unread, spec, cluster)
        elif jobs > 1 and len(unread) > 1 and sum(len(a.text) for a in unread) > _IN_PROCESS_UP_TO:
            parsed = read_in_processes(unread, spec, jobs)
        else:
            parsed = read_articles(unread, nlp or spec.load()) if unread else iter(())
        by_id = {article.id: article for article in unread}
        for reading in parsed:
            if reading.failure is None:  # (a failed reading is tried again next build)
                cache.put(reading)
            # the article as read here, not a worker's copy of its text
            yield replace(reading, article=by_id[reading.article.id])

    # each reading holds what it repeats once, as it arrives: an archive's readings are held until its graph is made
    readings: dict[str, ArticleReading] = {}
    for reading in shared(arriving()):
        readings[reading.article.id] = reading
        if on_article is not None:
            on_article(reading.article)
    logger.info("%d article(s) from the cache, %d parsed", len(cached), len(unread))
    return [readings[article.id] for article in articles]


def _split_failures(readings: list[ArticleReading]) -> tuple[list[ArticleReading], list[CorpusProblem]]:
    """The readings the pipeline made, and a problem for each article it failed on; a BuildError where it failed on
    every one."""
    failed = [CorpusProblem(r.article.path, f"kg could not read it (a fault in kg, worth reporting): {r.failure}")
              for r in readings if r.failure]
    read = [reading for reading in readings if reading.failure is None]
    if failed and not read:
        raise BuildError(f"kg could not read any of the articles; the first, {failed[0]}")
    return read, failed


def _base_store(base: Path | None) -> Path | None:
    store = None if base is None else base / STORE_DIRNAME
    return store if store is not None and store.is_dir() else None


def _write_store(base: Path | None, folder: Path, article_ids: list[str]) -> tuple[int, nx.MultiDiGraph]:
    """The store of the last build with the folder's N-Quads (the articles `article_ids`) loaded, in the new
    folder: how many articles it holds, and the actor graph of the build's quads, read from the store itself
    where it holds no other articles (a rebuild of its folder, or the first build)."""
    with GraphStore.open_copy(_base_store(base), folder / STORE_DIRNAME) as store:
        loaded = store.load(folder / NQUADS_FILE, ontology=load_ontology(), article_ids=article_ids)
        held = store.article_ids()
        graph = actor_graph(store) if set(held) <= set(loaded) else None
    return len(held), graph if graph is not None else _drawn(folder)


def _write_summary(path: Path, run: RunInfo, counts: dict[str, int], problems: list[CorpusProblem]) -> Path:
    """What the build read, made and skipped, for people and scripts: counts, versions and each problem."""
    summary = {
        "kg": __version__, "run": run.id, "pipeline": run.pipeline, "registry": run.registry_version,
        "lexicon": run.lexicon_version, "scorer": run.scorer_version, **counts,
        "problems": [{"path": str(problem.path), "reason": problem.reason} for problem in problems],
    }
    _write_json(path, summary)
    return path


def _write_json(path: Path, data: dict) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
