"""Coreference for actors: pronouns and descriptions resolved to the actor they refer to, and who speaks.

A rule-based resolver in the manner of the salience models of news coreference:
"he"/"she" take the most recent person, "they" the most recent plural group,
"it" the most recent organisation or state, and a definite description ("the
group", "the ministry", "the spokesperson") the most recent actor of the type
its noun describes. Each resolved span goes into ``doc.spans["kg_coref"]`` with
the actor id as ``kb_id_``. Each sentence that quotes or reports an actor's
words carries that actor's id in ``sent._.speaker``; a quotation running on
into the next sentence keeps its speaker.
"""

from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Callable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.actors import LIST_REACH, Actor, load_registry, names_its_members, self_naming_noun, state_stood_for
from kg.lexicon import Lexicon, load_lexicon
from kg.names import NAME_PARTICLES
from kg.nlp import COREF_KEY, MENTIONS_KEY, declare_extensions, is_indefinite, line_openings, sentence_before
from kg.vocabulary import ARMED_TYPES, PEOPLE_TYPES, assault_predicates

__all__ = ["SPEAKER_PRONOUNS", "Coreference", "actor_ids_at", "declare_speaker", "group_of_person",
           "mention_containing", "names_a_state", "names_an_actor", "reference_at", "reporting_verb", "speaker_of",
           "standing_military"]

COREF_NAME = "kg_coref"

# Pronouns that may refer to their own clause's subject: "Kataib Hezbollah praised its fighters".
_MAY_BE_SUBJECT = frozenset({"its", "their", "his", "her", "itself", "themselves", "himself", "herself"})
_PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
_PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
# Relative pronouns that may be a clause's object: "a commander whom it held responsible".
_RELATIVE_OBJECTS = frozenset({"whom", "who", "which", "that"})
_THING_PRONOUNS = frozenset({"it", "its", "itself"})
# The pronouns that take up a who's who's entry name after its colon: "Kataib Hezbollah: Its leader ...".
_ENTRY_PRONOUNS = _THING_PRONOUNS | _PLURAL_PRONOUNS | _PERSON_PRONOUNS
# First person inside a quotation is its speaker.
SPEAKER_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our", "ours"})
# The pronouns by which an interviewer's question addresses the one asked.
_ADDRESSEE_PRONOUNS = frozenset({"you", "your"})
_GROUPS = frozenset({"Militia", "ArmedForce", "GovernmentBody", "Country", "Organization", "Media"})
_COORDINATED_KINDS = (_GROUPS - {"Country"}, PEOPLE_TYPES)
# The possessive each object pronoun echoes: "His critics accuse him".
_ECHOED_POSSESSIVES = {"him": "his", "her": "her", "them": "their", "it": "its"}
_OPEN_QUOTES = frozenset({"“", '"', "``"})
_CLOSE_QUOTES = frozenset({"”", '"', "''"})
# A speech verb attributes its sentence when it is the main verb, or parenthetical to it.
_ATTRIBUTING_DEPS = frozenset({"ROOT", "parataxis", "conj", "advcl"})
# Where the token -> reference index of a doc is kept (doc.user_data).
_INDEX_KEY = "kg_reference_index"
# Where the nouns a name is given to are ("group" in "a group calling itself X"), found once per doc.
_SELF_NAMED_KEY = "kg_self_named_nouns"
# Where each lemma's places in a doc are, found once per doc: the descriptions that look back for their word's
# earlier uses read them from there, not from a scan of the text before them.
_LEMMA_PLACES_KEY = "kg_lemma_places"
# Where the name each token stands in is kept, built once per state of the doc's mentions (as _INDEX_KEY).
_MENTION_AT_KEY = "kg_mention_at"
# "the commander of the armed forces", "commander-in-chief": prepositions by which a title names its own office.
_OFFICE_PREPS = frozenset({"of", "for", "in"})
# The types of actor a person may lead or belong to, and the arcs that tie a person's name to a group's.
_ORGANISED = frozenset({"Militia", "Organization", "ArmedForce", "GovernmentBody", "Media"})
_TYING_DEPS = frozenset({"compound", "appos", "pobj", "prep", "poss", "nmod"})
# How many sentences back an antecedent may be.
_LIST_WORDS = frozenset({",", "and", "or", "the", "(", ")"})
_WINDOW = {"pronoun": 2, "description": 4, "name_head": 40, "person": 8}


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    actor: str
    type: str
    sentence: int
    plural: bool
    subject: bool
    # the lemma heading its name: "commission" for "the Iraqi Resistance Coordination Commission", "resistance" for
    # "the Islamic Resistance in Iraq"
    head: str
    titles: frozenset[str] = frozenset()  # the role words it is named with: "prime", "minister"
    # the actors named on those role words: "iraq" for "Iraq's ambassador to the UN, X", "badr_organization" for
    # "X, the head of the Badr Organization"
    title_owners: frozenset[str] = frozenset()
    named: bool = True  # False for a pronoun or description resolved to the actor
    nested: bool = False  # inside a longer mention ("Iran" in "Iran-backed militias"), or an adjective ("Turkish")
    # the other actors of its kind it is coordinated with ("Kataib Hezbollah and Asaib Ahl al-Haq"): together a
    # plural antecedent
    partners: tuple[str, ...] = ()
    # inside an apposition that describes another noun: "the PMF" in "Kataib Sayyid al-Shuhada, a faction within
    # the PMF"
    describing: bool = False
    # named as a former holder of its titles ("former prime minister Nouri al-Maliki"), whom a description of the
    # office's holder ("the premier") is not
    former: bool = False
    # a proper name, which "it" may take up whatever its form ("the Islamic Revolution Guards Corps said it")
    proper: bool = False
    # a subject the text gives a plural verb ("the Popular Mobilization Forces, which draw a state salary, are"):
    # which "it" does not take up, whatever its name's form
    plural_verb: bool = False
    # the nouns an apposition describes it by, as written (so of a number): "coalition" for "the Islamic
    # Resistance in Iraq, a coalition of factions", which "the coalition" then takes up
    described_as: frozenset[str] = frozenset()
    # naming whose a site is ("a Popular Mobilization Forces base"): a word inside a compound, which "it" or "them"
    # does not take up ("hold it responsible" after "an attack on a PMF base" is the attacker)
    on_site: bool = False
    # a subject of a clause that sets the scene of its sentence's ("as long as Washington backs Israel"), which a
    # pronoun in the next sentence takes up only when the sentence has no other subject
    scene_setting: bool = False
    # a subject of a clause a verb reports ("Nujaba said the resistance will not stop"), which a pronoun in the
    # next sentence takes up only when the reporting clause has no subject that fits
    reported: bool = False


@Language.factory(
    COREF_NAME,
    default_config={},
    requires=["doc.spans", "token.dep", "token.lemma"],
    assigns=["doc.spans", "span._.speaker"],
)
def make_coreference(nlp: Language, name: str) -> "Coreference":
    return Coreference(nlp, name, lexicon=load_lexicon())


class Coreference:
    """Resolve pronouns and definite descriptions to actors, and mark each sentence's speaker."""

    def __init__(self, nlp: Language, name: str = COREF_NAME, *, lexicon: Lexicon) -> None:
        declare_extensions()
        declare_speaker()
        self.name = name
        self.lexicon = lexicon
        self.description_types = {word: actor_type for actor_type, words in lexicon.descriptions.items()
                                  for word in words}
        self.role_words = lexicon.titles | set(lexicon.role_predicates) | lexicon.descriptions["Official"]
        self.own_nouns = frozenset(self.role_words | lexicon.message_nouns)  # one's own officials and statements
        # nouns of forces, fighters and their sites: "its positions" are no place's
        self.military_nouns = lexicon.force_nouns | lexicon.installation_nouns | lexicon.force_site_nouns
        # verbs whose clause, or the participle of saying after them, is their subject's word ("Iran denied it had
        # any role", "KH denied any role, saying it had ...")
        self.statement_verbs = lexicon.speech_verbs | lexicon.denial_verbs
        # the unnamed collective "the factions" are where the text names no group of them (the guidelines' rule)
        self.collective: str | None = next((a.id for a in load_registry().actors.values() if a.collective), None)
        # nouns a noun of the collective modifies that are no thing of the collective's: "militia leader X", "militia
        # groups", "militia supporters"
        self.not_the_collective_s = self.role_words | lexicon.armed_group_nouns | set(lexicon.stance_predicates)
        self.demonyms = load_registry().demonyms

    def __call__(self, doc: Doc) -> Doc:
        sentence_of = {}
        for number, sent in enumerate(doc.sents):
            for token in sent:
                sentence_of[token.i] = number
        spans = list(doc.spans.get(MENTIONS_KEY, []))
        mentions = self._mentions(spans, sentence_of)
        mentions.sort(key=lambda m: m.end)  # so the mentions before a token are a prefix, found by bisection
        ends = [m.end for m in mentions]
        covered = {i for m in mentions for i in range(m.start, m.end)}
        resolved: list[Span] = []
        types = {m.actor: m.type for m in mentions}
        # "a little-known group calling itself X said it was behind the strike": the group is the one it names
        named_after = {noun.i: s.kb_id_ for s in spans if (noun := self_naming_noun(s, self.lexicon)) is not None}
        named_after.update(identified_nouns(doc, spans, self.lexicon))
        named_after.update(members_taken_up(doc, spans, self.lexicon))
        doc.user_data[_SELF_NAMED_KEY] = set(named_after)
        for token in doc:
            if token.i in covered:
                continue
            if token.i in named_after:
                found = (token.i, token.i + 1, named_after[token.i])
            else:
                found = self._resolve(token, mentions, bisect_right(ends, token.i), sentence_of, resolved)
            if found is not None:
                start, end, actor, *others = found
                span = Span(doc, start, end, label="COREF", kb_id=actor)
                resolved.append(span)
                resolved += [Span(doc, start, end, label="COREF", kb_id=other) for other in others]
                told = mentions[:bisect_right(ends, token.i)]
                if (token.lower_ in _PLURAL_PRONOUNS or token.tag_ in {"NNS", "NNPS"} or token.lower_ in (
                        self.lexicon.count_words)) and not _repeats_head(token, actor, told):
                    # "named Kataib Hezbollah and Asaib Ahl al-Haq, describing them as ...": "them" is every group
                    # of the coordination, as "the two leaders" is every person of one
                    resolved += [Span(doc, start, end, label="COREF", kb_id=partner)
                                 for partner in _partners_of(actor, told)]
                covered.update(range(start, end))
                if others:
                    continue  # "both groups" takes up two groups; what follows refers to them as named
                # a resolved reference is a mention of its actor for what follows: "the group branded him ... It
                # had earlier accused" takes "It" from the group, the sentence's subject
                at = bisect_right(ends, end)
                ends.insert(at, end)
                mentions.insert(at, _Mention(start, end, actor, types.get(actor, ""), sentence_of[start],
                                             _is_plural(span, self.lexicon), _tells_of(span.root),
                                             span[-1].lemma_.lower(), named=False, **_clause_rank(span.root)))
        doc.spans[COREF_KEY] = resolved
        self._mark_speakers(doc)
        return doc

    def _mentions(self, spans: list[Span], sentence_of: dict[int, int]) -> list[_Mention]:
        lists = _lists(spans)
        return [
            _Mention(s.start, s.end, s.kb_id_, s.label_, sentence_of[s.start], _is_plural(s, self.lexicon),
                     _tells_of(s.root) or _example_of_subject(s.root, self.lexicon.example_preps),
                     _name_head(s, self.lexicon.province_nouns if s.label_ == "Place" else frozenset()),
                     _titles(roles := self._title_words(s)), _owners_named_on(roles),
                     former=self._formerly(roles),
                     nested=any(o.start <= s.start and s.end <= o.end and len(o) > len(s) for o in spans)
                     or s.root.pos_ == "ADJ" and s.root.dep_ == "amod" and (  # but "the Zionist enemy" is the state
                         s.root.head.lemma_.lower() not in self.lexicon.counterpart_nouns)
                     or _hyphenated_into_modifier(s) or s.text in self.demonyms and _names_a_place_s_part(s, spans),
                     partners=_coordinated(s, spans, lists),
                     describing=any(a.dep_ == "appos" for a in s.root.ancestors) or _given_as_example(
                         s.root, self.lexicon.example_preps),
                     proper=(s.root.pos_ == "PROPN" or s.root.is_upper and len(s.root) > 1) and (
                         s[-1].is_title or s[-1].is_upper),
                     described_as=_described_as(s.root), plural_verb=_given_plural_verb(s.root),
                     on_site=s.root.dep_ == "compound" and not s.start <= s.root.head.i < s.end and (
                         s.root.head.lemma_.lower() in self.lexicon.installation_nouns | self.lexicon.force_site_nouns),
                     **_clause_rank(s.root))
            for s in spans
        ]

    def _resolve(self, token: Token, mentions: list[_Mention], before: int, sentence_of: dict[int, int],
                 resolved: list[Span]) -> tuple | None:
        """What a pronoun or description refers to, among the first `before` mentions (those ending before it,
        in the order they end)."""
        here = sentence_of[token.i]

        def salient(wanted, window: int) -> _Mention | None:
            excluded = self._not_antecedents(token, mentions)
            return _salient(mentions, before, lambda m: m.actor not in excluded and wanted(m), here, window)

        if token.lower_ == "there" and token.dep_ == "advmod":
            place = salient(lambda m: self._named_as_where(m, token.doc), _WINDOW["pronoun"])
            return (token.i, token.i + 1, place.actor) if place else None
        if token.lower_ == "whose" or token.pos_ == "PRON" or self._bare_count(token) is not None:
            return self._pronominal(token, mentions, before, resolved, salient)
        if (known := self._referent_by_form(token, mentions[:before], here)) is not None:
            return known
        description = self._description(token)
        if description is None:
            return None
        start, actor_type = description
        if actor_type is not None and self.lexicon.noun_predicates.get(token.lemma_.lower()) in {"attacks", "kills"}:
            return None  # "the militia attacks": attacks by militias, no militia named before
        if (named := _mention_at(mentions, token.i + 1)) is not None and named.start == token.i + 1 and (
                named.type == actor_type):
            # "the Iraqi militia Kataib Hezbollah": a description before a name is the name's, whatever the parse
            return start, token.i + 1, named.actor
        if actor_type is None:
            # "the commission" after "the Iraqi Resistance Coordination Commission": the noun heading its name,
            # a surer sign than a type's noun, so it reaches further back
            # (a name: not a description resolved before, "the occupation forces" for "the security forces")
            antecedent = salient(lambda m: m.named and _heads_name(token, m) and _has_its_words(token, m),
                                 _WINDOW["name_head"])
            # ("the umbrella" after "X emerged as a banner and an umbrella of the factions": what the text called it)
            umbrella = self.lexicon.umbrella_words
            antecedent = antecedent or salient(lambda m: m.named and (token.lower_ in m.described_as or (
                token.lower_ in umbrella and bool(m.described_as & umbrella))), _WINDOW["description"])
            occupying = any(c.lemma_.lower() in self.lexicon.occupation_words for c in token.lefts)
            if antecedent or not occupying or (actor_type := self.description_types.get(token.lower_)) is None:
                return (start, token.i + 1, antecedent.actor) if antecedent else None
            # else, in a militia's words, the force it calls an occupation: "the occupation forces" after "US troops"
        if actor_type == "Country":
            # ("the coalition countries" are several, none of them the one the article is about)
            several = token.tag_ == "NNS" and _counted(token, self.lexicon.count_words) is None
            country = None if several else self._country_meant(token, mentions[:before])
            return (start, token.i + 1, country) if country else None
        return self._of_type(token, start, actor_type, mentions, before, here, salient)

    def _referent_by_form(self, token: Token, mentions: list[_Mention], here: int) -> tuple | None:
        """What a noun refers to by its own form, before any description: a person's group ("his militia"), the
        two sides of a conflict, the collective a modifier names, or the state of the one speaking of "his
        country"."""
        group = _group_of_named_person(token, mentions, self.lexicon.descriptions["Militia"])
        if group is not None:
            return group
        if (sides := self._two_sides(token, mentions, here)) is not None:
            return sides
        if self._collective_modifier(token):
            return token.i, token.i + 1, self.collective
        if (country := self._possessor_s_country(token, mentions)) is not None:
            return token.i, token.i + 1, country
        return None

    def _not_antecedents(self, token: Token, mentions: list[_Mention]) -> set[str | None]:
        """The actors the phrase around a pronoun or description says it is not."""
        own = token.lower_ in _MAY_BE_SUBJECT
        # "the umbrella that includes the factions": the factions are not the umbrella (a pronoun or description is
        # not its own clause's subject; a reflexive or possessive may be)
        subject = None if own else _clause_subject_mention(token, mentions)
        mate = subject.actor if subject else None
        # "US charges that it backs attacks": no one is charged by themselves
        accuser = self._accuser(token, mentions)
        # "demands by the factions for their departure": no one asks for their own departure, and no one puts
        # itself on its own list ("X had been added to its list of terrorists")
        asker = self._asker(token, mentions)
        listed = self._listed_on(token, mentions)
        described = _described_by_clause(token, mentions)
        # "Kataib Hezbollah, one of the factions in the umbrella group": what an apposition says of a name is not
        # the name
        described_by = None if own else _described_in_apposition(token, mentions)
        # (with those coordinated with it, and their appositions: "the US and the UN urged both parties", "Badr and
        # Kataib Hezbollah's political wing, the Huquq movement, opposed it")
        head = token.doc[subject.end - 1] if subject else None
        mates = {m.actor for c in ((head, *head.conjuncts) if head is not None else ())
                 for t in (c, *(a for a in c.children if a.dep_ == "appos"))
                 if (m := _mention_on(t, mentions)) is not None}
        # ('"I urged him to leave," Tamimi said': one quoted speaks of himself as "I", never "him")
        quoting = _speaker_of_quote(token, mentions, self.lexicon.speech_verbs)
        return {mate, *mates, accuser, asker, *listed, described, described_by, quoting,
                *_subjects_of_fronted_clauses(token, mentions), *_doers_of_participle_over(token, mentions),
                *_compared_with_subject(token, mentions, self.lexicon.comparison_preps),
                *_owners_of_clause_object(token, mentions)}

    def _two_sides(self, token: Token, mentions: list[_Mention], sentence: int) -> tuple | None:
        """ "The two sides signed a memorandum" after "X arrived for talks with Y": the two actors the nearest
        sentence before that names two of them (places aside) told of, its subject first."""
        if token.lower_ not in self.lexicon.side_nouns or _counted(token, self.lexicon.count_words) != 2:
            return None
        if (fought := _sides_between(token, mentions, sentence, _WINDOW["description"])) is not None:
            return (token.left_edge.i, token.i + 1, *fought) if fought else None
        for earlier in range(sentence - 1, sentence - 1 - _WINDOW["pronoun"], -1):
            named = [m for m in mentions if m.sentence == earlier and m.type != "Place" and not m.nested]
            # ("Iraq's Joint Operations Command said": a state named on its own body is one side with it; and
            # "members of Saraya al-Salam, the armed wing of Sadr's movement, exchanged fire with the PMF": one named
            # as an owner is no side)
            # ("expert X said the group was a front for Kataib Hezbollah": one with no office who only reports is no
            # side, where a ministry that says the other side did wrong is)
            named = [m for m in named if not _names_whose(token.doc[m.end - 1], named)
                     and token.doc[m.end - 1].dep_ != "poss" and not m.describing
                     and not (m.type == "Person" and self._only_reports(token.doc[m.end - 1]))]
            actors = list(dict.fromkeys(m.actor for m in sorted(named, key=lambda m: (not m.subject, m.start))))
            if len(actors) >= 2:
                return token.left_edge.i, token.i + 1, actors[0], actors[1]
        return None

    def _only_reports(self, subject: Token) -> bool:
        """Whether a subject's verb reports a clause and is aimed at no one: "Expert Ahmed al-Sharifi said the group
        was a front", not "Sudani told Biden that ..."."""
        verb = subject.head
        return subject.dep_ == "nsubj" and verb.lemma_.lower() in self.lexicon.speech_verbs and any(
            c.dep_ == "ccomp" for c in verb.children) and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)

    def _listed_next(self, token: Token, actor_type: str, count: int, mentions: list[_Mention], before: int,
                     here: int) -> _Mention | None:
        """The list an indefinite counted description introduces: "blacklist three Iran-backed paramilitary
        commanders" those the next sentences list; counted fighters with no group named with them the people a
        list names ("killing two fighters ... named the dead as X and Y")."""
        after = mentions[before:]
        listed = _listed_after(after, lambda m: _fits_description(m, actor_type, token, self.lexicon), count, here)
        if listed is None and token.lower_ in self.lexicon.member_plurals and not any(
                _mention_at(mentions, t.i) for t in token.subtree):
            return _listed_after(after, lambda m: m.type in PEOPLE_TYPES, count, here)
        return listed

    def _of_type(self, token: Token, start: int, actor_type: str, mentions: list[_Mention], before: int, here: int,
                 salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> tuple | None:
        """What a description naming a type refers to: the office holder it names, the actors it counts, else the
        salient actor of its type."""
        count = _counted(token, self.lexicon.count_words)
        if count and not any(c.dep_ in {"det", "poss"} for c in token.children):
            listed = self._listed_next(token, actor_type, count, mentions, before, here)
            return (start, token.i + 1, listed.actor, *listed.partners) if listed is not None else None
        office = self._office(_role_words(token))  # (not held by one where counted: "the two ministers")
        if actor_type == "Official" and not count and (
                holder := self._office_holder(token, office, mentions, here, salient)) is not None:
            return (start, token.i + 1, holder) if holder else None
        offices = self._offices_named(mentions[:before])
        # (nor is "the premier" one named its former holder)
        held_before = set() if self._formerly([token]) else {
            m.actor for m in mentions[:before] if m.former and office and office <= self._office(m.titles)}

        quoted = _quoted_apart(token)

        def fits(m: _Mention) -> bool:  # (what one is, "the cleric", is no office another may rule out)
            return _fits_description(m, actor_type, token, self.lexicon) and m.actor not in held_before and (
                m.start not in quoted) and (actor_type != "Official" or _may_hold(office, offices[m.actor]) and (
                    not self._head_unknown(office, offices[m.actor], m.actor, token.doc)) or (
                    token.lemma_.lower() in self.lexicon.affiliation_roles))
        if actor_type != "Official" and _introduced_unnamed(token, mentions[:before], actor_type, self.lexicon):
            return None  # "to form two joint brigades ... the brigades": those, no actor named
        # "the factions" takes up "Iran-backed armed factions" before a group of another name named since, though
        # not before one named in its own sentence ("Asaib Ahl al-Haq: Led by Qais al-Khazali, the group split")
        proper_here = salient(lambda m: fits(m) and m.proper, 0)
        headline = actor_type == "Militia" and _named_below_headline(here, mentions, lambda m: fits(m) and m.proper)
        antecedent = proper_here or headline or self._speakers_group(token, mentions[:before], fits) or salient(
            lambda m: fits(m) and m.named and m.head == token.lemma_.lower() and m.plural == (
                token.tag_ in {"NNS", "NNPS"}), _WINDOW["description"]) or salient(fits, _WINDOW["description"])
        antecedent = _described_rather(token, antecedent, _described_by_text(token, actor_type, salient))
        # (not the clause's own subjects: "the US and the UN urged both parties"; nor who does what befalls those
        # counted: "Trump ordered the drone strike that killed the two men")
        excluded = self._not_antecedents(token, mentions) | _doers_over(token, mentions)
        others = [m for m in mentions[:before] if m.actor not in excluded]
        if count and (counted := _counted_antecedents(count, antecedent, others, actor_type, here)):
            return start, token.i + 1, *counted
        if antecedent is None and actor_type != "Official":
            # "the party" after "the Kurdistan Democratic Party of Iran", an armed party: the noun heading its name
            antecedent = salient(lambda m: m.proper and _heads_name(token, m), _WINDOW["name_head"])
        if antecedent is None and actor_type == "Official" and (
                body := _unnamed_officials_body(token, mentions[:before], _WINDOW["description"])):
            return start, token.i + 1, body
        if antecedent is None and self.collective in (token.doc._.actors or {}) and self._unnamed_collective(token):
            # (only in a text that names the collective: one about other factions means those)
            return start, token.i + 1, self.collective
        return (start, token.i + 1, antecedent.actor) if antecedent else None

    def _speakers_group(self, noun: Token, mentions: list[_Mention], fits: Callable[[_Mention], bool]
                        ) -> _Mention | None:
        """The group of the person whose words hold a description, where it fits it: "the group" in "Al-Fartousi
        said the group supported the government", after "Kadhim al-Fartousi, a spokesman for Kataib Sayyid
        al-Shuhada", is his group, whatever other group was named since.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Kadhim al-Fartousi, a spokesman for Kataib Sayyid al-Shuhada, spoke. He accused "
        ...                       "Washington of protecting the Islamic State. Fartousi said the group backed Sudani.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "the group"]
        [('the group', 'kataib_sayyid_al_shuhada')]
        >>> doc = make_pipeline()("Ali al-Asadi heads the political council of Harakat al-Nujaba. He said Iran had "
        ...                       "backed Iraqis against ISIS. He dismissed U.S. accusations that the faction "
        ...                       "received weapons from Iran.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "the faction"]
        [('the faction', 'harakat_al_nujaba')]
        """
        # (or whose own verb takes a claim whose content holds it: "He dismissed U.S. accusations that the faction
        # received weapons from Iran")
        verb = reporting_verb(noun, self.lexicon.speech_verbs) or next((
            a.head for a in noun.ancestors if a.lemma_.lower() in self.lexicon.claim_nouns and a.dep_ == "dobj"), None)
        speaker = next((m for s in verb.children if s.dep_ == "nsubj" and (m := _mention_at(mentions, s.i))), None) if (
            verb is not None) else None
        if speaker is None or speaker.type not in PEOPLE_TYPES:
            return None
        group = group_of_person(noun.doc, speaker.actor)
        return next((m for m in reversed(mentions) if m.actor == group and fits(m)), None)

    def _collective_modifier(self, noun: Token) -> bool:
        """ "US warplanes bombed militia positions": a bare noun of the collective modifying a noun of no role, in a
        text that names the collective, is the collective ("militia leader X" leads a group of his own, "militia
        supporters" are not the militia, and "its militia groups" are someone's).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Iran-backed militias fired rockets. US jets bombed militia positions.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('militia', 'iran_backed_militias')]
        >>> doc = make_pipeline()("Iran-backed factions fired rockets. Qaani met faction leaders in Baghdad.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('faction', 'iran_backed_militias')]
        """
        head = noun.head
        # ("Qaani met faction leaders": the collective's leaders, where no name, example or other modifier makes
        # them men of groups of their own: "militia leaders including Khazali")
        own_men = head.tag_ == "NNS" and not any(c.dep_ in {"compound", "nmod", "amod", "appos"} and c != noun or (
            c.dep_ == "prep" and c.lower_ in self.lexicon.example_preps | {"such"}) for c in head.children)
        excluded = self.not_the_collective_s - self.role_words if own_men else self.not_the_collective_s
        return noun.dep_ == "compound" and noun.tag_ == "NN" and f"{noun.lower_}s" in (
            self.lexicon.collective_plurals) and head.pos_ == "NOUN" and head.lemma_.lower() not in (
            excluded) and not any(
            c.dep_ in {"compound", "amod", "poss", "det"} for c in noun.children) and not any(
            c.dep_ == "poss" for c in head.children) and self.collective in (noun.doc._.actors or {})

    def _unnamed_collective(self, noun: Token) -> bool:
        """ "the factions", "the armed factions": a plural of the collective's nouns, named by no one's name."""
        # ("the Syrian rebel factions", "the KDP's militias" are others')
        return noun.tag_ == "NNS" and noun.lower_ in self.lexicon.collective_plurals and not any(
            c.dep_ in {"compound", "poss", "nmod"} or c.dep_ == "amod" and c.ent_type_ for c in noun.children) and (
            _counted(noun, self.lexicon.count_words) is None)

    def _pronominal(self, token: Token, mentions: list[_Mention], before: int, resolved: list[Span],
                    salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> tuple | None:
        """What a relative "whose", a pronoun or a number standing for a noun refers to."""
        if token.lower_ == "whose":
            owner = _relative_owner(token, mentions[:before])
            return (token.i, token.i + 1, owner.actor) if owner else None
        if (count := self._bare_count(token)) is not None:
            # "All three have been designated": the last list of as many names
            listed = salient(lambda m: len(m.partners) + 1 == count and m.type != "Place", _WINDOW["description"])
            return (token.left_edge.i, token.i + 1, listed.actor) if listed else None
        if told := _told_together(token, mentions[:before]) or _examples_saying(token, mentions[:before]):
            return token.i, token.i + 1, *told
        actor = self._pronoun(token, mentions, resolved, salient)
        return (token.i, token.i + 1, actor) if actor else None

    def _offices_named(self, mentions: list[_Mention]) -> dict[str, frozenset[str]]:
        """The office words each actor was named with, wherever the text named them ("Hussein al-Mousawi, the
        spokesman of Nujaba ... he said": "he" is still the spokesman)."""
        offices: dict[str, frozenset[str]] = {}
        for mention in mentions:
            offices[mention.actor] = offices.get(mention.actor, frozenset()) | self._office(mention.titles)
        return offices

    def _country_meant(self, token: Token, mentions: list[_Mention]) -> str | None:
        """ "the country" is the speaker's, where the speaker is named with a state ("Jordan's foreign minister said
        the kingdom would not allow ..."); else the country the article is about: the one it has named most so far,
        but not the state of the force or mission said to be in it ("American troops in the country")."""
        # ("would jeopardize the country's relations with Washington": a state its own phrase names is another)
        beside = {t.i for t in token.head.subtree if t.i not in {d.i for d in token.subtree}} if (
            token.dep_ == "poss") else set()
        others = {s.kb_id_ for s in token.doc.spans.get(MENTIONS_KEY, []) if s.start in beside}
        # (or whose stance it is: "Iraq's prime minister condemned the strike as a breach of the conditions for U.S.
        # troops' presence in the country")
        if own := self._speaker_s_state(token, mentions, others):
            return own
        visitor = _state_of_what_is_in(token, mentions, self.lexicon.containment_preps)
        # (a state's own bodies name it too: "Iraq's parliament met over Israeli threats to strike the country")
        actors = token.doc._.actors or {}
        states = [m.actor if m.type == "Country" else actors[m.actor].state for m in mentions
                  if m.named and (m.type == "Country" or m.type in {"GovernmentBody", "ArmedForce"} and (
                      m.actor in actors and actors[m.actor].state))]
        counts = Counter(state for state in states if state != visitor and state not in others)
        return counts.most_common(1)[0][0] if counts else None

    def _speaker_s_state(self, token: Token, mentions: list[_Mention], others: set[str]) -> str | None:
        """The state named in the subject of the verb reporting, or taking a stand in, the clause a token is in:
        "Jordan's foreign minister said the kingdom would not allow ..."; none of `others`."""
        if (verb := reporting_verb(token, self.lexicon.speech_verbs) or next((
                a for a in token.ancestors if a.pos_ == "VERB" and self.lexicon.verb_predicates.get(
                    a.lemma_.lower()) in {"accuses", "opposes", "demands"}), None)) is None:
            return None
        # (what an apposition or clause on the speaker names is not the speaker's state: "Kataib Hezbollah, one of
        # the Iran-backed factions in Iraq, said ... as long as troops remained in the country")
        speakers = [t.i for s in _own_or_shared_subjects(verb) for t in s.subtree if t.i not in {
            d.i for c in s.children if c.dep_ in {"appos", "relcl", "acl"} for d in c.subtree}]
        return next((m.actor for m in mentions if m.type == "Country" and m.start in speakers
                     and m.actor not in others), None)

    def _possessor_s_country(self, token: Token, mentions: list[_Mention]) -> str | None:
        """ "his country", "her nation": the state of the one speaking of it, where the text names it in the
        speaker's phrase ("Iraqi Prime Minister Mustafa al-Kadhimi said his country would go on needing American
        help"); no country merely named most."""
        if self.description_types.get(token.lemma_.lower()) != "Country" or not any(
                c.dep_ == "poss" and c.lower_ in {"his", "her"} for c in token.children):
            return None
        return self._speaker_s_state(token, mentions, set())

    def _office_holder(self, token: Token, office: frozenset[str], mentions: list[_Mention], here: int,
                       salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> str | None:
        """Who an official's description is, by the office it names: the actor once decided, "" when it is no one
        named before, None to look further."""
        # ("Kuwait's envoy" is no one named Iraq's ambassador before, and the head of the intelligence service no
        # one named Nujaba's leader)
        if not office:
            return None  # "the diplomat": any official, as its type says
        owners = _with_their_states(_owners_named_on([token]), token.doc)
        # ("the Iranian diplomat": a kind of official, not an office, which whoever holds an Iranian office is)
        kind = not self._office(frozenset({token.lemma_.lower()}))

        # ("the premier" is no "former prime minister" named before, "the former premier" is)
        former = self._formerly([token])

        # ("the Iranian president" is no president the text names with no state the registry knows, or another's)
        of_a_state = any(c.dep_ in {"amod", "compound"} and names_a_state(c) for c in token.children)

        def holds(m: _Mention) -> bool:
            return (office <= self._office(m.titles) or kind and bool(owners & _with_their_states(
                m.title_owners, token.doc)) or not m.titles and _registered_holder(m.actor, office, owners)) and (
                not _titled_of_another(m, owners, token.doc)) and m.former == former and not (
                of_a_state and owners.isdisjoint(_holder_states(m, token.doc)))
        # (where an office holder is, "the Iranian president in Tehran", names no office)
        of = [o for p in token.children if p.dep_ == "prep" and p.lower_ in _OFFICE_PREPS
              for o in p.children if o.dep_ == "pobj" and not (p.lower_ == "in" and o.ent_type_ == "Place")]
        if not of and (titled := salient(holds, _WINDOW["name_head"]) or _named_below_headline(here, mentions, holds)):
            # "the prime minister" (or "the premier") is whoever the text named as prime minister, not the last
            # official, and in a headline whoever the story names so; "the commander of the forces" names its own
            # office
            return titled.actor
        if not of and (titled := self._group_office_holder(token, office, mentions, here)):
            return titled.actor
        if any(names_an_actor(o) for o in of):
            # "the president of the U.N. Security Council" holds an office the text names; no official named
            # before with another office is it
            titled = salient(holds, _WINDOW["name_head"])
            return titled.actor if titled else ""
        if any(c.dep_ in {"amod", "compound", "poss"} and names_a_state(c) for c in token.lefts):
            return ""  # "the Iranian ambassador", named with no one before, is an official of its own
        return None

    def _group_office_holder(self, token: Token, office: frozenset[str], mentions: list[_Mention],
                             here: int) -> _Mention | None:
        """In a headline, the holder of an office a group's or a state's name is set before ("Badr leader warns
        Turkey", "Iraqi parliament speaker meets Iranian envoy"): the first the story names with the office in a
        sentence naming the group ("the head of the Badr Organization, Hadi al-Amiri"), whatever words it then
        gives the office."""
        if here != 0:
            return None
        # (a state's adjective, "Iranian president", is no mention of the state, only of its people)
        owners = {c: m.actor if (m := _mention_at(mentions, c.i)) is not None and m.type != "Place" else
                  self.demonyms.get(c.text) for c in token.children if c.dep_ in {"compound", "amod", "poss"}}
        groups = {owner for owner in owners.values() if owner}
        # (the words naming whose the office is: the name, or a body's noun, "Iraqi parliament speaker")
        words = office - {c.lemma_.lower() for c, owner in owners.items() if owner or (
            self.description_types.get(c.lemma_.lower(), "Official") != "Official")}
        if not groups or words == office:
            return None
        named_in = {m.sentence for m in mentions if m.actor in groups} | {
            i for i, sent in enumerate(token.doc.sents) if any(self.demonyms.get(t.text) in groups for t in sent)}
        # ("UN envoy" is not "Iraq's ambassador to the UN": the office named of another)
        sides = _with_their_states(frozenset(groups), token.doc)
        return _named_below_headline(here, mentions, lambda m: m.sentence in named_in and words <= self._office(
            m.titles) and not _titled_of_another(m, sides, token.doc))

    def _pronoun(self, token: Token, mentions: list[_Mention], resolved: list[Span],
                 salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> str | None:
        """The actor a pronoun refers to, if any."""
        lower = token.lower_
        if (fits := _wanted_by(lower)) is None or self._judged_claim(token) or self._takes_up_a_proposal(token):
            return None

        def wanted(mention: _Mention) -> bool:
            # a backer named inside another's name ("the Islamic Resistance, a coalition of Iran-backed militias")
            # is no antecedent, nor a state's adjective ("the Turkish envoy"); an embassy, its state's voice, is
            acting = lower == "it" and token.dep_ == "nsubj" and _stands_for_a_state(mention, token.doc)
            return (fits(mention) or acting) and not mention.nested and not (
                mention.on_site and lower in {"it", "they", "them"})

        struck, striking_side = self._struck(token)
        if lower in {"its", "their"} and (bound := self._possessor_bound(token, mentions, resolved, wanted, struck)):
            return bound
        if lower not in {"its", "their"} and (charged := self._penalised(token, mentions)) is not None:
            return charged.actor
        # "Qaani, who succeeded Soleimani after his killing": the dead is no one who acts in the clause
        killed = lower in {"his", "her"} and self.lexicon.noun_predicates.get(token.head.lemma_.lower()) == "kills"
        own = _clause_subject(token, mentions) if struck or killed or _object_pronoun(token) else None
        if lower in {"his", "her"} and (person := _person_object_before(token, self.lexicon)) is not None:
            return (mention := _mention_at(mentions, person.i)) and mention.actor  # named or not
        if lower in {"its", "their", "his", "her"} and not (struck or killed) and (
                owner := self._clause_owner(token, mentions, wanted)):
            return owner
        if (bound := self._bound_in_clause(token, mentions, resolved, wanted)) is not None:
            return bound
        if self._one_unnamed(token, mentions, resolved) or _takes_up_unnamed_object(token, mentions):
            return None
        outside = self._outside(token, mentions)

        # ("an attack that wounded four American service members ... We will hold them accountable": the attackers)
        held = self._held_to_account(token)

        def candidate(m: _Mention) -> bool:
            return wanted(m) and m.start not in outside and m.actor != own and m.start not in striking_side and not (
                held and self._harmed(token.doc[m.start:m.end].root))

        antecedent = self._salient_fitting(token, mentions, candidate, salient)
        if antecedent and (lower in _PLURAL_PRONOUNS or lower == "it") and (
                self._acts_nearer(token, antecedent.start) or self._thing_taken(token, antecedent, mentions)):
            return None  # "condemned the strikes on the PMF's positions, calling them a violation": the strikes
        if antecedent is None and lower in _PERSON_PRONOUNS:
            # an interview's quotations may run on for sentences naming no one: "he" is the one person named
            # further back, where there is only one
            return _sole_person(token, mentions, lambda m: wanted(m) and m.start not in outside, _WINDOW["person"])
        return antecedent.actor if antecedent else _group_told_of_before(token, mentions) if lower in {
            "they", "them"} else None

    def _salient_fitting(self, token: Token, mentions: list[_Mention], candidate: Callable[[_Mention], bool],
                         salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> _Mention | None:
        """The salient mention a pronoun may take up: one whose place fits what the pronoun does, else any; and
        rather than it, the name heading the phrase that holds it ("the American occupation of eastern Syria ...
        confront it")."""
        # "strikes in northern Syria and Iraq since an attack in Ankara, which it blamed on the PKK": a state named
        # as where things happen does not say or do what follows, where an actor named before may
        doer = token.lower_ in {"it", "they"} and token.dep_ in {"nsubj", "nsubjpass"}
        antecedent = salient(lambda m: candidate(m) and self._fits_its_place(m, token, doer), _WINDOW["pronoun"]) or (
            salient(candidate, _WINDOW["pronoun"]))
        heading = antecedent and _mention_heading_phrase(token, antecedent, mentions)
        return heading if heading and candidate(heading) else antecedent

    def _thing_taken(self, pronoun: Token, antecedent: _Mention, mentions: list[_Mention]) -> bool:
        """Whether a pronoun takes up a thing, or a wrongdoer named by no name, rather than the actor before it."""
        return self._labels_a_thing_taken(pronoun, antecedent) or _thing_phrase_holding(
            pronoun, antecedent, mentions) or _thing_of_coordinated_clause(
            pronoun, antecedent, mentions, self.role_words) or _wrongdoer_nearer(pronoun, antecedent, mentions,
                                                                self.lexicon.wrongdoer_nouns)

    def _fits_its_place(self, mention: _Mention, pronoun: Token, doer: bool) -> bool:
        """Whether the one mentioned may stand where a pronoun stands: as a doer, not a state named as where things
        happen, nor an armed group where the verb lists or sanctions; as what is named a terrorist, no state or
        place ("Ankara regards the PKK, which has fought the Turkish state, as a terrorist organization. The United
        States also lists it as a terrorist group": the PKK).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Ankara regards the PKK, which has waged an insurgency against the Turkish state, "
        ...                       "as a terrorist organization. The United States also lists it as a terrorist group.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('it', 'pkk')]
        """
        if doer:
            return not _placed(mention, pronoun.doc, self.lexicon) and self._may_list(mention, pronoun)
        named_terrorist = pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in self.lexicon.designation_verbs and (
            any(t.lower_ in self.lexicon.terror_words for t in pronoun.head.subtree))
        return not (named_terrorist and mention.type in {"Country", "Place"})

    def _may_list(self, mention: _Mention, subject: Token) -> bool:
        """Whether the one mentioned may do what the verb a pronoun is the subject of tells, where it designates or
        sanctions: a state, a body or an official does, no armed group ("Treasury said Kataib Hezbollah's commander
        had overseen attacks. It also designated Fly Baghdad": Treasury).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Treasury said Kataib Hezbollah's Abu Fatima al-Khafaji had overseen the drone "
        ...                       "program. It also designated Fly Baghdad.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('It', 'us_treasury')]
        """
        return subject.dep_ != "nsubj" or mention.type not in ARMED_TYPES or subject.head.lemma_.lower() not in (
            self.lexicon.sanction_verbs | self.lexicon.designation_verbs)  # ("It is listed by Turkey": the listed)

    def _bound_in_clause(self, pronoun: Token, mentions: list[_Mention], resolved: list[Span],
                         wanted: Callable[[_Mention], bool]) -> str | None:
        """The actor a pronoun's own sentence binds it to: the owner of forces that say "they" did something, the
        subject named after a fronted clause, the speaker of what the pronoun is the subject of, the possessive it
        echoes, or the group of men told before it."""
        if (echoed := _possessor_echoed(pronoun, resolved)) is not None:
            return echoed
        if pronoun.lower_ == "they" and (owner := _force_owner_reporting(pronoun, mentions, self.statement_verbs,
                                                                         self.lexicon.force_nouns)) is not None:
            return owner.actor  # "the Guard's ground forces said they had targeted": the Guard, whatever its number
        if pronoun.lower_ in _PLURAL_PRONOUNS and (men := self._men_of_group_before(pronoun, mentions)) is not None:
            return men.actor  # (the men's number, not their group's)
        for bound in (_fronted_clause_subject(pronoun, mentions, self.own_nouns), _parallel_subject(pronoun, mentions),
                      _condition_subject(pronoun, mentions),
                      _reporter_of(pronoun, mentions, resolved, self.statement_verbs),
                      _sayer_of_remark_on_thing(pronoun, mentions, self.statement_verbs),
                      _subject_above_relative_clause(pronoun, mentions),
                      _whole_counted(pronoun, mentions, self.lexicon.partitive_pronouns)):
            if bound is not None and wanted(bound):
                return bound.actor
        return None

    def _takes_up_a_proposal(self, pronoun: Token) -> bool:
        """Whether "it", the object of a verb of taking a stand on or passing a measure, takes up a measure the text
        has just told of ("The State Department said the law would institutionalize Iranian influence ... officials
        who backed it"), or the object of a verb of demanding takes up what is demanded, no actor.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Washington said the law was dangerous. It could sanction officials who backed it.")
        >>> [span.text for span in doc.spans[COREF_KEY]]
        ['It']
        >>> doc = make_pipeline()("Washington has not designated Badr, though members of Congress have called for it.")
        >>> [span.text for span in doc.spans[COREF_KEY]]
        []
        """
        verb = pronoun.head
        if pronoun.lower_ == "it" and pronoun.dep_ == "dobj" and verb.lemma_.lower() in (
                self.lexicon.thing_demanding_verbs):
            return True  # ("the factions that have long demanded it": what is demanded, no one it is demanded of)
        if pronoun.lower_ == "it" and pronoun.dep_ == "pobj" and verb.lower_ == "for" and (
                self.lexicon.verb_predicates.get(f"{verb.head.lemma_.lower()}_for") == "demands"):
            return True  # ("some members of Congress have called for it": for the designation told of)
        if pronoun.lower_ != "it" or pronoun.dep_ != "dobj" or not (
                self.lexicon.verb_predicates.get(verb.lemma_.lower()) in {"supports", "opposes"}
                or verb.lemma_.lower() in self.lexicon.enacting_verbs):
            return False
        before = sentence_before(pronoun)
        return any(t.lemma_.lower() in self.lexicon.proposal_nouns and t.pos_ == "NOUN" and t.dep_ != "compound"
                   and any(c.dep_ in {"det", "poss"} and c.lower_ != "a" for c in t.children)
                   for t in pronoun.doc[before.start:pronoun.i])

    def _harmed_speaker(self, possessive: Token, mentions: list[_Mention]) -> _Mention | None:
        """The speaker whose own a possessive names where an act, no actor, harmed it in what the speaker says:
        "The PMF, of which Nujaba is a part, said the strike hit its logistics headquarters" (the PMF's).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The PMF, of which Nujaba is a part, said the strike hit its headquarters.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'popular_mobilization_forces')]
        >>> doc = make_pipeline()("Harakat al-Nujaba, an Iraqi armed group backed by Iran, said on Tuesday that a "
        ...                       "U.S. strike had killed one of its commanders.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'harakat_al_nujaba')]
        """
        owned = possessive.head
        while owned.dep_ in {"pobj", "prep"} and owned.head.dep_ in {"prep", "dobj"}:
            owned = owned.head  # "had killed one of its commanders": the object whose phrase names its own
        if possessive.lower_ not in {"its", "their"} or owned.dep_ != "dobj" or not any(
                self.lexicon.noun_predicates.get(s.lemma_.lower()) in assault_predicates() for s in owned.head.children
                if s.dep_ == "nsubj"):
            return None
        verb = reporting_verb(owned.head, self.statement_verbs)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        return _mention_at(mentions, subject.i) if subject is not None else None

    def _clause_owner(self, possessive: Token, mentions: list[_Mention],
                      wanted: Callable[[_Mention], bool]) -> str | None:
        """The subject a possessive in its clause belongs to: "the coalition against Islamic State announced the end
        of its mission", "Khazali broke with Sadr and founded his own group" (or the knower of the clause it opens
        the subject of), unless the possessive is on the list the subject puts it on or the going it asks for."""
        subject = _clause_subject_mention(possessive, mentions, named_on=possessive.lower_ in {"its", "their"}) or (
            _knower_of_clause(possessive, mentions, self.statement_verbs)) or _harmed_in_clause_after(
            possessive, mentions, self.lexicon)
        if subject is None or not (wanted(subject) or self._named_enemy(subject, possessive.doc)):
            return None
        # (nor one who asks for its going: "X has demanded its withdrawal")
        unowned = {*self._listed_on(possessive, mentions), self._asker(possessive, mentions)}
        return None if subject.actor in unowned else subject.actor

    def _named_enemy(self, mention: _Mention, doc: Doc) -> bool:
        """Whether a mention is a state's adjective on a noun of the other side of a tie, which stands for the state
        ("the American enemy must understand that its bases ...": the United States)."""
        word = doc[mention.end - 1]
        return mention.type == "Country" and word.dep_ == "amod" and (
            word.head.lemma_.lower() in self.lexicon.counterpart_nouns)

    def _one_unnamed(self, pronoun: Token, mentions: list[_Mention], resolved: list[Span]) -> bool:
        """Whether a pronoun takes up one the text gives no name: "they" after a person killed with others, "it"
        said by a group described but not named, "it" in a condition on a force no one names ("the occupation will
        leave by force if it does not leave"), "it" after "any group" in its sentence.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Al-Monitor asked about it. Any group that attacks from Iraqi soil is breaking the "
        ...                       "law, and we will hold it accountable.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        []
        >>> doc = make_pipeline()("Turkey said the PKK, which Ankara has fought for decades, had carried it out.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        []
        """
        lower = pronoun.lower_
        if lower in _PLURAL_PRONOUNS and (_theirs_unnamed(pronoun, mentions, resolved, self.lexicon.company_preps)
                                          or _unnamed(_counted_in_clause(pronoun, self.lexicon.partitive_pronouns),
                                                      mentions, resolved, plural=True)):
            return True
        if _said_by_the_unnamed(pronoun, mentions, self.statement_verbs, self.lexicon.message_nouns):
            return True
        if lower in {"it", "them"} and pronoun.dep_ == "dobj" and (
                pronoun.head.lemma_.lower() in self.lexicon.perpetrating_verbs):
            return True  # "suggested that the PKK had carried it out": an act, no actor
        # ("any group that attacks from Iraqi soil is breaking the law, and we will hold it accountable")
        before = pronoun.doc[pronoun.sent.start:pronoun.i]
        if lower == "it" and any(t.dep_ == "det" and t.lower_ in {"any", "every", "each"} and t.head.tag_ == "NN" and (
                t.head.lemma_.lower() in self.description_types) for t in before):
            return True
        return lower == "it" and (bound := _parallel_subject_noun(pronoun, conditions=True)) is not None and (
                (noun := bound.lemma_.lower()) in self.military_nouns or noun in self.description_types) and (
                _unnamed(bound, mentions, resolved, plural=False))

    def _outside(self, pronoun: Token, mentions: list[_Mention]) -> set[int]:
        """Where a pronoun's antecedent is not: "Asked about the prime minister, he said": what the fronted
        participle is about is not its own subject; '"We respect the prime minister," he said': what a quotation
        names is not who says it; "drones at a base in eastern Syria, after US jets pounded its positions": a state
        named as where something is owns no positions, fighters, commanders or bases in the text ("brought drones into
        Iraq through Azerbaijan to attack its bases"); "A former aide to Muqtada
        al-Sadr, he broke with the cleric": whom the description set before the pronoun names is not the pronoun."""
        outside = _fronted_participle(pronoun) | _quoted_by_own_verb(pronoun, self.lexicon.speech_verbs) | {
            t.i for d in pronoun.children if d.dep_ == "appos" for t in d.subtree}
        if pronoun.lower_ in {"its", "their"} and {pronoun.head.lemma_.lower(), pronoun.head.lower_} & (
                self.military_nouns | self.lexicon.affiliated_nouns | self.lexicon.descriptions["Official"]
                | self.lexicon.installation_nouns):
            outside |= {m.start for m in mentions if m.type == "Country" and _placed(m, pronoun.doc, self.lexicon)}
        # ("Washington designated it a terrorist organisation. Its fighters are part of the PMF": a state has troops,
        # not fighters or militants)
        if pronoun.lower_ in {"its", "their"} and pronoun.head.lower_ in self.lexicon.member_plurals:
            outside |= {m.start for m in mentions if m.type == "Country"}
        # ("U.S. officials say it is a front for Kataib Hezbollah": many who say "it" are not it, nor their state)
        reporters = _reporting_subject(pronoun, self.lexicon.speech_verbs) if pronoun.lower_ == "it" else None
        if reporters is not None and reporters.tag_ == "NNS":
            outside |= {t.i for c in reporters.children if c.dep_ in {"compound", "amod", "poss"} for t in c.subtree}
        return outside

    def _possessor_bound(self, possessive: Token, mentions: list[_Mention], resolved: list[Span],
                         wanted: Callable[[_Mention], bool], struck: bool) -> str | None:
        """The owner the phrase around a possessive settles: the noun it hosts in, the one named beside it
        ("Kata'ib Sayyid al-Shuhada and its secretary-general"), the one charged ("blamed X for its attacks"),
        or, where its noun is struck, what the clause beside is about ("Turkey considers it a PKK affiliate and
        has struck its members"; no one strikes what is its own), or the speaker an act harmed (_harmed_speaker)."""
        # (a host that cannot own it leaves it to the clause: "al-Sudani, who thanked Tehran for its support")
        if (host := _host_noun(possessive, resolved)) is not None and (
                (mention := _mention_at(mentions, host.start)) is None or wanted(mention)):
            return host.kb_id_
        for bound in (_coordinated_before(possessive, mentions), self._charged(possessive, mentions),
                      _object_pronoun_beside(possessive, mentions) if struck else None,
                      self._harmed_speaker(possessive, mentions)):
            if bound is not None and wanted(bound):
                return bound.actor
        return None

    def _bare_count(self, token: Token) -> int | None:
        """How many a number standing for a noun counts ("All three have been designated", "Both denied it");
        None for any other token, and for a number of a noun ("three groups", "two of the groups").

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The US listed Kataib Hezbollah and Harakat al-Nujaba. Both denied any role.")
        >>> sorted(s.kb_id_ for s in doc.spans["kg_coref"])
        ['harakat_al_nujaba', 'kataib_hezbollah']
        >>> doc = make_pipeline()("The US hit Kataib Hezbollah and Nujaba. One soldier was killed and two were hurt.")
        >>> sorted(s.kb_id_ for s in doc.spans["kg_coref"])
        []
        """
        if token.lower_ not in self.lexicon.count_words or token.dep_ not in {"nsubj", "nsubjpass", "dobj"} or any(
                c.dep_ == "prep" for c in token.children):
            return None
        # "one of its members was killed and two were wounded": a number after a counted noun counts that noun
        if any(t.like_num and (t.dep_ == "nummod" or any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children))
               for t in token.doc[token.sent.start:token.i]):
            return None
        return self.lexicon.count_words[token.lower_]

    def _judged_claim(self, pronoun: Token) -> bool:
        """Whether a pronoun is what a copula judges true or false, or calls a place: "it was a lie", "that is
        baseless" take up a claim, "it was a Mossad base" a site, not an actor.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Kataib Hezbollah denied the report. Its spokesman said it was a lie.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('Its', 'kataib_hezbollah')]
        """
        verb = pronoun.head
        # (nor is an actor what is called a place: "claimed it was a Mossad base" takes up the home struck)
        sites = self.lexicon.installation_nouns | self.lexicon.place_nouns
        return pronoun.dep_ == "nsubj" and verb.lemma_ == "be" and any(
            c.dep_ in {"attr", "acomp"} and c.lower_ in self.lexicon.claim_judgements
            or c.dep_ == "attr" and c.lower_ in sites for c in verb.children)

    def _attacked(self, noun: Token) -> bool:
        """Whether a noun is the object of a verb of attacking, killing, accusing, sanctioning or designating
        ("struck its facilities", "sanctioned its leaders", "accused its factions").

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Kataib Hezbollah fired rockets. Washington has struck its facilities.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'kataib_hezbollah')]
        >>> doc = make_pipeline()("The US struck the IRGC. The attacks began after Israel launched its war on Hamas.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'israel')]
        """
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.like_num:
            noun = noun.head.head  # "hit one of its headquarters", "killing two of its fighters": the part struck
        verb = noun.head.lemma_.lower()
        # (but one accuses one's own rival: "the KDP accused its rival, the PUK")
        charged = self.lexicon.verb_predicates.get(verb) == "accuses" and (
            noun.lemma_.lower() not in self.lexicon.counterpart_nouns)
        # (one's own act is no target: "Israel launched its war on Hamas", "resumed its attacks")
        act = self.lexicon.noun_predicates.get(noun.lemma_.lower()) in {"attacks", "kills"}
        return noun.dep_ == "dobj" and not act and (
            self.lexicon.verb_predicates.get(verb) in {"attacks", "kills"} or charged or (
                verb in self.lexicon.sanction_verbs | self.lexicon.designation_verbs))

    def _struck(self, possessive: Token) -> tuple[bool, set[int]]:
        """Whether a possessive's noun is struck, and where the side that strikes it is named, which the possessive
        is none of ("launched operations against its hideouts", "US strikes on its facilities")."""
        if possessive.lower_ not in {"its", "their"}:
            return False, set()
        side = self._striking_side(possessive)
        struck = self._attacked(possessive.head) or side == set()
        return struck, side or (_subject_phrase(possessive) if struck else set())

    def _striking_side(self, possessive: Token) -> set[int] | None:
        """Where an act a noun names, whose target a possessive's noun is, names who does it ("US strikes on its
        facilities": the US), none where it names no one ("launched operations against its hideouts": then the
        clause's subject does it), or None where the noun is no act's target.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("ISIS still attacks. Iraqi forces backed by coalition aircraft launched repeated "
        ...                       "operations against its hideouts.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'islamic_state')]
        >>> doc = make_pipeline()("Iran fired missiles in retaliation for US strikes on its nuclear facilities.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'iran')]
        >>> doc = make_pipeline()("Harakat al-Nujaba said a U.S. drone strike on its headquarters killed two men.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'harakat_al_nujaba')]
        """
        noun = possessive.head
        act = noun.head.head
        if not (noun.dep_ == "pobj" and noun.head.lower_ in self.lexicon.target_preps and (
                self.lexicon.noun_predicates.get(act.lemma_.lower()) in {"attacks", "kills"})):
            return None
        # (and a doer named on the act's means: "a U.S. drone strike on its headquarters")
        agents = [m for c in act.children if c.dep_ in {"compound", "amod", "poss", "nmod"}
                  for m in (c, *(d for d in c.children if d.dep_ in {"compound", "amod"}))
                  if m.pos_ in {"PROPN", "PRON"} or m.ent_type_] + [
            o for c in act.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children]
        # (an act named by no doer is the clause subject's only where the subject carries it out: "would not remain
        # silent over the repeated attacks on its members" is on the subject's own)
        if not agents and act.pos_ == "NOUN" and not (act.dep_ == "dobj" and act.head.lemma_.lower() in (
                self.lexicon.light_verbs | self.lexicon.continuation_verbs)):
            return None
        return {t.i for agent in agents for t in agent.subtree}

    def _charged(self, possessive: Token, mentions: list[_Mention]) -> _Mention | None:
        """Whom a charge a possessive sits in is laid on: "blamed Kataib Hezbollah for its attacks", "imposed
        sanctions on Kataib Hezbollah over its attacks" are the accused's attacks, not the accuser's.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The Treasury sanctioned Kataib Hezbollah over its attacks on US forces.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'kataib_hezbollah')]
        >>> doc = make_pipeline()("He accused the US of protecting Israel and of using its bases to arm the army.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('its', 'united_states')]
        """
        owned = possessive.head
        # (or the charge is a deed the accused does to what it owns: "accused the US of using its bases")
        charge = owned.head if owned.dep_ == "dobj" and owned.head.tag_ == "VBG" and owned.head.dep_ == "pcomp" \
            else owned
        if charge.dep_ not in {"pobj", "pcomp"} or charge.head.lower_ not in {"for", "over", "of"}:
            return None
        judging = charge.head.head
        if charge.head.lower_ == "for" and judging.dep_ == "dobj" and judging.head.pos_ == "VERB":
            judging = judging.head  # the parser may hang the reason on the object: "praised the resistance for its"
        # ("saluted the fighters of Ansar Allah for their operations": praise, like blame, is for the object's deeds,
        # and men of a group stand for it)
        judged = self._accused_by(judging) or ([c for c in judging.children if c.dep_ == "dobj"] if (
            judging.pos_ == "VERB" and charge.head.lower_ == "for" and self.lexicon.verb_predicates.get(
                judging.lemma_.lower()) == "supports") else [])
        men = [o for a in judged if a.lemma_.lower() in self.lexicon.affiliated_nouns | self.lexicon.hero_nouns
               for p in a.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if found := next((m for a in judged if (m := _mention_at(mentions, a.i))), None):
            return found
        # ("praised the Yemeni armed forces for their operations": a state's forces, named by the name on them)
        forces = [c for a in judged if a.lower_ in self.lexicon.force_heads for c in a.children
                  if c.dep_ in {"amod", "compound"}]
        # (the men are many, whatever their group's name: "their operations" are theirs)
        return next((replace(m, plural=True, nested=False) for a in men + forces
                     if (m := _mention_at(mentions, a.i))), None)

    def _penalised(self, pronoun: Token, mentions: list[_Mention]) -> _Mention | None:
        """Whom a participle of charging charges, after a penalty: "imposed sanctions on Rayan al-Kildani and three
        other militia figures, accusing them of abuses" charges those sanctioned, not a group named between.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The Treasury sanctioned Rayan al-Kildani, leader of the Babylon Brigades, "
        ...                       "accusing him of abuses.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('him', 'rayan_al_kildani')]
        """
        verb = pronoun.head
        if pronoun.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in {"advcl", "xcomp", "conj"} or (
                self.lexicon.verb_predicates.get(verb.lemma_.lower()) != "accuses"):
            return None
        # (the whole phrase: "sanctions on Iraqi airline Fly Baghdad" are on no state the airline's name has in it;
        # "sanctions on three leaders of Kataib Sayyid al-Shuhada, accusing them" charges the group, as its unnamed
        # men stand for it)
        for accused in (a for one in self._accused_by(verb.head, penalties_only=True) for a in (one, *one.conjuncts)):
            if (named := _mention_at(mentions, accused.i)) is None:
                if groups := self._group_of_unnamed(accused, mentions):
                    return groups[0]
            elif all(t.i >= named.start or t.dep_ == "det" for t in accused.doc[accused.left_edge.i:accused.i]):
                return named
        return None

    def _named_as_where(self, mention: _Mention, doc: Doc) -> bool:
        """Whether a mention names a place as where something is or happens, which "there" may take up: a place, or
        a state after a preposition of place ("Turkey strikes the PKK in the Kurdistan Region and has dozens of
        bases there", "troops in Iraq ... stationed there"), not a state that acts.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Ankara strikes the PKK in the Kurdistan Region and has dozens of bases there.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('there', 'kurdistan_region')]
        """
        if mention.nested or mention.type not in {"Place", "Country"}:
            return False
        root = doc[mention.start:mention.end].root
        return mention.type == "Place" and root.dep_ != "compound" or (
            root.dep_ == "pobj" and root.head.lower_ in self.lexicon.containment_preps)

    def _held_to_account(self, pronoun: Token) -> bool:
        """Whether a pronoun is held responsible or accountable: "We will hold them accountable"."""
        head, culprit = pronoun.head, self.lexicon.culprit_adjectives
        if pronoun.dep_ == "nsubj" and head.lower_ in culprit:
            return head.head.lemma_.lower() in self.lexicon.holding_verbs  # the parser's small clause
        return pronoun.dep_ == "dobj" and head.lemma_.lower() in self.lexicon.holding_verbs and any(
            c.lower_ in culprit for c in head.children)

    def _harmed(self, noun: Token) -> bool:
        """Whether a noun is what an act of violence struck, which answers for no act: "wounded four service members",
        "an attack on US troops".

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Rockets wounded four U.S. troops. We will hold them accountable.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        []
        """
        if noun.dep_ in {"dobj", "nsubjpass"}:
            act, predicates = noun.head, self.lexicon.verb_predicates
        elif noun.dep_ == "pobj" and noun.head.lower_ in {"on", "against"}:
            act, predicates = noun.head.head, self.lexicon.noun_predicates
        else:
            return False
        return predicates.get(act.lemma_.lower()) in assault_predicates()

    def _men_of_group_before(self, pronoun: Token, mentions: list[_Mention]) -> _Mention | None:
        """The group whose men a plural pronoun takes up, told last in its sentence: "saluted the fighters of the
        Islamic Resistance in Iraq and praised their strikes" (the men stand for their group, as where named).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Akram al-Kaabi saluted the fighters of the Islamic Resistance in Iraq and "
        ...                       "praised their strikes on US bases.")
        >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
        [('their', 'islamic_resistance_in_iraq')]
        """
        for noun in reversed(pronoun.doc[pronoun.sent.start:pronoun.i]):
            if (named := _mention_at(mentions, noun.i)) is not None and named.plural:
                return None  # a plural named nearer is the one taken up
            if noun.lower_ in self.lexicon.member_plurals and (groups := self._group_of_unnamed(noun, mentions)):
                return groups[0]
        return None

    def _group_of_unnamed(self, members: Token, mentions: list[_Mention]) -> list[_Mention]:
        """The group unnamed men are told of: "three leaders of Kataib Hezbollah", "members of the group"."""
        if members.tag_ != "NNS" or members.lemma_.lower() not in self.role_words | self.lexicon.member_plurals:
            return []
        return [m for p in members.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and (m := _mention_at(mentions, o.i)) and m.type in _GROUPS]

    def _accused_by(self, charging: Token, penalties_only: bool = False) -> list[Token]:
        """Whom a verb of charging or penalty, or a penalty noun it takes, lays a charge or penalty on: its object,
        and who a penalty falls "on", wherever the parser hangs the charge ("imposed sanctions on X over")."""
        # (those arrested are those an arrest charges: "arrested 14 members of Kataib Hezbollah, accusing them")
        penalties = self.lexicon.sanction_verbs | self.lexicon.designation_verbs | self.lexicon.custody_words
        charges = not penalties_only and self.lexicon.verb_predicates.get(charging.lemma_.lower()) == "accuses"
        accused = [c for c in charging.children if c.dep_ == "dobj"] if charging.pos_ == "VERB" and (
            charges or charging.lemma_.lower() in penalties) else []
        for penalty in [charging, *charging.children]:
            if penalty.pos_ == "NOUN" and penalty.lemma_.lower() in penalties:
                accused += [o for p in penalty.children if p.lower_ in {"on", "against"}
                            for o in p.children if o.dep_ == "pobj"]
        return accused

    def _acts_nearer(self, pronoun: Token, antecedent: int) -> bool:
        """Whether a plural noun of attacks or killings stands between the antecedent at `antecedent` and the
        pronoun, or holds the antecedent in its phrase: what "they" or "them" takes up then ("the attacks on US
        bases ... These attacks harm Iraq. The government rejects them"); for "it", one act its clause's verb
        takes.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Iran condemned the strikes on the PMF, calling them a violation.")
        >>> [s.kb_id_ for s in doc.spans["kg_coref"]]
        []
        >>> doc = make_pipeline()("Iran's Revolutionary Guards said the strikes were a response. Later, they said "
        ...                       "they hit Idlib.")
        >>> [s.kb_id_ for s in doc.spans["kg_coref"]]
        ['irgc', 'irgc']
        """
        doc, start = pronoun.doc, pronoun.sent.start
        if pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in self.lexicon.withdrawal_nouns:
            return False  # "the attacks on U.S. forces, pressing for their withdrawal": an act has no going
        if pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in self.statement_verbs:
            return False  # "The Guards said the strikes were a response ... they said": an act says nothing
        doers = _doers_of_verb_over(pronoun)
        if pronoun.lower_ == "it":
            # "condemned the attack, saying it violated the country's sovereignty": one act, the object of the
            # clause whose words the pronoun opens
            # (not "protest the strike, which it called a violation": the clause on the act is someone's word on it;
            # nor "would hold it responsible": an act is held responsible by no one)
            # ("Asked about the attack, he said it was carried out by X": the act asked about; "rejected the letter,
            # saying it was a pretext": the message the clause's verb takes)
            return not self._held_responsible(pronoun) and (any(
                t.tag_ == "NN" and (t.dep_ == "dobj" and t.head in pronoun.ancestors or t.dep_ == "pobj" and (
                    t.head.lower_ in self.lexicon.topic_preps and {t.head.head, t.head.head.head} & set(
                        pronoun.ancestors)))
                and _act_over_antecedent(t, doc[antecedent]) and not t.is_ancestor(pronoun) and (
                    self.lexicon.noun_predicates.get(
                        t.lemma_.lower()) in {"attacks", "kills"} or t.dep_ == "dobj" and (
                        t.lemma_.lower() in self.lexicon.message_nouns)) for t in doc[start:pronoun.i])
                    or self._judges_an_act(pronoun, antecedent))
        # before the pronoun's sentence, only acts that are what a sentence is about, its subject, count; the acts
        # that do what is done to the pronoun are not it ("strikes, which killed dozens of them")
        return any(t.tag_ == "NNS" and self.lexicon.noun_predicates.get(t.lemma_.lower()) in {"attacks", "kills"}
                   and t not in doers and (t.i > antecedent and (t.i >= start or t.dep_ in {"nsubj", "nsubjpass"})
                                           or t.left_edge.i <= antecedent <= t.right_edge.i
                                           # "The arrests drew condemnation from X, which called them ...": the
                                           # pronoun's own sentence is about the acts
                                           or t.i >= start and t.dep_ in {"nsubj", "nsubjpass"})
                   for t in doc[min(start, doc[antecedent].sent.start):pronoun.i])

    def _judges_an_act(self, pronoun: Token, antecedent: int) -> bool:
        """Whether "it", what a verb of condemning or labelling takes, is an act its sentence tells of after the
        antecedent, whatever the act does there: "said the strike killed two of its members and condemned it as
        aggression".

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The PMF said the strike killed two of its members and condemned it as aggression.")
        >>> [s.text for s in doc.spans["kg_coref"]]
        ['its']
        """
        if pronoun.dep_ != "dobj" or pronoun.head.lemma_.lower() not in self.lexicon.act_judging_verbs:
            return False
        return any(t.tag_ == "NN" and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and not t.is_ancestor(pronoun)
                   and self.lexicon.noun_predicates.get(t.lemma_.lower()) in {"attacks", "kills"}
                   for t in pronoun.doc[max(antecedent + 1, pronoun.sent.start):pronoun.i])

    def _labels_a_thing_taken(self, pronoun: Token, antecedent: _Mention) -> bool:
        """Whether the pronoun, the object of a verb of labelling, is the thing (no actor) the verb its clause hangs
        on took, after the antecedent: "Khazali opposed the proposal, calling it an occupation".

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Asaib Ahl al-Haq leader Qais al-Khazali opposed the plan, calling it a trick.")
        >>> [s.kb_id_ for s in doc.spans["kg_coref"]]
        []
        """
        if pronoun.dep_ != "dobj" or pronoun.head.lemma_.lower() not in self.lexicon.labelling_verbs:
            return False
        return any(t.dep_ == "dobj" and t.tag_ == ("NNS" if pronoun.lower_ in _PLURAL_PRONOUNS else "NN")
                   and t.head in pronoun.ancestors and not t.is_ancestor(pronoun)
                   for t in pronoun.doc[antecedent.end:pronoun.i])

    def _held_responsible(self, pronoun: Token) -> bool:
        """Whether a pronoun is the object a verb of holding calls responsible: "would hold it responsible"."""
        culprit = self.lexicon.culprit_adjectives
        # (the parser makes it the object of the verb, or the subject of the adjective as a small clause)
        if pronoun.dep_ == "nsubj" and pronoun.head.lemma_.lower() in culprit:
            return pronoun.head.head.lemma_.lower() in self.lexicon.holding_verbs
        return pronoun.dep_ == "dobj" and pronoun.head.lemma_.lower() in self.lexicon.holding_verbs and any(
            c.lemma_.lower() in culprit for c in pronoun.head.children)

    def _accuser(self, token: Token, mentions: list[_Mention]) -> str | None:
        """Who makes the accusation whose charged act a token is the agent of: the actor on "charges" in "US charges
        that it backs attacks" (but one may allege that one was attacked)."""
        clause = token.head
        noun = clause.head
        if token.dep_ != "nsubj" or clause.dep_ not in {"acl", "ccomp"} or (
                self.lexicon.noun_predicates.get(noun.lemma_.lower()) != "accuses"):
            return None
        makers = (_mention_at(mentions, c.i) for c in noun.children if c.dep_ in {"poss", "compound", "amod"})
        return next((m.actor for m in makers if m is not None), None)

    def _asker(self, possessive: Token, mentions: list[_Mention]) -> str | None:
        """Who makes the demand for the act a possessive names the doer of: the actor "by" or on "demands" in
        "demands by Iran-aligned groups for their departure", the subject in "X has demanded its withdrawal"."""
        act = possessive.head
        going = act.lemma_.lower() in self.lexicon.withdrawal_nouns
        if possessive.dep_ == "poss" and act.dep_ == "dobj" and going and (
                self.lexicon.verb_predicates.get(act.head.lemma_.lower()) == "demands"):
            return next((m.actor for s in _own_or_shared_subjects(act.head)
                         if (m := _mention_on(s, mentions)) is not None), None)
        demand = act.head.head
        if possessive.dep_ != "poss" or act.dep_ != "pobj" or act.head.lower_ != "for" or (
                self.lexicon.noun_predicates.get(demand.lemma_.lower()) != "demands"):
            return None
        makers = [c for c in demand.children if c.dep_ in {"poss", "compound"}] + [
            o for p in demand.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by" for o in p.children
            if o.dep_ == "pobj"]
        return next((m.actor for c in makers if (m := _mention_on(c, mentions)) is not None), None)

    def _listed_on(self, possessive: Token, mentions: list[_Mention]) -> list[str]:
        """Whom a verb puts on the list a possessive owns: "X had been added to its list of terrorists"."""
        listing = possessive.head
        if possessive.dep_ != "poss" or listing.lemma_.lower() not in self.lexicon.designation_lists:
            return []
        return [m.actor for n in put_on_list(listing) if (m := _mention_on(n, mentions)) is not None]

    def _head_unknown(self, office: frozenset[str], named: frozenset[str], actor: str, doc: Doc) -> bool:
        """Whether "the prime minister" or "the president" cannot be an official named with no office: one the
        text never named so, and no head of government the registry knows."""
        actors = doc._.actors or {}
        return bool(office & self.lexicon.government_heads) and not named and (
            actor not in actors or not actors[actor].governs)

    def _office(self, words: frozenset[str]) -> frozenset[str]:
        """Role words with their synonyms spelt out: "premier" is "prime minister"; without the words of rank that
        make no other office ("the top diplomat" is the diplomat, where "the deputy commander" is not the commander)."""
        standing = self.lexicon.rank_words - self.lexicon.deputy_words
        return frozenset(w for word in words - standing for w in self.lexicon.office_synonyms.get(word, (word,)))

    def _formerly(self, roles: list[Token]) -> bool:
        """Whether role words are given as held before: "former prime minister", "the ex-premier"."""
        return any(c.lower_ in self.lexicon.former_words for role in roles for c in (role, *role.lefts))

    def _title_words(self, span: Span) -> list[Token]:
        """The words of the roles a name is given: before the name ("Prime Minister X") or beside it in apposition
        ("X, the country's intelligence chief", "the group's leader, X")."""
        doc = span.doc
        roles = []
        index = span.start - 1
        while index >= 0 and doc[index].lemma_.lower() in self.role_words:
            roles.append(doc[index])
            index -= 1
        roles += [c for c in span.root.children if c.dep_ == "appos"]
        if span.root.dep_ == "appos":
            roles.append(self._role_named_of(span.root.head))
        # ("named Abu Ali al-Askari as its new spokesman": the role a verb of appointing gives its object)
        verb = span.root.head
        if span.root.dep_ == "dobj" and verb.lemma_.lower() in self.lexicon.appointing_verbs:
            roles += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for o in p.children
                      if o.dep_ == "pobj" and o.lemma_.lower() in self.role_words]
        return roles

    def _role_named_of(self, head: Token) -> Token:
        """The role a name set off after a chain of "of" names holds ("the commander of the Quds Force of Iran's
        Revolutionary Guards, Esmail Qaani", which the parser hangs on "Force"), else the word it hangs on."""
        role = head
        while role.pos_ == "PROPN" and role.dep_ == "pobj" and role.head.lower_ == "of":
            role = role.head.head
        return role if role.lemma_.lower() in self.role_words else head

    def _described_type(self, noun: Token, modifiers: list[Token]) -> str | None:
        """The actor type a description's noun, or a compound before it, names ("the group", "the PMF commander");
        "both men" take up people, named with a role, as people named before mostly are."""
        if noun.lower_ in self.lexicon.people_plurals and _counted(noun, self.lexicon.count_words):
            return "Official"
        if noun.lower_ in self.lexicon.member_plurals:
            return "Militia"  # "these terrorists": a group's men
        words = [noun.lemma_.lower(), *(c.lemma_.lower() for c in modifiers if c.dep_ == "compound")]
        return next((self.description_types[w] for w in words if w in self.description_types), None)

    def _body_noun_in_title(self, token: Token) -> bool:
        """ "ministry spokesperson Sarbast Lazgin" after "the Ministry of Peshmerga Affairs", a body whose name the
        noun heads, and "foreign ministry spokesman X" after "Iran's foreign ministry", whose name has the words too
        (but "Iraqi foreign ministry spokesman X" is Iraq's, and "parliament speaker X" is no ministry's); "committee
        member X" after the parliament's security committee; "an embassy spokesperson" after "the US embassy in
        Baghdad": a body's lowercase noun in a title, which names the body the text named."""
        noun = token.lemma_.lower()
        return token.is_lower and token.dep_ == "compound" and token.head.lemma_.lower() in self.role_words and (
            self.description_types.get(noun) == "GovernmentBody" or noun in self.lexicon.committee_nouns
            or noun in self.lexicon.mission_nouns) and all(
            c.dep_ in {"amod", "compound"} and not names_an_actor(c) and not list(c.children) for c in token.children)

    def _description(self, token: Token) -> tuple[int, str | None] | None:
        """ "the group", "the Iran-backed militia", "the war monitor": a definite noun phrase naming a type, or
        (type None) any other definite noun phrase, which may repeat the word heading an actor's name."""
        # "X, the deputy head of Y" describes the name beside it; it refers to nothing before (but in "a spokesman
        # for the group, Abu Ali," the parser hangs the spokesman's name on the group)
        role_object = token.dep_ == "pobj" and token.head.head.lemma_.lower() in self.role_words
        if self._body_noun_in_title(token):
            return min((c.i for c in token.children), default=token.i), None
        if token.pos_ != "NOUN" or token.dep_ in {"compound", "appos"} or not role_object and _name_set_beside(token):
            return None
        if token.i + 1 < len(token.doc) and token.nbor(1).text in {"-", "–"} or _anonymous_sources(token, self.lexicon):
            return None  # "the commander-in-chief" is headed by its last word; "two officials told Reuters" name none
        if token.lemma_.lower() not in self.lexicon.descriptions["Official"] and any(
                names_an_actor(o) for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj"):
            return None  # "the office of President Barham Salih" says whose it is; it refers to nothing before
        modifiers = [c for c in token.lefts]
        if standing_military(token, self.lexicon):
            return None  # a state's own, not a force named before
        determiners = [c for c in modifiers if c.dep_ == "det"]
        actor_type = self._described_type(token, modifiers)
        if actor_type == "Country" and token.lemma_.lower() not in self.description_types:
            return None  # "the state umbrella", "state media": a country's noun as a modifier describes no country
        if actor_type == "Official" and not determiners and any(c.dep_ == "poss" and names_a_state(c)
                                                                for c in modifiers):
            # "Iraq's caretaker premier": the state's own office, named as definitely as with "the"
            return min((c.i for c in modifiers if c.dep_ in {"amod", "compound"}), default=token.i), actor_type
        if (actor_type == "Official" or actor_type == "Militia" and token.tag_ == "NN") and not determiners and (
                token.sent.start == 0) and any(c.dep_ in {"compound", "poss"} and names_an_actor(c) or (
                    c.dep_ == "amod" and c.text in self.demonyms) for c in modifiers) and not any(
                c.lower_ in self.lexicon.splinter_words for c in modifiers):
            # a headline's "Nujaba leader: US forces must leave", "Iranian envoy": whom the story names to the office;
            # "Iraqi armed group threatens Kuwait": the group the story names (but an "Asaib Ahl al-Haq splinter
            # group" is none named with its name)
            return min(c.i for c in modifiers if c.dep_ in {"amod", "compound", "poss"}), actor_type
        possessor = next((c for c in modifiers if c.dep_ == "poss"), None)
        if actor_type == "Militia" and not determiners and token.tag_ == "NN" and possessor is not None and (
                possessor.lower_ in {"his", "her"} or _a_person_s(possessor)):
            # "close to his movement", "Khazali's group": a leader's group is the group named before
            return (possessor.i if possessor.lower_ in {"his", "her"} else token.i), actor_type
        if actor_type is not None and not determiners and _counted(token, self.lexicon.count_words) and not any(
                c.dep_ == "poss" for c in modifiers):
            return min(c.i for c in modifiers), actor_type  # "three Iran-backed commanders": whom the lead lists
        if not determiners or determiners[0].lower_ not in {"the", "this", "that", "these", "those", "both"} or (
                determiners[0].lower_ == "both" and actor_type not in _GROUPS - {"Country"} | {"Official"}):
            # "both groups", "both men" take up a list (_fits_description); "both countries" no one country
            return None
        if _word_of_a_group_unnamed(token, self.lexicon) or self._describes_another(token, actor_type, modifiers):
            return None
        return determiners[0].i, actor_type

    def _describes_another(self, token: Token, actor_type: str | None, modifiers: list[Token]) -> bool:
        """Whether a definite description's modifiers make it another actor than any named before."""
        if actor_type != "Official" and any(c.dep_ in {"amod", "compound", "poss"} and (
                names_an_actor(c) or c.ent_type_ == "NORP" and c.dep_ == "amod") and not (
                actor_type in {"Militia", "Organization"} and c.dep_ == "amod" and c.pos_ == "ADJ")
                for c in modifiers):
            # "the Turkish defence ministry" is a new actor, not the last ministry, and "the Swedish government" one
            # of a state no actor stands for; "the Asaib Ahl al-Haq leader" is a person, named before; but a
            # nationality says where a group or a company is from ("the Iraqi group", "the Iraqi lender")
            return True
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title and not c.ent_type_ == "NORP"
               and not names_an_actor(c) for c in modifiers):
            return True  # "the Sunni Taqaddum party": a name of its own the NER missed, no party named before
        if actor_type == "Militia" and token.tag_ == "NNS" and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.lemma_.lower() not in self.description_types
                for c in modifiers):
            return True  # "the Syrian rebel factions": factions of another kind than those named before
        if token.tag_ == "NNS" and any(p.dep_ == "prep" and p.lower_ in self.lexicon.inclusion_preps and any(
                (named := mention_containing(o)) is not None and named.label_ not in {"Country", "Place"}
                for o in p.children if o.dep_ == "pobj") for p in token.children):
            return True  # "one of the factions within the PMF": the body's parts, whichever were named before
        if actor_type != "Official" and any(c.tag_ == "JJS" or c.pos_ == "ADJ" and any(
                a.lower_ == "most" for a in c.children) for c in modifiers):
            return True  # "one of the most powerful factions in the PMF": the best of a kind, no group named before
        # "agreed to form joint brigades ... the joint brigades": those brigades, no actor
        return actor_type != "Official" and _repeats_a_phrase(token, token.doc.user_data[_SELF_NAMED_KEY])

    def _mark_speakers(self, doc: Doc) -> None:
        sents = list(doc.sents)
        speakers = self._interview_answers(doc, sents, [self._speaker_in(sent) for sent in sents])
        for number, sent in enumerate(sents):
            if speakers[number] is None and self._said_by_the_message(sent):
                # "In a statement, KH said ... The statement stressed that ...": the message is its issuer's word
                speakers[number] = next((issuer for back in range(number - 1, max(number - 4, -1), -1)
                                         if (issuer := self._issuer_in(sents[back], speakers[back]))), None)
        # '"The Americans are occupiers. They have killed our brothers," he said.': a quotation opened in one
        # sentence is the speaker's named where it closes, in the same paragraph
        for number in range(len(sents) - 2, -1, -1):
            sent, after = sents[number], sents[number + 1]
            if speakers[number] is None and speakers[number + 1] and _opens_quote(sent) and _quote_open_after(
                    sent, False) and "\n" not in _gap(sent, after):
                speakers[number] = speakers[number + 1]
        previous: Span | None = None
        quote_open = False  # whether a curly quotation opened earlier is still open after the previous sentence
        for sent, speaker in zip(sents, speakers):
            if speaker is None and previous is not None and previous._.speaker and _continues_quote(
                    previous, sent, quote_open):
                speaker = previous._.speaker
            elif speaker is None and previous is not None and not quote_open and _opens_quote(sent) and (
                    "\n" not in _gap(previous, sent)):
                speaker = _person_told_of(previous)
            sent._.speaker = speaker
            quote_open = _quote_open_after(sent, quote_open)
            previous = sent

    def _said_by_the_message(self, sent: Span) -> bool:
        """Whether what a sentence says is said by a message told of before: "The statement said ...", "The letter
        named Kataib Hezbollah and Badr as groups involved"."""
        saying = self.lexicon.speech_verbs | self.lexicon.naming_verbs
        return any(token.lemma_.lower() in saying and token.dep_ in _ATTRIBUTING_DEPS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.lexicon.message_nouns and any(
                d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in c.children) for c in token.children)
                   for token in sent)

    def _issuer_in(self, sent: Span, speaker: str | None) -> str | None:
        """Who issues the message a sentence tells of: its speaker ("In a statement, X said"), the subject of the
        verb whose object the message is ("X issued a statement"), or the body that votes ("Parliament voted on
        Sunday to expel US troops. The resolution calls on the government ...": the resolution is what it voted).

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("The Iraqi parliament voted on Sunday to expel U.S. troops. The resolution calls "
        ...                       "on the government to end the presence of foreign forces.")
        >>> [sent._.speaker for sent in doc.sents]
        [None, 'iraqi_parliament']
        """
        messages = [t for t in sent if t.lemma_.lower() in self.lexicon.message_nouns and t.pos_ == "NOUN"]
        if not messages and speaker is not None and any(
                t.lemma_.lower() in self.lexicon.announcing_verbs and t.pos_ == "VERB" for t in sent):
            return speaker  # "X announced that ... The statement said ...": the announcement is the message
        if not messages:
            return next((ids[0] for t in sent if t.lemma_.lower() in self.lexicon.voting_verbs and t.pos_ == "VERB"
                         for c in t.children if c.dep_ == "nsubj" and (ids := actor_ids_at(c))), None)
        if speaker is not None:
            return speaker
        return next((ids[0] for m in messages if m.dep_ == "dobj" for c in m.head.children if c.dep_ == "nsubj"
                     and (ids := actor_ids_at(c))), None)

    def _governed_groups(self, body: Token) -> list[Token]:
        """The owners of a governing body: "its" in "its political council", "Harakat al-Nujaba" in "the
        political bureau of Harakat al-Nujaba"; a person's office is an actor of its own, not the person."""
        # ("its leaders said", "US officials said": the people of a body speaking together speak for it)
        members = body.tag_ == "NNS" and body.lemma_.lower() in self.lexicon.role_predicates
        if body.lemma_.lower() not in self.lexicon.body_nouns and not members:
            return []
        actors = body.doc._.actors or {}
        owners = [c for c in body.children if c.dep_ in {"poss", "compound"}] + [
            o for p in body.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        return [o for o in owners if not any(a in actors and actors[a].type in PEOPLE_TYPES for a in actor_ids_at(o))]

    def _interview_answers(self, doc: Doc, sents: list[Span], speakers: list[str | None]) -> list[str | None]:
        r"""An interview's answers ("A: ...", to the end of their paragraph) are the interviewee's word: the last
        person named speaking before the first question, else the first person named before it.

        >>> from kg.extraction import make_pipeline
        >>> doc = make_pipeline()("Hadi al-Amiri spoke to reporters.\nQ: Will you fight?\nA: We will not accept a war.")
        >>> [sent._.speaker for sent in doc.sents]
        [None, None, 'hadi_al_amiri']
        """
        line_starts = {sent.start for sent in line_openings(doc)}
        # (an outlet's name may mark its questions: "Rudaw: Will you meet American officials?")
        outlets = [s for s in doc.spans.get(MENTIONS_KEY, []) if s.label_ == "Media"]
        opening = [_interview_mark(sent, self.lexicon.interview_marks) or _outlet_label(sent, outlets)
                   if sent.start in line_starts else None for sent in sents]
        if "question" not in opening:
            opening = _unmarked_questions_and_answers(sents, line_starts)
        if "question" not in opening:
            return speakers
        first_question = opening.index("question")
        persons = [s for s in doc.spans.get(MENTIONS_KEY, []) if s.label_ in PEOPLE_TYPES]
        people = [s for s in persons if s.start < sents[first_question].start]
        # a briefing's transcript marks each answer with its speaker's name ("GEN. RYDER: Sure."), or an
        # interview's with the name in full ("Qais al-Khazali: We are not part of this war.")
        named = [_transcript_speaker(sent, people + [s for s in persons if s.start in range(sent.start, sent.end)])
                 if sent.start in line_starts else None for sent in sents]
        if "answer" not in opening and not any(named):
            return speakers
        people_ids = [s.kb_id_ for s in people]
        interviewee = next((s for s in reversed(speakers[:first_question]) if s in people_ids), None) or next(
            iter(people_ids), None)
        answering: str | None = None
        marked = list(speakers)
        for number, (sent, mark) in enumerate(zip(sents, opening)):
            if sent.start in line_starts:
                answering = named[number] or (interviewee if mark == "answer" else None)
            if answering and marked[number] is None:
                marked[number] = answering
        return marked

    def _spoken_for(self, spokesman: Token) -> list[Token]:
        """Whom an unnamed spokesman who speaks speaks for: "a State Department spokesperson said", "a spokesman for
        the group said"."""
        if self.lexicon.role_predicates.get(spokesman.lemma_.lower()) != "spokesperson_for":
            return []
        return [c for c in spokesman.children if c.dep_ in {"compound", "poss"}] + [
            o for p in spokesman.children if p.dep_ == "prep" and p.lower_ in {"for", "of"} for o in p.children
            if o.dep_ == "pobj"]

    def _issuers(self, message: Token) -> list[Token]:
        """Who issued a message that speaks: "said a statement from the Islamic Resistance in Iraq"."""
        if message.lemma_.lower() not in self.lexicon.message_nouns:
            return []
        return [o for p in message.children if p.dep_ == "prep" and p.lower_ in {"from", "by"} for o in p.children
                if o.dep_ == "pobj"]

    def _speaker_in(self, sent: Span) -> str | None:
        # "Pentagon: Kataib Hezbollah behind Jordan attack", "Nujaba leader: US forces must leave": a headline's
        # source before its colon, named or described
        opening = next((t for t in sent if not t.is_punct and not t.is_space), None)
        if opening is not None and actor_ids_at(opening):
            spans = [*sent.doc.spans.get(MENTIONS_KEY, []), *sent.doc.spans.get(COREF_KEY, [])]
            named = next((s for s in spans if s.start == opening.i and s.end < sent.end
                          and sent.doc[s.end].text == ":"), None)
            # (but an outlet's name so set is its brand on its own story: "Press TV: Iraqi resistance vows ...")
            if named is not None and named.label_ != "Media" and not _labels_an_entry(sent.doc[named.end + 1:sent.end]):
                return named.kb_id_
        for token in sent:
            # ("they continue to violate Iraqi airspace": a verb of going on that takes an act says nothing)
            if (token.lemma_.lower() in self.lexicon.speech_verbs and token.pos_ in {"VERB", "AUX"}
                    and token.dep_ in _ATTRIBUTING_DEPS
                    and not any(c.dep_ in {"neg", "mark"} or c.dep_ == "xcomp" and (
                        token.lemma_.lower() in self.lexicon.continuation_verbs) for c in token.children)):
                # "X rejected the decision, saying ...": a participle's speaker is the subject of its verb; "X
                # rejected the sanctions and said ...": a verb coordinated shares its subject
                subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}] or (
                    [c for c in token.head.children if c.dep_ == "nsubj"]
                    if token.dep_ == "advcl" and token.tag_ == "VBG" else
                    _own_or_shared_subjects(token) if token.dep_ == "conj" else [])
                for child in subjects:
                    # "its security official, Abu Ali al-Askari, wrote": the name in apposition speaks; "its
                    # political council said": a group's governing body speaks for it
                    for speaker in (child, *(c for c in child.children if c.dep_ == "appos"),
                                    *self._governed_groups(child), *self._issuers(child), *self._spoken_for(child)):
                        if ids := actor_ids_at(speaker):
                            return ids[0]
        return _source_according_to(sent)


def _source_according_to(sent: Span) -> str | None:
    """The actor an "according to" opening a sentence, or on its verb, names: what the sentence says is its word, as
    if it had said it ("According to the Treasury, groups led by X fired on protesters"). An outlet so named only
    reports the story (quotation_source reads it), and one on a phrase inside the sentence is the phrase's.

    >>> from kg.extraction import make_pipeline
    >>> nlp = make_pipeline()
    >>> _source_according_to(next(nlp("According to the Treasury, the militia fired on protesters.").sents))
    'us_treasury'
    >>> _source_according_to(next(nlp("The militia fired on protesters, according to Reuters.").sents)) is None
    True
    """
    according = next((t for t in sent if t.lower_ == "according" and (t.i == sent.start or t.head.dep_ == "ROOT")
                      and t.head.pos_ in {"VERB", "AUX", "NOUN", "PROPN"}), None)
    if according is None:
        return None
    sources = [o for to in according.children if to.lower_ == "to" for o in to.children if o.dep_ == "pobj"]
    actors = sent.doc._.actors or {}
    return next((a for o in sources for a in actor_ids_at(o) if a in actors and actors[a].type != "Media"), None)


def identified_nouns(doc: Doc, spans: list[Span], lexicon: Lexicon) -> dict[int, str]:
    """The nouns a later identification names: in "a strike killed a senior commander of the group. CENTCOM
    identified the commander as Abu Baqir al-Saadi", both "commander"s are Abu Baqir al-Saadi (the one just before,
    of the same noun, within a description's reach, the description takes up; for "the dead man", the one killed).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("A strike killed a commander. Police identified the commander as Ali Hamza.")
    >>> sorted(identified_nouns(doc, list(doc.spans["kg_mentions"]), load_lexicon()).items())
    [(4, 'ali_hamza'), (9, 'ali_hamza')]
    >>> doc = make_pipeline()("A strike killed a commander. The commander, identified as Ali Hamza, led a unit.")
    >>> sorted(identified_nouns(doc, list(doc.spans["kg_mentions"]), load_lexicon()).items())
    [(4, 'ali_hamza'), (7, 'ali_hamza')]
    >>> doc = make_pipeline()("A strike killed a commander. The group identified the dead man as Ali Hamza.")
    >>> sorted(identified_nouns(doc, list(doc.spans["kg_mentions"]), load_lexicon()).items())
    [(4, 'ali_hamza'), (11, 'ali_hamza')]
    >>> doc = make_pipeline()("Iraqi forces killed an ISIS leader known as Abu Khadija.")
    >>> sorted(identified_nouns(doc, list(doc.spans["kg_mentions"]), load_lexicon()).items())
    [(5, 'abu_khadija')]
    """
    people = {t.i: s.kb_id_ for s in spans if s.label_ in PEOPLE_TYPES for t in s}
    found: dict[int, str] = {}
    for noun, name in [*_identified_by_verb(doc, people, lexicon), *_identified_in_apposition(doc, people, lexicon)]:
        person = people[name]
        found[noun.i] = person
        # ("identified the man as X" after "killed a senior commander": the one killed)
        dead = noun.lemma_.lower() in lexicon.dead_words | lexicon.anyone_nouns or any(
            c.dep_ == "amod" and c.lower_ in lexicon.dead_words for c in noun.children)
        first = next((t for t in reversed(doc[_start_of_reach(noun):noun.i]) if t.pos_ == "NOUN" and (
            _killed(t, lexicon) if dead else t.lemma_ == noun.lemma_)), None)
        if first is not None and first.i not in people and any(d.lower_ in {"a", "an"} for d in first.children):
            found[first.i] = person
    return found


def _identified_by_verb(doc: Doc, people: dict[int, str], lexicon: Lexicon) -> Iterator[tuple[Token, int]]:
    """The definite nouns a verb of naming names as a person ("identified the commander as X"), with where the
    person's name is."""
    for verb in doc:
        # (or the role a participle of naming describes, whatever its article: "killed an ISIS leader known as Abu
        # Khadija")
        described = verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.lemma_.lower() in (
            lexicon.alias_participles) and verb.head.lemma_.lower() in lexicon.role_predicates
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.naming_verbs and not described:
            continue
        nouns = [verb.head] if described else [c for c in _named_by(verb) if c.pos_ == "NOUN" and any(
            d.dep_ in {"det", "poss"} and d.lower_ not in {"a", "an"} for d in c.children)]
        # (the parser may hang the "as" on the noun named, or on who named it: "identified by two sources as X")
        namers = [o for a in verb.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        names = [o.i for w in [verb, *nouns, *namers] for p in w.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.i in people]
        if nouns and names:
            yield nouns[0], names[0]


def _identified_in_apposition(doc: Doc, people: dict[int, str], lexicon: Lexicon) -> Iterator[tuple[Token, int]]:
    """The role nouns after "the" a person's name in apposition names: "The commander, Abu Baqir al-Saadi, was in
    charge" (after "a strike killed a senior commander", the one killed); not "a spokesman for the group, Abu Ali",
    whose name the parser may hang on the group.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("A strike killed a commander. The commander, Ali Hamza, led a unit.")
    >>> people = {9: "ali_hamza", 10: "ali_hamza"}
    >>> [(noun.text, doc[name].text) for noun, name in _identified_in_apposition(doc, people, load_lexicon())]
    [('commander', 'Hamza')]
    """
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.tag_ != "NN" or noun.lemma_.lower() not in lexicon.role_predicates:
            continue
        name = next((a.i for a in noun.children if a.dep_ == "appos" and a.i in people), None)
        if name is not None and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children):
            yield noun, name


def members_taken_up(doc: Doc, spans: list[Span], lexicon: Lexicon) -> dict[int, str]:
    """The nouns of people that take up a count of a group's members told just before (lexicon
    `taken_up_men_nouns`): in "a court sentenced three members of Kataib Hezbollah. The men were arrested in a raid",
    "the men" are the group's men, as "the fighters" would be; not where two groups' members were counted.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("A court sentenced three members of Kataib Hezbollah. The men were arrested in a raid.")
    >>> members_taken_up(doc, list(doc.spans["kg_mentions"]), load_lexicon())
    {10: 'kataib_hezbollah'}
    """
    groups = {t.i: s.kb_id_ for s in spans if s.label_ in ARMED_TYPES for t in s}
    counted: list[tuple[int, int, str]] = []  # where a count of a group's members is, and the group
    for noun in doc:
        if noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.affiliated_nouns and any(
                c.dep_ == "nummod" for c in noun.children):
            owners = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children] + [
                c for c in noun.children if c.dep_ in {"compound", "poss"}]
            counted += [(noun.sent.start, noun.i, groups[o.i]) for o in owners if o.i in groups]
    found = {}
    for noun in doc:
        if noun.tag_ != "NNS" or noun.lower_ not in lexicon.taken_up_men_nouns or [c.lower_ for c in noun.children if (
                c.dep_ not in {"punct", "cc", "conj"})] != ["the"]:
            continue
        told = {group for start, at, group in counted if sentence_before(noun).start <= start and at < noun.i}
        if len(told) == 1:
            found[noun.i] = told.pop()
    return found


def _killed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is what a verb of killing killed: "killed a commander", "a commander was killed"."""
    return noun.dep_ in {"dobj", "nsubjpass"} and lexicon.verb_predicates.get(noun.head.lemma_.lower()) == "kills"


def _named_by(verb: Token) -> list[Token]:
    """What a verb of naming names: its object, its passive subject, or the noun it describes as a participle
    ("the commander, identified as X")."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return [verb.head]
    return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


def _start_of_reach(token: Token) -> int:
    """Where the sentences a description reaches back over begin, its own counted."""
    sents = list(token.doc.sents)
    here = next(n for n, sent in enumerate(sents) if sent.start <= token.i < sent.end)
    return sents[max(here - _WINDOW["description"], 0)].start


def _labels_an_entry(after: Span) -> bool:
    """Whether what follows a name and its colon tells of the name, as a who's who's entry does ("Kataib Sayyid
    al-Shuhada: Its leader, Abu Alaa al-Walai, has threatened ...", "Asaib Ahl al-Haq: Led by Qais al-Khazali, the
    group ..."), rather than giving its word ("Nujaba leader: US forces must leave"): it opens on a pronoun of
    the name, or on a participle said of it."""
    opening = next((t for t in after if not t.is_punct and not t.is_space), None)
    return opening is not None and (opening.lower_ in _ENTRY_PRONOUNS or opening.tag_ == "VBN")


def _tells_of(root: Token) -> bool:
    """Whether a mention is what its sentence tells of: a subject, or the name set beside one ("Iran's foreign
    minister, Hossein Amir-Abdollahian, visited Baghdad ... He praised": he is the minister), but not of a relative
    clause ("Kata'ib Hizbullah, which Washington designated a terrorist organization, is ... Its founder": the
    founder is the group's); and the owner of a subject ("Its founder, X, was deputy head of the PMF": the sentence
    tells of its group, not of the PMF).
    """
    if root.dep_ in {"appos", "poss"}:
        root = root.head
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ not in {"relcl", "acl"}


def _clause_rank(root: Token) -> dict[str, bool]:
    """Whether a mention stands in a clause that only sets the scene of its sentence's, or in one a verb reports
    ("X said the resistance will not stop"): what its sentence tells of less than the one reporting it."""
    clauses = {a.dep_ for a in [root, *root.ancestors]}
    return {"scene_setting": "advcl" in clauses, "reported": "ccomp" in clauses}


def _given_as_example(root: Token, example_preps: frozenset[str]) -> bool:
    """Whether a mention is an example another noun gives ("militias that had fought US troops, such as the Badr
    Organization and Asaib Ahl al-Haq"), which its sentence does not tell of.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Dozens of groups joined the Popular Mobilization Forces, such as the Badr "
    ...                       "Organization. Its first deputy commander was Abu Mahdi al-Muhandis.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('Its', 'popular_mobilization_forces')]
    """
    first = root
    while first.dep_ == "conj":
        first = first.head
    prep = first.head
    such_as = prep.lower_ == "as" and prep.i > 0 and prep.nbor(-1).lower_ == "such"
    return first.dep_ == "pobj" and (prep.lower_ in example_preps or such_as) and not _example_of_subject(
        root, example_preps)


def _example_of_subject(root: Token, example_preps: frozenset[str]) -> bool:
    """Whether a mention is an example its sentence's subject gives ("Groups such as Kataib Hezbollah and Nujaba
    demand a withdrawal. They accuse Washington": they are the groups).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Groups such as Kataib Hezbollah and Nujaba have attacked US bases. They accuse "
    ...                       "Washington of backing Israel.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('They', 'harakat_al_nujaba'), ('They', 'kataib_hezbollah')]
    """
    first = root
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "pobj" or first.head.lower_ not in example_preps | {"as"}:
        return False
    whole = first.head.head
    whole = whole.head if whole.lower_ == "such" else whole
    return _tells_of(whole)


def _own_or_shared_subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is coordinated with ("X suspended attacks but has now resumed
    ..."), or of the verb whose infinitive it is where no object stands between ("X vowed to continue its
    attacks"; but in "urged the government to expel" the government would expel).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The group vowed to continue its operations.")
    >>> [t.text for t in _own_or_shared_subjects(doc[4])]
    ['group']
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    while not subjects and (verb.dep_ == "conj" or verb.dep_ == "xcomp" and not any(
            c.dep_ == "dobj" for c in verb.head.children) or _infinitive_of_object(verb)):
        verb = verb.head.head if _infinitive_of_object(verb) else verb.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return subjects


def _infinitive_of_object(verb: Token) -> bool:
    """Whether a verb is the infinitive of its subject's object noun: "the factions have the right to confront
    them" (the factions would confront).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The factions have the right to confront them.")
    >>> [t.text for t in _own_or_shared_subjects(doc[6])]
    ['factions']
    """
    return verb.dep_ == "acl" and verb.head.dep_ == "dobj" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _names_a_place_s_part(span: Span, spans: list[Span]) -> bool:
    """Whether a name modifies a place's ("Syrian" in "the occupied Syrian Golan"): it says whose the place is, and
    is no actor a pronoun takes up.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The Islamic Resistance in Iraq said its fighters struck a target in the occupied "
    ...                       "Syrian Golan, in continuation of its operations.")
    >>> [s.kb_id_ for s in doc.spans["kg_coref"] if s.text == "its"]
    ['islamic_resistance_in_iraq', 'islamic_resistance_in_iraq']
    """
    head = span.root.head
    return span.root.dep_ in {"compound", "amod"} and any(
        other.label_ == "Place" and other.start <= head.i < other.end and other is not span for other in spans)


def _hyphenated_into_modifier(span: Span) -> bool:
    """Whether a name is fused by a hyphen into the word after it ("Iran" in "Iran-aligned faction", "US-led"):
    a part of a modifier, not what a pronoun takes up."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_


def _word_of_a_group_unnamed(noun: Token, lexicon: Lexicon) -> bool:
    """Whether the text used a description's word, up to it, for a group of others it gave no name ("the coalition
    of Iran-backed militias ... a member of the coalition"): the word then fits no type the lexicon gives it. Set
    beside a name ("the Coordination Framework, the alliance of ...") or giving one ("an umbrella group of militias
    calling itself X"), the word takes that name up instead."""
    doc = noun.doc
    uses = [doc[i] for i in _places_of_lemma(doc).get(noun.lemma_.lower(), ())
            if i <= noun.i and names_its_members(doc[i], lexicon)]
    if not uses:
        return False
    named = {i for span in doc.spans.get(MENTIONS_KEY, []) for i in range(span.start, span.end)}
    return any(t.i not in named | doc.user_data[_SELF_NAMED_KEY] and not _set_beside_a_name(t) for t in uses)


def _set_beside_a_name(noun: Token) -> bool:
    """Whether a noun phrase is set off right after a name, however the parser hangs it."""
    comma = noun.left_edge.i - 1
    return noun.dep_ == "appos" or comma >= 1 and noun.doc[comma].text == "," and noun.doc[comma - 1].pos_ == "PROPN"


def _clause_subject(token: Token, mentions: list[_Mention]) -> str | None:
    """The actor the subject of a token's own clause names, through a relative pronoun or an apposition."""
    mention = _clause_subject_mention(token, mentions)
    return mention.actor if mention else None


def _subjects_of_fronted_clauses(noun: Token, mentions: list[_Mention]) -> list[str]:
    """The actors a clause fronted before a description's own clause has for subject: "After Islamic State overran
    a third of Iraq, the group joined the PMF" tells of another group, as the same one would be "it"."""
    if noun.pos_ != "NOUN" or noun.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    # (a pronoun there may look ahead to the description: "Days before he meets Trump, the premier said")
    fronted = [c for c in noun.head.children if c.dep_ == "advcl" and c.i < noun.i]
    return [m.actor for c in fronted for s in c.children if s.dep_ in {"nsubj", "nsubjpass"} and s.pos_ != "PRON"
            if (m := _mention_on(s, mentions)) is not None]


def put_on_list(listing: Token) -> list[Token]:
    """Those a verb puts "on" or "to" a list, as its object or its passive's subject: "added X to its list", "X had
    been added to its list"."""
    verb = listing.head.head
    if listing.dep_ != "pobj" or listing.head.lower_ not in {"to", "on"}:
        return []
    return [n for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} for n in (c, *c.conjuncts)]


def _compared_with_subject(subject: Token, mentions: list[_Mention], comparison_preps: frozenset[str]) -> list[str]:
    """The actors a clause sets its subject beside, which the subject is not: "Unlike Kataib Hezbollah, the group
    has sought a place in politics"."""
    if subject.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    return [m.actor for p in subject.head.children if p.dep_ == "prep" and p.lower_ in comparison_preps
            for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts) if (m := _mention_on(c, mentions))]


def _owners_of_clause_object(pronoun: Token, mentions: list[_Mention]) -> list[str]:
    """Whose the noun is that a relative clause's object pronoun takes up, which the clause's subject is not: in "a
    commander of Harakat al-Nujaba whom it held responsible", "it" is not al-Nujaba (that would be "its commander").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The U.S. military said it had killed a commander of Harakat al-Nujaba whom it held "
    ...                       "responsible for attacks.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('it', 'us_forces'), ('it', 'us_forces')]
    """
    clause = pronoun.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or not any(
            c.dep_ == "dobj" and c.lower_ in _RELATIVE_OBJECTS for c in clause.children):
        return []
    owners = [o for c in clause.head.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
              for o in ([c] if c.dep_ == "poss" else [g for g in c.children if g.dep_ == "pobj"])]
    return [m.actor for o in owners if (m := _mention_on(o, mentions)) is not None]


def _doers_of_participle_over(pronoun: Token, mentions: list[_Mention]) -> list[str]:
    """The actors who do what a participle set off after a clause tells, the clause's subject, which a pronoun it
    governs is not: in "Israeli warplanes struck a position held by Nujaba fighters, killing three of them" the
    dead are not the warplanes' (but in "calling it an act of terrorism" "it" is the act, no actor at all)."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS - _MAY_BE_SUBJECT:
        return []
    verb = next((a for a in pronoun.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "advcl" or verb.tag_ != "VBG" or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    return [m.actor for s in verb.head.children if s.dep_ in {"nsubj", "nsubjpass"}
            if (m := _mention_on(s, mentions)) is not None]


def _described_in_apposition(token: Token, mentions: list[_Mention]) -> str | None:
    """The actor named by the noun an apposition holding the token describes: Kataib Hezbollah in "Kataib
    Hezbollah, one of the factions in the umbrella group"."""
    # (in "X, a cleric who said he was stepping down" a clause of the apposition may well speak of X)
    apposition = next((a for a in token.ancestors if a.dep_ == "appos" or a.pos_ in {"VERB", "AUX"}), None)
    if apposition is None or apposition.dep_ != "appos":
        return None
    mention = _mention_at(mentions, apposition.head.i)
    return mention.actor if mention else None


def _anonymous_sources(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun of informants is the subject of a verb of saying ("two Iraqi officials told Reuters"): sources a
    story does not name, none of those it names.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Two Iraqi officials told Reuters the envoy met Mohammed Shia al-Sudani and Hadi "
    ...                       "al-Amiri.")
    >>> _anonymous_sources(doc[2], load_lexicon()), [s.text for s in doc.spans["kg_coref"]]
    (True, [])
    """
    return noun.lower_ in lexicon.informant_nouns and noun.dep_ == "nsubj" and (
        noun.head.lemma_.lower() in lexicon.speech_verbs)


def _a_person_s(possessive: Token) -> bool:
    """Whether a possessive is a person's: a name kg typed as one's, or a "whose" after one ("Khazali, whose group").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Qais al-Khazali, whose group was designated, spoke.")
    >>> _a_person_s(doc[5])
    True
    """
    if possessive.lower_ == "whose":
        clause = next((a for a in possessive.ancestors if a.dep_ == "relcl"), None)
        possessive = clause.head if clause is not None else possessive
    return any(span.label_ in PEOPLE_TYPES and span.start <= possessive.i < span.end
               for span in possessive.doc.spans.get(MENTIONS_KEY, []))


def _subject_phrase(token: Token) -> set[int]:
    """Where the subject of a token's own clause, with all that describes it, stands.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iraqi forces backed by coalition aircraft have struck its hideouts.")
    >>> sorted(_subject_phrase(doc[8]))
    [0, 1, 2, 3, 4, 5]
    """
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ != "prep"), None)
    subjects = _own_or_shared_subjects(verb) if verb else []
    return {t.i for s in subjects[:1] if s not in token.ancestors and s != token for t in s.subtree}


def _clause_subject_mention(token: Token, mentions: list[_Mention], named_on: bool = True) -> _Mention | None:
    # (a participle used as a preposition is no clause: "end its struggle, following a call by its leader")
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"} and a.dep_ != "prep"), None)
    # "suspended attacks but has now resumed its call": verbs coordinated share the subject; and "spent years
    # attacking them": a clause with none has the subject of the verb it hangs on
    subjects = _own_or_shared_subjects(verb) if verb else []
    while verb is not None and not subjects and verb.dep_ in {"advcl", "xcomp"} and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
        subjects = _own_or_shared_subjects(verb)
    if not subjects or any(s == token or s in token.ancestors for s in subjects):  # "factions, many of them, ..."
        return None
    subject = subjects[0]
    if subject.lower_ in {"that", "which", "who"} and verb.dep_ == "relcl":
        subject = verb.head
    while subject.dep_ == "appos":
        subject = subject.head
    return _mention_on(subject, mentions) if named_on else _mention_at(mentions, subject.i)


def _knower_of_clause(possessive: Token, mentions: list[_Mention], speech_verbs: frozenset[str]
                      ) -> _Mention | None:
    """The subject of the verb whose "that" clause, or reported clause, a possessive opens the subject of ("The
    American enemy must understand that its bases are within range": its bases are the enemy's; "KSS, which belongs
    to the PMF, said its commander Hussein al-Jabri died": the commander is KSS's, however near the PMF).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kataib Sayyid al-Shuhada, which belongs to the Popular Mobilization Forces, said its "
    ...                       "commander Hussein al-Jabri died in the strike.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('its', 'kataib_sayyid_al_shuhada')]
    """
    owner = possessive.head
    if owner.dep_ == "compound" and owner.head.dep_ == "nsubj":
        owner = owner.head  # the role noun before a name ("its commander Hussein al-Jabri")
    clause = owner.head
    if owner.dep_ != "nsubj" or clause.dep_ != "ccomp" or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children) and (
            clause.head.lemma_.lower() not in speech_verbs or any(c.dep_ == "mark" for c in clause.children)):
        return None
    subject = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    # (or the state an adjective names on it, which stands for the state on a word for an enemy)
    return _mention_on(subject, mentions) or next(
        (m for c in subject.children if c.dep_ == "amod" and (m := _mention_at(mentions, c.i))), None)


def _harmed_in_clause_after(possessive: Token, mentions: list[_Mention], lexicon: Lexicon) -> _Mention | None:
    """The subject of a clause an adverbial clause, telling of a harm done to those a possessive names, follows:
    "Nujaba vowed to fight the occupation after one of its commanders was killed" (Nujaba's commanders, not the
    occupation's); what happened to one's own is what one answers.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Harakat al-Nujaba vowed to continue its operations against the American occupation "
    ...                       "after one of its senior members was killed in a strike.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]][-1]
    ('its', 'harakat_al_nujaba')
    """
    verb = next((a for a in possessive.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None or verb.dep_ != "advcl" or lexicon.verb_predicates.get(verb.lemma_.lower()) not in {
            "attacks", "kills"}:
        return None
    harmed = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if harmed is None or subject is None or not (harmed == possessive.head or harmed.is_ancestor(possessive)):
        return None
    return _mention_on(subject, mentions)


def _person_object_before(possessive: Token, lexicon: Lexicon) -> Token | None:
    """The role noun a possessive's phrase follows as its verb's object, whose the possessive is, whether a name is
    given the role or not: "We support the prime minister in his negotiations" (the negotiations are the prime
    minister's).

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("We support the prime minister in his negotiations with the Americans.")
    >>> _person_object_before(doc[6], load_lexicon())
    minister

    Or the person noun its own noun is coordinated after: "killed a businessman and his daughter".

    >>> doc = load_pipeline()("The Guard killed a businessman and his daughter.")
    >>> _person_object_before(doc[6], load_lexicon())
    businessman
    """
    noun = possessive.head
    persons = set(lexicon.role_predicates) | lexicon.person_nouns | lexicon.calling_nouns
    if noun.dep_ == "conj" and noun.head.i < possessive.i and noun.head.lemma_.lower() in persons:
        return noun.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.dep_ != "prep":
        return None
    return next((o for o in preposition.head.children if o.dep_ == "dobj" and o.i < preposition.i and (
        o.lemma_.lower() in lexicon.role_predicates)), None)


def _mention_on(noun: Token, mentions: list[_Mention]) -> _Mention | None:
    """The mention a noun is in, else the one named on it: "Islamic State militants" stand for the group named on
    its men, as "factions of the Syrian National Army" for the army whose men they are, and "a US drone strike" for
    the state named on its weapon."""
    named_of = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj"] if noun.tag_ == "NNS" else []
    # ("a US drone strike": the name on the weapon named on the act)
    named_on = [c for c in noun.children if c.dep_ in {"compound", "nmod"}]
    named_on += [g for c in named_on for g in c.children if g.dep_ in {"compound", "nmod"}]
    return _mention_at(mentions, noun.i) or next(
        (m for c in [*named_on, *named_of] if (m := _mention_at(mentions, c.i))), None)


def _name_set_beside(noun: Token) -> bool:
    """Whether a name is set beside a noun in apposition: "the group, Kataib Hezbollah," (but "the group, an umbrella
    of factions," is described, and still the group named before, as "the minister, a Kurd," is)."""
    return any(c.dep_ == "appos" and (c.pos_ == "PROPN" and not is_indefinite(c) or names_an_actor(c))
               for c in noun.children)


def declare_speaker() -> None:
    """Declare ``Span._.speaker``, once: on a sentence, the actor whose words it quotes or reports."""
    if not Span.has_extension("speaker"):
        Span.set_extension("speaker", default=None)


def _takes_up_unnamed_object(pronoun: Token, mentions: list[_Mention]) -> bool:
    """Whether an object pronoun takes up the plural object, naming no actor, of the verb its own verb is coordinated
    with: "Sadr accused his rivals of serving foreign interests and warned them" (the rivals, whoever they are).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Sadr failed to form a government that excludes the Framework's parties, which include "
    ...                       "the political arms of the Popular Mobilization Forces. Sadr accused his rivals of "
    ...                       "serving foreign interests and warned them against dragging Iraq into civil war.")
    >>> [span.text for span in doc.spans[COREF_KEY] if span.text == "them"]
    []
    """
    verb = pronoun.head
    if pronoun.dep_ != "dobj" or pronoun.lower_ not in {"them", "they"} or verb.dep_ != "conj":
        return False
    # ("met leaders of Iraqi armed factions and urged them": an object whose phrase names an actor is that actor's)
    return any(o.dep_ == "dobj" and o.tag_ == "NNS" and o.i < pronoun.i and not any(
        _mention_at(mentions, t.i) for t in o.subtree if t.dep_ != "poss") for o in verb.head.children)


def _object_pronoun(pronoun: Token) -> bool:
    """Whether a pronoun is its verb's object, not reflexive, and so not its clause's subject: "the militias that spent
    years attacking them" (but "the right to defend itself")."""
    return pronoun.dep_ == "dobj" and not pronoun.lower_.endswith(("self", "selves"))


def _stands_for_a_state(mention: _Mention, doc: Doc) -> bool:
    """Whether a mention names a place that stands for a state, as an embassy does."""
    actors = doc._.actors or {}
    actor = actors.get(mention.actor)
    return actor is not None and actor.type == "Place" and state_stood_for(actor, actors) is not None


def _wanted_by(pronoun: str) -> Callable[[_Mention], bool] | None:
    """Which mentions a pronoun may refer to: people for "he", plural groups for "they", a group for "it"."""
    if pronoun in _PERSON_PRONOUNS:
        return lambda m: m.type in PEOPLE_TYPES
    if pronoun in _PLURAL_PRONOUNS:
        return lambda m: m.type in _GROUPS and (m.plural or bool(m.partners)) or (
            m.type in PEOPLE_TYPES and bool(m.partners))
    if pronoun in _THING_PRONOUNS:
        return lambda m: m.type in _GROUPS and (not m.plural or m.proper and not m.plural_verb)
    return None


def _given_plural_verb(noun: Token) -> bool:
    """Whether a noun is the subject of a plural verb, of its clause or of a relative clause on it.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The Popular Mobilization Forces, which draw a state salary, are part of the state.")
    >>> _given_plural_verb(doc[3]), _given_plural_verb(doc[9])
    (True, False)
    """
    verbs = [noun.head] if noun.dep_ in {"nsubj", "nsubjpass"} else []
    verbs += [v for v in noun.children if v.dep_ == "relcl" and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in v.children)]
    return any(w.tag_ == "VBP" or w.lower_ == "were" for v in verbs for w in (v, *(
        a for a in v.children if a.dep_ in {"aux", "auxpass"})))


def _fronted_clause_subject(pronoun: Token, mentions: list[_Mention], own_nouns: frozenset[str]) -> _Mention | None:
    """The subject named after a fronted clause that holds the pronoun: in "Asked whether he would stay, Kadhimi
    said", "he" is Kadhimi, not whoever the text named before; and so is the owner of one's own official or message
    in a fronted phrase (`own_nouns`): "In a statement signed by its security official X, the group said".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Israel struck Iran. In a statement signed by its security official Abu Ali "
    ...                       "al-Askari, Kataib Hezbollah said the battle would widen.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('its', 'kataib_hezbollah')]
    """
    root = pronoun.sent.root
    clause = next((a for a in pronoun.ancestors if a.head == root), None)
    own = pronoun.dep_ == "poss" and pronoun.head.lemma_.lower() in own_nouns
    if clause is None or not (clause.dep_ == "advcl" or clause.dep_ == "prep" and own) or clause.i > root.i:
        return None
    subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > pronoun.i), None)
    return None if subject is None else _mention_at(mentions, subject.i)


def _unnamed_officials_body(noun: Token, mentions: list[_Mention], window: int) -> str | None:
    """The body of the unnamed official a description takes up: in "..., a PMF official said. The official blamed
    Israel", the official is the PMF's man and speaks for it (as "PMF officials said" is the PMF's word)."""
    doc, sent = noun.doc, noun.sent
    first = sent.start
    for _ in range(window):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for earlier in reversed(doc[first:sent.start]):
        if earlier.lower_ != noun.lower_ or not any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                    for c in earlier.children):
            continue
        owners = [c for c in earlier.children if c.dep_ in {"compound", "poss", "nmod"}] + [
            o for p in earlier.children if p.dep_ == "prep" and p.lower_ in {"of", "in", "from"} for o in p.children]
        bodies = [m.actor for o in owners if (m := _mention_at(mentions, o.i)) and m.type not in {"Place", "Country"}]
        return bodies[0] if bodies else None
    return None


def _object_pronoun_beside(possessive: Token, mentions: list[_Mention]) -> _Mention | None:
    """What the object pronoun of a verb coordinated with the possessive's verb takes up: the clauses tell of one
    thing ("Turkey considers it a PKK affiliate and has struck its members").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The YBS is linked to the PKK. Turkey considers it a PKK affiliate and has struck its "
    ...                       "members.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('it', 'ybs'), ('its', 'ybs')]
    """
    verb = possessive.head.head
    beside = ([verb.head] if verb.dep_ == "conj" else []) + [c for c in verb.children if c.dep_ == "conj"]
    # (the object, or the subject of a small clause: "considers [it a PKK affiliate]")
    objects = [o for v in beside for c in v.children for o in ([c] if c.dep_ == "dobj" else [
        subject for subject in c.children if subject.dep_ == "nsubj"] if c.dep_ in {"ccomp", "oprd"} else [])]
    return next((m for o in objects if o.pos_ == "PRON" and (m := _mention_at(mentions, o.i)) is not None), None)


def _sayer_of_remark_on_thing(pronoun: Token, mentions: list[_Mention], speech_verbs: frozenset[str]
                              ) -> _Mention | None:
    """The subject of the sentence, for "he" saying something in a relative clause on a thing its verb's phrase
    names ("Amiri urged Sudani to speed up talks on the coalition, which he said was no longer needed": Amiri, who
    speaks, not Sudani, nearer).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Hadi al-Amiri urged Mohammed Shia al-Sudani to speed up talks on the coalition, which "
    ...                       "he said was no longer needed.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('he', 'hadi_al_amiri')]
    """
    clause = pronoun.head
    if pronoun.lower_ not in {"he", "she"} or pronoun.dep_ != "nsubj" or clause.dep_ != "relcl" or (
            clause.lemma_.lower() not in speech_verbs) or clause.head.ent_type_ == "PERSON" or not any(
            c.lower_ in {"which", "that"} for c in clause.subtree):
        return None
    verb = next((a for a in clause.head.ancestors if a.pos_ == "VERB" and a.dep_ in {"ROOT", "ccomp", "conj"}), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    return _mention_on(subject, mentions) if subject is not None else None


def _parallel_subject(pronoun: Token, mentions: list[_Mention]) -> _Mention | None:
    """The subject of the clause before, for the subject pronoun of a clause coordinated with it: in "The troops
    advise Iraqi forces, and they are based at Ain al-Asad", "they" is the troops, not the forces nearer; and the
    owner of the subject before, for a possessive of that clause's own ("the coalition's mission had ended with the
    defeat of Islamic State and that its continued presence violated" is the coalition's presence).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("He said the coalition's mission had ended with the defeat of Islamic State and that "
    ...                       "its presence violated Iraq's sovereignty.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('its', 'international_coalition')]
    >>> doc = make_pipeline()("Iran-backed militias have launched 170 attacks on U.S. forces, and most of them have "
    ...                       "been claimed by the Islamic Resistance in Iraq.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    []
    """
    subject = _parallel_subject_noun(pronoun)
    # ("the militias had launched 170 attacks, and most of them had been claimed by X": a part counted out of
    # "them" is of the plural object told nearer, not of the subject)
    if subject is None or pronoun.dep_ == "pobj" and any(c.dep_ == "dobj" and c.tag_ == "NNS" and (
            subject.i < c.i < pronoun.i) for c in subject.head.children):
        return None
    named = _mention_at(mentions, subject.i)
    if named is None and pronoun.dep_ == "poss":
        named = next((m for c in subject.children if c.dep_ == "poss" and (m := _mention_at(mentions, c.i))), None)
    return named


def _condition_subject(pronoun: Token, mentions: list[_Mention]) -> _Mention | None:
    """The subject of a condition set before the clause a subject pronoun opens: in "If the Zionist entity attacks
    Iraq, it will pay a price", "it" is the one whose act the condition is, not the one named nearer.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Khazali said that if the Zionist entity attacks Iraq, it will pay a price.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('it', 'israel')]
    """
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    condition = next((c for c in pronoun.head.children if c.dep_ == "advcl" and c.i < pronoun.i and any(
        m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)), None)
    subject = None if condition is None else next(
        (c for c in condition.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None if subject is None else _mention_at(mentions, subject.i)


# Words opening a condition, whose subject pronoun is the subject of the clause it conditions.
_CONDITION_MARKS = frozenset({"if", "unless", "until", "once"})


def _parallel_subject_noun(pronoun: Token, conditions: bool = False) -> Token | None:
    """The subject of the clause before, for a subject pronoun of a clause coordinated with it or a possessive in
    that clause's subject ("the factions have focused on politics, and several of their leaders ..."); with
    `conditions`, also of the clause a condition the pronoun opens is on ("the occupation will leave by force if it
    does not leave").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The factions have focused on politics, and several of their leaders have backed him.")
    >>> _parallel_subject_noun(doc[10])
    factions
    >>> doc = make_pipeline()("Kataib Hezbollah attacked the base, in what it said was a response to Israel.")
    >>> _parallel_subject_noun(doc[8])
    Hezbollah
    """
    subject = pronoun
    while subject.dep_ not in {"nsubj", "nsubjpass"} and subject.dep_ in {"poss", "pobj", "prep"}:
        subject = subject.head
    verb = subject.head
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"} if verb.dep_ == "advcl" else set()
    # ("the occupation will leave by force if it does not leave": a condition's subject is its outcome's)
    conditional = conditions and bool(marks & _CONDITION_MARKS)
    # ("the KDP has close ties with Ankara, while its rival ...": a contrast set after a clause is with its subject;
    # "X received Y, his office said": the office of the one the words reported before are about)
    contrast = verb.dep_ == "advcl" and _joined_clause(verb) and verb.i > verb.head.i
    if pronoun.dep_ == "poss" and subject.dep_ == "nsubj" and (reported := next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < subject.i), None)) is not None:
        return next((c for c in reported.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    # ("X attacked the base, in what it said was a response": who frames its own act frames it)
    framing = verb.dep_ == "pcomp" and any(c.lower_ == "what" for c in verb.children) and verb.head.dep_ == "prep"
    if framing and subject.dep_ == "nsubj" and verb.head.head.pos_ in {"VERB", "AUX"}:
        return next((c for c in verb.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject.dep_ not in {"nsubj", "nsubjpass"} or not (verb.dep_ == "conj" or conditional or contrast) or (
            verb.head.pos_ not in {"VERB", "AUX"}):
        return None
    return next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _theirs_unnamed(pronoun: Token, mentions: list[_Mention], resolved: list[Span],
                    company_preps: frozenset[str]) -> bool:
    """Whether a plural pronoun is those its own sentence tells of, whom no actor names: "the factions ..., and
    several of their leaders", "The factions, for their part, suspended attacks", "Abu Taqwa was killed along with
    an aide when the drone hit their vehicle"."""
    return any(_unnamed(noun, mentions, resolved, plural=True) for noun in (
        _parallel_subject_noun(pronoun), _subject_of_verb_phrase(pronoun))) or (
        _person_with_company(pronoun, mentions, company_preps))


def _subject_of_verb_phrase(possessive: Token) -> Token | None:
    """The subject of the verb a possessive's prepositional phrase hangs on: "The factions, for their part,
    suspended attacks" (their part is the factions').

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The factions, for their part, suspended attacks.")
    >>> _subject_of_verb_phrase(doc[4])
    factions
    """
    noun = possessive.head
    if possessive.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep" or (
            noun.head.head.pos_ not in {"VERB", "AUX"}):
        return None
    return next((c for c in noun.head.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _told_together(pronoun: Token, mentions: list[_Mention]) -> list[str]:
    """The actors a verb tells something together, whom a plural pronoun in what it tells them takes up: "warned the
    United States and Britain that their aggression on Yemen would not go unanswered" (states too, which a plural
    pronoun takes up nowhere else)."""
    if pronoun.lower_ not in _PLURAL_PRONOUNS:
        return []
    clause = pronoun
    while clause.dep_ != "ccomp" and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return []
    told = [m.actor for o in clause.head.children if o.dep_ == "dobj" for c in (o, *o.conjuncts)
            if (m := _mention_at(mentions, c.i)) is not None]
    return list(dict.fromkeys(told)) if len(told) > 1 else []


def _examples_saying(pronoun: Token, mentions: list[_Mention]) -> list[str]:
    """The actors an unnamed set that says something gives as its examples, whom a plural pronoun subject of what
    it says takes up: "Other groups, including Harakat al-Nujaba, have said they will keep fighting".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Other groups, including Harakat al-Nujaba, have said they will keep fighting.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('they', 'harakat_al_nujaba')]
    """
    if pronoun.lower_ not in _PLURAL_PRONOUNS or pronoun.dep_ != "nsubj" or pronoun.head.dep_ != "ccomp":
        return []
    sayers = [c for c in pronoun.head.head.children if c.dep_ == "nsubj" and c.tag_ == "NNS"
              and _mention_at(mentions, c.i) is None]
    examples = [m.actor for sayer in sayers for p in sayer.children if p.dep_ == "prep" and p.lower_ == "including"
                for o in p.children if o.dep_ == "pobj" for c in (o, *o.conjuncts)
                if (m := _mention_at(mentions, c.i)) is not None]
    return list(dict.fromkeys(examples))


def _possessor_echoed(pronoun: Token, resolved: list[Span]) -> str | None:
    """The actor an object pronoun echoes from the possessive of its own clause's subject: "His critics accuse him
    of being too close to the Americans" (him is his, whoever else the subject names)."""
    if pronoun.lower_ not in _ECHOED_POSSESSIVES or pronoun.dep_ not in {"dobj", "pobj"}:
        return None
    verb = pronoun.head if pronoun.dep_ == "dobj" else pronoun.head.head
    possessives = [p for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} for p in s.children
                   if p.dep_ == "poss" and p.lower_ == _ECHOED_POSSESSIVES[pronoun.lower_]]
    return next((span.kb_id_ for p in possessives for span in resolved if span.start == p.i), None)


def _counted_in_clause(pronoun: Token, partitives: frozenset[str]) -> Token | None:
    """The subject of the clause a partitive of a plural pronoun is set off on: "nine people were killed, most of
    them members of militias" counts the people.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Nine people were killed in the strike, most of them members of Iran-backed militias.")
    >>> _counted_in_clause(doc[10], frozenset({"most"}))
    people
    >>> doc = make_pipeline()("The PMF, an umbrella of Shi'ite militias, many of them backed by Iran, was formed.")
    >>> _counted_in_clause([t for t in doc if t.text == "them"][0], frozenset({"many"}))
    militias
    """
    preposition = pronoun.head
    if not (pronoun.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lower_ in partitives):
        return None
    partitive = preposition.head
    if partitive.i > 1 and partitive.nbor(-1).text == "," and partitive.nbor(-2).tag_ == "NNS":
        return partitive.nbor(-2)  # "an umbrella of mostly Shi'ite militias, many of them backed by Iran"
    verb = partitive.head
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i), None) if (
        preposition.head.dep_ in {"npadvmod", "advmod", "nsubj", "appos"} and verb.pos_ in {"VERB", "AUX"}) else None


def _whole_counted(pronoun: Token, mentions: list[_Mention], partitives: frozenset[str]) -> _Mention | None:
    """The mention a partitive of a plural pronoun counts: "killed nine pro-Iran fighters, most of them Iraqi
    members of Kataib Sayyid al-Shuhada" counts the fighters.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The US struck the base. The strikes killed nine pro-Iran fighters, most of them Iraqis.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('them', 'iran_backed_militias')]
    """
    noun = _counted_in_clause(pronoun, partitives)
    return _mention_at(mentions, noun.i) if noun is not None else None


def _person_with_company(pronoun: Token, mentions: list[_Mention], company_preps: frozenset[str]) -> bool:
    """Whether the subject of a plural pronoun's sentence, before it, is a person named with others ("along with",
    `company_preps`): those people are who "they" are, whoever the others may be.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iran-aligned factions clashed. Abu Taqwa was killed along with an aide when the "
    ...                       "drone hit their vehicle.")
    >>> [s.text for s in doc.spans["kg_coref"]]
    []
    """
    root = pronoun.sent.root
    for subject in (c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < pronoun.i):
        mention = _mention_at(mentions, subject.i)
        company = [p for p in (*subject.children, *root.children) if p.dep_ == "prep" and p.lower_ in company_preps
                   and p.i < pronoun.i]
        if mention is not None and mention.type in PEOPLE_TYPES and company:
            return True
    return False


def _introduced_unnamed(description: Token, mentions: list[_Mention], actor_type: str, lexicon: Lexicon) -> bool:
    """Whether a definite description takes up what its noun introduced shortly before, counted, with "a" or with a
    quantifier ("all armed factions outside state control"), as no actor, with no actor of its type told of since
    ("agreed to form two joint brigades ... Coalition advisers will train the brigades"; but "a group affiliated with
    the PKK ... The PKK has not commented. The group" is the PKK).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("ISIS militants attacked Kirkuk. The army will form two brigades. Advisers will train "
    ...                       "the brigades.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    []
    >>> doc = make_pipeline()("Sadr urged the government to fold the PMF into the army and called for dissolving all "
    ...                       "armed factions. He said the factions' attacks were dragging Iraq into a war.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "the factions"]
    []
    >>> doc = make_pipeline()("The minister did not name a group. An official said the men were members of Thar "
    ...                       "Allah, a small militia. The group denied any role.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('The group', 'thar_allah')]
    """
    earliest = _start_of_reach(description)
    # (not one that describes a name, "the PMF, an umbrella group", nor one an actor's name is on: "12 PKK militants")
    introduced = [t for t in description.doc[earliest:description.i] if t.lemma_ == description.lemma_
                  and t.pos_ == "NOUN" and t.dep_ not in {"appos", "attr", "oprd"}
                  and not any(_mention_at(mentions, i) for i in range(t.left_edge.i, t.i + 1))
                  and not any(c.dep_ == "neg" for c in t.head.children)  # ("did not name a group" brings in none)
                  and any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in {"a", "an"} | lexicon.partitives
                          for c in t.children)]
    return bool(introduced) and not any(m.start > introduced[-1].i and m.type == actor_type and m.subject
                                        for m in mentions)


def _unnamed(noun: Token | None, mentions: list[_Mention], resolved: list[Span], plural: bool) -> bool:
    """Whether a noun is a common noun of the number asked that names no actor, named or taken up."""
    return noun is not None and noun.tag_ == ("NNS" if plural else "NN") and _mention_at(
        mentions, noun.i) is None and not any(span.start <= noun.i < span.end for span in resolved)


def _fronted_participle(pronoun: Token) -> set[int]:
    """The tokens of a participial clause fronted before the verb a pronoun is the subject of, whose understood
    subject the pronoun is ("Asked about Sudani, he said"); empty for any other pronoun.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("Asked about the prime minister, Mohammed Shia al-Sudani, he was careful.")
    >>> sorted(_fronted_participle(doc[12]))[:3]
    [0, 1, 2]
    """
    verb = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"}:
        return set()
    return {t.i for clause in verb.children if clause.dep_ == "advcl" and clause.i < pronoun.i
            and clause.tag_ in {"VBN", "VBG"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            for t in clause.subtree}


def _quoted_by_own_verb(pronoun: Token, speech_verbs: frozenset[str]) -> set[int]:
    """The quoted tokens of the sentence whose speech verb a pronoun is the subject of ('"...," he said'), and the
    words it reports before it, quoted or not ("The two sides discussed the threat posed by ISIS, it added": no one
    named in what is reported); empty for any other pronoun.

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()('"We respect the prime minister," he said.')
    >>> sorted(_quoted_by_own_verb(doc[8], frozenset({"say"})))
    [1, 2, 3, 4, 5, 6]
    >>> doc = load_pipeline()("The sides discussed the threat posed by ISIS, it added.")
    >>> sorted(_quoted_by_own_verb(doc[9], frozenset({"add"})))
    [0, 1, 2, 3, 4, 5, 6, 7]
    """
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.lemma_.lower() not in speech_verbs:
        return set()
    return _quoted_in(pronoun.sent) | {t.i for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i
                                       for t in c.subtree}


def _quoted_apart(token: Token) -> set[int]:
    """The quoted tokens of a sentence a token stands outside of ('"The Hashd is a state institution," said X, a
    lawmaker from the group's bloc': a description the narrator writes takes up no one named only in the words it
    quotes); none where the token is quoted itself."""
    quoted = _quoted_in(token.sent)
    return set() if token.i in quoted else quoted


def _quoted_in(sent: Span) -> set[int]:
    """The tokens of a sentence between quotation marks."""
    quoted, inside = set(), False
    for token in sent:
        if token.text in _CLOSE_QUOTES and inside:
            inside = False
        elif token.text in _OPEN_QUOTES:
            inside = True
        elif inside:
            quoted.add(token.i)
    return quoted


def _speaker_of_quote(pronoun: Token, mentions: list[_Mention], speech_verbs: frozenset[str]) -> str | None:
    """The named speaker of the quotation a third-person pronoun stands in, whom it does not stand for.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()('Hisham al-Hashimi was warned by Ghaith al-Tamimi. "I urged him to leave," Tamimi said.')
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('him', 'hisham_al_hashimi')]
    """
    quoted = _quoted_in(pronoun.sent) if pronoun.lower_ in _PERSON_PRONOUNS else set()
    if pronoun.i not in quoted:
        return None
    return next((m.actor for verb in pronoun.sent if verb.i not in quoted and verb.lemma_.lower() in speech_verbs
                 for c in verb.children if c.dep_ == "nsubj" and c.i not in quoted
                 and (m := _mention_on(c, mentions)) is not None), None)


def _reporter_of(pronoun: Token, mentions: list[_Mention], resolved: list[Span],
                 speech_verbs: frozenset[str]) -> _Mention | None:
    """Who says what a pronoun is, or owns, the subject of: in "the umbrella group, which includes Kataib
    Hezbollah, said it targeted US forces" or "... said its fighters struck", the pronoun is the one who said so,
    not the last actor named."""
    subject = _reporting_subject(pronoun, speech_verbs)
    if subject is None:
        return None
    if (named := _mention_at(mentions, subject.i)) is not None:
        return named
    # a description resolved before: a mention of the same actor carries its type
    described = next((span.kb_id_ for span in resolved if span.start <= subject.i < span.end), None)
    return next((m for m in mentions if m.actor == described), None) if described else None


def _subject_above_relative_clause(pronoun: Token, mentions: list[_Mention]) -> _Mention | None:
    """The subject of the clause a relative clause's noun is in, for the relative clause's subject pronoun where the
    relative word is its object: in "The United States urged the government to rein in the factions, which it
    blames for the attacks", "it" is the United States, not the government nearer.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The United States urged the government to curb the factions, which it blames.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "it"]
    [('it', 'united_states')]
    >>> doc = make_pipeline()("Shiite cleric Muqtada al-Sadr gave Prime Minister Mohammed Shia al-Sudani three days "
    ...                       "to act against armed factions he accused of attacking embassies.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "he"]
    [('he', 'muqtada_al_sadr')]
    """
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in {"it", "they", "he", "she"} or verb.dep_ != "relcl":
        return None
    object_relative = any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"} for c in verb.children)
    # ("armed factions he accused of attacking embassies": a clause right after its noun, with no relative word and
    # no object of its own, has the noun for object)
    contact = pronoun.lower_ in {"he", "she"} and pronoun.i == verb.head.i + 1 and not any(
        c.dep_ in {"dobj", "dative", "ccomp"} for c in verb.children)
    if not object_relative and not contact:
        return None
    for above in verb.head.ancestors:
        # (not the clause's noun itself: "says the PKK, which it has fought, is a terrorist group" is the sayer's)
        if (subject := next((c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}
                             and c != verb.head), None)) is not None:
            # ("Shiite cleric Muqtada al-Sadr": the name set beside the subject's title)
            return _mention_at(mentions, subject.i) or next((m for a in subject.children if a.dep_ == "appos" and (
                m := _mention_at(mentions, a.i))), None)
    return None


def _force_owner_reporting(pronoun: Token, mentions: list[_Mention], speech_verbs: frozenset[str],
                           force_nouns: frozenset[str]) -> _Mention | None:
    """The actor whose forces, named by no name of their own, say what a pronoun is the subject of: "The Guard's
    ground forces said they had targeted the headquarters" (the Guard).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The Guard's ground forces said they had targeted the headquarters.")
    >>> [span.kb_id_ for span in doc.spans[COREF_KEY] if span.text == "they"]
    ['guard']
    """
    subject = _reporting_subject(pronoun, speech_verbs)
    if subject is None or subject.lemma_.lower() not in force_nouns or _mention_at(mentions, subject.i) is not None:
        return None
    return next((m for c in subject.children if c.dep_ in {"poss", "compound"}
                 and (m := _mention_at(mentions, c.i)) is not None and m.type in _GROUPS), None)


def _reporting_subject(pronoun: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The subject of the verb of speech whose reported clause a pronoun is, or owns, the subject of."""
    verb = reporting_verb(pronoun, speech_verbs)
    subject_of_clause = pronoun.head if pronoun.dep_ == "poss" else pronoun
    if subject_of_clause.dep_ == "pobj" and subject_of_clause.head.lower_ == "of":
        subject_of_clause = subject_of_clause.head.head  # "said two of its members were killed"
    if subject_of_clause.dep_ not in {"nsubj", "nsubjpass"} or verb is None or subject_of_clause.head.head != verb:
        return None  # only the subject of the reported clause itself
    # "X accused Washington ... and said its members were killed": the verbs share X; and "X denied any role,
    # saying it had ...": a participle of saying after a statement is the same speaker's (but in "imposed sanctions
    # on Y, saying it had helped the IRGC" the pronoun is Y)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in speech_verbs:
        verb = verb.head
    return next(iter(_own_or_shared_subjects(verb)), None)


def _said_by_the_unnamed(pronoun: Token, mentions: list[_Mention], speech_verbs: frozenset[str],
                         message_nouns: frozenset[str]) -> bool:
    """Whether the one who says what a subject pronoun is the subject of is a noun of no actor, of its number: in
    "an Iraqi armed faction aligned with Iran said it would resume attacks" the faction is "it", not Iran (but in
    "a Telegram channel said its commander was killed" the commander is the group's told of before)."""
    subject = _reporting_subject(pronoun, speech_verbs)
    if pronoun.lower_ not in {"it", "they"} or subject is None or subject.pos_ != "NOUN" or (
            subject.lemma_.lower() in message_nouns or _mention_at(mentions, subject.i) is not None):
        return False
    if any(c.dep_ in {"poss", "compound"} and _mention_at(mentions, c.i) for c in subject.children):
        return False  # "Israel's military said it had struck": the owner's force
    return (pronoun.lower_ == "it") == (subject.tag_ == "NN")


def reporting_verb(token: Token, speech_verbs: frozenset[str]) -> Token | None:
    """The verb of speech whose reported clause holds a token, wherever that verb stands: "told" in "It was then
    that Khamenei told him Iran would strike back", "hinted" in "the group, which has hinted that attacks could
    resume".

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("It was then that Khamenei told him Iran would strike back.")
    >>> reporting_verb(doc[9], frozenset({"tell"})).text
    'told'
    """
    clause = token
    for verb in token.ancestors:
        if clause.dep_ == "ccomp" and verb.lemma_.lower() in speech_verbs and verb.pos_ in {"VERB", "AUX"}:
            return verb
        clause = verb
    # a parenthetical "he warned" inside the clause it reports ("If X ..., he warned, the factions might ...")
    return next((c for verb in (token, *token.ancestors) for c in verb.children if c.dep_ == "parataxis"
                 and c.lemma_.lower() in speech_verbs and c.pos_ == "VERB" and c.i > token.sent.start), None)


def _described_by_clause(pronoun: Token, mentions: list[_Mention]) -> str | None:
    """The actor a relative clause describes, which its subject pronoun is not: in "Al-Huda Bank, a lender it
    accused of moving funds", "it" is someone else.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The Treasury cut off Al-Huda Bank, a lender it accused of moving funds.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('it', 'us_treasury')]
    """
    clause = pronoun.head
    if pronoun.dep_ not in {"nsubj", "nsubjpass"} or clause.dep_ != "relcl":
        return None
    noun = clause.head
    # ("two Asaib Ahl al-Haq leaders, whom it accused": the group named on the noun is not "it" either)
    # ("the US ambassador, Alina Romanowski, whom he accused": the name set beside the noun is not "he")
    named_beside = next((m for c in noun.children if c.dep_ == "appos" and (m := _mention_at(mentions, c.i))), None)
    described = named_beside or _mention_at(mentions, noun.i) or (
        _mention_at(mentions, noun.head.i) if noun.dep_ == "appos" else None) or _mention_on(noun, mentions)
    return described.actor if described else None


def _sides_between(token: Token, mentions: list[_Mention], sentence: int, window: int) -> tuple[str, ...] | None:
    """The actors named as the two sides of a fight or a deal "between" them in the nearest sentence before that
    tells of one ("fighting between the SDF and Arab tribal fighters ... urged both sides": the SDF, the other side
    named by no name); None where no sentence within `window` does.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Fighting between the SDF and Arab tribal fighters killed 25 people. Tribal leader "
    ...                       "Ibrahim al-Hifl accused the SDF. The coalition urged both sides to end the violence.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "both sides"]
    [('both sides', 'syrian_democratic_forces')]
    """
    sents = list(token.doc.sents)
    for earlier in range(sentence - 1, max(sentence - 1 - window, -1), -1):
        for between in (t for t in sents[earlier] if t.lower_ == "between" and t.dep_ == "prep"):
            sides = [c for o in between.children if o.dep_ == "pobj" for c in o.conjuncts + (o,)]
            named = [m.actor for m in mentions if m.sentence == earlier and any(
                m.start <= side.i < m.end for side in sides)]
            if len(sides) >= 2:
                return tuple(dict.fromkeys(named))
    return None


def _group_of_named_person(noun: Token, mentions: list[_Mention], group_words: frozenset[str]
                           ) -> tuple[int, int, str] | None:
    """ "Khazali's group", "Amiri's organization": the group the text ties the named person to where it names them
    ("Asaib Ahl al-Haq leader Qais al-Khazali", "Hadi al-Amiri of the Badr Organization").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Badr chief Hadi al-Amiri spoke. Kataib Hezbollah fired. Amiri's group denied that.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('group', 'badr_organization')]
    >>> doc = make_pipeline()("Rayan al-Kildani leads the Babylon Brigades, a Christian militia, and Waad Qado, who "
    ...                       "heads the 30th Brigade, spoke. Qado's militia denied that.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('militia', '30th_brigade')]
    >>> doc = make_pipeline()("Sadr leads the Sadrist movement. His Mahdi Army militia fought US troops.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('His', 'muqtada_al_sadr'), ('His Mahdi Army militia', 'mahdi_army')]
    """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    person = _mention_at(mentions, owner.i) if owner is not None and noun.pos_ == "NOUN" else None
    # ("his Mahdi Army militia": the group its own name names)
    if person is None or person.type not in PEOPLE_TYPES or noun.lemma_.lower() not in group_words or any(
            c.dep_ == "det" or c.dep_ == "compound" and names_an_actor(c) for c in noun.children):
        return None
    # (tied elsewhere than through the noun itself: "Saraya al-Salam, the armed wing of Sadr's movement" ties Sadr to
    # Saraya al-Salam only through "movement")
    group = group_of_person(noun.doc, person.actor, beside=person.start)
    return (noun.i, noun.i + 1, group) if group else None


def group_of_person(doc: Doc, person: str, beside: int | None = None) -> str | None:
    """The group the text ties a named person to, where it names them ("Asaib Ahl al-Haq leader Qais al-Khazali",
    "Hadi al-Amiri of the Badr Organization"): the one tied closest, in the tree and then in the text ("Qais
    al-Khazali, the leader of AAH, ..., the PMF, the umbrella for armed factions": AAH); not by the name at token
    `beside`."""
    spans = doc.spans.get(MENTIONS_KEY, [])
    named = [s for s in spans if s.kb_id_ == person and (beside is None or not s.start <= beside < s.end)]
    ties = [(distance, abs(group.start - name.start), group.kb_id_) for group in spans if group.label_ in _ORGANISED
            for name in named if name.sent == group.sent
            if (distance := _tie(group.root, name.root)) is not None]
    return min(ties)[2] if ties else None


def _tie(group: Token, person: Token) -> int | None:
    """How many steps tie a group's name and a person's in one noun phrase, one hanging on the other, or both on one
    title ("a senior commander of Kataib Sayyid al-Shuhada, Abu Alaa al-Walai"), through names, titles and "of";
    None where they are not tied."""
    group_up, person_up = _heads_tying(group), _heads_tying(person)
    meetings = [group_up[node] + person_up[node] for node in group_up.keys() & person_up.keys()]
    return min(meetings) if meetings else None


def _heads_tying(token: Token) -> dict[Token, int]:
    """The token and the heads it hangs on through names, titles, "of" and a clause of leading ("Waad Qado, who heads
    the PMF's 30th Brigade", "Ali al-Asadi heads the council of Nujaba"), up to five steps ("head of the political
    bureau of X"), with their steps."""
    found, current = {token: 0}, token
    counterparts = load_lexicon().counterpart_nouns
    for steps in range(1, 6):
        if not (current.dep_ in _TYING_DEPS or _ties_by_leading(current)) or current.head == current:
            break
        if current.dep_ == "poss" and current.head.lemma_.lower() in counterparts:
            break  # ("the Coordination Framework, the alliance of Sadr's Shiite rivals": the other side's)
        current = current.head
        found[current] = steps
    return found


def _ties_by_leading(token: Token) -> bool:
    """Whether a token is a relative clause's verb of leading ("who heads the 30th Brigade"), or the subject or
    object of a verb of leading ("Ali al-Asadi heads the political council of Harakat al-Nujaba")."""
    verb = token.head if token.dep_ in {"dobj", "nsubj"} else token
    return load_lexicon().verb_predicates.get(verb.lemma_.lower()) == "leads" and (
        verb.dep_ == "relcl" or verb is not token)


def _placed(mention: _Mention, doc: Doc, lexicon: Lexicon) -> bool:
    """Whether a state or place is named as where something is, with the names it is coordinated with ("Iraq" in
    "strikes in Syria and Iraq")."""
    word = doc[mention.end - 1]
    while word.dep_ == "conj" and word.head.i < word.i:
        word = word.head
    return mention.type in {"Country", "Place"} and _named_as_place(word, lexicon.location_preps)


def _named_as_place(word: Token, location_preps: frozenset[str]) -> bool:
    """Whether a name stands as a place: the object of "in", "near", "across" ("a base in eastern Syria")."""
    return word.dep_ == "pobj" and word.head.lower_ in location_preps


def _relative_owner(whose: Token, mentions: list[_Mention]) -> _Mention | None:
    """What "whose" opens a clause about: the actor named just before it, whatever the parser made of the clause.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Asaib Ahl al-Haq, whose leader Qais al-Khazali sits in parliament, spoke.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('whose', 'asaib_ahl_al_haq')]
    >>> doc = make_pipeline()("The Kurdistan Democratic Party of Iran (KDPI), whose leader sits in Koya, spoke.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('whose', 'kurdistan_democratic_party_of_iran')]
    """
    before = whose.i - (whose.i > 0 and whose.nbor(-1).text == ",")
    if before > 0 and whose.doc[before - 1].text == ")":
        before -= 1  # ("the Kurdistan Democratic Party of Iran (KDPI), whose": the short form in its brackets)
    return next((m for m in reversed(mentions) if m.end == before and not m.nested), None)


def _state_of_what_is_in(place: Token, mentions: list[_Mention], containment_preps: frozenset[str]) -> str | None:
    """The state whose force, mission or institution a description of a place is said to hold.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Washington and the US said so. Iraq wants the 2,500 American troops in the country out.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('the country', 'iraq')]
    >>> doc = make_pipeline()("The United States and Iraq began talks on the U.S.-led coalition in the country.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('the country', 'iraq')]
    """
    preposition = place.head
    if place.dep_ != "pobj" or preposition.lower_ not in containment_preps:
        return None
    held = preposition.head
    if held.pos_ in {"VERB", "AUX"}:
        # ("as long as American troops remained in the country": what the verb's subject is in)
        held = next((c for c in held.children if c.dep_ in {"nsubj", "nsubjpass"}), held)
    holder = _mention_at(mentions, held.i)
    actors = place.doc._.actors or {}
    if holder is not None and holder.actor in actors and actors[holder.actor].state:
        return actors[holder.actor].state
    # ("the U.S.-led military coalition in the country": the state its phrase names as its leader)
    return next((m.actor for m in mentions if m.type == "Country" and held.left_edge.i <= m.start < held.i), None)


def _coordinated_before(possessive: Token, mentions: list[_Mention]) -> _Mention | None:
    """The name a possessive's noun is coordinated with: "Kata'ib Sayyid al-Shuhada and its secretary-general",
    however the parser hangs the noun ("imposed sanctions on Asaib Ahl al-Haq and its leader" makes the leader a
    second thing imposed)."""
    owned = possessive.head
    if owned.dep_ == "conj" and (first := _mention_at(mentions, owned.head.i)):
        return first
    before = possessive.nbor(-1) if possessive.i > possessive.sent.start else None
    if before is None or before.dep_ != "cc" or before.i == possessive.sent.start:
        return None
    named = _mention_at(mentions, before.i - 1)
    return named if named is not None and named.end == before.i else None


def _names_whose(word: Token, mentions: list[_Mention]) -> bool:
    """Whether a name's last word says whose another of `mentions` is: "Iraq's" in "Iraq's Joint Operations
    Command", "Iraqi" in "the Iraqi army"."""
    return word.dep_ in {"poss", "amod", "compound"} and any(
        m.start <= word.head.i < m.end and not m.start <= word.i < m.end for m in mentions)


def standing_military(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun of forces names a state's standing military by its modifier, no force told of before: "the
    commander-in-chief of the armed forces".

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> doc = _parser()("He commands the armed forces and the US forces.")
    >>> standing_military(doc[4], load_lexicon()), standing_military(doc[8], load_lexicon())
    (True, False)
    """
    return noun.lower_ in lexicon.force_nouns and any(
        c.dep_ == "amod" and c.lower_ in lexicon.institutional_force_modifiers for c in noun.children)


def _act_over_antecedent(act: Token, antecedent: Token) -> bool:
    """Whether an act a verb took stands nearer "it" than the antecedent, or the antecedent is only a place told in
    that verb's phrase ("condemned the strike as an assassination in the heart of Baghdad and said it violated
    Iraq's sovereignty": a city named in the label violates nothing).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Rasool condemned the strike as an assassination in the heart of Baghdad and said it "
    ...                       "violated Iraq's sovereignty.")
    >>> _act_over_antecedent(doc[3], doc[11])
    True
    """
    return antecedent.i < act.i or antecedent.ent_type_ == "Place" and act.head.is_ancestor(antecedent)


def _mention_at(mentions: list[_Mention], index: int) -> _Mention | None:
    return next((m for m in mentions if m.start <= index < m.end), None)


def _repeats_a_phrase(noun: Token, self_named: set[int]) -> bool:
    """Whether a noun with modifiers repeats a phrase told before that names no actor: "agreed to form joint
    brigades ... the joint brigades would operate" takes up those brigades (but "an umbrella group calling itself
    X ... the umbrella group" is X, as the noun `self_named` holds)."""
    words = {c.lemma_.lower() for c in noun.children if c.dep_ in {"amod", "compound"}}
    told_before = (noun.doc[i] for i in _places_of_lemma(noun.doc).get(noun.lemma_.lower(), ()) if i < noun.i)
    return bool(words) and any(
        told.lemma_ == noun.lemma_ and words <= {c.lemma_.lower() for c in told.children if c.dep_ in {
            "amod", "compound"}} and not names_an_actor(told) and told.dep_ not in {"appos", "attr"}
        and told.i not in self_named for told in told_before)


def _places_of_lemma(doc: Doc) -> dict[str, list[int]]:
    """Where each lemma (lowercased) stands in a doc, in order."""
    places = doc.user_data.get(_LEMMA_PLACES_KEY)
    if places is None:
        places = defaultdict(list)
        for token in doc:
            places[token.lemma_.lower()].append(token.i)
        places = doc.user_data[_LEMMA_PLACES_KEY] = dict(places)
    return places


def mention_containing(token: Token) -> Span | None:
    """The actor's name a token stands in, as the actors stage found it; None outside every name."""
    doc = token.doc
    mentions = doc.spans.get(MENTIONS_KEY, [])
    cached = doc.user_data.get(_MENTION_AT_KEY)
    if cached is None or cached[0] != len(mentions):
        at: dict[int, Span] = {}
        for span in mentions:
            for i in range(span.start, span.end):
                at.setdefault(i, span)
        cached = doc.user_data[_MENTION_AT_KEY] = (len(mentions), at)
    return cached[1].get(token.i)


def names_an_actor(token: Token) -> bool:
    """Whether a token is part of a name the actors stage took for an actor's."""
    return mention_containing(token) is not None


def _owners_named_on(roles: list[Token]) -> frozenset[str]:
    """The actors named on role words, by their modifiers before them or the objects of "of" and "for" after them
    ("Iraq's ambassador", "the Kuwaiti envoy", "Nujaba's leader", "the head of the intelligence service")."""
    owners = [c for role in roles for c in role.lefts if c.dep_ in {"amod", "compound", "poss"}] + [
        o for role in roles for p in role.children if p.dep_ == "prep" and p.lower_ in {"of", "for"}
        for o in p.children if o.dep_ == "pobj"]
    return frozenset(a for owner in owners if names_an_actor(owner) for a in actor_ids_at(owner))


def _with_their_states(owners: frozenset[str], doc: Doc) -> frozenset[str]:
    """Actors with the states whose bodies they are: Iraq's ambassador and the Iraqi government's are one
    state's."""
    registry = doc._.actors or {}
    return owners | {registry[a].state for a in owners if a in registry and registry[a].state}


def _titled_of_another(mention: _Mention, owners: frozenset[str], doc: Doc) -> bool:
    """Whether a mention's titles name other owners than those an office is named with, their states counted as
    theirs."""
    return bool(owners and mention.title_owners) and owners.isdisjoint(_with_their_states(mention.title_owners, doc))


def _registered_holder(actor: str, office: frozenset[str], owners: frozenset[str]) -> bool:
    """Whether the registry knows an official named with no title as the holder of a state's office: "Iraq's prime
    minister" is Sudani, whose office is the Iraqi Prime Minister's Office, where the text calls him only "Sudani".

    >>> _registered_holder("mohammed_shia_al_sudani", frozenset({"prime", "minister"}), frozenset({"iraq"}))
    True
    >>> _registered_holder("mohammed_shia_al_sudani", frozenset({"president"}), frozenset({"iraq"}))
    False
    """
    return bool(owners and office) and any(body.state in owners and office <= {
        word.lower().removesuffix("'s") for word in body.name.split()} for body in _bodies_headed(actor))


def _holder_states(mention: _Mention, doc: Doc) -> frozenset[str]:
    """The states whose offices an official holds: those the titles name, else that of the government or office
    the registry knows the official heads ("Prime Minister Mohammed Shia al-Sudani" is Iraq's)."""
    return _with_their_states(mention.title_owners, doc) or frozenset(
        body.state for body in _bodies_headed(mention.actor) if body.state)


def _bodies_headed(actor: str) -> list[Actor]:
    """The government and the office the registry knows an official heads."""
    registry = load_registry().actors
    entry = registry.get(actor)
    return [registry[body] for body in (entry.governs, entry.office) if body in registry] if entry else []


def names_a_state(token: Token) -> bool:
    """Whether a token is in a mention of a state ("Iraqi", "Iran's")."""
    return any(s.start <= token.i < s.end and s.label_ == "Country" for s in token.doc.spans.get(MENTIONS_KEY, []))


def _role_words(role: Token) -> frozenset[str]:
    """A role noun with the words that make it one office: "prime minister", "intelligence chief" (not the state
    whose office it is: "Iraqi prime minister" is the office of "Prime Minister X", whose state the text says)."""
    return frozenset(t.lemma_.lower() for t in (role, *role.children) if t.dep_ in {"compound", "amod"} and (
        not names_a_state(t)) or t is role)


def _named_below_headline(sentence: int, mentions: list[_Mention], wanted) -> _Mention | None:
    """In a headline (the first sentence), the first actor the story below names as `wanted`: "Iraq's premier
    denounces sanctions" is the prime minister the story names."""
    if sentence != 0:
        return None
    return next((m for m in sorted(mentions, key=lambda m: m.start) if m.sentence > 0 and m.named and wanted(m)), None)


def _salient(mentions: list[_Mention], before: int, wanted, sentence: int, window: int) -> _Mention | None:
    """The antecedent among the first `before` mentions: the nearest fitting mention in the same sentence, else
    the subject of the nearest earlier sentence that has a fitting one, else its last fitting mention outside an
    apposition, else the nearest fitting mention."""
    fitting = []
    for index in range(before - 1, -1, -1):
        mention = mentions[index]
        if mention.sentence < sentence - window:
            break
        if wanted(mention):
            fitting.append(mention)
    fitting.reverse()
    if not fitting:
        return None
    if fitting[-1].sentence == sentence:
        return fitting[-1]
    latest = fitting[-1].sentence
    # its subject, else the last that no apposition tucks in to describe another ("a member of Kataib Sayyid
    # al-Shuhada, a faction within the PMF. The group denied any role": the faction did)
    subjects = [m for m in fitting if m.sentence == latest and m.subject]
    main = [m for m in subjects if not m.scene_setting]
    reporting = [m for m in main if not m.reported]
    heads = [m for m in fitting if m.sentence == latest and not m.describing]
    return (reporting or main or subjects or heads or fitting)[-1]


def _thing_phrase_holding(pronoun: Token, antecedent: _Mention, mentions: list[_Mention]) -> bool:
    """Whether "it", or "them" for what is said, a verb's object, takes up the thing of its number whose phrase holds
    the antecedent rather than the antecedent: in "said the presence of American forces in Iraq was an occupation
    and that they would not accept it", what is not accepted is the presence, not Iraq; in "reject US-Iraq security
    deal as Sadr backs it", the deal; in "dismissed U.S. accusations that the faction got arms from the Guards,
    calling them lies", the accusations.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Hadi al-Amiri said the presence of foreign troops in Iraq was illegal and that his "
    ...                       "movement would never accept it.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('his', 'hadi_al_amiri')]
    >>> doc = make_pipeline()("Asadi dismissed U.S. accusations that the faction received weapons from the "
    ...                       "Revolutionary Guards, calling them lies.")
    >>> [s.text for s in doc.spans["kg_coref"] if s.text == "them"]
    []
    """
    return any(not holder.ent_type_ and _mention_at(mentions, holder.i) is None
               for holder in _phrases_holding(pronoun, antecedent))


def _mention_heading_phrase(pronoun: Token, antecedent: _Mention, mentions: list[_Mention]) -> _Mention | None:
    """The mention heading the phrase that holds the antecedent, which "it", a verb's object, takes up rather than
    the antecedent: in "said the American occupation of eastern Syria was illegal and that the resistance had the
    right to confront it", what is confronted is the occupation (its forces), not Syria.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kaabi said the American occupation of eastern Syria was illegal and that the "
    ...                       "resistance had the right to confront it.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"] if s.text == "it"]
    [('it', 'us_forces')]
    """
    headings = (_mention_at(mentions, holder.i) for holder in _phrases_holding(pronoun, antecedent))
    return next((m for m in headings if m and m.actor != antecedent.actor), None)


def _phrases_holding(pronoun: Token, antecedent: _Mention) -> Iterator[Token]:
    """The heads of subjects' and objects' phrases of the pronoun's number, before "it" or "them" (for what is
    said), the pronoun a verb's object, that hold the antecedent in its sentence without being it."""
    number = {"it": "NN", "them": "NNS"}.get(pronoun.lower_)
    if number is None or pronoun.dep_ != "dobj" or antecedent.start < pronoun.sent.start:
        return
    # (plural things only of what is said, which "them" may be; "struck positions of X and Y, accusing them" and
    # "met leaders of the factions and urged them" take up the named)
    lexicon = load_lexicon()
    said = lexicon.claim_nouns | lexicon.message_nouns
    yield from (t for t in pronoun.doc[pronoun.sent.start:pronoun.i]
                if t.tag_ == number and (number == "NN" or t.lemma_.lower() in said)
                and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
                and t.left_edge.i <= antecedent.start and t.right_edge.i >= antecedent.end - 1
                and not antecedent.start <= t.i < antecedent.end)


def _thing_of_coordinated_clause(pronoun: Token, antecedent: _Mention, mentions: list[_Mention],
                                 role_words: set[str]) -> bool:
    """Whether "it", what a verb acts on, takes up a thing told in the clause its own is coordinated or contrasted
    with, rather than the actor before: the subject of that clause, where the antecedent is of an earlier sentence
    (in "the presence of foreign forces is illegal and we will not allow it to continue", what is not allowed is the
    presence), or its object, told after the antecedent ("the Framework backed Mashhadani's candidacy, while
    Halbousi's party had opposed it": the candidacy).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()('The Fatah Alliance pushed for the vote. "The presence of foreign forces is illegal '
    ...                       'and we will not allow it to continue," Amiri said.')
    >>> [s.text for s in doc.spans["kg_coref"] if s.text == "it"]
    []
    >>> doc = make_pipeline()("The Coordination Framework backed Mashhadani's candidacy, while Halbousi's Taqaddum "
    ...                       "party had opposed it.")
    >>> [s.text for s in doc.spans["kg_coref"] if s.text == "it"]
    []
    """
    # ("allow it to continue", "let it go on": the subject of an infinitive is what its governing verb acts on; not
    # of a finite clause, "said it would respond")
    infinitive = pronoun.head.tag_ == "VB" and not any(c.dep_ == "aux" and c.lower_ != "to"
                                                        for c in pronoun.head.children)
    acted_on = pronoun.dep_ == "dobj" or pronoun.dep_ == "nsubj" and pronoun.head.dep_ in {"ccomp", "xcomp"} and (
        infinitive)
    if pronoun.lower_ != "it" or not acted_on:
        return False
    clause = pronoun.head
    while not _joined_clause(clause) and clause.head.i != clause.i:
        clause = clause.head
    if not _joined_clause(clause):
        return False
    arcs = {"dobj"} | ({"nsubj", "nsubjpass"} if antecedent.start < pronoun.sent.start else set())
    return any(t.dep_ in arcs and t.tag_ == "NN" and antecedent.start < t.i < pronoun.i and not t.ent_type_
               and t.lemma_.lower() not in role_words and _mention_at(mentions, t.i) is None
               for t in clause.head.children)


def _joined_clause(verb: Token) -> bool:
    """Whether a clause is coordinated with the one its verb hangs on, or set against it by a contrast ("while")."""
    return verb.dep_ == "conj" or verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in load_lexicon().contrast_marks for c in verb.children)


def _wrongdoer_nearer(pronoun: Token, antecedent: _Mention, mentions: list[_Mention],
                      wrongdoer_nouns: frozenset[str]) -> bool:
    """Whether "it" takes up a wrongdoer the speaker names by no name, nearer in its sentence than the antecedent:
    in "our operations against the occupation will continue until it leaves", the occupation leaves.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kataib Hezbollah said its operations against the occupation would continue until it "
    ...                       "leaves.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('its', 'kataib_hezbollah')]
    """
    if pronoun.lower_ != "it":
        return False
    start = max(antecedent.end, pronoun.sent.start)
    return any(t.tag_ == "NN" and t.lemma_.lower() in wrongdoer_nouns and _mention_at(mentions, t.i) is None
               for t in pronoun.doc[start:pronoun.i])


def _group_told_of_before(pronoun: Token, mentions: list[_Mention]) -> str | None:
    """The armed group named in the singular that the sentence before tells of as its subject, which "they" or "them"
    takes up where no plural fits: "The PKK has brought destruction to our villages. We have asked them to leave."

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The PKK has brought destruction to our villages. We have asked them many times to "
    ...                       "leave the Kurdistan Region.")
    >>> [(s.text, s.kb_id_) for s in doc.spans["kg_coref"]]
    [('them', 'pkk')]
    """
    before = sentence_before(pronoun)
    if before == pronoun.sent or any(m.type in ARMED_TYPES for m in mentions
                                     if pronoun.sent.start <= m.start < pronoun.i):
        return None
    # (the subject of the sentence's verb, or of the clause it reports: "X said the PKK had brought ruin")
    verbs = {before.root.i} | {c.i for c in before.root.children if c.dep_ == "ccomp"}
    subject = next((m for m in mentions if before.start <= m.start < before.end and m.type in ARMED_TYPES
                    and m.proper and not m.nested and verbs & {
                        t.head.i for t in pronoun.doc[m.start:m.end] if t.dep_ == "nsubj"}), None)
    return subject.actor if subject else None


def _sole_person(pronoun: Token, mentions: list[_Mention], wanted: Callable[[_Mention], bool],
                 window: int) -> str | None:
    """The one actor that fits a pronoun among the mentions of the `window` sentences before it, if only one does."""
    first = pronoun.sent
    for _ in range(window):
        if first.start == 0:
            break
        first = pronoun.doc[first.start - 1].sent
    fitting = {m.actor for m in mentions if first.start <= m.start < pronoun.i and wanted(m)}
    return next(iter(fitting)) if len(fitting) == 1 else None


def _host_noun(pronoun: Token, resolved: list[Span]) -> Span | None:
    """ "the militia, known for its hostility": a possessive inside a modifier of a noun is that noun's, the mention
    of it returned."""
    current = pronoun
    for _ in range(6):
        if current.dep_ in {"acl", "relcl"}:
            host = current.head
            for span in [*pronoun.doc.spans.get(MENTIONS_KEY, []), *resolved]:
                if span.start <= host.i < span.end:
                    return span
            return None
        if current.head == current:
            return None
        current = current.head
    return None


def _titles(roles: list[Token]) -> frozenset[str]:
    """The role words a person is named with, from the words of the roles a name is given (`_title_words`): before
    the name ("Prime Minister X") or beside it in apposition ("X, the country's intelligence chief")."""
    return frozenset(word for role in roles for word in _role_words(role))


def _may_hold(office: frozenset[str], named: frozenset[str]) -> bool:
    """Whether one named with the office words `named` may be "the" holder of `office`: "the premier" is no one
    named with another office ("President Donald Trump", "Foreign Minister Gideon Saar"); "the minister" may be
    the foreign minister.

    >>> _may_hold(frozenset({"prime", "minister"}), frozenset({"foreign", "minister"}))
    False
    >>> _may_hold(frozenset({"minister"}), frozenset({"foreign", "minister"}))
    True
    """
    return not named or office <= named or named <= office


def _counted(noun: Token, count_words: dict[str, int]) -> int | None:
    """How many a plural description counts: "the two groups", "both factions"."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return None
    return next((count_words[c.lower_] for c in noun.children
                 if c.dep_ in {"nummod", "det", "predet"} and c.lower_ in count_words), None)


def _last_named(mentions: list[_Mention], actor_type: str, count: int, sentence: int) -> list[str] | None:
    """The last `count` actors of a type named by their own proper names within a description's reach, latest
    first; None where fewer were."""
    named: list[str] = []
    for mention in reversed(mentions):
        if mention.sentence < sentence - _WINDOW["description"] or len(named) == count:
            break
        if mention.type == actor_type and mention.partners and len(mention.partners) + 1 != count:
            return None  # a list of another count ("A, B and C ... the two factions") is not what is counted
        if mention.type == actor_type and mention.proper and not mention.plural and not mention.nested and (
                mention.actor not in named):
            named.append(mention.actor)
    return named if len(named) == count else None


def _name_head(span: Span, province_nouns: frozenset[str] = frozenset()) -> str:
    """The noun heading a name: its root's, or, where the parser coordinated the words of the name, its last word's
    ("Security and Defence Committee": "the committee" takes it up); a place's, the province noun written after it
    ("Deir ez-Zor province": "the province").

    >>> from kg.nlp import load_pipeline
    >>> doc = load_pipeline()("The Security and Defence Committee met in Deir ez-Zor province.")
    >>> _name_head(doc[1:5]), _name_head(doc[7:11], frozenset({"province"}))
    ('committee', 'province')
    """
    if span.end < len(span.doc) and (after := span.doc[span.end].lemma_.lower()) in province_nouns:
        return after
    root = span.root
    coordinated = any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.children)
    return (span[-1] if coordinated and span[-1].tag_ in {"NNP", "NN"} else root).lemma_.lower()


def _heads_name(noun: Token, mention: _Mention) -> bool:
    """Whether a description's noun is the one heading a mention's name, in its number too: "the commission" takes
    up the Iraqi Resistance Coordination Commission, but "the parties" no one party, and "the force" no "US forces"
    (though it may the Popular Mobilization Forces, one force by a plural name)."""
    plural = noun.tag_ in {"NNS", "NNPS"}
    lemma = noun.lemma_.lower()
    if not plural and mention.proper and mention.plural and mention.head == f"{lemma}s":
        return True  # (the lemmatizer leaves a proper name's plural as written)
    return mention.head == lemma and (not plural or mention.plural) and (mention.proper or mention.plural == plural)


def _has_its_words(noun: Token, mention: _Mention) -> bool:
    """Whether the words a title's noun is modified by are in a mention's name: "foreign ministry spokesman" takes up
    "Iran's foreign ministry", not "the interior ministry"."""
    if noun.dep_ != "compound":
        return True
    named = {t.lower_ for t in noun.doc[mention.start:mention.end]}
    return all(c.lower_ in named for c in noun.children)


def _described_by_text(noun: Token, actor_type: str,
                       salient: Callable[[Callable[[_Mention], bool], int], _Mention | None]) -> _Mention | None:
    """ "the Islamic Resistance in Iraq, a coalition of factions, ... the coalition": the name the article itself
    described by the noun, whatever type the noun alone suggests (no place is a group the parser took for its
    apposition: "ANKARA (Reuters) - ... 13 PKK militants")."""
    return salient(lambda m: m.named and noun.lower_ in m.described_as and (
        m.type != "Place" or actor_type == "Place"), _WINDOW["description"])


def _described_rather(noun: Token, antecedent: _Mention | None, described: _Mention | None) -> _Mention | None:
    """The name the text described by the noun, over the antecedent its type found, but not over a name the noun
    heads told of since ("the US-led coalition")."""
    if described is not None and (antecedent is None or antecedent.head != noun.lemma_.lower() or (
            antecedent.start < described.start)):
        return described
    return antecedent


def _fits_description(mention: _Mention, actor_type: str, noun: Token, lexicon: Lexicon) -> bool:
    """Whether a mention may be what a description of `actor_type` headed by `noun` refers to: "the group" is no
    plural common noun ("Iran-aligned factions"), though it may be "the Popular Mobilization Forces"; "the two
    leaders" may be two people the text named together, but "the factions" are no groups it named, unless they
    are counted as many as a list of them ("the two factions" after "Nujaba and Kataib Sayyid al-Shuhada"); "these
    terrorists", a group's men, are the group."""
    if actor_type == "ArmedForce" and any(c.dep_ == "amod" and c.lower_ in lexicon.political_modifiers
                                          for c in noun.children):
        return False  # "whose group is part of the ruling coalition": a bloc in power, no armed force
    # (a noun of two types describes either: "the terrorist organisation" may be the PKK, a militia)
    if mention.type != actor_type and noun.lemma_.lower() not in lexicon.descriptions.get(mention.type, ()) and not (
            actor_type == "Official" and mention.type == "Person" and noun.lemma_.lower() in lexicon.affiliation_roles):
        return False  # (a word for what one is that holds no office, "the cleric", may be anyone's)
    kinds = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound"} and c.is_lower}
    if actor_type == "GovernmentBody" and not kinds <= {t.lower_ for t in noun.doc[mention.start:mention.end]} | set(
            mention.actor.split("_")):
        return False  # "the foreign ministry" is no government named before: the words of its kind are in its name
    headed_by_a_kind = any(mention.head in nouns for nouns in lexicon.descriptions.values())
    if noun.lemma_.lower() in lexicon.business_nouns and mention.head not in lexicon.business_nouns and (
            headed_by_a_kind):
        return False  # "the company" is no movement or party named before: a name headed by a noun of another kind
    if (lemma := noun.lemma_.lower()) in lexicon.institution_nouns:
        # "the government" is no parliament named before: a state's body is taken up by the noun it is named by
        # (in its name, or its acronym's: "the KRG ... the government")
        return mention.head == lemma or lemma in mention.actor.split("_") or (
            {mention.head, lemma} <= lexicon.cabinet_nouns)
    if noun.lower_ in lexicon.member_plurals:
        # (not "the Iraqi fighters", which say whose men they are not)
        return not mention.plural and _counted(noun, lexicon.count_words) is None and not any(
            c.dep_ in {"amod", "compound", "nmod"} for c in noun.children)
    if noun.tag_ in {"NNS", "NNPS"}:
        count = _counted(noun, lexicon.count_words)
        if count is not None and mention.partners:
            return len(mention.partners) + 1 == count
        # (an armed force is its men, whatever the number of its name: "the occupiers" after "the American
        # occupation")
        # ("the factions" are not the Syrian Democratic Forces, one group named by a plural noun of another kind;
        # but "the forces" after "the Kurdish forces", and "the factions" after "Kataib Hezbollah"; nor a group's
        # men taken up as it: "the war against the jihadists ... the factions' leaders")
        if not mention.named and noun.doc[mention.end - 1].lower_ in lexicon.member_plurals:
            return False
        return mention.plural and (not mention.proper or mention.head == noun.lemma_.lower() or not (
            headed_by_a_kind)) or bool(
            mention.partners) and mention.type in PEOPLE_TYPES or actor_type == "ArmedForce"
    # (nor one "they" or "them" took up: "when others abandoned them ... the faction"; but an armed force is its men)
    last = noun.doc[mention.end - 1]
    return not (mention.plural and last.pos_ == "NOUN" or last.lower_ in _PLURAL_PRONOUNS and (
        actor_type != "ArmedForce"))


def _doers_over(noun: Token, mentions: list[_Mention]) -> set[str]:
    """The actors the clauses a noun is governed by have for subjects ("Trump" in "Trump ordered the drone strike
    that killed the two men"): no one counted among those an act befalls does it."""
    verbs = [a for a in noun.ancestors if a.pos_ in {"VERB", "AUX"}]
    return {m.actor for verb in verbs for s in verb.children if s.dep_ in {"nsubj", "nsubjpass"} and not (
        s == noun or s.is_ancestor(noun)) if (m := _mention_on(s, mentions)) is not None}


def _listed_after(after: list[_Mention], fits: Callable[[_Mention], bool], count: int,
                  sentence: int) -> _Mention | None:
    """The first of a list of as many actors as an indefinite noun counts, named in its sentence or the next few:
    "blacklist three Iran-backed paramilitary commanders ... sanctioned Qais al-Khazali, his brother Laith
    al-Khazali and Husayn al-Lami" (a story's lead counts whom it names next; "the three commanders" takes up those
    named before)."""
    listed = sorted((m for m in after if m.named and m.sentence <= sentence + LIST_REACH
                     and len(m.partners) + 1 == count and fits(m)), key=lambda m: m.start)
    return listed[0] if listed else None


def _coordinated(span: Span, spans: list[Span], lists: dict[tuple[int, int], list[Span]]) -> tuple[str, ...]:
    """The other actors of its kind an actor's name is coordinated with: groups ("Kataib Hezbollah and Asaib Ahl
    al-Haq") or people ("Soleimani and Muhandis"). States are left out: "in Iraq and Syria" names where, seldom
    who "they" are."""
    kind = next((kind for kind in _COORDINATED_KINDS if span.label_ in kind), None)
    if kind is None:
        return ()
    roots = {t.i for t in span.root.conjuncts}
    listed = lists.get((span.start, span.end), [])
    return tuple(dict.fromkeys(o.kb_id_ for o in spans if (o.root.i in roots or o in listed) and o.label_ in kind
                               and o.kb_id_ != span.kb_id_))


def _lists(spans: list[Span]) -> dict[tuple[int, int], list[Span]]:
    """Each name's list among names of its kind, wherever the parser hangs it: a run of names with nothing but
    commas, "and", "or" and "the" between them ("Kata'ib Hezbollah, Asa'ib Ahl al-Haq, al-Nujaba and the Badr
    organization", which the parser reads as appositions and conjuncts), or descriptions set beside them ("Qais
    al-Khazali, the leader of AAH, his brother Laith al-Khazali, a senior commander, and Husayn al-Lami"), keyed by
    where the name stands. A list ends with the name its conjunction joins: in "Unlike Kataib Hezbollah or Harakat
    al-Nujaba, Badr has ..." the comma closes a phrase."""
    runs: list[list[Span]] = []
    for kind in _COORDINATED_KINDS:
        runs_of_kind: list[list[Span]] = []
        joined = False  # whether the run's last name came after a conjunction
        for name in sorted((o for o in spans if o.label_ in kind), key=lambda o: (o.start, o.end)):
            between = name.doc[runs_of_kind[-1][-1].end:name.start] if runs_of_kind else None
            conjunction = between is not None and any(t.lower_ in {"and", "or"} for t in between)
            if between is not None and len(between) and all(
                    t.lower_ in _LIST_WORDS or _in_description(t, between) for t in between) and not (
                    joined and not conjunction) and (conjunction or _parsed_together(runs_of_kind[-1][-1], name)):
                runs_of_kind[-1].append(name)
                joined = conjunction
            else:
                runs_of_kind.append([name])
                joined = False
        runs += runs_of_kind
    return {(name.start, name.end): run for run in runs for name in run}


def _counted_antecedents(count: int, antecedent: _Mention | None, mentions: list[_Mention], actor_type: str,
                         sentence: int) -> list[str]:
    """The actors a counted description takes up: a coordination of as many ("both parties" after "the KDP and the
    PUK", named apart since), unless as many others were named after it; else the last as many named apart
    ("Both groups" after "Asaib Ahl al-Haq ... The Badr Organization ...")."""
    named = _last_named(mentions, actor_type, count, sentence) or []
    if antecedent and len(antecedent.partners) + 1 == count and not (
            named and _named_apart_since(named, antecedent, mentions)):
        return [antecedent.actor, *antecedent.partners]
    return named


def _named_apart_since(named: list[str], coordination: _Mention, mentions: list[_Mention]) -> bool:
    """Whether actors other than a coordination's were all named after it: "Unlike Kataib Hezbollah or Nujaba,
    Badr ... Kataib Sayyid al-Shuhada split from Badr ... both groups" are the two named last."""
    if set(named) == {coordination.actor, *coordination.partners}:
        return False
    latest = [_latest_mention(actor, mentions) for actor in named]
    return all(m is not None and m.start > coordination.start for m in latest)


def _latest_mention(actor: str, mentions: list[_Mention]) -> _Mention | None:
    """The latest mention of `actor` among `mentions`, if any."""
    return next((m for m in reversed(mentions) if m.actor == actor), None)


def _repeats_head(noun: Token, actor: str, mentions: list[_Mention]) -> bool:
    """Whether a noun repeats the word heading the latest name of the actor it takes up, and so that name alone:
    "the factions" after "opposed both the American presence and the armed factions"."""
    latest = _latest_mention(actor, mentions)
    return latest is not None and noun.lemma_.lower() == latest.head


def _parsed_together(first: Span, second: Span) -> bool:
    """Whether two names only a comma (and descriptions set beside them) parts are one phrase: one hangs on the
    other, or on a description set beside it ("Qais al-Khazali, the leader of AAH, his brother Laith"), or both on
    one word ("Iraq, US agree"); in "... a senior leader of Hurras al-Din, CENTCOM said" the comma ends a clause.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("The strike killed a senior leader of Hurras al-Din, CENTCOM said.")
    >>> names = list(doc.spans["kg_mentions"])
    >>> _parsed_together(names[0], names[1])
    False
    """
    a, b = first.root, second.root
    described = b.head.dep_ == "appos" and b.head.pos_ == "NOUN" and b.head.head == a
    return a.head == b or b.head == a or a.head == b.head or described


def _in_description(token: Token, between: Span) -> bool:
    """Whether a word between two names of a list is in a description set beside one of them: a common noun the
    parser makes an apposition ("the leader of AAH", "his brother", "a senior commander")."""
    return any(a.dep_ == "appos" and a.pos_ == "NOUN" and between.start <= a.i < between.end
               for a in (token, *token.ancestors))


def _partners_of(actor: str, mentions: list[_Mention]) -> tuple[str, ...]:
    """The actors coordinated with the latest mention of `actor` among `mentions`."""
    latest = _latest_mention(actor, mentions)
    return latest.partners if latest else ()


def _doers_of_verb_over(token: Token) -> set[Token]:
    """The subjects of the verb a token is an argument of, a relative pronoun taken as the noun it stands for."""
    verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return set()
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return {verb.head if s.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" else s for s in subjects}



def _described_as(name: Token) -> frozenset[str]:
    """The nouns a text calls a named actor by: an apposition ("the PMF, an umbrella group"), what its subject is
    ("Badr is a militia") or serves, emerged or acts "as" ("emerged as a banner").

    >>> from kg.patterns.helpers import _parser
    >>> sorted(_described_as(_parser()("The Islamic Resistance emerged as a banner and umbrella of factions.")[2]))
    ['banner', 'umbrella']
    """
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ in {"nsubj", "nsubjpass"}:
        verb = name.head
        nouns += [c for c in verb.children if c.dep_ == "attr" and verb.lemma_ == "be"]
        nouns += [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                  if o.dep_ == "pobj"]
    return frozenset(t.lower_ for noun in nouns for t in (noun, *noun.conjuncts))


def _is_plural(span: Span, lexicon: Lexicon) -> bool:
    """Whether a mention is taken up by "they": a plural name, or a group named on its men ("Kataib Hezbollah
    fighters were targeted by strikes, which killed dozens of them")."""
    men = span.root.dep_ in {"compound", "nmod"} and span.root.head.tag_ == "NNS" and (
        span.root.head.lemma_.lower() in lexicon.affiliated_nouns)
    # ("the Houthis", a plural of the "Houthi" it is also called; not "Hamas")
    actor = (span.doc._.actors or {}).get(span.kb_id_)
    plural_name = span.text.endswith("s") and span.label_ in ARMED_TYPES and actor is not None and any(
        alias.split()[-1] == span[-1].text[:-1] for alias in actor.aliases)
    return men or plural_name or span.root.tag_ in {"NNS", "NNPS"} or span.root.lower_ in _PLURAL_PRONOUNS


def _person_told_of(sent: Span) -> str | None:
    """The person a sentence tells of as its subject, whose words a quotation opened right after it, naming no one,
    gives: "But he did not hide his hostility to the United States. 'The American forces are occupiers.'".

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Abu Alaa al-Walai leads Kataib Sayyid al-Shuhada. He did not hide his anger. "
    ...                       "\u201cThe American forces are occupiers.\u201d")
    >>> [sent._.speaker for sent in doc.sents]
    [None, None, 'abu_alaa_al_walai']
    """
    actors = sent.doc._.actors or {}
    subjects = [c for c in sent.root.children if c.dep_ == "nsubj"]
    return next((a for s in subjects for a in actor_ids_at(s) if a in actors and actors[a].type in PEOPLE_TYPES),
                None)


def _continues_quote(previous: Span, sent: Span, quote_open: bool) -> bool:
    """The sentence goes on with a quotation: it opens one right after the previous sentence in the same paragraph
    or is inside one still open; or a new paragraph opens one right after a speaker's words (news quotes running
    over paragraphs reopen with a quotation mark, and a quoted paragraph with no one named is the last speaker's)."""
    if "\n" in _gap(previous, sent):
        return _opens_quote(sent)
    return _opens_quote(sent) or quote_open


def _transcript_speaker(sent: Span, people: list[Span]) -> str | None:
    r"""The person a transcript's line opens with, by a label in capitals ending in a colon whose last word is the
    surname of one named before ("GEN. RYDER: Sure.", "Fayyadh: No.", "Qais al-Khazali: We are not part of it.").

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Pentagon Press Secretary Pat Ryder briefed reporters.\nGEN. RYDER: Sure.")
    >>> sents = list(doc.sents)
    >>> _transcript_speaker(sents[-1], list(doc.spans[MENTIONS_KEY]))
    'pat_ryder'
    """
    label = _line_label(sent)
    if not label or not all(t.is_upper or t.is_title or t.lower_ in NAME_PARTICLES for t in label):
        return None
    return next((p.kb_id_ for p in reversed(people) if p[-1].lower_ == label[-1].lower_), None)


def _line_label(sent: Span) -> list[Token]:
    """The words of a label that opens a line, up to its colon ("GEN. RYDER:", "Rudaw:"); none without one."""
    colon = next((t.i for t in sent[:5] if t.text == ":"), None)
    return [t for t in sent.doc[sent.start:colon] if t.is_alpha] if colon else []


def _outlet_label(sent: Span, outlets: list[Span]) -> str | None:
    """ "question" where a line opens with the name of one of `outlets` and a colon, as an interview's questions do
    ("Rudaw: Will you meet American officials?")."""
    label = _line_label(sent)
    return "question" if label and any(s.start == label[0].i and s.end == label[-1].i + 1 for s in outlets) else None


def _unmarked_questions_and_answers(sents: list[Span], line_starts: set[int]) -> list[str | None]:
    r"""An interview set out with no marks: its questions are lines of their own that ask "you" something, at
    least two of them, and the lines after each, up to the next, answer it ("question" and "answer" where a line
    opens, as the marks would give them).

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Hadi al-Amiri spoke to reporters.\nWill you fight?\nWe will not accept a war.\n"
    ...                       "And your allies?\nThey stand with us.")
    >>> [sent._.speaker for sent in doc.sents]
    [None, None, 'hadi_al_amiri', None, 'hadi_al_amiri']
    """
    line_ends = {sent.start - 1 for sent in sents if sent.start in line_starts} | {sents[-1].end - 1 if sents else 0}
    asked = [sent.start in line_starts and sent.end - 1 in line_ends and sent.text.rstrip().endswith("?") and any(
        t.lower_ in _ADDRESSEE_PRONOUNS for t in sent) and not any(t.text in _OPEN_QUOTES for t in sent)
        for sent in sents]
    if sum(asked) < 2:
        return [None] * len(sents)
    opening: list[str | None] = []
    after_question = False
    for sent, question in zip(sents, asked):
        opening.append("question" if question else "answer" if sent.start in line_starts and after_question else None)
        after_question = after_question or question
    return opening


def _interview_mark(sent: Span, marks: dict[str, frozenset[str]]) -> str | None:
    """Which interview mark opens a sentence ("Q:", "A:"), if any."""
    if len(sent) < 2 or sent[1].text not in {":", "."}:
        return None
    return next((kind for kind, words in marks.items() if sent[0].lower_ in words), None)


def _gap(previous: Span, sent: Span) -> str:
    """The text between a sentence's last word and the next sentence."""
    last_word = next((t for t in reversed(previous) if not t.is_space), previous[-1])
    # a sentence keeps its newlines; read from the tokens between, not the whole doc's text, made anew per reading
    return previous.doc[last_word.i:sent.start].text_with_ws[len(last_word.text):]


def _opens_quote(sent: Span) -> bool:
    return sent[0].text in _OPEN_QUOTES


def _quote_open_after(sent: Span, open_before: bool) -> bool:
    """Whether a quotation is open after the sentence, given whether one was open before it."""
    depth = int(open_before)
    for token in sent:
        if token.text in _OPEN_QUOTES and (token.text not in _CLOSE_QUOTES or token.i == sent.start):
            depth = 1  # a new paragraph reopens the quotation rather than nesting one
        elif token.text in _CLOSE_QUOTES and token.text not in _OPEN_QUOTES:
            depth = 0
        elif token.text in _CLOSE_QUOTES:
            depth = 1 - depth  # a straight quote inside a sentence closes what is open, else opens
    return depth > 0


def actor_ids_at(token: Token) -> list[str]:
    """The actors a token names: through a mention, a resolved pronoun or description, or a quote's speaker; more
    than one where a plural pronoun takes up a coordination ("them" after "Kataib Hezbollah and Nujaba")."""
    if references := _reference_index(token.doc).get(token.i):
        return [actor for actor, _ in references]
    reference = reference_at(token)
    return [reference[0]] if reference else []


def reference_at(token: Token) -> tuple[str, str] | None:
    """The actor a token names and how: "mention", "coreference" or "speaker"."""
    if references := _reference_index(token.doc).get(token.i):
        return references[0]
    if token.lower_ in SPEAKER_PRONOUNS and (speaker := speaker_of(token)):
        return speaker, "speaker"
    return None


def _reference_index(doc: Doc) -> dict[int, list[tuple[str, str]]]:
    """Token -> [(actor, how)] for every token a mention or a resolved reference covers, built once per state of
    the doc's span groups: a mention before a resolved reference, the narrowest span first ("Iran" inside
    "Iran-backed militias" names Iran); the actors of spans as narrow as the first follow it."""
    groups = [(doc.spans.get(key, []), how) for key, how in ((MENTIONS_KEY, "mention"), (COREF_KEY, "coreference"))]
    state = tuple(len(spans) for spans, _ in groups)
    cached = doc.user_data.get(_INDEX_KEY)
    if cached is not None and cached[0] == state:
        return cached[1]
    index: dict[int, list[tuple[str, str]]] = {}
    width: dict[int, int] = {}
    for spans, how in groups:
        for span in sorted(spans, key=len):
            for i in range(span.start, span.end):
                if width.setdefault(i, len(span)) == len(span) and (span.kb_id_, how) not in index.get(i, []):
                    index.setdefault(i, []).append((span.kb_id_, how))
    doc.user_data[_INDEX_KEY] = (state, index)
    return index


def speaker_of(token: Token) -> str | None:
    """The speaker of the sentence a token is in, if it quotes or reports someone."""
    return token.sent._.speaker
