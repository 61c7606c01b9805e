"""The build cache: what the pipeline read from each article, kept in the build folder (``.kg/cache``).

An entry is keyed by the article (its id, text and source) and the build's fingerprint: kg's code and data
(registry, lexicon, patterns, scorer), the spaCy pipeline and any scorer given to the build. A rebuild reads
unchanged articles from here and parses only the new and the changed; every step across articles runs again
over the readings, so a rebuild writes what a clean build writes.

    cache = ReadingCache(OutputFolder(out).cache, build_fingerprint(model, scorer))
    reading = cache.get(article) or parse(article)
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import asdict, fields
from functools import cache
from importlib import resources
from pathlib import Path

from kg import __version__
from kg.actors import Actor
from kg.corpus import Article
from kg.extraction import ArticleReading, Mention
from kg.files import atomic_write_text
from kg.nlp import pipeline_identity
from kg.relations import Relation

__all__ = ["ReadingCache", "build_fingerprint"]

logger = logging.getLogger(__name__)

_TUPLE_FIELDS = frozenset(f.name for f in fields(Actor) if str(f.type).startswith("tuple"))


@cache
def _code_digest() -> str:
    """A digest of kg's code, data and templates: any change to what shapes a build's outputs changes it."""
    digest = hashlib.sha256(__version__.encode())
    package = resources.files("kg")
    files = (path for path in Path(str(package)).rglob("*") if path.is_file() and path.suffix != ".pyc")
    for path in sorted(files):
        digest.update(path.relative_to(str(package)).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def build_fingerprint(model: str | None = None, scorer: Path | None = None) -> str:
    """What every reading of a build depends on besides its article: kg's code and data, the spaCy pipeline,
    and the scorer model given to the build, if any."""
    parts = [_code_digest(), pipeline_identity(model)]
    if scorer is not None:
        parts.append(hashlib.sha256(Path(scorer).read_bytes()).hexdigest())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ReadingCache:
    """Article readings on disk, one JSON file each, under `folder`, for builds of one fingerprint."""

    def __init__(self, folder: Path, fingerprint: str) -> None:
        self.folder = Path(folder)
        self.fingerprint = fingerprint

    def key(self, article: Article) -> str:
        """What names the article's reading: its id, source and text, under this fingerprint."""
        return hashlib.sha256("\0".join((self.fingerprint, article.id, article.source or "", article.text))
                              .encode()).hexdigest()

    def _path(self, article: Article) -> Path:
        key = self.key(article)
        return self.folder / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleReading | None:
        """The article's reading, if a build of this fingerprint read this very text before."""
        path = self._path(article)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return ArticleReading(
                article=article,
                actors=tuple(Actor(**{k: tuple(v) if k in _TUPLE_FIELDS else v for k, v in a.items()})
                             for a in data["actors"]),
                types=tuple(tuple(pair) for pair in data["types"]),
                mentions=tuple(Mention(*m) for m in data["mentions"]),
                relations=tuple(Relation(*r) for r in data["relations"]),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError) as error:
            logger.warning("ignoring the unreadable cache entry %s (%s)", path, error)
            return None

    def put(self, reading: ArticleReading) -> None:
        """Keep a reading for later builds."""
        data = {"article": reading.article.id, "actors": [asdict(a) for a in reading.actors],
                "types": reading.types, "mentions": reading.mentions, "relations": reading.relations}
        atomic_write_text(self._path(reading.article), json.dumps(data, ensure_ascii=False))
