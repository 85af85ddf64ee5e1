"""The branch venues of one hybrid meeting as a list a user can select from: each in its own
local time, as the rest of the window writes them (:mod:`ui.models.hybrid_text`).

It sits under the meetings table. Selecting a branch venue lets the panel's buttons edit or
remove it; from the keyboard, Enter edits and Delete removes the selected branch venue (Delete
is taken from the window's "Delete Selected" while the list has focus, so that it never
deletes the meeting by surprise).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.queries import MeetingRow
from ui.models import hybrid_text

UUID_ROLE = Qt.ItemDataRole.UserRole


class BranchVenueList(QWidget):
    """A heading and one line per branch venue; hidden while the meeting has none.

    Signals: ``edit_wanted(str)`` (Enter or double-click: the branch venue's UUID),
    ``remove_wanted(str)`` (Delete) and ``selection_changed(str)`` (``""`` for none).
    """

    edit_wanted = Signal(str)
    remove_wanted = Signal(str)
    selection_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingBranches")
        self.heading = QLabel(self)
        self.heading.setObjectName("meetingBranchesHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = _BranchListWidget(self)
        self.list.setObjectName("branchVenueList")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.heading.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        self.list.itemActivated.connect(lambda item: self.edit_wanted.emit(_uuid(item)))
        self.list.delete_pressed.connect(self._remove_selected)
        self.list.itemSelectionChanged.connect(
            lambda: self.selection_changed.emit(self.selected_uuid() or "")
        )
        self.retranslate()
        self.hide()

    def show_meeting(self, meeting: MeetingRow | None) -> None:
        """List the branch venues of ``meeting`` (None: no meeting), keeping the selected one
        when it is still there and selecting the first otherwise."""
        chosen = self.selected_uuid()
        lines = hybrid_text.branch_lines(meeting) if meeting is not None else []
        branches = meeting.branches if meeting is not None else ()
        shown = [
            (self.list.item(i).text(), _uuid(self.list.item(i))) for i in range(self.list.count())
        ]
        wanted = [(line, branch.uuid) for line, branch in zip(lines, branches, strict=True)]
        if shown != wanted:
            self.list.blockSignals(True)
            try:
                self.list.clear()
                for line, uuid in wanted:
                    item = QListWidgetItem(line, self.list)
                    item.setData(UUID_ROLE, uuid)
                    item.setToolTip(line)
                self._fit_height()
            finally:
                self.list.blockSignals(False)
            # The branch venue chosen before, else the first: Edit and Remove act on it at once.
            if not (chosen and self.select_uuid(chosen)) and wanted:
                self.list.setCurrentRow(0)
            self.selection_changed.emit(self.selected_uuid() or "")
        self.setVisible(bool(wanted))

    def text(self) -> str:
        """What the list says, heading first, one branch venue a line."""
        if self.list.count() == 0:
            return ""
        lines = [self.list.item(i).text() for i in range(self.list.count())]
        return "\n".join([self.heading.text(), *lines])

    def selected_uuid(self) -> str | None:
        items = self.list.selectedItems()
        return _uuid(items[0]) if items else None

    def select_uuid(self, uuid: str) -> bool:
        for index in range(self.list.count()):
            item = self.list.item(index)
            if _uuid(item) == uuid:
                self.list.setCurrentItem(item)
                return True
        return False

    def retranslate(self) -> None:
        self.heading.setText(hybrid_text.hybrid_heading())
        self.list.setAccessibleName(self.tr("Branch venues"))

    def _remove_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.remove_wanted.emit(uuid)

    def _fit_height(self) -> None:
        """As tall as its lines (a hybrid meeting rarely has more than a few), at most five."""
        rows = max(1, min(self.list.count(), 5))
        height = self.list.sizeHintForRow(0) if self.list.count() else self.fontMetrics().height()
        frame = 2 * self.list.frameWidth()
        self.list.setFixedHeight(rows * max(height, self.fontMetrics().height()) + frame + 2)


class _BranchListWidget(QListWidget):
    """A list that keeps Delete for itself while it has focus."""

    delete_pressed = Signal()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_delete(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_delete(event):
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _is_delete(event: QEvent) -> bool:
    return (
        isinstance(event, QKeyEvent)
        and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        and event.modifiers()
        in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
    )


def _uuid(item: QListWidgetItem) -> str:
    return str(item.data(UUID_ROLE))
