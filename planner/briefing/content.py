"""What goes into a briefing pack, read from the store in one go.

The trip comes from :func:`planner.trips.load_trip`, which loads every relationship, so the
pack can be laid out after the session has closed (on a worker thread of the window, say).
The problems come from the feasibility checks, for the internal edition's appendix. Everything
else here is derived: the meetings in time order, who belongs to the delegation, and the
people and organizations the delegation meets, each listed once.

Seating plans need each attendee's side, role and rank, read by :mod:`planner.protocol` in its
own few queries rather than worked out again from the loaded objects. A personal pack is the
same pack narrowed to one person: their meetings (at the main venue or a branch venue), the
people and organizations met there, and the problems that concern those meetings.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import calendar_ics, checks, localtime, model, names, protocol, trips
from planner.errors import NotFound, PlannerError
from planner.ranks import RankKey, rank_key


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
    """In order of precedence (:mod:`planner.ranks`): rank, then head, members, interpreter,
    staff, press, security, each in the delegation's order."""
    counterparts: tuple[model.Person, ...]
    """The people the delegation meets (attendees, at branch venues too, signatories and the
    trip's contacts outside the delegation), in order of precedence in this trip."""
    organizations: tuple[model.Organization, ...]
    """Hosts, participating organizations, agreement parties, the trip's organizations and
    the organizations of the counterparts, by name."""
    first_day: dt.date | None
    last_day: dt.date | None
    attendance: Mapping[str, protocol.MeetingPeople] = field(
        default_factory=lambda: types.MappingProxyType({})
    )
    """Each meeting's attendees with side, role and rank, by meeting UUID."""
    person: model.Person | None = None
    """Whose personal pack this is; None for the whole trip's."""
    precedence: Mapping[int, RankKey] = field(default_factory=lambda: types.MappingProxyType({}))
    """Each person's key in the one order of precedence, by person id."""

    def in_order(self, people: Iterable[model.Person]) -> list[model.Person]:
        """``people`` in the order of precedence, as every list of the pack shows them."""
        return sorted(people, key=lambda p: self.precedence.get(p.id) or _unlisted(p))

    branches: Mapping[str, model.BranchVenue] = field(
        default_factory=lambda: types.MappingProxyType({})
    )
    """In a personal pack, the branch venue the reader joins each meeting from, by meeting
    UUID (absent: the reader is at the meeting's own venue)."""

    @property
    def delegate_ids(self) -> frozenset[int]:
        return frozenset(member.person_id for member in self.delegation)

    @property
    def home(self) -> str:
        return self.trip.home_timezone

    @property
    def travelling(self) -> bool:
        """Whether the reader travels with the delegation (everyone, in the whole trip's
        pack): only then does the pack print its lodging, transfers and overview."""
        return self.person is None or self.person.id in self.delegate_ids

    def zone_of(self, m: model.Meeting) -> str:
        """The zone the reader lives the meeting in: their branch venue's, or the meeting's."""
        branch = self.branches.get(m.uuid)
        return branch.timezone if branch is not None else m.timezone


def read_pack(
    session: Session,
    trip_uuid: str,
    *,
    problems: bool = True,
    language: str = "en",
    person_uuid: str | None = None,
) -> Pack:
    """Read the trip ``trip_uuid`` (and, when ``problems``, check it, worded in ``language``),
    for everyone or, with ``person_uuid``, for that person; :class:`NotFound` when the trip no
    longer exists."""
    trip_id = session.scalar(select(model.Trip.id).where(model.Trip.uuid == trip_uuid))
    if trip_id is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    trip = trips.load_trip(session, trip_id)
    found = tuple(checks.check_trip(session, trip_uuid, language=language)) if problems else ()
    attendance = protocol.trip_people(session, trip_uuid)
    return make_pack(trip, found, attendance=attendance, person_uuid=person_uuid)


def make_pack(
    trip: model.Trip,
    problems: tuple[checks.Problem, ...] = (),
    *,
    attendance: Mapping[str, protocol.MeetingPeople] | None = None,
    person_uuid: str | None = None,
) -> Pack:
    """The pack of a trip already loaded with :func:`planner.trips.load_trip`; with
    ``person_uuid``, that person's own pack."""
    meetings = sorted(trip.meetings, key=lambda m: (m.start, m.position))
    transfers = sorted(trip.transfers, key=lambda t: (t.depart, t.position))
    precedence = trip_precedence(trip)
    delegation = sorted(trip.delegation, key=lambda d: precedence[d.person_id])
    delegates = {member.person_id for member in delegation}
    person = _person(trip, meetings, person_uuid)
    branches: dict[str, model.BranchVenue] = {}
    if person is not None:
        places = {m.uuid: _place(m, person.id) for m in meetings}
        meetings = [m for m in meetings if places[m.uuid] is not None]
        branches = {
            uuid: place.branch
            for uuid, place in places.items()
            if place is not None and place.branch is not None
        }
        if person.id not in delegates:
            transfers = []
        problems = _concerning(problems, {m.uuid for m in meetings}, person.id in delegates)

    people: dict[int, model.Person] = {}
    orgs: dict[int, model.Organization] = {}

    # Whom a delegate meets is the counterparts; whom a counterpart meets is everyone else.
    skip = delegates if person is None or person.id in delegates else set()
    if person is not None:
        skip = skip | {person.id}

    def add_person(p: model.Person | None) -> None:
        if p is not None and p.id not in skip:
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
            add_person(p)
        for branch in m.branch_venues:
            org(branch.host)
            for link in branch.attendee_links:
                add_person(link.person)
        if m.agreement is not None:
            for party in m.agreement.party_links:
                org(party.organization)
            for signatory in m.agreement.signatory_links:
                add_person(signatory.person)
    if person is None:
        for trip_person in trip.people_links:
            add_person(trip_person.person)
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
        counterparts=tuple(
            sorted(people.values(), key=lambda p: precedence.get(p.id) or _unlisted(p))
        ),
        organizations=tuple(sorted(orgs.values(), key=_organization_order)),
        first_day=min(days) if days else None,
        last_day=max(days) if days else None,
        attendance=types.MappingProxyType(dict(attendance or {})),
        person=person,
        precedence=types.MappingProxyType(precedence),
        branches=types.MappingProxyType(branches),
    )


def trip_precedence(trip: model.Trip) -> dict[int, RankKey]:
    """The key of everyone the trip lists in the one order of precedence: members by their
    delegation rank, role and place, the others by their rank and place in this trip."""
    keys = {
        link.person_id: rank_key(link.precedence, _name_key(link.person), None, link.position)
        for link in trip.people_links
    }
    for member in trip.delegation:
        keys[member.person_id] = rank_key(
            member.precedence, _name_key(member.person), member.role, member.position
        )
    return keys


def _unlisted(p: model.Person) -> RankKey:
    return rank_key(None, _name_key(p))


def _person(
    trip: model.Trip, meetings: list[model.Meeting], uuid: str | None
) -> model.Person | None:
    """The person ``uuid`` among everyone the trip involves; an error if not there."""
    if uuid is None:
        return None
    everyone = [d.person for d in trip.delegation] + [link.person for link in trip.people_links]
    for m in meetings:
        everyone += m.attendees
        everyone += [link.person for b in m.branch_venues for link in b.attendee_links]
    found = next((p for p in everyone if p.uuid == uuid), None)
    if found is None:
        raise PlannerError(f"the person {uuid} is not part of the trip {trip.title!r}")
    return found


def _place(m: model.Meeting, person_id: int) -> calendar_ics.Place[model.BranchVenue] | None:
    """Where the person attends ``m``, decided as their calendar decides it."""
    return calendar_ics.place_of(
        person_id,
        {link.person_id for link in m.attendee_links},
        ((b, {link.person_id for link in b.attendee_links}) for b in m.branch_venues),
    )


def _concerning(
    problems: tuple[checks.Problem, ...], meetings: set[str], delegate: bool
) -> tuple[checks.Problem, ...]:
    """The problems of the person's meetings, and the trip's own (travel, lodging) for a
    delegate, who travels with it."""
    return tuple(
        p
        for p in problems
        if meetings.intersection(p.meeting_uuids) or (delegate and not p.meeting_uuids)
    )


def _name_key(p: model.Person) -> tuple[str, ...]:
    return names.sort_key(p.family_name, p.given_name, p.native_name)


def _organization_order(o: model.Organization) -> tuple[tuple[str, str], int]:
    return names.organization_sort_key(o.name), o.id
