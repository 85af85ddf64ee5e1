"""The schedule, day by day: every meeting and departure in local time, home time beside it.

A day is a local day where the thing happens (the meeting's stop, the transfer's stop of
departure), so a day of travel lists the departure on the day it leaves and says when the
transfer arrives in the zone it arrives in. Cancelled meetings stay in the list, struck
through, so nobody wonders where they went.
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
from planner.briefing.sections.glance import transfer_name
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
    found = [
        Entry(m.start, m.timezone, times.day(m.start, m.timezone), meeting=m)
        for m in ctx.pack.meetings
    ] + [
        Entry(t.depart, t.depart_timezone, times.day(t.depart, t.depart_timezone), transfer=t)
        for t in ctx.pack.transfers
    ]
    found.sort(key=lambda e: (e.day, e.instant))
    return found


def schedule(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["schedule"], SCHEDULE, 0)
    listed = entries(ctx)
    if not listed:
        return [*story, ctx.text("body", labels["nothing_planned"])]
    header = [labels["local"], labels.get("home", zone=ctx.pack.home), labels["what"]]
    header.append(labels["where"])
    for day, group in groupby(listed, key=lambda e: e.day):
        items = list(group)
        places = list(dict.fromkeys(_city(e) for e in items))
        zones = list(dict.fromkeys(e.zone for e in items))
        offsets = ", ".join(
            f"{zone} {times.utc_offset(items[0].instant, zone, labels)}" for zone in zones
        )
        title = f"{labels.long_date(day)} · {joined(places, ' / ')}"
        story += ctx.heading("h2", title, f"day-{day.isoformat()}", 1, listed=False)
        story.append(ctx.text("muted", offsets))
        story.append(ctx.space(3))
        rows = [_row(ctx, entry) for entry in items]
        story.append(ctx.table(header, rows, (0.14, 0.14, 0.44, 0.28)))
    return story


def _city(entry: Entry) -> str:
    if entry.meeting is not None:
        return entry.meeting.stop.city
    assert entry.transfer is not None
    return entry.transfer.from_stop.city


def _row(ctx: Context, entry: Entry) -> list[Any]:
    labels, home = ctx.labels, ctx.pack.home
    if entry.meeting is not None:
        m = entry.meeting
        local = times.span(m.start, m.end, m.timezone, entry.day, labels)
        at_home = times.span(m.start, m.end, home, entry.day, labels)
        title = escape(m.title)
        if ctx.options.includes(MEETINGS):
            title = f'<a href="#meeting-{m.uuid}">{title}</a>'
        kind = labels.word("kind", m.kind)
        status = labels.word("meeting_status", m.status)
        note = labels.get("meeting_status", kind=kind, status=status) if m.status else kind
        if m.status == "cancelled":
            title = f"<strike>{title}</strike>"
        what = [ctx.markup("cell", title), ctx.text("cell_muted", note)]
        where = [
            ctx.text("cell", joined([m.venue_name, m.stop.city])),
        ]
        if m.online_url:
            where.append(ctx.text("cell_muted", m.online_url))
        return [ctx.text("cell", local), ctx.text("cell_muted", at_home), what, where]
    t = entry.transfer
    assert t is not None
    local = times.clock_on(t.depart, t.depart_timezone, entry.day, labels)
    at_home = times.clock_on(t.depart, home, entry.day, labels)
    arrives = labels.get(
        "arrives",
        time=f"{labels.short_date(times.day(t.arrive, t.arrive_timezone))} "
        f"{times.clock(t.arrive, t.arrive_timezone)} ({t.to_stop.city})",
    )
    route = labels.get("from_to", origin=t.from_stop.city, destination=t.to_stop.city)
    what = [
        ctx.text("cell", f"{transfer_name(ctx, t)}: {route}"),
        ctx.text("cell_muted", arrives),
    ]
    return [
        ctx.text("cell", local),
        ctx.text("cell_muted", at_home),
        what,
        ctx.text("cell", t.from_stop.city),
    ]
