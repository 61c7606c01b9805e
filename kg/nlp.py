"""Load the trained spaCy pipeline kg builds on, and declare kg's Doc and Span extensions.

The pipeline is named by the environment variable ``KG_SPACY_MODEL`` (a package
name such as ``en_core_web_sm`` or a directory); kg's own components are added
to it by the later stages (``kg.actors``, ``kg.coref``, ``kg.relations``).
"""


import logging
import os
import re
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.corpus import MONTH_NAME, WEEKDAYS, dateline_length
from kg.gazetteer import country_name, is_place
from kg.lexicon import load_lexicon
from kg.names import NAME_PARTICLES

__all__ = ["MODEL_ENV", "DEFAULT_MODEL", "PipelineNotFound", "load_pipeline", "pipeline_identity", "declare_extensions",
           "keep_titles_whole", "split_re_prefix",
           "MENTIONS_KEY", "COREF_KEY", "ACRONYMS_NAME", "AcronymNorms",
           "PARAGRAPHS_NAME", "paragraph_boundaries", "TAGS_FROM_PARSE_NAME",
           "tags_from_parse", "DATELINES_NAME", "DatelineRepairs", "dateline_tokens", "line_openings", "LISTS_NAME",
           "lists_taken_for_appositions", "compounded_name", "is_to_infinitive"]

logger = logging.getLogger(__name__)

MODEL_ENV = "KG_SPACY_MODEL"
DEFAULT_MODEL = "en_core_web_sm"
SHARED_MODEL_DIR = "en_core_web_sm-3.7.1"

# doc.spans keys: every linked actor mention (label = actor type, kb_id = actor id),
# and every pronoun or description resolved to an actor.
MENTIONS_KEY = "kg_mentions"
COREF_KEY = "kg_coref"
# doc.user_data key: the token indices of the doc's datelines, found once.
_DATELINES_KEY = "kg_dateline_tokens"


ACRONYMS_NAME = "kg_acronym_norms"
PARAGRAPHS_NAME = "kg_paragraphs"
TAGS_FROM_PARSE_NAME = "kg_tags_from_parse"
DATELINES_NAME = "kg_datelines"
LISTS_NAME = "kg_lists"


_SENTENCE_END = frozenset({".", "!", "?"})
# A timeline's date set off by a colon at the opening of a line ("2009:", "December 2019:", "Jan. 3, 2020:",
# "2003-2007:"): a label, after which the line's sentence begins.
_DATE_LABEL = re.compile(rf"(?:{MONTH_NAME}\s+)?(?:\d{{1,2}},?\s+)?\d{{4}}(?:\s*[-–]\s*\d{{4}})?\s*:")
_CLOSING = frozenset({"”", "’", '"', "'", ")"})
_STRAIGHT_QUOTES = frozenset({'"', "'"})
_ARTICLES = frozenset({"the", "a", "an"})
_INDEFINITE_ARTICLES = frozenset({"a", "an"})
_PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})
_BE_FORMS = frozenset({"is", "are", "was", "were"})  # read before the lemmatizer has run
# The arcs by which the parser may hang a dateline's city on the sentence's words.
_MODIFIER_ARCS = frozenset({"compound", "nmod", "amod", "npadvmod", "poss", "appos"})
_SUBJECT_ARCS = frozenset({"nsubj", "nsubjpass"})
_DASHES = frozenset({"-", "–", "—", "--"})
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_RELATIVE_SUBJECTS = frozenset({"which", "that", "who"})
_COPULA_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# a subject pronoun's object form, for a participle's act done to a clause's subject
_OBJECT_FORMS = {"they": "them", "he": "him", "she": "her", "it": "it"}

Repair = Callable[[Token], None]


def _gated(*, tags: Iterable[str] | None = None, deps: Iterable[str] | None = None) -> Callable[[Repair], Repair]:
    """A parse repair that leaves a token alone unless its tag is one of `tags` and its arc one of `deps` (either
    left out: any): `tags_from_parse` calls it only for such tokens. Calling every repair for every token had been
    a sixth of the whole pipeline's time; the repair still makes the test itself, so it stays right called alone."""
    def gate(repair: Repair) -> Repair:
        repair.gate = (frozenset(tags) if tags is not None else None, frozenset(deps) if deps is not None else None)
        return repair
    return gate


@Language.factory(ACRONYMS_NAME, assigns=["token.norm"])
def make_acronym_norms(nlp: Language, name: str) -> "AcronymNorms":
    return AcronymNorms(name)


class AcronymNorms:
    """Before the tagger and the parser: an all-capital short form that spells a common word (lexicon
    `acronym_norms`), in mixed-case text, is read as the name it stands for, not the word it spells. The pipeline's
    embeddings read a token's norm, and "IS" normed as "is" is a verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(ACRONYMS_NAME, before="tok2vec")
    >>> [(t.text, t.tag_) for t in nlp("The group blamed IS sleeper cells for the attack.")][3]
    ('IS', 'NNP')
    >>> [t.norm_ for t in nlp("WHAT IS NEXT FOR IRAQ")][1]
    'is'
    """

    def __init__(self, name: str = ACRONYMS_NAME):
        self.name = name
        self.norms = load_lexicon().acronym_norms

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if (norm := self.norms.get(token.text)) is not None and _in_mixed_case(token):
                token.norm_ = norm
        return doc


def _in_mixed_case(token: Token) -> bool:
    """Whether the words around a token are not all in capitals (a headline in capitals spells "IS" as a verb)."""
    words = [t for t in token.doc[max(0, token.i - 3):token.i + 4] if t.is_alpha and t.i != token.i]
    return any(not t.is_upper for t in words)


@Language.component(PARAGRAPHS_NAME, assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Fix sentence boundaries before the parser: a line break or a full stop ends a sentence, nothing else does.

    News text puts headlines, datelines and paragraphs on lines of their own, and a
    statistical parser left to itself splits short sentences at random
    ("Iraq | on Thursday condemned ..."). The parser keeps the boundaries it is given.
    """
    if not len(doc):
        return doc  # (an empty text has no sentences to bound)
    starts = [True] * len(doc)  # one decision per token, set on the doc at once: setting them one by one is slow
    quote_open = doc[0].text == '"'  # whether a straight double quote is open in this paragraph
    label_ends = label.end() if (label := _DATE_LABEL.match(doc.text)) else -1  # where a line's date label ends
    for token in doc[1:]:
        before = token.nbor(-1)
        if before.is_space and "\n" not in before.text:
            before = before.nbor(-1) if before.i > 0 else before
        if "\n" in before.whitespace_ or "\n" in before.text and before.is_space:
            starts[token.i] = True
            quote_open = False
            if label := _DATE_LABEL.match(doc.text, token.idx):
                label_ends = label.end()
        elif before.text == ":" and before.idx + 1 == label_ends:
            starts[token.i] = True  # "2009: The State Department designates ..."
        elif token.is_space or (before.text in _STRAIGHT_QUOTES and starts[before.i]):
            starts[token.i] = False
        elif before.text == "." and before.i > 0 and _is_abbreviation(before.nbor(-1)):
            starts[token.i] = False  # "Maj. Gen. Yehia Rasool", "Brig. Zubair Bradosti", "J. Smith"
        elif before.text in _SENTENCE_END or (
                before.text in _CLOSING and before.i > 0 and before.nbor(-1).text in _SENTENCE_END):
            # a straight quote after a full stop opens the next sentence unless it closes an open one
            opens = token.text == '"' and not quote_open and token.i + 1 < len(doc) and token.nbor().is_title
            starts[token.i] = opens or (not token.is_lower and token.text not in _CLOSING)
        else:
            starts[token.i] = False
        if token.text == '"':
            quote_open = not quote_open
    # spaCy's arrays are unsigned: "not a start", -1, is stored wrapped around, as Doc.to_array gives it
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


@Language.component(TAGS_FROM_PARSE_NAME, assigns=["token.tag", "token.dep", "token.head"])
def tags_from_parse(doc: Doc) -> Doc:
    """After the parser, before the attribute ruler: a tag the parse contradicts is put right, as the ruler and the
    lemmatizer then read it. A word the tagger took for a verb but the parser gave an article is a noun ("condemned
    the militia attacks and the U.S. strikes"); a word it took for a noun but the parser gave a subject before it
    and an object after it is a verb (the headline "Khazali slams US sanctions"), and so is a word it took for an
    adjective between the two (a verb in scare quotes). A verb the parser made a compound of its object, or a
    modifier of it, is raised above it, and a finite verb it coordinated with an infinitive is coordinated with the
    verb the infinitive completes, and one it coordinated with the verb of a reported clause about a thing with the
    verb of saying; a past tense the parser hung on a noun with no subject of its own is a participle. A hearsay
    participle taken for the verb, a bare infinitive after "help" taken for a compound, an object after a phrase set
    off by commas, a relative clause opened by "whose", a subject taken for an apposition, a partner hung on an
    adverbial's noun, a verb coordinated with an attribution set off inside the sentence, a subject hung on an
    auxiliary and a noun cut from the name before it by the name's short form in brackets are put right too.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.pos_) for t in nlp("Iraq condemned the attacks and the U.S. strikes.")][-2:]
    [('strikes', 'NOUN'), ('.', 'PUNCT')]
    >>> [(t.text, t.pos_) for t in nlp("Kanaani condemned the US airstrikes on the PMF.")][4]
    ('airstrikes', 'NOUN')
    >>> [(t.text, t.pos_, t.lemma_) for t in nlp("Asaib Ahl al-Haq leader Khazali slams US sanctions")][7]
    ('slams', 'VERB', 'slam')
    >>> [(t.text, t.pos_, t.lemma_) for t in nlp('Its forces had "neutralised" three militants.')][4]
    ('neutralised', 'VERB', 'neutralise')
    >>> [(t.text, t.pos_, t.dep_) for t in nlp("Iraq summons Turkish envoy over deadly strike")][:2]
    [('Iraq', 'PROPN', 'nsubj'), ('summons', 'VERB', 'ROOT')]
    >>> [(t.text, t.pos_, t.dep_) for t in nlp("Sadr demanded that the Coordination Framework step aside.")][5:7]
    [('Framework', 'PROPN', 'nsubj'), ('step', 'VERB', 'ccomp')]
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Iran said Washington bore responsibility for it.")][3:5]
    [('bore', 'ccomp', 'said'), ('responsibility', 'dobj', 'bore')]
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("KH refused to join it and accuses Iran of betrayal.")][6]
    ('accuses', 'conj', 'refused')
    >>> [(t.text, t.tag_) for t in nlp("PMF commander killed in Turkish drone strike near Sinjar")][2]
    ('killed', 'VBN')
    >>> [(t.text, t.head.text) for t in nlp("He said the complaint was a pretext, and reaffirmed support.")][9]
    ('reaffirmed', 'said')
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Gunmen believed to belong to ISIS killed two soldiers.")][:2]
    [('Gunmen', 'nsubj', 'killed'), ('believed', 'acl', 'Gunmen')]
    >>> doc = nlp("In an interview with Al Mayadeen, Ali al-Asadi, a Nujaba leader, spoke about the US presence.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Asadi", "spoke"}]
    [('Asadi', 'nsubj', 'spoke'), ('spoke', 'ROOT', 'spoke')]
    """
    for token in doc:
        _repair_parse(token)
        if not _retag_verb(token):
            _retag_noun(token)
        _retag_capitalised_event_noun(token)
        _hang_relative_clause_on_agreeing_noun(token)  # (it reads the verb's tag as put right)
    return doc


def _repair_parse(token: Token) -> None:
    """Put right the arcs the parser is known to get wrong around a token, by each repair in `_PARSE_REPAIRS` in
    turn (a later one reads the arcs an earlier one put right) whose gate the token's tag and arc pass; a repair
    that changes them has the later repairs chosen again."""
    tag, dep = token.tag_, token.dep_
    chosen, position = _repairs_for(tag, dep), 0
    while position < len(chosen):
        index = chosen[position]
        _PARSE_REPAIRS[index](token)
        if (token.tag_, token.dep_) == (tag, dep):
            position += 1
        else:
            tag, dep = token.tag_, token.dep_
            chosen, position = tuple(i for i in _repairs_for(tag, dep) if i > index), 0


@cache
def _repairs_for(tag: str, dep: str) -> tuple[int, ...]:
    """The places in `_PARSE_REPAIRS` of the repairs whose gates a token of this tag and arc passes."""
    def passes(repair: Repair) -> bool:
        tags, deps = getattr(repair, "gate", (None, None))
        return (tags is None or tag in tags) and (deps is None or dep in deps)
    return tuple(i for i, repair in enumerate(_PARSE_REPAIRS) if passes(repair))


@_gated(tags=_VERB_TAGS, deps={"acl"})
def _raise_content_clause_of_message(verb: Token) -> None:
    """A "that" clause after the message or interview a verb was said "in", which the parser made the noun's ("the
    group said in a statement that it would target US bases"): what the clause reports is the verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The group said in a statement that it would target US bases.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "target"]
    [('target', 'ccomp', 'said')]
    >>> doc = nlp("Al-Fartousi said in an interview that the faction would resume its operations.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "resume"]
    [('resume', 'ccomp', 'said')]
    """
    message = verb.head
    if not (verb.dep_ == "acl" and verb.tag_.startswith("VB") and message.dep_ == "pobj"):
        return  # (the cheap tests first: this runs for every token)
    preposition = message.head
    # (before the lemmatizer: a noun's own form)
    if not (preposition.lower_ in {"in", "on"} and preposition.head.tag_.startswith("VB") and (
            {message.lower_, message.lower_.removesuffix("s")} & (
                load_lexicon().message_nouns | load_lexicon().interview_nouns))):
        return
    if any(c.dep_ == "mark" and c.lower_ == "that" and c.i == verb.left_edge.i for c in verb.children):
        verb.head, verb.dep_ = preposition.head, "ccomp"


@_gated(tags=_VERB_TAGS, deps={"relcl"})
def _raise_reported_clause_after_time(verb: Token) -> None:
    """A "that" clause with nothing missing after a phrase of when, which the parser took for a relative clause on
    the phrase's noun ("officials told Reuters the day after the strike that a group was behind it"): the clause is
    what the verb before the phrase reports.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Officials said after the strike that Kataib Hezbollah carried out the attack.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"that", "carried"}]
    [('that', 'mark', 'carried'), ('carried', 'ccomp', 'said')]
    >>> [(t.text, t.dep_) for t in nlp("They hit the base after the strike that killed him.") if t.text == "killed"]
    [('killed', 'relcl')]
    >>> doc = nlp("Iran had informed him shortly before the attack that it would target US troops.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "target"]
    [('target', 'ccomp', 'informed')]
    """
    if not (verb.dep_ == "relcl" and verb.tag_.startswith("VB")):
        return  # (the cheap tests first: this runs for every token)
    pronoun = verb.doc[verb.left_edge.i]
    subject = any(c.dep_ in _SUBJECT_ARCS and c != pronoun for c in verb.children)
    if pronoun.lower_ != "that" or not subject or not _gap_filled(pronoun, verb):
        return
    noun = verb.head
    time = noun.head if noun.dep_ == "pobj" else noun
    lexicon = load_lexicon()
    if not (time.lower_ in lexicon.aftermath_preps | lexicon.time_preps and time.dep_ == "prep" or (
            time.dep_ == "npadvmod")):
        return
    reporter = time.head
    if reporter.tag_.startswith("VB") and not any(c.dep_ == "ccomp" for c in reporter.children):
        verb.head, verb.dep_ = reporter, "ccomp"
        pronoun.head, pronoun.dep_, pronoun.tag_ = verb, "mark", "IN"


def _gap_filled(pronoun: Token, verb: Token) -> bool:
    """Whether the clause a relative pronoun opens has the place the pronoun would fill taken: "that" as a mark, or
    an object beside another one ("that KH carried out the attack", "that KH was behind it")."""
    if pronoun.dep_ == "mark":
        return True
    if pronoun.dep_ in {"dobj", "pobj"}:
        return any(c.dep_ == pronoun.dep_ and c != pronoun for c in pronoun.head.children)
    return False


@_gated(tags={"VBG"}, deps={"advcl"})
def _raise_speech_going_on_from_reported_clause(participle: Token) -> None:
    """A participle of saying or warning set off after a clause reported, which the parser hung on the clause's verb
    ("Kataib Hezbollah said the US must leave Iraq, warning that it would escalate attacks"): the words go on, so
    the participle is the reporting verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah said the US must leave Iraq, warning that it would escalate attacks.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "warning"]
    [('warning', 'said')]
    >>> doc = nlp("The Pentagon said US forces would remain in Syria to prevent a resurgence, rejecting demands.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "rejecting"]
    [('rejecting', 'said')]
    >>> doc = nlp("The ministry denounced a bombardment that killed two civilians, calling on Ankara to stop.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "calling"]
    [('calling', 'denounced')]
    """
    if not (participle.tag_ == "VBG" and participle.dep_ == "advcl"):
        return  # (the cheap tests first: this runs for every token)
    clause = participle.head
    while clause.dep_ in {"advcl", "xcomp"} and clause.head != clause:
        clause = clause.head  # "said US forces would remain to prevent a resurgence, rejecting demands"
    # ("denounced a bombardment that killed two civilians, calling on Ankara to ...": the words go on from the
    # verb whose object the clause describes)
    speaking = clause.head if clause.dep_ == "ccomp" else clause.head.head if clause.dep_ == "relcl" and (
        clause.head.dep_ == "dobj") else None
    # (before the lemmatizer: a participle's own form)
    if speaking is not None and participle.i > clause.i and participle.doc[participle.i - 1].text == "," and (
            participle.lower_ in _speech_going_on_participles()) and speaking.tag_.startswith("VB"):
        participle.head = speaking


@_gated(tags={"VBG"}, deps={"advcl"})
def _lower_harm_participle_onto_fronted_report(participle: Token) -> None:
    """A participle of harm set off after the reporting verb of a clause fronted before it, which the parser hung on
    the reporting verb ("PKK fighters attacked a Turkish base, the ministry said, killing two soldiers"): the harm is
    what the reported act did, not the speaker's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Fighters of the PKK attacked a Turkish military base near the town of Amedi on Wednesday night, "
    ...           "Turkey's defense ministry said, killing two Turkish soldiers.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "killing"]
    [('killing', 'attacked')]
    """
    if not (participle.tag_ == "VBG" and participle.dep_ == "advcl"):
        return  # (the cheap tests first: this runs for every token)
    verb = participle.head
    report = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if report is not None and speaker is not None and report.i < speaker.i < verb.i < participle.i and (
            participle.lower_ in _harm_participles()):
        participle.head = report


@cache
def _harm_participles() -> frozenset[str]:
    """The participles of the lexicon's verbs of attacking and killing ("killing", "wounding")."""
    return frozenset(form for lemma, predicate in load_lexicon().verb_predicates.items() if "_" not in lemma and (
        predicate in {"attacks", "kills"}) for form in (lemma + "ing", lemma.removesuffix("e") + "ing"))


@cache
def _speech_going_on_participles() -> frozenset[str]:
    """The participles of the lexicon's verbs whose words go on after a clause reported ("warning", "adding")."""
    return frozenset(form for lemma in load_lexicon().speech_going_on_verbs for form in (
        lemma + "ing", lemma.removesuffix("e") + "ing"))


@_gated(tags={"NN", "NNS"}, deps={"appos"})
def _lower_apposition_onto_named_whole(noun: Token) -> None:
    """A description of a group set off after the name an "of" gives, or an "on" or "against" after a noun of no
    group, which the parser hung on the noun before the preposition ("the deputy leader of the Popular Mobilisation
    Forces, an umbrella grouping of militias", "blamed that attack on the Islamic Resistance in Iraq, a coalition of
    militias"): a group noun describes the group named, not the leader or the attack.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Muhandis was the deputy leader of the Popular Mobilisation Forces, an umbrella of militias.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "umbrella"]
    [('umbrella', 'Forces')]
    >>> doc = nlp("Washington has blamed that attack on the Islamic Resistance in Iraq, a coalition of Iran-backed "
    ...           "militias that includes Kataib Hezbollah.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "coalition"]
    [('coalition', 'Resistance')]
    >>> doc = nlp("An official from the Sadiqoun bloc, the political wing of Asaib Ahl al-Haq, said so.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "wing"]
    [('wing', 'bloc')]
    """
    if not (_describes_a_group(noun) or noun.dep_ == "appos" and noun.lower_ in load_lexicon().organisation_parts):
        return  # (the cheap tests first: this runs for every token)
    doc = noun.doc
    # ("a lawmaker from the Sadiqoun bloc, the political arm of Asaib Ahl al-Haq": the bloc's description)
    preps = {"of"} if _describes_a_group(noun.head) else {"of", "on", "against", "from"}
    named = next((o for p in noun.head.children if p.dep_ == "prep" and p.lower_ in preps for o in p.children
                  if o.dep_ == "pobj" and (o.tag_ in {"NNP", "NNPS"} or any(
                      c.dep_ == "compound" and c.tag_ == "NNP" for c in o.children))), None)
    comma = noun.left_edge.i - 1  # (the parser may take it into the name's phrase)
    if named is not None and doc[comma].text == "," and comma in {named.right_edge.i, named.right_edge.i + 1}:
        noun.head = named


@_gated(deps={"relcl"})
def _lower_thing_s_relative_clause_off_role(verb: Token) -> None:
    """A relative clause on a thing ("which") set off after a role's "of" name, which the parser hung on the role
    noun ("the secretary general of Harakat al-Nujaba, which is listed by the United States as a terrorist
    organisation"): "which" is no person's, so the clause is the name's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Akram al-Kaabi is the secretary general of Harakat al-Nujaba, which is listed by the United States "
    ...           "as a terrorist organisation.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "listed"]
    [('listed', 'Nujaba')]
    """
    if verb.dep_ != "relcl" or verb.head.lower_ not in load_lexicon().role_predicates:
        return  # (the cheap tests first: this runs for every token)
    doc = verb.doc
    opening = verb.left_edge
    if opening.lower_ != "which" or opening.i < 2 or doc[opening.i - 1].text != ",":
        return
    named = doc[opening.i - 2]
    if named.tag_ in {"NNP", "NNPS"} and named != verb.head and verb.head.is_ancestor(named):
        verb.head = named


@_gated(tags={"NN", "NNS"}, deps={"appos"})
def _lower_apposition_over_verb(noun: Token) -> None:
    """A description of a group, or of a group's part, set off right after a noun, which the parser hung on a noun
    before the verb ("Sudani's list was followed by the Sadiqoun bloc, the political arm of Asaib Ahl al-Haq"): an
    apposition does not reach back over a verb, so it describes the noun before its comma.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Sudani's list was followed by the State of Law coalition of Nouri al-Maliki and by the Sadiqoun "
    ...           "bloc, the political arm of the Asaib Ahl al-Haq militia.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "arm"]
    [('arm', 'bloc')]
    >>> doc = nlp("The raid was conducted in coordination with the Syrian Democratic Forces (SDF), a U.S.-backed "
    ...           "Kurdish-led militia.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "militia"]
    [('militia', 'Forces')]
    """
    if noun.dep_ != "appos" or not (_describes_a_group(noun) or noun.lower_ in load_lexicon().membership_heads):
        return  # (the cheap tests first: this runs for every token)
    doc, head = noun.doc, noun.head
    comma = noun.left_edge.i - 1
    if comma < 1 or doc[comma].text != "," or head.i > comma:
        return
    before = doc[comma - 1]
    before = before.head if before.text == ")" else before  # ("the Syrian Democratic Forces (SDF), a ... militia")
    if before.tag_ in {"NN", "NNS", "NNP", "NNPS"} and before != head and not before.is_ancestor(noun) and any(
            t.tag_.startswith("VB") and t.dep_ not in {"amod", "compound"} for t in doc[head.i + 1:before.i]):
        noun.head = before


@_gated(tags={"NN", "NNS"}, deps={"appos"})
def _lower_apposition_past_relative_clause(noun: Token) -> None:
    """A description of a group set off right after a relative clause that ends in a name, which the parser hung on
    the name the clause is about ("Sudani, who came to power with the backing of the Coordination Framework, a
    coalition of Shiite parties close to Tehran, ..."): a group noun describes the group named last.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("For Prime Minister Mohammed Shia al-Sudani, who came to power with the backing of the Coordination "
    ...           "Framework, a coalition of Shiite parties close to Tehran, the attacks are a dilemma.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "coalition"]
    [('coalition', 'Framework')]
    """
    if not _describes_a_group(noun):
        return  # (the cheap tests first: this runs for every token)
    doc = noun.doc
    named = doc[noun.left_edge.i - 2] if noun.left_edge.i > 1 and doc[noun.left_edge.i - 1].text == "," else None
    clause = next((c for c in noun.head.children if c.dep_ == "relcl"), None)
    if named is not None and named.tag_ in {"NNP", "NNPS"} and clause is not None and clause.is_ancestor(named):
        noun.head = named


@_gated(tags={"NN", "NNS"}, deps={"appos"})
def _lower_group_description_off_person(noun: Token) -> None:
    """A description of a group set off after a person's role that ends in a group's name, which the parser hung on
    the person ("Rojhat Ahmed, a senior officer in the People's Protection Units, or YPG, the Kurdish militia that
    forms the backbone of the SDF"): no person is a militia, and the description is of the name before it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The SDF identified one of the dead as Rojhat Ahmed, a senior officer in the People's Protection "
    ...           "Units, or YPG, the Kurdish militia that forms the backbone of the SDF.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "militia"]
    [('militia', 'YPG')]
    """
    if not _describes_a_group(noun) or not _set_off(noun):
        return  # (the cheap tests first: this runs for every token)
    # (a group may be a member of another: "Kataib Hezbollah, a member of the PMF, an Iran-backed militia")
    role = next((a for a in noun.head.children if a.dep_ == "appos" and a.i < noun.i and a.lower_ in _role_nouns()
                 and a.lower_ not in load_lexicon().membership_heads and _end_before_comma(a) + 2 == noun.left_edge.i),
                None)
    named = None if role is None else _last_noun_of(role)
    if named is not None and named.tag_ in {"NNP", "NNPS"}:
        noun.head = named


@_gated(tags={"NN"}, deps={"appos"})
def _lower_role_onto_last_listed_name(role: Token) -> None:
    """A role set off after the last name of a list, which the parser hung on the list's first name ("Qais
    al-Khazali, the leader of Asaib Ahl al-Haq, his brother Laith al-Khazali, and Hussein Falih al-Lami, the security
    chief of the PMF"): the role describes the name it follows.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The sanctions target Qais al-Khazali, the leader of Asaib Ahl al-Haq, his brother Laith "
    ...           "al-Khazali, and Hussein Falih al-Lami, the security chief of the Popular Mobilization Forces.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "chief"]
    [('chief', 'Lami')]
    """
    if role.dep_ != "appos" or role.tag_ != "NN" or role.lower_ not in _role_nouns() or not _set_off(role):
        return
    named = role.doc[role.left_edge.i - 2]
    if named.tag_ == "NNP" and named.dep_ == "conj" and named.head != role.head and role.head.is_ancestor(named):
        role.head = named


@_gated(tags={"VBZ"}, deps={"ROOT"})
def _lower_acronym_taken_for_copula(acronym: Token) -> None:
    """ "IS", the Islamic State's acronym, which the parser took for the copula opening its sentence ("IS militants
    killed three Peshmerga fighters"): it names the noun after it, and the clause it seemed to govern is the
    sentence.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("IS militants killed three Peshmerga fighters near Makhmour.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc[:3]]
    [('IS', 'compound', 'militants'), ('militants', 'nsubj', 'killed'), ('killed', 'ROOT', 'killed')]
    """
    if not (acronym.text == "IS" and acronym.tag_ == "VBZ" and acronym.dep_ == "ROOT"):
        return  # (the cheap tests first: this runs for every token)
    doc = acronym.doc
    noun = doc[acronym.i + 1] if acronym.i + 1 < len(doc) else None
    if noun is None or not noun.tag_.startswith("NN") or noun.dep_ not in _SUBJECT_ARCS:
        return
    clause = noun.head
    if clause.head != acronym or clause.dep_ not in {"ccomp", "conj", "advcl"}:
        return
    for child in [c for c in acronym.children if c != clause]:
        child.head = clause
    clause.head, clause.dep_ = clause, "ROOT"
    acronym.head, acronym.dep_, acronym.tag_ = noun, "compound", "NNP"


@_gated(tags={"VBD"}, deps={"conj"})
def _raise_past_conjunct_of_present_clause(verb: Token) -> None:
    """A past tense the parser coordinated with a verb not in the past inside a clause a past verb reports
    ("Halbousi said that Iraq rejects the presence of Turkish bases and called on Ankara to withdraw", "stressed
    that Iraq would not allow its territory to be used against anyone and called on Tehran to ..."): the tenses
    tell the past verb goes on with the reporting one.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Halbousi said that Iraq rejects the presence of Turkish bases and called on Ankara to withdraw.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "called"]
    [('called', 'said')]
    >>> doc = nlp("He stressed that Iraq would not allow its land to be used to threaten anyone and called on "
    ...           "Tehran to respect its sovereignty.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "called"]
    [('called', 'stressed')]
    >>> doc = nlp("He said the prime minister had made promises but had not kept them, and he urged him to act.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "urged"]
    [('urged', 'said')]
    """
    clause = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and clause.tag_ in {"VBZ", "VBP", "VB", "VBN"}):
        return  # (the cheap tests first: this runs for every token)
    own_subject = any(c.dep_ in _SUBJECT_ARCS for c in verb.children)
    # "said the Americans have killed our brothers and violated ...": one perfect, its "have" shared; but a past
    # with a subject of its own after a comma goes on with the telling ("He said the prime minister had made
    # promises but had not kept them, and he urged him to end the mission")
    perfect = clause.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"have", "has", "had", "'ve"}
                                           for c in clause.children)
    if perfect and not (own_subject and any(
            c.dep_ == "cc" and c.i < verb.i and c.nbor(-1).text == "," for c in clause.children)):
        return
    reported = clause
    while reported.dep_ in {"ccomp", "xcomp"} and reported.head.tag_ != "VBD":
        reported = reported.head
    reporting = reported.head
    if reported.dep_ == "ccomp" and reporting.tag_ == "VBD" and (not own_subject or perfect):
        _coordinate_with(verb, reporting, clause.i)


@_gated(tags={"VBN", "VBD"}, deps={"acl"})
def _raise_verb_of_subject_left_without_one(verb: Token) -> None:
    """A past tense set off after a subject and its apposition, which the parser took for a participle describing
    the subject, leaving the sentence no verb ("The United Nations mission in Iraq, UNAMI, called on the
    authorities to act"): it is the sentence's verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The United Nations mission in Iraq, UNAMI, called on the authorities to act.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"mission", "called"}]
    [('mission', 'nsubj', 'called'), ('called', 'ROOT', 'called')]
    """
    subject = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and subject.dep_ == "ROOT"):
        return  # (the cheap tests first: this runs for every token)
    doc = verb.doc
    if not (subject.tag_.startswith("NN") and doc[verb.i - 1].text == "," and verb.lower_.endswith("ed")) or any(
            c.dep_ == "auxpass" or c.lower_ == "by" for c in verb.children):
        return
    for child in [c for c in subject.children if c.i > verb.i and c.dep_ == "punct"]:
        child.head = verb
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"


def _describes_a_group(noun: Token) -> bool:
    """Whether a noun is an apposition that only a group or a body can be ("an umbrella grouping", "a coalition")."""
    return noun.dep_ == "appos" and noun.tag_ in {"NN", "NNS"} and noun.lower_ in _group_nouns()


@cache
def _group_nouns() -> frozenset[str]:
    """Nouns that describe a group or a body, never a person: "an umbrella", "a coalition", "the ministry"."""
    lexicon = load_lexicon()
    people = lexicon.descriptions.get("Official", frozenset())
    return frozenset({*lexicon.umbrella_nouns, *(w for words in lexicon.descriptions.values() for w in words)}) - people


@_gated(deps={"prep"})
def _lower_of_onto_last_conjunct(preposition: Token) -> None:
    """An "of" right after the last of two coordinated nouns, which the parser hung on the first ("clashes between
    Kurdish peshmerga forces and fighters of the PKK"): it is the nearer noun's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Clashes broke out between Kurdish peshmerga forces and fighters of the PKK near Zakho.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "of"]
    [('of', 'fighters')]
    """
    first = preposition.head
    if preposition.dep_ != "prep" or preposition.lower_ != "of" or not first.tag_.startswith("NN"):
        return  # (the cheap tests first: this runs for every token)
    # (an "of" the two share stays on the first, as the parser hangs it, unless the first has an owner of its own:
    # "the leaders and members of Kataib Hezbollah")
    if not any(c.dep_ in {"amod", "compound", "poss"} and c.i < first.i and c.text[:1].isupper()
               for c in first.children):
        return
    last = next((c for c in first.children if c.dep_ == "conj" and c.tag_.startswith("NN")
                 and c.right_edge.i == preposition.i - 1), None)
    if last is not None:
        preposition.head = last


@_gated(tags={"NN", "NNS"}, deps={"nsubj"})
def _lower_fronted_description_onto_name(noun: Token) -> None:
    """A description set off before the name it describes, which the parser made a second subject of the verb ("A
    veteran of Kataib Hezbollah, Abu Fadak fought against US forces"): the description is the name's apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("A veteran of Kataib Hezbollah, Abu Fadak fought against US forces.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "veteran"]
    [('veteran', 'appos', 'Fadak')]
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("The founder of Nujaba, he fought them.") if t.text == "founder"]
    [('founder', 'appos', 'he')]

    But one set off after a name of its own describes that name, as an apposition follows what it describes:

    >>> doc = nlp("In a statement carried by Sepah News, the Guards' official outlet, the IRGC said the site was hit.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "outlet"]
    [('outlet', 'appos', 'News')]
    """
    if not (noun.dep_ == "nsubj" and noun.tag_ in {"NN", "NNS"}):
        return  # (the cheap tests first: this runs for every token)
    doc = noun.doc
    comma = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1  # (the parser may take it in)
    if comma >= len(doc) - 1 or doc[comma].text != ",":
        return
    # (or the pronoun standing for the name: "The founder of Harakat al-Nujaba, he fought the Americans")
    name = next((c for c in noun.head.children if c.dep_ == "nsubj" and (c.tag_ == "NNP" or c.lower_ in {
        "he", "she", "it", "they"}) and c.left_edge.i == comma + 1), None)
    if name is None:
        return
    before = doc[noun.left_edge.i - 2] if _set_off(noun) and noun.left_edge.i > 1 else None
    while before is not None and before.dep_ == "compound" and before.head.i < noun.left_edge.i:
        before = before.head
    noun.head, noun.dep_ = (before if before is not None and before.tag_ in _PROPER_NOUN_TAGS else name), "appos"


@_gated(deps={"prep"})
def _lower_means_onto_death(preposition: Token) -> None:
    """The act a death came "in", which the parser hung on the verb after an apposition set off on the one killed
    ("after the killing of his predecessor, Abu Mahdi al-Muhandis, in a US drone strike"): the act is the death's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("He took over after the killing of his predecessor, Abu Mahdi al-Muhandis, in a US drone strike.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "in"]
    [('in', 'killing')]
    """
    if not (preposition.lower_ == "in" and preposition.dep_ == "prep" and preposition.head.tag_.startswith("VB")):
        return  # (the cheap tests first: this runs for every token)
    doc, verb = preposition.doc, preposition.head
    # (before the lemmatizer: a noun's own form)
    if not any(o.dep_ == "pobj" and (o.lower_ in _act_nouns() or o.lower_[:-1] in _act_nouns())
               for o in preposition.children):
        return
    before = doc[preposition.i - 1]
    if before.text != "," or before.i == 0:
        return
    named = doc[before.i - 1]
    death = next((a for a in named.ancestors if a.tag_ == "NN" and a.lower_ in _death_nouns()), None)
    if death is not None and verb.i < death.i and death.right_edge.i >= named.i and verb.is_ancestor(death):
        preposition.head = death


@cache
def _death_nouns() -> frozenset[str]:
    """Nouns of a killing: "the killing of", "the assassination of", "the death of"."""
    lexicon = load_lexicon()
    return frozenset(noun for noun, predicate in lexicon.noun_predicates.items() if predicate == "kills")


@_gated(deps={"amod"})
def _raise_verb_in_scare_quotes(verb: Token) -> None:
    """A verb in scare quotes, with a subject and an auxiliary of its own, which the parser made a modifier of its
    object and gave the object to the verb above ("said its forces had "neutralised" four members of the YPG"):
    the verb heads its clause, under the verb its object was given to, and takes the object back.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp('The ministry said its forces had "neutralised" four members of the YPG near Manbij.')
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"neutralised", "members"}]
    [('neutralised', 'ccomp', 'said'), ('members', 'dobj', 'neutralised')]
    """
    noun = verb.head
    if verb.dep_ != "amod" or noun.i < verb.i or noun.head == noun or not (
            verb.i > 0 and verb.doc[verb.i - 1].is_quote):
        return
    # (or, tagged an adjective, with the subject and auxiliary the parser gave the object it made a clause: 'MIT
    # said it had "neutralised" Shingali')
    clause_of_noun = verb.tag_ == "JJ" and verb.lower_.endswith("ed") and noun.dep_ == "ccomp"
    arguments = [c for c in noun.children if c.dep_ in {"nsubj", "aux"} and c.i < verb.i] if clause_of_noun else []
    if verb.tag_ not in {"VBN", "VBD"} and not arguments or not {"nsubj", "aux"} <= {
            c.dep_ for c in [*verb.children, *arguments]}:
        return
    for argument in arguments:
        argument.head = verb
    verb.head, verb.dep_ = noun.head, "ccomp"
    noun.head, noun.dep_ = verb, "dobj"


@_gated(tags={"JJ"}, deps={"amod"})
def _raise_verb_in_scare_quotes_over_have(verb: Token) -> None:
    """A verb in scare quotes after "had", which the parser made a modifier of its object and "had" the clause's
    verb ("said its forces had "neutralised" PKK terrorists"): "had" is its auxiliary, and the clause, its subject
    and its object are the quoted verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp('The ministry said its forces had "neutralised" PKK terrorists in northern Iraq.')
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"had", "neutralised", "terrorists"}]
    [('had', 'aux', 'neutralised'), ('neutralised', 'ccomp', 'said'), ('terrorists', 'dobj', 'neutralised')]
    """
    noun = verb.head
    if verb.dep_ != "amod" or verb.tag_ != "JJ" or not verb.lower_.endswith("ed") or noun.dep_ != "dobj" or not (
            verb.i > 0 and verb.doc[verb.i - 1].is_quote):
        return
    have = noun.head
    if have.lower_ not in {"had", "has", "have"} or have.i > verb.i or have.head == have:
        return
    for child in [c for c in have.children if c != noun]:
        child.head = verb
    verb.head, verb.dep_, verb.tag_ = have.head, have.dep_, "VBN"
    have.head, have.dep_ = verb, "aux"
    noun.head = verb


@_gated(tags=_VERB_TAGS)
def _split_object_from_quoted_label(verb: Token) -> None:
    """A verb of labelling whose object and quoted label the parser made one noun phrase ("called the attack
    "brutal Israeli aggression"", the attack a modifier of the aggression; "called the militias outlaws", two
    plurals): the noun before the quote, or the first plural, is the object, and the rest what it is called.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp('Houthi spokesman Mohammed Abdulsalam called the attack "brutal Israeli aggression".')
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"attack", "aggression"}]
    [('attack', 'dobj', 'called'), ('aggression', 'oprd', 'called')]
    >>> doc = nlp("Muqtada al-Sadr called the militias outlaws who must be disarmed.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"militias", "outlaws"}]
    [('militias', 'dobj', 'called'), ('outlaws', 'oprd', 'called')]
    """
    if not verb.tag_.startswith("VB") or verb.lower_ not in _labelling_forms():
        return
    label = next((c for c in verb.children if c.dep_ == "dobj"), None)
    # (or a plural right before a plural, which no compound is: "called the militias outlaws")
    named = next((c for c in label.children if c.dep_ in {"nmod", "compound"} and c.i < label.i and c.i + 1 < len(
        verb.doc) and (verb.doc[c.i + 1].is_quote and c.tag_.startswith("NN") or c.tag_ == "NNS" and (
            c.i + 1 == label.i and label.tag_ in {"NNS", "NNPS"}))), None) if label is not None else None
    if named is not None:
        for article in [c for c in label.children if c.dep_ == "det" and c.i < named.i]:
            article.head = named  # ("the militias": the article is the object's)
        named.head, named.dep_ = verb, "dobj"
        label.dep_ = "oprd"


def _lower_label_before_colon(name: Token) -> None:
    """A name opening a sentence and set off by a colon, which the parser made a second subject of the verb whose
    subject follows ("Asaib Ahl al-Haq: Led by Qais al-Khazali, the group split from the Mahdi Army"), or a modifier
    of a noun after the colon ("Pentagon: Militia drone attacks on US troops top 60"): it labels what follows, the
    way a who's who names its entries or a headline who says it, and is no part of it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Asaib Ahl al-Haq: Led by Qais al-Khazali, the group split from the Mahdi Army in 2006.")
    >>> [(t.text, t.dep_) for t in doc if t.text in {"Haq", "group"}]
    [('Haq', 'dep'), ('group', 'nsubj')]
    >>> [(t.text, t.dep_) for t in nlp("Pentagon: Militia drone attacks on US troops top 60") if t.text == "Pentagon"]
    [('Pentagon', 'dep')]
    >>> [(t.text, t.dep_) for t in nlp("Rudaw: Were PMF fighters involved in the attacks?") if t.text == "Rudaw"]
    [('Rudaw', 'dep')]
    >>> doc = nlp("Harakat al-Nujaba: Led by Akram al-Kaabi, the group split from Asaib Ahl al-Haq in 2013.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Nujaba", "split"}]
    [('Nujaba', 'dep', 'split'), ('split', 'ROOT', 'split')]
    """
    doc = name.doc
    if name.i + 1 >= len(doc) or doc[name.i + 1].text != ":" or name.left_edge.i != name.sent.start:
        return  # (the cheap tests first: this runs for every token)
    second_subject = name.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i > name.i for c in name.head.children)
    # ("Rudaw: Were PMF fighters involved?": a question's asker, labelled, is no subject of the question)
    second_subject |= name.dep_ == "nsubj" and [t for t in name.sent if not t.is_space][-1].text == "?"
    modifier = name.tag_ == "NNP" and name.dep_ in {"nmod", "compound", "amod"} and name.head.i > name.i + 1
    if second_subject or modifier:
        name.dep_ = "dep"
    # ("Harakat al-Nujaba: Led by Akram al-Kaabi, the movement split from ...": the parser may make the label the
    # root and the verb after the colon, with a subject of its own, hang on it)
    verb = next((c for c in name.children if c.i > name.i + 1 and c.tag_ in _VERB_TAGS and any(
        s.dep_ in _SUBJECT_ARCS for s in c.children)), None) if name.dep_ == "ROOT" and name.tag_ in {
        "NNP", "NNPS"} else None
    if verb is not None:
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in name.children if c.i > name.i and c != verb]:
            child.head = verb
        name.head, name.dep_ = verb, "dep"


@_gated(deps={"appos", "conj"})
def _lower_source_after_colon(name: Token) -> None:
    """A name that closes a headline after a colon, which the parser made an apposition or a conjunct of the
    subject ("Turkish drone strike kills three PKK members: Pentagon"): it says who says so, the way a label before
    the colon does, and is no one who did what the headline tells.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Turkish drone strike kills three PKK members in Sulaimani province: Pentagon\\n\\nIt said so.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Pentagon"]
    [('Pentagon', 'dep', 'kills')]
    """
    doc = name.doc
    if name.dep_ not in {"appos", "conj"} or doc[name.left_edge.i - 1].text != ":" or name.head.dep_ not in (
            _SUBJECT_ARCS):
        return
    words = [t.i for t in name.sent if not t.is_space]
    if max(t.i for t in name.subtree if not t.is_space) == words[-1]:
        name.head, name.dep_ = name.sent.root, "dep"


@_gated(deps={"dobj", "appos"})
def _lower_phrase_set_off_after_object(noun: Token) -> None:
    """A noun phrase set off by a comma right after a verb's object, which the parser gave the verb as a second
    object ("a drone struck Tower 22, a small outpost in Jordan, on Sunday") or hung on the verb's subject ("Turkey
    considers the YPG, the backbone of the SDF, an extension of the PKK"): a verb takes one direct object, and the
    phrase describes the object it follows.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("A drone struck Tower 22, a small outpost in Jordan, on Sunday.")
    >>> doc[8].text, doc[8].dep_, doc[8].head.text
    ('outpost', 'appos', 'Tower')
    >>> doc = nlp("Turkey considers the YPG, the backbone of the SDF, an extension of the PKK.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "backbone"]
    [('backbone', 'YPG')]
    >>> doc = nlp("He said the dead belonged to the Sinjar Resistance Units (YBS), a Yazidi armed group.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "group"]
    [('group', 'Units')]
    >>> doc = nlp("Lloyd Austin made an unannounced visit to American troops in north-eastern Syria on Thursday, "
    ...           "where he met commanders of the Syrian Democratic Forces, the Kurdish-led militia that has fought "
    ...           "alongside U.S. forces against Islamic State.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "militia"]
    [('militia', 'Forces')]
    >>> doc = nlp("Clashes broke out on Sunday between the Iraqi army and the Sinjar Resistance Units (YBS), a Yazidi "
    ...           "armed group affiliated with the PKK, leaving three soldiers dead, sources told Rudaw.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "group"]
    [('group', 'appos', 'Units')]
    >>> doc = nlp("The Guards have targeted the area, saying it shelters fighters of the Kurdistan Free Life Party, or "
    ...           "PJAK, an Iranian Kurdish armed group that Tehran accuses of attacks inside Iran.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "group"]
    [('group', 'appos', 'PJAK')]
    """
    if noun.dep_ == "dobj":
        verb, after = noun.head, noun.head.i
    elif noun.dep_ == "appos" and noun.head.dep_ == "nsubj":
        verb, after = noun.head.head, noun.head.i
    else:
        return
    if not _set_off(noun):
        return
    objects = _phrases_a_description_may_follow(noun, verb)
    obj = next((c for c in objects if after < c.i < noun.i and _end_before_comma(c) + 2 == noun.left_edge.i), None)
    if obj is not None:
        noun.head, noun.dep_ = _last_noun_of(obj) if noun.tag_ in {"NN", "NNS"} else obj, "appos"


def _phrases_a_description_may_follow(noun: Token, verb: Token) -> list[Token]:
    """The phrases of a verb that a phrase set off after them may describe (see
    _lower_phrase_set_off_after_object): its direct objects; the objects of its prepositions, for a phrase hung on
    the subject ("said the dead belonged to the YBS, a Yazidi group") or a description of those who act that is
    the verb's only object ("clashes broke out between the army and the YBS, a Yazidi armed group"); and the clause
    it reports, for a group described after it ("saying it shelters fighters of PJAK, an Iranian Kurdish armed
    group")."""
    sole_description = noun.dep_ == "dobj" and noun.lower_ in _agent_nouns() and is_indefinite(noun) and not any(
        c.dep_ == "dobj" and c.i < noun.i for c in verb.children)
    described_group = noun.dep_ == "dobj" and noun.lower_ in _group_nouns() and is_indefinite(noun)
    return [c for c in verb.children if c.dep_ == "dobj" or described_group and c.dep_ == "ccomp"] + [
        o for p in verb.children if p.dep_ == "prep" and (noun.dep_ == "appos" or sole_description)
        for o in p.children if o.dep_ == "pobj"]


def _last_noun_of(phrase: Token) -> Token:
    """The innermost noun a phrase ends with: "Forces" in "a visit to troops in Syria, where he met commanders of
    the Syrian Democratic Forces", which a description set off after the phrase describes."""
    end = _end_before_comma(phrase)
    nouns = [t for t in phrase.subtree if t.right_edge.i == end and t.tag_.startswith("NN") and t.dep_ not in {
        "compound", "nmod"}]
    return min(nouns, key=lambda t: len(list(t.subtree)), default=phrase)


def sentence_before(token: Token) -> Span:
    """The sentence before a token's own, or its own where it is the first: how far back "the sentence before" reaches.

    >>> doc = load_pipeline()("Iraq protested. The ministry summoned the envoy.")
    >>> sentence_before(doc[4]).text, sentence_before(doc[0]).text
    ('Iraq protested.', 'Iraq protested.')
    """
    return token.doc[token.sent.start - 1].sent if token.sent.start else token.sent


def is_indefinite(noun: Token) -> bool:
    """Whether a noun has "a" or "an" for its article: one of a kind ("a Mossad base", "a Kurd"), not a name."""
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE_ARTICLES for c in noun.children)


def _end_before_comma(phrase: Token) -> int:
    """Where a phrase ends, without the comma after it the parser may give it."""
    end = phrase.right_edge.i
    while end > phrase.i and phrase.doc[end].text == ",":
        end -= 1
    return end


def _set_off(phrase: Token) -> bool:
    """Whether a phrase opens right after a comma."""
    return phrase.left_edge.i > 0 and phrase.doc[phrase.left_edge.i - 1].text == ","


@_gated(tags=_PROPER_NOUN_TAGS, deps={"appos", "conj"})
def _lower_name_onto_list_set_off_by_dash(name: Token) -> None:
    """A name in a list a dash sets off after a common noun, which the parser hung on the noun as one more
    apposition or conjunct ("four groups - Harakat al-Nujaba, Kataib Sayyid al-Shuhada, Harakat Ansar Allah
    al-Awfiya and Kataib al-Imam Ali - as terrorists"): the name is a conjunct of the list's first name, so that the
    noun's apposition is the whole list.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("It designated four groups - Harakat al-Nujaba, Kata'ib Sayyid al-Shuhada, Harakat Ansar Allah "
    ...           "al-Awfiya and Kata'ib al-Imam Ali - as Foreign Terrorist Organizations.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Awfiya", "Ali"}]
    [('Awfiya', 'conj', 'Nujaba'), ('Ali', 'conj', 'Nujaba')]
    """
    noun = name.head
    if name.dep_ not in {"appos", "conj"} or name.tag_ not in _PROPER_NOUN_TAGS or not noun.is_lower or (
            noun.tag_ not in {"NN", "NNS"}):
        return
    first = next((c for c in noun.children if c.dep_ == "appos" and c.tag_ in _PROPER_NOUN_TAGS), None)
    if first is None or first.i >= name.i:
        return
    doc = name.doc
    if any(t.tag_ == ":" and t.text in _DASHES for t in doc[noun.i + 1:first.i]) and not any(
            t.tag_ == ":" for t in doc[first.i:name.left_edge.i]):
        name.head, name.dep_ = first, "conj"


@_gated(tags=_PROPER_NOUN_TAGS, deps={"conj"})
def _lower_name_taken_for_conjunct(name: Token) -> None:
    """A name set off by a comma after a common noun, which the parser took for its conjunct though no "and" or "or"
    joins them ("a spokesman for the PKK's armed wing, the People's Defence Forces (HPG), said"): the name is the
    noun's apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("A spokesman for the PKK's armed wing, the People's Defence Forces (HPG), said they had not clashed.")
    >>> doc[13].text, doc[13].dep_, doc[13].head.text
    ('Forces', 'appos', 'wing')
    """
    noun = name.head
    # (a common noun as written: a dateline's capitals, "SANAA, Yemen", are a place and its country)
    if name.dep_ != "conj" or name.tag_ not in {"NNP", "NNPS"} or noun.tag_ not in {"NN", "NNS"} or (
            not noun.is_lower or not _set_off(name)):
        return
    joined = [c for c in (*noun.children, *name.children) if c.dep_ in {"cc", "conj"} and c.i != name.i]
    if not joined and _right_after_comma(noun, name):
        name.dep_ = "appos"


def _right_after_comma(first: Token, second: Token) -> bool:
    """Whether the phrase of `second` opens right after the comma that ends the phrase of `first` (its own words
    before `second`)."""
    first_ends = max((c.right_edge.i for c in first.children if c.i < second.left_edge.i and c.dep_ != "punct"),
                     default=first.i)
    return max(first_ends, first.i) + 2 == second.left_edge.i


@_gated(deps={"conj"})
def _lower_description_taken_for_conjunct(noun: Token) -> None:
    """An indefinite description set off by a comma after a name, which the parser took for the name's conjunct
    though no "and" or "or" joins them ("Mr Hussein, a Kurd and a senior member of the KDP, also defended ..."): the
    description is the name's apposition (and what it is coordinated with, the name's too).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Mr Hussein, a Kurd and a senior member of the Kurdistan Democratic Party, defended the ties.")
    >>> doc[4].text, doc[4].dep_, doc[4].head.text
    ('Kurd', 'appos', 'Hussein')
    """
    name = noun.head
    if noun.dep_ != "conj" or name.tag_ not in {"NNP", "NNPS"} or noun.i < name.i or not _set_off(noun) or (
            noun.left_edge.lower_ not in _INDEFINITE_ARTICLES):
        return
    if not any(c.dep_ == "cc" and name.i < c.i < noun.i for c in name.children) and _right_after_comma(name, noun):
        noun.dep_ = "appos"


@_gated(tags={"NN", "NNS"}, deps={"conj"})
def _lower_description_onto_name_in_of(noun: Token) -> None:
    """A definite description set off by commas after a name that ends an "of" phrase, which the parser took for a
    conjunct of the noun the "of" hangs on though no "and" or "or" joins them ("members of the Sadiqoun bloc, the
    political wing of Asaib Ahl al-Haq, said"): the description is the name's apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The bill's sponsors, including members of the Sadiqoun bloc, the political wing of Asaib Ahl "
    ...           "al-Haq, said it.")
    >>> doc[14].text, doc[14].dep_, doc[14].head.text
    ('wing', 'appos', 'bloc')
    """
    whole, doc = noun.head, noun.doc
    if noun.dep_ != "conj" or noun.left_edge.lower_ != "the" or doc[noun.left_edge.i - 1].text != "," or any(
            c.dep_ in {"cc", "conj"} for c in (*noun.children, *whole.children) if c.i != noun.i):
        return
    name = next((o for p in whole.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.right_edge.i == noun.left_edge.i - 2), None)
    if name is not None and any(t.tag_ in {"NNP", "NNPS"} for t in name.subtree):
        noun.head, noun.dep_ = name, "appos"


@_gated(tags={"NN", "NNP", "JJ"})
def _split_name_from_office_of(role: Token) -> None:
    """A title naming an office "of" a body, run together with the holder's own titled name, which the parser made
    one name in the "of" ("Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram al-Kaabi said"): the body's
    name ends before the holder's title, and the title with its "of" stands before the holder's name.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Secretary-General of Harakat al-Nujaba Sheikh Akram al-Kaabi said the resistance would respond.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Secretary-General", "Nujaba", "Kaabi"}]
    [('Secretary-General', 'compound', 'Kaabi'), ('Nujaba', 'pobj', 'of'), ('Kaabi', 'nsubj', 'said')]
    >>> doc = nlp("The Secretary-General of Kataib Hezbollah Abu Hussein al-Hamidawi said the group would not stop.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Secretary-General", "Hezbollah", "Hamidawi"}]
    [('Secretary-General', 'compound', 'Hamidawi'), ('Hezbollah', 'pobj', 'of'), ('Hamidawi', 'nsubj', 'said')]
    """
    of = next((c for c in role.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is None or role.lower_ not in load_lexicon().role_predicates or role.tag_ not in {"NN", "NNP", "JJ"}:
        return
    name = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None)
    # (a title has no indefinite article: "a senior commander of Kataib Sayyid al-Shuhada" names the group whole)
    if name is None or role.dep_ not in _SUBJECT_ARCS or any(
            c.dep_ == "det" and c.lower_ != "the" or c.dep_ == "poss" for c in role.children):
        return
    words = role.doc[of.i + 1:name.i]
    lexicon = load_lexicon()
    # the holder's title, or the "Abu" of his by-name: the last such word after a word of the body's name ("Kataib
    # Sayyid al-Shuhada Abu Alaa al-Walai"), where no comma sets the holder off after the body
    start = next((t for t in reversed(words) if t.lower_ in lexicon.titles | lexicon.kunya_words and t.i > of.i + 1
                  and t.nbor(-1).tag_ == "NNP" and t.nbor(-1).lower_ not in lexicon.titles), None)
    if start is None or name.i + 1 < len(name.doc) and name.nbor().text == ",":
        return
    body = start.nbor(-1)
    for word in words:
        if word.i < body.i and word.head.i >= start.i:
            word.head = body
    body.head, body.dep_ = of, "pobj"
    _title_before_holder(role, name)


def _title_before_holder(role: Token, name: Token) -> None:
    """Hang a title the parser made the head of its holder's name on the name, which takes the title's place."""
    name.head, name.dep_ = role.head, role.dep_
    role.head, role.dep_ = name, "compound"


@_gated(deps=_SUBJECT_ARCS)
def _split_name_from_post_in_place(role: Token) -> None:
    """A title naming a post "in" or "to" a place, run together with the holder's name, which the parser made one name
    in the preposition ("U.S. Consul General in Erbil Mark Stroh met ...", "Iran's ambassador to Iraq Mohammad Kazem
    Al-e Sadeq said"): the place's name ends where the gazetteer's place or state does, and the title stands before
    the holder's name.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("U.S. Consul General in Erbil Mark Stroh met PUK leader Bafel Talabani.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"General", "Erbil", "Stroh"}]
    [('General', 'compound', 'Stroh'), ('Erbil', 'pobj', 'in'), ('Stroh', 'nsubj', 'met')]
    >>> doc = nlp("Iran's ambassador to Iraq Mohammad Kazem Al-e Sadeq said on Sunday that the talks went well.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"ambassador", "Iraq", "Sadeq"}]
    [('ambassador', 'compound', 'Sadeq'), ('Iraq', 'pobj', 'to'), ('Sadeq', 'nsubj', 'said')]
    """
    lexicon = load_lexicon()
    if role.dep_ not in _SUBJECT_ARCS or role.lower_ not in lexicon.titles | lexicon.role_predicates.keys():
        return
    within = next((c for c in role.children if c.dep_ == "prep" and c.lower_ in {"in", "to"}), None)
    name = None if within is None else next((c for c in within.children if c.dep_ == "pobj" and c.tag_ == "NNP"), None)
    # (a name's hyphen and particles stand in it: "Al-e Sadeq")
    if name is None or not role.doc[within.i + 1].is_title or not all(
            t.tag_ in {"NNP", "HYPH"} for t in role.doc[within.i + 1:name.i + 1]):
        return
    words = role.doc[within.i + 1:name.i + 1]
    # (the shortest run of words the gazetteer knows for a place or a state, with a name of two words or more after it)
    end = next((i for i in range(1, len(words) - 1) if is_place(words[:i].text) or country_name(words[:i].text)),
               None)
    if end is None:
        return
    place = words[end - 1]
    for word in words[:end - 1]:
        word.head, word.dep_ = place, "compound"
    place.head, place.dep_ = within, "pobj"
    _title_before_holder(role, name)


@_gated(tags={"VBG"}, deps={"advcl"})
def _raise_participle_done_to_subject(participle: Token) -> None:
    """A participle set off after a subordinate clause, which the parser hung on the clause's verb though what it
    does falls on the clause's own subject ("struck a vehicle carrying the fighters after they fired a missile,
    killing several of them"): no one does it to themselves, so it is the main verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("A gunship struck a vehicle carrying the fighters after they fired a missile, killing four of them.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "killing"]
    [('killing', 'struck')]
    """
    clause = participle.head
    if not (participle.tag_ == "VBG" and participle.dep_ == "advcl" and clause.dep_ == "advcl") or (
            participle.i < clause.i or participle.doc[participle.i - 1].text != ","):
        return
    subjects = {c.lower_ for c in clause.children if c.dep_ == "nsubj" and c.tag_ == "PRP"}
    undergoing = {t.lower_ for t in participle.subtree if t.tag_ == "PRP" and t.dep_ in {"dobj", "pobj"}}
    if any(_OBJECT_FORMS.get(subject) in undergoing for subject in subjects):
        participle.head = clause.head


@_gated(tags=_NOUN_TAGS, deps={"conj"})
def _lower_noun_conjunct_onto_object(noun: Token) -> None:
    """A noun phrase after ", and", which the parser coordinated with the verb though it has no verb of its own
    ("the strikes hit positions of the KDPI near Koya, east of Erbil, and the Komala party near Sulaimaniyah"): it
    is one more object of the verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The strikes hit positions of the KDPI near Koya, east of Erbil, and the Komala party near Duhok.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "party"]
    [('party', 'conj', 'positions')]
    """
    verb = noun.head
    if noun.dep_ != "conj" or noun.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or not verb.tag_.startswith("VB") or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux"} or c.tag_.startswith("VB") for c in noun.children):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i]
    if objects:
        noun.head = objects[-1]


@_gated(tags={"NN", "NNS"}, deps={"conj"})
def _raise_conjunct_from_place(noun: Token) -> None:
    """A common noun the parser coordinated with the place a phrase before it is in ("targeted an Israeli spy
    headquarters in Erbil and Islamic State positions in Syria"): no place is coordinated with positions, so the
    noun is coordinated with what is in the place.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They targeted an Israeli spy headquarters in Erbil and Islamic State positions in Syria.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "positions"]
    [('positions', 'headquarters')]
    >>> doc = nlp("The strikes hit the headquarters of the KDPI near Koya, east of Erbil, and camps of the Komala "
    ...           "party near Sulaimaniyah.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "camps"]
    [('camps', 'headquarters')]
    >>> doc = nlp("The U.S. military keeps troops at bases in Hasakah and Deir ez-Zor provinces.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "provinces"]
    [('provinces', 'Hasakah')]
    >>> doc = nlp("Troops were hurt in attacks on al-Tanf garrison in southern Syria and al-Asad airbase in Iraq.")
    >>> [(t.text, t.head.text) for t in doc if t.text in {"airbase", "in"}]
    [('in', 'hurt'), ('in', 'garrison'), ('airbase', 'garrison'), ('in', 'airbase')]
    """
    place = noun.head
    if noun.dep_ != "conj" or noun.tag_ not in {"NN", "NNS"} or not noun.is_lower or place.tag_ != "NNP" or (
            place.dep_ != "pobj" or place.head.lower_ not in {"in", "at", "near"}):
        return
    held = place.head.head
    lexicon = load_lexicon()
    # ("the al-Tanf garrison in southern Syria and al-Asad airbase": a base is coordinated with a base, not a country)
    sites = {noun.lower_, held.lower_} <= lexicon.installation_nouns
    if noun.lower_.removesuffix("s") in lexicon.place_nouns and not sites and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return  # ("at bases in Hasakah and Deir ez-Zor provinces": places coordinated; but "camps of X" are X's)
    if held.tag_ in {"NNP", "NNPS"} and held.dep_ == "pobj" and held.head.lower_ == "of":
        held = held.head.head  # "the headquarters of the KDPI near Koya, and camps of the Komala party"
    if held.tag_ in {"NN", "NNS"} and held.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"}:
        for conjunction in [c for c in place.children if c.dep_ == "cc" and c.i < noun.i]:
            conjunction.head = held
        noun.head = held
        # (and the noun's own place, which the parser hung further up: "... and al-Asad airbase in western Iraq")
        after = noun.right_edge.i + 1
        own_place = noun.doc[after] if after < len(noun.doc) else None
        if own_place is not None and own_place.dep_ == "prep" and own_place.lower_ == place.head.lower_ and (
                own_place.head in noun.ancestors):
            own_place.head = noun


@_gated(tags={"NNP", "NN"}, deps={"conj"})
def _raise_conjunct_with_own_of(name: Token) -> None:
    """A name, or a noun after a name, with an "of" of its own, which the parser coordinated with the object of the
    "of" before it ("its leaders, including Hadi al-Amiri of the Badr Organization and Qais al-Khazali of Asaib Ahl
    al-Haq"; "the Fatah coalition of Hadi al-Amiri and the State of Law bloc of Nouri al-Maliki"): the two are built
    alike, so the name is coordinated with the one whose "of" that is.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Its leaders, including Hadi al-Amiri of the Badr Organization and Qais al-Khazali of Asaib Ahl "
    ...           "al-Haq, say so.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Khazali"]
    [('Khazali', 'conj', 'Amiri')]
    >>> doc = nlp("It includes the Fatah coalition of Hadi al-Amiri and the State of Law bloc of Nouri al-Maliki.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "bloc"]
    [('bloc', 'conj', 'coalition')]
    """
    owner = name.head
    if name.dep_ != "conj" or owner.dep_ != "pobj" or owner.head.lower_ != "of" or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in name.children):
        return
    # (a common noun only after a name: in "an alliance of Shiite parties and the armed wings of militias" the wings
    # are in the alliance)
    if name.tag_ != "NNP" and owner.tag_ != "NNP":
        return
    first = owner.head.head
    if first.tag_ == name.tag_ and first.i < owner.i:
        for conjunction in [c for c in owner.children if c.dep_ == "cc" and c.i < name.i]:
            conjunction.head = first
        name.head = first


@_gated(deps={"prep"})
def _lower_partner_onto_joint_word(preposition: Token) -> None:
    """A "with" right after "in coordination" or "in cooperation", which the parser hung on the verb ("killed a
    senior Islamic State leader, Abu Yusif, in a raid, in coordination with the SDF"): its object is a partner in the
    act, not one it was done to or with.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("US forces killed a leader, Abu Yusif, in a raid in Syria, in coordination with the SDF.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "with"]
    [('with', 'coordination')]
    """
    if preposition.lower_ != "with" or preposition.dep_ != "prep" or preposition.i == 0:
        return
    joint = preposition.doc[preposition.i - 1]
    if joint.dep_ == "pobj" and joint.lower_ in load_lexicon().co_agent_words and joint.head.head == preposition.head:
        preposition.head = joint


@_gated(tags={"NNP"}, deps={"conj"})
def _lower_place_conjunct_onto_place(name: Token) -> None:
    """A name after "and", which the parser coordinated with a common noun though a name of the same build ends
    the phrase before "and" ("strikes against facilities used by the group in western Iraq and eastern Syria"):
    the names are coordinated, and the second is where the first is.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("U.S. forces carried out airstrikes against five facilities used by Kataib Hezbollah in western "
    ...           "Iraq and eastern Syria, the Pentagon said.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "Syria"]
    [('Syria', 'Iraq')]
    """
    noun = name.head
    if name.dep_ != "conj" or name.tag_ != "NNP" or noun.tag_ not in {"NN", "NNS"} or not noun.is_lower:
        return
    conjunction = name.doc[name.left_edge.i - 1]
    before = name.doc[conjunction.i - 1] if conjunction.i > noun.i + 1 else None
    if conjunction.dep_ != "cc" or before is None or before.tag_ != "NNP" or before.dep_ != "pobj" or (
            before.head.lower_ not in {"in", "at", "near", "across"} or not noun.is_ancestor(before)):
        return
    # (of the same build: each with a word of direction or neither, "western Iraq and eastern Syria")
    if [c.dep_ for c in before.children if c.dep_ != "compound"] == [c.dep_ for c in name.children if c.dep_ not in {
            "compound", "punct"}]:
        conjunction.head = before
        name.head = before


@_gated(tags={"NNP"}, deps={"appos"})
def _coordinate_names_of_plural_verb(name: Token) -> None:
    """A name set off by a comma after a singular name, which the parser took for its apposition though the two are
    the subject of a plural verb (a headline's "KRG, Baghdad agree on oil deal"): the names are coordinated.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.dep_) for t in nlp("KRG, Baghdad agree on oil exports deal")][:3]
    [('KRG', 'nsubj'), (',', 'punct'), ('Baghdad', 'conj')]
    """
    first = name.head
    if name.dep_ != "appos" or name.tag_ != "NNP" or first.tag_ != "NNP" or first.dep_ != "nsubj" or (
            first.head.tag_ != "VBP" or not _set_off(name)):
        return
    name.dep_ = "conj"


@_gated(tags={"NN", "NNS"})
def _lower_name_before_bracketed_short_form(noun: Token) -> None:
    """A noun right after a name and its short form in brackets, which the parser made a second argument of the
    name's verb ("struck 29 Kurdistan Workers' Party (PKK) targets in northern Iraq"): the name modifies the noun,
    as it does with no short form, and the noun takes the name's place.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Turkish warplanes struck 29 Kurdistan Workers' Party (PKK) targets in northern Iraq and Syria.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Party", "targets"}]
    [('Party', 'nmod', 'targets'), ('targets', 'dobj', 'struck')]
    """
    doc = noun.doc
    if noun.tag_ not in {"NN", "NNS"} or noun.i == 0 or doc[noun.i - 1].tag_ != "-RRB-":
        return
    opening = next((t for t in reversed(doc[noun.sent.start:noun.i - 1]) if t.tag_ == "-LRB-"), None)
    if opening is None or opening.i < 1:
        return
    name = doc[opening.i - 1]
    if name.tag_ not in {"NNP", "NNPS"} or name.head != noun.head or name.head == name or noun.dep_ not in {
            "conj", "dobj"} or name.dep_ not in {"dobj", "nsubj", "nsubjpass", "pobj"}:
        return
    noun.head, noun.dep_ = name.head, name.dep_
    name.head, name.dep_ = noun, "nmod"


def _lower_direction_taken_for_head(direction: Token) -> None:
    """A direction the parser made the head of the noun before it ("ambushed an Iraqi army patrol southwest of
    Kirkuk", where the patrol modifies "southwest"): the noun is the head, and the direction places it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Militants ambushed an Iraqi army patrol southwest of Kirkuk.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"patrol", "southwest"}]
    [('patrol', 'dobj', 'ambushed'), ('southwest', 'npadvmod', 'patrol')]
    """
    if direction.lower_ not in _direction_words() or direction.dep_ in {"compound", "amod", "ROOT"}:
        return
    noun = next((c for c in direction.children if c.i == direction.i - 1 and c.dep_ in {"compound", "nmod", "amod"}
                 and c.tag_ in {"NN", "NNS"}), None)
    if noun is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in direction.children):
        return
    noun.head, noun.dep_ = direction.head, direction.dep_
    for modifier in [c for c in direction.children if c.i < noun.i]:
        modifier.head = noun
    direction.head, direction.dep_ = noun, "npadvmod"


@_gated(deps={"prep"})
def _raise_aim_off_agent(preposition: Token) -> None:
    """A preposition of aim the parser hung on the agent of a participle ("drones launched by Iran-backed militias
    toward the base"): what the participle's act was aimed at, not a place of the agent's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("U.S. forces shot down two drones launched by Iran-backed militias toward Ain al-Asad air base.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "toward"]
    [('toward', 'prep', 'launched')]
    """
    agent = preposition.head
    if not (preposition.dep_ == "prep" and agent.dep_ == "pobj" and agent.head.dep_ == "agent"):
        return  # (the cheap tests first: this runs for every token)
    participle = agent.head.head
    if participle.tag_ == "VBN" and preposition.lower_ in load_lexicon().target_preps:
        preposition.head = participle


@cache
def _direction_words() -> frozenset[str]:
    return load_lexicon().direction_words


@_gated(tags={"VBG"})
def _raise_subject_of_parallel_gerund(verb: Token) -> None:
    """A gerund with no subject right after a name the parser coordinated with the object of a gerund before it
    ("with Nouri al-Maliki supporting one candidate and Asaib Ahl al-Haq backing another"): the name is the second
    gerund's subject, and the two gerunds are coordinated.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They split, with Nouri al-Maliki supporting one candidate and Asaib Ahl al-Haq backing another.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Haq", "backing"}]
    [('Haq', 'nsubj', 'backing'), ('backing', 'conj', 'supporting')]
    """
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    name = verb.doc[verb.i - 1]
    first = name.head.head if name.dep_ == "conj" and name.head.dep_ == "dobj" else None
    if name.tag_ not in _PROPER_NOUN_TAGS or first is None or first.tag_ != "VBG" or not any(
            c.dep_ == "nsubj" for c in first.children):
        return
    name.head, name.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = first, "conj"


@_gated(deps=_SUBJECT_ARCS)
def _raise_subject_of_auxiliary(subject: Token) -> None:
    """A subject the parser hung on an auxiliary ("Iran has armed Hezbollah", where "Iran" is the subject of
    "has"): an auxiliary has no subject of its own, so it is the subject of the verb the auxiliary serves.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Iran has armed Hezbollah.")][0]
    ('Iran', 'nsubj', 'armed')
    """
    auxiliary = subject.head
    if subject.dep_ in _SUBJECT_ARCS and auxiliary.dep_ in {"aux", "auxpass"} and auxiliary.head != auxiliary:
        subject.head = auxiliary.head


@_gated(tags={"NN"}, deps={"nsubj"})
def _lower_modifier_taken_for_subject(noun: Token) -> None:
    """A common noun right before a titled name, which the parser took for a second subject of the name's verb
    ("Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned the strikes"): a verb has one subject, so the noun
    modifies the name, and what it was owned by owns the name.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Iraq's caretaker Prime Minister Adel Abdul Mahdi condemned the US strikes.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc[:3]]
    [('Iraq', 'poss', 'Mahdi'), ("'s", 'case', 'Iraq'), ('caretaker', 'compound', 'Mahdi')]
    """
    if noun.dep_ != "nsubj" or noun.tag_ != "NN" or not noun.is_lower or noun.i + 1 >= len(noun.doc):
        return
    name = next((s for s in noun.head.children
                 if s.dep_ == "nsubj" and s.tag_ == "NNP" and s.left_edge.i == noun.i + 1), None)
    if name is not None:
        for owner in [c for c in noun.children if c.dep_ == "poss"]:
            owner.head = name
        noun.dep_, noun.head = "compound", name


@_gated(deps=_SUBJECT_ARCS)
def _lower_relative_clause_told_by_source(relative: Token) -> None:
    """A relative clause that a source's verb runs through ("strikes on facilities in eastern Syria that the
    Pentagon said were used by the IRGC"), which the parser hung on the sentence's verb: "that" opens a clause on the
    noun before it, where the source says what it says of the noun.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("US forces responded with strikes on facilities in eastern Syria that the Pentagon said were used "
    ...           "by the IRGC.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "said"]
    [('said', 'relcl', 'facilities')]
    """
    clause = relative.head
    source = clause.head
    if relative.lower_ not in {"that", "which"} or relative.dep_ not in _SUBJECT_ARCS or (
            clause.dep_ != "ccomp" or source.dep_ == "relcl" or not relative.i < source.i < clause.i):
        return
    if not any(c.dep_ == "nsubj" and relative.i < c.i < source.i for c in source.children):
        return
    noun = relative.doc[relative.i - 1] if relative.i > 0 else None
    while noun is not None and noun.tag_ not in {"NN", "NNS"} and noun.head != noun and (
            noun.head.right_edge.i == noun.right_edge.i):
        noun = noun.head
    if noun is not None and noun.tag_ in {"NN", "NNS"} and noun.right_edge.i == relative.i - 1 and (
            not source.is_ancestor(noun)):
        source.head, source.dep_ = noun, "relcl"


@_gated(tags={"NNP"})
def _join_name_split_at_article(particle: Token) -> None:
    """A name whose Arabic article the parser cut it at ("clashes between Saraya al-Salam and Asaib Ahl al-Haq",
    where "al" is made a subject of the sentence's verb): the words are one name, headed by its last, which stands
    where its first word stood.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The call came after deadly clashes in Basra between Saraya al-Salam and Asaib Ahl al-Haq left four "
    ...           "people dead.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc[9:13]]
    [('Saraya', 'compound', 'Salam'), ('al', 'compound', 'Salam'), ('-', 'punct', 'Salam'), ('Salam', 'pobj', \
'between')]
    """
    doc, i = particle.doc, particle.i
    if particle.lower_ not in NAME_PARTICLES or particle.tag_ != "NNP" or not 0 < i < len(doc) - 2:
        return
    first, hyphen, last = doc[i - 1], doc[i + 1], doc[i + 2]
    if hyphen.text != "-" or first.tag_ != "NNP" or last.tag_ not in {"NNP", "NNPS"} or (
            particle.head == last and particle.dep_ == "compound"):
        return
    if first.dep_ == "compound" or first.head.i in range(i - 1, i + 3):
        return  # (a name the first word is already one with)
    last.head, last.dep_ = first.head, first.dep_
    for word in (first, particle, hyphen):
        for child in [c for c in word.children if not i - 1 <= c.i <= i + 2]:
            child.head = last
        word.head, word.dep_ = last, "punct" if word == hyphen else "compound"


@_gated(deps={"prep"})
def _raise_examples_off_name(prep: Token) -> None:
    """Examples the parser hung on a name in the phrase of a plural noun ("Groups loyal to Iran's Supreme Leader Ali
    Khamenei, such as Kataib Hezbollah and Harakat al-Nujaba, reject ..."): one man has no examples, so they are the
    plural noun's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Groups loyal to Iran's Supreme Leader Ali Khamenei, such as Kataib Hezbollah and Harakat al-Nujaba, "
    ...           "reject any move that would weaken them.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "as"]
    [('as', 'Groups')]
    """
    name = prep.head
    such = prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    if not (such or prep.lower_ == "including") or prep.dep_ != "prep" or name.tag_ != "NNP" or not _set_off(prep):
        return
    plural = next((a for a in name.ancestors if a.tag_ in {"NNS", "NNPS"}), None)
    if plural is not None and all(a.tag_ not in {"NN", "NNP"} for a in name.ancestors if plural.is_ancestor(a)):
        prep.head = plural


@_gated(tags={"NN"}, deps={"ccomp"})
def _raise_subjunctive_taken_for_noun(verb: Token) -> None:
    """A verb in the subjunctive after "that", which the tagger took for a noun and the parser for its subject's head
    ("Tehran has demanded that Baghdad and Erbil disarm and expel the groups"): a noun takes no "that", so it is the
    clause's verb, and the names before it its subjects.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Tehran has demanded that Baghdad and Erbil disarm and expel the groups.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc[4:8]]
    [('Baghdad', 'NNP', 'nsubj', 'disarm'), ('and', 'CC', 'cc', 'Baghdad'), ('Erbil', 'NNP', 'conj', 'Baghdad'), \
('disarm', 'VB', 'ccomp', 'demanded')]
    """
    # (a determiner says the parser's noun phrase runs on past the name: another repair splits it)
    if verb.tag_ != "NN" or verb.dep_ != "ccomp" or not any(c.dep_ == "mark" and c.lower_ == "that"
                                                             for c in verb.children) or any(
            c.dep_ == "det" for c in verb.children):
        return
    subjects = [c for c in verb.children if c.dep_ in {"nmod", "compound"} and c.tag_ in {"NNP", "NNPS"}
                and c.i < verb.i]
    if len(subjects) == 1:
        verb.tag_ = "VB"
        subjects[0].dep_ = "nsubj"


@_gated(tags=_PROPER_NOUN_TAGS, deps={"pobj", "dobj"})
def _lower_second_object_of_preposition(name: Token) -> None:
    """A name set off after the object of a preposition or a verb, which the parser made its second object ("A
    spokesman for Prime Minister Mohammed Shia al-Sudani, Basim al-Awadi, said"; "He sent the head of the
    intelligence service, Hamid al-Shatri, to meet him"): each takes one object, so the name is the apposition of
    the noun the preposition hangs on, or of the verb's first object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The Iraqi government condemned it. A spokesman for Prime Minister Mohammed Shia al-Sudani, Basim "
    ...           "al-Awadi, said the attack on Erbil was also unacceptable.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Awadi"]
    [('Awadi', 'appos', 'spokesman')]
    >>> doc = nlp("He sent the head of the Iraqi intelligence service, Hamid al-Shatri, to meet Sharaa in January.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Shatri"]
    [('Shatri', 'appos', 'head')]
    """
    if name.dep_ not in {"pobj", "dobj"} or name.tag_ not in {"NNP", "NNPS"} or not _set_off(name):
        return
    governor = name.head
    first = next((o for o in governor.children if o.dep_ == name.dep_ and o.i < name.i), None)
    described = governor.head if name.dep_ == "pobj" else first
    if first is not None and described.tag_ in {"NN", "NNS"} and _right_after_comma(first, name):
        name.head, name.dep_ = described, "appos"


@_gated(tags={"NNP"}, deps={"nsubj"})
def _lower_name_between_fronted_phrase_and_subject(name: Token) -> None:
    """A name set off between a fronted phrase and the subject, which the parser took for a second subject ("In a
    sermon delivered by his representative, Sheikh Abdul Mahdi al-Karbalai, Sistani urged the government"): a verb
    has one subject, so the name is the apposition of the noun the fronted phrase ends in.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In a sermon delivered by his representative, Sheikh Abdul Mahdi al-Karbalai, Sistani urged the "
    ...           "government to act.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Karbalai", "Sistani"}]
    [('Karbalai', 'appos', 'representative'), ('Sistani', 'nsubj', 'urged')]
    """
    doc, verb = name.doc, name.head
    if name.dep_ != "nsubj" or name.tag_ != "NNP" or not _set_off(name) or name.right_edge.i + 2 >= len(doc):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > name.i), None)
    fronted = next((c for c in verb.children if c.dep_ == "prep" and c.i < name.i), None)
    noun = doc[name.left_edge.i - 2] if name.left_edge.i > 1 else None
    if subject is None or fronted is None or noun is None or noun.tag_ not in {"NN", "NNS"} or (
            not fronted.is_ancestor(noun) or doc[name.right_edge.i + 1].text != ","
            or subject.left_edge.i != name.right_edge.i + 2):
        return
    name.head, name.dep_ = noun, "appos"


@_gated(tags={"NNP", "NN"}, deps={"appos"})
def _lower_title_set_after_fronted_phrase(title: Token) -> None:
    """A title right before its holder's name, after a fronted phrase or participle, which the parser took for an
    apposition of the phrase's last noun, leaving the name the subject alone ("In an interview with Al-Monitor, U.S.
    Ambassador to Iraq Alina Romanowski said", "Speaking to reporters, British Ambassador X said"): a title run into
    a name with no comma between is the name's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In an interview with Al-Monitor, U.S. Ambassador to Iraq Alina Romanowski said attacks were "
    ...           "undermining Iraq's stability.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Ambassador", "Romanowski"}]
    [('Ambassador', 'compound', 'Romanowski'), ('Romanowski', 'nsubj', 'said')]
    """
    doc = title.doc
    if title.dep_ != "appos" or title.lower_ not in load_lexicon().role_predicates or not _set_off(title) or (
            title.right_edge.i + 1 >= len(doc)):
        return
    name = doc[title.right_edge.i + 1].head
    verb = name.head
    if name.dep_ != "nsubj" or name.tag_ != "NNP" or doc[title.right_edge.i + 1].tag_ != "NNP" or not any(
            c.dep_ in {"prep", "advcl"} and c.i < title.i and c.is_ancestor(title) for c in verb.children):
        return
    title.head, title.dep_ = name, "compound"


@_gated(tags={"VBN"}, deps={"nsubj", "nsubjpass", "advcl"})
def _raise_subject_off_fronted_participle(participle: Token) -> None:
    """A name set off after a fronted participle's agent, which the parser hung on the agent as an apposition,
    leaving the verb no subject or taking the participle for it ("Led by Sheikh Akram al-Kaabi, al-Nujaba split from
    Asaib Ahl al-Haq"): the name is the verb's subject, and the participle tells of it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Led by Sheikh Akram al-Kaabi, al-Nujaba split from Asaib Ahl al-Haq in 2013.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Led", "Nujaba"}]
    [('Led', 'advcl', 'split'), ('Nujaba', 'nsubj', 'split')]
    """
    verb, doc = participle.head, participle.doc
    opening = participle.i == 0 or doc[participle.i - 1].is_space or doc[participle.i - 1].is_sent_end
    agents = [o for c in participle.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    if not opening or not agents or any(c.dep_ in {"nsubj", "nsubjpass"} and c != participle for c in verb.children):
        return
    # (the name's phrase ends right before the verb)
    named = next((a for a in agents[0].children if a.dep_ == "appos" and a.tag_ == "NNP"
                  and doc[a.left_edge.i - 1].text == "," and a.right_edge.i + 1 == verb.i), None)
    if named is not None:
        named.head, named.dep_ = verb, "nsubj"
        participle.dep_ = "advcl"


@_gated(tags={"NNP"}, deps={"appos"})
def _coordinate_second_titled_name(name: Token) -> None:
    """A second titled name after "and", whose body's name the parser took for the first name's conjunct and the
    name for an apposition ("received Hamas deputy leader Saleh al-Arouri and Islamic Jihad secretary-general Ziad
    al-Nakhalah"): the body names the second title, and the second name is the first's conjunct.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Hezbollah chief Hassan Nasrallah received Hamas deputy leader Saleh al-Arouri and Islamic Jihad "
    ...           "secretary-general Ziad al-Nakhalah, the channel said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Jihad", "Nakhalah"}]
    [('Jihad', 'compound', 'secretary-general'), ('Nakhalah', 'conj', 'Arouri')]
    """
    if name.dep_ != "appos" or name.tag_ != "NNP" or _set_off(name):
        return
    role = next((c for c in name.children if c.dep_ in {"amod", "compound"} and c.lower_ in _role_nouns()), None)
    body = name.doc[role.i - 1] if role is not None and role.i > 0 else None
    if body is None or body.dep_ != "conj" or body.tag_ != "NNP" or body.head.tag_ != "NNP" or (
            body.head.i > body.i or not any(c.dep_ == "cc" for c in body.head.children)):
        return
    first = body.head
    body.head, body.dep_ = role, "compound"
    role.dep_ = "compound"
    name.head, name.dep_ = first, "conj"


@_gated(tags={"NN"}, deps={"compound"})
def _raise_first_of_two_titled_names(role: Token) -> None:
    """The second of two titled names coordinated as a subject, whose title the parser made the head of the first
    name and of the second's body ("Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed"): the
    first name, with its own title, heads the subject, the body names the second title, and the second name is the
    first's conjunct.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement in March.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"President", "Sharaa", "SDF", "Abdi"}]
    [('President', 'compound', 'Sharaa'), ('Sharaa', 'nsubj', 'signed'), ('SDF', 'compound', 'commander'), \
('Abdi', 'conj', 'Sharaa')]
    """
    if role.dep_ != "compound" or role.tag_ != "NN" or role.lower_ not in _role_nouns():
        return
    second = role.head
    body = role.doc[role.i - 1] if role.i > 0 else None
    if second.tag_ != "NNP" or second.dep_ not in _SUBJECT_ARCS or body is None or body.dep_ != "conj" or (
            body.tag_ != "NNP"):
        return
    first = body.head
    if first.head != role or first.tag_ != "NNP" or not any(c.dep_ == "cc" for c in first.children):
        return
    for word in [c for c in role.children if c.i < first.i]:
        word.head = first
    first.head, first.dep_ = second.head, second.dep_
    body.head, body.dep_ = role, "compound"
    second.head, second.dep_ = first, "conj"


@_gated(tags=_PROPER_NOUN_TAGS, deps={"appos"})
def _raise_name_set_off_after_place(name: Token) -> None:
    """A name set off after the place a body is "in" ("The United Nations mission in Iraq, UNAMI, called"), which the
    parser made the place's apposition: it names the body.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The United Nations mission in Iraq, UNAMI, called on all parties to respect Iraq's sovereignty.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "UNAMI"]
    [('UNAMI', 'appos', 'mission')]
    """
    place = name.head
    if name.dep_ != "appos" or name.tag_ not in _PROPER_NOUN_TAGS or place.dep_ != "pobj" or (
            place.head.lower_ != "in") or place.head.head.tag_ not in {"NN", "NNS"}:
        return
    words = place.doc[place.left_edge.i:place.i + 1].text
    named = place.doc[name.left_edge.i:name.i + 1].text
    if (is_place(words) or country_name(words)) and not (is_place(named) or country_name(named)):
        name.head = place.head.head


@_gated(tags={"NNP"}, deps={"conj"})
def _lower_title_taken_for_conjunct(title: Token) -> None:
    """The title of a second name after "and", which the parser made a conjunct of the first name beside the second
    ("attended by Peshmerga Minister Shorsh Ismail and Iraqi Defense Minister Thabet al-Abbasi"): a title before a
    name is the name's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The meeting was attended by Peshmerga Minister Shorsh Ismail and Iraqi Defense Minister Thabet "
    ...           "al-Abbasi.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Minister"][1]
    ('Minister', 'compound', 'Abbasi')
    """
    if title.dep_ != "conj" or title.tag_ != "NNP" or title.lower_ not in _role_nouns():
        return
    name = next((c for c in title.head.children if c.dep_ == "conj" and c.tag_ == "NNP" and (
        c.left_edge.i == title.i + 1)), None)
    if name is not None:
        title.head, title.dep_ = name, "compound"


@_gated(tags={"NNP"})
def _lower_names_among_them(name: Token) -> None:
    """The names an "among them" gives after a plural noun, which the parser hung on the verb or coordinated with
    the noun ("The PMF comprises dozens of factions, among them Kataib Hezbollah, Badr and Asaib Ahl al-Haq"): they
    are those the noun counts, set beside it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The PMF comprises dozens of factions, among them Kataib Hezbollah, Badr and Asaib Ahl al-Haq.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Hezbollah"]
    [('Hezbollah', 'appos', 'factions')]
    """
    among = next((c for c in name.children if c.dep_ == "prep" and c.lower_ == "among" and c.i < name.i and any(
        o.lower_ == "them" for o in c.children)), None)
    if among is None or name.tag_ != "NNP" or among.i < 2 or name.doc[among.i - 1].text != ",":
        return
    counted = name.doc[among.i - 2]
    if counted.tag_ in {"NNS", "NNPS"} and counted.i != name.head.i:
        name.head, name.dep_ = counted, "appos"


@_gated(deps={"relcl"})
def _lower_relative_clause_onto_name_before(verb: Token) -> None:
    """A "who" clause set off right after a name, which the parser hung on a noun further back ("sanctioned Qais
    al-Khazali, his brother Laith, a senior AAH commander, and Husayn al-Lami, who runs security for the PMF"): the
    clause describes the name it follows.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The U.S. Treasury on Dec. 6 sanctioned Qais al-Khazali, the leader of Asa'ib Ahl al-Haq (AAH), his "
    ...           "brother Laith al-Khazali, a senior AAH commander, and Husayn Falih al-Lami, who runs security for "
    ...           "the PMF.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "runs"]
    [('runs', 'Lami')]
    """
    if verb.dep_ != "relcl":
        return
    who = next((c for c in verb.children if c.dep_ in _SUBJECT_ARCS and c.lower_ == "who"), None)
    if who is None or who.i < 2 or verb.doc[who.i - 1].text != ",":
        return
    named = verb.doc[who.i - 2]
    if named.tag_ == "NNP" and named.dep_ != "compound" and verb.head.i < named.i:
        verb.head = named


def _finite_number(verb: Token) -> str | None:
    """Whether a verb's finite form, its own or its auxiliary's, is singular or plural; None for a past tense."""
    for word in [*(c for c in verb.children if c.dep_ in {"aux", "auxpass"}), verb]:
        if word.tag_ == "VBZ" or word.lower_ == "was":
            return "singular"
        if word.tag_ == "VBP" or word.lower_ == "were":
            return "plural"
    return None


def _noun_number(noun: Token) -> str | None:
    """Whether a noun is singular or plural by its tag; None for a word that is no noun."""
    return {"NN": "singular", "NNP": "singular", "NNS": "plural", "NNPS": "plural"}.get(noun.tag_)


@_gated(deps={"prep"})
def _lower_examples_onto_subject_before(prep: Token) -> None:
    """Examples set off right after a subject, which the parser hung on the verb ("Some, like the Badr
    Organization, had fought U.S. troops"): they are examples of the subject.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Some, like the Badr Organization, had fought U.S. troops after the 2003 invasion.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "like"]
    [('like', 'Some')]
    """
    if prep.dep_ != "prep" or prep.lower_ not in load_lexicon().example_preps or prep.i < 2:
        return
    subject = prep.doc[prep.i - 2]
    if prep.doc[prep.i - 1].text == "," and subject.dep_ in _SUBJECT_ARCS and subject.head == prep.head:
        prep.head = subject


@_gated(deps={"pobj"})
def _split_pair_after_between(second: Token) -> None:
    """The two parties "between" names, the first of which the parser took for a modifier of the second ("talks
    between the Higher Military Commission and U.S. officials"): they are coordinated objects of "between".

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The deal followed months of talks between the Higher Military Commission and U.S. officials.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Commission", "officials"}]
    [('Commission', 'pobj', 'between'), ('officials', 'conj', 'Commission')]
    """
    if second.dep_ != "pobj" or second.head.lower_ != "between" or any(c.dep_ == "conj" for c in second.children):
        return
    first = next((c for c in second.children if c.dep_ in {"nmod", "compound"} and c.i < second.i
                  and any(g.dep_ == "cc" for g in c.children)), None)
    if first is not None:
        first.head, first.dep_ = second.head, "pobj"
        second.head, second.dep_ = first, "conj"


def _retag_verb(token: Token) -> bool:
    """Put right a verb's tag the parse contradicts; whether it did. A word in "-ing" after a preposition, with an
    object of its own, is a gerund ("responsible for planning attacks").

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.pos_, t.lemma_) for t in nlp("He was responsible for planning attacks on troops.")][4]
    ('planning', 'VERB', 'plan')

    An "adjective" heading a clause with a subject and an object is a verb:

    >>> [(t.text, t.tag_) for t in nlp("Fidan spoke about the PKK, which Turkey and Iraq now both designate as a "
    ...                                 "banned organisation.")][12]
    ('designate', 'VBP')

    A "verb" the parser made an object is a noun, and a bare noun it took for the verb's subject its modifier:

    >>> doc = nlp("US forces conducted precision airstrikes Sunday on two facilities.")
    >>> [(t.text, t.tag_, t.dep_) for t in doc][3:5]
    [('precision', 'NN', 'compound'), ('airstrikes', 'NNS', 'dobj')]
    """
    if token.dep_ == "pcomp" and token.tag_ == "NN" and token.lower_.endswith("ing") and any(
            c.dep_ == "dobj" for c in token.children):
        token.tag_ = "VBG"
        return True
    if token.dep_ == "acl" and token.tag_ == "VBD" and not any(c.dep_ in _SUBJECT_ARCS
                                                              for c in token.children):
        token.tag_ = "VBN"  # "PMF commander killed in Turkish strike": a clause on a noun with no subject
        return True
    if token.tag_ == "VBD" and token.lower_ in _killing_past_forms() and not any(
            c.dep_ in {"dobj", "aux", "auxpass", "ccomp", "xcomp", "attr", "oprd"} for c in token.children):
        # a headline's "three US soldiers killed": a killing with no one killed is told of its victims
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            token.tag_, subject.dep_ = "VBN", "nsubjpass"
            return True
    if token.tag_ == "JJ" and token.dep_ in {"relcl", "ccomp", "ROOT"} and any(
            c.dep_ == "dobj" for c in token.children) and any(c.dep_ == "nsubj" for c in token.children) and not any(
            c.dep_ == "aux" for c in token.children):
        token.tag_ = "VBP"  # "the PKK, which Turkey and Iraq now both designate as a banned organisation"
        return True
    if token.tag_.startswith("VB") and (_determined(token) or _made_an_argument(token)):
        if (modifier := _noun_taken_for_subject(token)) is not None:
            modifier.dep_ = "compound"
        token.tag_ = "NNS" if token.tag_ == "VBZ" else "NN"
        return True
    return False


def _hang_relative_clause_on_agreeing_noun(verb: Token) -> None:
    """A relative clause whose verb the parser hung on a noun it does not agree with in number, or a "which" clause
    it hung on a person's role, in a phrase with a noun it agrees with: the owner of the phrase the noun is in
    ("Turkish troops in Iraq, which fight the PKK"), or a noun whose phrase ends where the clause opens ("one of the
    groups in the Islamic Resistance in Iraq, which has claimed more than 100 attacks"). The clause is the agreeing
    noun's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.head.text) for t in nlp("Turkish troops in Iraq, which fight the PKK, were hit.")][6]
    ('fight', 'troops')
    >>> doc = nlp("Nujaba is one of the groups in the Islamic Resistance in Iraq, which has claimed more than 100 "
    ...           "attacks on US forces.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "claimed"]
    [('claimed', 'Resistance')]
    >>> doc = nlp("Mohammed Mohi, a spokesman for Kataib Hezbollah which belongs to the PMF, spoke.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "belongs"]
    [('belongs', 'Hezbollah')]
    """
    if verb.dep_ != "relcl":
        return
    relative = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ in _RELATIVE_SUBJECTS), None)
    if relative is None:
        return
    # ("a spokesman for Kataib Hezbollah which belongs to the PMF": "which" is no person's)
    roles = load_lexicon().role_predicates
    personal = relative.lower_ == "which" and verb.head.lower_ in roles
    number = _finite_number(verb)
    if not personal and (number is None or _noun_number(verb.head) in {number, None}):
        return
    owners = [verb.head.head.head] if verb.head.dep_ == "pobj" and verb.head.head.dep_ == "prep" else []
    agreeing = next((n for n in owners + _nouns_ending_before(verb.head, relative) if (
        n.lower_ not in roles if personal else _noun_number(n) == number)), None)
    if agreeing is not None:
        verb.head = agreeing


def _nouns_ending_before(noun: Token, word: Token) -> list[Token]:
    """The nouns of the prepositional phrases a noun heads, one inside another, that end right before a word or
    before the comma before it: "the Islamic Resistance" and "Iraq" in "the groups in the Islamic Resistance in
    Iraq, which"."""
    end = word.i - 2 if word.i > 0 and word.doc[word.i - 1].text == "," else word.i - 1
    nouns = []
    while (noun := next((o for p in noun.children if p.dep_ == "prep" and p.i < word.i for o in p.children
                         if o.dep_ == "pobj" and o.right_edge.i == end), None)) is not None:
        nouns.append(noun)
    return nouns


def _retag_capitalised_event_noun(token: Token) -> None:
    """A noun that cues a relation opening a sentence, which the tagger took for a name for its capital
    ("Airstrikes by Israel hit positions of the militias"): a common noun, for the lemmatizer to read it as one.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.tag_) for t in nlp("Airstrikes by Israel hit positions of Kataib Hezbollah.")][:1]
    [('Airstrikes', 'NNS')]
    """
    if token.tag_ not in {"NNP", "NNPS"} or token.i != token.sent.start or not token.is_title:
        return
    if tag := load_lexicon().act_noun_tag(token.lower_):
        token.tag_ = tag


def _retag_noun(token: Token) -> None:
    """A noun or adjective the parse gives a verb's subject and object is that verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("It hit the PKK, which Ankara and Washington list as a terrorist group.")
    >>> [(t.text, t.pos_, t.dep_) for t in doc if t.text in {"Ankara", "list"}]
    [('Ankara', 'PROPN', 'nsubj'), ('list', 'VERB', 'relcl')]
    >>> [(t.text, t.pos_, t.dep_) for t in nlp("Iraqi parliament votes to expel US troops")][1:3]
    [('parliament', 'NOUN', 'nsubj'), ('votes', 'VERB', 'ROOT')]
    >>> [(t.text, t.pos_, t.dep_) for t in nlp("Iran, which arms and trains the group, denies it.")][2:4]
    [('which', 'PRON', 'nsubj'), ('arms', 'VERB', 'relcl')]
    >>> [(t.text, t.tag_) for t in nlp("Russian forces in Syria, which back the government, complained.")][6]
    ('back', 'VBP')
    >>> [(t.text, t.pos_, t.tag_) for t in nlp("Baghdad, too, objected.")][4]
    ('objected', 'VERB', 'VBD')
    """
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
    # a clause "that" opens has a verb: "demanded that the Coordination Framework step aside"
    clause = token.dep_ == "ccomp" and token.tag_.startswith("NN") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
    # a relative clause with its object fronted has a verb: "the PKK, which Ankara and Washington list as ..."
    relative = token.dep_ == "relcl" and token.tag_.startswith("NN") and any(
        c.dep_ == "dobj" and c.i < token.i and c.lower_ in {"which", "that", "whom"} for c in token.children)
    # a headline's "Iraqi parliament votes to expel US troops": a plural that takes an infinitive is a verb
    intending = token.dep_ == "ROOT" and token.tag_ == "NNS" and any(
        c.dep_ == "xcomp" and c.i > token.i and any(a.lower_ == "to" for a in c.children) for c in token.children)
    # "Iran, which arms and trains the group": a plural coordinated with a finite verb that has an object is one too
    coordinated = token.tag_ == "NNS" and token.dep_ in {"ROOT", "relcl", "ccomp"} and any(
        c.dep_ == "conj" and c.tag_ == "VBZ" and any(d.dep_ == "dobj" for d in c.children) for c in token.children)
    if subject is None and (token.dep_ == "ROOT" and token.tag_ == "NNS" or clause or relative or coordinated):
        # a headline's "Iraq summons Turkish envoy": the parser makes the subject a compound of the verb (and the
        # relative pronoun a determiner of it)
        subject = next((c for c in token.children if c.dep_ in {"compound", "nmod"} and (
            c.tag_ in _PROPER_NOUN_TAGS or intending and c.tag_ == "NN") and (relative or c.dep_ == "compound")
            or coordinated and c.dep_ == "det" and c.lower_ in _RELATIVE_SUBJECTS and c.i < token.i), None)
    objected = any(c.dep_ == "dobj" and c.i > token.i for c in token.children)
    # ("Baghdad, too, objected": a sentence's past form in "-ed" with a subject and no copula is its verb)
    past = token.dep_ == "ROOT" and token.tag_ == "JJ" and token.lower_.endswith("ed") and not any(
        c.dep_ == "cop" or c.lower_ in _COPULA_FORMS for c in token.children)
    # (and a relative clause's word the tagger took for a preposition or an adverb: "forces which back Assad")
    if subject is not None and (token.tag_.startswith("NN") or token.tag_ == "JJ" or token.dep_ == "relcl" and (
            token.tag_ in {"IN", "RB", "RP"})) and (clause or relative or intending or objected or coordinated or past):
        subject.dep_ = "nsubj"
        # (a verb in scare quotes reads as an adjective: 'its forces had "neutralised" three militants')
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children)
        token.tag_ = "VBN" if perfect else "VBZ" if token.lower_.endswith("s") else (
            "VBD" if token.lower_.endswith("ed") else "VBP")


@_gated(tags={"VBD", "VBZ", "VBP", "NN"}, deps={"compound"})
def _raise_verb_taken_for_compound(token: Token) -> None:
    """A finite verb with a subject the parser made a compound of its object ("said Washington bore responsibility
    for the consequences"), whatever the tagger took it for: a compound has no subject, so the verb takes the noun's
    place and the noun is its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Saar said the Iraqi government bore responsibility for all attacks launched from its soil.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc][5:7]
    [('bore', 'VBD', 'ccomp', 'said'), ('responsibility', 'NN', 'dobj', 'bore')]
    """
    noun = token.head
    finite = token.tag_ in {"VBD", "VBZ", "VBP"} or token.tag_ == "NN" and noun.tag_.startswith("NN")
    if finite and token.dep_ == "compound" and noun.i == token.i + 1 and (
            noun.dep_ == "dobj") and any(c.dep_ == "nsubj" for c in token.children):
        token.head, token.dep_ = noun.head, "ccomp"
        noun.head, noun.dep_ = token, "dobj"
        token.tag_ = "VBD" if token.tag_ == "NN" else token.tag_


@_gated(tags={"NNP"}, deps={"compound"})
def _raise_base_verb_taken_for_name(token: Token) -> None:
    """A verb in its base form coordinated after another, which the tagger took for a word of the name after it
    ("continued to train and equip Peshmerga brigades"): a name's words are capitalised, so the lower-case word is
    the second verb and the name's phrase its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The coalition continued to train and equip Peshmerga brigades.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"equip", "brigades"}]
    [('equip', 'VB', 'conj', 'train'), ('brigades', 'NNS', 'dobj', 'equip')]
    """
    if token.tag_ != "NNP" or token.dep_ != "compound" or not token.text.isalpha() or not token.text.islower():
        return
    before = token.nbor(-1) if token.i > token.sent.start else None
    first = before.head if before is not None and before.dep_ == "cc" else None
    noun = token.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if first is None or first.tag_ != "VB" or first in noun.subtree:
        return
    token.tag_, token.head, token.dep_ = "VB", first, "conj"
    noun.head, noun.dep_ = token, "dobj"


@_gated(tags={"VBD", "VBZ", "VBP"}, deps={"amod"})
def _raise_verb_taken_for_modifier(token: Token) -> None:
    """A finite verb with a subject the parser made a modifier of the noun after it, the root ("Fighters of Saraya
    al-Salam traded fire with troops"): a modifier has no subject, so the verb is the root and the noun its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Fighters of Saraya al-Salam traded fire with troops.")][6:8]
    [('traded', 'ROOT', 'traded'), ('fire', 'dobj', 'traded')]
    """
    noun = token.head
    if token.tag_ in {"VBD", "VBZ", "VBP"} and token.dep_ == "amod" and noun.i == token.i + 1 and (
            noun.dep_ == "ROOT") and any(c.dep_ == "nsubj" for c in token.children):
        token.head, token.dep_ = token, "ROOT"
        noun.head, noun.dep_ = token, "dobj"


@_gated(tags={"NNP"}, deps={"nmod", "compound"})
def _raise_name_coordinated_into_title(name: Token) -> None:
    """A titled name coordinated before another, which the parser made a modifier inside the second one's title
    ("met Iraqi Prime Minister Mustafa al-Kadhimi and Interior Minister Othman al-Ghanimi": Kadhimi a modifier of
    the second "Minister", his own title the second name's): the first name takes the second's place, with its own
    title, and the second is its conjunct.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Qaani also met Iraqi Prime Minister Mustafa al-Kadhimi and Interior Minister Othman al-Ghanimi.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Kadhimi", "Ghanimi"}]
    [('Kadhimi', 'dobj', 'met'), ('Ghanimi', 'conj', 'Kadhimi')]
    """
    doc = name.doc
    if not (name.tag_ == "NNP" and name.dep_ in {"nmod", "compound"} and name.i + 2 < len(doc)
            and doc[name.i + 1].lower_ == "and" and doc[name.i + 1].head == name and name.head.i > name.i + 1):
        return  # (the cheap tests first: this runs for every token)
    if any(c.dep_ == "conj" for c in name.children):
        return
    second = name.head
    while second.head.i > name.i + 1 and second.head != second:
        second = second.head  # the head of the phrase after "and"
    if second.tag_ != "NNP" or second.head.i > name.i:
        return
    for before in doc[name.sent.start:name.i]:
        if before.head.i > name.i + 1 and before.head in second.subtree:
            before.head = name  # the first name's own title
    name.head, name.dep_ = second.head, second.dep_
    second.head, second.dep_ = name, "conj"


@_gated(deps={"amod"})
def _raise_result_taken_for_modifier(adjective: Token) -> None:
    """The state a verb leaves its object in, set right after the verb, which the parser made a modifier of the
    object ("gunmen shot dead three members of the PMF"): it is the verb's, as in the passive ("were shot dead"),
    and makes one act with it (lexicon `result_adjectives`).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("ISIS gunmen shot dead three members of the PMF.")][3:4]
    [('dead', 'oprd', 'shot')]
    """
    verb = adjective.head.head
    if adjective.dep_ == "amod" and adjective.lower_ in load_lexicon().result_adjectives and (
            adjective.head.dep_ == "dobj") and verb.i == adjective.i - 1 and verb.tag_.startswith("VB"):
        adjective.head, adjective.dep_ = verb, "oprd"


@_gated(tags={"JJ"}, deps={"oprd", "acomp"})
def _lower_adjectives_taken_for_clause(adjective: Token) -> None:
    """Adjectives coordinated before a verb's object, the second taken for a bare verb with the object as its own
    ("conducted necessary and proportionate strikes on three facilities"): a verb with no subject and no "to" is no
    clause there, so both describe the noun and the noun is the object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("US forces conducted necessary and proportionate strikes on three facilities.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc][3:8]
    [('necessary', 'amod', 'strikes'), ('and', 'cc', 'necessary'), ('proportionate', 'conj', 'necessary'), \
('strikes', 'dobj', 'conducted'), ('on', 'prep', 'strikes')]
    """
    verb = adjective.head
    second = next((c for c in adjective.children if c.dep_ == "conj" and c.tag_ in {"VB", "VBP"}), None)
    if adjective.tag_ != "JJ" or adjective.dep_ not in {"oprd", "acomp"} or second is None:
        return
    noun = next((c for c in second.children if c.dep_ == "dobj" and c.i == second.i + 1), None)
    if noun is None or any(c.dep_ in {"nsubj", "aux", "mark"} for c in second.children):
        return
    for phrase in [c for c in second.children if c.dep_ == "prep" and c.i > noun.i]:
        phrase.head = noun  # "strikes on three facilities"
    noun.head, noun.dep_ = verb, "dobj"
    adjective.head, adjective.dep_ = noun, "amod"
    second.tag_ = "JJ"


@_gated(deps={"prep"})
def _lower_place_set_off_after_subject(preposition: Token) -> None:
    """A phrase of where, set off by commas right after the subject and before its verb, which the parser hung on
    the verb ("The Khor Mor field, in Sulaimani province, supplies gas"): it places the subject, as it would
    without the commas.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The Khor Mor field, in Sulaimani province, supplies gas to the region.")
    >>> doc[5].text, doc[5].head.text
    ('in', 'field')
    """
    verb, doc = preposition.head, preposition.doc
    if preposition.lower_ != "in" or preposition.dep_ != "prep" or preposition.i > verb.i or preposition.i < 2:
        return
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_ARCS and c.i < preposition.i), None)
    closing = preposition.right_edge.i + 1
    if subject is None or closing >= verb.i or doc[closing].text != "," or doc[preposition.i - 1].text != "," or (
            subject.right_edge.i != preposition.i - 2):
        return
    preposition.head = subject


@_gated(tags={"PRP"}, deps={"pobj"})
def _lower_partitive_set_off_after_noun(them: Token) -> None:
    """A phrase set off after a plural noun that says what most, some or all of them were ("killed 10 fighters, most
    of them members of Kataib Hezbollah"), which the parser made a clause of its own, or the sentence's root: it
    describes the noun, as an apposition does.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("An Israeli strike killed 10 fighters, most of them Iraqis belonging to Kataib Hezbollah.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"killed", "Iraqis"}]
    [('killed', 'ROOT', 'killed'), ('Iraqis', 'appos', 'fighters')]
    """
    doc, at = them.doc, them.i
    if them.lower_ != "them" or at < 4 or doc[at - 1].lower_ != "of" or doc[at - 3].text != "," or not (
            doc[at - 2].like_num or doc[at - 2].lower_ in load_lexicon().share_words):
        return
    noun, count = doc[at - 4], doc[at - 2]
    described = next((t for t in doc[at + 1:at + 4] if t.tag_ in {"NNS", "NNPS"}), None)
    if noun.tag_ != "NNS" or described is None or described.head != noun and (count.is_ancestor(noun) or (
            noun.is_ancestor(described)) or described.is_ancestor(noun) and described.dep_ != "ROOT"):
        return
    if described.is_ancestor(noun):
        # the root the parser made of the phrase gives its place to the clause it hung under it
        verb = next(c for c in described.children if c.is_ancestor(noun) or c == noun)
        for child in [c for c in described.children if c.i < verb.i or c.is_punct and c.i > described.i]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
    described.head, described.dep_ = noun, "appos"
    count.head, count.dep_ = described, "nmod"


@_gated(deps={"relcl"})
def _raise_where_clause_off_time(verb: Token) -> None:
    """A relative clause of "where" the parser hung on the day or hour of what the sentence tells, not the place
    told just before it ("targeted Erbil International Airport late on Wednesday, where US troops are stationed"):
    no day is a place, so the clause is the place's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Drones targeted Erbil International Airport late on Wednesday, where US troops are stationed.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "stationed"]
    [('stationed', 'Airport')]
    """
    time = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children) or not _names_a_time(time):
        return
    phrase = time.head if time.dep_ == "pobj" else time
    before = phrase.left_edge.i - 1
    if before < 0 or not verb.doc[before].tag_.startswith("NN") or _names_a_time(verb.doc[before]):
        return
    place = verb.doc[before]
    verb.head = place.head if place.dep_ == "compound" and place.head.i > place.i else place


@_gated(deps={"relcl"})
def _raise_relative_clause_off_date(verb: Token) -> None:
    """A relative clause of "which" the parser hung on the date of a noun, not the noun dated ("the parliament's
    decision of Jan. 5, 2020, which obliges the government to expel foreign troops"): no date obliges; the clause
    is the noun's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They ignored the parliament's decision of Jan. 5, 2020, which obliges the government to act.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "obliges"]
    [('obliges', 'decision')]
    """
    date = verb.head
    if verb.dep_ != "relcl" or not any(c.lower_ == "which" for c in verb.children) or not _names_a_time(date) or (
            date.dep_ != "pobj" or date.head.lower_ != "of" or not date.head.head.tag_.startswith("NN")):
        return
    verb.head = date.head.head


@_gated(tags={"VBN"}, deps={"acl"})
def _raise_owning_participle_off_place(participle: Token) -> None:
    """A participle of whose a thing is ("linked to", "belonging to"; lexicon `owning_verbs`) the parser hung on the
    town or province an object is said to be in ("struck two facilities in Deir ez-Zor province linked to the
    IRGC"): a region is no one's in that way, so the participle is the object's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("US aircraft struck two facilities in Deir ez-Zor province linked to the IRGC, killing seven.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "linked"]
    [('linked', 'facilities')]
    """
    if participle.dep_ != "acl" or participle.tag_ != "VBN":
        return  # (the cheap tests first: this runs for every token)
    place, lexicon = participle.head, load_lexicon()
    if not _verb_stems(participle) & lexicon.owning_verbs:
        return
    region = place.lower_ in lexicon.place_nouns - lexicon.installation_nouns or place.tag_ == "NNP"
    where = place.head
    if not region or place.dep_ != "pobj" or where.lower_ != "in" or where.dep_ != "prep":
        return
    described = where.head if where.head.tag_ in {"NN", "NNS"} else next(
        (o for o in where.head.children if o.dep_ == "dobj" and o.i < where.i and o.tag_ in {"NN", "NNS"}), None)
    if described is not None:
        participle.head = described


@_gated(tags={"NNP"}, deps={"nmod", "compound"})
def _split_names_joined_inside_one(first: Token) -> None:
    """Two names joined by "and", the first taken for a modifier of the second and the second's first word for the
    first's conjunct ("designate Asaib Ahl al-Haq and Kataib Sayyid al-Shuhada as terrorist organisations"): the
    names are conjuncts, each whole.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Biden was urged to designate Asaib Ahl al-Haq and Kataib Sayyid al-Shuhada as terrorist groups.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Haq", "Kataib", "Shuhada"}]
    [('Haq', 'dobj', 'designate'), ('Kataib', 'compound', 'Shuhada'), ('Shuhada', 'conj', 'Haq')]
    """
    second = first.head
    if first.dep_ not in {"nmod", "compound"} or first.tag_ != "NNP" or second.tag_ != "NNP" or (
            second.i <= first.i or second.dep_ == "ROOT"):
        return  # (the cheap tests first: this runs for every token)
    start = next((c for c in first.children if c.dep_ == "conj" and first.i < c.i < second.i and c.tag_ == "NNP"), None)
    if start is None or not any(c.dep_ == "cc" and first.i < c.i < start.i for c in first.children) or not all(
            t.head == second or first.i < t.head.i < second.i for t in first.doc[start.i + 1:second.i]):
        return
    first.head, first.dep_ = second.head, second.dep_
    second.head, second.dep_ = first, "conj"
    start.head, start.dep_ = second, "compound"


@_gated(tags=_VERB_TAGS, deps={"relcl"})
def _raise_harm_clause_off_place(verb: Token) -> None:
    """A relative clause of a harm ("that killed two PMF members") the parser hung on the place an attack named
    before it was on ("a US airstrike on a PMF position in Babil province that killed two PMF members"), also where
    the parser hung the "on" on the verb the attack is in ("were in response to an attack on a base that killed"):
    a place kills no one, so the clause is the attack's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They protested a US airstrike on a PMF position in Babil province that killed two PMF members.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "killed"]
    [('killed', 'airstrike')]
    >>> doc = nlp("The strikes were in response to a rocket attack on Dec. 27 on an Iraqi base near Kirkuk that killed "
    ...           "a U.S. contractor.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "killed"]
    [('killed', 'attack')]
    """
    if verb.dep_ != "relcl" or not verb.tag_.startswith("VB"):
        return  # (the cheap tests first: this runs for every token)
    lexicon = load_lexicon()
    if not any(lexicon.verb_predicates.get(stem) in _HARM_PREDICATES for stem in _verb_stems(verb)):
        return
    places = lexicon.place_nouns | lexicon.installation_nouns | lexicon.force_site_nouns
    noun = verb.head
    for _ in range(3):
        if noun.lower_ not in places or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return
        preposition = noun.head
        noun = preposition.head
        if noun.tag_.startswith("VB"):  # ("protested a strike on a position": the "on" hung on the verb)
            noun = next((o for o in noun.children if o.dep_ == "dobj" and o.i < preposition.i), None) or next(
                (t for t in reversed(verb.doc[noun.i + 1:preposition.i]) if _names_a_harm(t)), noun)
        if _names_a_harm(noun):
            verb.head = noun
            return


@_gated(deps={"pobj"})
def _split_outlet_from_subject(name: Token) -> None:
    """The subject of a clause run into the outlet a fronted interview phrase names ("In an interview with The
    National, Iraq's adviser Qasim al-Araji said ..."), which the parser made the interview's partner with the outlet
    a modifier before a comma: the outlet is the interview's, the name the verb's subject.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In an interview with The National, Iraq's National Security Adviser Qasim al-Araji said it.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"National", "Araji"}][::2]
    [('National', 'pobj', 'with'), ('Araji', 'nsubj', 'said')]
    """
    with_ = name.head
    if name.dep_ != "pobj" or with_.lower_ != "with" or with_.head.lower_.removesuffix("s") not in (
            load_lexicon().interview_nouns):
        return  # (the cheap tests first: this runs for every token)
    verb = with_.head.head.head if with_.head.dep_ == "pobj" else None
    outlet = next((c for c in name.children if c.dep_ in {"nmod", "compound", "appos"} and c.i < name.i and any(
        t.text == "," for t in name.doc[c.i + 1:name.i])), None)
    if verb is None or outlet is None or not verb.tag_.startswith("VB") or verb.i < name.i or any(
            c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    for token in name.doc[with_.i + 1:outlet.i]:
        if token.head == name:
            token.head = outlet  # ("The" of "The National")
    outlet.head, outlet.dep_ = with_, "pobj"
    name.head, name.dep_ = verb, "nsubj"


@_gated(tags=_NOUN_TAGS, deps={"appos", "dep", "dobj"})
def _lower_list_run_on_into_object(noun: Token) -> None:
    """The rest of a list of objects after a comma ("which have targeted the embassy, US troops and convoys"), which
    the parser hung on a noun or verb far before the first item as an apposition, or as a second object of a verb
    that has its own ("hit the headquarters, killing Abu Baqir along with Hussein al-Daraji, Haider al-Saadi and Ali
    al-Moussawi"): it goes on the list.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("It was the first attack. Washington blamed Iran-backed factions for attacks, which have targeted "
    ...           "the embassy, US troops and convoys.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "troops"]
    [('troops', 'conj', 'embassy')]
    >>> doc = nlp("A US strike hit the headquarters, killing commander Abu Baqir al-Saadi along with Hussein "
    ...           "al-Daraji, Haider al-Saadi and Ali al-Moussawi.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.i == 24]
    [('Saadi', 'conj', 'Daraji')]
    """
    if noun.dep_ not in {"appos", "dep", "dobj"} or not noun.tag_.startswith("NN") or noun.head.i > noun.i or (
            noun.dep_ == "dobj" and not any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)):
        return  # (the cheap tests first: this runs for every token)
    doc = noun.doc
    comma = noun.left_edge.i - 1
    if comma < 2 or doc[comma].text != "," or not any(c.dep_ == "cc" for c in noun.children):
        return
    first = doc[comma - 1]
    if first.dep_ not in {"dobj", "pobj"} or not first.tag_.startswith("NN") or not (
            noun.head.i < first.head.i < first.i) or first.head.dep_ not in {"relcl", "prep"}:
        return
    noun.head, noun.dep_ = first, "conj"
    doc[comma].head = first


@_gated(deps={"relcl"})
def _raise_labelling_clause_off_place(verb: Token) -> None:
    """A relative clause labelling its antecedent ("which the speaker described as a threat") the parser hung on the
    place the act before it happened in ("the attacks that have targeted diplomatic missions in Baghdad, which the
    speaker described as a threat to Iraq's reputation"): the act is what is labelled, not the city.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They discussed the attacks that have targeted missions in Baghdad, which the speaker described as "
    ...           "a threat.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "described"]
    [('described', 'attacks')]
    """
    if verb.dep_ != "relcl" or verb.head.dep_ != "pobj" or verb.head.head.lower_ not in {"in", "at"}:
        return  # (the cheap tests first: this runs for every token)
    if not _verb_stems(verb) & load_lexicon().labelling_verbs or not any(
            c.lower_ == "which" and c.dep_ == "dobj" for c in verb.children):
        return
    act = next((a for a in verb.head.ancestors if a.tag_ in {"NN", "NNS"} and _names_a_harm(a)), None)
    if act is not None:
        verb.head = act


# The predicates of harm, which the repairs below read acts of before kg's relations do.
_HARM_PREDICATES = frozenset({"attacks", "kills"})


def _verb_stems(word: Token) -> set[str]:
    """The lemmas a past tense or participle may be of, by its own form (the repairs run before the lemmatizer):
    "linked" of "link", "described" of "describe", "killed" of "kill"."""
    return {word.lower_.removesuffix("d"), word.lower_.removesuffix("ed")}


def _names_a_harm(noun: Token) -> bool:
    """Whether a noun, by its own form, names an attack or a killing ("airstrike", "attacks")."""
    return load_lexicon().noun_predicates.get(noun.lower_.removesuffix("s")) in _HARM_PREDICATES


def _names_a_time(noun: Token) -> bool:
    """Whether a noun names a day, a month or an hour ("Wednesday", "March", "night")."""
    return bool(re.fullmatch(MONTH_NAME, noun.text)) or noun.lower_ in _time_words()


@_gated(tags={"IN"}, deps={"prep"})
def _lower_place_phrase_onto_name_before(preposition: Token) -> None:
    """An "in" phrase naming a place, which the parser hung on the preposition before it rather than on that
    preposition's name right before it ("at the cave, near Dukan in Sulaimani province"): the name is what lies in
    the place.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Fighters burned their rifles at the Jasana cave, near Dukan in Sulaimani province.")
    >>> [(t.text, t.head.text) for t in doc if t.lower_ == "in"]
    [('in', 'Dukan')]
    """
    outer = preposition.head
    if not (preposition.lower_ == "in" and preposition.dep_ == "prep" and outer.dep_ == "prep"
            and outer.tag_ == "IN"):
        return  # (the cheap tests first: this runs for every preposition)
    name = next((c for c in outer.children if c.dep_ == "pobj"), None)
    place = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if name is None or place is None or name.tag_ not in _PROPER_NOUN_TAGS or name.right_edge.i != preposition.i - 1:
        return
    # (a place is named: not a time, "near Dukan in January", nor a common noun's phrase, "in the morning")
    if any(t.tag_ in _PROPER_NOUN_TAGS and not _names_a_time(t) for t in place.subtree):
        preposition.head = name


@_gated(deps={"prep"})
def _raise_preposition_off_time_adverbial(preposition: Token) -> None:
    """A preposition right after a phrase of when set between a verb and what it takes, which the parser hung on the
    phrase's noun ("complained last month of American foot-dragging"): it is the verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.head.text) for t in nlp("Lami complained last month of American foot-dragging.") if t.text == "of"]
    [('of', 'complained')]
    """
    time, verb = preposition.head, preposition.head.head
    if preposition.dep_ == "prep" and time.dep_ == "npadvmod" and time.i + 1 == preposition.i and (
            verb.tag_.startswith("VB") and verb.i < time.i and _names_a_time(time)):
        preposition.head = verb


@cache
def _time_words() -> frozenset[str]:
    """The days of the week and the lexicon's nouns of the clock and the calendar."""
    return frozenset(WEEKDAYS) | load_lexicon().clock_nouns


@_gated(tags=_NOUN_TAGS, deps={"conj"})
def _split_clauses_joined_at_subject(noun: Token) -> None:
    """Two clauses joined by "and", the second's subject taken for a conjunct of the first's verb and the first
    clause for what the second's verb reports ("The Framework called for the expulsion of US forces, and Sudani's
    spokesman, Yehia Rasool, said the coalition had crossed all red lines"), or for a conjunct of the first's object
    ("Iraq's government condemned the strike, and Sudani's spokesman, Basim al-Awadi, said ..."): a noun after a
    comma and an "and" of the first verb's is no conjunct of what comes before, so it is the subject of the verb
    after it, and the clauses are coordinated.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The Coordination Framework, a coalition of Iran-aligned parties, called for the expulsion of US "
    ...           "forces, and Prime Minister Mohammed Shia al-Sudani's military spokesman, Yehia Rasool, said the "
    ...           "coalition had crossed all red lines.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"called", "spokesman", "said"}]
    [('called', 'ROOT', 'called'), ('spokesman', 'nsubj', 'said'), ('said', 'conj', 'called')]
    >>> doc = nlp("Iraq's government condemned the strike as a violation, and Sudani's spokesman, Basim al-Awadi, said "
    ...           "the coalition had exceeded its mandate.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"condemned", "spokesman", "said"}]
    [('condemned', 'ROOT', 'condemned'), ('spokesman', 'nsubj', 'said'), ('said', 'conj', 'condemned')]
    """
    first = noun.head.head if noun.head.dep_ == "dobj" else noun.head
    second = first.head
    if noun.dep_ != "conj" or not noun.tag_.startswith("NN") or not first.tag_.startswith("VB") or (
            first.dep_ != "ccomp" or not second.tag_.startswith("VB") or not noun.i < second.i):
        return
    if any(c.dep_ in _SUBJECT_ARCS for c in second.children) or not any(
            c.dep_ == "cc" and first.i < c.i < noun.i and (first is noun.head or c.nbor(-1).text == ",")
            for c in first.children):
        return
    first.head, first.dep_ = first, "ROOT"
    second.head, second.dep_ = first, "conj"
    noun.head, noun.dep_ = second, "nsubj"


@_gated(tags={"NNS", "NN"}, deps={"nsubj"})
def _lower_object_taken_for_source(noun: Token) -> None:
    """A reported clause's object the parser took for the reporting verb's subject, the source after the clause
    taken for an apposition of a noun in it ("Turkish warplanes killed 12 Kurdistan Workers Party (PKK) militants in
    air strikes on the regions of northern Iraq, Turkey's defence ministry said"): a noun right after a transitive
    verb with a subject and no object is its object (and the source, `_raise_source_taken_for_apposition`, the
    reporting verb's subject).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("ANKARA, July 12 (Reuters) - Turkish warplanes killed 12 Kurdistan Workers Party (PKK) militants in "
    ...           "air strikes on the Gara and Hakurk regions of northern Iraq, Turkey's defence ministry said on "
    ...           "Friday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"militants", "ministry"}]
    [('militants', 'dobj', 'killed'), ('ministry', 'nsubj', 'said')]
    """
    reporting = noun.head
    if noun.dep_ != "nsubj" or reporting.i < noun.i:
        return
    clause = next((c for c in reporting.children if c.dep_ == "ccomp" and c.i < noun.i and c.tag_ in {"VBD", "VBN"}
                   and noun.left_edge.i == c.i + 1), None)
    if clause is None or not any(c.dep_ == "nsubj" for c in clause.children) or any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in clause.children):
        return
    if (source := _source_set_off_before(reporting)) is not None and source in noun.subtree and source != noun:
        noun.head, noun.dep_ = clause, "dobj"


@_gated(tags=_NOUN_TAGS, deps={"appos"})
def _raise_source_taken_for_apposition(noun: Token) -> None:
    """The source of a clause reported before it, set off after the clause, which the parser took for an apposition
    of the noun before it, leaving the reporting verb with no subject ("Israeli warplanes struck positions of
    Iran-backed militias overnight, killing at least 12 fighters, a war monitor said Sunday"): it is the subject.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Israeli warplanes struck positions of Iran-backed militias near the eastern Syrian city of Deir "
    ...           "ez-Zor overnight, killing at least 12 fighters, a war monitor said Sunday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"fighters", "monitor"}]
    [('fighters', 'dobj', 'killing'), ('monitor', 'nsubj', 'said')]
    """
    if noun.dep_ != "appos" or noun.right_edge.i + 1 >= len(noun.doc):
        return
    reporting = noun.doc[noun.right_edge.i + 1]
    if not any(c.dep_ in _SUBJECT_ARCS for c in reporting.children) and _source_set_off_before(reporting) == noun:
        noun.head, noun.dep_ = reporting, "nsubj"


def _source_set_off_before(reporting: Token) -> Token | None:
    """The phrase set off by a comma right before a finite root that a clause before it hangs on (a verb of
    reporting: the lemmatizer has not run), which the parser took for an apposition."""
    if reporting.dep_ != "ROOT" or reporting.tag_ not in {"VBD", "VBZ"} or reporting.i < 2 or not any(
            c.dep_ == "ccomp" and c.i < reporting.i for c in reporting.children):
        return None
    return next((t for t in reporting.doc[reporting.sent.start:reporting.i] if t.dep_ == "appos" and (
        t.right_edge.i == reporting.i - 1 and t.doc[t.left_edge.i - 1].text == ",")), None)


@_gated(tags={"VB"}, deps={"xcomp"})
def _lower_verb_taken_in_named_noun(verb: Token) -> None:
    """A noun the tagger took for a bare infinitive between the object of a verb of naming and what it is named
    ("called the US move an insult"): "the" opens the noun's phrase, so the noun is the object, the name before it
    its modifier, and what it is named its predicate.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Amiri called the US move an insult.")][3:6]
    [('US', 'compound', 'move'), ('move', 'dobj', 'called'), ('an', 'det', 'insult')]
    """
    naming, named = verb.head, verb.i - 1
    if not (verb.tag_ == "VB" and verb.dep_ == "xcomp" and named > 0 and verb.doc[named].dep_ == "dobj" and (
            verb.doc[named].head == naming) and naming.lower_ in _labelling_forms()):
        return
    owner = verb.doc[named]
    predicate = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if predicate is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children) or any(
            c.dep_ == "aux" for c in verb.children):
        return
    for determiner in [c for c in owner.children if c.dep_ == "det"]:
        determiner.head = verb
    owner.head, owner.dep_ = verb, "compound"
    verb.head, verb.dep_, verb.tag_ = naming, "dobj", "NN"
    predicate.head, predicate.dep_ = naming, "oprd"


@cache
def _labelling_forms() -> frozenset[str]:
    """The forms of the lexicon's verbs of naming ("called", "branded"), read before the lemmatizer has run."""
    return frozenset(form for lemma in load_lexicon().labelling_verbs
                     for form in (lemma, lemma + "s", lemma + "ing", *_past_forms(lemma)))


@_gated(tags=_VERB_TAGS)
def _raise_infinitive_taken_for_compound(verb: Token) -> None:
    """A bare infinitive after a verb of helping that the parser made a compound of its object, with the one helped
    a compound before it ("Iraq helped the coalition fight ISIS"): the one helped is the infinitive's subject, and
    the infinitive a clause of the helping verb with the object its own.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Iraq helped the coalition fight ISIS.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc][3:6]
    [('coalition', 'nsubj', 'fight'), ('fight', 'ccomp', 'helped'), ('ISIS', 'dobj', 'fight')]
    """
    if verb.lower_ not in _helping_forms() or not verb.tag_.startswith("VB"):
        return
    lexicon = load_lexicon()
    for helped in [c for c in verb.children if c.dep_ == "dobj" and c.i >= verb.i + 3]:
        infinitive, subject = helped.nbor(-1), helped.nbor(-2)
        # (the parser hangs the noun before the infinitive, and its article, on either of the two)
        if infinitive.dep_ != "compound" or infinitive.head != helped or (
                infinitive.lower_ not in lexicon.verb_predicates) or subject.dep_ != "compound" or (
                subject.head not in {helped, infinitive}) or not subject.tag_.startswith("NN"):
            continue
        for modifier in [c for head in (helped, infinitive) for c in head.children if c.i < subject.i]:
            modifier.head = subject
        subject.head, subject.dep_ = infinitive, "nsubj"
        infinitive.head, infinitive.dep_, infinitive.tag_ = verb, "ccomp", "VB"
        helped.head, helped.dep_ = infinitive, "dobj"


@cache
def _helping_forms() -> frozenset[str]:
    return load_lexicon().helping_verb_forms


@_gated(tags=_VERB_TAGS)
def _raise_object_after_interjection(verb: Token) -> None:
    """The object of a verb after a phrase set off by commas between them ("targeted, with a drone, the Ain al-Asad
    base"), which the parser made an apposition of the phrase's noun: it is the verb's object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The fighters targeted, with a drone, the Ain al-Asad base on Sunday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "base"]
    [('base', 'dobj', 'targeted')]
    """
    if not verb.tag_.startswith("VB") or verb.i + 2 >= len(verb.doc) or verb.nbor(1).text != "," or any(
            c.dep_ == "dobj" for c in verb.children):
        return
    phrase = verb.nbor(2)
    if phrase.dep_ != "prep" or phrase.head != verb:
        return
    for noun in (c for c in phrase.children if c.dep_ == "pobj"):
        # (the comma closing the phrase right after its noun, the object right after the comma)
        opened = next((a for a in noun.children if a.dep_ == "appos" and a.left_edge.i == noun.i + 2
                       and verb.doc[noun.i + 1].text == ","), None)
        if opened is not None:
            opened.head, opened.dep_ = verb, "dobj"


@_gated(tags={"WP$"})
def _split_fronted_object_of_whose(possessive: Token) -> None:
    """The noun "whose" opens a relative clause with, fronted as the clause's object, which the parser made a
    modifier of the clause's subject ("troops, whose presence parliament rejected"): it is the verb's object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Lawmakers renewed calls for the expulsion of American troops, whose presence parliament rejected "
    ...           "in a January 2020 vote.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"presence", "parliament"}]
    [('presence', 'dobj', 'rejected'), ('parliament', 'nsubj', 'rejected')]
    """
    owned = possessive.head
    subject = owned.head
    verb = subject.head
    if possessive.tag_ != "WP$" or owned.dep_ != "compound" or subject.dep_ != "nsubj" or verb.dep_ != "relcl" or (
            not verb.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in verb.children)):
        return
    owned.head, owned.dep_ = verb, "dobj"


@_gated(tags={"VBN"}, deps={"amod"})
def _raise_passive_taken_for_modifier(participle: Token) -> None:
    """A passive verb with its subject and auxiliary that the parser made a modifier of the noun after it, the
    sentence's root ("Both are designated terrorist organizations by the United States"): the verb is the root, the
    noun what it makes its subject, and a "by" phrase on the noun the verb's agent.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah and Nujaba have pressed for attacks. Both are designated terrorist organizations "
    ...           "by the United States.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"designated", "organizations", "by"}]
    [('designated', 'ROOT', 'designated'), ('organizations', 'oprd', 'designated'), ('by', 'agent', 'designated')]
    """
    noun = participle.head
    if participle.tag_ != "VBN" or participle.dep_ != "amod" or noun.dep_ != "ROOT" or noun.i < participle.i or not (
            {"auxpass", "nsubjpass"} <= {c.dep_ for c in participle.children}):
        return
    participle.head, participle.dep_ = participle, "ROOT"
    noun.head, noun.dep_ = participle, "oprd"
    for agent in [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]:
        agent.head, agent.dep_ = participle, "agent"


@_gated(tags={"VBN", "VBD"}, deps={"acl"})
def _raise_past_taken_for_participle(participle: Token) -> None:
    """A past tense after a message noun opening a sentence that has no verb of its own, which the parser made a
    participle on the noun with the names after it its complement ("The letter named Kataib Hezbollah and Badr as
    groups involved in the attacks"): the verb is the root, the noun its subject, the names its objects, and an
    "as" on the noun the verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The letter named Kataib Hezbollah and Badr as groups involved in the attacks.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"letter", "named", "Hezbollah", "as"}]
    [('letter', 'NN', 'nsubj', 'named'), ('named', 'VBD', 'ROOT', 'named'), ('Hezbollah', 'NNP', 'dobj', 'named'), \
('as', 'IN', 'prep', 'named')]
    """
    noun = participle.head
    if participle.tag_ not in {"VBN", "VBD"} or participle.dep_ != "acl" or noun.dep_ != "ROOT" or (
            noun.i + 1 != participle.i) or (
            noun.lower_ not in load_lexicon().message_nouns) or not any(
            c.dep_ == "det" and c.lower_ in _ARTICLES for c in noun.children):
        return
    names = [c for c in participle.children if c.dep_ in {"oprd", "dobj"} and c.tag_ in {"NNP", "NNPS"}]
    if not names:
        return
    participle.head, participle.dep_, participle.tag_ = participle, "ROOT", "VBD"
    noun.head, noun.dep_ = participle, "nsubj"
    names[0].dep_ = "dobj"
    for phrase in [c for c in noun.children if c.dep_ in {"prep", "punct"} and c.i > participle.i]:
        phrase.head = participle


@_gated(tags={"VBD"})
def _lower_participle_taken_for_verb_of_apposition(verb: Token) -> None:
    """A participle with its agent on a noun set off after a name, which the parser made the verb of a clause with
    the name and the noun both its subjects, the clause the complement of the sentence's verb, or the sentence's verb
    with the sentence's own its conjunct ("Hayat Tahrir al-Sham, a former al-Qaeda affiliate designated a terrorist
    group by the United States, (has) said ..."): the noun is the name's apposition, the participle the noun's, and
    the name the subject of the sentence's verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Hayat Tahrir al-Sham, a former al-Qaeda affiliate designated a terrorist group by the United "
    ...           "States, said it poses no threat.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Sham", "affiliate", "designated"}]
    [('Sham', 'nsubj', 'said'), ('affiliate', 'appos', 'Sham'), ('designated', 'acl', 'affiliate')]
    >>> doc = nlp("Hayat Tahrir al-Sham, a former al-Qaeda affiliate designated a terrorist group by the United "
    ...           "States, has said it poses no threat to Iraq.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Sham", "designated", "said"}]
    [('Sham', 'nsubj', 'said'), ('designated', 'acl', 'affiliate'), ('said', 'ROOT', 'said')]
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    sentence_verb = verb.head if verb.dep_ == "ccomp" else next(
        (c for c in verb.children if c.dep_ == "conj" and not any(s.dep_ in _SUBJECT_ARCS for s in c.children)),
        verb) if verb.dep_ == "ROOT" else verb
    if verb.tag_ != "VBD" or sentence_verb == verb or len(subjects) != 2 or any(
            c.dep_ == "nsubj" for c in sentence_verb.children) or sentence_verb.i < verb.i:
        return
    name, noun = subjects
    by = [p for t in (verb, *verb.children) for p in t.children if p.dep_ in {"prep", "agent"} and p.lower_ == "by"]
    if name.tag_ in {"NNP", "NNPS"} and noun.tag_ == "NN" and verb.doc[noun.left_edge.i - 1].text == "," and by:
        if verb.dep_ == "ROOT":
            sentence_verb.head, sentence_verb.dep_ = sentence_verb, "ROOT"
            for word in [c for c in verb.children if c.dep_ in {"cc", "punct"} and c.i > verb.i]:
                word.head = sentence_verb
        noun.head, noun.dep_ = name, "appos"
        verb.head, verb.dep_, verb.tag_ = noun, "acl", "VBN"
        name.head, name.dep_ = sentence_verb, "nsubj"


@_gated(tags=_VERB_TAGS)
def _lower_second_subject_into_apposition(verb: Token) -> None:
    """A noun set off by commas after a subject's phrase, which the parser made a second subject of the verb
    ("Fighters of PJAK, an Iranian Kurdish group affiliated with the PKK, were present"): it describes the name it
    follows, of which it is the apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Fighters of the Party of Free Life of Kurdistan (PJAK), an Iranian Kurdish group affiliated with "
    ...           "the PKK, were present.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "group"]
    [('group', 'appos', 'PJAK')]
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or not verb.tag_.startswith("VB"):
        return
    first, second = subjects
    before = second.left_edge.i - 1
    if second.tag_ != "NN" or not is_indefinite(second) or before < 1 or verb.doc[before].text != ",":
        return
    named = verb.doc[before - 1] if verb.doc[before - 1].text != ")" else verb.doc[before - 2]
    if named.tag_ in {"NNP", "NNPS"} and first in (named, *named.ancestors):
        second.head, second.dep_ = named, "appos"


@_gated(tags=_VERB_TAGS)
def _coordinate_subjects_joined(verb: Token) -> None:
    """Two subjects of a verb joined by "and", which the parser left two subjects with the conjunction on the first
    ("The Islamic Resistance in Iraq and Yemen's Houthis said"): the second is the first's conjunct.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("BAGHDAD (Reuters) - The Islamic Resistance in Iraq and Yemen's Houthis said on Thursday they had "
    ...           "jointly launched drones at Haifa.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Houthis"]
    [('Houthis', 'conj', 'Resistance')]
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) != 2 or not verb.tag_.startswith("VB"):
        return
    first, second = subjects
    joined = any(c.dep_ == "cc" and c.i == second.left_edge.i - 1 and c.lower_ in {"and", "or"}
                 for c in first.children)
    if joined and all(t.dep_ in {"aux", "advmod", "neg"} for t in verb.doc[second.right_edge.i + 1:verb.i]):
        second.head, second.dep_ = first, "conj"


@_gated(deps={"conj"})
def _raise_conjunct_of_apposition_with_owner(name: Token) -> None:
    """A name with an owner of its own coordinated after an apposition, which the parser made the apposition's
    conjunct ("Yemen's Houthi movement, Ansar Allah, and Iraq's Islamic Resistance said"): it is coordinated with the
    noun the apposition describes, one more of the sentence's parties, no second name of the first.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Yemen's Houthi movement, Ansar Allah, and Iraq's Islamic Resistance said they had struck Haifa.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"and", "Resistance"}]
    [('and', 'cc', 'movement'), ('Resistance', 'conj', 'movement')]
    """
    apposition = name.head
    if name.dep_ != "conj" or apposition.dep_ != "appos" or not any(c.dep_ == "poss" for c in name.children) or (
            name.doc[apposition.left_edge.i - 1].text != "," or name.doc[name.left_edge.i - 2].text != ","):
        return  # (an apposition set off by commas, and the name after ", and")
    _coordinate_with(name, apposition.head, apposition.i)


@_gated(tags=_VERB_TAGS)
def _raise_object_after_day(verb: Token) -> None:
    """The object of a verb after the day it was done on or the time it lasts ("received on Monday the U.S.
    ambassador", "extended for another 120 days a waiver that allows Iraq to pay"), which the parser made an
    apposition of the day, its clause the day's: it is the verb's object, and the clause its own.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The speaker received on Monday the U.S. ambassador to Iraq, Alina Romanowski.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "ambassador"]
    [('ambassador', 'dobj', 'received')]
    >>> doc = nlp("The United States has extended for another 120 days a waiver that allows Iraq to pay.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"waiver", "allows"}]
    [('waiver', 'NN', 'dobj', 'extended'), ('allows', 'VBZ', 'relcl', 'waiver')]
    """
    if not verb.tag_.startswith("VB") or any(c.dep_ == "dobj" for c in verb.children):
        return
    durations = load_lexicon().clock_nouns
    for phrase in (c for c in verb.children if c.dep_ == "prep" and c.i > verb.i):
        # (before the NER: a day by its name, or a time by its noun)
        for day in (c for c in phrase.children if c.dep_ == "pobj" and (
                c.lower_ in WEEKDAYS or c.lower_.removesuffix("s") in durations)):
            opened = next((a for a in day.children if a.dep_ == "appos" and a.left_edge.i == day.i + 1), None)
            if opened is not None and (opened.tag_.startswith("NN") or opened.tag_ == "VBP" and any(
                    c.dep_ == "det" for c in opened.children)):
                opened.head, opened.dep_ = verb, "dobj"
                opened.tag_ = "NN" if opened.tag_ == "VBP" else opened.tag_
                for clause in (c for c in day.children if c.dep_ == "relcl" and c.i > opened.i):
                    clause.head = opened
                return


@_gated(tags={"NNP"}, deps={"conj"})
def _lower_name_joined_without_conjunction(name: Token) -> None:
    """A name the parser coordinated with the role before it, with no "and" or comma between them ("Speaker of the
    Council of Representatives Mahmoud al-Mashhadani"): it is the role's apposition, the one who holds it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("BAGHDAD (INA) - Speaker of the Council of Representatives Mahmoud al-Mashhadani received him.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Mashhadani"]
    [('Mashhadani', 'appos', 'Speaker')]
    """
    if name.dep_ != "conj" or name.tag_ != "NNP" or name.head.i > name.i or (
            name.head.lower_ not in load_lexicon().role_predicates):
        return
    between = name.doc[name.head.i + 1:name.left_edge.i]
    if any(t.dep_ == "cc" or t.is_punct for t in between) or any(c.dep_ == "cc" for c in name.head.children):
        return
    name.dep_ = "appos"


@_gated(tags=_PROPER_NOUN_TAGS, deps={"dobj"})
def _lower_group_name_into_title(name: Token) -> None:
    """A name the parser made an object of its own right before a role that is a second object of the same verb
    ("A U.S. drone strike kills Nujaba commander Mushtaq al-Saidi"): it is the role's, which names whose it is, and
    the holder's name after the role is the role's apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Jan. 4 - A U.S. drone strike in Baghdad kills Nujaba commander Mushtaq Taleb al-Saidi.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Nujaba", "Saidi"}]
    [('Nujaba', 'compound', 'commander'), ('Saidi', 'appos', 'commander')]
    """
    if name.dep_ != "dobj" or name.tag_ not in _PROPER_NOUN_TAGS or name.i + 1 >= len(name.doc):
        return
    role = name.doc[name.i + 1]
    if role.dep_ != "dobj" or role.head != name.head or role.lower_ not in load_lexicon().role_predicates:
        return
    name.head, name.dep_ = role, "compound"
    names = [c for c in role.children if c.dep_ in {"dobj", "appos"} and c.tag_ in _PROPER_NOUN_TAGS and c.i > role.i]
    if names:
        # ("Mushtaq" hung on the role apart from "Taleb al-Saidi": one name, ending at its last word)
        last = names[-1]
        last.dep_ = "appos"
        for word in names[:-1]:
            word.head, word.dep_ = last, "compound"


@_gated(deps={"compound", "amod"})
def _lower_modifier_into_title(modifier: Token) -> None:
    """A lower-case word right before a capitalised title, which the parser hung on the holder's name beside the
    title ("Iraqi caretaker Prime Minister Adel Abdul Mahdi", with "caretaker" and what it carries on "Mahdi"): it
    is the title's, so the title keeps the state it is of.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("U.S. forces conduct defensive strikes\\n\\nIraqi caretaker Prime Minister Adel Abdul Mahdi called "
    ...           "the strikes a vicious attack.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "caretaker"]
    [('caretaker', 'Minister')]
    """
    if not (modifier.is_lower and modifier.dep_ in {"compound", "amod"} and modifier.head.tag_ in _PROPER_NOUN_TAGS):
        return
    name, title, roles = modifier.head, None, load_lexicon().role_predicates
    for word in modifier.doc[modifier.i + 1:name.i]:
        if not (word.tag_ in _PROPER_NOUN_TAGS and word.is_title and word.head.i <= name.i):
            break
        title = word if word.lower_ in roles else title
    if title is not None:
        modifier.head = title


@_gated(deps={"poss"})
def _raise_object_after_her(pronoun: Token) -> None:
    """An object after "her" as the object of a preposition ("discussed with her the timetable"), which the parser
    read as "her timetable": the pronoun is the preposition's, the noun, with its own determiner, the verb's object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("He received the ambassador and discussed with her the timetable for the withdrawal.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"her", "timetable"}]
    [('her', 'pobj', 'with'), ('timetable', 'dobj', 'discussed')]
    """
    if pronoun.lower_ != "her" or pronoun.dep_ != "poss":
        return
    noun = pronoun.head
    preposition = noun.head
    if not (noun.dep_ == "pobj" and preposition.i == pronoun.i - 1 and preposition.head.tag_.startswith("VB") and any(
            c.dep_ == "det" and c.i > pronoun.i for c in noun.children)):
        return
    pronoun.head, pronoun.dep_ = preposition, "pobj"
    noun.head, noun.dep_ = preposition.head, "dobj"


def _lower_verb_taken_in_site_noun(verb: Token) -> None:
    """A noun of an act the tagger took for a verb before the site it names ("struck Hezbollah launch sites"), the
    name before it for its subject: the site is the object of the verb before, the act and the name its modifiers
    (lexicon `site_acts`, `site_nouns`).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The military said its jets struck Hezbollah launch sites in response.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Hezbollah", "launch", "sites"}]
    [('Hezbollah', 'compound', 'sites'), ('launch', 'compound', 'sites'), ('sites', 'dobj', 'struck')]
    """
    lexicon = load_lexicon()
    if verb.lower_ not in lexicon.site_acts or verb.i + 1 >= len(verb.doc):
        return
    site, name = verb.nbor(1), verb.doc[verb.i - 1] if verb.i else None
    if site.dep_ != "dobj" or site.head != verb or site.lower_ not in lexicon.site_nouns or name is None or (
            name.head != verb or name.dep_ != "nsubj" or any(c.dep_ == "dobj" for c in verb.head.children)):
        return
    site.head, site.dep_ = verb.head, "dobj"
    verb.head, verb.dep_, verb.tag_ = site, "compound", "NN"
    name.head, name.dep_ = site, "compound"


@_gated(deps={"conj"})
def _raise_conjunct_with_reporting_tense(verb: Token) -> None:
    """A verb in the perfect the parser coordinated with the verb of a reported clause in another tense, where the
    verb reporting it is in the same perfect ("Sudani has said Iraq cannot stop buying Iranian gas and has asked
    Washington for more time"): the two perfects are coordinated, and so is the conjunction.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Sudani has said Iraq cannot stop buying Iranian gas and has asked Washington for more time.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "asked"]
    [('asked', 'conj', 'said')]
    """
    perfect = {c.lower_ for c in verb.children if c.dep_ == "aux" and c.lower_ in {"has", "have", "had"}}
    clause = verb.head
    if not (perfect and verb.dep_ == "conj" and clause.dep_ == "ccomp") or any(
            c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    reporting = clause.head
    if perfect & {c.lower_ for c in reporting.children if c.dep_ == "aux"} and not any(
            c.dep_ == "aux" and c.lower_ in perfect for c in clause.children):
        _coordinate_with(verb, reporting, clause.i)


@_gated(tags=_VERB_TAGS)
def _lower_subject_into_title(verb: Token) -> None:
    """A verb the parser gave two subjects side by side that are one title and its holder: a role right before its
    holder's name ("Popular Mobilization Forces chief of staff Abu Fadak al-Mohammadawi accused ..."), the role being
    the name's title; or, once a dateline is put right, a name right before a role and its holder ("ERBIL, Iraq
    (Kurdistan24) - Kurdistan Democratic Party (KDP) leader Masoud Barzani called on ..."), the name saying whose
    role it is.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Popular Mobilization Forces chief of staff Abu Fadak al-Mohammadawi accused the United States.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"chief", "Mohammadawi"}]
    [('chief', 'compound', 'Mohammadawi'), ('Mohammadawi', 'nsubj', 'accused')]
    >>> _ = nlp.add_pipe(DATELINES_NAME, after=TAGS_FROM_PARSE_NAME)
    >>> doc = nlp("ERBIL, Iraq (Kurdistan24) - Kurdistan Democratic Party (KDP) leader Masoud Barzani on Wednesday "
    ...           "called on the federal government to act.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Party"]
    [('Party', 'compound', 'leader')]
    """
    if not verb.tag_.startswith("VB"):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].right_edge.i + 1 != subjects[1].left_edge.i:
        return
    first, second = subjects
    roles = load_lexicon().role_predicates
    role = second.doc[second.left_edge.i]
    if first.lower_ in roles and second.tag_ == "NNP":
        first.head, first.dep_ = second, "compound"
    elif role.is_lower and role.lower_ in roles and role.dep_ == "compound":
        first.head, first.dep_ = role, "compound"


@_gated(tags=_NOUN_TAGS, deps={"conj"})
def _lower_noun_coordinated_with_verb(noun: Token) -> None:
    """A name or noun the parser coordinated with a verb, after the verb's phrases ("They fought alongside Hezbollah
    against rebels and later the Islamic State"): a verb has no noun for a conjunct, so the noun is coordinated with
    the last noun before the conjunction, a preposition's object or the verb's, and so is the conjunction.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("They fought alongside Hezbollah and the Syrian army against rebels and later the Islamic State.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"State", "later"} or t.i == 10]
    [('and', 'cc', 'rebels'), ('later', 'advmod', 'State'), ('State', 'conj', 'rebels')]
    >>> doc = nlp("Among the crowd were leaders of the PMF, including Abu Mahdi al-Muhandis, the deputy head of the "
    ...           "umbrella organization, and Qais al-Khazali, the leader of Asaib Ahl al-Haq.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Khazali"]
    [('Khazali', 'conj', 'Muhandis')]
    """
    verb = noun.head
    if noun.dep_ != "conj" or noun.tag_ not in {"NN", "NNS", "NNP", "NNPS"} or not verb.tag_.startswith("VB") or any(
            c.dep_ in _SUBJECT_ARCS | {"dobj", "aux", "auxpass"} for c in noun.children):
        return
    conjunction = next((c for c in verb.children if c.dep_ == "cc" and c.i < noun.i), None)
    if conjunction is None:
        return
    if noun.doc[conjunction.i - 1].text == ",":
        # (", and the Komala party near Halabja" after "hit positions of the KDPI near Koya": one more object; but a
        # name described after ", and" goes with the last name described before it: "including Abu Mahdi
        # al-Muhandis, the deputy head of the PMF, and Qais al-Khazali, the leader of Asaib Ahl al-Haq")
        described = noun.tag_ == "NNP" and any(c.dep_ == "appos" for c in noun.children)
        before = next((t for t in reversed(noun.doc[verb.i + 1:conjunction.i]) if described and t.tag_ == "NNP"
                       and any(c.dep_ == "appos" for c in t.children)), None)
    else:
        before = next((t for t in reversed(noun.doc[verb.i + 1:conjunction.i]) if t.dep_ in {"pobj", "dobj"}
                       and t.tag_ in {"NN", "NNS", "NNP", "NNPS"}), None)
    if before is not None and verb in before.ancestors:
        noun.head = conjunction.head = before
        conjunction.dep_ = "cc"


@_gated(tags={"VBZ", "VBD"}, deps={"conj"})
def _raise_finite_conjunct(verb: Token) -> None:
    """A finite verb the parser coordinated with an infinitive or a gerund ("has refused to join the government and
    accuses the Framework of betrayal", "called for all sides to exercise restraint and condemned the strike",
    "accused Ankara of trying to destabilise the region and called on the coalition to act"): neither has a finite
    conjunct, so the verb is coordinated with the verb the other completes, and so is the conjunction before it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The SDF accused Ankara of trying to destabilise the region and called on the coalition to act.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "called"]
    [('called', 'accused')]
    """
    nonfinite = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBZ", "VBD"} or any(
            c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    infinitive = nonfinite.tag_ == "VB" and nonfinite.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in nonfinite.children)
    gerund = nonfinite.tag_ == "VBG" and nonfinite.dep_ == "pcomp"
    completed = next((a for a in nonfinite.ancestors if a.tag_.startswith("VB")), None)
    if (infinitive or gerund) and completed is not None:
        for conjunction in [c for c in nonfinite.children if c.dep_ == "cc" and c.i < verb.i]:
            conjunction.head = completed
        verb.head = completed


@_gated(tags={"VBD", "VBN"}, deps={"conj"})
def _raise_conjunct_of_reported_clause(verb: Token) -> None:
    """A past tense the parser coordinated with the verb of a clause that reports what a thing is or does: after a
    comma with a copula ("Mandalawi said the complaint was a pretext, and reaffirmed support for Lebanon"), or
    anywhere when the past tense is of saying, accusing, demanding or ordering ("the PMF said in a statement that the
    depot held ammunition and accused the coalition of ..."). A thing says, accuses, demands and orders nothing, so
    the verb is coordinated with the verb of saying, and so is the conjunction."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in verb.children)
    if not (verb.dep_ == "conj" and (verb.tag_ == "VBD" or perfect)):
        return  # (the cheap tests first: this runs for every token)
    clause, doc = verb.head, verb.doc
    subjects = [s for c in clause.children if c.dep_ == "nsubj" for s in (c, *c.conjuncts)]
    # (lemmas come later: a copula is known by its attribute or its form, a verb of saying by its clause and its
    # subject; without the comma only where what the clause is about is no act either, which does things: "said the
    # strike was illegal and killed civilians")
    after_comma = verb.i >= 2 and doc[verb.i - 1].lower_ == "and" and doc[verb.i - 2].text == ","
    copula = clause.dep_ == "ccomp" and (any(c.dep_ == "attr" for c in clause.children) and after_comma or (
        clause.lower_ in _BE_FORMS and not any(s.lower_.removesuffix("s") in _act_nouns() for s in subjects)))
    # ("held the United States responsible" accuses, whatever the verb)
    holding = any(c.lower_ in load_lexicon().culprit_adjectives for c in verb.children)
    if not (copula or holding or verb.lower_ in _stance_past_forms()) or clause.dep_ not in {"ccomp", "acl"} or any(
            c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    reporting = next((a for a in clause.ancestors if a.tag_ in {"VBD", "VBZ"} and any(
        c.dep_ == "nsubj" for c in a.children)), None)
    if reporting is None or not subjects or not all(
            s.tag_ in {"NN", "NNS"} and s.lower_.removesuffix("s") not in _agent_nouns() for s in subjects):
        return
    _coordinate_with(verb, reporting, subjects[-1].right_edge.i)


@_gated(tags={"VBZ"}, deps={"conj"})
def _raise_conjunct_disagreeing_with_subject(verb: Token) -> None:
    """A singular present tense the parser coordinated with the verb of a reported clause whose subject is plural,
    where the verb reporting it has a singular subject ("Khazali has demanded that American troops leave Iraq, and
    accuses Washington of shielding Israel"): "troops ... accuses" cannot agree, so the verb is the reporter's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Khazali has repeatedly demanded that American troops leave Iraq, and accuses Washington of "
    ...           "shielding Israel.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"and", "accuses"}]
    [('and', 'cc', 'demanded'), ('accuses', 'conj', 'demanded')]
    """
    if verb.dep_ != "conj" or verb.tag_ != "VBZ" or verb.head.tag_ != "VBP" or verb.head.dep_ != "ccomp" or any(
            c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    clause = verb.head
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    reporters = [c for c in clause.head.children if c.dep_ == "nsubj"]
    if subject is not None and subject.tag_ in {"NNS", "NNPS"} and len(reporters) == 1 and not any(
            c.dep_ == "conj" for c in reporters[0].children) and reporters[0].tag_ in {"NN", "NNP"}:
        _coordinate_with(verb, clause.head, subject.right_edge.i)


@_gated(tags={"VBG"})
def _lower_participle_hung_on_comma(participle: Token) -> None:
    """A participle set off after a name, which the parser hung on the comma before it ("Romanowski, speaking after
    a meeting with Barzani, said"): it describes the name.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Romanowski, speaking after a meeting with KRG Prime Minister Masrour Barzani, said the attacks "
    ...           "threatened investment.")
    >>> doc[2].dep_, doc[2].head.text
    ('acl', 'Romanowski')
    """
    comma = participle.head
    if participle.tag_ != "VBG" or comma.text != "," or comma.i != participle.i - 1 or comma.i == 0:
        return
    named = participle.doc[comma.i - 1]
    if named.tag_ in {"NNP", "NNPS", "NN", "NNS"} and named.dep_ in {"nsubj", "nsubjpass"}:
        participle.head, participle.dep_ = named, "acl"


@_gated(tags={"VBD"}, deps={"conj"})
def _raise_stance_coordinated_into_report(verb: Token) -> None:
    """A past tense of saying, accusing or demanding the parser coordinated with the verb of a clause another past
    tense reports ("Barzani said that the PKK had no place in Sinjar and urged Baghdad to expel the group"): a
    report goes on in the reporter's words, so the stance is the reporter's, as "said ... and added" is.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Barzani said that the PKK had no place in Sinjar and urged Baghdad to expel the group.")
    >>> [(t.text, t.head.text) for t in doc if t.text in {"and", "urged"}]
    [('and', 'said'), ('urged', 'said')]
    >>> doc = nlp("BAGHDAD — The commander of Iran's Quds Force, Esmail Qaani, met leaders of Iraqi armed factions in "
    ...           "Baghdad this week and urged them to halt attacks on U.S. forces, two sources familiar with the "
    ...           "meetings said.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "urged"]
    [('urged', 'met')]
    """
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ == "ccomp") or verb.lower_ not in (
            _stance_past_forms()) or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    clause, reporter = verb.head, verb.head.head
    # (a verb whose clause is its object says or knows it: the tense is read, the lemma is not there yet; but a
    # stance reported goes on in the report: "said the United States condemned the attack and called on Baghdad";
    # and a report fronted before its reporter goes on in its own words: "Qaani met the faction leaders and urged
    # them to halt attacks, two sources said")
    if reporter.tag_ == "VBD" and reporter.i < clause.i and clause.lower_ not in _stance_past_forms() and any(
            c.dep_ == "nsubj" for c in clause.children):
        _coordinate_with(verb, reporter, clause.i)


@_gated(tags={"VBD"}, deps={"conj"})
def _raise_conjunct_of_relative_on_thing(verb: Token) -> None:
    """A past tense of saying, accusing or demanding the parser coordinated, after a comma and "and", with a relative
    clause on a thing, or after "and" with a participle on one: "condemned an attack on Erbil that killed a
    businessman, and called on Baghdad to act", "condemned the attacks as terrorist acts aimed at the region's
    economy and called on Baghdad to act". An attack calls on no one: the verb is coordinated with the verb the
    thing's phrase hangs on.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The KRG condemned an attack on Erbil that killed a businessman, and called on Baghdad to act.")
    >>> doc[13].text, doc[13].head.text
    ('called', 'condemned')
    >>> doc = nlp("Barzani condemned the attacks as terrorist acts aimed at the region's economy and called on Baghdad "
    ...           "to act.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "called"]
    [('called', 'condemned')]
    >>> doc = nlp("Halbousi condemned the Turkish shelling of a resort that killed nine civilians, and called on "
    ...           "Ankara to pay compensation.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "called"]
    [('called', 'condemned')]
    """
    if not (verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.dep_ in {"relcl", "acl"}) or (
            verb.lower_ not in _stance_past_forms()) or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    doc, relative = verb.doc, verb.head
    thing = relative.head
    after_and = verb.i >= 2 and doc[verb.i - 1].lower_ == "and"
    if relative.dep_ == "relcl":
        set_apart = after_and and doc[verb.i - 2].text == "," and any(
            c.dep_ == "nsubj" and c.lower_ in {"that", "which"} for c in relative.children)
    else:  # (a participle's conjunct would be one too: the tense tells the verb is another clause's)
        set_apart = after_and and relative.tag_ == "VBN" and not any(c.dep_ in _SUBJECT_ARCS for c in relative.children)
    if not set_apart or thing.tag_ not in {"NN", "NNS"} or thing.lower_.removesuffix("s") in _agent_nouns():
        return
    # (not a gerund the parser took for a noun's place: "condemned the Turkish artillery shelling of a resort")
    governing = next((a for a in thing.ancestors if a.tag_.startswith("VB") and a.i < thing.i and not (
        a.tag_ == "VBG" and a.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass"})), None)
    if governing is not None and any(c.dep_ == "nsubj" for c in governing.children):
        _coordinate_with(verb, governing, relative.i)


@cache
def _killing_past_forms() -> frozenset[str]:
    """The past tenses of the lexicon's verbs of killing ("killed", "assassinated"), read before the lemmatizer."""
    return _past_forms_of(v for v, p in load_lexicon().verb_predicates.items() if p == "kills")


@cache
def _stance_past_forms() -> frozenset[str]:
    """The past tenses of the lexicon's verbs of saying, accusing, demanding, ordering and summoning ("accused",
    "urged", "denied", "ordered", "summoned"), read before the lemmatizer has run."""
    lexicon = load_lexicon()
    return _past_forms_of({*lexicon.speech_verbs, *lexicon.instructing_verbs, *lexicon.summoning_verbs,
                           *(v for v, p in lexicon.verb_predicates.items() if p in {"accuses", "demands"})})


def _past_forms_of(lemmas: Iterable[str]) -> frozenset[str]:
    """The past tenses of verbs of one word (a phrasal verb's is no one word)."""
    return frozenset(form for lemma in lemmas if "_" not in lemma for form in _past_forms(lemma))


def _past_forms(lemma: str) -> tuple[str, str]:
    """A regular verb's past tense ("accused", "denied"), and the form with its last letter doubled, which only some
    verbs take ("labelled", "dubbed"): a form no verb takes matches no word.

    >>> _past_forms("label"), _past_forms("deny")[0]
    (('labeled', 'labelled'), 'denied')
    """
    return (lemma + "d" if lemma.endswith("e") else lemma[:-1] + "ied" if lemma.endswith("y") and lemma[-2] not in
            "aeiou" else lemma + "ed", lemma + lemma[-1] + "ed")


@_gated(tags={"VBD"}, deps={"conj", "advcl"})
def _raise_verb_after_reduced_relative(verb: Token) -> None:
    """A past tense the parser coordinated, with nothing to join them, or hung as an adverbial clause, after a
    participle it took for the verb of a clause (a clause reported, or one coordinated) whose subject comes just
    before ("Gunmen believed to belong to ISIS killed two soldiers", "Kataib Hezbollah and units tied to the Badr
    Organization fought beside Syrian troops"): the participle describes the subject (the last of those coordinated),
    and the past tense is the verb.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah and units tied to the Badr Organization fought beside Syrian troops.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Hezbollah", "tied", "fought"}]
    [('Hezbollah', 'nsubj', 'fought'), ('tied', 'acl', 'units'), ('fought', 'ROOT', 'fought')]

    In a second clause the parser may coordinate the participle with the first clause's verb:

    >>> doc = nlp("Nujaba was built around that war, and Kataib Hezbollah, Asaib Ahl al-Haq and units tied to the Badr "
    ...           "Organization fought beside Syrian troops.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"tied", "fought", "."}]
    [('tied', 'acl', 'units'), ('fought', 'conj', 'built'), ('.', 'punct', 'fought')]
    """
    participle = verb.head
    # (an adverbial clause only on a participle, tagged so, of a second clause: "Washington retaliated with strikes on
    # targets linked to the IRGC" hangs the participle on the verb)
    if not (verb.tag_ == "VBD" and (verb.dep_ == "conj" and participle.dep_ in {"ROOT", "ccomp", "conj"} or (
            verb.dep_ == "advcl" and participle.dep_ == "conj" and participle.tag_ == "VBN"))):
        return  # (the cheap tests first: this runs for every token)
    subject = _subject_just_before(participle)
    # ("believed to belong to", "tied to": what the participle says of its noun follows it at once)
    described = any(c.dep_ == "xcomp" and c.i < verb.i for c in participle.children) or _phrase_right_after(participle)
    if not (participle.i < verb.i and participle.tag_ in {"VBD", "VBN"}
            and subject is not None and subject.tag_.startswith("NN") and described
            and not any(c.dep_ in {"cc", "punct"} and participle.i < c.i < verb.i for c in participle.children)
            and not any(c.dep_ in _SUBJECT_ARCS for c in verb.children)):
        return
    _participle_onto_subject(participle, subject, verb)
    _hang_on_last_noun(participle, subject)


@_gated(tags={"VBD", "VBN"}, deps={"acl"})
def _raise_verb_taken_for_reduced_relative(verb: Token) -> None:
    """A past tense the parser took for a participle on the last noun of its subject's own participle phrase, leaving
    the sentence, or the clause a verb of saying reports, no verb ("According to the Treasury, groups led by the three
    commanders fired on demonstrators and killed dozens": "commanders fired on"): it is the verb, the noun the parser
    put in the subject's place its subject, and a verb coordinated with the subject's participle after it is
    coordinated with it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("According to the Treasury, groups led by the three commanders fired on peaceful demonstrators and "
    ...           "killed dozens of people.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"groups", "fired", "killed"}]
    [('groups', 'nsubj', 'fired'), ('fired', 'ROOT', 'fired'), ('killed', 'conj', 'fired')]
    >>> doc = nlp("It said groups led by the three commanders fired on peaceful demonstrators.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"groups", "fired"}]
    [('groups', 'nsubj', 'fired'), ('fired', 'ccomp', 'said')]
    """
    noun = verb.head
    by, participle = noun.head, noun.head.head
    subject = participle.head
    if not (noun.dep_ == "pobj" and by.dep_ in {"agent", "prep"} and participle.dep_ == "acl"
            and participle.tag_ == "VBN" and subject.tag_ in _NOUN_TAGS and noun.i + 1 == verb.i
            and verb.lower_.endswith("ed")):
        return  # (the cheap tests first: this runs for every participle on a noun)
    # (before the lemmatizer: the verb's own form; "said" is the one irregular verb of saying)
    reported = subject.dep_ == "dobj" and subject.head.lower_ in _stance_past_forms() | {"said", "says"}
    if subject.dep_ != "ROOT" and not reported:
        return
    verb.head, verb.dep_, verb.tag_ = (subject.head, "ccomp", "VBD") if reported else (verb, "ROOT", "VBD")
    for child in [c for c in (*subject.children, *participle.children) if c.i > verb.i]:
        child.head = verb
    subject.head, subject.dep_ = verb, "nsubj"


# The arcs of a noun phrase's head whose last word may be a participle the parser took for a noun.
_COMPOUNDED_NOUN_DEPS = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "appos", "conj", "oprd", "attr"})


@_gated(tags={"NN", "VBN"}, deps=_COMPOUNDED_NOUN_DEPS)
def _raise_participle_taken_for_compounded_noun(noun: Token) -> None:
    """A participle the parser took for the noun a compound heads, since its form is also a noun's ("a base run by
    American troops" as the "base run"), or with its own tag ("the blood shed by the martyrs"): what the parser hung
    on it for an agent ("by") tells it is a passive participle, on the noun before it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah fired rockets at a base run by American troops.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"base", "run"}]
    [('base', 'NN', 'pobj', 'at'), ('run', 'VBN', 'acl', 'base')]
    """
    compound = noun.doc[noun.i - 1] if noun.i > noun.sent.start else None
    if compound is None or noun.tag_ not in {"NN", "VBN"} or noun.dep_ not in _COMPOUNDED_NOUN_DEPS or not (
            compound.dep_ == "compound" and compound.head == noun and compound.tag_ == "NN"
            and any(c.dep_ == "agent" and c.i > noun.i for c in noun.children)):
        return
    for child in [c for c in noun.children if c.i < compound.i]:
        child.head = compound
    compound.head, compound.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_, noun.tag_ = compound, "acl", "VBN"


@_gated(tags={"VBG"}, deps={"advcl"})
def _lower_object_taken_for_subject_of_participle(participle: Token) -> None:
    """A verb's object the parser made the subject of a present participle after it, as if it opened a clause of
    its own ("Nujaba threatened every country taking part in the coalition"): the noun is the verb's object, and
    the participle describes it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Nujaba threatened every country taking part in the US-led coalition.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"country", "taking"}]
    [('country', 'dobj', 'threatened'), ('taking', 'acl', 'country')]
    """
    verb = participle.head
    if not (participle.dep_ == "advcl" and participle.tag_ == "VBG" and verb.i < participle.i
            and verb.tag_ in _VERB_TAGS):
        return  # (the cheap tests first)
    subject = _subject_just_before(participle)
    if subject is None or subject.tag_ not in _NOUN_TAGS or subject.left_edge.i != verb.i + 1 or any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children) or any(
            c.dep_ in {"mark", "aux"} for c in participle.children):
        return
    subject.head, subject.dep_ = verb, "dobj"
    participle.head, participle.dep_ = subject, "acl"


def _subject_just_before(participle: Token) -> Token | None:
    """The subject the parser gave a participle that ends right before it: "units" in "units tied to Badr"."""
    return next((c for c in participle.children if c.dep_ == "nsubj" and c.right_edge.i == participle.i - 1), None)


def _phrase_right_after(participle: Token) -> bool:
    """Whether what a participle says of its noun follows it at once: "tied to", "backed by"."""
    return any(c.dep_ in {"prep", "agent"} and c.i == participle.i + 1 for c in participle.children)


def _hang_on_last_noun(participle: Token, subject: Token) -> None:
    """Make a participle describe the last of the nouns coordinated in a subject, the one right before it."""
    last = participle.doc[participle.i - 1]
    participle.head = last if last in subject.conjuncts else subject


@_gated(tags={"VB"}, deps={"advcl", "xcomp", "relcl"})
def _lower_infinitive_onto_word_of_intent(verb: Token) -> None:
    """An infinitive right after a noun of threat or demand, which the parser hung on the clause's verb ("the
    parliament met over Israeli threats to strike targets inside the country"): the infinitive is what the noun
    threatens or asks, not the clause subject's purpose.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Iraq's parliament met on Monday over Israeli threats to strike targets inside the country.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "strike"]
    [('strike', 'acl', 'threats')]

    Nor is it a relative clause on the noun, which would tell a deed ("rejected Israeli threats to strike Iraq"):

    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Hussein rejected Israeli threats to strike Iraq.")][5]
    ('strike', 'acl', 'threats')

    A demand the verb's object names with another's "from" or "by" asks the infinitive however far it comes after
    ("has resisted pressure from hardliners in that alliance to expel American forces"):

    >>> doc = nlp("He has resisted pressure from hardliners in that alliance to expel American forces.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "expel"]
    [('expel', 'acl', 'pressure')]
    >>> doc = nlp("He has faced pressure from Kataib Hezbollah to win a timetable for the troops' exit.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"from", "win"}]
    [('from', 'prep', 'pressure'), ('win', 'acl', 'pressure')]
    """
    if not (verb.dep_ in {"advcl", "xcomp", "relcl"} and verb.tag_ == "VB" and verb.i >= 2):
        return  # (the cheap tests first: this runs for every token)
    to, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if not (to.lower_ == "to" and to.head == verb):
        return
    if not (noun.tag_ in {"NN", "NNS"} and noun.lower_ in _words_of_intent()):
        noun = next((o for o in verb.head.children if o.dep_ == "dobj" and o.i < verb.i and o.lower_ in (
            _words_of_intent())), None)
        # ("faced pressure from Kataib Hezbollah to win": the asker the parser hung on the verb is the noun's)
        askers = [p for p in verb.head.children if p.dep_ == "prep" and p.lower_ in {"from", "by"} and (
            noun is not None and p.i == noun.right_edge.i + 1)]
        for preposition in askers:
            preposition.head = noun
        if noun is None or not any(p.dep_ == "prep" and p.lower_ in {"from", "by"} for p in noun.children):
            return
    if verb.dep_ == "relcl" and verb.head == noun or noun.head != verb and noun.is_ancestor(verb) is False and (
            verb.head.is_ancestor(noun)):
        verb.head, verb.dep_ = noun, "acl"


@_gated(tags={"NN"}, deps={"pobj"})
def _raise_infinitive_taken_for_object_of_to(noun: Token) -> None:
    """An infinitive the parser took for a noun "to" governs, its own object made a second object of the verb before
    ("condemned the US decision to sanction Qais al-Khazali"): it is a verb with "to" for its marker, on the noun
    before "to" (or the verb, where no noun stands there), and the object is its own.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Iraq condemned the US decision to sanction Qais al-Khazali.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"to", "sanction", "Khazali"}]
    [('to', 'TO', 'aux', 'sanction'), ('sanction', 'VB', 'acl', 'decision'), ('Khazali', 'NNP', 'dobj', 'sanction')]
    """
    to, verb = noun.head, noun.head.head
    if not (noun.dep_ == "pobj" and noun.tag_ == "NN" and to.lower_ == "to" and to.i + 1 == noun.i
            and to.dep_ == "prep" and verb.tag_.startswith("VB")) or any(c.dep_ == "det" for c in noun.children):
        return
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    first = next((o for o in objects if o.i == to.i - 1), None)
    second = next((o for o in objects if o.left_edge.i == noun.i + 1), None)
    if second is None:
        return
    noun.head, noun.dep_, noun.tag_ = (first, "acl", "VB") if first is not None else (verb, "advcl", "VB")
    to.head, to.dep_, to.tag_ = noun, "aux", "TO"
    second.head = noun


@_gated(tags={"VB"}, deps={"acl"})
def _lower_infinitive_onto_noun_of_intent(verb: Token) -> None:
    """An infinitive right after a noun of threat, demand or intent in a phrase, which the parser hung on a noun
    further back ("a special session on Israeli threats to strike targets inside the country"): the infinitive
    says what is threatened, so it is the nearer noun's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Parliament convened for a special session on Israeli threats to strike targets inside the country.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "strike"]
    [('strike', 'acl', 'threats')]
    """
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i < 2 or doc[verb.i - 1].lower_ != "to" or doc[verb.i - 1].head != verb:
        return
    intent = doc[verb.i - 2]
    if intent.lower_ in _words_of_intent() and intent.dep_ == "pobj" and verb.head != intent and (
            verb.head.is_ancestor(intent)):
        verb.head = intent


@cache
def _words_of_intent() -> frozenset[str]:
    """The nouns of threats and demands, singular and plural, read before the lemmatizer ("threats", "calls"), and
    those of intent ("the US decision to blacklist Khazali")."""
    lexicon = load_lexicon()
    nouns = {n for n, p in lexicon.noun_predicates.items() if p in {"threatens", "demands"}}
    return frozenset(nouns | {n + "s" for n in nouns} | lexicon.intent_nouns)


@_gated(tags={"VBN", "VBD"}, deps={"advcl"})
def _lower_participle_taken_for_clause(participle: Token) -> None:
    """A participle the parser made a fronted clause's verb, with the sentence's subject for its own, before a past
    tense left with none ("Asaib Ahl al-Haq and units tied to the Badr Organization fought beside Syrian troops"):
    the subject is the past tense's, and the participle describes its last noun.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Asaib Ahl al-Haq and units tied to the Badr Organization fought beside Syrian troops in 2014.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Haq", "tied"}]
    [('Haq', 'nsubj', 'fought'), ('tied', 'acl', 'units')]
    """
    verb = participle.head
    if not (participle.dep_ == "advcl" and participle.tag_ in {"VBN", "VBD"} and participle.i < verb.i
            and verb.tag_ == "VBD"):
        return  # (the cheap tests first: this runs for every token)
    subject = _subject_just_before(participle)
    if subject is None or any(c.dep_ in _SUBJECT_ARCS for c in verb.children) or any(
            c.dep_ in {"mark", "aux", "auxpass"} for c in participle.children) or not _phrase_right_after(participle):
        return
    subject.head = verb
    _hang_on_last_noun(participle, subject)
    participle.dep_, participle.tag_ = "acl", "VBN"


@_gated(tags={"VBD", "VBN"}, deps={"acl"})
def _raise_past_tense_from_noun_root(verb: Token) -> None:
    """A past tense the parser took for a participle on the last noun of a participle's phrase describing a noun
    left with no verb, the sentence's root or a second subject of the verb of saying after it ("Rockets fired by
    Iranian-backed militias struck near a US base, the SDF said"): the past tense is that noun's verb. Only a form
    that may be a past tense is raised ("struck", "targeted"; not "taken").

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Rockets fired by Iranian-backed militias struck near a US base on Sunday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Rockets", "struck"}]
    [('Rockets', 'nsubj', 'struck'), ('struck', 'ROOT', 'struck')]
    >>> doc = nlp("Rockets fired by the militias struck near a US base, the Syrian Democratic Forces said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Rockets", "struck"}]
    [('Rockets', 'nsubj', 'struck'), ('struck', 'ccomp', 'said')]
    """
    if not (verb.dep_ == "acl" and verb.tag_ in {"VBD", "VBN"}) or verb.lower_.endswith(("n", "ne")):
        return  # (the cheap tests first: this runs for every token)
    noun = next((a for a in verb.ancestors if a.dep_ in {"ROOT", "nsubj"}), None)
    if noun is None or not noun.tag_.startswith("NN") or any(
            c.dep_ in {"nsubj", "nsubjpass", "auxpass"} for c in verb.children):
        return
    phrase = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i < verb.i), None)
    reporting = noun.head if noun.dep_ == "nsubj" else None
    if phrase is None or not phrase.is_ancestor(verb) or reporting is not None and not any(
            c.dep_ == "nsubj" and c.i > verb.i for c in reporting.children):
        return
    if reporting is None and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} and t != verb for t in verb.sent):
        return
    if reporting is None:
        verb.head, verb.dep_ = verb, "ROOT"
        for child in [c for c in noun.children if c.i > verb.i]:
            child.head = verb
    else:
        verb.head, verb.dep_ = reporting, "ccomp"
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "nsubj"


@_gated(deps={"conj"})
def _raise_verb_after_participle_set_off(verb: Token) -> None:
    """A verb the parser coordinated, after a comma and with no subject of its own, with a participle it took for the
    verb of the subject set off just before it ("The PKK, designated a terrorist group by Turkey, has waged an
    insurgency"): the participle describes the subject, and the later verb is the subject's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The PKK, designated a terrorist group by Turkey, has waged an insurgency.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"PKK", "designated", "waged"}]
    [('PKK', 'nsubj', 'waged'), ('designated', 'acl', 'PKK'), ('waged', 'ROOT', 'waged')]
    """
    participle = verb.head
    if not (verb.dep_ == "conj" and participle.tag_ in {"VBD", "VBN"} and participle.dep_ in {"ROOT", "ccomp"}):
        return  # (the cheap tests first: this runs for every token)
    doc = verb.doc
    subject = next((c for c in participle.children if c.dep_ == "nsubj" and c.i < participle.i), None)
    if subject is None or subject.right_edge.i not in {participle.i - 2, participle.i - 1} or (
            doc[participle.i - 1].text != ","):
        return
    if doc[verb.left_edge.i - 1].text != "," or not (verb.tag_ in {"VBD", "VBZ", "VBP"} or any(
            c.dep_ == "aux" for c in verb.children)) or any(
            c.dep_ in {"nsubj", "nsubjpass", "cc"} and (participle.i < c.i < verb.i or c.head == verb)
            for c in [*participle.children, *verb.children]):
        return
    _participle_onto_subject(participle, subject, verb)


@_gated(deps={"prep"})
def _lower_title_word_taken_for_preposition(word: Token) -> None:
    """ "Under" opening a title after a possessive, which the parser took for a preposition on the owner ("Brian
    Nelson, the Treasury's under secretary for terrorism"): the role heads the phrase, the owner is its possessor.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Brian Nelson, the Treasury's under secretary for terrorism, said so.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Treasury", "under", "secretary"}]
    [('Treasury', 'poss', 'secretary'), ('under', 'amod', 'secretary'), ('secretary', 'appos', 'Nelson')]
    """
    owner = word.head
    if not (word.lower_ == "under" and word.dep_ == "prep" and word.i >= 2 and word.doc[word.i - 1].tag_ == "POS"
            and owner.i == word.i - 2):
        return
    role = next((c for c in word.children if c.dep_ == "pobj" and c.i == word.i + 1), None)
    if role is None or role.lower_ not in _role_nouns():
        return
    role.head, role.dep_ = owner.head, owner.dep_
    for child in [c for c in owner.children if c.i > role.i or c.dep_ == "det"]:
        child.head = role
    owner.head, owner.dep_ = role, "poss"
    word.head, word.dep_, word.tag_ = role, "amod", "JJ"


def _participle_onto_subject(participle: Token, subject: Token, verb: Token) -> None:
    """Make a participle the parser took for the clause's verb describe its subject, and the later verb, which the
    parser coordinated with it, head the clause in its place."""
    verb.head, verb.dep_ = (verb, "ROOT") if participle.dep_ == "ROOT" else (participle.head, participle.dep_)
    for child in [c for c in participle.children if c.i > verb.i]:
        child.head = verb
    subject.head = verb
    participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"


@_gated(tags={"WDT", "WP"}, deps={"dobj"})
def _lower_relative_into_reported_clause(pronoun: Token) -> None:
    """A relative pronoun the parser made the object of a relative clause's verb of saying or believing, whose own
    clause then has no subject ("Kataib Hezbollah, which US officials say was behind the strike"): the pronoun is
    the subject of the clause reported.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah, which US officials say was behind the strike, denied it.")
    >>> doc[3].dep_, doc[3].head.text
    ('nsubj', 'was')
    """
    verb = pronoun.head
    if not (pronoun.dep_ == "dobj" and pronoun.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl"):
        return
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > pronoun.i), None)
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.tag_ in {
        "VBD", "VBZ", "VBP"} and not any(d.dep_ in {"nsubj", "nsubjpass", "expl"} for d in c.children)), None)
    if subject is not None and subject.i < verb.i and clause is not None:
        pronoun.head, pronoun.dep_ = clause, "nsubj"


@_gated(tags={"NNP"}, deps={"appos", "conj"})
def _lower_name_onto_role_before(name: Token) -> None:
    """A person's name set off by commas just after a noun of office, which the parser hung as an apposition on a
    noun further back ("the clash, which it blamed on a decision by an officer, Omar al-Obaidi, to open fire"): the
    name is the office holder's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("It was not a party to the clash, which it blamed on a decision by an officer, Omar al-Obaidi, to "
    ...           "open fire.")
    >>> doc[22].text, doc[22].head.text
    ('Obaidi', 'officer')
    >>> doc = nlp("Sistani made the remarks during a meeting with the UN special envoy to Iraq, Mohammed al-Hassan, "
    ...           "his office said.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Hassan"]
    [('Hassan', 'appos', 'envoy')]
    """
    # (or as a conjunct no "and" joins, of the place the office is "to": "the UN special envoy to Iraq, Mohammed
    # al-Hassan")
    unjoined = name.dep_ == "conj" and not any(c.dep_ in {"cc", "conj"} and c != name for c in (
        *name.head.children, *name.children))
    if name.dep_ != "appos" and not unjoined or name.tag_ != "NNP" or name.head.i > name.i:
        return
    doc, opening = name.doc, name.left_edge.i
    if opening < 2 or doc[opening - 1].text != ",":
        return
    place = doc[opening - 2]
    role = _office_before_its_place(place)
    if role.i > name.head.i and role.tag_ == "NN" and role.lower_ in _role_nouns():
        name.head = role
    elif name.head == place != role and role.tag_ == "NN" and role.lower_ in _role_nouns():
        name.head, name.dep_ = role, "appos"


@_gated(tags={"NNP"}, deps={"npadvmod", "dep", "conj"})
def _lower_name_onto_object_of_role(name: Token) -> None:
    """A person's name set off by a comma just after a verb's object that names an office, or picks one holder out
    of those who hold it ("killed one of its senior commanders, Mushtaq Talib al-Saidi"), which the parser hung on
    the verb or joined to the office with no "and": the name is the object's apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("A U.S. drone strike killed one of its senior commanders, Mushtaq Talib al-Saidi.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Saidi"]
    [('Saidi', 'appos', 'one')]
    >>> doc = nlp("The group said a strike had killed one of its senior commanders, Mushtaq Talib al-Saidi, known "
    ...           "as Abu Taqwa, and another member.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Saidi"]
    [('Saidi', 'appos', 'one')]
    >>> doc = nlp("Lawmakers signed a petition calling on the speaker of parliament, Mohammed al-Halbousi, to "
    ...           "schedule a vote.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Halbousi"]
    [('Halbousi', 'appos', 'speaker')]
    """
    doc, opening = name.doc, name.left_edge.i
    if opening < 2 or doc[opening - 1].text != ",":
        return
    role = doc[opening - 2]
    held = role.lower_ in _role_nouns() or role.tag_ == "NNS" and role.lower_[:-1] in _role_nouns()
    phrase = role.head.head if role.dep_ == "pobj" and role.head.lower_ == "of" and role.head.head.tag_ == "CD" \
        else role
    hung_on_verb = name.dep_ in {"npadvmod", "dep"} and name.head.tag_.startswith("VB") and phrase.head == name.head
    unjoined = name.dep_ == "conj" and name.head == role and not any(c.dep_ == "cc" for c in role.children)
    if held and (hung_on_verb or unjoined) and phrase.dep_ in {"dobj", "nsubjpass"}:
        name.head, name.dep_ = phrase, "appos"
    elif name.dep_ in {"npadvmod", "dep"} and (office := _office_of_body_set_off(name, role)) is not None:
        name.head, name.dep_ = office, "appos"


def _office_of_body_set_off(name: Token, body: Token) -> Token | None:
    """The office a name set off by commas after "the speaker of parliament" or "the envoy to Iraq" holds, where the
    parser hung the name on a verb over the office's phrase ("calling on the speaker of parliament, Mohammed
    al-Halbousi, to schedule a vote"); None where the name is not closed off or no office is there."""
    doc = name.doc
    closed = name.right_edge.i + 1 < len(doc) and doc[name.right_edge.i + 1].text == ","
    office = _office_before_its_place(body)
    if closed and office != body and office.lower_ in _role_nouns() and name.head.is_ancestor(office):
        return office
    return None


def _office_before_its_place(word: Token) -> Token:
    """The noun an "of" or "to" phrase ending in `word` hangs on, through every such phrase: the office in "envoy to
    Iraq", "the speaker of parliament" (the word itself where it is in none)."""
    while word.dep_ == "pobj" and word.head.lower_ in {"to", "of"} and word.head.head.tag_ == "NN":
        word = word.head.head
    return word


@cache
def _role_nouns() -> frozenset[str]:
    """The nouns of offices a person holds: "officer", "commander", "spokesman"."""
    lexicon = load_lexicon()
    return frozenset({*lexicon.descriptions["Official"], *lexicon.role_predicates})


@_gated(tags=_VERB_TAGS)
def _lower_clause_of_whose(verb: Token) -> None:
    """A verb the parser gave two subjects, a name set off by a comma and the noun a "whose" after it opens ("Asaib
    Ahl al-Haq, whose leader Qais al-Khazali is close to Sudani, has stayed out of the fight"): the verb is the
    relative clause's, on the name, and the verb coordinated after the clause is the name's. So too where the parser
    made the noun the name's apposition, set off by commas ("Kataib Hezbollah, whose founder, Abu Mahdi
    al-Muhandis, served as the PMF's deputy chairman, is powerful").

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Asaib Ahl al-Haq, whose leader Qais al-Khazali is close to Sudani, has stayed out of the fight.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Haq", "is", "stayed"}]
    [('Haq', 'nsubj', 'stayed'), ('is', 'relcl', 'Haq'), ('stayed', 'ROOT', 'stayed')]
    >>> doc = nlp("Kataib Hezbollah, whose founder, Abu Mahdi al-Muhandis, served as the PMF's deputy chairman, is "
    ...           "powerful.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"founder", "served", "is"}]
    [('founder', 'nsubj', 'served'), ('served', 'relcl', 'Hezbollah'), ('is', 'ROOT', 'is')]
    >>> doc = nlp("Qais al-Khazali, whose Asaib Ahl al-Haq is part of the Fatah Alliance, said the attacks "
    ...           "harmed Iraq.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Khazali", "is"}]
    [('Khazali', 'nsubj', 'said'), ('is', 'relcl', 'Khazali')]
    """
    if not verb.tag_.startswith("VB"):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    later = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    # ("Qais al-Khazali, whose Asaib Ahl al-Haq is part of the Fatah Alliance, said ...": the parser made the
    # clause what the name's verb reports)
    reporting = verb.head if verb.dep_ == "ccomp" and verb.head.i > verb.i else None
    if (later or reporting) is None or any(c.dep_ in _SUBJECT_ARCS for c in (later or reporting).children):
        return
    if len(subjects) == 1:
        subjects += [c for c in subjects[0].children if c.dep_ == "appos" and c.i < verb.i][:1]
    if len(subjects) != 2 or not _opened_by_whose(subjects[1], subjects[0]):
        return
    named, inner = subjects
    if later is not None:
        later.head, later.dep_ = (later, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    named.head = later or reporting
    inner.head, inner.dep_ = verb, "nsubj"
    verb.head, verb.dep_ = named, "relcl"


@_gated(tags={"VBD", "VBZ", "VBP"}, deps={"conj"})
def _lower_whose_clause_taken_for_conjunct(verb: Token) -> None:
    """A verb whose subject opens with ", whose" after a name, which the parser coordinated with the verb before
    the name ("Among the parties hit was the KDPI, whose spokesman Mohammed Saleh Qaderi said ..."): the clause is
    the name's relative clause.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Among the parties hit was the Kurdistan Democratic Party of Iran (KDPI), whose spokesman Mohammed "
    ...           "Saleh Qaderi said a woman was among the dead.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "said"]
    [('said', 'relcl', 'Party')]
    """
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "cc" for c in verb.head.children if c.i < verb.i):
        return
    opening = subject.left_edge.i
    if opening < 2 or subject.doc[opening].lower_ != "whose" or subject.doc[opening - 1].text != ",":
        return
    named = subject.doc[opening - 2]
    named = named.head if named.dep_ == "punct" else named  # ("the Party of Iran (KDPI), whose")
    named = named.head if named.dep_ == "appos" else named
    if named.tag_ in {"NNP", "NN", "NNS", "NNPS"} and named.head == verb.head and named.i < opening:
        verb.head, verb.dep_ = named, "relcl"


def _opened_by_whose(noun: Token, named: Token) -> bool:
    """Whether a noun opens a relative clause with ", whose" after the name `named`."""
    opening = noun.left_edge.i
    return named.i < opening and noun.doc[opening].lower_ == "whose" and noun.doc[opening - 1].text == ","


@_gated(tags={"VBD", "VBZ", "VBP"}, deps={"conj"})
def _raise_verb_from_fronted_phrase(verb: Token) -> None:
    """A finite verb the parser coordinated with a fronted phrase it made the root: a participle opening the
    sentence, the verb having no subject of its own ("Continuing our approach of resisting the occupation, and in
    response to the crimes against our people in Gaza, the mujahideen of the Islamic Resistance struck the base"),
    or a preposition ("In continuation of our approach ..., and in response to the massacres ..., the mujahideen
    targeted"). The phrase is fronted, an adverbial of the verb, which is the root.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Continuing our approach of resisting the occupation forces, and in response to the crimes of the "
    ...           "Zionist entity against our people in Gaza, the mujahideen of the Islamic Resistance in Iraq struck "
    ...           "the occupation base in Conoco field.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Continuing", "mujahideen", "struck"}]
    [('Continuing', 'advcl', 'struck'), ('mujahideen', 'nsubj', 'struck'), ('struck', 'ROOT', 'struck')]
    >>> doc = nlp("In continuation of our approach in resisting the occupation forces in Iraq and the region, and in "
    ...           "response to the massacres in Gaza, the mujahideen of the Islamic Resistance targeted the base.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"In", "targeted"}]
    [('In', 'prep', 'targeted'), ('targeted', 'ROOT', 'targeted')]
    """
    fronted = verb.head
    if verb.dep_ != "conj" or verb.tag_ not in {"VBD", "VBZ", "VBP"} or fronted.dep_ != "ROOT":
        return  # (the cheap tests first: this runs for every token)
    if fronted.tag_ == "VBG" and fronted.i == verb.sent.start and not any(
            c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        verb.head, verb.dep_ = verb, "ROOT"
        fronted.head, fronted.dep_ = verb, "advcl"
    elif fronted.tag_ == "IN" and fronted.i < verb.i:
        for child in [c for c in fronted.children if c.dep_ in {"cc", "punct"} and c.i > fronted.i]:
            child.head = verb
        verb.head, verb.dep_ = verb, "ROOT"
        fronted.head, fronted.dep_ = verb, "prep"


@_gated(tags={"VBN"}, deps={"acl"})
def _raise_participle_coordinated_after_its_noun(participle: Token) -> None:
    """A verb of labelling the tagger took for a participle on the subject set off before it, whose verb follows
    after "and" ("Kataib Hezbollah's security official, Abu Ali al-Askari, called Kadhimi "a traitor" and warned
    him"): the participle is that subject's first verb, the one after "and" its conjunct, and the name the parser
    hung on the label is its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Kataib Hezbollah's security official, Abu Ali al-Askari, called Kadhimi 'a traitor' on Telegram "
    ...           "and warned him against 'playing with fire'.")
    >>> [(t.text, t.dep_, t.head.i) for t in doc if t.text in {"official", "called", "Kadhimi", "warned"}]
    [('official', 'nsubj', 12), ('called', 'ROOT', 12), ('Kadhimi', 'dobj', 12), ('warned', 'conj', 12)]
    """
    noun = participle.head
    verb = noun.head
    if participle.dep_ != "acl" or participle.tag_ != "VBN" or participle.lower_ not in _labelling_forms() or (
            noun.dep_ != "nsubj" or verb.tag_ != "VBD" or verb.i < participle.i) or not any(
            c.dep_ == "oprd" for c in participle.children):
        return
    # (the "and" before the verb: the parser may hang it on the noun)
    joint = next((t for t in participle.doc[participle.right_edge.i + 1:verb.i] if t.dep_ == "cc"), None)
    if joint is None:
        return
    participle.tag_ = "VBD"
    participle.head, participle.dep_ = (participle, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
    noun.head = participle
    verb.head, verb.dep_ = participle, "conj"
    joint.head = participle
    for label in (c for c in participle.children if c.dep_ == "oprd"):
        for named in [c for c in label.children if c.dep_ in {"nmod", "compound"} and c.tag_ == "NNP"]:
            named.head, named.dep_ = participle, "dobj"


@_gated(tags=_VERB_TAGS, deps={"ROOT"})
def _raise_subject_set_off(verb: Token) -> None:
    """A verb with no subject, whose subject the parser hung elsewhere: after a comma before the verb, a name set
    off after a fronted phrase (_set_off_after_fronted_phrase) or left hanging before the verb (_name_left_hanging),
    and failing those, a noun phrase set off at the end of a fronted phrase that runs up to the verb or to the comma
    before it (_run_into_verb); or, whether the verb has a subject or not, a name set off after a fronted phrase that
    ends in a day, with the description after it taken for the subject (_set_off_after_day). The name is the verb's
    subject, with the description set off beside it."""
    doc = verb.doc
    if not (verb.tag_.startswith("VB") and verb.dep_ == "ROOT") or verb.i < 2:
        return
    found = None
    if not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children):
        after_comma = doc[verb.i - 1].text == ","
        set_off = _set_off_after_fronted_phrase(verb) or _name_left_hanging(verb) if after_comma else None
        found = set_off or _run_into_verb(verb)
    found = found or _set_off_after_day(verb)
    if found is not None:
        named, description = found
        if description is not None:
            description.head, description.dep_ = named, "appos"
        named.head, named.dep_ = verb, "nsubj"


def _set_off_after_day(verb: Token) -> tuple[Token, Token] | None:
    """A name set off by commas after a fronted phrase that ends in a day, which the parser made the day's
    apposition, with the description set off after the name taken for the verb's subject, or hung on nothing ("In a
    statement on Monday, Abu Ali al-Askari, the security official of Kataib Hezbollah, said ...").

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In a statement on Monday, Abu Ali al-Askari, the security official of Kataib Hezbollah, said the "
    ...           "attacks would continue.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Askari", "official"}]
    [('Askari', 'nsubj', 'said'), ('official', 'appos', 'Askari')]
    """
    doc = verb.doc
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    name = next((t for f in fronted for t in f.subtree if t.dep_ == "appos" and t.head.lower_ in WEEKDAYS
                 and t.head.dep_ == "pobj" and t.right_edge.i + 2 < len(doc) and doc[t.right_edge.i + 1].text == ","),
                None)
    if name is None:
        return None
    after = name.right_edge.i + 1
    description = next((t for t in doc[after + 1:] if t.left_edge.i == after + 1 and t.dep_ in {"nsubj", "meta"}),
                       None)
    # (the closing comma may hang on the description or on the verb)
    if description is None or description.tag_ not in {"NN", "NNS"} or "," not in {
            doc[description.right_edge.i].text, doc[description.right_edge.i + 1].text}:
        return None
    taken = description.dep_ == "nsubj" and description.head == verb
    hanging = description.dep_ == "meta" and not any(c.dep_ == "nsubj" for c in verb.children)
    return (name, description) if taken or hanging else None


def _set_off_after_fronted_phrase(verb: Token) -> tuple[Token, Token | None] | None:
    """The last name of a fronted phrase the parser gave an apposition running up to the verb ("In an interview
    with Al Mayadeen, Ali al-Asadi, a Nujaba leader, spoke"), or coordinated with the phrase's own name with no
    "and"; with the name's own apposition where the parser hung it on the phrase's name ("In an interview with
    Al-Ahed, Kazem al-Fartousi, the spokesman of KSS, said")."""
    doc = verb.doc
    # (or a fronted participle's: "Speaking to Tasnim, Abu Alaa al-Walai, the secretary general of KSS, said")
    fronted = next((c for c in verb.children if (c.dep_ == "prep" or c.dep_ == "advcl" and c.tag_ in {"VBG", "VBN"})
                    and c.i < verb.i), None)
    if fronted is None:
        return None

    def described(name: Token) -> Token | None:
        return next((a for a in name.head.children if a.dep_ == "appos" and a.i > name.i
                     and a.left_edge.i == name.right_edge.i + 2 and a.right_edge.i + 1 == verb.i - 1), None)

    named = next((t for t in fronted.subtree if (t.dep_ == "appos" or t.dep_ == "conj" and not any(
                      c.dep_ == "cc" for c in t.head.children)) and t.tag_ == "NNP" and t.head.tag_ == "NNP"
                  and doc[t.left_edge.i - 1].text == "," and (
                      t.right_edge.i + 1 in {verb.i - 1, verb.i} or described(t) is not None)), None)
    return None if named is None else (named, described(named))


def _run_into_verb(verb: Token) -> tuple[Token, None] | None:
    """A noun phrase set off by a comma at the end of a fronted phrase, running up to the verb, that the parser made
    an apposition inside the phrase ("In support of our people in Gaza, the mujahideen of the Islamic Resistance
    targeted the base").

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In support of our people in Gaza, the fighters of the Islamic Resistance targeted the base.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "fighters"]
    [('fighters', 'nsubj', 'targeted')]
    >>> doc = nlp("In an interview with Al-Sumaria TV on Monday, Popular Mobilization Forces chief of staff Abdul Aziz "
    ...           "al-Mohammadawi, known as Abu Fadak, said the force was a pillar of the state.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "chief"]
    [('chief', 'nsubj', 'said')]
    """
    doc = verb.doc
    # (of the fronted phrases, the one the noun phrase ends: "In continuation of our approach ..., and in response
    # to the massacres ..., the mujahideen of the Islamic Resistance targeted")
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    # (or up to a comma before it: "In an interview on Monday, PMF chief of staff X, known as Abu Fadak, said")
    ends = {verb.i, verb.i - 1} if doc[verb.i - 1].text == "," else {verb.i}
    subject = next((t for f in reversed(fronted) for t in f.subtree if t.dep_ == "appos" and t.right_edge.i + 1 in
                    ends and t.tag_.startswith("NN") and doc[t.left_edge.i - 1].text == ","), None)
    return None if subject is None else (subject, None)


def _name_left_hanging(verb: Token) -> tuple[Token, Token | None] | None:
    """A name just before the verb that the parser hung on nothing it belongs to ("In an interview on Al-Ahd TV,
    the leader of Asaib Ahl al-Haq, Qais al-Khazali, said"), with the description set off before it.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("In an interview on Al-Ahd TV, the leader of Asaib Ahl al-Haq, Qais al-Khazali, said so.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"leader", "Khazali"}]
    [('leader', 'appos', 'Khazali'), ('Khazali', 'nsubj', 'said')]
    """
    doc = verb.doc
    name = doc[verb.i - 2]
    if name.tag_ != "NNP" or name.dep_ not in {"meta", "dep", "npadvmod"} or name.left_edge.i < 2 or (
            doc[name.left_edge.i - 1].text != ","):
        return None
    return name, next((t for t in doc[:name.left_edge.i - 1] if t.dep_ == "appos"
                       and t.right_edge.i == name.left_edge.i - 2), None)


@_gated(deps={"prep"})
def _raise_partner_from_adverbial(prep: Token) -> None:
    """A "with" the parser hung on the bare noun of a verb's adverbial phrase ("negotiated in secret with the
    Framework", "met in Baghdad with Qaani"): the partner is the verb's, as a bare noun takes no partner.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.head.text) for t in nlp("The PUK had negotiated in secret with the Framework.")][6]
    ('with', 'negotiated')
    """
    if prep.lower_ != "with" or prep.dep_ != "prep":
        return  # (the cheap tests first: this runs for every token)
    bare = prep.head
    adverbial = bare.head
    if bare.dep_ == "pobj" and bare.tag_ in {"NN", "NNP"} and bare.i == prep.i - 1 and adverbial.dep_ == "prep" and (
            adverbial.head.tag_.startswith("VB")) and [c.i for c in bare.children] == [prep.i]:
        prep.head = adverbial.head


@_gated(deps={"conj"})
def _raise_conjunct_of_interjected_attribution(verb: Token) -> None:
    """A verb the parser coordinated with an attribution set off inside the sentence ("Nujaba rejected the request,
    a source close to the group said, and vowed to continue operations"): the source only says so; the verb is
    coordinated with the verb the attribution interrupts, whose subject it shares.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Nujaba rejected the request, a source close to the group said, and vowed to continue operations.")
    >>> [(t.text, t.head.text) for t in doc if t.text == "vowed"]
    [('vowed', 'rejected')]
    """
    attribution = verb.head
    if not (verb.dep_ == "conj" and attribution.dep_ == "parataxis" and attribution.i < verb.i):
        return  # (the cheap tests first: this runs for every token)
    doc = verb.doc
    opening = attribution.left_edge.i
    if opening == 0 or doc[opening - 1].text != "," or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    _coordinate_with(verb, attribution.head, attribution.i)


@_gated(tags={"VBN", "VBD"}, deps={"acl"})
def _raise_verb_after_interjected_source(verb: Token) -> None:
    """A verb after "and, according to X," that the parser hung on the source as a participle ("Austin spoke with
    Sudani and, according to Reuters, named Kataib Hezbollah as the group behind the attacks"): the verb is
    coordinated with the verb before the "and", whose subject it shares.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Austin spoke with Sudani and, according to Reuters, named Kataib Hezbollah as the culprit.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "named"]
    [('named', 'conj', 'spoke')]
    """
    source = verb.head
    if not (verb.dep_ == "acl" and verb.tag_ in {"VBN", "VBD"} and source.dep_ == "pobj"):
        return  # (the cheap tests first: this runs for every token)
    according = source.head.head
    if not (source.head.lower_ == "to" and according.lower_ == "according" and according.head.tag_.startswith("VB")):
        return
    doc, before = verb.doc, according.head
    if doc[verb.i - 1].text != "," or not any(c.dep_ == "cc" and before.i < c.i < according.i
                                              for c in before.children):
        return
    verb.head, verb.dep_, verb.tag_ = before, "conj", "VBD"


@_gated(tags={"VBD", "VBZ"}, deps={"conj"})
def _lower_listed_verb_into_relative(verb: Token) -> None:
    """A verb set after a relative clause's verb with only a comma between, which the parser coordinated with the
    sentence's verb ("followed a statement by X, who said he was stepping down, told his followers to obey Y and
    accused Z of dividing Shiites"): the list goes on in the relative clause, whose subject it shares (with "and"
    before it, "condemned the strike, which killed two, and summoned the envoy", it is the sentence's).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("It followed a statement by Haeri, who said he was stepping down, told his followers to obey "
    ...           "Khamenei and accused Sadr of dividing Shiites.")
    >>> [(t.text, t.head.text) for t in doc if t.text in {"told", "accused"}]
    [('told', 'said'), ('accused', 'told')]
    """
    main = verb.head
    if not (verb.dep_ == "conj" and verb.tag_ in {"VBD", "VBZ"} and main.dep_ in {"ROOT", "relcl"} and main.i < verb.i):
        return  # (the cheap tests first: this runs for every token)
    doc = verb.doc
    comma = verb.left_edge.i - 1
    if doc[comma].text != "," or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    # (the relative clause's own subject a relative pronoun: "who said", where in "whom many Sadrists regarded as
    # their reference, who said ..., told ..." the list is not the Sadrists')
    relative = next((t for t in doc[main.i + 1:comma] if t.dep_ == "relcl" and t.right_edge.i in {comma - 1, comma}
                     and main.is_ancestor(t) and any(c.dep_ == "nsubj" and c.tag_ in {"WP", "WDT"}
                                                     for c in t.children)), None)
    if relative is not None and relative.tag_ in {"VBD", "VBZ"}:
        doc[comma].head = relative
        verb.head = relative


def _coordinate_with(verb: Token, new_head: Token, after: int) -> None:
    """Hang a verb the parser coordinated with the wrong verb on `new_head`, with the conjunction and the commas
    between it and the old head's words (those after token `after`)."""
    for conjunction in [c for c in verb.head.children if c.dep_ in {"cc", "punct"} and after < c.i < verb.i]:
        conjunction.head = new_head
    verb.head = new_head


def _determined(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in token.children)


def _made_an_argument(verb: Token) -> bool:
    """A finite "verb" the parser made a noun's argument, with no argument of its own: "condemned the US
    airstrikes on ...", "US strike south of Baghdad kills".

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.tag_) for t in nlp("It came a week after U.S. airstrikes on militias killed one fighter.")][6]
    ('airstrikes', 'NNS')
    """
    if any(c.dep_ in {"nsubj", "dobj", "aux", "auxpass", "ccomp"} and c != _noun_taken_for_subject(verb)
           for c in verb.children):
        return False
    # ("US strike south of Baghdad kills ...": a headline's subject the tagger took for a verb, with a name on it;
    # "after U.S. airstrikes on Iran-backed militias killed one fighter")
    return verb.tag_ in {"VBZ", "VBD", "VBP"} and verb.dep_ in {"dobj", "pobj", "nsubjpass"} or (
        verb.tag_ in {"VB", "VBP", "VBZ"} and verb.dep_ == "nsubj" and any(
            c.dep_ == "compound" or c == _noun_taken_for_subject(verb) for c in verb.children))


def _noun_taken_for_subject(verb: Token) -> Token | None:
    """A bare noun right before a "verb" the parser made an object, which it took for the verb's subject:
    "precision" in "conducted precision airstrikes on two facilities"; or a name before one it made the subject of
    another verb: "U.S." in "U.S. airstrikes on PMF positions killed four fighters".

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.tag_, t.dep_) for t in nlp("U.S. airstrikes on PMF positions killed four fighters.")][:2]
    [('U.S.', 'NNP', 'compound'), ('airstrikes', 'NNS', 'nsubj')]
    """
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if before is None or before.dep_ != "nsubj" or before.head != verb or any(before.children):
        return None
    if verb.dep_ in {"dobj", "pobj"} and before.tag_ == "NN" or verb.dep_ == "nsubj" and before.tag_ in {"NN", "NNP"}:
        return before
    return None


@Language.factory(DATELINES_NAME, assigns=["token.tag", "token.dep"])
def make_dateline_repairs(nlp: Language, name: str) -> "DatelineRepairs":
    return DatelineRepairs(nlp, name)


class DatelineRepairs:
    """After the parser: a dateline's words that the parser hung on the sentence's words as a modifier ("TAMPA,
    Fla. - U.S. Central Command forces struck", where TAMPA modifies "forces") are hung on the sentence's root
    instead. A dateline places the report, not the actors the sentence names.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(DATELINES_NAME, after="parser")
    >>> doc = nlp("TAMPA, Fla. - U.S. Central Command forces conducted a strike.")
    >>> doc[0].head.text, doc[0].dep_
    ('conducted', 'npadvmod')

    Nor is it a second subject of the sentence's verb (tests/test_actors.py reads one with kg's pipeline), nor the
    subject whose apposition the sentence's subject would be:

    >>> doc = nlp("ERBIL, Kurdistan Region - A Turkish drone strike on Sunday killed two members of the PKK.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"ERBIL", "strike"}]
    [('ERBIL', 'npadvmod', 'killed'), ('strike', 'nsubj', 'killed')]
    >>> doc = nlp("ERBIL, Kurdistan Region - The Kurdistan Regional Government (KRG) on Tuesday condemned the attack.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"ERBIL", "Government"}]
    [('ERBIL', 'npadvmod', 'condemned'), ('Government', 'nsubj', 'condemned')]
    >>> doc = nlp("BAGHDAD (Fars) – The commander of the Quds Force of the Islamic Revolution Guards Corps (IRGC), "
    ...           "Brigadier General Esmail Qaani, met with Iraqi officials in Baghdad.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"commander", "Qaani"}]
    [('commander', 'nsubj', 'met'), ('Qaani', 'appos', 'commander')]
    >>> doc = nlp("TEHRAN (Tasnim) - Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram al-Kaabi warned that "
    ...           "the resistance would respond.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"TEHRAN", "Secretary-General", "Nujaba", "Kaabi"}]
    [('TEHRAN', 'npadvmod', 'warned'), ('Secretary-General', 'compound', 'Kaabi'), ('Nujaba', 'pobj', 'of'), \
('Kaabi', 'nsubj', 'warned')]

    The capitalised plural that opens the sentence after a dateline, which the tagger takes for a name because the
    city before it is in capitals, is a common noun when the lemmatizer's tables know its singular as one:

    >>> [(t.text, t.tag_) for t in nlp("BAGHDAD - Fighters of the group attacked a base.")][2:3]
    [('Fighters', 'NNS')]

    Nor is it the root the sentence's verb would be a clause of (after a headline, a paragraph of its own):

    >>> _ = nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    >>> doc = nlp("Iraqi leaders rally behind Sudani after Trump call\\n\\nBAGHDAD — Leaders of the ruling "
    ...           "Coordination Framework met on Monday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"BAGHDAD", "met"}]
    [('BAGHDAD', 'npadvmod', 'met'), ('met', 'ROOT', 'met')]
    """

    def __init__(self, nlp: Language, name: str = DATELINES_NAME):
        self.name = name
        self.nouns = _NounForms.of(nlp)

    def __call__(self, doc: Doc) -> Doc:
        lines = dateline_tokens(doc)
        for i in sorted(lines):
            _detach_dateline_word(doc[i], lines)
            _release_words_held_by_dateline(doc[i], lines)
            _lower_subject_into_title(doc[i].head)
            _coordinate_subjects_joined(doc[i].head)  # (the subject the dateline held may be one of two joined)
            _lower_root_onto_clause_before_and(doc[i].head)
            opening = i + 1
            if opening < len(doc) and opening not in lines and doc[opening].is_title and (
                    doc[opening].tag_ in _PROPER_NOUN_TAGS and self.nouns.is_plural(doc[opening].lower_)):
                doc[opening].tag_ = "NNS"
        return doc


def _lower_root_onto_clause_before_and(verb: Token) -> None:
    """A verb right after "and" that the parser made the sentence's root, with no subject of its own once the
    dateline's city is let go, over the clause before it whose verb has one ("BAGHDAD (Reuters) - Iraq accused Turkey
    of shelling a resort that killed nine tourists and demanded that Ankara withdraw its troops"): it is that verb's
    second, coordinated with it.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("BAGHDAD, July 21 (Reuters) - Iraq accused Turkey on Thursday of shelling a resort in "
    ...                       "the Kurdistan region that killed nine tourists and demanded that Ankara withdraw all "
    ...                       "its troops from Iraqi territory.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"accused", "demanded"}]
    [('accused', 'ROOT', 'accused'), ('demanded', 'conj', 'accused')]
    """
    if verb.dep_ != "ROOT" or verb.i == 0 or any(c.dep_ in _SUBJECT_ARCS for c in verb.children):
        return
    before = verb.doc[verb.i - 1]
    first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < before.i and before in c.subtree
                  and any(s.dep_ == "nsubj" for s in c.children)), None)
    if first is None or before.lower_ != "and" or before.dep_ != "cc":
        return
    for child in [c for c in verb.children if c.i < first.left_edge.i]:
        child.head = first  # (the dateline, and whatever else opens the sentence)
    first.head, first.dep_ = first, "ROOT"
    verb.head, verb.dep_ = first, "conj"
    before.head = first


def _detach_dateline_word(token: Token, lines: set[int]) -> None:
    if token.dep_ == "conj" and token.head.i in lines and _set_off(token):
        token.dep_ = "appos"  # ("ERBIL, Kurdistan Region -": the region places the city, no second one)
        return
    # ("BAGHDAD - Leaders of the Framework met on Monday", where the parser makes the city the root and the verb a
    # relative clause on it; or the city the clause a source's verb reports: "ERBIL - A drone targeted a vehicle,
    # officials told Kurdistan24")
    # (tags, not parts of speech: the attribute ruler comes later)
    verb = next((c for c in token.children if c.tag_.startswith("VB") and c.i not in lines and c.i > token.i), None)
    if token.dep_ in {"ROOT", "ccomp"} and verb is not None:
        verb.head, verb.dep_ = (verb, "ROOT") if token.dep_ == "ROOT" else (token.head, token.dep_)
        token.head, token.dep_ = verb, "npadvmod"
        return
    if token.dep_ == "nsubj" and verb is not None and verb.dep_ == "relcl" and verb.i < token.head.i:
        _report_fronted_clause(token, verb)
        return
    if token.dep_ == "nsubj" and (told := [c for t in token.subtree if t.i in lines for c in t.children
                                            if c.dep_ in {"appos", "conj"} and c.i not in lines]):
        # "ERBIL, Kurdistan Region - A Turkish drone strike killed ...": the parser makes the strike an
        # apposition of the dateline's city (or of its region), which it takes for the subject (or a conjunct of
        # it: "BAGHDAD (INA) - Parliament Speaker X on Saturday condemned ..."); a name set off after the first is
        # its apposition ("BAGHDAD (Fars) - The commander of the Quds Force, Brigadier General Esmail Qaani, met")
        for subject in told:
            subject.head, subject.dep_ = (told[0], "appos") if subject.dep_ == "appos" and subject != told[0] and (
                _set_off(subject)) else (token.head, "nsubj")
        token.dep_ = "npadvmod"
        return
    if token.dep_ == "nsubj" and (named := _name_set_off_after_fronted_phrase(token.head, lines)) is not None:
        # "(Al Mayadeen) - In an interview with Al Mayadeen, Abu Fadak al-Mohammedawi said ...": the parser makes
        # the dateline's outlet the subject and the name an apposition in the fronted phrase
        named.head, named.dep_ = token.head, "nsubj"
        token.dep_ = "npadvmod"
        return
    if token.dep_ == "nsubj" and (title := _title_run_into_dateline(token, lines)) is not None:
        # "TEHRAN (Tasnim) - Secretary-General of Iraq's Harakat al-Nujaba Sheikh Akram al-Kaabi warned ...": the
        # parser makes the title a modifier of the city, and the holder's name part of the body's in its "of"
        title.head, title.dep_ = token.head, "nsubj"
        token.dep_ = "npadvmod"
        _split_name_from_office_of(title)
        return
    # ("TEHRAN (Tasnim) - The IRGC said", where the parser makes TEHRAN a second subject of "said"; "BAGHDAD (Reuters)
    # - Two soldiers were wounded", of a passive)
    second_subject = token.dep_ in _SUBJECT_ARCS and any(
        c.dep_ in _SUBJECT_ARCS and c.i not in lines for c in token.head.children)
    if token.head.i not in lines and (token.dep_ in _MODIFIER_ARCS and token.head != token.sent.root
                                      or second_subject):
        token.head = token.sent.root
        token.dep_ = "npadvmod"


def _report_fronted_clause(city: Token, verb: Token) -> None:
    """Where the parser made a dateline's city the subject of a reporting verb, the clause reported a relative
    clause on the city and the source an apposition of the clause's last name ("BASRA, Iraq (AP) - Iraqi forces
    arrested four men in the city of Basra, the Interior Ministry said"): the clause is the verb's, the source its
    subject, the city the report's place.

    >>> from kg.extraction import make_pipeline
    >>> doc = make_pipeline()("Iraqi forces arrest suspects in killing of Basra activist\\n\\nBASRA, Iraq (AP) — Iraqi "
    ...                       "security forces arrested four men suspected of involvement in the killing of a "
    ...                       "prominent activist in the southern city of Basra, the Interior Ministry said Saturday.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"BASRA", "arrested", "Ministry"}]
    [('BASRA', 'npadvmod', 'said'), ('arrested', 'ccomp', 'said'), ('Ministry', 'nsubj', 'said')]
    """
    reporting = city.head
    verb.head, verb.dep_ = reporting, "ccomp"
    city.dep_ = "npadvmod"
    if (source := _source_set_off_before(reporting)) is not None:
        _raise_source_taken_for_apposition(source)


def _release_words_held_by_dateline(token: Token, lines: set[int]) -> None:
    """Words after the sentence's verb that the parser hung on a dateline's word: a description set off after a
    noun describes that noun, and a clause goes with the verb ("ERBIL, Kurdistan Region - A Turkish drone killed
    three members of the Sinjar Resistance Units (YBS), a group affiliated with the PKK, officials said": the
    group and "said" had been the city's).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    >>> _ = nlp.add_pipe(DATELINES_NAME, after="parser")
    >>> doc = nlp("Attack\\n\\nERBIL, Kurdistan Region — A Turkish drone targeted a vehicle near the town of "
    ...           "Khanasor in Sinjar district on Monday, killing three members of the Sinjar Resistance Units (YBS), "
    ...           "a group affiliated with the Kurdistan Workers' Party (PKK), local officials told Kurdistan24.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"group", "told"}]
    [('group', 'appos', 'Units'), ('told', 'parataxis', 'targeted')]
    >>> doc = nlp("Raisi in Baghdad\\n\\nTEHRAN (IRNA) – Iranian President Ebrahim Raisi, speaking after talks with "
    ...           "Iraqi Prime Minister Mohammed Shia al-Sudani, said the Islamic Republic would stand by Iraq.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "speaking"]
    [('speaking', 'acl', 'Raisi')]
    """
    verb = token.head if token.dep_ == "npadvmod" else None
    if verb is None or not verb.tag_.startswith("VB"):
        return
    # ("TEHRAN (IRNA) - Iranian President Ebrahim Raisi, speaking after talks with X, said": a participle set off
    # after the subject describes the subject)
    for held in [c for c in token.children if c.i not in lines and c.dep_ == "acl" and c.i < verb.i]:
        subject = held.doc[held.left_edge.i - 2] if _set_off(held) and held.left_edge.i > 1 else None
        if subject is not None and subject.dep_ == "nsubj" and subject.head == verb:
            held.head = subject
    for held in [c for c in token.children if c.i not in lines and c.i > verb.i]:
        before = token.doc[held.left_edge.i - 2] if _set_off(held) and held.left_edge.i > 1 else None
        described = before.head if before is not None and before.is_punct else before
        if held.dep_ == "appos" and described is not None and described.tag_.startswith("NN") and (
                described.i not in lines):
            held.head = described
        elif held.dep_ != "appos":
            held.head = verb


def _name_set_off_after_fronted_phrase(verb: Token, lines: set[int]) -> Token | None:
    """The name set off after a phrase fronted before a verb, which the parser hung on the phrase's last noun as
    its apposition or its conjunct: "Abu Fadak" in "In an interview with Al Mayadeen, Abu Fadak said"."""
    fronted = [p for p in verb.children if p.dep_ == "prep" and p.i < verb.i and p.i not in lines]
    return next((t for p in fronted for t in p.subtree if t.dep_ in {"appos", "conj"} and t.tag_ in {"NNP", "NNPS"}
                 and t.head.dep_ == "pobj" and _set_off(t)), None)


def _title_run_into_dateline(city: Token, lines: set[int]) -> Token | None:
    """The title opening the sentence after a dateline, which the parser hung on the dateline's city, its phrase
    running up to the verb."""
    title = next((c for c in city.children if c.i not in lines and c.dep_ in _MODIFIER_ARCS
                  and c.tag_ in {"NN", "NNP", "JJ"} and c.i > max(lines)), None)
    if title is None or title.right_edge.i + 1 != city.head.i or title.lower_ not in _role_nouns():
        return None
    return title


class _NounForms:
    """The English nouns the pipeline's rule lemmatizer knows, to tell a common noun's plural from a name."""

    def __init__(self, index: frozenset[str], exceptions: dict[str, list[str]], rules: list[list[str]]):
        self.index, self.exceptions, self.rules = index, exceptions, rules

    @classmethod
    def of(cls, nlp: Language) -> "_NounForms":
        """The tables of `nlp`'s lemmatizer; empty where it has none (a pipeline without a rule lemmatizer)."""
        lookups = nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in nlp.pipe_names else None
        if lookups is None or not all(lookups.has_table(t) for t in ("lemma_index", "lemma_exc", "lemma_rules")):
            return cls(frozenset(), {}, [])
        return cls(frozenset(lookups.get_table("lemma_index").get("noun", ())),
                   dict(lookups.get_table("lemma_exc").get("noun", {})), list(lookups.get_table("lemma_rules").get(
                       "noun", [])))

    def is_plural(self, word: str) -> bool:
        """Whether `word` (lower case) is the plural of a known common noun: "gunmen", "fighters", not "paris"."""
        if word in self.index:
            return False
        singulars = self.exceptions.get(word, []) + [word[:-len(old)] + new for old, new in self.rules
                                                      if old and word.endswith(old)]
        return any(s != word and s in self.index for s in singulars)


@Language.component(LISTS_NAME, assigns=["token.dep"])
def lists_taken_for_appositions(doc: Doc) -> Doc:
    """After the parser: in a list of names the parser may make the second an apposition of the first ("includes
    the State of Law Coalition, the Badr Organization and Asaib Ahl al-Haq"). A name set off after another name and
    itself coordinated with a third is the list's next item, not another name of the first; a title or a common
    noun set off after a name ("Amiri, the Badr leader, and Khazali") stays its apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(LISTS_NAME, after="parser")
    >>> doc = nlp("The bloc includes the State of Law Coalition, the Badr Organization and Asaib Ahl al-Haq.")
    >>> [t.text for t in doc[7].conjuncts]
    ['Organization', 'Haq']
    >>> doc = nlp("Saar named Kataib Hezbollah, Asaib Ahl al-Haq, al-Nujaba, Ansar Allah and the Badr Organization.")
    >>> [t.text for t in doc[3].conjuncts]
    ['Haq', 'Nujaba', 'Allah', 'Organization']
    >>> doc = nlp("The deal was signed by Prime Minister, Mohammed Shia al-Sudani, and President Abdul Latif Rashid.")
    >>> [t.dep_ for t in doc if t.text == "Sudani"]
    ['appos']

    A description with an article of its own after the name an apposition is "of" is the apposition's next item:

    >>> doc = nlp("Laith al-Khazali, the brother of Qais al-Khazali and a leader in Asaib Ahl al-Haq, was sanctioned.")
    >>> [(t.dep_, t.head.text) for t in doc if t.text == "leader"]
    [('conj', 'brother')]

    Nor is an adjective a list's item before the noun it modifies (a headline's "Houthis and Iraqi militias"):

    >>> [(t.dep_, t.head.text) for t in nlp("Houthis and Iraqi militias threaten Israel") if t.text == "Iraqi"]
    [('amod', 'militias')]
    """
    titles = _title_words()
    for token in doc:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if token.dep_ == "conj" and token.tag_ == "JJ" and following is not None and following.dep_ == "conj" and (
                following.head == token.head and following.tag_.startswith("NN")):
            # "Houthis and Iraqi militias threaten Israel": the adjective is the noun's, not a third conjunct
            token.head, token.dep_ = following, "amod"
            continue
        head = token.head
        # (before the attribute ruler: the tags, not yet the parts of speech)
        if (token.dep_ == "appos" and head.i < token.i and {token.tag_, head.tag_} <= _PROPER_NOUN_TAGS
                and _list_goes_on_after(token) and not {head.lower_, token.lower_} & titles
                # ("Mr Hussein, a Kurd and a senior member of the KDP": a name with "a" describes)
                and token.left_edge.lower_ not in _INDEFINITE_ARTICLES
                and any(t.text == "," for t in doc[head.i:token.left_edge.i])):
            token.dep_ = "conj"
        elif _description_after_a_name(token):
            # "Laith al-Khazali, the brother of Qais al-Khazali and a leader in Asaib Ahl al-Haq": the second
            # description is coordinated with the first, not with the name the first is "of"
            token.head = head.head.head
    return doc


def _description_after_a_name(token: Token) -> bool:
    """A common noun with an article of its own, coordinated with the name an apposition's noun is "of", and of
    the apposition's kind, an office's or not ("the brother of X and a leader in Y", "the State of Law coalition of
    X and the Fatah alliance"; but "the head of the Badr Organization and the Fatah bloc" heads both bodies)."""
    name = token.head
    described = name.head.head if name.dep_ == "pobj" and name.head.lower_ == "of" else None
    return (token.dep_ == "conj" and token.tag_ in {"NN", "NNS"} and name.tag_ in _PROPER_NOUN_TAGS
            and described is not None and (token.lower_ in _role_nouns()) == (described.lower_ in _role_nouns())
            and described is not None and described.dep_ == "appos" and described.tag_ in {"NN", "NNS"}
            and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in token.children))


def _list_goes_on_after(item: Token) -> bool:
    """Whether a list closed by a conjunction goes on after a name set off after another: the name is itself
    coordinated ("A, B and C"), or a later item hangs on the first name ("A, B, C and D")."""
    later = [c for c in (*item.children, *item.head.children) if c.dep_ == "conj" and c.i > item.i]
    return bool(later) and any(c.dep_ == "cc" for t in (item, item.head, *later) for c in t.children)


@cache
def _agent_nouns() -> frozenset[str]:
    """Common nouns of those who act: groups, bodies, forces, officials, their men."""
    lexicon = load_lexicon()
    return frozenset({*(w for words in lexicon.descriptions.values() for w in words), *lexicon.affiliated_nouns,
                      *lexicon.force_nouns, *lexicon.role_predicates})


@cache
def _act_nouns() -> frozenset[str]:
    """Common nouns of acts and of the weapons that act: "the strike killed", "the drone hit"."""
    lexicon = load_lexicon()
    return frozenset({*lexicon.noun_predicates, *lexicon.force_nouns})


@cache
def _attack_nouns() -> frozenset[str]:
    """The lexicon's nouns of attacks and killings, in the singular."""
    return frozenset(noun for noun, predicate in load_lexicon().noun_predicates.items()
                     if predicate in {"attacks", "kills"})


def _names_an_attack(word: Token) -> bool:
    """Whether a word, or its singular (the lemmatizer has not run), is a noun of attacks or killings."""
    return word.lower_.removesuffix("s") in _attack_nouns()


@cache
def _title_words() -> frozenset[str]:
    lexicon = load_lexicon()
    return frozenset({*lexicon.titles, *lexicon.role_predicates, *lexicon.rank_words})


def dateline_tokens(doc: Doc) -> set[int]:
    """The tokens of the datelines that open the doc's lines ("BAGHDAD, March 12 (Reuters) -"), found once per doc."""
    if _DATELINES_KEY not in doc.user_data:
        found: set[int] = set()
        for sent in line_openings(doc):
            if length := dateline_length(sent.text):
                span = doc.char_span(sent.start_char, sent.start_char + length, alignment_mode="expand")
                found.update(range(span.start, span.end))
        doc.user_data[_DATELINES_KEY] = found
    return doc.user_data[_DATELINES_KEY]


def is_to_infinitive(verb: Token) -> bool:
    """Whether a verb is an infinitive with "to": "resume" in "the right to resume attacks".

    >>> is_to_infinitive(load_pipeline()("The group reserved the right to resume attacks.")[6])
    True
    """
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def compounded_name(token: Token) -> Span:
    """A token with the compound words before it: the name it ends, as the parse gives it ("Deir ez-Zor" for
    "Zor").

    >>> doc = load_pipeline()("Fighters moved from Khanasor to Deir Hafer.")
    >>> compounded_name(doc[6]).text
    'Deir Hafer'
    """
    return token.doc[min([c.i for c in token.lefts if c.dep_ == "compound"], default=token.i):token.i + 1]


def line_openings(doc: Doc) -> Iterator[Span]:
    """The sentences that open a line of the text: where a dateline may stand."""
    text = doc.text  # made anew at every reading of doc.text: read once
    return (sent for sent in doc.sents if not sent.start_char or text[sent.start_char - 1] == "\n")


def _is_abbreviation(token: Token) -> bool:
    """A title's abbreviation ("Maj", "Brig", "Gen") or a single initial, which a full stop follows."""
    text = token.text.lower().rstrip(".")
    return token.is_title and (len(text) == 1 or text in load_lexicon().titles) and len(text) <= 5


class PipelineNotFound(RuntimeError):
    """No trained spaCy pipeline could be loaded."""


def declare_extensions() -> None:
    """Declare what a doc carries in from its article, once; later calls do nothing. (Each later stage declares
    the extensions it fills.)"""
    doc_extensions = {
        "article_id": None,
        "source": None,  # the outlet that published the article, where the text names it
    }
    for name, default in doc_extensions.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


def _candidates(model: str | None) -> list[str]:
    """Pipelines to try: the one asked for; else $KG_SPACY_MODEL; else en_core_web_sm, installed or in the
    ``shared/models`` folder that sits beside a kg checkout (how the project's own machines get it)."""
    if model or os.environ.get(MODEL_ENV):
        return [model or os.environ[MODEL_ENV]]
    beside_checkout = Path(__file__).resolve().parents[2] / "shared" / "models" / SHARED_MODEL_DIR
    return [DEFAULT_MODEL, str(beside_checkout)]


def pipeline_identity(model: str | None = None) -> str:
    """The name and version of the pipeline ``load_pipeline(model)`` would load ("en_core_web_sm-3.7.1"), read
    from its meta.json without loading it; the name as given where no meta.json is found."""
    for name in _candidates(model):
        path = Path(name) if Path(name).exists() else None
        if path is None and spacy.util.is_package(name):
            path = spacy.util.get_package_path(name)
        if path is not None and (path / "meta.json").is_file():
            meta = spacy.util.load_meta(path / "meta.json")
            return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return str(model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL)


def keep_titles_whole(nlp: Language) -> None:
    """Hyphenated titles of the lexicon's roles ("secretary-general", "commander-in-chief") and abbreviated ranks
    ("Brig.", "Col.") as one token each, in every casing an article writes them: split at the hyphens, the parser
    hangs their parts on other words; split at the dot, a rank ends the sentence. A dotted abbreviation is split from
    the participle of backing or leading hyphenated to it.

    >>> nlp = spacy.blank("en")
    >>> keep_titles_whole(nlp)
    >>> [t.text for t in nlp("Qais al-Khazali, Secretary-General of the group")]
    ['Qais', 'al', '-', 'Khazali', ',', 'Secretary-General', 'of', 'the', 'group']
    >>> [t.text for t in nlp("Brig. Gen. Sarbast Lazgin")]
    ['Brig.', 'Gen.', 'Sarbast', 'Lazgin']
    >>> [t.text for t in nlp("the U.S.-backed SDF")]
    ['the', 'U.S.', '-', 'backed', 'SDF']
    """
    lexicon = load_lexicon()
    titles = [role for role in lexicon.role_predicates if "-" in role]
    for title in titles:
        parts = title.split("-")
        capitalised = "-".join(p if p in {"in", "of"} else p.capitalize() for p in parts)
        for form in {title, title.capitalize(), capitalised, title.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for rank in (t for t in lexicon.titles | set(lexicon.role_predicates) if t.endswith(".") and len(t) > 2):
        for form in {rank, rank.capitalize(), rank.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    # "U.S.-backed", "U.N.-led": a dotted abbreviation keeps its hyphenated participle, which the tokenizer splits
    # off an undotted one ("US-backed"); split alike, both name the backer
    for abbreviation in ("U.S.", "U.N.", "U.K.", "E.U."):
        for participle in lexicon.backing_modifiers | lexicon.aligned_modifiers | lexicon.leading_modifiers:
            nlp.tokenizer.add_special_case(f"{abbreviation}-{participle}", [
                {ORTH: abbreviation}, {ORTH: "-"}, {ORTH: participle}])
    if "attribute_ruler" in nlp.pipe_names:
        # whole, the tagger takes "secretary-general" for an adjective
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": {"IN": titles}}]], {"TAG": "NN", "POS": "NOUN"})


def load_pipeline(model: str | None = None) -> Language:
    """Load the trained pipeline `model`, else $KG_SPACY_MODEL, else en_core_web_sm, with kg's titles kept whole."""
    declare_extensions()
    errors = []
    for name in _candidates(model):
        try:
            nlp = spacy.load(Path(name) if Path(name).exists() else name)
            break
        except OSError as error:
            errors.append(f"{name!r}: {error}")
    else:
        raise PipelineNotFound(
            f"cannot load a spaCy pipeline ({'; '.join(errors)}). Install one with "
            f"'python -m spacy download en_core_web_sm', or set {MODEL_ENV} to a pipeline's "
            "package name or directory."
        )
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise PipelineNotFound(f"the spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; kg needs a trained "
                               "English pipeline with a parser and an entity recognizer (en_core_web_sm or larger)")
    logger.info("loaded spaCy pipeline %s %s", nlp.meta.get("name"), nlp.meta.get("version"))
    keep_titles_whole(nlp)
    split_re_prefix(nlp)
    return nlp


def split_re_prefix(nlp: Language) -> None:
    """Split a hyphenated "re-" off the verbs of the lexicon's `re_prefixed_verbs`, which the tokenizer would cut
    into three pieces the parser cannot read ("re", "-", "designated").

    >>> nlp = spacy.blank("en")
    >>> split_re_prefix(nlp)
    >>> [t.text for t in nlp("Washington re-designated the Houthis")]
    ['Washington', 're-', 'designated', 'the', 'Houthis']
    """
    for verb in load_lexicon().re_prefixed_verbs:
        stem = verb.removesuffix("e")
        for form in (verb, verb + "s", stem + "ed", stem + "ing"):
            for prefix in ("re-", "Re-"):
                nlp.tokenizer.add_special_case(prefix + form, [{ORTH: prefix}, {ORTH: form}])


# The parse repairs, in the order they run (listed here, after the functions they name).
@_gated(deps={"compound"})
def _raise_office_off_rank(rank: Token) -> None:
    """An office before a rank before a name, which the parser hung on the rank ("Pentagon Press Secretary Maj.
    Gen. Pat Ryder"): the office is the name's title, and the words before it are its own.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Pentagon Press Secretary Maj. Gen. Pat Ryder said so.")
    >>> [(t.text, t.head.text) for t in doc[:3]]
    [('Pentagon', 'Secretary'), ('Press', 'Secretary'), ('Secretary', 'Ryder')]
    """
    lexicon = load_lexicon()
    office = rank.nbor(-1) if rank.i > rank.sent.start else None
    # (but "Secretary General" is one title)
    if office is None or rank.lower_ not in lexicon.titles or rank.dep_ != "compound" or office.head != rank or (
            office.dep_ != "compound" or office.lower_ not in lexicon.role_predicates) or (
            f"{office.lower_}_{rank.lower_}" in lexicon.role_predicates):
        return
    name = rank
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.tag_ != "NNP":
        return
    for word in [c for c in rank.children if c.dep_ == "compound" and c.i < office.i]:
        word.head = office
    office.head = name


@_gated(deps={"nsubj"})
def _coordinate_second_subject(subject: Token) -> None:
    """A second subject of one verb after "and", which the parser left a subject of its own ("The Islamic
    Resistance in Iraq and Yemen's Armed Forces said"): the two are coordinated.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The Islamic Resistance in Iraq and Yemen's Armed Forces said they struck Haifa.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Resistance", "and", "Forces"}]
    [('Resistance', 'nsubj', 'said'), ('and', 'cc', 'Resistance'), ('Forces', 'conj', 'Resistance')]
    """
    if subject.dep_ != "nsubj" or subject.left_edge.i == 0:
        return
    joint = subject.doc[subject.left_edge.i - 1]
    first = next((c for c in subject.head.children if c.dep_ == "nsubj" and c.i < joint.i), None)
    if first is None or joint.lower_ not in {"and", "or"} or joint.dep_ != "cc" or (
            first.right_edge.i + 1 != joint.i and joint.head != first):
        return
    joint.head = first
    subject.dep_ = "conj"
    subject.head = first


@_gated(tags={"NNS"}, deps={"relcl"})
def _raise_coordinated_verbs_taken_for_plurals(verb: Token) -> None:
    """Two verbs of a relative clause coordinated after "which", both taken for plural nouns, with the relative
    pronoun a determiner and the object set beside them ("Tehran, which arms and funds the factions"): the two are
    verbs, the pronoun their subject and the noun the object of the last.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Tehran, which arms and funds the factions, has encouraged the pause.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc][2:8:2]
    [('which', 'WDT', 'nsubj', 'arms'), ('and', 'CC', 'cc', 'arms'), ('the', 'DT', 'det', 'factions')]
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text in {"arms", "funds", "factions"}]
    [('arms', 'VBZ', 'relcl', 'Tehran'), ('funds', 'VBZ', 'conj', 'arms'), ('factions', 'NNS', 'dobj', 'funds')]
    >>> [(t.text, t.dep_, t.head.text) for t in nlp("Iran, which arms and funds most of the factions, has urged "
    ...                                             "restraint.") if t.text in {"arms", "funds", "most"}]
    [('arms', 'relcl', 'Iran'), ('funds', 'conj', 'arms'), ('most', 'dobj', 'funds')]
    """
    if verb.dep_ != "relcl" or verb.tag_ != "NNS":
        return
    pronoun = next((c for c in verb.children if c.dep_ == "det" and c.lower_ in _RELATIVE_SUBJECTS), None)
    second = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "NNS"), None)
    if pronoun is None or second is None:
        return
    # (or a quantifier over the object: "which arms and funds most of the factions")
    objects = [c for c in verb.children if c.i > second.i and (c.dep_ in {"npadvmod", "appos", "dobj"} or (
        c.dep_ == "advmod" and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)))]
    if objects:
        verb.tag_ = second.tag_ = "VBZ"
        pronoun.dep_ = "nsubj"
        objects[0].head, objects[0].dep_ = second, "dobj"


@_gated(tags={"NNS", "VBZ"}, deps={"ROOT", "ccomp"})
def _raise_coordinated_verbs_taken_for_plurals_after_name(verb: Token) -> None:
    """Two verbs coordinated after a name, the last (or both) taken for plural nouns, with the object set beside
    them ("Iran funds and arms Kataib Hezbollah", "Iran backs and funds Kataib Hezbollah"): the two are verbs, the
    name their subject and the object the last one's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in nlp("Iran funds and arms Kataib Hezbollah, officials say.")
    ...  if t.text in {"Iran", "funds", "arms", "Hezbollah"}]
    [('Iran', 'NNP', 'nsubj', 'funds'), ('funds', 'VBZ', 'ccomp', 'say'), ('arms', 'VBZ', 'conj', 'funds'), \
('Hezbollah', 'NNP', 'dobj', 'arms')]
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in nlp("Iran backs and funds Kataib Hezbollah.")][3:6:2]
    [('funds', 'VBZ', 'conj', 'backs'), ('Hezbollah', 'NNP', 'dobj', 'funds')]
    """
    if verb.dep_ not in {"ROOT", "ccomp"} or verb.tag_ not in {"NNS", "VBZ"}:
        return
    second = next((c for c in verb.children if c.dep_ == "conj" and c.tag_ == "NNS" and c.i == verb.i + 2
                   and verb.nbor().dep_ == "cc"), None)
    subject = next((c for c in verb.children if c.i == verb.i - 1 and (
        c.dep_ == "nsubj" or verb.tag_ == "NNS" and c.dep_ == "compound" and c.tag_ == "NNP")), None)
    if second is None or subject is None or any(c.dep_ in {"det", "amod"} for c in verb.children):
        return
    objects = [c for c in [*verb.children, *second.children] if c.i > second.i and c.dep_ in {"appos", "dobj"}]
    if objects:
        verb.tag_ = second.tag_ = "VBZ"
        subject.dep_ = "nsubj"
        objects[0].head, objects[0].dep_ = second, "dobj"


@_gated(tags={"NNS", "VBZ"}, deps={"conj"})
def _coordinate_act_with_act(noun: Token) -> None:
    """A plural noun of an act, after "and the", which the parser coordinated with a noun of no act inside the first
    act's phrase, or took for a verb ("condemned both the attacks on U.S. forces by armed factions and the U.S.
    strikes in response"): the two acts are coordinated, what was condemned.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Sudani's government has condemned the attacks on U.S. forces and the U.S. strikes.")
    >>> [(t.text, t.tag_, t.dep_, t.head.text) for t in doc if t.text == "strikes"]
    [('strikes', 'NNS', 'conj', 'attacks')]
    """
    if noun.dep_ != "conj" or not noun.lower_.endswith("s") or noun.left_edge.lower_ not in {"the", "its", "their"}:
        return
    if not _names_an_attack(noun):
        return
    # (taken for a verb, it hangs on the verb whose object the first act is)
    taken = [c for c in noun.head.children if c.dep_ == "dobj" and c.i < noun.i] if noun.tag_ == "VBZ" else []
    act = next((a for a in [*noun.head.ancestors, *taken] if a.tag_ in {"NN", "NNS"} and _names_an_attack(a)), None)
    if act is None or _names_an_attack(noun.head) or not (
            noun.head.tag_ in {"NN", "NNS", "NNP", "NNPS"} or noun.head == act.head):
        return
    for conjunction in [c for c in noun.head.children if c.dep_ == "cc" and c.i < noun.i]:
        conjunction.head = act
    noun.head, noun.tag_, noun.pos_ = act, "NNS", "NOUN"


@_gated(tags={"NN", "NNS", "VBP"}, deps={"conj"})
def _raise_verb_taken_for_last_conjunct(word: Token) -> None:
    """A relative clause's verb the parser took for the last of its coordinated subjects, making the sentence's own
    verb the clause ("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has
    waged an insurgency": "list" a third name, "which" the object of "waged"): the lowercase word is the clause's
    verb, with the pronoun its object, and the verb after it the sentence's, with the named noun its subject.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The PKK, which Turkey, the United States and the European Union list as a terrorist group, has "
    ...           "waged an insurgency against the Turkish state since 1984.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"PKK", "which", "Turkey", "list", "as", "waged"}]
    [('PKK', 'nsubj', 'waged'), ('which', 'dobj', 'list'), ('Turkey', 'nsubj', 'list'), ('list', 'relcl', 'PKK'), \
('as', 'prep', 'list'), ('waged', 'ROOT', 'waged')]
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "Union"]
    [('Union', 'conj', 'States')]
    """
    if word.dep_ != "conj" or not word.is_lower or word.tag_ not in {"NN", "NNS", "VBP"}:
        return
    first = word.head
    while first.dep_ == "conj":
        first = first.head
    if first.dep_ != "nsubj" or first.tag_ != "NNP" or not word.head.tag_.startswith("NNP"):
        return
    verb = first.head
    pronoun = next((c for c in verb.children if c.dep_ in {"dative", "dobj"} and c.lower_ in _RELATIVE_SUBJECTS
                    and c.i == first.left_edge.i - 1), None)
    named = verb.head
    if pronoun is None or verb.dep_ != "relcl" or named.i > pronoun.i or named.dep_ != "ROOT":
        return
    # ("the European Union list": the name the parser hung on the word is the last conjunct, with its article)
    last_name = next((c for c in reversed(list(word.lefts)) if c.dep_ == "compound" and c.tag_.startswith("NNP")),
                     None)
    if last_name is not None:
        for article in [c for c in word.lefts if c.dep_ == "det"]:
            article.head = last_name
        last_name.head, last_name.dep_ = word.head, "conj"
    word.head, word.dep_, word.tag_ = named, "relcl", "VBP"
    first.head = pronoun.head = word
    pronoun.dep_ = "dobj"
    for after in [c for c in first.children if c.i > word.i and c.dep_ == "prep"]:
        after.head = word
    verb.head, verb.dep_ = verb, "ROOT"
    named.head, named.dep_ = verb, "nsubj"


@_gated(tags={"VBG"}, deps={"amod"})
def _raise_participle_taken_for_modifier(participle: Token) -> None:
    """A participle set off after a verb's object, which the parser made a modifier of the name after it, the name a
    second object of the verb ("He has kept the Americans close, hosting Secretary of State Antony Blinken twice"):
    the participle is a clause of the verb, and the name its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("He has kept the Americans close, hosting Secretary of State Antony Blinken twice.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"hosting", "Blinken"}]
    [('hosting', 'advcl', 'kept'), ('Blinken', 'dobj', 'hosting')]
    """
    if participle.tag_ != "VBG" or participle.dep_ != "amod" or participle.i == 0 or (
            participle.doc[participle.i - 1].text != ","):
        return
    name = participle.head
    while name.dep_ in {"compound", "nmod"} and name.head.i > name.i:
        name = name.head
    verb = name.head
    if name.dep_ == "dobj" and name.tag_ == "NNP" and any(
            c.dep_ == "dobj" and c.i < participle.i for c in verb.children):
        participle.head, participle.dep_ = verb, "advcl"
        name.head = participle


@_gated(deps={"pobj"})
def _raise_second_role_out_of_of(role: Token) -> None:
    """A second role of one person after "and", with its own owner, which the parser made a second object of the
    first role's "of" ("the leader of Hayat Tahrir al-Sham and Syria's interim president"): the two roles are
    coordinated.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Ahmed al-Sharaa, the leader of Hayat Tahrir al-Sham and Syria's interim president, spoke.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Sham", "president"}]
    [('Sham', 'pobj', 'of'), ('president', 'conj', 'leader')]
    """
    of, lexicon = role.head, load_lexicon()
    first_role = of.head
    if role.dep_ != "pobj" or of.lower_ != "of" or role.lower_ not in lexicon.role_predicates or (
            first_role.lower_ not in lexicon.role_predicates) or not any(c.dep_ == "poss" for c in role.children):
        return
    first = next((c for c in of.children if c.dep_ == "pobj" and c.i < role.i), None)
    joint = role.doc[role.left_edge.i - 1] if role.left_edge.i > 0 else None
    if first is None or joint is None or joint.lower_ != "and" or joint.head != first:
        return
    joint.head = first_role
    role.dep_ = "conj"
    role.head = first_role


@_gated(deps={"conj"})
def _raise_person_conjunct_out_of_of(person: Token) -> None:
    """A second group of people after "and", with its own "of", which the parser coordinated with the object of the
    first one's "of" ("four fighters of an Iraqi militia and a member of Lebanon's Hezbollah"): the member is
    coordinated with the fighters, not with the militia.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The strike killed four fighters of an Iraqi militia and a member of Lebanon's Hezbollah.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "member"]
    [('member', 'conj', 'fighters')]
    """
    if person.dep_ != "conj" or person.head.dep_ != "pobj" or person.head.head.lower_ != "of":
        return
    lexicon = load_lexicon()
    people = lexicon.affiliated_nouns | set(lexicon.role_predicates)
    first, governor = person.head, person.head.head.head
    if person.lower_ not in people or first.lower_ in people or governor.lower_ not in people or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in person.children):
        return
    for joint in (c for c in first.children if c.dep_ == "cc" and first.i < c.i < person.i):
        joint.head = governor
    person.head = governor


@_gated(deps={"attr"})
def _raise_noun_of_hedged_free_relative(noun: Token) -> None:
    """The noun of a free relative that hedges what a verb or preposition takes ("struck what it said were Hezbollah
    sites", "strikes against what it says are Iranian targets"): the parser makes it the attribute of the copula
    inside; it is what is struck, or what the strikes are against (lexicon `hedging_forms`).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Israel struck what it said were Hezbollah sites.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "sites"]
    [('sites', 'dobj', 'struck')]
    >>> doc = nlp("Israel has carried out strikes against what it says are Iranian targets.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "targets"]
    [('targets', 'pobj', 'against')]
    """
    copula, doc = noun.head, noun.doc
    if noun.dep_ != "attr" or copula.lower_ not in {"is", "are", "was", "were"} or copula.dep_ != "ccomp":
        return
    hedge, lexicon = copula.head, load_lexicon()
    what = doc[hedge.left_edge.i]
    # ("in what it said was a response to X" says what it was, of nothing struck)
    if hedge.lower_ not in lexicon.hedging_forms or what.lower_ != "what" or not (
            hedge.dep_ == "ccomp" or hedge.dep_ == "pcomp" and hedge.head.lower_ in lexicon.target_preps) or not (
            what.head == copula or what.head == hedge):
        return
    noun.head, noun.dep_ = hedge.head, "dobj" if hedge.dep_ == "ccomp" else "pobj"


@_gated(tags={"NN"}, deps={"appos"})
def _lower_apposition_onto_last_conjunct(noun: Token) -> None:
    """One thing described right after a coordination, which the parser hung on its first member ("between the army
    and the Sinjar Resistance Units (YBS), a Yazidi armed group"): an indefinite description of one describes the
    member it follows.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Clashes broke out between the army and the Sinjar Resistance Units (YBS), a Yazidi armed group.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text == "group"]
    [('group', 'appos', 'Units')]
    """
    if noun.dep_ != "appos" or noun.tag_ != "NN" or not is_indefinite(noun) or not _set_off(noun):
        return
    last = next((c for c in reversed(list(noun.head.conjuncts)) if c.i > noun.head.i), None)
    if last is not None and last.i < noun.i and _end_before_comma(last) + 2 == noun.left_edge.i:
        noun.head = _last_noun_of(last)


@_gated(tags={"NN", "NNS"})
def _raise_names_over_description_set_off(noun: Token) -> None:
    """Names set off by a comma before a description of them all ("The Badr Organization and Asaib Ahl al-Haq, both
    members of the Fatah Alliance, backed Sudani"), which the parser hung on the description as its modifier: the
    names are what the clause tells of, and the description their apposition.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("The Badr Organization and Asaib Ahl al-Haq, both members of the Fatah Alliance, backed Sudani.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Organization", "members"}]
    [('Organization', 'nsubj', 'backed'), ('members', 'appos', 'Organization')]
    """
    determiner = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in {"both", "all"}), None)
    if noun.tag_ not in {"NN", "NNS"} or determiner is None:
        return
    names = next((c for c in noun.children if c.dep_ in {"nmod", "compound"} and c.tag_ in {"NNP", "NNPS"}
                  and _end_before_comma(c) + 2 == determiner.i and noun.doc[determiner.i - 1].text == ","), None)
    if names is None:
        return
    names.head, names.dep_ = noun.head, noun.dep_
    noun.head, noun.dep_ = names, "appos"


@_gated(deps={"prep"})
def _raise_charge_off_target(on: Token) -> None:
    """The "on" that names whom an act is blamed on, which the parser hung on the place the act was on ("blamed
    previous attacks on the base on Kataib Hezbollah"): it is the blaming verb's (lexicon `blaming_verbs`).

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Washington has blamed previous attacks on the base on Kataib Hezbollah.")
    >>> [(t.text, t.head.text) for t in doc if t.lower_ == "on"]
    [('on', 'attacks'), ('on', 'blamed')]
    """
    target = on.head
    if on.lower_ != "on" or on.dep_ != "prep" or target.dep_ != "pobj" or target.head.lower_ != "on":
        return
    act = target.head.head
    verb = act.head
    if act.dep_ == "dobj" and verb.tag_.startswith("VB") and (
            _verb_stems(verb) | {verb.lower_, verb.lower_.removesuffix("s")}) & load_lexicon().blaming_verbs:
        on.head = verb


@_gated(tags={"IN"}, deps={"amod"})
def _raise_preposition_taken_for_modifier(preposition: Token) -> None:
    """A preposition the parser hung on the noun after it as a modifier, making the noun the verb's object ("to
    protest outside parliament"): the noun is the preposition's object, and the preposition the verb's.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Sadr rejected the cabinet and called on his followers to protest outside parliament.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"outside", "parliament"}]
    [('outside', 'prep', 'protest'), ('parliament', 'pobj', 'outside')]
    """
    noun = preposition.head
    if preposition.tag_ != "IN" or preposition.dep_ != "amod" or noun.dep_ != "dobj" or noun.i != preposition.i + 1:
        return
    verb = noun.head
    preposition.head, preposition.dep_ = verb, "prep"
    noun.head, noun.dep_ = preposition, "pobj"


@_gated(tags=_NOUN_TAGS, deps={"dative"})
def _raise_lone_dative_to_object(noun: Token) -> None:
    r"""A noun the parser made a verb's indirect object where the verb has no direct one, nor a clause for it to be
    told ("votes to expel US troops", in a headline): it is the object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Iraq's parliament votes to expel US troops\n\nBAGHDAD - The vote came on Sunday.")
    >>> [(t.text, t.dep_) for t in doc if t.text == "troops"]
    [('troops', 'dobj')]
    """
    if noun.dep_ != "dative" or not noun.tag_.startswith("NN"):
        return  # (the cheap tests first: this runs for every token)
    verb = noun.head
    if not any(c.dep_ in {"dobj", "ccomp", "xcomp", "dative"} and c != noun for c in verb.children):
        noun.dep_ = "dobj"


@_gated(tags={"NN"})
def _raise_gerund_run_into_names(gerund: Token) -> None:
    r"""A gerund the tagger took for a noun between two names, which the parser ran into one phrase ("sent a letter to
    the U.N. Security Council naming Kataib Hezbollah as responsible"): the first name keeps the phrase's place, and
    the gerund is a participle of the clause, with the second name its object.

    >>> nlp = load_pipeline()
    >>> _ = nlp.add_pipe(TAGS_FROM_PARSE_NAME, after="parser")
    >>> doc = nlp("Saar sent a letter to the U.N. Security Council naming Kataib Hezbollah as responsible for attacks.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Council", "naming", "Hezbollah", "as"}]
    [('Council', 'pobj', 'to'), ('naming', 'advcl', 'sent'), ('Hezbollah', 'dobj', 'naming'), ('as', 'prep', 'naming')]
    >>> doc = nlp("Saar sent a letter to the U.N. Security Council naming Kataib Hezbollah and Harakat al-Nujaba as "
    ...           "responsible for attacks.")
    >>> [(t.text, t.dep_, t.head.text) for t in doc if t.text in {"Council", "naming", "Hezbollah", "as"}]
    [('Council', 'pobj', 'to'), ('naming', 'advcl', 'sent'), ('Hezbollah', 'dobj', 'naming'), ('as', 'prep', 'naming')]
    """
    if gerund.tag_ != "NN" or not gerund.lower_.endswith("ing") or not gerund.i:
        return  # (the cheap tests first: this runs for every token)
    before = gerund.doc[gerund.i - 1]
    if before.tag_ != "NNP" or before.head != gerund:
        return
    if gerund.dep_ == "compound" and gerund.head.tag_ == "NNP" and gerund.head.i > gerund.i:
        name, place = gerund.head, gerund.head  # "Council naming Kataib Hezbollah": the name took the phrase
    else:
        name = next((c for c in gerund.children if c.dep_ in {"appos", "compound"} and c.tag_ == "NNP"
                     and c.i > gerund.i), None)  # "Council naming Kataib Hezbollah and ...": the gerund took it
        place = gerund
    verb = next((a for a in place.ancestors if a.tag_.startswith("VB")), None)
    if name is None or verb is None:
        return
    before.head, before.dep_ = place.head, place.dep_
    gerund.head, gerund.dep_, gerund.tag_ = verb, "advcl", "VBG"
    name.head, name.dep_ = gerund, "dobj"
    for label in [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > name.i]:
        label.head = gerund  # ("naming X as responsible": what it is named)


_PARSE_REPAIRS: tuple[Repair, ...] = (
    _lower_partitive_set_off_after_noun,
    _raise_gerund_run_into_names,
    _lower_object_taken_for_subject_of_participle,
    _raise_infinitive_taken_for_object_of_to,
    _lower_infinitive_onto_noun_of_intent,
    _raise_participle_taken_for_compounded_noun,
    _raise_lone_dative_to_object,
    _lower_thing_s_relative_clause_off_role,
    _raise_verb_taken_for_compound,
    _raise_base_verb_taken_for_name,
    _raise_participle_taken_for_modifier,
    _raise_verb_taken_for_last_conjunct,
    _coordinate_act_with_act,
    _raise_coordinated_verbs_taken_for_plurals,
    _raise_coordinated_verbs_taken_for_plurals_after_name,
    _raise_passive_taken_for_modifier,
    _raise_past_taken_for_participle,
    _lower_participle_taken_for_verb_of_apposition,
    _lower_second_subject_into_apposition,
    _coordinate_subjects_joined,
    _raise_conjunct_of_apposition_with_owner,
    _split_fronted_object_of_whose,
    _raise_verb_taken_for_modifier,
    _raise_name_coordinated_into_title,
    _raise_result_taken_for_modifier,
    _raise_infinitive_taken_for_compound,
    _lower_verb_taken_in_named_noun,
    _lower_adjectives_taken_for_clause,
    _lower_place_set_off_after_subject,
    _raise_object_after_interjection,
    _raise_object_after_day,
    _lower_name_joined_without_conjunction,
    _lower_group_name_into_title,
    _lower_modifier_into_title,
    _raise_object_after_her,
    _lower_verb_taken_in_site_noun,
    _lower_subject_into_title,
    _raise_finite_conjunct,
    _lower_noun_coordinated_with_verb,
    _raise_conjunct_of_reported_clause,
    _raise_conjunct_disagreeing_with_subject,
    _raise_conjunct_with_reporting_tense,
    _raise_conjunct_of_relative_on_thing,
    _raise_stance_coordinated_into_report,
    _lower_participle_hung_on_comma,
    _raise_verb_after_reduced_relative,
    _raise_verb_taken_for_reduced_relative,
    _raise_verb_after_participle_set_off,
    _lower_clause_of_whose,
    _lower_whose_clause_taken_for_conjunct,
    _lower_relative_into_reported_clause,
    _lower_name_onto_role_before,
    _raise_verb_from_fronted_phrase,
    _raise_participle_coordinated_after_its_noun,
    _raise_subject_set_off,
    _raise_partner_from_adverbial,
    _raise_conjunct_of_interjected_attribution,
    _raise_verb_after_interjected_source,
    _lower_listed_verb_into_relative,
    _raise_subject_of_auxiliary,
    _lower_modifier_taken_for_subject,
    _lower_relative_clause_told_by_source,
    _join_name_split_at_article,
    _raise_examples_off_name,
    _raise_subjunctive_taken_for_noun,
    _lower_second_object_of_preposition,
    _lower_name_between_fronted_phrase_and_subject,
    _lower_title_set_after_fronted_phrase,
    _raise_subject_off_fronted_participle,
    _coordinate_second_titled_name,
    _raise_first_of_two_titled_names,
    _raise_name_set_off_after_place,
    _lower_title_taken_for_conjunct,
    _lower_names_among_them,
    _lower_relative_clause_onto_name_before,
    _lower_examples_onto_subject_before,
    _split_pair_after_between,
    _raise_subject_of_parallel_gerund,
    _lower_direction_taken_for_head,
    _raise_aim_off_agent,
    _lower_name_before_bracketed_short_form,
    _lower_phrase_set_off_after_object,
    _lower_name_onto_list_set_off_by_dash,
    _lower_name_taken_for_conjunct,
    _lower_description_taken_for_conjunct,
    _lower_description_onto_name_in_of,
    _split_name_from_office_of,
    _split_name_from_post_in_place,
    _raise_participle_done_to_subject,
    _lower_noun_conjunct_onto_object,
    _raise_conjunct_from_place,
    _raise_conjunct_with_own_of,
    _lower_partner_onto_joint_word,
    _lower_place_conjunct_onto_place,
    _coordinate_names_of_plural_verb,
    _lower_label_before_colon,
    _lower_source_after_colon,
    _split_object_from_quoted_label,
    _raise_verb_in_scare_quotes,
    _raise_verb_in_scare_quotes_over_have,
    _lower_means_onto_death,
    _lower_fronted_description_onto_name,
    _lower_of_onto_last_conjunct,
    _raise_content_clause_of_message,
    _raise_reported_clause_after_time,
    _raise_speech_going_on_from_reported_clause,
    _lower_harm_participle_onto_fronted_report,
    _lower_apposition_onto_named_whole,
    _lower_apposition_past_relative_clause,
    _lower_apposition_over_verb,
    _lower_group_description_off_person,
    _lower_role_onto_last_listed_name,
    _lower_acronym_taken_for_copula,
    _raise_past_conjunct_of_present_clause,
    _raise_verb_of_subject_left_without_one,
    _raise_past_tense_from_noun_root,
    _lower_participle_taken_for_clause,
    _lower_infinitive_onto_word_of_intent,
    _lower_title_word_taken_for_preposition,
    _raise_where_clause_off_time,
    _raise_preposition_off_time_adverbial,
    _lower_place_phrase_onto_name_before,
    _split_clauses_joined_at_subject,
    _lower_object_taken_for_source,
    _raise_source_taken_for_apposition,
    _raise_relative_clause_off_date,
    _raise_owning_participle_off_place,
    _split_names_joined_inside_one,
    _raise_harm_clause_off_place,
    _split_outlet_from_subject,
    _lower_list_run_on_into_object,
    _raise_labelling_clause_off_place,
    _raise_office_off_rank,
    _coordinate_second_subject,
    _raise_second_role_out_of_of,
    _raise_preposition_taken_for_modifier,
    _raise_person_conjunct_out_of_of,
    _raise_noun_of_hedged_free_relative,
    _lower_apposition_onto_last_conjunct,
    _raise_names_over_description_set_off,
    _raise_charge_off_target,
    _lower_name_onto_object_of_role,  # (after the list repairs, which may join the name to the office)
)
