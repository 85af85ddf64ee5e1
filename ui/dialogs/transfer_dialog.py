"""The transfer editor: a flight, train or drive from one stop to another.

Departure is entered in the zone of the stop left and arrival in the zone of the stop reached,
as printed on a ticket (a Frankfurt–Shanghai flight departs 21:40 Berlin time and lands 14:05
Shanghai time). Changing a stop re-zones its time field.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import localtime, vocab
from planner.records import TransferRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.models import vocab_text
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.vocab_combo import VocabCombo


class TransferDialog(RecordDialog[TransferRecord]):
    """A new transfer goes from the first stop to the second, leaving when the first ends."""

    def __init__(
        self,
        context: TripContext | None,
        record: TransferRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Transfer") if record else self.tr("New Transfer"))
        stops = context.stops if context else ()
        home = context.home_timezone if context else None
        record = record or _new_transfer(context)
        unknown = self.tr("{name} is not a stop of this trip")
        form = self.new_form()
        self.from_stop = self.add_field(
            form,
            self.tr("&From:"),
            "from_stop",
            ChoiceCombo(stops, optional=False, unknown=unknown, parent=self),
        )
        self.from_stop.set_uuid(record.from_stop or None)
        self.to_stop = self.add_field(
            form,
            self.tr("&To:"),
            "to_stop",
            ChoiceCombo(stops, optional=False, unknown=unknown, parent=self),
        )
        self.to_stop.set_uuid(record.to_stop or None)
        self.mode = self.add_field(
            form,
            self.tr("&Mode:"),
            "mode",
            VocabCombo(vocab.TRANSFER_MODES, vocab_text.transfer_modes(), parent=self),
        )
        self.mode.set_word(record.mode)
        self.carrier = self.add_field(
            form,
            self.tr("Ca&rrier:"),
            "carrier",
            self.line_edit(record.carrier, self.tr("e.g. Lufthansa, DB")),
        )
        self.number = self.add_field(
            form,
            self.tr("N&umber:"),
            "number",
            self.line_edit(record.number, self.tr("e.g. LH 728, ICE 521")),
        )
        self.depart = self.add_field(form, self.tr("&Departure:"), "depart", LocalTimeEdit(self))
        self.arrive = self.add_field(form, self.tr("&Arrival:"), "arrive", LocalTimeEdit(self))
        for edit, stop, instant in (
            (self.depart, self.from_stop, record.depart),
            (self.arrive, self.to_stop, record.arrive),
        ):
            edit.set_home_zone(home)
            edit.set_zone(self._zone_of(stop) or (home or "UTC"))
            edit.set_instant(instant)
        self.reference = self.add_field(
            form,
            self.tr("R&eference:"),
            "reference",
            self.line_edit(record.reference, self.tr("booking reference")),
        )
        self.notes = self.add_field(form, self.tr("&Notes:"), "notes", self.text_edit(record.notes))
        self.from_stop.changed.connect(lambda: self._follow(self.from_stop, self.depart))
        self.to_stop.changed.connect(lambda: self._follow(self.to_stop, self.arrive))
        body = QHBoxLayout()
        body.addLayout(form)
        self.finish(body)
        self.resize(640, self.sizeHint().height())

    def draft(self) -> TransferRecord:
        return TransferRecord(
            from_stop=self.from_stop.uuid() or "",
            to_stop=self.to_stop.uuid() or "",
            mode=self.mode.word() or "",
            depart=self.depart.nearest_instant(),
            arrive=self.arrive.nearest_instant(),
            carrier=self.carrier.text(),
            number=self.number.text(),
            reference=self.reference.text(),
            notes=self.notes.toPlainText(),
        )

    def _zone_of(self, combo: ChoiceCombo) -> str | None:
        uuid = combo.uuid()
        stops = self.context.stops if self.context else ()
        return next((s.timezone for s in stops if s.uuid == uuid), None)

    def _follow(self, combo: ChoiceCombo, edit: LocalTimeEdit) -> None:
        """Re-zone the time to the chosen stop; half-typed stop names leave it alone."""
        zone = self._zone_of(combo)
        if zone is not None:
            edit.set_zone(zone)


def _new_transfer(context: TripContext | None) -> TransferRecord:
    stops = context.stops if context else ()
    first = stops[0] if stops else None
    second = stops[1] if len(stops) > 1 else None
    depart = first.depart if first and first.depart else None
    if depart is None:
        depart = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
        if first is not None:
            day = localtime.local_date(first.arrive or depart, first.timezone)
            depart = localtime.to_instant(dt.datetime.combine(day, dt.time(9)), first.timezone)
    return TransferRecord(
        from_stop=first.uuid if first else "",
        to_stop=second.uuid if second else "",
        mode="train",
        depart=depart,
        arrive=depart + dt.timedelta(hours=2),
    )
