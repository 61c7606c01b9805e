"""Reading articles in more than one process: a pool of local worker processes (``kg build --jobs N``), or the
workers of a Dask distributed cluster (``kg build --cluster tcp://HOST:8786``).

Each worker loads the pipeline once and returns, for a chunk of articles, their readings
(``kg.extraction.ArticleReading``), in the order of the articles; merging across articles happens where the
build runs, so the result is what one process reads.

    readings = list(read_in_processes(articles, PipelineSpec(), jobs=2))
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from typing import Iterable, Iterator

from spacy.language import Language

from kg.corpus import Article
from kg.extraction import ArticleReading, make_pipeline, read_articles

__all__ = ["PipelineSpec", "chunks", "read_in_processes", "read_on_cluster", "ClusterError"]

# Characters of articles a worker is given at a time: fewer tasks than parse batches, so each result's trip back
# costs little beside its parse.
TASK_LENGTH = 100_000


class ClusterError(RuntimeError):
    """The Dask cluster could not be reached or could not read the articles."""


@dataclass(frozen=True)
class PipelineSpec:
    """Which pipeline a worker loads: the spaCy pipeline (default $KG_SPACY_MODEL) and the scorer model file
    (default the package's)."""

    model: str | None = None
    scorer: str | None = None

    def load(self) -> Language:
        return make_pipeline(self.model, scorer_path=self.scorer)


@cache
def _pipeline(spec: PipelineSpec) -> Language:
    # once per worker process: loading the pipeline costs more than reading a chunk
    return spec.load()


def read_chunk(spec: PipelineSpec, articles: list[Article]) -> list[ArticleReading]:
    """A worker's task: the readings of a chunk of articles, with the worker's pipeline for `spec`."""
    return list(read_articles(articles, _pipeline(spec)))


def chunks(articles: Iterable[Article], length: int = TASK_LENGTH) -> list[list[Article]]:
    """The articles in order, cut into chunks of about `length` characters of text (at least one article)."""
    found: list[list[Article]] = []
    size = 0
    for article in articles:
        if not found or size + len(article.text) > length:
            found.append([])
            size = 0
        found[-1].append(article)
        size += len(article.text)
    return found


def read_in_processes(articles: list[Article], spec: PipelineSpec, jobs: int) -> Iterator[ArticleReading]:
    """The articles' readings, in order, read by `jobs` local worker processes."""
    context = multiprocessing.get_context("forkserver")
    parts = chunks(articles, min(TASK_LENGTH, max(1, sum(len(a.text) for a in articles) // (jobs * 4))))
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for readings in pool.map(read_chunk, repeat(spec), parts):
            yield from readings


def read_on_cluster(articles: list[Article], spec: PipelineSpec, address: str) -> Iterator[ArticleReading]:
    """The articles' readings, in order, read by the workers of the Dask scheduler at `address`; every worker
    needs kg (this version) and the spaCy pipeline installed."""
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("reading on a cluster needs Dask: pip install 'kg[cluster]'") from None
    try:
        client = Client(address, timeout="10s")
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from None
    with client:
        parts = chunks(articles)
        futures = client.map(read_chunk, [spec] * len(parts), parts, pure=False)
        try:
            for future in futures:
                yield from future.result()
        except Exception as error:  # noqa: BLE001 - a worker's failure arrives as whatever it raised
            raise ClusterError(f"the cluster at {address} failed to read the articles: {error!r}") from None
