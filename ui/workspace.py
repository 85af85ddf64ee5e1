"""The open store, the open trip and the undo stack: the document the window edits.

Views read through short sessions and listen to :attr:`Workspace.changed`; edits go through
:meth:`Workspace.push` as undoable commands. Keeping this apart from the main window lets tests
and later views (schedule grid, problems panel) share one notion of "the open trip".

Colleagues editing the same store: the workspace reads the change log (an index lookup
through a :class:`planner.history.Cursor`, which also asks again for ids that a slower
transaction had taken but not yet committed) on a worker thread and, when someone else's
change arrived, says so (:attr:`remote_changed`) and fires :attr:`changed`. On PostgreSQL it
reads as soon as the server announces a commit (:class:`ui.live_changes.ChangeListener`,
LISTEN/NOTIFY) and polls every :data:`FALLBACK_INTERVAL_MS` besides; without a listener (SQLite,
or while the listener cannot connect) it polls every second.

When the store cannot be reached the poll (or a command that failed for that reason,
:meth:`lost_store`) says so once (:attr:`reachable`) and goes on trying, which is how the window
learns that it is back. An edit made in an editor is kept meanwhile (:meth:`edit`).

Every slot that reads the store is marked :func:`reads_store`: a server that went away then
costs the user a line in the status bar (:attr:`read_refused`), not a traceback and a dead
click, and the views are read again once a poll reaches the store.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from planner import history
from planner.conflicts import Conflict
from planner.errors import PlannerError
from planner.records import TripContext
from planner.store import Store
from planner.trip_context import trip_context
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store_failures import StoreUnreachable, database_errors, store_failure

if TYPE_CHECKING:
    from ui.commands import StoreCommand  # the commands import the editing core: not at start

POLL_INTERVAL_MS = 1000
FALLBACK_INTERVAL_MS = 5000
"""The poll while the server announces changes itself: for a notification that got lost."""
READ_REFUSED = QT_TRANSLATE_NOOP(
    "MainWindow", "The store cannot be reached; try again when the status bar says it is back."
)
"""What a click that needed the store says when it cannot be reached (one message for all)."""

F = TypeVar("F", bound=Callable[..., Any])


def reads_store(method: F) -> F:
    """Mark a method of an object with a ``workspace`` that reads the store (a slot, an
    action): when the store cannot be reached (or another program holds it) the method ends
    there, the workspace says so (:meth:`Workspace.read_failed`) and the window stays as it
    was. Any other error is still raised: it is a bug, not the network."""

    @functools.wraps(method)
    def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except database_errors() as exc:
            if not self.workspace.read_failed(exc):
                raise
            return None

    return cast(F, guarded)


class Workspace(QObject):
    changed = Signal(str)
    """The store changed (an edit, an undo or a redo): views reload what they show. The
    argument is the UUID of the trip the change concerned ('' when none)."""
    trip_opened = Signal(str)
    """Another trip became the open trip ('' when none)."""
    error = Signal(str)
    """An edit could not be made; the message names the reason."""
    remote_changed = Signal(list)
    """Changes someone else made to the store (a list of :class:`planner.history.Change`),
    just before :attr:`changed` fires for them."""
    reachable = Signal(bool)
    """The store could (True) or could not (False) be reached, when that changes."""
    read_refused = Signal(str)
    """Something the user asked for could not be read from the store; the message says why
    (for the status bar: it blocks nothing)."""
    _polled = Signal(object, object, object)
    """A poll on the worker thread ended: (store, changes found or None, error or None)."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.trip_uuid: str | None = None
        self.conflict_resolver: Callable[[Conflict], Any] | None = None
        """Asks the user how to settle a conflict (the window's dialog); None: nobody asks."""
        self.recreate_asker: Callable[[str, str], bool] | None = None
        """Asks whether to save what was typed as a new object, after the message (and the
        kind) saying the edited one was deleted; None: nobody asks."""
        self.read_only_reason: str | None = None
        """Why the store may not be changed (a viewer's role, a read-only file), or None."""
        self._cursor: history.Cursor | None = None
        self._reachable = True
        self._resolving = False
        self._context: TripContext | None = None
        self._context_fresh = False
        self.changed.connect(self._forget_context)  # first, before the views reload
        self._cursor_lock = threading.Lock()
        self._polling = False
        self._poll_again = False
        self._listener: Any = None
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._polled.connect(self._take_poll)
        self.watcher = QTimer(self)
        self.watcher.setInterval(POLL_INTERVAL_MS)
        self.watcher.timeout.connect(self.poll_in_background)
        self.store = store

    @property
    def store(self) -> Store:
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        """Open another store: changes from before now are not news."""
        self.stop_listening()
        self._pool.waitForDone()  # a poll of the old store ends before it is closed
        self._store = store
        self._forget_context()
        self._cursor = None
        self._reachable = True
        try:
            with store.reading() as session:
                self._cursor = history.cursor_at_end(session)
        except SQLAlchemyError:  # the first poll that reaches the store starts from its end
            self._reachable = False
        self.watcher.setInterval(POLL_INTERVAL_MS)
        self.watcher.start()
        if store.engine_name == "postgresql":
            from ui.live_changes import ChangeListener  # noqa: PLC0415 - PostgreSQL only

            listener = ChangeListener(store.engine.url, history.origin(store.engine), self)
            listener.notified.connect(self.poll_in_background)
            listener.listening.connect(lambda up, heard=listener: self._on_listening(heard, up))
            listener.start()
            self._listener = listener

    @property
    def listening(self) -> bool:
        """Whether the server announces colleagues' changes to this workspace now."""
        return self.watcher.interval() == FALLBACK_INTERVAL_MS

    def _on_listening(self, listener: Any, listening: bool) -> None:
        """Poll less while the server announces changes, every second when it does not; and
        read now either way: what was missed while not listening, or whether the store went.
        (A listener stopped since is not heard: its last words may arrive after.)"""
        if listener is not self._listener:
            return
        self.watcher.setInterval(FALLBACK_INTERVAL_MS if listening else POLL_INTERVAL_MS)
        self.poll_in_background()

    def stop_listening(self) -> None:
        """Stop listening (the poll goes on alone): a store switch, the window closing, or
        a benchmark of the poll."""
        if self._listener is not None:
            self._listener.stop()
            self._listener.deleteLater()
            self._listener = None
        self.watcher.setInterval(POLL_INTERVAL_MS)

    def open_trip(self, uuid: str | None) -> None:
        if uuid == self.trip_uuid:
            return
        self.trip_uuid = uuid
        self._forget_context()
        self.trip_opened.emit(uuid or "")

    def context(self) -> TripContext | None:
        """The open trip's stops, people and organizations for an editor, as of the last
        change: read when first asked for after a trip opened or the store changed, not on
        every selection (the clock, the actions and each editor ask for it)."""
        if self.trip_uuid is None:
            return None
        known = self._context
        if self._context_fresh and known is not None and known.trip_uuid == self.trip_uuid:
            return known
        try:
            with self.store.reading() as session:
                self._context = trip_context(session, self.trip_uuid)
            self._context_fresh = True
        except PlannerError:
            return None
        except SQLAlchemyError:
            # The store cannot be reached: an editor still opens with what was read last.
            known = self._context
            return known if known is not None and known.trip_uuid == self.trip_uuid else None
        return self._context

    def _forget_context(self, _trip_uuid: str = "") -> None:
        """The store changed: the next :meth:`context` reads the trip again (what was read
        stays for an editor opened while the store cannot be reached)."""
        self._context_fresh = False

    @property
    def is_reachable(self) -> bool:
        """Whether the store answered the last time it was asked."""
        return self._reachable

    def lost_store(self) -> None:
        """A command found the store unreachable: say so now, not at the next poll (which
        then says when it is back)."""
        if self._reachable:
            self._reachable = False
            self.reachable.emit(False)

    def read_failed(self, exc: BaseException) -> bool:
        """A read failed with ``exc``: when the store itself failed (unreachable, busy), say
        so and return True; False for anything else (which the caller raises)."""
        failure = store_failure(exc)
        if failure is None:
            return False
        if isinstance(failure, StoreUnreachable):
            self.lost_store()
            self.read_refused.emit(QCoreApplication.translate("MainWindow", READ_REFUSED))
        else:
            self.read_refused.emit(str(failure))
        return True

    def stop(self) -> None:
        """Stop polling and listening, and wait for a poll under way (the window closes)."""
        self.watcher.stop()
        self.stop_listening()
        self._pool.waitForDone()

    def edit(
        self,
        ask: Callable[[Any], Any],
        make: Callable[[Any], StoreCommand | None],
        record: Any,
    ) -> StoreCommand | None:
        """Ask for a record with an editor (``ask(record)``), push the command ``make`` builds
        of it, and return that command when it was saved (None: cancelled, unchanged or not
        saved). When the store could not be reached the editor opens again with what the user
        typed, so that they can save it once the store is back (:attr:`reachable`) or
        cancel."""
        while True:
            typed = ask(record)
            if typed is None:
                return None
            command = make(typed)
            if command is None:
                return None
            if self.push(command):
                return command
            if not isinstance(command.error, StoreUnreachable):
                return None
            record = typed

    def push(self, command: StoreCommand) -> bool:
        """Run ``command`` and keep it for undo; False (and ``error`` emitted) if it failed or
        the store is read-only."""
        if self.read_only_reason is not None:
            self.error.emit(
                QCoreApplication.translate("Workspace", "This store is read-only: {reason}").format(
                    reason=self.read_only_reason
                )
            )
            return False
        self.undo_stack.push(command)
        if command.follow_up is not None:  # what was typed, saved as new: its own undo step
            follow_up, command.follow_up = command.follow_up, None
            return self.push(follow_up)
        return command.error is None

    def report_error(self, exc: PlannerError) -> None:
        self.error.emit(str(exc))

    def notify_changed(self, trip_uuid: str | None = None) -> None:
        self.changed.emit(trip_uuid or "")

    def resolve_conflict(self, conflict: Conflict) -> Any:
        """The record the user wants saved after ``conflict``, or None (not saved). The poll
        waits meanwhile, so views do not reload under the open dialog."""
        if self.conflict_resolver is None:
            return None
        self._resolving = True
        try:
            return self.conflict_resolver(conflict)
        finally:
            self._resolving = False

    def poll(self) -> list[history.Change]:
        """Look for colleagues' changes now, on this thread; the ones found (also announced by
        signals)."""
        if self._resolving:
            return []
        try:
            found = self._read_log(self.store)
        except SQLAlchemyError as exc:
            self._announce(None, exc)
            return []
        self._announce(found, None)
        return found

    def poll_in_background(self) -> None:
        """Look for colleagues' changes on a worker thread, so that a server that does not
        answer costs the window nothing while it waits (up to the connect timeout); the result
        is announced on the GUI thread. One poll at a time; one asked for meanwhile (a second
        notification) runs when it ends, since the first may have read before that commit."""
        if self._resolving:
            return
        if self._polling:
            self._poll_again = True
            return
        self._polling = True
        self._poll_again = False
        st = self.store

        def work() -> None:
            try:
                found = self._read_log(st)
            except Exception as exc:  # handed to the GUI thread, which decides
                self._polled.emit(st, None, exc)
            else:
                self._polled.emit(st, found, None)

        self._pool.start(work)

    def _take_poll(self, st: Store, found: list[history.Change] | None, exc: Any) -> None:
        self._polling = False
        if st is not self.store or self._resolving:
            return  # another store was opened meanwhile, or a dialog is asking
        if exc is not None and not isinstance(exc, SQLAlchemyError):
            raise exc
        self._announce(found, exc)
        if self._poll_again:
            self.poll_in_background()

    def _read_log(self, st: Store) -> list[history.Change]:
        """The colleagues' changes since the cursor (any thread; one reader at a time)."""
        with self._cursor_lock, st.reading() as session:
            if self._cursor is None:
                self._cursor = history.cursor_at_end(session)
            return history.poll(session, self._cursor, exclude_origin=history.origin(st.engine))

    def _announce(self, found: list[history.Change] | None, exc: BaseException | None) -> None:
        if exc is not None:
            if self._reachable:
                self._reachable = False
                self.reachable.emit(False)
            return
        if not self._reachable:
            self._reachable = True
            self.reachable.emit(True)
        if found:
            self.remote_changed.emit(found)
            self.changed.emit("")
