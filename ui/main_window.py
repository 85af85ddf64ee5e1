"""The main window: the trips of the open store beside an overview of the selected one.

This is the foundation's window; the full workspace (editors, undo, schedule grid) is built
over it by later issues.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHeaderView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QWidget,
)

from planner import __version__, trips
from planner.errors import PlannerError
from planner.store import Store
from ui.models.trip_list import TripListModel
from ui.views.trip_overview import TripOverview

TRIP_FILTER = "Trip files (*.trip.json *.json)"


class MainWindow(QMainWindow):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(f"Delegation Planner — {store.path.name}")
        self.resize(1200, 760)

        self.trip_model = TripListModel(self)
        self.trip_table = QTableView(self)
        self.trip_table.setObjectName("tripTable")
        self.trip_table.setModel(self.trip_model)
        self.trip_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trip_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trip_table.verticalHeader().hide()
        self.trip_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.overview = TripOverview(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.trip_table)
        splitter.addWidget(self.overview)
        splitter.setSizes([520, 680])
        self.setCentralWidget(splitter)

        self._build_menus()
        self.trip_table.selectionModel().selectionChanged.connect(self._on_selection)
        self.statusBar().showMessage(f"Store: {store.path}")
        self.refresh()
        if self.trip_model.rowCount():
            self.trip_table.selectRow(0)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import Trip File…"), self)
        self.import_action.setShortcut(QKeySequence.StandardKey.Open)
        self.import_action.triggered.connect(self.ask_import)
        self.export_action = QAction(self.tr("&Export Trip File…"), self)
        self.export_action.setShortcut(QKeySequence(self.tr("Ctrl+E")))
        self.export_action.triggered.connect(self.ask_export)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([self.import_action, self.export_action])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Delegation Planner"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        with self.store.session() as session:
            self.trip_model.reload(trips.list_trips(session))

    def selected_trip_id(self) -> int | None:
        rows = self.trip_table.selectionModel().selectedRows()
        return self.trip_model.summary(rows[0].row()).id if rows else None

    def select_trip(self, trip_id: int) -> None:
        row = self.trip_model.row_of(trip_id)
        if row >= 0:
            self.trip_table.selectRow(row)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        trip_id = self.selected_trip_id()
        if trip_id is None:
            self.overview.show_trip(None)
            return
        with self.store.session() as session:
            self.overview.show_trip(trips.load_trip(session, trip_id))

    def import_file(self, path: Path) -> int:
        """Import ``path``; raises :class:`PlannerError` with the place named when it is bad."""
        with self.store.transaction() as session:
            trip_id = trips.import_trip(session, path).id
        self.refresh()
        self.select_trip(trip_id)
        self.statusBar().showMessage(self.tr("Imported {file}").format(file=path.name), 5000)
        return trip_id

    def ask_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import Trip File"), "", TRIP_FILTER)
        if not name:
            return
        try:
            self.import_file(Path(name))
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Cannot import"), str(exc))

    def ask_export(self) -> None:
        trip_id = self.selected_trip_id()
        if trip_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Trip File"), "trip.trip.json", TRIP_FILTER
        )
        if not name:
            return
        try:
            with self.store.session() as session:
                trips.export_trip(session, trip_id, Path(name))
        except PlannerError as exc:
            QMessageBox.warning(self, self.tr("Cannot export"), str(exc))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Delegation Planner"),
            self.tr("Delegation Planner {version}\nStore: {store}").format(
                version=__version__, store=self.store.path
            ),
        )
