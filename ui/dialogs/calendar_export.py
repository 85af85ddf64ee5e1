"""File ▸ Export Calendar: what goes into the .ics file(s), then where they go.

The whole trip, one person's calendar, one file per delegate into a folder, or the meetings
selected in the window; the edition (external leaves out private notes and notes on people),
the reminder and the hotel days. The export itself is :mod:`planner.calendar_ics`: it writes
each file to a temporary name and renames it only when all are written, and it records what
it exported (for SEQUENCE) in the same transaction, so a failed export leaves neither a
half-written file nor a changed store. A trip's calendar takes milliseconds, so it runs on the
GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner import calendar_ics
from planner.calendar_ics import CalendarSource, ExportOptions
from planner.calendar_ics.invitations import office_organizer
from planner.errors import PlannerError
from planner.store import Store
from ui import i18n
from ui.background import run_and_wait
from ui.i18n import QT_TRANSLATE_NOOP

WHOLE_TRIP, ONE_PERSON, EACH_DELEGATE, SELECTED = "trip", "person", "delegates", "selected"
ICS_FILTER = QT_TRANSLATE_NOOP("CalendarExportDialog", "Calendar files (*.ics)")
MAX_REMINDER = 7 * 24 * 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("CalendarExportDialog", text)


@dataclass(frozen=True)
class CalendarChoice:
    """What the user chose: which calendar(s) and their options."""

    scope: str
    options: ExportOptions


class CalendarExportDialog(QDialog):
    def __init__(
        self,
        source: CalendarSource,
        meeting_uuids: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Calendar"))
        self.source = source
        self.meeting_uuids = tuple(meeting_uuids or ())

        scope_box = QGroupBox(self.tr("Calendar"), self)
        scope_layout = QVBoxLayout(scope_box)
        self.scopes = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        delegates = len(source.delegation)
        for scope, text in (
            (WHOLE_TRIP, self.tr("The whole &trip")),
            (ONE_PERSON, self.tr("One &person's meetings:")),
            (
                EACH_DELEGATE,
                self.tr("Each &delegate into a folder ({n} files)").format(n=delegates),
            ),
            (SELECTED, self.tr("The &selected meetings ({n})").format(n=len(self.meeting_uuids))),
        ):
            button = QRadioButton(text, scope_box)
            button.setObjectName(f"scope_{scope}")
            self.scopes.addButton(button)
            self.scope_buttons[scope] = button
            scope_layout.addWidget(button)
            if scope == ONE_PERSON:
                self.person = QComboBox(scope_box)
                self.person.setObjectName("person")
                people = sorted(source.people.values(), key=lambda p: (not p.is_delegate, p.name))
                for p in people:
                    role = self.tr(" (delegation)") if p.is_delegate else ""
                    self.person.addItem(p.display_name + role, p.uuid)
                scope_layout.addWidget(self.person)
        self.scope_buttons[EACH_DELEGATE].setEnabled(delegates > 0)
        self.scope_buttons[SELECTED].setEnabled(bool(self.meeting_uuids))
        self.scope_buttons[ONE_PERSON].setEnabled(bool(source.people))
        default = SELECTED if self.meeting_uuids else WHOLE_TRIP
        self.scope_buttons[default].setChecked(True)

        self.edition = QComboBox(self)
        self.edition.setObjectName("edition")
        self.edition.addItem(
            self.tr("External: without private notes and notes on people"),
            calendar_ics.EXTERNAL,
        )
        self.edition.addItem(self.tr("Internal: with private notes"), calendar_ics.INTERNAL)
        self.reminder = QSpinBox(self)
        self.reminder.setObjectName("reminder")
        self.reminder.setRange(0, MAX_REMINDER)
        self.reminder.setSuffix(self.tr(" min before"))
        self.reminder.setSpecialValueText(self.tr("No reminder"))
        self.reminder.setValue(calendar_ics.DEFAULT_REMINDER_MINUTES)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, ui_code in (("en", "en"), ("de", "de"), ("zh", "zh_CN")):
            self.language.addItem(i18n.language_name(ui_code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.check_language())))
        self.lodging = QCheckBox(self.tr("&Hotel check-in and check-out days"), self)
        self.lodging.setObjectName("lodging")
        note = QLabel(
            self.tr(
                "Events keep their identity across exports: importing a newer file or "
                "subscribing updates them, and deleted meetings come out as cancelled."
            ),
            self,
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Editio&n:"), self.edition)
        form.addRow(self.tr("&Reminder:"), self.reminder)
        form.addRow(self.tr("&Language of the descriptions:"), self.language)
        form.addRow("", self.lodging)
        layout = QVBoxLayout(self)
        layout.addWidget(scope_box)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.scopes.buttonToggled.connect(lambda *_: self._update())
        self._update()

    def scope(self) -> str:
        return next(s for s, b in self.scope_buttons.items() if b.isChecked())

    def choice(self) -> CalendarChoice:
        scope = self.scope()
        options = ExportOptions(
            edition=str(self.edition.currentData()),
            reminder_minutes=self.reminder.value(),
            lodging=self.lodging.isChecked(),
            language=str(self.language.currentData()),
            organizer=office_organizer(),
        )
        if scope == ONE_PERSON:
            options = replace(options, person_uuid=str(self.person.currentData()))
        elif scope == SELECTED:
            options = replace(options, meeting_uuids=self.meeting_uuids)
        return CalendarChoice(scope, options)

    def _update(self) -> None:
        self.person.setEnabled(self.scope() == ONE_PERSON)
        # A selection holds meetings only: no travel and no hotel days.
        self.lodging.setEnabled(self.scope() != SELECTED)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        store: Store,
        trip_uuid: str,
        meeting_uuids: Sequence[str] | None = None,
    ) -> None:
        """Ask what to export and where, then write the file(s); errors are shown."""
        title = QCoreApplication.translate("CalendarExportDialog", "Cannot export the calendar")
        try:
            with store.session() as session:
                source = calendar_ics.read_source(session, trip_uuid)
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        dialog = cls(source, meeting_uuids, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        finally:
            dialog.deleteLater()
        target = _ask_target(parent, source, choice)
        if target is None:
            return

        def work() -> list[tuple[Path, calendar_ics.Exported]]:
            with store.transaction() as session:
                return _export(session, trip_uuid, choice, target)

        label = QCoreApplication.translate("CalendarExportDialog", "Writing the calendar…")
        try:
            written = run_and_wait(parent, work, label)
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        events = sum(exported.events for _path, exported in written)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("CalendarExportDialog", "Calendar exported"),
            ExportReport().wrote(len(written), events, target),
        )


class ExportReport(QObject):
    """What an export wrote, in words with plurals: lupdate files a plural only from a
    ``self.tr`` call, which a class method has no ``self`` for."""

    def wrote(self, files: int, events: int, where: Path) -> str:
        written = self.tr("Wrote %n file(s) to {where}.", "", files).format(where=where)
        return " ".join((written, self.tr("%n event(s) in all.", "", events)))


def _ask_target(
    parent: QWidget | None, source: CalendarSource, choice: CalendarChoice
) -> Path | None:
    if choice.scope == EACH_DELEGATE:
        folder = QFileDialog.getExistingDirectory(
            parent,
            QCoreApplication.translate(
                "CalendarExportDialog", "Folder for the Delegates' Calendars"
            ),
        )
        return Path(folder) if folder else None
    person = source.people.get(choice.options.person_uuid or "")
    suggested = calendar_ics.file_name(source.title, person.name if person else "")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CalendarExportDialog", "Export Calendar"),
        suggested,
        _tr(ICS_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")


def _export(
    session: Session, trip_uuid: str, choice: CalendarChoice, target: Path
) -> list[tuple[Path, calendar_ics.Exported]]:
    if choice.scope == EACH_DELEGATE:
        return calendar_ics.export_each_delegate(session, trip_uuid, choice.options, target)
    return [(target, calendar_ics.export_to_file(session, trip_uuid, choice.options, target))]
