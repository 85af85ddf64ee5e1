"""A reply to an invitation, imported through File ▸ Import Calendar: the preview says which
answer it sets, the meetings table, the schedule's tooltip and the problems list show the
decline, and undo takes it back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from planner import editing
from planner.calendar_ics.events import uid_for
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from tests.conftest import NANSHAN
from tests.core.test_replies import as_mail, reply
from tests.ui.test_main_window import imported
from ui.dialogs.calendar_import import CalendarImportDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.main_window import MainWindow
from ui.models import timetext
from ui.models.meetings import MeetingTableModel

SESSION = "Nanshan–Frankfurt cooperation session"


def answers_cell(window: MainWindow, role: int = 0) -> Any:
    model = window.meetings.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).title == SESSION)
    return model.index(row, MeetingTableModel.ANSWERS).data(role)


def test_a_reply_is_previewed_set_undoably_and_shown_in_the_table_schedule_and_problems(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    imported(window, qtbot, NANSHAN)
    window.tabs.setCurrentWidget(window.meetings)
    model = window.meetings.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).title == SESSION)
    uid = uid_for(model.row_at(row).uuid)
    mail = tmp_path / "Declined.eml"  # no address in the trip: found by the name Outlook gives
    mail.write_bytes(as_mail(reply(uid, None, "DECLINED", name="Li Wei"), attached=False))
    previews: list[tuple[str, str]] = []

    def accept(dialog: CalendarImportDialog) -> QDialog.DialogCode:
        previews.append((dialog.preview.toPlainText(), dialog.summary.text()))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(mail), ""))
    monkeypatch.setattr(CalendarImportDialog, "exec", accept)
    assert answers_cell(window) == ""
    window.import_calendar_action.trigger()

    assert previews == [
        (
            f"answer  2024-06-17 14:00 Europe/Berlin  '{SESSION}': Li Wei (李伟) declined",
            "1 answer to set",
        )
    ]
    assert window.undo_action.text() == "&Undo Set Answers from a Reply (1 answer)"
    assert answers_cell(window) == "1 declined"
    tooltip = answers_cell(window, 3).splitlines()  # Qt.ToolTipRole
    assert "Li Wei (李伟): declined" in tooltip and "Wong: no answer yet" in tooltip
    qtbot.waitUntil(lambda: any(p.kind == "declined" for p in window._problems))
    [problem] = [p for p in window._problems if p.kind == "declined"]
    assert problem.message.startswith("Li Wei (李伟), head of the delegation, declined")
    shown = window.problems.model
    assert any(shown.index(r, 1).data() == "Declined invitations" for r in range(shown.rowCount()))

    window.tabs.setCurrentWidget(window.schedule)
    canvas = window.schedule.canvas
    qtbot.waitUntil(lambda: canvas.grid is not None)
    assert canvas.grid is not None
    block = canvas.grid.blocks_of(model.row_at(row).uuid)[0]
    at = canvas.to_viewport(block.x + 10, block.top + 10)
    assert "Declined: Li Wei (李伟)" in canvas.tooltip_at(at).splitlines()

    # The meeting's editor shows the answer, and saving it keeps the answer.
    with window.store.session() as session:
        context = editing.trip_context(session, window.workspace.trip_uuid or "")
        record = editor_for(MeetingRecord).read(session, model.row_at(row).uuid)
    dialog = MeetingDialog(context, record)
    qtbot.addWidget(dialog)
    day = timetext.day_text(dt.date(2024, 6, 10))  # the reply's DTSTAMP, at home
    assert dialog.answers.text() == f"Li Wei (李伟): declined, {day}"
    assert dialog.answers.isReadOnly()
    assert dialog.draft().attendee_answers == record.attendee_answers != ()

    window.undo_action.trigger()
    window.tabs.setCurrentWidget(window.meetings)
    assert answers_cell(window) == ""
