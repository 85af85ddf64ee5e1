"""The distribution list of a pack that is handed out by name (the external edition, a
personal pack): each copy's number and recipient, this copy marked, so that copies can be
collected again after the visit."""

from __future__ import annotations

from typing import Any

from planner.briefing.context import Context
from planner.briefing.control import control
from planner.briefing.options import DISTRIBUTION


def distribution(ctx: Context) -> list[Any]:
    labels = ctx.labels
    c = control(ctx)
    story: list[Any] = ctx.heading("h1", labels["distribution"], DISTRIBUTION, 0)
    if not c.recipients:
        return [*story, ctx.text("body", labels["no_distribution"])]
    rows = []
    for number, name in enumerate(c.recipients, 1):
        style = "cell_head" if number == c.copy else "cell"
        rows.append([ctx.text(style, str(number)), ctx.text(style, name)])
    story.append(ctx.table([labels["copy"], labels["recipient"]], rows, (0.12, 0.88)))
    return story
