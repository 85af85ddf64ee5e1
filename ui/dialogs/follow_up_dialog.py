"""The follow-up editor: a task promised at a meeting, with its due day and its owner.

The owner is one of the people of the meeting's trip; the due day may be left open (a task
without a date is never overdue).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from planner.protocol.editing import FollowUpRecord, TripChoices
from ui.dialogs.register_item import MeetingItemDialog
from ui.widgets.choice_combo import ChoiceCombo


class OptionalDateEdit(QWidget):
    """A day, or none: a box to say there is a due day and the calendar to pick it."""

    changed = Signal()

    def __init__(self, day: dt.date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.has_date = QCheckBox(self)
        self.has_date.setObjectName("has_due")
        self.edit = QDateEdit(self)
        self.edit.setObjectName("due_date")
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.has_date)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.set_date(day)
        self.has_date.toggled.connect(self.edit.setEnabled)
        self.has_date.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def set_date(self, day: dt.date | None) -> None:
        shown = day or dt.date.today() + dt.timedelta(days=14)
        self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        self.has_date.setChecked(day is not None)
        self.edit.setEnabled(day is not None)

    def date(self) -> dt.date | None:
        if not self.has_date.isChecked():
            return None
        chosen = self.edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())


class FollowUpDialog(MeetingItemDialog[FollowUpRecord]):
    def __init__(
        self,
        trips: Sequence[TripChoices],
        record: FollowUpRecord | None,
        parent: QWidget | None = None,
        trip_uuid: str | None = None,
    ) -> None:
        super().__init__(trips, record, parent, trip_uuid)
        self.setWindowTitle(self.tr("Edit Follow-up") if record else self.tr("New Follow-up"))
        if record is None:
            record = FollowUpRecord(meeting="", title="")
        form = self.new_form()
        self.add_place(form)
        self.title = self.add_field(form, self.tr("&Task:"), "title", self.line_edit(record.title))
        self.due = self.add_field(form, self.tr("D&ue:"), "due", OptionalDateEdit(record.due, self))
        self.due.has_date.setText(self.tr("by"))
        self.owner = self.add_field(
            form,
            self.tr("&Owner:"),
            "owner",
            ChoiceCombo(
                self.people(),
                optional=True,
                unknown=self.tr("{name} is not a person of this trip"),
                parent=self,
            ),
        )
        self.owner.set_uuid(record.owner)
        self.done_box = self.add_field(form, "", "done", QCheckBox(self.tr("&Done"), self))
        self.done_box.setChecked(bool(record.done))
        self._done_was = record.done
        self.finish(form)
        self.resize(560, self.sizeHint().height())

    def trip_changed(self) -> None:
        self.owner.set_choices(self.people())

    def draft(self) -> FollowUpRecord:
        done: bool | None = self.done_box.isChecked()
        if not done and self._done_was is None:
            done = None  # the file left it out: keep it so, an unchanged editor changes nothing
        return FollowUpRecord(
            meeting=self.meeting.uuid() or "",
            title=self.title.text(),
            due=self.due.date(),
            owner=self.owner.uuid(),
            done=done,
        )
