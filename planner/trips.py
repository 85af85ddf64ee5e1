"""Trip-level operations shared by the command line and the window.

Each function takes a session and leaves its lifetime (and so the transaction) to the caller,
as SQLAlchemy recommends for GUI applications: one session per user action.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import func, select

from planner import localtime, tables
from planner.errors import NotFound, PlannerError

# The trip file's reader and writer (phonenumbers, pycountry: about 80 ms) are imported by the
# functions that read or write a file; listing and finding trips (`planner trips`) need neither.
# The model and the ORM are imported by the functions that load objects: importing a trip
# file, listing and finding trips work on the tables (declaring the mapped classes was a third
# of `planner import`).
if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import QueryableAttribute, Session

    from planner import model, tripfile

_Row = TypeVar("_Row", bound="model.Base")
_Entity = TypeVar("_Entity", bound="model.Entity")
_Child = TypeVar("_Child")
_IN_CHUNK = 500
"""Ids per ``IN (...)``: well below SQLite's limit on bound parameters."""


@dataclass(frozen=True)
class TripSummary:
    id: int
    uuid: str
    title: str
    status: str | None
    first_day: dt.date | None
    last_day: dt.date | None
    stops: int
    meetings: int


def prepare_import(path: Path) -> tripfile.PreparedTrip:
    """Read and check a trip file without touching the store (safe on a worker thread)."""
    from planner import tripfile  # noqa: PLC0415 - see the imports

    return tripfile.read_trip_file(path)


def add_prepared(session: Session | Connection, prepared: tripfile.PreparedTrip) -> str:
    """Store what :func:`prepare_import` read, in the caller's transaction; the trip's UUID.

    A prepared trip is added once; a second call raises :class:`PlannerError`.
    """
    from planner import tripfile  # noqa: PLC0415 - see the imports

    tripfile.insert_trip(session, prepared)
    return prepared.uuid


COPY_TITLE = "{title} (copy)"
"""How a copy of a trip is titled; the window gives its own language's pattern."""


def copy_title(title: str, pattern: str = COPY_TITLE) -> str:
    """The title of a copy, as "Duplicate Trip" proposes it and ``import --as-copy`` gives it."""
    return pattern.format(title=title)


def add_or_update(
    session: Session | Connection,
    prepared: tripfile.PreparedTrip,
    *,
    copy: bool = False,
    update: bool = False,
    copy_pattern: str = COPY_TITLE,
) -> tuple[tripfile.PreparedTrip, int]:
    """Store a trip file read by :func:`prepare_import` as the user asked: a new trip (refused
    when the store holds it, :class:`planner.tripfile.TripAlreadyStored`), a copy under new
    identities (titled by ``copy_pattern`` when the store holds the original), or an update
    of the stored trip. What was stored, and the trip's id."""
    from planner import tripfile  # noqa: PLC0415 - see the imports

    if update:
        return prepared, update_from_file(session, prepared)
    if copy:
        stored = tripfile.stored_trip(session, prepared.uuid)
        title = prepared.title if stored is None else copy_title(prepared.title, copy_pattern)
        prepared = tripfile.as_copy(prepared, title)
    return prepared, tripfile.insert_trip(session, prepared)


def update_from_file(session: Session | Connection, prepared: tripfile.PreparedTrip) -> int:
    """Apply a trip file to the stored trip with its uid (:mod:`planner.tripfile.update`)."""
    from planner.tripfile.update import update_trip  # noqa: PLC0415 - see the imports

    return update_trip(session, prepared)


def stored_trip(session: Session | Connection, uuid: str) -> tuple[int, str] | None:
    """The id and title of the stored trip with this uid, if the store holds it."""
    from planner import tripfile  # noqa: PLC0415 - see the imports

    return tripfile.stored_trip(session, uuid)


def import_trip(session: Session, path: Path) -> model.Trip:
    """Add the trip in ``path`` to the session (the caller's transaction commits it).

    The rows are inserted with SQLAlchemy Core (see :mod:`planner.tripfile.rows`); the trip
    returned is read back through the session, its lists loaded when first used.
    """
    from planner import model, tripfile  # noqa: PLC0415 - see the imports

    trip_id = tripfile.insert_trip(session, tripfile.read_trip_file(path))
    trip = session.get(model.Trip, trip_id)
    assert trip is not None
    return trip


def trip_days(
    stops: list[tuple[dt.datetime | None, dt.datetime | None, str]],
) -> tuple[dt.date | None, dt.date | None]:
    """First and last local day of a trip from its stops' (arrive, depart, zone)."""
    days = [
        localtime.local_date(instant, zone)
        for arrive, depart, zone in stops
        for instant in (arrive, depart)
        if instant is not None
    ]
    return (min(days), max(days)) if days else (None, None)


def list_trips(session: Session | Connection) -> list[TripSummary]:
    """Every trip with its first and last local day, newest first day first.

    The three SELECTs name the tables, not the mapped classes: an ORM statement first
    configures every mapper of the model (a third of ``planner trips``), and a listing loads
    no object.
    """
    meeting, stop, trip = tables.meeting.c, tables.stop.c, tables.trip.c
    counted = select(meeting.trip_id, func.count()).group_by(meeting.trip_id)
    meeting_counts: dict[int, int] = {trip_id: n for trip_id, n in session.execute(counted)}
    stops_by_trip: dict[int, list[tuple[dt.datetime | None, dt.datetime | None, str]]] = {}
    for trip_id, arrive, depart, zone in session.execute(
        select(stop.trip_id, stop.arrive, stop.depart, stop.timezone)
    ):
        stops_by_trip.setdefault(trip_id, []).append((arrive, depart, zone))
    summaries = []
    for trip_id, uuid, title, status in session.execute(
        select(trip.id, trip.uuid, trip.title, trip.status)
    ):
        stops = stops_by_trip.get(trip_id, [])
        first, last = trip_days(stops)
        summaries.append(
            TripSummary(
                trip_id,
                uuid,
                title,
                status,
                first,
                last,
                len(stops),
                meeting_counts.get(trip_id, 0),
            )
        )
    summaries.sort(key=lambda s: (s.first_day or dt.date.max, s.id))
    return summaries


def trip_exists(session: Session | Connection, uuid: str) -> bool:
    trip = tables.trip.c
    return session.scalar(select(trip.id).where(trip.uuid == uuid)) is not None


def find_trip_id(session: Session | Connection, ref: str) -> int:
    """The id of the trip named by ``ref``: its id, its UUID, or its exact title.

    The SELECTs name the table, not the mapped class, as :func:`list_trips` does: an ORM
    statement would first configure every mapper of the model (60-150 ms of a command that
    may load no object at all).
    """
    trip = tables.trip.c
    text = ref.strip()
    if text.isdigit():
        found = session.scalar(select(trip.id).where(trip.id == int(text)))
        if found is not None:
            return int(found)
    by_uuid = session.scalar(select(trip.id).where(trip.uuid == text))
    if by_uuid is not None:
        return int(by_uuid)
    ids = session.scalars(select(trip.id).where(trip.title == ref)).all()
    if len(ids) > 1:
        raise PlannerError(
            f"{len(ids)} trips are titled {ref!r} (ids {', '.join(map(str, ids))}); "
            "name one by its id"
        )
    if not ids:
        raise NotFound(f"no trip has the id or title {ref!r} (`planner trips` lists them)")
    return int(ids[0])


def find_trip_uuid(session: Session | Connection, ref: str) -> str:
    """The UUID of the trip named by ``ref`` (as :func:`find_trip_id`), without an ORM load."""
    trip = tables.trip.c
    uuid = session.scalar(select(trip.uuid).where(trip.id == find_trip_id(session, ref)))
    assert uuid is not None
    return str(uuid)


def load_trip(session: Session, trip_id: int) -> model.Trip:
    """The trip with everything it holds, loaded in a fixed number of queries.

    Every relationship of the trip's objects is loaded (save an organization's ``people``, the
    office-wide directory), so the trip can be read after its session has closed. Each table
    is read once, with this trip's rows only, and the objects are linked in memory with
    ``set_committed_value``, the call SQLAlchemy's own eager loaders use. A chain of
    ``selectinload`` options took 1.6 times as long (benchmarks/bench_store.py, a 300-meeting
    trip): it ran 29 queries, one per relationship, reading again people, organizations and
    stops that were already loaded, and left some references (a branch venue's host, a gift's
    giver) to lazy loads that fail once the session has closed.
    """
    from planner import model  # noqa: PLC0415 - see the imports

    trip = session.scalars(select(model.Trip).where(model.Trip.id == trip_id)).one_or_none()
    if trip is None:
        raise NotFound(f"no trip has the id {trip_id}")

    def of_trip(entity: type[_Row], trip_col: Any, position: Any) -> Sequence[_Row]:
        return session.scalars(select(entity).where(trip_col == trip_id).order_by(position)).all()

    def of_meetings(entity: type[_Row], meeting_col: Any, position: Any) -> Sequence[_Row]:
        return session.scalars(
            select(entity)
            .join(model.Meeting, model.Meeting.id == meeting_col)
            .where(model.Meeting.trip_id == trip_id)
            .order_by(meeting_col, position)
        ).all()

    org_links = of_trip(
        model.TripOrganization, model.TripOrganization.trip_id, model.TripOrganization.position
    )
    people_links = of_trip(model.TripPerson, model.TripPerson.trip_id, model.TripPerson.position)
    delegation = of_trip(
        model.DelegationMember, model.DelegationMember.trip_id, model.DelegationMember.position
    )
    stops = of_trip(model.Stop, model.Stop.trip_id, model.Stop.position)
    transfers = of_trip(model.Transfer, model.Transfer.trip_id, model.Transfer.position)
    meetings = of_trip(model.Meeting, model.Meeting.trip_id, model.Meeting.position)
    gifts = of_trip(model.Gift, model.Gift.trip_id, model.Gift.position)
    travellers: Sequence[model.TransferTraveller] = []
    if transfers:
        travellers = session.scalars(
            select(model.TransferTraveller)
            .join(model.Transfer, model.Transfer.id == model.TransferTraveller.transfer_id)
            .where(model.Transfer.trip_id == trip_id)
            .order_by(model.TransferTraveller.transfer_id, model.TransferTraveller.position)
        ).all()
    meeting_orgs = of_meetings(
        model.MeetingOrganization,
        model.MeetingOrganization.meeting_id,
        model.MeetingOrganization.position,
    )
    attendees = of_meetings(
        model.MeetingAttendee, model.MeetingAttendee.meeting_id, model.MeetingAttendee.position
    )
    branches = of_meetings(
        model.BranchVenue, model.BranchVenue.meeting_id, model.BranchVenue.position
    )
    agreements = of_meetings(model.Agreement, model.Agreement.meeting_id, model.Agreement.id)
    follow_ups = of_meetings(model.FollowUp, model.FollowUp.meeting_id, model.FollowUp.position)
    branch_attendees: Sequence[model.BranchAttendee] = []
    if branches:
        branch_attendees = session.scalars(
            select(model.BranchAttendee)
            .join(model.BranchVenue, model.BranchVenue.id == model.BranchAttendee.branch_venue_id)
            .join(model.Meeting, model.Meeting.id == model.BranchVenue.meeting_id)
            .where(model.Meeting.trip_id == trip_id)
            .order_by(model.BranchAttendee.branch_venue_id, model.BranchAttendee.position)
        ).all()
    parties: Sequence[model.AgreementParty] = []
    signatories: Sequence[model.AgreementSignatory] = []
    if agreements:
        parties = session.scalars(
            select(model.AgreementParty)
            .join(model.Agreement, model.Agreement.id == model.AgreementParty.agreement_id)
            .join(model.Meeting, model.Meeting.id == model.Agreement.meeting_id)
            .where(model.Meeting.trip_id == trip_id)
            .order_by(model.AgreementParty.agreement_id, model.AgreementParty.position)
        ).all()
        signatories = session.scalars(
            select(model.AgreementSignatory)
            .join(model.Agreement, model.Agreement.id == model.AgreementSignatory.agreement_id)
            .join(model.Meeting, model.Meeting.id == model.Agreement.meeting_id)
            .where(model.Meeting.trip_id == trip_id)
            .order_by(model.AgreementSignatory.agreement_id, model.AgreementSignatory.position)
        ).all()

    # The directory entries the trip refers to, each read once.
    people = _by_id(
        session,
        model.Person,
        {
            *(link.person_id for link in people_links),
            *(member.person_id for member in delegation),
            *(link.person_id for link in attendees),
            *(link.person_id for link in travellers),
            *(link.person_id for link in branch_attendees),
            *(link.person_id for link in signatories),
            *(f.owner_id for f in follow_ups),
            *(g.from_person_id for g in gifts),
            *(g.to_person_id for g in gifts),
        },
    )
    organizations = _by_id(
        session,
        model.Organization,
        {
            trip.organizer_id,
            *(link.organization_id for link in org_links),
            *(p.organization_id for p in people.values()),
            *(m.host_id for m in meetings),
            *(link.organization_id for link in meeting_orgs),
            *(b.host_id for b in branches),
            *(link.organization_id for link in parties),
            *(g.from_organization_id for g in gifts),
            *(g.to_organization_id for g in gifts),
        },
    )
    stops_by_id = {s.id: s for s in stops}
    meetings_by_id = {m.id: m for m in meetings}
    trip_by_id = {trip.id: trip}

    # Many-to-one: each object's reference, from the objects just read.
    _refer(trip, model.Trip.organizer, trip.organizer_id, organizations)
    for p in people.values():
        _refer(p, model.Person.organization, p.organization_id, organizations)
    for ol in org_links:
        _refer(ol, model.TripOrganization.organization, ol.organization_id, organizations)
    for pl in people_links:
        _refer(pl, model.TripPerson.person, pl.person_id, people)
    for member in delegation:
        _refer(member, model.DelegationMember.trip, member.trip_id, trip_by_id)
        _refer(member, model.DelegationMember.person, member.person_id, people)
    for s in stops:
        _refer(s, model.Stop.trip, s.trip_id, trip_by_id)
    for t in transfers:
        _refer(t, model.Transfer.trip, t.trip_id, trip_by_id)
        _refer(t, model.Transfer.from_stop, t.from_stop_id, stops_by_id)
        _refer(t, model.Transfer.to_stop, t.to_stop_id, stops_by_id)
    for tt in travellers:
        _refer(tt, model.TransferTraveller.person, tt.person_id, people)
    travellers_of = _grouped(travellers, lambda link: link.transfer_id)
    for t in transfers:
        _fill(t, model.Transfer.traveller_links, travellers_of.get(t.id, []))
    for m in meetings:
        _refer(m, model.Meeting.trip, m.trip_id, trip_by_id)
        _refer(m, model.Meeting.stop, m.stop_id, stops_by_id)
        _refer(m, model.Meeting.host, m.host_id, organizations)
    for mo in meeting_orgs:
        _refer(mo, model.MeetingOrganization.organization, mo.organization_id, organizations)
    for ma in attendees:
        _refer(ma, model.MeetingAttendee.person, ma.person_id, people)
    for b in branches:
        _refer(b, model.BranchVenue.meeting, b.meeting_id, meetings_by_id)
        _refer(b, model.BranchVenue.host, b.host_id, organizations)
    for ba in branch_attendees:
        _refer(ba, model.BranchAttendee.person, ba.person_id, people)
    for a in agreements:
        _refer(a, model.Agreement.meeting, a.meeting_id, meetings_by_id)
    for ap in parties:
        _refer(ap, model.AgreementParty.organization, ap.organization_id, organizations)
    for sig in signatories:
        _refer(sig, model.AgreementSignatory.person, sig.person_id, people)
    for f in follow_ups:
        _refer(f, model.FollowUp.meeting, f.meeting_id, meetings_by_id)
        _refer(f, model.FollowUp.owner, f.owner_id, people)
    for g in gifts:
        _refer(g, model.Gift.trip, g.trip_id, trip_by_id)
        _refer(g, model.Gift.meeting, g.meeting_id, meetings_by_id)
        _refer(g, model.Gift.from_person, g.from_person_id, people)
        _refer(g, model.Gift.from_organization, g.from_organization_id, organizations)
        _refer(g, model.Gift.to_person, g.to_person_id, people)
        _refer(g, model.Gift.to_organization, g.to_organization_id, organizations)

    # Collections, in the order of their ``position``.
    _fill(trip, model.Trip.organization_links, list(org_links))
    _fill(trip, model.Trip.people_links, list(people_links))
    _fill(trip, model.Trip.delegation, list(delegation))
    _fill(trip, model.Trip.stops, list(stops))
    _fill(trip, model.Trip.transfers, list(transfers))
    _fill(trip, model.Trip.meetings, list(meetings))
    _fill(trip, model.Trip.gifts, list(gifts))
    orgs_of = _grouped(meeting_orgs, lambda link: link.meeting_id)
    attendees_of = _grouped(attendees, lambda link: link.meeting_id)
    branches_of = _grouped(branches, lambda b: b.meeting_id)
    follow_ups_of = _grouped(follow_ups, lambda f: f.meeting_id)
    agreement_of = {a.meeting_id: a for a in agreements}
    for m in meetings:
        _fill(m, model.Meeting.organization_links, orgs_of.get(m.id, []))
        _fill(m, model.Meeting.attendee_links, attendees_of.get(m.id, []))
        _fill(m, model.Meeting.branch_venues, branches_of.get(m.id, []))
        _fill(m, model.Meeting.follow_ups, follow_ups_of.get(m.id, []))
        _fill(m, model.Meeting.agreement, agreement_of.get(m.id))
    branch_attendees_of = _grouped(branch_attendees, lambda link: link.branch_venue_id)
    for b in branches:
        _fill(b, model.BranchVenue.attendee_links, branch_attendees_of.get(b.id, []))
    parties_of = _grouped(parties, lambda link: link.agreement_id)
    signatories_of = _grouped(signatories, lambda link: link.agreement_id)
    for a in agreements:
        _fill(a, model.Agreement.party_links, parties_of.get(a.id, []))
        _fill(a, model.Agreement.signatory_links, signatories_of.get(a.id, []))
    return trip


def _by_id(session: Session, entity: type[_Entity], ids: set[int | None]) -> dict[int, _Entity]:
    """The objects of ``entity`` with these ids (``None`` ignored), by id."""
    wanted = sorted(i for i in ids if i is not None)
    found: dict[int, _Entity] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        chunk = wanted[start : start + _IN_CHUNK]
        for obj in session.scalars(select(entity).where(entity.id.in_(chunk))):
            found[obj.id] = obj
    return found


def _fill(obj: object, attribute: QueryableAttribute[Any], value: object) -> None:
    """Set ``attribute`` as loaded from the database, unless the session had it loaded already
    (in which case it may hold changes not yet flushed: an eager loader keeps those too)."""
    from sqlalchemy.orm.attributes import instance_dict, set_committed_value  # noqa: PLC0415

    if attribute.key not in instance_dict(obj):
        set_committed_value(obj, attribute.key, value)


def _refer(
    obj: object, attribute: QueryableAttribute[Any], ident: int | None, targets: dict[int, Any]
) -> None:
    """Fill a many-to-one reference from ``targets``; one not among them stays lazy."""
    if ident is None:
        _fill(obj, attribute, None)
    elif (target := targets.get(ident)) is not None:
        _fill(obj, attribute, target)


def _grouped(
    children: Iterable[_Child], parent: Callable[[_Child], int]
) -> dict[int, list[_Child]]:
    groups: dict[int, list[_Child]] = {}
    for child in children:
        groups.setdefault(parent(child), []).append(child)
    return groups


def export_trip(
    session: Session, trip_id: int, path: Path, *, with_documents: bool = False
) -> None:
    """Write the trip file; the people's travel documents only ``with_documents``."""
    from planner import tripfile  # noqa: PLC0415 - see the imports

    tripfile.write_trip_file(load_trip(session, trip_id), path, with_documents=with_documents)
