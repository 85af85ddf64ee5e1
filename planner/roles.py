"""Who may change the store: viewer, planner or administrator, as the store itself says.

The program asks, rather than trusting a setting: on PostgreSQL the database's privileges
(``has_table_privilege``) of the connected role, which the office grants as described in
``docs/roles.sql``; on SQLite whether the file may be written (a file made read-only is a
viewer's copy). A viewer sees everything and changes nothing; the window disables its edit
actions and says why. The database enforces the same rule, so this only spares the user an
error after the fact.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass

from planner.store import Store

VIEWER = "viewer"
PLANNER = "planner"
ADMINISTRATOR = "administrator"

VIEWER_ROLE = "viewer_role"
READ_ONLY_FILE = "read_only_file"
UNREADABLE_FILE = "unreadable_file"
"""Why a user may only read (:attr:`Access.cause`), for the window to say in its language."""


@dataclass(frozen=True)
class Access:
    """The connected user's role in the store, and why they may not write (None: they may)."""

    role: str
    reason: str | None = None
    """Why, in English (the command line's words)."""
    cause: str | None = None
    """Why, as one of :data:`VIEWER_ROLE`, :data:`READ_ONLY_FILE`, :data:`UNREADABLE_FILE`."""
    subject: str = ""
    """Whom or what the cause is about: the database user, or the file."""

    @property
    def may_write(self) -> bool:
        return self.role != VIEWER


def access(store: Store) -> Access:
    """What the user of ``store`` may do, asked of the file or the database now."""
    if store.engine_name == "sqlite":
        return _file_access(store)
    with store.engine.connect() as connection:
        row = connection.exec_driver_sql(
            "SELECT has_table_privilege(current_user, 'meeting', 'UPDATE')"
            " AND has_table_privilege(current_user, 'change_log', 'INSERT'),"
            " pg_has_role(current_user, c.relowner, 'USAGE'), current_user"
            " FROM pg_class c WHERE c.oid = 'trip'::regclass"
        ).one()
    may_write, owns, user = bool(row[0]), bool(row[1]), str(row[2])
    if owns:
        return Access(ADMINISTRATOR)
    if may_write:
        return Access(PLANNER)
    return Access(VIEWER, f"{user} may only read this store (viewer role)", VIEWER_ROLE, user)


def _file_access(store: Store) -> Access:
    path = store.path
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        return Access(VIEWER, f"{path}: {exc.strerror}", UNREADABLE_FILE, str(path))
    # The write bits as well as access(): the superuser may write any file, but a file
    # someone made read-only is meant to stay as it is.
    if not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK):
        return Access(VIEWER, f"{path} is read-only", READ_ONLY_FILE, str(path))
    return Access(ADMINISTRATOR)
