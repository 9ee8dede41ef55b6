"""Which place names are countries: a GPE that is one is asked as "which country"
("Which country will continue to provide military advice ...?") rather than "what".

The names come from ISO 3166 (``pycountry``: short, common and official names), plus the
everyday forms news uses that ISO spells differently.
"""

from __future__ import annotations

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
