"""Read-only views of one trip for the workspace tables: meetings, itinerary and contacts.

The window's tables show many rows and are refreshed after every edit, so they do not walk
ORM objects: each function here selects just the columns a table shows, in a fixed number of
queries whatever the size of the trip, and returns frozen rows of plain values that stay
valid after the session has closed. Instants are aware UTC datetimes; each row carries the
zone its times are shown in, and the local day is computed once here, not on every repaint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from planner import localtime, tables, transfer_ends, trip_readers
from planner.errors import NotFound
from planner.names import display_name, latin_name

if TYPE_CHECKING:  # imported by the window, which reads without the ORM until an edit
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

STOP = "stop"
TRANSFER = "transfer"


@dataclass(frozen=True)
class BranchRow:
    """A branch venue of a hybrid meeting: the same meeting at the same instant, joined from
    another city, whose local time is shown in ``timezone``."""

    name: str
    city: str
    country: str
    timezone: str
    uuid: str = field(default="", compare=False)
    """Which branch venue it is, for an editor; rows compare by what they show."""


@dataclass(frozen=True)
class MeetingRow:
    """One meeting as the meetings table shows it; times in the zone of its stop."""

    uuid: str
    title: str
    kind: str | None
    status: str | None
    stop_uuid: str
    stop_city: str
    timezone: str
    start: dt.datetime
    end: dt.datetime
    local_day: dt.date
    venue_name: str | None
    host: str | None
    attendee_uuids: tuple[str, ...] = ()
    attendee_names: tuple[str, ...] = ()
    branches: tuple[BranchRow, ...] = ()
    """The branch venues in the user's order; a meeting with any is hybrid."""
    venue_city: str | None = None
    """The venue's own city, when it is not the stop's."""
    attendee_answers: tuple[str | None, ...] = ()
    """Each attendee's answer to the invitation, in the order of ``attendee_uuids`` (None:
    not answered yet)."""

    @property
    def venue(self) -> str | None:
        """The venue as a line shows it: its name, and its city when that is not the stop's
        (which the stop column already names)."""
        return ", ".join(p for p in (self.venue_name, self.venue_city) if p) or None

    @property
    def attendee_count(self) -> int:
        return len(self.attendee_uuids)

    @property
    def answers(self) -> tuple[str | None, ...]:
        """``attendee_answers``, one for each attendee (a row made without them: None)."""
        missing = len(self.attendee_names) - len(self.attendee_answers)
        return self.attendee_answers + (None,) * missing

    def answered(self, answer: str) -> tuple[str, ...]:
        """The names of the attendees who gave ``answer`` (``declined``...), in order."""
        pairs = zip(self.attendee_names, self.answers, strict=True)
        return tuple(name for name, given in pairs if given == answer)

    @property
    def cancelled(self) -> bool:
        return self.status == "cancelled"


@dataclass(frozen=True)
class ItineraryRow:
    """A stop, or a transfer between stops.

    For a stop, ``arrive``/``depart`` are its own instants (either may be missing at the ends
    of a trip) and both zones are the stop's. For a transfer, ``depart`` is in
    ``depart_zone`` (the stop it leaves) and ``arrive`` in ``arrive_zone`` (the stop it
    reaches). ``label`` is the city, or a plain English description of the transfer; a
    translated UI builds its own from ``mode``, ``carrier``, ``number`` and the cities.
    """

    kind: str
    uuid: str
    label: str
    depart_zone: str
    arrive_zone: str
    arrive: dt.datetime | None
    depart: dt.datetime | None
    city: str
    country: str | None = None
    lodging_name: str | None = None
    mode: str | None = None
    carrier: str | None = None
    number: str | None = None
    to_city: str | None = None
    from_stop_uuid: str | None = None
    """None for a transfer from home (the trip's first leg)."""
    to_stop_uuid: str | None = None
    """None for a transfer back home."""
    from_place: str | None = None
    to_place: str | None = None
    from_terminal: str | None = None
    to_terminal: str | None = None
    travel_class: str | None = None
    seat: str | None = None

    @property
    def is_stop(self) -> bool:
        return self.kind == STOP


@dataclass(frozen=True)
class PersonRow:
    uuid: str
    display_name: str
    name: str
    native_name: str | None
    honorific: str | None
    organization_uuid: str | None
    organization_name: str | None
    position: str | None
    email: str | None
    phone: str | None
    languages: tuple[str, ...]
    role: str | None
    """The person's role in this trip's delegation, or None for a counterpart."""
    side: str = "host"
    """``delegation`` for a member, else the counterpart's side in this trip (``host``,
    ``third-party``): :data:`planner.vocab.TRIP_SIDES`."""
    rank: int | None = None
    """The rank in this trip within that side (a member's in the delegation); None: unranked."""


@dataclass(frozen=True)
class OrganizationRow:
    uuid: str
    name: str
    native_name: str | None
    kind: str | None
    city: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class ContactRows:
    """The trip's contacts list, people and organizations each in the user's order."""

    people: tuple[PersonRow, ...] = ()
    organizations: tuple[OrganizationRow, ...] = ()


def trip_header(session: Session | Connection, trip_uuid: str) -> Any:
    """The trip's ``id``, ``title``, ``home_timezone``, ``protocol_rules`` and ``direction``
    (one row); :class:`NotFound` when it no longer exists."""
    trip = tables.trip.c  # the table: a mapped class would configure every mapper
    found = session.execute(
        select(trip.id, trip.title, trip.home_timezone, trip.protocol_rules, trip.direction).where(
            trip.uuid == trip_uuid
        )
    ).one_or_none()
    if found is None:
        raise NotFound(f"the trip {trip_uuid} no longer exists")
    return found


def trip_id_and_home(session: Session, trip_uuid: str) -> tuple[int, str]:
    """The trip's id and home zone; :class:`NotFound` when it no longer exists."""
    found = trip_header(session, trip_uuid)
    return found.id, found.home_timezone


def home_timezone(session: Session, trip_uuid: str) -> str:
    return trip_id_and_home(session, trip_uuid)[1]


def meeting_stop_uuid(session: Session, meeting_uuid: str) -> str | None:
    """The UUID of the stop a meeting is at (None when no meeting has that UUID, say a
    transfer's): the clock asks on every selection, in one query, not through the meeting's
    whole record with its attendees and organizations."""
    stop, meeting = tables.stop, tables.meeting
    return session.scalar(
        select(stop.c.uuid)
        .join(meeting, meeting.c.stop_id == stop.c.id)
        .where(meeting.c.uuid == meeting_uuid)
    )


def meeting_rows(session: Session, trip_uuid: str) -> list[MeetingRow]:
    """The trip's meetings by start instant (then by the user's order); four queries.

    The schedule reads every meeting of the trip on each change, so the rows are read as Core
    rows over the session's connection (the ORM's result machinery cost more than the SQL),
    each attendee is named once however many meetings they attend, and each stop's zone is
    looked up once."""
    trip_id, _home = trip_id_and_home(session, trip_uuid)
    which = trip_readers.of_trip(trip_id)
    connection = session.connection()
    attendees: dict[int, tuple[list[str], list[str], list[str | None]]] = {}
    named: dict[str, str] = {}  # a few dozen people attend a thousand meetings
    for meeting_id, _person, uuid, family, given, native, answer in connection.execute(
        trip_readers.attendees(which, *trip_readers.NAMES, tables.meeting_attendee.c.answer)
    ).all():
        name = named.get(uuid)
        if name is None:
            name = named[uuid] = display_name(family, given, native)
        uuids, names, answers = attendees.setdefault(meeting_id, ([], [], []))
        uuids.append(uuid)
        names.append(name)
        answers.append(answer)
    branches: dict[int, list[BranchRow]] = {}
    for b in connection.execute(trip_readers.branches(which)).all():
        branches.setdefault(b.meeting_id, []).append(
            BranchRow(b.name, b.city, b.country, b.timezone, b.uuid)
        )

    nobody: tuple[list[str], list[str], list[str | None]] = ([], [], [])
    zones: dict[str, Any] = {}
    rows = []
    # Unpacked by position (the order of trip_readers.meetings): faster than a Row's names.
    for (
        meeting_id,
        uuid,
        title,
        kind,
        status,
        start,
        end,
        stop_uuid,
        stop_city,
        stop_zone,
        host,
        venue_name,
        venue_city,
    ) in connection.execute(
        trip_readers.meetings(which, tables.meeting.c.venue_name, tables.meeting.c.venue_city)
    ).all():
        zone = zones.get(stop_zone)
        if zone is None:
            zone = zones[stop_zone] = localtime.zone(stop_zone)
        uuids, names, answers = attendees.get(meeting_id, nobody)
        rows.append(
            MeetingRow(
                uuid=uuid,
                title=title,
                kind=kind,
                status=status,
                stop_uuid=stop_uuid,
                stop_city=stop_city,
                timezone=stop_zone,
                start=start,
                end=end,
                local_day=start.astimezone(zone).date(),
                venue_name=venue_name,
                venue_city=venue_city,
                host=host,
                attendee_uuids=tuple(uuids),
                attendee_names=tuple(names),
                branches=tuple(branches.get(meeting_id, ())),
                attendee_answers=tuple(answers),
            )
        )
    return rows


def itinerary_rows(session: Session, trip_uuid: str) -> list[ItineraryRow]:
    """Stops in the trip's order, each followed by the transfers leaving it (by departure).

    A transfer appears exactly once: after its stop of departure, so between it and the next
    stop; a leg from home (no stop of departure) just before the stop it reaches, and one with
    neither stop first. Three queries.
    """
    from planner import model  # noqa: PLC0415 - the ORM only where a table's panel reads it

    trip_id, _home = trip_id_and_home(session, trip_uuid)
    stops = session.execute(trip_readers.stops(trip_id)).all()
    columns = model.Transfer
    transfers = session.execute(
        trip_readers.transfers(
            trip_id,
            columns.to_stop_id,
            columns.from_terminal,
            columns.to_terminal,
            columns.travel_class,
            columns.seat,
        )
    )
    leaving: dict[int | None, list[ItineraryRow]] = {}
    reaching: dict[int | None, list[ItineraryRow]] = {}
    for t in transfers:
        origin = transfer_ends.end_name(t.from_city, t.from_place)
        destination = transfer_ends.end_name(t.to_city, t.to_place)
        row = ItineraryRow(
            kind=TRANSFER,
            uuid=t.uuid,
            label=transfer_label(t.mode, t.carrier, t.number, origin, destination),
            depart_zone=t.depart_timezone,
            arrive_zone=t.arrive_timezone,
            arrive=t.arrive,
            depart=t.depart,
            city=origin,
            mode=t.mode,
            carrier=t.carrier,
            number=t.number,
            to_city=destination,
            from_stop_uuid=t.from_uuid,
            to_stop_uuid=t.to_uuid,
            from_place=t.from_place,
            to_place=t.to_place,
            from_terminal=t.from_terminal,
            to_terminal=t.to_terminal,
            travel_class=t.travel_class,
            seat=t.seat,
        )
        if t.from_stop_id is not None:
            leaving.setdefault(t.from_stop_id, []).append(row)
        else:
            reaching.setdefault(t.to_stop_id, []).append(row)
    rows: list[ItineraryRow] = list(reaching.get(None, []))
    for s in stops:
        rows.extend(reaching.get(s.id, []))
        rows.append(
            ItineraryRow(
                kind=STOP,
                uuid=s.uuid,
                label=s.city,
                depart_zone=s.timezone,
                arrive_zone=s.timezone,
                arrive=s.arrive,
                depart=s.depart,
                city=s.city,
                country=s.country,
                lodging_name=s.lodging_name,
            )
        )
        rows.extend(leaving.get(s.id, []))
    return rows


def contact_rows(session: Session, trip_uuid: str) -> ContactRows:
    """The people and organizations the trip involves, with their side, delegation role and
    rank in this trip; four queries."""
    from planner import model  # noqa: PLC0415 - the ORM only where a table's panel reads it

    trip_id, _home = trip_id_and_home(session, trip_uuid)
    members = {
        person_id: (role, rank)
        for person_id, role, rank in session.execute(
            select(
                model.DelegationMember.person_id,
                model.DelegationMember.role,
                model.DelegationMember.precedence,
            ).where(model.DelegationMember.trip_id == trip_id)
        )
    }
    people = tuple(
        PersonRow(
            uuid=person.uuid,
            display_name=display_name(person.family_name, person.given_name, person.native_name),
            name=latin_name(person.family_name, person.given_name, person.native_name),
            native_name=person.native_name,
            honorific=person.honorific,
            organization_uuid=org_uuid,
            organization_name=org_name,
            position=person.position,
            email=person.email,
            phone=person.phone,
            languages=tuple(person.languages or ()),
            role=members[person.id][0] if person.id in members else None,
            side="delegation" if person.id in members else side,
            rank=members[person.id][1] if person.id in members else rank,
        )
        for person, org_uuid, org_name, side, rank in session.execute(
            select(
                model.Person,
                model.Organization.uuid,
                model.Organization.name,
                model.TripPerson.side,
                model.TripPerson.precedence,
            )
            .join(model.TripPerson, model.TripPerson.person_id == model.Person.id)
            .outerjoin(model.Organization, model.Organization.id == model.Person.organization_id)
            .where(model.TripPerson.trip_id == trip_id)
            .order_by(model.TripPerson.position)
        )
    )
    organizations = tuple(
        OrganizationRow(
            uuid=org.uuid,
            name=org.name,
            native_name=org.native_name,
            kind=org.kind,
            city=org.city,
            country=org.country,
            sector=org.sector,
        )
        for org in session.scalars(
            select(model.Organization)
            .join(
                model.TripOrganization,
                model.TripOrganization.organization_id == model.Organization.id,
            )
            .where(model.TripOrganization.trip_id == trip_id)
            .order_by(model.TripOrganization.position)
        )
    )
    return ContactRows(people=people, organizations=organizations)


def transfer_label(
    mode: str,
    carrier: str | None,
    number: str | None,
    origin: str,
    destination: str,
    *,
    mode_word: str | None = None,
) -> str:
    """``Flight EX 123 Shenzhen → Frankfurt am Main`` (the carrier stands in for a number);
    ``mode_word`` names the mode in a document's language (``Flug``, ``航班``)."""
    words: Iterable[str] = (
        mode_word or mode.capitalize(),
        number or carrier or "",
        f"{origin} →",
        destination,
    )
    return " ".join(w for w in words if w)
