"""Reading events out of an .ics file from Outlook, Google, Apple, Thunderbird or an invitation.

The file is checked before anything is taken from it, and a problem is reported with the
place: the line of the component (``line 12: VEVENT 'abc@example.com': DTSTART: ...``). Times
become UTC instants here:

- a TZID that is an IANA name, a Windows name (``W. Europe Standard Time``), a vendor-prefixed
  name or an Outlook display name is mapped by :mod:`zones`; any other TZID is read with the
  VTIMEZONE the file defines for it; a TZID that is neither is an error;
- ``X-WR-TIMEZONE`` (Google) gives floating and UTC times its zone, as the ``x-wr-timezone``
  package does, so that a weekly series keeps its local hour across a clock change;
- a floating time (no zone at all) is kept as a wall time for the importer to read in the zone
  of the stop it lands at;
- a wall time in the hour skipped by a clock change is moved on by the gap; one in a repeated
  hour means its first pass (RFC 5545 3.3.5).

Recurring events (RRULE/RDATE with EXDATE and changed occurrences) are expanded with
``recurring-ical-events`` into the occurrences inside a window (the trip), within the budgets of
:mod:`expansion`; each occurrence is told apart by its RECURRENCE-ID.

Hostile content is refused with its place before it reaches a library that would hang on it or
fail without naming it: :mod:`screening` reads the raw lines (control characters, INTERVAL=0,
huge numbers, absurd TZIDs); dates that leave the years 1 to 9999 once read in UTC, or end
there after a DURATION, are refused per event; whatever else the libraries raise about an
event is reported with the event's place.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import x_wr_timezone  # type: ignore[import-untyped]
from icalendar import Calendar, Component
from icalendar.prop import vDDDLists, vDDDTypes

from planner import localtime
from planner.calendar_ics import expansion, screening, zones
from planner.calendar_ics.errors import IcsError
from planner.calendar_ics.expansion import MAX_OCCURRENCES, as_instant

__all__ = ["MAX_OCCURRENCES", "FileEvent", "IcsError", "When", "read_events", "wall_instant"]

TOO_FREQUENT = frozenset({"SECONDLY", "MINUTELY", "HOURLY"})
_TIME_PROPERTIES = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE")
_SINGLE = ("UID", "DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "RRULE")
_LINE_BREAK = re.compile(r"\r\n|\n|\r")  # not str.splitlines(): it also splits at U+2028
_SPACED_RULE = re.compile(r"(?im)^((?:RRULE|EXRULE)[;:])([^\r\n]*)")
_BEGIN_END = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)\s*$", re.IGNORECASE)
STATUSES = {"CONFIRMED": "confirmed", "TENTATIVE": "tentative", "CANCELLED": "cancelled"}
ONLINE_PROPERTIES = ("URL", "X-MICROSOFT-SKYPETEAMSMEETINGURL", "X-GOOGLE-CONFERENCE")
_LIBRARY_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)
"""What icalendar, dateutil and recurring-ical-events raise about content they cannot make
sense of; reported with the place of the event it came from."""


@dataclass(frozen=True)
class When:
    """A start or end: a UTC instant, or a floating wall time to be read in a stop's zone."""

    instant: dt.datetime | None = None
    wall: dt.datetime | None = None
    zone: str | None = None
    """The IANA zone the file wrote it in, when known (a hint for choosing the stop)."""

    def at(self, zone: str) -> dt.datetime:
        """The instant, reading a floating wall time in ``zone``."""
        if self.instant is not None:
            return self.instant
        assert self.wall is not None
        return wall_instant(self.wall, zone)


@dataclass(frozen=True)
class FileEvent:
    """One event of the file, or one occurrence of a recurring one, as the importer needs it.

    ``recurrence`` is '' for a single event, else the occurrence's RECURRENCE-ID in UTC
    (``20240618T080000Z``) or as a date; ``all_day`` events carry no times."""

    uid: str
    recurrence: str
    line: int
    summary: str
    sequence: int = 0
    start: When | None = None
    end: When | None = None
    all_day: bool = False
    end_assumed: bool = False
    location: str | None = None
    description: str | None = None
    url: str | None = None
    status: str | None = None
    categories: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()
    """(e-mail address or '', common name or '') of the organizer and each attendee, for
    matching them to the trip's people by address first, then by name."""
    skip: str | None = None
    """Why the whole event is left out, decided while reading (a series too frequent...)."""

    @property
    def place(self) -> str:
        return f"line {self.line}: VEVENT {self.uid!r}"


def read_events(data: bytes, name: str, window: tuple[dt.datetime, dt.datetime]) -> list[FileEvent]:
    """The events of the .ics ``data`` (named ``name`` in messages); recurring ones expanded
    to their occurrences in ``window`` (UTC instants). Raises :class:`IcsError`."""
    text = _rule_lists(_decoded(data, name))
    begins = _structure(text, name)
    screening.screen(text, name)
    with warnings.catch_warnings():
        # icalendar warns when it guesses a vendor-prefixed TZID; zones.py maps those itself.
        warnings.simplefilter("ignore")
        try:
            calendars = Calendar.from_ical(text, multiple=True)
        except _LIBRARY_ERRORS as exc:
            raise IcsError(f"{name}: not a valid calendar ({_one_line(exc)})") from None
        event_lines = iter(line for component, line in begins if component == "VEVENT")
        events: list[FileEvent] = []
        budget = expansion.Budget()
        for calendar in calendars:
            events += _calendar_events(calendar, name, event_lines, window, budget)
    return events


def wall_instant(wall: dt.datetime, zone: str) -> dt.datetime:
    """RFC 5545's reading of a wall time: a skipped one moves on by the gap, a repeated one
    is the first pass."""
    # zoneinfo reads fold=0 exactly so: the offset from before the change, in both cases.
    return wall.replace(tzinfo=localtime.zone(zone), fold=0).astimezone(dt.UTC)


# ---------------------------------------------------------------------------------------------
# The file as text: encoding and the nesting of components, with line numbers


def _decoded(data: bytes, name: str) -> str:
    if not data.strip():
        raise IcsError(f"{name}: the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise IcsError(f"{name}: line {line}: not UTF-8 text, as .ics files must be") from None


def _structure(text: str, name: str) -> list[tuple[str, int]]:
    """Every BEGIN with its line, after checking that components nest and close."""
    begins: list[tuple[str, int]] = []
    stack: list[tuple[str, int]] = []
    for number, line in enumerate(_LINE_BREAK.split(text), start=1):
        if not line.strip() or line[0] in " \t":
            continue
        match = _BEGIN_END.match(line)
        if match is None:
            # Feeds sometimes end with a comment line; before the calendar it is not one.
            if not stack and not begins:
                raise IcsError(f"{name}: line {number}: content outside BEGIN:VCALENDAR")
            continue
        word, component = match[1].upper(), match[2].upper()
        if word == "BEGIN":
            if not stack and component != "VCALENDAR":
                raise IcsError(
                    f"{name}: line {number}: not a calendar (it begins with BEGIN:{component})"
                )
            stack.append((component, number))
            begins.append((component, number))
        elif not stack or stack[-1][0] != component:
            open_part = f"BEGIN:{stack[-1][0]} of line {stack[-1][1]}" if stack else "nothing"
            raise IcsError(f"{name}: line {number}: END:{component} closes {open_part}")
        else:
            stack.pop()
    if stack:
        component, number = stack[-1]
        raise IcsError(f"{name}: line {number}: BEGIN:{component} is never ended")
    if not begins:
        raise IcsError(f"{name}: no BEGIN:VCALENDAR in the file")
    return begins


# ---------------------------------------------------------------------------------------------
# Components


def _calendar_events(
    calendar: Component,
    name: str,
    event_lines: Iterator[int],
    window: tuple[dt.datetime, dt.datetime],
    budget: expansion.Budget,
) -> list[FileEvent]:
    for tz in calendar.walk("VTIMEZONE"):
        for part in (tz, *tz.subcomponents):
            if part.errors:
                prop, message = part.errors[0]
                raise IcsError(
                    f"{name}: VTIMEZONE {str(tz.get('TZID', ''))!r}: {prop or 'content'}: "
                    f"{_one_line(message)}"
                )
    default_zone = None
    if "X-WR-TIMEZONE" in calendar:
        value = str(calendar["X-WR-TIMEZONE"])
        default_zone = zones.iana_zone(value)
        if default_zone is None:
            raise IcsError(f"{name}: X-WR-TIMEZONE: {value!r} is not a time zone")
    method = str(calendar.get("METHOD", "")).upper()
    # Only events directly in the calendar: an event nested in another component is not one.
    found: list[tuple[Component, int]] = []
    for component in calendar.walk("VEVENT"):
        line = next(event_lines, 0)
        if any(component is c for c in calendar.subcomponents):
            found.append((component, line))
    groups: dict[str, list[tuple[Component, int]]] = {}
    for original, line in found:
        event = original
        place = f"{name}: line {line}: VEVENT {str(event.get('UID', '(no UID)'))!r}"
        if event.errors:
            prop, message = event.errors[0]
            raise IcsError(f"{place}: {prop or 'content'}: {_one_line(message)}")
        if "DTSTART" not in event:
            raise IcsError(f"{place}: no DTSTART")
        for prop in _SINGLE:
            if isinstance(event.get(prop), list):
                raise IcsError(f"{place}: {prop} is given {len(_get(event, prop))} times")
        try:
            _zone_times(event, place)
            _in_range(event, place)
            if default_zone is not None:
                walker = x_wr_timezone.UTCChangingWalker(localtime.zone(default_zone))
                event = walker.walk_event(event)
            groups.setdefault(_uid(event), []).append((event, line))
        except _LIBRARY_ERRORS as exc:
            raise IcsError(f"{place}: cannot be read ({_one_line(exc)})") from None
    events: list[FileEvent] = []
    for uid, group in groups.items():
        masters = [(e, line) for e, line in group if "RRULE" in e or "RDATE" in e]
        if masters and "RECURRENCE-ID" not in masters[0][0]:
            events += _series(
                uid, group, masters[0][1], name=name, window=window, method=method, budget=budget
            )
            continue
        for event, line in group:
            try:
                events.append(_file_event(event, uid, line, name, method))
            except _LIBRARY_ERRORS as exc:
                raise IcsError(
                    f"{name}: line {line}: VEVENT {uid!r}: cannot be read ({_one_line(exc)})"
                ) from None
    return events


def _uid(event: Component) -> str:
    """The event's UID; one made from its content when it has none (so that importing the
    same file again still finds it)."""
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    seed = f"{event.get('SUMMARY', '')}|{_get(event, 'DTSTART').to_ical().decode()}"
    return f"no-uid-{hashlib.sha256(seed.encode()).hexdigest()[:16]}"


def _zone_times(event: Component, place: str) -> None:
    """Give zone-less values with a TZID icalendar did not know (an Outlook display name) their
    zone from :mod:`zones`, or refuse a TZID nobody defines."""
    for prop in _TIME_PROPERTIES:
        values = event.get(prop)
        if values is None:
            continue
        fixed = [_zoned(v, prop, place) for v in (values if isinstance(values, list) else [values])]
        event[prop] = fixed if isinstance(values, list) else fixed[0]


def _zoned(value: Any, prop: str, place: str) -> Any:
    tzid = value.params.get("TZID") if hasattr(value, "params") else None
    if not tzid:
        return value
    moments = [d.dt for d in value.dts] if isinstance(value, vDDDLists) else [value.dt]
    if all(not isinstance(m, dt.datetime) or m.tzinfo is not None for m in moments):
        return value
    zone = zones.iana_zone(str(tzid))
    if zone is None:
        raise IcsError(
            f"{place}: {prop}: unknown time zone {str(tzid)!r} (the file has no VTIMEZONE for it)"
        )
    tz = localtime.zone(zone)
    aware = [
        m.replace(tzinfo=tz) if isinstance(m, dt.datetime) and m.tzinfo is None else m
        for m in moments
    ]
    return vDDDLists(aware) if isinstance(value, vDDDLists) else vDDDTypes(aware[0])


def _in_range(event: Component, place: str) -> None:
    """Refuse a time that leaves the years 1 to 9999 once read in UTC (0001-01-01 01:00 in
    Tokyo), or an end after a DURATION past them, before anything computes with it."""
    for prop in _TIME_PROPERTIES:
        values = event.get(prop)
        for value in values if isinstance(values, list) else [values] if values else []:
            moments = [d.dt for d in value.dts] if isinstance(value, vDDDLists) else [value.dt]
            for moment in moments:
                if isinstance(moment, dt.datetime) and moment.tzinfo is not None:
                    try:
                        moment.astimezone(dt.UTC)
                    except OverflowError:
                        raise IcsError(
                            f"{place}: {prop}: {_wall(moment)} in "
                            f"{_zone_name(moment)} is outside the years 1 to 9999 in UTC"
                        ) from None
    duration = event.get("DURATION")
    start = event.get("DTSTART")
    if duration is not None and start is not None and not isinstance(duration, list):
        _ends(start.dt, duration, place)


def _ends(start: dt.date, duration: Any, place: str) -> Any:
    """``start`` plus the DURATION property ``duration``, or a refusal naming it when that
    leaves the calendar (``P99999999W``)."""
    try:
        end = start + duration.dt
        as_instant(end)
    except (OverflowError, TypeError):
        raise IcsError(
            f"{place}: DURATION: {duration.to_ical().decode()} from {_wall(start)} ends "
            "outside the years 1 to 9999"
        ) from None
    return end


def _zone_name(moment: dt.datetime) -> str:
    return str(getattr(moment.tzinfo, "key", None) or moment.tzinfo)


def _wall(moment: dt.date) -> str:
    """``0001-01-01 01:00`` (strftime drops the zeros of a year before 1000)."""
    if isinstance(moment, dt.datetime):
        return moment.replace(tzinfo=None).isoformat(sep=" ", timespec="minutes")
    return moment.isoformat()


def _series(
    uid: str,
    group: list[tuple[Component, int]],
    line: int,
    *,
    name: str,
    window: tuple[dt.datetime, dt.datetime],
    method: str,
    budget: expansion.Budget,
) -> list[FileEvent]:
    master = next(e for e, _line in group if "RECURRENCE-ID" not in e)
    rule = master.get("RRULE")
    frequency = str((rule or {}).get("FREQ", [""])[0]).upper() if rule else ""
    summary = _summary(master)
    if frequency in TOO_FREQUENT:
        return [FileEvent(uid, "", line, summary, skip=f"repeats {frequency.lower()}")]
    place = f"{name}: line {line}: VEVENT {uid!r}"
    try:
        found = expansion.occurrences([event for event, _line in group], window, budget)
        if isinstance(found, expansion.Stopped):
            return [FileEvent(uid, "", line, summary, skip=f"the series {found.reason}")]
        occurrences = [
            _file_event(occurrence, uid, line, name, method, series=True) for occurrence in found
        ]
    except _LIBRARY_ERRORS as exc:
        raise IcsError(
            f"{place}: its repetitions (RRULE, RDATE, EXDATE) cannot be worked out "
            f"({_one_line(exc)})"
        ) from None
    if not occurrences:
        return [FileEvent(uid, "", line, summary, skip="a recurring event with no occurrence "
                          "during the trip")]  # fmt: skip
    return occurrences


def _file_event(
    event: Component, uid: str, line: int, name: str, method: str, *, series: bool = False
) -> FileEvent:
    place = f"{name}: line {line}: VEVENT {uid!r}"
    recurrence = ""
    if "RECURRENCE-ID" in event:
        recurrence = _recurrence_key(_get(event, "RECURRENCE-ID").dt)
    elif series:
        recurrence = _recurrence_key(_get(event, "DTSTART").dt)
    start_value = _get(event, "DTSTART").dt
    all_day = not isinstance(start_value, dt.datetime)
    status = STATUSES.get(str(event.get("STATUS", "")).upper())
    if method == "CANCEL":
        status = "cancelled"
    common: dict[str, Any] = {
        "uid": uid,
        "recurrence": recurrence,
        "line": line,
        "summary": _summary(event),
        "sequence": _int(event.get("SEQUENCE")),
        "location": _text(event.get("LOCATION")),
        "description": _text(event.get("DESCRIPTION")),
        "url": next((u for p in ONLINE_PROPERTIES if (u := _text(event.get(p)))), None),
        "status": status,
        "categories": _categories(event),
        "emails": _emails(event),
        "names": _named_people(event),
    }
    if method == "REPLY":
        return FileEvent(**common, skip="a reply to an invitation (METHOD:REPLY)")
    if all_day:
        return FileEvent(**common, all_day=True)
    start = _when(start_value)
    end_value: Any = None
    if "DTEND" in event:
        end_value = _get(event, "DTEND").dt
    elif "DURATION" in event:
        end_value = _ends(start_value, _get(event, "DURATION"), place)
    if isinstance(end_value, dt.datetime):
        end = _when(end_value)
        if start.instant is not None and end.instant is not None and end.instant < start.instant:
            raise IcsError(f"{place}: ends before it starts")
        if start.wall is not None and end.wall is not None and end.wall < start.wall:
            raise IcsError(f"{place}: ends before it starts")
        if end != start:
            return FileEvent(**common, start=start, end=end)
    return FileEvent(**common, start=start, end=None, end_assumed=True)


def _when(value: dt.datetime) -> When:
    if value.tzinfo is None:
        return When(wall=value)
    key = getattr(value.tzinfo, "key", None)
    zone = zones.iana_zone(key) if isinstance(key, str) else None
    return When(instant=as_instant(value), zone=zone)


def _recurrence_key(value: dt.date | dt.datetime) -> str:
    if not isinstance(value, dt.datetime):
        return value.strftime("%Y%m%d")
    return as_instant(value).strftime("%Y%m%dT%H%M%SZ")


def _summary(event: Component) -> str:
    return _text(event.get("SUMMARY")) or "Untitled event"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else ""
    text = "".join(ch for ch in str(value) if ch.isprintable() or ch in "\n\t")
    return text.strip() or None


def _int(value: Any) -> int:
    try:
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return 0


def _categories(event: Component) -> tuple[str, ...]:
    found: list[str] = []
    values = event.get("CATEGORIES")
    for value in values if isinstance(values, list) else [values] if values else []:
        cats = getattr(value, "cats", None)
        found += [str(c) for c in cats] if cats is not None else str(value).split(",")
    return tuple(c.strip() for c in found if c.strip())


def _emails(event: Component) -> tuple[str, ...]:
    found: list[str] = []
    for prop in ("ORGANIZER", "ATTENDEE"):
        values = event.get(prop)
        for value in values if isinstance(values, list) else [values] if values else []:
            address = str(value).strip()
            if address.lower().startswith("mailto:"):
                found.append(address[7:].strip().casefold())
    return tuple(dict.fromkeys(found))


def _named_people(event: Component) -> tuple[tuple[str, str], ...]:
    found: list[tuple[str, str]] = []
    for prop in ("ORGANIZER", "ATTENDEE"):
        values = event.get(prop)
        for value in values if isinstance(values, list) else [values] if values else []:
            address = str(value).strip()
            email = address[7:].strip().casefold() if address.lower().startswith("mailto:") else ""
            params = getattr(value, "params", {})
            common = _text(params.get("CN")) or ""
            if email or common:
                found.append((email, common))
    return tuple(dict.fromkeys(found))


def _rule_lists(text: str) -> str:
    """Recurrence rules as RFC 5545 writes them: Exchange writes its lists with spaces
    (``BYDAY=MO, TU, WE``), which icalendar refuses; the spaces mean nothing, so they go.
    Only RRULE and EXRULE lines change, in place, so every line keeps its number."""
    return _SPACED_RULE.sub(lambda m: m[1] + re.sub(r"[ \t]*([,;=])[ \t]*", r"\1", m[2]), text)


def _get(component: Component, name: str) -> Any:
    """A property's value, as icalendar stores it (its types are too many to spell out)."""
    return component.get(name)


def _one_line(exc: object) -> str:
    return " ".join(str(exc).split())[:300]
