"""What the window does when a user adds, edits or removes a hybrid meeting's branch venue.

The meetings panel asks (its list of branch venues and buttons emit the UUIDs); this reads
what the editor needs, shows :class:`~ui.dialogs.branch_venue_dialog.BranchVenueDialog` and
pushes one undoable command per change, so the main window only has to connect it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import branches
from planner.protocol.branches import BranchVenueRecord
from planner.records import MeetingRecord
from ui.commands import CreateCommand, DeleteCommand, EditCommand, short
from ui.dialogs.branch_venue_dialog import BranchVenueDialog
from ui.views.meetings_panel import MeetingsPanel
from ui.workspace import Workspace, reads_store

BRANCHES = editor_for(BranchVenueRecord)


class BranchVenueEditing(QObject):
    """Connects the panel's requests to the editor and the undo stack of ``workspace``."""

    def __init__(self, workspace: Workspace, panel: MeetingsPanel, parent: QWidget) -> None:
        super().__init__(parent)
        self.workspace, self.panel, self.window = workspace, panel, parent
        panel.add_branch_wanted.connect(self.add)
        panel.edit_branch_wanted.connect(self.edit)
        panel.remove_branch_wanted.connect(self.remove)

    @reads_store
    def add(self, meeting_uuid: str) -> None:
        """Ask for a new branch venue of the meeting and add it; it is selected after."""
        meeting = self._meeting(meeting_uuid)
        if meeting is None or self._read_only():
            return
        command = self.workspace.edit(
            lambda record: BranchVenueDialog.ask_for(
                self.window, self.workspace.context(), meeting, record
            ),
            lambda record: CreateCommand(self.workspace, meeting_uuid, record),
            None,
        )
        if isinstance(command, CreateCommand) and command.uuid:
            self.panel.branches.select_uuid(command.uuid)

    @reads_store
    def edit(self, uuid: str) -> None:
        try:
            with self.workspace.store.session() as session:
                before, version = BRANCHES.read_versioned(session, uuid)
                meeting = editor_for(MeetingRecord).read(
                    session, branches.meeting_of(session, uuid)
                )
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return
        if self.workspace.read_only_reason:  # a viewer reads it in the editor
            BranchVenueDialog.ask_for(
                self.window,
                self.workspace.context(),
                meeting,
                before,
                read_only=self.workspace.read_only_reason,
            )
            return

        def make(after: BranchVenueRecord) -> EditCommand | None:
            if after == before:
                return None
            return EditCommand(self.workspace, uuid, before, after, version=version)

        self.workspace.edit(
            lambda record: BranchVenueDialog.ask_for(
                self.window, self.workspace.context(), meeting, record
            ),
            make,
            before,
        )

    @reads_store
    def remove(self, uuid: str) -> None:
        """Remove the branch venue after asking (undo puts it back with its attendees)."""
        try:
            with self.workspace.store.session() as session:
                record = BRANCHES.read(session, uuid)
                expected = BRANCHES.delete_versions(session, uuid)  # what the user confirms
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return
        if self._read_only():
            return
        question = self.tr("Remove the branch venue '{label}'?").format(label=short(record.label))
        if record.attendees:
            question += " " + self.tr(
                "Its %n attendee(s) will no longer join from there.", "", len(record.attendees)
            )
        question += " " + self.tr("You can undo this.")
        answer = QMessageBox.question(self.window, self.tr("Remove Branch Venue"), question)
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.push(
                DeleteCommand(
                    self.workspace, BranchVenueRecord, uuid, record.label, expected=expected
                )
            )

    def _meeting(self, uuid: str) -> MeetingRecord | None:
        try:
            with self.workspace.store.session() as session:
                meeting: MeetingRecord = editor_for(MeetingRecord).read(session, uuid)
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return None
        return meeting

    def _read_only(self) -> bool:
        """True (and said why) when the store may not be changed."""
        reason = self.workspace.read_only_reason
        if reason:
            message = QCoreApplication.translate("Workspace", "This store is read-only: {reason}")
            self.workspace.report_error(PlannerError(message.format(reason=reason)))
        return bool(reason)
