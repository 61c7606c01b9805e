"""What every pattern shares: the frame it yields, the walks over the parse it takes, the checks it makes.

A frame's confidence comes from the table of patterns (``kg/data/patterns.yaml``),
keyed by the pattern's name and, where a pattern reads several constructions,
by ``pattern.construction``; so does what a pattern's frames need done to them
later (``pattern_setting``).
"""

from functools import cache
from typing import Any, Callable, Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.coref import actor_ids_at, declare_speaker, mention_containing, reporting_verb
from kg.lexicon import Lexicon, load_lexicon
from kg.nlp import MENTIONS_KEY, dateline_tokens, is_to_infinitive, load_pipeline
from kg.resources import load_data
from kg.vocabulary import PEOPLE_TYPES, assault_predicates

__all__ = ["Frame", "frame", "asked_by_noun", "datives",
           "pattern_confidence", "pattern_setting", "read", "conjuncts", "subjects_of",
           "titled_states", "states_named_by", "set_against",
           "is_definite", "direct_objects", "passive_agents", "participle_agents",
           "agents_in_phrase", "counting_noun", "compound_lemma",
           "prep_objects",
           "is_passive", "is_question", "coordinated_verb", "examples_of", "picks_a_part", "linked_actors",
           "reporter_of_participle",
           "lemma_of", "phrasal_lemma", "verb_predicate", "names_a_person", "at_whose_hands", "lasted",
           "particle_stems", "takes_part", "issuing_verb", "parties_of", "modified_noun", "clause_verbs", "own_clause",
           "said_of", "speaker_for", "in_future", "in_condition", "is_blocked", "in_charge_content", "negated",
           "governing_verb",
           "SUBJECT_DEPS", "RELATIVE_PRONOUNS",
           "PASSIVE_SUBJECT_DEPS", "OBJECT_DEPS", "MODIFIER_DEPS", "NOUN_MODIFIER_DEPS", "CLAUSE_DEPS",
           "repeated_prepositions", "shared_passive_agents", "co_agents", "object_companions", "relative_antecedent",
           "placed_from", "loose_participle_noun", "loose_participles", "name_set_off_after",
           "names_a_place", "participants", "taking_part", "what_it_is_called"]

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})


PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass"})


OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd"})


MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# Verbs that take an event noun as object and give it their subject as agent ("carried out a strike").


NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "appos", "poss"})


CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "acl", "conj", "parataxis"})


class Sentence(Span):
    """A sentence whose tokens are made once: every pattern walks every sentence, and spaCy makes a new `Token`
    each time a `Span` is iterated (see bench/relations.py).

    >>> doc = _parser()("Kataib Hezbollah fired rockets. The US struck back.")
    >>> sentence = Sentence(doc, 0, 5)
    >>> [t.text for t in sentence] == [t.text for t in doc[0:5]] and list(sentence)[0] is list(sentence)[0]
    True
    """

    def __iter__(self) -> Iterator[Token]:
        if not hasattr(self, "tokens"):
            self.tokens = [self.doc[i] for i in range(self.start, self.end)]
        return iter(self.tokens)


class Frame(NamedTuple):
    """A candidate relation: argument tokens, the predicate, the word that cues it.

    A subject given as a string is an actor id already known (a quotation's speaker).
    """

    subject: Token | str
    predicate: str
    object: Token
    cue: Token
    pattern: str
    confidence: float


def pattern_setting(pattern: str, name: str, default: Any = None) -> Any:
    """A setting of a pattern (or of one of its constructions, falling back to the pattern's) in the table."""
    table = load_data("patterns.yaml")["patterns"]
    for key in (pattern, pattern.split(".")[0]):
        if key in table and name in table[key]:
            return table[key][name]
    return default


def pattern_confidence(pattern: str) -> float:
    """How often a pattern's frames are right, before the scorer weighs them: its table entry's confidence."""
    confidence = pattern_setting(pattern, "confidence")
    if confidence is None:
        raise KeyError(f"the pattern {pattern!r} has no confidence in kg/data/patterns.yaml")
    return float(confidence)


def frame(subject: Token | str, predicate: str, obj: Token, cue: Token, pattern: str) -> Frame:
    """A frame of `pattern`, at the confidence the table gives it."""
    return Frame(subject, predicate, obj, cue, pattern, pattern_confidence(pattern))


@cache
def _parser() -> Language:
    declare_speaker()  # the examples set a sentence's speaker by hand, with no coreference to do it
    return load_pipeline()


def _phrase(token: Token) -> str:
    """A token with the compound words before it: "Hezbollah" as "Kataib Hezbollah"."""
    words, frontier = [token], [token]
    while frontier:
        for child in frontier.pop().lefts:
            if child.dep_ == "compound" or child.dep_ == "punct" and child.text in {"-", "–"}:
                words.append(child)
                frontier.append(child)
    return token.doc[min(w.i for w in words):token.i + 1].text


def read(text: str, pattern: Callable[[Span, Lexicon], Iterator[Frame]],
         speaker: str | None = None) -> list[tuple[str, str, str]]:
    """What one pattern reads from a text, as (subject, predicate, object) phrases: the examples in the patterns'
    docstrings. `speaker` is the actor whose words the text quotes, where a pattern needs one.

    >>> from kg.patterns import active_verb
    >>> read("Kataib Hezbollah attacked US forces.", active_verb)
    [('Kataib Hezbollah', 'attacks', 'US forces')]
    """
    doc = _parser()(text)
    found = []
    for sent in doc.sents:
        sent._.speaker = speaker
        for item in pattern(sent, load_lexicon()):
            subject = item.subject if isinstance(item.subject, str) else _phrase(item.subject)
            found.append((subject, item.predicate, _phrase(item.object)))
    return found


def first_conjunct(token: Token) -> Token:
    """The first of the words a token is coordinated with, the one whose arc places them all: "respond" in "hold Iran
    responsible, and we will respond" is "hold".

    >>> doc = _parser()("We hold Iran responsible, and we will respond.")
    >>> first_conjunct(doc[8])
    hold
    """
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("the US and Iraq"), also those the parser coordinated with the
    last word of the name it heads ("positions of the Kurdistan Democratic Party of Iran and Komala").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("They hit the Kurdistan Democratic Party of Iran and Komala.")
    >>> conjuncts(doc[5])
    [Party, Komala]
    """
    name = _per_doc(token.doc, _NAMES_BY_ROOT_KEY, _names_by_root).get(token.i)
    cut = [] if name is None or name.end - 1 == token.i else [
        c for c in name[-1].conjuncts if not name.start <= c.i < name.end]
    return [token, *token.conjuncts, *cut]


# Prepositions that place an event: "a strike on the base in Jordan".
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "on"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who", "whom"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# The predicates of acts done, which a question does not tell of, whether a verb or a noun cues them.
_ACTS = frozenset({"attacks", "kills", "threatens"})
# Where what the patterns look up once per doc is kept with it (doc.user_data).
_REPETITIONS_KEY = "kg_repetitions"
_NAMES_BY_ROOT_KEY = "kg_names_by_root"


@cache
def _event_nouns() -> frozenset[str]:
    return frozenset(noun for noun, predicate in load_lexicon().noun_predicates.items()
                     if predicate in {"attacks", "kills"})


def _time_spent_on(verb: Token) -> Token | None:
    """The verb of spending time an "-ing" is done in, however the parser hangs it ("has spent much of the past year
    negotiating with Washington", "spent months negotiating"): its subject does it.

    >>> doc = _parser()("Sudani has spent much of the past year negotiating with Washington.")
    >>> [t.text for t in subjects_of(doc[8])]
    ['Sudani']
    """
    if verb.tag_ != "VBG":
        return None
    spending = verb.head if verb.dep_ == "xcomp" else verb.head.head if (
        verb.dep_ == "acl" and verb.head.dep_ == "dobj") else None
    return spending if spending is not None and lemma_of(spending) in load_lexicon().time_spending_verbs else None


def _own_subjects(verb: Token) -> list[Token]:
    """The subjects a verb's own arcs give it, less those the parser took amiss."""
    found = [a for c in verb.children if c.dep_ in SUBJECT_DEPS for a in _past_the_dateline(c)]
    # "Kataib Sayyid al-Shuhada secretary-general Abu Alaa praised it": a name the parser cut from the title of
    # another subject is that title's, not a subject
    found = [s for s in found if not (s.i + 1 < len(s.doc) and s.doc[s.i + 1].dep_ in {"amod", "compound"}
                                      and s.doc[s.i + 1].head in found and s.doc[s.i + 1].head != s)]
    # "Three US soldiers killed in drone attack; Biden blames Iran-backed groups": no subject stands beyond a
    # semicolon from its verb
    return [s for s in found if s.i > verb.i or ";" not in {t.text for t in s.doc[s.right_edge.i + 1:verb.i]}]


def _subjects_found(verb: Token, found: list[Token]) -> list[Token]:
    """The subjects a verb's own arcs give it, with those listed before them and coordinated with them, and its
    co-agents; or the names a relative pronoun subject is about."""
    if (listed := _listed_antecedents(found[0])) != found[:1]:
        return listed
    return _listed_before(found[0]) + [t for s in found for t in conjuncts(s)] + co_agents(verb)


def _listed_antecedents(subject: Token) -> list[Token]:
    """A relative pronoun set after a list of names, for the names it is about: every one ("Kataib Hezbollah and
    Harakat al-Nujaba, which had deployed fighters to Syria"), or the last where the verb is singular ("the US and
    Iran, which has backed the militias"); any other subject, itself.

    >>> doc = _parser()("Kataib Hezbollah and Harakat al-Nujaba, which had sent fighters to Syria, pulled out.")
    >>> _listed_antecedents(doc[8])
    [Hezbollah, Nujaba]
    >>> _listed_antecedents(_parser()("The US and Iran, which has backed the militias, spoke.")[5])
    [Iran]
    """
    clause = subject.head
    if subject.lower_ not in RELATIVE_PRONOUNS or subject.dep_ not in SUBJECT_DEPS or clause.dep_ != "relcl":
        return [subject]
    listed = conjuncts(first_conjunct(clause.head))
    if len(listed) < 2 or clause.i < listed[-1].i:
        return [subject]
    singular = clause.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBZ" for c in clause.children)
    return listed[-1:] if singular else listed


def _doers_set_by_clause(verb: Token) -> list[Token] | None:
    """Who does what a participle or an infinitive set by a clause tells, where the clause above has no subject of
    its own for it: no one, for an act the subject underwent (`_participle_undergone`); the agent, for a result after
    a passive ("a headquarters was hit by US drone strikes, killing X": what hit it killed X); whom "it" puts the
    duty on (`duty_holders`); None otherwise.

    >>> doc = _parser()("A headquarters was hit by US drone strikes, killing a commander.")
    >>> _doers_set_by_clause(doc[9])
    [strikes]
    """
    if _participle_undergone(verb):
        return []
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and is_passive(verb.head):
        return passive_agents(verb.head) or None
    return duty_holders(verb, load_lexicon()) or None


def duty_holders(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom "it" puts the duty of an infinitive on: "it is up to Baghdad to act", "it fell to Baghdad to act", "it is
    for Baghdad to act" (what is asked of Baghdad, not done).

    >>> from kg.lexicon import load_lexicon
    >>> duty_holders(_parser()("It was up to Baghdad to act against the PKK.")[6], load_lexicon())
    [Baghdad]
    """
    clause = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or lemma_of(clause) not in lexicon.duty_placing_verbs or not any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children) or not is_to_infinitive(verb):
        return []
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return [c for c in verb.children if c.dep_ == "nsubj"]
    return prep_objects(clause, {"to"}) + [o for up in clause.children if up.dep_ == "prep" and up.lower_ == "up"
                                           for o in prep_objects(up, {"to"})]


def _participle_undergone(verb: Token) -> bool:
    """Whether a participle set by a clause tells an act its clause's subject underwent: "Asked about the attacks,
    Kadhimi said" (but "Founded as the armed wing of X, it fought" tells what it is).

    >>> _participle_undergone(_parser()("Asked about the attacks, Kadhimi said his government was investigating.")[0])
    True
    """
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and lemma_of(verb) in load_lexicon().verb_predicates and not any(
        c.dep_ in {"aux", "mark"} for c in verb.children)


def subjects_of(verb: Token) -> list[Token]:
    """The subjects of a verb, inherited through coordination, control and relative clauses."""
    if (spending := _time_spent_on(verb)) is not None:
        return subjects_of(spending)
    found = _own_subjects(verb)
    if found:
        return [_clause_antecedent(verb)] if _taken_from_inner_clause(verb, found) else _subjects_found(verb, found)
    if any(c.dep_ in PASSIVE_SUBJECT_DEPS for c in verb.children):
        return []  # a passive clause has its own subject; its agent, if any, comes with "by"
    if verb.dep_ == "xcomp" and lemma_of(verb.head) not in load_lexicon().purpose_verbs:
        # object control: "pushes the government to end ..." - the government ends; and raising in the passive:
        # "the commission is understood to include ..." - the commission includes
        controllers = [c for c in verb.head.children if c.dep_ in {"dobj", *PASSIVE_SUBJECT_DEPS}]
        if controllers:
            return [t for c in controllers for t in conjuncts(c)]
    if verb.dep_ == "conj":
        return _subjects_of_conjunct(verb)
    if (reporter := reporter_of_participle(verb, load_lexicon())) != verb:
        return subjects_of(reporter)  # "Mohi denied the group was behind it, telling Al Mayadeen ...": Mohi told it
    if verb.dep_ in {"advcl", "xcomp"} and (asked := asked_by_preposition(verb)):
        return asked
    if (doers := _doers_set_by_clause(verb)) is not None:
        return doers
    if verb.dep_ in {"xcomp", "advcl"} and verb.head != verb or verb.dep_ == "acomp" and (
            verb.pos_ == "ADJ" or _committed(verb)):
        return subjects_of(verb.head)  # "X was prepared to strike Y": X, through the adjective and its copula
    # ("vocal in demanding the expulsion of US troops": through the copula; "committed to supporting": the adjective)
    if (verb.dep_ == "pcomp" or verb.dep_ == "pobj" and verb.tag_ == "VBG") and (
            (governor := verb.head.head).pos_ == "VERB" or governor.lemma_ == "be" or _committed(governor)):
        return _gerund_doers(governor)
    if verb.dep_ == "pcomp" and (noun := verb.head.head).pos_ == "NOUN" and (
            lemma_of(noun) in load_lexicon().position_nouns):
        # "we affirm our position in ending the presence of the coalition": whose stand it is, or who takes it
        # ("in continuation of our approach of resisting the occupation forces": whose it is)
        return [c for c in noun.children if c.dep_ == "poss"] or (subjects_of(noun.head) if noun.dep_ == "dobj" else [])
    if verb.dep_ == "ccomp" and verb.head.dep_ == "relcl" and any(
            c.dep_ == "dobj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.head.children):
        return [verb.head.head]  # "the strikes, which Washington said hit facilities": the strikes hit them
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and lemma_of(verb) in load_lexicon().verb_predicates and (
            lemma_of(verb) not in load_lexicon().weapon_verbs):
        # "a commander killed in a US strike": the noun a participle of an act describes is its patient (but
        # "missiles fired at American warships" stand for whoever fired them)
        return []
    if verb.dep_ == "acl" and (holder := _entitled(verb)) is not None:
        return holder
    if verb.dep_ in {"relcl", "acl"}:
        antecedent = _clause_antecedent(verb)
        return _owner_of_men_had(antecedent) or [antecedent]
    return []


def _committed(word: Token) -> bool:
    """Whether a word is an adjective of a standing commitment, through which its subject does what the gerund after
    it tells ("the coalition remained committed to supporting the Peshmerga"; lexicon `commitment_adjectives`), not
    of a wish ("keen on attacking" tells no attack).

    >>> [t.text for t in subjects_of(_parser()("The coalition remained committed to supporting the army.")[5])]
    ['coalition']
    >>> subjects_of(_parser()("The group remained keen on attacking US forces.")[5])
    []
    """
    return word.dep_ == "acomp" and word.lower_ in load_lexicon().commitment_adjectives


def _entitled(verb: Token) -> list[Token] | None:
    """Who holds the right or the will an infinitive says what it is to ("reserved the right to resume attacks",
    "its ability to strike"): its owner, or the subject of the verb that has it (lexicon `entitlement_nouns`).

    >>> [t.text for t in subjects_of(_parser()("The group reserved the right to resume attacks.")[6])]
    ['group']
    """
    noun = verb.head
    if verb.tag_ != "VB" or lemma_of(noun) not in load_lexicon().entitlement_nouns or not is_to_infinitive(verb):
        return None
    return [c for c in noun.children if c.dep_ == "poss"] or (subjects_of(noun.head) if noun.dep_ == "dobj" else None)


def asked_by_preposition(verb: Token) -> list[Token]:
    """Whom a verb of asking said with its preposition asks to do what its clause tells ("called on the
    administration to hit Iran"): the one asked does it, not the one asking.

    >>> [t.text for t in asked_by_preposition(_parser()("Graham called on the administration to hit Iran.")[6])]
    ['administration']
    >>> [t.text for t in subjects_of(_parser()("Abdi called on Washington to pressure Turkey.")[5])]
    ['Washington']
    """
    if not is_to_infinitive(verb):
        return []
    asking = phrasal_lemma(verb.head)
    if load_lexicon().verb_predicates.get(asking) != "demands" or "_" not in asking:
        return []
    return [t for p in verb.head.children if p.dep_ == "prep" and p.i == verb.head.i + 1 and p.i < verb.i
            for o in p.children if o.dep_ == "pobj" for t in conjuncts(o)]


def _owner_of_men_had(men: Token) -> list[Token]:
    """Whose men a clause on them tells of, where the owner "has" them: "Nujaba has fighters in Syria supporting
    the Assad government" (Nujaba supports it).

    >>> [t.text for t in _owner_of_men_had(_parser()("Nujaba has fighters in Syria supporting Assad.")[2])]
    ['Nujaba']
    """
    lexicon = load_lexicon()
    if men.dep_ != "dobj" or lemma_of(men) not in lexicon.affiliated_nouns or lemma_of(
            men.head) not in lexicon.having_verbs or any(c.dep_ == "poss" for c in men.children):
        return []
    return subjects_of(men.head)


def _gerund_doers(governor: Token) -> list[Token]:
    """Who does what a gerund after a preposition tells ("Washington had shown nerve in blaming Tehran"): its
    governor's subject, or its object ("thanked the coalition for helping"); what one is accused of is no act told."""
    lexicon = load_lexicon()
    # (nor what one is sanctioned or listed for: "sanctioned X for attacking US forces", "imposed sanctions on X for
    # providing assistance to the Quds Force")
    if lexicon.verb_predicates.get(lemma_of(governor)) == "accuses" or lemma_of(governor) in (
            lexicon.sanction_verbs | lexicon.designation_verbs) or any(
            c.dep_ == "dobj" and c.lower_ in lexicon.sanction_nouns for c in governor.children):
        return []
    if is_passive(governor) and takes_part(governor, lexicon):
        # "X was involved in planning attacks": X planned them
        return participants(governor, lexicon)
    # ("spent weeks in pressuring Baghdad": an object that names no actor is no doer; "sentenced three members of
    # Kataib Hezbollah for firing rockets": one of a group's men is)
    return [o for c in governor.children if c.dep_ == "dobj" and (actor_ids_at(c) or lemma_of(
        c) in lexicon.affiliated_nouns) for o in conjuncts(c)] or subjects_of(governor)


def participants(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who a verb of taking part ("involved in", "engaged in") says took part: its subjects; but where another
    reports it ("the Pentagon said Abu Taqwa had been involved in attacks") that is blame, read by the speech
    patterns, and only a group's word of itself ("the group said it was involved") names a doer.

    >>> [t.text for t in participants(_parser()("Abu Taqwa was involved in attacks.")[3], load_lexicon())]
    ['Taqwa']
    >>> participants(_parser()("The Pentagon said Abu Taqwa was involved in attacks.")[6], load_lexicon())
    []
    """
    doers = taking_part(verb)
    if reporting_verb(verb, lexicon.speech_verbs) is None or joins_a_partner(verb, lexicon):
        return doers
    return [t for t in doers if t.pos_ == "PRON"]


def joins_a_partner(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of taking part joins another in an act ("British jets joined the US in strikes"): a partner's
    act, told as done whoever reports it, and no blame."""
    return lemma_of(verb) in lexicon.joining_verbs and bool(direct_objects(verb))


def taking_part(verb: Token) -> list[Token]:
    """Whom a verb of taking part says took part, whoever says so: its subjects, active or passive."""
    return list(dict.fromkeys([*subjects_of(verb), *(t for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS
                                                     for t in conjuncts(c))]))


def _listed_before(subject: Token) -> list[Token]:
    """Names listed before a subject with only a comma between, as headlines list them: in "Sudani, Biden discuss
    end of coalition mission" the parser takes Sudani for a modifier of the verb; but a day so set off is when
    ("In a statement early Thursday, the ministry said").

    >>> [t.text for t in subjects_of(_parser()("Sudani, Biden discuss end of coalition mission")[3])]
    ['Sudani', 'Biden']
    >>> [t.text for t in subjects_of(_parser()("Early Thursday, the ministry said the PKK threatened Iraq.")[5])]
    ['ministry']
    """
    doc = subject.doc
    # (the comma is looked for only between the two: a modifier's words may run on to the sentence's end)
    return [c for c in subject.head.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i < subject.i
            and c.right_edge.i + 2 == subject.left_edge.i and doc[c.right_edge.i + 1].text == ","
            and c.ent_type_ not in {"DATE", "TIME"}]


def _said_after_report(verb: Token) -> bool:
    """Whether a verb of saying or demanding after ", and" (or "and" after a copula) goes with the verb of saying
    whose reported clause the parser hung it on: "The ministry said the attackers used grenades, and called on the
    PKK to leave" (the ministry called).

    >>> doc = _parser()("The ministry said the attackers used grenades, and called on the PKK to leave.")
    >>> _said_after_report(doc[9])
    True
    >>> doc = _parser()("Khazali said the Americans had failed and warned Washington against any escalation.")
    >>> _said_after_report(doc[7])
    True
    """
    lexicon = load_lexicon()
    head = verb.head
    readings = {lemma_of(verb)} | {f"{stem}_{c.lower_}" for stem in particle_stems(verb) for c in verb.children
                                   if c.dep_ in {"prep", "prt"}}
    saying = lemma_of(verb) in lexicon.speech_verbs or any(lexicon.verb_predicates.get(r) in {"demands", "accuses"}
                                                           for r in readings)
    # (a report fronted before its reporter goes on in its own words: "Qaani met them and urged them to stop, two
    # sources said")
    if not (saying and head.dep_ == "ccomp" and lemma_of(head.head) in lexicon.speech_verbs and verb.i >= 2
            and verb.nbor(-1).dep_ == "cc") or head.head.i > verb.i:
        return False
    # after a comma, or a clause whose tense the verb does not share, or whose subject is no one to speak:
    # "said the presence of US forces was the source of insecurity and called on ...", "said the court had become
    # a tool and accused the Framework", "said the attacks harmed Iraq and urged the factions to stop"
    inner_subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return verb.nbor(-2).text == "," or lemma_of(head) == "be" or verb.tag_ == "VBD" and any(
        c.dep_ == "aux" for c in head.children) or not any(actor_ids_at(s) for s in inner_subjects)


def _taken_from_inner_clause(verb: Token, subjects: list[Token]) -> bool:
    """Whether the parser gave a relative clause's verb the subjects of a clause inside it: in "the umbrella under
    which KH and al-Nujaba operate, has claimed the attacks" it makes "claimed" the clause's verb, and KH its subject;
    the umbrella claimed them.

    >>> doc = _parser()("The Islamic Resistance in Iraq, the umbrella under which Kataib Hezbollah, Harakat al-Nujaba "
    ...                 "and Kataib Sayyid al-Shuhada operate, has claimed most of the 170 drone attacks "
    ...                 "since October.")
    >>> [t.text for t in subjects_of(next(t for t in doc if t.lemma_ == "claim"))]
    ['umbrella']
    """
    opened = any(c.dep_ == "prep" and any(p.lower_ in RELATIVE_PRONOUNS for p in c.children)
                 for c in verb.children)
    return verb.dep_ == "relcl" and opened and any(t.pos_ == "VERB" and s.i < t.i < verb.i
                                                   for s in subjects for t in s.subtree)


def _subjects_of_conjunct(verb: Token) -> list[Token]:
    """The subjects of the verb a conjunct is coordinated with; a passive's subject is an active conjunct's too.

    >>> doc = _parser()("The group is headed by Qais al-Khazali and is close to Iran.")
    >>> [t.text for t in subjects_of(doc[10])]
    ['group']
    """
    first = coordinated_verb(verb)
    return subjects_of(first) or ([] if is_passive(verb) else [
        t for c in first.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in conjuncts(c)])


def coordinated_verb(verb: Token) -> Token:
    """The verb a conjunct verb is coordinated with: its head, or, where the head's form cannot stand beside it,
    the nearest verb above of the conjunct's own form. The parser hangs a conjunct on the verb before it, and
    "Barzani said the ceremony would carry the process forward, thanked Erdogan" has a past tense beside a bare
    form: it is Barzani who thanked.

    >>> doc = _parser()("Barzani said the ceremony would carry the process forward, thanked Erdogan, and left.")
    >>> coordinated_verb(doc[10]).text
    'said'
    >>> coordinated_verb(_parser()("Two men were arrested and referred to court.")[4]).text
    'arrested'
    >>> coordinated_verb(_parser()("He left, saying Iran had nothing to do with it and calling for calm.")[12]).text
    'saying'

    No actor acts on itself: in "He added that the US had no right to strike Iraq and accused Washington of
    lying" the parser hangs "accused" on "strike", and the past tense above it, the US's "had", is not who accused
    (tests/test_relations.py reads it with the actors linked).
    """
    head = verb.head
    if _said_after_report(verb):
        return head.head
    # a past participle hides under the past tense ("were arrested and referred"); only an active conjunct
    # (with an object or a clause of its own) leaves a passive head
    stands_apart = head.tag_ == "VB" or head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in head.children) and any(
        c.dep_ in {"dobj", "ccomp"} for c in verb.children)
    # and a gerund stands beside no other form ("saying Iran had nothing to do with it and calling for calm")
    stands_apart = stands_apart or verb.tag_ == "VBG"
    if verb.tag_ not in _FINITE_TAGS | {"VBG"} or head.tag_ == verb.tag_ or not stands_apart:
        return head
    acted_on = {a for o in verb.children if o.dep_ == "dobj" for a in actor_ids_at(o)}
    above = head
    for _ in range(5):
        if above.head == above:
            break
        above = above.head
        if above.tag_ == verb.tag_ and above.pos_ in {"VERB", "AUX"} and not acted_on & {
                a for s in above.children if s.dep_ in SUBJECT_DEPS for a in actor_ids_at(s)}:
            return above
    return head


def _clause_antecedent(clause: Token) -> Token:
    """The noun a relative or participial clause is about.

    >>> doc = _parser()("The Islamic Resistance, an umbrella of factions that includes Kataib Hezbollah, spoke.")
    >>> _clause_antecedent(doc[9]).text
    'umbrella'
    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("He heads the council of Harakat al-Nujaba, one of the Iraqi factions that Washington "
    ...                       "has designated as terrorist organizations.")
    >>> _clause_antecedent(doc[18]).text
    'Nujaba'
    """
    head = clause.head
    # "a strike on the consulate in Damascus, which killed ...": the parser hangs the clause on the place;
    # what killed is the event the place is in (also past a description of the place: "the drone attack on Tower
    # 22, a small base in Jordan near the Syrian border, which killed three American soldiers")
    while head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE_PREPS and head.head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head.head
        head = head.head if head.dep_ == "appos" else head
        if any(lemma_of(t) in _event_nouns() for t in (head, *(c for c in head.children if c.dep_ == "compound"))):
            return head  # "a strike on ...", "a rocket barrage on ..."
    head = clause.head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and any(c.lower_ == "which" for c in clause.children) and (
            names_a_person(head)):
        return head.head.head  # "the government of Mohammed Shia al-Sudani, which has called": "which" is no one
    if (placed := placed_from(head)) is not None:
        return placed  # "the Harir air base north of Erbil, which hosts US troops": the clause is about the base
    if (stacked := _stacked_on(clause)) is not None:
        return stacked
    singular_verb = clause.tag_ == "VBZ" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBZ"
                                                for c in clause.children)
    if singular_verb and head.tag_ in {"NNS", "NNPS"} and head.dep_ == "pobj" and head.head.lower_ == "of" and (
            head.head.head.tag_ in {"NN", "NNP"}):
        # "an umbrella of factions that includes Kataib Hezbollah": the verb agrees with the umbrella
        return head.head.head
    part = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if part is not None and part.dep_ == "appos" and picks_a_part(part, load_lexicon()) and actor_ids_at(part.head):
        # "Harakat al-Nujaba, one of the factions that Washington has designated": what the clause tells of the
        # whole it tells of the part named
        return part.head
    return head


def examples_of(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The examples a plural noun gives of itself: "militias such as X", "groups including X and Y", and those
    "other" sets it beside: "X and other PMF groups".

    >>> from kg.lexicon import load_lexicon
    >>> examples_of(_parser()("Militias such as Kataib Hezbollah and al-Nujaba fired.")[0], load_lexicon())
    [Hezbollah, Nujaba]
    >>> examples_of(_parser()("Kataib Hezbollah and other PMF groups fired.")[5], load_lexicon())
    [Hezbollah]
    >>> examples_of(_parser()("Several factions within the PMF, including Kataib Hezbollah, fired.")[1], load_lexicon())
    [Hezbollah]
    >>> examples_of(_parser()("It asked factions allied with Tehran, including Nujaba, to stop.")[2], load_lexicon())
    [Nujaba]
    >>> examples_of(_parser()("The factions that claimed attacks, including Nujaba, rejected it.")[1], load_lexicon())
    [Nujaba]
    >>> examples_of(_parser()("Leaders of the Popular Mobilization Forces, including Amiri, came.")[0], load_lexicon())
    [Amiri]
    """
    if noun.dep_ == "conj" and any(c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
        return [t for t in conjuncts(noun.head) if t.i < noun.i]
    if _whole_of_a_kind(noun) is not None:
        return []  # "factions within the PMF, including X": the examples are the factions'
    # ("factions allied with Tehran, including X": through the participle on the noun)
    preps = [c for n in [noun, *(a for a in noun.children if a.dep_ == "acl")] for c in n.children if c.dep_ == "prep"]
    # "factions within the PMF, including X and Y": the parser hangs the examples on the whole they are in
    preps += [c for p in preps for w in p.children if (kind := _whole_of_a_kind(w)) is not None and kind.i == noun.i
              for c in w.children if c.dep_ == "prep"]
    # "the factions that have claimed attacks, including X and Y, rejected ...": names set off after a relative
    # clause on the noun, which the parser hangs on the clause's last noun
    # (a singular noun has none: "an attack that killed four civilians, including X")
    preps += [p for clause in noun.children if clause.dep_ == "relcl" and noun.tag_ in {"NNS", "NNPS"}
              for p in clause.subtree if p.dep_ == "prep" and p.lower_ in lexicon.example_preps
              and p.doc[p.i - 1].text == "," and any(o.pos_ == "PROPN" for o in p.children)]
    # the parser hangs "such" on the noun or on "as"
    such = any(c.lower_ == "such" for p in [noun, *preps] for c in p.children)
    return [e for prep in preps if prep.lower_ in lexicon.example_preps or prep.lower_ == "as" and such
            for p in prep.children if p.dep_ == "pobj" for e in conjuncts(p)] + _range_set_off(noun, preps)


def _range_set_off(noun: Token, preps: list[Token]) -> list[Token]:
    """The ends of a range set off after a plural noun, each an example of it: "Iraq's militias, from the Badr
    Organization to Kataib Hezbollah and Harakat al-Nujaba".

    >>> doc = _parser()("Iran armed Iraq's militias, from the Badr Organization to Kataib Hezbollah and Nujaba.")
    >>> _range_set_off(doc[4], [t for t in doc[4].children if t.dep_ == "prep"])
    [Organization, Hezbollah, Nujaba]
    >>> doc = _parser()("For years the Quds Force has armed Iraq's militias, from the Badr Organization to Asaib Ahl "
    ...                 "al-Haq.")
    >>> _range_set_off(doc[9], [])
    [Organization, Haq]
    """
    # (the parser may hang the range on the verb the noun is the object of)
    doc, comma = noun.doc, noun.i + 1
    set_off = [doc[comma + 1]] if comma + 1 < len(doc) and doc[comma].text == "," else []
    starts = [o for p in dict.fromkeys([*preps, *set_off]) if p.lower_ == "from" and p.dep_ == "prep"
              and noun.tag_ in {"NNS", "NNPS"} and p.i == comma + 1 for o in p.children if o.dep_ == "pobj"]
    return [e for start in starts if (ends := prep_objects(start, {"to"})) for end in [start, *ends]
            for e in conjuncts(end)]


def _whole_of_a_kind(whole: Token) -> Token | None:
    """The plural noun a singular one is the whole of: "factions" in "factions within the PMF", or in "factions
    allied with Tehran"."""
    kind = whole.head.head
    if kind.dep_ == "acl" and kind.tag_ == "VBN":
        kind = kind.head
    if whole.dep_ == "pobj" and whole.tag_ in {"NN", "NNP", "NNPS"} and kind.tag_ in {"NNS", "NNPS"}:
        return kind
    return None


def _past_the_dateline(subject: Token) -> list[Token]:
    """A subject, or where the parser took the dateline's city for it ("WASHINGTON, April 15 - President Joe Biden
    received ..."), the name it hangs on the city in apposition or coordination."""
    datelines = dateline_tokens(subject.doc)
    if subject.i not in datelines:
        return [subject]
    return [a for a in subject.children if a.dep_ in {"appos", "conj"} and a.i not in datelines]


def _names_by_root(doc: Doc) -> dict[int, Span]:
    """The actors' names the actor stage found, by the token heading each."""
    return {span.root.i: span for span in doc.spans.get(MENTIONS_KEY, [])}


def _repetitions(doc: Doc) -> dict[str, list[int]]:
    """Where each word follows "and" or "or": the places a preposition may be repeated."""
    found: dict[str, list[int]] = {}
    for token in doc[1:]:
        if doc[token.i - 1].lower_ in {"and", "or"}:
            found.setdefault(token.lower_, []).append(token.i)
    return found


def _per_doc(doc: Doc, key: str, compute: Callable[[Doc], Any]) -> Any:
    """What `compute` finds in a doc, found once per doc and kept with it."""
    if key not in doc.user_data:
        doc.user_data[key] = compute(doc)
    return doc.user_data[key]


def co_agents(verb: Token) -> list[Token]:
    """Who does a verb's act beside its subject: "alongside X", "together with X", "in coordination with X".

    >>> doc = _parser()("The group attacked the base together with Harakat al-Nujaba.")
    >>> [t.text for t in co_agents(doc[2])]
    ['Nujaba']
    >>> co_agents(_parser()("Iraqi militiamen fought alongside the Syrian army and Hezbollah.")[2])
    []
    >>> [t.text for t in co_agents(_parser()("Ankara lists the PKK as a terrorist group, as does the EU.")[1])]
    ['EU']
    >>> [t.text for t in co_agents(_parser()("The Houthis carried out a joint operation with Nujaba.")[2])]
    ['Nujaba']
    """
    # "as do the United States and the EU": the same act, by others, told by its auxiliary alone
    found = [s for c in verb.children if c.dep_ == "advcl" and c.lemma_ == "do" and any(
        m.dep_ == "mark" and m.lower_ == "as" for m in c.children) for s in c.children if s.dep_ in SUBJECT_DEPS]
    lexicon = load_lexicon()
    # ("carried out a joint operation with the Islamic Resistance in Iraq": a partner in the act its object names,
    # wherever the parser hangs the "with")
    found += [p for o in verb.children if o.dep_ == "dobj" and any(
        a.dep_ == "amod" and a.lower_ in lexicon.joint_words for a in o.children)
        for p in prep_objects(o, {"with"}) + prep_objects(verb, {"with"})]
    words = {t.lower_ for t in verb.doc[verb.left_edge.i:verb.right_edge.i + 1]}
    if not words & (lexicon.co_agent_preps | lexicon.co_agent_words):
        return [t for f in found for t in conjuncts(f)]  # the common case, told without walking the clause
    # the parser hangs the phrase on the nearest noun as often as on the verb ("planned attacks on US personnel
    # alongside X"), so it is looked for in the verb's whole clause, outside its subject
    subjects = {t for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
    for prep in (t for t in own_clause(verb) - subjects if t.dep_ == "prep"):
        if prep.head == verb and f"{lemma_of(verb)}_{prep.lower_}" in lexicon.verb_predicates:
            continue  # "fought alongside the Syrian army": the phrase is what the verb says the subject does
        if _companion_of_object(verb, prep):
            continue  # "killed A, along with B": B is another of the killed
        if prep.lower_ in lexicon.co_agent_preps or (prep.lower_ == "with" and prep.i > 0
                                                     and prep.nbor(-1).lower_ in lexicon.co_agent_words):
            found += [p for p in prep.children if p.dep_ == "pobj"]
        elif prep.lower_ in lexicon.co_agent_words | {"in"}:
            # "along with X" (a preposition of its own), "in coordination with X"
            heads = [prep] if prep.lower_ in lexicon.co_agent_words else [
                p for p in prep.children if p.dep_ == "pobj" and p.lower_ in lexicon.co_agent_words]
            found += [o for head in heads for o in prep_objects(head, {"with"})]
    return [t for f in found for t in conjuncts(f)]


def object_companions(verb: Token) -> list[Token]:
    """Who undergoes a verb's act beside its object: a companion set off after the object ("killing commander A,
    along with B and C"), or after the object of a killing ("killed A along with his driver").

    >>> doc = _parser()("The strike killed Abu Hassan, along with Ali al-Saadi and Haider al-Moussawi.")
    >>> [t.text for t in object_companions(doc[2])]
    ['Saadi', 'Moussawi']
    >>> object_companions(_parser()("Kataib Hezbollah, along with Nujaba, attacked the base.")[6])
    []
    >>> [t.text for t in object_companions(_parser()("The drone killed Abu Ali along with his driver.")[2])]
    ['driver']
    """
    lexicon = load_lexicon()
    found = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and _companion_of_object(verb, c)):
        found += prep_objects(prep, {"with"}) if prep.lower_ in lexicon.co_agent_words else [
            p for p in prep.children if p.dep_ == "pobj"]
    return [t for f in found for t in conjuncts(f)]


def _companion_of_object(verb: Token, prep: Token) -> bool:
    """A companion phrase ("along with", "together with", "alongside") after the verb's object that joins the
    object: set off by a comma ("killed A, along with B"), or after the object of a killing, which is told of its
    dead ("killed A along with two of his guards")."""
    opening = prep.nbor(-1) if prep.lower_ == "with" and prep.i > 0 else prep
    if opening.i == 0:
        return False
    lexicon = load_lexicon()
    set_off = opening.nbor(-1).text == ","
    if not set_off and lexicon.verb_predicates.get(lemma_of(verb)) != "kills":
        return False  # the common case, told before the lexicon's companion words are looked at
    return opening.lower_ in lexicon.co_agent_preps | lexicon.co_agent_words and any(
        o.dep_ == "dobj" and o.i < opening.i for o in verb.children)


def placed_from(place: Token) -> Token | None:
    """What a direction from a place places: the base in "the Harir air base north of Erbil", where the parser may
    make the base a compound of the direction word; None where the place is no such origin.

    >>> doc = _parser()("Rockets hit the Harir air base north of Erbil.")
    >>> placed_from(doc[8]).text, placed_from(doc[5])
    ('base', None)
    """
    if place.dep_ == "pobj" and place.head.lower_ == "of" and (direction := place.head.head).lower_ in (
            load_lexicon().direction_words):
        # the parser may also hang the direction on the verb, though it follows the base at once
        placed = [c for c in direction.children if c.dep_ == "compound"] + [
            t for t in (direction.head, direction.nbor(-1) if direction.i else direction)
            if t != direction and t.pos_ in {"NOUN", "PROPN"}]
        return placed[0] if placed else None
    return None


def names_a_place(token: Token) -> bool:
    """Whether a token is in the name of a state or place: "an official in Iraq" is where, not whose, they are; by
    the type of the actor a name was taken for, where it was ("a fellow at Chatham House", which the NER took for a
    building, is the institution's)."""
    if (mention := mention_containing(token)) is not None:
        return mention.label_ in {"Country", "Place"}
    return token.ent_type_ in {"Country", "Place", "GPE", "LOC", "FAC"}


def name_set_off_after(role: Token) -> Token | None:
    """A name set off by commas right after a role, which the parser hung elsewhere: "Kata'ib Sayyid al-Shuhada
    and its secretary-general, Hashim al-Saraji, were listed"."""
    doc = role.doc
    after = max(t.i for t in role.subtree if not t.is_punct) + 1  # the parser may hang the comma on the role
    if after + 1 >= len(doc) or doc[after].text != "," or role.tag_ not in {"NN", "NNP"}:
        return None
    name = doc[after + 1]
    while name.dep_ in {"compound", "punct"} and name.head.i > name.i:
        name = name.head
    closed = name.i + 1 < len(doc) and doc[name.i + 1].is_punct
    return name if name.pos_ == "PROPN" and closed and name in role.head.head.subtree else None


def _stacked_on(clause: Token) -> Token | None:
    """The person a "who" clause set off after another relative clause is about, as that clause is: in "Haeri, a
    cleric whom many regarded as their reference, who said he was stepping down" the parser hangs "who said" on the
    reference, no person."""
    if not any(c.dep_ in SUBJECT_DEPS and c.lower_ == "who" for c in clause.children) or (
            clause.doc[clause.left_edge.i - 1].text != ","):
        return None
    head = clause.head
    if head.ent_type_ or head.pos_ == "PROPN":
        return None
    outer = next((a for a in head.ancestors if a.dep_ == "relcl"), None)
    return outer.head if outer is not None and outer.head.i < head.i else None


def relative_antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("a barrage ... that wounded", "the umbrella under which X
    operate"), or the token itself.

    >>> doc = _parser()("The umbrella under which the factions operate spoke.")
    >>> relative_antecedent(doc[3]).text
    'umbrella'
    >>> relative_antecedent(_parser()("It includes Badr, Nujaba and Kataib Hezbollah, all of which are in the PMF.")[
    ...     11]).text
    'Badr'
    >>> relative_antecedent(_parser()("The IRI, an umbrella group that Kataib Hezbollah belongs to, spoke.")[6]).text
    'group'
    """
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
        return _clause_antecedent(token.head)
    # ("an umbrella group that Kataib Hezbollah belongs to": "that" is the object of a stranded preposition)
    if token.lower_ in {"which", "whom", "that"} and token.dep_ == "pobj" and token.head.head.dep_ == "relcl":
        return _clause_antecedent(token.head.head)
    if token.lower_ in RELATIVE_PRONOUNS and token.head.dep_ == "ccomp" and token.head.head.dep_ == "relcl":
        return _clause_antecedent(token.head.head)  # "X, which officials say was behind the strike"
    if token.lower_ in {"which", "whom"} and token.dep_ == "pobj" and token.head.lower_ == "of" and (
            (part := token.head.head).dep_ in SUBJECT_DEPS and part.head.dep_ == "relcl"):
        return _clause_antecedent(part.head)  # "X and Y, all of which are members of Z"
    return token


def what_it_is_called(token: Token, lexicon: Lexicon) -> Token | None:
    """ "condemned what he called a heinous crime": the noun a free relative "what" is called by, which names an
    act the text told of; None for any other token.

    >>> doc = _parser()("Iraq condemned what it described as a US assault.")
    >>> what_it_is_called(doc[2], load_lexicon()).text
    'assault'
    """
    if token.lower_ != "what" or lemma_of(token.head) not in lexicon.labelling_verbs:
        return None
    # "what it described as a US assault"
    named = [c for c in token.head.children if c.dep_ in {"oprd", "dobj", "attr"} and c != token]
    return next(iter(named + prep_objects(token.head, {"as"})), None)


def loose_participle_noun(participle: Token) -> Token | None:
    """The noun a participle describes where the parser hangs it on the verb instead, the nearest common noun
    before it: "targets" in "struck five targets belonging to X", "strikes on targets in Iraq and Syria linked to
    the IRGC"; None for a participle with a subject of its own or a conjunction, or not hung on a verb.

    >>> doc = _parser()("Its forces struck five targets belonging to Kataib Hezbollah.")
    >>> loose_participle_noun(doc[5]).text
    'targets'

    Or where it hangs it on the name of the place the noun is in: "facilities in western Iraq and eastern Syria
    used by the IRGC".

    >>> doc = _parser()("Jets struck facilities in western Iraq and eastern Syria used by the IRGC.")
    >>> loose_participle_noun(doc[9]).text
    'facilities'
    >>> doc = _parser()("U.S. warplanes struck a weapons depot in eastern Syria used by Iran's Revolutionary Guard.")
    >>> loose_participle_noun(doc[9]).text
    'depot'
    """
    if participle.dep_ == "acl" and participle.tag_ == "VBN" and participle.head.pos_ == "PROPN":
        place = participle.head
        while place.dep_ == "conj" and place.head.pos_ == "PROPN":
            place = place.head
        if place.dep_ == "conj":
            return place.head if place.head.pos_ == "NOUN" else None  # the parser joined the place to the noun
        holder = place.head.head if place.dep_ == "pobj" and place.head.lower_ in {"in", "at"} else None
        if holder is not None and holder.pos_ == "VERB":
            # ("struck a weapons depot in eastern Syria used by the IRGC": the place's phrase hung on the verb, the
            # thing is the verb's object before it)
            holder = next((o for o in holder.children if o.dep_ == "dobj" and o.i < place.i), None)
        return holder if holder is not None and holder.pos_ == "NOUN" else None
    if participle.dep_ != "advcl" or participle.tag_ not in {"VBN", "VBG", "VBD"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in participle.children):
        return None
    clause = participle.doc[participle.head.left_edge.i:participle.i]  # the verb's, which it hangs on
    return next((t for t in reversed(clause) if t.pos_ == "NOUN"), None)


def loose_participles(noun: Token) -> list[Token]:
    """Participles the parser hangs on the verb that describe a noun: "targets belonging to X"."""
    root = next((a for a in noun.ancestors if a.dep_ == "ROOT"), noun)
    return [p for p in noun.doc[noun.i + 1:root.right_edge.i + 1] if loose_participle_noun(p) == noun]


def direct_objects(verb: Token) -> list[Token]:
    """A verb's direct objects, with those coordinated with them ("warned Kuwait and Jordan")."""
    return [o for c in verb.children if c.dep_ == "dobj" for o in conjuncts(c)]


def passive_agents(verb: Token) -> list[Token]:
    """Who a passive verb says did it: the objects of its "by", or whoever gave the orders it was done on.

    >>> [t.text for t in passive_agents(_parser()("Soleimani was killed on the orders of Donald Trump.")[2])]
    ['Trump']
    >>> [t.text for t in passive_agents(_parser()("Soleimani was assassinated on Trump's orders.")[2])]
    ['Trump']
    """
    agents = {r: None for a in verb.children if a.dep_ == "agent" for r in repeated_prepositions(a)}
    orders = [o for o in prep_objects(verb, {"on"}) if o.lower_ in load_lexicon().order_nouns]
    return [p for agent in agents for p in agent.children if p.dep_ == "pobj"] + [
        g for o in orders for g in [c for c in o.children if c.dep_ == "poss"] + prep_objects(o, {"of"})] + (
        at_whose_hands(verb))


def at_whose_hands(act: Token) -> list[Token]:
    """Whom an act's "at the hands of" names its doer: "was martyred at the hands of the American occupier", "the
    killing of X at the hands of US forces".

    >>> [t.text for t in at_whose_hands(_parser()("He was killed at the hands of the occupier.")[2])]
    ['occupier']

    The parser may hang the phrase right after a noun's on a verb above it:

    >>> doc = _parser()("They marked the anniversary of his martyrdom at the hands of the occupier.")
    >>> [t.text for t in at_whose_hands(doc[6])]
    ['occupier']
    """
    doc, after = act.doc, act.right_edge.i + 1
    preps = [p for p in act.children if p.dep_ == "prep" and p.lower_ == "at"]
    preps += [doc[after]] if act.pos_ == "NOUN" and after < len(doc) and doc[after].lower_ == "at" else []
    return [g for p in dict.fromkeys(preps) for o in p.children if o.dep_ == "pobj" and o.lower_ == "hands"
            for g in prep_objects(o, {"of"})]


def participle_agents(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who a participle giving its noun an agent names, wherever the parser hangs it: "a strike ordered by X", "an
    attack on Tower 22 claimed by X", "the massacres committed by X"."""
    participles = [c for c in noun.children if c.dep_ == "acl"] + loose_participles(noun)
    return [a for p in participles if lemma_of(p) in lexicon.agent_participles for a in passive_agents(p)]


def shared_passive_agents(verb: Token) -> list[Token]:
    """A passive's agents, or those of the participles coordinated after it, which share them: "funded and armed
    by the IRGC", "planned, resourced and facilitated by X".

    >>> [t.text for t in shared_passive_agents(_parser()("It was planned and facilitated by the militia.")[2])]
    ['militia']
    """
    return passive_agents(verb) or [a for c in verb.conjuncts if c.i > verb.i and c.tag_ == "VBN"
                                    for a in passive_agents(c)]


def agents_in_phrase(noun: Token) -> list[Token]:
    """Who a noun phrase says did it: the objects of "by" within the phrase and in no clause of its own, wherever
    the parser hangs the "by".

    >>> doc = _parser()("Iraq condemned the violation of its sovereignty by Turkey and Iran.")
    >>> agents_in_phrase(doc[3])
    [Turkey, Iran]
    >>> agents_in_phrase(_parser()("He condemned the threat posed by Iran.")[3])
    []
    """
    found = []
    for prep in noun.subtree:
        if prep.lower_ != "by" or prep.dep_ not in {"prep", "agent"}:
            continue
        between, head = [], prep.head
        while head != noun and head.i != head.head.i:
            between.append(head)
            head = head.head
        if head == noun and not any(t.pos_ in {"VERB", "AUX"} for t in between):
            found += [a for p in prep.children if p.dep_ == "pobj" for a in conjuncts(p)]
    return found


def doers_of_wrong_named(label: Token, lexicon: Lexicon) -> list[Token]:
    """Who a label calling an act a wrong says did it: its "by" phrase, or an actor named on it, where the label is a
    word of fault or an act "of" one ("an Iranian act of terrorism", "a US violation of sovereignty", "aggression
    by Turkey"; not "an Iraqi tragedy").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Israel called the seizure an Iranian act of terrorism.")
    >>> doers_of_wrong_named(doc[6], load_lexicon())
    [Iranian]
    """
    if lemma_of(label) not in lexicon.fault_words and not any(
            lemma_of(o) in lexicon.fault_words for o in prep_objects(label, {"of"})):
        return []
    return agents_in_phrase(label) + [m for m in label.children if m.dep_ in {"amod", "compound", "poss"} and (
        actor_ids_at(m))]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of a token's prepositions among `preps`: "attacks on US forces" gives forces for {"on"}; and the
    noun a free relative calls its object: "fired rockets at what it called an American base".

    >>> [t.text for t in prep_objects(_parser()("They fired rockets at what it called an American base.")[1], {"at"})]
    ['base']
    """
    wanted = set(preps)
    preps = {r: None for prep in token.children if prep.dep_ == "prep" and prep.lower_ in wanted
             for r in repeated_prepositions(prep)}
    return [o for prep in preps for p in prep.children if p.dep_ in {"pobj", "pcomp"}
            for o in ([p] if p.dep_ == "pobj" else _called_by_free_relative(p))]


def _called_by_free_relative(verb: Token) -> list[Token]:
    """The noun a free relative's verb of calling names: "base" in "what it called an American base"."""
    what = next((c for c in verb.children if c.lower_ == "what" and c.dep_ == "dobj"), None)
    named = what_it_is_called(what, load_lexicon()) if what is not None else None
    return [named] if named is not None else []


def acts_happened_in(noun: Token) -> list[Token]:
    """The nouns an act told by a noun happened in ("the killing of X in a US strike"), also where the parser hangs
    them on the one it was done to.

    >>> [t.text for t in acts_happened_in(_parser()("Nujaba mourned the killing of a commander in a US strike.")[3])]
    ['strike']
    """
    return prep_objects(noun, {"in", "by", "with", "during"}) + [
        inner for target in prep_objects(noun, {"of"}) for inner in prep_objects(target, {"in"})]


def charged_with_harm(cue: Token, lexicon: Lexicon) -> bool:
    """Whether a charge's content is an attack or a killing: "blamed Israel for the attack", "accused the US of
    carrying out the strike" (not "accused Baghdad of corruption").

    >>> doc = _parser()("Kataib Hezbollah blamed Israel for the attack and accused the US of carrying out the strike.")
    >>> charged_with_harm(doc[2], load_lexicon()), charged_with_harm(doc[8], load_lexicon())
    (True, True)
    >>> charged_with_harm(_parser()("The party accused Baghdad of corruption.")[2], load_lexicon())
    False
    >>> charged_with_harm(_parser()('The PMF blamed "the Zionist enemy and its backer" for the strike.')[2],
    ...                   load_lexicon())
    True
    """
    if lemma_of(cue) not in lexicon.charging_verbs:
        return False
    harms = assault_predicates()
    # (the parser may hang the charge on the one charged: 'blamed "the Zionist enemy and its backer" for the strike')
    holders = [cue, *(o for o in cue.children if o.dep_ == "dobj")]
    return any(lexicon.noun_predicates.get(lemma_of(t)) in harms or lexicon.verb_predicates.get(lemma_of(t)) in harms
               for holder in holders for prep in holder.children if prep.dep_ == "prep" and prep.lower_ in {"for", "of"}
               for t in prep.subtree)


def repeated_prepositions(prep: Token) -> list[Token]:
    """A preposition and the same preposition repeated after "and" or "or" further on, which the parser hangs
    higher up when an apposition comes between them ("planned by X, the KH founder, and by Y").

    >>> doc = _parser()("The attack was planned by Muhandis, the KH founder, and by Khazali.")
    >>> [p.i for p in repeated_prepositions(doc[4])]
    [4, 12]
    >>> doc = _parser()("It launched drones at the Ain al-Asad base and at a US base in Syria.")
    >>> [p.i for p in repeated_prepositions(doc[3])]
    [3, 11]
    """
    found = [prep]
    later = [i for i in _per_doc(prep.doc, _REPETITIONS_KEY, _repetitions).get(prep.lower_, ()) if i > prep.i]
    if later:
        ancestors = {prep.head, *prep.head.ancestors}  # of one sentence: a parse is a tree per sentence
        # or on the first as its conjunct: "at Ain al-Asad and at a US base"
        found += [prep.doc[i] for i in later if prep.doc[i].head in ancestors or prep.doc[i].head == prep]
    return found


def counting_noun(noun: Token, lexicon: Lexicon) -> Token:
    """The partitive that counts an event noun and takes its arguments in its place, or the noun itself.

    >>> doc = _parser()("The group claimed dozens of drone launches at Israel.")
    >>> counting_noun(doc[6], load_lexicon()).text
    'dozens'
    >>> counting_noun(doc[2], load_lexicon()).text
    'claimed'
    >>> counting_noun(_parser()("Turkey carried out hundreds of drone strikes.")[6], load_lexicon()).text
    'hundreds'
    """
    counter = noun.head.head
    # ("hundreds of drone strikes": the parser's lemma of a plural count is its singular)
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and {lemma_of(counter), counter.lower_} & lexicon.partitives:
        return counter
    return noun


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


_LOWERED_LEMMAS: dict[int, str] = {}  # a lemma's hash -> its lowercase text: the patterns ask for it 700k times


def linked_actors(doc: Doc) -> dict[str, Any]:
    """The actors the actor stage linked in a doc, by id (none where it has not run, as in a bare parse)."""
    return (doc._.actors if Doc.has_extension("actors") else None) or {}


def names_an_armed_force(token: Token) -> bool:
    """Whether a token is in a name, or a reference, of an armed force the actor stage linked ("the Turkish army's")."""
    actors = linked_actors(token.doc)
    return any(actors[a].type == "ArmedForce" for a in actor_ids_at(token) if a in actors)


def picks_a_part(token: Token, lexicon: Lexicon) -> bool:
    """ "one of", "some of", "the oldest of", "the most powerful of": a word that picks a part out of a whole.

    >>> doc = _parser()("Badr, the oldest of the factions, is among the most powerful of them.")
    >>> [t.text for t in doc if picks_a_part(t, load_lexicon())]
    ['oldest', 'powerful']
    """
    if token.lower_ in lexicon.partitive_pronouns and token.dep_ != "advmod":
        return True
    superlative = token.tag_ == "JJS" or token.pos_ == "ADJ" and any(
        c.dep_ == "advmod" and c.lower_ == "most" for c in token.children)
    return superlative and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and bool(
        prep_objects(token, {"of"}))


def lemma_of(token: Token) -> str:
    if (lowered := _LOWERED_LEMMAS.get(token.lemma)) is None:
        lowered = _LOWERED_LEMMAS[token.lemma] = token.lemma_.lower()
    return lowered


def compound_lemma(noun: Token) -> str | None:
    """A noun's lemma joined to the compound noun right before it, as the lexicon writes two-word entries
    ("phone_call", "prime_minister"); None without one."""
    before = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
    return f"{lemma_of(before[0])}_{lemma_of(noun)}" if before else None


def set_against(clause: Token) -> bool:
    """Whether a clause sets another subject's word against its sentence's ("Iran denies arming the Houthis, though
    US officials say Tehran supplies them": the officials' clause).

    >>> doc = _parser()("Iran supplies the Houthis, though Tehran denies arming them.")
    >>> set_against(doc[7]), set_against(doc[1])
    (True, False)
    """
    return clause.dep_ == "advcl" and any(c.dep_ in SUBJECT_DEPS for c in clause.children) and any(
        c.dep_ == "mark" and c.lower_ in load_lexicon().contrast_marks for c in clause.children)


def phrasal_lemma(verb: Token) -> str:
    """ "call on" as one lemma: a verb and its particle or first preposition, unless it is one of time.

    >>> phrasal_lemma(_parser()("The PKK, which Turkey has fought for four decades, denied it.")[6])
    'fight'

    Adverbs between the verb and its particle leave the verb phrasal, as does a phrase of when:

    >>> phrasal_lemma(_parser()("He promised to stand even more firmly against the project.")[3])
    'stand_against'
    >>> phrasal_lemma(_parser()("Sadr called last week on his followers to leave.")[1])
    'call_on'

    So does a particle set after the object:

    >>> phrasal_lemma(_parser()("Iraqi forces drove ISIS out of Mosul.")[2])
    'drive_out'
    """
    if not verb.n_rights:
        return lemma_of(verb)  # (no particle or object after it: the cheap test first, as this runs for most tokens)
    after = verb.i + 1
    for adverb in (c for c in verb.children if c.dep_ in {"advmod", "npadvmod"} and c.i > verb.i):
        if adverb.left_edge.i == after:
            after = adverb.right_edge.i + 1
    # (and the state it leaves its object in: "shot dead")
    particle = next((c for c in verb.children if c.dep_ in {"prt", "prep", "oprd"} and c.i == after
                     and not of_time(c)), None)
    # ("drove ISIS out of Mosul", "hunt them down": a particle set after the object)
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    particle = particle or next((c for c in verb.children if objects and c.i == objects[0].right_edge.i + 1 and (
        c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ == "out")), None)
    return f"{lemma_of(verb)}_{particle.lower_}" if particle else lemma_of(verb)


def of_time(prep: Token) -> bool:
    """ "on Tuesday", "for two hours": a preposition of time, no particle of the verb ("called X on Tuesday")."""
    return prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.ent_type_ in {"DATE", "TIME"} for o in prep.children)


def names_a_person(token: Token) -> bool:
    """Whether a token is in a person's name, by kg's types or, where kg's actors have not relabelled the name, by
    the NER's own label."""
    return token.ent_type_ in PEOPLE_TYPES | {"PERSON"}


def a_person_s(possessor: Token) -> bool:
    """Whether a possessive is a person's: a personal pronoun ("his armed wing") or a person's name ("Sadr's").

    >>> doc = _parser()("Sadr ordered his armed wing to withdraw.")
    >>> a_person_s(doc[2])
    True
    """
    return possessor.lower_ in {"his", "her"} or names_a_person(possessor)


def verb_predicate(verb: Token, lexicon: Lexicon) -> str | None:
    """The predicate a verb cues, read with its particle first: "hunt down" attacks, "hunt" alone does not.

    >>> from kg.lexicon import load_lexicon
    >>> verb_predicate(_parser()("CENTCOM vowed to hunt down ISIS.")[3], load_lexicon())
    'attacks'

    So does a particle the tagger takes for an adverb, where the verb alone cues nothing:

    >>> verb_predicate(_parser()("The group brushed aside the decision.")[2], load_lexicon())
    'opposes'
    """
    predicate = lexicon.verb_predicates.get(phrasal_lemma(verb)) or lexicon.verb_predicates.get(lemma_of(verb))
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if predicate is None and after is not None and after.dep_ == "advmod" and after.head == verb:
        return lexicon.verb_predicates.get(f"{lemma_of(verb)}_{after.lower_}")
    return predicate


def issuing_verb(message: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject issued a message: "issued" in "X issued a statement", "said" in "In a statement, X
    said"; not one that takes a stand on another's message ("X and Y welcomed the announcement").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The Iraqi government and the KRG welcomed the announcement.")
    >>> issuing_verb(doc[8], load_lexicon()) is None
    True
    >>> doc = make_pipeline()("Parliament voted in favour of a resolution calling on the government to act.")
    >>> issuing_verb(doc[6], load_lexicon())
    voted
    """
    if message.dep_ == "dobj":
        return None if lexicon.verb_predicates.get(lemma_of(message.head)) else message.head
    if message.dep_ == "pobj" and message.head.lower_ == "in" and message.head.head.pos_ == "VERB":
        return message.head.head
    # ("voted for a resolution calling on", "voted in favour of a bill requiring": whose vote carries it)
    preposition = message.head
    if message.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lower_ in {"favor", "favour"}:
        preposition = preposition.head.head
    if message.dep_ == "pobj" and preposition.lower_ in {"for", "in"} and lemma_of(preposition.head) in (
            lexicon.voting_verbs):
        return preposition.head
    return None


def takes_part(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells taking part: "involved", "participating", and "taking part" (lexicon
    `participation_verbs`, the last as the verb joined to its object).

    >>> doc = _parser()("Houthi forces attacked ships taking part in the coalition.")
    >>> takes_part(doc[4], load_lexicon()), takes_part(doc[2], load_lexicon())
    (True, False)
    """
    lemma = lemma_of(verb)
    return lemma in lexicon.participation_verbs or any(
        f"{lemma}_{o.lower_}" in lexicon.participation_verbs for o in verb.children if o.dep_ == "dobj")


def particle_stems(verb: Token) -> list[str]:
    """A verb's lemma, and the lemma joined to each particle it takes, the tagger's adverb right after it included
    ("pushed back", "brings together").

    >>> particle_stems(_parser()("The commission brings together the factions.")[2])
    ['bring', 'bring_together']
    """
    return [lemma_of(verb)] + [f"{lemma_of(verb)}_{c.lower_}" for c in verb.children
                               if c.dep_ == "prt" or c.dep_ == "advmod" and c.i == verb.i + 1]


def parties_of(token: Token, preps: set[str]) -> list[Token]:
    """The parties a preposition of talks names, and the same preposition repeated ("talks with the faction leaders
    and with Washington"); "between" joins two, and a third conjunct is the parser running on past the phrase."""
    found = []
    for prep in dict.fromkeys(r for c in token.children if c.dep_ == "prep" and c.lower_ in preps
                              for r in repeated_prepositions(c)):
        for party in (p for p in prep.children if p.dep_ == "pobj"):
            found += conjuncts(party)[:2] if prep.lower_ == "between" else conjuncts(party)
    return found


def modified_noun(token: Token) -> Token | None:
    """The noun a modifier ultimately attaches to; not past an adjective of the next noun, which no compound
    stands before: there the parser has run two phrases into one ("where troops of the U.S.-led coalition train
    Iraqi forces", "train" taken for a noun).

    >>> modified_noun(_parser()("The US-led coalition forces left.")[2])
    forces
    >>> modified_noun(_parser()("Troops of the U.S.-led coalition train Iraqi forces.")[5])
    coalition
    """
    current = token
    for _ in range(4):
        if current.dep_ in {"amod", "compound", "npadvmod", "nmod", "punct", "advmod"} and current.head != current:
            if current.dep_ == "compound" and current.pos_ == "NOUN" and any(
                    c.dep_ == "amod" and current.i < c.i < current.head.i for c in current.head.children):
                return current
            current = current.head
            if current.pos_ in {"NOUN", "PROPN"} and current.dep_ not in {"compound", "amod"}:
                return current
        else:
            break
    return current if current != token and current.pos_ in {"NOUN", "PROPN"} else None


def clause_verbs(sent: Span) -> Iterator[Token]:
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and (token.dep_ in {"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl"}):
            yield token


def own_clause(verb: Token) -> set[Token]:
    """The tokens of a verb's own clause: its subtree without the clauses embedded in it."""
    tokens = set(verb.subtree)
    for child in verb.children:
        if child.dep_ in CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
            tokens -= set(child.subtree)
    for token in list(tokens):
        if token.dep_ in {"relcl", "acl", "advcl"} and token != verb:
            tokens -= set(token.subtree)
    return tokens


def said_of(speaker: str, predicate: str, arguments: Iterable[Token], cue: Token, pattern: str) -> Iterator[Frame]:
    """Frames from a speaker to each argument and the tokens coordinated with it."""
    for argument in arguments:
        for actor_token in conjuncts(argument):
            yield frame(speaker, predicate, actor_token, cue, pattern)


def speaker_for(cue: Token, lexicon: Lexicon) -> Token | str | None:
    """Who says what a cue is part of: the subject of the verb of speech whose reported clause holds the cue,
    wherever that verb stands ("It was then that X told him ...", "the group, which has hinted that ..."), or else
    the sentence's speaker (a quotation that runs on from the sentence before).

    >>> doc = _parser()("It was then that Khamenei told him Iran would strike back.")
    >>> speaker_for(doc[9], load_lexicon()).text
    'Khamenei'
    """
    if (claim := _claim_holding(cue, lexicon)) is not None:
        # ("Kanaani rejected American claims that Iran was behind the attacks": the claim's owner says it, not who
        # rejects it; a claim no one is named for is no one's word)
        owners = [c for c in claim.children if c.dep_ in MODIFIER_DEPS] + prep_objects(claim, {"by", "from"})
        return next((o for o in owners if actor_ids_at(o)), None)
    if (verb := reporting_verb(cue, lexicon.speech_verbs)) is not None and (
            reporters := subjects_of(reporter_of_participle(verb, lexicon))):
        return reporters[0]
    return cue.sent._.speaker


def _claim_holding(cue: Token, lexicon: Lexicon) -> Token | None:
    """The noun of a claim (lexicon `claim_nouns`) whose content clause holds a cue: "claims that Iran was behind".

    >>> doc = _parser()("He rejected American claims that Iran was behind the attacks.")
    >>> _claim_holding(doc[7], load_lexicon())
    claims
    """
    clause = cue
    for above in cue.ancestors:
        # (a noun where it stands, whatever the tagger says: "rejected U.S. claims that" tags "claims" a verb)
        noun = above.pos_ == "NOUN" or above.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}
        if noun and lemma_of(above) in lexicon.claim_nouns and clause.dep_ in {"acl", "ccomp"}:
            return above
        clause = above
    return None


def reporter_of_participle(participle: Token, lexicon: Lexicon) -> Token:
    """The verb whose subject says what a participle of saying says, where the parser hangs the participle on a
    reported clause: in "the official confirmed that US forces had carried out the strike, saying X was involved",
    the official says it, and in "Mohi denied the group was behind the attack, telling Al Mayadeen that ..." Mohi
    tells it; any other verb is its own ("said the militia shelled the base, killing two soldiers"), as is a
    message's ("said Israel had sent a letter to the Security Council threatening to strike Iraq").

    >>> doc = _parser()("The official said US forces carried out the strike, saying it was needed.")
    >>> reporter_of_participle(doc[10], load_lexicon()).text
    'said'
    >>> doc = _parser()("He said Israel had sent a letter to the Security Council threatening to strike Iraq.")
    >>> reporter_of_participle(doc[11], load_lexicon()).text
    'threatening'
    >>> doc = _parser()("Mohi denied the group was behind the attack, telling Al Mayadeen that it was fabricated.")
    >>> [t.text for t in subjects_of(doc[9])]
    ['Mohi']
    >>> doc = _parser()("He said the militia shelled the base, killing two soldiers.")
    >>> reporter_of_participle(doc[8], load_lexicon()).text
    'killing'
    """
    reported = participle.head
    if participle.dep_ == "advcl" and participle.tag_ == "VBG" and lemma_of(participle) in lexicon.speech_verbs and (
            reported.dep_ == "ccomp" and reported.i < participle.i and reported.head.pos_ == "VERB"
            and any(c.dep_ == "nsubj" for c in reported.head.children)) and not any(
            c.dep_ == "dobj" and lemma_of(c) in lexicon.message_nouns for c in reported.children):
        return reported.head
    return participle


def foreseen(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act to come is told as what may well happen, not announced: hedged ("would probably keep attacking
    them", "are likely to strike"), or what another is praised or judged able to do ("the Iraqi army's ability to
    fight the group"; but "said it has the ability to strike US bases" announces it); lexicon `likelihood_words`,
    `ability_nouns`.

    >>> doc = _parser()("He said the militias would probably keep attacking US forces.")
    >>> foreseen(doc[7], load_lexicon()), foreseen(_parser()("He said they would keep attacking.")[6], load_lexicon())
    (True, False)
    >>> foreseen(_parser()("He praised the army's ability to fight the group.")[7], load_lexicon())
    True
    """
    chain = [act]
    while chain[-1].dep_ in {"xcomp", "conj"} and len(chain) < 4:
        chain.append(chain[-1].head)
    able = act.dep_ == "acl" and lemma_of(act.head) in lexicon.ability_nouns and not (
        lemma_of(act.head.head) in lexicon.having_verbs and act.head.dep_ == "dobj")
    return able or any(
        c.dep_ == "advmod" and c.lower_ in lexicon.likelihood_words for t in chain for c in t.children) or any(
        t.dep_ == "xcomp" and t.head.lower_ in lexicon.likelihood_words for t in chain)


def in_future(cue: Token, lexicon: Lexicon) -> bool:
    """The act is spoken of as to come: under a modal, in a condition, or governed by "continue", "vow", "face".

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("Attacks on the base will continue.")
    >>> in_future(doc[0], load_lexicon()), in_future(_parser()("Attacks on the base stopped.")[0], load_lexicon())
    (True, False)
    >>> in_future(_parser()("He was responsible for planning attacks on the base.")[5], load_lexicon())
    False
    >>> in_future(_parser()("The strikes on the base continued.")[1], load_lexicon())
    False
    >>> in_future(_parser()("The group vowed revenge for the US strikes.")[7], load_lexicon())
    False
    >>> in_future(_parser()("They would expand attacks, a day after the US struck Yemen.")[10], load_lexicon())
    False
    >>> in_future(_parser()("It came a day after the group threatened to target US bases.")[8], load_lexicon())
    True

    A verb coordinated with a word of the future is no act it puts to come ("had threatened and attacked US forces"):

    >>> in_future(_parser()("The groups had threatened and attacked US forces.")[5], load_lexicon())
    False
    """
    if _warned_of(cue, lexicon):
        return True
    below = cue
    for level, current in _governors(cue):
        coordinated, below = below.dep_ == "conj" and below.head == current, current
        foretelling = level and current.lemma_.lower() in lexicon.future_words
        if _answered_by(current, lexicon) or current.tag_ == "VBD" and not foretelling and any(
                c.dep_ == "mark" and c.lower_ in lexicon.aftermath_preps for c in current.children):
            # "vowed revenge for the US strikes", "would expand attacks, a day after the US struck": what a vow
            # answers, or what came before it, was done (but not what a threat made before it foretold: "came
            # hours after Kataib Hezbollah threatened to target American interests")
            return False
        if level == 1 and _told_of_regardless(cue, current, lexicon):
            return False  # "the killing of X would not go unpunished": the killing was done
        if any(c.dep_ == "aux" and c.lower_ in lexicon.future_words for c in current.children):
            return True
        # "continue", "vow", "plan" put an act to come; a plan that is past is not ("KSS had planned attacks"), nor
        # one a charge names ("a commander responsible for planning attacks"), nor what continued ("the strikes
        # continued": they happened)
        if level and not coordinated and current.lemma_.lower() in lexicon.future_words and not (
                current.lemma_.lower() in lexicon.planning_verbs and _past_plan(current)) and not (
                current.lemma_.lower() in lexicon.continuation_verbs and current.tag_ in {"VBD", "VBN"}):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in current.children):
            return True
    return False


def _warned_of(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is what one warns of, which is to come: "warned of further strikes".

    >>> from kg.lexicon import load_lexicon
    >>> _warned_of(_parser()("The Guards warned of further strikes on Israel.")[5], load_lexicon())
    True
    """
    return act.dep_ == "pobj" and act.head.lower_ == "of" and lemma_of(act.head.head) in lexicon.warning_verbs


def _answered_by(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is what a promised answer answers: "revenge for the strikes", "to retaliate for the
    killing", "to avenge the killing", "would pay for the killing", or what the promise came after ("vows revenge
    after the strike")."""
    if act.dep_ == "pobj" and act.head.lower_ in lexicon.aftermath_preps:
        return True  # "vows revenge after an Israeli strike": what came before the vow was done
    if act.dep_ == "pobj" and act.head.lower_ in lexicon.answering_preps:
        answer = act.head.head
        # (but "parliament met over Israeli threats to strike": a meeting with no answer met is a session)
        convened = lemma_of(answer) in lexicon.reciprocal_verbs and not any(c.dep_ == "dobj" for c in answer.children)
        return lemma_of(answer) in lexicon.threat_outcomes | lexicon.response_verbs | lexicon.threat_verbs and (
            not convened)
    return act.dep_ == "dobj" and lemma_of(act.head) in lexicon.avenging_verbs


def _past_plan(verb: Token) -> bool:
    """A plan told as past ("KSS had planned attacks", "the militants had been planning attacks"), or one a charge
    names ("responsible for planning attacks").

    >>> _past_plan(_parser()("The militants had been planning attacks.")[4])
    True
    >>> _past_plan(_parser()("He was directly responsible for planning and carrying out attacks.")[5])
    True
    """
    return verb.tag_ in {"VBD", "VBN"} or verb.tag_ == "VBG" and (verb.dep_ in {"pcomp", "pobj", "conj"} or any(
        c.dep_ == "aux" and c.lower_ in {"had", "was", "were"} for c in verb.children))


def obliged(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells what one "must" or "should" do: asked of its subject, not done.

    >>> from kg.lexicon import load_lexicon
    >>> obliged(_parser()("The administration should hit Iran.")[3], load_lexicon())
    True
    """
    return any(c.dep_ == "aux" and c.lower_ in lexicon.obligation_modals for c in verb.children) or bool(
        duty_holders(verb, lexicon))


def in_condition(cue: Token, lexicon: Lexicon) -> bool:
    """The act is supposed in a condition of its own clause: "if Washington attacked Iran", "if attacks continue",
    or left open in a choice ("whether to continue attacks").

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("Kataib Hezbollah will strike US bases if Washington attacks Iran.")
    >>> in_condition(doc[8], load_lexicon()), in_condition(doc[3], load_lexicon())
    (True, False)
    >>> in_condition(_parser()("Should Washington strike Iran, the group will respond.")[2], load_lexicon())
    True
    """
    marks = lexicon.condition_marks | lexicon.open_choice_marks
    return any(c.dep_ == "mark" and c.lower_ in marks or c.dep_ == "aux" and (
        c.lower_ in lexicon.inverted_condition_auxiliaries and any(
            s.dep_ in SUBJECT_DEPS and s.i > c.i for s in current.children))
               for _, current in _governors(cue, levels=6) for c in current.children)


def supposed(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act a noun names is only supposed: "any American aggression", "a possible US strike".

    >>> supposed(_parser()("Iraq fears a possible Israeli strike.")[5], load_lexicon())
    True
    """
    return act.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in lexicon.supposing_determiners
        or c.dep_ == "amod" and c.lower_ in lexicon.supposing_modifiers for c in act.children)


def opens_a_question(clause: Token) -> bool:
    """Whether a clause opens with a wh-word, or with "whether" or "if" its own: "explain how a US drone could
    strike a base" (not "if Americans stay, they will be dealt with", where the "if" opens a condition inside).

    >>> doc = _parser()("They asked how a drone could strike the base.")
    >>> opens_a_question(doc[6])
    True
    """
    first = next((t for t in clause.subtree if not t.is_punct), clause)
    return first.i < clause.i and (first.tag_ in {"WRB", "WP", "WDT", "WP$"} or first.dep_ == "mark" and (
        first.lower_ in {"whether", "if"} and first.head == clause))


def is_question(clause: Token) -> bool:
    """A clause opened by "whether", "if" or a wh-word: "asked whether Iraq would act", "asked how much he has".

    >>> doc = _parser()("They asked how much authority he has, and demanded that he resign.")
    >>> is_question(doc[6]), is_question(doc[12])
    (True, False)
    """
    return any(t.tag_ in {"WRB", "WP", "WDT", "WP$"} or t.dep_ == "mark" and t.lower_ in {"whether", "if"}
               for t in clause.subtree if t.i < clause.i)


def governing_verb(cue: Token, verbs: frozenset[str]) -> bool:
    """The act is the complement of one of `verbs`: "asked to meet", "tried to kill", also through a verb of
    helping ("asked Interpol to help arrest Trump").

    >>> governing_verb(_parser()("Kadhimi asked to meet them.")[3], frozenset({"ask"}))
    True
    >>> governing_verb(_parser()("Iran asked Interpol to help arrest Trump.")[5], frozenset({"ask"}))
    True
    >>> governing_verb(_parser()("They urged Biden to launch strikes on Iran.")[5], frozenset({"urge"}))
    True
    >>> governing_verb(_parser()("Fidan called on Iraq to designate the PKK.")[5], frozenset({"call"}))
    True
    """
    if cue.dep_ == "dobj" and lemma_of(cue.head) in load_lexicon().light_verbs:
        cue = cue.head  # "to launch strikes": the act a noun names is asked for as its verb is
    while cue.dep_ == "xcomp" and cue.head.dep_ == "xcomp" and cue.head.lower_ in load_lexicon().helping_verb_forms:
        cue = cue.head
    # (or an infinitive the parser hung on it as an adverbial clause: "called on Iraq to designate the PKK")
    infinitive = cue.dep_ == "advcl" and is_to_infinitive(cue)
    return (cue.dep_ == "xcomp" or infinitive) and lemma_of(cue.head) in verbs


def datives(verb: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    """Whom a verb gives something to: "issued a warning to the US" (the parser's dative "to", one of `preps`),
    "gave the government a deadline" (a bare dative).

    >>> [t.text for t in datives(_parser()("Iran gave the government a deadline.")[1], {"to"})]
    ['government']
    """
    found: list[Token] = []
    for dative in (c for c in verb.children if c.dep_ == "dative"):
        if dative.pos_ != "ADP":
            found.append(dative)
        elif dative.lower_ in preps:
            found += [c for c in dative.children if c.dep_ == "pobj"]
    return found


def asked_by_noun(cue: Token) -> bool:
    """The act is the infinitive a noun of demand asks: "calls by the factions to expel US troops", "a request from
    Washington to arrest the commanders" (asked, not done).

    >>> asked_by_noun(_parser()("Kadhimi rejected calls by the factions to expel US troops.")[7])
    True
    >>> asked_by_noun(_parser()("The group reserved the right to resume attacks.")[6])
    False
    """
    return cue.dep_ == "acl" and is_to_infinitive(cue) and (
        load_lexicon().noun_predicates.get(lemma_of(cue.head)) == "demands")


def raised_for(cue: Token, verbs: frozenset[str]) -> bool:
    """The act is the infinitive of purpose of one of `verbs`, however the parser hangs it: "emerged in 2007 to
    fight US troops", "was formed to fight ISIS".

    >>> raised_for(_parser()("The group emerged in 2007 to fight US troops.")[6], frozenset({"emerge"}))
    True
    """
    return cue.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" and c.dep_ == "aux" for c in cue.children) and (
        phrasal_lemma(cue.head) in verbs or lemma_of(cue.head) in verbs)


def is_blocked(cue: Token, lexicon: Lexicon) -> bool:
    """The act is negated, suspended, denied or failed.

    A modifier's reading is not blocked by what its noun does: in "the Iran-backed
    militia suspended attacks" the backing stands, the attacks do not.

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("The militia suspended attacks on US forces.")
    >>> is_blocked(doc[3], load_lexicon()), is_blocked(_parser()("The militia attacked US forces.")[2], load_lexicon())
    (True, False)
    >>> is_blocked(_parser()("ISIS no longer threatened Iraq.")[3], load_lexicon())
    True
    >>> is_blocked(_parser()("Turkey denied responsibility and blamed the PKK.")[5], load_lexicon())
    False
    >>> [is_blocked(_parser()(text)[5], load_lexicon()) for text in (
    ...     "Washington warned the factions against attacking US forces.",
    ...     "Sudani kept the factions from attacking US forces.",
    ...     "Asked whether his group resumed attacks, he smiled.")]
    [True, True, True]
    >>> is_blocked(_parser()("The group would not hesitate to strike US bases.")[6], load_lexicon())
    False
    >>> [is_blocked(_parser()(f"The group would not stand {word} if the Americans attacked.")[4], load_lexicon())
    ...  for word in ("idle", "by")]
    [False, False]
    >>> is_blocked(_parser()("Does the group take orders from Iran?")[3], load_lexicon())
    True
    """
    if _asked_directly(cue, lexicon):
        return True
    below = cue
    for level, current in _governors(cue):
        if (withheld := _inaction_told(current, lexicon)) is not None:
            return withheld
        if negated(current) and not _own_tense(below, current) and not _told_of_regardless(below, current, lexicon):
            return True
        # denying a charge does not unsay it: "Iran denies US charges" still tells of the charges; and a verb
        # coordinated with a denial, or set off after it, is no part of what is denied ("denied responsibility and
        # blamed the PKK", "denied that it arms them, accusing Washington of lies")
        if level and current.lemma_.lower() in lexicon.blocking_words and below.dep_ != "conj" and not (
                _set_off_after(below)) and not (
                level == 1 and lexicon.noun_predicates.get(lemma_of(cue)) == "accuses") and not _denies_its_object(
                current, below):
            return True
        if _held_back(current, level, lexicon) or any(c.dep_ in {"amod", "det"} and c.lower_ in lexicon.blocking_words
                                                      for c in current.children):
            return True
        below = current
        if current.dep_ in NOUN_MODIFIER_DEPS or _finite_adverbial(current):
            break
    return False


def in_charge_content(cue: Token, lexicon: Lexicon) -> bool:
    """Whether a cue is in the content clause of a charge (lexicon `charge_words`): what one is accused of is the
    charge, no act the text tells (a reading of blame from it stands).

    >>> doc = _parser()("Masjedi dismissed Washington's accusations that Tehran directs the attacks.")
    >>> in_charge_content(doc[9], load_lexicon()), in_charge_content(doc[4], load_lexicon())
    (True, False)
    >>> in_charge_content(_parser()("Blinken alleged that KSS attacked US forces.")[4], load_lexicon())
    True
    >>> in_charge_content(_parser()("He rejected claims that Tehran directed the attacks.")[7], load_lexicon())
    True
    """
    below = cue
    for level, current in _governors(cue):
        # ("rejected claims that Tehran directed the attacks": a claim denied is a charge answered)
        denied_claim = lemma_of(current) in lexicon.claim_nouns and current.dep_ == "dobj" and (
            lemma_of(current.head) in lexicon.denial_verbs)
        charge = lemma_of(current) in lexicon.charge_words or denied_claim
        if level and charge and below.dep_ in {"ccomp", "acl"} and below.i > current.i:
            return True
        below = current
    return False


def _finite_adverbial(clause: Token) -> bool:
    """A subordinate clause with a conjunction and a subject of its own ("as long as American troops remained in
    Iraq"), which tells of its own state of things: the main clause's "not" does not reach into it.

    >>> doc = _parser()("The resistance would not disarm as long as American troops remained in Iraq.")
    >>> _finite_adverbial(doc[10]), is_blocked(doc[10], load_lexicon())
    (True, False)
    """
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" for c in clause.children) and any(
        c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in clause.children)


def _own_tense(verb: Token, negated_verb: Token) -> bool:
    """Whether a verb is a finite one coordinated after a negated one, with a tense, and so a polarity, of its own.

    >>> doc = _parser()("Iraq no longer needed foreign forces and rejected their stay.")
    >>> _own_tense(doc[7], doc[3]), is_blocked(doc[7], load_lexicon())
    (True, False)
    """
    return verb.dep_ == "conj" and verb.head == negated_verb and verb.tag_ in {"VBD", "VBZ", "VBP"}


def content_clauses(noun: Token) -> list[Token]:
    """The clauses that say what a noun of speech says: "warnings that the bill would entrench the factions".

    >>> doc = _parser()("The law passed despite warnings that the bill would entrench the factions.")
    >>> content_clauses(doc[4])
    [entrench]
    """
    return [c for c in noun.children if c.dep_ in {"acl", "relcl", "ccomp"} and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def is_definite(noun: Token) -> bool:
    """ "the strike", "this attack", "both attacks": a noun naming what was named before."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those", "both"} for c in noun.children)


def lasted(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act's noun says how long it has gone on ("its decades-long insurgency", "a four-decade armed
    campaign", "its 40-year war"), which tells of it whatever is said of its end (lexicon `duration_units`).

    >>> doc = _parser()("The PKK pledged to end its decades-long insurgency and a 40-year war.")
    >>> lasted(doc[9], load_lexicon()), lasted(doc[15], load_lexicon()), lasted(doc[2], load_lexicon())
    (True, True, False)
    """
    units = lexicon.duration_units
    return act.pos_ == "NOUN" and any(
        c.dep_ in {"nmod", "compound"} and lemma_of(c) in units and any(g.dep_ == "nummod" for g in c.children)
        or c.dep_ == "amod" and c.lower_ == "long" and any(lemma_of(g) in units for g in c.children)
        for c in act.children)


def _told_of_regardless(event: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether an act a definite noun names, the subject of a denied or modal verb, is told of all the same: "the
    killing of X would not go unpunished" tells of the killing, "the attack did not take place" and "the strike was
    not carried out" of none, and "an attack would be a disaster" of none to come.

    >>> doc = _parser()("The killing would not go unpunished, and the attack did not take place.")
    >>> _told_of_regardless(doc[1], doc[4], load_lexicon()), _told_of_regardless(doc[9], doc[12], load_lexicon())
    (True, False)

    An act its doer owns is as definite ("Ankara's violations of Iraqi airspace would not be tolerated"):

    >>> doc = _parser()("Ankara's violations of Iraqi airspace would not be tolerated.")
    >>> _told_of_regardless(doc[2], doc[9], load_lexicon())
    True

    A stance not hidden is shown ("did not hide his hostility to the United States"; lexicon `concealing_verbs`):

    >>> doc = _parser()("He did not hide his hostility to the United States.")
    >>> _told_of_regardless(doc[5], doc[3], load_lexicon())
    True
    """
    if event.dep_ == "dobj" and event.head == verb and lemma_of(verb) in lexicon.concealing_verbs:
        return True
    owned = any(c.dep_ == "poss" for c in event.children)
    return event.pos_ == "NOUN" and event.dep_ in {"nsubj", "nsubjpass"} and event.head == verb and (
        is_definite(event) or owned) and not {
        lemma_of(verb), phrasal_lemma(verb)} & (lexicon.light_verbs | lexicon.occurring_verbs)


def _inaction_told(current: Token, lexicon: Lexicon) -> bool | None:
    """Whether an act under a hesitation or an inaction is withheld: denied ("would not hesitate to strike", "would
    not stand idle", "would not stand by") it is affirmed, told it is withheld; None where there is neither (standing
    by, "stood by its ally", is no inaction of itself)."""
    if phrasal_lemma(current) in lexicon.inaction_words and negated(current):
        return False
    if lemma_of(current) in lexicon.hesitation_verbs or any(
            lemma_of(c) in lexicon.inaction_words for c in current.children if c.dep_ in {"acomp", "advmod"}):
        return not negated(current)
    return None


def _asked_directly(cue: Token, lexicon: Lexicon) -> bool:
    """An act a question asks about, which it asserts nothing of: "will Iraq be drawn into a war between Iran and
    Israel?"."""
    acts = cue.pos_ in {"VERB", "AUX"} or lexicon.noun_predicates.get(lemma_of(cue)) in _ACTS
    return acts and _direct_question(cue.sent)


def _held_back(governor: Token, level: int, lexicon: Lexicon) -> bool:
    """Whether an act's governor holds it back: "warned the factions against attacking" (warned against), "kept the
    factions from attacking" (held back), "asked whether his group would resume attacks" (only asked about)."""
    preposition = governor.lower_ if governor.dep_ == "prep" else None
    return (preposition == "against" and lemma_of(governor.head) in lexicon.warning_verbs
            or preposition == "from" and lemma_of(governor.head) in lexicon.hindering_verbs
            or bool(level) and governor.dep_ == "ccomp" and _asks(governor, lexicon))


def _asks(clause: Token, lexicon: Lexicon) -> bool:
    """A complement clause that is a question: opened by "whether", or by a wh-word of its own under a verb of
    asking ("exposing what he called an American conspiracy" asks nothing)."""
    asked = lemma_of(clause.head) in lexicon.asking_verbs
    return any(c.dep_ == "mark" and c.lower_ == "whether" or asked and c.tag_ in {"WRB", "WP", "WDT"} and (
        c.i < clause.i) for c in clause.children)


def _set_off_after(participle: Token) -> bool:
    """Whether a participle is set off by a comma after the clause it hangs on: "denied it, accusing X".

    >>> from kg.lexicon import load_lexicon
    >>> is_blocked(_parser()("Iran denied any role, accusing Washington of lies.")[5], load_lexicon())
    False
    """
    return participle.dep_ == "advcl" and participle.tag_ == "VBG" and participle.i > participle.head.i and (
        participle.doc[participle.i - 1].text == ",")


def negated(word: Token) -> bool:
    """Whether a word is denied: "did not", "never", "no longer"."""
    return any(c.dep_ == "neg" or c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children)
               for c in word.children)


def _direct_question(sent: Span) -> bool:
    """Whether a sentence asks a question: its last word, quotation marks aside, is a question mark (an embedded
    question, "asked whether ...", is `is_question`'s)."""
    last = next((t for t in reversed(sent) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text == "?"


def _denies_its_object(denial: Token, clause: Token) -> bool:
    """A denial with an object of its own, after the clause the parser hung under it, denies that object: in "US
    officials accuse Iran of arming them, a charge Tehran denies" the accusation stands.

    >>> doc = _parser()("US officials accuse Iran of arming them, a charge Tehran denies.")
    >>> _denies_its_object(doc[11], doc[2])
    True
    >>> doc = _parser()("Iran denies it armed them.")
    >>> _denies_its_object(doc[1], doc[3])
    False
    """
    return clause.dep_ == "ccomp" and clause.i < denial.i and any(
        t.pos_ == "NOUN" and denial in t.ancestors for t in clause.doc[clause.right_edge.i + 1:denial.i])


def _governors(cue: Token, levels: int = 4) -> Iterator[tuple[int, Token]]:
    """The cue and the words it hangs under, up to `levels` of them, with how far up each is, within its own clause:
    a clause coordinated with its own subject is not in the scope of the first ("X did not claim the attack, but its
    official praised it").

    >>> [t.text for _, t in _governors(_parser()("X did not claim it, but its official praised it.")[8])]
    ['official', 'praised']
    >>> [t.text for _, t in _governors(_parser()("The PKK, which fought Turkey, denied it.")[4])]
    ['fought']
    >>> [t.text for _, t in _governors(_parser()("Iran denies it, though officials say Tehran arms them.")[8])]
    ['arms', 'say']
    """
    current = cue
    for level in range(levels):
        yield level, current
        if current.head == current:
            return
        # "would never forget ... and would certainly strike back": a conjunct with its own subject or auxiliary
        if current.dep_ == "conj" and current.pos_ in {"VERB", "AUX"} and any(
                c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS | {"aux"} for c in current.children):
            return
        # "The PKK, which has fought Turkey since 1984, denied it": a relative clause describes its noun; what the
        # sentence denies of the noun is not what the clause says of it, nor what a participle set off after the
        # noun says ("Kataib Hezbollah, designated a terrorist group by Washington, denied it"), nor what one on a
        # subject says of it ("US troops based in Erbil were not hurt": they are based there), nor what a modifier
        # says of it ("if Baghdad does not rein in Iran-backed militias": Iran backs them, supposed or not)
        if current.dep_ == "relcl" and current.pos_ in {"VERB", "AUX"} or current.dep_ == "amod" and (
                current.tag_ == "VBN" and current.head.pos_ in {"NOUN", "PROPN"}) or current.dep_ == "acl" and (
                current.tag_ == "VBN" and (current.i > 0 and current.doc[current.i - 1].text == "," or (
                    current.head.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS))):
            return
        # "Iran denies arming the Houthis, though US officials say Tehran supplies them": a clause that sets another
        # subject's word against the sentence's is out of its scope
        if set_against(current):
            return
        # "Israeli strike kills IRGC general, Iran vows response": a clause before a verb with an object of its own
        # is told beside it, not what the verb promises or says
        if current.dep_ == "ccomp" and current.i < current.head.i and any(
                c.dep_ == "dobj" for c in current.head.children):
            return
        # "denied the group was behind it, telling Al Mayadeen ...": the telling is the reporter's, and not denied
        if reporter_of_participle(current, load_lexicon()) != current:
            return
        # "suspended its attacks under pressure from Tehran": the circumstance an act is done under is not what it does
        if current.dep_ == "pobj" and current.head.lower_ in load_lexicon().circumstance_preps and (
                current.head.head.pos_ == "VERB"):
            return
        current = coordinated_verb(current) if current.dep_ == "conj" else current.head


def titled_states(doc: Doc, actor_ids: set[str], lexicon: Lexicon) -> set[str]:
    """The states whose offices the text names actors with, by the role words before their names: the state a
    title names ("Israeli Prime Minister Benjamin Netanyahu": Israel), or whose body it names ("Pentagon spokesman
    Pat Ryder": the United States, whose the Pentagon is).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Pentagon spokesman Pat Ryder and Israeli Prime Minister Benjamin Netanyahu spoke.")
    >>> sorted(titled_states(doc, {"pat_ryder"}, load_lexicon())), sorted(titled_states(doc, {"benjamin_netanyahu"},
    ...                                                                                  load_lexicon()))
    (['united_states'], ['israel'])
    """
    states = set()
    for mention in doc.spans.get(MENTIONS_KEY, []):
        title = doc[max(mention.start - 6, 0):mention.start]
        if mention.kb_id_ not in actor_ids or not any(lemma_of(t) in lexicon.role_predicates for t in title):
            continue
        states |= states_named_by(doc, title[max((t.i - title.start + 1 for t in title if t.is_punct), default=0):])
    return states


def states_named_by(doc: Doc, tokens: Iterable[Token]) -> set[str]:
    """The states the actors named at `tokens` are, or belong to (a state's ministry or armed force names it)."""
    actors = doc._.actors or {}
    return {named.id if named.type == "Country" else named.state
            for named in (actors[a] for t in tokens for a in actor_ids_at(t) if a in actors)
            if named.type == "Country" or named.state}


def right_holder(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb by which one has, or keeps, the right (or the means) to do what an infinitive says ("reserved the
    right to respond"), or None.

    >>> from kg.lexicon import load_lexicon
    >>> right_holder(_parser()("Washington reserved the right to respond.")[5], load_lexicon())
    reserved
    """
    right = verb.head
    if verb.dep_ == "acl" and right.lower_ in lexicon.entitlement_nouns and right.dep_ == "dobj":
        return right.head
    return None
