"""Picking one of the trip's stops, people or organizations by name.

Lists of organizations grow long, so the combo can be typed into and completes on any part of
a name, whatever its case and accents ("munch" finds München). A typed beginning that fits one
choice only is that choice ("Sh" is Shanghai when no other stop starts so), and it is written
out in full when the user moves on. Typed text that names nothing, or more than one choice, is
reported by :meth:`ChoiceCombo.error` instead of being dropped, so the editor can refuse to
save it and say why.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from planner.names import fold
from planner.records import Choice

_FOLDED = Qt.ItemDataRole.UserRole + 1  # the label as a search compares it
_PREFIX_LIMIT = 3  # an ambiguous beginning names this many of its choices


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
        self._folded = QStandardItemModel(self)
        self._fill(choices)
        line = self.lineEdit()
        assert line is not None  # editable combos always have one
        if optional:
            line.setPlaceholderText(self.tr("(none)"))
        self.setCompleter(_FoldingCompleter(self._folded, self))
        self.editTextChanged.connect(self.changed)
        self.currentIndexChanged.connect(self.changed)

    def uuid(self) -> str | None:
        """The chosen UUID; None when nothing (or nothing known) is chosen."""
        index = self._matching_index()
        return None if index < 0 else self.itemData(index)

    def set_uuid(self, uuid: str | None) -> None:
        index = self.findData(uuid)
        if index < 0 and uuid is not None:
            self._add(uuid, uuid)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer other choices (another trip's meetings); the chosen one stays if offered."""
        chosen = self.uuid()
        self.blockSignals(True)
        self.clear()
        self._folded.clear()
        self._fill(choices)
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
        fitting = self._beginning_with(text)
        if len(fitting) > 1:
            names = ", ".join(self.itemText(i) for i in fitting[:_PREFIX_LIMIT])
            more = len(fitting) > _PREFIX_LIMIT
            return self.tr("'{name}' fits {choices}{more}: type more of the name").format(
                name=text, choices=names, more=", …" if more else ""
            )
        return self._unknown.format(name=text)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self._write_out()

    # -- private

    def _fill(self, choices: Sequence[Choice]) -> None:
        if self._optional:
            self._add("", None)
        for choice in choices:
            self._add(choice.label, choice.uuid)

    def _add(self, label: str, uuid: str | None) -> None:
        self.addItem(label, uuid)
        if label:
            item = QStandardItem(label)
            item.setData(fold(label), _FOLDED)
            self._folded.appendRow(item)

    def _matching_index(self) -> int:
        text = self.currentText().strip()
        # The current item first: two choices may share a label (two people called Wang Lei).
        if self.currentIndex() >= 0 and self.itemText(self.currentIndex()).strip() == text:
            return self.currentIndex()
        if not text:
            return self.findText(text, Qt.MatchFlag.MatchFixedString)
        key = fold(text)
        same = [i for i in range(self.count()) if fold(self.itemText(i).strip()) == key]
        if same:
            return same[0]
        fitting = self._beginning_with(text)
        return fitting[0] if len(fitting) == 1 else -1

    def _beginning_with(self, text: str) -> list[int]:
        key = fold(text)
        return [
            i
            for i in range(self.count())
            if self.itemText(i) and fold(self.itemText(i)).startswith(key)
        ]

    def _write_out(self) -> None:
        """Show the whole name of the choice a beginning or another spelling stands for."""
        index = self._matching_index()
        if index >= 0 and self.currentText() != self.itemText(index):
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))


class _FoldingCompleter(QCompleter):
    """Completes on any part of a name, ignoring case and accents, and writes the name as
    it is spelled."""

    def __init__(self, model: QStandardItemModel, parent: QWidget) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(_FOLDED)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [fold(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")
