"""Waiting for long work without freezing the window: the modal steps of a dialog's flow.

:class:`ui.operations.Background` suits work whose result a handler takes later. A dialog's
flow often needs the result before its next step (the preview before the preview dialog, the
files written before the message saying so); :func:`run_and_wait` gives it that without
blocking the GUI thread: the work runs on a worker thread while a local event loop keeps the
window painting and its timers firing, and its result (or its exception, raised here on the
GUI thread, where the caller's ``except`` shows the same message as before) comes back by
signal. Work still running after :data:`SLOW_MS` gets a modal progress dialog; a cancellable
one (reading and planning, which change nothing) can be left by Cancel: its result is then
dropped when it arrives.

The work opens its own store session (``with store.session()``): sessions and SQLite
connections belong to one thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.operations import Background

SLOW_MS = 1000
"""How long work runs before the progress dialog shows: shorter work shows none."""

_T = TypeVar("_T")


class Cancelled(Exception):
    """The user left the progress dialog by Cancel; the work's result will be dropped."""


class Waiting(QObject):
    """One piece of work on a worker thread; ``finished`` or ``failed`` says how it ended."""

    finished = Signal(object)
    """The work's result, on the GUI thread."""
    failed = Signal(object)
    """The exception the work raised, on the GUI thread."""
    slow = Signal()
    """The work has run for :data:`SLOW_MS` and goes on."""

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._runner = Background(self)
        self._timer = QTimer(self, singleShot=True, interval=SLOW_MS)
        self._timer.timeout.connect(self.slow)
        self.running = False

    def start(self) -> None:
        self.running = True
        self._timer.start()
        self._runner.run(self._work, self._end(self.finished), self._end(self.failed))

    def _end(self, signal: Any) -> Callable[[Any], None]:
        def end(value: Any) -> None:
            self.running = False
            self._timer.stop()
            signal.emit(value)

        return end


def run_and_wait(
    parent: QWidget | None,
    work: Callable[[], _T],
    label: str,
    *,
    cancellable: bool = False,
) -> _T:
    """``work()`` run on a worker thread; its result, or its exception raised here.

    Until :data:`SLOW_MS` the window paints and its timers fire but the user's clicks and keys
    wait (no second command starts meanwhile); then an application-modal progress dialog
    says what runs. Raises :class:`Cancelled` when the user cancels it, offered only when
    ``cancellable``: such work must change nothing, since it runs on to its end unseen.
    """
    # Owned by a window or the application: a cancelled one outlives this call.
    waiting = Waiting(work, parent or QCoreApplication.instance())
    outcome: dict[str, Any] = {}
    loop = QEventLoop()

    def end(key: str) -> Callable[[Any], None]:
        def keep(value: Any) -> None:
            if not outcome:  # the first word counts: a cancel, then the late result
                outcome[key] = value
            loop.quit()

        return keep

    waiting.finished.connect(end("result"))
    waiting.failed.connect(end("error"))
    waiting.slow.connect(loop.quit)
    waiting.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    progress = None
    if not outcome:
        progress = _progress(parent, label, cancellable)
        if cancellable:
            progress.canceled.connect(lambda: end("cancelled")(True))
        progress.show()
        loop.exec()
        progress.canceled.disconnect()
        progress.close()
        progress.deleteLater()
    if waiting.running:  # cancelled: the result is dropped when it comes
        waiting.finished.connect(waiting.deleteLater)
        waiting.failed.connect(waiting.deleteLater)
    else:
        waiting.deleteLater()
    if "cancelled" in outcome:
        raise Cancelled
    if "error" in outcome:
        raise outcome["error"]
    result: _T = outcome["result"]
    return result


def _progress(parent: QWidget | None, label: str, cancellable: bool) -> QProgressDialog:
    """A busy indicator (no steps to count) naming the work; Qt's own Cancel button, if any."""
    progress = QProgressDialog(parent)
    progress.setLabelText(label)
    progress.setWindowTitle(label)
    progress.setAccessibleName(label)
    progress.setRange(0, 0)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    if not cancellable:
        progress.setCancelButton(None)
    return progress
