"""Actors: the registry, the entity ruler it feeds, and the linker that makes one node per actor.

Every mention of an actor in a doc becomes a span in ``doc.spans["kg_mentions"]``
whose ``label_`` is the actor's type and ``kb_id_`` its id. Registered actors are
found by the gazetteer (``kg_actor_ruler``, a PhraseMatcher run before the statistical NER);
other named entities become actors too, typed by rules, and partial names,
spelling variants and defined acronyms are linked to the actor they name.

>>> from kg.nlp import load_pipeline
>>> nlp = load_pipeline()
>>> add_actor_pipes(nlp)
>>> doc = nlp("Kataeb Hezbollah said Kata'ib Hezbollah would respond.")
>>> {span.kb_id_ for span in doc.spans["kg_mentions"]}
{'kataib_hezbollah'}
"""


import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.gazetteer import capital_country, country_name, is_place, state_named_by_abbreviation
from kg.corpus import WEEKDAYS, dateline_city
from kg.lexicon import Lexicon, load_lexicon
from kg.names import (APOSTROPHES, DOUBLE_QUOTES, NAME_PARTICLES, fold, name_key, nickname_forms, skeleton, slug,
                      spelling_variants)
from kg.nlp import (MENTIONS_KEY, compounded_name, dateline_tokens, declare_extensions, is_indefinite,
                    is_to_infinitive, line_openings, sentence_before)
from kg.resources import load_data, parse_yaml
from kg.vocabulary import ACTOR_TYPES, INSTITUTION_TYPES, PEOPLE_TYPES, assault_predicates

__all__ = [
    "Actor", "Registry", "load_registry", "add_actor_pipes",
    "ActorLinker", "merge_across_articles", "hyphen_modifier", "names_its_members", "self_naming_noun",
    "state_stood_for", "LIST_REACH",
]


RULER_NAME = "kg_actor_ruler"
LINKER_NAME = "kg_actor_linker"

# NER labels that can name an actor; NORP only through a registered demonym.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# How many sentences after a counted phrase ("three commanders") the list of as many names it introduces may come:
# a story's lead counts whom it names after a quote or two.
LIST_REACH = 4
# What may stand between the names of a list: "A, B and C", "- A, B or the C -".
_LIST_JOINS = frozenset({",", "and", "or", "the", "-", "–", "—"})
# What only people and organisations do, which no place named by its own name does.
_STANCES = frozenset({"opposes", "supports", "accuses", "demands", "negotiates_with", "threatens"})
_INITIAL = re.compile(r"[A-Z]\.")  # "D." in "Dwight D. Eisenhower"
_SURNAME_ARTICLE = re.compile(r"^(?:al|el|Al|El)-")  # "al-" in "al-Sharaa"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")  # "30th" in "the 30th Brigade"
# A two-letter abbreviation as an alias writes it, and as news text may ("US", "U.S."; "UN", "U.N.").
_DOTTED = re.compile(r"\b([A-Z])([A-Z])\b")
_UNDOTTED = re.compile(r"\b([A-Z])\.([A-Z])\.(?=\s|$)")
# The NER's labels of things no actor is (laws, works, products, events), which it gives some groups' names.
_NAMES_OF_THINGS = frozenset({"LAW", "WORK_OF_ART", "PRODUCT", "EVENT"})
# Prepositions after which a capital is a place, not its government.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "into", "across", "outside", "around", "inside", "from", "over",
                             "through", "toward", "towards", "throughout", "within", "north", "south", "east",
                             "west"})
_ROUTE_PREPS = frozenset({"from", "to"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "agent"})
# Predicates of events: a state named on a weapon that modifies an event noun is the state, not its force.
_EVENTS = assault_predicates()
# --- the registry ------------------------------------------------------------------------

@dataclass(frozen=True)
class Actor:
    """One real-world actor: a node of the graph."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    forces: str | None = None
    metonym: str | None = None
    collective: bool = False
    backers: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()
    registered: bool = True
    state: str | None = None  # the state an institution or armed force belongs to (Registry.home_state)
    governs: str | None = None  # the government a head of government names ("the Kadhimi government")
    office: str | None = None  # the office a head of government or state names ("Sudani's office")
    hosts: tuple[str, ...] = ()  # the foreign forces a base is known to host
    hosts_forces_of: tuple[str, ...] = ()  # the states whose forces a state is known to host

    def with_aliases(self, aliases: Iterable[str]) -> "Actor":
        merged = tuple(dict.fromkeys([*self.aliases, *aliases]))
        return self if merged == self.aliases else replace(self, aliases=merged)


@dataclass
class Registry:
    """The curated actors of the domain, indexed by every alias."""

    version: int
    actors: dict[str, Actor]
    by_key: dict[str, str] = field(default_factory=dict)
    by_skeleton: dict[str, list[str]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)
    owners: dict[str, str] = field(default_factory=dict)  # an armed force's id -> the state whose force it is
    # the last two or more words of a registered person's full name -> the person, where only one ends so
    by_name_tail: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_data(cls, data: dict) -> "Registry":
        actors: dict[str, Actor] = {}
        for entry in data["actors"]:
            if entry["type"] not in ACTOR_TYPES:
                raise ValueError(f"actor {entry['id']!r} has unknown type {entry['type']!r}")
            if entry["id"] in actors:
                raise ValueError(f"actor id {entry['id']!r} is registered twice")
            actors[entry["id"]] = Actor(
                id=entry["id"], name=entry["name"], type=entry["type"],
                aliases=tuple(dict.fromkeys([entry["name"], *entry.get("aliases", [])])),
                demonyms=tuple(entry.get("demonyms", [])), forces=entry.get("forces"),
                metonym=entry.get("metonym"), collective=bool(entry.get("collective", False)),
                backers=tuple(entry.get("backers", [])), heads=tuple(entry.get("heads", [])),
                governs=entry.get("governs"), office=entry.get("office"), hosts=tuple(entry.get("hosts", [])),
                hosts_forces_of=tuple(entry.get("hosts_forces_of", [])), state=entry.get("state"),
            )
        registry = cls(version=int(data.get("version", 0)), actors=actors)
        for actor in actors.values():
            for reference in (actor.forces, actor.metonym, actor.governs, actor.office, actor.state, *actor.backers,
                              *actor.hosts, *actor.hosts_forces_of):
                if reference and reference not in actors:
                    raise ValueError(f"actor {actor.id!r} refers to unknown actor {reference!r}")
            if actor.forces:
                registry.owners[actor.forces] = actor.id
            for alias in actor.aliases:
                registry.by_key.setdefault(name_key(alias), actor.id)
                registry.by_skeleton.setdefault(skeleton(alias), []).append(actor.id)
            for demonym in actor.demonyms:
                registry.demonyms[demonym] = actor.id
        tails = defaultdict(set)
        for actor in actors.values():
            for words in (alias.split() for alias in actor.aliases if actor.type in PEOPLE_TYPES):
                for start in range(1, len(words) - 1):
                    tails[name_key(" ".join(words[start:]))].add(actor.id)
        registry.by_name_tail = {key: next(iter(ids)) for key, ids in tails.items() if len(ids) == 1}
        registry.actors.update({a.id: replace(a, state=registry.home_state(a)) for a in actors.values()
                                if a.type in INSTITUTION_TYPES})
        return registry

    def lookup(self, text: str) -> Actor | None:
        """The registered actor a name names, allowing for spelling variants."""
        if actor_id := self.by_key.get(name_key(text)):
            return self.actors[actor_id]
        for actor_id in dict.fromkeys(self.by_skeleton.get(skeleton(text), [])):
            if any(spelling_variants(text, alias) for alias in self.actors[actor_id].aliases):
                return self.actors[actor_id]
        return None

    def home_state(self, actor: Actor) -> str | None:
        """The state an institution or armed force belongs to: the state whose force it is, or the state its name
        opens with ("Iraqi Foreign Ministry", "US Treasury Department", "Turkish defence ministry").

        >>> registry = load_registry()
        >>> [registry.home_state(registry.actors[a]) for a in ("iraqi_foreign_ministry", "us_forces", "iraq")]
        ['iraq', 'united_states', None]
        """
        if actor.type not in INSTITUTION_TYPES:
            return None
        if actor.state is not None:
            return actor.state  # the registry says so ("Joint Operations Command")
        if owner := self.owners.get(actor.id):
            return owner
        return self.state_named(actor.name.split()[0])

    def state_named(self, word: str) -> str | None:
        """The state a word names or is the demonym of ("US", "Iraqi"), or None.

        >>> registry = load_registry()
        >>> registry.state_named("U.S."), registry.state_named("Turkish"), registry.state_named("Quds")
        ('united_states', 'turkey', None)
        """
        state = self.actors.get(self.demonyms.get(word, "")) or self.lookup(word)
        return state.id if state is not None and state.type == "Country" else None

    def alias_phrases(self, base_forms: frozenset[str] = frozenset()) -> Iterator[tuple[Actor, str]]:
        """Every alias of every actor, once in each way news text writes its apostrophes and its two-letter
        abbreviations ("US Treasury Department", "U.S. Treasury Department"), and a base's in each of the forms a
        base's name ends in (`base_forms`).

        >>> treasury = Actor("us_treasury", "US Treasury", "GovernmentBody", ("US Treasury",))
        >>> registry = Registry(1, {"us_treasury": treasury})
        >>> [alias for _, alias in registry.alias_phrases()]
        ['US Treasury', 'U.S. Treasury']
        >>> victory = Actor("victory_base", "Victory Base", "Place", ("Victory Base",))
        >>> sorted(alias for _, alias in Registry(1, {"victory_base": victory}).alias_phrases(
        ...     frozenset({"base", "military base"})))
        ['Victory Base', 'Victory military base']
        """
        base_forms = frozenset(form.replace("_", " ") for form in base_forms)  # (the lexicon joins a phrase's words)
        for actor in self.actors.values():
            for alias in _in_each_base_form(actor, base_forms):
                plain = alias.translate(APOSTROPHES)
                spellings = (plain, _DOTTED.sub(r"\1.\2.", plain), _UNDOTTED.sub(r"\1\2", plain))
                for variant in dict.fromkeys((alias, *(v for spelling in spellings for v in (
                        spelling, spelling.replace("'", "’"), spelling.replace("'", ""))))):
                    yield actor, variant

    def collective_patterns(self, lexicon: Lexicon) -> Iterator[tuple[Actor, list[dict]]]:
        """Token patterns for the phrases that name each collective ("Iran-backed armed factions")."""
        for actor in self.actors.values():
            if actor.collective:
                yield from ((actor, pattern) for pattern in self._collective_patterns(actor, lexicon))

    def _collective_patterns(self, actor: Actor, lexicon: Lexicon) -> Iterator[list[dict]]:
        states = [backer for backer in actor.backers if self.actors[backer].type == "Country"]
        forms = sorted({form.lower() for backer in states for form in self._single_word_forms(backer)})
        heads = {"LOWER": {"IN": list(actor.heads)}}
        modifiers = {"POS": {"IN": ["ADJ", "PROPN", "NOUN"]}, "LOWER": {"NOT_IN": list(actor.heads)}, "OP": "*"}
        dash = {"ORTH": {"IN": ["-", "–"]}}
        backing = {"LOWER": {"IN": sorted(lexicon.backing_modifiers | lexicon.aligned_modifiers)}}
        backed = [{"LOWER": {"IN": forms}}, dash, backing]
        # "IRGC-backed militias": the men a body of the backing state backs are the collective too (but "IRGC-linked
        # sites" are the body's own)
        bodies = sorted({form.lower() for backer in actor.backers if backer not in states
                         for form in self._single_word_forms(backer)})
        men = [h for h in actor.heads if h not in lexicon.stand_in_nouns | lexicon.installation_nouns]
        yield [{"LOWER": {"IN": bodies}}, dash, backing, modifiers, {"LOWER": {"IN": men}}]
        singular = {"LOWER": {"IN": sorted(_singular_heads(actor))}}
        things = {"LOWER": {"IN": sorted(lexicon.stand_in_nouns | lexicon.argument_bridges)}}
        yield [*backed, modifiers, heads]  # "Iran-backed armed factions"
        yield [*backed, singular, things]  # "Iranian-backed militia targets"
        # "an Iran-backed militia claimed it": one of them, unnamed, is the collective, as the guidelines rule
        indefinite = {"LOWER": {"IN": ["a", "an", "one"]}}
        yield [indefinite, *backed, modifiers, singular]
        yield [*backed, modifiers, singular]  # a headline's "Iran-backed militia behind attack" (not after "the")
        yield [{"LOWER": "pro"}, dash, {"LOWER": {"IN": forms}}, modifiers, heads]  # "pro-Iran militias"
        # "Tehran's proxies in Iraq": the backer's proxies, unnamed, are the collective
        proxies = sorted(n for n in lexicon.proxy_nouns - lexicon.ally_nouns if n.endswith("s"))
        yield [{"LOWER": {"IN": forms}}, {"ORTH": {"IN": ["'s", "’s"]}}, modifiers, {"LOWER": {"IN": proxies}}]
        yield [indefinite, {"LOWER": "pro"}, dash, {"LOWER": {"IN": forms}}, modifiers, singular]
        backing_words = sorted(lexicon.backing_modifiers | lexicon.aligned_modifiers | lexicon.alignment_adjectives)
        yield [modifiers, heads, {"LOWER": {"IN": backing_words}}, {"LOWER": {"IN": ["with", "by", "to"]}},
               {"LOWER": {"IN": forms}}]  # "armed groups aligned with Tehran", "militias backed by Iran"
        yield [modifiers, heads, {"LOWER": {"IN": ["that", "which"]}, "OP": "?"}, {"LOWER": {"IN": forms}},
               {"LEMMA": {"IN": sorted(lexicon.backing_verbs)}, "POS": "VERB"}]  # "the militias Tehran backs"

    def _single_word_forms(self, actor_id: str) -> Iterator[str]:
        actor = self.actors[actor_id]
        yield from (a for a in (*actor.aliases, *actor.demonyms) if " " not in a)
        yield from (p.name for p in self.actors.values() if p.metonym == actor_id)


def _describes_names(phrase: Span) -> bool:
    """Whether a collective's phrase describes the names it stands beside, which the guidelines' unnamed collective
    is not: an apposition to the names before it ("X, an Iran-aligned militia", "X and Y, two Iran-backed
    militias"), what a name is said to be ("X is an Iran-backed militia") or a phrase the names after it list ("four
    Iran-aligned groups - X, Y, Z and W -").

    >>> from kg.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> doc = nlp("The department designated four Iran-aligned groups - Harakat al-Nujaba, Kataib Sayyid al-Shuhada "
    ...           "and Kataib al-Imam Ali - as terrorists.")
    >>> _describes_names(doc[3:8]), _describes_names(nlp("The department designated four Iran-aligned groups.")[3:8])
    (True, False)
    """
    root, doc = phrase.root, phrase.doc
    counted = any(c.dep_ == "nummod" for c in root.children)
    if root.dep_ == "appos" and root.head.pos_ == "PROPN" and (doc[phrase.start].lower_ in {"a", "an"} or (
            counted and any(c.dep_ == "conj" for c in root.head.children))):
        return True
    # or what a name is said to be: "X is an Iran-backed militia", "X is one of the Iran-backed militias"
    said = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "one" else (
        root if doc[phrase.start].lower_ in {"a", "an"} else None)
    if said is not None and said.dep_ == "attr" and said.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in said.head.children):
        return True
    listed = {n.i for c in root.children if c.dep_ == "appos" and c.pos_ == "PROPN" for n in (c, *c.conjuncts)}
    return len(listed) >= 2 or counted and bool(listed)


def _singular_heads(actor: Actor) -> set[str]:
    """The singular of the nouns heading a collective's names: "militia" for "militias"."""
    return {h.removesuffix("s") for h in actor.heads} - set(actor.heads)


def _is_acronym(text: str) -> bool:
    """Short capitals, matched only as written, so that "US" is not "us" and "IS" not "is"."""
    return text.isupper() and len(text.replace(".", "")) <= 5


@cache
def _package_registry() -> Registry:
    return Registry.from_data(load_data("actors.yaml"))


def load_registry(path: str | Path | None = None) -> Registry:
    """The registry at `path` (a YAML file like kg/data/actors.yaml), else the package's own."""
    if path is None:
        return _package_registry()
    return Registry.from_data(parse_yaml(Path(path).read_text(encoding="utf-8")))


# --- the pipeline components ------------------------------------------------------------

def add_actor_pipes(nlp: Language, registry_path: str | None = None) -> None:
    """Add the gazetteer before the statistical NER and the linker after it."""
    declare_extensions()
    nlp.add_pipe(RULER_NAME, before="ner", config={"registry_path": registry_path})
    nlp.add_pipe(LINKER_NAME, after="ner", config={"registry_path": registry_path})


@Language.factory(RULER_NAME, default_config={"registry_path": None}, assigns=["doc.ents"])
def make_actor_ruler(nlp: Language, name: str, registry_path: str | None) -> "ActorRuler":
    return ActorRuler(nlp, name, registry=load_registry(registry_path), lexicon=load_lexicon())


class ActorRuler:
    """The gazetteer: every registered alias found in one pass of a PhraseMatcher (case aside, but acronyms as
    written), and the phrases naming collectives by token patterns; the longest match wins, each becoming an
    entity labelled with the actor's type whose ``ent_id_`` is the actor's id."""

    def __init__(self, nlp: Language, name: str = RULER_NAME, *, registry: Registry, lexicon: Lexicon) -> None:
        self.name = name
        self.lexicon = lexicon
        self.registry = registry
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.collectives = Matcher(nlp.vocab, validate=False)
        # match key -> the actor, and which of the alias's tokens must match as written
        self.entries: dict[int, tuple[Actor, tuple[str | None, ...]]] = {}
        for actor, alias in registry.alias_phrases(lexicon.base_name_forms):
            tokens = nlp.make_doc(alias)
            key = f"{actor.id}\t{alias}"
            self.entries[nlp.vocab.strings.add(key)] = (actor, tuple(t.text if _is_acronym(t.text) else None
                                                                      for t in tokens))
            self.phrases.add(key, [tokens])
        for actor, pattern in registry.collective_patterns(lexicon):
            key = f"{actor.id}\t*"
            self.entries[nlp.vocab.strings.add(key)] = (actor, ())
            self.collectives.add(key, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        spans = self._registry_matches(doc)
        names = [(span.start, span.end, span.id_) for span in spans if len(span) > 1]
        name_starts = {span.start for span in spans}
        for key, start, end in self.collectives(doc):
            actor = self.entries[key][0]
            # "the Iran-backed Popular Mobilization Forces" names the PMF, not the Iran-backed militias at large; "X,
            # an Iran-aligned militia" describes X
            # ("the Iran-backed militia" is one named before, "Iran-backed militia Kataib Hezbollah" the one named
            # after; "an Iran-backed militia" is matched with its article)
            # ("Iran-backed militia leader X": a bare singular in the title of a name says whose that person is)
            noun = doc[end - 1]
            titles_a_name = noun.dep_ in {"compound", "amod", "nmod"} and noun.head.dep_ == "compound" and (
                noun.head.head.pos_ == "PROPN")
            determined = noun.lower_ in _singular_heads(actor) and doc[start].lower_ not in {"a", "an", "one"} and (any(
                c.dep_ in {"det", "poss"} for c in noun.children) or end in name_starts
                or titles_a_name)
            # ("Iranian-backed Kataib Hezbollah militia": a name inside, with the group's noun after it, is named)
            if not any(start < name_start and name_end in {end, end - 1} and named != actor.id
                       for name_start, name_end, named in names) and not determined and not (
                    _describes_names(doc[start:end])):
                spans.append(Span(doc, start, end, label=actor.type, span_id=actor.id))
        spans = [span for span in spans if not self._counts_names_listed_after(span, spans)]
        spans.extend(self._outlets(doc))
        spans.extend(given_names(doc, self.lexicon))
        spans.extend(titled_names(doc, self.lexicon, spans))
        spans.extend(kunya_names(doc, self.lexicon, spans))
        spans.extend(described_names(doc, self.lexicon, spans))
        found = filter_spans(spans)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [ent for ent in doc.ents if not taken.intersection(range(ent.start, ent.end))]
        doc.ents = sorted([*found, *kept], key=lambda span: span.start)
        return doc

    def _registry_matches(self, doc: Doc) -> list[Span]:
        """The names of registered actors in a doc, each the longest name it is in."""
        matches = []
        for key, start, end in self.phrases(doc):
            actor, as_written = self.entries[key]
            if all(text is None or token.text == text for token, text in zip(doc[start:end], as_written)) and not (
                    actor.collective and _describes_names(doc[start:end])):
                person = actor.type in PEOPLE_TYPES
                if person and end - start > 1 and doc[start].lower_ in self.lexicon.titles:
                    start += 1  # "Ayatollah Ali Khamenei" names Ali Khamenei; the title is not the name
                if person and _given_name_and_initial_before(doc[start], self.lexicon):
                    start -= 2  # "Joseph R. Biden": the formal name of the one "Biden" names
                matches.append(Span(doc, start, end, label=actor.type, span_id=actor.id))
        registered = {i for match in matches for i in range(match.start, match.end)}
        spans = []
        for match in _outermost(matches):
            # "Harakat Ansar Allah al-Awfiya" is a group of its own, not the Ansar Allah its name holds; but the
            # "Islamic Revolutionary Guard Corps Quds Force" is two registered names side by side
            enclosing = enclosing_name(match, self.lexicon)
            spans.append(enclosing if enclosing is not None and not registered.issuperset(
                range(enclosing.start, enclosing.end)) else match)
        return spans

    def _counts_names_listed_after(self, phrase: Span, names: list[Span]) -> bool:
        """Whether a registered collective's phrase counts the names a list of as many of its kind gives in its
        sentence or the next few (`LIST_REACH`): a headline's "U.S. designates four Iran-aligned Iraqi factions"
        are the four its lead lists, no unnamed collective (which coreference then finds them to be).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("US blacklists two Iran-backed militias. The Treasury named Kataib Hezbollah and "
        ...                       "Asaib Ahl al-Haq on Friday.")
        >>> [(span.text, span.kb_id_) for span in doc.spans["kg_coref"]]
        [('two Iran-backed militias', 'kataib_hezbollah'), ('two Iran-backed militias', 'asaib_ahl_al_haq')]
        """
        if phrase.id_ not in self.registry.actors or not self.registry.actors[phrase.id_].collective:
            return False
        root = phrase.root
        count = next((self.lexicon.count_words[c.lower_] for c in root.children
                      if c.dep_ == "nummod" and c.lower_ in self.lexicon.count_words), None)
        if count is None:
            return False
        sentences = list(phrase.doc.sents)
        last = next((i for i, sent in enumerate(sentences) if sent.start <= root.i < sent.end), 0) + LIST_REACH
        reach = sentences[min(last, len(sentences) - 1)].end
        kind = PEOPLE_TYPES if phrase.label_ in PEOPLE_TYPES else {phrase.label_}
        after = sorted((n for n in names if phrase.end <= n.start < reach and n.label_ in kind), key=lambda n: n.start)
        run = 0
        for before, name in zip([None, *after], after):
            between = phrase.doc[before.end:name.start] if before is not None else None
            run = run + 1 if between is not None and len(between) and all(
                t.lower_ in _LIST_JOINS for t in between) else 1
            if run == count and not (name.end < len(phrase.doc) and phrase.doc[name.end].lower_ in _LIST_JOINS
                                     and any(n.start == name.end + 1 for n in after)):
                return True
        return False

    def _outlets(self, doc: Doc) -> Iterator[Span]:
        """Outlets' names, longer than any alias inside them: "Sepah News" is an outlet, not the IRGC its first
        word names; "Rudaw TV" is Rudaw."""
        for span in outlet_names(doc, self.lexicon):
            name = doc[span.start:span[-1].i + 1 - sum(t.lower_ in self.lexicon.outlet_name_heads for t in span)]
            if name.text in self.registry.demonyms or self.lexicon.not_actors & {name.text.lower()}:
                continue
            actor = self.registry.lookup(span.text) or self.registry.lookup(name.text)
            if actor is not None and actor.type == "Media":
                yield Span(doc, span.start, span.end, label=actor.type, span_id=actor.id)
            elif actor is None or actor.type not in {"Country", "Place"}:
                yield Span(doc, span.start, span.end, label="ORG")


@dataclass
class _Candidate:
    start: int
    end: int
    actor: Actor
    doc: Doc

    @property
    def actor_span(self) -> Span:
        return self.doc[self.start:self.end]


@Language.factory(
    LINKER_NAME,
    default_config={"registry_path": None},
    requires=["doc.ents", "token.dep", "token.lemma"],
    assigns=["doc.spans", "doc._.actors"],
)
def make_actor_linker(nlp: Language, name: str, registry_path: str | None) -> "ActorLinker":
    return ActorLinker(nlp, name, registry=load_registry(registry_path), lexicon=load_lexicon())


class ActorLinker:
    """Link named entities to actors: one actor id per real-world actor, per doc."""

    def __init__(self, nlp: Language, name: str = LINKER_NAME, *, registry: Registry, lexicon: Lexicon) -> None:
        declare_extensions()
        if not Doc.has_extension("actors"):
            Doc.set_extension("actors", default=None)  # actor id -> Actor, for the actors this doc names
        self.name = name
        self.registry = registry
        self.lexicon = lexicon
        self.type_cue_words = frozenset().union(*lexicon.type_cues.values())  # any word that types an organisation
        self.office_words = frozenset(lexicon.role_predicates) | lexicon.descriptions["Official"]  # "leader", "adviser"
        # the roles only a group's men hold, of a group: "leader", "commander"
        self.heading_roles = frozenset(word for word, role in lexicon.role_predicates.items()
                                       if role in {"leads", "commander"})
        self.members_and_heads = lexicon.affiliated_nouns | self.heading_roles
        # the second halves of "Iran-backed", "Tehran-aligned", "US-led": the name before is another's sponsor
        self.sponsor_modifiers = lexicon.backing_modifiers | lexicon.aligned_modifiers | lexicon.leading_modifiers

    def __call__(self, doc: Doc) -> Doc:
        acronyms = defined_acronyms(doc)
        candidates = self._named(doc, acronyms)
        candidates.extend(_names_repeated(doc, candidates))
        candidates = _shortened_to_their_names(candidates)
        candidates.extend(_names_shortened(doc, candidates))
        candidates.extend(self._demonyms(doc, candidates))
        candidates = self._promote_officials(candidates)
        candidates.extend(self._surnames(doc, candidates))
        candidates.extend(_acronym_uses(doc, candidates, acronyms))
        candidates = _one_mission_per_state([self._as_institution(doc, self._as_mission(
            doc, self._as_force(doc, c), candidates), candidates) for c in candidates])
        candidates = self._bodies_of_states_in_focus(doc, self._bodies_of_states(doc, candidates))
        # before the backers inside names: "Iran-backed" does not make a story about Iran
        candidates.extend(self._bodies_of_heads(doc, candidates))
        candidates.extend(self._bare_institutions(doc, candidates))
        candidates.extend(self._bare_security_forces(doc, candidates))
        candidates.extend(self._dateline_places(doc, candidates))
        candidates.extend(self._named_places(doc, candidates))
        candidates.extend(self._bases_named(doc, candidates))
        candidates = self._ships(doc, candidates)
        candidates.extend(self._backers_inside(doc, candidates))
        candidates = _named_later(doc, _named_by_itself(doc, self._known_as(doc, candidates), self.lexicon))
        candidates = [self._placed_by_noun(c) for c in candidates]
        actors: dict[str, Actor] = {}
        spans = []
        # Shorter first where two mentions start together, so a token's own actor is found first.
        for candidate in sorted(candidates, key=lambda c: (c.start, c.end)):
            actor = candidate.actor
            if actor.type == "Place" and not actor.registered and actor.id not in actors:
                # "the Khor Mor field" after "the Khor Mor gas field": the place named before, whichever way found
                actor = next((a for a in actors.values() if a.type == "Place" and _names_same(actor.name, a)), actor)
            if actor.type in INSTITUTION_TYPES and not actor.registered and actor.state is None:
                actor = replace(actor, state=self.registry.home_state(actor))  # "the Turkish defence ministry"
            actors[actor.id] = actors.get(actor.id, actor).with_aliases(
                [doc[candidate.start:candidate.end].text])
            for named in self._named_through(actor):
                actors.setdefault(named.id, named)
            spans.append(Span(doc, candidate.start, candidate.end, label=actor.type, kb_id=actor.id))
        for forces in self._forces_kept(doc, candidates):
            # (a bare "troops" is no name of the force: it stays out of the mentions and the aliases)
            actors.setdefault(forces.id, forces)
        doc.spans[MENTIONS_KEY] = spans
        doc._.actors = actors
        return doc

    def _named_through(self, actor: Actor) -> list[Actor]:
        """The registered actors a doc names through an actor it names: the state an embassy stands for, the force
        a warship's prefix names, an institution's state ("Iraq's parliament", which "the country" may take up)."""
        state = actor.state if actor.type in INSTITUTION_TYPES else None
        ids = [*([actor.metonym] if actor.metonym and not actor.registered else []),
               *(actor.hosts if not actor.registered else ()), *([state] if state in self.registry.actors else [])]
        return [self.registry.actors[i] for i in ids]

    def _named(self, doc: Doc, acronyms: dict[str, str]) -> list[_Candidate]:
        """The actors the doc's entities name: registered ones as the ruler found them, the others resolved
        (longest first, so a surname or an acronym after a full name finds its actor)."""
        candidates, deferred = self._registered_names(doc)
        deferred += self._names_of_organisation_nouns(doc) + self._numbered_units(doc) + self._ministries_unnamed(doc)
        deferred += self._names_set_off_by_offices(doc)
        deferred.sort(key=lambda span: -len(span))
        claimed = _covered(candidates)
        datelines = dateline_tokens(doc)
        for ent in deferred:
            span = self._trim(ent)
            # ("DUBAI (Reuters) -": no one's name is a dateline's city, which is a place, _dateline_places; the name in
            # its brackets is its outlet's)
            if span is None or span.start in claimed or ent.label_ == "PERSON" and span.start in datelines and (
                    not _bracketed_in_dateline(span)):
                continue
            label = "PERSON" if _after_rank(ent, self.lexicon) else ent.label_  # "Rear Adm. Daniel Hagari"
            span, label = self._whole_name(span, label, claimed)
            if names_an_operation(span, self.lexicon):
                continue
            actor = self._resolve(span, label, candidates, acronyms)
            if actor is not None:
                candidates.append(_Candidate(span.start, span.end, actor, doc))
                claimed.update(range(span.start, span.end))  # a name found inside it is the name's word
        return candidates + self._committees(doc, candidates, claimed)

    def _registered_names(self, doc: Doc) -> tuple[list[_Candidate], list[Span]]:
        """The registered actors the ruler found, as the text uses their names, and the entities left to resolve:
        the others the NER found, and the longer names a registered place or person opens."""
        candidates: list[_Candidate] = []
        deferred: list[Span] = []
        # "WASHINGTON, April 15 (Reuters) -": the city of a dateline is where the report was filed, not its state
        datelines = dateline_tokens(doc)
        opened: set[int] = set()  # the words of names a registered place or person opens
        # "the coalition of Iran-backed militias ... the most powerful member of the coalition": a common noun the
        # text used for another group is that group's word from then on
        used_otherwise: set[str] = set()
        for ent in joined_person_names(owners_cut(portfolios_cut(doc.ents, self.lexicon), self.registry,
                                                  self.lexicon)):
            if len(ent) == 1 and ent.text in self.registry.demonyms and _nationality(ent[0], self.lexicon):
                continue
            if ent.start in opened:
                continue  # "the Kurdistan Region Security Council" is not the UN's Security Council
            # (a person's name joined over a registered word keeps that word's id on its root: "Mohammed Ali
            # al-Houthi" is no name of the Houthis; the ruler labels its names by actor type, never PERSON)
            if ent.label_ == "PERSON" or ent.ent_id_ not in self.registry.actors:
                deferred += self._unregistered_name(ent)
                continue
            if _common_noun_not_naming(ent, self.lexicon) or self._proper_name_owned(ent) or (
                    _noun_described_another(ent)):
                if len(ent) == 1 and names_its_members(ent[0], self.lexicon):
                    used_otherwise.add(ent.text)
                continue
            if ent.text in used_otherwise:
                continue
            actor = self.registry.actors[ent.ent_id_]
            if actor.collective and ent.start and doc[ent.start - 1].lower_ in {"all", "any", "every", "no"}:
                continue  # "called for dissolving all armed factions": any at all, none the text tells of
            if namesake := self._namesake(ent, actor):
                candidates.append(_Candidate(ent.start - 1, ent.end, namesake, doc))  # "Raed al-Maliki"
            elif other := self._other_states(ent, actor):
                candidates.append(_Candidate(ent.start - 1, ent.end, other, doc))  # the demonym is its name's
            elif (name := self._name_it_opens(ent, actor) or self._company_name_it_ends(ent, actor)) is not None:
                deferred.append(name)  # "the Anbar Tribal Mobilization" is not Anbar
                if actor.type != "Country":  # (but "the US Senate" is the state's own Senate)
                    opened.update(range(name.start, name.end))
            else:
                candidates.append(_Candidate(ent.start, ent.end, actor if ent.start in datelines else (
                    self._registered_use(ent, actor)), doc))
        return candidates, deferred

    def _unregistered_name(self, ent: Span) -> list[Span]:
        """An entity the ruler did not register, labelled as what it names, if it names an actor."""
        doc = ent.doc
        if ent.label_ in _ACTOR_LABELS and not self._describes_the_name_after(ent):
            return [ent]
        if self._group_taken_for_thing(ent) or _reported_by(ent, self.lexicon):
            # (or an outlet told something, whatever else the NER took it for: "told The New Arab")
            return [Span(doc, ent.start, ent.end, label="ORG")]
        if _person_taken_for_thing(ent, self.lexicon):
            return [Span(doc, ent.start, ent.end, label="PERSON")]
        if place := _place_taken_for_other(ent, self.lexicon):
            return [Span(doc, place.start, place.end, label="GPE")]
        return []

    def _describes_the_name_after(self, ent: Span) -> bool:
        """Whether an unregistered name headed by a word of organisations runs straight into a registered group's
        name, as a description of it: "the Islamic Resistance Movement Harakat al-Nujaba" is al-Nujaba.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The Islamic Resistance Movement Harakat al-Nujaba said so.")
        >>> [s.kb_id_ for s in doc.spans["kg_mentions"]]
        ['harakat_al_nujaba']
        """
        doc = ent.doc
        if ent.end >= len(doc) or ent[-1].lower_ not in self.lexicon.organisation_heads:
            return False
        after = self.registry.actors.get(doc[ent.end].ent_id_)
        return after is not None and doc[ent.end].ent_iob_ == "B" and after.type in {"Militia", "Organization"}

    # -- registered actors

    def _namesake(self, span: Span, actor: Actor) -> Actor | None:
        """ "Raed al-Maliki, an independent lawmaker": a first name the NER left out before a registered person's
        surname names someone else of that name, not the registered person ("al-Maliki" is Nouri al-Maliki)."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        if actor.type not in PEOPLE_TYPES or before is None or not (before.pos_ == "PROPN" and before.is_title
                                                                      and before.dep_ == "compound"
                                                                      and before.head.i >= span.start):
            return None
        # a title or office before the name ("Supreme Leader Ali Khamenei", "Adviser Jake Sullivan") is no first name
        if _title_word(before.lower_, self.lexicon) or before.lower_ in self.office_words or (
                before.text in self.registry.demonyms or before.ent_type_ and before.ent_iob_ != "O"):
            return None
        name = f"{before.text} {span.text}"
        # ("Tayyip Erdogan": the last words of the registered person's own full name)
        tail = self.registry.actors.get(self.registry.by_name_tail.get(name_key(name), ""))
        return self.registry.lookup(name) or tail or Actor(id=slug(name), name=name, type=actor.type, aliases=(name,),
                                                           registered=False)

    def _other_states(self, span: Span, actor: Actor) -> Actor | None:
        """ "the Jordanian Senate" is not the US Congress the bare "Senate" is registered as: an institution named
        with another state's demonym is that state's own."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        state = self.registry.demonyms.get(before.text) if before is not None else None
        if state is None or actor.state is None or state == actor.state:
            return None
        name = f"{before.text} {span.text}"
        return Actor(id=slug(name), name=name, type=actor.type, aliases=(name,), registered=False, state=state)

    def _registered_use(self, span: Span, actor: Actor) -> Actor:
        """A capital used as a political actor ("Baghdad and Washington agreed") is its state; a capital that
        owns a place ("Baghdad's Green Zone") is the city. A city that stands for a government below a state's
        ("Erbil" for the Kurdistan Regional Government) does so only as one who acts or talks ("Erbil and Baghdad
        agreed") or whose officials speak ("Erbil officials said"): an attack on Erbil, or Erbil's governor, is the
        city's."""
        informants = span.root.dep_ == "compound" and span.root.head.lower_ in self.lexicon.informant_nouns
        # ("the Kurdistan Region's authorities", "the authorities of the Kurdistan Region": its government)
        ruled = span.root.dep_ in {"poss", "compound"} and span.root.head.lower_ in self.lexicon.authority_nouns or (
            span.root.dep_ == "pobj" and span.root.head.lower_ == "of" and (
                span.root.head.head.lower_ in self.lexicon.authority_nouns))
        if not actor.metonym or not (informants or ruled or _political_use(span)) or _owns_a_place(
                span, self.lexicon):
            return actor
        meant = self.registry.actors[actor.metonym]
        # ("Erbil officials said": the officials of the government the city stands for)
        return meant if meant.type == "Country" or informants or ruled or _acting(span.root) else actor

    def _promote_officials(self, candidates: list[_Candidate]) -> list[_Candidate]:
        """A person outside the registry named anywhere in the doc with an office is an Official."""
        officials = {c.actor.id for c in candidates if c.actor.type == "Person" and not c.actor.registered
                     and _holds_office(c.actor_span, self.lexicon)}
        return [_Candidate(c.start, c.end, replace(c.actor, type="Official"), c.doc) if c.actor.id in officials
                else c for c in candidates]

    def _surnames(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """A person's surname where the NER missed it ("Danaeifar's statement"), with or without its article
        ("Sharaa" after "Ahmed al-Sharaa"); and, after "the" or before a role, the capitalised noun heading an
        organisation's name ("accused the Framework", "Framework leader Nouri al-Maliki" after "the Coordination
        Framework") or opens an armed group's ("the Kataib" after "Kataib Hezbollah"), where it does so for one
        organisation only.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Kataib Hezbollah spoke. Abu Baqir al-Saadi, a senior Kataib commander, was killed.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"] if s.text == "Kataib"]
        [('Kataib', 'kataib_hezbollah')]
        """
        taken = _covered(found)
        surnames: dict[str, Actor] = {}
        heads: dict[str, set[Actor]] = defaultdict(set)
        for candidate in found:
            words = candidate.actor.name.split()
            if candidate.actor.type in PEOPLE_TYPES and len(words) > 1 and len(words[-1]) > 3:
                for surname in dict.fromkeys((words[-1], _SURNAME_ARTICLE.sub("", words[-1]))):
                    surnames.setdefault(name_key(surname), candidate.actor)
            elif candidate.actor.type not in {"Place", "Country"} and len(words) > 1 and (
                    head := _head_words(name_key(candidate.actor.name).split())[-1]) in self.lexicon.organisation_heads:
                heads[head].add(candidate.actor)
            # ("the Kata'ib statement", "a senior Kataib commander" after "Kataib Hezbollah": an armed group's name
            # is shortened to its first word, the kind of group it is)
            # (the word so read as _first_word_named reads it)
            if candidate.actor.type == "Militia" and len(words) > 1 and (
                    fold(words[0]).lower() in self.lexicon.group_name_words):
                heads[name_key(words[0])].add(candidate.actor)
        for token in doc:
            # (a surname the tagger took for a common noun is still capitalised: "Sharaa accused Iran")
            if token.i in taken or not (token.pos_ == "PROPN" or token.pos_ == "NOUN" and token.is_title):
                continue
            if actor := surnames.get(name_key(token.text)):
                yield _Candidate(token.i, token.i + 1, actor, doc)
            elif token.is_title and len(named := heads.get(name_key(token.text), ())) == 1 and (
                    token.i > 0 and token.nbor(-1).lower_ == "the" or token.dep_ == "compound" and _is_role_word(
                        token.head, self.lexicon)) and not (token.i + 1 < len(doc) and token.nbor(1).is_title):
                yield _Candidate(token.i, token.i + 1, next(iter(named)), doc)

    def _backers_inside(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "Iran-backed militias", "US-led coalition" name the backer or leader too: "Iran" is a mention of Iran
        inside it."""
        for candidate in found:
            if candidate.end - candidate.start < 2:
                continue
            modifiers = self.lexicon.backing_modifiers | self.lexicon.aligned_modifiers | self.lexicon.leading_modifiers
            for token in doc[candidate.start:candidate.end]:
                name = token.text
                backing = token.i + 2 < candidate.end and token.nbor(1).text in {"-", "–"} and (
                    token.nbor(2).lower_ in modifiers)
                pro = token.i > candidate.start + 1 and _ends_pro_modifier(token)
                # "groups aligned with Tehran": the backer closes the name; "Tehran's proxies" opens it
                pro = pro or (token.i > candidate.start + 1 and token.nbor(-1).lower_ in {"with", "by", "to"}
                              and token.nbor(-2).lower_ in modifiers | self.lexicon.alignment_adjectives)
                pro = pro or (token.i == candidate.start and token.nbor(1).tag_ == "POS" and (
                    doc[candidate.end - 1].lower_ in self.lexicon.proxy_nouns))
                # "the militias Tehran backs": the backer is the subject of the clause that closes the name
                pro = pro or (token.i + 1 < candidate.end and token.nbor(1).pos_ == "VERB" and (
                    token.nbor(1).lemma_.lower() in self.lexicon.backing_verbs))
                if not (backing or pro) and (joined := hyphen_modifier(token, modifiers)):
                    name, backing = joined, True  # "U.S.-led" is one token
                if not (backing or pro):
                    continue
                actor = self.registry.lookup(name) or self.registry.actors.get(self.registry.demonyms.get(name, ""))
                if actor is not None and actor.metonym:
                    actor = self.registry.actors[actor.metonym]  # a backer is a state, not its capital city
                if actor is not None and actor.id != candidate.actor.id:
                    yield _Candidate(token.i, token.i + 1, actor, doc)

    def _bodies_of_heads(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "the Kadhimi government", "Kadhimi's government", "the government of Mustafa al-Kadhimi": a government
        named for its head is the government the registry says the head leads; so is "his government" after the
        head, the last person named before it; and so a head's office ("Sudani's office", "the office of President
        Barham Salih"), but not "his office"."""
        people = sorted((c for c in found if c.actor.type in PEOPLE_TYPES), key=lambda c: c.start)
        heads_of = {body: {i: c for c in found if getattr(c.actor, body) for i in range(c.start, c.end)}
                    for body in _HEADS_BODIES.values()}
        for noun in doc:
            body = _HEADS_BODIES.get(noun.lemma_.lower())
            if body is None or noun.pos_ != "NOUN":
                continue
            heads = heads_of[body]
            before = [heads[c.i] for c in noun.children if c.dep_ in {"poss", "compound"} and c.i in heads]
            # ("his office" is where he works as often as the body; "Sudani, whose government ...": his too)
            pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in {"his", "her", "whose"}),
                           None)
            if pronoun is not None and body == "governs" and (named := [c for c in people if c.end <= noun.i]) and (
                    governed := self._governed_by([c for c in named if c.actor.id == named[-1].actor.id], found)):
                yield _Candidate(pronoun.i, noun.i + 1, governed, doc)
                continue
            after = [heads[o.i] for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj" and o.i in heads]
            if before:
                start = before[0].start  # with the head's titles: "Prime Minister Sudani's office"
                while start > noun.sent.start and doc[start - 1].lower_ in self.lexicon.titles:
                    start -= 1
                yield _Candidate(start, noun.i + 1, self.registry.actors[getattr(before[0].actor, body)], doc)
            elif after:
                yield _Candidate(noun.i, after[0].end, self.registry.actors[getattr(after[0].actor, body)], doc)

    def _governed_by(self, mentions: list[_Candidate], found: list[_Candidate]) -> Actor | None:
        """The government a person named by `mentions` heads: the registry's, else the government of the state a
        title the text gives the person, before the name or set off after it, names ("Syria's interim President
        Ahmed al-Sharaa ... his government", "Ahmed al-Sharaa, Syria's interim president ..."; lexicon
        `government_heads`)."""
        if mentions[0].actor.governs:
            return self.registry.actors[mentions[0].actor.governs]
        states = {i: c.actor for c in found if c.actor.type == "Country" for i in range(c.start, c.end)}
        for person in mentions:
            doc, start = person.doc, person.start
            while start > 0 and (doc[start - 1].lower_ in self.lexicon.titles or (
                    doc[start - 1].tag_ in {"JJ", "POS"}) or start - 1 in states):
                start -= 1
            titles = [range(start, person.start)] + [  # ("Ahmed al-Sharaa, Syria's interim president, ...")
                range(a.left_edge.i, a.i + 1) for a in doc[person.end - 1].children if a.dep_ == "appos"]
            for span in titles:
                state = next((states[i] for i in span if i in states), None)
                if state is not None and {doc[i].lower_ for i in span} & self.lexicon.government_heads:
                    return self._body_of(state, "government")
        return None

    def _bare_institutions(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "parliament", "the government", "Parliament Speaker X" named by a bare noun: the body of that name the
        doc named before, else the registered one of the state the doc names most ("parliament" in a story about
        Iraq)."""
        taken = _covered(found)
        states = self._story_states(doc, found)
        for token in doc:
            if (token.i in taken or token.lemma_.lower() not in self.lexicon.institution_nouns
                    or token.pos_ not in {"NOUN", "PROPN"}
                    # "the two governments" are two; "anti-government protests" are against any
                    or token.tag_ in {"NNS", "NNPS"} or token.i and doc[token.i - 1].tag_ == "HYPH"
                    or token.dep_ == "compound" and not _is_role_word(token.head, self.lexicon)
                    # "the Turkish government" is another state's, "the new government" this one's, and "the
                    # Swedish government" that of a state the registry does not know
                    or any(c.dep_ in {"compound", "poss", "nmod"} or c.dep_ == "amod" and (
                        c.i in taken or c.ent_type_ == "NORP") for c in token.children)
                    or any(c.dep_ == "det" and c.lower_ not in {"the"} and not _led_by_someone(token, self.lexicon)
                           for c in token.children)
                    # "he had never been a government official": any government's
                    or token.dep_ == "compound" and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                        for c in token.head.children)):
                continue
            # "the central government in Iraq": the state the noun itself is placed in or said to be of, named with it;
            # "the cabinet in Erbil": the government a city it is placed in stands for
            # (the parser may hang "in Damascus" on the verb: it is where the noun right before it sits)
            after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            preps = {*(p for p in token.children if p.dep_ == "prep"), *([after] if after is not None else [])}
            placed = [c for c in found for p in preps if p.dep_ == "prep" and p.lower_ in {"in", "of"}
                      for o in p.children if o.dep_ == "pobj" and c.start == o.i]
            own = [c for c in placed if c.actor.type == "Country"]
            seat = next((self.registry.actors[c.actor.metonym] for c in placed if c.actor.metonym), None)
            # ("the new government in Damascus": the state whose capital it sits in)
            own_state = own[0].actor.id if own else seat.id if seat is not None and seat.type == "Country" else (
                _state_shared_by_conjunct(token, found))
            regional = [c for c in token.children if c.dep_ == "amod" and c.lower_ in self.lexicon.regional_modifiers]
            if regional and token.lemma_.lower() in self.lexicon.cabinet_nouns:
                # "the regional cabinet": the government of the region the doc names, not of its state
                if region := self._regional_government(found):
                    yield _Candidate(regional[0].i, token.i + 1, region, doc)
            elif seat is not None and seat.type == "GovernmentBody" and (
                    token.lemma_.lower() in self.lexicon.cabinet_nouns):
                yield _Candidate(token.i, token.i + 1, seat, doc)
            elif (actor := self._institution_meant(token, found, states, own_state)) is not None:
                start = min((c.i for c in token.children if c.dep_ == "amod" and c.i < token.i), default=token.i)
                yield _Candidate(start, own[0].end, actor, doc) if own else _Candidate(token.i, token.i + 1, actor, doc)

    def _bare_security_forces(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "fighting with security forces", "thanked the security forces": a state's security forces named with no
        state are those of the one state their sentence names (by its name, its bodies or its head of government:
        "Prime Minister Sudani ordered the security forces to ..."), else of the state the story is about (lexicon
        `home_force_words`)."""
        taken = _covered(found)
        for token in doc:
            words = [c.lower_ for c in token.children if c.dep_ in {"compound", "amod", "nmod", "poss", "det"}]
            if token.tag_ != "NNS" or token.lower_ not in self.lexicon.force_heads or token.i in taken or not (
                    words and words[-1] in self.lexicon.home_force_words and set(words[:-1]) <= {"the"}):
                continue
            named_here = [c for c in found if token.sent.start <= c.start < token.sent.end]
            here = _states_of(named_here) | {state for c in named_here if c.actor.governs
                                             if (state := self.registry.actors[c.actor.governs].state)}
            state = next(iter(here)) if len(here) == 1 else next(iter(self._story_states(doc, found)), None)
            if state in self.registry.actors and (forces := self.registry.actors[state].forces):
                yield _Candidate(token.i - len(words) + (words[0] == "the"), token.i + 1,
                                 self.registry.actors[forces], doc)

    def _regional_government(self, found: list[_Candidate]) -> Actor | None:
        """The government of a region the doc names, or of a city standing for one ("Kurdistan Region", "Erbil"):
        the one named most, if any."""
        bodies = Counter(c.actor.metonym for c in found if c.actor.type == "Place" and c.actor.metonym
                         and self.registry.actors[c.actor.metonym].type == "GovernmentBody")
        return self.registry.actors[bodies.most_common(1)[0][0]] if bodies else None

    def _story_states(self, doc: Doc, found: list[_Candidate]) -> list[str]:
        """The state the story is about, then the one its dateline's capital stands for, then the others it names,
        the most named first: "the parliament" in a story from Baghdad that names only the Americans, or names Iraq
        and the US alike, is Iraq's, and so in a story that names the US most, whose parliament the registry does
        not know."""
        dateline = self._dateline_state(doc, found)
        # (a state named as the groups' backer, "Iran-backed militias", is none the story is about)
        found = [c for c in found if not self._sponsor_named(c)]
        # (a state is named by its institutions too: "the federal government", "Erbil" for the regional one)
        named = Counter(c.actor.id if c.actor.type == "Country" else c.actor.state for c in found
                        if c.actor.type == "Country" or c.actor.state)
        first = [_story_state(found), dateline.id if dateline and dateline.type == "Country" else None]
        return [s for s in dict.fromkeys(first + [state for state, _ in named.most_common()]) if s]

    def _institution_meant(self, token: Token, found: list[_Candidate], story_states: list[str],
                           own_state: str | None = None, noun: str | None = None) -> Actor | None:
        """The body a bare institutional noun means (or the `noun` an adjective names it by: "parliamentary"):
        the registered one of the state it is said to be of (`own_state`), else of the one state its sentence names
        ("Iraq's parliament passed a resolution calling on the government"), else the body of that name named
        before, else the registered one of the first of the story's states that has one."""
        noun = noun or token.lemma_.lower()
        # ("leader of the Iran-backed Asaib Ahl al-Haq ... rejecting calls by the government": a state named as a
        # group's backer or ally describes the group, and is no state the sentence is about)
        named_here = [c for c in found if token.sent.start <= c.start < token.sent.end and not self._sponsor_named(c)]
        here = {own_state} if own_state else _states_of(named_here)
        if len(here) > 1:
            # ("The US ambassador said Iraqi lives were at risk and called on the government to act": one who asks of
            # a government is not of its state)
            asking = _subject_words(token)
            named_here = [c for c in named_here if c.start not in asking]
            here = _states_of(named_here)
        if len(here) > 1:
            # ("calling on the government to act, two days after a US strike killed an Iranian commander": a state
            # named in a clause of its own, which the noun is not in, is no state the noun may be of)
            here = _states_of([c for c in named_here if not _in_a_clause_without(token.doc[c.start], token)])
        if len(here) != 1 and token.sent.start > 0:
            # ("... as long as there is a single American soldier on Iraqi soil. The government knows this.": the one
            # state the sentence before names as a state)
            # (or whose body or force is its subject: "Iraq's parliament voted to expel U.S. troops. The resolution
            # calls on the government ...")
            # (and of the states its own sentence names, the one the sentence before names: 'Iraqi officials denied
            # the claim. "Iraq does not interfere in Syrian affairs," government spokesman Basim al-Awadi said.')
            before = [c for c in found if sentence_before(token).start <= c.start < token.sent.start]
            subjects = _states_of([c for c in before if token.doc[c.start:c.end].root.dep_ in {"nsubj", "nsubjpass"}])
            if (len(told := {c.actor.id for c in before if c.actor.type == "Country"}) == 1 or len(
                    told := subjects) == 1) and (not here or told <= here):
                here = told
        # (or the government of a head named before: "Prime Minister Sudani has courted American investment ...
        # Washington holds the government responsible")
        bodies = [self.registry.actors[c.actor.governs] if c.actor.governs else c.actor for c in found
                  if c.start < token.i and (c.actor.type == "GovernmentBody" or c.actor.governs)]
        named = [body for body in bodies if body.name.lower().endswith(noun)]
        for state in ([next(iter(here))] if len(here) == 1 else []) + [None, *story_states]:
            if state is None and named:
                return named[-1]
            # (a state the registry does not know, "Sweden", has no body it knows either)
            if state is not None and (known := self.registry.actors.get(state)) is not None:
                forms = (*known.demonyms, known.name)
                if actor := next((a for form in forms if (a := self.registry.lookup(f"{form} {noun}"))), None):
                    return actor
        return None

    def _sponsor_named(self, candidate: _Candidate) -> bool:
        """Whether a name is the first half of a modifier of backing, alliance or leadership: "Iran" in
        "Iran-backed", "US" in "US-led"."""
        doc, end = candidate.doc, candidate.end
        return end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ in self.sponsor_modifiers

    def _dateline_places(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "SULAIMANI, Kurdistan Region (Reuters) -": the city of a dateline is a place, whether or not the NER or
        the gazetteer knows its spelling."""
        taken = _covered(found)
        for sent in line_openings(doc):
            if (where := dateline_city(sent.text)) is None:
                continue
            start = sent.start_char + where[0]
            for city in doc.text[start:sent.start_char + where[1]].split("/"):  # "WASHINGTON/BAGHDAD": two cities
                span = doc.char_span(start, start + len(city), alignment_mode="expand")
                start += len(city) + 1
                if span is None or taken & set(range(span.start, span.end)):
                    continue
                name = span.text.title()
                known = self.registry.lookup(name)  # a place the registry knows, not a person spelt alike
                actor = known if known is not None and known.type == "Place" else Actor(
                    id=slug(name), name=name, type="Place", aliases=(span.text,), registered=False)
                yield _Candidate(span.start, span.end, actor, doc)

    def _ships(self, doc: Doc, found: list[_Candidate]) -> list[_Candidate]:
        """ "the USS Carney", "the USS Dwight D. Eisenhower", "the MV Star Iris": a ship is a place, as the guidelines
        make bases (lexicon `ship_prefixes`); the names the NER cut from its name are none of their own.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Houthi missiles targeted the USS Dwight D. Eisenhower in the Red Sea.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"] if s.text.startswith("USS")]
        [('USS Dwight D. Eisenhower', 'Place')]
        >>> doc = make_pipeline()("The Houthis said they targeted the MV Star Iris with missiles.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]]
        [('Houthis', 'Militia'), ('MV Star Iris', 'Place')]
        """
        taken = _covered([c for c in found if c.actor.registered])
        ships = []
        for prefix in (t for t in doc if t.is_upper and t.lower_ in self.lexicon.ship_prefixes and t.i not in taken):
            end = prefix.i + 1
            # (an initial in the name: "Dwight D. Eisenhower")
            while end < prefix.sent.end and (_capitalised(doc[end]) and doc[end].pos_ in {"PROPN", "NOUN"} or (
                    _INITIAL.fullmatch(doc[end].text))):
                end += 1
            if end == prefix.i + 1 or taken & set(range(prefix.i, end)):
                continue
            name = doc[prefix.i:end].text
            # (a warship hosts its navy's force: "the USS Carney" US forces)
            navy = self.registry.lookup(self.lexicon.navy_prefixes.get(prefix.lower_, ""))
            hosts = (navy.forces,) if navy is not None and navy.forces else ()
            ships.append(_Candidate(prefix.i, end, Actor(id=slug(name), name=name, type="Place", aliases=(name,),
                                                         registered=False, hosts=hosts), doc))
        named = {i for ship in ships for i in range(ship.start, ship.end)}
        return [c for c in found if not named & set(range(c.start, c.end))] + ships

    def _named_places(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "the Kurdistan Region's Sulaimani province", "the Jasana cave", "the Dora area": a name before a place
        noun names a place, whether or not the NER took it for an entity."""
        taken = _covered(found)
        for noun in doc:
            if noun.i in taken or not noun.is_lower or noun.lemma_.lower() not in (
                    self.lexicon.place_nouns | self.lexicon.area_nouns):
                continue
            start = noun.i
            while True:
                if start > noun.sent.start and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and (
                        doc[start - 1].head.i == noun.i or doc[start - 1].head.i in range(start, noun.i)):
                    start -= 1
                elif start < noun.i and start > 1 and doc[start - 1].text == "-" and (
                        doc[start - 2].lower_ in NAME_PARTICLES):
                    start -= 2  # "the al-Sa'idat area", and on to "the Hawi al-Azim area"
                else:
                    break
            if start == noun.i or _in_headline(doc[start:noun.i + 1]) or taken & set(range(start, noun.i)) and not (
                    self._named_for_a_place(doc[start:noun.i + 1], found)):
                continue
            if is_indefinite(noun):
                continue  # "a Mossad base" is a base of Mossad's; a place's name is definite
            # "the Dora area" is Dora; "the Jasana cave" is the cave; "the Sinjar and Makhmour districts" are two
            end = noun.i if noun.lemma_.lower() in self.lexicon.area_nouns or noun.tag_ == "NNS" else noun.i + 1
            name = doc[start:end].text
            actor = self.registry.lookup(name) or Actor(id=slug(name), name=name, type="Place", aliases=(name,),
                                                        registered=False)
            yield _Candidate(start, end, actor, doc)

    def _bases_named(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        """ "a Qom-based cleric", "the Sulaimani-headquartered party": a name a hyphen joins to a participle of being
        based somewhere names a place, whether or not the NER or the registry knows it (lexicon `basing_words`).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Kadhim al-Haeri, a Qom-based cleric, spoke.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]][-1]
        ('Qom', 'Place')
        """
        taken = _covered(found)
        for hyphen in (t for t in doc[1:-1] if t.text == "-" and doc[t.i + 1].lower_ in self.lexicon.basing_words):
            start = hyphen.i
            while start > hyphen.sent.start and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and (
                    start - 1 not in taken):
                start -= 1
            if start == hyphen.i:
                continue
            name = doc[start:hyphen.i].text
            yield _Candidate(start, hyphen.i, self.registry.lookup(name) or Actor(
                id=slug(name), name=name, type="Place", aliases=(name,), registered=False), doc)

    def _placed_by_noun(self, candidate: _Candidate) -> _Candidate:
        """A name the registry does not know, which the NER took for a person or an organisation, is a place where a
        place noun places something at, in or near it ("the Turkish military base at Zilkan").

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Rockets hit the Turkish base at Zilkan in Nineveh.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"] if s.text == "Zilkan"]
        [('Zilkan', 'Place')]
        """
        root, actor = candidate.doc[candidate.start:candidate.end].root, candidate.actor
        placed = root.dep_ == "pobj" and root.head.lower_ in self.lexicon.location_preps | {"at"} and (
            root.head.head.lemma_.lower() in self.lexicon.place_nouns)
        if actor.registered or actor.type not in PEOPLE_TYPES | {"Organization"} or not placed:
            return candidate
        return _Candidate(candidate.start, candidate.end, replace(actor, type="Place"), candidate.doc)

    def _named_for_a_place(self, span: Span, found: list[_Candidate]) -> bool:
        """ "Sulaimani province" after the city "Sulaimani", "the al-Qaim crossing": a province or a landmark named
        for a registered place is a place of its own, the place's name inside it (a registered province, one with an
        alias such as "Anbar province", is the province)."""
        inside = [c for c in found if span.start <= c.start and c.end <= span.end - 1]
        nouns = self.lexicon.province_nouns | self.lexicon.landmark_nouns
        return span[-1].lemma_.lower() in nouns and bool(inside) and all(
            c.actor.type == "Place" and c.actor.registered and not any(
                alias.split()[-1].lower() in nouns for alias in c.actor.aliases)
            for c in inside) and (
            {i for c in inside for i in range(c.start, c.end)} == set(range(span.start, span.end - 1)))

    def _known_as(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """ "Hashim al-Saraji, better known as Abu Alaa al-Walai": two names of one actor, so every mention of
        either is a mention of the one actor (the registered one where one is, else the first named)."""
        by_start = {c.start: c for c in candidates}
        one_for: dict[str, Actor] = {}
        for named in candidates:
            following = next((by_start[i] for i in range(named.end + 1, min(named.end + 16, len(doc)))
                              if i in by_start), None)
            if following is None or named.actor.id == following.actor.id:
                continue
            if following.end < len(doc) and doc[following.end].tag_ == "POS":
                continue  # "X, known as Sadr's minister": known by another's post, not by that other's name
            first, second = named.actor, following.actor
            if not self._joins_two_names(doc[named.end:following.start]) or first.registered and second.registered or (
                    {first.type, second.type} - PEOPLE_TYPES and first.type != second.type):
                continue
            kept, dropped = (second, first) if second.registered else (first, second)
            if dropped.type == "Official":
                kept = replace(kept, type="Official")
            one_for[dropped.id] = one_for[kept.id] = kept
        return [_Candidate(c.start, c.end, one_for.get(c.actor.id, c.actor), doc) for c in candidates]

    def _joins_two_names(self, between: Span) -> bool:
        """Whether the words between two names make them one actor's: "better known as", "which operates as the",
        or a translation however it is introduced ("a group whose name translates as")."""
        if any(t.is_sent_start for t in between):
            return False
        tokens = [t for t in between if not t.is_punct]
        words = [t.lower_ for t in tokens]
        while words and words[0] in _RELATIVE_WORDS:
            words.pop(0)  # "X, which operates as the 40th Brigade": the relative pronoun and the article are not it
        while words and words[-1] in _ARTICLES:
            words.pop()
        joined = "_".join(words)
        if len(words) <= 5 and joined in self.lexicon.alias_phrases:
            return True
        # a translation the NER cut short: "translates as Guardians of the Blood Brigade" found "Blood Brigade"
        for phrase in self.lexicon.translation_phrases:
            size = len(phrase.split("_"))
            for at in range(len(tokens) - size + 1):
                if "_".join(t.lower_ for t in tokens[at:at + size]) == phrase and all(
                        t.is_title or t.lower_ in _NAME_JOINERS for t in tokens[at + size:]):
                    return True
        return False

    def _proper_name_owned(self, span: Span) -> bool:
        """ "the Kurdistan Region's security council": a body's proper name written in lower case after another's
        possessive names that one's body, not the one the registry knows by the name."""
        if not span.text.islower() or span.text in self.registry.actors[span.ent_id_].aliases:
            return False
        return any(c.dep_ == "poss" and c.i < span.start for c in span.root.children)

    def _forces_kept(self, doc: Doc, found: list[_Candidate]) -> Iterator[Actor]:
        """ "The United States has about 2,500 troops in Iraq", "Turkey has deployed thousands of soldiers": the armed
        force of a state that keeps or sends troops, which the text names so, whether or not by name.

        >>> from kg.extraction import make_pipeline
        >>> "us_forces" in make_pipeline()("The United States keeps about 900 troops in Syria.")._.actors
        True
        >>> "us_forces" in make_pipeline()("The United States, which keeps 900 troops in Syria, warned them.")._.actors
        True
        >>> "turkish_armed_forces" in make_pipeline()("Turkey has dozens of military bases in Duhok.")._.actors
        True
        """
        keeping = self.lexicon.keeping_verbs | self.lexicon.sending_verbs
        for state in (c for c in found if c.actor.type == "Country" and c.actor.forces in self.registry.actors):
            name = doc[state.end - 1]
            # (and the verbs coordinated with its own that share it: "has partnered with the SDF and keeps ...")
            verbs = [v for v in (name.head, *name.head.conjuncts) if v.lemma_.lower() in keeping and (
                v == name.head or not any(c.dep_ == "nsubj" for c in v.children))] if name.dep_ == "nsubj" else []
            # ("the United States, which keeps 900 troops in Syria": a relative clause it is the subject of)
            verbs += [v for v in name.children if v.dep_ == "relcl" and v.lemma_.lower() in keeping and any(
                c.dep_ == "nsubj" and c.lower_ in {"which", "that"} for c in v.children)]
            kept = [c for verb in verbs for c in verb.children if c.dep_ == "dobj"]
            # ("has deployed thousands of soldiers": what the count counts)
            kept += [o for c in kept if c.lower_ in self.lexicon.partitives for p in c.children if p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj"]
            # (troops another's name or people's adjective owns are theirs, but "military bases" are the keeper's)
            if any(troops.lower_ in self.lexicon.force_nouns and troops.tag_ == "NNS" and not any(
                    c.dep_ in {"poss", "compound"} or c.dep_ == "amod" and c.ent_type_ for c in troops.children)
                   for troops in kept):
                yield self.registry.actors[state.actor.forces]
        yield from self._forces_spoken_of(found)

    def _forces_spoken_of(self, found: list[_Candidate]) -> Iterator[Actor]:
        """ "Turkey's defence ministry said its forces had killed ...": the armed force of the state whose body speaks
        of "its forces" or "its troops" in what it says (a state that speaks so of its own stands for them itself
        where the text names no force of it).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Turkey's defence ministry said its forces had killed PKK militants.")
        >>> "turkish_armed_forces" in doc._.actors
        True
        """
        for speaker in found:
            name = speaker.doc[speaker.end - 1]
            if name.dep_ != "nsubj" or name.head.lemma_.lower() not in self.lexicon.speech_verbs:
                continue  # (the cheap tests first: this runs for every actor named)
            state = self.registry.actors.get(self.registry.home_state(speaker.actor) or "")
            if state is None or state.forces not in self.registry.actors:
                continue
            if any(s.lower_ in self.lexicon.force_nouns and any(p.dep_ == "poss" and p.lower_ in {"its", "their"}
                                                                  for p in s.children)
                   for clause in name.head.children if clause.dep_ == "ccomp"
                   for s in clause.children if s.dep_ in {"nsubj", "nsubjpass"}):
                yield self.registry.actors[state.forces]

    def _demonyms(self, doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
        taken = _covered(found)
        for token in doc:
            if token.i in taken or token.text not in self.registry.demonyms:
                continue
            if _nationality(token, self.lexicon):
                continue
            yield _Candidate(token.i, token.i + 1, self.registry.actors[self.registry.demonyms[token.text]], doc)

    def _as_force(self, doc: Doc, candidate: _Candidate) -> _Candidate:
        """ "US base", "American troops": a state named on a military noun is its armed force."""
        actor = candidate.actor
        if actor.type != "Country" or not actor.forces:
            return candidate
        last = doc[candidate.end - 1]
        # "American and British jets": the second state shares the first's military noun
        modifier = last.head if last.dep_ == "conj" and last.head.i < last.i else last
        head = modifier.head
        if modifier.dep_ not in {"compound", "amod", "nmod", "npadvmod"} or head.i < last.i:
            return candidate
        # "U.S. F-15E jets", "US MQ-9 drones", "US fighter jets": a model's designation or a kind stands between the
        # state and its military noun
        while head.dep_ == "compound" and head.head.i > head.i and (_designation(head) or {
                head.head.lemma_.lower(), head.head.lower_} & self.lexicon.force_nouns):
            head = head.head
        between = doc[candidate.end:head.i]
        # "American and coalition troops": the state is one of the modifiers it shares
        shared = any(t.dep_ == "conj" and t.head.i == last.i for t in between)
        modifiers = all((t.pos_ in {"ADJ", "NOUN", "PROPN"} or _designation(t)) and t.head.i <= head.i for t in between)
        if not shared and not modifiers or any(t.lower_ in self.lexicon.civilian_modifiers for t in between):
            return candidate
        if any({t.lower_, t.lemma_.lower(), t.lower_.removesuffix("s")} & self.lexicon.armed_group_nouns
               for t in between):
            return candidate  # "Iraqi militia drones", "Iraqi Factions Fire Drones": a group's, not the state's
        noun = {head.lemma_.lower(), head.lower_} | _force_noun_of_members(head, between, self.lexicon)
        if head.dep_ == "compound" and self.lexicon.noun_predicates.get(head.head.lemma_.lower()) in _EVENTS:
            return candidate  # "a US drone strike" is the state's strike, not its drones'
        if head.dep_ == "compound" and head.head.ent_type_ == "PERSON" and self.lexicon.role_predicates.get(
                head.lemma_.lower()) == "official_of":
            return candidate  # "Iraqi National Security Adviser Qasim al-Araji": an office's title, not a force
        if head.dep_ == "compound" and head.head.lemma_.lower() in self.lexicon.state_nouns:
            return candidate  # "the Turkish occupation state" is the state
        if _taken_as_stance(head, self.lexicon):
            return candidate  # "rejected the U.S. position": the state's stance, not its troops' post
        forces = self.registry.actors[actor.forces]
        if noun & (self.lexicon.force_site_nouns | self.lexicon.installation_nouns) and (
                candidate.actor_span.text == actor.name and not last.is_upper):
            return candidate  # "the Jordan base" is the base in Jordan, where "the US base" and "the Turkish base" hold
            # their states' forces
        if noun & self.lexicon.force_site_nouns or shared and noun & self.lexicon.force_nouns:
            return _Candidate(candidate.start, candidate.end, forces, doc)
        if noun & self.lexicon.force_nouns:
            return _Candidate(candidate.start, head.i + 1, forces, doc)
        return candidate

    def _as_mission(self, doc: Doc, candidate: _Candidate, found: list[_Candidate]) -> _Candidate:
        """ "the US embassy in Baghdad", "Iran's consulate": a state's diplomatic seat is a place of its own,
        named with its city where the text gives one, that stands for the state."""
        actor = candidate.actor
        noun_at = candidate.end + (candidate.end < len(doc) and doc[candidate.end].tag_ == "POS")
        if actor.type != "Country" or noun_at >= len(doc) or actor.id not in self.registry.actors:
            return candidate
        noun = doc[noun_at]
        # ("Iran's mission to the United Nations": a mission to a body is diplomatic; "the US mission in Iraq" is not)
        to_a_body = noun.lemma_.lower() in self.lexicon.accredited_nouns and any(
            p.lower_ == "to" for p in noun.children)
        if not (noun.lemma_.lower() in self.lexicon.mission_nouns or to_a_body) or (
                doc[candidate.end - 1].head.i != noun.i):
            return candidate
        name = f"{actor.name} {noun.lemma_.lower()}"
        seats = [t for prep in noun.children if prep.lower_ == "in" for t in prep.children if t.dep_ == "pobj"]
        # "in Baghdad's fortified Green Zone": the city that owns the district first
        seats = [o for t in seats for o in t.children if o.dep_ == "poss"] + seats
        cities = [c.actor for c in found for t in seats if c.start <= t.i < c.end and c.actor.type == "Place"]
        if cities:
            name += f" in {cities[0].name}"
        mission = Actor(id=slug(name), name=name, type="Place", aliases=(name,), metonym=actor.id, registered=False)
        return _Candidate(candidate.start, noun.i + 1, mission, doc)

    def _as_institution(self, doc: Doc, candidate: _Candidate, found: list[_Candidate]) -> _Candidate:
        """ "Iraq's presidency", "the Turkish foreign ministry", "the Kurdistan Region's interior ministry", "the KRG's
        interior ministry": a state, region or government named on a noun of government is that institution, the
        registry's where it names it so, else a GovernmentBody of its own."""
        actor = candidate.actor
        owner = doc[candidate.end - 1]
        noun = owner.head
        while noun.dep_ == "compound" and noun.head.i > noun.i:  # "Turkish" hangs on "defence" in "defence ministry"
            noun = noun.head
        # ("the KRG's interior ministry": a government named on one of its ministries)
        governing = actor.type in {"Country", "Place"} or actor.type == "GovernmentBody" and (
            actor.name.lower().endswith("government"))
        if not governing or owner.dep_ not in {"poss", "amod", "compound"} or noun.i < candidate.end:
            return candidate
        # ("successive Iraqi governments", "Iraqi ministries" are many, none of them one body)
        if noun.lemma_.lower() not in self.lexicon.type_cues["GovernmentBody"] or not noun.is_lower or (
                noun.tag_ == "NNS"):
            return candidate
        if any(c.dep_ == "poss" and c.i != owner.i for c in noun.children):
            return candidate  # "in his Baghdad office", "the channel's Baghdad office": someone's office in the city
        start = candidate.end + (doc[candidate.end].tag_ == "POS")
        words = doc[start:noun.i + 1]
        if not all(t.is_lower and t.pos_ in {"ADJ", "NOUN", "PROPN"} for t in words) or _covered(found) & set(
                range(start, noun.i + 1)):
            return candidate
        # ("Iraq's next government" is the state's government)
        while len(words) > 1 and words[0].lower_ in self.lexicon.tenure_words:
            words = words[1:]
        return _Candidate(candidate.start, noun.i + 1, self._body_of(actor, words.text), doc)

    def _body_of(self, state: Actor, words: str, body_type: str = "GovernmentBody") -> Actor:
        """The state's body `words` name ("foreign ministry", "Armed Forces"): the registry's where it names it so,
        else a body of its own named with the state's demonym."""
        for form in (*state.demonyms, state.name):
            if registered := self.registry.lookup(f"{form} {words}"):
                return registered
        name = f"{(state.demonyms or (state.name,))[0]} {words}"
        return Actor(id=slug(name), name=name, type=body_type, aliases=(name,), registered=False)

    def _bodies_of_states(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """ "Syria's Foreign Ministry": a state named on the capitalised name of a ministry that names no state is
        that state's ministry, as "Syria's foreign ministry" is (_as_institution), and "Yemen's Armed Forces" the
        Yemeni armed forces; a body with a name of its own ("Iraq's Federal Supreme Court") keeps it.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Syria's Foreign Ministry condemned the strikes by Yemen's Armed Forces.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]]
        [("Syria's Foreign Ministry", 'syrian_foreign_ministry'), ("Yemen's Armed Forces", 'yemeni_armed_forces')]
        """
        starting = {c.start: c for c in candidates}
        merged: dict[int, _Candidate] = {}
        for state in (c for c in candidates if c.actor.type == "Country"):
            body = starting.get(state.end + (state.end < len(doc) and doc[state.end].tag_ == "POS"))
            if body is None or body.actor.registered or body.actor.state:
                continue
            words = {t.lemma_.lower() for t in doc[body.start:body.end]}
            ministry = body.actor.type == "GovernmentBody" and words & self.lexicon.ministry_nouns
            if not ministry and not (body.actor.type == "ArmedForce" and words <= self.lexicon.standing_force_words):
                continue
            name = doc[body.start:body.end].text
            merged[id(state)] = _Candidate(state.start, body.end, self._body_of(
                state.actor, name.lower() if ministry else name, body.actor.type), doc)
            merged[id(body)] = None
        return [merged.get(id(c), c) for c in candidates if merged.get(id(c), c) is not None]

    def _bodies_of_states_in_focus(self, doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
        """ "Iran denied any role. Foreign Ministry spokesman Abbas Mousavi said ...": a ministry named with no state
        and no owner is the ministry of the state in focus: one whose capital its sentence opens in ("In Tehran,"),
        else the first state (or state's institution) a subject of the sentence before, else of its own sentence,
        else the state of the dateline's capital, else the state the story is about.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Iran denied any role. Foreign Ministry spokesman Abbas Mousavi said so.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][1]
        ('Foreign Ministry', 'iranian_foreign_ministry')
        """
        states = [(c, state) for c in candidates if (state := self._state_of(c.actor)) is not None]
        capitals = self._capitals(candidates)
        story_state = self.registry.actors.get(_story_state(candidates) or "")
        dateline_state = self._dateline_state(doc, candidates) or story_state
        sents = list(doc.sents)
        datelines = dateline_tokens(doc)
        found = []
        for body in candidates:
            if body.actor.registered or body.actor.type != "GovernmentBody" or self._state_of(body.actor) or not (
                    {t.lemma_.lower() for t in body.actor_span} & self.lexicon.ministry_nouns) or (
                    body.actor.name != body.actor_span.text or body.start and doc[body.start - 1].tag_ == "POS"):
                found.append(body)
                continue
            here = next(n for n, sent in enumerate(sents) if sent.start <= body.start < sent.end)
            subjects = [[state for c, state in states if sent.start <= c.start < sent.end and c is not body
                         and _in_subject(c.actor_span)]
                        for sent in sents[max(here - 1, 0):here + 1]]
            # (a dateline is where the story was filed, not whose ministry its first sentence names)
            seats = [state for c, state in capitals if sents[here].start <= c.start < body.start
                     and c.start not in datelines]
            focus = next((named[0] for named in [seats, *subjects] if named), dateline_state)
            if focus is not None and focus.type != "Country" and set(body.actor_span.text.lower().split()) & (
                    self.lexicon.federal_words):
                # ("the federal finance ministry" in a story from Erbil: a region's government has no federal body)
                focus = story_state
            found.append(body if focus is None else _Candidate(
                body.start, body.end, self._body_of(focus, body.actor_span.text.lower()), doc))
        return found

    def _capitals(self, candidates: list[_Candidate]) -> list[tuple[_Candidate, Actor]]:
        """Each mention of a place that stands for a state or government, with what it stands for."""
        return [(c, self.registry.actors[c.actor.metonym]) for c in candidates
                if c.actor.type == "Place" and c.actor.metonym in self.registry.actors]

    def _dateline_state(self, doc: Doc, candidates: list[_Candidate]) -> Actor | None:
        """What the capital a dateline names stands for ("BAGHDAD (Reuters) -": Iraq), if a dateline names one."""
        datelines = dateline_tokens(doc)
        return next((state for c, state in self._capitals(candidates) if c.start in datelines), None)

    def _state_of(self, actor: Actor) -> Actor | None:
        """The state an actor is or belongs to."""
        state = actor.id if actor.type == "Country" else self.registry.home_state(actor)
        return self.registry.actors.get(state) if state else None

    # -- entities outside the registry

    def _name_it_opens(self, ent: Span, actor: Actor) -> Span | None:
        """ "the Anbar Tribal Mobilization", "the Nineveh Plains Protection Units": a registered place or person
        that opens a longer capitalised name ending in a word of organisations is part of that name, not named; as
        a place is that opens the name of an installation ("Erbil Air Base")."""
        doc = ent.doc
        if actor.type not in {"Place", "Country", "Organization", *PEOPLE_TYPES} or _ends_pro_modifier(ent[0]):
            return None  # "the pro-Iran Coordination Framework": the state is the modifier's, not the name's
        head = ent[-1]
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head
        words = doc[ent.end:head.i + 1]
        if not words or not all(_capitalised(t) and t.pos_ in {"PROPN", "NOUN"} for t in words) or _in_headline(ent):
            return None
        if ent.text in self.registry.demonyms and (any(t.ent_type_ and t.ent_type_ != "ORG" for t in words) or not (
                ent.end < len(doc) and doc[ent.end].ent_iob_ == "I" and doc[ent.end].ent_type_ == "ORG")):
            return None  # a nationality opens only a name the NER took whole: "the Syrian National Army"
        if actor.type == "Place" and head.lower_ in self.lexicon.installation_nouns:
            return Span(doc, ent.start, head.i + 1, label="FAC")  # "Erbil Air Base" is not Erbil
        if not {fold(head.lemma_), fold(head.text)} & (self.type_cue_words | self.lexicon.organisation_heads):
            return None
        return Span(doc, ent.start, head.i + 1, label="ORG")

    def _company_name_it_ends(self, ent: Span, actor: Actor) -> Span | None:
        """ "the Iraqi private airline Fly Baghdad": a registered place or state ending a capitalised name that a
        noun of companies stands before is part of the company's name (lexicon `company_nouns`).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The Treasury sanctioned the Iraqi airline Fly Baghdad.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]][-1]
        ('Fly Baghdad', 'Organization')
        >>> doc = make_pipeline()("The Treasury designated Fly Baghdad, an Iraqi airline, on Monday.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]][1]
        ('Fly Baghdad', 'Organization')
        """
        doc = ent.doc
        if actor.type not in {"Place", "Country"} or ent.start < 2:
            return None
        start = ent.start
        while start > 0 and doc[start - 1].pos_ == "PROPN" and _capitalised(doc[start - 1]) and (
                not doc[start - 1].ent_type_):
            start -= 1
        if start == ent.start:
            return None
        name = [t.text for t in doc[start:ent.end]]
        # (the name told once after its noun is the company's wherever it stands: "Fly Baghdad said it would appeal")
        told = any(doc[i - 1].lower_ in self.lexicon.company_nouns and [t.text for t in doc[i:i + len(name)]] == name
                   for i in range(1, len(doc) - len(name) + 1) if doc[i].text == name[0])
        # ("Fly Baghdad, an Iraqi airline": or described by one right after)
        after = doc[ent.end:ent.end + 6]
        described = len(after) > 2 and after[0].text == "," and after[1].lower_ in {"a", "an"} and any(
            t.lower_ in self.lexicon.company_nouns for t in after[2:] if not any(
                p.is_punct for p in doc[ent.end + 1:t.i]))
        return Span(doc, start, ent.end, label="ORG") if told or described else None

    def _trim(self, ent: Span) -> Span | None:
        """The name in an entity: determiners, titles, demonyms, possessive endings and punctuation dropped.

        None where the entity is no actor's name: a lowercase description ("watchdog
        group"), a lone common noun, or the tail of a title ("Secretary of State").
        """
        start, end = ent.start, ent.end
        doc = ent.doc
        # (a title of courtesy or religious standing opens only a person's name, whatever the NER took it for:
        # "Sayyid Moqtada has decided", but "the Sheikh Zayed Mosque" is a place named for one)
        person = ent.label_ == "PERSON" or _after_rank(ent, self.lexicon) or (
            doc[start].lower_ in self.lexicon.honorifics and not any(t.lower_ in self.type_cue_words for t in ent))
        # (a lowercase word of grammar opens no name: "identified the general as Razi Mousavi")
        # (nor a day the parser ran into it: "received on Sunday US Ambassador to Iraq Matthew Tueller")
        while start < end - 1 and (doc[start].pos_ in {"DET", "PUNCT"} or doc[start].lower_ in WEEKDAYS
                                   or doc[start].is_lower and doc[start].pos_ in {
                "ADP", "SCONJ", "CCONJ"} or doc[start].text in self.registry.demonyms
                                   and not _demonym_in_name(doc[start:end], ent.label_, self.type_cue_words)
                                   or person and _is_title(doc[start], self.lexicon)):
            start += 1
        if opening := next((t.i for t in doc[start + 1:end] if t.text == "("), None):
            end = opening  # "People's Defence Forces (HPG": the acronym in brackets is named on its own
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_space or doc[end - 1].pos_ in {
                "PUNCT", "PART", "DET", "ADP", "CCONJ"}):
            end -= 1  # "the 40th Brigade of the", "Koya and": the entity ran on into the next phrase
        if start >= end:
            return None
        span = doc[start:end]
        if not self._names_something(span) or _in_headline(span):
            return None
        if span.text.lower().rstrip(".").replace(" ", "_") in self.lexicon.not_actors:
            return None  # "on Telegram", "wrote on X.": where a statement was posted, not who made it
        if span[0].lower_ in self.lexicon.event_name_words or ent.label_ == "PERSON" and len(span) == 1 and (
                is_indefinite(span[0])):
            return None  # "Operation Claw-Eagle" names a campaign, not who waged it; "a Kurd" one of a people
        if len(span) > 1 and span[-1].lower_ in self.lexicon.document_name_words:
            return None  # "the Sinjar Agreement" names a document, not who signed it
        if span.start > 1 and doc[span.start - 1].text == "," and (
                doc[span.start - 2].lemma_.lower() in self.lexicon.event_name_words):
            return None  # "a ground push, Claw-Tiger,": the name of the push
        # a lone common noun, a noun of outlets ("Iraqi TV") or of an act ("on Strikes"), or a title cut from its name
        # by the sentence splitter ("Brig."), names no one; but "K-1" names the base that follows it ("Parliament"
        # opening a sentence is the bare noun of an institution, which the story's state tells)
        if len(span) == 1 and (span[0].tag_ in {"NN", "NNS"} or span[0].is_stop or not span[0].is_alpha
                               and not span[0].text.replace(".", "").isalpha()
                               or _title_word(span[0].lower_, self.lexicon)
                               or span[0].lower_ in self.lexicon.outlet_name_heads | self.lexicon.institution_nouns
                               or self.lexicon.act_noun_tag(span[0].lower_)) and not self._place_extension(span):
            return None
        return self._outside_titles(span, person)

    def _outside_titles(self, span: Span, person: bool) -> Span | None:
        """A name with what of it is a title's or a label's left out: None where it all is."""
        root = span.root
        # ("Secretary-General of Kataib Hezbollah Abu Hussein al-Hamidawi": a person's name the parser ran the group
        # into is no tail)
        if root.dep_ == "pobj" and root.head.lower_ == "of" and _is_role_word(root.head.head, self.lexicon) and (
                root.head.head.is_title) and not person:
            return None  # "Secretary of State": the tail of a title, where "head of the Fatah Alliance" names a group
        if root.dep_ == "pobj" and _is_label(root.head, self.lexicon):
            return None  # "its list of Specially Designated Global Terrorists", "listed as ...": the label
        if len(span) == 1 and root.dep_ == "compound" and _is_role_word(root.head, self.lexicon):
            return None  # "Defense Secretary", "Foreign Minister": part of a title
        if all(_title_word(t.lower_, self.lexicon) or _is_role_word(t, self.lexicon) for t in span):
            return None  # "the Supreme Leader's website": an office, whose holder the story names
        if len(span) > 1 and _is_role_word(span[-1], self.lexicon) and all(
                self.registry.state_named(t.text) for t in span[:-1]):
            return span[:-1]  # "US Ambassador": a state and its title, whose holder is named after it
        return span

    def _place_extension(self, span: Span) -> Span | None:
        """ "Al-Mahmudiyah crossing": a name followed by a place noun it modifies is a place; "the Green Village
        outpost" is the place the name alone names. "A Mossad base" is a base of Mossad's: a place's name is definite.
        """
        doc = span.doc
        head = span.root.head
        # "the Kormor gas field", "the Kalsu military base": common nouns and adjectives may stand between the name
        # and the place noun it modifies
        between = doc[span.end:head.i]
        if head.i < span.end or head.i > span.end + 2 or is_indefinite(head) or any(
                (t.pos_, t.dep_) not in {("NOUN", "compound"), ("ADJ", "amod")} or not t.is_lower for t in between):
            return None
        if head.lower_ in self.lexicon.area_nouns and not between:
            return span
        return doc[span.start:head.i + 1] if head.lower_ in self.lexicon.place_nouns else None

    def _numbered_units(self, doc: Doc) -> list[Span]:
        """ "the 30th Brigade of the PMF", "the 9th Armoured Division": an ordinal and capitalised words up to a
        military unit's noun name a unit, whether or not the NER took them for one name (lexicon `unit_nouns`).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Abu Zaid al-Jubouri commands the 30th Brigade of the Popular Mobilization Forces.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]][1]
        ('30th Brigade', 'Militia')
        """
        found = []
        for ordinal in (t for t in doc if _ORDINAL.fullmatch(t.text)):
            end = ordinal.i + 1
            while end < len(doc) and doc[end].is_title and doc[end].lower_ not in self.lexicon.unit_nouns:
                end += 1
            if end < len(doc) and doc[end].is_title and doc[end].lower_ in self.lexicon.unit_nouns:
                found.append(Span(doc, ordinal.i, end + 1, "ORG"))
        return found

    def _names_set_off_by_offices(self, doc: Doc) -> list[Span]:
        """ "The mayor of Sinjar, Nayef Sido, told Rudaw": capitalised words the NER left out, set off as the
        apposition of an office's noun, name the person who holds it.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The mayor of Sinjar, Nayef Sido, told Rudaw that residents were afraid.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]]
        [('Sinjar', 'Place'), ('Nayef Sido', 'Official'), ('Rudaw', 'Media')]
        """
        found = []
        for name in doc:
            if name.tag_ != "NNP" or name.dep_ != "appos" or name.head.pos_ != "NOUN" or not (
                    _is_role_word(name.head, self.lexicon)):
                continue
            words = doc[name.left_edge.i:name.i + 1]
            if len(words) > 1 and words[0].is_title and all(t.tag_ in {"NNP", "HYPH"} and not t.ent_type_
                                                            for t in words):
                found.append(Span(doc, words.start, words.end, "PERSON"))
        return found

    def _names_of_organisation_nouns(self, doc: Doc) -> list[Span]:
        """ "the Sunni Taqaddum party", "the Siyada alliance", "the Coordination Committee": capitalised words the NER
        left out or took for a people, set before a noun that heads organisations' names, name an organisation with
        it; and before a place noun, with common nouns between, a place ("the Khor Mor gas field")."""
        found = []
        for noun in doc:
            # "The Coordination Committee of the Iraqi Resistance": a capitalised head, after "the", of a name that
            # goes on with "of" (a short "the Islamic Resistance" may be a registered name's)
            capitalised = noun.pos_ == "PROPN" and noun.is_title and not noun.ent_type_ and any(
                c.dep_ == "det" and c.lower_ == "the" for c in noun.children) and noun.i + 1 < len(doc) and (
                doc[noun.i + 1].lower_ == "of")
            # (a lowercase word the tagger took for a name is still a common noun: "the Sunni Taqaddum party")
            if not (noun.is_lower and noun.pos_ in {"NOUN", "PROPN"} or capitalised):
                continue
            label = "ORG" if noun.lower_ in self.lexicon.organisation_heads else "FAC" if (
                noun.lower_ in self.lexicon.place_nouns and not capitalised) else None
            start = noun.i
            while label == "FAC" and start > 0 and (word := doc[start - 1]).dep_ == "compound" and (
                    word.head == noun and word.is_lower and word.pos_ == "NOUN"):
                start -= 1  # "gas" in "the Khor Mor gas field"
            named = start
            while label and start > 0 and (word := doc[start - 1]).dep_ == "compound" and (
                    word.head.i in range(start, noun.i + 1)) and word.pos_ == "PROPN" and word.is_title and (
                    not word.ent_type_ or self._unknown_people(word)):
                start -= 1
            while named > start > 0 and doc[start].ent_iob_ == "I":
                start -= 1  # "al-Dora district": the whole of the name the NER took for a people
            # (not "Embassy compound" of "the U.S. Embassy compound": a name that runs on before is another's)
            before = doc[start - 1] if start > 0 else None
            runs_on = label == "FAC" and before is not None and before.dep_ == "compound" and bool(
                before.ent_type_) and start <= before.head.i <= noun.i
            if start < named and not runs_on:
                found.append(Span(doc, start, noun.i + 1, label=label))
        return found

    def _names_something(self, span: Span) -> bool:
        """Whether a span can be a name: it has a capitalised word, or it is a ministry named by its portfolio ("the
        foreign ministry", in lowercase); but titles of courtesy alone address someone, naming no one ("His Eminence
        Sheikh" before a name the NER took apart from it)."""
        if all(t.lower_ in self.lexicon.honorifics for t in span):
            return False
        return any(t.is_title or t.is_upper for t in span if any(c.isalpha() for c in t.text)) or (
            span[-1].lemma_.lower() in self.lexicon.ministry_nouns and len(span) > 1)

    def _ministries_unnamed(self, doc: Doc) -> list[Span]:
        """ "The interior ministry said three drones were launched": a ministry named by its portfolio alone, with no
        state, which the NER passes by (lowercase); the state in focus owns it (_bodies_of_states_in_focus).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Iraq condemned the strikes. The foreign ministry summoned the US envoy.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][1]
        ('foreign ministry', 'iraqi_foreign_ministry')
        >>> doc = make_pipeline()("Iran denied any role. Its foreign ministry spokesman, Nasser Kanaani, spoke.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][1]
        ('foreign ministry', 'iranian_foreign_ministry')
        """
        found = []
        for noun in doc:
            # (a lowercase singular, whatever the tagger calls it: "called on the foreign ministry" tags it a name;
            # the article or a state's "its" may stand before the title it heads: "its foreign ministry spokesman")
            determiners = [*noun.children, *(noun.head.children if noun.dep_ == "compound" and _is_role_word(
                noun.head, self.lexicon) else [])]
            if noun.lemma_.lower() not in self.lexicon.ministry_nouns or not noun.is_lower or noun.tag_ not in {
                    "NN", "NNP"} or not any(c.dep_ == "det" and c.lower_ == "the" or c.dep_ == "poss" and (
                        c.lower_ == "its") for c in determiners):
                continue
            portfolio = [c for c in noun.lefts if c.dep_ in {"amod", "compound"} and c.is_lower and not c.ent_type_]
            if portfolio and not any(c.ent_type_ or c.dep_ == "poss" for c in noun.lefts if c not in portfolio):
                found.append(Span(doc, portfolio[0].i, noun.i + 1, label="ORG"))
        return found

    def _whole_name(self, span: Span, label: str, claimed: set[int]) -> tuple[Span, str]:
        """A name and its NER label, put right where the NER cut the name short or took it for another kind."""
        if label == "NORP" and span.text not in self.registry.demonyms and is_place(span.text):
            label = "GPE"  # "broke out of Idlib": a town the NER took for a group of people
        if label != "NORP" and span.text not in self.registry.demonyms and (place := self._place_extension(span)):
            return place, "FAC"
        if label != "NORP" and (organisation := self._organisation_extension(span)):
            return organisation, "ORG"
        if label == "ORG" and (named := _name_continued_by_of(span, claimed, self.registry, self.lexicon)) is not None:
            return named, label
        if (group := self._group_word_before(span)) is not None and group.start not in claimed:
            return group, "ORG"
        if label == "ORG" and (person := _titled_name(span, self.lexicon, self.type_cue_words)) is not None:
            return person, "PERSON"
        return span, label

    def _committees(self, doc: Doc, found: list[_Candidate], claimed: set[int]) -> list[_Candidate]:
        """ "the Iraqi parliament's security and defence committee", "the legal committee of the Iraqi parliament": a
        body's committee named by lowercase words, which the NER leaves out, is a body of its own, named after its
        owner."""
        committees = []
        states = self._story_states(doc, found)
        for noun in doc:
            if not (noun.is_lower and noun.lower_ in self.lexicon.committee_nouns) or noun.i in claimed:
                continue
            owners = [c for c in noun.children if c.dep_ == "poss"] + [
                o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"]
            # (its owner a body the text names, or a bare noun of one: "parliament's security and defence committee",
            # the story's state's body of that name where the registry knows it)
            bodies = [(c.actor.name, c.actor.state) for o in owners for c in found
                      if c.start <= o.i < c.end and c.actor.type == "GovernmentBody"] + [
                (meant.name, meant.state) if (meant := self._institution_meant(o, found, states)) else (o.text, None)
                for o in owners if o.lower_ in self.lexicon.descriptions["GovernmentBody"]]
            words = [c for c in noun.children if c.i < noun.i and c.dep_ in {"amod", "compound", "nmod"} and c.is_lower
                     and not c.ent_type_]
            # ("Iraq's parliamentary security and defence committee": a body named by its adjective)
            bodies += [(meant.name, meant.state) for w in words if w.lower_ in self.lexicon.body_adjectives and (
                meant := self._institution_meant(w, found, states, noun=self.lexicon.body_adjectives[w.lower_]))]
            words = [w for w in words if w.lower_ not in self.lexicon.body_adjectives] if bodies else words
            if words and bodies:
                words_span = doc[min(w.left_edge.i for w in words):noun.i + 1]
                name = f"{bodies[0][0]} {words_span.text}"
                committee = Actor(id=slug(name), name=name, type="GovernmentBody", aliases=(words_span.text,),
                                  registered=False, state=bodies[0][1])
                committees.append(_Candidate(words_span.start, words_span.end, committee, doc))
        return committees

    def _group_taken_for_thing(self, ent: Span) -> bool:
        """Whether the NER took an armed group's name for a law, a work or an event: "the Sinjar Resistance Units",
        by the noun of units that closes it."""
        last = ent[-1]
        heads = self.lexicon.unit_nouns | self.lexicon.armed_group_nouns
        return ent.label_ in _NAMES_OF_THINGS and last.is_title and bool({last.lower_, last.lower_[:-1]} & heads)

    def _unknown_people(self, word: Token) -> bool:
        """A word the NER took for a nationality or a people that names none kg knows: "Siyada" in "the Siyada
        alliance" (not "Sunni", nor "Syrian")."""
        return word.ent_type_ == "NORP" and word.text not in self.registry.demonyms and (
            word.lower_ not in self.lexicon.not_actors)

    def _group_word_before(self, span: Span) -> Span | None:
        """ "Kataib Jund al-Imam", where the NER left out the word that opens an armed group's name: the name runs
        from it."""
        before = span.doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.is_title and fold(before.text) in self.lexicon.group_name_words and (
                before.dep_ == "compound" and span.start <= before.head.i < span.end):
            return span.doc[before.i:span.end]
        return None

    def _organisation_extension(self, span: Span) -> Span | None:
        """ "the Taqaddum party": a name the NER cut from the lowercase organisation noun it modifies is that
        organisation's name, whatever person or place the NER took it for."""
        head = span.root.head
        if span.root.dep_ == "compound" and head.i == span.end and head.is_lower and (
                head.lower_ in self.lexicon.organisation_heads):
            return span.doc[span.start:span.end + 1]
        return None

    def _resolve(self, span: Span, label: str, found: list[_Candidate], acronyms: dict[str, str]) -> Actor | None:
        text = span.text
        if (forms := nickname_forms(text)) is not None:
            # 'Wissam Mohammed "Abu Baqir" al-Saadi': the man the news calls Abu Baqir al-Saadi
            known = next((actor for form in forms if (actor := self.registry.lookup(form))), None)
            return known or Actor(id=slug(forms[0]), name=forms[0], type=self._new_type(span, label),
                                  aliases=(*forms, text), registered=False)
        if label == "NORP" or text in self.registry.demonyms:
            return self.registry.actors.get(self.registry.demonyms.get(text, ""))
        if all(t.lower_ in self.lexicon.affiliated_nouns or t.lower_ == "the" for t in span):
            return None  # "the Mujahideen of the Islamic Resistance": its men, named by no name of their own
        if registered := self.registry.lookup(text):
            return self._other_states(span, registered) or self._registered_use(span, registered)
        if span[0].text in self.registry.demonyms and (registered := self.registry.lookup(span[1:].text)):
            return registered  # "the Iraqi Resistance Coordination Commission" as the registry names it
        if text in acronyms and (expansion := self.registry.lookup(acronyms[text])):
            return expansion
        for candidate in reversed(found):
            known = candidate.actor
            # (the long name may open with words the initials leave out: "the U.S.-Iraq Higher Military Commission
            # (HMC)")
            if text in acronyms and any(f" {name_key(a)}".endswith(f" {name_key(acronyms[text])}")
                                        for a in known.aliases):
                return known
        # ("Khazali" after "Qais al-Khazali and his brother Laith al-Khazali": the one the registry knows, else the
        # last named)
        if same := [c.actor for c in reversed(found) if _names_same(text, c.actor)]:
            return next((a for a in same if a.registered), same[0])
        # "Fatah" after "the Fatah Alliance", "Taqaddum" after "the Taqaddum party", whatever the NER says; a name
        # that names someone too ("Sadr" after Muqtada al-Sadr and the Sadr movement) was taken up above
        if short := next((c.actor for c in reversed(found) if _short_form(text, c.actor, self.lexicon)
                          or _first_word_named(text, c.actor, self.lexicon)), None):
            return short
        if label in _PLACE_LABELS and span.root.dep_ in {"compound", "amod"}:
            return None
        if label in _PLACE_LABELS and (state := capital_country(text)) and _political_use(span) and not (
                _owns_a_place(span, self.lexicon)):
            # ("Tokyo was in contact with the Houthis": a capital the registry does not list acts as its state)
            return self.registry.lookup(state) or Actor(id=slug(state), name=state, type="Country", aliases=(state,),
                                                         registered=False)
        if state := state_named_by_abbreviation(text):
            return Actor(id=slug(state), name=state, type="Place", aliases=(text,), registered=False)
        new_type = self._new_type(span, label)
        return Actor(id=slug(text), name=text, type=new_type, aliases=(text,), registered=False)

    def _part_of_a_group(self, span: Span) -> bool:
        """ "The PMF's Al-Jazira Operations Command", "the 4th Brigade of Kataib Hezbollah": a name headed by a noun
        of a group's parts, owned by an armed group the registry knows, is one of that group's (lexicon
        `group_part_nouns`, `unit_nouns`)."""
        root = span.root
        if root.lemma_.lower() not in self.lexicon.group_part_nouns | self.lexicon.unit_nouns:
            return False
        owners = [c for c in root.children if c.dep_ == "poss"] + [
            o for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return any((owner := self.registry.lookup(span.doc[min(
            [o.i, *(c.i for c in o.children if c.dep_ == "compound")]):o.i + 1].text)) is not None and (
            owner.type == "Militia") for o in owners)

    def _placed_by_words(self, span: Span, label: str, described: str | None, words: set[str]) -> bool:
        """Whether the words of a name or around it make it a place's, whatever office they name and whatever the
        NER says: "Duhok province", "the village of Kani Masi", "the Swedish Embassy" (a state's seat is a place, as
        a base is), "Camp Speicher", but not "The New Region"; or a village no gazetteer lists, in a list or a route
        with a town one does.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Rockets hit Camp Saqr, and Camp Speicher in Salahuddin was also hit.")
        >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"] if s.text.startswith("Camp")]
        [('Camp Saqr', 'Place'), ('Camp Speicher', 'Place')]
        """
        # ("the Republican Palace"; but "told The New Region" names an outlet; and a name that goes on with "of" is
        # what its word before "of" names: "the Security Council of the Kurdistan Region" is no region)
        head = next((span[i - 1] for i in range(1, len(span)) if span[i].lower_ == "of"), span[-1])
        place_noun = head.text in self.lexicon.place_nouns or head.lower_ in self.lexicon.place_nouns and not (
            _reported_by(span, self.lexicon)) or len(span) > 1 and span[0].is_title and (
            span[0].lower_ in self.lexicon.installation_titles)  # "Camp Speicher"
        if place_noun or _named_by_place_noun(span, self.lexicon) or _listed_before_areas(span, self.lexicon) or (
                described == "Place") or span[-1].lower_ in self.lexicon.mission_nouns:
            return True
        return not words & self.type_cue_words and not _arabic_personal_name(span) and _listed_with_a_place(
            span, self.lexicon, names_a_person=label == "PERSON")

    def _new_type(self, span: Span, label: str) -> str:
        if label in _PLACE_LABELS | {"PERSON", "ORG"} and country_name(span.text):
            return "Country"
        if (where := _type_by_setting(span, self.lexicon)) is not None:
            return where
        described = _described_by_apposition(span, self.lexicon)
        words = {fold(t.lemma_) for t in span} | {fold(t.text) for t in span}
        if self._placed_by_words(span, label, described, words):
            return "Place"
        if label in _PLACE_LABELS and described and not is_place(span.text):
            return described  # "a bloc in parliament, Sadiqoun", which the NER took for a place
        if label in _PLACE_LABELS and not is_place(span.text) and _holds_office(span, self.lexicon):
            return "Official"  # the NER takes many a Persian or Arabic name for a place; no gazetteer knows it
        if (label in _PLACE_LABELS or is_place(span.text)) and span.root.dep_ == "nsubj" and (
                span.root.head.lemma_.lower() in self.lexicon.speech_verbs
                or self.lexicon.verb_predicates.get(span.root.head.lemma_.lower()) in _STANCES):
            # "Amiri said", "Amiri opposed the nomination": a place of that name neither speaks nor takes a stand;
            # the man does
            return "Person"
        if label in _PLACE_LABELS or is_place(span.text) and _locative(span, self.lexicon):
            return "Place"
        if label == "ORG" and is_place(span.text) and not words & self.type_cue_words:
            return "Place"  # "Sinjar, in Nineveh province, ...": a town the NER took for an organisation
        if len(span) > 1 and fold(span[-1].text) in self.lexicon.company_name_words:
            return "Organization"  # "Dana Gas", which the NER may take for a person
        if words & self.lexicon.group_name_words or self._part_of_a_group(span):
            return "Militia"  # "Tashkil al-Waritheen", which the NER may take for a person
        if label == "ORG":
            # the word heading the name says what it is before any word inside it: the "Nationalist Movement Party"
            # is a party, not a movement
            if fold(span[-1].lemma_) in self.lexicon.descriptions["Organization"]:
                return "Organization"
            for actor_type in ("Media", "Militia", "GovernmentBody", "ArmedForce"):
                if words & self.lexicon.type_cues[actor_type]:
                    return actor_type
            if described:
                return described
            if _reported_by(span, self.lexicon) or _object_of(span, "with", self.lexicon.interview_nouns) or (
                    _broadcaster(span, self.lexicon)):
                return "Media"  # ("in an interview with The National": an outlet the NER took for a body)
            if _arabic_personal_name(span) or _coordinated_with_person(span):
                return "Official" if _holds_office(span, self.lexicon) else "Person"
            if span.root.dep_ == "appos" and _is_role_word(span.root.head, self.lexicon):
                return "Official"  # "Russia's ambassador, Vassily Nebenzia": a name given a person's office
            return "Organization"
        if _object_of(span, "with", self.lexicon.interview_nouns):
            return "Media"  # "in an interview with Al-Ahed", which the NER may take for a person
        if self._names_a_group(span, described):
            return "Militia"
        return "Official" if _holds_office(span, self.lexicon) else "Person"

    def _names_a_group(self, span: Span, described: str | None) -> bool:
        """Whether a name the NER took for a person's is an armed group's: what armed men are of ("the men, members
        of Thar Allah"), what a leader leads ("a senior leader of Hurras al-Din", "a senior Hurras al-Din leader"),
        what an apposition calls a group ("Jaysh al-Muhajireen, an Islamic State offshoot")."""
        root = span.root
        return described == "Militia" or _object_of(span, "of", self.members_and_heads) or (
            root.dep_ == "compound" and root.head.lemma_.lower() in self.heading_roles and not (
                span.start <= root.head.i < span.end))


def _type_by_setting(span: Span, lexicon: Lexicon) -> str | None:
    """The type a name's setting gives it, whatever the NER's label: an outlet in brackets in a dateline ("SANAA
    (Saba) -"), an institution one holds a post at ("a research fellow at Chatham House", lexicon
    `institution_posts`), a town one is the mayor of (lexicon `local_offices`), an outlet a noun of outlets names
    ("the state news agency Petra"), the name a group calls itself ("a group calling itself X").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The army said in a statement carried by the state news agency Petra that it was over.")
    >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"]]
    [('Petra', 'Media')]
    """
    before = span.doc[span.start - 1] if span.start else None
    if _bracketed_in_dateline(span) or before is not None and before.is_lower and (
            before.lemma_ in lexicon.descriptions["Media"]):
        return "Media"
    if _object_of(span, "at", lexicon.institution_posts) or _object_of(span, "with", lexicon.institution_posts):
        return "Organization"
    if _object_of(span, "of", lexicon.local_offices):
        return "Place"
    if self_naming_noun(span, lexicon) is not None:
        return "Militia"  # "a group calling itself Awliyaa al-Dam", whatever the NER takes the name for
    return None


def _broadcaster(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is who aired, carried or published something: "an interview aired by Al-Iraqiya", "a
    statement carried by Sabereen News"."""
    root = span.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and (
        root.head.head.lemma_.lower() in lexicon.broadcasting_verbs)


def _bracketed_in_dateline(span: Span) -> bool:
    """Whether a name stands in brackets in a dateline, where the outlet that filed the report is named.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("SANAA (Saba) - The Houthis said they fired drones at Israel (Haifa).")
    >>> _bracketed_in_dateline(doc[2:3]), _bracketed_in_dateline(doc[15:16])
    (True, False)
    """
    doc = span.doc
    return span.start > 0 and span.end < len(doc) and doc[span.start - 1].text == "(" and (
        doc[span.end].text == ")") and span.start in dateline_tokens(doc)


def _force_noun_of_members(members: Token, between: Span, lexicon: Lexicon) -> set[str]:
    """The military noun naming the force that members are of, when it stands before them ("a U.S. service
    member": the service), so that the state named on them is its armed force.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("A U.S. service member was killed.")
    >>> _force_noun_of_members(doc[3], doc[2:3], load_lexicon())
    {'service'}
    """
    if members.lemma_.lower() not in lexicon.affiliated_nouns:
        return set()
    return {t.lower_ for t in between if t.dep_ == "compound" and t.lower_ in lexicon.force_nouns}


def _arabic_personal_name(span: Span) -> bool:
    """Whether a name the NER took for an organisation's has the shape of a person's, a given name and a surname
    opening with the Arabic article and nothing else ("Usamah al-Muhajir", "Hamad al-Moussawi"): no word of a kind
    of body or group is in it (those were looked for first), and a group's name opens on one.

    >>> from spacy.lang.en import English
    >>> doc = English()("killed Usamah al-Muhajir and Ansar al-Din Front")
    >>> _arabic_personal_name(doc[1:5]), _arabic_personal_name(doc[6:11])
    (True, False)
    """
    words = [t for t in span if not t.is_punct]
    return len(words) == 3 and words[0].is_title and words[0].lower_ not in {"al", "el"} and (
        words[1].lower_ in {"al", "el"} and words[2].is_title) and span.text.count("-") == 1


def _object_of(span: Span, preposition: str, nouns: frozenset[str]) -> bool:
    """Whether a name is the object of `preposition` after one of `nouns`: what armed men are members "of"
    ("members of Thar Allah"), whom an interview was given "with" ("an interview with Al-Ahed").

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The men, members of Thar Allah, shot the activist in an interview with Al-Ahed.")
    >>> lexicon = load_lexicon()
    >>> [_object_of(doc[5:7], "of", lexicon.affiliated_nouns), _object_of(doc[9:11], "of", lexicon.affiliated_nouns),
    ...  _object_of(doc[15:18], "with", lexicon.interview_nouns)]
    [True, False, True]
    """
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == preposition and root.head.head.lemma_.lower() in nouns


def _described_by_apposition(span: Span, lexicon: Lexicon) -> str | None:
    """The type an apposition gives a name by its noun: "the YBS, an armed group of Yazidis" is a militia's name,
    "Rudaw, a Kurdish broadcaster" an outlet's (not "a movement", which may be a party), "Kani Masi, a subdistrict
    of Amedi" a place's, "a bloc in parliament, Sadiqoun" an organisation's, "Reham Yacoub, a doctor" a person's.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The YBS, an armed group of Yazidis, holds Sinjar. It has a bloc in parliament, "
    ...                       "Sadiqoun.")
    >>> _described_by_apposition(doc[1:2], load_lexicon()), _described_by_apposition(doc[19:20], load_lexicon())
    ('Militia', 'Organization')
    """
    nouns = [c for c in span.root.children if c.dep_ == "appos"]
    if span.root.dep_ == "appos" and span.root.head.pos_ == "NOUN":
        nouns.append(span.root.head)  # "a bloc in parliament, Sadiqoun": the name of the bloc
    if any(fold(noun.lemma_) in lexicon.place_nouns for noun in nouns):
        return "Place"
    for actor_type in ("Militia", "Media"):
        kinds = set(lexicon.descriptions[actor_type]) - set(lexicon.descriptions["Organization"]) - {"movement"}
        if any(fold(noun.lemma_) in kinds for noun in nouns):
            return actor_type
    if any(fold(noun.lemma_) in lexicon.descriptions["Organization"] for noun in nouns):
        return "Organization"
    private = lexicon.calling_nouns | lexicon.anyone_nouns | lexicon.innocent_nouns
    if any(fold(noun.lemma_) in private for noun in nouns):
        return "Person"
    return None


def _named_by_place_noun(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is what a place noun before it is called: "the village of Kani Masi", "the town of Penjwen"
    (not whose a site is: "a checkpoint of its 47th Brigade")."""
    of = span.root.head
    place = of.head.lemma_.lower()
    return span.root.dep_ == "pobj" and of.lower_ == "of" and place in lexicon.place_nouns and (
        of.head.i < span.start) and place not in lexicon.installation_nouns | lexicon.force_site_nouns and not any(
        c.dep_ == "poss" for c in span.root.children)


def _place_taken_for_other(ent: Span, lexicon: Lexicon) -> Span | None:
    """The town the gazetteer knows that a name the NER took for a date or a thing opens, where the text puts a
    place: "the strikes near the town of Mayadeen", "a drone hit Mayadeen in Deir el-Zour province".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The strikes hit Mayadeen in Deir el-Zour province.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]]
    [('Mayadeen', 'mayadeen'), ('Deir el-Zour', 'deir_ez_zor')]
    """
    if ent.label_ in _ACTOR_LABELS:
        return None
    end = ent.start
    while end < ent.end and ent.doc[end].pos_ == "PROPN" and ent.doc[end].is_title:
        end += 1
    name = ent.doc[ent.start:end]
    if not name or not is_place(name.text):
        return None
    after = [t for t in ent.doc[end:end + 3] if t.lower_ != "the"]
    placed = len(after) > 1 and after[0].lower_ == "in" and after[1].ent_type_ in _PLACE_LABELS | {"Place"}
    return name if _locative(name, lexicon) or _named_by_place_noun(name, lexicon) or placed else None


def _listed_before_areas(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is one of those a plural place noun, or a noun of an area, after them names: "the Gara and
    Metina areas", "the Sinjar and Makhmour districts".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Turkish warplanes bombed PKK positions in the Gara and Metina areas.")
    >>> [(s.text, s.label_) for s in doc.spans["kg_mentions"] if s.text == "Gara"]
    [('Gara', 'Place')]
    """
    root = span.root
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    noun = root.head
    listed = any(c.dep_ == "conj" for c in root.children)
    return root.dep_ in {"nmod", "compound"} and noun.i > span.end and listed and (
        noun.lemma_.lower() in lexicon.area_nouns or noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.place_nouns)


def portfolios_cut(ents: tuple[Span, ...], lexicon: Lexicon) -> list[Span]:
    """The entities, without the portfolio an office is "for" or "of", which the NER takes for a body and runs into
    the holder's name: what follows its last portfolio word is the holder ("Under Secretary for Terrorism and
    Financial Intelligence Brian Nelson"), and a portfolio with nothing after it is no actor ("Assistant Secretary
    of State for Near Eastern Affairs").

    >>> from spacy.lang.en import English
    >>> doc = English()("Under Secretary for Terrorism and Financial Intelligence Brian Nelson spoke")
    >>> doc.ents = [Span(doc, 3, 9, "ORG")]
    >>> [(span.text, span.label_) for span in portfolios_cut(doc.ents, load_lexicon())]
    [('Brian Nelson', 'PERSON')]
    """
    cut: list[Span] = []
    for ent in ents:
        doc = ent.doc
        ends = [t.i for t in ent if t.lower_ in lexicon.portfolio_words]
        office = ent.start >= 2 and doc[ent.start - 1].lower_ in {"for", "of"} and _title_word(
            doc[ent.start - 2].lower_, lexicon)
        if not office or not ends:
            cut.append(ent)
        elif ent.end - ends[-1] > 2 and all(t.is_title for t in doc[ends[-1] + 1:ent.end]):
            cut.append(Span(doc, ends[-1] + 1, ent.end, label="PERSON"))
    return cut


# what joins the words of a person's name: "Hadi al-Amiri"
_NAME_JOINS = NAME_PARTICLES | {"-"}


def owners_cut(ents: list[Span], registry: "Registry", lexicon: Lexicon) -> list[Span]:
    """The entities, with a registered group's name that the NER ran on through "of" into a person's name cut
    from the person: "the Badr Organization of Hadi al-Amiri" names the group and the man, not a third actor.

    >>> from spacy.lang.en import English
    >>> doc = English()("The Badr Organization of Hadi al-Amiri has kept out")
    >>> doc.ents = [Span(doc, 0, 8, "ORG")]
    >>> [(span.text, span.label_) for span in owners_cut(list(doc.ents), load_registry(), load_lexicon())]
    [('Badr Organization', 'ORG'), ('Hadi al-Amiri', 'PERSON')]
    """
    cut: list[Span] = []
    for ent in ents:
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        opening = ent.start + (ent[0].lower_ == "the")
        owner = ent.doc[of + 1:ent.end] if of is not None else None
        if owner is None or ent.label_ != "ORG" or registry.lookup(ent.text) is not None or not (
                of > opening and registry.lookup(ent.doc[opening:of].text)
                and _person_name_words(owner, lexicon, _NAME_JOINS)):
            cut.append(ent)
            continue
        cut += [Span(ent.doc, opening, of, label="ORG"), Span(ent.doc, owner.start, owner.end, label="PERSON")]
    return cut


def _state_shared_by_conjunct(noun: Token, found: list[_Candidate]) -> str | None:
    """The state whose adjective the noun a bare institution is coordinated after carries, which is the
    institution's too: "the Iraqi people and government"."""
    if noun.dep_ != "conj":
        return None
    return next((c.actor.id for m in noun.head.children if m.dep_ == "amod" and m.i < noun.head.i
                 for c in found if c.start == m.i and c.actor.type == "Country"), None)


def joined_person_names(ents: tuple[Span, ...]) -> list[Span]:
    """The entities, with a person's name the NER cut in two made whole again: two names of people with nothing
    between them are one long name ("Ahmed Najm" "Abdul Zahra"), and so is a lone capitalised word the NER gave
    another label before a surname opening with an Arabic article ("Salem" "al-Issawi").

    >>> from spacy.lang.en import English
    >>> doc = English()("commander Ahmed Najm Abdul Zahra died")
    >>> doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 3, 5, "PERSON")]
    >>> [span.text for span in joined_person_names(doc.ents)]
    ['Ahmed Najm Abdul Zahra']
    >>> doc = English()("voted for Salem al-Issawi")
    >>> doc.ents = [Span(doc, 2, 3, "GPE"), Span(doc, 3, 6, "PERSON")]
    >>> [span.text for span in joined_person_names(doc.ents)]
    ['Salem al-Issawi']
    >>> doc = English()("met Mohammad Kazem Al-e Sadegh today")
    >>> doc.ents = [Span(doc, 1, 6, "PERSON"), Span(doc, 6, 7, "GPE")]
    >>> [span.text for span in joined_person_names(doc.ents)]
    ['Mohammad Kazem Al-e Sadegh']
    >>> doc = English()("Mohammed Ali al-Houthi said. Al-Houthi said")
    >>> doc.ents = [Span(doc, 0, 4, "PERSON"), Span(doc, 4, 5, "Militia"), Span(doc, 7, 9, "ORG"),
    ...             Span(doc, 9, 10, "Militia")]
    >>> [span.text for span in joined_person_names(doc.ents)]
    ['Mohammed Ali al-Houthi', 'Al-Houthi']
    """
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        # ("Salem" "al-Issawi": a lone first name the NER took for a place, before a surname it took for a person's)
        first_name = last is not None and len(last) == 1 and not last.ent_id_ and last[0].is_title and (
            ent[0].lower_ in NAME_PARTICLES)
        # ("Mohammad Kazem Al-e" "Sadegh": a person's name cut after a particle joined to the name it opens)
        # (and "Mohammed Ali al-" "Houthi", or "Al-" "Houthi" alone: a surname the ruler took for the group it is
        # the name of)
        cut_at_particle = last is not None and (last.label_ == "PERSON" and len(last) > 2 or len(last) == 2) and (
            last[-2].text == "-" and last[-3].lower_ in NAME_PARTICLES or last[-1].text == "-" and (
                last[-2].lower_ in NAME_PARTICLES)) and len(ent) == 1 and ent[0].is_title
        if last is not None and ent.start == last.end and (
                ent.label_ == "PERSON" and (last.label_ == "PERSON" or first_name) or cut_at_particle):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


def _ends_pro_modifier(token: Token) -> bool:
    """Whether a word closes a "pro-" modifier, which names whom a group is for.

    >>> from spacy.lang.en import English
    >>> [_ends_pro_modifier(t) for t in English()("the pro-Iran Coordination Framework")][3:]
    [True, False, False]
    """
    return token.i > 1 and token.nbor(-1).text in {"-", "–"} and token.nbor(-2).lower_ == "pro"


def hyphen_modifier(token: Token, modifiers: frozenset[str]) -> str | None:
    """The name in a one-token modifier such as "U.S.-led" or "Iran-backed", where the tokenizer kept it whole.

    >>> from spacy.lang.en import English
    >>> hyphen_modifier(English()("U.S.-led")[0], frozenset({"led"}))
    'U.S.'
    """
    name, dash, modifier = token.text.replace("–", "-").rpartition("-")
    return name if dash and name and modifier.lower() in modifiers else None


def _acronym_uses(doc: Doc, found: list[_Candidate], acronyms: dict[str, str]) -> Iterator[_Candidate]:
    """An acronym the text defines (`acronyms`), wherever the NER missed it: "HSAK" after "Harakat Saraya Ashab
    al-Kahf (HSAK)" is that group."""
    expanded = {name_key(c.actor_span.text): c.actor for c in found}
    actors = {acronym: actor for acronym, name in acronyms.items()
              if (actor := expanded.get(name_key(name)))}
    taken = _covered(found)
    for token in doc:
        if token.i not in taken and (actor := actors.get(token.text)):
            yield _Candidate(token.i, token.i + 1, actor, doc)


def _nationality(demonym: Token, lexicon: Lexicon) -> bool:
    """A demonym that gives a private person's nationality ("German art curator Hella Mewis", "Elizabeth Tsurkov,
    an Israeli-Russian researcher"): the person is no part of the state. An office ("Iraqi Prime Minister X") is.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Elizabeth Tsurkov, an Israeli researcher, and Iraqi Prime Minister Sudani spoke.")
    >>> _nationality(doc[4], load_lexicon()), _nationality(doc[9], load_lexicon())
    (True, False)
    """
    noun = demonym.head
    while noun.dep_ in {"compound", "amod"} and noun.head.pos_ in {"NOUN", "ADJ"} and noun.head.i > noun.i:
        noun = noun.head  # "German art curator"
    # (a role that is no office says where its holder is from: "an Israeli-Russian researcher")
    if demonym.dep_ not in {"amod", "compound", "nmod"} or noun.pos_ != "NOUN" or (
            {noun.lemma_.lower(), noun.lower_} & (lexicon.role_predicates.keys() - lexicon.affiliation_roles)):
        return False
    described = [noun.head] if noun.dep_ in {"appos", "compound"} else []
    described += [c for c in noun.children if c.dep_ == "appos"]
    return any(person.ent_type_ == "PERSON" for person in described)


def _designation(token: Token) -> bool:
    """A model's designation, "F-15E" or "MQ-9": a name with a digit in it."""
    return any(c.isdigit() for c in token.text)


def _name_continued_by_of(span: Span, claimed: set[int], registry: "Registry", lexicon: Lexicon) -> Span | None:
    """An organisation's name the NER cut before an "of" that goes on in capitalised words: "the Coordination
    Committee of the Iraqi Resistance", "the Council of Ministers" (not "the Council of Kataib Hezbollah", an actor
    named on its own, nor "the committee of Prime Minister X", nor "the Sovereignty Alliance of Khamis al-Khanjar",
    a person's name the NER passed by, which its particle tells, nor a registered party's "of" its leader, "the
    Kurdistan Democratic Party of Masoud Barzani").

    >>> from kg.nlp import load_pipeline
    >>> registry, lexicon = load_registry(), load_lexicon()
    >>> doc = load_pipeline()("The Coordination Committee of the Iraqi Resistance warned Washington.")
    >>> _name_continued_by_of(doc[1:3], set(), registry, lexicon).text
    'Coordination Committee of the Iraqi Resistance'
    >>> doc = load_pipeline()("He was backed by the Sovereignty Alliance of Khamis al-Khanjar.")
    >>> _name_continued_by_of(doc[5:7], set(), registry, lexicon) is None
    True
    >>> doc = load_pipeline()("He criticised the Kurdistan Democratic Party of Masoud Barzani.")
    >>> _name_continued_by_of(doc[3:6], set(), registry, lexicon) is None
    True
    """
    doc = span.doc
    at = span.end
    if at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    at += 1 + (doc[at + 1].lower_ == "the")
    end = at
    while end < len(doc) and doc[end].is_title and doc[end].ent_type_ not in {"PERSON", "GPE", "DATE"} and (
            end not in claimed):
        end += 1
    if end < len(doc) and doc[end].lower_ in NAME_PARTICLES or registry.lookup(span.text) is not None and (
            _person_name_words(doc[at:end], lexicon, _NAME_JOINS)):
        return None
    return doc[span.start:end] if end > at and not doc[end - 1].is_punct else None


def _names_repeated(doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
    """A name of two or more capitalised words that the doc gave an actor the registry does not know names it
    wherever it recurs, where the NER passed it by ("The Babylon Brigades, a unit of the PMF, ..." after "the
    leader of the Babylon Brigades")."""
    names: dict[tuple[str, ...], Actor] = {}
    for candidate in found:
        words = tuple(t.text for t in candidate.actor_span)
        if not candidate.actor.registered and len(words) > 1 and all(w[:1].isupper() or not w.isalpha()
                                                                      for w in words):
            names.setdefault(words, candidate.actor)
    taken = _covered(found)
    lengths = sorted({len(words) for words in names}, reverse=True)
    first_words = {words[0] for words in names}
    for token in doc:
        if token.text not in first_words or token.i in taken:
            continue
        for length in lengths:
            end = token.i + length
            actor = names.get(tuple(t.text for t in doc[token.i:end]))
            if actor is not None and not taken & set(range(token.i, end)):
                taken.update(range(token.i, end))
                yield _Candidate(token.i, end, actor, doc)
                break


def _openings(found: list[_Candidate]) -> dict[tuple[str, ...], Actor]:
    """The capitalised words that open a name the doc gave before it goes on in lower case ("Islamic Resistance"
    of "the Islamic Resistance in Iraq"), with the actor of the one name they open."""
    openings: dict[tuple[str, ...], dict[str, Actor]] = {}
    for candidate in found:
        words = [t.text for t in candidate.actor_span]
        cut = next((i for i, w in enumerate(words) if i >= 2 and w.islower()), None)
        if cut is not None and all(w[:1].isupper() for w in words[:cut]):
            openings.setdefault(tuple(words[:cut]), {})[candidate.actor.id] = candidate.actor
    return {words: next(iter(actors.values())) for words, actors in openings.items() if len(actors) == 1}


def _shortened_to_their_names(found: list[_Candidate]) -> list[_Candidate]:
    """A name of no registered actor that is the opening of a name the doc gives in full is that name's actor (a
    headline's "Islamic Resistance claims responsibility" before "the Islamic Resistance in Iraq claimed").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Islamic Resistance claims attack\\n\\nThe Islamic Resistance in Iraq said it struck.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][0]
    ('Islamic Resistance', 'islamic_resistance_in_iraq')
    """
    openings = _openings(found)
    return [_Candidate(c.start, c.end, full, c.doc) if not c.actor.registered and (
        full := openings.get(tuple(t.text for t in c.actor_span))) is not None else c for c in found]


def _names_shortened(doc: Doc, found: list[_Candidate]) -> Iterator[_Candidate]:
    """The capitalised words that open a name the doc gave, before it goes on in lower case, name its actor alone
    ("The Islamic Resistance affirms" after "the Islamic Resistance in Iraq"), where they open no other name.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The Islamic Resistance in Iraq struck. The Islamic Resistance affirms it will go on.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][-1]
    ('Islamic Resistance', 'islamic_resistance_in_iraq')
    """
    taken = _covered(found)
    for words, actor in _openings(found).items():
        for token in (t for t in doc if t.text == words[0] and t.i not in taken):
            end = token.i + len(words)
            if end > len(doc) or tuple(t.text for t in doc[token.i:end]) != words or taken & set(range(token.i, end)):
                continue
            if end < len(doc) and doc[end].text[:1].isupper() or token.i > 0 and doc[token.i - 1].pos_ == "PROPN":
                continue  # (the words open or close some longer name)
            taken.update(range(token.i, end))
            yield _Candidate(token.i, end, actor, doc)


def _in_subject(span: Span) -> bool:
    """Whether a mention is a clause's subject or a word that names it ("Iraqi parliament speaker Mohammed
    al-Halbousi said": the parliament is in the subject).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iraqi parliament speaker Mohammed al-Halbousi called on the ministry.")
    >>> _in_subject(doc[0:2]), _in_subject(doc[-2:-1])
    (True, False)
    """
    token = span.root
    while token.dep_ in {"compound", "amod", "poss", "nmod"} and token.head != token:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def _story_state(found: list[_Candidate]) -> str | None:
    """The state a story is about: the one it names at least twice as often as any other, by its name or by its
    institutions' ("Iraq's parliament")."""
    states = Counter(c.actor.id if c.actor.type == "Country" else c.actor.state for c in found
                     if c.actor.type == "Country" or c.actor.state).most_common(2)
    return states[0][0] if states and (len(states) == 1 or states[0][1] >= 2 * states[1][1]) else None


def _covered(found: list[_Candidate]) -> set[int]:
    """The token indices the mentions found so far cover."""
    return {i for c in found for i in range(c.start, c.end)}


def _common_noun_not_naming(span: Span, lexicon: Lexicon) -> bool:
    """An alias that ends on a common noun ("coalition", "Iraqi security") names the actor only as the head of a
    plain definite phrase, or on its troops, bases or mission ("coalition troops"): not in "coalition government",
    "the ruling coalition", "a coalition of militias" or "Iraqi security officials"."""
    token = span[-1]
    if not token.text.islower() or token.lemma_.lower() in lexicon.place_nouns | lexicon.installation_nouns:
        return False  # "the Harir base" names the base wherever it stands
    if len(span) > 1 and token.lower_ in lexicon.force_heads:
        return False  # "Iraqi border guard officers" are the border guards' officers
    military = lexicon.force_nouns | lexicon.installation_nouns | lexicon.argument_bridges
    if token.dep_ == "compound" and (token.head.lemma_.lower() in military or token.head.lower_ in military):
        return False  # "coalition troops"
    named_body = len(span) > 1 and token.lower_ in lexicon.organisation_heads | lexicon.institution_nouns
    if token.dep_ == "compound" and _is_role_word(token.head, lexicon) and (
            token.head.dep_ == "compound" and token.head.head.pos_ == "PROPN" or named_body or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.head.children)):
        # a title before a name: "Iran's foreign ministry spokesman Nasser Kanaani", or a name set beside it: "a
        # coalition spokesman, Col. Wayne Marotto"; a named body's office wherever the name stands: "Iran's foreign
        # ministry spokesman, Nasser Kanaani" (but "Iraqi security officials", "a coalition official")
        return False
    if len(span) > 1:
        return token.dep_ == "compound"
    # "the State of Law coalition" is another coalition; "a coalition of Iran-backed militias" is a kind of group,
    # and "the coalition of Iran-backed militias" one whose members it names
    return token.dep_ in {"compound", "amod", "nmod"} or is_indefinite(token) or any(
        c.dep_ in {"amod", "compound", "nmod"} and c.i < token.i for c in token.children) or (
        names_its_members(token, lexicon))


def state_stood_for(actor: Actor, actors: dict[str, Actor]) -> str | None:
    """The state a place stands for where the article names it ("The US embassy said": the United States), else
    None."""
    state = actors.get(actor.metonym) if actor.metonym else None
    return actor.metonym if state is not None and state.type == "Country" else None


def names_its_members(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a group noun names, by "of", the groups or men it is made of: "the coalition of Iran-backed militias"."""
    members = {*lexicon.armed_group_nouns, *lexicon.affiliated_nouns, *lexicon.organisation_heads}
    return any(o.dep_ == "pobj" and o.lemma_.lower() in members for p in noun.children
               if p.dep_ == "prep" and p.lower_ == "of" for o in p.children)


def _noun_described_another(span: Span) -> bool:
    """Whether a common noun standing alone as an alias ("the coalition") takes up the name the article described
    with that noun before ("the Islamic Resistance in Iraq, a coalition of factions, ... the coalition"), not the
    registered actor it names elsewhere.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The Islamic Resistance, a coalition of factions, struck. The coalition vowed more.")
    >>> _noun_described_another(doc[12:13])
    True
    """
    noun = span[-1]
    if len(span) > 1 or not noun.is_lower:
        return False
    return any(t.dep_ == "appos" and t.lemma_ == noun.lemma_ and t.head.pos_ == "PROPN" and t.head.i < t.i
               for t in noun.doc[:noun.i])


def _names_same(text: str, actor: Actor) -> bool:
    """A later mention names a known actor: the same name, a variant, or a part of a person's name."""
    for alias in actor.aliases:
        if spelling_variants(text, alias):
            return True
        if actor.type in PEOPLE_TYPES:
            words, alias_words = name_key(text).split(), name_key(alias).split()
            if 0 < len(words) < len(alias_words) and (
                words == alias_words[:len(words)] or spelling_variants(" ".join(words),
                                                                      " ".join(alias_words[-len(words):]))):
                return True  # (the surname spelt otherwise: "al-Walaei" after "Abu Alaa al-Walai")
        elif actor.type == "Place" and (_one_word_dropped(words := name_key(text).split(),
                                                          alias_words := name_key(alias).split())
                                        or _one_word_dropped(alias_words, words)):
            return True  # "the Khor Mor field" after "the Khor Mor gas field", and the other way round
    return False


def _one_word_dropped(words: list[str], alias_words: list[str]) -> bool:
    """Whether a name is a longer one with a word inside it dropped, its first and last words kept.

    >>> _one_word_dropped(["khor", "mor", "field"], ["khor", "mor", "gas", "field"])
    True
    >>> _one_word_dropped(["khor", "field"], ["khor", "mor", "gas", "field"])
    False
    """
    return len(words) >= 2 and len(alias_words) == len(words) + 1 and any(
        alias_words[:i] + alias_words[i + 1:] == words for i in range(1, len(alias_words) - 1))


def _short_form(text: str, actor: Actor, lexicon: Lexicon) -> bool:
    """ "Fatah" after "the Fatah Alliance", "Badr" after "the Badr Organization": an organisation's name without
    the word that heads it names it again, and so does that word alone where it is a plural ("the Guards").

    >>> _short_form("Fatah", Actor("fatah_alliance", "Fatah Alliance", "Organization", ("Fatah Alliance",)),
    ...             load_lexicon())
    True
    >>> _short_form("Alliance", Actor("fatah_alliance", "Fatah Alliance", "Organization", ("Fatah Alliance",)),
    ...             load_lexicon())
    True
    >>> _short_form("Guard", Actor("irgc", "Revolutionary Guard", "ArmedForce", ("Revolutionary Guard",)),
    ...             load_lexicon())
    True

    A base's name without its title names it again ("the Taji attack" after "Camp Taji"):

    >>> _short_form("Taji", Actor("camp_taji", "Camp Taji", "Place", ("Camp Taji",)), load_lexicon())
    True
    """
    words = name_key(text).split()
    if actor.type == "Place":
        return any((alias_words := name_key(alias).split())[1:] == words and alias_words[0] in (
            lexicon.installation_titles) for alias in actor.aliases)
    if actor.type in PEOPLE_TYPES:
        return False
    # or the noun heading it alone, capitalised, where it heads organisations' or forces' names or is a plural: "the
    # Guards" after "the Revolutionary Guards", "the Guard", "the Framework" after "the Coordination Framework"
    return any((alias_words := name_key(alias).split())[:-1] == words and alias_words[-1] in lexicon.organisation_heads
               or len(alias_words) > 1 and words == _head_words(alias_words)[-1:] and text[0].isupper() and (
                   text.endswith("s") or words[0] in lexicon.organisation_heads | lexicon.force_heads)
               for alias in actor.aliases)


def _first_word_named(text: str, actor: Actor, lexicon: Lexicon) -> bool:
    """ "the Kataeb" after "Kata'ib Hizbullah": the word of armed groups' names an armed group's name opens with
    (lexicon `group_name_words`), in any spelling, names that group alone.

    >>> group = Actor("kataib_hezbollah", "Kataib Hezbollah", "Militia", ("Kata'ib Hizbullah",))
    >>> _first_word_named("Kataeb", group, load_lexicon()), _first_word_named("Saraya", group, load_lexicon())
    (True, False)
    """
    if actor.type != "Militia" or len(text.split()) != 1:
        return False
    return any(len(words := alias.split()) > 1 and fold(words[0]).lower() in lexicon.group_name_words and (
        skeleton(words[0]) == skeleton(text)) for alias in actor.aliases)


def _head_words(words: list[str]) -> list[str]:
    """A name's words up to a preposition that follows its head: "islamic resistance" of "Islamic Resistance in
    Iraq"."""
    return next((words[:i] for i, word in enumerate(words) if i > 0 and word in {"in", "of", "for"}), words)


def _states_of(candidates: list["_Candidate"]) -> set[str]:
    """The states named by candidates, as states or as one of their institutions or forces."""
    return {c.actor.id if c.actor.type == "Country" else c.actor.state for c in candidates
            if c.actor.type == "Country" or c.actor.state}


def _in_a_clause_without(word: Token, token: Token) -> bool:
    """Whether a word is in an adverbial or relative clause that `token` is not in.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Parliament called on the government to act after a US strike killed an Iranian.")
    >>> _in_a_clause_without(doc[9], doc[4]), _in_a_clause_without(doc[0], doc[4])
    (True, False)
    """
    return any(a.dep_ in {"advcl", "relcl"} and token not in a.subtree for a in [word, *word.ancestors])


def _subject_words(token: Token) -> set[int]:
    """The words of the subject of the verb a noun hangs under, or of the verb that verb is coordinated with, where
    the noun is not in it."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}] if verb is not None else []
    return {t.i for s in subjects if token not in s.subtree for t in s.subtree}


def _led_by_someone(noun: Token, lexicon: Lexicon) -> bool:
    """ "a government led by Mustafa al-Kadhimi": a body named by whom it is led."""
    return any(c.dep_ == "acl" and c.lower_ in lexicon.leading_modifiers for c in noun.children)


def _person_taken_for_thing(ent: Span, lexicon: Lexicon) -> bool:
    """Whether the NER took a title and the name after it for a thing's name: "Lawmaker Mukhtar al-Mousawi", which
    it calls a product.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Lawmaker Mukhtar al-Mousawi spoke.")
    >>> [_person_taken_for_thing(Span(doc, 0, 5, label), load_lexicon()) for label in ("PRODUCT", "ORG")]
    [True, False]
    """
    return ent.label_ in _NAMES_OF_THINGS and len(ent) > 2 and _title_word(ent[0].lower_, lexicon) and (
        ent[1].is_title and ent[-1].is_title and not _title_word(ent[1].lower_, lexicon))


def _after_rank(ent: Span, lexicon: Lexicon) -> bool:
    """Whether an entity opens with an abbreviated rank ("Adm.", "Rear Adm.", "Gen."): a person, whatever the NER
    says."""
    opening = [t for t in ent[:2] if t.text.endswith(".")]
    return bool(opening) and _title_word(opening[0].lower_.rstrip("."), lexicon) and all(
        _title_word(t.lower_.rstrip("."), lexicon) for t in ent[:opening[0].i - ent.start + 1])


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    return _title_word(token.lower_, lexicon) and token.i + 1 < len(token.doc) and token.nbor().is_title




def _given_name_and_initial_before(surname: Token, lexicon: Lexicon) -> bool:
    """Whether a capitalised given name and a middle initial come right before a surname: "Joseph R. Biden",
    "Antony J. Blinken" (a title is no given name: "Gen. Kurilla").

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("President Joseph R. Biden and Gen. E. Kurilla spoke.")
    >>> _given_name_and_initial_before(doc[3], load_lexicon()), _given_name_and_initial_before(doc[7], load_lexicon())
    (True, False)
    """
    if surname.i < 2:
        return False
    given, initial = surname.doc[surname.i - 2], surname.doc[surname.i - 1]
    return bool(re.fullmatch(r"[A-Z]\.", initial.text)) and given.is_title and given.is_alpha and (
        given.lower_ not in lexicon.titles) and not _title_word(given.lower_, lexicon)

def _title_word(word: str, lexicon: Lexicon) -> bool:
    """ "Gen.", "Brig", "Colonels": a title, abbreviated or plural."""
    word = word.rstrip(".")
    return word in lexicon.titles or word.removesuffix("s") in lexicon.titles


def _acting(token: Token) -> bool:
    """Whether a name is one who acts or talks: an active subject, an agent, a party to talks ("between", "with"),
    one asked to act, warned off acting or blamed for acting ("urged Erbil to abide by the ruling", "called on Erbil
    to", "warned Erbil against allowing", "accused Erbil of delaying"); a passive subject undergoes ("Erbil was
    hit")."""
    while token.dep_ == "conj":
        token = token.head
    if token.dep_ in {"nsubj", "agent"} or token.dep_ == "pobj" and token.head.lower_ in {"between", "with", "by"}:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "on":
        token = token.head  # "called on Erbil to hand over its revenues"
    verb = token.head
    # asked to act (an infinitive after it, which the parser may take for a purpose after a verb of asking:
    # "pressed Erbil to close the gaps"), or blamed for acting (a gerund after "of")
    # (or by the verb and its preposition: "called on Baghdad and Erbil to form joint brigades")
    asked_by = {verb.lemma_.lower(), f"{verb.lemma_.lower()}_{token.lower_}"} if token.dep_ == "prep" else {
        verb.lemma_.lower()}
    asking = any(load_lexicon().verb_predicates.get(word) == "demands" for word in asked_by)
    return token.dep_ in {"dobj", "prep"} and verb.pos_ == "VERB" and any(
        (c.dep_ == "xcomp" or c.dep_ == "advcl" and asking and is_to_infinitive(c)) and c.i > token.i
        or c.dep_ == "prep" and c.lower_ in {"of", "for", "against"} and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children)


def _political_use(span: Span) -> bool:
    root = span.root
    if span.text.isupper():  # a dateline: "TEHRAN (Tasnim) -"
        return False
    # "southern Baghdad", "south of Baghdad": a direction from a city places something; it is no state's act
    # and so does a part of it: "the Zafaraniya area of Baghdad", "the centre of Baghdad"
    lexicon = load_lexicon()
    directions = lexicon.direction_words
    if any(c.dep_ == "amod" and c.lower_ in directions for c in root.children) or (
            root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ in (
                directions | lexicon.locality_nouns | lexicon.place_nouns | lexicon.area_nouns)):
        return False
    if root.dep_ == "dobj" and root.head.lemma_.lower() in lexicon.patrolling_words:
        return False  # "police units patrolled Baghdad": the city patrolled
    if root.dep_ in _ARGUMENT_DEPS:
        return True
    if root.dep_ == "conj":
        return _political_use(span.doc[root.head.i:root.head.i + 1])
    if root.dep_ == "pobj":
        prep = root.head.lower_
        if prep == "from" and (_asked_from(root.head) or root.head.head.lower_ in lexicon.sent_nouns or (
                _support_from(root.head, lexicon))):
            return True  # "demanded an explanation from Washington": the one asked; "calls from Washington": whose
        # ("appealed to Ankara": the verb's own preposition names whom it is addressed to, as "urged Ankara" does)
        phrasal = f"{root.head.head.lemma_.lower()}_{prep}" in lexicon.verb_predicates
        return prep not in _LOCATIVE_PREPS and (prep != "to" or root.head.head.pos_ in {"NOUN", "PROPN"}) or phrasal
    return False


def _support_from(preposition: Token, lexicon: Lexicon) -> bool:
    """Whether a "from" names who gives support, funding or arms: "receives salaries from Baghdad", "backing from
    Washington".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The YBS is part of the PMF and receives salaries from Baghdad.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"] if s.text == "Baghdad"]
    [('Baghdad', 'iraq')]
    """
    given = preposition.head
    if given.pos_ in {"VERB", "AUX"} and given.lemma_.lower() in lexicon.undergoing_verbs:
        given = next((c for c in given.children if c.dep_ == "dobj"), given)
    return lexicon.noun_predicates.get(given.lemma_.lower()) == "supports"


def _asked_from(preposition: Token) -> bool:
    """Whether a "from" names whom something is demanded of: "demanded an explanation from Washington"."""
    verbs = load_lexicon().verb_predicates
    asked = preposition.head.head if preposition.head.dep_ == "dobj" else preposition.head
    return verbs.get(asked.lemma_.lower()) == "demands"


def _named_by_itself(doc: Doc, candidates: list[_Candidate], lexicon: Lexicon) -> list[_Candidate]:
    """ "An Iran-aligned group calling itself Saraya Awliya al-Dam": a collective's phrase whose group is given a
    name of its own is the group of that name.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("An Iran-aligned group calling itself Saraya Awliya al-Dam claimed the attack.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][0]
    ('An Iran-aligned group', 'saraya_awliya_al_dam')
    """
    named = {noun.i: c.actor for c in candidates
             if (noun := self_naming_noun(doc[c.start:c.end], lexicon)) is not None}
    return [_Candidate(c.start, c.end, next(named[i] for i in range(c.start, c.end) if i in named), doc)
            if c.actor.collective and any(i in named for i in range(c.start, c.end)) else c for c in candidates]


def _named_later(doc: Doc, candidates: list[_Candidate]) -> list[_Candidate]:
    """ "Iran-backed group claims attack on US base ... The group, Kataib Sayyid al-Shuhada, said": one unnamed group
    of a collective, told of with "a" or in a headline, which drops its articles, that the text names after by
    setting a name beside "the" and the same noun is the group of that name.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iran-backed group claims attack on US base\\n\\nAn Iraqi armed group claimed a rocket "
    ...                       "attack on a US base. The group, Kataib Sayyid al-Shuhada, said it was retaliation.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_mentions"]][1]
    ('Iran-backed group', 'kataib_sayyid_al_shuhada')
    """
    named = {}
    for c in candidates:
        noun = doc[c.start:c.end].root
        if c.actor.collective or noun.dep_ != "appos" or not any(
                d.dep_ == "det" and d.lower_ == "the" for d in noun.head.children):
            continue
        named.setdefault(noun.head.lemma_.lower(), (noun.head.i, c.actor))

    def names(c: _Candidate) -> Actor | None:
        noun = doc[c.start:c.end].root
        later = named.get(noun.lemma_.lower())
        one = is_indefinite(noun) or _opens_without_stop(noun.sent) and not any(d.dep_ == "det" for d in noun.children)
        return later[1] if later and later[0] > noun.i and noun.tag_ == "NN" and one else None
    return [_Candidate(c.start, c.end, actor, doc) if c.actor.collective and (actor := names(c)) else c
            for c in candidates]


def _opens_without_stop(sent: Span) -> bool:
    """Whether a sentence opens the text and closes with no full stop: a headline, whatever its case."""
    return sent.start == 0 and (closing := _closing_word(sent)) is not None and closing.text != "."


def _closed_by_stop(sent: Span) -> bool:
    """Whether a sentence's last word, quotes and spaces aside, is a full stop."""
    return (closing := _closing_word(sent)) is not None and closing.text == "."


def _closing_word(sent: Span) -> Token | None:
    return next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)


def self_naming_noun(span: Span, lexicon: Lexicon) -> Token | None:
    """ "a little-known group calling itself Ashab al-Kahf", "an outfit named X", "the group known as al-Zafireen":
    the armed group's noun a name is given to, or goes by, which names the group the name does.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("A previously unknown group calling itself Ashab al-Kahf claimed the attack.")
    >>> self_naming_noun(doc[6:10], load_lexicon())
    group
    >>> doc = load_pipeline()("An umbrella group of Iran-backed militias calling itself the Islamic Resistance spoke.")
    >>> self_naming_noun(doc[11:13], load_lexicon())
    group
    >>> doc = load_pipeline()("A little-known group called Saraya Awliya al-Dam claimed responsibility.")
    >>> self_naming_noun(doc[6:11], load_lexicon())
    group
    >>> doc = load_pipeline()('The attack was claimed by a group calling itself "Ashab al-Kahf".')
    >>> self_naming_noun(doc[10:14], load_lexicon())
    group
    """
    doc = span.doc
    start = span.start
    # "calling itself the Revenge of", "calling itself "Ashab al-Kahf"": the article and the quotation mark are not it
    while start > 0 and (doc[start - 1].is_quote or doc[start - 1].lower_ == "the") and start > span.start - 2:
        start -= 1
    before = "_".join(t.lower_ for t in doc[max(start - 3, 0):start])
    phrase = next((p for p in lexicon.self_naming_phrases | lexicon.alias_phrases if before.endswith(p)), None)
    if phrase is None:
        return None
    named_at = start - len(phrase.split("_"))
    if "_" not in phrase and doc[named_at].dep_ not in {"acl", "amod"}:
        return None  # "a group called Saraya Awliya al-Dam", not "the group called Washington an occupier"
    # the noun the naming participle hangs on ("a group nobody had heard of before, calling itself X"), or one
    # just before it
    governing = next((a for a in doc[named_at].ancestors if a.pos_ in {"NOUN", "PROPN"}), None)
    if governing is not None and "itself" in phrase and governing.tag_ == "NNS" and governing.dep_ == "pobj" and (
            governing.head.lower_ == "of" and governing.head.head.tag_ == "NN"):
        governing = governing.head.head  # "an umbrella group of militias calling itself X": one group, not them
    nouns = [t for t in (governing, *reversed(doc[max(named_at - 2, 0):named_at])) if t is not None]
    return next((t for t in nouns if t.i < named_at and t.lemma_.lower() in lexicon.armed_group_nouns), None)


def names_an_operation(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name is one given to an operation ("a new operation, dubbed Claw-Lock"): an operation's name is no
    actor's.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Commandos are taking part in the operation, dubbed Claw-Lock, the ministry said.")
    >>> names_an_operation(doc[9:12], load_lexicon())
    True
    """
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is None or before.lemma_.lower() not in lexicon.given_name_verbs or before.tag_ != "VBN":
        return False
    # the noun the participle hangs on, or the one set just before it (the parser may hang it on the verb)
    governing = [a for a in before.ancestors if a.pos_ in {"NOUN", "PROPN"}][:1] if before.dep_ in {"acl", "amod"} \
        else []
    nouns = governing + [t for t in doc[max(before.i - 2, 0):before.i] if t.pos_ == "NOUN"]
    return any(noun.lemma_.lower() in lexicon.joint_operation_nouns for noun in nouns)


def _demonym_in_name(span: Span, label: str, heads: frozenset[str]) -> bool:
    """ "Iraqi Resistance Coordination Commission", "Syrian Democratic Forces", "Syrian National Army": an
    organisation's name that begins with a demonym, which is part of it (unlike "Iraqi Kataib Hezbollah"), a name
    of four words or more, or of three ending on a word of organisations (`heads`)."""
    long_enough = len(span) >= 4 or len(span) == 3 and fold(span[-1].text) in heads
    return label == "ORG" and long_enough and all(t.is_title for t in span[1:] if t.is_alpha and not t.is_stop)


def _owns_a_place(span: Span, lexicon: Lexicon) -> bool:
    """ "Baghdad's Green Zone", "the Jadriya neighbourhood of Baghdad": what a place is part of is a place."""
    root = span.root
    if root.dep_ == "poss":
        owned = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        owned = root.head.head
    else:
        return False
    return owned.ent_type_ in _PLACE_LABELS | {"Place"} or owned.lemma_ in lexicon.place_nouns


def _listed_with_a_place(span: Span, lexicon: Lexicon, names_a_person: bool = False) -> bool:
    """Whether a name stands in a list of names a place noun heads, or (unless the NER took it for a person's) in a
    list or a route with a name the gazetteer knows for a place: "the Metina, Zap and Avashin-Basyan regions", "the
    road between Sinjar and Khanasor", "moved from Khanasor to Sinjar".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The road between Sinjar and Khanasor was cut as fighters moved from Khanasor to Sinjar.")
    >>> lexicon = load_lexicon()
    >>> [_listed_with_a_place(doc[i:i + 1], lexicon) for i in (5, 12, 1)]
    [True, True, False]
    >>> doc = load_pipeline()("Jets struck hideouts in the Metina, Zap and Avashin regions.")
    >>> _listed_with_a_place(doc[7:8], lexicon)
    True
    """
    root = span.root
    others = list(root.conjuncts)
    first = min([root, *others], key=lambda t: t.i)
    if first.dep_ in {"nmod", "compound"} and first.head.lemma_.lower() in lexicon.place_nouns:
        return True
    if names_a_person:
        return False
    if root.dep_ == "pobj" and root.head.lower_ in _ROUTE_PREPS:
        others += [end for prep in root.head.head.children if prep.lower_ in _ROUTE_PREPS and prep != root.head
                   for end in prep.children if end.dep_ == "pobj"]
    return any(is_place(compounded_name(other).text) for other in others)


def _coordinated_with_person(span: Span) -> bool:
    """Whether a name is coordinated with a person's alone, as one of two or more people named together: "named the
    dead as Serhat Amed and Baran Zagros", which the NER splits between a group and a person."""
    conjuncts = [t for t in span.root.conjuncts if not span.start <= t.i < span.end]
    return bool(conjuncts) and all(t.ent_type_ == "PERSON" for t in conjuncts)


def _taken_as_stance(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun that may name a stand taken names one: "the U.S. position on the law", "rejected the American
    position" (a stance taken on something, or one a verb of stance takes a stand on), not "an American position near
    the border" (lexicon `standpoint_nouns`, `stance_preps`)."""
    if noun.lower_ not in lexicon.standpoint_nouns:
        return False
    return any(c.dep_ == "prep" and c.lower_ in lexicon.stance_preps for c in noun.children) or (
        noun.dep_ == "dobj" and lexicon.verb_predicates.get(noun.head.lemma_.lower()) in _STANCES)


def _locative(span: Span, lexicon: Lexicon) -> bool:
    """The name stands where a place does: after "in", "near", "from", ...  ("killed in Musayyib"), in a list
    that does ("moved to Sinjar and Tal Afar"), or "of" a noun of those who live somewhere or of a place's parts
    ("residents of Tuz Khurmatu", "the outskirts of Hit"; lexicon `locality_nouns`, `direction_words`)."""
    root = span.root
    while root.dep_ == "conj" and root.head.pos_ == "PROPN":
        root = root.head
    return root.dep_ == "pobj" and (root.head.lower_ in _LOCATIVE_PREPS or root.head.lower_ == "of" and (
        root.head.head.lower_ in lexicon.locality_nouns | lexicon.direction_words))


def _reported_by(span: Span, lexicon: Lexicon) -> bool:
    root = span.root
    head = root.head
    if root.dep_ in {"dobj", "dative"} and head.lemma_ in lexicon.telling_verbs:
        # ("told the Framework to form a government": whom one instructs, no outlet)
        return not any(c.dep_ in {"xcomp", "ccomp"} and is_to_infinitive(c) for c in head.children)
    if root.dep_ == "nsubj" and head.lemma_ in lexicon.report_verbs:
        return True
    # "according to X", "spoke to X"
    return root.dep_ == "pobj" and head.lower_ == "to" and (
        head.head.lower_ == "according" or head.head.lemma_ in lexicon.talking_verbs)


def _outermost(matches: list[Span]) -> list[Span]:
    """The matches inside no longer one: in "The Secretary-General of Kataib Hezbollah Abu Hussein al-Hamidawi",
    "Hezbollah" inside a longer registered name is no name of its own, nor does it open a longer one."""
    return [m for m in matches if not any(o.start <= m.start and m.end <= o.end and len(o) > len(m) for o in matches)]


def enclosing_name(span: Span, lexicon: Lexicon) -> Span | None:
    """The longer name a registered alias sits inside, capitalised words running on before and after it
    ("Harakat Ansar Allah al-Awfiya" around "Ansar Allah"), or an Arabic article and name after it ("Ansar Allah
    al-Awfiya"), as an entity of no known actor; None when the alias stands alone, or the sentence is a Title
    Case Headline."""
    doc, end = span.doc, span.end

    def name_opens(last: int) -> int:
        """Where the capitalised words running back from `last` begin, through an Arabic article ("Ahrar al-Iraq
        Brigades" around "Iraq")."""
        while last > span.sent.start:
            if _name_word(doc[last - 1], lexicon):
                last -= 1
            elif last - 3 >= span.sent.start and doc[last - 1].text == "-" and (
                    doc[last - 2].lower_ in NAME_PARTICLES and _name_word(doc[last - 3], lexicon)):
                last -= 3
            elif last - 2 >= span.sent.start and doc[last - 1].text == "-" and not (
                    doc[last - 1].whitespace_ or doc[last - 2].whitespace_) and _name_word(doc[last - 2], lexicon):
                last -= 2  # "Counter-Terrorism Directorate": a hyphen closed up inside a capitalised word
            else:
                break
        return last

    start = name_opens(span.start)
    # "the Coordination Committee of the Iraqi Resistance": a name running on through "of" to the alias
    of = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    if start == span.start and of > span.sent.start and doc[of].lower_ == "of" and (
            _name_word(doc[of - 1], lexicon) and doc[of - 1].lower_ in lexicon.organisation_heads) and (
            not _in_headline(span)):
        return Span(doc, name_opens(of - 1), end, label="ORG")
    particle = False  # whether the name runs on with an Arabic article: "Ansar Allah al-Awfiya"
    while end < span.sent.end:
        if _name_word(doc[end], lexicon):
            end += 1
        elif (end + 2 < span.sent.end and doc[end].lower_ in NAME_PARTICLES and doc[end + 1].text == "-"
              and _name_word(doc[end + 2], lexicon)):
            particle = particle or end == span.end
            end += 3
        else:
            break
    # "Kurdistan Democratic Party" runs on only after its alias, to a word that heads an organisation's name
    heads_a_name = any(t.lower_ in lexicon.organisation_heads for t in doc[span.end:end])
    # "the National Security Council" is no "Security Council": a group's alias closing a longer name
    closes_a_name = (start < span.start and span.label_ not in PEOPLE_TYPES
                     and span[-1].lower_ in lexicon.organisation_heads)
    if (start == span.start and not particle and not heads_a_name) or (
            end == span.end and not closes_a_name) or _in_headline(span):
        return None
    return Span(doc, start, end, label="ORG")


def titled_names(doc: Doc, lexicon: Lexicon, found: Iterable[Span] = ()) -> Iterator[Span]:
    """People's names right after a lowercase title, where neither the NER nor the registry (`found`) found a name:
    "Government spokesperson Basim al-Awadi said".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The army condemned it. Government spokesperson Basim al-Awadi said so.")
    >>> [span.text for span in titled_names(doc, load_lexicon())]
    ['Basim al-Awadi']
    """
    named = {i for ent in (*doc.ents, *found) for i in range(ent.start, ent.end)}
    for title in doc:
        if not (title.is_lower and title.pos_ == "NOUN" and title.lemma_ in lexicon.role_predicates):
            continue
        words = doc[title.i + 1:_name_run(doc, title.i + 1, title.sent.end, lambda t: _name_word(t, lexicon),
                                          NAME_PARTICLES | {"-"})]
        if sum(_capitalised(t) for t in words) >= 2 and not named & set(range(words.start, words.end)) and (
                title.head.i in range(words.start, words.end)):
            yield Span(doc, words.start, words.end, label="PERSON")


def kunya_names(doc: Doc, lexicon: Lexicon, found: Iterable[Span] = ()) -> Iterator[Span]:
    """People's names that open with a kunya ("Abu Hussein al-Hamidawi", "Umm Ali"), which the NER often misses,
    where the registry (`found`) found none.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("BAGHDAD - Abu Hussein al-Hamidawi, the secretary-general of the group, spoke.")
    >>> [span.text for span in kunya_names(doc, load_lexicon())]
    ['Abu Hussein al-Hamidawi']

    A kunya set in quotes inside a name is the man's name with the surname after it:

    >>> doc = load_pipeline()('It named him as Wissam Mohammed "Abu Baqir" al-Saadi.')
    >>> [span.text for span in kunya_names(doc, load_lexicon())]
    ['Abu Baqir" al-Saadi']
    """
    named = {i for span in found for i in range(span.start, span.end)}
    for kunya in doc:
        if kunya.text.lower() not in lexicon.kunya_words or not kunya.is_title or kunya.i in named:
            continue
        end = _name_run(doc, kunya.i + 1, kunya.sent.end, _titlecase_word, NAME_PARTICLES | {"-"})
        if kunya.i > 0 and doc[kunya.i - 1].text in DOUBLE_QUOTES and end < kunya.sent.end and (
                doc[end].text in DOUBLE_QUOTES):
            end = max(end, _name_run(doc, end + 1, kunya.sent.end, _titlecase_word, NAME_PARTICLES | {"-"}))
        if end > kunya.i + 1 and not named & set(range(kunya.i, end)):
            yield Span(doc, kunya.i, end, label="PERSON")


def described_names(doc: Doc, lexicon: Lexicon, found: Iterable[Span] = ()) -> Iterator[Span]:
    """People's names that an apposition describes by a person's role, or that stand in apposition to one, where
    neither the NER nor the registry (`found`) found a name: "Nedim Seven, a member of the PKK's central
    committee", "the commander of the SDF, Mazloum Abdi, signed".

    >>> from kg.nlp import load_pipeline
    >>> nlp = load_pipeline()
    >>> with nlp.select_pipes(disable=["ner"]):  # as the ruler sees a doc: before the NER
    ...     doc = nlp("Nedim Seven, a member of the PKK's central committee, read the statement.")
    ...     other = nlp("The commander of the Syrian Democratic Forces, Mazloum Abdi, signed an agreement.")
    >>> [span.text for span in described_names(doc, load_lexicon())]
    ['Nedim Seven']
    >>> [span.text for span in described_names(other, load_lexicon())]
    ['Mazloum Abdi']
    """
    named = {i for ent in (*doc.ents, *found) for i in range(ent.start, ent.end)}
    roles = lexicon.role_predicates
    for token in doc:
        head = token.head
        if token.dep_ != "appos":
            continue
        if token.lemma_.lower() in roles and head.i + 1 < token.i and doc[head.i + 1].text == ",":
            last = head  # "Nedim Seven, a member of ..."
        elif head.lemma_.lower() in roles and head.i < token.i and doc[token.left_edge.i - 1].text == ",":
            last = token  # "the commander of the SDF, Mazloum Abdi"
        else:
            continue
        start = last.i + 1
        while start > last.sent.start and (_capitalised(doc[start - 1]) or doc[start - 1].lower_ in _NAME_JOINS):
            start -= 1
        words = doc[start:last.i + 1]
        if _person_name_words(words, lexicon, _NAME_JOINS) and not named & set(range(words.start, words.end)):
            yield Span(doc, words.start, words.end, label="PERSON")


def _person_name_words(words: Span, lexicon: Lexicon, joins: frozenset[str]) -> bool:
    """Whether words may be a person's name: two or more, none a title or a word of an organisation's kind (an
    organisation's name holds one: "Saraya Awliya al-Dam Brigades", "Sepah News")."""
    name_words = [t for t in words if t.lower_ not in joins]
    return len(name_words) >= 2 and all(t.is_alpha and not t.is_stop and not _is_title(t, lexicon) and not any(
        t.lower_ in cues for cues in lexicon.type_cues.values()) for t in name_words)


def given_names(doc: Doc, lexicon: Lexicon) -> Iterator[Span]:
    """Names an actor is given, as one name however the NER cut them: "a group calling itself the Revenge of
    al-Muhandis Brigades", "fighters of what he called the Islamic Resistance in Jordan".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("A group calling itself the Revenge of al-Muhandis Brigades hit what it called a base.")
    >>> [span.text for span in given_names(doc, load_lexicon())]
    ['Revenge of al-Muhandis Brigades']
    """
    for verb in doc:
        if verb.lemma_.lower() not in lexicon.given_name_verbs or verb.pos_ != "VERB":
            continue
        start = verb.i + 1
        if start < len(doc) and doc[start].lower_ in {"itself", "themselves"}:
            start += 1
        elif not any(t.lower_ == "what" for t in doc[max(verb.i - 4, verb.sent.start):verb.i]):
            continue
        if start < len(doc) and doc[start].lower_ == "the":
            start += 1
        end = _name_run(doc, start, verb.sent.end, _capitalised, lexicon.name_connectors)
        if sum(_capitalised(t) for t in doc[start:end]) >= 2 and not _in_headline(doc[start:end]):
            yield Span(doc, start, end, label="ORG")


def _titlecase_word(token: Token) -> bool:
    return token.is_title and token.is_alpha


def _name_run(doc: Doc, start: int, limit: int, is_word: Callable[[Token], bool], joins: frozenset[str]) -> int:
    """Where a name that begins at `start` ends (at most at `limit`): its words and the small words joining them,
    the last of them one of its own words."""
    end = start
    while end < limit and (is_word(doc[end]) or doc[end].lower_ in joins):
        end += 1
    while end > start and not is_word(doc[end - 1]):
        end -= 1
    return end


def outlet_names(doc: Doc, lexicon: Lexicon) -> Iterator[Span]:
    """A name closed by nouns of outlets, as written or lowercase: "Sepah News", "Al-Ahd television", "Tasnim news
    agency".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Khazali told Al-Ahd television that Iranian state TV and Sepah News lied.")
    >>> [span.text for span in outlet_names(doc, load_lexicon())]
    ['Al-Ahd television', 'Sepah News']
    """
    i = 0
    while i < len(doc):
        end = i
        while end < len(doc) and doc[end].lower_ in lexicon.outlet_name_heads and doc[end].is_alpha:
            end += 1
        if end == i:
            i += 1
            continue
        start = i
        while start > doc[i].sent.start and (_outlet_name_word(doc[start - 1]) or doc[start - 1].text == "-" and (
                start - 2 >= doc[i].sent.start and _outlet_name_word(doc[start - 2]))):
            start -= 1
        # a capitalised head is part of the name however it is parsed; a lowercase one must be what the name modifies
        named = not any(t.is_lower for t in doc[i:end]) or doc[i - 1].head.i in range(i, end)
        if start < i and named and not _in_headline(doc[start:end]):
            yield doc[start:end]
        i = end


def _outlet_name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper or not token.is_alpha and token.text[0].isupper()
                                      or token.lower_ in NAME_PARTICLES)


_RELATIVE_WORDS = frozenset({"which", "who", "that"})
# Lowercase words inside a name: "Guardians of the Blood Brigade".
_NAME_JOINERS = frozenset({"of", "the", "al", "for", "and"})
_ARTICLES = frozenset({"the", "a", "an"})
# The nouns of a head's bodies, and the registry's field naming each: "Sudani's government", "Sudani's office".
_HEADS_BODIES = {"government": "governs", "office": "office"}


def _one_mission_per_state(candidates: list[_Candidate]) -> list[_Candidate]:
    """ "the US embassy" after (or before) "the US embassy in Baghdad" is that embassy: a state's mission named once
    with its city is the one the doc means by the others."""
    sited: dict[str, set[str]] = defaultdict(set)
    for candidate in candidates:
        if candidate.actor.metonym and " in " in candidate.actor.name:
            sited[candidate.actor.metonym].add(candidate.actor.id)
    by_id = {c.actor.id: c.actor for c in candidates}
    return [replace(c, actor=by_id[next(iter(sited[c.actor.metonym]))])
            if c.actor.metonym and len(sited[c.actor.metonym]) == 1 and " in " not in c.actor.name
            and not c.actor.registered and c.actor.type == "Place" else c for c in candidates]


def _capitalised(token: Token) -> bool:
    """A word of a name: capitalised, as "Sa'idat" is though spaCy's ``is_title`` says no; not an acronym."""
    return token.text[:1].isupper() and not token.text.isupper()


def _name_word(token: Token, lexicon: Lexicon) -> bool:
    return token.is_title and token.is_alpha and token.pos_ == "PROPN" and not _is_title(token, lexicon)


def _in_headline(span: Span) -> bool:
    """In a Title Case Headline the statistical NER reads every word as a name.

    A sentence closed by a full stop is no headline, however many names and titles it holds ("US Defense
    Secretary Lloyd Austin met Iraqi Defense Minister Thabit al-Abbasi on Tuesday.").
    """
    if _closed_by_stop(span.sent):
        return False
    words = [t for t in span.sent if t.is_alpha and not t.is_stop]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)


def _is_label(preposition: Token, lexicon: Lexicon) -> bool:
    """Whether what a preposition introduces is a designation's label: "a list of X", "designated as X"."""
    governor = preposition.head.lemma_.lower()
    return (preposition.lower_ == "of" and governor in lexicon.designation_lists
            or preposition.lower_ == "as" and governor in lexicon.designation_verbs)


def _titled_name(span: Span, lexicon: Lexicon, cue_words: frozenset[str]) -> Span | None:
    """A name the NER took for an organisation's though an office's title heads it ("Iranian Ambassador to Baghdad
    Iraj Masjedi", where the NER tags "Masjedi" alone): the person's whole name, with the given names before it; none
    where a word that types an organisation (`cue_words`) is in it ("Supreme National Security Council").

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Iranian Ambassador to Baghdad Iraj Masjedi said the visit aimed to help.")
    >>> _titled_name(doc[5:6], load_lexicon(), frozenset()).text
    'Iraj Masjedi'
    >>> _titled_name(doc[3:4], load_lexicon(), frozenset()) is None
    True
    """
    root = span.root
    if any(t.lower_ in cue_words or t.lemma_.lower() in cue_words for t in span) or not any(
            c.dep_ in {"nmod", "compound"} and c.i < span.start and c.is_title and _is_role_word(c, lexicon)
            for c in root.children):
        return None
    start = span.start
    while start > 0 and (given := span.doc[start - 1]).head == root and given.dep_ == "compound" and (
            given.tag_ == "NNP" and given.is_title and not given.ent_type_ and not _is_role_word(given, lexicon)):
        start -= 1
    return span.doc[start:span.end]


def _is_role_word(token: Token, lexicon: Lexicon) -> bool:
    """An office's word or title; a title of courtesy or religious standing ("Sheikh", "Ayatollah") holds none."""
    if token.lower_ in lexicon.honorifics or token.lemma_.lower() in lexicon.honorifics:
        return False
    return token.lemma_.lower() in lexicon.role_predicates or token.lower_.rstrip(".") in lexicon.titles


def _holds_office(span: Span, lexicon: Lexicon) -> bool:
    """A person named with a role or title: "Colonel X", "X, the spokesperson", "X is Iran's envoy"."""
    root = span.root
    near = [*root.children]
    if root.dep_ == "appos":
        near.append(root.head)
        if root.head.dep_ == "pobj":  # "an officer of the Quds Force, X": the parser hangs X on the force
            near.append(root.head.head.head)
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
        near.extend(c for c in root.head.children if c.dep_ == "attr")
    if root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.dep_ == "relcl":
        near.append(root.head.head.head)  # "the commander, who gave his name as X"
    if root.dep_ in {"dobj", "oprd", "nsubjpass"}:  # "elected Mahmoud al-Mashhadani as its speaker"
        near.extend(o for p in root.head.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                    if o.dep_ == "pobj")
    before = span.doc[max(span.start - 3, 0):span.start]
    # (not a headline's last words over a line's break, "... senior leader\n\nTAMPA, Fla."; nor an office "of" the
    # name, which names a body: "a senior leader of Hurras al-Din")
    if not (len(before) and before[-1].lower_ == "of"):
        near.extend(t for t in before if not any(s.is_space for s in span.doc[t.i:span.start]))
    # "Under Secretary for Terrorism and Financial Intelligence Brian Nelson": a title with its portfolio (but not
    # one over another person's name: "Senator Roger Wicker of Mississippi" holds no office of Mississippi's)
    start = span.start
    while start > max(span.start - 10, 0) and (span.doc[start - 1].is_title or span.doc[start - 1].lower_ in {
            "and", "of", "for"}) and span.doc[start - 1].ent_type_ != "PERSON":
        start -= 1
    near.extend(span.doc[start:span.start])
    return any(_is_role_word(t, lexicon) and not _serves_a_person(t) for t in near)


def _serves_a_person(role: Token) -> bool:
    """Whether a role is service to a person, no office: "a former adviser to Prime Minister Haider al-Abadi"."""
    return any(o.ent_type_ in PEOPLE_TYPES | {"PERSON"} for p in role.children if p.dep_ == "prep" and p.lower_ == "to"
               for o in p.children if o.dep_ == "pobj")


def defined_acronyms(doc: Doc) -> dict[str, str]:
    """Acronyms the text defines: "Popular Mobilization Forces (PMF or ...)" maps PMF to the long name.

    The long name is the capitalised words before the bracket whose initials spell the acronym, or else the name
    of two words or more the bracket follows ("Sinjar Resistance Units (YBS)", Kurdish initials).
    """
    found: dict[str, str] = {}
    for token in doc:
        if token.text != "(" or token.i + 1 >= len(doc):
            continue
        acronym = doc[token.i + 1].text
        if not (acronym.isupper() and 2 <= len(acronym) <= 6 and acronym.isalpha()):
            continue
        words = [t for t in doc[max(0, token.i - 8):token.i] if t.is_alpha]
        capitals = [t for t in words if t.is_title or t.is_upper]
        for size in range(len(acronym), len(capitals) + 1):
            tail = capitals[-size:]
            if "".join(t.text[0] for t in tail).upper() == acronym:
                found[acronym] = doc[tail[0].i:token.i].text
                break
        else:
            if len(capitals) >= 2 and capitals[-1].i == token.i - 1:
                # initials that skip small words: "Islamic Revolution Guards Corps (IRGC)"
                initials = "".join(t.text[0] for t in capitals[-len(acronym):])
                if initials.upper() == acronym:
                    found[acronym] = doc[capitals[-len(acronym)].i:token.i].text
                    continue
            # the initials of a name in another language: "the Sinjar Resistance Units (YBS)", wherever an entity
            # of two words or more closes right at the bracket, and the bracket holds the acronym alone
            named = next((e for e in doc.ents if e.end == token.i and len(e) > 1), None)
            if named is not None and token.i + 2 < len(doc) and doc[token.i + 2].text == ")":
                found.setdefault(acronym, named.text)
    return found


def merge_across_articles(actors: dict[str, Actor]) -> dict[str, str]:
    """Fold actors outside the registry that name one person across articles.

    A surname alone ("Khazali") or a spelling variant becomes the full name's id
    when exactly one person actor fits. Returns the id renames (old -> new).
    """
    renames: dict[str, str] = {}
    people = [a for a in actors.values() if a.type in PEOPLE_TYPES]
    for actor in people:
        if actor.registered or actor.id in renames:
            continue
        fits = [p for p in people if p.id != actor.id and p.id not in renames
                and len(name_key(p.name).split()) > len(name_key(actor.name).split())
                and _names_same(actor.name, p)]
        if len(fits) == 1:
            renames[actor.id] = fits[0].id
    return renames


def _in_each_base_form(actor: Actor, base_forms: frozenset[str]) -> list[str]:
    """A place's aliases, with each ending in a form of a base's name written in every other form."""
    aliases = list(actor.aliases)
    if actor.type != "Place":
        return aliases
    for alias in actor.aliases:
        ending = max((f for f in base_forms if alias.lower().endswith(f" {f}")), key=len, default=None)
        if ending is not None:
            stem = alias[:-len(ending)]
            aliases += [stem + form for form in sorted(base_forms) if form != ending]
    return list(dict.fromkeys(aliases))
