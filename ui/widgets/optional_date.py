"""A day that may be left open: a date of birth not yet known, a passport's issue date.

``QDateEdit`` always holds a day, so the earliest day it allows stands for "none" and shows
the word instead (Qt's special value text). Delete empties it from the keyboard; the calendar
button picks a day. Days are shown ISO (2027-04-05): one form for German, Chinese and English
readers, and the form the trip file and the consulates' forms use.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

_NONE = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    """``day()`` is the chosen day, or None while it shows "none"."""

    changed = Signal()

    def __init__(self, day: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_NONE)
        self.setMaximumDate(QDate(2199, 12, 31))
        self.setSpecialValueText(self.tr("none"))
        self.setToolTip(self.tr("Type the day as 2027-04-05, or pick it; Delete leaves it open."))
        self.set_day(day)
        self.dateChanged.connect(self.changed)

    def day(self) -> dt.date | None:
        value = self.date()
        return None if value == _NONE else dt.date(value.year(), value.month(), value.day())

    def set_day(self, day: dt.date | None) -> None:
        self.setDate(_NONE if day is None else QDate(day.year, day.month, day.day))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Delete and self.date() != _NONE:
            self.set_day(None)
            return
        self._calendar_on_today()
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._calendar_on_today()
        super().mousePressEvent(event)

    def _calendar_on_today(self) -> None:
        """An open day's calendar opens on this month, not on January 1900. The calendar is
        made only when first wanted (it costs a locale's month names per field)."""
        if self.date() == _NONE:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
