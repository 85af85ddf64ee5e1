"""One read of everything a trip's calendar says, as plain frozen values.

As :mod:`planner.checks.facts` does for the checks: an export of a large trip (or one file per
delegate) must not walk ORM objects, so :func:`read_source` selects just the columns the
events show, in a fixed number of queries whatever the size of the trip, and the events are
then built from values that stay valid after the session has closed. Instants are aware UTC
datetimes, each with the zone it is shown in.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import cast

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from planner import model, names, queries, ranks, trip_readers


@dataclass(frozen=True)
class PersonInfo:
    uuid: str
    family_name: str
    given_name: str | None = None
    native_name: str | None = None
    honorific: str | None = None
    position: str | None = None
    organization: str | None = None
    email: str | None = None
    notes: str | None = None
    role: str | None = None
    """The person's role in this trip's delegation; None for a counterpart."""
    rank: int | None = None
    """The person's rank within their side in this trip; None when unranked."""
    listed: int | None = None
    """Where the trip lists the person (delegation order, or the trip's people)."""

    # Cached: a thousand meetings name and order the same few dozen people thousands of times.
    @functools.cached_property
    def precedence(self) -> tuple[bool, ranks.RankKey]:
        """The one order of :mod:`planner.ranks`, the delegation's side first."""
        name = names.sort_key(self.family_name, self.given_name, self.native_name)
        return not self.is_delegate, ranks.rank_key(self.rank, name, self.role, self.listed)

    @property
    def name(self) -> str:
        """``GIVEN FAMILY``, as ``planner ics --person`` takes it."""
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @functools.cached_property
    def display_name(self) -> str:
        """In the order of the person's culture: "Li Wei (李伟)"."""
        return names.display_name(self.family_name, self.given_name, self.native_name)

    @property
    def is_delegate(self) -> bool:
        return self.role is not None


@dataclass(frozen=True)
class StopInfo:
    uuid: str
    city: str
    country: str
    zone: str
    arrive: dt.datetime | None = None
    depart: dt.datetime | None = None
    lodging_name: str | None = None
    lodging_address: str | None = None
    lodging_confirmation: str | None = None
    lodging_phone: str | None = None

    @property
    def has_lodging(self) -> bool:
        return bool(self.lodging_name or self.lodging_address)


@dataclass(frozen=True)
class TransferInfo:
    uuid: str
    mode: str
    depart: dt.datetime
    depart_zone: str
    arrive: dt.datetime
    arrive_zone: str
    from_city: str
    """The stop's city, else the airport's city and code or the station (a leg from home)."""
    to_city: str
    carrier: str | None = None
    number: str | None = None
    reference: str | None = None
    notes: str | None = None
    from_terminal: str | None = None
    to_terminal: str | None = None
    travel_class: str | None = None
    seat: str | None = None


@dataclass(frozen=True)
class BranchInfo:
    """The same meeting joined from another place, shown in that place's zone."""

    name: str
    city: str
    country: str
    zone: str
    address: str | None = None
    online_url: str | None = None
    host: str | None = None
    attendee_uuids: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinkInfo:
    """The event of another calendar a meeting was imported from."""

    uid: str
    recurrence: str
    sequence: int


@dataclass(frozen=True)
class FollowUpInfo:
    """A task promised at a meeting, for its owner's calendar."""

    uuid: str
    title: str
    due: dt.date | None = None
    owner_uuid: str | None = None
    done: bool = False


@dataclass(frozen=True)
class MeetingInfo:
    uuid: str
    title: str
    kind: str | None
    status: str | None
    stop_city: str
    zone: str
    start: dt.datetime
    end: dt.datetime
    venue_name: str | None = None
    venue_address: str | None = None
    venue_city: str | None = None
    """The venue's own city; None: the stop's (``stop_city``)."""
    online_url: str | None = None
    host: str | None = None
    organizations: tuple[str, ...] = ()
    attendee_uuids: tuple[str, ...] = ()
    objectives: str | None = None
    talking_points: tuple[str, ...] = ()
    notes: str | None = None
    private_notes: str | None = None
    branches: tuple[BranchInfo, ...] = ()
    link: LinkInfo | None = None
    follow_ups: tuple[FollowUpInfo, ...] = ()
    stop_country: str = ""
    """The stop's country (ISO code): the venue's too, as the store keeps no other."""

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class CalendarSource:
    """A trip as its calendar needs it: stops in the trip's order, transfers by departure,
    meetings by start, ``people`` by UUID, ``delegation`` the members' UUIDs in order."""

    trip_id: int
    uuid: str
    title: str
    home_zone: str
    stops: tuple[StopInfo, ...] = ()
    transfers: tuple[TransferInfo, ...] = ()
    meetings: tuple[MeetingInfo, ...] = ()
    people: Mapping[str, PersonInfo] = field(default_factory=lambda: types.MappingProxyType({}))
    delegation: tuple[str, ...] = ()
    direction: str = "outbound"
    """A visit made or received (``vocab.TRIP_DIRECTIONS``): the calendar's name says which."""


def read_source(session: Session, trip_uuid: str) -> CalendarSource:
    """The trip's calendar data in twelve queries; :class:`NotFound` for no such trip."""
    trip = queries.trip_header(session, trip_uuid)
    people, uuid_of = _people(session, trip.id)
    member = _table(model.DelegationMember).c
    delegation = tuple(
        uuid_of[person_id]
        for (person_id,) in session.execute(
            select(member.person_id).where(member.trip_id == trip.id).order_by(member.position)
        )
    )
    return CalendarSource(
        trip_id=trip.id,
        uuid=trip_uuid,
        title=trip.title,
        home_zone=trip.home_timezone,
        direction=trip.direction,
        stops=_stops(session, trip.id),
        transfers=_transfers(session, trip.id),
        meetings=_meetings(session, trip.id, uuid_of),
        people=types.MappingProxyType(people),
        delegation=delegation,
    )


def _people(session: Session, trip_id: int) -> tuple[dict[str, PersonInfo], dict[int, str]]:
    """The trip's contacts, delegation and everyone attending its meetings."""
    p = _table(model.Person).c
    people: dict[str, PersonInfo] = {}
    uuid_of: dict[int, str] = {}
    for row in session.execute(
        trip_readers.with_organization(
            trip_readers.people(trip_id, p.honorific, p.position, p.email, p.notes, contacts=True)
        ).order_by(p.id)
    ):
        uuid_of[row.id] = row.uuid
        people[row.uuid] = PersonInfo(
            uuid=row.uuid,
            family_name=row.family_name,
            given_name=row.given_name,
            native_name=row.native_name,
            honorific=row.honorific,
            position=row.position,
            organization=row.organization,
            email=row.email,
            notes=row.notes,
            role=row.role,
            rank=row.rank,
            listed=row.listed,
        )
    return people, uuid_of


def _stops(session: Session, trip_id: int) -> tuple[StopInfo, ...]:
    s = _table(model.Stop).c
    return tuple(
        StopInfo(
            uuid=row.uuid,
            city=row.city,
            country=row.country,
            zone=row.timezone,
            arrive=row.arrive,
            depart=row.depart,
            lodging_name=row.lodging_name,
            lodging_address=row.lodging_address,
            lodging_confirmation=row.lodging_confirmation,
            lodging_phone=row.lodging_phone,
        )
        for row in session.execute(
            trip_readers.stops(trip_id, s.lodging_confirmation, s.lodging_phone)
        )
    )


def _transfers(session: Session, trip_id: int) -> tuple[TransferInfo, ...]:
    t = _table(model.Transfer).c
    return tuple(
        TransferInfo(
            uuid=row.uuid,
            mode=row.mode,
            depart=row.depart,
            depart_zone=row.depart_timezone,
            arrive=row.arrive,
            arrive_zone=row.arrive_timezone,
            from_city=model.end_name(row.from_city, row.from_place),
            to_city=model.end_name(row.to_city, row.to_place),
            carrier=row.carrier,
            number=row.number,
            reference=row.reference,
            notes=row.notes,
            from_terminal=row.from_terminal,
            to_terminal=row.to_terminal,
            travel_class=row.travel_class,
            seat=row.seat,
        )
        for row in session.execute(
            trip_readers.transfers(
                trip_id,
                t.reference,
                t.notes,
                t.from_terminal,
                t.to_terminal,
                t.travel_class,
                t.seat,
            )
        )
    )


def _meetings(session: Session, trip_id: int, uuid_of: dict[int, str]) -> tuple[MeetingInfo, ...]:
    """Meetings with their organizations, attendees, branch venues, links and follow-ups: seven
    queries."""
    which = trip_readers.of_trip(trip_id)
    meeting, organization = _table(model.Meeting), _table(model.Organization)
    named = _table(model.MeetingOrganization).c
    organizations: dict[int, list[str]] = {}
    for meeting_id, name in session.execute(
        select(named.meeting_id, organization.c.name)
        .join(organization, organization.c.id == named.organization_id)
        .join(meeting, meeting.c.id == named.meeting_id)
        .where(which)
        .order_by(named.meeting_id, named.position)
    ):
        organizations.setdefault(meeting_id, []).append(name)

    attendees, branch_attendees = trip_readers.attendee_uuids(session, which, uuid_of)

    branches: dict[int, list[BranchInfo]] = {}
    b = _table(model.BranchVenue).c
    for row in session.execute(
        trip_readers.branches(
            which, b.address, b.online_url, organization.c.name.label("host")
        ).outerjoin(organization, organization.c.id == b.host_id)
    ):
        branches.setdefault(row.meeting_id, []).append(
            BranchInfo(
                name=row.name,
                city=row.city,
                country=row.country,
                zone=row.timezone,
                address=row.address,
                online_url=row.online_url,
                host=row.host,
                attendee_uuids=tuple(branch_attendees.get(row.id, ())),
            )
        )

    link = _table(model.CalendarLink).c
    links = {
        row.meeting_id: LinkInfo(row.uid, row.recurrence, row.sequence)
        for row in session.execute(
            select(link.meeting_id, link.uid, link.recurrence, link.sequence).where(
                link.trip_id == trip_id
            )
        )
    }

    follow_ups: dict[int, list[FollowUpInfo]] = {}
    f = _table(model.FollowUp).c
    for task in session.execute(
        select(f.meeting_id, f.uuid, f.title, f.due, f.owner_id, f.done)
        .join(meeting, meeting.c.id == f.meeting_id)
        .where(which)
        .order_by(f.meeting_id, f.position)
    ):
        follow_ups.setdefault(task.meeting_id, []).append(
            FollowUpInfo(
                uuid=task.uuid,
                title=task.title,
                due=task.due,
                owner_uuid=uuid_of.get(task.owner_id) if task.owner_id is not None else None,
                done=bool(task.done),
            )
        )

    m = meeting.c
    return tuple(
        MeetingInfo(
            uuid=row.uuid,
            title=row.title,
            kind=row.kind,
            status=row.status,
            stop_city=row.stop_city,
            zone=row.timezone,
            start=row.start,
            end=row.end,
            venue_name=row.venue_name,
            venue_address=row.venue_address,
            venue_city=row.venue_city,
            online_url=row.online_url,
            host=row.host,
            organizations=tuple(organizations.get(row.id, ())),
            attendee_uuids=tuple(attendees.get(row.id, ())),
            objectives=row.objectives,
            talking_points=tuple(row.talking_points or ()),
            notes=row.notes,
            private_notes=row.private_notes,
            branches=tuple(branches.get(row.id, ())),
            link=links.get(row.id),
            follow_ups=tuple(follow_ups.get(row.id, ())),
            stop_country=row.stop_country,
        )
        for row in session.execute(
            trip_readers.meetings(
                which,
                m.timezone,
                m.venue_name,
                m.venue_address,
                m.venue_city,
                m.online_url,
                m.objectives,
                m.talking_points,
                m.notes,
                m.private_notes,
                _table(model.Stop).c.country.label("stop_country"),
            )
        )
    )


def _table(entity: type[model.Base]) -> Table:
    """The entity's table: a SELECT of mapped classes' attributes would first configure every
    mapper of the model (about a tenth of ``planner ics``), and this read loads no object."""
    return cast(Table, entity.__table__)
