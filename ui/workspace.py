"""The open store, the open trip and the undo stack: the document the window edits.

Views read through short sessions and listen to :attr:`Workspace.changed`; edits go through
:meth:`Workspace.push` as undoable commands. Keeping this apart from the main window lets tests
and later views (schedule grid, problems panel) share one notion of "the open trip".
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner import editing
from planner.errors import PlannerError
from planner.records import TripContext
from planner.store import Store
from ui.commands import StoreCommand


class Workspace(QObject):
    changed = Signal(str)
    """The store changed (an edit, an undo or a redo): views reload what they show. The
    argument is the UUID of the trip the change concerned ('' when none)."""
    trip_opened = Signal(str)
    """Another trip became the open trip ('' when none)."""
    error = Signal(str)
    """An edit could not be made; the message names the reason."""

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self.trip_uuid: str | None = None

    def open_trip(self, uuid: str | None) -> None:
        if uuid == self.trip_uuid:
            return
        self.trip_uuid = uuid
        self.trip_opened.emit(uuid or "")

    def context(self) -> TripContext | None:
        """The open trip's stops, people and organizations for an editor, read now."""
        if self.trip_uuid is None:
            return None
        with self.store.session() as session:
            try:
                return editing.trip_context(session, self.trip_uuid)
            except PlannerError:
                return None

    def push(self, command: StoreCommand) -> bool:
        """Run ``command`` and keep it for undo; False (and ``error`` emitted) if it failed."""
        self.undo_stack.push(command)
        return command.error is None

    def report_error(self, exc: PlannerError) -> None:
        self.error.emit(str(exc))

    def notify_changed(self, trip_uuid: str | None = None) -> None:
        self.changed.emit(trip_uuid or "")
