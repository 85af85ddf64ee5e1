"""``transfer-buffer`` and ``travel-gap``: getting from one place to the next.

A delegation needs time between a meeting and its departure (check-in, security, the drive to
the station) and after an arrival (baggage, the drive in, a long-haul flight's fatigue); the
minutes per mode are settings. Only meetings the delegation takes part in count: those with a
delegation member among the people present, or with nobody listed yet. A meeting during the
travel itself is an error, not a short buffer.

The meetings are sorted once by start and once by end, and each transfer finds its neighbours
with ``bisect``, so a trip with many transfers and meetings is not a scan per transfer.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise

from planner.checks import wording
from planner.checks.facts import MeetingFact, TransferFact, TripFacts
from planner.checks.problems import ERROR, TRANSFER_BUFFER, TRAVEL_GAP, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_transfer_buffers(facts: TripFacts, settings: CheckSettings) -> Iterator[Problem]:
    delegates = {uuid for uuid, person in facts.people.items() if person.is_delegate}
    meetings = [
        m
        for m in facts.meetings
        if not m.cancelled
        and (not m.participant_uuids or any(u in delegates for u in m.participant_uuids))
    ]
    if not meetings:
        return
    by_start = sorted(meetings, key=lambda m: m.start)
    starts = [m.start for m in by_start]
    by_end = sorted(meetings, key=lambda m: m.end)
    ends = [m.end for m in by_end]
    longest = max(m.end - m.start for m in meetings)

    for transfer in facts.transfers:
        if transfer.arrive < transfer.depart:
            continue  # travel-gap reports the transfer itself
        # A meeting overlaps the travel when it starts before the arrival and ends after the
        # departure; no meeting is longer than ``longest``, which bounds where its start is.
        low = bisect_right(starts, transfer.depart - longest)
        high = bisect_left(starts, transfer.arrive)
        for meeting in by_start[low:high]:
            if meeting.end > transfer.depart:
                yield _during(meeting, transfer, _delegates(meeting, facts))

        before = settings.buffer_before(transfer.mode)
        low = bisect_right(ends, transfer.depart - before)
        high = bisect_right(ends, transfer.depart)
        for meeting in by_end[low:high]:
            yield _too_close_before(meeting, transfer, before, _delegates(meeting, facts))

        duration = transfer.arrive - transfer.depart
        after = settings.buffer_after(transfer.mode, duration)
        long_haul = settings.is_long_haul(transfer.mode, duration)
        low = bisect_left(starts, transfer.arrive)
        high = bisect_left(starts, transfer.arrive + after)
        for meeting in by_start[low:high]:
            yield _too_close_after(meeting, transfer, after, long_haul, _delegates(meeting, facts))


def check_travel_gaps(facts: TripFacts, settings: CheckSettings) -> Iterator[Problem]:
    """Transfers that arrive before they leave, and consecutive stops with no transfer."""
    for transfer in facts.transfers:
        if transfer.arrive < transfer.depart:
            yield Problem(
                kind=TRAVEL_GAP,
                severity=ERROR,
                message=(
                    f"{transfer.title} arrives {_arrival(transfer)}, before it departs "
                    f"{_departure(transfer)}"
                ),
                items=(transfer.title,),
                instant=transfer.depart,
                zone=transfer.depart_zone,
                transfer_uuids=(transfer.uuid,),
                stop_uuid=transfer.from_stop_uuid,
            )
    linked = {(t.from_stop_uuid, t.to_stop_uuid) for t in facts.transfers}
    for here, there in pairwise(facts.stops):
        if (here.uuid, there.uuid) in linked:
            continue
        times = []
        if here.depart is not None:
            times.append(f"leaving {here.city} {wording.when(here.depart, here.zone)}")
        if there.arrive is not None:
            times.append(f"arriving in {there.city} {wording.when(there.arrive, there.zone)}")
        detail = f" ({', '.join(times)})" if times else ""
        instant, zone = (here.depart, here.zone) if here.depart else (there.arrive, there.zone)
        yield Problem(
            kind=TRAVEL_GAP,
            severity=WARNING,
            message=f"No transfer from {here.city} to {there.city}{detail}",
            instant=instant,
            zone=zone if instant is not None else None,
            stop_uuid=here.uuid,
        )


def _delegates(meeting: MeetingFact, facts: TripFacts) -> tuple[str, ...]:
    """The names of the delegation members in the meeting: the people who must travel."""
    present = (facts.people.get(u) for u in meeting.participant_uuids)
    return tuple(p.name for p in present if p is not None and p.is_delegate)


def _during(meeting: MeetingFact, transfer: TransferFact, people: tuple[str, ...]) -> Problem:
    return _problem(
        ERROR,
        (
            f"{wording.quoted(meeting.title)} ({_span(meeting)}) falls while the delegation "
            f"travels on {transfer.title}, which departs {_departure(transfer)} and arrives "
            f"{_arrival(transfer)}"
        ),
        meeting,
        transfer,
        people=people,
        instant=max(meeting.start, transfer.depart),
        zone=transfer.depart_zone if meeting.start <= transfer.depart else meeting.zone,
        stop_uuid=transfer.from_stop_uuid,
    )


def _too_close_before(
    meeting: MeetingFact, transfer: TransferFact, need: dt.timedelta, people: tuple[str, ...]
) -> Problem:
    gap = transfer.depart - meeting.end
    departs = _relative(transfer.depart, transfer.depart_zone, meeting.end, meeting.zone)
    return _problem(
        WARNING,
        (
            f"{wording.quoted(meeting.title)} ends {wording.when(meeting.end, meeting.zone)}, "
            f"only {wording.duration(gap)} before {transfer.title} departs {departs}; allow "
            f"{wording.duration(need)} before a {transfer.mode}"
        ),
        meeting,
        transfer,
        people=people,
        instant=meeting.end,
        zone=meeting.zone,
        stop_uuid=transfer.from_stop_uuid,
    )


def _too_close_after(
    meeting: MeetingFact,
    transfer: TransferFact,
    need: dt.timedelta,
    long_haul: bool,
    people: tuple[str, ...],
) -> Problem:
    gap = meeting.start - transfer.arrive
    arrives = _relative(transfer.arrive, transfer.arrive_zone, meeting.start, meeting.zone)
    what = "a long-haul flight" if long_haul else f"a {transfer.mode}"
    return _problem(
        WARNING,
        (
            f"{wording.quoted(meeting.title)} starts {wording.when(meeting.start, meeting.zone)}, "
            f"only {wording.duration(gap)} after {transfer.title} arrives {arrives}; allow "
            f"{wording.duration(need)} after {what}"
        ),
        meeting,
        transfer,
        people=people,
        instant=meeting.start,
        zone=meeting.zone,
        stop_uuid=transfer.to_stop_uuid,
    )


def _problem(
    severity: str,
    message: str,
    meeting: MeetingFact,
    transfer: TransferFact,
    *,
    people: tuple[str, ...],
    instant: dt.datetime,
    zone: str,
    stop_uuid: str,
) -> Problem:
    return Problem(
        kind=TRANSFER_BUFFER,
        severity=severity,
        message=message,
        items=(meeting.title, transfer.title),
        people=people,
        instant=instant,
        zone=zone,
        meeting_uuids=(meeting.uuid,),
        transfer_uuids=(transfer.uuid,),
        stop_uuid=stop_uuid,
    )


def _relative(instant: dt.datetime, zone: str, near: dt.datetime, near_zone: str) -> str:
    """``at 06:55`` when ``near`` is the same local day in the same zone, else the full time."""
    if zone == near_zone and wording.day(instant, zone) == wording.day(near, zone):
        return f"at {wording.clock(instant, zone)}"
    return wording.when(instant, zone)


def _departure(transfer: TransferFact) -> str:
    return wording.when(transfer.depart, transfer.depart_zone)


def _arrival(transfer: TransferFact) -> str:
    return wording.when(transfer.arrive, transfer.arrive_zone)


def _span(meeting: MeetingFact) -> str:
    return f"{wording.when(meeting.start, meeting.zone)} to {_end_clock(meeting)}"


def _end_clock(meeting: MeetingFact) -> str:
    if wording.day(meeting.end, meeting.zone) == wording.day(meeting.start, meeting.zone):
        return wording.clock(meeting.end, meeting.zone)
    return f"{wording.day(meeting.end, meeting.zone)} {wording.clock(meeting.end, meeting.zone)}"
