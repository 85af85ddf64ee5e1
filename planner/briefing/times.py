"""Times as the pack prints them: local wall times, with the home time beside them.

A time is always shown in the zone of the place it happens (a meeting's stop, each end of a
transfer) and, beside it, in the trip's home zone, as a head of delegation reads it against
the time at home. When a time falls on another day than the day it is listed under, the
difference in days follows it (``01:30 +1 d``); in the hour a clock change repeats, the
offset tells the two passes apart (``02:30+01:00``).
"""

from __future__ import annotations

import datetime as dt
import functools

from babel import Locale
from babel.dates import get_timezone, get_timezone_name

from planner import i18n, localtime
from planner.briefing.labels import CHINESE, Labels

NO_BREAK_SPACE = "\u00a0"
BEIJING_TIME = frozenset(
    {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC"}
)
"""Zones of China's one clock, which mainland Chinese calls 北京时间 (CLDR: 中国标准时间)."""


def clock(instant: dt.datetime, zone: str) -> str:
    """``14:00``, or ``02:30+01:00`` in an hour that a clock change repeats."""
    loc = localtime.local(instant, zone)
    text = f"{loc.hour:02d}:{loc.minute:02d}"
    if loc.replace(fold=1 - loc.fold).utcoffset() != loc.utcoffset():
        text += localtime.format_offset(loc.utcoffset())
    return text


def day(instant: dt.datetime, zone: str) -> dt.date:
    return localtime.local_date(instant, zone)


def clock_on(instant: dt.datetime, zone: str, listed: dt.date, labels: Labels) -> str:
    """The clock time in ``zone``, with the days it lies after (or before) ``listed``."""
    text = clock(instant, zone)
    offset = (day(instant, zone) - listed).days
    return f"{text} {labels.get('day_offset', days=offset)}" if offset else text


def span(
    start: dt.datetime, end: dt.datetime | None, zone: str, listed: dt.date, labels: Labels
) -> str:
    """``14:00–17:30`` in ``zone``, each end marked when it is not on ``listed``."""
    first = clock_on(start, zone, listed, labels)
    if end is None:
        return first
    return f"{first}–{clock_on(end, zone, listed, labels)}"


def utc_offset(instant: dt.datetime, zone: str, labels: Labels) -> str:
    """``UTC+02:00``: the zone's offset at that instant."""
    offset = localtime.local(instant, zone).utcoffset()
    return labels.get("utc_offset", offset=localtime.format_offset(offset))


def zone_name(instant: dt.datetime, zone: str, labels: Labels) -> str:
    """``Central European Summer Time``, ``Mitteleuropäische Sommerzeit``, ``中国标准时间``:
    the zone's CLDR name at that instant in the pack's language, which a reader knows where
    an IANA name (``Europe/Berlin``) is a programmer's word. Its spaces do not break, so the
    name is never cut across two lines; a zone CLDR has no name for keeps its IANA name.
    China's time is 北京时间 in Chinese, the name on every mainland timetable and broadcast."""
    if labels.language == CHINESE and zone in BEIJING_TIME:
        return "北京时间"
    try:
        name = get_timezone_name(
            localtime.local(instant, zone), "long", locale=_locale(labels.language)
        )
    except LookupError:
        name = zone
    return str(name).replace(" ", NO_BREAK_SPACE)


@functools.cache
def zone_with_offset(instant: dt.datetime, zone: str, labels: Labels) -> str:
    """``China Standard Time UTC+08:00``, ``Chinesische Normalzeit (UTC+08:00)``,
    ``北京时间（UTC+08:00）``: a zone named under a day's heading."""
    return labels.get(
        "zone_with_offset",
        zone=zone_name(instant, zone, labels),
        offset=utc_offset(instant, zone, labels),
    )


def _locale(language: str) -> Locale:
    get_timezone("UTC")  # babel's zone data loads here once, not inside a page's layout
    return Locale.parse(i18n.LOCALES.get(language, language))
