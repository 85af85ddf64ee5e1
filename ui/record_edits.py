"""What the main window does when the user adds, edits or deletes a record: the editor is
asked, the change is one undoable command pushed on the workspace.

The menus and the panels' double-clicks route here (``edits.add`` with the record type,
``edits.edit_selected``, ...), so the window holds what it shows, not how each record is edited.
Texts keep the ``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from planner import editing, trips
from planner.editing.registry import editor_for, record_type_of
from planner.errors import PlannerError
from planner.protocol import sides
from planner.records import PersonRecord, TripRecord
from ui.commands import (
    AddTripCommand,
    CreateCommand,
    DeleteCommand,
    EditCommand,
    StoreCommand,
    short,
)
from ui.dialogs.duplicate_trip import DuplicateTripDialog
from ui.editors import ask_record, show_record
from ui.side_commands import person_edit
from ui.workspace import reads_store

# The main window the editors open over. Not imported, even for type checking: the window
# imports this module, and the codebase test refuses import circles.
MainWindow = Any


class RecordEdits:
    """Adds, edits and deletes the records of ``window``'s workspace."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.workspace = window.workspace

    @reads_store
    def selected(self) -> tuple[type[Any], str] | None:
        """The record type and UUID of what is selected on the current tab."""
        panel = self.window.trip_tabs.current_panel()
        uuid = panel.selected_uuid() if panel is not None else None  # the overview's: the trip
        if not uuid:
            return None
        with self.workspace.store.session() as session:
            return record_type_of(session, uuid), uuid

    def edit_selected(self) -> None:
        self._on_selected(self.edit_object)

    @reads_store
    def edit_object(self, record_type: type[Any], uuid: str) -> None:
        """Edit the object in its editor, saved against the version read now; when the store
        cannot be reached as it is saved, the editor opens again with what was typed. A viewer
        gets the editor read-only."""
        workspace = self.workspace
        in_trip = record_type is PersonRecord and workspace.trip_uuid is not None
        try:
            with workspace.store.session() as session:
                before, version = editor_for(record_type).read_versioned(session, uuid)
                if in_trip:  # the editor's "Precedence" is the rank in this trip
                    rank = sides.rank_in_trip(session, workspace.trip_uuid, uuid)
                    before = replace(before, precedence=rank)
        except PlannerError as exc:
            workspace.report_error(exc)
            return
        if workspace.read_only_reason:
            context = workspace.context()
            show_record(self.window, context, record_type, before, workspace.read_only_reason)
            return

        def make(after: Any) -> StoreCommand | None:
            if after == before:
                return None
            if in_trip:
                return person_edit(workspace, uuid, before, after, version=version)
            return EditCommand(workspace, uuid, before, after, version=version)

        workspace.edit(
            lambda record: ask_record(self.window, workspace.context(), record_type, record),
            make,
            before,
        )

    def delete_selected(self) -> None:
        self._on_selected(self._confirm_and_delete)

    @reads_store
    def _confirm_and_delete(self, record_type: type[Any], uuid: str) -> None:
        try:
            with self.workspace.store.session() as session:
                label = editor_for(record_type).read(session, uuid).label
                taken = editor_for(record_type).dependents(session, uuid)
                # What the user is asked about: deleted only if no colleague changed it since.
                expected = editor_for(record_type).delete_versions(session, uuid)
        except PlannerError as exc:
            self.workspace.report_error(exc)
            return
        extra = ", ".join(f"{n} {kind}{'s' if n > 1 else ''}" for kind, n in taken.items())
        question = QCoreApplication.translate("MainWindow", "Delete '{label}'?").format(
            label=short(label)
        )
        if extra:
            question += " " + QCoreApplication.translate(
                "MainWindow", "This also deletes {what}."
            ).format(what=extra)
        question += " " + QCoreApplication.translate("MainWindow", "You can undo this.")
        answer = QMessageBox.question(
            self.window, QCoreApplication.translate("MainWindow", "Delete"), question
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.push(
                DeleteCommand(self.workspace, record_type, uuid, label, expected=expected)
            )

    def add(self, record_type: type[Any]) -> None:
        """Ask for a new record of the open trip and add it."""
        workspace = self.workspace
        context = workspace.context()
        if context is None:
            return
        workspace.edit(
            lambda record: ask_record(self.window, context, record_type, record),
            lambda record: CreateCommand(workspace, context.trip_uuid, record),
            None,
        )

    def new_trip(self) -> None:
        record = ask_record(self.window, None, TripRecord, None)
        if record is not None:
            self._push_trip(CreateCommand(self.workspace, None, record))

    @reads_store
    def edit_trip(self) -> None:
        if self.workspace.trip_uuid:
            self.edit_object(TripRecord, self.workspace.trip_uuid)

    @reads_store
    def delete_trip(self) -> None:
        uuid = self.workspace.trip_uuid
        if uuid is not None:
            self._confirm_and_delete(TripRecord, uuid)

    @reads_store
    def duplicate_trip(self) -> None:
        uuid = self.workspace.trip_uuid
        if uuid is None:
            return
        with self.workspace.store.session() as session:
            trip_id = trips.find_trip_id(session, uuid)
            summary = next(s for s in trips.list_trips(session) if s.id == trip_id)
        answer = DuplicateTripDialog.ask(self.window, summary.title, summary.first_day)
        if answer is None:
            return
        title, first_day = answer

        def make(session: Any) -> str:
            return editing.duplicate_trip(session, trip_id, first_day, title).uuid

        text = QCoreApplication.translate("MainWindow", "Duplicate '{title}'").format(
            title=short(summary.title)
        )
        self._push_trip(AddTripCommand(self.workspace, text, make))

    @reads_store
    def _on_selected(self, act: Callable[[type[Any], str], None]) -> None:
        selected = self.selected()
        if selected is not None:
            act(*selected)

    def _push_trip(self, command: CreateCommand | AddTripCommand) -> None:
        """Add a trip and open it (selected in the navigator)."""
        if self.workspace.push(command) and command.uuid:
            self.window.navigator.select_uuid(command.uuid)
