"""Every kind of record a user edits, declared once: its record type, its word, what it
belongs to and how it is read, created, changed, deleted and put back.

The window's undo commands and the tests dispatch through :func:`editor_for` instead of
knowing three edit APIs; a new kind is one :class:`Editor` in :data:`EDITORS` (see
CONTRIBUTING, "How to add a record kind"). Reading, deleting and restoring are the same for
every kind (:mod:`planner.editing.rows`, :mod:`planner.snapshots`); only creating and
changing differ, since each kind hangs its rows into its parent in its own way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import conflicts, editing, model, snapshots
from planner.editing import delegation, rows
from planner.errors import NotFound
from planner.protocol import branches
from planner.protocol import editing as registers
from planner.records import (
    DelegationMemberRecord,
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TransferRecord,
    TripRecord,
)


@dataclass(frozen=True)
class Editor:
    """How one kind of record is edited. ``kind`` is the English word undo entries show
    (translated in the window); ``parent`` what a new one is created under: the trip, the
    meeting, or nothing (a trip; a register entry, whose record names its own meeting).
    ``crosses_trips``: an edit of it belongs to no one trip (the registers), so undoing it
    leaves the window where it is."""

    record_type: type[Any]
    kind: str
    parent: Literal["trip", "meeting"] | None
    entity: type[model.Entity]
    record_of: Callable[[Any], Any]
    validate: Callable[..., dict[str, str]]
    """``validate(record, language="en")``: every problem by field name."""
    create_under: Callable[..., str]
    """``create_under(session, parent_uuid, record)``: the new UUID."""
    change: Callable[..., int]
    """``change(session, uuid, record, *, expected_version, base)``: the new version."""
    crosses_trips: bool = False

    @property
    def word(self) -> str:
        """The kind in English, lower case, as messages say it ("follow-up")."""
        return rows.kind_word(self.entity)

    def read(self, session: Session, uuid: str) -> Any:
        return self.record_of(rows.get(session, self.entity, uuid))

    def read_versioned(self, session: Session, uuid: str) -> tuple[Any, int]:
        """The record and the version it was read at: what an editor saves against."""
        return rows.read_versioned(session, self.entity, self.record_of, uuid)

    def create(self, session: Session, parent_uuid: str | None, record: Any) -> str:
        """Add ``record`` under ``parent_uuid`` (see :attr:`parent`); its new UUID."""
        return self.create_under(session, parent_uuid, record)

    def update(
        self,
        session: Session,
        uuid: str,
        record: Any,
        *,
        expected_version: int | None = None,
        base: Any = None,
    ) -> int:
        """Change ``uuid`` to ``record``; refused with a Conflict or Gone when someone saved
        or deleted it since ``expected_version`` (``base``: the record read then)."""
        return self.change(session, uuid, record, expected_version=expected_version, base=base)

    def delete_versions(self, session: Session, uuid: str) -> conflicts.Versions:
        """What deleting the object would take, with versions: what the user confirms."""
        return rows.delete_versions(session, self.entity, uuid)

    def dependents(self, session: Session, uuid: str) -> dict[str, int]:
        """How many stops, transfers and meetings a delete would take with it (for the
        confirmation)."""
        return rows.dependents(session, self.entity, uuid)

    def remove(
        self, session: Session, uuid: str, *, expected: conflicts.Versions | None = None
    ) -> snapshots.Snapshot:
        """Delete the object and all that depends on it; the snapshot undoes it exactly
        (refused as :func:`planner.editing.rows.remove` says when ``expected`` no longer
        holds)."""
        return rows.remove(session, self.entity, uuid, expected=expected)

    @staticmethod
    def restore(session: Session, snapshot: snapshots.Snapshot) -> None:
        """Undo a :meth:`remove`: the rows come back with their ids and UUIDs."""
        snapshots.restore(session, snapshot)


# The trip's objects and the registers' entries name their ORM class once, in the module that
# edits them (its ENTITY_OF, which its update looks rows up by); the branch venue here.


def _trip_object(record_type: type[Any], kind: str, parent: Literal["trip"] | None) -> Editor:
    return Editor(
        record_type,
        kind,
        parent,
        editing.ENTITY_OF[record_type],
        record_of=editing.record_of,
        validate=editing.validate,
        create_under=editing.create,
        change=editing.update,
    )


def _register(record_type: type[Any], kind: str) -> Editor:
    return Editor(
        record_type,
        kind,
        "meeting",
        registers.ENTITY_OF[record_type],
        record_of=registers.record_of,
        validate=registers.validate,
        create_under=lambda session, _meeting, record: registers.create(session, record),
        change=registers.update,
        crosses_trips=True,
    )


EDITORS: tuple[Editor, ...] = (
    _trip_object(TripRecord, "Trip", None),
    _trip_object(StopRecord, "Stop", "trip"),
    _trip_object(TransferRecord, "Transfer", "trip"),
    _trip_object(MeetingRecord, "Meeting", "trip"),
    # People and organizations created with no trip go into the office's directory only.
    _trip_object(PersonRecord, "Person", "trip"),
    _trip_object(OrganizationRecord, "Organization", "trip"),
    Editor(
        DelegationMemberRecord,
        "Delegation Member",
        "trip",
        model.DelegationMember,
        record_of=delegation.record_of,
        validate=delegation.validate,
        create_under=delegation.create,
        change=delegation.update,
    ),
    _register(registers.AgreementRecord, "Agreement"),
    _register(registers.FollowUpRecord, "Follow-up"),
    _register(registers.GiftRecord, "Gift"),
    Editor(
        branches.BranchVenueRecord,
        "Branch Venue",
        "meeting",
        model.BranchVenue,
        record_of=branches.record_of,
        validate=branches.validate,
        create_under=branches.create,
        change=branches.update,
    ),
)
_BY_TYPE = {editor.record_type: editor for editor in EDITORS}


def editor_for(record_type: type[Any]) -> Editor:
    """The editor of ``record_type`` (a TypeError for a type that is no record kind)."""
    try:
        return _BY_TYPE[record_type]
    except KeyError:
        raise TypeError(f"no editor for {record_type.__name__}") from None


def record_type_of(session: Session, uuid: str) -> type[Any]:
    """Which kind of object ``uuid`` names (a selection in a mixed list, e.g. the itinerary).
    The trip's own objects are asked first: they are what the window's lists show."""
    for editor in EDITORS:
        if session.scalar(select(editor.entity.id).where(editor.entity.uuid == uuid)) is not None:
            return editor.record_type
    raise NotFound(f"nothing has the id {uuid} any more")
