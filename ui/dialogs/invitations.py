"""Trip ▸ Send Invitations: every message listed before any is sent, then Send, Save as
Drafts, or Cancel.

The list is a dry run of :func:`planner.calendar_ics.invitation_mail.deliver`: it records
nothing. Sending (or saving) plans again and records what went out only when all of it did,
so a refused login or a full disk leaves the store as it was and the next try repeats the
same messages. Both run off the GUI thread (:func:`ui.background.run_and_wait`); a mail
server can take seconds to answer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import office
from planner.calendar_ics import invitation_mail
from planner.calendar_ics.invitations import CANCEL, InvitationPlan
from planner.errors import PlannerError
from planner.office import OfficeSettings
from planner.store import Store
from ui import i18n
from ui.background import Cancelled, run_and_wait

SEND, DRAFTS = "send", "drafts"
Planner = Callable[[str], InvitationPlan]


class InvitationsDialog(QDialog):
    """The messages of a plan as a table (recipient, meeting, REQUEST or CANCEL); ``choice``
    says which button closed it. Changing the language plans again through ``planner``."""

    def __init__(
        self,
        plan: InvitationPlan,
        settings: OfficeSettings,
        planner: Planner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send Invitations"))
        self.choice: str | None = None
        self._planner = planner
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for code, ui_code in (("en", "en"), ("de", "de"), ("zh", "zh_CN")):
            self.language.addItem(i18n.language_name(ui_code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(plan.language)))
        self.language.currentIndexChanged.connect(self._replan)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("messages")
        self.table.setTabKeyNavigation(False)  # arrows move within, Tab leaves
        self.table.setAccessibleName(self.tr("Messages to send"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Recipient"), self.tr("Meeting"), self.tr("Message")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        sender = self.tr("From: {name} <{address}>").format(
            name=settings.name, address=settings.email
        )
        self.buttons = QDialogButtonBox(self)
        self.send_button = QPushButton(self.tr("&Send"), self)
        self.send_button.setObjectName("send")
        self.drafts_button = QPushButton(self.tr("Save as &Drafts…"), self)
        self.drafts_button.setObjectName("drafts")
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.drafts_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.send_button.clicked.connect(lambda: self._close_with(SEND))
        self.drafts_button.clicked.connect(lambda: self._close_with(DRAFTS))
        self.buttons.rejected.connect(self.reject)
        self._has_server = bool(settings.smtp_host)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(sender, self))
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.show_plan(plan)

    def show_plan(self, plan: InvitationPlan) -> None:
        self.plan = plan
        self.table.setRowCount(len(plan.invitations))
        for row, invitation in enumerate(plan.invitations):
            recipient = f"{invitation.recipient.name} <{invitation.recipient.email}>"
            kind = (
                self.tr("Cancellation (CANCEL)")
                if invitation.method == CANCEL
                else self.tr("Invitation (REQUEST)")
            )
            for column, text in enumerate((recipient, invitation.meeting, kind)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.summary.setText(InvitationWords().summary(plan, self._has_server))
        some = bool(plan.invitations)
        self.send_button.setEnabled(some and self._has_server)
        self.drafts_button.setEnabled(some)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def _close_with(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _replan(self) -> None:
        if self._planner is None:
            return
        try:
            self.show_plan(self._planner(self.chosen_language()))
        except Cancelled:
            return
        except PlannerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> None:
        """List the trip's messages, then send or save what the user chose; errors shown."""
        title = QCoreApplication.translate("InvitationsDialog", "Cannot send the invitations")
        try:
            settings = office.load()
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        if not settings.has_identity:
            from ui.dialogs.office_settings import OfficeSettingsDialog  # noqa: PLC0415

            QMessageBox.information(
                parent,
                QCoreApplication.translate("InvitationsDialog", "Send Invitations"),
                QCoreApplication.translate(
                    "InvitationsDialog",
                    "Invitations are sent in the office's name: give its name and e-mail "
                    "address first.",
                ),
            )
            saved = OfficeSettingsDialog.ask(parent)
            if saved is None or not saved.has_identity:
                return
            settings = saved
        planning = QCoreApplication.translate("InvitationsDialog", "Listing the invitations…")

        def planner(language: str) -> InvitationPlan:
            def work() -> InvitationPlan:
                return invitation_mail.deliver(
                    store, trip_uuid, settings, language=language, dry_run=True
                )

            return run_and_wait(parent, work, planning, cancellable=True)

        try:
            plan = planner(i18n.check_language())
        except Cancelled:
            return
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        dialog = cls(plan, settings, planner, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
                return
            choice, language = dialog.choice, dialog.chosen_language()
        finally:
            dialog.deleteLater()
        folder = None
        if choice == DRAFTS:
            picked = QFileDialog.getExistingDirectory(
                parent,
                QCoreApplication.translate("InvitationsDialog", "Folder for Invitation Drafts"),
                settings.drafts_folder,
            )
            if not picked:
                return
            folder = Path(picked)

        def deliver() -> InvitationPlan:
            return invitation_mail.deliver(
                store, trip_uuid, settings, language=language, drafts=folder
            )

        label = QCoreApplication.translate("InvitationsDialog", "Sending the invitations…")
        try:
            done = run_and_wait(parent, deliver, label)
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        QMessageBox.information(
            parent,
            QCoreApplication.translate("InvitationsDialog", "Send Invitations"),
            InvitationWords().done(len(done.invitations), folder),
        )


class InvitationWords(QObject):
    """Counts in words with plurals: lupdate files a plural only from a ``self.tr`` call."""

    def summary(self, plan: InvitationPlan, has_server: bool) -> str:
        if not plan.recipients:
            return self.tr("Nobody on this trip has an e-mail address: there is nothing to send.")
        if not plan.invitations:
            return self.tr("Every invitation is up to date: there is nothing to send.")
        text = " ".join(
            (
                self.tr("%n invitation(s)", "", plan.requests),
                self.tr("and %n cancellation(s).", "", plan.cancels),
            )
        )
        if not has_server:
            text += " " + self.tr(
                "No mail server is set (Edit ▸ Office and Mail Settings): save them as drafts."
            )
        return text

    def done(self, count: int, folder: Path | None) -> str:
        if folder is not None:
            return self.tr("Saved %n draft(s) in {folder}.", "", count).format(folder=folder)
        return self.tr("Sent %n message(s).", "", count)
