"""Undoable commands: every edit in the window goes through one of these.

Each command does its work in its own store transaction through :mod:`planner.editing`, so an
edit reaches the store at once (there is no Save) and undo is "apply what was there before".
A command whose first run fails marks itself obsolete, which tells ``QUndoStack.push`` to drop
it instead of stacking an edit that never happened; :class:`~ui.workspace.Workspace` then shows
the error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from planner import editing, model, records, snapshots
from planner.errors import PlannerError
from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ui.workspace import Workspace

LABEL_LENGTH = 40


def short(label: str) -> str:
    """A label short enough for a menu entry ("Undo Move 'Commerzbank: financing …'")."""
    label = " ".join(label.split())
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + " …"


# The kinds as undo entries name them ("Undo Add Meeting 'Talks …'"), for lupdate to find.
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("RecordKind", "Trip"),
    QT_TRANSLATE_NOOP("RecordKind", "Stop"),
    QT_TRANSLATE_NOOP("RecordKind", "Transfer"),
    QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
    QT_TRANSLATE_NOOP("RecordKind", "Person"),
    QT_TRANSLATE_NOOP("RecordKind", "Organization"),
)


def kind_name(record_type: type[Any]) -> str:
    return QCoreApplication.translate("RecordKind", editing.KIND_NAMES[record_type])


class StoreCommand(QUndoCommand):
    """A command that runs its steps in store transactions and reports failures."""

    def __init__(self, workspace: Workspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.trip_uuid = workspace.trip_uuid
        """The trip the command concerns: the window shows it after a redo or an undo."""
        self.error: PlannerError | None = None
        self._done_once = False

    def _run(self, step: Callable[[Session], None]) -> None:
        try:
            with self.workspace.store.transaction() as session:
                step(session)
        except PlannerError as exc:
            self.error = exc
            if not self._done_once:
                self.setObsolete(True)
            self.workspace.report_error(exc)
        self.workspace.notify_changed(self.trip_uuid)

    def redo(self) -> None:
        self._run(self.forward if not self._done_once else self.again)
        self._done_once = True

    def undo(self) -> None:
        self._run(self.backward)

    def forward(self, session: Session) -> None:
        raise NotImplementedError

    def again(self, session: Session) -> None:
        self.forward(session)

    def backward(self, session: Session) -> None:
        raise NotImplementedError


class CreateCommand(StoreCommand):
    """Add a stop, transfer, meeting, person, organization or trip; undo deletes it exactly."""

    def __init__(self, workspace: Workspace, trip_uuid: str | None, record: records.Record) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Add {kind} '{label}'").format(
                kind=kind_name(type(record)), label=short(record.label)
            ),
        )
        self.parent_uuid, self.record = trip_uuid, record
        self.uuid: str | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.uuid = editing.create(session, self.parent_uuid, self.record)
        if isinstance(self.record, records.TripRecord):
            self.trip_uuid = self.uuid

    def again(self, session: Session) -> None:
        assert self.snapshot is not None
        editing.put_back(session, self.snapshot)

    def backward(self, session: Session) -> None:
        assert self.uuid is not None
        self.snapshot = editing.remove(session, type(self.record), self.uuid)


class EditCommand(StoreCommand):
    """Change an object from one record to another; "Move" when only its times changed."""

    def __init__(
        self,
        workspace: Workspace,
        uuid: str,
        before: records.Record,
        after: records.Record,
        verb: str | None = None,
    ) -> None:
        changed = set(records.changed_fields(before, after))
        if verb is None:
            verb = (
                QCoreApplication.translate("Commands", "Move")
                if changed and changed <= {"start", "end", "stop", "arrive", "depart"}
                else QCoreApplication.translate("Commands", "Edit")
            )
        super().__init__(workspace, f"{verb} '{short(after.label)}'")
        self.uuid, self.before, self.after = uuid, before, after

    def forward(self, session: Session) -> None:
        editing.update(session, self.uuid, self.after)

    def backward(self, session: Session) -> None:
        editing.update(session, self.uuid, self.before)


class DeleteCommand(StoreCommand):
    """Delete an object with all that depends on it; undo puts every row back."""

    def __init__(self, workspace: Workspace, record_type: type[Any], uuid: str, label: str) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Delete {kind} '{label}'").format(
                kind=kind_name(record_type), label=short(label)
            ),
        )
        self.record_type, self.uuid = record_type, uuid
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.snapshot = editing.remove(session, self.record_type, self.uuid)

    def backward(self, session: Session) -> None:
        assert self.snapshot is not None
        editing.put_back(session, self.snapshot)


class AddTripCommand(StoreCommand):
    """A trip made by a function (import, duplicate); undo deletes it, redo puts it back."""

    def __init__(self, workspace: Workspace, text: str, make: Callable[[Session], str]) -> None:
        super().__init__(workspace, text)
        self.make = make
        self.uuid: str | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.uuid = self.trip_uuid = self.make(session)

    def again(self, session: Session) -> None:
        assert self.snapshot is not None
        editing.put_back(session, self.snapshot)

    def backward(self, session: Session) -> None:
        assert self.uuid is not None
        self.snapshot = editing.remove(session, records.TripRecord, self.uuid)


class TripChangeCommand(StoreCommand):
    """A change to one trip made by a function (such as a calendar import). Undo puts the
    whole trip back as it was and redo as it became, from snapshots of its rows."""

    def __init__(
        self, workspace: Workspace, trip_uuid: str, text: str, change: Callable[[Session], None]
    ) -> None:
        super().__init__(workspace, text)
        self.trip_uuid, self.change = trip_uuid, change
        self.before: snapshots.Snapshot | None = None
        self.after: snapshots.Snapshot | None = None

    def _trip_snapshot(self, session: Session) -> snapshots.Snapshot:
        session.flush()
        trip = editing.get(session, model.Trip, self.trip_uuid or "")
        return snapshots.capture(session, "trip", [trip.id])

    def _become(self, session: Session, snapshot: snapshots.Snapshot | None) -> None:
        assert snapshot is not None and self.trip_uuid is not None
        editing.remove(session, records.TripRecord, self.trip_uuid)
        editing.put_back(session, snapshot)

    def forward(self, session: Session) -> None:
        self.before = self._trip_snapshot(session)
        self.change(session)
        self.after = self._trip_snapshot(session)

    def again(self, session: Session) -> None:
        self._become(session, self.after)

    def backward(self, session: Session) -> None:
        self._become(session, self.before)


class MergeCommand(StoreCommand):
    """Merge two people or two organizations of the directory (their meetings follow the one
    kept); undo puts both back exactly, links and all (:mod:`planner.directory.merging`)."""

    def __init__(
        self, workspace: Workspace, *, people: bool, keep: str, drop: str, label: str
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Merge into '{label}'").format(
                label=short(label)
            ),
        )
        self.people, self.keep, self.drop = people, keep, drop
        self.merged: Any = None

    def forward(self, session: Session) -> None:
        from planner.directory import merging  # noqa: PLC0415 - the directory loads on first use

        merge = merging.merge_people if self.people else merging.merge_organizations
        self.merged = merge(session, self.keep, self.drop)

    def backward(self, session: Session) -> None:
        from planner.directory import merging  # noqa: PLC0415

        assert self.merged is not None
        merging.unmerge(session, self.merged)


class ImportContactsCommand(StoreCommand):
    """A file of contacts added to the directory as one step; undo takes every person and
    organization it added away and gives the people it merged into their fields back.

    ``applied``: the result of applying the plan already (off the GUI thread, for a long
    file); the first run then only records it. Redo applies the plan again, and the plan's
    UUIDs give the people the same identity as before.
    """

    def __init__(
        self, workspace: Workspace, plan: Any, *, merge: bool, applied: Any = None
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Import '{file}'").format(
                file=short(plan.source)
            ),
        )
        self.plan, self.merge = plan, merge
        self.result: Any = applied

    def forward(self, session: Session) -> None:
        from planner.directory import importing  # noqa: PLC0415

        if self.result is None:
            self.result = importing.apply_import(session, self.plan, merge=self.merge)

    def again(self, session: Session) -> None:
        from planner.directory import importing  # noqa: PLC0415

        self.result = importing.apply_import(session, self.plan, merge=self.merge)

    def backward(self, session: Session) -> None:
        from planner.directory import importing  # noqa: PLC0415

        assert self.result is not None
        importing.undo_import(session, self.result)
