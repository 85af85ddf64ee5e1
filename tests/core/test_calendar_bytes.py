"""The exported bytes stay what they were, whatever writes them.

Clients compare what they hold with what they receive, and a byte that changes for the same
data (a TZID, a quote around a CN, the order of two properties) reads to some of them as a
changed event. The golden files were written by the icalendar-built export of 7 December 2026;
the events below hold every property, parameter and value shape the export writes, with the
text a user can type (commas, quotes, ``^``, backslashes, a byte-order mark, CJK and emoji
across the fold), the zones that need care (UTC and the zones icalendar writes as UTC, the
second pass of a repeated hour) and all three methods. A second check sets icalendar itself
as the judge of the sample trips' calendars in every language, edition and person: parsed and
written again by icalendar from its own values, a calendar must give the very same bytes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import ModuleType

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar.timezone.tzid import tzid_from_tzinfo

from planner import localtime, store
from planner.calendar_ics import content, export, folding
from planner.calendar_ics.events import EventSpec, ExportOptions, Party
from planner.calendar_ics.export_state import Stamped
from planner.calendar_ics.vtimezone import vtimezone, vtimezone_lines
from tests.core.test_calendar_export import export as export_trip
from tests.core.test_calendar_export import trip_uuids
from tests.core.test_cli_benchmark import bench

__all__ = ["bench", "trip_uuids"]  # the fixtures

GOLDEN = Path(__file__).resolve().parents[1] / "data" / "golden"
UTC = dt.UTC
STAMP = dt.datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
HOSTILE = 'Li "Wei", 李伟; a\\b ^caret^ \\N next line\n🎉 ’quoted’ x:y'
LONG = "Gesprächspunkte: " + "市场准入，深化合作；" * 6 + "\\" * 3 + "," * 3 + "é" * 40


def _at(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def _specs() -> list[Stamped]:
    organizer = Party("Office of Economic Affairs", "office@example.org")
    attendees = (
        Party("Li Wei (李伟)", "li.wei@example.org"),
        Party("O'Brien", "obrien@example.org"),
        Party("Plain", "plain@example.org"),
        Party("Caret ^ and, comma", "caret@example.org"),
        Party("no address", "not an address"),
    )
    specs = [
        EventSpec(
            uid="meeting-1@delegation-planner",
            summary=HOSTILE,
            start=_at(2024, 6, 17, 8),
            end=_at(2024, 6, 17, 9, 30),
            start_zone="Europe/Berlin",
            end_zone="Europe/Berlin",
            location="Rathaus, Großer Saal; Marktplatz 1",
            description=LONG + "\n" + HOSTILE,
            url="https://meet.example.org/abc?x=1;y=2",
            conference_label="Online, Raum 2",
            categories=("Meeting", "Bank, Finance", "会谈"),
            status="TENTATIVE",
            organizer=organizer,
            attendees=attendees,
            alarm_minutes=30,
            geo=(50.11552, 8.68417),
            classification="PUBLIC",
        ),
        EventSpec(  # a flight: two zones, a reminder of a day and a half
            uid="flight-1@delegation-planner",
            summary="Flight EX 123 Shenzhen 深圳 → Frankfurt am Main",
            start=_at(2024, 6, 15, 15, 55),
            end=_at(2024, 6, 16, 4, 40),
            start_zone="Asia/Shanghai",
            end_zone="Europe/Berlin",
            description="Departs\r\nArrives\rTab\there",
            url="tel:+4969123456",
            conference_label="Dial in",
            alarm_minutes=36 * 60 + 5,
            transparent=True,
            classification="CONFIDENTIAL",
        ),
        EventSpec(  # the second pass of 02:30 in Berlin, and New York
            uid="late-1@delegation-planner",
            summary="\ufeffSecond pass",
            start=_at(2024, 10, 27, 1, 30),
            end=_at(2025, 3, 9, 12),
            start_zone="Europe/Berlin",
            end_zone="America/New_York",
            alarm_minutes=1,
            geo=(-33.9, 151.0),
        ),
        EventSpec(  # a UID from another program's calendar, with a tab and a control character
            uid="odd\tuid\x01,x@example.org",
            summary="Imported",
            start=_at(2024, 6, 18, 7),
            end=_at(2024, 6, 18, 8),
            start_zone="Europe/Berlin",
            end_zone="Europe/Berlin",
            alarm_minutes=10,
        ),
        EventSpec(  # zones written in UTC: UTC itself and one icalendar counts as UTC
            uid="accra-1@delegation-planner",
            summary="Accra",
            start=_at(2024, 7, 1, 10),
            end=_at(2024, 7, 1, 11),
            start_zone="Africa/Accra",
            end_zone="UTC",
            alarm_minutes=15,
            status="CANCELLED",
            organizer=Party('The "Host"', "host@example.org"),
            attendees=(Party("Zhang San 张三", "zhang@example.org"),),
        ),
        EventSpec(  # all day, no reminder on an all-day event
            uid="hotel-1@delegation-planner",
            summary="Hotel",
            start=_at(2024, 6, 16),
            end=_at(2024, 6, 19),
            start_zone="Europe/Berlin",
            end_zone="Europe/Berlin",
            all_day=True,
            transparent=True,
            alarm_minutes=30,
            url="not a uri",
        ),
        EventSpec(
            uid="follow-1-follow-up",
            summary="Send the minutes, 纪要",
            start=_at(2024, 6, 20),
            end=_at(2024, 6, 20),
            start_zone="UTC",
            end_zone="UTC",
            todo=True,
            due=dt.date(2024, 6, 20),
            description="Draft; review",
            status="NEEDS-ACTION",
            related_to="meeting-1@delegation-planner",
            classification="PUBLIC",
        ),
        EventSpec(
            uid="follow-2-follow-up",
            summary="Done",
            start=_at(2024, 6, 21),
            end=_at(2024, 6, 21),
            start_zone="UTC",
            end_zone="UTC",
            todo=True,
            status="COMPLETED",
        ),
    ]
    return [
        Stamped(spec, sequence, STAMP + dt.timedelta(minutes=sequence))
        for sequence, spec in enumerate(specs)
    ]


@pytest.mark.parametrize("method", ["PUBLISH", "REQUEST", "CANCEL", None])
def test_the_calendar_bytes_are_the_golden_files(method: str | None) -> None:
    data = export.render('Trip "Süd", 南方; ^1', _specs(), method=method)

    assert data == (GOLDEN / f"calendar-{method or 'resource'}.ics").read_bytes()


def test_each_event_alone_is_the_golden_file_s_event() -> None:
    """Published resources and invitations render one event at a time, with its zones."""
    whole = (GOLDEN / "calendar-resource.ics").read_bytes()
    for item in _specs():
        single = export.render("Trip", [item], method=None)
        body = single.split(b"END:VTIMEZONE\r\n")[-1].split(b"BEGIN:VEVENT\r\n", 1)[-1]
        body = body.split(b"BEGIN:VTODO\r\n", 1)[-1].removesuffix(b"END:VCALENDAR\r\n")
        assert body in whole, item.spec.uid


def test_icalendar_writes_each_sample_calendar_byte_for_byte_as_the_export(
    st: store.Store, trip_uuids: dict[str, str], bench: ModuleType
) -> None:
    """As the benchmark's floor writes them (bench_cli.rebuilt)."""
    seen = 0
    for uuid in trip_uuids.values():
        for language in ("en", "de", "zh"):
            for edition in ("external", "internal"):
                options = ExportOptions(language=language, edition=edition, lodging=True)
                data = export_trip(st, uuid, options)
                assert bench.rebuilt(data) == data, (language, edition)
                seen += 1
    assert seen == 12


@pytest.mark.parametrize(
    "zone",
    [
        "Europe/Berlin",
        "Europe/London",
        "America/Sao_Paulo",
        "Australia/Lord_Howe",  # half an hour of daylight saving time
        "Asia/Kathmandu",
        "Africa/Casablanca",  # no yearly rule: one observance per change
        "America/St_Johns",
        "Pacific/Chatham",
        "Antarctica/Troll",
        "Africa/Accra",
    ],
)
def test_icalendar_writes_each_vtimezone_byte_for_byte_as_the_export(zone: str) -> None:
    written = [folding.fold(line.encode()) for line in vtimezone_lines(zone, 2023, 2025)]

    assert vtimezone(zone, 2023, 2025).to_ical() == b"\r\n".join(written) + b"\r\n"


def test_every_zone_icalendar_writes_in_utc_keeps_utc_time_in_winter_and_summer() -> None:
    """The export asks icalendar about a zone only when it keeps UTC's time all year."""
    for zone in localtime.zone_names():
        tz = localtime.zone(zone)
        if tzid_from_tzinfo(tz) == "UTC":
            assert not any(tz.utcoffset(dt.datetime(2024, m, 1)) for m in (1, 7)), zone


TEXT = st.text(alphabet=st.sampled_from("a Z,;:\\^\"'\n\rNßé€’李伟🎉\ufeff-"), max_size=40)


@settings(max_examples=300, deadline=None)
@given(value=TEXT, name=TEXT)
def test_values_and_parameters_are_icalendar_s(value: str, name: str) -> None:
    assert content.text(value) == icalendar.vText(value).to_ical().decode()
    cn = icalendar.Parameters({"CN": icalendar.vText(name)}).to_ical().decode()
    assert content.parameter(name, quote_if=" '") == cn.removeprefix("CN=")
    label = icalendar.Parameters({"LABEL": name}).to_ical().decode()
    assert content.parameter(name) == label.removeprefix("LABEL=")


@settings(max_examples=300, deadline=None)
@given(seconds=st.integers(min_value=-400_000, max_value=400_000))
def test_durations_are_icalendar_s(seconds: int) -> None:
    duration = dt.timedelta(seconds=seconds)
    assert content.duration(duration) == icalendar.vDuration(duration).to_ical().decode()
