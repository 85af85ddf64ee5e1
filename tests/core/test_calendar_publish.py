"""planner publish against a real CalDAV server (Radicale, in this process on 127.0.0.1): the
collection ends up holding exactly the trip's calendar, changed meetings as updates a phone
takes, deleted ones gone, other people's resources untouched, and every failure one line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import select

from planner import calendar_ics, cli, editing, model, store
from planner.calendar_ics import caldav
from planner.calendar_ics import publish as publishing
from planner.calendar_ics.events import ExportOptions
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests import dumps
from tests.caldav_server import Server, serve
from tests.conftest import NANSHAN

UNRELATED_UID = "dentist-appointment@example.org"
UNRELATED = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Someone else//EN\r\nBEGIN:VEVENT\r\n"
    f"UID:{UNRELATED_UID}\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240617T070000Z\r\n"
    "DTEND:20240617T080000Z\r\nSUMMARY:Dentist\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
).encode()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with serve(tmp_path / "radicale") as running:
        yield running


@pytest.fixture
def guarded(tmp_path: Path) -> Iterator[Server]:
    """A server where alice and bob (password "secret") may change only their own calendars."""
    with serve(tmp_path / "radicale", users=("alice", "bob")) as running:
        yield running


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "office.sqlite"
    assert cli.main(["--store", str(path), "import", str(NANSHAN)]) == 0
    capsys.readouterr()
    return path


def run(capsys: pytest.CaptureFixture[str], office: Path, *args: str) -> tuple[int, list[str], str]:
    """``planner publish 1 ARGS``: its exit code, output lines and error output."""
    code = cli.main(["--store", str(office), "publish", "1", *args])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def held(url: str) -> dict[str, icalendar.Calendar]:
    """What the collection holds, by UID, parsed with icalendar (the phone's view)."""
    collection = caldav.Collection(url)
    found: dict[str, icalendar.Calendar] = {}
    for resource in collection.resources():
        calendar = icalendar.Calendar.from_ical(resource.data)
        uid = str(next(c for c in calendar.subcomponents if "UID" in c)["UID"])
        assert uid not in found
        found[uid] = calendar
    return found


def component(calendar: icalendar.Calendar) -> icalendar.cal.Component:
    return next(c for c in calendar.subcomponents if c.name in ("VEVENT", "VTODO"))


def meeting_uuid(office: Path, title: str) -> str:
    with store.open_store(office, create=False) as st, st.session() as session:
        found = session.scalar(select(model.Meeting.uuid).where(model.Meeting.title == title))
    assert found is not None
    return found


def ics_uids(office: Path) -> set[str]:
    """The UIDs the .ics export writes for the trip now (cancellations included)."""
    with store.open_store(office, create=False) as st, st.transaction() as session:
        trip_uuid = session.scalar(select(model.Trip.uuid))
        assert trip_uuid is not None
        data = calendar_ics.export_calendar(session, trip_uuid, ExportOptions()).data
    calendar = icalendar.Calendar.from_ical(data)
    return {str(c["UID"]) for c in calendar.walk() if c.name in ("VEVENT", "VTODO")}


def change_meetings(office: Path, *, move: str, cancel: str, delete: str) -> None:
    with store.open_store(office, create=False) as st, st.transaction() as session:
        meetings = editor_for(MeetingRecord)
        uuid = meeting_uuid(office, move)
        record = meetings.read(session, uuid)
        later = dt.timedelta(hours=1)
        editing.update(
            session,
            uuid,
            dataclasses.replace(record, start=record.start + later, end=record.end + later),
        )
        uuid = meeting_uuid(office, cancel)
        editing.update(
            session, uuid, dataclasses.replace(meetings.read(session, uuid), status="cancelled")
        )
        meetings.remove(session, meeting_uuid(office, delete))


def uid_of(office: Path, title: str) -> str:
    return f"{meeting_uuid(office, title)}@delegation-planner"


def test_publishing_twice_leaves_exactly_the_trips_calendar_with_changes_as_updates(
    office: Path, server: Server, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.calendar("/anon/trip/")
    assert server.request("PUT", "/anon/trip/dentist.ics", UNRELATED)[0] == 201
    unrelated = server.request("GET", "/anon/trip/dentist.ics")

    code, out, err = run(capsys, office, url)

    assert (code, err) == (0, "")
    first = held(url)
    trip_uids = ics_uids(office)
    assert set(first) == trip_uids | {UNRELATED_UID}
    events = sum(1 for uid in trip_uids if component(first[uid]).name == "VEVENT")
    assert out == [
        f"put {len(trip_uids)}: {len(trip_uids)} new, 0 changed",
        "deleted 0",
        f"published {url}: {events} events, 0 of them cancelled, "
        f"{len(trip_uids) - events} to-dos, 0 unchanged",
    ]
    moved = uid_of(office, "Meeting with Ledvance management")
    cancelled = uid_of(office, "Memorandum signing with Siemens Healthineers")
    deleted = uid_of(office, "Site visit and talks at trinamiX")
    change_meetings(
        office,
        move="Meeting with Ledvance management",
        cancel="Memorandum signing with Siemens Healthineers",
        delete="Site visit and talks at trinamiX",
    )

    code, out, err = run(capsys, office, url)

    assert (code, err) == (0, "")
    assert out[:2] == ["put 2: 0 new, 2 changed", "deleted 1"]
    assert out[2].endswith(f"1 of them cancelled, 0 to-dos, {len(trip_uids) - 3} unchanged")
    second = held(url)
    assert set(second) == (trip_uids - {deleted}) | {UNRELATED_UID}
    before, after = component(first[moved]), component(second[moved])
    assert (before["SEQUENCE"], after["SEQUENCE"]) == (0, 1)
    assert after.decoded("DTSTART") == before.decoded("DTSTART") + dt.timedelta(hours=1)
    # DTSTAMP has whole seconds, and both publishes can fall in one since the commands lost
    # the ORM's import: the update is told by its SEQUENCE, its stamp is never older.
    assert after.decoded("DTSTAMP") >= before.decoded("DTSTAMP")
    assert str(component(second[cancelled])["STATUS"]) == "CANCELLED"
    assert component(second[cancelled])["SEQUENCE"] == 1
    for uid in trip_uids - {moved, cancelled, deleted}:
        assert component(second[uid]).to_ical() == component(first[uid]).to_ical()
    assert server.request("GET", "/anon/trip/dentist.ics") == unrelated


def test_each_resource_is_a_whole_calendar_named_by_its_uid_with_its_zones(
    office: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.calendar("/anon/trip/")
    assert run(capsys, office, url)[0] == 0

    listed = caldav.Collection(url).resources()

    assert listed
    for resource in listed:
        calendar = icalendar.Calendar.from_ical(resource.data)
        assert "METHOD" not in calendar  # RFC 4791 forbids it in a stored calendar object
        item = component(calendar)
        assert resource.href == url + publishing.resource_name(str(item["UID"]))
        zones = {str(z["TZID"]) for z in calendar.walk("VTIMEZONE")}
        used = {
            item[key].params["TZID"]
            for key in ("DTSTART", "DTEND")
            if key in item and "TZID" in item[key].params
        }
        assert used <= zones


def test_publishing_unchanged_data_sends_nothing(
    office: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    url = server.calendar("/anon/trip/")
    assert run(capsys, office, url)[0] == 0
    etags = {r.href: r.etag for r in caldav.Collection(url).resources()}

    code, out, _ = run(capsys, office, url)

    assert code == 0
    assert out[:2] == ["put 0: 0 new, 0 changed", "deleted 0"]
    assert out[2].endswith(f"{len(etags)} unchanged")
    assert {r.href: r.etag for r in caldav.Collection(url).resources()} == etags


def test_a_publish_that_fails_half_way_is_finished_by_the_next(
    office: Path,
    server: Server,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = server.calendar("/anon/trip/")
    put = caldav.Collection.put
    calls: list[str] = []

    def dies_after_three(self: caldav.Collection, target: str, *args: object, **kw: object) -> None:
        if len(calls) == 3:
            raise caldav.CalDavError(f"{self.shown}: cannot reach the server (connection reset)")
        calls.append(target)
        put(self, target, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(caldav.Collection, "put", dies_after_three)
    code, out, err = run(capsys, office, url)
    assert (code, out) == (2, [])
    assert err == f"planner: error: {url}: cannot reach the server (connection reset)\n"
    assert len(held(url)) == 3
    monkeypatch.undo()

    code, out, _ = run(capsys, office, url)

    assert code == 0
    trip_uids = ics_uids(office)
    assert set(held(url)) == trip_uids
    assert out[0] == f"put {len(trip_uids) - 3}: {len(trip_uids) - 3} new, 0 changed"


def test_a_password_comes_from_the_environment_and_a_wrong_one_is_one_line(
    office: Path,
    guarded: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = guarded.calendar("/alice/trip/", user="alice")
    with_user = url.replace("http://", "http://alice@")
    monkeypatch.setenv(publishing.PASSWORD_ENV, "wrong")
    before = dumps.dump(office)

    assert run(capsys, office, with_user) == (
        2,
        [],
        f"planner: error: {with_user}: the server refused the user name or password (401)\n",
    )
    assert dumps.dump(office) == before  # nothing recorded for a publish that never began

    monkeypatch.setenv(publishing.PASSWORD_ENV, "secret")
    assert run(capsys, office, url, "--user", "alice")[0] == 0
    assert len(guarded.request("PROPFIND", "/alice/trip/", user="alice")[1]) > 0


def test_another_users_calendar_is_forbidden_in_one_line(
    office: Path,
    guarded: Server,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = guarded.calendar("/bob/trip/", user="bob")
    monkeypatch.setenv(publishing.PASSWORD_ENV, "secret")

    code, out, err = run(capsys, office, url, "--user", "alice")

    assert (code, out) == (2, [])
    assert err.startswith(f"planner: error: {url.replace('http://', 'http://alice@')}: ")
    assert "(403)" in err
    assert err.count("\n") == 1


def test_a_password_in_the_url_is_refused_and_never_repeated(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, office, "https://alice:hunter2@cal.example.org/alice/trip/")

    assert (code, out) == (2, [])
    assert "hunter2" not in err
    assert err.startswith("planner: error: https://alice:***@cal.example.org/alice/trip/: ")
    assert "DELEGATION_PLANNER_CALDAV_PASSWORD" in err


def test_what_is_no_calendar_is_refused_and_changes_nothing(
    office: Path, server: Server, capsys: pytest.CaptureFixture[str]
) -> None:
    server.calendar("/anon/trip/")
    before = dumps.dump(office)

    for path, words in (("/anon/", "not a calendar collection"), ("/nobody/x/", "(404)")):
        code, out, err = run(capsys, office, server.base + path)
        assert (code, out) == (2, [])
        assert err.startswith(f"planner: error: {server.base}{path}: ")
        assert words in err
    assert dumps.dump(office) == before


def test_an_unreachable_server_is_one_line_naming_it(
    office: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/anon/trip/"

    code, out, err = run(capsys, office, url)

    assert (code, out) == (2, [])
    assert err.startswith(f"planner: error: {url}: cannot reach the server (")
    assert err.count("\n") == 1


def test_a_stale_etag_is_a_conflict_not_an_overwrite(server: Server) -> None:
    url = server.calendar("/anon/trip/")
    assert server.request("PUT", "/anon/trip/dentist.ics", UNRELATED)[0] == 201
    collection = caldav.Collection(url)
    (listed,) = collection.resources()
    changed = UNRELATED.replace(b"Dentist", b"Dentist moved")
    assert server.request("PUT", "/anon/trip/dentist.ics", changed)[0] in (201, 204)

    with pytest.raises(caldav.CalDavError, match=r"trip/: the calendar changed on the server"):
        collection.put(listed.href, UNRELATED, etag=listed.etag, new=False)
    with pytest.raises(caldav.CalDavError, match=r"\(412"):
        collection.put(listed.href, UNRELATED, etag=None, new=True)
    assert server.request("GET", "/anon/trip/dentist.ics")[1] != UNRELATED


@pytest.mark.parametrize(
    "url", ["ftp://cal.example.org/trip/", "cal.example.org/trip/", "https://cal.example.org:x/"]
)
def test_what_is_no_caldav_address_is_one_line(
    office: Path, url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, office, url) == (
        2,
        [],
        f"planner: error: {url}: not a CalDAV address (http[s]://[USER@]HOST[:PORT]/PATH/)\n",
    )


def test_the_password_comes_from_the_environment_then_the_keychain(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import keyring
    from keyring.errors import KeyringLocked

    asked: list[tuple[str, str]] = []

    def kept(service: str, account: str) -> str:
        asked.append((service, account))
        return "from the keychain"

    monkeypatch.setattr(keyring, "get_password", kept)
    monkeypatch.delenv(publishing.PASSWORD_ENV, raising=False)
    url = "https://alice@cal.example.org:8443/alice/trip/"

    assert publishing.password("alice", url) == "from the keychain"
    assert asked == [("Delegation Planner CalDAV", "alice@cal.example.org:8443")]
    assert publishing.password(None, url) is None  # no user: no password asked for
    monkeypatch.setenv(publishing.PASSWORD_ENV, "from the environment")
    assert publishing.password("alice", url) == "from the environment"

    def locked(service: str, account: str) -> str:
        raise KeyringLocked("locked")

    monkeypatch.delenv(publishing.PASSWORD_ENV)
    monkeypatch.setattr(keyring, "get_password", locked)
    assert publishing.password("alice", url) is None  # the server's 401 then says what to do
