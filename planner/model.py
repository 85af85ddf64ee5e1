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
import uuid as uuidlib
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    declared_attr,
    mapped_column,
    relationship,
)
from sqlalchemy.types import TypeDecorator

from planner import names, vocab
from planner.gazetteer import airports

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An aware instant stored as UTC; naive datetimes are a programming error here."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r} cannot be stored as an instant")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class DecimalText(TypeDecorator[Decimal]):
    """A money amount kept exactly: SQLite has no decimal type and floats would round."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(Decimal(value))

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def _new_uuid() -> str:
    return str(uuidlib.uuid4())


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _enum_check(column: str, values: tuple[str, ...]) -> CheckConstraint:
    allowed = ", ".join(f"'{v}'" for v in values)
    return CheckConstraint(f"{column} IN ({allowed})", name=f"{column}_allowed")


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
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads it as a plain dict
        dt.datetime: UTCDateTime(),
        dt.date: Date(),
        str: String(),
        list[str]: JSON(),
        Decimal: DecimalText(),
    }


class Entity(Base):
    """Columns every user-visible object has: identity, a persistent UUID and a version."""

    __abstract__ = True

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=_new_uuid)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    modified: Mapped[dt.datetime] = mapped_column(default=_utcnow, onupdate=_utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes cls
        return {"version_id_col": cls.__table__.c.version}


# ---------------------------------------------------------------------------------------------
# Directory: organizations and people, shared by all trips of the store


class Organization(Entity):
    __tablename__ = "organization"
    __table_args__ = (_enum_check("kind", vocab.ORGANIZATION_KINDS),)

    name: Mapped[str] = mapped_column(Text)
    native_name: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None]
    city: Mapped[str | None]
    country: Mapped[str | None] = mapped_column(String(2))
    sector: Mapped[str | None]
    website: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)

    people: Mapped[list[Person]] = relationship(back_populates="organization")


class Person(Entity):
    __tablename__ = "person"

    family_name: Mapped[str] = mapped_column(Text)
    given_name: Mapped[str | None] = mapped_column(Text)
    native_name: Mapped[str | None] = mapped_column(Text)
    honorific: Mapped[str | None]
    position: Mapped[str | None] = mapped_column(Text)
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str | None]
    phone: Mapped[str | None]
    languages: Mapped[list[str]] = mapped_column(default=list)
    precedence: Mapped[int | None]
    """Kept for stores and older programs from before ranks were per trip (migration 0006
    copied it to every trip's link); this program neither reads nor writes it any more."""
    notes: Mapped[str | None] = mapped_column(Text)

    organization: Mapped[Organization | None] = relationship(back_populates="people")

    @property
    def display_name(self) -> str:
        """In the order of the person's culture: "Zhu Wei (朱伟)", "Sören Link"."""
        return names.display_name(self.family_name, self.given_name, self.native_name)


class PersonLink:
    """Mixin: one entry of an ordered list of people; the subclass adds its parent's key."""

    position: Mapped[int]

    @declared_attr
    def person_id(cls) -> Mapped[int]:  # noqa: N805 - a declared_attr takes cls
        return mapped_column(
            ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True
        )

    @declared_attr
    def person(cls) -> Mapped[Person]:  # noqa: N805
        return relationship(Person)


class OrganizationLink:
    """Mixin: one entry of an ordered list of organizations."""

    position: Mapped[int]

    @declared_attr
    def organization_id(cls) -> Mapped[int]:  # noqa: N805
        return mapped_column(
            ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True
        )

    @declared_attr
    def organization(cls) -> Mapped[Organization]:  # noqa: N805
        return relationship(Organization)


# ---------------------------------------------------------------------------------------------
# The trip and its itinerary


class Trip(Entity):
    __tablename__ = "trip"
    __table_args__ = (
        _enum_check("status", vocab.TRIP_STATUSES),
        _enum_check("classification", vocab.CLASSIFICATIONS),
        _enum_check("protocol_rules", vocab.PROTOCOL_RULES),
    )

    title: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(Text)
    organizer_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    home_timezone: Mapped[str]
    status: Mapped[str | None]
    classification: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    created: Mapped[dt.datetime] = mapped_column(default=_utcnow)
    protocol_rules: Mapped[str] = mapped_column(
        default=vocab.PROTOCOL_RULES[0], server_default=vocab.PROTOCOL_RULES[0]
    )
    """Which side is the place of honour in this trip's seating (:mod:`planner.protocol.rules`);
    an office chooses it per trip."""
    useful_numbers: Mapped[list[dict[str, str]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    """``{"label", "number"}`` in the user's order, numbers in E.164: the embassy, the
    liaison's driver, the interpreter agency, for the pack's contact sheet. A list in the row,
    as a meeting's talking points, because it is edited and shown only as a whole."""

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

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True
    )


class TripPerson(PersonLink, Base):
    """A person the trip involves, delegate or counterpart.

    A counterpart's side and rank belong to the trip, not to the person: the same mayor ranks
    first at home and third on another trip. A delegation member's rank is on its
    :class:`DelegationMember` row; ``side`` is then ignored (the member row decides)."""

    __tablename__ = "trip_person"
    __table_args__ = (_enum_check("side", vocab.COUNTERPART_SIDES),)

    trip_id: Mapped[int] = mapped_column(
        ForeignKey("trip.id", ondelete="CASCADE"), primary_key=True
    )
    side: Mapped[str] = mapped_column(default="host", server_default="host")
    precedence: Mapped[int | None]


class DelegationMember(Entity):
    __tablename__ = "delegation_member"
    __table_args__ = (
        UniqueConstraint("trip_id", "person_id"),
        _enum_check("role", vocab.DELEGATION_ROLES),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    role: Mapped[str]
    precedence: Mapped[int | None]
    position: Mapped[int]

    trip: Mapped[Trip] = relationship(back_populates="delegation")
    person: Mapped[Person] = relationship()


class Stop(Entity):
    """A place the delegation stays; ``arrive``/``depart`` are instants in ``timezone``."""

    __tablename__ = "stop"
    __table_args__ = (
        CheckConstraint("arrive IS NOT NULL OR depart IS NOT NULL", name="has_time"),
        CheckConstraint("arrive IS NULL OR depart IS NULL OR arrive <= depart", name="in_order"),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    city: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    region: Mapped[str | None] = mapped_column(String(6))
    timezone: Mapped[str]
    arrive: Mapped[dt.datetime | None]
    depart: Mapped[dt.datetime | None]
    lodging_name: Mapped[str | None] = mapped_column(Text)
    lodging_address: Mapped[str | None] = mapped_column(Text)
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
    __table_args__ = (_enum_check("mode", vocab.TRANSFER_MODES),)

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    from_stop_id: Mapped[int | None] = mapped_column(
        ForeignKey("stop.id", ondelete="CASCADE"), index=True
    )
    to_stop_id: Mapped[int | None] = mapped_column(
        ForeignKey("stop.id", ondelete="CASCADE"), index=True
    )
    mode: Mapped[str]
    carrier: Mapped[str | None]
    number: Mapped[str | None]
    depart: Mapped[dt.datetime]
    depart_timezone: Mapped[str]
    arrive: Mapped[dt.datetime]
    arrive_timezone: Mapped[str]
    reference: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    from_place: Mapped[str | None] = mapped_column(Text)
    to_place: Mapped[str | None] = mapped_column(Text)
    from_terminal: Mapped[str | None]
    to_terminal: Mapped[str | None]
    travel_class: Mapped[str | None]
    seat: Mapped[str | None]

    trip: Mapped[Trip] = relationship(back_populates="transfers")
    from_stop: Mapped[Stop | None] = relationship(foreign_keys=[from_stop_id])
    to_stop: Mapped[Stop | None] = relationship(foreign_keys=[to_stop_id])
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

    transfer_id: Mapped[int] = mapped_column(
        ForeignKey("transfer.id", ondelete="CASCADE"), primary_key=True
    )
    reference: Mapped[str | None]
    seat: Mapped[str | None]


def end_name(city: str | None, place: str | None) -> str:
    """A transfer's end as a line names it: its stop's city, else the airport's city and code
    ("Frankfurt am Main (FRA)"), else the place as written (a station); "" for neither."""
    if city:
        return city
    if not place:
        return ""
    airport = airports.lookup(place)
    return f"{airport.city} ({airport.code})" if airport is not None else place


def end_zone(stop_zone: str | None, place: str | None, home_timezone: str) -> str:
    """The zone a transfer's end is entered in: its airport's (the ticket's times are the
    airport's), else its stop's, else the trip's home zone (a station at home)."""
    airport = airports.lookup(place) if place else None
    if airport is not None and airport.timezone:
        return airport.timezone
    return stop_zone or home_timezone


class Meeting(Entity):
    __tablename__ = "meeting"
    __table_args__ = (
        _enum_check("kind", vocab.MEETING_KINDS),
        _enum_check("status", vocab.MEETING_STATUSES),
        CheckConstraint('start < "end"', name="in_order"),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    stop_id: Mapped[int] = mapped_column(ForeignKey("stop.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None]
    status: Mapped[str | None]
    start: Mapped[dt.datetime] = mapped_column(index=True)
    end: Mapped[dt.datetime]
    timezone: Mapped[str]
    venue_name: Mapped[str | None] = mapped_column(Text)
    venue_address: Mapped[str | None] = mapped_column(Text)
    venue_city: Mapped[str | None] = mapped_column(Text)
    """Where the venue is when not in the stop's city (a visit from Frankfurt to
    Ludwigshafen); None means the stop's city. :attr:`place` is the one to show."""
    online_url: Mapped[str | None] = mapped_column(Text)
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    objectives: Mapped[str | None] = mapped_column(Text)
    talking_points: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str | None] = mapped_column(Text)
    private_notes: Mapped[str | None] = mapped_column(Text)

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

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )


class MeetingAttendee(PersonLink, Base):
    __tablename__ = "meeting_attendee"
    __table_args__ = (
        _enum_check("role", vocab.ATTENDEE_ROLES),
        _enum_check("answer", vocab.ATTENDEE_ANSWERS),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(default="participant", server_default="participant")
    answer: Mapped[str | None]
    """The attendee's reply to the invitation; None until they answer (needs action)."""
    answered: Mapped[dt.datetime | None]
    """When they answered (the reply's DTSTAMP), to keep the newest of several replies."""


# ---------------------------------------------------------------------------------------------
# Signings, hybrid venues and protocol (the trip file carries them; their UI is a later issue)


class BranchVenue(Entity):
    """The same meeting at the same instant, joined from another place and zone."""

    __tablename__ = "branch_venue"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    country: Mapped[str] = mapped_column(String(2))
    timezone: Mapped[str]
    address: Mapped[str | None] = mapped_column(Text)
    online_url: Mapped[str | None] = mapped_column(Text)
    host_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )

    meeting: Mapped[Meeting] = relationship(back_populates="branch_venues")
    host: Mapped[Organization | None] = relationship()
    attendee_links: Mapped[list[BranchAttendee]] = _ordered("BranchAttendee")


class BranchAttendee(PersonLink, Base):
    __tablename__ = "branch_attendee"

    branch_venue_id: Mapped[int] = mapped_column(
        ForeignKey("branch_venue.id", ondelete="CASCADE"), primary_key=True
    )


class Agreement(Entity):
    __tablename__ = "agreement"
    __table_args__ = (
        _enum_check("kind", vocab.AGREEMENT_KINDS),
        _enum_check("status", vocab.AGREEMENT_STATUSES),
    )

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None]
    languages: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agreement")
    party_links: Mapped[list[AgreementParty]] = _ordered("AgreementParty")
    signatory_links: Mapped[list[AgreementSignatory]] = _ordered("AgreementSignatory")


class AgreementParty(OrganizationLink, Base):
    __tablename__ = "agreement_party"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True
    )


class AgreementSignatory(PersonLink, Base):
    __tablename__ = "agreement_signatory"

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("agreement.id", ondelete="CASCADE"), primary_key=True
    )


class FollowUp(Entity):
    __tablename__ = "follow_up"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[dt.date | None]
    owner_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    done: Mapped[bool | None]

    meeting: Mapped[Meeting] = relationship(back_populates="follow_ups")
    owner: Mapped[Person | None] = relationship()


class Gift(Entity):
    """A gift exchanged at a meeting; giver and receiver are each a person or an organization."""

    __tablename__ = "gift"
    __table_args__ = (
        _enum_check("direction", vocab.GIFT_DIRECTIONS),
        CheckConstraint("from_person_id IS NULL OR from_organization_id IS NULL", name="one_giver"),
        CheckConstraint("to_person_id IS NULL OR to_organization_id IS NULL", name="one_receiver"),
    )

    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str]
    description: Mapped[str] = mapped_column(Text)
    from_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    from_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    to_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    to_organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    value: Mapped[Decimal | None]
    currency: Mapped[str | None] = mapped_column(String(3))

    trip: Mapped[Trip] = relationship(back_populates="gifts")
    meeting: Mapped[Meeting] = relationship()
    from_person: Mapped[Person | None] = relationship(foreign_keys=[from_person_id])
    from_organization: Mapped[Organization | None] = relationship(
        foreign_keys=[from_organization_id]
    )
    to_person: Mapped[Person | None] = relationship(foreign_keys=[to_person_id])
    to_organization: Mapped[Organization | None] = relationship(foreign_keys=[to_organization_id])


# ---------------------------------------------------------------------------------------------
# Calendars: what was exported, and which events came from other calendars

CALENDAR_EDITIONS = ("external", "internal")


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
    __table_args__ = (
        UniqueConstraint("trip_id", "audience", "edition", "uid"),
        _enum_check("edition", CALENDAR_EDITIONS),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    audience: Mapped[str] = mapped_column(String(36))
    edition: Mapped[str]
    uid: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int]
    last_modified: Mapped[dt.datetime]
    summary: Mapped[str] = mapped_column(Text)
    start: Mapped[dt.datetime]
    end: Mapped[dt.datetime]
    start_timezone: Mapped[str]
    end_timezone: Mapped[str]
    all_day: Mapped[bool] = mapped_column(default=False)
    removed: Mapped[bool] = mapped_column(default=False)


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
    __table_args__ = (UniqueConstraint("trip_id", "uid", "recurrence"),)

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True
    )
    trip_id: Mapped[int] = mapped_column(ForeignKey("trip.id", ondelete="CASCADE"), index=True)
    uid: Mapped[str] = mapped_column(Text)
    recurrence: Mapped[str] = mapped_column(String(20), default="")
    sequence: Mapped[int] = mapped_column(default=0)


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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=_utcnow)
    who: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(40))
    trip_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    object_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    label: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[list[str]] = mapped_column(default=list)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
