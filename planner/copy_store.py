"""Copy a whole store to another one, SQLite file or PostgreSQL database, in either direction.

An office that outgrows one person's file moves it to a shared database, and a database is
taken home (or backed up) as a file. The copy must be lossless: ids, UUIDs (calendars know
events by them), version counters, timestamps and the calendars' export state come over as
they are, so nothing downstream can tell the copy from the original.

- The target must hold no data (an empty database, a new or empty file); it is brought to the
  schema's head first, like any store being opened, and the source must be at head too.
- The source is read in one snapshot (REPEATABLE READ on PostgreSQL, one read transaction on
  SQLite), the target written in one transaction: a failed copy leaves the target empty.
- Tables go in the order of their foreign keys, rows in the order of their keys, through the
  model's column types (which turn values into what each engine stores), in batches.
- On PostgreSQL the id sequences are moved past the copied ids, or the next insert would
  collide with a copied row.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Table, func, insert, select, text
from sqlalchemy.exc import DBAPIError

from planner.model import Base
from planner.store import Store, StoreError, open_store

BATCH = 2000


@dataclass
class CopyResult:
    """Rows copied per table, in the order they were copied."""

    rows: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


def tables() -> list[Table]:
    """Every table of the model, each after the tables it references."""
    return list(Base.metadata.sorted_tables)


def backup(source: Store, target: Path) -> Path:
    """Copy any store to the new SQLite file ``target``: a file with SQLite's backup API, a
    PostgreSQL database with :func:`copy_store` in one snapshot."""
    if source.engine_name == "sqlite":
        return source.backup_to(target)
    if target.exists():
        raise StoreError(f"{target}: already exists")
    copy_store(source, target)
    return target


def copy_store(source: Store, target: Path | str) -> CopyResult:
    """Copy everything in ``source`` into the store at ``target`` (created if missing).

    Raises :class:`StoreError` when the target holds data or a value cannot be stored there
    (the message names the table); the target is then left as it was.
    """
    with open_store(target) as destination:
        if str(destination.location) == str(source.location):
            raise StoreError(f"{destination.location}: cannot copy a store onto itself")
        with _snapshot(source) as reading, destination.engine.begin() as writing:
            nonempty = [t.name for t in tables() if _has_rows(writing, t)]
            if nonempty:
                raise StoreError(
                    f"{destination.location}: the target store is not empty "
                    f"({', '.join(nonempty)}); copy into a new file or an empty database"
                )
            result = CopyResult()
            for table in tables():
                result.rows[table.name] = _copy_table(reading, writing, table, destination)
            if writing.dialect.name == "postgresql":
                _reset_sequences(writing)
    return result


@contextlib.contextmanager
def _snapshot(source: Store) -> Iterator[Connection]:
    """A connection that sees the source as it was when the copy began, whatever commits."""
    with source.engine.connect() as opened:
        connection = opened
        if opened.dialect.name == "postgresql":
            connection = opened.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        with connection.begin():
            yield connection


def _has_rows(connection: Connection, table: Table) -> bool:
    return connection.execute(select(func.count()).select_from(table)).scalar_one() > 0


def _copy_table(reading: Connection, writing: Connection, table: Table, target: Store) -> int:
    order = list(table.primary_key.columns) or list(table.columns)
    rows = reading.execute(select(table).order_by(*order)).mappings()
    count = 0
    statement = insert(table)
    while batch := rows.fetchmany(BATCH):
        try:
            writing.execute(statement, [dict(row) for row in batch])
        except DBAPIError as exc:
            reason = " ".join(str(exc.orig).split())
            raise StoreError(
                f"{target.location}: {table.name} cannot be copied ({reason})"
            ) from None
        count += len(batch)
    return count


def _reset_sequences(connection: Connection) -> None:
    """Move each serial id's sequence past the largest copied id."""
    for table in tables():
        column = table.autoincrement_column
        if column is None:
            continue
        connection.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'COALESCE((SELECT max("{column.name}") FROM "{table.name}"), 0) + 1, false)'
            ),
            {"table": table.name, "column": column.name},
        )
