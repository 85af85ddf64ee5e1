"""The itinerary of one trip: stops in order with their local times and lodging, and the
transfers between them with the local time at each end.

The order is the itinerary's own, so the table does not sort. Like the other workspace
panels it owns its model and view (``panel.table``, for the main window's context menu),
reloads from a session with ``load`` and keeps the selected row across reloads.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from planner import queries
from planner.queries import ItineraryRow
from ui.models.itinerary import ItineraryModel
from ui.views.uuid_table import UuidTableView
from ui.widgets.table_columns import remember_columns


class ItineraryPanel(QWidget):
    """Itinerary table.

    Signals: ``activated(str)`` (double-click or Enter on a stop or transfer: its UUID) and
    ``selection_changed(str)`` (the selected row's UUID, ``""`` for none). ``kind_of(uuid)``
    tells a stop from a transfer.
    """

    activated = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itineraryPanel")
        self.trip_uuid: str | None = None
        self._fitted = False
        self.model = ItineraryModel(parent=self)
        self.table = UuidTableView(self.model, None, self)
        self.table.setObjectName("itineraryTable")
        remember_columns(self.table, "itinerary")
        self.table.setAccessibleName(self.tr("Itinerary: stops and transfers"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.table.uuid_activated.connect(self.activated)
        self.table.uuid_selection_changed.connect(self.selection_changed)

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Show the itinerary of ``trip_uuid`` as the store holds it now (four queries); None
        shows no trip."""
        if trip_uuid is None:
            self.clear()
            return
        home = queries.home_timezone(session, trip_uuid)
        self.show_rows(queries.itinerary_rows(session, trip_uuid), home, trip_uuid)

    def show_rows(self, rows: Sequence[ItineraryRow], home_zone: str, trip_uuid: str) -> None:
        self.trip_uuid = trip_uuid
        self.model.reload(rows, home_zone=home_zone)
        if rows and not self._fitted:
            self._fitted = True
            self.table.fit_columns(ItineraryModel.LODGING)

    def clear(self) -> None:
        self.trip_uuid = None
        self.model.reload([])

    def selected_uuid(self) -> str | None:
        return self.table.selected_uuid()

    def retranslate(self) -> None:
        """Nothing to do: the model's headers and rows are read in the new language when the
        window loads the panel again."""

    def select_uuid(self, uuid: str) -> bool:
        return self.table.select_uuid(uuid)

    def kind_of(self, uuid: str) -> str | None:
        """``"stop"`` or ``"transfer"`` (:data:`planner.queries.STOP`/``TRANSFER``), or None."""
        row = self.model.row_of(uuid)
        return self.model.row_at(row).kind if row >= 0 else None
