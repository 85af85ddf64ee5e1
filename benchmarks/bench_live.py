"""Live changes: from a colleague's commit to the window showing it.

Run ``python benchmarks/bench_live.py`` (a throwaway PostgreSQL cluster is started with the
test suite's helpers in ``tests/pg.py``) or ``--store postgresql://USER@HOST/DB`` (a scratch
database at head, or empty: the Nanshan example is imported into it). A real main window
(offscreen) shows the meetings of the trip; a colleague's program (a second store in this
process: another origin, as another computer would be) saves ``--edits`` new titles, one
every few hundred milliseconds at random. Each delay runs from the colleague's ``commit()``
returning to the meetings list of the window showing the new title: the notification or
poll, the read of the change log on the worker thread and the window's whole reload.

It measures twice: with LISTEN/NOTIFY (the window's default on PostgreSQL) and with the
listener stopped (the one-second poll alone), and prints median and worst of each.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from planner.editing.registry import editor_for

ROOT = Path(__file__).resolve().parent.parent


def measure(url: str, edits: int, *, listen: bool) -> list[float]:
    """Delays in ms of ``edits`` colleague saves until the window shows each."""
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415
    from sqlalchemy import select  # noqa: PLC0415

    from planner import editing, model, store  # noqa: PLC0415
    from planner.records import MeetingRecord  # noqa: PLC0415
    from ui.app import open_window  # noqa: PLC0415

    app = QApplication.instance() or QApplication([])
    window = open_window(url)
    window.show()
    window.tabs.setCurrentWidget(window.meetings)
    workspace = window.workspace
    rows = window.meetings.model
    if listen:
        wait_until(app, lambda: workspace.listening, 10.0)
    else:
        workspace.stop_listening()
    delays = []
    with store.open_store(url) as colleague:
        with colleague.session() as session:
            uuid = session.scalars(select(model.Meeting.uuid).order_by(model.Meeting.id)).first()
        assert uuid is not None
        for number in range(edits):
            title = f"Edit {number} ({'notify' if listen else 'poll'})"
            with colleague.transaction() as session:
                record, version = editor_for(MeetingRecord).read_versioned(session, uuid)
                editing.update(
                    session, uuid, replace(record, title=title), expected_version=version
                )
            committed = time.perf_counter()
            wait_until(app, lambda t=title: rows.row_at(rows.row_of(uuid)).title == t, 10.0)
            delays.append((time.perf_counter() - committed) * 1000)
            pause = time.perf_counter() + random.uniform(0.2, 0.6)
            wait_until(app, lambda p=pause: time.perf_counter() >= p, 1.0)
    window.close()
    window.store.close()
    return delays


def wait_until(app: object, condition: object, limit_s: float) -> None:
    """Run the event loop until ``condition()`` holds (at most ``limit_s``)."""
    end = time.perf_counter() + limit_s
    while not condition():  # type: ignore[operator]
        if time.perf_counter() > end:
            raise TimeoutError("the window never showed the colleague's change")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.001)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="a scratch postgresql:// database (else a new cluster)")
    parser.add_argument("--edits", type=int, default=20)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    private = Path(tempfile.mkdtemp(prefix="bench-live-"))
    os.environ["XDG_DATA_HOME"] = str(private)  # no user's store or settings are touched
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(private))
    sys.path.insert(0, str(ROOT))
    from planner import store, trips  # noqa: PLC0415
    from tests import pg  # noqa: PLC0415 - the test suite's cluster helpers
    from tests.conftest import NANSHAN  # noqa: PLC0415

    def run(url: str) -> None:
        with store.open_store(url) as st, st.transaction() as session:
            if not trips.list_trips(session):
                trips.import_trip(session, NANSHAN)
        for listen in (True, False):
            delays = measure(url, args.edits, listen=listen)
            how = "LISTEN/NOTIFY" if listen else "1 s poll only"
            print(
                f"{how:>14}: commit -> shown, {len(delays)} edits: "
                f"median {statistics.median(delays):.0f} ms, worst {max(delays):.0f} ms"
            )

    if args.store:
        run(args.store)
        return
    with pg.cluster() as cluster:
        run(cluster.create_database("bench_live"))


if __name__ == "__main__":
    main()
