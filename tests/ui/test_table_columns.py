"""Columns that show what they hold (issue 19): every header readable in German, no column
taking half the table, the user's widths kept from one start to the next, and the schedule's
"Ortszeit"/"Heimat" corner without overlap."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from tests.conftest import NANSHAN
from tests.ui.test_main_window import imported
from ui import i18n
from ui.main_window import MainWindow
from ui.views.schedule.painting import PAD, SchedulePainter
from ui.views.schedule.style import Style
from ui.widgets import table_columns


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install("de")
    yield
    i18n.install("en")


def cut_headers(table: QTableView) -> list[str]:
    """The headers of the table narrower than their text needs."""
    header = table.horizontalHeader()
    model = table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(header.count())
        if not header.isSectionHidden(c) and header.sectionSize(c) < header.sectionSizeHint(c)
    ]


@pytest.mark.usefixtures("german")
def test_no_header_of_the_trips_tables_is_cut_in_german(window: MainWindow, qtbot: QtBot) -> None:
    imported(window, qtbot, NANSHAN)
    for panel in (window.itinerary, window.meetings):
        window.tabs.setCurrentWidget(panel)
        qtbot.waitUntil(lambda p=panel: p.table.model().rowCount() > 0, timeout=5000)
        assert cut_headers(panel.table) == []
    assert cut_headers(window.navigator.table) == []
    kind = window.meetings.table.horizontalHeader()
    assert window.meetings.table.model().headerData(5, Qt.Orientation.Horizontal) == "Art"
    assert kind.sectionSize(5) >= kind.fontMetrics().horizontalAdvance("Art")


def test_switching_to_german_widens_a_header_that_no_longer_fits(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    window.tabs.setCurrentWidget(window.itinerary)
    qtbot.waitUntil(lambda: window.itinerary.table.model().rowCount() > 0, timeout=5000)
    try:
        window.set_language("de")
        qtbot.waitUntil(lambda: cut_headers(window.itinerary.table) == [], timeout=5000)
    finally:
        window.set_language("en")


def model_of(rows: list[list[str]]) -> QStandardItemModel:
    model = QStandardItemModel(len(rows), len(rows[0]))
    model.setHorizontalHeaderLabels(["Day", "Title", "Host", "Venue"])
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            model.setItem(r, c, QStandardItem(text))
    return model


ROWS = [["Mon 17 Jun", "Duisburg Mayor's reception " * 4, "Sören Link", "Rathaus"]]


def table(qtbot: QtBot, name: str, width: int = 900) -> QTableView:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model_of(ROWS))
    view.resize(width, 300)
    table_columns.remember_columns(view, name)
    return view


def test_a_long_title_is_elided_and_leaves_room_for_the_rest(qtbot: QtBot) -> None:
    view = table(qtbot, "t", width=500)
    view.show()
    qtbot.waitExposed(view, timeout=5000)
    table_columns.fit_columns(view, wide={1})
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    assert header.sectionSize(1) <= char * table_columns.WIDE  # elided, not half the table
    host = view.fontMetrics().horizontalAdvance("Sören Link")
    assert header.sectionSize(2) > host  # the name beside it is whole
    assert view.textElideMode() == Qt.TextElideMode.ElideRight


def test_a_thousand_rows_are_sized_from_the_first_ones_shown(qtbot: QtBot) -> None:
    """A trip's thousand problems: the window answers again after a few hundred rows are
    measured, not all of them; the widest text among those sets the column."""
    asked: set[int] = set()

    class Counting(QStandardItemModel):
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                asked.add(index.row())
            return super().data(index, role)

    rows = Counting(1000, 2)
    for row in range(1000):
        rows.setItem(row, 0, QStandardItem("Mo 3 Jun 10:00" if row != 5 else "Mittwoch, 5. Juni"))
        rows.setItem(row, 1, QStandardItem("Overlap"))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(rows)
    view.resize(600, 300)
    view.show()
    qtbot.waitExposed(view, timeout=5000)
    asked.clear()
    table_columns.fit_columns(view)
    assert len(asked) <= 250  # a few hundred: those visible and their neighbours
    widest = view.fontMetrics().horizontalAdvance("Mittwoch, 5. Juni")
    assert view.horizontalHeader().sectionSize(0) > widest


def test_a_wide_table_shows_a_long_title_whole_before_widening_the_last_column(
    qtbot: QtBot,
) -> None:
    view = table(qtbot, "wide", width=1500)
    view.show()
    qtbot.waitExposed(view, timeout=5000)
    table_columns.fit_columns(view, wide={1})
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= view.sizeHintForColumn(1)  # the whole title
    assert header.sectionSize(3) >= view.fontMetrics().horizontalAdvance("Rathaus")
    view.resize(500, 300)  # narrower again: the title gives the room back, elided
    qtbot.waitUntil(lambda: header.sectionSize(1) < view.sizeHintForColumn(1), timeout=5000)
    assert header.sectionSize(2) > view.fontMetrics().horizontalAdvance("Sören Link")


def test_the_widths_a_user_leaves_come_back_on_the_next_start(qtbot: QtBot) -> None:
    first = table(qtbot, "remembered")
    table_columns.fit_columns(first, wide={1})
    first.horizontalHeader().resizeSection(0, 211)  # the user drags the Day column wider
    again = table(qtbot, "remembered")
    table_columns.fit_columns(again, wide={1})  # the rows arrive: the user's width stays
    assert again.horizontalHeader().sectionSize(0) == 211
    other = table(qtbot, "another table")
    table_columns.fit_columns(other, wide={1})
    assert other.horizontalHeader().sectionSize(0) != 211


@pytest.mark.usefixtures("german")
def test_the_schedules_corner_keeps_ortszeit_and_heimat_apart(qtbot: QtBot) -> None:
    view = QTableView()  # any widget's palette and font
    qtbot.addWidget(view)
    painter = SchedulePainter(Style(view.palette(), view.font()))
    small = painter.style.small_metrics
    assert small.horizontalAdvance("Ortszeit") + PAD <= painter.home_x()
    gutter = painter.gutter_width(True)
    assert painter.home_x() + small.horizontalAdvance("Heimat") <= gutter


@pytest.mark.usefixtures("german")
def test_the_trip_list_writes_days_as_germans_do_and_sorts_them_as_days(
    window: MainWindow, qtbot: QtBot
) -> None:
    imported(window, qtbot, NANSHAN)
    proxy, model = window.navigator.proxy, window.navigator.model
    assert proxy.index(0, 1).data() == "15.06.2024"
    trip = model.summary(0)
    model.reload(
        [
            trip,
            dataclasses.replace(trip, id=-1, first_day=dt.date(2024, 12, 1)),
            dataclasses.replace(trip, id=-2, first_day=dt.date(2024, 1, 2)),
        ]
    )
    window.navigator.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    days = [proxy.index(row, 1).data() for row in range(proxy.rowCount())]
    assert days == ["02.01.2024", "15.06.2024", "01.12.2024"]  # by day: as text 01.12. comes first
