"""UI test set-up: one session-wide QApplication (pytest-qt's), no widgets left behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.app import open_window
from ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _no_leftover_windows(qapp: QApplication) -> Iterator[None]:
    yield
    leftovers = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    for widget in leftovers:
        widget.close()
    assert not leftovers, f"test left windows open: {leftovers}"


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each test reads and writes its own settings file, never the user's."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """The main window on a new, empty store of the test's own."""
    win = open_window(str(tmp_path / "office.sqlite"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.store.close()
