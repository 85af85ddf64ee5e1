"""Data protection: erasing a person everywhere, and handing over everything stored on them.

German offices work under the GDPR: a person may ask what the office keeps about them (Art. 15)
and to have it erased (Art. 17). Erasure removes the person's row, every link that names them
(found by walking the schema's foreign keys, so a later table is covered too) and the export
state of their personal calendar, with SQLite's ``secure_delete`` on so the freed pages are
overwritten rather than left readable in the file. It is not undoable: an undo would have to
keep the very data that was to be erased.

A person's travel documents live in their row (encrypted), so erasure removes them with it and
the personal-data export shows them decrypted.

What the program cannot erase by itself is free text that names the person (a meeting's notes,
a trip's purpose): rewriting prose is the officer's call, so erasure lists those places.
Copies outside the store (backups, the write-ahead log until it is checkpointed, exported
files) are outside its reach too; :func:`checkpoint` folds the log into the store after the
erasing transaction has committed.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, Text, delete, select, text
from sqlalchemy.orm import Session

from planner import document_reading, history, model, names, snapshots
from planner.directory.exporting import write_whole
from planner.errors import NotFound
from planner.travel_documents import to_mapping

# Name columns of the people table: another person of the same name is not a mention.
_NOT_MENTIONS = {("person", "family_name"), ("person", "given_name"), ("person", "native_name")}
# The column that names a row in a mention ("Meeting 'Talks with ...', notes").
_LABELS = {
    "trip": "title",
    "stop": "city",
    "meeting": "title",
    "organization": "name",
    "person": "family_name",
    "branch_venue": "name",
    "agreement": "title",
    "follow_up": "title",
    "gift": "description",
    "calendar_export": "summary",
}
# Free text held in JSON lists.
_LIST_TEXT = {("meeting", "talking_points")}


@dataclass(frozen=True)
class Erasure:
    label: str
    """The person's display name, for the confirmation and the record of what was done."""
    removed: dict[str, int]
    """Table -> rows removed (the person's own row under ``person``)."""
    mentions: tuple[str, ...]
    """Places in free text that still name the person: "Meeting 'X', notes"."""
    cleared: dict[str, int] = field(default_factory=dict)
    """``table.column`` -> references set to nothing (a follow-up's owner, a gift's giver):
    the row stays, without the person."""


def erasure_preview(session: Session, uuid: str) -> Erasure:
    """What :func:`erase_person` would remove and leave, without removing anything."""
    person_id, label, _row = _person(session, uuid)
    snapshot = snapshots.capture(session, "person", [person_id])
    return _erasure(session, uuid, label, snapshot, person_id)


def erase_person(session: Session, uuid: str) -> Erasure:
    """Remove the person and every row that names them, overwriting the freed space.

    In the caller's transaction; call :func:`checkpoint` after it commits so that the old pages
    leave the write-ahead log too.
    """
    person_id, label, erasure_row = _person(session, uuid)
    session.flush()
    snapshot = snapshots.capture(session, "person", [person_id])
    erasure = _erasure(session, uuid, label, snapshot, person_id)
    secure = _is_sqlite(session)
    if secure:
        previous = session.execute(text("PRAGMA secure_delete")).scalar()
        session.execute(text("PRAGMA secure_delete=ON"))
    try:
        exports = _table(model.CalendarExport)
        session.execute(delete(exports).where(exports.c.audience == uuid))
        people = _table(model.Person)
        session.execute(delete(people).where(people.c.id == person_id))
    finally:
        if secure:
            session.execute(text(f"PRAGMA secure_delete={int(previous or 0)}"))
    # The history keeps that a person was erased, but not who: no name, no UUID, and the
    # labels and values of the person's earlier entries go too, as do labels and old or new
    # values elsewhere that name them (a meeting once called "Dinner with Herr Link").
    history.forget(session, uuid)
    history.scrub(session, _needles(erasure_row))
    history.record(session, "erase", "person")
    session.expire_all()
    return erasure


def checkpoint(engine: Engine) -> None:
    """Copy the write-ahead log into the store and empty it, so that pages from before an
    erasure are not kept in the log (only possible while no other connection reads)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def personal_data(session: Session, uuid: str) -> dict[str, Any]:
    """Everything the store holds about the person, as JSON-ready values (Art. 15 GDPR)."""
    person_id, label, row = _person(session, uuid)
    tables = dict(model.Base.metadata.tables)
    person: dict[str, Any] = {k: _plain(v) for k, v in row.items() if k != "id"}
    # The travel documents as they read, not as sealed: a person is owed their data, and an
    # officer at a computer without the key is told so rather than handed ciphertext.
    person["documents"] = to_mapping(document_reading.opened(row["documents"], label)) or None
    if row["organization_id"] is not None:
        org = tables["organization"]
        found = session.execute(select(org).where(org.c.id == row["organization_id"])).one()
        person["organization"] = _public(dict(found._mapping))
    del person["organization_id"]
    links: dict[str, list[dict[str, Any]]] = {}
    for child, column in _references():
        rows = session.execute(select(child).where(column == person_id)).all()
        if rows:
            links.setdefault(child.name, []).extend(
                {
                    **_public(dict(r._mapping)),
                    "refers_by": column.name,
                    **_context(session, child, r),
                }
                for r in rows
            )
    exports = _table(model.CalendarExport)
    calendars = session.execute(select(exports).where(exports.c.audience == uuid)).all()
    if calendars:
        links["calendar_export"] = [_public(dict(r._mapping)) for r in calendars]
    return {
        "about": label,
        "exported": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "person": person,
        "links": links,
        "mentions": list(_mentions(session, row, person_id)),
    }


def write_personal_data(session: Session, uuid: str, path: Path) -> None:
    """:func:`personal_data` as a JSON file (UTF-8, sorted keys), written whole or not at all."""
    data = personal_data(session, uuid)
    payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_whole(path, payload.encode("utf-8"))


# ---------------------------------------------------------------------------------------------
# Private helpers


def _person(session: Session, uuid: str) -> tuple[int, str, dict[str, Any]]:
    people = _table(model.Person)
    found = session.execute(select(people).where(people.c.uuid == uuid)).one_or_none()
    if found is None:
        raise NotFound(f"the person {uuid} no longer exists")
    row = dict(found._mapping)
    return (
        row["id"],
        names.display_name(row["family_name"], row["given_name"], row["native_name"]),
        row,
    )


def _erasure(
    session: Session, uuid: str, label: str, snapshot: snapshots.Snapshot, person_id: int
) -> Erasure:
    removed: dict[str, int] = {}
    for name, _row in snapshot.rows:
        removed[name] = removed.get(name, 0) + 1
    cleared: dict[str, int] = {}
    for name, _key, values in snapshot.cleared:
        column = next(c for c in values if c != "modified")
        cleared[f"{name}.{column}"] = cleared.get(f"{name}.{column}", 0) + 1
    exports = _table(model.CalendarExport)
    calendars = len(session.execute(select(exports.c.id).where(exports.c.audience == uuid)).all())
    if calendars:
        removed["calendar_export"] = calendars
    people = _table(model.Person)
    row = dict(session.execute(select(people).where(people.c.id == person_id)).one()._mapping)
    mentions = tuple(_mentions(session, row, person_id))
    return Erasure(label=label, removed=removed, mentions=mentions, cleared=cleared)


def _mentions(session: Session, person: dict[str, Any], person_id: int) -> list[str]:
    """Free-text places naming the person (see :func:`_needles`)."""
    folded = _needles(person)
    if not folded:
        return []
    found = []
    for table in model.Base.metadata.sorted_tables:
        columns = [
            c
            for c in table.c
            if (isinstance(c.type, Text) or (table.name, c.name) in _LIST_TEXT)
            and (table.name, c.name) not in _NOT_MENTIONS
        ]
        if not columns:
            continue
        if table.name in _LABELS:
            label_column = table.c[_LABELS[table.name]]
        else:
            label_column = table.c.uuid if "uuid" in table.c else next(iter(table.primary_key))
        query = select(label_column, *columns)
        if table.name == "person":
            query = query.where(table.c.id != person_id)
        elif table.name == "calendar_export":  # the person's own calendar goes with them
            query = query.where(table.c.audience != person["uuid"])
        for label, *values in session.execute(query):
            for column, value in zip(columns, values, strict=True):
                if not value:
                    continue
                content = " ".join(value) if isinstance(value, list) else str(value)
                haystack = " ".join(names.fold(content).split())
                if any(n in haystack for n in folded):
                    found.append(
                        f"{_kind(table.name)} {str(label)!r}, {column.name.replace('_', ' ')}"
                    )
    return found


def _needles(person: dict[str, Any]) -> set[str]:
    """What names the person in free text, folded: full name either way round, native name,
    the family name after the honorific ("Herr Link"), the e-mail address. A family name alone
    would flood the list ("Wang"), so it is not searched."""
    family, given, native = person["family_name"], person["given_name"], person["native_name"]
    needles = {names.latin_name(family, given, native), f"{family} {given or ''}", native}
    needles |= {f"{given} {family}" if given else None, person["email"]}
    if person["honorific"]:
        needles.add(f"{person['honorific']} {family}")
    folded = {" ".join(names.fold(n).split()) for n in needles if n and n.strip()}
    return {n for n in folded if len(n) > 1}


def _kind(table: str) -> str:
    return table.replace("_", " ").capitalize()


def _references() -> list[tuple[Table, Any]]:
    people = _table(model.Person)
    return [
        (child, fk.parent)
        for child in model.Base.metadata.sorted_tables
        for fk in child.foreign_keys
        if fk.column.table is people
    ]


def _context(session: Session, child: Table, row: Any) -> dict[str, Any]:
    """The meeting or trip a link row belongs to, by title and UUID, so the file reads on its
    own."""
    mapping = row._mapping
    tables = dict(model.Base.metadata.tables)
    context: dict[str, Any] = {}
    for fk in child.foreign_keys:
        target = fk.column.table
        if (
            target.name in ("meeting", "trip", "agreement", "branch_venue")
            and mapping[fk.parent.name] is not None
        ):
            label = _LABELS.get(target.name, "id")
            found = session.execute(
                select(target.c.uuid, target.c[label]).where(target.c.id == mapping[fk.parent.name])
            ).one_or_none()
            if found is not None:
                context[target.name] = {"uuid": found[0], label: _plain(found[1])}
                if target.name == "meeting":
                    start = session.execute(
                        select(tables["meeting"].c.start, tables["meeting"].c.timezone).where(
                            tables["meeting"].c.id == mapping[fk.parent.name]
                        )
                    ).one()
                    context[target.name]["start"] = _plain(start[0])
                    context[target.name]["timezone"] = start[1]
    return context


def _public(row: dict[str, Any]) -> dict[str, Any]:
    """A row without the store's internal ids (they mean nothing outside the store)."""
    return {k: _plain(v) for k, v in row.items() if k != "id" and not k.endswith("_id")}


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
        return aware.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _table(entity: type[model.Base]) -> Table:
    table = entity.__table__
    assert isinstance(table, Table)
    return table
