"""The lexicon of cue words kg's patterns read, loaded from kg/data/lexicon.yaml."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from typing import Any

from kg.resources import load_data

__all__ = ["Lexicon", "load_lexicon"]


def _words(values: list[str]) -> frozenset[str]:
    # multiword entries are written with "_" or " "; patterns compare lowercased lemmas joined by "_"
    return frozenset(v.lower().replace(" ", "_") for v in values)


def _table(mapping: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {key: _words(values) for key, values in mapping.items()}


def _reverse(mapping: dict[str, list[str]]) -> dict[str, str]:
    return {word: key for key, words in _table(mapping).items() for word in words}


@dataclass(frozen=True)
class Lexicon:
    """Cue words by role; every set holds lowercased lemmas."""

    version: int
    verb_predicates: dict[str, str]
    noun_predicates: dict[str, str]
    weapon_verbs: frozenset[str]
    impact_verbs: frozenset[str]
    target_preps: frozenset[str]
    vicinity_preps: frozenset[str]
    undergoing_verbs: frozenset[str]
    wanting_verbs: frozenset[str]
    acceptance_verbs: frozenset[str]
    refusing_verbs: frozenset[str]
    inclusion_preps: frozenset[str]
    warning_verbs: frozenset[str]
    safety_nouns: frozenset[str]
    having_verbs: frozenset[str]
    speech_going_on_verbs: frozenset[str]
    group_name_words: frozenset[str]
    culprit_preps: frozenset[str]
    culprit_adjectives: frozenset[str]
    located_targets: frozenset[str]
    alias_phrases: frozenset[str]
    translation_phrases: frozenset[str]
    self_naming_phrases: frozenset[str]
    organisation_heads: frozenset[str]
    force_heads: frozenset[str]
    claim_judgements: frozenset[str]
    outlet_name_heads: frozenset[str]
    armed_group_nouns: frozenset[str]
    noun_target_preps: dict[str, frozenset[str]]  # by predicate, beside target_preps
    agent_preps: frozenset[str]
    adversary_preps: frozenset[str]
    argument_bridges: frozenset[str]
    ending_nouns: frozenset[str]
    committee_nouns: frozenset[str]
    stand_in_nouns: frozenset[str]
    counterpart_nouns: frozenset[str]
    sway_nouns: frozenset[str]
    helping_verb_forms: frozenset[str]
    agreeing_verbs: frozenset[str]
    allotted_nouns: frozenset[str]
    reciprocal_fight_verbs: frozenset[str]
    reciprocal_pronoun_heads: frozenset[str]
    help_nouns: frozenset[str]
    regional_modifiers: frozenset[str]
    whole_group_nouns: frozenset[str]
    territory_nouns: frozenset[str]
    coercive_acts: frozenset[str]
    threat_outcomes: frozenset[str]
    threat_verbs: frozenset[str]
    condition_marks: frozenset[str]
    dear_payments: frozenset[str]
    reliance_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    rightful_adjectives: frozenset[str]
    purpose_verbs: frozenset[str]
    founding_verbs: frozenset[str]
    state_nouns: frozenset[str]
    lying_verbs: frozenset[str]
    welcome_adjectives: frozenset[str]
    unwelcome_adjectives: frozenset[str]
    inverted_condition_auxes: frozenset[str]
    retaliation_words: frozenset[str]
    inaction_words: frozenset[str]
    ending_acts: frozenset[str]
    seeking_verbs: frozenset[str]
    withdrawal_nouns: frozenset[str]
    force_nouns: frozenset[str]
    force_site_nouns: frozenset[str]
    civilian_modifiers: frozenset[str]
    driving_preps: frozenset[str]
    custody_words: frozenset[str]
    company_preps: frozenset[str]
    community_adjectives: frozenset[str]
    function_nouns: frozenset[str]
    portfolio_words: frozenset[str]
    backing_verbs: frozenset[str]
    institutional_force_modifiers: frozenset[str]
    inverted_condition_auxiliaries: frozenset[str]
    hero_nouns: frozenset[str]
    intent_nouns: frozenset[str]
    mourning_verbs: frozenset[str]
    accredited_nouns: frozenset[str]
    cabinet_nouns: frozenset[str]
    avenged_nouns: frozenset[str]
    allied_standings: frozenset[str]
    ministry_nouns: frozenset[str]
    side_nouns: frozenset[str]
    mission_nouns: frozenset[str]
    installation_nouns: frozenset[str]
    hosting_verbs: frozenset[str]
    using_verbs: frozenset[str]
    carrying_verbs: frozenset[str]
    owning_verbs: frozenset[str]
    affiliated_nouns: frozenset[str]
    hearsay_verbs: frozenset[str]
    example_preps: frozenset[str]
    co_agent_preps: frozenset[str]
    co_agent_words: frozenset[str]
    reciprocal_verbs: frozenset[str]
    satisfied_nouns: frozenset[str]
    death_verbs: frozenset[str]
    loss_verbs: frozenset[str]
    discussion_verbs: frozenset[str]
    phone_nouns: frozenset[str]
    hostile_standings: frozenset[str]
    enabling_verbs: frozenset[str]
    interception_verbs: frozenset[str]
    innocent_nouns: frozenset[str]
    minister_titles: frozenset[str]
    supposing_determiners: frozenset[str]
    supposing_modifiers: frozenset[str]
    signing_verbs: frozenset[str]
    pact_nouns: frozenset[str]
    deployment_verbs: frozenset[str]
    keeping_verbs: frozenset[str]
    containment_preps: frozenset[str]
    former_words: frozenset[str]
    location_preps: frozenset[str]
    direction_words: frozenset[str]
    speech_verbs: frozenset[str]
    report_verbs: frozenset[str]
    telling_verbs: frozenset[str]
    instructing_verbs: frozenset[str]
    interview_nouns: frozenset[str]
    talking_verbs: frozenset[str]
    role_predicates: dict[str, str]
    stance_predicates: dict[str, str]
    role_by_object_type: dict[str, dict[str, str]]
    affiliation_roles: frozenset[str]
    titles: frozenset[str]
    position_nouns: frozenset[str]
    needing_verbs: frozenset[str]
    people_plurals: frozenset[str]
    granting_verbs: frozenset[str]
    trading_verbs: frozenset[str]
    blame_nouns: frozenset[str]
    time_limit_nouns: frozenset[str]
    clock_nouns: frozenset[str]
    asking_verbs: frozenset[str]
    member_plurals: frozenset[str]
    collective_plurals: frozenset[str]
    honorifics: frozenset[str]
    kunya_words: frozenset[str]
    not_actors: frozenset[str]
    event_name_words: frozenset[str]
    message_nouns: frozenset[str]
    timing_nouns: frozenset[str]
    institution_nouns: frozenset[str]
    resultative_verbs: frozenset[str]
    resultative_states: dict[str, str]
    place_nouns: frozenset[str]
    fault_words: frozenset[str]
    labelling_verbs: frozenset[str]
    justification_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    occupation_words: frozenset[str]
    treating_verbs: frozenset[str]
    target_labels: frozenset[str]
    demand_words: frozenset[str]
    demanded_acts: frozenset[str]
    accountability_words: frozenset[str]
    obligation_modals: frozenset[str]
    unasked_acts: frozenset[str]
    continuation_verbs: frozenset[str]
    dead_words: frozenset[str]
    avenging_verbs: frozenset[str]
    answering_preps: frozenset[str]
    aftermath_preps: frozenset[str]
    time_preps: frozenset[str]
    pretext_nouns: frozenset[str]
    answering_nouns: frozenset[str]
    provoking_verbs: frozenset[str]
    departure_words: frozenset[str]
    reach_nouns: frozenset[str]
    hesitation_verbs: frozenset[str]
    hindering_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    bond_nouns: frozenset[str]
    blocking_words: frozenset[str]
    future_words: frozenset[str]
    safety_words: frozenset[str]
    planning_verbs: frozenset[str]
    wishing_verbs: frozenset[str]
    attempt_verbs: frozenset[str]
    backing_modifiers: frozenset[str]
    aligned_modifiers: frozenset[str]
    alignment_adjectives: frozenset[str]
    hostility_adjectives: frozenset[str]
    mutual_fight_nouns: frozenset[str]
    unarmed_manners: frozenset[str]
    unanswered_adjectives: frozenset[str]
    stationing_nouns: frozenset[str]
    designation_verbs: frozenset[str]
    sanction_verbs: frozenset[str]
    sanction_nouns: frozenset[str]
    designation_lists: frozenset[str]
    terror_words: frozenset[str]
    plotting_verbs: frozenset[str]
    attribution_verbs: frozenset[str]
    source_verbs: frozenset[str]
    evidence_nouns: frozenset[str]
    implicating_verbs: frozenset[str]
    given_name_verbs: frozenset[str]
    name_connectors: frozenset[str]
    signature_nouns: frozenset[str]
    light_verbs: frozenset[str]
    mission_verbs: frozenset[str]
    response_verbs: frozenset[str]
    reckoning_verbs: frozenset[str]
    agent_participles: frozenset[str]
    partitives: frozenset[str]
    participation_verbs: frozenset[str]
    area_nouns: frozenset[str]
    summoning_verbs: frozenset[str]
    envoy_nouns: frozenset[str]
    phoning_verbs: frozenset[str]
    broadcasting_verbs: frozenset[str]
    installing_verbs: frozenset[str]
    office_nouns: frozenset[str]
    aid_nouns: frozenset[str]
    hastening_verbs: frozenset[str]
    following_verbs: frozenset[str]
    order_nouns: frozenset[str]
    province_nouns: frozenset[str]
    landmark_nouns: frozenset[str]
    copular_verbs: frozenset[str]
    penalty_nouns: frozenset[str]
    addressing_verbs: frozenset[str]
    responsibility_verbs: frozenset[str]
    blamed_responsibility_verbs: frozenset[str]
    holding_verbs: frozenset[str]
    pinning_verbs: frozenset[str]
    charging_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    relocation_verbs: frozenset[str]
    informant_nouns: frozenset[str]
    life_taking_verbs: frozenset[str]
    alleging_verbs: frozenset[str]
    undergone_nouns: frozenset[str]
    threat_complement_verbs: frozenset[str]
    umbrella_heads: frozenset[str]
    umbrella_words: frozenset[str]
    partitive_pronouns: frozenset[str]
    partitive_preps: frozenset[str]
    deputy_words: frozenset[str]
    tenure_words: frozenset[str]
    staying_words: frozenset[str]
    sent_nouns: frozenset[str]
    instrument_verbs: frozenset[str]
    recalling_verbs: frozenset[str]
    standing_nouns: frozenset[str]
    injury_nouns: frozenset[str]
    stopping_verbs: frozenset[str]
    rank_words: frozenset[str]
    seat_nouns: frozenset[str]
    rejection_nouns: frozenset[str]
    leading_modifiers: frozenset[str]
    proxy_nouns: frozenset[str]
    ally_nouns: frozenset[str]
    membership_preps: frozenset[str]
    membership_heads: frozenset[str]
    body_nouns: frozenset[str]
    membership_verbs: frozenset[str]
    appointing_verbs: frozenset[str]
    joining_verbs: frozenset[str]
    composition_verbs: frozenset[str]
    constituent_verbs: frozenset[str]
    constituted_verbs: frozenset[str]
    umbrella_nouns: frozenset[str]
    alignment_verbs: frozenset[str]
    descriptions: dict[str, frozenset[str]]
    office_synonyms: dict[str, frozenset[str]]
    type_cues: dict[str, frozenset[str]]
    interview_marks: dict[str, frozenset[str]]
    nominalised_acts: dict[str, frozenset[str]]
    count_words: dict[str, int]
    ship_prefixes: frozenset[str]
    company_nouns: frozenset[str]
    summary_nouns: frozenset[str]
    open_choice_marks: frozenset[str]
    contrast_marks: frozenset[str]
    comparison_preps: frozenset[str]
    duty_verbs: frozenset[str]
    unit_nouns: frozenset[str]
    occurring_verbs: frozenset[str]

    def act_noun_tag(self, word: str) -> str | None:
        """The tag of a lowercased noun of an act the lexicon reads: "NN" for the noun ("strike", "talks"), "NNS"
        for its plural ("strikes"); None for any other word.

        >>> lexicon = load_lexicon()
        >>> lexicon.act_noun_tag("strike"), lexicon.act_noun_tag("airstrikes"), lexicon.act_noun_tag("hezbollah")
        ('NN', 'NNS', None)
        """
        if word in self.noun_predicates:
            return "NN"
        return "NNS" if word.endswith("s") and word[:-1] in self.noun_predicates else None

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> "Lexicon":
        return cls(
            version=int(data["version"]),
            verb_predicates=_reverse(data["verbs"]),
            noun_predicates=_reverse(data["nouns"]),
            role_predicates=_reverse(data["roles"]),
            stance_predicates=_reverse(data["stance_nouns"]),
            resultative_states=_reverse(data["resultative_states"]),
            role_by_object_type={role: dict(by_type) for role, by_type in data["role_by_object_type"].items()},
            descriptions=_table(data["descriptions"]),
            office_synonyms=_table(data["office_synonyms"]),
            type_cues=_table(data["type_cues"]),
            interview_marks=_table(data["interview_marks"]),
            nominalised_acts=_table(data["nominalised_acts"]),
            count_words={word: int(count) for word, count in data["count_words"].items()},
            noun_target_preps=_table(data["noun_target_preps"]),
            # every other field is a set of words, read from the key of the same name
            **{field.name: _words(data[field.name]) for field in fields(cls) if field.type == "frozenset[str]"},
        )


@cache
def load_lexicon() -> Lexicon:
    """The package's lexicon, read once."""
    return Lexicon.from_data(load_data("lexicon.yaml"))
