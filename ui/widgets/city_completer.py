"""Completion of a city as it is typed, from the gazetteer, in any of its names.

An officer types "Shang", "Nürnb" or "青岛" and picks ``Shanghai, CN — Shanghai`` from the
list; the editor then fills in what the city implies (country, region, zone), which a typed
city alone never did. The list is the gazetteer's answer for the text so far, not a filter
over a fixed list, so the completer shows it as it is (unfiltered); the gazetteer is read
on a worker thread when the editor opens (a few seconds, once per run), and until it is
ready the field is a plain text field.
"""

from __future__ import annotations

import threading
from typing import Any, cast

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from planner.gazetteer import cities

CITY_ROLE = Qt.ItemDataRole.UserRole + 1
"""The item's :class:`~planner.gazetteer.cities.City`."""
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
"""The name that matched, which goes into the field (``Nürnberg``, not ``Nuremberg``)."""
SHOWN = 12


class CityCompleter(QCompleter):
    """Offers the gazetteer's cities under ``edit`` as the user types; ``chosen`` carries the
    city picked, after its name has been put into ``edit``."""

    chosen = Signal(object)

    def __init__(self, edit: QLineEdit, parent: QObject | None = None) -> None:
        self.items = QStandardItemModel()
        super().__init__(self.items, parent or edit)
        self.items.setParent(self)
        self.edit = edit
        self.setWidget(edit)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setMaxVisibleItems(SHOWN)
        edit.textEdited.connect(self.update_for)
        # The QModelIndex overload: two cities can show the same text (Springfield, US).
        cast(Any, self.activated)[QModelIndex].connect(self._pick)
        if not cities.is_ready():
            threading.Thread(target=cities.prepare, name="gazetteer", daemon=True).start()

    def update_for(self, text: str) -> None:
        """Offer the cities for ``text``: nothing until the gazetteer is ready, or for a blank."""
        self.items.clear()
        if not text.strip() or not cities.is_ready():
            self._hide()
            return
        for match in cities.gazetteer().complete(text, SHOWN):
            item = QStandardItem(match.label)
            item.setData(match.city, CITY_ROLE)
            item.setData(match.name, NAME_ROLE)
            item.setToolTip(" · ".join(filter(None, (match.city.region, match.city.zone))))
            self.items.appendRow(item)
        if self.items.rowCount():
            self.complete()
        else:
            self._hide()

    def _hide(self) -> None:
        popup = self.popup()
        if popup is not None:
            popup.hide()

    def _pick(self, index: QModelIndex) -> None:
        city = index.data(CITY_ROLE)
        if city is None:
            return
        self.edit.setText(str(index.data(NAME_ROLE)))
        self.chosen.emit(city)
