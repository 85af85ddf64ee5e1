"""Reading and writing the order of rank of a trip's two sides.

A protocol officer reorders a side as a whole (drags a name up the list) and expects the ranks
to read 1, 2, 3 … afterwards, whatever they were before (gaps, ties, people without a rank).
So a reorder writes every rank of the side, and returns what was there before, ``None``
included, so that undo puts back exactly the old numbers rather than an order that merely
looks the same.

Two officers may rank the same side at once. A reorder is made against the ranks the window
showed (``expected``), and an undo against the ranks the reorder left: when the side holds
other ranks now (a colleague re-ranked it, changed someone's precedence, or added or removed a
person), :class:`RanksChanged` refuses it and nothing is written, so no one's order is
overwritten unseen.

The delegation's rank is ``delegation_member.precedence``; a counterpart's is
``trip_person.precedence``: both per trip, so re-ranking one trip leaves every other alone.
The counterparts of a trip are the people at its meetings, main or branch venue, who are not
members of its delegation; one the trip does not list yet is linked to it when ranked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner import model
from planner.errors import NotFound, PlannerError
from planner.protocol.attendance import COUNTERPART, DELEGATION, SIDES, Attendee, attendee
from planner.protocol.attendance import trip_sides as _sides_of
from planner.protocol.precedence import ranked
from planner.trip_readers import involved_people, person_columns

Ranks = dict[str, int | None]
"""Person UUID to rank (None: unranked)."""


class RanksChanged(PlannerError):
    """The side holds other ranks than the reorder (or its undo) was made against: someone
    else changed them in between. Nothing was written."""

    def __init__(self, trip_uuid: str, side: str) -> None:
        self.trip_uuid, self.side = trip_uuid, side
        super().__init__(
            f"ranks: the {side} side of trip {trip_uuid} was re-ranked by someone else; "
            "nothing was changed"
        )


def trip_sides(session: Session, trip_uuid: str) -> dict[str, list[Attendee]]:
    """Both sides of the trip in order of rank: ``{DELEGATION: [...], COUNTERPART: [...]}``
    (four queries); :class:`NotFound` for no such trip."""
    trip_id = _trip_id(session, trip_uuid)
    sides = _sides_of(session, trip_id)
    involved = involved_people(trip_id).subquery()
    people: dict[str, list[Attendee]] = {side: [] for side in SIDES}
    for row in session.execute(person_columns().where(model.Person.id.in_(select(involved)))):
        found = attendee(row, sides)
        people[found.side].append(found)
    return {side: ranked(found) for side, found in people.items()}


def set_ranks(
    session: Session,
    trip_uuid: str,
    side: str,
    person_uuids: Sequence[str],
    *,
    expected: Mapping[str, int | None] | None = None,
) -> Ranks:
    """Rank ``side`` of the trip 1..n in the order of ``person_uuids``; people of the side
    left out follow in their present order. Returns every rank it replaced (for
    :func:`restore_ranks`). A UUID that is not on that side of the trip is an error, and
    nothing is written.

    With ``expected`` (every person of the side and the rank the caller read), a side that
    holds other people or other ranks now is :class:`RanksChanged`, and nothing is written."""
    sides = trip_sides(session, trip_uuid)
    if side not in sides:
        raise PlannerError(f"side: {side!r} is neither {DELEGATION!r} nor {COUNTERPART!r}")
    present = [a.uuid for a in sides[side]]
    if expected is not None and set(expected) != set(present):
        raise RanksChanged(trip_uuid, side)
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
    if expected is not None and previous != dict(expected):
        raise RanksChanged(trip_uuid, side)
    for rank, uuid in enumerate(order, start=1):
        rows[uuid].precedence = rank
    _flush(session, trip_uuid, side)
    return previous


def restore_ranks(
    session: Session,
    trip_uuid: str,
    side: str,
    ranks: Mapping[str, int | None],
    *,
    expected: Mapping[str, int | None] | None = None,
) -> Ranks:
    """Give the people of ``side`` exactly the ranks in ``ranks`` (what :func:`set_ranks`
    returned); people who have left the side since are passed over. Returns the ranks it
    wrote (the people still there).

    With ``expected`` (the ranks the reorder left), a person still there who holds another
    rank now is :class:`RanksChanged`, and nothing is written."""
    rows = _rank_rows(session, trip_uuid, side, list(ranks), missing_ok=True)
    if expected is not None and any(
        uuid in rows and rows[uuid].precedence != rank for uuid, rank in expected.items()
    ):
        raise RanksChanged(trip_uuid, side)
    written: Ranks = {}
    for uuid, rank in ranks.items():
        if uuid in rows:
            rows[uuid].precedence = written[uuid] = rank
    _flush(session, trip_uuid, side)
    return written


# -- private helpers ---------------------------------------------------------------------------


def _trip_id(session: Session, trip_uuid: str) -> int:
    found = session.scalar(select(model.Trip.id).where(model.Trip.uuid == trip_uuid))
    if found is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    return found


def _flush(session: Session, trip_uuid: str, side: str) -> None:
    """Write the ranks; a row a colleague wrote since it was read (the version counter
    refuses it) means the side changed under us."""
    try:
        session.flush()
    except StaleDataError:
        raise RanksChanged(trip_uuid, side) from None


def _rank_rows(
    session: Session, trip_uuid: str, side: str, uuids: list[str], *, missing_ok: bool = False
) -> dict[str, model.DelegationMember | model.TripPerson]:
    """The rows whose ``precedence`` holds the rank of each person in ``uuids``, locked for
    this transaction (``FOR UPDATE`` on PostgreSQL) and read afresh, so what is compared
    with ``expected`` is what the store holds now."""
    trip_id = _trip_id(session, trip_uuid)
    rows: dict[str, model.DelegationMember | model.TripPerson] = {}
    if side == DELEGATION:
        for member, uuid in session.execute(
            select(model.DelegationMember, model.Person.uuid)
            .join(model.Person, model.Person.id == model.DelegationMember.person_id)
            .where(model.DelegationMember.trip_id == trip_id, model.Person.uuid.in_(uuids))
            .with_for_update(of=model.DelegationMember)
            .execution_options(populate_existing=True)
        ):
            rows[uuid] = member
    else:
        for link, uuid in session.execute(
            select(model.TripPerson, model.Person.uuid)
            .join(model.Person, model.Person.id == model.TripPerson.person_id)
            .where(model.TripPerson.trip_id == trip_id, model.Person.uuid.in_(uuids))
            .with_for_update(of=model.TripPerson)
            .execution_options(populate_existing=True)
        ):
            rows[uuid] = link
        if not missing_ok:
            rows.update(_link(session, trip_id, [u for u in uuids if u not in rows]))
    missing = [u for u in uuids if u not in rows]
    if missing and not missing_ok:
        raise NotFound(f"ranks: no such person on the {side} side: {', '.join(missing)}")
    return rows


def _link(session: Session, trip_id: int, uuids: list[str]) -> dict[str, model.TripPerson]:
    """Link counterparts the trip does not list yet (an attendee added before links kept
    ranks), unranked and on the host side, so that they can hold a rank of this trip."""
    if not uuids:
        return {}
    trip = session.get_one(model.Trip, trip_id)
    made: dict[str, model.TripPerson] = {}
    for person in session.scalars(select(model.Person).where(model.Person.uuid.in_(uuids))):
        link = model.TripPerson(person=person, side="host", precedence=None)
        trip.people_links.append(link)
        made[person.uuid] = link
    return made
