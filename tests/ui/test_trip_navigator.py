"""The trip list as an officer sorts and searches it: header clicks, the selection kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from planner.trips import TripSummary
from ui.views.trip_navigator import TripNavigator


def trip(n: int, title: str, first: dt.date | None, status: str = "planned") -> TripSummary:
    last = first + dt.timedelta(days=3) if first else None
    return TripSummary(n, f"uuid-{n}", title, status, first, last, 1, 0)


TRIPS = [
    trip(1, "zhuhai fair", dt.date(2024, 11, 3)),
    trip(2, "Hannover Messe", dt.date(2025, 3, 31), "confirmed"),
    trip(3, "Änderungen Frankfurt", dt.date(2024, 12, 28)),
    trip(4, "Draft without stops", None, "draft"),
]


def titles(navigator: TripNavigator) -> list[str]:
    proxy = navigator.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def click_header(navigator: TripNavigator, qtbot: QtBot, column: int) -> None:
    header = navigator.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_trips_open_newest_first_and_sort_by_the_header_clicked(qtbot: QtBot) -> None:
    navigator = TripNavigator()
    qtbot.addWidget(navigator)
    navigator.resize(700, 400)
    navigator.show()
    navigator.reload(TRIPS)
    # newest first day first; a trip without days last
    assert titles(navigator) == [
        "Hannover Messe", "Änderungen Frankfurt", "zhuhai fair", "Draft without stops"
    ]  # fmt: skip
    assert navigator.select_uuid("uuid-3")

    click_header(navigator, qtbot, 0)  # Title: ascending, ignoring case
    assert titles(navigator) == [
        "Draft without stops", "Hannover Messe", "zhuhai fair", "Änderungen Frankfurt"
    ]  # fmt: skip
    assert navigator.selected_uuid() == "uuid-3"  # the selection follows its trip
    click_header(navigator, qtbot, 0)  # again: descending
    assert titles(navigator)[0] == "Änderungen Frankfurt"
    assert navigator.selected_uuid() == "uuid-3"

    click_header(navigator, qtbot, 2)  # Last day: days as days, not as the text shows them
    assert titles(navigator) == [
        "Draft without stops", "zhuhai fair", "Änderungen Frankfurt", "Hannover Messe"
    ]  # fmt: skip


def test_a_reload_keeps_the_order_chosen_and_the_search(qtbot: QtBot) -> None:
    navigator = TripNavigator()
    qtbot.addWidget(navigator)
    navigator.show()
    navigator.reload(TRIPS)
    click_header(navigator, qtbot, 0)
    qtbot.keyClicks(navigator.search, "FAIR")
    assert titles(navigator) == ["zhuhai fair"]
    navigator.search.clear()
    navigator.reload([*TRIPS, trip(5, "Beijing talks", dt.date(2023, 5, 1))])
    assert titles(navigator)[:3] == ["Beijing talks", "Draft without stops", "Hannover Messe"]
