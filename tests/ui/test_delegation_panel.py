"""The Delegation tab as a trade officer uses it, with the keyboard first: the delegation of a
trip built in the window (three people with roles, from the trip, the directory and new), a
re-rank by Ctrl+Down and by a drag, a role changed in the row, someone removed, undone and
redone; a viewer's window, in which nothing can change; and a colleague's change arriving.

The drag is delivered as the Protocol tab's tests deliver it (``drag_row`` there explains
why): the row's data, then the enter, move and drop events at the drop point.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import editing, store
from planner.editing.registry import editor_for
from planner.records import DelegationMemberRecord, OrganizationRecord, PersonRecord, TripRecord
from ui import i18n
from ui.main_window import MainWindow
from ui.views.delegation import panel as panel_module
from ui.views.delegation.members import NAME, ROLE, MembersTable
from ui.widgets.vocab_combo import VocabCombo

MOVE = Qt.DropAction.MoveAction
CTRL = Qt.KeyboardModifier.ControlModifier


def stored(window: MainWindow) -> dict[str, tuple[str, int | None]]:
    """Family name to (role, rank) as SQLite holds the delegation, read beside the window."""
    conn = sqlite3.connect(window.store.path)
    try:
        rows = conn.execute(
            "SELECT p.family_name, d.role, d.precedence FROM delegation_member d"
            " JOIN person p ON p.id = d.person_id"
        ).fetchall()
    finally:
        conn.close()
    return {name: (role, rank) for name, role, rank in rows}


def shown(table: MembersTable) -> list[tuple[str, str, str]]:
    """The rows as the officer reads them: rank, name, role."""
    model = table.members_model()
    return [
        tuple(model.index(row, column).data() for column in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def drag_row(table: MembersTable, row: int, onto: int) -> None:
    """Drag the member in ``row`` and drop them on the upper edge of row ``onto``."""
    model = table.members_model()
    table.setCurrentIndex(model.index(row, NAME))
    data = model.mimeData([model.index(row, NAME)])
    rect = table.visualRect(model.index(onto, NAME))
    point = QPointF(rect.center().x(), rect.top() + 1)
    viewport = table.viewport()
    none = Qt.KeyboardModifier.NoModifier
    left = Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(point.toPoint(), MOVE, data, left, none)
    QApplication.sendEvent(viewport, enter)
    move = QDragMoveEvent(point.toPoint(), MOVE, data, left, none)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(point, MOVE, data, left, none))


def choose_role(qtbot: QtBot, combo: VocabCombo, word: str) -> None:
    """Pick a role with the keyboard, as in any closed combo: Home, then Down to it."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.word() == word:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{word} is not offered")


@pytest.fixture
def trip(window: MainWindow) -> str:
    """A new trip with three people of its own and one only in the office's directory, and
    no delegation yet (what a trade officer has after entering the contacts)."""
    with window.store.transaction() as session:
        uuid = editing.create(session, None, TripRecord("Duisburg to China", "Europe/Berlin"))
        org = editing.create(session, uuid, OrganizationRecord("Stadt Duisburg"))
        for family, given in (("Link", "Soren"), ("Krueger", "Anna"), ("Wang", "Fang")):
            editing.create(session, uuid, PersonRecord(family, given, organization=org))
        editing.create(session, None, PersonRecord("Hartmann", "Jonas", languages=("de", "zh")))
    window.refresh()
    assert window.navigator.select_uuid(uuid)
    window.tabs.setCurrentWidget(window.delegation)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Dele&gation"
    return uuid


def test_a_delegation_is_built_reranked_edited_and_trimmed_with_undo(
    qtbot: QtBot, window: MainWindow, trip: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.delegation
    adder, table, stack = panel.adder, panel.table, window.workspace.undo_stack
    # With nothing typed the trip's own people are offered.
    assert adder.offered() == [
        "Anna Krueger · Stadt Duisburg",
        "Soren Link · Stadt Duisburg",
        "Fang Wang · Stadt Duisburg",
    ]

    # 1. From the directory, searching as one types: the head of the delegation.
    choose_role(qtbot, adder.role, "head")
    adder.search.setFocus()
    qtbot.keyClicks(adder.search, "hartm")  # the directory is read meanwhile
    qtbot.waitUntil(lambda: adder.offered() == ["Jonas Hartmann"], timeout=5000)
    assert not adder.reading.isVisible()
    qtbot.keyClick(adder.search, Qt.Key.Key_Return)
    assert stored(window) == {"Hartmann": ("head", None)}
    assert stack.undoText() == "Add Delegation Member 'Jonas Hartmann'"
    assert shown(table) == [("–", "Jonas Hartmann", "Head of delegation")]
    assert table.members_model().index(0, 4).data() == "de, zh"

    # 2. From the trip's people, by the keyboard alone: the interpreter.
    choose_role(qtbot, adder.role, "interpreter")
    adder.search.setFocus()
    qtbot.keyClick(adder.search, Qt.Key.Key_Down)  # into the list of people offered
    assert adder.candidates.hasFocus()
    qtbot.keyClick(adder.candidates, Qt.Key.Key_Down)  # Krueger, Link, Wang: to Wang
    qtbot.keyClick(adder.candidates, Qt.Key.Key_Down)
    assert adder.candidates.currentItem().text() == "Fang Wang · Stadt Duisburg"
    qtbot.keyClick(adder.candidates, Qt.Key.Key_Return)
    assert stored(window)["Wang"] == ("interpreter", None)
    assert "Fang Wang · Stadt Duisburg" not in adder.offered()  # a person is in it once

    # 3. A new person, entered in the person editor: one undo step for both.
    monkeypatch.setattr(panel_module, "ask_record", lambda *_a: PersonRecord("Zhang", "Min"))
    choose_role(qtbot, adder.role, "member")
    qtbot.mouseClick(adder.new_button, Qt.MouseButton.LeftButton)
    assert stored(window)["Zhang"] == ("member", None)
    assert stack.undoText() == "Add Min Zhang to the Delegation"
    assert stack.count() == 3
    # Unranked, the precedence rule lists the head, then members, then the interpreter.
    assert [name for _rank, name, _role in shown(table)] == [
        "Jonas Hartmann",
        "Min Zhang",
        "Fang Wang",
    ]

    # Re-rank with Ctrl+Down: Hartmann one place down, and everyone ranked 1..3.
    table.setFocus()
    table.select_uuid(table.members_model().member_at(0).person)
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL)
    qtbot.waitUntil(lambda: stack.count() == 4, timeout=5000)
    assert stack.undoText() == "Reorder Delegation"
    assert shown(table) == [
        ("1", "Min Zhang", "Member"),
        ("2", "Jonas Hartmann", "Head of delegation"),
        ("3", "Fang Wang", "Interpreter"),
    ]
    assert table.selected_uuid() == table.members_model().member_at(1).person  # still him

    # Re-rank by a drag: Wang to the top.
    drag_row(table, 2, 0)
    qtbot.waitUntil(lambda: stack.count() == 5, timeout=5000)
    assert [name for _rank, name, _role in shown(table)] == [
        "Fang Wang",
        "Min Zhang",
        "Jonas Hartmann",
    ]
    assert stored(window)["Wang"] == ("interpreter", 1)

    # A role changed in the row: F2 opens the combo on "Member", Down picks "Press", Enter
    # saves it.
    table.setFocus()
    table.select_uuid(table.members_model().member_at(1).person)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(VocabCombo, "roleEditor")
    assert editor is not None and editor.hasFocus()
    assert editor.word() == "member"
    choose_role(qtbot, editor, "press")
    assert stored(window)["Zhang"] == ("member", 2)  # not saved while choosing
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window)["Zhang"] == ("press", 2), timeout=5000)
    assert stack.undoText() == "Edit 'Min Zhang'"
    assert shown(table)[1] == ("2", "Min Zhang", "Press")

    # Delete removes the selected member (the window's Delete Selected does not ask to
    # delete the person from the store); undo brings back role and rank, redo removes again.
    count = stack.count()
    table.setFocus()
    table.select_uuid(table.members_model().member_at(2).person)  # Hartmann
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert "Hartmann" not in stored(window)
    assert stack.count() == count + 1
    assert stack.undoText() == "Delete Delegation Member 'Jonas Hartmann'"
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(shown(table)) == 3, timeout=5000)
    assert stored(window)["Hartmann"] == ("head", 3)
    assert shown(table)[2] == ("3", "Jonas Hartmann", "Head of delegation")
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: len(shown(table)) == 2, timeout=5000)
    assert "Hartmann" not in stored(window)

    # Undo all the way: the trip has no delegation again, and the new person is gone too.
    while stack.canUndo():
        stack.undo()
    assert stored(window) == {}
    assert shown(table) == []
    assert "Min Zhang" not in " ".join(adder.offered())


def test_the_tab_speaks_german(qtbot: QtBot, window: MainWindow, trip: str) -> None:
    panel = window.delegation
    i18n.install("de")
    try:
        qtbot.waitUntil(lambda: panel.adder.add_button.text() != "&Add to Delegation")
        header = panel.table.members_model().headerData
        assert [header(c, Qt.Orientation.Horizontal) for c in range(5)] == [
            "Rang",
            "Name",
            "Rolle",
            "Organisation",
            "Sprachen",
        ]
        assert panel.adder.add_button.text() == "&Zur Delegation hinzufügen"
        assert window.tabs.tabText(window.tabs.currentIndex()) == "Delegat&ion"
    finally:
        i18n.install("en")


def test_a_viewer_sees_the_delegation_but_cannot_change_it(
    qtbot: QtBot, read_only_window: MainWindow
) -> None:
    window = read_only_window
    window.tabs.setCurrentWidget(window.delegation)
    panel, table = window.delegation, window.delegation.table
    qtbot.waitUntil(lambda: len(shown(table)) == 3, timeout=5000)
    before = stored(window)
    assert not panel.adder.add_button.isEnabled()
    assert not panel.adder.search.isEnabled()
    assert not panel.adder.new_button.isEnabled()
    assert not panel.remove_button.isEnabled()
    assert "is read-only" in panel.adder.add_button.toolTip()
    assert "is read-only" in table.toolTip()
    assert not table.dragEnabled()
    table.setFocus()
    table.select_uuid(table.members_model().member_at(0).person)
    for key, modifier in (
        (Qt.Key.Key_Down, CTRL),
        (Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
    ):
        qtbot.keyClick(table, key, modifier)
    QApplication.processEvents()
    assert table.findChild(VocabCombo, "roleEditor") is None
    assert window.workspace.undo_stack.count() == 0
    assert stored(window) == before


def test_a_colleagues_new_member_appears_in_the_open_tab(
    qtbot: QtBot, window: MainWindow, trip: str
) -> None:
    table = window.delegation.table
    assert shown(table) == []
    with store.open_store(window.store.path) as theirs, theirs.transaction() as session:
        person = next(c.uuid for c in editing.trip_context(session, trip).people)
        editor_for(DelegationMemberRecord).create(
            session, trip, DelegationMemberRecord(person, "security")
        )
    window.workspace.poll()
    qtbot.waitUntil(lambda: len(shown(table)) == 1, timeout=5000)
    assert shown(table) == [("–", "Soren Link", "Security")]
    assert "Soren Link · Stadt Duisburg" not in window.delegation.adder.offered()


def test_a_role_picked_from_the_open_list_is_saved_at_once(
    qtbot: QtBot, window: MainWindow, trip: str
) -> None:
    panel = window.delegation
    qtbot.mouseClick(panel.adder.add_button, Qt.MouseButton.LeftButton)  # Krueger, a member
    table = panel.table
    assert shown(table) == [("–", "Anna Krueger", "Member")]
    cell = table.visualRect(table.members_model().index(0, ROLE)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # then the second
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    editor = table.findChild(VocabCombo, "roleEditor")
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # open the list
    view = editor.view()
    qtbot.waitUntil(view.isVisible, timeout=5000)
    for _ in range(editor.findData("security") - editor.findData("member")):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(window) == {"Krueger": ("security", None)}, timeout=5000)
    assert window.workspace.undo_stack.undoText() == "Edit 'Anna Krueger'"
