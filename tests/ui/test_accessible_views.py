"""The schedule and the seating plan as a screen reader finds them (issue 24): an accessible
child per stop band, meeting, transfer, badge and seat, read through ``QAccessible`` as a
screen reader reads them, and the events that make it speak as the keyboard moves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface
from pytestqt.qtbot import QtBot

from planner import store, trips
from planner.checks import Problem
from planner.protocol import GUEST, HOST
from tests.conftest import JIANGSU, NANSHAN
from tests.ui.test_protocol_panel import Shown as ProtocolShown
from tests.ui.test_protocol_panel import show as show_protocol
from tests.ui.test_schedule_view import Shown, show
from ui import i18n
from ui.widgets import accessible_items

NAME = QAccessible.Text.Name


@pytest.fixture
def nanshan(qtbot: QtBot, empty_store_file: Path) -> Iterator[Shown]:
    """The sample trip's week in the schedule, and a second trip in the same store."""
    with store.open_store(empty_store_file) as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, NANSHAN).uuid
            trips.import_trip(session, JIANGSU)
        yield show(qtbot, st, uuid, dt.date(2024, 6, 16))


@pytest.fixture
def events() -> Iterator[list[tuple[QAccessible.Event, str]]]:
    """Each event sent, with the name of the item it is about, as a screen reader hears it."""
    heard: list[tuple[QAccessible.Event, str]] = []

    def hear(event: QAccessibleEvent) -> None:
        found = event.accessibleInterface()
        heard.append((event.type(), found.text(NAME) if found is not None else ""))

    stop = accessible_items.listen(hear)
    yield heard
    stop()


def children(interface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [interface.child(i) for i in range(interface.childCount())]
    assert all(c is not None for c in found)
    return found


def meeting_names(shown: Shown) -> list[str]:
    canvas = QAccessible.queryAccessibleInterface(shown.canvas)
    schedule = shown.view.schedule
    assert schedule is not None
    return [
        c.text(NAME)
        for c in children(canvas)
        if c.role() == QAccessible.Role.ListItem and schedule.transfer(_key(c)) is None
    ]


def _key(child: QAccessibleInterface) -> str:
    assert isinstance(child, accessible_items.ItemInterface)
    return child.item.key


def expected_titles(shown: Shown) -> list[str]:
    grid = shown.canvas.grid
    assert grid is not None and shown.view.schedule is not None
    return [shown.view.schedule.meeting(uuid).title for uuid in grid.meeting_order()]  # type: ignore[union-attr]


# -- the schedule ---------------------------------------------------------------------------------


def test_the_schedules_children_are_the_meetings_shown_in_order(nanshan: Shown) -> None:
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    assert canvas.text(NAME) == "Schedule"
    assert canvas.role() == QAccessible.Role.List
    names = meeting_names(nanshan)
    titles = expected_titles(nanshan)
    assert len(names) == len(titles) == 5
    assert all(name.startswith(title + ", ") for name, title in zip(names, titles, strict=True))
    assert names[0] == (
        "Nanshan–Frankfurt cooperation session, Monday, June 17, 2024, 14:00–17:30 local time, "
        "20:00–23:30 at home (Asia/Shanghai), Conference, Confirmed"
    )
    ledvance = next(n for n in names if n.startswith("Meeting with Ledvance"))
    assert ledvance.endswith(", Meeting, Tentative")


def test_stop_bands_and_transfers_are_children_too(nanshan: Shown) -> None:
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    names = [c.text(NAME) for c in children(canvas)]
    assert (
        names[0]
        == "Stay in Frankfurt am Main, Sunday, June 16, 2024, from 06:40, Hotel am Main (example)"
    )
    assert names[1] == (
        "Flight EX 123, Shenzhen → Frankfurt am Main, Saturday, June 15, 2024, "
        "23:55 CST–06:40 CEST local time"
    )
    assert "Stay in Nuremberg, Thursday, June 20, 2024, until 15:00" in names
    flight = children(canvas)[1]
    assert flight.role() == QAccessible.Role.ListItem
    assert "EX 123" in flight.text(QAccessible.Text.Description)  # the block's tooltip


def test_the_children_follow_the_day_the_filter_and_the_trip(nanshan: Shown) -> None:
    view = nanshan.view
    view.show_day(view.first_day.findData("2024-06-18"))
    assert [n.split(",")[0] for n in meeting_names(nanshan)] == [
        "Site visit and talks at trinamiX",
        "Signing of cooperation memorandum with Innovation Lab Heidelberg",
    ]
    view.day_count.setCurrentIndex(view.day_count.findData(7))
    bruder = next(
        i for i in range(view.person.count()) if view.person.itemText(i) == "Ingmar Bruder"
    )
    view.person.setCurrentIndex(bruder)
    assert [n.split(",")[0] for n in meeting_names(nanshan)] == ["Site visit and talks at trinamiX"]

    with nanshan.store.session() as session:
        other = next(t.uuid for t in trips.list_trips(session) if t.uuid != nanshan.trip_uuid)
        view.load(session, other)
    names = meeting_names(nanshan)
    assert names and all("trinamiX" not in n for n in names)
    assert [n[: len(t)] for n, t in zip(names, expected_titles(nanshan), strict=True)] == (
        expected_titles(nanshan)
    )


def test_a_blocks_problems_are_in_its_name_and_its_badge(nanshan: Shown) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    nanshan.view.set_problems(
        [Problem(kind="overlap", severity="error", message="Jing Chen is in two meetings at once",
                 meeting_uuids=(uuid,))]
    )  # fmt: skip
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    block = next(c for c in children(canvas) if _key(c) == uuid)
    assert block.text(NAME).endswith(
        ", Site visit, Confirmed, Error: Jing Chen is in two meetings at once"
    )
    assert block.childCount() == 1
    badge = block.child(0)
    assert badge.text(NAME) == "Error: Jing Chen is in two meetings at once"
    assert badge.parent().text(NAME) == block.text(NAME)
    assert block.rect().contains(badge.rect())


def test_a_child_has_its_place_on_screen_and_its_state(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Nanshan–Frankfurt cooperation session")
    assert nanshan.view.select_uuid(uuid)
    nanshan.canvas.setFocus()
    qtbot.waitUntil(nanshan.canvas.hasFocus)
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    child = next(c for c in children(canvas) if _key(c) == uuid)
    drawn = nanshan.canvas.block_rect(uuid)
    assert drawn is not None
    on_screen = QRect(
        nanshan.canvas.viewport().mapToGlobal(drawn.topLeft().toPoint()), drawn.size().toSize()
    )
    assert child.rect().intersects(on_screen) and canvas.rect().contains(child.rect())
    state = child.state()
    assert state.focused and state.selected and state.focusable
    assert canvas.focusChild().text(NAME) == child.text(NAME)
    assert canvas.childAt(child.rect().center().x(), child.rect().center().y()).text(NAME) == (
        child.text(NAME)
    )
    other = next(c for c in children(canvas) if _key(c) != uuid and c.state().focusable)
    assert not other.state().selected


def test_walking_the_blocks_makes_a_screen_reader_speak_each(
    nanshan: Shown, qtbot: QtBot, events: list[tuple[QAccessible.Event, str]]
) -> None:
    canvas = nanshan.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    for _ in range(3):
        qtbot.keyClick(canvas, Qt.Key.Key_Down)
    spoken = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert [n.split(",")[0] for n in spoken] == [
        "Flight EX 123",
        "Nanshan–Frankfurt cooperation session",
        "Site visit and talks at trinamiX",
    ]
    selected = [name for kind, name in events if kind == QAccessible.Event.Selection]
    assert selected == spoken

    events.clear()
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # moved: 10:15
    spoken = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert len(spoken) == 1 and "10:15–12:15 local time" in spoken[0]


def test_an_item_a_screen_reader_holds_is_let_go_when_the_grid_changes(
    nanshan: Shown, qtbot: QtBot
) -> None:
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    held = QAccessible.uniqueId(children(canvas)[1])
    assert QAccessible.accessibleInterface(held) is not None
    width = nanshan.canvas.width()
    nanshan.view.resize(1100, 900)  # the same blocks, drawn narrower: the same items
    qtbot.waitUntil(lambda: nanshan.canvas.width() != width)
    assert QAccessible.accessibleInterface(held) is not None
    nanshan.view.show_day(nanshan.view.first_day.findData("2024-06-18"))
    assert (
        QAccessible.accessibleInterface(held) is None
    )  # removed from Qt's cache, not freed under it
    assert "trinamiX" in children(canvas)[1].text(NAME)


# -- the seating plan -----------------------------------------------------------------------------


@pytest.fixture
def talks(qtbot: QtBot, empty_store_file: Path) -> Iterator[ProtocolShown]:
    """The Protocol tab on the sample trip's talks at trinamiX (a plan of facing rows)."""
    with store.open_store(empty_store_file) as st:
        shown = show_protocol(qtbot, st, NANSHAN)
        shown.choose("trinamiX")
        assert shown.panel.plans.currentWidget() is shown.panel.plan_scroll
        yield shown
        shown.workspace.watcher.stop()


def test_the_seating_plans_children_are_its_seats(talks: ProtocolShown) -> None:
    view = talks.panel.seating
    plan = QAccessible.queryAccessibleInterface(view)
    assert plan.text(NAME) == "Seating plan" and plan.role() == QAccessible.Role.List
    seats = children(plan)
    assert len(seats) == len(view.placed) >= 2
    names = [s.text(NAME) for s in seats]
    hosts = [n for n in names if n.startswith(view.side_heading(HOST) + ", seat ")]
    guests = [n for n in names if n.startswith(view.side_heading(GUEST) + ", seat ")]
    assert names == hosts + guests and len(hosts) == len(view.row_names(HOST))
    assert hosts == [
        "Hosts: counterparts, seat 1 of 1: Dr. Ingmar Bruder, Founder, Chairman and CEO, "
        "Head of side"
    ]  # as the seat shows the name (with the honorific), the star left to the eye
    assert guests[1] == (
        "Guests: the delegation, seat 2 of 2: Chen Jing (陈静), Interpreter (Chinese–German), "
        "Interpreter"
    )
    for seat, placed in zip(seats, view.placed, strict=True):
        assert seat.role() == QAccessible.Role.ListItem
        on_screen = QRect(
            view.mapToGlobal(placed.rect.topLeft().toPoint()), placed.rect.size().toSize()
        )
        assert seat.rect().intersected(on_screen).width() >= on_screen.width() - 1


def test_the_keyboard_walks_the_seats_and_shows_each_seats_details(
    talks: ProtocolShown, qtbot: QtBot, events: list[tuple[QAccessible.Event, str]]
) -> None:
    panel, view = talks.panel, talks.panel.seating
    assert view.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not panel.seat_details.isVisible()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    plan = QAccessible.queryAccessibleInterface(view)
    first = children(plan)[0].text(NAME)
    qtbot.waitUntil(panel.seat_details.isVisible)
    assert panel.seat_details.text() == first
    assert plan.focusChild().text(NAME) == first and children(plan)[0].state().focused

    qtbot.keyClick(view, Qt.Key.Key_Down)  # across the table to the guests
    across = panel.seat_details.text()
    assert across.startswith(view.side_heading(GUEST))
    spoken = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert spoken == [first, across]
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert panel.seat_details.text() == first

    seen = set()
    for key in (Qt.Key.Key_Home, *[Qt.Key.Key_Right] * len(view.placed)):
        qtbot.keyClick(view, key)
        seen.add(panel.seat_details.text())
    qtbot.keyClick(view, Qt.Key.Key_Down)
    for key in (Qt.Key.Key_Home, *[Qt.Key.Key_Right] * len(view.placed)):
        qtbot.keyClick(view, key)
        seen.add(panel.seat_details.text())
    assert seen == {c.text(NAME) for c in children(plan)}  # every seat reached by keys alone

    view.clearFocus()
    qtbot.waitUntil(lambda: not panel.seat_details.isVisible())


def test_names_are_spoken_in_chinese_with_full_width_punctuation(
    nanshan: Shown, qtbot: QtBot
) -> None:
    canvas = QAccessible.queryAccessibleInterface(nanshan.canvas)
    english = children(canvas)[3].text(NAME)
    i18n.install("zh_CN")
    try:
        qtbot.waitUntil(lambda: children(canvas)[3].text(NAME) != english)  # on LanguageChange
        name = children(canvas)[3].text(NAME)
        assert name.startswith("Nanshan–Frankfurt cooperation session，2024年6月17日星期一，")
        assert "当地时间14:00–17:30" in name and ", " not in name
    finally:
        i18n.install("en")


def test_a_click_on_a_seat_puts_the_keyboard_there(
    talks: ProtocolShown, qtbot: QtBot, events: list[tuple[QAccessible.Event, str]]
) -> None:
    view = talks.panel.seating
    last = view.placed[-1]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=last.rect.center().toPoint())
    qtbot.waitUntil(view.hasFocus)
    assert view.current == last.seat.attendee.uuid
    spoken = [name for kind, name in events if kind == QAccessible.Event.Focus]
    assert spoken == [talks.panel.seat_details.text()]  # the clicked seat alone, not the first
    assert spoken[0].endswith("Chen Jing (陈静), Interpreter (Chinese–German), Interpreter")
