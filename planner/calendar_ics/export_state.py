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

from sqlalchemy import select
from sqlalchemy.orm import Session

from planner import model
from planner.calendar_ics.events import EventSpec, ExportOptions, as_cancelled, is_follow_up_uid


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
) -> list[Stamped]:
    """Stamp ``specs`` against the stored state and record this export in the session.

    Returns the events to write, by start: the present ones (less cancelled meetings no
    client has seen) and, for a full export, the cancellations of events that went away.
    """
    now = now.astimezone(dt.UTC).replace(microsecond=0)
    rows = {
        row.uid: row
        for row in session.scalars(
            select(model.CalendarExport).where(
                model.CalendarExport.trip_id == trip_id,
                model.CalendarExport.audience == options.audience,
                model.CalendarExport.edition == options.edition,
            )
        )
    }
    stamped: list[Stamped] = []
    present: set[str] = set()
    for spec in specs:
        present.add(spec.uid)
        row = rows.get(spec.uid)
        digest = spec.content_hash()
        if row is None:
            if spec.cancelled:
                continue  # no client ever saw it: there is nothing to cancel
            row = model.CalendarExport(
                trip_id=trip_id,
                audience=options.audience,
                edition=options.edition,
                uid=spec.uid,
                sequence=spec.base_sequence,
            )
            _record(row, spec, digest, now, removed=False)
            session.add(row)
        elif row.content_hash != digest:
            row.sequence = max(row.sequence + 1, spec.base_sequence)
            _record(row, spec, digest, now, removed=False)
        stamped.append(Stamped(spec, row.sequence, row.last_modified))
    if not options.is_selection:
        for uid, row in sorted(rows.items()):
            if uid in present:
                continue
            spec = _cancellation(row)
            digest = spec.content_hash()
            if row.content_hash != digest:
                row.sequence += 1
                _record(row, spec, digest, now, removed=True)
            stamped.append(Stamped(spec, row.sequence, row.last_modified))
    session.flush()
    stamped.sort(key=lambda s: (s.spec.start, s.spec.uid))
    return stamped


def _record(
    row: model.CalendarExport, spec: EventSpec, digest: str, now: dt.datetime, *, removed: bool
) -> None:
    row.content_hash = digest
    row.last_modified = now
    row.summary = spec.summary
    row.start, row.end = spec.start, spec.end
    row.start_timezone, row.end_timezone = spec.start_zone, spec.end_zone
    row.all_day = spec.all_day
    row.removed = removed


def _cancellation(row: model.CalendarExport) -> EventSpec:
    """The event (or to-do) as last exported, now cancelled: what clients need to drop it."""
    todo = is_follow_up_uid(row.uid)
    return as_cancelled(
        EventSpec(
            uid=row.uid,
            summary=row.summary,
            start=row.start,
            end=row.end,
            start_zone=row.start_timezone,
            end_zone=row.end_timezone,
            all_day=row.all_day,
            description=f"This {'to-do' if todo else 'event'} was removed from the calendar.",
            todo=todo,
        )
    )
