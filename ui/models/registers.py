"""The tables of the registers window: agreements, follow-ups and gifts across trips.

Contract: each is a :class:`~ui.models.row_table.RowTableModel` over the frozen rows of
:mod:`planner.protocol.registers`; filters (partner, status, year, trip, direction, done) are
applied by the window with the core's pure filter functions before ``reload``, and typed search
by the :class:`~ui.models.row_table.SearchProxy`. Dates are local days of the meeting in its
own zone; the tooltip of a date gives the time there and at the trip's home.

The follow-ups table marks an overdue task three ways, so that colour is never the only sign:
a "Status" column that says "Overdue", a warning icon, and bold text in the palette's error
colour (:mod:`ui.colours`). Its first column is
a check box; ticking it asks the window (``done_toggled``) to push an undoable command rather
than changing the row itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from planner.protocol.registers import AgreementRow, FollowUpRow, GiftRow
from ui.colours import colours_for
from ui.models import timetext, vocab_text
from ui.models.row_table import RowTableModel

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def amount_text(value: Decimal | None, currency: str | None) -> str:
    """A value as the user's locale writes numbers, with its currency code after it."""
    if value is None:
        return ""
    places = 0 if value == value.to_integral_value() else 2
    number = QLocale().toString(float(value), "f", places)
    return f"{number} {currency}" if currency else number


class AgreementsModel(RowTableModel):
    """Columns: date, title, status, kind, parties, signatories, languages, trip, meeting."""

    DATE, TITLE, STATUS, KIND, PARTIES, SIGNATORIES, LANGUAGES, TRIP, MEETING = range(9)

    def prepare(self) -> None:
        self._kinds = vocab_text.agreement_kinds()
        self._statuses = vocab_text.agreement_statuses()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Agreement"),
            self.tr("Status"),
            self.tr("Kind"),
            self.tr("Parties"),
            self.tr("Signatories"),
            self.tr("Languages"),
            self.tr("Trip"),
            self.tr("Meeting"),
        )

    def cells(self, row: AgreementRow) -> tuple[Any, ...]:
        return (
            timetext.full_day_text(row.date),
            row.title,
            vocab_text.word(self._statuses, row.status),
            vocab_text.word(self._kinds, row.kind),
            "; ".join(row.parties),
            "; ".join(row.signatories),
            ", ".join(row.languages),
            row.trip_title,
            row.meeting_title,
        )

    def search_texts(self, row: AgreementRow) -> Sequence[str | None]:
        return (row.title, row.meeting_title, row.trip_title, *row.parties, *row.signatories,
                row.notes)  # fmt: skip

    def sort_value(self, row: AgreementRow, column: int, shown: Any) -> Any:
        return row.start.isoformat() if column == self.DATE else shown

    def tooltip(self, row: AgreementRow, column: int, shown: Any) -> str | None:
        if column == self.DATE:
            return timetext.when_tooltip(row.start, row.timezone, None)
        if column in (self.PARTIES, self.SIGNATORIES):
            return "\n".join(row.parties if column == self.PARTIES else row.signatories) or None
        return super().tooltip(row, column, shown)

    def style(self, row: AgreementRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.status == "cancelled":
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None


class FollowUpsModel(RowTableModel):
    """Columns: done (a check box), status (Overdue / Open / Done), due, title, owner,
    meeting, trip."""

    DONE, STATUS, DUE, TITLE, OWNER, MEETING, TRIP = range(7)
    done_toggled = Signal(str, bool)
    """The user ticked or unticked a row's box: (follow-up UUID, done)."""

    def prepare(self) -> None:
        style = QApplication.style()
        self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Done"),
            self.tr("Status"),
            self.tr("Due"),
            self.tr("Follow-up"),
            self.tr("Owner"),
            self.tr("Meeting"),
            self.tr("Trip"),
        )

    def cells(self, row: FollowUpRow) -> tuple[Any, ...]:
        if row.done:
            status = self.tr("Done")
        elif row.overdue:
            status = self.tr("Overdue")
        else:
            status = self.tr("Open")
        return (
            "",
            status,
            timetext.full_day_text(row.due) if row.due else self.tr("no date"),
            row.title,
            row.owner or "",
            row.meeting_title,
            row.trip_title,
        )

    def search_texts(self, row: FollowUpRow) -> Sequence[str | None]:
        return (row.title, row.owner, row.meeting_title, row.trip_title)

    def sort_value(self, row: FollowUpRow, column: int, shown: Any) -> Any:
        if column == self.DUE:
            return (row.due or dt.date.max).isoformat()
        if column == self.DONE:
            return int(row.done)
        if column == self.STATUS:
            return 0 if row.overdue else (2 if row.done else 1)
        return shown

    def tooltip(self, row: FollowUpRow, column: int, shown: Any) -> str | None:
        if row.overdue and column in (self.STATUS, self.DUE):
            return self.tr("Overdue: due {day}, not done").format(
                day=timetext.full_day_text(row.due) if row.due else ""
            )
        if column == self.DONE:
            return self.tr("Done") if row.done else self.tr("Not done: tick when it is")
        return super().tooltip(row, column, shown)

    def style(self, row: FollowUpRow, column: int, role: int) -> Any:
        if row.overdue and column in (self.STATUS, self.DUE, self.TITLE):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(colours_for(QApplication.palette()).error)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if row.done and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(colours_for(QApplication.palette()).muted)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.DONE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid():
            row = self.row_at(index.row())
            if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.DONE:
                return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
            if (
                role == Qt.ItemDataRole.DecorationRole
                and index.column() == self.STATUS
                and row.overdue
            ):
                return self._warning
            if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.DONE:
                return self.tr("Done") if row.done else self.tr("Not done")
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.DONE:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        # The window pushes an undoable command; the row changes when the store has.
        self.done_toggled.emit(self.uuid_at(index.row()), checked)
        return True


class GiftsModel(RowTableModel):
    """Columns: date, direction, description, from, to, value (with its currency), meeting,
    trip."""

    DATE, DIRECTION, DESCRIPTION, GIVER, RECEIVER, VALUE, MEETING, TRIP = range(8)

    def prepare(self) -> None:
        self._directions = vocab_text.gift_directions()

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Direction"),
            self.tr("Gift"),
            self.tr("From"),
            self.tr("To"),
            self.tr("Value"),
            self.tr("Meeting"),
            self.tr("Trip"),
        )

    def cells(self, row: GiftRow) -> tuple[Any, ...]:
        return (
            timetext.full_day_text(row.date),
            vocab_text.word(self._directions, row.direction),
            row.description,
            row.giver or "",
            row.receiver or "",
            amount_text(row.value, row.currency),
            row.meeting_title,
            row.trip_title,
        )

    def search_texts(self, row: GiftRow) -> Sequence[str | None]:
        return (row.description, row.giver, row.receiver, row.meeting_title, row.trip_title)

    def sort_value(self, row: GiftRow, column: int, shown: Any) -> Any:
        if column == self.DATE:
            return row.start.isoformat()
        if column == self.VALUE:
            # By currency, then by amount: values in different currencies are not compared.
            return f"{row.currency or ''} {float(row.value or 0):020.2f}"
        return shown

    def tooltip(self, row: GiftRow, column: int, shown: Any) -> str | None:
        if column == self.DATE:
            return timetext.when_tooltip(row.start, row.timezone, None)
        return super().tooltip(row, column, shown)

    def style(self, row: GiftRow, column: int, role: int) -> Any:
        if column == self.VALUE and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT)
        return None
