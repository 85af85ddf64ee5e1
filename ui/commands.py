"""Undoable commands: every edit in the window goes through one of these.

Each command does its work in its own store transaction through the record kind's editor
(:mod:`planner.editing.registry`), so one Create, Edit and Delete serve every kind; an edit
reaches the store at once (there is no Save) and undo is "apply what was there before".
A command whose first run fails marks itself obsolete, which tells ``QUndoStack.push`` to drop
it instead of stacking an edit that never happened; :class:`~ui.workspace.Workspace` then shows
the error.

A store that cannot be reached (the server stopped, the network went) or that another program
kept locked fails the transaction as a whole, so nothing of the step is saved; the command says
so in words (:mod:`ui.store_failures`), leaves the stack, and an editor
that made the edit can open again with what the user typed (:meth:`Workspace.edit`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlalchemy.orm import Session

from planner import conflicts, editing, model, records, snapshots, store
from planner.conflicts import ChangedMeanwhile, Conflict, Gone
from planner.editing.registry import Editor, editor_for
from planner.errors import NotFound, PlannerError
from planner.protocol import DELEGATION, ranking
from planner.protocol import editing as protocol
from ui.command_workspace import CommandWorkspace
from ui.field_names import field_name
from ui.i18n import QT_TRANSLATE_NOOP
from ui.store_failures import (
    SaveInDoubt,
    StoreUnreachable,
    database_errors,
    store_failure,
)
from ui.views.history import KINDS

LABEL_LENGTH = 40


def short(label: str) -> str:
    """A label short enough for a menu entry ("Undo Move 'Commerzbank: financing …'")."""
    label = " ".join(label.split())
    return label if len(label) <= LABEL_LENGTH else label[: LABEL_LENGTH - 1].rstrip() + " …"


# The kinds as undo entries name them ("Undo Add Meeting 'Talks …'"), for lupdate to find;
# the words themselves are the registry's (planner.editing.registry.EDITORS).
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("RecordKind", "Trip"),
    QT_TRANSLATE_NOOP("RecordKind", "Stop"),
    QT_TRANSLATE_NOOP("RecordKind", "Transfer"),
    QT_TRANSLATE_NOOP("RecordKind", "Meeting"),
    QT_TRANSLATE_NOOP("RecordKind", "Person"),
    QT_TRANSLATE_NOOP("RecordKind", "Organization"),
    QT_TRANSLATE_NOOP("RecordKind", "Agreement"),
    QT_TRANSLATE_NOOP("RecordKind", "Follow-up"),
    QT_TRANSLATE_NOOP("RecordKind", "Gift"),
    QT_TRANSLATE_NOOP("RecordKind", "Branch Venue"),
)


def kind_name(record_type: type[Any]) -> str:
    """The kind of a record as the window names it, in the interface's language."""
    return QCoreApplication.translate("RecordKind", editor_for(record_type).kind)


def _in_a_meeting(editor: Editor) -> bool:
    """An entry of a meeting (a register's, a branch venue) is named with its kind in undo
    entries ("Edit Gift 'Vase'"): the window does not show its meeting beside the menu."""
    return editor.parent == "meeting"


class SideChanged(PlannerError):
    """A colleague changed the ranks of the side a reorder (or its undo) was made against;
    nothing was written (:class:`RankCommand`)."""

    def __init__(self, *, undo: bool = False) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Commands",
                "The ranks of this side were changed by someone else; undoing would overwrite "
                "them, so nothing was changed. The list shows them now.",
            )
            if undo
            else QCoreApplication.translate(
                "Commands",
                "The ranks of this side were changed by someone else; the list shows them "
                "now — drag again.",
            )
        )


def changed_meanwhile_text(exc: ChangedMeanwhile, *, merge: bool = False) -> str:
    """A refused delete or merge in the interface's words: who changed what, and that
    nothing was written."""
    touched = exc.touched[0]
    kind = KINDS.get(touched.table)
    what = QCoreApplication.translate("History", "{kind} '{label}'").format(
        kind=QCoreApplication.translate("RecordKind", kind) if kind else touched.table,
        label=touched.label or touched.uuid,
    )
    who = touched.who or QCoreApplication.translate("Commands", "Someone else")
    if touched.action == "create":
        text = QCoreApplication.translate("Commands", "{who} added {what}")
    elif touched.action == "delete":
        text = QCoreApplication.translate("Commands", "{who} deleted {what}")
    else:
        text = QCoreApplication.translate("Commands", "{who} changed {what}")
    text = text.format(who=who, what=what)
    if touched.fields:
        text = QCoreApplication.translate("Commands", "{change} ({fields})").format(
            change=text,
            fields=QCoreApplication.translate("Commands", ", ").join(
                field_name(f) for f in touched.fields
            ),
        )
    more = len(exc.touched) - 1
    if more == 1:
        text = QCoreApplication.translate("Commands", "{change} and one more change").format(
            change=text
        )
    elif more > 1:
        text = QCoreApplication.translate("Commands", "{change} and {count} more changes").format(
            change=text, count=more
        )
    if merge:
        whole = QCoreApplication.translate(
            "Commands",
            "{change}, after you chose to merge '{label}'. Nothing was merged; the directory "
            "shows the entries as they are now.",
        )
    else:
        whole = QCoreApplication.translate(
            "Commands",
            "{change}, after you chose to delete '{label}'. Nothing was deleted; the window "
            "shows it as it is now.",
        )
    return whole.format(change=text, label=short(exc.label))


class StoreCommand(QUndoCommand):
    """A command that runs its steps in store transactions and reports failures."""

    merges = False
    """A merge says "Nothing was merged" where a refused delete says "Nothing was deleted"."""

    def __init__(self, workspace: CommandWorkspace, text: str) -> None:
        super().__init__(text)
        self.workspace = workspace
        self.trip_uuid = workspace.trip_uuid
        """The trip the command concerns: the window shows it after a redo or an undo."""
        self.error: PlannerError | None = None
        self.follow_up: StoreCommand | None = None
        """A command to push after this one failed (the user chose "Save as New")."""
        self._done_once = False

    def _run(self, step: Callable[[Session], None]) -> None:
        try:
            with self.workspace.store.transaction() as session:
                step(session)
        except ChangedMeanwhile as changed:
            exc = PlannerError(changed_meanwhile_text(changed, merge=self.merges))
            self.error = exc
            self.setObsolete(True)
            self.workspace.report_error(exc)
        except store.CommitInDoubt:
            self._in_doubt()
            return
        except PlannerError as exc:
            self.error = exc
            if not self._done_once:
                self.setObsolete(True)
            self.workspace.report_error(exc)
        except database_errors() as exc:
            if not self._store_failed(exc):
                raise
            return  # nothing changed, and views cannot read the store now
        self.workspace.notify_changed(self.trip_uuid)

    def _store_failed(self, exc: BaseException) -> bool:
        """Report a transaction the store failed as a whole (False: not such a failure). The
        command leaves the stack: a step that never happened is not to be undone, and one
        whose undo or redo did not happen no longer matches the store."""
        failure = store_failure(exc)
        if failure is None:
            return False
        self.error = failure
        self.setObsolete(True)
        if isinstance(failure, StoreUnreachable):
            self.workspace.lost_store()
        self.workspace.report_error(failure)
        return True

    def _in_doubt(self) -> None:
        """A COMMIT whose outcome nobody knows: said in the interface's language, the store
        counts as lost like any broken connection (the poll says when it is back), and the
        command leaves the stack, since the store may match either side of it."""
        self.error = SaveInDoubt()
        self.setObsolete(True)
        self.workspace.lost_store()
        self.workspace.report_error(self.error)

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
    """Add a record of any kind under its parent (the trip, the meeting; see
    :attr:`~planner.editing.registry.Editor.parent`); undo deletes it exactly, redo puts it
    back with the same UUID."""

    def __init__(self, workspace: CommandWorkspace, parent_uuid: str | None, record: Any) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Add {kind} '{label}'").format(
                kind=kind_name(type(record)), label=short(record.label)
            ),
        )
        self.editor = editor_for(type(record))
        if self.editor.crosses_trips:
            self.trip_uuid = None
        self.parent_uuid, self.record = parent_uuid, record
        self.uuid: str | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.uuid = self.editor.create(session, self.parent_uuid, self.record)
        if isinstance(self.record, records.TripRecord):
            self.trip_uuid = self.uuid

    def again(self, session: Session) -> None:
        assert self.snapshot is not None
        self.editor.restore(session, self.snapshot)

    def backward(self, session: Session) -> None:
        assert self.uuid is not None
        self.snapshot = self.editor.remove(session, self.uuid)


class EditCommand(StoreCommand):
    """Change an object of any kind from one record to another; "Move" when only its times
    changed.

    ``version`` is the version the editor read the object at. Each step saves against the
    version the object had after this command's last step, so a colleague's change in between
    is never overwritten unseen: the workspace asks the user (the conflict dialog) and the
    command keeps what it finally wrote. After a conflict on a step, the state it left is the
    colleague's version and the state it reached is the user's choice, so undo and redo go
    between what really was and what really is.
    """

    def __init__(
        self,
        workspace: CommandWorkspace,
        uuid: str,
        before: Any,
        after: Any,
        *,
        version: int | None = None,
    ) -> None:
        editor = editor_for(type(after))
        changed = set(records.changed_fields(before, after))
        if _in_a_meeting(editor):
            text = QCoreApplication.translate("Commands", "Edit {kind} '{label}'").format(
                kind=kind_name(type(after)), label=short(after.label)
            )
        else:
            verb = (
                QCoreApplication.translate("Commands", "Move")
                if changed and changed <= {"start", "end", "stop", "arrive", "depart"}
                else QCoreApplication.translate("Commands", "Edit")
            )
            text = f"{verb} '{short(after.label)}'"
        super().__init__(workspace, text)
        self.editor = editor
        if editor.crosses_trips:
            self.trip_uuid = None
        self.uuid, self.before, self.after = uuid, before, after
        self.version = version
        """The object's version when the next step starts (None: not checked)."""

    def redo(self) -> None:
        self._step(forward=True)
        self._done_once = True

    def undo(self) -> None:
        self._step(forward=False)

    def _step(self, *, forward: bool) -> None:
        target, base = (self.after, self.before) if forward else (self.before, self.after)
        try:
            reached = self._save(target, base, first=not self._done_once)
        except database_errors() as exc:
            if not self._store_failed(exc):
                raise
            return
        except store.CommitInDoubt:
            self._in_doubt()
            return
        except Gone as gone:
            self._gone(gone)
        except PlannerError as exc:
            self.error = exc
            # An edit that was not saved, or that cannot be undone or redone any more (the
            # object is gone, or the user kept the colleague's change), leaves the stack.
            self.setObsolete(True)
            self.workspace.report_error(exc)
        else:
            self.error = None
            if reached is not None:
                left, chosen = reached
                if forward:
                    self.before, self.after = left, chosen
                else:
                    self.after, self.before = left, chosen
                if self.before == self.after:
                    self.setObsolete(True)  # nothing of the user's change is left
        self.workspace.notify_changed(self.trip_uuid)

    def recreated(self, record: Any) -> StoreCommand | None:
        """The command that saves ``record`` as a new object after the one edited went (None:
        this kind cannot be made again from here)."""
        if _in_a_meeting(editor_for(type(record))):
            return None
        return CreateCommand(self.workspace, self.trip_uuid, record)

    def _gone(self, gone: Gone) -> None:
        """Say which object went (its stored name, who deleted it and when) and offer to save
        what was typed as a new one (:attr:`follow_up`, pushed by the workspace)."""
        kind = kind_name(type(gone.record))
        try:
            with self.workspace.store.session() as session:
                entry = conflicts.deletion(session, self.uuid)
        except database_errors():
            entry = None
        label = (entry.label if entry else None) or self.before.label
        if entry is not None:
            text = QCoreApplication.translate(
                "Commands",
                "{who} deleted the {kind} '{label}' at {when}; your change was not saved.",
            ).format(
                who=entry.who,
                kind=kind,
                label=short(label),
                when=f"{entry.at.astimezone():%Y-%m-%d %H:%M}",
            )
        else:
            text = QCoreApplication.translate(
                "Commands",
                "The {kind} '{label}' was deleted by someone else; your change was not saved.",
            ).format(kind=kind, label=short(label))
        self.error = PlannerError(text)
        self.setObsolete(True)
        again = self.recreated(gone.record)
        if again is None or self.workspace.recreate_asker is None:
            self.workspace.report_error(self.error)
        elif self.workspace.recreate_asker(text, kind):  # the question said it all
            self.follow_up = again

    def _save(self, target: Any, base: Any, *, first: bool) -> tuple[Any, Any] | None:
        """Write ``target``; after a conflict, (the colleague's version, what the user chose).

        The first step is checked against the version the editor read. An undo or redo is
        checked against what this command left: the object must still be ``base`` (its own
        later edits, undone first, bump the version but give the same record back).
        """
        resolved: tuple[Any, Any] | None = None
        version = self.version if first else None
        expected = None if first else base
        while True:
            try:
                with self.workspace.store.transaction() as session:
                    if expected is not None:
                        current, version = self.editor.read_versioned(session, self.uuid)
                        if current != expected:
                            raise Conflict(
                                target, current, version, version, base=expected, uuid=self.uuid
                            )
                    self.version = self.editor.update(
                        session, self.uuid, target, expected_version=version, base=base
                    )
                return resolved
            except Gone:
                raise
            except NotFound:
                raise Gone(target, self.editor.word) from None
            except Conflict as conflict:
                fresh = self._read_again(conflict)
                chosen = self.workspace.resolve_conflict(fresh)
                if chosen is None:
                    raise PlannerError(
                        QCoreApplication.translate(
                            "Commands", "'{label}' was changed by someone else; not saved."
                        ).format(label=short(target.label))
                    ) from None
                resolved = (fresh.theirs, chosen)
                version, expected = fresh.version, None
                if chosen == fresh.theirs:
                    return resolved  # their version is already in the store
                target, base = chosen, fresh.theirs

    def _read_again(self, conflict: Conflict) -> Conflict:
        """The conflict with the object as it is now (it may have changed again)."""
        with self.workspace.store.session() as session:
            try:
                theirs, version = self.editor.read_versioned(session, self.uuid)
            except NotFound:
                raise Gone(conflict.mine, self.editor.word) from None
        return conflict.again(theirs, version)


class DeleteCommand(StoreCommand):
    """Delete an object of any kind with all that depends on it; undo puts every row back.

    ``expected`` is what the user confirmed (:meth:`~planner.editing.registry.Editor.
    delete_versions`): when a colleague changed any of it since, nothing is deleted, the
    command leaves the stack and the window shows what they did."""

    def __init__(
        self,
        workspace: CommandWorkspace,
        record_type: type[Any],
        uuid: str,
        label: str,
        *,
        expected: Any = None,
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Delete {kind} '{label}'").format(
                kind=kind_name(record_type), label=short(label)
            ),
        )
        self.editor = editor_for(record_type)
        if self.editor.crosses_trips:
            self.trip_uuid = None
        self.record_type, self.uuid, self.expected = record_type, uuid, expected
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.snapshot = self.editor.remove(session, self.uuid, expected=self.expected)

    def backward(self, session: Session) -> None:
        assert self.snapshot is not None
        self.editor.restore(session, self.snapshot)


class AddTripCommand(StoreCommand):
    """A trip made by a function (import, duplicate); undo deletes it, redo puts it back."""

    def __init__(
        self, workspace: CommandWorkspace, text: str, make: Callable[[Session], str]
    ) -> None:
        super().__init__(workspace, text)
        self.make = make
        self.uuid: str | None = None
        self.snapshot: snapshots.Snapshot | None = None

    def forward(self, session: Session) -> None:
        self.uuid = self.trip_uuid = self.make(session)

    def again(self, session: Session) -> None:
        assert self.snapshot is not None
        snapshots.restore(session, self.snapshot)

    def backward(self, session: Session) -> None:
        assert self.uuid is not None
        self.snapshot = editor_for(records.TripRecord).remove(session, self.uuid)


class TripChangeCommand(StoreCommand):
    """A change to one trip made by a function (such as a calendar import). Undo puts the
    whole trip back as it was and redo as it became, from snapshots of its rows."""

    def __init__(
        self,
        workspace: CommandWorkspace,
        trip_uuid: str,
        text: str,
        change: Callable[[Session], None],
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
        editor_for(records.TripRecord).remove(session, self.trip_uuid)
        snapshots.restore(session, snapshot)

    def forward(self, session: Session) -> None:
        self.before = self._trip_snapshot(session)
        self.change(session)
        self.after = self._trip_snapshot(session)

    def again(self, session: Session) -> None:
        self._become(session, self.after)

    def backward(self, session: Session) -> None:
        self._become(session, self.before)


class RankCommand(StoreCommand):
    """Reorder one side of the trip (the delegation or the counterparts) as ranks 1..n; undo
    puts back the exact ranks there were before (gaps and unranked people included).

    ``expected`` is the side as the window showed it (person UUID to rank). Each step is made
    against what the store should hold (the first against ``expected``, an undo against what
    the reorder left, a redo against what the undo left): when a colleague changed the side's
    ranks in between, the step is refused, nothing is written, the command leaves the stack
    and the window shows the side as it is now."""

    def __init__(
        self,
        workspace: CommandWorkspace,
        trip_uuid: str,
        side: str,
        person_uuids: list[str],
        *,
        expected: dict[str, int | None] | None = None,
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Reorder Delegation")
            if side == DELEGATION
            else QCoreApplication.translate("Commands", "Reorder Counterparts")
        )
        super().__init__(workspace, text)
        self.trip_uuid, self.side, self.order = trip_uuid, side, list(person_uuids)
        self.expected = None if expected is None else dict(expected)
        """The ranks the next redo is made against (None: not checked)."""
        self.previous: dict[str, int | None] | None = None
        self.left: dict[str, int | None] | None = None
        """The ranks the last redo wrote: what an undo is made against."""

    def redo(self) -> None:
        self.error = None
        super().redo()
        if isinstance(self.error, SideChanged):
            self.setObsolete(True)  # redoing would overwrite the colleague's ranks

    def undo(self) -> None:
        self.error = None
        super().undo()
        if isinstance(self.error, SideChanged):
            self.setObsolete(True)  # undoing would overwrite the colleague's ranks

    def forward(self, session: Session) -> None:
        assert self.trip_uuid is not None
        with self._refused_when_changed():
            self.previous = ranking.set_ranks(
                session, self.trip_uuid, self.side, self.order, expected=self.expected
            )
        self.left = {a.uuid: a.rank for a in ranking.trip_sides(session, self.trip_uuid)[self.side]}

    def backward(self, session: Session) -> None:
        assert self.trip_uuid is not None and self.previous is not None
        with self._refused_when_changed(undo=True):
            self.expected = ranking.restore_ranks(
                session, self.trip_uuid, self.side, self.previous, expected=self.left
            )

    @contextmanager
    def _refused_when_changed(self, *, undo: bool = False) -> Iterator[None]:
        try:
            yield
        except ranking.RanksChanged:
            raise SideChanged(undo=undo) from None


# ---------------------------------------------------------------------------------------------
# The registers: a follow-up marked done (planner.protocol.editing)


class FollowUpDoneCommand(StoreCommand):
    """Mark a follow-up done (or open again); undo gives it back the state it had.

    ``version`` is the follow-up's version when the register read it: the first mark is
    refused when a colleague changed the follow-up since (and the register shows it as it is
    now), or merely shows it when their change already marked it so. An undo is made against
    the state the mark left, a redo against the state the undo left, so neither overwrites a
    colleague's mark unseen; a refused step leaves the stack."""

    def __init__(
        self,
        workspace: CommandWorkspace,
        uuid: str,
        done: bool,
        label: str,
        *,
        version: int | None = None,
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Mark '{label}' Done")
            if done
            else QCoreApplication.translate("Commands", "Mark '{label}' Open")
        )
        super().__init__(workspace, text.format(label=short(label)))
        self.trip_uuid = None  # the registers cross trips: undo leaves the window where it is
        self.uuid, self.done, self.version, self.label = uuid, done, version, label
        self.before: bool | None = None
        self._already = False

    def redo(self) -> None:
        self._step(super().redo)

    def undo(self) -> None:
        self._step(super().undo)

    def forward(self, session: Session) -> None:
        with self._refused_when_changed(self.done):
            self.before = protocol.set_follow_up_done(
                session, self.uuid, self.done, expected_version=self.version
            )

    def again(self, session: Session) -> None:
        with self._refused_when_changed(self.done):
            protocol.set_follow_up_done(
                session, self.uuid, self.done, expected_done=bool(self.before)
            )

    def backward(self, session: Session) -> None:
        with self._refused_when_changed(bool(self.before)):
            protocol.set_follow_up_done(session, self.uuid, self.before, expected_done=self.done)

    def _step(self, step: Callable[[], None]) -> None:
        """Run a redo or undo; one that was refused, or that a colleague's change made
        already, leaves the stack (the store no longer matches either side of it)."""
        self.error, self._already = None, False
        step()
        if self.error is not None or self._already:
            self.setObsolete(True)

    @contextmanager
    def _refused_when_changed(self, target: bool) -> Iterator[None]:
        """Turn a colleague's change into words; quietly nothing when their change already
        left the follow-up ``target`` (done or open) as the step wanted."""
        try:
            yield
        except protocol.FollowUpChanged as changed:
            if changed.done is not None and changed.done == target:
                self._already = True
                return
            raise PlannerError(
                QCoreApplication.translate(
                    "Commands",
                    "The follow-up '{label}' was changed by someone else; it was not marked. "
                    "The register shows it as it is now.",
                ).format(label=short(self.label))
            ) from None
