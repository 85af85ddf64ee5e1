"""The Delegation tab: who travels with the trip, in which role and in which order of rank.

Every change is one undoable command of :mod:`ui.commands`: adding someone is a Create of a
:class:`~planner.records.DelegationMemberRecord` (a new person and their membership are one
step, a macro of two Creates), a role is an Edit saved against the version the list read,
removing is a Delete (undo brings back role, rank and place), and a re-rank is the Protocol
tab's :class:`~ui.commands.RankCommand`. Like the Protocol tab, a re-rank is pushed a moment
after the drop or key, not inside it: the push reloads this panel, and resetting a view's
model while the view still handles its own event would pull the rug from Qt.

A viewer sees the delegation but the writes are off, with the reason as their tip; a
colleague's change reloads the tab with the others (the window marks it stale).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from planner.directory import listing
from planner.directory.listing import PersonEntry
from planner.editing import delegation
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import DELEGATION
from planner.records import DelegationMemberRecord, PersonRecord
from ui.commands import CreateCommand, DeleteCommand, EditCommand, RankCommand
from ui.editors import ask_record
from ui.operations import Background
from ui.views.delegation.adder import MemberAdder
from ui.views.delegation.members import HEADERS, MembersModel, MembersTable

if TYPE_CHECKING:
    from ui.workspace import Workspace


class DelegationPanel(QWidget):
    """The delegation's table with its buttons, and the way to add someone below it."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationPanel")
        self.workspace = workspace
        self.trip_uuid: str | None = None
        self._pending: list[str] | None = None

        self.model = MembersModel(self)
        self.table = MembersTable(self.model, self)
        self.table.setObjectName("delegationTable")
        self.heading = QLabel(self)
        self.heading.setBuddy(self.table)
        self.hint = QLabel(self)
        self.hint.setObjectName("delegationHint")
        self.hint.setWordWrap(True)
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeMember")
        self.adder = MemberAdder(self)
        self.background = Background(self)
        self.add_box = QGroupBox(self)
        box = QVBoxLayout(self.add_box)
        box.addWidget(self.adder)

        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.add_box, 2)

        self.model.order_requested.connect(self._request_order)
        self.model.role_requested.connect(self._change_role)
        self.table.remove_requested.connect(self._remove_selected)
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.adder.add_requested.connect(self._add)
        self.adder.new_person_requested.connect(self._add_new_person)
        self.adder.directory_wanted.connect(self._read_directory)
        self.retranslate()

    # -- what the window asks of a trip panel -----------------------------------------------------

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show the trip's delegation as the store holds it now (None: no trip); the selected
        member stays selected across reloads of the same trip."""
        kept = self.table.selected_uuid() if trip_uuid == self.trip_uuid else None
        self.trip_uuid = trip_uuid
        members = delegation.members(session, trip_uuid) if trip_uuid else []
        self.model.reload(members)
        trip_people = listing.trip_people(session, trip_uuid) if trip_uuid else []
        self.adder.show_trip(trip_people, {m.person for m in members})
        if not self.table.select_uuid(kept) and self.model.rowCount():
            self.table.select_uuid(self.model.member_at(0).person)
        self._apply_access()

    def selected_uuid(self) -> str | None:
        """The selected member's person: Edit Selected opens the person, History shows theirs."""
        return self.table.selected_uuid()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Delegation, in order of ran&k:"))
        self.table.setAccessibleName(self.tr("Delegation, in order of rank"))
        self.hint.setText(
            self.tr(
                "Drag a name, or press Ctrl+Up or Ctrl+Down, to rank it; F2 or Enter changes "
                "the role; Delete removes the person from the delegation."
            )
        )
        self.remove_button.setText(self.tr("&Remove from Delegation"))
        self.remove_button.setAccessibleName(
            self.tr("Remove the selected person from the delegation")
        )
        self.add_box.setTitle(self.tr("Add to the delegation"))
        self.adder.retranslate()
        # The cells' role words are read again with the reload the window makes afterwards.
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    # -- private ---------------------------------------------------------------------------------

    def _apply_access(self) -> None:
        reason = self.workspace.read_only_reason
        tip = (
            self.tr("Read-only: {reason}. You can look at everything but change nothing.").format(
                reason=reason
            )
            if reason
            else ""
        )
        self.table.set_read_only(tip or None)
        self.adder.set_enabled(not reason and self.trip_uuid is not None, tip)
        self.remove_button.setToolTip(tip)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self.workspace.read_only_reason
        self.remove_button.setEnabled(writable and self.table.selected_member() is not None)

    def _read_directory(self) -> None:
        """Read the office's directory on a worker thread for the search (it touches no
        widget; the entries come back on the GUI thread)."""
        st = self.workspace.store

        def read() -> list[PersonEntry]:
            with st.session() as session:
                return listing.people(session)

        def failed(exc: Exception) -> None:
            self.adder.directory_failed()
            if not self.workspace.read_failed(exc):  # the store's failures, said in words
                raise exc

        self.background.run(read, self.adder.set_directory, failed)

    def _add(self, person: str, name: str, role: str) -> None:
        if self.trip_uuid is None:
            return
        record = DelegationMemberRecord(person, role, name=name)
        self.workspace.push(CreateCommand(self.workspace, self.trip_uuid, record))
        self.table.select_uuid(person)

    def _add_new_person(self, role: str) -> None:
        """Enter a new person in the person editor and add them: one undo step."""
        trip_uuid = self.trip_uuid
        context = self.workspace.context()
        if trip_uuid is None or context is None:
            return
        record = ask_record(self, context, PersonRecord, None)
        if record is None:
            return
        stack = self.workspace.undo_stack
        stack.beginMacro(self.tr("Add {name} to the Delegation").format(name=record.label))
        try:
            person = CreateCommand(self.workspace, trip_uuid, record)
            if self.workspace.push(person) and person.uuid is not None:
                member = DelegationMemberRecord(person.uuid, role, name=record.label)
                self.workspace.push(CreateCommand(self.workspace, trip_uuid, member))
        finally:
            stack.endMacro()
        if person.uuid is not None:
            self.table.select_uuid(person.uuid)

    def _change_role(self, member_uuid: str, role: str) -> None:
        member = next((m for m in self.model.members() if m.uuid == member_uuid), None)
        if member is None:
            return
        before = member.record()
        command = EditCommand(
            self.workspace, member.uuid, before, replace(before, role=role), version=member.version
        )
        QTimer.singleShot(0, lambda: self.workspace.push(command))  # after the editor closed

    def _remove_selected(self) -> None:
        member = self.table.selected_member()
        if member is None or self.workspace.read_only_reason:
            return
        editor = editor_for(DelegationMemberRecord)
        try:
            with self.workspace.store.session() as session:
                expected = editor.delete_versions(session, member.uuid)
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return
        row = self.table.currentIndex().row()
        self.workspace.push(
            DeleteCommand(
                self.workspace,
                DelegationMemberRecord,
                member.uuid,
                member.display_name,
                expected=expected,
            )
        )
        if self.model.rowCount():  # the next member, so Delete can go on down the list
            self.table.select_uuid(self.model.member_at(min(row, self.model.rowCount() - 1)).person)

    def _request_order(self, order: list[str]) -> None:
        self._pending = order
        QTimer.singleShot(0, self._push_order)

    def _push_order(self) -> None:
        order, self._pending = self._pending, None
        if order is None or self.trip_uuid is None:
            return
        moved = next(iter(self.model.moved), None) or self.table.selected_uuid()
        self.workspace.push(
            RankCommand(
                self.workspace, self.trip_uuid, DELEGATION, order, expected=self.model.ranks()
            )
        )
        self.table.select_uuid(moved)
