"""Trip ▸ Visa Letters and Delegation List: what ``planner letters`` writes, previewed first.

The trip's content (who needs a visa by the dated rules, the sealed documents, the office's
settings) is read once on a worker thread; the choices (language, PDF or Word, one letter or
one per delegate) only re-word it, so the preview follows each choice at once: the files that
will be written, who is invited and who is not (with the rule that says so), what a consulate
will miss, and the first document's text as it will read. Save asks for a folder and writes
every file or none (:func:`planner.letters.files.write_documents`), asking before it replaces
files of the same names.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner import names
from planner.errors import PlannerError
from planner.letters import files
from planner.letters.content import Delegate, LetterContent, read_stored
from planner.letters.wording import Document, as_text
from planner.store import Store
from ui import i18n
from ui.background import run_and_wait
from ui.dialogs.briefing_export import PACK_LANGUAGES, pack_language
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "LettersDialog"
MISSING_WORDS = {
    "nationality": QT_TRANSLATE_NOOP("LettersDialog", "nationality"),
    "date_of_birth": QT_TRANSLATE_NOOP("LettersDialog", "date of birth"),
    "gender": QT_TRANSLATE_NOOP("LettersDialog", "gender"),
    "passport": QT_TRANSLATE_NOOP("LettersDialog", "passport number"),
}
INVITER_GAPS = {
    "address": QT_TRANSLATE_NOOP("LettersDialog", "The office settings have no address."),
    "phone": QT_TRANSLATE_NOOP("LettersDialog", "The office settings have no phone."),
    "signatory": QT_TRANSLATE_NOOP("LettersDialog", "The office settings name no signatory."),
    "costs": QT_TRANSLATE_NOOP("LettersDialog", "The trip's invitation does not say who pays."),
}


class LettersDialog(QDialog):
    def __init__(self, content: LetterContent, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.written: list[Path] = []
        self.summary = ""
        """What was written, for the status bar: ``Wrote 3 files to /home/…/Visa``."""
        self.setWindowTitle(self.tr("Visa Letters and Delegation List"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the letters"))
        for code, name in PACK_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            self.language.findData(pack_language(i18n.current_language()))
        )
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("PDF"), files.PDF)
        self.format.addItem(self.tr("Word (DOCX), to put on the letterhead"), files.DOCX)
        self.per_delegate = QCheckBox(self.tr("One letter per &delegate"), self)
        self.per_delegate.setObjectName("per_delegate")
        self.preview = QPlainTextEdit(self)
        self.preview.setObjectName("preview")
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What will be written"))
        self.preview.setTabChangesFocus(True)
        self.preview.setMinimumSize(620, 420)
        preview_label = QLabel(self.tr("&What will be written:"), self)
        preview_label.setBuddy(self.preview)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow("", self.per_delegate)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = self.buttons.addButton(
            self.tr("&Save to Folder…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save.setObjectName("save")
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self.language.currentIndexChanged.connect(self._show)
        self.format.currentIndexChanged.connect(self._show)
        self.per_delegate.toggled.connect(self._show)
        self._show()

    def documents(self) -> list[Document]:
        """The documents the choices make, in the order they are written."""
        return files.documents(
            self.content, self.language.currentData(), per_delegate=self.per_delegate.isChecked()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> str:
        """Read the trip, show the dialog; what was written, empty when nothing was."""
        title = QCoreApplication.translate("LettersDialog", "Visa Letters and Delegation List")

        def read() -> LetterContent:
            with store.session() as session:
                return read_stored(session, trip_uuid, dt.date.today())

        try:
            content = run_and_wait(
                parent,
                read,
                QCoreApplication.translate("LettersDialog", "Reading the travel documents…"),
            )
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return ""
        dialog = cls(content, parent)
        try:
            dialog.exec()
            return dialog.summary
        finally:
            dialog.deleteLater()

    # -- private ------------------------------------------------------------------------------

    def _show(self) -> None:
        docs = self.documents()
        suffix = self.format.currentData()
        lines = [self.tr("Files:")]
        lines += [f"  {doc.stem}.{suffix}" for doc in docs]
        lines.append("")
        invitees = self.content.invitees
        if invitees:
            lines.append(self.tr("Invited (a visa is needed):"))
            lines += [f"  {self._invitee_line(d)}" for d in invitees]
        else:
            lines.append(self.tr("No delegate needs a visa: no invitation letter is written."))
        left_out = [d for d in self.content.delegation if not d.invited]
        if left_out:
            lines.append(self.tr("Not invited (no visa needed):"))
            lines += [f"  {self._name(d)}{self._because(d)}" for d in left_out]
        gaps = self._gaps()
        if gaps:
            lines.append("")
            lines.append(self.tr("To complete before sending:"))
            lines += [f"  {gap}" for gap in gaps]
        lines.append("")
        lines.append("—" * 40)
        lines.append(as_text(docs[0]))
        self.preview.setPlainText("\n".join(lines))

    def _invitee_line(self, d: Delegate) -> str:
        if d.needs_visa is None:
            return self.tr("{name} (no rule decides: invited to be safe)").format(
                name=self._name(d)
            )
        return f"{self._name(d)}{self._because(d)}"

    def _because(self, d: Delegate) -> str:
        return self.tr(" ({rule})").format(rule=d.because) if d.because else ""

    def _gaps(self) -> list[str]:
        found = []
        for d in self.content.invitees:
            missing = self.content.missing(d)
            if missing:
                words = self.tr(", ").join(
                    QCoreApplication.translate(CONTEXT, MISSING_WORDS[key]) for key in missing
                )
                found.append(
                    self.tr("{name}: no {fields} recorded").format(name=self._name(d), fields=words)
                )
        found += [
            QCoreApplication.translate(CONTEXT, INVITER_GAPS[key])
            for key in self.content.inviter_missing()
        ]
        return found

    @staticmethod
    def _name(d: Delegate) -> str:
        return names.display_name(d.family_name, d.given_name, d.native_name)

    def _save(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the Letters"))
        if not folder:
            return
        docs, fmt = self.documents(), self.format.currentData()
        taken = [f"{d.stem}.{fmt}" for d in docs if (Path(folder) / f"{d.stem}.{fmt}").exists()]
        if taken:
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                self.tr("Replace {files} in {folder}?").format(
                    files=", ".join(taken), folder=folder
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self.written = run_and_wait(
                self,
                lambda: files.write_documents(docs, Path(folder), fmt),
                self.tr("Writing the letters…"),
            )
        except PlannerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        self.summary = self.tr("Wrote %n file(s) to {folder}", "", len(self.written)).format(
            folder=folder
        )
        self.accept()
