"""The meeting editor's attendee picker as a protocol officer uses it: people by side and
organization with each side's head first, a filter that never drops someone ticked, a whole
organization at once, and a role in the meeting for each attendee, all by keyboard too."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from planner.records import MeetingRecord
from tests.ui.test_dialogs import CONTEXT, click_item
from ui import i18n
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.widgets.attendee_picker import AttendeePicker

START = dt.datetime(2024, 6, 17, 8, tzinfo=dt.UTC)
SIGNING = MeetingRecord(
    title="Signing",
    stop="stop-fra",
    start=START,
    end=START + dt.timedelta(hours=1),
    kind="signing",
    attendees=("p-wang", "p-schmidt", "p-li"),
    attendee_roles=(("p-wang", "signatory"), ("p-li", "interpreter")),
)


@pytest.fixture
def open_editor(qtbot: QtBot) -> Callable[..., MeetingDialog]:
    opened: list[MeetingDialog] = []  # kept for the test: a picker outlives no dialog

    def opener(record: MeetingRecord | None = None) -> MeetingDialog:
        dialog = MeetingDialog(CONTEXT, record)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        return dialog

    return opener


def outline(item: QTreeWidgetItem, depth: int = 0) -> list[str]:
    """The tree as indented lines, each ticked row marked [x] (a partly ticked one [-])."""
    marks = {Qt.CheckState.Checked: "[x] ", Qt.CheckState.PartiallyChecked: "[-] "}
    flags = item.flags()
    mark = marks.get(item.checkState(0), "[ ] ") if flags & Qt.ItemFlag.ItemIsUserCheckable else ""
    lines = [f"{'  ' * depth}{mark}{item.text(0)}"]
    for row in range(item.childCount()):
        lines += outline(item.child(row), depth + 1)
    return lines


def walk(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """Every row below ``item``, top to bottom."""
    found = []
    for row in range(item.childCount()):
        found += [item.child(row), *walk(item.child(row))]
    return found


def hidden(item: QTreeWidgetItem | None) -> bool:
    while item is not None:
        if item.isHidden():
            return True
        item = item.parent()
    return False


def shown(picker: AttendeePicker) -> list[str]:
    root = picker.tree.invisibleRootItem()
    return [line for row in range(root.childCount()) for line in outline(root.child(row))]


def test_people_are_grouped_by_side_and_organization_the_head_first(
    open_editor: Callable[..., MeetingDialog],
) -> None:
    picker = open_editor(SIGNING).attendees
    assert shown(picker) == [
        "Our delegation",
        "  [x] Nanshan District Government",
        "    [x] Wang Lei (王磊)",
        "    [x] Li Na (李娜)",
        "Host side",
        "  [-] IHK Frankfurt am Main",
        "    [x] Anna Schmidt",
        "    [ ] Jörg Müller",
    ]
    assert [picker.tree.headerItem().text(c) for c in (0, 1)] == ["Person", "Role in the meeting"]


def test_a_side_or_organization_the_filter_leaves_empty_is_hidden(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    picker = open_editor().attendees
    qtbot.keyClicks(picker.filter, "muller")  # Jörg Müller, typed without the umlaut
    root = picker.tree.invisibleRootItem()
    visible = [
        line for line, item in zip(shown(picker), walk(root), strict=True) if not hidden(item)
    ]
    assert visible == ["Host side", "  [ ] IHK Frankfurt am Main", "    [ ] Jörg Müller"]


def test_roles_open_in_their_rows_and_save_unchanged(
    open_editor: Callable[..., MeetingDialog],
) -> None:
    dialog = open_editor(SIGNING)
    picker = dialog.attendees
    words = {uuid: picker.role_combo(uuid).currentText() for uuid in SIGNING.attendees}  # type: ignore[union-attr]
    assert words == {"p-wang": "Signatory", "p-schmidt": "Participant", "p-li": "Interpreter"}
    assert picker.role_combo("p-mueller") is None  # no role for someone not attending
    assert dialog.record() == SIGNING


def test_the_filter_narrows_by_name_or_organization_and_never_drops_the_ticked(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_editor()
    picker = dialog.attendees
    click_item(qtbot, dialog, "attendees", "Jörg Müller")
    picker.filter.setFocus()
    qtbot.keyClicks(picker.filter, "li")
    assert picker.visible_names() == ["Li Na (李娜)", "Jörg Müller"]  # Müller: ticked before
    click_item(qtbot, dialog, "attendees", "Li Na")
    qtbot.keyClicks(picker.filter, "x")  # "lix" matches no one: the ticked stay, ticked
    assert picker.visible_names() == ["Li Na (李娜)", "Jörg Müller"]
    assert picker.selected() == ("p-mueller", "p-li")
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "ihk")  # an organization's name shows all its people
    assert picker.visible_names() == ["Li Na (李娜)", "Anna Schmidt", "Jörg Müller"]
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "schafer")  # no one of the trip: the ticked stay
    assert picker.visible_names() == ["Li Na (李娜)", "Jörg Müller"]
    assert dialog.record().attendees == ("p-mueller", "p-li")


def test_a_whole_organization_is_added_at_once_and_its_box_shows_a_part(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_editor()
    picker = dialog.attendees
    org = picker.organization_item("IHK Frankfurt am Main")
    assert org is not None
    view = picker.tree
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=check_box_centre(view, org))
    assert picker.selected() == ("p-schmidt", "p-mueller")
    assert org.checkState(0) == Qt.CheckState.Checked
    click_item(qtbot, dialog, "attendees", "Anna Schmidt")
    assert org.checkState(0) == Qt.CheckState.PartiallyChecked
    click_item(qtbot, dialog, "attendees", "IHK Frankfurt")  # the name works as the box does
    assert picker.selected() == ("p-mueller", "p-schmidt")
    assert picker.count_label.text() == "2 chosen"


def test_the_keyboard_ticks_and_chooses_roles_and_every_control_is_named(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_editor()
    picker = dialog.attendees
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    qtbot.keyClick(dialog, "m", Qt.KeyboardModifier.AltModifier)  # the list's mnemonic
    tree = picker.tree
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(2):  # Our delegation, Nanshan District Government, Wang Lei
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    assert tree.currentItem().text(0) == "Wang Lei (王磊)"
    qtbot.keyClick(tree, Qt.Key.Key_Space)
    qtbot.keyClick(tree, Qt.Key.Key_Right)  # to his role
    combo = picker.role_combo("p-wang")
    assert combo is not None and combo.hasFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Signatory"
    qtbot.keyClick(combo, Qt.Key.Key_Left)  # back to the rows
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Down)
    qtbot.keyClick(tree, Qt.Key.Key_Space)  # Li Na
    qtbot.keyClick(tree, Qt.Key.Key_Tab)  # Tab goes through the roles, top to bottom
    assert QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    interpreter = picker.role_combo("p-li")
    assert QApplication.focusWidget() is interpreter
    qtbot.keyClick(interpreter, Qt.Key.Key_End)  # note-taker, then one up
    qtbot.keyClick(interpreter, Qt.Key.Key_Up)
    assert dialog.record().attendees == ("p-wang", "p-li")
    assert dialog.record().attendee_roles == (("p-wang", "signatory"), ("p-li", "interpreter"))

    names = {
        w.accessibleName()
        for w in picker.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    }
    assert {
        "Filter the people",
        "People of the trip by side and organization",
        "Role of Wang Lei (王磊) in the meeting",
        "Role of Li Na (李娜) in the meeting",
    } <= names
    unnamed = [
        w for w in picker.findChildren(QComboBox) if w.isVisible() and not w.accessibleName()
    ]
    assert not unnamed


def test_a_role_survives_a_slip_of_unticking_but_is_not_saved_for_someone_absent(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_editor(SIGNING)
    click_item(qtbot, dialog, "attendees", "Wang Lei")
    assert dialog.record().attendee_roles == (("p-li", "interpreter"),)
    click_item(qtbot, dialog, "attendees", "Wang Lei")
    assert dialog.record().attendee_roles == (("p-li", "interpreter"), ("p-wang", "signatory"))
    assert dialog.attendees.role_combo("p-wang").currentText() == "Signatory"  # type: ignore[union-attr]


def test_a_viewer_sees_attendees_and_roles_but_changes_neither(
    open_editor: Callable[..., MeetingDialog], qtbot: QtBot
) -> None:
    dialog = open_editor(SIGNING)
    dialog.make_read_only("the store is read-only")
    picker = dialog.attendees
    click_item(qtbot, dialog, "attendees", "Jörg Müller")
    combo = picker.role_combo("p-schmidt")
    assert combo is not None
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert picker.selected() == SIGNING.attendees
    assert picker.roles() == SIGNING.attendee_roles


def check_box_centre(view: QTreeWidget, item: QTreeWidgetItem) -> QPoint:
    """Where the style draws ``item``'s check box (a click there is one on the box itself)."""
    index = view.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    element = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    return view.style().subElementRect(element, option, view).center()


def test_the_picker_speaks_german(open_editor: Callable[..., MeetingDialog]) -> None:
    i18n.install("de")  # the suite's autouse fixture puts English back afterwards
    picker = open_editor(SIGNING).attendees
    root = picker.tree.invisibleRootItem()
    assert [root.child(row).text(0) for row in range(root.childCount())] == [
        "Unsere Delegation",
        "Gastgeberseite",
    ]
    assert picker.tree.headerItem().text(1) == "Rolle im Termin"
    assert picker.role_combo("p-wang").currentText() == "Unterzeichner"  # type: ignore[union-attr]
    assert picker.role_combo("p-li").accessibleName() == "Rolle von Li Na (李娜) im Termin"  # type: ignore[union-attr]
    assert picker.count_label.text() == "3 ausgewählt"
