"""At 200 % (here: the application font doubled) the window and every dialog fit the screen
(EN 301 549 / WCAG 1.4.4, 1.4.10): the window opened at a fixed 1280×800 and ran off it, and
the longer editors were taller than a laptop's screen at 200 %."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from tests.conftest import JIANGSU, new_sqlite_store
from tests.ui.accessible_walk import dialogs
from tests.ui.test_main_window import imported
from ui.app import open_window
from ui.dialogs.form import RecordDialog
from ui.main_window import MainWindow
from ui.widgets import screen_fit


@pytest.fixture
def doubled_font(qapp: QApplication) -> Iterator[None]:
    """Every widget made from now on writes twice as large, as at 200 % text size."""
    normal = QFont(qapp.font())
    large = QFont(normal)
    large.setPointSizeF(normal.pointSizeF() * 2)
    qapp.setFont(large)
    yield
    qapp.setFont(normal)


def off_screen(widget: QWidget) -> str | None:
    """How ``widget`` overflows its screen's free area, or None if it fits."""
    room = widget.screen().availableGeometry()
    frame = widget.frameGeometry()
    return None if room.contains(frame) else f"{type(widget).__name__} {frame} beyond {room}"


@pytest.mark.usefixtures("doubled_font")
def test_at_double_size_the_window_every_tab_and_every_dialog_fit_the_screen(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path
) -> None:
    window = open_window(str(new_sqlite_store(sqlite_template, tmp_path / "office.sqlite")))
    qtbot.addWidget(window)
    window.show()
    try:
        imported(window, qtbot, JIANGSU)
        wrong = [off_screen(window)]
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.waitUntil(window.tabs.widget(index).isVisible, timeout=5000)
            wrong.append(off_screen(window))
        for dialog in dialogs(window, window.workspace.context()):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitUntil(dialog.isVisible, timeout=5000)
            wrong.append(off_screen(dialog))
            dialog.close()
        assert [text for text in wrong if text] == []
    finally:
        window.store.close()


def test_where_the_screen_has_room_an_editor_shows_its_whole_form(window: MainWindow) -> None:
    """The scrolling form of a small screen is no cramped box on a large one."""
    whole = []
    for dialog in dialogs(window, window.workspace.context()):
        if not isinstance(dialog, RecordDialog):
            continue
        dialog.show()
        try:
            inner = dialog.findChild(QScrollArea, "formScroll").widget()
            assert off_screen(dialog) is None
            hint, room = inner.sizeHint(), screen_fit.room(dialog)
            if hint.height() < room.height() - 100 and hint.width() < room.width() - 100:
                assert inner.height() >= inner.sizeHint().height(), type(dialog).__name__
                whole.append(type(dialog).__name__)
        finally:
            dialog.close()
    assert {"StopDialog", "OrganizationDialog", "GiftDialog"} <= set(whole)
