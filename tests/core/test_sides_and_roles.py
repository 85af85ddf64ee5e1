"""Sides and ranks per trip, and attendees' roles in a meeting (issue 17): the store keeps
them per trip, the trip file carries them as an extension of v1, and older stores and files
read as before."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from planner import editing, model, protocol, snapshots, store, trips
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import COUNTERPART, sides
from planner.protocol.ranking import set_ranks, trip_sides
from planner.records import MeetingRecord
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN
from tests.core.tripdocs import load, through_another_store, without_uids

ROLES_AND_SIDES = Path(__file__).resolve().parent / "data" / "roles-and-sides.trip.json"


def _import(st: store.Store, path: Path) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


def _counterparts(st: store.Store, trip: str) -> list[tuple[str, int | None, str]]:
    with st.session() as session:
        return [
            (a.family_name, a.rank, a.trip_side) for a in trip_sides(session, trip)[COUNTERPART]
        ]


@pytest.mark.parametrize(
    "example", [NANSHAN, JIANGSU, ROLES_AND_SIDES], ids=["nanshan", "jiangsu", "roles"]
)
def test_a_trip_exports_imports_and_exports_again_byte_for_byte(
    example: Path, st: store.Store, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.trip.json", tmp_path / "second.trip.json"
    with st.transaction() as session:
        trip_id = trips.import_trip(session, example).id
    with st.session() as session:
        trips.export_trip(session, trip_id, first)
    through_another_store(first, second, tmp_path)
    assert first.read_bytes() == second.read_bytes()
    if example == ROLES_AND_SIDES:  # written by the exporter: it reads and writes as it is
        assert without_uids(first.read_text("utf-8")) == example.read_text("utf-8")


def test_attendees_keep_their_role_in_each_meeting_and_a_participant_stays_a_bare_key(
    st: store.Store,
) -> None:
    trip = _import(st, ROLES_AND_SIDES)
    with st.session() as session:
        people = protocol.trip_people(session, trip)
    roles = {
        m.title.split()[0]: [(a.family_name, a.meeting_role) for a in m.attendees if not a.branch]
        for m in people.values()
    }
    assert roles == {
        "Opening": [
            ("Sheng", "speaker"),
            ("Liang", "participant"),
            ("Xu", "interpreter"),
            ("Hoffmann", "speaker"),
        ],
        "Signing:": [("Sheng", "signatory"), ("Xu", "interpreter")],
    }
    written = load(ROLES_AND_SIDES)["meetings"][0]["attendees"]
    assert written[:2] == [{"person": "sheng-lei", "role": "speaker"}, "liang-yi"]


def test_a_v1_persons_precedence_is_the_rank_in_that_trip_and_a_rerank_stays_in_it(
    st: store.Store,
) -> None:
    one, other = _import(st, JIANGSU), _import(st, JIANGSU)
    before = _counterparts(st, other)
    assert [(name, rank) for name, rank, _ in before] == [
        ("Du", 1),
        ("Jacke", 2),
        ("Becker", 3),
        ("Hoffmann", None),
    ]
    upside_down = [a.uuid for a in reversed(_counterpart_people(st, one))]
    with st.transaction() as session:
        set_ranks(session, one, COUNTERPART, upside_down)
    assert [(name, rank) for name, rank, _ in _counterparts(st, one)] == [
        ("Hoffmann", 1),
        ("Becker", 2),
        ("Jacke", 3),
        ("Du", 4),
    ]
    assert _counterparts(st, other) == before


def _counterpart_people(st: store.Store, trip: str) -> list[protocol.Attendee]:
    with st.session() as session:
        return trip_sides(session, trip)[COUNTERPART]


def test_sides_are_read_per_trip_with_host_where_the_file_says_nothing(st: store.Store) -> None:
    trip = _import(st, ROLES_AND_SIDES)
    sides = {name: side for name, _, side in _counterparts(st, trip)}
    assert sides["Du"] == "third-party"
    assert sides["Jacke"] == "host"


@pytest.mark.sqlite_only  # downgrades a file; the upgrade itself is the same SQL on PostgreSQL
def test_an_0005_store_keeps_each_persons_rank_in_every_trip_after_the_upgrade(
    store_path: Path, tmp_path: Path
) -> None:
    with store.open_store(store_path) as st:
        one, other = _import(st, JIANGSU), _import(st, JIANGSU)
    # As the store migrates: without foreign keys, so rebuilding a table keeps its children.
    engine = store._engine(store_path, foreign_keys=False)
    with engine.begin() as connection:
        config = store.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0005")
    with engine.begin() as connection:  # 0005 kept the rank on the person
        connection.execute(text("UPDATE person SET precedence = 7 WHERE family_name = 'Du'"))
    engine.dispose()
    kept = tmp_path / "before.sqlite"
    shutil.copy(store_path, kept)
    with store.open_store(store_path, upgrade=True) as st:
        assert st.opened.upgraded_from == "0005"
        with st.session() as session:
            roles = set(session.scalars(select(model.MeetingAttendee.role)))
        assert roles == {"participant"}
        for trip in (one, other):
            ranks = {name: (rank, side) for name, rank, side in _counterparts(st, trip)}
            assert ranks["Du"] == (7, "host")
            assert ranks["Jacke"] == (None, "host")  # 0005 left his person rank empty


# -- editing: the meeting record carries roles; single edits for the Delegation panel --------


def _signing(st: store.Store, trip: str) -> tuple[str, MeetingRecord]:
    with st.session() as session:
        uuid = session.scalars(
            select(model.Meeting.uuid)
            .join(model.Trip)
            .where(model.Trip.uuid == trip, model.Meeting.kind == "signing")
        ).one()
        record = editor_for(MeetingRecord).read(session, uuid)
    assert isinstance(record, MeetingRecord)
    return uuid, record


def _person(st: store.Store, family: str) -> str:
    with st.session() as session:
        return (
            session.scalars(
                select(model.Person.uuid).where(model.Person.family_name == family)
            ).first()
            or ""
        )


def test_the_meeting_record_saves_and_reads_roles_and_a_delete_undone_brings_them_back(
    st: store.Store,
) -> None:
    trip = _import(st, ROLES_AND_SIDES)
    uuid, record = _signing(st, trip)
    sheng, xu = _person(st, "Sheng"), _person(st, "Xu")
    assert record.attendee_roles == ((sheng, "signatory"), (xu, "interpreter"))
    with st.transaction() as session:
        editing.update(session, uuid, replace(record, attendee_roles=((xu, "note-taker"),)))
    assert _signing(st, trip)[1].attendee_roles == ((xu, "note-taker"),)

    before = dumps.dump(st)
    with st.transaction() as session:
        snapshot = editor_for(editing.PersonRecord).remove(session, xu)
    assert _signing(st, trip)[1].attendee_roles == ()
    with st.transaction() as session:
        snapshots.restore(session, snapshot)
    assert _signing(st, trip)[1].attendee_roles == ((xu, "note-taker"),)
    assert dumps.dump(st) == before


def test_a_role_for_someone_absent_or_outside_the_vocabulary_is_refused(st: store.Store) -> None:
    trip = _import(st, ROLES_AND_SIDES)
    _, record = _signing(st, trip)
    absent = replace(record, attendee_roles=((_person(st, "Liang"), "speaker"),))
    assert editing.validate(absent) == {
        "attendee_roles": "a role is given to someone who does not attend"
    }
    chair = replace(record, attendee_roles=((_person(st, "Xu"), "chair"),))
    assert editing.validate(chair)["attendee_roles"].startswith("'chair' is not one of")


def test_a_counterparts_side_and_rank_change_in_one_trip_only_and_undo_by_the_same_call(
    st: store.Store,
) -> None:
    one, other = _import(st, JIANGSU), _import(st, JIANGSU)
    jacke = _person(st, "Jacke")
    with st.transaction() as session:
        old_side = sides.set_side(session, one, jacke, "third-party")
        old_rank = sides.set_rank(session, one, jacke, 9)
    assert (old_side, old_rank) == ("host", 2)
    assert ("Jacke", 9, "third-party") in _counterparts(st, one)
    assert ("Jacke", 2, "host") in _counterparts(st, other)
    with st.transaction() as session:
        sides.set_rank(session, one, jacke, old_rank)
        sides.set_side(session, one, jacke, old_side)
    assert _counterparts(st, one) == _counterparts(st, other)


def test_a_member_has_no_other_side_and_a_bad_side_or_role_changes_nothing(
    st: store.Store,
) -> None:
    trip = _import(st, JIANGSU)
    meeting, _ = _signing(st, trip)
    before = dumps.dump(st)
    for edit, message in (
        (lambda s: sides.set_side(s, trip, _person(st, "Sheng"), "host"), "in the delegation"),
        (lambda s: sides.set_side(s, trip, _person(st, "Jacke"), "guest"), "'guest' is not"),
        (lambda s: sides.set_rank(s, trip, _person(st, "Jacke"), 0), "starts at 1"),
        (lambda s: sides.set_attendee_role(s, meeting, _person(st, "Xu"), "chair"), "'chair'"),
        (lambda s: sides.set_attendee_role(s, meeting, _person(st, "Liang"), "speaker"), "not"),
    ):
        with pytest.raises(PlannerError, match=message), st.transaction() as session:
            edit(session)
    assert dumps.dump(st) == before


def test_an_attendee_role_set_alone_raises_the_meetings_version(st: store.Store) -> None:
    trip = _import(st, JIANGSU)
    meeting, _ = _signing(st, trip)
    xu = _person(st, "Xu")
    with st.session() as session:
        _, version = editor_for(MeetingRecord).read_versioned(session, meeting)
    with st.transaction() as session:
        assert sides.set_attendee_role(session, meeting, xu, "interpreter") == "participant"
    with st.session() as session:
        record, newer = editor_for(MeetingRecord).read_versioned(session, meeting)
    assert record.attendee_roles == ((xu, "interpreter"),)
    assert newer > version


def test_a_duplicated_trip_keeps_sides_ranks_and_roles(st: store.Store) -> None:
    trip = _import(st, ROLES_AND_SIDES)
    with st.transaction() as session:
        trip_id = session.scalars(select(model.Trip.id).where(model.Trip.uuid == trip)).one()
        copy = editing.duplicate_trip(session, trip_id, dt.date(2025, 7, 1), "Again").uuid
    # (A duplicate leaves branch venues behind, and with them Du, Jacke and Becker.)
    assert _counterparts(st, copy) == [("Hoffmann", None, "third-party")]
    assert _signing(st, copy)[1].attendee_roles == _signing(st, trip)[1].attendee_roles
