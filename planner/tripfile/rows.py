"""A checked trip file as plain rows per table, and their insertion with SQLAlchemy Core.

Why rows and not ORM objects: an import only ever adds new rows, yet building ~1,700 mapped
objects fired relationship and ordering-list events for every link, and the unit of work then
sorted and flushed them object by object: 120-160 ms for the benchmark's 300-meeting trip
against 18 ms for bare ``sqlite3`` executemany of the same rows (benchmarks/bench_store.py,
"a. import"). Here the reader fills one list of dicts per table, and :func:`insert_trip` sends
each table's rows in one execution, in dependency order, learning the new ids from
``RETURNING``.

The ids come back as ``RETURNING id, uuid`` and are matched to the planned rows by their UUID.
``returning(id, sort_by_parameter_order=True)`` would say the same more directly, but SQLite
has no server-side sentinel that SQLAlchemy trusts to order the returned rows, so with it
SQLAlchemy falls back to one INSERT per row (the benchmark trip's inserts took 27 ms instead
of 18). Without it each table goes in one multi-row INSERT, whose returned rows SQLite does
not promise to keep in order: hence the UUIDs.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from sqlalchemy import Connection, Insert, Table, insert

from planner import change_entries, tables
from planner.errors import PlannerError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Row = dict[str, Any]
Executor: TypeAlias = "Session | Connection"
"""Where an import runs: the window's session, or the command line's Core connection (which
never imports the ORM: see :mod:`planner.tables`)."""

# Every table an import writes, each after the tables it refers to.
_ORDER: tuple[Table, ...] = (
    tables.organization,
    tables.person,
    tables.trip,
    tables.trip_organization,
    tables.trip_person,
    tables.delegation_member,
    tables.stop,
    tables.transfer,
    tables.transfer_traveller,
    tables.meeting,
    tables.meeting_organization,
    tables.meeting_attendee,
    tables.branch_venue,
    tables.branch_attendee,
    tables.agreement,
    tables.agreement_party,
    tables.agreement_signatory,
    tables.follow_up,
    tables.gift,
)


@dataclass(frozen=True)
class _Step:
    """How one table is inserted; the statement is built once and reused for every import."""

    name: str
    entity: bool
    """Has id, uuid, version and modified: inserted with RETURNING id, uuid."""
    refs: tuple[tuple[str, str], ...]
    """(column, referenced table): columns holding an index into that table's rows."""
    stamps: tuple[str, ...]
    """Columns set to the time of the insert (``modified``, and a trip's ``created``)."""
    statement: Insert


def _steps() -> tuple[_Step, ...]:
    steps: list[_Step] = []
    for table in _ORDER:
        refs = tuple(sorted((fk.parent.name, fk.column.table.name) for fk in table.foreign_keys))
        for column, target in refs:
            if target not in {s.name for s in steps}:
                raise AssertionError(f"{table.name}.{column} is inserted before {target}")
        entity = "uuid" in table.c and "version" in table.c  # as model.Entity's tables
        stamps = tuple(name for name in ("modified", "created") if name in table.c)
        statement = insert(table)
        if entity:
            statement = statement.returning(table.c.id, table.c.uuid)
        steps.append(_Step(table.name, entity, refs, stamps, statement))
    return tuple(steps)


STEPS = _steps()
TABLES = tuple(step.name for step in STEPS)


def new_uuid() -> str:
    return str(uuidlib.uuid4())


@dataclass(eq=False)
class PreparedTrip:
    """A checked trip file, ready to insert; made without the store, so on any thread.

    Every UUID, the trip's included, is chosen here. A prepared trip is therefore inserted
    once: :func:`insert_trip` refuses a second time rather than store the same UUIDs again
    (an insert that failed and stored nothing does not count; reading the file again gives a
    fresh copy).
    """

    title: str
    uuid: str
    rows: dict[str, list[Row]] = field(default_factory=lambda: {name: [] for name in TABLES})
    inserted: bool = False
    filled: list[str] = field(default_factory=list)
    """What the reader filled in that the file left out, a line each (a stop's zone)."""
    source: str = "trip file"
    """The file, as messages name it."""
    places: dict[str, str] = field(default_factory=dict)
    """Each uid the file gave, with its place (``meetings[3].uid``); uids not listed are new."""
    kept: list[str] = field(default_factory=list)
    """Directory entries the store already held and kept as they were, a line each (filled
    in by the insert; see :mod:`planner.tripfile.identity`)."""

    def add(self, table: str, row: Row) -> int:
        """Plan ``row`` for ``table``; its index, which references to it hold."""
        planned = self.rows[table]
        planned.append(row)
        return len(planned) - 1

    def counts(self) -> dict[str, int]:
        return {name: len(rows) for name, rows in self.rows.items()}


def insert_planned(
    session: Executor, prepared: PreparedTrip, linked: dict[str, dict[int, int]]
) -> int:
    """Insert ``prepared`` in the session's transaction; the new trip's id.

    The inserts run in a savepoint, so a failure leaves nothing of the trip behind even if
    the caller goes on to commit other work. ``modified`` and ``created`` are now, in UTC.
    ``linked`` names rows the store holds already (table -> row index -> id): referred to,
    not inserted. :func:`planner.tripfile.identity.insert_trip` is the checked way in.
    """
    if prepared.inserted:
        raise PlannerError(
            f"the trip {prepared.title!r} has already been added; read its file again "
            "to add another copy"
        )
    now = dt.datetime.now(dt.UTC)
    ids: dict[str, list[int]] = {}
    with session.begin_nested():
        for step in STEPS:
            params = resolved(step, prepared, ids)
            added = insert_unknown(session, step, params, linked.get(step.name, {}), now)
            if step.entity:
                ids[step.name] = added
        record_import(session, prepared)
    prepared.inserted = True
    return ids["trip"][0]


def insert_unknown(
    session: Executor, step: _Step, params: list[Row], known: dict[int, int], now: dt.datetime
) -> list[int]:
    """Insert the rows of ``params`` whose index ``known`` does not name (those the store
    holds); every row's id in the order of ``params`` (a link table's: [])."""
    added = iter(
        insert_rows(session, step, [r for i, r in enumerate(params) if i not in known], now)
    )
    if not step.entity:
        return []
    return [known[index] if index in known else next(added) for index in range(len(params))]


def record_import(session: Executor, prepared: PreparedTrip) -> None:
    """One history entry for the whole file, not one per row: the log costs one insert."""
    change_entries.record(
        session,
        "import",
        "trip",
        object_uuid=prepared.uuid,
        trip_uuid=prepared.uuid,
        label=prepared.title,
    )


def resolved(step: _Step, prepared: PreparedTrip, ids: dict[str, list[int]]) -> list[Row]:
    """The planned rows of ``step`` with their references turned from row indices into ids."""
    params = [dict(row) for row in prepared.rows[step.name]]
    for column, target in step.refs:
        target_ids = ids[target]
        for row in params:
            index = row[column]
            if index is not None:
                row[column] = target_ids[index]
    return params


def insert_rows(session: Executor, step: _Step, params: list[Row], now: dt.datetime) -> list[int]:
    """Insert ``params`` into the step's table in one execution; an entity's new ids, in the
    order of ``params`` (a link table's: [])."""
    if not params:
        return []
    if not step.entity:
        session.execute(step.statement, params)
        return []
    for row in params:
        row["version"] = 1
        for stamp in step.stamps:
            row[stamp] = now
    result = session.execute(step.statement, params)
    by_uuid: dict[str, int] = {uuid: id_ for id_, uuid in result}
    if len(by_uuid) != len(params):
        raise AssertionError(f"{step.name}: {len(params)} rows, {len(by_uuid)} ids")
    return [by_uuid[row["uuid"]] for row in params]
