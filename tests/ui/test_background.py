"""Long work never freezes the window: it runs on a worker thread while the GUI thread's event
loop goes on (a timer fires meanwhile), its result or error comes back by signal, and work
that takes long shows a progress dialog, which reading work lets the user cancel."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from planner.errors import PlannerError
from ui import background
from ui.background import Cancelled, Waiting, run_and_wait

WAIT_S = 5.0


def released_by_a_timer(qtbot: QtBot) -> threading.Event:
    """An event a GUI-thread timer sets: work waiting on it ends only if the loop runs."""
    fired = threading.Event()
    QTimer.singleShot(20, fired.set)
    return fired


def test_the_result_arrives_by_signal_while_the_event_loop_answers(qtbot: QtBot) -> None:
    fired = released_by_a_timer(qtbot)

    def work() -> str:
        assert fired.wait(WAIT_S), "the GUI thread's timer never fired"
        return "written"

    waiting = Waiting(work)
    with qtbot.waitSignal(waiting.finished, timeout=int(WAIT_S * 2000)) as got:
        waiting.start()

    assert got.args == ["written"]
    assert not waiting.running
    waiting.deleteLater()  # as its owners do: Qt deletes it once its queued signals are out


def test_an_error_arrives_by_signal(qtbot: QtBot) -> None:
    def work() -> None:
        raise PlannerError("trip.ics: cannot write the calendar (Permission denied)")

    waiting = Waiting(work)
    with qtbot.waitSignal(waiting.failed, timeout=5000) as got:
        waiting.start()

    (error,) = got.args
    assert isinstance(error, PlannerError)
    assert "Permission denied" in str(error)
    waiting.deleteLater()


def test_run_and_wait_returns_the_result_and_the_timers_fire_meanwhile(qtbot: QtBot) -> None:
    fired = released_by_a_timer(qtbot)

    def work() -> int:
        assert fired.wait(WAIT_S), "the GUI thread's timer never fired"
        return threading.get_ident()

    worker = run_and_wait(None, work, "Writing")

    assert worker != threading.get_ident()  # it ran off the GUI thread


def test_run_and_wait_raises_the_works_error_where_the_caller_catches_it(qtbot: QtBot) -> None:
    def work() -> None:
        raise PlannerError("meetings.ics, line 12: no DTSTART")

    with pytest.raises(PlannerError, match="line 12"):
        run_and_wait(None, work, "Reading")


def test_slow_work_shows_progress_and_cancel_leaves_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(background, "SLOW_MS", 30)
    release = threading.Event()
    seen: list[str] = []

    def cancel_when_shown() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        shown = [d for d in dialogs if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, cancel_when_shown)
            return
        seen.append(shown[0].labelText())
        shown[0].findChild(QPushButton).click()

    QTimer.singleShot(20, cancel_when_shown)
    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_and_wait(None, lambda: release.wait(WAIT_S), "Reading meetings.ics…", cancellable=True)
    left_after = time.monotonic() - started
    release.set()

    assert seen == ["Reading meetings.ics…"]
    assert left_after < WAIT_S / 2  # the user did not wait for the work to end


def test_quick_work_shows_no_progress_dialog(qtbot: QtBot) -> None:
    assert run_and_wait(None, lambda: 42, "Reading") == 42
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
