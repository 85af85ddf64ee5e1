"""The steps every record kind shares once its ORM class is known: find a row by UUID, read
it with its version, say what deleting it would take, and delete it with a snapshot.

The trip's objects, the registers and the branch venues all go through these, so a lock, a
"no longer exists" message or a check of what the user confirmed is written once.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import conflicts, model, snapshots
from planner.errors import NotFound, PlannerError
from planner.records import cleaned

E = TypeVar("E", bound=model.Entity)
R = TypeVar("R")


class EditError(PlannerError):
    """An edit that cannot be saved; ``problems`` maps field names to what is wrong."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{k}: {v}" for k, v in problems.items()))


def checked(record: R, validate: Callable[[R], dict[str, str]]) -> R:
    """``record`` with its text cleaned, or :class:`EditError` with every problem
    ``validate`` finds: nothing is written from a record that has not passed."""
    record = cleaned(record)
    problems = validate(record)
    if problems:
        raise EditError(problems)
    return record


def get(session: Session, entity: type[E], uuid: str) -> E:
    found = session.scalars(select(entity).where(entity.uuid == uuid)).one_or_none()
    if found is None:
        raise NotFound(f"the {kind_word(entity)} {uuid} no longer exists")
    return found


def for_update(
    session: Session,
    entity: type[E],
    uuid: str,
    record: Any,
    expected_version: int | None,
    *,
    record_of: Callable[[E], Any],
    base: Any = None,
) -> E:
    """The row an ``update`` changes: as it is when no version is expected (a script's or an
    import's own change), else locked at ``expected_version`` (:func:`conflicts.locked_at`:
    a colleague's save since is a Conflict, a delete Gone)."""
    if expected_version is None:
        return get(session, entity, uuid)
    return conflicts.locked_at(
        session,
        entity,
        uuid,
        record,
        expected_version,
        record_of=record_of,
        kind=kind_word(entity),
        base=base,
    )


def kind_word(entity: type[model.Entity]) -> str:
    """The user's word for a record kind: ``BranchVenue`` is a "branch venue", not a
    "branchvenue"; ``FollowUp`` a "follow-up", as the other messages spell it."""
    words = re.sub(r"(?<!^)(?=[A-Z])", " ", entity.__name__).lower()
    return words.replace("follow up", "follow-up")


def read_versioned(
    session: Session, entity: type[E], record_of: Callable[[E], Any], uuid: str
) -> tuple[Any, int]:
    """The record and the version it was read at: what an editor saves against."""
    obj = get(session, entity, uuid)
    return record_of(obj), obj.version


def delete_versions(session: Session, entity: type[model.Entity], uuid: str) -> conflicts.Versions:
    """Everything deleting the object would take (itself, a stop's meetings, an agreement's
    parties, ...) with its version now: what the user confirms, and what :func:`remove`
    checks."""
    obj = get(session, entity, uuid)
    return conflicts.delete_versions(session, entity.__tablename__, obj.id)


def remove(
    session: Session,
    entity: type[model.Entity],
    uuid: str,
    *,
    expected: conflicts.Versions | None = None,
) -> snapshots.Snapshot:
    """Delete the object and all that depends on it; the snapshot undoes it exactly.

    With ``expected`` (from :func:`delete_versions` when the user confirmed) the delete is
    refused with :class:`~planner.conflicts.ChangedMeanwhile` when a colleague changed, added
    or removed anything it would take since: their work is never deleted unseen. The object is
    locked first, so nothing can be added under it between the check and the delete."""
    query = select(entity).where(entity.uuid == uuid)
    obj = session.scalars(query.with_for_update() if expected else query).one_or_none()
    if obj is None:
        raise NotFound(f"the {kind_word(entity)} {uuid} no longer exists")
    return conflicts.delete_checked(session, entity.__tablename__, obj, expected)


def dependents(session: Session, entity: type[model.Entity], uuid: str) -> dict[str, int]:
    """How many stops, transfers and meetings deleting the object would take with it."""
    table = entity.__tablename__
    snap = snapshots.capture(session, table, [get(session, entity, uuid).id])
    counts = {t: snap.count(t) for t in ("stop", "transfer", "meeting")}
    if table in counts:
        counts[table] -= 1  # the object itself
    return {k: v for k, v in counts.items() if v}
