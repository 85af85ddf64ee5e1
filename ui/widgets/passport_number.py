"""A passport number, masked until the user asks to see it.

The person editor is opened in offices with visitors and on shared screens; a passport number
with a name and a date of birth is as good as an identity, so it shows as dots until "Show" is
pressed (a toggle: pressed again, it hides the number). The toggle is a button of its own,
reached with Tab and named for screen readers; the number is typed and copied as any text.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget


class PassportNumberEdit(QWidget):
    changed = Signal()

    def __init__(self, number: str | None, show_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(number or "", self)
        self.edit.setObjectName("passport_number_text")
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button = QToolButton(self)
        self.show_button.setObjectName("show_passport_number")
        self.show_button.setText(show_text)
        self.show_button.setCheckable(True)
        self.show_button.setAccessibleName(self.tr("Show passport number"))
        self.show_button.setToolTip(self.tr("Show or hide the passport number"))
        self.show_button.toggled.connect(self._show)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.show_button)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self.changed)

    def text(self) -> str:
        return self.edit.text()

    def shown(self) -> bool:
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def _show(self, on: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
