"""Where a calendar's meetings are, as GEO: the venue's city from the gazetteer.

A city's point (GeoNames' coordinates of the city, :mod:`planner.gazetteer.cities`), not the
venue's door: the store knows a venue by name and address, and guessing a street's position
offline is not possible. Clients that draw a map from GEO (Apple, some Android calendars)
then show the right city; LOCATION stays the text people and route planners read.

A trip has a handful of cities and may have a thousand meetings, so the cities are looked up
once per calendar, each distinct city once (:func:`coordinates`), never per event; a city
the gazetteer does not know (a village under 15,000 people, a typing error) simply gets no
GEO. The gazetteer is imported here, on first use, so that importing the calendar package
does not open it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Place = tuple[str, str]
"""A city's name and its country's ISO code, as the store holds them."""
Point = tuple[float, float]
"""Latitude and longitude in degrees."""


def coordinates(places: Iterable[Place]) -> Mapping[Place, Point]:
    """The point of each of ``places`` the gazetteer knows, keyed as given: the first city of
    that name in that country, as the checks take it (the city whose own name it is, then the
    largest). Spellings that differ in case or spaces only are looked up once."""
    keys: dict[Place, list[Place]] = {}
    for city, country in set(places):
        key = (city.strip(), country.strip().upper())
        if key[0] and len(key[1]) == 2:
            keys.setdefault(key, []).append((city, country))
    if not keys:
        return {}
    from planner.gazetteer import cities  # noqa: PLC0415 - opened only for a calendar's cities

    gazetteer = cities.gazetteer()
    found: dict[Place, Point] = {}
    for key, given in sorted(keys.items()):
        named = gazetteer.named(*key)
        if named:
            point = (round(named[0].latitude, 6), round(named[0].longitude, 6))
            found.update(dict.fromkeys(given, point))
    return found
