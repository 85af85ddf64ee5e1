"""Every control a user operates has a name a screen reader speaks (EN 301 549 / WCAG 4.1.2):
the walk a screen-reader user makes through the main window, each of its tabs and docks, the
directory, the registers and every editor and dialog, through Qt's accessibility tree rather
than the widgets' own properties (``tests/ui/accessible_walk.py``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from tests.conftest import JIANGSU
from tests.ui.accessible_walk import dialogs, unnamed, walk
from tests.ui.test_main_window import imported
from ui import i18n
from ui.main_window import MainWindow


def test_every_control_of_every_tab_and_dock_has_a_spoken_name(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.history_dock.show()
    found = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.waitUntil(window.tabs.widget(index).isVisible, timeout=5000)
        tab = window.tabs.tabText(index).replace("&", "")
        found += [f"{tab}: {control}" for control in unnamed(window)]
    assert found == []
    assert len([n for n in walk(window) if n.interactive]) > 20  # the walk reached the tabs


def test_a_narrow_window_names_the_button_of_the_tools_that_no_longer_fit(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.tabs.setCurrentWidget(window.schedule)
    window.resize(500, 400)
    more = window.schedule.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    qtbot.waitUntil(more.isVisible, timeout=5000)
    assert unnamed(window) == []
    assert more.accessibleName() == "More schedule tools"


def test_the_directory_and_the_registers_name_every_control(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    window.open_directory()
    qtbot.waitUntil(window.directory.isVisible, timeout=5000)
    found = [f"Directory: {control}" for control in unnamed(window.directory)]
    for tab in range(3):
        window.open_registers(tab)
        qtbot.waitUntil(window.registers.isVisible, timeout=5000)
        found += [f"Registers {tab}: {control}" for control in unnamed(window.registers)]
    assert found == []


def test_every_editor_and_dialog_names_every_control(window: MainWindow, qtbot: QtBot) -> None:
    imported(window, qtbot, JIANGSU)
    found = []
    made = dialogs(window, window.workspace.context())
    assert len(made) >= 15
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isVisible, timeout=5000)
        found += [f"{type(dialog).__name__}: {control}" for control in unnamed(dialog)]
        dialog.close()
    assert found == []


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("de", ("Reisen suchen", "Vorherige Tage", "Probleme der Reise")),
        ("zh_CN", ("搜索团组", "前几天", "团组的问题")),
    ],
)
def test_the_spoken_names_follow_the_language(
    window: MainWindow, qtbot: QtBot, language: str, names: tuple[str, str, str]
) -> None:
    search, previous, problems = names
    imported(window, qtbot, JIANGSU)
    window.tabs.setCurrentWidget(window.schedule)
    try:
        window.set_language(language)
        qtbot.waitUntil(lambda: window.navigator.search.accessibleName() == search, timeout=5000)
        button = window.schedule.toolbar.widgetForAction(window.schedule.previous_action)
        assert button.accessibleName() == previous
        assert window.problems.table.accessibleName() == problems
        assert unnamed(window) == []
    finally:
        i18n.install("en")


def test_the_walk_finds_an_unnamed_control(window: MainWindow, tmp_path: Path) -> None:
    """The test above cannot pass by walking nothing: a search field without a name is found."""
    window.navigator.search.setAccessibleName("")
    window.navigator.search.setPlaceholderText("")
    assert "EditableText QLineEdit#tripSearch" in unnamed(window)
