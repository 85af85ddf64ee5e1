"""Replies to invitations: an .ics REPLY, or the e-mail it came in, sets the attendee's answer
on the meeting; an unknown UID or attendee changes nothing; a decline that matters is a
problem of the checks; and the store keeps answers since migration 0010."""

from __future__ import annotations

import datetime as dt
import email.message
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import icalendar
import pytest
from alembic import command
from sqlalchemy import inspect, select

from planner import checks, cli, model, store, tripfile
from planner.calendar_ics import replies
from planner.calendar_ics.events import uid_for
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests import dumps
from tests.conftest import NANSHAN, needs_tool
from tests.core.test_briefing import flat, pdftotext
from tests.core.test_briefing_book import build

STAMP = dt.datetime(2024, 6, 10, 9, 30, tzinfo=dt.UTC)
SIGNING = "Signing of cooperation memorandum with Innovation Lab Heidelberg"
SESSION = "Nanshan–Frankfurt cooperation session"


def document() -> dict[str, Any]:
    """Nanshan with e-mail addresses, and the Heidelberg memorandum to be signed by its
    director and the head of the delegation."""
    data: dict[str, Any] = json.loads(NANSHAN.read_text(encoding="utf-8"))
    addresses = {
        "li-head": "li.wei@nanshan.example",
        "wong": "wong@nanshan.example",
        "chen-interp": "chen.jing@nanshan.example",
        "ilh-director": "J.Schaefer@ilh.example",
    }
    for person in data["people"]:
        if person["key"] in addresses:
            person["email"] = addresses[person["key"]]
    signing = next(m for m in data["meetings"] if m["key"] == "ilh-signing")
    signing["agreement"] = {
        "title": "Memorandum of cooperation",
        "signatories": ["ilh-director"],
        "status": "agreed",
    }
    return data


@pytest.fixture
def trip(empty_store: Path) -> str:
    prepared = tripfile.build_trip(document(), "test.trip.json")
    with store.open_store(empty_store) as st, st.transaction() as session:
        tripfile.insert_trip(session, prepared)
    return prepared.uuid


def meeting_uuid(location: Path | str, title: str) -> str:
    with store.open_store(location) as st, st.session() as session:
        uuid = session.scalar(select(model.Meeting.uuid).where(model.Meeting.title == title))
    assert uuid is not None
    return uuid


def answers(location: Path | str, title: str) -> dict[str, tuple[str, dt.datetime | None]]:
    """The meeting's answers by the attendee's family name."""
    with store.open_store(location) as st, st.session() as session:
        meeting = session.scalars(select(model.Meeting).where(model.Meeting.title == title)).one()
        return {
            link.person.family_name: (link.answer, link.answered)
            for link in meeting.attendee_links
            if link.answer is not None
        }


def reply(
    uid: str,
    address: str | None,
    partstat: str,
    *,
    name: str | None = None,
    stamp: dt.datetime = STAMP,
) -> bytes:
    """A reply as Outlook sends it: METHOD:REPLY, the event's UID, the one attendee."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REPLY")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", stamp)
    event.add("sequence", 0)
    event.add("summary", "Declined: the meeting")
    event.add("organizer", icalendar.vCalAddress("mailto:office@nanshan.example"))
    attendee = icalendar.vCalAddress(f"mailto:{address}" if address else "invalid:nomail")
    attendee.params["PARTSTAT"] = icalendar.vText(partstat)
    if name:
        attendee.params["CN"] = icalendar.vText(name)
    event.add("attendee", attendee)
    calendar.add_component(event)
    return calendar.to_ical()


def as_mail(ics: bytes, *, attached: bool) -> bytes:
    """The reply as the e-mail it came in: a text/calendar alternative (Outlook), or an
    attached invite.ics (other programs)."""
    message = email.message.EmailMessage()
    message["From"] = "Li Wei <li.wei@nanshan.example>"
    message["To"] = "office@nanshan.example"
    message["Subject"] = "Declined: the meeting"
    message.set_content("Li Wei has declined this meeting.")
    if attached:
        message.add_attachment(ics, maintype="application", subtype="ics", filename="invite.ics")
    else:
        message.add_alternative(ics.decode(), subtype="calendar", params={"method": "REPLY"})
    return message.as_bytes()


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str], str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


# ---------------------------------------------------------------------------------------------
# Replies in


@pytest.mark.parametrize(
    "case",
    [
        ("reply.ics", lambda ics: ics),
        ("Declined.eml", lambda ics: as_mail(ics, attached=False)),
        ("Forwarded.eml", lambda ics: as_mail(ics, attached=True)),
    ],
)
def test_a_reply_or_its_email_sets_the_answer_and_prints_one_line(
    store_path: Path,
    trip: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, Callable[[bytes], bytes]],
) -> None:
    name, wrap = case
    uid = uid_for(meeting_uuid(store_path, SESSION))
    path = tmp_path / name
    path.write_bytes(wrap(reply(uid, "LI.WEI@Nanshan.example", "DECLINED")))
    code, out, err = run(["--store", str(store_path), "import-ics", trip, str(path)], capsys)
    assert (code, err) == (0, "")
    assert out == [f"answer  2024-06-17 14:00 Europe/Berlin  '{SESSION}': Li Wei (李伟) declined"]
    assert answers(store_path, SESSION) == {"Li": ("declined", STAMP)}


def test_a_dry_run_shows_the_answers_and_changes_nothing(
    store_path: Path, trip: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reply.ics"
    path.write_bytes(
        reply(uid_for(meeting_uuid(store_path, SESSION)), "wong@nanshan.example", "ACCEPTED")
    )
    before = dumps.dump(store_path)
    args = ["--store", str(store_path), "import-ics", trip, str(path), "--dry-run"]
    code, out, _err = run(args, capsys)
    assert code == 0
    assert out[-1] == "would set 1 of 1; nothing was changed"
    assert out[0].endswith(": Wong accepted")
    assert dumps.dump(store_path) == before


@pytest.mark.parametrize(
    "case",
    [
        ("uid", "reply.ics: line 5: VEVENT 'nobody@example.org': no meeting of the trip"),
        (
            "attendee",
            "reply.ics: line 5: VEVENT '{uid}': ATTENDEE 'bruder@trinamix.example' does "
            f"not attend '{SESSION}'",
        ),
    ],
)
def test_an_unknown_uid_or_attendee_is_refused_in_one_line_and_nothing_changes(
    store_path: Path,
    trip: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, str],
) -> None:
    which, message = case
    uid = uid_for(meeting_uuid(store_path, SESSION))
    data = (
        reply("nobody@example.org", "li.wei@nanshan.example", "DECLINED")
        if which == "uid"
        else reply(uid, "bruder@trinamix.example", "DECLINED")
    )
    path = tmp_path / "reply.ics"
    path.write_bytes(data)
    before = dumps.dump(store_path)
    code, out, err = run(["--store", str(store_path), "import-ics", trip, str(path)], capsys)
    assert (code, out) == (2, [])
    assert err.startswith(f"planner: error: {message.format(uid=uid)}")
    assert err.count("\n") == 1
    assert dumps.dump(store_path) == before


def test_an_attendee_without_an_address_is_found_by_name_and_an_older_reply_is_kept_out(
    st: store.Store, trip: str
) -> None:
    uid = uid_for(meeting_uuid(st.location, SIGNING))
    by_name = reply(uid, None, "TENTATIVE", name="Jürgen Schäfer")
    with st.transaction() as session:
        replies.apply_replies(session, replies.plan_replies(session, trip, by_name, "r.ics"))
    assert answers(st.location, SIGNING) == {"Schäfer": ("tentative", STAMP)}
    older = reply(uid, "j.schaefer@ilh.example", "ACCEPTED", stamp=STAMP - dt.timedelta(days=1))
    with st.transaction() as session:
        plan = replies.plan_replies(session, trip, older, "r.ics")
        replies.apply_replies(session, plan)
    assert [a.verb for a in plan.actions] == ["keep"]
    assert answers(st.location, SIGNING) == {"Schäfer": ("tentative", STAMP)}


def test_editing_the_meeting_keeps_the_answers_of_those_who_still_attend(
    st: store.Store, trip: str
) -> None:
    uuid = meeting_uuid(st.location, SESSION)
    data = reply(uid_for(uuid), "wong@nanshan.example", "DECLINED")
    with st.transaction() as session:
        replies.apply_replies(session, replies.plan_replies(session, trip, data, "r.ics"))
    editor = editor_for(MeetingRecord)
    with st.transaction() as session:
        record = editor.read(session, uuid)
        assert isinstance(record, MeetingRecord)
        editor.update(session, uuid, record.__class__(**{**record.__dict__, "title": "Renamed"}))
    assert answers(st.location, "Renamed") == {"Wong": ("declined", STAMP)}


# ---------------------------------------------------------------------------------------------
# The check


def declines(
    st: store.Store, trip: str, *people: tuple[str, str], language: str = "en"
) -> list[checks.Problem]:
    for title, address in people:
        data = reply(uid_for(meeting_uuid(st.location, title)), address, "DECLINED")
        with st.transaction() as session:
            replies.apply_replies(session, replies.plan_replies(session, trip, data, "r.ics"))
    with st.session() as session:
        found = checks.check_trip(session, trip, language=language)
    return [p for p in found if p.kind == "declined"]


def test_a_declining_signatory_or_head_is_a_problem_and_an_ordinary_attendee_is_not(
    st: store.Store, trip: str
) -> None:
    assert declines(st, trip, (SESSION, "wong@nanshan.example")) == []
    found = declines(
        st, trip, (SIGNING, "j.schaefer@ilh.example"), (SESSION, "li.wei@nanshan.example")
    )
    assert [(p.severity, p.people, p.items) for p in found] == [
        ("warning", ("Li Wei (李伟)",), (SESSION,)),
        ("warning", ("Jürgen Schäfer",), (SIGNING,)),
    ]
    assert found[0].message == (
        f"Li Wei (李伟), head of the delegation, declined '{SESSION}' on Mon 17 Jun 14:00 "
        "(Europe/Berlin)"
    )
    assert "but is to sign 'Memorandum of cooperation' there" in found[1].message
    off = checks.CheckSettings(disabled_kinds=frozenset({"declined"}))
    with st.session() as session:
        assert not [p for p in checks.check_trip(session, trip, off) if p.kind == "declined"]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ["Jürgen Schäfer", "abgelehnt", "unterzeichnen"]),
        ("zh", ["Jürgen Schäfer", "谢绝", "签署"]),
    ],
)
def test_the_decline_is_worded_in_german_and_chinese(
    st: store.Store, trip: str, language: str, words: list[str]
) -> None:
    [problem] = declines(st, trip, (SIGNING, "j.schaefer@ilh.example"), language=language)
    assert all(word in problem.message for word in words), problem.message


def test_the_check_command_lists_a_decline(
    store_path: Path, trip: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "reply.ics"
    path.write_bytes(
        reply(uid_for(meeting_uuid(store_path, SIGNING)), "j.schaefer@ilh.example", "DECLINED")
    )
    run(["--store", str(store_path), "import-ics", trip, str(path)], capsys)
    code, out, _err = run(["--store", str(store_path), "check", trip], capsys)
    assert code == 1
    [line] = [line for line in out if "  declined  " in line]
    assert line.startswith("warning  declined         2024-06-18 15:30 Europe/Berlin  Jürgen")


# ---------------------------------------------------------------------------------------------
# The migration


def test_migration_0010_adds_the_answers_and_its_downgrade_takes_them_away(
    store_path: Path, trip: str
) -> None:
    uid = uid_for(meeting_uuid(store_path, SESSION))
    with store.open_store(store_path) as st:
        with st.transaction() as session:
            data = reply(uid, "wong@nanshan.example", "DECLINED")
            replies.apply_replies(session, replies.plan_replies(session, trip, data, "r.ics"))
        with st.engine.begin() as connection:
            config = store.alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0009")
            columns = {c["name"] for c in inspect(connection).get_columns("meeting_attendee")}
        assert store.schema_revision(st) == "0009"
    assert {"answer", "answered"}.isdisjoint(columns) and "role" in columns
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0009"
    assert answers(store_path, SESSION) == {}
    with store.open_store(store_path) as st, st.transaction() as session:
        data = reply(uid, "wong@nanshan.example", "TENTATIVE")
        replies.apply_replies(session, replies.plan_replies(session, trip, data, "r.ics"))
    assert answers(store_path, SESSION) == {"Wong": ("tentative", STAMP)}


# ---------------------------------------------------------------------------------------------
# The pack


@needs_tool(shutil.which("pdftotext") is not None, "needs poppler-utils (pdftotext)")
@pytest.mark.sqlite_only  # the pack reads the same rows on either engine
def test_the_internal_pack_shows_each_answer_and_the_external_one_none(
    st: store.Store, trip: str, tmp_path: Path
) -> None:
    data = reply(uid_for(meeting_uuid(st.location, SIGNING)), "j.schaefer@ilh.example", "DECLINED")
    with st.transaction() as session:
        replies.apply_replies(session, replies.plan_replies(session, trip, data, "r.ics"))
    internal = flat(pdftotext(build(st, trip, tmp_path / "internal.pdf")))
    external = flat(pdftotext(build(st, trip, tmp_path / "external.pdf", edition="external")))
    assert "Declined the invitation" in internal and "No answer yet" in internal
    assert "invitation" not in external and "No answer yet" not in external
    chinese = flat(pdftotext(build(st, trip, tmp_path / "zh.pdf", language="zh")))
    assert "已谢绝邀请" in chinese
