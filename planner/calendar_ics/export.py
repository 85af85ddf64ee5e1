"""Writing a trip's calendar as an .ics file that Outlook, Google, Apple and Thunderbird take.

The rules come from ``INTEROP.md``: METHOD:PUBLISH (files people import), a VTIMEZONE for
every TZID used (:mod:`vtimezone`), never a floating time and never a TZID with a ``Z`` time,
CRLF and folding (:mod:`folding`; the lines are written by :mod:`content` as icalendar
writes them, without building its components), UID and DTSTAMP on every event, a VALARM with
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

from sqlalchemy.orm import Session

from planner import localtime, names, private_files
from planner.calendar_ics import content, export_state, folding, text
from planner.calendar_ics.events import ExportOptions, build_events
from planner.calendar_ics.export_state import Stamped
from planner.calendar_ics.labels import Labels
from planner.calendar_ics.source import CalendarSource, read_source
from planner.calendar_ics.vtimezone import vtimezone_lines
from planner.errors import PlannerError

PRODID = "-//Delegation Planner//Trip calendar//EN"
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
    """X-WR-CALNAME and NAME: the trip's title (a visit received says so: 来访：…, as the
    office's own calendars sit beside it), and for a person's own calendar their name as
    the packs print it ("Li Wei 李伟": the order of the person's culture, the native script
    once; in Chinese "李伟（Li Wei）"), joined as the language joins a title and a name."""
    person = source.people.get(options.person_uuid or "")
    if person is None:
        return Labels(options.language).text(f"calendar_trip.{source.direction}", trip=source.title)
    if options.language == "zh":
        shown = names.name_in("zh", person.family_name, person.given_name, person.native_name, None)
        return Labels(options.language).text("calendar_name", trip=source.title, person=shown)
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
    title = content.first_value(content.text(text.clean(name)))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    if method is not None:
        lines.append(f"METHOD:{content.text(method)}")
    lines += [f"NAME:{title}", f"X-WR-CALNAME:{title}"]  # RFC 7986's, and the X- most read
    for zone, (first, last) in sorted(_zone_years(stamped).items()):
        lines += vtimezone_lines(zone, first, last)
    for item in stamped:
        lines += _todo(item) if item.spec.todo else _event(item, method)
    lines.append("END:VCALENDAR")
    return b"\r\n".join([folding.fold(line.encode()) for line in lines]) + b"\r\n"


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
            if content.in_utc(instant, zone):
                continue
            year = localtime.local(instant, zone).year
            first, last = years.get(zone, (year, year))
            years[zone] = (min(first, year), max(last, year))
    return years


def _event(item: Stamped, method: str | None = "PUBLISH") -> list[str]:
    """A VEVENT's lines, in icalendar's order: SUMMARY, DTSTART, DTEND, DTSTAMP, UID and
    SEQUENCE first, then the rest by name."""
    spec = item.spec
    lines = ["BEGIN:VEVENT", f"SUMMARY:{_text(spec.summary)}"]
    if spec.all_day:
        lines += [
            f"DTSTART{content.day(spec.start.date())}",
            f"DTEND{content.day(spec.end.date())}",
        ]
    else:
        lines.append(f"DTSTART{content.moment(spec.start, spec.start_zone)}")
        lines.append(f"DTEND{content.moment(spec.end, spec.end_zone)}")
    stamp = content.utc(item.last_modified)
    lines += [f"DTSTAMP:{stamp}", f"UID:{_text(spec.uid)}", f"SEQUENCE:{item.sequence}"]
    for party in spec.attendees:
        if not text.is_clean_uri(party.email):
            continue  # an address no client could write back to; the description names them
        answer = "PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE"
        if method != "REQUEST":
            answer = "ROLE=REQ-PARTICIPANT;RSVP=FALSE"
        lines.append(
            f"ATTENDEE;CN={_name(party.name)};CUTYPE=INDIVIDUAL;{answer}:mailto:{party.email}"
        )
    if spec.categories:
        categories = ",".join(content.text(text.clean(c)) for c in spec.categories)
        lines.append(f"CATEGORIES:{content.first_value(categories)}")
    if spec.classification:
        lines.append(f"CLASS:{content.text(spec.classification)}")
    url = spec.url if spec.url and text.is_clean_uri(spec.url) else None
    if url and spec.conference_label:
        lines.append(f"CONFERENCE;{_conference(url, spec.conference_label)}")
    if spec.description:
        lines.append(f"DESCRIPTION:{_text(spec.description)}")
    if spec.geo is not None:
        lines.append(f"GEO:{float(spec.geo[0])};{float(spec.geo[1])}")
    lines.append(f"LAST-MODIFIED:{stamp}")
    if spec.location:
        lines.append(f"LOCATION:{_text(spec.location)}")
    if spec.organizer is not None and text.is_clean_uri(spec.organizer.email):
        organizer = spec.organizer
        lines.append(f"ORGANIZER;CN={_name(organizer.name)}:mailto:{organizer.email}")
    lines.append(f"STATUS:{content.text(spec.status)}")
    lines.append(f"TRANSP:{'TRANSPARENT' if spec.transparent else 'OPAQUE'}")
    if url:
        lines.append(f"URL:{url}")
    if spec.alarm_minutes > 0 and not spec.all_day and not spec.cancelled:
        trigger = content.duration(dt.timedelta(minutes=-spec.alarm_minutes))
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"DESCRIPTION:{_text(spec.reminder or f'Reminder: {spec.summary}')}",
            f"TRIGGER:{trigger}",
            f"UID:{content.text(f'alarm-{spec.uid}')}",  # not cleaned, as it always was
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def _conference(url: str, label: str) -> str:
    """RFC 7986 CONFERENCE for an online meeting's link, after its name. The link stays in
    URL and in the description too: Outlook and Google show neither CONFERENCE nor, in every
    view, URL."""
    feature = "PHONE" if url.lower().startswith("tel:") else "AUDIO,VIDEO"
    label = content.parameter(text.one_line(label))
    return f"FEATURE={feature};LABEL={label};VALUE=URI:{url}"


def _todo(item: Stamped) -> list[str]:
    """A follow-up: due on a day (no time, so no zone), done or not, tied to its meeting;
    its lines by name, as icalendar orders a VTODO's."""
    spec = item.spec
    stamp = content.utc(item.last_modified)
    lines = ["BEGIN:VTODO"]
    if spec.classification:
        lines.append(f"CLASS:{content.text(spec.classification)}")
    if spec.description:
        lines.append(f"DESCRIPTION:{_text(spec.description)}")
    lines.append(f"DTSTAMP:{stamp}")
    if spec.due is not None:
        lines.append(f"DUE{content.day(spec.due)}")
    lines.append(f"LAST-MODIFIED:{stamp}")
    if spec.related_to:
        lines.append(f"RELATED-TO:{_text(spec.related_to)}")
    lines += [
        f"SEQUENCE:{item.sequence}",
        f"STATUS:{content.text(spec.status)}",
        f"SUMMARY:{_text(spec.summary)}",
        f"UID:{_text(spec.uid)}",
        "END:VTODO",
    ]
    return lines


def _text(value: str) -> str:
    """Stored text as a TEXT value after a property's colon."""
    return content.first_value(content.text(text.clean(value)))


def _name(value: str) -> str:
    """A person's name as a CN parameter: quoted also for a space or an apostrophe."""
    return content.parameter(text.one_line(value), quote_if=" '")
