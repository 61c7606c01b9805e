"""Benchmark: kg's saved SPARQL queries on rdflib's in-memory store and on the Oxigraph store, side by side.

Builds a synthetic graph of about one million triples in the project's own shape
(actors, articles in named graphs, reified relation statements with provenance)
through kg's own RDF code, writes it once as N-Quads, loads that file into each
store, and prints the load time and the median latency of every saved query.

    .venv/bin/python bench/sparql.py [--triples 1000000] [--runs 7]
"""

import argparse
import multiprocessing
import random
import statistics
import tempfile
import time
from itertools import chain
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset
from rich.console import Console
from rich.table import Table

from kg.actors import Actor
from kg.corpus import Article
from kg.events import find_events
from kg.extraction import ArticleRelation, Extraction, Mention
from kg.namespace import PREFIXES
from kg.rdf import RunInfo, rdf_graphs
from kg.relations import Relation
from kg.vocabulary import ACTOR_TYPES, load_predicates
from kg.store import GraphStore, parse_param, saved_queries

console = Console()
# Triples a synthetic article adds, on average: its metadata, mentions, and per relation a direct
# triple and a statement of 13 triples.
TRIPLES_PER_ARTICLE = 7 + 8 + 6 * 14
PARAMS = {"attackers_of": ["target=actor:a0"], "actor_relations": ["actor=actor:a1"],
          "roles_over_time": ["organisation=actor:a2"]}


def synthetic_extraction(triples: int, seed: int = 7) -> Extraction:
    """Articles, actors and relations in kg's shape, about `triples` triples in all."""
    rng = random.Random(seed)
    articles = max(1, triples // TRIPLES_PER_ARTICLE)
    actor_count = max(50, articles // 2)
    types = [t for t in ACTOR_TYPES if t != "Place"]
    actors = {f"a{i}": Actor(id=f"a{i}", name=f"Actor {i}", type=types[i % len(types)],
                             aliases=(f"Actor {i}", f"A-{i}"), registered=i % 3 == 0) for i in range(actor_count)}
    predicates = list(load_predicates())
    # a few actors are in most stories, as in the news
    weights = [1.0 / (1 + i) ** 0.8 for i in range(actor_count)]
    ids = list(actors)
    extraction = Extraction(actors=actors)
    for number in range(articles):
        article_id = f"art{number:06d}"
        text = "Synthetic sentence. " * 30
        # a year of stories, so that events group the reports of one day and the timeline spans months
        extraction.articles.append(Article(article_id, Path(f"{article_id}.txt"), text, f"Story {number}",
                                           "Bench Wire", f"2024-{1 + number % 12:02d}-{1 + number % 28:02d}"))
        named = rng.choices(ids, weights=weights, k=8)
        for actor in named:
            extraction.mentions.append(Mention(article_id, actor, actors[actor].name, 0, 8))
        for k in range(6):
            subject, obj = rng.sample(named, 2) if len(set(named)) > 1 else (named[0], ids[-1])
            start = 20 * k
            extraction.relations.append(ArticleRelation(article_id, Relation(
                subject, rng.choice(predicates), obj, "Synthetic sentence.", start, start + 19,
                round(rng.uniform(0.3, 0.9), 2), "active_verb")))
    return extraction


def time_queries(run, runs: int) -> dict[str, float]:
    """Median milliseconds of each saved query."""
    medians = {}
    for name, text in sorted(saved_queries().items()):
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            run(name, text)
            times.append((time.perf_counter() - started) * 1000)
        medians[name] = statistics.median(times)
    return medians


def time_queries_bounded(run, runs: int, limit: float) -> dict[str, float | None]:
    """Like time_queries, each query in a child process stopped after `limit` seconds (None: stopped)."""
    context = multiprocessing.get_context("fork")  # the child shares the loaded graph, copy on write
    medians: dict[str, float | None] = {}
    for name, text in sorted(saved_queries().items()):
        receiver, sender = context.Pipe(duplex=False)

        def child(name=name, text=text, sender=sender) -> None:
            sender.send(time_queries_one(run, name, text, runs))

        process = context.Process(target=child)
        process.start()
        medians[name] = receiver.recv() if receiver.poll(limit * runs) else None
        process.kill()
        process.join()
    return medians


def time_queries_one(run, name: str, text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        run(name, text)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=7, help="runs of each query on Oxigraph")
    parser.add_argument("--rdflib-runs", type=int, default=3, help="runs of each query on rdflib (slow)")
    parser.add_argument("--rdflib-limit", type=float, default=60.0,
                        help="seconds an rdflib query may run before it is stopped (default 60)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        nquads = Path(folder) / "graph.nq"
        started = time.perf_counter()
        extraction = synthetic_extraction(args.triples)
        article_ids = [article.id for article in extraction.articles]
        quads = list(chain.from_iterable(rdf_graphs(
            extraction, RunInfo("en_core_web_sm-3.7.1", 1, 1, "none", datetime(2024, 1, 1, tzinfo=timezone.utc)),
            *find_events(extraction))))
        del extraction
        with GraphStore.in_memory(quads) as scratch:
            scratch.refresh_summary()
            scratch.inner.dump(str(nquads), format=ox.RdfFormat.N_QUADS)
        del quads
        size = sum(1 for _ in nquads.open(encoding="utf-8"))
        console.print(f"synthetic graph: {size:,} quads ({time.perf_counter() - started:.1f} s to generate)")

        with GraphStore.open(Path(folder) / "loaded") as loaded:
            started = time.perf_counter()
            loaded.load(nquads, article_ids=article_ids)  # as kg build does: it knows the articles it wrote
            native_load = time.perf_counter() - started
            started = time.perf_counter()
            loaded.refresh_summary()
            summary_seconds = time.perf_counter() - started

        started = time.perf_counter()
        with GraphStore.open(Path(folder) / "store") as oxigraph:
            oxigraph.inner.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
            oxigraph.inner.optimize()  # compact what the bulk load wrote, as a store at rest is
            oxigraph_load = time.perf_counter() - started

            def on_oxigraph(name: str, text: str) -> None:
                params = dict(parse_param(p) for p in PARAMS.get(name, []))
                oxigraph.query(text, params)

            oxigraph_times = time_queries(on_oxigraph, args.runs)

        started = time.perf_counter()
        in_memory = Dataset(default_union=True)
        in_memory.parse(str(nquads), format="nquads")
        rdflib_load = time.perf_counter() - started

        def on_rdflib(name: str, text: str) -> None:
            params = dict(parse_param(p) for p in PARAMS.get(name, []))
            list(in_memory.query(text, initNs=PREFIXES, initBindings=params))

        rdflib_times = time_queries_bounded(on_rdflib, args.rdflib_runs, args.rdflib_limit)

    table = Table(title=f"kg saved queries on {size:,} quads (median of {args.runs} runs on Oxigraph, "
                        f"{args.rdflib_runs} on rdflib, stopped after {args.rdflib_limit:g} s)")
    for column in ("query", "rdflib in-memory (ms)", "Oxigraph (ms)", "speed-up"):
        table.add_column(column, justify="right" if column != "query" else "left")
    table.add_row("load", f"{rdflib_load * 1000:,.0f}", f"{oxigraph_load * 1000:,.0f}",
                  f"{rdflib_load / oxigraph_load:.1f}×")
    ratios = []
    for name in sorted(oxigraph_times):
        rdflib_ms, oxigraph_ms = rdflib_times[name], oxigraph_times[name]
        # a stopped query took at least the limit: its speed-up is at least limit / Oxigraph's time
        ratio = (rdflib_ms if rdflib_ms is not None else args.rdflib_limit * 1000) / oxigraph_ms
        ratios.append(ratio)
        table.add_row(name, f"{rdflib_ms:,.1f}" if rdflib_ms is not None else f"> {args.rdflib_limit * 1000:,.0f}",
                      f"{oxigraph_ms:,.1f}", f"{'> ' if rdflib_ms is None else ''}{ratio:,.0f}×")
    console.print(table)
    console.print(f"kg build's store load (GraphStore.load: Oxigraph's own API, one call for a build's quads): "
                  f"{native_load:.1f} s for {size:,} quads (target < 3 s), of which recounting the summary graph "
                  f"{summary_seconds:.1f} s; the bulk load of the N-Quads file with compaction above: "
                  f"{oxigraph_load:.1f} s")
    console.print(f"slowest saved query on Oxigraph: {max(oxigraph_times.values()):.1f} ms (target < 50 ms); "
                  f"smallest speed-up: {min(ratios):,.0f}× (target ≥ 20×)")


if __name__ == "__main__":
    main()
