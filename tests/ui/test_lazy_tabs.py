"""The window makes a tab's panel when it is first shown: starting costs the visible tab only,
and a panel made late shows the open trip, its problems and the window's state as if it had
been there from the start."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import JIANGSU
from tests.ui.test_main_window import imported
from tests.ui.test_problems_panel import kinds, open_clash
from ui.main_window import MainWindow
from ui.views.schedule import ScheduleView

IMPORTS = """
import json, sys
import ui.main_window
heavy = ("ui.views.schedule", "ui.views.delegation", "ui.views.protocol", "reportlab",
         "icalendar", "holidays")
print(json.dumps([name for name in heavy if name in sys.modules]))
"""


def test_the_window_module_leaves_the_other_tabs_and_their_libraries_unimported() -> None:
    done = subprocess.run(
        [sys.executable, "-c", IMPORTS], capture_output=True, text=True, timeout=120, check=True
    )
    assert json.loads(done.stdout.splitlines()[-1]) == []


def test_only_the_visible_tab_is_made_until_another_is_shown(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    open_clash(window, qtbot, tmp_path)
    assert window.trip_tabs.current_name() == "overview"
    assert window.trip_tabs.made("schedule") is None
    assert "overlap" in kinds(window)  # the checks found the clash before the schedule existed

    index = [tab.name for tab in window.trip_tabs.tabs].index("schedule")
    window.tabs.setCurrentIndex(index)

    view = window.tabs.currentWidget()
    assert isinstance(view, ScheduleView)
    assert view is window.schedule  # the page is the panel the window reaches by name
    assert window.tabs.currentIndex() == index
    assert window.tabs.tabText(index) == "&Schedule"
    assert view.trip_uuid == window.workspace.trip_uuid  # filled when shown
    visit = window.problems.model.problem(0).meeting_uuids[0]
    assert view.canvas.state.counts[visit] >= 1  # and badged with the problems found before


def test_a_panel_asked_for_by_name_is_made_in_its_place_without_changing_the_tab(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, JIANGSU)
    shown = window.tabs.currentWidget()

    meetings = window.meetings  # e.g. the calendar export asks for its selection

    assert window.tabs.currentWidget() is shown
    assert window.tabs.indexOf(meetings) == 2
    assert window.tabs.count() == 7
    window.tabs.setCurrentWidget(meetings)
    assert meetings.isVisible()
    assert meetings.model.rowCount() > 0  # stale since made: read when shown
