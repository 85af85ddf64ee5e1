"""The itinerary of a trip: its stops in order, each followed by the transfers that leave it.

Contract of :class:`ItineraryModel` (a :class:`~ui.models.row_table.RowTableModel`): one row
per :class:`planner.queries.ItineraryRow`, in the order given (the itinerary's order is its
meaning, so it is not sorted); columns Itinerary, Start, End, Time zone, Lodging; read-only.
For a stop, Start and End are its arrival and departure in its zone; for a transfer, its
departure in the zone it leaves and its arrival in the zone it reaches, so a flight from
Shenzhen to Frankfurt reads 23:55 to 06:40. Tooltips add the home time (``reload(rows,
home_zone=...)``); a transfer's name tooltip adds its terminals, class and seat. A leg from or
to home names its airport ("Frankfurt am Main (FRA)") where a stop would be. ``KindRole`` is
``"stop"`` or ``"transfer"``; transfers are in italics.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from planner import queries
from planner.queries import ItineraryRow
from ui.models import timetext, vocab_text
from ui.models.row_table import RowTableModel


class ItineraryModel(RowTableModel):
    """See the module docstring for the contract."""

    ITEM, START, END, ZONE, LODGING = range(5)
    KindRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, home_zone: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.home_zone = home_zone
        self._modes: dict[str, str] = {}
        self._italic = QFont()

    def reload(self, rows: Sequence[ItineraryRow], *, home_zone: str | None = None) -> None:
        if home_zone is not None:
            self.home_zone = home_zone
        super().reload(rows)

    def row_at(self, row: int) -> ItineraryRow:
        found: ItineraryRow = self._rows[row]
        return found

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Itinerary"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Time zone"),
            self.tr("Lodging"),
        )

    def prepare(self) -> None:
        self._modes = vocab_text.transfer_modes()
        self._italic = QFont()
        self._italic.setItalic(True)

    def cells(self, row: ItineraryRow) -> tuple[Any, ...]:
        if row.kind == queries.STOP:
            zone = row.arrive_zone
            return (
                row.label,
                self._when(row.arrive, zone),
                self._when(row.depart, zone),
                zone,
                row.lodging_name or "",
            )
        zones = (
            row.depart_zone
            if row.depart_zone == row.arrive_zone
            else self.tr("{origin} → {destination}").format(
                origin=row.depart_zone, destination=row.arrive_zone
            )
        )
        return (
            self._transfer_label(row),
            self._when(row.depart, row.depart_zone),
            self._when(row.arrive, row.arrive_zone),
            zones,
            "",
        )

    def tooltip(self, row: ItineraryRow, column: int, shown: Any) -> str | None:
        home = self.home_zone
        if row.kind == queries.STOP:
            if column == self.ITEM and row.country:
                return self.tr("{city} ({country})").format(city=row.city, country=row.country)
            if column == self.START:
                return self._tip(self.tr("Arrival"), row.arrive, row.arrive_zone, home)
            if column == self.END:
                return self._tip(self.tr("Departure"), row.depart, row.depart_zone, home)
        elif column == self.ITEM:
            return self._booking(row) or super().tooltip(row, column, shown)
        elif column == self.START:
            what = self.tr("Departure from {city}").format(city=row.city)
            return self._tip(what, row.depart, row.depart_zone, home)
        elif column == self.END:
            what = self.tr("Arrival in {city}").format(city=row.to_city or "")
            return self._tip(what, row.arrive, row.arrive_zone, home)
        return super().tooltip(row, column, shown)

    def search_texts(self, row: ItineraryRow) -> Sequence[str | None]:
        return (
            row.label, row.city, row.to_city, row.lodging_name, row.carrier, row.number,
            row.from_place, row.to_place,
        )  # fmt: skip

    def style(self, row: ItineraryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.kind == queries.TRANSFER:
            return self._italic
        return None

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == self.KindRole and index.isValid():
            return self.row_at(index.row()).kind
        return super().data(index, role)

    def _transfer_label(self, row: ItineraryRow) -> str:
        mode = vocab_text.word(self._modes, row.mode)
        ident = row.number or row.carrier
        if ident:
            return self.tr("{mode} {number} {origin} → {destination}").format(
                mode=mode, number=ident, origin=row.city, destination=row.to_city or ""
            )
        return self.tr("{mode} {origin} → {destination}").format(
            mode=mode, origin=row.city, destination=row.to_city or ""
        )

    def _booking(self, row: ItineraryRow) -> str | None:
        """Where to be and where to sit, as the ticket says it."""
        lines = []
        for terminal, text in (
            (row.from_terminal, self.tr("Departs from terminal {terminal}")),
            (row.to_terminal, self.tr("Arrives at terminal {terminal}")),
        ):
            if terminal:
                lines.append(text.format(terminal=terminal))
        if row.travel_class:
            lines.append(self.tr("Class: {travel_class}").format(travel_class=row.travel_class))
        if row.seat:
            lines.append(self.tr("Seat: {seat}").format(seat=row.seat))
        return "\n".join([row.label, *lines]) if lines else None

    @staticmethod
    def _when(instant: Any, zone: str) -> str:
        return "" if instant is None else timetext.when_text(instant, zone)

    def _tip(self, what: str, instant: Any, zone: str, home: str | None) -> str | None:
        if instant is None:
            return None
        return self.tr("{what}\n{when}").format(
            what=what, when=timetext.when_tooltip(instant, zone, home)
        )
