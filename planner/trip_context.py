"""What a trip's editors offer: its stops, legs, people and organizations as choices.

The window reads this when it shows a trip (the actions, the clock) and before every editor, so
it is read over the tables of :mod:`planner.tables` in five queries: no ORM object, no mapper
configured, and the model is not even declared until something is edited.

The people (:func:`person_choices`): the meeting editor's attendee picker groups a trip's
people by side and organization and shows each side's head first. Who is on which side and who
ranks where are facts of the store (the delegation's rows, the trip's links) and of one rule
(:mod:`planner.ranks`), so they are read and ordered here, in one query, and the window only
groups what it is given. Everyone the trip involves is offered: its linked contacts, its
delegation (a member added from the office's directory is not a linked contact) and anyone
already attending one of its meetings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from planner import names, ranks, tables, trip_readers, vocab
from planner.errors import NotFound
from planner.records import Choice, PersonChoice, StopChoice, TripContext

if TYPE_CHECKING:  # read on a Core connection (Store.reading) as well as in a session
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

DELEGATION, HOST = "delegation", "host"
HEAD = "head"
SIDE_ORDER = {side: index for index, side in enumerate(vocab.TRIP_SIDES)}


def person_choices(session: Session | Connection, trip_id: int) -> tuple[PersonChoice, ...]:
    """The trip's people: the delegation, then the host side, then third parties; within a
    side in order of precedence, the head first even where an explicit rank puts them lower
    (a side is led by its head, :mod:`planner.protocol.precedence`)."""
    query = trip_readers.with_organization(
        trip_readers.people(trip_id, tables.trip_person.c.side, contacts=True)
    ).add_columns(tables.organization.c.uuid.label("organization_uuid"))
    keyed = []
    for row in session.execute(query):
        side = DELEGATION if row.role is not None else (row.side or HOST)
        choice = PersonChoice(
            uuid=row.uuid,
            label=names.display_name(row.family_name, row.given_name, row.native_name),
            side=side,
            organization=row.organization or "",
            organization_uuid=row.organization_uuid,
            role=row.role,
        )
        sort_key = names.sort_key(row.family_name, row.given_name, row.native_name)
        key = ranks.rank_key(row.rank, sort_key, row.role, row.listed)
        keyed.append((SIDE_ORDER.get(side, len(SIDE_ORDER)), key, choice))
    keyed.sort(key=lambda entry: entry[:2])
    ordered = [choice for _side, _key, choice in keyed]
    heads = [c for c in ordered if c.role == HEAD]
    if heads:
        ordered.remove(heads[0])
        ordered.insert(0, heads[0])  # the delegation comes first, so its head leads the list
    return tuple(ordered)


def trip_context(session: Session | Connection, trip_uuid: str) -> TripContext:
    """The trip's stops, people (by side and rank: :func:`person_choices`) and organizations
    as choices for its editors.

    Read in five queries whatever the trip's size: the window asks for it when a trip opens
    and before every editor, and walking the ORM links cost a SELECT per organization."""
    # The tables, not the mapped classes: the window asks for this as it shows a trip, and an
    # ORM statement would first configure every mapper of the model (about 150 ms at start).
    trip, org, link = (
        tables.trip.c,
        tables.organization.c,
        tables.trip_organization.c,
    )
    found = session.execute(
        select(trip.id, trip.title, trip.home_timezone).where(trip.uuid == trip_uuid)
    ).one_or_none()
    if found is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    organizations = session.execute(
        select(org.uuid, org.name)
        .select_from(tables.trip_organization)
        .join(tables.organization, link.organization_id == org.id)
        .where(link.trip_id == found.id)
        .order_by(link.position)
    )
    stops = session.execute(trip_readers.stops(found.id))
    transfer = tables.transfer
    origin, destination = tables.stop.alias(), tables.stop.alias()
    legs = tuple(
        (leg.origin, leg.destination)
        for leg in session.execute(
            select(origin.c.uuid.label("origin"), destination.c.uuid.label("destination"))
            .select_from(transfer)
            .outerjoin(origin, origin.c.id == transfer.c.from_stop_id)
            .outerjoin(destination, destination.c.id == transfer.c.to_stop_id)
            .where(transfer.c.trip_id == found.id)
            .order_by(transfer.c.position)
        )
    )
    return TripContext(
        trip_uuid=trip_uuid,
        title=found.title,
        home_timezone=found.home_timezone,
        stops=tuple(StopChoice(s.uuid, s.city, s.timezone, s.arrive, s.depart) for s in stops),
        people=person_choices(session, found.id),
        organizations=tuple(Choice(o.uuid, o.name) for o in organizations),
        legs=legs,
    )
