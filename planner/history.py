"""The store's history: who changed what and when, recorded in the transaction of the change.

Every flush of ORM work leaves one :class:`~planner.model.ChangeLog` row per object created,
changed or deleted (a listener on the sessions of a :class:`~planner.store.Store`). The bulk
paths that write with SQLAlchemy Core (a trip file's import, a directory import, a merge, an
erasure, deletes and their undo) write one entry for the whole step with :func:`record`
instead, inside :func:`quiet` when they also flush ORM objects: one entry per import, not one
per row, keeps the log cheap to write.

The same table is how an open window learns of colleagues' changes: :func:`latest_id` is an
index lookup cheap enough to poll every second, and :func:`changes_since` names what changed,
leaving out the changes of the window's own store (its :func:`origin`). On PostgreSQL every
transaction that writes entries also sends ``NOTIFY`` on :data:`CHANNEL` with its origin as
the payload; the server delivers it when (and only if) the transaction commits, so a window
that LISTENs polls at once instead of at its next tick.

"Who" is the database user on PostgreSQL (``current_user``; the office's roles are database
roles) and the operating-system user on SQLite (the file is one person's). An edit's entry
keeps the old and new value of the fields it names, so that a history can say "Start: 10:00 →
11:30", but only where that copies nothing the store would not show anyway: never a person's
fields (the change log is no place to keep a superseded passport number or address), a
private note or a booking reference, never a reference to another row (it would name a
person), and texts cut at :data:`KEPT_CHARS`. An erasure clears the labels and values that
named the erased person (:func:`forget`, :func:`scrub`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import time
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, func, or_, select, update
from sqlalchemy import inspect as sa_inspect

from planner import names, tables

if TYPE_CHECKING:  # the window reads the log without the ORM or the model
    from sqlalchemy.orm import Session

    from planner import model

# The change log's vocabulary and its one-entry writer live in change_entries (a bulk import
# writes its entry without the ORM); named here as the rest of the program always has.
from planner.change_entries import ACTIONS as ACTIONS  # noqa: PLC0414
from planner.change_entries import CHANNEL as CHANNEL  # noqa: PLC0414
from planner.change_entries import entry, write
from planner.change_entries import origin as origin  # noqa: PLC0414
from planner.change_entries import record as record  # noqa: PLC0414

_TABLE = tables.change_log
"""The log read as rows of its table: reading it configures no mapper."""

LIMIT = 1000
"""The most entries a history view reads at once (the newest)."""

KEPT_CHARS = 200
"""The most characters of a text an entry keeps as an old or new value (a view shortens
further); notes of many pages need not be copied into every entry."""

_QUIET = "planner.history.quiet"
# Bookkeeping that changes along with a user's change and says nothing by itself.
_IGNORED = frozenset({"id", "version", "modified", "created", "uuid", "trip_id", "meeting_id"})
_RENAMED = {
    "attendee_links": "attendees",
    "organization_links": "organizations",
    "people_links": "people",
    "party_links": "parties",
    "signatory_links": "signatories",
}
# Fields whose values an entry never keeps (names only): personal data of people, what only
# some users may read, and booking references (as good as a ticket). "*" is every field.
_NO_VALUES = {
    "person": frozenset({"*"}),
    "meeting": frozenset({"private_notes"}),
    "stop": frozenset({"lodging_confirmation"}),
    "transfer": frozenset({"reference"}),
}
# The zone a time field is shown in: the object's own column for it.
_ZONES = {
    ("meeting", "start"): "timezone",
    ("meeting", "end"): "timezone",
    ("stop", "arrive"): "timezone",
    ("stop", "depart"): "timezone",
    ("transfer", "depart"): "depart_timezone",
    ("transfer", "arrive"): "arrive_timezone",
}


@dataclass(frozen=True)
class Change:
    """One entry of the history, as a view shows it."""

    id: int
    at: dt.datetime
    who: str
    origin: str
    action: str
    table: str
    trip_uuid: str | None
    object_uuid: str | None
    label: str | None
    fields: tuple[str, ...]
    changes: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Field -> ``{"old": ..., "new": ...}`` as JSON values (times as UTC ISO text with a
    ``"zone"`` to show them in); a field without values, or a value without ``"old"`` (it was
    not known), shows by name only."""


def record_rows(
    session: Session, action: str, table: str, rows: Iterable[Mapping[str, Any]]
) -> None:
    """One entry per row of ``table`` (as column values) that a Core statement deletes or
    puts back; nothing inside :func:`quiet`."""
    if session.info.get(_QUIET):
        return
    rows = list(rows)
    if not rows:
        return
    trips = _trip_uuids(session.connection(), [(i, table, r) for i, r in enumerate(rows)], {})
    write(
        session,
        [
            entry(
                action,
                table,
                object_uuid=row.get("uuid"),
                trip_uuid=trips.get(index),
                label=label_of(table, row),
            )
            for index, row in enumerate(rows)
        ],
    )


@contextlib.contextmanager
def quiet(session: Session) -> Iterator[None]:
    """Flushes and Core deletes or restores (:func:`record_rows`) inside the block leave no
    entries: the caller records the step as a whole with :func:`record`."""
    session.info[_QUIET] = session.info.get(_QUIET, 0) + 1
    try:
        yield
    finally:
        session.info[_QUIET] -= 1


def latest_id(session: Session | Connection) -> int:
    """The newest entry's id (0 for none): what a window polls."""
    return int(session.scalar(select(func.max(_TABLE.c.id))) or 0)


def changes_since(
    session: Session, after_id: int, *, exclude_origin: str | None = None
) -> list[Change]:
    """Entries newer than ``after_id``, oldest first; without those of ``exclude_origin``."""
    log = _TABLE.c
    query = select(_TABLE).where(log.id > after_id)
    if exclude_origin is not None:
        query = query.where(log.origin != exclude_origin)
    return [_change(row) for row in session.execute(query.order_by(log.id))]


GAP_SECONDS = 60.0
"""How long a reader keeps asking for an id below the newest it has seen (see :class:`Cursor`)."""
_GAPS_KEPT = 1000


@dataclass
class Cursor:
    """Where a reader of the log stands, for polling that misses nothing.

    Ids come from a sequence when a row is inserted, not when its transaction commits: on
    PostgreSQL a transaction holding id 100 can commit after one holding 101, and a reader that
    only asks for ids above the newest it has seen never gets 100 (the team benchmark found 2 of
    8,000 commits missed so with a 1 s poll). So the ids skipped below the newest are kept as
    gaps and asked for again until :data:`GAP_SECONDS` have passed; an id whose transaction
    was rolled back stays a gap until then.
    """

    seen: int = 0
    gaps: dict[int, float] = field(default_factory=dict)
    """Ids not seen yet below :attr:`seen`, with the monotonic time they were first missed."""


def cursor_at_end(session: Session | Connection) -> Cursor:
    """A cursor after everything the log holds now (an opened window's starting point)."""
    return Cursor(seen=latest_id(session))


def poll(
    session: Session | Connection,
    cursor: Cursor,
    *,
    exclude_origin: str | None = None,
    now: float | None = None,
) -> list[Change]:
    """Entries committed since the cursor last looked, oldest first (without those of
    ``exclude_origin``); moves the cursor."""
    now = time.monotonic() if now is None else now
    cursor.gaps = {i: t for i, t in cursor.gaps.items() if now - t < GAP_SECONDS}
    log = _TABLE.c  # rows of the table: a window's poll configures no mapper
    newer = log.id > cursor.seen
    where = or_(newer, log.id.in_(list(cursor.gaps))) if cursor.gaps else newer
    rows = session.execute(select(_TABLE).where(where).order_by(log.id)).all()
    found = {row.id for row in rows}
    for id_ in found:
        cursor.gaps.pop(id_, None)
    newest = max(found | {cursor.seen})
    first_missing = max(cursor.seen + 1, newest - _GAPS_KEPT)
    for id_ in range(first_missing, newest):
        if id_ not in found:
            cursor.gaps[id_] = now
    cursor.seen = newest
    return [_change(row) for row in rows if exclude_origin is None or row.origin != exclude_origin]


def of_trip(session: Session, trip_uuid: str, limit: int = LIMIT) -> list[Change]:
    """The history of a trip and everything in it, newest first."""
    return _newest(session, select(_TABLE).where(_TABLE.c.trip_uuid == trip_uuid), limit)


def of_object(session: Session, object_uuid: str, limit: int = LIMIT) -> list[Change]:
    """The history of one object (a meeting, a person, the trip itself), newest first."""
    return _newest(session, select(_TABLE).where(_TABLE.c.object_uuid == object_uuid), limit)


def forget(session: Session, object_uuid: str) -> None:
    """Clear the labels and values of an object's entries (its name, its data), keeping that
    changes happened."""
    session.execute(
        update(_TABLE).where(_TABLE.c.object_uuid == object_uuid).values(label=None, changes=None)
    )


def scrub(session: Session, needles: Collection[str]) -> int:
    """Clear every label and old or new value that contains one of ``needles`` (folded with
    :func:`planner.names.fold`, as an erasure searches for a person's name); the number of
    entries changed."""
    if not needles:
        return 0
    log = _TABLE.c
    query = select(log.id, log.label, log.changes).where(
        or_(log.label.is_not(None), log.changes.is_not(None))
    )
    scrubbed = 0
    for id_, label, changes in session.execute(query).all():
        kept = {
            name: values
            for name, values in (changes or {}).items()
            if not _mentions(json.dumps(values, ensure_ascii=False), needles)
        }
        named = label is not None and _mentions(label, needles)
        if named or kept != (changes or {}):
            session.execute(
                update(_TABLE)
                .where(log.id == id_)
                .values(label=None if named else label, changes=kept or None)
            )
            scrubbed += 1
    return scrubbed


def after_flush(session: Session, _context: Any) -> None:
    """The ORM listener: one entry per object the flush created, changed or deleted."""
    if session.info.get(_QUIET):
        return
    from planner import model  # noqa: PLC0415 - a flush of ORM objects: the model is loaded

    found: list[tuple[str, model.Entity, tuple[str, ...]]] = []
    values: dict[int, dict[str, Any]] = {}  # id() of the object -> its changes
    # A person or organization added to a trip's contacts belongs to that trip's history.
    linked: dict[int, int] = {}  # id() of the contact -> the trip's id
    for obj in session.new:
        if isinstance(obj, model.Entity):
            found.append(("create", obj, ()))
        elif isinstance(obj, model.TripPerson | model.TripOrganization):
            contact = obj.__dict__.get("person") or obj.__dict__.get("organization")
            if contact is not None and obj.trip_id is not None:
                linked[id(contact)] = obj.trip_id
    for obj in session.dirty:
        if isinstance(obj, model.Entity):
            changed, values[id(obj)] = _changed_fields(obj)
            if changed:
                found.append(("update", obj, changed))
    for obj in session.deleted:
        if isinstance(obj, model.Entity):
            found.append(("delete", obj, ()))
    if not found:
        return
    if len(found) > 1:  # siblings renumbered by an insert are not changes of their own
        found = [f for f in found if f[2] != ("position",)] or found
    connection = session.connection()
    trips = _trip_uuids(
        connection, [(id(obj), obj.__tablename__, obj.__dict__) for _, obj, _ in found], linked
    )
    entries = [
        entry(
            action,
            obj.__tablename__,
            object_uuid=obj.uuid,
            trip_uuid=trips.get(id(obj)),
            label=label_of(obj.__tablename__, obj.__dict__),
            fields=changed,
            changes=values.get(id(obj)),
        )
        for action, obj, changed in found
    ]
    write(session, entries)


# ---------------------------------------------------------------------------------------------
# Private helpers


def _changed_fields(obj: model.Entity) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The record fields that changed, and the old and new values of those that may keep
    them (see the module's docstring)."""
    state = sa_inspect(obj)
    table = obj.__tablename__
    hidden = _NO_VALUES.get(table, frozenset())
    changed: dict[str, None] = {}
    values: dict[str, Any] = {}
    for attr in state.attrs:
        key = attr.key
        history = attr.history
        if key in _IGNORED or not history.has_changes():
            continue
        name = _RENAMED.get(key, key.removesuffix("_id"))
        changed[name] = None
        column = state.mapper.columns.get(key)
        if column is None or column.foreign_keys or "*" in hidden or key in hidden:
            continue
        entry: dict[str, Any] = {"new": _json(history.added[0] if history.added else None)}
        if history.deleted:  # empty when the old value was never loaded
            entry["old"] = _json(history.deleted[0])
        zone = _ZONES.get((table, key))
        if zone is not None:
            entry["zone"] = obj.__dict__.get(zone)
        if "old" not in entry or entry["old"] != entry["new"]:
            values[name] = entry
    return tuple(changed), values


def _json(value: Any) -> Any:
    """A value as the change log keeps it: JSON, times in UTC, texts cut short."""
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.astimezone(dt.UTC).isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, str):
        return value if len(value) <= KEPT_CHARS else value[: KEPT_CHARS - 1] + "…"
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return _json(str(value))


def _mentions(text: str, needles: Collection[str]) -> bool:
    haystack = " ".join(names.fold(text).split())
    return any(n in haystack for n in needles)


def label_of(table: str, values: Mapping[str, Any]) -> str | None:
    """What the object was called: a meeting's title, a person's name in their order."""
    if table == "person":
        return names.display_name(
            values.get("family_name") or "", values.get("given_name"), values.get("native_name")
        )
    if table == "transfer":
        parts = [values.get("carrier"), values.get("number")]
        return " ".join(p for p in parts if p) or values.get("mode")
    for name in ("title", "city", "name", "description"):
        if values.get(name):
            return str(values[name])
    return None


def _trip_uuids(
    connection: Connection,
    objects: list[tuple[int, str, Mapping[str, Any]]],
    linked: dict[int, int],
) -> dict[int, str]:
    """The trip UUID of each object, given as (key, table, column values), by key; in at most
    two queries."""
    trip_ids: dict[int, int] = {}
    meeting_ids: dict[int, int] = {}
    found: dict[int, str] = {}
    for key, table, values in objects:
        if table == "trip":
            found[key] = values["uuid"]
        elif (trip_id := values.get("trip_id")) is not None:
            trip_ids[key] = trip_id
        elif (meeting_id := values.get("meeting_id")) is not None:
            meeting_ids[key] = meeting_id
        elif key in linked:
            trip_ids[key] = linked[key]
    trip = tables.trip
    meeting = tables.meeting
    if trip_ids:
        wanted = set(trip_ids.values())
        query = select(trip.c.id, trip.c.uuid).where(trip.c.id.in_(wanted))
        uuids: dict[int, str] = {row[0]: row[1] for row in connection.execute(query)}
        found.update({key: uuids[value] for key, value in trip_ids.items() if value in uuids})
    if meeting_ids:
        wanted = set(meeting_ids.values())
        query = (
            select(meeting.c.id, trip.c.uuid)
            .join(trip, trip.c.id == meeting.c.trip_id)
            .where(meeting.c.id.in_(wanted))
        )
        uuids = {row[0]: row[1] for row in connection.execute(query)}
        found.update({key: uuids[value] for key, value in meeting_ids.items() if value in uuids})
    return found


def _newest(session: Session, query: Any, limit: int) -> list[Change]:
    rows = session.execute(query.order_by(_TABLE.c.id.desc()).limit(limit))
    return [_change(row) for row in rows]


def _change(row: Any) -> Change:
    """An entry from a row of the log's table (its columns are the mapped attributes)."""
    return Change(
        id=row.id,
        at=row.at,
        who=row.who,
        origin=row.origin,
        action=row.action,
        table=row.table_name,
        trip_uuid=row.trip_uuid,
        object_uuid=row.object_uuid,
        label=row.label,
        fields=tuple(row.fields or ()),
        changes=row.changes or {},
    )
