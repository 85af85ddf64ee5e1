"""Long work off the GUI thread, with its result delivered back on it.

As in Anki's ``CollectionOp``: the function runs on a worker thread and must not touch widgets;
success and failure come back as queued signals, so the window stays responsive and the
handlers run on the GUI thread. A busy indicator is shown while work runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    @Slot()
    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported on the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class Background(QObject):
    """Runs one job at a time for its owner; ``busy`` tells the owner to show progress."""

    busy = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._running = 0

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[Exception], None],
    ) -> None:
        signals = _Signals(self)

        def finish(handler: Callable[[Any], None], value: Any) -> None:
            self._running -= 1
            if not self._running:
                self.busy.emit(False)
            signals.deleteLater()
            handler(value)

        signals.done.connect(lambda value: finish(on_done, value))
        signals.failed.connect(lambda exc: finish(on_failed, exc))
        self._running += 1
        self.busy.emit(True)
        self.pool.start(_Job(work, signals))

    def wait(self) -> None:
        """Block until the jobs finish (closing the window, tests)."""
        self.pool.waitForDone()
