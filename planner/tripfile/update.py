"""Applying a trip file to the stored trip it came from (``planner import --update``).

The partner office sends the trip back with a meeting moved and a visit added: the objects
are matched by uid, so what changed is updated in place (same id, same uid, ``version``
raised, so an editor open on it notices), what is new is added and what the file no longer
has is removed. Keeping the rows is what keeps the calendars: the next export finds each
event under its UID with new content and raises its SEQUENCE
(:mod:`planner.calendar_ics.export_state`), and links to invitations survive.

The rows are written with SQLAlchemy Core like an import (:mod:`planner.tripfile.rows`),
in one savepoint, with one history entry for the whole file: one change, which the window
undoes as one (``ui.commands.TripChangeCommand``). Columns the file does not carry (an
attendee's reply, a row's creation time) are left as they are. The directory is not
changed: people and organizations are linked as on import (:mod:`planner.tripfile.identity`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Connection, Table, and_, delete, select, update

from planner import tables
from planner.errors import PlannerError
from planner.tripfile.identity import DIRECTORY, link_directory, refuse_taken, stored_trip
from planner.tripfile.rows import (
    STEPS,
    Executor,
    PreparedTrip,
    Row,
    insert_rows,
    insert_unknown,
    record_import,
    resolved,
)

_REFERENCED = frozenset(
    fk.column.table.name for table in tables.metadata.tables.values() for fk in table.foreign_keys
)
"""Tables other rows refer to: their removed rows go last (see :func:`update_trip`)."""
_KEPT = frozenset({"id", "version", "modified", "created"})
"""Bookkeeping an update never takes from the file."""


def update_trip(session: Executor, prepared: PreparedTrip) -> int:
    """Make the stored trip with the file's uid what ``prepared`` says; the trip's id."""
    if prepared.uuid not in prepared.places:
        raise PlannerError(
            f"{prepared.source}: trip.uid: the file names no trip to update (a file this "
            "program exports carries its trip's uid); import it without --update"
        )
    stored = stored_trip(session, prepared.uuid)
    if stored is None:
        raise PlannerError(
            f"{prepared.source}: this store holds no trip with the file's uid "
            f"{prepared.uuid}; import it without --update"
        )
    trip_id = stored[0]
    now = dt.datetime.now(dt.UTC)
    with session.begin_nested():
        mine = _own_rows(session, trip_id)
        refuse_taken(session, prepared, mine)
        linked = link_directory(session, prepared)
        ids: dict[str, list[int]] = {}
        gone: list[tuple[Table, list[int]]] = []
        for step in STEPS:
            table = tables.metadata.tables[step.name]
            params = resolved(step, prepared, ids)
            if step.name in DIRECTORY:
                ids[step.name] = insert_unknown(
                    session, step, params, linked.get(step.name, {}), now
                )
            elif step.entity:
                ids[step.name], removed = _entities(
                    session, step, table=table, params=params, mine=mine, now=now
                )
                gone.append((table, removed))
            else:
                _links(session, step, table, params, ids)
        # Children before parents: a meeting that moved to a new stop is no longer the old
        # stop's, so removing that stop takes nothing the file still has.
        for table, removed in reversed(gone):
            if removed:
                session.execute(delete(table).where(table.c.id.in_(removed)))
        record_import(session, prepared)
    if not isinstance(session, Connection):  # the window's objects of the trip are stale
        session.expire_all()
    prepared.inserted = True
    return trip_id


def _own_rows(session: Executor, trip_id: int) -> dict[str, dict[str, Any]]:
    """The stored trip's own objects, table -> uid -> row (the directory is no trip's)."""
    by_name = tables.metadata.tables
    meetings = select(by_name["meeting"].c.id).where(by_name["meeting"].c.trip_id == trip_id)
    rows: dict[str, dict[str, Any]] = {}
    for step in STEPS:
        if not step.entity or step.name in DIRECTORY:
            continue
        table = by_name[step.name]
        if step.name == "trip":
            where = table.c.id == trip_id
        elif "trip_id" in table.c:
            where = table.c.trip_id == trip_id
        else:
            where = table.c.meeting_id.in_(meetings)
        rows[step.name] = {
            row.uuid: row._mapping for row in session.execute(select(table).where(where))
        }
    return rows


def _entities(
    session: Executor,
    step: Any,
    *,
    table: Table,
    params: list[Row],
    mine: dict[str, dict[str, Any]],
    now: dt.datetime,
) -> tuple[list[int], list[int]]:
    """Update the rows the file changed, add its new ones; the ids in file order, and the
    ids of the stored rows the file no longer has."""
    stored = mine[step.name]
    ids: list[int | None] = []
    fresh: list[Row] = []
    for row in params:
        old = stored.get(row["uuid"])
        if old is None:
            fresh.append(row)
            ids.append(None)
            continue
        changed = {k: v for k, v in row.items() if k not in _KEPT and old[k] != v}
        if changed:
            session.execute(
                update(table)
                .where(table.c.id == old["id"])
                .values(**changed, version=old["version"] + 1, modified=now)
            )
        ids.append(old["id"])
    wanted = {row["uuid"] for row in params}
    removed = [old["id"] for uuid, old in stored.items() if uuid not in wanted]
    if removed and step.name not in _REFERENCED:
        # Gone before the new ones come: a member taken off and put back under a new uid
        # is the same person in the delegation, which the store keeps once.
        session.execute(delete(table).where(table.c.id.in_(removed)))
        removed = []
    added = iter(insert_rows(session, step, fresh, now))
    return [next(added) if id_ is None else id_ for id_ in ids], removed


def _links(
    session: Executor, step: Any, table: Table, params: list[Row], ids: dict[str, list[int]]
) -> None:
    """A list of links (attendees, travellers, parties) made what the file says, row by row
    on its key, so that what the file does not carry about a link stays."""
    parent_column, parent_table = next(
        (column, target) for column, target in step.refs if target not in DIRECTORY
    )
    key = [column.name for column in table.primary_key.columns]
    parents = ids[parent_table]
    stored = {
        tuple(row._mapping[k] for k in key): row._mapping
        for row in session.execute(select(table).where(table.c[parent_column].in_(parents)))
    }
    fresh = []
    for row in params:
        pk = tuple(row[k] for k in key)
        old = stored.pop(pk, None)
        if old is None:
            fresh.append(row)
            continue
        changed = {k: v for k, v in row.items() if old[k] != v}
        if changed:
            session.execute(update(table).where(_is(table, key, pk)).values(**changed))
    for pk in stored:
        session.execute(delete(table).where(_is(table, key, pk)))
    insert_rows(session, step, fresh, dt.datetime.now(dt.UTC))


def _is(table: Table, key: list[str], values: tuple[Any, ...]) -> Any:
    return and_(*(table.c[k] == v for k, v in zip(key, values, strict=True)))
