"""How the checks word times, titles and names in their messages.

A message must be clear to a trade officer reading it in a list: the local time in the zone of
the place concerned, with the zone named, and in the hour a clock change repeats the offset too,
so the two passes of 02:30 read differently. Day and month names are English words of their
own rather than ``strftime``'s, which follow the machine's locale.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner import localtime

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when(instant: dt.datetime, zone: str) -> str:
    """``Tue 18 Jun 10:30 (Europe/Berlin)``: the local day and time with the zone."""
    return f"{day(instant, zone)} {clock(instant, zone)} ({zone})"


def day(instant: dt.datetime, zone: str) -> str:
    """``Tue 18 Jun``: the local day of ``instant`` in ``zone``."""
    return date(localtime.local(instant, zone).date())


def date(value: dt.date) -> str:
    return f"{_DAYS[value.weekday()]} {value.day} {_MONTHS[value.month - 1]}"


def clock(instant: dt.datetime, zone: str) -> str:
    """``10:30``, or ``02:30+01:00`` in an hour that a clock change repeats."""
    loc = localtime.local(instant, zone)
    text = loc.strftime("%H:%M")
    if loc.replace(fold=1 - loc.fold).utcoffset() != loc.utcoffset():
        text += localtime.format_offset(loc.utcoffset())
    return text


def local_stamp(instant: dt.datetime, zone: str) -> str:
    """``2024-06-18 10:30``: sortable, for columns (the zone is shown beside it)."""
    loc = localtime.local(instant, zone)
    return f"{loc.date().isoformat()} {clock(instant, zone)}"


def quoted(title: str) -> str:
    return f"'{title}'"


def names(people: Iterable[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    items = list(people)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def duration(span: dt.timedelta) -> str:
    """``45 min``, ``2 h``, ``1 h 30 min``, ``-15 min`` (whole minutes)."""
    minutes = round(span.total_seconds() / 60)
    sign, minutes = ("-" if minutes < 0 else ""), abs(minutes)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{sign}{rest} min"
    return f"{sign}{hours} h" + (f" {rest} min" if rest else "")
