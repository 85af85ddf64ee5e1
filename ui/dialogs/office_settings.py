"""Edit ▸ Office and Mail Settings: the office's name and e-mail (the ORGANIZER of its events
and the sender of its invitations), the mail server, and what its visa invitation letters
print of it (address, phone, who signs, the city they are dated in), saved where the command
line reads them too (:mod:`planner.office`).

The password field goes to the system keychain, never to the settings file; left empty it
changes nothing, so the dialog can be opened and closed without retyping it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from planner import emails, office
from planner.errors import PlannerError
from planner.office import OfficeSettings
from ui.widgets import screen_fit


class OfficeSettingsDialog(QDialog):
    def __init__(self, settings: OfficeSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Office and Mail Settings"))
        self.office_name = self._line("name", settings.name, self.tr("Office name"))
        self.email = self._line("email", settings.email, self.tr("Office e-mail address"))
        self.smtp_host = self._line("smtp_host", settings.smtp_host, self.tr("Mail server"))
        self.smtp_port = QSpinBox(self)
        self.smtp_port.setObjectName("smtp_port")
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_port.setAccessibleName(self.tr("Mail server port"))
        self.smtp_starttls = QCheckBox(self.tr("Encrypt with S&TARTTLS"), self)
        self.smtp_starttls.setObjectName("smtp_starttls")
        self.smtp_starttls.setChecked(settings.smtp_starttls)
        self.smtp_user = self._line("smtp_user", settings.smtp_user, self.tr("Mail server user"))
        self.password = self._line("password", "", self.tr("Mail server password"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("unchanged (kept in the system keychain)"))
        self.drafts_folder = self._line(
            "drafts_folder", settings.drafts_folder, self.tr("Folder for drafts")
        )
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.setObjectName("browse_drafts")
        browse.setAccessibleName(self.tr("Choose the folder for drafts"))
        browse.clicked.connect(self._browse)
        drafts_row = QHBoxLayout()
        drafts_row.addWidget(self.drafts_folder)
        drafts_row.addWidget(browse)
        self.address = QPlainTextEdit(settings.address, self)
        self.address.setObjectName("address")
        self.address.setAccessibleName(self.tr("Office postal address"))
        self.address.setTabChangesFocus(True)  # Tab leaves the field, as in a line
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 4 + 12)
        self.phone = self._line("phone", settings.phone, self.tr("Office phone"))
        self.signatory = self._line(
            "signatory", settings.signatory, self.tr("Who signs invitation letters")
        )
        self.signatory_function = self._line(
            "signatory_function", settings.signatory_function, self.tr("Function of the signatory")
        )
        self.place = self._line("place", settings.place, self.tr("City letters are dated in"))

        form = QFormLayout()
        form.addRow(self.tr("Office &name:"), self.office_name)
        form.addRow(self.tr("Office &e-mail:"), self.email)
        form.addRow(self.tr("Mail &server:"), self.smtp_host)
        form.addRow(self.tr("&Port:"), self.smtp_port)
        form.addRow("", self.smtp_starttls)
        form.addRow(self.tr("&User:"), self.smtp_user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Drafts folder:"), drafts_row)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("P&hone:"), self.phone)
        form.addRow(self.tr("S&ignatory:"), self.signatory)
        form.addRow(self.tr("Signatory's &function:"), self.signatory_function)
        form.addRow(self.tr("&City of letters:"), self.place)
        note = QLabel(
            self.tr(
                "Events with attendees name the office as their organizer, and invitations "
                "are sent from its address. The password is kept in the system keychain, "
                "never in a file; without a keychain, set DELEGATION_PLANNER_SMTP_PASSWORD."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(form)
        body.addWidget(note)
        layout = QVBoxLayout(self)
        # Scrolls where the screen cannot hold the form (200 %, a large font): the letters'
        # address, phone and signatory made it taller than a 200 % laptop screen.
        layout.addWidget(screen_fit.scrolling(body, self), 1)
        layout.addWidget(self.buttons)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not event.spontaneous():
            screen_fit.fit_dialog(self)
        super().showEvent(event)

    def chosen(self) -> OfficeSettings:
        return OfficeSettings(
            name=self.office_name.text().strip(),
            email=self.email.text().strip(),
            smtp_host=self.smtp_host.text().strip(),
            smtp_port=self.smtp_port.value(),
            smtp_starttls=self.smtp_starttls.isChecked(),
            smtp_user=self.smtp_user.text().strip(),
            drafts_folder=self.drafts_folder.text().strip(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            signatory=self.signatory.text().strip(),
            signatory_function=self.signatory_function.text().strip(),
            place=self.place.text().strip(),
        )

    def accept(self) -> None:
        """Save, unless the address is malformed (said at once, nothing saved)."""
        chosen = self.chosen()
        if chosen.email and not emails.is_email(chosen.email):
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("{address} is not an e-mail address.").format(address=chosen.email),
            )
            self.email.setFocus()
            return
        try:
            office.save(chosen)
            if self.password.text():
                office.store_smtp_password(chosen, self.password.text())
        except PlannerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> OfficeSettings | None:
        """Show the saved settings for editing; the saved result, or None when cancelled."""
        try:
            current = office.load()
        except PlannerError as exc:
            title = QCoreApplication.translate("OfficeSettingsDialog", "Office and Mail Settings")
            QMessageBox.warning(parent, title, str(exc))
            current = OfficeSettings()
        dialog = cls(current, parent)
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _line(self, name: str, text: str, spoken: str) -> QLineEdit:
        line = QLineEdit(text, self)
        line.setObjectName(name)
        line.setAccessibleName(spoken)
        return line

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for Invitation Drafts"), self.drafts_folder.text()
        )
        if folder:
            self.drafts_folder.setText(str(Path(folder)))
