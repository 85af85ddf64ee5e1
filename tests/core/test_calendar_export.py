"""Calendar export (planner ics): files the big clients and independent parsers accept, the
same bytes for the same data, SEQUENCE raised for what changed, cancellations for what went
away, one person's calendar and the two editions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import icalendar
import pytest
import vobject
from sqlalchemy import select

from planner import calendar_ics, cli, editing, model, snapshots, store, trips
from planner.calendar_ics import lint
from planner.calendar_ics.events import EventSpec, ExportOptions, Party
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import MeetingRecord
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN

UTC = dt.UTC
FIRST_EXPORT = dt.datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
LATER = dt.datetime(2024, 5, 20, 16, 30, tzinfo=UTC)
NANSHAN_TITLE = "Nanshan economic and trade delegation to Germany"


@pytest.fixture
def trip_uuids(st: store.Store) -> dict[str, str]:
    with st.transaction() as session:
        return {
            "nanshan": trips.import_trip(session, NANSHAN).uuid,
            "jiangsu": trips.import_trip(session, JIANGSU).uuid,
        }


def export(
    st: store.Store,
    trip_uuid: str,
    options: ExportOptions | None = None,
    now: dt.datetime = FIRST_EXPORT,
) -> bytes:
    with st.transaction() as session:
        return calendar_ics.export_calendar(
            session, trip_uuid, options or ExportOptions(), now=now
        ).data


def events_of(data: bytes) -> dict[str, icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def person_uuid(st: store.Store, given: str, family: str) -> str:
    with st.session() as session:
        found = session.scalar(
            select(model.Person.uuid).where(
                model.Person.given_name == given, model.Person.family_name == family
            )
        )
    assert found is not None
    return found


def meeting_uuid(st: store.Store, title: str) -> str:
    with st.session() as session:
        found = session.scalar(select(model.Meeting.uuid).where(model.Meeting.title == title))
    assert found is not None
    return found


def dump(path: Path | str) -> list[str]:
    return dumps.dump(path)


def all_variants(st: store.Store, trip_uuids: dict[str, str]) -> Iterator[tuple[str, bytes]]:
    """Every calendar the two example trips give: trip and each person, both editions."""
    for name, uuid in trip_uuids.items():
        with st.session() as session:
            source = calendar_ics.read_source(session, uuid)
        for person in (None, *source.people):
            for edition in calendar_ics.EDITIONS:
                options = ExportOptions(edition=edition, person_uuid=person, lodging=True)
                yield f"{name}/{person}/{edition}", export(st, uuid, options)


# ---------------------------------------------------------------------------------------------
# What clients and independent parsers demand


def test_every_calendar_passes_the_interop_lint_and_two_independent_parsers(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    seen = 0
    for name, data in all_variants(st, trip_uuids):
        seen += 1
        assert lint.problems(data) == [], name
        assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b""), name
        parsed = icalendar.Calendar.from_ical(data)
        defined = {str(tz["TZID"]) for tz in parsed.walk("VTIMEZONE")}
        used = set(re.findall(r"TZID=([^:;]+)", data.decode()))
        assert used == defined, name
        for event in parsed.walk("VEVENT"):
            assert "UID" in event and "DTSTAMP" in event, name
            assert event.decoded("DTSTAMP").tzinfo is not None
        independent = vobject.readOne(data.decode())
        assert independent.method.value == "PUBLISH"
        vevents = independent.contents.get("vevent", [])
        assert len(vevents) == len(parsed.walk("VEVENT")), name
        for vevent in vevents:
            assert vevent.uid.value and vevent.dtstamp.value.tzinfo is not None
            start = vevent.dtstart.value
            assert isinstance(start, dt.date)
            if isinstance(start, dt.datetime):
                assert start.tzinfo is not None, f"{name}: a floating time"
    assert seen > 20


def test_the_calendar_has_its_name_method_prodid_and_one_vtimezone_per_zone(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    data = export(st, trip_uuids["nanshan"])
    text = data.decode()
    assert f"X-WR-CALNAME:{NANSHAN_TITLE}" in text.replace("\r\n ", "")
    assert "METHOD:PUBLISH\r\n" in text and "PRODID:" in text and "VERSION:2.0\r\n" in text
    calendar = icalendar.Calendar.from_ical(data)
    assert sorted(str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")) == [
        "Asia/Shanghai",
        "Europe/Berlin",
    ]


def test_vtimezones_have_the_shape_outlook_reads(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    calendar = icalendar.Calendar.from_ical(export(st, trip_uuids["nanshan"]))
    zones = {str(tz["TZID"]): tz for tz in calendar.walk("VTIMEZONE")}
    berlin = zones["Europe/Berlin"]
    assert [c.name for c in berlin.subcomponents] == ["STANDARD", "DAYLIGHT"]
    standard, daylight = berlin.subcomponents
    assert standard["RRULE"] == {"FREQ": ["YEARLY"], "BYMONTH": [10], "BYDAY": ["-1SU"]}
    assert daylight["RRULE"] == {"FREQ": ["YEARLY"], "BYMONTH": [3], "BYDAY": ["-1SU"]}
    assert (standard.decoded("TZOFFSETTO"), daylight.decoded("TZOFFSETTO")) == (
        dt.timedelta(hours=1),
        dt.timedelta(hours=2),
    )
    shanghai = zones["Asia/Shanghai"]
    assert [c.name for c in shanghai.subcomponents] == ["STANDARD"]
    (only,) = shanghai.subcomponents
    assert "RRULE" not in only and "RDATE" not in only
    assert only.decoded("TZOFFSETFROM") == only.decoded("TZOFFSETTO") == dt.timedelta(hours=8)
    for tz in zones.values():
        assert lint.vtimezone_shape(tz) == []
        assert all("RDATE" not in c for c in tz.subcomponents)


def test_events_have_stable_uids_from_the_persistent_uuids(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    options = ExportOptions(lodging=True)
    events = events_of(export(st, trip_uuids["nanshan"], options))
    nanshan = model.Trip.uuid == trip_uuids["nanshan"]
    with st.session() as session:
        meetings = session.scalars(select(model.Meeting.uuid).join(model.Trip).where(nanshan))
        transfers = session.scalars(select(model.Transfer.uuid).join(model.Trip).where(nanshan))
        stops = session.scalars(
            select(model.Stop.uuid)
            .join(model.Trip)
            .where(nanshan, model.Stop.lodging_name.is_not(None))
        ).all()
    expected = {f"{u}@delegation-planner" for u in (*meetings, *transfers)}
    expected |= {f"{u}-check-{w}@delegation-planner" for u in stops for w in ("in", "out")}
    assert set(events) == expected
    again = events_of(export(st, trip_uuids["nanshan"], options, now=LATER))
    assert set(again) == set(events)


def test_a_meeting_event_has_everything_a_delegate_needs(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    events = events_of(export(st, trip_uuids["jiangsu"]))
    opening = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Opening"))
    assert opening["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert opening.decoded("DTSTART") == dt.datetime(2022, 7, 7, 7, 0, tzinfo=UTC)
    assert str(opening["LOCATION"]).startswith("Sino-German (Changzhou) Innovation Park")
    assert str(opening["STATUS"]) == "CONFIRMED"
    assert opening["CATEGORIES"].cats == ["Conference"]
    description = str(opening["DESCRIPTION"])
    assert "Objectives:\nSign 10 Sino-German cooperation projects" in description
    assert "- 50th anniversary of China-Germany diplomatic relations" in description
    assert (
        "- Ms. Sheng Lei (盛蕾), head of delegation: Mayor of Changzhou (illustrative); "
        "Changzhou Municipal People's Government\n"
    ) in description
    assert "- Dr. Anna Becker: Head of China Desk (illustrative); Commerzbank" in description
    assert "At Branch venue Frankfurt, Frankfurt am Main, 2022-07-07 09:00–11:30" in description
    attendees = opening["ATTENDEE"]
    attendees = attendees if isinstance(attendees, list) else [attendees]
    assert [str(a) for a in attendees] == ["mailto:anna.becker@example.com"]
    assert attendees[0].params["CN"] == "Anna Becker"
    (alarm,) = opening.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == dt.timedelta(minutes=-30)
    assert "Opening of the Jiangsu-Germany Dialogue 2022" in str(alarm["DESCRIPTION"])


def test_an_organizer_is_the_hosts_attendee_with_an_email(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    uuid = meeting_uuid(st, "Signing: memorandum of cooperation with Commerzbank")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
        commerzbank = session.scalar(
            select(model.Organization.uuid).where(model.Organization.name == "Commerzbank")
        )
        editing.update(session, uuid, dataclasses.replace(record, host=commerzbank))
    event = events_of(export(st, trip_uuids["jiangsu"]))[f"{uuid}@delegation-planner"]
    assert str(event["ORGANIZER"]) == "mailto:anna.becker@example.com"
    assert event["ORGANIZER"].params["CN"] == "Anna Becker"


def test_a_transfer_shows_both_local_times_and_ends_in_the_arrival_zone(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    events = events_of(export(st, trip_uuids["nanshan"]))
    flight = next(e for e in events.values() if str(e["SUMMARY"]).startswith("Flight EX 123"))
    assert flight["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert flight["DTEND"].params["TZID"] == "Europe/Berlin"
    description = str(flight["DESCRIPTION"])
    assert "Departs Shenzhen: 2024-06-15 23:55 (Asia/Shanghai, UTC+08:00)" in description
    assert "Arrives Frankfurt am Main: 2024-06-16 06:40 (Europe/Berlin, UTC+02:00)" in description
    assert "Booking reference: ABC123" in description
    assert flight["CATEGORIES"].cats == ["Flight"]


def test_lodging_is_all_day_check_in_and_check_out_when_chosen(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    without = events_of(export(st, trip_uuids["nanshan"]))
    assert not [uid for uid in without if "-check-" in uid]
    events = events_of(export(st, trip_uuids["nanshan"], ExportOptions(lodging=True)))
    check_in = next(
        e for e in events.values() if str(e["SUMMARY"]) == "Check-in: Hotel Isar (example)"
    )
    assert check_in.decoded("DTSTART") == dt.date(2024, 6, 20)
    assert check_in.decoded("DTEND") == dt.date(2024, 6, 21)
    assert str(check_in["TRANSP"]) == "TRANSPARENT"
    assert not check_in.walk("VALARM")
    assert "Bayerstraße 5, 80335 München" in str(check_in["LOCATION"])


def test_the_reminder_is_configurable_and_can_be_turned_off(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    events = events_of(export(st, trip_uuids["nanshan"], ExportOptions(reminder_minutes=90)))
    triggers = {a.decoded("TRIGGER") for e in events.values() for a in e.walk("VALARM")}
    assert triggers == {dt.timedelta(minutes=-90)}
    quiet = events_of(export(st, trip_uuids["nanshan"], ExportOptions(reminder_minutes=0)))
    assert not [a for e in quiet.values() for a in e.walk("VALARM")]


# ---------------------------------------------------------------------------------------------
# Reproducible, and updates that clients apply


def test_exporting_unchanged_data_again_gives_identical_bytes(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    options = ExportOptions(lodging=True, edition="internal")
    first = export(st, trip_uuids["nanshan"], options, now=FIRST_EXPORT)
    second = export(st, trip_uuids["nanshan"], options, now=LATER)
    assert first == second
    stamps = set(re.findall(rb"DTSTAMP:(\S+)", first))
    assert stamps == {b"20240501T090000Z"}


def test_editing_a_meeting_raises_its_sequence_and_last_modified_only(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    before = events_of(export(st, trip_uuids["nanshan"], now=FIRST_EXPORT))
    uuid = meeting_uuid(st, "Meeting with Ledvance management")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
        moved = dataclasses.replace(
            record,
            start=record.start + dt.timedelta(hours=1),
            end=record.end + dt.timedelta(hours=1),
        )
        editing.update(session, uuid, moved)
    after = events_of(export(st, trip_uuids["nanshan"], now=LATER))
    uid = f"{uuid}@delegation-planner"
    assert (before[uid]["SEQUENCE"], after[uid]["SEQUENCE"]) == (0, 1)
    assert after[uid].decoded("LAST-MODIFIED") == LATER
    assert after[uid].decoded("DTSTAMP") == LATER
    assert after[uid].decoded("DTSTART") == before[uid].decoded("DTSTART") + dt.timedelta(hours=1)
    for other in set(before) - {uid}:
        assert after[other]["SEQUENCE"] == 0
        assert after[other].decoded("LAST-MODIFIED") == FIRST_EXPORT
    third = events_of(export(st, trip_uuids["nanshan"], now=LATER + dt.timedelta(days=1)))
    assert third[uid]["SEQUENCE"] == 1


def test_a_cancelled_and_a_deleted_meeting_come_out_cancelled(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    export(st, trip_uuids["nanshan"], now=FIRST_EXPORT)
    cancelled = meeting_uuid(st, "Meeting with Ledvance management")
    deleted = meeting_uuid(st, "Site visit and talks at trinamiX")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, cancelled)
        editing.update(session, cancelled, dataclasses.replace(record, status="cancelled"))
        snapshot = editor_for(MeetingRecord).remove(session, deleted)
    data = export(st, trip_uuids["nanshan"], now=LATER)
    assert lint.problems(data) == []
    events = events_of(data)
    for uuid, title in (
        (cancelled, "Meeting with Ledvance management"),
        (deleted, "Site visit and talks at trinamiX"),
    ):
        event = events[f"{uuid}@delegation-planner"]
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["SUMMARY"]) == f"Cancelled: {title}"
        assert event["SEQUENCE"] == 1
        assert event.decoded("DTSTAMP") == LATER
        assert not event.walk("VALARM")
    deleted_event = events[f"{deleted}@delegation-planner"]
    assert deleted_event.decoded("DTSTART") == dt.datetime(2024, 6, 18, 8, 0, tzinfo=UTC)
    # ... in every later export, unchanged, so that a client that missed one still learns it
    assert export(st, trip_uuids["nanshan"], now=LATER + dt.timedelta(days=3)) == data
    # an undone delete brings the meeting back under its UID, with a higher sequence
    with st.transaction() as session:
        snapshots.restore(session, snapshot)
    back = events_of(export(st, trip_uuids["nanshan"], now=LATER + dt.timedelta(days=4)))
    assert str(back[f"{deleted}@delegation-planner"]["STATUS"]) == "CONFIRMED"
    assert back[f"{deleted}@delegation-planner"]["SEQUENCE"] == 2


def test_a_meeting_cancelled_before_any_export_is_left_out(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    uuid = meeting_uuid(st, "Meeting with Ledvance management")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
        editing.update(session, uuid, dataclasses.replace(record, status="cancelled"))
    assert f"{uuid}@delegation-planner" not in events_of(export(st, trip_uuids["nanshan"]))


def test_an_export_of_chosen_meetings_holds_them_only_and_cancels_nothing(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    export(st, trip_uuids["nanshan"], now=FIRST_EXPORT)
    chosen = meeting_uuid(st, "Meeting with Ledvance management")
    events = events_of(
        export(st, trip_uuids["nanshan"], ExportOptions(meeting_uuids=(chosen,)), now=LATER)
    )
    assert list(events) == [f"{chosen}@delegation-planner"]
    assert str(events[f"{chosen}@delegation-planner"]["STATUS"]) == "TENTATIVE"
    whole = events_of(export(st, trip_uuids["nanshan"], now=LATER))
    assert not [e for e in whole.values() if str(e["STATUS"]) == "CANCELLED"]


def test_a_failed_write_leaves_no_file_and_no_export_state(
    st: store.Store, trip_uuids: dict[str, str], tmp_path: Path
) -> None:
    before = dump(st.location)
    target = tmp_path / "no-such-folder" / "trip.ics"
    with (
        pytest.raises(PlannerError, match="cannot write the calendar"),
        st.transaction() as session,
    ):
        calendar_ics.export_to_file(session, trip_uuids["nanshan"], ExportOptions(), target)
    assert not target.parent.exists()
    assert dump(st.location) == before


def test_writing_several_files_is_all_or_nothing(tmp_path: Path) -> None:
    good, bad = tmp_path / "a.ics", tmp_path / "missing" / "b.ics"
    with pytest.raises(PlannerError):
        calendar_ics.write_files({good: b"BEGIN:VCALENDAR\r\n", bad: b"x"})
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------------------------
# One person's calendar, and the editions


def test_a_delegates_calendar_has_their_meetings_travel_and_lodging(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    with st.session() as session:
        source = calendar_ics.read_source(session, trip_uuids["nanshan"])
    wong = calendar_ics.find_person(source, "Wong")  # a staff member without a given name
    data = export(st, trip_uuids["nanshan"], ExportOptions(person_uuid=wong.uuid, lodging=True))
    summaries = sorted(str(e["SUMMARY"]) for e in events_of(data).values())
    assert [s for s in summaries if not s.startswith(("Flight", "Train", "Check-"))] == [
        "Memorandum signing with Siemens Healthineers",
        "Nanshan–Frankfurt cooperation session",
    ]
    assert sum(1 for s in summaries if s.startswith(("Flight", "Train"))) == 4
    assert sum(1 for s in summaries if s.startswith("Check-")) == 6
    name = icalendar.Calendar.from_ical(data)["X-WR-CALNAME"]
    assert str(name) == f"{NANSHAN_TITLE} – Wong"
    li = calendar_ics.find_person(source, "Wei Li")
    assert calendar_ics.find_person(source, "李伟") == li


def test_a_counterpart_at_the_main_venue_gets_their_meetings_only(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    bruder = person_uuid(st, "Ingmar", "Bruder")
    data = export(st, trip_uuids["nanshan"], ExportOptions(person_uuid=bruder, lodging=True))
    (event,) = events_of(data).values()
    assert str(event["SUMMARY"]) == "Site visit and talks at trinamiX"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"


def test_a_counterparts_calendar_shows_the_branch_venue_in_its_zone_and_no_travel(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    becker = person_uuid(st, "Anna", "Becker")
    data = export(st, trip_uuids["jiangsu"], ExportOptions(person_uuid=becker, lodging=True))
    assert lint.problems(data) == []
    events = list(events_of(data).values())
    assert len(events) == 2
    for event in events:
        assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
        assert str(event["LOCATION"]).startswith("Branch venue Frankfurt")
        assert "Joined from Branch venue Frankfurt" in str(event["DESCRIPTION"])
        assert "Main venue: Sino-German (Changzhou) Innovation Park" in str(event["DESCRIPTION"])
        assert str(event["URL"]) == "https://meet.example.org/jiangsu-germany-2022"
    opening = next(e for e in events if str(e["SUMMARY"]).startswith("Opening"))
    assert opening.decoded("DTSTART") == dt.datetime(2022, 7, 7, 7, 0, tzinfo=UTC)
    assert opening["DTSTART"].to_ical() == b"20220707T090000"


def test_the_external_edition_leaves_out_private_notes_and_notes_on_people(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    private = "Seat the head of delegation next to the club's board member."
    person_note = "Illustrative person."

    def text(edition: str) -> str:
        data = export(st, trip_uuids["nanshan"], ExportOptions(edition=edition))
        return " ".join(str(e.get("DESCRIPTION", "")) for e in events_of(data).values())

    external, internal = text("external"), text("internal")
    assert private not in external and person_note not in external
    assert private in internal and person_note in internal
    assert text("external") == external


def test_each_person_and_edition_keeps_its_own_export_state(
    st: store.Store, trip_uuids: dict[str, str]
) -> None:
    trip = trip_uuids["nanshan"]
    external = export(st, trip, now=FIRST_EXPORT)
    export(st, trip, ExportOptions(edition="internal"), now=LATER)
    assert export(st, trip, now=LATER + dt.timedelta(days=1)) == external


# ---------------------------------------------------------------------------------------------
# The command line


def test_ics_writes_the_file_and_says_what_it_holds(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["--store", str(store_path), "import", str(NANSHAN)]) == 0
    target = tmp_path / "nanshan.ics"
    capsys.readouterr()
    code = cli.main(
        ["--store", str(store_path), "ics", "1", "-o", str(target), "--lodging", "--reminder", "15"]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert out == f"wrote {target}: 15 events, 0 of them cancelled\n"
    assert lint.problems(target.read_bytes()) == []
    assert b"TRIGGER:-PT15M" in target.read_bytes()
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ("Nobody Here", "no person of the trip"),
        ("Wei", "no person of the trip"),
        ("Li Li", "no person of the trip"),
    ],
)
def test_an_unknown_person_is_an_error_in_one_line(
    store_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    person: str,
    message: str,
) -> None:
    cli.main(["--store", str(store_path), "import", str(NANSHAN)])
    capsys.readouterr()
    target = tmp_path / "x.ics"
    code = cli.main(["--store", str(store_path), "ics", "1", "-o", str(target), "--person", person])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("planner: error: ") and message in err and err.count("\n") == 1
    assert not target.exists()


def test_an_ambiguous_person_is_an_error_in_one_line(
    st: store.Store, trip_uuids: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with st.transaction() as session:
        twin = model.Person(family_name="Li", given_name="Wei", languages=[])
        trip = session.scalar(select(model.Trip).where(model.Trip.uuid == trip_uuids["nanshan"]))
        assert trip is not None
        trip.people_links.append(model.TripPerson(person=twin))
    st.close()
    code = cli.main(
        ["--store", st.location, "ics", "1", "-o", str(tmp_path / "x.ics"), "--person", "Wei Li"]
    )
    err = capsys.readouterr().err
    assert code == 2 and "2 people of the trip" in err and err.count("\n") == 1


def test_ics_by_person_in_native_script(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["--store", str(store_path), "import", str(NANSHAN)])
    target = tmp_path / "li.ics"
    code = cli.main(["--store", str(store_path), "ics", "1", "-o", str(target), "--person", "李伟"])
    assert code == 0
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert str(calendar["X-WR-CALNAME"]).endswith(" – Li Wei 李伟")  # as the packs name him


def test_a_negative_reminder_is_a_usage_error(
    store_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--store", str(store_path), "ics", "1", "-o", "x.ics", "--reminder", "-5"])
    assert exc.value.code == 2
    assert "not a number of minutes" in capsys.readouterr().err


# ---------------------------------------------------------------------------------------------
# Across a clock change, and an upgraded store


CLOCK_CHANGE_TRIP: dict[str, Any] = {
    "format": "delegation-trip",
    "version": 1,
    "trip": {"title": "Night of the clock change", "home_timezone": "Europe/Berlin"},
    "organizations": [],
    "people": [],
    "delegation": [],
    "stops": [
        {
            "key": "ber",
            "city": "Berlin",
            "country": "DE",
            "timezone": "Europe/Berlin",
            "arrive": "2024-10-26T12:00",
            "depart": "2024-10-28T12:00",
        }
    ],
    "transfers": [],
    "meetings": [
        {
            "key": "late",
            "title": "Call in the repeated hour",
            "stop": "ber",
            "start": "2024-10-27T02:30+01:00",
            "end": "2024-10-27T03:15",
        }
    ],
}


def clock_change_trip(st: store.Store, tmp_path: Path, meetings: bool = True) -> str:
    document = dict(CLOCK_CHANGE_TRIP, meetings=CLOCK_CHANGE_TRIP["meetings"] if meetings else [])
    path = tmp_path / f"clock-{meetings}.trip.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


def test_the_second_pass_of_a_repeated_hour_exports_and_imports_to_the_same_instant(
    st: store.Store, tmp_path: Path
) -> None:
    source_trip = clock_change_trip(st, tmp_path)
    data = export(st, source_trip)
    assert lint.problems(data) == []
    instant = dt.datetime(2024, 10, 27, 1, 30, tzinfo=UTC)  # 02:30+01:00
    (event,) = events_of(data).values()
    assert event.decoded("DTSTART") == instant
    assert event["DTSTART"].to_ical() == b"20241027T013000Z"  # UTC, as no TZID wall time can
    assert event["DTEND"].params["TZID"] == "Europe/Berlin"
    assert vobject.readOne(data.decode()).vevent.dtstart.value == instant

    target_trip = clock_change_trip(st, tmp_path, meetings=False)
    with st.transaction() as session:
        plan = calendar_ics.import_file(session, target_trip, data, "clock.ics")
    assert [a.verb for a in plan.actions] == ["add"]
    with st.session() as session:
        starts = session.scalars(
            select(model.Meeting.start).join(model.Trip).where(model.Trip.uuid == target_trip)
        ).all()
    assert starts == [instant]
    with st.transaction() as session:
        again = calendar_ics.plan_import(session, source_trip, data, "clock.ics")
    assert [(a.verb, a.reason) for a in again.actions] == [("skip", "unchanged")]


@pytest.mark.sqlite_only  # downgrades a file; PostgreSQL upgrades: tests/core/test_store.py
def test_a_store_of_the_first_schema_is_upgraded_and_exports(
    store_path: Path, tmp_path: Path
) -> None:
    from alembic import command

    with store.open_store(store_path) as st, st.transaction() as session:
        trip_uuid = trips.import_trip(session, NANSHAN).uuid
    engine = store._engine(store_path, foreign_keys=False, pooled=False)
    with engine.begin() as connection:
        config = store.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
    engine.dispose()
    with sqlite3.connect(store_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "calendar_export" not in tables
    with store.open_store(store_path) as upgraded:
        assert upgraded.opened.upgraded_from == "0001"
        assert store.schema_revision(upgraded) == store.HEAD
        first = export(upgraded, trip_uuid)
        assert export(upgraded, trip_uuid, now=LATER) == first
        assert len(events_of(first)) == 9


def test_an_events_digest_is_the_one_earlier_versions_stored() -> None:
    # The stored digests decide SEQUENCE: were they computed differently, every event of
    # every calendar would go out again as changed after an upgrade.

    def digest_as_before(spec: EventSpec) -> str:
        content = dataclasses.asdict(spec)
        del content["base_sequence"]
        # fields of issue 20, and the reminder's text of issue 22
        for name in ("geo", "classification", "conference_label", "reminder"):
            assert not content.pop(name)
        for name in ("todo", "due", "related_to"):
            if not content[name]:
                del content[name]
        text = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()

    start = dt.datetime(2025, 3, 4, 8, 30, tzinfo=dt.UTC)
    plain = EventSpec("m-1", "Talks", start, start + dt.timedelta(hours=1), "Europe/Berlin", "UTC")
    full = dataclasses.replace(
        plain,
        location="Rathaus, Marienplatz 8",
        description="Ümläute und 中文",
        categories=("Meeting", "会见"),
        organizer=Party("Li Wei (李伟)", "li@example.cn"),
        attendees=(Party("Anna Berg", "anna@example.de"), Party("B", "b@example.org")),
        alarm_minutes=30,
        base_sequence=4,
    )
    todo = dataclasses.replace(
        plain, todo=True, due=dt.date(2025, 3, 9), related_to="m-1", status="COMPLETED"
    )

    for spec in (plain, full, todo):
        assert spec.content_hash() == digest_as_before(spec)
    assert full.content_hash() != plain.content_hash()
