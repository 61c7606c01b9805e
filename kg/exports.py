"""The JSONL exports other tools read: actors, mentions and relations, with exactly the documented keys."""

import json
from pathlib import Path
from typing import Iterable

from kg.extraction import Extraction
from kg.files import atomic_open

__all__ = ["write_jsonl_exports", "ACTOR_KEYS", "MENTION_KEYS", "RELATION_KEYS"]

ACTOR_KEYS = ("id", "label", "type", "aliases")
MENTION_KEYS = ("article", "actor", "text", "start", "end")
RELATION_KEYS = ("article", "subject", "predicate", "object", "evidence", "start", "end", "confidence")


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    with atomic_open(path) as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def write_jsonl_exports(extraction: Extraction, out_dir: Path) -> list[Path]:
    """Write actors.jsonl, mentions.jsonl and relations.jsonl into `out_dir`; return their paths."""
    used = {m.actor for m in extraction.mentions}
    actors = (
        dict(zip(ACTOR_KEYS, (a.id, a.name, a.type, sorted(set(a.aliases) - {a.name}))))
        for a in sorted(extraction.actors.values(), key=lambda a: a.id) if a.id in used
    )
    mentions = (dict(zip(MENTION_KEYS, m)) for m in extraction.mentions)
    relations = (
        dict(zip(RELATION_KEYS, (item.article, r.subject, r.predicate, r.object, r.evidence, r.start, r.end,
                                 r.confidence)))
        for item in extraction.best_relations() for r in [item.relation]
    )
    paths = [out_dir / "actors.jsonl", out_dir / "mentions.jsonl", out_dir / "relations.jsonl"]
    for path, records in zip(paths, (actors, mentions, relations)):
        _write_jsonl(path, records)
    return paths
