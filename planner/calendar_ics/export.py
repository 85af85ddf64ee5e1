"""Writing a trip's calendar as an .ics file that Outlook, Google, Apple and Thunderbird take.

The rules come from ``INTEROP.md``: METHOD:PUBLISH (files people import), a VTIMEZONE for
every TZID used (:mod:`vtimezone`), never a floating time and never a TZID with a ``Z`` time,
CRLF and folding (icalendar's serializer), UID and DTSTAMP on every event, a VALARM with
ACTION:DISPLAY, TRIGGER and DESCRIPTION.

Reproducible: the same data and the same export state give the same bytes. Nothing here reads
the clock except to stamp content that changed (see :mod:`export_state`); VTIMEZONEs depend
only on the zones and years used; events and zones are written in a fixed order.

One instant cannot be written as a wall time with a TZID: the second pass of an hour that the
clocks repeat (2024-10-27 02:30+01:00 in Berlin), because RFC 5545 reads such a wall time as
the first pass. Those, and anything in UTC itself, are written in UTC (``...Z``, no TZID).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from icalendar import Alarm, Calendar, Event, Todo, vCalAddress, vGeo, vText, vUri
from sqlalchemy.orm import Session

from planner import localtime, names, private_files
from planner.calendar_ics import export_state, folding, text
from planner.calendar_ics.events import EventSpec, ExportOptions, build_events
from planner.calendar_ics.export_state import Stamped
from planner.calendar_ics.labels import Labels
from planner.calendar_ics.source import CalendarSource, read_source
from planner.calendar_ics.vtimezone import vtimezone
from planner.errors import PlannerError

PRODID = "-//Delegation Planner//Trip calendar//EN"
UTC_ZONES = frozenset({"UTC", "Etc/UTC", "Etc/GMT", "GMT", "Etc/Zulu", "Zulu"})
_UNSAFE_IN_NAMES = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass(frozen=True)
class Exported:
    """One calendar made: its bytes and what it holds, for the caller to report. ``events``
    and ``cancelled`` count events; ``todos`` the follow-ups written as to-dos."""

    data: bytes
    name: str
    events: int
    cancelled: int
    todos: int = 0


def export_calendar(
    session: Session,
    trip_uuid: str,
    options: ExportOptions,
    *,
    now: dt.datetime | None = None,
) -> Exported:
    """The calendar of the trip for ``options``, with the export recorded in the session.

    The caller's transaction keeps the record: commit it once the file is written (or roll
    it back if the write fails), as :func:`export_to_file` does within one transaction.
    """
    source = read_source(session, trip_uuid)
    specs = build_events(source, options)
    stamped = export_state.settle(
        session, source.trip_id, options, specs, now or dt.datetime.now(dt.UTC)
    )
    name = calendar_name(source, options)
    events = [s for s in stamped if not s.spec.todo]
    return Exported(
        data=render(name, stamped),
        name=name,
        events=len(events),
        cancelled=sum(1 for s in events if s.spec.cancelled),
        todos=len(stamped) - len(events),
    )


def export_to_file(
    session: Session,
    trip_uuid: str,
    options: ExportOptions,
    path: Path,
    *,
    now: dt.datetime | None = None,
) -> Exported:
    """Export and write ``path`` whole or not at all (a temporary file renamed over it)."""
    exported = export_calendar(session, trip_uuid, options, now=now)
    write_files({path: exported.data})
    return exported


def export_each_delegate(
    session: Session,
    trip_uuid: str,
    options: ExportOptions,
    folder: Path,
    *,
    now: dt.datetime | None = None,
) -> list[tuple[Path, Exported]]:
    """One calendar per member of the delegation, written into ``folder`` all or none, each
    named after the trip and the person."""
    source = read_source(session, trip_uuid)
    if not source.delegation:
        raise PlannerError(f"the trip {source.title!r} has no delegation members yet")
    made: list[tuple[Path, Exported]] = []
    taken: set[str] = set()
    for uuid in source.delegation:
        name = file_name(source.title, source.people[uuid].name)
        number = 2
        while name.casefold() in taken:
            name = file_name(source.title, f"{source.people[uuid].name} ({number})")
            number += 1
        taken.add(name.casefold())
        personal = replace(options, person_uuid=uuid)
        made.append((folder / name, export_calendar(session, trip_uuid, personal, now=now)))
    write_files({path: exported.data for path, exported in made})
    return made


def calendar_name(source: CalendarSource, options: ExportOptions) -> str:
    """X-WR-CALNAME and NAME: the trip's title, and for a person's own calendar their name as
    the packs print it ("Li Wei 李伟": the order of the person's culture, the native script
    once), joined as the language joins a title and a name."""
    person = source.people.get(options.person_uuid or "")
    if person is None:
        return source.title
    latin = names.latin_name(person.family_name, person.given_name, person.native_name)
    native = (person.native_name or "").strip()
    shown = " ".join(p for p in (latin, native if native != latin else "") if p)
    return Labels(options.language).text("calendar_name", trip=source.title, person=shown)


def file_name(*parts: str) -> str:
    """A file name from a trip title and a person's name, safe on Windows, macOS and Linux."""
    joined = " - ".join(_UNSAFE_IN_NAMES.sub("_", p).strip(" .") for p in parts if p.strip())
    return f"{joined[:120].rstrip(' .') or 'calendar'}.ics"


def render(name: str, stamped: list[Stamped], *, method: str | None = "PUBLISH") -> bytes:
    """The .ics bytes of a calendar called ``name`` holding ``stamped`` (in that order).

    ``method`` is PUBLISH for files people import; an e-mailed invitation (:mod:`invitations`)
    is a REQUEST, whose attendees are asked to answer, or a CANCEL; None leaves METHOD out, as
    a CalDAV resource must (RFC 4791, 4.1)."""
    calendar = Calendar()
    calendar.add("PRODID", PRODID)
    calendar.add("VERSION", "2.0")
    calendar.add("CALSCALE", "GREGORIAN")
    if method is not None:
        calendar.add("METHOD", method)
    calendar.add("X-WR-CALNAME", vText(text.clean(name)))  # an X- name is not TEXT to icalendar
    calendar.add("NAME", vText(text.clean(name)))  # RFC 7986's, for the clients that read it
    for zone, (first, last) in sorted(_zone_years(stamped).items()):
        calendar.add_component(vtimezone(zone, first, last))
    for item in stamped:
        calendar.add_component(_todo(item) if item.spec.todo else _event(item, method))
    return folding.to_ical(calendar)


def write_files(files: Mapping[Path, bytes]) -> None:
    """Write every file or none, owner-only (:mod:`planner.private_files`)."""
    private_files.write_all_private(files, "the calendar")


# ---------------------------------------------------------------------------------------------


def _zone_years(stamped: list[Stamped]) -> dict[str, tuple[int, int]]:
    """Each zone written as a TZID, with the first and last local year it is used in."""
    years: dict[str, tuple[int, int]] = {}
    for item in stamped:
        spec = item.spec
        if spec.all_day:
            continue
        for instant, zone in ((spec.start, spec.start_zone), (spec.end, spec.end_zone)):
            if _in_utc(instant, zone):
                continue
            year = localtime.local(instant, zone).year
            first, last = years.get(zone, (year, year))
            years[zone] = (min(first, year), max(last, year))
    return years


def _in_utc(instant: dt.datetime, zone: str) -> bool:
    return zone in UTC_ZONES or localtime.is_second_pass(instant, zone)


def _when(instant: dt.datetime, zone: str) -> dt.datetime:
    """An aware time that icalendar writes with ``TZID=zone``, or in UTC with ``Z``."""
    if _in_utc(instant, zone):
        return instant.astimezone(dt.UTC)
    return localtime.local(instant, zone)


def _event(item: Stamped, method: str | None = "PUBLISH") -> Event:
    spec = item.spec
    event = _stamped(Event(), item)
    if spec.all_day:
        event.add("DTSTART", spec.start.date())
        event.add("DTEND", spec.end.date())
    else:
        event.add("DTSTART", _when(spec.start, spec.start_zone))
        event.add("DTEND", _when(spec.end, spec.end_zone))
    if spec.location:
        event.add("LOCATION", text.clean(spec.location))
    if spec.description:
        event.add("DESCRIPTION", text.clean(spec.description))
    if spec.url and text.is_clean_uri(spec.url):
        event.add("URL", spec.url)
        if spec.conference_label:
            event.add("CONFERENCE", _conference(spec.url, spec.conference_label))
    if spec.geo is not None:
        event.add("GEO", vGeo(spec.geo))
    if spec.categories:
        event.add("CATEGORIES", [text.clean(c) for c in spec.categories])
    event.add("STATUS", spec.status)
    event.add("TRANSP", "TRANSPARENT" if spec.transparent else "OPAQUE")
    if spec.organizer is not None and text.is_clean_uri(spec.organizer.email):
        organizer = vCalAddress(f"mailto:{spec.organizer.email}")
        organizer.params["CN"] = vText(text.one_line(spec.organizer.name))
        event.add("ORGANIZER", organizer)
    for party in spec.attendees:
        if not text.is_clean_uri(party.email):
            continue  # an address no client could write back to; the description names them
        attendee = vCalAddress(f"mailto:{party.email}")
        attendee.params["CN"] = vText(text.one_line(party.name))
        attendee.params["CUTYPE"] = "INDIVIDUAL"
        attendee.params["ROLE"] = "REQ-PARTICIPANT"
        if method == "REQUEST":
            attendee.params["PARTSTAT"] = "NEEDS-ACTION"
            attendee.params["RSVP"] = "TRUE"
        else:
            attendee.params["RSVP"] = "FALSE"
        event.add("ATTENDEE", attendee)
    if spec.alarm_minutes > 0 and not spec.all_day and not spec.cancelled:
        alarm = Alarm()
        alarm.add("UID", f"alarm-{spec.uid}")
        alarm.add("ACTION", "DISPLAY")
        alarm.add("TRIGGER", dt.timedelta(minutes=-spec.alarm_minutes))
        alarm.add("DESCRIPTION", text.clean(f"Reminder: {spec.summary}"))
        event.add_component(alarm)
    return event


def _conference(url: str, label: str) -> vUri:
    """RFC 7986 CONFERENCE for an online meeting's link. The link stays in URL and in the
    description too: Outlook and Google show neither CONFERENCE nor, in every view, URL."""
    conference = vUri(url)
    conference.params["VALUE"] = "URI"
    phone = url.lower().startswith("tel:")
    conference.params["FEATURE"] = ["PHONE"] if phone else ["AUDIO", "VIDEO"]
    conference.params["LABEL"] = text.one_line(label)
    return conference


def _todo(item: Stamped) -> Todo:
    """A follow-up: due on a day (no time, so no zone), done or not, tied to its meeting."""
    spec = item.spec
    todo = _stamped(Todo(), item)
    if spec.due is not None:
        todo.add("DUE", spec.due)
    if spec.description:
        todo.add("DESCRIPTION", text.clean(spec.description))
    todo.add("STATUS", spec.status)
    if spec.related_to:
        todo.add("RELATED-TO", text.clean(spec.related_to))
    return todo


_Component = TypeVar("_Component", Event, Todo)


def _stamped(component: _Component, item: Stamped) -> _Component:
    """What every event and to-do starts with: UID, stamps, sequence and summary."""
    component.add("UID", text.clean(item.spec.uid))
    component.add("DTSTAMP", item.last_modified)
    component.add("LAST-MODIFIED", item.last_modified)
    component.add("SEQUENCE", item.sequence)
    component.add("SUMMARY", text.clean(item.spec.summary))
    _classify(component, item.spec)
    return component


def _classify(component: Event | Todo, spec: EventSpec) -> None:
    if spec.classification:
        component.add("CLASS", spec.classification)
