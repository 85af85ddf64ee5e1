"""Calendar import (planner import-ics): real-world files either import or are refused with the
place named, invitations from Exchange and Google land at the right instant and stop, an event
imported again updates its meeting, and a refused or dry-run import changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import func, select

from planner import calendar_ics, cli, model, store, trips
from planner.calendar_ics.events import ExportOptions
from planner.errors import PlannerError
from tests import dumps, pg
from tests.conftest import DATA, JIANGSU, NANSHAN, new_sqlite_store
from tests.ics_fuzz import WIDE_TRIP

UTC = dt.UTC
CORPUS = DATA / "corpus" / "ics"
CORPUS_FILES = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".ics", ".vcf"))
NOW = dt.datetime(2024, 5, 1, tzinfo=UTC)

OUTLOOK_INVITATION = """\
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2010
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Hanna Vogel:mailto:hanna.vogel@example.de
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Wong:mailto:wong@example.cn
DESCRIPTION;LANGUAGE=en-US:Agenda: Nanshan investment climate\\, Q&A.\\n
UID:040000008200E00074C5B7101A82E00800000000C0FFEE
SUMMARY;LANGUAGE=en-US:Talks with the Frankfurt Economic Development office
DTSTART;TZID=W. Europe Standard Time:{start}
DTEND;TZID=W. Europe Standard Time:{end}
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20240520T080000Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:{sequence}
LOCATION;LANGUAGE=en-US:Hanauer Landstraße 126\\, 60314 Frankfurt am Main
X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.example.com/l/meetup-join/abc
X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE
END:VEVENT
END:VCALENDAR
"""

GOOGLE_EXPORT = """\
BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:PUBLISH
X-WR-CALNAME:Shenzhen office
X-WR-TIMEZONE:Asia/Shanghai
BEGIN:VEVENT
DTSTART:20240618T210000
DTEND:20240618T220000
DTSTAMP:20240520T080000Z
UID:floating@google.com
SUMMARY:Call home (written in Shenzhen's time)
END:VEVENT
BEGIN:VEVENT
DTSTART:20240620T070000Z
DTEND:20240620T080000Z
DTSTAMP:20240520T080000Z
UID:utc@google.com
LOCATION:Munich
SUMMARY:Breakfast with the consulate
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20240619
DTEND;VALUE=DATE:20240620
DTSTAMP:20240520T080000Z
UID:allday@google.com
SUMMARY:Dragon Boat Festival follow-ups
END:VEVENT
BEGIN:VEVENT
DTSTART:20240601T010000Z
DTEND:20240601T013000Z
RRULE:FREQ=WEEKLY;BYDAY=MO
DTSTAMP:20240520T080000Z
UID:weekly@google.com
SUMMARY:Weekly team call
END:VEVENT
BEGIN:VEVENT
DTSTART:20240901T080000Z
DTEND:20240901T090000Z
DTSTAMP:20240520T080000Z
UID:later@google.com
SUMMARY:Autumn fair
END:VEVENT
END:VCALENDAR
"""


def ics(text: str) -> bytes:
    return text.replace("\n", "\r\n").encode()


@pytest.fixture
def nanshan(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def plan(st: store.Store, trip_uuid: str, data: bytes, name: str = "file.ics") -> list[str]:
    with st.session() as session:
        return [
            a.describe() for a in calendar_ics.plan_import(session, trip_uuid, data, name).actions
        ]


def apply(
    st: store.Store, trip_uuid: str, data: bytes, **kwargs: object
) -> calendar_ics.ImportPlan:
    with st.transaction() as session:
        return calendar_ics.import_file(session, trip_uuid, data, "file.ics", **kwargs)  # type: ignore[arg-type]


def meetings(st: store.Store, trip_uuid: str) -> dict[str, model.Meeting]:
    with st.session() as session:
        found = session.scalars(
            select(model.Meeting).join(model.Trip).where(model.Trip.uuid == trip_uuid)
        ).all()
        for m in found:
            _ = (m.stop.city, m.attendees)
        return {m.title: m for m in found}


def dump(path: Path | str) -> list[str]:
    return dumps.dump(path)


# ---------------------------------------------------------------------------------------------
# The corpus of real-world files


def test_the_corpus_has_files_to_read() -> None:
    assert len(CORPUS_FILES) > 150


def _import_wide_trip(location: Path | str, folder: Path) -> str:
    trip_file = folder / "wide.trip.json"
    trip_file.write_text(json.dumps(WIDE_TRIP), encoding="utf-8")
    with store.open_store(location) as opened, opened.transaction() as session:
        return trips.import_trip(session, trip_file).uuid


@pytest.fixture(scope="module")
def wide_sqlite(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> tuple[Path, str]:
    """A store holding only the wide trip, made once for the corpus's ~170 files."""
    folder = tmp_path_factory.mktemp("wide")
    path = new_sqlite_store(sqlite_template, folder / "wide.sqlite")
    return path, _import_wide_trip(path, folder)


@pytest.fixture(scope="module")
def wide_postgresql(
    pg_cluster: pg.Cluster, pg_template: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str]]:
    """The same as a database that each case's database is copied from."""
    name = pg_cluster.new_name("wide")
    url = pg_cluster.create_database(name, template=pg_template)
    uuid = _import_wide_trip(url, tmp_path_factory.mktemp("wide"))
    yield name, uuid
    pg_cluster.drop_database(name)


@pytest.fixture
def wide(
    engine: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[tuple[store.Store, str]]:
    """This case's own copy of the wide-trip store, open, and the trip's UUID."""
    if engine == "sqlite":
        template, uuid = request.getfixturevalue("wide_sqlite")
        location: Path | str = new_sqlite_store(template, tmp_path / "office.sqlite")
    else:
        cluster: pg.Cluster = request.getfixturevalue("pg_cluster")
        template, uuid = request.getfixturevalue("wide_postgresql")
        name = cluster.new_name()
        location = cluster.create_database(name, template=template)
        request.addfinalizer(lambda: cluster.drop_database(name))
    with store.open_store(location) as opened:
        yield opened, uuid


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_corpus_file_imports_cleanly_or_is_refused_naming_the_place(
    path: Path, wide: tuple[store.Store, str]
) -> None:
    """Over a trip from 1995 to 2030, so that most events land inside it: the import either
    plans and applies (and applying it again adds nothing), or it is refused with a message
    naming the file and the line or component, and the store is unchanged."""
    st, wide_uuid = wide
    before = dump(st.location)
    data = path.read_bytes()
    try:
        with st.transaction() as session:
            done = calendar_ics.import_file(session, wide_uuid, data, path.name)
    except calendar_ics.IcsError as exc:
        message = str(exc)
        assert message.startswith(f"{path.name}: "), message
        assert "\n" not in message
        assert any(
            word in message
            for word in ("line ", "VEVENT", "VTIMEZONE", "X-WR-TIMEZONE", "not a valid", "empty")
        ), message
        assert dump(st.location) == before
        return
    with st.session() as session:
        count = session.scalar(
            select(func.count())
            .select_from(model.Meeting)
            .join(model.Trip)
            .where(model.Trip.uuid == wide_uuid)
        )
    assert count == done.count("add")
    with st.session() as session:
        again = calendar_ics.plan_import(session, wide_uuid, data, path.name)
    assert again.count("add") == 0, [a.describe() for a in again.actions if a.verb == "add"]


# ---------------------------------------------------------------------------------------------
# Invitations and exports of other programs


def test_an_outlook_invitation_with_a_windows_zone_becomes_a_meeting_at_the_right_instant(
    st: store.Store, nanshan: str
) -> None:
    data = ics(
        OUTLOOK_INVITATION.format(start="20240618T140000", end="20240618T150000", sequence=0)
    )
    lines = plan(st, nanshan, data)
    assert lines == [
        "add     2024-06-18 14:00 Europe/Berlin  'Talks with the Frankfurt Economic Development "
        "office': new meeting at Frankfurt am Main with 1 of the trip's people"  # Wong, by name
    ]
    apply(st, nanshan, data)
    meeting = meetings(st, nanshan)["Talks with the Frankfurt Economic Development office"]
    assert meeting.start == dt.datetime(2024, 6, 18, 12, 0, tzinfo=UTC)
    assert meeting.end == dt.datetime(2024, 6, 18, 13, 0, tzinfo=UTC)
    assert meeting.stop.city == "Frankfurt am Main"
    assert meeting.timezone == "Europe/Berlin"
    assert meeting.venue_name == "Hanauer Landstraße 126, 60314 Frankfurt am Main"
    assert meeting.online_url == "https://teams.example.com/l/meetup-join/abc"
    assert meeting.notes == "Agenda: Nanshan investment climate, Q&A."
    assert meeting.status == "confirmed"


def test_an_updated_invitation_updates_its_meeting_and_the_export_keeps_its_uid(
    st: store.Store, nanshan: str
) -> None:
    apply(
        st,
        nanshan,
        ics(OUTLOOK_INVITATION.format(start="20240618T140000", end="20240618T150000", sequence=0)),
    )
    moved = ics(
        OUTLOOK_INVITATION.format(start="20240620T170000", end="20240620T183000", sequence=2)
    )
    assert plan(st, nanshan, moved) == [
        "update  2024-06-20 17:00 Europe/Berlin  'Talks with the Frankfurt Economic Development "
        "office': changes stop, time"
    ]
    apply(st, nanshan, moved)
    found = [m for m in meetings(st, nanshan).values() if m.title.startswith("Talks with")]
    assert len(found) == 1
    assert found[0].start == dt.datetime(2024, 6, 20, 15, 0, tzinfo=UTC)
    assert found[0].stop.city == "Munich"  # arrived 16:05 that day
    with st.transaction() as session:
        exported = calendar_ics.export_calendar(session, nanshan, ExportOptions(), now=NOW).data
    event = next(
        e
        for e in icalendar.Calendar.from_ical(exported).walk("VEVENT")
        if str(e["SUMMARY"]).startswith("Talks with")
    )
    assert str(event["UID"]) == "040000008200E00074C5B7101A82E00800000000C0FFEE"
    assert event["SEQUENCE"] == 2  # not below the invitation's own
    assert plan(st, nanshan, moved)[0].endswith(": unchanged")


def test_a_cancellation_of_an_imported_invitation_cancels_the_meeting(
    st: store.Store, nanshan: str
) -> None:
    invitation = OUTLOOK_INVITATION.format(
        start="20240618T140000", end="20240618T150000", sequence=0
    )
    apply(st, nanshan, ics(invitation))
    cancel = invitation.replace("METHOD:REQUEST", "METHOD:CANCEL").replace(
        "SEQUENCE:0", "SEQUENCE:1"
    )
    assert plan(st, nanshan, ics(cancel))[0].endswith(": changes status")
    apply(st, nanshan, ics(cancel))
    assert meetings(st, nanshan)["Talks with the Frankfurt Economic Development office"].status == (
        "cancelled"
    )


def test_a_china_standard_time_invitation_links_the_trips_people_by_email(st: store.Store) -> None:
    with st.transaction() as session:
        jiangsu = trips.import_trip(session, JIANGSU).uuid
    outlook = OUTLOOK_INVITATION.format(start="20220707T200000", end="20220707T213000", sequence=0)
    without_vtimezone = (
        outlook[: outlook.index("BEGIN:VTIMEZONE")]
        + outlook[outlook.index("END:VTIMEZONE") + len("END:VTIMEZONE\n") :]
    )
    invitation = (
        without_vtimezone.replace("W. Europe Standard Time", "China Standard Time")
        .replace("mailto:wong@example.cn", "mailto:Anna.Becker@Example.com")
        .replace("Hanauer Landstraße 126\\, 60314 Frankfurt am Main", "Changzhou")
    )
    apply(st, jiangsu, ics(invitation))
    meeting = meetings(st, jiangsu)["Talks with the Frankfurt Economic Development office"]
    assert meeting.start == dt.datetime(2022, 7, 7, 12, 0, tzinfo=UTC)
    assert [p.family_name for p in meeting.attendees] == ["Becker"]


def test_an_outlook_display_name_without_vtimezone_is_mapped(st: store.Store, nanshan: str) -> None:
    text = OUTLOOK_INVITATION.format(start="20240621T093000", end="20240621T100000", sequence=0)
    start = text.index("BEGIN:VTIMEZONE")
    text = text[:start] + text[text.index("END:VTIMEZONE") + len("END:VTIMEZONE\n") :]
    text = text.replace(
        "TZID=W. Europe Standard Time",
        'TZID="(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"',
    )
    apply(st, nanshan, ics(text))
    meeting = meetings(st, nanshan)["Talks with the Frankfurt Economic Development office"]
    assert meeting.start == dt.datetime(2024, 6, 21, 7, 30, tzinfo=UTC)
    assert meeting.stop.city == "Munich"


def test_a_google_export_with_x_wr_timezone(st: store.Store, nanshan: str) -> None:
    lines = plan(st, nanshan, ics(GOOGLE_EXPORT), "google.ics")
    assert lines == [
        "add     2024-06-18 15:00 Europe/Berlin  'Call home (written in Shenzhen's time)': "
        "new meeting at Frankfurt am Main",
        "add     2024-06-20 09:00 Europe/Berlin  'Breakfast with the consulate': "
        "new meeting at Munich",
        "skip    (all day)  'Dragon Boat Festival follow-ups': an all-day event, not a meeting "
        "at a time of day",
        "add     2024-06-17 03:00 Europe/Berlin  'Weekly team call': new meeting at "
        "Frankfurt am Main",
        "skip    2024-06-24 09:00 Asia/Shanghai  'Weekly team call': outside the trip "
        "(it runs 2024-06-15 to 2024-06-23)",
        "skip    2024-09-01 16:00 Asia/Shanghai  'Autumn fair': outside the trip "
        "(it runs 2024-06-15 to 2024-06-23)",
    ]
    apply(st, nanshan, ics(GOOGLE_EXPORT))
    found = meetings(st, nanshan)
    assert found["Call home (written in Shenzhen's time)"].start == dt.datetime(
        2024, 6, 18, 13, 0, tzinfo=UTC
    )
    weekly = found["Weekly team call"]
    assert weekly.start == dt.datetime(2024, 6, 17, 1, 0, tzinfo=UTC)
    assert weekly.end - weekly.start == dt.timedelta(minutes=30)
    again = plan(st, nanshan, ics(GOOGLE_EXPORT), "google.ics")
    assert [line.split()[0] for line in again] == ["skip"] * 6


def test_a_floating_time_is_read_in_the_zone_of_its_stop(st: store.Store, nanshan: str) -> None:
    text = GOOGLE_EXPORT.replace("X-WR-TIMEZONE:Asia/Shanghai\n", "")
    apply(st, nanshan, ics(text))
    assert meetings(st, nanshan)["Call home (written in Shenzhen's time)"].start == dt.datetime(
        2024, 6, 18, 19, 0, tzinfo=UTC
    )


def test_the_user_can_pick_the_stop(st: store.Store, nanshan: str) -> None:
    data = ics(
        OUTLOOK_INVITATION.format(start="20240618T140000", end="20240618T150000", sequence=0)
    )
    with st.session() as session:
        munich = calendar_ics.find_stop(calendar_ics.read_source(session, nanshan), "Munich")
    apply(st, nanshan, data, stop_uuid=munich.uuid)
    assert meetings(st, nanshan)[
        "Talks with the Frankfurt Economic Development office"
    ].stop.city == ("Munich")


def test_re_importing_the_trips_own_export_changes_nothing(st: store.Store, nanshan: str) -> None:
    with st.transaction() as session:
        data = calendar_ics.export_calendar(
            session, nanshan, ExportOptions(lodging=True), now=NOW
        ).data
    before = dump(st.location)
    done = apply(st, nanshan, data)
    assert done.count("add") == done.count("update") == 0
    reasons = {a.reason for a in done.actions}
    assert reasons == {
        "unchanged",
        "a transfer of this trip (transfers are not imported)",
        "the lodging of this trip (lodging is not imported)",
    }
    assert dump(st.location) == before


def test_an_edited_event_of_the_trips_own_export_updates_its_meeting(
    st: store.Store, nanshan: str
) -> None:
    with st.transaction() as session:
        data = calendar_ics.export_calendar(session, nanshan, ExportOptions(), now=NOW).data
    calendar = icalendar.Calendar.from_ical(data)
    for event in calendar.walk("VEVENT"):
        if str(event["SUMMARY"]) == "Meeting with Ledvance management":
            event["SUMMARY"] = icalendar.vText("Meeting with Ledvance's board")
            event["LOCATION"] = icalendar.vText("Parkring 29, Garching bei München")
    done = apply(st, nanshan, calendar.to_ical())
    assert [a.describe().split(": ", 1)[1] for a in done.actions if a.verb == "update"] == [
        "changes title, venue"
    ]
    found = meetings(st, nanshan)
    assert "Meeting with Ledvance's board" in found
    assert "Meeting with Ledvance management" not in found
    assert len(found) == 5


# ---------------------------------------------------------------------------------------------
# Refusals, dry runs and the command line


def test_a_malformed_file_is_refused_naming_the_line_and_nothing_changes(
    st: store.Store, nanshan: str
) -> None:
    good = OUTLOOK_INVITATION.format(start="20240618T140000", end="20240618T150000", sequence=0)
    broken = good.replace(
        "END:VCALENDAR",
        "BEGIN:VEVENT\nUID:broken@example.com\nDTSTART:20240619T25000\nEND:VEVENT\nEND:VCALENDAR",
    )
    before = dump(st.location)
    with pytest.raises(calendar_ics.IcsError) as exc:
        apply(st, nanshan, ics(broken))
    line = broken.splitlines().index("UID:broken@example.com")  # the line before: BEGIN
    assert str(exc.value).startswith(
        f"file.ics: line {line}: VEVENT 'broken@example.com': DTSTART: "
    )
    assert dump(st.location) == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "file.ics: the file is empty"),
        ("BEGIN:VCARD\nFN:Anna\nEND:VCARD\n", "file.ics: line 1: not a calendar"),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VCALENDAR\n",
            "file.ics: line 4: END:VCALENDAR closes BEGIN:VEVENT of line 2",
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nEND:VEVENT\n",
            "file.ics: line 1: BEGIN:VCALENDAR is never ended",
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Mars/Olympus:20240618T100000\n"
            "END:VEVENT\nEND:VCALENDAR\n",
            "file.ics: line 2: VEVENT 'x': DTSTART: unknown time zone 'Mars/Olympus'",
        ),
        (
            "BEGIN:VCALENDAR\nX-WR-TIMEZONE:Mars/Olympus\nEND:VCALENDAR\n",
            "file.ics: X-WR-TIMEZONE: 'Mars/Olympus' is not a time zone",
        ),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:x\nDTSTART:20240618T100000Z\n"
            "DTEND:20240618T090000Z\nEND:VEVENT\nEND:VCALENDAR\n",
            "file.ics: line 2: VEVENT 'x': ends before it starts",
        ),
    ],
)
def test_refusals_name_the_place(st: store.Store, nanshan: str, text: str, message: str) -> None:
    with pytest.raises(calendar_ics.IcsError) as exc:
        plan(st, nanshan, ics(text))
    assert str(exc.value).startswith(message)


def test_an_all_day_event_a_reply_and_a_cancelled_unknown_event_are_skipped_with_reasons(
    st: store.Store, nanshan: str
) -> None:
    invitation = OUTLOOK_INVITATION.format(
        start="20240618T140000", end="20240618T150000", sequence=0
    )
    reply = invitation.replace("METHOD:REQUEST", "METHOD:REPLY")
    assert plan(st, nanshan, ics(reply))[0].endswith("a reply to an invitation (METHOD:REPLY)")
    cancel = invitation.replace("METHOD:REQUEST", "METHOD:CANCEL")
    assert plan(st, nanshan, ics(cancel))[0].endswith("cancelled, and not in the trip")


def test_import_ics_prints_one_line_per_event_and_dry_run_changes_nothing(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["--store", str(store_path), "import", str(NANSHAN)])
    source = tmp_path / "google.ics"
    source.write_bytes(ics(GOOGLE_EXPORT))
    capsys.readouterr()
    before = dump(store_path)
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(source), "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert len(out) == 7
    assert out[-1] == "would add 3, update 0, skip 3; nothing was changed"
    assert dump(store_path) == before
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(source)])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[-1] == "added 3, updated 0, skipped 3"
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(source), "--stop", "Paris"])
    err = capsys.readouterr().err
    assert code == 2 and "the trip has no stop 'Paris'" in err


def test_import_ics_refuses_a_malformed_file_in_one_line(
    store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli.main(["--store", str(store_path), "import", str(NANSHAN)])
    capsys.readouterr()
    before = dump(store_path)
    broken = CORPUS / "icalendar-tests" / "calendars" / "broken_dtstart.ics"
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(broken)])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert captured.err.startswith("planner: error: broken_dtstart.ics: line 4: VEVENT 'test-123'")
    assert captured.err.count("\n") == 1
    assert dump(store_path) == before
    code = cli.main(["--store", str(store_path), "import-ics", "1", str(tmp_path / "none.ics")])
    assert code == 2 and "cannot read the file" in capsys.readouterr().err


def test_an_import_into_a_trip_that_was_deleted_meanwhile_fails_cleanly(
    st: store.Store, nanshan: str
) -> None:
    data = ics(
        OUTLOOK_INVITATION.format(start="20240618T140000", end="20240618T150000", sequence=0)
    )
    with st.session() as session:
        ready = calendar_ics.plan_import(session, nanshan, data, "file.ics")
    with st.transaction() as session:
        session.delete(session.scalars(select(model.Trip).where(model.Trip.uuid == nanshan)).one())
    with pytest.raises(PlannerError, match="no longer exists"), st.transaction() as session:
        calendar_ics.apply_import(session, ready)
