"""Merging two entries of the directory that are one person (or one organization).

Offices collect duplicates: a delegate typed in twice on two trips, an import from a
colleague's address book. Merging keeps one entry and moves every link of the other to it, so
its meetings, trips, delegations, signatures, follow-ups and gifts now name the kept one. Where
both were linked to the same thing (both at one meeting), one link remains, at the better
(earlier) of the two positions, since the order of a protocol list is meaningful.

The links are found by walking the schema's foreign keys, as :mod:`planner.snapshots` does, so
a table added later is merged without code here. A link whose key includes the person (the
primary key of an attendee row, or a unique constraint like one delegation member per trip)
is where duplicates can arise; any other reference is simply repointed.

Undo must be exact (the UI's undo stack, and calendar UIDs that depend on the UUIDs): a
:class:`MergeUndo` keeps the dropped row and its cascade as a snapshot, every changed row as it
was with its key after the merge, and the rows removed as duplicates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Column, Table, UniqueConstraint, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from planner import conflicts, history, model, snapshots
from planner.errors import NotFound, PlannerError

# Fields of the kept entry that the dropped one may fill when they are empty.
_PERSON_FIELDS = (
    "given_name", "native_name", "honorific", "position", "organization_id", "email", "phone",
    "languages", "precedence", "notes",
)  # fmt: skip
_ORGANIZATION_FIELDS = ("native_name", "kind", "city", "country", "sector", "website", "notes")


@dataclass
class MergeUndo:
    """Everything :func:`unmerge` needs to put both entries and their links back as they were."""

    table: str
    """``person`` or ``organization``."""
    keep_uuid: str
    drop_uuid: str
    keep_before: dict[str, Any] = field(repr=False)
    dropped: snapshots.Snapshot = field(repr=False)
    """The dropped row (and anything its delete cascaded to: nothing, once links moved)."""
    changed: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(
        default_factory=list, repr=False
    )
    """(table, key of the row after the merge, the whole row before it)."""
    removed: list[tuple[str, dict[str, Any]]] = field(default_factory=list, repr=False)
    """Links of the dropped entry removed because the kept one had the same link."""


def merge_people(
    session: Session, keep: str, drop: str, *, expected: conflicts.Versions | None = None
) -> MergeUndo:
    """Make ``drop`` part of ``keep``: its links move, its details fill keep's gaps, it goes.
    With ``expected`` (:func:`versions`, read when the user chose) a colleague's change of
    either entry since is refused (:class:`~planner.conflicts.ChangedMeanwhile`)."""
    return _merge(session, _table(model.Person), keep, drop, _PERSON_FIELDS, expected=expected)


def merge_organizations(
    session: Session, keep: str, drop: str, *, expected: conflicts.Versions | None = None
) -> MergeUndo:
    """Make ``drop`` part of ``keep``: its people, hosted meetings, parties and links follow.
    ``expected`` as for :func:`merge_people`."""
    table = _table(model.Organization)
    return _merge(session, table, keep, drop, _ORGANIZATION_FIELDS, expected=expected)


def versions(session: Session, *, people: bool, uuids: list[str]) -> conflicts.Versions:
    """The two entries' versions as the user sees them in the merge dialog: what the merge
    is checked against, so that it never drops a colleague's edit of either unseen."""
    table = _table(model.Person if people else model.Organization)
    rows = session.execute(select(table).where(table.c.uuid.in_(uuids)))
    found = conflicts.versions_of((table.name, dict(r._mapping)) for r in rows)
    if len(found) != len(set(uuids)):
        raise NotFound(f"one of the {table.name}s to merge no longer exists")
    return found


def unmerge(session: Session, undo: MergeUndo) -> None:
    """Put both entries back exactly: ids, UUIDs, versions, times and link positions."""
    tables = dict(model.Base.metadata.tables)
    snapshots.restore(session, undo.dropped)
    # Newest change first: one row may have changed twice (a gift from and to the dropped one).
    for name, key, before in reversed(undo.changed):
        table = tables[name]
        session.execute(update(table).where(_matches(table, key)).values(before))
    for name, row in undo.removed:
        session.execute(insert(tables[name]).values(row))
    table = tables[undo.table]
    session.execute(
        update(table).where(table.c.id == undo.keep_before["id"]).values(undo.keep_before)
    )
    session.expire_all()


# ---------------------------------------------------------------------------------------------
# Private helpers


def _merge(
    session: Session,
    table: Table,
    keep: str,
    drop: str,
    fillable: tuple[str, ...],
    *,
    expected: conflicts.Versions | None = None,
) -> MergeUndo:
    if keep == drop:
        raise PlannerError(f"cannot merge the {table.name} {keep} with itself")
    session.flush()
    if expected is not None:
        locked = conflicts.lock_versions(session, expected)
        label = history.label_of(table.name, _row(session, table, keep))
        conflicts.refuse_if_changed(session, label or keep, expected, locked)
    kept, dropped = _row(session, table, keep), _row(session, table, drop)
    now = dt.datetime.now(dt.UTC)
    changed: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    removed: list[tuple[str, dict[str, Any]]] = []
    for child, column in _references(table):
        scope = _scope(child, column)
        rows = [
            dict(r._mapping) for r in session.execute(select(child).where(column == dropped["id"]))
        ]
        for row in rows:
            twin = None
            if scope:
                twin_query = select(child).where(
                    column == kept["id"], *(child.c[c] == row[c] for c in scope)
                )
                found = session.execute(twin_query).one_or_none()
                twin = None if found is None else dict(found._mapping)
            if twin is None:
                values: dict[str, Any] = {column.name: kept["id"]}
                if "version" in child.c:
                    values.update(version=row["version"] + 1, modified=now)
                session.execute(
                    update(child).where(_matches(child, _key(child, row))).values(values)
                )
                changed.append((child.name, _key(child, {**row, **values}), row))
                continue
            session.execute(delete(child).where(_matches(child, _key(child, row))))
            removed.append((child.name, row))
            if "position" in child.c and row["position"] < twin["position"]:
                values = {"position": row["position"]}
                if "version" in child.c:
                    values.update(version=twin["version"] + 1, modified=now)
                session.execute(
                    update(child).where(_matches(child, _key(child, twin))).values(values)
                )
                changed.append((child.name, _key(child, twin), twin))
    fills = {
        name: dropped[name] for name in fillable if _empty(kept[name]) and not _empty(dropped[name])
    }
    dropped_snapshot = snapshots.capture(session, table.name, [dropped["id"]])
    session.execute(delete(table).where(table.c.id == dropped["id"]))
    if fills:
        session.execute(
            update(table)
            .where(table.c.id == kept["id"])
            .values(**fills, version=kept["version"] + 1, modified=now)
        )
    # Both histories tell of the merge; each entry is labelled with the one that was kept.
    label = history.label_of(table.name, {**kept, **fills})
    for uuid in (keep, drop):
        history.record(session, "merge", table.name, object_uuid=uuid, label=label)
    session.expire_all()
    return MergeUndo(
        table=table.name,
        keep_uuid=keep,
        drop_uuid=drop,
        keep_before=kept,
        dropped=dropped_snapshot,
        changed=changed,
        removed=removed,
    )


def _references(table: Table) -> list[tuple[Table, Column[Any]]]:
    """Every (table, column) that refers to ``table``'s id, in the schema's table order."""
    found = []
    for child in model.Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent))
    return found


def _scope(child: Table, column: Column[Any]) -> tuple[str, ...]:
    """The other columns of a key that ``column`` is part of: within one value of them, an
    entry may be linked once (a meeting's attendees, a trip's delegation)."""
    keys = [tuple(c.name for c in child.primary_key.columns)]
    keys += [
        tuple(c.name for c in constraint.columns)
        for constraint in child.constraints
        if isinstance(constraint, UniqueConstraint)
    ]
    for key in keys:
        if column.name in key and len(key) > 1:
            return tuple(c for c in key if c != column.name)
    return ()


def _row(session: Session, table: Table, uuid: str) -> dict[str, Any]:
    found = session.execute(select(table).where(table.c.uuid == uuid)).one_or_none()
    if found is None:
        raise NotFound(f"the {table.name} {uuid} no longer exists")
    return dict(found._mapping)


def _key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def _matches(table: Table, key: dict[str, Any]) -> Any:
    return and_(*(table.c[name] == value for name, value in key.items()))


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table
