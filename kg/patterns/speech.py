"""Speech patterns: what a speaker's words, an outlet's report or a designation say of an actor."""

from typing import Iterator

from spacy.tokens import Span, Token

from kg.coref import SPEAKER_PRONOUNS, actor_ids_at, names_an_actor, put_on_list, reporting_verb
from kg.lexicon import Lexicon
from kg.nlp import sentence_before
from kg.patterns.helpers import (MODIFIER_DEPS, OBJECT_DEPS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS,
                                 asked_by_noun, datives,
                                 Frame, agents_in_phrase, asked_by_preposition, clause_verbs, conjuncts,
                                 direct_objects, duty_holders, foreseen, frame, in_condition, in_future, is_blocked,
                                 is_passive,
                                 is_definite, is_question, doers_of_wrong_named, first_conjunct,
                                 is_to_infinitive,
                                 joins_a_partner, lemma_of, linked_actors, negated, obliged, opens_a_question,
                                 own_clause,
                                 participle_agents, passive_agents,
                                 phrasal_lemma, prep_objects, relative_antecedent, reporter_of_participle, said_of,
                                 shared_passive_agents, speaker_for, subjects_of, supposed, taking_part,
                                 takes_part, verb_predicate)
from kg.patterns.helpers import read  # noqa: F401 - the docstring examples run through it
from kg.vocabulary import assault_predicates

__all__ = ["quotation_source", "labelled_fault", "reported_fault", "blame", "allegation", "attribution",
           "conditional_threat", "instruction", "ending_presence", "marked_as_target", "reported_consequences",
           "reported_coercion", "reported_demand", "reported_threat", "rejection", "refusal", "designation",
           "summoned_envoy", "demanded_end_of_wrong", "labelled_occupier", "traded_accusations", "release_demanded",
           "unstated_objection", "penalty_to_come"]


def quotation_source(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A statement given to or reported by an outlet: "X told Tasnim", "..., AFP reported", "according to AFP".

    >>> read("The commander told Reuters the attacks would go on.", quotation_source)
    [('commander', 'quoted_by', 'Reuters')]
    >>> read("Khazali said in an interview with Al-Sumaria that the factions would respond.", quotation_source)
    [('Khazali', 'quoted_by', 'Al-Sumaria')]
    >>> read("Speaking to Reuters on Sunday, Mohi said the factions would respond.", quotation_source)
    [('Mohi', 'quoted_by', 'Reuters')]
    >>> read("In a statement carried by Sepah News, the IRGC said the site was hit.", quotation_source)
    [('IRGC', 'quoted_by', 'Sepah News')]
    >>> read("Amiri spoke to Al-Mayadeen television about the withdrawal.", quotation_source)
    [('Amiri', 'quoted_by', 'Al-Mayadeen television')]
    >>> read("Reuters quoted Kataib Hezbollah as saying it would respond.", quotation_source)
    [('Kataib Hezbollah', 'quoted_by', 'Reuters')]
    >>> read("Fartousi gave an interview to Al-Mayadeen on Tuesday.", quotation_source)
    [('Fartousi', 'quoted_by', 'Al-Mayadeen')]
    >>> read("Israeli jets struck targets near Damascus, SANA reported.", quotation_source)
    []
    >>> read("The group vowed revenge, according to a statement published by Sabereen News.", quotation_source)
    [('group', 'quoted_by', 'Sabereen News')]
    >>> read("The envoy said that Tehran backed the government, in an interview with Al-Sumaria.", quotation_source)
    [('envoy', 'quoted_by', 'Al-Sumaria')]
    """
    for token in sent:
        lemma = lemma_of(token)
        if token.pos_ == "VERB" and (outlets := _outlets_told(token, lexicon)):
            for speaker in _tellers(token, lexicon):
                for outlet in outlets:
                    yield frame(speaker, "quoted_by", outlet, token, "quotation_source.told")
        if (reporter := _reporter(token, lexicon)) is None:
            continue
        # ("Israeli jets struck targets near Damascus, SANA reported": an act of force told is the outlet's own
        # news, no word of the striker's)
        # (but one a speaker announced is the speaker's word: "X announced that its fighters attacked Y, according to
        # a statement published by Z")
        clauses = [c.head if c.dep_ == "ccomp" and lemma_of(c.head) in lexicon.speech_verbs else c
                   for c in _reported_clauses(token)]
        for clause in (c for c in clauses if verb_predicate(c, lexicon) not in assault_predicates()):
            for subject in subjects_of(clause):
                yield frame(subject, "quoted_by", reporter, token, "quotation_source.reported")
        if lemma == "quote" and any(lemma_of(c) in lexicon.speech_verbs for p in token.children if p.lower_ == "as"
                                    for c in p.children):
            # "Reuters quoted Kataib Hezbollah as saying": the one quoted is the object
            for quoted in direct_objects(token):
                yield frame(quoted, "quoted_by", reporter, token, "quotation_source.reported")


def _tellers(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who gave an outlet the word a verb tells: its subjects, or, where the parser hung the interview on a clause
    reported ("said that Tehran backed the government, in an interview with Al-Sumaria"), the reporting verb's."""
    clause = first_conjunct(verb)
    reported = clause.dep_ == "ccomp" and lemma_of(clause.head) in lexicon.speech_verbs and lemma_of(verb) not in (
        lexicon.telling_verbs | lexicon.speech_verbs | lexicon.talking_verbs | lexicon.granting_verbs)
    return subjects_of(clause.head if reported else verb)


def _reporter(token: Token, lexicon: Lexicon) -> Token | None:
    """The outlet a verb of reporting or an "according to" names: "AFP reported", "according to AFP", "according to
    a statement published by Sabereen News" (the outlet that carried the message)."""
    if lemma_of(token) in lexicon.report_verbs and token.pos_ == "VERB":
        return next((c for c in token.children if c.dep_ == "nsubj"), None)
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor().lower_ != "to":
        return None
    reporter = next((c for c in token.nbor().children if c.dep_ == "pobj"), None)
    if reporter is not None and lemma_of(reporter) in lexicon.message_nouns:
        return next((o for p in reporter.children if p.dep_ == "acl" and lemma_of(p) in lexicon.broadcasting_verbs
                     for o in passive_agents(p)), None)
    return reporter


def _outlets_told(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The outlets a verb of telling, speaking or giving an interview gives its subject's word to."""
    lemma = lemma_of(verb)
    if lemma in lexicon.granting_verbs:
        # "gave an interview to Al-Mayadeen": the parser hangs the outlet on the verb or on the interview
        return [o for interview in direct_objects(verb) if lemma_of(interview) in lexicon.interview_nouns
                for o in prep_objects(verb, {"to"}) + prep_objects(interview, {"to", "with"})]
    # "said in an interview with Al-Sumaria", "in remarks to Al Mayadeen", and whatever one does in an interview
    # ("In an interview with Asharq Al-Awsat, Hussein discussed the war")
    interviewers = [o for n in prep_objects(verb, {"in"}) if lemma_of(n) in lexicon.interview_nouns
                    for o in prep_objects(n, {"with", "to"})]
    if lemma not in lexicon.telling_verbs | lexicon.speech_verbs | lexicon.talking_verbs:
        return interviewers
    outlets = [c for c in verb.children if c.dep_ in {"dobj", "dative"}] if lemma in lexicon.telling_verbs else []
    # "spoke to Al-Mayadeen", "Speaking to Reuters, Mohi said" (to whom else one speaks is no outlet, by the
    # predicate's types)
    outlets += prep_objects(verb, {"to", "with"}) if lemma in lexicon.talking_verbs else []
    outlets += interviewers
    # "In a statement carried by Sepah News, the IRGC said"
    return outlets + [o for n in prep_objects(verb, {"in"}) if lemma_of(n) in lexicon.interview_nouns | (
        lexicon.message_nouns) for p in n.children if p.dep_ == "acl" and lemma_of(p) in (
        lexicon.broadcasting_verbs) for o in passive_agents(p)]


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses whose content a reporting verb attributes: its complement, or the clause it is parenthetical to."""
    clauses = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    if verb.dep_ in {"parataxis", "ccomp", "advcl", "prep"} or verb.lower_ == "according":
        head = verb.head
        while head.dep_ == "prep" and head.head != head:
            head = head.head
        clauses.append(head)
    return clauses


def labelled_fault(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Calling an actor or its act something harmful: accusing the actor.

    >>> read('The minister called the strikes "a violation of our sovereignty".', labelled_fault)
    [('minister', 'accuses', 'strikes')]
    >>> read("The ministry called the strike a violation of Iraqi sovereignty by Turkey.", labelled_fault)
    [('ministry', 'accuses', 'strike'), ('ministry', 'accuses', 'Turkey')]
    >>> read("Safavi described the killing of Soleimani by the US as a cowardly terrorist act.", labelled_fault)
    [('Safavi', 'accuses', 'killing')]
    >>> read("It was a strike the government described as a violation of sovereignty.", labelled_fault)
    [('government', 'accuses', 'strike')]
    >>> read("Kanaani condemned the US attack on the PMF, calling it a violation of sovereignty.", labelled_fault)
    [('Kanaani', 'accuses', 'US attack')]
    >>> read("Ankara regards the PKK as a terrorist organization.", labelled_fault)
    [('Ankara', 'accuses', 'PKK')]
    >>> read("The Syrian government, which considers the US presence an occupation, spoke.", labelled_fault)
    [('which', 'accuses', 'US presence')]
    >>> read("Syria considers the US presence illegal.", labelled_fault)
    [('Syria', 'accuses', 'US presence')]
    >>> read("US strike kills four PMF members; Iraq calls it a heinous crime", labelled_fault)
    [('Iraq', 'accuses', 'US strike')]
    >>> read("Ankara regards the YBS as an extension of the PKK, which is designated a terrorist group.",
    ...      labelled_fault)
    []
    >>> read("Saar named Kataib Hezbollah and Badr as groups that had attacked Israel.", labelled_fault)
    [('Saar', 'accuses', 'Kataib Hezbollah'), ('Saar', 'accuses', 'Badr')]
    >>> read("Fayyadh called the strike an aggression against Iraq.", labelled_fault)
    [('Fayyadh', 'accuses', 'strike')]
    >>> read("Israel called the seizure an act of terrorism by Iran.", labelled_fault)
    [('Israel', 'accuses', 'seizure'), ('Israel', 'accuses', 'Iran')]
    """
    for verb in sent:
        treating, naming = lemma_of(verb) in lexicon.treating_verbs, lemma_of(verb) in lexicon.naming_verbs
        if lemma_of(verb) not in lexicon.labelling_verbs and not treating and not naming or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        labels = _labels(verb, objects, treating or naming)
        words = set() if naming else _label_words(labels)
        # treating an actor as an occupier opposes it (labelled_occupier) and charges it with nothing
        if not words & (lexicon.fault_words - lexicon.occupation_words if treating else lexicon.fault_words) and (
                not _of_attackers(labels, lexicon)) and not _attack_on_someone(labels, lexicon):
            continue
        wrongdoers = _wrongdoers_labelled(verb, labels, lexicon)
        # ("named Kataib Hezbollah and Badr as groups that": each one named)
        for obj in dict.fromkeys(o for t in _labelled(verb, objects, labels, lexicon) + wrongdoers
                                 for o in conjuncts(t)):
            for subject in _labellers(verb, lexicon):
                yield frame(subject, "accuses", obj, verb, "labelled_fault")


def _wrongdoers_labelled(verb: Token, labels: list[Token], lexicon: Lexicon) -> list[Token]:
    """Who did the wrong a label calls an act: "called the strike a violation of Iraqi sovereignty by Turkey", "an
    Iranian act of terrorism", "called the strikes a mistake by the US" (the parser's "by" on the verb)."""
    wrongdoers = [a for label in labels for t in label.subtree if lemma_of(t) in lexicon.fault_words
                  for a in agents_in_phrase(t)]
    wrongdoers += [a for label in labels for a in doers_of_wrong_named(label, lexicon)]
    return wrongdoers if is_passive(verb) else wrongdoers + passive_agents(verb)


def _attack_on_someone(labels: list[Token], lexicon: Lexicon) -> bool:
    """Whether a label calls an act an attack on someone: "called the strike an attack on the Iraqi state".

    >>> read("Fayyadh called the strike an attack on the Iraqi state.", labelled_fault)
    [('Fayyadh', 'accuses', 'strike')]
    """
    return any(lexicon.noun_predicates.get(lemma_of(label)) == "attacks" and prep_objects(label, lexicon.target_preps)
               for label in labels)


def _of_attackers(labels: list[Token], lexicon: Lexicon) -> bool:
    """Whether a label names those who attacked or killed: "named X and Y as groups that had attacked Israel", or
    took part in attacks: "as groups involved in the attacks".

    >>> read("Saar named Kataib Hezbollah and Badr as groups involved in the attacks.", labelled_fault)
    [('Saar', 'accuses', 'Kataib Hezbollah'), ('Saar', 'accuses', 'Badr')]
    """
    clauses = [v for label in labels for v in label.children if v.dep_ in {"relcl", "acl"}]
    return any(verb_predicate(v, lexicon) in {"attacks", "kills"} for v in clauses if v.dep_ == "relcl") or any(
        takes_part(v, lexicon) and any(lexicon.noun_predicates.get(lemma_of(o)) in {
            "attacks", "kills"} for o in prep_objects(v, {"in"})) for v in clauses)


def _labelled(verb: Token, objects: list[Token], labels: list[Token], lexicon: Lexicon) -> list[Token]:
    """What a verb of labelling labels: its objects, but for what a pronoun stands for where the sentence says."""
    # "considers the PKK a terrorist organisation" or "the US presence illegal", which the parser reads as a clause of
    # its own
    labelled = [o for o in objects if o not in labels] + [
        s for label in labels if label.dep_ == "ccomp" and label.pos_ in {"NOUN", "ADJ"} for s in label.children
        if s.dep_ == "nsubj"]
    if not objects and verb.dep_ == "relcl":
        labelled.append(verb.head)  # "a strike the government described as a violation": the strike
    # "condemned the US attack on the PMF, calling it a violation": "it" is what was condemned
    governor = _participle_governor(verb)
    done = direct_objects(governor) if verb.tag_ == "VBG" and verb.dep_ in {"advcl", "xcomp"} and (
        lexicon.verb_predicates.get(lemma_of(governor)) in {"accuses", "opposes"}) else []
    if done:
        return [d for o in labelled for d in (done if o.lower_ in {"it", "them"} else [o])]
    # "US strike kills four PMF members; Iraq calls it a heinous crime": a wrong is an act, the last one told
    if any(lemma_of(label) in lexicon.fault_words for label in labels):
        return [(_act_told_before(o, lexicon) or o) if o.lower_ in {"it", "this"} else o for o in labelled]
    return labelled


def _act_told_before(pronoun: Token, lexicon: Lexicon, sentences_back: int = 1) -> Token | None:
    """The noun of the last attack or killing told before a pronoun, in its sentence or as many before it."""
    start = pronoun.sent.start
    for _ in range(sentences_back):
        start = sentence_before(pronoun.doc[start]).start
    return next((t for t in reversed(pronoun.doc[start:pronoun.i]) if t.pos_ == "NOUN" and lexicon.noun_predicates.get(
        lemma_of(t)) in {"attacks", "kills"}), None)


def _labels(verb: Token, objects: list[Token], treating: bool) -> list[Token]:
    """What a verb of calling or treating names its objects: "called the strikes a violation", "described the
    assassination as a terrorist act", "regards the PKK as a terrorist organisation" (a verb of treating, only with
    "as"), "described the shelling as unacceptable".

    >>> read("Barzani described the shelling as unacceptable.", labelled_fault)
    [('Barzani', 'accuses', 'shelling')]
    >>> read("The commission dismissed Washington's threat to shut its embassy as a blatant provocation.",
    ...      labelled_fault)
    [('commission', 'accuses', 'threat')]
    """
    labels = [] if treating else [c for c in verb.children if c.dep_ in {"oprd", "xcomp", "attr", "ccomp"}]
    # the parser may hang the "as" on the object, or on an infinitive on it ("dismissed Washington's threat to shut
    # its embassy as a blatant provocation")
    labels += prep_objects(verb, {"as"}) + [label for o in objects for t in (o, *(c for c in o.children if (
        c.dep_ == "acl" and c.tag_ == "VB"))) for label in prep_objects(t, {"as"})]
    # ("described the shelling as unacceptable": the parser hangs an adjective on the "as" as a modifier)
    labels += [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "as" for a in p.children
               if a.dep_ in {"amod", "acomp"}]
    if not treating:  # "considers the US presence an occupation": the parser may take the label for an apposition
        labels += [a for o in objects for a in o.children if a.dep_ == "appos" and a.doc[a.left_edge.i - 1].text != ","]
    if len(objects) > 1 and not treating:  # "the strike, which it called a violation", "called the strike an
        # aggression": the parser takes the label for a second object (right after the first, or after "which")
        labels += [o for o in objects[1:] if objects[0].lower_ in RELATIVE_PRONOUNS or (
            o.left_edge.i == objects[0].right_edge.i + 1)]
    return labels


def _label_words(labels: list[Token]) -> set[str]:
    """The words and lemmas of labels, not of what a relative clause or a participle in them says ("an extension of
    the PKK, which is designated a terrorist group", "a base used by American occupiers").

    >>> read("Kataib Hezbollah said it fired rockets at what it called a base used by American occupiers.",
    ...      labelled_fault)
    []
    """
    said = [t for label in labels for t in label.subtree if not any(
        a.dep_ in {"relcl", "acl"} and a != label for a in (t, *t.ancestors) if a in label.subtree)]
    # (and a plural's singular, where the tagger took a lowercase plural for a name's: "outlaws")
    return {lemma_of(t) for t in said} | {t.lower_ for t in said} | {
        t.lower_.removesuffix("s") for t in said if t.tag_ == "NNPS" and t.is_lower}


def _labellers(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who calls something by a label: the subject of the verb of calling, or, for a participle the parser hangs on
    a reported clause, the reporter ("the commission said the US strike killed civilians, calling it a war crime").

    >>> read("The commission said the US strike killed civilians, calling it a war crime.", labelled_fault)
    [('commission', 'accuses', 'US strike')]
    """
    if (reporter := reporter_of_participle(verb, lexicon)) != verb:
        return subjects_of(reporter)
    if (governor := _participle_governor(verb)) != verb.head:
        return subjects_of(governor)
    return subjects_of(verb)


def _participle_governor(participle: Token) -> Token:
    """The verb a participle set off by a comma tells of, where the parser hung it on a relative clause before it:
    "condemned the attack that killed a commander, describing it as terrorism" (the condemning describes).

    >>> read("Kanaani condemned the US attack that killed a PMF commander, describing it as terrorism.",
    ...      labelled_fault)
    [('Kanaani', 'accuses', 'US attack')]
    """
    clause = participle.head
    if participle.dep_ == "advcl" and participle.tag_ == "VBG" and clause.dep_ == "relcl" and (
            participle.nbor(-1).text == ",") and clause.head.head.pos_ == "VERB":
        return clause.head.head
    return clause


def reported_fault(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor does harm: the speaker accuses the actor.

    >>> read('"The occupiers violate our sovereignty," the minister said.', reported_fault, speaker="speaker")
    [('speaker', 'accuses', 'occupiers')]
    >>> read("The ministry said the PKK threatened Iraq's stability.", reported_fault, speaker="ministry")
    [('ministry', 'accuses', 'PKK')]
    >>> read("The army said the strike was an act of aggression by the US.", reported_fault, speaker="army")
    [('army', 'accuses', 'strike'), ('army', 'accuses', 'US')]
    >>> read("He said Iran supports the resistance against the occupiers.", reported_fault, speaker="he")
    []
    >>> read("He said Baghdad had complained about Israeli threats.", reported_fault, speaker="he")
    []
    >>> read("He said the United States holds Iran responsible for the attacks.", reported_fault, speaker="he")
    []
    >>> read("He said the KRG must cooperate against terrorist groups.", reported_fault, speaker="he")
    []
    >>> read("The party said the elections were rigged by the Sadrists.", reported_fault, speaker="party")
    [('party', 'accuses', 'Sadrists')]
    >>> read("He said the government protects coalition advisers and would pursue those responsible.",
    ...      reported_fault, speaker="he")
    []
    >>> read("The ministry warned that any U.S. strike would be a violation of its sovereignty.", reported_fault,
    ...      speaker="ministry")
    []
    >>> read("The ministry said the names are fronts used by Kataib Hezbollah.", reported_fault, speaker="ministry")
    [('ministry', 'accuses', 'Kataib Hezbollah')]
    """
    if sent._.speaker is None or not (cue_words := _fault_cues(sent, lexicon)):
        return
    accused: set[Token] = set()
    for verb in _fault_clause_verbs(sent):
        if _charges_no_one(verb, lexicon):
            continue
        clause = own_clause(verb) - _struck_objects(verb, lexicon) - _labelled_objects(verb, lexicon)
        if not clause & cue_words or any(c.dep_ == "pobj" and c.head.lower_ == "as" for c in clause & cue_words):
            continue  # (and "treat any US troops who remain after the deadline as occupiers", however it is parsed)
        doers = {a for s in subjects_of(verb) for c in conjuncts(s) for a in actor_ids_at(c)}
        speaker = _clause_speaker(verb, lexicon)
        if speaker is None or speaker in doers or _one_side(speaker, doers, sent.doc._.actors or {}):
            # "Kataib Hezbollah and the Houthis threaten Israel", "Iraqi forces killed an ISIS commander, the Joint
            # Operations Command said": the speaker's own act, or its own state's, not its charge
            continue
        # ("any U.S. strike would be a violation": a wrong supposed is no one's charge)
        subjects = [s for s in _wrongdoers(verb, clause & cue_words, lexicon) if not supposed(s, lexicon)
                    and not _one_side(speaker, set(actor_ids_at(s)), sent.doc._.actors or {})]
        # (an infinitive's wrong is in the clause above it too: "continues to use its proxies to threaten Iraq")
        cue = next(iter(clause & cue_words))
        yield from said_of(speaker, "accuses", [s for s in subjects if s not in accused], cue, "reported_fault")
        accused.update(subjects)


def _fault_clause_verbs(sent: Span) -> list[Token]:
    """The verbs whose clauses may hold a fault: the clause verbs, and the infinitives on nouns, whose clauses no
    other verb's holds ("said the sanctions were an attempt to distract from American crimes")."""
    return [*clause_verbs(sent), *(t for t in sent if t.dep_ == "acl" and t.pos_ == "VERB" and is_to_infinitive(t))]


def _fault_cues(sent: Span, lexicon: Lexicon) -> set[Token]:
    """The words by which a speaker finds fault with someone in a sentence: not a wrong one acts against ("supports
    the resistance against the occupiers", "cooperate against terrorist groups"), nor one a pronoun is described by
    ("would pursue those responsible" names no one), nor a word of an actor's proper name ("the Counter-Terrorism
    Service"), nor one a verb of holding puts on its object, whose charge the holder makes ("will not hesitate to
    hold responsible all those who threaten our forces").

    >>> read('"The United States will not hesitate to hold responsible all those who harm our forces," he said.',
    ...      reported_fault, speaker="he")
    []
    """
    return {t for t in sent if (lemma_of(t) in lexicon.fault_words or t.lower_ in lexicon.fault_words)
            and not (t.pos_ == "PROPN" and names_an_actor(t))
            and not ((phrase := t.head if t.dep_ in {"amod", "compound"} else t).dep_ == "pobj"
                     and phrase.head.lower_ in lexicon.adversary_preps)
            and not _denied_of_subject(t) and not _a_duty(t, lexicon)
            and not (t.dep_ == "amod" and t.head.tag_ in {"DT", "PRP", "WP"})
            and not (t.dep_ in {"acomp", "oprd"} and lemma_of(t.head) in lexicon.holding_verbs)
            } | _harm_to_the_innocent(sent, lexicon) | {t for t in sent if t.lower_ in lexicon.front_nouns and (
                t.dep_ == "attr") and t.head.dep_ == "ccomp" and _front_users(t)} | {
        t for t in sent if _pretext_sought(t, lexicon)}


def _pretext_sought(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a word of a pretext is what one seeks, to do harm: "said Israel was seeking a pretext to attack Iraq",
    "looking for an excuse to strike" (lexicon `pretext_nouns`, `pretext_seeking_verbs`).

    >>> read("Baghdad said Israel was seeking a pretext to attack Iraq.", reported_fault, speaker="Baghdad")
    [('Baghdad', 'accuses', 'Israel')]
    >>> read("Baghdad said Israel was looking for an excuse to strike Iraq.", reported_fault, speaker="Baghdad")
    [('Baghdad', 'accuses', 'Israel')]
    """
    if lemma_of(noun) not in lexicon.pretext_nouns or noun.dep_ not in {"dobj", "pobj"}:
        return False  # (the cheap test first: this runs for every word of a reported sentence)
    seeking = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else noun.head
    return lemma_of(seeking) in lexicon.pretext_seeking_verbs


def _front_users(front: Token) -> list[Token]:
    """Who a front is said to be for or used by, in a clause a speaker reports ("officials said the names are fronts
    used by Iran-backed militias", "a front for Kataib Hezbollah"): the charge is theirs, not the front's; a group
    "believed to be a front" is charged by no one the sentence names."""
    users = [a for c in front.children if c.dep_ == "acl" for a in passive_agents(c)]
    return prep_objects(front, {"for", "of"}) + users


def _clause_speaker(verb: Token, lexicon: Lexicon) -> str | None:
    """The actor who says a clause: the one the verb of speech reporting it has for subject ("KH vowed revenge, and
    the Iraqi government said the strike was a violation"), else the sentence's speaker; no one where that subject
    is a bare plural noun naming no actor ("the group, which analysts said was a front for X": not the group's
    charge).

    >>> read("The group praised the attack, which analysts said was a front for Kataib Hezbollah.", reported_fault,
    ...      speaker="group")
    []
    """
    said_by = speaker_for(verb, lexicon)
    if not isinstance(said_by, Token):
        return verb.sent._.speaker
    named = actor_ids_at(said_by)
    if not named and said_by.tag_ == "NNS":
        # ("U.S. officials say it is a front for X": officials of a state say it for their state)
        named = [a for c in said_by.children if c.dep_ in {"compound", "amod"} and c.pos_ == "PROPN"
                 for a in actor_ids_at(c)]
    # (bare: "its leaders said" are the sentence's speaker's men)
    bare = said_by.tag_ == "NNS" and not any(c.dep_ in {"poss", "compound", "amod"} for c in said_by.children)
    return named[0] if named else None if bare else verb.sent._.speaker


def _one_side(speaker: str, doers: set[str], actors: dict) -> bool:
    """Whether a speaker and the doers of what it says are bodies or forces of one state, or the state itself."""
    def side(actor_id: str) -> str | None:
        actor = actors.get(actor_id)
        return None if actor is None else actor.id if actor.type == "Country" else actor.state

    own = side(speaker)
    return own is not None and any(side(doer) == own for doer in doers)


def _denied_of_subject(word: Token) -> bool:
    """Whether a word of fault is in what its clause says its subject is not: "they are not a threat", "is no
    threat", "are not a threat to anyone but the occupier".

    >>> read('He said the factions were not a threat to anyone except the occupier.', reported_fault, speaker="He")
    []
    """
    phrase = word
    while phrase.dep_ in {"pobj", "prep"}:
        phrase = phrase.head
    return phrase.dep_ in {"attr", "acomp"} and (negated(phrase.head) or any(
        c.dep_ == "det" and c.lower_ == "no" for c in phrase.children))


def _charges_no_one(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the wrongs a verb's clause names are no charge the speaker makes against its doer."""
    # ("Turkey continues its attacks": going on with an act is no saying)
    going_on = lemma_of(verb) in lexicon.continuation_verbs and any(c.dep_ == "dobj" for c in verb.children)
    if lemma_of(verb) in lexicon.speech_verbs - lexicon.fault_words and not going_on:
        return True  # what is said is no harm done, but "the PKK threatened Iraq's stability" is
    readings = [lemma_of(verb)] + [f"{lemma_of(verb)}_{c.lower_}" for c in verb.children if c.dep_ == "prep"]
    if {lexicon.verb_predicates.get(r) for r in readings} & {"accuses", "opposes", "demands"} or (
            lemma_of(verb) in lexicon.holding_verbs and not is_passive(verb)):
        # "Baghdad had complained about Israeli threats", "the US holds Iran responsible", "urged him to hold
        # those responsible to account": who complains of a wrong, or holds another to it, did not do it
        return True
    if _course_of_events(verb, lexicon):
        return True
    if verb.dep_ == "relcl" and verb.head.dep_ in SUBJECT_DEPS and lemma_of(verb.head.head) in lexicon.speech_verbs:
        return True  # "Kataib Hezbollah, which the US blames for the attacks, said": the narrator's words, not KH's
    return bool(prep_objects(verb, {"as"}))  # "X look at Y as invaders": a view held by X, not the speaker's charge


def _course_of_events(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of fault tells only how acts go on, its subject the acts and no one harmed ("the attacks would
    escalate"), which is no charge against their doer.

    >>> read("Its spokesman said the attacks would escalate.", reported_fault, speaker="spokesman")
    []
    >>> read("He said the attacks threatened Iraq's stability.", reported_fault, speaker="He")
    [('He', 'accuses', 'attacks')]
    """
    subjects = subjects_of(verb)
    # (what comes after it: the parser may hang the clause's "that" on the verb as its object)
    return bool(subjects) and lemma_of(verb) in lexicon.fault_words and not any(
        c.dep_ in OBJECT_DEPS | {"prep"} for c in verb.rights) and all(
        lexicon.noun_predicates.get(lemma_of(s)) in assault_predicates() for s in subjects)


def _harm_to_the_innocent(sent: Span, lexicon: Lexicon) -> set[Token]:
    """The attacks or killings a sentence tells of done to those no war makes targets, or to a state's standing:
    "had targeted civilians", "fired on peaceful demonstrators", "an assault on Iraqi sovereignty" (told by a
    speaker, a wrong the speaker charges).

    >>> read("The SDF said Turkish drones had deliberately targeted civilians.", reported_fault, speaker="SDF")
    [('SDF', 'accuses', 'drones')]
    >>> read("Sudani said the killing was an assault on Iraqi sovereignty.", reported_fault, speaker="Sudani")
    [('Sudani', 'accuses', 'killing')]
    >>> read('"They target our people and our economy," Talabani said.', reported_fault, speaker="Talabani")
    [('Talabani', 'accuses', 'They')]
    >>> read("Treasury said Khazali had ordered the killing of protesters.", reported_fault, speaker="Treasury")
    [('Treasury', 'accuses', 'Khazali')]
    >>> read("Mnuchin said Iran's proxies were killing Iraqi citizens.", reported_fault, speaker="Mnuchin")
    [('Mnuchin', 'accuses', 'proxies')]
    >>> read("Treasury said Kataib Hezbollah opened fire on protesters.", reported_fault, speaker="Treasury")
    [('Treasury', 'accuses', 'Kataib Hezbollah')]
    """
    def innocent(victim: Token) -> bool:
        # (or the speaker's own: "they target our people", "they have killed our brothers")
        return lemma_of(victim) in lexicon.innocent_nouns or any(
            c.dep_ == "poss" and c.lower_ == "our" for c in victim.children)

    harms = {verb for verb in sent if verb.pos_ == "VERB" and lexicon.verb_predicates.get(lemma_of(verb)) in {
        "attacks", "kills"} and any(map(innocent, direct_objects(verb) + prep_objects(verb, lexicon.target_preps)))}
    # ("ordered the killing of protesters": an act named by a noun, on those no war makes targets)
    acts = [noun for noun in sent if noun.pos_ == "NOUN" and lexicon.noun_predicates.get(lemma_of(noun)) in {
        "attacks", "kills"}]

    def done_to(act: Token, preps: frozenset[str]) -> list[Token]:
        # ("opened fire on protesters": the parser hangs the target on the light verb)
        light = act.dep_ == "dobj" and lemma_of(act.head) in lexicon.light_verbs
        return prep_objects(act, preps) + (prep_objects(act.head, preps) if light else [])
    return harms | {act for act in acts if any(map(innocent, done_to(act, lexicon.target_preps | {"of"}))) or (
        lexicon.noun_predicates.get(lemma_of(act)) == "attacks" and any(
            lemma_of(o) in lexicon.standing_nouns for o in done_to(act, lexicon.target_preps)))}


def _wrongdoers(verb: Token, cues: set[Token], lexicon: Lexicon) -> list[Token]:
    """Who does the wrongs that words of fault in a verb's clause name."""
    # "they have killed our brothers and violated our sovereignty"; but "struck the base in response to the crimes of
    # X": the wrong answered is another's
    # ("the elections were rigged by the Sadrists": a wrong done is its agent's, not what it was done to)
    # ("the two sides discussed the threat posed by ISIS": who talks a wrong over did not do it)
    if all(cue.lower_ in lexicon.front_nouns for cue in cues):
        return [user for cue in cues for user in _front_users(cue)]
    subjects = [] if all(_answered(cue, verb, lexicon) for cue in cues) or (
        lemma_of(verb) in lexicon.discussion_verbs) else passive_agents(verb) if (
        verb in cues and is_passive(verb)) else [
        s for s in verb.children if s.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS] or (
        subjects_of(verb) if verb.dep_ == "conj" or _done_by_subject_above(verb, lexicon) else [])
    subjects += _commanders_of(subjects, lexicon)
    # "an act of aggression by the United States", "the crimes of the Zionist entity", "the occupation's crimes",
    # "the massacres committed by the Zionist entity"
    # ("a response to the American occupation": a word of a wrongdoer that names an actor names the wrongdoer)
    labelled = [cue for cue in cues if cue.pos_ == "NOUN" and lemma_of(cue) in lexicon.wrongdoer_nouns and (
        actor_ids_at(cue))]
    # ("Israeli massacres", "PKK terrorism": the doer named on the wrong)
    return subjects + labelled + [a for cue in cues if cue.pos_ == "NOUN" for a in _doers_named_on_wrong(cue, lexicon)]


def _doers_named_on_wrong(wrong: Token, lexicon: Lexicon) -> list[Token]:
    """Who a noun of a wrong names as its doers: its agents, the actors named before it ("Israeli massacres") and
    its "of" ("the crimes of the occupation"), but not where a killing's "of" names whom it killed ("the
    assassination of Soleimani") or the doer is named before it ("the American occupation of eastern Syria": the
    "of" is what is occupied).

    >>> read("Kaabi said the American occupation of eastern Syria was illegal.", reported_fault, speaker="Kaabi")
    [('Kaabi', 'accuses', 'occupation')]
    """
    named_before = [c for c in wrong.children if c.dep_ in {"poss", "amod", "compound"} and actor_ids_at(c)]
    agents = agents_in_phrase(wrong)
    of = [] if agents or named_before or lexicon.noun_predicates.get(lemma_of(wrong)) == "kills" else [
        o for o in prep_objects(wrong, {"of"}) if actor_ids_at(o)]
    return agents + of + named_before + participle_agents(wrong, lexicon)


def _commanders_of(doers: list[Token], lexicon: Lexicon) -> list[Token]:
    """Who directs, orders or leads the unnamed men a wrong's doers are: the wrong is charged to them too.

    >>> read("Treasury said Lami directed a cell of gunmen that opened fire on protesters.", reported_fault,
    ...      speaker="Treasury")
    [('Treasury', 'accuses', 'that'), ('Treasury', 'accuses', 'Lami')]
    >>> read("Treasury said Lami ordered gunmen to open fire on protesters.", reported_fault, speaker="Treasury")
    [('Treasury', 'accuses', 'Lami')]
    >>> read("Treasury said groups led by Khazali fired on peaceful demonstrators.", reported_fault,
    ...      speaker="Treasury")
    [('Treasury', 'accuses', 'groups'), ('Treasury', 'accuses', 'Khazali')]
    """
    def commanding(verb: Token) -> bool:
        return lemma_of(verb) in lexicon.instructing_verbs or lexicon.verb_predicates.get(lemma_of(verb)) == "leads"

    commanders = []
    for doer in doers:
        men = doer.head.head if doer.lower_ in RELATIVE_PRONOUNS and doer.head.dep_ == "relcl" else doer
        if actor_ids_at(men):
            continue
        commanders += [a for c in men.children if c.dep_ == "acl" and commanding(c)
                       for a in passive_agents(c)]  # "groups led by Khazali"
        if men.dep_ == "pobj" and men.head.lower_ == "of":
            men = men.head.head  # "a cell of gunmen"
        ordered = men.head if men.dep_ == "dobj" else None
        if men.dep_ == "nsubj" and men.head.dep_ in {"ccomp", "xcomp"}:
            ordered = men.head.head  # "ordered gunmen to open fire", however the parser hangs the men
        if ordered is not None and commanding(ordered):
            commanders += subjects_of(ordered)
    return commanders


def _done_by_subject_above(verb: Token, lexicon: Lexicon) -> bool:
    """Whether an infinitive's doer is the subject of the verb it hangs on: "continues to threaten Iraq", "uses its
    proxies to threaten Iraq" (but in "urged Iran to stop" the one urged is).

    >>> read('"Iran continues to use its proxies to threaten Iraq," Blinken said.', reported_fault, speaker="Blinken")
    [('Blinken', 'accuses', 'Iran')]
    >>> read("Raisi called on Iraq to disarm the terrorist groups.", reported_fault, speaker="Raisi")
    []

    So is the doer of an infinitive of purpose: "had met Sunni and Kurdish politicians to undermine the government".

    >>> read("Salem said Romanowski had met Sunni and Kurdish politicians to undermine the government.",
    ...      reported_fault, speaker="Salem")
    [('Salem', 'accuses', 'Romanowski')]
    """
    if verb.dep_ == "advcl":  # an infinitive of purpose, with no mark of a clause of its own
        return is_to_infinitive(verb) and not any(c.dep_ == "mark" for c in verb.children) and not (
            asked_by_preposition(verb))
    return verb.dep_ == "xcomp" and is_to_infinitive(verb) and (
        not direct_objects(verb.head) and not asked_by_preposition(verb)
        or lemma_of(verb.head) in lexicon.instrument_verbs)


def _answered(word: Token, verb: Token, lexicon: Lexicon) -> bool:
    """Whether a word of a verb's clause names what the clause answers ("in response to the crimes of X", "in
    retaliation for the aggression")."""
    current = word
    while current != verb and current.head != current:
        current = current.head
        if lemma_of(current) in lexicon.answering_nouns | lexicon.response_verbs:
            return True
    return False


def blame(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor was behind, responsible for, or the planner of an act: the speaker accuses it.

    >>> read('The monitor said the militias were behind the attacks.', blame)
    [('monitor', 'accuses', 'militias')]
    >>> read('Pompeo said the attack had been planned by Kataib Hezbollah.', blame)
    [('Pompeo', 'accuses', 'Kataib Hezbollah')]
    >>> read('Pentagon: Kataib Hezbollah behind Jordan attack', blame, speaker="speaker")
    [('speaker', 'accuses', 'Kataib Hezbollah')]
    >>> read('Iran said the United States bears full responsibility for the attack.', blame)
    [('Iran', 'accuses', 'United States')]
    >>> read('Barzani said the federal government bore responsibility for protecting the region.', blame)
    []
    >>> read('She said the United States held Iran responsible.', blame)
    []
    >>> read('Khazali said his movement stood behind the government.', blame)
    []
    """
    for token in sent:
        # ("she said the United States held Iran responsible": the holder accuses, in held_responsible)
        culprit_adjective = token.lower_ in lexicon.culprit_adjectives and token.pos_ == "ADJ" and not _a_duty(
            token, lexicon) and lemma_of(token.head) not in lexicon.holding_verbs
        if _responsibility_borne(token, lexicon):
            subjects, pattern = subjects_of(token.head), "blame"  # "said the United States bears responsibility"
        elif token.lower_ in lexicon.culprit_preps or culprit_adjective:
            if (subjects := _culprits(token, culprit_adjective, lexicon)) is None:
                continue
            pattern = "blame"
        elif lemma_of(token) in lexicon.plotting_verbs and token.pos_ == "VERB" and not _only_able_to(token, lexicon):
            # "he said the attack had been planned by X": the plotter is accused
            # ("planning and carrying out attacks": the acts of the verb coordinated after it are its own too)
            acts = [c for v in (token, *token.conjuncts) if v.i >= token.i for c in v.children
                    if c.dep_ in {"dobj", "nsubjpass"}]
            if not any(lexicon.noun_predicates.get(lemma_of(a)) in {"attacks", "kills"} for a in acts):
                continue
            subjects, pattern = passive_agents(token) if is_passive(token) else subjects_of(token), "blame.plot"
            subjects += _accomplices(token, subjects, lexicon)
        elif lemma_of(token) in lexicon.instrument_verbs and token.pos_ == "VERB" and token.dep_ != "acl" and not (
                is_passive(token)) and _used_for_attacks(token, lexicon):
            subjects, pattern = subjects_of(token), "blame.plot"  # "said Komala used the region as a base for attacks"
        elif token.pos_ == "VERB" and takes_part(token, lexicon) and _part_in_attacks(
                token, lexicon) and not joins_a_partner(token, lexicon):
            subjects, pattern = taking_part(token), "blame.part"  # "said X had been involved in attacks"
        else:
            continue
        # who says so, looked up only for the words of blame
        if (speaker := speaker_for(token, lexicon)) is not None:
            yield from said_of(speaker, "accuses", subjects, token, pattern)


def _only_able_to(plot: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of plotting (or the first of those it is coordinated with) only says what one is able, or has
    the right, to do: no plot is charged.

    >>> read("CENTCOM said the raid would degrade ISIS' ability to plan and organize attacks.", blame)
    []
    """
    first = plot.conjuncts[0] if plot.dep_ == "conj" else plot
    return first.dep_ == "acl" and lemma_of(first.head) in lexicon.entitlement_nouns


def _culprits(token: Token, adjective: bool, lexicon: Lexicon) -> list[Token] | None:
    """Whom a word of blame ("behind", "responsible") names the culprits; None where it tells a stand taken.

    >>> read('Pompeo warned that Washington would act unless Baghdad reined in militias responsible for rocket '
    ...      'attacks.', blame)
    [('Pompeo', 'accuses', 'militias')]
    """
    verb = token.head if token.dep_ in {"prep", "acomp"} else token
    harms = {"attacks", "kills"}
    if verb.pos_ == "VERB" and lexicon.verb_predicates.get(phrasal_lemma(verb)) is not None and not any(
            lexicon.noun_predicates.get(lemma_of(o)) in harms for o in prep_objects(verb, {token.lower_})):
        return None  # ("his movement stood behind the government": a stand taken, no blame; but behind an attack)
    if verb.pos_ in {"PROPN", "NOUN"} and token.dep_ == "prep":
        return [verb]  # a headline with no verb: "Pentagon: Kataib Hezbollah behind Jordan attack"
    if adjective and token.dep_ == "amod" and token.i > token.head.i and any(
            lexicon.noun_predicates.get(lemma_of(o)) in harms for o in prep_objects(token, {"for"})):
        return [token.head]  # "militias responsible for rocket attacks", set after what it describes
    return [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]


def _part_in_attacks(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of taking part is "in" attacks or killings, or in planning or carrying them out.

    >>> read("The Pentagon said Abu Taqwa had been involved in planning and carrying out attacks.", blame)
    [('Pentagon', 'accuses', 'Abu Taqwa')]
    >>> read("The Pentagon said Abu Taqwa was involved in the talks.", blame)
    []
    """
    acts = [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children
            if o.dep_ in {"pobj", "pcomp"} for a in conjuncts(o)]
    acts += [d for a in acts if a.tag_ == "VBG" for d in a.children if d.dep_ == "dobj"]
    return any(lexicon.noun_predicates.get(lemma_of(a)) in {"attacks", "kills"} or (
        verb_predicate(a, lexicon) in {"attacks", "kills"} and a.pos_ == "VERB") for a in acts)


def _accomplices(plot: Token, plotters: list[Token], lexicon: Lexicon) -> list[Token]:
    """Who helped `plotters` with a plot: "planned by A with help from B", "with the help of B", wherever the
    parser hangs the "with": in the plot's clause or in the phrase that names a plotter.

    >>> read("Pompeo said the attack was planned by Kataib Hezbollah with help from Hadi al-Amiri.", blame)
    [('Pompeo', 'accuses', 'Kataib Hezbollah'), ('Pompeo', 'accuses', 'Hadi al-Amiri')]
    """
    scope = own_clause(plot) | {t for p in plotters for t in p.head.subtree}
    helps = [h for w in scope if w.dep_ == "prep" and w.lower_ == "with" for h in w.children
             if h.dep_ == "pobj" and lemma_of(h) in lexicon.help_nouns]
    return [a for h in helps for o in prep_objects(h, {"from", "of"}) for a in conjuncts(o)]


def _used_for_attacks(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of using says what is used is a base or a means for attacks: "used the region as a base for
    attacks against Iran", "uses the mountains to attack Turkey".

    >>> read("The IRGC said Komala had used the region as a base for attacks against Iran.", blame)
    [('IRGC', 'accuses', 'Komala')]
    """
    roles = prep_objects(verb, {"as"})  # "as a base"
    purposes = [o for r in roles for o in prep_objects(r, {"for"})] + [
        c for r in roles for c in r.children if c.dep_ in {"acl", "relcl"}] + [
        c for c in verb.children if c.dep_ in {"xcomp", "advcl"}]
    return any("attacks" in (lexicon.noun_predicates.get(lemma_of(p)), verb_predicate(p, lexicon)) for p in purposes)


def _responsibility_borne(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun is the responsibility a verb of blame says its subject bears ("said the United States bears
    full responsibility"), for no duty ("bore responsibility for protecting the region" is none)."""
    return lemma_of(noun) == "responsibility" and noun.dep_ == "dobj" and (
        lemma_of(noun.head) in lexicon.blamed_responsibility_verbs) and not any(
        lemma_of(g) in lexicon.duty_verbs for p in noun.children if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children if g.dep_ == "pcomp")


def _a_duty(adjective: Token, lexicon: Lexicon) -> bool:
    """Whether "responsible for" is for doing what is no harm, a duty and no blame: "said the government was
    responsible for protecting foreign personnel".

    >>> read("The embassy said the government was responsible for protecting diplomats.", blame)
    []
    >>> read("Kanaani said Washington was responsible for fuelling the crisis.", blame)
    [('Kanaani', 'accuses', 'Washington')]
    """
    return any(p.lower_ == "for" and any(
        g.dep_ == "pcomp" and verb_predicate(g, lexicon) not in {"attacks", "kills", "threatens"}
        and lemma_of(g) not in lexicon.fault_words and not _plots_harm(g, lexicon) for g in p.children)
               for p in adjective.children)


def _plots_harm(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of plotting has an attack or a killing for its object: "planning attacks", not "coordinating
    the alliance between Syria and Iran" (what it plots unsaid, it is taken for harm).

    >>> read("Tasnim said he was responsible for coordinating the military alliance.", blame)
    []
    >>> read("The Pentagon said he was responsible for coordinating attacks on US forces.", blame)
    [('Pentagon', 'accuses', 'he')]
    """
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in conjuncts(c)]
    return lemma_of(verb) in lexicon.plotting_verbs and (not objects or any(
        lexicon.noun_predicates.get(lemma_of(o)) in {"attacks", "kills"} for o in objects))


def allegation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Alleging or charging that an actor did something: the one who alleges accuses it.

    >>> read("Iran alleged that the United States had orchestrated the protests.", allegation)
    [('Iran', 'accuses', 'United States')]
    >>> read("Kataib Hezbollah charged that Washington was stalling.", allegation)
    [('Kataib Hezbollah', 'accuses', 'Washington')]
    >>> read("The factions accused Washington of stalling; Lami complained of American foot-dragging.", allegation)
    []
    """
    for verb in sent:
        if lemma_of(verb) not in lexicon.alleging_verbs or verb.pos_ != "VERB":
            continue
        # (the clause alleged follows the verb; one before it is another sentence the parser hung on it: "the
        # factions have accused Washington of stalling; Lami complained of American foot-dragging")
        for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
            for accuser in subjects_of(verb):
                for accused in subjects_of(clause):
                    yield frame(accuser, "accuses", accused, verb, "allegation")


def held_responsible(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Holding an actor responsible, or naming it as responsible: the holder accuses it.

    >>> read("The ministry held the coalition responsible for the strike.", held_responsible)
    [('ministry', 'accuses', 'coalition')]
    >>> read("The embassy named Kataib Hezbollah as responsible.", held_responsible)
    [('embassy', 'accuses', 'Kataib Hezbollah')]
    >>> read("Austin named Kataib Hezbollah and al-Nujaba as the groups behind the attacks.", held_responsible)
    [('Austin', 'accuses', 'Kataib Hezbollah'), ('Austin', 'accuses', 'al-Nujaba')]
    >>> read("Washington held the government responsible for protecting its staff.", held_responsible)
    []
    >>> read("Kataib Hezbollah, which Washington holds responsible for the deaths of soldiers, spoke.",
    ...      held_responsible)
    [('Washington', 'accuses', 'Kataib Hezbollah')]
    """
    for token in sent:
        if culprits := _armed_groups_named(token, lexicon):
            for holder in subjects_of(token):
                for accused in culprits:
                    yield frame(holder, "accuses", accused, token, "held_responsible.named")
            continue
        if lemma_of(token) in lexicon.holding_verbs and token.pos_ == "VERB" and token.dep_ != "acl" and any(
                c.lower_ in lexicon.culprit_preps for n in prep_objects(token, {"as"}) for c in n.children):
            # "named X and Y as the groups behind the attacks"
            named = [t for c in token.children if c.dep_ in {"dobj", "oprd"} for t in conjuncts(c)]
            for holder in subjects_of(token):
                for accused in named:
                    yield frame(holder, "accuses", accused, token, "held_responsible")
            continue
        if token.lower_ not in lexicon.culprit_adjectives or token.pos_ != "ADJ":
            continue
        # the parser hangs "responsible" on the verb, on "as", or on the held noun itself
        holder_side = token.head.head if token.head.lower_ == "as" or token.dep_ == "amod" else token.head
        if lemma_of(holder_side) not in lexicon.holding_verbs or holder_side.pos_ != "VERB" or any(
                lemma_of(duty) in lexicon.duty_verbs for p in token.children if p.lower_ == "for"
                for duty in p.children if duty.dep_ == "pcomp"):
            continue
        held = [c for c in (*holder_side.children, *token.children)
                if c.dep_ in {"dobj", "oprd", "nsubj"} and c.i > holder_side.i and c != token]
        if not held and holder_side.dep_ == "relcl":
            held = [holder_side.head]  # "Kataib Hezbollah, which Washington holds responsible for": the clause's noun
        for holder in subjects_of(holder_side):
            for accused in (t for c in held for t in conjuncts(c)):
                yield frame(holder, "accuses", accused, holder_side, "held_responsible")


def _armed_groups_named(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The armed groups a verb of naming takes as its bare objects, which it singles out as culprits ("two officials
    named Kataib Hezbollah and Asaib Ahl al-Haq"); none where it names them something ("named X its envoy", "as").

    >>> from kg.extraction import make_pipeline
    >>> from kg.lexicon import load_lexicon
    >>> doc = make_pipeline()("Two officials named Kataib Hezbollah and Asaib Ahl al-Haq.")
    >>> _armed_groups_named(doc[2], load_lexicon())
    [Hezbollah, Haq]
    """
    if lemma_of(verb) not in lexicon.naming_verbs or verb.pos_ != "VERB" or is_passive(verb) or any(
            c.dep_ in {"xcomp", "ccomp", "attr", "dative"} or c.dep_ == "prep" and c.lower_ in {"as", "to"}
            for c in verb.children):
        return []
    # the parser may take the names for a complement ("officials named X", as if they were called X); two
    # objects are a name and what it is named
    objects = [c for c in verb.children if c.dep_ in {"dobj", "oprd"}]
    if len(objects) != 1:
        return []
    actors = linked_actors(verb.doc)
    return [t for t in conjuncts(objects[0]) if any(actors[a].type == "Militia" for a in actor_ids_at(t)
                                                     if a in actors)]


def attribution(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Attributing an attack to an actor, or saying it came from one: who does so accuses the actor.

    >>> read("The Pentagon attributed the attack to Kataib Hezbollah.", attribution)
    [('Pentagon', 'accuses', 'Kataib Hezbollah')]
    >>> read("The group denied the attacks attributed to it by the Americans.", attribution)
    [('Americans', 'accuses', 'it')]
    >>> read("The attack, which Washington attributed to Kataib Hezbollah, killed three soldiers.", attribution)
    [('Washington', 'accuses', 'Kataib Hezbollah')]
    >>> read("Brennan claimed the attacks came from Iran-backed militia groups.", attribution)
    [('Brennan', 'accuses', 'militia groups')]
    >>> read("A spokesperson said the evidence pointed to militias aligned with Iran.", attribution)
    [('spokesperson', 'accuses', 'militias')]
    >>> read("Kirby said the attack bore the hallmarks of Kataib Hezbollah.", attribution)
    [('Kirby', 'accuses', 'Kataib Hezbollah')]
    >>> read("Singh said the attack was planned, resourced and facilitated by the Islamic Resistance.", attribution)
    [('Singh', 'accuses', 'Islamic Resistance')]
    >>> read("US officials said the rockets were fired by Kataib Hezbollah.", attribution)
    [('US officials', 'accuses', 'Kataib Hezbollah')]
    >>> read("The ministry said the PKK had carried out the attack.", attribution)
    [('ministry', 'accuses', 'PKK')]
    >>> read("US officials said the attack was carried out by Kataib Hezbollah with the help of the Quds Force.",
    ...      attribution)
    [('US officials', 'accuses', 'Kataib Hezbollah'), ('US officials', 'accuses', 'Quds Force')]

    A state's body that says its own state's forces did it tells of their act, and accuses no one:

    >>> from kg.extraction import make_pipeline
    >>> from kg.lexicon import load_lexicon
    >>> list(attribution(make_pipeline()("The Pentagon said the strike was carried out by US forces.")[:],
    ...                  load_lexicon()))
    []
    """
    for verb in sent:
        if verb.pos_ != "VERB" or (attributed := _attributed(verb, lexicon)) is None:
            continue
        acts, accused, accusers = attributed
        # what is attributed, or said to come from someone, must be an attack
        if acts is not None and not any(lexicon.noun_predicates.get(lemma_of(a)) in {"attacks", "kills"} or (
                _act_taken_up(a, lexicon)) for a in acts):
            continue
        if accusers is None:  # no one named as accuser: whoever says so
            accusers = [speaker] if (speaker := speaker_for(verb, lexicon)) is not None else []
        for accuser in accusers:
            for target in (t for a in accused for t in conjuncts(a)):
                said_by = actor_ids_at(accuser)[:1] if isinstance(accuser, Token) else [accuser]
                if not said_by or not _one_side(said_by[0], set(actor_ids_at(target)), sent.doc._.actors or {}):
                    yield frame(accuser, "accuses", target, verb, "attribution")



def _act_taken_up(pronoun: Token, lexicon: Lexicon) -> bool:
    """Whether "it" or "this" names no actor and takes up an attack its sentence told of before it ("Asked about
    the drone attack on his home, he said it was carried out by Iran-backed militias"), or, made an act by a verb of
    carrying one out, an attack told in the two sentences before ('A rocket attack hit the base. "We assess that
    this was conducted by Kataib Hezbollah," she said').

    >>> from kg.extraction import make_pipeline
    >>> from kg.lexicon import load_lexicon
    >>> doc = make_pipeline()("Pat Ryder spoke. Asked about the drone attack on the base, he said it was carried out "
    ...                       "by Kataib Hezbollah.")
    >>> [(f.subject.text, f.predicate, f.object.text) for f in attribution(doc[4:], load_lexicon())]
    [('he', 'accuses', 'Hezbollah')]
    """
    if pronoun.lower_ not in {"it", "this"} or actor_ids_at(pronoun):
        return False
    carried_out = pronoun.dep_ == "nsubjpass" and lemma_of(pronoun.head) in lexicon.light_verbs
    return _act_told_before(pronoun, lexicon, 2 if carried_out else 0) is not None


def _attributed(verb: Token, lexicon: Lexicon) -> tuple[list[Token] | None, list[Token], list | None] | None:
    """What a verb attributes, to whom, and who attributes it (None: whoever says so); None where it attributes
    nothing."""
    lemma = lemma_of(verb)
    if lemma in lexicon.attribution_verbs:
        # "the attack, which Washington attributed to X": what is attributed is the clause's noun
        acts = [verb.head] if verb.dep_ == "acl" else [
            relative_antecedent(c) for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        accusers = passive_agents(verb) if is_passive(verb) or verb.dep_ == "acl" else subjects_of(verb)
        return acts, prep_objects(verb, {"to"}), accusers
    if lemma in lexicon.source_verbs:
        return [c for c in verb.children if c.dep_ == "nsubj"], prep_objects(verb, {"from"}), None
    if lemma in lexicon.implicating_verbs and {lemma_of(s) for s in subjects_of(verb)} & lexicon.evidence_nouns:
        # "the evidence pointed to militias aligned with Iran", "the investigation implicated X": who says so
        return None, prep_objects(verb, {"to", "at"}) + direct_objects(verb), None
    if marks := [m for m in direct_objects(verb) if lemma_of(m) in lexicon.signature_nouns]:
        # "the attack bore the hallmarks of X": who says so
        marked = [a for m in marks for a in prep_objects(m, {"of"})]
        return [c for c in verb.children if c.dep_ == "nsubj"], marked, None
    if is_passive(verb) and lemma in lexicon.light_verbs | lexicon.enabling_verbs | lexicon.weapon_verbs and (
            reporting_verb(verb, lexicon.speech_verbs)):
        # "the White House said the attack was carried out by X", "was planned and facilitated by X": who says
        # so, of another's act; "said the rockets were fired by X" attributes the weapons' attack
        acts = [c for c in verb.children if c.dep_ == "nsubjpass"]
        # ("was carried out by X with the help of Y": Y is charged with it too)
        agents = shared_passive_agents(verb)
        return None if lemma in lexicon.weapon_verbs else acts, agents + _accomplices(verb, agents, lexicon), None
    if lemma in lexicon.perpetrating_verbs and reporting_verb(verb, lexicon.speech_verbs) and (
            acts := [o for o in direct_objects(verb) if is_definite(o) or o.lower_ in {"it", "this"}]):
        # "suggested that the PKK had carried it out", "said Kataib Hezbollah conducted the attack": who says so, of an
        # act told, charges its doer (but "said they had launched the operation" claims it)
        return acts, [s for s in subjects_of(verb) if s.pos_ != "PRON"], None
    return None


def ending_presence(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """An actor moving to end another's presence or mission: it opposes that actor.

    >>> read("The government moved to end the coalition's mission.", ending_presence)
    [('government', 'opposes', 'mission')]
    >>> read("Baghdad wants to wind down the coalition's mission.", ending_presence)
    [('Baghdad', 'opposes', 'mission')]
    >>> read("Kataib Hezbollah called for an end to the US military presence.", ending_presence)
    [('Kataib Hezbollah', 'opposes', 'presence')]
    >>> read("The parliament voted to expel US troops.", ending_presence)
    [('parliament', 'opposes', 'US troops')]
    >>> read("Kataib Hezbollah has long advocated for the withdrawal of US troops.", ending_presence)
    [('Kataib Hezbollah', 'opposes', 'US troops')]
    >>> read("Baghdad wants the coalition to leave by 2025.", ending_presence)
    [('Baghdad', 'opposes', 'coalition')]
    >>> read("Baghdad and Washington agreed to end the coalition's mission.", ending_presence)
    []
    >>> read("The group supported the prime minister's efforts to end the coalition's mission.", ending_presence)
    [('efforts', 'opposes', 'mission'), ('group', 'opposes', 'mission')]
    """
    for act in sent:
        if act.pos_ not in {"VERB", "NOUN"}:
            continue
        withdrawal = list(_seeking_withdrawal(act, lexicon))
        ending = lemma_of(act) in lexicon.ending_acts or phrasal_lemma(act) in lexicon.ending_acts
        # "sanctions if Iraq expelled US troops" supposes the expulsion
        if not (withdrawal or ending) or in_condition(act, lexicon):
            continue
        yield from withdrawal
        if not ending:
            continue
        if act.dep_ in {"xcomp", "acl"} and lemma_of(act.head) in lexicon.reciprocal_verbs | lexicon.pact_nouns:
            continue  # "Baghdad and Washington agreed to end the mission": an end both sides settle on opposes no one
        if act.pos_ == "VERB":
            # one who asks another to end an actor's presence opposes the actor as the one asked does
            askers = subjects_of(act.head) if act.dep_ == "xcomp" and _demanding(act.head, lexicon) else []
            # ("the group supported the prime minister's efforts to end the coalition's mission": so does who backs it)
            effort = act.head if act.dep_ == "acl" and act.head.dep_ == "dobj" else None
            askers += subjects_of(effort.head) if effort is not None and lexicon.verb_predicates.get(
                lemma_of(effort.head)) == "supports" else []
            ended, enders = [c for c in act.children if c.dep_ == "dobj"], _askers_of(act) or subjects_of(act) + askers
        elif act.pos_ == "NOUN":
            # "called for an end to the US presence": who asks for the end, of what the end is to
            asker = act.head.head if act.dep_ == "pobj" and act.head.dep_ == "prep" else act.head
            ended, enders = prep_objects(act, {"to", "of"}), subjects_of(asker) if asker.pos_ == "VERB" else []
        else:
            continue
        for obj in (o for o in ended if {lemma_of(o), o.lower_} & lexicon.argument_bridges):
            for subject in enders:
                yield frame(subject, "opposes", obj, act, "ending_presence")


def _seeking_withdrawal(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "advocated for the withdrawal of US troops", "pushing for their exit", "wants US forces out of Iraq": who
    seeks an actor's going opposes it (a demand of it is read by the demands)."""
    if verb.pos_ != "VERB":
        return
    if lemma_of(verb) in lexicon.seeking_verbs and any(c.lower_ == "out" for c in verb.children):
        # "wants US forces out of Iraq": the parser may hang "out" on the verb or on its object
        gone = direct_objects(verb)
    else:
        phrasal = [p for p in verb.children
                   if p.dep_ == "prep" and f"{lemma_of(verb)}_{p.lower_}" in lexicon.seeking_verbs]
        sought = [o for p in phrasal for o in p.children if o.dep_ == "pobj"]
        sought += direct_objects(verb) if lemma_of(verb) in lexicon.seeking_verbs else []
        # "wanted a clear timetable for the departure of the coalition": a timing stands for what it times
        sought += [t for n in sought if lemma_of(n) in lexicon.timing_nouns for t in prep_objects(n, {"for"})]
        gone = [g for n in sought if lemma_of(n) in lexicon.withdrawal_nouns
                for g in prep_objects(n, {"of"}) + [c for c in n.children if c.dep_ == "poss"]]
        # ("Baghdad wants the coalition to leave": who is to go is the clause's subject; not a speaker's "us", which
        # a commander says of his troops)
        gone += [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and lemma_of(c) in lexicon.departure_words
                 for s in subjects_of(c) if s.lower_ not in SPEAKER_PRONOUNS] if (
            lemma_of(verb) in lexicon.seeking_verbs) else []
    if not gone:
        return
    for subject in _askers_of(verb) or subjects_of(verb):
        for actor in (a for g in gone for a in conjuncts(g)):
            yield frame(subject, "opposes", actor, verb, "ending_presence")


def _askers_of(act: Token) -> list[Token]:
    """Who makes the demand that asks an act ("pressure from the factions to win a timetable for the troops' exit",
    "Washington's calls to expel them"); none where no demand asks it.

    >>> read("Sudani rejected demands from Kataib Hezbollah to win a timetable for the troops' exit.", ending_presence)
    [('Kataib Hezbollah', 'opposes', 'troops')]
    """
    if not asked_by_noun(act):
        return []
    return [c for c in act.head.children if c.dep_ == "poss"] + prep_objects(act.head, {"from", "by"})


def reported_consequences(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor will face consequences: the speaker threatens it.

    >>> read('"The United States would face consequences," the minister warned.', reported_consequences)
    [('minister', 'threatens', 'United States')]
    >>> read('"The Americans must leave Iraq or face the consequences," Khazali said.', reported_consequences)
    [('Khazali', 'threatens', 'Americans')]
    >>> read("Kataib Hezbollah said the American enemy would pay for its crimes.", reported_consequences)
    [('Kataib Hezbollah', 'threatens', 'enemy')]
    >>> read("Kataib Hezbollah said the enemy would pay for the blood of our martyrs.", reported_consequences)
    [('Kataib Hezbollah', 'threatens', 'enemy')]
    >>> read("Amiri said the Zionist entity would regret any attack on Iraq.", reported_consequences)
    [('Amiri', 'threatens', 'entity')]
    >>> read("The IRGC said the Zionist regime would be made to regret the crime.", reported_consequences)
    [('IRGC', 'threatens', 'regime')]
    """
    for verb in sent:
        if lemma_of(verb) not in lexicon.threat_verbs:
            continue
        # "will face consequences", and "must leave Iraq or face the consequences" ("would be made to regret": the
        # future of the verb that makes one)
        made = verb.dep_ in {"xcomp", "advcl"} and is_passive(verb.head)
        if not (in_future(verb, lexicon) or made and in_future(verb.head, lexicon) or any(
                obliged(v, lexicon) for v in (
                verb, verb.head if verb.dep_ == "conj" else verb))):
            continue
        if (speaker := speaker_for(verb, lexicon)) is None:
            continue
        outcome = lemma_of(verb) in lexicon.rueing_verbs or any(
            lemma_of(o) in lexicon.threat_outcomes for o in verb.children if o.dep_ == "dobj")
        # "would pay dearly", "would pay for its crimes", "will pay for the blood of our martyrs"
        paid = any(c.dep_ == "advmod" and c.lower_ in lexicon.dear_payments for c in verb.children) or any(
            lemma_of(o) in lexicon.fault_words | lexicon.avenged_nouns for o in prep_objects(verb, {"for"}))
        if outcome or paid:
            # (the one made to regret is the passive's subject)
            sufferers = subjects_of(verb) or ([c for c in verb.head.children if c.dep_ == "nsubjpass"] if made else [])
            yield from said_of(speaker, "threatens", sufferers, verb, "reported_consequences")


def reported_coercion(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker talking of driving an actor out: the speaker threatens it.

    >>> read('"We are closer to kicking the US out," he said.', reported_coercion, speaker="speaker")
    [('speaker', 'threatens', 'US')]
    >>> read('Khazali: US forces will be expelled', reported_coercion, speaker="speaker")
    [('speaker', 'threatens', 'US forces')]
    >>> read("Iraq will need US help to confront the Islamic State.", reported_coercion, speaker="speaker")
    []
    >>> read("The party of Halbousi, who was removed by the court, said so.", reported_coercion, speaker="party")
    []
    >>> read("He said the troops stayed after parliament voted to expel them.", reported_coercion, speaker="he")
    []
    """
    speaker = sent._.speaker
    if speaker is None:
        return
    for verb in sent:
        lemma = lemma_of(verb)
        # "Iran told Iraq to expel US troops" asks it of Iraq; "sanctions if it expelled US troops" supposes it
        # ("needing American help to confront IS": what support is for is no act the speaker threatens)
        # ("Tehran supported the will of the Iraqi people to expel": backing another's act, whatever the parse)
        support_for = verb.dep_ in {"acl", "xcomp", "advcl"} and "supports" in {
            lexicon.noun_predicates.get(lemma_of(verb.head)), lexicon.verb_predicates.get(lemma_of(verb.head))}
        # ("Halbousi, who was removed by the court, ...": what another did, as the narrator tells it, is no threat)
        # ("resisted pressure from the hardliners to expel US forces": what another's demand asks)
        # ("had no right to keep troops in Iraq after parliament voted to expel them": what a body voted)
        done_by_another = verb.dep_ == "relcl" or bool(passive_agents(verb)) or _wished_by_another(verb) or (
            _purpose_of_a_measure(verb, lexicon)) or bool(_askers_of(verb)) or (
            verb.dep_ == "xcomp" and lemma_of(verb.head) in lexicon.voting_verbs)
        if verb.pos_ != "VERB" or _told_to(verb) or in_condition(verb, lexicon) or support_for or (
                done_by_another or _undergone_before(verb)):
            continue
        if lemma in lexicon.coercive_acts and lemma not in lexicon.verb_predicates:
            # "we will expel the US", "US forces will be expelled"
            objects = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in PASSIVE_SUBJECT_DEPS]
            yield from said_of(speaker, "threatens", objects, verb, "reported_coercion")
        elif lemma in lexicon.causative_verbs:
            yield from said_of(speaker, "threatens", _made_to_leave(verb, lexicon), verb, "reported_coercion")


def _made_to_leave(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a verb of making one act makes leave (lexicon `causative_verbs`, `departure_words`): "we will make them
    leave", "the resistance would force the Americans to withdraw".

    >>> read('"If they do not leave, we will make the Americans leave," he said.', reported_coercion, speaker="he")
    [('he', 'threatens', 'Americans')]
    >>> read("He said the resistance would force US troops to withdraw.", reported_coercion, speaker="he")
    [('he', 'threatens', 'US troops')]
    """
    made = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and lemma_of(c) in lexicon.departure_words]
    return [o for act in made for o in (*(c for c in act.children if c.dep_ == "nsubj"),
                                        *(c for c in verb.children if c.dep_ == "dobj"))]


def penalty_to_come(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker announcing a penalty of its own to come (lexicon `penalty_nouns`): "Washington warned that it could
    impose sanctions on Iraq" threatens whom it falls "on" or "against".

    >>> read("Washington warned that it could impose sanctions on Iraq if US troops were expelled.", penalty_to_come)
    [('Washington', 'threatens', 'Iraq')]
    >>> read("We will take action against the militias, he said.", penalty_to_come)
    [('he', 'threatens', 'militias')]
    >>> read("He said Congress would impose sanctions on Iraq.", penalty_to_come)
    []
    >>> read("Washington imposed sanctions on Iraq, he said.", penalty_to_come)
    []
    """
    for verb in sent:
        penalties = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) in lexicon.penalty_nouns]
        # ("threatened to impose sanctions": the threat verb's own reading; "urged Washington to impose": asked)
        if not penalties or verb.pos_ != "VERB" or verb.dep_ == "xcomp" or _told_to(verb) or not (
                _announced_to_come(verb, lexicon)) or (speaker := speaker_for(verb, lexicon)) is None:
            continue
        speaker_ids = {speaker} if isinstance(speaker, str) else set(actor_ids_at(speaker)) | {speaker.lower_}
        imposers = subjects_of(verb)
        # ("Congress would impose sanctions, he said": a penalty another imposes is no threat of the speaker's; a
        # pronoun coreference left unresolved is taken as the speaker's own)
        if imposers and all(s.lower_ in SPEAKER_PRONOUNS or speaker_ids & ({s.lower_} | set(actor_ids_at(s)))
                            or s.pos_ == "PRON" and not actor_ids_at(s) for s in imposers):
            targets = [t for n in (verb, *penalties) for t in prep_objects(n, {"on", "against"})]
            yield from said_of(speaker, "threatens", targets, verb, "penalty_to_come")


def _undergone_before(verb: Token) -> bool:
    """A passive told in the past tense: "since Islamic State fighters were driven out in 2014" tells what was done,
    no act the speaker threatens.

    >>> read("The group, which has held the town since IS fighters were driven out in 2014, said so.",
    ...      reported_coercion, speaker="group")
    []
    >>> read("He said the occupiers will be driven out.", reported_coercion, speaker="he")
    [('he', 'threatens', 'occupiers')]
    """
    return any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


def _purpose_of_a_measure(verb: Token, lexicon: Lexicon) -> bool:
    """An act told as what a measure, not the speaker, is meant for: "said the sanctions were aimed at punishing the
    PMF", "they are designed to expel us".

    >>> read("Kildani said they were aimed at punishing the PMF.", reported_coercion, speaker="speaker")
    []
    """
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ == "xcomp" else None
    return head is not None and lemma_of(head) in lexicon.measure_purpose_verbs and not any(
        s.lower_ in SPEAKER_PRONOUNS for s in subjects_of(head))


def _wished_by_another(verb: Token) -> bool:
    """An act that is another's will or right, by a noun it completes: "the will of the Iraqi people to expel",
    "the Iraqi people's right to expel" (but "our resolve to expel" is the speaker's).

    >>> read("Kanaani said Tehran backed the Iraqi people's right to expel US troops.", reported_coercion,
    ...      speaker="speaker")
    []
    >>> read('"Our resolve to expel the occupiers is firm," he said.', reported_coercion, speaker="speaker")
    [('speaker', 'threatens', 'occupiers')]
    >>> read("He said Tehran's goal was to expel the United States from the region.", reported_coercion,
    ...      speaker="speaker")
    []
    """
    if verb.dep_ == "xcomp" and lemma_of(verb.head) == "be":
        # ("Tehran's goal was to expel the United States": the will is the subject's, whose verb is the copula)
        wish = next((s for s in verb.head.children if s.dep_ == "nsubj"), None)
    else:
        wish = verb.head if verb.dep_ == "acl" else None
    if wish is None:
        return False
    owners = [c for c in wish.children if c.dep_ == "poss"] + prep_objects(wish, {"of"})
    # ("condemned the US decision to sanction X": an actor's name before the noun is whose it is)
    return any(owner.lower_ not in SPEAKER_PRONOUNS for owner in owners) or any(
        c.dep_ in {"compound", "amod"} and actor_ids_at(c) for c in wish.children)


def _told_to(verb: Token) -> bool:
    """An act someone is told or asked to do: "told Iraq to expel" (the parser makes Iraq the telling's object),
    "called on the government to expel".

    >>> read("Hassan Salem called on the government to expel the American troops.", reported_coercion,
    ...      speaker="speaker")
    []
    >>> read("Sadr called on the government to close the embassy and expel the US ambassador.", summoned_envoy)
    []
    >>> read("Erdogan said Turkey expected Iraq to declare the PKK a terrorist group and to drive its militants out.",
    ...      reported_coercion, speaker="speaker")
    []
    """
    verb = first_conjunct(verb)  # "to close the embassy and expel the ambassador": both are asked
    called_on = any(c.dep_ == "prep" and c.lower_ in {"on", "upon"} for c in verb.head.children)
    # ("Turkey expected Iraq to drive them out": the parser may make the one asked the infinitive's own subject)
    asked_of = verb.dep_ == "ccomp" and is_to_infinitive(verb) and any(
        c.dep_ == "nsubj" for c in verb.children)
    # (the parser may hang what one is called on to do as a clause of purpose)
    return verb.dep_ == "xcomp" and (called_on or any(c.dep_ in {"dobj", "dative"} for c in verb.head.children)) or (
        verb.dep_ == "advcl" and called_on) or asked_of


def instruction(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Telling or ordering an actor to act: demanding it of the actor.

    >>> read("Iran told Iraq to expel US troops.", instruction)
    [('Iran', 'demands', 'Iraq')]
    >>> read("Khamenei told him Iran would strike back.", instruction)
    []
    >>> read("The factions gave US forces a deadline to leave.", instruction)
    [('factions', 'demands', 'US forces')]
    >>> read("Tehran ordered the Iraqi government to expel US forces.", instruction)
    [('Tehran', 'demands', 'government')]
    >>> read("Washington told Baghdad that it must rein in the militias.", instruction)
    [('Washington', 'demands', 'Baghdad')]
    """
    for verb in sent:
        if verb.pos_ == "VERB" and lemma_of(verb) in lexicon.granting_verbs:
            yield from _ultimatum(verb, lexicon)
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.instructing_verbs:
            continue
        # ("ordered the government to disarm them": the parser may make the one told the infinitive's own subject)
        asked = [s for c in verb.children if c.dep_ == "ccomp" and is_to_infinitive(c) for s in c.children
                 if s.dep_ == "nsubj"]
        # ("told Baghdad that it must rein in the militias": what the one told, taken up, is obliged to do)
        obliging = any(c.dep_ == "ccomp" and obliged(c, lexicon) and any(
            s.dep_ == "nsubj" and s.lower_ in {"it", "they", "he", "she"} for s in c.children) for c in verb.children)
        if not asked and not obliging and not any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
                                                  for c in verb.children):
            continue
        for subject in subjects_of(verb):
            for told in direct_objects(verb) + asked + [d for c in verb.children if c.dep_ == "dative"
                                                        for d in conjuncts(c)]:
                yield frame(subject, "demands", told, verb, "instruction")


def _ultimatum(verb: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """Giving an actor a time limit to act: "gave the Americans until the end of the year to leave", "gave the
    government 72 hours to meet his demands" demand it of them."""
    # ("gave the government a week to expel them": the parser may take the time for an adverb of the verb)
    limits = [o for o in [*direct_objects(verb), *(c for c in verb.children if c.dep_ == "npadvmod")]
              if lemma_of(o) in lexicon.time_limit_nouns] + [
        p for p in verb.children if p.dep_ == "prep" and p.lower_ == "until"]
    act = any(t.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in t.children) for t in verb.subtree)
    if not limits or not act:
        return
    given = [d for c in verb.children if c.dep_ == "dative" for d in conjuncts(c)] or [
        o for o in direct_objects(verb) if lemma_of(o) not in lexicon.time_limit_nouns]
    for subject in subjects_of(verb):
        for told in given:
            yield frame(subject, "demands", told, verb, "instruction.ultimatum")


def demanded_end_of_wrong(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Asking another to stop a wrong: the asker accuses whoever does it (the wrong stands for its doer).

    >>> read("The KRG called on Baghdad to stop the Iranian aggression.", demanded_end_of_wrong)
    [('KRG', 'accuses', 'aggression')]
    >>> read("The KRG called on Baghdad to stop the talks.", demanded_end_of_wrong)
    []
    """
    for verb in sent:
        if lemma_of(verb) not in lexicon.stopping_verbs or verb.dep_ not in {"xcomp", "advcl"} or not _demanding(
                verb.head, lexicon):
            continue
        for wrong in (o for o in direct_objects(verb) if {lemma_of(o), o.lower_} & lexicon.fault_words):
            for asker in subjects_of(verb.head):
                yield frame(asker, "accuses", wrong, verb, "demanded_end_of_wrong")


def _demanding(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb, with its particle or without, asks something of another ("called on", "urged").

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> _demanding(_parser()("The KRG called on Baghdad to act.")[2], load_lexicon())
    True
    """
    return "demands" in {lexicon.verb_predicates.get(phrasal_lemma(verb)), lexicon.verb_predicates.get(lemma_of(verb))}


def _brought_to_account(clause: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a clause of accounting asks to be brought to account by its own subject: "bring the attackers to
    justice", "hold Kataib Hezbollah accountable" (the parser's small clause); not "face legal action", whose
    object is the penalty.

    >>> from kg.lexicon import load_lexicon
    >>> from kg.patterns.helpers import _parser
    >>> [t.text for t in _brought_to_account(_parser()("They must hold Kataib Hezbollah accountable.")[2],
    ...                                      load_lexicon())]
    ['Hezbollah']
    """
    held = [s for c in clause.children if lemma_of(c) in lexicon.accountability_words for s in c.children
            if s.dep_ == "nsubj"]
    return [o for d in direct_objects(clause) + held for o in conjuncts(d)
            if not {lemma_of(t) for t in o.subtree} & lexicon.accountability_words]


def demanded_clause(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Demanding that an actor act ("called for Kadhimi to resign", "demanded that the troops leave"): the demand is
    of the actor; demanding that it answer for something ("to face legal action", "be held accountable") accuses it.

    >>> read("Khazali called for Kadhimi to face legal action over the deaths.", demanded_clause)
    [('Khazali', 'accuses', 'Kadhimi')]
    >>> read("The cleric demanded that the Americans leave.", demanded_clause)
    [('cleric', 'demands', 'Americans')]
    >>> read("The cleric urged that the cabinet be completed.", demanded_clause)
    []
    >>> read("The cleric demanded that US forces be withdrawn.", demanded_clause)
    [('cleric', 'demands', 'US forces')]
    >>> read("Washington expected the government to bring the attackers to justice.", demanded_clause)
    [('Washington', 'demands', 'government'), ('Washington', 'accuses', 'attackers')]
    >>> read("The KRG called on Baghdad to hold Kataib Hezbollah accountable.", demanded_clause)
    [('KRG', 'accuses', 'Kataib Hezbollah')]
    """
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        lemma = lemma_of(verb)
        for clause in (c for c in verb.children if c.dep_ in {"ccomp", "advcl", "xcomp"} and c.pos_ in {"VERB", "AUX"}):
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            # ("called on Baghdad to hold X accountable": a verb that asks with its preposition)
            asked = "demands" in {lexicon.verb_predicates.get(lemma), lexicon.verb_predicates.get(
                phrasal_lemma(verb))} and clause.dep_ != "advcl" or any(
                lexicon.verb_predicates.get(f"{lemma}_{mark}") == "demands" for mark in marks)
            # (what the clause asks its subject to answer for, not its subject's name: "that the Federal Court
            # review the law" asks the court to act)
            named = {t for c in clause.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            words = {lemma_of(t) for t in own_clause(clause) - named}
            predicate = "accuses" if words & lexicon.accountability_words else "demands"
            # "demanded that the prisoners be released" asks nothing of the prisoners, but "that Kadhimi be held
            # accountable" accuses him, and "that US forces be withdrawn" asks their going as "their withdrawal" does
            sent_away = lemma_of(clause) in lexicon.departure_words | lexicon.ending_acts
            deps = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS if predicate == "accuses" or sent_away else SUBJECT_DEPS
            doers = [d for c in clause.children if c.dep_ in deps for d in conjuncts(c)]
            charged = _brought_to_account(clause, lexicon) if predicate == "accuses" else []
            if not asked or not doers and not charged or is_question(clause):
                continue
            for asker in subjects_of(verb):
                for doer in doers:
                    yield frame(asker, "demands" if charged else predicate, doer, verb, "demanded_clause")
                for accused in charged:
                    yield frame(asker, "accuses", accused, verb, "demanded_clause")


def reported_demand(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying an actor must act: the speaker demands it of the actor.

    >>> read('"Washington must withdraw its troops," he said.', reported_demand)
    [('he', 'demands', 'Washington')]
    >>> read('"The government should hold the perpetrators accountable," the cleric said.', reported_demand)
    [('cleric', 'demands', 'government')]
    >>> read("Sudani said the troops had to leave.", reported_demand)
    [('Sudani', 'demands', 'troops')]
    >>> read("Sudani said there was no need for the troops, which will leave by September.", reported_demand)
    []
    >>> read('"The premier must not allow Washington to dictate policy," he said.', reported_demand)
    [('he', 'demands', 'premier')]
    >>> read("The Framework insisted that Sudani announce a date for the departure.", reported_demand)
    [('Framework', 'demands', 'Sudani')]
    >>> read("Sudani said the coalition's mission should end.", reported_demand)
    [('Sudani', 'opposes', 'mission')]
    """
    text = sent.text.lower()
    if not any(word.replace("_", " ") in text for word in lexicon.demand_words):
        return
    for verb in sent:
        # an act asked for, or any act its subject "must" or "should" do ("should Israel strike" is a condition)
        subjects = subjects_of(verb)
        owed = (any(c.dep_ == "aux" and c.lower_ in lexicon.obligation_modals and subjects and c.i > subjects[0].i
                    for c in verb.children) or bool(duty_holders(verb, lexicon))) and (
            lemma_of(verb) not in lexicon.unasked_acts)
        asked = (lemma_of(verb) in lexicon.demanded_acts or _subjunctive(verb)) and _asked_for(verb, lexicon)
        if verb.pos_ != "VERB" or not (owed or asked):
            continue
        if not owed and is_blocked(verb, lexicon):
            continue  # "the troops did not have to leave" asks nothing, but "he must not allow it" forbids
        # ("the coalition's mission should end": an end asked for an actor's presence opposes the actor)
        ending = lemma_of(verb) in lexicon.ending_acts and not direct_objects(verb) and all(
            lemma_of(s) in lexicon.argument_bridges for s in subjects)
        if (speaker := speaker_for(verb, lexicon)) is not None:
            yield from said_of(speaker, "opposes" if ending else "demands", subjects, verb, "reported_demand")


def _subjunctive(verb: Token) -> bool:
    """Whether a verb is in the subjunctive, the bare form after one subject ("insisted that Sudani announce a
    date"): what is asked for, whatever the act."""
    return verb.tag_ in {"VB", "VBP"} and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children) and any(
        c.dep_ == "nsubj" and c.tag_ in {"NN", "NNP"} for c in verb.children)


def _asked_for(act: Token, lexicon: Lexicon) -> bool:
    """An act a word of demand governs ("must leave", "have to leave", "insisted the troops leave"), not one
    told as fact or forecast ("US forces will leave by September")."""
    if obliged(act, lexicon):
        return True
    governor = lemma_of(act.head)
    return act.dep_ in {"xcomp", "ccomp"} and bool({governor, f"{governor}_to"} & lexicon.demand_words)


def _announced_to_come(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is told as one to come: not one supposed in a condition ("it would strike if Washington attacked
    Iran": the attack on Iran), nor one a question asks about ("explain how a US drone could strike a PMF base")."""
    return in_future(act, lexicon) and not in_condition(act, lexicon) and not (
        act.dep_ == "ccomp" and opens_a_question(act)) and not foreseen(act, lexicon)


def reported_threat(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker announcing attacks to come: the speaker threatens their target.

    >>> read('"Attacks on US bases will continue," he added.', reported_threat)
    [('he', 'threatens', 'US bases')]
    >>> read("Iran would strike back at the Americans and Israel, he said.", reported_threat)
    [('he', 'threatens', 'Americans'), ('he', 'threatens', 'Israel')]
    >>> read("Ships bound for Israel would still be targeted.", reported_threat, speaker="speaker")
    [('speaker', 'threatens', 'Ships')]
    >>> read("Iran warned that it would respond to any Israeli aggression.", reported_threat)
    [('Iran', 'threatens', 'aggression')]
    >>> read("Kataib Hezbollah warned it would hit US bases if Washington attacked Iran.", reported_threat)
    [('Kataib Hezbollah', 'threatens', 'US bases')]
    >>> read("Kataib Hezbollah warned that US bases in Iraq would not be safe.", reported_threat)
    [('Kataib Hezbollah', 'threatens', 'US bases')]
    >>> read("Any aggression against Lebanon will be met with a response, he said.", reported_threat)
    []
    >>> read("Washington warned that any attack by the factions would draw a response.", reported_threat)
    [('Washington', 'threatens', 'factions')]
    >>> read("The committee warned that it would escalate operations against American interests.", reported_threat)
    [('committee', 'threatens', 'interests')]
    >>> read("Blinken said Washington would help the Iraqi army fight the Islamic State.", reported_threat)
    []
    """
    for act in sent:
        yield from _denied_safety(act, lexicon)
        lemma = lemma_of(act)
        answers = _answered_by_act(act, lexicon)
        if "attacks" not in (lexicon.noun_predicates.get(lemma), verb_predicate(act, lexicon)) and not answers:
            continue
        if supposed(act, lexicon):
            yield from _answered_supposition(act, lexicon)
            continue
        # ("the bill would harm the fight against Islamic State" announces no fight, and "would respond to the attack
        # on US troops" no attack of the speaker's)
        if act.pos_ == "NOUN" and not _announced(act, lexicon) or _supposition_called(act, lexicon) or (
                _taken_as_answered(act, lexicon)):
            continue
        if not _announced_to_come(act, lexicon) or (speaker := speaker_for(act, lexicon)) is None:
            continue
        if act.dep_ in {"ccomp", "xcomp"} and verb_predicate(act.head, lexicon) == "supports":
            continue  # "would continue to help the Iraqi army fight the Islamic State": the helped fight, as a purpose
        if act.pos_ == "NOUN" and _anothers_act(act, speaker, lexicon):
            continue  # "the continuation of its attacks will drag the region into war": Washington's, not the speaker's
        targets = list(dict.fromkeys(_targets_of_act(act, lexicon) + answers))
        if not targets and act.pos_ == "NOUN" and act.dep_ == "dobj":
            targets = prep_objects(act.head, lexicon.target_preps)  # "would escalate operations against US interests"
        if act.pos_ == "VERB" and is_passive(act):
            targets += [c for c in act.children if c.dep_ in PASSIVE_SUBJECT_DEPS]  # "X would be targeted"
        yield from said_of(speaker, "threatens", targets, act, _threat_pattern(act, lexicon))


def _threat_pattern(act: Token, lexicon: Lexicon) -> str:
    """The pattern a threat of acts to come is read by: one of its own where the acts are ones not to be stopped
    ("would not stop its attacks"), whose negation is the threat's own word, not one that unsays it."""
    not_stopped = act.dep_ == "dobj" and lemma_of(act.head) in lexicon.stopping_verbs and negated(act.head)
    return "reported_threat.not_stopped" if not_stopped else "reported_threat"


def _supposition_called(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act is what a supposed act is called, no act to come.

    >>> read("Awadi warned that any Israeli strike would be an aggression against Iraq.", reported_threat)
    []
    """
    return act.dep_ == "attr" and any(supposed(s, lexicon) for s in subjects_of(act.head))


def _targets_of_act(act: Token, lexicon: Lexicon) -> list[Token]:
    """Whom an act is done to: its objects and the objects of its prepositions of aim; of an act it launches or an
    answer it takes, that act's ("would launch new operations against the PKK": the operations are no target).

    >>> read("Turkey would launch new operations against the PKK, Erdogan said.", reported_threat)[0]
    ('Erdogan', 'threatens', 'PKK')
    """
    objects = [c for c in act.children if c.dep_ == "dobj"]
    launched = [o for o in objects if lexicon.noun_predicates.get(lemma_of(o)) == "attacks" or (
        lemma_of(o) in lexicon.answering_nouns)]
    return prep_objects(act, lexicon.target_preps) + [o for o in objects if o not in launched] + [
        t for o in launched for t in prep_objects(o, lexicon.target_preps)]


def _answered_by_act(act: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a verb of answering or settling names as answered: "would respond to any Israeli aggression", "would
    deal with the American embassy" (answering an act to come is a threat against its doer).

    >>> read("Nujaba warned that it would deal with the American embassy.", reported_threat)
    [('Nujaba', 'threatens', 'embassy')]
    >>> read("The committee said it would take revenge on the American occupier.", reported_threat)
    [('committee', 'threatens', 'occupier')]
    """
    if act.pos_ != "VERB":
        return []
    lemma = lemma_of(act)
    if lemma in lexicon.light_verbs and any(lemma_of(o) in lexicon.answering_nouns for o in direct_objects(act)):
        return _targets_of_act(act, lexicon)  # "would take revenge on X": the answer's aim, on either word
    return prep_objects(act, {"to"}) if lemma in lexicon.response_verbs else (
        prep_objects(act, {"with"}) if lemma in lexicon.reckoning_verbs else [])


def _taken_as_answered(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act's noun is what a verb of answering takes, another's act answered.

    >>> read("Austin said the US would respond to the attack on US troops.", reported_threat)
    [('Austin', 'threatens', 'attack')]
    """
    verb = act.head.head if act.dep_ == "pobj" else act.head
    return act in _answered_by_act(verb, lexicon)


def _anothers_act(act: Token, speaker: Token | str, lexicon: Lexicon) -> bool:
    """Whether an act's noun names an agent of its own ("its attacks", "US strikes", "attacks by X", "militia
    attacks") that is not the speaker, nor the speaker's "our".

    >>> read("The ambassador warned that militia attacks on U.S. forces would jeopardize relations.", reported_threat)
    []
    """
    agents = _doers(act) + [c for c in act.children if c.dep_ in {"compound", "amod"} and (
        lemma_of(c) in lexicon.descriptions["Militia"])]
    # (the speaker's phrase names its own: "the secretary-general of Kataib Sayyid al-Shuhada, X, said its attacks")
    speakers = {speaker} if isinstance(speaker, str) else {a for t in speaker.subtree for a in actor_ids_at(t)}
    return bool(agents) and not any(a.lower_ in SPEAKER_PRONOUNS or speakers & set(actor_ids_at(a)) for a in agents)


def _doers(act: Token) -> list[Token]:
    """The doers an act's noun names: "Israeli aggression", "attacks by X", a speaker's "our attacks"."""
    return [c for c in act.children if c.dep_ in {"poss", "compound", "amod"} and (
        actor_ids_at(c) or c.lower_ in SPEAKER_PRONOUNS)] + agents_in_phrase(act)


def _answered_supposition(act: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "Any aggression against Lebanon will be met with a response", "any attack by the factions would draw a
    response": a supposed act an answer is promised to, whose doer is threatened and whose target is not."""
    answers = prep_objects(act.head, {"with", "by"}) if act.dep_ == "nsubjpass" else direct_objects(
        act.head) if act.dep_ == "nsubj" and in_future(act.head, lexicon) else []
    if any(lemma_of(o) in lexicon.answering_nouns for o in answers) and (
            speaker := speaker_for(act, lexicon)) is not None:
        doers = [d for d in _doers(act) if d.lower_ not in SPEAKER_PRONOUNS]
        yield from said_of(speaker, "threatens", doers, act, "reported_threat")


def _announced(act: Token, lexicon: Lexicon) -> bool:
    """Whether an act's noun is told as happening: not the object of a verb that does something to it ("would
    harm the fight against X"), unlike one that carries it out, keeps it up or suffers it ("will launch strikes",
    "will continue its attacks", "will face attacks"); nor one a noun is a part "in" ("will continue cooperation in
    the fight against ISIS": a campaign one takes part in, not a blow to come).

    >>> read("Tueller said Washington would continue cooperation in the fight against ISIS.", reported_threat)
    []
    >>> read("Kaabi said the resistance would not stop its attacks on US forces.", reported_threat)
    [('Kaabi', 'threatens', 'US forces')]
    """
    if act.dep_ == "pobj" and act.head.lower_ == "in":
        holder = act.head.head
        part = [holder] if holder.pos_ == "NOUN" else direct_objects(holder)
        if any(lexicon.noun_predicates.get(lemma_of(p)) != "attacks" for p in part):
            return False
    # ("would not stop its attacks": acts not to be stopped go on)
    return act.dep_ != "dobj" or lemma_of(act.head) in (
        lexicon.light_verbs | lexicon.continuation_verbs | lexicon.threat_verbs | lexicon.undergoing_verbs) or (
        lemma_of(act.head) in lexicon.stopping_verbs and negated(act.head))


def _denied_safety(state: Token, lexicon: Lexicon) -> Iterator[Frame]:
    """ "US bases will not be safe", "no American soldier will be safe", "the occupiers will not enjoy security":
    safety denied to come threatens whom.

    >>> read("The Resistance affirms that the occupation forces will not enjoy security in Iraq.", reported_threat)
    [('Resistance', 'threatens', 'occupation forces')]
    >>> read("The minister warned that the United States would not be spared from this fire.", reported_threat)
    [('minister', 'threatens', 'United States')]
    """
    verb = state.head
    had = state.dep_ == "dobj" and lemma_of(state) in lexicon.safety_nouns and lemma_of(verb) in lexicon.having_verbs
    # ("would not be spared": the passive of a verb of sparing is its own clause)
    if lemma_of(state) in lexicon.sparing_verbs and state.pos_ == "VERB" and is_passive(state):
        verb, had = state, True
    if not ((lemma_of(state) in lexicon.safety_words and state.dep_ == "acomp" or had) and in_future(verb, lexicon)):
        return
    subjects = subjects_of(verb) + [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
    denied = any(c.dep_ == "neg" for c in verb.children) or any(
        c.dep_ == "det" and c.lower_ == "no" for s in subjects for c in s.children)
    if denied and not in_condition(verb, lexicon) and (speaker := speaker_for(verb, lexicon)) is not None:
        yield from said_of(speaker, "threatens", subjects, state, "reported_threat.denied_safety")


def conditional_threat(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker saying what will befall an actor if it acts: the speaker threatens the actor of the condition.

    >>> read("If Washington harmed their interests, he warned, the factions might move against US interests.",
    ...      conditional_threat)
    [('he', 'threatens', 'Washington')]
    >>> read("Should the Americans stay, the factions will turn every weapon against them, Mohi said.",
    ...      conditional_threat)
    [('Mohi', 'threatens', 'Americans')]
    >>> read("If the US leaves, Iraq will be stable, he said.", conditional_threat)
    []
    >>> read("Kataib Hezbollah warned that it would not stand idle if the Americans attacked again.",
    ...      conditional_threat)
    [('Kataib Hezbollah', 'threatens', 'Americans')]
    >>> read("The factions said they would not stand by if the United States joined the war.", conditional_threat)
    [('factions', 'threatens', 'United States')]
    >>> read("He warned that Iran would not hesitate to act if Baghdad failed.", conditional_threat)
    [('He', 'threatens', 'Baghdad')]
    >>> read("The Islamic Resistance said it would not stand idle if the war expanded.", conditional_threat)
    []
    >>> read("Kataib Hezbollah said it reserved the right to resume attacks if US forces did not leave.",
    ...      conditional_threat)
    [('Kataib Hezbollah', 'threatens', 'US forces')]
    """
    yield from _threatened_unless(sent, lexicon)
    for verb in sent:
        if not _of_an_act_to_come(verb, lexicon):
            continue
        # the parser may hang the condition on a parenthetical "he warned" between it and the outcome, or on the
        # infinitive the verb governs ("would not hesitate to act if ...", or a verb of an act to come: "reserved
        # the right to resume attacks if ...")
        clauses = [verb, *(c for c in verb.children if c.dep_ in {"parataxis", "xcomp"}),
                   *(a for o in verb.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "acl")]
        conditions = [c for clause in clauses for c in clause.children
                      if c.dep_ == "advcl" and _is_condition(c, lexicon)]
        if not conditions:
            continue
        outcome = set(verb.subtree) - {t for c in conditions for t in c.subtree}
        # ("would not stand idle", "would not stand by", "would not hesitate to act")
        refused_inaction = any(c.dep_ == "neg" for c in verb.children) and (any(
            lemma_of(t) in lexicon.inaction_words for t in outcome) or phrasal_lemma(verb) in lexicon.inaction_words
            or lemma_of(verb) in lexicon.hesitation_verbs)
        if not (refused_inaction or any(_is_hostile(t, lexicon) or _breaks_off(t, lexicon) for t in outcome)):
            continue
        if (speaker := speaker_for(verb, lexicon)) is not None:
            # ("if the war expanded": a war that spreads is no actor the speaker threatens)
            actors = (s for c in conditions if not _condition_on_a_third(c, outcome) for s in c.children
                      if s.dep_ in SUBJECT_DEPS and lemma_of(s) not in lexicon.conflict_nouns)
            yield from said_of(speaker, "threatens", actors, verb, "conditional_threat")


def _of_an_act_to_come(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb tells of an act to come: under a modal of the future ("would strike"), or a verb of one itself
    ("reserved the right to", "vowed to"), or a copula of readiness for one ("were ready to fight")."""
    return verb.pos_ == "VERB" and lemma_of(verb) in lexicon.future_words or verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"aux", "acomp"} and c.lower_ in lexicon.future_words for c in verb.children)


def _condition_on_a_third(condition: Token, outcome: set[Token]) -> bool:
    """Whether the outcome of a condition strikes someone other than the condition's actor: in "the resistance
    would strike American bases if Israel attacked Iran" the bases are threatened, not Israel, and in "were ready to
    strike American bases if the United States joined the fighting" the bases, as the outcome names them.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Kaabi warned that the resistance would strike US forces if Israel attacked Iran.")
    >>> _condition_on_a_third(doc[11], set(doc[3:9])), _condition_on_a_third(doc[11], set(doc[3:7]))
    (True, False)
    """
    struck = {a for t in outcome if t.dep_ == "dobj" or t.dep_ == "pobj" and t.head.lower_ in {"against", "on"}
              for a in actor_ids_at(t)}
    doers = {a for s in condition.children if s.dep_ in SUBJECT_DEPS for a in actor_ids_at(s)}
    return bool(struck) and not doers & struck


def _threatened_unless(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A threat made on a condition an actor can meet: who threatens threatens the actor of the condition.

    >>> read("Pompeo threatened to close the embassy unless the Iraqi government stopped the attacks.",
    ...      conditional_threat)
    [('Pompeo', 'threatens', 'government')]
    >>> read("Washington threatened sanctions if Baghdad expelled US troops.", conditional_threat)
    [('Washington', 'threatens', 'Baghdad')]
    >>> read("The Guards warned of further strikes if Israel continued its attacks.", conditional_threat)
    [('Guards', 'threatens', 'Israel')]
    >>> read("Qais al-Khazali warned of a harsh response if US forces did not leave.", conditional_threat)
    [('Qais al-Khazali', 'threatens', 'US forces')]
    >>> read("Iran warned of a crushing response should Israel strike its nuclear sites.", conditional_threat)
    [('Iran', 'threatens', 'Israel')]
    """
    for verb in sent:
        # ("warned of further strikes if Israel continued its attacks", "warned of a harsh response if ...": a warning
        # of attacks, or of what one is told one will face, is a threat of them)
        warned_of_attacks = lemma_of(verb) in lexicon.warning_verbs and any(
            lexicon.noun_predicates.get(lemma_of(o)) == "attacks" or lemma_of(o) in lexicon.threat_outcomes
            for o in prep_objects(verb, {"of"}))
        if verb.pos_ != "VERB" or lexicon.verb_predicates.get(lemma_of(verb)) != "threatens" and not warned_of_attacks:
            continue
        clauses = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
        # (the parser may take an inverted condition for a reported clause: "warned of a crushing response should
        # Israel strike", which no complement clause is, having no "that" and its auxiliary before its subject)
        conditions = [c for clause in clauses for c in clause.children if _is_condition(c, lexicon) and (
            c.dep_ == "advcl" or c.dep_ == "ccomp" and not any(m.dep_ == "mark" for m in c.children))]
        # ("threatened to strike the militias if they continued": a pronoun takes up the one threatened)
        threatened = any(direct_objects(clause) for clause in clauses)
        # ("threatened to resume attacks on U.S. troops if Israel strikes Iraq": the troops are threatened)
        # (but "if Washington did not withdraw", whose forces they are, is threatened too)
        struck = _attacked_in(set(verb.subtree) - {t for c in conditions for t in c.subtree}, lexicon)
        for threatener in subjects_of(verb):
            for actor in (s for c in conditions for s in c.children if s.dep_ in SUBJECT_DEPS
                          if not (threatened and s.pos_ == "PRON") and not (struck and not any(
                              _one_side(a, struck, sent.doc._.actors or {}) or a in struck for a in actor_ids_at(s)))):
                yield frame(threatener, "threatens", actor, verb, "conditional_threat.threatened")


def _attacked_in(tokens: set[Token], lexicon: Lexicon) -> set[str]:
    """The actors the attacks told among `tokens` are on: "resume attacks on U.S. troops", "strike US bases"."""
    return {a for t in tokens if t.dep_ == "pobj" and t.head.lower_ in lexicon.target_preps and (
        lexicon.noun_predicates.get(lemma_of(t.head.head)) == "attacks") or t.dep_ == "dobj" and (
        lexicon.verb_predicates.get(lemma_of(t.head)) == "attacks") for a in actor_ids_at(t)}


def _is_condition(clause: Token, lexicon: Lexicon) -> bool:
    """An adverbial clause that is a condition: "if X ...", "unless X ...", or inverted "should X ..."."""
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    return any(c.dep_ == "mark" and c.lower_ in lexicon.condition_marks for c in clause.children) or any(
        c.dep_ == "aux" and c.lower_ in lexicon.inverted_condition_auxiliaries and subjects and c.i < subjects[0].i
        for c in clause.children)


def _breaks_off(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb breaks off with a state: closes its embassy, recalls its diplomats, severs ties.

    >>> read("Washington warned it would close its embassy unless the government reined in the militias.",
    ...      conditional_threat)
    [('Washington', 'threatens', 'government')]
    >>> read("The embassy would close if the fighting went on, he said.", conditional_threat)
    []
    """
    return lemma_of(verb) in lexicon.breaking_off_verbs and any(
        c.dep_ == "dobj" and lemma_of(c) in lexicon.diplomatic_ties | lexicon.envoy_nouns for c in verb.children)


def _is_hostile(token: Token, lexicon: Lexicon) -> bool:
    lemma = lemma_of(token)
    return (lemma in lexicon.coercive_acts | lexicon.threat_outcomes | lexicon.retaliation_words
            or "attacks" in (lexicon.verb_predicates.get(lemma), lexicon.noun_predicates.get(lemma))
            or lexicon.verb_predicates.get(lemma) == "kills")


def marked_as_target(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Naming an actor a target: "US bases would be legitimate targets", "we will treat every US target as fair
    game". Whoever says so, or treats it so, threatens it.

    >>> read("Kataib Hezbollah warned that US bases would be legitimate targets.", marked_as_target)
    [('Kataib Hezbollah', 'threatens', 'US bases')]
    >>> read("Askari warned that American interests in the region would become targets.", marked_as_target)
    [('Askari', 'threatens', 'interests')]
    >>> read("The movement would treat every US target as fair game.", marked_as_target)
    [('movement', 'threatens', 'US target')]
    >>> read('"Every American base in Iraq is a legitimate target," he said.', marked_as_target)
    [('he', 'threatens', 'base')]
    >>> read('"Its bases are within our reach," he said.', marked_as_target)
    [('he', 'threatens', 'bases')]
    >>> read("Israel has struck what it describes as Iran-linked targets.", marked_as_target)
    []
    >>> read('The group said it would consider the remaining troops "legitimate targets".', marked_as_target)
    [('group', 'threatens', 'troops')]
    """
    for label in sent:
        if lemma_of(label) in lexicon.reach_nouns and label.dep_ == "pobj" and label.head.lower_ in {"within", "in"}:
            # "its bases and its ships are within our reach"
            if lemma_of(verb := label.head.head) == "be" and (speaker := speaker_for(verb, lexicon)) is not None:
                yield from said_of(speaker, "threatens", subjects_of(verb), label, "marked_as_target.in_reach")
        if lemma_of(label) not in lexicon.target_labels or label.pos_ != "NOUN":
            continue
        verb = _labelling_verb(label, lexicon)
        # "would be legitimate targets"; "Every American base in Iraq is a legitimate target" in any tense
        rightful = any(c.dep_ == "amod" and c.lower_ in lexicon.rightful_adjectives for c in label.children)
        # ("would become targets": what it is to be made)
        if label.dep_ == "attr" and lemma_of(verb) in lexicon.copular_verbs and (in_future(verb, lexicon) or rightful):
            if (speaker := speaker_for(verb, lexicon)) is not None:
                yield from said_of(speaker, "threatens", subjects_of(verb), label, "marked_as_target")
        elif lemma_of(verb) in lexicon.labelling_verbs | lexicon.treating_verbs and label.dep_ in {
                "oprd", "xcomp", "pobj", "dobj"}:
            # ("strikes against what it describes as Iran-linked targets": what a told act struck, not a threat)
            marked = [c for c in verb.children if c.dep_ == "dobj" and c != label and c.lower_ != "what"]
            # ("consider the remaining troops legitimate targets": the parser may make them the label's subject)
            marked += [c for c in label.children if c.dep_ == "nsubj"]
            speaker = speaker_for(verb, lexicon)  # "his movement would treat ..., he said": the speaker threatens
            yield from said_of(speaker, "threatens", marked, label, "marked_as_target") if speaker else (
                frame(subject, "threatens", obj, label, "marked_as_target")
                for subject in subjects_of(verb) for obj in (t for m in marked for t in conjuncts(m)))


def labelled_occupier(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Calling an actor, or its presence, an occupation or an occupier: opposing it, the presence it rejects
    being the actor's.

    >>> read("Kataib Hezbollah views the US military presence as an occupation.", labelled_occupier)
    [('Kataib Hezbollah', 'opposes', 'presence')]
    >>> read("Harakat al-Nujaba said US troops who stay will be treated as occupiers.", labelled_occupier)
    [('Harakat al-Nujaba', 'opposes', 'US troops')]
    >>> read("Kataib Hezbollah said it would treat any US troops who remain after May as occupiers.",
    ...      labelled_occupier)
    [('it', 'opposes', 'US troops')]
    >>> read("The group regards the strikes as a violation.", labelled_occupier)
    []
    """
    for label in sent:
        if lemma_of(label) not in lexicon.occupation_words and label.lower_ not in lexicon.occupation_words:
            continue
        verb = _labelling_verb(label, lexicon)
        if lemma_of(verb) not in lexicon.labelling_verbs | lexicon.treating_verbs or label.dep_ not in {
                "oprd", "xcomp", "pobj", "attr"}:
            continue
        if is_passive(verb):  # "US troops who stay will be treated as occupiers", the group said
            labeller = next(iter(passive_agents(verb)), None) or speaker_for(verb, lexicon)
            labellers = [labeller] if labeller is not None else []
            labelled = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        else:
            labellers, labelled = subjects_of(verb), [c for c in verb.children if c.dep_ == "dobj" and c != label]
        for labeller in labellers:
            yield from said_of(labeller, "opposes", labelled, label, "labelled_occupier")


def _labelling_verb(label: Token, lexicon: Lexicon) -> Token:
    """The verb a label hangs on, through "as" ("treat every US target as fair game"), however low the parser
    hangs the "as" ("treat any US troops who remain after the deadline as occupiers")."""
    if label.dep_ == "pobj" and label.head.lower_ == "as":
        labelling = lexicon.labelling_verbs | lexicon.treating_verbs
        return next((a for a in label.head.ancestors if lemma_of(a) in labelling), label.head.head)
    return label.head


def rejection(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """A speaker leaving no room for an actor ("There is no room for American bases," he said), or no ground for
    its act.

    >>> read('"There is no room for foreign forces," the cleric said.', rejection)
    [('cleric', 'opposes', 'forces')]
    >>> read("Amiri said there was no place for American forces in Iraq.", rejection)
    [('Amiri', 'opposes', 'forces')]
    >>> read("The commander said US troops were not welcome in Iraq.", rejection)
    [('commander', 'opposes', 'US troops')]
    >>> read("The spokesman said there was no justification for the raids.", rejection)
    [('spokesman', 'accuses', 'raids')]
    >>> read("Sudani said that the US-led coalition was no longer needed.", rejection)
    [('Sudani', 'opposes', 'coalition')]
    >>> read('"The American forces have no justification to stay," Amiri said.', rejection)
    [('Amiri', 'opposes', 'forces')]
    """
    for token in sent:
        predicate = "opposes" if lemma_of(token) in lexicon.rejection_nouns else (
            "accuses" if lemma_of(token) in lexicon.justification_nouns else None)
        if predicate and any(c.lower_ == "no" for c in token.children):
            # "no justification for the raids": an act denied any ground accuses whoever did it; an actor denied
            # any ground to stay is opposed
            if (speaker := speaker_for(token, lexicon)) is not None:
                yield from said_of(speaker, predicate, prep_objects(token, {"for"}), token, "rejection")
                yield from said_of(speaker, "opposes", _denied_ground_to_stay(token, lexicon), token, "rejection")
        elif token.pos_ == "ADJ" and _unwelcome(token, lexicon) and (speaker := speaker_for(token, lexicon)):
            # "US troops are not welcome in Iraq", he said
            yield from said_of(speaker, "opposes", subjects_of(token.head), token, "rejection")
        elif lemma_of(token) in lexicon.needing_verbs and is_passive(token) and negated(token) and (
                speaker := speaker_for(token, lexicon)):
            # "the coalition was no longer needed", he said; "the coalition, which he said was no longer needed"
            yield from said_of(speaker, "opposes", [
                relative_antecedent(c) for c in token.children if c.dep_ in PASSIVE_SUBJECT_DEPS or (
                    c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS)], token, "rejection")


def _denied_ground_to_stay(ground: Token, lexicon: Lexicon) -> list[Token]:
    """Who has no ground to stay: the subject of the verb that has it, where its infinitive is one of staying, or
    who has no room or place somewhere.

    >>> read("Qaani said the American occupiers have no place in the region.", rejection)
    [('Qaani', 'opposes', 'occupiers')]
    >>> read("Sudani said Iraq has no need for foreign troops.", rejection)
    [('Sudani', 'opposes', 'troops')]
    >>> read("Khazali said the United States had no right to keep bases in Iraq.", rejection)
    [('Khazali', 'opposes', 'United States')]
    >>> read("The spokesman said the PKK had no right to be in Sinjar.", rejection)
    [('spokesman', 'opposes', 'PKK')]
    """
    # (or to keep its forces there: "had no right to keep bases in Iraq"; or to be there: "no right to be in Sinjar")
    staying = any(c.dep_ in {"acl", "relcl"} and (lemma_of(c) in lexicon.staying_words | lexicon.keeping_verbs or (
        lemma_of(c) == "be" and (prep_objects(c, {"in", "on"}) or any(a.lower_ in {"there", "here"}
                                                                      for a in c.children)))) for c in ground.children)
    # ("have no place in the region"; the parser may hang the "in" on the verb)
    somewhere = lemma_of(ground) in lexicon.rejection_nouns and bool(prep_objects(ground, {"in"}) or prep_objects(
        ground.head, {"in"}))
    return subjects_of(ground.head) if (staying or somewhere) and ground.dep_ == "dobj" else []


def _unwelcome(adjective: Token, lexicon: Lexicon) -> bool:
    negated = any(c.dep_ == "neg" for c in (*adjective.children, *adjective.head.children))
    return (lemma_of(adjective) in lexicon.unwelcome_adjectives
            or lemma_of(adjective) in lexicon.welcome_adjectives and negated) and adjective.dep_ == "acomp"


def refusal(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Refusing to accept, tolerate or allow an actor, or to need it: opposing it.

    >>> read("Iraq will not accept American forces on its soil.", refusal)
    [('Iraq', 'opposes', 'forces')]
    >>> read("The government would not let Kataib Hezbollah return.", refusal)
    [('government', 'opposes', 'Kataib Hezbollah')]
    >>> read("Asaib Ahl al-Haq refused to recognise the government.", refusal)
    [('Asaib Ahl al-Haq', 'opposes', 'government')]
    >>> read("Sudani said Iraq no longer needed the coalition.", refusal)
    [('Iraq', 'opposes', 'coalition')]
    >>> read("Amiri said the Iraqi people would never accept American troops.", refusal)
    [('Amiri', 'opposes', 'troops'), ('people', 'opposes', 'troops')]
    >>> read("The premier must not allow Washington to dictate policy.", refusal)
    []
    >>> read("The kingdom would not allow its territory to become a battlefield.", refusal)
    []
    """
    for verb in sent:
        refused = negated(verb) or (
            verb.dep_ == "xcomp" and lemma_of(verb.head) in lexicon.refusing_verbs)  # "refused to recognise"
        if lemma_of(verb) not in lexicon.acceptance_verbs | lexicon.needing_verbs or not refused:
            continue
        if lemma_of(verb) in lexicon.needing_verbs and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
            continue  # "does not want Iraq to become a battlefield": an outcome not wanted, no actor
        if obliged(verb, lexicon):
            continue  # "he must not allow Washington to dictate": what the speaker asks of him, not his refusal
        refused = direct_objects(verb)
        refused += [s for c in verb.children if c.dep_ == "ccomp" for s in subjects_of(c)]  # "not let ISIS return"
        # ("would not allow its territory to become a battlefield": one's own land is no actor refused)
        refused = [r for r in refused if lemma_of(r) not in lexicon.territory_nouns]
        subjects = subjects_of(verb)
        # "a land of martyrs would never host occupiers", he said: a refusal no actor makes is the speaker's, but
        # "the two countries", "the kingdom" and "the government" are actors named before
        actor_nouns = lexicon.stand_in_nouns | lexicon.institution_nouns | lexicon.armed_group_nouns | {
            word for words in lexicon.descriptions.values() for word in words}
        if subjects and all(s.pos_ == "NOUN" and lemma_of(s) not in actor_nouns
                            and not any(c.dep_ == "nummod" for c in s.children) for s in subjects) and (
                speaker := speaker_for(verb, lexicon)):
            yield from said_of(speaker, "opposes", refused, verb, "refusal")
        for subject in subjects:
            for actor in refused:
                yield frame(subject, "opposes", actor, verb, "refusal")


def designation(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Naming an actor a terrorist, or putting it on a terrorism list: the charge is an accusation.

    >>> read("The State Department designated Kataib Hezbollah a terrorist organization.", designation)
    [('State Department', 'accuses', 'Kataib Hezbollah')]
    >>> read("The State Department said Nujaba had been added to its list of terrorists.", designation)
    [('its', 'accuses', 'Nujaba')]
    >>> read("Kataib Hezbollah has been on Washington's terrorism list since 2009.", designation)
    [('Washington', 'accuses', 'Kataib Hezbollah')]
    >>> read("The Treasury sanctioned Qais al-Khazali for his role in the killings.", designation)
    [('Treasury', 'accuses', 'Qais al-Khazali')]
    >>> read("The US imposed sanctions on Asaib Ahl al-Haq for human rights abuses.", designation)
    [('US', 'accuses', 'Asaib Ahl al-Haq')]
    >>> read("The Treasury imposed sanctions on Fly Baghdad for providing assistance to the Quds Force.", designation)
    [('Treasury', 'accuses', 'Fly Baghdad')]
    >>> read("The PKK is designated a terrorist organization by Turkey and the European Union.", designation)
    [('Turkey', 'accuses', 'PKK'), ('European Union', 'accuses', 'PKK')]
    >>> read("He leads Kataib Hezbollah, a group the US designated as a terrorist organisation.", designation)
    [('US', 'accuses', 'group')]
    >>> read("Falih al-Fayyadh was sanctioned by the Treasury for human rights abuses.", designation)
    [('Treasury', 'accuses', 'Falih al-Fayyadh')]
    >>> read("Washington sanctioned Abu Hussein al-Hamidawi for attacking US forces.", designation)
    [('Washington', 'accuses', 'Abu Hussein al-Hamidawi')]
    >>> read("Washington has sanctioned Fayyadh and several PMF leaders for human rights abuses.", designation)
    [('Washington', 'accuses', 'Fayyadh'), ('Washington', 'accuses', 'PMF leaders')]
    >>> read("Turkey struck the PKK, which is listed as a terrorist group by the EU.", designation)
    [('EU', 'accuses', 'which')]
    >>> read("The PKK, which has fought Turkey since 1984 and is designated a terrorist group by the EU, spoke.",
    ...      designation)
    [('EU', 'accuses', 'which')]
    """
    for token in sent:
        lemma = lemma_of(token)
        if lemma in lexicon.designation_verbs | lexicon.sanction_verbs and token.pos_ == "VERB" and (
                _names_terror(token, lexicon) or _states_charge(token)):
            designators, designated = _designation_parties(token)
            for designator in designators:
                for target in (t for d in designated for t in [*conjuncts(d), *_listed(d)]):
                    yield frame(designator, "accuses", target, token, "designation")
        elif lemma in lexicon.sanction_verbs and token.pos_ == "NOUN" and token.dep_ == "dobj" and any(
                map(_charged, (token, token.head, *(targets := _sanctioned(token))))):
            # "imposed sanctions on X over its attacks": a penalty that states its charge, on whom it falls (the
            # parser may hang the charge on the last of them: "on four PMF commanders over human rights abuses")
            for designator in subjects_of(token.head):
                for designated in (t for target in targets for t in conjuncts(target)):
                    yield frame(designator, "accuses", designated, token, "designation")
        elif lemma in lexicon.designation_lists and token.pos_ == "NOUN" and _names_terror(token, lexicon):
            yield from _put_on_list(token)


def _put_on_list(listing: Token) -> Iterator[Frame]:
    """Whom a terrorism list's owner puts on it: "added X to its list", "X has been on Washington's list"."""
    if listing.dep_ != "pobj" or listing.head.lower_ not in {"on", "to"}:
        return
    listed = put_on_list(listing) or [t for s in subjects_of(listing.head.head) for t in conjuncts(s)]
    for owner in (c for c in listing.children if c.dep_ == "poss"):
        for target in listed:
            yield frame(owner, "accuses", target, listing, "designation.list")


def _states_charge(verb: Token) -> bool:
    """Whether a listing or sanction states its charge ("sanctioned X for their role in the attacks"), which then
    accuses too; the parser may hang the charge on a passive's agent ("was sanctioned by the Treasury for abuses")
    or on the last of those sanctioned ("sanctioned Fayyadh and several PMF leaders for abuses").

    >>> read("The Treasury designated Ali Hamza, a businessman it said had funnelled money to Kataib Hezbollah.",
    ...      designation)
    [('Treasury', 'accuses', 'Ali Hamza'), ('Treasury', 'accuses', 'businessman')]
    """
    return any(_charged(t) for t in [verb, *passive_agents(verb), *(o for d in direct_objects(verb)
                                                                    for o in conjuncts(d)[1:])]) or any(
        # "designated X, an Iraqi businessman it said had funnelled millions to Kataib Hezbollah": the charge the
        # designator tells of the one designated
        clause.dep_ == "relcl" and any(c.dep_ == "ccomp" for c in clause.children) and any(
            s.dep_ == "nsubj" and s.lower_ in {"it", "they"} for s in clause.children)
        for d in direct_objects(verb) for a in d.children if a.dep_ == "appos" for clause in a.children)


def _sanctioned(penalty: Token) -> list[Token]:
    """Whom a penalty noun falls on, wherever the parser hangs the "on": "imposed sanctions on four PMF commanders".

    >>> read("The Treasury imposed sanctions on four PMF commanders over human rights abuses.", designation)
    [('Treasury', 'accuses', 'PMF commanders')]
    """
    return prep_objects(penalty, {"on", "against"}) or prep_objects(penalty.head, {"on", "against"})


def _charged(token: Token) -> bool:
    """Whether a "for" or "over" on the word states a charge, by a noun or a gerund: "for human rights abuses", "for
    providing assistance to the Quds Force"."""
    return any(c.dep_ == "prep" and c.lower_ in {"for", "over"} and any(g.dep_ in {"pobj", "pcomp"} for g in c.children)
               for c in token.children)


def _designation_parties(verb: Token) -> tuple[list[Token], list[Token]]:
    """Who designates or sanctions, and whom, by a verb of designation."""
    # "is designated a terrorist organization by Turkey": the parser may hang the agent on the label; "the PKK,
    # designated a terrorist group by Turkey,": a participle describing its noun is passive too
    described = verb.dep_ == "acl" and verb.tag_ == "VBN"
    passive = is_passive(verb) or described
    # ("listed as a terrorist group by Turkey": or on the label "as" takes)
    labels = [c for c in verb.children if c.dep_ == "oprd" or c.dep_ == "dobj" and passive] + (
        prep_objects(verb, {"as"}) if passive else [])
    designators = ([] if passive else subjects_of(verb)) + passive_agents(verb) + [
        o for c in labels for p in prep_objects(c, {"by"}) for o in conjuncts(p)]
    # "designated X a terrorist organization": with a dative, the object is the label; a passive's is its subject,
    # shared with a verb before it ("the PKK, which has waged an insurgency and is designated a terrorist
    # organization by Turkey")
    designated = [c for c in verb.children if c.dep_ in {"dative", "nsubjpass"}] or (
        [verb.head] if described else subjects_of(verb) if passive else [c for c in verb.children if c.dep_ == "dobj"])
    if not designated and verb.dep_ == "relcl":
        designated = [verb.head]  # "a group the US designated as a terrorist organisation": the clause's noun
    return designators, designated


def _struck_objects(verb: Token, lexicon: Lexicon) -> set[Token]:
    """The words of what an attack verb strikes, or a verb in its clause resists: in "Turkish forces neutralized 23
    terrorists" the fault is the victims' as the speaker labels them, not the forces'; in "the operation came in
    continuation of resisting the occupation forces" it is the forces', not the operation's; and what one handles or
    counters is no wrong of one's own ("Iraqi forces can now handle the threat").

    >>> read("Sudani said Iraqi forces can now handle the threat on their own.", reported_fault, speaker="Sudani")
    []
    >>> read("Raisi said Baghdad had committed to disarm and relocate Kurdish terrorist groups.", reported_fault,
    ...      speaker="Raisi")
    []
    >>> read("Syria said the Council must put an end to the illegal presence of US forces.", reported_fault,
    ...      speaker="Syria")
    []
    """
    acts = [verb] if verb_predicate(verb, lexicon) in {"attacks", "kills"} or (
        lemma_of(verb) in lexicon.countering_verbs) else []
    acts += [v for v in verb.subtree if v.dep_ in {"pcomp", "xcomp"} and v.pos_ == "VERB" and (verb_predicate(
        v, lexicon) in {"attacks", "kills", "opposes"} or lemma_of(v) in lexicon.countering_verbs)]
    # ("disarm and relocate the groups": the object coordinated verbs share)
    objects = [o for act in acts for v in (act, *act.conjuncts) for o in direct_objects(v)]
    # ("called on the Council to put an end to the illegal presence of US forces": what is to be ended)
    objects += [o for v in verb.subtree if v.pos_ == "VERB" for d in direct_objects(v)
                if lemma_of(d) in lexicon.ending_nouns for o in prep_objects(d, {"to"}) + prep_objects(v, {"to"})]
    return {t for o in objects for t in o.subtree}


def _labelled_objects(verb: Token, lexicon: Lexicon) -> set[Token]:
    """The words of whom a verb acts on that a speaker labels a wrongdoer: in "the resistance would teach the occupier
    a lesson" or "expel the occupiers" the fault is the one so labelled, not the subject's.

    >>> read("Kaabi said the resistance would teach the occupier a lesson.", reported_fault, speaker="Kaabi")
    []
    >>> read("Kaabi said Kataib Hezbollah would expel the occupiers from Iraq.", reported_fault, speaker="Kaabi")
    []
    >>> read("Kaabi said the United States is an occupier.", reported_fault, speaker="Kaabi")
    [('Kaabi', 'accuses', 'United States')]
    """
    if lemma_of(verb) in lexicon.labelling_verbs | lexicon.designation_verbs:
        return set()  # "groups ... designated terrorist organizations": the label is what the verb gives
    objects = [o for c in verb.children if c.dep_ in {"dobj", "dative"} for o in conjuncts(c)]
    objects += [o for prep in verb.children if prep.dep_ == "prep" for o in prep.children if o.dep_ == "pobj"]
    return {t for o in objects if any(lemma_of(w) in lexicon.wrongdoer_nouns for w in o.subtree
                                      if w == o or w.head == o and w.dep_ in {"compound", "amod"})
            for t in o.subtree}


def traded_accusations(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Two sides trading accusations or blame: each accuses the other.

    >>> read("The KDP and the PUK traded accusations over the delay.", traded_accusations)
    [('KDP', 'accuses', 'PUK'), ('PUK', 'accuses', 'KDP')]
    >>> read("Baghdad exchanged blame with Erbil over the salaries.", traded_accusations)
    [('Baghdad', 'accuses', 'Erbil'), ('Erbil', 'accuses', 'Baghdad')]
    """
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.trading_verbs or not any(
                lexicon.noun_predicates.get(lemma_of(o)) == "accuses" or lemma_of(o) in lexicon.blame_nouns
                for o in direct_objects(verb)):
            continue
        # ("exchanged blame with Erbil": the parser may hang the other side on what is traded)
        others = [o for t in (verb, *direct_objects(verb)) for o in prep_objects(t, {"with"})]
        sides = list(dict.fromkeys(subjects_of(verb) + [s for o in others for s in conjuncts(o)]))
        for i, first in enumerate(sides):
            for second in sides[i + 1:]:
                yield frame(first, "accuses", second, verb, "traded_accusations")
                yield frame(second, "accuses", first, verb, "traded_accusations")


def release_demanded(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Demanding the release of those held, asking no one by name: a demand of whoever holds them, the owner of the
    premises the sentence has the askers at, else the one the last arrest the text told was by (the frame's object
    is then the verb itself).

    >>> read("The group demanded the release of the detainees.", release_demanded)
    [('group', 'demands', 'demanded')]
    >>> read("Fighters gathered near the CTS headquarters, demanding that their comrades be freed.", release_demanded)
    [('Fighters', 'demands', 'CTS')]
    >>> read("The group demanded that Baghdad release the detainees.", release_demanded)
    []
    """
    for verb in sent:
        if verb.pos_ != "VERB" or not _demanding(verb, lexicon) or prep_objects(verb, {"on", "upon", "from"}):
            continue
        released = [o for o in direct_objects(verb) if lemma_of(o) in lexicon.release_words and not prep_objects(
            o, {"by"})] + [c for c in verb.children if c.dep_ == "ccomp" and lemma_of(c) in lexicon.release_words
                           and is_passive(c) and not passive_agents(c)]
        if not released:
            continue
        # ("gathered near the CTS headquarters": whose premises they are)
        owners = [c for t in sent if lemma_of(t) in lexicon.premises_nouns for c in t.children
                  if c.dep_ in {"compound", "poss"}]
        for asker in (a for s in subjects_of(verb) for a in conjuncts(s)):
            if owners:
                yield from (frame(asker, "demands", o, verb, "release_demanded.at_premises") for o in owners)
            else:
                yield frame(asker, "demands", verb, verb, "release_demanded")


def summoned_envoy(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Summoning or expelling a state's ambassador or envoy, or recalling one's own from it: a protest, which accuses
    the state.

    >>> read("The Iraqi Foreign Ministry summoned the Turkish ambassador in March.", summoned_envoy)
    [('Iraqi Foreign Ministry', 'accuses', 'Turkish')]
    >>> read("Baghdad summoned Iran's charge d'affaires.", summoned_envoy)
    [('Baghdad', 'accuses', 'Iran')]
    >>> read("The minister summoned the US charge d'affaires to protest the attack.", summoned_envoy)
    [('minister', 'accuses', 'US')]
    >>> read("Iraq recalled its ambassador from Tehran for consultations.", summoned_envoy)
    [('Iraq', 'accuses', 'Tehran')]
    >>> read("The Turkish ambassador was summoned by the Iraqi foreign ministry.", summoned_envoy)
    [('ministry', 'accuses', 'Turkish')]
    >>> read("Lawmakers demanded that the government expel the Turkish ambassador.", summoned_envoy)
    []
    >>> read("The ministry handed Turkey's ambassador a protest note.", summoned_envoy)
    [('ministry', 'accuses', 'Turkey')]
    """
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.summoning_verbs | lexicon.recalling_verbs and not (
                _protest_handed(verb, lexicon)):
            continue
        if _told_to(verb) or verb.dep_ == "ccomp" and _demanding(verb.head, lexicon):
            continue  # an envoy one asks another to expel ("demanded that the government expel") is not yet expelled
        # "summoned the US charge d'affaires": the parser may read "charge" (or "d'affaires", with "charge" for its
        # subject) as a verb, the state as its subject
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        passive = is_passive(verb)  # "the Turkish ambassador was summoned by the foreign ministry"
        summoned = [t for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS for t in conjuncts(c)] if passive else (
            direct_objects(verb) + _given_to(verb))
        envoys = [o for o in summoned + clauses + [s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS]
                  if lemma_of(o) in lexicon.envoy_nouns]
        # "the Turkish ambassador", "Iran's charge d'affaires", "the ambassador of Turkey"
        states = [m for e in envoys for m in e.subtree if m.i < e.i and m.dep_ in MODIFIER_DEPS | SUBJECT_DEPS
                  and lemma_of(m) not in lexicon.envoy_nouns] + [o for e in envoys for o in prep_objects(e, {"of"})]
        if lemma_of(verb) in lexicon.recalling_verbs:
            # "recalled its ambassador from Tehran": one's own envoy called home from the state protested against
            states = [o for e in envoys if any(c.dep_ == "poss" for c in e.children)
                      for o in prep_objects(e, {"from"}) + prep_objects(verb, {"from"})]
        for summoner in passive_agents(verb) if passive else subjects_of(verb):
            for state in (s for g in states for s in conjuncts(g)):
                yield frame(summoner, "accuses", state, verb, "summoned_envoy")


def _protest_handed(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of handing over delivers a protest: "handed him a protest note", "delivered a letter of
    complaint"."""
    return lemma_of(verb) in lexicon.delivering_verbs and any(
        lemma_of(t) in lexicon.protest_words for o in direct_objects(verb) for t in o.subtree)


def _given_to(verb: Token) -> list[Token]:
    """Whom a verb gives its object to: "handed him a note", "delivered a note to the ambassador" (the parser may hang
    "to" on the object)."""
    return datives(verb, {"to"}) + prep_objects(verb, {"to"}) + [
        t for o in direct_objects(verb) for t in o.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"]


def _names_terror(token: Token, lexicon: Lexicon) -> bool:
    """The word, its phrase or what it is named as speaks of terrorism."""
    words = {t.lower_ for t in token.subtree} | {t.lower_ for t in token.children} | {token.lower_}
    if token.dep_ == "compound" or token.dep_ == "pobj":
        words |= {t.lower_ for t in token.head.subtree}
    return bool(words & lexicon.terror_words)


def _listed(token: Token) -> list[Token]:
    """ "four groups - A, B, C and D -": the names a list noun stands for."""
    return [t for c in token.children if c.dep_ == "appos" for t in conjuncts(c)]


def unstated_objection(sent: Span, lexicon: Lexicon) -> Iterator[Frame]:
    """Objecting, protesting or complaining with nothing named that is objected to: a charge against whoever carried
    out the attack told just before (the frame's object is the verb itself).

    >>> read("The US struck the Houthis. Iraq objected strongly.", unstated_objection)
    [('Iraq', 'accuses', 'objected')]
    >>> read("Baghdad objected to the strikes.", unstated_objection)
    []
    >>> read("Baghdad did not object.", unstated_objection)
    []
    >>> read("The US struck the Houthis. Washington respected the right of Iraqis to protest peacefully.",
    ...      unstated_objection)
    []
    """
    for verb in sent:
        # ("the right of Iraqis to protest": what a noun says one may do is not done)
        if verb.pos_ != "VERB" or lemma_of(verb) not in lexicon.objecting_verbs or negated(verb) or (
                verb.dep_ == "acl" and is_to_infinitive(verb)):
            continue
        # ("objected to the strikes", "protested that ...", "complained about": what it objects to is named)
        if any(c.dep_ in OBJECT_DEPS | {"prep", "ccomp", "xcomp", "advcl", "agent"} for c in verb.children):
            continue
        for subject in subjects_of(verb):
            yield frame(subject, "accuses", verb, verb, "unstated_objection")
