"""``night-hours``: a meeting that starts too early or ends too late, where people are.

The hours are local wall times, so they are judged in each place the meeting is held: at its
stop, and at each branch venue in that venue's own zone. A hybrid session at 19:00 in Frankfurt
is 01:00 in Changzhou, and the people joining from there are the ones who pay for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from planner import localtime
from planner.checks.facts import MeetingFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import NIGHT_HOURS, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_night_hours(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    cities = {s.uuid: s.city for s in facts.stops}
    for meeting in facts.meetings:
        if meeting.cancelled:
            continue
        # One verdict per zone: venues sharing a zone share their local times.
        places: dict[str, _Place] = {
            meeting.zone: _Place(cities.get(meeting.stop_uuid), False, list(meeting.attendee_uuids))
        }
        for branch in meeting.branches:
            if branch.zone in places:
                places[branch.zone].people.extend(branch.attendee_uuids)
            else:
                places[branch.zone] = _Place(branch.city, True, list(branch.attendee_uuids))
        for zone, place in places.items():
            problem = _problem(meeting, zone, place, facts, settings, words=words)
            if problem is not None:
                yield problem


@dataclass
class _Place:
    city: str | None
    branch: bool
    people: list[str]


def _problem(
    meeting: MeetingFact,
    zone: str,
    place: _Place,
    facts: TripFacts,
    settings: CheckSettings,
    *,
    words: Words,
) -> Problem | None:
    start = localtime.local(meeting.start, zone)
    end = localtime.local(meeting.end, zone)
    early = start.time() < settings.earliest_start
    late = end.replace(tzinfo=None) > dt.datetime.combine(start.date(), settings.latest_end)
    if not (early or late):
        return None
    where = ""
    if place.city is not None:
        key = "night.where.branch" if place.branch else "night.where.city"
        where = words.text(key, city=place.city)
    values = {
        "title": words.quoted(meeting.title),
        "where": where,
        "earliest": settings.earliest_start.strftime("%H:%M"),
        "latest": settings.latest_end.strftime("%H:%M"),
    }
    if early and late:
        text = words.text(
            "night.both",
            start=words.when(meeting.start, zone),
            end=words.day_clock(meeting.end, zone),
            **values,
        )
    elif early:
        text = words.text("night.early", start=words.when(meeting.start, zone), **values)
    else:
        text = words.text("night.late", end=words.when(meeting.end, zone), **values)
    return Problem(
        kind=NIGHT_HOURS,
        severity=WARNING,
        message=text,
        items=(meeting.title,),
        people=tuple(
            dict.fromkeys(facts.people[u].name for u in place.people if u in facts.people)
        ),
        instant=meeting.start if early else meeting.end,
        zone=zone,
        meeting_uuids=(meeting.uuid,),
        stop_uuid=meeting.stop_uuid,
    )
