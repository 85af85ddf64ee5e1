"""A person's rank in one trip, as the person editor opened from that trip edits it: a member's
rank is their delegation row's, anyone else's their link to the trip; the person's own record
carries no rank and saving it leaves the legacy ``person.precedence`` alone."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner import model, store, trips
from planner.editing.registry import editor_for
from planner.errors import PlannerError
from planner.protocol import sides
from planner.records import PersonRecord
from tests import dumps
from tests.conftest import JIANGSU


def _import(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, JIANGSU).uuid


def _uuid(st: store.Store, trip: str, family: str) -> str:
    """The person of that name in ``trip`` (each import brings its own people)."""
    with st.session() as session:
        return session.scalars(
            select(model.Person.uuid)
            .join(model.TripPerson)
            .join(model.Trip)
            .where(model.Person.family_name == family, model.Trip.uuid == trip)
        ).one()


def _rank(st: store.Store, trip: str, person: str) -> int | None:
    with st.session() as session:
        return sides.rank_in_trip(session, trip, person)


def _member_version(st: store.Store, trip: str, person: str) -> tuple[int | None, int]:
    with st.session() as session:
        row = session.execute(
            select(model.DelegationMember.precedence, model.DelegationMember.version)
            .join(model.Person)
            .join(model.Trip)
            .where(model.Person.uuid == person, model.Trip.uuid == trip)
        ).one()
        return row.precedence, row.version


def test_a_members_rank_is_the_delegations_and_a_counterparts_this_trips_only(
    st: store.Store,
) -> None:
    one, other = _import(st), _import(st)
    sheng, du = _uuid(st, one, "Sheng"), _uuid(st, one, "Du")
    assert (_rank(st, one, sheng), _rank(st, one, du)) == (1, 1)
    _, version = _member_version(st, one, sheng)
    with st.transaction() as session:
        assert sides.set_trip_rank(session, one, sheng, 3) == 1
        assert sides.set_trip_rank(session, one, du, 5) == 1
    assert (_rank(st, one, sheng), _rank(st, one, du)) == (3, 5)
    # The member's row changed (and its version with it, for an editor open on it) ...
    rank, newer = _member_version(st, one, sheng)
    assert rank == 3 and newer > version
    # ... and the other trip kept its ranks.
    theirs = _uuid(st, other, "Sheng"), _uuid(st, other, "Du")
    assert [_rank(st, other, person) for person in theirs] == [1, 1]
    with st.transaction() as session:  # undo: the returned rank written back
        sides.set_trip_rank(session, one, du, 1)
        sides.set_trip_rank(session, one, sheng, None)
    assert (_rank(st, one, sheng), _rank(st, one, du)) == (None, 1)


def test_a_rank_below_one_changes_nothing(st: store.Store) -> None:
    trip = _import(st)
    before = dumps.dump(st)
    for person in ("Sheng", "Du"):
        with pytest.raises(PlannerError, match="starts at 1"), st.transaction() as session:
            sides.set_trip_rank(session, trip, _uuid(st, trip, person), 0)
    assert dumps.dump(st) == before


def test_saving_a_person_writes_no_rank_and_a_new_person_of_a_trip_gets_theirs(
    st: store.Store,
) -> None:
    trip = _import(st)
    du = _uuid(st, trip, "Du")
    editor = editor_for(PersonRecord)
    with st.transaction() as session:
        session.execute(model.Person.__table__.update().values(precedence=7))
    with st.session() as session:
        record = editor.read(session, du)
    assert record.precedence is None  # a person has no rank of their own
    with st.transaction() as session:
        editor.change(session, du, replace(record, position="Mayor", precedence=2))
    with st.session() as session:
        person = session.scalars(select(model.Person).where(model.Person.uuid == du)).one()
        assert (person.position, person.precedence) == ("Mayor", 7)  # the legacy column kept
    assert _rank(st, trip, du) == 1

    with st.transaction() as session:
        new = editor.create(session, trip, PersonRecord("Wagner", "Eva", precedence=4))
    assert _rank(st, trip, new) == 4
