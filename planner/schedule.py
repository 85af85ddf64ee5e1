"""The trip as the schedule grid shows it: one column per local day, in elapsed time.

Each day of the trip is a local day in the zone of the stop the delegation is at that day
(:class:`DayFrame`). A column measures time as minutes elapsed since the day's first instant,
not as wall time, because wall time is not a line on the days the clocks change: on
2024-10-27 in Berlin the hour 02:00–03:00 happens twice, so the column is 25 hours tall and
shows that hour twice, one below the other; on 2024-03-31 it is 23 hours tall and 02:00–03:00
is absent. A height on the grid is therefore always the same length of real time, and a drag
by 90 minutes moves a meeting by 90 minutes whatever the clocks do. The labels of the two axes
are computed for each hour line from the instant at that line (:meth:`DayFrame.marks`), in the
stop's zone and in the home zone.

:func:`read_schedule` reads what the grid shows in a fixed number of queries (those of
:mod:`planner.queries`) and returns plain rows, so the view never touches the store to paint.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.orm import Session

from planner import localtime, queries
from planner.queries import ItineraryRow, MeetingRow

_MARK_STEP = dt.timedelta(minutes=15)
"""Every UTC offset in use is a whole number of quarter hours, so walking a day in steps of
15 elapsed minutes meets every local hour and half hour."""


@dataclass(frozen=True)
class HourMark:
    """A line on a day column where the local clock shows a full (or half) hour."""

    minute: int
    """Minutes elapsed since the day's first instant."""
    local: dt.datetime
    """The local time there (aware, in the day's zone)."""
    home: dt.datetime
    """The same instant in the home zone (aware)."""

    @property
    def second_pass(self) -> bool:
        """The line is in the second pass of an hour the clocks repeat."""
        return localtime.is_second_pass(self.local, str(self.local.tzinfo))


@dataclass(frozen=True)
class DayFrame:
    """One local day in one zone: the instants from its first to the next day's first."""

    day: dt.date
    zone: str
    start: dt.datetime
    end: dt.datetime

    @property
    def minutes(self) -> int:
        """The day's length in elapsed minutes: 1440, or 1380 and 1500 on clock changes."""
        return int((self.end - self.start).total_seconds() // 60)

    def minute_of(self, instant: dt.datetime) -> float:
        """Elapsed minutes from the day's first instant to ``instant`` (negative before it)."""
        return (instant - self.start).total_seconds() / 60

    def instant_at(self, minute: float) -> dt.datetime:
        """The instant ``minute`` elapsed minutes after the day's first instant."""
        return self.start + dt.timedelta(minutes=minute)

    def contains(self, instant: dt.datetime) -> bool:
        return self.start <= instant < self.end

    def marks(self, home_zone: str, *, half_hours: bool = False) -> tuple[HourMark, ...]:
        """The full hours of the day (and the half hours if asked), in elapsed order: a
        repeated hour appears twice, a skipped one not at all."""
        return _marks(self, home_zone, half_hours)


@dataclass(frozen=True)
class ScheduleDay:
    """A column of the grid: a local day and the stops the delegation is at during it."""

    frame: DayFrame
    stop_uuid: str
    """The day's stop: the last one reached by that day, whose zone the day is in."""
    stop_uuids: tuple[str, ...]
    """Every stop the delegation is at during the day, in the trip's order."""
    night_stop_uuid: str | None
    """Where the delegation sleeps: the stop it is at when the day ends (None in transit)."""

    @property
    def day(self) -> dt.date:
        return self.frame.day

    @property
    def zone(self) -> str:
        return self.frame.zone


@dataclass(frozen=True)
class Schedule:
    """What the grid shows of one trip, read at one moment; plain values only."""

    trip_uuid: str
    home_timezone: str
    stops: tuple[ItineraryRow, ...] = ()
    transfers: tuple[ItineraryRow, ...] = ()
    meetings: tuple[MeetingRow, ...] = ()
    days: tuple[ScheduleDay, ...] = ()
    _stops_by_uuid: dict[str, ItineraryRow] = field(default_factory=dict, compare=False)
    _meetings_by_uuid: dict[str, MeetingRow] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        self._stops_by_uuid.update((s.uuid, s) for s in self.stops)
        self._meetings_by_uuid.update((m.uuid, m) for m in self.meetings)

    def stop(self, uuid: str) -> ItineraryRow | None:
        return self._stops_by_uuid.get(uuid)

    def meeting(self, uuid: str) -> MeetingRow | None:
        return self._meetings_by_uuid.get(uuid)

    def transfer(self, uuid: str) -> ItineraryRow | None:
        return next((t for t in self.transfers if t.uuid == uuid), None)

    def stop_index(self, uuid: str) -> int:
        """The stop's place in the trip's order (-1 when unknown), for colours."""
        return next((i for i, s in enumerate(self.stops) if s.uuid == uuid), -1)

    def day_index(self, day: dt.date) -> int | None:
        if not self.days:
            return None
        index = (day - self.days[0].day).days
        return index if 0 <= index < len(self.days) else None

    def day_of(self, instant: dt.datetime) -> int | None:
        """The index of the column whose frame holds ``instant`` (the first if two do)."""
        return next((i for i, d in enumerate(self.days) if d.frame.contains(instant)), None)

    def people(self) -> list[tuple[str, str]]:
        """Everyone who attends a meeting, as (uuid, display name), by name."""
        names: dict[str, str] = {}
        for meeting in self.meetings:
            names.update(zip(meeting.attendee_uuids, meeting.attendee_names, strict=True))
        return sorted(names.items(), key=lambda item: item[1].casefold())

    def stop_at(self, instant: dt.datetime) -> ItineraryRow | None:
        return stop_at(self.stops, instant)

    def stop_for_new(self, instant: dt.datetime, day: ScheduleDay) -> str:
        """The stop of a meeting created at ``instant`` on ``day``: the stop whose window
        holds the instant, else the day's stop."""
        found = self.stop_at(instant)
        return found.uuid if found is not None else day.stop_uuid

    def stop_for_move(self, current: str, start: dt.datetime) -> str:
        """The stop of a meeting moved to ``start``: its own stop while the delegation is
        still there, else the stop whose window holds the new start, else its own."""
        own = self.stop(current)
        if own is not None and _within(own, start):
            return current
        found = self.stop_at(start)
        return found.uuid if found is not None else current


def read_schedule(session: Session, trip_uuid: str) -> Schedule:
    """The trip's stops, transfers, meetings and days (eight queries);
    :class:`planner.errors.NotFound` when the trip no longer exists."""
    home = queries.home_timezone(session, trip_uuid)
    return build_schedule(
        trip_uuid,
        home,
        queries.itinerary_rows(session, trip_uuid),
        queries.meeting_rows(session, trip_uuid),
    )


def build_schedule(
    trip_uuid: str,
    home_timezone: str,
    itinerary: list[ItineraryRow],
    meetings: list[MeetingRow],
) -> Schedule:
    """The schedule of rows read elsewhere (the itinerary in the trip's order)."""
    stops = tuple(r for r in itinerary if r.is_stop)
    transfers = tuple(r for r in itinerary if not r.is_stop)
    return Schedule(
        trip_uuid=trip_uuid,
        home_timezone=home_timezone,
        stops=stops,
        transfers=transfers,
        meetings=tuple(meetings),
        days=schedule_days(stops, meetings, transfers),
    )


def schedule_days(
    stops: tuple[ItineraryRow, ...],
    meetings: list[MeetingRow] | tuple[MeetingRow, ...] = (),
    transfers: tuple[ItineraryRow, ...] = (),
) -> tuple[ScheduleDay, ...]:
    """A column for every day from the trip's first local day to its last (the stops' days
    and the meetings' days, each in its own zone, and the days the flights from and back
    home leave or land at home), each in the zone of the day's stop."""
    if not stops:
        return ()
    days = [
        localtime.local_date(instant, stop.arrive_zone)
        for stop in stops
        for instant in (stop.arrive, stop.depart)
        if instant is not None
    ]
    days += [m.local_day for m in meetings]
    days += [
        localtime.local_date(t.depart, t.depart_zone)
        for t in transfers
        if t.from_stop_uuid is None and t.depart is not None
    ]
    days += [
        localtime.local_date(t.arrive, t.arrive_zone)
        for t in transfers
        if t.to_stop_uuid is None and t.arrive is not None
    ]
    if not days:
        return ()
    first, last = min(days), max(days)
    reached = [
        (localtime.local_date(s.arrive, s.arrive_zone) if s.arrive else dt.date.min, s)
        for s in stops
    ]
    columns = []
    for offset in range((last - first).days + 1):
        day = first + dt.timedelta(days=offset)
        stop = next((s for since, s in reversed(reached) if since <= day), stops[0])
        frame = day_frame(day, stop.arrive_zone)
        present = tuple(s.uuid for s in stops if _overlaps(s, frame.start, frame.end))
        night = stop_at(stops, frame.end - dt.timedelta(minutes=1))
        columns.append(
            ScheduleDay(
                frame=frame,
                stop_uuid=stop.uuid,
                stop_uuids=present or (stop.uuid,),
                night_stop_uuid=None if night is None else night.uuid,
            )
        )
    return tuple(columns)


@lru_cache(maxsize=4096)
def day_frame(day: dt.date, zone: str) -> DayFrame:
    """The local day ``day`` in ``zone``, from its first instant to the next day's.

    Local midnight may not exist (Havana's clocks go from 00:00 to 01:00 on 2024-03-10): the
    day then starts at the transition, which is what a wall time in a gap with ``fold=0``
    resolves to.
    """
    return DayFrame(day, zone, _first_instant(day, zone), _first_instant(day + _DAY, zone))


def stop_at(stops: tuple[ItineraryRow, ...], instant: dt.datetime) -> ItineraryRow | None:
    """The stop whose window (arrival to departure, open at a missing end) holds ``instant``;
    the latest reached when windows overlap."""
    found = None
    for stop in stops:
        if _within(stop, instant):
            found = stop
    return found


def most_common_zone(days: list[ScheduleDay] | tuple[ScheduleDay, ...]) -> str | None:
    """The zone most of ``days`` are in (the first such on a tie)."""
    if not days:
        return None
    counts = Counter(d.zone for d in days)
    best = max(counts.values())
    return next(d.zone for d in days if counts[d.zone] == best)


_DAY = dt.timedelta(days=1)


def _first_instant(day: dt.date, zone: str) -> dt.datetime:
    midnight = dt.datetime.combine(day, dt.time(), tzinfo=localtime.zone(zone))
    return midnight.astimezone(dt.UTC)


def _within(stop: ItineraryRow, instant: dt.datetime) -> bool:
    return (stop.arrive is None or stop.arrive <= instant) and (
        stop.depart is None or instant < stop.depart
    )


def _overlaps(stop: ItineraryRow, start: dt.datetime, end: dt.datetime) -> bool:
    return (stop.arrive is None or stop.arrive < end) and (
        stop.depart is None or stop.depart > start
    )


@lru_cache(maxsize=1024)
def _marks(frame: DayFrame, home_zone: str, half_hours: bool) -> tuple[HourMark, ...]:
    tz, home = localtime.zone(frame.zone), localtime.zone(home_zone)
    marks = []
    instant = frame.start
    while instant < frame.end:
        local = instant.astimezone(tz)
        if local.minute == 0 or (half_hours and local.minute == 30):
            marks.append(HourMark(round(frame.minute_of(instant)), local, instant.astimezone(home)))
        instant += _MARK_STEP
    return tuple(marks)
