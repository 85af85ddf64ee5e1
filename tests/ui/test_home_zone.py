"""The office's home zone (issue 19): a new trip starts in it, not in Etc/UTC; it is the
system's zone until a new trip is given another, which the next new trip then starts in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.test_build_a_trip import type_into
from ui import settings
from ui.dialogs.trip_dialog import TripDialog
from ui.settings import Settings


def new_trip(qtbot: QtBot) -> TripDialog:
    dialog = TripDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_system_zone_comes_from_tz_or_the_link_etc_localtime(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    assert settings.system_zone() == "Asia/Shanghai"
    monkeypatch.setenv("TZ", "not/a-zone")
    monkeypatch.setattr(settings.os, "readlink", lambda _: "/usr/share/zoneinfo/Europe/Berlin")
    assert settings.system_zone() == "Europe/Berlin"


def test_a_new_trip_starts_in_the_system_zone_then_in_the_last_one_given(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    first = new_trip(qtbot)
    assert first.home_timezone.zone() == "Europe/Berlin"
    type_into(qtbot, first.title, "Qingdao fair")
    type_into(qtbot, first.home_timezone.lineEdit(), "Asia/Shanghai")
    qtbot.mouseClick(first.ok_button(), Qt.MouseButton.LeftButton)
    assert Settings().home_zone() == "Asia/Shanghai"
    assert new_trip(qtbot).home_timezone.zone() == "Asia/Shanghai"


def test_a_cancelled_trip_leaves_the_home_zone_alone(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Europe/Berlin")
    dialog = new_trip(qtbot)
    type_into(qtbot, dialog.home_timezone.lineEdit(), "Asia/Tokyo")
    dialog.reject()
    assert Settings().home_zone() == "Europe/Berlin"
