"""Place patterns: an armed force stationed somewhere, one place within another."""

from typing import Iterator

from spacy.tokens import Span, Token

from kg.coref import actor_ids_at, mention_containing, names_a_state
from kg.gazetteer import is_place
from kg.lexicon import Lexicon
from kg.nlp import compounded_name
from kg.patterns.helpers import (PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, Frame, conjuncts, counting_noun,
                                 direct_objects, frame, is_passive, lemma_of, linked_actors, names_an_armed_force,
                                 phrasal_lemma,
                                 placed_from, prep_objects, relative_antecedent, subjects_of, what_it_is_called)
from kg.patterns.helpers import _parser, read  # noqa: F401 - the docstring examples run through them

__all__ = ["deployment", "deployment_verb", "casualties_at_target", "location"]


def deployment(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An armed force, or a target, placed by a noun phrase or a copula: "troops in Iraq", "a base in Jordan",
    "attacks on US troops in Syria", "the coalition is in Iraq".

    >>> read("US positions at Ain al-Asad and Harir were hit.", deployment)
    [('US positions', 'deployed_in', 'Ain al-Asad'), ('US positions', 'deployed_in', 'Harir')]
    >>> read("The coalition is in Iraq.", deployment)
    [('coalition', 'deployed_in', 'Iraq')]
    >>> read("The militia attacked US forces in Anbar.", deployment)
    [('US forces', 'deployed_in', 'Anbar')]
    >>> read("The US has about 2,500 troops in Iraq and 900 in Syria.", deployment)
    [('troops', 'deployed_in', 'Iraq'), ('US', 'deployed_in', 'Iraq'), ('US', 'deployed_in', 'Syria')]
    >>> read("Turkey maintains dozens of military outposts in Duhok.", deployment)
    [('Turkey', 'deployed_in', 'Duhok')]
    >>> read("Three US soldiers at a base in Jordan were killed.", deployment)[:2]
    [('US soldiers', 'deployed_in', 'base'), ('US soldiers', 'deployed_in', 'Jordan')]
    >>> read("Turkey maintains dozens of military bases across the Kurdistan Region.", deployment)
    [('Turkey', 'deployed_in', 'Kurdistan Region')]
    >>> read("A drone hit a base hosting US troops in eastern Syria.", deployment)[0]
    ('US troops', 'deployed_in', 'Syria')
    >>> read("Federal Police vehicles on patrol in Baghdad.", deployment)[0]
    ('Federal Police vehicles', 'deployed_in', 'Baghdad')
    >>> read("Rockets landed near a former US facility at Baghdad airport.", deployment)
    []
    >>> read("Iran fired missiles at what it called an Israeli base in Erbil.", deployment)
    []
    """
    military = lexicon.force_nouns | lexicon.force_site_nouns
    for token in sent:
        lemma = lemma_of(token)
        # ("the coalition against Islamic State in Iraq": an armed force named by its own name is placed as well)
        military_noun = token.pos_ in {"NOUN", "PROPN"} and (lemma in military or token.lower_ in military or (
            token.is_lower and token.dep_ != "compound" and names_an_armed_force(token)))
        # ("a former US facility at Baghdad airport" holds no force there now, and "a cargo ship" or "an Israel-linked
        # ship", tied to a state by its owners, none ever)
        if military_noun and not any(
                c.dep_ == "amod" and c.lower_ in lexicon.former_words or c.dep_ in {"amod", "acl"} and (
                    lemma_of(c) in lexicon.owning_verbs) for c in token.children) and not (
                _civilian(token, lexicon) or _called_so(token, lexicon)):
            yield from _force_noun_placed(token, lexicon)
            yield from _kept_forces(token, lexicon)
        if lemma in lexicon.stationing_nouns and token.pos_ == "NOUN":
            yield from _mission_in(token)
        yield from _attacked_there(token, lexicon)
        if lemma == "be" and token.pos_ == "AUX":
            for subject in subjects_of(token):
                for place in _places(token, {"in"}):
                    yield frame(subject, "deployed_in", place, token, "deployment.copula")


def _attacked_there(act: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """Whom an attack in a place was on was there: "the militia attacked US forces in Anbar", "attacks in the Red
    Sea on US troops" (a target hanging on the place)."""
    lemma = lemma_of(act)
    if lexicon.verb_predicates.get(lemma) == "attacks" and act.pos_ == "VERB" and not is_passive(act):
        for target in (t for c in act.children if c.dep_ == "dobj" for t in conjuncts(c)
                       if lemma_of(t) not in lexicon.located_targets):  # "a target in Israel" is the place
            # ("targeted the Harir air base, which hosts coalition forces, in the Shaqlawa district": a named base is
            # there, and the forces in the base, one step at a time)
            named = [target, *(c for c in target.children if c.dep_ == "compound")] if lemma_of(target) in (
                lexicon.installation_nouns) else [target]
            base = _names_a_place(named)
            for place in _places(act, {"in"}):
                yield frame(target, "located_in" if base else "deployed_in", place, act,
                            "location.preposition" if base else "deployment.attack_place")
    if lexicon.noun_predicates.get(lemma) == "attacks" and act.pos_ == "NOUN":
        places = prep_objects(act, {"in"})
        pairs = [(t, place) for t in prep_objects(act, lexicon.target_preps) for place in places]
        pairs += [(t, place) for place in places for t in prep_objects(place, lexicon.target_preps)]
        for target, place in pairs:
            yield frame(target, "deployed_in", place, act, "deployment.attack_place")


def _forces_among(tokens: list[Token], lexicon: Lexicon) -> list[Token]:
    """Those of `tokens` that may be a force: names, and common nouns of troops, groups or counts of them ("thousands
    of Turkish soldiers"); people named by another common noun are a force only as troops ("where US diplomats and
    contractors are based"); a common noun standing for an actor named before is that actor ("the coalition
    remained in Iraq")."""
    return [f for f in tokens if f.pos_ != "NOUN" or {lemma_of(f), f.lower_} & (
        lexicon.force_nouns | lexicon.armed_group_nouns | lexicon.partitives) or actor_ids_at(f)]


def _civilian(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun that may name a force's site is a civilian one: "a US diplomatic facility", "an Israeli spy
    headquarters" hold no armed force."""
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.civilian_modifiers for c in noun.children)


def _set_off_after(noun: Token) -> Token | None:
    """The noun a phrase set off by a comma describes: its head where the parser made it an apposition, else the
    noun before the comma (the parser may hang "home to the US embassy" on the verb)."""
    if noun.dep_ == "appos":
        return noun.head
    before = noun.doc[noun.i - 2] if noun.i > 1 and noun.doc[noun.i - 1].text == "," else None
    return before if before is not None and before.pos_ in {"NOUN", "PROPN"} else None


def _hosted(hosts: list[Token], guests: list[Token], cue: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """What a place hosts is there: a force deployed, a place the text names (an embassy, a base) lying in it; not a
    civilian site.

    >>> read("Rockets hit Ain al-Asad, home to US troops.", deployment_verb)
    [('US troops', 'deployed_in', 'Ain al-Asad')]
    >>> read("The airport hosts a U.S. diplomatic facility.", deployment_verb)
    []
    """
    for guest in (g for g in guests if not _civilian(g, lexicon)):
        for host in hosts:
            yield frame(guest, "located_in" if _names_a_place([guest]) else "deployed_in", host, cue, "deployment.host")


def _names_a_place(tokens: list[Token]) -> bool:
    """Whether any of `tokens` refers to an actor the text names as a place (a named base, an embassy): what is
    there lies there, where a force would be deployed."""
    actors = linked_actors(tokens[0].doc) if tokens else {}
    return any(actors[a].type == "Place" for t in tokens for a in actor_ids_at(t) if a in actors)


def _owned_site(site: Token) -> Iterator[Frame]:
    """A named base an armed force owns is where the force is: "the Turkish military's Zilkan base".

    >>> from kg.extraction import make_pipeline
    >>> [(r.subject, r.object) for r in make_pipeline()("Rockets hit the Turkish army's Zilkan base.")._.readings]
    [('turkish_armed_forces', 'zilkan_base')]
    """
    if not _names_a_place([site]):
        return
    for owner in site.children:
        if owner.dep_ == "poss" and names_an_armed_force(owner):
            yield frame(owner, "deployed_in", site, site, "deployment.owned_site")


def _forces_gone_to(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A force that goes somewhere is deployed there: "US forces have begun relocating to Erbil", "US Marines arrived
    in Baghdad".

    >>> read("US forces have begun withdrawing from Ain al-Asad and relocating to Erbil.", deployment_verb)
    [('US forces', 'deployed_in', 'Erbil')]
    >>> read("Hundreds of US Marines arrived in Baghdad on Tuesday.", deployment_verb)
    [('Hundreds', 'deployed_in', 'Baghdad')]
    """
    arrived = lemma_of(verb) in lexicon.arrival_verbs
    for force in _forces_among(subjects_of(verb), lexicon):
        for place in _places(verb, lexicon.containment_preps) if arrived else prep_objects(verb, {"to"}):
            yield frame(force, "deployed_in", place, verb, "deployment.verb")


def _kept_forces(force: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "the United States maintaining 2,500 troops in Iraq": the troops are the keeper's forces, there.

    >>> read("Turkey has set up dozens of military bases in the Kurdistan Region.", deployment)
    [('Turkey', 'deployed_in', 'Kurdistan Region')]
    >>> read("The United States has about 2,500 troops stationed in Iraq.", deployment)
    [('United States', 'deployed_in', 'Iraq')]
    >>> read("The US military maintains about 900 troops at bases in Hasakah.", deployment)[:2]
    [('US military', 'deployed_in', 'bases'), ('US military', 'deployed_in', 'Hasakah')]
    >>> ('Turkey', 'deployed_in', 'Iraq') in read("Turkey has 2,000 soldiers at bases in northern Iraq.", deployment)
    True
    """
    # "Turkey maintains dozens of military outposts in Duhok": a count of them is what the verb keeps
    counted = counting_noun(force, lexicon)
    # (a relative pronoun the parser made the verb's indirect object is a clause it misread: "The PKK, which Turkey
    # and the EU list as a terrorist group, has bases in Iraq" keeps no Turkish bases)
    misread = any(c.dep_ == "dative" and c.lower_ in RELATIVE_PRONOUNS for c in counted.head.children)
    if counted.dep_ == "dobj" and not misread and {lemma_of(counted.head), phrasal_lemma(counted.head)} & (
            lexicon.deployment_verbs | lexicon.keeping_verbs):
        # "has 2,500 troops in Iraq and 900 in Syria": the parser may hang the place on the verb
        # ("has 2,500 troops stationed in Iraq": or on the participle that places them)
        kept = [*dict.fromkeys([*conjuncts(force), counted])]
        kept += [c for noun in kept for c in noun.children if c.dep_ == "acl" and lemma_of(c) in (
            lexicon.deployment_verbs)]
        for keeper in subjects_of(counted.head):
            for place in _where_kept(kept, counted.head, lexicon):
                yield frame(keeper, "deployed_in", place, force, "deployment.keeper")


def _where_kept(kept: list[Token], verb: Token, lexicon: Lexicon) -> list[Token]:
    """Where what a verb keeps is: a named base kept ("the Turkish army has maintained the Zilkan base since 2015"),
    else where its phrases place it ("maintains troops at bases in Hasakah": where the bases are, wherever the parser
    hangs them)."""
    return [n for n in kept if _names_a_place([n])] or [
        site for noun in [*kept, verb] for p in _places(noun, lexicon.containment_preps)
        for site in _site_or_where_it_is(p, lexicon)]


def _mission_in(mission: Token) -> Iterator[Frame]:
    """ "the coalition will end its mission in Iraq", "the mission of the coalition in Syria", "shrink their
    footprint in Baghdad": whose mission or footprint it is is there.

    >>> read("The coalition will end its military mission in Iraq and Syria.", deployment)
    [('its', 'deployed_in', 'Iraq'), ('its', 'deployed_in', 'Syria')]
    """
    owners = [c for c in mission.children if c.dep_ == "poss"] + prep_objects(mission, {"of"})
    # ("shrink its footprint in Baghdad": the parser may hang the place on the verb)
    places = _places(mission, {"in"}) or (_places(mission.head, {"in"}) if mission.dep_ == "dobj" else [])
    for owner in (o for g in owners for o in conjuncts(g)):
        for place in places:
            yield frame(owner, "deployed_in", place, mission, "deployment.mission")


def casualties_at_target(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Those an attack on a place killed or wounded were there: "a drone attack on the Tower 22 outpost killed
    three US soldiers" (the soldiers are deployed in the outpost).

    >>> read("A drone attack on the Tower 22 outpost killed three US soldiers.", casualties_at_target)
    [('US soldiers', 'deployed_in', 'outpost')]
    >>> read("They claimed a rocket barrage on the K-1 base that wounded four U.S. service members.",
    ...      casualties_at_target)
    [('U.S. service members', 'deployed_in', 'K-1 base')]
    >>> read("The drone attack killed three US soldiers at a base in Jordan.", casualties_at_target)
    [('US soldiers', 'deployed_in', 'base'), ('US soldiers', 'deployed_in', 'Jordan')]
    >>> read("The militias kept launching drones at Israeli territory.", casualties_at_target)
    []
    """
    for verb in sent:
        if verb.pos_ != "VERB" or is_passive(verb) or lexicon.verb_predicates.get(lemma_of(verb)) not in {
                "attacks", "kills"}:
            continue
        # "a drone attack", "a rocket barrage": the noun or its compound names the attack ("a Kataib Hezbollah drone":
        # or what struck)
        attacks = [a for a in map(relative_antecedent, subjects_of(verb)) if any(
            lexicon.noun_predicates.get(lemma_of(t)) in {"attacks", "kills"} or lemma_of(t) in lexicon.force_nouns
            for t in (a, *(c for c in a.children if c.dep_ == "compound")))]
        places = [p for a in attacks for p in prep_objects(a, lexicon.target_preps)]
        # "killed three US soldiers at a base in Jordan": where the killing was, they were (but what a weapon is
        # launched "at" is its target: "launching drones at Israeli territory")
        launched = lemma_of(verb) in lexicon.weapon_verbs
        if not launched:
            places += [s for p in _places(verb, {"at"}) for s in _site_or_where_it_is(p, lexicon)]
        for casualty in direct_objects(verb):
            # (or the parser hangs the place on them: "wounds three US service members at Erbil air base")
            own = [] if launched else [s for p in _places(casualty, {"at"}) for s in _site_or_where_it_is(p, lexicon)]
            for place in places + own:
                yield frame(casualty, "deployed_in", place, verb, "deployment.casualties")


def deployment_verb(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A force placed by a verb of deployment: "stationed in Syria", "bases that host coalition forces".

    >>> read("US forces are stationed in Iraq.", deployment_verb)
    [('US forces', 'deployed_in', 'Iraq')]
    >>> read("Baghdad hosts 2,500 American troops.", deployment_verb)
    [('troops', 'deployed_in', 'Baghdad')]
    >>> read("Drones hit Ain al-Asad air base in Anbar, which hosts US troops.", deployment_verb)
    [('US troops', 'deployed_in', 'Ain al-Asad air base')]
    >>> read("Rockets struck Victory Base, which houses US forces.", deployment_verb)
    [('US forces', 'deployed_in', 'Victory Base')]
    >>> read("Coalition forces will shrink their footprint in Baghdad while staying in Erbil.", deployment_verb)
    [('Coalition forces', 'deployed_in', 'Erbil')]
    >>> read("The airport hosts a U.S. diplomatic facility.", deployment_verb)
    []
    >>> read("U.S. forces are deployed at bases in Erbil.", deployment_verb)
    [('U.S. forces', 'deployed_in', 'bases'), ('U.S. forces', 'deployed_in', 'Erbil')]
    >>> read("American soldiers are deployed at Ain al-Asad, in Anbar province.", deployment_verb)
    [('soldiers', 'deployed_in', 'Ain al-Asad')]
    >>> read("Federal Police units patrolled Baghdad on Sunday.", deployment_verb)
    [('Federal Police units', 'deployed_in', 'Baghdad')]
    """
    for token in sent:
        if lemma_of(token) in lexicon.home_nouns and (host := _set_off_after(token)) is not None:
            # "Ain al-Asad, home to US troops"; "the Green Zone, home to the US embassy"
            yield from _hosted([host], prep_objects(token, {"to"}), token, lexicon)
        if token.pos_ == "VERB" and lemma_of(token) in lexicon.sending_verbs:
            yield from _sent_forces(token, lexicon)
        if token.pos_ == "VERB" and lemma_of(token) in lexicon.patrolling_words:
            yield from _patrolled(token, lexicon)
        if token.pos_ == "VERB" and lemma_of(token) in lexicon.relocation_verbs | lexicon.arrival_verbs and not (
                direct_objects(token)):
            yield from _forces_gone_to(token, lexicon)
        if token.pos_ != "VERB" or lemma_of(token) not in lexicon.deployment_verbs | lexicon.hosting_verbs:
            continue
        if lemma_of(token) in lexicon.hosting_verbs:
            # "Ain al-Asad, which hosts US troops"; but in "the KRG, whose capital Erbil hosts US troops" the clause
            # names its own host
            own = [c for c in token.children if c.dep_ == "nsubj" and c.lower_ not in {"which", "that", "who"}]
            hosts = [_relative_place(token, lexicon)] if token.dep_ == "relcl" and not own else subjects_of(token)
            yield from _hosted(hosts, [c for c in token.children if c.dep_ == "dobj"], token, lexicon)
            continue
        # "shrink their footprint in Baghdad while staying in Erbil": the clause's subject stays
        forces = subjects_of(token) + [f for c in token.children if c.dep_ == "nsubjpass" for f in conjuncts(c)]
        if token.dep_ == "acl":
            forces.append(token.head)
        forces = _forces_among(forces, lexicon)
        for force in forces:
            for place in _deployment_places(token, lexicon):
                yield frame(force, "deployed_in", place, token, "deployment.verb")


def _patrolled(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "Federal Police units patrolled Baghdad": where a force patrols, it is."""
    for force in _forces_among(subjects_of(verb), lexicon):
        for place in direct_objects(verb) + _places(verb, lexicon.containment_preps):
            yield frame(force, "deployed_in", place, verb, "deployment.verb")


def _deployment_places(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Where a verb of deployment puts its forces, one step of containment at a time: "deployed at bases in Erbil"
    (where an unnamed base is), "deployed at Ain al-Asad, in Anbar province" (the base, which the province holds),
    "the garrison in Syria, where US troops are based").

    >>> read("Russia said oil was smuggled from fields in eastern Syria, where American troops have been stationed.",
    ...      deployment_verb)
    [('troops', 'deployed_in', 'fields'), ('troops', 'deployed_in', 'Syria')]
    """
    places = [site for place in _places(verb, lexicon.containment_preps)
              for site in _site_or_where_it_is(place, lexicon)]
    holding = {c.i for place in places for c in _following_places(place, lexicon)}
    places = [place for place in places if place.i not in holding]
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children):
        # ("oil fields in eastern Syria, where American troops have been stationed": where unnamed fields are)
        places += _site_or_where_it_is(_relative_place(verb, lexicon), lexicon)
    return places


def _sent_forces(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A force sent somewhere is deployed there: the force, or whoever sent troops it does not name.

    >>> read("Peshmerga forces were sent to Kirkuk.", deployment_verb)
    [('Peshmerga forces', 'deployed_in', 'Kirkuk')]
    >>> read("The US deployed additional troops to Syria.", deployment_verb)
    [('US', 'deployed_in', 'Syria')]
    >>> read("Iraqi army units were deployed to Sinjar.", deployment_verb)
    [('army units', 'deployed_in', 'Sinjar')]
    """
    # ("Iraqi army units": men of a force named on them)
    sent = [f for c in verb.children if c.dep_ in {"dobj", *PASSIVE_SUBJECT_DEPS} for f in conjuncts(c)
            if {lemma_of(f), f.lower_} & lexicon.force_nouns or lemma_of(f) in lexicon.affiliated_nouns and any(
                g.dep_ == "compound" and lemma_of(g) in lexicon.force_nouns for g in f.children)]
    for force in sent:
        # ("Iraqi troops were deployed": a state named by its adjective owns them)
        owned = any(c.dep_ in {"compound", "poss", "nmod"} or c.pos_ == "PROPN" or c.dep_ == "amod" and (
            actor_ids_at(c)) for c in force.children)
        for place in _places(verb, {"to", "into"}):
            for holder in [force] if owned or force.pos_ == "PROPN" else subjects_of(verb):
                yield frame(holder, "deployed_in", place, verb, "deployment.sent")


def _relative_place(clause: Token, lexicon: Lexicon) -> Token:
    """The place a relative clause is about, where the parser hangs it on the last of a chain of places: in "Ain
    al-Asad air base in Anbar, which hosts US troops", "the Zilkan base near Bashiqa in Nineveh, where Turkish
    troops are stationed" and "the Harir air base north of Erbil, which hosts US troops" the installation, else the
    place it hangs on.

    >>> read("They claimed an attack on the Victoria base near Baghdad International Airport, where American forces "
    ...      "are stationed.", deployment_verb)
    [('forces', 'deployed_in', 'Victoria base')]
    """
    chain = [clause.head]
    while chain[-1].dep_ == "pobj" and chain[-1].head.lower_ in {"in", "near", "at", "of"}:
        prep = chain[-1].head
        # the parser may hang "in Anbar" on the verb, though it follows the base at once
        before = prep.head if prep.head.pos_ in {"NOUN", "PROPN"} else prep.doc[prep.i - 1] if prep.i else prep
        if prep.lower_ == "of" and (before := placed_from(chain[-1])) is None:
            break
        if before.pos_ not in {"NOUN", "PROPN"} or before in chain:
            break
        chain.append(before)
    sites = (lexicon.installation_nouns | lexicon.place_nouns) - lexicon.seat_nouns  # a base, not a province
    # (not one a place is only near: "the Victoria base near Baghdad International Airport, where American forces
    # are stationed" is the base)
    return next((p for p in chain if lemma_of(p) in sites and not (
        p.dep_ == "pobj" and p.head.lower_ in lexicon.vicinity_preps and p is not chain[-1])), chain[0])


def _site_or_where_it_is(place: Token, lexicon: Lexicon) -> list[Token]:
    """Where something at a place is: the place, and where a place noun that names no place is ("a base in Jordan",
    "the American base in Jordan"; not "the Victory base", nor "the base" the text named before); a count of sites
    ("dozens of bases in Iraq") is where they are."""
    if {lemma_of(place), place.lower_} & lexicon.partitives:
        return [s for counted in prep_objects(place, {"of"}) for s in _site_or_where_it_is(counted, lexicon)]
    # (the lemmatizer takes "bases" for "basis")
    unnamed = {lemma_of(place), place.lower_} & (lexicon.place_nouns | lexicon.installation_nouns) and not (
        actor_ids_at(place)) and not any(
        c.dep_ in {"compound", "nmod", "poss"} and c.pos_ == "PROPN" and not names_a_state(c) for c in place.children)
    return [place, *(_places(place, {"in"}) if unnamed else ())]


def _called_so(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is what a free relative says someone calls a thing ("what it called an Israeli base"): the
    speaker's name for it, which places no force anywhere."""
    labelling = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
    return any(what_it_is_called(c, lexicon) == noun for c in labelling.children if c.dep_ == "dobj")


def _force_noun_placed(force: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """Where the prepositions of a military noun place it ("troops in Iraq", "a base in Jordan"), or its owner's
    force, a named base ("the Turkish army's Zilkan base")."""
    # "launched drones at the base": where a weapon is fired at is its target, not where it is
    fired = force.dep_ == "dobj" and lemma_of(force.head) in lexicon.weapon_verbs
    # ("a base hosting US troops in eastern Syria": the parser may hang the place on the verb of hosting)
    hosted_in = _places(force.head, {"in"}) if force.dep_ == "dobj" and (
        lemma_of(force.head) in lexicon.hosting_verbs) else []
    # ("Federal Police vehicles on patrol in Baghdad": where a force's patrol is, it is)
    hosted_in += [p for duty in prep_objects(force, {"on"}) if lemma_of(duty) in lexicon.patrolling_words
                  for p in _places(duty, {"in"})]
    for place in _places(force, lexicon.containment_preps - ({"at"} if fired else set())) + hosted_in:
        # "troops at Tower 22 in Jordan" are deployed at Tower 22, and it is in Jordan: containment is read one step
        # at a time (the guidelines' direct containment); but a base no name is given for is no step, and "troops at
        # a base in Jordan" are in Jordan
        for site in _site_or_where_it_is(place, lexicon):
            yield frame(force, "deployed_in", site, force, "deployment.force_noun")
    yield from _owned_site(force)


def _places(token: Token, preps: set[str]) -> list[Token]:
    """The places a token's prepositions name, with those coordinated with them ("in Iraq and Syria"), or the
    place "there" takes up ("has dozens of bases there").

    >>> from kg.extraction import make_pipeline
    >>> [(r.subject, r.object) for r in make_pipeline()("Turkish troops entered the Kurdistan Region in 2019 and "
    ...                                                  "have been stationed there since.")._.readings]
    [('turkish_armed_forces', 'kurdistan_region')]
    """
    there = [c for c in token.children if c.dep_ == "advmod" and c.lower_ == "there" and actor_ids_at(c)]
    return [c for place in prep_objects(token, preps) for c in conjuncts(place)] + there


def _following_places(token: Token, lexicon: Lexicon) -> list[Token]:
    """ "fired at the base in Anbar": the parser hangs "in Anbar" on the verb, though it follows the place at once;
    in "maintains a garrison at al-Tanf in southeastern Syria", on the verb above the garrison; in "struck near the
    town of Makhmour in Erbil province", on the verb above the town.

    >>> read("The US maintains a garrison at al-Tanf in southeastern Syria.", location)[0]
    ('al-Tanf', 'located_in', 'Syria')
    >>> ('Makhmour', 'located_in', 'Erbil province') in read("A drone struck near the town of Makhmour in Erbil "
    ...                                                      "province.", location)
    True
    >>> ('Tower', 'located_in', 'Jordan') in read("It answered the drone attack on Tower 22 in Jordan.", location)
    True
    >>> from kg.extraction import make_pipeline
    >>> [(r.subject, r.object) for r in make_pipeline()("A strike hit the town of Mayadeen in Deir ez-Zor "
    ...                                                  "province.")._.readings]
    [('mayadeen', 'deir_ez_zor')]
    """
    named = token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and lemma_of(token.head.head) in lexicon.place_nouns:
        named = token.head.head  # "the town of Makhmour": where the town is held
    verb = named.head.head if named.dep_ == "pobj" else named.head if named.dep_ == "dobj" else None
    if verb is None:
        return []  # (the cheap tests first: this runs for every noun)
    holders = [verb, verb.head] if named.dep_ == "pobj" and verb.dep_ == "dobj" else [verb]
    places = [place for holder in holders for place in prep_objects(holder, {"in"})]
    if not places:
        return []
    doc, end = token.doc, token.i
    # "the drone attack on Tower 22 in Jordan": after the whole name, as the actors stage found it (the NER's own
    # may run on into the preposition: "the town of Mayadeen in Deir ez-Zor province")
    if (mention := mention_containing(token)) is not None:
        end = mention.end - 1
    while mention is None and end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
        end += 1
    if end + 1 >= len(doc):
        return []
    following = doc[end + 1]
    if following.text == "," and end + 2 < len(doc):
        following = doc[end + 2]  # "in Tuz Khurmatu, in Salahaddin province"
    return [c for place in places if place.head == following for c in conjuncts(place)]


def _around(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """What a noun places around it: "positions at Ain al-Asad and Harir in Iraq" (the places something is at are in
    where it is), "the Green Zone, where the US embassy stands" (a place is in it, forces are deployed there)."""
    for place in (p for a in prep_objects(token, {"at"}) for p in conjuncts(a)):
        for container in prep_objects(token, {"in"}):
            yield frame(place, "located_in", container, token, "location.at_in")
    for clause in (c for c in token.children if c.dep_ == "relcl" and any(w.lower_ == "where" for w in c.children)):
        if lemma_of(clause) in lexicon.speech_verbs:
            continue  # "the airport, where a base hosts U.S. troops, the Iraqi military said": a source placed nowhere
        for inside in subjects_of(clause):
            military = {lemma_of(inside), inside.lower_} & (lexicon.force_nouns | lexicon.force_site_nouns)
            yield frame(inside, "deployed_in" if military else "located_in", token, clause, "location.where")


def _lying_in(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A place said to lie in another.

    >>> ('al-Tanf garrison', 'located_in', 'Syria') in read("The al-Tanf garrison lies in southeastern Syria.",
    ...                                                     location)
    True
    """
    if verb.pos_ == "VERB" and lemma_of(verb) in lexicon.lying_verbs:
        # "the base is located in Anbar"
        for place in subjects_of(verb) + [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]:
            for container in _places(verb, {"in"}):
                yield frame(place, "located_in", container, verb, "location.verb")


def _one_name(word: Token, head: Token) -> bool:
    """Whether two words are of one entity's name ("Islamic" and "Resistance"), which holds no place in another.

    >>> doc = _parser()("The Islamic Resistance in Iraq spoke.")
    >>> _one_name(doc[1], doc[2])
    True
    """
    doc = head.doc
    return word.ent_iob_ != "O" and all(doc[i].ent_iob_ == "I" for i in range(word.i + 1, head.i + 1))


def _area_name(token: Token, lexicon: Lexicon) -> Token:
    """The name an area noun follows ("Dora" in "the Dora area"), which names the place without it, or the name a
    place noun is given ("a base in Jordan known as Tower 22"); else the token.

    >>> read("The attack killed three soldiers at a base in Jordan known as Tower 22.", location)
    [('Tower', 'located_in', 'Jordan')]
    """
    if lemma_of(token) in lexicon.place_nouns and (name := _given_name(token, lexicon)) is not None:
        return name
    if lemma_of(token) not in lexicon.area_nouns:
        return token
    return _name_before(token) or token


def _given_name(noun: Token, lexicon: Lexicon) -> Token | None:
    """The name a clause on a noun gives it: "known as Tower 22", "called Green Village"."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        if lemma_of(clause) == "know":
            return next(iter(prep_objects(clause, {"as"})), None)
        if lemma_of(clause) in lexicon.given_name_verbs:
            return next((c for c in clause.children if c.dep_ in {"oprd", "attr", "dobj"}), None)
    return None


def _name_before(noun: Token) -> Token | None:
    """The name compounded before a noun, nearest first: "Dora" in "the Dora area", "Baghdad" in "the Baghdad
    district of Dora"."""
    return next((c for c in reversed(list(noun.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)


def _named_for_its_container(area: Token, named: Token, of_name: Token, lexicon: Lexicon) -> bool:
    """Whether the name before an area noun is the place that holds the area its "of" names, not the area's own
    name: after a word of direction ("the eastern Baghdad district of Baladiyat"), or where the gazetteer knows the
    name before as a town or province and not the name after ("the Baghdad district of Dora"; but "the al-Sa'idat
    area of Jurf al-Nasr", "the Soran district of Erbil province").

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("Rockets came from the eastern Baghdad district of Baladiyat.")
    >>> _named_for_its_container(doc[6], doc[5], doc[8], load_lexicon())
    True
    >>> found = read("It hit the eastern Baghdad district of Palestine Street.", location)
    >>> ('Palestine Street', 'located_in', 'Baghdad') in found
    True
    """
    if lemma_of(of_name) in lexicon.place_nouns and of_name.is_lower:
        return False  # "the Soran district of Erbil province" is in the province ("of Palestine Street" names one)
    if any(c.dep_ == "amod" and c.lower_ in lexicon.direction_words for c in area.children if c.i < named.i):
        return True
    return is_place(_name_text(named)) and not is_place(_name_text(of_name))


def _name_text(token: Token) -> str:
    """The words of the name a token ends: its entity's, else its own and the compound words before it."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is not None:
        return entity.text
    return compounded_name(token).text


def _containers_before(place: Token, named_for: frozenset[str], lexicon: Lexicon) -> list[Token]:
    """The places named before a place that it lies in: "Iraq's Anbar province", "the Kurdistan Region's Erbil"; not
    the town a province or landmark is named for, nor the state whose base a base is ("a US installation")."""
    held = lemma_of(place) in lexicon.installation_nouns | lexicon.force_nouns | lexicon.force_site_nouns
    if lemma_of(place) in lexicon.clock_nouns:
        return []  # "9:30 p.m. (Baghdad time)"
    if not (place.pos_ == "PROPN" or place.ent_type_ == "Place" or lemma_of(place) in (
            lexicon.place_nouns | lexicon.area_nouns | lexicon.seat_nouns)):
        return []  # a place's, not any thing's: "serving American and Gulf agendas" places no agenda
    return [c for c in place.children if c.i < place.i and not _one_name(c, place) and not _one_of_a_pair(c) and (
        c.dep_ in {"poss", "amod"} or c.dep_ == "compound" and lemma_of(place) not in named_for) and not (
        held and c.ent_type_ in {"Country", "NORP"})]


def _one_of_a_pair(word: Token) -> bool:
    """Whether a name is one of two joined by a hyphen ("the Syrian-Iraqi border", "the Iraq-Syria crossing"): what
    they name lies between the two, in neither.

    >>> doc = _parser()("They met at the Iraq-Syria border crossing of Al-Qaim.")
    >>> _one_of_a_pair(doc[4]), _one_of_a_pair(doc[6]), _one_of_a_pair(doc[12])
    (True, True, False)
    """
    doc = word.doc
    for step in (-1, 1):
        hyphen, other = word.i + step, word.i + 2 * step
        if 0 <= min(hyphen, other) and max(hyphen, other) < len(doc) and doc[hyphen].text == "-" and (
                doc[other].is_title and not _one_name(doc[min(word.i, other)], doc[max(word.i, other)])):
            return True
    return False


def _place_after_comma(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "Erbil, Kurdistan Region", "Ramadi, Anbar province": the place set after a place and a comma holds it (the
    comma comes before the whole name; a province noun stands for the name on it)."""
    named = token if token.pos_ == "PROPN" else next((c for c in token.children if c.dep_ == "compound" and (
        c.pos_ == "PROPN")), None) if lemma_of(token) in lexicon.province_nouns else None
    start = token.left_edge.i
    if token.dep_ in {"appos", "npadvmod"} and named is not None and start > 1 and token.doc[start - 1].text == ",":
        yield frame(token.head, "located_in", named, token, "location.comma")


def _within(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A place and what its "in" (or a place noun's "of") names: "a base in Kirkuk", "the province of Anbar"; each
    place coordinated before the phrase ("Erbil and Sulaymaniyah in northern Iraq"), and what a copula says is such
    a place ("Tower 22 is a US outpost in Jordan"), and the name such a place is set after ("Tower 22, a US base in
    Jordan": the place named, whoever's the base is).

    >>> ('Tower', 'located_in', 'Jordan') in read("Drones struck Tower 22, a US base in Jordan.", location)
    True
    """
    if lemma_of(token) in lexicon.located_targets:
        return  # ("vital targets in Eilat and the Golan": targets stand for the places, and no place is in another)
    # "the province of Anbar", and "the al-Sa'idat area of Jurf al-Nasr" (but "the towns of Mayadin and Abu Kamal"
    # are those towns, none in another)
    place_noun = lemma_of(token) in lexicon.place_nouns | lexicon.area_nouns
    for container in prep_objects(token, {"in", "of"} if place_noun and token.tag_ != "NNS" else {"in"}):
        if lemma_of(container) in lexicon.place_nouns and _name_before(container) is None:
            # "the province of Anbar" (but "Chamchamal district of Sulaimaniyah province" is the district)
            container = next(iter(prep_objects(container, {"of"})), container)
        before = _name_before(token)
        if place_noun and before is not None and container.head.lower_ == "of" and _named_for_its_container(
                token, before, container, lexicon):
            # "the eastern Baghdad district of Baladiyat": the district is Baladiyat, and it is in Baghdad
            yield frame(container, "located_in", before, token, "location.preposition")
            continue
        named = token.head if token.dep_ == "appos" and token.head.pos_ == "PROPN" and lemma_of(token) in (
            lexicon.place_nouns | lexicon.installation_nouns) else _area_name(token, lexicon)
        for place in [named, *(c for c in token.conjuncts if token.i < c.i < container.i)]:
            yield frame(place, "located_in", container, token, "location.preposition")
        if token.dep_ == "attr" and lemma_of(token.head) == "be" and lemma_of(token) in lexicon.place_nouns:
            for place in subjects_of(token.head):
                yield frame(place, "located_in", container, token, "location.preposition")


def location(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """One place within another: "X in Y", "Y's X province", "the province of X", "X, the capital of Y".

    >>> read("Rockets hit a base in Kirkuk.", location)
    [('base', 'located_in', 'Kirkuk')]
    >>> read("Mosul, the capital of Nineveh, was quiet.", location)
    [('Mosul', 'located_in', 'Nineveh')]
    >>> read("Rockets were fired at the base in Anbar.", location)
    [('base', 'located_in', 'Anbar')]
    >>> read("The attack occurred in Tarmiyah, in Salahaddin.", location)
    [('Tarmiyah', 'located_in', 'Salahaddin')]
    >>> ("al-Sa'idat", 'located_in', 'Jurf al-Nasr') in read("The strike hit the al-Sa'idat area of Jurf al-Nasr.",
    ...                                                       location)
    True
    >>> ('Dora', 'located_in', 'Baghdad') in read("The raid hit a house in southern Baghdad's Dora area.", location)
    True
    >>> ('Khor Mor field', 'located_in', 'Chamchamal district') in read(
    ...     "A drone hit the Khor Mor field in Chamchamal district of Sulaimaniyah.", location)
    True
    >>> read("ERBIL, Kurdistan Region (Reuters) - A drone hit the airport.", location)[-1]
    ('ERBIL', 'located_in', 'Kurdistan Region')
    >>> read("The strike hit a house in Ramadi, Anbar province.", location)[-1]
    ('Ramadi', 'located_in', 'Anbar')
    >>> ('US embassy', 'located_in', 'Green Zone') in read("Rockets landed near the Green Zone, where the US embassy "
    ...                                                     "stands.", location)
    True
    """
    # "Sulaimani province" and "the al-Qaim crossing" are named for the town, not said to be in it
    named_for = lexicon.province_nouns | lexicon.landmark_nouns
    for token in sent:
        yield from _lying_in(token, lexicon)
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        yield from _within(token, lexicon)
        for container in _following_places(token, lexicon):
            yield frame(token, "located_in", container, token, "location.next_to_verb")
        for owner in _containers_before(token, named_for, lexicon):
            yield frame(_area_name(token, lexicon), "located_in", owner, token, "location.modifier")
            if token.ent_type_ == "" and lemma_of(token) in lexicon.place_nouns and owner.dep_ != "compound":
                # "the western Iraqi province of Anbar": the name follows the noun; but in "the Soran district of
                # Erbil province" the name comes first, and what follows holds it
                for named in prep_objects(token, {"of"}):
                    yield frame(named, "located_in", owner, token, "location.named_after")
        if token.dep_ == "appos" and lemma_of(token) in lexicon.seat_nouns:
            for container in prep_objects(token, {"of", "in"}):
                yield frame(token.head, "located_in", container, token, "location.seat")
        yield from _around(token, lexicon)
        yield from _place_after_comma(token, lexicon)
