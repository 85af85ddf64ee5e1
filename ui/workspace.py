"""The open store, the open trip and the undo stack: the document the window edits.

Views read through short sessions and listen to :attr:`Workspace.changed`; edits go through
:meth:`Workspace.push` as undoable commands. Keeping this apart from the main window lets tests
and later views (schedule grid, problems panel) share one notion of "the open trip".

Colleagues editing the same store: the workspace polls the change log every second (an index
lookup through a :class:`planner.history.Cursor`, which also asks again for ids that a slower
transaction had taken but not yet committed) and, when someone else's change arrived, says so
(:attr:`remote_changed`) and fires :attr:`changed`, so an open window shows it within two
seconds. When the store cannot be reached the poll (or a command that failed for that reason,
:meth:`lost_store`) says so once (:attr:`reachable`) and goes on trying, which is how the window
learns that it is back. An edit made in an editor is kept meanwhile (:meth:`edit`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from sqlalchemy.exc import SQLAlchemyError

from planner import editing, history
from planner.conflicts import Conflict
from planner.errors import PlannerError
from planner.records import TripContext
from planner.store import Store
from ui.commands import StoreCommand, StoreUnreachable

POLL_INTERVAL_MS = 1000


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

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.trip_uuid: str | None = None
        self.conflict_resolver: Callable[[Conflict], Any] | None = None
        """Asks the user how to settle a conflict (the window's dialog); None: nobody asks."""
        self.read_only_reason: str | None = None
        """Why the store may not be changed (a viewer's role, a read-only file), or None."""
        self._cursor: history.Cursor | None = None
        self._reachable = True
        self._resolving = False
        self._context: TripContext | None = None
        self.watcher = QTimer(self)
        self.watcher.setInterval(POLL_INTERVAL_MS)
        self.watcher.timeout.connect(self.poll)
        self.store = store

    @property
    def store(self) -> Store:
        return self._store

    @store.setter
    def store(self, store: Store) -> None:
        """Open another store: changes from before now are not news."""
        self._store = store
        self._cursor = None
        self._reachable = True
        try:
            with store.session() as session:
                self._cursor = history.cursor_at_end(session)
        except SQLAlchemyError:  # the first poll that reaches the store starts from its end
            self._reachable = False
        self.watcher.start()

    def open_trip(self, uuid: str | None) -> None:
        if uuid == self.trip_uuid:
            return
        self.trip_uuid = uuid
        self.trip_opened.emit(uuid or "")

    def context(self) -> TripContext | None:
        """The open trip's stops, people and organizations for an editor, read now."""
        if self.trip_uuid is None:
            return None
        try:
            with self.store.session() as session:
                self._context = editing.trip_context(session, self.trip_uuid)
        except PlannerError:
            return None
        except SQLAlchemyError:
            # The store cannot be reached: an editor still opens with what was read last.
            known = self._context
            return known if known is not None and known.trip_uuid == self.trip_uuid else None
        return self._context

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
        """Look for colleagues' changes now; the ones found (also announced by signals)."""
        if self._resolving:
            return []
        try:
            with self.store.session() as session:
                if self._cursor is None:
                    self._cursor = history.cursor_at_end(session)
                found = history.poll(
                    session, self._cursor, exclude_origin=history.origin(self.store.engine)
                )
        except SQLAlchemyError:
            if self._reachable:
                self._reachable = False
                self.reachable.emit(False)
            return []
        if not self._reachable:
            self._reachable = True
            self.reachable.emit(True)
        if found:
            self.remote_changed.emit(found)
            self.changed.emit("")
        return found
