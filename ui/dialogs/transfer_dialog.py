"""The transfer editor: a flight, train or drive between stops, or from home and back.

Times are entered as printed on the ticket: the departure in the zone of the place left and
the arrival in the zone of the place reached (a Frankfurt–Shanghai flight departs 21:40 Berlin
time and lands 14:05 Shanghai time). An end's zone is its airport's when the place is an
airport code, else its stop's, else the trip's home zone (:func:`planner.model.end_zone`, the
rule the store applies on saving), and the time field follows it as the end changes.

A new transfer starts on the leg the officer most likely means: the first gap between stops
(:meth:`planner.records.TripContext.open_gap`). Until the user touches them, To and the two
times follow From: To becomes the stop after From, the departure From's departure and the
arrival To's arrival.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QWidget

from planner import localtime, model, vocab
from planner.records import Choice, StopChoice, TransferRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.models import vocab_text
from ui.widgets.choice_combo import ChoiceCombo
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.place_edit import PlaceEdit
from ui.widgets.traveller_table import TravellerTable
from ui.widgets.vocab_combo import VocabCombo

HOME = ""
_DEFAULT_LENGTH = dt.timedelta(hours=2)
"""The choice "Home" in the From and To boxes: no stop at that end."""


class TransferDialog(RecordDialog[TransferRecord]):
    """See the module docstring: new transfers fill the open gap, To and times follow From."""

    def __init__(
        self,
        context: TripContext | None,
        record: TransferRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Transfer") if record else self.tr("New Transfer"))
        self._stops: tuple[StopChoice, ...] = context.stops if context else ()
        self._home = context.home_timezone if context else "UTC"
        self._following = record is None  # a new transfer's To and times follow its From
        self._touched: set[QWidget] = set()
        self._setting = False
        record = record or _new_transfer(context)
        ends = (Choice(HOME, self.tr("Home")), *self._stops)
        unknown = self.tr("{name} is not a stop of this trip")
        left, right = self.new_form(), self.new_form(labels_above=True)

        self.from_stop = self.add_field(
            left,
            self.tr("&From:"),
            "from_stop",
            ChoiceCombo(ends, optional=False, unknown=unknown, parent=self),
        )
        self.from_stop.set_uuid(record.from_stop or HOME)
        self.from_place = self.add_field(
            left,
            self.tr("From air&port or station:"),
            "from_place",
            PlaceEdit(record.from_place, self),
        )
        self.from_terminal = self.add_field(
            left,
            self.tr("From termina&l:"),
            "from_terminal",
            self.line_edit(record.from_terminal, self.tr("e.g. 1, 2E")),
        )
        self.to_stop = self.add_field(
            left,
            self.tr("&To:"),
            "to_stop",
            ChoiceCombo(ends, optional=False, unknown=unknown, parent=self),
        )
        self.to_stop.set_uuid(record.to_stop or HOME)
        self.to_place = self.add_field(
            left, self.tr("To airp&ort or station:"), "to_place", PlaceEdit(record.to_place, self)
        )
        self.to_terminal = self.add_field(
            left,
            self.tr("To term&inal:"),
            "to_terminal",
            self.line_edit(record.to_terminal, self.tr("e.g. 1, 2E")),
        )
        self.mode = self.add_field(
            left,
            self.tr("&Mode:"),
            "mode",
            VocabCombo(vocab.TRANSFER_MODES, vocab_text.transfer_modes(), parent=self),
        )
        self.mode.set_word(record.mode)
        self.carrier = self.add_field(
            left,
            self.tr("Ca&rrier:"),
            "carrier",
            self.line_edit(record.carrier, self.tr("e.g. Lufthansa, DB")),
        )
        self.number = self.add_field(
            left,
            self.tr("N&umber:"),
            "number",
            self.line_edit(record.number, self.tr("e.g. LH 728, ICE 521")),
        )
        self.depart = self.add_field(left, self.tr("&Departure:"), "depart", LocalTimeEdit(self))
        self.arrive = self.add_field(left, self.tr("&Arrival:"), "arrive", LocalTimeEdit(self))
        for edit, instant in ((self.depart, record.depart), (self.arrive, record.arrive)):
            edit.set_home_zone(self._home)
            edit.set_zone(self._zone(edit))
            edit.set_instant(instant)
        self.travel_class = self.add_field(
            left,
            self.tr("&Class:"),
            "travel_class",
            self.line_edit(record.travel_class, self.tr("e.g. business, 1st")),
        )
        self.seat = self.add_field(
            left, self.tr("&Seat:"), "seat", self.line_edit(record.seat, self.tr("the group's"))
        )
        self.reference = self.add_field(
            left,
            self.tr("R&eference:"),
            "reference",
            self.line_edit(record.reference, self.tr("group booking reference")),
        )
        self.notes = self.add_field(
            left, self.tr("&Notes:"), "notes", self.text_edit(record.notes, lines=2)
        )
        people = context.people if context else ()
        self.travellers = self.add_field(
            right, self.tr("Tra&vellers:"), "travellers", TravellerTable(people, self)
        )
        self.travellers.set_bookings(record.travellers)

        self.from_stop.changed.connect(self._from_changed)
        self.to_stop.changed.connect(self._to_changed)
        self.from_place.changed.connect(lambda: self._rezone(self.depart))
        self.to_place.changed.connect(lambda: self._rezone(self.arrive))
        for edit in (self.depart, self.arrive):
            edit.changed.connect(lambda edit=edit: self._touch(edit))
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addSpacing(12)
        body.addLayout(right, 2)
        self.finish(body)
        self.resize(960, self.sizeHint().height())

    def draft(self) -> TransferRecord:
        return TransferRecord(
            from_stop=self.from_stop.uuid() or None,
            to_stop=self.to_stop.uuid() or None,
            mode=self.mode.word() or "",
            depart=self.depart.nearest_instant(),
            arrive=self.arrive.nearest_instant(),
            carrier=self.carrier.text(),
            number=self.number.text(),
            reference=self.reference.text(),
            notes=self.notes.toPlainText(),
            from_place=_code(self.from_place),
            to_place=_code(self.to_place),
            from_terminal=self.from_terminal.text(),
            to_terminal=self.to_terminal.text(),
            travel_class=self.travel_class.text(),
            seat=self.seat.text(),
            travellers=self.travellers.bookings(),
        )

    # -- following

    def _stop(self, combo: ChoiceCombo) -> StopChoice | None:
        uuid = combo.uuid()
        return next((s for s in self._stops if s.uuid == uuid), None)

    def _zone(self, edit: LocalTimeEdit) -> str:
        combo, place = (
            (self.from_stop, self.from_place)
            if edit is self.depart
            else (self.to_stop, self.to_place)
        )
        stop = self._stop(combo)
        return model.end_zone(stop.timezone if stop else None, _code(place), self._home)

    def _rezone(self, edit: LocalTimeEdit) -> None:
        """The time keeps its wall clock in the end's new zone: it was typed from the ticket."""
        if combo_half_typed(self.from_stop if edit is self.depart else self.to_stop):
            return
        zone = self._zone(edit)
        self._set(lambda: edit.set_zone(zone))

    def _from_changed(self) -> None:
        self._rezone(self.depart)
        if not self._following or combo_half_typed(self.from_stop):
            return
        origin = self._stop(self.from_stop)
        duration = self._duration()
        if self.to_stop not in self._touched:
            self._set(lambda: self.to_stop.set_uuid(_next_stop(self._stops, origin) or HOME))
        if self.depart not in self._touched and origin is not None and origin.depart:
            self._set(lambda: self.depart.set_instant(origin.depart))
        self._follow_arrival(duration)

    def _to_changed(self) -> None:
        if not self._setting:
            self._touched.add(self.to_stop)
        self._rezone(self.arrive)
        if self._following and not combo_half_typed(self.to_stop):
            self._follow_arrival(self._duration())

    def _follow_arrival(self, duration: dt.timedelta) -> None:
        """The arrival is To's; at an end with no time of its own (home), the other time
        moves so that the journey keeps its length."""
        target = self._stop(self.to_stop)
        if self.arrive not in self._touched:
            if target is not None and target.arrive:
                self._set(lambda: self.arrive.set_instant(target.arrive))
            else:
                depart = self.depart.nearest_instant()
                self._set(lambda: self.arrive.set_instant(depart + duration))
        origin = self._stop(self.from_stop)
        if self.depart not in self._touched and (origin is None or not origin.depart):
            arrive = self.arrive.nearest_instant()
            self._set(lambda: self.depart.set_instant(arrive - duration))

    def _duration(self) -> dt.timedelta:
        """The journey's length as shown, or two hours when what is shown is no journey."""
        length = self.arrive.nearest_instant() - self.depart.nearest_instant()
        return length if dt.timedelta(0) < length < dt.timedelta(days=1) else _DEFAULT_LENGTH

    def _touch(self, edit: LocalTimeEdit) -> None:
        if not self._setting:
            self._touched.add(edit)

    def _set(self, change: Callable[[], object]) -> None:
        """Change a field for the user without counting it as the user's own edit."""
        before, self._setting = self._setting, True
        try:
            change()
        finally:
            self._setting = before


def combo_half_typed(combo: ChoiceCombo) -> bool:
    """A name being typed into a stop box names no choice yet: leave what follows it alone."""
    return combo.error() is not None


def _code(place: PlaceEdit) -> str | None:
    """An airport's code in capitals, as tickets print it; a station's name as typed."""
    airport = place.airport()
    text = place.text().strip()
    return text.upper() if airport is not None else (text or None)


def _next_stop(stops: tuple[StopChoice, ...], origin: StopChoice | None) -> str | None:
    """The stop after ``origin`` (the first stop after home); None after the last: home."""
    if origin is None:
        return stops[0].uuid if stops else None
    index = stops.index(origin)
    return stops[index + 1].uuid if index + 1 < len(stops) else None


def _new_transfer(context: TripContext | None) -> TransferRecord:
    stops = context.stops if context else ()
    here, there = context.open_gap() if context else (None, None)
    origin = next((s for s in stops if s.uuid == here), None)
    target = next((s for s in stops if s.uuid == there), None)
    depart = origin.depart if origin else None
    arrive = target.arrive if target else None
    if depart is None and arrive is not None:
        depart = arrive - dt.timedelta(hours=2)
    if depart is None:
        depart = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
        if origin is not None:
            day = localtime.local_date(origin.arrive or depart, origin.timezone)
            depart = localtime.to_instant(dt.datetime.combine(day, dt.time(9)), origin.timezone)
    if arrive is None or arrive < depart:
        arrive = depart + dt.timedelta(hours=2)
    return TransferRecord(
        from_stop=here,
        to_stop=there,
        # The legs from and to home are the long ones: usually flown.
        mode="flight" if here is None or there is None else "train",
        depart=depart,
        arrive=arrive,
    )
