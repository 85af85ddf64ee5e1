"""File ▸ Export Briefing Pack: the edition, the paper, the language and the sections, then
the PDF. The language starts as the interface's (German for German, Chinese for Chinese).
Document control as ``planner briefing`` has it: the version stamped on every page, the
distribution list (one recipient a line, copy 1 first) and which copy this file is.

The pack is laid out on a worker thread (:class:`ui.operations.Background`, which reads the
trip in its own session), with a progress bar and Cancel; a cancelled or failed build writes
nothing (:func:`planner.briefing.write_briefing` writes the file whole at the end). When the
file is written, "Open in Viewer" hands it to the system's PDF viewer. Unless the officer
unticks it, the same pack is written beside the PDF as a DOCX (``NAME.docx``): the accessible
edition, which a screen reader can navigate (:mod:`planner.briefing.docx_pack`).

The issue asks for a preview inside the app (Qt's PDF viewer) and printing (QPrinter). Both
need Qt's PDF module to render the pages, and PySide6-Essentials, which the app depends on,
does not ship QtPdf (it is in PySide6-Addons; build.spec also leaves QtPdf and
QtPrintSupport out). The system viewer previews and prints the pack instead.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import briefing, model, queries, trips
from planner.briefing import BriefingOptions
from planner.errors import PlannerError
from planner.store import Store
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.operations import Background

PDF_FILTER = QT_TRANSLATE_NOOP("BriefingExportDialog", "PDF files (*.pdf)")
IMAGE_FILTER = QT_TRANSLATE_NOOP("BriefingExportDialog", "Images (*.png *.jpg *.jpeg)")


PACK_LANGUAGES = (
    (briefing.ENGLISH, "English"),
    (briefing.GERMAN, "Deutsch"),
    (briefing.CHINESE, "中文"),
)
"""The languages of the pack, each named in its own words (as the language menu names them)."""


def pack_language(ui_language: str) -> str:
    """The pack's language for an interface language: ``de`` → de, ``zh_CN`` → zh, else en."""
    return {"de": briefing.GERMAN, "zh_CN": briefing.CHINESE}.get(ui_language, briefing.ENGLISH)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefingExportDialog", text)


class _Cancelled(Exception):
    """Raised on the worker thread, from the progress callback, when the user cancels."""


class _Progress(QObject):
    """Carries progress from the worker thread to the dialog (a queued signal)."""

    changed = Signal(int, int)


class BriefingExportDialog(QDialog):
    """Options, then the build with progress; stays open to open the file or export again."""

    def __init__(
        self, store: Store, trip_uuid: str, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Briefing Pack"))
        self.store, self.trip_uuid, self.title = store, trip_uuid, title
        self.written: Path | None = None
        """The file of the last finished build."""
        self.building = False
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        self.background = Background(self)

        self.edition = QComboBox(self)
        self.edition.setObjectName("edition")
        self.edition.addItem(
            self.tr("Internal: with private notes, notes on people and problems"),
            briefing.INTERNAL,
        )
        self.edition.addItem(
            self.tr("External: without private notes and notes on people"), briefing.EXTERNAL
        )
        self.paper = QComboBox(self)
        self.paper.setObjectName("paper")
        self.paper.addItem(self.tr("A4"), briefing.A4)
        self.paper.addItem(self.tr("Letter"), briefing.LETTER)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, name in PACK_LANGUAGES:
            self.language.addItem(name, code)
        # The pack speaks the interface's language unless the user picks another.
        self.language.setCurrentIndex(
            self.language.findData(pack_language(i18n.current_language()))
        )

        sections_box = QGroupBox(self.tr("Sections (the cover and contents are always there)"))
        sections_layout = QVBoxLayout(sections_box)
        self.sections: dict[str, QCheckBox] = {}
        for section, text in (
            (briefing.PROGRAMME, self.tr("P&rogramme at a glance on one page")),
            (briefing.GLANCE, self.tr("The trip at a &glance: stops, hotels, travel, delegation")),
            (briefing.SCHEDULE, self.tr("&Schedule day by day, local and home time")),
            (briefing.MEETINGS, self.tr("One &brief per meeting")),
            (briefing.AGREEMENTS, self.tr("&Agreements to be signed, with their signatories")),
            (briefing.DIRECTORY, self.tr("&Directories of people and organizations")),
            (briefing.CONTACTS, self.tr("&Contacts and emergency numbers")),
            (briefing.DISTRIBUTION, self.tr("Dis&tribution list (external and personal packs)")),
            (briefing.PROBLEMS, self.tr("Problems found by the chec&ks (internal only)")),
        ):
            box = QCheckBox(text, sections_box)
            box.setObjectName(f"section_{section}")
            box.setChecked(True)
            self.sections[section] = box
            sections_layout.addWidget(box)

        # Whose pack: the whole delegation's, or one person's (their meetings only).
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.addItem(self.tr("The whole trip"), None)
        with store.session() as session:
            people = queries.contact_rows(session, trip_uuid).people
        self._person_names = {p.uuid: p.name for p in people}
        for p in sorted(people, key=lambda p: p.role is None):  # the delegation first
            role = self.tr(" (delegation)") if p.role is not None else ""
            self.person.addItem(p.display_name + role, p.uuid)
        self.person.setToolTip(
            self.tr("A personal pack holds only that person's meetings and the people they meet")
        )

        self.version = QLineEdit("1", self)
        self.version.setObjectName("version")
        self.recipients = QPlainTextEdit(self)
        self.recipients.setObjectName("recipients")
        self.recipients.setPlaceholderText(self.tr("one recipient a line, copy 1 first"))
        self.recipients.setTabChangesFocus(True)  # Tab leaves the list, as in a form
        self.recipients.setFixedHeight(self.recipients.fontMetrics().lineSpacing() * 4 + 12)
        self.copy = QSpinBox(self)
        self.copy.setObjectName("copy")
        self.copy.setRange(0, 9999)
        # 0 is "not chosen": the first copy, or the reader's own in a personal pack.
        self.copy.setSpecialValueText(self.tr("First, or the reader's own"))

        self.logo = QLineEdit(self)
        self.logo.setObjectName("logo")
        self.logo.setPlaceholderText(self.tr("No logo"))
        choose_logo = QPushButton(self.tr("C&hoose…"), self)
        choose_logo.setObjectName("choose_logo")
        choose_logo.clicked.connect(self._choose_logo)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(choose_logo)

        self.docx = QCheckBox(
            self.tr("Also write the accessible edition as a &Word document (DOCX) beside it"), self
        )
        self.docx.setObjectName("docx")
        self.docx.setChecked(True)
        self.docx.setToolTip(
            self.tr(
                "The same pack with headings, table headers, alt text and languages marked, "
                "for screen readers; the PDF cannot carry them"
            )
        )

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        note = QLabel(
            self.tr(
                "Preview and printing open the pack in the system's PDF viewer: this build "
                "of the app has no PDF viewer of its own."
            ),
            self,
        )
        note.setWordWrap(True)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("export")
        self.open_button = self.buttons.addButton(
            self.tr("&Open in Viewer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("open")
        self.open_button.setEnabled(False)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Editio&n:"), self.edition)
        form.addRow(self.tr("&Paper:"), self.paper)
        form.addRow(self.tr("Lang&uage:"), self.language)
        form.addRow(self.tr("Pack &for:"), self.person)
        # A row that is a layout gets a label without a buddy, which would show the "&".
        logo_label = QLabel(self.tr("&Logo:"), self)
        logo_label.setBuddy(self.logo)
        form.addRow(logo_label, logo_row)
        form.addRow(self.tr("&Version:"), self.version)
        form.addRow(self.tr("Rec&ipients:"), self.recipients)
        form.addRow(self.tr("Cop&y:"), self.copy)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(sections_box)
        layout.addWidget(self.docx)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.inputs: list[QWidget] = [
            self.edition,
            self.paper,
            self.language,
            self.person,
            sections_box,
            self.logo,
            choose_logo,
            self.version,
            self.recipients,
            self.copy,
            self.docx,
            self.export_button,
        ]
        self.edition.currentIndexChanged.connect(lambda _i: self._update())
        self._update()

    def options(self) -> BriefingOptions:
        logo = self.logo.text().strip()
        return BriefingOptions(
            edition=str(self.edition.currentData()),
            paper=str(self.paper.currentData()),
            language=str(self.language.currentData()),
            sections=frozenset(s for s, box in self.sections.items() if box.isChecked()),
            logo=Path(logo) if logo else None,
            person_uuid=self.person.currentData(),
            version=self.version.text().strip() or "1",
            recipients=tuple(
                name.strip() for name in self.recipients.toPlainText().splitlines() if name.strip()
            ),
            copy=self.copy.value() or None,
        )

    # -- the build ------------------------------------------------------------------------------

    def export(self) -> None:
        """Ask for the file, then build the pack on the worker thread."""
        person = self._person_names.get(self.person.currentData())
        title = f"{self.title} - {person}" if person else self.title
        suggested = briefing.file_name(title, str(self.edition.currentData()))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Briefing Pack"), suggested, self.tr(PDF_FILTER)
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            options = self.options()
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Cannot export the briefing pack"), str(exc))
            return
        self.start(path, options)

    def start(self, path: Path, options: BriefingOptions) -> None:
        store, uuid, cancel, signal = self.store, self.trip_uuid, self._cancel, self._progress
        docx = path.with_suffix(".docx") if self.docx.isChecked() else None
        cancel.clear()
        last = [-1]

        def progress(done: int, total: int) -> None:
            if cancel.is_set():
                raise _Cancelled
            percent = done * 100 // total if total else 0
            if percent != last[0]:  # a signal per percent, not per paragraph
                last[0] = percent
                signal.changed.emit(done, total)

        def work() -> briefing.Built:
            with store.session() as session:
                return briefing.write_briefing(session, uuid, path, options, progress, docx=docx)

        self._set_building(True)
        self.status.setText(self.tr("Laying out {file}…").format(file=path.name))
        self.background.run(
            work,
            lambda built: self._done(path, built, docx),
            lambda exc: self._failed(path, exc),
        )

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self) -> None:
        """Block until a running build has stopped (closing the dialog, tests)."""
        self.background.wait()

    def open_in_viewer(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def reject(self) -> None:
        if self.building:  # Cancel: stop the build, keep the dialog
            self.cancel()
            return
        super().reject()

    def _done(self, path: Path, built: briefing.Built, docx: Path | None) -> None:
        self._set_building(False)
        self.written = path
        self.open_button.setEnabled(True)
        # A character no bundled font has printed as "?": the officer learns which, and where.
        lines = [self.tr("Wrote {file} ({pages} pages).").format(file=path, pages=built.pages)]
        lines += built.warnings
        if docx is not None:
            lines.append(self.tr("Wrote the accessible edition to {file}.").format(file=docx))
        self.status.setText("\n".join(lines))

    def _failed(self, path: Path, exc: Exception) -> None:
        self._set_building(False)
        if isinstance(exc, _Cancelled):
            self.status.setText(self.tr("Cancelled; nothing was written."))
            return
        self.status.setText("")
        # A PlannerError names its place (the file, the logo); anything else is a bug to report.
        if isinstance(exc, PlannerError):
            message = str(exc)
        else:
            message = self.tr("{file}: unexpected {kind}: {error}").format(
                file=path, kind=type(exc).__name__, error=exc
            )
        QMessageBox.warning(self, self.tr("Cannot export the briefing pack"), message)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _set_building(self, building: bool) -> None:
        self.building = building
        for widget in self.inputs:
            widget.setEnabled(not building)
        if not building:
            self._update()
        self.open_button.setEnabled(not building and self.written is not None)
        self.progress.setVisible(building)
        self.progress.setValue(0)
        self.close_button.setText(self.tr("Cancel") if building else self.tr("Close"))

    def _update(self) -> None:
        internal = self.edition.currentData() == briefing.INTERNAL
        self.sections[briefing.PROBLEMS].setEnabled(internal and not self.building)

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Logo for the Cover"), self.logo.text(), self.tr(IMAGE_FILTER)
        )
        if name:
            self.logo.setText(name)

    # -- the one entry point -------------------------------------------------------------------

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> None:
        """Show the dialog for the trip; it writes the pack itself and reports what it did."""
        try:
            with store.session() as session:
                trip = session.get(model.Trip, trips.find_trip_id(session, trip_uuid))
                assert trip is not None
                title = trip.title
        except PlannerError as exc:
            QMessageBox.warning(
                parent,
                QCoreApplication.translate(
                    "BriefingExportDialog", "Cannot export the briefing pack"
                ),
                str(exc),
            )
            return
        dialog = cls(store, trip_uuid, title, parent)
        try:
            dialog.exec()
        finally:
            dialog.cancel()
            dialog.wait()
            dialog.deleteLater()
