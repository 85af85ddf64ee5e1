"""The workspace's read side: meetings, itinerary and contacts of a trip as plain rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event

from planner import editing, localtime, names, queries, store, trips
from planner.errors import NotFound
from planner.records import MeetingRecord, StopRecord, TransferRecord
from tests.conftest import JIANGSU, NANSHAN

UTC = dt.UTC


def imported(st: store.Store, path: Any) -> str:
    with st.transaction() as session:
        return trips.import_trip(session, path).uuid


@pytest.fixture
def nanshan(st: store.Store) -> str:
    return imported(st, NANSHAN)


@pytest.fixture
def jiangsu(st: store.Store) -> str:
    return imported(st, JIANGSU)


@contextmanager
def counted(st: store.Store) -> Iterator[list[str]]:
    """The SELECT statements run inside the block."""
    statements: list[str] = []

    def record(*args: Any) -> None:
        if str(args[2]).startswith("SELECT"):
            statements.append(str(args[2]))

    event.listen(st.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(st.engine, "before_cursor_execute", record)


def test_meetings_come_by_start_with_local_day_stop_host_and_attendees(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        rows = queries.meeting_rows(session, nanshan)

    assert [r.start for r in rows] == sorted(r.start for r in rows)
    frankfurt = rows[0]
    assert frankfurt.title == "Nanshan–Frankfurt cooperation session"
    assert frankfurt.start == dt.datetime(2024, 6, 17, 12, 0, tzinfo=UTC)
    assert frankfurt.end == dt.datetime(2024, 6, 17, 15, 30, tzinfo=UTC)
    assert (frankfurt.timezone, frankfurt.local_day) == ("Europe/Berlin", dt.date(2024, 6, 17))
    assert frankfurt.stop_city == "Frankfurt am Main"
    assert (frankfurt.kind, frankfurt.status) == ("conference", "confirmed")
    assert frankfurt.venue_name == "Deutsche Bank Park (Eintracht Frankfurt)"
    assert frankfurt.host == "Eintracht Frankfurt"
    assert frankfurt.attendee_names == ("Li Wei (李伟)", "Wong", "Chen Jing (陈静)")
    assert frankfurt.attendee_count == 3
    assert not frankfurt.cancelled
    assert [r.stop_city for r in rows] == [
        "Frankfurt am Main",
        "Frankfurt am Main",
        "Frankfurt am Main",
        "Nuremberg",
        "Munich",
    ]
    # The same person is the same UUID in every meeting, so a filter by person can use it.
    li = frankfurt.attendee_uuids[0]
    assert all(r.attendee_uuids[0] == li for r in rows)
    assert len({r.stop_uuid for r in rows}) == 3


def test_the_local_day_is_the_day_at_the_stop_not_in_utc(st: store.Store, jiangsu: str) -> None:
    with st.transaction() as session:
        stop = editing.trip_context(session, jiangsu).stops[0]
        start = localtime.parse_local("2022-07-08T00:30", "Asia/Shanghai")
        editing.create(
            session,
            jiangsu,
            MeetingRecord(
                "Breakfast briefing",
                stop.uuid,
                start,
                start + dt.timedelta(hours=1),
                kind="briefing",
                status="cancelled",
            ),
        )
    with st.session() as session:
        rows = queries.meeting_rows(session, jiangsu)

    briefing = next(r for r in rows if r.title == "Breakfast briefing")
    assert briefing.start.date() == dt.date(2022, 7, 7)  # in UTC it is still the day before
    assert briefing.local_day == dt.date(2022, 7, 8)
    assert briefing.cancelled
    assert briefing.attendee_count == 0
    assert briefing.host is None


def test_a_hybrid_meeting_carries_its_branch_venues_in_order(
    st: store.Store, jiangsu: str, nanshan: str
) -> None:
    with st.session() as session:
        hybrid = queries.meeting_rows(session, jiangsu)
        plain = queries.meeting_rows(session, nanshan)
    assert [r.branches for r in hybrid] == [
        (queries.BranchRow("Branch venue Frankfurt", "Frankfurt am Main", "DE", "Europe/Berlin"),)
    ] * 2
    assert all(r.branches == () for r in plain)


def test_meetings_take_the_same_number_of_queries_however_many_there_are(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session, counted(st) as few:
        assert len(queries.meeting_rows(session, nanshan)) == 5
    with st.transaction() as session:
        context = editing.trip_context(session, nanshan)
        base = localtime.parse_local("2024-06-20T08:00", "Europe/Berlin")
        for i in range(40):
            start = base + dt.timedelta(minutes=15 * i)
            editing.create(
                session,
                nanshan,
                MeetingRecord(
                    f"Talk {i}",
                    context.stops[3].uuid,
                    start,
                    start + dt.timedelta(minutes=15),
                    attendees=tuple(p.uuid for p in context.people[: 1 + i % 4]),
                ),
            )
    with st.session() as session, counted(st) as many:
        assert len(queries.meeting_rows(session, nanshan)) == 45
    assert len(many) == len(few) == 4


def test_the_itinerary_puts_each_transfer_after_the_stop_it_leaves(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        rows = queries.itinerary_rows(session, nanshan)

    assert [(r.kind, r.label) for r in rows] == [
        ("stop", "Shenzhen"),
        ("transfer", "Flight EX 123 Shenzhen → Frankfurt am Main"),
        ("stop", "Frankfurt am Main"),
        ("transfer", "Train ICE 521 Frankfurt am Main → Nuremberg"),
        ("stop", "Nuremberg"),
        ("transfer", "Train ICE 1007 Nuremberg → Munich"),
        ("stop", "Munich"),
        ("transfer", "Flight EX 456 Munich → Shenzhen"),
        ("stop", "Shenzhen"),
    ]
    first, flight, frankfurt = rows[0], rows[1], rows[2]
    assert first.arrive is None and first.depart == dt.datetime(2024, 6, 15, 15, 55, tzinfo=UTC)
    assert (flight.depart_zone, flight.arrive_zone) == ("Asia/Shanghai", "Europe/Berlin")
    assert localtime.format_local(flight.depart, flight.depart_zone) == "2024-06-15T23:55"
    assert localtime.format_local(flight.arrive, flight.arrive_zone) == "2024-06-16T06:40"
    assert (flight.from_stop_uuid, flight.to_stop_uuid) == (first.uuid, frankfurt.uuid)
    assert frankfurt.lodging_name == "Hotel am Main (example)"
    assert frankfurt.depart_zone == frankfurt.arrive_zone == "Europe/Berlin"
    assert flight.lodging_name is None


def test_a_transfer_added_later_still_follows_its_stop(st: store.Store, nanshan: str) -> None:
    with st.transaction() as session:
        stops = editing.trip_context(session, nanshan).stops
        frankfurt, munich = stops[1], stops[3]
        depart = localtime.parse_local("2024-06-18T18:00", "Europe/Berlin")
        # A car with neither carrier nor number, and a train named by its carrier only.
        editing.create(
            session,
            nanshan,
            TransferRecord(
                frankfurt.uuid, munich.uuid, "car", depart, depart + dt.timedelta(hours=4)
            ),
        )
        editing.create(
            session,
            nanshan,
            TransferRecord(
                frankfurt.uuid,
                munich.uuid,
                "train",
                depart - dt.timedelta(hours=8),
                depart - dt.timedelta(hours=4),
                carrier="DB",
            ),
        )
    with st.session() as session:
        labels = [r.label for r in queries.itinerary_rows(session, nanshan)]

    assert labels[2:6] == [
        "Frankfurt am Main",
        "Train DB Frankfurt am Main → Munich",
        "Car Frankfurt am Main → Munich",
        "Train ICE 521 Frankfurt am Main → Nuremberg",
    ]


def test_a_trip_with_one_stop_has_no_transfers(st: store.Store, jiangsu: str) -> None:
    with st.session() as session:
        rows = queries.itinerary_rows(session, jiangsu)
    assert [(r.kind, r.label, r.lodging_name) for r in rows] == [
        ("stop", "Changzhou", "Example Hotel Changzhou")
    ]


def test_contacts_list_people_with_their_delegation_role_and_organizations(
    st: store.Store, jiangsu: str
) -> None:
    with st.session() as session:
        contacts = queries.contact_rows(session, jiangsu)

    people = {p.name: p for p in contacts.people}
    assert [p.name for p in contacts.people] == [
        "Sheng Lei",
        "Liang Yi",
        "Xu Ning",
        "Du Chunguo",
        "Michael Jacke",
        "Anna Becker",
        "Jens Hoffmann",
    ]
    assert [people[n].role for n in ("Sheng Lei", "Liang Yi", "Xu Ning", "Du Chunguo")] == [
        "head",
        "member",
        "interpreter",
        None,
    ]
    sheng = people["Sheng Lei"]
    assert (sheng.display_name, sheng.native_name) == ("Sheng Lei (盛蕾)", "盛蕾")
    assert sheng.organization_name == "Changzhou Municipal People's Government"
    assert sheng.languages == ("zh",)
    becker = people["Anna Becker"]
    assert (becker.honorific, becker.email) == ("Dr.", "anna.becker@example.com")
    assert becker.organization_name == "Commerzbank"
    organizations = {o.name: o for o in contacts.organizations}
    assert len(contacts.organizations) == 7
    park = organizations["Sino-German (Changzhou) Innovation Park"]
    assert (park.native_name, park.kind, park.city, park.country) == (
        "中德（常州）创新产业园",
        "government",
        "Changzhou",
        "CN",
    )
    assert sheng.organization_uuid == organizations[sheng.organization_name].uuid


def test_a_person_without_a_given_name_is_listed_by_family_name(
    st: store.Store, nanshan: str
) -> None:
    with st.session() as session:
        wong = queries.contact_rows(session, nanshan).people[0]
    assert (wong.name, wong.display_name, wong.role) == ("Wong", "Wong", "staff")


def test_each_trip_sees_only_its_own_rows(st: store.Store, nanshan: str, jiangsu: str) -> None:
    with st.session() as session:
        assert len(queries.meeting_rows(session, jiangsu)) == 2
        assert len(queries.itinerary_rows(session, jiangsu)) == 1
        assert len(queries.contact_rows(session, nanshan).people) == 5


def test_a_trip_that_is_gone_is_not_found(st: store.Store) -> None:
    with st.transaction() as session:
        empty = editing.create(
            session,
            None,
            editing.TripRecord("Empty", "Europe/Berlin"),
        )
        editing.create(
            session,
            empty,
            StopRecord("Bonn", "DE", "Europe/Berlin", depart=dt.datetime(2025, 1, 1, tzinfo=UTC)),
        )
    with st.session() as session:
        assert queries.meeting_rows(session, empty) == []
        assert queries.contact_rows(session, empty) == queries.ContactRows()
        with pytest.raises(NotFound, match="no longer exists"):
            queries.meeting_rows(session, "00000000-0000-4000-8000-000000000000")


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        ("schafer", "Jürgen Schäfer"),
        ("STRASSE", "Mörfelder Landstraße"),
        ("ｅｘ １２３", "EX 123"),
        ("李伟", "Li Wei (李伟)"),
        ("trinamix", "trinamiX GmbH"),
    ],
)
def test_search_folding_matches_what_a_user_types(typed: str, text: str) -> None:
    words = names.fold(typed).split()
    assert all(word in names.fold(text) for word in words)


@pytest.mark.parametrize(
    ("query", "selects"),
    [(queries.meeting_rows, 4), (queries.itinerary_rows, 3), (queries.contact_rows, 4)],
)
def test_each_query_reads_each_table_once(
    st: store.Store, nanshan: str, jiangsu: str, query: Any, selects: int
) -> None:
    for trip in (nanshan, jiangsu):
        with st.session() as session, counted(st) as statements:
            query(session, trip)
        assert len(statements) == selects, statements
