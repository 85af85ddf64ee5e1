"""A table view of a :class:`~ui.models.row_table.RowTableModel` that speaks in UUIDs.

The workspace panels refresh their tables after every edit, and the user must not lose their
place: the view remembers the selected UUID across a model reset and selects it again (or
reports that it has gone). It tells its owner what happened in UUIDs, never in row numbers,
which a proxy's sorting and filtering change.

- ``uuid_activated(str)``: a double-click or Enter/Return on a row (on every platform;
  Qt's own ``activated`` follows the platform and may fire on a single click).
- ``uuid_selection_changed(str)``: the selected row's UUID, ``""`` when nothing is selected;
  only sent when it changes, not when a reload selects the same row again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.models.row_table import UUID_ROLE, RowTableModel
from ui.widgets import table_columns

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class UuidTableView(QTableView):
    uuid_activated = Signal(str)
    uuid_selection_changed = Signal(str)

    def __init__(
        self,
        source: RowTableModel,
        proxy: QSortFilterProxyModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.proxy = proxy
        shown: QAbstractItemModel = source
        if proxy is not None:
            proxy.setSourceModel(source)
            shown = proxy
        self.setModel(shown)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Arrow keys move between cells; Tab leaves. A QTableView's own Tab went from cell to
        # cell and round again, and a keyboard user could not get out (issue 24).
        self.setTabKeyNavigation(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        # Rows as tall as a line of text: a trip has hundreds of meetings to scan.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._selected = ""
        self._kept = ""
        shown.modelAboutToBeReset.connect(self._remember)
        shown.modelReset.connect(self._restore)
        for changed in (shown.rowsRemoved, shown.rowsInserted, shown.layoutChanged):
            changed.connect(self._sync)
        self.selectionModel().selectionChanged.connect(self._sync)
        self.doubleClicked.connect(self._activate)

    def selected_uuid(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        uuid = rows[0].data(UUID_ROLE)
        return str(uuid) if uuid else None

    def index_of(self, uuid: str) -> QModelIndex:
        """The index (of the model shown) of the first column of ``uuid``; invalid when the
        UUID is not in the model or a filter hides it."""
        row = self.source.row_of(uuid)
        if row < 0:
            return QModelIndex()
        index = self.source.index(row, 0)
        return self.proxy.mapFromSource(index) if self.proxy is not None else index

    def select_uuid(self, uuid: str | None) -> bool:
        """Select and show the row of ``uuid``; False (and no selection) when it is not shown."""
        index = self.index_of(uuid) if uuid else QModelIndex()
        if not index.isValid():
            self.clearSelection()
            self._sync()
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        self._sync()
        return True

    def fit_columns(self, wide: int) -> None:
        """Size columns to their contents once, ``wide`` (a title) allowed more room; the
        user's own widths, once put back, stay (:mod:`ui.widgets.table_columns`)."""
        table_columns.fit_columns(self, wide={wide})

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in _ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid():
                self._activate(index)
                event.accept()
                return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        uuid = index.data(UUID_ROLE)
        if uuid:
            self.uuid_activated.emit(str(uuid))

    def _remember(self) -> None:
        self._kept = self.selected_uuid() or ""

    def _restore(self) -> None:
        kept, self._kept = self._kept, ""
        if kept:
            index = self.index_of(kept)
            if index.isValid():
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.selectionModel().setCurrentIndex(index, flags)
        self._sync()

    def _sync(self, *_args: Any) -> None:
        uuid = self.selected_uuid() or ""
        if uuid != self._selected:
            self._selected = uuid
            self.uuid_selection_changed.emit(uuid)
