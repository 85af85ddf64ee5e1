"""Trip files and calendars in and out of the main window: reading and writing run in the
background, an import is one undoable command.

Kept apart from the window, which only routes its File menu here. Texts keep the
``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from planner import trips
from ui.commands import AddTripCommand, TripChangeCommand, short
from ui.dialogs.trip_already_stored import COPY, UPDATE, TripAlreadyStoredDialog
from ui.i18n import QT_TRANSLATE_NOOP

# The main window that owns this module's work. Not imported, even for type checking: the
# window imports this module, and the codebase test refuses import circles.
MainWindow = Any

TRIP_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Trip files (*.trip.json *.json)")


class CalendarWords(QObject):
    """The undo entry of a calendar import: ``self.tr`` in a class of its own, because
    lupdate files a plural only from ``self.tr`` (it dropped the one made with ``translate``)."""

    def import_calendar(self, events: int) -> str:
        return self.tr("Import Calendar (%n event(s))", "", events)

    def set_answers(self, answers: int) -> str:
        return self.tr("Set Answers from a Reply (%n answer(s))", "", answers)


class TripFiles:
    """The File menu's trip-file and calendar commands for ``window``'s open trip, and the
    Trip menu's Publish Calendar."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Import Trip File"),
            "",
            QCoreApplication.translate("MainWindow", TRIP_FILTER),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> None:
        """Read and check the file off the GUI thread, then add it as one undoable command."""
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Reading {file}…").format(file=path.name)
        )

        def done(prepared: Any) -> None:
            pattern = self._again_or_new(prepared, path)
            if pattern is None:
                return
            added: dict[str, Any] = {"trip": prepared}

            def make(session: Any) -> str:
                # A copy when the user chose one (pattern): new identities, the title marked.
                stored, _ = trips.add_or_update(
                    session, prepared, copy=bool(pattern), copy_pattern=pattern or "{title}"
                )
                added["trip"] = stored
                return str(stored.uuid)

            command = AddTripCommand(
                self.window.workspace,
                QCoreApplication.translate("MainWindow", "Import '{title}'").format(
                    title=short(prepared.title)
                ),
                make,
            )
            if self.window.workspace.push(command) and command.uuid:
                self.window.navigator.select_uuid(command.uuid)
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Imported {file}").format(
                        file=path.name
                    ),
                    5000,
                )
                self._tell_what_was_added(added["trip"], path)

        def failed(exc: Exception) -> None:
            self.window.statusBar().clearMessage()
            self.window._show_error(
                str(exc),
                QCoreApplication.translate("MainWindow", "Cannot import"),
            )

        self.window.background.run(lambda: trips.prepare_import(path), done, failed)

    def _again_or_new(self, prepared: Any, path: Path) -> str | None:
        """How to add the file's trip: "" as it is (the store does not hold it), the title
        pattern of a copy, or None when the store holds it and the user chose to update it
        (done here, one undoable step) or to cancel."""
        workspace = self.window.workspace
        with workspace.store.session() as session:
            stored = trips.stored_trip(session, prepared.uuid)
        if stored is None:
            return ""
        choice = TripAlreadyStoredDialog.ask(self.window, *stored)
        if choice == COPY:
            return QCoreApplication.translate("DuplicateTripDialog", "{title} (copy)")
        self.window.statusBar().clearMessage()
        if choice != UPDATE:
            return None
        command = TripChangeCommand(
            workspace,
            prepared.uuid,
            QCoreApplication.translate("MainWindow", "Update '{title}' from {file}").format(
                title=short(prepared.title), file=path.name
            ),
            lambda session: _updated(session, prepared),
        )
        if workspace.push(command):
            self.window.navigator.select_uuid(prepared.uuid)
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Updated from {file}").format(
                    file=path.name
                ),
                5000,
            )
            self._tell_what_was_added(prepared, path)
        return None

    def _tell_what_was_added(self, prepared: Any, path: Path) -> None:
        """What the file left out and the gazetteer gave, and the people and organizations the
        directory held and kept as they were, each on a line of its own."""
        lines = []
        if prepared.filled:
            lines += [
                QCoreApplication.translate("MainWindow", "Filled in from the city and country:"),
                *prepared.filled,
            ]
        if prepared.kept:
            lines += [
                QCoreApplication.translate(
                    "MainWindow", "Already in the directory, kept as they are there:"
                ),
                *prepared.kept,
            ]
        if lines:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("MainWindow", "Imported {file}").format(file=path.name),
                "\n".join(lines),
            )

    def ask_export(self, with_documents: bool = False) -> None:
        """Export the open trip; its people's travel documents only ``with_documents`` (its
        own menu entry, so that no one includes passports by leaving a box ticked)."""
        uuid = self.window.workspace.trip_uuid
        if uuid is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("MainWindow", "Export Trip File"),
            "trip.trip.json",
            QCoreApplication.translate("MainWindow", TRIP_FILTER),
        )
        if name:
            self.export_file(uuid, Path(name), with_documents=with_documents)

    def export_file(self, uuid: str, path: Path, *, with_documents: bool = False) -> None:
        st = self.window.store

        def work() -> None:
            with st.session() as session:
                trip_id = trips.find_trip_id(session, uuid)
                trips.export_trip(session, trip_id, path, with_documents=with_documents)

        def done(_result: Any) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Exported {file}").format(file=path.name),
                5000,
            )

        self.window.background.run(
            work,
            done,
            lambda exc: self.window._show_error(
                str(exc),
                QCoreApplication.translate("MainWindow", "Cannot export"),
            ),
        )

    def import_calendar(self) -> None:
        """Add a calendar's events to the open trip, as the dialog shows them, in one
        undoable command."""
        # icalendar is loaded on first use: it saves ~130 ms of start-up (python -X importtime,
        # cumulative, the dialog imported after ui.main_window).
        from planner.calendar_ics.replies import ReplyPlan  # noqa: PLC0415
        from ui.dialogs.calendar_import import (  # noqa: PLC0415
            CalendarImportDialog,
            apply_plan,
            changes,
        )

        workspace = self.window.workspace
        uuid = workspace.trip_uuid
        if uuid is None:
            return
        plan = CalendarImportDialog.choose(self.window, workspace.store, uuid)
        if plan is None:
            return
        words = CalendarWords()
        text = (
            words.set_answers(changes(plan))
            if isinstance(plan, ReplyPlan)
            else words.import_calendar(changes(plan))
        )
        workspace.push(
            TripChangeCommand(workspace, uuid, text, lambda session: apply_plan(session, plan))
        )

    def send_invitations(self) -> None:
        """Each person's meetings as e-mailed invitations, listed before anything is sent."""
        from ui.dialogs.invitations import InvitationsDialog  # noqa: PLC0415 - as export_calendar

        uuid = self.window.workspace.trip_uuid
        if uuid is not None:
            InvitationsDialog.ask(self.window, self.window.store, uuid)

    def write_letters(self) -> None:
        """The visa invitation letters and the delegation list, previewed, then saved."""
        # reportlab and python-docx are loaded on first use, as for the pack.
        from ui.dialogs.letters_export import LettersDialog  # noqa: PLC0415

        uuid = self.window.workspace.trip_uuid
        if uuid is None:
            return
        summary = LettersDialog.ask(self.window, self.window.store, uuid)
        if summary:
            self.window.statusBar().showMessage(summary, 10_000)

    def edit_office_settings(self) -> None:
        """The office's name, address and mail server: shared with ``planner invite``."""
        from ui.dialogs.office_settings import OfficeSettingsDialog  # noqa: PLC0415

        OfficeSettingsDialog.ask(self.window)

    def export_calendar(self) -> None:
        # icalendar is loaded on first use: it saves ~290 ms of start-up (python -X importtime,
        # cumulative, the dialog imported after ui.main_window).
        from ui.dialogs.calendar_export import CalendarExportDialog  # noqa: PLC0415

        uuid = self.window.workspace.trip_uuid
        if uuid is None:
            return
        chosen = None
        if self.window.tabs.currentWidget() is self.window.meetings:
            selected = self.window.meetings.selected_uuid()
            chosen = [selected] if selected else None
        CalendarExportDialog.ask(self.window, self.window.store, uuid, chosen)

    def publish_calendar(self) -> None:
        # icalendar is loaded on first use, as for the export.
        from ui.dialogs.calendar_publish import CalendarPublishDialog  # noqa: PLC0415

        uuid = self.window.workspace.trip_uuid
        if uuid is not None:
            CalendarPublishDialog.ask(self.window, self.window.store, uuid)

    def export_briefing(self) -> None:
        # reportlab is loaded on first use: it saves ~190 ms of start-up (python -X importtime,
        # cumulative, the dialog imported after ui.main_window).
        from ui.dialogs.briefing_export import BriefingExportDialog  # noqa: PLC0415

        uuid = self.window.workspace.trip_uuid
        if uuid is not None:
            BriefingExportDialog.ask(self.window, self.window.store, uuid)


def _updated(session: Any, prepared: Any) -> None:
    """The update of a stored trip from its file, as a step of a trip command."""
    trips.update_from_file(session, prepared)
