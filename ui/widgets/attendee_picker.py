"""Who attends a meeting, and in which role: the trip's people by side and organization.

A protocol officer thinks of a meeting as two (or three) sides facing each other, each a few
organizations led by a head. So the picker shows the trip's people as the trip context gives
them (:class:`~planner.records.PersonChoice`: by side, in order of precedence, each side's head
first) grouped under their side and, within it, their organization; an organization's row is a
tri-state check box that ticks all its people at once. A filter narrows the list as one types
(a name or an organization, Latin or Chinese script), but never hides or unticks someone
ticked: people the filter put first stay where they are.

Each ticked attendee gets a combo in the row for their role in the meeting (participant,
speaker, signatory, interpreter, note-taker). With the keyboard: arrows move through the
rows, Space ticks, Right (or Tab) goes to the row's combo, Up/Down there choose the role,
Left goes back to the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import names, vocab
from planner.records import Choice, PersonChoice
from ui.models import vocab_text
from ui.widgets.vocab_combo import VocabCombo

UUID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
SIDE, ORGANIZATION, PERSON = "side", "organization", "person"
NAME, ROLE = range(2)
PARTICIPANT = vocab.ATTENDEE_ROLES[0]
HOST = "host"


class AttendeePicker(QWidget):
    """The UUIDs ticked, in the order they were ticked (:meth:`selected`), and the role of each
    that is not a participant (:meth:`roles`, in the same order).

    Order is kept because records compare as tuples: opening and saving an editor must give
    back the same tuple, not a reordered one that looks like a change. A role chosen for
    someone unticked again is remembered while the editor is open, in case of a slip.

    Signal ``changed()``: a tick or a role changed.
    """

    changed = Signal()

    def __init__(self, people: Sequence[Choice], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._roles: dict[str, str] = {}
        self._pressed_state: Qt.CheckState | None = None
        self.filter = QLineEdit(self)
        self.filter.setObjectName("filter")
        self.filter.setClearButtonEnabled(True)
        self.caption = QLabel(self)
        self.tree = _PeopleTree(self)
        self.tree.setObjectName("choices")
        self.caption.setBuddy(self.tree)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter)
        layout.addWidget(self.caption)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.count_label)
        self.setFocusProxy(self.filter)
        # Wide enough for a name with its native script beside its role.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self._fill(people)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.itemPressed.connect(self._remember_state)
        self.tree.itemClicked.connect(self._toggle_if_unchanged)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.to_role.connect(self._focus_role)
        self.retranslate()

    # -- what the editor reads and sets

    def selected(self) -> tuple[str, ...]:
        return tuple(self._order)

    def roles(self) -> tuple[tuple[str, str], ...]:
        """(UUID, role) of the ticked whose role is not ``participant``, in ticking order."""
        return tuple(
            (uuid, role)
            for uuid in self._order
            if (role := self._roles.get(uuid, PARTICIPANT)) != PARTICIPANT
        )

    def set_selected(self, uuids: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(uuids))
        for uuid in wanted:
            if self.item_for(uuid) is None:
                # Not among the trip's people (an old store, a colleague's edit): keep them.
                self._add_person(self._side_item(HOST), Choice(uuid, uuid))
        with QSignalBlocker(self.tree):
            for item in self._people():
                checked = _uuid(item) in wanted
                item.setCheckState(NAME, _state(checked))
        self._order = wanted
        self._sync_combos()
        self._apply_filter(self.filter.text())
        self._show_count()
        self.changed.emit()

    def set_roles(self, roles: Iterable[tuple[str, str]]) -> None:
        """Give attendees their roles in the meeting (anyone not named participates)."""
        self._roles = dict(roles)
        for item in self._people():
            combo = self.role_combo(_uuid(item))
            if combo is not None:
                combo.set_word(self._roles.get(_uuid(item), PARTICIPANT))
        self.changed.emit()

    def item_for(self, uuid: str) -> QTreeWidgetItem | None:
        """The row of ``uuid`` (for tests and for scrolling to it)."""
        return next((item for item in self._people() if _uuid(item) == uuid), None)

    def organization_item(self, name: str) -> QTreeWidgetItem | None:
        """The group row of the organization called ``name`` (its check box adds them all)."""
        return next(
            (i for i in self._items() if _kind(i) == ORGANIZATION and i.text(NAME) == name), None
        )

    def role_combo(self, uuid: str) -> VocabCombo | None:
        """The combo for the ticked attendee ``uuid``'s role (None while unticked)."""
        item = self.item_for(uuid)
        widget = self.tree.itemWidget(item, ROLE) if item is not None else None
        return widget if isinstance(widget, VocabCombo) else None

    def visible_names(self) -> list[str]:
        """The people's rows the filter leaves, top to bottom (what the user sees)."""
        return [item.text(NAME) for item in self._people() if not _hidden(item)]

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter by name or organization…"))
        self.filter.setAccessibleName(self.tr("Filter the people"))
        self.caption.setText(self.tr("Tick who attends, and each one's role in the &meeting:"))
        self.tree.setAccessibleName(self.tr("People of the trip by side and organization"))
        self.tree.setHeaderLabels([self.tr("Person"), self.tr("Role in the meeting")])
        self.tree.fit_role_column()
        for item in self._items():
            kind = _kind(item)
            if kind == SIDE:
                item.setText(NAME, self._side_heading(str(item.data(NAME, UUID_ROLE))))
            elif kind == ORGANIZATION:
                tip = self.tr("Tick to add all people of {organization}").format(
                    organization=item.text(NAME)
                )
                item.setToolTip(NAME, tip)
                item.setData(NAME, Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        for item in self._people():
            combo = self.role_combo(_uuid(item))
            if combo is not None:
                self._name_combo(combo, item)
        self._show_count()

    # -- building

    def _fill(self, people: Sequence[Choice]) -> None:
        with QSignalBlocker(self.tree):
            for choice in people:
                side = choice.side if isinstance(choice, PersonChoice) else HOST
                parent = self._side_item(side)
                if isinstance(choice, PersonChoice) and choice.organization:
                    parent = self._organization_item(parent, choice)
                self._add_person(parent, choice)
            self.tree.expandAll()

    def _side_item(self, side: str) -> QTreeWidgetItem:
        for item in _children(self.tree.invisibleRootItem()):
            if item.data(NAME, UUID_ROLE) == side:
                return item
        item = QTreeWidgetItem(self.tree)
        item.setData(NAME, UUID_ROLE, side)
        item.setData(NAME, KIND_ROLE, SIDE)
        item.setText(NAME, self._side_heading(side))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = QFont(item.font(NAME))
        font.setBold(True)
        item.setFont(NAME, font)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _organization_item(self, side: QTreeWidgetItem, choice: PersonChoice) -> QTreeWidgetItem:
        key = choice.organization_uuid or choice.organization
        for child in _children(side):
            if _kind(child) == ORGANIZATION and child.data(NAME, UUID_ROLE) == key:
                return child
        item = QTreeWidgetItem(side)
        item.setData(NAME, UUID_ROLE, key)
        item.setData(NAME, KIND_ROLE, ORGANIZATION)
        item.setText(NAME, choice.organization)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsAutoTristate
        )
        item.setCheckState(NAME, Qt.CheckState.Unchecked)
        item.setFirstColumnSpanned(True)
        item.setExpanded(True)
        return item

    def _add_person(self, parent: QTreeWidgetItem, choice: Choice) -> None:
        item = QTreeWidgetItem(parent)
        item.setText(NAME, choice.label)
        item.setToolTip(NAME, choice.label)
        item.setData(NAME, UUID_ROLE, choice.uuid)
        item.setData(NAME, KIND_ROLE, PERSON)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(NAME, Qt.CheckState.Unchecked)

    def _side_heading(self, side: str) -> str:
        headings = {
            "delegation": self.tr("Our delegation"),
            "host": self.tr("Host side"),
            "third-party": self.tr("Third party"),
        }
        return headings.get(side, side)

    # -- ticking

    def _remember_state(self, item: QTreeWidgetItem, column: int) -> None:
        self._pressed_state = item.checkState(NAME)

    def _toggle_if_unchanged(self, item: QTreeWidgetItem, column: int) -> None:
        # A click on the box itself was already handled by the view; one on the name was not.
        if _kind(item) != SIDE and column == NAME and item.checkState(NAME) == self._pressed_state:
            checked = item.checkState(NAME) == Qt.CheckState.Checked
            item.setCheckState(NAME, _state(not checked))
        self._pressed_state = None

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if _kind(item) != PERSON or column != NAME:
            return  # an organization's box ticks its people, who say so one by one
        uuid = _uuid(item)
        checked = item.checkState(NAME) == Qt.CheckState.Checked
        if checked and uuid not in self._order:
            self._order.append(uuid)
        elif not checked and uuid in self._order:
            self._order.remove(uuid)
        else:
            return
        self._sync_combos()
        self._show_count()
        self.changed.emit()

    # -- roles

    def _sync_combos(self) -> None:
        """A combo in the row of each one ticked, none for the others; Tab goes from the list
        through the combos top to bottom, then on to the rest of the editor."""
        ticked = set(self._order)
        previous: QWidget = self.tree
        for item in self._people():
            uuid = _uuid(item)
            combo = self.role_combo(uuid)
            if uuid in ticked and combo is None:
                combo = VocabCombo(vocab.ATTENDEE_ROLES, vocab_text.attendee_roles(), parent=None)
                combo.setObjectName(f"role:{uuid}")
                combo.set_word(self._roles.get(uuid, PARTICIPANT))
                self._name_combo(combo, item)
                combo.installEventFilter(self)
                combo.changed.connect(lambda c=combo, u=uuid: self._role_chosen(u, c))
                self.tree.setItemWidget(item, ROLE, combo)
            elif uuid not in ticked and combo is not None:
                combo.hide()  # Qt deletes it later, once back in the event loop
                self.tree.removeItemWidget(item, ROLE)
                continue
            if combo is not None and uuid in ticked:
                QWidget.setTabOrder(previous, combo)
                previous = combo

    def _name_combo(self, combo: VocabCombo, item: QTreeWidgetItem) -> None:
        combo.setAccessibleName(
            self.tr("Role of {name} in the meeting").format(name=item.text(NAME))
        )
        combo.setToolTip(combo.accessibleName())

    def _role_chosen(self, uuid: str, combo: VocabCombo) -> None:
        self._roles[uuid] = combo.word() or PARTICIPANT
        self.changed.emit()

    def _focus_role(self, item: QTreeWidgetItem) -> None:
        combo = self.role_combo(_uuid(item)) if _kind(item) == PERSON else None
        if combo is not None:
            combo.setFocus(Qt.FocusReason.TabFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """A role combo reached by Tab shows its row; Left in it goes back to the row."""
        if event.type() not in (QEvent.Type.FocusIn, QEvent.Type.KeyPress):
            return False
        item = self.item_for(watched.objectName().removeprefix("role:"))
        if item is None or not isinstance(watched, VocabCombo):
            return False
        if event.type() == QEvent.Type.FocusIn:
            self.tree.setCurrentItem(item, NAME)
            self.tree.scrollToItem(item)
        elif event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Left and not event.modifiers():
                self.tree.setFocus(Qt.FocusReason.BacktabFocusReason)
                return True
        return False

    # -- filtering

    def _apply_filter(self, text: str) -> None:
        """Hide the people whose name and organization do not match; a ticked person, and
        anyone of an organization whose name matches, stays. Empty groups are hidden."""
        needle = names.fold(text.strip())
        ticked = set(self._order)
        for side in _children(self.tree.invisibleRootItem()):
            side_shown = False
            for child in _children(side):
                if _kind(child) == ORGANIZATION:
                    whole = not needle or needle in names.fold(child.text(NAME))
                    shown = False
                    for person in _children(child):
                        keep = whole or _matches(person, needle) or _uuid(person) in ticked
                        person.setHidden(not keep)
                        shown = shown or keep
                    child.setHidden(not shown)
                else:
                    shown = not needle or _matches(child, needle) or _uuid(child) in ticked
                    child.setHidden(not shown)
                side_shown = side_shown or shown
            side.setHidden(not side_shown)

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n chosen", "", len(self._order)))

    # -- walking the tree

    def _items(self) -> Iterator[QTreeWidgetItem]:
        stack = _children(self.tree.invisibleRootItem())[::-1]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(_children(item)[::-1])

    def _people(self) -> Iterator[QTreeWidgetItem]:
        return (item for item in self._items() if _kind(item) == PERSON)


class _PeopleTree(QTreeWidget):
    """The tree of sides, organizations and people; Right on a ticked person asks for the
    role combo of the row.

    Signal ``to_role(QTreeWidgetItem)``: Right was pressed on that row."""

    to_role = Signal(QTreeWidgetItem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(2)
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAllColumnsShowFocus(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Fixed)
        # A meeting's attendees should show without scrolling, roles and all.
        self.setMinimumHeight(self.fontMetrics().height() * 16)

    def fit_role_column(self) -> None:
        """As wide as the widest role's combo or the column's heading, in this language."""
        sample = VocabCombo(vocab.ATTENDEE_ROLES, vocab_text.attendee_roles(), parent=None)
        heading = self.headerItem().text(ROLE)
        margin = self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) * 4
        width = max(
            sample.sizeHint().width(), self.fontMetrics().horizontalAdvance(heading) + margin
        )
        self.header().resizeSection(ROLE, width)
        sample.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Right and item is not None and self.itemWidget(item, ROLE):
            self.to_role.emit(item)
            return
        super().keyPressEvent(event)


def _uuid(item: QTreeWidgetItem) -> str:
    return str(item.data(NAME, UUID_ROLE))


def _kind(item: QTreeWidgetItem) -> str:
    return str(item.data(NAME, KIND_ROLE))


def _state(checked: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked


def _matches(item: QTreeWidgetItem, needle: str) -> bool:
    return needle in names.fold(item.text(NAME))


def _hidden(item: QTreeWidgetItem | None) -> bool:
    while item is not None:
        if item.isHidden():
            return True
        item = item.parent()
    return False


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [child for row in range(item.childCount()) if (child := item.child(row)) is not None]
