"""Work started after a window's paint: the checks at start no longer compete with the first
paint of the trip (``ui.widgets.after_paint``)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from planner import store
from tests.conftest import new_sqlite_store
from ui import main_window
from ui.main_window import MainWindow
from ui.widgets.after_paint import after_next_paint


class Painted(QWidget):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self.events.append("painted")


def test_the_work_runs_once_after_the_window_has_painted(qtbot: QtBot) -> None:
    events: list[str] = []
    window = Painted(events)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window, timeout=5000)
    qtbot.waitUntil(lambda: "painted" in events, timeout=5000)
    events.clear()

    window.update()  # what filling a view does
    after_next_paint(window, lambda: events.append("work"), latest_ms=60_000)
    assert events == []  # not now: after the paint the update asked for

    qtbot.waitUntil(lambda: "work" in events, timeout=5000)
    assert events[: events.index("work")] == ["painted"]
    window.update()
    qtbot.waitUntil(lambda: events.count("painted") == 2, timeout=5000)
    assert events.count("work") == 1


def test_a_window_that_is_not_painted_gets_the_work_at_the_latest_time(qtbot: QtBot) -> None:
    events: list[str] = []
    hidden = Painted(events)
    qtbot.addWidget(hidden)

    after_next_paint(hidden, lambda: events.append("work"), latest_ms=50)

    qtbot.waitUntil(lambda: events == ["work"], timeout=5000)


def test_a_window_closed_before_its_first_paint_starts_no_checks(
    qtbot: QtBot, tmp_path: Path, sqlite_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As main() closed at once (test_start_frame): the start's checks, waiting for a paint that
    # never came, ran a second later on the closed store, and a suite worker crashed.
    started: list[MainWindow] = []

    def check_in_background(self: MainWindow) -> None:
        started.append(self)

    monkeypatch.setattr(MainWindow, "_check_in_background", check_in_background)
    monkeypatch.setattr(main_window, "after_next_paint", partial(after_next_paint, latest_ms=50))
    st = store.open_store(new_sqlite_store(sqlite_template, tmp_path / "office.sqlite"))
    window = MainWindow(st, open_later=True)
    qtbot.addWidget(window)
    window.trip_shown.connect(window.close)  # before the paint the trip was shown for
    window.show()
    try:
        with qtbot.waitSignal(window.trip_shown, timeout=10_000):
            pass
        qtbot.wait(300)  # six times the latest moment the checks could start
        assert started == []
    finally:
        window.workspace.stop()
        st.close()
