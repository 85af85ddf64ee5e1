"""A table model over :func:`planner.trips.list_trips`.

Contract: one row per :class:`~planner.trips.TripSummary`, columns title, first day, last
day, status; read-only. ``reload`` replaces the rows with a model reset. The model holds
plain summaries, never ORM objects, so no session outlives the query that filled it.

The model sorts itself (:meth:`TripListModel.sort`, one Python sort over a key per row) and
the navigator's proxy only filters: a proxy sorting a thousand trips asked the model for
some twenty thousand cells through Qt, the largest share of the trip list at start.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from planner.trips import TripSummary
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import timetext, vocab_text

_Index = QModelIndex | QPersistentModelIndex


class TripListModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("TripListModel", "Title"),
        QT_TRANSLATE_NOOP("TripListModel", "First day"),
        QT_TRANSLATE_NOOP("TripListModel", "Last day"),
        QT_TRANSLATE_NOOP("TripListModel", "Status"),
    )
    IdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[TripSummary] = []
        self._statuses: dict[str, str] = {}
        self._order = (1, Qt.SortOrder.DescendingOrder)  # newest first day first

    def reload(self, rows: list[TripSummary]) -> None:
        self.beginResetModel()
        self._statuses = vocab_text.trip_statuses()  # read once per reload, in today's language
        self._rows = self._sorted(rows)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (the view's header); selections follow their trips."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._rows = self._sorted(self._rows)
        rows = {summary.id: row for row, summary in enumerate(self._rows)}
        self.changePersistentIndexList(
            before,
            [self.index(rows[i], index.column()) for i, index in zip(ids, before, strict=True)],
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[TripSummary]) -> list[TripSummary]:
        """By the column's text (titles ignoring case), days as days; ties by first day and
        id, so the order does not depend on the order before."""
        column, order = self._order

        def key(s: TripSummary) -> tuple[str, dt.date, int]:
            if column in (1, 2):
                day = s.first_day if column == 1 else s.last_day
                text = day.isoformat() if day else ""
            else:
                text = self._text(s, column).casefold()
            return text, s.first_day or dt.date.max, s.id

        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def summary(self, row: int) -> TripSummary:
        return self._rows[row]

    def row_of(self, trip_id: int) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == trip_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == self.IdRole:
            return s.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(s, index.column())
        return None

    def _text(self, s: TripSummary, column: int) -> str:
        """One cell's text, and only that one: sorting a thousand trips by title asks for
        it some twenty thousand times, and writing both days each time was most of the
        trip list's share of the start."""
        if column == 0:
            return s.title
        if column in (1, 2):
            day = s.first_day if column == 1 else s.last_day
            return timetext.numeric_day(day) if day else ""
        return vocab_text.word(self._statuses, s.status)
