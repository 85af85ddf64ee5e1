"""Stop, host and organization boxes complete what the user starts to type (issue 19): "Sh"
was refused as "not a stop of this trip" although only Shanghai starts so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner.records import Choice
from tests.ui.test_dialogs import CONTEXT, commit
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.widgets.choice_combo import ChoiceCombo

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

CITIES = (
    Choice("s-sha", "Shanghai"),
    Choice("s-szx", "Shenzhen"),
    Choice("s-sxg", "Shaoxing"),
    Choice("s-muc", "München"),
)


def combo(qtbot: QtBot) -> ChoiceCombo:
    box = ChoiceCombo(CITIES, optional=False, unknown="{name} is not a stop of this trip")
    qtbot.addWidget(box)
    box.show()
    return box


def test_a_beginning_that_fits_one_stop_is_that_stop_in_a_meeting(qtbot: QtBot) -> None:
    dialog = MeetingDialog(CONTEXT, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=5000)
    qtbot.keyClicks(dialog.title, "Port visit")
    dialog.stop.setFocus()
    dialog.stop.lineEdit().selectAll()
    qtbot.keyClicks(dialog.stop.lineEdit(), "sh")
    assert dialog.stop.uuid() == "stop-sha"
    assert dialog.stop.error() is None
    assert dialog.start.zone() == "Asia/Shanghai"  # the meeting follows the stop at once
    assert dialog.ok_button().isEnabled()
    # While the completion list is open, it has the keyboard.
    popup = dialog.stop.completer().popup()
    keys = popup if popup.isVisible() else dialog.stop.lineEdit()
    qtbot.keyClick(keys, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not dialog.stop, timeout=5000)
    assert dialog.stop.currentText() == "Shanghai"  # written out when the user moves on


def test_case_and_accents_do_not_matter(qtbot: QtBot) -> None:
    box = combo(qtbot)
    box.setEditText("MUNCHEN")
    assert box.uuid() == "s-muc"
    box.setEditText("mün")
    assert box.uuid() == "s-muc"
    box.setEditText("")
    commit(box.lineEdit(), "shenZ")
    assert box.uuid() == "s-szx"


def test_a_beginning_that_fits_several_says_which_and_asks_for_more(qtbot: QtBot) -> None:
    box = combo(qtbot)
    box.setEditText("Sh")
    assert box.uuid() is None
    assert box.error() == "'Sh' fits Shanghai, Shenzhen, Shaoxing: type more of the name"
    box.setEditText("sha")
    assert box.error() == "'sha' fits Shanghai, Shaoxing: type more of the name"
    box.setEditText("shan")
    assert box.uuid() == "s-sha" and box.error() is None


def test_an_unknown_name_still_says_why(qtbot: QtBot) -> None:
    box = combo(qtbot)
    box.setEditText("Berlin")
    assert box.uuid() is None
    assert box.error() == "Berlin is not a stop of this trip"


def test_the_popup_offers_names_containing_the_typed_part_without_accents(qtbot: QtBot) -> None:
    box = combo(qtbot)
    completer = box.completer()
    assert completer is not None
    completer.setCompletionPrefix("unch")
    found = completer.completionModel()
    assert [found.index(r, 0).data() for r in range(found.rowCount())] == ["München"]
    assert completer.pathFromIndex(found.index(0, 0)) == "München"
    completer.setCompletionPrefix("XING")
    assert found.rowCount() == 1
