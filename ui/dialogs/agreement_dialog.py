"""The agreement editor: what is signed at a meeting, by which organizations, by whom.

Parties are organizations and signatories people, both chosen from the contacts of the
meeting's trip. Languages are typed as ISO 639-1 codes ("zh, de"), the way the trip file
writes them; a meeting holds at most one agreement, so one that has another is refused at
the meeting field.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import vocab
from planner.protocol.editing import AgreementRecord, TripChoices
from ui.dialogs.register_item import MeetingItemDialog
from ui.models import vocab_text
from ui.widgets.choice_list import ChoiceList
from ui.widgets.vocab_combo import VocabCombo


class AgreementDialog(MeetingItemDialog[AgreementRecord]):
    def __init__(
        self,
        trips: Sequence[TripChoices],
        record: AgreementRecord | None,
        parent: QWidget | None = None,
        trip_uuid: str | None = None,
    ) -> None:
        super().__init__(trips, record, parent, trip_uuid)
        self.setWindowTitle(self.tr("Edit Agreement") if record else self.tr("New Agreement"))
        if record is None:
            record = AgreementRecord(meeting="", title="")
        left, right = self.new_form(), self.new_form(labels_above=True)
        self.add_place(left)
        self.title = self.add_field(left, self.tr("&Title:"), "title", self.line_edit(record.title))
        self.kind = self.add_field(
            left,
            self.tr("&Kind:"),
            "kind",
            VocabCombo(vocab.AGREEMENT_KINDS, vocab_text.agreement_kinds(), parent=self),
        )
        self.kind.set_word(record.kind)
        self.status = self.add_field(
            left,
            self.tr("Stat&us:"),
            "status",
            VocabCombo(vocab.AGREEMENT_STATUSES, vocab_text.agreement_statuses(), parent=self),
        )
        self.status.set_word(record.status)
        self.languages = self.add_field(
            left,
            self.tr("&Languages:"),
            "languages",
            self.line_edit(", ".join(record.languages), self.tr("e.g. zh, de")),
        )
        self.notes = self.add_field(left, self.tr("&Notes:"), "notes", self.text_edit(record.notes))
        self.parties = self.add_field(
            right, self.tr("&Parties:"), "parties", ChoiceList(self.organizations(), self)
        )
        self.parties.set_selected(record.parties)
        self.signatories = self.add_field(
            right, self.tr("&Signatories:"), "signatories", ChoiceList(self.people(), self)
        )
        self.signatories.set_selected(record.signatories)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addSpacing(12)
        body.addLayout(right, 2)
        self.finish(body)

    def trip_changed(self) -> None:
        self.parties.set_choices(self.organizations())
        self.signatories.set_choices(self.people())

    def draft(self) -> AgreementRecord:
        codes = self.languages.text().replace(",", " ").replace(";", " ").lower().split()
        return AgreementRecord(
            meeting=self.meeting.uuid() or "",
            title=self.title.text(),
            kind=self.kind.word(),
            status=self.status.word(),
            languages=tuple(codes),
            parties=self.parties.selected(),
            signatories=self.signatories.selected(),
            notes=self.notes.toPlainText(),
        )

    def extra_problems(self) -> dict[str, str]:
        problems = super().extra_problems()
        meeting = self.chosen_meeting()
        if meeting is not None and meeting.agreement and meeting.uuid != self.own_meeting:
            problems.setdefault("meeting", self.tr("this meeting already has an agreement"))
        return problems
