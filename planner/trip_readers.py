"""The SELECTs every read of one trip shares: its people, stops, transfers, meetings, branch
venues and who attends them.

The calendar, the checks, the protocol and the window's tables each read a trip into rows of
their own, in a fixed number of queries whatever its size. Their rows differ, but the tables,
joins and order beneath them are the same, so they are written once here as ``Select``
objects: each function's first columns are the ones every reader uses, and a reader passes
the columns only it shows as ``columns`` (or adds a join). A meeting's filter, ``which``, is
:func:`of_trip` for a whole trip or ``model.Meeting.id == ...`` for one meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, case, select, union

from planner import tables

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# The tables, not the mapped classes: a statement naming a mapped class first configures every
# mapper of the model (about 150 ms of `planner check`), these reads build no object, and the
# window shows a trip without declaring the model at all (planner.tables).
# A caller may still pass mapped attributes as ``columns``; its statement is then the ORM's.
_person = tables.person
_meeting = tables.meeting
_stop = tables.stop
_organization = tables.organization
_member = tables.delegation_member
_link = tables.trip_person
_attendee = tables.meeting_attendee
_branch = tables.branch_venue
_branch_attendee = tables.branch_attendee
_transfer = tables.transfer

NAMES = (
    _person.c.uuid,
    _person.c.family_name,
    _person.c.given_name,
    _person.c.native_name,
)
"""What :mod:`planner.names` needs to name a person, with the UUID that identifies them."""
RANKED = (
    _person.c.id,
    *NAMES,
    _person.c.honorific,
    _person.c.position,
)
"""A person as protocol ranks and seats them (their organization apart; the rank is the
trip's, :func:`trip_links`)."""

_Select = Select[*tuple[Any, ...]]


def of_trip(trip_id: int) -> ColumnElement[bool]:
    """The ``which`` of every meeting of a trip."""
    return _meeting.c.trip_id == trip_id


def involved_people(trip_id: int, *, contacts: bool = False) -> CompoundSelect[Any]:
    """Ids of everyone a trip involves: its delegation and everyone attending its meetings,
    also at branch venues, and with ``contacts`` the trip's linked contacts too."""
    meeting_ids = select(_meeting.c.id).where(of_trip(trip_id))
    branch_ids = select(_branch.c.id).where(_branch.c.meeting_id.in_(meeting_ids))
    parts = [
        select(_member.c.person_id).where(_member.c.trip_id == trip_id),
        select(_attendee.c.person_id).where(_attendee.c.meeting_id.in_(meeting_ids)),
        select(_branch_attendee.c.person_id).where(
            _branch_attendee.c.branch_venue_id.in_(branch_ids)
        ),
    ]
    if contacts:
        parts.insert(0, select(_link.c.person_id).where(_link.c.trip_id == trip_id))
    return union(*parts)


def trip_links(trip_id: int) -> _Select:
    """Each linked person's side and rank in this trip (``person_id``, ``side``,
    ``precedence``, ``position``), in the trip's order."""
    t = _link.c
    return (
        select(t.person_id, t.side, t.precedence, t.position)
        .where(t.trip_id == trip_id)
        .order_by(t.position)
    )


def people(trip_id: int, *columns: Any, contacts: bool = False) -> _Select:
    """Everyone :func:`involved_people` names: ``id``, :data:`NAMES`, ``role``, the role in
    the trip's delegation (None for a counterpart), ``rank`` and ``listed``, the rank and
    place in the trip's lists that :func:`planner.ranks.rank_key` orders by."""
    member, link = _member.c, _link.c
    is_member = member.id.is_not(None)
    return (
        select(
            _person.c.id,
            *NAMES,
            member.role,
            case((is_member, member.precedence), else_=link.precedence).label("rank"),
            case((is_member, member.position), else_=link.position).label("listed"),
            *columns,
        )
        .select_from(_person)
        .outerjoin(_member, and_(member.person_id == _person.c.id, member.trip_id == trip_id))
        .outerjoin(_link, and_(link.person_id == _person.c.id, link.trip_id == trip_id))
        .where(_person.c.id.in_(involved_people(trip_id, contacts=contacts)))
    )


def with_organization(query: _Select) -> _Select:
    """``query``, which selects people, with each one's organization's name as
    ``organization`` (None for a person of no organization)."""
    return query.add_columns(_organization.c.name.label("organization")).outerjoin(
        _organization, _organization.c.id == _person.c.organization_id
    )


def person_columns(*columns: Any) -> _Select:
    """A person as protocol sees them, after ``columns``: :data:`RANKED` and organization."""
    return with_organization(select(*columns, *RANKED).select_from(_person))


def stops(trip_id: int, *columns: Any) -> _Select:
    """The trip's stops in its order, with their times, zone and where the delegation sleeps."""
    s = _stop.c
    return (
        select(
            s.id,
            s.uuid,
            s.city,
            s.country,
            s.timezone,
            s.arrive,
            s.depart,
            s.lodging_name,
            s.lodging_address,
            *columns,
        )
        .where(s.trip_id == trip_id)
        .order_by(s.position)
    )


def transfers(trip_id: int, *columns: Any) -> _Select:
    """The trip's transfers by departure, with both stops' UUIDs and cities (None at an end
    without a stop: a leg from or to home), and their places (airports, stations)."""
    origin, target = _stop.alias(), _stop.alias()
    t = _transfer.c
    return (
        select(
            t.from_stop_id,
            t.uuid,
            t.mode,
            t.carrier,
            t.number,
            t.depart,
            t.depart_timezone,
            t.arrive,
            t.arrive_timezone,
            origin.c.uuid.label("from_uuid"),
            origin.c.city.label("from_city"),
            target.c.uuid.label("to_uuid"),
            target.c.city.label("to_city"),
            t.from_place,
            t.to_place,
            *columns,
        )
        .outerjoin(origin, origin.c.id == t.from_stop_id)
        .outerjoin(target, target.c.id == t.to_stop_id)
        .where(t.trip_id == trip_id)
        .order_by(t.depart, t.position)
    )


def meetings(which: ColumnElement[bool], *columns: Any) -> _Select:
    """Meetings by start (then the user's order), each with its stop (``stop_uuid``,
    ``stop_city``, ``stop_zone``) and its host organization's name (``host``)."""
    m = _meeting.c
    return (
        select(
            m.id,
            m.uuid,
            m.title,
            m.kind,
            m.status,
            m.start,
            m.end,
            _stop.c.uuid.label("stop_uuid"),
            _stop.c.city.label("stop_city"),
            _stop.c.timezone.label("stop_zone"),
            _organization.c.name.label("host"),
            *columns,
        )
        .select_from(_meeting)
        .join(_stop, _stop.c.id == m.stop_id)
        .outerjoin(_organization, _organization.c.id == m.host_id)
        .where(which)
        .order_by(m.start, m.position)
    )


def attendees(which: ColumnElement[bool], *columns: Any) -> _Select:
    """Who attends each meeting at its main venue: ``meeting_id`` and ``person_id`` with the
    person's ``columns``, by meeting, then in the user's order."""
    a = _attendee.c
    return (
        select(a.meeting_id, a.person_id, *columns)
        .select_from(_attendee)
        .join(_meeting, _meeting.c.id == a.meeting_id)
        .join(_person, _person.c.id == a.person_id)
        .where(which)
        .order_by(a.meeting_id, a.position)
    )


def branch_attendees(which: ColumnElement[bool], *columns: Any) -> _Select:
    """Who joins each meeting from a branch venue: ``meeting_id``, ``branch_id``,
    ``branch`` (the venue's name) and ``person_id`` with the person's ``columns``, by meeting,
    branch venue, then in the user's order."""
    a, b = _branch_attendee.c, _branch.c
    return (
        select(
            b.meeting_id,
            a.branch_venue_id.label("branch_id"),
            b.name.label("branch"),
            a.person_id,
            *columns,
        )
        .select_from(_branch_attendee)
        .join(_branch, b.id == a.branch_venue_id)
        .join(_meeting, _meeting.c.id == b.meeting_id)
        .join(_person, _person.c.id == a.person_id)
        .where(which)
        .order_by(b.meeting_id, b.position, a.position)
    )


def branches(which: ColumnElement[bool], *columns: Any) -> _Select:
    """The branch venues of each meeting, by meeting, then in the user's order."""
    b = _branch.c
    return (
        select(b.id, b.meeting_id, b.uuid, b.name, b.city, b.country, b.timezone, *columns)
        .select_from(_branch)
        .join(_meeting, _meeting.c.id == b.meeting_id)
        .where(which)
        .order_by(b.meeting_id, b.position)
    )


def attendee_uuids(
    session: Session | Connection,
    which: ColumnElement[bool],
    uuid_of: Mapping[int, str],
    roles: dict[int, dict[str, str]] | None = None,
    answers: dict[int, dict[str, str]] | None = None,
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Attendees' UUIDs in the user's order, in two queries: at the main venue by meeting id,
    and at branch venues by branch venue id. With ``roles``, also each main-venue attendee's
    role in the meeting other than ``participant``, by meeting id, then person UUID; with
    ``answers`` likewise their answers to the invitation (those who answered)."""
    main: dict[int, list[str]] = {}
    a = _attendee.c
    for row in session.execute(attendees(which, a.role, a.answer)):
        uuid = uuid_of[row.person_id]
        main.setdefault(row.meeting_id, []).append(uuid)
        if roles is not None and row.role != "participant":
            roles.setdefault(row.meeting_id, {})[uuid] = row.role
        if answers is not None and row.answer is not None:
            answers.setdefault(row.meeting_id, {})[uuid] = row.answer
    branch: dict[int, list[str]] = {}
    for row in session.execute(branch_attendees(which)):
        branch.setdefault(row.branch_id, []).append(uuid_of[row.person_id])
    return main, branch
