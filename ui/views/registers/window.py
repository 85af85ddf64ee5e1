"""Protocol ▸ Agreements, Follow-ups and Gifts: the office's registers across all trips.

A window of its own beside the main window, like the directory, sharing the main window's
:class:`~ui.workspace.Workspace`: the same store and undo stack (Undo here undoes an edit made
there and back), reloading when the workspace says the store changed (a hidden window only
notes that it is stale). One tab per register, each with its filters; a row's meeting opens in
the main window on activation (double-click or Enter), and editing is New/Edit/Delete through
the editors in ``ui/dialogs`` as undoable commands.

The follow-ups are measured against ``today()`` (a test sets it): an overdue task says so in
words, with an icon and in red, not in colour alone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import vocab
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import editing as protocol
from planner.protocol import registers
from ui import read_only
from ui.commands import CreateCommand, DeleteCommand, EditCommand, FollowUpDoneCommand
from ui.dialogs.agreement_dialog import AgreementDialog
from ui.dialogs.follow_up_dialog import FollowUpDialog
from ui.dialogs.gift_dialog import GiftDialog
from ui.models import vocab_text
from ui.models.registers import AgreementsModel, FollowUpsModel, GiftsModel, amount_text
from ui.models.row_table import RowTableModel, SearchProxy
from ui.spoken_text import spoken
from ui.views.companion_window import CompanionWindow
from ui.views.uuid_table import UuidTableView
from ui.widgets.table_columns import fit_columns, remember_columns
from ui.workspace import Workspace, reads_store

AGREEMENTS, FOLLOW_UPS, GIFTS = 0, 1, 2
RECORD_TYPES: tuple[type[Any], ...] = (
    protocol.AgreementRecord,
    protocol.FollowUpRecord,
    protocol.GiftRecord,
)


class RegistersWindow(CompanionWindow):
    """The three registers (see the module docstring).

    Reached from tests as ``tabs``, ``agreements_table``, ``follow_ups_table``,
    ``gifts_table``, the filters (``agreement_search``, ``partner_filter``, ``status_filter``,
    ``year_filter``, ``follow_up_search``, ``show_done``, ``gift_search``, ``trip_filter``,
    ``direction_filter``), ``gift_totals`` and the ``*_action`` attributes.
    """

    def __init__(self, workspace: Workspace, owner: QWidget) -> None:
        super().__init__(workspace, owner)
        self.setObjectName("registersWindow")
        self.today: Callable[[], dt.date] = dt.date.today
        self._fitted: set[int] = set()
        self._agreements: list[registers.AgreementRow] = []
        self._follow_ups: list[registers.FollowUpRow] = []
        self._gifts: list[registers.GiftRow] = []
        self.resize(1400, 720)

        self.agreements_model = AgreementsModel(self)
        self.follow_ups_model = FollowUpsModel(self)
        self.gifts_model = GiftsModel(self)
        self.agreements_table = self._table(self.agreements_model, "agreementsTable")
        self.follow_ups_table = self._table(self.follow_ups_model, "followUpsTable")
        self.gifts_table = self._table(self.gifts_model, "giftsTable")
        self.follow_ups_model.done_toggled.connect(self.set_done)

        self.agreement_search = self._search("agreementSearch", self.agreements_table)
        self.partner_filter = self._combo("partnerFilter", self._filter_agreements)
        self.partner_filter.setMinimumContentsLength(24)
        self.status_filter = self._combo("statusFilter", self._filter_agreements)
        self.year_filter = self._combo("yearFilter", self._filter_agreements)
        self.partner_label, self.status_label, self.year_label = (
            self._label(c) for c in (self.partner_filter, self.status_filter, self.year_filter)
        )
        self.follow_up_search = self._search("followUpSearch", self.follow_ups_table)
        self.show_done = QCheckBox(self)
        self.show_done.setObjectName("showDone")
        self.show_done.setChecked(True)
        self.show_done.toggled.connect(lambda _on: self._filter_follow_ups())
        self.overdue_label = QLabel(self)
        self.overdue_label.setObjectName("overdueCount")
        self.gift_search = self._search("giftSearch", self.gifts_table)
        self.trip_filter = self._combo("tripFilter", self._filter_gifts)
        self.trip_filter.setMinimumContentsLength(24)
        self.direction_filter = self._combo("directionFilter", self._filter_gifts)
        self.trip_label, self.direction_label = (
            self._label(c) for c in (self.trip_filter, self.direction_filter)
        )
        self.gift_totals = QLabel(self)
        self.gift_totals.setObjectName("giftTotals")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("registerTabs")
        self.tabs.addTab(
            self._page(
                [self.agreement_search, self.partner_label, self.partner_filter,
                 self.status_label, self.status_filter, self.year_label, self.year_filter],
                self.agreements_table,
            ),
            "",
        )  # fmt: skip
        self.tabs.addTab(
            self._page(
                [self.follow_up_search, self.show_done], self.follow_ups_table, self.overdue_label
            ),
            "",
        )
        self.tabs.addTab(
            self._page(
                [self.gift_search, self.trip_label, self.trip_filter, self.direction_label,
                 self.direction_filter],
                self.gifts_table,
                self.gift_totals,
            ),
            "",
        )  # fmt: skip
        self.setCentralWidget(self.tabs)

        self._build_actions()
        self._build_menus()
        self.retranslate()
        self.tabs.currentChanged.connect(lambda _i: self._update_actions())

    # -- set-up ------------------------------------------------------------------------------

    def _table(self, model: RowTableModel, name: str) -> UuidTableView:
        table = UuidTableView(model, SearchProxy(self), self)
        table.setObjectName(name)
        remember_columns(table, f"registers/{name}")
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicatorClearable(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.uuid_activated.connect(lambda _uuid: self.go_to_meeting())
        table.uuid_selection_changed.connect(lambda _uuid: self._update_actions())
        return table

    def _search(self, name: str, table: UuidTableView) -> QLineEdit:
        search = QLineEdit(self)
        search.setObjectName(name)
        search.setClearButtonEnabled(True)
        proxy = table.proxy
        assert isinstance(proxy, SearchProxy)
        search.textChanged.connect(proxy.set_text)
        search.textChanged.connect(lambda _text: self._retitle())
        return search

    def _combo(self, name: str, slot: Callable[[], None]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.currentIndexChanged.connect(lambda _i: slot())
        return combo

    def _label(self, buddy: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(buddy)
        return label

    def _page(
        self, bar_widgets: list[QWidget], table: UuidTableView, footer: QWidget | None = None
    ) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        bar = QHBoxLayout()
        for index, widget in enumerate(bar_widgets):
            bar.addWidget(widget, 1 if index == 0 else 0)
        column.addLayout(bar)
        column.addWidget(table, 1)
        if footer is not None:
            column.addWidget(footer)
        return page

    def _build_actions(self) -> None:
        keys = QKeySequence.StandardKey
        a = self._action
        self.new_action = a(self.new_record, keys.New)
        self.edit_action = a(self.edit_selected, "Ctrl+Return")
        self.delete_action = a(self.delete_selected, keys.Delete)
        self.done_action = a(self.toggle_done_selected, "Ctrl+Shift+Return")
        self.go_action = a(self.go_to_meeting, "Ctrl+G")
        self.find_action = a(self._focus_search, keys.Find)
        self.close_action = a(self.close, keys.Close)
        self.undo_action, self.redo_action = self._undo_actions()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.register_menu = bar.addMenu("")
        self.register_menu.addAction(self.new_action)
        self.register_menu.addSeparator()
        self.register_menu.addAction(self.close_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [self.edit_action, self.delete_action, self.done_action, self.go_action,
             self.find_action]
        )  # fmt: skip
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("registersToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.edit_action, self.delete_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.done_action, self.go_action])
        self.addToolBar(self.toolbar)

    # -- language ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Registers — Agreements, Follow-ups and Gifts"))
        for action, text, tip, short_text in (
            (self.new_action, self.tr("&New…"),
             self.tr("Add an agreement, follow-up or gift to a meeting"), self.tr("New")),
            (self.edit_action, self.tr("&Edit…"), self.tr("Edit the selected entry"),
             self.tr("Edit")),
            (self.delete_action, self.tr("&Delete…"), self.tr("Delete the selected entry"),
             self.tr("Delete")),
            (self.done_action, self.tr("&Mark Done"),
             self.tr("Mark the selected follow-up done, or open again"), self.tr("Mark Done")),
            (self.go_action, self.tr("&Go to Meeting"),
             self.tr("Show the selected entry's meeting in the main window"),
             self.tr("Go to Meeting")),
            (self.find_action, self.tr("&Find"), "", ""),
            (self.close_action, self.tr("&Close"), "", ""),
        ):  # fmt: skip
            action.setText(text)
            action.setToolTip(tip or spoken(text))
            action.setStatusTip(tip)
            if short_text:
                action.setIconText(short_text)
        self._retranslate_undo()
        self.register_menu.setTitle(self.tr("&Register"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.toolbar.setWindowTitle(self.tr("Registers"))
        self.agreement_search.setPlaceholderText(
            self.tr("Search titles, parties, signatories, meetings…")
        )
        self.follow_up_search.setPlaceholderText(self.tr("Search tasks, owners, meetings…"))
        self.gift_search.setPlaceholderText(self.tr("Search gifts, givers, receivers…"))
        for search, table, what, rows in (
            (self.agreement_search, self.agreements_table, self.tr("Search agreements"),
             self.tr("Agreements")),
            (self.follow_up_search, self.follow_ups_table, self.tr("Search follow-ups"),
             self.tr("Follow-ups")),
            (self.gift_search, self.gifts_table, self.tr("Search gifts"), self.tr("Gifts")),
        ):  # fmt: skip
            search.setAccessibleName(what)
            table.setAccessibleName(rows)
        self.partner_label.setText(self.tr("&Partner:"))
        self.status_label.setText(self.tr("&Status:"))
        self.year_label.setText(self.tr("&Year:"))
        self.trip_label.setText(self.tr("&Trip:"))
        self.direction_label.setText(self.tr("D&irection:"))
        self.show_done.setText(self.tr("Show &done"))
        self._fill_filters()
        self._show_rows()

    # -- reading -----------------------------------------------------------------------------

    def store_replaced(self) -> None:
        """The main window opened another store: read it, with the filters cleared."""
        for search in (self.agreement_search, self.follow_up_search, self.gift_search):
            search.clear()
        self._store_changed()

    @reads_store
    def reload(self) -> None:
        """Read the three registers again (after an edit, undo, redo or another store)."""
        self._stale = False
        with self.workspace.store.session() as session:
            self._agreements = registers.agreements(session)
            self._follow_ups = registers.follow_ups(session, self.today())
            self._gifts = registers.gifts(session)
        self._fill_filters()
        self._show_rows()

    def _fill_filters(self) -> None:
        partners = [(p.name, p.uuid) for p in registers.partners(self._agreements)]
        statuses = vocab_text.agreement_statuses()
        trips = sorted({(r.trip_title, r.trip_uuid) for r in self._gifts})
        directions = vocab_text.gift_directions()
        for combo, everything, items in (
            (self.partner_filter, self.tr("All partners"), partners),
            (self.status_filter, self.tr("All statuses"),
             [(statuses[s], s) for s in vocab.AGREEMENT_STATUSES]),
            (self.year_filter, self.tr("All years"),
             [(str(y), y) for y in registers.years(self._agreements)]),
            (self.trip_filter, self.tr("All trips"), trips),
            (self.direction_filter, self.tr("Given and received"),
             [(directions[d], d) for d in vocab.GIFT_DIRECTIONS]),
        ):  # fmt: skip
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.blockSignals(False)

    def _show_rows(self) -> None:
        self._filter_agreements()
        self._filter_follow_ups()
        self._filter_gifts()

    def _filter_agreements(self) -> None:
        rows = registers.filter_agreements(
            self._agreements,
            partner=self.partner_filter.currentData(),
            status=self.status_filter.currentData(),
            year=self.year_filter.currentData(),
        )
        self._fill(AGREEMENTS, self.agreements_table, rows)

    def _filter_follow_ups(self) -> None:
        rows = [r for r in self._follow_ups if self.show_done.isChecked() or not r.done]
        self._fill(FOLLOW_UPS, self.follow_ups_table, rows)
        late = len(registers.overdue(self._follow_ups))
        self.overdue_label.setText(
            self.tr("%n follow-up(s) overdue", "", late) if late else self.tr("Nothing overdue")
        )

    def _filter_gifts(self) -> None:
        rows = registers.filter_gifts(
            self._gifts,
            trip=self.trip_filter.currentData(),
            direction=self.direction_filter.currentData(),
        )
        self._fill(GIFTS, self.gifts_table, rows)
        parts = []
        for direction, words in (
            ("given", self.tr("Given: {amounts}")),
            ("received", self.tr("Received: {amounts}")),
        ):
            sums = registers.totals(rows, direction)
            if sums:
                amounts = ", ".join(amount_text(v, c) for c in sums for v in [sums[c]])
                parts.append(words.format(amounts=amounts))
        self.gift_totals.setText(
            "   ".join(parts) if parts else self.tr("No values recorded for these gifts")
        )

    def _fill(self, tab: int, table: UuidTableView, rows: list[Any]) -> None:
        table.source.reload(rows)
        if rows and tab not in self._fitted:
            self._fitted.add(tab)
            # Fit to what the rows hold, but no column may crowd out the others.
            a = AgreementsModel
            wide = {AGREEMENTS: {a.TITLE, a.PARTIES}}.get(tab, set())
            fit_columns(table, wide=wide)
        self._retitle()
        self._update_actions()

    def _retitle(self) -> None:
        for tab, table, title in (
            (AGREEMENTS, self.agreements_table, self.tr("&Agreements ({count})")),
            (FOLLOW_UPS, self.follow_ups_table, self.tr("&Follow-ups ({count})")),
            (GIFTS, self.gifts_table, self.tr("&Gifts ({count})")),
        ):
            self.tabs.setTabText(tab, title.format(count=table.model().rowCount()))

    # -- selection ---------------------------------------------------------------------------

    def show_register(self, tab: int) -> None:
        """Show the window on one register (``AGREEMENTS``, ``FOLLOW_UPS`` or ``GIFTS``)."""
        self.tabs.setCurrentIndex(tab)
        self.show()
        self.raise_()
        self.activateWindow()

    @property
    def table(self) -> UuidTableView:
        """The table on the current tab."""
        tables = (self.agreements_table, self.follow_ups_table, self.gifts_table)
        return tables[self.tabs.currentIndex()]

    def _selected_row(self) -> Any:
        uuid = self.table.selected_uuid()
        if not uuid:
            return None
        model = self.table.source
        row = model.row_of(uuid)
        return model.row_at(row) if row >= 0 else None

    def _update_actions(self) -> None:
        if not hasattr(self, "go_action"):
            return
        chosen = self._selected_row() is not None
        for action in (self.edit_action, self.delete_action, self.go_action):
            action.setEnabled(chosen)
        self.done_action.setEnabled(chosen and self.tabs.currentIndex() == FOLLOW_UPS)
        self.new_action.setEnabled(True)
        # A viewer reads the registers; every change is off, with the reason as its tip.
        read_only.turn_off(
            [
                self.new_action,
                self.delete_action,
                self.done_action,
                self.undo_action,
                self.redo_action,
            ],
            self.workspace.read_only_reason,
        )

    # -- editing -----------------------------------------------------------------------------

    def _choices(self) -> tuple[protocol.TripChoices, ...]:
        with self.workspace.store.session() as session:
            return protocol.editor_choices(session)

    def _ask(self, tab: int, record: Any, trip_uuid: str | None, **read_only: str) -> Any:
        dialog = (AgreementDialog, FollowUpDialog, GiftDialog)[tab]
        return dialog.ask_in_register(self, self._choices(), record, trip_uuid, **read_only)

    @reads_store
    def new_record(self) -> None:
        tab = self.tabs.currentIndex()
        selected = self._selected_row()
        trip = selected.trip_uuid if selected is not None else self.workspace.trip_uuid
        command = self.workspace.edit(
            lambda record: self._ask(tab, record, trip),
            lambda record: CreateCommand(self.workspace, None, record),
            None,
        )
        if isinstance(command, CreateCommand) and command.uuid:
            self.table.select_uuid(command.uuid)

    @reads_store
    def edit_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        tab = self.tabs.currentIndex()
        try:
            with self.workspace.store.session() as session:
                before, version = editor_for(RECORD_TYPES[tab]).read_versioned(session, row.uuid)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Registers"), str(exc))
            return
        if self.workspace.read_only_reason is not None:  # a viewer reads it in the editor
            self._ask(tab, before, row.trip_uuid, read_only=self.workspace.read_only_reason)
            return

        def make(after: Any) -> EditCommand | None:
            if after == before:
                return None
            return EditCommand(self.workspace, row.uuid, before, after, version=version)

        self.workspace.edit(lambda record: self._ask(tab, record, row.trip_uuid), make, before)

    @reads_store
    def delete_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        tab = self.tabs.currentIndex()
        label = row.description if tab == GIFTS else row.title
        try:
            with self.workspace.store.session() as session:
                # What the user is asked about: deleted only if no colleague changed it since.
                expected = editor_for(RECORD_TYPES[tab]).delete_versions(session, row.uuid)
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Registers"), str(exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            self.tr("Delete '{label}'? You can undo this.").format(label=label),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.push(
                DeleteCommand(self.workspace, RECORD_TYPES[tab], row.uuid, label, expected=expected)
            )

    def set_done(self, uuid: str, done: bool) -> None:
        """Mark a follow-up done or open (one undoable step)."""
        row = self.follow_ups_model.row_of(uuid)
        if row < 0:
            return
        found = self.follow_ups_model.row_at(row)
        self.workspace.push(
            FollowUpDoneCommand(self.workspace, uuid, done, found.title, version=found.version)
        )

    def toggle_done_selected(self) -> None:
        row = self._selected_row()
        if self.tabs.currentIndex() == FOLLOW_UPS and row is not None:
            self.set_done(row.uuid, not row.done)

    def go_to_meeting(self) -> None:
        """Bring the main window to the selected entry's trip and meeting."""
        row = self._selected_row()
        if row is not None:
            self.meeting_requested.emit(row.trip_uuid, row.meeting_uuid)

    def _focus_search(self) -> None:
        search = (self.agreement_search, self.follow_up_search, self.gift_search)[
            self.tabs.currentIndex()
        ]
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
