"""The keyboard alone reaches, leaves and understands everything (EN 301 549 / WCAG 2.1.1,
2.1.2, 2.4.3): Tab leaves every table and list (arrows move inside), each tab's controls are
met in reading order, and a view or a dialog fits the screen at 200 %."""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import JIANGSU
from tests.ui.accessible_walk import dialogs
from tests.ui.test_main_window import imported
from ui.main_window import MainWindow


def views_shown(top: QWidget) -> list[QAbstractItemView]:
    """The tables, lists and trees of ``top`` a user can Tab into now."""
    return [
        view
        for view in top.findChildren(QAbstractItemView)
        if view.isVisible()
        and view.isEnabled()
        and view.focusPolicy() & Qt.FocusPolicy.TabFocus
        and view.model() is not None
    ]


def trapping(qtbot: QtBot, views: Iterable[QAbstractItemView]) -> list[str]:
    """Each view that Tab or Shift+Tab does not leave, as "class#name (key)"."""
    found = []
    for view in views:
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            view.setFocus(Qt.FocusReason.TabFocusReason)
            qtbot.waitUntil(view.hasFocus, timeout=5000)
            if view.model().rowCount() and not view.currentIndex().isValid():
                view.setCurrentIndex(view.model().index(0, 0))
            qtbot.keyClick(view, key)
            focused = QApplication.focusWidget()
            if focused is view or (focused is not None and view.isAncestorOf(focused)):
                found.append(f"{type(view).__name__}#{view.objectName()} ({key.name})")
    return found


def test_tab_and_shift_tab_leave_every_table_list_and_tree_of_the_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.history_dock.show()
    found = []
    checked = 0
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(window.tabs.widget(index).isVisible, timeout=5000)
        views = views_shown(window)
        checked += len(views)
        found += trapping(qtbot, views)
    assert sorted(set(found)) == []
    assert checked > 20


def test_tab_leaves_the_tables_of_the_directory_the_registers_and_every_dialog(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.open_directory()
    qtbot.waitUntil(window.directory.isVisible, timeout=5000)
    found = trapping(qtbot, views_shown(window.directory))
    for tab in range(3):
        window.open_registers(tab)
        qtbot.waitUntil(window.registers.isVisible, timeout=5000)
        found += trapping(qtbot, views_shown(window.registers))
    window.directory.close()
    window.registers.close()
    made: list[QDialog] = dialogs(window, window.workspace.context())
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        found += [f"{type(dialog).__name__}: {v}" for v in trapping(qtbot, views_shown(dialog))]
        dialog.close()
    assert found == []


def test_arrow_keys_move_within_a_table_and_tab_moves_on(window: MainWindow, qtbot: QtBot) -> None:
    imported(window, qtbot, JIANGSU)
    window.tabs.setCurrentWidget(window.meetings)
    table = window.meetings.table
    qtbot.waitUntil(table.isVisible, timeout=5000)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 1 and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Right)
    assert table.currentIndex().row() == 1 and table.hasFocus()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus()


def tab_through(qtbot: QtBot, start: QWidget, page: QWidget) -> list[QWidget]:
    """Press Tab from ``start`` until the focus leaves ``page``: the widgets met, once each."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus, timeout=5000)
    met: list[QWidget] = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is not None and start.isAncestorOf(focused):
            continue  # the tab bar's own scroll buttons, when the tabs do not fit
        if focused is None or not (focused is page or page.isAncestorOf(focused)):
            return met
        if focused not in met:
            met.append(focused)
    raise AssertionError(f"Tab never left {page.objectName()}: {[w.objectName() for w in met]}")


def read_before(first: QWidget, second: QWidget, top: QWidget) -> bool:
    """False when ``second`` sits wholly above ``first`` in the same column: Tab going
    back up the page, as the Meetings table before its own search did."""
    a = first.rect().translated(first.mapTo(top, first.rect().topLeft()))
    b = second.rect().translated(second.mapTo(top, second.rect().topLeft()))
    same_column = a.left() < b.right() and b.left() < a.right()
    return not (same_column and b.bottom() <= a.top())


def test_the_meetings_tab_goes_from_its_search_and_filters_to_its_table(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.tabs.setCurrentWidget(window.meetings)
    qtbot.waitUntil(window.meetings.isVisible, timeout=5000)
    met = tab_through(qtbot, window.tabs.tabBar(), window.meetings)
    assert [w.objectName() for w in met[:8]] == [
        "meetingSearch",
        "showCancelled",
        "meetingStopFilter",
        "meetingDayFilter",
        "meetingPersonFilter",
        "meetingKindFilter",
        "meetingStatusFilter",
        "meetingsTable",
    ]


def test_tab_goes_from_the_tabs_into_each_page_in_reading_order_and_out_again(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    wrong = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        qtbot.waitUntil(page.isVisible, timeout=5000)
        met = tab_through(qtbot, window.tabs.tabBar(), page)
        tab = window.tabs.tabText(index).replace("&", "")
        if not met:
            wrong.append(f"{tab}: Tab from the tabs does not enter the page")
        for first, second in itertools.pairwise(met):
            if not read_before(first, second, page):
                wrong.append(f"{tab}: {first.objectName()} before {second.objectName()}")
    assert wrong == []
