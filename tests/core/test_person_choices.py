"""The people a trip's editors offer (the attendee picker's list): by side, in the order of
the precedence rule, each side's head first, with their organization; and everyone the trip
involves, a delegation member taken from the directory among them."""

from __future__ import annotations

from pathlib import Path

from planner import editing, store, trips
from planner.editing.registry import editor_for
from planner.protocol import sides
from planner.records import DelegationMemberRecord, PersonRecord

ROLES_AND_SIDES = Path(__file__).resolve().parent / "data" / "roles-and-sides.trip.json"


def _offered(st: store.Store, trip: str) -> list[tuple[str, str, str]]:
    with st.session() as session:
        return [
            (p.label, p.side, p.organization) for p in editing.trip_context(session, trip).people
        ]


def test_people_come_by_side_and_rank_with_their_organization(st: store.Store) -> None:
    with st.transaction() as session:
        trip = trips.import_trip(session, ROLES_AND_SIDES).uuid
    changzhou = "Changzhou Municipal People's Government"
    chamber = "German Chamber of Commerce in China"
    assert _offered(st, trip) == [
        ("Sheng Lei (盛蕾)", "delegation", changzhou),
        ("Liang Yi (梁一)", "delegation", changzhou),
        ("Xu Ning (徐宁)", "delegation", changzhou),
        ("Michael Jacke", "host", "Stadt Minden"),
        ("Anna Becker", "host", "Commerzbank"),
        ("Du Chunguo (杜春国)", "third-party", "Consulate General of China in Düsseldorf"),
        ("Jens Hoffmann", "third-party", chamber),
    ]
    with st.transaction() as session:  # Becker moves to third parties, first among them
        becker = next(
            p.uuid for p in editing.trip_context(session, trip).people if "Becker" in p.label
        )
        sides.set_side(session, trip, becker, "third-party")
        sides.set_rank(session, trip, becker, 1)
        du = next(p.uuid for p in editing.trip_context(session, trip).people if "Du " in p.label)
        sides.set_rank(session, trip, du, 2)
    assert [(label, side) for label, side, _org in _offered(st, trip)][3:6] == [
        ("Michael Jacke", "host"),
        ("Anna Becker", "third-party"),
        ("Du Chunguo (杜春国)", "third-party"),
    ]


def test_the_head_leads_the_delegation_though_ranked_lower(st: store.Store) -> None:
    with st.transaction() as session:
        trip = trips.import_trip(session, ROLES_AND_SIDES).uuid
        members = editor_for(DelegationMemberRecord)
        for member in editing.delegation.members(session, trip):
            rank = {"head": 3, "interpreter": 1}.get(member.role, 2)
            members.update(
                session, member.uuid, DelegationMemberRecord(member.person, member.role, rank)
            )
    assert [label for label, side, _org in _offered(st, trip) if side == "delegation"] == [
        "Sheng Lei (盛蕾)",  # the head, ranked 3rd
        "Xu Ning (徐宁)",
        "Liang Yi (梁一)",
    ]


def test_a_member_from_the_directory_is_offered_though_no_contact_of_the_trip(
    st: store.Store,
) -> None:
    with st.transaction() as session:
        trip = trips.import_trip(session, ROLES_AND_SIDES).uuid
        outsider = editing.create(session, None, PersonRecord("Hartmann", "Jonas"))
        editor_for(DelegationMemberRecord).create(
            session, trip, DelegationMemberRecord(outsider, "staff")
        )
    assert ("Jonas Hartmann", "delegation", "") in _offered(st, trip)
