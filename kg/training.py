"""Train the relation scorer on annotated articles (``kg train``), and measure it by cross-validation.

Every candidate pair the scorer would see (``kg.scorer.candidates``) is read with
every predicate its actor types admit; the instance is positive when the gold
annotation of the article holds that triple and its evidence lies in the
candidate's sentence. A logistic regression (scikit-learn, the ``train`` extra)
is fitted on those instances; its weights are written as the package's scorer
model. The regularisation and the decision thresholds are chosen by
cross-validation over whole articles, scored as ``kg eval`` scores a build.

    report = train([Path("corpus/dev")], [Path("gold/dev-tune.jsonl")])
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from kg.corpus import read_corpus
from kg.evaluate import Gold, Prediction, Score, evaluate, load_gold, match_actors
from kg.extraction import article_docs, make_pipeline
from kg.lexicon import load_lexicon
from kg.nlp import MENTIONS_KEY
from kg.vocabulary import load_predicates
from kg.scorer import SCORER_NAME, ScorerModel, instances

__all__ = ["Instance", "TrainingReport", "labelled_instances", "train", "cross_validate", "choose_setting"]

logger = logging.getLogger(__name__)

REGULARISATION = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
# For the triple a grammar pattern read; THRESHOLDS for another predicate the model proposes for its pair.
READ_THRESHOLDS = (0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
FOLDS = 5
REPEATS = 3
# Cross-validated F1 this close to the best counts as as good (a few relations of the tune split).
NEAR_BEST = 0.01


@dataclass
class Instance:
    """A candidate triple of one sentence, its features, and whether the gold holds it there."""

    article: str
    triple: tuple[str, str, str]
    features: dict[str, float]
    label: bool


@dataclass
class ArticleData:
    """What training needs of one article: its instances, the surface forms of its actors, its gold."""

    instances: list[Instance]
    forms: dict[str, set[str]]
    gold: Gold


@dataclass
class TrainingReport:
    """The model trained, and the cross-validated scores it was chosen by."""

    model: ScorerModel
    cross_validated: Score
    by_setting: dict[tuple[float, float], Score] = field(default_factory=dict)


def _evidence_spans(text: str, gold: Gold) -> dict[tuple[str, str, str], list[tuple[int, int]]]:
    """Where each gold relation's evidence stands in the article; empty when it cannot be found."""
    found: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for triple, evidence in gold.relations.items():
        probe = evidence.strip()[:60]
        start = text.find(probe) if probe else -1
        found[triple] = [(start, start + len(evidence))] if start >= 0 else []
    return found


def _holds(triple: tuple[str, str, str], sentence: tuple[int, int],
           evidence: dict[tuple[str, str, str], list[tuple[int, int]]]) -> bool:
    s, p, o = triple
    for key in ((s, p, o), (o, p, s)) if p == "negotiates_with" else ((s, p, o),):
        if key in evidence:
            spans = evidence[key]
            return not spans or any(start < sentence[1] and sentence[0] < end for start, end in spans)
    return False


def article_data(doc: Doc, gold: Gold) -> ArticleData:
    """The labelled instances of one parsed article."""
    lexicon, predicates = load_lexicon(), load_predicates()
    forms: dict[str, set[str]] = defaultdict(set)
    for span in doc.spans.get(MENTIONS_KEY, []):
        forms[span.kb_id_].add(span.text)
    pairing = match_actors(gold.forms, forms)
    evidence = _evidence_spans(doc.text, gold)
    found = []
    for candidate, predicate, features in instances(doc, lexicon, predicates):
        gold_triple = (pairing.get(candidate.subject, ""), predicate, pairing.get(candidate.object, ""))
        sentence = (candidate.sentence.start_char, candidate.sentence.end_char)
        found.append(Instance(doc._.article_id, (candidate.subject, predicate, candidate.object), features,
                              _holds(gold_triple, sentence, evidence)))
    return ArticleData(found, dict(forms), gold)


def labelled_instances(paths: Iterable[Path], gold_paths: Iterable[Path], nlp: Language | None = None,
                       on_article: Callable[[str], None] | None = None) -> dict[str, ArticleData]:
    """Parse every annotated article under `paths` and label its instances by the gold files."""
    gold: dict[str, Gold] = {}
    for path in gold_paths:
        gold.update(load_gold(path))
    articles, _ = read_corpus(paths)
    annotated = [a for a in articles if a.id in gold]
    nlp = nlp or make_pipeline()
    data: dict[str, ArticleData] = {}
    with nlp.select_pipes(disable=[SCORER_NAME]):
        for doc in nlp.pipe(article_docs(annotated, nlp)):
            piece = article_data(doc, gold[doc._.article_id])
            if (known := data.get(doc._.article_id)) is None:  # a long article comes in pieces
                data[doc._.article_id] = piece
                if on_article is not None:
                    on_article(doc._.article_id)
            else:
                known.instances.extend(piece.instances)
                for actor, forms in piece.forms.items():
                    known.forms.setdefault(actor, set()).update(forms)
    missing = sorted(set(gold) - set(data))
    if missing:
        logger.warning("no article found for %d annotated article(s): %s", len(missing), ", ".join(missing))
    return data


def _fit(instances: list[Instance], regularisation: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([i.features for i in instances])
    classifier = LogisticRegression(C=regularisation, max_iter=2000, solver="lbfgs")
    classifier.fit(matrix, [i.label for i in instances])
    # weights too small to move a probability are left out: the model file stays small and readable
    weights = {name: round(float(w), 4) for name, w in zip(vectorizer.get_feature_names_out(), classifier.coef_[0])
               if abs(w) >= 1e-3}
    return weights, round(float(classifier.intercept_[0]), 4)


def _model(weights: dict[str, float], intercept: float, thresholds: tuple[float, float],
           metadata: dict) -> ScorerModel:
    biases = {p: intercept for p in load_predicates()}
    return ScorerModel(version=str(metadata.get("version", "")), weights=weights, biases=biases,
                       threshold=thresholds[0], read_threshold=thresholds[1], metadata=metadata)


def _probabilities(model: ScorerModel, data: dict[str, ArticleData]) -> dict[str, list[tuple[Instance, float]]]:
    """Each article's instances with the model's probability for each: the same whatever the thresholds, so
    worked out once for all of them."""
    return {article: [(i, model.probability(i.triple[1], i.features)) for i in item.instances]
            for article, item in data.items()}


def _score(model: ScorerModel, data: dict[str, ArticleData],
           probabilities: dict[str, list[tuple[Instance, float]]]) -> Score:
    """The held-out articles scored as ``kg eval`` scores a build, keeping what the model's thresholds keep."""
    predictions = {}
    for article, item in data.items():
        prediction = Prediction(forms=item.forms)
        for instance, probability in probabilities[article]:
            best = prediction.relations.get(instance.triple, (-1.0, ""))
            if model.keeps(probability, instance.features) and probability > best[0]:
                prediction.relations[instance.triple] = (probability, "")
        predictions[article] = prediction
    return evaluate({a: d.gold for a, d in data.items()}, predictions, {}).relations


def _partition(articles: list[str], repeat: int) -> list[str]:
    """The articles in the order of one repeat's folds: a fixed shuffle, the same on every machine."""
    return sorted(articles, key=lambda a: hashlib.sha1(f"{repeat}:{a}".encode()).hexdigest())


def cross_validate(data: dict[str, ArticleData], folds: int = FOLDS,
                   repeats: int = REPEATS) -> dict[tuple[float, float, float], Score]:
    """Scores of every (regularisation, threshold, threshold for pattern readings) setting, summed over
    `repeats` partitions of whole articles into `folds` folds: one partition's luck would choose between settings
    the data cannot tell apart."""
    scores: dict[tuple[float, float, float], Score] = defaultdict(Score)
    partitions = [_partition(list(data), repeat) for repeat in range(repeats)]
    for articles, fold in itertools.product(partitions, range(folds)):
        held_out = {a: data[a] for n, a in enumerate(articles) if n % folds == fold}
        training = [i for a in articles if a not in held_out for i in data[a].instances]
        for regularisation in REGULARISATION:
            weights, intercept = _fit(training, regularisation)
            model = _model(weights, intercept, (THRESHOLDS[0], READ_THRESHOLDS[0]), {})
            probabilities = _probabilities(model, held_out)
            for threshold, read_threshold in itertools.product(THRESHOLDS, READ_THRESHOLDS):
                score = _score(replace(model, threshold=threshold, read_threshold=read_threshold), held_out,
                               probabilities)
                scores[regularisation, threshold, read_threshold].add(score.tp, score.predicted, score.gold)
    return dict(scores)


def choose_setting(by_setting: dict[tuple[float, ...], Score]) -> tuple[tuple[float, ...], Score]:
    """The most regularised model whose cross-validated F1 is within a hair of the best, and with it the thresholds
    that score best, the more precise where they tie: between models the folds cannot tell apart, the simpler
    carries better to text it was not fitted on; among thresholds, a relation a user relies on should be right.

    >>> choose_setting({(0.3, 0.2): Score(40, 100, 100), (1.0, 0.2): Score(41, 100, 100)})[0]
    (0.3, 0.2)
    >>> choose_setting({(0.3, 0.5): Score(41, 90, 100), (0.3, 0.2): Score(40, 100, 100)})[0]
    (0.3, 0.5)
    >>> choose_setting({(0.3, 0.5): Score(40, 90, 110), (0.3, 0.2): Score(40, 110, 90)})[0]
    (0.3, 0.5)
    """
    best = max(score.f1 for score in by_setting.values())
    simplest = min(setting[0] for setting, score in by_setting.items() if score.f1 >= best - NEAR_BEST)
    return max(((setting, score) for setting, score in by_setting.items() if setting[0] == simplest),
               key=lambda item: (round(item[1].f1, 3), item[1].precision))


def train(paths: Iterable[Path], gold_paths: Iterable[Path], nlp: Language | None = None,
          on_article: Callable[[str], None] | None = None) -> TrainingReport:
    """Choose the setting by cross-validation, then fit the scorer on every annotated article."""
    gold_paths = list(gold_paths)
    data = labelled_instances(paths, gold_paths, nlp, on_article)
    if not data:
        raise ValueError("no annotated article was found under the corpus paths")
    by_setting = cross_validate(data)
    (regularisation, *thresholds), best = choose_setting(by_setting)
    weights, intercept = _fit([i for d in data.values() for i in d.instances], regularisation)
    # the version names the day and the weights, so two builds' provenance differ exactly when their models do
    digest = hashlib.sha1(json.dumps([weights, intercept, thresholds], sort_keys=True).encode()).hexdigest()[:8]
    metadata = {"version": f"{date.today().isoformat()}-{digest}", "trained_on": sorted(data),
                "gold": [p.name for p in gold_paths], "regularisation": regularisation,
                "cross_validated": {"precision": round(best.precision, 3), "recall": round(best.recall, 3),
                                    "f1": round(best.f1, 3), "folds": FOLDS, "repeats": REPEATS}}
    return TrainingReport(_model(weights, intercept, tuple(thresholds), metadata), best, by_setting)
