"""The transfer editor as a trade officer uses it: the flight from home typed by airport code,
the next open leg offered first, To and the times following From, travellers with their own
bookings."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from planner import trips
from planner.conflicts import Conflict
from planner.records import Choice, StopChoice, TransferRecord, TripContext
from tests.ui.test_build_a_trip import type_into, type_wall
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.dialogs.transfer_dialog import TransferDialog
from ui.main_window import MainWindow
from ui.models.itinerary import ItineraryModel
from ui.widgets.place_edit import PlaceEdit

UTC = dt.UTC
TRIP = {
    "format": "delegation-trip",
    "version": 1,
    "trip": {"title": "Frankfurt delegation to Shanghai", "home_timezone": "Europe/Berlin"},
    "organizations": [],
    "people": [
        {"key": "vogel", "family_name": "Vogel", "given_name": "Petra"},
        {"key": "kern", "family_name": "Kern", "given_name": "Jonas"},
    ],
    "delegation": [{"person": "vogel", "role": "head"}, {"person": "kern", "role": "staff"}],
    "stops": [
        {"key": "sha", "city": "Shanghai", "country": "CN", "timezone": "Asia/Shanghai",
         "arrive": "2025-05-03T14:05", "depart": "2025-05-06T09:00"},
        {"key": "suz", "city": "Suzhou", "country": "CN", "timezone": "Asia/Shanghai",
         "arrive": "2025-05-06T10:30", "depart": "2025-05-08T18:00"},
    ],
    "transfers": [],
    "meetings": [],
}  # fmt: skip


@pytest.fixture
def open_trip(window: MainWindow, tmp_path: Path) -> str:
    path = tmp_path / "shanghai.trip.json"
    path.write_text(json.dumps(TRIP), encoding="utf-8")
    with window.store.transaction() as session:
        uuid = trips.import_trip(session, path).uuid
    window.refresh()
    assert window.navigator.select_uuid(uuid)
    return uuid


def type_place(qtbot: QtBot, place: PlaceEdit, text: str) -> None:
    """Type a place and leave the completion list as a user does who typed the whole code."""
    type_into(qtbot, place.edit, text)
    popup = place.edit.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)


def fill_and_accept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill: Callable[[TransferDialog], None]
) -> list[TransferDialog]:
    """Let the window's next transfer editor open for real, be filled and accepted by OK."""
    opened: list[TransferDialog] = []

    def ask(parent: Any, context: Any, record: Any, **_kw: Any) -> Any:
        dialog = TransferDialog(context, record, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        opened.append(dialog)
        fill(dialog)
        assert dialog.ok_button().isEnabled(), dialog.problems()
        qtbot.mouseClick(dialog.ok_button(), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted
        return dialog.record()

    monkeypatch.setattr(TransferDialog, "ask", ask)
    return opened


def test_the_flight_from_home_is_entered_by_airport_code_in_each_airports_time(
    window: MainWindow, open_trip: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def flight(d: TransferDialog) -> None:
        # Two stops and no transfer: the open gap is Shanghai → Suzhou; the officer wants the
        # flight out, so From becomes Home, and To follows to the first stop.
        assert (d.from_stop.currentText(), d.to_stop.currentText()) == ("Shanghai", "Suzhou")
        type_into(qtbot, d.from_stop.lineEdit(), "Home")
        assert d.to_stop.currentText() == "Shanghai"
        type_place(qtbot, d.from_place, "fra")
        assert d.from_place.name_label.text().startswith("Frankfurt am Main International")
        assert d.depart.zone() == "Europe/Berlin"
        type_place(qtbot, d.to_place, "PVG")
        assert d.arrive.zone() == "Asia/Shanghai"
        type_into(qtbot, d.to_terminal, "2")
        d.mode.setFocus()
        qtbot.keyClicks(d.mode, "Fl")
        type_into(qtbot, d.carrier, "Lufthansa")
        type_into(qtbot, d.number, "LH 728")
        type_wall(qtbot, d.depart, "2025-05-02 21:40")
        type_wall(qtbot, d.arrive, "2025-05-03 14:05")
        type_into(qtbot, d.travel_class, "Business")

    opened = fill_and_accept(qtbot, monkeypatch, flight)
    window.add_transfer_action.trigger()
    assert len(opened) == 1
    with window.store.session() as session:
        written = trips.load_trip(session, 1).transfers[0]
        assert (written.from_stop, written.from_place, written.to_place) == (None, "FRA", "PVG")
        assert written.depart == dt.datetime(2025, 5, 2, 19, 40, tzinfo=UTC)  # 21:40 in Berlin
        assert written.arrive == dt.datetime(2025, 5, 3, 6, 5, tzinfo=UTC)  # 14:05 in Shanghai
    window.tabs.setCurrentWidget(window.itinerary)
    table: ItineraryModel = window.itinerary.model
    qtbot.waitUntil(lambda: table.rowCount() == 3, timeout=5000)
    first = [table.index(0, column).data() for column in range(table.columnCount())]
    assert first[ItineraryModel.ITEM] == "Flight LH 728 Frankfurt am Main (FRA) → Shanghai"
    assert "21:40" in first[ItineraryModel.START] and "14:05" in first[ItineraryModel.END]
    assert first[ItineraryModel.ZONE] == "Europe/Berlin → Asia/Shanghai"
    assert table.index(1, ItineraryModel.ITEM).data() == "Shanghai"


def utc(*fields: int) -> dt.datetime:
    return dt.datetime(*fields, tzinfo=UTC)


CONTEXT = TripContext(
    "trip",
    "Bavaria",
    "Asia/Shanghai",
    stops=(
        StopChoice("fra", "Frankfurt am Main", "Europe/Berlin", utc(2024, 6, 16, 4, 40),
                   utc(2024, 6, 19, 7, 20)),
        StopChoice("nue", "Nuremberg", "Europe/Berlin", utc(2024, 6, 19, 9, 30),
                   utc(2024, 6, 20, 13)),
        StopChoice("muc", "Munich", "Europe/Berlin", utc(2024, 6, 20, 14, 5),
                   utc(2024, 6, 22, 10)),
    ),
    legs=(("fra", "nue"),),
)  # fmt: skip


TRAVELLERS = (Choice("p-vogel", "Petra Vogel"), Choice("p-kern", "Jonas Kern"))


def open_new(qtbot: QtBot, context: TripContext = CONTEXT) -> TransferDialog:
    dialog = TransferDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_new_transfer_starts_on_the_first_leg_without_one(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    assert (dialog.from_stop.currentText(), dialog.to_stop.currentText()) == (
        "Nuremberg", "Munich",
    )  # fmt: skip
    record = dialog.record()
    assert (record.depart, record.arrive) == (CONTEXT.stops[1].depart, CONTEXT.stops[2].arrive)
    booked = TripContext(**{**CONTEXT.__dict__, "legs": (("fra", "nue"), ("nue", "muc"))})
    again = open_new(qtbot, booked)
    # Every gap between stops has its transfer: the flight from home is what is left.
    assert (again.from_stop.currentText(), again.to_stop.currentText()) == (
        "Home",
        "Frankfurt am Main",
    )
    assert again.mode.word() == "flight"


def test_to_and_the_times_follow_from_until_the_user_sets_them(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    type_into(qtbot, dialog.from_stop.lineEdit(), "Frankfurt am Main")
    assert dialog.to_stop.currentText() == "Nuremberg"
    assert dialog.record().depart == CONTEXT.stops[0].depart
    assert dialog.record().arrive == CONTEXT.stops[1].arrive
    type_wall(qtbot, dialog.depart, "2024-06-19 07:00")  # the officer's own time stays
    type_into(qtbot, dialog.from_stop.lineEdit(), "Nuremberg")
    assert dialog.to_stop.currentText() == "Munich"
    assert dialog.record().depart == dt.datetime(2024, 6, 19, 5, tzinfo=UTC)
    assert dialog.record().arrive == CONTEXT.stops[2].arrive
    type_into(qtbot, dialog.to_stop.lineEdit(), "Home")  # and so does their own To
    type_into(qtbot, dialog.from_stop.lineEdit(), "Frankfurt am Main")
    assert dialog.to_stop.currentText() == "Home"


def test_an_existing_transfer_keeps_its_to_when_from_changes(qtbot: QtBot) -> None:
    depart, arrive = CONTEXT.stops[0].depart, CONTEXT.stops[2].arrive
    assert depart is not None and arrive is not None
    record = TransferRecord("fra", "muc", "train", depart, arrive)
    dialog = TransferDialog(CONTEXT, record)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.from_stop.lineEdit(), "Nuremberg")
    assert dialog.to_stop.currentText() == "Munich"


def test_a_leg_from_home_without_a_place_says_what_is_missing(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    type_into(qtbot, dialog.from_stop.lineEdit(), "Home")
    assert not dialog.ok_button().isEnabled()
    assert "airport or station" in dialog.problems()["from_stop"]
    type_place(qtbot, dialog.from_place, "Frankfurt (Main) Hbf")  # a station, as typed
    assert dialog.ok_button().isEnabled()
    assert dialog.record().from_place == "Frankfurt (Main) Hbf"
    assert dialog.depart.zone() == "Asia/Shanghai"  # no airport: the trip's home zone


def test_airports_complete_by_city_and_keep_the_code(qtbot: QtBot) -> None:
    dialog = open_new(qtbot)
    type_into(qtbot, dialog.to_place.edit, "Shangh")
    completer = dialog.to_place.edit.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=5000)
    assert completer.completionModel().index(0, 0).data().startswith("PVG – Shanghai Pudong")
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert dialog.to_place.text() == "PVG"
    assert dialog.arrive.zone() == "Asia/Shanghai"


def test_travellers_are_ticked_with_their_own_reference_and_seat(qtbot: QtBot) -> None:
    dialog = TransferDialog(TripContext(**{**CONTEXT.__dict__, "people": TRAVELLERS}), None)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.travellers
    assert table.hint.isVisible() and not table.table.isVisible()
    item = table.picker.item_for("p-kern")
    assert item is not None
    item.setCheckState(Qt.CheckState.Checked)
    assert table.table.rowCount() == 1 and not table.hint.isVisible()
    table.table.item(0, 1).setText("ABC123")
    table.table.item(0, 2).setText("14C")
    assert dialog.record().travellers == (("p-kern", "ABC123", "14C"),)


def test_a_conflict_on_a_home_leg_shows_its_travellers_and_its_airports_time(
    qtbot: QtBot,
) -> None:
    context = TripContext(**{**CONTEXT.__dict__, "people": TRAVELLERS})
    base = TransferRecord(
        None,
        "nue",
        "flight",
        utc(2024, 6, 15, 15),
        utc(2024, 6, 15, 17),
        from_place="FRA",
        to_place="NUE",
    )
    mine = replace(base, travellers=(("p-vogel", "XK4TRM", "3A"),), depart=utc(2024, 6, 15, 15, 30))
    theirs = replace(base, travellers=(("p-kern", None, None),), depart=utc(2024, 6, 15, 16))
    dialog = ConflictDialog(Conflict(mine, theirs, 1, 2, base=base, uuid="t-1"), context, "Li")
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {b.text() for b in [*dialog.mine_buttons.values(), *dialog.theirs_buttons.values()]}
    assert "Petra Vogel (3A, XK4TRM)" in shown and "Jonas Kern" in shown
    # Their departure is read at Frankfurt airport, not in the trip's home zone (Shanghai).
    assert any("17:30 (Europe/Berlin)" in text for text in shown), shown
    assert any("18:00 (Europe/Berlin)" in text for text in shown), shown
