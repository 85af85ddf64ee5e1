"""Editing the registers: agreements, follow-ups and gifts as records, with exact undo.

Like :mod:`planner.editing` for the trip's own objects, the window's undo commands call only
these functions: a record is checked by :func:`validate` (messages in the editors' languages,
:mod:`planner.validation_messages`), ``create``/``update`` apply it, and ``remove`` returns a
:class:`~planner.snapshots.Snapshot` that puts the rows back with their ids and UUIDs. Records
name their meeting, people and organizations by UUID, so they stay valid across undo and redo.

Each of the three belongs to a meeting; a meeting holds at most one agreement (the trip file
says so, and the store's unique key enforces it), so creating a second one is refused with a
message rather than a constraint error.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner import conflicts, model, validation_messages, vocab
from planner.editing import rows
from planner.editing.rows import get
from planner.errors import NotFound, PlannerError
from planner.records import Choice

LANGUAGE_CODE = re.compile(r"^[a-z]{2}$")
CURRENCY_CODE = re.compile(r"^[A-Z]{3}$")


class FollowUpChanged(PlannerError):
    """Someone else changed the follow-up since it was read (or since the mark being undone),
    so marking it done or open was refused and nothing was written. ``done`` is whether it is
    done now, None when the store could not say (the write itself was refused)."""

    def __init__(self, uuid: str, done: bool | None) -> None:
        self.uuid, self.done = uuid, done
        super().__init__(f"follow-up {uuid}: changed by someone else; not marked")


# ---------------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class AgreementRecord:
    meeting: str
    title: str
    kind: str | None = "mou"
    status: str | None = "draft"
    languages: tuple[str, ...] = ()
    parties: tuple[str, ...] = ()
    """Organization UUIDs."""
    signatories: tuple[str, ...] = ()
    """Person UUIDs."""
    notes: str | None = None

    @property
    def label(self) -> str:
        return self.title


@dataclass(frozen=True)
class FollowUpRecord:
    meeting: str
    title: str
    due: dt.date | None = None
    owner: str | None = None
    """A person's UUID."""
    done: bool | None = False

    @property
    def label(self) -> str:
        return self.title


@dataclass(frozen=True)
class GiftRecord:
    meeting: str
    direction: str
    """``given`` or ``received``."""
    description: str
    giver: str | None = None
    """The UUID of a person or of an organization."""
    receiver: str | None = None
    value: Decimal | None = None
    currency: str | None = None

    @property
    def label(self) -> str:
        return self.description


ProtocolRecord = AgreementRecord | FollowUpRecord | GiftRecord

ENTITY_OF: dict[type[Any], type[model.Entity]] = {
    AgreementRecord: model.Agreement,
    FollowUpRecord: model.FollowUp,
    GiftRecord: model.Gift,
}


# ---------------------------------------------------------------------------------------------
# Choices for the editors


@dataclass(frozen=True)
class MeetingChoice(Choice):
    start: dt.datetime
    timezone: str
    agreement: str | None = None
    """The UUID of the meeting's agreement, if it has one."""


@dataclass(frozen=True)
class TripChoices:
    """One trip's meetings and contacts, what an editor of the registers offers to pick."""

    uuid: str
    title: str
    meetings: tuple[MeetingChoice, ...] = ()
    people: tuple[Choice, ...] = ()
    organizations: tuple[Choice, ...] = ()

    def meeting(self, uuid: str) -> MeetingChoice | None:
        return next((m for m in self.meetings if m.uuid == uuid), None)


def editor_choices(session: Session) -> tuple[TripChoices, ...]:
    """Every trip (by title) with its meetings in time order and its people and organizations,
    read in four queries however many trips the store holds."""
    trips = session.execute(select(model.Trip.id, model.Trip.uuid, model.Trip.title)).all()
    meetings: dict[int, list[MeetingChoice]] = {}
    for row in session.execute(
        select(
            model.Meeting.trip_id,
            model.Meeting.uuid,
            model.Meeting.title,
            model.Meeting.start,
            model.Meeting.timezone,
            model.Agreement.uuid,
        )
        .outerjoin(model.Agreement, model.Agreement.meeting_id == model.Meeting.id)
        .order_by(model.Meeting.start, model.Meeting.position)
    ):
        meetings.setdefault(row[0], []).append(
            MeetingChoice(row[1], row[2], row[3], row[4], row[5])
        )
    people: dict[int, list[Choice]] = {}
    for trip_id, person in session.execute(
        select(model.TripPerson.trip_id, model.Person)
        .join(model.Person, model.Person.id == model.TripPerson.person_id)
        .order_by(model.TripPerson.position)
    ):
        people.setdefault(trip_id, []).append(Choice(person.uuid, person.display_name))
    organizations: dict[int, list[Choice]] = {}
    for trip_id, org_uuid, name in session.execute(
        select(model.TripOrganization.trip_id, model.Organization.uuid, model.Organization.name)
        .join(model.Organization, model.Organization.id == model.TripOrganization.organization_id)
        .order_by(model.TripOrganization.position)
    ):
        organizations.setdefault(trip_id, []).append(Choice(org_uuid, name))
    return tuple(
        TripChoices(
            uuid=uuid,
            title=title,
            meetings=tuple(meetings.get(trip_id, ())),
            people=tuple(people.get(trip_id, ())),
            organizations=tuple(organizations.get(trip_id, ())),
        )
        for trip_id, uuid, title in sorted(trips, key=lambda t: t[2].casefold())
    )


# ---------------------------------------------------------------------------------------------
# Validation


def validate(record: ProtocolRecord, language: str = "en") -> dict[str, str]:
    """Every problem of ``record`` by field name, in ``language`` (``en``, ``de``, ``zh``)."""
    problems: dict[str, str] = {}

    def say(key: str, **values: object) -> str:
        return validation_messages.message(language, key, **values)

    def one_of(name: str, allowed: tuple[str, ...]) -> None:
        value = getattr(record, name)
        if value is not None and value not in allowed:
            problems[name] = say(
                "one_of", value=repr(value), allowed=say("one_of.sep").join(allowed)
            )

    if not record.meeting.strip():
        problems["meeting"] = say("meeting_required")
    if isinstance(record, AgreementRecord):
        if not record.title.strip():
            problems["title"] = say("required", label=say("label.title"))
        one_of("kind", vocab.AGREEMENT_KINDS)
        one_of("status", vocab.AGREEMENT_STATUSES)
        wrong = [code for code in record.languages if not LANGUAGE_CODE.match(code)]
        if wrong:
            problems["languages"] = say("language_code", value=repr(wrong[0]))
        if len(set(record.parties)) != len(record.parties):
            problems["parties"] = say("party_twice")
        if len(set(record.signatories)) != len(record.signatories):
            problems["signatories"] = say("attendee_twice")
    elif isinstance(record, FollowUpRecord):
        if not record.title.strip():
            problems["title"] = say("required", label=say("label.title"))
    else:
        if not record.description.strip():
            problems["description"] = say("required", label=say("label.description"))
        if record.direction not in vocab.GIFT_DIRECTIONS:
            problems["direction"] = say(
                "one_of",
                value=repr(record.direction),
                allowed=say("one_of.sep").join(vocab.GIFT_DIRECTIONS),
            )
        if record.value is not None and record.value < 0:
            problems["value"] = say("gift_value")
        if record.currency is not None and not CURRENCY_CODE.match(record.currency):
            problems["currency"] = say("currency", value=repr(record.currency))
        elif record.value is not None and record.currency is None:
            problems["currency"] = say("currency_missing")
        if record.giver is not None and record.giver == record.receiver:
            problems["receiver"] = say("same_giver")
    problems.update(validation_messages.text_problems(record, language))
    return problems


def _checked(session: Session, record: ProtocolRecord, uuid: str | None) -> ProtocolRecord:
    def problems(record: ProtocolRecord) -> dict[str, str]:
        found = validate(record)
        if isinstance(record, AgreementRecord) and "meeting" not in found:
            meeting = get(session, model.Meeting, record.meeting)
            if meeting.agreement is not None and meeting.agreement.uuid != uuid:
                found["meeting"] = validation_messages.message(
                    "en", "agreement_exists", title=repr(meeting.agreement.title)
                )
        return found

    return rows.checked(record, problems)


# ---------------------------------------------------------------------------------------------
# Reading, creating, changing, removing


def record_of(obj: model.Agreement | model.FollowUp | model.Gift) -> ProtocolRecord:
    if isinstance(obj, model.Agreement):
        return AgreementRecord(
            meeting=obj.meeting.uuid,
            title=obj.title,
            kind=obj.kind,
            status=obj.status,
            languages=tuple(obj.languages or ()),
            parties=tuple(link.organization.uuid for link in obj.party_links),
            signatories=tuple(link.person.uuid for link in obj.signatory_links),
            notes=obj.notes,
        )
    if isinstance(obj, model.FollowUp):
        return FollowUpRecord(
            meeting=obj.meeting.uuid,
            title=obj.title,
            due=obj.due,
            owner=obj.owner.uuid if obj.owner is not None else None,
            done=obj.done,
        )
    giver = obj.from_person or obj.from_organization
    receiver = obj.to_person or obj.to_organization
    return GiftRecord(
        meeting=obj.meeting.uuid,
        description=obj.description,
        direction=obj.direction,
        giver=giver.uuid if giver is not None else None,
        receiver=receiver.uuid if receiver is not None else None,
        value=obj.value,
        currency=obj.currency,
    )


def create(session: Session, record: ProtocolRecord, uuid: str | None = None) -> str:
    """Add the agreement, follow-up or gift to its meeting; its UUID."""
    record = _checked(session, record, None)
    uuid = uuid or str(uuidlib.uuid4())
    meeting = get(session, model.Meeting, record.meeting)
    with session.no_autoflush:  # the new object is whole only once the record is applied
        if isinstance(record, AgreementRecord):
            agreement = model.Agreement(uuid=uuid)
            _apply_agreement(session, agreement, record)
            meeting.agreement = agreement
        elif isinstance(record, FollowUpRecord):
            follow_up = model.FollowUp(uuid=uuid)
            _apply_follow_up(session, follow_up, record)
            meeting.follow_ups.append(follow_up)
        else:
            gift = model.Gift(uuid=uuid)
            _apply_gift(session, gift, record)
            gift.meeting = meeting
            meeting.trip.gifts.append(gift)
    session.flush()
    return uuid


def update(
    session: Session,
    uuid: str,
    record: ProtocolRecord,
    *,
    expected_version: int | None = None,
    base: ProtocolRecord | None = None,
) -> int:
    """Change the object ``uuid`` to match ``record`` (also to another meeting); its new
    version.

    With ``expected_version`` (the version the editor read, ``base`` the record it read) a
    colleague's save since is refused with :class:`~planner.conflicts.Conflict` and a delete
    with :class:`~planner.conflicts.Gone`, as :func:`planner.editing.update` does.
    """
    record = _checked(session, record, uuid)
    entity = ENTITY_OF[type(record)]
    obj = rows.for_update(
        session,
        entity,
        uuid,
        record,
        expected_version,
        record_of=record_of,  # type: ignore[arg-type]
        base=base,
    )
    meeting = get(session, model.Meeting, record.meeting)
    if isinstance(record, AgreementRecord) and isinstance(obj, model.Agreement):
        obj.meeting = meeting
        _apply_agreement(session, obj, record)
    elif isinstance(record, FollowUpRecord) and isinstance(obj, model.FollowUp):
        if obj.meeting_id != meeting.id:
            # Appended to its new meeting's list; going through the lists would delete it
            # from the old one (delete-orphan).
            obj.position = len(meeting.follow_ups)
            obj.meeting_id = meeting.id
        _apply_follow_up(session, obj, record)
    elif isinstance(record, GiftRecord) and isinstance(obj, model.Gift):
        if obj.meeting_id != meeting.id:
            if obj.trip_id != meeting.trip_id:
                obj.position = len(meeting.trip.gifts)
                obj.trip_id = meeting.trip_id
            obj.meeting_id = meeting.id
        _apply_gift(session, obj, record)
    else:
        raise TypeError(f"{type(record).__name__} does not fit {type(obj).__name__}")
    # Written even when only a list changed (parties, signatories are rows of their own), so
    # that the version goes up with every saved edit and the next editor's check sees it.
    obj.modified = dt.datetime.now(dt.UTC)
    with conflicts.caught_by_version(record, expected_version, base=base, uuid=uuid):
        session.flush()
    version = obj.version
    session.expire_all()
    return version


def set_follow_up_done(
    session: Session,
    uuid: str,
    done: bool | None,
    *,
    expected_version: int | None = None,
    expected_done: bool | None = None,
) -> bool | None:
    """Mark the follow-up done or open again; what it was before (for undo).

    With ``expected_version`` (the version the register read it at) a follow-up someone else
    changed since, and with ``expected_done`` (the state an earlier mark left: undo and redo
    check this) one that is no longer in that state, is :class:`FollowUpChanged`, and nothing
    is written."""
    follow_up = session.scalars(
        select(model.FollowUp)
        .where(model.FollowUp.uuid == uuid)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if follow_up is None:
        raise NotFound(f"the follow-up {uuid} no longer exists")
    if (expected_version is not None and follow_up.version != expected_version) or (
        expected_done is not None and bool(follow_up.done) != expected_done
    ):
        raise FollowUpChanged(uuid, bool(follow_up.done))
    before = follow_up.done
    follow_up.done = done
    try:
        session.flush()
    except StaleDataError:
        raise FollowUpChanged(uuid, None) from None
    return before


# ---------------------------------------------------------------------------------------------
# record -> ORM object


def _apply_agreement(session: Session, obj: model.Agreement, record: AgreementRecord) -> None:
    obj.title, obj.kind, obj.status, obj.notes = (
        record.title,
        record.kind,
        record.status,
        record.notes,
    )
    obj.languages = list(record.languages)
    if tuple(link.organization.uuid for link in obj.party_links) != record.parties:
        obj.party_links = [
            model.AgreementParty(organization=get(session, model.Organization, u))
            for u in record.parties
        ]
    if tuple(link.person.uuid for link in obj.signatory_links) != record.signatories:
        obj.signatory_links = [
            model.AgreementSignatory(person=get(session, model.Person, u))
            for u in record.signatories
        ]


def _apply_follow_up(session: Session, obj: model.FollowUp, record: FollowUpRecord) -> None:
    obj.title, obj.due, obj.done = record.title, record.due, record.done
    obj.owner = get(session, model.Person, record.owner) if record.owner else None


def _apply_gift(session: Session, obj: model.Gift, record: GiftRecord) -> None:
    obj.direction, obj.description = record.direction, record.description
    obj.value, obj.currency = record.value, record.currency
    obj.from_person, obj.from_organization = _party(session, record.giver)
    obj.to_person, obj.to_organization = _party(session, record.receiver)


def _party(
    session: Session, uuid: str | None
) -> tuple[model.Person | None, model.Organization | None]:
    """A giver or receiver: the person with ``uuid``, else the organization with it."""
    if uuid is None:
        return None, None
    person = session.scalars(select(model.Person).where(model.Person.uuid == uuid)).one_or_none()
    if person is not None:
        return person, None
    return None, get(session, model.Organization, uuid)
