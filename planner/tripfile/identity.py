"""The identities a trip file brings (its ``uid``s) against those the store already holds.

A trip file that carries uids is the same trip, with the same people, wherever it is
imported: calendars exported in two offices then hold the same UIDs, so a delegate
subscribed to both sees every meeting once. That makes three cases an import must tell
apart (trip-format.md, "Identities"):

- the trip's uid is new: the trip is added; a person or organization whose uid the store
  already holds is the same entry of the office's directory, linked and never overwritten
  (the office may know the newer e-mail address); the lines of :attr:`PreparedTrip.kept`
  say where the file differed, so nothing is dropped silently;
- the store holds the trip: refused (:class:`TripAlreadyStored`) unless the user asks for a
  copy (:func:`as_copy`: new identities) or an update (:mod:`planner.tripfile.update`);
- an object's uid belongs to another trip of the store (a file edited by hand, or a copy of
  a copy): refused naming its place, since one meeting cannot be in two trips.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import Table, select

from planner import document_reading, names, tables
from planner.document_crypto import DocumentsUnreadable
from planner.errors import PlannerError
from planner.tripfile.reader import TripFileError
from planner.tripfile.rows import STEPS, Executor, PreparedTrip, Row, insert_planned, new_uuid
from planner.tripfile.schema import Problem

DIRECTORY = ("organization", "person")
"""The tables shared by every trip of the store: linked by uid, never copied."""
_COMPARED_IGNORED = frozenset({"uuid", "id", "version", "modified", "created"})
_FIELD_NAMES = {"organization_id": "organization", "documents": "travel documents"}


class TripAlreadyStored(PlannerError):
    """The store holds the trip of the file; the user chooses a copy or an update."""

    def __init__(self, source: str, trip_id: int, title: str) -> None:
        self.trip_id, self.title = trip_id, title
        super().__init__(
            f"{source}: this store already holds the trip {trip_id} {title!r}; import it "
            "with --as-copy for a second trip with new identities, or with --update to "
            "apply the file's changes to it"
        )


def stored_trip(session: Executor, uuid: str) -> tuple[int, str] | None:
    """The id and title of the stored trip with this uid, if the store holds it."""
    trip = _table("trip").c
    found = session.execute(select(trip.id, trip.title).where(trip.uuid == uuid)).first()
    return None if found is None else (found.id, found.title)


def insert_trip(session: Executor, prepared: PreparedTrip) -> int:
    """Add ``prepared`` as a new trip in the session's transaction; the new trip's id.

    A trip the store holds is refused (:class:`TripAlreadyStored`), as is an object of it
    that is in another trip; people and organizations the store holds are linked."""
    if prepared.inserted:  # said before the store is asked, which would say the same
        return insert_planned(session, prepared, {})
    return insert_planned(session, prepared, check_new(session, prepared))


def check_new(session: Executor, prepared: PreparedTrip) -> dict[str, dict[int, int]]:
    """Before adding ``prepared`` as a new trip: refuse a trip or an object the store holds
    already; the directory rows to link instead of adding (table -> row index -> id)."""
    stored = stored_trip(session, prepared.uuid)
    if stored is not None:
        raise TripAlreadyStored(prepared.source, *stored)
    refuse_taken(session, prepared, {})
    return link_directory(session, prepared)


def link_directory(session: Executor, prepared: PreparedTrip) -> dict[str, dict[int, int]]:
    """People and organizations of the file whose uid the store holds: their row index ->
    the stored id. Where the file says something else about one, a line of
    :attr:`PreparedTrip.kept` names the place and the fields (the directory is not changed)."""
    linked: dict[str, dict[int, int]] = {}
    for table_name in DIRECTORY:
        table = _table(table_name)
        planned = prepared.rows[table_name]
        given = [row["uuid"] for row in planned if row["uuid"] in prepared.places]
        if not given:  # a file without uids: nothing of it can be in the store
            continue
        stored = {
            row.uuid: dict(row._mapping)
            for row in session.execute(select(table).where(table.c.uuid.in_(given)))
        }
        found = linked[table_name] = {}
        for index, row in enumerate(planned):
            old = stored.get(row["uuid"])
            if old is None:
                continue
            found[index] = old["id"]
            differs = _differences(row, old, linked.get("organization", {}))
            if differs:
                place = prepared.places[row["uuid"]].removesuffix(".uid")
                prepared.kept.append(
                    f"{place}: {_label(table_name, old)} is already in the directory and was "
                    f"kept as it is there (the file differs in {', '.join(differs)})"
                )
    return linked


def refuse_taken(
    session: Executor, prepared: PreparedTrip, mine: Mapping[str, Collection[str]]
) -> None:
    """Refuse uids of the trip's own objects that the store holds outside ``mine`` (table ->
    the uids of the stored trip being updated): each such object is in another trip."""
    problems = []
    for step in STEPS:
        if not step.entity or step.name in DIRECTORY:
            continue
        table = _table(step.name)
        given = [
            row["uuid"]
            for row in prepared.rows[step.name]
            if row["uuid"] in prepared.places and row["uuid"] not in mine.get(step.name, ())
        ]
        if not given:
            continue
        for (uuid,) in session.execute(select(table.c.uuid).where(table.c.uuid.in_(given))):
            problems.append(
                Problem(
                    prepared.places[uuid],
                    f"{uuid} is already the uid of a {step.name.replace('_', ' ')} of another "
                    "trip in this store (import the file with --as-copy for new identities)",
                )
            )
    if problems:
        order = {place: index for index, place in enumerate(prepared.places.values())}
        raise TripFileError(prepared.source, sorted(problems, key=lambda p: order[p.path]))


def as_copy(prepared: PreparedTrip, title: str) -> PreparedTrip:
    """The same trip under new identities and ``title``, as the app's "Duplicate Trip" makes
    one: everything of the trip is new, its people and organizations stay the directory's
    (the same people meet the second trip too; the duplicate shares them the same way)."""
    rows = {
        name: [dict(row) if name in DIRECTORY else {**row, "uuid": new_uuid()} for row in planned]
        for name, planned in prepared.rows.items()
    }
    trip = rows["trip"][0]
    trip["title"] = title
    directory = {row["uuid"] for name in DIRECTORY for row in rows[name]}
    return dataclasses.replace(
        prepared,
        title=title,
        uuid=trip["uuid"],
        rows=rows,
        inserted=False,
        places={uid: place for uid, place in prepared.places.items() if uid in directory},
        kept=[],
    )


def _differences(row: Row, old: Mapping[str, Any], organizations: Mapping[int, int]) -> list[str]:
    """The fields the file gives differently from the stored row (a reference by the stored
    id it names; a new organization never matches)."""
    differs = []
    for name, value in row.items():
        if name in _COMPARED_IGNORED:
            continue
        if name == "documents":  # sealed anew each time: compare what they say
            if value is not None and not _same_documents(value, old[name]):
                differs.append(_FIELD_NAMES[name])
            continue
        given = value
        if name == "organization_id" and value is not None:
            given = organizations.get(value, -1)
        if (given or None) != (old[name] or None):
            differs.append(_FIELD_NAMES.get(name, name))
    return differs


def _same_documents(given: str, stored: str | None) -> bool:
    """Whether two ``person.documents`` texts hold the same documents; a file silent about
    them (``given`` None) is not asked, and one this computer cannot open differs."""
    try:
        return document_reading.opened(given, "") == document_reading.opened(stored, "")
    except DocumentsUnreadable:
        return False


def _label(table: str, row: Mapping[str, Any]) -> str:
    if table == "person":
        return names.display_name(row["family_name"], row["given_name"], row["native_name"])
    return str(row["name"])


def _table(name: str) -> Table:
    return tables.metadata.tables[name]
