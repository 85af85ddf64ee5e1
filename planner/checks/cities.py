"""Where the cities of a trip are, for the ``venue-travel`` check's distances.

The places come from the gazetteer (:mod:`planner.gazetteer.cities`: GeoNames, offline, so the
checks never wait on a service), under any name a user types: the English, the German and the
Chinese (``Nuremberg``, ``Nürnberg``, ``纽伦堡``). A city not in it is unknown, and the check says
nothing about it rather than guessing.
"""

from __future__ import annotations

import math

from planner.gazetteer import cities

SOURCE = cities.SOURCE
EARTH_RADIUS_KM = 6371.0


def coordinates(city: str, country: str) -> tuple[float, float] | None:
    """Latitude and longitude of ``city`` in ``country`` (ISO code), or None if unknown.

    Names compare without case and accents (``munchen`` is ``München``); the country keeps
    a Frankfurt of another country from being taken for this one, and of two cities of one
    name in a country the one whose own name it is, then the larger, is meant (Frankfurt
    is Frankfurt am Main, not Frankfurt (Oder))."""
    found = cities.gazetteer().named(city, country)
    return (found[0].latitude, found[0].longitude) if found else None


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine): the straight line, which roads only lengthen."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
