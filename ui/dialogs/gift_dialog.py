"""The gift editor: what was given or received at a meeting, by whom, to whom, and its value.

Giver and receiver are each a person or an organization of the meeting's trip (one list holds
both). The value is typed as people write amounts ("60", "1,250.50" or "1.250,50") and kept
exact as a decimal with its ISO 4217 currency.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import vocab
from planner.protocol.editing import GiftRecord, TripChoices
from planner.records import Choice
from ui.dialogs.register_item import MeetingItemDialog
from ui.models import vocab_text
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.vocab_combo import VocabCombo


def parse_amount(text: str) -> Decimal | None:
    """The amount typed, or None when nothing is; raises ValueError for what is no amount."""
    text = text.replace(" ", "").replace("\u00a0", "").replace("'", "")
    if not text:
        return None
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?|\d+,\d+", text):
        text = text.replace(".", "").replace(",", ".")  # 1.250,50 and 60,50
    else:
        text = text.replace(",", "")  # 1,250.50
    try:
        value = Decimal(text)
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    if not value.is_finite():
        raise ValueError(text)
    return value


class GiftDialog(MeetingItemDialog[GiftRecord]):
    def __init__(
        self,
        trips: Sequence[TripChoices],
        record: GiftRecord | None,
        parent: QWidget | None = None,
        trip_uuid: str | None = None,
    ) -> None:
        super().__init__(trips, record, parent, trip_uuid)
        self.setWindowTitle(self.tr("Edit Gift") if record else self.tr("New Gift"))
        if record is None:
            record = GiftRecord(meeting="", direction="given", description="")
        form = self.new_form()
        self.add_place(form)
        self.direction = self.add_field(
            form,
            self.tr("Dir&ection:"),
            "direction",
            VocabCombo(vocab.GIFT_DIRECTIONS, vocab_text.gift_directions(), parent=self),
        )
        self.direction.set_word(record.direction)
        self.description = self.add_field(
            form,
            self.tr("&Gift:"),
            "description",
            self.line_edit(record.description, self.tr("e.g. porcelain vase")),
        )
        self.giver = self.add_field(form, self.tr("&From:"), "giver", self._party_combo())
        self.giver.set_uuid(record.giver)
        self.receiver = self.add_field(form, self.tr("T&o:"), "receiver", self._party_combo())
        self.receiver.set_uuid(record.receiver)
        amount = "" if record.value is None else f"{record.value:f}"
        self.value = self.add_field(form, self.tr("&Value:"), "value", self.line_edit(amount))
        self.value.setPlaceholderText(self.tr("e.g. 60 or 1,250.50"))
        self.currency = self.add_field(
            form, self.tr("&Currency:"), "currency", self.code_edit(record.currency, "EUR", 3)
        )
        row = QHBoxLayout()
        row.addLayout(form)
        self.finish(row)
        self.resize(560, self.sizeHint().height())

    def _parties(self) -> list[Choice]:
        return [*self.people(), *self.organizations()]

    def _party_combo(self) -> ChoiceCombo:
        return ChoiceCombo(
            self._parties(),
            optional=True,
            unknown=self.tr("{name} is not a person or organization of this trip"),
            parent=self,
        )

    def trip_changed(self) -> None:
        for combo in (self.giver, self.receiver):
            combo.set_choices(self._parties())

    def _amount(self) -> Decimal | None:
        try:
            return parse_amount(self.value.text())
        except ValueError:
            return None

    def draft(self) -> GiftRecord:
        return GiftRecord(
            meeting=self.meeting.uuid() or "",
            direction=self.direction.word() or "",
            description=self.description.text(),
            giver=self.giver.uuid(),
            receiver=self.receiver.uuid(),
            value=self._amount(),
            currency=self.currency.text(),
        )

    def extra_problems(self) -> dict[str, str]:
        problems = super().extra_problems()
        try:
            parse_amount(self.value.text())
        except ValueError:
            problems["value"] = self.tr("{value} is not an amount").format(
                value=repr(self.value.text())
            )
        return problems
