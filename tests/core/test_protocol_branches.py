"""Editing a hybrid meeting's branch venues (issue 10) without Qt: validation in three
languages, and create, read, update, remove and put back with exact undo, in the user's order."""

from __future__ import annotations

import pytest

from planner import model, snapshots, store, trips
from planner.editing import EditError
from planner.editing.registry import editor_for
from planner.errors import NotFound
from planner.protocol import branches
from planner.protocol.branches import BranchVenueRecord
from tests import dumps
from tests.conftest import JIANGSU
from tests.core.test_protocol_editing import uuid_of

OPENING = "Opening of the Jiangsu-Germany Dialogue 2022"
SIGNING = "Signing: memorandum of cooperation with Commerzbank"


@pytest.fixture
def jiangsu(st: store.Store) -> store.Store:
    with st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    return st


def test_validation_names_each_field_in_english_german_and_chinese() -> None:
    bad = BranchVenueRecord(
        name=" ", city="", country="Germany", timezone="Europe/Frankfurt", attendees=("a", "a")
    )
    assert branches.validate(bad) == {
        "name": "a name is required",
        "city": "the city is required",
        "country": "a two-letter country code (such as DE or CN) is required",
        "timezone": "unknown time zone 'Europe/Frankfurt'",
        "attendees": "a person is listed twice",
    }
    assert branches.validate(bad, "de")["timezone"] == "unbekannte Zeitzone 'Europe/Frankfurt'"
    assert branches.validate(bad, "zh")["city"] == "城市为必填项"
    good = BranchVenueRecord("Commerzbank Tower", "Frankfurt am Main", "DE", "Europe/Berlin")
    assert branches.validate(good) == {}
    assert "country" in branches.validate(BranchVenueRecord("X", "Y", "de", "Europe/Berlin"))


def test_a_refused_branch_venue_leaves_the_store_unchanged(jiangsu: store.Store) -> None:
    before = dumps.dump(jiangsu)
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    with pytest.raises(EditError) as raised, jiangsu.transaction() as session:
        branches.create(session, opening, BranchVenueRecord("Bonn", "Bonn", "DE", "Bonn/Rhine"))
    assert raised.value.problems == {"timezone": "unknown time zone 'Bonn/Rhine'"}
    assert "timezone: unknown time zone 'Bonn/Rhine'" in str(raised.value)
    assert dumps.dump(jiangsu) == before


def test_create_a_branch_venue_after_the_others_and_undo_it_exactly(
    jiangsu: store.Store,
) -> None:
    before = dumps.dump(jiangsu)
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    ahk = uuid_of(jiangsu, model.Organization, name="German Chamber")
    people = (
        uuid_of(jiangsu, model.Person, family_name="Du"),
        uuid_of(jiangsu, model.Person, family_name="Jacke"),
    )
    record = BranchVenueRecord(
        " Chamber of Commerce, Munich ", "Munich", "DE", "Europe/Berlin",
        address=" ", online_url="https://meet.example.org/munich", host=ahk, attendees=people,
    )  # fmt: skip
    with jiangsu.transaction() as session:
        uuid = branches.create(session, opening, record)
    with jiangsu.session() as session:
        assert editor_for(BranchVenueRecord).read(session, uuid) == BranchVenueRecord(
            "Chamber of Commerce, Munich", "Munich", "DE", "Europe/Berlin",
            online_url="https://meet.example.org/munich", host=ahk, attendees=people,
        )  # fmt: skip
        assert branches.meeting_of(session, uuid) == opening
        listed = branches.of_meeting(session, opening)
    assert [r.name for _uuid, r in listed] == [
        "Branch venue Frankfurt",
        "Chamber of Commerce, Munich",
    ]
    assert listed[-1][0] == uuid
    with jiangsu.transaction() as session:
        snapshot = editor_for(BranchVenueRecord).remove(session, uuid)
    assert snapshot.count("branch_venue") == 1 and snapshot.count("branch_attendee") == 2
    assert dumps.dump(jiangsu) == before
    with jiangsu.transaction() as session:
        snapshots.restore(session, snapshot)
    with jiangsu.session() as session:
        assert [u for u, _r in branches.of_meeting(session, opening)][-1] == uuid
        assert editor_for(BranchVenueRecord).read(session, uuid).attendees == people


def test_update_reorders_attendees_and_undo_applies_the_record_from_before(
    jiangsu: store.Store,
) -> None:
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    with jiangsu.session() as session:
        ((uuid, before),) = branches.of_meeting(session, opening)
    assert len(before.attendees) == 3 and before.host is not None
    after = BranchVenueRecord(
        "Consulate General", "Frankfurt am Main", "DE", "Europe/Berlin",
        attendees=tuple(reversed(before.attendees[1:])),
    )  # fmt: skip
    with jiangsu.transaction() as session:
        branches.update(session, uuid, after)
    with jiangsu.session() as session:
        assert editor_for(BranchVenueRecord).read(session, uuid) == after
    with jiangsu.transaction() as session:
        branches.update(session, uuid, before)
    with jiangsu.session() as session:
        assert editor_for(BranchVenueRecord).read(session, uuid) == before


def test_remove_the_frankfurt_branch_and_put_it_back_with_its_attendees(
    jiangsu: store.Store,
) -> None:
    before = dumps.dump(jiangsu)
    signing = uuid_of(jiangsu, model.Meeting, title=SIGNING)
    opening = uuid_of(jiangsu, model.Meeting, title=OPENING)
    with jiangsu.session() as session:
        ((uuid, record),) = branches.of_meeting(session, opening)
    with jiangsu.transaction() as session:
        snapshot = editor_for(BranchVenueRecord).remove(session, uuid)
    assert snapshot.count("branch_attendee") == 3
    with jiangsu.session() as session:
        assert branches.of_meeting(session, opening) == ()
        assert len(branches.of_meeting(session, signing)) == 1  # the other meeting keeps its own
    with jiangsu.transaction() as session:
        snapshots.restore(session, snapshot)
    assert dumps.dump(jiangsu) == before
    with jiangsu.session() as session:
        assert branches.of_meeting(session, opening) == ((uuid, record),)


def test_a_branch_venue_that_is_gone_says_so(jiangsu: store.Store) -> None:
    before = dumps.dump(jiangsu)
    valid = BranchVenueRecord("Consulate General", "Frankfurt am Main", "DE", "Europe/Berlin")
    gone = "the branch venue no-such-uuid no longer exists"
    with pytest.raises(NotFound) as updating, jiangsu.transaction() as session:
        branches.update(session, "no-such-uuid", valid)
    with pytest.raises(NotFound) as removing, jiangsu.transaction() as session:
        editor_for(BranchVenueRecord).remove(session, "no-such-uuid")
    assert str(updating.value) == str(removing.value) == gone
    assert dumps.dump(jiangsu) == before
