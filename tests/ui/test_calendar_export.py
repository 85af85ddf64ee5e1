"""File ▸ Export Calendar as an officer uses it: choose the calendar and its options, pick the
file or folder, and get the .ics files, or a message and nothing written."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import calendar_ics, model, store, trips
from planner.calendar_ics import lint
from tests.conftest import NANSHAN
from ui.dialogs.calendar_export import CalendarExportDialog

Choose = Callable[[CalendarExportDialog], None]


@pytest.fixture
def st(empty_store_file: Path) -> Iterator[store.Store]:
    with store.open_store(empty_store_file) as opened:
        yield opened


@pytest.fixture
def trip_uuid(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


@dataclass(frozen=True)
class Trip:
    st: store.Store
    uuid: str


@pytest.fixture
def trip(st: store.Store, trip_uuid: str) -> Trip:
    return Trip(st, trip_uuid)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    shown: dict[str, list[str]] = {"warning": [], "information": []}
    for kind, found in shown.items():
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, found=found: found.append(text))
    return shown


def answer_with(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, choose: Choose | None) -> None:
    """Make the dialog's exec() set the choices as a user would and press Export (or Cancel)."""

    def run(dialog: CalendarExportDialog) -> int:
        # Not given to qtbot: ask() deletes the dialog itself, and the export's wait runs the
        # event loop that carries the deletion out before the test ends.
        if choose is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            choose(dialog)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(CalendarExportDialog, "exec", run)


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def get_save_file_name(
        _parent: object, _title: str, name: str, _filter: str
    ) -> tuple[str, str]:
        suggested.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    return suggested


def events(path: Path) -> list[icalendar.Event]:
    data = path.read_bytes()
    assert lint.problems(data) == []
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        lines = list(conn.iterdump())
    conn.close()
    return lines


def test_the_whole_trip_with_hotels_and_a_shorter_reminder(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid

    def choose(dialog: CalendarExportDialog) -> None:
        assert dialog.scope_buttons["trip"].isChecked()
        assert not dialog.scope_buttons["selected"].isEnabled()
        dialog.lodging.click()
        dialog.reminder.setValue(15)

    answer_with(qtbot, monkeypatch, choose)
    suggested = save_to(monkeypatch, tmp_path / "nanshan")  # the suffix is added
    CalendarExportDialog.ask(None, st, trip_uuid)
    assert suggested == ["Nanshan economic and trade delegation to Germany.ics"]
    written = events(tmp_path / "nanshan.ics")
    assert len(written) == 15
    alarms = {a.decoded("TRIGGER").total_seconds() for e in written for a in e.walk("VALARM")}
    assert alarms == {-15 * 60}
    assert messages["warning"] == []
    assert messages["information"] == [
        f"Wrote 1 file to {tmp_path / 'nanshan.ics'}. 15 events in all."
    ]


def test_one_persons_calendar_in_the_internal_edition(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid

    def choose(dialog: CalendarExportDialog) -> None:
        assert not dialog.person.isEnabled()
        dialog.scope_buttons["person"].click()
        assert dialog.person.isEnabled()
        labels = [dialog.person.itemText(i) for i in range(dialog.person.count())]
        dialog.person.setCurrentIndex(labels.index("Li Wei (李伟) (delegation)"))
        dialog.edition.setCurrentIndex(dialog.edition.findData("internal"))
        dialog.reminder.setValue(0)
        assert dialog.reminder.text() == "No reminder"

    answer_with(qtbot, monkeypatch, choose)
    suggested = save_to(monkeypatch, tmp_path / "li.ics")
    CalendarExportDialog.ask(None, st, trip_uuid)
    assert suggested == ["Nanshan economic and trade delegation to Germany - Wei Li.ics"]
    written = events(tmp_path / "li.ics")
    assert len(written) == 9  # his five meetings and the four transfers
    text = " ".join(str(e.get("DESCRIPTION", "")) for e in written)
    assert "Seat the head of delegation next to the club's board member." in text
    assert not [a for e in written for a in e.walk("VALARM")]


def test_each_delegate_into_a_folder(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid
    folder = tmp_path / "calendars"
    folder.mkdir()
    answer_with(qtbot, monkeypatch, lambda d: d.scope_buttons["delegates"].click())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a: str(folder))
    CalendarExportDialog.ask(None, st, trip_uuid)
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        "Nanshan economic and trade delegation to Germany - Jing Chen.ics",
        "Nanshan economic and trade delegation to Germany - Wei Li.ics",
        "Nanshan economic and trade delegation to Germany - Wong.ics",
    ]
    for path in folder.iterdir():
        assert events(path)
    assert messages["warning"] == []


def test_the_selected_meetings_only(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid
    with st.session() as session:
        chosen = session.scalars(
            select(model.Meeting.uuid).where(model.Meeting.title.like("%Ledvance%"))
        ).all()

    def choose(dialog: CalendarExportDialog) -> None:
        assert dialog.scope_buttons["selected"].isChecked()
        assert not dialog.lodging.isEnabled()

    answer_with(qtbot, monkeypatch, choose)
    save_to(monkeypatch, tmp_path / "chosen.ics")
    CalendarExportDialog.ask(None, st, trip_uuid, chosen)
    (event,) = events(tmp_path / "chosen.ics")
    assert str(event["SUMMARY"]) == "Meeting with Ledvance management"


def test_the_window_answers_while_the_calendar_is_written(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    # The export waits for a timer of the GUI thread: were it run there, it would wait in vain.
    ticked = threading.Event()
    export = calendar_ics.export_to_file
    writers: list[int] = []

    def export_after_a_tick(*args: Any, **kwargs: Any) -> Any:
        writers.append(threading.get_ident())
        assert ticked.wait(5), "no timer fired while the calendar was written"
        return export(*args, **kwargs)

    monkeypatch.setattr(calendar_ics, "export_to_file", export_after_a_tick)
    answer_with(qtbot, monkeypatch, lambda d: None)
    save_to(monkeypatch, tmp_path / "nanshan.ics")
    QTimer.singleShot(10, ticked.set)

    CalendarExportDialog.ask(None, trip.st, trip.uuid)

    assert writers and writers[0] != threading.get_ident()
    assert len(events(tmp_path / "nanshan.ics")) == 9
    assert messages["information"] == [
        f"Wrote 1 file to {tmp_path / 'nanshan.ics'}. 9 events in all."
    ]


def test_a_failed_write_shows_the_reason_and_leaves_nothing_behind(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid
    before = dump(st.path)
    answer_with(qtbot, monkeypatch, lambda d: None)
    save_to(monkeypatch, tmp_path / "missing-folder" / "trip.ics")
    CalendarExportDialog.ask(None, st, trip_uuid)
    assert len(messages["warning"]) == 1
    assert "cannot write the calendar" in messages["warning"][0]
    assert messages["information"] == []
    assert not (tmp_path / "missing-folder").exists()
    assert dump(st.path) == before


def test_cancelling_the_dialog_or_the_file_choice_writes_nothing(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid
    before = dump(st.path)
    asked: list[str] = save_to(monkeypatch, tmp_path / "never.ics")
    answer_with(qtbot, monkeypatch, None)
    CalendarExportDialog.ask(None, st, trip_uuid)
    assert asked == []
    answer_with(qtbot, monkeypatch, lambda d: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    CalendarExportDialog.ask(None, st, trip_uuid)
    assert not (tmp_path / "never.ics").exists()
    assert dump(st.path) == before
    assert messages == {"warning": [], "information": []}


def test_a_trip_that_no_longer_exists_is_a_message(
    monkeypatch: pytest.MonkeyPatch, st: store.Store, messages: dict[str, list[str]]
) -> None:
    def never(_dialog: QDialog) -> int:
        raise AssertionError("the dialog must not open")

    monkeypatch.setattr(CalendarExportDialog, "exec", never)
    CalendarExportDialog.ask(None, st, "00000000-0000-0000-0000-000000000000")
    assert messages["warning"] == ["the trip 00000000-0000-0000-0000-000000000000 no longer exists"]


# ---------------------------------------------------------------------------------------------
# File ▸ Import Calendar (the preview)

INVITATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:test\r\nMETHOD:REQUEST\r\n"
    "BEGIN:VEVENT\r\nUID:talks@example.de\r\nDTSTAMP:20240520T080000Z\r\n"
    "DTSTART;TZID=W. Europe Standard Time:20240618T140000\r\n"
    "DTEND;TZID=W. Europe Standard Time:20240618T150000\r\n"
    "SUMMARY:Talks at the chamber\r\nLOCATION:Frankfurt am Main\r\n"
    "END:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:day@example.de\r\nDTSTAMP:20240520T080000Z\r\n"
    "DTSTART;VALUE=DATE:20240619\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a: (str(path), ""))


def meeting_stops(st: store.Store, title: str) -> list[str]:
    with st.session() as session:
        return list(
            session.scalars(
                select(model.Stop.city)
                .join(model.Meeting, model.Meeting.stop_id == model.Stop.id)
                .where(model.Meeting.title == title)
            )
        )


def test_the_import_preview_says_what_happens_and_imports_it(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    trip: Trip,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    st, trip_uuid = trip.st, trip.uuid
    from ui.dialogs.calendar_import import CalendarImportDialog

    source = tmp_path / "invitation.ics"
    source.write_text(INVITATION, encoding="utf-8")
    open_file(monkeypatch, source)
    seen: list[str] = []

    def run(dialog: CalendarImportDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog.preview.toPlainText())
        dialog.stop.setCurrentIndex(dialog.stop.findText("Munich"))
        seen.append(dialog.preview.toPlainText())
        assert dialog.summary.text() == "1 to add, 0 to update, 1 to skip"
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(CalendarImportDialog, "exec", run)
    assert CalendarImportDialog.ask(None, st, trip_uuid) is True
    assert seen[0].splitlines() == [
        "add     2024-06-18 14:00 Europe/Berlin  'Talks at the chamber': new meeting at "
        "Frankfurt am Main",
        "skip    (all day)  'Holiday': an all-day event, not a meeting at a time of day",
    ]
    assert "new meeting at Munich" in seen[1]
    assert meeting_stops(st, "Talks at the chamber") == ["Munich"]
    # the same file again finds its meeting: nothing to add, so nothing to import

    def again(dialog: CalendarImportDialog) -> int:
        qtbot.addWidget(dialog)
        seen.append(dialog.preview.toPlainText().splitlines()[0])
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(CalendarImportDialog, "exec", again)
    assert CalendarImportDialog.ask(None, st, trip_uuid) is False
    assert seen[-1].endswith("'Talks at the chamber': unchanged")
    assert meeting_stops(st, "Talks at the chamber") == ["Munich"]
    assert messages["warning"] == []


def test_an_unreadable_calendar_is_refused_before_the_preview(
    monkeypatch: pytest.MonkeyPatch,
    st: store.Store,
    trip_uuid: str,
    tmp_path: Path,
    messages: dict[str, list[str]],
) -> None:
    from ui.dialogs.calendar_import import CalendarImportDialog

    broken = tmp_path / "broken.ics"
    broken.write_text(INVITATION.replace("20240618T150000", "2024-06-18"), encoding="utf-8")
    open_file(monkeypatch, broken)
    before = dump(st.path)
    monkeypatch.setattr(CalendarImportDialog, "exec", lambda _d: pytest.fail("no preview"))
    assert CalendarImportDialog.ask(None, st, trip_uuid) is False
    assert len(messages["warning"]) == 1
    assert messages["warning"][0].startswith("broken.ics: line 5: VEVENT 'talks@example.de': DTEND")
    assert dump(st.path) == before
