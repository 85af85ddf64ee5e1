"""Ask what to do with a trip file whose trip the store already holds (its trip uid).

The command line refuses such a file unless told ``--update`` or ``--as-copy``; the window asks
the same question with those two answers and Cancel, so that importing the file a partner
office sent back never makes a second trip by accident.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from ui.spoken_text import spoken

UPDATE, COPY = "update", "copy"


class TripAlreadyStoredDialog(QMessageBox):
    """Update the stored trip, import the file as a copy, or cancel; ``choice`` says which."""

    def __init__(self, trip_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(self.tr("Trip Already Imported"))
        self.setText(
            self.tr("This store already holds the trip {id} '{title}'.").format(
                id=trip_id, title=title
            )
        )
        self.setInformativeText(
            self.tr(
                "Update it with the file's changes (one step, which Undo takes back), or import "
                "the file as a second trip with new calendar identities?"
            )
        )
        self.update_button = self._button(self.tr("&Update the Stored Trip"), "update")
        self.copy_button = self._button(self.tr("Import as a &Copy"), "copy")
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.setDefaultButton(self.update_button)
        self.setEscapeButton(self.cancel_button)

    def _button(self, text: str, name: str) -> QPushButton:
        button = self.addButton(text, QMessageBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAccessibleName(spoken(text))
        return button

    def choice(self) -> str | None:
        """``UPDATE``, ``COPY``, or None for Cancel (or a closed dialog)."""
        clicked = self.clickedButton()
        if clicked is self.update_button:
            return UPDATE
        if clicked is self.copy_button:
            return COPY
        return None

    @classmethod
    def ask(cls, parent: QWidget | None, trip_id: int, title: str) -> str | None:
        dialog = cls(trip_id, title, parent)
        dialog.exec()
        return dialog.choice()
