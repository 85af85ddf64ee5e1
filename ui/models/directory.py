"""The office-wide directory as two tables: every person and every organization of the store.

A directory holds tens of thousands of people, so these models do not filter row by row in a
``QSortFilterProxyModel`` (a Python ``filterAcceptsRow`` per row per keystroke is far too slow
for 60,000 rows). Each model keeps all entries from :mod:`planner.directory.listing` and shows
a list of their indexes: :func:`planner.directory.listing.matching` finds the entries holding
the typed words, the kind and country filters narrow that, and the model shows what is left,
in the listing's order (family names by :func:`planner.names.sort_key`). Cell texts are worked
out when Qt asks for them, which it does only for the rows on screen.

Contract (both models, a :class:`~ui.models.row_table.RowTableModel` so that
:class:`~ui.views.uuid_table.UuidTableView` can keep the selection across reloads):

- ``set_entries(entries)`` replaces the entries (a model reset) and keeps the filters;
  ``set_filter(text=..., kind=..., country=...)`` changes what is shown (a model reset).
- ``row_of(uuid)`` is the shown row of a UUID (-1 when absent or filtered out),
  ``uuid_at(row)`` and ``entry_at(row)`` the reverse; ``UuidRole`` gives the UUID of a cell.
- ``countries()`` are the countries the entries name, for the country filter.
- Read-only; a header click sorts by that column (``sort``), a sort by nothing returns to the
  directory's order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from planner import names, phones
from planner.directory import listing
from planner.directory.listing import OrganizationEntry, PersonEntry
from ui.models import vocab_text
from ui.models.row_table import UUID_ROLE, RowTableModel

Index = QModelIndex | QPersistentModelIndex
# Qt asks for a dozen roles per cell on every repaint: compare plain ints, not enum members.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_UUID = int(UUID_ROLE)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CACHED_ROWS = 2_000
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class DirectoryModel(RowTableModel):
    """Base of the two directory tables (see the module docstring for the contract)."""

    NUMBERS: tuple[int, ...] = ()
    """The columns of counts, aligned right."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._entries: Sequence[Any] = ()
        self._searcher = listing.SearchIndex(())
        self._index_of: dict[str, int] = {}
        self._shown: list[int] = []
        self._order: list[int] | None = None  # a header sort: entry indexes in that order
        self._text = ""
        self._kind: str | None = None
        self._country: str | None = None
        self._kinds: dict[str, str] = {}
        self._matched: tuple[str, list[int]] | None = None  # the last search and its result
        self._cells: dict[int, tuple[str, ...]] = {}  # entry index -> cell texts, as painted

    # -- what a subclass says

    def cell(self, entry: Any, column: int) -> str:
        raise NotImplementedError

    def entry_kind(self, entry: Any) -> str | None:
        raise NotImplementedError

    def sort_key_of(self, column: int) -> Callable[[Any], Any]:
        """What a header click on ``column`` sorts the entries by."""
        return lambda entry: names.fold(self.cell(entry, column))

    # -- the contract

    def set_entries(self, entries: Sequence[Any]) -> None:
        self.beginResetModel()
        self._kinds = vocab_text.organization_kinds()
        self._headers = self.headers()
        self._entries = entries
        self._searcher = listing.SearchIndex(entries)
        self._index_of = {entry.uuid: i for i, entry in enumerate(entries)}
        self._order = None
        self._matched = None
        self._cells.clear()
        self._shown = self._filtered()
        self.endResetModel()

    def reload(self, rows: Sequence[Any]) -> None:
        self.set_entries(rows)

    def set_filter(self, *, text: str | None = None, kind: Any = ..., country: Any = ...) -> None:
        """Show the entries holding every word of ``text`` and of ``kind`` and ``country``
        (None for any); an argument left out keeps its filter."""
        if text is not None:
            self._text = text
        if kind is not ...:
            self._kind = kind
        if country is not ...:
            self._country = country
        shown = self._filtered()
        if shown != self._shown:
            self.beginResetModel()
            self._shown = shown
            self.endResetModel()

    def entries(self) -> Sequence[Any]:
        return self._entries

    def entry_at(self, row: int) -> Any:
        return self._entries[self._shown[row]]

    def row_at(self, row: int) -> Any:
        return self.entry_at(row)

    def rows(self) -> list[Any]:
        return [self._entries[i] for i in self._shown]

    def row_of(self, uuid: str) -> int:
        index = self._index_of.get(uuid)
        if index is None:
            return -1
        if self._order is not None:
            try:
                return self._shown.index(index)
            except ValueError:
                return -1
        row = bisect.bisect_left(self._shown, index)
        return row if row < len(self._shown) and self._shown[row] == index else -1

    def uuid_at(self, row: int) -> str:
        return str(self.entry_at(row).uuid)

    def search_key(self, row: int) -> str:
        return str(self.entry_at(row).search)

    def countries(self) -> list[str]:
        return sorted({e.country for e in self._entries if e.country})

    # -- filtering

    def _filtered(self) -> list[int]:
        entries = self._entries
        text = " ".join(names.fold(self._text).split())
        if not text:
            found = list(range(len(entries)))
        else:
            # Typing on only narrows the last result: search within it (see listing.matching).
            within = None
            # (only when that result is small: a fresh pass over a prebuilt list beats it else)
            last = self._matched
            if last is not None and text.startswith(last[0]) and len(last[1]) < len(entries) // 4:
                within = last[1]
            found = self._searcher.matching(text, within)
            self._matched = (text, found)
        if self._kind is not None:
            found = [i for i in found if self.entry_kind(entries[i]) == self._kind]
        if self._country is not None:
            found = [i for i in found if entries[i].country == self._country]
        if self._order is not None:
            keep = set(found)
            found = [i for i in self._order if i in keep]
        return found

    # -- Qt

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        role = int(role)
        if role == _DISPLAY:
            return self._row_cells(self._shown[index.row()])[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if index.column() in self.NUMBERS else None
        if role == _UUID:
            return self._entries[self._shown[index.row()]].uuid
        if role == _TOOLTIP:
            return self.tooltip_of(self._entries[self._shown[index.row()]], index.column())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def tooltip_of(self, entry: Any, column: int) -> str | None:
        return self.cell(entry, column) or None

    def _row_cells(self, at: int) -> tuple[str, ...]:
        """The texts of entry ``at``, worked out once while it is on screen (a phone number
        takes phonenumbers ~30 µs to format, and Qt repaints rows many times)."""
        cells = self._cells.get(at)
        if cells is None:
            if len(self._cells) >= _CACHED_ROWS:
                self._cells.clear()
            entry = self._entries[at]
            cells = tuple(self.cell(entry, c) for c in range(len(self._column_titles())))
            self._cells[at] = cells
        return cells

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column; a column below 0 (a third header click) is the directory's order."""
        self.layoutAboutToBeChanged.emit()
        kept = self.persistentIndexList()
        uuids = [self.uuid_at(index.row()) for index in kept]
        if column < 0:
            self._order = None
        else:
            key = self.sort_key_of(column)
            self._order = sorted(
                range(len(self._entries)),
                key=lambda i: key(self._entries[i]),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        self._shown = self._filtered()
        for index, uuid in zip(kept, uuids, strict=True):
            row = self.row_of(uuid)
            self.changePersistentIndex(
                index, self.index(row, index.column()) if row >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()


class DirectoryPeopleModel(DirectoryModel):
    """Every person of the store; columns Name, Organization, Position, E-mail, Phone,
    Meetings, Trips."""

    NAME, ORGANIZATION, POSITION, EMAIL, PHONE, MEETINGS, TRIPS = range(7)
    NUMBERS = (MEETINGS, TRIPS)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organization"),
            self.tr("Position"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Meetings"),
            self.tr("Trips"),
        )

    def entry_at(self, row: int) -> PersonEntry:
        found: PersonEntry = self._entries[self._shown[row]]
        return found

    def entry_kind(self, entry: PersonEntry) -> str | None:
        return entry.organization_kind

    def cell(self, entry: PersonEntry, column: int) -> str:
        if column == self.NAME:
            return entry.display_name
        if column == self.ORGANIZATION:
            return entry.organization_name or ""
        if column == self.POSITION:
            return entry.position or ""
        if column == self.EMAIL:
            return entry.email or ""
        if column == self.PHONE:
            return phones.formatted(entry.phone)
        if column == self.MEETINGS:
            return str(entry.meetings) if entry.meetings else ""
        return str(entry.trips) if entry.trips else ""

    def tooltip_of(self, entry: PersonEntry, column: int) -> str | None:
        if column == self.NAME and entry.honorific:
            return f"{entry.honorific} {entry.display_name}"
        return super().tooltip_of(entry, column)

    def sort_key_of(self, column: int) -> Callable[[Any], Any]:
        if column == self.NAME:
            return lambda e: names.sort_key(e.family_name, e.given_name, e.native_name)
        if column == self.MEETINGS:
            return lambda e: e.meetings
        if column == self.TRIPS:
            return lambda e: e.trips
        if column == self.ORGANIZATION:
            return lambda e: names.organization_sort_key(e.organization_name or "")
        return super().sort_key_of(column)


class DirectoryOrganizationsModel(DirectoryModel):
    """Every organization of the store; columns Name, Native name, Kind, City, Country,
    People, Meetings."""

    NAME, NATIVE_NAME, KIND, CITY, COUNTRY, PEOPLE, MEETINGS = range(7)
    NUMBERS = (PEOPLE, MEETINGS)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Native name"),
            self.tr("Kind"),
            self.tr("City"),
            self.tr("Country"),
            self.tr("People"),
            self.tr("Meetings"),
        )

    def entry_at(self, row: int) -> OrganizationEntry:
        found: OrganizationEntry = self._entries[self._shown[row]]
        return found

    def entry_kind(self, entry: OrganizationEntry) -> str | None:
        return entry.kind

    def cell(self, entry: OrganizationEntry, column: int) -> str:
        if column == self.NAME:
            return entry.name
        if column == self.NATIVE_NAME:
            return entry.native_name or ""
        if column == self.KIND:
            return vocab_text.word(self._kinds, entry.kind)
        if column == self.CITY:
            return entry.city or ""
        if column == self.COUNTRY:
            return entry.country or ""
        if column == self.PEOPLE:
            return str(entry.people) if entry.people else ""
        return str(entry.meetings) if entry.meetings else ""

    def sort_key_of(self, column: int) -> Callable[[Any], Any]:
        if column == self.NAME:
            return lambda e: names.organization_sort_key(e.name)
        if column == self.PEOPLE:
            return lambda e: e.people
        if column == self.MEETINGS:
            return lambda e: e.meetings
        return super().sort_key_of(column)
