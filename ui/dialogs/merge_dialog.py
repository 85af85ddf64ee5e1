"""Merge two people (or two organizations) of the directory that are one and the same.

The two entries stand side by side, field by field, so the officer sees what differs before
choosing which one to keep: the kept entry keeps its own values, takes the other's where its
own are empty, and every meeting, trip and link of the other moves to it
(:mod:`planner.directory.merging`). The merge is one step on the undo stack.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from planner import phones
from planner.directory.listing import OrganizationEntry, PersonEntry
from ui.models import vocab_text

Entry = PersonEntry | OrganizationEntry


class MergeDialog(QDialog):
    """Two entries side by side and a choice of the one to keep (the left one at first,
    unless the right one has more history)."""

    def __init__(
        self, first: Entry, second: Entry, *, people: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.entries = (first, second)
        self.setWindowTitle(self.tr("Merge People") if people else self.tr("Merge Organizations"))
        intro = QLabel(
            self.tr(
                "These two entries will become one. The one you keep takes the other's "
                "details where its own are empty, and the other's meetings, trips and links "
                "move to it. You can undo this."
            )
            if people
            else self.tr(
                "These two organizations will become one. The one you keep takes the other's "
                "details where its own are empty, and the other's people and meetings move to "
                "it. You can undo this."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        self.group = QButtonGroup(self)
        self.keep_buttons: list[QRadioButton] = []
        for column in (1, 2):
            button = QRadioButton(self.tr("Keep this one"), self)
            button.setObjectName(f"keep{column}")
            self.group.addButton(button, column - 1)
            self.keep_buttons.append(button)
            grid.addWidget(button, 0, column)
        rows = self._person_rows() if people else self._organization_rows()
        bold = QFont(self.font())
        bold.setBold(True)
        for row, (title, values) in enumerate(rows, start=1):
            label = QLabel(title, self)
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 0)
            texts = [values(entry) for entry in self.entries]
            for column, text in enumerate(texts, start=1):
                value = QLabel(text, self)
                value.setObjectName(f"value{column}_{row}")
                value.setTextFormat(Qt.TextFormat.PlainText)
                value.setWordWrap(True)
                value.setMinimumWidth(220)
                if texts[0] != texts[1]:
                    value.setFont(bold)  # where the two differ
                grid.addWidget(value, row, column)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        history = [entry.meetings for entry in self.entries]
        self.keep_buttons[1 if history[1] > history[0] else 0].setChecked(True)

    def choice(self) -> tuple[str, str]:
        """(UUID kept, UUID merged into it)."""
        keep = self.group.checkedId()
        return self.entries[keep].uuid, self.entries[1 - keep].uuid

    def choose(self, index: int) -> None:
        """Keep the first (0) or the second (1) entry."""
        self.keep_buttons[index].setChecked(True)

    @classmethod
    def ask(
        cls, parent: QWidget | None, first: Entry, second: Entry, *, people: bool
    ) -> tuple[str, str] | None:
        """(keep, drop) as the officer chose, or None when they cancel."""
        dialog = cls(first, second, people=people, parent=parent)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def _person_rows(self) -> list[tuple[str, Any]]:
        return [
            (self.tr("Name:"), lambda e: e.display_name),
            (self.tr("Honorific:"), lambda e: e.honorific or ""),
            (self.tr("Position:"), lambda e: e.position or ""),
            (self.tr("Organization:"), lambda e: e.organization_name or ""),
            (self.tr("E-mail:"), lambda e: e.email or ""),
            (self.tr("Phone:"), lambda e: phones.formatted(e.phone)),
            (self.tr("Languages:"), lambda e: ", ".join(e.languages)),
            (self.tr("Meetings:"), lambda e: _count(e.meetings)),
            (self.tr("Trips:"), lambda e: _count(e.trips)),
        ]

    def _organization_rows(self) -> list[tuple[str, Any]]:
        kinds = vocab_text.organization_kinds()
        return [
            (self.tr("Name:"), lambda e: e.name),
            (self.tr("Native name:"), lambda e: e.native_name or ""),
            (self.tr("Kind:"), lambda e: vocab_text.word(kinds, e.kind)),
            (self.tr("City:"), lambda e: e.city or ""),
            (self.tr("Country:"), lambda e: e.country or ""),
            (self.tr("Sector:"), lambda e: e.sector or ""),
            (self.tr("Website:"), lambda e: e.website or ""),
            (self.tr("People:"), lambda e: _count(e.people)),
            (self.tr("Meetings:"), lambda e: _count(e.meetings)),
        ]


def _count(value: int) -> str:
    return str(value) if value else "–"
