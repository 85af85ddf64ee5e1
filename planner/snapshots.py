"""Deleting rows so that they can be put back exactly: the basis of undoable deletes.

A delete in the store cascades (a stop takes its meetings and transfers, a meeting its
attendee links, branch venues, agreement, follow-ups and gifts) and sets some references to
NULL (a trip's organizer, a person's organization). :func:`capture` walks the foreign keys of
the schema and records every row the delete will remove and every reference it will clear;
:func:`restore` writes them back with the same ids, UUIDs and versions, so that calendar UIDs
and links survive an undo. The walk reads the schema, so new tables are covered without code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, and_, delete, insert, select, update

from planner import history, tables

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass
class Snapshot:
    """The rows a delete removes (parents before children) and the references it clears."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    cleared: list[tuple[str, dict[str, Any], dict[str, Any]]] = field(default_factory=list)

    def count(self, table: str) -> int:
        return sum(1 for name, _ in self.rows if name == table)

    def roots(self) -> list[dict[str, Any]]:
        """The rows the delete was asked for (the others came with them): the leading rows of
        the first table, as :func:`capture` walks the root first."""
        if not self.rows:
            return []
        first = self.rows[0][0]
        found = []
        for name, row in self.rows:
            if name != first:
                break
            found.append(row)
        return found


def _tables() -> dict[str, Table]:
    return dict(tables.metadata.tables)


def _pk(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def capture(session: Session, table_name: str, ids: Iterable[int]) -> Snapshot:
    """Everything that deleting ``ids`` from ``table_name`` will remove or clear."""
    tables = _tables()
    snapshot = Snapshot()
    seen: set[tuple[str, tuple[Any, ...]]] = set()
    queue: list[tuple[Table, list[dict[str, Any]]]] = []
    root = tables[table_name]
    rows = [dict(r._mapping) for r in session.execute(select(root).where(root.c.id.in_(list(ids))))]
    queue.append((root, rows))
    while queue:
        table, found = queue.pop(0)
        fresh = []
        for row in found:
            key = (table.name, tuple(_pk(table, row).values()))
            if key not in seen:
                seen.add(key)
                fresh.append(row)
                snapshot.rows.append((table.name, row))
        if not fresh or "id" not in table.c:
            continue
        parent_ids = [row["id"] for row in fresh]
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                column = fk.parent
                if fk.ondelete == "CASCADE":
                    children = session.execute(select(child).where(column.in_(parent_ids)))
                    queue.append((child, [dict(r._mapping) for r in children]))
                elif fk.ondelete == "SET NULL":
                    for r in session.execute(select(child).where(column.in_(parent_ids))):
                        row = dict(r._mapping)
                        # Put back the reference and the row's own modification time, which a
                        # Core UPDATE would otherwise bump through the column's onupdate.
                        values = {column.name: row[column.name]}
                        if "modified" in row:
                            values["modified"] = row["modified"]
                        snapshot.cleared.append((child.name, _pk(child, row), values))
    return snapshot


def delete_captured(session: Session, table_name: str, ids: Iterable[int]) -> Snapshot:
    """Capture, then delete ``ids``; the database's cascades remove the rest."""
    ids = list(ids)
    snapshot = capture(session, table_name, ids)
    history.record_rows(session, "delete", table_name, snapshot.roots())
    table = _tables()[table_name]
    session.execute(delete(table).where(table.c.id.in_(ids)))
    session.expire_all()
    return snapshot


def restore(session: Session, snapshot: Snapshot) -> None:
    """Write back what :func:`delete_captured` removed, as it was."""
    tables = _tables()
    for name, row in snapshot.rows:
        session.execute(insert(tables[name]).values(**row))
    for name, pk, values in snapshot.cleared:
        table = tables[name]
        condition = and_(*(table.c[k] == v for k, v in pk.items()))
        session.execute(update(table).where(condition).values(values))
    if snapshot.rows:
        history.record_rows(session, "restore", snapshot.rows[0][0], snapshot.roots())
    session.expire_all()
