"""Trip ▸ Publish Calendar as an officer uses it: the trip's events land in the CalDAV
collection (a Radicale server on 127.0.0.1), the address is remembered for the trip, and a
wrong address is a warning naming it, remembered nowhere."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from planner import calendar_ics, store, trips
from planner.calendar_ics import caldav
from tests.caldav_server import Server, serve
from tests.conftest import NANSHAN
from tests.ui.test_main_window import imported
from ui import i18n
from ui.dialogs.calendar_publish import CalendarPublishDialog
from ui.main_window import MainWindow
from ui.settings import Settings

Fill = Callable[[CalendarPublishDialog], None]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    with serve(tmp_path / "radicale") as running:
        yield running


@pytest.fixture
def trip(empty_store_file: Path) -> Iterator[tuple[store.Store, str]]:
    with store.open_store(empty_store_file) as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, NANSHAN).uuid
        yield st, uuid


def answer_with(monkeypatch: pytest.MonkeyPatch, fill: Fill | None, seen: list[str]) -> None:
    """The dialog's exec() notes the address it shows, then fills it in and presses Publish
    as a user would (or Cancel)."""

    def run(dialog: CalendarPublishDialog) -> int:
        seen.append(dialog.url.text())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if fill is None:
            dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        else:
            fill(dialog)
            assert ok.isEnabled()
            ok.click()
        return dialog.result()

    monkeypatch.setattr(CalendarPublishDialog, "exec", run)


def test_publishing_fills_the_collection_and_remembers_the_address_for_the_trip(
    trip: tuple[store.Store, str],
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    expect_dialog: Callable[..., list[str]],
) -> None:
    st, uuid = trip
    url = server.calendar("/office/nanshan/")
    shown = expect_dialog("information")
    seen: list[str] = []

    def fill(dialog: CalendarPublishDialog) -> None:
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password
        dialog.url.setText(url)

    answer_with(monkeypatch, fill, seen)
    CalendarPublishDialog.ask(None, st, uuid)

    held = caldav.Collection(url).resources()
    assert len(held) == 9  # five meetings and four transfers
    assert shown == [f"Published to {url}: 9 new, 0 changed, 0 deleted, 0 unchanged."]
    assert Settings().publish_target(uuid) == (url, "")
    # Publishing again offers the same address and sends nothing unchanged.
    answer_with(monkeypatch, lambda _dialog: None, seen)
    CalendarPublishDialog.ask(None, st, uuid)
    assert seen == ["", url]
    assert shown[-1] == f"Published to {url}: 0 new, 0 changed, 0 deleted, 9 unchanged."


def test_an_address_that_is_no_calendar_is_a_warning_and_is_not_remembered(
    trip: tuple[store.Store, str],
    server: Server,
    monkeypatch: pytest.MonkeyPatch,
    expect_dialog: Callable[..., list[str]],
) -> None:
    st, uuid = trip
    server.calendar("/office/nanshan/")
    warnings = expect_dialog("warning")
    answer_with(monkeypatch, lambda d: d.url.setText(f"{server.base}/office/"), [])

    CalendarPublishDialog.ask(None, st, uuid)

    assert len(warnings) == 1
    assert warnings[0].startswith(f"{server.base}/office/: not a calendar collection")
    assert Settings().publish_target(uuid) == ("", "")


def dialog_for(trip: tuple[store.Store, str], qtbot: QtBot) -> CalendarPublishDialog:
    st, uuid = trip
    with st.session() as session:
        source = calendar_ics.read_source(session, uuid)
    dialog = CalendarPublishDialog(source)
    qtbot.addWidget(dialog)
    return dialog


def test_the_publish_button_waits_for_an_address(
    trip: tuple[store.Store, str], qtbot: QtBot
) -> None:
    dialog = dialog_for(trip, qtbot)
    publish = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not publish.isEnabled()
    dialog.url.setText("https://cal.example.org/office/trip/")
    assert publish.isEnabled()
    for name in ("url", "user", "password", "person", "edition", "language"):
        assert dialog.findChild(QWidget, name).accessibleName()


def test_the_trip_menu_offers_publishing_for_the_open_trip(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        CalendarPublishDialog, "ask", classmethod(lambda _cls, _p, _st, uuid: asked.append(uuid))
    )
    assert not window.publish_calendar_action.isEnabled()
    imported(window, qtbot, NANSHAN)

    assert window.publish_calendar_action.isEnabled()
    assert window.publish_calendar_action.text() == "Pu&blish Calendar…"
    window.publish_calendar_action.trigger()

    assert asked == [window.workspace.trip_uuid]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("de", ("Kalender veröffentlichen", "&Veröffentlichen", "Die ganze Reise")),
        ("zh_CN", ("发布日历", "发布(&P)", "整个行程")),
    ],
)
def test_the_dialog_speaks_german_and_chinese(
    trip: tuple[store.Store, str], qtbot: QtBot, language: str, words: tuple[str, str, str]
) -> None:
    i18n.install(language)  # the autouse _english fixture installs English again afterwards
    dialog = dialog_for(trip, qtbot)

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert (dialog.windowTitle(), ok.text(), dialog.person.itemText(0)) == words
