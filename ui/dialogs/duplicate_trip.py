"""Ask for the title and first day of a trip's copy."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner import trips


class DuplicateTripDialog(QDialog):
    def __init__(
        self, title: str, first_day: dt.date | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Duplicate Trip to New Dates"))
        self.title_edit = QLineEdit(trips.copy_title(title, self.tr("{title} (copy)")), self)
        self.title_edit.setObjectName("title")
        self.first_day_edit = QDateEdit(self)
        self.first_day_edit.setObjectName("first_day")
        self.first_day_edit.setCalendarPopup(True)
        self.first_day_edit.setDisplayFormat("yyyy-MM-dd")
        start = first_day or dt.date.today()
        self.first_day_edit.setDate(QDate(start.year, start.month, start.day))
        note = QLabel(
            self.tr(
                "Every stop, transfer and meeting keeps its local time of day, shifted by whole "
                "days. People and organizations are shared with the original."
            ),
            self,
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.title_edit.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(text.strip())
            )
        )
        form = QFormLayout(self)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&First day:"), self.first_day_edit)
        form.addRow(note)
        form.addRow(buttons)

    def answer(self) -> tuple[str, dt.date]:
        day = self.first_day_edit.date()
        return self.title_edit.text().strip(), dt.date(day.year(), day.month(), day.day())

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, first_day: dt.date | None
    ) -> tuple[str, dt.date] | None:
        dialog = cls(title, first_day, parent)
        try:
            return dialog.answer() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
