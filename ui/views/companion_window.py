"""The shape of the windows that sit beside the main window: the directory and the registers.

Each is a top-level window owned by the main window that shares its
:class:`~ui.workspace.Workspace`: the same store, the same undo stack (with Undo and Redo in its
own Edit menu), the same ``changed`` signal. A companion reads the store only while it is shown:
a change while it is hidden marks it stale, and showing it reads again. Subclasses provide
``reload()`` and ``retranslate()`` (which calls :meth:`_retranslate_undo`), and keep their Edit
menu in ``edit_menu``. A companion comes back where and as large as the user left it (its
geometry is remembered under its object name). While the store cannot be reached its status
bar says so, as the main window's does, and it reads again when the store is back.

A companion knows nothing of the main window's class: it asks to be shown a trip or meeting
with :attr:`CompanionWindow.meeting_requested`, which the main window connects, and learns
whether the store is read-only from the workspace. (It once called the main window's methods,
which made the main window and the companions import each other.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QWidget

from ui import i18n
from ui.colours import show_as_error
from ui.settings import Settings

if TYPE_CHECKING:
    from ui.workspace import Workspace


class CompanionWindow(QMainWindow):
    """See the module docstring."""

    meeting_requested = Signal(str, str)
    """The user asked to see a trip (its UUID) in the main window, with one of its meetings
    selected (its UUID, or '' for the trip alone)."""

    edit_menu: QMenu
    undo_action: QAction
    redo_action: QAction

    def __init__(self, workspace: Workspace, owner: QWidget) -> None:
        super().__init__(owner, Qt.WindowType.Window)
        self.workspace = workspace
        self._stale = True
        self._undo_language = ""
        self._placed = False
        self.workspace.changed.connect(self._store_changed)
        self.reach_label = QLabel(self)
        self.reach_label.setObjectName("reachLabel")
        show_as_error(self.reach_label)
        self.reach_label.hide()
        self.statusBar().addPermanentWidget(self.reach_label)
        self.workspace.reachable.connect(self._on_reachable)
        self.workspace.read_refused.connect(self._on_read_refused)

    def reload(self) -> None:
        """Read what the window shows from the store again."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every word of the window in the installed language."""
        raise NotImplementedError

    def _action(self, slot: Any, shortcut: Any = None) -> QAction:
        """An action of this window (its shortcut works while the window is active)."""
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _undo_actions(self) -> tuple[QAction, QAction]:
        """Undo and Redo of the shared stack, named in the installed language (the stack's
        actions take their prefix once, so a language change makes new ones)."""
        keys = QKeySequence.StandardKey
        stack = self.workspace.undo_stack
        # translate() with this class's name: tr() would look in the subclass's context
        undo = stack.createUndoAction(self, QCoreApplication.translate("CompanionWindow", "&Undo"))
        undo.setShortcut(QKeySequence(keys.Undo))
        redo = stack.createRedoAction(self, QCoreApplication.translate("CompanionWindow", "&Redo"))
        redo.setShortcut(QKeySequence(keys.Redo))
        self.addActions([undo, redo])
        self._undo_language = i18n.current_language()
        return undo, redo

    def _retranslate_undo(self) -> None:
        """New Undo and Redo actions in place of the old ones when the language changed."""
        if self._undo_language == i18n.current_language():
            return
        old = (self.undo_action, self.redo_action)
        self.undo_action, self.redo_action = self._undo_actions()
        self.edit_menu.insertActions(old[0], [self.undo_action, self.redo_action])
        for action in old:
            self.edit_menu.removeAction(action)
            self.removeAction(action)
            action.deleteLater()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "toolbar"):
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        if not self._placed:
            self._placed = True
            geometry = Settings().companion_geometry(self.objectName())
            if geometry is not None:
                self.restoreGeometry(geometry)
        if self._stale:
            self.reload()
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        Settings().remember_companion_geometry(self.objectName(), self.saveGeometry())
        super().closeEvent(event)

    def _on_reachable(self, reachable: bool) -> None:
        self.reach_label.setText(
            QCoreApplication.translate(
                "MainWindow", "The store cannot be reached; trying again every second…"
            )
        )
        self.reach_label.setVisible(not reachable)
        if reachable:
            self._store_changed()  # what could not be read, and what changed meanwhile

    def _on_read_refused(self, text: str) -> None:
        if self.isVisible():
            self.statusBar().showMessage(text, 10_000)

    def _store_changed(self, _trip: str = "") -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True
