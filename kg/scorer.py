"""The relation scorer: every pair of actors the patterns read, described by features and scored by a model.

The grammar patterns (``kg.patterns``, read by ``kg_relations``) propose readings;
they are precise on the constructions they were written for and blind elsewhere.
The scorer looks at every ordered pair of actors a pattern read in a sentence
(referred to by name, through coreference, or as its speaker), describes the pair
by the dependency path between them, the cue words on it and in the sentence, the
actor types and the readings the patterns proposed, and asks a logistic model
trained on annotated articles (``kg train``) how likely each predicate is. Its probability
is the relation's confidence; relations below the model's threshold are dropped.

The model is a versioned JSON file in the package (``kg/data/relation_scorer.json``):
weights by feature name, so scoring needs no machine-learning library.
"""


import json
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.actors import Actor, load_registry
from kg.coref import SPEAKER_PRONOUNS, reference_at
from kg.lexicon import Lexicon, load_lexicon
from kg.nlp import COREF_KEY, MENTIONS_KEY
from kg.relations import Relation, is_publisher
from kg.vocabulary import Predicate, load_predicates, symmetric_predicates
from kg.resources import data_path

__all__ = ["SCORER_NAME", "MODEL_FILE", "Candidate", "ScorerModel", "ScorerModelError", "RelationScorer",
           "references_by_sentence", "sentence_context", "pair_features", "candidates", "instance_features",
           "load_model", "scorer_version", "admitted_predicates", "instances"]

SCORER_NAME = "kg_relation_scorer"
MODEL_FILE = "relation_scorer.json"
# A path longer than this many arcs says little but "far apart".
_MAX_PATH = 5
_DISTANCE_BUCKETS = (2, 5, 10, 20)


class Reference(NamedTuple):
    """A place in a sentence where an actor is referred to; `token` is None for a speaker named elsewhere."""

    token: Token | None
    how: str  # "mention", "coreference" or "speaker"


class Candidate(NamedTuple):
    """An ordered pair of actors in one sentence, with the features of the pair and the patterns' readings."""

    subject: str
    object: str
    sentence: Span
    features: dict[str, float]
    readings: tuple[Relation, ...]


def references_by_sentence(doc: Doc) -> dict[int, dict[str, list[Reference]]]:
    """Every actor each sentence refers to (keyed by the sentence's first token), with where and how.

    A span inside another ("Iran" in "Iran-backed militias") is a reference of its own.
    """
    found: dict[int, dict[str, list[Reference]]] = defaultdict(lambda: defaultdict(list))
    for key, how in ((MENTIONS_KEY, "mention"), (COREF_KEY, "coreference")):
        for span in doc.spans.get(key, []):
            found[span[0].sent.start][span.kb_id_].append(Reference(span.root, how))
    for token in (t for t in doc if t.lower_ in SPEAKER_PRONOUNS):
        reference = reference_at(token)
        if reference and reference[1] == "speaker":
            found[token.sent.start][reference[0]].append(Reference(token, "speaker"))
    for sent in doc.sents:
        if sent._.speaker and sent._.speaker not in found[sent.start]:
            found[sent.start][sent._.speaker].append(Reference(None, "speaker"))
    return {start: dict(references) for start, references in found.items()}


def _ancestors(token: Token) -> list[Token]:
    chain = [token]
    while chain[-1].head != chain[-1]:
        chain.append(chain[-1].head)
    return chain


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]]:
    """The tokens from `a` up to the lowest common head, that head, and the tokens from it down to `b`."""
    up, down = _ancestors(a), _ancestors(b)
    down_index = {t.i: n for n, t in enumerate(down)}
    for n, token in enumerate(up):
        if token.i in down_index:
            return up[:n], token, list(reversed(down[:down_index[token.i]]))
    return up, up[-1], list(reversed(down))  # different sentences: the roots stand for the head


def _cue(token: Token, lexicon: Lexicon) -> str | None:
    lemma = token.lemma_.lower()
    if token.pos_ in {"VERB", "AUX"}:
        return lexicon.verb_predicates.get(lemma)
    if token.pos_ in {"NOUN", "PROPN"}:
        return lexicon.noun_predicates.get(lemma) or lexicon.role_predicates.get(lemma)
    if token.pos_ == "ADJ" and lemma in lexicon.backing_modifiers:
        return "supports"
    return None


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    return next((f"<={b}" for b in bounds if value <= b), f">{bounds[-1]}")


def _path_features(a: Token, b: Token, lexicon: Lexicon) -> dict[str, float]:
    """What lies between two references on the dependency tree."""
    up, top, down = dependency_path(a, b)
    arcs = [f"{t.dep_}^" for t in up] + [f"v{t.dep_}" for t in down]
    features: dict[str, float] = {f"top={top.lemma_.lower()}": 1.0, f"top_pos={top.pos_}": 1.0,
                                  f"a_dep={a.dep_}": 1.0, f"b_dep={b.dep_}": 1.0,
                                  f"path_len={_bucket(len(arcs), (0, 1, 2, 3, 4))}": 1.0}
    if len(arcs) <= _MAX_PATH:
        features[f"path={' '.join(arcs)}"] = 1.0
        features[f"path_top={' '.join(arcs)}|{top.lemma_.lower()}"] = 1.0
    inner = [t for t in (*up[1:], top, *down[:-1]) if t not in (a, b)]
    for token in inner:
        features[f"on_path={token.lemma_.lower()}"] = 1.0
        if cue := _cue(token, lexicon):
            features[f"cue_path={cue}"] = 1.0
        if token.dep_ == "neg" or any(c.dep_ == "neg" for c in token.children):
            features["negated"] = 1.0
    for token in (a, b):
        if token.dep_ == "pobj":
            features[f"{'a' if token is a else 'b'}_prep={token.head.lower_}"] = 1.0
    if cue := _cue(top, lexicon):
        features[f"cue_top={cue}"] = 1.0
    return features


def role_under(token: Token | None, cue: Token, climb: int = 4) -> str | None:
    """How a reference hangs on a cue word: the arc that joins its chain to the cue ("nsubj", "prep:on"), or,
    when the cue hangs under the reference ("Group leader Ali Saleh"), the cue's own arc ("has:compound").

    A cue noun that is a light verb's object ("launched an attack on X") lends the verb's arcs ("verb:nsubj").
    """
    if token is None:
        return "speaker"
    chain, current = [], token
    for _ in range(climb):
        if current == cue or current.head == current:
            break
        chain.append(current)
        current = current.head
    if current == cue and chain:
        arc = chain[-1]
        if arc.dep_ == "prep":
            return f"prep:{arc.lower_}"
        return "prep:by" if arc.dep_ == "agent" else arc.dep_
    if cue.head == token or (cue.head.head == token and cue.head.dep_ in {"compound", "appos"}):
        return f"has:{cue.dep_}"
    if cue.pos_ == "NOUN" and cue.dep_ in {"dobj", "nsubjpass", "pobj"} and cue.head != cue and climb > 1:
        inner = role_under(token, cue.head if cue.dep_ != "pobj" else cue.head.head, climb - 1)
        return f"verb:{inner}" if inner and not inner.startswith(("has:", "verb:", "speaker")) else None
    return None


class SentenceContext(NamedTuple):
    """What every pair of a sentence shares: its cue words, the features of the sentence as a whole, and the
    roles of its references under its cues, worked out once for all the pairs they take part in."""

    sent: Span
    cues: tuple[tuple[Token, str], ...]
    features: dict[str, float]
    roles: dict[tuple[int | None, int], str | None]


def sentence_context(sent: Span, lexicon: Lexicon) -> SentenceContext:
    """The cue words of a sentence (token, predicate), and its own features: the predicates its cues name,
    whether it quotes someone, whether it is a headline."""
    cues = tuple((token, cue) for token in sent if (cue := _cue(token, lexicon)))
    features = {f"cue_sent={cue}": 1.0 for _, cue in cues}
    if sent._.speaker:
        features["quoted"] = 1.0
    if sent.start == 0:
        features["first_line"] = 1.0
    return SentenceContext(sent, cues, features, {})


def _cue_roles(context: SentenceContext, a: Token | None, b: Token | None) -> dict[str, float]:
    """For each cue word of the sentence, how the two references hang on it: "roles:attacks=nsubj>prep:on"."""
    features: dict[str, float] = {}
    for cue, predicate in context.cues:
        if cue in (a, b):
            continue
        role_a, role_b = _role(context, a, cue), _role(context, b, cue)
        if role_a and role_b:
            features[f"roles:{predicate}={role_a}>{role_b}"] = 1.0
        elif role_a or role_b:
            features[f"role_{'s' if role_a else 'o'}:{predicate}={role_a or role_b}"] = 1.0
    return features


def _role(context: SentenceContext, token: Token | None, cue: Token) -> str | None:
    key = (token.i if token is not None else None, cue.i)
    if key not in context.roles:
        context.roles[key] = role_under(token, cue)
    return context.roles[key]


def _path_length(pair: tuple[Token, Token]) -> int:
    up, _, down = dependency_path(*pair)
    return len(up) + len(down)


def pair_features(context: SentenceContext, subject: list[Reference], obj: list[Reference],
                  types: tuple[str, str], lexicon: Lexicon) -> dict[str, float]:
    """The features of an ordered pair of actors in a sentence, whatever the predicate."""
    sent = context.sent
    features: dict[str, float] = {f"types={types[0]}>{types[1]}": 1.0, f"s_type={types[0]}": 1.0,
                                  f"o_type={types[1]}": 1.0, "bias": 1.0, **context.features}
    features.update({f"s_how={r.how}": 1.0 for r in subject})
    features.update({f"o_how={r.how}": 1.0 for r in obj})
    anchored_s = [r.token for r in subject if r.token is not None] or [sent.root]
    anchored_o = [r.token for r in obj if r.token is not None] or [sent.root]
    a, b = min(((x, y) for x in anchored_s for y in anchored_o if x != y), key=_path_length,
               default=(anchored_s[0], anchored_o[0]))
    features.update(_path_features(a, b, lexicon))
    features.update(_cue_roles(context, a if subject[0].token is not None else None,
                               b if obj[0].token is not None else None))
    features[f"order={'s_first' if a.i < b.i else 'o_first'}"] = 1.0
    features[f"distance={_bucket(abs(a.i - b.i), _DISTANCE_BUCKETS)}"] = 1.0
    if abs(a.i - b.i) <= 6:
        for token in sent.doc[min(a.i, b.i) + 1:max(a.i, b.i)]:
            if not token.is_punct:
                features[f"between={token.lemma_.lower()}"] = 1.0
    return features


def candidates(doc: Doc, lexicon: Lexicon, readings: list[Relation]) -> Iterator[Candidate]:
    """Every ordered pair of distinct actors a pattern read in a sentence, and the other way round where the
    reading is symmetric ("Qaani met Kadhimi").

    A pair no pattern read is no candidate: scored as one, it almost never cleared the model's threshold (two
    relations of 623 on the development set) and cost a quarter of a build.
    """
    actors = doc._.actors or {}
    by_sentence: dict[int, list[Relation]] = defaultdict(list)
    for reading in readings:
        by_sentence[reading.start].append(reading)
    references_at = references_by_sentence(doc)
    symmetric = symmetric_predicates()
    for sent in doc.sents:
        here = by_sentence.get(sent.start_char, [])
        if not here:
            continue
        references = references_at.get(sent.start, {})
        context = sentence_context(sent, lexicon)
        pairs = {(r.subject, r.object) for r in here} | {(r.object, r.subject) for r in here
                                                          if r.predicate in symmetric}
        for subject, obj in sorted(pairs):
            if subject not in actors or obj not in actors:
                continue
            types = (actors[subject].type, actors[obj].type)
            features = pair_features(context, references.get(subject, [Reference(None, "inferred")]),
                                     references.get(obj, [Reference(None, "inferred")]), types, lexicon)
            pair_readings = tuple(r for r in here if (r.subject, r.object) == (subject, obj)) + tuple(
                r._replace(subject=subject, object=obj) for r in here
                if (r.subject, r.object) == (obj, subject) and r.predicate in symmetric)
            yield Candidate(subject, obj, sent, features, pair_readings)


def instance_features(candidate: Candidate, predicate: str) -> dict[str, float]:
    """The features of a candidate read with one predicate: its own features tied to the predicate, and the
    features that carry across predicates (a pattern read this very triple, a cue of this predicate is near)."""
    features = {}
    for name, value in candidate.features.items():
        if name.startswith(("roles:", "role_s:", "role_o:")):
            kind, rest = name.split(":", 1)
            cue_predicate, roles = rest.split("=", 1)
            if cue_predicate == predicate:
                features[f"{predicate}|{kind}={roles}"] = value
                features[f"any|{kind}={roles}"] = value
            else:
                features[f"{predicate}|{kind}_of={cue_predicate}"] = value
        else:
            features[f"{predicate}|{name}"] = value
    for reading in candidate.readings:
        if reading.predicate == predicate:
            features[f"{predicate}|rule={reading.pattern}"] = 1.0
            features["any|rule"] = 1.0
            # the pattern's own confidence as log-odds: one shared weight carries every pattern's prior, so
            # regularisation that shrinks the per-pattern weights does not silence the surest patterns
            prior = min(max(reading.confidence, 0.05), 0.95)
            features["any|rule_log_odds"] = max(features.get("any|rule_log_odds", -3.0), math.log(prior / (1 - prior)))
        else:
            features[f"{predicate}|other_rule={reading.predicate}"] = 1.0
            features["any|other_rule"] = 1.0
    for scope in ("path", "top", "sent"):
        if candidate.features.get(f"cue_{scope}={predicate}"):
            features[f"any|cue_{scope}"] = 1.0
    return features


class ScorerModelError(ValueError):
    """A scorer model file that cannot be read."""


@dataclass(frozen=True)
class ScorerModel:
    """A trained logistic model: one weight per feature name, a bias per predicate, and two decision thresholds:
    one for the triple a grammar pattern read, one for another predicate the model proposes for its pair."""

    version: str
    weights: dict[str, float]
    biases: dict[str, float]
    threshold: float
    metadata: dict
    read_threshold: float | None = None  # for triples a pattern read; the threshold where None

    def keeps(self, probability: float, features: dict[str, float]) -> bool:
        """Whether a reading with these features and this probability is a relation."""
        threshold = self.read_threshold if features.get("any|rule") and self.read_threshold is not None \
            else self.threshold
        return probability >= threshold

    def probability(self, predicate: str, features: dict[str, float]) -> float:
        score = self.biases.get(predicate, -10.0)
        score += sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    @classmethod
    def from_file(cls, path: Path) -> "ScorerModel":
        """The model in a file ``to_file`` wrote; ScorerModelError, naming the file, for anything else."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(version=data["version"], weights=data["weights"], biases=data["biases"],
                       threshold=data["threshold"], metadata=data.get("metadata", {}),
                       read_threshold=data.get("read_threshold"))
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
            raise ScorerModelError(f"{path} is not a relation scorer written by kg train ({error!r})") from None

    def to_file(self, path: Path) -> None:
        data = {"version": self.version, "threshold": self.threshold, "read_threshold": self.read_threshold,
                "metadata": self.metadata,
                "biases": dict(sorted(self.biases.items())), "weights": dict(sorted(self.weights.items()))}
        path.write_text(json.dumps(data, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


@cache
def load_model(path: str | None = None) -> ScorerModel | None:
    """The scorer model at `path`, else the package's; None when there is none yet (before the first training)."""
    model_path = Path(path) if path else data_path(MODEL_FILE)
    return ScorerModel.from_file(model_path) if model_path.exists() else None


@Language.factory(
    SCORER_NAME,
    default_config={"model_path": None},
    requires=["doc._.readings", "doc._.vetoes", "doc.spans", "token.dep"],
    assigns=["doc._.relations"],
)
def make_relation_scorer(nlp: Language, name: str, model_path: str | None) -> "RelationScorer":
    return RelationScorer(nlp, name, model=load_model(model_path), lexicon=load_lexicon(),
                          predicates=load_predicates())


class RelationScorer:
    """Score every candidate pair of a doc with every predicate its actor types admit; keep the likely ones.

    What the grammar rules out (``doc._.vetoes``: negated acts, acts to come) and the article's own
    publisher as a source it quotes are never kept. Without a model the patterns' readings pass through.
    """

    def __init__(self, nlp: Language, name: str = SCORER_NAME, *, model: ScorerModel | None, lexicon: Lexicon,
                 predicates: dict[str, Predicate]) -> None:
        if not Doc.has_extension("relations"):
            Doc.set_extension("relations", default=None)
        self.name = name
        self.model = model
        self.lexicon = lexicon
        self.predicates = predicates

    def __call__(self, doc: Doc) -> Doc:
        readings = doc._.readings or []
        if self.model is None:
            doc._.relations = list(readings)
            return doc
        relations = []
        for candidate, predicate, features in instances(doc, self.lexicon, self.predicates):
            probability = self.model.probability(predicate, features)
            if self.model.keeps(probability, features):
                relations.append(_relation(candidate, predicate, probability))
        doc._.relations = relations
        return doc


def instances(doc: Doc, lexicon: Lexicon, predicates: dict[str, Predicate]
              ) -> Iterator[tuple[Candidate, str, dict[str, float]]]:
    """Every candidate of a doc read with every predicate its actor types admit, and the features of that reading.

    What the grammar rules out (``doc._.vetoes``), the article's publisher as a source it quotes, conflict
    between a state and its own institutions, forces or officials ("Kadhimi urged Iraqis to stay calm") and a
    state's support of its own institutions or forces are left out, and so is the membership of one the text says
    leads the group ("Nujaba's Kaabi" in the headline, "Nujaba leader Akram al-Kaabi" below it).
    """
    actors = doc._.actors or {}
    vetoes = doc._.vetoes or set()
    offices = {(r.subject, r.object) for r in doc._.readings or [] if r.predicate == "official_of"}
    leaders = {(r.subject, r.object) for r in doc._.readings or [] if r.predicate == "leads"}
    for candidate in candidates(doc, lexicon, doc._.readings or []):
        subject, obj = actors[candidate.subject], actors[candidate.object]
        institution = subject.state == obj.id or obj.state == subject.id or obj.id in _states_governed(subject)
        own = institution or bool({(subject.id, obj.id), (obj.id, subject.id)} & offices)
        for predicate in admitted_predicates(predicates, (subject.type, obj.type)):
            key = (candidate.sentence.start_char, candidate.subject, predicate, candidate.object)
            # ("the United States will defend its personnel": a state's backing of its own forces says nothing)
            if key in vetoes or predicate == "quoted_by" and is_publisher(candidate.object, doc) or (
                    own and predicates[predicate].kind == "conflict") or institution and predicate == "supports" or (
                    predicate == "member_of" and (subject.id, obj.id) in leaders):
                continue
            yield candidate, predicate, instance_features(candidate, predicate)


def _states_governed(actor: Actor) -> set[str]:
    """The state whose government a head of government heads, by the registry ("Kadhimi urged Iraqis to stay calm"
    is Iraq's own premier, wherever the text ties him to no office)."""
    governed = load_registry().actors.get(actor.governs) if actor.governs else None
    return {governed.state} if governed is not None and governed.state else set()


def scorer_version(path: str | None = None) -> str:
    """The version of the scorer model at `path`, else of the package's ("none" without one), for the build's
    provenance."""
    model = load_model(path)
    return model.version if model is not None else "none"


def admitted_predicates(predicates: dict[str, Predicate], types: tuple[str, str]) -> list[str]:
    """The predicates whose signature admits a subject and an object of these types."""
    return [name for name, p in predicates.items() if types[0] in p.subject_types and types[1] in p.object_types]


def _relation(candidate: Candidate, predicate: str, probability: float) -> Relation:
    sent = candidate.sentence
    pattern = max((r for r in candidate.readings if r.predicate == predicate), key=lambda r: r.confidence,
                  default=None)
    return Relation(candidate.subject, predicate, candidate.object, sent.text.strip(), sent.start_char,
                    sent.end_char, round(probability, 3), pattern.pattern if pattern else "scorer")
