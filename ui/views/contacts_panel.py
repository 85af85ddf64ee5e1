"""The contacts of one trip: people and organizations, each a table, with one search box.

The tables start in the trip's own order (a protocol office lists people by precedence) and
sort on a header click; a third click returns to that order. Like the other workspace panels
it owns its models and views, reloads from a session with ``load`` and keeps the selection
across reloads. The main window reaches the views as ``people_table`` and
``organizations_table`` (``table`` is the one on the current tab), and ``kind_of(uuid)``
says which editor an activated UUID needs.

The people show their side, delegation role and rank in this trip, and can be narrowed to
one side or one role. Given the workspace, the panel moves a counterpart to the host side or
a third party (the table's context menu, by mouse or the menu key): each move is one
:class:`~ui.side_commands.SideCommand`, pushed a moment after the menu closed (the push
reloads this table, which must not happen inside its own event). A delegation member's side
is the delegation; the Delegation tab takes someone out of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QContextMenuEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner import queries, vocab
from planner.queries import ContactRows
from ui.models import vocab_text
from ui.models.contacts import OrganizationsModel, PeopleModel, PeopleProxy
from ui.models.row_table import RowTableModel, SearchProxy
from ui.side_commands import SideCommand
from ui.views.uuid_table import UuidTableView
from ui.widgets.table_columns import remember_columns

if TYPE_CHECKING:
    from ui.workspace import Workspace

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

    def __init__(
        self, parent: QWidget | None = None, *, workspace: Workspace | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactsPanel")
        self.workspace = workspace
        self.trip_uuid: str | None = None
        self._fitted = False
        self._quiet = False
        self._last = ""
        self.people_model = PeopleModel(self)
        self.organizations_model = OrganizationsModel(self)
        # Made in reading order, which Tab follows: the search, the tabs, the filters and
        # then their table (issue 24).
        self.search = QLineEdit(self)
        self.search.setObjectName("contactSearch")
        self.search.setAccessibleName(self.tr("Search people and organizations"))
        self.search.setPlaceholderText(self.tr("Search names, organizations, positions…"))
        self.search.setClearButtonEnabled(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("contactTabs")
        self.filter_label = QLabel(self)
        self.side_filter = QComboBox(self)
        self.side_filter.setObjectName("sideFilter")
        self.role_filter = QComboBox(self)
        self.role_filter.setObjectName("roleFilter")
        self.filter_label.setBuddy(self.side_filter)
        self.side_hint = QLabel(self)
        self.side_hint.setObjectName("sideHint")
        self.side_hint.setWordWrap(True)  # a narrow window wraps it rather than widening
        self.side_hint.setVisible(workspace is not None)
        self.people_table = self._table(self.people_model, "peopleTable", PeopleProxy(self))
        self.organizations_table = self._table(
            self.organizations_model, "organizationsTable", SearchProxy(self)
        )
        people_page = QWidget(self)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.side_filter)
        filters.addWidget(self.role_filter)
        filters.addWidget(self.side_hint, 1)
        page = QVBoxLayout(people_page)
        page.setContentsMargins(0, 4, 0, 0)
        page.addLayout(filters)
        page.addWidget(self.people_table, 1)
        self.tabs.addTab(people_page, "")
        self.tabs.addTab(self.organizations_table, "")
        self._side_actions = self._make_side_actions()
        self._words()
        self._retitle()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        self.search.textChanged.connect(self._search)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.side_filter.currentIndexChanged.connect(self._filter)
        self.role_filter.currentIndexChanged.connect(self._filter)

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
        self._update_side_actions()
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
        self._update_side_actions()

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
        if not table.index_of(uuid).isValid():  # a side or role filter hides it
            self.side_filter.setCurrentIndex(0)
            self.role_filter.setCurrentIndex(0)
        self._quiet = True
        try:
            self.tabs.setCurrentIndex(0 if kind == PERSON else 1)
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

    def side_actions(self) -> dict[str, QAction]:
        """The context actions that move the selected counterpart, by side."""
        return dict(self._side_actions)

    def move_selected(self, side: str) -> None:
        """Move the selected counterpart to ``side`` (one undo step); a member, a person
        already there or a read-only store: nothing."""
        uuid = self.people_table.selected_uuid()
        row = self.people_model.row_of(uuid) if uuid else -1
        workspace = self.workspace
        if workspace is None or row < 0 or workspace.read_only_reason:
            return
        person = self.people_model.row_at(row)
        if person.side in (side, "delegation"):
            return
        command = SideCommand(workspace, person.uuid, person.display_name, side)
        QTimer.singleShot(0, lambda: self._push(command, person.uuid))

    def _push(self, command: SideCommand, uuid: str) -> None:
        assert self.workspace is not None
        self.workspace.push(command)
        self.select_uuid(uuid)

    def _make_side_actions(self) -> dict[str, QAction]:
        table = self.people_table
        actions: dict[str, QAction] = {}
        if self.workspace is None:
            return actions
        group = QActionGroup(self)
        for side in vocab.COUNTERPART_SIDES:
            action = QAction(self)
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _on=False, side=side: self.move_selected(side))
            table.addAction(action)
            actions[side] = action
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # Shift+F10 opens the menu over the selected row, as the menu key does. The action
        # is the panel's: one of the table's own would be an entry of that menu.
        opener = QAction(self)
        opener.setShortcut("Shift+F10")
        opener.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        opener.triggered.connect(self._open_side_menu)
        self.addAction(opener)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_side_actions())
        return actions

    def _open_side_menu(self) -> None:
        table = self.people_table
        if not table.hasFocus():
            return
        index = table.currentIndex()
        where = table.visualRect(index).center() if index.isValid() else QPoint(8, 8)
        event = QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard, where, table.viewport().mapToGlobal(where)
        )
        QApplication.sendEvent(table.viewport(), event)

    def _update_side_actions(self) -> None:
        """Check the selected person's side; only a counterpart of a writable store moves."""
        if not self._side_actions:
            return
        uuid = self.people_table.selected_uuid()
        row = self.people_model.row_of(uuid) if uuid else -1
        person = self.people_model.row_at(row) if row >= 0 else None
        reason = self.workspace.read_only_reason if self.workspace is not None else None
        for side, action in self._side_actions.items():
            action.setChecked(person is not None and person.side == side)
            action.setEnabled(person is not None and person.side != "delegation" and reason is None)

    def _fill_filters(self) -> None:
        """The filters' entries in the interface's language, keeping what is chosen."""
        for combo, everything, words in (
            (self.side_filter, self.tr("All sides"), vocab_text.trip_sides()),
            (self.role_filter, self.tr("All roles"), vocab_text.delegation_roles()),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            try:
                combo.clear()
                combo.addItem(everything, None)
                for word, text in words.items():
                    combo.addItem(text, word)
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            finally:
                combo.blockSignals(False)

    def _filter(self) -> None:
        proxy = self.people_table.proxy
        assert isinstance(proxy, PeopleProxy)
        proxy.set_side(self.side_filter.currentData())
        proxy.set_role(self.role_filter.currentData())
        self._retitle()

    def _table(self, model: RowTableModel, name: str, proxy: SearchProxy) -> UuidTableView:
        table = UuidTableView(model, proxy, self)
        table.setObjectName(name)
        remember_columns(table, f"contacts/{name}")
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
        self._words()
        self._retitle()

    def _words(self) -> None:
        """The texts of the filters and side actions, in the interface's language."""
        self.filter_label.setText(self.tr("Sho&w:"))
        self.side_filter.setAccessibleName(self.tr("Show the people of this side"))
        self.role_filter.setAccessibleName(self.tr("Show the delegation members of this role"))
        self.people_table.setAccessibleName(self.tr("People of this trip"))
        self.side_hint.setText(
            self.tr(
                "Right-click a counterpart, or press Shift+F10, to move them to the host side "
                "or a third party."
            )
        )
        for side, text in (
            ("host", self.tr("Move to the &Host Side")),
            ("third-party", self.tr("Move to a &Third Party")),
        ):
            if side in self._side_actions:
                self._side_actions[side].setText(text)
        self._fill_filters()

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
