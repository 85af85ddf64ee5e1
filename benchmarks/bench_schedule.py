"""Schedule benchmark: painting a busy week and the wait after a drag, against a frame's budget.

Run ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_schedule.py`` (``--quick`` for a smoke
run). It imports a trip whose 300 meetings all fall in one week (the store benchmark's trip,
``bench_store.make_trip_document``, with its stops moved to cover 17–23 June 2024 and the
meetings spread over that week, 07:30 to 21:35, so that they overlap in lanes), shows it in
a :class:`ui.views.schedule.ScheduleView` of 1400×900 pixels with the seven days side by
side, and times, as the median of several runs after a warm-up run:

a. one repaint of the shown grid (``canvas.viewport().repaint()``, offscreen), goal under
   16 ms (one frame at 60 Hz); and the same after scrolling to the evening;
b. loading the trip into the view (``ScheduleView.load``: the queries and the layout), goal
   under 50 ms (issue 21 asks it of 1,000 meetings: ``--meetings 1000``);
c. a drag's release: from the mouse release (``QTest.mouseRelease`` on the grid, after a press
   and a move by 15 minutes) to the store updated (the command's transaction committed, when
   ``Workspace.changed`` fires), goal under 50 ms; and to the view reloaded as the main window
   does on that signal, goal under 100 ms.

``run()`` is importable for a smoke test.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store
from bench_ui import Result, _application, _result, _runs, table
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from planner import trips
from planner.editing.registry import editor_for
from planner.records import MeetingRecord
from planner.store import open_store
from ui.views.schedule import ScheduleView
from ui.workspace import Workspace

WEEK = ("2024-06-17", 7)
"""The first day of the week shown and its length."""
STOP_OF_DAY = {17: "s-1", 18: "s-1", 19: "s-2", 20: "s-2", 21: "s-2", 22: "s-3", 23: "s-3"}
"""Where the trip is on each day of that week (Frankfurt, Nuremberg, Munich: Europe/Berlin)."""
MOVES = (("2024-06-19T06:00", "2024-06-19T07:00"), ("2024-06-22T06:00", "2024-06-22T07:00"))
"""The two early trains of the week: from s-1 to s-2 and from s-2 to s-3."""


def week_document(meetings: int) -> dict[str, Any]:
    """The store benchmark's trip with every meeting moved into the week, 45 minutes long,
    each at the stop the delegation is at then."""
    document = bench_store.make_trip_document(meetings=meetings)
    stops, transfers = document["stops"], document["transfers"]
    for i, (depart, arrive) in enumerate(MOVES, start=1):
        stops[i]["depart"] = transfers[i]["depart"] = depart
        stops[i + 1]["arrive"] = transfers[i]["arrive"] = arrive
    slots = (22 * 60 - 45 - (7 * 60 + 30)) // 20
    for i, meeting in enumerate(document["meetings"]):
        day = 17 + i % 7
        minute = 7 * 60 + 30 + 20 * ((i // 7) % slots)
        meeting["stop"] = STOP_OF_DAY[day]
        meeting["start"] = f"2024-06-{day}T{minute // 60:02d}:{minute % 60:02d}"
        end = minute + 45
        meeting["end"] = f"2024-06-{day}T{end // 60:02d}:{end % 60:02d}"
        meeting.pop("branch_venues", None)
    return document


def bench_schedule(workdir: Path, meetings: int, repeats: int) -> list[Result]:
    trip_file = workdir / "schedule-bench.trip.json"
    trip_file.write_text(json.dumps(week_document(meetings), ensure_ascii=False), "utf-8")
    with open_store(workdir / "schedule-bench.sqlite") as store:
        with store.transaction() as session:
            trip_uuid = trips.import_trip(session, trip_file).uuid
        workspace = Workspace(store)
        workspace.open_trip(trip_uuid)
        view = ScheduleView(workspace)

        def load() -> None:
            with store.session() as session:
                view.load(session, trip_uuid)

        stored: list[float] = []
        workspace.changed.connect(lambda _uuid: stored.append(time.perf_counter()))
        workspace.changed.connect(lambda _uuid: load())  # as the main window reloads its views
        try:
            load()
            view.resize(1400, 900)
            view.show()
            view.first_day.setCurrentIndex(view.first_day.findData(WEEK[0]))
            view.day_count.setCurrentIndex(view.day_count.findData(WEEK[1]))
            QApplication.processEvents()
            canvas = view.canvas
            assert canvas.grid is not None
            shown = {b.uuid for b in canvas.grid.blocks if b.meeting is not None}
            if len(shown) != meetings:
                raise AssertionError(f"the week shows {len(shown)} of {meetings} meetings")
            canvas.scroll_to_minute(7 * 60)

            def paint() -> None:
                canvas.viewport().repaint()

            paint_times = _runs(paint, repeats)
            canvas.scroll_to_minute(16 * 60)
            evening_times = _runs(paint, repeats)
            load_times = _runs(load, max(1, repeats // 2))
            to_store, to_view = _drags(view, store, stored, max(1, repeats // 2))
        finally:
            view.close()
            view.deleteLater()
            workspace.stop()  # no poll of the closed store after the benchmark (a window does this)
            QApplication.processEvents()
    n = meetings
    return [
        _result(f"a. repaint a week of {n} meetings (7 days, 1400×900)", paint_times, 16.0),
        _result("   the same, scrolled to the evening", evening_times, 16.0),
        # issue 21: "the schedule tab within 50 ms for 1,000 meetings"
        _result(f"b. load a {n}-meeting trip into the view (queries, layout)", load_times, 50.0),
        _result("c. drag released → store updated", to_store, 50.0),
        _result("   drag released → view reloaded", to_view, 100.0),
    ]


def _drags(
    view: ScheduleView, store: Any, stored: list[float], repeats: int
) -> tuple[list[float], list[float]]:
    """Drag one meeting down and up by 15 minutes, ``repeats`` + 1 times (one warm-up)."""
    canvas = view.canvas
    viewport = canvas.viewport()
    to_store: list[float] = []
    to_view: list[float] = []
    step = int(15 * view.px_per_hour / 60)
    for run in range(repeats + 1):
        assert canvas.grid is not None
        block = next(b for b in canvas.grid.blocks if b.meeting is not None and b.height > 30)
        canvas.ensure_visible(block.uuid)
        rect = canvas.block_rect(block.uuid)
        assert rect is not None
        start = rect.center().toPoint()
        direction = 1 if run % 2 == 0 else -1
        end = start + QPoint(0, direction * step)
        with store.session() as session:
            before = editor_for(MeetingRecord).read(session, block.uuid).start
        QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), start)
        QTest.mouseMove(viewport, start + QPoint(0, direction * (step // 2)))
        QTest.mouseMove(viewport, end)
        stored.clear()
        released = time.perf_counter()
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), end)
        reloaded = time.perf_counter()
        with store.session() as session:
            after = editor_for(MeetingRecord).read(session, block.uuid).start
        if not stored or (after - before).total_seconds() != direction * 15 * 60:
            raise AssertionError(f"the drag moved the meeting from {before} to {after}")
        if run:
            to_store.append((stored[0] - released) * 1000)
            to_view.append((reloaded - released) * 1000)
    return to_store, to_view


def run(*, meetings: int = 300, repeats: int = 21, workdir: Path | None = None) -> list[Result]:
    with contextlib.ExitStack() as stack:
        stack.enter_context(_application())
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-sch-")))
        return bench_schedule(workdir, meetings, repeats)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke run)")
    parser.add_argument("--meetings", type=int, default=300)
    args = parser.parse_args(argv)
    results = run(meetings=args.meetings, repeats=3 if args.quick else 21)
    print(f"{bench_store.machine()}, platform {os.environ.get('QT_QPA_PLATFORM')}")
    print()
    print(table(results))
    return 0 if all(r.verdict != "OVER" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
