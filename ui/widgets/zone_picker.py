"""A time zone picker that finds a zone by any part of its name.

Officers know the city ("shang", "berlin"), not the IANA region it is filed under, so the
completion matches anywhere in the name and ignores case. Only a zone that tzdata knows can be
entered in full: text that no zone contains is refused as it is typed, and a name that is
incomplete stays visibly unknown (the editors report it through ``validate``).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QStringListModel, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from planner import localtime


class ZonePicker(QComboBox):
    """An editable combo over every zone name; ``zone()`` is the typed name, canonical case."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        names = sorted(localtime.zone_names())
        self._canonical = {name.casefold(): name for name in names}
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(20)
        self.addItems(names)
        completer = QCompleter(QStringListModel(names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.setValidator(_ZoneValidator(self._canonical, self))
        line = self.lineEdit()
        assert line is not None  # editable combos always have one
        line.setPlaceholderText(self.tr("type part of a zone, e.g. Shanghai"))
        self.editTextChanged.connect(self.changed)

    def zone(self) -> str:
        """The entered zone in tzdata's spelling when known, else the text as typed."""
        text = self.currentText().strip()
        return self._canonical.get(text.casefold(), text)

    def set_zone(self, zone: str) -> None:
        index = self.findText(zone)
        if index >= 0:
            self.setCurrentIndex(index)
        self.setEditText(zone)

    def is_known(self) -> bool:
        return self.zone() in localtime.zone_names()


class _ZoneValidator(QValidator):
    """Acceptable: a zone name in any case; intermediate: part of one; invalid: anything else."""

    def __init__(self, canonical: dict[str, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._canonical = canonical

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        key = text.strip().casefold()
        if key in self._canonical:
            return QValidator.State.Acceptable, text, pos
        if any(key in name for name in self._canonical):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:
        return self._canonical.get(text.strip().casefold(), text)
