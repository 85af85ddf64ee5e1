"""``venue-travel``: two venues an hour apart booked back to back.

A delegation based in Frankfurt visits Ludwigshafen in the morning and signs in Heidelberg in
the afternoon; the transfer checks see no travel between them because both meetings belong to
the Frankfurt stop. This check walks the delegation's day in order (its meetings and its
transfers) and, for each two in a row whose places are in different cities, compares the
time between them with the drive.

The drive is reckoned, not routed (the check runs offline after every edit): the straight
line between the two cities' coordinates (:mod:`planner.checks.cities`) times
:data:`ROAD_FACTOR` for the way roads wind, at :data:`ROAD_SPEED_KMH`, the average a car
keeps door to door in a German or Chinese city region with its traffic, plus the office's
buffer (:attr:`CheckSettings.venue_buffer`: parking, the gate, finding the room). A place
is the venue's city (the stop's when the venue names none), a transfer's ends are its stops'
cities. A city not in the gazetteer gives no finding: the check cannot tell, and says
nothing rather than guess. Meetings count as the transfer checks count them: not cancelled,
with a delegation member present or nobody listed yet.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from planner.checks import cities
from planner.checks.facts import MeetingFact, StopFact, TransferFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import VENUE_TRAVEL, WARNING, Problem
from planner.checks.settings import CheckSettings

ROAD_SPEED_KMH = 60
"""Average speed door to door by car within a city region, traffic included."""
ROAD_FACTOR = 1.3
"""Road distance over straight-line distance, the usual detour factor for regional roads."""


def check_venue_travel(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    buffer = dt.timedelta(minutes=settings.venue_buffer)
    for earlier, later in pairwise(_timeline(facts)):
        if earlier.meeting is None and later.meeting is None:
            continue  # two transfers in a row: the travel-gap check's business
        gap = later.start - earlier.end
        if gap < dt.timedelta(0):
            continue  # overlaps and meetings during travel are reported by their own checks
        km = _distance(earlier.leaves_from, later.arrives_at)
        if km is None:
            continue
        need = drive(km) + buffer
        if gap < need:
            yield _problem(earlier, later, gap=gap, km=km, need=need, words=words)


def drive(km: float) -> dt.timedelta:
    """How long the drive over ``km`` kilometres of straight line takes."""
    return dt.timedelta(hours=km * ROAD_FACTOR / ROAD_SPEED_KMH)


@dataclass(frozen=True)
class _Place:
    city: str
    country: str
    zone: str


@dataclass(frozen=True)
class _Step:
    """A meeting, or a transfer between two stops, with where it begins and ends."""

    start: dt.datetime
    end: dt.datetime
    arrives_at: _Place
    leaves_from: _Place
    stop_uuid: str
    meeting: MeetingFact | None = None
    transfer: TransferFact | None = None


def _timeline(facts: TripFacts) -> list[_Step]:
    stops = {s.uuid: s for s in facts.stops}
    delegates = {uuid for uuid, person in facts.people.items() if person.is_delegate}
    steps = []
    for m in facts.meetings:
        stop = stops.get(m.stop_uuid)
        if stop is None or m.cancelled:
            continue
        if m.participant_uuids and not any(u in delegates for u in m.participant_uuids):
            continue
        here = _Place(m.venue_city or stop.city, stop.country, m.zone)
        steps.append(_Step(m.start, m.end, here, here, stop.uuid, meeting=m))
    for t in facts.transfers:
        if t.from_stop_uuid is None or t.to_stop_uuid is None:
            continue  # a leg from or to home: no venue on the far side to travel from or to
        origin, target = stops.get(t.from_stop_uuid), stops.get(t.to_stop_uuid)
        if origin is None or target is None:
            continue
        steps.append(
            _Step(
                t.depart,
                t.arrive,
                arrives_at=_at(origin, t.depart_zone),
                leaves_from=_at(target, t.arrive_zone),
                stop_uuid=origin.uuid,
                transfer=t,
            )
        )
    steps.sort(key=lambda s: (s.start, s.end))
    return steps


def _at(stop: StopFact, zone: str) -> _Place:
    return _Place(stop.city, stop.country, zone)


def _distance(a: _Place, b: _Place) -> float | None:
    """Kilometres between two places in different known cities; None when either city is
    unknown or both are the same."""
    here = cities.coordinates(a.city, a.country)
    there = cities.coordinates(b.city, b.country)
    if here is None or there is None or here == there:
        return None
    return cities.distance_km(here, there)


def _problem(
    earlier: _Step,
    later: _Step,
    *,
    gap: dt.timedelta,
    km: float,
    need: dt.timedelta,
    words: Words,
) -> Problem:
    values = {
        "gap": words.duration(gap),
        "km": str(round(km)),
        "need": words.duration(_whole_minutes(need)),
        "origin": earlier.leaves_from.city,
        "city": later.arrives_at.city,
    }
    zone = later.arrives_at.zone
    if later.meeting is not None:
        title, start = words.quoted(later.meeting.title), words.when(later.start, zone)
        if earlier.meeting is not None:
            previous = words.quoted(earlier.meeting.title)
            text = words.text(
                "venue_travel.meeting", title=title, start=start, previous=previous, **values
            )
        else:
            assert earlier.transfer is not None
            transfer = words.transfer(earlier.transfer)
            text = words.text(
                "venue_travel.arrival", title=title, start=start, transfer=transfer, **values
            )
    else:
        assert later.transfer is not None and earlier.meeting is not None
        text = words.text(
            "venue_travel.departure",
            transfer=words.transfer(later.transfer),
            depart=words.when(later.start, zone),
            title=words.quoted(earlier.meeting.title),
            **values,
        )
    steps = (earlier, later)
    return Problem(
        kind=VENUE_TRAVEL,
        severity=WARNING,
        message=text,
        items=tuple(_title(s) for s in steps),
        instant=later.start,
        zone=zone,
        meeting_uuids=tuple(s.meeting.uuid for s in steps if s.meeting is not None),
        transfer_uuids=tuple(s.transfer.uuid for s in steps if s.transfer is not None),
        stop_uuid=later.stop_uuid,
    )


def _title(step: _Step) -> str:
    if step.meeting is not None:
        return step.meeting.title
    assert step.transfer is not None
    return step.transfer.title


def _whole_minutes(span: dt.timedelta) -> dt.timedelta:
    """Rounded up to the minute: "about 41 min", never a second less than the drive."""
    minutes = -(-span.total_seconds() // 60)
    return dt.timedelta(minutes=minutes)
