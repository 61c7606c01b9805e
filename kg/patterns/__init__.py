"""Grammar patterns: each reads one construction of a parsed sentence and yields frames.

A frame is a candidate relation between two argument tokens; ``kg.relations``
resolves the arguments to actors and decides what is kept, and ``kg.scorer``
weighs it with every other reading of the sentence. Each pattern is a small
pure function over a sentence ``Span`` and the lexicon, named for the
construction it reads, with a docstring example that runs as a doctest. The
patterns come in families, one module each:

- ``events``: attacks, killings, threats, demands, talks, fighting;
- ``roles``: leaders, spokespeople, officials;
- ``membership``: members, umbrella groups, backing and alignment;
- ``places``: deployments and places within places;
- ``speech``: what speakers, outlets and designations say of an actor;
- ``helpers``: the frame, the walks over the parse and the checks every family shares.

Word lists live in the lexicon (``kg/data/lexicon.yaml``), each pattern's
confidence in the table of patterns (``kg/data/patterns.yaml``).
"""

from kg.patterns.events import (active_verb, casualties_of_the_attacked, counted_among_the_dead, dead_placed_in_group,
                                targets_listed,
                                dead_told_as_members, event_agents,
                                event_noun, fighting_until_departure, fighting_while_present,
                                mutual_fighting, negotiation, passive_agent, possessed_killing, promised_retaliation,
                                provoked_retaliation, retaliation_told,
                                resultative, unattributed_deaths, warning)
from kg.patterns.helpers import (MODIFIER_DEPS, PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, SUBJECT_DEPS, Frame,
                                 acts_happened_in, asked_by_noun, agents_in_phrase, issuing_verb, takes_part,
                                 charged_with_harm, conjuncts,
                                 direct_objects, examples_of, foreseen, is_definite,
                                 governing_verb, in_charge_content, in_condition, in_future, is_blocked, lasted,
                                 lemma_of,
                                 negated, obliged,
                                 opens_a_question, passive_agents,
                                 pattern_confidence, pattern_setting, prep_objects, raised_for, read,
                                 relative_antecedent,
                                 loose_participle_noun, Sentence, speaker_for, subjects_of, loose_participles,
                                 name_set_off_after, names_a_person, names_a_place, names_an_armed_force,
                                 picks_a_part, right_holder,
                                 set_against, supposed, titled_states,
                                 verb_predicate, what_it_is_called)
from kg.patterns.membership import (alignment, backed_modifier, coming_to_aid, composition, following_orders,
                                    installing_in_office, membership, named_as_members, organisation_of,
                                    others_of_the_whole,
                                    support_from, umbrella_apposition)
from kg.patterns.places import casualties_at_target, deployment, deployment_verb, location
from kg.patterns.roles import in_charge, role_apposition, voiced_on_behalf
from kg.patterns.speech import (allegation, attribution, blame, conditional_threat, demanded_clause,
                                demanded_end_of_wrong, designation,
                                ending_presence,
                                held_responsible, instruction, labelled_fault, labelled_occupier, marked_as_target,
                                penalty_to_come, quotation_source,
                                refusal, rejection, reported_coercion, reported_consequences, reported_demand,
                                release_demanded, reported_fault, reported_threat, summoned_envoy,
                                traded_accusations, unstated_objection)

__all__ = ["Frame", "PATTERNS", "MODIFIER_DEPS", "PASSIVE_SUBJECT_DEPS", "RELATIVE_PRONOUNS", "SUBJECT_DEPS",
           "acts_happened_in", "agents_in_phrase", "asked_by_noun", "issuing_verb", "takes_part",
           "charged_with_harm", "conjuncts", "direct_objects", "event_agents", "examples_of", "foreseen", "is_definite",
           "governing_verb",
           "in_charge_content", "in_condition", "in_future", "is_blocked", "lasted", "lemma_of", "negated", "obliged",
           "opens_a_question",
           "passive_agents", "pattern_confidence", "pattern_setting", "prep_objects", "raised_for", "read",
           "relative_antecedent",
           "loose_participle_noun", "loose_participles", "name_set_off_after", "names_a_person",
           "names_a_place", "names_an_armed_force", "picks_a_part",
           "Sentence",
           "right_holder", "set_against", "speaker_for", "subjects_of", "supposed", "titled_states", "verb_predicate",
           "what_it_is_called"]

PATTERNS = (
    active_verb, passive_agent, event_noun, resultative, negotiation, warning, backed_modifier, role_apposition,
    membership, umbrella_apposition, composition, alignment, organisation_of, deployment, deployment_verb, location,
    quotation_source, labelled_fault, mutual_fighting, promised_retaliation, support_from, designation, reported_fault,
    reported_demand, reported_threat, reported_coercion, reported_consequences, rejection, blame, held_responsible,
    ending_presence, refusal, marked_as_target, attribution, conditional_threat, casualties_at_target, instruction,
    demanded_clause, installing_in_office, coming_to_aid, following_orders, summoned_envoy, others_of_the_whole,
    unattributed_deaths, labelled_occupier, fighting_until_departure, counted_among_the_dead, dead_told_as_members,
    dead_placed_in_group, targets_listed, possessed_killing,
    allegation, casualties_of_the_attacked, fighting_while_present, demanded_end_of_wrong, traded_accusations,
    in_charge, provoked_retaliation, named_as_members, release_demanded, unstated_objection, retaliation_told,
    voiced_on_behalf, penalty_to_come,
)
