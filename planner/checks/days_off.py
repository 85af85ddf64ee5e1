"""``public-holiday`` and ``weekend``: meetings on a day people there do not work.

The days off come from the ``holidays`` package: national public holidays of the stop's country,
plus the regional ones when the stop names an ISO 3166-2 region (``DE-BY`` is the package's
subdivision ``BY``, so Corpus Christi counts in Munich but not in Berlin). Branch venues have a
country but no region, so only national holidays apply there. A country or region the package
does not know is skipped quietly (for an unknown region, the national holidays still apply):
a missing table is a gap in the package, not a problem of the trip. The weekend is the
country's own (the package knows which days it is, and the official working weekends China
shifts around its holidays, which are not reported).

Building a table costs up to tens of milliseconds the first time, so tables are cached per
(country, subdivision, year).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

from planner import localtime
from planner.checks.facts import MeetingFact, StopFact, TripFacts
from planner.checks.messages import ENGLISH, ENGLISH_WORDS, HOLIDAY_LANGUAGES, Words
from planner.checks.problems import INFO, PUBLIC_HOLIDAY, WARNING, WEEKEND, Problem
from planner.checks.settings import CheckSettings

_WEEKEND = frozenset({5, 6})
"""Saturday and Sunday, for a country the holidays package does not know."""
_MAX_DAYS = 62
"""Days of one meeting looked at; a longer meeting is a data error other checks show."""
_IMPORT_LOCK = threading.Lock()


@dataclass(frozen=True)
class DaysOff:
    """One year of a place's days off, as plain values."""

    holidays: Mapping[dt.date, str]
    weekend: frozenset[int] = _WEEKEND
    working_weekend_days: frozenset[dt.date] = frozenset()
    named_in_language: bool = True
    """False when the package has the holidays' names only in English, not in the language
    asked for: a German or Chinese message then says which kind of day it is, not the name."""

    def holiday(self, day: dt.date) -> str | None:
        return self.holidays.get(day)

    def is_weekend(self, day: dt.date) -> bool:
        return day.weekday() in self.weekend and day not in self.working_weekend_days


@lru_cache(maxsize=512)
def days_off(
    country: str, subdivision: str | None, year: int, language: str = ENGLISH
) -> DaysOff | None:
    """The place's days off in ``year``, with the holidays named in ``language`` (``en``,
    ``de``, ``zh``) where the package has names in it, else in English; None when the holidays
    package does not know the place."""
    holidays = _holidays()
    try:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year, language="en_US")
    except NotImplementedError:  # how the package says "no such country or subdivision"
        return None
    own = HOLIDAY_LANGUAGES.get(language)
    named = language == ENGLISH or own in (getattr(table, "supported_languages", None) or ())
    if language != ENGLISH and named:
        table = holidays.country_holidays(country, subdiv=subdivision, years=year, language=own)
    names = {day: "; ".join(table.get_list(day)) for day in table}
    workdays = getattr(table, "weekend_workdays", None) or ()
    return DaysOff(
        holidays=names,
        weekend=frozenset(table.weekend) or _WEEKEND,
        working_weekend_days=frozenset(d for d in workdays if d.year == year),
        named_in_language=named,
    )


def subdivision(country: str, region: str | None) -> str | None:
    """The holidays package's subdivision for an ISO 3166-2 region (``DE-BY`` is ``BY``)."""
    if not region:
        return None
    code = region.strip().upper()
    prefix = f"{country.upper()}-"
    if code.startswith(prefix):
        return code[len(prefix) :] or None
    return None if "-" in code else code


def check_days_off(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    """A problem per meeting and local day that is a public holiday or a weekend there."""
    stops = {s.uuid: s for s in facts.stops}
    for meeting in facts.meetings:
        if meeting.cancelled:
            continue
        stop = stops.get(meeting.stop_uuid)
        places = []
        if stop is not None:
            places.append(_Place(meeting.zone, stop.country, stop.region, stop.city, None))
        places.extend(
            _Place(b.zone, b.country, None, b.city, b.name)
            for b in meeting.branches
            if stop is None or b.country != stop.country or b.zone != meeting.zone
        )
        seen: set[tuple[str, str | None, dt.date]] = set()
        for place in places:
            for day in _local_days(meeting, place.zone):
                key = (place.country, place.region, day)
                if key in seen:
                    continue
                seen.add(key)
                problem = _day_problem(meeting, stop, place, day, words)
                if problem is not None:
                    yield problem


def _holidays() -> ModuleType:
    """The holidays package, its ``countries`` package in place but not yet run.

    ``holidays.countries`` imports all 250 countries (a third of ``planner check``, 250 ms)
    while a trip needs two or three: each country's own module is imported when its table is
    first asked for. The package's code runs, whole and unchanged, the first time anything
    asks it for a name of its own (``from holidays.countries import France``).
    """
    with _IMPORT_LOCK:
        if "holidays.countries" not in sys.modules:
            import holidays  # noqa: PLC0415 - ~50 ms the window's start need not pay

            spec = importlib.util.find_spec("holidays.countries")
            assert spec is not None and spec.loader is not None
            package = importlib.util.module_from_spec(spec)
            loader = spec.loader

            def complete(name: str) -> object:
                del package.__dict__["__getattr__"]
                loader.exec_module(package)
                return getattr(package, name)

            package.__dict__["__getattr__"] = complete
            sys.modules[spec.name] = package
            holidays.countries = package
    import holidays  # noqa: PLC0415

    return holidays


@dataclass(frozen=True)
class _Place:
    zone: str
    country: str
    region: str | None
    city: str
    branch: str | None


def _day_problem(
    meeting: MeetingFact, stop: StopFact | None, place: _Place, day: dt.date, words: Words
) -> Problem | None:
    country = place.country.upper()
    national = days_off(country, None, day.year, words.language)
    sub = subdivision(country, place.region)
    regional = days_off(country, sub, day.year, words.language) if sub else None
    table = regional or national
    if table is None:
        return None
    where = words.text(
        "days_off.where.city" if place.branch is None else "days_off.where.branch",
        city=place.city,
    )
    instant = _instant_on(meeting, place.zone, day)
    values = {
        "title": words.quoted(meeting.title),
        "where": where,
        "when": words.when(instant, place.zone),
    }
    name = table.holiday(day)
    if name is not None:
        if national is not None and national.holiday(day) is not None:
            region_text = words.country(country)
        else:
            region_text = words.region(country, place.region or "")
        kind, severity = PUBLIC_HOLIDAY, WARNING
        if table.named_in_language:
            text = words.text("days_off.holiday", holiday=name, region=region_text, **values)
        else:
            text = words.text("days_off.holiday_unnamed", region=region_text, **values)
    elif table.is_weekend(day):
        kind, severity = WEEKEND, INFO
        text = words.text("days_off.weekend", weekday=words.weekday(day), **values)
    else:
        return None
    return Problem(
        kind=kind,
        severity=severity,
        message=text,
        items=(meeting.title,),
        instant=instant,
        zone=place.zone,
        meeting_uuids=(meeting.uuid,),
        stop_uuid=stop.uuid if stop is not None else None,
    )


def _local_days(meeting: MeetingFact, zone: str) -> list[dt.date]:
    """The local days the meeting touches in ``zone`` (one ending at midnight not the next)."""
    first = localtime.local(meeting.start, zone).date()
    last = localtime.local(meeting.end - dt.timedelta(microseconds=1), zone).date()
    count = min((last - first).days + 1, _MAX_DAYS)
    return [first + dt.timedelta(days=i) for i in range(count)]


def _instant_on(meeting: MeetingFact, zone: str, day: dt.date) -> dt.datetime:
    """When the meeting is under way on ``day``: its start, or that day's local midnight."""
    if localtime.local(meeting.start, zone).date() == day:
        return meeting.start
    try:
        return localtime.to_instant(dt.datetime.combine(day, dt.time()), zone)
    except localtime.TimeError:  # midnight skipped by a clock change there
        return meeting.start
