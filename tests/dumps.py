"""The whole content of a store, to show that something changed nothing, or copied everything.

A SQLite file is dumped as SQL (``iterdump``), which sees every byte of every row; a store on
PostgreSQL (or any store, with :func:`rows`) as each table's rows read through the model's
column types, which is what both engines agree on: the same ids, UUIDs, versions, instants,
lists and amounts.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import select

from planner import model, store

_HISTORY = model.ChangeLog.__tablename__
_HISTORY_ROWS = f'INSERT INTO "{_HISTORY}"'


def dump(location: store.Store | Path | str) -> list[str]:
    """Every row of the store, one sorted line each (a SQLite file: its SQL dump).

    The change log is left out: an undo puts the data back exactly, and is itself a change
    the history tells of (:func:`rows` has it, for copies).
    """
    if isinstance(location, store.Store):
        location = location.location
    if isinstance(location, Path) or not store.is_url(location):
        # Sorted: a link row put back gets a new hidden rowid, which nothing can see but
        # which changes the order of ``iterdump``.
        with contextlib.closing(sqlite3.connect(location)) as conn:
            return sorted(line for line in conn.iterdump() if not line.startswith(_HISTORY_ROWS))
    return [
        f"{name} {row!r}"
        for name, table in rows(location).items()
        if name != _HISTORY
        for row in table
    ]


def rows(location: store.Store | Path | str) -> dict[str, list[tuple[Any, ...]]]:
    """Each table's rows as the model reads them, sorted, keyed by table name."""
    if isinstance(location, store.Store):
        return _rows(location)
    with store.open_store(location, create=False) as opened:
        return _rows(opened)


def _rows(opened: store.Store) -> dict[str, list[tuple[Any, ...]]]:
    result: dict[str, list[tuple[Any, ...]]] = {}
    with opened.engine.connect() as connection:
        for table in model.Base.metadata.sorted_tables:
            found = [tuple(row) for row in connection.execute(select(table))]
            result[table.name] = sorted(found, key=repr)
    return result
