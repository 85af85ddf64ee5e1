"""The programme at a glance: one line per meeting and departure, day by day, on one page.

It is what a head of delegation keeps folded in a pocket: days and times, what, where, no
more. Rows are single lines in the small cell style, so a week of five meetings a day fits
one A4 page; the day is named once, on its first row. Times are the reader's: a personal
pack's reader at a branch venue reads the branch's time and place.
"""

from __future__ import annotations

from itertools import groupby
from typing import Any

from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.options import PROGRAMME
from planner.briefing.sections.glance import transfer_name
from planner.briefing.sections.schedule import entries, place_of_meeting
from planner.briefing.text import joined


def programme(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["programme"], PROGRAMME, 0)
    listed = entries(ctx)
    if not listed:
        return [*story, ctx.text("body", labels["nothing_planned"])]
    rows = []
    for day, group in groupby(listed, key=lambda e: e.day):
        for n, entry in enumerate(group):
            when = ctx.text("cell", labels.short_date(day)) if n == 0 else ""
            if entry.meeting is not None:
                m = entry.meeting
                clock = times.span(m.start, m.end, entry.zone, day, labels)
                title = m.title
                if m.status == "cancelled":
                    title = labels.get("cancelled_title", title=m.title)
                where = place_of_meeting(ctx, m)
            else:
                t = entry.transfer
                assert t is not None
                clock = times.clock_on(t.depart, t.depart_timezone, day, labels)
                route = labels.get("from_to", origin=t.origin, destination=t.destination)
                title = labels.get("labelled", label=transfer_name(ctx, t), text=route)
                where = t.origin
            rows.append(
                [when, ctx.text("cell", clock), ctx.text("cell", title), ctx.text("cell", where)]
            )
    header = [labels["day"], labels["time"], labels["what"], labels["where"]]
    story.append(ctx.table(header, rows, (0.14, 0.14, 0.44, 0.28)))
    story.append(ctx.text("muted", joined([_zones(ctx)], "")))
    return story


def _zones(ctx: Context) -> str:
    """The zones the times are in, named once under the table."""
    seen: dict[str, str] = {}
    for e in entries(ctx):
        seen.setdefault(e.zone, times.zone_name(e.instant, e.zone, ctx.labels))
    return ctx.labels.get("labelled", label=ctx.labels["local"], text=" / ".join(seen.values()))
