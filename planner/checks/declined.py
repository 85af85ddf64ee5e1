"""``declined``: someone the meeting cannot do without has declined its invitation.

Most declines change nothing (an interpreter can be replaced, a colleague goes instead), but
two do: a signatory of the agreement signed at the meeting (its signatories, and attendees in
the role ``signatory``) means there is nothing to sign, and the head of a side means the
meeting loses its rank, which the other side will notice. The head of the delegation is the
member in the role ``head``; the head of the host side at a meeting is, as in the protocol's
speaking order, its highest-ranking attendee who speaks (interpreters do not), by the one rule
of :mod:`planner.ranks`. A declined cancelled meeting is no problem.
"""

from __future__ import annotations

from collections.abc import Iterator

from planner import ranks
from planner.checks.facts import MeetingFact, PersonFact, TripFacts
from planner.checks.messages import ENGLISH_WORDS, Words
from planner.checks.problems import DECLINED, WARNING, Problem
from planner.checks.settings import CheckSettings

HEAD, HOST = "head", "host"


def check_declined(
    facts: TripFacts, settings: CheckSettings, words: Words = ENGLISH_WORDS
) -> Iterator[Problem]:
    for meeting in facts.meetings:
        if meeting.cancelled or not meeting.declined_uuids:
            continue
        host_head = _host_head(meeting, facts)
        for uuid in meeting.declined_uuids:
            person = facts.people.get(uuid)
            if person is None:
                continue
            key = _why(meeting, person, host_head)
            if key is None:
                continue
            yield Problem(
                kind=DECLINED,
                severity=WARNING,
                message=words.text(
                    key,
                    name=person.named(words.language),
                    title=words.quoted(meeting.title),
                    when=words.when(meeting.start, meeting.zone),
                    agreement=words.quoted(meeting.agreement or ""),
                ),
                items=(meeting.title,),
                people=(person.name,),
                instant=meeting.start,
                zone=meeting.zone,
                meeting_uuids=(meeting.uuid,),
                stop_uuid=meeting.stop_uuid,
            )


def _why(meeting: MeetingFact, person: PersonFact, host_head: str | None) -> str | None:
    """The message of what the person was to do at the meeting that a decline leaves undone;
    None: nothing that matters."""
    if person.uuid in meeting.signatory_uuids:
        return "declined.signatory" if meeting.agreement else "declined.signatory_role"
    if person.role == HEAD:
        return "declined.head_delegation"
    if person.uuid == host_head:
        return "declined.head_host"
    return None


def _host_head(meeting: MeetingFact, facts: TripFacts) -> str | None:
    """The host side's head among the meeting's attendees, declined or not: they were invited
    as its head."""
    host = [
        person
        for uuid in meeting.attendee_uuids
        if (person := facts.people.get(uuid)) is not None
        and person.side == HOST
        and uuid not in meeting.interpreter_uuids
    ]
    if not host:
        return None
    return min(host, key=_rank).uuid


def _rank(person: PersonFact) -> ranks.RankKey:
    return ranks.rank_key(person.rank, (person.name,), None, person.listed)
