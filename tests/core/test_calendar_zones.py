"""Time zones in calendars: the VTIMEZONEs the export writes (right offsets, Outlook's shape)
and the zone names other programs write (Windows, vendor prefixes, display names)."""

from __future__ import annotations

import datetime as dt
import uuid

import icalendar
import pytest

from planner import localtime
from planner.calendar_ics import lint, zones
from planner.calendar_ics.vtimezone import YearlyRule, vtimezone, yearly_rule

UTC = dt.UTC
REGULAR = [
    "Europe/Berlin",
    "Europe/London",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Shanghai",
    "Asia/Kolkata",
    "America/Sao_Paulo",
]


def offsets_read_back(zone: str, first: int, last: int) -> list[tuple[dt.datetime, dt.timedelta]]:
    """What a client that knows only our VTIMEZONE makes of instants every 7 hours: the zone is
    renamed (afresh each time: icalendar caches zones by name) so that icalendar cannot fall
    back on its own copy of the IANA zone."""
    custom = f"Test-Only-From-The-Definition-{uuid.uuid4().hex}"
    component = vtimezone(zone, first, last).to_ical().decode().replace(zone, custom)
    start = dt.datetime(first, 1, 1, tzinfo=UTC)
    stop = dt.datetime(last + 1, 1, 1, tzinfo=UTC)
    walls = []
    instant = start
    while instant < stop:
        walls.append(localtime.local(instant, zone).replace(tzinfo=None, fold=0))
        instant += dt.timedelta(hours=7)
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:{i}\r\nDTSTAMP:20240101T000000Z\r\n"
        f"DTSTART;TZID={custom}:{wall:%Y%m%dT%H%M%S}\r\nEND:VEVENT\r\n"
        for i, wall in enumerate(walls)
    )
    calendar = icalendar.Calendar.from_ical(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\n{component}{events}END:VCALENDAR\r\n"
    )
    found = []
    for wall, event in zip(walls, calendar.walk("VEVENT"), strict=True):
        start_value = event.decoded("DTSTART")
        assert start_value.tzinfo is not None
        offset = start_value.utcoffset()
        assert offset is not None
        found.append((wall, offset))
    return found


@pytest.mark.parametrize("zone", REGULAR)
def test_a_client_reading_only_our_vtimezone_gets_the_offsets_of_tzdata(zone: str) -> None:
    tz = localtime.zone(zone)
    for wall, offset in offsets_read_back(zone, 2024, 2025):
        expected = wall.replace(tzinfo=tz).utcoffset()
        if wall.replace(tzinfo=tz, fold=1).utcoffset() != expected:
            continue  # a repeated wall time: clients may pick either pass
        assert offset == expected, (zone, wall)


@pytest.mark.parametrize("zone", REGULAR)
def test_every_zone_gets_one_standard_or_one_standard_and_one_daylight(zone: str) -> None:
    component = vtimezone(zone, 2024, 2025)
    assert lint.vtimezone_shape(component) == []
    names = [c.name for c in component.subcomponents]
    has_dst = localtime.local(dt.datetime(2024, 1, 15, tzinfo=UTC), zone).utcoffset() != (
        localtime.local(dt.datetime(2024, 7, 15, tzinfo=UTC), zone).utcoffset()
    )
    assert names == (["STANDARD", "DAYLIGHT"] if has_dst else ["STANDARD"])
    for observance in component.subcomponents:
        assert "RDATE" not in observance
        # each observance starts before the first event's year, so every event is covered
        assert observance.decoded("DTSTART").year == 2023


def test_the_rules_are_those_of_the_zone() -> None:
    new_york = vtimezone("America/New_York", 2024, 2024)
    standard, daylight = new_york.subcomponents
    assert standard["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=2SU;BYMONTH=3"
    assert daylight.decoded("DTSTART") == dt.datetime(2023, 3, 12, 2, 0)
    sydney = vtimezone("Australia/Sydney", 2024, 2024)
    standard, daylight = sydney.subcomponents
    assert standard["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=4"
    assert daylight["RRULE"].to_ical() == b"FREQ=YEARLY;BYDAY=1SU;BYMONTH=10"
    assert str(daylight["TZNAME"]) == "AEDT"


def test_a_zone_that_follows_no_yearly_rule_gets_exact_observances_without_rules() -> None:
    # Morocco suspends its summer time for Ramadan, which moves through the solar year.
    component = vtimezone("Africa/Casablanca", 2024, 2025)
    assert all("RRULE" not in c and "RDATE" not in c for c in component.subcomponents)
    assert len(component.subcomponents) > 2
    tz = localtime.zone("Africa/Casablanca")
    for wall, offset in offsets_read_back("Africa/Casablanca", 2024, 2025):
        expected = wall.replace(tzinfo=tz).utcoffset()
        if wall.replace(tzinfo=tz, fold=1).utcoffset() == expected:
            assert offset == expected, wall


def test_vtimezones_are_the_same_for_the_same_zone_and_years() -> None:
    first = vtimezone("Europe/Berlin", 2024, 2024).to_ical()
    assert vtimezone("Europe/Berlin", 2024, 2024).to_ical() == first
    assert vtimezone("Europe/Berlin", 2022, 2024).to_ical() != first


def test_a_yearly_rule_prefers_the_last_weekday_when_both_readings_fit() -> None:
    assert yearly_rule([dt.date(2024, 3, 31), dt.date(2025, 3, 30)]) == YearlyRule(3, 6, -1)
    assert yearly_rule([dt.date(2024, 3, 10), dt.date(2025, 3, 9)]) == YearlyRule(3, 6, 2)
    assert yearly_rule([dt.date(2024, 3, 10), dt.date(2025, 3, 16)]) is None
    assert yearly_rule([]) is None


@pytest.mark.parametrize(
    ("tzid", "zone"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("China Standard Time", "Asia/Shanghai"),
        ("Eastern Standard Time", "America/New_York"),
        ("/mozilla.org/20050126_1/Europe/Berlin", "Europe/Berlin"),
        ('"Europe/Berlin"', "Europe/Berlin"),
        ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna", "Europe/Amsterdam"),
        ("(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi", "Asia/Chongqing"),
        ("UTC", "UTC"),
    ],
)
def test_zone_names_of_other_programs_map_to_iana(tzid: str, zone: str) -> None:
    assert zones.iana_zone(tzid) == zone


@pytest.mark.parametrize(
    "tzid",
    ["", "Western/Central Europe", "CUSTOM_tzid", "(UTC+05:00) Amsterdam", "localtime"],
)
def test_unknown_zone_names_map_to_nothing(tzid: str) -> None:
    assert zones.iana_zone(tzid) is None
