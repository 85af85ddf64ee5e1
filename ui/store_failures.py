"""Why a command's step was not saved, in the interface's words: the store could not be
reached, another program held it, or the COMMIT's outcome is unknown.

The undo commands (:mod:`ui.commands`) and the workspace's background reads raise and show
these; nothing here writes to the store.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from sqlalchemy.exc import SQLAlchemyError

from planner import store
from planner.errors import PlannerError


class StoreUnreachable(PlannerError):
    """The store could not be reached while a command ran: nothing of it was saved."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Commands", "The store cannot be reached; your change was not saved."
            )
        )


class StoreBusy(PlannerError):
    """Another program held the store's write lock for too long: nothing was saved."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Commands",
                "Another program is saving to this store; your change was not saved. "
                "Try again in a moment.",
            )
        )


class SaveInDoubt(PlannerError):
    """The connection broke during the COMMIT (:class:`planner.store.CommitInDoubt`): the
    change may or may not be in the store, and only looking can tell."""

    def __init__(self) -> None:
        super().__init__(
            QCoreApplication.translate(
                "Commands",
                "The connection to the store was lost while your change was being saved; it "
                "may have been saved. Look at it again before you repeat it.",
            )
        )


def store_failure(exc: BaseException) -> PlannerError | None:
    """The words for a transaction the store itself failed (unreachable, locked), or None
    when ``exc`` is something else (a bug, to be raised)."""
    if store.is_unreachable(exc):
        return StoreUnreachable()
    if store.is_busy(exc):
        return StoreBusy()
    return None


def database_errors() -> tuple[type[BaseException], ...]:
    """What the database layers raise (SQLAlchemy's errors, and psycopg's own from a
    connection used directly)."""
    # Only a PostgreSQL store raises its errors; loading psycopg at start would cost the
    # window ~0.5 s (python -X importtime) on every SQLite store.
    import psycopg  # noqa: PLC0415

    return (SQLAlchemyError, psycopg.Error)
