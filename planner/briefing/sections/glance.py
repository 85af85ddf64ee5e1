"""The trip at a glance: the stops with their dates and hotels, the transfers between them,
and the delegation with roles and languages, each a table whose header repeats on every page.

The lodging (hotel, address, phone, confirmation number) and the booking references of the
transfers are the delegation's own: the external edition prints neither, and a personal pack
for a reader who does not travel with the delegation has no such overview at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planner import model, phones
from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.options import GLANCE
from planner.briefing.text import joined


def glance(ctx: Context) -> list[Any]:
    labels, trip = ctx.labels, ctx.pack.trip
    if not ctx.pack.travelling:
        return []
    story: list[Any] = ctx.heading(
        "h1", labels.of_visit("glance", ctx.pack.trip.direction), GLANCE, 0
    )
    if trip.notes:
        story.append(ctx.text("body", trip.notes))
    story += ctx.heading("h2", labels["stops"], "glance-stops", 1, listed=False)
    story.append(_stops(ctx) if trip.stops else ctx.text("body", labels["no_stops"]))
    story += ctx.heading("h2", labels["transfers"], "glance-transfers", 1, listed=False)
    story.append(
        _transfers(ctx) if ctx.pack.transfers else ctx.text("body", labels["no_transfers"])
    )
    if ctx.pack.delegation:
        story += ctx.heading("h2", labels["delegation"], "glance-delegation", 1, listed=False)
        story.append(_delegation(ctx))
    return story


def stamp(ctx: Context, instant: dt.datetime | None, zone: str) -> str:
    """``Sun 16 Jun 06:40``, local time in ``zone``."""
    if instant is None:
        return ""
    return f"{ctx.labels.short_date(times.day(instant, zone))} {times.clock(instant, zone)}"


def transfer_name(ctx: Context, t: model.Transfer) -> str:
    """``Flight EX 123 · Example Air``."""
    mode = ctx.labels.word("mode", t.mode)
    return joined([joined([mode, t.number], " "), t.carrier], " · ")


def at_terminal(ctx: Context, place: str, terminal: str | None) -> str:
    """``Frankfurt am Main (FRA), Terminal 1``: where to be, as the ticket says it."""
    return ctx.labels.get("at_terminal", place=place, terminal=terminal) if terminal else place


def booking_lines(ctx: Context, t: model.Transfer) -> list[str]:
    """The class for every edition; the seats and who travels with which booking only for the
    internal one, which alone carries references (as it alone carries lodging)."""
    labels = ctx.labels
    lines = [labels.get("travel_class", travel_class=t.travel_class)] if t.travel_class else []
    if not ctx.options.internal:
        return lines
    if t.seat:
        lines.append(labels.get("seat", seat=t.seat))
    if t.traveller_links:
        names = []
        for link in t.traveller_links:
            name = ctx.person_name(link.person, honorific=False)
            booking = ctx.series([part for part in (link.seat, link.reference) if part], "fields")
            names.append(
                labels.get("traveller_booking", name=name, booking=booking) if booking else name
            )
        lines.append(labels.get("travellers", names=ctx.series(names, "items")))
    return lines


def _stops(ctx: Context) -> Any:
    labels = ctx.labels
    rows = []
    for stop in ctx.pack.trip.stops:
        instant = stop.arrive or stop.depart
        zone = times.zone_name(instant, stop.timezone, labels) if instant else stop.timezone
        place = joined([ctx.country_name(stop.country), zone], " · ")
        lodging = [
            ctx.text("cell", stop.lodging_name) if stop.lodging_name else None,
            ctx.text("cell_muted", stop.lodging_address) if stop.lodging_address else None,
            ctx.text("cell_muted", f"{labels['phone']} {phones.formatted(stop.lodging_phone)}")
            if stop.lodging_phone
            else None,
            ctx.text("cell_muted", labels.get("confirmation", code=stop.lodging_confirmation))
            if stop.lodging_confirmation
            else None,
        ]
        row = [
            [ctx.text("cell", stop.city), ctx.text("cell_muted", place)],
            ctx.text("cell", stamp(ctx, stop.arrive, stop.timezone)),
            ctx.text("cell", stamp(ctx, stop.depart, stop.timezone)),
        ]
        if ctx.options.internal:
            row.append([cell for cell in lodging if cell is not None])
        rows.append(row)
    header = [labels["city"], labels["arrive"], labels["depart"]]
    if not ctx.options.internal:
        return ctx.table(header, rows, (0.4, 0.3, 0.3))
    return ctx.table([*header, labels["lodging"]], rows, (0.25, 0.165, 0.165, 0.42))


def _transfers(ctx: Context) -> Any:
    labels = ctx.labels
    rows = []
    for t in ctx.pack.transfers:
        travel = [ctx.text("cell", transfer_name(ctx, t))]
        route = labels.get("from_to", origin=t.origin, destination=t.destination)
        travel.append(ctx.text("cell_muted", route))
        travel += [ctx.text("cell_muted", line) for line in booking_lines(ctx, t)]
        if t.notes:
            travel.append(ctx.text("cell_muted", t.notes))
        row = [
            [
                ctx.text("cell", stamp(ctx, t.depart, t.depart_timezone)),
                ctx.text("cell_muted", at_terminal(ctx, t.origin, t.from_terminal)),
            ],
            [
                ctx.text("cell", stamp(ctx, t.arrive, t.arrive_timezone)),
                ctx.text("cell_muted", at_terminal(ctx, t.destination, t.to_terminal)),
            ],
            travel,
        ]
        if ctx.options.internal:
            row.append(ctx.text("cell", t.reference))
        rows.append(row)
    header = [labels["depart"], labels["arrive"], labels["travel"]]
    if not ctx.options.internal:
        return ctx.table(header, rows, (0.22, 0.22, 0.56))
    return ctx.table([*header, labels["reference"]], rows, (0.19, 0.19, 0.45, 0.17))


def _delegation(ctx: Context) -> Any:
    labels = ctx.labels
    rows = []
    for member in ctx.pack.delegation:
        p = member.person
        name = [ctx.text("cell", ctx.person_name(p))]
        if ctx.options.internal and p.notes:
            name.append(ctx.text("cell_muted", p.notes))
        position = [ctx.text("cell", p.position)] if p.position else []
        if p.organization is not None:
            position.append(ctx.text("cell_muted", ctx.org_name(p.organization)))
        rows.append(
            [
                name,
                ctx.text("cell", labels.word("role", member.role)),
                position,
                ctx.text("cell", ctx.language_names(p.languages or [])),
            ]
        )
    header = [labels["name"], labels["role"], labels["position"], labels["languages"]]
    return ctx.table(header, rows, (0.27, 0.17, 0.38, 0.18))
