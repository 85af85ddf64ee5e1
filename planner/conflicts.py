"""Two people editing one object: telling their edits apart and putting them together.

Every editor remembers the version of the object it was opened at; saving passes that version
to :func:`planner.editing.update`, which refuses with :class:`Conflict` when a colleague saved
the object since (or :class:`Gone` when they deleted it). Nothing is overwritten unseen: the
user chooses, and the choice is saved against the colleague's version as the new base, so a
third save in between is caught again. The helpers here decide nothing themselves; they
compute what the conflict dialog offers (which fields differ, who changed which since the
editor opened) and build the record the user picked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import select

from planner import history, snapshots
from planner import tables as schema
from planner.errors import NotFound, PlannerError
from planner.records import changed_fields

if TYPE_CHECKING:  # the window opens a trip without the ORM or the model
    from sqlalchemy.orm import Session

    from planner import model

E = TypeVar("E", bound="model.Entity")


class Conflict(PlannerError):
    """The object changed since the editor read it at ``base_version``.

    ``mine`` is the record the user wants to save, ``theirs`` the object as it is now (at
    ``version``), ``base`` the record the editor started from when the caller knows it, and
    ``uuid`` the object's.
    ``theirs`` and ``version`` are None when the change was caught only by the version
    counter as the row was written (the transaction is lost then): read them again.
    """

    def __init__(
        self,
        mine: Any,
        theirs: Any,
        base_version: int,
        version: int | None,
        *,
        base: Any = None,
        uuid: str | None = None,
    ) -> None:
        self.mine, self.theirs, self.base, self.uuid = mine, theirs, base, uuid
        self.base_version, self.version = base_version, version
        super().__init__(f"'{mine.label}' was changed by someone else while you edited it")

    def again(self, theirs: Any, version: int) -> Conflict:
        """The same conflict with the object as it is now."""
        return Conflict(
            self.mine, theirs, self.base_version, version, base=self.base, uuid=self.uuid
        )

    @property
    def fields(self) -> list[str]:
        """The fields in which the two versions differ, in the record's order."""
        if self.theirs is None:
            return []
        return changed_fields(self.mine, self.theirs)


class Gone(NotFound):
    """The object was deleted (by someone else) while the user edited it."""

    def __init__(self, record: Any, kind: str) -> None:
        self.record, self.kind = record, kind
        super().__init__(
            f"the {kind} '{record.label}' was deleted by someone else; your changes were not saved"
        )


Versions = dict[tuple[str, str], int]
"""The objects a delete or a merge was confirmed for, as (table, UUID) -> version."""


@dataclass(frozen=True)
class Touched:
    """One object a colleague changed, added or removed after the user looked at it."""

    table: str
    uuid: str
    label: str | None
    action: str
    """``update``, ``create`` or ``delete`` (as the history says them)."""
    who: str | None
    """Who did it, from the change log (None: the log does not say)."""
    fields: tuple[str, ...] = ()


class ChangedMeanwhile(PlannerError):
    """A delete or merge refused because a colleague changed what it would take since the user
    confirmed it: deleting it now would throw their change away unseen. Nothing was written."""

    def __init__(self, label: str, touched: list[Touched]) -> None:
        self.label, self.touched = label, touched
        first = touched[0]
        super().__init__(
            f"{first.who or 'someone else'} changed {first.table} '{first.label or first.uuid}' "
            f"after you chose to change '{label}'; nothing was changed"
        )


def versions_of(rows: Iterable[tuple[str, Mapping[str, Any]]]) -> Versions:
    """(table, UUID) -> version of the rows that have both (a snapshot's rows)."""
    return {
        (table, str(row["uuid"])): int(row["version"])
        for table, row in rows
        if row.get("uuid") is not None and row.get("version") is not None
    }


def lock_versions(session: Session, expected: Versions) -> Versions:
    """Lock the rows ``expected`` names (``FOR UPDATE`` on PostgreSQL; SQLite's write
    transaction holds the whole file) and return their versions now: from here to the commit
    no colleague can change them, so a check against ``expected`` holds until the write."""
    tables = dict(schema.metadata.tables)
    by_table: dict[str, list[str]] = {}
    for name, uuid in expected:
        by_table.setdefault(name, []).append(uuid)
    found: Versions = {}
    for name, uuids in sorted(by_table.items()):
        table = tables[name]
        query = (
            select(table.c.uuid, table.c.version)
            .where(table.c.uuid.in_(sorted(uuids)))
            .order_by(table.c.id)
            .with_for_update()
        )
        found.update({(name, str(u)): int(v) for u, v in session.execute(query)})
    return found


def refuse_if_changed(
    session: Session,
    label: str,
    expected: Versions,
    now: Versions,
    labels: Mapping[tuple[str, str], str | None] | None = None,
) -> None:
    """Raise :class:`ChangedMeanwhile` naming what differs between ``expected`` (what the user
    confirmed) and ``now`` (what the write would take), with who did it from the change log."""
    labels = labels or {}
    touched = []
    for key in sorted(expected.keys() | now.keys()):
        if expected.get(key) == now.get(key):
            continue
        action = "create" if key not in expected else "delete" if key not in now else "update"
        table, uuid = key
        last = history.of_object(session, uuid, limit=1)
        who = last[0].who if last else None
        changed = last[0].fields if last and action == "update" else ()
        name = labels.get(key) or (last[0].label if last else None)
        touched.append(Touched(table, uuid, name, action, who, changed))
    if touched:
        raise ChangedMeanwhile(label, touched)


def delete_versions(session: Session, table: str, row_id: int) -> Versions:
    """Everything deleting the row ``row_id`` of ``table`` would take (itself, a stop's
    meetings, an agreement's parties) with its version now: what the user confirms."""
    return versions_of(snapshots.capture(session, table, [row_id]).rows)


def delete_checked(
    session: Session, table: str, obj: model.Entity, expected: Versions | None
) -> snapshots.Snapshot:
    """Delete ``obj`` (locked by the caller) with all that depends on it; with ``expected``
    (from :func:`delete_versions` when the user confirmed) refused with
    :class:`ChangedMeanwhile` when a colleague changed, added or removed any of it since, so
    their work is never deleted unseen. The snapshot undoes the delete exactly."""
    session.flush()
    if expected is not None:
        lock_versions(session, expected)
        taken = snapshots.capture(session, table, [obj.id]).rows
        labels = {
            (t, str(row["uuid"])): history.label_of(t, row) for t, row in taken if row.get("uuid")
        }
        labels.update({(t, u): None for t, u in expected if (t, u) not in labels})
        label = history.label_of(table, obj.__dict__) or obj.uuid
        refuse_if_changed(session, label, expected, versions_of(taken), labels)
    return snapshots.delete_captured(session, table, [obj.id])


def who_deleted(session: Session, uuid: str) -> str | None:
    """Who deleted the object ``uuid``, as the change log says (None: it does not)."""
    found = deletion(session, uuid)
    return found.who if found else None


def deletion(session: Session, uuid: str) -> history.Change | None:
    """The change log's entry for the delete of ``uuid`` (who, when, and its name as stored
    then), None when the log does not say. What an editor whose object went tells the user:
    the name they typed may not be the one the colleague deleted."""
    for change in history.of_object(session, uuid, limit=5):
        if change.action == "delete":
            return change
    return None


def locked_at(
    session: Session,
    entity: type[E],
    uuid: str,
    record: Any,
    expected_version: int,
    *,
    record_of: Callable[[E], Any],
    kind: str,
    base: Any = None,
) -> E:
    """The object ``uuid``, locked for this transaction (``FOR UPDATE`` on PostgreSQL; SQLite
    writes one at a time), if it is still at ``expected_version``: else :class:`Conflict` with
    it as it is now (``theirs``), or :class:`Gone` when it was deleted. What every ``update``
    of the core does before it applies an editor's record."""
    found = session.scalars(
        select(entity).where(entity.uuid == uuid).with_for_update()
    ).one_or_none()
    if found is None:
        raise Gone(record, kind)
    if found.version != expected_version:
        raise Conflict(
            record, record_of(found), expected_version, found.version, base=base, uuid=uuid
        )
    return found


@contextmanager
def caught_by_version(
    record: Any, expected_version: int | None, *, base: Any = None, uuid: str | None = None
) -> Iterator[None]:
    """Turn the version counter's refusal of a flush (a save that slipped past the check) into
    a :class:`Conflict` whose other side must be read again."""
    from sqlalchemy.orm.exc import StaleDataError  # noqa: PLC0415 - a flush: the ORM is in use

    try:
        yield
    except StaleDataError:
        raise Conflict(record, None, expected_version or 0, None, base=base, uuid=uuid) from None


def changed_by_them(conflict: Conflict) -> list[str]:
    """The differing fields the colleague changed (all of them when the base is unknown)."""
    if conflict.base is None:
        return conflict.fields
    return [f for f in conflict.fields if getattr(conflict.base, f) != getattr(conflict.theirs, f)]


def changed_by_me(conflict: Conflict) -> list[str]:
    """The differing fields the user changed (all of them when the base is unknown)."""
    if conflict.base is None:
        return conflict.fields
    return [f for f in conflict.fields if getattr(conflict.base, f) != getattr(conflict.mine, f)]


def clashing(conflict: Conflict) -> list[str]:
    """The fields both changed, differently: only these need the user to choose."""
    mine = set(changed_by_me(conflict))
    return [f for f in changed_by_them(conflict) if f in mine]


def suggested(conflict: Conflict) -> set[str]:
    """Which fields to take from theirs when picking field by field: those only the colleague
    changed. A field both changed stays the user's until they choose otherwise."""
    mine = set(changed_by_me(conflict))
    return {f for f in changed_by_them(conflict) if f not in mine}


def pick(conflict: Conflict, take_theirs: Iterable[str]) -> Any:
    """The user's record with the fields ``take_theirs`` from the colleague's version."""
    wanted = set(take_theirs)
    unknown = wanted - {f.name for f in fields(conflict.mine)}
    if unknown:
        raise ValueError(f"no such fields: {sorted(unknown)}")
    return replace(conflict.mine, **{name: getattr(conflict.theirs, name) for name in wanted})


def keep_mine(conflict: Conflict) -> Any:
    """The user's version merged three ways with the base the editor read: every field both
    changed is the user's, and what only the colleague changed is kept too (their work is not
    thrown away by "Keep Mine"). Without a base, the user's record as it is."""
    return pick(conflict, suggested(conflict))


def take_theirs(conflict: Conflict) -> Any:
    return conflict.theirs
