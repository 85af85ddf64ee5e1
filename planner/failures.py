"""What a failed database operation means to the user: one line, without SQL or data.

A driver's error quotes the statement it failed on and that statement's parameters, which
are people's names, notes on them and telephone numbers; shown as it is, it would go to a
terminal, a log or a bug report. The command line (and anything else that reports a store's
failure as text) shows these words instead, which say what happened to the user's change.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from planner import store
from planner.errors import PlannerError

BUSY = "another program is saving to this store; nothing was saved (waited {seconds:g} s)"
UNREACHABLE = "the store cannot be reached; nothing was saved"
LOST = "the connection was lost while saving; the change was not saved"
REFUSED = "the store refused the operation ({code}); nothing was saved"
READ_ONLY = "read-only: this login may not change the store"
# PostgreSQL's insufficient_privilege: a viewer's login writing (the roles, docs/roles.sql).
_NO_PRIVILEGE = "42501"


def explain(exc: BaseException, location: str, *, saving: bool) -> PlannerError | None:
    """The words for ``exc`` when it is a database failure (None otherwise). ``saving`` says
    whether the failed operation was writing, which decides whether "lost" or "cannot be
    reached" is the truth; either way the transaction was rolled back."""
    if not isinstance(exc, SQLAlchemyError | sqlite3.Error) and not _is_psycopg_error(exc):
        return None
    if store.is_busy(exc):
        message = BUSY.format(seconds=store.BUSY_TIMEOUT_MS / 1000)
    elif store.is_unreachable(exc):
        message = LOST if saving else UNREACHABLE
    elif _is_read_only(exc):
        message = READ_ONLY
    else:
        message = REFUSED.format(code=_code(exc))
    return PlannerError(f"{location}: {message}")


def _is_psycopg_error(exc: BaseException) -> bool:
    module = type(exc).__module__
    return module == "psycopg" or module.startswith("psycopg.")


def _is_read_only(exc: BaseException) -> bool:
    """A write the store refused because this login (or this user's file) may only read."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if getattr(orig, "sqlstate", None) == _NO_PRIVILEGE:
        return True
    return getattr(orig, "sqlite_errorname", None) == "SQLITE_READONLY"


def _code(exc: BaseException) -> str:
    """The engine's name for the error (a SQLSTATE, a SQLite result code), which a helper
    can look up, and nothing of the statement."""
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    sqlstate = getattr(orig, "sqlstate", None)
    if sqlstate:
        return f"PostgreSQL error {sqlstate}"
    name = getattr(orig, "sqlite_errorname", None)
    if name:
        return f"SQLite {name}"
    return type(orig).__name__
