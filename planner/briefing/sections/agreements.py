"""The agreements of the trip in one place: what is to be signed, when and where, between whom
and by whom, and how far it has got. A head of delegation checks this list before each signing
ceremony; the meeting's own brief repeats its agreement in full. A trip without agreements has
no such section (an empty page would only be turned).
"""

from __future__ import annotations

from typing import Any

from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.options import AGREEMENTS, MEETINGS
from planner.briefing.sections.meetings import meeting_key
from planner.briefing.sections.schedule import place_of_meeting
from planner.briefing.text import escape, joined


def agreements(ctx: Context) -> list[Any]:
    labels = ctx.labels
    signed = [m for m in ctx.pack.meetings if m.agreement is not None]
    if not signed:
        return []
    story: list[Any] = ctx.heading("h1", labels["agreements"], AGREEMENTS, 0)
    header = [labels["agreement"], labels["signing"], labels["parties"], labels["signatories"]]
    rows = []
    for m in signed:
        a = m.agreement
        assert a is not None
        kind = ctx.fields(
            [labels.word("agreement_kind", a.kind), labels.word("agreement_status", a.status)]
        )
        title: list[Any] = [ctx.text("cell", a.title)]
        if kind:
            title.append(ctx.text("cell_muted", kind))
        if a.languages:
            title.append(ctx.text("cell_muted", ctx.language_names(a.languages)))
        zone = ctx.pack.zone_of(m)
        day = times.day(m.start, zone)
        when = f"{labels.short_date(day)} {times.clock(m.start, zone)}"
        title_markup = escape(m.title)
        if ctx.options.includes(MEETINGS):
            title_markup = f'<a href="#{meeting_key(m)}">{title_markup}</a>'
        meeting = [
            ctx.markup("cell", title_markup),
            ctx.text("cell_muted", joined([when, place_of_meeting(ctx, m)], " · ")),
        ]
        rows.append(
            [
                title,
                meeting,
                [ctx.text("cell", ctx.org_name(link.organization)) for link in a.party_links],
                [ctx.text("cell", ctx.person_name(link.person)) for link in a.signatory_links],
            ]
        )
    story.append(ctx.table(header, rows, (0.3, 0.26, 0.22, 0.22)))
    return story
