"""Single edits of who is on which side of a trip, at which rank, and in which role at a meeting.

The Delegation panel and the attendee picker change one fact at a time: a counterpart moves
to the third-party side, gets a rank in this trip, or interprets at one meeting. Each function
here changes that one fact in the caller's transaction and returns what was there before, so
that an undo command writes it back with the same function (re-ranking a whole side is
:mod:`.ranking`, which also guards against a colleague's re-rank in between).

A delegation member's side is the delegation (their ``delegation_member`` row), so setting
another side for a member is refused; taking them out of the delegation is the Delegation
panel's own edit. A person the trip does not list yet is linked to it, unranked, on the host
side, before the change: every person a trip involves can then hold a side and a rank in it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model, vocab
from planner.errors import NotFound, PlannerError

HOST = "host"
PARTICIPANT = vocab.ATTENDEE_ROLES[0]


def set_side(session: Session, trip_uuid: str, person_uuid: str, side: str) -> str:
    """Put a counterpart on ``side`` (``host`` or ``third-party``) of the trip; the side
    they were on."""
    if side not in vocab.COUNTERPART_SIDES:
        raise PlannerError(f"side: {side!r} is not one of {', '.join(vocab.COUNTERPART_SIDES)}")
    link = _link(session, trip_uuid, person_uuid)
    if _is_member(session, link):
        raise PlannerError(f"side: {link.person.display_name} is in the delegation")
    previous, link.side = link.side, side
    session.flush()
    return previous


def set_rank(session: Session, trip_uuid: str, person_uuid: str, rank: int | None) -> int | None:
    """Give a counterpart the rank ``rank`` in this trip only (None: unranked); the rank
    they held. A member's rank is their delegation row's (the Delegation panel's edit)."""
    if rank is not None and rank < 1:
        raise PlannerError("precedence: starts at 1")
    link = _link(session, trip_uuid, person_uuid)
    if _is_member(session, link):
        raise PlannerError(f"precedence: {link.person.display_name} is in the delegation")
    previous, link.precedence = link.precedence, rank
    session.flush()
    return previous


def rank_in_trip(session: Session, trip_uuid: str, person_uuid: str) -> int | None:
    """The person's rank in this trip: a member's in the delegation, anyone else's among the
    trip's counterparts (None: unranked, or not in the trip)."""
    trip_id = session.scalar(select(model.Trip.id).where(model.Trip.uuid == trip_uuid))
    person_id = session.scalar(select(model.Person.id).where(model.Person.uuid == person_uuid))
    member = session.execute(
        select(model.DelegationMember.precedence).where(
            model.DelegationMember.trip_id == trip_id,
            model.DelegationMember.person_id == person_id,
        )
    ).one_or_none()
    if member is not None:
        rank: int | None = member.precedence
        return rank
    return session.scalar(
        select(model.TripPerson.precedence).where(
            model.TripPerson.trip_id == trip_id, model.TripPerson.person_id == person_id
        )
    )


def set_trip_rank(
    session: Session, trip_uuid: str, person_uuid: str, rank: int | None
) -> int | None:
    """Give the person ``rank`` in this trip, on whichever side they are (the one rule of
    :func:`rank_in_trip`: a member's rank is their delegation row's, and that row's version
    goes up, so the Delegation panel's open edit sees it); the rank they held."""
    if rank is not None and rank < 1:
        raise PlannerError("precedence: starts at 1")
    link = _link(session, trip_uuid, person_uuid)
    member = session.scalars(
        select(model.DelegationMember).where(
            model.DelegationMember.trip_id == link.trip_id,
            model.DelegationMember.person_id == link.person_id,
        )
    ).one_or_none()
    if member is None:
        return set_rank(session, trip_uuid, person_uuid, rank)
    previous = member.precedence
    if previous != rank:
        member.precedence = rank
        session.flush()
    return previous


def set_attendee_role(session: Session, meeting_uuid: str, person_uuid: str, role: str) -> str:
    """Give an attendee of the meeting's main venue ``role`` in it; the role they had.

    The meeting editor saves roles with the rest of the meeting (``MeetingRecord``'s
    ``attendee_roles``); this is the one-click change of a picker, and the meeting's version
    goes up with it, so an editor open on the meeting sees that it changed."""
    if role not in vocab.ATTENDEE_ROLES:
        raise PlannerError(f"role: {role!r} is not one of {', '.join(vocab.ATTENDEE_ROLES)}")
    found = session.execute(
        select(model.MeetingAttendee, model.Meeting)
        .join(model.Meeting, model.Meeting.id == model.MeetingAttendee.meeting_id)
        .join(model.Person, model.Person.id == model.MeetingAttendee.person_id)
        .where(model.Meeting.uuid == meeting_uuid, model.Person.uuid == person_uuid)
    ).one_or_none()
    if found is None:
        raise NotFound(f"the person {person_uuid} does not attend the meeting {meeting_uuid}")
    link, meeting = found
    previous = link.role
    if previous != role:
        link.role = role
        meeting.modified = dt.datetime.now(dt.UTC)
    session.flush()
    return previous


def _link(session: Session, trip_uuid: str, person_uuid: str) -> model.TripPerson:
    trip = session.scalars(select(model.Trip).where(model.Trip.uuid == trip_uuid)).one_or_none()
    if trip is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    person = session.scalars(
        select(model.Person).where(model.Person.uuid == person_uuid)
    ).one_or_none()
    if person is None:
        raise NotFound(f"the person {person_uuid} no longer exists")
    link = next((link for link in trip.people_links if link.person_id == person.id), None)
    if link is None:
        link = model.TripPerson(person=person, side=HOST, precedence=None)
        trip.people_links.append(link)
        session.flush()
    return link


def _is_member(session: Session, link: model.TripPerson) -> bool:
    found = session.scalar(
        select(model.DelegationMember.id).where(
            model.DelegationMember.trip_id == link.trip_id,
            model.DelegationMember.person_id == link.person_id,
        )
    )
    return found is not None
