"""Role patterns: a person tied to an organisation or state by a role noun (leader, spokesperson, minister)."""

from typing import Iterator

from spacy.tokens import Span, Token

from kg.coref import actor_ids_at, names_a_state, names_an_actor
from kg.lexicon import Lexicon
from kg.nlp import MENTIONS_KEY
from kg.vocabulary import ACTOR_TYPES, PEOPLE_TYPES
from kg.patterns.helpers import (MODIFIER_DEPS, Frame, compound_lemma, conjuncts, direct_objects, examples_of, frame,
                                 issuing_verb, linked_actors,
                                 lemma_of, name_set_off_after, names_a_person, names_a_place, prep_objects, subjects_of)
from kg.patterns.helpers import _parser, read  # noqa: F401 - the docstring examples run through them

__all__ = ["in_charge", "role_apposition", "voiced_on_behalf"]

# The roles only a person holds, whatever else a phrase sets beside them.
_PERSONAL_ROLES = frozenset({"leads", "official_of", "spokesperson_for"})


def role_apposition(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A role noun tying a person to an organisation or state.

    >>> read("Abu Ali, a spokesperson for the group, spoke.", role_apposition)
    [('Abu Ali', 'spokesperson_for', 'group')]
    >>> read("Iraqi Foreign Minister Fuad Hussein met him.", role_apposition)
    [('Foreign Minister Fuad Hussein', 'official_of', 'Iraqi')]
    >>> read("He is Iran's ambassador.", role_apposition)
    [('He', 'official_of', 'Iran')]
    >>> read("Badr Organization head Hadi al-Amiri spoke.", role_apposition)
    [('head Hadi al-Amiri', 'leads', 'Badr Organization')]
    >>> read("The strike killed three Kataib Hezbollah members, including Abu Baqir.", role_apposition)
    [('Kataib Hezbollah members', 'member_of', 'Kataib Hezbollah')]
    >>> read("Police identified the gunmen as members of Kataib Hezbollah.", role_apposition)
    [('gunmen', 'member_of', 'Kataib Hezbollah')]
    >>> read("Ali Saleh, the leader of the group, said so.", role_apposition)
    [('Ali Saleh', 'leads', 'group')]
    >>> read("Qais al-Khazali, secretary-general of Asaib Ahl al-Haq, spoke.", role_apposition)
    [('Qais al-Khazali', 'leads', 'Asaib Ahl al-Haq')]
    >>> read("Abu Fadak, chief of staff of the Popular Mobilization Forces, spoke.", role_apposition)
    [('Abu Fadak', 'official_of', 'staff'), ('Abu Fadak', 'official_of', 'Popular Mobilization Forces')]
    >>> read("Ali al-Asadi, head of the Nujaba political bureau, spoke.", role_apposition)
    [('Ali al-Asadi', 'member_of', 'Nujaba')]
    >>> read("Bese Hozat, co-chair of the executive council of the KCK, spoke.", role_apposition)
    [('Bese Hozat', 'member_of', 'KCK')]
    >>> read("Abu Fadak, a commander in the Popular Mobilization Forces, spoke.", role_apposition)
    [('Abu Fadak', 'member_of', 'Popular Mobilization Forces')]
    >>> read("They listed the group and its leader, Haydar al-Saidi, in 2024.", role_apposition)
    [('Haydar al-Saidi', 'leads', 'its')]
    """
    for role in sent:
        kind = _role_kind(role, lexicon)
        if kind is None:
            continue
        shared = _role_shared_with(role, lexicon)
        people = _people_holding(role, kind, lexicon) or (_people_holding(shared, kind, lexicon) if shared else [])
        if not people:
            continue
        kind, organisations, bodies = _of_whom(role, kind, lexicon, shared)
        organisations = _without_owners_of_bodies(_principals(role, kind, people[0], organisations), lexicon)
        for organisation, relation in _ties_of_role(role, kind, organisations, bodies, people[0]):
            if relation == "official_of" and _ministry_of_a_minister(role, organisation, lexicon):
                continue
            for person in people:
                if person != organisation:
                    yield frame(person, relation, organisation, role, "role_apposition")


def _ties_of_role(role: Token, kind: str, organisations: list[Token], bodies: list[Token],
                  holder: Token) -> Iterator[tuple[Token, str]]:
    """What a role ties its holder to, and how: what it is of by its kind, the groups it is of through a body as one
    of them; and a side named on a role that leads what its "of" names is one the holder belongs to ("the Republican
    chairman of the Armed Services Committee" leads the committee as one of the party).

    >>> doc = _parser()("Roger Wicker, the Republican chairman of the Armed Services Committee, spoke.")
    >>> [(o.text, relation) for o, relation in _ties_of_role(doc[5], "leads", [doc[4], doc[10]], [], doc[1])]
    [('Republican', 'member_of'), ('Committee', 'leads')]
    """
    through_body = "member_of" if kind == "leads" else kind
    led = prep_objects(role, {"of"}) if kind == "leads" else []
    for organisation in (o for g in organisations for o in conjuncts(g)):
        beside_what_is_led = organisation.dep_ == "amod" and organisation.head == role and any(
            o in organisations for o in led)
        yield organisation, "member_of" if beside_what_is_led else kind
    yield from ((o, kind) for o in _name_cut_from_title(role, holder))
    yield from ((o, through_body) for o in bodies)


def _without_owners_of_bodies(organisations: list[Token], lexicon: Lexicon) -> list[Token]:
    """What a role is of, less a state named before one of its institutions: "Jordan's government spokesman" speaks
    for the government, which is Jordan's (a state known by the actors the doc names); nor the owner a possessive
    pronoun names before a body that names an actor ("its foreign ministry spokesman" speaks for the ministry)."""
    bodies = [o for o in organisations if o.dep_ == "compound" and lemma_of(o) in lexicon.institution_nouns]
    named = [o for o in organisations if o.dep_ == "compound" and actor_ids_at(o)]
    return [o for o in organisations if not (o.dep_ in {"poss", "amod", "compound"} and names_a_state(o) and any(
        o.i < b.i and b.head == o.head for b in bodies) or o.dep_ == "poss" and o.pos_ == "PRON" and any(
        o.i < b.i and b.head == o.head for b in named))]


def _running_a_function(role: Token, kind: str, organisations: list[Token],
                        lexicon: Lexicon) -> tuple[str, list[Token]]:
    """Who heads one of a group's functions is one of the group, and the function no organisation: "the PMF's
    security chief", "the head of security for the PMF", "the PMF's Diyala operations commander".

    >>> read("The PMF's security chief, Abu Zainab, said so.", role_apposition)
    [('Abu Zainab', 'member_of', 'PMF')]
    >>> read("Hussein al-Lami, the head of security for the Popular Mobilization Forces, spoke.", role_apposition)
    [('Hussein al-Lami', 'member_of', 'Popular Mobilization Forces')]
    >>> read("Kataib Hezbollah's financial chief, Hussein Mones, was sanctioned.", role_apposition)
    [('Hussein Mones', 'member_of', 'Kataib Hezbollah')]
    """
    functions = [o for o in [*organisations, *(c for c in role.children if c.dep_ == "compound")]
                 if lemma_of(o) in lexicon.function_nouns]
    # ("Iraq's military chief" heads a state's force; a group's heads its wing)
    if kind != "leads" or not functions and not (any(
            c.dep_ == "amod" and c.lower_ in lexicon.function_adjectives and not names_an_actor(c)
            for c in role.children) and not any(names_a_state(o) for o in organisations)):
        return kind, organisations
    return "member_of", [o for o in organisations if o not in functions and o.lower_ not in (
        lexicon.function_adjectives)] + [
        served for function in functions for served in prep_objects(function, {"for", "of"})]


def _role_shared_with(role: Token, lexicon: Lexicon) -> Token | None:
    """The role a role coordinated after it shares its holder and its group with, where it names no group of its
    own: "the founder and secretary-general of Harakat al-Nujaba, he ...".

    >>> from kg.lexicon import load_lexicon
    >>> _role_shared_with(_parser()("Kaabi, the founder and secretary-general of Nujaba, spoke.")[5], load_lexicon())
    founder
    """
    shared = role.head if role.dep_ == "conj" and _role_kind(role.head, lexicon) else None
    return None if shared is None or any(_organisations_and_bodies(role, lexicon)) else shared


def _of_whom(role: Token, kind: str, lexicon: Lexicon,
             shared: Token | None = None) -> tuple[str, list[Token], list[Token]]:
    """A role's kind, what it is of and the groups it is of through their bodies (_organisations_and_bodies), or
    those of the role it shares them with (_role_shared_with) or takes up (_role_told_before)."""
    if kind == "leads" and role.tag_ in {"NNS", "NNPS"}:
        kind = "member_of"  # "its leaders, including X": one of several leads no group alone
    organisations, bodies = _organisations_and_bodies(role, lexicon)
    if not organisations and not bodies and shared is not None:
        organisations, bodies = _organisations_and_bodies(shared, lexicon)
    if not organisations and not bodies and (earlier := _role_told_before(role, lexicon)) is not None:
        return _role_kind(earlier, lexicon) or kind, *_organisations_and_bodies(earlier, lexicon)
    if not organisations and not bodies and kind == "spokesperson_for":
        organisations = _body_told_of_before(role)
    return *_running_a_function(role, kind, organisations, lexicon), bodies


def _body_told_of_before(spokesman: Token) -> list[Token]:
    """The body an unattached spokesman opening a sentence speaks for: the subject of the sentence before, where it
    names a group or a body ("The group dismissed the designation. A spokesman, Ali al-Fatlawi, told Al-Ahed ...";
    not a state, whose spokesmen are its ministries' or its government's).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kataib Hezbollah dismissed it. A spokesman, Abu Ali, told Al-Ahed it was worthless.")
    >>> _body_told_of_before(doc[6])
    [Hezbollah]
    >>> doc = make_pipeline()('The State Department condemned it. "We stand with them," spokesman Ned Price said.')
    >>> _body_told_of_before(doc[13])
    [Department]
    >>> doc = make_pipeline()("The Iraqi government condemned it, and spokesman Basim al-Awadi said so.")
    >>> _body_told_of_before(doc[7])
    [government]
    """
    doc, sentence = spokesman.doc, spokesman.sent
    # (or a bare title before a name: "'We stand with our partners,' spokesman Ned Price said")
    indefinite = spokesman.i <= sentence.start + 1 and any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in spokesman.children)
    titled = spokesman.dep_ == "compound" and spokesman.head.pos_ == "PROPN" and not any(
        c.dep_ in {"det", "poss", "amod", "compound"} for c in spokesman.children)
    # (or the subject of the clause the spokesman's own is coordinated with: "The Iraqi government condemned the
    # killing, and spokesman Basim al-Awadi said ...")
    verb = (spokesman.head if titled else spokesman).head
    subjects = subjects_of(verb.head) if titled and verb.dep_ == "conj" else []
    if not subjects and (not sentence.start or not (indefinite or titled)):
        return []
    actors = doc._.actors or {}
    subjects = subjects or subjects_of(doc[sentence.start - 1].sent.root)
    return [s for s in subjects if (ids := actor_ids_at(s)) and all(
        a in actors and actors[a].type not in {"Country", *PEOPLE_TYPES} for a in ids)]


def _role_told_before(role: Token, lexicon: Lexicon) -> Token | None:
    """The role a definite role noun of no organisation takes up, told with its organisation in the sentences just
    before: in "killed a senior commander of Kataib Hezbollah. The commander, Abu Baqir al-Saadi, ran its
    operations" the man named is that commander.

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("A strike killed a senior commander of Kataib Hezbollah. The commander, Abu Baqir, was 50.")
    >>> _role_told_before(doc[11], load_lexicon())
    commander
    """
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in role.children):
        return None
    doc, sentence = role.doc, role.sent
    before = doc[doc[max(sentence.start - 1, 0)].sent.start:sentence.start] if sentence.start else doc[0:0]
    return next((t for t in reversed(before) if lemma_of(t) == lemma_of(role) and _role_kind(t, lexicon)
                 and prep_objects(t, {"of"})), None)


def _ministry_of_a_minister(role: Token, organisation: Token, lexicon: Lexicon) -> bool:
    """Whether an organisation is the ministry a minister's title opens with: "Treasury Secretary Steven Mnuchin"
    is his state's official, not the Treasury's, as the guidelines rule (but "KRG Interior Minister X" is the
    regional government's, a government of its own, and "secretary of the Supreme National Security Council" the
    council's, and "the Treasury's under secretary" one of the Treasury's officials, below its minister); as is a
    state's force a minister's title names, the ministry's charge ("Peshmerga Minister Shorsh Ismail")."""
    if lemma_of(role) not in lexicon.minister_titles or organisation.i > role.i or any(
            c.lower_ in lexicon.deputy_words for c in role.children if c.dep_ in {"amod", "compound"}):
        return False
    actors = linked_actors(organisation.doc)
    named = [actors[a] for a in actor_ids_at(organisation) if a in actors]
    bodies = [body for body in named if body.type == "GovernmentBody"]
    return any(force.type == "ArmedForce" for force in named) or bool(bodies) and not any(
        set(body.name.lower().split()) & lexicon.institution_nouns for body in bodies)


def _people_holding(role: Token, kind: str, lexicon: Lexicon) -> list[Token]:
    """Who holds a role: the name it is given, or each example of it ("three Kataib Hezbollah members, including
    commander X"); an office only a person ("wrote to the Security Council, the U.N. secretary-general")."""
    people = _role_holders(role, lexicon) or ([role] if examples_of(role, lexicon) else [])
    if kind in _PERSONAL_ROLES:
        people = [p for p in people if p.ent_type_ not in ACTOR_TYPES or p.ent_type_ in PEOPLE_TYPES]
    return people


def _principals(role: Token, kind: str, person: Token, organisations: list[Token]) -> list[Token]:
    """The organisations a role holder serves, with those named before the person's own name ("Nujaba's chief
    Akram al-Kaabi"), and without a nationality for a spokesperson ("the Iraqi spokesperson" speaks for no state;
    "the Iraqi military spokesman" for the military the two words name), though a group's adjective is the group
    ("Houthi military spokesman Yahya Saree").

    >>> doc = _parser()("Nujaba's chief Akram al-Kaabi spoke.")
    >>> _principals(doc[2], "leads", doc[6], [])
    [Nujaba]
    >>> read("Houthi military spokesman Yahya Saree spoke.", role_apposition)[0]
    ('spokesman Yahya Saree', 'spokesperson_for', 'Houthi')
    """
    if role.dep_ in {"compound", "nmod", "amod"} and role.head == person:
        organisations = organisations + [m for m in person.children if m.dep_ in MODIFIER_DEPS and m.i < role.i]
    if kind == "spokesperson_for":
        organisations = [o for o in organisations if o.pos_ != "ADJ" or not names_a_state(o) or _in_longer_name(o)]
    return organisations


def _name_cut_from_title(role: Token, person: Token) -> list[Token]:
    """The name right before a title the parser cut from it: a conjunct of its own after a coordination ("Fatah" in
    "sat down with Khazali and Fatah chief Hadi al-Amiri"; its fellow conjuncts are no organisation of the
    title's), or a second subject of the person's verb.

    >>> read("He met Khazali and Fatah chief Hadi al-Amiri.", role_apposition)
    [('chief Hadi al-Amiri', 'leads', 'Fatah')]
    >>> read("Kataib Sayyid al-Shuhada secretary-general Abu Alaa al-Walai praised the attack.", role_apposition)
    [('Abu Alaa al-Walai', 'leads', 'Kataib Sayyid al-Shuhada')]
    """
    before = role.doc[role.i - 1] if role.i > role.sent.start else None
    if role.head != person or before is None or before.pos_ != "PROPN":
        return []
    cut = before.dep_ == "conj" and before.head != person or before.dep_ == "nsubj" and (
        person.dep_ == "nsubj" and before.head == person.head)
    return [before] if cut else []


def _organisations_and_bodies(role: Token, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """What a role is of ("a spokesperson for the group", "Iran's ambassador"), and the groups it is of through one
    of their bodies or offices ("chief of staff of the PMF", "a member of Hamas's political bureau"; not through
    another role: "the commander-in-chief of"), where heading the office is being one of the group."""
    # a title the tagger took for a verb has the name before it as its "subject": "Badr Organization head X"
    # ("an Iraqi militia commander": the nationality is the militia's, and says no state the man serves)
    of_a_group = any(c.dep_ == "compound" and lemma_of(c) in lexicon.armed_group_nouns for c in role.children)
    # (a title's own words are none: "Prime" in "Prime Minister Sudani's office")
    # ("an Iraqi activist", "Iraq's top cleric": a role that is no office is of no state its modifier names)
    # ("an Iraqi Kurdish leader": a people's leader, whom the state names only where the people are)
    no_office = lemma_of(role) in lexicon.affiliation_roles or any(
        c.dep_ == "amod" and c.lower_ in lexicon.community_adjectives for c in role.children)
    # ("Iran's Quds Force commander": the state owns the force whose the office is, and gives none of its own)
    of_a_named_group = any(c.dep_ == "compound" and c.ent_type_ in _BODY_TYPES for c in role.children)
    modifiers = _modifiers_of_title(role, lexicon)
    # "Iraqi caretaker Prime Minister X": the state is named on the word for the holder's tenure
    modifiers += [g for m in modifiers if m.lower_ in lexicon.tenure_words for g in m.children if g.i < m.i]
    organisations = [m for m in modifiers if m.lower_ not in lexicon.titles | lexicon.tenure_words and (
        m.dep_ in MODIFIER_DEPS and not (of_a_group and m.dep_ == "amod" or (no_office or of_a_named_group) and (
            names_a_state(m) and m.dep_ in {"amod", "poss"})) or (
            m.dep_ == "nsubj" and role.dep_ == "compound"))]
    organisations += _organisations_after_role(role, bool(organisations), lexicon) + _short_form_before(role)
    if not organisations and _role_kind(role, lexicon) != "official_of" and (
            appointing := _appointing_verb(role, lexicon)) is not None:
        # "Iraq's parliament elected Mahmoud al-Mashhadani as speaker": a body gives an office of its own (but the
        # prime minister a bloc chose is the state's)
        return [s for s in subjects_of(appointing) if not names_a_person(s)], []
    # ("the speaker of Iraq's parliament" heads the body the whole phrase names, and is one of nothing more by it)
    owners = {n: [m for m in prep_objects(n, {"of"}) + [m for m in n.children if m.dep_ in {"poss", "compound", "nmod"}
                                                        and m.pos_ == "PROPN"]
                  if not _names_the_group(n, m, lexicon) and not _one_name(n, m)]
              for n in organisations if n.pos_ == "NOUN" and _role_kind(n, lexicon) is None}
    # a group's unit whose name names no actor: "a commander in Kataib Hezbollah's Brigade 45"
    owners |= {n: [m for m in n.children if m.dep_ == "poss" and m.pos_ == "PROPN"]
               for n in organisations if n.pos_ == "PROPN" and not names_an_actor(n)}
    owners |= _owners_of_body_before(role, organisations, owners, lexicon)
    bodies = [o for found in owners.values() for o in found]
    organisations = [o for o in organisations if o not in bodies]
    # "co-chair of the executive council of the KCK" heads the council, not the KCK the council's name ends in;
    # and "Yemen's Houthi movement" is the Houthis, by the name on the group's own noun
    owned_bodies = [o for o in organisations if owners.get(o) and lemma_of(o) in lexicon.body_nouns and (
        o.pos_ == "NOUN")]
    # (but a body named beside its noun is the named one's: "the head of Kataib Hezbollah's political wing, the
    # Huquq movement" leads Huquq)
    named = [a for o in owned_bodies for a in o.children if a.dep_ == "appos" and names_an_actor(a)]
    return [next((c for c in o.children if o.pos_ == "NOUN" and c.dep_ == "compound" and _names_the_group(
        o, c, lexicon)), o) for o in organisations if o not in owned_bodies] + named, bodies


def _organisations_after_preposition(role: Token, lexicon: Lexicon) -> list[Token]:
    """What a role's preposition says it is of or in ("the head of the Badr Organization and the Fatah bloc", each of
    those coordinated): no place unless the role serves in it, no name of its own a place opens ("the commander of
    Baghdad Operations"), and no act, whose agent owns no body ("a militia commander in a U.S. drone strike")."""
    return [o for p in prep_objects(role, _organisation_preps(role, lexicon)) for o in conjuncts(p)
            if (p.head.lower_ in _SERVICE_PREPS or not names_a_place(o)) and not _named_for_a_place(o)
            and (lexicon.act_noun_tag(o.lower_) is None or names_an_actor(o))]


def _organisations_after_role(role: Token, owner_before: bool, lexicon: Lexicon) -> list[Token]:
    """What a role's preposition says it is of, less an office's "for" where its owner is named before it, which
    names the office's brief ("the U.N. special representative for Iraq", "the US envoy for Syria").

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> role = _parser()("The U.N. special representative for Iraq spoke.")[3]
    >>> _organisations_after_role(role, True, load_lexicon()), _organisations_after_role(role, False, load_lexicon())
    ([], [Iraq])
    """
    after = _organisations_after_preposition(role, lexicon)
    if owner_before and _role_kind(role, lexicon) == "official_of":
        after = [o for o in after if next(a for a in o.ancestors if a.dep_ == "prep").lower_ != "for"]
    return after


def _short_form_before(role: Token) -> list[Token]:
    """The short form in brackets right before a role noun with no words of its own before it, which names what the
    role is of: "Patriotic Union of Kurdistan (PUK) leader Bafel Talabani" leads the PUK, wherever the parser hangs
    the long name and its short form.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Meanwhile, Patriotic Union of Kurdistan (PUK) leader Bafel Talabani met him.")
    >>> _short_form_before(doc[9])
    [PUK]
    """
    doc = role.doc
    if role.i < 3 or doc[role.i - 1].text != ")" or doc[role.i - 3].text != "(" or any(
            c.i < role.i for c in role.children):
        return []
    return [doc[role.i - 2]] if names_an_actor(doc[role.i - 2]) else []


def _owners_of_body_before(role: Token, organisations: list[Token], owners: dict[Token, list[Token]],
                           lexicon: Lexicon) -> dict[Token, list[Token]]:
    """The owner named before a body that names a role ("Harakat al-Nujaba's political council head"), which the
    parser hangs on the role: the role heads the body, and its holder is one of the owner's.

    >>> read("Harakat al-Nujaba's political council head, Ali al-Asadi, spoke.", role_apposition)
    [('Ali al-Asadi', 'member_of', 'Harakat al-Nujaba')]
    >>> read("Hezbollah's Executive Council chief Hashem Safieddine spoke.", role_apposition)
    [('Hashem Safieddine', 'leads', 'Executive Council'), ('Hashem Safieddine', 'member_of', 'Hezbollah')]
    """
    actors = linked_actors(role.doc)
    state_side = {a for a, actor in actors.items() if actor.type in {"Country", "GovernmentBody"}}
    # (or a unit or body of the owner's with a name of its own: "Hezbollah's Radwan Force commander", "Hezbollah's
    # Executive Council chief")
    units = {a for a, actor in actors.items() if actor.type in {"Militia", "ArmedForce", "Organization"}}
    body = next((n for n in organisations if n.dep_ == "compound" and n.head == role and not owners.get(n) and (
        lemma_of(n) in lexicon.body_nouns or n.pos_ == "PROPN" and units & set(actor_ids_at(n)))), None)
    if body is None:
        return {}
    # (not a state's: "the Iraqi parliament's security committee chairman" heads a body of the parliament, which
    # the guidelines read as leading it)
    return {body: [o for o in organisations if o.i < body.i and o.dep_ in {"poss", "compound"} and o.head == role
                   and not state_side & set(actor_ids_at(o))]}


def _names_the_group(noun: Token, modifier: Token, lexicon: Lexicon) -> bool:
    """Whether a name on a group's noun names the group itself or where it is from, no whole it is a body of: "the
    leader of Yemen's Houthi movement" leads the Houthis, and holds no place among them or in Yemen (but "the head
    of the Nujaba political bureau" is one of Nujaba).

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("Abdul Malik al-Houthi, the leader of Yemen's Houthi movement, said so.")
    >>> [_names_the_group(doc[12], doc[i], load_lexicon()) for i in (9, 11)]
    [True, True]
    """
    lemma = lemma_of(noun)
    return lemma in lexicon.whole_group_nouns and modifier.dep_ == "compound" or (
        lemma in lexicon.armed_group_nouns | lexicon.whole_group_nouns and names_a_place(modifier))


_SERVICE_PREPS = frozenset({"of", "for", "with"})
# The types of the bodies an office may be held in, other than states: a group, a force, a ministry, an outlet.
_BODY_TYPES = frozenset(ACTOR_TYPES) - PEOPLE_TYPES - {"Country", "Place"}


def _organisation_preps(role: Token, lexicon: Lexicon) -> frozenset[str]:
    """The prepositions after a role noun that name whom its holder serves: "a spokesperson for", "the head of";
    and for one of several in a body, where they are ("a senior figure in Kataib Hezbollah", "a lawmaker from the
    Fatah Alliance", "a research fellow at Chatham House"), though "in" a place names no one served."""
    if _role_kind(role, lexicon) in {"member_of", "commander", "official_of"}:  # ("a leader in the Fatah Alliance")
        return _SERVICE_PREPS | {"in", "from", "at"}
    return _SERVICE_PREPS


def _modifiers_of_title(role: Token, lexicon: Lexicon) -> list[Token]:
    """The words before a role noun, with those of the first word of a two-word title in its place: "Press" in
    "Pentagon Press Secretary Pat Ryder" is the title's own, and the Pentagon it is hung on names the body.

    >>> read("Pentagon Press Secretary Pat Ryder spoke.", role_apposition)
    [('Pentagon Press Secretary Pat Ryder', 'spokesperson_for', 'Pentagon')]
    """
    modifiers = [m for m in role.children if m.i < role.i]
    if compound_lemma(role) not in lexicon.role_predicates:
        return modifiers
    title_word = role.doc[role.i - 1]
    return [m for m in modifiers if m != title_word] + [m for m in title_word.children if m.i < title_word.i]


def _appointing_verb(role: Token, lexicon: Lexicon) -> Token | None:
    """The verb of appointing that gives a role ("elected X speaker", "appointed X as chief of staff"), if one does.

    >>> read("Iraq's parliament elected Mahmoud al-Mashhadani as speaker.", role_apposition)
    [('Mahmoud al-Mashhadani', 'leads', 'parliament')]
    """
    verb = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "as" else role.head if role.dep_ in {
        "oprd", "attr"} else None
    return verb if verb is not None and lemma_of(verb) in lexicon.appointing_verbs else None


def _named_for_a_place(token: Token) -> bool:
    """Whether a token ends a name no actor's name covers, which a place's name opens: "Baghdad Operations"."""
    return token.pos_ == "PROPN" and not names_an_actor(token) and any(
        c.dep_ == "compound" and names_a_place(c) for c in token.children)


def _one_name(token: Token, other: Token) -> bool:
    """Whether two tokens are in one actor's name ("Iraq" and "parliament" in "Iraq's parliament")."""
    return any(span.start <= token.i < span.end and span.start <= other.i < span.end
               for span in token.doc.spans.get(MENTIONS_KEY, []))


def _in_longer_name(token: Token) -> bool:
    """Whether a token is part of an actor's name of more than one word ("Iraqi" in "the Iraqi military")."""
    return any(len(span) > 1 and span.start <= token.i < span.end for span in token.doc.spans.get(MENTIONS_KEY, []))


def _role_kind(role: Token, lexicon: Lexicon) -> str | None:
    # the tagger reads some titles before a name as adjectives ("Iranian general Qasem Soleimani") or as verbs
    # ("Badr Organization head Hadi al-Amiri")
    title_before_name = role.pos_ in {"ADJ", "VERB"} and role.dep_ in {"compound", "amod"} and role.head.pos_ == "PROPN"
    if role.pos_ not in {"NOUN", "PROPN"} and not title_before_name:
        return None
    lemma = lemma_of(role)
    if (joined := compound_lemma(role)) in lexicon.role_predicates:
        lemma = joined
    # "chief of staff": a role named with the noun after its "of"
    office = [f"{lemma}_of_{lemma_of(o)}" for o in prep_objects(role, {"of"})]
    if office and office[0] in lexicon.role_predicates:
        lemma = office[0]
    kind = lexicon.role_predicates.get(lemma)
    # ("the PMF's deputy chief Abu Mahdi al-Muhandis": the parser may hang the deputy word on the name beside the role)
    deputy = role.i > 0 and (before := role.nbor(-1)).lower_ in lexicon.deputy_words and (
        before.head in (role, role.head))
    if kind in {"leads", "commander"} and (deputy or any(c.lower_ in lexicon.deputy_words for c in role.children)):
        return "member_of"
    if kind == "leads" and any(c.dep_ == "det" and c.lower_ in {"a", "an", "another"} for c in role.children):
        return "member_of"  # "a senior Nujaba leader, X": one leader of several
    if kind == "commander":
        # "the commander of X", "its commander", "Y, commander of X", "Y, CENTCOM commander" is the one who leads;
        # "a commander of X", "X commander Y" is one of several
        determiners = [c.lower_ for c in role.children if c.dep_ in {"det", "poss"}]
        # ("a veteran Kataib Hezbollah commander": the parser may hang the role on the noun right before its phrase,
        # whose determiner is the role's)
        if role.dep_ == "appos" and role.left_edge.i > 0 and role.doc[role.left_edge.i - 1] == role.head and (
                role.head.tag_ == "NN"):
            determiners += [c.lower_ for c in role.head.children if c.dep_ == "det"]
        the_one = determiners[:1] not in (["a"], ["an"], ["one"], ["another"]) and (
            determiners or prep_objects(role, {"of"}) or role.dep_ == "appos" or _of_a_command(role, lexicon))
        senior = any(c.lower_ in lexicon.rank_words for c in role.children)
        return "leads" if the_one and not senior else "member_of"
    return kind


def _of_a_command(role: Token, lexicon: Lexicon) -> bool:
    """Whether a role is named on an armed force that is one command, which has one commander ("CENTCOM commander
    X", "Quds Force commander X"), not on a group of many commanders ("Hezbollah commander X", "Peshmerga commander
    X") (lexicon `command_nouns`)."""
    actors = role.doc._.actors or {}
    return any((actor := actors.get(ids[0])) is not None and actor.type == "ArmedForce" and (
        actor.name.split()[-1].lower() in lexicon.command_nouns) for c in role.children
        if c.dep_ in {"compound", "nmod", "poss"} and c.i < role.i and (ids := actor_ids_at(c)))


def _inside_preposition(token: Token, top: Token) -> bool:
    """Whether a preposition stands between a token and `top` ("Haq" in "the leader of Asaib Ahl al-Haq")."""
    return any(a.dep_ in {"prep", "pobj"} for a in (token, *token.ancestors) if a.i != top.i and top in a.ancestors)


def _titled(name: Token, lexicon: Lexicon) -> bool:
    """Whether a name comes with a title of its own ("Ali Shamkhani and Iraq's National Security Adviser Qasim
    al-Araji": the second holds no role of the first's).

    >>> from kg.lexicon import load_lexicon
    >>> doc = _parser()("The secretary Ali Shamkhani and Iraq's National Security Adviser Qasim al-Araji met.")
    >>> _titled(doc[3], load_lexicon()), _titled(doc[13], load_lexicon())
    (False, True)
    """
    # (the parser may hang the title on the name's first word: "Harakat al-Nujaba official Hashem al-Saraji")
    return any(t.dep_ in {"compound", "nmod", "amod"} and lemma_of(t) in lexicon.role_predicates
               for t in name.subtree if t.i < name.i and (t.head == name or t.head.head == name))


def _role_holders(role: Token, lexicon: Lexicon) -> list[Token]:
    """The person a role noun describes: by compound, apposition or copula.

    >>> read("The leader of Kataib Hezbollah is Abu Hussein al-Hamidawi.", role_apposition)
    [('Abu Hussein al-Hamidawi', 'leads', 'Kataib Hezbollah')]
    >>> read("The PMF said one of its commanders, Abu Mustafa al-Saadi, was among the dead.", role_apposition)
    [('Abu Mustafa al-Saadi', 'member_of', 'its')]
    """
    if role.dep_ in {"compound", "nmod", "amod"} and role.head.pos_ == "PROPN":  # "amod": a title the tagger misread
        holder = role.head
        while holder.dep_ == "compound" and holder.head.pos_ == "PROPN" and holder.lower_ in lexicon.titles:
            holder = holder.head  # "US commander Maj. Gen. John Brennan": past the ranks to the name
        # "Kataib Hezbollah members Abu Ali al-Askari and Jaafar al-Husseini": a plural role is every name's
        return conjuncts(holder) if role.tag_ in {"NNS", "NNPS"} else [holder]
    # "Laith al-Khazali, the brother of Qais and a leader in Asaib Ahl al-Haq": a second description's holder is
    # the first's ("X, the head of KSS, and two commanders of Nujaba" lists others)
    second_description = role.dep_ == "conj" and role.tag_ not in {"NNS", "NNPS"}
    # ("Mr Hussein, a Kurd and a senior member of the KDP": a name with "a" describes too)
    if second_description and role.head.dep_ == "appos" and (
            role.head.pos_ == "NOUN" or role.head.left_edge.lower_ in {"a", "an"}):
        return _role_holders(role.head, lexicon)
    if role.dep_ == "appos":
        return _described_by_apposition(role)
    # "two IRGC officers, Colonels Ehsan Karbalaipour and Morteza Saeidnejad": every name the role is given (but
    # "officers, the first government troops to be killed" describes them as a force's, and "members of X, an
    # accusation both groups rejected" tells of an act: neither holds the role)
    # ("Kataib Hezbollah's financial chief, Hussein Mones, and Harakat al-Nujaba official X": a later name with a
    # title of its own holds that one)
    # ("Syria's interim President Ahmed al-Sharaa and Mazloum Abdi": one holds a singular role)
    named = [c for c in role.children if c.dep_ == "appos"]
    appositives = [n for c in named for n in (conjuncts(c) if role.tag_ in {"NNS", "NNPS"} else [c])
                   if lemma_of(n) not in lexicon.force_nouns and lemma_of(n) not in lexicon.noun_predicates
                   and (n == named[0] or not _titled(n, lexicon))]
    if appositives:
        return appositives
    # "a spokesperson for X, Abu Ali," where the parser hangs the name on X, as an apposition or, with no "and",
    # as a conjunct ("a senior commander of Kataib Hezbollah, Abu Baqir al-Saadi,")
    # (not the short form in brackets: "a commander of the Sinjar Resistance Units (YBS)")
    appositives = [a for p in prep_objects(role, _organisation_preps(role, lexicon) - {"with"}) for a in p.children
                   if a.dep_ == "appos" and a.pos_ == "PROPN" and a.doc[a.i - 1].text != "("
                   or a.dep_ == "conj" and names_a_person(a) and not any(
                       c.dep_ == "cc" for c in p.children) and a.doc[a.left_edge.i - 1].text == ","]
    if appositives:
        return appositives
    if named := name_set_off_after(role):
        return [named]
    if second_description and role.head != role and _role_kind(role.head, lexicon) is not None:
        return _role_holders(role.head, lexicon)  # "X, head of the Fatah Alliance and secretary-general of Badr"
    return _holder_by_clause(role, lexicon) or _name_after_quotation(role, lexicon) or _person_it_stands_for(role)


def _described_by_apposition(role: Token) -> list[Token]:
    """Whom a role set off after names describes: "Soleimani and Muhandis, the deputy head of the PMF", where the
    parser hangs the apposition on the first of several names: one role is the nearest name's, a plural role every
    conjunct's. What follows a headline's colon is the source's story, no description ("Rudaw: PKK fighters killed").
    """
    if ":" in {t.text for t in role.doc[role.head.i:role.left_edge.i]}:
        return []
    named = [role.head, *role.head.conjuncts]
    if role.tag_ in {"NNS", "NNPS"}:
        return named
    named += [t for t in role.head.subtree if t.dep_ in {"appos", "conj"} and t.pos_ == "PROPN"
              and not _inside_preposition(t, role.head)]
    return [max((n for n in named if n.i < role.i), key=lambda n: n.i, default=role.head)]


def _person_it_stands_for(role: Token) -> list[Token]:
    """The role noun itself, where the text says whom it stands for: "killed a senior commander of the group ...
    identified the commander as Abu Baqir al-Saadi" makes the first commander Abu Baqir al-Saadi."""
    actors = linked_actors(role.doc)
    ids = actor_ids_at(role)
    return [role] if ids and all(a in actors and actors[a].type in PEOPLE_TYPES for a in ids) else []


def _holder_by_clause(role: Token, lexicon: Lexicon) -> list[Token]:
    """The person a clause gives a role to: by a copula, an appointment, "as", or a count of the role's holders."""
    if role.dep_ == "attr" and lemma_of(role.head) in lexicon.copular_verbs:
        # ("X, who heads the State of Law coalition and is a leading figure in the Framework": a copula coordinated
        # with a verb shares its subject)
        return [c for c in role.head.children if c.dep_ == "nsubj"] or (
            subjects_of(role.head) if role.head.dep_ == "conj" else [])
    if role.dep_ == "nsubj" and lemma_of(role.head) == "be":
        # "Kataib Hezbollah's leader is Abu Hussein al-Hamidawi", "whose secretary-general is X": the name it is;
        # "its main members are X, Y and Z": each of the names
        return [n for c in role.head.children if c.dep_ == "attr" and c.pos_ == "PROPN"
                for n in (conjuncts(c) if role.tag_ in {"NNS", "NNPS"} else [c])]
    if role.dep_ in {"oprd", "attr"} and lemma_of(role.head) in lexicon.appointing_verbs:
        # "X was named PMF chief of staff", "parliament elected X speaker"
        return [c for c in role.head.children if c.dep_ in {"nsubjpass", "dobj"} and c != role]
    if role.dep_ in {"pobj"} and role.head.lower_ == "as":
        # "served as commander of X" is the subject's role; "identified the dead as fighters of X" the object's
        verb = role.head.head
        # (the parser may take the one appointed for a predicate: "elected Mahmoud al-Mashhadani as speaker")
        objects = direct_objects(verb) + [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "PROPN"]
        if not objects and verb.dep_ in {"relcl", "acl"} and lemma_of(verb) in lexicon.labelling_verbs:
            return [verb.head]  # "three people the ministry described as members of the PKK": the people
        return objects or subjects_of(verb)
    for clause in (c for c in role.children if c.dep_ == "relcl"):
        # "the commander, who gave his name as Abu Mustafa al-Saedi", "who identified himself as X": the name given
        if any(lemma_of(d) == "name" or d.lower_.endswith(("self", "selves")) for d in direct_objects(clause)):
            return [o for o in prep_objects(clause, {"as"}) if o.pos_ == "PROPN"]
    if role.dep_ == "pobj" and role.head.lower_ == "of" and ((counted := role.head.head).like_num or (
            counted.lower_ in lexicon.partitive_pronouns)):
        # "one of its commanders, Abu Mustafa al-Saadi": the name the count is given
        return [n for c in counted.children if c.dep_ == "appos" and c.pos_ == "PROPN" for n in conjuncts(c)]
    return []


def _name_after_quotation(role: Token, lexicon: Lexicon) -> list[Token]:
    """The name after a title that opens the attribution of a quotation, whatever the parser makes of them:
    '"...," ministry spokesperson Brig. Gen. Sarbast Lazgin told Kurdistan24'.

    >>> read('"We will act," ministry spokesperson Brig. Gen. Sarbast Lazgin told Kurdistan24.', role_apposition)
    [('Gen. Sarbast Lazgin', 'spokesperson_for', 'ministry')]
    """
    doc = role.doc
    start = min([role.i, *(c.i for c in role.children if c.dep_ == "compound")])
    if start == 0 or doc[start - 1].tag_ != "''":
        return []
    after = role.i + 1
    while after < len(doc) and (doc[after].lower_ in lexicon.titles or doc[after].lower_.rstrip(".") in lexicon.titles):
        after += 1
    if after >= len(doc) or doc[after].pos_ != "PROPN":
        return []
    name = doc[after]
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    return [name]


def in_charge(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Who is in charge of a group leads it, and of one of a group's functions is one of the group: "was in charge
    of the group's operations in Syria".

    >>> read("Abu Baqir, who was in charge of the militia's operations in Syria, was killed.", in_charge)
    [('who', 'member_of', 'militia')]
    >>> read("Ali Hussein is in charge of Kataib Hezbollah.", in_charge)
    [('Ali Hussein', 'leads', 'Kataib Hezbollah')]
    """
    for charge in sent:
        if not (charge.lower_ == "charge" and charge.dep_ == "pobj" and charge.head.lower_ == "in"):
            continue
        for led in prep_objects(charge, {"of"}):
            function = lemma_of(led) in lexicon.function_nouns
            owners = [c for c in led.children if c.dep_ == "poss"] + prep_objects(led, {"of", "for"}) if (
                function) else conjuncts(led)
            for holder in subjects_of(charge.head.head):
                for owner in owners:
                    yield frame(holder, "member_of" if function else "leads", owner, charge, "in_charge")


def voiced_on_behalf(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Who speaks, or reads or issues a message, on behalf of another speaks for it (lexicon `voicing_verbs`, with
    the verbs of speech and the nouns of messages).

    >>> read("Bese Hozat read a statement on behalf of the PKK.", voiced_on_behalf)
    [('Bese Hozat', 'spokesperson_for', 'PKK')]
    >>> read("Askari said in a statement on behalf of Kataib Hezbollah that the truce was over.", voiced_on_behalf)
    [('Askari', 'spokesperson_for', 'Kataib Hezbollah')]

    Acting for another is no speaking for it:

    >>> read("The group fought on behalf of Iran.", voiced_on_behalf)
    []
    """
    for behalf in sent:
        if not (behalf.lower_ == "behalf" and behalf.dep_ == "pobj" and behalf.head.lower_ in {"on", "in"}):
            continue
        voiced = behalf.head.head
        if voiced.pos_ == "NOUN" and lemma_of(voiced) in lexicon.message_nouns:
            # ("read a statement on behalf of", "said in a statement on behalf of": the message's verb)
            voiced = issuing_verb(voiced, lexicon)
        if voiced is None or lemma_of(voiced) not in lexicon.voicing_verbs | lexicon.speech_verbs:
            continue
        speakers = subjects_of(voiced)
        principals = [c for c in behalf.children if c.dep_ == "poss"] + prep_objects(behalf, {"of"})
        for speaker in speakers:
            for principal in (p for o in principals for p in conjuncts(o)):
                yield frame(speaker, "spokesperson_for", principal, behalf, "voiced_on_behalf")
