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
from planner.checks.facts import TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import ERROR, LODGING, OUTSIDE_STOP, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_outside_stops(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    stops = {s.uuid: s for s in facts.stops}
    for meeting in facts.meetings:
        stop = stops.get(meeting.stop_uuid)
        if meeting.cancelled or stop is None:
            continue
        early = stop.arrive is not None and meeting.start < stop.arrive
        late = stop.depart is not None and meeting.end > stop.depart
        if not (early or late):
            continue
        values = {
            "title": words.quoted(meeting.title),
            "city": stop.city,
            "start": words.when(meeting.start, meeting.zone),
            "end": words.when(meeting.end, meeting.zone),
            "arrive": words.when(stop.arrive, stop.zone) if stop.arrive else "",
            "depart": words.when(stop.depart, stop.zone) if stop.depart else "",
        }
        if early and late:
            text = words.text("outside_stop.both", **values)
        elif early:
            text = words.text("outside_stop.early", **values)
        else:
            text = words.text("outside_stop.late", **values)
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


def check_lodging(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
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
            message=words.plural(
                "lodging",
                nights,
                city=stop.city,
                nights=nights,
                arrive=words.when(stop.arrive, stop.zone),
                depart=words.when(stop.depart, stop.zone),
            ),
            instant=stop.arrive,
            zone=stop.zone,
            stop_uuid=stop.uuid,
        )
