"""Edits as the window makes them: create, change, delete and put back, by UUID."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import editing, localtime, model, snapshots, store, trips
from planner.conflicts import Conflict, Gone
from planner.editing.registry import EDITORS, editor_for
from planner.errors import NotFound
from planner.protocol import branches
from planner.protocol import editing as registers
from planner.records import (
    DelegationMemberRecord,
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TransferRecord,
    TripRecord,
    cleaned,
)
from tests import dumps
from tests.conftest import JIANGSU, NANSHAN


def berlin(text: str) -> dt.datetime:
    return localtime.parse_local(text, "Europe/Berlin")


def dump(path: Path | str) -> list[str]:
    """The store's rows, sorted: link tables may come back in another rowid order."""
    return dumps.dump(path)


@pytest.fixture
def nanshan(st: store.Store) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, NANSHAN).uuid


def meeting_uuid(st: store.Store, title: str) -> str:
    with st.session() as session:
        return session.scalars(select(model.Meeting.uuid).where(model.Meeting.title == title)).one()


def test_a_trip_built_from_records_has_stops_in_time_order(st: store.Store) -> None:
    with st.transaction() as session:
        trip = editing.create(session, None, TripRecord("Mayor to Shanghai", "Europe/Berlin"))
        munich = editing.create(
            session,
            trip,
            StopRecord("Munich", "DE", "Europe/Berlin", depart=berlin("2025-05-02T10:00")),
        )
        shanghai = editing.create(
            session,
            trip,
            StopRecord(
                "Shanghai",
                "CN",
                "Asia/Shanghai",
                arrive=localtime.parse_local("2025-05-03T06:00", "Asia/Shanghai"),
            ),
        )
        editing.create(
            session,
            trip,
            TransferRecord(
                munich,
                shanghai,
                "flight",
                berlin("2025-05-02T12:00"),
                localtime.parse_local("2025-05-03T06:00", "Asia/Shanghai"),
            ),
        )
        editing.create(
            session,
            trip,
            StopRecord(
                "Frankfurt",
                "DE",
                "Europe/Berlin",
                arrive=berlin("2025-05-01T09:00"),
                depart=berlin("2025-05-01T18:00"),
            ),
        )
    with st.session() as session:
        loaded = trips.load_trip(session, trips.find_trip_id(session, trip))
        assert [s.city for s in loaded.stops] == ["Frankfurt", "Munich", "Shanghai"]
        assert loaded.transfers[0].arrive_timezone == "Asia/Shanghai"


def test_invalid_records_are_refused_field_by_field(st: store.Store, nanshan: str) -> None:
    with st.session() as session:
        stop = trips.load_trip(session, 1).stops[1].uuid
    bad = MeetingRecord("  ", stop, berlin("2024-06-17T15:00"), berlin("2024-06-17T14:00"))
    with st.transaction() as session, pytest.raises(editing.EditError) as caught:
        editing.create(session, nanshan, bad)
    assert caught.value.problems == {
        "title": "a title is required",
        "end": "the end must be after the start",
    }


def test_the_editors_refuse_what_a_trip_file_may_not_hold_and_change_nothing(
    st: store.Store, nanshan: str
) -> None:
    """The rule of planner/text_rules.py: no control characters, line breaks only in notes."""
    with st.session() as session:
        trip = trips.load_trip(session, 1)
        stop, other = trip.stops[1].uuid, trip.stops[2].uuid
    before = dump(st.location)
    meeting = MeetingRecord(
        "Talks\x00", stop, berlin("2024-06-17T14:00"), berlin("2024-06-17T15:00"),
        notes="first line\nsecond line", talking_points=("ok", "a\x1bb"),
    )  # fmt: skip
    person = PersonRecord("Li\nWei", notes="\ud800")
    transfer = TransferRecord(
        stop, other, "train", berlin("2024-06-18T10:00"), berlin("2024-06-18T09:00")
    )
    for record in (meeting, person, transfer):
        with st.transaction() as session, pytest.raises(editing.EditError):
            editing.create(session, nanshan, record)
    assert editing.validate(meeting) == {
        "title": "holds a control character (U+0000) at character 6",
        "talking_points": "holds a control character (U+001B) at character 2",
    }
    assert editing.validate(person) == {
        "family_name": "must be one line (a tab or line break at character 3)",
        "notes": "holds half of a character (U+D800) at character 1",
    }
    assert editing.validate(transfer) == {"arrive": "the arrival is before the departure"}
    assert dump(st.location) == before


def test_the_editors_store_country_and_language_codes_in_one_case(
    st: store.Store, nanshan: str
) -> None:
    with st.transaction() as session:
        uuid = editing.create(
            session, nanshan, StopRecord("Bonn", "de", "Europe/Berlin", region="de-nw",
                                         arrive=berlin("2024-06-20T10:00")),
        )  # fmt: skip
        person = editing.create(session, nanshan, PersonRecord("Link", languages=("DE",)))
    with st.session() as session:
        stored = editor_for(StopRecord).read(session, uuid)
        assert (stored.country, stored.region) == ("DE", "DE-NW")
        assert editor_for(PersonRecord).read(session, person).languages == ("de",)


def test_an_update_changes_only_that_meeting_and_raises_its_version(
    st: store.Store, nanshan: str
) -> None:
    uuid = meeting_uuid(st, "Meeting with Ledvance management")
    with st.transaction() as session:
        before = editor_for(MeetingRecord).read(session, uuid)
        version = editing.get(session, model.Meeting, uuid).version
        moved = before.__class__(
            **{
                **before.__dict__,
                "start": berlin("2024-06-21T11:30"),
                "end": berlin("2024-06-21T13:00"),
            }
        )
        editing.update(session, uuid, moved)
    with st.session() as session:
        meeting = editing.get(session, model.Meeting, uuid)
        assert localtime.format_local(meeting.start, meeting.timezone) == "2024-06-21T11:30"
        assert meeting.version == version + 1
        assert [p.family_name for p in meeting.attendees] == ["Li", "Chen"]


def test_deleting_a_stop_takes_its_meetings_and_transfers_and_undo_puts_back_everything(
    st: store.Store, nanshan: str
) -> None:
    before = dump(st.location)
    with st.session() as session:
        frankfurt = trips.load_trip(session, 1).stops[1].uuid
        assert editor_for(StopRecord).dependents(session, frankfurt) == {
            "transfer": 2,
            "meeting": 3,
        }
    with st.transaction() as session:
        snapshot = editor_for(StopRecord).remove(session, frankfurt)
    with st.session() as session:
        trip = trips.load_trip(session, 1)
        assert [s.city for s in trip.stops] == ["Shenzhen", "Nuremberg", "Munich", "Shenzhen"]
        assert len(trip.meetings) == 2
    with st.transaction() as session:
        snapshots.restore(session, snapshot)
    assert dump(st.location) == before


def test_the_question_before_deleting_a_trip_counts_what_goes_with_it(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        trip = trips.load_trip(session, 1)
        expected = {
            "stop": len(trip.stops),
            "transfer": len(trip.transfers),
            "meeting": len(trip.meetings),
        }
        assert editor_for(TripRecord).dependents(session, nanshan) == expected


def test_deleting_an_organization_clears_references_and_undo_restores_them(
    st: store.Store,
) -> None:
    with st.transaction() as session:
        trips.import_trip(session, JIANGSU)
    before = dump(st.location)
    with st.session() as session:
        commerzbank = session.scalars(
            select(model.Organization.uuid).where(model.Organization.name == "Commerzbank")
        ).one()
    with st.transaction() as session:
        snapshot = editor_for(editing.OrganizationRecord).remove(session, commerzbank)
    with st.session() as session:
        becker = session.scalars(
            select(model.Person).where(model.Person.family_name == "Becker")
        ).one()
        assert becker.organization is None
    with st.transaction() as session:
        snapshots.restore(session, snapshot)
    assert dump(st.location) == before


def test_a_new_person_is_linked_to_the_trip(st: store.Store, nanshan: str) -> None:
    with st.transaction() as session:
        uuid = editing.create(
            session, nanshan, PersonRecord("Müller", "Anna", email="a@example.de")
        )
    with st.session() as session:
        trip = trips.load_trip(session, 1)
        assert trip.people_links[-1].person.uuid == uuid
    with st.transaction() as session, pytest.raises(editing.EditError, match="e-mail"):
        editing.update(session, uuid, PersonRecord("Müller", email="not-an-address"))


def test_duplicating_a_trip_keeps_local_wall_times_across_a_clock_change(
    st: store.Store, nanshan: str
) -> None:
    # The sample runs in June (Berlin UTC+2); the copy starts 2024-10-26, so the Frankfurt
    # meetings fall after the autumn change (UTC+1) and keep their wall times, not instants.
    with st.transaction() as session:
        copy = editing.duplicate_trip(session, 1, dt.date(2024, 10, 26), "Nanshan again")
        copy_id = copy.id
    with st.session() as session:
        original, duplicate = trips.load_trip(session, 1), trips.load_trip(session, copy_id)
        walls = [localtime.format_local(m.start, m.timezone)[11:] for m in original.meetings]
        assert [
            localtime.format_local(m.start, m.timezone)[11:] for m in duplicate.meetings
        ] == walls
        assert (
            localtime.format_local(duplicate.meetings[0].start, "Europe/Berlin")
            == "2024-10-28T14:00"
        )
        assert duplicate.meetings[0].start.hour == 13  # UTC+1 after the change
        assert duplicate.people_links[0].person.id == original.people_links[0].person.id
        assert duplicate.status == "draft"
        summary = {s.id: s for s in trips.list_trips(session)}[copy_id]
        assert (summary.first_day, summary.last_day) == (
            dt.date(2024, 10, 26),
            dt.date(2024, 11, 3),
        )


def test_shifting_into_a_skipped_hour_moves_past_the_gap() -> None:
    instant = berlin("2024-03-30T02:30")
    assert localtime.format_local(
        editing.shift_wall(instant, "Europe/Berlin", 1), "Europe/Berlin"
    ) == ("2024-03-31T03:30")


# ---------------------------------------------------------------------------------------------
# The registry: every kind of record through one protocol


def _samples(session: Session, trip_uuid: str) -> dict[type[Any], tuple[str | None, Any]]:
    """For each kind: its parent's UUID and a new record."""
    trip = trips.load_trip(session, 1)
    second = trip.stops[1]
    meeting = trip.meetings[0]
    person, org = trip.people_links[0].person.uuid, trip.organization_links[0].organization.uuid
    members = {m.person.uuid for m in trip.delegation}
    traveller = next(
        link.person.uuid for link in trip.people_links if link.person.uuid not in members
    )
    return {
        TripRecord: (
            None,
            TripRecord(
                "Return visit", "Asia/Shanghai", useful_numbers=(("Embassy", "+493027588551"),)
            ),
        ),
        StopRecord: (
            trip_uuid,
            StopRecord("Hamburg", "DE", "Europe/Berlin", arrive=berlin("2024-07-01T09:00")),
        ),
        TransferRecord: (  # the flight from home, booked per traveller
            trip_uuid,
            TransferRecord(
                None,
                second.uuid,
                "flight",
                localtime.parse_local("2024-06-15T23:55", "Asia/Shanghai"),
                berlin("2024-06-16T06:40"),
                from_place="SZX",
                to_place="FRA",
                to_terminal="1",
                travel_class="business",
                travellers=((person, "XYZ789", "3A"), (traveller, None, None)),
            ),
        ),
        MeetingRecord: (
            trip_uuid,
            MeetingRecord(
                "Site visit",
                second.uuid,
                berlin("2024-06-18T09:00"),
                berlin("2024-06-18T10:00"),
                venue_city="Ludwigshafen am Rhein",
            ),
        ),
        PersonRecord: (trip_uuid, PersonRecord("Weber", "Anna", organization=org)),
        OrganizationRecord: (trip_uuid, OrganizationRecord("Hafen AG")),
        DelegationMemberRecord: (trip_uuid, DelegationMemberRecord(traveller, "interpreter")),
        registers.AgreementRecord: (
            None,
            registers.AgreementRecord(meeting.uuid, "Letter of intent", parties=(org,)),
        ),
        registers.FollowUpRecord: (
            None,
            registers.FollowUpRecord(meeting.uuid, "Send minutes", owner=person),
        ),
        registers.GiftRecord: (
            None,
            registers.GiftRecord(meeting.uuid, "given", "Porcelain vase", receiver=person),
        ),
        branches.BranchVenueRecord: (
            meeting.uuid,
            branches.BranchVenueRecord(
                "Consulate", "Frankfurt", "DE", "Europe/Berlin", attendees=(person,)
            ),
        ),
    }


LABEL_FIELDS = ("title", "name", "description", "city", "family_name", "number")
CHANGES: dict[type[Any], dict[str, Any]] = {DelegationMemberRecord: {"role": "press"}}
"""What a kind whose label is no field of its own changes instead (a member's name is its
person's, read and never written)."""


def test_every_kind_is_created_changed_deleted_and_put_back_through_its_editor(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        samples = _samples(session, nanshan)
    assert set(samples) == {editor.record_type for editor in EDITORS}, "a kind has no sample"
    for record_type, (parent, record) in samples.items():
        editor = editor_for(record_type)
        with st.transaction() as session:
            uuid = editor.create(session, parent, record)
        with st.session() as session:
            read, version = editor.read_versioned(session, uuid)
        assert read == cleaned(record), record_type.__name__
        label_field = next(f for f in LABEL_FIELDS if hasattr(record, f))
        change = CHANGES.get(record_type) or {
            label_field: (getattr(read, label_field) or "") + " 2"
        }
        changed = replace(read, **change)
        with st.transaction() as session:
            new_version = editor.update(session, uuid, changed, expected_version=version, base=read)
        assert new_version > version
        with st.transaction() as session, pytest.raises(Conflict):
            editor.update(session, uuid, read, expected_version=version, base=read)
        before_delete = dump(st.location)
        with st.session() as session:
            expected = editor.delete_versions(session, uuid)
        with st.transaction() as session:
            snapshot = editor.remove(session, uuid, expected=expected)
        with st.session() as session, pytest.raises(NotFound, match=f"the {editor.word} "):
            editor.read_versioned(session, uuid)
        with st.transaction() as session:
            editor.restore(session, snapshot)
        assert dump(st.location) == before_delete, record_type.__name__


def test_an_edit_of_a_deleted_object_of_any_kind_names_its_kind(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        samples = _samples(session, nanshan)
    words = {}
    for record_type, (parent, record) in samples.items():
        editor = editor_for(record_type)
        with st.transaction() as session:
            uuid = editor.create(session, parent, record)
        with st.transaction() as session:
            editor.remove(session, uuid)
        with st.transaction() as session, pytest.raises(Gone) as gone:
            editor.update(session, uuid, cleaned(record), expected_version=1, base=record)
        words[record_type.__name__] = gone.value.kind
    assert words["FollowUpRecord"] == "follow-up"
    assert words["BranchVenueRecord"] == "branch venue"
    assert words["MeetingRecord"] == "meeting"


def test_a_type_that_is_no_record_kind_has_no_editor() -> None:
    with pytest.raises(TypeError, match="no editor for str"):
        editor_for(str)
