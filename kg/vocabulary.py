"""kg's vocabulary, one home for it: the actor types (``kg/data/actor_types.yaml``) and the closed set of predicates
(``kg/data/predicates.yaml``) with the actor types each joins. Every stage that names a type or a predicate reads it
from here: the registry checks its types against it, the ontology declares its classes from it, the view draws its
legend from it.

    load_predicates()["attacks"].kind
    'conflict'
"""

from dataclasses import dataclass
from functools import cache

from kg.resources import load_data

__all__ = ["ACTOR_TYPES", "ARMED_TYPES", "INSTITUTION_TYPES", "PEOPLE_TYPES", "ActorType", "Predicate",
           "load_actor_types", "load_predicates", "assault_predicates", "symmetric_predicates"]


@dataclass(frozen=True)
class ActorType:
    """A type of actor: its name (the ``kg:`` class), label, definition and colour in the view."""

    name: str
    label: str
    definition: str
    colour: str


@cache
def load_actor_types() -> dict[str, ActorType]:
    """The actor types, from kg/data/actor_types.yaml, in the order the view lists them."""
    return {name: ActorType(name=name, label=spec["label"], definition=spec["definition"], colour=spec["colour"])
            for name, spec in load_data("actor_types.yaml")["actor_types"].items()}


ACTOR_TYPES = tuple(load_actor_types())
# The types of actors that are people.
PEOPLE_TYPES = frozenset({"Official", "Person"})
# The types of actors that belong to a state: its institutions and its armed forces.
INSTITUTION_TYPES = frozenset({"GovernmentBody", "ArmedForce"})
# The types of actors that bear arms: a state's forces and the armed groups.
ARMED_TYPES = frozenset({"ArmedForce", "Militia"})


@dataclass(frozen=True)
class Predicate:
    """A predicate of the closed vocabulary and the actor types it joins."""

    name: str
    label: str
    definition: str
    kind: str
    plover: str | None
    subject_types: frozenset[str]
    object_types: frozenset[str]
    symmetric: bool = False
    event: bool = False  # an act that happens on a day, not a standing relation


@cache
def load_predicates() -> dict[str, Predicate]:
    """The predicate vocabulary, from kg/data/predicates.yaml."""
    return {
        name: Predicate(
            name=name, label=spec["label"], definition=spec["definition"], kind=spec["kind"],
            plover=spec.get("plover"), subject_types=frozenset(spec["subject"]),
            object_types=frozenset(spec["object"]), symmetric=bool(spec.get("symmetric", False)),
            event=bool(spec.get("event", False)),
        )
        for name, spec in load_data("predicates.yaml")["predicates"].items()
    }


@cache
def assault_predicates() -> frozenset[str]:
    """The predicates of acts of force (PLOVER's ASSAULT: "attacks", "kills"), whose object is the one struck."""
    return frozenset(name for name, predicate in load_predicates().items() if predicate.plover == "ASSAULT")


def symmetric_predicates() -> frozenset[str]:
    """The predicates that read the same both ways ("negotiates_with")."""
    return frozenset(name for name, predicate in load_predicates().items() if predicate.symmetric)
