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


def parse_yaml(text: str) -> Any:
    """YAML parsed safely, by libyaml where PyYAML was built with it (the pure-Python parser takes ten times as long
    over the registry)."""
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def load_data(name: str) -> Any:
    """The parsed content of a YAML file in kg/data/, read once."""
    return parse_yaml(data_text(name))
