"""Invitations out (planner invite): each person with an e-mail gets one iTIP REQUEST per
meeting from the office, a CANCEL once a meeting is cancelled or they are taken off it, by a
real SMTP conversation with a local server or as .eml drafts; a dry run sends nothing; the
password is used for the login and written nowhere."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import icalendar
import pytest

from planner import calendar_ics, cli, editing, office, store, trips
from planner.calendar_ics import invitation_mail
from planner.calendar_ics.events import ExportOptions
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.records import MeetingRecord
from tests.mail import NANSHAN, OFFICE, PASSWORD, Inbox, trip_with_addresses

pytestmark = pytest.mark.sqlite_only  # the export state's SQL is shared with the export tests

FIRST = dt.datetime(2024, 5, 1, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2024, 5, 20, 16, 30, tzinfo=dt.UTC)
SESSION = "Nanshan–Frankfurt cooperation session"


@pytest.fixture
def trip(st: store.Store, tmp_path: Path) -> str:
    return trip_with_addresses(st, tmp_path)


def expected_pairs(st: store.Store, trip: str) -> set[tuple[str, str]]:
    """(address, meeting title) for every meeting a person with an e-mail attends."""
    with st.session() as session:
        source = calendar_ics.read_source(session, trip)
    pairs = set()
    for meeting in source.meetings:
        for uuid in meeting.attendee_uuids:
            address = source.people[uuid].email
            if address and meeting.status != "cancelled":
                pairs.add((address, meeting.title))
    return pairs


def deliver(st: store.Store, trip: str, port: int, **options: Any) -> Any:
    settings = dataclasses.replace(OFFICE, smtp_port=port, **options.pop("settings", {}))
    return invitation_mail.deliver(st, trip, settings, **options)


def calendar_of(mail: EmailMessage) -> icalendar.Calendar:
    part = next(p for p in mail.walk() if p.get_content_type() == "text/calendar")
    return icalendar.Calendar.from_ical(part.get_payload(decode=True))


def event_of(mail: EmailMessage) -> icalendar.Event:
    (event,) = calendar_of(mail).walk("VEVENT")
    return event


def exported_events(st: store.Store, trip: str, now: dt.datetime) -> dict[str, Any]:
    with st.transaction() as session:
        data = calendar_ics.export_calendar(session, trip, ExportOptions(), now=now).data
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def cancel(st: store.Store, trip: str, title: str) -> None:
    with st.session() as session:
        source = calendar_ics.read_source(session, trip)
    uuid = next(m.uuid for m in source.meetings if m.title == title)
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, uuid)
        editing.update(session, uuid, dataclasses.replace(record, status="cancelled"))


def test_each_attendee_with_an_email_gets_one_request_per_meeting_as_the_calendar_says(
    st: store.Store, trip: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    exported = exported_events(st, trip, FIRST)
    plan = deliver(st, trip, port, now=FIRST)
    received = inbox.messages
    assert len(received) == plan.requests == len(expected_pairs(st, trip)) > 0
    assert plan.cancels == 0
    got = set()
    for mail in received:
        calendar = calendar_of(mail)
        assert str(calendar["METHOD"]) == "REQUEST"
        assert calendar.walk("VTIMEZONE"), "the meeting's zone travels with the invitation"
        event = event_of(mail)
        assert str(event["ORGANIZER"]) == "mailto:protocol@office.example.org"
        assert event["ORGANIZER"].params["CN"] == "Economic Development Office"
        attendee = event["ATTENDEE"]
        assert not isinstance(attendee, list), "only the recipient: no one else's address"
        assert str(attendee) == f"mailto:{mail['To'].addresses[0].addr_spec}"
        assert (attendee.params["RSVP"], attendee.params["PARTSTAT"]) == ("TRUE", "NEEDS-ACTION")
        same = exported[str(event["UID"])]
        assert (event["SEQUENCE"], event["SUMMARY"]) == (same["SEQUENCE"], same["SUMMARY"])
        assert mail["From"].addresses[0].addr_spec == "protocol@office.example.org"
        assert mail["Subject"].startswith(f"Invitation: {event['SUMMARY']}, 2024-06-")
        got.add((mail["To"].addresses[0].addr_spec, str(event["SUMMARY"])))
    assert got == expected_pairs(st, trip)
    assert deliver(st, trip, port, now=FIRST).invitations == (), "not even in the same second"
    assert deliver(st, trip, port, now=LATER).invitations == ()
    assert len(inbox.messages) == len(got), "unchanged meetings are not sent again"


def test_the_mail_is_shaped_as_outlook_and_gmail_expect_an_invitation(
    st: store.Store, trip: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    deliver(st, trip, port, person="Wei Li", language="zh", now=FIRST)
    mail = inbox.messages[0]
    assert mail.get_content_type() == "multipart/mixed"
    alternative, attachment = mail.iter_parts()
    assert alternative.get_content_type() == "multipart/alternative"
    text, calendar = alternative.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_param("method") == "REQUEST"
    assert attachment.get_filename() == "invite.ics"
    assert attachment.get_payload(decode=True) == calendar.get_payload(decode=True)
    assert mail["Subject"].startswith("邀请：")
    assert "请" in text.get_content()
    # Greeted as Chinese greets: the honorific after the Chinese name (the trip has "Mr.").
    assert text.get_content().startswith("李伟先生（Li Wei），您好：")
    assert {m["To"].addresses[0].addr_spec for m in inbox.messages} == {"li.wei@example.cn"}


def test_a_cancelled_meeting_is_cancelled_once_for_those_who_were_invited(
    st: store.Store, trip: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    exported_events(st, trip, FIRST)
    deliver(st, trip, port, now=FIRST)
    first = len(inbox.messages)
    invited = {a for a, title in expected_pairs(st, trip) if title == SESSION}
    cancel(st, trip, SESSION)
    exported = exported_events(st, trip, LATER)
    plan = deliver(st, trip, port, now=LATER)
    cancels = inbox.messages[first:]
    assert (plan.requests, plan.cancels) == (0, len(invited))
    assert {m["To"].addresses[0].addr_spec for m in cancels} == invited
    for mail in cancels:
        assert str(calendar_of(mail)["METHOD"]) == "CANCEL"
        event = event_of(mail)
        assert str(event["STATUS"]) == "CANCELLED"
        assert str(event["ORGANIZER"]) == "mailto:protocol@office.example.org"
        assert event["SEQUENCE"] == exported[str(event["UID"])]["SEQUENCE"] == 1
        assert mail["Subject"].startswith(f"Cancelled: {SESSION}")
    assert deliver(st, trip, port, now=LATER + dt.timedelta(hours=1)).invitations == ()


def test_a_person_taken_off_a_meeting_gets_its_cancel_and_the_others_nothing(
    st: store.Store, trip: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    deliver(st, trip, port, now=FIRST)
    first = len(inbox.messages)
    with st.session() as session:
        source = calendar_ics.read_source(session, trip)
    meeting = next(m for m in source.meetings if m.title == SESSION)
    chen = next(p for p in source.people.values() if p.email == "chen.jing@example.cn")
    with st.transaction() as session:
        record = editor_for(MeetingRecord).read(session, meeting.uuid)
        kept = tuple(a for a in record.attendees if a != chen.uuid)
        editing.update(session, meeting.uuid, dataclasses.replace(record, attendees=kept))
    deliver(st, trip, port, now=LATER)
    sent = {
        (m["To"].addresses[0].addr_spec, str(calendar_of(m)["METHOD"]), event_of(m)["SEQUENCE"])
        for m in inbox.messages[first:]
    }
    # The head of delegation's copy changed too (its list of attendees): an update for him.
    assert sent == {("chen.jing@example.cn", "CANCEL", 1), ("li.wei@example.cn", "REQUEST", 1)}
    chen_cancel = next(
        m for m in inbox.messages[first:] if m["To"].addresses[0].username == "chen.jing"
    )
    assert str(event_of(chen_cancel)["ATTENDEE"]) == "mailto:chen.jing@example.cn"
    assert str(event_of(chen_cancel)["UID"]) == f"{meeting.uuid}@delegation-planner"


def test_a_dry_run_sends_and_records_nothing(
    st: store.Store, trip: str, smtp: tuple[Inbox, int]
) -> None:
    inbox, port = smtp
    planned = deliver(st, trip, port, dry_run=True, now=FIRST)
    assert planned.invitations and inbox.messages == []
    sent = deliver(st, trip, port, now=FIRST)
    assert [i.line() for i in sent.invitations] == [i.line() for i in planned.invitations]
    assert len(inbox.messages) == len(planned.invitations)


def test_the_password_is_used_to_log_in_and_written_nowhere(
    st: store.Store,
    trip: str,
    smtp: tuple[Inbox, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox, port = smtp
    monkeypatch.setenv(office.PASSWORD_ENV, PASSWORD)
    settings = dataclasses.replace(OFFICE, smtp_port=port, smtp_user="protocol")
    office.save(settings)
    assert office.load() == settings
    deliver(st, trip, port, settings={"smtp_user": "protocol"}, now=FIRST)
    assert inbox.logins == [(b"protocol", PASSWORD.encode())]
    assert inbox.messages
    drafts = tmp_path / "drafts"
    cancel(st, trip, SESSION)
    deliver(st, trip, port, drafts=drafts, now=LATER)
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    written += [office.settings_path(), Path(str(st.location))]
    assert drafts in {p.parent for p in written} and office.settings_path().exists()
    for path in written:
        assert PASSWORD.encode() not in path.read_bytes(), path


def test_a_wrong_password_fails_naming_the_server_and_records_nothing(
    st: store.Store, trip: str, smtp: tuple[Inbox, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, port = smtp
    monkeypatch.setenv(office.PASSWORD_ENV, "wrong")
    with pytest.raises(PlannerError) as caught:
        deliver(st, trip, port, settings={"smtp_user": "protocol"}, now=FIRST)
    assert f"127.0.0.1:{port}" in str(caught.value)
    assert "0 of" in str(caught.value) and inbox.messages == []
    monkeypatch.setenv(office.PASSWORD_ENV, PASSWORD)
    assert deliver(st, trip, port, settings={"smtp_user": "protocol"}, now=FIRST).invitations


def test_drafts_are_eml_files_that_outlook_opens_as_messages_to_send(
    st: store.Store, trip: str, tmp_path: Path
) -> None:
    folder = tmp_path / "outbox"
    plan = invitation_mail.deliver(st, trip, OFFICE, drafts=folder, now=FIRST)
    files = sorted(folder.glob("*.eml"))
    assert len(files) == len(plan.invitations) == len(expected_pairs(st, trip))
    for path in files:
        with path.open("rb") as handle:
            mail = email.message_from_binary_file(handle, policy=email.policy.default)
        assert isinstance(mail, EmailMessage)
        assert mail["X-Unsent"] == "1"
        assert path.name.startswith("REQUEST - ")
        assert str(calendar_of(mail)["METHOD"]) == "REQUEST"
        assert path.stat().st_mode & 0o077 == 0, "owner-only, as every export"


def test_the_command_line_prints_each_message_and_a_dry_run_changes_nothing(
    st: store.Store, trip: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.save(OFFICE)
    folder = tmp_path / "outbox"
    location = str(st.location)
    args = ["--store", location, "invite", trip, "--drafts", str(folder)]
    assert cli.main([*args, "--dry-run"]) == 0
    lines = capsys.readouterr().out.splitlines()
    pairs = expected_pairs(st, trip)
    count = len(pairs)
    assert lines[-1] == (
        f"dry run: {count} messages ({count} requests, 0 cancellations); nothing was sent"
    )
    assert {tuple(line.split("\t")) for line in lines[:-1]} == {("REQUEST", *p) for p in pairs}
    assert not folder.exists()
    assert cli.main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith(f"wrote {len(pairs)} drafts")
    assert cli.main(args) == 0
    assert capsys.readouterr().out == "nothing to send: every invitation is up to date\n"


def test_a_trip_without_addresses_says_so_instead_of_up_to_date(
    st: store.Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.save(OFFICE)
    with st.transaction() as session:
        bare = trips.import_trip(session, NANSHAN).uuid
    args = ["--store", str(st.location), "invite", bare, "--drafts", str(tmp_path / "out")]

    assert cli.main([*args, "--dry-run"]) == 0
    assert capsys.readouterr().out == "nothing to send: nobody on the trip has an e-mail address\n"


def test_without_the_offices_address_the_command_says_where_to_set_it(
    st: store.Store, trip: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office.save(dataclasses.replace(OFFICE, email=""))
    folder = tmp_path / "outbox"
    code = cli.main(["--store", str(st.location), "invite", trip, "--drafts", str(folder)])
    err = capsys.readouterr().err
    assert code == 2
    where = office.settings_path()
    assert err == (
        f"planner: error: {where}: email: the office's e-mail address is not set "
        "(set it there, or in the app: Edit > Office and Mail Settings)\n"
    )
    assert not folder.exists()


def test_the_office_organizes_every_exported_event_with_attendees_and_no_other(
    st: store.Store, trip: str
) -> None:
    organizer = calendar_ics.events.Party(OFFICE.name, OFFICE.email)
    with st.transaction() as session:
        data = calendar_ics.export_calendar(
            session, trip, ExportOptions(organizer=organizer), now=FIRST
        ).data
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    with_attendees = [e for e in events if "ATTENDEE" in e]
    assert with_attendees
    for event in events:
        if "ATTENDEE" in event:
            assert str(event["ORGANIZER"]) == "mailto:protocol@office.example.org"
        else:
            assert "ORGANIZER" not in event, event["SUMMARY"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"name": "Office",\n "email": }', ", line 2: not a settings file (JSON)"),
        (json.dumps({**OFFICE.to_mapping(), "smtp_host": ""}), ": smtp_host: the mail server"),
        (json.dumps({**OFFICE.to_mapping(), "email": "office"}), ": email: 'office' is not an"),
    ],
)
def test_bad_office_settings_are_one_line_naming_the_file_and_nothing_is_sent(
    st: store.Store, trip: str, capsys: pytest.CaptureFixture[str], content: str, message: str
) -> None:
    office.settings_path().parent.mkdir(parents=True, exist_ok=True)
    office.settings_path().write_text(content, encoding="utf-8")
    code = cli.main(["--store", str(st.location), "invite", trip, "--smtp"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"planner: error: {office.settings_path()}{message}")
    assert err.count("\n") == 1
    plan = invitation_mail.deliver(st, trip, OFFICE, dry_run=True)
    assert len(plan.invitations) == len(expected_pairs(st, trip)), "nothing was recorded"
