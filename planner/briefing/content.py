"""What goes into a briefing pack, read from the store in one go.

The trip comes from :func:`planner.trips.load_trip`, which loads every relationship, so the
pack can be laid out after the session has closed (on a worker thread of the window, say).
The problems come from the feasibility checks, for the internal edition's appendix. Everything
else here is derived: the meetings in time order, who belongs to the delegation, and the
people and organizations the delegation meets, each listed once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import checks, localtime, model, names, trips
from planner.errors import NotFound


@dataclass(frozen=True)
class Pack:
    """The trip as the pack prints it; ORM objects fully loaded, read-only from here on."""

    trip: model.Trip
    problems: tuple[checks.Problem, ...]
    meetings: tuple[model.Meeting, ...]
    """By start instant, then in the user's order."""
    transfers: tuple[model.Transfer, ...]
    """By departure."""
    delegation: tuple[model.DelegationMember, ...]
    """By precedence (1 first), then in the user's order."""
    counterparts: tuple[model.Person, ...]
    """The people the delegation meets (attendees, at branch venues too, signatories and the
    trip's contacts outside the delegation), by family name."""
    organizations: tuple[model.Organization, ...]
    """Hosts, participating organizations, agreement parties, the trip's organizations and
    the organizations of the counterparts, by name."""
    first_day: dt.date | None
    last_day: dt.date | None

    @property
    def delegate_ids(self) -> frozenset[int]:
        return frozenset(member.person_id for member in self.delegation)

    @property
    def home(self) -> str:
        return self.trip.home_timezone


def read_pack(
    session: Session, trip_uuid: str, *, problems: bool = True, language: str = "en"
) -> Pack:
    """Read the trip ``trip_uuid`` (and, when ``problems``, check it, worded in ``language``);
    :class:`NotFound` when it no longer exists."""
    trip_id = session.scalar(select(model.Trip.id).where(model.Trip.uuid == trip_uuid))
    if trip_id is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    trip = trips.load_trip(session, trip_id)
    found = tuple(checks.check_trip(session, trip_uuid, language=language)) if problems else ()
    return make_pack(trip, found)


def make_pack(trip: model.Trip, problems: tuple[checks.Problem, ...] = ()) -> Pack:
    """The pack of a trip already loaded with :func:`planner.trips.load_trip`."""
    meetings = sorted(trip.meetings, key=lambda m: (m.start, m.position))
    transfers = sorted(trip.transfers, key=lambda t: (t.depart, t.position))
    delegation = sorted(
        trip.delegation, key=lambda d: (d.precedence is None, d.precedence or 0, d.position)
    )
    delegates = {member.person_id for member in delegation}

    people: dict[int, model.Person] = {}
    orgs: dict[int, model.Organization] = {}

    def person(p: model.Person | None) -> None:
        if p is not None and p.id not in delegates:
            people.setdefault(p.id, p)
            org(p.organization)

    def org(o: model.Organization | None) -> None:
        if o is not None:
            orgs.setdefault(o.id, o)

    for m in meetings:
        org(m.host)
        for o in m.organizations:
            org(o)
        for p in m.attendees:
            person(p)
        for branch in m.branch_venues:
            org(branch.host)
            for link in branch.attendee_links:
                person(link.person)
        if m.agreement is not None:
            for party in m.agreement.party_links:
                org(party.organization)
            for signatory in m.agreement.signatory_links:
                person(signatory.person)
    for trip_person in trip.people_links:
        person(trip_person.person)
    for org_link in trip.organization_links:
        org(org_link.organization)

    days = [
        localtime.local_date(instant, stop.timezone)
        for stop in trip.stops
        for instant in (stop.arrive, stop.depart)
        if instant is not None
    ]
    return Pack(
        trip=trip,
        problems=problems,
        meetings=tuple(meetings),
        transfers=tuple(transfers),
        delegation=tuple(delegation),
        counterparts=tuple(sorted(people.values(), key=_person_order)),
        organizations=tuple(sorted(orgs.values(), key=_organization_order)),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
    )


def _organization_order(o: model.Organization) -> tuple[tuple[str, str], int]:
    return names.organization_sort_key(o.name), o.id


def _person_order(p: model.Person) -> tuple[tuple[str, ...], int]:
    return names.sort_key(p.family_name, p.given_name, p.native_name), p.id
