"""Entering a local wall time in a stop's zone, with the home zone's time beside it.

The date-time editor holds a naive wall time: Qt is told its values are UTC only so that it
never converts or refuses a time by the zone of the machine (a Berlin laptop would otherwise
silently move 02:30 on the last Sunday of March). Turning the wall time into an instant is
left to :mod:`planner.localtime`, and both clock changes are made visible here: a wall time in
the skipped spring hour is an error at the field, and in the repeated autumn hour a small
combo lets the user say which of the two passes is meant.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QEvent, QTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner import localtime
from ui.colours import show_as_muted
from ui.models import timetext
from ui.widgets.messages import set_text, set_tooltip

DISPLAY_FORMAT = "yyyy-MM-dd HH:mm"


class LocalTimeEdit(QWidget):
    """A wall time in ``zone()``; ``instant()`` is the aware UTC instant it means.

    ``changed`` is emitted whenever the instant, the pass or the validity may have changed.
    Changing the zone keeps the wall time the user typed: it now means that time in the new
    zone, which is what someone who corrects the stop or the zone expects.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._zone = "UTC"
        self._home_zone: str | None = None
        self._error: str | None = None
        # The two UTC offsets of a repeated hour while the wall time is in one, else None.
        self._offsets: tuple[dt.timedelta, dt.timedelta] | None = None

        self.edit = QDateTimeEdit(self)
        self.edit.setObjectName("wall")
        self.edit.setTimeZone(QTimeZone.utc())
        self.edit.setDisplayFormat(DISPLAY_FORMAT)
        self.edit.setCalendarPopup(True)
        self.pass_combo = QComboBox(self)
        self.pass_combo.setObjectName("pass")
        self.pass_combo.setToolTip(
            self.tr("The clocks go back here: this wall time happens twice. Which one?")
        )
        self.pass_combo.setVisible(False)
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("zone")
        self.home_label = QLabel(self)
        self.home_label.setObjectName("home")
        show_as_muted(self.home_label)

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.edit)
        row.addWidget(self.pass_combo)
        row.addWidget(self.zone_label)
        row.addWidget(self.home_label, 1)
        # The error is shown by the editor beside the field (``error()``), not under it.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        self.setFocusProxy(self.edit)

        self.edit.dateTimeChanged.connect(self._update)
        self.pass_combo.currentIndexChanged.connect(self._update)
        # ``changed`` is forwarded by Qt, after ``_update`` (slots run in connection order).
        self.edit.dateTimeChanged.connect(self.changed)
        self.pass_combo.currentIndexChanged.connect(self.changed)
        self._update()

    # -- zones

    def zone(self) -> str:
        return self._zone

    def set_zone(self, zone: str) -> None:
        """Interpret the shown wall time in ``zone`` from now on (an unknown zone is ignored)."""
        if localtime.is_zone(zone) and zone != self._zone:
            self._zone = zone
            self._update()
            self.changed.emit()

    def set_home_zone(self, zone: str | None) -> None:
        self._home_zone = zone if zone and localtime.is_zone(zone) else None
        self._update()

    # -- values

    def wall(self) -> dt.datetime:
        """The naive wall time as shown."""
        value = self.edit.dateTime()
        date, time = value.date(), value.time()
        return dt.datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())

    def set_wall(self, wall: dt.datetime, *, second_pass: bool = False) -> None:
        """Show ``wall``; in a repeated hour ``second_pass`` picks the later occurrence."""
        self.edit.setDateTime(
            QDateTime(
                QDate(wall.year, wall.month, wall.day),
                QTime(wall.hour, wall.minute),
                QTimeZone.utc(),
            )
        )
        if self._offsets is not None:
            self.pass_combo.setCurrentIndex(1 if second_pass else 0)

    def set_instant(self, instant: dt.datetime | None) -> None:
        """Show ``instant`` as wall time in the zone; None shows the next full hour of today."""
        if instant is None:
            now = dt.datetime.now(localtime.zone(self._zone)).replace(tzinfo=None)
            self.set_wall(now.replace(minute=0, second=0, microsecond=0) + dt.timedelta(hours=1))
            return
        wall = localtime.local(instant, self._zone).replace(tzinfo=None, fold=0)
        self.set_wall(wall, second_pass=localtime.is_second_pass(instant, self._zone))

    def instant(self) -> dt.datetime:
        """The UTC instant; raises :class:`~planner.localtime.TimeError` in a skipped hour."""
        offset = None if self._offsets is None else self._offsets[self.pass_combo.currentIndex()]
        return localtime.to_instant(self.wall(), self._zone, offset=offset)

    def nearest_instant(self) -> dt.datetime:
        """The instant, or for a skipped wall time the one a calendar would use (an hour on),
        so that the editor can still check the other fields while this one is wrong."""
        try:
            return self.instant()
        except localtime.TimeError:
            return localtime.to_instant(self.wall() + dt.timedelta(hours=1), self._zone)

    def error(self) -> str | None:
        return self._error

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.EnabledChange:
            self._update()  # a switched-off time shows no error

    # -- private

    def _ambiguous_offsets(self, wall: dt.datetime) -> tuple[dt.timedelta, dt.timedelta] | None:
        tz = localtime.zone(self._zone)
        first = wall.replace(tzinfo=tz, fold=0).utcoffset()
        second = wall.replace(tzinfo=tz, fold=1).utcoffset()
        if first is None or second is None or first == second:
            return None
        try:
            localtime.to_instant(wall, self._zone)
        except localtime.TimeError:
            return None  # a skipped wall time also has two offsets, but neither is real
        return first, second

    def _update(self) -> None:
        wall = self.wall()
        self._update_passes(wall)
        try:
            instant = self.instant()
        except localtime.TimeError:
            instant = None
            self._error = self.tr(
                "{wall} does not exist in {zone} (the clocks skip that hour)"
            ).format(wall=wall.strftime("%Y-%m-%d %H:%M"), zone=self._zone)
        else:
            self._error = None
        set_tooltip(self.edit, self._error if self.isEnabled() else None)
        set_text(self.zone_label, self._zone)
        set_text(self.home_label, self._home_text(instant))

    def _update_passes(self, wall: dt.datetime) -> None:
        offsets = self._ambiguous_offsets(wall)
        if offsets == self._offsets:
            return  # the chosen pass stays while the time moves within the repeated hour
        self._offsets = offsets
        self.pass_combo.blockSignals(True)
        self.pass_combo.clear()
        if offsets is not None:
            first, second = (localtime.format_offset(o) for o in offsets)
            self.pass_combo.addItem(self.tr("first ({offset})").format(offset=first))
            self.pass_combo.addItem(self.tr("second ({offset})").format(offset=second))
        self.pass_combo.blockSignals(False)
        self.pass_combo.setVisible(offsets is not None)

    def _home_text(self, instant: dt.datetime | None) -> str:
        home = self._home_zone
        if instant is None or home is None or home == self._zone:
            return ""
        loc = localtime.local(instant, home)
        day = timetext.day_text(loc.date())  # in the language's order: 10月30日 周三
        return self.tr("= {time} {zone}, {day}").format(time=f"{loc:%H:%M}", zone=home, day=day)
