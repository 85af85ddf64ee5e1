"""UI benchmark: what an officer waits for in the trip workspace, against a frame's budget.

Run ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_ui.py`` (``--quick`` for a smoke run).
It times, as the median of several runs after one warm-up run:

a. loading a 300-meeting trip into the meetings panel: ``MeetingsPanel.load`` (a session,
   the queries of :mod:`planner.queries`, the model reset, the filter choices), goal under
   100 ms; and, to show where the time goes, the queries alone, the model reload alone, and
   the load followed by the repaint of the shown panel;
b. filtering 1,000 trips per keystroke: a ``QSortFilterProxyModel`` over
   ``ui.models.trip_list.TripListModel`` with 1,000 rows, shown in a table, a search box
   whose ``textChanged`` sets the filter; each keystroke is the key event, the filtering and
   the repaint. Goal under 16 ms (one frame at 60 Hz).

The trip comes from ``bench_store.make_trip_document`` (German and Chinese names, six stops
in three zones) and is imported into a fresh store; the 1,000 trip summaries are made up in
memory, titled like the store benchmark's trips. ``run()`` is importable for a smoke test.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget

from planner import queries, trips
from planner.store import open_store
from planner.trips import TripSummary
from ui.models.meetings import MeetingTableModel
from ui.models.trip_list import TripListModel
from ui.views.meetings_panel import MeetingsPanel

SEED = 20240617
TYPED = "wasserstoff"


@dataclass(frozen=True)
class Result:
    operation: str
    median_ms: float
    worst_ms: float
    goal_ms: float | None
    runs: int

    @property
    def verdict(self) -> str:
        if self.goal_ms is None:
            return ""
        return "ok" if self.median_ms < self.goal_ms else "OVER"


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _runs(fn: Callable[[], object], repeats: int) -> list[float]:
    fn()  # warm-up: first queries compile SQL, first paint loads fonts
    gc.collect()
    return [_timed(fn) for _ in range(repeats)]


def _result(operation: str, times: list[float], goal: float | None) -> Result:
    return Result(operation, statistics.median(times), max(times), goal, len(times))


@contextlib.contextmanager
def _application() -> Iterator[object]:
    # Read when the application is made, so setting it here is in time.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    yield app


def bench_meetings_load(workdir: Path, meetings: int, repeats: int) -> list[Result]:
    """Operation a: a trip of ``meetings`` meetings into the meetings panel."""
    trip_file = workdir / "ui-bench.trip.json"
    document = bench_store.make_trip_document(meetings=meetings)
    trip_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with open_store(workdir / "ui-bench.sqlite") as store:
        with store.transaction() as session:
            trip_uuid = trips.import_trip(session, trip_file).uuid
        panel = MeetingsPanel()
        panel.resize(1300, 800)
        try:

            def load() -> None:
                with store.session() as session:
                    panel.load(session, trip_uuid)

            def read() -> list[queries.MeetingRow]:
                with store.session() as session:
                    queries.home_timezone(session, trip_uuid)
                    return queries.meeting_rows(session, trip_uuid)

            rows = read()
            if len(rows) != meetings:
                raise AssertionError(f"read {len(rows)} meetings, expected {meetings}")
            model = MeetingTableModel("Asia/Shanghai")
            load_times = _runs(load, repeats)
            if panel.model.rowCount() != meetings:
                raise AssertionError("the panel does not show every meeting")
            query_times = _runs(read, repeats)
            reload_times = _runs(lambda: model.reload(rows), repeats)
            panel.show()

            def load_and_paint() -> None:
                load()
                panel.repaint()
                QApplication.processEvents()

            paint_times = _runs(load_and_paint, repeats)
        finally:
            panel.close()
            panel.deleteLater()
            QApplication.processEvents()
    n = meetings
    return [
        _result(f"a. load a {n}-meeting trip into the meetings panel", load_times, 100.0),
        _result("   of which: the queries (home zone, meeting_rows)", query_times, None),
        _result("   of which: MeetingTableModel.reload", reload_times, None),
        _result("   load, then repaint the shown panel", paint_times, None),
    ]


def bench_window_open(workdir: Path, meetings: int, repeats: int) -> list[Result]:
    """Operation b: opening a trip of ``meetings`` meetings in the main window, as a click in
    the navigator does (load the trip, fill the overview, itinerary, meetings and contacts)."""
    from ui.app import open_window  # noqa: PLC0415 - needs the QApplication first

    trip_file = workdir / "window-bench.trip.json"
    document = bench_store.make_trip_document(meetings=meetings)
    trip_file.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    window = open_window(str(workdir / "window-bench.sqlite"))
    try:
        with window.store.transaction() as session:
            trip_uuid = trips.import_trip(session, trip_file).uuid
        window.refresh()
        window.tabs.setCurrentWidget(window.meetings)  # the busiest tab
        window.show()

        def open_trip() -> None:
            window.workspace.trip_uuid = trip_uuid
            window.show_open_trip()
            window.repaint()
            QApplication.processEvents()

        times = _runs(open_trip, repeats)
        if window.meetings.model.rowCount() != meetings:
            raise AssertionError("the window does not show every meeting")
    finally:
        window.close()
        window.store.close()
        window.deleteLater()
        QApplication.processEvents()
    return [_result(f"b. open a {meetings}-meeting trip in the main window", times, 100.0)]


def trip_summaries(count: int, seed: int = SEED) -> list[TripSummary]:
    """Made-up summaries titled like the store benchmark's trips."""
    rng = random.Random(seed)
    first = dt.date(2015, 1, 1)
    summaries: list[TripSummary] = []
    for i in range(count):
        start = first + dt.timedelta(days=rng.randrange(4000))
        summaries.append(
            TripSummary(
                id=i + 1,
                uuid=f"00000000-0000-4000-8000-{i:012d}",
                title=f"{rng.choice(('Delegationsreise', '代表团访问', 'Wirtschaftsreise'))} "
                f"{rng.choice(bench_store.TOPICS)} {i + 1}",
                status=rng.choice(("draft", "planned", "confirmed", "completed")),
                first_day=start,
                last_day=start + dt.timedelta(days=rng.randint(2, 12)),
                stops=rng.randint(1, 6),
                meetings=rng.randint(5, 80),
            )
        )
    return summaries


def bench_trip_filter(count: int, repeats: int) -> list[Result]:
    """Operation b: type into a search box filtering ``count`` trips, then delete it again."""
    model = TripListModel()
    model.reload(trip_summaries(count))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(0)
    window = QWidget()
    search = QLineEdit(window)
    table = QTableView(window)
    table.setModel(proxy)
    layout = QVBoxLayout(window)
    layout.addWidget(search)
    layout.addWidget(table)
    search.textChanged.connect(proxy.setFilterFixedString)
    window.resize(700, 800)
    window.show()
    QApplication.processEvents()
    keystrokes: list[float] = []
    filter_only: list[float] = []
    try:

        def key(code: Qt.Key | str) -> None:
            QTest.keyClick(search, code)
            table.viewport().repaint()
            QApplication.processEvents()

        for run in range(repeats + 1):
            times = [_timed(lambda c=c: key(c)) for c in TYPED]
            if proxy.rowCount() in (0, count):
                raise AssertionError(f"typing {TYPED!r} kept {proxy.rowCount()} of {count} trips")
            times += [_timed(lambda: key(Qt.Key.Key_Backspace)) for _ in TYPED]
            if proxy.rowCount() != count or search.text():
                raise AssertionError("deleting the search did not bring every trip back")
            if run:  # the first round warms up
                keystrokes += times
        for run in range(repeats + 1):
            prefixes = [TYPED[:end] for end in range(1, len(TYPED) + 1)]
            prefixes += [*prefixes[-2::-1], ""]
            times = [_timed(lambda p=p: proxy.setFilterFixedString(p)) for p in prefixes]
            if run:
                filter_only += times
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    return [
        _result(
            f"c. one keystroke filtering {count} trips (key, filter, repaint)", keystrokes, 16.0
        ),
        _result("   of which: QSortFilterProxyModel.setFilterFixedString", filter_only, None),
    ]


def run(
    *,
    meetings: int = 300,
    trips: int = 1_000,
    repeats: int = 21,
    workdir: Path | None = None,
) -> list[Result]:
    with contextlib.ExitStack() as stack:
        stack.enter_context(_application())
        if workdir is None:
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-ui-")))
        return [
            *bench_meetings_load(workdir, meetings, repeats),
            *bench_window_open(workdir, meetings, max(1, repeats // 2)),
            *bench_trip_filter(trips, max(1, repeats // 5)),
        ]


def table(results: list[Result]) -> str:
    lines = [
        "| operation | median ms | worst ms | goal ms | |",
        "|---|---:|---:|---:|---|",
        *(
            f"| {r.operation.strip()} | {r.median_ms:.1f} | {r.worst_ms:.1f} | "
            f"{'' if r.goal_ms is None else f'{r.goal_ms:.0f}'} | {r.verdict} |"
            for r in results
        ),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="fewer runs (a smoke run)")
    parser.add_argument("--meetings", type=int, default=300)
    parser.add_argument("--trips", type=int, default=1_000)
    args = parser.parse_args(argv)
    results = run(meetings=args.meetings, trips=args.trips, repeats=3 if args.quick else 21)
    print(f"{bench_store.machine()}, platform {os.environ.get('QT_QPA_PLATFORM')}")
    print()
    print(table(results))
    return 0 if all(r.verdict != "OVER" for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
