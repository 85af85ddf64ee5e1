"""The seating plan as data (sides, seats, offsets) and as read from a store."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import select

from planner import model, protocol, store, trips
from planner.errors import NotFound
from planner.protocol import COUNTERPART, DELEGATION, GUEST, HOST, MeetingPeople
from tests.conftest import JIANGSU, NANSHAN
from tests.core.test_protocol_precedence import person


def plan_of(*attendees: protocol.Attendee, host: str = COUNTERPART) -> protocol.SeatingPlan:
    meeting = MeetingPeople("m", "Talks", "meeting", "confirmed", host, tuple(attendees))
    return protocol.seating_plan(meeting)


def row(plan: protocol.SeatingPlan, side: str) -> list[tuple[int, int, str]]:
    return [(s.index, s.x, s.attendee.family_name) for s in plan.row(side)]


def test_heads_face_each_other_in_the_middle_interpreters_beside_them() -> None:
    plan = plan_of(
        person("Wong", rank=3),
        person("Li", rank=1, role="head"),
        person("Chen", rank=2, role="interpreter"),
        person("Zhao", rank=4),
        person("Bruder", COUNTERPART, rank=1),
        person("Schäfer", COUNTERPART, rank=2),
        person("Klein", COUNTERPART, rank=3),
    )
    assert plan.host_side == COUNTERPART
    # Guests (our delegation) sit at the bottom facing up: their right is +x. The interpreter
    # takes the head's right, rank 3 the head's left, rank 4 beyond the interpreter.
    assert row(plan, GUEST) == [(0, -1, "Wong"), (1, 0, "Li"), (2, 1, "Chen"), (3, 2, "Zhao")]
    # Hosts sit at the top facing down: their right is -x. Rank 2 at the head's right.
    assert row(plan, HOST) == [(0, -1, "Schäfer"), (1, 0, "Bruder"), (2, 1, "Klein")]
    assert plan.span == (-1, 2)
    assert plan.remote == ()


def test_a_second_interpreter_takes_the_heads_left_and_branch_attendees_have_no_seat() -> None:
    plan = plan_of(
        person("Sheng", rank=1, role="head"),
        person("Xu", rank=3, role="interpreter"),
        person("Ma", rank=4, role="interpreter"),
        person("Liang", rank=2),
        person("Becker", COUNTERPART, rank=3, branch="Branch venue Frankfurt"),
        person("Du", COUNTERPART, rank=1, branch="Branch venue Frankfurt"),
        host=DELEGATION,
    )
    assert row(plan, HOST) == [(0, -2, "Liang"), (1, -1, "Xu"), (2, 0, "Sheng"), (3, 1, "Ma")]
    assert row(plan, GUEST) == []
    assert [(r.side, r.branch, r.attendee.family_name) for r in plan.remote] == [
        (GUEST, "Branch venue Frankfurt", "Du"),
        (GUEST, "Branch venue Frankfurt", "Becker"),
    ]


def test_a_plan_is_drawn_for_meetings_signings_and_banquets_with_both_sides() -> None:
    both = (person("Li", rank=1, role="head"), person("Bruder", COUNTERPART, rank=1))
    for kind, status, attendees, drawn in (
        ("signing", "confirmed", both, True),
        ("banquet", None, both, True),
        ("meeting", "tentative", both, True),
        ("conference", "confirmed", both, False),
        ("site-visit", "confirmed", both, False),
        ("signing", "cancelled", both, False),
        ("signing", "confirmed", both[:1], False),
    ):
        meeting = MeetingPeople("m", "T", kind, status, COUNTERPART, attendees)
        assert protocol.has_seating_plan(meeting) is drawn, (kind, status, len(attendees))


@pytest.fixture
def office(empty_store_file: Path) -> store.Store:
    opened = store.open_store(empty_store_file)
    with opened.transaction() as session:
        trips.import_trip(session, JIANGSU)
        trips.import_trip(session, NANSHAN)
    return opened


def test_the_query_reads_side_role_rank_and_branch_and_who_hosts(office: store.Store) -> None:
    with office.session() as session:
        signing = session.scalar(
            select(model.Meeting.uuid).where(model.Meeting.title.startswith("Signing: memo"))
        )
        assert signing is not None
        people = protocol.meeting_people(session, signing)
    office.close()

    # Changzhou's government organizes the trip and hosts the signing: the delegation hosts.
    assert people.host_side == DELEGATION
    assert [(a.name, a.side, a.role, a.rank, a.branch) for a in people.attendees] == [
        ("Sheng Lei (盛蕾)", DELEGATION, "head", 1, None),
        ("Xu Ning (徐宁)", DELEGATION, "interpreter", 3, None),
        ("Anna Becker", COUNTERPART, None, 3, "Branch venue Frankfurt"),
    ]
    with pytest.raises(dataclasses.FrozenInstanceError):
        people.attendees[0].rank = 2  # type: ignore[misc]


def test_a_whole_trip_is_read_at_once_and_a_visiting_delegation_is_the_guest(
    office: store.Store,
) -> None:
    with office.session() as session:
        uuid = session.scalar(select(model.Trip.uuid).where(model.Trip.title.startswith("Nanshan")))
        assert uuid is not None
        meetings = protocol.trip_people(session, uuid)
        with pytest.raises(NotFound):
            protocol.trip_people(session, "no-such-trip")
        with pytest.raises(NotFound):
            protocol.meeting_people(session, "no-such-meeting")
    office.close()

    signing = next(m for m in meetings.values() if m.title.startswith("Signing of cooperation"))
    assert signing.host_side == COUNTERPART
    plan = protocol.seating_plan(signing)
    assert row(plan, HOST) == [(0, 0, "Schäfer")]
    assert row(plan, GUEST) == [(0, 0, "Li"), (1, 1, "Chen")]
    assert [a.family_name for a in protocol.speaking_order(signing)] == ["Schäfer", "Li"]
