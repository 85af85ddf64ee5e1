"""Editors that help rather than trip the user up (issues 19 and 24): a problem appears without
moving a field, a screen reader hears it, OK says why it is unavailable, every dialog opens
ready for typing, and Tab walks a whole editor in order without the mouse."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.checks import CheckSettings
from planner.records import MeetingRecord, StopRecord
from tests.ui.test_dialogs import ALL_DIALOGS, CONTEXT, message, type_wall
from ui.dialogs.agreement_dialog import AgreementDialog
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.dialogs.check_settings import CheckSettingsDialog
from ui.dialogs.connect_store import ConnectStoreDialog
from ui.dialogs.duplicate_trip import DuplicateTripDialog
from ui.dialogs.follow_up_dialog import FollowUpDialog
from ui.dialogs.form import RecordDialog
from ui.dialogs.gift_dialog import GiftDialog
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.stop_dialog import StopDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")

UTC = dt.UTC
STOP = StopRecord(
    city="Frankfurt am Main",
    country="DE",
    timezone="Europe/Berlin",
    arrive=dt.datetime(2024, 6, 16, 8, tzinfo=UTC),
    depart=dt.datetime(2024, 6, 18, 7, tzinfo=UTC),
)


def places(dialog: RecordDialog[Any]) -> dict[str, QRect]:
    """Where every field sits in the dialog."""
    return {
        name: QRect(widget.mapTo(dialog, QPoint(0, 0)), widget.size())
        for name, widget in dialog.fields.items()
    }


def description(widget: QWidget) -> str:
    """What a screen reader is told about the control, through Qt's accessibility interface."""
    target = widget.focusProxy() or widget
    interface = QAccessible.queryAccessibleInterface(target)
    assert interface is not None
    return interface.text(QAccessible.Text.Description)


def test_a_message_appears_without_moving_any_field(qtbot: QtBot) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = places(dialog)
    dialog.city.clear()
    dialog.timezone.setEditText("Europe/Berl")
    qtbot.waitUntil(lambda: message(dialog, "city") != "", timeout=5000)
    assert message(dialog, "city") == "the city is required"
    assert message(dialog, "timezone") == "unknown time zone 'Europe/Berl'"
    QApplication.processEvents()  # let the layout settle as it would before the next click
    assert places(dialog) == before


def test_a_meeting_ending_too_early_moves_nothing_below_it(qtbot: QtBot) -> None:
    dialog = MeetingDialog(CONTEXT, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Site visit at Merck")
    before = places(dialog)
    type_wall(qtbot, dialog.end, "2024-06-16 08:30")
    assert message(dialog, "end") == "the end must be after the start"
    QApplication.processEvents()
    assert places(dialog) == before


def test_a_problem_is_the_fields_description_and_the_reason_beside_ok(qtbot: QtBot) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    # No problem yet: at most the field's hint (Qt offers the placeholder as its description).
    assert description(dialog.city) in ("", dialog.city.placeholderText())
    assert dialog.reason.isHidden() and dialog.ok_button().isEnabled()
    dialog.city.clear()
    assert description(dialog.city) == "the city is required"
    assert dialog.city.accessibleName() == "City"
    assert not dialog.ok_button().isEnabled()
    assert dialog.reason.isVisible()
    assert dialog.reason.full_text() == "Cannot save yet: City: the city is required"
    assert dialog.ok_button().toolTip() == "City: the city is required"
    assert description(dialog.ok_button()) == "City: the city is required"
    dialog.timezone.setEditText("Europe/Berl")
    assert dialog.reason.full_text() == (
        "Cannot save yet: City: the city is required (and 1 more)\n"
        "Zone: unknown time zone 'Europe/Berl'"
    )
    dialog.city.setText("Frankfurt am Main")
    dialog.timezone.setEditText("Europe/Berlin")
    assert description(dialog.city) in ("", dialog.city.placeholderText())
    assert dialog.reason.isHidden() and dialog.ok_button().isEnabled()


def test_the_reason_ok_is_unavailable_is_reached_with_tab(qtbot: QtBot) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.city, timeout=5000)
    dialog.city.clear()
    dialog.lodging_phone.setFocus()
    qtbot.keyClick(dialog.lodging_phone, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.reason


def every_dialog() -> list[QDialog]:
    dialogs: list[QDialog] = [cls(CONTEXT, None) for cls, _record in ALL_DIALOGS]
    dialogs += [
        BranchVenueDialog(CONTEXT, None),
        AgreementDialog([], None),
        FollowUpDialog([], None),
        GiftDialog([], None),
        DuplicateTripDialog("Nanshan delegation", dt.date(2024, 6, 16)),
        CheckSettingsDialog(CheckSettings()),
        ConnectStoreDialog([]),
    ]
    return dialogs


def test_every_dialog_opens_ready_for_typing_never_on_a_button(qtbot: QtBot) -> None:
    wrong = []
    for dialog in every_dialog():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: QApplication.focusWidget() is not None, timeout=5000)
        focused = QApplication.focusWidget()
        if isinstance(focused, QAbstractButton) or not dialog.isAncestorOf(focused):
            wrong.append(f"{type(dialog).__name__}: {type(focused).__name__}")
        dialog.close()
    assert wrong == []


def test_typing_into_a_new_trip_goes_into_its_title(qtbot: QtBot) -> None:
    dialog = ALL_DIALOGS[0][0](CONTEXT, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
    qtbot.keyClicks(QApplication.focusWidget(), "Nanshan delegation")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert dialog.fields["title"].text() == "Nanshan delegation "  # type: ignore[attr-defined]


def tab_walk(qtbot: QtBot, dialog: RecordDialog[Any]) -> list[str]:
    """Press Tab from the first field until Cancel: the fields reached, in order, each once."""
    reached: list[str] = []
    for _ in range(200):
        focused = QApplication.focusWidget()
        assert focused is not None
        if isinstance(focused, QPushButton):
            reached.append(focused.text().replace("&", ""))
            if focused.text().replace("&", "") == "Cancel":
                return reached
        else:
            name = next(
                (n for n, w in dialog.fields.items() if w is focused or w.isAncestorOf(focused)),
                focused.objectName(),
            )
            if not reached or reached[-1] != name:
                reached.append(name)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached Cancel: {reached}")


def test_tab_walks_a_whole_stop_in_order_and_ends_at_the_buttons(qtbot: QtBot) -> None:
    dialog = StopDialog(CONTEXT, STOP)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.city, timeout=5000)
    reached = tab_walk(qtbot, dialog)
    fields = [n for n, w in dialog.fields.items() if w.isEnabled()]
    assert [n for n in reached if n in dialog.fields] == fields
    assert reached[-2:] == ["OK", "Cancel"]
    assert set(reached) - set(fields) - {"OK", "Cancel"} == {"arrive_set", "depart_set"}


def test_tab_walks_a_whole_meeting_in_order_and_ends_at_the_buttons(qtbot: QtBot) -> None:
    record = MeetingRecord(
        title="Site visit at Merck",
        stop="stop-fra",
        start=dt.datetime(2024, 6, 17, 8, tzinfo=UTC),
        end=dt.datetime(2024, 6, 17, 10, tzinfo=UTC),
    )
    dialog = MeetingDialog(CONTEXT, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.title, timeout=5000)
    reached = tab_walk(qtbot, dialog)
    # The attendee picker is one field whose people list holds the roles.
    fields = [n for n in dialog.fields if n != "attendee_roles"]
    assert [n for n in reached if n in fields] == fields
    assert reached[-2:] == ["OK", "Cancel"]
    assert isinstance(dialog.fields["title"], QLineEdit)
