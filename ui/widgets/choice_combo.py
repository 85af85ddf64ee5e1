"""Picking one of the trip's stops, people or organizations by name.

Lists of organizations grow long, so the combo can be typed into and completes on any part of
a name. Typed text that names nothing is reported by :meth:`ChoiceCombo.error` instead of
being dropped, so the editor can refuse to save it and say why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from planner.records import Choice


class ChoiceCombo(QComboBox):
    """One of ``choices`` by UUID; with ``optional`` also none (an empty entry).

    ``unknown`` is the message for text that matches no choice, with a ``{name}`` placeholder.
    A UUID given to :meth:`set_uuid` that is not among the choices is kept as its own entry, so
    opening and saving an editor never loses a link the context did not list.
    """

    changed = Signal()

    def __init__(
        self,
        choices: Sequence[Choice],
        *,
        optional: bool,
        unknown: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unknown = unknown
        self._optional = optional
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if optional:
            self.addItem("", None)
            line = self.lineEdit()
            assert line is not None  # editable combos always have one
            line.setPlaceholderText(self.tr("(none)"))
        for choice in choices:
            self.addItem(choice.label, choice.uuid)
        completer = QCompleter(self.model(), self)
        completer.setCompletionColumn(0)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self.editTextChanged.connect(self.changed)
        self.currentIndexChanged.connect(self.changed)

    def uuid(self) -> str | None:
        """The chosen UUID; None when nothing (or nothing known) is chosen."""
        index = self._matching_index()
        return None if index < 0 else self.itemData(index)

    def set_uuid(self, uuid: str | None) -> None:
        index = self.findData(uuid)
        if index < 0 and uuid is not None:
            self.addItem(uuid, uuid)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer other choices (another trip's meetings); the chosen one stays if offered."""
        chosen = self.uuid()
        self.blockSignals(True)
        self.clear()
        if self._optional:
            self.addItem("", None)
        for choice in choices:
            self.addItem(choice.label, choice.uuid)
        index = self.findData(chosen) if chosen is not None else -1
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        self.changed.emit()

    def error(self) -> str | None:
        text = self.currentText().strip()
        if self._matching_index() >= 0 or (self._optional and not text):
            return None
        if not text:
            return self.tr("a choice is required")
        return self._unknown.format(name=text)

    def _matching_index(self) -> int:
        text = self.currentText().strip()
        # The current item first: two choices may share a label (two people called Wang Lei).
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()).strip() == text:
            return self.currentIndex()
        return self.findText(text, Qt.MatchFlag.MatchFixedString)
