"""Checks of an .ics file against what the big calendar clients need (INTEROP.md).

icalendar's own ``validate()`` checks very little, so the exports are linted here, by the
tests on every calendar they make: CRLF line ends and 75-octet lines, the calendar's own
properties, UID and DTSTAMP on every event and to-do, a to-do's DUE as a DATE, a VTIMEZONE
for every TZID used and none unused, no TZID on a UTC time and no floating time, VALARMs
clients can show, and the VTIMEZONE shape Outlook reads (one STANDARD, or one STANDARD and
one DAYLIGHT each with one yearly rule). Also what RFC 5545 and 7986 say of the properties that
say more than times (:func:`content`): a CLASS of the standard's three, a GEO that is a point on
Earth, a CONFERENCE with ``VALUE=URI`` (which RFC 7986 requires), a cancelled event that no longer
blocks time, and a NAME that is the X-WR-CALNAME Outlook and Google read.
"""

from __future__ import annotations

import re
from typing import Any

from icalendar import Calendar, Component

_TZID_WITH_Z = re.compile(rb"^[A-Z-]+;(?:[^:]*;)?TZID=[^:]*:[^\r\n]*\d{8}T\d{6}Z", re.MULTILINE)
_DATE_TIME = re.compile(r"^\d{8}T\d{6}Z?$")
_TIMED = ("DTSTART", "DTEND", "RECURRENCE-ID", "EXDATE", "RDATE", "DUE")
_CLASSES = ("PUBLIC", "PRIVATE", "CONFIDENTIAL")


def problems(data: bytes) -> list[str]:
    """Everything wrong with ``data`` for the big clients; an empty list when nothing is."""
    found = _lines(data)
    try:
        calendar = Calendar.from_ical(data)
    except ValueError as exc:
        return [*found, f"does not parse: {exc}"]
    unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
    if _TZID_WITH_Z.search(unfolded):
        found.append("a TZID on a UTC (Z) time")
    for name in ("PRODID", "VERSION"):
        if name not in calendar:
            found.append(f"the calendar has no {name}")
    if str(calendar.get("METHOD", "")) != "PUBLISH":
        found.append("METHOD is not PUBLISH")
    names = {str(calendar[n]) for n in ("NAME", "X-WR-CALNAME") if n in calendar}
    if len(names) > 1:
        found.append("NAME and X-WR-CALNAME differ")
    used: set[str] = set()
    uids: list[str] = []
    for event in [*calendar.walk("VEVENT"), *calendar.walk("VTODO")]:
        uid = str(event.get("UID", ""))
        where = f"{event.name} {uid or '(no UID)'}"
        if not uid:
            found.append(f"{where}: no UID")
        if "DTSTAMP" not in event:
            found.append(f"{where}: no DTSTAMP")
        elif not event.decoded("DTSTAMP").tzinfo:
            found.append(f"{where}: DTSTAMP is not in UTC")
        if "RECURRENCE-ID" not in event:
            uids.append(uid)
        found += _times(event, where, used)
        found += content(event, where)
        for alarm in event.walk("VALARM"):
            found += _alarm(alarm, where)
    if len(set(uids)) != len(uids):
        found.append("two events share one UID")
    for todo in calendar.walk("VTODO"):
        due = todo.get("DUE")
        if due is not None and due.params.get("VALUE") != "DATE":
            found.append(f"VTODO {todo.get('UID', '')}: DUE is not a DATE")
    defined = [str(tz.get("TZID", "")) for tz in calendar.walk("VTIMEZONE")]
    if len(set(defined)) != len(defined):
        found.append("a VTIMEZONE is defined twice")
    for tzid in sorted(used - set(defined)):
        found.append(f"TZID {tzid} is used but has no VTIMEZONE")
    for tzid in sorted(set(defined) - used):
        found.append(f"VTIMEZONE {tzid} is defined but not used")
    for tz in calendar.walk("VTIMEZONE"):
        found += vtimezone_shape(tz)
    return found


def vtimezone_shape(tz: Component) -> list[str]:
    """Problems with the shape of one VTIMEZONE: a single STANDARD without rules, or one
    STANDARD and one DAYLIGHT, each with ``RRULE:FREQ=YEARLY`` and one BYMONTH and BYDAY."""
    name = f"VTIMEZONE {tz.get('TZID', '(no TZID)')}"
    standard = [c for c in tz.subcomponents if c.name == "STANDARD"]
    daylight = [c for c in tz.subcomponents if c.name == "DAYLIGHT"]
    found = []
    for observance in (*standard, *daylight):
        for prop in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
            if prop not in observance:
                found.append(f"{name}: {observance.name} has no {prop}")
        if "RDATE" in observance:
            found.append(f"{name}: {observance.name} has RDATE")
    if len(standard) == 1 and not daylight:
        if "RRULE" in standard[0]:
            found.append(f"{name}: a zone without daylight saving time needs no RRULE")
        elif standard[0].get("TZOFFSETFROM") != standard[0].get("TZOFFSETTO"):
            found.append(f"{name}: its one STANDARD changes the offset")
        return found
    if len(standard) != 1 or len(daylight) != 1:
        return [*found, f"{name}: {len(standard)} STANDARD and {len(daylight)} DAYLIGHT"]
    for observance in (*standard, *daylight):
        rule = observance.get("RRULE")
        if rule is None:
            found.append(f"{name}: {observance.name} has no RRULE")
            continue
        parts = {str(key).upper(): _as_list(value) for key, value in rule.items()}
        if [str(f).upper() for f in parts.get("FREQ", [])] != ["YEARLY"] or set(parts) - {
            "FREQ",
            "BYMONTH",
            "BYDAY",
        }:
            found.append(f"{name}: {observance.name} RRULE is not FREQ=YEARLY;BYMONTH;BYDAY")
        elif len(parts.get("BYMONTH", [])) != 1 or len(parts.get("BYDAY", [])) != 1:
            found.append(f"{name}: {observance.name} RRULE needs one BYMONTH and one BYDAY")
    return found


def content(event: Component, where: str) -> list[str]:
    """Problems with an event's or to-do's CLASS, GEO, CONFERENCE and, cancelled, TRANSP."""
    found = []
    if "CLASS" in event and str(event["CLASS"]) not in _CLASSES:
        found.append(f"{where}: CLASS {event['CLASS']} is not one of {', '.join(_CLASSES)}")
    if "GEO" in event:
        point: Any = event["GEO"]  # a vGeo, or what icalendar made of a malformed one
        latitude, longitude = getattr(point, "latitude", 99), getattr(point, "longitude", 999)
        if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
            found.append(f"{where}: GEO is not a point on Earth")
    for conference in _as_list(event.get("CONFERENCE")):
        if conference.params.get("VALUE") != "URI":
            found.append(f"{where}: a CONFERENCE without VALUE=URI")
        if any(ch.isspace() for ch in str(conference)) or ":" not in str(conference):
            found.append(f"{where}: a CONFERENCE that is not a URI")
    cancelled = str(event.get("STATUS", "")) == "CANCELLED"
    if event.name == "VEVENT" and cancelled and str(event.get("TRANSP", "")) != "TRANSPARENT":
        found.append(f"{where}: cancelled, but still blocks time (TRANSP is not TRANSPARENT)")
    return found


def _lines(data: bytes) -> list[str]:
    found = []
    if not data.endswith(b"\r\n"):
        found.append("the file does not end with CRLF")
    for number, line in enumerate(data.split(b"\r\n")[:-1], start=1):
        if b"\n" in line or b"\r" in line:
            found.append(f"line {number}: a line end that is not CRLF")
        if len(line) > 75:
            found.append(f"line {number}: {len(line)} octets, longer than 75")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            found.append(f"line {number}: a fold splits a character or the text is not UTF-8")
    return found


def _times(event: Component, where: str, used: set[str]) -> list[str]:
    found = []
    for name in _TIMED:
        for prop in _as_list(event.get(name)):
            tzid = prop.params.get("TZID")
            if tzid:
                used.add(str(tzid))
            raw = prop.to_ical().decode()
            for value in raw.split(","):
                if _DATE_TIME.match(value) and not value.endswith("Z") and not tzid:
                    found.append(f"{where}: {name} {value} is a floating time")
    return found


def _alarm(alarm: Component, where: str) -> list[str]:
    found = []
    if "TRIGGER" not in alarm:
        found.append(f"{where}: a VALARM has no TRIGGER")
    if str(alarm.get("ACTION", "")) == "DISPLAY" and not alarm.get("DESCRIPTION"):
        found.append(f"{where}: a DISPLAY VALARM has no DESCRIPTION")
    return found


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
