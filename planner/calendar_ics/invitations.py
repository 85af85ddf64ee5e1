"""Invitations out: each person's meetings as iTIP messages (RFC 5546), one per meeting.

A calendar file is imported by whoever receives it; an invitation is answered. So each person
with an e-mail address gets a METHOD:REQUEST for each meeting they attend, with themselves as
the one ATTENDEE (RSVP=TRUE, PARTSTAT=NEEDS-ACTION: the other attendees' addresses are not
passed round) and the office as ORGANIZER, to whom the answers go.

What was sent to whom is kept as a calendar of its own per person in the export state
(:mod:`export_state`, audience :func:`audience_for`), so that:

- only meetings new or changed since the last sending are sent again (the same UID, SEQUENCE
  one higher, which is how a client knows to update);
- a meeting cancelled, deleted, or that the person was taken off, gets one METHOD:CANCEL,
  and only if a REQUEST for it had gone out;
- the SEQUENCE is never below the one any exported calendar of the trip wrote for that UID,
  so a client holding the event from a calendar file takes the invitation as its update.

Nothing here sends: :mod:`invitation_mail` makes the e-mails, and the caller commits the
session only once they are sent (or saved as drafts), so a failed sending is repeated whole.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, replace
from typing import cast

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from planner import emails, model, names, office
from planner.calendar_ics import export_state
from planner.calendar_ics.events import (
    EXTERNAL,
    ExportOptions,
    Party,
    build_events,
    find_person,
    meeting_uid,
    uncancelled,
)
from planner.calendar_ics.export import render
from planner.calendar_ics.export_state import Stamped
from planner.calendar_ics.source import CalendarSource, PersonInfo, read_source
from planner.errors import PlannerError

REQUEST, CANCEL = "REQUEST", "CANCEL"
_NAMESPACE = uuid.UUID("5d0c6b0e-3f0a-4c47-9a8e-2f6f1f3f2a20")


@dataclass(frozen=True)
class Invitation:
    """One message: a REQUEST or CANCEL of one meeting for one person."""

    method: str
    recipient: Party
    person_uuid: str
    meeting: str
    """The meeting's title, without the "Cancelled: " the event's summary may carry."""
    uid: str
    sequence: int
    start: dt.datetime
    end: dt.datetime
    zone: str
    location: str | None
    ics: bytes
    salutation: str = ""
    """The name the mail greets, as its language addresses the person ("李伟先生（Li Wei）",
    "Herr Li Wei (李伟)"); empty: the recipient's name."""

    def line(self) -> str:
        """``REQUEST<TAB>li.wei@example.org<TAB>Opening ceremony``: what the dry run prints."""
        title = "".join(ch if ch.isprintable() else " " for ch in self.meeting)
        return f"{self.method}\t{self.recipient.email}\t{title}"


@dataclass(frozen=True)
class InvitationPlan:
    trip_title: str
    organizer: Party
    language: str
    invitations: tuple[Invitation, ...]
    recipients: int = 0  # the people with an e-mail address the plan looked at

    @property
    def requests(self) -> int:
        return sum(1 for i in self.invitations if i.method == REQUEST)

    @property
    def cancels(self) -> int:
        return len(self.invitations) - self.requests


def office_organizer() -> Party | None:
    """The office as ORGANIZER of exported events, when its settings name it; None (the
    host then organizes) when they do not, or cannot be read: an export does not fail for
    the invitations' settings, which ``planner invite`` reports instead."""
    try:
        settings = office.load()
    except PlannerError:
        return None
    return Party(settings.name, settings.email) if settings.has_identity else None


def audience_for(person_uuid: str) -> str:
    """The export state's key for what was sent to a person: a UUID of its own (the column
    holds 36 characters), never equal to a person's, so their calendar file is not touched."""
    return str(uuid.uuid5(_NAMESPACE, person_uuid))


def plan_invitations(
    session: Session,
    trip_uuid: str,
    organizer: Party,
    *,
    person: str | None = None,
    language: str = "en",
    now: dt.datetime | None = None,
) -> InvitationPlan:
    """The messages due for the trip (or the one ``person``, by name), recorded as sent in
    the session: roll it back for a dry run, or when the sending fails."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    source = read_source(session, trip_uuid)
    if person is not None:
        found = find_person(source, person)
        if not found.email or not emails.is_email(found.email):
            raise PlannerError(f"{found.name} has no e-mail address to send invitations to")
        people = [found]
    else:
        people = [p for p in source.people.values() if p.email and emails.is_email(p.email)]
        people.sort(key=lambda p: p.precedence)
    exported = _exported_sequences(session, source.trip_id)
    made: list[Invitation] = []
    for someone in people:
        made.extend(
            _for_person(
                session, source, someone, organizer, language=language, exported=exported, now=now
            )
        )
    return InvitationPlan(source.title, organizer, language, tuple(made), len(people))


def _for_person(
    session: Session,
    source: CalendarSource,
    person: PersonInfo,
    organizer: Party,
    *,
    language: str,
    exported: dict[str, int],
    now: dt.datetime,
) -> list[Invitation]:
    options = ExportOptions(
        person_uuid=person.uuid,
        reminder_minutes=0,
        language=language,
        follow_ups=False,
        organizer=organizer,
    )
    recipient = Party(person.display_name, (person.email or "").strip())
    meetings = {meeting_uid(m) for m in source.meetings}
    specs = [
        replace(
            spec,
            organizer=organizer,
            attendees=(recipient,),
            base_sequence=max(spec.base_sequence, exported.get(spec.uid, 0)),
        )
        for spec in build_events(source, options)
        if spec.uid in meetings
    ]
    audience = audience_for(person.uuid)
    sent = _sent_sequences(session, source.trip_id, audience)
    stamped = export_state.settle(session, source.trip_id, options, specs, now, audience=audience)
    made = []
    for item in stamped:
        if sent.get(item.spec.uid) == item.sequence:
            continue  # sent before, unchanged since (a change raises the SEQUENCE)
        # A cancellation rebuilt from the record has lost its parties: iTIP needs both.
        spec = replace(item.spec, organizer=organizer, attendees=(recipient,))
        method = CANCEL if spec.cancelled else REQUEST
        ics = render(
            source.title, [Stamped(spec, item.sequence, item.last_modified)], method=method
        )
        made.append(
            Invitation(
                method=method,
                recipient=recipient,
                person_uuid=person.uuid,
                meeting=uncancelled(spec.summary, language),
                uid=spec.uid,
                sequence=item.sequence,
                start=spec.start,
                end=spec.end,
                zone=spec.start_zone,
                location=spec.location,
                ics=ics,
                salutation=_salutation(person, language),
            )
        )
    return made


def _sent_sequences(session: Session, trip_id: int, audience: str) -> dict[str, int]:
    """The SEQUENCE of what was last sent to a person, by UID (before this sending)."""
    c = cast(Table, model.CalendarExport.__table__).c
    rows = session.execute(
        select(c.uid, c.sequence).where(
            c.trip_id == trip_id, c.audience == audience, c.edition == EXTERNAL
        )
    ).all()
    return {str(uid): int(sequence) for uid, sequence in rows}


def _exported_sequences(session: Session, trip_id: int) -> dict[str, int]:
    """The highest SEQUENCE any calendar of the trip wrote, by UID."""
    table = cast(Table, model.CalendarExport.__table__)
    c = table.c
    rows = session.execute(
        select(c.uid, func.max(c.sequence)).where(c.trip_id == trip_id).group_by(c.uid)
    ).all()
    return {str(uid): int(sequence) for uid, sequence in rows}


def _salutation(person: PersonInfo, language: str) -> str:
    """English greets by the listed name, as its mails always did; German and Chinese with
    the honorific where their readers expect it (after the name in Chinese)."""
    if language == "en":
        return person.display_name
    parts = (person.family_name, person.given_name, person.native_name)
    return names.name_in(language, *parts, person.honorific)
