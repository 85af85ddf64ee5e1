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


def place(city: str, country: str) -> Place:
    """The key a city is looked up and found under."""
    return city.strip(), country.strip().upper()


def coordinates(places: Iterable[Place]) -> Mapping[Place, Point]:
    """The point of each of ``places`` (made by :func:`place`) the gazetteer knows: the first
    of a name in a country, as the checks take it (the city whose own name it is, then the
    largest)."""
    wanted = {(city, country) for city, country in places if city and len(country) == 2}
    if not wanted:
        return {}
    from planner.gazetteer import cities  # noqa: PLC0415 - opened only for a calendar's cities

    gazetteer = cities.gazetteer()
    found: dict[Place, Point] = {}
    for city, country in sorted(wanted):
        named = gazetteer.named(city, country)
        if named:
            found[(city, country)] = (round(named[0].latitude, 6), round(named[0].longitude, 6))
    return found
