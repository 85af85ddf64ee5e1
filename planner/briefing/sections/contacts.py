"""The contact and emergency sheet: whom to call, on one sheet at the back of the pack.

The delegation's phones, each hotel's phone (the delegation's lodging: internal edition only,
and only for a reader who travels with it), the people a personal pack's reader meets, the
trip's useful numbers and the emergency numbers of every country visited, from the bundled
table (:mod:`planner.briefing.emergency`) with its source. Numbers print in international
format (``+49 69 1234567``) in every language, so they can be dialled from any phone.
"""

from __future__ import annotations

from typing import Any

from planner import phones
from planner.briefing import emergency
from planner.briefing.context import Context
from planner.briefing.options import CONTACTS


def contacts(ctx: Context) -> list[Any]:
    labels, pack = ctx.labels, ctx.pack
    story: list[Any] = ctx.heading("h1", labels["contacts"], CONTACTS, 0)
    if pack.delegation and (pack.person is None or pack.travelling):
        story += ctx.subheading(labels["delegation"])
        rows = [
            [
                ctx.text("cell", ctx.person_name(m.person)),
                ctx.text("cell", labels.word("role", m.role)),
                ctx.text("cell", _phone(ctx, m.person.phone)),
                ctx.text("cell", m.person.email),
            ]
            for m in pack.delegation
        ]
        header = [labels["name"], labels["role"], labels["phone"], labels["email"]]
        story.append(ctx.table(header, rows, (0.32, 0.18, 0.22, 0.28)))
    if pack.person is not None and pack.counterparts:
        story += ctx.subheading(labels["people_met"])
        rows = [
            [
                ctx.text("cell", ctx.person_name(p)),
                ctx.text("cell", ctx.org_name(p.organization)),
                ctx.text("cell", _phone(ctx, p.phone)),
                ctx.text("cell", p.email),
            ]
            for p in pack.counterparts
        ]
        header = [labels["name"], labels["organization"], labels["phone"], labels["email"]]
        story.append(ctx.table(header, rows, (0.3, 0.28, 0.2, 0.22)))
    hotels = [s for s in pack.trip.stops if s.lodging_name]
    if ctx.options.internal and pack.travelling and hotels:
        story += ctx.subheading(labels["hotels"])
        rows = [
            [
                ctx.text("cell", s.city),
                ctx.text("cell", s.lodging_name),
                ctx.text("cell", _phone(ctx, s.lodging_phone)),
            ]
            for s in hotels
        ]
        header = [labels["city"], labels["hotel"], labels["phone"]]
        story.append(ctx.table(header, rows, (0.25, 0.5, 0.25)))
    useful = useful_numbers(ctx)
    if useful:
        story += ctx.subheading(labels["useful_numbers"])
        rows = [[ctx.text("cell", label), ctx.text("cell", _phone(ctx, n))] for label, n in useful]
        story.append(ctx.table(None, rows, (0.5, 0.5)))
    story += _emergency(ctx)
    return story


def useful_numbers(ctx: Context) -> list[tuple[str, str]]:
    """The trip's own useful numbers (``label``, ``number``) in the user's order; a trip
    without any has no such table."""
    return [(n["label"], n["number"]) for n in ctx.pack.trip.useful_numbers or ()]


def countries(ctx: Context) -> list[str]:
    """The countries the reader is in: the stops' (for whoever travels) and the branch
    venues' the reader joins from, in the order of the trip."""
    pack = ctx.pack
    found = [s.country for s in pack.trip.stops] if pack.travelling else []
    if pack.person is not None:
        for m in pack.meetings:
            branch = pack.branches.get(m.uuid)
            found.append(branch.country if branch is not None else m.stop.country)
    return [c.upper() for c in dict.fromkeys(found) if c]


def _emergency(ctx: Context) -> list[Any]:
    labels = ctx.labels
    visited = countries(ctx)
    if not visited:
        return []
    rows = []
    for code in visited:
        numbers = emergency.numbers(code)
        cells = list(numbers) if numbers else ["", "", ""]
        rows.append(
            [ctx.text("cell", ctx.country_name(code)), *(ctx.text("cell", n) for n in cells)]
        )
    header = [labels["country"], labels["police"], labels["ambulance"], labels["fire"]]
    return [
        *ctx.subheading(labels["emergency"]),
        ctx.table(header, rows, (0.4, 0.2, 0.2, 0.2)),
        ctx.text("muted", labels.get("emergency_source", source=emergency.SOURCE)),
    ]


def _phone(ctx: Context, stored: str | None) -> str:
    return phones.formatted(stored) if stored else ""
