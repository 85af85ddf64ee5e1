"""The common shape of the workspace tables: read-only rows of plain values, found by UUID.

Contract of :class:`RowTableModel` (every workspace table model is one):

- One row per frozen row object (from :mod:`planner.queries`), each with a ``uuid``; the
  model never holds ORM objects, so no session outlives the query that filled it.
- ``reload(rows)`` replaces all rows with a model reset; what each cell shows is worked out
  there, once, so painting and sorting only look values up. Tooltips, asked for one cell at
  a time when the pointer rests, are worked out when asked.
- ``row_of(uuid)`` is the row of a UUID (-1 if absent), ``uuid_at(row)`` the reverse;
  ``UuidRole`` gives the UUID of any cell (it survives proxies), ``SortRole`` a value that
  sorts the column by meaning (instants, counts) rather than by its text.
- ``search_key(row)`` is the row's text folded for searching (:func:`planner.names.fold`),
  what :class:`SearchProxy` matches typed words against.
- Items are enabled and selectable, never editable; edits go through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from planner.names import fold

Index = QModelIndex | QPersistentModelIndex

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class RowTableModel(QAbstractTableModel):
    """Base of the workspace tables; a subclass says what its columns show (see the module)."""

    UuidRole = UUID_ROLE
    SortRole = SORT_ROLE

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._row_of: dict[str, int] = {}
        self._display: list[tuple[Any, ...]] = []
        self._search: list[str] = []
        self._headers: tuple[str, ...] | None = None

    # --- to be provided by subclasses ------------------------------------------------------

    def headers(self) -> tuple[str, ...]:
        """The translated column titles."""
        raise NotImplementedError

    def cells(self, row: Any) -> tuple[Any, ...]:
        """What each column of ``row`` shows."""
        raise NotImplementedError

    def tooltip(self, row: Any, column: int, shown: Any) -> str | None:
        """The tooltip of a cell; by default its text, so that an elided cell can be read."""
        return str(shown) if shown not in ("", None) else None

    def search_texts(self, row: Any) -> Sequence[str | None]:
        """The texts a typed search looks in."""
        return ()

    def sort_value(self, row: Any, column: int, shown: Any) -> Any:
        """What ``column`` sorts by; the shown value unless a subclass knows better."""
        return shown

    def style(self, row: Any, column: int, role: int) -> Any:
        """Font, colours and alignment of a cell (``role`` is one of those roles)."""
        return None

    def prepare(self) -> None:
        """Called at the start of every reload, to build what all rows share."""

    # --- the contract ----------------------------------------------------------------------

    def reload(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.prepare()
        self._headers = self.headers()
        self._rows = list(rows)
        self._row_of = {row.uuid: i for i, row in enumerate(self._rows)}
        self._display = [self.cells(row) for row in self._rows]
        self._search = [
            fold(" \n ".join(t for t in self.search_texts(row) if t)) for row in self._rows
        ]
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, uuid: str) -> int:
        return self._row_of.get(uuid, -1)

    def uuid_at(self, row: int) -> str:
        return str(self._rows[row].uuid)

    def search_key(self, row: int) -> str:
        return self._search[row]

    def _column_titles(self) -> tuple[str, ...]:
        # Qt asks for the column count thousands of times while sorting: translate once.
        if self._headers is None:
            self._headers = self.headers()
        return self._headers

    # --- Qt ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._column_titles())

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == _DISPLAY:
            headers = self._column_titles()
            return headers[section] if 0 <= section < len(headers) else None
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The first click on a header sorts ascending everywhere (earliest first).
            return Qt.SortOrder.AscendingOrder
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | (Qt.ItemFlag.ItemNeverHasChildren)
        )

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self._display[row][column]
        if role == UUID_ROLE:
            return self._rows[row].uuid
        if role == SORT_ROLE:
            return self.sort_value(self._rows[row], column, self._display[row][column])
        if role == _TOOLTIP:
            return self.tooltip(self._rows[row], column, self._display[row][column])
        if role in (
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return self.style(self._rows[row], column, role)
        return None


class SearchProxy(QSortFilterProxyModel):
    """Keeps the rows of a :class:`RowTableModel` whose text holds every typed word.

    Words are matched after :func:`planner.names.fold`, so case, width and accents do not
    matter and Chinese text matches as typed. Sorting uses the model's ``SortRole``.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._words: tuple[str, ...] = ()
        self._rows_model: RowTableModel | None = None

    def setSourceModel(self, model: Any) -> None:  # noqa: N802
        self._rows_model = model if isinstance(model, RowTableModel) else None
        super().setSourceModel(model)

    def set_text(self, text: str) -> None:
        words = tuple(fold(text).split())
        if words != self._words:
            self.change_filter(lambda: setattr(self, "_words", words))

    def text_words(self) -> tuple[str, ...]:
        return self._words

    def change_filter(self, apply: Callable[[], object]) -> None:
        """Run ``apply`` (which changes what the filter keeps) and filter again.

        Qt 6.10 replaced ``invalidateFilter`` by ``beginFilterChange``/``endFilterChange``
        around the change; older versions get ``invalidateRowsFilter`` after it.
        """
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self._rows_model
        if model is None or not self._words:
            return True
        key = model.search_key(source_row)
        return all(word in key for word in self._words)
