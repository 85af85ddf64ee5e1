"""The values and parameters of an export's content lines, written as icalendar writes them.

A thousand-meeting calendar is some thirty thousand properties; building an icalendar
component for each only to serialise it again (its type lookup, its ``Parameters``, its
search for a TZID among the equivalent zones of every date-time) was half of ``planner ics``.
The export knows the few shapes it writes, so :mod:`export` writes their lines from these
functions instead. Each gives the bytes icalendar's own type gives (``vText``, ``vDatetime``,
``vDuration``, ``Parameters``: named beside each); ``tests/core/test_calendar_bytes.py``
holds the golden calendars and sets icalendar as the judge of every sample calendar.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from planner import localtime

UTC_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu"})
"""Zones whose times the export writes in UTC itself (``...Z``), without a VTIMEZONE."""
_QUOTABLE = re.compile("[,;:\u2019]")  # icalendar's QUOTABLE: these need double quotes
_RFC_6868 = re.compile(r'\^|\r\n|\r|\n|"')
_RFC_6868_WORDS = {"^": "^^", "\n": "^n", "\r": "^n", "\r\n": "^n", '"': "^'"}


def text(value: str) -> str:
    """A TEXT value (``vText``): ``\\N`` read as a line break, then ``\\ ; ,`` and line
    breaks escaped, in icalendar's order."""
    return (
        value.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def first_value(value: str) -> str:
    """A value as it follows the colon: icalendar reads a value's bytes as UTF-8-SIG, so a
    byte-order mark at its start is dropped (one, as icalendar drops it)."""
    return value[1:] if value.startswith("\ufeff") else value


def parameter(value: str, *, quote_if: str = "") -> str:
    """A parameter value (``Parameters.to_ical``): RFC 6868's ``^`` escapes (``"`` as ``^'``),
    in double quotes when it holds ``, ; :`` or ``’`` (or one of ``quote_if``: a CN with a
    space or an apostrophe)."""
    always = any(c in value for c in quote_if)
    escaped = _RFC_6868.sub(lambda m: _RFC_6868_WORDS[m.group(0)], value)
    if always or _QUOTABLE.search(escaped):
        return f'"{escaped}"'
    return escaped


def utc(instant: dt.datetime) -> str:
    """A DATE-TIME in UTC (DTSTAMP, LAST-MODIFIED: icalendar moves these to UTC; a naive one
    is taken as UTC)."""
    if instant.tzinfo is not None:
        instant = instant.astimezone(dt.UTC)
    return _digits(instant) + "Z"


def moment(instant: dt.datetime, zone: str) -> str:
    """``;TZID=zone:`` and the wall time there, or ``:`` and the time in UTC (``Z``): for a
    UTC zone, the second pass of a repeated hour (RFC 5545 reads a wall time as the first
    pass) and a zone icalendar counts as UTC (Africa/Accra, Iceland), whose wall time it
    writes with a ``Z``."""
    if in_utc(instant, zone):
        return ":" + _digits(instant.astimezone(dt.UTC)) + "Z"
    wall = _digits(localtime.local(instant, zone))
    if _utc_to_icalendar(zone):
        return ":" + wall + "Z"
    return ";TZID=" + parameter(zone) + ":" + wall


def in_utc(instant: dt.datetime, zone: str) -> bool:
    """Whether ``instant`` is written in UTC rather than as a wall time with ``zone``."""
    return zone in UTC_ZONES or localtime.is_second_pass(instant, zone)


def day(value: dt.date) -> str:
    """``;VALUE=DATE:`` and the day (``vDate``)."""
    return f";VALUE=DATE:{value.year:04}{value.month:02}{value.day:02}"


def duration(value: dt.timedelta) -> str:
    """A DURATION (``vDuration``): ``-PT30M``, ``-P1DT12H5M``."""
    sign = ""
    if value.days < 0:
        sign, value = "-", -value
    timepart = ""
    if value.seconds:
        hours, rest = divmod(value.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        timepart = "T"
        if hours:
            timepart += f"{hours}H"
        if minutes or (hours and seconds):
            timepart += f"{minutes}M"
        if seconds:
            timepart += f"{seconds}S"
    if value.days == 0 and timepart:
        return f"{sign}P{timepart}"
    return f"{sign}P{abs(value.days)}D{timepart}"


def wall_time(value: dt.datetime) -> str:
    """A DATE-TIME without a zone (``vDatetime`` of a naive time): an observance's start."""
    return _digits(value)


def _digits(instant: dt.datetime) -> str:
    return (
        f"{instant.year:04}{instant.month:02}{instant.day:02}"
        f"T{instant.hour:02}{instant.minute:02}{instant.second:02}"
    )


@functools.cache
def _utc_to_icalendar(zone: str) -> bool:
    """Whether icalendar takes ``zone`` for UTC (its table of equivalent zones), asked once
    per zone, and only of a zone on UTC's time in winter and summer (every zone in that table
    is, as a test checks): the export of any other zone does not import icalendar."""
    tz = localtime.zone(zone)
    if any(tz.utcoffset(dt.datetime(2024, month, 1)) for month in (1, 7)):
        return False
    from icalendar.timezone.tzid import tzid_from_tzinfo  # noqa: PLC0415 - see above

    return bool(tzid_from_tzinfo(tz) == "UTC")
