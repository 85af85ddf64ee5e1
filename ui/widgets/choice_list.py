"""Choosing several of the trip's people or organizations from a filtered, checkable list.

A delegation meets dozens of people; a filter box narrows the list by any part of a name
(Latin or Chinese script alike) without losing what is already ticked. A click anywhere on a
row ticks it, not only on the small box, and Space does the same from the keyboard.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.records import Choice

UUID_ROLE = Qt.ItemDataRole.UserRole


class ChoiceList(QWidget):
    """The UUIDs ticked among ``choices``, in the order they were ticked.

    Order is kept because records compare as tuples: opening and saving an editor must give
    back the same tuple, not a reordered one that looks like a change.
    """

    changed = Signal()

    def __init__(self, choices: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._pressed_state: Qt.CheckState | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setPlaceholderText(self.tr("Filter by name…"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("choices")
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the current entry"))
        # Long names are cut with "…" (the tooltip has them whole), not scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.filter)
        # Wide enough for a name with its native script, however the form around it grows.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        for choice in choices:
            self._add(choice.label, choice.uuid)
        self.filter.textChanged.connect(self._apply_filter)
        self.list.itemPressed.connect(self._remember_state)
        self.list.itemClicked.connect(self._toggle_if_unchanged)
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.itemChanged.connect(self.changed)  # after _on_item_changed: connection order
        self._show_count()

    def selected(self) -> tuple[str, ...]:
        return tuple(self._order)

    def set_selected(self, uuids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(uuids))
        known = {self._uuid(self.list.item(row)) for row in range(self.list.count())}
        for uuid in wanted:
            if uuid not in known:
                self._add(uuid, uuid)  # not in this trip's context: keep it, do not drop it
        self.list.blockSignals(True)
        for row in range(self.list.count()):
            item = self.list.item(row)
            checked = self._uuid(item) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._order = wanted
        self._show_count()
        self.changed.emit()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Offer other choices (another trip's people); ticked ones that remain stay ticked."""
        kept = [uuid for uuid in self._order if any(c.uuid == uuid for c in choices)]
        self.list.blockSignals(True)
        self.list.clear()
        for choice in choices:
            self._add(choice.label, choice.uuid)
        self.list.blockSignals(False)
        self._order = []
        self.set_selected(kept)
        self._apply_filter(self.filter.text())

    def item_for(self, uuid: str) -> QListWidgetItem | None:
        """The row of ``uuid`` (for tests and for scrolling to it)."""
        for row in range(self.list.count()):
            if self._uuid(self.list.item(row)) == uuid:
                return self.list.item(row)
        return None

    # -- private

    def _add(self, label: str, uuid: str) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(UUID_ROLE, uuid)
        item.setToolTip(label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    @staticmethod
    def _uuid(item: QListWidgetItem) -> str:
        return str(item.data(UUID_ROLE))

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def _remember_state(self, item: QListWidgetItem) -> None:
        self._pressed_state = item.checkState()

    def _toggle_if_unchanged(self, item: QListWidgetItem) -> None:
        # A click on the box itself was already handled by the view; one on the name was not.
        if item.checkState() == self._pressed_state:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._pressed_state = None

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        uuid = self._uuid(item)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and uuid not in self._order:
            self._order.append(uuid)
        elif not checked and uuid in self._order:
            self._order.remove(uuid)
        self._show_count()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n chosen", "", len(self._order)))
