"""The meeting editor: what, when (in the stop's local time, with home time beside it), where,
with whom (and in which role: :mod:`ui.widgets.attendee_picker`), and what the delegation
wants from it.

A new meeting starts on the first day of its stop at 09:00 for an hour; until the user touches
the times, choosing another stop moves them to that stop's first day. Moving the start moves
the end with it, keeping the length, as calendars do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import localtime, vocab
from planner.records import MeetingRecord, StopChoice, TripContext
from ui.dialogs.form import RecordDialog
from ui.models import timetext, vocab_text
from ui.widgets.attendee_picker import AttendeePicker
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choice_list import ChoiceList
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.messages import field_mark
from ui.widgets.vocab_combo import VocabCombo

DEFAULT_START = dt.time(9)
DEFAULT_LENGTH = dt.timedelta(hours=1)


class MeetingDialog(RecordDialog[MeetingRecord]):
    def __init__(
        self,
        context: TripContext | None,
        record: MeetingRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Meeting") if record else self.tr("New Meeting"))
        self._stops = context.stops if context else ()
        home = context.home_timezone if context else None
        self._placing = False  # True while the dialog, not the user, sets the times
        self._times_touched = record is not None
        if record is None:
            start, end = _default_times(self._stops[0] if self._stops else None)
            record = MeetingRecord(
                title="", stop=self._stops[0].uuid if self._stops else "", start=start, end=end
            )
        self._answers = record.attendee_answers
        """Kept as they are: an answer comes from the person's reply, not from this form."""
        organizations = context.organizations if context else ()
        left, right = self.new_form(), self.new_form(labels_above=True)

        self.title = self.add_field(left, self.tr("&Title:"), "title", self.line_edit(record.title))
        self.kind = self.add_field(
            left,
            self.tr("&Kind:"),
            "kind",
            VocabCombo(vocab.MEETING_KINDS, vocab_text.meeting_kinds(), parent=self),
        )
        self.kind.set_word(record.kind)
        self.status = self.add_field(
            left,
            self.tr("Stat&us:"),
            "status",
            VocabCombo(vocab.MEETING_STATUSES, vocab_text.meeting_statuses(), parent=self),
        )
        self.status.set_word(record.status)
        self.stop = self.add_field(
            left,
            self.tr("&Stop:"),
            "stop",
            ChoiceCombo(
                self._stops,
                optional=False,
                unknown=self.tr("{name} is not a stop of this trip"),
                parent=self,
            ),
        )
        self.stop.set_uuid(record.stop or None)
        self.start = self.add_field(left, self.tr("Sta&rt:"), "start", LocalTimeEdit(self))
        self.end = self.add_field(left, self.tr("&End:"), "end", LocalTimeEdit(self))
        self._placing = True
        for edit, instant in ((self.start, record.start), (self.end, record.end)):
            edit.set_home_zone(home)
            edit.set_zone(self._zone())
            edit.set_instant(instant)
        self._placing = False
        self._last_start = self.start.wall()
        self.venue_name = self.add_field(
            left, self.tr("&Venue:"), "venue_name", self.line_edit(record.venue_name)
        )
        self.venue_address = self.add_field(
            left,
            self.tr("Venue a&ddress:"),
            "venue_address",
            self.text_edit(record.venue_address, lines=2),
        )
        self.venue_city = self.add_field(
            left,
            self.tr("Venue cit&y:"),
            "venue_city",
            self.line_edit(record.venue_city, self.tr("the stop's city")),
        )
        self.online_url = self.add_field(
            left,
            self.tr("Online &link:"),
            "online_url",
            self.line_edit(record.online_url, "https://"),
        )
        self.host = self.add_field(
            left,
            self.tr("&Host:"),
            "host",
            ChoiceCombo(
                organizations,
                optional=True,
                unknown=self.tr("{name} is not an organization of this trip"),
                parent=self,
            ),
        )
        self.host.set_uuid(record.host)
        # One line in the shorter column: the editor must still fit a 768-pixel screen.
        answers = self._answer_lines(context, home)
        self.answers = self.add_field(
            left,
            self.tr("Ans&wers:"),
            "attendee_answers",
            self.line_edit(self.tr("; ").join(answers)),
        )
        self.answers.setReadOnly(True)
        self.answers.setToolTip("\n".join(answers))
        self.objectives = self.add_field(
            left, self.tr("O&bjectives:"), "objectives", self.text_edit(record.objectives)
        )
        self.talking_points = self.add_field(
            left,
            self.tr("Talking &points:"),
            "talking_points",
            self.text_edit("\n".join(record.talking_points), lines=4),
        )
        self.talking_points.setPlaceholderText(self.tr("one point per line"))

        self.organizations = self.add_field(
            right,
            self.tr("Other or&ganizations:"),
            "organizations",
            ChoiceList(organizations, self),
        )
        self.organizations.set_selected(record.organizations)
        self.attendees = self.add_field(
            right,
            self.tr("&Attendees:"),
            "attendees",
            AttendeePicker(context.people if context else (), self),
        )
        self.attendees.set_selected(record.attendees)
        self.attendees.set_roles(record.attendee_roles)
        self._add_roles_field(self.attendees)
        self.answers.setPlaceholderText(
            self.tr("None yet: answers come from the attendees' replies (Import Calendar)")
        )
        self.notes = self.add_field(
            right, self.tr("&Notes:"), "notes", self.text_edit(record.notes)
        )
        self.private_notes = self.add_field(
            right,
            self.tr("Pr&ivate notes:"),
            "private_notes",
            self.text_edit(record.private_notes),
        )

        self.stop.changed.connect(self._on_stop_changed)
        self.start.changed.connect(self._on_start_changed)
        self.end.changed.connect(self._on_end_changed)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addSpacing(12)
        body.addLayout(right, 2)
        self.finish(body)

    def draft(self) -> MeetingRecord:
        points = self.talking_points.toPlainText().splitlines()
        return MeetingRecord(
            title=self.title.text(),
            stop=self.stop.uuid() or "",
            start=self.start.nearest_instant(),
            end=self.end.nearest_instant(),
            kind=self.kind.word(),
            status=self.status.word(),
            venue_name=self.venue_name.text(),
            venue_address=self.venue_address.toPlainText(),
            venue_city=self.venue_city.text(),
            online_url=self.online_url.text(),
            host=self.host.uuid(),
            organizations=self.organizations.selected(),
            attendees=self.attendees.selected(),
            objectives=self.objectives.toPlainText(),
            talking_points=tuple(p.strip() for p in points if p.strip()),
            notes=self.notes.toPlainText(),
            private_notes=self.private_notes.toPlainText(),
            attendee_roles=self.attendees.roles(),
            attendee_answers=tuple(a for a in self._answers if a[0] in self.attendees.selected()),
        )

    def _answer_lines(self, context: TripContext | None, home: str | None) -> list[str]:
        """Who answered what, and on which day: shown, not edited (a reply sets it)."""
        names = {c.uuid: c.label for c in (context.people if context else ())}
        words = vocab_text.attendee_answers()
        lines = []
        for uuid, answer, when in self._answers:
            line = self.tr("{name}: {answer}").format(
                name=names.get(uuid, uuid), answer=words[answer]
            )
            if when is not None:
                day = timetext.day_text(localtime.local_date(when, home or "UTC"))
                line = self.tr("{answer}, {day}").format(answer=line, day=day)
            lines.append(line)
        return lines

    def extra_problems(self) -> dict[str, str]:
        if not self._stops:
            return {"stop": self.tr("the trip has no stops yet: add a stop first")}
        return {}

    def _add_roles_field(self, picker: AttendeePicker) -> None:
        """The roles are chosen in the picker's rows: its list of people is the input of
        ``attendee_roles`` (a problem with a role is shown under the picker, at the list)."""
        picker.tree.setObjectName("attendee_roles")
        self.fields["attendee_roles"] = picker.tree
        self.messages["attendee_roles"] = field_mark("attendee_roles_message", self)
        box = picker.parentWidget()
        column = box.layout() if box is not None else None
        assert column is not None
        column.addWidget(self.messages["attendee_roles"])

    # -- keeping the times sensible

    def _stop_choice(self) -> StopChoice | None:
        uuid = self.stop.uuid()
        return next((s for s in self._stops if s.uuid == uuid), None)

    def _zone(self) -> str:
        stop = self._stop_choice()
        if stop is not None:
            return stop.timezone
        return self.context.home_timezone if self.context else "UTC"

    def _on_stop_changed(self) -> None:
        if self._stop_choice() is None:
            return  # a stop name being typed: keep the times as they are until it names one
        self._placing = True
        for edit in (self.start, self.end):
            edit.set_zone(self._zone())
        if not self._times_touched:
            start, end = _default_times(self._stop_choice())
            self.start.set_instant(start)
            self.end.set_instant(end)
        self._last_start = self.start.wall()
        self._placing = False

    def _on_start_changed(self) -> None:
        if self._placing:
            return
        self._times_touched = True
        moved = self.start.wall() - self._last_start
        self._last_start = self.start.wall()
        if moved:
            self._placing = True
            self.end.set_wall(self.end.wall() + moved)
            self._placing = False

    def _on_end_changed(self) -> None:
        if not self._placing:
            self._times_touched = True


def _default_times(stop: StopChoice | None) -> tuple[dt.datetime, dt.datetime]:
    """09:00–10:00 on the stop's first day in its zone (today when it has no times yet)."""
    zone = stop.timezone if stop else "UTC"
    first = (stop.arrive or stop.depart) if stop else None
    day = localtime.local_date(first, zone) if first else dt.datetime.now(dt.UTC).date()
    start = localtime.to_instant(dt.datetime.combine(day, DEFAULT_START), zone)
    return start, start + DEFAULT_LENGTH
