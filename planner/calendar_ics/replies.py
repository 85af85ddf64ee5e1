"""Replies to invitations (iTIP METHOD:REPLY, RFC 5546 3.2.3): who accepted, declined or may
come, onto the meetings of a trip.

A reply names the event by its UID (the planner's own ``<meeting uuid>@delegation-planner``,
or the UID of another calendar's event the meeting was imported from, kept with the meeting)
and carries the answering ATTENDEE with PARTSTAT. The attendee is found among the meeting's
attendees by e-mail address (``mailto:``, any case), then by name (CN). As with the events
importer, :func:`plan_replies` decides everything and changes nothing (the window's preview,
``--dry-run``); :func:`apply_replies` makes the plan in the caller's transaction, as edits of
the meetings (undoable, in the history). A UID no meeting of the trip has, or an attendee the
meeting does not list, refuses the whole file with its place: an answer put on the wrong
meeting or person would mislead more than a refusal.

PARTSTAT DELEGATED counts as declined (the person will not come; whoever they sent answers
for themself); NEEDS-ACTION takes an answer back. A reply older (DTSTAMP) than the answer on
record is kept out, since mail arrives out of order.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from icalendar import Calendar, Component
from sqlalchemy.orm import Session

from planner import editing, localtime, names
from planner.calendar_ics import screening
from planner.calendar_ics.errors import IcsError
from planner.calendar_ics.expansion import as_instant
from planner.calendar_ics.importer import _OWN_UID

# The reader's checks of a file's text, shared so that a reply is held to the same rules.
from planner.calendar_ics.reading import (
    _LIBRARY_ERRORS,
    _decoded,
    _one_line,
    _recurrence_key,
    _structure,
    _zone_times,
)
from planner.calendar_ics.source import CalendarSource, MeetingInfo, PersonInfo, read_source
from planner.editing.registry import editor_for
from planner.records import MeetingRecord

SET, KEEP = "answer", "keep"
PARTSTATS = {
    "ACCEPTED": "accepted",
    "DECLINED": "declined",
    "TENTATIVE": "tentative",
    "DELEGATED": "declined",
    "NEEDS-ACTION": None,
}
_METHOD = re.compile(r"^METHOD:(.*)$", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True)
class FileAnswer:
    """One ATTENDEE's answer in a VEVENT of the file."""

    uid: str
    recurrence: str
    line: int
    answer: str | None
    stamp: dt.datetime | None
    email: str | None
    name: str | None

    @property
    def who(self) -> str:
        return self.email or self.name or "(no address)"


@dataclass(frozen=True)
class AnswerAction:
    """The answer a reply sets on one attendee of one meeting (or keeps out, and why)."""

    verb: str
    meeting_uuid: str
    title: str
    when: str
    person_uuid: str
    person: str
    answer: str | None
    answered: dt.datetime | None
    reason: str = ""

    def describe(self) -> str:
        """One line: verb, the meeting's local time and title, who answers what."""
        title = " ".join(self.title.split())
        line = f"{self.verb:<6}  {self.when}  '{title}': {self.person} {self.answer_word}"
        return f"{line} ({self.reason})" if self.reason else line

    @property
    def answer_word(self) -> str:
        return self.answer or "needs action"


@dataclass(frozen=True)
class ReplyPlan:
    trip_uuid: str
    source: str
    actions: tuple[AnswerAction, ...]

    def count(self, verb: str) -> int:
        return sum(1 for a in self.actions if a.verb == verb)


def is_reply(data: bytes) -> bool:
    """Whether the calendar ``data`` is a reply (METHOD:REPLY) rather than events to add."""
    text = data.decode("utf-8-sig", errors="replace")
    return any(m[1].strip().upper() == "REPLY" for m in _METHOD.finditer(text))


def plan_replies(session: Session, trip_uuid: str, data: bytes, name: str) -> ReplyPlan:
    """The answers the reply ``data`` (the file ``name``) sets on the trip's meetings; changes
    nothing. Raises :class:`IcsError` naming the place of an unknown UID or attendee."""
    source = read_source(session, trip_uuid)
    answers = read_answers(data, name)
    current = {m.uuid: _current_answers(session, m.uuid) for m in _meetings_of(source, answers)}
    actions = [_action(source, answer, name, current) for answer in answers]
    return ReplyPlan(trip_uuid, name, tuple(actions))


def apply_replies(session: Session, plan: ReplyPlan) -> None:
    """Set the plan's answers in the caller's transaction, one edit per meeting."""
    editor = editor_for(MeetingRecord)
    by_meeting: dict[str, list[AnswerAction]] = {}
    for action in plan.actions:
        if action.verb == SET:
            by_meeting.setdefault(action.meeting_uuid, []).append(action)
    for meeting_uuid, actions in by_meeting.items():
        record = editor.read(session, meeting_uuid)
        assert isinstance(record, MeetingRecord)
        answers = {uuid: (answer, when) for uuid, answer, when in record.attendee_answers}
        for action in actions:
            if action.answer is None:
                answers.pop(action.person_uuid, None)
            else:
                answers[action.person_uuid] = (action.answer, action.answered)
        ordered = tuple((u, *answers[u]) for u in record.attendees if u in answers)
        editing.update(session, meeting_uuid, replace(record, attendee_answers=ordered))
    session.flush()


def read_answers(data: bytes, name: str) -> list[FileAnswer]:
    """Every ATTENDEE's answer in the reply, in the file's order."""
    text = _decoded(data, name)
    begins = _structure(text, name)
    screening.screen(text, name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # vendor-prefixed TZIDs, as in the reader
        try:
            calendars = Calendar.from_ical(text, multiple=True)
        except _LIBRARY_ERRORS as exc:
            raise IcsError(f"{name}: not a valid calendar ({_one_line(exc)})") from None
    lines = iter(line for component, line in begins if component == "VEVENT")
    found: list[FileAnswer] = []
    for calendar in calendars:
        for event in calendar.walk("VEVENT"):
            found += _event_answers(event, next(lines, 0), name)
    if not found:
        raise IcsError(f"{name}: a reply without an event: nothing to answer")
    return found


# ---------------------------------------------------------------------------------------------


def _event_answers(event: Component, line: int, name: str) -> list[FileAnswer]:
    uid = str(event.get("UID", "")).strip()
    place = f"{name}: line {line}: VEVENT {uid!r}"
    if not uid:
        raise IcsError(f"{name}: line {line}: VEVENT: no UID, so no meeting to answer")
    try:
        _zone_times(event, place)
        recurrence = ""
        if "RECURRENCE-ID" in event:
            recurrence = _recurrence_key(event.decoded("RECURRENCE-ID"))
        stamp = None
        if "DTSTAMP" in event:
            value = event.decoded("DTSTAMP")
            stamp = as_instant(value) if isinstance(value, dt.datetime) else None
    except _LIBRARY_ERRORS as exc:
        raise IcsError(f"{place}: cannot be read ({_one_line(exc)})") from None
    attendees = event.get("ATTENDEE")
    listed = attendees if isinstance(attendees, list) else [attendees] if attendees else []
    if not listed:
        raise IcsError(f"{place}: no ATTENDEE, so nobody answers")
    answers = []
    for attendee in listed:
        partstat = str(attendee.params.get("PARTSTAT", "NEEDS-ACTION")).strip().upper()
        if partstat not in PARTSTATS:
            raise IcsError(
                f"{place}: ATTENDEE {str(attendee)!r}: PARTSTAT {partstat!r} is no answer"
            )
        address = str(attendee).strip()
        email = address[7:].strip().casefold() if address.lower().startswith("mailto:") else None
        common_name = str(attendee.params.get("CN", "")).strip() or None
        answers.append(
            FileAnswer(uid, recurrence, line, PARTSTATS[partstat], stamp, email, common_name)
        )
    return answers


def _meetings_of(source: CalendarSource, answers: Iterable[FileAnswer]) -> list[MeetingInfo]:
    found = {}
    for answer in answers:
        meeting = _meeting(source, answer)
        if meeting is not None:
            found[meeting.uuid] = meeting
    return list(found.values())


def _meeting(source: CalendarSource, answer: FileAnswer) -> MeetingInfo | None:
    own = _OWN_UID.match(answer.uid)
    for meeting in source.meetings:
        if own and not own["suffix"] and own["uuid"] == meeting.uuid:
            return meeting
        link = meeting.link
        if link is not None and (link.uid, link.recurrence) == (answer.uid, answer.recurrence):
            return meeting
    return None


def _current_answers(
    session: Session, meeting_uuid: str
) -> Mapping[str, tuple[str, dt.datetime | None]]:
    record = editor_for(MeetingRecord).read(session, meeting_uuid)
    assert isinstance(record, MeetingRecord)
    return {uuid: (answer, when) for uuid, answer, when in record.attendee_answers}


def _action(
    source: CalendarSource,
    answer: FileAnswer,
    name: str,
    current: Mapping[str, Mapping[str, tuple[str, dt.datetime | None]]],
) -> AnswerAction:
    place = f"{name}: line {answer.line}: VEVENT {answer.uid!r}"
    meeting = _meeting(source, answer)
    if meeting is None:
        raise IcsError(f"{place}: no meeting of the trip {source.title!r} has this UID")
    person = _attendee(source, meeting, answer)
    if person is None:
        raise IcsError(f"{place}: ATTENDEE {answer.who!r} does not attend {meeting.title!r}")
    on_record = current[meeting.uuid].get(person.uuid)
    verb, reason = SET, ""
    if on_record and on_record[1] and answer.stamp and answer.stamp < on_record[1]:
        verb = KEEP
        reason = f"an older reply than the {on_record[0]} of {_utc(on_record[1])}"
    return AnswerAction(
        verb=verb,
        meeting_uuid=meeting.uuid,
        title=meeting.title,
        when=f"{localtime.local(meeting.start, meeting.zone):%Y-%m-%d %H:%M} {meeting.zone}",
        person_uuid=person.uuid,
        person=person.display_name,
        answer=answer.answer,
        answered=answer.stamp,
        reason=reason,
    )


def _attendee(
    source: CalendarSource, meeting: MeetingInfo, answer: FileAnswer
) -> PersonInfo | None:
    people = [source.people[u] for u in meeting.attendee_uuids if u in source.people]
    if answer.email:
        by_email = [p for p in people if p.email and p.email.strip().casefold() == answer.email]
        if by_email:
            return by_email[0]
    if answer.name:
        wanted = names.fold(answer.name)
        for person in people:
            if wanted in _name_forms(person):
                return person
    return None


def _name_forms(person: PersonInfo) -> set[str]:
    """The ways a mail program may write the person's name in CN, folded."""
    family, given, native = person.family_name, person.given_name, person.native_name
    forms = {
        names.display_name(family, given, native),
        names.latin_name(family, given, native),
        " ".join(p for p in (given, family) if p),
        " ".join(p for p in (family, given) if p),
        native or "",
    }
    return {names.fold(f) for f in forms if f}


def _utc(instant: dt.datetime) -> str:
    return f"{instant.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC"
