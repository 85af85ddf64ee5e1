"""The stop editor: where the delegation stays, in which zone, from when to when.

Arrival and departure are each optional (the first stop may only have a departure), so each
has a check box that switches it on; the times are entered in the zone picked here, and
follow it when it changes. The city completes from the gazetteer (English, German and
Chinese names), and a city picked, or a city and country typed that name one zone, fill in
the country, the region and the zone: a stop in Shanghai no longer stays in Berlin time
because nobody changed the zone.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QVBoxLayout, QWidget

from planner import localtime
from planner.gazetteer import cities
from planner.records import StopRecord, TripContext
from ui.dialogs.form import RecordDialog
from ui.widgets.city_completer import CityCompleter
from ui.widgets.local_time_edit import LocalTimeEdit
from ui.widgets.zone_picker import ZonePicker


class StopDialog(RecordDialog[StopRecord]):
    """A new stop arrives when the trip's last stop is left (or today, in a trip without
    stops), first in the home zone and then in its city's: the instant stays until the user
    changes the time."""

    def __init__(
        self,
        context: TripContext | None,
        record: StopRecord | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, record, parent)
        self.setWindowTitle(self.tr("Edit Stop") if record else self.tr("New Stop"))
        home = context.home_timezone if context else None
        self._touched: set[LocalTimeEdit] = set()  # times the user has had switched on
        self._defaults: dict[LocalTimeEdit, dt.datetime] = {}  # proposed, not yet changed
        new = record is None
        record = record or _new_stop(context)
        place = self.new_form()
        self.city = self.add_field(place, self.tr("C&ity:"), "city", self.line_edit(record.city))
        self.city.setPlaceholderText(self.tr("type a city, e.g. Shanghai, Nürnberg, 青岛"))
        self.city_completer = CityCompleter(self.city, self)
        self.city_completer.chosen.connect(self.take_city)
        self.country = self.add_field(
            place, self.tr("Co&untry:"), "country", self.code_edit(record.country, "DE")
        )
        self.region = self.add_field(
            place,
            self.tr("&Region:"),
            "region",
            self.code_edit(record.region, self.tr("optional, e.g. DE-BY"), length=6),
        )
        self.timezone = self.add_field(place, self.tr("&Zone:"), "timezone", ZonePicker(self))
        self.timezone.set_zone(record.timezone)
        self.arrive_set, self.arrive = self._time_row(
            place, self.tr("&Arrival:"), "arrive", record.arrive, home
        )
        self.depart_set, self.depart = self._time_row(
            place, self.tr("&Departure:"), "depart", record.depart, home
        )
        lodging = self.new_form()
        self.lodging_name = self.add_field(
            lodging, self.tr("&Name:"), "lodging_name", self.line_edit(record.lodging_name)
        )
        self.lodging_address = self.add_field(
            lodging,
            self.tr("Addr&ess:"),
            "lodging_address",
            self.text_edit(record.lodging_address, lines=2),
        )
        self.lodging_confirmation = self.add_field(
            lodging,
            self.tr("Con&firmation:"),
            "lodging_confirmation",
            self.line_edit(record.lodging_confirmation),
        )
        self.lodging_phone = self.add_field(
            lodging, self.tr("&Phone:"), "lodging_phone", self.line_edit(record.lodging_phone)
        )
        self._place(self.depart, self.arrive)
        self._place(self.arrive, self.depart)
        if new and record.arrive is not None:
            self._defaults[self.arrive] = record.arrive
        self._zone_by_hand = False  # the user has picked a zone of their own
        self._by_place = False  # the zone is being set from the city
        self.timezone.changed.connect(self._follow_zone)
        self.city.editingFinished.connect(self._follow_place)
        self.country.editingFinished.connect(self._follow_place)
        self.arrive_set.toggled.connect(lambda: self._place(self.arrive, self.depart))
        self.depart_set.toggled.connect(lambda: self._place(self.depart, self.arrive))
        group = QGroupBox(self.tr("Lodging"), self)
        group.setLayout(lodging)
        body = QVBoxLayout()
        body.addLayout(place)
        body.addWidget(group)
        self.finish(body)
        self.resize(620, self.sizeHint().height())

    def draft(self) -> StopRecord:
        def when(switch: QCheckBox, edit: LocalTimeEdit) -> dt.datetime | None:
            return edit.nearest_instant() if switch.isChecked() else None

        return StopRecord(
            city=self.city.text(),
            country=self.country.text(),
            timezone=self.timezone.zone(),
            region=self.region.text(),
            arrive=when(self.arrive_set, self.arrive),
            depart=when(self.depart_set, self.depart),
            lodging_name=self.lodging_name.text(),
            lodging_address=self.lodging_address.toPlainText(),
            lodging_confirmation=self.lodging_confirmation.text(),
            lodging_phone=self.lodging_phone.text(),
        )

    def _time_row(
        self,
        form: QFormLayout,
        label: str,
        name: str,
        instant: dt.datetime | None,
        home: str | None,
    ) -> tuple[QCheckBox, LocalTimeEdit]:
        switch = QCheckBox(label, self)
        switch.setObjectName(f"{name}_set")
        switch.setChecked(instant is not None)
        edit = LocalTimeEdit(self)
        edit.set_zone(self.timezone.zone())
        edit.set_home_zone(home)
        if instant is not None:
            edit.set_instant(instant)
            self._touched.add(edit)
        edit.setEnabled(instant is not None)
        switch.toggled.connect(edit.setEnabled)
        self.add_field(form, switch, name, edit)
        self._watch(switch)
        return switch, edit

    def take_city(self, city: cities.City) -> None:
        """Fill in what the city picked implies; each field can still be changed."""
        self.country.setText(city.country)
        self.region.setText(city.region)
        self._set_zone(city.zone)

    def _follow_place(self) -> None:
        """A city and country typed by hand that name one zone (and one region) set them,
        unless the user has picked a zone of their own since the last city."""
        city, country = self.city.text().strip(), self.country.text().strip()
        if not city or len(country) != 2 or not cities.is_ready():
            return
        found = cities.gazetteer().named(city, country)
        zones = {c.zone for c in found}
        if len(zones) != 1 or self._zone_by_hand:
            return
        regions = {c.region for c in found}
        if len(regions) == 1 and not self.region.text().strip():
            self.region.setText(regions.pop())
        self._set_zone(zones.pop())

    def _set_zone(self, zone: str) -> None:
        self._by_place = True
        try:
            self.timezone.set_zone(zone)
        finally:
            self._by_place = False

    def _follow_zone(self) -> None:
        """The times follow the zone; a proposed time the user has not changed keeps its
        instant (arriving when the last stop is left), shown in the new zone."""
        if not self._by_place:
            self._zone_by_hand = True
        if not self.timezone.is_known():
            return
        zone = self.timezone.zone()
        for edit in (self.arrive, self.depart):
            proposed = self._defaults.get(edit)
            kept = proposed is not None and edit.nearest_instant() == proposed
            edit.set_zone(zone)
            if kept:
                edit.set_instant(proposed)
            else:
                self._defaults.pop(edit, None)

    def _place(self, edit: LocalTimeEdit, other: LocalTimeEdit) -> None:
        """A time never set starts a day after the arrival or before the departure, rather
        than at some date far from the trip."""
        if edit in self._touched or other not in self._touched:
            return
        days = -1 if edit is self.arrive else 1
        edit.set_wall(other.wall() + dt.timedelta(days=days))
        if edit.isEnabled():
            self._touched.add(edit)


def _new_stop(context: TripContext | None) -> StopRecord:
    zone = context.home_timezone if context else "UTC"
    last = [s.depart or s.arrive for s in context.stops] if context else []
    arrive = max((t for t in last if t is not None), default=None)
    if arrive is None:
        today = dt.datetime.now(localtime.zone(zone)).date()
        arrive = localtime.to_instant(dt.datetime.combine(today, dt.time(12)), zone)
    return StopRecord(city="", country="", timezone=zone, arrive=arrive)
