"""Work started after a window's paint: the checks at start no longer compete with the first
paint of the trip (``ui.widgets.after_paint``)."""

from __future__ import annotations

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

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
