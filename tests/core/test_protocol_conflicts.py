"""Two people editing one agreement, follow-up, gift or branch venue: the second save against
an older version is refused as a conflict (or says the object is gone), as meetings are."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from planner import model, store, trips
from planner.conflicts import Conflict, Gone
from planner.protocol import branches, editing
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
        mine_base, version = editing.read_versioned(session, record_type, uuid)
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
        assert getattr(editing.read(session, record_type, uuid), field) == "Mine"


def test_a_change_of_the_parties_alone_moves_the_version_on(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.Agreement)
    with jiangsu.session() as session:
        record, version = editing.read_versioned(session, editing.AgreementRecord, uuid)
    with jiangsu.transaction() as session:
        new = editing.update(session, uuid, replace(record, parties=record.parties[:1]))
    assert new > version


def test_a_register_entry_a_colleague_deleted_is_gone(jiangsu: store.Store) -> None:
    uuid = first(jiangsu, model.Gift)
    with jiangsu.session() as session:
        record, version = editing.read_versioned(session, editing.GiftRecord, uuid)
    with jiangsu.transaction() as session:
        editing.remove(session, editing.GiftRecord, uuid)
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
        base, version = branches.read_versioned(session, uuid)
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
        branches.remove(session, uuid)
    with pytest.raises(Gone), jiangsu.transaction() as session:
        branches.update(session, uuid, base, expected_version=caught.value.version)
