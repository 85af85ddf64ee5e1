"""Painted things as a screen reader sees them: an accessible child per item of a drawing.

Qt gives a custom-painted widget one accessible interface and no children, so the schedule's
meetings and the seating plan's seats were invisible to a screen reader (issue 24). A widget
that draws items owns an :class:`ItemTree`; :func:`install` adds a factory (PySide6 6.8-6.11
take a Python callable in ``QAccessible.installFactory`` and let Python subclass
``QAccessibleWidget`` and ``QAccessibleInterface``) that gives the widget a
:class:`HostInterface` whose children are the tree's :class:`Item` s, each with a name, a role,
a state (focused, selected, off screen) and its rectangle on the screen.

Qt returns a null pointer where PySide's stubs promise an interface (no child there, no
object), hence the ``type: ignore[override]`` on those methods. Lifetimes are the delicate
part. Qt's accessibility cache keeps a pointer to every interface a
screen reader has asked an id of; an item interface freed by Python while the cache holds it
crashes the next query. So the tree keeps every item interface it made until the items change
or the widget goes, and then removes each from the cache (which deletes it) before letting go.

:func:`announce` sends an event to the platform's screen reader when one is listening and to
the functions :func:`listen` registered (the tests: offscreen Qt has no screen reader).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget


@dataclass(frozen=True)
class Item:
    """One painted thing: ``key`` is stable while the thing is shown (a UUID), ``name`` what a
    screen reader speaks, ``focusable`` whether the keyboard can stop on it. The description
    may be a function, called only when a screen reader asks (a week's tooltips took half
    the time of building its items)."""

    key: str
    name: str
    role: QAccessible.Role
    description: str | Callable[[], str] = ""
    focusable: bool = False
    children: tuple[Item, ...] = ()


class ItemTree:
    """The items of one widget. The widget gives three functions: ``items`` (built only when
    a screen reader or a test asks), ``rect_of(key)`` (the item's rectangle in the widget's
    coordinates now, None when not drawn) and ``current`` (the key of the item the keyboard is
    on); ``name_of(key)`` may give one item's name without building them all. The widget calls
    :meth:`changed` when what it draws changes, :meth:`moved_to` when the keyboard moves."""

    def __init__(
        self,
        widget: QWidget,
        role: QAccessible.Role,
        items: Callable[[], Sequence[Item]],
        rect_of: Callable[[str], QRect | None],
        current: Callable[[], str | None],
        *,
        name_of: Callable[[str], str | None] | None = None,
    ) -> None:
        install()
        self.widget = widget
        self.role = role
        self._source, self.rect_of, self.current = items, rect_of, current
        self._name_of = name_of
        self._items: Sequence[Item] | None = None
        self._interfaces: dict[tuple[int, ...], ItemInterface] = {}
        _TREES.add(self)
        _HOSTS[id(widget)] = self
        widget.destroyed.connect(self._gone)

    def items(self) -> Sequence[Item]:
        if self._items is None:
            self._items = tuple(self._source())
        return self._items

    def item_at(self, path: tuple[int, ...]) -> Item | None:
        found: Sequence[Item] = self.items()
        item = None
        for index in path:
            if not 0 <= index < len(found):
                return None
            item = found[index]
            found = item.children
        return item

    def path_of(self, key: str) -> tuple[int, ...] | None:
        """Where the item ``key`` is among the items (top level or below)."""

        def search(items: Sequence[Item], prefix: tuple[int, ...]) -> tuple[int, ...] | None:
            for index, item in enumerate(items):
                if item.key == key:
                    return (*prefix, index)
                below = search(item.children, (*prefix, index))
                if below is not None:
                    return below
            return None

        return search(self.items(), ())

    def interface(self, path: tuple[int, ...]) -> ItemInterface | None:
        """The interface of the item at ``path``, made once until the items change."""
        found = self._interfaces.get(path)
        if found is None:
            item = self.item_at(path)
            if item is None:
                return None
            found = self._interfaces[path] = ItemInterface(self, path, item)
        return found

    def host(self) -> QAccessibleInterface | None:
        return QAccessible.queryAccessibleInterface(self.widget)

    def changed(self) -> None:
        """What the widget draws changed: forget the items (built again when asked) and tell
        a screen reader; when the item the keyboard is on now reads differently (a meeting
        moved by a key), say it again."""
        before = self._current_name() if self._items is not None else None
        self._drop()
        if not (_LISTENERS or QAccessible.isActive()):
            return
        announce(QAccessibleEvent(self.widget, QAccessible.Event.ObjectReorder))
        key = self.current()
        if before is None or key is None:
            return
        after = self._name_of(key) if self._name_of is not None else self._current_name()
        if after not in (None, before):
            self.moved_to(key)

    def moved_to(self, key: str | None) -> None:
        """The keyboard moved to the item ``key``: a selection event, and a focus event when
        the widget has the focus (a screen reader then reads the item)."""
        if key is None or not (_LISTENERS or QAccessible.isActive()):
            return
        if not isinstance(self.host(), HostInterface):
            return  # Qt made its own interface first (no items): an index would point nowhere
        path = self.path_of(key)
        if path is None or len(path) != 1:
            return
        for kind in (QAccessible.Event.Selection, QAccessible.Event.Focus):
            if kind == QAccessible.Event.Focus and not self.widget.hasFocus():
                continue
            event = QAccessibleEvent(self.widget, kind)
            event.setChild(path[0])
            announce(event)

    def _current_name(self) -> str | None:
        key = self.current()
        path = self.path_of(key) if key is not None else None
        item = self.item_at(path) if path is not None else None
        return item.name if item is not None else None

    def _drop(self) -> None:
        """Let go of every item interface, removing each from Qt's cache first (which
        deletes it) so that no id a screen reader holds points to freed memory."""
        interfaces, self._interfaces, self._items = self._interfaces, {}, None
        for interface in interfaces.values():
            if shiboken6.isValid(interface):
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))

    def _gone(self) -> None:
        self._drop()
        _HOSTS.pop(id(self.widget), None)


class HostInterface(QAccessibleWidget):
    """The widget's own interface: Qt's for a widget (name, description, focus, geometry),
    with the tree's items as its children."""

    def __init__(self, widget: QWidget, tree: ItemTree) -> None:
        super().__init__(widget, tree.role)
        self.tree = tree

    def childCount(self) -> int:  # noqa: N802
        return len(self.tree.items())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.tree.interface((index,))

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        if isinstance(child, ItemInterface) and len(child.path) == 1:
            return child.path[0]
        return -1

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        key = self.tree.current()
        path = self.tree.path_of(key) if key is not None else None
        if path is None or not self.tree.widget.hasFocus():
            return None
        return self.tree.interface(path)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        point = self.tree.widget.mapFromGlobal(QPoint(x, y))
        items = self.tree.items()
        for index in reversed(range(len(items))):  # the last drawn is on top
            item = items[index]
            rect = self.tree.rect_of(item.key)
            if rect is not None and rect.contains(point):
                return self.tree.interface((index,))
        return None


class ItemInterface(QAccessibleInterface):
    """One item: no QObject of its own, so Qt asks it everything."""

    def __init__(self, tree: ItemTree, path: tuple[int, ...], item: Item) -> None:
        super().__init__()
        self.tree = weakref.ref(tree)
        self.path = path
        self.item = item

    def isValid(self) -> bool:  # noqa: N802
        tree = self.tree()
        return tree is not None and shiboken6.isValid(tree.widget)

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        tree = self.tree()
        return tree.widget.window().windowHandle() if tree is not None else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        tree = self.tree()
        if tree is None:
            return None
        return tree.host() if len(self.path) == 1 else tree.interface(self.path[:-1])

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        tree = self.tree()
        return tree.interface((*self.path, index)) if tree is not None else None

    def childCount(self) -> int:  # noqa: N802
        return len(self.item.children)

    def indexOfChild(self, child: QAccessibleInterface) -> int:  # noqa: N802
        if isinstance(child, ItemInterface) and child.path[:-1] == self.path:
            return child.path[-1]
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        for index in range(len(self.item.children)):
            found = self.child(index)
            if found is not None and found.rect().contains(QPoint(x, y)):
                return found
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]  # noqa: N802
        return None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.item.name
        if kind == QAccessible.Text.Description:
            found = self.item.description
            return found if isinstance(found, str) else found()
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:  # noqa: N802
        """Items are read, never renamed by a screen reader."""

    def rect(self) -> QRect:
        tree = self.tree()
        rect = tree.rect_of(self.item.key) if tree is not None else None
        if tree is None or rect is None:
            return QRect()
        return QRect(tree.widget.mapToGlobal(rect.topLeft()), rect.size())

    def role(self) -> QAccessible.Role:
        return self.item.role

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        tree = self.tree()
        if tree is None:
            state.invalid = True
            return state
        current = tree.current() == self.item.key
        state.focusable = state.selectable = self.item.focusable
        state.selected = current and self.item.focusable
        state.focused = state.selected and tree.widget.hasFocus()
        rect = tree.rect_of(self.item.key)
        if rect is None or not rect.intersects(tree.widget.rect()):
            state.offscreen = True
        return state


def install() -> None:
    """Add the factory once (called by every tree; cheap after the first)."""
    global _INSTALLED  # noqa: PLW0603
    if _INSTALLED:
        return
    _INSTALLED = True
    QAccessible.installFactory(_factory)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(_drop_all)


def announce(event: QAccessibleEvent) -> None:
    """Tell the listeners and, when one is running, the screen reader."""
    for listener in tuple(_LISTENERS):
        listener(event)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(event)


def listen(listener: Callable[[QAccessibleEvent], None]) -> Callable[[], None]:
    """Call ``listener`` with every event :func:`announce` sends; returns the function that
    stops it."""
    _LISTENERS.append(listener)
    return lambda: _LISTENERS.remove(listener)


def dump(interface: QAccessibleInterface, depth: int = 0) -> list[str]:
    """The tree under ``interface`` as lines ``role "name"``, indented by depth: what a
    screen reader's object navigation walks."""
    role = QAccessible.Role(interface.role()).name
    lines = ["  " * depth + f'{role} "{interface.text(QAccessible.Text.Name)}"']
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None:
            lines += dump(child, depth + 1)
    return lines


_INSTALLED = False
_TREES: weakref.WeakSet[ItemTree] = weakref.WeakSet()
_HOSTS: dict[int, ItemTree] = {}
"""The tree of each host widget, by the widget's id (a Python attribute lookup on every
object Qt asks the factory about would wrap each in Python)."""
_LISTENERS: list[Callable[[QAccessibleEvent], None]] = []


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    tree = _HOSTS.get(id(obj))
    if tree is None or tree.widget is not obj:
        return None
    return HostInterface(tree.widget, tree)


def _drop_all() -> None:
    for tree in tuple(_TREES):
        tree._drop()
