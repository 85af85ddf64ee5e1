"""Stops without a zone: the zone (and the region) from the gazetteer, said aloud.

A trip file may leave out a stop's ``timezone`` when its city and country name one place,
or places that keep one zone, in the gazetteer (:mod:`planner.gazetteer.cities`): the
officer writes "Shanghai", "CN" and the import keeps Asia/Shanghai. Each value filled in is
reported on a line of its own (``stops[1].timezone: Asia/Shanghai (from Shanghai, CN)``), so
that nobody keeps a zone they did not see. A region left out is filled only for such a stop
and only when every place of that name lies in one region. A place the gazetteer does not
know, or knows in two zones, is refused with its place in the file named: guessing would
put every time of the stop hours off.
"""

from __future__ import annotations

from typing import Any

from planner.tripfile.schema import Problem

ZONE_EXAMPLE = "Asia/Shanghai"


def fill_zones(stops: list[dict[str, Any]]) -> tuple[list[str], list[Problem]]:
    """Fill in the ``timezone`` (and a missing ``region``) of each stop that has none, from
    its ``city`` and ``country`` (already upper case); the lines that say what was filled, and
    the problems of the stops that could not be."""
    notes: list[str] = []
    problems: list[Problem] = []
    for index, data in enumerate(stops):
        if data.get("timezone") is not None:
            continue
        # The gazetteer's modules (about 40 ms) only for a file that leaves a zone out.
        from planner.gazetteer import cities  # noqa: PLC0415

        path = f"stops[{index}]"
        city, country = data["city"].strip(), data["country"]
        found = cities.gazetteer().named(city, country)
        zones = sorted({place.zone for place in found})
        if not zones:
            problems.append(
                Problem(
                    f"{path}.timezone",
                    f"no place {city!r} in {country} in the gazetteer: give the zone "
                    f"(such as {ZONE_EXAMPLE})",
                )
            )
            continue
        if len(zones) > 1:
            problems.append(
                Problem(
                    f"{path}.timezone",
                    f"{len(found)} places called {city!r} in {country} keep different zones "
                    f"({', '.join(zones)}): give the zone",
                )
            )
            continue
        data["timezone"] = zones[0]
        notes.append(f"{path}.timezone: {zones[0]} (from {city}, {country})")
        regions = {place.region for place in found}
        if not data.get("region") and len(regions) == 1 and "" not in regions:
            (data["region"],) = regions
            notes.append(f"{path}.region: {data['region']} (from {city}, {country})")
    return notes, problems
