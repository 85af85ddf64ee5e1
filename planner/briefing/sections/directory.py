"""Directories of the people and organizations the delegation meets, with phone and email,
alphabetical by family name and by name, so a contact can be found in a hurry."""

from __future__ import annotations

from typing import Any

from planner import phones
from planner.briefing.context import Context
from planner.briefing.sections.meetings import profile_line


def people(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["people"], "people", 0)
    if not ctx.pack.counterparts:
        return [*story, ctx.text("body", labels["no_people"])]
    rows = []
    for p in ctx.pack.counterparts:
        name: list[Any] = [ctx.text("cell", ctx.person_name(p))]
        if p.position:
            name.append(ctx.text("cell_muted", p.position))
        if ctx.options.internal and p.notes:
            name.append(ctx.text("cell_muted", p.notes))
        rows.append(
            [
                name,
                ctx.text("cell", ctx.org_name(p.organization)),
                ctx.text("cell", phones.formatted(p.phone)),
                ctx.text("cell", p.email),
            ]
        )
    header = [labels["name"], labels["organization"], labels["phone"], labels["email"]]
    story.append(ctx.table(header, rows, (0.31, 0.27, 0.16, 0.26)))
    return story


def organizations(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["organizations"], "organizations", 0)
    if not ctx.pack.organizations:
        return [*story, ctx.text("body", labels["no_organizations"])]
    contacts: dict[int, list[str]] = {}
    for p in ctx.pack.counterparts:
        if p.organization_id is not None:
            contacts.setdefault(p.organization_id, []).append(ctx.person_name(p, honorific=False))
    rows = []
    for o in ctx.pack.organizations:
        name: list[Any] = [ctx.text("cell", ctx.org_name(o))]
        name.append(ctx.text("cell_muted", profile_line(ctx, o)))
        profile = [ctx.text("cell", o.notes)] if o.notes else []
        rows.append(
            [name, profile, ctx.text("cell", ctx.series(contacts.get(o.id, []), "items"))],
        )
    header = [labels["organization"], labels["profiles"], labels["people_there"]]
    story.append(ctx.table(header, rows, (0.4, 0.35, 0.25)))
    return story
