"""Colleagues' changes as they are committed: PostgreSQL's LISTEN/NOTIFY.

Every transaction that writes the change log also sends ``NOTIFY`` on
:data:`planner.history.CHANNEL` (with the writing store's origin as payload), which the server
delivers at commit. A :class:`ChangeListener` keeps one connection of its own in ``LISTEN`` on
a daemon thread, never the GUI thread: waiting for the server is all that thread does, and a
server that goes away costs it, not the window. It tells the workspace, which reads the change
log at once (the poll stays the fallback, less often while the listener listens).

A plain Python thread rather than a ``QThread``: one still waiting when the application ends
must not abort it, and the signals it emits reach the GUI thread queued all the same.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal
from sqlalchemy.engine import URL

from planner import history, store

RETRY_S = 1.0
"""How long the listener waits before connecting again to a server that went away."""
_WAKE_S = 0.25  # how often a waiting listener looks whether it should stop


class ChangeListener(QObject):
    """Listens for change notifications of the database ``url``, on a thread of its own."""

    notified = Signal()
    """A colleague committed a change (not one of ``own_origin``'s)."""
    listening = Signal(bool)
    """The listener's connection is (True) or is no longer (False) listening."""

    def __init__(self, url: URL, own_origin: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._origin = own_origin
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="change-listener", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Stop listening and wait (briefly) for the thread to end."""
        self._stop.set()
        self._thread.join(timeout=store.CONNECT_TIMEOUT_S + 1)

    def _run(self) -> None:
        import psycopg  # noqa: PLC0415 - only a PostgreSQL store listens

        while not self._stop.is_set():
            listening = False
            try:
                with psycopg.connect(
                    self._conninfo,
                    autocommit=True,
                    connect_timeout=store.CONNECT_TIMEOUT_S,
                    application_name="Delegation Planner (listener)",
                ) as connection:
                    connection.execute(f"LISTEN {history.CHANNEL}")
                    listening = True
                    self._emit(self.listening, True)
                    while not self._stop.is_set():
                        for note in connection.notifies(timeout=_WAKE_S):
                            if note.payload != self._origin:
                                self._emit(self.notified)
            except psycopg.Error:
                if listening:
                    self._emit(self.listening, False)
            self._stop.wait(RETRY_S)

    def _emit(self, signal: Any, *args: Any) -> None:
        if not self._stop.is_set():
            with contextlib.suppress(RuntimeError):  # deleted meanwhile: nobody to tell
                signal.emit(*args)
