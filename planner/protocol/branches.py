"""Editing a hybrid meeting's branch venues: the same meeting at the same instant, joined from
another place and shown in that place's local time.

Shaped like :mod:`planner.protocol.editing`, whose helpers it shares: a
:class:`BranchVenueRecord` is checked by :func:`validate` (messages in the editors' languages),
``create``/``update`` apply it. Reading, deleting (a :class:`~planner.snapshots.Snapshot`
that puts the branch back with the same ids, UUIDs and attendees) and restoring are the
registry's, as for every kind: :mod:`planner.editing.registry` is how it is reached. A record
names its host and attendees by UUID and leaves its meeting out: a branch venue never moves to
another meeting, so the meeting is said once, when it is created.

A meeting's branch venues keep the user's order (their ``position``); a new one comes last.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuidlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from planner import conflicts, localtime, model, validation_messages
from planner.editing import rows
from planner.editing.rows import get

__all__ = [
    "BranchVenueRecord",
    "create",
    "meeting_of",
    "of_meeting",
    "update",
    "validate",
]

COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class BranchVenueRecord:
    name: str
    city: str
    country: str
    timezone: str
    address: str | None = None
    online_url: str | None = None
    host: str | None = None
    """An organization's UUID."""
    attendees: tuple[str, ...] = ()
    """People's UUIDs, in the user's order."""

    @property
    def label(self) -> str:
        return self.name


# ---------------------------------------------------------------------------------------------
# Validation


def validate(record: BranchVenueRecord, language: str = "en") -> dict[str, str]:
    """Every problem of ``record`` by field name, in ``language`` (``en``, ``de``, ``zh``)."""
    problems: dict[str, str] = {}

    def say(key: str, **values: object) -> str:
        return validation_messages.message(language, key, **values)

    if not record.name.strip():
        problems["name"] = say("required", label=say("label.name"))
    if not record.city.strip():
        problems["city"] = say("required", label=say("label.city"))
    if not COUNTRY_CODE.match(record.country.strip()):
        problems["country"] = say("country")
    if not localtime.is_zone(record.timezone.strip()):
        problems["timezone"] = say("zone", value=repr(record.timezone))
    if len(set(record.attendees)) != len(record.attendees):
        problems["attendees"] = say("attendee_twice")
    problems.update(validation_messages.text_problems(record, language))
    return problems


# ---------------------------------------------------------------------------------------------
# Reading, creating, changing, removing


def record_of(branch: model.BranchVenue) -> BranchVenueRecord:
    return BranchVenueRecord(
        name=branch.name,
        city=branch.city,
        country=branch.country,
        timezone=branch.timezone,
        address=branch.address,
        online_url=branch.online_url,
        host=branch.host.uuid if branch.host is not None else None,
        attendees=tuple(link.person.uuid for link in branch.attendee_links),
    )


def meeting_of(session: Session, uuid: str) -> str:
    """The UUID of the meeting the branch venue ``uuid`` belongs to."""
    return get(session, model.BranchVenue, uuid).meeting.uuid


def of_meeting(session: Session, meeting_uuid: str) -> tuple[tuple[str, BranchVenueRecord], ...]:
    """The meeting's branch venues in the user's order, each with its UUID."""
    meeting = get(session, model.Meeting, meeting_uuid)
    return tuple((branch.uuid, record_of(branch)) for branch in meeting.branch_venues)


def create(
    session: Session, meeting_uuid: str, record: BranchVenueRecord, uuid: str | None = None
) -> str:
    """Add the branch venue after the meeting's others; its UUID."""
    record = rows.checked(record, validate)
    uuid = uuid or str(uuidlib.uuid4())
    meeting = get(session, model.Meeting, meeting_uuid)
    with session.no_autoflush:  # the new branch is whole only once the record is applied
        branch = model.BranchVenue(uuid=uuid)
        _apply(session, branch, record)
        meeting.branch_venues.append(branch)
    session.flush()
    return uuid


def update(
    session: Session,
    uuid: str,
    record: BranchVenueRecord,
    *,
    expected_version: int | None = None,
    base: BranchVenueRecord | None = None,
) -> int:
    """Change the branch venue ``uuid`` to match ``record``; it keeps its place in the list.
    Its new version. ``expected_version`` and ``base`` as in :func:`planner.editing.update`:
    a colleague's save since is a :class:`~planner.conflicts.Conflict`, a delete
    :class:`~planner.conflicts.Gone`."""
    record = rows.checked(record, validate)
    branch = rows.for_update(
        session, model.BranchVenue, uuid, record, expected_version, record_of=record_of, base=base
    )
    _apply(session, branch, record)
    branch.modified = dt.datetime.now(dt.UTC)  # the version goes up when only attendees change
    with conflicts.caught_by_version(record, expected_version, base=base, uuid=uuid):
        session.flush()
    version = branch.version
    session.expire_all()
    return version


# ---------------------------------------------------------------------------------------------
# record -> ORM object


def _apply(session: Session, branch: model.BranchVenue, record: BranchVenueRecord) -> None:
    branch.name, branch.city, branch.country, branch.timezone = (
        record.name,
        record.city,
        record.country,
        record.timezone,
    )
    branch.address, branch.online_url = record.address, record.online_url
    branch.host = get(session, model.Organization, record.host) if record.host else None
    if tuple(link.person.uuid for link in branch.attendee_links) != record.attendees:
        branch.attendee_links = [
            model.BranchAttendee(person=get(session, model.Person, u)) for u in record.attendees
        ]
