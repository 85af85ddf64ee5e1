"""The schedule view as an officer uses it: dragging, resizing and creating meetings with the
mouse, moving them with the keyboard, undoing each step, and the store checked every time."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from planner import editing, localtime, store, trips
from planner.checks import Problem
from planner.editing.registry import editor_for
from planner.records import MeetingRecord, StopRecord, TripRecord
from planner.store import Store
from tests.conftest import NANSHAN
from ui.views.schedule import ScheduleView
from ui.views.schedule.canvas import ScheduleCanvas
from ui.workspace import Workspace

BERLIN = "Europe/Berlin"
LEFT = Qt.MouseButton.LeftButton
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@dataclass
class Shown:
    """A schedule view on a store of the test's own, reloaded on every change as the main
    window reloads its views."""

    store: Store
    workspace: Workspace
    view: ScheduleView
    trip_uuid: str

    def reload(self) -> None:
        with self.store.session() as session:
            self.view.load(session, self.trip_uuid)

    def meeting(self, uuid: str) -> MeetingRecord:
        with self.store.session() as session:
            found: MeetingRecord = editor_for(MeetingRecord).read(session, uuid)
            return found

    def uuid_of(self, title: str) -> str:
        assert self.view.schedule is not None
        return next(m.uuid for m in self.view.schedule.meetings if m.title == title)

    def count(self) -> int:
        conn = sqlite3.connect(self.store.path)
        try:
            return int(conn.execute("SELECT count(*) FROM meeting").fetchone()[0])
        finally:
            conn.close()

    def stored_start(self, uuid: str) -> str:
        """The start as SQLite holds it, read beside the application's own connection."""
        conn = sqlite3.connect(self.store.path)
        try:
            row = conn.execute("SELECT start FROM meeting WHERE uuid = ?", (uuid,)).fetchone()
            return str(row[0])
        finally:
            conn.close()

    @property
    def canvas(self) -> ScheduleCanvas:
        return self.view.canvas

    @property
    def ppm(self) -> float:
        return self.view.px_per_hour / 60


def show(qtbot: QtBot, st: Store, trip_uuid: str, first_day: dt.date | None = None) -> Shown:
    workspace = Workspace(st)
    workspace.open_trip(trip_uuid)
    view = ScheduleView(workspace)
    qtbot.addWidget(view)
    shown = Shown(st, workspace, view, trip_uuid)
    workspace.changed.connect(lambda _uuid: shown.reload())
    shown.reload()
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    if first_day is not None:
        view.first_day.setCurrentIndex(view.first_day.findData(first_day.isoformat()))
    return shown


@pytest.fixture
def nanshan(qtbot: QtBot, empty_store_file: Path) -> Iterator[Shown]:
    with store.open_store(empty_store_file) as st:
        with st.transaction() as session:
            uuid = trips.import_trip(session, NANSHAN).uuid
        yield show(qtbot, st, uuid, dt.date(2024, 6, 16))


@pytest.fixture
def autumn(qtbot: QtBot, tmp_path: Path) -> Iterator[Shown]:
    """A trip to Berlin over the night the clocks go back (2024-10-27, 03:00 CEST → 02:00
    CET), with meetings at the first and the second 02:30 and one at 01:00."""
    with store.open_store(tmp_path / "autumn.sqlite") as st:
        with st.transaction() as session:
            trip = editing.create(session, None, TripRecord("Autumn talks", "Asia/Shanghai"))
            stop = editing.create(
                session,
                trip,
                StopRecord(
                    city="Berlin",
                    country="DE",
                    timezone=BERLIN,
                    arrive=localtime.parse_local("2024-10-26T08:00", BERLIN),
                    depart=localtime.parse_local("2024-10-28T20:00", BERLIN),
                    lodging_name="Hotel Spree",
                ),
            )
            for title, start in (
                ("First pass", "2024-10-27T02:30"),
                ("Second pass", "2024-10-27T02:30+01:00"),
                ("Night call", "2024-10-27T01:00"),
            ):
                begin = localtime.parse_local(start, BERLIN)
                editing.create(
                    session,
                    trip,
                    MeetingRecord(title, stop, begin, begin + dt.timedelta(minutes=30)),
                )
        shown = show(qtbot, st, trip)
        shown.view.show_day(shown.view.first_day.findData("2024-10-27"))
        yield shown


def drag(qtbot: QtBot, shown: Shown, start: QPointF, end: QPointF) -> None:
    """Press, move in steps (as a hand does) and release on the grid."""
    viewport = shown.canvas.viewport()
    a, b = start.toPoint(), end.toPoint()
    qtbot.mousePress(viewport, LEFT, pos=a)
    for step in range(1, 5):
        point = a + (b - a) * step / 4
        qtbot.mouseMove(viewport, QPoint(int(point.x()), int(point.y())))
    qtbot.mouseRelease(viewport, LEFT, pos=b)


def wall(instant: dt.datetime) -> str:
    return localtime.format_local(instant, BERLIN)


def block_center(shown: Shown, uuid: str) -> QPointF:
    rect = shown.canvas.block_rect(uuid)
    assert rect is not None, f"{uuid} is not shown"
    shown.canvas.ensure_visible(uuid)
    rect = shown.canvas.block_rect(uuid)
    assert rect is not None
    return rect.center()


# -- the mouse ----------------------------------------------------------------------------------


def test_dragging_a_meeting_by_90_minutes_moves_it_and_undo_puts_it_back(
    nanshan: Shown, qtbot: QtBot
) -> None:
    uuid = nanshan.uuid_of("Nanshan–Frankfurt cooperation session")
    before = nanshan.meeting(uuid)
    center = block_center(nanshan, uuid)

    drag(qtbot, nanshan, center, center + QPointF(0, 90 * nanshan.ppm))

    after = nanshan.meeting(uuid)
    assert (wall(after.start), wall(after.end)) == ("2024-06-17T15:30", "2024-06-17T19:00")
    assert after.stop == before.stop and after.title == before.title
    assert nanshan.stored_start(uuid).startswith("2024-06-17 13:30")  # UTC in the store
    assert nanshan.workspace.undo_stack.undoText() == (
        "Move 'Nanshan–Frankfurt cooperation session'"
    )
    assert nanshan.view.selected_uuid() == uuid

    nanshan.workspace.undo_stack.undo()
    assert nanshan.meeting(uuid) == before
    nanshan.workspace.undo_stack.redo()
    assert nanshan.meeting(uuid) == after


def test_dragging_a_meeting_to_the_next_day_keeps_its_time(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Signing of cooperation memorandum with Innovation Lab Heidelberg")
    center = block_center(nanshan, uuid)
    column = nanshan.canvas.grid.columns[0].width

    drag(qtbot, nanshan, center, center + QPointF(column, 0))

    moved = nanshan.meeting(uuid)
    assert wall(moved.start) == "2024-06-19T15:30"
    # The delegation is in Nuremberg by then: the meeting goes with it.
    assert nanshan.view.schedule is not None
    assert nanshan.view.schedule.stop(moved.stop).city == "Nuremberg"  # type: ignore[union-attr]
    nanshan.workspace.undo_stack.undo()
    assert wall(nanshan.meeting(uuid).start) == "2024-06-18T15:30"


def test_dragging_the_bottom_edge_resizes_a_meeting(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    before = nanshan.meeting(uuid)
    block_center(nanshan, uuid)
    rect = nanshan.canvas.block_rect(uuid)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)

    drag(qtbot, nanshan, edge, edge + QPointF(0, 45 * nanshan.ppm))

    after = nanshan.meeting(uuid)
    assert (wall(after.start), wall(after.end)) == ("2024-06-18T10:00", "2024-06-18T12:45")
    nanshan.workspace.undo_stack.undo()
    assert nanshan.meeting(uuid) == before


def test_dragging_the_top_edge_moves_only_the_start(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    block_center(nanshan, uuid)
    rect = nanshan.canvas.block_rect(uuid)
    edge = QPointF(rect.center().x(), rect.top() + 1)

    drag(qtbot, nanshan, edge, edge - QPointF(0, 30 * nanshan.ppm))

    after = nanshan.meeting(uuid)
    assert (wall(after.start), wall(after.end)) == ("2024-06-18T09:30", "2024-06-18T12:00")


def test_dragging_on_empty_space_creates_a_meeting_at_the_stop_there(
    nanshan: Shown, qtbot: QtBot
) -> None:
    before = nanshan.count()
    wednesday = nanshan.view.first_day.findData("2024-06-19")
    at_one = localtime.parse_local("2024-06-19T13:00", BERLIN)
    nanshan.canvas.scroll_to_minute(12 * 60)
    start = nanshan.canvas.point_at(at_one, wednesday)
    assert start is not None

    drag(qtbot, nanshan, start, start + QPointF(0, 60 * nanshan.ppm))

    assert nanshan.count() == before + 1
    uuid = nanshan.view.selected_uuid()
    assert uuid is not None
    made = nanshan.meeting(uuid)
    assert made.title == "New meeting"
    assert (wall(made.start), wall(made.end)) == ("2024-06-19T13:00", "2024-06-19T14:00")
    assert nanshan.view.schedule is not None
    assert nanshan.view.schedule.stop(made.stop).city == "Nuremberg"  # type: ignore[union-attr]
    assert nanshan.workspace.undo_stack.undoText() == "Add Meeting 'New meeting'"

    nanshan.workspace.undo_stack.undo()
    assert nanshan.count() == before
    assert nanshan.view.selected_uuid() is None
    nanshan.workspace.undo_stack.redo()
    assert nanshan.meeting(uuid) == made


def test_a_click_without_a_drag_changes_nothing(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Nanshan–Frankfurt cooperation session")
    center = block_center(nanshan, uuid)
    qtbot.mouseClick(nanshan.canvas.viewport(), LEFT, pos=center.toPoint())
    assert nanshan.view.selected_uuid() == uuid
    assert nanshan.workspace.undo_stack.count() == 0


def test_double_click_and_enter_ask_to_edit_the_meeting(nanshan: Shown, qtbot: QtBot) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    center = block_center(nanshan, uuid).toPoint()
    with qtbot.waitSignal(nanshan.view.activated) as double:
        qtbot.mouseDClick(nanshan.canvas.viewport(), LEFT, pos=center)
    assert double.args == [uuid]
    with qtbot.waitSignal(nanshan.view.activated) as enter:
        qtbot.keyClick(nanshan.canvas, Qt.Key.Key_Return)
    assert enter.args == [uuid]
    assert nanshan.workspace.undo_stack.count() == 0


# -- the keyboard -------------------------------------------------------------------------------


def test_ctrl_arrow_keys_move_and_resize_the_selected_meeting_one_command_each(
    nanshan: Shown, qtbot: QtBot
) -> None:
    uuid = nanshan.uuid_of("Memorandum signing with Siemens Healthineers")
    assert nanshan.view.select_uuid(uuid)
    nanshan.canvas.setFocus()
    canvas, stack = nanshan.canvas, nanshan.workspace.undo_stack

    def times() -> tuple[str, str]:
        m = nanshan.meeting(uuid)
        return wall(m.start), wall(m.end)

    assert times() == ("2024-06-19T14:00", "2024-06-19T15:30")
    qtbot.keyClick(canvas, Qt.Key.Key_Down, CTRL)
    assert times() == ("2024-06-19T14:15", "2024-06-19T15:45")
    qtbot.keyClick(canvas, Qt.Key.Key_Down, CTRL | SHIFT)
    assert times() == ("2024-06-19T14:15", "2024-06-19T16:00")
    qtbot.keyClick(canvas, Qt.Key.Key_Right, CTRL)
    assert times() == ("2024-06-20T14:15", "2024-06-20T16:00")
    qtbot.keyClick(canvas, Qt.Key.Key_Up, CTRL)
    assert times() == ("2024-06-20T14:00", "2024-06-20T15:45")
    nanshan.view.set_snap(5)
    qtbot.keyClick(canvas, Qt.Key.Key_Up, CTRL | SHIFT)
    assert times() == ("2024-06-20T14:00", "2024-06-20T15:40")
    assert stack.count() == 5
    assert nanshan.view.selected_uuid() == uuid

    for expected in (
        ("2024-06-20T14:00", "2024-06-20T15:45"),
        ("2024-06-20T14:15", "2024-06-20T16:00"),
        ("2024-06-19T14:15", "2024-06-19T16:00"),
        ("2024-06-19T14:15", "2024-06-19T15:45"),
        ("2024-06-19T14:00", "2024-06-19T15:30"),
    ):
        stack.undo()
        assert times() == expected


def test_arrow_keys_walk_the_blocks_and_tab_leaves_the_grid(nanshan: Shown, qtbot: QtBot) -> None:
    canvas = nanshan.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    assert canvas.grid is not None
    schedule = nanshan.view.schedule
    assert schedule is not None
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # nothing selected: the first block in sight,
    arrival = schedule.transfer(nanshan.view.selected_uuid() or "")  # Sunday's arrival
    assert arrival is not None and arrival.number == "EX 123"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # the next block in reading order: Monday's
    assert nanshan.view.selected_uuid() == nanshan.uuid_of("Nanshan–Frankfurt cooperation session")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert nanshan.view.selected_uuid() == nanshan.uuid_of("Site visit and talks at trinamiX")
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    assert nanshan.view.selected_uuid() == nanshan.uuid_of("Nanshan–Frankfurt cooperation session")
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # Tuesday's block nearest in time (15:30, not 10:00)
    signing = "Signing of cooperation memorandum with Innovation Lab Heidelberg"
    assert nanshan.view.selected_uuid() == nanshan.uuid_of(signing)
    qtbot.keyClick(canvas, Qt.Key.Key_Home)
    assert nanshan.view.selected_uuid() == arrival.uuid
    qtbot.keyClick(canvas, Qt.Key.Key_End)
    last = schedule.transfer(nanshan.view.selected_uuid() or "")
    assert last is not None and last.number == "EX 456"
    assert nanshan.workspace.undo_stack.count() == 0  # walking moves no meeting
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not canvas.hasFocus())


# -- the autumn clock change --------------------------------------------------------------------


def test_the_second_0230_is_drawn_an_hour_below_the_first(autumn: Shown) -> None:
    canvas = autumn.canvas
    assert canvas.grid is not None and len(canvas.grid.columns) == 1
    assert canvas.grid.columns[0].frame.minutes == 25 * 60
    first = canvas.block_rect(autumn.uuid_of("First pass"))
    second = canvas.block_rect(autumn.uuid_of("Second pass"))
    assert first is not None and second is not None
    assert second.top() - first.top() == pytest.approx(60 * autumn.ppm)
    labels = [(g.minute, g.local) for g in canvas.grid.gutter if not g.half]
    assert (120, "02:00") in labels and (180, "02:00") in labels
    assert canvas.grid.columns[0].transitions[0].shift_minutes == -60


def test_dragging_across_the_repeated_hour_keeps_instants_right(
    autumn: Shown, qtbot: QtBot
) -> None:
    uuid = autumn.uuid_of("Night call")
    center = block_center(autumn, uuid)

    drag(qtbot, autumn, center, center + QPointF(0, 120 * autumn.ppm))

    moved = autumn.meeting(uuid)
    # 01:00 CEST plus two real hours is the second 02:00 (CET), not 03:00.
    assert moved.start == dt.datetime(2024, 10, 27, 1, 0, tzinfo=dt.UTC)
    assert localtime.format_local(moved.start, BERLIN) == "2024-10-27T02:00+01:00"
    assert moved.end - moved.start == dt.timedelta(minutes=30)
    autumn.workspace.undo_stack.undo()
    assert wall(autumn.meeting(uuid).start) == "2024-10-27T01:00"


def test_down_arrow_steps_through_both_passes_of_the_repeated_hour(
    autumn: Shown, qtbot: QtBot
) -> None:
    uuid = autumn.uuid_of("First pass")
    assert autumn.view.select_uuid(uuid)
    autumn.canvas.setFocus()
    autumn.view.set_snap(15)
    seen = []
    for _ in range(5):
        qtbot.keyClick(autumn.canvas, Qt.Key.Key_Down, CTRL)
        seen.append(localtime.format_local(autumn.meeting(uuid).start, BERLIN)[11:])
    assert seen == ["02:45", "02:00+01:00", "02:15+01:00", "02:30+01:00", "02:45+01:00"]


# -- problems, filters, days, zoom and export ---------------------------------------------------


def test_a_problem_shows_as_a_badge_with_its_message(nanshan: Shown) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    problem = Problem(
        kind="overlap", severity="error", message="Jing Chen is in two meetings at once",
        meeting_uuids=(uuid,),
    )  # fmt: skip
    nanshan.view.set_problems([problem])
    block_center(nanshan, uuid)
    rect = nanshan.canvas.block_rect(uuid)
    badge = QPointF(rect.right() - 9, rect.top() + 9)
    assert nanshan.canvas.tooltip_at(badge) == "Error: Jing Chen is in two meetings at once"
    assert "Error: Jing Chen" in nanshan.canvas.tooltip_at(rect.center())
    assert "trinamiX" in nanshan.canvas.tooltip_at(rect.center())
    image = nanshan.canvas.viewport().grab().toImage()
    # Left of the "!" (whose place depends on the font installed), inside the octagon.
    color = image.pixelColor(QPointF(badge.x() - 5, badge.y()).toPoint())
    assert color.red() > 150 and color.green() < 100  # the red of an error


def test_one_persons_day_and_cancelled_meetings(nanshan: Shown) -> None:
    view = nanshan.view
    bruder = next(
        i for i in range(view.person.count()) if view.person.itemText(i) == "Ingmar Bruder"
    )
    view.person.setCurrentIndex(bruder)
    assert view.canvas.grid is not None
    shown = {b.meeting.title for b in view.canvas.grid.blocks if b.meeting is not None}
    assert shown == {"Site visit and talks at trinamiX"}
    view.person.setCurrentIndex(0)

    uuid = nanshan.uuid_of("Meeting with Ledvance management")
    before = nanshan.meeting(uuid)
    from dataclasses import replace

    from ui.commands import EditCommand

    nanshan.workspace.push(
        EditCommand(nanshan.workspace, uuid, before, replace(before, status="cancelled"))
    )
    assert view.canvas.block_rect(uuid) is not None  # shown, struck through
    view.show_cancelled.setChecked(False)
    assert view.canvas.block_rect(uuid) is None
    assert view.select_uuid(uuid)  # selecting it shows cancelled meetings again
    assert view.show_cancelled.isChecked()


def test_days_shown_move_with_the_toolbar_and_the_first_day_is_one_click_away(
    nanshan: Shown,
) -> None:
    view = nanshan.view
    assert view.canvas.grid is not None
    assert [c.day.day.day for c in view.canvas.grid.columns] == list(range(16, 23))
    view.next_action.trigger()
    assert view.canvas.grid.columns[0].day.day == dt.date(2024, 6, 17)  # last 7 of 9 days
    view.first_day_action.trigger()
    assert view.canvas.grid.columns[0].day.day == dt.date(2024, 6, 15)
    view.show_day(view.first_day.findData("2024-06-18"))
    assert [c.day.day for c in view.canvas.grid.columns] == [dt.date(2024, 6, 18)]
    assert view.select_uuid(nanshan.uuid_of("Meeting with Ledvance management"))
    assert [c.day.day for c in view.canvas.grid.columns] == [dt.date(2024, 6, 21)]


def test_double_clicking_a_days_header_shows_that_day_alone(nanshan: Shown, qtbot: QtBot) -> None:
    column = nanshan.canvas.grid.columns[2]  # type: ignore[union-attr]
    x = nanshan.canvas.to_viewport(column.x + column.width / 2, 0).x()
    qtbot.mouseDClick(nanshan.canvas.viewport(), LEFT, pos=QPoint(int(x), 10))
    grid = nanshan.canvas.grid
    assert grid is not None
    assert [c.day.day for c in grid.columns] == [dt.date(2024, 6, 18)]


def test_ctrl_wheel_zooms(nanshan: Shown) -> None:
    before = nanshan.view.px_per_hour
    viewport = nanshan.canvas.viewport()
    center = QPointF(viewport.width() / 2, viewport.height() / 2)
    wheel = QWheelEvent(
        center, viewport.mapToGlobal(center), QPoint(), QPoint(0, 120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(viewport, wheel)
    assert nanshan.view.px_per_hour > before


def test_zoom_changes_the_height_of_an_hour(nanshan: Shown) -> None:
    uuid = nanshan.uuid_of("Site visit and talks at trinamiX")
    block_center(nanshan, uuid)
    rect = nanshan.canvas.block_rect(uuid)
    nanshan.view.zoom_in_action.trigger()
    block_center(nanshan, uuid)
    bigger = nanshan.canvas.block_rect(uuid)
    assert rect is not None and bigger is not None
    assert bigger.height() == pytest.approx(2 * nanshan.view.px_per_hour, abs=1)
    assert bigger.height() > rect.height()


def test_export_saves_the_visible_grid_as_png(
    nanshan: Shown, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "week.png"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), "PNG images (*.png)")
    )
    nanshan.view.export_action.trigger()
    image = QImage(str(target))
    assert not image.isNull()
    assert image.width() == nanshan.canvas.viewport().width()


def test_no_trip_shows_an_empty_grid(nanshan: Shown) -> None:
    with nanshan.store.session() as session:
        nanshan.view.load(session, None)
    assert nanshan.view.selected_uuid() is None
    assert nanshan.canvas.grid is None
    assert not nanshan.view.export_action.isEnabled()
    assert not nanshan.view.select_uuid("anything")


def test_a_dark_palette_paints_a_dark_grid(nanshan: Shown) -> None:
    from PySide6.QtGui import QColor, QPalette

    dark = QPalette(nanshan.canvas.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#202124"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8eaed"))
    nanshan.canvas.setPalette(dark)
    grid = nanshan.canvas.grid
    assert grid is not None
    nanshan.canvas.scroll_to_minute(16 * 60)
    empty = nanshan.canvas.to_viewport(grid.columns[0].right - 3, 17 * 60 * nanshan.ppm)
    color = nanshan.canvas.viewport().grab().toImage().pixelColor(empty.toPoint())
    assert color.lightness() < 100
