"""Wall-clock times in a named zone: the only place where naive datetimes are allowed.

People enter and read local times; the store keeps instants. Converting between the two is
where clock changes bite: a wall time in the hour skipped in spring does not exist, and one in
the hour repeated in autumn happens twice. These functions make both cases explicit.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from planner.errors import PlannerError

_LOCAL_RE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2})T(?P<h>\d{2}):(?P<m>\d{2})(?::(?P<s>\d{2}))?"
    r"(?P<offset>[+-]\d{2}:\d{2})?$"
)


class TimeError(PlannerError):
    """A wall time that cannot be turned into an instant; the message says why."""


_NOT_ZONES = frozenset({"localtime", "posixrules", "Factory"})
"""Files in zone folders that are not zones a person would choose."""


@cache
def zone(name: str) -> ZoneInfo:
    """The zone called ``name``: only IANA names that tzdata lists (no paths, no "localtime").

    The tzdata package's one-file list answers for every zone a trip names; only a name not
    in it costs the walk of the system's zone folders (:func:`zone_names`, 30 ms: a tenth of
    ``planner trips``, and part of the window's first reads)."""
    if name not in _packaged_zone_names() and name not in zone_names():
        raise TimeError(f"unknown time zone {name!r}")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, IsADirectoryError) as exc:
        raise TimeError(f"unknown time zone {name!r}") from exc


@lru_cache(maxsize=1)
def zone_names() -> frozenset[str]:
    """Every IANA zone name this program knows (from tzdata), for pickers and completion."""
    return frozenset(available_timezones()) - _NOT_ZONES


@lru_cache(maxsize=1)
def _packaged_zone_names() -> frozenset[str]:
    """The zones the tzdata package lists (a subset of :func:`zone_names`: the same list is
    where ``available_timezones`` starts); empty without the package."""
    try:
        listed = resources.files("tzdata").joinpath("zones").read_text("utf-8")
    except (ImportError, OSError):
        return frozenset()
    return frozenset(listed.split()) - _NOT_ZONES


def is_zone(name: str) -> bool:
    try:
        zone(name)
    except TimeError:
        return False
    return True


def to_instant(
    wall: dt.datetime, zone_name: str, *, offset: dt.timedelta | None = None
) -> dt.datetime:
    """The UTC instant of the naive wall time ``wall`` in ``zone_name``.

    A wall time in a skipped hour raises :class:`TimeError`. In a repeated hour the first
    occurrence is meant, unless ``offset`` picks the occurrence (and must be one of the two).
    """
    if wall.tzinfo is not None:
        raise ValueError("to_instant expects a naive wall time")
    tz = zone(zone_name)
    first = wall.replace(tzinfo=tz, fold=0)
    second = wall.replace(tzinfo=tz, fold=1)
    if _wall(first.astimezone(dt.UTC), tz) != wall:
        raise TimeError(
            f"{format_wall(wall)} does not exist in {zone_name} (the clocks skip that hour)"
        )
    candidates = [first] if first.utcoffset() == second.utcoffset() else [first, second]
    if offset is None:
        return first.astimezone(dt.UTC)
    for candidate in candidates:
        if candidate.utcoffset() == offset:
            return candidate.astimezone(dt.UTC)
    allowed = " or ".join(format_offset(c.utcoffset()) for c in candidates)
    raise TimeError(
        f"offset {format_offset(offset)} does not match {zone_name} at {format_wall(wall)} "
        f"(it is {allowed} there)"
    )


def _wall(instant: dt.datetime, tz: ZoneInfo) -> dt.datetime:
    return instant.astimezone(tz).replace(tzinfo=None, fold=0)


def local(instant: dt.datetime, zone_name: str) -> dt.datetime:
    """The aware local time of ``instant`` in ``zone_name`` (``fold`` set in a repeated hour)."""
    return instant.astimezone(zone(zone_name))


def is_second_pass(instant: dt.datetime, zone_name: str) -> bool:
    """True when ``instant`` falls in the second pass of a repeated hour in that zone."""
    loc = local(instant, zone_name)
    if not loc.fold:
        return False
    other = loc.replace(fold=0)
    return other.utcoffset() != loc.utcoffset()


def parse_local(text: str, zone_name: str) -> dt.datetime:
    """Parse ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]`` as a wall time in ``zone_name``; a UTC instant."""
    match = _LOCAL_RE.match(text)
    if not match:
        raise TimeError(f"{text!r} is not a local time like 2024-06-17T14:00")
    try:
        wall = dt.datetime.fromisoformat(
            f"{match['date']}T{match['h']}:{match['m']}:{match['s'] or '00'}"
        )
    except ValueError as exc:
        raise TimeError(f"{text!r} is not a valid date and time ({exc})") from None
    offset = None
    if match["offset"]:
        sign = -1 if match["offset"][0] == "-" else 1
        hours, minutes = int(match["offset"][1:3]), int(match["offset"][4:6])
        if hours > 23 or minutes > 59:
            raise TimeError(f"{text!r} has an invalid offset")
        offset = sign * dt.timedelta(hours=hours, minutes=minutes)
    return to_instant(wall, zone_name, offset=offset)


def format_local(instant: dt.datetime, zone_name: str) -> str:
    """The trip-file spelling of ``instant`` in ``zone_name``: parses back to the same instant.

    Seconds appear only when they are not zero; an explicit offset only for the second pass of
    a repeated hour, where the wall time alone would mean the first.
    """
    loc = local(instant, zone_name)
    text = format_wall(loc.replace(tzinfo=None))
    if is_second_pass(instant, zone_name):
        text += format_offset(loc.utcoffset())
    return text


def format_wall(wall: dt.datetime) -> str:
    return wall.strftime("%Y-%m-%dT%H:%M:%S" if wall.second else "%Y-%m-%dT%H:%M")


def format_offset(offset: dt.timedelta | None) -> str:
    minutes = int((offset or dt.timedelta()).total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def local_date(instant: dt.datetime, zone_name: str) -> dt.date:
    return local(instant, zone_name).date()
