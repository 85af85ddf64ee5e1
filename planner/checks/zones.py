"""``zone``: a stop kept in a zone no place of its country uses.

Every time of a stop is entered and shown in its zone, so a Chinese stop left in
Europe/Berlin puts each meeting there seven hours off without anything looking wrong. The
zones a country uses are the tz database's own (:mod:`planner.gazetteer.zones`); a link to
one of them (Asia/Chongqing) is no finding, nor is a country the database lists no zone for.
When the country uses three zones or fewer the message names them.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner.checks.facts import TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import WARNING, ZONE, Problem
from planner.checks.settings import CheckSettings
from planner.gazetteer import zones

SUGGESTED = 3
"""Zones of a country up to which the message names them all."""


def check_zones(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    for stop in facts.stops:
        if not stop.country or zones.used_in(stop.zone, stop.country) is not False:
            continue
        used = sorted(zones.country_zones(stop.country.upper()))
        at = stop.arrive or stop.depart
        zone = words.zone_named(stop.zone, at)
        values = {"city": stop.city, "zone": zone, "country": words.country(stop.country)}
        if len(used) <= SUGGESTED:
            suggested = words.text("names.sep").join(words.zone_named(z, at) for z in used)
            text = words.text("zone.suggest", zones=suggested, **values)
        else:
            text = words.text("zone", **values)
        yield Problem(
            kind=ZONE,
            severity=WARNING,
            message=text,
            instant=stop.arrive or stop.depart,
            zone=stop.zone,
            stop_uuid=stop.uuid,
        )
