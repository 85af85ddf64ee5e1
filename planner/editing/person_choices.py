"""The people a trip's editors offer, each with their side and organization, in order of rank.

The meeting editor's attendee picker groups a trip's people by side and organization and
shows each side's head first. Who is on which side and who ranks where are facts of the
store (the delegation's rows, the trip's links) and of one rule (:mod:`planner.ranks`), so
they are read and ordered here, in one query, and the window only groups what it is given.

Everyone the trip involves is offered: its linked contacts, its delegation (a member added
from the office's directory is not a linked contact) and anyone already attending one of its
meetings.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from planner import model, names, ranks, trip_readers, vocab
from planner.records import PersonChoice

DELEGATION, HOST = "delegation", "host"
HEAD = "head"
SIDE_ORDER = {side: index for index, side in enumerate(vocab.TRIP_SIDES)}


def person_choices(session: Session, trip_id: int) -> tuple[PersonChoice, ...]:
    """The trip's people: the delegation, then the host side, then third parties; within a
    side in order of precedence, the head first even where an explicit rank puts them lower
    (a side is led by its head, :mod:`planner.protocol.precedence`)."""
    query = trip_readers.with_organization(
        trip_readers.people(trip_id, model.TripPerson.__table__.c.side, contacts=True)
    ).add_columns(model.Organization.__table__.c.uuid.label("organization_uuid"))
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
