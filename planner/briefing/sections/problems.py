"""The internal edition's appendix: what the feasibility checks (:mod:`planner.checks`) find,
in the order of time, each with its severity and the local time it concerns."""

from __future__ import annotations

from typing import Any

from planner.briefing import styles as st
from planner.briefing import times
from planner.briefing.context import Context
from planner.briefing.options import PROBLEMS
from planner.briefing.text import escape


def problems(ctx: Context) -> list[Any]:
    labels = ctx.labels
    story: list[Any] = ctx.heading("h1", labels["problems"], PROBLEMS, 0)
    if not ctx.pack.problems:
        return [*story, ctx.text("body", labels["no_problems"])]
    rows = []
    for p in ctx.pack.problems:
        colour = st.SEVERITY_COLOURS.get(p.severity, st.MUTED).hexval()[2:]
        severity = escape(labels.word("severity", p.severity))
        when, zone = "", p.zone
        if p.instant is not None and p.zone is not None:
            day = times.day(p.instant, p.zone)
            when = f"{labels.short_date(day)} {times.clock(p.instant, p.zone)}"
            zone = times.zone_name(p.instant, p.zone, labels)
        rows.append(
            [
                [
                    ctx.markup("cell", f'<font color="#{colour}">{severity}</font>'),
                    ctx.text("cell_muted", p.kind),
                ],
                [ctx.text("cell", when), ctx.text("cell_muted", zone)],
                ctx.text("cell", p.message),
            ]
        )
    header = [labels["severity"], labels["when"], labels["problem"]]
    story.append(ctx.table(header, rows, (0.14, 0.2, 0.66)))
    return story
