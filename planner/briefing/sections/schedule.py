"""The schedule, day by day: every meeting and departure in local time, home time beside it.

A day is a local day where the thing happens (the meeting's stop, the transfer's stop of
departure), so a day of travel lists the departure on the day it leaves and says when the
transfer arrives in the zone it arrives in. Cancelled meetings stay in the list, struck
through, so nobody wonders where they went.

Every day of the trip is listed, also a day without meetings: it says where the delegation
arrives or leaves and (internally) the hotel for the night. A personal pack is written from its
reader's seat: a meeting they join from a branch venue is listed at that venue, in its time,
with the main venue's time beside it for a reader who does not travel with the delegation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from planner import model
from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.options import MEETINGS, SCHEDULE
from planner.briefing.sections.glance import at_terminal, booking_lines, transfer_name
from planner.briefing.text import escape, joined


@dataclass(frozen=True)
class Entry:
    """One line of the schedule: a meeting, or a transfer's departure."""

    instant: dt.datetime
    zone: str
    day: dt.date
    meeting: model.Meeting | None = None
    transfer: model.Transfer | None = None


def entries(ctx: Context) -> list[Entry]:
    """The meetings (in the reader's zone) and departures, by local day and time."""
    zone_of = ctx.pack.zone_of
    found = [
        Entry(m.start, zone_of(m), times.day(m.start, zone_of(m)), meeting=m)
        for m in ctx.pack.meetings
    ] + [
        Entry(t.depart, t.depart_timezone, times.day(t.depart, t.depart_timezone), transfer=t)
        for t in ctx.pack.transfers
    ]
    found.sort(key=lambda e: (e.day, e.instant))
    return found


def schedule(ctx: Context) -> list[Any]:
    labels, pack = ctx.labels, ctx.pack
    story: list[Any] = ctx.heading("h1", labels["schedule"], SCHEDULE, 0)
    listed = entries(ctx)
    by_day = {day: list(group) for day, group in groupby(listed, key=lambda e: e.day)}
    days = list(by_day)
    if pack.travelling and pack.first_day and pack.last_day:
        span = (pack.last_day - pack.first_day).days + 1
        days = sorted(set(days) | {pack.first_day + dt.timedelta(n) for n in range(span)})
    if not days:
        return [*story, ctx.text("body", labels["nothing_planned"])]
    # The home zone is named under each day's heading, not in the narrow column's header,
    # where its name would have to break.
    second = labels["home_time"] if pack.travelling else labels["main_venue"]
    header = [labels["local"], second, labels["what"], labels["where"]]
    for day in days:
        items = by_day.get(day, [])
        stays = _stays(ctx, day) if pack.travelling else []
        places = list(dict.fromkeys([*(_city(ctx, e) for e in items), *stays]))
        title = joined([labels.long_date(day), joined(places, " / ")], " · ")
        story += ctx.heading("h2", title, f"day-{day.isoformat()}", 1, listed=False)
        if items:
            zones = list(dict.fromkeys(e.zone for e in items))
            offsets = "<br/>".join(
                escape(times.zone_with_offset(items[0].instant, zone, labels)) for zone in zones
            )
            if pack.travelling:
                home = labels.get(
                    "labelled",
                    label=labels["home_time"],
                    text=times.zone_with_offset(items[0].instant, pack.home, labels),
                )
                offsets += "<br/>" + escape(home)
            story.append(ctx.markup("muted", offsets))
            story.append(ctx.space(3))
            rows = [_row(ctx, entry) for entry in items]
            story.append(ctx.table(header, rows, (0.14, 0.14, 0.44, 0.28)))
        else:
            story.append(ctx.text("body", labels["no_meetings"]))
        if pack.travelling:
            story += [ctx.text("muted", line) for line in _day_notes(ctx, day)]
    return story


def place_of_meeting(ctx: Context, m: model.Meeting) -> str:
    """Where the reader is for ``m``: their branch venue, or the venue and its city (the
    stop's unless the venue names its own)."""
    branch = ctx.pack.branches.get(m.uuid)
    if branch is not None:
        return joined([branch.name, branch.city])
    return joined([m.venue_name, m.place])


def _stays(ctx: Context, day: dt.date) -> list[str]:
    """The cities the delegation is in on ``day`` (local days of arrival to departure)."""
    found = []
    for stop in ctx.pack.trip.stops:
        first = times.day(stop.arrive, stop.timezone) if stop.arrive else None
        last = times.day(stop.depart, stop.timezone) if stop.depart else None
        if (first is None or first <= day) and (last is None or day <= last):
            found.append(stop.city)
    return found


def _day_notes(ctx: Context, day: dt.date) -> list[str]:
    """Arrivals and departures of the stops on ``day``, and the hotel for the night (the
    lodging is the delegation's own business: internal edition only)."""
    labels, notes = ctx.labels, []
    for stop in ctx.pack.trip.stops:
        zone = stop.timezone
        if stop.arrive and times.day(stop.arrive, zone) == day:
            arrive = labels.get("arrival_in", city=stop.city)
            notes.append(labels.get("event_at", event=arrive, time=times.clock(stop.arrive, zone)))
        if stop.depart and times.day(stop.depart, zone) == day:
            leave = labels.get("departure_from", city=stop.city)
            notes.append(labels.get("event_at", event=leave, time=times.clock(stop.depart, zone)))
    if ctx.options.internal:
        for stop in ctx.pack.trip.stops:
            zone = stop.timezone
            first = times.day(stop.arrive, zone) if stop.arrive else None
            last = times.day(stop.depart, zone) if stop.depart else None
            if stop.lodging_name and first and last and first <= day < last:
                notes.append(labels.get("night_at", hotel=joined([stop.lodging_name, stop.city])))
    return notes


def _city(ctx: Context, entry: Entry) -> str:
    if entry.meeting is not None:
        branch = ctx.pack.branches.get(entry.meeting.uuid)
        return branch.city if branch is not None else entry.meeting.place
    assert entry.transfer is not None
    return entry.transfer.origin


def _row(ctx: Context, entry: Entry) -> list[Any]:
    labels, home = ctx.labels, ctx.pack.home
    if entry.meeting is not None:
        m = entry.meeting
        local = times.span(m.start, m.end, entry.zone, entry.day, labels)
        if ctx.pack.travelling:
            at_home = times.span(m.start, m.end, home, entry.day, labels)
        elif entry.zone != m.timezone:
            at_home = times.span(m.start, m.end, m.timezone, entry.day, labels)
        else:
            at_home = ""
        title = escape(m.title)
        if ctx.options.includes(MEETINGS):
            title = f'<a href="#meeting-{m.uuid}">{title}</a>'
        kind = labels.word("kind", m.kind)
        status = labels.word("meeting_status", m.status)
        note = labels.get("meeting_status", kind=kind, status=status) if m.status else kind
        if m.status == "cancelled":
            title = f"<strike>{title}</strike>"
        what = [ctx.markup("cell", title), ctx.text("cell_muted", note)]
        where = [ctx.text("cell", place_of_meeting(ctx, m))]
        if m.online_url:
            where.append(ctx.text("cell_muted", m.online_url))
        return [ctx.text("cell", local), ctx.text("cell_muted", at_home), what, where]
    t = entry.transfer
    assert t is not None
    local = times.clock_on(t.depart, t.depart_timezone, entry.day, labels)
    at_home = times.clock_on(t.depart, home, entry.day, labels)
    arrival = labels.get(
        "arrival_at",
        date=labels.short_date(times.day(t.arrive, t.arrive_timezone)),
        time=times.clock(t.arrive, t.arrive_timezone),
        place=t.destination,
    )
    arrives = labels.get("arrives", time=arrival)
    route = labels.get("from_to", origin=t.origin, destination=t.destination)
    what = [
        ctx.text("cell", labels.get("labelled", label=transfer_name(ctx, t), text=route)),
        ctx.text("cell_muted", arrives),
        *(ctx.text("cell_muted", line) for line in booking_lines(ctx, t)),
    ]
    return [
        ctx.text("cell", local),
        ctx.text("cell_muted", at_home),
        what,
        ctx.text("cell", at_terminal(ctx, t.origin, t.from_terminal)),
    ]
