"""What the editors of the registers share: an agreement, a follow-up or a gift belongs to a
meeting of a trip, so the editor asks for the trip first and then for one of its meetings.

The registers cross trips, so these editors get every trip's meetings and contacts
(:func:`planner.protocol.editing.editor_choices`) rather than one trip's context; choosing
another trip offers that trip's meetings, people and organizations (what was ticked and is
still offered stays ticked).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import QFormLayout, QWidget

from planner import localtime
from planner.protocol.editing import MeetingChoice, ProtocolRecord, TripChoices
from planner.records import Choice
from ui.dialogs.form import RecordDialog
from ui.models import timetext
from ui.widgets.choice_combo import ChoiceCombo

P = TypeVar("P", bound=ProtocolRecord)


def meeting_label(meeting: MeetingChoice) -> str:
    """A meeting as the editors offer it, in its own zone: ``Thu 7 Jul 2022 17:30 · Signing``."""
    local = timetext.full_day_text(localtime.local_date(meeting.start, meeting.timezone))
    return f"{local} {timetext.clock_text(meeting.start, meeting.timezone)} · {meeting.label}"


class MeetingItemDialog(RecordDialog[P]):
    """An editor of a record with a ``meeting`` field; subclasses add their own fields after
    :meth:`add_place` and refill their lists in :meth:`trip_changed`."""

    def __init__(
        self,
        trips: Sequence[TripChoices],
        record: P | None,
        parent: QWidget | None = None,
        trip_uuid: str | None = None,
    ) -> None:
        super().__init__(None, record, parent)
        self.trips = tuple(trips)
        self.own_meeting = record.meeting if record is not None else None
        chosen = next(
            (t for t in self.trips if self.own_meeting and t.meeting(self.own_meeting)), None
        ) or next((t for t in self.trips if t.uuid == trip_uuid), None)
        if chosen is None and self.trips:
            chosen = self.trips[0]
        self.trip: TripChoices | None = chosen

    @classmethod
    def ask_in_register(
        cls,
        parent: QWidget | None,
        trips: Sequence[TripChoices],
        record: P | None,
        trip_uuid: str | None = None,
        *,
        read_only: str | None = None,
    ) -> P | None:
        """Let the user edit ``record`` (None: a new one, at a meeting of ``trip_uuid`` if
        given); the result, or None if cancelled or only shown (``read_only`` says why)."""
        return cls(trips, record, parent, trip_uuid).run(read_only)

    def add_place(self, form: QFormLayout) -> None:
        """The trip and meeting rows."""
        self.trip_combo = self.add_field(
            form,
            self.tr("T&rip:"),
            "trip",
            ChoiceCombo(
                [Choice(t.uuid, t.title) for t in self.trips],
                optional=False,
                unknown=self.tr("{name} is not a trip of this store"),
                parent=self,
            ),
        )
        self.trip_combo.set_uuid(self.trip.uuid if self.trip else None)
        self.meeting = self.add_field(
            form,
            self.tr("&Meeting:"),
            "meeting",
            ChoiceCombo(
                self._meetings(),
                optional=False,
                unknown=self.tr("{name} is not a meeting of this trip"),
                parent=self,
            ),
        )
        if self.own_meeting:
            self.meeting.set_uuid(self.own_meeting)
        self.trip_combo.changed.connect(self._on_trip_changed)

    def trip_changed(self) -> None:
        """Another trip was chosen: offer its people and organizations (subclasses)."""

    def people(self) -> tuple[Choice, ...]:
        return self.trip.people if self.trip else ()

    def organizations(self) -> tuple[Choice, ...]:
        return self.trip.organizations if self.trip else ()

    def chosen_meeting(self) -> MeetingChoice | None:
        uuid = self.meeting.uuid()
        return self.trip.meeting(uuid) if self.trip and uuid else None

    def _meetings(self) -> list[Choice]:
        meetings = self.trip.meetings if self.trip else ()
        return [Choice(m.uuid, meeting_label(m)) for m in meetings]

    def _on_trip_changed(self) -> None:
        uuid = self.trip_combo.uuid()
        trip = next((t for t in self.trips if t.uuid == uuid), None)
        if trip is None or trip is self.trip:
            return
        self.trip = trip
        self.meeting.set_choices(self._meetings())
        self.trip_changed()
        self.refresh()

    def extra_problems(self) -> dict[str, str]:
        if self.trip is not None and not self.trip.meetings:
            return {"meeting": self.tr("the trip has no meetings yet: add a meeting first")}
        return {}
