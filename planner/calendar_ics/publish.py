"""A trip's calendar kept in a CalDAV collection, so that delegates' phones follow changes
without new files (``planner publish``).

Each event and to-do is one resource named by its UID, a complete VCALENDAR as the .ics export
renders it (the same VTIMEZONEs, and the same SEQUENCE and DTSTAMP from
:mod:`.export_state`), so a phone sees a changed meeting as an update of the one it holds.

What the server already holds decides what is sent: an event whose resource shows the same
UID, SEQUENCE and DTSTAMP is left alone; a changed one is PUT over the version listed (If-Match
its ETag), a new one only where nothing is yet (If-None-Match). Events that left the calendar
are DELETEd, and only resources whose UID this trip produced: the collection may hold other
people's events. The export state is committed before anything is sent, so a publish that
stops half-way (a lost connection, a 412) is finished by the next one: it finds the same
versions, skips what arrived, and sends the rest.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import quote, unquote, urlsplit

import icalendar
from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from planner import model
from planner.calendar_ics import export_state
from planner.calendar_ics.caldav import CalDavError, Collection, Resource
from planner.calendar_ics.events import ExportOptions, build_events
from planner.calendar_ics.export import calendar_name, render
from planner.calendar_ics.export_state import Stamped
from planner.calendar_ics.source import read_source
from planner.store import Store

PASSWORD_ENV = "DELEGATION_PLANNER_CALDAV_PASSWORD"
KEYRING_SERVICE = "Delegation Planner CalDAV"


@dataclass(frozen=True)
class Published:
    """What one publish did, for the caller to report. ``events``, ``cancelled`` and
    ``todos`` count what the collection now holds of the trip's calendar."""

    url: str
    created: int
    updated: int
    deleted: int
    unchanged: int
    events: int
    cancelled: int
    todos: int


def password(collection_user: str | None, url: str) -> str | None:
    """The password for ``url``: ``$DELEGATION_PLANNER_CALDAV_PASSWORD``, else the system
    keychain's entry "Delegation Planner CalDAV" for ``USER@HOST``; never a file."""
    if collection_user is None:
        return None
    from_environment = os.environ.get(PASSWORD_ENV)
    if from_environment:
        return from_environment
    try:
        import keyring  # noqa: PLC0415 - its backends load slowly; only publishing needs them
        from keyring.errors import KeyringError  # noqa: PLC0415
    except ImportError:
        return None
    try:
        found: str | None = keyring.get_password(
            KEYRING_SERVICE, keyring_account(collection_user, url)
        )
    except KeyringError:
        return None
    return found


def keyring_account(user: str, url: str) -> str:
    """The keychain's account name for a user on a server: ``USER@HOST[:PORT]``."""
    return f"{user}@{urlsplit(url).netloc.rsplit('@', 1)[-1]}"


def resource_name(uid: str) -> str:
    """The resource's name in the collection: the UID with everything but RFC 3986's
    unreserved characters percent-encoded (an imported invitation's UID may hold ``/``)."""
    return quote(uid, safe="") + ".ics"


def publish(
    st: Store,
    trip_uuid: str,
    options: ExportOptions,
    collection: Collection,
    *,
    now: dt.datetime | None = None,
) -> Published:
    """Bring the collection to the trip's calendar for ``options`` (a full calendar: a
    selection of meetings cannot say what left it)."""
    if options.is_selection:
        raise CalDavError(f"{collection.shown}: a published calendar holds every meeting")
    collection.check()  # a wrong address changes nothing, not even the export state
    listed = collection.resources()
    with st.transaction() as session:
        stamped, ours, name = _settle(session, trip_uuid, options, now)
    present = {item.spec.uid: item for item in stamped if item.spec.uid in ours.present}
    held = _by_uid(listed)
    created = updated = unchanged = deleted = 0
    for uid, item in present.items():
        on_server = held.get(uid)
        if on_server is not None and on_server[1] == _version_of(item):
            unchanged += 1
            continue
        if on_server is None:
            url = collection.href_url(resource_name(uid))
            collection.put(url, render(name, [item], method=None), etag=None, new=True)
            created += 1
        else:
            resource = on_server[0]
            collection.put(
                resource.href, render(name, [item], method=None), etag=resource.etag, new=False
            )
            updated += 1
    for uid, (resource, _) in sorted(held.items()):
        if uid in ours.produced and uid not in present:
            collection.delete(resource.href, etag=resource.etag)
            deleted += 1
    events = [item for item in present.values() if not item.spec.todo]
    return Published(
        url=collection.shown,
        created=created,
        updated=updated,
        deleted=deleted,
        unchanged=unchanged,
        events=len(events),
        cancelled=sum(1 for item in events if item.spec.cancelled),
        todos=len(present) - len(events),
    )


@dataclass(frozen=True)
class _Uids:
    present: frozenset[str]
    """The UIDs of the calendar as it is now (cancelled meetings included)."""
    produced: frozenset[str]
    """Every UID any calendar of this trip ever exported: the only ones publish may delete."""


@dataclass(frozen=True)
class _Version:
    """What identifies an event's content to a client: its UID, SEQUENCE and DTSTAMP."""

    uid: str
    sequence: int
    stamp: dt.datetime | None


def _settle(
    session: Session, trip_uuid: str, options: ExportOptions, now: dt.datetime | None
) -> tuple[list[Stamped], _Uids, str]:
    """The events stamped as the .ics export stamps them (and recorded), with the UIDs."""
    source = read_source(session, trip_uuid)
    specs = build_events(source, options)
    stamped = export_state.settle(
        session, source.trip_id, options, specs, now or dt.datetime.now(dt.UTC)
    )
    table = cast(Table, model.CalendarExport.__table__)
    exported = session.scalars(select(table.c.uid).where(table.c.trip_id == source.trip_id))
    present = frozenset(spec.uid for spec in specs)
    uids = _Uids(present=present, produced=frozenset(exported) | present)
    return stamped, uids, calendar_name(source, options)


def _by_uid(listed: list[Resource]) -> dict[str, tuple[Resource, _Version]]:
    """The collection's objects by the UID they hold; one that cannot be read is no one's."""
    held: dict[str, tuple[Resource, _Version]] = {}
    for resource in listed:
        version = _version_in(resource.data)
        if version is None:
            continue
        # Two objects with one UID (another client's copy): keep the one named as we name it.
        if version.uid in held and not _named_for(resource.href, version.uid):
            continue
        held[version.uid] = (resource, version)
    return held


def _version_in(data: bytes) -> _Version | None:
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, KeyError, IndexError, TypeError):
        return None  # another client's resource we cannot read: not ours to touch
    for component in calendar.subcomponents:
        if component.name in ("VEVENT", "VTODO") and "UID" in component:
            return _Version(
                uid=str(component["UID"]),
                sequence=_int(component.get("SEQUENCE")),
                stamp=_instant(component.get("DTSTAMP")),
            )
    return None


def _version_of(item: Stamped) -> _Version:
    return _Version(item.spec.uid, item.sequence, item.last_modified.astimezone(dt.UTC))


def _named_for(href: str, uid: str) -> bool:
    return unquote(href.rstrip("/").rsplit("/", 1)[-1]) == unquote(resource_name(uid))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _instant(value: Any) -> dt.datetime | None:
    instant = getattr(value, "dt", None)
    if not isinstance(instant, dt.datetime) or instant.tzinfo is None:
        return None
    return instant.astimezone(dt.UTC)
