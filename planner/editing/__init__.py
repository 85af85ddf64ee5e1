"""How the trip's own objects (the trip, its stops, transfers, meetings, people and
organizations) are checked, created and changed, as functions of a session and plain records.

An edit made in the window can be made and tested without Qt, and undo is always "apply the
record from before". Callers reach these through :mod:`planner.editing.registry`, which adds
what every kind shares (reading with a version, deleting into a
:class:`~planner.snapshots.Snapshot` that puts everything back with the same identity,
restoring): one edit protocol for this module, the registers and the branch venues.
"""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from planner import (
    emails,
    history,
    localtime,
    model,
    text_rules,
    validation_messages,
    vocab,
)
from planner.conflicts import Conflict, Gone
from planner.editing import documents, rows
from planner.editing.rows import EditError as EditError  # re-exported: callers know them here
from planner.editing.rows import get as get
from planner.records import (
    MeetingRecord,
    OrganizationRecord,
    PersonRecord,
    Record,
    StopRecord,
    TransferRecord,
    TripRecord,
)
from planner.records import (
    TripContext as TripContext,  # re-exported: callers know it here
)
from planner.trip_context import trip_context as trip_context
from planner.trips import load_trip, trip_days

ENTITY_OF: dict[type[Any], type[model.Entity]] = {
    TripRecord: model.Trip,
    StopRecord: model.Stop,
    TransferRecord: model.Transfer,
    MeetingRecord: model.Meeting,
    PersonRecord: model.Person,
    OrganizationRecord: model.Organization,
}


def _uuid(obj: model.Entity | None) -> str | None:
    return None if obj is None else obj.uuid


# ---------------------------------------------------------------------------------------------
# ORM object -> record


def record_of(obj: model.Entity) -> Record:
    if isinstance(obj, model.Trip):
        return TripRecord(
            title=obj.title,
            home_timezone=obj.home_timezone,
            purpose=obj.purpose,
            organizer=_uuid(obj.organizer),
            status=obj.status,
            classification=obj.classification,
            notes=obj.notes,
            protocol_rules=obj.protocol_rules,
            useful_numbers=tuple((n["label"], n["number"]) for n in obj.useful_numbers or ()),
            invitation_purpose=obj.invitation_purpose,
            invitation_costs=obj.invitation_costs,
            invitation_issued=obj.invitation_issued,
            direction=obj.direction,
        )
    if isinstance(obj, model.Stop):
        return StopRecord(**{f.name: getattr(obj, f.name) for f in fields(StopRecord)})
    if isinstance(obj, model.Transfer):
        return TransferRecord(
            from_stop=_uuid(obj.from_stop),
            to_stop=_uuid(obj.to_stop),
            travellers=tuple((t.person.uuid, t.reference, t.seat) for t in obj.traveller_links),
            **{
                f.name: getattr(obj, f.name)
                for f in fields(TransferRecord)
                if f.name not in ("from_stop", "to_stop", "travellers")
            },
        )
    if isinstance(obj, model.Meeting):
        return MeetingRecord(
            title=obj.title,
            stop=obj.stop.uuid,
            start=obj.start,
            end=obj.end,
            kind=obj.kind,
            status=obj.status,
            venue_name=obj.venue_name,
            venue_address=obj.venue_address,
            venue_city=obj.venue_city,
            online_url=obj.online_url,
            host=_uuid(obj.host),
            organizations=tuple(o.uuid for o in obj.organizations),
            attendees=tuple(p.uuid for p in obj.attendees),
            objectives=obj.objectives,
            talking_points=tuple(obj.talking_points or ()),
            notes=obj.notes,
            private_notes=obj.private_notes,
            attendee_roles=tuple(
                (link.person.uuid, link.role)
                for link in obj.attendee_links
                if link.role != vocab.ATTENDEE_ROLES[0]
            ),
            attendee_answers=tuple(
                (link.person.uuid, link.answer, link.answered)
                for link in obj.attendee_links
                if link.answer is not None
            ),
        )
    if isinstance(obj, model.Person):
        return PersonRecord(
            family_name=obj.family_name,
            given_name=obj.given_name,
            native_name=obj.native_name,
            honorific=obj.honorific,
            position=obj.position,
            organization=_uuid(obj.organization),
            email=obj.email,
            phone=obj.phone,
            languages=tuple(obj.languages or ()),
            notes=obj.notes,
            documents=documents.readable(obj),
        )
    if isinstance(obj, model.Organization):
        return OrganizationRecord(
            **{f.name: getattr(obj, f.name) for f in fields(OrganizationRecord)}
        )
    raise TypeError(f"no record for {type(obj).__name__}")


# ---------------------------------------------------------------------------------------------
# Validation: every problem by field, in words an officer understands


def validate(record: Record, language: str = "en") -> dict[str, str]:
    """Every problem of ``record`` by field name, in ``language`` (``en``, ``de``, ``zh``)."""
    from planner import phones  # noqa: PLC0415 - phonenumbers: when a number is read

    problems: dict[str, str] = {}

    def say(key: str, **values: object) -> str:
        return validation_messages.message(language, key, **values)

    def required(name: str, label: str) -> None:
        if not (getattr(record, name) or "").strip():
            problems[name] = say("required", label=say(f"label.{label}"))

    def zone(name: str) -> None:
        if not localtime.is_zone(getattr(record, name)):
            problems[name] = say("zone", value=repr(getattr(record, name)))

    def one_of(name: str, allowed: tuple[str, ...]) -> None:
        value = getattr(record, name)
        if value is not None and value not in allowed:
            problems[name] = say(
                "one_of", value=repr(value), allowed=say("one_of.sep").join(allowed)
            )

    if isinstance(record, TripRecord):
        required("title", "title")
        zone("home_timezone")
        one_of("status", vocab.TRIP_STATUSES)
        one_of("classification", vocab.CLASSIFICATIONS)
        one_of("protocol_rules", vocab.PROTOCOL_RULES)
        one_of("direction", vocab.TRIP_DIRECTIONS)
        for row, (label, number) in enumerate(record.useful_numbers, 1):
            problem = _useful_number_problem(label, number, say)
            if problem is not None:
                problems["useful_numbers"] = say("useful_number", row=row, problem=problem)
                break
    elif isinstance(record, StopRecord):
        required("city", "city")
        zone("timezone")
        if len(record.country or "") != 2:
            problems["country"] = say("country")
        if record.arrive is None and record.depart is None:
            problems["arrive"] = say("arrive_or_depart")
        elif record.arrive and record.depart and record.depart < record.arrive:
            problems["depart"] = say("depart_before_arrive")
        if record.region and not record.region.startswith(f"{record.country}-"):
            problems["region"] = say("region", region=repr(record.region), country=record.country)
    elif isinstance(record, TransferRecord):
        one_of("mode", vocab.TRANSFER_MODES)
        # A leg from or to home has no stop at that end, so its place must say where it is.
        if not record.from_stop and not (record.from_place or "").strip():
            problems["from_stop"] = say("transfer_end")
        if not record.to_stop and not (record.to_place or "").strip():
            problems["to_stop"] = say("transfer_end")
        elif record.from_stop and record.from_stop == record.to_stop:
            problems["to_stop"] = say("same_stop")
        travellers = [person for person, _reference, _seat in record.travellers]
        if len(set(travellers)) != len(travellers):
            problems["travellers"] = say("attendee_twice")
        if record.arrive < record.depart:
            problems["arrive"] = say("arrive_before_depart")
    elif isinstance(record, MeetingRecord):
        required("title", "title")
        one_of("kind", vocab.MEETING_KINDS)
        one_of("status", vocab.MEETING_STATUSES)
        if record.end <= record.start:
            problems["end"] = say("end_before_start")
        if len(set(record.attendees)) != len(record.attendees):
            problems["attendees"] = say("attendee_twice")
        for person, role in record.attendee_roles:
            if person not in record.attendees:
                problems["attendee_roles"] = say("attendee_role_absent")
            elif role not in vocab.ATTENDEE_ROLES:
                problems["attendee_roles"] = say(
                    "one_of",
                    value=repr(role),
                    allowed=say("one_of.sep").join(vocab.ATTENDEE_ROLES),
                )
        for person, answer, _when in record.attendee_answers:
            if person not in record.attendees:
                problems["attendee_answers"] = say("attendee_answer_absent")
            elif answer not in vocab.ATTENDEE_ANSWERS:
                problems["attendee_answers"] = say(
                    "one_of",
                    value=repr(answer),
                    allowed=say("one_of.sep").join(vocab.ATTENDEE_ANSWERS),
                )
    elif isinstance(record, PersonRecord):
        required("family_name", "family_name")
        if record.email and not emails.is_email(record.email):
            problems["email"] = say("email", value=repr(record.email))
        if record.phone and record.phone.strip():
            try:
                phones.normalize(record.phone)
            except phones.PhoneError as exc:
                problems["phone"] = say(f"phone.{exc.reason}", value=repr(record.phone))
        if record.precedence is not None and record.precedence < 1:
            problems["precedence"] = say("precedence")
        if record.documents is not None:
            problems.update(documents.problems(record.documents, say))
    elif isinstance(record, OrganizationRecord):
        required("name", "name")
        one_of("kind", vocab.ORGANIZATION_KINDS)
    problems.update(validation_messages.text_problems(record, language))
    return problems


# ---------------------------------------------------------------------------------------------
# record -> ORM object


def _apply(session: Session, obj: model.Entity, record: Record) -> None:
    from planner import phones  # noqa: PLC0415 - phonenumbers: when a number is read

    if isinstance(record, TripRecord) and isinstance(obj, model.Trip):
        obj.title, obj.home_timezone, obj.purpose = (
            record.title,
            record.home_timezone,
            record.purpose,
        )
        obj.organizer = (
            get(session, model.Organization, record.organizer) if record.organizer else None
        )
        obj.status, obj.classification, obj.notes, obj.protocol_rules, obj.direction = (
            record.status,
            record.classification,
            record.notes,
            record.protocol_rules,
            record.direction,
        )
        obj.invitation_purpose, obj.invitation_costs, obj.invitation_issued = (
            record.invitation_purpose,
            record.invitation_costs,
            record.invitation_issued,
        )
        obj.useful_numbers = [
            {"label": label.strip(), "number": phones.normalize(number)}
            for label, number in record.useful_numbers
        ]
    elif isinstance(record, StopRecord) and isinstance(obj, model.Stop):
        for f in fields(StopRecord):
            setattr(obj, f.name, getattr(record, f.name))
    elif isinstance(record, TransferRecord) and isinstance(obj, model.Transfer):
        _apply_transfer(session, obj, record)
    elif isinstance(record, MeetingRecord) and isinstance(obj, model.Meeting):
        obj.stop = get(session, model.Stop, record.stop)
        obj.timezone = obj.stop.timezone
        obj.host = get(session, model.Organization, record.host) if record.host else None
        for name in (
            "title", "start", "end", "kind", "status", "venue_name", "venue_address",
            "venue_city", "online_url", "objectives", "notes", "private_notes",
        ):  # fmt: skip
            setattr(obj, name, getattr(record, name))
        obj.talking_points = list(record.talking_points)
        if tuple(o.uuid for o in obj.organizations) != record.organizations:
            obj.organization_links = [
                model.MeetingOrganization(organization=get(session, model.Organization, u))
                for u in record.organizations
            ]
        if tuple(p.uuid for p in obj.attendees) != record.attendees:
            obj.attendee_links = [
                model.MeetingAttendee(person=get(session, model.Person, u))
                for u in record.attendees
            ]
        for link in obj.attendee_links:
            role = record.role_of(link.person.uuid)
            if link.role != role:
                link.role = role
            answer, answered = record.answer_of(link.person.uuid) or (None, None)
            if (link.answer, link.answered) != (answer, answered):
                link.answer, link.answered = answer, answered
    elif isinstance(record, PersonRecord) and isinstance(obj, model.Person):
        # Not precedence: the record's is the rank in one trip (see PersonRecord).
        for name in (
            "family_name", "given_name", "native_name", "honorific", "position", "email", "notes",
        ):  # fmt: skip
            setattr(obj, name, getattr(record, name))
        obj.phone = phones.normalize(record.phone) if record.phone else None
        obj.languages = list(record.languages)
        documents.apply(obj, record.documents)
        if obj not in session:
            # The organization's side of the link skips a person the session does not hold
            # (SQLAlchemy warns "not in session, add operation along 'Organization.people'
            # will not proceed" when a flush comes first): the person joins the session first.
            session.add(obj)
        obj.organization = (
            get(session, model.Organization, record.organization) if record.organization else None
        )
    elif isinstance(record, OrganizationRecord) and isinstance(obj, model.Organization):
        for f in fields(OrganizationRecord):
            setattr(obj, f.name, getattr(record, f.name))
    else:
        raise TypeError(f"{type(record).__name__} does not fit {type(obj).__name__}")


def update(
    session: Session,
    uuid: str,
    record: Record,
    *,
    expected_version: int | None = None,
    base: Record | None = None,
) -> int:
    """Change the object ``uuid`` to match ``record``; the object's new version.

    With ``expected_version`` (the version the editor read, ``base`` the record it read then)
    the change is refused with :class:`~planner.conflicts.Conflict` when someone saved the
    object since, and with :class:`~planner.conflicts.Gone` when it was deleted. The row is
    locked while it is read (``FOR UPDATE`` on PostgreSQL; SQLite writes one at a time), and
    the version counter catches whatever slips past that.
    """
    record = rows.checked(record, validate)
    entity = ENTITY_OF[type(record)]
    if expected_version is None:
        obj = get(session, entity, uuid)
    else:
        query = select(entity).where(entity.uuid == uuid).with_for_update()
        found = session.scalars(query).one_or_none()
        if found is None:
            raise Gone(record, rows.kind_word(entity))
        if found.version != expected_version:
            raise Conflict(
                record, record_of(found), expected_version, found.version, base=base, uuid=uuid
            )
        obj = found
    # One flush for the whole edit: one UPDATE, one version step and one history entry
    # (the look-ups of stops and people inside would otherwise flush half of it).
    with session.no_autoflush:
        _apply(session, obj, record)
        # Written even when only a list changed (attendees are rows of their own), so that
        # the version goes up with every saved edit and the next editor's check sees it.
        obj.modified = dt.datetime.now(dt.UTC)
        if isinstance(obj, model.Stop):
            _follow_stop_zone(obj)
    try:
        session.flush()
    except StaleDataError:
        raise Conflict(record, None, expected_version or 0, None, base=base, uuid=uuid) from None
    return obj.version


def _follow_stop_zone(stop: model.Stop) -> None:
    """A stop's meetings and transfers keep the zone of their stop (and their instants)."""
    session = Session.object_session(stop)
    assert session is not None
    for meeting in session.scalars(select(model.Meeting).where(model.Meeting.stop_id == stop.id)):
        meeting.timezone = stop.timezone
    for transfer in session.scalars(
        select(model.Transfer).where(
            (model.Transfer.from_stop_id == stop.id) | (model.Transfer.to_stop_id == stop.id)
        )
    ):
        _follow_ends(transfer)


def create(session: Session, trip_uuid: str | None, record: Record, uuid: str | None = None) -> str:
    """Add a new object (to the trip ``trip_uuid`` unless it is a trip); its UUID."""
    record = rows.checked(record, validate)
    uuid = uuid or str(uuidlib.uuid4())
    if isinstance(record, TripRecord):
        trip = model.Trip(uuid=uuid, title=record.title, home_timezone=record.home_timezone)
        _apply(session, trip, record)
        session.add(trip)
        session.flush()
        return uuid
    if trip_uuid is None and isinstance(record, PersonRecord | OrganizationRecord):
        contact: model.Person | model.Organization = (
            model.Person(uuid=uuid)
            if isinstance(record, PersonRecord)
            else model.Organization(uuid=uuid)
        )
        _apply(session, contact, record)  # into the office's directory, no trip's list
        session.add(contact)
        session.flush()
        return uuid
    if trip_uuid is None:
        raise ValueError("a stop, transfer or meeting belongs to a trip")
    trip = get(session, model.Trip, trip_uuid)
    # The new object is whole only once it hangs in the trip: a look-up while it is half
    # built (its organization, its stop) must not flush it.
    with session.no_autoflush:
        if isinstance(record, StopRecord):
            stop = model.Stop(uuid=uuid)
            _apply(session, stop, record)
            trip.stops.insert(_stop_position(trip, record), stop)  # ordering_list renumbers
        elif isinstance(record, TransferRecord):
            transfer = model.Transfer(uuid=uuid)
            trip.transfers.append(transfer)  # first: a home leg's zone may be the trip's
            _apply(session, transfer, record)
        elif isinstance(record, MeetingRecord):
            meeting = model.Meeting(uuid=uuid)
            _apply(session, meeting, record)
            trip.meetings.append(meeting)
        elif isinstance(record, PersonRecord):
            person = model.Person(uuid=uuid)
            _apply(session, person, record)
            trip.people_links.append(model.TripPerson(person=person, precedence=record.precedence))
        elif isinstance(record, OrganizationRecord):
            org = model.Organization(uuid=uuid)
            _apply(session, org, record)
            trip.organization_links.append(model.TripOrganization(organization=org))
    session.flush()
    return uuid


def _stop_position(trip: model.Trip, record: StopRecord) -> int:
    """Stops stay in the order of time: a new one goes where its first instant fits."""
    when = record.arrive or record.depart
    assert when is not None
    for index, stop in enumerate(trip.stops):
        other = stop.arrive or stop.depart
        if other is not None and when < other:
            return index
    return len(trip.stops)


# ---------------------------------------------------------------------------------------------
# Contacts of a trip: link people and organizations already in the directory


def link_contact(session: Session, trip_uuid: str, record_type: type[Any], uuid: str) -> None:
    trip = get(session, model.Trip, trip_uuid)
    if record_type is PersonRecord:
        person = get(session, model.Person, uuid)
        if all(link.person is not person for link in trip.people_links):
            trip.people_links.append(model.TripPerson(person=person))
    else:
        org = get(session, model.Organization, uuid)
        if all(link.organization is not org for link in trip.organization_links):
            trip.organization_links.append(model.TripOrganization(organization=org))
    session.flush()


# ---------------------------------------------------------------------------------------------
# Duplicating a trip to new dates


def shift_wall(instant: dt.datetime, zone: str, days: int) -> dt.datetime:
    """The same local wall time ``days`` later; a time that falls into a skipped hour moves on
    by the length of the gap, as calendars do."""
    wall = localtime.local(instant, zone).replace(tzinfo=None) + dt.timedelta(days=days)
    try:
        return localtime.to_instant(wall, zone)
    except localtime.TimeError:
        return localtime.to_instant(wall + dt.timedelta(hours=1), zone)


def duplicate_trip(session: Session, trip_id: int, first_day: dt.date, title: str) -> model.Trip:
    """A copy of the trip starting on ``first_day``: every time keeps its local wall time,
    shifted by whole days; people and organizations are shared, not copied."""
    source = load_trip(session, trip_id)
    old_first, _ = trip_days([(s.arrive, s.depart, s.timezone) for s in source.stops])
    days = (first_day - old_first).days if old_first else 0

    def moved(instant: dt.datetime | None, zone: str) -> dt.datetime | None:
        return None if instant is None else shift_wall(instant, zone, days)

    copy = model.Trip(
        title=title,
        home_timezone=source.home_timezone,
        purpose=source.purpose,
        organizer=source.organizer,
        status="draft",
        classification=source.classification,
        notes=source.notes,
        protocol_rules=source.protocol_rules,
        useful_numbers=[dict(n) for n in source.useful_numbers or ()],
        direction=source.direction,
        # What the letter says of the visit carries over; the new trip's letter is not issued.
        invitation_purpose=source.invitation_purpose,
        invitation_costs=source.invitation_costs,
    )
    copy.organization_links = [
        model.TripOrganization(organization=link.organization) for link in source.organization_links
    ]
    copy.people_links = [
        model.TripPerson(person=link.person, side=link.side, precedence=link.precedence)
        for link in source.people_links
    ]
    copy.delegation = [
        model.DelegationMember(person=m.person, role=m.role, precedence=m.precedence)
        for m in source.delegation
    ]
    stops: dict[int, model.Stop] = {}
    for stop in source.stops:
        record = record_of(stop)
        assert isinstance(record, StopRecord)
        new = model.Stop()
        _apply(session, new, record)
        new.arrive, new.depart = (
            moved(stop.arrive, stop.timezone),
            moved(stop.depart, stop.timezone),
        )
        stops[stop.id] = new
        copy.stops.append(new)
    for t in source.transfers:
        new_transfer = model.Transfer(
            from_stop=stops[t.from_stop_id] if t.from_stop_id is not None else None,
            to_stop=stops[t.to_stop_id] if t.to_stop_id is not None else None,
            depart=moved(t.depart, t.depart_timezone),
            depart_timezone=t.depart_timezone,
            arrive=moved(t.arrive, t.arrive_timezone),
            arrive_timezone=t.arrive_timezone,
        )
        for name in _TRANSFER_VALUES:
            setattr(new_transfer, name, getattr(t, name))
        new_transfer.traveller_links = [
            model.TransferTraveller(person=link.person, reference=link.reference, seat=link.seat)
            for link in t.traveller_links
        ]
        copy.transfers.append(new_transfer)
    for m in source.meetings:
        new_meeting = model.Meeting(stop=stops[m.stop_id], timezone=m.timezone, host=m.host)
        for name in (
            "title", "kind", "venue_name", "venue_address", "venue_city", "online_url",
            "objectives", "notes", "private_notes", "status",
        ):  # fmt: skip
            setattr(new_meeting, name, getattr(m, name))
        new_meeting.talking_points = list(m.talking_points or [])
        new_meeting.start = moved(m.start, m.timezone)  # type: ignore[assignment]
        new_meeting.end = moved(m.end, m.timezone)  # type: ignore[assignment]
        new_meeting.organization_links = [
            model.MeetingOrganization(organization=o) for o in m.organizations
        ]
        new_meeting.attendee_links = [
            model.MeetingAttendee(person=link.person, role=link.role) for link in m.attendee_links
        ]
        copy.meetings.append(new_meeting)
    session.add(copy)
    with history.quiet(session):
        session.flush()
    history.record(
        session, "create", "trip", object_uuid=copy.uuid, trip_uuid=copy.uuid, label=copy.title
    )
    return copy


_TRANSFER_VALUES = (
    "mode", "carrier", "number", "reference", "notes", "from_place", "to_place",
    "from_terminal", "to_terminal", "travel_class", "seat",
)  # fmt: skip
"""A transfer's fields that are plain values, written as the record has them."""


def _apply_transfer(session: Session, obj: model.Transfer, record: TransferRecord) -> None:
    obj.from_stop = get(session, model.Stop, record.from_stop) if record.from_stop else None
    obj.to_stop = get(session, model.Stop, record.to_stop) if record.to_stop else None
    for name in ("depart", "arrive", *_TRANSFER_VALUES):
        setattr(obj, name, getattr(record, name))
    _follow_ends(obj)
    wanted = [person for person, _reference, _seat in record.travellers]
    if [link.person.uuid for link in obj.traveller_links] != wanted:
        obj.traveller_links = [
            model.TransferTraveller(person=get(session, model.Person, u)) for u in wanted
        ]
    for link, (_person, reference, seat) in zip(
        obj.traveller_links, record.travellers, strict=True
    ):
        if (link.reference, link.seat) != (reference, seat):
            link.reference, link.seat = reference, seat


def _follow_ends(transfer: model.Transfer) -> None:
    """Each end's zone: its airport's, else its stop's, else the trip's home zone."""
    home = transfer.trip.home_timezone
    origin, target = transfer.from_stop, transfer.to_stop
    transfer.depart_timezone = model.end_zone(
        origin.timezone if origin else None, transfer.from_place, home
    )
    transfer.arrive_timezone = model.end_zone(
        target.timezone if target else None, transfer.to_place, home
    )


def _useful_number_problem(label: str, number: str, say: Callable[..., str]) -> str | None:
    """What is wrong with one of the trip's useful numbers, or None."""
    from planner import phones  # noqa: PLC0415 - phonenumbers: when a number is read

    if not label.strip():
        return say("required", label=say("label.label"))
    fault = text_rules.fault(label)
    if fault is not None:
        return str(fault)
    try:
        phones.normalize(number)
    except phones.PhoneError as exc:
        return say(f"phone.{exc.reason}", value=repr(number))
    return None
