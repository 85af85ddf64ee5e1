"""The trip navigator: every trip of the store with search, status and dates.

Search filters as the officer types, over titles in any script; the list keeps the selected
trip across reloads (after an edit, undo or redo) by its UUID.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.trips import TripSummary
from ui.models import timetext
from ui.models.trip_list import TripListModel
from ui.widgets.table_columns import remember_columns

Select = QItemSelectionModel.SelectionFlag


class _FilterOnly(QSortFilterProxyModel):
    """Filters by the search; sorting is the model's own (:meth:`TripListModel.sort`)."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class TripNavigator(QWidget):
    trip_selected = Signal(str)
    """The UUID of the trip the officer picked ('' when none)."""
    trip_activated = Signal(str)
    """A double-click or Enter on a trip: edit it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TripListModel(self)
        self.proxy = _FilterOnly(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self.search = QLineEdit(self)
        self.search.setObjectName("tripSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setObjectName("tripTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move within, Tab leaves
        self.table.verticalHeader().hide()
        # Fixed widths from the font, not ResizeToContents: measuring every row of a thousand
        # trips on each reload costs more than the rest of opening the window.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widest_day = timetext.numeric_day(dt.date(2024, 12, 28))
        date_width = self.fontMetrics().horizontalAdvance(widest_day) + 24
        status_width = self.fontMetrics().horizontalAdvance("confirmed") + 24
        for column, width in ((1, date_width), (2, date_width), (3, status_width)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        remember_columns(self.table, "trips")
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.activated.connect(self._on_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search trips"))
        self.search.setAccessibleName(self.tr("Search trips"))
        self.table.setAccessibleName(self.tr("Trips"))
        self.table.setAccessibleDescription(
            self.tr("Arrow keys choose a trip, Enter edits it, Tab moves on")
        )

    def reload(self, rows: list[TripSummary]) -> None:
        """New rows, the same trip selected if it still exists; ``trip_selected`` is emitted
        only when the selection really changed (the trip was deleted)."""
        keep = self.selected_uuid()
        blocked = self.blockSignals(True)
        try:
            self.model.reload(rows)
            if keep:
                self.select_uuid(keep)
        finally:
            self.blockSignals(blocked)
        now = self.selected_uuid()
        if now != keep:
            self.trip_selected.emit(now or "")

    def selected_uuid(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.summary(self.proxy.mapToSource(index).row()).uuid

    def select_uuid(self, uuid: str) -> bool:
        row = next(
            (i for i in range(self.model.rowCount()) if self.model.summary(i).uuid == uuid), -1
        )
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.search.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.selectionModel().setCurrentIndex(
            index,
            Select.ClearAndSelect | Select.Rows,
        )
        self.table.scrollTo(index)
        return True

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.trip_selected.emit("")
            return
        self.trip_selected.emit(self.model.summary(self.proxy.mapToSource(current).row()).uuid)

    def _on_activated(self, index: QModelIndex) -> None:
        self.trip_activated.emit(self.model.summary(self.proxy.mapToSource(index).row()).uuid)
