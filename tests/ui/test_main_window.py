"""The first window as a user meets it: the sample trip, its overview, import and export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from planner import store, trips
from tests.conftest import JIANGSU, NANSHAN
from ui.app import open_window
from ui.dialogs.calendar_import import CalendarImportDialog
from ui.dialogs.duplicate_trip import DuplicateTripDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.main_window import MainWindow
from ui.models.trip_list import TripListModel


def imported(window: MainWindow, qtbot: QtBot, path: Path) -> None:
    """Import through the window and wait for the background read and the command."""
    before = window.workspace.undo_stack.count()
    window.import_file(path)
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == before + 1)


def test_a_new_default_store_opens_with_the_sample_trip_once(qtbot: QtBot) -> None:
    first = open_window(None)
    qtbot.addWidget(first)
    assert first.navigator.model.rowCount() == 1
    assert (
        first.navigator.model.summary(0).title == "Nanshan economic and trade delegation to Germany"
    )
    first.store.close()
    second = open_window(None)
    qtbot.addWidget(second)
    assert second.navigator.model.rowCount() == 1
    second.store.close()


def test_a_store_named_by_the_user_starts_empty(window: MainWindow) -> None:
    assert window.navigator.model.rowCount() == 0
    assert window.overview.toPlainText() == ""


def test_clicking_a_trip_shows_its_stops_and_meetings_in_local_and_home_time(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    imported(window, qtbot, NANSHAN)
    window.navigator.select_uuid(window.navigator.model.summary(0).uuid)
    table = window.navigator.table
    proxy = window.navigator.proxy
    row = next(
        r for r in range(proxy.rowCount())
        if proxy.index(r, 0).data().startswith("Nanshan")
    )  # fmt: skip
    rect = table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = window.overview.toPlainText()
    assert "Nanshan economic and trade delegation to Germany" in text
    assert "Mon 17 Jun 2024 14:00 (20:00 home)–17:30 Nanshan–Frankfurt cooperation session" in text
    assert "Frankfurt am Main (DE, Europe/Berlin)" in text


def test_markup_in_a_title_is_shown_as_written(
    window: MainWindow, tmp_path: Path, qtbot: QtBot
) -> None:
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["trip"]["title"] = "<b>R&D</b> & Partners <img src='x.png'>"
    path = tmp_path / "markup.trip.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    imported(window, qtbot, path)
    assert "<b>R&D</b> & Partners <img src='x.png'>" in window.overview.toPlainText()


def test_importing_a_bad_file_warns_with_the_place_and_changes_nothing(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    bad = tmp_path / "bad.trip.json"
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    document["meetings"][4]["stauts"] = "confirmed"
    bad.write_text(json.dumps(document), encoding="utf-8")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))

    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings))

    assert len(warnings) == 1 and "meetings[4].stauts: unknown field" in warnings[0]
    assert window.navigator.model.rowCount() == 1


def test_export_writes_the_selected_trip(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    target = tmp_path / "out.trip.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists)
    with store.open_store(tmp_path / "check.sqlite") as check, check.transaction() as session:
        trip = trips.import_trip(session, target)
        assert trip.title == "Nanshan economic and trade delegation to Germany"
        assert len(trip.meetings) == 5


def test_the_trip_list_model_follows_the_qt_model_contract(
    window: MainWindow, qtmodeltester: object, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    imported(window, qtbot, JIANGSU)
    model = TripListModel()
    with window.store.session() as session:
        model.reload(trips.list_trips(session))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 2


def test_deleting_a_meeting_asks_then_undo_brings_it_back_with_its_identity(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, NANSHAN)
    window.tabs.setCurrentWidget(window.meetings)
    assert window.meetings.select_uuid(window.meetings.model.uuid_at(0))
    uuid = window.meetings.selected_uuid()
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.delete_action.trigger()
    assert questions == ["Delete 'Nanshan–Frankfurt cooperation session'? You can undo this."]
    assert window.meetings.model.rowCount() == 4
    assert (
        window.undo_action.text() == "&Undo Delete Meeting 'Nanshan–Frankfurt cooperation session'"
    )
    window.undo_action.trigger()
    assert window.meetings.model.rowCount() == 5
    assert window.meetings.model.row_of(uuid or "") >= 0


def test_changing_only_the_times_is_named_a_move(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, NANSHAN)
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.select_uuid(window.meetings.model.uuid_at(4))

    def later(_parent: object, _context: object, record: Any) -> Any:
        hour = dt.timedelta(hours=1)
        return dataclasses.replace(record, start=record.start + hour, end=record.end + hour)

    monkeypatch.setattr(MeetingDialog, "ask", later)
    window.edit_action.trigger()
    assert window.undo_action.text() == "&Undo Move 'Meeting with Ledvance management'"
    assert "11:00" in [
        window.meetings.model.index(r, 1).data() for r in range(window.meetings.model.rowCount())
    ]


def test_duplicating_a_trip_opens_the_copy_and_undo_removes_it(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, NANSHAN)
    monkeypatch.setattr(
        DuplicateTripDialog, "ask", lambda *_a: ("Nanshan 2025", dt.date(2025, 6, 14))
    )
    window.duplicate_action.trigger()
    assert window.navigator.model.rowCount() == 2
    summary = next(s for s in window.navigator.model._rows if s.title == "Nanshan 2025")
    assert window.workspace.trip_uuid == summary.uuid
    assert (summary.first_day, summary.last_day) == (dt.date(2025, 6, 14), dt.date(2025, 6, 22))
    window.undo_action.trigger()
    assert window.navigator.model.rowCount() == 1


def test_the_last_trip_and_recent_stores_are_restored_on_the_next_start(
    qtbot: QtBot, tmp_path: Path
) -> None:
    first = open_window(str(tmp_path / "a.sqlite"))
    qtbot.addWidget(first)
    imported(first, qtbot, NANSHAN)
    imported(first, qtbot, JIANGSU)
    first.navigator.select_uuid(first.navigator.model.summary(0).uuid)
    chosen = first.workspace.trip_uuid
    first.close()
    first.store.close()
    second = open_window(None)  # no store named: the one open last time
    qtbot.addWidget(second)
    assert second.store.path == (tmp_path / "a.sqlite").resolve()
    assert second.workspace.trip_uuid == chosen
    assert [a.text() for a in second.recent_menu.actions()] == [str(second.store.path)]
    second.store.close()


def test_opening_a_file_that_is_not_a_store_keeps_the_open_one(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a store")
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window.open_store_action.trigger()
    assert warnings == [f"{bogus}: not a Delegation Planner store (not a SQLite file)"]
    assert window.navigator.model.rowCount() == 1
    assert bogus.read_text() == "not a store"


def test_a_new_store_opens_empty_and_appears_in_recent_stores(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    old = window.store.path
    fresh = tmp_path / "second.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    window.new_store_action.trigger()
    assert window.store.path == fresh
    assert window.navigator.model.rowCount() == 0
    assert not window.undo_action.isEnabled()
    recent = [a.text() for a in window.recent_menu.actions()]
    assert recent == [str(fresh.resolve()), str(old.resolve())]
    window.recent_menu.actions()[1].trigger()
    assert window.navigator.model.rowCount() == 1


INVITATION = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Invitation//EN\r\n"
    "BEGIN:VEVENT\r\nUID:lunch-ihk@example.com\r\nDTSTAMP:20240601T120000Z\r\n"
    "DTSTART;TZID=Europe/Berlin:20240618T130000\r\nDTEND;TZID=Europe/Berlin:20240618T140000\r\n"
    "SUMMARY:Lunch with the IHK\r\nLOCATION:Frankfurt am Main\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_a_calendar_import_is_one_undoable_step(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, NANSHAN)
    window.tabs.setCurrentWidget(window.meetings)
    invitation = tmp_path / "invite.ics"
    invitation.write_text(INVITATION, encoding="utf-8", newline="")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(invitation), ""))
    monkeypatch.setattr(CalendarImportDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    window.import_calendar_action.trigger()
    titles = {window.meetings.model.index(r, 3).data() for r in range(6)}
    assert window.meetings.model.rowCount() == 6
    assert "Lunch with the IHK" in titles
    assert window.undo_action.text() == "&Undo Import Calendar (1 event)"
    window.undo_action.trigger()
    assert window.meetings.model.rowCount() == 5
    window.redo_action.trigger()
    assert window.meetings.model.rowCount() == 6


def test_an_import_that_fills_in_zones_says_which_on_lines_of_their_own(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, expect_dialog: Any
) -> None:
    doc = json.loads(NANSHAN.read_text("utf-8"))
    del doc["stops"][4]["timezone"]  # Shenzhen, CN
    path = tmp_path / "zoneless.trip.json"
    path.write_text(json.dumps(doc), "utf-8")
    shown = expect_dialog("information")
    before = window.workspace.undo_stack.count()
    window.import_file(path)
    # The first read of the gazetteer takes a few seconds on a busy machine.
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == before + 1, timeout=30_000)
    assert shown == [
        "Filled in from the city and country:\n"
        "stops[4].timezone: Asia/Shanghai (from Shenzhen, CN)\n"
        "stops[4].region: CN-GD (from Shenzhen, CN)"
    ]
