"""The contacts of one trip: people and organizations, each a table, with one search box.

The tables start in the trip's own order (a protocol office lists people by precedence) and
sort on a header click; a third click returns to that order. Like the other workspace panels
it owns its models and views, reloads from a session with ``load`` and keeps the selection
across reloads. The main window reaches the views as ``people_table`` and
``organizations_table`` (``table`` is the one on the current tab), and ``kind_of(uuid)``
says which editor an activated UUID needs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTabWidget, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from planner import queries
from planner.queries import ContactRows
from ui.models.contacts import OrganizationsModel, PeopleModel
from ui.models.row_table import RowTableModel, SearchProxy
from ui.views.uuid_table import UuidTableView

PERSON = "person"
ORGANIZATION = "organization"


class ContactsPanel(QWidget):
    """People and organizations tables on two tabs.

    Signals: ``activated(str)`` (double-click or Enter on a person or an organization: its
    UUID) and ``selection_changed(str)`` (the selected UUID on the current tab, ``""`` for
    none; also when switching tabs changes it).
    """

    activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPanel")
        self.trip_uuid: str | None = None
        self._fitted = False
        self._quiet = False
        self._last = ""
        self.people_model = PeopleModel(self)
        self.organizations_model = OrganizationsModel(self)
        self.people_table = self._table(self.people_model, "peopleTable")
        self.organizations_table = self._table(self.organizations_model, "organizationsTable")
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setPlaceholderText(self.tr("Search names, organizations, positions…"))
        self.search.setClearButtonEnabled(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactTabs")
        self.tabs.addTab(self.people_table, "")
        self.tabs.addTab(self.organizations_table, "")
        self._retitle()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        self.search.textChanged.connect(self._search)
        self.tabs.currentChanged.connect(self._tab_changed)

    @property
    def table(self) -> UuidTableView:
        """The table on the current tab."""
        return self.organizations_table if self.tabs.currentIndex() == 1 else self.people_table

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show the contacts of ``trip_uuid`` as the store holds them now (four queries); None
        shows no trip."""
        if trip_uuid is None:
            self.clear()
            return
        self.show_rows(queries.contact_rows(session, trip_uuid), trip_uuid)

    def show_rows(self, contacts: ContactRows, trip_uuid: str) -> None:
        if trip_uuid != self.trip_uuid:
            self.search.clear()
        self.trip_uuid = trip_uuid
        self.people_model.reload(contacts.people)
        self.organizations_model.reload(contacts.organizations)
        self._retitle()
        if (contacts.people or contacts.organizations) and not self._fitted:
            self._fitted = True
            self.people_table.fit_columns(PeopleModel.POSITION)
            self.organizations_table.fit_columns(OrganizationsModel.SECTOR)

    def clear(self) -> None:
        """No trip: empty tables, no search."""
        self.trip_uuid = None
        self.search.clear()
        self.people_model.reload([])
        self.organizations_model.reload([])
        self._retitle()

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def select_uuid(self, uuid: str) -> bool:
        """Select ``uuid`` on the tab that holds it (switching tabs; clearing the search when
        it hides the row); False when the trip has no such contact."""
        kind = self.kind_of(uuid)
        if kind is None:
            return False
        table = self.people_table if kind == PERSON else self.organizations_table
        if not table.index_of(uuid).isValid():
            self.search.clear()
        self._quiet = True
        try:
            self.tabs.setCurrentWidget(table)
            found = table.select_uuid(uuid)
        finally:
            self._quiet = False
        self._emit(self.selected_uuid() or "")
        return found

    def kind_of(self, uuid: str) -> str | None:
        """``"person"``, ``"organization"`` or None when the trip has no such contact."""
        if self.people_model.row_of(uuid) >= 0:
            return PERSON
        if self.organizations_model.row_of(uuid) >= 0:
            return ORGANIZATION
        return None

    def _table(self, model: RowTableModel, name: str) -> UuidTableView:
        table = UuidTableView(model, SearchProxy(self), self)
        table.setObjectName(name)
        header = table.horizontalHeader()
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.uuid_activated.connect(self.activated)
        table.uuid_selection_changed.connect(lambda uuid: self._selection(table, uuid))
        return table

    def _search(self, text: str) -> None:
        for table in (self.people_table, self.organizations_table):
            assert isinstance(table.proxy, SearchProxy)
            table.proxy.set_text(text)
        self._retitle()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search names, organizations, positions…"))
        self._retitle()

    def _retitle(self) -> None:
        for index, table, title in (
            (0, self.people_table, self.tr("People ({count})")),
            (1, self.organizations_table, self.tr("Organizations ({count})")),
        ):
            self.tabs.setTabText(index, title.format(count=table.model().rowCount()))

    def _selection(self, table: UuidTableView, uuid: str) -> None:
        if table is self.table:
            self._emit(uuid)

    def _tab_changed(self) -> None:
        self._emit(self.selected_uuid() or "")

    def _emit(self, uuid: str) -> None:
        """Tell the selection once: not on the way through a tab switch, not twice."""
        if not self._quiet and uuid != self._last:
            self._last = uuid
            self.selection_changed.emit(uuid)
