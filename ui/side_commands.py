"""Undoable commands for a person's place in one trip: their side and their rank.

A side and a rank belong to the trip, not to the person (:mod:`planner.protocol.sides`), so
they are no field of the person's record that :class:`~ui.commands.EditCommand` could save.
Each change here is one fact written by the core function that returns what was there, and
undo writes that back with the same function. The person editor opened from a trip edits the
person and their rank in this trip as one undo step (:func:`person_edit`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from planner.protocol import sides
from planner.records import PersonRecord
from ui.command_workspace import CommandWorkspace
from ui.commands import EditCommand, StoreCommand, short
from ui.models import vocab_text


class SideCommand(StoreCommand):
    """Put a counterpart on the host side or the third-party side of the open trip."""

    def __init__(self, workspace: CommandWorkspace, person_uuid: str, name: str, side: str) -> None:
        text = QCoreApplication.translate("Commands", "Move '{name}' to {side}").format(
            name=short(name), side=vocab_text.word(vocab_text.trip_sides(), side)
        )
        super().__init__(workspace, text)
        self.person_uuid, self.side = person_uuid, side
        self.previous: str | None = None

    def forward(self, session: Session) -> None:
        assert self.trip_uuid is not None
        self.previous = sides.set_side(session, self.trip_uuid, self.person_uuid, self.side)

    def backward(self, session: Session) -> None:
        assert self.trip_uuid is not None and self.previous is not None
        sides.set_side(session, self.trip_uuid, self.person_uuid, self.previous)


class TripRankCommand(StoreCommand):
    """Give a person a rank in the open trip (a member's in the delegation, anyone else's
    among the counterparts: :func:`planner.protocol.sides.set_trip_rank`)."""

    def __init__(
        self, workspace: CommandWorkspace, person_uuid: str, name: str, rank: int | None
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Rank '{name}'").format(name=short(name)),
        )
        self.person_uuid, self.rank = person_uuid, rank
        self.previous: int | None = None

    def forward(self, session: Session) -> None:
        assert self.trip_uuid is not None
        self.previous = sides.set_trip_rank(session, self.trip_uuid, self.person_uuid, self.rank)

    def backward(self, session: Session) -> None:
        assert self.trip_uuid is not None
        sides.set_trip_rank(session, self.trip_uuid, self.person_uuid, self.previous)


class PersonInTripEditCommand(EditCommand):
    """An edit of the person's own fields and of their rank in the trip, one undo step: the
    person is saved as any edit is (with its conflict checks), then the rank; undo goes back
    in the opposite order. A person edit that was refused writes no rank."""

    def __init__(self, *args: Any, rank: TripRankCommand, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.rank = rank

    def redo(self) -> None:
        super().redo()
        if self.error is None and not self.isObsolete():
            self.rank.redo()
            self._take(self.rank)

    def undo(self) -> None:
        self.rank.undo()
        self._take(self.rank)
        if self.error is None:
            super().undo()

    def _take(self, step: StoreCommand) -> None:
        if step.error is not None:
            self.error = step.error
            self.setObsolete(True)


def person_edit(
    workspace: CommandWorkspace,
    uuid: str,
    before: PersonRecord,
    after: PersonRecord,
    *,
    version: int | None,
) -> StoreCommand | None:
    """The command that saves ``after`` over ``before`` of the person ``uuid``, both read
    with the rank in the open trip (``precedence``); None when nothing changed."""
    own_before, own_after = replace(before, precedence=None), replace(after, precedence=None)
    rank = (
        TripRankCommand(workspace, uuid, after.label, after.precedence)
        if before.precedence != after.precedence and workspace.trip_uuid is not None
        else None
    )
    if own_before == own_after:
        return rank
    if rank is None:
        return EditCommand(workspace, uuid, own_before, own_after, version=version)
    return PersonInTripEditCommand(
        workspace, uuid, own_before, own_after, version=version, rank=rank
    )
