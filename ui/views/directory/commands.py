"""The directory's undoable steps: two entries merged into one, a file of contacts imported.

They run like every other command (:class:`ui.commands.StoreCommand`: one transaction a step,
failures in words) and concern no trip.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from planner.directory import merging
from ui.commands import StoreCommand, short

if TYPE_CHECKING:
    from ui.workspace import Workspace


class MergeCommand(StoreCommand):
    """Merge two people or two organizations of the directory (their meetings follow the one
    kept); undo puts both back exactly, links and all (:mod:`planner.directory.merging`)."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        people: bool,
        keep: str,
        drop: str,
        label: str,
        expected: Any = None,
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Merge into '{label}'").format(
                label=short(label)
            ),
        )
        self.people, self.keep, self.drop = people, keep, drop
        self.merges = True
        self.expected = expected
        """Both entries' versions when the user chose (None: not checked)."""
        self.merged: Any = None

    def forward(self, session: Session) -> None:
        merge = merging.merge_people if self.people else merging.merge_organizations
        self.merged = merge(session, self.keep, self.drop, expected=self.expected)

    def backward(self, session: Session) -> None:
        assert self.merged is not None
        merging.unmerge(session, self.merged)


class ImportContactsCommand(StoreCommand):
    """A file of contacts added to the directory as one step; undo takes every person and
    organization it added away and gives the people it merged into their fields back.

    ``applied``: the result of applying the plan already (off the GUI thread, for a long
    file); the first run then only records it. Redo applies the plan again, and the plan's
    UUIDs give the people the same identity as before.
    """

    def __init__(
        self, workspace: Workspace, plan: Any, *, merge: bool, applied: Any = None
    ) -> None:
        super().__init__(
            workspace,
            QCoreApplication.translate("Commands", "Import '{file}'").format(
                file=short(plan.source)
            ),
        )
        self.plan, self.merge = plan, merge
        self.result: Any = applied

    def forward(self, session: Session) -> None:
        if self.result is None:
            self.result = _importing().apply_import(session, self.plan, merge=self.merge)

    def again(self, session: Session) -> None:
        self.result = _importing().apply_import(session, self.plan, merge=self.merge)

    def backward(self, session: Session) -> None:
        assert self.result is not None
        _importing().undo_import(session, self.result)


def _importing() -> ModuleType:
    """The contacts importer, loaded when a file is first imported: it saves ~100 ms of
    opening the directory window (python -X importtime), which also loads it on demand."""
    from planner.directory import importing  # noqa: PLC0415

    return importing
