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
            command = AddTripCommand(
                self.window.workspace,
                QCoreApplication.translate("MainWindow", "Import '{title}'").format(
                    title=short(prepared.title)
                ),
                lambda session: trips.add_prepared(session, prepared),
            )
            if self.window.workspace.push(command) and command.uuid:
                self.window.navigator.select_uuid(command.uuid)
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Imported {file}").format(
                        file=path.name
                    ),
                    5000,
                )
                if prepared.filled:  # what the file left out, each on a line of its own
                    QMessageBox.information(
                        self.window,
                        QCoreApplication.translate("MainWindow", "Imported {file}").format(
                            file=path.name
                        ),
                        "\n".join(
                            [
                                QCoreApplication.translate(
                                    "MainWindow", "Filled in from the city and country:"
                                ),
                                *prepared.filled,
                            ]
                        ),
                    )

        def failed(exc: Exception) -> None:
            self.window.statusBar().clearMessage()
            self.window._show_error(
                str(exc),
                QCoreApplication.translate("MainWindow", "Cannot import"),
            )

        self.window.background.run(lambda: trips.prepare_import(path), done, failed)

    def ask_export(self) -> None:
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
            self.export_file(uuid, Path(name))

    def export_file(self, uuid: str, path: Path) -> None:
        st = self.window.store

        def work() -> None:
            with st.session() as session:
                trips.export_trip(session, trips.find_trip_id(session, uuid), path)

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
