"""Two people editing one agreement, follow-up, gift or branch venue: the second save against
an older version is refused as a conflict (or says the object is gone), as meetings are; and
a reorder of a side, or a follow-up marked done, made against what a colleague changed since
is refused without writing anything (undo included)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner import conflicts, model, store, trips
from planner.conflicts import Conflict, Gone
from planner.editing.registry import editor_for
from planner.errors import NotFound
from planner.protocol import COUNTERPART, DELEGATION, branches, editing
from planner.protocol.branches import BranchVenueRecord
from planner.protocol.ranking import RanksChanged, restore_ranks, set_ranks, trip_sides
from tests import dumps
from tests.conftest import JIANGSU


@pytest.fixture
def jiangsu(st: store.Store) -> store.Store:
    with st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    return st


def first(st: store.Store, entity: type[model.Entity]) -> str:
    with st.session() as session:
        uuid = session.scalars(select(entity.uuid).order_by(entity.id)).first()
    assert uuid is not None, entity
    return uuid


@pytest.mark.parametrize(
    ("entity", "record_type", "change"),
    [
        (model.Agreement, editing.AgreementRecord, {"notes": "Mine"}),
        (model.FollowUp, editing.FollowUpRecord, {"title": "Mine"}),
        (model.Gift, editing.GiftRecord, {"description": "Mine"}),
    ],
)
def test_a_register_save_over_a_colleagues_change_is_a_conflict(
    jiangsu: store.Store, entity: type[model.Entity], record_type: type, change: dict[str, str]
) -> None:
    uuid = first(jiangsu, entity)
    with jiangsu.session() as session:
        mine_base, version = editor_for(record_type).read_versioned(session, uuid)
    field = next(iter(change))
    with jiangsu.transaction() as session:  # the colleague saves first
        theirs = replace(mine_base, **{field: "Theirs"})
        assert editing.update(session, uuid, theirs, expected_version=version) > version
    before = dumps.dump(jiangsu)
    mine = replace(mine_base, **change)
    with pytest.raises(Conflict) as caught, jiangsu.transaction() as session:
        editing.update(session, uuid, mine, expected_version=version, base=mine_base)
    assert dumps.dump(jiangsu) == before
    assert caught.value.theirs == theirs
    assert caught.value.fields == [field]
    assert caught.value.base == mine_base
    # Saved against the version it now has, the user's choice goes through.
    with jiangsu.transaction() as session:
        editing.update(session, uuid, mine, expected_version=caught.value.version)
    with jiangsu.session() as session:
        assert getattr(editor_for(record_type).read(session, uuid), field) == "Mine"


def test_a_change_of_the_parties_alone_moves_the_version_on(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.Agreement)
    with jiangsu.session() as session:
        record, version = editor_for(editing.AgreementRecord).read_versioned(session, uuid)
    with jiangsu.transaction() as session:
        new = editing.update(session, uuid, replace(record, parties=record.parties[:1]))
    assert new > version


def test_a_register_entry_a_colleague_deleted_is_gone(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.Gift)
    with jiangsu.session() as session:
        record, version = editor_for(editing.GiftRecord).read_versioned(session, uuid)
    with jiangsu.transaction() as session:
        editor_for(editing.GiftRecord).remove(session, uuid)
    with (
        pytest.raises(Gone, match=r"the gift .* was deleted by someone else"),
        jiangsu.transaction() as session,
    ):
        editing.update(session, uuid, record, expected_version=version)


def test_a_branch_venue_save_over_a_colleagues_change_is_a_conflict(
    jiangsu: store.Store,
) -> None:
    uuid = first(jiangsu, model.BranchVenue)
    with jiangsu.session() as session:
        base, version = editor_for(BranchVenueRecord).read_versioned(session, uuid)
    with jiangsu.transaction() as session:
        branches.update(session, uuid, replace(base, address="Theirs"), expected_version=version)
    before = dumps.dump(jiangsu)
    with pytest.raises(Conflict) as caught, jiangsu.transaction() as session:
        branches.update(
            session, uuid, replace(base, name="Mine"), expected_version=version, base=base
        )
    assert dumps.dump(jiangsu) == before
    assert caught.value.fields == ["name", "address"]
    with jiangsu.transaction() as session:
        editor_for(BranchVenueRecord).remove(session, uuid)
    with pytest.raises(Gone), jiangsu.transaction() as session:
        branches.update(session, uuid, base, expected_version=caught.value.version)


@pytest.mark.parametrize(
    ("entity", "record_type", "change"),
    [
        (model.Agreement, editing.AgreementRecord, {"notes": "Theirs"}),
        (model.FollowUp, editing.FollowUpRecord, {"title": "Theirs"}),
        (model.Gift, editing.GiftRecord, {"description": "Theirs"}),
        (model.BranchVenue, None, {"address": "Theirs"}),
    ],
)
def test_a_delete_over_a_colleagues_change_is_refused_and_deletes_nothing(
    jiangsu: store.Store,
    entity: type[model.Entity],
    record_type: type | None,
    change: dict[str, str],
) -> None:
    """A register entry or branch venue deleted against what the user confirmed: refused,
    naming the colleague, when they changed it since; confirmed again, it goes."""
    uuid = first(jiangsu, entity)

    def confirm() -> conflicts.Versions:
        with jiangsu.session() as session:
            if record_type is None:
                return editor_for(BranchVenueRecord).delete_versions(session, uuid)
            return editor_for(record_type).delete_versions(session, uuid)

    def delete(expected: conflicts.Versions) -> None:
        with jiangsu.transaction() as session:
            if record_type is None:
                editor_for(BranchVenueRecord).remove(session, uuid, expected=expected)
            else:
                editor_for(record_type).remove(session, uuid, expected=expected)

    expected = confirm()
    with jiangsu.transaction() as session:  # the colleague saves meanwhile
        if record_type is None:
            record, version = editor_for(BranchVenueRecord).read_versioned(session, uuid)
            branches.update(session, uuid, replace(record, **change), expected_version=version)
        else:
            record, version = editor_for(record_type).read_versioned(session, uuid)
            editing.update(session, uuid, replace(record, **change), expected_version=version)
    before = dumps.dump(jiangsu)
    with pytest.raises(conflicts.ChangedMeanwhile) as caught:
        delete(expected)
    assert dumps.dump(jiangsu) == before
    (touched,) = caught.value.touched
    assert (touched.uuid, touched.action, touched.fields) == (uuid, "update", tuple(change))
    assert touched.who
    delete(confirm())
    with jiangsu.session() as session:
        assert session.scalar(select(entity.id).where(entity.uuid == uuid)) is None


# -- ranking a side, and marking a follow-up done ----------------------------------------------


def _ranks(st: store.Store, trip: str, side: str) -> dict[str, int | None]:
    with st.session() as session:
        return {a.uuid: a.rank for a in trip_sides(session, trip)[side]}


def _trip(st: store.Store) -> str:
    return first(st, model.Trip)


@pytest.mark.parametrize("side", [DELEGATION, COUNTERPART])
def test_a_reorder_over_a_colleagues_reorder_is_refused_and_writes_nothing(
    jiangsu: store.Store, side: str
) -> None:
    trip = _trip(jiangsu)
    shown = _ranks(jiangsu, trip, side)  # what my window loaded
    order = list(shown)
    with jiangsu.transaction() as session:  # the colleague ranks the last first
        set_ranks(session, trip, side, [order[-1]], expected=shown)
    before = dumps.dump(jiangsu)
    with pytest.raises(RanksChanged), jiangsu.transaction() as session:
        set_ranks(session, trip, side, [order[1], order[0]], expected=shown)
    assert dumps.dump(jiangsu) == before
    # Made against what the store holds now, the reorder goes through.
    with jiangsu.transaction() as session:
        set_ranks(session, trip, side, [order[1]], expected=_ranks(jiangsu, trip, side))
    assert next(iter(_ranks(jiangsu, trip, side))) == order[1]


def test_a_reorder_after_a_colleague_changed_one_persons_precedence_is_refused(
    jiangsu: store.Store,
) -> None:
    trip = _trip(jiangsu)
    shown = _ranks(jiangsu, trip, COUNTERPART)
    unranked = next(uuid for uuid, rank in shown.items() if rank is None)
    with jiangsu.transaction() as session:  # the colleague ranks Hoffmann in this trip
        link = session.scalars(
            select(model.TripPerson)
            .join(model.Person, model.Person.id == model.TripPerson.person_id)
            .where(model.Person.uuid == unranked)
        ).one()
        link.precedence = 9
    before = dumps.dump(jiangsu)
    with pytest.raises(RanksChanged), jiangsu.transaction() as session:
        set_ranks(session, trip, COUNTERPART, list(reversed(shown)), expected=shown)
    assert dumps.dump(jiangsu) == before


def test_undoing_a_reorder_a_colleague_reordered_since_is_refused(jiangsu: store.Store) -> None:
    trip = _trip(jiangsu)
    shown = _ranks(jiangsu, trip, DELEGATION)
    order = list(shown)
    with jiangsu.transaction() as session:
        previous = set_ranks(session, trip, DELEGATION, [order[-1]], expected=shown)
    left = _ranks(jiangsu, trip, DELEGATION)
    with jiangsu.transaction() as session:  # the colleague puts the second first
        set_ranks(session, trip, DELEGATION, [order[0]], expected=left)
    before = dumps.dump(jiangsu)
    with pytest.raises(RanksChanged), jiangsu.transaction() as session:
        restore_ranks(session, trip, DELEGATION, previous, expected=left)
    assert dumps.dump(jiangsu) == before
    # Nothing in between: the undo puts back the exact numbers.
    now = _ranks(jiangsu, trip, DELEGATION)
    with jiangsu.transaction() as session:
        undone = set_ranks(session, trip, DELEGATION, [order[1]], expected=now)
    with jiangsu.transaction() as session:
        assert (
            restore_ranks(
                session, trip, DELEGATION, undone, expected=_ranks(jiangsu, trip, DELEGATION)
            )
            == undone
        )
    assert _ranks(jiangsu, trip, DELEGATION) == now


def test_marking_a_follow_up_a_colleague_changed_since_is_refused(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.FollowUp)
    with jiangsu.session() as session:
        record, version = editor_for(editing.FollowUpRecord).read_versioned(session, uuid)
        was = session.scalars(select(model.FollowUp.done).where(model.FollowUp.uuid == uuid)).one()
    with jiangsu.transaction() as session:  # the colleague renames it
        editing.update(session, uuid, replace(record, title="Theirs"), expected_version=version)
    before = dumps.dump(jiangsu)
    with pytest.raises(editing.FollowUpChanged) as caught, jiangsu.transaction() as session:
        editing.set_follow_up_done(session, uuid, not was, expected_version=version)
    assert caught.value.done == bool(was)
    assert dumps.dump(jiangsu) == before
    # The register read again: the mark goes through, and its undo is checked by state.
    with jiangsu.session() as session:
        _record, version = editor_for(editing.FollowUpRecord).read_versioned(session, uuid)
    with jiangsu.transaction() as session:
        old = editing.set_follow_up_done(session, uuid, not was, expected_version=version)
    with jiangsu.transaction() as session:  # the colleague marks it back
        editing.set_follow_up_done(session, uuid, bool(was))
    with pytest.raises(editing.FollowUpChanged) as caught, jiangsu.transaction() as session:
        editing.set_follow_up_done(session, uuid, old, expected_done=not was)
    assert caught.value.done == bool(was)
    with jiangsu.transaction() as session:
        assert editing.set_follow_up_done(session, uuid, not was, expected_done=bool(was)) == was


def test_marking_a_deleted_follow_up_says_it_no_longer_exists(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.FollowUp)
    with jiangsu.transaction() as session:
        editor_for(editing.FollowUpRecord).remove(session, uuid)
    with pytest.raises(NotFound, match="no longer exists"), jiangsu.transaction() as session:
        editing.set_follow_up_done(session, uuid, True, expected_version=1)
