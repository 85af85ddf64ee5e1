"""The editors' choices for a trip (``editing.trip_context``) are read in a fixed number of
queries: the window reads them when a trip opens, and a SELECT per linked organization or
person made opening a large trip wait for hundreds of round trips."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event

from planner import editing, store, trips
from tests.core import tripdocs


def _statements(st: store.Store, trip_uuid: str) -> tuple[int, editing.TripContext]:
    seen: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(st.engine, "before_cursor_execute", count)
    try:
        with st.session() as session:
            context = editing.trip_context(session, trip_uuid)
    finally:
        event.remove(st.engine, "before_cursor_execute", count)
    return len(seen), context


def test_the_choices_take_as_many_queries_for_a_large_trip_as_for_a_small_one(
    st: store.Store, tmp_path: Path
) -> None:
    with st.transaction() as session:
        small = trips.import_trip(session, tripdocs.with_partners(0, tmp_path)).uuid
        large = trips.import_trip(session, tripdocs.with_partners(60, tmp_path)).uuid

    small_count, small_context = _statements(st, small)
    large_count, large_context = _statements(st, large)

    assert len(large_context.organizations) == len(small_context.organizations) + 60
    assert len(large_context.people) == len(small_context.people) + 60
    assert large_context.organizations[-1].label == "Partner 059"  # the trip's order
    assert large_count == small_count
    assert small_count <= 6
