"""An editable list of labelled telephone numbers: the trip's useful numbers.

A table of two columns (label, number) with Add and Remove buttons. Tab leaves the table
rather than walking its cells (arrows and F2 or typing edit a cell), so the editor stays one
Tab stop in the form; the table is named for screen readers. Numbers are shown as people
write them and handed back in E.164 when :mod:`planner.phones` reads them, so opening and
saving a trip changes nothing; a number it cannot read is handed back as typed, for the
trip's rules to refuse by name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import phones

LABEL, NUMBER = 0, 1


class NumberList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("numbers")
        self.table.setHorizontalHeaderLabels([self.tr("Label"), self.tr("Number")])
        self.table.setAccessibleName(self.tr("Useful numbers"))
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFixedHeight(self.table.fontMetrics().lineSpacing() * 6)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.add_button = QPushButton(self.tr("A&dd number"), self)
        self.add_button.setObjectName("add_number")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(self.tr("Re&move number"), self)
        self.remove_button.setObjectName("remove_number")
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table)
        column.addLayout(buttons)
        self.setFocusProxy(self.table)

    def set_numbers(self, numbers: Sequence[tuple[str, str]]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for label, number in numbers:
            self._append(label, phones.formatted(number))
        self.table.blockSignals(False)
        self.changed.emit()

    def numbers(self) -> tuple[tuple[str, str], ...]:
        """(label, number) of every row that is not blank, numbers in E.164 where readable."""
        found = []
        for row in range(self.table.rowCount()):
            label, number = self._text(row, LABEL), self._text(row, NUMBER)
            if label.strip() or number.strip():
                found.append((label, _stored(number)))
        return tuple(found)

    def add_row(self) -> None:
        """A new row, its label cell current: typing (or F2) edits it."""
        self._append("", "")
        self.table.setCurrentCell(self.table.rowCount() - 1, LABEL)
        self.table.setFocus()
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self.changed.emit()

    def _append(self, label: str, number: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, LABEL, QTableWidgetItem(label))
        self.table.setItem(row, NUMBER, QTableWidgetItem(number))

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def _stored(number: str) -> str:
    try:
        return phones.normalize(number)
    except phones.PhoneError:
        return number
