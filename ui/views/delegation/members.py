"""The delegation in order of rank, as a table a protocol officer reorders and edits in place.

The model holds plain :class:`~planner.editing.delegation.Member` values and never changes the
store: a drop or Ctrl+Up/Down asks for a new order (``order_requested``, the Protocol tab's
:class:`~ui.views.protocol.rank_list.ReorderRows`), a role chosen in the row asks for a change
(``role_requested``), Delete asks for a removal (``remove_requested``); the panel turns each
into one undoable command, and the reload that follows shows the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from planner import ranks, vocab
from planner.editing.delegation import Member
from ui.i18n import QT_TRANSLATE_NOOP
from ui.models import vocab_text
from ui.views.protocol.rank_list import ReorderRows, allow_reordering, move_current, move_step
from ui.widgets.vocab_combo import VocabCombo

_Index = QModelIndex | QPersistentModelIndex
RANK, NAME, ROLE, ORGANIZATION, LANGUAGES = range(5)
HEADERS = (
    QT_TRANSLATE_NOOP("DelegationPanel", "Rank"),
    QT_TRANSLATE_NOOP("DelegationPanel", "Name"),
    QT_TRANSLATE_NOOP("DelegationPanel", "Role"),
    QT_TRANSLATE_NOOP("DelegationPanel", "Organization"),
    QT_TRANSLATE_NOOP("DelegationPanel", "Languages"),
)


def rank_order(members: Sequence[Member]) -> list[Member]:
    """The delegation as it is listed, seated and printed (:mod:`planner.ranks`: explicit rank,
    then the head, members, interpreter, staff, press, security, each in the trip's order)."""
    return sorted(
        members, key=lambda m: ranks.rank_key(m.precedence, m.sort_key, m.role, m.position)
    )


class MembersModel(ReorderRows, QAbstractTableModel):
    """The delegation, first rank first, one member a row. ``UserRole`` is the person's UUID
    (what a re-rank names); :meth:`member_at` gives the whole member.

    Signals: ``order_requested(list)`` the person UUIDs in the order a drop or key left them;
    ``role_requested(str, str)`` a member's UUID and the role chosen in its row."""

    order_requested = Signal(list)
    role_requested = Signal(str, str)
    UUID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Member] = []
        self.moved = []
        self.read_only = False

    def key_of(self, person: Any) -> str:
        return str(person.person)

    def reload(self, members: Sequence[Member]) -> None:
        self.beginResetModel()
        self._people = rank_order(members)
        self.endResetModel()

    def member_at(self, row: int) -> Member:
        return self._people[row]

    def members(self) -> list[Member]:
        return list(self._people)

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("DelegationPanel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        member = self._people[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(member, column)
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return member.role
        if role == self.UUID_ROLE:
            return member.person
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """A role chosen in the row: asked for, not written (the reload shows it once saved)."""
        if role != Qt.ItemDataRole.EditRole or index.column() != ROLE or not index.isValid():
            return False
        member = self._people[index.row()]
        if value not in vocab.DELEGATION_ROLES or value == member.role:
            return False
        self.role_requested.emit(member.uuid, str(value))
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        flags = self.reorder_flags(index)
        if self.read_only:
            flags &= ~(Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        elif index.isValid() and index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _text(self, member: Member, column: int) -> str:
        if column == RANK:
            return "–" if member.precedence is None else str(member.precedence)
        if column == NAME:
            return member.display_name
        if column == ROLE:
            return vocab_text.word(vocab_text.delegation_roles(), member.role)
        if column == ORGANIZATION:
            return member.organization or ""
        return ", ".join(member.languages)


class RoleDelegate(QStyledItemDelegate):
    """The role column's editor: a combo of the delegation's roles in the interface's words,
    opened by F2, Enter or a double click. With the keyboard, Up/Down choose and Enter saves
    (a closed combo reports every step as chosen, so a step must not save); a role picked
    from the open list with the mouse is saved at once."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: _Index
    ) -> QWidget:
        combo = _RoleCombo(vocab.DELEGATION_ROLES, vocab_text.delegation_roles(), parent=parent)
        combo.setObjectName("roleEditor")
        combo.setAccessibleName(self.tr("Role in the delegation"))
        combo.picked.connect(lambda c=combo: self._commit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, VocabCombo)
        editor.set_word(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:  # noqa: N802
        assert isinstance(editor, VocabCombo)
        model.setData(index, editor.word(), Qt.ItemDataRole.EditRole)

    def _commit(self, combo: VocabCombo) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)


class _RoleCombo(VocabCombo):
    """Signal ``picked()``: the open list of roles closed (a role chosen, or Escape).

    Said a moment after the list closes: Qt closes it before it sets the role chosen. The
    timer belongs to the combo, so a combo gone meanwhile says nothing."""

    picked = Signal()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._open = False
        self._closed = QTimer(self)
        self._closed.setSingleShot(True)
        self._closed.timeout.connect(self.picked)

    def showPopup(self) -> None:  # noqa: N802
        self._open = True
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802
        """Only a list that was open says so: Qt also hides a closed one as the editor goes."""
        was_open, self._open = self._open, False
        super().hidePopup()
        if was_open:
            self._closed.start(0)


class MembersTable(QTableView):
    """The delegation's table: Ctrl+Up/Down moves the selected member, Delete asks to remove
    them, F2 or Enter opens the role editor. It keeps these keys while it has the focus (the
    window's Delete Selected would otherwise delete the person from the store).

    Signal ``remove_requested()``: Delete was pressed on a member."""

    remove_requested = Signal()

    def __init__(self, model: MembersModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.read_only = False
        self.setItemDelegateForColumn(ROLE, RoleDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # arrows move within, Tab leaves
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setDropIndicatorShown(True)
        self.setDragDropOverwriteMode(False)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        allow_reordering(self, True)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        # A delegation is a dozen people at most: fitting the columns to them costs nothing.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORGANIZATION, QHeaderView.ResizeMode.Stretch)

    def members_model(self) -> MembersModel:
        found = self.model()
        assert isinstance(found, MembersModel)
        return found

    def set_read_only(self, reason: str | None) -> None:
        """No reordering, no role editing, no removing (``reason`` says why, as the tip)."""
        self.read_only = reason is not None
        self.members_model().read_only = self.read_only
        allow_reordering(self, not self.read_only)
        self.setToolTip(reason or "")

    def selected_uuid(self) -> str | None:
        """The selected member's person."""
        index = self.currentIndex()
        return str(index.data(MembersModel.UUID_ROLE)) if index.isValid() else None

    def selected_member(self) -> Member | None:
        index = self.currentIndex()
        return self.members_model().member_at(index.row()) if index.isValid() else None

    def select_uuid(self, uuid: str | None) -> bool:
        row = self.members_model().row_of(uuid) if uuid else -1
        if row < 0:
            return False
        index = self.members_model().index(row, NAME)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (_is_delete(event) or move_step(event) or _is_edit(event))
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = move_step(event)
        if step:
            if not self.read_only:
                move_current(self, step)
            event.accept()
            return
        if _is_delete(event):
            if not self.read_only and self.currentIndex().isValid():
                self.remove_requested.emit()
            event.accept()
            return
        if _is_edit(event) and self.state() != QAbstractItemView.State.EditingState:
            index = self.currentIndex()
            if index.isValid() and not self.read_only:
                self.edit(index.siblingAtColumn(ROLE))
            event.accept()
            return
        super().keyPressEvent(event)


def _is_delete(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and event.modifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )


def _is_edit(event: QKeyEvent) -> bool:
    """F2 or Enter: change the role of the selected member."""
    plain = event.modifiers() in (
        Qt.KeyboardModifier.NoModifier,
        Qt.KeyboardModifier.KeypadModifier,
    )
    return plain and event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)
