"""What each event of a calendar says, decided apart from the file format.

A calendar is the whole trip's or one person's, in an edition, with or without lodging, and
optionally limited to chosen meetings. This module picks the events and writes their texts
into :class:`EventSpec` values: plain data that :mod:`export_state` hashes (to know what
changed since the last export) and :mod:`export` renders with icalendar. Keeping the choice
of content here means the hash does not depend on how icalendar happens to serialise.

Editions follow trip-format.md: ``private_notes`` and the ``notes`` on people are internal;
the external edition (the default) leaves both out. Every event and to-do of the internal
edition says CLASS:CONFIDENTIAL, of the external one CLASS:PUBLIC, so that a calendar synced
to a cloud service keeps the private notes marked as such.

Follow-ups become to-dos (VTODO) beside the events: all of them in the trip's calendar, a
person's own in theirs. A to-do is carried as an :class:`EventSpec` with ``todo`` set, so that
its SEQUENCE and DTSTAMP are kept, and its removal announced, exactly as an event's are; its
``start`` is midnight UTC of the due day (or of the meeting's day when none is due), which
only orders it among the events. Its UID is the follow-up's UUID with ``-follow-up``, so that
a removed to-do can be told from a removed event and cancelled as a to-do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace

from sqlalchemy.orm import Session

from planner import localtime, names
from planner.calendar_ics import geo
from planner.calendar_ics.geo import Point
from planner.calendar_ics.labels import ENGLISH, LANGUAGES, Labels
from planner.calendar_ics.places import place_of
from planner.calendar_ics.source import (
    BranchInfo,
    CalendarSource,
    MeetingInfo,
    PersonInfo,
    StopInfo,
    TransferInfo,
    read_source,
)
from planner.errors import PlannerError
from planner.reminders import DEFAULT_REMINDER_MINUTES

EXTERNAL, INTERNAL = "external", "internal"
EDITIONS = (EXTERNAL, INTERNAL)
DOMAIN = "delegation-planner"
CLASSES = {INTERNAL: "CONFIDENTIAL", EXTERNAL: "PUBLIC"}
STATUSES = {"confirmed": "CONFIRMED", "tentative": "TENTATIVE", "cancelled": "CANCELLED"}
FOLLOW_UP_SUFFIX = "-follow-up"
TODO_DONE, TODO_OPEN = "COMPLETED", "NEEDS-ACTION"


class PersonNotFound(PlannerError):
    """``--person`` names nobody of the trip, or more than one person."""


@dataclass(frozen=True)
class ExportOptions:
    """What a calendar holds. ``person_uuid`` None: the whole trip. ``meeting_uuids`` None:
    every meeting; a tuple limits the calendar to those meetings (nothing else, and nothing is
    written as cancelled for having been left out). ``reminder_minutes`` 0: no reminders."""

    edition: str = EXTERNAL
    person_uuid: str | None = None
    reminder_minutes: int = DEFAULT_REMINDER_MINUTES
    lodging: bool = False
    meeting_uuids: tuple[str, ...] | None = None
    language: str = ENGLISH
    """The language of the events' descriptions: ``en``, ``de`` or ``zh``."""
    follow_ups: bool = True
    """Follow-ups as to-dos: every one in the trip's calendar, the person's own in theirs."""
    organizer: Party | None = None
    """The office (:mod:`planner.office`): the ORGANIZER of every event with attendees, so
    that replies come back to it. None: the host's person with an e-mail, if any."""

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise PlannerError(f"unknown language {self.language!r} (en, de or zh)")
        if self.edition not in EDITIONS:
            raise PlannerError(f"unknown edition {self.edition!r} (internal or external)")
        if self.reminder_minutes < 0:
            raise PlannerError("a reminder is a number of minutes before the start, 0 or more")

    @property
    def audience(self) -> str:
        """The calendar's key in the export state: '' for the trip, else the person's UUID."""
        return self.person_uuid or ""

    @property
    def is_selection(self) -> bool:
        return self.meeting_uuids is not None


@dataclass(frozen=True)
class Party:
    """An organizer or attendee with a known e-mail address."""

    name: str
    email: str


@dataclass(frozen=True)
class EventSpec:
    """One VEVENT before stamps. Instants in UTC; an all-day event's are midnight UTC of its
    local first day and of the day after its last (DTEND is exclusive)."""

    uid: str
    summary: str
    start: dt.datetime
    end: dt.datetime
    start_zone: str
    end_zone: str
    all_day: bool = False
    location: str | None = None
    description: str = ""
    url: str | None = None
    categories: tuple[str, ...] = ()
    status: str = "CONFIRMED"
    transparent: bool = False
    organizer: Party | None = None
    attendees: tuple[Party, ...] = ()
    alarm_minutes: int = 0
    base_sequence: int = 0
    """The lowest SEQUENCE to write: an imported invitation's own."""
    todo: bool = False
    """A to-do (VTODO) rather than an event: a follow-up."""
    due: dt.date | None = None
    """A to-do's due day (DUE;VALUE=DATE)."""
    related_to: str | None = None
    """A to-do's meeting, by the meeting event's UID (RELATED-TO)."""
    geo: Point | None = None
    """The venue city's latitude and longitude (GEO), where the gazetteer knows the city."""
    classification: str | None = None
    """CLASS, from the edition: not part of the digest, since the export state keeps each
    edition's calendar apart and so never compares two classifications."""
    reminder: str | None = None
    """The reminder's text (VALARM DESCRIPTION) in the language; not part of the digest: it
    follows from the summary and the language. None: English, ``Reminder: SUMMARY``."""
    conference_label: str | None = None
    """The LABEL of a CONFERENCE property for ``url`` (an online meeting), in the language;
    not part of the digest either: it follows from ``url`` and the language, as the
    description's line with the link does."""

    @property
    def cancelled(self) -> bool:
        return self.status == "CANCELLED"

    def content_hash(self) -> str:
        """A digest of everything the event says (not its sequence)."""
        # The fields as ``dataclasses.asdict`` gives them (the digests are stored: they must
        # not change), without its deep copy of every value, a third of an export's time.
        content: dict[str, object] = {name: getattr(self, name) for name in _HASHED_FIELDS}
        if self.organizer is not None:
            content["organizer"] = {"name": self.organizer.name, "email": self.organizer.email}
        content["attendees"] = [{"name": a.name, "email": a.email} for a in self.attendees]
        # Fields added later (for to-dos, GEO) count only when set, so that an event's digest,
        # and with it its SEQUENCE in calendars exported before they existed, stays what it was.
        for name in _WHEN_SET_FIELDS:
            if not content[name]:
                del content[name]
        text = json.dumps(content, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(text.encode()).hexdigest()


def find_person(source: CalendarSource, name: str) -> PersonInfo:
    """The one person of the trip called ``name``: "GIVEN FAMILY", the name in the order of
    the person's culture ("Li Wei" as well as "Wei Li"), or the native-script name."""
    wanted = " ".join(name.split())
    found = [
        p
        for p in source.people.values()
        if wanted
        in (
            p.name,
            names.latin_name(p.family_name, p.given_name, p.native_name),
            (p.native_name or "").strip(),
        )
    ]
    if not found:
        raise PersonNotFound(
            f"no person of the trip {source.title!r} is called {name!r} "
            '(write "GIVEN FAMILY" as in the trip, or the name in native script)'
        )
    if len(found) > 1:
        raise PersonNotFound(
            f"{len(found)} people of the trip {source.title!r} are called {name!r}; "
            "give their other name to tell them apart"
        )
    return found[0]


def find_person_in_trip(session: Session, trip_uuid: str, name: str) -> PersonInfo:
    """:func:`find_person` among the people of the trip ``trip_uuid``, read from the store."""
    return find_person(read_source(session, trip_uuid), name)


def build_events(source: CalendarSource, options: ExportOptions) -> list[EventSpec]:
    """The events of one calendar, by start; cancelled meetings included (the export state
    decides whether a client ever saw them)."""
    person = None
    if options.person_uuid is not None:
        person = source.people.get(options.person_uuid)
        if person is None:
            raise PersonNotFound(f"the person {options.person_uuid} is not part of this trip")
    wanted = None if options.meeting_uuids is None else set(options.meeting_uuids)
    events: list[EventSpec] = []
    points = geo.coordinates(_venue_places(source, wanted))
    for meeting in source.meetings:
        if wanted is not None and meeting.uuid not in wanted:
            continue
        branch = None
        if person is not None:
            place = place_of(
                person.uuid,
                meeting.attendee_uuids,
                ((b, b.attendee_uuids) for b in meeting.branches),
            )
            if place is None:
                continue
            branch = place.branch
        events.append(_meeting_event(source, meeting, branch, options, points))
    if options.follow_ups:
        events.extend(_follow_up_todos(source, person, wanted, options))
    travels = not options.is_selection and (person is None or person.is_delegate)
    if travels:
        events.extend(_transfer_event(t, options) for t in source.transfers)
        if options.lodging:
            for stop in source.stops:
                events.extend(_lodging_events(stop, options))
    events.sort(key=lambda e: (e.start, e.uid))
    return events


def uid_for(uuid: str, suffix: str = "") -> str:
    return f"{uuid}{suffix}@{DOMAIN}"


def is_follow_up_uid(uid: str) -> bool:
    return uid.endswith(f"{FOLLOW_UP_SUFFIX}@{DOMAIN}")


def meeting_uid(meeting: MeetingInfo) -> str:
    """The meeting's event UID: the invitation's it was imported from, else its own."""
    link = meeting.link
    return link.uid if link is not None and not link.recurrence else uid_for(meeting.uuid)


def as_cancelled(spec: EventSpec, language: str = ENGLISH) -> EventSpec:
    """The event as cancelled: marked in its summary (in the calendar's language), without a
    reminder, and no longer blocking time (TRANSP:TRANSPARENT: a client that keeps it shows
    the slot as free)."""
    summary = spec.summary
    if uncancelled(summary, language) == summary:
        summary = Labels(language).text("cancelled", title=summary)
    return replace(
        spec,
        summary=summary,
        status="CANCELLED",
        alarm_minutes=0,
        transparent=spec.transparent or not spec.todo,
    )


def uncancelled(summary: str, language: str = ENGLISH) -> str:
    """``summary`` without the mark :func:`as_cancelled` puts on it in ``language``."""
    prefix, _, suffix = Labels(language).text("cancelled", title="\0").partition("\0")
    if summary.startswith(prefix) and summary.endswith(suffix) and summary != prefix + suffix:
        return summary[len(prefix) : len(summary) - len(suffix)]
    return summary


def classification(edition: str) -> str:
    """CLASS of every component of an edition's calendar."""
    return CLASSES[edition]


def venue_text(name: str | None, address: str | None, city: str | None) -> str | None:
    """A LOCATION: the venue's name and address, and its city unless they already say it
    ("Siemens Healthineers, Siemensstraße 3, 91052 Erlangen", not "..., Erlangen" again)."""
    location = _joined(name, address)
    if city and city.strip().casefold() not in (location or "").casefold():
        location = _joined(location, city)
    return location


def location_texts(meeting: MeetingInfo) -> set[str]:
    """Every LOCATION the export writes for ``meeting``: at its main venue and at each branch
    venue (for the import to tell its own text from a venue changed in another program)."""
    places = {venue_text(meeting.venue_name, meeting.venue_address, meeting.venue_city)}
    places |= {venue_text(b.name, b.address, b.city) for b in meeting.branches}
    return {p for p in places if p}


_WHEN_SET_FIELDS = ("todo", "due", "related_to", "geo")
_HASHED_FIELDS = tuple(
    f.name
    for f in fields(EventSpec)
    if f.name not in ("base_sequence", "classification", "conference_label", "reminder")
)


# ---------------------------------------------------------------------------------------------
# Meetings


def _meeting_event(
    source: CalendarSource,
    meeting: MeetingInfo,
    branch: BranchInfo | None,
    options: ExportOptions,
    points: Mapping[geo.Place, geo.Point],
) -> EventSpec:
    internal = options.edition == INTERNAL
    say = Labels(options.language)
    zone = branch.zone if branch else meeting.zone
    if branch is not None:
        location = venue_text(branch.name, branch.address, branch.city)
        url = branch.online_url or meeting.online_url
    else:
        # Only a city of its own is added: the stop's is what calendars always assumed.
        location = venue_text(meeting.venue_name, meeting.venue_address, meeting.venue_city)
        url = meeting.online_url
    lines: list[str] = []
    if url:
        lines.append(say.text("online", url=url))
    if branch is not None:
        city = meeting.venue_city or meeting.stop_city
        main_place = _joined(meeting.venue_name, city) or city
        lines.append(say.text("joined_from", name=branch.name, city=branch.city))
        span = say.span(meeting.start, meeting.end, meeting.zone)
        lines.append(say.text("main_venue", place=main_place, span=span))
    host = branch.host if branch and branch.host else meeting.host
    if host:
        lines.append(say.text("host", host=host))
    if meeting.organizations:
        lines.append(say.text("organizations", names=say.join(list(meeting.organizations))))
    if meeting.objectives:
        lines += ["", say.text("objectives"), meeting.objectives]
    if meeting.talking_points:
        lines += ["", say.text("talking_points"), *(f"- {p}" for p in meeting.talking_points)]
    people = _by_precedence(source, meeting.attendee_uuids)
    if people:
        lines += ["", say.text("attendees"), *_attendee_lines(people, internal, say)]
    for other in meeting.branches:
        joined = _by_precedence(source, other.attendee_uuids)
        where = say.between("place.sep", (other.name, other.city))
        span = say.span(meeting.start, meeting.end, other.zone)
        lines += ["", say.text("at", where=where, span=span)]
        lines += _attendee_lines(joined, internal, say) if joined else [say.text("no_attendees")]
    if meeting.notes:
        lines += ["", say.text("notes"), meeting.notes]
    if internal and meeting.private_notes:
        lines += ["", say.text("private_notes"), meeting.private_notes]

    everyone = [*people, *(source.people[u] for b in meeting.branches for u in b.attendee_uuids)]
    organizer = next((p for p in everyone if p.email and host and p.organization == host), None)
    attendees = tuple(dict.fromkeys(Party(p.display_name, p.email) for p in everyone if p.email))
    status = STATUSES.get(meeting.status or "tentative", "TENTATIVE")
    link = meeting.link
    spec = EventSpec(
        uid=meeting_uid(meeting),
        summary=meeting.title,
        start=meeting.start,
        end=meeting.end,
        start_zone=zone,
        end_zone=zone,
        location=location,
        description=_text(lines),
        url=url,
        categories=(say.category("kind", meeting.kind or "meeting"),),
        status=status,
        organizer=_organizer(options, organizer, attendees),
        attendees=attendees,
        alarm_minutes=options.reminder_minutes,
        base_sequence=link.sequence if link is not None and not link.recurrence else 0,
        classification=classification(options.edition),
        geo=points.get(_venue_place(meeting, branch)),
        conference_label=say.text("conference") if url else None,
        reminder=say.text("reminder", title=meeting.title),
    )
    return as_cancelled(spec, options.language) if spec.cancelled else spec


def _organizer(
    options: ExportOptions, host: PersonInfo | None, attendees: tuple[Party, ...]
) -> Party | None:
    """RFC 5546 wants an ORGANIZER wherever there are attendees, and only there."""
    if not attendees:
        return None
    if options.organizer is not None:
        return options.organizer
    return Party(host.display_name, host.email) if host is not None and host.email else None


def _venue_place(meeting: MeetingInfo, branch: BranchInfo | None) -> geo.Place:
    """The city the event happens in: the branch venue's, else the venue's own, else the
    stop's."""
    if branch is not None:
        return branch.city, branch.country
    return meeting.venue_city or meeting.stop_city, meeting.stop_country


def _venue_places(source: CalendarSource, wanted: set[str] | None) -> set[geo.Place]:
    """Every city a meeting of the calendar may happen in, to look them all up at once."""
    places: set[geo.Place] = set()
    for meeting in source.meetings:
        if wanted is None or meeting.uuid in wanted:
            places.add(_venue_place(meeting, None))
            places.update(_venue_place(meeting, b) for b in meeting.branches)
    return places


def _by_precedence(source: CalendarSource, uuids: Sequence[str]) -> list[PersonInfo]:
    """Attendees as the pack lists them: the delegation, then the others, each by the one
    rule of precedence (:mod:`planner.ranks`)."""
    found = [source.people[u] for u in uuids if u in source.people]
    return sorted(found, key=lambda p: p.precedence)


def _attendee_lines(people: Sequence[PersonInfo], internal: bool, say: Labels) -> list[str]:
    """``- Mr. Wei Li (李伟), head of delegation: Deputy District Mayor; Nanshan District ...``
    (the role in the delegation only where the position does not already say it), named and
    punctuated as the language does (``- 李伟先生（Li Wei），代表团团长：…``)."""
    lines = []
    for p in people:
        name = names.name_in(say.language, p.family_name, p.given_name, p.native_name, p.honorific)
        role = say.role(p.role)
        if role and role.casefold() not in (p.position or "").casefold():
            name = say.text("attendee.role", name=name, role=role)
        work = say.between("attendee.sep", (p.position, p.organization))
        lines.append(say.text("attendee", name=name, work=work) if work else f"- {name}")
        if internal and p.notes:
            lines.append(say.text("note_internal", note=p.notes))
    return lines


# ---------------------------------------------------------------------------------------------
# Follow-ups


def _follow_up_todos(
    source: CalendarSource,
    person: PersonInfo | None,
    wanted: set[str] | None,
    options: ExportOptions,
) -> Iterable[EventSpec]:
    """A to-do per follow-up: all in the trip's calendar, the person's own in theirs."""
    say = Labels(options.language)
    for meeting in source.meetings:
        if wanted is not None and meeting.uuid not in wanted:
            continue
        for follow_up in meeting.follow_ups:
            if person is not None and follow_up.owner_uuid != person.uuid:
                continue
            owner = source.people.get(follow_up.owner_uuid or "")
            lines = [
                say.text(
                    "follow_up_of",
                    title=meeting.title,
                    span=say.span(meeting.start, meeting.end, meeting.zone),
                )
            ]
            if owner is not None and person is None:
                shown = names.name_in(
                    say.language, owner.family_name, owner.given_name, owner.native_name, None
                )
                lines.append(say.text("follow_up_owner", name=shown))
            day = follow_up.due or localtime.local_date(meeting.end, meeting.zone)
            start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
            yield EventSpec(
                uid=uid_for(follow_up.uuid, FOLLOW_UP_SUFFIX),
                summary=follow_up.title,
                start=start,
                end=start + dt.timedelta(days=1),
                start_zone=meeting.zone,
                end_zone=meeting.zone,
                all_day=True,
                description=_text(lines),
                status=TODO_DONE if follow_up.done else TODO_OPEN,
                todo=True,
                due=follow_up.due,
                related_to=meeting_uid(meeting),
                classification=classification(options.edition),
            )


# ---------------------------------------------------------------------------------------------
# Transfers and lodging


def _transfer_event(transfer: TransferInfo, options: ExportOptions) -> EventSpec:
    say = Labels(options.language)
    title = say.transfer(
        transfer.mode, transfer.carrier, transfer.number, transfer.from_city, transfer.to_city
    )
    minutes = int((transfer.arrive - transfer.depart).total_seconds() // 60)
    depart = say.stamp(transfer.depart, transfer.depart_zone)
    arrive = say.stamp(transfer.arrive, transfer.arrive_zone)
    # Where to be, as the ticket says it: the airport and its terminal when known.
    origin = _at_terminal(say, transfer.from_city, transfer.from_terminal)
    lines = [
        say.text("departs", city=origin, stamp=depart),
        say.text(
            "arrives", city=_at_terminal(say, transfer.to_city, transfer.to_terminal), stamp=arrive
        ),
        say.text("travel_time", hours=minutes // 60, minutes=minutes % 60),
    ]
    if transfer.carrier:
        lines.append(say.text("carrier", carrier=transfer.carrier))
    if transfer.number:
        lines.append(say.text("number", number=transfer.number))
    if transfer.travel_class:
        lines.append(say.text("travel_class", travel_class=transfer.travel_class))
    if transfer.seat:
        lines.append(say.text("seat", seat=transfer.seat))
    if transfer.reference:
        lines.append(say.text("reference", reference=transfer.reference))
    if transfer.notes:
        lines += ["", transfer.notes]
    return EventSpec(
        uid=uid_for(transfer.uuid),
        summary=title,
        start=transfer.depart,
        end=transfer.arrive,
        start_zone=transfer.depart_zone,
        end_zone=transfer.arrive_zone,
        location=origin,
        description=_text(lines),
        categories=(say.category("mode", transfer.mode),),
        alarm_minutes=options.reminder_minutes,
        classification=classification(options.edition),
        reminder=say.text("reminder", title=title),
    )


def _at_terminal(say: Labels, place: str, terminal: str | None) -> str:
    return say.text("terminal", place=place, terminal=terminal) if terminal else place


def _lodging_events(stop: StopInfo, options: ExportOptions) -> Iterable[EventSpec]:
    """All-day check-in and check-out events (free time, no reminder) for a stay."""
    if not stop.has_lodging:
        return
    say = Labels(options.language)
    place = stop.lodging_name or stop.city
    lines = [x for x in (stop.lodging_name, stop.lodging_address) if x]
    if stop.lodging_confirmation:
        lines.append(say.text("confirmation", confirmation=stop.lodging_confirmation))
    if stop.lodging_phone:
        lines.append(say.text("phone", phone=stop.lodging_phone))
    if stop.arrive:
        lines.append(
            say.text("arrival_in", city=stop.city, stamp=say.stamp(stop.arrive, stop.zone))
        )
    if stop.depart:
        depart = say.stamp(stop.depart, stop.zone)
        lines.append(say.text("departure_from", city=stop.city, stamp=depart))
    for instant, key, suffix in ((stop.arrive, "check_in", "-check-in"),
                                 (stop.depart, "check_out", "-check-out")):  # fmt: skip
        if instant is None:
            continue
        day = localtime.local_date(instant, stop.zone)
        start = dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC)
        yield EventSpec(
            uid=uid_for(stop.uuid, suffix),
            summary=say.text(key, place=place),
            start=start,
            end=start + dt.timedelta(days=1),
            start_zone=stop.zone,
            end_zone=stop.zone,
            all_day=True,
            location=_joined(stop.lodging_name, stop.lodging_address),
            description=_text(lines),
            categories=(say.text("lodging"),),
            transparent=True,
            classification=classification(options.edition),
        )


# ---------------------------------------------------------------------------------------------
# Text


def _joined(*parts: str | None) -> str | None:
    text = ", ".join(p.strip() for p in parts if p and p.strip())
    return text or None


def _text(lines: list[str]) -> str:
    return "\n".join(lines).strip()
