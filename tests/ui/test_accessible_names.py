"""Every control a keyboard reaches in the trip's tabs has a name a screen reader speaks
(EN 301 549 / WCAG 4.1.2): the walk a screen-reader user makes, tab by tab, through Qt's
accessibility interface rather than the widgets' own properties."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import JIANGSU
from tests.ui.test_main_window import imported
from ui.main_window import MainWindow

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)


def unnamed_controls(window: MainWindow, qtbot: QtBot) -> list[str]:
    """Each visible control that takes focus and has no accessible name, as "tab: class#name"."""
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        page = window.tabs.widget(index)
        qtbot.waitUntil(page.isVisible, timeout=5000)
        for widget in page.findChildren(QWidget):
            if not isinstance(widget, CONTROLS) or not widget.isVisible():
                continue
            if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
                continue
            interface = QAccessible.queryAccessibleInterface(widget)
            if interface is None or not interface.text(QAccessible.Text.Name).strip():
                tab = window.tabs.tabText(index).replace("&", "")
                found.append(f"{tab}: {type(widget).__name__}#{widget.objectName()}")
    return found


def test_every_control_of_every_tab_has_a_spoken_name(window: MainWindow, qtbot: QtBot) -> None:
    imported(window, qtbot, JIANGSU)
    assert unnamed_controls(window, qtbot) == []
