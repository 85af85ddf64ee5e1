"""The trip editor: title, purpose, organizer, the home zone every time is also shown in, and
the rule set that seats the trip's meetings, whether the visit is made or received (the
documents' titles name it), what the invitation letter says of the visit (purpose, who bears
the costs, the day it was issued), and the trip's useful numbers for the pack's
contact sheet."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import vocab
from planner.records import TripContext, TripRecord
from ui.dialogs.form import RecordDialog
from ui.models import vocab_text
from ui.settings import Settings
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.number_list import NumberList
from ui.widgets.optional_date import OptionalDateEdit
from ui.widgets.vocab_combo import VocabCombo
from ui.widgets.zone_picker import ZonePicker


class TripDialog(RecordDialog[TripRecord]):
    """A new trip's home zone is the office's (the home zone setting: the one last given to
    a new trip, at first this computer's zone), and a new trip accepted sets it."""

    def __init__(
        self,
        context: TripContext | None,
        record: TripRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Trip") if record else self.tr("New Trip"))
        if record is None:
            self.accepted.connect(self._remember_home_zone)
        record = record or TripRecord(title="", home_timezone=_default_zone(context))
        organizations = context.organizations if context else ()
        form = self.new_form()
        self.title = self.add_field(form, self.tr("&Title:"), "title", self.line_edit(record.title))
        self.purpose = self.add_field(
            form, self.tr("&Purpose:"), "purpose", self.text_edit(record.purpose, lines=2)
        )
        self.organizer = self.add_field(
            form,
            self.tr("Or&ganizer:"),
            "organizer",
            ChoiceCombo(
                organizations,
                optional=True,
                unknown=self.tr("{name} is not an organization of this trip"),
                parent=self,
            ),
        )
        self.organizer.set_uuid(record.organizer)
        self.home_timezone = self.add_field(
            form, self.tr("&Home zone:"), "home_timezone", ZonePicker(self)
        )
        self.home_timezone.set_zone(record.home_timezone)
        self.status = self.add_field(
            form,
            self.tr("&Status:"),
            "status",
            VocabCombo(vocab.TRIP_STATUSES, vocab_text.trip_statuses(), parent=self),
        )
        self.status.set_word(record.status)
        self.classification = self.add_field(
            form,
            self.tr("Classi&fication:"),
            "classification",
            VocabCombo(vocab.CLASSIFICATIONS, self._classifications(), parent=self),
        )
        self.classification.set_word(record.classification)
        self.direction = self.add_field(
            form,
            self.tr("Di&rection:"),
            "direction",
            VocabCombo(vocab.TRIP_DIRECTIONS, vocab_text.trip_directions(), parent=self),
        )
        self.direction.set_word(record.direction)
        self.direction.setToolTip(
            self.tr(
                "Who travels: the briefing pack's title and the calendar's name say whether "
                "this is a visit your delegation makes or a visit your office receives."
            )
        )
        self.protocol_rules = self.add_field(
            form,
            self.tr("Seating r&ules:"),
            "protocol_rules",
            VocabCombo(vocab.PROTOCOL_RULES, vocab_text.protocol_rules(), parent=self),
        )
        self.protocol_rules.set_word(record.protocol_rules)
        self.protocol_rules.setToolTip(
            self.tr(
                "Which side is the place of honour in this trip's seating plans, signing and "
                "banquet layouts, cars and group photo. Foreign affairs: the right is the place "
                "of honour (以右为上), as international practice has it. Domestic Chinese: the "
                "left is the place of honour (以左为上), as in domestic Chinese political "
                "settings."
            )
        )
        self.notes = self.add_field(form, self.tr("&Notes:"), "notes", self.text_edit(record.notes))
        self.invitation_purpose = self.add_field(
            form,
            self.tr("&Invitation purpose:"),
            "invitation_purpose",
            self.text_edit(record.invitation_purpose, lines=2),
        )
        self.invitation_purpose.setToolTip(
            self.tr(
                "The purpose of the visit as the invitation letter states it "
                "(empty: the trip's purpose)"
            )
        )
        self.invitation_costs = self.add_field(
            form,
            self.tr("Costs borne b&y:"),
            "invitation_costs",
            self.line_edit(record.invitation_costs, self.tr("e.g. the delegates' employer")),
        )
        self.invitation_issued = self.add_field(
            form,
            self.tr("In&vitation issued:"),
            "invitation_issued",
            OptionalDateEdit(record.invitation_issued, self),
        )
        self.useful_numbers = self.add_field(
            form, self.tr("Useful num&bers:"), "useful_numbers", NumberList(self)
        )
        self.useful_numbers.set_numbers(record.useful_numbers)
        body = QHBoxLayout()
        body.addLayout(form)
        self.finish(body)
        self.resize(560, self.sizeHint().height())

    def draft(self) -> TripRecord:
        return TripRecord(
            title=self.title.text(),
            home_timezone=self.home_timezone.zone(),
            purpose=self.purpose.toPlainText(),
            organizer=self.organizer.uuid(),
            status=self.status.word(),
            classification=self.classification.word(),
            notes=self.notes.toPlainText(),
            protocol_rules=self.protocol_rules.word() or vocab.PROTOCOL_RULES[0],
            useful_numbers=self.useful_numbers.numbers(),
            direction=self.direction.word() or vocab.TRIP_DIRECTIONS[0],
            invitation_purpose=self.invitation_purpose.toPlainText(),
            invitation_costs=self.invitation_costs.text(),
            invitation_issued=self.invitation_issued.day(),
        )

    def _remember_home_zone(self) -> None:
        Settings().remember_home_zone(self.home_timezone.zone())

    def _classifications(self) -> dict[str, str]:
        return {
            "public": self.tr("Public"),
            "internal": self.tr("Internal"),
            "confidential": self.tr("Confidential"),
        }


def _default_zone(context: TripContext | None) -> str:
    return context.home_timezone if context is not None else Settings().home_zone()
