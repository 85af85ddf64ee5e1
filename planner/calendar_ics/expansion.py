"""Working out the occurrences of recurring events within a budget of occurrences and of time.

recurring-ical-events and the dateutil rules under it have no limit of their own. dateutil
walks a rule from its DTSTART period by period and only stops at an occurrence past the end of
the window, so a rule that never matches (``BYMONTH=2;BYMONTHDAY=30``) is walked day by day to
the year 9999, and a daily rule that started centuries ago is walked through every day since;
recurring-ical-events' ``after()`` asks again with ever wider spans while it finds nothing.
All of that happens inside the libraries, where no loop of ours can look at the clock, so the
expansion runs under a trace function on this thread that counts the libraries' Python calls
and stops them once :data:`EXPANSION_SECONDS` of the file's budget are spent. (A trace function
is per thread, so it works on the window's worker threads too; any tracer a debugger had set is
put back afterwards.)

A series that is stopped early is not imported: the importer skips it and says why, naming the
count or the date at which it stopped.
"""

from __future__ import annotations

import datetime as dt
import inspect
import sys
import time
from collections.abc import Generator
from dataclasses import dataclass
from types import FrameType
from typing import Any

import recurring_ical_events  # type: ignore[import-untyped]
from icalendar import Calendar, Component

MAX_OCCURRENCES = 50
"""Occurrences of one series during the trip: more than a delegation's diary ever holds of one
event, so a series with more is a standing entry (a daily stand-up), not a meeting to plan."""
EXPANSION_SECONDS = 2.0
"""Time for working out all the series of one file: an honest file needs milliseconds; one
built to hang is stopped, and the import stays interactive."""
_FIRST_SPAN = dt.timedelta(days=62)
_CHECK_EVERY = 512
_WALKERS = ("recurring_ical_events", "dateutil", "icalendar", "x_wr_timezone")
"""The modules whose calls the budget stops."""
"""Calls between looks at the clock: reading it on every call would double the cost."""


class OutOfTime(BaseException):
    """The expansion's time is spent. A BaseException, so that a library's ``except Exception``
    cannot swallow it (the trace function is gone once it has been raised)."""


@dataclass
class Budget:
    """The time left for working out the series of one file."""

    seconds: float = EXPANSION_SECONDS

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds
        self._calls = 0
        self._late = False

    @property
    def spent(self) -> bool:
        return time.monotonic() >= self.deadline

    def _trace(self, frame: FrameType, _event: str, _arg: Any) -> None:
        self._calls += 1
        if self._calls % _CHECK_EVERY == 0 and time.monotonic() >= self.deadline:
            self._late = True
        # Raised only in a call of the libraries being walked: the thread also runs the garbage
        # collector's callbacks (an ORM collection's weakref), where an exception is "ignored"
        # and reaches the user as a warning instead of stopping the walk. Nor in a generator's
        # frame: a generator the walk let go of is closed by the collector (GeneratorExit
        # thrown into its frame), and an exception there is "ignored" too; the next ordinary
        # call of the walk raises instead.
        if (
            self._late
            and not frame.f_code.co_flags & inspect.CO_GENERATOR
            and frame.f_globals.get("__name__", "").startswith(_WALKERS)
        ):
            raise OutOfTime


@dataclass(frozen=True)
class Stopped:
    """Why a series was not worked out to its end: ``reason`` reads after "the series ..."."""

    reason: str


def occurrences(
    series: list[Component],
    window: tuple[dt.datetime, dt.datetime],
    budget: Budget,
) -> list[Component] | Stopped:
    """The occurrences of the event ``series`` (its master and changed occurrences) that start in
    ``window``, by start; :class:`Stopped` when there are more than :data:`MAX_OCCURRENCES` or
    the budget ran out. Library errors (ValueError...) are the caller's to report."""
    if budget.spent:
        return Stopped(
            f"was not worked out: the {budget.seconds:g} s for the file's repetitions are spent"
        )
    mini = Calendar()
    for component in series:
        mini.add_component(component)
    found: list[Component] = []
    # Held here, so that it is closed below with the tracer gone: closed by the return inside
    # the loop, it would run a traced frame and could raise where nothing catches it.
    series_occurrences = _between(mini, window)
    previous = sys.gettrace()
    sys.settrace(budget._trace)
    try:
        for occurrence in series_occurrences:
            if len(found) == MAX_OCCURRENCES:
                first = as_instant(occurrence.get("DTSTART").dt)
                return Stopped(
                    f"has more than {MAX_OCCURRENCES} occurrences during the trip "
                    f"(stopped at {first:%Y-%m-%d})"
                )
            found.append(occurrence)
    except OutOfTime:
        reached = "before its first occurrence during the trip"
        if found:
            last = as_instant(found[-1].get("DTSTART").dt)
            count = "1 occurrence" if len(found) == 1 else f"{len(found)} occurrences"
            reached = f"after {count}, the last on {last:%Y-%m-%d}"
        return Stopped(
            f"took more than the {budget.seconds:g} s allowed for the file's repetitions "
            f"(stopped {reached})"
        )
    finally:
        sys.settrace(previous)
        series_occurrences.close()
    return found


def _between(
    calendar: Calendar, window: tuple[dt.datetime, dt.datetime]
) -> Generator[Component, None, None]:
    """The occurrences starting in ``window``, by start, asked for in spans that double (two
    months, four...) so that a long window stops early once there are too many. Unlike
    ``after()``, it never asks beyond the window."""
    query = recurring_ical_events.of(calendar)
    start, end = window
    span = _FIRST_SPAN
    while start < end:
        stop = min(start + span, end)
        found = [o for o in query.between(start, stop) if start <= as_instant(o.get("DTSTART").dt)]
        found.sort(key=lambda o: as_instant(o.get("DTSTART").dt))
        yield from (o for o in found if as_instant(o.get("DTSTART").dt) < stop)
        start, span = stop, span * 2


def as_instant(value: dt.date | dt.datetime) -> dt.datetime:
    """A DTSTART's value as a UTC instant, to compare with a window: a date at UTC midnight."""
    if not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time(), tzinfo=dt.UTC)
    if value.tzinfo is None:  # floating: near enough to compare with a window a day wider
        return value.replace(tzinfo=dt.UTC)
    return value.astimezone(dt.UTC)
