"""One read of everything the checks look at, as plain frozen values.

The checks run after every edit (the window's problems panel) and on trips of a thousand
meetings, so they must not walk ORM objects: :func:`read_facts` selects just the columns the
checks use, in thirteen queries whatever the size of the trip, and the checks then work on
values that stay valid after the session has closed (and can be handed to a worker thread).
Gifts come in a ninth query, with their givers and receivers named; the transfers'
travellers in a tenth, who signs at each meeting in an eleventh, and the travel documents
and the invitation letter in three more (:mod:`planner.document_reading`).
Instants are aware UTC datetimes; a meeting's times are shown in its stop's zone, as in the
meetings table.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import Select, or_, select

from planner import document_reading, names, queries, tables, transfer_ends, trip_readers
from planner.travel_documents import InvitationDetails, TravelDocuments

if TYPE_CHECKING:  # read on a Core connection (planner check, the window) or in a session
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

# Every read names the tables, not the mapped classes: a statement naming a mapped class first
# configures every mapper of the model (about 150 ms of `planner check`), and no object is built.
_person = tables.person
_organization = tables.organization
_meeting = tables.meeting
_transfer = tables.transfer

CANCELLED = "cancelled"
INTERPRETER = "interpreter"
SIGNATORY = "signatory"
DECLINED = "declined"


@dataclass(frozen=True)
class PersonName:
    """A person's name in its parts, so that a message names them as its language does."""

    family_name: str
    given_name: str | None = None
    native_name: str | None = None

    def shown(self, language: str) -> str:
        """ "Li Wei (李伟)" in English and German, "李伟（Li Wei）" in Chinese."""
        return names.name_in(language, self.family_name, self.given_name, self.native_name, None)


@dataclass(frozen=True)
class PersonFact:
    """A person who attends a meeting or belongs to the delegation."""

    uuid: str
    name: str
    languages: tuple[str, ...] = ()
    role: str | None = None
    """The person's role in this trip's delegation; None for a counterpart."""
    side: str | None = None
    """A counterpart's side in this trip (``host``, ``third-party``); None for a delegate."""
    rank: int | None = None
    """The person's rank within their side in this trip; None when unranked."""
    listed: int | None = None
    """Where the trip lists the person (delegation order, or the trip's people)."""
    parts: PersonName | None = None
    """The name in its parts; None: ``name`` in every language."""

    def named(self, language: str) -> str:
        """The name as a message in ``language`` prints it (see :class:`PersonName`)."""
        return self.name if self.parts is None else self.parts.shown(language)

    @property
    def is_delegate(self) -> bool:
        return self.role is not None

    @property
    def is_interpreter(self) -> bool:
        return self.role == INTERPRETER


@dataclass(frozen=True)
class StopFact:
    uuid: str
    city: str
    country: str
    region: str | None
    zone: str
    arrive: dt.datetime | None
    depart: dt.datetime | None
    lodging_name: str | None = None
    lodging_address: str | None = None

    @property
    def has_lodging(self) -> bool:
        """A place to sleep is known: a name or an address (a booking number alone is not)."""
        return bool(self.lodging_name or self.lodging_address)


@dataclass(frozen=True)
class TransferFact:
    """Travel between two stops, or from or to home (no stop at that end); ``title`` as the
    itinerary shows it."""

    uuid: str
    title: str
    mode: str
    depart: dt.datetime
    depart_zone: str
    arrive: dt.datetime
    arrive_zone: str
    from_stop_uuid: str | None
    to_stop_uuid: str | None
    traveller_uuids: tuple[str, ...] = ()
    """Who travels on it; none named: the whole delegation."""
    carrier: str | None = None
    number: str | None = None
    origin: str = ""
    """Where it leaves from, as ``title`` names it; empty: ``title`` in every language."""
    destination: str = ""

    @property
    def stop_uuid(self) -> str | None:
        """The stop a problem with the transfer points at: where it leaves, else where it goes."""
        return self.from_stop_uuid or self.to_stop_uuid


@dataclass(frozen=True)
class BranchFact:
    """A place the meeting is joined from, at the same instant, in its own zone."""

    name: str
    city: str
    country: str
    zone: str
    attendee_uuids: tuple[str, ...] = ()


@dataclass(frozen=True)
class MeetingFact:
    uuid: str
    title: str
    status: str | None
    stop_uuid: str
    zone: str
    start: dt.datetime
    end: dt.datetime
    attendee_uuids: tuple[str, ...] = ()
    branches: tuple[BranchFact, ...] = ()
    interpreter_uuids: frozenset[str] = frozenset()
    """Attendees who interpret in this meeting (their role in it), whatever their side."""
    venue_city: str | None = None
    """The venue's own city; None: the stop's."""
    declined_uuids: tuple[str, ...] = ()
    """Attendees who declined the invitation, in the meeting's order."""
    signatory_uuids: frozenset[str] = frozenset()
    """Who signs at this meeting: its agreement's signatories and attendees in the role."""
    agreement: str | None = None
    """The title of the agreement signed at this meeting (not a cancelled one)."""

    @property
    def cancelled(self) -> bool:
        return self.status == CANCELLED

    @property
    def participant_uuids(self) -> tuple[str, ...]:
        """Everyone in the meeting, at the main venue or a branch venue, each once."""
        if not self.branches:
            return self.attendee_uuids
        seen = dict.fromkeys(self.attendee_uuids)
        for branch in self.branches:
            seen.update(dict.fromkeys(branch.attendee_uuids))
        return tuple(seen)


@dataclass(frozen=True)
class GiftFact:
    """A gift given or received at a meeting; giver and receiver by name (person or
    organization), either may be unknown."""

    meeting_uuid: str
    direction: str
    description: str
    giver: str | None = None
    receiver: str | None = None
    value: Decimal | None = None
    currency: str | None = None
    giver_person: PersonName | None = None
    """The giver's name in its parts when the giver is a person."""
    receiver_person: PersonName | None = None
    """The receiver's name in its parts when the receiver is a person."""


@dataclass(frozen=True)
class TripFacts:
    """What the checks need of one trip. Stops in the trip's order, transfers by departure,
    meetings by start; ``people`` by UUID."""

    uuid: str
    title: str
    home_zone: str
    stops: tuple[StopFact, ...] = ()
    transfers: tuple[TransferFact, ...] = ()
    meetings: tuple[MeetingFact, ...] = ()
    people: Mapping[str, PersonFact] = field(default_factory=lambda: types.MappingProxyType({}))
    gifts: tuple[GiftFact, ...] = ()
    """In the trip's order."""
    documents: Mapping[str, TravelDocuments] = field(
        default_factory=lambda: types.MappingProxyType({})
    )
    """Each person's travel documents by UUID; people with none recorded are left out."""
    invitation: InvitationDetails = field(default_factory=InvitationDetails)
    """What is known of the trip's invitation letter (when it was issued)."""
    today: dt.date | None = None
    """The day the deadlines are counted from; None: the computer's today (a test fixes it)."""
    unreadable_documents: tuple[str, ...] = ()
    """The UUIDs of people whose stored documents this computer's key does not open."""


def read_facts(session: Session | Connection, trip_uuid: str) -> TripFacts:
    """The trip's facts in thirteen queries; :class:`planner.errors.NotFound` for no such
    trip."""
    trip = queries.trip_header(session, trip_uuid)
    trip_id = trip.id
    people, uuid_of = _people(session, trip_id)
    documents, unreadable = _documents(session, trip_uuid, trip_id)

    stops = tuple(
        StopFact(
            uuid=s.uuid,
            city=s.city,
            country=s.country,
            region=s.region,
            zone=s.timezone,
            arrive=s.arrive,
            depart=s.depart,
            lodging_name=s.lodging_name,
            lodging_address=s.lodging_address,
        )
        for s in session.execute(trip_readers.stops(trip_id, tables.stop.c.region))
    )
    return TripFacts(
        uuid=trip_uuid,
        title=trip.title,
        home_zone=trip.home_timezone,
        stops=stops,
        transfers=_transfers(session, trip_id),
        meetings=_meetings(session, trip_id, uuid_of),
        people=types.MappingProxyType(people),
        gifts=_gifts(session, trip_id),
        documents=types.MappingProxyType(documents),
        invitation=document_reading.read_invitation(session, trip_uuid),
        unreadable_documents=unreadable,
    )


def _documents(
    session: Session | Connection, trip_uuid: str, trip_id: int
) -> tuple[dict[str, TravelDocuments], tuple[str, ...]]:
    """Everyone's documents that open here, and who has documents that do not."""
    try:
        return document_reading.read_trip_documents(session, trip_uuid, trip_id=trip_id), ()
    except document_reading.TripDocumentsUnreadable as exc:
        return exc.readable, tuple(exc.problems)


def _gifts(session: Session | Connection, trip_id: int) -> tuple[GiftFact, ...]:
    giver, receiver = _person.alias(), _person.alias()
    giving, receiving = _organization.alias(), _organization.alias()
    g = tables.gift.c
    rows = session.execute(
        select(
            _meeting.c.uuid.label("meeting_uuid"),
            g.direction,
            g.description,
            g.value,
            g.currency,
            giver.c.family_name.label("giver_family"),
            giver.c.given_name.label("giver_given"),
            giver.c.native_name.label("giver_native"),
            giving.c.name.label("giving"),
            receiver.c.family_name.label("receiver_family"),
            receiver.c.given_name.label("receiver_given"),
            receiver.c.native_name.label("receiver_native"),
            receiving.c.name.label("receiving"),
        )
        .select_from(tables.gift)
        .join(_meeting, _meeting.c.id == g.meeting_id)
        .outerjoin(giver, giver.c.id == g.from_person_id)
        .outerjoin(giving, giving.c.id == g.from_organization_id)
        .outerjoin(receiver, receiver.c.id == g.to_person_id)
        .outerjoin(receiving, receiving.c.id == g.to_organization_id)
        .where(g.trip_id == trip_id)
        .order_by(g.position)
    )
    return tuple(
        GiftFact(
            meeting_uuid=r.meeting_uuid,
            direction=r.direction,
            description=r.description,
            giver=_party(r.giver_family, r.giver_given, r.giver_native, r.giving),
            receiver=_party(r.receiver_family, r.receiver_given, r.receiver_native, r.receiving),
            value=r.value,
            currency=r.currency,
            giver_person=_person_name(r.giver_family, r.giver_given, r.giver_native),
            receiver_person=_person_name(r.receiver_family, r.receiver_given, r.receiver_native),
        )
        for r in rows
    )


def _person_name(family: str | None, given: str | None, native: str | None) -> PersonName | None:
    return None if family is None else PersonName(family, given, native)


def _party(
    family: str | None, given: str | None, native: str | None, org: str | None
) -> str | None:
    if family is not None:
        return names.display_name(family, given, native)
    return org


def _people(
    session: Session | Connection, trip_id: int
) -> tuple[dict[str, PersonFact], dict[int, str]]:
    """Every attendee and delegation member with their languages and delegation role."""
    people: dict[str, PersonFact] = {}
    uuid_of: dict[int, str] = {}
    query = trip_readers.people(trip_id, _person.c.languages, tables.trip_person.c.side)
    for p in session.execute(query):
        uuid_of[p.id] = p.uuid
        people[p.uuid] = PersonFact(
            uuid=p.uuid,
            name=names.display_name(p.family_name, p.given_name, p.native_name),
            languages=tuple(p.languages or ()),
            role=p.role,
            side=None if p.role is not None else p.side or "host",
            rank=p.rank,
            listed=p.listed,
            parts=PersonName(p.family_name, p.given_name, p.native_name),
        )
    return people, uuid_of


def _transfers(session: Session | Connection, trip_id: int) -> tuple[TransferFact, ...]:
    """The trip's transfers with their travellers: two queries."""
    link = tables.transfer_traveller.c
    travellers: dict[int, list[str]] = {}
    for transfer_id, person_uuid in session.execute(
        select(link.transfer_id, _person.c.uuid)
        .select_from(tables.transfer_traveller)
        .join(_person, _person.c.id == link.person_id)
        .join(_transfer, _transfer.c.id == link.transfer_id)
        .where(_transfer.c.trip_id == trip_id)
        .order_by(link.transfer_id, link.position)
    ):
        travellers.setdefault(transfer_id, []).append(person_uuid)
    return tuple(
        TransferFact(
            uuid=t.uuid,
            title=queries.transfer_label(
                t.mode,
                t.carrier,
                t.number,
                transfer_ends.end_name(t.from_city, t.from_place),
                transfer_ends.end_name(t.to_city, t.to_place),
            ),
            carrier=t.carrier,
            number=t.number,
            origin=transfer_ends.end_name(t.from_city, t.from_place),
            destination=transfer_ends.end_name(t.to_city, t.to_place),
            mode=t.mode,
            depart=t.depart,
            depart_zone=t.depart_timezone,
            arrive=t.arrive,
            arrive_zone=t.arrive_timezone,
            from_stop_uuid=t.from_uuid,
            to_stop_uuid=t.to_uuid,
            traveller_uuids=tuple(travellers.get(t.id, ())),
        )
        for t in session.execute(trip_readers.transfers(trip_id, _transfer.c.id))
    )


def _meetings(
    session: Session | Connection, trip_id: int, uuid_of: dict[int, str]
) -> tuple[MeetingFact, ...]:
    """Meetings with their attendees (their roles and answers), branch venues and who signs
    there: five queries."""
    which = trip_readers.of_trip(trip_id)
    roles: dict[int, dict[str, str]] = {}
    answers: dict[int, dict[str, str]] = {}
    attendees, branch_attendees = trip_readers.attendee_uuids(
        session, which, uuid_of, roles, answers
    )
    signatories: dict[int, set[str]] = {}
    agreements: dict[int, str] = {}
    for meeting_id, title, person_id in session.execute(_signatories(trip_id)):
        agreements[meeting_id] = title
        # A signatory from the directory who is not one of the trip's people can have no
        # answer on the meeting, so there is nothing to check for them.
        uuid = uuid_of.get(person_id) if person_id is not None else None
        if uuid is not None:
            signatories.setdefault(meeting_id, set()).add(uuid)
    branches: dict[int, list[BranchFact]] = {}
    for b in session.execute(trip_readers.branches(which)):
        branches.setdefault(b.meeting_id, []).append(
            BranchFact(
                name=b.name,
                city=b.city,
                country=b.country,
                zone=b.timezone,
                attendee_uuids=tuple(branch_attendees.get(b.id, ())),
            )
        )

    return tuple(
        MeetingFact(
            uuid=m.uuid,
            title=m.title,
            status=m.status,
            stop_uuid=m.stop_uuid,
            zone=m.stop_zone,
            start=m.start,
            end=m.end,
            attendee_uuids=tuple(attendees.get(m.id, ())),
            branches=tuple(branches.get(m.id, ())),
            interpreter_uuids=frozenset(
                uuid for uuid, role in roles.get(m.id, {}).items() if role == INTERPRETER
            ),
            venue_city=m.venue_city,
            declined_uuids=tuple(
                uuid for uuid, answer in answers.get(m.id, {}).items() if answer == DECLINED
            ),
            signatory_uuids=frozenset(
                signatories.get(m.id, set())
                | {uuid for uuid, role in roles.get(m.id, {}).items() if role == SIGNATORY}
            ),
            agreement=agreements.get(m.id),
        )
        for m in session.execute(trip_readers.meetings(which, _meeting.c.venue_city))
    )


def _signatories(trip_id: int) -> Select[int, str, int | None]:
    """(meeting id, agreement title, person id) of who signs each agreement of the trip (not a
    cancelled one); the person None for an agreement nobody is named to sign."""
    agreement = tables.agreement
    signatory = tables.agreement_signatory
    a, s = agreement.c, signatory.c
    return (
        select(a.meeting_id, a.title, s.person_id)
        .select_from(agreement)
        .outerjoin(signatory, s.agreement_id == a.id)
        .join(_meeting, _meeting.c.id == a.meeting_id)
        .where(_meeting.c.trip_id == trip_id)
        .where(or_(a.status.is_(None), a.status != CANCELLED))
    )
