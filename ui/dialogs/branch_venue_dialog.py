"""The branch venue editor: another place a hybrid meeting is joined from, at the same instant.

The people at a branch venue plan their day by their own clock, so the editor shows the
meeting's start and end in the branch's zone beside the meeting's own, and follows the zone
as it is typed or chosen ("15:00–16:00 in Changzhou is 09:00–10:00 here"). The host is one of
the trip's organizations and the attendees are the trip's people, as in the meeting editor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from planner import localtime
from planner.protocol.branches import BranchVenueRecord
from planner.records import MeetingRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.models import hybrid_text, timetext
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.choice_list import ChoiceList
from ui.widgets.zone_picker import ZonePicker


class BranchVenueDialog(RecordDialog[BranchVenueRecord]):
    """A new branch venue starts in the trip's home zone: the partners at home are the ones
    who usually join from elsewhere."""

    def __init__(
        self,
        context: TripContext | None,
        record: BranchVenueRecord | None,
        parent: QWidget | None = None,
        meeting: MeetingRecord | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Branch Venue") if record else self.tr("New Branch Venue"))
        self.meeting = meeting
        if record is None:
            home = context.home_timezone if context else "UTC"
            record = BranchVenueRecord(name="", city="", country="", timezone=home)

        self.heading = QLabel(self._heading_text(), self)
        self.heading.setObjectName("meeting_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        left, right = self.new_form(), self.new_form(labels_above=True)
        self.name = self.add_field(
            left,
            self.tr("&Name:"),
            "name",
            self.line_edit(record.name, self.tr("e.g. Commerzbank Tower, conference room")),
        )
        self.city = self.add_field(left, self.tr("C&ity:"), "city", self.line_edit(record.city))
        self.country = self.add_field(
            left, self.tr("Co&untry:"), "country", self.code_edit(record.country, "DE")
        )
        self.timezone = self.add_field(left, self.tr("&Zone:"), "timezone", ZonePicker(self))
        self.timezone.set_zone(record.timezone)
        self.local_times = QLabel(self)
        self.local_times.setObjectName("local_times")
        self.local_times.setTextFormat(Qt.TextFormat.PlainText)
        # As tall as an input, its label beside it, so the row lines up as the others do.
        self.local_times.setMinimumHeight(self.name.sizeHint().height())
        local_label = QLabel(self.tr("Local time:"), self)
        local_label.setMinimumHeight(self.name.sizeHint().height())
        local_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        left.addRow(local_label, self.local_times)
        self.address = self.add_field(
            left, self.tr("Addr&ess:"), "address", self.text_edit(record.address, lines=2)
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
                context.organizations if context else (),
                optional=True,
                unknown=self.tr("{name} is not an organization of this trip"),
                parent=self,
            ),
        )
        self.host.set_uuid(record.host)
        self.attendees = self.add_field(
            right,
            self.tr("&Attendees here:"),
            "attendees",
            ChoiceList(context.people if context else (), self),
        )
        self.attendees.set_selected(record.attendees)

        self.timezone.changed.connect(self._show_local_times)
        self._show_local_times()
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addSpacing(12)
        columns.addLayout(right, 2)
        body = QVBoxLayout()
        body.addWidget(self.heading)
        body.addSpacing(6)
        body.addLayout(columns, 1)
        self.finish(body)
        self.resize(820, self.sizeHint().height())

    @classmethod
    def ask_for(
        cls,
        parent: QWidget | None,
        context: TripContext | None,
        meeting: MeetingRecord | None,
        record: BranchVenueRecord | None,
        *,
        read_only: str | None = None,
    ) -> BranchVenueRecord | None:
        """Let the user edit ``record`` (None: a new one) of ``meeting``; the result, or None
        if cancelled or only shown (``read_only`` says why). The one call the window makes
        (tests monkeypatch it)."""
        return cls(context, record, parent, meeting).run(read_only)

    def draft(self) -> BranchVenueRecord:
        return BranchVenueRecord(
            name=self.name.text(),
            city=self.city.text(),
            country=self.country.text(),
            timezone=self.timezone.zone(),
            address=self.address.toPlainText(),
            online_url=self.online_url.text(),
            host=self.host.uuid(),
            attendees=self.attendees.selected(),
        )

    # -- the meeting's times at the branch

    def _place(self) -> tuple[str, str] | None:
        """The meeting's city and zone (from its stop), if the editor knows them."""
        if self.meeting is None or self.context is None:
            return None
        stop = next((s for s in self.context.stops if s.uuid == self.meeting.stop), None)
        return None if stop is None else (stop.label, stop.timezone)

    def _heading_text(self) -> str:
        place = self._place()
        if self.meeting is None or place is None:
            return ""
        city, zone = place
        day = localtime.local_date(self.meeting.start, zone)
        times = hybrid_text.local_times(self.meeting.start, self.meeting.end, zone, day)
        return self.tr("Meeting: {title}, {day} {times} in {city}").format(
            title=self.meeting.title, day=timetext.day_text(day), times=times, city=city
        )

    def _show_local_times(self) -> None:
        place = self._place()
        if self.meeting is None or place is None:
            text = ""
        elif not self.timezone.is_known():
            text = self.tr("Choose the zone to see the meeting's time here.")
        else:
            city, zone = place
            text = hybrid_text.here_and_there(
                self.meeting.start, self.meeting.end, zone, city, self.timezone.zone()
            )
        self.local_times.setText(text)
