"""Trip ▸ Publish Calendar: put the trip's calendar into a CalDAV collection that delegates'
phones subscribe to (:mod:`planner.calendar_ics.publish`, as ``planner publish`` does).

The collection's address and user are remembered per trip (``ui.settings``), so publishing
again after a change is two keystrokes. A password typed here is used for this publish only
and never kept; left empty, the system keychain's (or the environment's) is used. The
publish talks to a server, so it runs off the GUI thread (``ui.background``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from planner import calendar_ics
from planner.calendar_ics import CalendarSource, ExportOptions
from planner.calendar_ics import publish as publishing
from planner.calendar_ics.caldav import Collection
from planner.errors import PlannerError
from planner.store import Store
from ui import i18n
from ui.background import run_and_wait
from ui.settings import Settings


@dataclass(frozen=True)
class PublishChoice:
    """Where to publish and which calendar; ``password`` empty: the keychain's."""

    url: str
    user: str
    password: str
    options: ExportOptions


class CalendarPublishDialog(QDialog):
    def __init__(
        self, source: CalendarSource, url: str = "", user: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish Calendar"))
        self.url = QLineEdit(url, self)
        self.url.setObjectName("url")
        self.url.setPlaceholderText("https://calendar.example.org/dav/office/trip/")
        self.url.setAccessibleName(self.tr("Calendar address"))
        self.user = QLineEdit(user, self)
        self.user.setObjectName("user")
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setPlaceholderText(self.tr("From the system keychain"))
        self.person = QComboBox(self)
        self.person.setObjectName("person")
        self.person.setAccessibleName(self.tr("Calendar"))
        self.person.addItem(self.tr("The whole trip"), "")
        people = sorted(source.people.values(), key=lambda p: (not p.is_delegate, p.name))
        for p in people:
            self.person.addItem(p.display_name, p.uuid)
        self.edition = QComboBox(self)
        self.edition.setObjectName("edition")
        self.edition.setAccessibleName(self.tr("Edition"))
        # The export dialog's words, and so its translations.
        self.edition.addItem(
            QCoreApplication.translate(
                "CalendarExportDialog", "External: without private notes and notes on people"
            ),
            calendar_ics.EXTERNAL,
        )
        self.edition.addItem(
            QCoreApplication.translate("CalendarExportDialog", "Internal: with private notes"),
            calendar_ics.INTERNAL,
        )
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.setAccessibleName(self.tr("Language of the descriptions"))
        for code, ui_code in (("en", "en"), ("de", "de"), ("zh", "zh_CN")):
            self.language.addItem(i18n.language_name(ui_code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.check_language())))
        note = QLabel(
            self.tr(
                "Each event is kept in the calendar on the server: changed meetings are "
                "updated, deleted ones removed, and other entries there are left alone. A "
                "password typed here is used once and never saved."
            ),
            self,
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Publish"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Calendar &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Calendar:"), self.person)
        form.addRow(self.tr("Editio&n:"), self.edition)
        form.addRow(self.tr("&Language of the descriptions:"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._update)
        self._update()

    def choice(self) -> PublishChoice:
        person = str(self.person.currentData() or "")
        options = ExportOptions(
            edition=str(self.edition.currentData()),
            person_uuid=person or None,
            language=str(self.language.currentData()),
        )
        return PublishChoice(
            self.url.text().strip(), self.user.text().strip(), self.password.text(), options
        )

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.url.text().strip())
        )

    @classmethod
    def ask(cls, parent: QWidget | None, store: Store, trip_uuid: str) -> None:
        """Ask where to publish, then publish; the outcome or the error is shown."""
        title = QCoreApplication.translate("CalendarPublishDialog", "Cannot publish the calendar")
        try:
            with store.session() as session:
                source = calendar_ics.read_source(session, trip_uuid)
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        settings = Settings()
        dialog = cls(source, *settings.publish_target(trip_uuid), parent=parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choice = dialog.choice()
        finally:
            dialog.deleteLater()

        def work() -> publishing.Published:
            collection = Collection(choice.url, user=choice.user or None)
            secret = choice.password or publishing.password(collection.user, collection.url)
            collection.use_password(secret)
            return publishing.publish(store, trip_uuid, choice.options, collection)

        try:
            done = run_and_wait(
                parent,
                work,
                QCoreApplication.translate("CalendarPublishDialog", "Publishing the calendar…"),
            )
        except PlannerError as exc:
            QMessageBox.warning(parent, title, str(exc))
            return
        settings.remember_publish_target(trip_uuid, choice.url, choice.user)
        QMessageBox.information(
            parent,
            QCoreApplication.translate("CalendarPublishDialog", "Calendar published"),
            PublishReport().published(done),
        )


class PublishReport(QObject):
    """What a publish did, in words: ``self.tr`` in a class, where lupdate finds it."""

    def published(self, done: publishing.Published) -> str:
        return self.tr(
            "Published to {url}: {new} new, {changed} changed, {deleted} deleted, "
            "{unchanged} unchanged."
        ).format(
            url=done.url,
            new=done.created,
            changed=done.updated,
            deleted=done.deleted,
            unchanged=done.unchanged,
        )
