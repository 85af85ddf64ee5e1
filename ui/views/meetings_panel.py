"""The meetings of one trip as a table a user can search, narrow down and sort.

The panel owns its model, proxy and view; the main window gives it a session and a trip
(``load``) after every change and listens to its signals. Reloading the same trip keeps the
filters and the selected meeting; loading another trip starts with no filters. Buttons and
context menus belong to the main window, which reaches the view as ``panel.table``, except for
the branch venues of the selected meeting: the list under the table and its Add, Edit and
Remove buttons are the panel's, and ask the window to do the edit through signals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from planner import queries, vocab
from planner.queries import MeetingRow
from ui.models import timetext, vocab_text
from ui.models.meetings import MeetingFilterProxy, MeetingTableModel
from ui.views.branch_venue_list import BranchVenueList
from ui.views.uuid_table import UuidTableView
from ui.widgets.table_columns import remember_columns


class MeetingsPanel(QWidget):
    """Meetings table with filters.

    Signals: ``activated(str)`` (double-click or Enter on a meeting: its UUID) and
    ``selection_changed(str)`` (the selected meeting's UUID, ``""`` for none); for the branch
    venues ``add_branch_wanted(str)`` (the selected meeting's UUID), ``edit_branch_wanted(str)``
    and ``remove_branch_wanted(str)`` (the branch venue's UUID).
    """

    activated = Signal(str)
    selection_changed = Signal(str)
    add_branch_wanted = Signal(str)
    edit_branch_wanted = Signal(str)
    remove_branch_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPanel")
        self.trip_uuid: str | None = None
        self._fitted = False
        self.model = MeetingTableModel(parent=self)
        self.proxy = MeetingFilterProxy(self)
        # Made in reading order, which is the order Tab follows: the search and the filters
        # before the table they narrow (issue 24).
        self.search = QLineEdit(self)
        self.search.setObjectName("meetingSearch")
        self.search.setAccessibleName(self.tr("Search meetings"))
        self.search.setPlaceholderText(self.tr("Search titles, venues, hosts and people…"))
        self.search.setClearButtonEnabled(True)
        self.show_cancelled = QCheckBox(self.tr("Show &cancelled"), self)
        self.show_cancelled.setObjectName("showCancelled")
        self.show_cancelled.setChecked(True)
        self.stop_filter = self._combo(
            "meetingStopFilter", self.tr("Stop"), self.tr("Only the meetings at this stop")
        )
        self.day_filter = self._combo(
            "meetingDayFilter", self.tr("Day"), self.tr("Only the meetings on this local day")
        )
        self.person_filter = self._combo(
            "meetingPersonFilter",
            self.tr("Person"),
            self.tr("Only the meetings this person attends"),
        )
        self.kind_filter = self._combo(
            "meetingKindFilter", self.tr("Kind"), self.tr("Only the meetings of this kind")
        )
        self.status_filter = self._combo(
            "meetingStatusFilter", self.tr("Status"), self.tr("Only the meetings in this status")
        )
        self.table = UuidTableView(self.model, self.proxy, self)
        self.table.setObjectName("meetingsTable")
        remember_columns(self.table, "meetings")
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MeetingTableModel.START, Qt.SortOrder.AscendingOrder)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("meetingCount")
        # Wide enough for any count, so that the search box does not jump while typing.
        widest = self.tr("Meetings: {shown} of {total}").format(shown=8888, total=8888)
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest))
        self.branches = BranchVenueList(self)
        self._editable = True
        self.add_branch_button = QPushButton(self)
        self.add_branch_button.setObjectName("addBranchVenue")
        self.edit_branch_button = QPushButton(self)
        self.edit_branch_button.setObjectName("editBranchVenue")
        self.remove_branch_button = QPushButton(self)
        self.remove_branch_button.setObjectName("removeBranchVenue")
        self._name_branch_buttons()
        self._fill_fixed_combos()
        self._fill_combos([])

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_cancelled)
        top.addWidget(self.count_label)
        filters = QHBoxLayout()
        for combo in (
            self.stop_filter,
            self.day_filter,
            self.person_filter,
            self.kind_filter,
            self.status_filter,
        ):
            filters.addWidget(combo)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.branches)
        buttons = QHBoxLayout()
        for button in (
            self.add_branch_button,
            self.edit_branch_button,
            self.remove_branch_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # From the table, Tab goes on to its meeting's branch venues and their buttons.
        QWidget.setTabOrder(self.table, self.branches.list)
        QWidget.setTabOrder(self.branches.list, self.add_branch_button)
        QWidget.setTabOrder(self.add_branch_button, self.edit_branch_button)
        QWidget.setTabOrder(self.edit_branch_button, self.remove_branch_button)

        self.search.textChanged.connect(self.proxy.set_text)
        self.stop_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_stop(self.stop_filter.currentData())
        )
        self.day_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_day(_day(self.day_filter.currentData()))
        )
        self.kind_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_kind(self.kind_filter.currentData())
        )
        self.status_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_status(self.status_filter.currentData())
        )
        self.person_filter.currentIndexChanged.connect(
            lambda: self.proxy.set_attendee(self.person_filter.currentData())
        )
        self.show_cancelled.toggled.connect(self.proxy.set_show_cancelled)
        for changed in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.modelReset):
            changed.connect(self._count)
        self.proxy.layoutChanged.connect(self._count)
        self.table.uuid_activated.connect(self.activated)
        self.table.uuid_selection_changed.connect(self.selection_changed)
        self.table.uuid_selection_changed.connect(lambda _uuid: self._show_branches())
        self.branches.selection_changed.connect(lambda _uuid: self._enable_branch_buttons())
        self.branches.edit_wanted.connect(self.edit_branch_wanted)
        self.branches.remove_wanted.connect(self.remove_branch_wanted)
        self.add_branch_button.clicked.connect(self._want_add_branch)
        self.edit_branch_button.clicked.connect(
            lambda: self.edit_branch_wanted.emit(self.branches.selected_uuid() or "")
        )
        self.remove_branch_button.clicked.connect(
            lambda: self.remove_branch_wanted.emit(self.branches.selected_uuid() or "")
        )
        self._count()
        self._show_branches()

    # --- what the main window calls ---------------------------------------------------------

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show the meetings of ``trip_uuid`` as the store holds them now (four queries); None
        shows no trip."""
        if trip_uuid is None:
            self.clear()
            return
        home = queries.home_timezone(session, trip_uuid)
        self.show_rows(queries.meeting_rows(session, trip_uuid), home, trip_uuid)

    def show_rows(self, rows: Sequence[MeetingRow], home_zone: str, trip_uuid: str) -> None:
        """Show ``rows`` (read elsewhere) of ``trip_uuid``; ``load`` without the queries."""
        if trip_uuid != self.trip_uuid:
            self.clear_filters()
        self.trip_uuid = trip_uuid
        self._fill_combos(rows)
        self.model.reload(rows, home_zone=home_zone)
        self._fit_columns_once()
        self._show_branches()

    def clear(self) -> None:
        """No trip: an empty table, no filters."""
        self.trip_uuid = None
        self.clear_filters()
        self._fill_combos([])
        self.model.reload([])
        self._show_branches()

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def set_editable(self, editable: bool) -> None:
        """Offer to add, edit and remove branch venues (not in a read-only store)."""
        self._editable = editable
        self._enable_branch_buttons()

    def select_uuid(self, uuid: str, *, reveal: bool = True) -> bool:
        """Select the meeting ``uuid``. When a filter hides it and ``reveal`` is true, the
        filters are cleared so that it shows (a meeting just created must be seen)."""
        if reveal and self.model.row_of(uuid) >= 0 and not self.table.index_of(uuid).isValid():
            self.clear_filters()
        return self.table.select_uuid(uuid)

    def clear_filters(self) -> None:
        for combo in (
            self.stop_filter,
            self.day_filter,
            self.kind_filter,
            self.status_filter,
            self.person_filter,
        ):
            combo.setCurrentIndex(0)
        self.search.clear()
        self.show_cancelled.setChecked(True)

    def retranslate(self) -> None:
        """Re-read the panel's own words in the installed language, keeping every filter."""
        self.search.setPlaceholderText(self.tr("Search titles, venues, hosts and people…"))
        for combo, what, tip in (
            (self.stop_filter, self.tr("Stop"), self.tr("Only the meetings at this stop")),
            (self.day_filter, self.tr("Day"), self.tr("Only the meetings on this local day")),
            (self.kind_filter, self.tr("Kind"), self.tr("Only the meetings of this kind")),
            (self.status_filter, self.tr("Status"), self.tr("Only the meetings in this status")),
            (
                self.person_filter,
                self.tr("Person"),
                self.tr("Only the meetings this person attends"),
            ),
        ):
            combo.setAccessibleName(what)
            combo.setToolTip(tip)
        self.show_cancelled.setText(self.tr("Show &cancelled"))
        kinds, statuses = vocab_text.meeting_kinds(), vocab_text.meeting_statuses()
        for combo, words, first in (
            (self.kind_filter, kinds, self.tr("All kinds")),
            (self.status_filter, statuses, self.tr("Any status")),
        ):
            for index in range(combo.count()):
                data = combo.itemData(index)
                combo.setItemText(index, first if data is None else words[data])
        self._count()
        self.branches.retranslate()
        self._name_branch_buttons()
        self._show_branches()

    # --- private ----------------------------------------------------------------------------

    def _show_branches(self) -> None:
        """Below the table, the branch venues of the selected meeting in their local times
        (hidden unless a hybrid meeting is selected)."""
        uuid = self.table.selected_uuid()
        row = self.model.row_of(uuid) if uuid else -1
        self.branches.show_meeting(self.model.row_at(row) if row >= 0 else None)
        self._enable_branch_buttons()

    def _name_branch_buttons(self) -> None:
        self.add_branch_button.setText(self.tr("Add &Branch Venue…"))
        self.add_branch_button.setToolTip(
            self.tr("Another place the selected meeting is joined from, at the same time")
        )
        self.edit_branch_button.setText(self.tr("Edit Bra&nch Venue…"))
        self.remove_branch_button.setText(self.tr("&Remove Branch Venue"))

    def _enable_branch_buttons(self) -> None:
        meeting = bool(self.table.selected_uuid())
        branch = meeting and bool(self.branches.selected_uuid())
        self.add_branch_button.setEnabled(self._editable and meeting)
        self.edit_branch_button.setEnabled(self._editable and branch)
        self.remove_branch_button.setEnabled(self._editable and branch)

    def _want_add_branch(self) -> None:
        uuid = self.table.selected_uuid()
        if uuid:
            self.add_branch_wanted.emit(uuid)

    def _combo(self, name: str, what: str, tip: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(what)
        combo.setToolTip(tip)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def _fill_fixed_combos(self) -> None:
        self.kind_filter.addItem(self.tr("All kinds"), None)
        kinds = vocab_text.meeting_kinds()
        for kind in vocab.MEETING_KINDS:
            self.kind_filter.addItem(kinds[kind], kind)
        self.status_filter.addItem(self.tr("Any status"), None)
        statuses = vocab_text.meeting_statuses()
        for status in vocab.MEETING_STATUSES:
            self.status_filter.addItem(statuses[status], status)

    def _fill_combos(self, rows: Sequence[MeetingRow]) -> None:
        """Offer the stops, days and people the meetings have; keep what was chosen if it is
        still there (the filter falls back to "all" when it is not)."""
        stops: dict[str, str] = {}
        cities: dict[str, int] = {}
        days: set[dt.date] = set()
        people: dict[str, str] = {}
        for row in rows:
            if row.stop_uuid not in stops:
                stops[row.stop_uuid] = row.stop_city
                cities[row.stop_city] = cities.get(row.stop_city, 0) + 1
            days.add(row.local_day)
            people.update(zip(row.attendee_uuids, row.attendee_names, strict=True))
        first_day = {r.stop_uuid: r.local_day for r in reversed(rows)}
        stop_items = [
            (
                self.tr("{city} (from {day})").format(
                    city=city, day=timetext.day_text(first_day[uuid])
                )
                if cities[city] > 1
                else city,
                uuid,
            )
            for uuid, city in stops.items()
        ]
        day_items = [(timetext.day_text(d), d.isoformat()) for d in sorted(days)]
        person_items = sorted(
            ((name, uuid) for uuid, name in people.items()), key=lambda p: p[0].casefold()
        )
        _refill(self.stop_filter, self.tr("All stops"), stop_items)
        _refill(self.day_filter, self.tr("All days"), day_items)
        _refill(self.person_filter, self.tr("Anyone"), person_items)

    def _fit_columns_once(self) -> None:
        if self.model.rowCount() and not self._fitted:
            self._fitted = True
            self.table.fit_columns(MeetingTableModel.TITLE)

    def _count(self) -> None:
        total, shown = self.model.rowCount(), self.proxy.rowCount()
        if shown == total:
            text = self.tr("Meetings: {total}").format(total=total)
        else:
            text = self.tr("Meetings: {shown} of {total}").format(shown=shown, total=total)
        self.count_label.setText(text)


def _refill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
    """Replace the items after the first ("all ...") and choose the same data again, or the
    first item when it has gone; the filter hears only a real change of choice."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everything, None)
        for text, data in items:
            combo.addItem(text, data)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
    if combo.currentData() != chosen:
        combo.currentIndexChanged.emit(combo.currentIndex())


def _day(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None
