"""How the checks word times, titles and names, in English (see :mod:`planner.checks.messages`
for every language).

A message must be clear to a trade officer reading it in a list: the local time in the zone of
the place concerned, with the zone named, and in the hour a clock change repeats the offset too,
so the two passes of 02:30 read differently.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from planner import localtime
from planner.checks.messages import ENGLISH_WORDS, clock

__all__ = ["clock", "date", "day", "duration", "local_stamp", "names", "quoted", "when"]


def when(instant: dt.datetime, zone: str) -> str:
    """``Tue 18 Jun 10:30 (Europe/Berlin)``: the local day and time with the zone."""
    return ENGLISH_WORDS.when(instant, zone)


def day(instant: dt.datetime, zone: str) -> str:
    """``Tue 18 Jun``: the local day of ``instant`` in ``zone``."""
    return ENGLISH_WORDS.day(instant, zone)


def date(value: dt.date) -> str:
    return ENGLISH_WORDS.date(value)


def local_stamp(instant: dt.datetime, zone: str) -> str:
    """``2024-06-18 10:30``: sortable, for columns (the zone is shown beside it)."""
    loc = localtime.local(instant, zone)
    return f"{loc.date().isoformat()} {clock(instant, zone)}"


def quoted(title: str) -> str:
    return ENGLISH_WORDS.quoted(title)


def names(people: Iterable[str]) -> str:
    """``A``, ``A and B``, ``A, B and C``."""
    return ENGLISH_WORDS.names(people)


def duration(span: dt.timedelta) -> str:
    """``45 min``, ``2 h``, ``1 h 30 min``, ``-15 min`` (whole minutes)."""
    return ENGLISH_WORDS.duration(span)
