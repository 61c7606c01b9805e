"""Event patterns: who attacks, kills, threatens, demands of, talks with or fights whom."""

from typing import Iterable, Iterator

from spacy.tokens import Span, Token

from kg.coref import actor_ids_at
from kg.lexicon import Lexicon
from kg.patterns.helpers import (MODIFIER_DEPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, SUBJECT_DEPS, Frame, a_person_s,
                                 at_whose_hands,
                                 acts_happened_in, agents_in_phrase, co_agents, content_clauses, datives,
                                 doers_of_wrong_named,
                                 object_companions, compound_lemma, conjuncts, counting_noun, direct_objects, frame,
                                 in_condition, in_future, issuing_verb,
                                 is_definite, is_passive, is_question, is_to_infinitive, joins_a_partner, lemma_of,
                                 names_a_person, names_a_place, negated, of_time, particle_stems, participants,
                                 parties_of, participle_agents, passive_agents, phrasal_lemma, prep_objects,
                                 first_conjunct, relative_antecedent, right_holder, shared_passive_agents, speaker_for,
                                 states_named_by,
                                 subjects_of, takes_part, titled_states, verb_predicate)
from kg.patterns.helpers import read  # noqa: F401 - the docstring examples run through it
from kg.vocabulary import PEOPLE_TYPES, assault_predicates

__all__ = ["active_verb", "passive_agent", "event_noun", "event_agents", "negotiation", "warning",
           "mutual_fighting", "promised_retaliation", "fighting_until_departure", "counted_among_the_dead",
           "possessed_killing", "casualties_of_the_attacked", "fighting_while_present", "provoked_retaliation"]
# Who claims an act as its own: "the group said it was behind the strike".
_CLAIMING_PRONOUNS = frozenset({"it", "we", "they"})
# The predicates of acts that harm their object: attacks and killings.
_HARMS = frozenset({"attacks", "kills"})


def active_verb(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Subject, event verb, object.

    >>> read("The militia attacked the convoy.", active_verb)
    [('militia', 'attacks', 'convoy')]
    >>> read("The group campaigned against the premier.", active_verb)
    [('group', 'opposes', 'premier')]
    >>> read("The factions lined up behind the Houthis.", active_verb)
    [('factions', 'supports', 'Houthis')]
    >>> read("The PKK has fought an insurgency against Turkey since 1984.", active_verb)
    [('PKK', 'attacks', 'insurgency'), ('PKK', 'attacks', 'Turkey')]
    >>> read("Ali Hussein, who heads the political office of Kataib Hezbollah, spoke.", active_verb)
    [('who', 'member_of', 'Kataib Hezbollah')]
    >>> read("Kataib Hezbollah lashed out at the prime minister.", active_verb)
    [('Kataib Hezbollah', 'accuses', 'minister')]
    >>> read("Baghdad rejected and condemned the Turkish attack.", active_verb)
    [('Baghdad', 'opposes', 'attack'), ('Baghdad', 'accuses', 'attack')]
    >>> read("The US blamed the attack on Iran-backed militias.", active_verb)
    [('US', 'accuses', 'attack'), ('US', 'accuses', 'militias')]
    >>> read("Iran provided weapons to the Houthis.", active_verb)
    [('Iran', 'supports', 'Houthis')]
    >>> read("A spokesman for the coalition fighting Islamic State said so.", active_verb)
    []
    >>> read("The ministry said the PKK threatened Iraq's sovereignty.", active_verb)
    []
    >>> read("Washington threatened sanctions against Iraq.", active_verb)
    [('Washington', 'threatens', 'sanctions'), ('Washington', 'threatens', 'Iraq')]
    >>> read("The US and Britain launched strikes on the Houthis.", active_verb)
    [('US', 'attacks', 'Houthis'), ('Britain', 'attacks', 'Houthis')]
    >>> read("Saar wrote to the Security Council, asking for action against the militias.", active_verb)
    [('Saar', 'demands', 'action'), ('Saar', 'demands', 'Security Council')]
    """
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or is_passive(verb) or _names_a_mission(verb, lexicon):
            continue
        predicate, phrasal = _verb_predicate(verb, lexicon)
        if predicate is None or _carries_out_another_act(verb, predicate, lexicon):
            continue
        subjects = _doers_of(verb, predicate, lexicon)
        objects = _active_objects(verb, predicate, phrasal, subjects, lexicon)
        bodies = _owners_of_bodies_led(verb, objects, lexicon) if predicate == "leads" else {}
        for subject in subjects:
            for obj in dict.fromkeys(objects):
                for owner in bodies.get(obj) or ():
                    yield frame(subject, "member_of", owner, verb, "active_verb")
                if not bodies.get(obj):
                    yield frame(subject, predicate, obj, verb, "active_verb")
            yield from (frame(subject, "attacks", t, verb, "active_verb")
                        for t in _fought_against(verb, phrasal, lexicon))


def _owners_of_bodies_led(verb: Token, objects: list[Token], lexicon: Lexicon) -> dict[Token, list[Token]]:
    """The groups whose body or function each object of a verb of leading is: "heads the political office of
    Kataib Hezbollah", "runs security for the PMF" (heading one is being one of the group)."""
    return {o: _owners_of_body(o, lexicon) or _served_by_function(verb, o, lexicon) for o in objects}


def _fought_against(verb: Token, phrasal: list[Token], lexicon: Lexicon) -> list[Token]:
    """Whom a verb read through its preposition as fighting beside another fought "against": "fought alongside U.S.
    forces against the Islamic State group" backs the forces and attacks the group.

    >>> read("The Badr Organization fought alongside U.S. forces against the Islamic State group.", active_verb)
    [('Badr Organization', 'supports', 'U.S. forces'), ('Badr Organization', 'attacks', 'Islamic State group')]
    >>> read("Nujaba fought alongside Hezbollah and the Syrian army against rebels and the Islamic State.",
    ...      active_verb)[-1]
    ('Nujaba', 'attacks', 'Islamic State')
    """
    if not phrasal or lexicon.verb_predicates.get(lemma_of(verb)) != "attacks" or all(
            p.lower_ == "against" for p in phrasal):
        return []
    # (the parser may hang the "against" on the partner, or the last of partners: "alongside Hezbollah and the
    # Syrian army against rebels")
    partners = [c for p in phrasal for o in p.children if o.dep_ == "pobj" for c in conjuncts(o)]
    return [t for n in (verb, *partners) for p in prep_objects(n, {"against"}) for t in conjuncts(p)]


def _carries_out_another_act(verb: Token, predicate: str, lexicon: Lexicon) -> bool:
    """Whether a verb of an act of its own is a light verb to an act its object names: "execute attacks on coalition
    forces" kills no one (the attacks are read as attacks).

    >>> read("The group uses the sites to execute attacks on coalition forces.", active_verb)
    []
    """
    return lemma_of(verb) in lexicon.light_verbs and any(
        lexicon.noun_predicates.get(lemma_of(o)) not in {None, predicate} for o in direct_objects(verb))


def _doers_of(verb: Token, predicate: str, lexicon: Lexicon) -> list[Token]:
    """A verb's subjects that may do what it tells: no penalty strikes anyone.

    >>> read("The sanctions target Qais al-Khazali.", active_verb)
    []
    """
    return [s for s in subjects_of(verb)
            if not (predicate in assault_predicates() and lemma_of(s) in lexicon.sanction_nouns)]


def _active_objects(verb: Token, predicate: str, phrasal: list[Token], subjects: list[Token],
                    lexicon: Lexicon) -> list[Token]:
    """What an active verb of `predicate` is done to."""
    objects = _verb_objects(verb, phrasal, lexicon)
    if phrasal:
        # "has fought Islamic State alongside US troops": read through its preposition, the verb backs the
        # preposition's object, not its own
        objects = [o for o in objects if o not in {t for d in direct_objects(verb) for t in conjuncts(d)}]
    objects += _objects_of_predicate(verb, predicate, objects, lexicon)
    if predicate == "negotiates_with":
        # "to meet his demands" satisfies them, and "received funding from X" is backing: neither is a meeting
        objects = [o for o in objects if lemma_of(o) not in lexicon.satisfied_nouns
                   and lexicon.noun_predicates.get(lemma_of(o)) in {None, "negotiates_with"}]
        if lemma_of(verb) in lexicon.discussion_verbs:
            # "discussed with Romanowski the coalition's withdrawal", "agree on a timeline for the coalition's
            # end": what is discussed is the topic, not a party
            topics = {t for o in direct_objects(verb) + prep_objects(verb, {"on", "about", "over"}) for t in o.subtree}
            objects = [o for o in objects if o not in topics]
    if predicate in {"attacks", "threatens"}:
        # "the PKK threatened Iraq's stability": a wrong done to a state's standing, no threat or attack on the state
        objects = [o for o in objects if lemma_of(o) not in lexicon.standing_nouns]
    if predicate == "accuses" and lemma_of(verb) in lexicon.pinning_verbs and _pinned_on(verb):
        # "the attack in Jordan, which Washington blamed on the militias", "an attack Washington blamed on Kataib
        # Hezbollah": what is pinned is the act, not an actor
        objects = [o for o in objects if o not in direct_objects(verb) + _gap_of_relative(verb)]
    # "the US and Britain launched strikes on the Houthis": the strikes are the subjects' own act, not what one of
    # them did to the other (a name is no act: "Khazali leads Asaib Ahl al-Haq")
    return [o for o in objects if lemma_of(o) not in lexicon.noun_predicates
            or not set(event_agents(o, lexicon)) & set(subjects)]


def _verb_objects(verb: Token, phrasal: list[Token], lexicon: Lexicon) -> list[Token]:
    """A verb's objects whatever its predicate: direct and dative objects, the objects of the prepositions that are
    part of it, and what it shares or the parser hangs elsewhere."""
    # "provided weapons to the Houthis": the parser makes "to" the dative, and the receiver its object
    # ("blame X for a string of attacks, among them the December barrage": an example the parser makes a second
    # object is one of what the preposition before it names)
    objects = [o for c in verb.children if c.dep_ in OBJECT_DEPS and not (
               c.dep_ == "dobj" and c.left_edge.dep_ == "prep" and c.doc[c.left_edge.i - 1].is_punct)
               for o in conjuncts(c if c.pos_ != "ADP" else next((p for p in c.children if p.dep_ == "pobj"), c))]
    objects += [o for prep in phrasal for p in prep.children if p.dep_ == "pobj" for o in conjuncts(p)]
    if objects:
        objects += _stray_conjuncts(verb) + object_companions(verb)
    objects += _free_relatives(verb, lexicon)
    if not phrasal and not any(c.dep_ == "dobj" for c in verb.children):
        # "rejected and condemned the Turkish attack": verbs coordinated under one subject share the object (but in
        # "called for all sides to exercise restraint and condemned the strike" the call has its clause)
        objects += [o for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and not any(
            s.dep_ in SUBJECT_DEPS for s in c.children) and not any(
            k.dep_ in {"xcomp", "ccomp", "advcl"} and k.i < c.i for k in verb.children)
            for o in [*direct_objects(c), *_free_relatives(c, lexicon)]]
        objects += _gap_of_relative(verb)
    return objects


def _free_relatives(verb: Token, lexicon: Lexicon) -> list[Token]:
    """ "blamed what he called an attack": the free relative "what" a verb takes, which the parser hangs on the
    clause it opens.

    >>> read("Baghdad rejected and condemned what it called a flagrant Turkish attack.", active_verb)[:2]
    [('Baghdad', 'opposes', 'what'), ('Baghdad', 'accuses', 'what')]
    """
    return [c for clause in verb.children if clause.dep_ == "ccomp" and lemma_of(clause) in lexicon.labelling_verbs
            for c in clause.children if c.lower_ == "what" and c.dep_ == "dobj"]


def _stray_conjuncts(verb: Token) -> list[Token]:
    """Names the parser joined to the verb that are the last of its objects: in "fought beside Syrian troops and
    Lebanon's Hezbollah" it makes Hezbollah a conjunct of "fought".

    >>> read("Kataib Hezbollah fought beside Syrian troops and Lebanon's Hezbollah in 2013.", active_verb)[-1]
    ('Kataib Hezbollah', 'supports', 'Hezbollah')
    """
    return [c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} and c.i > verb.i
            and not any(d.dep_ in SUBJECT_DEPS | OBJECT_DEPS or d.pos_ in {"VERB", "AUX"} for d in c.children)]


def _gap_of_relative(verb: Token) -> list[Token]:
    """ "Al-Huda Bank, an Iraqi lender it accused of moving funds": a relative clause with no relative pronoun and
    no object of its own is about the noun it modifies, its verb's missing object.

    >>> read("Washington cut off Al-Huda Bank, a lender it accused of moving funds.", active_verb)
    [('it', 'accuses', 'lender')]

    A clause opened by "where" or "when" says where or when, and has no gap: "the palace, where the cabinet
    meets" is no meeting with the palace.

    >>> read("Crowds stormed the Republican Palace, where the cabinet meets.", active_verb)
    [('Crowds', 'attacks', 'Republican Palace')]
    """
    if verb.dep_ != "relcl" or any(c.dep_ in {"dobj", "ccomp", "xcomp"} or c.tag_ in {"WDT", "WP", "WP$", "WRB"}
                                   for c in verb.children):
        return []
    return [verb.head] if any(c.dep_ in SUBJECT_DEPS for c in verb.children) else []


def _verb_predicate(verb: Token, lexicon: Lexicon) -> tuple[str | None, list[Token]]:
    """The predicate a verb cues, with the prepositions that are part of it: "stand even more firmly against" and
    "lined up behind" (a verb and its preposition, however far apart), "lashed out at" and "pushed back against"
    (with the particle between them, which the tagger may take for an adverb).

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> _verb_predicate(_parser()("Kadhimi fired Basra's police chief.")[1], load_lexicon())
    (None, [])
    >>> _verb_predicate(_parser()("The militia fired rockets at the base.")[2], load_lexicon())[0]
    'attacks'
    """
    # the parser reads "stood by" as an agent, and "calling on the United States" as a particle with an object
    # ("drove ISIS out of Mosul": a preposition with no object of its own is the verb's particle, its object the
    # verb's)
    phrasal = [(c, f"{stem}_{c.lower_}") for c in verb.children if c.dep_ in {"prep", "agent", "prt"}
               and (c.dep_ == "agent" or any(g.dep_ == "pobj" for g in c.children))
               and not of_time(c) for stem in particle_stems(verb)
               if f"{stem}_{c.lower_}" in lexicon.verb_predicates]
    if phrasal_lemma(verb) in lexicon.interception_verbs:
        # "shot down a drone fired by the militants": stopping an attack is no attack on its doer; but "shot down a
        # US MQ-9 drone" downs a force's own aircraft
        # (but not "an Iranian-made drone", one the state made for another to fire)
        owned = any(m.dep_ in {"compound", "amod", "poss"} and actor_ids_at(m) and not any(
            g.lower_ == "made" for g in m.head.children) for o in direct_objects(verb) for m in o.children)
        return ("attacks", []) if owned else (None, [])
    # the longest reading first: "pushed back against" opposes, "pushed" alone demands
    predicate = ((lexicon.verb_predicates[max(phrasal, key=lambda p: len(p[1]))[1]] if phrasal else None)
                 or verb_predicate(verb, lexicon)
                 or _phone_call(verb, lexicon) or _hosted_visit(verb, lexicon) or _weapon_impact(verb, lexicon))
    if predicate == "demands" and any(c.dep_ == "prep" and c.lower_ in lexicon.driving_preps for c in verb.children):
        return None, []  # "would push Iraq into a dangerous escalation"
    if predicate == "attacks" and _said_in_words(verb, lexicon):
        return "accuses", []
    if predicate == "attacks" and lemma_of(verb) in lexicon.dismissing_verbs and any(
            lemma_of(o) in lexicon.role_predicates for o in direct_objects(verb)):
        return None, []  # "Kadhimi fired Basra's police chief": a dismissal from office, no attack
    # "stood with Baghdad against any threat": the objects are those of the prepositions of that reading
    return predicate, [prep for prep, reading in phrasal if lexicon.verb_predicates[reading] == predicate]


def _said_in_words(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an assault a verb tells is one of words: "attacked the factions on social media", "in a speech",
    "attacked both sides, calling the factions militias" (but not "attacked the base with drones").

    >>> read("Khazali attacked the Sadrists in a televised speech.", active_verb)
    [('Khazali', 'accuses', 'Sadrists')]
    >>> read("Sadr's minister attacked the factions, calling them militias of corruption.", active_verb)
    [('minister', 'accuses', 'factions')]
    >>> read("The group attacked the base with drones.", active_verb)
    [('group', 'attacks', 'base')]
    """
    if lemma_of(verb) not in lexicon.verbal_attack_verbs:
        return False
    settings = prep_objects(verb, {"in", "on", "during", "via", "through", "at"})
    venues = lexicon.message_nouns | lexicon.interview_nouns | lexicon.verbal_venues
    # (a participle set after it: "Continuing our approach, the fighters attacked a target" says no words)
    return any(lemma_of(s) in venues or s.lower_ in venues for s in settings) or any(
        c.dep_ in {"advcl", "xcomp", "conj"} and c.tag_ == "VBG" and c.i > verb.i and lemma_of(c) in (
            lexicon.labelling_verbs | lexicon.charging_verbs | lexicon.speech_verbs) for c in verb.children)


def _weapon_impact(verb: Token, lexicon: Lexicon) -> str | None:
    """ "Rockets rained on US bases": a weapon coming down on what it is aimed at is an attack on it.

    >>> read("Two rockets landed on the US embassy in Baghdad.", active_verb)
    [('rockets', 'attacks', 'US embassy')]
    >>> read("The blame fell on Iran.", active_verb)
    []
    """
    if lemma_of(verb) in lexicon.impact_verbs and any(
            lexicon.noun_predicates.get(lemma_of(s)) == "attacks" for s in subjects_of(verb)):
        return "attacks"
    return None


def _hosted_visit(verb: Token, lexicon: Lexicon) -> str | None:
    """ "Sudani hosted a delegation from X": hosting envoys is a meeting with them (a base hosting troops is not).

    >>> read("Sudani hosted a delegation from the Coordination Framework.", active_verb)
    [('Sudani', 'negotiates_with', 'delegation')]
    >>> read("The base hosts US troops.", active_verb)
    []
    >>> read("Joe Biden hosted Mustafa al-Kadhimi at the White House.", active_verb)
    [('Joe Biden', 'negotiates_with', 'Mustafa al-Kadhimi')]
    """
    # (a person hosted is a visitor: "Biden hosted Sudani at the White House")
    visitors = any({lemma_of(o), o.lower_} & lexicon.sent_nouns or names_a_person(o) for o in direct_objects(verb))
    return "negotiates_with" if lemma_of(verb) in lexicon.hosting_verbs and visitors else None


def _phone_call(verb: Token, lexicon: Lexicon) -> str | None:
    """ "Biden called Sudani": calling someone by name, with nothing to call them, is a call between the two.

    >>> read("Joe Biden called Mohammed Shia al-Sudani on Tuesday.", active_verb)
    [('Joe Biden', 'negotiates_with', 'Mohammed Shia al-Sudani')]
    >>> read("Kataib Hezbollah called Mustafa al-Kadhimi a traitor.", active_verb)
    []
    >>> read("Blinken called Prime Minister Mohammed Shia al-Sudani to urge him to act.", active_verb)[0]
    ('Blinken', 'negotiates_with', 'Prime Minister Mohammed Shia al-Sudani')
    """
    # (with no object, the name the parser took for what the subject is called is whom it called: "Blinken called
    # Prime Minister Sudani to urge him ...")
    called = [o for o in verb.children if o.dep_ == "dobj"] or [o for o in verb.children if o.dep_ == "oprd"]
    named = any(o.pos_ == "PROPN" for o in called)
    # "called X a traitor"
    described = any(c.dep_ in {"oprd", "ccomp", "attr"} and c not in called for c in verb.children)
    return "negotiates_with" if lemma_of(verb) in lexicon.phoning_verbs and named and not described else None


def _served_by_function(verb: Token, noun: Token, lexicon: Lexicon) -> list[Token]:
    """The organisation one runs a function for: "runs security for the PMF", "oversees intelligence for the
    group", "oversaw the group's operations in Syria"; empty where the noun is a group's or a body's own (running
    the group is leading it).

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("Abu Zainab al-Lami runs security for the Popular Mobilization Forces.")
    >>> _served_by_function(doc[5], doc[6], load_lexicon())
    [Forces]
    >>> read("Abu Baqir oversaw Kataib Hezbollah's operations in Syria.", active_verb)
    [('Abu Baqir', 'member_of', 'Kataib Hezbollah')]
    >>> read("Qasim Muslih heads PMF operations in Anbar.", active_verb)
    [('Qasim Muslih', 'member_of', 'PMF')]
    """
    groups = lexicon.armed_group_nouns | lexicon.organisation_heads | lexicon.body_nouns
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or lemma_of(noun) in groups:
        return []
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound"}] if lemma_of(
        noun) in lexicon.function_nouns else []
    return prep_objects(verb, {"for"}) + prep_objects(noun, {"for"}) + owners


def _owners_of_body(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The group a body noun belongs to: "the political office of Kataib Hezbollah", "Kataib Hezbollah's military
    wing", "three PMF brigades"; empty for any other noun, and for a body with a name of its own ("the 30th Brigade
    of the PMF" is led as itself).

    >>> read("Kataib Hezbollah runs three PMF brigades.", active_verb)
    [('Kataib Hezbollah', 'member_of', 'PMF')]
    """
    if lemma_of(noun) not in lexicon.body_nouns or actor_ids_at(noun):
        return []
    # ("its most powerful brigades": the owner a possessive pronoun stands for)
    return prep_objects(noun, {"of"}) + [c for c in noun.children if c.dep_ in {"poss", "compound"} and (
        c.pos_ == "PROPN" or c.dep_ == "poss" and c.lower_ in {"its", "their"})]


def _addressees(verb: Token) -> list[Token]:
    """Whom a verb of writing or sending is addressed to: "wrote to the Security Council", "sent a letter to X".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Iraq sent a letter to the Security Council and the Arab League.")
    >>> [t.text for t in _addressees(doc[1])]
    ['Council', 'League']
    """
    return [o for n in [verb, *direct_objects(verb)] for to in n.children
            if to.dep_ in {"prep", "dative"} and to.lower_ == "to"
            for p in to.children if p.dep_ == "pobj" for o in conjuncts(p)]


def _names_a_mission(verb: Token, lexicon: Lexicon) -> bool:
    """Fighting a group as what an actor is for, not as an act: "the coalition fighting Islamic State", "troops
    deployed to fight ISIS" (the guidelines' stated purpose)."""
    if lemma_of(verb) not in lexicon.mission_verbs:
        return False
    purpose = verb.dep_ == "advcl" and is_to_infinitive(verb)
    return purpose or verb.dep_ == "acl" and verb.tag_ == "VBG"


def _objects_of_predicate(verb: Token, predicate: str, objects: list[Token], lexicon: Lexicon) -> list[Token]:
    """The objects a verb takes in the ways its predicate allows, beyond its direct objects: the target of an attack
    after "at", the one asked after "on", the partner after "with", the receiver after "to".

    >>> read("Katz wrote to the Security Council demanding action against the militias.", active_verb)[1:]
    [('Katz', 'demands', 'Security Council')]
    """
    found = _targets(verb, predicate, objects, lexicon) if predicate in {"attacks", "kills", "threatens"} else []
    if lemma_of(verb) in lexicon.threat_complement_verbs:
        found += [o for t in _complement_targets(verb, lexicon) for o in conjuncts(t)]
    elif predicate == "demands":
        # "called on Baghdad to act" asks Baghdad; "urged strikes on Kataib Hezbollah" asks for strikes, and the "on"
        # the parser hangs on the verb names their target
        asked_on = {"for"} if direct_objects(verb) else {"on", "upon", "for"}
        found += [o for p in prep_objects(verb, asked_on) for o in conjuncts(p)]
        # "demanded an explanation from Washington": whom the thing demanded is asked of, wherever the parser hangs
        # the "from" (but "demanded a withdrawal from Iraq" names where from)
        asked_for = direct_objects(verb)
        if asked_for and not any(lemma_of(a) in lexicon.withdrawal_nouns for a in asked_for):
            found += [o for n in [verb, *asked_for] for p in prep_objects(n, {"from"}) for o in conjuncts(p)]
        # "demanding that Turkey investigate the strike": the one asked is the clause's subject; "asked how much
        # authority he has" is a question, not a demand of him
        found += [o for c in verb.children if c.dep_ == "ccomp" and not is_question(c)
                  for s in subjects_of(c) for o in conjuncts(s)]
        # ("wrote to the Security Council, demanding action": what is demanded names no one asked)
        if not any(actor_ids_at(o) or o.pos_ == "PROPN" for o in objects) and verb.dep_ in {"advcl", "xcomp"} and (
                lemma_of(verb.head) in lexicon.addressing_verbs):
            found += [o for o in _addressees(verb.head)]
    elif predicate == "negotiates_with":
        found += [o for p in prep_objects(verb, {"with"}) for o in conjuncts(p)]
    elif predicate == "accuses" and lemma_of(verb) in lexicon.pinning_verbs:
        # "the strike, which Tehran blamed on Israel": the one it is pinned on is accused; in "blamed the attack on
        # Iran-backed militias" the parser hangs the "on" on the act
        pinned = _pinned_on(verb) or [p for d in direct_objects(verb) for p in prep_objects(d, {"on"})]
        found += [o for p in pinned for o in conjuncts(p)]
        # "blamed it on a decision by an officer": on the one whose act it was
        found += [a for p in pinned for o in conjuncts(p) for a in agents_in_phrase(o)]
    elif predicate == "opposes":
        # "campaigned against Kadhimi", "stand firmly against the United States"
        found += [o for p in prep_objects(verb, {"against"}) for o in conjuncts(p)]
    elif predicate == "supports":
        # "supplied drones to the Houthis"; "helped Iraqi forces fight ISIS", where the helped is the clause's
        # subject
        if lemma_of(verb) in lexicon.giving_verbs:
            given = [c for c in verb.children if c.dep_ == "dobj"]
            found += [o for n in [verb, *given] for p in prep_objects(n, {"to"}) for o in conjuncts(p)]
        found += [o for c in verb.children if c.dep_ == "ccomp" for s in subjects_of(c) for o in conjuncts(s)]
    return found


def _pinned_on(verb: Token) -> list[Token]:
    """Whom a verb of blame pins its act "on", not the day it did so.

    >>> read("The United States on Tuesday blamed Kataib Hezbollah for a rocket attack.", active_verb)
    [('United States', 'accuses', 'Kataib Hezbollah')]
    >>> read("The strike killed three soldiers, an attack Washington blamed on Kataib Hezbollah.", active_verb)
    [('strike', 'kills', 'soldiers'), ('Washington', 'accuses', 'Kataib Hezbollah')]
    """
    return [o for o in prep_objects(verb, {"on"}) if not of_time(o.head)]


def _targets(verb: Token, predicate: str, objects: list[Token], lexicon: Lexicon) -> list[Token]:
    """The targets an attack, killing or threat verb takes after its target prepositions, beyond its objects.

    >>> read("A US strike killed Abu Taqwa at the group's headquarters.", active_verb)
    [('US strike', 'kills', 'Abu Taqwa')]
    >>> read("Its fighters targeted the occupation base at al-Tanf on the Syrian-Iraqi border.", active_verb)
    [('fighters', 'attacks', 'occupation base')]
    """
    # (one is killed "at" a place: it is where, not whom)
    preps = lexicon.target_preps - {"at"} if predicate == "kills" else lexicon.target_preps
    # ("fought on Assad's side": a side one stands on is no target; "targeted the base at al-Tanf on the
    # Syrian-Iraqi border": the ground the verb's object is on is where it is)
    found = [o for p in prep_objects(verb, preps) for o in conjuncts(p) if lemma_of(o) not in lexicon.allied_standings
             and not (objects and lemma_of(o) in lexicon.territory_nouns)]
    # "fired missiles at what it called an Israeli base": the free relative names the target
    found += [w for p in verb.children if p.dep_ == "prep" and p.lower_ in lexicon.target_preps
              for c in p.children if c.dep_ == "pcomp" and lemma_of(c) in lexicon.labelling_verbs
              for w in c.children if w.lower_ == "what" and w.dep_ == "dobj"]
    # "fought an insurgency against Turkey": the target hangs on the act the verb takes
    found += [o for d in objects if lexicon.noun_predicates.get(lemma_of(d)) == "attacks"
              for p in prep_objects(d, lexicon.target_preps) for o in conjuncts(p)]
    if predicate == "threatens":  # "threatened sanctions against Iraq": whatever is threatened, at whom
        found += [o for d in objects for p in prep_objects(d, lexicon.target_preps) for o in conjuncts(p)]
    if lemma_of(verb) in lexicon.weapon_verbs:  # "fired rockets at the base"
        found += [o for d in [*objects, *found] for p in prep_objects(d, lexicon.target_preps) for o in conjuncts(p)]
    if predicate == "attacks" and not objects:
        # "rockets struck near a US base": the site the strike fell beside, whose force it was aimed at
        found += [o for p in prep_objects(verb, lexicon.vicinity_preps) for o in conjuncts(p)
                  if lemma_of(o) in lexicon.installation_nouns]
    return found


def _complement_targets(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The targets of the acts a threat verb's complement names: "threatened to strike X", "to direct strikes at X".

    >>> read("Trump threatened to impose sanctions on Iraq.", active_verb)
    [('Trump', 'threatens', 'Iraq')]
    >>> read("Trump threatened to sanction Iraq.", active_verb)
    [('Trump', 'threatens', 'Iraq')]
    >>> read("US lawmakers threatened to cut military aid to Baghdad.", active_verb)
    [('US lawmakers', 'threatens', 'Baghdad')]
    >>> read("Israeli strike on Damascus kills IRGC general, Iran vows response", active_verb)[1:]
    [('Iran', 'threatens', 'response')]
    """
    targets = []
    # ("Israeli strike kills IRGC general, Iran vows response": a clause before a verb with an object of its own is
    # a report beside it, not what it promises)
    own_object = any(c.dep_ == "dobj" for c in verb.children)
    for complement in (c for c in verb.children if (c.dep_ in {"xcomp", "ccomp"} or c.dep_ == "acl" and any(
            a.lower_ == "to" for a in c.children)) and not (own_object and c.i < verb.i)):
        # "threatened to expel US troops": what the threatened act is done to
        if lemma_of(complement) in lexicon.coercive_acts:
            targets += [c for c in complement.children if c.dep_ == "dobj"]
        # "threatened to cut military aid to Baghdad": whom the help withheld goes to
        helps = [c for c in complement.children if c.dep_ == "dobj" and lexicon.noun_predicates.get(
            lemma_of(c)) == "supports"] if lemma_of(complement) in lexicon.withholding_verbs else []
        targets += [t for n in helps + [complement] * bool(helps) for t in prep_objects(n, {"to", "for"})]
        # "threatened to impose sanctions on Iraq": on whom the penalty falls, wherever the parser hangs it
        penalties = [c for c in complement.children if c.dep_ == "dobj" and lemma_of(c) in lexicon.penalty_nouns]
        if penalties:
            targets += [t for n in (complement, *penalties) for t in prep_objects(n, {"on", "against"})]
        # ("vowed to impose sanctions on X over its attacks on US forces": the charge is told, not threatened)
        for token in (t for t in complement.subtree if not _told_inside(t, complement, lexicon)
                      and not is_charge(t, lexicon)):
            if verb_predicate(token, lexicon) in _HARMS and token.pos_ == "VERB":
                targets += [c for c in token.children if c.dep_ == "dobj"]
            if verb_predicate(token, lexicon) in _HARMS or (
                    lexicon.noun_predicates.get(lemma_of(token)) in _HARMS and token.pos_ == "NOUN"):
                targets += prep_objects(token, lexicon.target_preps)
    return targets


def _told_inside(token: Token, complement: Token, lexicon: Lexicon) -> bool:
    """Whether an act in a threat's complement is one told of, not threatened: in a relative clause, what someone
    is held "responsible for" ("would hold accountable those responsible for a drone attack that killed three
    American soldiers"), what a condition supposes ("threatened to target US bases if Washington struck Iran"), or
    what dates the threat ("a day after a US strike hit the PMF").

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("Austin vowed to punish those responsible for the attack that killed three soldiers.")
    >>> _told_inside(doc[10], doc[3], load_lexicon()), _told_inside(doc[3], doc[3], load_lexicon())
    (True, False)
    >>> doc = _parser()("The group threatened to target US bases if Washington struck Iran.")
    >>> _told_inside(doc[9], doc[2], load_lexicon())
    True
    >>> read("Kaabi vowed that the killing will not pass unanswered, a day after a US strike hit the PMF.", active_verb)
    [('US strike', 'attacks', 'PMF')]
    >>> read("Nujaba vowed to avenge the attack on the PMF.", active_verb)
    []
    """
    for ancestor in (token, *token.ancestors):
        if ancestor == complement:
            return False
        if ancestor.dep_ == "relcl" or ancestor.dep_ == "prep" and ancestor.lower_ == "for" or (
                ancestor.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lexicon.condition_marks
                                                 | lexicon.time_marks for c in ancestor.children)):
            return True
        # ("vowed to avenge the attack on the PMF": the wrong to be avenged)
        if ancestor.dep_ == "dobj" and lemma_of(ancestor.head) in lexicon.avenging_verbs:
            return True
    return False


def _undergone_by(agent: Token, predicate: str, patient: Token, verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """What a passive's agent does to its patient; heading a group's bodies is being in the group ("its brigades are
    run by factions loyal to Iran")."""
    owners = _owners_of_body(patient, lexicon) if predicate == "leads" else []
    yield from (frame(agent, "member_of", owner, verb, "passive_agent") for owner in owners)
    if not owners:
        yield frame(agent, predicate, patient, verb, "passive_agent")


def passive_agent(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Patient, passive event verb, "by" agent.

    >>> read("The convoy was struck by the militia.", passive_agent)
    [('militia', 'attacks', 'convoy')]
    >>> read("Three fighters were killed when US jets struck their base.", passive_agent)
    [('US jets', 'kills', 'fighters')]
    >>> read("Two fighters died when their car was hit by a US drone.", passive_agent)
    [('US drone', 'kills', 'fighters'), ('US drone', 'attacks', 'car')]
    >>> read("Rockets were fired by the militia at the embassy.", passive_agent)
    [('militia', 'attacks', 'Rockets'), ('militia', 'attacks', 'embassy')]
    >>> read("The militia, backed by Iran, fired rockets.", passive_agent)
    [('Iran', 'supports', 'militia')]
    >>> read("Two fighters died in a US strike.", passive_agent)
    [('US', 'kills', 'fighters')]
    >>> read("The group lost three fighters in an Israeli strike.", passive_agent)
    [('Israeli', 'kills', 'group')]
    >>> read("Muhandis was killed with Soleimani in a US strike.", passive_agent)
    [('US', 'kills', 'Muhandis'), ('US', 'kills', 'Soleimani')]
    >>> read("The US and Britain struck the Houthis, backed by Australia and Canada.", passive_agent)
    [('Australia', 'supports', 'US'), ('Australia', 'supports', 'Britain'), ('Canada', 'supports', 'US'),
     ('Canada', 'supports', 'Britain')]
    >>> read("Saadi was the second senior commander killed by the United States this year.", passive_agent)
    [('United States', 'kills', 'Saadi')]
    >>> read("Saadi was the second commander to be killed by US forces this year.", passive_agent)
    [('US forces', 'kills', 'Saadi')]
    >>> read("Kataib Hezbollah is funded and armed by the IRGC.", passive_agent)
    [('IRGC', 'supports', 'Kataib Hezbollah'), ('IRGC', 'supports', 'Kataib Hezbollah')]
    """
    for verb in sent:
        if (undergone := _undergone(verb, lexicon)) is None:
            continue
        predicate, patients = undergone
        # "rockets were fired by X at the base": the weapon is the patient, what it was fired at the target
        targets = [t for o in prep_objects(verb, lexicon.target_preps) for t in conjuncts(o)]
        # "funded and armed by the IRGC": participles coordinated before the agent share it
        agents = shared_passive_agents(verb)
        agents = [a for agent in agents for a in conjuncts(agent)]  # "backed by Australia and Canada"
        for agent in agents:
            for patient in patients:
                yield from _undergone_by(agent, predicate, patient, verb, lexicon)
            for target in targets:
                yield frame(agent, predicate, target, verb, "passive_agent.target")
        # "X was killed in a US strike": the agent of the event it happened in
        in_event = _agents_of_event_in(verb, lexicon)
        for agent in in_event:
            for patient in patients:
                yield frame(agent, predicate, patient, verb, "passive_agent.in_event")
        yield from _struck_when_or_by_no_one(verb, predicate, patients, bool(agents or in_event), lexicon)


def _struck_when_or_by_no_one(verb: Token, predicate: str, patients: list[Token], by_agent: bool,
                              lexicon: Lexicon) -> Iterator[Frame]:
    """What a passive act tells besides its agents named (`by_agent`: with "by" or as the event's it happened in):
    the striker of the clause that tells when; else, for an attack by no one named, the verb itself as its agent, for
    a claim of it later to say who made it.

    >>> read("US forces have been attacked 61 times.", passive_agent)
    [('attacked', 'attacks', 'US forces')]
    """
    strikers = _strikers_when(verb, lexicon)
    for agent in strikers:
        for patient in patients:
            yield frame(agent, predicate, patient, verb, "passive_agent.when_clause")
    if predicate == "attacks" and not (by_agent or strikers):
        for patient in patients:
            yield frame(verb, predicate, patient, verb, "passive_agent")


def _strikers_when(verb: Token, lexicon: Lexicon) -> list[Token]:
    """ "fighters who were killed when US jets struck", "died when their car was hit by a US drone": the striker
    of the clause that tells when (a passive clause's agent)."""
    return [agent for clause in _when_clauses(verb) if lexicon.verb_predicates.get(lemma_of(clause)) in _HARMS
            for agent in (passive_agents(clause) if is_passive(clause) else subjects_of(clause))]


def unattributed_deaths(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Deaths the sentence names no killer for: "five of their fighters were killed", "four of its fighters died".
    The frame's subject is the verb itself; who killed them is whoever the text last told attacked them.

    >>> read("The Houthis said five of their fighters were killed.", unattributed_deaths)
    [('killed', 'kills', 'five')]
    >>> read("Five fighters were killed in a US strike.", unattributed_deaths)
    []
    """
    for verb in sent:
        undergone = _undergone(verb, lexicon)
        if undergone is None or undergone[0] != "kills" or passive_agents(verb) or _agents_of_event_in(verb, lexicon):
            continue
        if _when_clauses(verb) or lemma_of(verb) in lexicon.loss_verbs:
            continue  # "killed when jets struck" names its killer; "the group lost fighters" is read elsewhere
        for patient in undergone[1]:
            yield frame(verb, "kills", patient, verb, "unattributed_deaths")


def _when_clauses(verb: Token) -> list[Token]:
    """The adverbial clauses of a verb, and those the parser hangs on a verb coordinated after it: "three were
    killed and five wounded when a US airstrike hit their vehicle" were all hit.

    >>> read("Three fighters were killed and five wounded when a US airstrike hit their vehicle.", passive_agent)
    [('US airstrike', 'kills', 'fighters')]
    """
    return [c for v in (verb, *(c for c in verb.conjuncts if c.i > verb.i)) for c in v.children if c.dep_ == "advcl"]


def _agents_of_event_in(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who carried out the event a verb tells happened "in" or "during": "killed in a US strike", and the other
    side of a fight ("two soldiers were killed in clashes with PKK militants").

    >>> read("Two Turkish soldiers were killed in clashes with PKK militants.", passive_agent)
    [('PKK militants', 'kills', 'soldiers')]

    The event may be the noun a relative clause opened by "in which" tells of, and a killing may be told as a wrong
    ("the American crime in which they were martyred"):

    >>> read("Crowds mourned after the US drone strike in which Qassem Soleimani was killed.", passive_agent)
    [('US', 'kills', 'Qassem Soleimani')]
    >>> read("They marked the American crime in which Soleimani and Muhandis were martyred.", passive_agent)
    [('American', 'kills', 'Soleimani'), ('American', 'kills', 'Muhandis')]
    >>> read("Muhandis was also killed in the strike.", passive_agent)
    [('strike', 'kills', 'Muhandis')]
    >>> read("Abu Taqi al-Saidi died of wounds sustained in an Israeli strike.", passive_agent)
    [('Israeli', 'kills', 'Abu Taqi al-Saidi')]
    >>> read("One KDPI member was killed and several others wounded in an Iranian strike.", passive_agent)
    [('Iranian', 'kills', 'KDPI member')]
    """
    agents = []
    killed = lexicon.verb_predicates.get(lemma_of(verb)) == "kills" or lemma_of(verb) in lexicon.death_verbs
    # "died of wounds sustained in an Israeli strike": the event the wounds were taken in
    taken_in = [e for w in prep_objects(verb, {"of", "from"}) if lemma_of(w) in lexicon.injury_nouns
                for c in w.children if c.dep_ == "acl" for e in prep_objects(c, {"in", "during"})]
    happened_in = prep_objects(verb, {"in", "during"}) or [
        # "one was killed and several others wounded in the strikes": the event the conjunct after it shares
        e for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" for e in prep_objects(c, {"in", "during"})]
    for event in (relative_antecedent(e) for e in happened_in + taken_in):
        if lexicon.noun_predicates.get(lemma_of(event)) in _HARMS or (
                killed and lemma_of(event) in lexicon.fault_words):
            agents += _agents_or_told_before(event, lexicon)
        if lemma_of(event) in lexicon.mutual_fight_nouns:
            agents += [o for w in prep_objects(event, {"with"}) for o in conjuncts(w)]
    return agents


def _agents_or_told_before(event: Token, lexicon: Lexicon) -> list[Token]:
    """Who carried out an event, or, for one named as told before with no one named ("killed in the strike",
    "revenge for the killing"), the event itself: whose it was is recalled from the attacks the text told of."""
    # (a fight has two sides: "killed in the clashes" names neither)
    told_before = is_definite(event) and lemma_of(event) not in lexicon.mutual_fight_nouns
    agents = event_agents(event, lexicon)
    # ("a drone strike blamed on the United States": the weapon is no doer; those it is laid on answer for it)
    if (blamed := _blamed_for(event, lexicon)) and not any(actor_ids_at(a) for a in agents):
        return blamed
    return agents or ([event] if told_before else [])


def _blamed_for(event: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a participle lays an event on, where no one is told to have done it: "an airstrike blamed on Israel",
    "a rocket attack attributed to the militias"; an answer to it is against them.

    >>> read("Kataib Hezbollah vowed revenge for an airstrike blamed on Israel.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'Israel')]
    """
    laying = [c for c in event.children if c.dep_ == "acl" and (
        lexicon.verb_predicates.get(lemma_of(c)) == "accuses" or lemma_of(c) in lexicon.attribution_verbs)]
    return [o for c in laying for p in prep_objects(c, {"on", "to"}) for o in conjuncts(p)]


def _undergone(verb: Token, lexicon: Lexicon) -> tuple[str, list[Token]] | None:
    """What a passive event verb, or a verb of dying, tells its patients underwent: "X was killed", "X died".

    >>> read("It includes the Badr Organization and Asaib Ahl al-Haq, led by Qais al-Khazali.", passive_agent)
    [('Qais al-Khazali', 'leads', 'Asaib Ahl al-Haq')]
    >>> read("He urged the government to expel the troops, as demanded by parliament.", passive_agent)
    []
    """
    if verb.pos_ != "VERB":
        return None
    if lemma_of(verb) in lexicon.death_verbs:
        return "kills", subjects_of(verb)  # "two fighters died in a US strike": they were killed
    if lemma_of(verb) in lexicon.loss_verbs:
        return "kills", subjects_of(verb)  # "the group lost three fighters in the strike": its own were killed
    # "Kataib Hezbollah, backed by Iran, ...", "fighters killed in a US strike": a participle on its noun is a
    # passive too
    if not (is_passive(verb) or verb.tag_ == "VBN" and (passive_agents(verb) or verb.dep_ == "acl")):
        return None
    predicate = verb_predicate(verb, lexicon)  # ("were shot dead" kills)
    if predicate is None:
        return None
    patients = [t for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in conjuncts(c)]
    if not patients and verb.dep_ in {"acl", "relcl"}:
        # "Saadi was the second commander killed (or "to be killed") by the US": the one the copula says the noun is
        described = verb.head.dep_ == "attr" and lemma_of(verb.head.head) == "be"
        patients = subjects_of(verb.head.head) if described else [verb.head]
        if predicate == "leads" and not described:
            # "the Badr Organization, and Asaib Ahl al-Haq, led by Khazali": one leader heads one group, the nearest
            # the parser may have hung the participle on the list's first
            patients = [max((c for c in conjuncts(verb.head) if c.i < verb.i), key=lambda c: c.i)]
    elif not patients and verb.dep_ == "conj" and verb.head.dep_ == "acl":
        patients = [verb.head.head]  # "the strikes, carried out ... and backed by Australia"
    elif not patients and verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
            m.dep_ == "mark" and m.lower_ == "as" for m in verb.children):
        # "Iraqi forces retook Mosul, backed by US aircraft": the forces were (but "as demanded by X" is the act)
        patients = subjects_of(verb.head)
    elif not patients and verb.dep_ == "conj":  # "X is funded and armed by Y": X is armed too
        patients = [t for c in verb.head.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in conjuncts(c)]
        if not is_passive(verb.head):  # "Badr runs several brigades and is headed by Amiri"
            patients = subjects_of(verb)
    if predicate == "kills":  # "Muhandis, who was killed with Soleimani": both were
        patients += [t for o in prep_objects(verb, {"with"}) for t in conjuncts(o)] + co_agents(verb)
    return predicate, patients


def event_noun(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An event noun with its agent and target.

    >>> read("The group claimed a drone strike on US forces.", event_noun)
    [('drone', 'attacks', 'US forces'), ('group', 'attacks', 'US forces')]
    >>> read("The US assassination of Soleimani angered Iraq.", event_noun)
    [('US', 'kills', 'Soleimani')]
    >>> read("The group claimed dozens of drone launches at Israel.", event_noun)
    [('drone', 'attacks', 'Israel'), ('group', 'attacks', 'Israel')]
    >>> read("Iran denies US charges that Tehran backs the attacks.", event_noun)
    [('US', 'accuses', 'Tehran')]
    >>> read("Attacks by the Houthis on the base continued.", event_noun)
    [('Houthis', 'attacks', 'base')]
    >>> read("US troops came under attack from the militia.", event_noun)
    [('militia', 'attacks', 'US troops')]
    >>> read("Sudani has faced pressure from the factions.", event_noun)
    [('factions', 'demands', 'Sudani')]
    >>> read("Hamas welcomed an attack by the Houthis.", event_noun)
    []
    >>> read("The group said it was behind the strike on US forces.", event_noun)
    [('it', 'attacks', 'US forces')]
    >>> read("Officials said the group was behind the strike on US forces.", event_noun)
    []
    >>> read("Iraq still needs US help against ISIS.", event_noun)
    [('US', 'supports', 'Iraq')]
    >>> read("The Sadrists walked out in protest against Maliki.", event_noun)
    [('Sadrists', 'opposes', 'Maliki')]
    """
    yield from _responsibility_claimed(sent, lexicon)
    for noun in sent:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        predicate = _noun_predicate(noun, lexicon)  # "a phone call" is talks, not a call for something
        if predicate is None or predicate == "negotiates_with" or is_charge(noun, lexicon):
            continue
        agents = list(event_agents(noun, lexicon))
        if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in {"VERB", "AUX"}:
            agents += prep_objects(noun.head.head, lexicon.agent_preps)  # "came under attack from X"
        targets = _event_targets(noun, predicate, lexicon)
        # "X vowed to keep up its attacks": on those X attacked before
        recalled = _recalls_a_told_attack(noun, predicate, targets, lexicon)
        targets = [] if recalled else targets
        kept_up = not targets and predicate == "attacks" and _kept_up(noun, lexicon)
        if kept_up:  # "vowed to keep up the attacks", "continue its attacks": the group's own, and no one else's
            agents = _keepers(noun, lexicon)
        pattern = "event_noun.recalled_target" if recalled else "event_noun.own_targets" if kept_up else "event_noun"
        agents = agents or ([noun] if predicate == "attacks" and targets and _told_unclaimed(noun) else [])
        for agent in (a for g in agents for a in conjuncts(g)):
            for target in targets or ([noun] if recalled or kept_up else []):
                yield frame(agent, predicate, target, noun, pattern)


def _told_unclaimed(noun: Token) -> bool:
    """Whether an event noun tells of attacks no one is named for, new to the text ("There were attacks on US
    forces", "injured in attacks on al-Tanf garrison"): not those named before, nor one's own. Its agent is then the
    noun itself, no one, for a claim of it later to say who made it.

    >>> read("There were attacks on US forces at al-Tanf.", event_noun)
    [('attacks', 'attacks', 'US forces'), ('attacks', 'attacks', 'al-Tanf')]
    >>> read("The attacks on US forces continued.", event_noun)
    []
    """
    return not is_definite(noun) and not any(c.dep_ == "poss" for c in noun.children)


def _responsibility_claimed(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "X claimed responsibility", for nothing named: for the attack the text told of last.

    >>> read("Rockets hit the base. Kataib Hezbollah claimed responsibility on Telegram.", event_noun)
    [('Kataib Hezbollah', 'attacks', 'responsibility')]

    Or one that claims "it", the act told before, or a part of "them" ("most of them were claimed by X"):

    >>> read("A drone struck Tower 22. The Islamic Resistance in Iraq was quick to claim it.", event_noun)
    [('Islamic Resistance', 'attacks', 'it')]
    >>> read("Drones struck U.S. forces three times. Most of them were claimed by the Islamic Resistance.", event_noun)
    [('Islamic Resistance', 'attacks', 'them')]
    """
    for noun in sent:
        if lemma_of(noun) == "responsibility" and lemma_of(noun.head) in lexicon.responsibility_verbs:
            claim = noun
        elif noun.lower_ in {"it", "them", "both"}:
            # ("claimed two of them": a number counts them as a partitive does)
            claim = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num \
                else counting_noun(noun, lexicon)
            claim = claim if lemma_of(claim.head) in lexicon.claiming_verbs else None
        else:
            continue
        if claim is None or negated(claim.head) or prep_objects(noun, {"for", "over"}):
            continue
        agents = subjects_of(claim.head) if claim.dep_ == "dobj" else passive_agents(claim.head) if (
            claim.dep_ == "nsubjpass") else []
        for agent in agents:
            yield frame(agent, "attacks", noun, noun, "event_noun.recalled_target")


def _recalls_a_told_attack(noun: Token, predicate: str, targets: list[Token], lexicon: Lexicon) -> bool:
    """Whether a claimed act is one the text told of, on whom it told ("X claimed the attack"): one it names no
    target of, as a place is where it was, not whom it was on, and a platform where it was claimed.

    >>> read("A drone attack wounded two US soldiers. Kataib Hezbollah claimed the attack on Telegram.", event_noun)
    [('Kataib Hezbollah', 'attacks', 'attack')]
    >>> read("The Islamic Resistance claimed the attack.", event_noun)
    [('Islamic Resistance', 'attacks', 'attack')]
    """
    named = [t for t in targets if not names_a_place(t) and t.lower_ not in lexicon.not_actors]
    return not named and predicate in _HARMS and is_definite(noun) and _claimed(noun, lexicon)


def is_charge(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is what a charge or a penalty lays on someone ("blamed X for its attacks", "sanctioned X over
    its attacks", "imposed sanctions on X over the attacks"): the charge's content, not told as done.

    >>> read("Washington blamed Kataib Hezbollah for its attacks on US forces.", event_noun)
    []
    >>> read("Iraq condemned Turkey for its strikes on Sinjar.", event_noun)
    [('its', 'attacks', 'Sinjar')]
    """
    if act.dep_ != "pobj" or act.head.lower_ not in {"for", "over", "of"}:
        return False
    charging = act.head.head
    penalties = lexicon.sanction_verbs | lexicon.designation_verbs
    return lemma_of(charging) in lexicon.charging_verbs | penalties or any(
        lemma_of(p) in penalties for p in [charging, *charging.children] if p.pos_ == "NOUN")


def _keepers(attacks: Token, lexicon: Lexicon) -> list[Token]:
    """Whose attacks kept up are: their owner's ("continue its attacks"), the speaker's ("the operations would
    continue", he said), else the subject's of the verb that keeps them up."""
    owners = [c for c in attacks.children if c.dep_ == "poss"]
    if owners or attacks.dep_ != "nsubj":
        return owners or subjects_of(attacks.head)
    return [s for s in [speaker_for(attacks, lexicon)] if isinstance(s, Token)]


def _kept_up(noun: Token, lexicon: Lexicon) -> bool:
    """Whether attacks are kept up, resumed, said to go on or promised again: "continue its attacks", "its attacks
    will go on", "vowed more attacks" (lexicon `continuation_verbs`, `threat_complement_verbs`,
    `repetition_modifiers`).

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> _kept_up(_parser()("The group vowed to keep up the attacks.")[7], load_lexicon())
    True
    >>> [_kept_up(_parser()(text)[1], load_lexicon()) for text in ("Its attacks will go on.",
    ...                                                               "The aggression will not go unpunished.")]
    [True, False]
    >>> read("The group vowed to continue its attacks.", event_noun)
    [('its', 'attacks', 'attacks')]
    >>> read("The group vowed more attacks.", event_noun)
    [('group', 'attacks', 'attacks')]

    Not what is kept away ("called on both sides to keep the fighting away from civilian areas"):

    >>> _kept_up(_parser()("They urged both sides to keep the fighting away from towns.")[7], load_lexicon())
    False
    """
    # ("vowed more attacks", "threatened further strikes": more of those the vow's maker carried out)
    promised_more = noun.dep_ == "dobj" and lemma_of(noun.head) in lexicon.threat_complement_verbs and any(
        c.dep_ == "amod" and c.lower_ in lexicon.repetition_modifiers for c in noun.children)
    kept_going = noun.dep_ in {"dobj", "nsubj"} and bool({lemma_of(noun.head), phrasal_lemma(noun.head)} & (
        lexicon.continuation_verbs)) and not any(c.lower_ in {"away", "out", "off"} for c in noun.head.children)
    return promised_more or kept_going


def _claimed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether an act is claimed or owned: "claimed the attack", "claimed responsibility for the strike", "said it
    had carried out the strike".

    >>> read("A drone strike killed a Nujaba commander. The US military said it had carried out the strike.",
    ...      event_noun)
    [('it', 'attacks', 'strike')]
    >>> read("The attack was claimed by the Islamic Resistance.", event_noun)
    [('Islamic Resistance', 'attacks', 'attack')]
    >>> read("Rockets hit US forces. The attacks were carried out by Kataib Hezbollah.", event_noun)
    [('Kataib Hezbollah', 'attacks', 'attacks')]
    >>> read("The attacks, claimed by the Islamic Resistance, drew retaliation.", event_noun)
    [('Islamic Resistance', 'attacks', 'attacks')]
    >>> read("Drones hit the base. Kataib Hezbollah said it was behind the strike.", event_noun)
    [('it', 'attacks', 'strike')]

    A part of them counted out is claimed as they are ("claimed most of the attacks"):

    >>> read("Two drone attacks hit US forces. The Islamic Resistance claimed most of the attacks.", event_noun)
    [('Islamic Resistance', 'attacks', 'attacks')]
    """
    noun = counting_noun(noun, lexicon)
    if any(c.dep_ == "acl" and lemma_of(c) in lexicon.responsibility_verbs for c in noun.children):
        return True  # "the attacks, claimed by X, drew retaliation"
    if noun.dep_ == "pobj" and (noun.head.lower_ in lexicon.culprit_preps or noun.head.lower_ == "for" and lemma_of(
            noun.head.head) in lexicon.culprit_adjectives):
        # "said it was behind the strike": who its agent is, the phrase's copula tells; where it was ("the strike on
        # Harir") names whom it was on better than a recall
        return not any(c.dep_ == "prep" for c in noun.children)
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.head.lemma_.lower() == "responsibility" else noun
    if verb.dep_ == "nsubjpass":  # "the attack was claimed by X", "the attacks were carried out by X"
        return lemma_of(verb.head) in lexicon.responsibility_verbs | lexicon.agent_participles
    verb = verb.head if verb.dep_ == "dobj" else None
    return verb is not None and lemma_of(verb) in lexicon.responsibility_verbs | lexicon.agent_participles


def _target_preps_of_noun(noun: Token, predicate: str, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions that name whom an event noun's act is done to: the lexicon's, less "at" where it names a
    forum ("a complaint against Turkey at the UN Security Council", "to file a complaint at the Security Council").

    >>> read("The government filed a complaint at the U.N. Security Council.", event_noun)
    []
    >>> read("Barji coordinated Hezbollah's operations with Iraqi groups.", event_noun)
    []
    >>> read("US forces raided the village with the help of the Syrian Democratic Forces.", event_noun)
    []
    """
    target_preps = lexicon.target_preps | lexicon.noun_target_preps.get(predicate, frozenset())
    if lemma_of(noun) in lexicon.joint_operation_nouns:
        target_preps -= {"with"}  # "attacks with US forces" are on them, "operations with Iraqi groups" beside them
    if predicate == "supports" and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        target_preps -= {"of"}  # "carried out with the help of the SDF": the SDF's help (support_from)
    if predicate not in {"attacks", "kills", "threatens"} and (prep_objects(noun, target_preps - {"at"}) or (
            lemma_of(noun.head) in lexicon.filing_verbs)):
        return target_preps - {"at"}
    return target_preps


def _event_targets(noun: Token, predicate: str, lexicon: Lexicon) -> list[Token]:
    """Whom an event noun's act is done to: its own target prepositions, or wherever the parser hangs them.

    >>> read("The Islamic Resistance claimed responsibility for rocket fire at the al-Omar oil field.", event_noun)
    [('rocket', 'attacks', 'al-Omar oil field'), ('Islamic Resistance', 'attacks', 'al-Omar oil field')]
    >>> read("Baghdad lodged a complaint with the UN Security Council against Turkey.", event_noun)
    [('Baghdad', 'accuses', 'Turkey')]
    >>> read("Islamic State claimed the attack in a statement on its Amaq news agency.", event_noun)
    [('Islamic State', 'attacks', 'attack')]
    """
    if predicate == "threatens" and _foretold(content_clauses(noun), lexicon):
        return []  # "despite warnings from Washington that the bill would entrench the factions": no threat
    target_preps = _target_preps_of_noun(noun, predicate, lexicon)
    if predicate == "supports":
        target_preps -= lexicon.adversary_preps
    counted = counting_noun(noun, lexicon)
    # "dozens of launches at Israel": the parser may hang the target on the partitive
    targets = [t for n in dict.fromkeys((noun, counted)) for p in prep_objects(n, target_preps) for t in conjuncts(p)]
    if counted.dep_ in {"dobj", "nsubjpass"} and lemma_of(counted.head) in lexicon.light_verbs:
        # "the raid was carried out by the CTS against a site of KH", "claimed dozens of launches at Israel": the
        # target hangs on the light verb
        targets += [t for p in prep_objects(counted.head, target_preps) + datives(counted.head, target_preps)
                    for t in conjuncts(p)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and lemma_of(noun.head.head) == "responsibility":
        # "claimed responsibility for rocket fire at the al-Omar field": the parser hangs the target on the claim
        targets += [t for p in prep_objects(noun.head.head, target_preps) for t in conjuncts(p)]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in {"VERB", "AUX"}:
        # "US troops came under attack from X": the subject is the target
        targets += [t for s in subjects_of(noun.head.head) for t in conjuncts(s)]
    elif noun.dep_ == "dobj" and lemma_of(noun.head) in lexicon.undergoing_verbs and (
            predicate == "supports" or lemma_of(noun.head) not in lexicon.wanting_verbs):
        targets += [t for s in subjects_of(noun.head) for t in conjuncts(s)]  # "X faced pressure from Y"
    elif predicate == "demands" and (answering := _answering_verb(noun, lexicon)) is not None:
        targets += [t for s in subjects_of(answering) for t in conjuncts(s)]  # "X bowed to pressure from Y"
    # "attacks in the Red Sea on US troops": the target hangs on the place; "attacks by X on Y": on the agent
    # (but in "the death of X in a US strike on its headquarters" the headquarters are the strike's)
    # ("its support in the fight against Islamic State" is no support of Islamic State)
    # ("the attack in a statement on its Amaq news agency": a message the act is told in is no place)
    targets += [t for place in prep_objects(noun, {"in", "at", "near"}) if _noun_predicate(place, lexicon) is None
                and lemma_of(place) not in lexicon.message_nouns
                for p in prep_objects(place, target_preps) for t in conjuncts(p)]
    if predicate in _HARMS:  # (or on the last agent: "attacks by Iran and Iran-backed militias against US forces")
        targets += [t for agents in prep_objects(noun, {"by"}) for agent in conjuncts(agents)
                    for p in prep_objects(agent, {"on", "against"}) for t in conjuncts(p)]
    if predicate in _HARMS:
        targets += _targets_hung_on_verb(noun, lexicon)
    targets = [t for t in targets if not _own_venue(t, lexicon)]
    return targets + _acted_despite(noun) + _targets_of_words(noun, predicate, lexicon)


def _own_venue(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is a channel or account the act is told on, which the parser hung on the act's noun as its
    target: "claimed the attack on its Telegram channel".

    >>> read("The Islamic Resistance in Iraq claimed the attack on its Telegram channel.", event_noun)
    [('Islamic Resistance', 'attacks', 'attack')]
    >>> read("Gunmen carried out an attack on a Kurdish TV channel.", event_noun)
    [('Gunmen', 'attacks', 'TV channel')]
    """
    # (its owner's, or a platform's: "its channel", "the group's Telegram account"; but "a Kurdish TV channel" is
    # one more place struck)
    return lemma_of(noun) in lexicon.verbal_venues and any(
        c.dep_ == "poss" or c.dep_ == "compound" and c.text in lexicon.not_actors for c in noun.children)


def _acted_despite(noun: Token) -> list[Token]:
    """Who acts despite what a noun names, whom it is then aimed at: "troops stationed despite Baghdad's
    objections", what is objected to is what the clause tells of.

    >>> read("Turkish troops stayed despite Baghdad's objections.", event_noun)
    [('Baghdad', 'opposes', 'troops')]
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "despite":
        return []
    clause = noun.head.head
    return [t for s in subjects_of(clause) + [c for c in clause.children if c.dep_ == "nsubjpass"]
            for t in conjuncts(s)]


def _answering_verb(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb by which its subject answers a demand, as its object or through its particle: "resisted pressure",
    "bowed to pressure"; None where the noun is no such verb's.

    >>> read("Sudani has resisted pressure from the Coordination Framework.", event_noun)
    [('Coordination Framework', 'demands', 'Sudani')]
    >>> read("Baghdad bowed to pressure from Washington.", event_noun)
    [('Washington', 'demands', 'Baghdad')]

    A demand that names whom it asks is not the answerer's to meet ("rejected US demands that Iraq expel them"):

    >>> read("Iran rejected US demands that Iraq expel the advisers.", event_noun)
    [('US', 'demands', 'Iraq')]
    """
    if any(c.dep_ in {"acl", "ccomp", "relcl"} and any(s.dep_ == "nsubj" for s in c.children) for c in noun.children):
        return None
    if noun.dep_ == "dobj" and lemma_of(noun.head) in lexicon.answering_demand_verbs:
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and (
            f"{lemma_of(noun.head.head)}_{noun.head.lower_}" in lexicon.answering_demand_verbs):
        return noun.head.head
    return None


def _targets_hung_on_verb(noun: Token, lexicon: Lexicon) -> list[Token]:
    """ "condemned the US airstrikes on positions of the PMF", "responded with airstrikes on facilities": the parser
    hangs the target right after an act of harm on the verb (but "blamed the attack on Israel" names the culprit),
    or on the noun the act's preposition hangs on ("a response to American strikes on Yemen").

    >>> read("The Houthis fired at it, in what they called a response to British strikes on Yemen.", event_noun)
    [('British', 'attacks', 'Yemen')]
    """
    verb = _clause_verb(noun)
    hosts = [] if verb is None or lemma_of(verb) in lexicon.charging_verbs or (
        f"{lemma_of(verb)}_on" in lexicon.verb_predicates) else [verb]
    if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN" and (
            lexicon.noun_predicates.get(lemma_of(noun.head.head)) != "accuses"):
        hosts.append(noun.head.head)
    # (right after the noun's own words before it: a relative clause after the target may hang on the noun too)
    return list(dict.fromkeys(
        t for host in hosts for p in host.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
        and p.i == 1 + max([noun.i] + [c.right_edge.i for c in noun.children if c.i < p.i])
        for o in p.children if o.dep_ == "pobj" for t in conjuncts(o)))


def _clause_verb(noun: Token) -> Token | None:
    """The verb a noun is the object of, or of whose preposition it is the object: "condemned the strikes",
    "responded with strikes".

    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("Iraq condemned the strikes, which hit the bases.")
    >>> _clause_verb(doc[3]).text, _clause_verb(doc[8]).text, _clause_verb(doc[0])
    ('condemned', 'hit', None)
    """
    head = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head if (
        noun.dep_ == "dobj") else None
    return head if head is not None and head.pos_ == "VERB" else None


def _targets_of_words(noun: Token, predicate: str, lexicon: Lexicon) -> list[Token]:
    """Whom a noun of threat, charge or demand is aimed at, beyond its own target prepositions.

    >>> read("He said the calls were an American-Zionist demand dressed in Iraqi clothes.", event_noun)
    []
    """
    targets = []
    if predicate == "threatens":
        # "Israeli threats to strike targets inside Iraq": what the threatened act is done to
        targets += [t for threatened in _complement_targets(noun, lexicon) for t in conjuncts(threatened)]
    if predicate in {"accuses", "demands"}:
        # "US charges that it backs attacks", "the demand that US forces leave": the one charged or asked is the
        # subject of what the charge or the demand says
        # (a participle's subject is the noun itself: "an American-Zionist demand dressed in Iraqi clothes")
        targets += [t for c in noun.children if c.dep_ in {"acl", "ccomp"} for t in subjects_of(c) if t != noun]
    if predicate == "accuses":
        # "lodged a complaint with the UN Security Council against Turkey": the parser hangs the charged on the forum
        targets += [t for forum in prep_objects(noun, {"with", "to"}) for p in prep_objects(forum, {"against"})
                    for t in conjuncts(p)]
    if predicate == "demands" and noun.dep_ in {"dobj", "pobj"}:
        targets += [t for p in prep_objects(noun.head, {"on"}) for t in conjuncts(p)]
    return targets


# Predicates of nouns of a stance an actor takes in acting: "in protest against", "in support of".
_STANCES = frozenset({"opposes", "supports", "accuses"})


def _made_to_pay(preposition: Token, lexicon: Lexicon) -> list[Token]:
    """Who is made to pay, or to face a price, for the act a "for" names: who did it ("the Americans will pay a
    heavy price for the assassination of Soleimani").

    >>> read("Kataib Hezbollah said the US would pay for the killing of Abu Taqwa.", event_noun)
    [('US', 'kills', 'Abu Taqwa')]
    """
    if preposition.lower_ != "for":
        return []
    outcome = preposition.head
    paying = outcome.head if outcome.dep_ == "dobj" and lemma_of(outcome) in lexicon.threat_outcomes else outcome
    return subjects_of(paying) if lemma_of(paying) in lexicon.threat_verbs and paying.pos_ == "VERB" else []


def _agents_through_preposition(noun: Token, head: Token, lexicon: Lexicon) -> list[Token]:
    """Who does what an event noun names, from the phrase its preposition `head` makes of it: "behind the strike",
    "retaliated with strikes", "responsibility for the attack", "involved in attacks", "in protest against X".

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("Kataib Hezbollah claimed responsibility for the attack.")
    >>> _agents_through_preposition(doc[6], doc[4], load_lexicon())
    [Hezbollah]
    >>> read("Kataib Hezbollah has used drones in attacks on US forces.", event_noun)
    [('Kataib Hezbollah', 'attacks', 'US forces')]
    >>> read("Kataib Hezbollah has pressed ahead with attacks on US forces.", event_noun)
    [('Kataib Hezbollah', 'attacks', 'US forces')]
    >>> read("The Sadrists walked out before the vote in protest against the premier.", event_noun)
    [('Sadrists', 'opposes', 'premier')]
    """
    agents: list[Token] = []
    if head.lower_ in lexicon.culprit_preps or head.lower_ == "for" and lemma_of(
            head.head) in lexicon.culprit_adjectives and head.head.dep_ == "acomp":
        # "the group said it was behind the strike": a group's own claim names the agent (another's word that X was
        # behind it is blame, read by the speech patterns)
        copula = head.head if head.lower_ in lexicon.culprit_preps else head.head.head
        if lemma_of(copula) == "be" and copula.dep_ == "ccomp" and lemma_of(copula.head) in lexicon.speech_verbs:
            agents += [s for s in subjects_of(copula) if s.lower_ in _CLAIMING_PRONOUNS]
    if head.lower_ == "with" and lemma_of(head.head) in (
            lexicon.response_verbs | lexicon.continuation_verbs | lexicon.proceeding_verbs):
        # "Washington retaliated with strikes on ...", "KH pressed ahead with attacks on ..."
        agents += subjects_of(head.head)
    agents += _made_to_pay(head, lexicon)
    if head.lower_ == "for" and lemma_of(head.head) == "responsibility":
        claim = head.head.head  # "X claimed responsibility for the attack"
        if lemma_of(claim) in lexicon.responsibility_verbs:
            agents += subjects_of(claim)
    elif head.lower_ == "for" and lemma_of(head.head) in lexicon.responsibility_verbs and any(
            lemma_of(o) == "responsibility" for o in direct_objects(head.head)):
        agents += subjects_of(head.head)  # "claimed responsibility on Tuesday for the attack": the parser's "for"
    if head.lower_ == "in" and takes_part(head.head, lexicon):
        agents += participants(head.head, lexicon)  # "groups ... have been involved in attacks"
        if joins_a_partner(head.head, lexicon):
            agents += direct_objects(head.head)  # "British jets joined the US in strikes": the one joined acts too
    elif head.lower_ == "in" and lemma_of(head.head) in lexicon.instrument_verbs and not is_passive(head.head):
        agents += subjects_of(head.head)  # "Kataib Hezbollah has used drones in attacks on US forces"
    elif head.lower_ == "in" and lexicon.noun_predicates.get(lemma_of(noun)) in _STANCES:
        # "walked out in protest against X": the stance is the walkers', wherever the parser hangs it ("walked out
        # before the vote in protest against X")
        verb = head.head
        while verb.pos_ != "VERB" and verb.dep_ in {"pobj", "prep"}:
            verb = verb.head
        agents += subjects_of(verb) if verb.pos_ == "VERB" else []
    return agents


def _killed_one(modifier: Token, noun: Token, lexicon: Lexicon) -> bool:
    """Whether a killing's possessive is a person, who was killed: "avenge his killing", "Soleimani's assassination"
    (but "the US killing of Soleimani" is the US's).

    >>> read("Nujaba vowed to avenge his killing.", promised_retaliation)
    [('Nujaba', 'threatens', 'avenge')]
    """
    return modifier.dep_ == "poss" and lexicon.noun_predicates.get(lemma_of(noun)) == "kills" and a_person_s(modifier)


def event_agents(noun: Token, lexicon: Lexicon, depth: int = 0) -> list[Token]:
    """Who does what an event noun names: a modifier ("US strikes"), "by"/"from" ("a strike by X"), the subject
    of a light verb ("X carried out a strike"), a participle ("a strike ordered by X"), or the agent of the
    event it happened in ("the assassination ... in a drone strike authorized by X"). A backer is no agent.

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> event_agents(_parser()("US strikes hit the base.")[1], load_lexicon())
    [US]
    >>> event_agents(_parser()("Iran-backed attacks on US forces rose.")[3], load_lexicon())
    []
    >>> event_agents(_parser()("Attacks on Israel from Iraqi territory rose.")[0], load_lexicon())
    []
    >>> from kg.extraction import make_pipeline
    >>> event_agents(make_pipeline()("Militants launched a drone from Iraq toward Israel.")[3], load_lexicon())
    [Militants]
    >>> event_agents(_parser()("Sistani condemned the storming of the embassy by Kataib Hezbollah.")[3], load_lexicon())
    [Hezbollah]
    """
    agents = _agents_named_on(noun, lexicon) + prep_objects(noun, lexicon.agent_preps) + at_whose_hands(noun)
    # "attacks against US personnel by Iran-sponsored militias", "the storming of the embassy by X": the parser hangs
    # the agent on the target
    agents += [a for target in prep_objects(noun, lexicon.target_preps | {"of"}) for a in prep_objects(target, {"by"})]
    if (counted := counting_noun(noun, lexicon)) is not noun:
        noun = counted  # "a round of strikes": the round takes the arguments
        agents += prep_objects(noun, lexicon.agent_preps)
    head = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and lemma_of(head) in lexicon.light_verbs | lexicon.continuation_verbs and (
            lemma_of(noun) not in lexicon.undergone_nouns):
        agents += subjects_of(head) + passive_agents(head)  # "carried out a strike", "kept up drone launches"
    elif noun.dep_ == "dobj":
        # "condemned the attack ... from the militia", "condemned the storming by X of the embassy": the parser hangs
        # the noun's "from" or "by" on the verb; "condemned the assassination as an act of terrorism by the US": the
        # act it is called has the agent (wherever the parser hangs the "as")
        agents += prep_objects(head, {"from", "by"}) + [a for label in prep_objects(head, {"as"}) + prep_objects(
            noun, {"as"}) for a in (agents_in_phrase(label) or doers_of_wrong_named(label, lexicon))]
    if noun.dep_ == "pobj":
        agents += _agents_through_preposition(noun, head, lexicon)
    agents += participle_agents(noun, lexicon)
    if depth == 0:
        for inner in acts_happened_in(noun):
            if lexicon.noun_predicates.get(lemma_of(inner)) in _HARMS:
                agents += event_agents(inner, lexicon, depth + 1)
        if not any(actor_ids_at(a) for a in agents):  # ("A drone strike": a weapon, no one named)
            agents += [a for label in _characterised_as(noun, lexicon) for a in event_agents(label, lexicon, 1)]
    # "attacks on Israel from Iraqi territory": land an attack comes from is where, not who; and so is a state a
    # weapon is launched from by the verb's own subject ("militants launched a drone from Iraq")
    launched_by = noun.dep_ == "dobj" and bool(subjects_of(noun.head))
    return [a for a in agents if not (a.head.lower_ == "from" and (lemma_of(a) in lexicon.territory_nouns or (
        launched_by and a.ent_type_ in {"Country", "Place"})))]


def _characterised_as(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The attacks a free relative on the clause an event noun is the subject of says the event was: "A drone
    strike killed two PKK members, in what Iraqi officials said was (or described as) a Turkish strike".

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("A drone strike killed two PKK members, in what Iraqi officials said was a Turkish strike.")
    >>> _characterised_as(doc[2], load_lexicon())
    [strike]
    """
    if noun.dep_ != "nsubj":
        return []
    free_relatives = [c for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "in" for c in p.children
                      if c.dep_ == "pcomp" and any(t.lower_ == "what" for t in c.subtree)]
    return [t for clause in free_relatives for t in clause.subtree if t.dep_ in {"attr", "pobj"} and (
        lexicon.noun_predicates.get(lemma_of(t)) in _HARMS)]


def _agents_named_on(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The agents an event noun's modifiers name: each modifier coordinated ("the US and British strikes"), and the
    agent that modifies the weapon modifying the event ("a US drone strike", "Iran's drone assault"), the weapon no
    agent of its own; not a backer (an "Iran-backed" attack names who backed it), nor a place noun and the name on
    it ("a Jordan border attack" says where), nor the land armed men are from ("Iraqi factions' attacks")."""
    agents = [t for m in noun.children if m.dep_ in MODIFIER_DEPS and m.i < noun.i
              and lemma_of(m) not in lexicon.backing_modifiers and m.lower_ not in lexicon.backing_modifiers
              and not _killed_one(m, noun, lexicon) for t in conjuncts(m)]
    agents = [m for m in agents if lemma_of(m) not in lexicon.place_nouns]
    weapons_of = {m: [g for g in m.children if g.dep_ in MODIFIER_DEPS and g.i < m.i] for m in agents
                  if lemma_of(m) not in lexicon.armed_group_nouns | lexicon.affiliated_nouns}
    return [m for m in agents if not (m.pos_ == "NOUN" and weapons_of.get(m))] + [
        g for found in weapons_of.values() for g in found]


def warning(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A warning to an actor: warned that something will follow, it is threatened; warned to act, or not to, it is
    told what to do.

    >>> read("The IRGC warned the Zionist regime that any further mischief would bring a severe answer.", warning)
    [('IRGC', 'threatens', 'regime')]
    >>> read("Kataib Hezbollah warned Kuwaiti officials not to let their territory serve as a launchpad.", warning)
    [('Kataib Hezbollah', 'demands', 'Kuwaiti officials')]
    >>> read("Tehran warned Baghdad that Israel was using Iraqi soil.", warning)
    []
    >>> read("Kataib Hezbollah warned US forces to leave or face a harsh response.", warning)
    [('Kataib Hezbollah', 'threatens', 'US forces'), ('Kataib Hezbollah', 'demands', 'US forces')]
    >>> read("Kataib Hezbollah warned against any extension of the US mission.", warning)
    [('Kataib Hezbollah', 'opposes', 'extension')]
    >>> read("He also warned Israel.", warning)
    [('He', 'threatens', 'Israel')]
    >>> read("He warned the government against renewing the agreement.", warning)
    [('He', 'demands', 'government')]
    """
    for verb in sent:
        if lemma_of(verb) not in lexicon.warning_verbs or verb.pos_ != "VERB":
            continue
        warned = direct_objects(verb)
        # what the warning says: its clause, which the parser may hang on the one warned ("warned X that ...")
        said = [c for c in verb.children if c.dep_ == "ccomp"] + [
            c for o in warned for c in o.children if c.dep_ == "relcl" and any(m.dep_ == "mark" for m in c.children)]
        complements = [c for c in verb.children if c.dep_ == "xcomp"]
        doing = [c for p in verb.children if p.dep_ == "prep" and p.lower_ == "against" for c in p.children
                 if c.dep_ == "pcomp"]
        if (predicates := _warned_of(verb, warned, said, complements, doing, lexicon)) is None:
            continue  # "warned Baghdad that the regime was using its soil" tells of a third party
        pattern = "warning" if said or complements or doing or prep_objects(verb, {"against"}) else "warning.bare"
        for subject in subjects_of(verb):
            for predicate in predicates:
                for target in warned:
                    yield frame(subject, predicate, target, verb, pattern)
            if not warned:  # "warned against any extension of the US mission": opposing what it is warned against
                for against in prep_objects(verb, {"against"}):
                    yield frame(subject, "opposes", against, verb, "warning.against")


def _warned_of(verb: Token, warned: list[Token], said: list[Token], complements: list[Token], doing: list[Token],
               lexicon: Lexicon) -> list[str] | None:
    """What a warning tells of the one warned, by what it says (its clause, its complement, what it is against);
    None where it tells of a third party."""
    if complements:
        # "warned US forces to leave or face a harsh response": told what follows if it does not, it is threatened
        return ["threatens", "demands"] if any(
            lemma_of(v) in lexicon.threat_verbs and any(
                lemma_of(o) in lexicon.threat_outcomes for o in direct_objects(v))
            for c in complements for v in conjuncts(c)) else ["demands"]
    if doing and not any(lexicon.verb_predicates.get(lemma_of(act)) in _HARMS for act in doing):
        return ["demands"]  # "warned the government against renewing the agreement": told not to
    if prep_objects(verb, {"against"}) or any(in_future(act, lexicon) for c in said for act in _acts_told(c)) and not (
            _third_party_told(said, warned + subjects_of(verb), _own_force_told(said, verb, lexicon))) and not (
            _foretold(said, lexicon)):
        return ["threatens"]
    if not said and not prep_objects(verb, {"of", "about"}) and not _over_others_acts(verb, warned, lexicon):
        return ["threatens"]  # "he also warned Israel": a warning that says nothing more is a threat
    return None


def _over_others_acts(verb: Token, warned: list[Token], lexicon: Lexicon) -> bool:
    """Whether a warning is "over" acts another than the one warned did, which it is warned of, not threatened for:
    "US envoy warns Baghdad over militia attacks on Erbil" (but "Iran warns US over its strikes" threatens).

    >>> read("US envoy warns Baghdad over militia attacks on Erbil", warning)
    []
    >>> read("Iran warns Washington over strikes on its allies", warning)
    [('Iran', 'threatens', 'Washington')]
    """
    warned_ids = {a for w in warned for a in actor_ids_at(w)}
    agents = [a for act in prep_objects(verb, {"over"}) for a in event_agents(act, lexicon)]
    return any(a.pos_ != "PRON" and not set(actor_ids_at(a)) & warned_ids for a in agents)


def _acts_told(clause: Token) -> list[Token]:
    """A clause's verb and the acts its predicate goes on to ("its fighters were ready to resume operations": the
    resuming), where a readiness or a will to act is told.

    >>> from kg.patterns.helpers import _parser
    >>> [t.text for t in _acts_told(_parser()("He said its fighters were ready to resume operations.")[4])]
    ['were', 'ready', 'resume']
    """
    acts = [clause]
    for act in acts:
        acts += [c for c in act.children if c.dep_ in {"acomp", "xcomp"}]
    return acts


def _foretold(clauses: list[Token], lexicon: Lexicon) -> bool:
    """Whether what a warning says is to come is only what a thing will do, with no answer or price in it: in
    "warned Baghdad that the law would entrench Iran's influence" the law does it, and nobody threatens anything
    (but "that attacks would continue", "that it would pay a price" are threats).

    >>> read("Washington warned Baghdad that the law would entrench Iran's influence.", warning)
    []
    >>> read("Washington warned Baghdad that passing the law could trigger sanctions.", warning)
    [('Washington', 'threatens', 'Baghdad')]
    """
    # (a penalty is a price: "warned Baghdad that passing the law could trigger sanctions")
    if any(lemma_of(t) in lexicon.threat_outcomes | lexicon.sanction_nouns for c in clauses for t in c.subtree):
        return False
    acts = [act for c in clauses for act in _acts_told(c) if in_future(act, lexicon)]
    if any(lemma_of(act) in lexicon.threat_verbs for act in acts):
        return False  # "that the occupation forces would face ..."
    subjects = [s for act in acts for s in subjects_of(act)]
    # ("it" that takes up no actor is the thing: "warned Baghdad that it would entrench ...", of a bill)
    return bool(subjects) and not any(
        s.pos_ == "PRON" and s.lower_ != "it" or s.pos_ == "PROPN" or any(actor_ids_at(t) for t in s.subtree) or (
            lexicon.noun_predicates.get(lemma_of(s)) in _HARMS) for s in subjects)


def _third_party_told(clauses: list[Token], parties: list[Token], own: frozenset[str] = frozenset()) -> bool:
    """Whether what a warning's clause says is done by someone named other than the parties to it, the one warning
    (or, `own`, its state) and the one warned ("warned Baghdad that any attack by Kataib Hezbollah would draw a
    response", "warned Erdogan that Iraq would not be a passive spectator"): the one warned is only told of it."""
    doers = [d for c in clauses for s in subjects_of(c) for d in [s, *prep_objects(s, {"by"})]]
    named = {a for p in parties for a in actor_ids_at(p)} | own
    return any(set(actor_ids_at(d)) - named for d in doers)


def _own_force_told(clauses: list[Token], warning_verb: Token, lexicon: Lexicon) -> frozenset[str]:
    """The states whose offices the one warning holds, by the titles the text names it with, where what the warning
    says is a strike or an answer to come ("Israeli Prime Minister Benjamin Netanyahu warned Iran that Israel would
    strike back": Israel's strike is his threat; but his state "would not be a passive spectator" threatens none).

    >>> from kg.extraction import make_pipeline
    >>> from kg.lexicon import load_lexicon
    >>> doc = make_pipeline()("Israeli Prime Minister Benjamin Netanyahu warned Iran that Israel would strike back.")
    >>> sorted(_own_force_told([doc[10]], doc[5], load_lexicon()))
    ['israel']
    """
    if not any(lexicon.verb_predicates.get(lemma_of(act)) in _HARMS or {lemma_of(act), *particle_stems(act)} & (
            lexicon.response_verbs) for c in clauses for act in _acts_told(c)):
        return frozenset()
    warners = {a for s in subjects_of(warning_verb) for a in actor_ids_at(s)}
    return frozenset(titled_states(warning_verb.doc, warners, lexicon) | _states_of_bodies_warning(warning_verb))


def _states_of_bodies_warning(warning_verb: Token) -> set[str]:
    """The states of the bodies the one warning is, or is named as holding a post in ("The commander of the Islamic
    Revolution Guards Corps, Hossein Salami, warned": Iran's, whose force the IRGC is).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The commander of the IRGC, Hossein Salami, warned the US that Iran would respond.")
    >>> sorted(_states_of_bodies_warning(doc[9]))
    ['iran']
    """
    bodies = []
    for subject in subjects_of(warning_verb):
        roles = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        roles += [subject.head] if subject.dep_ == "appos" else []
        bodies += [b for r in roles for b in [r, *prep_objects(r, {"of"})]]
    return states_named_by(warning_verb.doc, bodies)


def resultative(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An event that leaves its victims dead or wounded, or takes their lives: "the strike left three fighters
    dead", "the strike claimed the lives of two advisers".

    >>> read("An Israeli airstrike on the headquarters left three PMF fighters dead.", resultative)
    [('airstrike', 'kills', 'PMF fighters')]
    >>> read("A Turkish drone strike left three PKK fighters dead near Makhmour.", resultative)
    [('drone strike', 'kills', 'PKK fighters')]
    >>> read("The Israeli strike claimed the lives of two IRGC advisers.", resultative)
    [('strike', 'kills', 'IRGC advisers')]
    >>> read("Amiri called for US forces to leave Iraq after a US strike killed Soleimani.", resultative)
    []
    """
    for verb in sent:
        if verb.pos_ == "VERB" and lemma_of(verb) in lexicon.life_taking_verbs:
            for victim in (v for life in direct_objects(verb) if lemma_of(life) == "life"
                           for o in prep_objects(life, {"of"}) for v in conjuncts(o)):
                for agent in subjects_of(verb):
                    yield frame(agent, "kills", victim, verb, "resultative")
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.resultative_verbs:
            continue
        # ("left three fighters dead": the parser may hang the state on the victims)
        states = [c for c in [*verb.children, *(a for o in direct_objects(verb) for a in o.children if a.i > o.i)]
                  if c.dep_ in {"oprd", "xcomp", "acomp", "ccomp", "amod"}
                  and (lemma_of(c) in lexicon.resultative_states or c.lower_ in lexicon.resultative_states)]
        for state in states:
            predicate = lexicon.resultative_states.get(state.lower_) or lexicon.resultative_states[lemma_of(state)]
            for agent in subjects_of(verb):
                for victim in direct_objects(verb):
                    yield frame(agent, predicate, victim, verb, "resultative")


def negotiation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Talks between two parties.

    >>> read("Talks between Iraq and the US resumed.", negotiation)
    [('Iraq', 'negotiates_with', 'US')]
    >>> read("Iraq and the US began discussions.", negotiation)
    [('Iraq', 'negotiates_with', 'US')]
    >>> read("Baghdad held talks with Washington.", negotiation)
    [('Baghdad', 'negotiates_with', 'Washington')]
    >>> read("Iraqi and American officials held talks.", negotiation)
    [('Iraqi', 'negotiates_with', 'American')]
    >>> read("Sudani and Blinken met in Baghdad.", negotiation)
    [('Sudani', 'negotiates_with', 'Blinken')]
    >>> read("Iraq and the US discussed the coalition's future.", negotiation)
    [('Iraq', 'negotiates_with', 'US')]
    >>> read("Sudani told Blinken by phone that Baghdad rejected any attack.", negotiation)
    [('Sudani', 'negotiates_with', 'Blinken')]
    >>> read("Blinken told Sudani in a phone call that the attacks must stop.", negotiation)
    [('Blinken', 'negotiates_with', 'Sudani')]
    >>> read("Pompeo told Kadhimi in a call that Washington would close its embassy.", negotiation)
    [('Pompeo', 'negotiates_with', 'Kadhimi')]
    >>> read("Sudani said in a call with Biden that the attacks must stop.", negotiation)
    [('Sudani', 'negotiates_with', 'Biden')]
    >>> read("Sudani held a phone call with Biden.", negotiation)
    [('Sudani', 'negotiates_with', 'Biden')]
    >>> read("The minister arrived in Baghdad for talks with Sudani.", negotiation)
    [('minister', 'negotiates_with', 'Sudani')]
    >>> read("After talks with Fuad Hussein, Fidan said Baghdad had agreed.", negotiation)
    [('Fidan', 'negotiates_with', 'Fuad Hussein')]
    >>> read("Fuad Hussein discussed the withdrawal with Blinken.", negotiation)
    [('Fuad Hussein', 'negotiates_with', 'Blinken')]
    >>> read("Kaabi denounced the talks between Baghdad and Washington.", negotiation)
    [('Baghdad', 'negotiates_with', 'Washington')]
    >>> read("Iraq and the United States launched a new round of strategic dialogue.", negotiation)
    [('Iraq', 'negotiates_with', 'United States')]
    >>> read("Iraq and Iran signed a border security agreement.", negotiation)
    [('Iraq', 'negotiates_with', 'Iran')]
    >>> read("Araji signed the deal with Shamkhani in Baghdad.", negotiation)
    [('Araji', 'negotiates_with', 'Shamkhani')]
    >>> read("Baghdad's talks with Washington will resume.", negotiation)
    [('Baghdad', 'negotiates_with', 'Washington')]
    """
    for cue in sent:
        if (found := _talk_parties(cue, lexicon)) is None:
            continue
        parties, guests = found
        parties = [side for party in parties for side in _sides(party, lexicon)]
        for i, first in enumerate(parties):
            for second in parties[i + 1:] + guests:
                yield frame(first, "negotiates_with", second, cue, "negotiation")


def _partners_on_verb(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The partners of talks the parser hung on the verb that takes them: "held talks on Monday with X", "received a
    phone call on Tuesday from X" (the caller), "raised the issue with X during a phone call".

    >>> read("Blinken raised the issue with Sudani during a phone call on Monday.", negotiation)
    [('Blinken', 'negotiates_with', 'Sudani')]
    """
    return parties_of(verb, {"with", "from"} if lemma_of(verb) in lexicon.receiving_verbs else {"with"})


def _talk_parties(cue: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """Who talks at a cue of talks: parties who all talk with one another, and guests who talk with each party but
    not with one another; None where the token cues no talks."""
    if _noun_predicate(cue, lexicon) == "negotiates_with" and cue.pos_ in {"NOUN", "PROPN"}:
        # talks "between" parties are among them all, talks held "with" others the holders' with each ("arrived for
        # talks with Iraqi officials and Framework leaders": these do not talk together); "a phone call from X"
        between = parties_of(cue, {"between", "among"})
        others = parties_of(cue, {"with", "from"})
        holders: list[Token] = []
        noun = counting_noun(cue, lexicon)
        owners = [c for c in noun.children if c.dep_ == "poss"]
        if noun.dep_ in {"dobj", "nsubjpass"}:
            # the holder of the talks first: "Iraq held talks with Turkey" reads Iraq, then Turkey; but who
            # denounces talks, or hosts talks between two others, holds none, and talks with an owner are the
            # owner's ("dismissed the government's talks with Washington")
            # ("launched a new round of dialogue": a light verb holds the talks, whatever else it may cue)
            holders = [] if between or owners or _verb_predicate(noun.head, lexicon)[0] not in {
                None, "negotiates_with"} and lemma_of(noun.head) not in lexicon.light_verbs else subjects_of(noun.head)
            between += parties_of(noun.head, {"between"})
            others += _partners_on_verb(noun.head, lexicon)
        elif noun.dep_ == "nsubj":
            between += parties_of(noun.head, {"between"})
            others += _partners_on_verb(noun.head, lexicon)
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"for", "in", "during", "after", "following", "before"}:
            # "arrived in Baghdad for talks with X"; "told Sudani in a phone call"; "after talks with Y, Fidan said"
            verb = noun.head.head
            told = [o for c in verb.children if c.dep_ in {"dobj", "dative"} for o in conjuncts(c)
                    ] if lemma_of(verb) in lexicon.speech_verbs else []
            # (talks "between" two others are theirs, an owner's its own: "in his negotiations with the Americans")
            holders = [] if between else owners or subjects_of(verb) + told
            # ("raised the issue with Sudani during a phone call": the verb's partner is the call's)
            others += [] if between or owners else _partners_on_verb(verb, lexicon)
        holders = holders or owners  # "Iraq's talks": the owner holds them
        return (holders + between, others) if holders else (between + others, [])
    if cue.pos_ == "VERB" and not _reminder(cue) and (lemma_of(cue) in lexicon.discussion_verbs or lemma_of(
            cue) in lexicon.reciprocal_verbs and not direct_objects(cue)):
        # "Sudani and Blinken met", "Iraq and the US discussed the pullout"; "Hussein discussed the withdrawal with
        # Blinken", wherever the parser hangs the "with"
        # ("discussed relations with Turkey": a bond's "with" names the other side of the bond, not who talks,
        # wherever the parser hangs it)
        # ("discussed the future of the coalition with X": wherever in the object the parser hangs it; but "the war
        # with Israel" names the other side of a war)
        topics = [cue, *(t for o in direct_objects(cue) for t in o.subtree if t.pos_ in {"NOUN", "PROPN"})]
        partners = [p for o in topics for p in parties_of(o, {"with"}) if not {
            lemma_of(o), lemma_of(p.head.nbor(-1))} & (lexicon.bond_nouns | lexicon.mutual_fight_nouns)]
        # ("spoke to Sudani by phone": one spoken to on a call is talked with)
        return (subjects_of(cue), partners) if partners else _told_on_a_call(cue, lexicon) or (subjects_of(cue), [])
    if pact := _pact_parties(cue, lexicon) or _joint_message_parties(cue, lexicon):
        return pact
    return _told_on_a_call(cue, lexicon)


def _reminder(verb: Token) -> bool:
    """Whether a participle is set in as a reminder of what was done before, whose doers the sentence does not tell:
    "form joint brigades, as agreed in 2021" (no one agrees here).

    >>> read("He called on Baghdad and Erbil to form joint brigades, as agreed in 2021.", negotiation)
    []
    """
    return verb.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _told_on_a_call(verb: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """Who talked where one told another something by phone or in a call: "Sudani told Blinken by phone that ...",
    "Pompeo told him in a call that ...", "spoke to Sudani by phone", wherever the call's partner is named; None
    where none did.

    >>> read("Blinken spoke to Sudani by phone on Friday.", negotiation)
    [('Blinken', 'negotiates_with', 'Sudani')]
    """
    if verb.pos_ != "VERB":
        return None
    # (a "phone call" is talks of its own)
    calls = [p for p in prep_objects(verb, {"in", "during"}) if lemma_of(p) in lexicon.conversation_nouns and (
        _noun_predicate(p, lexicon) != "negotiates_with")] if lemma_of(verb) in lexicon.speech_verbs else []
    if not calls and not any(lemma_of(p) in lexicon.phone_nouns for p in prep_objects(verb, {"by", "over"})):
        return None
    return subjects_of(verb) + [o for c in verb.children if c.dep_ in {"dobj", "dative"} for o in conjuncts(
        c)] + parties_of(verb, {"with", "to"}) + [p for call in calls for p in parties_of(call, {"with"})], []


def _pact_parties(cue: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """Who negotiated a pact: those who signed it ("Iraq and Iran signed a security pact", "Araji signed the deal
    with Shamkhani"), or its sides ("an agreement reached last year between Baghdad and Washington")."""
    if cue.pos_ == "VERB" and lemma_of(cue) in lexicon.signing_verbs and (pacts := [
            o for o in direct_objects(cue) if lemma_of(o) in lexicon.pact_nouns]):
        return subjects_of(cue), [p for t in (cue, *pacts) for p in parties_of(t, {"with"})]
    if cue.pos_ == "NOUN" and lemma_of(cue) in lexicon.pact_nouns and (sides := [
            p for t in (cue, *(c for c in cue.children if c.dep_ == "acl")) for p in parties_of(t, {"between"})]):
        return sides, []
    return None


def _joint_message_parties(message: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]] | None:
    """Who issued a joint message, which they agreed on together: "The United States and Iraq released a joint
    statement", "In a joint statement, Washington and Baghdad said", "Iraq issued a joint statement with Turkey"
    (lexicon `joint_words`, `message_nouns`).

    >>> read("The United States and Iraq on Friday released a joint statement fixing a timeline.", negotiation)
    [('United States', 'negotiates_with', 'Iraq')]
    >>> read("In a joint statement, Washington and Baghdad said the mission would end.", negotiation)
    [('Washington', 'negotiates_with', 'Baghdad')]
    """
    if not (message.pos_ == "NOUN" and lemma_of(message) in lexicon.message_nouns and any(
            c.dep_ == "amod" and c.lower_ in lexicon.joint_words for c in message.children)):
        return None
    if (verb := issuing_verb(message, lexicon)) is None:
        return None  # ("X and Y welcomed the joint statement": a stand on others' message)
    return subjects_of(verb), parties_of(verb, {"with"}) + parties_of(message, {"with"})


def _noun_predicate(noun: Token, lexicon: Lexicon) -> str | None:
    """The predicate a noun cues, read with the noun before it where the two are one ("a phone call" is talks, a
    call is a demand); a partitive that counts other acts cues none of its own ("a barrage of criticism").

    >>> read("An Iranian missile barrage on Ain al-Asad injured US soldiers.", event_noun)
    [('Iranian', 'attacks', 'US soldiers'), ('missile', 'attacks', 'US soldiers')]
    >>> read("Iraq unleashed a barrage of criticism against Iran.", event_noun)
    [('Iraq', 'accuses', 'Iran'), ('Iraq', 'accuses', 'criticism')]
    >>> read("Sudani held a call with Biden.", negotiation)
    [('Sudani', 'negotiates_with', 'Biden')]
    >>> read("Sudani receives call from Iranian president", negotiation)
    [('Sudani', 'negotiates_with', 'president')]
    """
    predicate = lexicon.noun_predicates.get(compound_lemma(noun) or "") or lexicon.noun_predicates.get(lemma_of(noun))
    # "during a call with Blinken": a call with someone is talks, not a call for something; and so is one received
    # from someone ("Sudani receives call from Iranian president"), unless it is a call for something
    received = noun.dep_ == "dobj" and lemma_of(noun.head) in lexicon.receiving_verbs and not prep_objects(noun, {
        "for", "to"}) and bool(prep_objects(noun, {"from"}) or prep_objects(noun.head, {"from"}))
    if lemma_of(noun) in lexicon.phoning_verbs and (prep_objects(noun, {"with"}) or noun.dep_ == "dobj" and (
            prep_objects(noun.head, {"with"})) or received):
        return "negotiates_with"
    if {lemma_of(noun), noun.lower_} & lexicon.partitives and any(
            lexicon.noun_predicates.get(lemma_of(counted)) != predicate for counted in prep_objects(noun, {"of"})):
        return None
    return predicate


def _sides(party: Token, lexicon: Lexicon) -> list[Token]:
    """ "Iraqi and US officials", "leaders of Hezbollah, Hamas and Kataib Hezbollah": envoys named by coordinated
    states or groups are one party for each.

    >>> read("Leaders of Hezbollah, Hamas and Kataib Hezbollah met in Beirut.", negotiation)[:2]
    [('Hezbollah', 'negotiates_with', 'Hamas'), ('Hezbollah', 'negotiates_with', 'Kataib Hezbollah')]
    """
    if lemma_of(party) in lexicon.stand_in_nouns or party.lower_ in lexicon.stand_in_nouns:
        for modifier in (c for c in party.children if c.dep_ in MODIFIER_DEPS and c.i < party.i):
            if len(sides := conjuncts(modifier)) > 1:
                return sides
        if party.tag_ == "NNS" and len(sides := [o for p in prep_objects(party, {"of"}) for o in conjuncts(p)]) > 1:
            return sides
    return [party]


def mutual_fighting(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Fighting between two sides: each attacks the other.

    >>> read("Clashes between PKK fighters and Turkish forces broke out.", mutual_fighting)
    [('PKK fighters', 'attacks', 'forces'), ('forces', 'attacks', 'PKK fighters')]
    >>> read("Saraya al-Salam fought a battle with the army.", mutual_fighting)
    [('Saraya al-Salam', 'attacks', 'army'), ('army', 'attacks', 'Saraya al-Salam')]
    >>> read("Peshmerga forces clashed with PKK fighters.", mutual_fighting)
    [('Peshmerga forces', 'attacks', 'PKK fighters'), ('PKK fighters', 'attacks', 'Peshmerga forces')]
    >>> read("Sadrist fighters traded fire with the army.", mutual_fighting)
    [('Sadrist fighters', 'attacks', 'army'), ('army', 'attacks', 'Sadrist fighters')]
    >>> read("Iraqi troops and the YBS exchanged fire in Sinjar.", mutual_fighting)
    [('troops', 'attacks', 'YBS'), ('YBS', 'attacks', 'troops')]
    >>> read("Gunmen opened fire on the protesters.", mutual_fighting)
    []
    >>> read("Erbil has clashed politically with Baghdad over the budget.", mutual_fighting)
    []
    >>> read("Iraqi forces and the YBS have clashed several times.", mutual_fighting)
    [('forces', 'attacks', 'YBS'), ('YBS', 'attacks', 'forces')]
    >>> read("Iraqi forces and the YBS fought together.", mutual_fighting)
    []
    >>> read("The SDF fought ISIS together with the Americans.", mutual_fighting)
    []
    >>> read("Kataib Sayyid al-Shuhada and Harakat al-Nujaba have fought in Syria.", mutual_fighting)
    []
    >>> read("Sadrists and Badr fought each other in Basra.", mutual_fighting)
    [('Sadrists', 'attacks', 'Badr'), ('Badr', 'attacks', 'Sadrists')]
    >>> read("Washington has partnered with the SDF in the fight against Islamic State.", mutual_fighting)
    []
    >>> read("Iraqi forces arrested 14 men after a gunfight with federal police.", mutual_fighting)
    []
    """
    for noun in sent:
        if lemma_of(noun) not in lexicon.mutual_fight_nouns or any(
                c.dep_ == "advmod" and c.lower_ in lexicon.unarmed_manners for c in noun.children):
            continue
        if noun.pos_ == "VERB" and noun.dep_ not in {"nsubj", "dobj", "pobj"}:
            yield from _fighting_verb(noun, lexicon)
            continue
        # a gerund the tagger calls a verb is still the noun of the phrase: "Fighting between X and Y left..."
        if noun.pos_ not in {"NOUN", "VERB"}:
            continue
        sides = parties_of(noun, {"between", "among"})
        if noun.dep_ == "nsubj" and not sides:
            sides = parties_of(noun.head, {"between", "among"})  # "clashes broke out between X and Y"
        yield from _each_attacks_the_other(_sides_with(noun, lexicon) or sides, noun)


def _sides_with(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The sides of a fight a verb's subject has "with" another: "fought a battle with the army" (but not one a
    subject discusses or condemns, one against a third with allies "with", one told as what came before:
    "arrested 14 members after a gunfight with federal police", nor one the verb is about: "split over war with
    Israel").

    >>> read("Iraq's armed factions split over war with Israel.", mutual_fighting)
    []
    """
    after = noun.dep_ == "pobj" and noun.head.lower_ in lexicon.aftermath_preps | lexicon.topic_preps
    if not (noun.dep_ in {"dobj", "nsubjpass"} or noun.dep_ == "pobj" and noun.head.dep_ == "prep" and not after):
        return []
    verb = noun.head if noun.dep_ != "pobj" else noun.head.head
    with_sides = prep_objects(noun, {"with"}) + prep_objects(verb, {"with"})
    commented = _verb_predicate(verb, lexicon)[0] not in {None, "attacks"} or lemma_of(verb) in (
        lexicon.discussion_verbs | lexicon.speech_verbs)
    # ("Iraqi troops and the YBS exchanged fire": the sides the subject coordinates traded it)
    traded = noun.dep_ == "dobj" and lemma_of(verb) in lexicon.trading_verbs and len(subjects_of(verb)) > 1
    if not (with_sides or traded) or commented or prep_objects(noun, {"against"}):
        return []
    return subjects_of(verb) + [s for w in with_sides for s in conjuncts(w)]


def _fighting_verb(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "Peshmerga forces clashed with PKK fighters", "Iraqi forces and the YBS have clashed": the subject and who
    it fought "with", or the sides a coordinated subject names (but "X and Y fought beside Z" fought together)."""
    objects = direct_objects(verb)
    # ("fought ISIS together with the Americans": with a foe of its own, or "together", "with" names an ally)
    allied = bool(objects) or any(c.lower_ in lexicon.co_agent_words for p in verb.children
                                  if p.lower_ == "with" for c in (p, *p.children)) or any(
        c.dep_ == "advmod" and c.lower_ in lexicon.co_agent_words for c in verb.children)
    opponents = [] if allied else [o for w in prep_objects(verb, {"with"}) for o in conjuncts(w)]
    for side in subjects_of(verb):
        for opponent in opponents:
            yield from _each_attacks_the_other([side, opponent], verb)
    # "X and Y have clashed" fought each other; "X and Y have fought in Syria" may have fought side by side, unless
    # "each other" says otherwise
    reciprocal = lemma_of(verb) in lexicon.reciprocal_fight_verbs and not objects or any(
        o.lower_ in lexicon.reciprocal_pronoun_heads for o in objects)
    if not opponents and reciprocal and not any(c.dep_ in {"prep", "advmod"} and (
            c.lower_ in lexicon.co_agent_preps | lexicon.co_agent_words) for c in verb.children):
        yield from _each_attacks_the_other(list(dict.fromkeys(subjects_of(verb))), verb)


def _each_attacks_the_other(sides: list[Token], cue: Token) -> Iterator[Frame]:
    """Each side of a fight attacks the other; a person named as a side has clashed in words, whose men would be
    the side of a fight ("Maliki has clashed with Sudani over appointments").

    >>> from kg.extraction import make_pipeline
    >>> make_pipeline()("Nouri al-Maliki has clashed with Mohammed Shia al-Sudani over appointments.")._.readings
    []
    """
    # (by the actors kg found, which the NER's own person label, often on a militia's name, is not)
    if any(side.ent_type_ in PEOPLE_TYPES for side in sides):
        return
    for i, first in enumerate(sides):
        for second in sides[i + 1:]:
            yield frame(first, "attacks", second, cue, "mutual_fighting")
            yield frame(second, "attacks", first, cue, "mutual_fighting")


def promised_retaliation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Vowing revenge, promising a response: a threat against whom it is for, or whoever did what it answers.

    >>> read("Kataib Hezbollah vowed revenge for the US strikes.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'US')]
    >>> read("Iran's promised response to Israel dominated the talks.", promised_retaliation)
    [('Iran', 'threatens', 'Israel')]
    >>> read("Iran warned Israel of a harsh response.", promised_retaliation)
    [('Iran', 'threatens', 'Israel')]
    >>> read("The militia vowed to retaliate.", promised_retaliation)
    [('militia', 'threatens', 'retaliate')]
    >>> read("Iran vowed harsh revenge for the killing.", promised_retaliation)
    [('Iran', 'threatens', 'killing')]
    >>> read("Nujaba vowed to take revenge for the US strike.", promised_retaliation)
    [('Nujaba', 'threatens', 'US')]
    """
    yield from _vowed_to_answer(sent, lexicon)
    yield from _not_left_unanswered(sent, lexicon)
    for noun in sent:
        if lemma_of(noun) not in lexicon.threat_outcomes or noun.pos_ != "NOUN":
            continue
        verb = noun.head
        targets = prep_objects(noun, lexicon.target_preps | {"to"})
        if noun.dep_ == "dobj" and (lemma_of(verb) in lexicon.threat_complement_verbs or (
                lemma_of(verb) in lexicon.light_verbs and verb.dep_ == "xcomp"
                and lemma_of(verb.head) in lexicon.threat_complement_verbs)):
            threateners = subjects_of(verb)  # "vowed revenge", "vowed to take revenge"
        elif any(lemma_of(c) in lexicon.threat_complement_verbs for c in noun.children if c.dep_ == "amod"):
            threateners = [c for c in noun.children if c.dep_ == "poss"]  # "Iran's promised response"
        elif noun.dep_ == "pobj" and verb.lower_ == "of" and lemma_of(verb.head) in lexicon.warning_verbs:
            verb = verb.head  # "Iran warned Israel of a harsh response": the warned is threatened
            threateners, targets = subjects_of(verb), targets + direct_objects(verb)
        else:
            continue
        yield from _threats(threateners, targets + _answered(noun, verb, lexicon), noun)


def retaliation_told(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An answer in arms told as done, naming no one it was on: an attack on whoever the text told attacked the
    answerer (the frame's object is the verb).

    >>> read("Militias have attacked US forces 150 times. Washington has hit back repeatedly.", retaliation_told)
    [('Washington', 'attacks', 'hit')]
    >>> read("Washington vowed to hit back.", retaliation_told)
    []
    """
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        # ("hit back": the parser takes the particle for an adverb as often as not)
        if not set(particle_stems(verb)) & lexicon.armed_answer_verbs:
            continue
        # ("struck back on Sunday": a day is no one struck)
        aimed_at = [o for o in prep_objects(verb, lexicon.target_preps) if o.ent_type_ not in {"DATE", "TIME"}]
        if direct_objects(verb) or aimed_at or verb.dep_ == "xcomp" or in_future(verb, lexicon) or negated(verb) or (
                in_condition(verb, lexicon)):
            continue
        for answerer in subjects_of(verb):
            yield frame(answerer, "attacks", verb, verb, "retaliation_told")


def _threats(threateners: list[Token], targets: list[Token], cue: Token) -> Iterator[Frame]:
    """Each threatener's threat against each target; with no one named, against whoever the text told attacked the
    threatener ("vowed revenge"; the frame's object is the cue)."""
    for threatener in (t for g in threateners for t in conjuncts(g)):
        for target in (t for g in targets for t in conjuncts(g)) if targets else [cue]:
            yield frame(threatener, "threatens", target, cue,
                        "promised_retaliation" if targets else "promised_retaliation.unnamed")


def _answered(cue: Token, verb: Token, lexicon: Lexicon, preps: Iterable[str] = frozenset()) -> list[Token]:
    """Who did what a promised answer is for: "revenge for the US strikes", "a response after the killing"; and
    whom it is against, by `preps` on the cue ("respond to the strikes")."""
    targets = []
    answering = lexicon.answering_preps
    # ("vowed revenge after an airstrike blamed on Israel hit its base", "after Israel struck its base": the act
    # the clause after it tells, or its doer; not "after its commander was killed", whom it befell)
    after = [s for c in verb.children if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in answering
                                                                   for m in c.children) for s in subjects_of(c)
             if lexicon.noun_predicates.get(lemma_of(s)) in _HARMS or s.dep_ == "nsubj" and (
                 lexicon.verb_predicates.get(lemma_of(c)) in _HARMS)]
    for answered in prep_objects(cue, answering | set(preps)) + prep_objects(verb, answering) + after:
        # ("vows to respond after 3 US troops killed in Jordan": against who killed them, not them)
        harmed_by = [c for c in answered.children if c.dep_ == "acl" and lexicon.verb_predicates.get(
            lemma_of(c)) in _HARMS]
        if lexicon.noun_predicates.get(lemma_of(answered)) in _HARMS:
            targets += _agents_or_told_before(answered, lexicon)
        elif harmed_by:
            targets += [a for c in harmed_by for a in passive_agents(c)]
        else:
            targets.append(answered)
    return targets


def _vowed_to_answer(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "The militia vowed to retaliate", "vowing to respond": an answer promised with no one it is against named
    in its own clause.

    >>> read("Kataib Hezbollah vowed to respond to the US strikes.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'US')]
    >>> read("Kataib Hezbollah vowed to avenge the US killing of its commander.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'US')]
    >>> read("Kataib Hezbollah vowed to avenge the martyrs of the US strikes.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'US')]
    >>> read("Biden vowed that the United States would respond to the attack by the militias.",
    ...      promised_retaliation)
    [('Biden', 'threatens', 'militias')]
    >>> read("Biden vows to respond after 3 US troops killed in Jordan", promised_retaliation)
    [('Biden', 'threatens', 'respond')]
    """
    for verb in sent:
        vow = verb.head
        if (saying := _answer_said_to_come(verb, lexicon)) is not None:
            # ('"We will respond at a time and place of our choosing," he said', "Austin said Washington reserved the
            # right to respond": the speaker threatens, as with any attack said to come)
            yield from _threats(subjects_of(saying), [], verb)
            continue
        # ("vowed that the United States would respond": the answer to come, in a clause)
        if not (verb.dep_ == "xcomp" or verb.dep_ == "ccomp" and in_future(verb, lexicon)) or (
                lemma_of(vow) not in lexicon.threat_complement_verbs):
            continue
        if lemma_of(verb) in lexicon.response_verbs and direct_objects(verb) == []:
            yield from _threats(subjects_of(vow), _answered(verb, vow, lexicon, lexicon.target_preps | {"to"}), verb)
        elif lemma_of(verb) in lexicon.avenging_verbs:  # "vowed to avenge the killing": against who did it
            avenged = [o for o in direct_objects(verb) if lexicon.noun_predicates.get(lemma_of(o)) in _HARMS]
            # ("vowed to avenge the martyrs of the American aggression": the harm the dead fell to)
            avenged += [h for o in direct_objects(verb) if lemma_of(o) in lexicon.avenged_nouns
                        for h in prep_objects(o, {"of"}) if lexicon.noun_predicates.get(lemma_of(h)) in _HARMS]
            yield from _threats(subjects_of(vow), [a for o in avenged for a in _agents_or_told_before(o, lexicon)],
                                verb)


def _answer_said_to_come(verb: Token, lexicon: Lexicon) -> Token | None:
    """The verb of saying by which a verb of answering, under a modal of the future, is said with nothing it answers
    named but a harm ("We will respond at a time and place of our choosing," he said), no answer to a request or a
    letter; None where it is not said so.

    >>> read('"We will respond at a time and place of our choosing," Ryder said.', promised_retaliation)
    [('Ryder', 'threatens', 'respond')]
    >>> read('"We will respond to the request soon," Ryder said.', promised_retaliation)
    []
    >>> read('"We blame Iran, and we will respond when we choose," Ryder said.', promised_retaliation)
    [('Ryder', 'threatens', 'respond')]

    So is an answer one is said to have, or to keep, the right to:

    >>> read("Austin said Washington reserved the right to respond.", promised_retaliation)
    [('Austin', 'threatens', 'respond')]
    """
    answered = prep_objects(verb, {"to"})
    holder = right_holder(verb, lexicon)
    clause = first_conjunct(holder or verb)  # ('"We hold Iran responsible, and we will respond"')
    to_come = holder is not None or any(c.dep_ == "aux" and c.lower_ in lexicon.future_words for c in verb.children)
    reported = clause.dep_ == "ccomp" and lemma_of(clause.head) in lexicon.speech_verbs - (
        lexicon.threat_complement_verbs)
    answering = lemma_of(verb) in lexicon.response_verbs and not direct_objects(verb) and all(
        lexicon.noun_predicates.get(lemma_of(o)) in _HARMS for o in answered)
    return clause.head if reported and to_come and answering else None


def _not_left_unanswered(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "The group said the killing would not go unanswered": who says a harm will not go unanswered or unpunished
    threatens whoever did it.

    >>> read("Kataib Hezbollah said the US strike would not go unanswered.", promised_retaliation)
    [('Kataib Hezbollah', 'threatens', 'US')]
    >>> read("Kataib Hezbollah said the strike went unanswered.", promised_retaliation)
    []

    And so does who says it will be avenged or punished:

    >>> read("The killing of Muhandis by US forces will be avenged, Nujaba said.", promised_retaliation)
    [('Nujaba', 'threatens', 'US forces')]
    """
    for state in sent:
        # ("the killing will be avenged": a harm promised its answer)
        avenged = lemma_of(state) in lexicon.avenging_verbs and is_passive(state) and in_future(state, lexicon)
        verb = state if avenged else state.head
        if not avenged and (state.lower_ not in lexicon.unanswered_adjectives or not any(
                c.dep_ == "neg" for c in verb.children)):
            continue
        harms = [s for s in verb.children if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
                 and lexicon.noun_predicates.get(lemma_of(s)) in _HARMS]
        if harms and (speaker := speaker_for(verb, lexicon)) is not None:
            for doer in (a for h in harms for a in _agents_or_told_before(h, lexicon)):
                yield frame(speaker, "threatens", doer, state, "promised_retaliation.not_unanswered")


def fighting_until_departure(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Fighting, or operations, promised to go on until an actor leaves: a threat against the actor.

    >>> read("Kataib Hezbollah said its operations would continue until US forces leave Iraq.",
    ...      fighting_until_departure)
    [('operations', 'threatens', 'US forces')]
    >>> read("The group vowed to keep fighting until the withdrawal of the occupation forces.",
    ...      fighting_until_departure)
    [('group', 'threatens', 'occupation forces')]
    >>> read("The talks went on until the delegation left Baghdad.", fighting_until_departure)
    []
    >>> read("We will not stop until the last American soldier leaves.", fighting_until_departure)
    [('We', 'threatens', 'soldier')]
    """
    for until in sent:
        if until.lower_ != "until" or not in_future(until.head, lexicon):
            continue
        persisting = until.head.head if until.dep_ == "mark" else until.head
        # "until US forces leave", "until the last soldier leaves" (which the parser may make the preposition's
        # clause), "until the withdrawal of US forces"
        clauses = [until.head] if until.dep_ == "mark" else [c for c in until.children if c.dep_ == "pcomp"]
        leaving = [s for c in clauses if lemma_of(c) in lexicon.departure_words
                   for s in c.children if s.dep_ in SUBJECT_DEPS]
        leaving += [t for o in until.children if o.dep_ == "pobj" and lemma_of(o) in lexicon.departure_words
                    for t in prep_objects(o, {"of"})]
        for threatener in _who_keeps_up(persisting, lexicon):
            for target in (t for g in leaving for t in conjuncts(g)):
                yield frame(threatener, "threatens", target, until, "fighting_until_departure")


def fighting_while_present(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Fighting, or operations, promised to go on as long as an actor stays: a threat against the actor.

    >>> read("Its operations will continue as long as US troops remain in Iraq.", fighting_while_present)
    [('operations', 'threatens', 'US troops')]
    >>> read("The talks went on as long as the delegation stayed in Baghdad.", fighting_while_present)
    []
    """
    for long in sent:
        if long.lower_ != "long" or long.i + 1 >= len(sent.doc) or sent.doc[long.i - 1].lower_ != "as" or (
                (mark := sent.doc[long.i + 1]).lower_ != "as" or mark.dep_ != "mark"):
            continue
        staying, persisting = mark.head, long.head
        if lemma_of(staying) not in lexicon.staying_words or persisting.pos_ not in {"VERB", "AUX"} or not (
                in_future(persisting, lexicon)):
            continue
        for threatener in _who_keeps_up(persisting, lexicon):
            for target in (t for s in subjects_of(staying) for t in conjuncts(s)):
                yield frame(threatener, "threatens", target, long, "fighting_while_present")


def _who_keeps_up(verb: Token, lexicon: Lexicon) -> list[Token | str]:
    """Who keeps up what a verb says goes on: its subject, or, where that is an act told with no agent ("the attacks
    would continue"), whoever says so.

    >>> read("Abu Ali said the attacks would continue until US forces leave Iraq.", fighting_until_departure)
    [('Abu Ali', 'threatens', 'US forces')]
    """
    subjects = subjects_of(verb)
    unowned = subjects and all(lexicon.noun_predicates.get(lemma_of(s)) in _HARMS and not (
        event_agents(s, lexicon)) for s in subjects)
    speaker = speaker_for(verb, lexicon) if unowned else None
    return [speaker] if speaker is not None else subjects


def counted_among_the_dead(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Being among those killed in an event, or among its dead: killed by whoever carried it out.

    >>> read("Three fighters were among those killed in the US strikes.", counted_among_the_dead)
    [('US', 'kills', 'fighters')]
    >>> read("Three fighters were among the dead in the US strikes.", counted_among_the_dead)
    [('US', 'kills', 'fighters')]
    >>> read("Abu Baqir was among three people killed when a US drone hit their car.", counted_among_the_dead)
    [('US drone', 'kills', 'Abu Baqir')]
    >>> read("Two of its members were among the dead.", counted_among_the_dead)
    [('were', 'kills', 'Two')]
    """
    for among in sent:
        if among.lower_ != "among" or among.dep_ != "prep" or lemma_of(among.head) != "be":
            continue
        for group in (c for c in among.children if c.dep_ == "pobj"):
            killed = [c for c in group.children
                      if c.dep_ == "acl" and lexicon.verb_predicates.get(lemma_of(c)) == "kills"]
            if not killed and group.lower_ not in lexicon.dead_words:
                continue
            agents = [a for event in [*killed, among.head]
                      for a in _agents_of_event_in(event, lexicon) + _strikers_when(event, lexicon)]
            for patient in (p for s in subjects_of(among.head) for p in conjuncts(s)):
                for agent in agents:
                    yield frame(agent, "kills", patient, among, "counted_among_the_dead")
                if not agents:  # "two of its members were among the dead": killed by whoever the text told struck
                    yield frame(among.head, "kills", patient, among, "counted_among_the_dead.unattributed")


def dead_told_as_members(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """The dead of a killing said, in a partitive set off after it, to be a group's men: whoever carried out the
    killing kills the group.

    >>> read("Nine people were killed in the US strike, most of them members of Iran-backed militias.",
    ...      dead_told_as_members)
    [('US', 'kills', 'militias')]
    """
    for count in sent:
        verb = count.head
        if count.lower_ not in lexicon.partitive_pronouns or count.dep_ not in {"npadvmod", "advmod", "appos"} or (
                lexicon.verb_predicates.get(lemma_of(verb)) != "kills"):
            continue
        if not any(o.lower_ == "them" for o in prep_objects(count, {"of"})):
            continue
        men = [a for a in count.children if a.dep_ == "appos" and lemma_of(a) in lexicon.affiliated_nouns]
        for agent in (a for g in passive_agents(verb) + _agents_of_event_in(verb, lexicon) for a in conjuncts(g)):
            for group in (g for m in men for o in prep_objects(m, {"of"}) for g in conjuncts(o)):
                yield frame(agent, "kills", group, count, "dead_told_as_members")


def dead_placed_in_group(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """The dead of a killing told just before, placed in a group in a sentence of their own ("The dead belonged to
    Harakat al-Nujaba", "The dead were members of X"): the frame's subject is the verb itself; whoever carried out
    the last attack told killed the group.

    >>> read("The dead belonged to Harakat al-Nujaba.", dead_placed_in_group)
    [('belonged', 'kills', 'Harakat al-Nujaba')]
    >>> read("The dead were members of Kataib Hezbollah and Nujaba.", dead_placed_in_group)
    [('were', 'kills', 'Kataib Hezbollah'), ('were', 'kills', 'Nujaba')]
    >>> read("The dead were civilians, the ministry said.", dead_placed_in_group)
    []
    >>> read("The monitor said the dead included members of the Fatemiyoun Brigade.", dead_placed_in_group)
    [('included', 'kills', 'Fatemiyoun Brigade')]
    """
    for dead in sent:
        if dead.dep_ != "nsubj" or dead.lower_ not in lexicon.dead_words or [
                c.lower_ for c in dead.children if c.dep_ == "det"] != ["the"]:
            continue
        verb = dead.head
        if lemma_of(verb) in lexicon.owning_verbs:
            groups = prep_objects(verb, {"to", "with"})
        else:
            # ("the dead included members of X": what a verb of listing takes, as what the dead were)
            kinds = {"attr", "dobj"} if lemma_of(verb) in lexicon.listing_verbs else {"attr"}
            groups = [o for a in verb.children if a.dep_ in kinds and lemma_of(a) in lexicon.affiliated_nouns
                      for o in prep_objects(a, {"of"})]
        for group in (g for o in groups for g in conjuncts(o)):
            yield frame(verb, "kills", group, verb, "dead_placed_in_group")


def targets_listed(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """The targets of the attack told just before, listed in a sentence of their own ("The targets included weapons
    depots used by Kataib Hezbollah", "Its targets were KH positions"): the frame's subject is the verb itself;
    whoever carried out the last attack told attacked them.

    >>> read("The targets included weapons depots used by Kataib Hezbollah.", targets_listed)
    [('included', 'attacks', 'weapons depots')]
    >>> read("Kirby said its targets were Kataib Hezbollah and Nujaba.", targets_listed)
    [('were', 'attacks', 'Kataib Hezbollah'), ('were', 'attacks', 'Nujaba')]
    >>> read("A target of the strikes was a depot.", targets_listed)
    []

    So are the sites struck, listed by what they included ("The facilities included a command post used by
    Kataib Hezbollah"), but not by what they were:

    >>> read("The facilities included a command post used by Kataib Hezbollah.", targets_listed)
    [('included', 'attacks', 'command post')]
    >>> read("The facility was a key base for the coalition.", targets_listed)
    []

    And the targets told as used by an actor ("The targets were used by Kataib Hezbollah"), whose attack is on it:

    >>> read("Kirby said the targets were used by Kataib Hezbollah and Kataib Sayyid al-Shuhada.", targets_listed)
    [('used', 'attacks', 'Kataib Hezbollah'), ('used', 'attacks', 'Kataib Sayyid al-Shuhada')]
    """
    for targets in sent:
        verb = targets.head
        if targets.dep_ == "nsubjpass" and lemma_of(verb) in lexicon.using_verbs and is_definite(targets) and (
                lemma_of(targets) in lexicon.target_nouns | lexicon.struck_site_nouns):
            yield from (frame(verb, "attacks", t, verb, "targets_listed") for a in passive_agents(verb)
                        for t in conjuncts(a))
        if targets.dep_ != "nsubj" or lemma_of(verb) not in lexicon.listing_verbs or not (
                is_definite(targets) or any(c.dep_ == "poss" for c in targets.children)):
            continue
        if lemma_of(targets) not in lexicon.target_nouns and (
                lemma_of(targets) not in lexicon.struck_site_nouns or lemma_of(verb) == "be"):
            continue
        for target in (t for c in verb.children if c.dep_ in {"dobj", "attr"} for t in conjuncts(c)):
            yield frame(verb, "attacks", target, verb, "targets_listed")


def possessed_killing(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A killing owned by its victim ("Soleimani's killing", "Muhandis's assassination") and told as done by an
    agent or in an event of one: the agent kills the one whose killing it was. With an "of" object the owner is the
    killer ("Israel's assassination of Nasrallah", read by the event nouns).

    >>> read("Soleimani's killing in a US strike in 2020 changed the region.", possessed_killing)
    [('US', 'kills', 'Soleimani')]
    >>> read("Muhandis's assassination by the Americans angered the factions.", possessed_killing)
    [('Americans', 'kills', 'Muhandis')]
    >>> read("Israel's assassination of Nasrallah shocked the factions.", possessed_killing)
    []
    """
    for killing in sent:
        if killing.pos_ != "NOUN" or lexicon.noun_predicates.get(lemma_of(killing)) != "kills" or prep_objects(
                killing, {"of"}):
            continue
        victims = [v for c in killing.children if c.dep_ == "poss" for v in conjuncts(c)]
        agents = prep_objects(killing, {"by"}) + _agents_of_event_in(killing, lexicon)
        for agent in (a for g in agents for a in conjuncts(g)):
            for victim in victims:
                yield frame(agent, "kills", victim, killing, "possessed_killing")


def casualties_of_the_attacked(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Fighters an attack killed, whom the sentence gives to no group, are the attacked group's: the attacker
    kills the group (the guidelines' victims).

    >>> read("US jets struck Kataib Hezbollah, killing four fighters.", casualties_of_the_attacked)
    [('US jets', 'kills', 'Kataib Hezbollah')]
    >>> read("A US strike on Kataib Hezbollah killed four fighters.", casualties_of_the_attacked)
    [('US', 'kills', 'Kataib Hezbollah')]
    >>> read("The US carried out strikes on Kataib Hezbollah, killing 25 fighters.", casualties_of_the_attacked)
    [('US', 'kills', 'Kataib Hezbollah')]
    >>> read("US jets struck Kataib Hezbollah, killing four ISIS fighters.", casualties_of_the_attacked)
    []
    >>> read("Islamic State militants attacked an Iraqi army patrol, killing five soldiers including an officer.",
    ...      casualties_of_the_attacked)
    [('Islamic State militants', 'kills', 'army patrol')]
    >>> read("Iraq condemned US strikes on Kataib Hezbollah positions, which killed 25 fighters.",
    ...      casualties_of_the_attacked)
    [('US', 'kills', 'Kataib Hezbollah positions')]
    """
    for killing in sent:
        if killing.pos_ != "VERB" or lexicon.verb_predicates.get(lemma_of(killing)) != "kills" or is_passive(killing):
            continue
        if any(_unowned_fighters(v, lexicon) for v in direct_objects(killing)):
            for agent, target in _attack_told_with(killing, lexicon):
                if not names_a_place(target):
                    yield frame(agent, "kills", target, killing, "casualties_of_the_attacked")


def _unowned_fighters(victims: Token, lexicon: Lexicon) -> bool:
    """Whether the dead are armed men the phrase gives to no one ("four fighters", "five soldiers including an
    officer", not "four of its fighters")."""
    return lemma_of(victims) in lexicon.affiliated_nouns | lexicon.force_nouns and victims.dep_ != "pobj" and not any(
        c.dep_ in {"poss", "compound", "nmod", "prep", "amod", "appos"} and not c.like_num and not (
            c.dep_ == "prep" and c.lower_ in lexicon.example_preps) for c in victims.children)


def _attack_told_with(killing: Token, lexicon: Lexicon) -> Iterator[tuple[Token, Token]]:
    """The attacker and target of the attack a killing was done in: the verb it hangs on ("struck X, killing"),
    an attack that verb carries out ("carried out strikes on X, killing"), or its own subject ("a strike on X
    killed")."""
    verb = killing.head if killing.dep_ in {"advcl", "conj"} else None
    if verb is not None and lexicon.verb_predicates.get(lemma_of(verb)) == "attacks" and not is_passive(verb):
        yield from ((a, t) for a in subjects_of(verb) for o in direct_objects(verb) for t in conjuncts(o))
        return
    # ("strikes on Kataib Hezbollah positions, which killed 25 fighters": the strikes the clause is about)
    events = [relative_antecedent(s) for s in subjects_of(killing)] + (
        direct_objects(verb) if verb is not None else [])
    for event in (e for e in events if lexicon.noun_predicates.get(lemma_of(e)) == "attacks"):
        yield from ((a, t) for a in event_agents(event, lexicon) for t in _event_targets(event, "attacks", lexicon))


def provoked_retaliation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An answer one's acts drew from another is the other's attack on one: "launched more than 160 attacks on US
    forces, prompting deadly American retaliation" (not an answer they might draw: "could draw US retaliation").

    >>> read("The militias launched attacks on US forces, prompting deadly American retaliation.", provoked_retaliation)
    [('American', 'attacks', 'militias')]
    >>> read("The attacks could draw American retaliation.", provoked_retaliation)
    []
    """
    for answer in sent:
        provoking = answer.head
        if lemma_of(answer) not in lexicon.answering_nouns or answer.dep_ != "dobj" or (
                lemma_of(provoking) not in lexicon.provoking_verbs) or in_future(provoking, lexicon):
            continue
        for agent in (c for c in answer.children if c.dep_ in {"amod", "poss", "compound"} and (
                c.ent_type_ or c.pos_ == "PROPN")):
            for provoker in (p for s in subjects_of(provoking) for p in conjuncts(s)):
                yield frame(agent, "attacks", provoker, answer, "provoked_retaliation")

