"""The domain model: SQLAlchemy 2.0 typed entities for one office's trips and contacts.

Why it looks the way it does:

- Every entity carries a persistent ``uuid`` (calendar UIDs and later a shared store depend on
  it) and a ``version`` counter used as ``version_id_col``, so that two edits of the same row are
  detected instead of silently overwriting each other.
- Instants are kept in UTC (:class:`UTCDateTime` refuses naive datetimes) next to the IANA zone
  they were entered in, so a meeting keeps its local wall time even if the stop's zone changes
  later, and the instant stays right across clock changes.
- People and organizations form an office-wide directory; a trip links the ones it involves
  (``TripPerson``/``TripOrganization``) in the order the user gave them.
- List-valued links (attendees, a meeting's organizations, parties, ...) are association rows
  with a ``position``, because the order in which a protocol office lists people is meaningful.
- Every committed change leaves a :class:`ChangeLog` row (written by :mod:`planner.history`),
  which is both the store's history and what an open window polls to see colleagues' changes.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import FromClause
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, relationship

from planner import names, tables

# Named here too, as the modules that use them always have.
from planner.tables import CALENDAR_EDITIONS as CALENDAR_EDITIONS  # noqa: PLC0414
from planner.tables import NAMING_CONVENTION as NAMING_CONVENTION  # noqa: PLC0414
from planner.tables import DecimalText as DecimalText  # noqa: PLC0414
from planner.tables import UTCDateTime as UTCDateTime  # noqa: PLC0414
from planner.transfer_ends import end_name as end_name  # noqa: PLC0414
from planner.transfer_ends import end_zone as end_zone  # noqa: PLC0414


def _ordered(target: str, back_populates: str | None = None) -> Any:
    """A list of children kept in the user's order by their ``position`` column."""
    return relationship(
        target,
        back_populates=back_populates,
        order_by=f"{target}.position",
        collection_class=ordering_list("position"),
        cascade="all, delete-orphan",
    )


class Base(DeclarativeBase):
    """Each class is mapped onto its table of :mod:`planner.tables` (``__table__``, typed as
    the declarative base types it, so that code naming ``Trip.__table__`` reads as before);
    the annotations below type the columns the table defines."""

    metadata = tables.metadata


class Entity(Base):
    """Columns every user-visible object has: identity, a persistent UUID and a version."""

    __abstract__ = True

    id: Mapped[int]
    uuid: Mapped[str]
    version: Mapped[int]
    modified: Mapped[dt.datetime]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes cls
        return {"version_id_col": cls.__table__.c.version}


# ---------------------------------------------------------------------------------------------
# Directory: organizations and people, shared by all trips of the store


class Organization(Entity):
    __tablename__ = "organization"
    __table__: ClassVar[FromClause] = tables.organization

    name: Mapped[str]
    native_name: Mapped[str | None]
    kind: Mapped[str | None]
    city: Mapped[str | None]
    country: Mapped[str | None]
    sector: Mapped[str | None]
    website: Mapped[str | None]
    notes: Mapped[str | None]

    people: Mapped[list[Person]] = relationship(back_populates="organization")


class Person(Entity):
    __tablename__ = "person"
    __table__: ClassVar[FromClause] = tables.person

    family_name: Mapped[str]
    given_name: Mapped[str | None]
    native_name: Mapped[str | None]
    honorific: Mapped[str | None]
    position: Mapped[str | None]
    organization_id: Mapped[int | None]
    email: Mapped[str | None]
    phone: Mapped[str | None]
    languages: Mapped[list[str]]
    precedence: Mapped[int | None]
    """Kept for stores and older programs from before ranks were per trip (migration 0006
    copied it to every trip's link); this program neither reads nor writes it any more."""
    notes: Mapped[str | None]
    documents: Mapped[str | None]
    """The travel documents, encrypted (:mod:`planner.document_crypto`); read and written
    through :mod:`planner.document_reading`, never shown as it is."""

    organization: Mapped[Organization | None] = relationship(back_populates="people")

    @property
    def display_name(self) -> str:
        """In the order of the person's culture: "Zhu Wei (朱伟)", "Sören Link"."""
        return names.display_name(self.family_name, self.given_name, self.native_name)


class PersonLink:
    """Mixin: one entry of an ordered list of people; the subclass adds its parent's key."""

    position: Mapped[int]

    person_id: Mapped[int]

    @declared_attr
    def person(cls) -> Mapped[Person]:  # noqa: N805
        return relationship(Person)


class OrganizationLink:
    """Mixin: one entry of an ordered list of organizations."""

    position: Mapped[int]

    organization_id: Mapped[int]

    @declared_attr
    def organization(cls) -> Mapped[Organization]:  # noqa: N805
        return relationship(Organization)


# ---------------------------------------------------------------------------------------------
# The trip and its itinerary


class Trip(Entity):
    __tablename__ = "trip"
    __table__: ClassVar[FromClause] = tables.trip

    title: Mapped[str]
    purpose: Mapped[str | None]
    organizer_id: Mapped[int | None]
    home_timezone: Mapped[str]
    status: Mapped[str | None]
    classification: Mapped[str | None]
    notes: Mapped[str | None]
    created: Mapped[dt.datetime]
    protocol_rules: Mapped[str]
    """Which side is the place of honour in this trip's seating (:mod:`planner.protocol.rules`);
    an office chooses it per trip."""
    useful_numbers: Mapped[list[dict[str, str]]]
    """``{"label", "number"}`` in the user's order, numbers in E.164: the embassy, the
    liaison's driver, the interpreter agency, for the pack's contact sheet. A list in the row,
    as a meeting's talking points, because it is edited and shown only as a whole."""
    direction: Mapped[str]
    """A visit made (``outbound``) or received (``inbound``): the documents' titles name it
    (``vocab.TRIP_DIRECTIONS``)."""
    invitation_purpose: Mapped[str | None]
    invitation_costs: Mapped[str | None]
    invitation_issued: Mapped[dt.date | None]
    """The invitation letter's details (``travel_documents.InvitationDetails``)."""

    organizer: Mapped[Organization | None] = relationship()
    organization_links: Mapped[list[TripOrganization]] = _ordered("TripOrganization")
    people_links: Mapped[list[TripPerson]] = _ordered("TripPerson")
    delegation: Mapped[list[DelegationMember]] = _ordered("DelegationMember", back_populates="trip")
    stops: Mapped[list[Stop]] = _ordered("Stop", back_populates="trip")
    transfers: Mapped[list[Transfer]] = _ordered("Transfer", back_populates="trip")
    meetings: Mapped[list[Meeting]] = _ordered("Meeting", back_populates="trip")
    gifts: Mapped[list[Gift]] = _ordered("Gift", back_populates="trip")


class TripOrganization(OrganizationLink, Base):
    """An organization the trip involves (the trip's own contacts list)."""

    __tablename__ = "trip_organization"
    __table__: ClassVar[FromClause] = tables.trip_organization

    trip_id: Mapped[int]


class TripPerson(PersonLink, Base):
    """A person the trip involves, delegate or counterpart.

    A counterpart's side and rank belong to the trip, not to the person: the same mayor ranks
    first at home and third on another trip. A delegation member's rank is on its
    :class:`DelegationMember` row; ``side`` is then ignored (the member row decides)."""

    __tablename__ = "trip_person"
    __table__: ClassVar[FromClause] = tables.trip_person

    trip_id: Mapped[int]
    side: Mapped[str]
    precedence: Mapped[int | None]


class DelegationMember(Entity):
    __tablename__ = "delegation_member"
    __table__: ClassVar[FromClause] = tables.delegation_member

    trip_id: Mapped[int]
    person_id: Mapped[int]
    role: Mapped[str]
    precedence: Mapped[int | None]
    position: Mapped[int]

    trip: Mapped[Trip] = relationship(back_populates="delegation")
    person: Mapped[Person] = relationship()


class Stop(Entity):
    """A place the delegation stays; ``arrive``/``depart`` are instants in ``timezone``."""

    __tablename__ = "stop"
    __table__: ClassVar[FromClause] = tables.stop

    trip_id: Mapped[int]
    position: Mapped[int]
    city: Mapped[str]
    country: Mapped[str]
    region: Mapped[str | None]
    timezone: Mapped[str]
    arrive: Mapped[dt.datetime | None]
    depart: Mapped[dt.datetime | None]
    lodging_name: Mapped[str | None]
    lodging_address: Mapped[str | None]
    lodging_confirmation: Mapped[str | None]
    lodging_phone: Mapped[str | None]

    trip: Mapped[Trip] = relationship(back_populates="stops")

    @property
    def has_lodging(self) -> bool:
        return any(
            (self.lodging_name, self.lodging_address, self.lodging_confirmation, self.lodging_phone)
        )


class Transfer(Entity):
    """Travel between two stops, or between home and a stop (the trip's first and last legs:
    no from-stop or no to-stop); each end keeps the zone it was entered in.

    ``from_place``/``to_place`` name the airport (an IATA or ICAO code) or the station as the
    booking does; an end without a stop is known by its place alone. ``reference`` is a group
    booking's; a traveller's own booking is on their :class:`TransferTraveller` row. No
    travellers means the whole delegation travels.
    """

    __tablename__ = "transfer"
    __table__: ClassVar[FromClause] = tables.transfer

    trip_id: Mapped[int]
    position: Mapped[int]
    from_stop_id: Mapped[int | None]
    to_stop_id: Mapped[int | None]
    mode: Mapped[str]
    carrier: Mapped[str | None]
    number: Mapped[str | None]
    depart: Mapped[dt.datetime]
    depart_timezone: Mapped[str]
    arrive: Mapped[dt.datetime]
    arrive_timezone: Mapped[str]
    reference: Mapped[str | None]
    notes: Mapped[str | None]
    from_place: Mapped[str | None]
    to_place: Mapped[str | None]
    from_terminal: Mapped[str | None]
    to_terminal: Mapped[str | None]
    travel_class: Mapped[str | None]
    seat: Mapped[str | None]

    trip: Mapped[Trip] = relationship(back_populates="transfers")
    from_stop: Mapped[Stop | None] = relationship(foreign_keys=[tables.transfer.c.from_stop_id])
    to_stop: Mapped[Stop | None] = relationship(foreign_keys=[tables.transfer.c.to_stop_id])
    traveller_links: Mapped[list[TransferTraveller]] = _ordered("TransferTraveller")

    @property
    def origin(self) -> str:
        """Where the leg starts, as a line shows it: the stop's city, else the place."""
        return end_name(self.from_stop.city if self.from_stop else None, self.from_place)

    @property
    def destination(self) -> str:
        return end_name(self.to_stop.city if self.to_stop else None, self.to_place)


class TransferTraveller(PersonLink, Base):
    """One person on a transfer, with the booking reference and seat of their own ticket."""

    __tablename__ = "transfer_traveller"
    __table__: ClassVar[FromClause] = tables.transfer_traveller

    transfer_id: Mapped[int]
    reference: Mapped[str | None]
    seat: Mapped[str | None]


class Meeting(Entity):
    __tablename__ = "meeting"
    __table__: ClassVar[FromClause] = tables.meeting

    trip_id: Mapped[int]
    position: Mapped[int]
    stop_id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[str | None]
    status: Mapped[str | None]
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    timezone: Mapped[str]
    venue_name: Mapped[str | None]
    venue_address: Mapped[str | None]
    venue_city: Mapped[str | None]
    """Where the venue is when not in the stop's city (a visit from Frankfurt to
    Ludwigshafen); None means the stop's city. :attr:`place` is the one to show."""
    online_url: Mapped[str | None]
    host_id: Mapped[int | None]
    objectives: Mapped[str | None]
    talking_points: Mapped[list[str]]
    notes: Mapped[str | None]
    private_notes: Mapped[str | None]

    trip: Mapped[Trip] = relationship(back_populates="meetings")
    stop: Mapped[Stop] = relationship()
    host: Mapped[Organization | None] = relationship()
    organization_links: Mapped[list[MeetingOrganization]] = _ordered("MeetingOrganization")
    attendee_links: Mapped[list[MeetingAttendee]] = _ordered("MeetingAttendee")
    branch_venues: Mapped[list[BranchVenue]] = _ordered("BranchVenue", back_populates="meeting")
    agreement: Mapped[Agreement | None] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = _ordered("FollowUp", back_populates="meeting")

    @property
    def organizations(self) -> list[Organization]:
        return [link.organization for link in self.organization_links]

    @property
    def attendees(self) -> list[Person]:
        return [link.person for link in self.attendee_links]

    @property
    def place(self) -> str:
        """The city the venue is in: its own, else the stop's."""
        return self.venue_city or self.stop.city


class MeetingOrganization(OrganizationLink, Base):
    __tablename__ = "meeting_organization"
    __table__: ClassVar[FromClause] = tables.meeting_organization

    meeting_id: Mapped[int]


class MeetingAttendee(PersonLink, Base):
    __tablename__ = "meeting_attendee"
    __table__: ClassVar[FromClause] = tables.meeting_attendee

    meeting_id: Mapped[int]
    role: Mapped[str]
    answer: Mapped[str | None]
    """The attendee's reply to the invitation; None until they answer (needs action)."""
    answered: Mapped[dt.datetime | None]
    """When they answered (the reply's DTSTAMP), to keep the newest of several replies."""


# ---------------------------------------------------------------------------------------------
# Signings, hybrid venues and protocol (the trip file carries them; their UI is a later issue)


class BranchVenue(Entity):
    """The same meeting at the same instant, joined from another place and zone."""

    __tablename__ = "branch_venue"
    __table__: ClassVar[FromClause] = tables.branch_venue

    meeting_id: Mapped[int]
    position: Mapped[int]
    name: Mapped[str]
    city: Mapped[str]
    country: Mapped[str]
    timezone: Mapped[str]
    address: Mapped[str | None]
    online_url: Mapped[str | None]
    host_id: Mapped[int | None]

    meeting: Mapped[Meeting] = relationship(back_populates="branch_venues")
    host: Mapped[Organization | None] = relationship()
    attendee_links: Mapped[list[BranchAttendee]] = _ordered("BranchAttendee")


class BranchAttendee(PersonLink, Base):
    __tablename__ = "branch_attendee"
    __table__: ClassVar[FromClause] = tables.branch_attendee

    branch_venue_id: Mapped[int]


class Agreement(Entity):
    __tablename__ = "agreement"
    __table__: ClassVar[FromClause] = tables.agreement

    meeting_id: Mapped[int]
    title: Mapped[str]
    kind: Mapped[str | None]
    languages: Mapped[list[str]]
    status: Mapped[str | None]
    notes: Mapped[str | None]

    meeting: Mapped[Meeting] = relationship(back_populates="agreement")
    party_links: Mapped[list[AgreementParty]] = _ordered("AgreementParty")
    signatory_links: Mapped[list[AgreementSignatory]] = _ordered("AgreementSignatory")


class AgreementParty(OrganizationLink, Base):
    __tablename__ = "agreement_party"
    __table__: ClassVar[FromClause] = tables.agreement_party

    agreement_id: Mapped[int]


class AgreementSignatory(PersonLink, Base):
    __tablename__ = "agreement_signatory"
    __table__: ClassVar[FromClause] = tables.agreement_signatory

    agreement_id: Mapped[int]


class FollowUp(Entity):
    __tablename__ = "follow_up"
    __table__: ClassVar[FromClause] = tables.follow_up

    meeting_id: Mapped[int]
    position: Mapped[int]
    title: Mapped[str]
    due: Mapped[dt.date | None]
    owner_id: Mapped[int | None]
    done: Mapped[bool | None]

    meeting: Mapped[Meeting] = relationship(back_populates="follow_ups")
    owner: Mapped[Person | None] = relationship()


class Gift(Entity):
    """A gift exchanged at a meeting; giver and receiver are each a person or an organization."""

    __tablename__ = "gift"
    __table__: ClassVar[FromClause] = tables.gift

    trip_id: Mapped[int]
    position: Mapped[int]
    meeting_id: Mapped[int]
    direction: Mapped[str]
    description: Mapped[str]
    from_person_id: Mapped[int | None]
    from_organization_id: Mapped[int | None]
    to_person_id: Mapped[int | None]
    to_organization_id: Mapped[int | None]
    value: Mapped[Decimal | None]
    currency: Mapped[str | None]

    trip: Mapped[Trip] = relationship(back_populates="gifts")
    meeting: Mapped[Meeting] = relationship()
    from_person: Mapped[Person | None] = relationship(foreign_keys=[tables.gift.c.from_person_id])
    from_organization: Mapped[Organization | None] = relationship(
        foreign_keys=[tables.gift.c.from_organization_id]
    )
    to_person: Mapped[Person | None] = relationship(foreign_keys=[tables.gift.c.to_person_id])
    to_organization: Mapped[Organization | None] = relationship(
        foreign_keys=[tables.gift.c.to_organization_id]
    )


# ---------------------------------------------------------------------------------------------
# Calendars: what was exported, and which events came from other calendars


class CalendarExport(Base):
    """What one calendar of a trip last said about one event, so the next export can tell
    clients what changed.

    A calendar is the trip's (``audience`` '') or one person's (their UUID), in one edition.
    ``content_hash`` covers everything the event says except its stamps; when it changes,
    ``sequence`` goes up and ``last_modified`` becomes the time of that export, which is also
    the event's DTSTAMP, so that exporting unchanged data gives the same bytes. The summary
    and times are kept so that an event whose meeting was deleted, or that left this calendar,
    can still be written once more as cancelled (``removed``). Bookkeeping, not a user object:
    no UUID or version.
    """

    __tablename__ = "calendar_export"
    __table__: ClassVar[FromClause] = tables.calendar_export

    id: Mapped[int]
    trip_id: Mapped[int]
    audience: Mapped[str]
    edition: Mapped[str]
    uid: Mapped[str]
    content_hash: Mapped[str]
    sequence: Mapped[int]
    last_modified: Mapped[dt.datetime]
    summary: Mapped[str]
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    start_timezone: Mapped[str]
    end_timezone: Mapped[str]
    all_day: Mapped[bool]
    removed: Mapped[bool]


class CalendarLink(Base):
    """The event of another calendar (an invitation, an Outlook or Google export) that a meeting
    was imported from.

    Importing the same event again updates the meeting instead of adding a second one, and an
    export gives the meeting the event's UID (with at least its SEQUENCE), so that a calendar
    holding the invitation updates it rather than showing it twice. An occurrence of a
    recurring event is told apart by ``recurrence`` (its original start in UTC, '' for a
    single event).
    """

    __tablename__ = "calendar_link"
    __table__: ClassVar[FromClause] = tables.calendar_link

    meeting_id: Mapped[int]
    trip_id: Mapped[int]
    uid: Mapped[str]
    recurrence: Mapped[str]
    sequence: Mapped[int]


# ---------------------------------------------------------------------------------------------
# History: who changed what, and when


class ChangeLog(Base):
    """One committed change of one object, or one bulk change (an import, a merge).

    Written in the transaction of the change by :mod:`planner.history`. No foreign keys: the
    history of a trip or a person outlives them. ``label`` is what the object was called then
    (a meeting's title), for a history to read without the object; an erasure clears the
    labels of the erased person's entries. ``origin`` names the open store (one program's
    connection) that made the change, so that a window reloads for colleagues' changes only.
    ``fields`` are the record fields that changed; ``changes`` holds the old and new value of
    those a history shows as "Title: Talks → Talks with Siemens" (see
    :func:`planner.history.values_of`): never a person's data, a private note or a booking
    reference, and texts cut short; an erasure clears them where they named the person.
    """

    __tablename__ = "change_log"
    __table__: ClassVar[FromClause] = tables.change_log

    id: Mapped[int]
    at: Mapped[dt.datetime]
    who: Mapped[str]
    origin: Mapped[str]
    action: Mapped[str]
    table_name: Mapped[str]
    trip_uuid: Mapped[str | None]
    object_uuid: Mapped[str | None]
    label: Mapped[str | None]
    fields: Mapped[list[str]]
    changes: Mapped[dict[str, Any] | None]
