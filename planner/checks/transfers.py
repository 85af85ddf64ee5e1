"""``transfer-buffer`` and ``travel-gap``: getting from one place to the next.

A delegation needs time between a meeting and its departure (check-in, security, the drive to
the station) and after an arrival (baggage, the drive in, a long-haul flight's fatigue); the
minutes per mode are settings. Only meetings the delegation takes part in count: those with a
delegation member among the people present, or with nobody listed yet; and of a transfer that
names its travellers, only meetings with one of them (or nobody listed): the minister flying
ahead does not clash with the staff's briefing. A meeting during the travel itself is an error,
not a short buffer. A leg from or to home is checked like any other.

The meetings are sorted once by start and once by end, and each transfer finds its neighbours
with ``bisect``, so a trip with many transfers and meetings is not a scan per transfer.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import pairwise

from planner import localtime
from planner.checks.facts import MeetingFact, TransferFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words, clock
from planner.checks.problems import ERROR, TRANSFER_BUFFER, TRAVEL_GAP, WARNING, Problem
from planner.checks.settings import CheckSettings


def check_transfer_buffers(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
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

        def concerns(meeting: MeetingFact, transfer: TransferFact = transfer) -> bool:
            return _shares(meeting, transfer)

        # A meeting overlaps the travel when it starts before the arrival and ends after the
        # departure; no meeting is longer than ``longest``, which bounds where its start is.
        low = bisect_right(starts, transfer.depart - longest)
        high = bisect_left(starts, transfer.arrive)
        for meeting in filter(concerns, by_start[low:high]):
            if meeting.end > transfer.depart:
                yield _during(meeting, transfer, _delegates(meeting, facts), words)

        before = settings.buffer_before(transfer.mode)
        low = bisect_right(ends, transfer.depart - before)
        high = bisect_right(ends, transfer.depart)
        for meeting in filter(concerns, by_end[low:high]):
            yield _too_close_before(meeting, transfer, before, _delegates(meeting, facts), words)

        duration = transfer.arrive - transfer.depart
        after = settings.buffer_after(transfer.mode, duration)
        long_haul = settings.is_long_haul(transfer.mode, duration)
        low = bisect_left(starts, transfer.arrive)
        high = bisect_left(starts, transfer.arrive + after)
        for meeting in filter(concerns, by_start[low:high]):
            yield _too_close_after(
                meeting, transfer, after, long_haul, _delegates(meeting, facts), words=words
            )


def check_travel_gaps(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    """Transfers that arrive before they leave, and consecutive stops with no transfer."""
    for transfer in facts.transfers:
        if transfer.arrive < transfer.depart:
            yield Problem(
                kind=TRAVEL_GAP,
                severity=ERROR,
                message=words.text(
                    "travel_gap.backwards",
                    transfer=words.transfer(transfer),
                    arrive=words.when(transfer.arrive, transfer.arrive_zone),
                    depart=words.when(transfer.depart, transfer.depart_zone),
                ),
                items=(transfer.title,),
                instant=transfer.depart,
                zone=transfer.depart_zone,
                transfer_uuids=(transfer.uuid,),
                stop_uuid=transfer.stop_uuid,
            )
    linked = {(t.from_stop_uuid, t.to_stop_uuid) for t in facts.transfers}
    for here, there in pairwise(facts.stops):
        if (here.uuid, there.uuid) in linked:
            continue
        times = []
        if here.depart is not None:
            when = words.when(here.depart, here.zone)
            times.append(words.text("travel_gap.leaving", city=here.city, when=when))
        if there.arrive is not None:
            when = words.when(there.arrive, there.zone)
            times.append(words.text("travel_gap.arriving", city=there.city, when=when))
        cities = {"here": here.city, "there": there.city}
        if times:
            message = words.text("travel_gap.missing_times", times=words.join(times), **cities)
        else:
            message = words.text("travel_gap.missing", **cities)
        instant, zone = (here.depart, here.zone) if here.depart else (there.arrive, there.zone)
        yield Problem(
            kind=TRAVEL_GAP,
            severity=WARNING,
            message=message,
            instant=instant,
            zone=zone if instant is not None else None,
            stop_uuid=here.uuid,
        )


def _shares(meeting: MeetingFact, transfer: TransferFact) -> bool:
    """Someone on the transfer is at the meeting, or the transfer names nobody (the whole
    delegation travels), or the meeting names nobody yet."""
    if not transfer.traveller_uuids or not meeting.participant_uuids:
        return True
    return any(u in transfer.traveller_uuids for u in meeting.participant_uuids)


def _delegates(meeting: MeetingFact, facts: TripFacts) -> tuple[str, ...]:
    """The names of the delegation members in the meeting: the people who must travel."""
    present = (facts.people.get(u) for u in meeting.participant_uuids)
    return tuple(p.name for p in present if p is not None and p.is_delegate)


def _during(
    meeting: MeetingFact, transfer: TransferFact, people: tuple[str, ...], words: Words
) -> Problem:
    span = words.text(
        "span", start=words.when(meeting.start, meeting.zone), end=_end(meeting, words)
    )
    return _problem(
        ERROR,
        words.text(
            "transfer.during",
            title=words.quoted(meeting.title),
            span=span,
            transfer=words.transfer(transfer),
            depart=words.when(transfer.depart, transfer.depart_zone),
            arrive=words.when(transfer.arrive, transfer.arrive_zone),
        ),
        meeting,
        transfer,
        people=people,
        instant=max(meeting.start, transfer.depart),
        zone=transfer.depart_zone if meeting.start <= transfer.depart else meeting.zone,
        stop_uuid=transfer.stop_uuid,
    )


def _too_close_before(
    meeting: MeetingFact,
    transfer: TransferFact,
    need: dt.timedelta,
    people: tuple[str, ...],
    words: Words,
) -> Problem:
    gap = transfer.depart - meeting.end
    departs = _relative(transfer.depart, transfer.depart_zone, meeting.end, meeting.zone, words)
    return _problem(
        WARNING,
        words.text(
            "transfer.before",
            title=words.quoted(meeting.title),
            end=words.when(meeting.end, meeting.zone),
            gap=words.duration(gap),
            transfer=words.transfer(transfer),
            departs=departs,
            need=words.duration(need),
            mode=words.mode(transfer.mode),
        ),
        meeting,
        transfer,
        people=people,
        instant=meeting.end,
        zone=meeting.zone,
        stop_uuid=transfer.stop_uuid,
    )


def _too_close_after(
    meeting: MeetingFact,
    transfer: TransferFact,
    need: dt.timedelta,
    long_haul: bool,
    people: tuple[str, ...],
    *,
    words: Words,
) -> Problem:
    gap = meeting.start - transfer.arrive
    arrives = _relative(transfer.arrive, transfer.arrive_zone, meeting.start, meeting.zone, words)
    return _problem(
        WARNING,
        words.text(
            "transfer.after",
            title=words.quoted(meeting.title),
            start=words.when(meeting.start, meeting.zone),
            gap=words.duration(gap),
            transfer=words.transfer(transfer),
            arrives=arrives,
            need=words.duration(need),
            mode=words.mode(transfer.mode, long_haul=long_haul),
        ),
        meeting,
        transfer,
        people=people,
        instant=meeting.start,
        zone=meeting.zone,
        stop_uuid=transfer.to_stop_uuid or transfer.from_stop_uuid,
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
    stop_uuid: str | None,
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


def _relative(
    instant: dt.datetime, zone: str, near: dt.datetime, near_zone: str, words: Words
) -> str:
    """``at 06:55`` when ``near`` is the same local day in the same zone, else the full time."""
    if zone == near_zone and localtime.local_date(instant, zone) == localtime.local_date(
        near, zone
    ):
        return words.text("relative.clock", clock=clock(instant, zone))
    return words.text("relative.when", when=words.when(instant, zone))


def _end(meeting: MeetingFact, words: Words) -> str:
    """The meeting's end: the time alone when it ends on the day it starts."""
    start = localtime.local_date(meeting.start, meeting.zone)
    if localtime.local_date(meeting.end, meeting.zone) == start:
        return clock(meeting.end, meeting.zone)
    return words.day_clock(meeting.end, meeting.zone)
