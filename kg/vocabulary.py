"""kg's vocabulary, one home for it: the actor types and the closed set of predicates (``kg/data/predicates.yaml``)
with the actor types each joins. Every stage that names a type or a predicate reads it from here.

    load_predicates()["attacks"].kind
    'conflict'
"""

from dataclasses import dataclass
from functools import cache

from kg.resources import load_data

__all__ = ["ACTOR_TYPES", "Predicate", "load_predicates", "symmetric_predicates"]

ACTOR_TYPES = ("Country", "GovernmentBody", "ArmedForce", "Militia", "Official", "Person", "Media",
               "Organization", "Place")


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


def symmetric_predicates() -> frozenset[str]:
    """The predicates that read the same both ways ("negotiates_with")."""
    return frozenset(name for name, predicate in load_predicates().items() if predicate.symmetric)
