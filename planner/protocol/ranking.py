"""Reading and writing the order of rank of a trip's two sides.

A protocol officer reorders a side as a whole (drags a name up the list) and expects the ranks
to read 1, 2, 3 … afterwards, whatever they were before (gaps, ties, people without a rank).
So a reorder writes every rank of the side, and returns what was there before, ``None``
included, so that undo puts back exactly the old numbers rather than an order that merely
looks the same.

The delegation's rank is ``delegation_member.precedence`` (per trip); a counterpart's is
``person.precedence`` (the person's rank within their own side, as the trip file has it).
The counterparts of a trip are the people at its meetings, main or branch venue, who are not
members of its delegation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model, queries
from planner.errors import NotFound, PlannerError
from planner.protocol.attendance import COUNTERPART, DELEGATION, SIDES, Attendee, person_columns
from planner.protocol.precedence import ranked

Ranks = dict[str, int | None]
"""Person UUID to rank (None: unranked)."""


def trip_sides(session: Session, trip_uuid: str) -> dict[str, list[Attendee]]:
    """Both sides of the trip in order of rank: ``{DELEGATION: [...], COUNTERPART: [...]}``
    (three queries); :class:`NotFound` for no such trip."""
    trip_id = _trip_id(session, trip_uuid)
    members = {
        row.person_id: row
        for row in session.execute(
            select(
                model.DelegationMember.person_id,
                model.DelegationMember.role,
                model.DelegationMember.precedence,
            ).where(model.DelegationMember.trip_id == trip_id)
        )
    }
    involved = queries.involved_people(trip_id).subquery()
    people: dict[str, list[Attendee]] = {side: [] for side in SIDES}
    for row in session.execute(person_columns().where(model.Person.id.in_(select(involved)))):
        member = members.get(row.id)
        side = DELEGATION if member is not None else COUNTERPART
        people[side].append(
            Attendee(
                uuid=row.uuid,
                family_name=row.family_name,
                side=side,
                given_name=row.given_name,
                native_name=row.native_name,
                honorific=row.honorific,
                position=row.position,
                organization=row.organization,
                role=member.role if member is not None else None,
                rank=member.precedence if member is not None else row.precedence,
            )
        )
    return {side: ranked(found) for side, found in people.items()}


def set_ranks(session: Session, trip_uuid: str, side: str, person_uuids: Sequence[str]) -> Ranks:
    """Rank ``side`` of the trip 1..n in the order of ``person_uuids``; people of the side
    left out follow in their present order. Returns every rank it replaced (for
    :func:`restore_ranks`). A UUID that is not on that side of the trip is an error, and
    nothing is written."""
    sides = trip_sides(session, trip_uuid)
    if side not in sides:
        raise PlannerError(f"side: {side!r} is neither {DELEGATION!r} nor {COUNTERPART!r}")
    present = [a.uuid for a in sides[side]]
    strangers = [u for u in person_uuids if u not in present]
    if strangers:
        raise PlannerError(
            f"ranks: {', '.join(strangers)} is not on the {side} side of trip {trip_uuid}"
        )
    if len(set(person_uuids)) != len(person_uuids):
        raise PlannerError("ranks: a person is listed twice")
    order = [*person_uuids, *(u for u in present if u not in person_uuids)]
    rows = _rank_rows(session, trip_uuid, side, order)
    previous: Ranks = {uuid: row.precedence for uuid, row in rows.items()}
    for rank, uuid in enumerate(order, start=1):
        rows[uuid].precedence = rank
    session.flush()
    return previous


def restore_ranks(
    session: Session, trip_uuid: str, side: str, ranks: Mapping[str, int | None]
) -> None:
    """Give the people of ``side`` exactly the ranks in ``ranks`` (what :func:`set_ranks`
    returned); people who have left the side since are passed over."""
    rows = _rank_rows(session, trip_uuid, side, list(ranks), missing_ok=True)
    for uuid, rank in ranks.items():
        if uuid in rows:
            rows[uuid].precedence = rank
    session.flush()


# -- private helpers ---------------------------------------------------------------------------


def _trip_id(session: Session, trip_uuid: str) -> int:
    found = session.scalar(select(model.Trip.id).where(model.Trip.uuid == trip_uuid))
    if found is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    return found


def _rank_rows(
    session: Session, trip_uuid: str, side: str, uuids: list[str], *, missing_ok: bool = False
) -> dict[str, model.DelegationMember | model.Person]:
    """The rows whose ``precedence`` holds the rank of each person in ``uuids``."""
    trip_id = _trip_id(session, trip_uuid)
    rows: dict[str, model.DelegationMember | model.Person] = {}
    if side == DELEGATION:
        for member, uuid in session.execute(
            select(model.DelegationMember, model.Person.uuid)
            .join(model.Person, model.Person.id == model.DelegationMember.person_id)
            .where(model.DelegationMember.trip_id == trip_id, model.Person.uuid.in_(uuids))
        ):
            rows[uuid] = member
    else:
        for person in session.scalars(select(model.Person).where(model.Person.uuid.in_(uuids))):
            rows[person.uuid] = person
    missing = [u for u in uuids if u not in rows]
    if missing and not missing_ok:
        raise NotFound(f"ranks: no such person on the {side} side: {', '.join(missing)}")
    return rows
