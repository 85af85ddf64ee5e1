"""A trip built only through the window: menus, editors, typing and clicking; then every step
undone and redone, with the store checked after each one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDateTimeEdit, QDialog
from pytestqt.qtbot import QtBot

from planner import tripfile, trips
from ui.dialogs.form import RecordDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.stop_dialog import StopDialog
from ui.dialogs.transfer_dialog import TransferDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.main_window import MainWindow
from ui.widgets.local_time_edit import LocalTimeEdit

Fill = Callable[[Any], None]


class Editors:
    """Replaces each editor's ``ask`` so the real dialog opens without blocking, is filled by
    the test like a user would, and is accepted by clicking OK."""

    def __init__(self, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
        self.qtbot, self.monkeypatch = qtbot, monkeypatch
        self.fills: list[Fill] = []
        for cls in (TripDialog, StopDialog, TransferDialog, MeetingDialog):
            monkeypatch.setattr(cls, "ask", self._asker(cls))

    def _asker(self, cls: type[RecordDialog[Any]]) -> Callable[..., Any]:
        def ask(parent: Any, context: Any, record: Any) -> Any:
            dialog = cls(context, record, parent)
            self.qtbot.addWidget(dialog)
            dialog.show()
            self.fills.pop(0)(dialog)
            assert dialog.ok_button().isEnabled(), dialog.problems()
            self.qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
            assert dialog.result() == QDialog.DialogCode.Accepted
            return dialog.record()

        return ask

    def next(self, fill: Fill) -> None:
        self.fills.append(fill)


def type_into(qtbot: QtBot, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def type_wall(qtbot: QtBot, edit: LocalTimeEdit, text: str) -> None:
    inner = edit.findChild(QDateTimeEdit)
    assert inner is not None
    # As a user does: into the year, then digits only; Qt moves on section by section.
    inner.setFocus(Qt.FocusReason.TabFocusReason)
    inner.setSelectedSection(QDateTimeEdit.Section.YearSection)
    qtbot.keyClicks(inner, "".join(ch for ch in text if ch.isdigit()))
    assert inner.text() == text


def pick(qtbot: QtBot, combo: Any, text: str) -> None:
    line = combo.lineEdit()
    if line is not None:
        type_into(qtbot, line, text)
        return
    combo.setFocus()
    while combo.currentText() != text:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("trip", "stop", "transfer", "meeting")
        }
    finally:
        conn.close()


def test_a_trip_built_through_widgets_undoes_and_redoes_step_by_step(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editors = Editors(qtbot, monkeypatch)
    path = window.store.path
    window.tabs.setCurrentWidget(window.meetings)

    def trip(d: TripDialog) -> None:
        type_into(qtbot, d.title, "Mayor's delegation to Shanghai")
        type_into(qtbot, d.home_timezone.lineEdit(), "Europe/Berlin")

    def munich(d: StopDialog) -> None:
        type_into(qtbot, d.city, "Munich")
        type_into(qtbot, d.country, "de")
        type_into(qtbot, d.timezone.lineEdit(), "Europe/Berlin")
        if d.arrive.isEnabled():
            qtbot.mouseClick(d.arrive_set, Qt.MouseButton.LeftButton)
        if not d.depart.isEnabled():
            qtbot.mouseClick(d.depart_set, Qt.MouseButton.LeftButton)
        type_wall(qtbot, d.depart, "2025-05-02 21:40")

    def shanghai(d: StopDialog) -> None:
        type_into(qtbot, d.city, "Shanghai")
        type_into(qtbot, d.country, "cn")
        type_into(qtbot, d.timezone.lineEdit(), "Asia/Shanghai")
        if not d.arrive.isEnabled():
            qtbot.mouseClick(d.arrive_set, Qt.MouseButton.LeftButton)
        type_wall(qtbot, d.arrive, "2025-05-03 14:05")
        if not d.depart.isEnabled():
            qtbot.mouseClick(d.depart_set, Qt.MouseButton.LeftButton)
        type_wall(qtbot, d.depart, "2025-05-07 12:00")
        type_into(qtbot, d.lodging_name, "Peace Hotel")

    def flight(d: TransferDialog) -> None:
        pick(qtbot, d.from_stop, "Munich")
        pick(qtbot, d.to_stop, "Shanghai")
        d.mode.setFocus()
        qtbot.keyClicks(d.mode, "Fl")
        type_into(qtbot, d.carrier, "Lufthansa")
        type_into(qtbot, d.number, "LH 728")
        type_wall(qtbot, d.depart, "2025-05-02 21:40")
        type_wall(qtbot, d.arrive, "2025-05-03 14:05")

    def meeting(title: str, start: str, end: str) -> Fill:
        def fill(d: MeetingDialog) -> None:
            type_into(qtbot, d.title, title)
            pick(qtbot, d.stop, "Shanghai")
            type_wall(qtbot, d.start, start)
            type_wall(qtbot, d.end, end)

        return fill

    steps: list[tuple[Any, Fill, dict[str, int]]] = [
        (window.new_trip_action, trip, {"trip": 1, "stop": 0, "transfer": 0, "meeting": 0}),
        (window.add_stop_action, munich, {"trip": 1, "stop": 1, "transfer": 0, "meeting": 0}),
        (window.add_stop_action, shanghai, {"trip": 1, "stop": 2, "transfer": 0, "meeting": 0}),
        (window.add_transfer_action, flight, {"trip": 1, "stop": 2, "transfer": 1, "meeting": 0}),
        (
            window.add_meeting_action,
            meeting("Talks at the Municipal Commerce Commission", "2025-05-04 10:00",
                    "2025-05-04 11:30"),
            {"trip": 1, "stop": 2, "transfer": 1, "meeting": 1},
        ),
        (
            window.add_meeting_action,
            meeting("Site visit: Lingang new area", "2025-05-05 14:00", "2025-05-05 17:00"),
            {"trip": 1, "stop": 2, "transfer": 1, "meeting": 2},
        ),
        (
            window.add_meeting_action,
            meeting("Signing: sister-city memorandum", "2025-05-06 09:30", "2025-05-06 10:30"),
            {"trip": 1, "stop": 2, "transfer": 1, "meeting": 3},
        ),
    ]  # fmt: skip
    history = [counts(path)]
    for action, fill, expected in steps:
        editors.next(fill)
        assert action.isEnabled(), action.text()
        action.trigger()
        assert counts(path) == expected
        history.append(expected)

    with window.store.session() as session:
        built = tripfile.trip_document(trips.load_trip(session, 1))
    assert built["stops"][1]["arrive"] == "2025-05-03T14:05"
    assert built["transfers"][0]["arrive"] == "2025-05-03T14:05"
    assert [m["start"] for m in built["meetings"]] == [
        "2025-05-04T10:00", "2025-05-05T14:00", "2025-05-06T09:30"
    ]  # fmt: skip
    assert window.meetings.model.rowCount() == 3
    assert window.undo_action.text() == "&Undo Add Meeting 'Signing: sister-city memorandum'"

    for expected in reversed(history[:-1]):
        window.undo_action.trigger()
        assert counts(path) == expected
    assert not window.undo_action.isEnabled()
    assert window.navigator.model.rowCount() == 0

    for expected in history[1:]:
        window.redo_action.trigger()
        assert counts(path) == expected
    with window.store.session() as session:
        assert tripfile.trip_document(trips.load_trip(session, 1)) == built
    assert window.meetings.model.rowCount() == 3
