"""Who travels on a transfer, each with the booking reference and seat of their own ticket.

The trip's people are ticked in a :class:`~ui.widgets.choice_list.ChoiceList` (filter, Space
to tick); each ticked person gets a row below with their reference and seat, typed in place.
Nobody ticked means the whole delegation travels, which is what most transfers are.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.records import Choice
from ui.widgets.choice_list import ChoiceList

Booking = tuple[str, str | None, str | None]
"""(person UUID, reference, seat), as :class:`planner.records.TransferRecord` keeps them."""
NAME, REFERENCE, SEAT = range(3)


class TravellerTable(QWidget):
    """The ticked people in the order ticked, with what was typed for each (:meth:`bookings`).

    A reference or seat typed for someone unticked again is remembered while the editor is
    open, in case of a slip. Signal ``changed()``: a tick, a reference or a seat changed.
    """

    changed = Signal()

    def __init__(self, people: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = {p.uuid: p.label for p in people}
        self._typed: dict[str, tuple[str | None, str | None]] = {}
        self.picker = ChoiceList(people, self)
        self.picker.setObjectName("traveller_choices")
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("bookings")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Traveller"), self.tr("Reference"), self.tr("Seat")]
        )
        self.table.setAccessibleName(self.tr("Travellers' own bookings"))
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(REFERENCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SEAT, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in every other field
        self.hint = QLabel(self.tr("Nobody ticked: the whole delegation travels."), self)
        self.hint.setObjectName("whole_delegation")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.picker, 2)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.picker.filter)  # a label's buddy must take focus itself
        self.picker.changed.connect(self._rebuild)
        self.table.itemChanged.connect(self._typed_in)
        self._rebuild()

    def bookings(self) -> tuple[Booking, ...]:
        return tuple(
            (uuid, *self._typed.get(uuid, (None, None))) for uuid in self.picker.selected()
        )

    def set_bookings(self, bookings: Sequence[Booking]) -> None:
        for uuid, reference, seat in bookings:
            self._typed[uuid] = (reference, seat)
            self._names.setdefault(uuid, uuid)
        self.picker.set_selected(uuid for uuid, _, _ in bookings)

    def _rebuild(self) -> None:
        chosen = self.picker.selected()
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(chosen))
            for row, uuid in enumerate(chosen):
                reference, seat = self._typed.get(uuid, (None, None))
                name = QTableWidgetItem(self._names.get(uuid, uuid))
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                name.setData(Qt.ItemDataRole.UserRole, uuid)
                self.table.setItem(row, NAME, name)
                self.table.setItem(row, REFERENCE, QTableWidgetItem(reference or ""))
                self.table.setItem(row, SEAT, QTableWidgetItem(seat or ""))
        self.table.setVisible(bool(chosen))
        self.hint.setVisible(not chosen)
        self.changed.emit()

    def _typed_in(self, item: QTableWidgetItem) -> None:
        row = item.row()
        name = self.table.item(row, NAME)
        if name is None:
            return
        uuid = str(name.data(Qt.ItemDataRole.UserRole))

        def value(column: int) -> str | None:
            cell = self.table.item(row, column)
            text = cell.text().strip() if cell is not None else ""
            return text or None

        self._typed[uuid] = (value(REFERENCE), value(SEAT))
        self.changed.emit()
