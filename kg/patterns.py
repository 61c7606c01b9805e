"""Grammar patterns: each reads one construction of a parsed sentence and yields frames.

A frame is a candidate relation between two argument tokens; ``kg.relations``
resolves the arguments to actors and decides what is kept. Each pattern is a
small pure function over a sentence ``Span`` and the lexicon, named for the
construction it reads, with an example sentence in its docstring.
"""

from typing import Iterable, Iterator, NamedTuple

from spacy.tokens import Span, Token

from kg.actors import hyphen_modifier
from kg.lexicon import Lexicon

__all__ = ["Frame", "PATTERNS", "subjects_of", "conjuncts", "prep_objects", "event_agents", "in_future",
           "is_blocked"]

_SUBJECTS = frozenset({"nsubj", "csubj"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
_OBJECTS = frozenset({"dobj", "dative", "attr", "oprd"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})
# Verbs that take an event noun as object and give it their subject as agent ("carried out a strike").
_LIGHT_VERBS = frozenset({"carry", "launch", "conduct", "stage", "mount", "claim", "direct", "resume", "step",
                          "order", "authorize", "authorise", "intensify", "escalate", "begin", "hold", "start",
                          "continue", "execute", "perform", "make", "wage", "lead", "ramp", "increase", "exert",
                          "apply", "put", "pile", "reiterate", "renew", "repeat", "issue", "express", "voice",
                          "announce", "take"})
# Participles that give the event they modify its agent: "a strike authorized by Trump".
_AGENT_PARTICIPLES = frozenset({"authorize", "authorise", "order", "carry", "conduct", "launch", "claim", "direct",
                                "execute", "stage", "perform", "approve"})
# Nouns that count events: "a round of talks", "a series of strikes", "a wave of attacks".
_PARTITIVES = frozenset({"round", "series", "wave", "spate", "string", "number", "barrage", "volley",
                         "campaign", "resumption", "start", "part"})
# Verbs by which an actor takes part in events: "involved in attacks", "engaged in clashes".
_PARTICIPATION_VERBS = frozenset({"involve", "engage", "participate", "join"})
# Verbs by which an actor owns an act: "claimed responsibility for the attack".
_RESPONSIBILITY_VERBS = frozenset({"claim", "take", "accept", "bear", "assume"})
# Threat verbs whose target sits in their complement: "threatened to direct strikes against X".
_THREAT_VERBS = frozenset({"threaten", "vow", "pledge", "promise"})


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


def conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("the US and Iraq")."""
    return [token, *token.conjuncts]


def subjects_of(verb: Token) -> list[Token]:
    """The subjects of a verb, inherited through coordination, control and relative clauses."""
    found = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if found:
        return [t for s in found for t in conjuncts(s)]
    if any(c.dep_ in _PASSIVE_SUBJECTS for c in verb.children):
        return []  # a passive clause has its own subject; its agent, if any, comes with "by"
    if verb.dep_ == "xcomp":
        # object control: "pushes the government to end ..." - the government ends
        controllers = [c for c in verb.head.children if c.dep_ == "dobj"]
        if controllers:
            return [t for c in controllers for t in conjuncts(c)]
    if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head != verb:
        return subjects_of(verb.head)
    if verb.dep_ in {"relcl", "acl"}:
        return [verb.head]
    return []


def _passive_agent(verb: Token) -> list[Token]:
    return [p for a in verb.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]


def prep_objects(token: Token, preps: Iterable[str]) -> list[Token]:
    """The objects of a token's prepositions among `preps`: "attacks on US forces" gives forces for {"on"}."""
    wanted = set(preps)
    return [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in wanted
            for p in prep.children if p.dep_ == "pobj"]


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _phrasal(verb: Token) -> str:
    """ "call on" as one lemma: a verb and its particle or first preposition."""
    particle = next((c for c in verb.children if c.dep_ in {"prt", "prep"} and c.i == verb.i + 1), None)
    return f"{_lemma(verb)}_{particle.lower_}" if particle else _lemma(verb)


def active_verb(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Subject, event verb, object.

    >>> "The militia attacked the convoy."  # the militia attacks the convoy's force
    """
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"} or _is_passive(verb):
            continue
        predicate = lexicon.verb_predicates.get(_phrasal(verb)) or lexicon.verb_predicates.get(_lemma(verb))
        if predicate is None:
            continue
        objects = [o for c in verb.children if c.dep_ in _OBJECTS for o in conjuncts(c)]
        if predicate in {"attacks", "kills", "threatens"}:
            objects += [o for p in prep_objects(verb, lexicon.target_preps) for o in conjuncts(p)]
            if _lemma(verb) in lexicon.weapon_verbs:
                objects += [o for d in objects for p in prep_objects(d, lexicon.target_preps) for o in conjuncts(p)]
        if _lemma(verb) in _THREAT_VERBS:
            objects += [o for t in _complement_targets(verb, lexicon) for o in conjuncts(t)]
        elif predicate == "demands":
            objects += [o for p in prep_objects(verb, {"on", "upon", "for"}) for o in conjuncts(p)]
        elif predicate == "negotiates_with":
            objects += [o for p in prep_objects(verb, {"with"}) for o in conjuncts(p)]
        elif predicate == "accuses":
            # "the strike, which Tehran blamed on Israel": the one it is pinned on is accused
            objects += [o for p in prep_objects(verb, {"on"}) for o in conjuncts(p)]
        for subject in subjects_of(verb):
            for obj in objects:
                yield Frame(subject, predicate, obj, verb, "active_verb", 0.8)


def _complement_targets(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The targets of the acts a threat verb's complement names: "threatened to strike X", "to direct strikes at X"."""
    targets = []
    for complement in (c for c in verb.children if c.dep_ in {"xcomp", "ccomp"}):
        # "threatened to expel US troops": what the threatened act is done to
        if _lemma(complement) in lexicon.coercive_acts:
            targets += [c for c in complement.children if c.dep_ == "dobj"]
        for token in complement.subtree:
            if lexicon.verb_predicates.get(_lemma(token)) in {"attacks", "kills"} and token.pos_ == "VERB":
                targets += [c for c in token.children if c.dep_ == "dobj"]
            if lexicon.verb_predicates.get(_lemma(token)) in {"attacks", "kills"} or (
                    lexicon.noun_predicates.get(_lemma(token)) in {"attacks", "kills"} and token.pos_ == "NOUN"):
                targets += prep_objects(token, lexicon.target_preps)
    return targets


def passive_agent(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Patient, passive event verb, "by" agent.

    >>> "The convoy was struck by the militia."
    """
    for verb in sent:
        if verb.pos_ != "VERB" or not _is_passive(verb):
            continue
        predicate = lexicon.verb_predicates.get(_lemma(verb))
        if predicate is None:
            continue
        patients = [t for c in verb.children if c.dep_ in _PASSIVE_SUBJECTS for t in conjuncts(c)]
        if not patients and verb.dep_ == "acl":
            patients = [verb.head]
        for agent in _passive_agent(verb):
            for patient in patients:
                yield Frame(agent, predicate, patient, verb, "passive_agent", 0.75)
        # "X was killed in a US strike": the agent of the event it happened in
        for event in prep_objects(verb, {"in", "during"}):
            if lexicon.noun_predicates.get(_lemma(event)) in {"attacks", "kills"}:
                for agent in event_agents(event, lexicon):
                    for patient in patients:
                        yield Frame(agent, predicate, patient, verb, "passive_agent", 0.65)


def event_noun(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An event noun with its agent and target.

    >>> "The group claimed a drone strike on US forces."
    >>> "The US assassination of the general angered Baghdad."
    >>> "Attacks on the base came from the Houthis."
    """
    for noun in sent:
        if noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        predicate = lexicon.noun_predicates.get(_lemma(noun))
        if predicate is None or predicate == "negotiates_with":
            continue
        agents = event_agents(noun, lexicon)
        target_preps = set(lexicon.target_preps) | ({"of"} if predicate in {"kills", "demands", "opposes",
                                                                             "supports", "accuses"} else set())
        if predicate == "attacks":
            target_preps |= {"with"}  # "clashes with", "tit-for-tat attacks with"
        if predicate == "demands":
            target_preps |= {"for"}
        if predicate == "opposes":
            target_preps |= {"to"}
        if predicate == "supports":
            target_preps |= {"for", "to"}
        targets = [t for p in prep_objects(noun, target_preps) for t in conjuncts(p)]
        # "attacks in the Red Sea on US troops": the target hangs on the place
        targets += [t for place in prep_objects(noun, {"in", "at", "near"})
                    for p in prep_objects(place, lexicon.target_preps) for t in conjuncts(p)]
        if predicate == "demands" and noun.dep_ in {"dobj", "pobj"}:
            targets += [t for p in prep_objects(noun.head, {"on"}) for t in conjuncts(p)]
        for agent in (a for g in agents for a in conjuncts(g)):
            for target in targets:
                yield Frame(agent, predicate, target, noun, "event_noun", 0.65)


def event_agents(noun: Token, lexicon: Lexicon, depth: int = 0) -> list[Token]:
    """Who does what an event noun names: a modifier ("US strikes"), "by"/"from" ("a strike by X"), the subject
    of a light verb ("X carried out a strike"), a participle ("a strike ordered by X"), or the agent of the
    event it happened in ("the assassination ... in a drone strike authorized by X").
    """
    agents = [m for m in noun.children if m.dep_ in _MODIFIERS and m.i < noun.i]
    # "a US drone strike": the agent modifies the weapon that modifies the event
    agents += [g for m in agents for g in m.children if g.dep_ in _MODIFIERS and g.i < m.i]
    agents += prep_objects(noun, lexicon.agent_preps)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and _lemma(head.head) in _PARTITIVES:
        noun, head = head.head, head.head.head  # "a round of strikes": the round takes the arguments
        agents += prep_objects(noun, lexicon.agent_preps)
    if noun.dep_ in {"dobj", "nsubjpass"} and _lemma(head) in _LIGHT_VERBS:
        agents += subjects_of(head) + _passive_agent(head)
    elif noun.dep_ == "dobj":
        # "condemned the attack ... from the militia": the parser hangs the noun's "from" on the verb
        agents += prep_objects(head, {"from"})
    if noun.dep_ == "pobj" and head.lower_ == "for" and _lemma(head.head) == "responsibility":
        claim = head.head.head  # "X claimed responsibility for the attack"
        if _lemma(claim) in _RESPONSIBILITY_VERBS:
            agents += subjects_of(claim)
    if noun.dep_ == "pobj" and head.lower_ == "in" and _lemma(head.head) in _PARTICIPATION_VERBS:
        verb = head.head  # "groups ... have been involved in attacks"
        agents += subjects_of(verb) + [c for c in verb.children if c.dep_ == "nsubjpass"]
    for participle in (c for c in noun.children if c.dep_ == "acl" and _lemma(c) in _AGENT_PARTICIPLES):
        agents += _passive_agent(participle)
    if depth == 0:
        for inner in prep_objects(noun, {"in", "by", "with", "during"}):
            if lexicon.noun_predicates.get(_lemma(inner)) in {"attacks", "kills"}:
                agents += event_agents(inner, lexicon, depth + 1)
    return agents


def negotiation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Talks between two parties.

    >>> "Talks between Iraq and the US resumed."
    >>> "Iraq and the US began discussions."
    >>> "Baghdad held talks with Washington."
    """
    for noun in sent:
        if lexicon.noun_predicates.get(_lemma(noun)) != "negotiates_with" or noun.pos_ not in {"NOUN", "PROPN"}:
            continue
        parties = _parties(noun, {"between", "among", "with"})
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and _lemma(noun.head.head) in _PARTITIVES:
            noun = noun.head.head
        if noun.dep_ in {"dobj", "nsubjpass"}:
            # the holder of the talks first: "Iraq held talks with Turkey" reads Iraq, then Turkey
            parties = subjects_of(noun.head) + parties + _parties(noun.head, {"with", "between"})
        elif noun.dep_ == "nsubj":
            parties += _parties(noun.head, {"between", "with"})
        for i, first in enumerate(parties):
            for second in parties[i + 1:]:
                yield Frame(first, "negotiates_with", second, noun, "negotiation", 0.7)


def _parties(token: Token, preps: set[str]) -> list[Token]:
    """The parties a preposition of talks names; "between" joins two, and a third conjunct is the
    parser running on past the phrase."""
    found = []
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
        for party in (p for p in prep.children if p.dep_ == "pobj"):
            found += conjuncts(party)[:2] if prep.lower_ == "between" else conjuncts(party)
    return found


def backed_modifier(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "X-backed Y", "pro-X Y" and "X proxy Y": X supports Y; "X-aligned Y": Y supports X; "X-led Y": X leads Y.

    >>> "The Iran-backed Houthis fired missiles."
    >>> "The US-led coalition left."  # leads
    >>> "The Iran-aligned Kataib Hezbollah militia spoke."  # Kataib Hezbollah supports Iran
    """
    modifiers = lexicon.backing_modifiers | lexicon.aligned_modifiers | lexicon.leading_modifiers
    for token in sent:
        if token.lower_ in modifiers and token.i >= 2 and token.nbor(-1).text in {"-", "–"}:
            backer, modifier = token.nbor(-2), token.lower_
        elif joined := hyphen_modifier(token, modifiers):
            backer, modifier = token, token.lower_[len(joined) + 1:]  # "U.S.-led" is one token
        else:
            continue
        backed = _modified_noun(token)
        if backed is None:
            continue
        # "the Iran-backed Kataib Hezbollah militia": the name the noun carries is the one backed
        for side in [backed, *(c for c in backed.children if c.dep_ == "compound" and c.i > token.i)]:
            if modifier in lexicon.aligned_modifiers:
                yield Frame(side, "supports", backer, token, "backed_modifier", 0.8)
            else:
                predicate = "leads" if modifier in lexicon.leading_modifiers else "supports"
                yield Frame(backer, predicate, side, token, "backed_modifier", 0.85)
    for token in sent:
        if token.lower_ == "pro" and token.i + 2 < len(token.doc) and token.nbor(1).text in {"-", "–"}:
            backed = _modified_noun(token.nbor(2))
            if backed is not None:
                yield Frame(token.nbor(2), "supports", backed, token, "backed_modifier", 0.8)
        if token.lower_ in lexicon.proxy_nouns and token.dep_ in {"compound", "appos", "nmod"}:
            backers = [c for c in token.children if c.dep_ in _MODIFIERS]
            for backer in backers:
                yield Frame(backer, "supports", token.head, token, "backed_modifier", 0.75)


def _modified_noun(token: Token) -> Token | None:
    """The noun a modifier ultimately attaches to."""
    current = token
    for _ in range(4):
        if current.dep_ in {"amod", "compound", "npadvmod", "nmod", "punct", "advmod"} and current.head != current:
            current = current.head
            if current.pos_ in {"NOUN", "PROPN"} and current.dep_ not in {"compound", "amod"}:
                return current
        else:
            break
    return current if current != token and current.pos_ in {"NOUN", "PROPN"} else None


def role_apposition(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A role noun tying a person to an organisation or state.

    >>> "Abu Ali, a spokesperson for the group, spoke."  # spokesperson_for
    >>> "Iraqi Foreign Minister Fuad Hussein met him."  # official_of Iraq
    >>> "He is Iran's ambassador."  # official_of Iran
    >>> "Group leader Ali Saleh said."  # leads
    """
    for role in sent:
        kind = _role_kind(role, lexicon)
        if kind is None:
            continue
        people = _role_holders(role)
        if not people:
            continue
        organisations = [m for m in role.children if m.dep_ in _MODIFIERS and m.i < role.i]
        organisations += prep_objects(role, {"of", "for", "with"})
        person_head = people[0]
        if role.dep_ in {"compound", "nmod"} and role.head == person_head:
            organisations += [m for m in person_head.children if m.dep_ in _MODIFIERS and m.i < role.i]
        if kind == "spokesperson_for":
            # "the Iraqi spokesperson" is a nationality, not a principal
            organisations = [o for o in organisations if o.pos_ != "ADJ"]
        for organisation in (o for g in organisations for o in conjuncts(g)):
            for person in people:
                if person != organisation:
                    yield Frame(person, kind, organisation, role, "role_apposition", 0.8)


def _role_kind(role: Token, lexicon: Lexicon) -> str | None:
    # the tagger reads some titles before a name as adjectives: "Iranian general Qasem Soleimani"
    title_before_name = role.pos_ == "ADJ" and role.dep_ in {"compound", "amod"} and role.head.pos_ == "PROPN"
    if role.pos_ not in {"NOUN", "PROPN"} and not title_before_name:
        return None
    lemma = _lemma(role)
    compound = [c for c in role.children if c.dep_ == "compound" and c.i == role.i - 1]
    if compound and (joined := f"{_lemma(compound[0])}_{lemma}") in lexicon.role_predicates:
        lemma = joined
    kind = lexicon.role_predicates.get(lemma)
    if kind in {"leads", "commander"} and any(c.lower_ in {"deputy", "vice", "assistant", "acting"}
                                               for c in role.children):
        return "member_of"
    if kind == "commander":
        determiner = next((c for c in role.children if c.dep_ == "det"), None)
        one_of_several = determiner is not None and determiner.lower_ in {"a", "an", "one", "another"}
        senior = any(c.lower_ in {"senior", "top", "deputy", "field", "local"} for c in role.children)
        return "member_of" if one_of_several or senior else "leads"
    return kind


def _role_holders(role: Token) -> list[Token]:
    """The person a role noun describes: by compound, apposition or copula."""
    if role.dep_ in {"compound", "nmod"} and role.head.pos_ == "PROPN":
        return [role.head]
    if role.dep_ == "appos":
        return [role.head]
    appositives = [c for c in role.children if c.dep_ == "appos"]
    if appositives:
        return appositives
    # "a spokesperson for X, Abu Ali," where the parser hangs the name on X
    appositives = [a for p in prep_objects(role, {"for", "of"}) for a in p.children
                   if a.dep_ == "appos" and a.pos_ == "PROPN"]
    if appositives:
        return appositives
    if role.dep_ == "attr" and role.head.lemma_ == "be":
        return [c for c in role.head.children if c.dep_ == "nsubj"]
    if role.dep_ in {"pobj"} and role.head.lower_ == "as":
        return subjects_of(role.head.head)
    return []


def membership(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Being part of, serving under, affiliated with.

    >>> "The brigade is part of the Popular Mobilization Forces."
    >>> "Several factions serve under the umbrella of the PMF."
    >>> "Fighters affiliated with the group attacked."
    """
    for token in sent:
        lemma = _lemma(token)
        if token.pos_ == "NOUN" and lemma in lexicon.membership_heads:
            members = _members_of_noun(token)
            groups = prep_objects(token, {"of"})
            if lemma == "umbrella" and token.dep_ == "pobj":
                members = subjects_of(token.head.head) if token.head.head.pos_ in {"VERB", "AUX"} else members
            for member in members:
                for group in groups:
                    yield Frame(member, "member_of", group, token, "membership", 0.7)
        elif token.pos_ in {"VERB", "ADJ"} and lemma in lexicon.membership_verbs | {"affiliated", "integrated"}:
            members = subjects_of(token) if token.dep_ not in {"acl", "amod"} else [token.head]
            if token.dep_ in {"acl"} or _is_passive(token):
                members = members or [c for c in token.children if c.dep_ == "nsubjpass"]
            groups = prep_objects(token, lexicon.membership_preps | {"into", "to"})
            groups = [g for grp in groups for g in _through_umbrella(grp)]
            for member in members:
                for group in groups:
                    yield Frame(member, "member_of", group, token, "membership", 0.7)


def umbrella_apposition(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An organisation described as a group of others: they are its members.

    >>> "The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed it."
    """
    for token in sent:
        if token.dep_ == "appos" and _lemma(token) in lexicon.umbrella_nouns:
            for member in prep_objects(token, {"of"}):
                for actor_token in conjuncts(member):
                    yield Frame(actor_token, "member_of", token.head, token, "umbrella_apposition", 0.65)


def _through_umbrella(token: Token) -> list[Token]:
    if token.lemma_.lower() in {"umbrella", "command", "banner", "wing"}:
        return prep_objects(token, {"of"}) or [token]
    return [token]


def _members_of_noun(noun: Token) -> list[Token]:
    """Who is "part of" something: the subject of "be", or what the phrase is an apposition to."""
    if noun.dep_ in {"attr", "acomp"} and noun.head.lemma_ == "be":
        return subjects_of(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        verb = noun.head.head
        return subjects_of(verb) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "relcl":
        return [noun.head.head.head]
    if noun.dep_ == "attr" and noun.head.dep_ == "relcl":
        return [noun.head.head]
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ == "oprd" or noun.dep_ == "dobj":
        return [c for c in noun.head.children if c.dep_ == "dobj" and c != noun]
    return []


def alignment(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Being aligned or allied with, close or loyal to an actor: support.

    >>> "The prime minister is closely aligned with the factions."
    >>> "Saraya al-Salam, the armed wing loyal to Muqtada al-Sadr, spoke."
    """
    for verb in sent:
        if _lemma(verb) in lexicon.alignment_adjectives and verb.pos_ == "ADJ":
            sides = subjects_of(verb.head) if verb.dep_ == "acomp" else [verb.head] if verb.dep_ in {
                "amod", "acl", "appos"} else []
            for side in (s for g in sides for s in conjuncts(g)):
                for other in (o for p in prep_objects(verb, {"to", "with"}) for o in conjuncts(p)):
                    yield Frame(side, "supports", other, verb, "alignment", 0.6)
            continue
        if _lemma(verb) not in lexicon.alignment_verbs:
            continue
        sides = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}] or (
            [verb.head] if verb.dep_ in {"acl", "amod"} else [])
        for side in (s for g in sides for s in conjuncts(g)):
            for other in prep_objects(verb, {"with"}):
                for actor_token in conjuncts(other):
                    yield Frame(side, "supports", actor_token, verb, "alignment", 0.6)


def organisation_of(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An organisation named as part of another: "the Quds Force of Iran's Revolutionary Guards".

    >>> "The Quds Force of the IRGC trained them."
    """
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ == "compound":
            continue
        for owner in prep_objects(token, {"of"}):
            if owner.pos_ == "PROPN":
                yield Frame(token, "member_of", owner, token, "organisation_of", 0.55)


def mutual_fighting(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Fighting between two sides: each attacks the other.

    >>> "Clashes between PKK fighters and Turkish forces broke out."
    >>> "Saraya al-Salam fought a battle with the army."
    """
    for noun in sent:
        if _lemma(noun) not in lexicon.mutual_fight_nouns or noun.pos_ != "NOUN":
            continue
        sides = _parties(noun, {"between", "among"})
        if noun.dep_ in {"dobj", "nsubjpass"} or noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb = noun.head if noun.dep_ != "pobj" else noun.head.head
            with_sides = prep_objects(noun, {"with"}) + prep_objects(verb, {"with"})
            if with_sides:
                sides = subjects_of(verb) + [s for w in with_sides for s in conjuncts(w)]
        for i, first in enumerate(sides):
            for second in sides[i + 1:]:
                yield Frame(first, "attacks", second, noun, "mutual_fighting", 0.6)
                yield Frame(second, "attacks", first, noun, "mutual_fighting", 0.6)


def support_from(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Acting with another's support: the other supports the actor.

    >>> "The militias fought beside Syrian troops with backing from the Quds Force."
    """
    for noun in sent:
        if lexicon.noun_predicates.get(_lemma(noun)) != "supports" or noun.dep_ != "pobj":
            continue
        if noun.head.lower_ != "with" or noun.head.head.pos_ not in {"VERB", "AUX"}:
            continue
        supporters = prep_objects(noun, {"from", "of"}) + [m for m in noun.children if m.dep_ in _MODIFIERS]
        for supporter in (s for g in supporters for s in conjuncts(g)):
            for supported in subjects_of(noun.head.head):
                yield Frame(supporter, "supports", supported, noun, "support_from", 0.6)


def designation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Naming an actor a terrorist, or putting it on a terrorism list: the charge is an accusation.

    >>> "The State Department designated Kataib Hezbollah a terrorist organization."
    >>> "Kataib Hezbollah has been on Washington's terrorism list since 2009."
    """
    for token in sent:
        lemma = _lemma(token)
        if lemma in lexicon.designation_verbs and token.pos_ == "VERB" and _names_terror(token, lexicon):
            designators = subjects_of(token) + _passive_agent(token)
            designated = [c for c in token.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
            for designator in designators:
                for target in (t for d in designated for t in [*conjuncts(d), *_listed(d)]):
                    yield Frame(designator, "accuses", target, token, "designation", 0.7)
        elif lemma in lexicon.designation_lists and token.pos_ == "NOUN" and _names_terror(token, lexicon):
            owners = [c for c in token.children if c.dep_ in {"poss", "compound"} and c.i < token.i]
            verb = token.head.head if token.dep_ == "pobj" else None
            if verb is None or token.head.lower_ not in {"on", "to"}:
                continue
            listed = [c for c in verb.children if c.dep_ == "dobj"] or subjects_of(verb)
            for owner in owners:
                for target in (t for d in listed for t in conjuncts(d)):
                    yield Frame(owner, "accuses", target, token, "designation", 0.65)


def _names_terror(token: Token, lexicon: Lexicon) -> bool:
    """The word, its phrase or what it is named as speaks of terrorism."""
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children} | {token.lower_}
    if token.dep_ == "compound" or token.dep_ == "pobj":
        words |= {t.lower_ for t in token.head.subtree}
    return bool(words & lexicon.terror_words)


def _listed(token: Token) -> list[Token]:
    """ "four groups - A, B, C and D -": the names a list noun stands for."""
    return [t for c in token.children if c.dep_ == "appos" for t in conjuncts(c)]


def rejection(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker leaving no room for an actor: "There is no room for American bases," he said.

    >>> '"There is no room for foreign forces," the cleric said.'
    """
    if sent._.speaker is None:
        return
    for token in sent:
        if _lemma(token) in {"room", "place"} and any(c.lower_ == "no" for c in token.children):
            yield from _said_of(sent._.speaker, "opposes", prep_objects(token, {"for"}), token, "rejection", 0.55)


def deployment(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An armed force placed somewhere: "troops in Iraq", "stationed in Syria", "a base in Jordan",
    "attacks on US troops in Syria", "the coalition is in Iraq".

    >>> "US forces are stationed in Iraq."
    >>> "Baghdad hosts 2,500 American troops."
    """
    for token in sent:
        lemma = _lemma(token)
        if token.pos_ in {"NOUN", "PROPN"} and (lemma in lexicon.force_nouns or token.lower_ in lexicon.force_nouns):
            for place in prep_objects(token, {"in", "at"}):
                yield Frame(token, "deployed_in", place, token, "deployment", 0.7)
                if _lemma(place) in lexicon.installation_nouns:  # "troops at a base in Jordan"
                    for further in prep_objects(place, {"in"}):
                        yield Frame(token, "deployed_in", further, token, "deployment", 0.6)
            if token.dep_ == "dobj" and _lemma(token.head) in lexicon.deployment_verbs:
                # "the United States maintaining 2,500 troops in Iraq": the troops are the keeper's forces
                for keeper in subjects_of(token.head):
                    for place in prep_objects(token, {"in"}):
                        yield Frame(keeper, "deployed_in", place, token, "deployment", 0.6)
        if lexicon.noun_predicates.get(lemma) == "attacks" and token.pos_ == "NOUN":
            places = prep_objects(token, {"in"})
            # "attacks in the Red Sea on US troops": a target hanging on a place was there
            pairs = [(t, place) for t in prep_objects(token, lexicon.target_preps) for place in places]
            pairs += [(t, place) for place in places for t in prep_objects(place, lexicon.target_preps)]
            for target, place in pairs:
                yield Frame(target, "deployed_in", place, token, "deployment", 0.5)
        if token.pos_ == "VERB" and lemma in lexicon.deployment_verbs:
            forces = [c for c in token.children if c.dep_ in {"nsubjpass", "nsubj"}]
            if token.dep_ == "acl":
                forces.append(token.head)
            places = prep_objects(token, {"in", "at"})
            if token.dep_ == "relcl" and any(c.lower_ == "where" for c in token.children):
                # "the garrison in Syria, where US troops are based": the clause may be about either place
                place = token.head
                places.append(place)
                while place.dep_ == "pobj" and place.head.lower_ in {"in", "near"} and place.head.head.pos_ == "NOUN":
                    place = place.head.head
                    places.append(place)
            if lemma == "host":
                hosts = [token.head] if token.dep_ == "relcl" else subjects_of(token)
                for guest in (c for c in token.children if c.dep_ == "dobj"):
                    for host in hosts:
                        yield Frame(guest, "deployed_in", host, token, "deployment", 0.65)
                continue
            for force in forces:
                for place in places:
                    yield Frame(force, "deployed_in", place, token, "deployment", 0.75)
        if lemma == "be" and token.pos_ == "AUX":
            for subject in subjects_of(token):
                for place in prep_objects(token, {"in"}):
                    yield Frame(subject, "deployed_in", place, token, "deployment", 0.6)


def location(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """One place within another: "X in Y", "Y's X province", "the province of X", "X, the capital of Y".

    >>> "Rockets hit a base in Anbar province."
    >>> "Mosul, the capital of Nineveh, was quiet."
    """
    for token in sent:
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        for container in prep_objects(token, {"in", "of"} if _lemma(token) in lexicon.place_nouns else {"in"}):
            if _lemma(container) in lexicon.place_nouns:
                container = next(iter(prep_objects(container, {"of"})), container)  # "the province of Anbar"
            yield Frame(token, "located_in", container, token, "location", 0.6)
        owners = [c for c in token.children if c.dep_ in {"poss", "amod", "compound"} and c.i < token.i]
        for owner in owners:
            yield Frame(token, "located_in", owner, token, "location", 0.55)
            if token.ent_type_ == "" and _lemma(token) in lexicon.place_nouns:
                # "the western Iraqi province of Anbar": the name follows the noun
                for named in prep_objects(token, {"of"}):
                    yield Frame(named, "located_in", owner, token, "location", 0.6)
        if token.dep_ == "appos" and _lemma(token) in {"capital", "city", "town", "province", "district",
                                                         "region", "village"}:
            for container in prep_objects(token, {"of", "in"}):
                yield Frame(token.head, "located_in", container, token, "location", 0.65)
        if token.dep_ in {"appos", "npadvmod"} and token.pos_ == "PROPN" and token.i > 1 and token.nbor(-1).text == ",":
            yield Frame(token.head, "located_in", token, token, "location", 0.5)


def quotation_source(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A statement given to or reported by an outlet: "X told Tasnim", "..., AFP reported", "according to AFP".

    >>> "The commander told Reuters the attacks would go on."
    """
    for token in sent:
        lemma = _lemma(token)
        if lemma in lexicon.telling_verbs and token.pos_ == "VERB":
            outlets = [c for c in token.children if c.dep_ in {"dobj", "dative"}]
            for speaker in subjects_of(token):
                for outlet in outlets:
                    yield Frame(speaker, "quoted_by", outlet, token, "quotation_source", 0.8)
        reporter = None
        if lemma in lexicon.report_verbs and token.pos_ == "VERB":
            reporter = next((c for c in token.children if c.dep_ == "nsubj"), None)
        elif token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
            reporter = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
        if reporter is None:
            continue
        for clause in _reported_clauses(token):
            for subject in subjects_of(clause):
                yield Frame(subject, "quoted_by", reporter, token, "quotation_source", 0.6)


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses whose content a reporting verb attributes: its complement, or the clause it is parenthetical to."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    if verb.dep_ in {"parataxis", "ccomp", "advcl", "prep"} or verb.lower_ == "according":
        head = verb.head
        while head.dep_ == "prep" and head.head != head:
            head = head.head
        clauses.append(head)
    return clauses


def _clause_verbs(sent: Span) -> Iterator[Token]:
    for token in sent:
        if token.pos_ in {"VERB", "AUX"} and (token.dep_ in {"ROOT", "ccomp", "conj", "advcl", "xcomp", "relcl"}):
            yield token


_NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "appos", "poss"})
_CLAUSE_DEPS = frozenset({"advcl", "relcl", "ccomp", "acl", "conj", "parataxis"})


def own_clause(verb: Token) -> set[Token]:
    """The tokens of a verb's own clause: its subtree without the clauses embedded in it."""
    tokens = set(verb.subtree)
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
            tokens -= set(child.subtree)
    for token in list(tokens):
        if token.dep_ in {"relcl", "acl", "advcl"} and token != verb:
            tokens -= set(token.subtree)
    return tokens


def labelled_fault(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Calling an actor or its act something harmful: accusing the actor.

    >>> 'The minister called the strikes "a violation of our sovereignty".'
    """
    for verb in sent:
        if _lemma(verb) not in lexicon.labelling_verbs or verb.pos_ != "VERB":
            continue
        labels = [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"}]
        labels += prep_objects(verb, {"as"})
        words = {_lemma(t) for label in labels for t in label.subtree} | {t.lower_ for label in labels
                                                                           for t in label.subtree}
        if not words & lexicon.fault_words:
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for subject in subjects_of(verb):
                yield Frame(subject, "accuses", obj, verb, "labelled_fault", 0.6)


def reported_fault(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor does harm: the speaker accuses the actor.

    >>> '"The occupiers violate our sovereignty," the minister said.'
    """
    speaker = sent._.speaker
    if speaker is None:
        return
    cue_words = {t for t in sent if _lemma(t) in lexicon.fault_words or t.lower_ in lexicon.fault_words}
    if not cue_words:
        return
    for verb in _clause_verbs(sent):
        if _lemma(verb) in lexicon.speech_verbs:
            continue
        if prep_objects(verb, {"as"}):
            continue  # "X look at Y as invaders": a view held by X, not the speaker's charge against X
        clause = own_clause(verb)
        if not clause & cue_words:
            continue
        subjects = (s for s in verb.children if s.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS)
        yield from _said_of(speaker, "accuses", subjects, next(iter(clause & cue_words)), "reported_fault", 0.5)


def _said_of(speaker: str, predicate: str, arguments: Iterable[Token], cue: Token, pattern: str,
             confidence: float) -> Iterator[Frame]:
    """Frames from a speaker to each argument and the tokens coordinated with it."""
    for argument in arguments:
        for actor_token in conjuncts(argument):
            yield Frame(speaker, predicate, actor_token, cue, pattern, confidence)


def blame(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor was behind, responsible for, or the planner of an act: the speaker accuses it.

    >>> 'The monitor said the militias were behind the attacks.'
    >>> 'Pompeo said the attack had been planned by Kataib Hezbollah.'
    """
    speaker = sent._.speaker
    if speaker is None:
        return
    for token in sent:
        if token.lower_ == "behind" or (token.lower_ == "responsible" and token.pos_ == "ADJ"):
            verb = token.head if token.dep_ in {"prep", "acomp"} else token
            subjects = (c for c in verb.children if c.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS)
            yield from _said_of(speaker, "accuses", subjects, token, "blame", 0.55)
        elif _lemma(token) in lexicon.plotting_verbs and token.pos_ == "VERB":
            # "he said the attack had been planned by X": the plotter is accused
            acts = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
            if any(lexicon.noun_predicates.get(_lemma(a)) in {"attacks", "kills"} for a in acts):
                plotters = _passive_agent(token) if _is_passive(token) else subjects_of(token)
                yield from _said_of(speaker, "accuses", plotters, token, "blame", 0.5)


def ending_presence(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An actor moving to end another's presence or mission: it opposes that actor.

    >>> "The government moved to end the coalition's mission."
    """
    for verb in sent:
        if _lemma(verb) not in lexicon.ending_acts or verb.pos_ != "VERB":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if _lemma(obj) not in lexicon.argument_bridges:
                continue
            for subject in subjects_of(verb):
                yield Frame(subject, "opposes", obj, verb, "ending_presence", 0.6)


def reported_consequences(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor will face consequences: the speaker threatens it.

    >>> '"The United States would face consequences," the minister warned.'
    """
    speaker = sent._.speaker
    if speaker is None:
        return
    for verb in sent:
        if _lemma(verb) not in lexicon.threat_verbs or not in_future(verb, lexicon):
            continue
        if any(_lemma(o) in lexicon.threat_outcomes for o in verb.children if o.dep_ == "dobj"):
            yield from _said_of(speaker, "threatens", subjects_of(verb), verb, "reported_consequences", 0.5)


def reported_coercion(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker talking of driving an actor out: the speaker threatens it.

    >>> '"We are closer to kicking the US out," he said.'
    """
    speaker = sent._.speaker
    if speaker is None:
        return
    for verb in sent:
        lemma = _lemma(verb)
        if lemma in lexicon.coercive_acts and verb.pos_ == "VERB" and lemma not in lexicon.verb_predicates:
            objects = (c for c in verb.children if c.dep_ == "dobj")
            yield from _said_of(speaker, "threatens", objects, verb, "reported_coercion", 0.5)


def reported_demand(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor must act: the speaker demands it of the actor.

    >>> '"Washington must withdraw its troops," he said.'
    """
    if sent._.speaker is None:
        return
    text = sent.text.lower()
    if not any(word.replace("_", " ") in text for word in lexicon.demand_words):
        return
    for verb in sent:
        if _lemma(verb) not in lexicon.demanded_acts or verb.pos_ != "VERB":
            continue
        for subject in subjects_of(verb):
            yield Frame(sent._.speaker, "demands", subject, verb, "reported_demand", 0.5)


def reported_threat(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker announcing attacks to come: the speaker threatens their target.

    >>> '"Attacks on US bases will continue," he added.'
    """
    if sent._.speaker is None:
        return
    for noun in sent:
        lemma = _lemma(noun)
        if "attacks" not in (lexicon.noun_predicates.get(lemma), lexicon.verb_predicates.get(lemma)):
            continue
        if not in_future(noun, lexicon):
            continue
        targets = prep_objects(noun, lexicon.target_preps) + [c for c in noun.children if c.dep_ == "dobj"]
        yield from _said_of(sent._.speaker, "threatens", targets, noun, "reported_threat", 0.55)


def in_future(cue: Token, lexicon: Lexicon) -> bool:
    """The act is spoken of as to come: under a modal, in a condition, or governed by "continue", "vow", "face".

    >>> "Attacks on the base will continue."
    """
    current = cue
    for level in range(4):
        if any(c.dep_ == "aux" and c.lower_ in lexicon.future_words for c in current.children):
            return True
        if level and current.lemma_.lower() in lexicon.future_words:
            return True
        if any(c.dep_ == "mark" and c.lower_ == "if" for c in current.children):
            return True
        if current.head == current:
            break
        current = current.head
    return False


def is_blocked(cue: Token, lexicon: Lexicon) -> bool:
    """The act is negated, suspended, denied or failed.

    A modifier's reading is not blocked by what its noun does: in "the Iran-backed
    militia suspended attacks" the backing stands, the attacks do not.

    >>> "The militia suspended attacks on US forces."
    """
    current = cue
    for level in range(4):
        if any(c.dep_ == "neg" for c in current.children):
            return True
        if level and current.lemma_.lower() in lexicon.blocking_words:
            return True
        if any(c.dep_ in {"amod", "det"} and c.lower_ in lexicon.blocking_words for c in current.children):
            return True
        if current.head == current or current.dep_ in _NOUN_MODIFIER_DEPS:
            break
        current = current.head
    return False


PATTERNS = (
    active_verb, passive_agent, event_noun, negotiation, backed_modifier, role_apposition, membership,
    umbrella_apposition, alignment, organisation_of, deployment, location, quotation_source, labelled_fault,
    mutual_fighting, support_from, designation,
    reported_fault,
    reported_demand, reported_threat, reported_coercion, reported_consequences, rejection, blame, ending_presence,
)
