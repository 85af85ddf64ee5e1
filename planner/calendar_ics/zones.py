"""Time zone names found in other programs' calendars, mapped to IANA names.

Exchange and Outlook write Windows zone names (``W. Europe Standard Time``) and sometimes
their display names (``(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna``); old
Thunderbird and other programs write "globally unique" names with a vendor prefix
(``/mozilla.org/20050126_1/Europe/Berlin``). The Windows names come from the CLDR table that
icalendar ships (``icalendar.timezone.windows_to_olson``), so it is kept current with
icalendar rather than copied here. A display name is matched by the cities it lists, and only
when the offset it states is that zone's standard offset.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from planner import localtime

_DISPLAY_NAME = re.compile(r"^\(?(?:UTC|GMT)(?P<offset>[+-]\d{1,2}:\d{2})?\)?\s*(?P<places>.*)$")
_UTC_NAMES = frozenset({"UTC", "GMT", "Z", "ETC/UTC", "ETC/GMT", "COORDINATED UNIVERSAL TIME"})


def iana_zone(tzid: str) -> str | None:
    """The IANA name that ``tzid`` (a TZID parameter's value) stands for, or None."""
    name = tzid.strip().strip('"')
    if not name:
        return None
    if localtime.is_zone(name):
        return name
    if name.upper() in _UTC_NAMES:
        return "UTC"
    windows = _windows_names().get(name.casefold())
    if windows is not None:
        return windows
    prefixed = _without_vendor_prefix(name)
    if prefixed is not None:
        return prefixed
    return _from_display_name(name)


@lru_cache(maxsize=1)
def _windows_names() -> dict[str, str]:
    return {
        windows.casefold(): iana
        for windows, iana in WINDOWS_TO_OLSON.items()
        if localtime.is_zone(iana)
    }


def _without_vendor_prefix(name: str) -> str | None:
    """``/mozilla.org/20050126_1/Europe/Berlin`` is Europe/Berlin: the longest IANA tail."""
    if "/" not in name:
        return None
    parts = [p for p in name.split("/") if p]
    for start in range(len(parts)):
        candidate = "/".join(parts[start:])
        if localtime.is_zone(candidate):
            return candidate
    return None


@lru_cache(maxsize=1)
def _zones_by_place() -> dict[str, list[str]]:
    """IANA zones by the place in their name (``hong kong`` -> Asia/Hong_Kong)."""
    places: dict[str, list[str]] = {}
    for zone in sorted(localtime.zone_names()):
        place = zone.rsplit("/", 1)[-1].replace("_", " ").casefold()
        places.setdefault(place, []).append(zone)
    return places


def _from_display_name(name: str) -> str | None:
    match = _DISPLAY_NAME.match(name)
    if match is None or not match["places"]:
        return None
    stated = _parse_offset(match["offset"]) if match["offset"] else dt.timedelta(0)
    if not name.lstrip("(").upper().startswith(("UTC", "GMT")):
        return None
    for place in re.split(r"\s*[,;&]\s*|\s+and\s+", match["places"]):
        for zone in _zones_by_place().get(place.strip().casefold(), ()):
            if _standard_offset(zone) == stated:
                return zone
    return None


def _parse_offset(text: str) -> dt.timedelta:
    sign = -1 if text.startswith("-") else 1
    hours, minutes = text.lstrip("+-").split(":")
    return sign * dt.timedelta(hours=int(hours), minutes=int(minutes))


def _standard_offset(zone: str) -> dt.timedelta | None:
    """The zone's offset in mid-winter of both hemispheres, whichever is smaller: standard."""
    tz = localtime.zone(zone)
    offsets = [
        dt.datetime(2025, month, 15, 12, tzinfo=dt.UTC).astimezone(tz).utcoffset()
        for month in (1, 7)
    ]
    known = [o for o in offsets if o is not None]
    return min(known) if known else None
