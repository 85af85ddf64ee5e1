"""One side of the trip in order of rank, reordered by drag and drop or by Ctrl+Up/Down.

The model holds plain :class:`~planner.protocol.Attendee` values. It never changes the store:
a drop or a key asks for a new order (``order_requested``) and the panel pushes one undoable
command; the reload that follows shows the ranks as stored. The drop itself goes through Qt's
own path for an internal move (``QListView.dropEvent`` calls :meth:`RankModel.moveRows`), so
the row moves under the cursor at once, as a user expects.
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


class RankModel(QAbstractListModel):
    """People of one side, first rank first. ``UserRole`` is the person's UUID.

    Signal ``order_requested(list)``: the UUIDs in the order a drop or key left them in.
    """

    order_requested = Signal(list)
    UUID_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[Attendee] = []
        self.moved: list[str] = []
        """The people the last move or drop moved (the panel selects them again)."""

    def reload(self, people: Sequence[Attendee]) -> None:
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def uuids(self) -> list[str]:
        return [p.uuid for p in self._people]

    def ranks(self) -> dict[str, int | None]:
        """Each person's rank as the list was loaded (a move changes the order, not these):
        what a reorder is checked against."""
        return {p.uuid: p.rank for p in self._people}

    def person_at(self, row: int) -> Attendee:
        return self._people[row]

    def row_of(self, uuid: str) -> int:
        return next((n for n, p in enumerate(self._people) if p.uuid == uuid), -1)

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
        data.setData(MIME_TYPE, QByteArray("\n".join(self._people[r].uuid for r in rows).encode()))
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
        """A drop that QListView does not move itself (one whose source is not this very
        view, e.g. another window of the application): move the dragged people to ``row``."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        dragged = _dragged(data)
        target = len(self._people) if row < 0 else row
        if len(dragged) == 1:  # one name (the list selects one): a move keeps it selected
            return self.moveRows(QModelIndex(), self.row_of(dragged[0]), 1, QModelIndex(), target)
        moving = [p for p in self._people if p.uuid in dragged]
        before = sum(1 for p in self._people[:target] if p.uuid not in dragged)
        rest = [p for p in self._people if p.uuid not in dragged]
        order = rest[:before] + moving + rest[before:]
        if order == self._people:
            return False
        self.beginResetModel()
        self._people = order
        self.endResetModel()
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
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if not (source_row >= 0 and source_row + count <= len(self._people)):
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, source_row + count - 1, QModelIndex(), destination_child
        ):
            return False
        moving = self._people[source_row : source_row + count]
        rest = self._people[:source_row] + self._people[source_row + count :]
        at = destination_child if destination_child < source_row else destination_child - count
        self._people = rest[:at] + moving + rest[at:]
        self.endMoveRows()
        self.moved = [p.uuid for p in moving]
        self.order_requested.emit(self.uuids())
        return True


class RankList(QListView):
    """A side's list: drag a person to another place, or Ctrl+Up/Ctrl+Down to move the
    selected person one place. Signal ``uuid_selection_changed(str)``."""

    uuid_selection_changed = Signal(str)

    def __init__(self, model: RankModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.read_only = False
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        # DragDrop, not InternalMove: a drop from this view still takes Qt's internal-move
        # path (QListView.dropEvent → moveRows), and a drop of the same people coming from
        # elsewhere (another window of the application) reaches RankModel.dropMimeData.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
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
        mode = QAbstractItemView.DragDropMode
        self.setDragDropMode(mode.NoDragDrop if self.read_only else mode.DragDrop)
        self.setDragEnabled(not self.read_only)
        self.setAcceptDrops(not self.read_only)
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
        """Move the selected person ``step`` places (-1 up, 1 down) through the model, as a
        drop would; False at either end."""
        index = self.currentIndex()
        if not index.isValid():
            return False
        row = index.row()
        target = row + step
        if not 0 <= target < self.rank_model().rowCount():
            return False
        destination = target if step < 0 else target + 1
        return self.rank_model().moveRows(QModelIndex(), row, 1, QModelIndex(), destination)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            if self.read_only:
                event.accept()
                return
            self.move_selected(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


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
