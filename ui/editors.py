"""Which editor dialog edits which record: one place for the window to ask for a record."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from planner.records import (
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    StopRecord,
    TransferRecord,
    TripContext,
    TripRecord,
)
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.organization_dialog import OrganizationDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.dialogs.stop_dialog import StopDialog
from ui.dialogs.transfer_dialog import TransferDialog
from ui.dialogs.trip_dialog import TripDialog

DIALOGS: dict[type[Any], Any] = {
    TripRecord: TripDialog,
    StopRecord: StopDialog,
    TransferRecord: TransferDialog,
    MeetingRecord: MeetingDialog,
    PersonRecord: PersonDialog,
    OrganizationRecord: OrganizationDialog,
}


def ask_record(
    parent: QWidget | None, context: TripContext | None, record_type: type[Any], record: Any
) -> Any:
    """Show the editor for ``record_type`` (``record`` None for a new one); the edited record,
    or None when the officer cancels."""
    return DIALOGS[record_type].ask(parent, context, record)


def show_record(
    parent: QWidget | None,
    context: TripContext | None,
    record_type: type[Any],
    record: Any,
    reason: str,
) -> None:
    """Show ``record`` in its editor, read-only: a viewer reads a record where an officer
    edits it, and ``reason`` says why nothing can be changed."""
    DIALOGS[record_type].ask(parent, context, record, read_only=reason)
