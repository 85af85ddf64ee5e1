"""The history panel: who changed what and when, for the open trip or one object of it.

It reads :mod:`planner.history` each time it is filled (newest first, at most
:data:`planner.history.LIMIT` entries) and keeps plain values only. The window fills it
while it is visible: after every change, its own or a colleague's. An edit shows what each
field changed from and to ("Start: 10:00 → 11:30 (Europe/Berlin)"), times in the zone of the
place and in the interface's language, long texts shortened (the tooltip has what the log
kept); a field the log keeps no values of shows by name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import history, localtime
from ui.field_names import field_name
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import timetext

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

SHOWN_CHARS = 40
"""The most characters of an old or new text the list shows; the tooltip shows more."""

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Added"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Deleted"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored"),
    "import": QT_TRANSLATE_NOOP("History", "Imported"),
    "merge": QT_TRANSLATE_NOOP("History", "Merged"),
    "erase": QT_TRANSLATE_NOOP("History", "Erased"),
}
KINDS = {
    "trip": "Trip",
    "stop": "Stop",
    "transfer": "Transfer",
    "meeting": "Meeting",
    "person": "Person",
    "organization": "Organization",
    "agreement": "Agreement",
    "follow_up": "Follow-up",
    "gift": "Gift",
    "delegation_member": QT_TRANSLATE_NOOP("RecordKind", "Delegation Member"),
    "branch_venue": QT_TRANSLATE_NOOP("RecordKind", "Branch Venue"),
}


def describe(change: history.Change) -> tuple[str, str]:
    """(what happened, to what) as the list shows them: ("Changed", "Meeting 'Talks'")."""
    action = QCoreApplication.translate("History", ACTIONS.get(change.action, change.action))
    kind = KINDS.get(change.table)
    kind_text = QCoreApplication.translate("RecordKind", kind) if kind else change.table
    if change.label:
        return action, QCoreApplication.translate("History", "{kind} '{label}'").format(
            kind=kind_text, label=change.label
        )
    return action, kind_text


def changes_text(change: history.Change, limit: int | None = SHOWN_CHARS) -> str:
    """What an entry changed, field by field: ``Title: Talks → Talks with Siemens``; texts
    cut at ``limit`` characters (None: as kept)."""
    return "; ".join(
        _field_text(name, change.changes.get(name), limit) for name in change.fields
    ) or ", ".join(field_name(f) for f in change.fields)


class HistoryPanel(QWidget):
    """The history of the open trip, or of one object (:meth:`show_object`) until "Whole Trip"
    is pressed."""

    whole_trip_wanted = Signal()
    """"Whole Trip" was pressed: the window fills the panel again for the open trip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trip_uuid: str | None = None
        self.object_uuid: str | None = None
        self.object_label = ""
        self.title = QLabel(self)
        self.title.setObjectName("historyTitle")
        self.whole_trip = QPushButton(self)
        self.whole_trip.setObjectName("wholeTripButton")
        self.whole_trip.clicked.connect(self.show_trip)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.list.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.whole_trip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.whole_trip.setText(self.tr("&Whole Trip"))
        self.whole_trip.setToolTip(self.tr("Show the history of the whole trip again"))
        self.list.setHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Of"), self.tr("Changes")]
        )
        self.list.setAccessibleName(self.tr("History of changes"))
        self._show_title()

    # -- filling

    def load(self, session: Session, trip_uuid: str | None) -> None:
        """Fill with the history of ``trip_uuid`` (or of the object shown, while it is one of
        this trip's)."""
        if trip_uuid != self.trip_uuid:
            self.object_uuid = None
        self.trip_uuid = trip_uuid
        if self.object_uuid is not None:
            changes = history.of_object(session, self.object_uuid)
        elif trip_uuid is not None:
            changes = history.of_trip(session, trip_uuid)
        else:
            changes = []
        self._show(changes)

    def show_object(self, session: Session, uuid: str, label: str) -> None:
        """Fill with the history of one object (a meeting, a stop, the trip itself)."""
        self.object_uuid, self.object_label = uuid, label
        self._show(history.of_object(session, uuid))

    def show_trip(self) -> None:
        """Back to the whole trip (the window fills it on its next refresh)."""
        self.object_uuid = None
        self._show_title()
        self.whole_trip_wanted.emit()

    def entries(self) -> list[tuple[str, ...]]:
        """What the list shows, row by row (for tests and a screen reader's sake)."""
        rows = []
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            assert item is not None
            rows.append(tuple(item.text(c) for c in range(self.list.columnCount())))
        return rows

    # -- private

    def _show(self, changes: list[history.Change]) -> None:
        self._show_title()
        self.list.clear()
        items = []
        for change in changes:
            action, what = describe(change)
            when = change.at.astimezone()  # the reader's own clock
            item = QTreeWidgetItem(
                [
                    f"{when:%Y-%m-%d %H:%M:%S}",
                    change.who,
                    action,
                    what,
                    changes_text(change),
                ]
            )
            item.setToolTip(0, f"{change.at:%Y-%m-%d %H:%M:%S} UTC")
            item.setToolTip(4, changes_text(change, limit=None).replace("; ", "\n"))
            item.setData(0, Qt.ItemDataRole.UserRole, change.object_uuid)
            items.append(item)
        self.list.addTopLevelItems(items)
        for column in range(self.list.columnCount() - 1):
            self.list.resizeColumnToContents(column)

    def _show_title(self) -> None:
        if self.object_uuid is not None:
            self.title.setText(self.tr("History of '{label}'").format(label=self.object_label))
        elif self.trip_uuid is not None:
            self.title.setText(self.tr("History of the open trip"))
        else:
            self.title.setText(self.tr("No trip is open."))
        self.whole_trip.setVisible(self.object_uuid is not None and self.trip_uuid is not None)


# ---------------------------------------------------------------------------------------------
# Private helpers


def _field_text(name: str, values: Mapping[str, Any] | None, limit: int | None) -> str:
    label = field_name(name)
    if not values or "new" not in values:
        return label
    zone = values.get("zone")
    old, new = values.get("old"), values["new"]
    times = [_instant(v) for v in (old, new)] if zone else [None, None]
    if zone and any(times):
        # On one local day the clock says it all; the tooltip (no limit) names the days.
        days = {localtime.local_date(t, zone) for t in times if t is not None}
        clock_only = limit is not None and len(days) == 1
        shown = [
            (timetext.clock_text(t, zone) if clock_only else timetext.when_text(t, zone))
            if t is not None
            else _value_text(v, limit)
            for t, v in zip(times, (old, new), strict=True)
        ]
    else:
        shown = [_value_text(old, limit), _value_text(new, limit)]
    if "old" in values:
        text = QCoreApplication.translate("History", "{field}: {old} → {new}").format(
            field=label, old=shown[0], new=shown[1]
        )
    else:  # the old value was not known when the change was made
        text = QCoreApplication.translate("History", "{field}: → {new}").format(
            field=label, new=shown[1]
        )
    if zone and any(times):
        text = QCoreApplication.translate("History", "{change} ({zone})").format(
            change=text, zone=zone
        )
    return text


def _value_text(value: Any, limit: int | None) -> str:
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("History", "(empty)")
    text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)
    text = " ".join(text.split())  # one line
    if limit is not None and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


def _instant(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        found = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return found if found.tzinfo is not None else None
