"""``outside-stop`` and ``lodging``: the stay at each stop.

A meeting belongs to a stop, and the delegation is there only between the stop's arrival and
departure; a meeting outside that window cannot happen as planned. A stay that spans a local
midnight needs a bed, so a stop whose arrival and departure fall on different local dates and
that names neither a hotel nor an address is reported (a confirmation number alone does not
tell anyone where to go).
"""

from __future__ import annotations

from collections.abc import Iterator

from planner import localtime
from planner.checks import wording
from planner.checks.facts import TripFacts
from planner.checks.problems import ERROR, LODGING, OUTSIDE_STOP, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_outside_stops(facts: TripFacts, settings: CheckSettings) -> Iterator[Problem]:
    stops = {s.uuid: s for s in facts.stops}
    for meeting in facts.meetings:
        stop = stops.get(meeting.stop_uuid)
        if meeting.cancelled or stop is None:
            continue
        early = stop.arrive is not None and meeting.start < stop.arrive
        late = stop.depart is not None and meeting.end > stop.depart
        if not (early or late):
            continue
        title = wording.quoted(meeting.title)
        if early and late:
            assert stop.arrive is not None and stop.depart is not None
            text = (
                f"{title} ({wording.when(meeting.start, meeting.zone)} to "
                f"{wording.when(meeting.end, meeting.zone)}) is longer than the stay in "
                f"{stop.city} (arriving {wording.when(stop.arrive, stop.zone)}, leaving "
                f"{wording.when(stop.depart, stop.zone)})"
            )
        elif early:
            assert stop.arrive is not None
            text = (
                f"{title} starts {wording.when(meeting.start, meeting.zone)}, before the "
                f"delegation arrives in {stop.city} ({wording.when(stop.arrive, stop.zone)})"
            )
        else:
            assert stop.depart is not None
            text = (
                f"{title} ends {wording.when(meeting.end, meeting.zone)}, after the "
                f"delegation leaves {stop.city} ({wording.when(stop.depart, stop.zone)})"
            )
        yield Problem(
            kind=OUTSIDE_STOP,
            severity=ERROR,
            message=text,
            items=(meeting.title,),
            instant=meeting.start if early else meeting.end,
            zone=meeting.zone,
            meeting_uuids=(meeting.uuid,),
            stop_uuid=stop.uuid,
        )


def check_lodging(facts: TripFacts, settings: CheckSettings) -> Iterator[Problem]:
    for stop in facts.stops:
        if stop.arrive is None or stop.depart is None or stop.has_lodging:
            continue
        first = localtime.local_date(stop.arrive, stop.zone)
        last = localtime.local_date(stop.depart, stop.zone)
        nights = (last - first).days
        if nights <= 0:
            continue
        yield Problem(
            kind=LODGING,
            severity=WARNING,
            message=(
                f"No lodging in {stop.city} for {nights} night{'s' if nights > 1 else ''} "
                f"(arriving {wording.when(stop.arrive, stop.zone)}, leaving "
                f"{wording.when(stop.depart, stop.zone)})"
            ),
            instant=stop.arrive,
            zone=stop.zone,
            stop_uuid=stop.uuid,
        )
