"""VTIMEZONE components built from zoneinfo, in the one shape every client reads.

Outlook reads one yearly rule per zone (MS-OXCICAL 2.1.3.1.1.19.2: only the latest STANDARD
is read when there are several, and rules must be YEARLY with one BYDAY), so a zone with
daylight saving time gets exactly one STANDARD and one DAYLIGHT observance, each with
``RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..``, and a zone without it (Asia/Shanghai) a single
STANDARD. icalendar's own ``Timezone.from_tzid()`` writes one observance per transition with
RDATE lists, the shape Outlook may ignore, so it is not used; the lines are written here, as
icalendar would write them, so that an export does not import icalendar at all.

The rule is read off the zone's real transitions in the years the calendar covers (the year
before the first event up to the year after the last, so that the observances start before
any event), and checked against every one of them. A zone whose transitions follow no such
rule in those years (it changed its rules, or moves its clock by a lunar calendar) gets one
observance per transition without RRULE: valid RFC 5545, exact, and the only honest shape
for it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planner import localtime
from planner.calendar_ics import content

if TYPE_CHECKING:
    from icalendar import Timezone

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
STANDARD, DAYLIGHT = "STANDARD", "DAYLIGHT"
_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class _State:
    offset: dt.timedelta
    name: str


@dataclass(frozen=True)
class _Transition:
    instant: dt.datetime  # UTC, the first instant of the new state
    before: _State
    after: _State

    @property
    def wall(self) -> dt.datetime:
        """The local time at which clocks change, read on the clock before (RFC 5545)."""
        return (self.instant + self.before.offset).replace(tzinfo=None)


@dataclass(frozen=True)
class YearlyRule:
    month: int
    weekday: int  # 0 is Monday
    nth: int  # 1..4, or -1 for the last such weekday of the month

    def as_rrule(self) -> str:
        """The RRULE value, its parts in icalendar's order."""
        return f"FREQ=YEARLY;BYDAY={self.nth}{WEEKDAYS[self.weekday]};BYMONTH={self.month}"


@functools.lru_cache(maxsize=64)
def vtimezone_lines(zone: str, first_year: int, last_year: int) -> tuple[str, ...]:
    """The unfolded content lines of the VTIMEZONE of ``zone`` for events in ``first_year``
    .. ``last_year``.

    Kept once made: a published calendar renders one small VCALENDAR per event, each with its
    zones, and making one took 11 ms.
    """
    return tuple(_build(zone, first_year, last_year))


def vtimezone(zone: str, first_year: int, last_year: int) -> Timezone:
    """:func:`vtimezone_lines` as an icalendar component, for checks that walk it."""
    from icalendar import Timezone  # noqa: PLC0415 - the export itself never needs it

    lines = vtimezone_lines(zone, first_year, last_year)
    component = Timezone.from_ical("\r\n".join(lines) + "\r\n")
    assert isinstance(component, Timezone)
    return component


def yearly_rule(days: list[dt.date]) -> YearlyRule | None:
    """The one ``BYMONTH``/``BYDAY`` rule that gives each of ``days`` in its year, if any."""
    if not days:
        return None
    months = {d.month for d in days}
    weekdays = {d.weekday() for d in days}
    if len(months) != 1 or len(weekdays) != 1:
        return None
    candidates: set[int] | None = None
    for day in days:
        found = {(day.day - 1) // 7 + 1}
        if day.day + 7 > calendar.monthrange(day.year, day.month)[1]:
            found.add(-1)
        candidates = found if candidates is None else candidates & found
    if not candidates:
        return None
    # "Last Sunday" is how the rules that can be read either way are written (EU, Australia).
    nth = -1 if -1 in candidates else min(candidates)
    return YearlyRule(months.pop(), weekdays.pop(), nth)


def _build(zone: str, first_year: int, last_year: int) -> list[str]:
    initial, transitions = _zone_changes(zone, first_year, last_year)
    since = dt.datetime(first_year - 1, 1, 1)  # local midnight: the zone's state from then on
    lines = ["BEGIN:VTIMEZONE", f"TZID:{content.text(zone)}"]
    if not transitions:
        lines += _observance(STANDARD, since, initial, initial)
        return [*lines, "END:VTIMEZONE"]
    paired = _paired(list(transitions), first_year - 1, last_year + 1)
    if paired is not None:
        (to_standard, standard_rule), (to_daylight, daylight_rule) = paired
        lines += _observance(
            STANDARD, to_standard.wall, to_standard.before, to_standard.after, standard_rule
        )
        lines += _observance(
            DAYLIGHT, to_daylight.wall, to_daylight.before, to_daylight.after, daylight_rule
        )
        return [*lines, "END:VTIMEZONE"]
    larger = max(s.offset for t in transitions for s in (t.before, t.after))
    kind = DAYLIGHT if initial.offset == larger else STANDARD
    lines += _observance(kind, since, initial, initial)
    for t in transitions:
        kind = DAYLIGHT if t.after.offset > t.before.offset else STANDARD
        lines += _observance(kind, t.wall, t.before, t.after)
    return [*lines, "END:VTIMEZONE"]


def _zone_changes(
    zone: str, first_year: int, last_year: int
) -> tuple[_State, tuple[_Transition, ...]]:
    """The zone's state at the start and its changes: found day by day, nine tenths of a
    VTIMEZONE's making (kept with the VTIMEZONE by :func:`vtimezone`: invitations and published
    resources make one calendar per event)."""
    tz = localtime.zone(zone)
    start = dt.datetime(first_year - 1, 1, 1, tzinfo=dt.UTC)
    end = dt.datetime(last_year + 2, 1, 1, tzinfo=dt.UTC)
    return _state(tz, start), tuple(_transitions(tz, start, end))


def _observance(
    kind: str, wall: dt.datetime, before: _State, after: _State, rule: YearlyRule | None = None
) -> list[str]:
    """A STANDARD or DAYLIGHT observance, its properties by name as icalendar orders them."""
    lines = [f"BEGIN:{kind}", f"DTSTART:{content.wall_time(wall)}"]
    if rule is not None:
        lines.append(f"RRULE:{rule.as_rrule()}")
    lines += [
        f"TZNAME:{content.first_value(content.text(after.name))}",
        f"TZOFFSETFROM:{_offset(before.offset)}",
        f"TZOFFSETTO:{_offset(after.offset)}",
        f"END:{kind}",
    ]
    return lines


def _offset(value: dt.timedelta) -> str:
    """A UTC-OFFSET (``vUTCOffset``): ``+0100``, ``-0500``, seconds only when there are any."""
    sign = "-" if value < dt.timedelta(0) else "+"
    seconds = abs(int(value.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return (
        f"{sign}{hours:02}{minutes:02}{seconds:02}" if seconds else f"{sign}{hours:02}{minutes:02}"
    )


def _state(tz: dt.tzinfo, instant: dt.datetime) -> _State:
    local = instant.astimezone(tz)
    offset = local.utcoffset()
    assert offset is not None
    return _State(offset, local.tzname() or "")


def _transitions(tz: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> list[_Transition]:
    """Every change of offset or abbreviation between ``start`` and ``end`` (day by day, then
    to the second by bisection: zoneinfo has no public list of transitions)."""
    found = []
    day, state = start, _state(tz, start)
    while day < end:
        following = day + _DAY
        next_state = _state(tz, following)
        if next_state != state:
            low, high = day, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if _state(tz, middle) == state:
                    low = middle
                else:
                    high = middle
            found.append(_Transition(high, state, _state(tz, high)))
        day, state = following, next_state
    return found


def _paired(
    transitions: list[_Transition], first_year: int, last_year: int
) -> tuple[tuple[_Transition, YearlyRule], tuple[_Transition, YearlyRule]] | None:
    """The first transition to standard and to daylight time with their yearly rules, when
    the zone alternates between two states once each way every year."""
    states = {t.before for t in transitions} | {t.after for t in transitions}
    if len(states) != 2:
        return None
    daylight_state = max(states, key=lambda s: s.offset)
    if len({s.offset for s in states}) != 2:
        return None
    to_daylight = [t for t in transitions if t.after == daylight_state]
    to_standard = [t for t in transitions if t.after != daylight_state]
    for group in (to_daylight, to_standard):
        years = [t.wall.year for t in group]
        if years != list(range(first_year, last_year + 1)):
            return None
        if len({t.wall.time() for t in group}) != 1:
            return None
    daylight_rule = yearly_rule([t.wall.date() for t in to_daylight])
    standard_rule = yearly_rule([t.wall.date() for t in to_standard])
    if daylight_rule is None or standard_rule is None:
        return None
    return (to_standard[0], standard_rule), (to_daylight[0], daylight_rule)
