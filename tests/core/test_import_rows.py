"""The Core import (planner/tripfile/rows.py) stores exactly what the ORM import stored.

The files in tests/core/data were captured with the ORM import, before it was replaced:
``<name>.export.json`` is the export of the imported trip, byte for byte, and
``<name>.rows.json`` every row the import wrote, with ids replaced by what they name (ids
themselves differ: the ORM numbered people in the order its cascades met them) and UUIDs and
timestamps replaced by placeholders once checked. ``generated-12.trip.json`` is
``benchmarks/bench_store.make_trip_document(meetings=12, people=9, organizations=6)``: every
table of a trip file gets rows. Migration 0006 moved a person's precedence to their link to
the trip (with the side ``host``) and gave attendees the role ``participant``; migrations 0007
and 0008 gave every trip ``protocol_rules`` ``foreign-affairs`` and no ``useful_numbers``
(``[]``) and every meeting no ``venue_city``; 0009 gave every transfer no places, terminals,
class or seat and no travellers: the rows files were changed by exactly those rules, not
captured again.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from planner import model, store, tripfile, trips
from planner.errors import PlannerError
from planner.tripfile.rows import STEPS, TABLES
from tests.conftest import JIANGSU, NANSHAN
from tests.core.tripdocs import without_uids

DATA = Path(__file__).parent / "data"
SOURCES = {
    "nanshan": NANSHAN,
    "jiangsu": JIANGSU,
    "generated-12": DATA / "generated-12.trip.json",
}
Rows = dict[str, list[dict[str, Any]]]


def _stamp(value: str, earliest: dt.datetime | None, latest: dt.datetime | None) -> str:
    instant = dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S.%f")
    if earliest is not None and latest is not None:
        assert earliest <= instant <= latest, value
    return "<now>"


def stored_rows(
    path: Path, earliest: dt.datetime | None = None, latest: dt.datetime | None = None
) -> Rows:
    """Every row of a store holding one imported trip, ids named, UUIDs and times checked."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        raw = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in TABLES}
    finally:
        conn.close()
    names: dict[str, dict[int, str]] = {"trip": {r["id"]: "trip" for r in raw["trip"]}}
    names["organization"] = {
        r["organization_id"]: f"organization {r['position']}" for r in raw["trip_organization"]
    }
    names["person"] = {r["person_id"]: f"person {r['position']}" for r in raw["trip_person"]}
    for table in ("delegation_member", "stop", "transfer", "meeting", "gift"):
        names[table] = {r["id"]: f"{table} {r['position']}" for r in raw[table]}

    def of_meeting(table: str, what: Callable[[dict[str, Any]], str]) -> dict[int, str]:
        return {r["id"]: f"{names['meeting'][r['meeting_id']]} {what(r)}" for r in raw[table]}

    names["branch_venue"] = of_meeting("branch_venue", lambda r: f"branch {r['position']}")
    names["agreement"] = of_meeting("agreement", lambda r: "agreement")
    names["follow_up"] = of_meeting("follow_up", lambda r: f"follow-up {r['position']}")

    uuids: list[str] = []
    result: Rows = {}
    for step in STEPS:
        mapped = model.Base.metadata.tables[step.name]
        refs = {fk.parent.name: fk.column.table.name for fk in mapped.foreign_keys}
        rows = []
        for row in raw[step.name]:
            named = dict(row)
            if "id" in named:
                named["id"] = names[step.name][row["id"]]
            for column, target in refs.items():
                if row[column] is not None:
                    named[column] = names[target][row[column]]
            if "uuid" in named:
                assert str(uuidlib.UUID(row["uuid"], version=4)) == row["uuid"]
                uuids.append(row["uuid"])
                named["uuid"] = "<uuid>"
            for column in ("modified", "created"):
                if column in named:
                    named[column] = _stamp(row[column], earliest, latest)
            rows.append(named)
        result[step.name] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True))
    assert len(set(uuids)) == len(uuids), "a UUID is stored twice"
    return result


def expected_rows(name: str) -> Rows:
    loaded: Rows = json.loads((DATA / f"{name}.rows.json").read_text(encoding="utf-8"))
    return loaded


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


@pytest.mark.sqlite_only  # the recorded rows are SQLite's text (timestamps, JSON) byte for byte
@pytest.mark.parametrize("name", list(SOURCES))
def test_an_import_stores_the_rows_the_orm_import_stored(name: str, st: store.Store) -> None:
    earliest = _utcnow()
    with st.transaction() as session:
        trips.import_trip(session, SOURCES[name])
    latest = _utcnow()
    st.close()  # WAL checkpointed, so sqlite3 below reads everything

    stored = stored_rows(st.path, earliest, latest)
    expected = expected_rows(name)

    assert {t: len(rows) for t, rows in stored.items()} == {
        t: len(rows) for t, rows in expected.items()
    }
    for table in TABLES:
        assert stored[table] == expected[table], table


@pytest.mark.parametrize("name", list(SOURCES))
def test_an_imported_trip_exports_as_before(name: str, st: store.Store) -> None:
    with st.transaction() as session:
        trip_id = trips.import_trip(session, SOURCES[name]).id
    with st.session() as session:
        exported = tripfile.dumps(tripfile.trip_document(trips.load_trip(session, trip_id)))
    # The identities are new ones on every import of a file without them.
    assert without_uids(exported) == (DATA / f"{name}.export.json").read_text(encoding="utf-8")


def test_the_prepared_rows_are_the_rows_stored(st: store.Store) -> None:
    prepared = trips.prepare_import(JIANGSU)
    assert prepared.title.startswith("Jiangsu-Germany Dialogue 2022")
    with st.transaction() as session:
        before = _counts(session)
        uuid = trips.add_prepared(session, prepared)
        after = _counts(session)
        stored_uuid = session.scalar(select(model.Trip.uuid))
    assert uuid == prepared.uuid == stored_uuid
    assert {t: after[t] - before[t] for t in TABLES} == prepared.counts()


def test_a_prepared_trip_is_inserted_once(st: store.Store) -> None:
    prepared = trips.prepare_import(NANSHAN)
    with st.transaction() as session:
        tripfile.insert_trip(session, prepared)
    with (
        pytest.raises(PlannerError, match="already been added; read its file again"),
        st.transaction() as session,
    ):
        tripfile.insert_trip(session, prepared)
    with st.transaction() as session:  # a second read is a new copy with new UUIDs
        tripfile.insert_trip(session, trips.prepare_import(NANSHAN))
    with st.session() as session:
        assert session.scalar(select(func.count()).select_from(model.Trip)) == 2
        meeting_uuids = session.scalars(select(model.Meeting.uuid)).all()
    assert len(set(meeting_uuids)) == len(meeting_uuids) == 10


def test_a_failed_insert_leaves_nothing_even_if_the_caller_commits(st: store.Store) -> None:
    prepared = trips.prepare_import(JIANGSU)
    prepared.rows["gift"][0]["direction"] = "stolen"  # the last table's CHECK refuses it
    with st.transaction() as session:
        before = _counts(session)
        with pytest.raises(IntegrityError):
            tripfile.insert_trip(session, prepared)
        assert _counts(session) == before
    with st.session() as session:
        assert _counts(session) == before
    prepared.rows["gift"][0]["direction"] = "given"
    with st.transaction() as session:  # nothing was stored, so the UUIDs are still unused
        tripfile.insert_trip(session, prepared)


def _counts(session: Any) -> dict[str, int]:
    return {
        t: session.scalar(select(func.count()).select_from(model.Base.metadata.tables[t]))
        for t in TABLES
    }
