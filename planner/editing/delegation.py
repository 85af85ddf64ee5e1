"""The delegation of a trip as a record kind: who travels, in which role and at which rank.

A :class:`~planner.records.DelegationMemberRecord` names its person by UUID; the trip is the
parent it is created under (:mod:`planner.editing.registry`), so the window's Create, Edit and
Delete commands and their undo serve it as they serve a stop or a gift. Reading, deleting and
putting back are the shared steps of :mod:`planner.editing.rows`; what is the delegation's own
is here: a person is in a trip's delegation once (the store's unique key says so too, but the
officer gets a sentence, not a constraint error), a new member comes last in the file order
(``position``), and :func:`members` reads the delegation for the window in two queries.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import conflicts, model, names, validation_messages, vocab
from planner.editing import rows
from planner.editing.rows import get
from planner.records import DelegationMemberRecord

__all__ = ["Member", "create", "members", "record_of", "update", "validate"]


@dataclass(frozen=True)
class Member:
    """One member as the Delegation panel lists them: plain values, no ORM object."""

    uuid: str
    """The membership's UUID (what Edit and Delete act on)."""
    person: str
    """The person's UUID (what a re-rank names)."""
    family_name: str
    given_name: str | None
    native_name: str | None
    role: str
    precedence: int | None
    position: int
    version: int
    """The membership's version when read: what a change of role is saved against."""
    organization: str | None = None
    languages: tuple[str, ...] = ()

    @property
    def rank(self) -> int | None:
        return self.precedence

    @property
    def display_name(self) -> str:
        return names.display_name(self.family_name, self.given_name, self.native_name)

    @property
    def latin_name(self) -> str:
        return names.latin_name(self.family_name, self.given_name, self.native_name)

    @property
    def sort_key(self) -> tuple[str, ...]:
        return names.sort_key(self.family_name, self.given_name, self.native_name)

    def record(self) -> DelegationMemberRecord:
        return DelegationMemberRecord(
            person=self.person,
            role=self.role,
            precedence=self.precedence,
            name=self.display_name,
        )


def validate(record: DelegationMemberRecord, language: str = "en") -> dict[str, str]:
    """Every problem of ``record`` that needs no store, by field name, in ``language``."""
    problems: dict[str, str] = {}

    def say(key: str, **values: object) -> str:
        return validation_messages.message(language, key, **values)

    if not (record.person or "").strip():
        problems["person"] = say("required", label=say("label.person"))
    if record.role not in vocab.DELEGATION_ROLES:
        problems["role"] = say(
            "one_of",
            value=repr(record.role),
            allowed=say("one_of.sep").join(vocab.DELEGATION_ROLES),
        )
    if record.precedence is not None and record.precedence < 1:
        problems["precedence"] = say("precedence")
    problems.update(validation_messages.text_problems(record, language))
    return problems


def record_of(member: model.DelegationMember) -> DelegationMemberRecord:
    return DelegationMemberRecord(
        person=member.person.uuid,
        role=member.role,
        precedence=member.precedence,
        name=member.person.display_name,
    )


def create(
    session: Session, trip_uuid: str, record: DelegationMemberRecord, uuid: str | None = None
) -> str:
    """Add the person to the trip's delegation, after its other members; the new UUID."""
    trip = get(session, model.Trip, trip_uuid)
    record = _checked(session, trip, record, None)
    uuid = uuid or str(uuidlib.uuid4())
    with session.no_autoflush:  # the member is whole only once it hangs in the trip
        member = model.DelegationMember(uuid=uuid, role=record.role, precedence=record.precedence)
        member.person = get(session, model.Person, record.person)
        trip.delegation.append(member)  # the ordering list gives it the last position
    session.flush()
    return uuid


def update(
    session: Session,
    uuid: str,
    record: DelegationMemberRecord,
    *,
    expected_version: int | None = None,
    base: DelegationMemberRecord | None = None,
) -> int:
    """Change the member ``uuid`` (role, rank, or who it is); it keeps its place in the file
    order. Its new version; a colleague's save since ``expected_version`` is a
    :class:`~planner.conflicts.Conflict`, a delete :class:`~planner.conflicts.Gone`."""
    member = rows.for_update(
        session,
        model.DelegationMember,
        uuid,
        record,
        expected_version,
        record_of=record_of,
        base=base,
    )
    record = _checked(session, member.trip, record, member)
    with session.no_autoflush:
        member.person = get(session, model.Person, record.person)
        member.role, member.precedence = record.role, record.precedence
        member.modified = dt.datetime.now(dt.UTC)
    with conflicts.caught_by_version(record, expected_version, base=base, uuid=uuid):
        session.flush()
    return member.version


def members(session: Session, trip_uuid: str) -> list[Member]:
    """The trip's delegation in file order (``position``); the window sorts it by rank."""
    trip = get(session, model.Trip, trip_uuid)
    found = session.execute(
        select(
            model.DelegationMember.uuid,
            model.DelegationMember.role,
            model.DelegationMember.precedence,
            model.DelegationMember.position,
            model.DelegationMember.version,
            model.Person.uuid.label("person"),
            model.Person.family_name,
            model.Person.given_name,
            model.Person.native_name,
            model.Person.languages,
            model.Organization.name.label("organization"),
        )
        .join(model.Person, model.Person.id == model.DelegationMember.person_id)
        .outerjoin(model.Organization, model.Organization.id == model.Person.organization_id)
        .where(model.DelegationMember.trip_id == trip.id)
        .order_by(model.DelegationMember.position)
    )
    return [
        Member(
            uuid=row.uuid,
            person=row.person,
            family_name=row.family_name,
            given_name=row.given_name,
            native_name=row.native_name,
            role=row.role,
            precedence=row.precedence,
            position=row.position,
            version=row.version,
            organization=row.organization,
            languages=tuple(row.languages or ()),
        )
        for row in found
    ]


def _checked(
    session: Session,
    trip: model.Trip,
    record: DelegationMemberRecord,
    member: model.DelegationMember | None,
) -> DelegationMemberRecord:
    """``record`` cleaned, or :class:`~planner.editing.rows.EditError` with every problem,
    the person already in the delegation (as another member) among them."""

    def problems(record: DelegationMemberRecord) -> dict[str, str]:
        found = validate(record)
        if "person" not in found:
            person = get(session, model.Person, record.person)
            twice = session.scalar(
                select(model.DelegationMember.id).where(
                    model.DelegationMember.trip_id == trip.id,
                    model.DelegationMember.person_id == person.id,
                    model.DelegationMember.id != (member.id if member is not None else -1),
                )
            )
            if twice is not None:
                found["person"] = validation_messages.message(
                    "en", "member_twice", name=person.display_name
                )
        return found

    return rows.checked(record, problems)
