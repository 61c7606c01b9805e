"""Relations: the grammar patterns' frames resolved to actor-predicate-actor triples with evidence.

The ``kg_relations`` component runs every pattern of ``kg.patterns`` over every
sentence, resolves each frame's arguments to actors (through mentions,
coreference, modifiers such as "Iraqi officials" and bridging nouns such as
"the withdrawal of US troops"), drops negated and blocked acts, turns acts
spoken of as to come into threats, keeps only the actor types each predicate
admits, and stores the result as ``doc._.readings``: the patterns' readings, which the
relation scorer (``kg.scorer``) weighs. What the grammar rules out (negated acts, acts
to come) goes into ``doc._.vetoes``, which the scorer obeys.
"""

from collections import Counter, defaultdict
from typing import Callable, Hashable, Iterable, Iterator, NamedTuple, TypeVar

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.actors import state_stood_for
from kg.names import fold, name_key
from kg.coref import SPEAKER_PRONOUNS, actor_ids_at, group_of_person, reference_at, standing_military
from kg.lexicon import Lexicon, load_lexicon
from kg.nlp import MENTIONS_KEY, declare_extensions
from kg.patterns import (MODIFIER_DEPS, PATTERNS, RELATIVE_PRONOUNS, Frame, acts_happened_in, agents_in_phrase,
                         issuing_verb, takes_part,
                         asked_by_noun,
                         charged_with_harm, conjuncts, direct_objects, event_agents,
                         examples_of, foreseen, is_definite, governing_verb, in_charge_content, in_condition, in_future,
                         is_blocked, lasted, lemma_of, negated, obliged, opens_a_question,
                         loose_participles, name_set_off_after, names_a_person, names_a_place, names_an_armed_force,
                         passive_agents,
                         pattern_confidence, pattern_setting,
                         picks_a_part, prep_objects, raised_for, set_against, supposed,
                         relative_antecedent, right_holder, Sentence, speaker_for, subjects_of, titled_states,
                         verb_predicate, what_it_is_called)
from kg.vocabulary import ARMED_TYPES, PEOPLE_TYPES, Predicate, assault_predicates, load_predicates

__all__ = ["Relation", "RelationExtractor", "add_relation_pipe", "is_publisher", "most_confident"]

Key = TypeVar("Key", bound=Hashable)
Item = TypeVar("Item")

RELATIONS_NAME = "kg_relations"
_EVENTS = assault_predicates()
# The predicates of a stance an event noun names, whose voicer a verb taking the noun up stands against or with.
_STANCES = frozenset({"supports", "threatens", "accuses", "demands"})
# What one actor does to another besides attacks, which an actor's asking another to do does not make done.
_ASKABLE_ACTS = frozenset({"opposes", "accuses", "supports", "threatens", "demands", "member_of"})
_PERSONAL_RELATIVES = frozenset({"who", "whom"})
_TARGETED = frozenset({"attacks", "kills", "threatens"})
# The reading that a killing attacks the victim's group (see _victims_groups), by its name in the patterns' table.
_VICTIM_GROUP = "victim_group"
# The reading that a base hosts the forces the registry says it does (see _hosted_bases).
_BASE_HOST = "base_host"
# What reading an argument through coreference costs in confidence: resolution can be wrong.
_REFERENCE_COSTS = {"mention": 0.0, "speaker": 0.05, "coreference": 0.1, "event": 0.2}
# How many sentences on "the strike" may still mean the last strike told of.
_EVENT_WINDOW = 5
# Long sentences are parsed less reliably: past this many tokens each one costs a little confidence.
_PARSE_RELIABLE_UP_TO = 25
_COST_PER_TOKEN = 0.005
_MAX_LENGTH_COST = 0.2
_ARGUMENT_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


class Relation(NamedTuple):
    """A relation between two actors, with the sentence it is read from."""

    subject: str
    predicate: str
    object: str
    evidence: str
    start: int  # character offsets of the evidence sentence in the article text
    end: int
    confidence: float
    pattern: str


def most_confident(keyed: Iterable[tuple[Key, Item]], confidence: Callable[[Item], float]) -> dict[Key, Item]:
    """One item per key, the most confident (the first of equals): how several readings of one triple become one.

    >>> most_confident([("a", 0.2), ("a", 0.9), ("b", 0.5)], lambda c: c)
    {'a': 0.9, 'b': 0.5}
    """
    best: dict[Key, Item] = {}
    for key, item in keyed:
        if key not in best or confidence(item) > confidence(best[key]):
            best[key] = item
    return best


def add_relation_pipe(nlp: Language) -> None:
    """Add the relation extractor at the end of the pipeline."""
    nlp.add_pipe(RELATIONS_NAME, last=True)


@Language.factory(
    RELATIONS_NAME,
    default_config={"min_confidence": 0.0},
    requires=["doc.spans", "doc._.actors", "token.dep"],
    assigns=["doc._.readings", "doc._.vetoes"],
)
def make_relation_extractor(nlp: Language, name: str, min_confidence: float) -> "RelationExtractor":
    return RelationExtractor(nlp, name, lexicon=load_lexicon(), predicates=load_predicates(),
                             min_confidence=min_confidence)


class RelationExtractor:
    """Turn the frames of the grammar patterns into typed relations between actors."""

    def __init__(self, nlp: Language, name: str = RELATIONS_NAME, *, lexicon: Lexicon,
                 predicates: dict[str, Predicate], min_confidence: float = 0.0) -> None:
        declare_extensions()
        for extension in ("readings", "vetoes"):
            if not Doc.has_extension(extension):
                Doc.set_extension(extension, default=None)
        self.name = name
        self.lexicon = lexicon
        self.predicates = predicates
        self.min_confidence = min_confidence
        self.event_nouns = {noun for noun, predicate in lexicon.noun_predicates.items() if predicate in _EVENTS}
        self.installation_words = lexicon.installation_nouns | lexicon.force_site_nouns
        self.armed_men_nouns = lexicon.affiliated_nouns - lexicon.armed_group_nouns  # (not "the group", which is one)
        # ("call_on" is "call" as the parser's lemma gives it)
        demands = [verb.split("_") for verb, predicate in lexicon.verb_predicates.items() if predicate == "demands"]
        self.demanding_verbs = frozenset(words[0] for words in demands)
        # a verb that demands only with its particle: "called on Baghdad to act" asks, "called Kadhimi to welcome"
        # phones
        bare = {words[0] for words in demands if len(words) == 1}
        self.demand_particles: dict[str, set[str]] = {}
        for verb, *particle in demands:
            if particle and verb not in bare:
                self.demand_particles.setdefault(verb, set()).add(particle[0])

    def __call__(self, doc: Doc) -> Doc:
        actors = doc._.actors or {}
        candidates: list[Relation] = []
        vetoes: dict[tuple[int, str, str, str], list[Token]] = {}
        read_from: dict[tuple[int, str, str, str], list[Token]] = {}
        attacks_told = EventMemory(self.event_nouns, self.lexicon)
        for number, sent in enumerate(Sentence(doc, s.start, s.end) for s in doc.sents):
            frames = sorted((frame for pattern in PATTERNS for frame in pattern(sent, self.lexicon)),
                            key=self._reading_order)
            for frame in frames:
                readings = list(self._readings(frame, sent, actors, attacks_told, number))
                attacks_told.add_members(r for r in readings if self._admits(r, actors))
                blocked = (is_blocked(frame.cue, self.lexicon) and not pattern_setting(
                    frame.pattern, "reads_negation", False) and not self._inside_an_argument(frame) and not lasted(
                    frame.cue, self.lexicon)) or (
                    frame.predicate != "accuses" and in_charge_content(frame.cue, self.lexicon))
                for key in _vetoes(frame, readings, blocked):
                    vetoes.setdefault(key, []).append(frame.cue)
                if not blocked:
                    if charged_with_harm(frame.cue, self.lexicon) or pattern_setting(frame.pattern, "blames_harm",
                                                                                     False):
                        attacks_told.add_blames(number, [r for r in readings if r.predicate == "accuses"])
                    if not self._strikes_a_territory(frame):
                        candidates.extend(readings)
                        for r in readings:
                            read_from.setdefault((r.start, r.subject, r.predicate, r.object), []).append(frame.cue)
                    # (an attack on a base is one on the force it hosts, which is read once all are told; one on a
                    # town is no one's, but still its agent's: "struck Erbil ... was killed in the attack")
                    attacks_told.add(number, frame.cue, [
                        (r.subject, r.object if self._admits(r, actors) or self._installation(r.object, actors) else "")
                        for r in readings if r.predicate in _EVENTS and _type(r.subject, actors) in (
                            self.predicates[r.predicate].subject_types)],
                        killed=[r.object for r in readings if r.predicate == "kills" and self._admits(r, actors)])
                    if stances := [r for r in readings if self._stance_on_an_act(frame, r)]:
                        attacks_told.add(number, frame.object, [(r.object, "") for r in stances])
                    if not readings and frame.predicate in {"attacks", "kills"}:
                        if (targets := self._unclaimed_targets(frame, actors)) is not None:
                            attacks_told.add_unclaimed(frame, targets)
                        else:
                            attacks_told.add(number, frame.cue, [(a, "") for a in self._agents_of(frame, actors)])
        # (the killing of a party's men, which no killing of the party may say, still attacks the party)
        candidates.extend(_victims_groups([c for c in candidates if self._admits(c, actors) or (
            c.predicate == "kills" and self._admits(c._replace(predicate="attacks"), actors))], actors))
        candidates.extend(_hosted_bases(doc, candidates, actors))
        admitted = _no_stand_against_one_s_own(_no_attack_on_the_dead(self._admitted(candidates, actors), actors))
        # two patterns reading one triple from one sentence make one reading, the surer one
        doc._.readings = list(most_confident(
            (((r.subject, r.predicate, r.object, r.start), r) for r in admitted), lambda r: r.confidence).values())
        doc._.vetoes = {key for key, cues in vetoes.items() if not _told_apart(cues, read_from.get(key, []))}
        return doc

    def _stance_on_an_act(self, frame: Frame, reading: Relation) -> bool:
        """Whether a reading takes a stand on an attack or a killing by the agent the act's noun names, which tells
        of the act ("Iran condemned the U.S. strikes. Kataib Hezbollah also denounced the attack": the US's)."""
        act = frame.object
        return reading.predicate in {"accuses", "opposes"} and isinstance(act, Token) and act.pos_ == "NOUN" and (
            self.lexicon.noun_predicates.get(lemma_of(act)) in {"attacks", "kills"})

    def _admitted(self, candidates: list[Relation], actors: dict) -> list[Relation]:
        """The readings the predicates' signatures and the confidence floor admit, an attack on a place a force
        holds read as one on the force."""
        hosts = _forces_by_place(candidates, actors)
        admitted = []
        for relation in candidates:
            if relation.pattern == _BASE_HOST and not actors[relation.object].registered:
                continue  # (a warship's force is whom an attack on it is on; the guidelines place no force on it)
            if relation.predicate in _TARGETED and self._installation(relation.object, actors):
                # "rockets hit the base": the target is the force the text places there (a town struck is no force)
                relation = relation._replace(object=hosts.get(relation.object, relation.object),
                                             confidence=round(relation.confidence - 0.1, 3))
            if self._admits(relation, actors) and relation.confidence >= self.min_confidence:
                admitted.append(relation)
        return admitted

    def _installation(self, actor_id: str, actors: dict) -> bool:
        """A base, an outpost, a checkpoint: a place a force holds, named so or known to host one."""
        actor = actors.get(actor_id)
        return actor is not None and actor.type == "Place" and (bool(actor.hosts) or any(
            word in self.installation_words for word in fold(actor.name).replace("-", " ").split()))

    def _inside_an_argument(self, frame: Frame) -> bool:
        """A standing relation read inside a noun phrase that is an argument of a clause ("Iran-aligned factions
        in the PMF denied involvement", "KH and other PMF groups denied it") holds whatever that clause says; "X is
        not part of the PMF" says it of X.
        """
        argument = frame.cue
        while argument.dep_ == "conj" and argument.head != argument:
            argument = argument.head
        return self.predicates[frame.predicate].kind == "structural" and frame.cue.pos_ in {"NOUN", "PROPN"} and (
            argument.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"})

    def _rejected(self, cue: Token) -> bool:
        """ "rejects any negotiation with the Americans", "refused to meet him": an act the governing verb opposes (but
        "rejected an agreement between the government and Washington" rejects a deal others made)."""
        return cue.dep_ in {"dobj", "xcomp"} and self.lexicon.verb_predicates.get(lemma_of(cue.head)) == "opposes" and (
            not prep_objects(cue, {"between"}))

    def _strikes_a_territory(self, frame: Frame) -> bool:
        """ "a strike on Iraqi soil" is on a place, not an attack on Iraq; who struck is still told of, for
        "the raid" later to be theirs."""
        return frame.predicate in _EVENTS and bool(
            {frame.object.lemma_.lower(), frame.object.lower_} & self.lexicon.territory_nouns)

    def _admits(self, relation: Relation, actors: dict) -> bool:
        signature = self.predicates[relation.predicate]
        return (relation.subject != relation.object
                and _type(relation.subject, actors) in signature.subject_types
                and _type(relation.object, actors) in signature.object_types)

    def _readings(self, frame: Frame, sent: Span, actors: dict, attacks_told: "EventMemory",
                  number: int) -> Iterator[Relation]:
        """Every actor-to-actor reading of a frame, before the predicate's types are checked.

        `attacks_told` are the attacks the text told of before sentence `number`: "the strike" is theirs.
        """
        if (predicate := self._predicate_told(frame)) is None:
            return
        if predicate == "leads" and not isinstance(frame.object, str):
            predicate = self._heading_a_part(frame.object) or predicate
        if predicate == "member_of" and self._men_taken_up(frame.subject):
            return  # "The PMF said the fighters belonged to Kataib Hezbollah": the men's, not their group's
        objects = self._objects(frame, actors, attacks_told, number)
        subjects = self._subjects(frame, predicate, objects, actors, attacks_told, number)
        if not objects and predicate in _EVENTS and _assailants_of_subject(frame.object, self.lexicon):
            objects = [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.attackers_of({s for s, _ in subjects})]
        if _objects_from_memory(frame):
            # ("Austin blamed Kataib Hezbollah and said the United States would respond": whom the speaker blamed too)
            speakers = self._speakers_of(frame) | _with_own_forces(self._answerers(frame), actors) if pattern_setting(
                frame.pattern, "targets_from_memory", False) else set()
            objects = _remembered_objects(frame, self._own_side(subjects, actors, sent.doc) | speakers, attacks_told)
        elif not objects and predicate in _TARGETED and _unnamed_enemy(frame.object, self.lexicon):
            # "vowed to continue striking the enemy's strongholds": whom the subject was last told to attack
            own = self._own_side(subjects, actors, sent.doc)
            objects = [(t, _REFERENCE_COSTS["event"]) for t in attacks_told.targets_by(own)]
        length_cost = min(_MAX_LENGTH_COST, _COST_PER_TOKEN * max(0, len(sent) - _PARSE_RELIABLE_UP_TO))
        signature = self.predicates[predicate]
        subjects = [(_stand_in(a, signature.subject_types, actors), c) for a, c in subjects]
        objects = [(_stand_in(a, signature.object_types, actors), c) for a, c in objects]
        told = predicate
        for subject, subject_cost in subjects:
            subject = _force_deployed(subject, actors) if predicate == "deployed_in" else subject
            for obj, object_cost in objects:
                if self._state_s_ground_struck(frame, predicate, subject, obj, actors):
                    continue
                if pattern_setting(frame.pattern, "predicate_by_object_type", False):
                    predicate = self.lexicon.role_by_object_type.get(told, {}).get(_type(obj, actors), told)
                if predicate == "quoted_by" and is_publisher(obj, sent.doc):
                    continue
                confidence = round(max(0.05, frame.confidence - subject_cost - object_cost - length_cost), 3)
                yield Relation(subject, predicate, obj, sent.text.strip(), sent.start_char, sent.end_char,
                               confidence, frame.pattern)
            if predicate == "attacks":
                for dead in self._recalled_dead(frame, attacks_told):
                    yield Relation(subject, "kills", dead, sent.text.strip(), sent.start_char, sent.end_char,
                                   round(max(0.05, frame.confidence - subject_cost - _REFERENCE_COSTS["event"]
                                             - length_cost), 3), frame.pattern)

    def _men_taken_up(self, subject: Token | str) -> bool:
        """Whether a subject is armed men a description takes up as their group ("the fighters" after "the PMF"),
        who are members of what they belong to, their group not thereby."""
        return not isinstance(subject, str) and lemma_of(subject) in self.armed_men_nouns and (
            (reference := reference_at(subject)) is not None and reference[1] == "coreference")

    def _state_s_ground_struck(self, frame: Frame, predicate: str, subject: str, obj: str, actors: dict) -> bool:
        """Whether a state's side strikes targets on the ground of a country that hosts its forces, which is no
        attack on the host: "the United States struck 85 targets in Iraq and Syria" hit the militias there, and
        so did "dozens of targets" (but "Israeli threats to strike targets inside Iraq", "a vital target in Israel"
        are on the state)."""
        if predicate not in _TARGETED or isinstance(frame.object, str) or _type(obj, actors) != "Country":
            return False
        counted = prep_objects(frame.object, {"of"}) if lemma_of(frame.object) in self.lexicon.partitives else []
        if not any(_located_target(target, self.lexicon) for target in [frame.object, *counted]):
            return False
        striker = actors.get(subject)
        state = subject if _type(subject, actors) == "Country" else striker.state if striker else None
        return state in actors[obj].hosts_forces_of

    def _reading_order(self, frame: Frame) -> tuple[bool, bool]:
        """Frames that read what their sentence tells come after the others: one whose targets come from what the
        text told ("We hold Iran responsible, and we will respond"), and one whose object is a pronoun that may take
        up an act ("When the US retaliated with strikes, Sudani condemned those too")."""
        return (pattern_setting(frame.pattern, "targets_from_memory", False),
                not isinstance(frame.object, str) and frame.object.lower_ in self.lexicon.act_pronouns)

    def _subjects(self, frame: Frame, predicate: str, objects: list[tuple[str, float]], actors: dict,
                  attacks_told: "EventMemory", number: int) -> list[tuple[str, float]]:
        """The actors a frame's subject stands for, with what reaching each costs."""
        if isinstance(frame.subject, str):
            return [(frame.subject, _REFERENCE_COSTS["speaker"])]
        if pattern_setting(frame.pattern, "agents_from_memory", False):
            # "four of its fighters died": killed by whoever the text told attacked them
            return [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.attackers_of({o for o, _ in objects}) or (
                attacks_told.last_attackers(number, own=True, on_no_one_named=True))]
        if pattern_setting(frame.pattern, "agents_of_last_attack", False):
            return [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.last_attackers(number)]
        if predicate in _EVENTS and {lemma_of(frame.subject), frame.subject.lower_} & self.lexicon.territory_nouns:
            return []  # "Iraqi territory used to attack Israel": a state's ground attacks no one, whoever uses it
        subjects = argument_actors(frame.subject, self.lexicon, through_holders=pattern_setting(
            frame.pattern, "arguments_through_holders", True))
        if not subjects and predicate in _EVENTS and _is_unnamed_event(frame.subject, self.lexicon):
            # "was killed when a drone hit their car", "was hit by three drone strikes, killing X", after "a US drone
            # strike killed ...": that attack, told again (but an attack on someone is none of theirs, nor on a state
            # the sentence tells it happened in: "killed in a drone attack on a base in Jordan")
            harmed = {o for o, _ in objects} | {a for t in frame.cue.sent if t.dep_ == "pobj" and t.head.lower_ in {
                "in", "near", "at"} for a in actor_ids_at(t)}
            subjects = [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.agents_named_by(
                lemma_of(frame.subject), number) if a not in harmed]
        if not subjects and _is_definite_event(frame.subject, self.lexicon):
            # "25 of its fighters were killed in the strikes": the strikes on them, if the text told of one
            harmed = frozenset(o for o, _ in objects) if predicate in _EVENTS else frozenset()
            subjects = self._recalled_agents(frame.subject, actors, attacks_told, number, harmed)
        return [(self._force_of(frame.subject, a, actors), c) for a, c in subjects]

    def _heading_a_part(self, led: Token) -> str | None:
        """What heading a body of envoys, or a part of a group, makes one of whom it is for or of: one of the group
        ("the Houthi delegation was led by X", "commanded a Kataib Hezbollah unit"; not a part the text named as an
        actor of its own, nor one set off after a name: "the Babylon Brigades, a PMF unit led by Rayan al-Kildani"),
        or an office of the state or body a diplomatic mission is of ("the United Nations mission in Iraq, headed by
        X")."""
        words = {lemma_of(led), led.lower_}
        named = reference_at(led) is not None or led.dep_ == "appos" and bool(actor_ids_at(led.head))
        if words & self.lexicon.sent_nouns or words & self.lexicon.group_part_nouns and not named:
            return "member_of"
        if words & (self.lexicon.mission_nouns | self.lexicon.accredited_nouns):
            return "official_of"
        return None

    def _predicate_told(self, frame: Frame) -> str | None:
        """What a frame tells, given how its act is told: an attack to come is a threat, one tried is an attack, and
        an act supposed, asked of another or wished for tells nothing (None)."""
        predicate = frame.predicate
        if predicate == "supports" and lemma_of(frame.object) in self.lexicon.withdrawal_nouns:
            return None  # "voted for the departure of US forces" backs no one: it opposes them (ending_presence)
        if predicate == "supports" and any(lemma_of(o) in self.lexicon.pretext_nouns for o in [
                *direct_objects(frame.cue), *prep_objects(frame.cue, {"with"})]):
            return None  # "provides Turkey with a pretext": a reason given, no backing
        # a penalty is told as an attack is: one to come is a threat, one supposed or asked for none (and a listing
        # supposed or asked for is none)
        attack_like = predicate in _EVENTS or predicate == "accuses" and lemma_of(frame.cue) in (
            self.lexicon.sanction_nouns | self.lexicon.sanction_verbs)
        listing = predicate == "accuses" and lemma_of(frame.cue) in self.lexicon.designation_verbs
        asked = governing_verb(frame.cue, self.demanding_verbs) or _wished_of_another(
            frame.cue, self.lexicon.wishing_verbs)
        if (attack_like or listing) and (in_condition(frame.cue, self.lexicon) or asked and not _asked_of_own(
                frame.cue) or asked_by_noun(frame.cue)):
            # "if Washington attacked Iran", "urged Biden to strike Iran", "a request from Washington to arrest
            # them": an attack supposed or asked of another is neither told nor threatened (what a group asks of its
            # own fighters is its own, to come)
            return None
        if predicate in _EVENTS and (governing_verb(frame.cue, self.lexicon.agreeing_verbs) or raised_for(
                frame.cue, self.lexicon.founding_verbs)) or predicate in _TARGETED - {"threatens"} and supposed(
                frame.cue, self.lexicon):
            # "Turkey and Iraq agreed to fight the PKK", "the group emerged to fight US troops": a purpose settled on
            # or raised for, no attack told or threatened
            return None
        if predicate in _ASKABLE_ACTS - {"threatens"} and (frame.cue.pos_ == "VERB" or self.lexicon.noun_predicates.get(
                lemma_of(frame.cue))) and in_condition(frame.cue, self.lexicon):
            return None  # "Should the Americans insist on remaining in defiance of parliament": supposed, not told
        if self._ought_to(frame, predicate):
            return None
        if predicate in _ASKABLE_ACTS and self._asked_by_actor(frame):
            return None  # "Washington pressed Sudani to rein in the groups": he has not; but "this path compels the
            # government to end the mission" tells the government's aim
        if attack_like and self._to_come(frame) and not lasted(frame.cue, self.lexicon):
            return self._threat_told(frame)
        if predicate == "accuses" and self._answerable_to_come(frame.cue):
            return "threatens"
        if predicate == "kills" and governing_verb(frame.cue, self.lexicon.attempt_verbs):
            return "attacks"  # "tried to kill the premier": an attack on him, not his killing
        if predicate == "negotiates_with" and self._talks_not_held(frame.cue):
            return None
        return predicate

    def _threat_told(self, frame: Frame) -> str | None:
        """What an attack told as one to come tells: a threat, but none where a question asks about it ("explain how
        a US drone could strike a PMF base"), it is forecast or only able to be done ("would probably keep attacking
        them", "the army's ability to fight the group"), or its speaker is named ("X said the group would strike US
        bases": the speaker's threat, read by reported_threat; but only memory names whom "the group vowed to
        continue its attacks" threatens)."""
        if frame.cue.dep_ == "ccomp" and opens_a_question(frame.cue) or foreseen(frame.cue, self.lexicon):
            return None
        own = pattern_setting(frame.pattern, "targets_of_own_attacks", False)
        return None if self._speaker_named(frame) and not own else "threatens"

    def _talks_not_held(self, cue: Token) -> bool:
        """Whether talks are told as not held: "asked to meet", "will meet", "urged Washington to coordinate with",
        "rejects any negotiation" (but talks one will go on with are held: "would continue talks with the Iraqi
        government")."""
        going_on = governing_verb(cue, self.lexicon.continuation_verbs) or cue.dep_ == "dobj" and lemma_of(
            cue.head) in self.lexicon.continuation_verbs
        return in_future(cue, self.lexicon) and not going_on or governing_verb(
            cue, self.lexicon.wishing_verbs | self.demanding_verbs) or self._rejected(cue)

    def _ought_to(self, frame: Frame, predicate: str) -> bool:
        """Whether a frame's act is told as what one ought to do, asked (a demand) and not done: "the administration
        should hit Iran", "Washington should put more pressure on the government" (a light verb's act)."""
        cue = frame.cue
        if pattern_setting(frame.pattern, "reads_obligation", False) or predicate not in _ASKABLE_ACTS | _EVENTS:
            return False
        if cue.pos_ == "VERB":
            return predicate != "demands" and obliged(cue, self.lexicon)
        return cue.pos_ == "NOUN" and cue.dep_ == "dobj" and lemma_of(cue.head) in self.lexicon.light_verbs and (
            obliged(cue.head, self.lexicon))

    def _objects(self, frame: Frame, actors: dict, attacks_told: "EventMemory",
                 number: int) -> list[tuple[str, float]]:
        """The actors a frame's object stands for, with what reaching each costs: a state reached through a military
        noun is its armed force, but one the text told an attack recalled was on is who it was ("CENTCOM said the
        drone was launched by X", after a drone launched toward Israel: on Israel)."""
        # a role's organisation is read as named: "spokesperson for Iraq's leader" speaks for no state
        target = what_it_is_called(frame.object, self.lexicon) or frame.object
        objects = argument_actors(target, self.lexicon,
                                  through_roles=pattern_setting(frame.pattern, "arguments_through_roles", True),
                                  through_holders=pattern_setting(frame.pattern, "arguments_through_holders", True))
        if lemma_of(frame.cue) in self.lexicon.pointing_verbs:
            # "officials pointed to Kataib Hezbollah" blames the group, "pointed to Washington's support" no one
            objects = [(actor, cost) for actor, cost in objects if actor in actor_ids_at(target)]
        if not objects and target.lower_ in RELATIVE_PRONOUNS and target.head.dep_ == "relcl" and (
                _is_definite_event(antecedent := relative_antecedent(target), self.lexicon)):
            target = antecedent  # "the strike, which it called a violation": the strike
        if pattern_setting(frame.pattern, "objects_of_last_attack", False):
            # "Baghdad, too, objected": to the attack told just before, against whoever carried it out
            return [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.last_attackers(number)]
        if pattern_setting(frame.pattern, "objects_from_custody", False):
            # "demanded the release of the detainees": of whoever the text told holds them
            return [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.last_holders()]
        if pattern_setting(frame.pattern, "targets_recalled", False):
            # "X claimed the drone attack": on whom the text told the last such attack was
            # ("claimed the rocket attack on Erbil airport": one told of there, if the claim names where)
            return [(t, _REFERENCE_COSTS["event"])
                    for t in attacks_told.targets_of(target, self._where_recalled(target))]
        # ("supplies the drones its allies fire at Ain al-Asad": what is given is a thing, no attack to recall)
        if not objects and frame.predicate != "member_of" and lemma_of(frame.cue) not in self.lexicon.giving_verbs and (
                _is_definite_event(target, self.lexicon) or target is not frame.object or (
                target.dep_ == "appos" and self.lexicon.noun_predicates.get(lemma_of(target)) in _EVENTS)):
            # "condemned the strike"; "..., killing two fighters, a strike the government condemned" (but troops
            # there "as part of the campaign" belong to no one who made it)
            objects = self._recalled_agents(target, actors, attacks_told, number)
        if not objects and (act := _act_of_culprits(target, self.lexicon)) is not None:
            objects = self._recalled_agents(act, actors, attacks_told, number)  # "revenge on those behind the killing"
        # ("arrest those responsible": a pronoun a phrase describes names its own referents, no act told)
        if not objects and frame.predicate == "accuses" and target.dep_ == "dobj" and (
                target.lower_ in self.lexicon.act_pronouns) and not any(
                c.dep_ in {"amod", "relcl", "acl", "prep"} for c in target.children):
            objects = [(a, _REFERENCE_COSTS["event"]) for a in self._doers_taken_up(target, attacks_told, number)]
        return [(self._force_of(frame.object, a, actors), c) for a, c in objects]

    def _doers_taken_up(self, pronoun: Token, attacks_told: "EventMemory", number: int) -> list[str]:
        """Whose act a pronoun naming no actor takes up: the doers an act noun before it in its sentence names
        ("protested against the Turkish operations, calling them a violation"), else those of the attack told in
        its sentence or the one before ("The United States struck KH leaders. Sudani condemned them")."""
        sentence = pronoun.sent
        act = next((t for t in reversed(sentence.doc[sentence.start:pronoun.i]) if t.pos_ == "NOUN" and (
            self.lexicon.noun_predicates.get(lemma_of(t)) in _EVENTS)), None)
        if act is not None and (doers := [a for t in event_agents(act, self.lexicon)
                                          for a, _ in argument_actors(t, self.lexicon)]):
            return doers
        return attacks_told.last_attackers(number, own=True)

    def _where_recalled(self, event: Token) -> set[str]:
        """The places an event noun that recalls an attack names it by ("claimed the rocket attack on Erbil
        airport")."""
        named = _named_on_event(event, self.lexicon) + [c for c in event.children if c.dep_ == "compound"]
        return {actor for t in named for actor, _ in argument_actors(t, self.lexicon)}

    def _recalled_dead(self, frame: Frame, attacks_told: "EventMemory") -> set[str]:
        """Whom the attack a claim recalls killed: "A drone strike killed X ... US forces carried out the strike"."""
        if not pattern_setting(frame.pattern, "targets_recalled", False) or isinstance(frame.object, str):
            return set()
        event = what_it_is_called(frame.object, self.lexicon) or frame.object
        return attacks_told.killed_in(event, self._where_recalled(event))

    def _recalled_agents(self, event: Token, actors: dict, attacks_told: "EventMemory",
                         number: int, harmed: frozenset[str] = frozenset()) -> list[tuple[str, float]]:
        """ "the strikes on Yemen", "the raid": who carried out the attack on that target (or on those it `harmed`)
        the text told of, else the last attack told of a few sentences before."""
        target_ids = {self._force_of(t, actor, actors) for t in _named_on_event(event, self.lexicon)
                      for actor, _ in argument_actors(t, self.lexicon)} | harmed
        agents = attacks_told.agents(number, target_ids, self.event_nouns, _is_plural_noun(event), lemma_of(event),
                                     before=event.i)
        states = {actors[a].state for a in agents if a in actors and actors[a].state}
        if harmed & _with_own_forces(set(agents) | states, actors):
            # ("Iraqi forces and US troops conducted a raid ... five US soldiers were wounded in the operation": one
            # hurt in an operation of its own, or of its state's command, was hurt by none of those who carried it out)
            return []
        # ("these attacks against US forces", after a US strike: an attack on someone is none of theirs)
        return [(agent, _REFERENCE_COSTS["event"]) for agent in agents if agent not in target_ids]

    def _unclaimed_targets(self, frame: Frame, actors: dict) -> list[str] | None:
        """Whom an attack with no actor for its agent was on ("rockets struck US forces", "a drone attack on a
        coalition base"), for a claim of it later ("X claimed the attack"); None where the attack has an agent, or
        is one told before ("the strikes hit targets")."""
        # ("the strikes on Friday, which hit 85 targets": the relative pronoun stands for strikes told before)
        if isinstance(frame.subject, str) or pattern_setting(frame.pattern, "targets_recalled", False) or \
                argument_actors(frame.subject, self.lexicon) or _is_definite_event(
                    relative_antecedent(frame.subject), self.lexicon):
            return None
        # (no one is killed in a place: "killed in a drone strike on his car in eastern Baghdad")
        return list(dict.fromkeys(self._force_of(frame.object, actor, actors)
                                  for actor, _ in argument_actors(frame.object, self.lexicon)
                                  if frame.predicate != "kills" or _type(actor, actors) != "Place"))

    def _asked_by_actor(self, frame: Frame) -> bool:
        """Whether a frame's act is what an actor's verb of demand asks of another: "Washington pressed Sudani to
        rein in", "called on Sudani to rein in", "called on Baghdad to file a complaint against Turkey" (but "called
        Kadhimi to welcome" phones him, and the asker's own reading, "called on Baghdad to stop the Iranian
        aggression", is the asker's)."""
        cue = frame.cue
        if cue.dep_ == "dobj" and lemma_of(cue.head) in self.lexicon.light_verbs:
            cue = cue.head  # "called on Baghdad to file a complaint against Turkey": the act is the verb's
        # ("demanded that the government expel the ambassador": a clause asked for is asked of its subject)
        asked = governing_verb(cue, self.demanding_verbs) or cue.dep_ == "ccomp" and (
            lemma_of(cue.head) in self.demanding_verbs)
        if not asked or _asked_of_own(cue):
            return False
        particles = self.demand_particles.get(lemma_of(cue.head))
        askers = [a for s in subjects_of(cue.head) for a in conjuncts(s)]
        # ("Jordanian officials urged Damascus": officials stand for their state)
        return (particles is None or any(c.lower_ in particles for c in cue.head.children)) and any(
            actor_ids_at(s) or argument_actors(s, self.lexicon) for s in askers) and frame.subject not in askers

    def _speakers_of(self, frame: Frame) -> set[str]:
        """The actors who say what a frame reads; none where no speaker the text names as an actor says it."""
        speaker = speaker_for(frame.cue, self.lexicon)
        if speaker is None:
            return set()
        return {speaker} if isinstance(speaker, str) else {a for a, _ in argument_actors(speaker, self.lexicon)}

    def _own_side(self, subjects: list[tuple[str, float]], actors: dict, doc: Doc) -> set[str]:
        """The actors a frame's subjects stand for, with their states' forces and bodies, and the states the text
        titles the people among them with ('"We will respond," Pentagon press secretary Pat Ryder said': his state's
        side answers an attack on its forces)."""
        people = {s for s, _ in subjects if _type(s, actors) in PEOPLE_TYPES}
        return _with_own_forces({s for s, _ in subjects} | titled_states(doc, people, self.lexicon), actors)

    def _answerers(self, frame: Frame) -> set[str]:
        """Who is said to give the answer a frame's speaker promises, whose side it answers for: "Austin said
        Washington reserved the right to respond"."""
        if isinstance(frame.subject, str) or frame.cue.pos_ != "VERB":
            return set()
        answering = right_holder(frame.cue, self.lexicon) or frame.cue
        return {a for s in subjects_of(answering) for a, _ in argument_actors(s, self.lexicon)}

    def _speaker_named(self, frame: Frame) -> bool:
        """Whether the act of a frame is reported by a speaker the text names as an actor."""
        return bool(self._speakers_of(frame))

    def _to_come(self, frame: Frame) -> bool:
        """Whether a frame's act is spoken of as to come, where its pattern does not read that for itself."""
        return not pattern_setting(frame.pattern, "reads_future", False) and (
            in_future(frame.cue, self.lexicon) or governing_verb(frame.cue, self.demanding_verbs))

    def _answerable_to_come(self, cue: Token) -> bool:
        """Whether one is said to be held answerable, to come, for harm that may come ("Iran would be held
        responsible for any lives lost"): a threat, where "will continue to hold Iran accountable for these
        attacks", or "would hold it responsible" after an attack told, blames.

        >>> from kg.extraction import make_pipeline
        >>> [(r.predicate, r.object) for r in make_pipeline()("Washington would hold Kataib Hezbollah responsible for "
        ...                                                   "any attack.")._.readings]
        [('threatens', 'kataib_hezbollah')]
        """
        holding = cue.head if cue.lower_ in self.lexicon.culprit_adjectives else cue
        answerable = [t for t in holding.subtree if t.lower_ in self.lexicon.culprit_adjectives]
        harms = [o for word in {cue, holding, *answerable} for o in prep_objects(word, {"for"})]
        return lemma_of(holding) in self.lexicon.holding_verbs and in_future(cue, self.lexicon) and bool(harms) and all(
            any(d.lower_ in {"any", "future", "further"} for d in harm.children) for harm in harms)

    def _agents_of(self, frame: Frame, actors: dict) -> list[str]:
        """Who carried out an attack told on no actor ("a Turkish drone struck a vehicle"), for "the strike" later
        to be theirs; no one for an attack supposed or to come."""
        if isinstance(frame.subject, str) or in_condition(frame.cue, self.lexicon) or self._to_come(frame):
            return []
        agents = (self._force_of(frame.subject, a, actors) for a, _ in argument_actors(frame.subject, self.lexicon))
        return [a for a in agents if _type(a, actors) in self.predicates[frame.predicate].subject_types]

    def _force_of(self, token: Token, actor_id: str, actors: dict) -> str:
        """ "its forces", "Turkey's troops": a state, or a state's government body, reached through a military noun
        is the state's armed force, when the article names that force; and "our leaders", said by a group's man, are
        the group's men."""
        actor = actors.get(actor_id)
        if (token.like_num or token.lower_ in self.lexicon.partitive_pronouns) and (whole := prep_objects(
                token, {"of"})):
            token = whole[0]  # "two of our fighters": what they are part of says whose they are
        # ("ships linked to Israel" are the state's by a tie the text names, no armed force's)
        # (nor are "its nuclear facilities" the state's armed force's)
        military = (token.lemma_.lower() in self.lexicon.force_nouns or token.lower_ in self.lexicon.force_nouns) and (
            not any(lemma_of(p) in self.lexicon.owning_verbs for p in [*token.children, *loose_participles(token)]
                    if p.dep_ == "acl" or p.pos_ == "VERB")) and not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in self.lexicon.civil_site_modifiers for c in token.children)
        if actor is not None and actor.type in PEOPLE_TYPES and not military and lemma_of(token) in (
                self.lexicon.affiliated_nouns | self.lexicon.hero_nouns | set(self.lexicon.role_predicates)
                | self.installation_words) and any(
                c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS for c in token.children):
            # "the Americans killed our leaders", said by Nujaba's spokesman: the group's men, not his (and "our
            # positions" the group's)
            return group_of_person(token.doc, actor_id) or actor_id
        if not military or actor is None:
            return actor_id
        if actor.type == "GovernmentBody" and actor.state:
            # "the defence ministry said its forces": the state's armed force, the one the text names
            return _named_force_of(actor.state, actors) or actor_id
        if actor.type == "Country" and (forces := _forces_named(actor_id, actors)) is not None:
            return forces
        owned_by_person = any(c.dep_ == "poss" and c.lower_ in SPEAKER_PRONOUNS | {"his", "her"}
                              for c in token.children)
        if actor.type in PEOPLE_TYPES and owned_by_person:
            # "our forces", said by "Pentagon spokesman Pat Ryder": his state's armed force where the text names
            # one, else the state; said by the commander of a group, or "his forces" of him, the group; never the man
            states = titled_states(token.doc, {actor_id}, self.lexicon)
            state = states.pop() if len(states) == 1 else None
            return (_named_force_of(state, actors) or state) if state else (
                group_of_person(token.doc, actor_id) or actor_id)
        return actor_id


def _force_deployed(keeper: str, actors: dict) -> str:
    """Whose troops a state, or its government body, keeps somewhere: the state's armed force, if the article names
    it ("the US keeps troops in Iraq", "the Pentagon has about 2,500 troops in Iraq"); else the keeper."""
    actor = actors.get(keeper)
    state = keeper if _type(keeper, actors) == "Country" else actor.state if actor is not None and (
        actor.type == "GovernmentBody") else None
    return _forces_named(state, actors) or keeper


def _forces_named(state: str | None, actors: dict) -> str | None:
    """The armed force the registry gives a state, where the article names both."""
    actor = actors.get(state)
    return actor.forces if actor is not None and actor.type == "Country" and actor.forces in actors else None


def _named_force_of(state: str, actors: dict) -> str | None:
    """The one armed force of a state the text names, if it names exactly one."""
    forces = [a.id for a in actors.values() if a.type == "ArmedForce" and a.state == state]
    return forces[0] if len(forces) == 1 else None


class _Told(NamedTuple):
    """An attack the text told of: the sentence, the words naming it, whether it is named by a plural noun (None:
    by a verb), its (agent, target) pairs, where its word stands, and the words of its phrase ("drone", "strike")."""

    number: int
    words: set[str]
    plural: bool | None
    pairs: list[tuple[str, str]]
    position: int
    naming: frozenset[str]


class EventMemory:
    """The attacks and killings an article told of, sentence by sentence, for "the strike" to be read as one."""

    def __init__(self, event_nouns: set[str], lexicon: Lexicon) -> None:
        self.event_nouns = event_nouns
        self.custody_words = lexicon.custody_words
        self.answering_nouns = lexicon.answering_nouns
        self.campaign_words = lexicon.event_name_words  # "the operation" recalls "an offensive" before "an insurgency"
        self.conflict_nouns = lexicon.conflict_nouns
        self.act_pronouns = lexicon.act_pronouns
        # the words of a killing, which recall only a killing ("condemned the killing" after a raid told since)
        self.killing_words = frozenset(w for table in (lexicon.noun_predicates, lexicon.verb_predicates)
                                       for w, predicate in table.items() if predicate == "kills")
        # sentence number, the words naming the attack, whether it is named by a plural noun (None: by a verb), pairs
        self.told: list[_Told] = []
        self._last_cue: Token | None = None
        # where each attack was told, the word naming it, whom it was on, and whether its agent was told
        self.targets: list[tuple[int, str, list[str], bool]] = []
        # (word naming attacks, whether plural; None for a verb) -> whether the latest it named had an agent: "the
        # attack" is no tally of "more than 60 attacks" on US forces whose agents went untold
        self._agent_known: dict[tuple[str, bool | None], bool] = {}
        self._claimed_cues: set[int] = set()
        # the dead each attack told with no agent killed, by where the attack was named ("a drone strike killed X")
        self._killed: dict[int, set[str]] = {}
        # the attacks told as what another answers ("the strikes were in response to a PKK attack"), which "the
        # operation" said of later is not: the sentence tells of the answer
        self._answered: list[list[tuple[str, str]]] = []
        self._members: dict[str, set[str]] = {}  # group -> the people the text said lead it or belong to it
        self._blamed: list[tuple[int, str, str]] = []  # sentence number, accuser, whom it blamed for a harm
        # the words naming each attack told with no agent, and whom it was on: an attack an agent is told to have
        # made on them later is that one ("a drone struck the base ... X said it had targeted the base")
        self._unclaimed: list[tuple[set[str], set[str]]] = []

    def add_members(self, readings: Iterable[Relation]) -> None:
        """Record who the text said leads or belongs to a group: an attack on them is one on the group."""
        for reading in readings:
            if reading.predicate in {"member_of", "leads"}:
                member, group = (reading.subject, reading.object)
                self._members.setdefault(group, set()).add(member)

    def add_blames(self, number: int, accusations: Iterable[Relation]) -> None:
        """Record whom an actor blamed for an attack or a killing ("blamed Israel for the attack")."""
        self._blamed.extend((number, r.subject, r.object) for r in accusations)

    def add_unclaimed(self, frame: Frame, targets: list[str]) -> None:
        """Record an attack the text told of with no agent, and whom it was on ("a drone attack on US forces")."""
        subject = relative_antecedent(frame.subject)
        if targets:
            # harm done by an attack is the attack's: "a drone attack on Erbil air base wounded three soldiers" was
            # on the soldiers (the dead a strike killed are its victims, not its target, and killed by whoever
            # claims it)
            done_by_attack = frame.cue.pos_ == "VERB" and lemma_of(subject) in self.event_nouns
            naming = subject if done_by_attack and frame.predicate == "attacks" else frame.cue
            self.targets.append((naming.i, lemma_of(naming), targets, False))
            if frame.predicate == "kills":
                for killing in {naming, subject} if done_by_attack else {naming}:
                    self._killed.setdefault(killing.i, set()).update(targets)
        if frame.cue.i not in self._claimed_cues:
            # named by its cue, and by the subject of a verb ("a drone attack that wounded three soldiers")
            for naming in (frame.cue, subject):
                number = _is_plural_noun(naming)
                self._agent_known.update(dict.fromkeys(((w, number) for w in self._naming_words(naming)), False))
            self._unclaimed.append(({w for n in (frame.cue, subject) for w in self._naming_words(n)}, set(targets)))

    def _naming_words(self, cue: Token) -> set[str]:
        """The words an attack is named by: its cue and the nouns compounded with it ("drone" and "attack"), and
        the event noun a closed compound ends with ("strike" for "airstrikes", which "the strikes" recalls)."""
        words = {lemma_of(cue), *(lemma_of(c) for c in cue.children if c.dep_ == "compound")}
        return words | {n for w in words for n in self.event_nouns if w.endswith(n) and len(w) > len(n)}

    def targets_of(self, recalling: Token, at: set[str]) -> list[str]:
        """Whom the attack an event noun recalls was on: the last told before it by the same word ("said it had
        carried out the strike" after "a US strike on X"), else the last told before it with no agent (not one
        told after it: "the strike, in response to the attacks on US troops"); one told to be on a place of `at`
        where there are any."""
        chosen = self._recalled(recalling, at)
        # with all it was told to be on, by its own noun and by what it did
        return list(dict.fromkeys(o for i, _, targets, _ in self.targets if i == chosen for o in targets))

    def killed_in(self, recalling: Token, at: set[str]) -> set[str]:
        """Whom the attack an event noun recalls killed ("a drone strike on X killed Y ... US forces carried out
        the strike"): the claimant killed them."""
        chosen = self._recalled(recalling, at)
        return set() if chosen is None else self._killed.get(chosen, set())

    def _recalled(self, recalling: Token, at: set[str]) -> int | None:
        """Where the attack an event noun recalls was told (see targets_of)."""
        # ("claimed the attack" after "fighters who fight against Islamic State": a fight at large is no one attack)
        at_large = self._at_large(lemma_of(recalling))
        told = [t for t in self.targets if t[0] < recalling.i and t[1] not in at_large]
        if at:
            there = {i for i, _, targets, _ in told if at & set(targets)}
            told = [t for t in told if t[0] in there]
        # (an arrest recalls only an arrest: "ordered the arrest of those responsible" after rockets fired)
        unnamed = None if lemma_of(recalling) in self.custody_words else next(
            (t for t in reversed(told) if not t[3]), None)
        # ("the militias launched 170 attacks, and most of them were claimed by X": a pronoun takes up the last told,
        # whoever was told to have made it)
        if unnamed is None and recalling.lower_ in self.act_pronouns and told:
            unnamed = told[-1]
        chosen = next((t for t in reversed(told) if t[1] == lemma_of(recalling)), unnamed)
        return None if chosen is None else chosen[0]

    def _at_large(self, recalling: str | None) -> frozenset[str]:
        """The words of a conflict at large, which a word recalling one attack does not recall (all of them may
        recall one another)."""
        return frozenset() if recalling in self.conflict_nouns else self.conflict_nouns

    def add(self, number: int, cue: Token, pairs: list[tuple[str, str]], killed: Iterable[str] = ()) -> None:
        """Record the pairs one frame read, and whom it `killed`; frames of one cue word ("American and British
        strikes") make one attack, and who ordered or carried it out later killed its dead ("A US drone strike
        killed Soleimani ... Trump ordered the strike")."""
        if not pairs:
            return
        if killed:
            self._killed.setdefault(cue.i, set()).update(killed)
        # ("arrested suspects in the killing of X": an arrest is named by no act it is over)
        noun = cue if lemma_of(cue) in self.custody_words else _event_noun_of(cue, self.event_nouns)
        # (and "killed X in an air strike" tells who made the strike, whatever its own phrase leaves untold)
        self._claimed_cues.update({cue.i, noun.i})
        # ("A US drone strike killed X" after a headline's agentless "Drone strike kills X": the strike has one now)
        for naming in {cue, noun}:
            self._agent_known.update(
                dict.fromkeys(((w, _is_plural_noun(naming)) for w in self._naming_words(naming)), True))
        # an attack named by a noun ("a US strike killed X": the strike, the verb's subject), for "carried out the
        # strike" later to be on X (not one told by a verb: "X, which has attacked US forces", is no one attack)
        # ("U.S. aircraft struck two facilities" is one attack, which "the strikes" recalls: a past tense heading its
        # own clause tells one)
        if (objects := [o for _, o in pairs if o]) and (noun.pos_ == "NOUN" or noun.tag_ == "VBD" and (
                noun.dep_ not in {"relcl", "acl"})):
            self.targets.append((cue.i, lemma_of(noun), objects, True))
        for words, on in self._unclaimed:
            if on & set(objects):
                self._agent_known.update({key: True for key in self._agent_known if key[0] in words})
        if cue == self._last_cue:
            self.told[-1].pairs.extend(pairs)
        else:
            self.told.append(_Told(number, {lemma_of(cue), lemma_of(noun)}, _is_plural_noun(noun), list(pairs), cue.i,
                                   frozenset(self._naming_words(cue) | self._naming_words(noun))))
            self._last_cue = cue
            if _answered_act(noun, self.answering_nouns):
                self._answered.append(self.told[-1].pairs)

    def agents(self, number: int, targets: set[str], cues: set[str], plural: bool | None = None,
               recalling: str | None = None, before: int | None = None) -> list[str]:
        """Who carried out the last attack on one of `targets`, or the last one named by one of the nouns `cues`
        ("the strikes" after "American and British strikes"), of the same number as the noun recalling it where
        there is one ("the attacks" after "hundreds of drone strikes", not after "an insurgency") and named by the
        same word if one is ("the attack" after "X attacked a post", not after "Y launched an operation"), however
        long ago; failing both, who attacked last if that was within a few sentences of sentence `number`. No one,
        where the latest attack named by the recalling word had no agent ("the drone" after "a drone attack wounded
        three soldiers"). None told in sentence `number` after the word at `before`."""
        if on_target := self.attackers_of(targets):
            return on_target
        known = self._agent_known.get((recalling or "", plural))
        if (known if known is not None else self._agent_known.get((recalling or "", None))) is False:
            return []
        # an arrest is recalled only as one ("the arrests"), never as "the attack"
        # (and none told after the word recalling it: "The attack came a week after U.S. airstrikes")
        told = [t for t in self.told if (recalling is None or recalling in self.custody_words
                                         or not t.words <= self.custody_words)
                and (t.number < number or before is None or t.position < before)
                and (recalling not in self.killing_words or t.words & self.killing_words or t.position in self._killed)]
        if not any(recalling in t.words for t in told):
            # (not an attack told as what another answers, when no word names the one recalled: "the operation"
            # after "the strikes were in response to a PKK attack" is the strikes)
            told = [t for t in told if not any(t.pairs is answered for answered in self._answered)] or told
        # ("the attack" after "a drone strike killed X" and "has waged an insurgency since 1984", "the attacks on
        # the embassy" after "split over war with Israel": a conflict at large is no one attack)
        at_large = self._at_large(recalling)
        told = [t for t in told if not t.words <= at_large]
        named = [(t.words, t.plural, t.pairs) for t in reversed(told) if t.words & cues]
        if plural is False and self._unclaimed and named and all(t[1] for t in named):
            # ("Ten rockets struck the base ... after U.S. airstrikes ... condemned the attack": one attack recalls
            # the one told with no agent, not a series named by a plural)
            return []
        if named:  # the latest that agrees in number, named by the same word (or one of its kind) if one is
            kind = self.campaign_words if recalling in self.campaign_words else frozenset()
            if kind:
                plural = None  # ("the operation" may be a round of strikes, named as acts, not told by a verb)
            _, _, pairs = min(named, key=lambda told: (plural is not None and told[1] not in {None, plural},
                                                       recalling not in told[0], not told[0] & kind,
                                                       bool(kind) and told[1] is None))
            return list(dict.fromkeys(s for s, _ in pairs))
        if told and number - (last := told[-1].number) <= _EVENT_WINDOW:
            return list(dict.fromkeys(s for t in told if t.number == last for s, _ in t.pairs))
        return []

    def agents_named_by(self, word: str, number: int) -> list[str]:
        """Who carried out the last attack told before sentence `number` that `word` named, by its cue or the nouns
        compounded with it ("drone" after "a US drone strike killed X")."""
        for told in reversed(self.told):
            if told.number < number and word in told.naming:
                return list(dict.fromkeys(s for s, _ in told.pairs if s))
        return []

    def targets_by(self, agents: set[str]) -> list[str]:
        """Whom the last attack the text told of by one of `agents` was on, however long ago."""
        for told in reversed(self.told):
            if by_agent := [o for s, o in told.pairs if s in agents and o]:
                return list(dict.fromkeys(by_agent))
        return []

    def attackers_of(self, targets: set[str]) -> list[str]:
        """Who carried out the last attack the text told of on one of `targets` or on one of their leaders and
        members ("killed Jawari, a Nujaba leader ... Nujaba vowed revenge"), however long ago."""
        return self._last_attack_on(targets)[1]

    def last_holders(self) -> list[str]:
        """Who made the last arrest the text told of, however long ago: who holds those arrested."""
        for told in reversed(self.told):
            if told.words & self.custody_words and (agents := [s for s, _ in told.pairs if s]):
                return list(dict.fromkeys(agents))
        return []

    def last_attackers(self, number: int, own: bool = False, on_no_one_named: bool = False) -> list[str]:
        """Who carried out the last attack told in the sentence before sentence `number` (or in it, with `own`), on
        whomever it was, or with `on_no_one_named` on no one the text names ("US jets struck positions near al-Qaim.
        Kataib Hezbollah said two of its members were killed": the dead, told with no killer, are its victims)."""
        for told in reversed(self.told):
            if told.number < number - 1:
                break
            if on_no_one_named and told.words <= self.custody_words:
                continue  # ("arrested suspects in the killing of X, who was shot dead": an arrest kills no one)
            if any(told.pairs is answered for answered in self._answered):
                continue  # ("the strikes were in response to drone attacks by the militias": not what was answered)
            if (told.number < number or own) and (
                    agents := [s for s, o in told.pairs if s and not (on_no_one_named and o)]):
                return list(dict.fromkeys(agents))
        return []

    def _last_attack_on(self, targets: set[str]) -> tuple[int, list[str]]:
        """The sentence of the last attack told on one of `targets` (or their men) and who carried it out."""
        targets = targets | {m for t in targets for m in self._members.get(t, ())}
        for told in reversed(self.told):
            if on_target := [s for s, o in told.pairs if o in targets]:
                return told.number, list(dict.fromkeys(on_target))
        return -1, []

    def answerable_to(self, threateners: set[str]) -> list[str]:
        """Whom a promised answer is against: who last attacked the threateners, or whom they blamed for a harm
        since ("a drone strike killed two of its members ... Kataib Hezbollah blamed Israel and vowed revenge")."""
        attacked_at, attackers = self._last_attack_on(threateners)
        blamed = [(n, o) for n, s, o in self._blamed if s in threateners and n >= attacked_at]
        if not blamed:
            return attackers
        last = blamed[-1][0]
        return list(dict.fromkeys(o for n, o in blamed if n == last))


def _wished_of_another(act: Token, wishing_verbs: frozenset[str]) -> bool:
    """Whether an act is what a verb of wanting wants another to do, whatever the parser made of the other: "Turkey
    wants Baghdad to designate the PKK a terrorist organisation".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Turkey wants Baghdad to attack the PKK.")
    >>> _wished_of_another(doc[4], load_lexicon().wishing_verbs)
    True
    """
    verb = act.head
    if act.dep_ not in {"xcomp", "ccomp"} or lemma_of(verb) not in wishing_verbs:
        return False
    wanters = {t.i for s in subjects_of(verb) for t in s.subtree}
    return any(c.dep_ == "dobj" for c in verb.children) or any(
        c.dep_ == "nsubj" and c.i not in wanters for c in act.children)


def _act_of_culprits(culprits: Token, lexicon: Lexicon) -> Token | None:
    """The act told before that a noun's own phrase names its referents the doers of: "the criminals who carried out
    the killing", "those behind the attack", "those responsible for the strike"; None where there is none.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Khamenei vowed revenge on the criminals who carried out the killing.")
    >>> _act_of_culprits(doc[5], load_lexicon())
    killing
    >>> doc = load_pipeline()("Austin named Kataib Hezbollah as the group behind the attack.")
    >>> _act_of_culprits(doc[6], load_lexicon()) is None
    True
    """
    if culprits.dep_ == "pobj" and culprits.head.lower_ == "as":
        return None  # ("named X and Y as the groups behind the attacks": a label for those named)
    acts = prep_objects(culprits, lexicon.culprit_preps) + [
        o for a in culprits.children if a.dep_ in {"amod", "acl"} and a.lower_ in lexicon.culprit_adjectives
        for o in prep_objects(a, {"for"})]
    for clause in (c for c in culprits.children if c.dep_ == "relcl"):
        acts += prep_objects(clause, lexicon.culprit_preps) + (
            direct_objects(clause) if lemma_of(clause) in lexicon.agent_participles else [])
    return next((a for a in acts if _is_definite_event(a, lexicon)), None)


def _assailants_of_subject(target: Token | str, lexicon: Lexicon) -> bool:
    """Whether an object is the assailants the text told of, named by no name, or some of them: "repelled the attack
    and killed four of the assailants" (those who last attacked the subject), "captured the attackers".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The Peshmerga repelled the attack and killed four of the assailants.")
    >>> _assailants_of_subject(doc[7], load_lexicon()), _assailants_of_subject(doc[4], load_lexicon())
    (True, False)
    """
    if isinstance(target, str):
        return False
    counted = prep_objects(target, {"of"}) if target.pos_ == "NUM" or lemma_of(target) in lexicon.partitives else []
    return any(lemma_of(noun) in lexicon.assailant_nouns and is_definite(noun) and not any(
        actor_ids_at(c) for c in noun.subtree) for noun in [target, *counted])


def _answered_act(noun: Token, answering_nouns: frozenset[str]) -> bool:
    """Whether an act is named as what another answers: "in response to a PKK attack", "in retaliation for"."""
    answer = noun.head.head if noun.dep_ == "pobj" else None
    return answer is not None and answer.lemma_.lower() in answering_nouns


def _named_on_event(event: Token, lexicon: Lexicon) -> list[Token]:
    """The names an event noun's target phrase gives ("the strikes on Yemen"), also where the parser hung the
    phrase on the verb the noun is the object of ("condemned the strikes on Yemen")."""
    named = [t for p in prep_objects(event, lexicon.target_preps) for t in conjuncts(p)]
    if event.dep_ == "dobj":
        named += [t for p in prep_objects(event.head, lexicon.target_preps) for t in conjuncts(p)]
    return named


def _with_own_forces(ids: set[str], actors: dict) -> set[str]:
    """Actors with the armed forces and bodies of the states among them: "Iran vows response" after a strike
    that killed an IRGC general answers a strike on Iran's own."""
    return ids | {a.id for a in actors.values() if a.state in ids} | {
        actors[i].forces for i in ids if i in actors and actors[i].forces}


def _objects_from_memory(frame: Frame) -> bool:
    """Whether a frame's pattern takes its objects from the attacks the text told of, not from its own sentence."""
    return pattern_setting(frame.pattern, "targets_from_memory", False) or pattern_setting(
        frame.pattern, "targets_of_own_attacks", False)


def _remembered_objects(frame: Frame, subjects: set[str], attacks_told: EventMemory) -> list[tuple[str, float]]:
    """The objects a frame's pattern takes from the attacks the text told of: "the militia vowed to retaliate"
    against whoever attacked it; "the group vowed to keep up its attacks" on those it attacked."""
    if pattern_setting(frame.pattern, "targets_from_memory", False):
        return [(a, _REFERENCE_COSTS["event"]) for a in attacks_told.answerable_to(subjects)]
    return [(t, _REFERENCE_COSTS["event"]) for t in attacks_told.targets_by(subjects)]


def _unnamed_enemy(target: Token | str, lexicon: Lexicon) -> bool:
    """Whether an object is "the enemy", or what "the enemy's" is, naming no one ("the Zionist enemy" names Israel).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The group vowed to keep striking the enemy's strongholds and the Zionist enemy.")
    >>> _unnamed_enemy(doc[9], load_lexicon()), _unnamed_enemy(doc[13], load_lexicon())
    (True, False)
    """
    if isinstance(target, str):
        return False
    noun = next((c for c in target.children if c.dep_ == "poss"), target)
    return lexicon.stance_predicates.get(lemma_of(noun)) == "opposes" and not any(
        c.dep_ in {"amod", "compound", "poss", "nmod"} for c in noun.children)


def _asked_of_own(act: Token) -> bool:
    """Whether the one an act is asked of is the asker's own: "asked its fighters to target US forces"."""
    asked = direct_objects(act.head) + prep_objects(act.head, {"on", "upon"})
    return any(c.dep_ == "poss" and c.lower_ in {"its", "his", "her", "their"} for o in asked for c in o.children)


def _event_noun_of(cue: Token, event_nouns: set[str]) -> Token:
    """The noun an attack told by a verb is named by: "a US drone strike killed X", "X was killed in an air
    strike", "killed X during a raid" are strikes and raids, for "the strike" later to be that one; the cue itself
    where no such noun names it."""
    if cue.pos_ != "VERB":
        # ("the killing of X in a US strike" is that strike)
        return next((n for n in acts_happened_in(cue) if lemma_of(n) in event_nouns), cue)
    # ("US strikes that killed 16 people": the strikes the relative pronoun stands for)
    # (and a closed compound ending with one: "U.S. airstrikes ... killed one fighter")
    named = [relative_antecedent(c) for c in cue.children if c.dep_ in {"nsubj", "nsubjpass"}] + prep_objects(
        cue, {"in", "by", "during"})
    return next((n for n in named if lemma_of(n) in event_nouns or n.pos_ == "NOUN" and any(
        lemma_of(n).endswith(word) for word in event_nouns)), cue)


def _is_plural_noun(cue: Token) -> bool | None:
    """Whether an event noun is plural, counted ("hundreds of strikes") or not; None for a verb."""
    if cue.pos_ not in {"NOUN", "PROPN"}:
        return None
    return cue.tag_ in {"NNS", "NNPS"}


def _vetoes(frame: Frame, readings: list[Relation], blocked: bool) -> set[tuple[int, str, str, str]]:
    """What the grammar rules out in this sentence, whatever a model may think: a negated, suspended or denied
    act ("did not attack"), and an act spoken of as to come ("will attack" is a threat, not an attack)."""
    if blocked:
        return {(r.start, r.subject, predicate, r.object) for r in readings for predicate in (frame.predicate,
                                                                                             r.predicate)}
    return {(r.start, r.subject, frame.predicate, r.object) for r in readings
            if frame.predicate in _EVENTS and r.predicate == "threatens"}


def _told_apart(vetoing: list[Token], reading: list[Token]) -> bool:
    """Whether a triple a cue's act rules out is also read, unblocked, from a clause of its own: in "Iran denies
    arming the Houthis, but US officials say Tehran supplies them" the denial is Iran's, the supply the officials'
    claim. A cue inside the blocked one's phrase, or governing it, tells of the blocked act itself.

    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("Iran denies arming the Houthis, but officials say Tehran supplies them.")
    >>> _told_apart([doc[2]], [doc[10]]), _told_apart([doc[2]], [doc[2]]), _told_apart([doc[2]], [])
    (True, False, False)
    >>> doc = _parser()("Iran has supplied the Houthis with missiles, though Tehran denies arming the group.")
    >>> _told_apart([doc[11]], [doc[2]])
    True
    """
    def governs(a: Token, b: Token) -> bool:
        # (not across a clause set against the other's: "Iran supplies them, though Tehran denies arming them";
        # nor into a clause coordinated with the other's: "condemned the strike and demanded that Ankara stop
        # violating Iraqi territory")
        return a.is_ancestor(b) and not any(set_against(t) or t.dep_ == "conj" and t != b
                                            for t in (b, *b.ancestors) if a.is_ancestor(t))

    def related(a: Token, b: Token) -> bool:
        return a == b or governs(a, b) or governs(b, a)

    return any(all(not related(blocked, cue) for blocked in vetoing) for cue in reading)


def _is_unnamed_event(token: Token, lexicon: Lexicon) -> bool:
    """ "a drone", "three drone strikes": an attack or its weapon named by an indefinite noun, whom no name says
    made it, as the subject of the verb that tells what it did (not a noun that tells an act by itself: "condemned
    the strikes as an attack on Iraqi sovereignty")."""
    subject = token.dep_ == "nsubj" or token.dep_ == "pobj" and token.head.lower_ == "by"
    named = any(c.dep_ in {"poss", "compound", "amod"} and actor_ids_at(c) for c in token.children)
    return subject and token.pos_ == "NOUN" and lexicon.noun_predicates.get(lemma_of(token)) in _EVENTS and not (
        is_definite(token) or named)


def _is_definite_event(token: Token, lexicon: Lexicon) -> bool:
    """ "the strike", "this attack": an event named before; not "the resistance", whose noun heads groups' names and
    stands for them more than for an act ("his support for the resistance")."""
    lemma = token.lemma_.lower()
    return lexicon.noun_predicates.get(lemma) in _EVENTS and token.pos_ == "NOUN" and is_definite(token) and (
        lemma not in lexicon.organisation_heads)


def _type(actor_id: str, actors: dict) -> str | None:
    actor = actors.get(actor_id)
    return actor.type if actor else None


def _victims_groups(relations: list[Relation], actors: dict) -> list[Relation]:
    """ "killed Abu Mahdi al-Muhandis, the deputy head of the PMF": a named person killed is the object of kills,
    and the group the same sentence places them in (as member or leader) the object of an attack; "killed four
    members of the PMF" kills the group's unnamed members, and so attacks the group."""
    groups: dict[tuple[int, str], set[str]] = defaultdict(set)
    for relation in relations:
        # (a group killed is attacked itself, not the umbrella it belongs to: "killed a commander of the YBS, a
        # Yazidi group affiliated with the PMF" attacks no PMF)
        if relation.predicate in {"member_of", "leads"} and _type(relation.subject, actors) in PEOPLE_TYPES:
            groups[relation.start, relation.subject].add(relation.object)
    for killing in relations:
        # (a state's people killed are no attack on the state: "while U.S. forces killed Iraqis")
        if killing.predicate == "kills" and _type(killing.object, actors) not in PEOPLE_TYPES | {"Country"}:
            groups[killing.start, killing.object].add(killing.object)
    confidence = pattern_confidence(_VICTIM_GROUP)
    return [killing._replace(predicate="attacks", object=group, pattern=_VICTIM_GROUP,
                             confidence=min(killing.confidence, confidence))
            for killing in relations if killing.predicate == "kills"
            for group in sorted(groups.get((killing.start, killing.object), ())) if group != killing.subject]


def _no_attack_on_the_dead(relations: list[Relation], actors: dict) -> list[Relation]:
    """The readings without attacks on a person the text tells was killed ("the strike hit a vehicle carrying Abu
    Taqwa" where it killed him): by the guidelines a named dead person is the object of kills, and their group of
    the attack."""
    killed = {r.object for r in relations if r.predicate == "kills" and _type(r.object, actors) in PEOPLE_TYPES}
    return [r for r in relations if not (r.predicate == "attacks" and r.object in killed)]


def _no_stand_against_one_s_own(relations: list[Relation]) -> list[Relation]:
    """The readings without one opposing or accusing what the text reads it to lead, belong to or speak for: "US to
    end coalition mission" winds down the coalition the US leads, it takes no stand against it; a spokesman who
    says his group coordinates its operations with its allies charges it with nothing."""
    own = {(r.subject, r.object) for r in relations if r.predicate in {"leads", "member_of", "spokesperson_for"}}
    return [r for r in relations if not (r.predicate in {"opposes", "accuses"} and (r.subject, r.object) in own)]


def _hosted_bases(doc: Doc, relations: list[Relation], actors: dict) -> list[Relation]:
    """A base the registry knows to host a force the article names: the force is deployed there, told by the
    sentence that first names the base ("Ain al-Asad air base was targeted twice", after "strikes on US forces"); of
    several such forces, the one the article names most."""
    placed = {(r.subject, r.object) for r in relations if r.predicate == "deployed_in"}
    confidence = pattern_confidence(_BASE_HOST)
    found: dict[tuple[str, str], Relation] = {}
    named = Counter(span.kb_id_ for span in doc.spans.get(MENTIONS_KEY, []))
    for span in doc.spans.get(MENTIONS_KEY, []):
        base = actors.get(span.kb_id_)
        # of the forces the base hosts, the one the article names most ("US forces", or "the coalition")
        hosts = sorted((h for h in (base.hosts if base else ()) if h in actors), key=lambda h: -named[h])[:1]
        for host in (h for h in hosts if (h, base.id) not in placed):
            sent = span.sent
            found.setdefault((host, base.id), Relation(host, "deployed_in", base.id, sent.text.strip(),
                                                       sent.start_char, sent.end_char, confidence, _BASE_HOST))
    return list(found.values())


def _stand_in(actor_id: str, admitted_types: Iterable[str], actors: dict) -> str:
    """ "The US embassy said": a place that stands for a state is that state where a predicate needs one. (Whether
    "Erbil" stands for the regional government is the actor linker's to say, by how the name is used.)"""
    actor = actors.get(actor_id)
    if actor is None or actor.type in admitted_types:
        return actor_id
    return state_stood_for(actor, actors) or actor_id


def _forces_by_place(relations: list[Relation], actors: dict) -> dict[str, str]:
    """For each place, the armed force the article most often places there."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for relation in relations:
        if relation.predicate == "deployed_in" and _type(relation.subject, actors) == "ArmedForce":
            counts[relation.object][relation.subject] += 1
    return {place: forces.most_common(1)[0][0] for place, forces in counts.items()}


def is_publisher(actor_id: str, doc: Doc) -> bool:
    """The outlet that published the article is not a source it quotes."""
    source = doc._.source
    actor = (doc._.actors or {}).get(actor_id)
    if not source or actor is None:
        return False
    key = name_key(source)
    return any(name_key(alias) == key or key.startswith(name_key(alias)) for alias in (actor.name, *actor.aliases))


def argument_actors(token: Token, lexicon: Lexicon, depth: int = 0, through_roles: bool = True,
                    through_holders: bool = True) -> list[tuple[str, float]]:
    """The actors an argument token stands for, each with the confidence its reading costs.

    Directly named or resolved actors cost nothing; an actor reached through an
    apposition, an event's agent, a place noun, a group's member, a stand-in noun
    ("Iraqi officials", "Washington's actions") or a bridging noun ("the withdrawal
    of US troops") costs a little.
    """
    if through_holders and (found := [(actor, 0.1) for holder in _holders(token, lexicon)
                                      for actor in _named_or_modified(holder, lexicon)]):
        return found
    # "militias such as Kataib Hezbollah", "groups including KH and al-Nujaba": each example is one of them (and
    # "targets, including command centers of the Quds Force": the actors an example stands for)
    examples = [(actor, 0.1) for e in examples_of(token, lexicon)
                for actor in actor_ids_at(e) or [a for a, _ in argument_actors(e, lexicon, depth + 1)]]
    if reference := reference_at(token):
        actor, how = reference
        # "U.S. and coalition forces": a modifier coordinated with the name's own word names another actor
        shared = [(ids[0], 0.05) for m in token.children if m.dep_ in {"nmod", "amod", "compound"} and m.i < token.i
                  and any(c.dep_ == "conj" for c in m.children) and (ids := actor_ids_at(m)) and ids[0] != actor]
        # "them" after "Kataib Hezbollah and Nujaba" stands for both
        together = [(other, _REFERENCE_COSTS[how]) for other in actor_ids_at(token)[1:]]
        return list(dict.fromkeys([(actor, _REFERENCE_COSTS[how])] + together + shared + examples))
    if examples:
        return examples
    # "gunmen belonging to Kataib Hezbollah": men who name no actor stand for theirs
    # (and "fighters loyal to Syria's new authorities": to the actor the group's noun stands for)
    if found := [(actor, 0.1) for group in _affiliation(token, lexicon) for actor in actor_ids_at(group) or [
            a for a, _ in argument_actors(group, lexicon, depth + 1)]]:
        return found
    if (antecedent := relative_antecedent(token)) is not token and depth == 0:
        # "the militia, which is backed by Iran": the pronoun is the noun its clause modifies
        if token.lower_ in _PERSONAL_RELATIVES and antecedent.dep_ == "pobj" and antecedent.head.lower_ == "of" and (
                lemma_of(antecedent.head.head) in lexicon.role_predicates):
            antecedent = antecedent.head.head  # "X, the deputy head of the PMF who was killed": "who" is X
        if antecedent.dep_ == "attr" and antecedent.pos_ == "NOUN" and antecedent.head.lemma_ == "be" and (
                named := subjects_of(antecedent.head)):
            # "US forces were occupiers who must leave": "who" is the forces (but in "The PMF's chairman is Faleh
            # al-Fayyadh, whom the Treasury sanctioned" the name it follows)
            antecedent = named[0]
        return argument_actors(antecedent, lexicon, depth + 1, through_roles)
    if depth > 2:
        return []
    if (act := _act_summed_up(token, lexicon)) is not None:
        return [(actor, cost + 0.1) for actor, cost in argument_actors(act, lexicon, depth + 1, through_roles)]
    described = _named_beside(token, lexicon, depth, through_roles)
    return described if described is not None else _reached_through_noun(token, lexicon, depth, through_roles)


def _named_beside(token: Token, lexicon: Lexicon, depth: int, through_roles: bool) -> list[tuple[str, float]] | None:
    """The actors an apposition names, or the whole a part is of; None where the token is neither."""
    # ("Pentagon: Iran-backed militia behind Tower 22 attack": what follows a headline's colon is the source's word)
    # ("members of X, an accusation both groups rejected": an act set off after a phrase is what the clause tells)
    # ("Muhandis, the deputy head of an umbrella of militias, many of them backed by Iran": a part of a whole a
    # pronoun takes up is no description of the name it was set after)
    describing = token.dep_ == "appos" and lemma_of(token) not in lexicon.noun_predicates and not (
        token.lower_ in lexicon.partitive_pronouns and any(o.pos_ == "PRON" for o in prep_objects(token, {"of"})))
    if token.dep_ == "conj" and token.pos_ == "NOUN" and lemma_of(token) not in lexicon.noun_predicates and (
            described := _description_joined(token)) is not None and (found := _first_named([described.head], 0.05)):
        return found  # "Bahceli, the leader of the MHP and Erdogan's ally": the second description is his too
    # (one set off before a name coordinated after it is the first name's alone: "Nouri al-Maliki, a former prime
    # minister who heads the State of Law coalition, and Hadi al-Amiri")
    joined = (token.tag_ != "NN" or token.head.dep_ != "conj") and not any(
        c.dep_ == "conj" and c.i > token.i for c in token.head.children)
    if describing and ":" not in {t.text for t in token.doc[token.head.i:token.left_edge.i]} and (
            found := _first_named([token.head], 0.05, joined=joined)):
        # "the PMF, an umbrella group": the group is the PMF (and in "the army and the YBS, a Yazidi group", one group
        # set after the last of them, the YBS alone)
        return found
    if describing and token.head.lemma_.lower() in lexicon.partitive_pronouns and (
            found := _first_named(prep_objects(token.head, {"of"}), 0.1)):
        return found  # "members of the Framework, the Iran-allied alliance": the parser hangs it on "members"
    if token.dep_ == "pobj" and token.pos_ != "PRON" and token.head.lower_ == "of" and (
            whole := token.head.head).dep_ in {"appos", "attr"} and (
            whole.lemma_.lower() in lexicon.umbrella_nouns or picks_a_part(whole, lexicon)) and (
            whole.lemma_.lower() not in lexicon.membership_heads):
        # "the Framework, the bloc of Iran-backed parties", "Kataib Hezbollah, one of the Iran-aligned factions"
        # (but in "X and Y, both part of the governing coalition" the coalition is the whole they are in); "X is one
        # of the Iran-aligned factions" says so of its subject
        described = [whole.head] if whole.dep_ == "appos" else subjects_of(whole.head) if (
            lemma_of(whole.head) == "be" and picks_a_part(whole, lexicon)) else []
        if found := _first_named(described, 0.1):
            return found
    if found := _first_named(_groups_of_those_counted(token, lexicon), 0.1) or _first_named(
            _appositives(token, lexicon), 0.05):
        return found  # "two IRGC officers, Colonels Ehsan Karbalaipour and Morteza Saeidnejad": each name given
    if token.dep_ == "attr" and lemma_of(token.head) == "be" and lemma_of(token) in lexicon.armed_group_nouns | (
            lexicon.political_group_nouns) and (found := _first_named(subjects_of(token.head), 0.05)):
        return found  # "Badr is the largest faction in the PMF", "the largest bloc in Fatah": the faction is Badr
    if lemma_of(token) in lexicon.role_predicates and (named := name_set_off_after(token)) is not None and (
            found := _first_named([named], 0.05)):
        return found  # "designated the group and its secretary-general, X, as ...": the parser hung X elsewhere
    if (token.like_num or token.lower_ in lexicon.partitive_pronouns | lexicon.partitives) and (
            whole := prep_objects(token, {"of"})):
        # "five of their fighters", "some of the militias", "thousands of Turkish soldiers": the part stands for
        # what it is part of ("dozens of soldiers and Peshmerga fighters": each whole)
        return list(dict.fromkeys(found for part in conjuncts(relative_antecedent(whole[0]))
                                  for found in argument_actors(part, lexicon, depth + 1, through_roles)))
    return None


def _description_joined(noun: Token) -> Token | None:
    """The apposition a common noun is coordinated with, also where the parser hung the noun on the apposition's
    "of" phrase ("Bahceli, the leader of the MHP and Erdogan's ally"); None where there is none."""
    head = noun.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.pos_ == "PROPN":
        head = head.head.head
    return head if head.dep_ == "appos" and head.pos_ == "NOUN" else None


def _reached_through_noun(token: Token, lexicon: Lexicon, depth: int, through_roles: bool) -> list[tuple[str, float]]:
    """The actors a common noun leads to: an event's agent, the place a place noun names, the group a role
    belongs to or the body it works at ("officials at the Pentagon"), the actor a stand-in or bridging noun is about."""
    lemma = token.lemma_.lower()
    head_word = {lemma, token.lower_}
    of_a_group = _of_a_group(token, lexicon)
    predicate = lexicon.noun_predicates.get(lemma)
    # (backing a verb takes, or its preposition of stance: "opposed U.S. support for the YPG", "objects to U.S.
    # support"; not what one acts with: "fought beside Syrian troops with backing from Iran's Quds Force")
    taker = token.head if token.dep_ == "dobj" else token.head.head
    taken = token.dep_ == "dobj" or token.dep_ == "pobj" and token.head.lower_ in {"to", "against"} and (
        taker.pos_ == "VERB")
    # (and a stance another's stance takes up, whoever voiced it: "rejected threats by Israeli officials"; not one
    # merely added to, "ramping up pressure on the United States")
    if token.pos_ == "NOUN" and (predicate in _EVENTS or predicate == "supports" and taken or (
            predicate in _STANCES and taken and lexicon.verb_predicates.get(lemma_of(taker)) in _STANCES | {"opposes"})
    ) and (found := _doers_of_act(token, lexicon, depth)):
        return found
    if token.pos_ == "NOUN" and head_word & lexicon.fault_words:
        # "condemned the violation of its sovereignty by Turkey", "rejected Turkish aggression", "condemned the
        # crimes of the occupation": a wrong stands for whoever did it
        modifiers = [c for c in token.children if c.dep_ in _ARGUMENT_MODIFIERS]
        doers_of = prep_objects(token, {"of"}) if head_word & lexicon.doer_of_nouns else []
        if found := _first_named(agents_in_phrase(token) + modifiers + doers_of, 0.1):
            return found
    if head_word & lexicon.place_nouns and (found := _place_named(token)):
        return _state_of_place_struck(token, lexicon) or found
    if through_roles and (found := _group_of_part(token, lexicon)):
        return found
    # ("detained the department's former director": one who no longer holds a role stands for no one by it)
    if through_roles and lemma in lexicon.role_predicates and not any(
            c.lower_ in lexicon.former_words for c in token.children) and (
            found := _served_by_role(token, lexicon, of_a_group)):
        return found
    if owners := _force_owners(token, lexicon):
        return owners
    if found := _stood_for(token, head_word, lexicon, of_a_group):
        return found
    if head_word & lexicon.message_nouns and (issued := issuing_verb(token, lexicon)) is not None:
        # "issued a statement condemning X", "in a statement, the ministry said": a message is its issuer's
        if found := _first_named(subjects_of(issued), 0.1):
            return found
    if head_word & lexicon.message_nouns and token.dep_ == "nsubj" and (speaker := token.sent._.speaker):
        return [(speaker, 0.1)]  # "The statement said ...", after the statement was told of: its issuer's word
    if head_word & (lexicon.intent_nouns | lexicon.document_name_words) and (kept := _kept_by_intent(token, lexicon)):
        return kept
    if head_word & (lexicon.argument_bridges | lexicon.timing_nouns):
        return _bridged(token, head_word, lexicon, depth)
    return []


def _served_by_role(role: Token, lexicon: Lexicon, of_a_group: bool) -> list[tuple[str, float]]:
    """Whom a role noun's holder stands for: "killed a senior commander of Kataib Hezbollah" (a member stands for
    the group), "officials at the Pentagon" (the body they work at)."""
    kind = lexicon.role_predicates[lemma_of(role)]
    # ("Iraqi militia fighters" are of no group the adjective names, and an "Iraqi militia leader" leads no state;
    # "Abu Hussein al-Hamidawi's deputy, who directed the attacks" is another person, though a person's spokesman
    # speaks for him)
    holders = [c for c in role.children if c.dep_ in _ARGUMENT_MODIFIERS and not (
        c.dep_ == "amod" and (kind == "member_of" or of_a_group)) and not (
        c.dep_ == "poss" and names_a_person(c) and kind != "spokesperson_for")]
    # ("an ISIS cell leader": of the group named on the unit it leads)
    holders += [g for h in holders if lemma_of(h) in lexicon.affiliated_nouns for g in h.children
                if g.dep_ in {"compound", "nmod"}]
    served = prep_objects(role, {"of", "with", "for", "from"}) + _of_after(role)
    # ("leaders of several factions, including X and Y": of each group given as an example)
    served += [e for group in served for e in examples_of(group, lexicon)]
    # ("three members of the counter-terrorism forces of the PUK": of the force of a group named)
    # ("a spokesman for Sadr's office": for the one an office or a movement stands for)
    if found := _first_named(holders + served, 0.15) or next(
            (owners for o in served if (owners := _force_owners(o, lexicon) or _stood_for(
                o, {lemma_of(o), o.lower_}, lexicon, of_a_group))), []):
        return found
    return _first_body(prep_objects(role, {"at"}), 0.15)  # (a base or a city is only where they are)


def _doers_of_act(act: Token, lexicon: Lexicon, depth: int) -> list[tuple[str, float]]:
    """Whoever did what an act noun names, which stands for them: "condemned the US strikes", "praised Iran's
    support", "condemned the attack by fighters of Kataib Hezbollah" (armed men stand for their group)."""
    agents = event_agents(act, lexicon)
    return _first_named(agents, 0.1) or next((owners for agent in agents if (owners := _force_owners(
        agent, lexicon) or argument_actors(agent, lexicon, depth + 1))), [])


def _kept_by_intent(intent: Token, lexicon: Lexicon) -> list[tuple[str, float]]:
    """ "rejected any attempt to keep US troops in Iraq", "any deal that keeps US troops in Iraq", "any agreement that
    would allow American forces to remain" or "extend the presence of US troops": an intent or a deal to keep an
    actor somewhere, or to let it stay, is about the actor."""
    clauses = [v for v in intent.children if v.dep_ in {"acl", "relcl"}]
    kept = [o for v in clauses if lemma_of(v) in lexicon.keeping_verbs for o in direct_objects(v)]
    # ("allow forces to remain": the parser makes the forces the object, or the subject of "remain")
    stays = [x for v in clauses if lemma_of(v) in lexicon.acceptance_verbs for x in v.children
             if x.dep_ in {"xcomp", "ccomp"} and lemma_of(x) in lexicon.staying_words]
    let_stay = [o for x in stays for o in direct_objects(x.head) + [c for c in x.children if c.dep_ == "nsubj"]]
    # ("any agreement that would extend the presence of U.S. troops": whose stay it prolongs)
    prolonged = [o for v in clauses if lemma_of(v) in lexicon.prolonging_verbs for d in direct_objects(v)
                 for o in [d, *prep_objects(d, {"of"})]]
    return _first_named(kept + let_stay + prolonged, 0.1)


def _act_summed_up(noun: Token, lexicon: Lexicon) -> Token | None:
    """The act an apposition sums up: "a strike in Baghdad that killed a Nujaba commander, a step the Iraqi
    government condemned" condemns the strike, wherever the parser hangs the step (lexicon `summary_nouns`); with
    no act named by a noun, the one who did what the sentence tells ("Kataib Hezbollah offered to arm fighters in
    Jordan, a move Amman condemned" condemns Kataib Hezbollah; "Iran launched missiles at the base, in a move Qatar
    condemned" condemns Iran)."""
    set_beside = noun.dep_ == "appos" or noun.dep_ == "pobj" and noun.head.lower_ == "in" and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in noun.children)
    if not set_beside or lemma_of(noun) not in lexicon.summary_nouns:
        return None
    act = next((a for a in noun.ancestors if a.pos_ == "NOUN" and lexicon.noun_predicates.get(lemma_of(a)) in _EVENTS),
               None)
    root = noun.sent.root
    return act if act is not None or root.pos_ != "VERB" else next(iter(subjects_of(root)), None)


def _of_a_group(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is one of an armed group's or a people's: in "an Iraqi militia leader", "an Iraqi Kurdish
    leader", "an Iraqi Yazidi commander" the adjective says where the militia or the people is from, and the man
    stands for no state."""
    return any(c.dep_ == "compound" and lemma_of(c) in lexicon.armed_group_nouns or c.dep_ in {"amod", "compound"} and (
        c.lower_ in lexicon.community_adjectives) for c in noun.children)


def _group_of_part(token: Token, lexicon: Lexicon) -> list[tuple[str, float]]:
    """ "accused units of the PMF", "Islamic State cells killed": a part, or armed men, stand for their group (not
    in "its militia groups", a state's)."""
    lemma = lemma_of(token)
    actors = token.doc._.actors or {}
    # ("positions of the 45th and 46th brigades of the Hashd": a unit is of the armed group its "of" names; a name
    # set on a unit noun may be the unit's own or its partner's, "PMF brigades affiliated with Kataib Hezbollah")
    # ("one of its brigades was hit": or the group that owns it)
    if token.lower_ in lexicon.group_part_nouns and lemma not in lexicon.affiliated_nouns:
        return _first_named([o for o in prep_objects(token, {"of"}) + [
            c for c in token.children if c.dep_ == "poss"] if (ids := actor_ids_at(o)) and (
            _type(ids[0], actors) in ARMED_TYPES)], 0.15)
    # ("the Houthi movement", "the Kataib Hezbollah militia": a group's own noun, named with it, is the group; but
    # "an Asaib Ahl al-Haq splinter group", "a Kataib Hezbollah rival faction" are others)
    if lemma not in lexicon.affiliated_nouns | lexicon.whole_group_nouns | lexicon.hero_nouns or (
            lemma in lexicon.role_predicates) or any(c.dep_ in {"amod", "compound"} and c.lower_ in (
                lexicon.splinter_words | lexicon.counterpart_nouns) for c in token.children):
        return []
    # ("the brothers in Kataib Hezbollah": a group's men are in it as well as of it; "our brothers in al-Qaim" are
    # only somewhere)
    within = prep_objects(token, {"in"}) if lemma in lexicon.hero_nouns else []
    # ("Syrian National Army (SNA) factions": the parser may make the name a noun modifier; "its cells", a group's)
    owners = [c for c in token.children if c.dep_ in {"poss", "amod"} and (ids := actor_ids_at(c)) and (
        _type(ids[0], actors) in ARMED_TYPES)]
    # ("Iraq groups threaten Israel": a state named on armed men says where they are from)
    named_on = [c for c in token.children if c.dep_ in {"compound", "nmod"} and not any(
        _type(a, actors) == "Country" for a in actor_ids_at(c))]
    return _first_named(named_on + owners + prep_objects(token, {"of"}), 0.15) or _first_body(within, 0.15)


def _of_after(conjunct: Token) -> list[Token]:
    """The "of" phrase right after the last of coordinated nouns, which the parser hung on the first: "killed
    civilians and members of the PMF" (the members are the PMF's)."""
    if conjunct.dep_ != "conj" or prep_objects(conjunct, {"of"}):
        return []
    return [o for p in conjunct.head.children if p.lower_ == "of" and p.i == conjunct.i + 1 for o in p.children
            if o.dep_ == "pobj"]


def _stood_for(token: Token, head_word: set[str], lexicon: Lexicon, of_a_group: bool) -> list[tuple[str, float]]:
    """Whose act, thing or word a stand-in noun is, or the body an informant is in."""
    if head_word & (lexicon.stand_in_nouns | lexicon.argument_bridges):
        # "Washington's request", "a visit by the Turkish defence minister", "a delegation of Ansar Allah": the act or
        # envoy stands for whose it is; in "Kurdistan Workers Party (PKK) targets" the parser makes the name before
        # the noun its subject
        # ("Iran's enemies" are the other side of Iran's tie, "the Zionist enemy" is Israel)
        counterpart = bool(head_word & lexicon.counterpart_nouns)
        modifiers = [c for c in token.children if (c.dep_ in _ARGUMENT_MODIFIERS or c.dep_ == "nsubj" and (
            c.i < token.i and token.pos_ == "NOUN")) and not (c.dep_ == "amod" and of_a_group)
            and not (c.dep_ == "poss" and counterpart)] + prep_objects(
            token, {"by", *({"from", "of"} if head_word & lexicon.sent_nouns else {"of"} if head_word & (
                lexicon.sway_nouns) else ())}) + (
            _body_they_are_in(token) if counterpart else [])
        # ("remarks by the US ambassador, Alina Romanowski": the holder the role is set beside)
        modifiers += [a for o in prep_objects(token, {"by"}) for a in o.children if a.dep_ == "appos"]
        if found := _first_named(modifiers, 0.1):
            return found
        # (not one its own phrase says the whose of: "the presence of the coalition")
        # (nor a state's standing military: "the commander-in-chief of the armed forces")
        if is_definite(token) and not standing_military(token, lexicon) and not prep_objects(
                token, {"of", "by", "from"}) and (found := [
                (actor, 0.15) for told in _told_before(token, lexicon)
                for actor, _ in argument_actors(told, lexicon, depth=2)]):
            return list(dict.fromkeys(found))
    if head_word & lexicon.informant_nouns:
        # "a source in the PMF told AFP": the body the source is in (a place it is in is only where it is)
        return _first_body(prep_objects(token, {"in", "within"}), 0.1)
    return []


def _told_before(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whose a definite stand-in noun is, by what its sentence or the two before told: the subjects of the last verb
    whose act it names ("The court ruled against the law. The KRG rejected the ruling": the court's), else the
    owners the last noun of its own kind was named with ("A Hamas delegation arrived ... The delegation met").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The court ruled against the law. The KRG rejected the ruling.")
    >>> _told_before(doc[11], load_lexicon())
    [court]
    >>> doc = make_pipeline()("A Hamas delegation arrived in Baghdad. The delegation met Amiri.")
    >>> _told_before(doc[8], load_lexicon())
    [Hamas]
    """
    start = noun.sent.start
    for _ in range(2):  # (the sentences before, by hops back: not every sentence of the doc for every noun)
        start = noun.doc[start - 1].sent.start if start else start
    before = noun.doc[start:noun.i]
    acts = lexicon.nominalised_acts.get(lemma_of(noun), frozenset())
    if verb := next((t for t in reversed(before) if t.pos_ == "VERB" and lemma_of(t) in acts), None):
        # ("Halbousi did not vote. Fatah pushed for the vote": an act denied is no one's that a noun stands for)
        return [] if negated(verb) else subjects_of(verb)
    same = next((t for t in reversed(before) if t.pos_ == "NOUN" and lemma_of(t) == lemma_of(noun)), None)
    return [] if same is None else [c for c in same.children if c.dep_ in _ARGUMENT_MODIFIERS] + prep_objects(
        same, {"of", "from", "by"})


def _force_owners(token: Token, lexicon: Lexicon) -> list[tuple[str, float]]:
    """ "Turkey said its jets had struck", "coalition aircraft struck": military men or machines stand for their
    owner, whose armed force they are (_force_of), or for the armed force named on them."""
    if {token.lemma_.lower(), token.lower_} & lexicon.force_nouns:
        # ("the counter-terrorism forces of the PUK": its owner named after it; "Royal Air Force Typhoon jets": the
        # force named before the make; "U.S. and Coalition personnel": the parser makes coordinated names nmod)
        # ("American military personnel": the parser makes the force's name an adjective)
        compounds = [c for c in token.children if c.dep_ in {"compound", "nmod", "amod"}]
        compounds += [g for c in compounds if c.pos_ == "PROPN" and not c.ent_type_ for g in c.children
                      if g.dep_ == "compound"]
        # ("Iranian and Hezbollah personnel": the names coordinated in the modifier)
        compounds += [x for c in token.children if c.dep_ in {"amod", "compound"} for x in conjuncts(c) if x != c]
        actors = token.doc._.actors or {}
        forces = [c for c in compounds if c.ent_type_ in ARMED_TYPES or any(
            _type(a, actors) in ARMED_TYPES for a in actor_ids_at(c))]
        return _first_named([c for c in token.children if c.dep_ == "poss"] + forces + prep_objects(token, {"of"}),
                            0.1)
    return []


def _body_they_are_in(noun: Token) -> list[Token]:
    """The body a noun of others is in: "his rivals in the Coordination Framework", also where the parser hangs the
    phrase on the verb the noun is the object of ("accused his rivals in the Framework of corruption")."""
    hung_on_verb = [p for p in noun.head.children if p.dep_ == "prep" and p.i == noun.right_edge.i + 1] if (
        noun.dep_ == "dobj") else []
    return [o for p in [*(c for c in noun.children if c.dep_ == "prep"), *hung_on_verb] if p.lower_ in {"in", "within"}
            for o in p.children if o.dep_ == "pobj"]


# Prepositions that place a target in a state or region: "targets in Iraq", "targets inside the country".
_WITHIN = frozenset({"in", "inside", "within"})


def _bridged(token: Token, head_word: set[str], lexicon: Lexicon, depth: int) -> list[tuple[str, float]]:
    """The actors a bridging noun is about: "targets of the militia"; "struck a target in Israel", where no owner is
    named, is in the place ("militia sites in Iraq" are the militias'); "a timetable for the withdrawal of US
    troops" is about what it times."""
    located = _located_target(token, lexicon)
    places = prep_objects(token.head, _WITHIN) if located and token.dep_ == "dobj" else []
    # ("a timetable for the withdrawal", "any role for the United States": what is timed, whom the role is for)
    # ("demanded an end to Turkish violations": what is asked to stop, and so whom; managing an end is no one's)
    # (or "called for an end to Turkish attacks", through the verb's particle)
    asker = token.head.head if token.dep_ == "pobj" else token.head
    asked_to_end = head_word & lexicon.ending_nouns and verb_predicate(asker, lexicon) == "demands"
    preps = {"of", "from", *_WITHIN} if located else {"of", "for"} if head_word & (
        lexicon.timing_nouns | lexicon.allotted_nouns) else {"to"} if asked_to_end else {"of"}
    actors, first = token.doc._.actors or {}, []
    for pobj in prep_objects(token, preps) + places:
        reached = [(actor, cost + 0.1) for o in conjuncts(pobj)
                   for actor, cost in argument_actors(o, lexicon, depth + 1)]
        # ("targets in Eilat in southern Israel": the state the place is in, where the text names it)
        if reached and not (located and all(_type(actor, actors) == "Place" for actor, _ in reached)):
            return reached
        # ("a vital target in the Israeli port of Haifa": the state the place noun is named for; not one a place
        # said to be occupied is named for: "a target in the occupied Syrian Golan" strikes no Syrian)
        states = [state for o in conjuncts(pobj) if not any(c.lower_ in lexicon.occupation_words for c in o.children)
                  for state in _state_named_on(o)] if located else []
        if states:
            return states
        first = first or reached
    return first


def _located_target(token: Token, lexicon: Lexicon) -> bool:
    """Whether a target stands for the place it is in: one no owner is named on ("struck a vital target in Israel";
    not "Kurdish militant targets in northern Iraq", "Houthi targets in Yemen": an owner, a people or its fighters)."""
    owned = any(c.dep_ in {"compound", "amod"} and (lemma_of(c) in lexicon.armed_group_nouns | lexicon.affiliated_nouns
                                                    or c.ent_type_ == "NORP" or actor_ids_at(c))
                for c in token.children)
    return bool({lemma_of(token), token.lower_} & lexicon.located_targets) and not owned


def _state_of_place_struck(noun: Token, lexicon: Lexicon) -> list[tuple[str, float]]:
    """The state a place noun struck is named for: "attacked the Israeli port of Eilat" (a town struck is no
    actor; the state is), "a drone attack on the Saudi city of Jizan"."""
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"dobj", "pobj"} or "attacks" not in {lexicon.verb_predicates.get(lemma_of(head)),
                                                             lexicon.noun_predicates.get(lemma_of(head))}:
        return []
    return _state_named_on(noun)


def _state_named_on(place: Token) -> list[tuple[str, float]]:
    """The state a place noun is named for by its adjective or modifier ("the Israeli port"), at a bridging cost."""
    actors = place.doc._.actors or {}
    return [(a, 0.2) for m in place.children if m.dep_ in {"amod", "compound"} for a in actor_ids_at(m)
            if _type(a, actors) == "Country"]


def _holders(token: Token, lexicon: Lexicon) -> list[Token]:
    """Who an installation, a position or a target is said to hold, serve or belong to: "bases hosting coalition
    troops", "a vehicle carrying Kataib Hezbollah fighters", "facilities used by Kataib Hezbollah", "targets linked
    to the IRGC", "bases where US troops are stationed". An attack on it is on them, whoever else it is named for.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iran targeted locations where U.S. troops were present.")
    >>> _holders(doc[2], load_lexicon())
    [troops]
    >>> doc = make_pipeline()("US forces struck facilities that the Pentagon said were used by the IRGC.")
    >>> _holders(doc[3], load_lexicon())
    [IRGC]
    """
    words = {token.lemma_.lower(), token.lower_}
    if strongholds := _stronghold_of(token, lexicon):
        return strongholds
    # (any thing is whose it is said to be, or who uses it: "a farm used by Iran-backed groups"; but "individuals
    # affiliated with X" are people, no thing of X's, and "Saraya Awliya al-Dam" a group with a thing's word, as is
    # "a Yazidi force" set beside a group's name)
    if not _a_thing(token, lexicon) and not words & (lexicon.place_nouns | lexicon.installation_nouns | (
            lexicon.argument_bridges | lexicon.force_site_nouns)) or _names_a_group(token):
        return []
    clauses = [c for c in token.children if c.dep_ in {"acl", "relcl"}] + loose_participles(token)
    # "facilities that the Pentagon said were used by the IRGC": what the relative clause reports is said of them
    clauses += [x for c in clauses if c.dep_ == "relcl" and lemma_of(c) in lexicon.hearsay_verbs
                for x in c.children if x.dep_ == "ccomp"]
    owners = [o for c in clauses if lemma_of(c) in lexicon.owning_verbs
              for p in prep_objects(c, {"to", "with", "for"}) for o in conjuncts(p)]
    # "IRGC-linked sites": the owner hyphenated before the participle (but "Iran-linked targets" name the collective
    # of Iran's, which holds them)
    if reference_at(token) is None:
        owners += [m for c in token.children if c.dep_ == "amod" and lemma_of(c) in lexicon.owning_verbs
                   for m in c.children if m.dep_ in {"npadvmod", "compound", "nmod"} and m.i < c.i]
    users = [u for c in clauses if lemma_of(c) in lexicon.using_verbs for a in passive_agents(c) for u in conjuncts(a)]
    # ("every country taking part in the US-led coalition": what those taking part in a body are is the body's)
    users += [b for c in clauses if takes_part(c, lexicon)
              for p in prep_objects(c, {"in"}) for b in conjuncts(p)]
    # ("the US carried out strikes": no vehicle's load)
    carried = [g for c in clauses if lemma_of(c) in lexicon.carrying_verbs and not any(
        p.dep_ == "prt" for p in c.children) for g in direct_objects(c)]
    # "bases where US troops are stationed", "locations where US troops were present": the forces said to be there
    present = [f for c in clauses if c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children) and (
        lemma_of(c) in lexicon.deployment_verbs or lemma_of(c) == "be") for s in c.children
        if s.dep_ in {"nsubj", "nsubjpass"} for f in conjuncts(s)]
    if not words & (lexicon.place_nouns | lexicon.installation_nouns):
        return owners + users + carried + present
    hosted = [g for c in clauses if lemma_of(c) in lexicon.hosting_verbs for g in direct_objects(c)] + present
    # "the American occupation's base": a force whose base it is holds it (a state's is only where it lies)
    forces = [c for c in token.children if c.dep_ == "poss" and names_an_armed_force(c)]
    return hosted + users + owners + forces


def _names_a_group(token: Token) -> bool:
    """Whether a word is in a name, or an apposition to a name, of an actor that is no place: "Saraya Awliya al-Dam",
    "the Sinjar Resistance Units, a Yazidi force" (also where the parser hangs it on the noun the name is "of":
    "members of the Sinjar Resistance Units, a Yazidi force")."""
    named = token if token.pos_ == "PROPN" else token.head if token.dep_ == "appos" else None
    if named is not None and not actor_ids_at(named):
        named = next(iter(prep_objects(named, {"of"})), named)
    return named is not None and bool(actor_ids_at(named)) and not names_a_place(named)


def _a_thing(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a thing, not people; "one" stands for the thing it is coordinated after ("two facilities
    in Syria and one in Iraq used by Kataib Hezbollah")."""
    people = set(lexicon.role_predicates) | lexicon.affiliated_nouns | lexicon.member_plurals | lexicon.person_nouns
    if token.lower_ == "one" and token.dep_ == "conj":
        token = token.head
    return token.pos_ == "NOUN" and not {token.lemma_.lower(), token.lower_} & people


def _stronghold_of(place: Token, lexicon: Lexicon) -> list[Token]:
    """Whose stronghold, bastion or hideout a place is set beside as: "Jurf al-Sakhar, a stronghold of Kataib
    Hezbollah" (lexicon `stronghold_nouns`)."""
    return [o for a in place.children if a.dep_ == "appos" and lemma_of(a) in lexicon.stronghold_nouns
            for p in prep_objects(a, {"of"}) for o in conjuncts(p) if actor_ids_at(o)]


def _affiliation(token: Token, lexicon: Lexicon) -> list[Token]:
    """The group that generic fighters are said to belong to, come from or operate as: "gunmen belonging to Kataib
    Hezbollah", "gunmen believed to belong to X", "fighters from X", "groups operating as the Islamic Resistance in
    Iraq", "fighters operating under the banner of X"."""
    if not {lemma_of(token), token.lower_} & lexicon.affiliated_nouns:
        return []
    if token.dep_ == "appos" and any(actor_ids_at(t) for t in (token.head, *prep_objects(token.head, {"of"}))):
        return []  # "(members of) the YBS, a group affiliated with the PKK": the group is the YBS
    if any(c.dep_ == "poss" and actor_ids_at(c) for c in token.children):
        return []  # "the Peshmerga's units, loyal to the PUK": the units are the Peshmerga's, whoever they serve
    return _belonged_to(token, lexicon)


def _belonged_to(token: Token, lexicon: Lexicon) -> list[Token]:
    """The groups a clause on a noun of men says they belong to or come from ("belonging to X", "believed to belong
    to X", "from X", "under the banner of X")."""
    clauses = [c for c in token.children if c.dep_ in {"acl", "amod"}] + loose_participles(token)
    # "gunmen believed to belong to the Islamic State": what they are said or thought to do
    clauses += [x for c in clauses if lemma_of(c) in lexicon.hearsay_verbs for x in c.children if x.dep_ == "xcomp"]
    groups = [g for c in clauses if lemma_of(c) in lexicon.owning_verbs | lexicon.membership_verbs
              for g in prep_objects(c, {"to", "with", "as", "under"})]
    groups += prep_objects(token, {"from"})  # "fighters from Kataib Hezbollah"
    # "under the banner of X"
    return [w for g in groups for w in (prep_objects(g, {"of"}) if lemma_of(g) in lexicon.umbrella_heads else [g])]


def _groups_of_those_counted(token: Token, lexicon: Lexicon) -> list[Token]:
    """The groups a phrase set off after plural men says a share of them were of: "killed 10 fighters, most of them
    members of Kataib Hezbollah" (or "most of them Iraqis belonging to Kataib Hezbollah")."""
    shares = [a for a in token.children if a.dep_ == "appos" and any(
        c.dep_ == "nmod" and (c.like_num or c.lower_ in lexicon.share_words) for c in a.children)]
    return [g for a in shares for g in (prep_objects(a, {"of"}) if lemma_of(a) in lexicon.role_predicates else [])
            + _belonged_to(a, lexicon)]


def _first_named(tokens: Iterable[Token], cost: float, joined: bool = True) -> list[tuple[str, float]]:
    """The actor the first of `tokens` that names one names, and (where `joined`) those coordinated or hyphenated
    with it ("American and coalition troops", "the US-British strikes"), at a cost; empty if none does."""
    for token in tokens:
        if actor_ids_at(token):
            others = [*token.conjuncts, *_hyphenated(token)] if joined else []
            named = [(actor, cost) for c in (token, *others) for actor in actor_ids_at(c)]
            return list(dict.fromkeys(named))
    return []


def _place_named(noun: Token) -> list[tuple[str, float]]:
    """ "the Al-Tanf garrison", "the base at al-Tanf": the place a place noun names ("a base in Syria" names where
    it is, not what it is), or the force it is named of ("the Turkish military base")."""
    # (a name the parser made a possessive with no "'s" is the noun's own: "Deir ez-Zor province")
    named = [c for c in noun.children if c.dep_ in {"compound", "nmod"} or c.ent_type_ == "ArmedForce" or (
        c.dep_ == "poss" and c.pos_ == "PROPN" and not any(m.dep_ == "case" for m in c.children))]
    return _first_named(named + prep_objects(noun, {"at", "of"}), 0.05) or _hosting_place(prep_objects(noun, {"in"}))


def _hosting_place(tokens: list[Token]) -> list[tuple[str, float]]:
    """The place the first of `tokens` names, where it is known to host forces: "the base in Conoco field" is the
    field the forces hold, where "a base in Syria" is only somewhere."""
    if not tokens:
        return []
    actors = tokens[0].doc._.actors or {}
    # ("Conoco field": the name may be the noun's own modifier)
    named = [tokens[0], *(c for c in tokens[0].children if c.dep_ in {"compound", "nmod"})]
    return [(a, c) for a, c in _first_named(named, 0.05) if a in actors and actors[a].hosts]


def _first_body(tokens: list[Token], cost: float) -> list[tuple[str, float]]:
    """The actors the first of `tokens` that names one names (_first_named), places left out: "a source in the PMF"
    is in the PMF, "a source in Baghdad" only somewhere."""
    actors = (tokens[0].doc._.actors or {}) if tokens else {}
    return [(a, c) for a, c in _first_named(tokens, cost) if _type(a, actors) != "Place"]


def _named_or_modified(token: Token, lexicon: Lexicon) -> list[str]:
    """The actors a token names, else those a modifier of it names: "coalition troops" are the coalition's (in "a
    depot belonging to an Iraqi militia" the adjective says where the militia is from, not whose it is, as in "a
    position held by Iraqi fighters of Nujaba", whose men they are)."""
    armed_group = lemma_of(token) in lexicon.armed_group_nouns | lexicon.affiliated_nouns
    of_group = [o for o in prep_objects(token, {"of"}) if armed_group]
    return actor_ids_at(token) or next((ids for c in [*of_group, *token.children] if (
        c in of_group or c.dep_ in MODIFIER_DEPS and not (armed_group and c.dep_ == "amod")) and (
        ids := actor_ids_at(c))), [])


def _hyphenated(token: Token) -> list[Token]:
    """ "US" in "the US-British strikes": a name hyphenated before one that begins a name of its own (in "the US-led
    coalition" the two are one name)."""
    before = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i == token.i - 2
              and token.doc[c.i + 1].text in {"-", "–"}]
    # the mentions are looked through only where a name is hyphenated before: this runs for every argument read
    return before if before and any(span.start == token.i for span in token.doc.spans.get(MENTIONS_KEY, [])) else []


def _appositives(token: Token, lexicon: Lexicon) -> list[Token]:
    """ "a spokesperson for the group, Abu Ali": the name in apposition stands for the noun, as does the name it is
    identified by ("the man, identified as Hussein Jawad")."""
    found = [c for c in token.children if c.dep_ == "appos"] + [
        p for c in token.children if c.dep_ == "acl" and lemma_of(c) in lexicon.naming_verbs
        for p in prep_objects(c, {"as"})]
    # "two Asaib Ahl al-Haq leaders, Qais al-Khazali and his brother Laith": the names a plural role is given, which
    # the parser coordinated with it
    found += [c for c in token.children if c.dep_ == "conj" and c.pos_ == "PROPN" and token.tag_ == "NNS" and (
        lemma_of(token) in lexicon.role_predicates) and token.doc[c.left_edge.i - 1].text == ","]
    return found + [a for p in prep_objects(token, {"for", "of"}) for a in p.children if a.dep_ == "appos"]
