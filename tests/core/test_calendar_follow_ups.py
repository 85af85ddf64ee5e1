"""Follow-ups as to-dos (VTODO): in the trip's calendar all of them, in a person's their own;
due on a day, done or not, tied to the meeting's event, stable across exports, cancelled when
removed; read back by icalendar and vobject."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest
import vobject
from sqlalchemy import select

from planner import calendar_ics, cli, model, store, trips
from planner.calendar_ics import lint
from planner.calendar_ics.events import ExportOptions
from tests.conftest import JIANGSU

FIRST = dt.datetime(2022, 7, 1, 9, 0, tzinfo=dt.UTC)
LATER = dt.datetime(2022, 7, 9, 9, 0, tzinfo=dt.UTC)
SIGNING = "Signing: memorandum of cooperation with Commerzbank"


@pytest.fixture
def trip(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, JIANGSU).uuid


def export(st: store.Store, trip: str, now: dt.datetime = FIRST, **options: object) -> bytes:
    with st.transaction() as session:
        if "person" in options:
            name = str(options.pop("person"))
            options["person_uuid"] = calendar_ics.find_person_in_trip(session, trip, name).uuid
        chosen = ExportOptions(**options)  # type: ignore[arg-type]
        return calendar_ics.export_calendar(session, trip, chosen, now=now).data


def todos(data: bytes) -> dict[str, icalendar.Todo]:
    return {str(t["SUMMARY"]): t for t in icalendar.Calendar.from_ical(data).walk("VTODO")}


def test_the_trip_calendar_holds_every_follow_up_as_a_todo(st: store.Store, trip: str) -> None:
    data = export(st, trip)
    assert lint.problems(data) == []
    found = todos(data)
    assert sorted(found) == [
        "First joint review of financed projects",
        "Send the signed Chinese and German originals to Commerzbank",
    ]
    sent = found["Send the signed Chinese and German originals to Commerzbank"]
    review = found["First joint review of financed projects"]
    assert sent.decoded("DUE") == dt.date(2022, 7, 22)
    assert "DUE;VALUE=DATE:20220722" in data.decode()
    assert (str(sent["STATUS"]), str(review["STATUS"])) == ("COMPLETED", "NEEDS-ACTION")
    events = {str(e["SUMMARY"]): e for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}
    assert str(sent["RELATED-TO"]) == str(events[SIGNING]["UID"])
    assert str(sent["UID"]).endswith("-follow-up@delegation-planner")
    assert SIGNING in str(sent["DESCRIPTION"])
    assert "Owner: Xu Ning (徐宁)" in str(sent["DESCRIPTION"])

    parsed = vobject.readOne(data.decode("utf-8"))
    assert sorted(t.summary.value for t in parsed.vtodo_list) == sorted(found)
    assert {t.due.value for t in parsed.vtodo_list} == {dt.date(2022, 7, 22), dt.date(2022, 12, 15)}


def test_a_persons_calendar_holds_their_own_follow_ups_only(st: store.Store, trip: str) -> None:
    found = todos(export(st, trip, person="Liang Yi"))
    assert list(found) == ["First joint review of financed projects"]
    description = str(found["First joint review of financed projects"]["DESCRIPTION"])
    assert description.startswith(f"Follow-up of {SIGNING} (2022-07-07 17:30–18:00")
    assert todos(export(st, trip, person="Sheng Lei")) == {}


def test_an_option_leaves_the_follow_ups_out(st: store.Store, trip: str) -> None:
    assert todos(export(st, trip, follow_ups=False)) == {}
    assert todos(export(st, trip, person="徐宁", follow_ups=False)) == {}


def test_the_descriptions_follow_the_language(st: store.Store, trip: str) -> None:
    german = todos(export(st, trip, language="de"))
    assert str(german["First joint review of financed projects"]["DESCRIPTION"]).startswith(
        f"Nachbereitung von {SIGNING}"
    )
    chinese = todos(export(st, trip, language="zh"))
    assert "后续事项" in str(chinese["First joint review of financed projects"]["DESCRIPTION"])


def test_todos_are_stable_and_a_removed_one_is_cancelled(st: store.Store, trip: str) -> None:
    first = export(st, trip)
    assert export(st, trip, now=LATER) == first  # unchanged data, identical bytes
    with st.transaction() as session:
        task = session.scalars(
            select(model.FollowUp).where(model.FollowUp.title.startswith("First joint"))
        ).one()
        uid = f"{task.uuid}-follow-up@delegation-planner"
        session.delete(task)
    again = export(st, trip, now=LATER)
    assert lint.problems(again) == []
    gone = todos(again)["Cancelled: First joint review of financed projects"]
    assert (str(gone["UID"]), str(gone["STATUS"]), gone["SEQUENCE"]) == (uid, "CANCELLED", 1)
    events = icalendar.Calendar.from_ical(again).walk("VEVENT")
    assert all(str(e["UID"]) != uid for e in events)


def test_the_command_line_writes_and_counts_the_todos(
    st: store.Store, trip: str, store_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    st.close()
    path = tmp_path / "trip.ics"
    assert cli.main(["--store", str(store_path), "ics", "1", "-o", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {path}: 2 events, 0 of them cancelled",
        "and 2 follow-ups as to-dos (VTODO)",
    ]
    assert len(todos(path.read_bytes())) == 2
    # Left out after they were exported, they are cancelled, as an event leaving a calendar
    # is, so that a subscribed client drops them; a calendar that never had them has none.
    args = ["--store", str(store_path), "ics", "1", "-o", str(path), "--no-follow-ups"]
    assert cli.main(args) == 0
    capsys.readouterr()
    assert {str(t["STATUS"]) for t in todos(path.read_bytes()).values()} == {"CANCELLED"}
    args = ["--store", str(store_path), "ics", "1", "-o", str(tmp_path / "xu.ics")]
    args += ["--person", "Xu Ning", "--no-follow-ups"]
    assert cli.main(args) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"wrote {tmp_path / 'xu.ics'}: 2 events, 0 of them cancelled"
    ]
    assert todos((tmp_path / "xu.ics").read_bytes()) == {}
