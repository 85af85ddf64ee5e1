"""The meetings table of a trip, and the filters a user narrows it with.

Contract of :class:`MeetingTableModel` (a :class:`~ui.models.row_table.RowTableModel`): one
row per :class:`planner.queries.MeetingRow`, columns Day, Start, End, Title, Stop, Kind,
Status, Attendees, Venue, Answers; read-only. Day, Start and End are the wall time at the meeting's
stop, with the same instant in the trip's home zone as the tooltip (``reload(rows,
home_zone=...)``; the zone stays until another is given). Day and Start sort by the start
instant and End by the end instant, so a meeting at 18:00 in Shanghai sorts before one at
14:00 the same day in Frankfurt. Attendees shows the count, the names are the tooltip.
Answers counts the attendees' replies to the invitation ("1 declined, 2 accepted", declines
first: they need action), with each attendee's answer as the tooltip.
Cancelled meetings keep their row, struck through and greyed.

:class:`MeetingFilterProxy` combines a typed search (title, venue, host and attendee names)
with a stop, a local day, a kind, a status, an attendee and whether cancelled meetings show.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QGuiApplication

from planner.queries import MeetingRow
from ui.colours import colours_for
from ui.models import timetext, vocab_text
from ui.models.row_table import RowTableModel, SearchProxy

_Index = QModelIndex | QPersistentModelIndex
_CENTRED = Qt.AlignmentFlag.AlignCenter


class MeetingTableModel(RowTableModel):
    """See the module docstring for the contract."""

    DAY, START, END, TITLE, STOP, KIND, STATUS, ATTENDEES, VENUE, ANSWERS = range(10)

    def __init__(self, home_zone: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.home_zone = home_zone
        self._kinds: dict[str, str] = {}
        self._statuses: dict[str, str] = {}
        self._answers: dict[str | None, str] = {}
        self._struck = QFont()

    def reload(self, rows: Sequence[MeetingRow], *, home_zone: str | None = None) -> None:
        if home_zone is not None:
            self.home_zone = home_zone
        super().reload(rows)

    def row_at(self, row: int) -> MeetingRow:
        found: MeetingRow = self._rows[row]
        return found

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Day"),
            self.tr("Start"),
            self.tr("End"),
            self.tr("Title"),
            self.tr("Stop"),
            self.tr("Kind"),
            self.tr("Status"),
            self.tr("Attendees"),
            self.tr("Venue"),
            self.tr("Answers"),
        )

    def prepare(self) -> None:
        self._kinds = vocab_text.meeting_kinds()
        self._statuses = vocab_text.meeting_statuses()
        self._answers = vocab_text.attendee_answers()
        self._struck = QFont()
        self._struck.setStrikeOut(True)

    def cells(self, row: MeetingRow) -> tuple[Any, ...]:
        zone = row.timezone
        end = timetext.clock_text(row.end, zone)
        days_later = timetext.later_days(row.end, zone, row.local_day)
        if days_later:
            end = self.tr("{time} (+{days})").format(time=end, days=days_later)
        return (
            timetext.day_text(row.local_day),
            timetext.clock_text(row.start, zone),
            end,
            row.title,
            row.stop_city,
            vocab_text.word(self._kinds, row.kind),
            vocab_text.word(self._statuses, row.status),
            row.attendee_count,
            row.venue or "",
            self._answer_counts(row),
        )

    def tooltip(self, row: MeetingRow, column: int, shown: Any) -> str | None:
        zone, home = row.timezone, self.home_zone
        if column in (self.DAY, self.START):
            return timetext.when_tooltip(row.start, zone, home)
        if column == self.END:
            return timetext.when_tooltip(row.end, zone, home)
        if column == self.STOP:
            return self.tr("{city} ({zone})").format(city=row.stop_city, zone=zone)
        if column == self.ATTENDEES:
            return "\n".join(row.attendee_names) or self.tr("No attendees")
        if column == self.ANSWERS and row.attendee_uuids:
            return "\n".join(
                self.tr("{name}: {answer}").format(name=name, answer=self._answers[answer])
                for name, answer in zip(row.attendee_names, row.answers, strict=True)
            )
        if column == self.VENUE and row.host:
            return (
                self.tr("{venue}\nHost: {host}")
                .format(venue=row.venue or "", host=row.host)
                .strip()
            )
        return super().tooltip(row, column, shown)

    def _answer_counts(self, row: MeetingRow) -> str:
        if not any(row.attendee_answers):
            return ""  # most meetings: invitations unanswered, or never sent
        counts = (
            (self.tr("{count} declined"), len(row.answered("declined"))),
            (self.tr("{count} tentative"), len(row.answered("tentative"))),
            (self.tr("{count} accepted"), len(row.answered("accepted"))),
        )
        return self.tr(", ").join(text.format(count=n) for text, n in counts if n)

    def search_texts(self, row: MeetingRow) -> Sequence[str | None]:
        return (row.title, row.venue, row.host, *row.attendee_names)

    def sort_value(self, row: MeetingRow, column: int, shown: Any) -> Any:
        if column in (self.DAY, self.START):
            return row.start.timestamp()
        if column == self.END:
            return row.end.timestamp()
        return shown

    def style(self, row: MeetingRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.START, self.END, self.ATTENDEES):
                return _CENTRED
            return None
        if not row.cancelled:
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._struck
        if role == Qt.ItemDataRole.ForegroundRole:
            # Not the palette's disabled grey (Fusion's is 1.86:1 on white), and asked each
            # time (a lookup), so a switch to dark mode needs no reload.
            return colours_for(QGuiApplication.palette()).muted
        return None


def answer_lines(row: MeetingRow) -> list[str]:
    """Who declined and who may not come, a line each (none when nobody did): what a glance
    at a meeting must show before the day."""
    lines = []
    declined, tentative = row.answered("declined"), row.answered("tentative")
    if declined:
        text = QCoreApplication.translate("MeetingTableModel", "Declined: {names}")
        lines.append(text.format(names=", ".join(declined)))
    if tentative:
        text = QCoreApplication.translate("MeetingTableModel", "Tentative: {names}")
        lines.append(text.format(names=", ".join(tentative)))
    return lines


class MeetingFilterProxy(SearchProxy):
    """The meetings that match every filter set; each filter is off while it is None.

    ``set_text`` matches every typed word against title, venue, host and attendee names
    (folded: case, width and accents do not matter). ``set_show_cancelled(False)`` hides
    cancelled meetings unless the status filter asks for exactly those. Sorting is by the
    model's ``SortRole``: instants for the time columns.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(True)
        self._stop: str | None = None
        self._day: dt.date | None = None
        self._kind: str | None = None
        self._status: str | None = None
        self._attendee: str | None = None
        self._show_cancelled = True

    def set_stop(self, uuid: str | None) -> None:
        self._set("_stop", uuid)

    def set_day(self, day: dt.date | None) -> None:
        self._set("_day", day)

    def set_kind(self, kind: str | None) -> None:
        self._set("_kind", kind)

    def set_status(self, status: str | None) -> None:
        self._set("_status", status)

    def set_attendee(self, uuid: str | None) -> None:
        self._set("_attendee", uuid)

    def set_show_cancelled(self, show: bool) -> None:
        self._set("_show_cancelled", show)

    def clear_filters(self) -> None:
        """Show every meeting (cancelled ones too)."""

        def clear() -> None:
            self._words = ()
            self._stop = self._day = self._kind = self._status = self._attendee = None
            self._show_cancelled = True

        self.change_filter(clear)

    def is_filtering(self) -> bool:
        return bool(
            self._words
            or any(v is not None for v in (self._stop, self._day, self._kind, self._status))
            or self._attendee is not None
            or not self._show_cancelled
        )

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
        model = self._rows_model
        if not isinstance(model, MeetingTableModel):
            return True
        row = model.row_at(source_row)
        if self._stop is not None and row.stop_uuid != self._stop:
            return False
        if self._day is not None and row.local_day != self._day:
            return False
        if self._kind is not None and row.kind != self._kind:
            return False
        if self._status is not None and row.status != self._status:
            return False
        if row.cancelled and not self._show_cancelled and self._status != "cancelled":
            return False
        if self._attendee is not None and self._attendee not in row.attendee_uuids:
            return False
        return super().filterAcceptsRow(source_row, source_parent)

    def _set(self, name: str, value: object) -> None:
        if getattr(self, name) != value:
            self.change_filter(lambda: setattr(self, name, value))
