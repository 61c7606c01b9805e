"""The versioned data files shipped inside the package (registry, lexicon, queries)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

__all__ = ["load_data", "data_text", "data_path", "parse_yaml"]


def data_path(name: str) -> Path:
    """The path of a file in kg/data/ (which may not exist yet)."""
    return Path(str(resources.files("kg").joinpath("data", name)))


def data_text(name: str) -> str:
    """The text of a file in kg/data/."""
    return resources.files("kg").joinpath("data", name).read_text(encoding="utf-8")


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses a key given twice in one mapping: YAML would keep the last silently, and a word
    list named twice would lose the first."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} is given twice in one mapping", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def parse_yaml(text: str) -> Any:
    """YAML parsed safely, by libyaml where PyYAML was built with it (the pure-Python parser takes ten times as long
    over the registry); a key given twice in one mapping is an error.

    >>> parse_yaml("words: [a]\\nwords: [b]")
    Traceback (most recent call last):
    ...
    yaml.constructor.ConstructorError: the key 'words' is given twice in one mapping
      in "<unicode string>", line 2, column 1
    """
    return yaml.load(text, Loader=_UniqueKeyLoader)


@cache
def load_data(name: str) -> Any:
    """The parsed content of a YAML file in kg/data/, read once."""
    return parse_yaml(data_text(name))
