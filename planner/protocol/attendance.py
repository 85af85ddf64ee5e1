"""Who attends a meeting, on which side, in which role and at which rank.

Seating and speaking order need, per attendee, three facts that live in different tables: the
side (a member of the trip's delegation, or a counterpart), the role (the delegation role;
counterparts have none in the trip file) and the rank within the side
(``delegation_member.precedence`` for the delegation, ``person.precedence`` for counterparts).
This module reads them in a fixed number of queries, for one meeting or a whole trip, and
returns frozen values that outlive the session, so a worker thread or the PDF can use them.

Which side hosts is read from the meeting's host organization: the delegation hosts when the
host is the trip's organizer or the organization of one of its members (Changzhou's mayor
receiving German partners at home); otherwise, and when no host is given, the counterparts
host, since a delegation usually travels to be received.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model, names, trip_readers
from planner.errors import NotFound

DELEGATION, COUNTERPART = "delegation", "counterpart"
SIDES = (DELEGATION, COUNTERPART)
HEAD, INTERPRETER = "head", "interpreter"
SILENT_ROLES = frozenset({INTERPRETER, "staff", "press", "security"})
"""Delegation roles that attend without speaking for the side."""


@dataclass(frozen=True)
class Attendee:
    """One person at a meeting, as protocol sees them."""

    uuid: str
    family_name: str
    side: str
    """:data:`DELEGATION` or :data:`COUNTERPART`."""
    given_name: str | None = None
    native_name: str | None = None
    honorific: str | None = None
    position: str | None = None
    organization: str | None = None
    role: str | None = None
    """The delegation role (``head``, ``interpreter``, ...); None for a counterpart."""
    rank: int | None = None
    """Precedence within the side, 1 first; None when unranked."""
    branch: str | None = None
    """The branch venue the person joins from; None at the main venue."""

    @property
    def name(self) -> str:
        return names.display_name(self.family_name, self.given_name, self.native_name)

    @property
    def sort_key(self) -> tuple[str, ...]:
        return names.sort_key(self.family_name, self.given_name, self.native_name)

    @property
    def is_interpreter(self) -> bool:
        return self.role == INTERPRETER

    @property
    def speaks(self) -> bool:
        """Whether the person may speak for the side (interpreters, staff, press and
        security do not)."""
        return self.role not in SILENT_ROLES


@dataclass(frozen=True)
class MeetingPeople:
    """A meeting's attendees, main venue first (in the user's order), then each branch venue's."""

    uuid: str
    title: str
    kind: str | None
    status: str | None
    host_side: str
    """The side whose organization hosts: :data:`DELEGATION` or :data:`COUNTERPART`."""
    attendees: tuple[Attendee, ...] = ()

    @property
    def guest_side(self) -> str:
        return COUNTERPART if self.host_side == DELEGATION else DELEGATION

    def side(self, side: str) -> tuple[Attendee, ...]:
        return tuple(a for a in self.attendees if a.side == side)


def trip_people(session: Session, trip_uuid: str) -> dict[str, MeetingPeople]:
    """Every meeting of the trip by UUID, in five queries; :class:`NotFound` for no such trip."""
    trip = session.execute(
        select(model.Trip.id, model.Trip.organizer_id).where(model.Trip.uuid == trip_uuid)
    ).one_or_none()
    if trip is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    return _read(session, trip.id, trip.organizer_id, None)


def meeting_people(session: Session, meeting_uuid: str) -> MeetingPeople:
    """One meeting's attendees, in five queries; :class:`NotFound` for no such meeting."""
    found = session.execute(
        select(model.Meeting.id, model.Meeting.trip_id, model.Trip.organizer_id)
        .join(model.Trip, model.Trip.id == model.Meeting.trip_id)
        .where(model.Meeting.uuid == meeting_uuid)
    ).one_or_none()
    if found is None:
        raise NotFound(f"the meeting {meeting_uuid} no longer exists")
    return _read(session, found.trip_id, found.organizer_id, found.id)[meeting_uuid]


def _read(
    session: Session, trip_id: int, organizer_id: int | None, meeting_id: int | None
) -> dict[str, MeetingPeople]:
    members: dict[int, tuple[str, int | None]] = {}
    hosting = {organizer_id} - {None}
    for person_id, role, precedence, organization_id in session.execute(
        select(
            model.DelegationMember.person_id,
            model.DelegationMember.role,
            model.DelegationMember.precedence,
            model.Person.organization_id,
        )
        .join(model.Person, model.Person.id == model.DelegationMember.person_id)
        .where(model.DelegationMember.trip_id == trip_id)
    ):
        members[person_id] = (role, precedence)
        if organization_id is not None:
            hosting.add(organization_id)

    which = model.Meeting.trip_id == trip_id
    if meeting_id is not None:
        which = model.Meeting.id == meeting_id
    people: dict[int, dict[int, Attendee]] = {}

    def add(meeting: int, row: Any, branch: str | None) -> None:
        role, rank = members.get(row.id, (None, row.precedence))
        found = people.setdefault(meeting, {})
        found.setdefault(
            row.id,
            Attendee(
                uuid=row.uuid,
                family_name=row.family_name,
                side=DELEGATION if row.id in members else COUNTERPART,
                given_name=row.given_name,
                native_name=row.native_name,
                honorific=row.honorific,
                position=row.position,
                organization=row.organization,
                role=role,
                rank=rank,
                branch=branch,
            ),
        )

    person = trip_readers.RANKED
    for row in session.execute(
        trip_readers.with_organization(trip_readers.attendees(which, *person))
    ):
        add(row.meeting_id, row, None)
    for row in session.execute(
        trip_readers.with_organization(trip_readers.branch_attendees(which, *person))
    ):
        add(row.meeting_id, row, row.branch)

    result: dict[str, MeetingPeople] = {}
    for m in session.execute(trip_readers.meetings(which, model.Meeting.host_id)):
        result[m.uuid] = MeetingPeople(
            uuid=m.uuid,
            title=m.title,
            kind=m.kind,
            status=m.status,
            host_side=DELEGATION if m.host_id is not None and m.host_id in hosting else COUNTERPART,
            attendees=tuple(people.get(m.id, {}).values()),
        )
    return result
