"""Data Protection ▸ Erase Person: the GDPR's right to erasure, confirmed with open eyes.

Erasing cannot be undone (an undo would keep the very data that must go), so before anything
happens the officer reads what will be removed, which records keep their row without the
person, and the places in free text that still name them: rewriting prose is theirs to do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from planner.directory.privacy import Erasure
from ui.colours import show_as_error
from ui.i18n import QT_TRANSLATE_NOOP

# What each table's rows are to an officer, for the list of what goes.
_TABLE_WORDS = {
    "person": QT_TRANSLATE_NOOP("ErasePersonDialog", "the person's own entry"),
    "meeting_attendee": QT_TRANSLATE_NOOP("ErasePersonDialog", "attendances at meetings"),
    "branch_attendee": QT_TRANSLATE_NOOP("ErasePersonDialog", "attendances at branch venues"),
    "trip_person": QT_TRANSLATE_NOOP("ErasePersonDialog", "places in trips' contact lists"),
    "delegation_member": QT_TRANSLATE_NOOP("ErasePersonDialog", "memberships of delegations"),
    "agreement_signatory": QT_TRANSLATE_NOOP("ErasePersonDialog", "signatures of agreements"),
    "calendar_export": QT_TRANSLATE_NOOP(
        "ErasePersonDialog", "records of their exported personal calendar"
    ),
    "follow_up.owner_id": QT_TRANSLATE_NOOP(
        "ErasePersonDialog", "follow-ups they own (kept, without an owner)"
    ),
    "gift.from_person_id": QT_TRANSLATE_NOOP(
        "ErasePersonDialog", "gifts they gave (kept, without the giver)"
    ),
    "gift.to_person_id": QT_TRANSLATE_NOOP(
        "ErasePersonDialog", "gifts they received (kept, without the recipient)"
    ),
}


def _word(key: str) -> str:
    found = _TABLE_WORDS.get(key)
    return QCoreApplication.translate("ErasePersonDialog", found) if found else key


class ErasePersonDialog(QDialog):
    def __init__(self, erasure: Erasure, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("erasePersonDialog")
        self.setWindowTitle(self.tr("Erase Person"))
        intro = QLabel(
            self.tr(
                "Erase '{name}' from the store: the entry and everything that links them, as "
                "the GDPR's right to erasure requires."
            ).format(name=erasure.label),
            self,
        )
        intro.setWordWrap(True)
        self.removed = QListWidget(self)
        self.removed.setObjectName("removed")
        for key, count in erasure.removed.items():
            self.removed.addItem(f"{count} × {_word(key)}")
        for key, count in erasure.cleared.items():
            self.removed.addItem(f"{count} × {_word(key)}")
        self.mentions = QListWidget(self)
        self.mentions.setObjectName("mentions")
        self.mentions.addItems(list(erasure.mentions))
        mentions_label = QLabel(
            self.tr("Free text that still names them (edit it yourself if it must go):")
            if erasure.mentions
            else self.tr("No free text names them."),
            self,
        )
        mentions_label.setWordWrap(True)
        self.mentions.setVisible(bool(erasure.mentions))
        warning = QLabel(
            self.tr(
                "This cannot be undone. The undo history is cleared as well, so that no copy "
                "of their data stays behind. Backups and files exported earlier are not "
                "touched."
            ),
            self,
        )
        warning.setObjectName("warning")
        warning.setWordWrap(True)
        show_as_error(warning)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Erase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("What will be removed:"), self))
        layout.addWidget(self.removed)
        layout.addWidget(mentions_label)
        layout.addWidget(self.mentions)
        layout.addWidget(warning)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    @classmethod
    def ask(cls, parent: QWidget | None, erasure: Erasure) -> bool:
        """True when the officer confirms the erasure."""
        dialog = cls(erasure, parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
