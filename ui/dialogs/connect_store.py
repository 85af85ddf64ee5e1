"""Connect to a shared store on a PostgreSQL server: host, port, database and user.

There is deliberately no password field. A password typed here would have to be kept
somewhere to reconnect after the server restarts, and the app would become one more place
that holds it; libpq already reads ``PGPASSWORD`` and ``~/.pgpass`` (and ``PGSERVICE``
entries), which the office's administrator sets up once. The dialog says so, with the words
libpq answers when no password is found, so that a user who meets them knows what to do.

A password typed into a field anyway (``db password=x`` as the host, a URL with
``user:password@`` in it) is refused before anything connects, with a message that names the
field but not what was typed, and the dialog gives no URL, so nothing of it reaches the recent
stores (:func:`planner.locations.holds_secret`).

"Test connection" connects once off the GUI thread (:class:`ui.operations.Background`), and
says what the database holds without changing it (:func:`planner.store.probe`).
"""

from __future__ import annotations

import getpass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from planner import locations, store
from ui.operations import Background

DEFAULT_PORT = 5432
# What libpq says when the server wants a password and none was found (PostgreSQL 13-17).
NO_PASSWORD_MESSAGE = "fe_sendauth: no password supplied"


def connection_url(host: str, port: int, database: str, user: str) -> str:
    """``postgresql://USER@HOST:PORT/DB``, the way the store is named everywhere (no password)."""
    url = URL.create(
        "postgresql",
        username=user.strip() or None,
        host=host.strip() or None,
        port=port,
        database=database.strip(),
    )
    return url.render_as_string(hide_password=True)


class ConnectStoreDialog(QDialog):
    """Ask where the shared store is; :meth:`url` is the answer."""

    def __init__(self, saved: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectStoreDialog")
        self.setWindowTitle(self.tr("Connect to Shared Store"))
        self.background = Background(self)

        self.saved = QComboBox(self)
        self.saved.setObjectName("saved")
        self.saved.addItem(self.tr("New connection"), "")
        for location in saved:
            self.saved.addItem(location, location)
        self.saved.setEnabled(bool(saved))
        self.saved.currentIndexChanged.connect(lambda _index: self._fill_from_saved())

        self.host = QLineEdit("localhost", self)
        self.host.setObjectName("host")
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.database.setPlaceholderText(self.tr("e.g. planner"))
        self.user = QLineEdit(_login_name(), self)
        self.user.setObjectName("user")

        self.password_note = QLabel(
            self.tr(
                "There is no password field: the password comes from the PGPASSWORD environment "
                "variable or from a line in ~/.pgpass "
                "(host:port:database:user:password, readable by you only), and is never saved "
                'by this program. Without one the server answers "{message}".'
            ).format(message=NO_PASSWORD_MESSAGE),
            self,
        )
        self.password_note.setObjectName("passwordNote")
        self.password_note.setWordWrap(True)

        self.test_button = QPushButton(self.tr("&Test Connection"), self)
        self.test_button.setObjectName("testButton")
        self.test_button.clicked.connect(self.test_connection)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("testResult")
        self.result_label.setWordWrap(True)
        self.result_label.setMinimumWidth(420)
        self.password_note.setMinimumWidth(540)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Saved:"), self.saved)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignTop)
        test_row.addWidget(self.result_label, 1)
        # Wrapped labels in a box layout get the height their text needs (in a form row
        # spanning both columns they are cut off).
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(form)
        layout.addWidget(self.password_note)
        layout.addLayout(test_row)
        layout.addWidget(self.buttons)

        for edit in (self.host, self.database, self.user):
            edit.textChanged.connect(lambda _text: self._changed())
        self.port.valueChanged.connect(lambda _value: self._changed())
        if saved:
            self.saved.setCurrentIndex(1)
        self._changed()

    def url(self) -> str:
        """The store's URL as the fields say now."""
        return connection_url(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def accept(self) -> None:
        if not self._refused_secret():
            super().accept()

    def test_connection(self) -> None:
        """Connect once, off the GUI thread; the answer appears beside the button."""
        if self._refused_secret():
            return
        url = self.url()
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Connecting to {url}…").format(url=url))

        def done(found: Any) -> None:
            self.test_button.setEnabled(True)
            self.result_label.setText(self._describe(found))

        def failed(exc: Exception) -> None:
            self.test_button.setEnabled(True)
            self.result_label.setText(self.tr("Cannot connect: {reason}").format(reason=exc))

        self.background.run(lambda: store.probe(url), done, failed)

    def done(self, result: int) -> None:
        self.background.wait()  # a test still running must not report to a closed dialog
        super().done(result)

    def _describe(self, found: store.Probe) -> str:
        if found.revision is not None:
            return self.tr(
                "Connected (PostgreSQL {server}): a Delegation Planner store (schema {schema})."
            ).format(server=found.server, schema=found.revision)
        if found.foreign:
            return self.tr(
                "Connected (PostgreSQL {server}), but the database holds another program's "
                "tables; it cannot be a store."
            ).format(server=found.server)
        return self.tr(
            "Connected (PostgreSQL {server}): the database is empty; connecting makes a new "
            "store in it."
        ).format(server=found.server)

    def _fill_from_saved(self) -> None:
        location = str(self.saved.currentData() or "")
        if not location:
            return
        try:
            url = make_url(location)
        except ArgumentError:
            return
        self.host.setText(url.host or "")
        self.port.setValue(url.port or DEFAULT_PORT)
        self.database.setText(url.database or "")
        self.user.setText(url.username or "")

    def _refused_secret(self) -> bool:
        """Say so (without repeating it) when a field holds a password; True then."""
        for label, edit in (
            (self.tr("Host"), self.host),
            (self.tr("Database"), self.database),
            (self.tr("User"), self.user),
        ):
            if locations.holds_secret(edit.text()):
                self.result_label.setText(
                    self.tr(
                        "{field}: a password does not belong in a store's location, where other "
                        "users can see it; put it in PGPASSWORD or ~/.pgpass and leave it out. "
                        "Nothing was connected or saved."
                    ).format(field=label)
                )
                edit.setFocus()
                return True
        return False

    def _changed(self) -> None:
        self.result_label.clear()
        ready = bool(self.host.text().strip() and self.database.text().strip())
        self.ok_button.setEnabled(ready)
        self.test_button.setEnabled(ready)

    @classmethod
    def ask(cls, parent: QWidget | None, saved: list[str]) -> str | None:
        """The URL of the store to connect to, or None when the user cancels."""
        dialog = cls(saved, parent)
        try:
            return dialog.url() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return ""


def saved_connections(locations: list[str]) -> list[str]:
    """The database URLs among recent store locations (files are left out)."""
    return [location for location in locations if store.is_url(location)]
