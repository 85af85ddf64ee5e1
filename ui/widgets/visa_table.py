"""A person's visas as a table: area, kind, number, first and last valid day, entries.

One row per visa, edited in place; the days are edited as dates (Qt gives a date cell a date
editor), the rest as text. Tab leaves the table for the buttons below it instead of walking
its cells (arrow keys move between cells, F2 or typing edits one), so the form stays usable
from the keyboard. "multiple" (or its translation) means any number of entries.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.travel_documents import MULTIPLE, SCHENGEN, Visa

_AREA, _KIND, _NUMBER, _FROM, _TO, _ENTRIES = range(6)


class VisaTable(QWidget):
    changed = Signal()

    def __init__(self, add_text: str, remove_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("visa_rows")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Area"),
                self.tr("Kind"),
                self.tr("Number"),
                self.tr("Valid from"),
                self.tr("Valid to"),
                self.tr("Entries"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(_NUMBER, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegate(_IsoDates(self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAccessibleName(self.tr("Visas"))
        self.table.setToolTip(
            self.tr(
                "Area: a country code (CN) or Schengen. Entries: 1, 2, … or multiple. "
                "Arrow keys move between cells, F2 edits one, Tab leaves the table."
            )
        )
        self.table.setMinimumHeight(self.table.verticalHeader().defaultSectionSize() * 4)
        self.add_button = QPushButton(add_text, self)
        self.add_button.setObjectName("add_visa")
        self.remove_button = QPushButton(remove_text, self)
        self.remove_button.setObjectName("remove_visa")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.table)
        self.table.itemChanged.connect(self.changed)
        self._update_buttons()

    def visas(self) -> tuple[Visa, ...]:
        return tuple(self._visa(row) for row in range(self.table.rowCount()))

    def set_visas(self, visas: tuple[Visa, ...]) -> None:
        self.table.setRowCount(0)
        for visa in visas:
            self._append(visa)
        self._update_buttons()

    def add_row(self) -> None:
        today = dt.date.today()
        self._append(Visa(SCHENGEN, today, today + dt.timedelta(days=30)))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, _AREA)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._update_buttons()
        self.changed.emit()

    def _append(self, visa: Visa) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        area = self._schengen() if visa.area == SCHENGEN else visa.area
        entries = self._multiple() if visa.entries == MULTIPLE else visa.entries
        for column, value in (
            (_AREA, area),
            (_KIND, visa.kind),
            (_NUMBER, visa.number),
            (_ENTRIES, "" if entries is None else str(entries)),
        ):
            self.table.setItem(row, column, QTableWidgetItem(value or ""))
        for column, day in ((_FROM, visa.valid_from), (_TO, visa.valid_to)):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.EditRole, QDate(day.year, day.month, day.day))
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)

    def _visa(self, row: int) -> Visa:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        def day(column: int) -> dt.date:
            item = self.table.item(row, column)
            value = item.data(Qt.ItemDataRole.EditRole) if item is not None else None
            if isinstance(value, QDate) and value.isValid():
                return dt.date(value.year(), value.month(), value.day())
            return dt.date.today()

        area = text(_AREA)
        return Visa(
            area=SCHENGEN
            if area.casefold() in {SCHENGEN, self._schengen().casefold()}
            else area.upper(),
            valid_from=day(_FROM),
            valid_to=day(_TO),
            kind=text(_KIND) or None,
            number=text(_NUMBER) or None,
            entries=self._entries(text(_ENTRIES)),
        )

    def _entries(self, typed: str) -> int | str | None:
        if not typed:
            return None
        if typed.casefold() in {MULTIPLE, self._multiple().casefold()}:
            return MULTIPLE
        return int(typed) if typed.isdigit() else typed

    def _multiple(self) -> str:
        return self.tr("multiple")

    def _schengen(self) -> str:
        """The Schengen area as the reader's language names it (申根区, not a Latin word in a
        Chinese table); the English word is understood in every language."""
        return self.tr("Schengen")

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.rowCount() > 0)


class _IsoDates(QStyledItemDelegate):
    """Days shown and edited as 2027-04-05, as everywhere in the Documents page, not in the
    locale's short form (4/5/27 reads as April or May depending on the reader)."""

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:  # noqa: N802
        if isinstance(value, QDate):
            return value.toString("yyyy-MM-dd")
        return super().displayText(value, locale)

    def createEditor(  # noqa: N802
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QDateEdit):
            editor.setDisplayFormat("yyyy-MM-dd")
            editor.setCalendarPopup(True)
        return editor
