"""The travel documents of a trip's people and its invitation, read from and written to the
store as plain values (:mod:`planner.travel_documents`).

The checks, the letters and the trip file read the documents of every person a trip involves
in two queries, over the tables rather than the mapped classes (as ``planner.checks.facts``:
naming a mapped class configures every mapper of the model). A person's documents are one
encrypted text in ``person.documents`` (:mod:`planner.document_crypto`); :func:`stored` makes
that text and :func:`opened` reads it, for the editors and the import, which write the column
themselves.

A text this computer's key does not open names its person and stops only what needs that
person's documents: :func:`read_trip_documents` raises :class:`TripDocumentsUnreadable`, which
carries the documents it could read and one message per person it could not, so that a check
can report those people and go on with the others.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING

from sqlalchemy import select

from planner import document_crypto, names, tables, trip_readers
from planner.document_crypto import DocumentsUnreadable
from planner.errors import PlannerError
from planner.travel_documents import InvitationDetails, TravelDocuments, from_mapping, to_mapping

if TYPE_CHECKING:  # the trip file's import reaches this module and must not load the ORM
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_person = tables.person
_trip = tables.trip


class TripDocumentsUnreadable(DocumentsUnreadable):
    """Some people's documents do not open on this computer; the others' are in ``readable``."""

    def __init__(self, readable: Mapping[str, TravelDocuments], problems: Mapping[str, str]):
        super().__init__("; ".join(problems.values()))
        self.readable = dict(readable)
        """person uuid -> documents, for everyone whose documents opened."""
        self.problems = dict(problems)
        """person uuid -> the one-line message naming them."""


def read_trip_documents(
    session: Session | Connection, trip_uuid: str, *, trip_id: int | None = None
) -> dict[str, TravelDocuments]:
    """person uuid -> documents for everyone the trip involves (its delegation, its linked
    counterparts and everyone at its meetings) who has any recorded. ``trip_id``: the trip's
    id where the caller has read it already (the checks), which saves looking it up."""
    if trip_id is None:
        trip_id = _trip_id(session, trip_uuid)
    p = _person.c
    rows = session.execute(
        select(p.uuid, p.family_name, p.given_name, p.native_name, p.documents).where(
            p.id.in_(trip_readers.involved_people(trip_id, contacts=True)),
            p.documents.is_not(None),
        )
    ).all()
    readable: dict[str, TravelDocuments] = {}
    problems: dict[str, str] = {}
    for uuid, family, given, native, text in rows:
        try:
            documents = opened(text, names.display_name(family, given, native))
        except DocumentsUnreadable as exc:
            problems[uuid] = str(exc)
            continue
        if not documents.is_empty:
            readable[uuid] = documents
    if problems:
        raise TripDocumentsUnreadable(readable, problems)
    return readable


def read_person_documents(session: Session | Connection, person_uuid: str) -> TravelDocuments:
    """One person's documents (empty when none are recorded); raises
    :class:`~planner.document_crypto.DocumentsUnreadable` naming them."""
    p = _person.c
    row = session.execute(
        select(p.family_name, p.given_name, p.native_name, p.documents).where(p.uuid == person_uuid)
    ).one_or_none()
    if row is None:
        raise PlannerError(f"no person with UUID {person_uuid}")
    return opened(
        row.documents, names.display_name(row.family_name, row.given_name, row.native_name)
    )


def read_invitation(session: Session | Connection, trip_uuid: str) -> InvitationDetails:
    """What the trip's invitation letter says beyond its itinerary."""
    t = _trip.c
    row = session.execute(
        select(t.invitation_purpose, t.invitation_costs, t.invitation_issued).where(
            t.uuid == trip_uuid
        )
    ).one_or_none()
    if row is None:
        raise PlannerError(f"no trip with UUID {trip_uuid}")
    return InvitationDetails(
        purpose=row.invitation_purpose,
        costs_borne_by=row.invitation_costs,
        issued=row.invitation_issued,
    )


def invitation_columns(details: InvitationDetails) -> dict[str, object]:
    """The trip's columns that hold ``details``, for an update or an insert."""
    return {
        "invitation_purpose": details.purpose or None,
        "invitation_costs": details.costs_borne_by or None,
        "invitation_issued": details.issued,
    }


def stored(documents: TravelDocuments | None) -> str | None:
    """The text ``person.documents`` keeps for ``documents``: encrypted, None when empty.
    Sealing twice gives two texts (a fresh nonce each time): compare documents, not texts."""
    if documents is None or documents.is_empty:
        return None
    plain = json.dumps(to_mapping(documents), ensure_ascii=False, sort_keys=True)
    return document_crypto.seal(plain.encode("utf-8"))


def opened(text: str | None, whose: str) -> TravelDocuments:
    """The documents in a ``person.documents`` text; ``whose`` names the person in the error."""
    if text is None:
        return TravelDocuments()
    plain = document_crypto.unseal(text, whose)
    try:
        return from_mapping(json.loads(plain.decode("utf-8")))
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DocumentsUnreadable(f"{whose}: the stored travel documents are damaged") from None


def _trip_id(session: Session | Connection, trip_uuid: str) -> int:
    found = session.execute(select(_trip.c.id).where(_trip.c.uuid == trip_uuid)).scalar()
    if found is None:
        raise PlannerError(f"no trip with UUID {trip_uuid}")
    return int(found)
