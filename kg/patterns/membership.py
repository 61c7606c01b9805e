"""Structural patterns: membership, umbrella groups, backing and alignment ("Iran-backed", "loyal to")."""

from typing import Iterator

from spacy.tokens import Span, Token

from kg.actors import hyphen_modifier
from kg.coref import actor_ids_at, mention_containing
from kg.lexicon import Lexicon
from kg.patterns.helpers import (MODIFIER_DEPS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS, Frame,
                                 a_person_s, first_conjunct, examples_of,
                                 conjuncts, direct_objects, frame, is_definite, is_passive, lemma_of, names_a_person,
                                 loose_participle_noun, modified_noun, particle_stems, passive_agents, phrasal_lemma,
                                 picks_a_part, prep_objects, relative_antecedent, subjects_of, verb_predicate)
from kg.patterns.helpers import read  # noqa: F401 - the docstring examples run through it
from kg.vocabulary import PEOPLE_TYPES, assault_predicates

__all__ = ["backed_modifier", "membership", "composition", "umbrella_apposition", "alignment", "organisation_of",
           "support_from", "installing_in_office", "coming_to_aid", "following_orders", "others_of_the_whole",
           "named_as_members"]

# The kinds of group a person's possessive names as the one they lead ("Maliki's State of Law Coalition"), by kg's
# types or by the NER's own label where kg's actors have not relabelled the name.
_LED_GROUP_TYPES = frozenset({"Militia", "Organization", "ORG"})


def backed_modifier(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "X-backed Y" and "X proxy Y": X supports Y; "X-aligned Y" and "pro-X Y": Y supports X, as the guidelines
    rule; "X-led Y": X leads Y.

    >>> read("The Iran-backed Houthis fired missiles.", backed_modifier)
    [('Iran', 'supports', 'Houthis')]
    >>> read("The US-led coalition left.", backed_modifier)
    [('US', 'leads', 'coalition')]
    >>> read("The Iran-aligned Kataib Hezbollah militia spoke.", backed_modifier)
    [('Kataib Hezbollah militia', 'supports', 'Iran'), ('Kataib Hezbollah', 'supports', 'Iran')]
    >>> read("Kataib Hezbollah, one of the Iran-aligned factions, spoke.", backed_modifier)
    [('factions', 'supports', 'Iran'), ('Kataib Hezbollah', 'supports', 'Iran')]
    >>> read("An Iraqi pro-Iran group demands a US troop exit.", backed_modifier)
    [('group', 'supports', 'Iran')]
    >>> read("Kataib Hezbollah is a close ally of Iran.", backed_modifier)
    [('Kataib Hezbollah', 'supports', 'Iran')]
    >>> read("Nouri al-Maliki, a longtime rival of Muqtada al-Sadr, spoke.", backed_modifier)
    [('Nouri al-Maliki', 'opposes', 'Muqtada al-Sadr')]
    >>> read("The PMF, an umbrella of mostly Iran-backed militias, spoke.", backed_modifier)
    [('Iran', 'supports', 'militias')]
    """
    modifiers = lexicon.backing_modifiers | lexicon.aligned_modifiers | lexicon.leading_modifiers
    for token in sent:
        if token.lower_ in modifiers and token.i >= 2 and token.nbor(-1).text in {"-", "–"}:
            backer, modifier = token.nbor(-2), token.lower_
        elif joined := hyphen_modifier(token, modifiers):
            backer, modifier = token, token.lower_[len(joined) + 1:]  # "U.S.-led" is one token
        else:
            continue
        backed = modified_noun(token)
        if backed is None:
            continue
        # "the Iran-backed Kataib Hezbollah militia": the name the noun carries is the one backed; so are the
        # groups it lists ("Iran-aligned groups - A, B and C") and the one it counts ("A, one of the Iran-aligned
        # factions")
        sides = [backed, *(c for c in backed.children if c.dep_ == "compound" and c.i > token.i)]
        # (names, not a noun summing up the clause: "the withdrawal of U.S.-led coalition troops, a move backed by X")
        sides += [t for listed in backed.children if listed.dep_ == "appos" and listed.pos_ == "PROPN"
                  for t in conjuncts(listed)]
        sides += _umbrella_so_described(backed, token, lexicon)
        for side in sides:
            if modifier in lexicon.membership_verbs:  # "a PMF-affiliated group" is in it; by a state, supports it
                yield frame(side, "supports", backer, token, "backed_modifier.affiliated")
            elif modifier in lexicon.aligned_modifiers:
                yield frame(side, "supports", backer, token, "backed_modifier.aligned")
            else:
                predicate = "leads" if modifier in lexicon.leading_modifiers else "supports"
                yield frame(backer, predicate, side, token, "backed_modifier")
    yield from _proxies(sent, lexicon)


def _umbrella_so_described(backed: Token, modifier: Token, lexicon: Lexicon) -> list[Token]:
    """The umbrella of groups a modifier describes, set beside its name: "the Syrian National Army, an umbrella of
    Turkish-backed rebel groups"; but not of groups only some of which are ("an umbrella of mostly Iran-backed
    militias")."""
    whole = backed.head.head
    some = any(c.dep_ == "advmod" and c.lower_ in lexicon.partial_adverbs for c in (*modifier.children,
                                                                                   *backed.children))
    if backed.dep_ == "pobj" and backed.head.lower_ == "of" and whole.dep_ == "appos" and not some and (
            picks_a_part(whole, lexicon) or lemma_of(whole) in lexicon.umbrella_nouns):
        return [whole.head]
    return []


def _seen_as(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The one a participle of regarding describes as `noun`: "Kataib Hezbollah, seen as Tehran's most loyal proxy"
    (as an apposition would), "Amiri is widely seen as Tehran's closest ally".

    >>> read("The group is designated a terrorist group and is widely seen as Tehran's proxy.", backed_modifier)
    [('Tehran', 'supports', 'group')]
    """
    regarding = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else None
    if regarding is None or lemma_of(regarding) not in lexicon.treating_verbs | lexicon.labelling_verbs:
        return []
    if regarding.dep_ == "acl":
        return [regarding.head]
    if not is_passive(regarding):
        return []
    # (or the subject of the verb it is coordinated with: "The group is designated ... and is widely seen as")
    return [c for c in regarding.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or [
        c for c in first_conjunct(regarding).children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _picked_out(noun: Token, lexicon: Lexicon) -> Token:
    """The word that says what someone is, where it picks them out of a plural noun ("one of Tehran's closest
    allies", "among Sadr's fiercest critics"): the pronoun; else the noun itself.

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> _picked_out(_parser()("Amiri has long been one of Tehran's closest allies.")[9], load_lexicon())
    one
    >>> _picked_out(_parser()("Amiri has been among the fiercest critics of Sadr.")[6], load_lexicon())
    among
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lower_ in lexicon.partitive_pronouns):
        return noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ in lexicon.partitive_preps and noun.head.head.lemma_ == "be":
        return noun.head
    return noun


def _proxies(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """ "pro-Iran group" (the group supports Iran); "Iran's proxies", "X, Iran's proxy", "X, seen as Iran's proxy"
    (Iran supports them); "X,
    Iran's ally", "X is a close ally of Iran", "His ally, X, said" (X supports its ally); "X, a rival of Y", "X is a
    critic of Y" (X opposes, accuses Y)."""
    for token in sent:
        if token.lower_ == "pro" and token.i + 2 < len(token.doc) and token.nbor(1).text in {"-", "–"}:
            backed = modified_noun(token.nbor(2))
            if backed is not None:
                yield frame(backed, "supports", token.nbor(2), token, "backed_modifier.pro")
        if token.lower_ in lexicon.proxy_nouns:
            others = [c for c in token.children if c.dep_ in MODIFIER_DEPS and lemma_of(c) not in (
                lexicon.alignment_adjectives)] + prep_objects(token, {"of"})  # "a close ally" is no one's
            described = _picked_out(token, lexicon)
            holders = (subjects_of(described.head) if described.dep_ in {"attr", "prep"} else [described.head]
                       if described.dep_ in {"compound", "appos", "nmod"}
                       else _seen_as(token, lexicon) or [c for c in token.children if c.dep_ == "appos"] or [token])
            for other in others:
                for holder in holders:
                    if token.lower_ in lexicon.ally_nouns:
                        yield frame(holder, "supports", other, token, "backed_modifier.proxy")
                    else:
                        yield frame(other, "supports", holder, token, "backed_modifier.proxy")
        elif (predicate := lexicon.stance_predicates.get(token.lower_)) and token.pos_ == "NOUN":
            # "Maliki, a longtime rival of Sadr", "X is a fierce critic of Iran", "Sadr's foe, Maliki": whose
            # opponent, critic or backer one is (not what kind: "an Iraqi critic" criticises no Iraq)
            others = [c for c in token.children if c.dep_ == "poss"] + prep_objects(token, {"of"})
            described = _picked_out(token, lexicon)
            holders = (subjects_of(described.head) if described.dep_ in {"attr", "prep"} else [described.head]
                       if described.dep_ == "appos"
                       else _seen_as(token, lexicon) or [c for c in token.children if c.dep_ == "appos"])
            for other in (o for g in others for o in conjuncts(g)):
                for holder in holders:
                    yield frame(holder, predicate, other, token, "stance_noun")


def others_of_the_whole(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Names coordinated with "other members of" a group, or "other factions in" it: they are its members too.

    >>> read("Kataib Hezbollah, al-Nujaba and other members of the Islamic Resistance claimed it.",
    ...      others_of_the_whole)
    [('Kataib Hezbollah', 'member_of', 'Islamic Resistance'), ('al-Nujaba', 'member_of', 'Islamic Resistance')]
    >>> read("Kataib Hezbollah and other groups attacked.", others_of_the_whole)
    []
    """
    for noun in sent:
        if noun.dep_ != "conj" or noun.pos_ != "NOUN" or not any(
                c.dep_ == "amod" and c.lower_ == "other" for c in noun.children):
            continue
        if lemma_of(noun) not in lexicon.membership_heads | lexicon.armed_group_nouns:
            continue
        wholes = prep_objects(noun, {"of"} | lexicon.inclusion_preps | {"in"})
        first = noun.head
        named = [t for t in conjuncts(first) if t != noun and t.i < noun.i]
        if first.dep_ == "appos":
            named.insert(0, first.head)  # "X, Y and other members": the parser may set Y off as X's apposition
        for whole in wholes:
            for member in named:
                yield frame(member, "member_of", whole, noun, "others_of_the_whole")


def membership(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Being part of, serving under, affiliated with.

    >>> read("The brigade is part of the Popular Mobilization Forces.", membership)
    [('brigade', 'member_of', 'Popular Mobilization Forces')]
    >>> read("Several factions serve under the umbrella of the PMF.", membership)
    [('factions', 'member_of', 'PMF'), ('factions', 'member_of', 'PMF')]
    >>> read("Fighters affiliated with the group attacked.", membership)
    [('Fighters', 'member_of', 'group')]
    >>> read("Factions, many of them under the PMF umbrella, fired rockets.", membership)
    [('many', 'member_of', 'PMF')]
    >>> read("The factions within the PMF denied it.", membership)
    [('factions', 'member_of', 'PMF')]
    >>> read("Iran-aligned factions in the PMF denied it.", membership)
    [('factions', 'member_of', 'PMF')]
    >>> read("Officials accused Iran-aligned factions in the PMF of launching drones.", membership)
    [('factions', 'member_of', 'PMF')]
    >>> read("Kataib Hezbollah, one of the strongest factions in the PMF, denied it.", membership)
    [('Kataib Hezbollah', 'member_of', 'PMF'), ('factions', 'member_of', 'PMF')]
    >>> read("Kataib Hezbollah and Harakat al-Nujaba, two of the factions in the PMF, denied it.", membership)
    [('Kataib Hezbollah', 'member_of', 'PMF'), ('Harakat al-Nujaba', 'member_of', 'PMF'),
     ('factions', 'member_of', 'PMF')]
    >>> read("The Quds Force is the IRGC's external operations arm.", membership)
    [('Quds Force', 'member_of', 'IRGC')]
    >>> read("Asaib Ahl al-Haq joined the Coordination Framework in 2021.", membership)
    [('Asaib Ahl al-Haq', 'member_of', 'Coordination Framework')]
    >>> read("Saar described Kataib Hezbollah as a subsidiary of the PMF.", membership)
    [('Kataib Hezbollah', 'member_of', 'PMF')]
    >>> read("The PKK's armed wing, the People's Defence Forces, said so.", membership)
    [('Defence Forces', 'member_of', 'PKK')]
    >>> read("Saraya al-Salam, Muqtada al-Sadr's armed wing, fought back.", membership)
    [('Muqtada al-Sadr', 'leads', 'Saraya al-Salam')]
    """
    for token in sent:
        yield from _one_of(token, lexicon)
        if token.pos_ in {"NOUN", "PROPN"}:
            for group in _wholes_within(token, lexicon):
                yield frame(token, "member_of", group, token, "membership.within")
        if token.pos_ == "NOUN" and _names_a_part(token, lexicon) and not _names_a_whole(token):
            members, groups = _parts_and_wholes(token, lexicon)
            # ("Saraya al-Salam, Sadr's armed wing": a person's wing is a group the person leads)
            yield from (frame(g, "leads", m, token, "membership.person") if g.dep_ == "poss" and a_person_s(g)
                        else frame(m, "member_of", g, token, "membership") for m in members for g in groups)
        elif token.pos_ in {"VERB", "ADJ"}:
            yield from _membership_verb(token, lexicon)


def _names_a_part(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a part of what its "of" or its owner names: "part of", "the armed wing of", and a
    grouping noun said to be one side of a group ("the political bloc of the PMF").

    >>> read("The Fatah Alliance, the political bloc of the PMF, won seats.", membership)
    [('Fatah Alliance', 'member_of', 'PMF')]
    >>> read("The Coordination Framework, the bloc of Shiite parties, won seats.", membership)
    []
    >>> read("Its rival faction, Harakat al-Nujaba, said it would go on.", membership)
    []
    """
    lemma = lemma_of(noun)
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.counterpart_nouns for c in noun.children):
        return False  # "its rival faction, Harakat al-Nujaba": the other side of a tie, no part
    return lemma in lexicon.membership_heads or lemma in lexicon.umbrella_nouns and any(
        c.dep_ == "amod" and c.lower_ in lexicon.part_aspects for c in noun.children)


def _parts_and_wholes(noun: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Who a noun of membership says is part of what: "part of the PMF", "the IRGC's external operations arm", and
    "X serves under the umbrella of Y", "X, under the Y umbrella"."""
    members = _members_of_noun(noun, lexicon)
    heads = (noun, *(c for c in noun.children if c.dep_ == "compound"))
    groups = [_owner_of_numbered_unit(g, lexicon) or g for g in prep_objects(noun, {"of"})]
    groups += [p for m in heads for p in m.children if p.dep_ == "poss"]
    groups += _whole_of_fronted_of(noun)
    if lemma_of(noun) == "umbrella" and noun.dep_ == "pobj":
        holder = noun.head.head
        members = subjects_of(holder) if holder.pos_ in {"VERB", "AUX"} else [holder]
        groups += [c for c in noun.children if c.dep_ == "compound"]
    return members, groups


def _owner_of_numbered_unit(unit: Token, lexicon: Lexicon) -> Token | None:
    """The group whose numbered unit a noun names, which those in the unit are part of: "part of its 80th Brigade"
    (of the PMF "its" takes up), "part of the PMF's 30th Brigade".

    >>> read("The YBS is part of the PMF's 80th Brigade.", membership)
    [('YBS', 'member_of', 'PMF')]
    """
    if lemma_of(unit) not in lexicon.unit_nouns or not any(
            c.dep_ in {"amod", "compound", "nummod"} and c.text[:1].isdigit() for c in unit.children):
        return None
    return next(iter([c for c in unit.children if c.dep_ == "poss"] + prep_objects(unit, {"of"})), None)


def _wholes_within(noun: Token, lexicon: Lexicon) -> list[Token]:
    """What a noun is said to be within: "groups within the PMF", and "factions in the PMF", where "in" joins a group
    to what holds it, wherever the parser hangs the "in" right after an object ("accused factions in the PMF of")."""
    preps = lexicon.inclusion_preps | ({"in"} if lemma_of(noun) in lexicon.armed_group_nouns else set())
    if lemma_of(noun) in lexicon.political_group_nouns:
        # ("the largest bloc in the Fatah Alliance", an alliance named; a bloc "in parliament" sits there)
        named = [o for o in prep_objects(noun, {"in"}) if o.pos_ == "PROPN"]
        return prep_objects(noun, lexicon.inclusion_preps) + named
    hung_on_verb = [p for p in noun.head.children if p.dep_ == "prep" and p.lower_ in preps and (
        p.i == noun.right_edge.i + 1)] if noun.dep_ == "dobj" else []
    return prep_objects(noun, preps) + [o for p in hung_on_verb for o in p.children
                                        if o.dep_ == "pobj" and o.pos_ == "PROPN"]


def _names_a_whole(noun: Token) -> bool:
    """ "an umbrella of militias" names the whole its "of" gives the parts of; only "under the umbrella of X" puts
    one inside X.

    >>> read("Nujaba is a member of the Islamic Resistance, an umbrella of militias.", membership)
    [('Nujaba', 'member_of', 'Islamic Resistance')]
    """
    return lemma_of(noun) == "umbrella" and noun.dep_ != "pobj"


def _whole_of_fronted_of(part: Token) -> list[Token]:
    """The whole a relative clause's fronted "of" names for a part noun it is about: "the PMF, of which Nujaba is a
    part".

    >>> read("The PMF, of which Nujaba is a part, mourned him.", membership)
    [('Nujaba', 'member_of', 'PMF')]
    """
    if part.dep_ != "attr" or part.head.dep_ != "relcl":
        return []
    pronouns = [p for c in part.head.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return [whole for p in pronouns if (whole := relative_antecedent(p)) != p]


def _membership_verb(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "X joined the Framework", "X belongs to the PMF", "fighters affiliated with the group", "X fights under
    the banner of Y".

    >>> read("The Fatemiyoun Brigade fights under the command of the Quds Force.", membership)
    [('Fatemiyoun Brigade', 'member_of', 'Quds Force')]
    >>> read("Kataib Hezbollah led the attacks under the banner of the Islamic Resistance in Iraq.", membership)
    [('Kataib Hezbollah', 'member_of', 'Islamic Resistance')]
    >>> read("Kataib Hezbollah operates as the PMF's 45th, 46th and 47th brigades.", membership)
    [('Kataib Hezbollah', 'member_of', 'PMF')]
    """
    lemma = lemma_of(token)
    if token.pos_ == "VERB" and lemma in lexicon.joining_verbs and not is_passive(token):
        if any(lemma_of(o) in lexicon.noun_predicates for o in prep_objects(token, {"in"})):
            return  # "joined the US in strikes on the Houthis": a partner in an act, no member
        for member in subjects_of(token):
            for group in direct_objects(token):
                yield frame(member, "member_of", group, token, "membership.joined")
    elif lemma in lexicon.membership_verbs:
        described = loose_participle_noun(token)  # "struck targets belonging to X": the targets are X's
        members = [described] if described else subjects_of(token) if token.dep_ not in {"acl", "amod"} else [
            token.head]
        if token.dep_ in {"acl"} or is_passive(token):
            members = members or [c for c in token.children if c.dep_ == "nsubjpass"]
        groups = prep_objects(token, lexicon.membership_preps | {"into", "to"})
        # ("operates the field with its partner Crescent Petroleum": one side of a tie is no whole one is in)
        groups = [g for grp in groups for g in _through_umbrella(grp, lexicon) if not any(
            c.dep_ in {"amod", "compound"} and c.lower_ in lexicon.counterpart_nouns for c in g.children)]
        # "operates as the 40th Brigade of the PMF", "as the PMF's 45th, 46th and 47th brigades": the unit it is,
        # of the group
        groups += [g for unit in prep_objects(token, {"as"})
                   for g in prep_objects(unit, {"of"}) + [c for c in unit.children if c.dep_ == "poss"]]
        for member in members:
            for group in groups:
                yield frame(member, "member_of", group, token, "membership")
    elif token.pos_ == "VERB":
        # ("fights under the command of the Quds Force": whatever one does under a group's banner, one is in it;
        # "led the campaign of attacks under the banner of X", where the parser hangs the banner on the object)
        acts = [token, *direct_objects(token), *(a for o in direct_objects(token) for a in prep_objects(o, {"of"}))]
        for group in [g for n in acts for o in prep_objects(n, {"under"}) if lemma_of(o) in lexicon.umbrella_heads
                      for g in prep_objects(o, {"of"})]:
            for member in subjects_of(token):
                yield frame(member, "member_of", group, token, "membership")


def _one_of(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "X, one of the factions in the PMF", "X is among the groups that make up the PMF": X is a member of it."""
    # ("X, the leader of Badr and one of the figures in the Framework": a description coordinated with another)
    described = first_conjunct(token)
    counted = _counts_parts(token)
    if (counted or picks_a_part(token, lexicon)) and described.dep_ in {"appos", "attr"}:
        # ("A and B, two of the factions in the PMF": a number picks out every name it is set beside)
        named = conjuncts(described.head) if counted else [described.head]
        parts = named if described.dep_ == "appos" else subjects_of(described.head)
        kinds = prep_objects(token, {"of"})
    elif token.lower_ in lexicon.partitive_preps and token.dep_ == "prep" and (
            token.head.lemma_ == "be" or token.i < token.head.i):
        # "X is among the factions of the PMF"; "X, among the factions of the PMF, denied it"
        parts = subjects_of(token.head)
        kinds = [c for c in token.children if c.dep_ == "pobj"]
    else:
        return
    for group in (g for kind in kinds for g in _wholes_of_kind(kind, lexicon)):
        for part in parts:
            yield frame(part, "member_of", group, token, "membership.one_of")


def _counts_parts(token: Token) -> bool:
    """Whether a number picks parts out of a plural whole: "two of the factions" (not "one of", a word's own case).

    >>> from kg.patterns.helpers import _parser
    >>> [t.text for t in _parser()("A and B, two of the groups in the PMF, and one of its allies")
    ...  if _counts_parts(t)]
    ['two']
    """
    return token.tag_ == "CD" and token.lower_ != "one" and any(
        o.tag_ in {"NNS", "NNPS"} for o in prep_objects(token, {"of"}))


def _wholes_of_kind(kind: Token, lexicon: Lexicon) -> list[Token]:
    """What a kind of group is part of: "the factions in the PMF", "the groups that make up the PMF" (not whose
    opponents or allies one is among: "among the fiercest critics of Iran")."""
    if kind.lower_ in lexicon.stance_predicates or kind.lower_ in lexicon.proxy_nouns:
        return []
    clauses = [v for v in kind.children if v.dep_ == "relcl" and set(particle_stems(v)) & lexicon.constituent_verbs
               and _told_of_antecedent(v)]
    return prep_objects(kind, lexicon.inclusion_preps | {"in", "of"}) + [w for v in clauses for w in direct_objects(v)]


def _told_of_antecedent(clause: Token) -> bool:
    """Whether a relative clause's subject is the noun it modifies ("the factions that make up the PMF"), not one of
    its own ("the PMF, where it forms the 14th Brigade").

    >>> read("It is part of the Popular Mobilization Forces, where it forms the 14th Brigade.", composition)
    []
    """
    return not any(c.dep_ in SUBJECT_DEPS and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children)


def composition(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A whole said to include, comprise or bring together its parts: each part is its member.

    >>> read("The commission includes Kataib Hezbollah and Harakat al-Nujaba.", composition)
    [('Kataib Hezbollah', 'member_of', 'commission'), ('Harakat al-Nujaba', 'member_of', 'commission')]
    >>> read("The commission is understood to include Kataib Hezbollah.", composition)
    [('Kataib Hezbollah', 'member_of', 'commission')]
    >>> read("The commission brings together the factions of the Islamic Resistance in Iraq.", composition)
    [('Islamic Resistance', 'member_of', 'commission')]
    >>> read("Kataib Hezbollah and al-Nujaba, the factions that make up the commission, denied it.", composition)
    [('factions', 'member_of', 'commission')]
    >>> read("The factions that make up much of the commission denied it.", composition)
    [('factions', 'member_of', 'commission')]
    >>> read("The commission is made up of Kataib Hezbollah and Harakat al-Nujaba.", composition)
    [('Kataib Hezbollah', 'member_of', 'commission'), ('Harakat al-Nujaba', 'member_of', 'commission')]
    >>> read("The PMF, a grouping made up of Iran-backed militias, was formed in 2014.", composition)
    [('militias', 'member_of', 'grouping')]
    >>> read("The Framework, the alliance of parties that formed the government, met.", composition)
    []
    """
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        # "brings together": the parser may take the particle for an adverb
        stems = {*particle_stems(verb), phrasal_lemma(verb)}
        if stems & lexicon.constituent_verbs and verb.dep_ == "relcl" and _told_of_antecedent(verb):
            yield from _parts_making_up(verb, lexicon)
        reduced = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "a grouping made up of militias"
        if stems & lexicon.constituted_verbs and (is_passive(verb) or lemma_of(verb) == "consist" or reduced):
            # "the Islamic Resistance in Iraq is made up of Kataib Hezbollah and al-Nujaba"
            wholes = [verb.head] if reduced else [
                c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS] or subjects_of(verb)
            for whole in wholes:
                for part in (t for p in prep_objects(verb, {"of"}) for t in conjuncts(p)):
                    yield frame(part, "member_of", whole, verb, "composition")
        if not stems & lexicon.composition_verbs:
            continue
        parts = [t for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)]
        # "brings together the factions of the Islamic Resistance in Iraq", "includes the political wings of Asaib
        # Ahl al-Haq": the factions, the wings, are that group (but "the Badr Organization of Hadi al-Amiri" is a
        # name, and the man its leader)
        parts = [w for p in parts for w in (p.pos_ == "NOUN" and lemma_of(p) in lexicon.armed_group_nouns | (
            lexicon.membership_heads) and prep_objects(p, {"of"}) or [p])]
        for whole in subjects_of(verb):
            for part in parts:
                yield frame(part, "member_of", whole, verb, "composition")


def _parts_making_up(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "the factions that make up the PMF": the relative clause's antecedent is the parts, its object the whole (but
    parties that form a government put a cabinet in office, and are no part of the state's body); a share of a whole
    is of the whole ("the factions that make up much of the PMF")."""
    wholes = [w for o in direct_objects(verb) for w in (
        lemma_of(o) in lexicon.partitives and prep_objects(o, {"of"}) or [o])]
    for part in conjuncts(verb.head):
        for whole in (o for o in wholes if lemma_of(o) not in lexicon.cabinet_nouns):
            yield frame(part, "member_of", whole, verb, "composition")


def umbrella_apposition(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An organisation described as a group of others: they are its members.

    >>> read("The Islamic Resistance in Iraq, an umbrella group of Iran-aligned militias, claimed it.",
    ...      umbrella_apposition)
    [('militias', 'member_of', 'Islamic Resistance')]
    >>> read("The Islamic Resistance in Iraq is a coalition of Iran-aligned factions.", umbrella_apposition)
    [('factions', 'member_of', 'Islamic Resistance')]
    >>> read("The Islamic Resistance in Iraq, an umbrella for factions including Kataib Hezbollah, claimed it.",
    ...      umbrella_apposition)
    [('factions', 'member_of', 'Islamic Resistance')]
    >>> read("Its members, the State of Law coalition of Nouri al-Maliki, met.", umbrella_apposition)
    []
    >>> read("The Fatah Alliance, the political bloc of the Popular Mobilisation Forces, backed it.",
    ...      umbrella_apposition)
    []
    """
    for token in sent:
        if lemma_of(token) not in lexicon.umbrella_nouns:
            continue
        # "X, an umbrella of militias"; "X is a coalition of factions"
        wholes = [named] if (named := _name_set_off_before(token)) is not None else [token.head] if (
            token.dep_ == "appos") else subjects_of(token.head) if token.dep_ == "attr" and lemma_of(
            token.head) == "be" else []
        # (a person's coalition is the one they lead: "the State of Law coalition of Nouri al-Maliki"; "an umbrella
        # for factions" groups them as "of" does, where "a front for Kataib Hezbollah" is the group's cover)
        grouping = {"of"} if lemma_of(token) in lexicon.front_nouns else {"of", "for"}
        members = [m for p in prep_objects(token, grouping) for m in conjuncts(p)
                   if not names_a_person(m)] + _operating_under(token)
        if len(members) == 1 and members[0].pos_ == "PROPN" and is_definite(token):
            continue  # "the political bloc of the PMF" is the one body's own, not a group of others'

        for whole in wholes:
            for member in dict.fromkeys(members):
                yield frame(member, "member_of", whole, token, "umbrella_apposition")


def _name_set_off_before(description: Token) -> Token | None:
    """The name just before the comma that sets a description off, where it names an actor other than the one the
    parser hung the description on ("The group has been part of the Islamic Resistance in Iraq, an alliance of
    Iran-backed factions": the alliance is the Islamic Resistance, not the group).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kataib Sayyid al-Shuhada warned the US. The group has been part of the Islamic "
    ...                       "Resistance in Iraq, an alliance of Iran-backed factions that has claimed attacks.")
    >>> _name_set_off_before(doc[22]).text
    'Iraq'
    """
    doc, start = description.doc, description.left_edge.i
    if description.dep_ not in {"appos", "attr"} or start < 2 or doc[start - 1].text != ",":
        return None
    named, own = doc[start - 2], {mention_containing(t) for t in [description.head, *subjects_of(description.head)]}
    before = mention_containing(named)
    return named if before is not None and before not in own and not names_a_person(named) else None


def _operating_under(umbrella: Token) -> list[Token]:
    """The names a relative clause "under which ..." gives as the subjects of its verb, read by their place
    before the verb: the parser tends to hang them on the main clause's verb instead.

    >>> read("The Islamic Resistance in Iraq, the umbrella under which Kataib Hezbollah and al-Nujaba operate, "
    ...      "claimed the attacks.", umbrella_apposition)
    [('Kataib Hezbollah', 'member_of', 'Islamic Resistance'), ('al-Nujaba', 'member_of', 'Islamic Resistance')]
    """
    doc = umbrella.doc
    if umbrella.i + 2 >= len(doc) or doc[umbrella.i + 1].lower_ not in {"under", "within"} or (
            doc[umbrella.i + 2].lower_ != "which"):
        return []
    start = stop = umbrella.i + 3
    while stop < umbrella.sent.end and doc[stop].pos_ not in {"VERB", "AUX"} and not (
            doc[stop].is_punct and doc[stop].text not in {",", "-", "–"}):
        stop += 1
    # each name once, by the word the rest of it hangs on (the parser may hang it on anything after)
    return [t for t in doc[start:stop] if t.pos_ == "PROPN" and not (
        t.dep_ == "compound" and t.head.pos_ == "PROPN" and start <= t.head.i < stop)]


def _through_umbrella(token: Token, lexicon: Lexicon) -> list[Token]:
    if token.lemma_.lower() in lexicon.umbrella_heads:
        return prep_objects(token, {"of"}) or [token]
    return [token]


def _members_of_noun(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who is "part of" something: the subject of "be" or "form", or what the phrase is an apposition to.

    >>> read("Its lawmakers form part of the Coordination Framework.", membership)
    [('lawmakers', 'member_of', 'Coordination Framework')]
    """
    if noun.dep_ in {"attr", "acomp", "dobj"} and lemma_of(noun.head) in lexicon.copular_verbs:
        return subjects_of(noun.head)
    if noun.dep_ == "pobj" and noun.head.lower_ == "as":
        # "X operates as a unit of Y"; but "describing X as part of Y" is said of its object
        # ("holds seats in parliament as part of the Fatah Alliance": an object that names no actor is no member),
        # though the one struck is no part of what its striker fights in ("fought the Islamic State as part of the
        # PMF")
        verb = noun.head.head
        described = [o for o in direct_objects(verb) if (actor_ids_at(o) or o.ent_type_) and verb_predicate(
            verb, lexicon) not in assault_predicates()]
        if not described and lemma_of(verb) in lexicon.labelling_verbs and direct_objects(verb):
            return []  # "describing them as subsidiaries of the PMF": those no one named, never the describer
        if not described and lemma_of(verb) in lexicon.labelling_verbs and verb.dep_ in {"relcl", "acl"}:
            return [verb.head]  # "three people the ministry described as members of the PKK": the people are
        return (described or subjects_of(verb)) or [c for c in verb.children if c.dep_ == "nsubjpass"]
    if noun.dep_ == "pobj" and noun.head.head.dep_ == "relcl" and not (
            lexicon.verb_predicates.get(lemma_of(noun.head.head)) or noun.head.lower_ in lexicon.adversary_preps):
        # (not the other side of an act: "the fighting, which pitted Saraya al-Salam against members of the PMF")
        return [noun.head.head.head]
    if noun.dep_ == "attr" and noun.head.dep_ == "relcl":
        return [noun.head.head]
    if noun.dep_ == "appos":
        return [noun.head]
    if noun.dep_ in {"oprd", "dobj"} and ((others := [c for c in noun.head.children if c.dep_ == "dobj" and (
            c != noun)]) or noun.dep_ == "oprd"):
        return others
    # "the PKK's armed wing, the People's Defence Forces, said", "ordered his armed wing, Saraya al-Salam, to hand
    # over": the name in apposition (not an act: "members of X, an accusation both groups rejected")
    return [c for c in noun.children if c.dep_ == "appos" and lemma_of(c) not in lexicon.noun_predicates]


def alignment(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Being aligned or allied with, close or loyal to an actor: support.

    >>> read("The prime minister is closely aligned with the factions.", alignment)
    [('minister', 'supports', 'factions')]
    >>> read("Saraya al-Salam, the armed wing loyal to Muqtada al-Sadr, spoke.", alignment)
    [('wing', 'supports', 'Muqtada al-Sadr'), ('Saraya al-Salam', 'supports', 'Muqtada al-Sadr')]
    >>> read("Maliki has long been hostile to Muqtada al-Sadr.", alignment)
    [('Maliki', 'opposes', 'Muqtada al-Sadr')]
    >>> read("Akram al-Kaabi has grown closer to the Houthis.", alignment)
    [('Akram al-Kaabi', 'supports', 'Houthis')]
    >>> read("Asaib Ahl al-Haq is opposed to the Kadhimi government.", alignment)
    [('Asaib Ahl al-Haq', 'opposes', 'Kadhimi government')]
    >>> read("The Sadrist movement has long been at odds with the factions.", alignment)
    [('Sadrist movement', 'opposes', 'factions')]
    >>> read("That has put Kadhimi at odds with the factions.", alignment)
    [('Kadhimi', 'opposes', 'factions')]
    >>> read("Kataib Hezbollah fought in Syria on the side of Bashar al-Assad.", alignment)
    [('Kataib Hezbollah', 'supports', 'Bashar al-Assad')]
    >>> read("Iraqi factions fought on Assad's side during the civil war.", alignment)
    [('factions', 'supports', 'Assad')]
    >>> read("Sadr criticised both his own followers and the armed factions aligned with his rivals in the "
    ...      "Coordination Framework.", alignment)
    [('factions', 'supports', 'rivals')]
    >>> read("The SDF said gunmen loyal to the Damascus government and Iranian-backed militias had infiltrated.",
    ...      alignment)
    []
    >>> read("Tensions are high between the SDF and Arab tribal fighters loyal to the Syrian government.", alignment)
    [('fighters', 'supports', 'government')]
    """
    for verb in sent:
        if (standing := _standing(verb, lexicon)) is not None:
            predicate, preposition = standing
            # ("on Assad's side": the one whose side it is, however named)
            others = [o for p in prep_objects(verb, {preposition}) for o in conjuncts(p)] + [
                c for c in verb.children if c.dep_ == "poss" and preposition == "of"]
            # ("put Kadhimi at odds with the factions": the one a verb of placing puts there)
            holder = verb.head.head
            placed = direct_objects(holder) if lemma_of(holder) in lexicon.placing_verbs else []
            for side in (s for g in placed or subjects_of(holder) for s in conjuncts(g)):
                for other in others:
                    yield frame(side, predicate, other, verb, "alignment.adjective")
            continue
        if (stance := _stance_adjective(verb, lexicon)) is not None:
            yield from stance
            continue
        if lemma_of(verb) in lexicon.alignment_verbs:
            yield from _aligned_with(verb)
        elif verb.pos_ == "VERB" and lemma_of(verb) in lexicon.placing_verbs:  # "set him against the factions"
            yield from _set_against(verb)


def _aligned_with(verb: Token) -> Iterator[Frame]:
    """Who a verb of alignment says is aligned supports whom its "with" names: "sided with the factions"."""
    for side in _aligned_sides(verb):
        for other in (o for p in prep_objects(verb, {"with"}) for o in conjuncts(p)):
            yield frame(side, "supports", other, verb, "alignment")


def _set_against(verb: Token) -> Iterator[Frame]:
    """Who a verb of placing sets against another opposes it: "That has set him against the factions", "the vote
    pitted the Sadrists against the Framework" (wherever the parser hangs the "against").

    >>> read("That has set Kadhimi against the Iran-backed factions.", alignment)
    [('Kadhimi', 'opposes', 'factions')]
    """
    for placed in direct_objects(verb):
        others = [o for p in prep_objects(verb, {"against"}) + prep_objects(placed, {"against"}) for o in conjuncts(p)]
        for side in conjuncts(placed):
            for other in others:
                yield frame(side, "opposes", other, verb, "alignment")


def _stance_adjective(word: Token, lexicon: Lexicon) -> list[Frame] | None:
    """The frames of an adjective of alignment or hostility ("close to Iran" supports it, "hostile to the Sadrists"
    opposes them), read where it is one; None where the word is no such adjective."""
    words = {lemma_of(word), word.lower_}
    # "is opposed to": a participle the parser reads as a passive is the adjective
    as_passive = word.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in word.children)
    # ("has grown closer to the Houthis": the parser may read the standing as an adverb of its linking verb)
    linked = word.dep_ == "acomp" or word.dep_ == "advmod" and lemma_of(word.head) in lexicon.linking_verbs
    if not words & (lexicon.alignment_adjectives | lexicon.hostility_adjectives) or not (
            word.pos_ == "ADJ" or linked or as_passive and words & lexicon.hostility_adjectives):
        return None
    # (the parser may hang the subject of "is opposed" on "is")
    sides = [s for t in (word, *word.children) for s in t.children if s.dep_ in {"nsubj", "nsubjpass"}
             ] if as_passive else subjects_of(word.head) if linked else [word.head] if (
        word.dep_ in {"amod", "acl", "appos"}) else []
    predicate = "opposes" if words & lexicon.hostility_adjectives else "supports"
    sides += [n for s in sides if (n := _name_described(s, lexicon)) is not None]
    others = [o for p in prep_objects(word, {"to", "with", "toward", "towards"}) for o in conjuncts(p)]
    if len(others) > 1 and word.dep_ in {"amod", "acl"} and not actor_ids_at(word.head):
        # "gunmen loyal to the Damascus government and Iranian-backed militias": men no name of their own names
        # stand for those they are loyal to, and tell nothing of how those stand to one another
        return []
    if word.dep_ in {"amod", "acl"} and word.i > word.head.i and word.doc[word.i - 1].text != ",":
        # "between the SDF and Arab tribal fighters loyal to the Syrian government": a standing after a noun, not set
        # off, is that noun's alone
        return [frame(side, predicate, other, word, "alignment.adjective") for side in sides for other in others]
    return [frame(side, predicate, other, word, "alignment.adjective")
            for side in (s for g in sides for s in conjuncts(g)) for other in others]


def _name_described(noun: Token, lexicon: Lexicon) -> Token | None:
    """The name a noun in apposition describes: "Asaib Ahl al-Haq, a faction close to Tehran", "Asaib Ahl al-Haq,
    one of the factions close to Tehran" (or any word picking a part of them out).

    >>> read("Asaib Ahl al-Haq, one of the factions close to Tehran, rejected the plan.", alignment)
    [('factions', 'supports', 'Tehran'), ('Asaib Ahl al-Haq', 'supports', 'Tehran')]
    """
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and picks_a_part(noun.head.head, lexicon):
        noun = noun.head.head
    return noun.head if noun.dep_ == "appos" and noun.head.pos_ == "PROPN" else None


def _standing(noun: Token, lexicon: Lexicon) -> tuple[str, str] | None:
    """What a standing toward another says, and the preposition naming the other: "at odds with the factions"
    opposes whom its "with" names, "fought on the side of Assad" supports whom its "of" names."""
    if noun.dep_ != "pobj":
        return None
    if noun.lower_ in lexicon.hostile_standings and noun.head.lower_ == "at":
        return "opposes", "with"
    if noun.lower_ in lexicon.allied_standings and noun.head.lower_ in {"on", "by"}:
        return "supports", "of"
    return None


def _aligned_sides(verb: Token) -> list[Token]:
    """Who a verb of alignment says is aligned: its subjects, or the noun its participle describes and those
    coordinated after it ("his own followers and the armed factions aligned with his rivals": not the followers)."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if not subjects and verb.dep_ in {"acl", "amod"}:
        return [s for s in conjuncts(verb.head) if s.i >= verb.head.i]
    return [s for g in subjects for s in conjuncts(g)]


def _name_headed_by_noun(token: Token, lexicon: Lexicon) -> bool:
    """A lowercase noun of organisations that ends a name: "alliance" in "the Siyada alliance" (not in "a coalition
    of militias").

    >>> read("The Siyada alliance of businessman Khamis Khanjar won seats.", organisation_of)
    [('businessman Khamis Khanjar', 'leads', 'Siyada alliance')]
    """
    # (or one mention's: "the State of Law coalition", whose words the parser hangs anywhere)
    return token.pos_ == "NOUN" and token.lower_ in lexicon.organisation_heads and token.i > 0 and (
        (name := token.doc[token.i - 1]).dep_ == "compound" and name.head.i == token.i or (
            (mention := mention_containing(token)) is not None and mention.start < name.i)) and (
        name.pos_ == "PROPN" and name.is_title)


def _owners_after(token: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """The organisation a name is "of", or the person who heads it ("the State of Law Coalition of former prime
    minister Nouri al-Maliki")."""
    for owner in prep_objects(token, {"of"}):
        # (a title the parser made the head of the name after it: "of former prime minister Nouri al-Maliki")
        owner = next((c for c in owner.children if c.dep_ == "appos" and c.pos_ == "PROPN" and names_a_person(c)),
                     owner) if owner.pos_ == "NOUN" else owner
        if any(c.dep_ == "poss" and set(actor_ids_at(c)) & set(actor_ids_at(token)) for c in owner.children):
            continue  # "the Department of the Treasury's Office of ...": the name runs into the possessive
        # (by the actor it was taken for too: "the Badr Organization of Hadi al-Amiri", which the NER took whole)
        if owner.pos_ == "PROPN" and (names_a_person(owner) or (mention := mention_containing(owner)) is not None and (
                mention.label_ in PEOPLE_TYPES)):
            yield frame(owner, "leads", token, token, "organisation_of.person")
        elif lemma_of(owner) in lexicon.body_nouns | lexicon.organisation_heads and not actor_ids_at(owner):
            # "Haider al-Lami of Harakat al-Nujaba's political bureau": one of a group's body is one of the group
            # (and of the bloc named for it: "Mukhtar al-Moussawi of the Badr bloc")
            for group in owner.children:
                if group.dep_ in {"poss", "compound", "nmod"} and group.pos_ == "PROPN":
                    yield frame(token, "member_of", group, owner, "organisation_of")
        elif owner.pos_ == "PROPN" or actor_ids_at(owner):  # "Mohammed al-Baldawi, of the Fatah bloc"
            yield frame(token, "member_of", owner, token, "organisation_of")


def _committee_of(committee: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A body's committee is part of it: "the parliament's security and defence committee".

    >>> read("The legal committee of the parliament met.", organisation_of)
    [('committee', 'member_of', 'parliament')]
    """
    if committee.is_lower and committee.lower_ in lexicon.committee_nouns:
        for owner in [c for c in committee.children if c.dep_ == "poss"] + prep_objects(committee, {"of"}):
            yield frame(committee, "member_of", owner, committee, "organisation_of.committee")


def _led_by_whose_owner(noun: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """A person's armed group named on its noun after "whose" is one the person leads: "Sadr, whose Saraya
    al-Salam militia fought US forces".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Muqtada al-Sadr, whose Saraya al-Salam militia fought US forces, spoke.")
    >>> ("muqtada_al_sadr", "leads", "saraya_al_salam") in {(r.subject, r.predicate, r.object) for r in doc._.readings}
    True
    """
    if lemma_of(noun) not in lexicon.armed_group_nouns:
        return  # (the cheap test first: this runs for every token)
    whose = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
    named = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if whose is None or clause is None or not named:
        return
    if names_a_person(clause.head):
        yield frame(clause.head, "leads", named[-1], noun, "organisation_of.person")


def organisation_of(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An organisation named as part of another: "the Quds Force of Iran's Revolutionary Guards", "the IRGC's
    Quds Force", "the PMF's Al-Jazira Operations Command".

    >>> read("The Quds Force of the IRGC trained them.", organisation_of)
    [('Quds Force', 'member_of', 'IRGC')]
    >>> read("The PMF's Al-Jazira Operations Command spoke.", organisation_of)[0]
    ('Al-Jazira Operations Command', 'member_of', 'PMF')
    >>> read("Iran's Revolutionary Guards Quds Force approved it.", organisation_of)[1]
    ('Revolutionary Guards Quds Force', 'member_of', 'Revolutionary')
    >>> read("Lami of Nujaba's political bureau spoke.", organisation_of)
    [('Lami', 'member_of', 'Nujaba')]
    >>> read("Soleimani led the IRGC Quds Force.", organisation_of)
    [('IRGC Quds Force', 'member_of', 'IRGC')]
    >>> read("White House National Security Adviser Jake Sullivan spoke.", organisation_of)
    []
    >>> read("The Dawa Party of Nouri Maliki won.", organisation_of)
    [('Nouri Maliki', 'leads', 'Dawa Party')]
    >>> [r for r in read("Hadi al-Amiri's Badr Organization won seats.", organisation_of) if r[1] == "leads"]
    [('Hadi al-Amiri', 'leads', 'Badr Organization')]
    >>> [r for r in read("Muqtada al-Sadr's Saraya al-Salam militia fought back.", organisation_of) if r[1] == "leads"]
    [('Muqtada al-Sadr', 'leads', 'Saraya al-Salam militia')]
    """
    for token in sent:
        yield from _committee_of(token, lexicon)
        yield from _led_by_whose_owner(token, lexicon)
        yield from _groups_of_owner_named(token, lexicon)
        if token.dep_ == "compound" or token.pos_ != "PROPN" and not _name_headed_by_noun(token, lexicon):
            continue
        yield from _owners_after(token, lexicon)
        # the owner before the name: a possessive ("the PMF's"), or a first word before a name of two or more
        # ("IRGC" in "the IRGC Quds Force"; "Kataib" in "Kataib Hezbollah" is only the name's first word)
        compounds = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names_a_person(token) and any(lemma_of(w) in lexicon.role_predicates or lemma_of(w) in lexicon.titles
                                         for c in token.children if c.dep_ in {"compound", "amod"} for w in c.subtree):
            continue  # "Treasury Secretary Steven Mnuchin": a person named with an office, which the roles read
        # "Iran's Revolutionary Guards Quds Force": the possessive and the first word both (a first word of the name
        # itself, "Al" in "Al-Jazira Operations Command", reads the actor as its own member, which is never kept)
        # (or a description of one: "the group's People's Defence Forces")
        # ("It holds seats through its Sadiqoun bloc": a group's "its" as its name would)
        owners = [c for c in token.children if c.dep_ == "poss" and (
            c.pos_ == "PROPN" or c.pos_ == "NOUN" and actor_ids_at(c) or c.lower_ == "its" and _a_group_s(c))]
        people = [o for o in owners if names_a_person(o)]
        if _names_a_led_group(token):
            # "Nouri al-Maliki's State of Law Coalition": a person's party or militia is the one they lead
            yield from (frame(person, "leads", token, token, "organisation_of.person")
                        for person in people + _owners_unnamed_before(token))
        owners = [o for o in owners if o not in people] + compounds[:len(compounds) > 1]
        for owner in owners:
            yield frame(token, "member_of", owner, token, "organisation_of.owner_before")


def _a_group_s(possessive: Token) -> bool:
    """Whether a possessive pronoun takes up an armed group or an organisation.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Asaib Ahl al-Haq fought U.S. forces. It holds seats through its Sadiqoun bloc.")
    >>> _a_group_s(doc[13]), _a_group_s(make_pipeline()("Iran spoke. Its Quds Force trains them.")[3])
    (True, False)
    """
    actors = possessive.doc._.actors or {}
    # (not on a unit numbered as one of a whole's, "registered in the PMF as its 45th Brigade", which the pronoun
    # may be the whole's)
    numbered = any(c.like_num or c.text[:1].isdigit() for c in possessive.head.subtree)
    return not numbered and any(a in actors and actors[a].type in {"Militia", "Organization"}
                                for a in actor_ids_at(possessive))


def _owners_unnamed_before(name: Token) -> list[Token]:
    """The person a group's name is owned by where no name stands before it: a personal pronoun ("his Mahdi
    Army"), or the person a relative clause opened by "whose" is on ("Qais al-Khazali, whose Asaib Ahl al-Haq is
    part of the Fatah Alliance").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Qais al-Khazali, whose Asaib Ahl al-Haq is part of the Fatah Alliance, said so.")
    >>> [t.text for t in _owners_unnamed_before(doc[10])]
    ['Khazali']
    """
    pronouns = [c for c in name.children if c.dep_ == "poss" and c.pos_ == "PRON" and a_person_s(c)]
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in name.children):
        return pronouns
    clause = next((a for a in name.ancestors if a.dep_ == "relcl"), None)
    return [clause.head] if clause is not None and names_a_person(clause.head) else []


def _names_a_led_group(token: Token) -> bool:
    """Whether a name is a group's or a party's, which a person heads: by the NER's type or, where the NER left the
    name's last, lowercase word out ("Halbousi's Taqaddum party"), the actor's."""
    actors = token.doc._.actors or {}
    return token.ent_type_ in _LED_GROUP_TYPES or any(
        actors[a].type in _LED_GROUP_TYPES for a in actor_ids_at(token) if a in actors)


def _groups_of_owner_named(noun: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """The groups of the organisation named before a group noun ("PMF factions such as X", "the PMF's brigades",
    and "its factions, including X" where "its" is an organisation's), or the one a person named so leads ("Sadr's
    Saraya al-Salam militia").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The PMF was formed in 2014. Several of its most powerful factions, including Kataib "
    ...                       "Hezbollah, are close to Iran.")
    >>> from kg.lexicon import load_lexicon
    >>> [(f.subject.text, f.object.text) for f in _groups_of_owner_named(doc[12], load_lexicon())]
    [('factions', 'its')]
    """
    if noun.pos_ != "NOUN" or lemma_of(noun) not in lexicon.armed_group_nouns:
        return
    for owner in noun.children:
        if owner.dep_ == "poss" and owner.pos_ == "PROPN" and names_a_person(owner):
            yield frame(owner, "leads", noun, noun, "organisation_of.person")
        elif owner.dep_ in {"poss", "compound"} and owner.pos_ == "PROPN" or owner.dep_ == "poss" and (
                owner.lower_ == "its") and examples_of(noun, lexicon) and _a_group_s(owner):
            yield frame(noun, "member_of", owner, noun, "organisation_of.group_noun")


def installing_in_office(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Bringing someone to power or putting them in office: the one who did supports the one installed.

    >>> read("Sudani was brought to office in 2022 by the Coordination Framework.", installing_in_office)
    [('Coordination Framework', 'supports', 'Sudani')]
    >>> read("The Framework, the alliance that put Sudani in office, met.", installing_in_office)
    [('that', 'supports', 'Sudani')]
    """
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.installing_verbs or not any(
                lemma_of(p) in lexicon.office_nouns for p in prep_objects(verb, {"to", "in", "into"})):
            continue
        if is_passive(verb):
            installers = passive_agents(verb)
            installed = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            installers, installed = subjects_of(verb), direct_objects(verb)
        for installer in (i for g in installers for i in conjuncts(g)):
            for one in (o for g in installed for o in conjuncts(g)):
                yield frame(installer, "supports", one, verb, "installing_in_office")


def coming_to_aid(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Coming or rushing to someone's aid, rescue or defence: support.

    >>> read("Iraq's factions rushed to Bashar al-Assad's rescue.", coming_to_aid)
    [('factions', 'supports', 'Bashar al-Assad')]
    >>> read("Hezbollah came to the aid of the Syrian army.", coming_to_aid)
    [('Hezbollah', 'supports', 'army')]
    """
    for noun in sent:
        if lemma_of(noun) not in lexicon.aid_nouns or noun.dep_ != "pobj" or noun.head.lower_ != "to" or (
                lemma_of(noun.head.head) not in lexicon.hastening_verbs):
            continue
        helped = [c for c in noun.children if c.dep_ == "poss"] + prep_objects(noun, {"of"})
        for helper in (h for g in subjects_of(noun.head.head) for h in conjuncts(g)):
            for one in (o for g in helped for o in conjuncts(g)):
                yield frame(helper, "supports", one, noun, "coming_to_aid")


def following_orders(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Following, obeying or taking someone's orders: support for whoever gives them.

    >>> read("The network follows Iran's directives.", following_orders)
    [('network', 'supports', 'Iran')]
    >>> read("The factions take orders from Tehran.", following_orders)
    [('factions', 'supports', 'Tehran')]
    >>> read("The brigades took their orders from the prime minister.", following_orders)
    [('brigades', 'supports', 'minister')]
    """
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.following_verbs:
            continue
        orders = [o for o in direct_objects(verb) if lemma_of(o) in lexicon.order_nouns]
        givers = [g for o in orders for g in prep_objects(o, {"from"})] + (
            prep_objects(verb, {"from"}) if orders else [])
        # ("Iran's directives" are Iran's to give; "took their orders from X", X's, the possessive the takers')
        givers = givers or [c for o in orders for c in o.children if c.dep_ == "poss"]
        for follower in (f for g in subjects_of(verb) for f in conjuncts(g)):
            for giver in (o for g in givers for o in conjuncts(g)):
                yield frame(follower, "supports", giver, verb, "following_orders")


def support_from(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Acting with another's support: the other supports the actor.

    >>> read("The militias fought beside Syrian troops with backing from the Quds Force.", support_from)
    [('Quds Force', 'supports', 'militias')]
    >>> read("Sudani, who relies on the support of the Coordination Framework, spoke.", support_from)
    [('Coordination Framework', 'supports', 'who')]
    >>> read("Sudani enjoys the backing of the Coordination Framework.", support_from)
    [('Coordination Framework', 'supports', 'Sudani')]
    >>> read("The groups receive weapons from the Quds Force.", support_from)
    [('Quds Force', 'supports', 'groups')]
    """
    for noun in sent:
        if lexicon.noun_predicates.get(lemma_of(noun)) != "supports" or not (verb := _support_holder(noun, lexicon)):
            continue
        supporters = prep_objects(noun, {"from", "of"}) + [m for m in noun.children if m.dep_ in MODIFIER_DEPS]
        if noun.head == verb and noun.dep_ == "dobj":
            supporters += prep_objects(verb, {"from"})  # "receives weapons and training from the IRGC"
        for supporter in (s for g in supporters for s in conjuncts(g)):
            for supported in _acting_before(noun.head) or subjects_of(verb):
                yield frame(supporter, "supports", supported, noun, "support_from")


def _acting_before(preposition: Token) -> list[Token]:
    """The agents of a participle clause that ends, set off by a comma, just before a phrase of support, whatever
    the parser hung the phrase on: "the massacres committed by Israel against Gaza, with the support of the United
    States" (Israel acted with it).

    >>> read("It came in response to massacres committed by Israel in Gaza, with the support of the United States.",
    ...      support_from)
    [('United States', 'supports', 'Israel')]
    """
    doc = preposition.doc
    if preposition.i < 2 or doc[preposition.i - 1].text != ",":
        return []
    clauses = [t for t in preposition.head.subtree if t.dep_ == "acl" and t.tag_ == "VBN" and (
        t.right_edge.i == preposition.i - 2)]
    return [a for clause in clauses for agent in passive_agents(clause) for a in conjuncts(agent)]


def _support_holder(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb whose subject has the support a noun names: acting "with" it, relying "on" it, enjoying it, thanking
    its giver "for" it.

    >>> read("Barzani thanked Washington for its support.", support_from)
    [('its', 'supports', 'Barzani')]
    >>> read("The Houthis, with the support of Iran, have attacked dozens of ships.", support_from)
    [('Iran', 'supports', 'Houthis')]
    """
    preposition, verb = noun.head, noun.head.head
    if noun.dep_ == "pobj" and preposition.lower_ == "with" and verb.pos_ in {"NOUN", "PROPN"} and (
            verb.dep_ in SUBJECT_DEPS and noun.doc[preposition.i - 1].text == "," or verb.dep_ == "pobj" and (
            verb.head.lower_ in lexicon.time_preps)):
        # ("The Houthis, with the support of Iran, have attacked ...", "fought during the war with the backing of
        # Tehran": the parser hangs the phrase on the subject, or on the time, of the verb acting with the support)
        verb = verb.head if verb.dep_ in SUBJECT_DEPS else verb.head.head
    if noun.dep_ == "pobj" and verb.pos_ in {"VERB", "AUX"} and (
            preposition.lower_ == "with" or preposition.lower_ == "on" and lemma_of(verb) in lexicon.reliance_verbs
            or preposition.lower_ == "for" and lemma_of(verb) in lexicon.thanking_verbs and not prep_objects(
                noun, {"of", "for", "to"})):  # (praising Iran "for its support of the resistance" is of another)
        return verb
    if noun.dep_ == "dobj" and lemma_of(noun.head) in lexicon.receiving_verbs:
        return noun.head
    return None


def named_as_members(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Those a text names as some of a group's men are the group's: "mourned two of its members, naming them as
    Hussein Ali and Abbas Kadhim" (whom the names are of is the object of the verb a participle of naming follows).

    >>> read("The group mourned two of its members, naming them as Hussein Ali and Abbas Kadhim.", named_as_members)
    [('Hussein Ali', 'member_of', 'two'), ('Abbas Kadhim', 'member_of', 'two')]
    >>> read("Kataib Hezbollah mourned the two martyrs, named as Hussein Abbas and Ali Jabbar.", named_as_members)[1]
    ('Hussein Abbas', 'member_of', 'Kataib Hezbollah')
    """
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.naming_verbs:
            continue
        names = [n for o in prep_objects(verb, {"as"}) for n in conjuncts(o)]
        # ("the two martyrs, named as X and Y": the participle follows the men it names)
        named = [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" and not any(
            c.dep_ in {"dobj", "oprd"} for c in verb.children) else []
        for men in [c for c in verb.children if c.dep_ == "dobj"] + named:
            if men.lower_ in {"them", "him"} and verb.dep_ == "advcl":
                men = next((o for o in verb.head.children if o.dep_ == "dobj"), men)
            # ("mourned the two martyrs": men with no group named are the mourner's own)
            mourned = men.dep_ == "dobj" and lemma_of(men.head) in lexicon.mourning_verbs
            mourners = subjects_of(men.head) if mourned and lemma_of(men) in (
                lexicon.hero_nouns | lexicon.affiliated_nouns) else []
            for name in names:
                for group in [men, *mourners]:
                    yield frame(name, "member_of", group, verb, "named_as_members")

