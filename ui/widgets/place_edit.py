"""Where a transfer leaves from or arrives: an airport by its code, or a station by its name.

Officers copy the code from the ticket ("FRA", "EDDF") or remember only the city ("Frankf…"),
so the field completes by code, city or airport name from :mod:`planner.gazetteer.airports`
and keeps the code; the airport's name is shown beside it, in the palette's muted colour, so
a mistyped code is seen at once. Any other text is a station's name and is kept as typed.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget

from planner.gazetteer import airports
from planner.gazetteer.airports import Airport
from ui.colours import show_as_muted

_SEPARATOR = " – "


class PlaceEdit(QWidget):
    """The place as text (:meth:`text`) and the airport it names, if any (:meth:`airport`).

    Signal ``changed()``: the text changed, typed or chosen.
    """

    changed = Signal()

    def __init__(self, text: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(text or "", self)
        self.edit.setObjectName("code")
        self.edit.setPlaceholderText(self.tr("airport code (FRA, EDDF) or station"))
        self.name_label = QLabel(self)
        self.name_label.setObjectName("airport")
        show_as_muted(self.name_label)
        self._choices = QStringListModel(self)
        completer = QCompleter(self._choices, self)
        # The list is the gazetteer's answer already; Qt must not filter it again.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated.connect(self._chosen)
        self.edit.setCompleter(completer)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        # Wide enough for a station's name; the airport's name takes what is left and is cut
        # rather than widening the dialog (its tooltip has it whole).
        self.edit.setFixedWidth(self.edit.fontMetrics().averageCharWidth() * 24)
        self.name_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        row.addWidget(self.edit)
        row.addWidget(self.name_label, 1)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._offer)
        self.edit.textChanged.connect(self._show_airport)
        self.edit.textChanged.connect(self.changed)
        self._show_airport()

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str | None) -> None:
        self.edit.setText(text or "")

    def airport(self) -> Airport | None:
        """The airport the text is the code of; None for a station or nothing."""
        text = self.edit.text().strip()
        return airports.lookup(text) if text else None

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _offer(self, typed: str) -> None:
        found = airports.search(typed) if len(typed.strip()) >= 2 else []
        self._choices.setStringList([f"{a.code}{_SEPARATOR}{a.name}, {a.city}" for a in found])

    def _chosen(self, entry: str) -> None:
        self.edit.setText(entry.split(_SEPARATOR, 1)[0])

    def _show_airport(self) -> None:
        airport = self.airport()
        text = f"{airport.name}, {airport.city} ({airport.country})" if airport else ""
        if self.name_label.text() != text:
            self.name_label.setText(text)
            self.name_label.setToolTip(text)
