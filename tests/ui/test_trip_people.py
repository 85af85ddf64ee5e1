"""Both sides of a trip in the window (issue 17): the People and Organizations tab shows each
person's side, role and rank and filters by them, a counterpart moves to a third party and
back with undo (by mouse or keyboard); the person editor opened from a trip edits the rank in
that trip only; the trip editor chooses the seating rule set and the Protocol tab follows it."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QMenu
from pytestqt.qtbot import QtBot

from planner import trips
from planner.records import PersonRecord, TripContext, TripRecord
from tests.conftest import JIANGSU, NANSHAN
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.trip_dialog import TripDialog
from ui.main_window import MainWindow
from ui.models.contacts import PeopleModel


def _open(window: MainWindow, path: Any) -> str:
    with window.store.transaction() as session:
        uuid = trips.import_trip(session, path).uuid
    window.refresh()
    assert window.navigator.select_uuid(uuid)
    return uuid


def _stored(window: MainWindow, sql: str) -> dict[str, Any]:
    """Family name to a value as SQLite holds it, read beside the window (one trip)."""
    conn = sqlite3.connect(window.store.path)
    try:
        return dict(conn.execute(sql).fetchall())
    finally:
        conn.close()


def _sides(window: MainWindow) -> dict[str, str]:
    return _stored(
        window,
        "SELECT p.family_name, t.side FROM trip_person t JOIN person p ON p.id = t.person_id",
    )


def _shown(window: MainWindow, *columns: int) -> list[tuple[str, ...]]:
    model = window.contacts.people_table.model()
    return [
        tuple(model.index(row, column).data() for column in columns)
        for row in range(model.rowCount())
    ]


def _choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry by the keyboard, as in any closed combo: Home, then Down to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text} is not offered")


def _select(qtbot: QtBot, window: MainWindow, name: str) -> str:
    """Select the person whose name starts with ``name`` on the People tab; their UUID."""
    contacts = window.contacts
    uuid = next(r.uuid for r in contacts.people_model.rows() if r.display_name.startswith(name))
    assert contacts.select_uuid(uuid)
    contacts.people_table.setFocus()
    return uuid


def test_the_people_tab_shows_and_filters_sides_roles_and_ranks(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, JIANGSU)
    window.tabs.setCurrentWidget(window.contacts)
    contacts = window.contacts
    columns = (PeopleModel.NAME, PeopleModel.SIDE, PeopleModel.ROLE, PeopleModel.RANK)
    assert _shown(window, *columns)[:4] == [
        ("Sheng Lei", "Delegation", "Head of delegation", "1"),
        ("Liang Yi", "Delegation", "Member", "2"),
        ("Xu Ning", "Delegation", "Interpreter", "3"),
        ("Du Chunguo", "Host side", "", "1"),
    ]
    assert _shown(window, *columns)[-1] == ("Jens Hoffmann", "Host side", "", "–")  # unranked
    assert contacts.tabs.tabText(0) == "People (7)"

    _choose(qtbot, contacts.side_filter, "Host side")
    assert [name for (name,) in _shown(window, PeopleModel.NAME)] == [
        "Du Chunguo",
        "Michael Jacke",
        "Anna Becker",
        "Jens Hoffmann",
    ]
    assert contacts.tabs.tabText(0) == "People (4)"
    _choose(qtbot, contacts.side_filter, "Third party")
    assert _shown(window, PeopleModel.NAME) == []
    _choose(qtbot, contacts.side_filter, "All sides")
    _choose(qtbot, contacts.role_filter, "Interpreter")
    assert _shown(window, PeopleModel.NAME) == [("Xu Ning",)]
    # Selecting someone the filters hide shows everyone again.
    becker = next(r.uuid for r in contacts.people_model.rows() if r.name == "Anna Becker")
    assert contacts.select_uuid(becker)
    assert contacts.role_filter.currentText() == "All roles"
    assert contacts.tabs.tabText(0) == "People (7)"
    assert contacts.side_filter.accessibleName() == "Show the people of this side"


def test_a_counterpart_moves_to_a_third_party_and_back_with_undo(
    qtbot: QtBot, window: MainWindow
) -> None:
    _open(window, JIANGSU)
    window.tabs.setCurrentWidget(window.contacts)
    contacts, stack = window.contacts, window.workspace.undo_stack
    actions = contacts.side_actions()
    host, third = actions["host"], actions["third-party"]

    _select(qtbot, window, "Sheng")  # a member's side is the delegation: nothing to move
    assert not host.isEnabled() and not third.isEnabled()

    jacke = _select(qtbot, window, "Michael Jacke")
    assert host.isChecked() and third.isEnabled()
    third.trigger()  # as the context menu does
    qtbot.waitUntil(lambda: _sides(window)["Jacke"] == "third-party", timeout=5000)
    assert stack.undoText() == "Move 'Michael Jacke' to Third party"
    assert contacts.selected_uuid() == jacke
    row = contacts.people_model.row_of(jacke)
    assert contacts.people_model.index(row, PeopleModel.SIDE).data() == "Third party"
    assert third.isChecked()

    stack.undo()
    assert _sides(window)["Jacke"] == "host"
    stack.redo()
    assert _sides(window)["Jacke"] == "third-party"

    # By keyboard: Shift+F10 opens the menu over the selected row, H moves him home.
    picked: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        picked.append(" / ".join(a.text() for a in menu.actions()))
        qtbot.keyClick(menu, Qt.Key.Key_H)

    QTimer.singleShot(0, pick)
    qtbot.keyClick(contacts.people_table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert picked == ["Move to the &Host Side / Move to a &Third Party"]
    qtbot.waitUntil(lambda: _sides(window)["Jacke"] == "host", timeout=5000)
    assert stack.count() == 2  # two moves, each one step


def test_the_person_editor_from_a_trip_edits_the_rank_in_that_trip(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(window, JIANGSU)
    window.tabs.setCurrentWidget(window.contacts)
    shown: list[tuple[bool, int, str]] = []

    def ask(
        parent: Any, context: TripContext | None, record: PersonRecord | None, **_kw: Any
    ) -> PersonRecord:
        dialog = PersonDialog(context, record, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        field = dialog.precedence
        shown.append((field.isVisible(), field.value(), field.toolTip()))
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, "3")
        dialog.position.setText("Director-General")
        return dialog.record()

    monkeypatch.setattr(PersonDialog, "ask", ask)
    conn = sqlite3.connect(window.store.path)  # a rank an older program left on the person
    with conn:
        conn.execute("UPDATE person SET precedence = 7")
    conn.close()
    _select(qtbot, window, "Du")
    window.edits.edit_selected()
    visible, rank, tip = shown[0]
    assert (visible, rank) == (True, 1)
    assert "in this trip only" in tip and "within the delegation" in tip
    people = "FROM trip_person t JOIN person p ON p.id = t.person_id"
    assert _stored(window, f"SELECT p.family_name, t.precedence {people}")["Du"] == 3
    person = _stored(window, "SELECT family_name, position FROM person")
    assert person["Du"] == "Director-General"
    assert _stored(window, "SELECT family_name, precedence FROM person")["Du"] == 7  # kept
    stack = window.workspace.undo_stack
    assert stack.count() == 1 and stack.undoText().startswith("Edit 'Du Chunguo")
    stack.undo()
    assert _stored(window, f"SELECT p.family_name, t.precedence {people}")["Du"] == 1
    assert _stored(window, "SELECT family_name, position FROM person")["Du"] != "Director-General"

    # A member's rank is the delegation's.
    _select(qtbot, window, "Liang")
    window.edits.edit_selected()
    members = "FROM delegation_member d JOIN person p ON p.id = d.person_id"
    assert _stored(window, f"SELECT p.family_name, d.precedence {members}")["Liang"] == 3

    # From the directory there is no trip, and no rank to edit.
    directory = PersonDialog(None, PersonRecord("Wagner", "Eva"))
    qtbot.addWidget(directory)
    directory.show()
    assert not directory.precedence.isVisible()


def test_the_trip_editor_chooses_the_rule_set_and_the_protocol_tab_follows(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    _open(window, NANSHAN)
    window.tabs.setCurrentWidget(window.protocol)
    panel = window.protocol
    index = next(
        i for i in range(panel.meeting.count()) if "Heidelberg" in panel.meeting.itemText(i)
    )
    panel.meeting.setCurrentIndex(index)

    def signatories() -> tuple[int, int]:
        rects = {p.attendee.family_name: r for p, r in panel.layout_view.boxes if p.attendee}
        return rects["Li"].center().x(), rects["Schäfer"].center().x()

    li, schaefer = signatories()
    assert li < schaefer  # the guest at the host's right: the drawing's left

    tips: list[str] = []

    def ask(
        parent: Any, context: TripContext | None, record: TripRecord | None, **_kw: Any
    ) -> TripRecord:
        dialog = TripDialog(context, record, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        tips.append(dialog.protocol_rules.toolTip())
        _choose(qtbot, dialog.protocol_rules, "Domestic Chinese: the left is the place of honour")
        return dialog.record()

    monkeypatch.setattr(TripDialog, "ask", ask)
    window.edits.edit_trip()
    assert "以右为上" in tips[0] and "以左为上" in tips[0]
    rules = "SELECT title, protocol_rules FROM trip"
    assert list(_stored(window, rules).values()) == ["domestic-cn"]
    qtbot.waitUntil(lambda: signatories()[0] > signatories()[1], timeout=5000)
    window.workspace.undo_stack.undo()
    assert list(_stored(window, rules).values()) == ["foreign-affairs"]
    qtbot.waitUntil(lambda: signatories()[0] < signatories()[1], timeout=5000)


def test_the_trip_editor_tells_a_visit_made_from_one_received(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Alt+R reaches the choice, which a screen reader names; the choice is stored, and Undo
    takes it back."""
    _open(window, NANSHAN)
    spoken: list[str] = []

    def ask(
        parent: Any, context: TripContext | None, record: TripRecord | None, **_kw: Any
    ) -> TripRecord:
        dialog = TripDialog(context, record, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
        assert dialog.direction.currentText() == "Visit made: our delegation travels"
        qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.direction.hasFocus, timeout=5000)
        spoken.append(dialog.direction.accessibleName())
        _choose(qtbot, dialog.direction, "Visit received: we host a delegation")
        return dialog.record()

    monkeypatch.setattr(TripDialog, "ask", ask)
    window.edits.edit_trip()
    assert spoken == ["Direction"]
    directions = "SELECT title, direction FROM trip"
    assert list(_stored(window, directions).values()) == ["inbound"]
    window.workspace.undo_stack.undo()
    assert list(_stored(window, directions).values()) == ["outbound"]


def test_the_chinese_trip_editor_names_the_visit_by_its_direction(qtbot: QtBot) -> None:
    from ui import i18n

    i18n.install("zh_CN")
    try:
        dialog = TripDialog(None, TripRecord("江苏省经贸代表团", "Asia/Shanghai"))
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "编辑团组"
        offered = [dialog.direction.itemText(i) for i in range(dialog.direction.count())]
        assert [text.split("：")[0] for text in offered] == ["出访", "来访"]
        assert dialog.direction.accessibleName().startswith("团组类型")
    finally:
        i18n.install("en")
