"""One side of the trip in order of rank, reordered by drag and drop or by Ctrl+Up/Down.

The model holds plain :class:`~planner.protocol.Attendee` values. It never changes the store:
a drop or a key asks for a new order (``order_requested``) and the panel pushes one undoable
command; the reload that follows shows the ranks as stored. The drop itself goes through Qt's
own path for an internal move (``QListView.dropEvent`` calls :meth:`RankModel.moveRows`), so
the row moves under the cursor at once, as a user expects.

The Delegation panel's table reorders the same way: :class:`ReorderRows` (the drag, the drop
and the move), :func:`move_current` and :func:`move_step` (Ctrl+Up/Down) and
:func:`allow_reordering` (a viewer's window) serve both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from planner import names
from planner.protocol import Attendee
from ui.models import vocab_text

_Index = QModelIndex | QPersistentModelIndex
MIME_TYPE = "application/x-delegation-planner-people"
"""What a dragged name carries: the UUIDs of the people dragged, one a line."""


class ReorderRows:
    """What a model of people in order of rank needs for dragging and Ctrl+Up/Down: a mixin
    before the Qt model class (the Protocol tab's list, the Delegation panel's table), over
    ``_people``, items with a ``uuid`` (or what :meth:`key_of` names) and a ``rank``.

    A subclass declares ``order_requested = Signal(list)``: the UUIDs in the order a drop or
    key left them in.
    """

    _people: list[Any]
    moved: list[str]
    """The people the last move or drop moved (the panel selects them again)."""
    order_requested: Any

    def key_of(self, person: Any) -> str:
        """The UUID a reorder names the person by."""
        return str(person.uuid)

    def uuids(self) -> list[str]:
        return [self.key_of(p) for p in self._people]

    def ranks(self) -> dict[str, int | None]:
        """Each person's rank as the list was loaded (a move changes the order, not these):
        what a reorder is checked against."""
        return {self.key_of(p): p.rank for p in self._people}

    def row_of(self, uuid: str) -> int:
        return next((n for n, p in enumerate(self._people) if self.key_of(p) == uuid), -1)

    def reorder_flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled  # between rows, never onto a person

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        """The dragged people as their UUIDs, one a line, in the list's order."""
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data = QMimeData()
        text = "\n".join(self.key_of(self._people[r]) for r in rows)
        data.setData(MIME_TYPE, QByteArray(text.encode()))
        return data

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """Only people of this side, and only between rows (never onto a person)."""
        dragged = _dragged(data)
        mine = set(self.uuids())
        return (
            action == Qt.DropAction.MoveAction
            and not parent.isValid()
            and bool(dragged)
            and all(u in mine for u in dragged)
        )

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        """A drop that the view does not move itself (a table's, or one whose source is not
        this very view, e.g. another window of the application): move the dragged people to
        ``row``."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        model: Any = self
        dragged = _dragged(data)
        target = len(self._people) if row < 0 else row
        if len(dragged) == 1:  # one name (the list selects one): a move keeps it selected
            return self.moveRows(QModelIndex(), self.row_of(dragged[0]), 1, QModelIndex(), target)
        moving = [p for p in self._people if self.key_of(p) in dragged]
        before = sum(1 for p in self._people[:target] if self.key_of(p) not in dragged)
        rest = [p for p in self._people if self.key_of(p) not in dragged]
        order = rest[:before] + moving + rest[before:]
        if order == self._people:
            return False
        model.beginResetModel()
        self._people = order
        model.endResetModel()
        self.moved = dragged
        self.order_requested.emit(self.uuids())
        return True

    def moveRows(  # noqa: N802
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        """Move the rows (QListView's internal move comes here) and ask for the new order."""
        model: Any = self
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not (source_row >= 0 and source_row + count <= len(self._people)):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        if not model.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._people[source_row : source_row + count]
        rest = self._people[:source_row] + self._people[source_row + count :]
        at = destination_child if destination_child < source_row else destination_child - count
        self._people = rest[:at] + moving + rest[at:]
        model.endMoveRows()
        self.moved = [self.key_of(p) for p in moving]
        self.order_requested.emit(self.uuids())
        return True


class RankModel(ReorderRows, QAbstractListModel):
    """People of one side, first rank first. ``UserRole`` is the person's UUID.

    Signal ``order_requested(list)``: the UUIDs in the order a drop or key left them in.
    """

    order_requested = Signal(list)
    UUID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Attendee] = []
        self.moved = []

    def reload(self, people: Sequence[Attendee]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def person_at(self, row: int) -> Attendee:
        return self._people[row]

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            rank = "–" if person.rank is None else str(person.rank)
            details = _details(person)
            return f"{rank}   {person.name}" + (f"   · {details}" if details else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(
                p
                for p in (
                    person.name,
                    _details(person),
                    person.organization,
                    QCoreApplication.translate("ProtocolPanel", "Rank {rank}").format(
                        rank=person.rank
                    )
                    if person.rank is not None
                    else QCoreApplication.translate("ProtocolPanel", "No rank yet"),
                )
                if p
            )
        if role == self.UUID_ROLE:
            return person.uuid
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return self.reorder_flags(index)


class RankList(QListView):
    """A side's list: drag a person to another place, or Ctrl+Up/Ctrl+Down to move the
    selected person one place. Signal ``uuid_selection_changed(str)``."""

    uuid_selection_changed = Signal(str)

    def __init__(self, model: RankModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.read_only = False
        self.setDropIndicatorShown(True)
        allow_reordering(self, True)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMovement(QListView.Movement.Snap)
        self.setAlternatingRowColors(True)
        # A long position is elided at the list's edge rather than scrolled to.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.selectionModel().currentChanged.connect(
            lambda current, _previous: self.uuid_selection_changed.emit(
                current.data(RankModel.UUID_ROLE) or ""
            )
        )

    def set_read_only(self, reason: str | None) -> None:
        """No reordering (``reason`` says why, as the tooltip), or reordering again (None)."""
        self.read_only = reason is not None
        allow_reordering(self, reason is None)
        self.setToolTip(reason or "")

    def rank_model(self) -> RankModel:
        found = self.model()
        assert isinstance(found, RankModel)
        return found

    def selected_uuid(self) -> str | None:
        index = self.currentIndex()
        return str(index.data(RankModel.UUID_ROLE)) if index.isValid() else None

    def select_uuid(self, uuid: str | None) -> bool:
        row = self.rank_model().row_of(uuid) if uuid else -1
        if row < 0:
            return False
        index = self.rank_model().index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def move_selected(self, step: int) -> bool:
        """Move the selected person ``step`` places (-1 up, 1 down); False at either end."""
        return move_current(self, step)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        step = move_step(event)
        if step:
            if not self.read_only:
                self.move_selected(step)
            event.accept()
            return
        super().keyPressEvent(event)


def allow_reordering(view: QAbstractItemView, allowed: bool) -> None:
    """Let ``view`` drag its rows to another place, or not (a viewer's window)."""
    mode = QAbstractItemView.DragDropMode
    # DragDrop, not InternalMove: a drop from this view still takes Qt's internal-move path
    # where the view has one (QListView.dropEvent → moveRows), and a drop of the same people
    # coming from elsewhere reaches ReorderRows.dropMimeData.
    view.setDragDropMode(mode.DragDrop if allowed else mode.NoDragDrop)
    view.setDragEnabled(allowed)
    view.setAcceptDrops(allowed)


def move_step(event: QKeyEvent) -> int:
    """-1 for Ctrl+Up, 1 for Ctrl+Down (a move of the selected person), else 0."""
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)


def move_current(view: QAbstractItemView, step: int) -> bool:
    """Move the current row of ``view`` ``step`` places (-1 up, 1 down) through its model's
    ``moveRows``, as a drop would; False at either end."""
    index = view.currentIndex()
    model = view.model()
    if not index.isValid():
        return False
    row = index.row()
    target = row + step
    if not 0 <= target < model.rowCount():
        return False
    destination = target if step < 0 else target + 1
    return model.moveRows(QModelIndex(), row, 1, QModelIndex(), destination)


def _dragged(data: QMimeData) -> list[str]:
    if not data.hasFormat(MIME_TYPE):
        return []
    text = bytes(data.data(MIME_TYPE).data()).decode()
    return [line for line in text.splitlines() if line]


def _details(person: Attendee) -> str:
    """The delegation role when it says more than "member", else the position."""
    if person.role and person.role != "member":
        return vocab_text.word(vocab_text.delegation_roles(), person.role)
    return person.position or ""


def latin_and_native(person: Attendee) -> tuple[str, str | None]:
    """The name in Latin letters and the native script (None when it has none)."""
    latin = names.latin_name(person.family_name, person.given_name, person.native_name)
    return latin, person.native_name or None
