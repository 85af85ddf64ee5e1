"""The registers window (issue 10) as an officer uses it: agreements filtered by partner,
status and year; follow-ups with the overdue ones marked and marked done (and undone); a gift
added and undone; all on the main window's undo stack."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from planner import model, store
from planner.editing.registry import editor_for
from planner.protocol import editing
from tests.conftest import JIANGSU, NANSHAN
from tests.ui.modal_guard import ExpectDialog
from tests.ui.test_main_window import imported
from ui.colours import colours_for
from ui.dialogs.gift_dialog import GiftDialog, parse_amount
from ui.main_window import MainWindow
from ui.models.registers import FollowUpsModel
from ui.views.registers import AGREEMENTS, FOLLOW_UPS, GIFTS, RegistersWindow

MOU = "Memorandum of cooperation on financing Sino-German projects"
REVIEW = "First joint review of financed projects"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")


def find(window: MainWindow, entity: type[model.Entity], column: str, start: str) -> str:
    with window.store.session() as session:
        return session.scalars(
            select(entity.uuid).where(getattr(entity, column).startswith(start))
        ).one()


@pytest.fixture
def registers(window: MainWindow, qtbot: QtBot) -> Iterator[RegistersWindow]:
    """Both examples, a draft memorandum added at the Nanshan Healthineers signing, and the
    registers opened from the Protocol menu on the agreements, on 1 January 2023."""
    imported(window, qtbot, JIANGSU)
    imported(window, qtbot, NANSHAN)
    with window.store.transaction() as session:
        editing.create(
            session,
            editing.AgreementRecord(
                meeting=find(window, model.Meeting, "title", "Memorandum signing with Siemens"),
                title="Memorandum on medical devices",
                status="draft",
                parties=(find(window, model.Organization, "name", "Siemens Healthineers"),),
            ),
        )
    window.agreements_action.trigger()
    found = window.registers
    assert isinstance(found, RegistersWindow)
    found.today = lambda: dt.date(2023, 1, 1)
    found.reload()
    qtbot.waitExposed(found)
    yield found
    found.close()


def column(table: Any, index: int) -> list[str]:
    model = table.model()
    return [model.index(row, index).data() for row in range(model.rowCount())]


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, [combo.itemText(i) for i in range(combo.count())]
    combo.setCurrentIndex(index)


def test_agreements_filter_by_partner_status_and_year(
    window: MainWindow, registers: RegistersWindow
) -> None:
    assert [a.text() for a in window.menuBar().actions()].count("&Protocol") == 1
    assert registers.tabs.currentIndex() == AGREEMENTS
    table = registers.agreements_table
    assert column(table, 1) == ["Memorandum on medical devices", MOU]
    assert column(table, 0) == ["Wed 19 Jun 2024", "Thu 7 Jul 2022"]
    assert registers.tabs.tabText(AGREEMENTS) == "&Agreements (2)"

    choose(registers.partner_filter, "Commerzbank")
    assert column(table, 1) == [MOU]
    assert column(table, 2) == ["Signed"]
    registers.partner_filter.setCurrentIndex(0)

    choose(registers.status_filter, "Draft")
    assert column(table, 1) == ["Memorandum on medical devices"]
    registers.status_filter.setCurrentIndex(0)

    assert [registers.year_filter.itemText(i) for i in range(registers.year_filter.count())] == [
        "All years",
        "2024",
        "2022",
    ]
    choose(registers.year_filter, "2022")
    assert column(table, 1) == [MOU]
    choose(registers.status_filter, "Draft")
    assert column(table, 1) == []
    assert registers.tabs.tabText(AGREEMENTS) == "&Agreements (0)"


def test_agreements_search_and_a_row_opens_its_meeting_in_the_main_window(
    qtbot: QtBot, window: MainWindow, registers: RegistersWindow
) -> None:
    qtbot.keyClicks(registers.agreement_search, "commerzbank")
    assert column(registers.agreements_table, 1) == [MOU]
    table = registers.agreements_table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.workspace.trip_uuid == find(window, model.Trip, "title", "Jiangsu")
    assert window.tabs.currentWidget() is window.meetings
    assert window.meetings.table.selected_uuid() == find(window, model.Meeting, "title", "Signing:")


def test_overdue_follow_ups_say_so_in_words_icon_and_red(
    window: MainWindow, registers: RegistersWindow
) -> None:
    window.follow_ups_action.trigger()
    assert registers.tabs.currentIndex() == FOLLOW_UPS
    table = registers.follow_ups_table
    model = table.model()
    assert column(table, FollowUpsModel.TITLE) == [
        "Send the signed Chinese and German originals to Commerzbank",
        REVIEW,
    ]  # by due day
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Overdue"]
    late = model.index(1, FollowUpsModel.STATUS)
    assert late.data(Qt.ItemDataRole.ForegroundRole).color() == colours_for(table.palette()).error
    assert late.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Overdue" in late.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, FollowUpsModel.STATUS).data(Qt.ItemDataRole.DecorationRole) is None
    assert registers.overdue_label.text() == "1 follow-up overdue"

    registers.show_done.setChecked(False)
    assert column(table, FollowUpsModel.TITLE) == [REVIEW]


def test_mark_a_follow_up_done_with_its_box_and_undo(
    qtbot: QtBot, window: MainWindow, registers: RegistersWindow
) -> None:
    registers.show_register(FOLLOW_UPS)
    table = registers.follow_ups_table
    box = table.model().index(1, FollowUpsModel.DONE)
    assert box.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    table.setCurrentIndex(box)
    table.setFocus()
    with qtbot.waitSignal(window.workspace.changed):
        qtbot.keyClick(table, Qt.Key.Key_Space)
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Done"]
    assert registers.overdue_label.text() == "Nothing overdue"
    assert window.workspace.undo_stack.undoText() == f"Mark '{REVIEW}' Done"

    registers.undo_action.trigger()
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Overdue"]
    registers.redo_action.trigger()
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Done"]

    table.selectRow(1)
    registers.done_action.trigger()  # the action opens it again
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Overdue"]


def test_create_a_gift_and_undo_it(
    monkeypatch: pytest.MonkeyPatch, window: MainWindow, registers: RegistersWindow
) -> None:
    registers.show_register(GIFTS)
    assert column(registers.gifts_table, 2) == ["Changzhou comb set (traditional craft)"]
    assert registers.gift_totals.text() == "Given: 60 EUR"
    signing = find(window, model.Meeting, "title", "Signing:")
    commerzbank = find(window, model.Organization, "name", "Commerzbank")
    asked: list[Any] = []

    def ask(cls: type, parent: Any, trips: Any, record: Any, trip_uuid: Any = None) -> Any:
        asked.append((record, trip_uuid))
        return editing.GiftRecord(
            signing, "received", "Porcelain vase", giver=commerzbank,
            value=Decimal("120.5"), currency="EUR",
        )  # fmt: skip

    monkeypatch.setattr(GiftDialog, "ask_in_register", classmethod(ask))
    registers.new_action.trigger()
    assert asked == [(None, window.workspace.trip_uuid)]
    assert sorted(column(registers.gifts_table, 2)) == [
        "Changzhou comb set (traditional craft)",
        "Porcelain vase",
    ]
    assert registers.gifts_table.selected_uuid() is not None
    assert registers.gift_totals.text() == "Given: 60 EUR   Received: 120.50 EUR"
    choose(registers.direction_filter, "Received")
    assert column(registers.gifts_table, 2) == ["Porcelain vase"]
    assert window.workspace.undo_stack.undoText() == "Add Gift 'Porcelain vase'"

    registers.undo_action.trigger()
    assert column(registers.gifts_table, 2) == []
    registers.direction_filter.setCurrentIndex(0)
    assert column(registers.gifts_table, 2) == ["Changzhou comb set (traditional craft)"]


def test_the_gift_editor_offers_the_trips_meetings_and_refuses_a_bad_amount(
    qtbot: QtBot, window: MainWindow, registers: RegistersWindow
) -> None:
    with window.store.session() as session:
        trips = editing.editor_choices(session)
    jiangsu = next(t for t in trips if t.title.startswith("Jiangsu"))
    dialog = GiftDialog(trips, None, registers, jiangsu.uuid)
    qtbot.addWidget(dialog)
    assert dialog.meeting.count() == 2
    assert dialog.meeting.itemText(1).startswith("Thu 7 Jul 2022 17:30 · Signing:")
    dialog.description.setText("Tea set")
    dialog.meeting.setCurrentIndex(1)
    assert dialog.ok_button().isEnabled()
    dialog.value.setText("lots")
    assert not dialog.ok_button().isEnabled()
    assert dialog.messages["value"].toolTip() == "'lots' is not an amount"
    dialog.value.setText("1.250,50")
    assert dialog.messages["currency"].toolTip() == "a value needs its currency"
    dialog.currency.setText("CNY")
    assert dialog.ok_button().isEnabled()
    assert dialog.record().value == Decimal("1250.50")
    nanshan = next(t for t in trips if t.title.startswith("Nanshan"))
    dialog.trip_combo.set_uuid(nanshan.uuid)
    assert dialog.meeting.count() == len(nanshan.meetings)
    assert dialog.giver.count() == 1 + len(nanshan.people) + len(nanshan.organizations)
    assert parse_amount("1,250.50") == Decimal("1250.50")


# -- a colleague changes the same follow-up ---------------------------------------------------


def _colleague(window: MainWindow, uuid: str, **changes: Any) -> None:
    """A colleague's program, on the same store, changes the follow-up after the register
    read it (the workspace's poll is stopped, so the register has not seen it yet)."""
    window.workspace.watcher.stop()
    with store.open_store(window.store.path) as theirs, theirs.transaction() as session:
        if "done" in changes:
            editing.set_follow_up_done(session, uuid, changes.pop("done"))
        if changes:
            record = editor_for(editing.FollowUpRecord).read(session, uuid)
            editing.update(session, uuid, replace(record, **changes))


def _press_done(qtbot: QtBot, window: MainWindow, registers: RegistersWindow, row: int) -> None:
    table = registers.follow_ups_table
    table.setCurrentIndex(table.model().index(row, FollowUpsModel.DONE))
    table.setFocus()
    with qtbot.waitSignal(window.workspace.changed):
        qtbot.keyClick(table, Qt.Key.Key_Space)


def test_marking_a_follow_up_a_colleague_changed_is_refused_and_shows_theirs(
    qtbot: QtBot,
    window: MainWindow,
    registers: RegistersWindow,
    expect_dialog: ExpectDialog,
) -> None:
    warnings = expect_dialog("warning")
    registers.show_register(FOLLOW_UPS)
    stacked = window.workspace.undo_stack.count()  # the two imports
    table = registers.follow_ups_table
    uuid = find(window, model.FollowUp, "title", REVIEW)
    _colleague(window, uuid, title=REVIEW + " (moved)")

    _press_done(qtbot, window, registers, 1)
    assert warnings == [
        f"The follow-up '{REVIEW}' was changed by someone else; it was not marked. The register"
        " shows it as it is now."
    ]
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Overdue"]  # not marked
    assert REVIEW + " (moved)" in column(table, FollowUpsModel.TITLE)  # theirs, reloaded
    assert window.workspace.undo_stack.count() == stacked

    _press_done(qtbot, window, registers, 1)  # against their version it goes through
    assert column(table, FollowUpsModel.STATUS) == ["Done", "Done"]
    assert len(warnings) == 1


def test_a_follow_up_a_colleague_already_marked_done_just_shows_it(
    qtbot: QtBot,
    window: MainWindow,
    registers: RegistersWindow,
    expect_dialog: ExpectDialog,
) -> None:
    warnings = expect_dialog("warning")
    registers.show_register(FOLLOW_UPS)
    stacked = window.workspace.undo_stack.count()  # the two imports
    uuid = find(window, model.FollowUp, "title", REVIEW)
    _colleague(window, uuid, done=True)

    _press_done(qtbot, window, registers, 1)
    assert warnings == []
    assert column(registers.follow_ups_table, FollowUpsModel.STATUS) == ["Done", "Done"]
    assert window.workspace.undo_stack.count() == stacked  # nothing of ours to undo


def test_undo_of_a_mark_a_colleague_changed_since_is_refused(
    qtbot: QtBot,
    window: MainWindow,
    registers: RegistersWindow,
    expect_dialog: ExpectDialog,
) -> None:
    warnings = expect_dialog("warning")
    registers.show_register(FOLLOW_UPS)
    stacked = window.workspace.undo_stack.count()  # the two imports
    uuid = find(window, model.FollowUp, "title", REVIEW)
    _press_done(qtbot, window, registers, 1)
    _colleague(window, uuid, done=False)  # the colleague opens it again ...
    _colleague(window, uuid, done=True)  # ... and marks it done once more: undo may go on
    registers.undo_action.trigger()
    assert warnings == []
    assert column(registers.follow_ups_table, FollowUpsModel.STATUS) == ["Done", "Overdue"]

    registers.redo_action.trigger()
    _colleague(window, uuid, done=False)  # the colleague opens it: undo would do it again
    registers.undo_action.trigger()
    assert warnings == []  # what the undo wanted is there already: nothing to say
    assert window.workspace.undo_stack.count() == stacked

    _press_done(qtbot, window, registers, 1)
    with window.store.session() as session:
        assert session.scalars(select(model.FollowUp.done).where(model.FollowUp.uuid == uuid)).one()
