"""Choosing another meeting reads what that meeting needs, not the trip's people and
organizations again: the window kept re-reading the editors' choices (``trip_context``, with
a SELECT per linked organization) on every selection change, so a large trip made every
click in its tables wait."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot
from sqlalchemy import event

from planner import queries, store, trips
from tests.core import tripdocs
from ui.app import open_window


def _statements_per_click(qtbot: QtBot, folder: Path, partners: int) -> list[int]:
    path = folder / f"office-{partners}.sqlite"
    with store.open_store(path) as st, st.transaction() as session:
        uuid = trips.import_trip(session, tripdocs.with_partners(partners, folder)).uuid
    window = open_window(str(path))
    qtbot.addWidget(window)
    try:
        window.show()
        window.tabs.setCurrentWidget(window.meetings)
        with window.store.session() as session:
            meetings = [row.uuid for row in queries.meeting_rows(session, uuid)]
        seen: list[str] = []

        def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            seen.append(statement)

        event.listen(window.store.engine, "before_cursor_execute", count)
        counts = []
        for meeting in [*meetings, *meetings]:
            seen.clear()
            with qtbot.waitSignal(window.meetings.selection_changed, timeout=5000):
                assert window.meetings.select_uuid(meeting)
            counts.append(len(seen))
        event.remove(window.store.engine, "before_cursor_execute", count)
        return counts
    finally:
        window.close()
        window.store.close()


def test_a_selection_change_reads_as_much_for_a_large_trip_as_for_a_small_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    small = _statements_per_click(qtbot, tmp_path, 0)
    large = _statements_per_click(qtbot, tmp_path, 60)

    assert large == small
    assert max(large) <= 3  # the selected meeting's stop, for the clock
