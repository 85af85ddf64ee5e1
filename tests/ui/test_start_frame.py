"""The window at once: ``main()`` paints the frame before SQLAlchemy is imported, opens the
store on a worker and puts the main window in the frame's place; the start-up benchmark
(benchmarks/bench_startup.py) runs at a tiny size so that it cannot rot."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from planner import store, trips
from tests.ui import modal_guard
from ui import actions, app
from ui.window_frame import MENU_TITLES, StartFrame

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        return importlib.import_module("bench_startup")
    finally:
        sys.path.remove(str(BENCHMARKS))


def test_the_frame_is_painted_before_sqlalchemy_is_imported_and_the_trip_follows(
    bench: ModuleType, tmp_path: Path
) -> None:
    figures = bench.run(scale=0.002, meetings=20, repeats=1, workdir=tmp_path)

    started = figures.planner[0]
    assert not started.sqlalchemy_at_frame
    # PySide6 would keep the source of every module imported after it, about 570 files and
    # 22 MiB; told not to read them, it keeps none (what was read before is dropped), so a
    # handful at most: the bare window keeps 3.
    assert started.sources_kept < 10
    # the trip is read over tables on a Core connection: the ORM (about 110 ms) is not even
    # imported when the trip is shown, and its mappers wait for the first edit
    assert not started.orm_at_shown
    assert not started.mappers_configured
    assert started.shown_ms > started.frame_ms > 0
    assert figures.bare[0].frame_ms > 0
    floor = figures.store_floor[0]
    assert floor.shown_ms > floor.frame_ms > 0  # the floor did read the store after its frame
    lines = bench.table(figures, 20).splitlines()
    assert lines[0] == "| figure | planner | bare QMainWindow | ratio | goal |"
    assert len(lines) == 5


# Imported by what edits, and not needed to show the last trip: an editor's first opening
# pays for them instead of every start.
EDITING = (
    "phonenumbers",
    "holidays",
    "planner.editing.registry",
    "planner.checks",
    "ui.commands",
    "ui.editors",
    "ui.record_edits",
    "ui.trip_files",
    "ui.dialogs.meeting_dialog",
    "ui.dialogs.conflict_dialog",
    "ui.dialogs.check_settings",
    # and not even the ORM or the model's classes (planner.tables is what the window reads
    # over, on a Core connection), nor babel.dates, which works out the computer's zone when
    # imported
    "sqlalchemy.orm",
    "planner.model",
    "planner.editing",
    "babel.dates",
)


def test_the_window_the_worker_imports_leaves_editing_for_later() -> None:
    probe = "import json, sys; import ui.main_window; print(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", probe], check=True, capture_output=True, text=True, timeout=120
    )
    imported = set(json.loads(done.stdout.splitlines()[-1]))

    assert "sqlalchemy" in imported  # the probe did import the window
    assert sorted(imported.intersection(EDITING)) == []


def test_the_frame_shows_the_menus_the_window_will_have(qtbot: QtBot) -> None:
    frame = StartFrame()
    qtbot.addWidget(frame)

    assert tuple(title for _key, title in actions.MENUS) == MENU_TITLES
    shown = [a.text() for a in frame.menuBar().actions()]
    assert shown == ["&File", "&Edit", "&Trip", "&Directory", "&Protocol", "&View", "&Help"]
    assert frame.statusBar().findChild(object, "openingLabel").text() == "Opening store…"


def test_a_refused_store_says_why_and_exits_2_without_a_window(
    qapp: QApplication, expect_dialog: modal_guard.ExpectDialog, qtbot: QtBot
) -> None:
    said = expect_dialog("critical")

    code = app.main(["--store", "postgresql://anna:secret@127.0.0.1/planner"])

    assert code == 2
    assert len(said) == 1 and "PGPASSWORD" in said[0]
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_main_opens_the_last_trip_in_the_frames_place(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "office.sqlite"
    nanshan = Path(__file__).resolve().parents[1] / "core" / "data"
    trip_file = next(nanshan.glob("*.trip.json"))
    with store.open_store(path) as st, st.transaction() as session:
        uuid = trips.import_trip(session, trip_file).uuid
    seen: dict[str, object] = {}

    def look() -> None:
        frame = next(
            w for w in qapp.topLevelWidgets() if isinstance(w, StartFrame) and w.isVisible()
        )
        frame.trip_shown.connect(lambda: finish(frame))

    def finish(frame: StartFrame) -> None:
        window = next(
            w for w in qapp.topLevelWidgets() if w.objectName() == "mainWindow" and w.isVisible()
        )
        seen.update(
            trip=window.workspace.trip_uuid,  # type: ignore[attr-defined]
            visible=window.isVisible(),
            frame_visible=frame.isVisible(),
            fallback="Droid Sans Fallback" in QApplication.font().families(),
        )
        window.close()

    QTimer.singleShot(0, look)
    guard = QTimer()  # the trip never shown: fail instead of waiting forever
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(60_000)
    before = qapp.font()  # another test may have added the bundled fonts already
    plain = QFont(before)
    plain.setFamilies([before.family()])
    qapp.setFont(plain)
    try:
        code = app.main(["--store", str(path)])
    finally:
        guard.stop()
        qapp.setFont(before)

    assert code == 0
    # The bundled fonts arrive after the frame's first paint (English), before the trip's names.
    assert seen == {"trip": uuid, "visible": True, "frame_visible": False, "fallback": True}
