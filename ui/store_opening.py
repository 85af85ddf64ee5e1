"""Opening the store on a worker thread while the frame (:mod:`ui.window_frame`) is shown.

Importing SQLAlchemy, the model and the window's views, opening the store (a schema check,
for a shared store a connection over the network) and loading the sample trip into a new
store take most of a second; on the GUI thread they froze a window that was not even painted
yet. The worker does them and hands the open :class:`~planner.store.Store` to the GUI thread,
where the main window is made. The store's engine is shared between threads as the workspace's
poll already shares it: each session checks out its own connection from the pool, and no
session or ORM object crosses threads.

Errors say what they said before: a :class:`PlannerError` in a message box and exit code 2; any
other exception is raised again from ``main`` once the event loop has ended.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import locations
from planner.errors import PlannerError
from ui.settings import Settings
from ui.window_frame import StartFrame

if TYPE_CHECKING:
    from planner.store import Store
    from planner.trips import TripSummary
    from ui.main_window import MainWindow

EXIT_REFUSED = 2


class StoreOpening(QThread):
    """Open the store for ``frame`` and put the main window in its place."""

    _opened = Signal(object, list, object)
    _failed = Signal(str)

    def __init__(self, store_path: str | None, frame: StartFrame) -> None:
        super().__init__(frame)
        self.store_path = store_path
        self.frame = frame
        self.window: MainWindow | None = None
        self._store: Store | None = None
        self._crash: BaseException | None = None
        self._code: int | None = None
        self._opened.connect(self._show_window)
        self._failed.connect(self._refuse)

    def run(self) -> None:
        try:
            import ui.main_window  # noqa: F401, PLC0415 - imported off the GUI thread

            self._store, notes = choose_store(self.store_path)
            listed = _first_reads(self._store)
        except PlannerError as exc:
            self._failed.emit(str(exc))
        except BaseException as exc:  # a bug: raised again by main() on the GUI thread
            self._crash = exc
            self._failed.emit("")
        else:
            self._opened.emit(self._store, notes, listed)

    def finish(self) -> None:
        """The event loop ended: wait for the worker, close the store (also one opened after
        the user closed the frame)."""
        self.wait()
        if self.window is not None:
            self.window.store.close()  # the one open now: the user may have switched
        elif self._store is not None:
            self._store.close()

    def exit_code(self, code: int) -> int:
        if self._crash is not None:
            raise self._crash
        return self._code if self._code is not None else code

    def _show_window(
        self, store: Store, notes: list[str], listed: list[TripSummary] | None
    ) -> None:
        from ui.main_window import MainWindow  # noqa: PLC0415 - imported by the worker

        if not self.frame.isVisible():
            return  # the user closed the frame meanwhile; finish() closes the store
        self.window = MainWindow(store, open_later=True, trips_read=listed)
        self.window.show_notes(notes)
        self.window.trip_shown.connect(self.frame.announce_trip_shown)
        self.frame.hand_over(self.window)

    def _refuse(self, message: str) -> None:
        if self._crash is None:
            QMessageBox.critical(self.frame, "Delegation Planner", message)
        self._code = EXIT_REFUSED
        QApplication.exit(EXIT_REFUSED)


def choose_store(store_path: str | None) -> tuple[Store, list[str]]:
    """Open the store named (a file or a ``postgresql://`` URL), else the one open when the
    app was last closed, else the default store; with what the status bar should say.

    A default store that did not exist yet gets the bundled sample trip, so that a newcomer
    sees a real trip at once; a store the user named or created is left as it is. A shared
    store that was open last time but cannot be reached now is not an error: the default
    store opens, and the status bar says why. Any thread (``main`` calls it on a worker).
    """
    from planner import paths, store  # noqa: PLC0415 - SQLAlchemy, platformdirs: on the worker

    if store_path and store.is_url(store_path) and store.has_password(store_path):
        raise PlannerError(locations.PASSWORD_REFUSED)
    chosen = store_path
    notes: list[str] = []
    st = None
    if chosen is None and not os.environ.get(paths.STORE_ENV):
        last = Settings().last_store()
        if last is not None and store.is_url(last):
            try:
                st = store.open_store(last, create=False)
                chosen = last
            except PlannerError as exc:
                notes.append(str(exc))
        elif last is not None and Path(last).exists():
            chosen = last
    if st is None:
        st = store.open_store(chosen)
    if st.opened.created and chosen is None:
        from planner import sample  # noqa: PLC0415 - the trip-file reader is needed only this once

        sample.load_sample_trip(st)
    return st, [*notes, *st.opened.warnings]


def _first_reads(st: Store) -> list[TripSummary] | None:
    """Make the window's first reads once, here: SQLAlchemy compiles each statement on first
    use, and the engine's cache of compiled statements serves every thread after. The rows
    read are the trips the window lists first (None when the store could not be read: the
    window's own read then says what failed). What the window reads until the trip is shown
    names tables, not mapped classes, so the ORM's mappers are configured only when something
    is edited (``tests/ui/test_start_frame.py``)."""
    from sqlalchemy.exc import SQLAlchemyError  # noqa: PLC0415 - on the worker

    from planner import history, trips  # noqa: PLC0415

    try:
        with st.reading() as session:
            history.cursor_at_end(session)
            return trips.list_trips(session)
    except SQLAlchemyError:
        return None  # the window's own reads say what failed, as they would have
