"""What each calendar of a trip last said about each event: SEQUENCE, LAST-MODIFIED, and
cancellations for events that went away.

Calendar clients update an event they already hold when the new copy has the same UID and a
higher SEQUENCE (or, at the same SEQUENCE, a later DTSTAMP). So the store keeps, per
calendar (the trip's or one person's, per edition) and per UID, a digest of what the event
said, its sequence and the time that content was first exported
(:class:`planner.model.CalendarExport`):

- an event seen for the first time gets sequence 0 (or the SEQUENCE of the invitation it was
  imported from) and the time of this export;
- an event whose digest changed gets sequence + 1 and the time of this export;
- an unchanged event keeps both, so exporting unchanged data gives the same bytes: DTSTAMP
  and LAST-MODIFIED are this stored time, never the clock;
- an event exported before that is no longer in the calendar (its meeting was deleted, or the
  person no longer attends) is written again as cancelled, from the summary and times kept
  here, in this and every later full export. A meeting whose own status is cancelled is
  written as cancelled too, but only once some export had shown it.

An export limited to chosen meetings updates the state of the events it holds and cancels
nothing for what it leaves out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from planner import model
from planner.calendar_ics.events import (
    EventSpec,
    ExportOptions,
    as_cancelled,
    classification,
    is_follow_up_uid,
)
from planner.calendar_ics.labels import Labels


@dataclass(frozen=True)
class Stamped:
    """An event with its stamps, ready to render."""

    spec: EventSpec
    sequence: int
    last_modified: dt.datetime


def settle(
    session: Session,
    trip_id: int,
    options: ExportOptions,
    specs: Sequence[EventSpec],
    now: dt.datetime,
    *,
    audience: str | None = None,
) -> list[Stamped]:
    """Stamp ``specs`` against the stored state and record this export in the session.

    ``audience`` overrides the options' key of the calendar: the invitations sent to a person
    are a calendar of their own (:mod:`invitations`), kept apart from the person's file.

    Returns the events to write, by start: the present ones (less cancelled meetings no
    client has seen) and, for a full export, the cancellations of events that went away.

    The record is read and written as Core rows, not ORM objects: it is bookkeeping with no
    history, and loading a thousand objects to compare digests cost more than the comparing.
    """
    now = now.astimezone(dt.UTC).replace(microsecond=0)
    audience = options.audience if audience is None else audience
    table = cast(Table, model.CalendarExport.__table__)
    c = table.c
    rows: dict[str, Any] = {
        row.uid: row
        for row in session.execute(
            select(
                c.id, c.uid, c.content_hash, c.sequence, c.last_modified, c.summary, c.start,
                c.end, c.start_timezone, c.end_timezone, c.all_day,
            ).where(
                c.trip_id == trip_id,
                c.audience == audience,
                c.edition == options.edition,
            )
        )
    }  # fmt: skip
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    stamped: list[Stamped] = []
    present: set[str] = set()
    for spec in specs:
        present.add(spec.uid)
        row = rows.get(spec.uid)
        digest = spec.content_hash()
        if row is None:
            if spec.cancelled:
                continue  # no client ever saw it: there is nothing to cancel
            added.append(
                {
                    "trip_id": trip_id,
                    "audience": audience,
                    "edition": options.edition,
                    "uid": spec.uid,
                    "sequence": spec.base_sequence,
                    **_record(spec, digest, now, removed=False),
                }
            )
            stamped.append(Stamped(spec, spec.base_sequence, now))
        elif row.content_hash != digest:
            sequence = max(row.sequence + 1, spec.base_sequence)
            changed.append({"b_id": row.id, "sequence": sequence, **_record(spec, digest, now)})
            stamped.append(Stamped(spec, sequence, now))
        else:
            stamped.append(Stamped(spec, row.sequence, row.last_modified))
    if not options.is_selection:
        for uid, row in sorted(rows.items()):
            if uid in present:
                continue
            spec = _cancellation(row, classification(options.edition), options.language)
            digest = spec.content_hash()
            if row.content_hash != digest:
                sequence = row.sequence + 1
                changed.append(
                    {"b_id": row.id, "sequence": sequence, **_record(spec, digest, now, True)}
                )
                stamped.append(Stamped(spec, sequence, now))
            else:
                stamped.append(Stamped(spec, row.sequence, row.last_modified))
    if added:
        session.execute(insert(table), added)
    if changed:
        session.execute(update(table).where(c.id == bindparam("b_id")), changed)
    stamped.sort(key=lambda s: (s.spec.start, s.spec.uid))
    return stamped


def _record(
    spec: EventSpec, digest: str, now: dt.datetime, removed: bool = False
) -> dict[str, Any]:
    """The columns an export (re)writes for an event whose content is new or changed."""
    return {
        "content_hash": digest,
        "last_modified": now,
        "summary": spec.summary,
        "start": spec.start,
        "end": spec.end,
        "start_timezone": spec.start_zone,
        "end_timezone": spec.end_zone,
        "all_day": spec.all_day,
        "removed": removed,
    }


def _cancellation(row: Any, mark: str, language: str) -> EventSpec:
    """The event (or to-do) as last exported, now cancelled: what clients need to drop it."""
    todo = is_follow_up_uid(row.uid)
    removed = Labels(language).text("removed.todo" if todo else "removed.event")
    return as_cancelled(
        EventSpec(
            uid=row.uid,
            summary=row.summary,
            start=row.start,
            end=row.end,
            start_zone=row.start_timezone,
            end_zone=row.end_timezone,
            all_day=row.all_day,
            description=removed,
            todo=todo,
            classification=mark,
        ),
        language,
    )
