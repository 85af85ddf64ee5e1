"""The stop editor and the gazetteer (issue 19): a city typed in English, German or Chinese
and picked from the list fills in country, region and zone; a new stop arrives when the last
one is left, and keeps that instant when its city's zone replaces the home zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from planner.gazetteer import cities
from tests.ui.test_dialogs import CONTEXT, commit
from ui.dialogs.stop_dialog import StopDialog

UTC = dt.UTC


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[StopDialog]:
    cities.prepare()  # up front, as the editor's worker thread does while one types
    opened = StopDialog(CONTEXT, None)
    qtbot.addWidget(opened)
    opened.show()
    qtbot.waitExposed(opened)
    yield opened


def choose(qtbot: QtBot, dialog: StopDialog, typed: Callable[[], Any], label: str) -> None:
    """Type into the city field and pick ``label`` from the list with the keyboard."""
    typed()
    popup = dialog.city_completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible, timeout=5000)
    model = popup.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert label in shown
    for _ in range(shown.index(label) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=5000)


def place(dialog: StopDialog) -> tuple[str, str, str, str]:
    return (
        dialog.city.text(),
        dialog.country.text(),
        dialog.region.text(),
        dialog.timezone.zone(),
    )


def test_typing_shang_and_picking_shanghai_fills_country_region_and_zone(
    dialog: StopDialog, qtbot: QtBot
) -> None:
    choose(qtbot, dialog, lambda: qtbot.keyClicks(dialog.city, "Shang"), "Shanghai, CN — Shanghai")
    assert place(dialog) == ("Shanghai", "CN", "CN-SH", "Asia/Shanghai")
    assert dialog.arrive.zone() == "Asia/Shanghai"


def test_a_german_name_completes_to_its_city(dialog: StopDialog, qtbot: QtBot) -> None:
    choose(qtbot, dialog, lambda: commit(dialog.city, "Nürnb"), "Nürnberg, DE — Nuremberg")
    assert place(dialog) == ("Nürnberg", "DE", "DE-BY", "Europe/Berlin")


def test_a_chinese_name_completes_to_its_city(dialog: StopDialog, qtbot: QtBot) -> None:
    choose(qtbot, dialog, lambda: commit(dialog.city, "青岛"), "青岛, CN — Qingdao")
    assert place(dialog) == ("青岛", "CN", "CN-SD", "Asia/Shanghai")


def test_what_the_city_filled_in_can_still_be_changed(dialog: StopDialog, qtbot: QtBot) -> None:
    choose(qtbot, dialog, lambda: qtbot.keyClicks(dialog.city, "Shang"), "Shanghai, CN — Shanghai")
    dialog.region.selectAll()
    qtbot.keyClicks(dialog.region, "cn-js")
    assert dialog.record().region == "CN-JS"
    assert dialog.record().timezone == "Asia/Shanghai"


def test_a_city_and_country_typed_by_hand_set_the_zone_when_they_name_one(
    dialog: StopDialog, qtbot: QtBot
) -> None:
    """The issue's case: "Shanghai", "CN" typed without the list left Europe/Berlin."""
    qtbot.keyClicks(dialog.city, "Shanghai")
    dialog.city_completer.popup().hide()
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "cn")
    qtbot.keyClick(dialog.country, Qt.Key.Key_Tab)
    assert place(dialog) == ("Shanghai", "CN", "CN-SH", "Asia/Shanghai")


def test_a_zone_picked_by_hand_is_not_replaced_by_the_citys(
    dialog: StopDialog, qtbot: QtBot
) -> None:
    dialog.timezone.set_zone("Asia/Hong_Kong")
    qtbot.keyClicks(dialog.city, "Shenzhen")
    dialog.city_completer.popup().hide()
    dialog.country.setFocus()
    qtbot.keyClicks(dialog.country, "cn")
    qtbot.keyClick(dialog.country, Qt.Key.Key_Tab)
    assert dialog.timezone.zone() == "Asia/Hong_Kong"


def test_a_new_stop_arrives_when_the_last_is_left_and_keeps_that_instant_in_its_zone(
    dialog: StopDialog, qtbot: QtBot
) -> None:
    last = dt.datetime(2024, 6, 21, 6, tzinfo=UTC)  # the latest time of CONTEXT's stops
    assert dialog.timezone.zone() == "Asia/Shanghai"  # the trip's home zone, until a city
    assert dialog.arrive.instant() == last
    choose(qtbot, dialog, lambda: commit(dialog.city, "Nürnb"), "Nürnberg, DE — Nuremberg")
    assert dialog.arrive.zone() == "Europe/Berlin"
    assert dialog.arrive.instant() == last
    assert dialog.arrive.wall() == dt.datetime(2024, 6, 21, 8, 0)
