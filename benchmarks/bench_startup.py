"""Start-up: what an officer waits for, from process start, against a bare window.

Run ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_startup.py`` (``--quick`` for a smoke
run). It builds the office store of ``bench_store`` (``--scale``, 1,000 trips by default) with a
1,000-meeting trip imported into it (``--meetings``), remembers that store and trip in the
settings as the app does when it is closed, builds the gazetteer's index in its own cache
folder as the first start on a machine does, and starts, interleaved, ``--repeats`` times each:

- the real program, :func:`ui.app.main` with no arguments (i18n, settings, fallback font, the
  store chosen from the settings), and
- a bare PySide6 ``QMainWindow`` of the same size, and
- :data:`STORE_FLOOR`, a bare window that imports SQLAlchemy, opens the same store and lists
  its trips once shown: what any window reading the store through SQLAlchemy waits for at
  least (printed after the table, as a ratio to the bare window).

Each child process creates the QApplication itself (``main()`` reuses it) and installs an
event filter that notices the first expose of a main window; nothing in the product exists for
the benchmark. It reports, on the one monotonic clock the parent uses too:

a. the first frame: the window exposed and the event loop answering after it;
b. the last trip shown: the window's ``trip_shown`` signal (the visible tab filled; a window
   without the signal filled it before it was shown) and the event loop answering after it;
c. the resident memory (``VmRSS``) with the trip open, once it has settled (unchanged for a
   second: the window checks the trip after showing it).

The figures are medians; the ratios are the planner's over the bare window's of the same run.
``run()`` is importable for a smoke test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_store

ROOT = Path(__file__).resolve().parents[1]

WATCH = """
import json, linecache, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

def resident():
    # VmRSS, not ru_maxrss: a child's maxrss starts from its parent's at fork.
    with open("/proc/self/status") as status:
        return next(int(x.split()[1]) for x in status if x.startswith("VmRSS:")) / 1024

def now():
    return time.clock_gettime(time.CLOCK_MONOTONIC) * 1000

class Watch(QObject):
    framed = loaded = None
    orm_at_shown = False

    def eventFilter(self, obj, event):
        if (self.framed is None and event.type() == QEvent.Type.Expose
                and isinstance(obj, QWindow) and obj.isExposed()):
            window = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QMainWindow) and w.windowHandle() is obj), None)
            if window is not None:
                self.framed = 0.0
                QTimer.singleShot(0, lambda: self.frame(window))
        return False

    def frame(self, window):
        self.framed = now()
        self.modules = sorted(sys.modules)
        shown = getattr(window, "trip_shown", None)
        if shown is not None and not window.is_trip_shown():
            shown.connect(self.shown)
        else:
            QTimer.singleShot(0, self.load)

    def shown(self):
        self.orm_at_shown = "sqlalchemy.orm" in sys.modules
        QTimer.singleShot(0, self.load)

    def load(self):
        self.loaded = now()
        self.rss, self.still = resident(), 0
        self.timer = QTimer()
        self.timer.timeout.connect(self.settle)
        self.timer.start(100)

    def settle(self):
        # Work the window does after showing the trip (its checks) counts: wait until the
        # memory has not moved for a second (at most 20 s).
        rss = resident()
        self.still = self.still + 1 if abs(rss - self.rss) < 0.5 else 0
        self.rss = rss
        if self.still < 10 and now() - self.loaded < 20_000:
            return
        self.timer.stop()
        kept = sum(not name.startswith("<") for name in linecache.cache)
        # Whether the ORM configured the model's mappers (about 150 ms and some MiB): the
        # window should not, until something is edited.
        model = sys.modules.get("planner.model")
        configured = model is not None and not model.Base.registry._new_mappers
        print("WATCH " + json.dumps({"framed": self.framed, "loaded": self.loaded, "rss": rss,
                                     "sqlalchemy_at_frame": "sqlalchemy" in self.modules,
                                     "sources_kept": kept, "mappers_configured": configured,
                                     "orm_at_shown": self.orm_at_shown}),
              flush=True)
        QApplication.instance().quit()

app = QApplication(sys.argv[:1])
watch = Watch()
app.installEventFilter(watch)
"""

BARE = (
    WATCH
    + """
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.exec()
"""
)

STORE_FLOOR = (
    WATCH
    + """
import os
from PySide6.QtCore import Signal

class Floor(QMainWindow):
    trip_shown = Signal()
    read = False

    def is_trip_shown(self):
        return self.read

def read_store():
    from planner import store, trips
    with store.open_store(os.environ["BENCH_STORE"], create=False) as st, st.reading() as c:
        trips.list_trips(c)
    window.read = True
    window.trip_shown.emit()

window = Floor()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, read_store)
app.exec()
"""
)
"""The floor of any window that shows a store's trips through SQLAlchemy: a bare window that
imports SQLAlchemy's Core and the tables, opens the store and lists its trips once shown,
with no view and no trip read."""

PLANNER = (
    WATCH
    + """
from ui.app import main
main([])
"""
)

REMEMBER = """
import sys
from ui.settings import Settings
settings = Settings()
settings.remember_store(sys.argv[1])
settings.remember_trip(sys.argv[1], sys.argv[2])
settings.sync()
"""


@dataclass(frozen=True)
class Start:
    """One process's start: milliseconds from spawn to (a) and (b), its RSS, and how many
    source files it keeps in memory (PySide6 reads each imported module's unless told not to:
    :mod:`ui.feature_scan`), whether the ORM configured the model's mappers by then, and
    whether ``sqlalchemy.orm`` had been imported when the trip was shown."""

    frame_ms: float
    shown_ms: float
    rss_mib: float
    sqlalchemy_at_frame: bool
    sources_kept: int
    mappers_configured: bool
    orm_at_shown: bool


@dataclass(frozen=True)
class Figures:
    planner: list[Start]
    bare: list[Start]
    store_floor: list[Start]

    def median(self, side: str, field: str) -> float:
        return statistics.median(getattr(s, field) for s in getattr(self, side))


def start(code: str, env: dict[str, str]) -> Start:
    spawned = time.clock_gettime(time.CLOCK_MONOTONIC) * 1000
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    line = next((x for x in done.stdout.splitlines() if x.startswith("WATCH ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"the process failed ({done.returncode}): {done.stderr[-2000:]}")
    seen = json.loads(line[len("WATCH ") :])
    return Start(
        seen["framed"] - spawned,
        seen["loaded"] - spawned,
        seen["rss"],
        seen["sqlalchemy_at_frame"],
        seen["sources_kept"],
        seen["mappers_configured"],
        seen["orm_at_shown"],
    )


def prepare(folder: Path, scale: float, meetings: int) -> dict[str, str]:
    """The office store with the big trip, remembered as the last store and trip; the
    environment the children run in."""
    from planner import store as stores  # noqa: PLC0415 - the parent only
    from planner import trips  # noqa: PLC0415
    from planner.gazetteer import index  # noqa: PLC0415

    path = folder / "office.sqlite"
    bench_store.generate_store(path, bench_store.Sizes.at(scale))
    trip_file = folder / "big.trip.json"
    document = bench_store.make_trip_document(meetings=meetings)
    trip_file.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    with stores.open_store(path) as st, st.transaction() as session:
        uuid = trips.import_trip(session, trip_file).uuid
    # The gazetteer's index (the checks' distances) is built once per user, as on an
    # officer's machine after the first start; here in the benchmark's own folder, for another
    # installation's index in the user's cache folder has another name and each start of
    # either would build its own again (most of ten seconds, 80 MiB) and remove the other's.
    cache = folder / "cache"
    if index.open_index(cache) is None:
        raise RuntimeError(f"{cache}: cannot hold the gazetteer's index")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DELEGATION_PLANNER_STORE", "PYTHONSTARTUP")
    }
    env.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        DELEGATION_PLANNER_CACHE=str(cache),
        PYTHONPATH=str(ROOT),
    )
    subprocess.run(
        [sys.executable, "-c", REMEMBER, str(path), uuid], env=env, check=True, timeout=60
    )
    return env


def run(
    *, scale: float = 1.0, meetings: int = 1000, repeats: int = 7, workdir: Path | None = None
) -> Figures:
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        folder = workdir or Path(tmp)
        env = prepare(folder, scale, meetings)
        start(BARE, env)  # warm the file cache for both
        start(PLANNER, env)
        env = {**env, "BENCH_STORE": str(folder / "office.sqlite")}
        start(STORE_FLOOR, env)
        planner: list[Start] = []
        bare: list[Start] = []
        floor: list[Start] = []
        for _ in range(repeats):
            bare.append(start(BARE, env))
            planner.append(start(PLANNER, env))
            floor.append(start(STORE_FLOOR, env))
        return Figures(planner, bare, floor)


def table(figures: Figures, meetings: int) -> str:
    rows = [
        ("a. first frame (window exposed, event loop answering)", "frame_ms", "ms", 2.0),
        (f"b. last trip shown ({meetings:,} meetings, visible tab filled)", "shown_ms", "ms", 4.0),
        ("c. RSS with that trip open", "rss_mib", "MiB", None),
    ]
    lines = ["| figure | planner | bare QMainWindow | ratio | goal |", "|---|---:|---:|---:|---:|"]
    for label, field, unit, goal in rows:
        mine, base = figures.median("planner", field), figures.median("bare", field)
        goal_text = f"{goal:.0f}x" if goal is not None else "120 MiB"
        ratio = mine / base
        lines.append(
            f"| {label} | {mine:.0f} {unit} | {base:.0f} {unit} | {ratio:.1f}x | {goal_text} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="a tiny store, two runs each")
    parser.add_argument("--scale", type=float, default=1.0, help="of the office store")
    parser.add_argument("--meetings", type=int, default=1000, help="in the trip opened")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    if args.quick:
        args.scale, args.meetings, args.repeats = 0.01, 50, 2
    figures = run(scale=args.scale, meetings=args.meetings, repeats=args.repeats)
    print(f"{bench_store.machine()}, platform {os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")
    print()
    print(table(figures, args.meetings))
    floor, base = figures.median("store_floor", "shown_ms"), figures.median("bare", "shown_ms")
    print()
    print(
        f"a bare window that then imports SQLAlchemy, opens the store and lists its trips "
        f"(no view): {floor:.0f} ms, {floor / base:.1f}x the bare window"
    )
    early = sum(s.sqlalchemy_at_frame for s in figures.planner)
    print()
    print(f"SQLAlchemy imported before the first frame in {early} of {len(figures.planner)} runs")
    kept = figures.median("planner", "sources_kept"), figures.median("bare", "sources_kept")
    print(f"source files kept in memory: planner {kept[0]:.0f}, bare window {kept[1]:.0f}")
    orm = sum(s.orm_at_shown for s in figures.planner)
    print(f"SQLAlchemy's ORM imported with the trip shown in {orm} of {len(figures.planner)} runs")
    configured = sum(s.mappers_configured for s in figures.planner)
    print(
        f"ORM mappers configured with the trip shown in {configured} of {len(figures.planner)} runs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
