"""Trip-level operations shared by the command line and the window.

Each function takes a session and leaves its lifetime (and so the transaction) to the caller,
as SQLAlchemy recommends for GUI applications: one session per user action.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from planner import localtime, model, tripfile
from planner.errors import NotFound, PlannerError


@dataclass(frozen=True)
class TripSummary:
    id: int
    uuid: str
    title: str
    status: str | None
    first_day: dt.date | None
    last_day: dt.date | None
    stops: int
    meetings: int


def import_trip(session: Session, path: Path) -> model.Trip:
    """Add the trip in ``path`` to the session (the caller's transaction commits it)."""
    trip = tripfile.read_trip_file(path)
    session.add(trip)
    session.flush()
    return trip


def trip_days(
    stops: list[tuple[dt.datetime | None, dt.datetime | None, str]],
) -> tuple[dt.date | None, dt.date | None]:
    """First and last local day of a trip from its stops' (arrive, depart, zone)."""
    days = [
        localtime.local_date(instant, zone)
        for arrive, depart, zone in stops
        for instant in (arrive, depart)
        if instant is not None
    ]
    return (min(days), max(days)) if days else (None, None)


def list_trips(session: Session) -> list[TripSummary]:
    """Every trip with its first and last local day, newest first day first."""
    meeting_counts = dict(
        session.execute(
            select(model.Meeting.trip_id, func.count()).group_by(model.Meeting.trip_id)
        ).all()
    )
    stops_by_trip: dict[int, list[tuple[dt.datetime | None, dt.datetime | None, str]]] = {}
    for trip_id, arrive, depart, zone in session.execute(
        select(model.Stop.trip_id, model.Stop.arrive, model.Stop.depart, model.Stop.timezone)
    ):
        stops_by_trip.setdefault(trip_id, []).append((arrive, depart, zone))
    summaries = []
    for trip_id, uuid, title, status in session.execute(
        select(model.Trip.id, model.Trip.uuid, model.Trip.title, model.Trip.status)
    ):
        stops = stops_by_trip.get(trip_id, [])
        first, last = trip_days(stops)
        summaries.append(
            TripSummary(
                trip_id,
                uuid,
                title,
                status,
                first,
                last,
                len(stops),
                meeting_counts.get(trip_id, 0),
            )
        )
    summaries.sort(key=lambda s: (s.first_day or dt.date.max, s.id))
    return summaries


def find_trip_id(session: Session, ref: str) -> int:
    """The id of the trip named by ``ref``: its id, its UUID, or its exact title."""
    text = ref.strip()
    if text.isdigit():
        found = session.get(model.Trip, int(text))
        if found is not None:
            return found.id
    by_uuid = session.scalar(select(model.Trip.id).where(model.Trip.uuid == text))
    if by_uuid is not None:
        return by_uuid
    ids = session.scalars(select(model.Trip.id).where(model.Trip.title == ref)).all()
    if len(ids) > 1:
        raise PlannerError(
            f"{len(ids)} trips are titled {ref!r} (ids {', '.join(map(str, ids))}); "
            "name one by its id"
        )
    if not ids:
        raise NotFound(f"no trip has the id or title {ref!r} (`planner trips` lists them)")
    return ids[0]


def load_trip(session: Session, trip_id: int) -> model.Trip:
    """The trip with everything it holds, loaded in a fixed number of queries."""
    meeting = model.Trip.meetings
    trip = session.scalars(
        select(model.Trip)
        .where(model.Trip.id == trip_id)
        .options(
            selectinload(model.Trip.organizer),
            selectinload(model.Trip.organization_links).selectinload(
                model.TripOrganization.organization
            ),
            selectinload(model.Trip.people_links)
            .selectinload(model.TripPerson.person)
            .selectinload(model.Person.organization),
            selectinload(model.Trip.delegation).selectinload(model.DelegationMember.person),
            selectinload(model.Trip.stops),
            selectinload(model.Trip.transfers).selectinload(model.Transfer.from_stop),
            selectinload(model.Trip.transfers).selectinload(model.Transfer.to_stop),
            selectinload(meeting).selectinload(model.Meeting.stop),
            selectinload(meeting).selectinload(model.Meeting.host),
            selectinload(meeting)
            .selectinload(model.Meeting.organization_links)
            .selectinload(model.MeetingOrganization.organization),
            selectinload(meeting)
            .selectinload(model.Meeting.attendee_links)
            .selectinload(model.MeetingAttendee.person),
            selectinload(meeting)
            .selectinload(model.Meeting.branch_venues)
            .selectinload(model.BranchVenue.attendee_links)
            .selectinload(model.BranchAttendee.person),
            selectinload(meeting)
            .selectinload(model.Meeting.agreement)
            .selectinload(model.Agreement.party_links)
            .selectinload(model.AgreementParty.organization),
            selectinload(meeting)
            .selectinload(model.Meeting.agreement)
            .selectinload(model.Agreement.signatory_links)
            .selectinload(model.AgreementSignatory.person),
            selectinload(meeting).selectinload(model.Meeting.follow_ups),
            selectinload(model.Trip.gifts),
        )
    ).one_or_none()
    if trip is None:
        raise NotFound(f"no trip has the id {trip_id}")
    return trip


def export_trip(session: Session, trip_id: int, path: Path) -> None:
    tripfile.write_trip_file(load_trip(session, trip_id), path)
