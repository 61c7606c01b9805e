"""Run the NLP pipeline over a corpus and gather its actors, mentions and relations, one node per actor.

    nlp = make_pipeline()
    extraction = extract(articles, nlp)
"""

import logging
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from typing import Callable, Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from kg.actors import Actor, add_actor_pipes, merge_across_articles
from kg.coref import COREF_NAME
from kg.corpus import Article
from kg.names import TYPOGRAPHIC_QUOTES
from kg.nlp import (ACRONYMS_NAME, DATELINES_NAME, LISTS_NAME, MENTIONS_KEY, PARAGRAPHS_NAME, TAGS_FROM_PARSE_NAME,
                    load_pipeline)
from kg.relations import Relation, add_relation_pipe, most_confident
from kg.scorer import SCORER_NAME
from kg.vocabulary import ARMED_TYPES, INSTITUTION_TYPES

__all__ = ["Mention", "ArticleRelation", "ArticleReading", "Extraction", "make_pipeline", "extract", "read_articles",
           "shared", "combine", "article_docs", "text_pieces", "PIECE_LENGTH"]

logger = logging.getLogger(__name__)

# A long article is parsed in pieces of at most PIECE_LENGTH characters, and docs go through the pipeline in
# batches of at most BATCH_LENGTH characters: the parser's memory grows with a batch's text (about 3 KB a
# character), so however long its articles, a build's parse stays near 0.25 GB. (Batches of 100,000 characters
# parsed 3 % faster than these, at 0.5 GB.)
PIECE_LENGTH = 20_000
BATCH_LENGTH = 25_000
_OFFSET, _LAST = "kg_offset", "kg_last_piece"
# Relations that give their subject an office in, or a place among the leaders of, their object.
_ROLES = frozenset({"leads", "spokesperson_for", "official_of", "member_of"})
# The kinds of body a member of holds an office in: a state's body, an armed force, an armed group
_OFFICE_HOLDING_TYPES = INSTITUTION_TYPES | ARMED_TYPES


class Mention(NamedTuple):
    """A stretch of an article's text that names an actor."""

    article: str
    actor: str
    text: str
    start: int
    end: int


class ArticleRelation(NamedTuple):
    """A relation and the article it was read from."""

    article: str
    relation: Relation


@dataclass
class Extraction:
    """What the pipeline read from a corpus."""

    articles: list[Article] = field(default_factory=list)
    actors: dict[str, Actor] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: list[ArticleRelation] = field(default_factory=list)

    def best_relations(self) -> list[ArticleRelation]:
        """One relation per article, subject, predicate and object: the most confident reading."""
        return list(most_confident((((i.article, i.relation.subject, i.relation.predicate, i.relation.object), i)
                                    for i in self.relations), lambda i: i.relation.confidence).values())


def make_pipeline(model: str | None = None, registry_path: str | None = None,
                  scorer_path: str | None = None) -> Language:
    """The trained spaCy pipeline with kg's components: gazetteer, actor linker, coreference, relation patterns
    and the relation scorer (the package's model, or the one at `scorer_path`)."""
    nlp = load_pipeline(model)
    nlp.add_pipe(ACRONYMS_NAME, before="tok2vec")
    nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    nlp.add_pipe(DATELINES_NAME, after=TAGS_FROM_PARSE_NAME)
    nlp.add_pipe(LISTS_NAME, after=DATELINES_NAME)
    add_actor_pipes(nlp, registry_path)
    nlp.add_pipe(COREF_NAME, after="kg_actor_linker")
    add_relation_pipe(nlp)
    nlp.add_pipe(SCORER_NAME, last=True, config={"model_path": scorer_path})
    return nlp


@dataclass(frozen=True)
class ArticleReading:
    """What the pipeline read from one article, before anything is merged across articles: the unit a worker
    process or a cluster returns, and the build cache keeps."""

    article: Article
    actors: tuple[Actor, ...]  # as this article names them, in the order it first does
    types: tuple[tuple[str, str], ...]  # (actor id, type) once per piece of the article that names the actor
    mentions: tuple[Mention, ...]
    relations: tuple[Relation, ...]
    failure: str | None = None  # why the pipeline could not read the article, which then says nothing


def shared(readings: Iterable[ArticleReading]) -> Iterator[ArticleReading]:
    """The readings with what they repeat held once: each actor (every article that names the Pentagon carries
    its whole registry entry), each id and each evidence sentence. Readings come from a cache file or another
    process with a copy of all of them, and an archive's readings are held until its graph is made.

    >>> from pathlib import Path
    >>> reading = ArticleReading(Article("a", Path("a.txt"), ""), (Actor("x", "X", "Militia"),), (), (), ())
    >>> first, second = shared([reading, replace(reading, actors=(Actor("x", "X", "Militia"),))])
    >>> first.actors[0] is second.actors[0]
    True
    """
    actors: dict[Actor, Actor] = {}
    for reading in readings:
        yield replace(reading, actors=tuple(actors.setdefault(actor, actor) for actor in reading.actors),
                      types=tuple(_interned(pair) for pair in reading.types),
                      mentions=tuple(Mention(*_interned(m)) for m in reading.mentions),
                      relations=tuple(Relation(*_interned(r)) for r in reading.relations))


def _interned(fields: Iterable) -> list:
    return [sys.intern(value) if isinstance(value, str) else value for value in fields]


def read_articles(articles: Iterable[Article], nlp: Language) -> Iterator[ArticleReading]:
    """Each article read with the pipeline, in the order given; long articles in pieces, docs in batches.

    An article a component of the pipeline fails on is a failed reading (its `failure` says why), and the others
    are read on: one article kg cannot read does not cost an archive its graph.
    """
    by_id = {article.id: article for article in articles}
    failures: dict[str, str] = {}

    def dropped(name: str, component: Callable, docs: list[Doc], error: Exception) -> None:
        # spaCy calls this for a doc a component raised on, and leaves the doc out of what it yields
        for doc in docs:
            failures.setdefault(doc._.article_id, f"the {name} stage failed on it ({type(error).__name__}: {error})")
            logger.debug("kg could not read %s", doc._.article_id, exc_info=error)

    def failed(article_id: str) -> ArticleReading:
        return ArticleReading(by_id[article_id], (), (), (), (), failures.get(article_id, "the pipeline left it out"))

    # the handler spaCy gives kg's components, which have none of their own (the trained ones keep theirs), for
    # this reading only: a later call of the pipeline raises as before
    previous, nlp.default_error_handler = nlp.default_error_handler, dropped
    try:
        waiting = iter(by_id)  # the articles in order: those no doc arrives for were dropped whole
        pieces: list[Doc] = []
        for doc in _parse(article_docs(list(by_id.values()), nlp), nlp):
            article_id = doc._.article_id
            if pieces and pieces[0]._.article_id != article_id:
                yield failed(pieces[0]._.article_id)  # its last piece was dropped
                pieces = []
            if not pieces:
                yield from (failed(skipped) for skipped in iter(waiting.__next__, article_id))
            pieces.append(doc)
            if doc.user_data[_LAST]:
                yield _reading(by_id[article_id], pieces) if article_id not in failures else failed(article_id)
                pieces = []
        if pieces:
            yield failed(pieces[0]._.article_id)
        yield from (failed(skipped) for skipped in waiting)
    finally:
        nlp.default_error_handler = previous


def _reading(article: Article, pieces: list[Doc]) -> ArticleReading:
    actors: dict[str, Actor] = {}
    types, mentions, relations = [], [], []
    text = article.text  # the docs read its quotes straightened; what is shown is what the article says
    for doc in pieces:
        offset = doc.user_data[_OFFSET]
        for actor in (doc._.actors or {}).values():
            known = actors.get(actor.id)
            actors[actor.id] = known.with_aliases(actor.aliases) if known else actor
            types.append((actor.id, actor.type))
        mentions += [Mention(article.id, span.kb_id_, text[span.start_char + offset:span.end_char + offset],
                             span.start_char + offset, span.end_char + offset)
                     for span in doc.spans.get(MENTIONS_KEY, [])]
        relations += [r._replace(evidence=text[r.start + offset:r.end + offset].strip(),
                                 start=r.start + offset, end=r.end + offset) for r in doc._.relations or []]
    return ArticleReading(article, tuple(actors.values()), tuple(types), tuple(mentions), tuple(relations))


def combine(readings: Iterable[ArticleReading]) -> Extraction:
    """The articles' readings merged into one set of actors: an unregistered actor takes the type most pieces
    give it, a person with a role is an Official, and names of one actor across articles become one node."""
    extraction = Extraction()
    types: dict[str, Counter] = defaultdict(Counter)
    for reading in readings:
        extraction.articles.append(reading.article)
        for actor in reading.actors:
            known = extraction.actors.get(actor.id)
            extraction.actors[actor.id] = known.with_aliases(actor.aliases) if known else actor
        for actor_id, actor_type in reading.types:
            types[actor_id][actor_type] += 1
        extraction.mentions.extend(reading.mentions)
        extraction.relations.extend(ArticleRelation(reading.article.id, r) for r in reading.relations)
    for actor_id, counts in types.items():
        actor = extraction.actors[actor_id]
        if not actor.registered:
            extraction.actors[actor_id] = replace(actor, type=counts.most_common(1)[0][0])
    _promote_role_holders(extraction)
    _apply_renames(extraction, merge_across_articles(extraction.actors))
    return extraction


def extract(articles: Iterable[Article], nlp: Language,
            on_article: Callable[[Article], None] | None = None) -> Extraction:
    """Read every article with the pipeline and merge what they name into one set of actors."""
    def told(reading: ArticleReading) -> ArticleReading:
        if on_article is not None:
            on_article(reading.article)
        if reading.failure is not None:
            logger.warning("%s left out: %s", reading.article.path, reading.failure)
        return reading

    return combine(reading for reading in map(told, read_articles(articles, nlp)) if reading.failure is None)


def _parse(docs: Iterable[Doc], nlp: Language) -> Iterator[Doc]:
    """The docs through the pipeline, in batches of bounded text."""
    batch: list[Doc] = []
    length = 0
    for doc in docs:
        if batch and length + len(doc.text) > BATCH_LENGTH:
            yield from nlp.pipe(batch, batch_size=len(batch))
            batch, length = [], 0
        batch.append(doc)
        length += len(doc.text)
    if batch:
        yield from nlp.pipe(batch, batch_size=len(batch))


def _promote_role_holders(extraction: Extraction) -> None:
    """A person the text gives an office, a command or a group to speak for is an Official, wherever it does; one it
    makes only a member is one where the membership is of a state's body, an armed force or an armed group (a student
    enrolled at a university holds no office)."""
    types = {actor_id: actor.type for actor_id, actor in extraction.actors.items()}
    holders = {r.subject for r in (item.relation for item in extraction.relations) if r.predicate in _ROLES and (
        r.predicate != "member_of" or types.get(r.object) in _OFFICE_HOLDING_TYPES)}
    for actor_id in holders:
        actor = extraction.actors.get(actor_id)
        if actor is not None and actor.type == "Person" and not actor.registered:
            extraction.actors[actor_id] = replace(actor, type="Official")


def text_pieces(text: str, limit: int = PIECE_LENGTH) -> list[tuple[int, int]]:
    r"""Where to cut a long text into pieces of at most `limit` characters: at a paragraph's end, else a
    sentence's, else a space; a text that fits is one piece.

    >>> text_pieces("One. Two.\n\nThree four five.", limit=12)
    [(0, 11), (11, 22), (22, 27)]
    """
    pieces, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), window.rfind("\n"))
        if cut <= 0:
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
        if cut <= 0:
            cut = window.rfind(" ")
        end = start + (cut + 1 if cut > 0 else limit)
        while end < len(text) and text[end] in "\n ":
            end += 1  # the separator goes with the piece before, so the next one starts on a word
        pieces.append((start, end))
        start = end
    pieces.append((start, len(text)))
    return pieces


def article_docs(articles: list[Article], nlp: Language) -> Iterator[Doc]:
    """One doc per article, or per piece of a long one: its character offset in the article rides along."""
    for article in articles:
        pieces = text_pieces(article.text)
        for number, (start, end) in enumerate(pieces):
            doc = nlp.make_doc(article.text[start:end].translate(TYPOGRAPHIC_QUOTES))
            doc._.article_id = article.id
            doc._.source = article.source
            doc.user_data[_OFFSET] = start
            doc.user_data[_LAST] = number == len(pieces) - 1
            yield doc


def _apply_renames(extraction: Extraction, renames: dict[str, str]) -> None:
    if not renames:
        return
    for old, new in renames.items():
        extraction.actors[new] = extraction.actors[new].with_aliases(extraction.actors.pop(old).aliases)
    extraction.mentions = [m._replace(actor=renames.get(m.actor, m.actor)) for m in extraction.mentions]
    extraction.relations = [
        ArticleRelation(item.article, item.relation._replace(
            subject=renames.get(item.relation.subject, item.relation.subject),
            object=renames.get(item.relation.object, item.relation.object)))
        for item in extraction.relations
        if renames.get(item.relation.subject, item.relation.subject)
        != renames.get(item.relation.object, item.relation.object)
    ]
