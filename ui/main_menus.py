"""The main window's actions and menu bar, made from the table in :mod:`ui.actions`.

Kept out of the window so it holds what the window does, not how its menus are laid out; the
window calls :func:`build` when it is made and again whenever the language changes.
"""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from ui import i18n
from ui.actions import ACTIONS, CONTEXT, EDIT, FILE, MENUS, REDO_TEXT, UNDO_TEXT, VIEW, Shortcut
from ui.spoken_text import spoken

# The main window that owns this module's work. Not imported, even for type checking: the
# window imports this module, and the codebase test refuses import circles.
MainWindow = Any


def build(window: MainWindow) -> None:
    """Create the window's actions (each also ``window.<id>``) and its menu bar."""
    window.named_actions = {}
    for spec in ACTIONS:
        slot = _looked_up(window, spec.slot, spec.argument)
        window.named_actions[spec.id] = add_action(window, _tr(spec.text), slot, spec.shortcut)
    stack = window.workspace.undo_stack
    window.undo_action = stack.createUndoAction(window, _tr(UNDO_TEXT))
    window.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    window.redo_action = stack.createRedoAction(window, _tr(REDO_TEXT))
    window.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
    window.language_group = _language_actions(window)
    for name, action in window.named_actions.items():
        setattr(window, name, action)  # tests and scripts reach them as window.import_action
    _build_menus(window)


def add_action(
    window: MainWindow, text: str, slot: Callable[..., Any], shortcut: Shortcut = None
) -> QAction:
    """An action of the window's own, removed and made again when the language changes."""
    action = QAction(text, window)
    window.own_actions.append(action)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def writing_actions(window: MainWindow) -> list[QAction]:
    """The actions that would change the store: off in read-only mode."""
    writing = [window.named_actions[spec.id] for spec in ACTIONS if spec.writes]
    return [*writing, window.undo_action, window.redo_action]


def enable_for_trip(window: MainWindow, has_trip: bool) -> None:
    for spec in ACTIONS:
        if spec.needs_trip:
            window.named_actions[spec.id].setEnabled(has_trip)


def _build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    menus = {key: bar.addMenu(_tr(title)) for key, title in MENUS}
    menus[EDIT].addActions([window.undo_action, window.redo_action])
    last_group = {EDIT: 0}
    for spec in ACTIONS:
        menu = menus[spec.menu]
        if last_group.setdefault(spec.menu, spec.group) != spec.group:
            if spec.menu == FILE and last_group[FILE] == 0:
                window.recent_menu = menu.addMenu(
                    QCoreApplication.translate("MainWindow", "Open &Recent Store")
                )
            menu.addSeparator()
            last_group[spec.menu] = spec.group
        menu.addAction(window.named_actions[spec.id])
    _fill_view_menu(window, menus[VIEW])


def _fill_view_menu(window: MainWindow, view_menu: QMenu) -> None:
    view_menu.addAction(window.trips_dock.toggleViewAction())
    view_menu.addAction(window.problems_dock.toggleViewAction())
    view_menu.addAction(window.history_dock.toggleViewAction())
    tabs = window.tabs
    for index in range(tabs.count()):
        label = spoken(tabs.tabText(index))
        view_menu.addAction(
            add_action(window, label, _bound(tabs.setCurrentIndex, index), f"Ctrl+{index + 1}")
        )
    view_menu.addSeparator()
    window.language_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    window.language_menu.addActions(window.language_group.actions())


def _language_actions(window: MainWindow) -> QActionGroup:
    group = QActionGroup(window)
    chosen = window.settings.language()
    for code in (i18n.SYSTEM, *i18n.LANGUAGES):
        # Each language is named in its own words, so a user finds theirs in any language.
        text = (
            QCoreApplication.translate("MainWindow", "&System Language")
            if code == i18n.SYSTEM
            else i18n.language_name(code)
        )
        action = add_action(window, text, _bound(window.set_language, code))
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
    return group


def _looked_up(window: MainWindow, name: str, argument: Any) -> Callable[..., None]:
    """``window.<name>()`` (or with ``argument``) on ``triggered``, the method looked up then:
    the helpers most actions belong to (``edits.add``) are made when first used."""
    find = attrgetter(name)

    def call(_checked: bool = False) -> None:
        slot = find(window)
        if argument is None:
            slot()
        else:
            slot(argument)

    return call


def _bound(slot: Callable[[Any], Any], argument: Any) -> Callable[..., None]:
    """``slot(argument)`` on ``triggered``, whatever ``checked`` it carries."""

    def call(_checked: bool = False) -> None:
        slot(argument)

    return call


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)
