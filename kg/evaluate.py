"""Score a build's exports against gold annotations, by the rules of the annotation guidelines.

An actor matches a gold actor of the same article when their surface forms in
that article share a name (forms compared after case, apostrophes, a leading
"the" and a possessive ending are folded); the pairing is one to one, most
shared forms first. A relation matches when its subject, predicate and object
match, subjects and objects through the actor pairing; ``negotiates_with``
matches in either direction. A relation stated twice in an article counts once.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from kg.layout import ACTORS_FILE, MENTIONS_FILE, RELATIONS_FILE
from kg.names import name_key
from kg.relations import most_confident
from kg.vocabulary import symmetric_predicates

__all__ = ["Gold", "Prediction", "Score", "Report", "load_gold", "load_prediction", "evaluate"]

CUTOFFS = (0.0, 0.4, 0.6, 0.8)

Triple = tuple[str, str, str]


@dataclass
class Score:
    """Counts of true positives, predictions and gold items, with precision, recall and F1."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold


@dataclass
class Gold:
    """One article's gold actors (id -> surface forms, id -> type) and relations."""

    forms: dict[str, set[str]]
    types: dict[str, str]
    relations: dict[Triple, str]  # triple -> evidence


@dataclass
class Prediction:
    """One article's predicted actors (id -> surface forms) and relations (triple -> best confidence)."""

    forms: dict[str, set[str]] = field(default_factory=dict)
    relations: dict[Triple, tuple[float, str]] = field(default_factory=dict)  # triple -> (confidence, evidence)


@dataclass
class RelationError:
    article: str
    kind: str  # "missed" or "spurious"
    triple: Triple
    evidence: str


@dataclass
class Report:
    actors: Score
    types_right: int
    types_matched: int
    relations: Score
    by_predicate: dict[str, Score]
    by_article: dict[str, tuple[Score, Score]]
    at_confidence: dict[float, Score]
    errors: list[RelationError]

    @property
    def type_accuracy(self) -> float:
        return self.types_right / self.types_matched if self.types_matched else 0.0


def _read_jsonl(path: Path) -> Iterable[dict]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as error:
                    raise ValueError(f"{path}, line {number}: not JSON ({error.msg})") from None


def load_gold(path: Path) -> dict[str, Gold]:
    """Gold annotations by article, from a JSONL file in the format of the guidelines."""
    gold: dict[str, Gold] = {}
    for record in _read_jsonl(path):
        gold[record["article"]] = Gold(
            forms={a["id"]: set(a.get("mentions", [])) for a in record["actors"]},
            types={a["id"]: a["type"] for a in record["actors"]},
            relations={(r["s"], r["p"], r["o"]): r.get("evidence", "") for r in record["relations"]},
        )
    return gold


def load_prediction(out_dir: Path) -> tuple[dict[str, Prediction], dict[str, str]]:
    """A build's predictions by article, and the type of each predicted actor, from its JSONL exports."""
    missing = [name for name in (ACTORS_FILE, MENTIONS_FILE, RELATIONS_FILE) if not (out_dir / name).exists()]
    if missing:
        raise FileNotFoundError(f"{out_dir} has no {', '.join(missing)}: run 'kg build --out {out_dir}' first")
    types = {a["id"]: a["type"] for a in _read_jsonl(out_dir / ACTORS_FILE)}
    predictions: dict[str, Prediction] = defaultdict(Prediction)
    for mention in _read_jsonl(out_dir / MENTIONS_FILE):
        predictions[mention["article"]].forms.setdefault(mention["actor"], set()).add(mention["text"])
    best = most_confident((((r["article"], r["subject"], r["predicate"], r["object"]), (r["confidence"], r["evidence"]))
                           for r in _read_jsonl(out_dir / RELATIONS_FILE)), lambda reading: reading[0])
    for (article, *triple), reading in best.items():
        predictions[article].relations[tuple(triple)] = reading
    return dict(predictions), types


def match_actors(gold: dict[str, set[str]], predicted: dict[str, set[str]]) -> dict[str, str]:
    """Pair predicted actor ids with gold actor ids, one to one, by shared surface forms."""
    gold_keys = {g: {name_key(f) for f in forms} for g, forms in gold.items()}
    pairs = []
    for p, forms in predicted.items():
        keys = {name_key(f) for f in forms}
        for g, g_keys in gold_keys.items():
            if shared := len(keys & g_keys):
                pairs.append((-shared, p != g, p, g))
    matched: dict[str, str] = {}
    used: set[str] = set()
    for _, _, p, g in sorted(pairs):
        if p not in matched and g not in used:
            matched[p] = g
            used.add(g)
    return matched


def _canonical(triple: Triple) -> Triple:
    s, p, o = triple
    return (min(s, o), p, max(s, o)) if p in symmetric_predicates() else triple


def evaluate(gold: dict[str, Gold], predictions: dict[str, Prediction], types: dict[str, str]) -> Report:
    """Score every gold article; an article with no prediction scores zero recall."""
    actors, relations = Score(), Score()
    by_predicate: dict[str, Score] = defaultdict(Score)
    by_article: dict[str, tuple[Score, Score]] = {}
    at_confidence = {cutoff: Score() for cutoff in CUTOFFS}
    errors: list[RelationError] = []
    types_right = types_matched = 0
    for article, truth in sorted(gold.items()):
        prediction = predictions.get(article, Prediction())
        pairing = match_actors(truth.forms, prediction.forms)
        article_actors = Score(len(pairing), len(prediction.forms), len(truth.forms))
        actors.add(article_actors.tp, article_actors.predicted, article_actors.gold)
        for p, g in pairing.items():
            types_matched += 1
            types_right += types.get(p) == truth.types.get(g)
        gold_triples = {_canonical(t): e for t, e in truth.relations.items()}
        mapped = most_confident(((_canonical((pairing.get(s, f"?{s}"), p, pairing.get(o, f"?{o}"))), reading)
                                 for (s, p, o), reading in prediction.relations.items()), lambda r: r[0])
        hits = set(mapped) & set(gold_triples)
        article_relations = Score(len(hits), len(mapped), len(gold_triples))
        relations.add(article_relations.tp, article_relations.predicted, article_relations.gold)
        by_article[article] = (article_actors, article_relations)
        for predicate in {t[1] for t in (*mapped, *gold_triples)}:
            by_predicate[predicate].add(
                sum(t[1] == predicate for t in hits),
                sum(t[1] == predicate for t in mapped),
                sum(t[1] == predicate for t in gold_triples),
            )
        for cutoff, score in at_confidence.items():
            kept = {t for t, (c, _) in mapped.items() if c >= cutoff}
            score.add(len(kept & set(gold_triples)), len(kept), len(gold_triples))
        errors.extend(RelationError(article, "missed", t, e) for t, e in gold_triples.items() if t not in hits)
        errors.extend(RelationError(article, "spurious", t, e) for t, (_, e) in mapped.items() if t not in hits)
    return Report(actors, types_right, types_matched, relations, dict(by_predicate), by_article, at_confidence,
                  errors)
