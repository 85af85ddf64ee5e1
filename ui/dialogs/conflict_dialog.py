"""The choice after a colleague saved the object the user was editing: both versions side by
side, and keep mine, take theirs, or pick field by field.

Only the fields both people changed, differently, since the editor read the object (the real
clashes) are asked about; what only one of them changed is merged without asking, as "Keep Mine"
merges it, and listed under the table so that nobody wonders where it went. When the base is
unknown every differing field is a clash. The core builds the record (:mod:`planner.conflicts`);
the dialog only shows and asks.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import conflicts, localtime, model
from planner.conflicts import Conflict
from planner.records import TripContext
from planner.travel_documents import TravelDocuments
from ui.commands import kind_name
from ui.field_names import field_name
from ui.models import timetext

SHOWN_LENGTH = 80


class ConflictDialog(QDialog):
    """Both versions of one object; :meth:`chosen` is the record to save (None: cancelled)."""

    def __init__(
        self,
        conflict: Conflict,
        context: TripContext | None,
        who: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.context = context
        self._chosen: Any = None
        kind = kind_name(type(conflict.mine))
        self.setWindowTitle(self.tr("Changed by Someone Else"))

        label = conflict.mine.label
        if who:
            text = self.tr(
                "<b>{who}</b> saved a change to the {kind} '{label}' while you were editing it."
            ).format(who=_html(who), kind=kind, label=_html(label))
        else:
            text = self.tr(
                "Someone else saved a change to the {kind} '{label}' while you were editing it."
            ).format(kind=kind, label=_html(label))
        self.summary = QLabel(text, self)
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        self.hint = QLabel(
            self.tr(
                "Nothing has been overwritten. These fields were changed by both of you: keep "
                "your version, take theirs, or choose field by field."
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.merged = QLabel(self._merged_text(), self)
        self.merged.setObjectName("conflictMerged")
        self.merged.setWordWrap(True)
        self.merged.setVisible(bool(self.merged.text()))

        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("conflictFields")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Your version"), self.tr("Their version")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.groups: dict[str, QButtonGroup] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self._fill()

        self.buttons = QDialogButtonBox(self)
        self.keep_mine_button = self._button("keepMine", self.tr("Keep &Mine"))
        self.take_theirs_button = self._button("takeTheirs", self.tr("Take &Theirs"))
        self.save_selection_button = self._button("saveSelection", self.tr("&Save Selection"))
        self.save_selection_button.setDefault(True)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.clicked.connect(self.reject)
        self.keep_mine_button.clicked.connect(lambda: self._finish(conflicts.keep_mine(conflict)))
        self.take_theirs_button.clicked.connect(
            lambda: self._finish(conflicts.take_theirs(conflict))
        )
        self.save_selection_button.clicked.connect(
            lambda: self._finish(
                conflicts.pick(conflict, conflicts.suggested(conflict) | self.taken_from_theirs())
            )
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.merged)
        layout.addWidget(self.buttons)
        self.resize(860, 180 + 44 * max(3, len(self.asked)))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        conflict: Conflict,
        context: TripContext | None,
        who: str | None = None,
    ) -> Any:
        """The record the user chose to save, or None when they cancelled."""
        dialog = cls(conflict, context, who, parent)
        try:
            return dialog.chosen() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    def chosen(self) -> Any:
        return self._chosen

    @property
    def asked(self) -> list[str]:
        """The fields the user is asked about: those both changed, differently."""
        return conflicts.clashing(self.conflict)

    def taken_from_theirs(self) -> set[str]:
        """The asked-about fields whose row is set to their version."""
        return {name for name, button in self.theirs_buttons.items() if button.isChecked()}

    # -- building

    def _fill(self) -> None:
        conflict = self.conflict
        asked = self.asked
        self.table.setRowCount(len(asked))
        for row, name in enumerate(asked):
            item = QTableWidgetItem("⚠ " + field_name(name))
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
            item.setToolTip(self.tr("Changed by both of you"))
            self.table.setItem(row, 0, item)
            group = QButtonGroup(self)
            for column, record, store in (
                (1, conflict.mine, self.mine_buttons),
                (2, conflict.theirs, self.theirs_buttons),
            ):
                full = self._shown(name, getattr(record, name), record)
                button = QRadioButton(_short(full), self.table)
                button.setObjectName(f"{'mine' if column == 1 else 'theirs'}_{name}")
                button.setToolTip(full)
                group.addButton(button)
                store[name] = button
                self.table.setCellWidget(row, column, button)
            self.mine_buttons[name].setChecked(True)
            self.groups[name] = group
        self.table.resizeRowsToContents()

    def _merged_text(self) -> str:
        """What was merged without asking: the fields only one of them changed."""
        if self.conflict.base is None:
            return ""
        asked = set(self.asked)
        mine = [f for f in conflicts.changed_by_me(self.conflict) if f not in asked]
        theirs = [f for f in conflicts.changed_by_them(self.conflict) if f not in asked]
        parts = []
        if mine:
            parts.append(
                self.tr("your change to {fields}").format(
                    fields=self.tr(", ").join(field_name(f) for f in mine)
                )
            )
        if theirs:
            parts.append(
                self.tr("their change to {fields}").format(
                    fields=self.tr(", ").join(field_name(f) for f in theirs)
                )
            )
        if not parts:
            return ""
        text = self.tr("Merged without asking: {what}.").format(what=self.tr("; ").join(parts))
        if mine:
            # One sentence after another: translators choose the space (none in Chinese).
            text = self.tr("{merged} Take Theirs leaves your change out.").format(merged=text)
        return text

    def _button(self, name: str, text: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        return button

    def _finish(self, record: Any) -> None:
        self._chosen = record
        self.accept()

    # -- showing values

    def _shown(self, name: str, value: Any, record: Any) -> str:
        if value is None or value in ((), ""):
            return "—"
        if isinstance(value, TravelDocuments):
            return self._documents(value)
        if isinstance(value, dt.datetime):
            zone = self._zone(name, record)
            local = localtime.local(value, zone)  # the day in the interface's language
            return f"{timetext.full_day_text(local.date())} {local:%H:%M} ({zone})"
        if name == "travellers":  # (person, reference, seat): "Li Wei (3A, XYZ789)"
            return ", ".join(
                f"{self._label(person)} ({', '.join(b for b in (seat, reference) if b)})"
                if seat or reference
                else self._label(person)
                for person, reference, seat in value
            )
        if isinstance(value, tuple):
            return ", ".join(self._label(v) for v in value)
        if name in ("stop", "from_stop", "to_stop", "host", "organizer", "organization"):
            return self._label(str(value))
        return str(value)

    def _documents(self, documents: TravelDocuments) -> str:
        """Enough to tell two versions apart, never a whole passport number: the dialog may
        be read over a shoulder, as the Documents page is."""
        parts = [documents.nationality or ""]
        if documents.passport is not None:
            parts.append(
                self.tr("passport …{end}").format(end=documents.passport.number[-3:])
                + (
                    f" → {documents.passport.expires.isoformat()}"
                    if documents.passport.expires
                    else ""
                )
            )
        if documents.visas:
            parts.append(self.tr("%n visa(s)", "", len(documents.visas)))
        return " · ".join(part for part in parts if part) or "—"

    def _zone(self, name: str, record: Any) -> str:
        """The zone a time of the record is read in: its stop's (or its own, for a stop)."""
        own = getattr(record, "timezone", None)
        if own:
            return str(own)
        stop = {"depart": "from_stop", "arrive": "to_stop"}.get(name, "stop")
        uuid = getattr(record, stop, None)
        found = None
        if self.context is not None and uuid:
            found = next((c.timezone for c in self.context.stops if c.uuid == uuid), None)
        home = self.context.home_timezone if self.context else "UTC"
        # A transfer's end at an airport is in the airport's zone (model.end_zone).
        place = getattr(record, {"depart": "from_place", "arrive": "to_place"}.get(name, ""), None)
        return model.end_zone(found, place, home)

    def _label(self, uuid: str) -> str:
        if self.context is not None:
            for choice in (*self.context.stops, *self.context.people, *self.context.organizations):
                if choice.uuid == uuid:
                    return choice.label
        return uuid if len(uuid) != 36 else uuid[:8] + "…"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_LENGTH else text[: SHOWN_LENGTH - 1] + "…"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
