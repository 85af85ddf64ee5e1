"""What an undoable command needs of the workspace it edits, as a protocol.

:class:`ui.workspace.Workspace` is the one such workspace, and it pushes commands, so it
imports :mod:`ui.commands`; if the commands named the class in turn, the two modules would
import each other (the codebase test refuses import circles, even for annotations). Naming
what a command uses here breaks the circle and says plainly how little that is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from planner.conflicts import Conflict
from planner.errors import PlannerError
from planner.store import Store


class CommandWorkspace(Protocol):
    trip_uuid: str | None
    """The open trip: a command concerns it unless its kind crosses trips."""
    recreate_asker: Callable[[str, str], bool] | None

    @property
    def store(self) -> Store: ...

    def report_error(self, exc: PlannerError) -> None: ...

    def notify_changed(self, trip_uuid: str | None = None) -> None: ...

    def lost_store(self) -> None: ...

    def resolve_conflict(self, conflict: Conflict) -> Any: ...
