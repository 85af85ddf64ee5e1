"""Run work once a window has painted what it was just given.

A worker thread started at the moment a view is filled competes with that view's first paint
for the interpreter: every ``data()`` of a Python model and every Python ``paintEvent`` waits
for the worker to let go of the GIL, so the trip the officer waits for appeared about 100 ms
later (``benchmarks/bench_startup.py``) because the checks began beside it. Widgets' repaints
reach their window as a low-priority ``UpdateRequest``; the work is started just after the
window has handled the next one, and at the latest after ``latest_ms`` (a minimised window is
not painted at all).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, window: QWidget, work: Callable[[], None], latest_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.UpdateRequest:
            # Filters see the event before the window paints: run in the next pass.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is None:
            return
        self._window.removeEventFilter(self)
        self.deleteLater()
        work()


def after_next_paint(window: QWidget, work: Callable[[], None], *, latest_ms: int = 1000) -> None:
    """Call ``work`` on this thread once ``window`` has painted, or after ``latest_ms``."""
    _AfterPaint(window, work, latest_ms)
