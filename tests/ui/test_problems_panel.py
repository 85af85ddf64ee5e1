"""The problems panel follows every edit, leads to the meeting concerned, and honours the
thresholds the officer sets."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTimeEdit
from pytestqt.qtbot import QtBot

from planner import checks
from tests.conftest import NANSHAN
from ui.dialogs.check_settings import CheckSettingsDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.views.problems_panel import ProblemsModel


def clashing_trip(tmp_path: Path) -> Path:
    """The sample trip with the trinamiX visit moved onto the Heidelberg signing."""
    document = json.loads(NANSHAN.read_text(encoding="utf-8"))
    visit = document["meetings"][1]
    visit["start"], visit["end"] = "2024-06-18T15:00", "2024-06-18T16:00"
    path = tmp_path / "clash.trip.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def open_clash(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.import_file(clashing_trip(tmp_path))
    qtbot.waitUntil(lambda: window.workspace.undo_stack.count() == 1)


def kinds(window: MainWindow) -> list[str]:
    model = window.problems.model
    return [model.problem(row).kind for row in range(model.rowCount())]


def test_an_overlap_is_listed_and_clicking_it_selects_the_meeting(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_clash(window, qtbot, tmp_path)
    assert kinds(window) == ["overlap"]
    assert window.problems.summary.text() == "1 error"
    problem = window.problems.model.problem(0)
    assert "Site visit and talks at trinamiX" in problem.message
    rect = window.problems.table.visualRect(window.problems.model.index(0, 3))
    qtbot.mouseClick(window.problems.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.tabs.currentWidget() is window.meetings
    assert window.meetings.selected_uuid() == problem.meeting_uuids[0]


def test_the_panel_follows_an_edit_and_its_undo(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_clash(window, qtbot, tmp_path)
    problem = window.problems.model.problem(0)
    window.tabs.setCurrentWidget(window.meetings)
    window.meetings.select_uuid(problem.meeting_uuids[0])

    def earlier(_parent: object, _context: object, record: Any) -> Any:
        shift = dt.timedelta(hours=2)
        return dataclasses.replace(record, start=record.start - shift, end=record.end - shift)

    monkeypatch.setattr(MeetingDialog, "ask", earlier)
    window.edit_action.trigger()
    assert kinds(window) == []
    assert window.problems.summary.text() == "No problems found."
    window.undo_action.trigger()
    assert kinds(window) == ["overlap"]


def test_turning_a_check_off_in_the_settings_dialog_hides_its_problems(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_clash(window, qtbot, tmp_path)

    def untick_overlap(parent: Any, settings: checks.CheckSettings) -> checks.CheckSettings:
        dialog = CheckSettingsDialog(settings, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kinds["overlap"].setFocus()
        qtbot.keyClick(dialog.kinds["overlap"], Qt.Key.Key_Space)
        dialog.inputs["depart_flight"].setValue(180)  # type: ignore[union-attr]
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        return dialog.settings()

    monkeypatch.setattr(CheckSettingsDialog, "ask", untick_overlap)
    window.check_settings_action.trigger()
    assert kinds(window) == []
    remembered = Settings().check_settings()
    assert not remembered.is_enabled("overlap")
    assert remembered.depart_flight == 180


def test_the_buffer_between_venues_is_set_in_the_settings_dialog(qtbot: QtBot) -> None:
    dialog = CheckSettingsDialog(checks.CheckSettings())
    qtbot.addWidget(dialog)
    buffer = dialog.inputs["venue_buffer"]
    assert buffer.value() == 15  # type: ignore[union-attr]
    buffer.setFocus()
    buffer.selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(buffer, "40")
    assert "Travel between venues" in [box.text() for box in dialog.kinds.values()]
    dialog.kinds["venue-travel"].setFocus()
    qtbot.keyClick(dialog.kinds["venue-travel"], Qt.Key.Key_Space)
    settings = dialog.settings()
    assert settings.venue_buffer == 40
    assert not settings.is_enabled("venue-travel")


def test_impossible_working_hours_cannot_be_saved(qtbot: QtBot) -> None:
    dialog = CheckSettingsDialog(checks.CheckSettings())
    qtbot.addWidget(dialog)
    earliest = dialog.inputs["earliest_start"]
    assert isinstance(earliest, QTimeEdit)
    earliest.setFocus()
    earliest.setSelectedSection(QTimeEdit.Section.HourSection)
    qtbot.keyClicks(earliest, "2330")
    assert earliest.text() == "23:30"
    assert not dialog.ok_button.isEnabled()
    assert "earliest start" in dialog.problem.text()


def test_the_problems_model_follows_the_qt_model_contract(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, qtmodeltester: Any
) -> None:
    open_clash(window, qtbot, tmp_path)
    model = ProblemsModel()
    model.reload([window.problems.model.problem(0)] * 3)
    qtmodeltester.check(model)
