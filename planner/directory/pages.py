"""A person's or an organization's page: the office's memory of one partner.

The page answers "when did we last meet them, and on which trip?", so meetings and trips come
newest first, and a trip counts when the person was its contact, in its delegation or at one of
its meetings (at a branch venue too). Plain frozen values, a fixed number of queries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from planner import model
from planner.directory import listing
from planner.directory.listing import OrganizationEntry, PersonEntry
from planner.errors import NotFound
from planner.trips import trip_days


@dataclass(frozen=True)
class MeetingLine:
    uuid: str
    trip_uuid: str
    trip_title: str
    title: str
    start: dt.datetime
    """UTC."""
    timezone: str
    city: str
    kind: str | None
    status: str | None


@dataclass(frozen=True)
class TripLine:
    uuid: str
    title: str
    first_day: dt.date | None
    role: str | None
    """The person's role in the trip's delegation, None when they were not a delegate."""


@dataclass(frozen=True)
class PersonPage:
    entry: PersonEntry
    notes: str | None
    meetings: tuple[MeetingLine, ...]
    """Newest first."""
    trips: tuple[TripLine, ...]
    """Newest first day first; trips without stops last."""


@dataclass(frozen=True)
class OrganizationPage:
    entry: OrganizationEntry
    notes: str | None
    people: tuple[PersonEntry, ...]
    meetings: tuple[MeetingLine, ...]
    """Hosted (here or at a branch venue) or taking part; newest first."""


def person_page(session: Session, uuid: str) -> PersonPage:
    found = session.execute(
        select(model.Person.id, model.Person.notes).where(model.Person.uuid == uuid)
    ).one_or_none()
    if found is None:
        raise NotFound(f"the person {uuid} no longer exists")
    person_id, notes = found
    (entry,) = listing.person_entries(session, model.Person.id == person_id)
    seen = listing.attendance()
    meeting_ids = select(seen.c[1]).where(seen.c[0] == person_id)
    meetings = _meeting_lines(session, meeting_ids)
    trip_ids = union(
        select(model.TripPerson.trip_id).where(model.TripPerson.person_id == person_id),
        select(model.DelegationMember.trip_id).where(model.DelegationMember.person_id == person_id),
        select(model.Meeting.trip_id).where(model.Meeting.id.in_(meeting_ids)),
    )
    roles = {
        trip_id: role
        for trip_id, role in session.execute(
            select(model.DelegationMember.trip_id, model.DelegationMember.role).where(
                model.DelegationMember.person_id == person_id
            )
        )
    }
    stops: dict[int, list[tuple[dt.datetime | None, dt.datetime | None, str]]] = {}
    for trip_id, arrive, depart, zone in session.execute(
        select(model.Stop.trip_id, model.Stop.arrive, model.Stop.depart, model.Stop.timezone).where(
            model.Stop.trip_id.in_(trip_ids)
        )
    ):
        stops.setdefault(trip_id, []).append((arrive, depart, zone))
    trips = []
    for trip_id, trip_uuid, title in session.execute(
        select(model.Trip.id, model.Trip.uuid, model.Trip.title).where(model.Trip.id.in_(trip_ids))
    ):
        first, _last = trip_days(stops.get(trip_id, []))
        trips.append(TripLine(trip_uuid, title, first, roles.get(trip_id)))
    trips.sort(key=lambda t: (t.first_day is None, -(t.first_day or dt.date.min).toordinal()))
    return PersonPage(entry=entry, notes=notes, meetings=meetings, trips=tuple(trips))


def organization_page(session: Session, uuid: str) -> OrganizationPage:
    found = session.execute(
        select(model.Organization.id, model.Organization.notes).where(
            model.Organization.uuid == uuid
        )
    ).one_or_none()
    if found is None:
        raise NotFound(f"the organization {uuid} no longer exists")
    org_id, notes = found
    (entry,) = listing.organization_entries(session, model.Organization.id == org_id)
    people = listing.person_entries(session, model.Person.organization_id == org_id)
    taking_part = listing.organization_meetings()
    meetings = _meeting_lines(session, select(taking_part.c[1]).where(taking_part.c[0] == org_id))
    return OrganizationPage(entry=entry, notes=notes, people=tuple(people), meetings=meetings)


def _meeting_lines(session: Session, meeting_ids: Any) -> tuple[MeetingLine, ...]:
    query = (
        select(
            model.Meeting.uuid,
            model.Trip.uuid,
            model.Trip.title,
            model.Meeting.title,
            model.Meeting.start,
            model.Meeting.timezone,
            model.Stop.city,
            model.Meeting.kind,
            model.Meeting.status,
        )
        .join(model.Trip, model.Trip.id == model.Meeting.trip_id)
        .join(model.Stop, model.Stop.id == model.Meeting.stop_id)
        .where(model.Meeting.id.in_(meeting_ids))
        .order_by(model.Meeting.start.desc(), model.Meeting.id.desc())
    )
    return tuple(MeetingLine(*row) for row in session.execute(query))
