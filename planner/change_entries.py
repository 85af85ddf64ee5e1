"""Writing entries into the change log with SQLAlchemy Core, on a session or a connection.

:mod:`planner.history` is the change log as the window knows it (the ORM listener, the
queries); this is the part a bulk path needs to leave its one entry: ``planner import``
writes a trip on a Core connection and never imports the ORM or the model (declaring the
mapped classes was a third of the command), yet its entry must be the one a session would
have written.
"""

from __future__ import annotations

import datetime as dt
import getpass
import uuid as uuidlib
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, func, insert, select

from planner import tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

ACTIONS = ("create", "update", "delete", "restore", "import", "merge", "erase")
"""What an entry says happened; ``restore`` is an undone delete."""

CHANNEL = "delegation_planner_changes"
"""The PostgreSQL notification channel a change to the store is announced on."""

_WHO = "planner.history.who"
_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()


def origin(engine: Engine) -> str:
    """The name of one open store (one engine) in the entries it writes."""
    found = _origins.get(engine)
    if found is None:
        found = _origins[engine] = str(uuidlib.uuid4())
    return found


def record(
    executor: Session | Connection,
    action: str,
    table: str,
    *,
    object_uuid: str | None = None,
    trip_uuid: str | None = None,
    label: str | None = None,
    fields: Iterable[str] = (),
) -> None:
    """Add one entry in the transaction of ``executor`` (for work the ORM listener does not
    see)."""
    write(
        executor,
        [
            entry(
                action,
                table,
                object_uuid=object_uuid,
                trip_uuid=trip_uuid,
                label=label,
                fields=tuple(fields),
            )
        ],
    )


def entry(
    action: str,
    table: str,
    *,
    object_uuid: str | None,
    trip_uuid: str | None,
    label: str | None,
    fields: tuple[str, ...] = (),
    changes: dict[str, Any] | None = None,
) -> dict[str, Any]:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    return {
        "action": action,
        "table_name": table,
        "object_uuid": object_uuid,
        "trip_uuid": trip_uuid,
        "label": label,
        "fields": list(fields),
        "changes": changes or None,
    }


def write(executor: Session | Connection, entries: list[dict[str, Any]]) -> None:
    """Insert ``entries`` stamped with the time, who and the store's origin."""
    connection = executor if isinstance(executor, Connection) else executor.connection()
    stamp = {
        "at": dt.datetime.now(dt.UTC),
        "who": _who(connection),
        "origin": origin(connection.engine),
    }
    executor.execute(insert(tables.change_log), [{**stamp, **e} for e in entries])
    if connection.dialect.name == "postgresql":
        # Delivered at commit; PostgreSQL folds equal notifications of one transaction.
        executor.execute(select(func.pg_notify(CHANNEL, stamp["origin"])))


def _who(connection: Connection) -> str:
    """The database user on a server, the operating-system user of a file; asked once per
    connection."""
    known = connection.info.get(_WHO)
    if known is None:
        if connection.dialect.name == "sqlite":
            try:
                known = getpass.getuser()
            except (KeyError, OSError):  # no name for the uid (a container)
                known = "?"
        else:
            # The login, not a role it SET (an administrator works as dp_admin).
            known = str(connection.exec_driver_sql("SELECT session_user").scalar())
        connection.info[_WHO] = known
    return str(known)
