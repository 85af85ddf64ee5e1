"""Reordering a side's ranks, and putting the old numbers back exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import store, trips
from planner.errors import NotFound, PlannerError
from planner.protocol import COUNTERPART, DELEGATION
from planner.protocol.ranking import restore_ranks, set_ranks, trip_sides
from tests.conftest import JIANGSU, NANSHAN


@pytest.fixture
def office(empty_store_file: Path) -> store.Store:
    opened = store.open_store(empty_store_file)
    return opened


def _import(office: store.Store, path: Path) -> str:
    with office.transaction() as session:
        return trips.import_trip(session, path).uuid


def _sides(office: store.Store, trip: str) -> dict[str, list[tuple[str, int | None]]]:
    with office.session() as session:
        return {
            side: [(a.family_name, a.rank) for a in people]
            for side, people in trip_sides(session, trip).items()
        }


def test_the_sides_are_the_delegation_and_everyone_else_at_the_meetings(
    office: store.Store,
) -> None:
    trip = _import(office, JIANGSU)
    sides = _sides(office, trip)
    office.close()
    assert sides[DELEGATION] == [("Sheng", 1), ("Liang", 2), ("Xu", 3)]
    # Branch venue attendees are counterparts too; the unranked follow the ranked.
    assert sides[COUNTERPART] == [("Du", 1), ("Jacke", 2), ("Becker", 3), ("Hoffmann", None)]


def test_a_reorder_writes_one_to_n_and_undo_restores_the_exact_numbers(
    office: store.Store,
) -> None:
    trip = _import(office, NANSHAN)
    with office.session() as session:
        before = trip_sides(session, trip)
    assert all(a.rank is None for a in before[DELEGATION])  # Nanshan ranks nobody
    order = [a.uuid for a in reversed(before[DELEGATION])]
    with office.transaction() as session:
        previous = set_ranks(session, trip, DELEGATION, order)
    assert previous == {uuid: None for uuid in order}
    after = _sides(office, trip)[DELEGATION]
    assert [rank for _name, rank in after] == [1, 2, 3]
    assert [name for name, _rank in after] == [a.family_name for a in reversed(before[DELEGATION])]
    with office.transaction() as session:
        restore_ranks(session, trip, DELEGATION, previous)
    assert _sides(office, trip)[DELEGATION] == [(a.family_name, None) for a in before[DELEGATION]]
    office.close()


def test_counterparts_rank_on_the_person_and_the_left_out_follow(office: store.Store) -> None:
    trip = _import(office, JIANGSU)
    with office.session() as session:
        counterparts = {a.family_name: a.uuid for a in trip_sides(session, trip)[COUNTERPART]}
    with office.transaction() as session:
        previous = set_ranks(
            session, trip, COUNTERPART, [counterparts["Hoffmann"], counterparts["Becker"]]
        )
    assert _sides(office, trip)[COUNTERPART] == [
        ("Hoffmann", 1),
        ("Becker", 2),
        ("Du", 3),
        ("Jacke", 4),
    ]
    assert previous[counterparts["Hoffmann"]] is None and previous[counterparts["Du"]] == 1
    with office.transaction() as session:
        restore_ranks(session, trip, COUNTERPART, previous)
    assert _sides(office, trip)[COUNTERPART] == [
        ("Du", 1),
        ("Jacke", 2),
        ("Becker", 3),
        ("Hoffmann", None),
    ]
    office.close()


def test_someone_from_the_other_side_or_twice_is_refused_and_nothing_changes(
    office: store.Store,
) -> None:
    trip = _import(office, JIANGSU)
    with office.session() as session:
        sides = trip_sides(session, trip)
    before = _sides(office, trip)
    head = sides[DELEGATION][0].uuid
    for side, order in (
        (COUNTERPART, [head]),
        (DELEGATION, [head, head]),
        ("press", [head]),
    ):
        with pytest.raises(PlannerError), office.transaction() as session:
            set_ranks(session, trip, side, order)
    with pytest.raises(NotFound), office.transaction() as session:
        set_ranks(session, "no-such-trip", DELEGATION, [])
    assert _sides(office, trip) == before
    office.close()
