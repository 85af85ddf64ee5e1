"""The two questions the window asks when a colleague got to an object first: how to settle a
conflicting edit, and whether to keep what was typed after they deleted the object.

:class:`~ui.workspace.Workspace` asks them while saving (its ``conflict_resolver`` and
``recreate_asker``); they live here so the main window only hands them over. Texts keep the
``MainWindow`` translation context they had in the window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox

from planner import conflicts, history
from planner.conflicts import Conflict
from ui.workspace import Workspace, reads_store


class ColleagueQuestions:
    """Asks on ``window`` for ``workspace``, which it hands its two questions to."""

    def __init__(self, window: QMainWindow, workspace: Workspace) -> None:
        self.window, self.workspace = window, workspace
        workspace.conflict_resolver = self.resolve_conflict
        workspace.recreate_asker = self.ask_recreate

    @reads_store
    def resolve_conflict(self, conflict: Conflict) -> Any:
        """Settle a conflict: changes to different fields are both kept (the status bar says
        so); otherwise both versions are shown side by side (the conflict dialog), with the
        colleague's name when the change log knows it."""
        from ui.commands import short  # noqa: PLC0415 - the editing core: when first needed
        from ui.dialogs.conflict_dialog import ConflictDialog  # noqa: PLC0415

        settled = conflict.base is not None and conflict.theirs is not None
        if settled and not conflicts.clashing(conflict):
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow",
                    "'{label}' was also changed by someone else; both changes were kept.",
                ).format(label=short(conflict.mine.label)),
                10_000,
            )
            return conflicts.keep_mine(conflict)
        store = self.workspace.store
        who = None
        with store.session() as session:
            for change in history.of_object(session, conflict.uuid or "", limit=1):
                if change.origin != history.origin(store.engine):
                    who = change.who
        return ConflictDialog.ask(self.window, conflict, self.workspace.context(), who)

    def ask_recreate(self, message: str, kind: str) -> bool:
        """After an edit of an object a colleague deleted: keep what was typed as a new one?"""
        question = (
            message
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow", "Save what you typed as a new {kind}? You can undo this."
            ).format(kind=kind)
        )
        answer = QMessageBox.question(
            self.window,
            QCoreApplication.translate("MainWindow", "Deleted by Someone Else"),
            question,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save
